#!/usr/bin/env bash
# The services the scale tests need (issue 11), on this machine, all in one folder:
#   a PostgreSQL primary of their own, a streaming replica of it (pg_basebackup -R),
#   pgbouncer in transaction mode in front of the primary, and Redis (started only
#   when none answers on 127.0.0.1:6379).
#
#   scripts/ci-services.sh up DIR             start them; writes DIR/env (export lines for the tests)
#   scripts/ci-services.sh down DIR           stop what `up` started and remove DIR
#   scripts/ci-services.sh replica-stop DIR   stop the replica (the tests' "replica down")
#   scripts/ci-services.sh replica-start DIR  start it again and wait until it streams
#
# The fault tests (issue 10 item 6, test/faults) restart and kill PostgreSQL, so
# they use a lone primary of their own (never the server on 5432, never the
# shared primary above, which other test files use at the same time):
#   scripts/ci-services.sh primary-up DIR       a lone primary (fsync on: a kill -9 must not lose an acknowledged commit); DIR/env
#   scripts/ci-services.sh primary-restart DIR  pg_ctl restart -m fast (what an operator does)
#   scripts/ci-services.sh primary-kill DIR     SIGKILL to the postmaster and every backend (a crash), nothing restarted
#   scripts/ci-services.sh primary-start DIR    start it again (crash recovery after a kill) and wait until it accepts
#   scripts/ci-services.sh down DIR             as above
#
# Why a primary of their own rather than a replica of the server on 5432: that
# server holds every benchmark database (GBs to copy), and replicating it needs
# a replication line in its pg_hba.conf; a fresh cluster copies in a second and
# touches nothing else. Ports: the first free from 5433 (replica), 5434
# (primary), 6432 (pgbouncer). PostgreSQL refuses to run as root: as root the
# servers run as the postgres OS user.
set -euo pipefail

