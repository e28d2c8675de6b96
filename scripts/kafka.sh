#!/usr/bin/env bash
# Local Apache Kafka (KRaft) without Docker: one broker, or a three-node cluster.
#
#   scripts/kafka.sh fetch    download the broker jars with Maven into .cache/kafka/lib/
#   scripts/kafka.sh start    one broker+controller: format its data dir if needed, start, wait
#   scripts/kafka.sh stop     stop the broker of that data dir (pid file)
#   scripts/kafka.sh status   say whether the port answers and who owns it
#   scripts/kafka.sh client-env [USER]   the COACH_KAFKA_* lines a client of the broker needs
#                             (with COACH_KAFKA_SECURITY_PROTOCOL=SASL_*: user and password)
#   scripts/kafka.sh acls [PREFIX]       (SASL) the ACLs of each process's user for topics
#                             under PREFIX (default: COACH_TOPIC_PREFIX); start applies them
#
#   scripts/kafka.sh cluster-start          three broker+controller nodes (replication 3,
#                                           min ISR 2); waits for all, prints the bootstrap list
#   scripts/kafka.sh cluster-stop           stop every node of the cluster
#   scripts/kafka.sh cluster-status         each node up or down, the quorum leader
#   scripts/kafka.sh cluster-start-node N   start node N (1-3) again, wait until it is listed
#   scripts/kafka.sh cluster-stop-node N    stop node N (SIGTERM: a controlled shutdown)
#   scripts/kafka.sh cluster-kill-node N    SIGKILL node N
#   scripts/kafka.sh cluster-pid N          print node N's pid (exit 3 if it is not running)
#   scripts/kafka.sh cluster-bootstrap      print the cluster's bootstrap list
#
# Environment: COACH_KAFKA_PORT (default 19092), COACH_KAFKA_CONTROLLER_PORT
# (default port+1), COACH_KAFKA_DATA (default .data/kafka); for the cluster
# COACH_KAFKA_CLUSTER_PORTS (three broker ports, default 19192,19194,19196),
# COACH_KAFKA_CLUSTER_CONTROLLER_PORTS (default each broker port+1),
# COACH_KAFKA_CLUSTER_DATA (default .data/kafka-cluster); COACH_KAFKA_HEAP
# (default 512m per node), COACH_KAFKA_JAVA_OPTS (more JVM options for the brokers),
# COACH_KAFKA_START_TIMEOUT (seconds, default 120),
# COACH_KAFKA_VERSION (to try another version; the chosen one is below).
#
# Authentication (the single broker; the cluster is PLAINTEXT only):
# COACH_KAFKA_SECURITY_PROTOCOL=SASL_SSL (or SASL_PLAINTEXT) starts the broker with a SASL/SCRAM
# listener instead of PLAINTEXT. On a new data dir, the SCRAM users (admin, for the broker
# itself, and the client users below) get generated passwords, kept in
# <data>/security/credentials (mode 600); SASL_SSL adds TLS with a CA generated into
# <data>/security/ca.pem (openssl; PEM keystores). The controller listener stays PLAINTEXT
# on loopback. An authorizer allows each process's user what scripts/kafka/acls.in says
# (admin and coach are super users). `client-env` prints what a client needs. See
# docs/operations.md.
set -euo pipefail

# The Kafka version: chosen here and only here (see docs/operations.md).
KAFKA_VERSION="${COACH_KAFKA_VERSION:-4.4.0}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HERE="$ROOT/scripts/kafka"
START_TIMEOUT="${COACH_KAFKA_START_TIMEOUT:-120}"
HEAP="${COACH_KAFKA_HEAP:-2g}"
EXTRA_JAVA_OPTS="${COACH_KAFKA_JAVA_OPTS:-}"
CACHE="$ROOT/.cache/kafka"
LIB="$CACHE/lib"

