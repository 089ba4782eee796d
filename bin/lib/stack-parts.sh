# shellcheck shell=bash
# The local stack's parts: endpoints, pid files, health checks, and the build they run from.
# Sourced by bin/shift-left, which defines the settings and helpers used here.

# ---------------------------------------------------------------------------------------------
# Parts, endpoints, pids

service_port() {
  case $1 in
    planner) echo "$PLANNER_PORT" ;;
    deployer) echo "$DEPLOYER_PORT" ;;
    monitor) echo "$MONITOR_PORT" ;;
    notifier) echo "$NOTIFIER_PORT" ;;
  esac
}

service_jar() { echo "$REPO_ROOT/$1-service/target/$1-service.jar"; }

# The process that serves a status key.
part_of_key() {
  case $1 in
    flinkRest | sqlGateway) echo flink ;;
    *) echo "$1" ;;
  esac
}

endpoint() {
  case $1 in
    kafka) echo "$HOST:$KAFKA_PORT" ;;
    registry) echo "$REGISTRY_URL" ;;
    flinkRest) echo "http://$HOST:$FLINK_REST_PORT" ;;
    sqlGateway) echo "http://$HOST:$SQL_GATEWAY_PORT" ;;
    postgres) echo "$POSTGRES_JDBC_URL" ;;
    *) echo "http://$HOST:$(service_port "$1")" ;;
  esac
}

part_dir() { echo "$SL_HOME/$1"; }
pid_file() { echo "$SL_HOME/$1/pid"; }
log_file() { echo "$SL_HOME/$1/$1.log"; }

# True if $1 is a live process started by this launcher as part $2 of this working folder.
# Every JVM gets -Dshiftleft.part=<part> -Dshiftleft.home=<folder>: a reused pid never matches.
is_ours() {
  local pid=$1 part=$2 cmdline
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  cmdline=$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline") || return 1
  [[ $cmdline == *" -Dshiftleft.part=$part "* && $cmdline == *" -Dshiftleft.home=$SL_HOME "* ]]
}

# Prints the recorded pid of a part if that process is alive and ours, else nothing.
running_pid() {
  local file pid
  file=$(pid_file "$1")
  [[ -f $file ]] || return 0
  pid=$(<"$file")
  if is_ours "$pid" "$1"; then echo "$pid"; fi
}

# ---------------------------------------------------------------------------------------------
# Health checks (no jq, no nc: curl and bash /dev/tcp only)

tcp_open() { timeout 2 bash -c "exec 3<>/dev/tcp/$HOST/$1" 2>/dev/null; }

http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$1" 2>/dev/null || true; }

# Sends a Kafka ApiVersions request (key 18, v0, correlation id 7) and checks the answer's
# correlation id: the broker only answers once it processes requests, not when the port is bound.
kafka_answers() {
  local out
  # shellcheck disable=SC2016 # $0 and $1 expand in the inner shell.
  out=$(timeout 3 bash -c '
    exec 3<>"/dev/tcp/$0/$1" || exit 1
    printf "\x00\x00\x00\x0c\x00\x12\x00\x00\x00\x00\x00\x07\x00\x02sl" >&3
    head -c 8 <&3 | od -An -tx1' "$HOST" "$KAFKA_PORT" 2>/dev/null) || return 1
  out=${out//$'\n'/ }
  out=$(printf '%s' "$out" | tr -s ' ')
  out=${out# }
  out=${out% }
  [[ $out =~ ^([0-9a-f]{2}\ ){4}00\ 00\ 00\ 07$ ]]
}

# Health of a status key, ignoring whose process answers (running_pid checks that).
probe() {
  case $1 in
    kafka) kafka_answers ;;
    registry) [[ $(http_code "$REGISTRY_URL/subjects") == 200 ]] ;;
    flinkRest) [[ $(http_code "http://$HOST:$FLINK_REST_PORT/overview") == 200 ]] ;;
    sqlGateway) [[ $(http_code "http://$HOST:$SQL_GATEWAY_PORT/v1/info") == 200 ]] ;;
    postgres) [[ -f $(part_dir postgres)/ready ]] && tcp_open "$POSTGRES_PORT" ;;
    *)
      local body
      body=$(curl -s --max-time 3 "http://$HOST:$(service_port "$1")/actuator/health" 2>/dev/null) || return 1
      [[ $body == *'"status":"UP"'* ]]
      ;;
  esac
}

# Status keys served by a part.
keys_of_part() {
  case $1 in
    flink) echo flinkRest sqlGateway ;;
    *) echo "$1" ;;
  esac
}

part_healthy() {
  local key
  for key in $(keys_of_part "$1"); do probe "$key" || return 1; done
}

# Ports a part listens on (checked for conflicts before it starts).
ports_of_part() {
  case $1 in
    kafka) echo "$KAFKA_PORT $KAFKA_CONTROLLER_PORT" ;;
    registry) echo "$REGISTRY_PORT $REGISTRY_MANAGEMENT_PORT" ;;
    flink) echo "$FLINK_REST_PORT $SQL_GATEWAY_PORT" ;;
    postgres) echo "$POSTGRES_PORT" ;;
    *) service_port "$1" ;;
  esac
}

# ---------------------------------------------------------------------------------------------
# Build

stack_built() {
  [[ -d $STACK_DIR/kafka/lib && -d $STACK_DIR/flink/lib && -d $STACK_DIR/postgres/lib &&
    -f $STACK_DIR/conf/kafka-log4j2.properties ]] &&
    compgen -G "$STACK_DIR/apicurio/apicurio-registry-app-*-runner.jar" >/dev/null &&
    compgen -G "$STACK_DIR/flink/lib/local-stack-*.jar" >/dev/null
}

CLI_JAR=$REPO_ROOT/cli/target/shift-left-cli.jar

ensure_built() {
  local missing=() svc
  stack_built || missing+=("local stack")
  for svc in "${SERVICE_PARTS[@]}"; do
    [[ -f $(service_jar "$svc") ]] || missing+=("$svc-service")
  done
  [[ -f $CLI_JAR ]] || missing+=("cli")
  ((${#missing[@]} == 0)) && return 0
  if [[ ${SHIFT_LEFT_SKIP_BUILD:-0} == 1 ]]; then
    warn "not built: ${missing[*]} (SHIFT_LEFT_SKIP_BUILD=1: not building)"
  else
    command -v mvn >/dev/null || die "not built: ${missing[*]}, and mvn is not on the PATH"
    say "Building (not built yet: ${missing[*]}): mvn -q -DskipTests install"
    local started
    started=$(now)
    (cd "$REPO_ROOT" && mvn -q -DskipTests install) ||
      die "BUILD FAILED: 'mvn -q -DskipTests install' at $REPO_ROOT (output above); nothing was started"
    say "Build finished in $(elapsed "$started") s"
  fi
  stack_built || die "the local stack is not built ($STACK_DIR is incomplete)"
}

