# shellcheck shell=bash
# The local stack's commands besides 'up': status, down, logs, one part, provision, demo.
# Sourced by bin/shift-left, which defines the settings and helpers used here.

# ---------------------------------------------------------------------------------------------
# Status

print_endpoints() {
  say ""
  cmd_status
}

cmd_status() {
  local key part pid health
  if [[ ${1:-} == --json ]]; then
    local sep=""
    printf '{'
    for key in "${STATUS_KEYS[@]}"; do
      part=$(part_of_key "$key")
      pid=$(running_pid "$part")
      health=DOWN
      if [[ -n $pid ]] && probe "$key"; then health=UP; fi
      printf '%s"%s":{"endpoint":"%s","pid":%s,"health":"%s"}' \
        "$sep" "$key" "$(endpoint "$key")" "${pid:-null}" "$health"
      sep=","
    done
    printf '}\n'
    return 0
  fi
  [[ -z ${1:-} ]] || die "unknown status option: $1"
  printf '%-11s %-47s %-8s %s\n' PART ENDPOINT PID HEALTH
  for key in "${STATUS_KEYS[@]}"; do
    part=$(part_of_key "$key")
    pid=$(running_pid "$part")
    health=DOWN
    if [[ -n $pid ]] && probe "$key"; then health=UP; fi
    if [[ -z $pid && " ${SERVICE_PARTS[*]} " == *" $part "* && ! -f $(service_jar "$part") ]]; then
      health="DOWN (not built)"
    fi
    printf '%-11s %-47s %-8s %s\n' "$key" "$(endpoint "$key")" "${pid:--}" "$health"
  done
}

# ---------------------------------------------------------------------------------------------
# Stop