CLUSTER_DATA="$(realpath -m -- "${COACH_KAFKA_CLUSTER_DATA:-$ROOT/.data/kafka-cluster}")"
IFS=, read -ra CLUSTER_PORTS <<<"${COACH_KAFKA_CLUSTER_PORTS:-19192,19194,19196}"
if [[ -n "${COACH_KAFKA_CLUSTER_CONTROLLER_PORTS:-}" ]]; then
  IFS=, read -ra CLUSTER_CONTROLLER_PORTS <<<"$COACH_KAFKA_CLUSTER_CONTROLLER_PORTS"
else
  CLUSTER_CONTROLLER_PORTS=()
  for p in "${CLUSTER_PORTS[@]}"; do CLUSTER_CONTROLLER_PORTS+=("$((p + 1))"); done
fi
NODES=(1 2 3)

WHO=""
say() { echo "kafka.sh: ${WHO:+$WHO: }$*"; }
# Seconds since a $EPOCHREALTIME value, to 0.1 s.
since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }
die() { echo "kafka.sh: ${WHO:+$WHO: }ERROR: $*" >&2; exit 1; }
rel() { echo "${1#"$ROOT"/}"; }

# Select the node the next commands act on: 0 is the single broker, 1-3 a cluster node.
use() {
  if [[ "$1" == 0 ]]; then
    PORT="${COACH_KAFKA_PORT:-19092}"
    CONTROLLER_PORT="${COACH_KAFKA_CONTROLLER_PORT:-$((PORT + 1))}"
    DATA="$(realpath -m -- "${COACH_KAFKA_DATA:-$ROOT/.data/kafka}")"
    NODE_ID=1
    VOTERS="1@127.0.0.1:$CONTROLLER_PORT"
    TEMPLATE="$HERE/server.properties.in"
    PROTOCOL="${COACH_KAFKA_SECURITY_PROTOCOL:-PLAINTEXT}"
    WHO=""
  else
    [[ "$1" =~ ^[123]$ ]] || die "no cluster node '$1' (nodes are 1, 2 and 3)"
    (( ${#CLUSTER_PORTS[@]} == 3 && ${#CLUSTER_CONTROLLER_PORTS[@]} == 3 )) ||
      die "COACH_KAFKA_CLUSTER_PORTS and COACH_KAFKA_CLUSTER_CONTROLLER_PORTS need three ports each"
    PORT="${CLUSTER_PORTS[$1 - 1]}"
    CONTROLLER_PORT="${CLUSTER_CONTROLLER_PORTS[$1 - 1]}"
    DATA="$CLUSTER_DATA/node$1"
    NODE_ID="$1"
    VOTERS="1@127.0.0.1:${CLUSTER_CONTROLLER_PORTS[0]},2@127.0.0.1:${CLUSTER_CONTROLLER_PORTS[1]},3@127.0.0.1:${CLUSTER_CONTROLLER_PORTS[2]}"
    TEMPLATE="$HERE/cluster.properties.in"
    PROTOCOL=PLAINTEXT
    WHO="node $1"
  fi
  case "$PROTOCOL" in
    PLAINTEXT | SASL_PLAINTEXT | SASL_SSL) ;;
    *) die "COACH_KAFKA_SECURITY_PROTOCOL=$PROTOCOL: the local broker runs PLAINTEXT, SASL_PLAINTEXT or SASL_SSL" ;;
  esac
  SECURITY="$DATA/security"
  LOG_DIRS="$DATA/logs"
  PROPS="$DATA/server.properties"
  PIDFILE="$DATA/kafka.pid"
  SERVER_LOG="$DATA/server.log"
}

cluster_bootstrap() {
  local p list=()
  for p in "${CLUSTER_PORTS[@]}"; do list+=("127.0.0.1:$p"); done
  (IFS=,; echo "${list[*]}")
}

port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$PORT" 2>/dev/null
}

# pid from the pid file if that process is still this node's broker, else empty.
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
    say "Kafka $KAFKA_VERSION jars already in $(rel "$LIB")"
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
  say "fetched $(ls "$LIB" | wc -l) jars into $(rel "$LIB") in $(since "$t0")s"
}

