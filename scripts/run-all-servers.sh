#!/usr/bin/env bash
# Starts the five paxoskv servers: as Docker containers on paxos_network when a Docker
# engine answers, otherwise as five local processes (hostfile.local.txt, state under run/).
# Usage: ./run_all_servers [--local|--docker] [--stop] [--status] [--wipe [--yes]]
# Env: PAXOSKV_RUN_DIR (default run/), PAXOSKV_LOCAL_HOSTFILE (default hostfile.local.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUN="${PAXOSKV_RUN_DIR:-$ROOT/run}"
LOCAL_HOSTFILE="${PAXOSKV_LOCAL_HOSTFILE:-$ROOT/hostfile.local.txt}"
# Names and ports come from the local hostfile (Docker publishes the same ports).
NAMES=()
PORTS=()
while read -r name addr _; do
  case "$name" in ''|'#'*) continue ;; esac
  NAMES+=("$name")
  PORTS+=("${addr##*:}")
done < "$LOCAL_HOSTFILE"
MODE=""
ACTION=start
YES=0
for arg in "$@"; do
  case "$arg" in
    --local) MODE=local ;;
    --docker) MODE=docker ;;
    --stop) ACTION=stop ;;
    --status) ACTION=status ;;
    --wipe) ACTION=wipe ;;
    --yes|-y) YES=1 ;;
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run_all_servers: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

compose() {
  if docker compose version >/dev/null 2>&1; then docker compose "$@"; else docker-compose "$@"; fi
}

docker_up() { command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; }

if [ -z "$MODE" ]; then
  if [ -f "$RUN/mode" ] && [ "$ACTION" != start ]; then MODE=$(cat "$RUN/mode");
  elif docker_up; then MODE=docker; else MODE=local; fi
fi
mkdir -p "$RUN"

# GET /v1/status of the node on port $1 within $2 seconds. A node started with TLS
# (--tls-cert) answers https only: when plain http gets no HTTP answer at all (not refused,
# not a timeout), ask again over https, checking the certificate when PAXOSKV_TLS_CA is set.
node_status() { # port max-seconds
  local rc=0
  curl -fsS --max-time "$2" "http://127.0.0.1:$1/v1/status" 2>/dev/null || rc=$?
  case $rc in 0|7|28) return $rc ;; esac
  if [ -n "${PAXOSKV_TLS_CA:-}" ]; then
    curl -fsS --max-time "$2" --cacert "$PAXOSKV_TLS_CA" "https://127.0.0.1:$1/v1/status" 2>/dev/null
  else
    curl -fsS --max-time "$2" -k "https://127.0.0.1:$1/v1/status" 2>/dev/null
  fi
}

status_line() { # name port
  local body
  if body=$(node_status "$2" 3); then
    node -e 'const s=JSON.parse(process.argv[1]);console.log(`${s.name.padEnd(11)} ${String(s.role).padEnd(9)} leader=${s.leader ?? "-"} chosen=${s.chosenSlot} applied=${s.appliedSlot}`)' "$body"
  else
    printf '%-11s down\n' "$1"
  fi
}

wait_for_leader() {
  local deadline=$((SECONDS + ${PAXOSKV_START_TIMEOUT:-60})) i last_line=-10
  while [ $SECONDS -lt $deadline ]; do
    local up=0 leader=""
    for i in "${!NAMES[@]}"; do
      local body
      if body=$(node_status "${PORTS[$i]}" 1); then
        up=$((up + 1))
        local l
        l=$(node -e 'const s=JSON.parse(process.argv[1]);if(s.role==="leader")console.log(s.name)' "$body")
        [ -n "$l" ] && leader=$l
      fi
    done
    if [ -n "$leader" ]; then
      [ -t 1 ] && printf '\r'
      printf 'leader elected: %s (%d/5 nodes up)                    \n' "$leader" "$up"
      return 0
    fi
    if [ -t 1 ]; then
      printf '\rwaiting for a leader: %d/5 nodes answering, %ds left   ' "$up" $((deadline - SECONDS))
    elif [ $((SECONDS - last_line)) -ge 2 ]; then
      last_line=$SECONDS
      echo "waiting for a leader: $up/5 nodes answering, $((deadline - SECONDS))s left"
    fi
    sleep 0.3
  done
  echo; echo "no leader within ${PAXOSKV_START_TIMEOUT:-60}s; see the logs (run/logs/ or docker logs container0)" >&2
  return 1
}

ensure_secret() {
  if [ ! -s "$RUN/cluster-secret" ]; then
    umask 077
    node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("hex"))' > "$RUN/cluster-secret"
  fi
}

