#!/usr/bin/env bash
# A real S3 server for the exchange tests: a single-node Ceph (one monitor, one memstore OSD,
# one RADOS Gateway) on 127.0.0.1, all state in one temporary folder.
#
#   bash resources/dev/ceph_rgw.sh start [USER...]   prints env lines (KEY=value), one a line:
#       REVIEWER_CEPH_DIR (give it to `stop`), REVIEWER_S3_ENDPOINT, and for each USER
#       (default: org ws-a ws-b lead) REVIEWER_S3_<USER>_ACCESS_KEY / _SECRET_KEY
#       (upper case, '-' as '_'). The first user is meant to own the buckets.
#       With CEPH_RGW_TLS_CERT and CEPH_RGW_TLS_KEY (PEM files: the server's certificate
#       chain and its key), the gateway also serves HTTPS on 127.0.0.1 and prints
#       REVIEWER_S3_TLS_PORT (the certificate says which host names it is valid for).
#   bash resources/dev/ceph_rgw.sh stop DIR          stops the daemons and removes DIR
#   bash resources/dev/ceph_rgw.sh gateway-stop DIR  stops only the gateway (the store keeps
#       its objects: the monitor and the OSD run on), as an outage of the S3 endpoint
#   bash resources/dev/ceph_rgw.sh gateway-start DIR starts it again, on the same port
#   bash resources/dev/ceph_rgw.sh admin DIR ARGS... radosgw-admin on that cluster (users, keys)
#
# Installs its Debian packages when missing (as root; otherwise says what to install). Facts
# behind the settings: ../../../shared/PLATFORM.md "Object storage" (Ceph 16.2, bookworm).
set -euo pipefail