write_props() {
  mkdir -p "$DATA" "$LOG_DIRS"
  (umask 077 && : >"$PROPS")  # it may hold the broker's own SCRAM password
  sed -e "s|@PORT@|$PORT|g" -e "s|@CONTROLLER_PORT@|$CONTROLLER_PORT|g" -e "s|@LOG_DIRS@|$LOG_DIRS|g" \
    -e "s|@NODE_ID@|$NODE_ID|g" -e "s|@VOTERS@|$VOTERS|g" -e "s|@PROTOCOL@|$PROTOCOL|g" \
    "$TEMPLATE" >"$PROPS"
  [[ "$PROTOCOL" == PLAINTEXT ]] || security_props >>"$PROPS"
}

# --- SASL/SCRAM and TLS for the single broker --------------------------------------------

SCRAM="SCRAM-SHA-256"
# The broker's own user, and the users clients log in as (one per process: see the ACLs
# in docs/operations.md).
CLIENT_USERS=(coach coach-api coach-worker coach-projector coach-analytics coach-eval)

# A user's password from <data>/security/credentials (empty when there is none).
password_of() {
  [[ -f "$SECURITY/credentials" ]] || return 0
  awk -v user="$1" '$1 == user { print $2; exit }' "$SECURITY/credentials"
}

# One generated password per user, on a new data dir only (they go into its storage).
make_credentials() {
  local user
  mkdir -p "$SECURITY"
  chmod 700 "$SECURITY"
  (umask 077 && : >"$SECURITY/credentials")
  for user in admin "${CLIENT_USERS[@]}"; do
    echo "$user $(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')" >>"$SECURITY/credentials"
  done
  say "generated SCRAM passwords into $(rel "$SECURITY")/credentials"
}

# A CA and a broker certificate for 127.0.0.1 and localhost, as PEM files, once.
make_tls() {
  [[ -s "$SECURITY/ca.pem" && -s "$SECURITY/broker.pem" ]] && return 0
  command -v openssl >/dev/null || die "openssl not found (run scripts/install.sh)"
  local dir="$SECURITY" ext
  mkdir -p "$dir"
  ext="$(mktemp)"
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth,clientAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\nbasicConstraints=critical,CA:FALSE\n' >"$ext"
  (
    umask 077
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$dir/ca.key"
    openssl req -x509 -new -key "$dir/ca.key" -sha256 -days 825 -subj "/CN=coach-agent local Kafka CA" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
      -out "$dir/ca.pem"
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$dir/broker.key"
    openssl req -new -key "$dir/broker.key" -subj "/CN=127.0.0.1" -out "$dir/broker.csr"
    openssl x509 -req -in "$dir/broker.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" \
      -CAcreateserial -days 825 -sha256 -extfile "$ext" -out "$dir/broker.crt"
    # The broker's PEM keystore: its private key (PKCS#8), then its certificate chain.
    cat "$dir/broker.key" "$dir/broker.crt" "$dir/ca.pem" >"$dir/broker.pem"
  ) >"$dir/openssl.log" 2>&1 || { rm -f "$ext"; cat "$dir/openssl.log" >&2; die "openssl failed"; }
  rm -f "$ext" "$dir/broker.csr"
  chmod 644 "$dir/ca.pem"
  say "made a CA ($(rel "$dir")/ca.pem) and a broker certificate for 127.0.0.1"
}