ensure_built() {
  if [ ! -d node_modules ]; then echo "installing dependencies (npm ci)..."; npm ci --no-audit --no-fund; fi
  local stale
  stale=$(find server client proto -newer dist/server/main.js -name '*.ts' -o -newer dist/server/main.js -name '*.js' 2>/dev/null | head -1 || true)
  if [ ! -f dist/server/main.js ] || [ -n "$stale" ]; then echo "building..."; npm run --silent build; fi
}

local_pid() { cat "$RUN/pids/$1.pid" 2>/dev/null || true; }
local_alive() { local p; p=$(local_pid "$1"); [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }

local_start() {
  ensure_built
  ensure_secret
  mkdir -p "$RUN/logs" "$RUN/data" "$RUN/pids"
  echo local > "$RUN/mode"
  # The allocator the image also uses (docs/MEMORY.md), unless the caller chose one.
  local malloc_env
  malloc_env=$(scripts/server-malloc-env.sh)
  case "$malloc_env" in
    GLIBC_TUNABLES=*) echo "note: libjemalloc2 is not installed; the servers use glibc malloc, at about twice the CPU per request (apt-get install libjemalloc2)" ;;
  esac
  for i in "${!NAMES[@]}"; do
    local n=${NAMES[$i]}
    if local_alive "$n"; then echo "$n already running (pid $(local_pid "$n"))"; continue; fi
    # shellcheck disable=SC2086 # malloc_env is KEY=VALUE words without spaces
    env $malloc_env nohup node dist/server/main.js -h "$LOCAL_HOSTFILE" -n "$n" --data-dir "$RUN/data/$n" \
      --cluster-secret-file "$RUN/cluster-secret" >> "$RUN/logs/$n.log" 2>&1 &
    echo $! > "$RUN/pids/$n.pid"
  done
  wait_for_leader
  echo
  for i in "${!NAMES[@]}"; do echo "  ${NAMES[$i]}  http://127.0.0.1:${PORTS[$i]}  (log: $RUN/logs/${NAMES[$i]}.log)"; done
  echo
  echo "open the client:  ./paxoskv          one command:  ./paxoskv set greeting hello"
  echo "HTTP:             curl -X PUT -d '{\"value\":\"hi\"}' http://127.0.0.1:${PORTS[1]}/v1/kv/greeting"
  echo "stop:             ./run_all_servers --stop"
}

local_stop() {
  for n in "${NAMES[@]}"; do
    if local_alive "$n"; then kill -TERM "$(local_pid "$n")" 2>/dev/null || true; fi
  done
  for _ in $(seq 1 50); do
    local any=0
    for n in "${NAMES[@]}"; do local_alive "$n" && any=1; done
    [ $any = 0 ] && break
    sleep 0.1
  done
  for n in "${NAMES[@]}"; do local_alive "$n" && kill -KILL "$(local_pid "$n")" 2>/dev/null || true; rm -f "$RUN/pids/$n.pid"; done
  echo "local servers stopped"
}

docker_start() {
  ensure_secret
  echo docker > "$RUN/mode"
  docker network inspect paxos_network >/dev/null 2>&1 || docker network create paxos_network
  if ! docker image inspect paxoskv >/dev/null 2>&1; then "$ROOT/remove_and_build"; fi
  # Compose reads .env by itself, so `docker compose up` and `run` share the secret too.
  (umask 077; printf 'PAXOSKV_CLUSTER_SECRET=%s\n' "$(cat "$RUN/cluster-secret")" > "$ROOT/.env")
  compose up -d "${NAMES[@]}"
  wait_for_leader
  for i in "${!NAMES[@]}"; do echo "  ${NAMES[$i]}  http://127.0.0.1:${PORTS[$i]}  (logs: docker logs ${NAMES[$i]})"; done
  echo
  echo "open the client:  ./paxoskv     (or: docker compose run --rm client)"
  echo "stop:             ./run_all_servers --stop"
}

case "$MODE:$ACTION" in
  local:start) local_start ;;
  local:stop) local_stop ;;
  docker:start) docker_start ;;
  docker:stop) compose stop "${NAMES[@]}"; echo "containers stopped" ;;
  *:status) for i in "${!NAMES[@]}"; do status_line "${NAMES[$i]}" "${PORTS[$i]}"; done ;;
  *:wipe)
    if [ $YES = 0 ]; then
      read -r -p "delete all data of the $MODE cluster (stops it first)? [y/N] " answer
      case "$answer" in y|Y|yes) ;; *) echo "nothing deleted"; exit 1 ;; esac
    fi
    if [ "$MODE" = docker ]; then compose down -v; else local_stop; rm -rf "$RUN/data"; fi
    echo "data deleted" ;;
esac