cmd=${1:?usage: ci-services.sh up|down|replica-stop|replica-start|primary-up|primary-restart|primary-kill|primary-start DIR}
dir=${2:?usage: ci-services.sh $cmd DIR}
pg_bin=${PG_BIN_DIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$pg_bin/initdb" ] || { echo "ci-services: no PostgreSQL binaries (set PG_BIN_DIR)" >&2; exit 1; }

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local p=$1
  while busy "$p" || grep -qs "^$p\$" "$dir/ports"; do p=$((p + 1)); done
  echo "$p" >> "$dir/ports"
  echo "$p"
}
wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local s=$1 what=$2
  shift 2
  for _ in $(seq 1 $((s * 5))); do "$@" > /dev/null 2>&1 && return 0; sleep 0.2; done
  echo "ci-services: $what did not come up in ${s}s" >&2
  return 1
}
pg_ctl_() { as_pg "$pg_bin/pg_ctl" "$@"; }
streaming() { # the replica is in recovery and its WAL receiver streams
  [ "$("$pg_bin/psql" -h 127.0.0.1 -p "$(cat "$dir/replica.port")" -U postgres -d postgres -Atc \
    "SELECT pg_is_in_recovery() AND EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming')")" = t ]
}

install_if_missing() { # install_if_missing COMMAND PACKAGE
  command -v "$1" > /dev/null && return 0
  [ "$(id -u)" = 0 ] || { echo "ci-services: $1 is missing (apt-get install $2)" >&2; return 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" > /dev/null 2>&1 || {
    apt-get update -qq > /dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" > /dev/null
  }
}

up() {
  mkdir -p "$dir"
  : > "$dir/ports"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  local pport rport bport
  pport=$(free_port 5434)
  rport=$(free_port 5433)
  bport=$(free_port 6432)
  echo "$rport" > "$dir/replica.port"

  # Primary: trust on loopback and the folder's socket (initdb's default pg_hba.conf
  # has the replication lines); fsync off: a test cluster, thrown away after.
  as_pg "$pg_bin/initdb" -D "$dir/primary" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-instructions > "$dir/initdb.log"
  cat >> "$dir/primary/postgresql.conf" <<EOF
port = $pport
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 200
shared_buffers = 64MB
fsync = off
synchronous_commit = on
full_page_writes = off
wal_level = replica
max_wal_senders = 4
wal_keep_size = 256MB
EOF
  pg_ctl_ -D "$dir/primary" -l "$dir/primary.log" -w -t 60 start > /dev/null

  # Replica: a base backup with -R (standby.signal and primary_conninfo), on its own port.
  as_pg "$pg_bin/pg_basebackup" -h 127.0.0.1 -p "$pport" -U postgres -D "$dir/replica" -R -X stream -c fast
  cat >> "$dir/replica/postgresql.conf" <<EOF
port = $rport
hot_standby = on
hot_standby_feedback = on
EOF
  pg_ctl_ -D "$dir/replica" -l "$dir/replica.log" -w -t 60 start > /dev/null
  wait_for 30 "the replica's streaming" streaming

  # pgbouncer 1.18 in transaction mode in front of the primary; any database name.
  # ignore_startup_parameters leaves out `options` on purpose: a hub that still
  # sends its limits there (DB_TRANSACTION_POOLING unset) is refused, not silently
  # stripped of its timeouts.
  install_if_missing pgbouncer pgbouncer
  mkdir -p "$dir/pgbouncer"
  echo '"postgres" ""' > "$dir/pgbouncer/userlist.txt"
  cat > "$dir/pgbouncer/pgbouncer.ini" <<EOF
[databases]
* = host=127.0.0.1 port=$pport
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $bport
unix_socket_dir =
auth_type = trust
auth_file = $dir/pgbouncer/userlist.txt
pool_mode = transaction
max_client_conn = 400
default_pool_size = 20
ignore_startup_parameters = extra_float_digits
server_reset_query =
logfile = $dir/pgbouncer/pgbouncer.log
pidfile = $dir/pgbouncer/pgbouncer.pid
admin_users = postgres
EOF
  [ "$(id -u)" = 0 ] && chown -R postgres: "$dir/pgbouncer"
  as_pg pgbouncer -d -q "$dir/pgbouncer/pgbouncer.ini"
  wait_for 20 pgbouncer "$pg_bin/psql" -h 127.0.0.1 -p "$bport" -U postgres -d postgres -Atc 'SELECT 1'

  # Redis: the machine's when it answers, else one of our own (no persistence).
  if ! redis-cli -h 127.0.0.1 -p 6379 ping > /dev/null 2>&1; then
    install_if_missing redis-server redis-server
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"
    echo started > "$dir/redis.started"
    wait_for 20 Redis redis-cli -h 127.0.0.1 -p 6379 ping
  fi

  cat > "$dir/env" <<EOF
export CI_SERVICES_DIR=$dir
export CI_REPLICA_PRIMARY_URL=postgresql://postgres@127.0.0.1:$pport/postgres
export CI_READ_REPLICA_URL=postgresql://postgres@127.0.0.1:$rport/postgres
export CI_PGBOUNCER_URL=postgresql://postgres@127.0.0.1:$bport/postgres
export CI_REDIS_URL=redis://127.0.0.1:6379
EOF
  echo "ci-services: primary :$pport, replica :$rport (streaming), pgbouncer :$bport (transaction mode), redis :6379 — $dir/env"
}

# A lone primary for the fault tests: no replica, no pgbouncer, no Redis; fsync and
# synchronous_commit on, as in production (the kill -9 test checks acknowledged commits).
primary_up() {
  mkdir -p "$dir"
  : > "$dir/ports"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  local pport tries
  as_pg "$pg_bin/initdb" -D "$dir/primary" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-instructions > "$dir/initdb.log"
  cat >> "$dir/primary/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 100
shared_buffers = 32MB
fsync = on
synchronous_commit = on
EOF
  # Several test files start one each at the same time: a port from a spread-out start, and the next
  # one when another cluster took it between the check and the bind.
  for tries in 1 2 3 4 5; do
    pport=$(free_port $((5440 + RANDOM % 400)))
    echo "port = $pport" > "$dir/primary/port.conf"
    grep -q "^include_if_exists = 'port.conf'" "$dir/primary/postgresql.conf" || echo "include_if_exists = 'port.conf'" >> "$dir/primary/postgresql.conf"
    chown postgres: "$dir/primary/port.conf" 2> /dev/null || true
    pg_ctl_ -D "$dir/primary" -l "$dir/primary.log" -w -t 60 start > /dev/null && break
    [ "$tries" = 5 ] && { echo "ci-services: the lone primary did not start (see $dir/primary.log)" >&2; exit 1; }
  done
  cat > "$dir/env" <<EOF
export CI_FAULT_DIR=$dir
export CI_FAULT_DATABASE_URL=postgresql://postgres@127.0.0.1:$pport/postgres
EOF
  echo "ci-services: lone primary :$pport — $dir/env"
}

# SIGKILL to the postmaster and its children (backends, checkpointer, walwriter …), by their ids.
primary_kill() {
  local pid children
  pid=$(head -1 "$dir/primary/postmaster.pid")
  children=$(pgrep -P "$pid" || true)
  kill -9 "$pid" $children 2> /dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
}

down() {
  [ -d "$dir" ] || return 0
  if [ -f "$dir/pgbouncer/pgbouncer.pid" ]; then kill "$(cat "$dir/pgbouncer/pgbouncer.pid")" 2> /dev/null || true; fi
  for d in replica primary; do
    if [ -f "$dir/$d/postmaster.pid" ]; then pg_ctl_ -D "$dir/$d" -m immediate -w -t 30 stop > /dev/null 2>&1 || true; fi
  done
  if [ -f "$dir/redis.started" ] && [ -f "$dir/redis.pid" ]; then kill "$(cat "$dir/redis.pid")" 2> /dev/null || true; fi
  rm -rf "$dir"
}

case "$cmd" in
  up) up ;;
  down) down ;;
  replica-stop) pg_ctl_ -D "$dir/replica" -m fast -w -t 30 stop > /dev/null ;;
  replica-start)
    pg_ctl_ -D "$dir/replica" -l "$dir/replica.log" -w -t 60 start > /dev/null
    wait_for 30 "the replica's streaming" streaming
    ;;
  primary-up) primary_up ;;
  primary-restart) pg_ctl_ -D "$dir/primary" -l "$dir/primary.log" -m fast -w -t 60 restart > /dev/null ;;
  primary-kill) primary_kill ;;
  primary-start) pg_ctl_ -D "$dir/primary" -l "$dir/primary.log" -w -t 60 start > /dev/null ;;
  *) echo "ci-services: unknown command $cmd" >&2; exit 2 ;;
esac