# The broker's settings for SASL (and TLS), appended to server.properties.
security_props() {
  local listener
  listener="$(echo "$PROTOCOL" | tr '[:upper:]' '[:lower:]')"
  cat <<EOT

# Written by kafka.sh for COACH_KAFKA_SECURITY_PROTOCOL=$PROTOCOL.
sasl.enabled.mechanisms=$SCRAM
sasl.mechanism.inter.broker.protocol=$SCRAM
listener.name.$listener.${SCRAM,,}.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$(password_of admin)";
# Each process's user may do what scripts/kafka/acls.in allows, nothing more. Super users:
# admin (the broker), coach (one user for all: tests, tools) and ANONYMOUS, which is who
# comes through the PLAINTEXT controller listener on loopback (the broker itself).
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=User:admin;User:coach;User:ANONYMOUS
EOT
  [[ "$PROTOCOL" == SASL_SSL ]] || return 0
  cat <<EOT
ssl.keystore.type=PEM
ssl.keystore.location=$SECURITY/broker.pem
ssl.truststore.type=PEM
ssl.truststore.location=$SECURITY/ca.pem
ssl.endpoint.identification.algorithm=https
EOT
}

# The storage tool's --add-scram arguments: every user with its password.
scram_arguments() {
  local user
  for user in admin "${CLIENT_USERS[@]}"; do
    printf -- '--add-scram\n%s=[name=%s,password=%s]\n' "$SCRAM" "$user" "$(password_of "$user")"
  done
}

# Before a start: the users and certificates this protocol needs exist.
prepare_security() {
  [[ "$PROTOCOL" == PLAINTEXT ]] && return 0
  if [[ ! -f "$LOG_DIRS/meta.properties" ]]; then
    make_credentials
  elif [[ ! -s "$SECURITY/credentials" ]]; then
    die "$(rel "$DATA") was formatted without SASL users; start SASL in another COACH_KAFKA_DATA, or stop and delete this one"
  fi
  [[ "$PROTOCOL" != SASL_SSL ]] || make_tls
  admin_client_props
}

# A Java client's settings as admin (for Acls.java), mode 600: it holds the password.
admin_client_props() {
  (umask 077 && : >"$SECURITY/admin.properties")
  {
    echo "bootstrap.servers=127.0.0.1:$PORT"
    echo "security.protocol=$PROTOCOL"
    echo "sasl.mechanism=$SCRAM"
    echo "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"$(password_of admin)\";"
    if [[ "$PROTOCOL" == SASL_SSL ]]; then
      echo "ssl.truststore.type=PEM"
      echo "ssl.truststore.location=$SECURITY/ca.pem"
    fi
  } >"$SECURITY/admin.properties"
}

# The ACLs of scripts/kafka/acls.in for topics under a prefix (idempotent).
cmd_acls() {
  use 0
  local prefix="${1-${COACH_TOPIC_PREFIX:-}}" out
  [[ "$PROTOCOL" != PLAINTEXT ]] || die "ACLs need COACH_KAFKA_SECURITY_PROTOCOL=SASL_SSL or SASL_PLAINTEXT"
  [[ "$prefix" =~ ^[A-Za-z0-9._-]*$ ]] || die "topic prefix '$prefix': letters, digits, . _ - only"
  [[ -f "$SECURITY/admin.properties" ]] || die "no $(rel "$SECURITY")/admin.properties: start the broker first"
  out="$(sed "s|@PREFIX@|$prefix|g" "$HERE/acls.in" |
    java_cmd "$HERE/Acls.java" "$SECURITY/admin.properties" 2>&1 >"$DATA/acls.log")" ||
    { cat "$DATA/acls.log" >&2; echo "$out" >&2; die "creating the ACLs failed (see $(rel "$DATA")/acls.log)"; }
  say "ACLs for the topics under '${prefix}': $(tail -n 1 "$DATA/acls.log")"
}

cmd_client_env() {
  use 0
  local user="${1:-coach}"
  echo "COACH_KAFKA_BOOTSTRAP=127.0.0.1:$PORT"
  echo "COACH_KAFKA_SECURITY_PROTOCOL=$PROTOCOL"
  [[ "$PROTOCOL" == PLAINTEXT ]] && return 0
  [[ -n "$(password_of "$user")" ]] || die "no SCRAM user $user in $(rel "$SECURITY")/credentials"
  echo "COACH_KAFKA_SASL_MECHANISM=$SCRAM"
  echo "COACH_KAFKA_SASL_USERNAME=$user"
  echo "COACH_KAFKA_SASL_PASSWORD=$(password_of "$user")"
  [[ "$PROTOCOL" != SASL_SSL ]] || echo "COACH_KAFKA_SSL_CAFILE=$SECURITY/ca.pem"
}