# PostgreSQL runs as a child of its launcher; if the launcher died without stopping it, the
# postmaster recorded in our data directory is stopped here (only if its command line names
# that directory).
stop_orphan_postmaster() {
  local data pid i
  data=$(part_dir postgres)/data
  [[ -f $data/postmaster.pid ]] || return 0
  pid=$(head -n 1 "$data/postmaster.pid")
  [[ $pid =~ ^[0-9]+$ ]] || return 0
  [[ $(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" || true) == *"$data"* ]] || return 0
  say "  postgres: stopping the leftover postmaster (pid $pid)"
  kill -INT "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 20; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  kill -KILL "$pid" 2>/dev/null || true
}

# stop_parts <part...>: SIGTERM to every recorded pid that is ours, wait STOP_GRACE seconds,
# SIGKILL what is left, remove the pid files.
stop_parts() {
  local part pid file i
  local -a parts=() pids=()
  for part in "$@"; do
    file=$(pid_file "$part")
    [[ -f $file ]] || continue
    pid=$(running_pid "$part")
    if [[ -z $pid ]]; then
      say "  $part: not running (removing stale pid file)"
      rm -f "$file"
      continue
    fi
    kill -TERM "$pid" 2>/dev/null || true
    parts+=("$part")
    pids+=("$pid")
  done
  ((${#pids[@]} == 0)) && return 0
  for ((i = 0; i < STOP_GRACE * 4; i++)); do
    local alive=0
    for pid in "${pids[@]}"; do
      if kill -0 "$pid" 2>/dev/null && [[ $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) != Z ]]; then
        alive=1
      fi
    done
    ((alive)) || break
    sleep 0.25
  done
  for i in "${!pids[@]}"; do
    part=${parts[$i]}
    pid=${pids[$i]}
    if is_ours "$pid" "$part"; then
      warn "$part: still running after ${STOP_GRACE} s, sending SIGKILL to $pid"
      kill -KILL "$pid" 2>/dev/null || true
    else
      say "  $part: stopped (pid $pid)"
    fi
    rm -f "$(pid_file "$part")"
  done
}

cmd_down() {
  [[ -d $SL_HOME ]] || {
    say "Nothing to stop ($SL_HOME does not exist)"
    return 0
  }
  lock_home
  say "Stopping the local stack in $SL_HOME"
  stop_parts "${SERVICE_PARTS[@]}"
  stop_parts "${INFRA_PARTS[@]}"
  stop_orphan_postmaster
  say "Stopped"
}

# ---------------------------------------------------------------------------------------------
# Logs, demo

cmd_logs() {
  local part=${1:-} follow=() log
  [[ -n $part ]] || die "usage: bin/shift-left local logs <part> [-f]"
  shift
  [[ ${1:-} == -f || ${1:-} == --follow ]] && follow=(-F)
  part=$(part_of_key "$part")
  [[ " ${INFRA_PARTS[*]} ${SERVICE_PARTS[*]} " == *" $part "* ]] ||
    die "unknown part '$part' (parts: ${INFRA_PARTS[*]} ${SERVICE_PARTS[*]})"
  log=$(log_file "$part")
  [[ -f $log ]] || die "no log yet for $part ($log)"
  exec tail -n "${SHIFT_LEFT_LOG_LINES:-200}" "${follow[@]}" "$log"
}

# local start|stop|kill|restart <part>: one part at a time (the others are left as they are).
cmd_part() {
  local action=$1 part=${2:-} pid started
  [[ -n $part ]] || die "usage: bin/shift-left local $action <part> (parts: ${INFRA_PARTS[*]} ${SERVICE_PARTS[*]})"
  part=$(part_of_key "$part")
  [[ " ${INFRA_PARTS[*]} ${SERVICE_PARTS[*]} " == *" $part "* ]] ||
    die "unknown part '$part' (parts: ${INFRA_PARTS[*]} ${SERVICE_PARTS[*]})"
  lock_home
  case $action in
    kill)
      pid=$(running_pid "$part")
      [[ -n $pid ]] || die "$part is not running"
      kill -KILL "$pid" 2>/dev/null || true
      while kill -0 "$pid" 2>/dev/null && [[ $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) != Z ]]; do
        sleep 0.1
      done
      rm -f "$(pid_file "$part")"
      say "  $part: killed (pid $pid)"
      ;;
    stop) stop_parts "$part" ;;
    start | restart)
      [[ $action == start ]] || stop_parts "$part"
      started=$(now)
      start_part "$part" || exit 1
      wait_healthy "$started" "$part"
      ;;
  esac
}

cli() {
  [[ -f $CLI_JAR ]] || die "the command line is not built ($CLI_JAR)"
  "$JAVA_BIN" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$CLI_JAR" "$@"
}

# Runs the project's provisioning/*.sql on the stack's Flink: the tables of pre-provisioned
# topics and the feeder job that fills the raw topics (not started again while it runs).
cmd_provision() {
  local dir=$PROJECT/provisioning
  if [[ ! -d $dir ]]; then
    say "No $dir: nothing to provision (the raw topics get no data)"
    return 0
  fi
  say "Provisioning $dir on Flink (feeders fill the raw topics):"
  cli provision --dir "$dir" --gateway "http://$HOST:$SQL_GATEWAY_PORT" \
    --flink-rest "http://$HOST:$FLINK_REST_PORT" --kafka "$HOST:$KAFKA_PORT" --registry "$REGISTRY_URL"
}

running_jobs() {
  { curl -s --max-time 3 "http://$HOST:$FLINK_REST_PORT/jobs/overview" 2>/dev/null || true; } |
    grep -o '"state":"RUNNING"' | wc -l
}

cmd_demo() {
  local detach=0 timeout=20m arg code
  for arg in "$@"; do
    case $arg in
      --detach | -d) detach=1 ;;
      --timeout=*) timeout=${arg#--timeout=} ;;
      *) die "unknown demo option: $arg (usage: bin/shift-left demo [--detach] [--timeout=20m])" ;;
    esac
  done
  cmd_up || die "the local stack is not healthy; see above ('bin/shift-left local down' stops it)"
  exec 9>&- # release the working folder's lock: 'local down' and the others work meanwhile
  say ""
  cmd_provision || die "provisioning failed; see above"
  say ""
  say "Deploying every table of $PROJECT (scope: the folder pipelines/) to environment 'local':"
  set +e
  cli deploy --environment local --dir pipelines --follow --timeout "$timeout" \
    --kafka "$HOST:$KAFKA_PORT" --registry "$REGISTRY_URL" \
    --planner-url "http://$HOST:$PLANNER_PORT" --flink-ui "http://$HOST:$FLINK_REST_PORT"
  code=$?
  set -e
  cat <<EOF
  table history:   curl -s 'http://$HOST:$PLANNER_PORT/api/v1/tables/<table>/history?environment=local'
  Flink jobs:      curl -s http://$HOST:$FLINK_REST_PORT/jobs/overview   ($(running_jobs) RUNNING now)
  schemas:         curl -s $REGISTRY_URL/subjects
  the SQL sent:    bin/shift-left pipeline render --env local -t <table> --project-path $PROJECT
  logs:            bin/shift-left local logs <part>   (parts: ${INFRA_PARTS[*]} ${SERVICE_PARTS[*]})
  undeploy:        bin/shift-left undeploy -e local --product-name orders --follow
EOF
  if ((detach)); then
    say ""
    say "The stack keeps running (--detach); stop it with: bin/shift-left local down"
    return "$code"
  fi
  ((code == 0)) || warn "the deployment did not succeed (exit code $code); the stack stays up to look at it"
  say ""
  say "The pipeline runs. Ctrl-C stops the local stack ('demo --detach' leaves it running)."
  trap 'say ""; say "Ctrl-C: stopping the local stack"; cmd_down; exit 0' INT TERM
  while :; do
    sleep 30 &
    wait $! || true
    say "$(date +%T)  Flink jobs RUNNING: $(running_jobs)"
  done
}
