# shellcheck shell=bash
# A single-node KRaft Kafka broker on 127.0.0.1, run from the cached jars.

KAFKA_HOME=$STATE_DIR/kafka
KAFKA_CONFIG_DIR=$CW_ROOT/deploy/local/kafka
KAFKA_BOOTSTRAP=127.0.0.1:$KAFKA_PORT
KAFKA_HEAP=${CLAIMWATCH_KAFKA_HEAP:-512m}

# name:partitions; the services' channels read and write these, so they exist before any service starts.
KAFKA_TOPICS=(articles:3 claims:3 articles-dlq:1 claims-dlq:1)

kafka_pid() { owned_pid kafka; }

kafka_start() {
  local pid
  if pid=$(kafka_pid); then
    KAFKA_BOOTSTRAP=$(recorded_address kafka "$KAFKA_BOOTSTRAP")
    info "kafka is running (pid $pid, $KAFKA_BOOTSTRAP)"
  else
    require_free_port kafka "$KAFKA_PORT" CLAIMWATCH_KAFKA_PORT
    require_free_port "the kafka controller" "$KAFKA_CONTROLLER_PORT" CLAIMWATCH_KAFKA_CONTROLLER_PORT
    kafka_write_config
    if [[ ! -f "$KAFKA_HOME/data/meta.properties" ]]; then
      kafka_format
    fi
    info "starting kafka on $KAFKA_BOOTSTRAP"
    start_detached kafka "$KAFKA_HOME" "$JAVA" "-Xmx$KAFKA_HEAP" -Xms128m -XX:+ExitOnOutOfMemoryError \
      -Djava.awt.headless=true "$(instance_marker kafka)" \
      -Dlog4j2.configurationFile="$KAFKA_CONFIG_DIR/log4j2.properties" \
      -cp "$LIB_DIR/*" kafka.Kafka "$KAFKA_HOME/server.properties"
    record_address kafka "$KAFKA_BOOTSTRAP"
  fi
}

# Separate from kafka_start so that PostgreSQL starts while the broker boots.
kafka_await() { wait_for kafka 60 "reachable on $KAFKA_BOOTSTRAP" port_open "${KAFKA_BOOTSTRAP##*:}"; }

kafka_write_config() {
  mkdir -p "$KAFKA_HOME/data"
  sed -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" \
    -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
    -e "s|@DATA_DIR@|$KAFKA_HOME/data|g" \
    "$KAFKA_CONFIG_DIR/server.properties" >"$KAFKA_HOME/server.properties"
}

# Formats the storage once; the cluster id is kept so a wiped data dir rejoins the same cluster.
kafka_format() {
  local cluster_id_file=$KAFKA_HOME/cluster.id log
  log=$(fresh_log kafka-format)
  info "formatting kafka storage in $KAFKA_HOME/data"
  if [[ ! -s "$cluster_id_file" ]]; then
    kafka_storage_tool random-uuid 2>>"$log" >"$cluster_id_file.tmp" ||
      die "could not generate a Kafka cluster id; see $log"
    mv "$cluster_id_file.tmp" "$cluster_id_file"
  fi
  kafka_storage_tool format -t "$(<"$cluster_id_file")" -c "$KAFKA_HOME/server.properties" >>"$log" 2>&1 || {
    log_tail kafka-format
    die "formatting Kafka storage failed; see $log"
  }
}

kafka_storage_tool() {
  "$JAVA" -cp "$LIB_DIR/*" -Dlog4j2.configurationFile="$KAFKA_CONFIG_DIR/log4j2.properties" \
    -Dclaimwatch.log.level=WARN kafka.tools.StorageTool "$@"
}

kafka_create_topics() {
  info "ensuring topics ${KAFKA_TOPICS[*]}"
  run_tool CreateTopics "$KAFKA_BOOTSTRAP" "${KAFKA_TOPICS[@]}" | indent ||
    die "could not create the Kafka topics on $KAFKA_BOOTSTRAP; see $LOG_DIR/kafka.log"
}

kafka_stop() { stop_component kafka; }

kafka_status() {
  local pid
  if pid=$(kafka_pid); then
    status_line kafka running "pid $pid" "$(recorded_address kafka "?")"
  else
    status_line kafka stopped
  fi
}
