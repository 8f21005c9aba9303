# shellcheck shell=bash
# Runtime jars and PostgreSQL binaries, resolved from Maven Central into the state dir's cache.

LIB_DIR=$CACHE_DIR/lib
PG_DIST_DIR=$CACHE_DIR/postgres-dist
PG_HOME=$CACHE_DIR/postgres
RUNTIME_POM=$CW_ROOT/deploy/local/pom.xml
TOOLS_DIR=$CW_ROOT/deploy/local/tools

# Resolves deploy/local/pom.xml on first use and again whenever the pom changes.
ensure_runtime() {
  local stamp=$CACHE_DIR/runtime.stamp want
  want="$(sha256sum "$RUNTIME_POM" | cut -d' ' -f1) $(uname -m)"
  if [[ -f "$stamp" && "$(<"$stamp")" == "$want" && -d "$LIB_DIR" ]]; then
    return 0
  fi
  info "resolving the Kafka, PostgreSQL and JDBC jars into $CACHE_DIR (once; about 60 MB)"
  rm -rf "$LIB_DIR" "$PG_DIST_DIR" "$PG_HOME"
  mkdir -p "$CACHE_DIR"
  (cd "$CW_ROOT" && ./mvnw -q -B -f "$RUNTIME_POM" \
    dependency:copy-dependencies@runtime-lib dependency:copy-dependencies@postgres-bin \
    -Dclaimwatch.cache.dir="$CACHE_DIR") ||
    die "./mvnw could not resolve $RUNTIME_POM (output above); the first run needs Maven Central."
  printf '%s\n' "$want" >"$stamp"
}

# Unpacks the PostgreSQL server (bin/initdb, bin/pg_ctl, bin/postgres) from its jar.
ensure_postgres_binaries() {
  [[ -x "$PG_HOME/bin/pg_ctl" ]] && return 0
  case "$(uname -m)" in
    x86_64 | aarch64) ;;
    *) die "no embedded PostgreSQL for $(uname -m); run your own server and set CLAIMWATCH_DB_URL (see deploy/README.md)." ;;
  esac
  local jar tmp=$PG_HOME.tmp
  jar=$(find "$PG_DIST_DIR" -name '*.jar' 2>/dev/null | head -n 1)
  [[ -n "$jar" ]] || die "no PostgreSQL binaries jar in $PG_DIST_DIR; delete $CACHE_DIR and retry."
  command -v xz >/dev/null 2>&1 || die "xz is needed to unpack PostgreSQL (Debian: apt-get install xz-utils)."
  info "unpacking PostgreSQL from $(basename "$jar")"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  if command -v unzip >/dev/null 2>&1; then
    unzip -p "$jar" '*.txz' | tar -xJf - -C "$tmp" || die "could not unpack $jar"
  else
    (cd "$tmp" && "$(jdk_tool jar)" xf "$jar" && tar -xJf ./*.txz && rm -rf ./*.txz META-INF) ||
      die "could not unpack $jar"
  fi
  [[ -x "$tmp/bin/pg_ctl" ]] || die "unpacking $jar gave no bin/pg_ctl"
  rm -rf "$PG_HOME"
  mv "$tmp" "$PG_HOME"
}

jdk_tool() {
  local java_path
  java_path=$(command -v "$JAVA")
  java_path=$(readlink -f "$java_path")
  printf '%s/%s' "$(dirname "$java_path")" "$1"
}

# run_tool NAME ARGS...: runs deploy/local/tools/NAME.java on the cached classpath. The tools are
# compiled once per change of their sources, which saves a second or two on every later run.
run_tool() {
  local tool=$1 classes
  shift
  classes=$CACHE_DIR/tools/$(cat "$TOOLS_DIR"/*.java | sha256sum | cut -c1-16)
  if [[ ! -f "$classes/$tool.class" ]]; then
    rm -rf "$CACHE_DIR/tools"
    mkdir -p "$classes"
    "$(jdk_tool javac)" -nowarn -d "$classes" -cp "$LIB_DIR/*" "$TOOLS_DIR"/*.java ||
      die "could not compile $TOOLS_DIR"
  fi
  "$JAVA" -cp "$classes:$LIB_DIR/*" -Dlog4j2.configurationFile="$CW_ROOT/deploy/local/kafka/log4j2.properties" \
    -Dclaimwatch.log.level=ERROR "$tool" "$@"
}
