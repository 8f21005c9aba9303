# shellcheck shell=bash
# Shared settings and helpers for ./claimwatch: messages, Java, processes, ports and waits.
# Sourced by the launcher; CW_ROOT is the checkout.

STATE_DIR=${CLAIMWATCH_STATE_DIR:-$CW_ROOT/.state}
mkdir -p "$STATE_DIR"
STATE_DIR=$(cd "$STATE_DIR" && pwd)
CACHE_DIR=$STATE_DIR/cache
LOG_DIR=$STATE_DIR/logs
RUN_DIR=$STATE_DIR/run

KAFKA_PORT=${CLAIMWATCH_KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${CLAIMWATCH_KAFKA_CONTROLLER_PORT:-9093}
PG_PORT=${CLAIMWATCH_PG_PORT:-5432}
API_PORT=${CLAIMWATCH_API_PORT:-8080}
INGEST_PORT=${CLAIMWATCH_INGEST_PORT:-8081}
EXTRACT_PORT=${CLAIMWATCH_EXTRACT_PORT:-8082}
READY_TIMEOUT=${CLAIMWATCH_READY_TIMEOUT:-90}
STOP_TIMEOUT=${CLAIMWATCH_STOP_TIMEOUT:-30}

info() { printf '%s\n' "$*"; }
warn() { printf 'claimwatch: %s\n' "$*" >&2; }
die() {
  printf 'claimwatch: error: %s\n' "$*" >&2
  exit 1
}

# --- Java -------------------------------------------------------------------

JAVA=java
[[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && JAVA=$JAVA_HOME/bin/java

require_java() {
  command -v "$JAVA" >/dev/null 2>&1 ||
    die "Java 17 or newer is needed, but 'java' is not on PATH and JAVA_HOME is not set. Install a JDK 17+ (Debian: apt-get install openjdk-17-jdk-headless)."
  local spec major
  spec=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  major=${spec#1.}
  major=${major%%.*}
  [[ "$major" =~ ^[0-9]+$ ]] || die "cannot tell the version of $JAVA; Java 17 or newer is needed."
  ((major >= 17)) || die "Java 17 or newer is needed, $JAVA is Java $spec. Point JAVA_HOME at a JDK 17+."
  local modules
  modules=$("$JAVA" --list-modules 2>/dev/null || true)
  [[ "$modules" == *jdk.compiler@* ]] ||
    die "$JAVA is a JRE; the launcher's tools need a full JDK 17+ (javac). Point JAVA_HOME at one."
}

# --- Processes --------------------------------------------------------------
# Every process the launcher starts has a PID file in $RUN_DIR; a PID counts as ours only while its
# command line still carries the component's marker, so a recycled PID is never signalled.

pid_file() { printf '%s/%s.pid' "$RUN_DIR" "$1"; }

# The marker put on (or found in) the command line of component $1.
instance_marker() { printf -- '-Dclaimwatch.instance=%s@%s' "$1" "$STATE_DIR"; }

pid_alive() {
  local pid=$1 stat
  [[ -r /proc/$pid/stat ]] || return 1
  stat=$(cut -d' ' -f3 "/proc/$pid/stat" 2>/dev/null) || return 1
  [[ "$stat" != Z ]]
}

# Prints the PID of component $1 if it runs; $2 is the text its command line must contain.
owned_pid() {
  local name=$1 marker=${2:-$(instance_marker "$1")} file pid cmdline
  file=$(pid_file "$name")
  [[ -f "$file" ]] || return 1
  pid=$(<"$file")
  if [[ "$pid" =~ ^[0-9]+$ ]] && pid_alive "$pid"; then
    cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)
    if [[ "$cmdline" == *"$marker"* ]]; then
      printf '%s' "$pid"
      return 0
    fi
  fi
  rm -f "$file" "$RUN_DIR/$name.address"
  return 1
}

# Rotates the log of component $1 so that logs/<name>.log holds only the current run.
fresh_log() {
  local log=$LOG_DIR/$1.log
  mkdir -p "$LOG_DIR"
  [[ -f "$log" ]] && mv -f "$log" "$log.prev"
  : >"$log"
  printf '%s' "$log"
}

# start_detached NAME WORKDIR COMMAND...: runs COMMAND in its own session, output to the log.
start_detached() {
  local name=$1 workdir=$2 log pid
  shift 2
  log=$(fresh_log "$name")
  mkdir -p "$RUN_DIR" "$workdir"
  # Without job control a background child is no group leader, so setsid does not fork: $! is the process.
  # fd 9 is the launcher's lock; a long-lived child must not keep holding it.
  (cd "$workdir" && exec setsid "$@" >>"$log" 2>&1 </dev/null 9>&-) &
  pid=$!
  printf '%s\n' "$pid" >"$(pid_file "$name")"
}

# stop_pid NAME PID [SIGNAL]: SIGNAL (TERM), then KILL after $STOP_TIMEOUT seconds.
stop_pid() {
  local name=$1 pid=$2 signal=${3:-TERM} i
  kill "-$signal" "$pid" 2>/dev/null || true
  for ((i = 0; i < STOP_TIMEOUT * 5; i++)); do
    pid_alive "$pid" || return 0
    sleep 0.2
  done
  warn "$name (pid $pid) did not stop within ${STOP_TIMEOUT}s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do
    pid_alive "$pid" || return 0
    sleep 0.2
  done
  die "$name (pid $pid) survived SIGKILL"
}

# stop_component NAME [MARKER]
stop_component() {
  local name=$1 pid
  if pid=$(owned_pid "$@"); then
    info "stopping $name (pid $pid)"
    stop_pid "$name" "$pid"
  fi
  rm -f "$(pid_file "$name")" "$RUN_DIR/$name.address"
}

# The address a component was started on. A running component keeps it whatever the environment of a
# later command says, so status, demo and the services started later all use the address really in use.
record_address() { printf '%s\n' "$2" >"$RUN_DIR/$1.address"; }
recorded_address() { cat "$RUN_DIR/$1.address" 2>/dev/null || printf '%s' "$2"; }

log_tail() {
  local log=$LOG_DIR/$1.log
  [[ -f "$log" ]] || return 0
  printf '\n--- last 40 lines of %s ---\n' "$log" >&2
  tail -n 40 "$log" >&2
  printf -- '---\n' >&2
}

# --- Ports ------------------------------------------------------------------

port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

# Names the process listening on port $1, as far as ss or lsof can tell.
port_owner() {
  local port=$1 owner=''
  if command -v ss >/dev/null 2>&1; then
    owner=$(ss -ltnpH "( sport = :$port )" 2>/dev/null |
      sed -nE '1s/.*users:\(\("([^"]+)",pid=([0-9]+).*/\1 (pid \2)/p' || true)
  fi
  if [[ -z "$owner" ]] && command -v lsof >/dev/null 2>&1; then
    owner=$(lsof -nP -iTCP:"$port" -sTCP:LISTEN -Fpc 2>/dev/null |
      awk '/^p/ { pid = substr($0, 2) } /^c/ && !done { print substr($0, 2) " (pid " pid ")"; done = 1 }' || true)
  fi
  printf '%s' "${owner:-a process that ss/lsof cannot name}"
  # Another checkout's (or state dir's) claimwatch is the usual culprit: say so.
  local pid instance
  pid=$(sed -nE 's/.*\(pid ([0-9]+)\)$/\1/p' <<<"$owner")
  [[ -n "$pid" && -r /proc/$pid/cmdline ]] || return 0
  instance=$(tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | sed -n 's/^-Dclaimwatch\.instance=//p' || true)
  [[ -z "$instance" ]] || printf ', the %s of the claimwatch state dir %s' "${instance%%@*}" "${instance#*@}"
}

# port_conflict WHAT PORT VARIABLE: prints what holds PORT, if anything does.
port_conflict() {
  port_open "$2" || return 0
  printf 'port %s, needed by %s, is already in use by %s; stop that process or move %s: %s=<port>\n' \
    "$2" "$1" "$(port_owner "$2")" "$1" "$3"
}

require_free_port() {
  local conflict
  conflict=$(port_conflict "$@")
  [[ -z "$conflict" ]] || die "$conflict"
}

# --- Waiting ----------------------------------------------------------------

# wait_for NAME TIMEOUT WHAT CHECK...: polls CHECK every half second while NAME's process lives.
wait_for() {
  local name=$1 timeout=$2 what=$3 i pid="" end=$((SECONDS + $2))
  shift 3
  for ((i = 0; i < timeout * 2 && SECONDS < end; i++)); do
    "$@" && return 0
    if ! pid=$(owned_pid "$name"); then
      log_tail "$name"
      die "$name exited while starting; its log is $LOG_DIR/$name.log"
    fi
    sleep 0.5
  done
  log_tail "$name"
  die "$name did not become $what within ${timeout}s (pid $pid still runs); its log is $LOG_DIR/$name.log"
}

indent() { sed 's/^/  /'; }

# status_line NAME STATE [PID [DETAIL]]
status_line() { printf '%-16s %-8s %-11s %s\n' "$1" "$2" "${3:-}" "${4:-}" | sed 's/ *$//'; }