PACKAGES=(radosgw ceph-mon ceph-osd ceph-common uuid-runtime curl)
READY=0
say() { printf '[ceph_rgw] %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

ensure_packages() {
  local missing=() p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    die "missing system packages: ${missing[*]} (sudo apt-get install -y --no-install-recommends ${missing[*]})"
  fi
  say "installing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 \
    --no-install-recommends "${missing[@]}" >/dev/null
}

# A base port with `count` free ports after it, in the dynamic range (49152-65535).
free_ports() {
  python3 - "$1" <<'EOF'
import random, socket, sys
count = int(sys.argv[1])
for _ in range(200):
    base = random.randrange(49152, 65535 - count)
    socks = []
    try:
        for port in range(base, base + count):
            s = socket.socket()
            s.bind(("127.0.0.1", port))
            socks.append(s)
    except OSError:
        continue
    finally:
        for s in socks:
            s.close()
    print(base)
    break
else:
    sys.exit("no free port range")
EOF
}

# Waits up to $1 seconds for "$2..." to succeed.
wait_for() {
  local limit=$1 start=$SECONDS
  shift
  until "$@" >/dev/null 2>&1; do
    [ $((SECONDS - start)) -lt "$limit" ] || return 1
    sleep 0.1
  done
}

osd_active() { ceph -c "$CONF" daemon osd.0 status 2>/dev/null | grep -q '"state": "active"'; }

# A SigV4-signed PUT (curl 7.88 does not send the payload-hash header the gateway requires).
signed_put() {
  curl -sf --aws-sigv4 "aws:amz:us-east-1:s3" --user "$1:$2" \
    -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" -X PUT "$3" "${@:4}"
}

cmd_start() {
  local users=("$@")
  [ ${#users[@]} -gt 0 ] || users=(org ws-a ws-b lead)
  if [ -n "${CEPH_RGW_TLS_CERT:-}" ] || [ -n "${CEPH_RGW_TLS_KEY:-}" ]; then
    [ -r "${CEPH_RGW_TLS_CERT:-}" ] && [ -r "${CEPH_RGW_TLS_KEY:-}" ] ||
      die "CEPH_RGW_TLS_CERT and CEPH_RGW_TLS_KEY must both name readable PEM files"
  fi
  ensure_packages
  local t0 base fsid
  t0=$(date +%s.%N)
  dir=$(mktemp -d /tmp/reviewer-ceph.XXXXXX)
  # Whatever fails from here on, nothing is left running.
  trap '[ "$READY" = 1 ] || [ -n "${CEPH_RGW_KEEP:-}" ] || cmd_stop "$dir"' EXIT
  CONF=$dir/ceph.conf
  base=$(free_ports 24)
  fsid=$(uuidgen)
  # Ports: monitor at base, gateway at base+1 (HTTPS, if asked, at base+2), the OSD's
  # messengers in base+4..base+23.
  local mon_port=$base rgw_port=$((base + 1)) tls_port=$((base + 2)) tls_frontend=""
  if [ -n "${CEPH_RGW_TLS_CERT:-}" ]; then
    # Copies in the state folder: the gateway reads them at start, and `stop` removes them.
    install -m 600 "$CEPH_RGW_TLS_CERT" "$dir/tls-cert.pem"
    install -m 600 "$CEPH_RGW_TLS_KEY" "$dir/tls-key.pem"
    tls_frontend=" ssl_endpoint=127.0.0.1:$tls_port ssl_certificate=$dir/tls-cert.pem ssl_private_key=$dir/tls-key.pem"
  fi
  cat >"$CONF" <<EOF
[global]
fsid = $fsid
mon_host = v2:127.0.0.1:$mon_port
public_addr = 127.0.0.1
cluster_addr = 127.0.0.1
ms_bind_ipv4 = true
ms_bind_ipv6 = false
ms_bind_port_min = $((base + 4))
ms_bind_port_max = $((base + 23))
osd_pool_default_size = 1
osd_pool_default_min_size = 1
mon_allow_pool_size_one = true
osd_crush_chooseleaf_type = 0
osd_pool_default_pg_num = 8
osd_pool_default_pgp_num = 8
osd_pool_default_pg_autoscale_mode = off
run_dir = $dir
pid_file = $dir/\$name.pid
admin_socket = $dir/\$name.asok
log_file = $dir/\$name.log
keyring = $dir/keyring
client_mount_timeout = 30
rados_mon_op_timeout = 30
[mon]
mon_data = $dir/mon.\$id
paxos_propose_interval = 0.05
mon_allow_pool_delete = true
[osd]
osd_objectstore = memstore
osd_data = $dir/osd.\$id
[client.rgw.a]
rgw_frontends = beast endpoint=127.0.0.1:$rgw_port$tls_frontend
rgw_data = $dir/rgw
EOF
  mkdir -p "$dir/mon.a" "$dir/osd.0" "$dir/rgw"
  # cephx, as in production; every key in one keyring file (the monitor imports them at mkfs).
  ceph-authtool --create-keyring "$dir/keyring" --gen-key -n mon. --cap mon 'allow *' >/dev/null
  ceph-authtool "$dir/keyring" --gen-key -n client.admin --cap mon 'allow *' --cap osd 'allow *' \
    --cap mgr 'allow *' >/dev/null
  ceph-authtool "$dir/keyring" --gen-key -n osd.0 --cap mon 'allow profile osd' \
    --cap osd 'allow *' --cap mgr 'allow profile osd' >/dev/null
  ceph-authtool "$dir/keyring" --gen-key -n client.rgw.a --cap mon 'allow rw' \
    --cap osd 'allow rwx' >/dev/null
  monmaptool --create --fsid "$fsid" --addv a "[v2:127.0.0.1:$mon_port]" "$dir/monmap" >/dev/null
  ceph-mon -c "$CONF" --mkfs -i a --monmap "$dir/monmap" --keyring "$dir/keyring" 2>>"$dir/setup.log"
  ceph-mon -c "$CONF" -i a 2>>"$dir/setup.log"
  local osd_uuid
  osd_uuid=$(uuidgen)
  ceph -c "$CONF" osd new "$osd_uuid" 0 >/dev/null 2>>"$dir/setup.log" \
    || { die "the monitor did not answer (log: $dir)"; }
  ceph-osd -c "$CONF" -i 0 --mkfs --osd-uuid "$osd_uuid" 2>>"$dir/setup.log" >/dev/null
  ceph-osd -c "$CONF" -i 0 2>>"$dir/setup.log"
  wait_for 30 osd_active || { die "the OSD did not become active"; }
  radosgw -c "$CONF" -n client.rgw.a 2>>"$dir/setup.log"
  wait_for 60 curl -sf "http://127.0.0.1:$rgw_port/" \
    || { die "the gateway did not answer on 127.0.0.1:$rgw_port"; }
  if [ -n "$tls_frontend" ]; then
    # -k: this only asks whether HTTPS answers; the tests check the certificate properly.
    wait_for 30 curl -sfk "https://127.0.0.1:$tls_port/" \
      || { die "the gateway did not answer HTTPS on 127.0.0.1:$tls_port"; }
  fi
  local u access secret var first=""
  for u in "${users[@]}"; do
    access=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n' | tr a-f A-F)
    secret=$(head -c 30 /dev/urandom | base64 | tr -d '/+=\n')
    radosgw-admin -c "$CONF" -n client.rgw.a user create --uid "$u" --display-name "$u" \
      --access-key "$access" --secret-key "$secret" >/dev/null 2>>"$dir/setup.log"
    var=REVIEWER_S3_$(printf %s "$u" | tr 'a-z-' 'A-Z_')
    printf '%s_ACCESS_KEY=%s\n%s_SECRET_KEY=%s\n' "$var" "$access" "$var" "$secret"
    [ -n "$first" ] || first="$access:$secret"
  done >"$dir/env.users"
  # Ready means a signed PUT works (bucket and object), not just an open port.
  local url="http://127.0.0.1:$rgw_port/ceph-rgw-probe"
  wait_for 30 signed_put "${first%%:*}" "${first#*:}" "$url" \
    || { die "the gateway refused a signed PUT (log: $dir)"; }
  signed_put "${first%%:*}" "${first#*:}" "$url/probe" --data-binary ok >/dev/null \
    || { die "the gateway refused an object PUT (log: $dir)"; }
  READY=1
  printf 'REVIEWER_CEPH_DIR=%s\nREVIEWER_S3_ENDPOINT=http://127.0.0.1:%s\n' "$dir" "$rgw_port"
  [ -z "$tls_frontend" ] || printf 'REVIEWER_S3_TLS_PORT=%s\n' "$tls_port"
  cat "$dir/env.users"
  say "gateway on 127.0.0.1:$rgw_port ready in $(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$t0" "$(date +%s.%N)") s (state: $dir)"
}

# PIDs of the daemons started in $1, gateway first (it talks to the others).
daemon_pids() {
  local f
  for f in "$1/client.rgw.a.pid" "$1/osd.0.pid" "$1/mon.a.pid"; do
    [ -s "$f" ] && cat "$f"
  done
  return 0
}

cmd_stop() {
  local dir=${1:-}
  [ -n "$dir" ] && [ -f "$dir/ceph.conf" ] || die "usage: ceph_rgw.sh stop DIR (a folder that start printed)"
  local pids pid
  pids=$(daemon_pids "$dir")
  for pid in $pids; do kill "$pid" 2>/dev/null || true; done
  # memstore's OSD does not exit promptly on SIGTERM: 2 s, then SIGKILL what remains.
  local waited=0
  while [ $waited -lt 20 ]; do
    local alive=0
    for pid in $pids; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ $alive -eq 0 ] && break
    sleep 0.1; waited=$((waited + 1))
  done
  for pid in $pids; do kill -9 "$pid" 2>/dev/null || true; done
  for pid in $pids; do
    wait_for 10 bash -c "! kill -0 $pid" || say "process $pid did not exit"
  done
  # The ports close with their processes; wait until nothing listens on the gateway's port.
  local port
  port=$(gateway_port "$dir")
  [ -n "$port" ] && wait_for 10 bash -c "! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null"
  rm -rf "$dir"
}

check_dir() {
  [ -n "${1:-}" ] && [ -f "$1/ceph.conf" ] || die "not a folder that start printed: ${1:-}"
}

# The plain-HTTP port, with or without the TLS endpoint after it on the line.
gateway_port() {
  sed -n 's/^rgw_frontends = beast endpoint=127.0.0.1:\([0-9]*\)\( .*\)\{0,1\}$/\1/p' "$1/ceph.conf"
}

cmd_gateway_stop() {
  check_dir "${1:-}"
  local pid port
  pid=$(cat "$1/client.rgw.a.pid" 2>/dev/null || true)
  [ -n "$pid" ] || die "no gateway running in $1"
  kill "$pid" 2>/dev/null || true
  wait_for 10 bash -c "! kill -0 $pid" || { kill -9 "$pid" 2>/dev/null || true; }
  wait_for 10 bash -c "! kill -0 $pid" || die "the gateway (process $pid) did not exit"
  port=$(gateway_port "$1")
  wait_for 10 bash -c "! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null" \
    || die "port $port still open"
  rm -f "$1/client.rgw.a.pid"
}

cmd_gateway_start() {
  check_dir "${1:-}"
  local port
  port=$(gateway_port "$1")
  radosgw -c "$1/ceph.conf" -n client.rgw.a 2>>"$1/setup.log"
  wait_for 60 curl -sf "http://127.0.0.1:$port/" \
    || die "the gateway did not answer on 127.0.0.1:$port"
}

cmd_admin() {
  check_dir "${1:-}"
  local dir=$1
  shift
  radosgw-admin -c "$dir/ceph.conf" -n client.rgw.a "$@" 2>>"$dir/setup.log"
}

case "${1:-}" in
  start) shift; cmd_start "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  gateway-stop) shift; cmd_gateway_stop "$@" ;;
  gateway-start) shift; cmd_gateway_start "$@" ;;
  admin) shift; cmd_admin "$@" ;;
  *) echo "usage: bash resources/dev/ceph_rgw.sh {start [USER...]|stop DIR|gateway-stop DIR|gateway-start DIR|admin DIR ARGS...}" >&2; exit 2 ;;
esac