# Short-lived tool runs (storage format): a small heap, and no optimising JIT to wait for.
java_cmd() {
  java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$HERE/log4j2.xml" -Dkafka.logs.dir="$DATA" \
    -cp "$LIB/*" "$@"
}

# A Kafka Uuid (16 random bytes, URL-safe base64 without padding); not starting
# with "-", which the storage tool would read as an option.
new_cluster_id() {
  local id="-"
  while [[ "$id" == -* ]]; do
    id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
  done
  echo "$id"
}

# The id the cluster's nodes share, made once and kept next to their data.
cluster_id() {
  mkdir -p "$CLUSTER_DATA"
  [[ -s "$CLUSTER_DATA/cluster.id" ]] || new_cluster_id >"$CLUSTER_DATA/cluster.id"
  cat "$CLUSTER_DATA/cluster.id"
}

format_storage() {
  local id="$1" scram=()
  if [[ "$PROTOCOL" != PLAINTEXT ]]; then mapfile -t scram < <(scram_arguments); fi
  say "formatting KRaft storage in $(rel "$LOG_DIRS") (cluster id $id)"
  java_cmd kafka.tools.StorageTool format -t "$id" -c "$PROPS" -g "${scram[@]}" >>"$DATA/format.log" 2>&1 ||
    { tail -n 20 "$DATA/format.log" >&2; die "storage format failed (see $(rel "$DATA")/format.log)"; }
}

launch() {
  [[ -f "$SERVER_LOG" ]] && mv -f "$SERVER_LOG" "$SERVER_LOG.1"
  say "starting Kafka $KAFKA_VERSION on 127.0.0.1:$PORT (controller $CONTROLLER_PORT), log $(rel "$SERVER_LOG")"
  # setsid: the broker gets its own session, so it outlives this shell and its
  # process group. bash writes its own pid, then execs java under that pid.
  export PIDFILE HERE DATA LIB PROPS HEAP EXTRA_JAVA_OPTS
  # $EXTRA_JAVA_OPTS unquoted on purpose: several options split into words.
  setsid bash -c 'echo $$ >"$PIDFILE"; exec java -Xmx"$HEAP" -Xms"$HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
      -Djava.awt.headless=true -Dlog4j2.configurationFile="$HERE/log4j2.xml" -Dkafka.logs.dir="$DATA" \
      $EXTRA_JAVA_OPTS -cp "$LIB/*" kafka.Kafka "$PROPS"' </dev/null >>"$SERVER_LOG" 2>&1 &
}

# Do the nodes serve metadata, and does the cluster list them? With the project's
# venv a real aiokafka request; without it, open ports have to do.
nodes_ready() {
  local n ids=()
  for n; do
    use "$n"
    port_open || return 1
    [[ "$n" == 0 ]] || ids+=("$n")
  done
  local py="$ROOT/.venv/bin/python"
  [[ -x "$py" ]] && "$py" -c 'import aiokafka' 2>/dev/null || return 0
  if [[ "$1" == 0 ]]; then
    COACH_KAFKA_SECURITY_PROTOCOL="$PROTOCOL" COACH_KAFKA_SASL_MECHANISM="$SCRAM" \
      COACH_KAFKA_SASL_USERNAME=admin COACH_KAFKA_SASL_PASSWORD="$(password_of admin)" \
      COACH_KAFKA_SSL_CAFILE="$SECURITY/ca.pem" "$py" "$HERE/ready.py" "127.0.0.1:$PORT" 5 2>/dev/null
  else
    "$py" "$HERE/ready.py" "$(cluster_bootstrap)" 5 "$(IFS=,; echo "${ids[*]}")" 2>/dev/null
  fi
}

# Wait until the launched nodes are ready; fail with the log's tail if one exits.
wait_ready() {
  local t0=$EPOCHREALTIME started=$SECONDS deadline=$((SECONDS + START_TIMEOUT)) n
  while ! nodes_ready "$@"; do
    for n; do
      use "$n"
      if [[ -z "$(our_pid)" ]] && (( SECONDS - started > 2 )); then
        tail -n 30 "$SERVER_LOG" >&2 || true
        die "the broker exited during startup (see $(rel "$SERVER_LOG"))"
      fi
    done
    if (( SECONDS >= deadline )); then
      WHO=""
      die "not ready after ${START_TIMEOUT}s (see the server.log of: $*); stop with the matching stop command"
    fi
    sleep 0.5
  done
  WHO=""
  say "ready after $(since "$t0")s"
}

# Start the given nodes (0 = the single broker) unless running; wait until all are ready.
start_nodes() {
  local t0=$EPOCHREALTIME n pid id formats=() todo=()
  fetched || cmd_fetch
  for n; do
    use "$n"
    if port_open; then
      pid="$(our_pid)"
      if [[ -n "$pid" ]]; then
        say "already running (pid $pid) on 127.0.0.1:$PORT"
      elif [[ "$n" == 0 ]]; then
        say "something already answers on 127.0.0.1:$PORT; reusing it (not started by this script)"
      else
        die "127.0.0.1:$PORT is taken by something else; choose COACH_KAFKA_CLUSTER_PORTS"
      fi
      continue
    fi
    [[ -z "$(our_pid)" ]] || die "pid $(our_pid) is our broker but the port does not answer; stop it first"
    prepare_security
    write_props
    todo+=("$n")
    if [[ ! -f "$LOG_DIRS/meta.properties" ]]; then
      if [[ "$n" == 0 ]]; then id="$(new_cluster_id)"; else id="$(cluster_id)"; fi
      # One JVM per node: formatting them side by side saves seconds per node.
      format_storage "$id" &
      formats+=("$!")
    fi
  done
  for pid in "${formats[@]}"; do wait "$pid" || exit 1; done
  (( ${#todo[@]} )) || return 0
  for n in "${todo[@]}"; do use "$n"; launch; done
  wait_ready "${todo[@]}"
  say "started ${#todo[@]} node(s) in $(since "$t0")s including format"
}

# Stop the given nodes: SIGTERM (controlled shutdown) to all, SIGKILL after 60 s.
stop_nodes() {
  local rt=$EPOCHREALTIME t0=$SECONDS n pid pids=()
  for n; do
    use "$n"
    pid="$(our_pid)"
    if [[ -z "$pid" ]]; then
      rm -f "$PIDFILE"
      if port_open; then
        say "not started by this script (no live pid file); leaving whatever answers on 127.0.0.1:$PORT alone"
      else
        say "not running"
      fi
      continue
    fi
    say "stopping broker pid $pid ..."
    kill -TERM "$pid" 2>/dev/null || true
    pids+=("$pid")
  done
  for pid in "${pids[@]}"; do
    while kill -0 "$pid" 2>/dev/null; do
      if (( SECONDS - t0 >= 60 )); then
        WHO="" say "pid $pid still alive after 60s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
      fi
      sleep 0.2
    done
  done
  for n; do use "$n"; [[ -n "$(our_pid)" ]] || rm -f "$PIDFILE"; done
  WHO=""
  (( ${#pids[@]} )) && say "stopped in $(since "$rt")s"
  return 0
}

kill_node() {
  use "$1"
  local pid
  pid="$(our_pid)"
  [[ -n "$pid" ]] || { say "not running"; return 0; }
  kill -KILL "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  rm -f "$PIDFILE"
  say "killed pid $pid (SIGKILL)"
}

cmd_status() {
  use 0
  local pid
  pid="$(our_pid)"
  if port_open; then
    if [[ -n "$pid" ]]; then
      say "running: 127.0.0.1:$PORT, pid $pid, Kafka $(cat "$CACHE/VERSION" 2>/dev/null || echo '?'), data $(rel "$DATA")"
    else
      say "127.0.0.1:$PORT answers, but not a broker started by this script"
    fi
    return 0
  fi
  if [[ -n "$pid" ]]; then
    say "pid $pid is alive but 127.0.0.1:$PORT does not answer (starting? see $(rel "$SERVER_LOG"))"
  else
    say "not running (127.0.0.1:$PORT closed)"
  fi
  return 3
}

# The quorum leader as a live node last recorded it (KRaft's quorum-state file).
quorum_leader() {
  local n state leader=""
  for n in "${NODES[@]}"; do
    use "$n"
    [[ -n "$(our_pid)" ]] || continue
    state="$LOG_DIRS/__cluster_metadata-0/quorum-state"
    [[ -r "$state" ]] || continue
    leader="$(grep -o '"leaderId":[0-9-]*' "$state" | cut -d: -f2)"
    [[ -n "$leader" && "$leader" != "-1" ]] && break
  done
  echo "${leader:-unknown}"
}

cmd_cluster_status() {
  local n pid up=0
  for n in "${NODES[@]}"; do
    use "$n"
    pid="$(our_pid)"
    if [[ -n "$pid" ]] && port_open; then
      say "up: 127.0.0.1:$PORT (controller $CONTROLLER_PORT), pid $pid"
      up=$((up + 1))
    elif [[ -n "$pid" ]]; then
      say "pid $pid is alive but 127.0.0.1:$PORT does not answer (starting or stopping)"
    else
      say "down (127.0.0.1:$PORT)"
    fi
  done
  WHO=""
  say "$up of 3 nodes up; quorum leader: node $(quorum_leader); data $(rel "$CLUSTER_DATA")"
  say "COACH_KAFKA_BOOTSTRAP=$(cluster_bootstrap)"
  (( up == 3 )) || return 3
}

cmd_cluster_pid() {
  use "$1"
  local pid
  pid="$(our_pid)"
  [[ -n "$pid" ]] || return 3
  echo "$pid"
}

node_arg() { [[ -n "${1:-}" ]] || { echo "usage: $0 $2 N (N = 1, 2 or 3)" >&2; exit 2; }; }

case "${1:-}" in
  fetch) cmd_fetch ;;
  start)
    start_nodes 0
    use 0
    if [[ "$PROTOCOL" != PLAINTEXT ]]; then
      cmd_acls "${COACH_TOPIC_PREFIX:-}"
      say "$PROTOCOL ($SCRAM) on 127.0.0.1:$PORT; a client's settings: scripts/kafka.sh client-env [USER]"
    fi
    ;;
  client-env) cmd_client_env "${2:-}" ;;
  acls) cmd_acls "${2-${COACH_TOPIC_PREFIX:-}}" ;;
  stop) stop_nodes 0 ;;
  status) cmd_status ;;
  cluster-start)
    start_nodes "${NODES[@]}"
    WHO="" say "cluster ready: COACH_KAFKA_BOOTSTRAP=$(cluster_bootstrap)"
    ;;
  cluster-stop) stop_nodes "${NODES[@]}" ;;
  cluster-status) cmd_cluster_status ;;
  cluster-start-node) node_arg "${2:-}" "$1"; start_nodes "$2" ;;
  cluster-stop-node) node_arg "${2:-}" "$1"; stop_nodes "$2" ;;
  cluster-kill-node) node_arg "${2:-}" "$1"; kill_node "$2" ;;
  cluster-pid) node_arg "${2:-}" "$1"; cmd_cluster_pid "$2" ;;
  cluster-bootstrap) cluster_bootstrap ;;
  *)
    echo "usage: $0 start|stop|status|fetch|client-env [USER]" >&2
    echo "       $0 cluster-start|cluster-stop|cluster-status|cluster-bootstrap" >&2
    echo "       $0 cluster-start-node|cluster-stop-node|cluster-kill-node|cluster-pid N" >&2
    exit 2
    ;;
esac
