#!/usr/bin/env bash
# Local single-node Apache Kafka (KRaft, broker+controller) without Docker.
#
#   scripts/kafka.sh fetch    download the broker jars with Maven into .cache/kafka/lib/
#   scripts/kafka.sh start    format .data/kafka/ if needed, start, wait until ready
#   scripts/kafka.sh stop     stop the broker this script started (pid file)
#   scripts/kafka.sh status   say whether the port answers and who owns it
#
# Environment: COACH_KAFKA_PORT (default 19092), COACH_KAFKA_CONTROLLER_PORT
# (default port+1), COACH_KAFKA_START_TIMEOUT (seconds, default 120),
# COACH_KAFKA_VERSION (to try another version; the chosen one is below).
# See docs/operations.md.
set -euo pipefail

# The Kafka version: chosen here and only here (see docs/operations.md).
KAFKA_VERSION="${COACH_KAFKA_VERSION:-4.4.0}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HERE="$ROOT/scripts/kafka"
PORT="${COACH_KAFKA_PORT:-19092}"
CONTROLLER_PORT="${COACH_KAFKA_CONTROLLER_PORT:-$((PORT + 1))}"
START_TIMEOUT="${COACH_KAFKA_START_TIMEOUT:-120}"

CACHE="$ROOT/.cache/kafka"
LIB="$CACHE/lib"
DATA="$ROOT/.data/kafka"
LOG_DIRS="$DATA/logs"
PROPS="$DATA/server.properties"
PIDFILE="$DATA/kafka.pid"
SERVER_LOG="$DATA/server.log"

say() { echo "kafka.sh: $*"; }
# Seconds since a $EPOCHREALTIME value, to 0.1 s.
since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }
die() { echo "kafka.sh: ERROR: $*" >&2; exit 1; }

port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$PORT" 2>/dev/null
}

