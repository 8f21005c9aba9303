# shellcheck shell=bash
# The three Quarkus services, run from their fast-jars on 127.0.0.1.

# Start order: the API first, so every claim extract publishes has a consumer waiting.
SERVICES=(api-service extract-service ingest-service)
SERVICE_JAVA_OPTS=${CLAIMWATCH_JAVA_OPTS:--Xmx512m -XX:+ExitOnOutOfMemoryError}

service_port() {
  case "$1" in
    api-service) printf '%s' "$API_PORT" ;;
    ingest-service) printf '%s' "$INGEST_PORT" ;;
    extract-service) printf '%s' "$EXTRACT_PORT" ;;
  esac
}

service_port_variable() {
  case "$1" in
    api-service) printf CLAIMWATCH_API_PORT ;;
    ingest-service) printf CLAIMWATCH_INGEST_PORT ;;
    extract-service) printf CLAIMWATCH_EXTRACT_PORT ;;
  esac
}

service_jar() { printf '%s/%s/target/quarkus-app/quarkus-run.jar' "$CW_ROOT" "$1"; }

# Where service $1 answers: the address it was started on while it runs, else the configured one.
service_url() { recorded_address "$1" "http://127.0.0.1:$(service_port "$1")"; }

# The environment of service $1, one VAR=value per line; the names are the services' contract.
service_env() {
  printf '%s\n' \
    "QUARKUS_HTTP_HOST=127.0.0.1" \
    "QUARKUS_HTTP_PORT=$(service_port "$1")" \
    "KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP"
  case "$1" in
    api-service)
      printf '%s\n' "QUARKUS_DATASOURCE_JDBC_URL=$(db_url_for claimwatch_api)" \
        "QUARKUS_DATASOURCE_USERNAME=$DB_ROLE" "QUARKUS_DATASOURCE_PASSWORD=$DB_ROLE_PASSWORD"
      ;;
    ingest-service)
      # Loopback is allowed so that a feed served on this machine can be followed.
      printf '%s\n' "QUARKUS_DATASOURCE_JDBC_URL=$(db_url_for claimwatch_ingest)" \
        "QUARKUS_DATASOURCE_USERNAME=$DB_ROLE" "QUARKUS_DATASOURCE_PASSWORD=$DB_ROLE_PASSWORD" \
        "INGEST_FETCH_ALLOW_CIDRS=127.0.0.0/8,::1/128"
      ;;
  esac
}

services_missing_jars() {
  local name
  for name in "${SERVICES[@]}"; do
    [[ -f "$(service_jar "$name")" ]] || printf '%s\n' "$name"
  done
}

services_build() {
  local log
  log=$(fresh_log build)
  info "building the services (./mvnw -B -q -DskipTests package; a minute or two; output in $log)"
  if ! (cd "$CW_ROOT" && ./mvnw -B -q -DskipTests package) >"$log" 2>&1; then
    log_tail build
    die "the build failed; its output is $log"
  fi
  local missing
  missing=$(services_missing_jars)
  [[ -z "$missing" ]] || die "the build succeeded but left no quarkus-run.jar for: $missing"
}

services_ensure_built() {
  local missing
  missing=$(services_missing_jars)
  [[ -z "$missing" ]] && return 0
  info "no fast-jar yet for: $(tr '\n' ' ' <<<"$missing")"
  services_build
}

service_ready() { curl -fsS -o /dev/null --max-time 2 "$(service_url "$1")/q/health/ready" 2>/dev/null; }

service_start() {
  local name=$1 pid port
  port=$(service_port "$name")
  if pid=$(owned_pid "$name"); then
    info "$name is running (pid $pid, $(service_url "$name"))"
  else
    require_free_port "$name" "$port" "$(service_port_variable "$name")"
    info "starting $name on http://127.0.0.1:$port"
    local -a env_vars java_opts
    mapfile -t env_vars < <(service_env "$name")
    read -r -a java_opts <<<"$SERVICE_JAVA_OPTS"
    start_detached "$name" "$STATE_DIR/work/$name" env "${env_vars[@]}" \
      "$JAVA" "${java_opts[@]}" "$(instance_marker "$name")" -jar "$(service_jar "$name")"
    record_address "$name" "http://127.0.0.1:$port"
  fi
  wait_for "$name" "$READY_TIMEOUT" "ready at $(service_url "$name")/q/health/ready" service_ready "$name"
}

service_stop() { stop_component "$1"; }

service_status() {
  local name=$1 pid health
  if pid=$(owned_pid "$name"); then
    health=starting
    service_ready "$name" && health=ready
    status_line "$name" running "pid $pid" "$(service_url "$name") ($health)"
  else
    status_line "$name" stopped
  fi
}
