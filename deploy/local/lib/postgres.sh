# shellcheck shell=bash
# PostgreSQL: an embedded server on 127.0.0.1 from the cached binaries, or a server of the user's own
# named by CLAIMWATCH_DB_URL, where the launcher only creates the role and the databases.

PG_DATA=$STATE_DIR/postgres/data
DB_ROLE=claimwatch
DB_ROLE_PASSWORD=claimwatch
DATABASES=(claimwatch_api claimwatch_ingest)

if [[ -n "${CLAIMWATCH_DB_URL:-}" ]]; then
  DB_EXTERNAL=true
  db_url=${CLAIMWATCH_DB_URL#jdbc:}
  db_url=${db_url/#postgres:\/\//postgresql://}
  [[ "$db_url" =~ ^postgresql://([^/?@]+)(/([^?]*))?(\?.*)?$ ]] ||
    die "CLAIMWATCH_DB_URL must look like jdbc:postgresql://HOST:PORT[/DATABASE][?PARAMS] (credentials go in CLAIMWATCH_DB_USER and CLAIMWATCH_DB_PASSWORD); got: $CLAIMWATCH_DB_URL"
  DB_BASE_URL=jdbc:postgresql://${BASH_REMATCH[1]}
  DB_QUERY=${BASH_REMATCH[4]}
  DB_ADMIN_URL=$DB_BASE_URL/${BASH_REMATCH[3]:-postgres}$DB_QUERY
  DB_ADMIN_USER=${CLAIMWATCH_DB_USER:-postgres}
  DB_ADMIN_PASSWORD=${CLAIMWATCH_DB_PASSWORD:-}
  unset db_url
else
  DB_EXTERNAL=false
  DB_BASE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT
  DB_QUERY=''
  DB_ADMIN_URL=$DB_BASE_URL/postgres
  DB_ADMIN_USER=postgres
  DB_ADMIN_PASSWORD=''
fi

# The JDBC URL a service uses for database $1.
db_url_for() { printf '%s/%s%s' "$DB_BASE_URL" "$1" "$DB_QUERY"; }

# initdb and pg_ctl refuse to run as root; in a user namespace of its own, root is nobody.
pg_run() {
  if [[ "$(id -u)" == 0 ]]; then
    unshare -U "$@"
  else
    "$@"
  fi
}

postgres_pid() {
  # postmaster.pid is PostgreSQL's own record; it also covers a start whose PID file was never written.
  if [[ ! -f "$(pid_file postgres)" && -f "$PG_DATA/postmaster.pid" ]]; then
    mkdir -p "$RUN_DIR"
    head -n 1 "$PG_DATA/postmaster.pid" >"$(pid_file postgres)"
  fi
  owned_pid postgres "-D $PG_DATA"
}

postgres_start() {
  local pid
  if [[ "$DB_EXTERNAL" == true ]]; then
    info "using the PostgreSQL server at $DB_ADMIN_URL (CLAIMWATCH_DB_URL)"
    return 0
  fi
  if pid=$(postgres_pid); then
    # Whatever CLAIMWATCH_PG_PORT says now, the services must go where the server listens.
    DB_BASE_URL=jdbc:postgresql://$(postgres_address)
    DB_ADMIN_URL=$DB_BASE_URL/postgres
    info "postgres is running (pid $pid, $(postgres_address))"
    return 0
  fi
  require_free_port postgres "$PG_PORT" CLAIMWATCH_PG_PORT
  ensure_postgres_binaries
  if [[ "$(id -u)" == 0 ]] && ! unshare -U true 2>/dev/null; then
    die "PostgreSQL refuses to run as root, and this machine allows no user namespace (unshare -U) to hide root from it.
  Run ./claimwatch as a normal user, or use a server of your own: CLAIMWATCH_DB_URL=jdbc:postgresql://HOST:PORT/postgres"
  fi
  if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
    postgres_initdb
  fi
  info "starting postgres on 127.0.0.1:$PG_PORT"
  local log
  log=$(fresh_log postgres)
  # No Unix socket: its path length is limited and the services connect over TCP anyway.
  pg_run "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -l "$log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" start >/dev/null 9>&- || {
    log_tail postgres
    die "PostgreSQL did not start; its log is $log"
  }
  mkdir -p "$RUN_DIR"
  head -n 1 "$PG_DATA/postmaster.pid" >"$(pid_file postgres)"
}

# The running server's address; postmaster.pid's fourth line is its port.
postgres_address() { printf '127.0.0.1:%s' "$(sed -n 4p "$PG_DATA/postmaster.pid" 2>/dev/null)"; }

postgres_initdb() {
  local log
  log=$(fresh_log postgres-initdb)
  info "initialising the postgres data dir $PG_DATA"
  mkdir -p "$(dirname "$PG_DATA")"
  rm -rf "$PG_DATA"
  pg_run "$PG_HOME/bin/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF-8 --no-locale >"$log" 2>&1 || {
    log_tail postgres-initdb
    rm -rf "$PG_DATA"
    die "initdb failed; its log is $log"
  }
}

postgres_create_databases() {
  info "ensuring role $DB_ROLE and databases ${DATABASES[*]}"
  CLAIMWATCH_DB_PASSWORD=$DB_ADMIN_PASSWORD run_tool CreateDatabases "$DB_ADMIN_URL" "$DB_ADMIN_USER" \
    "$DB_ROLE" "$DB_ROLE_PASSWORD" "${DATABASES[@]}" 2>&1 | indent ||
    die "could not prepare the databases at $DB_ADMIN_URL (see above).$(postgres_hint)"
}

postgres_hint() {
  if [[ "$DB_EXTERNAL" == true ]]; then
    printf '\n  Check that the server runs and CLAIMWATCH_DB_URL, CLAIMWATCH_DB_USER and CLAIMWATCH_DB_PASSWORD are right, or unset CLAIMWATCH_DB_URL to use the embedded server.'
  else
    printf '\n  The embedded server log is %s; ./claimwatch down && ./claimwatch up restarts it.' "$LOG_DIR/postgres.log"
  fi
}

# Stops the embedded server whenever it runs, even if CLAIMWATCH_DB_URL is set now.
postgres_stop() {
  local pid
  if pid=$(postgres_pid); then
    info "stopping postgres (pid $pid)"
    # SIGINT is PostgreSQL's fast shutdown, what pg_ctl -m fast sends.
    pg_run "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -m fast -w -t "$STOP_TIMEOUT" stop >/dev/null 2>&1 ||
      stop_pid postgres "$pid" INT
  fi
  rm -f "$(pid_file postgres)"
}

postgres_status() {
  local pid
  if [[ "$DB_EXTERNAL" == true ]]; then
    status_line postgres external "" "$DB_ADMIN_URL"
  elif pid=$(postgres_pid); then
    status_line postgres running "pid $pid" "$(postgres_address)"
  else
    status_line postgres stopped
  fi
}