# pid from the pid file if that process is still our broker, else empty.
our_pid() {
  [[ -f "$PIDFILE" ]] || return 0
  local pid
  pid="$(cat "$PIDFILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  if [[ -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "kafka.Kafka $PROPS"; then
    echo "$pid"
  fi
}

fetched() {
  [[ -f "$CACHE/VERSION" && "$(cat "$CACHE/VERSION")" == "$KAFKA_VERSION" ]] &&
    compgen -G "$LIB/kafka_2.13-$KAFKA_VERSION.jar" >/dev/null
}

cmd_fetch() {
  if fetched; then
    say "Kafka $KAFKA_VERSION jars already in ${LIB#"$ROOT"/}"
    return 0
  fi
  command -v mvn >/dev/null || die "mvn not found (run scripts/install.sh)"
  command -v java >/dev/null || die "java not found (run scripts/install.sh)"
  say "fetching org.apache.kafka:kafka_2.13:$KAFKA_VERSION and its runtime class path with Maven ..."
  local t0=$EPOCHREALTIME tmp="$CACHE/lib.tmp"
  rm -rf "$tmp"
  mkdir -p "$CACHE"
  mvn -q -B -Dstyle.color=never -f "$HERE/pom.xml" dependency:copy-dependencies \
    -Dkafka.version="$KAFKA_VERSION" -DincludeScope=runtime -DoutputDirectory="$tmp" \
    >"$CACHE/fetch.log" 2>&1 || { cat "$CACHE/fetch.log" >&2; die "Maven could not fetch Kafka $KAFKA_VERSION"; }
  compgen -G "$tmp/kafka_2.13-$KAFKA_VERSION.jar" >/dev/null || die "Maven did not deliver kafka_2.13-$KAFKA_VERSION.jar"
  rm -rf "$LIB"
  mv "$tmp" "$LIB"
  echo "$KAFKA_VERSION" >"$CACHE/VERSION"
  say "fetched $(ls "$LIB" | wc -l) jars into ${LIB#"$ROOT"/} in $(since "$t0")s"
}

write_props() {
  mkdir -p "$DATA" "$LOG_DIRS"
  sed -e "s|@PORT@|$PORT|g" -e "s|@CONTROLLER_PORT@|$CONTROLLER_PORT|g" -e "s|@LOG_DIRS@|$LOG_DIRS|g" \
    "$HERE/server.properties.in" >"$PROPS"
}

java_cmd() {
  java -Xmx512m -Xms512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$HERE/log4j2.xml" -Dkafka.logs.dir="$DATA" \
    -cp "$LIB/*" "$@"
}

format_storage() {
  if [[ -f "$LOG_DIRS/meta.properties" ]]; then
    return 0
  fi
  local cluster_id
  cluster_id="$(java_cmd kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n1)"
  [[ -n "$cluster_id" ]] || die "could not generate a cluster id"
  say "formatting KRaft storage in ${LOG_DIRS#"$ROOT"/} (cluster id $cluster_id)"
  java_cmd kafka.tools.StorageTool format -t "$cluster_id" -c "$PROPS" -g >>"$DATA/format.log" 2>&1 ||
    { tail -n 20 "$DATA/format.log" >&2; die "storage format failed (see ${DATA#"$ROOT"/}/format.log)"; }
}

# Is the broker serving metadata? With the project's venv: a real aiokafka
# request; without it, an open port has to do.
broker_ready() {
  port_open || return 1
  local py="$ROOT/.venv/bin/python"
  if [[ -x "$py" ]] && "$py" -c 'import aiokafka' 2>/dev/null; then
    "$py" "$HERE/ready.py" "127.0.0.1:$PORT" 5 2>/dev/null
  fi
}

cmd_start() {
  if port_open; then
    local pid
    pid="$(our_pid)"
    if [[ -n "$pid" ]]; then
      say "already running (pid $pid) on 127.0.0.1:$PORT"
    else
      say "something already answers on 127.0.0.1:$PORT; reusing it (not started by this script)"
    fi
    return 0
  fi
  local t0=$EPOCHREALTIME
  cmd_fetch
  [[ -z "$(our_pid)" ]] || die "pid $(our_pid) is our broker but the port does not answer; run: scripts/kafka.sh stop"
  write_props
  format_storage
  [[ -f "$SERVER_LOG" ]] && mv -f "$SERVER_LOG" "$SERVER_LOG.1"
  say "starting Kafka $KAFKA_VERSION on 127.0.0.1:$PORT (controller $CONTROLLER_PORT), log ${SERVER_LOG#"$ROOT"/}"
  local launch_t0=$SECONDS launch_rt=$EPOCHREALTIME
  # setsid: the broker gets its own session, so it outlives this shell and its
  # process group. bash writes its own pid, then execs java under that pid.
  export PIDFILE HERE DATA LIB PROPS
  setsid bash -c 'echo $$ >"$PIDFILE"; exec java -Xmx512m -Xms512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
      -Djava.awt.headless=true -Dlog4j2.configurationFile="$HERE/log4j2.xml" -Dkafka.logs.dir="$DATA" \
      -cp "$LIB/*" kafka.Kafka "$PROPS"' </dev/null >>"$SERVER_LOG" 2>&1 &
  local deadline=$((SECONDS + START_TIMEOUT)) port_at=""
  while :; do
    if [[ -z "$port_at" ]] && port_open; then
      port_at="$(since "$launch_rt")"
    fi
    if [[ -n "$port_at" ]] && broker_ready; then
      break
    fi
    if [[ -z "$(our_pid)" ]] && (( SECONDS - launch_t0 > 2 )); then
      tail -n 30 "$SERVER_LOG" >&2 || true
      die "the broker exited during startup (see ${SERVER_LOG#"$ROOT"/})"
    fi
    if (( SECONDS >= deadline )); then
      tail -n 30 "$SERVER_LOG" >&2 || true
      die "not ready after ${START_TIMEOUT}s (see ${SERVER_LOG#"$ROOT"/}); stop it with: scripts/kafka.sh stop"
    fi
    sleep 0.5
  done
  say "ready on 127.0.0.1:$PORT (pid $(our_pid)): port open after ${port_at}s, serving metadata after $(since "$launch_rt")s ($(since "$t0")s including fetch/format)"
}

cmd_stop() {
  local pid
  pid="$(our_pid)"
  if [[ -z "$pid" ]]; then
    rm -f "$PIDFILE"
    if port_open; then
      say "not started by this script (no live pid file); leaving whatever answers on 127.0.0.1:$PORT alone"
    else
      say "not running"
    fi
    return 0
  fi
  say "stopping broker pid $pid ..."
  local t0=$SECONDS rt=$EPOCHREALTIME
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if (( SECONDS - t0 >= 60 )); then
      say "still alive after 60s; sending SIGKILL to pid $pid"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    sleep 0.5
  done
  rm -f "$PIDFILE"
  say "stopped in $(since "$rt")s"
}

cmd_status() {
  local pid
  pid="$(our_pid)"
  if port_open; then
    if [[ -n "$pid" ]]; then
      say "running: 127.0.0.1:$PORT, pid $pid, Kafka $(cat "$CACHE/VERSION" 2>/dev/null || echo '?'), data ${DATA#"$ROOT"/}"
    else
      say "127.0.0.1:$PORT answers, but not a broker started by this script"
    fi
    return 0
  fi
  if [[ -n "$pid" ]]; then
    say "pid $pid is alive but 127.0.0.1:$PORT does not answer (starting? see ${SERVER_LOG#"$ROOT"/})"
  else
    say "not running (127.0.0.1:$PORT closed)"
  fi
  return 3
}

case "${1:-}" in
  fetch) cmd_fetch ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: $0 start|stop|status|fetch" >&2; exit 2 ;;
esac
