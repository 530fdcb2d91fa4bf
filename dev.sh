#!/usr/bin/env bash
# Developer entry point. On a fresh Debian/Ubuntu machine (as root, or with the apt packages
# below already installed):
#   bash dev.sh demo          run the app on a throwaway demo workspace
#   bash dev.sh test [ARGS]   install what is needed, start the real parts, run every check
# Also: `bash dev.sh run CMD...` runs CMD inside the venv with the real parts started,
#       `bash dev.sh shots` renders docs/screenshots/, `bash dev.sh bench FILE` runs the benchmark.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
VENV=${REVIEWER_VENV:-$ROOT/.venv}
PYTHON=${PYTHON:-python3}

# Qt's xcb platform, PortAudio, the virtual audio server, the Secret Service, Xvfb, the
# speech tools used to rebuild the demo package, and Ceph for the exchange tests.
APT_PACKAGES=(
  xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1
  libfontconfig1 fonts-dejavu-core
  libportaudio2 pulseaudio pulseaudio-utils libasound2-plugins
  libsndfile1  # the .deb's codecs come from Debian's copy (resources/packaging/README.md)
  dbus gnome-keyring
  espeak-ng sox libsox-fmt-all
  appstream desktop-file-utils man-db  # packaging tests: metainfo, .desktop, man page
  # The exchange tests' real S3 server: a single-node Ceph RADOS Gateway (resources/dev/ceph_rgw.sh).
  radosgw ceph-mon ceph-osd ceph-common uuid-runtime curl
  faketime  # the exchange tests skew a real sync's clock (tests/exchange/test_sync_outages.py)
  # The sync's HTTPS trusts the system's store; its user service is checked with
  # systemd-analyze (tests/exchange/test_tls.py, test_sync_service.py, check-deb.sh).
  ca-certificates systemd
  # the accessibility bus and Debian's pyatspi (tests/ui/test_atspi.py reads the window as a
  # screen reader would)
  at-spi2-core python3-pyatspi
)

say() { printf '[dev.sh] %s\n' "$*" >&2; }

ensure_apt() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    say "missing system packages: ${missing[*]}"
    say "install them with: sudo apt-get install -y --no-install-recommends ${missing[*]}"
    exit 1
  fi
  say "installing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_venv() {
  local stamp="$VENV/.reviewer-stamp" want
  want=$(cat pyproject.toml | sha256sum | cut -c1-16)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then ensure_translations; return 0; fi
  say "preparing the virtual environment in $VENV"
  [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e ".[test,package]"
  echo "$want" >"$stamp"
  ensure_translations
}

# The interface's translations (.qm) are build output: compile them from the .ts sources.
ensure_translations() {
  "$VENV/bin/python" resources/dev/update_translations.py release >/dev/null
}

# The real parts live in a private runtime folder, so parallel runs never share a daemon.
REAL_DIR=""
start_audio() {
  REAL_DIR=$(mktemp -d /tmp/reviewer-real.XXXXXX)
  mkdir -p "$REAL_DIR/run" "$REAL_DIR/data" "$REAL_DIR/home"
  chmod 700 "$REAL_DIR/run"
  export XDG_RUNTIME_DIR=$REAL_DIR/run XDG_DATA_HOME=$REAL_DIR/data
  # PulseAudio keeps its cookie under HOME; keep that private too.
  export REVIEWER_REAL_HOME=$HOME HOME=$REAL_DIR/home
  pulseaudio --start --exit-idle-time=-1 --log-target=file:"$REAL_DIR/pulse.log" 2>/dev/null
  pactl load-module module-null-sink sink_name=test_sink rate=48000 >/dev/null
  pactl set-default-sink test_sink
  pactl set-default-source test_sink.monitor
  # An idle null sink renders 2 s blocks; a low-latency reader on its monitor prevents stalls.
  parec --latency-msec=20 -d test_sink.monitor >/dev/null 2>&1 &
  echo $! >"$REAL_DIR/parec.pid"
  sleep 1
  export REVIEWER_AUDIO_SINK=test_sink
  say "audio: PulseAudio null sink 'test_sink' in $XDG_RUNTIME_DIR"
}

stop_real_parts() {
  [ -n "$REAL_DIR" ] || return 0
  [ -f "$REAL_DIR/parec.pid" ] && kill "$(cat "$REAL_DIR/parec.pid")" 2>/dev/null || true
  pulseaudio --kill 2>/dev/null || true
  HOME=${REVIEWER_REAL_HOME:-$HOME}
  rm -rf "$REAL_DIR"
  REAL_DIR=""
}

# Runs "$@" inside a private D-Bus session with an unlocked gnome-keyring (Secret Service).
with_keyring() {
  REVIEWER_KEYRING_PASS=${REVIEWER_KEYRING_PASS:-test-pass} \
    dbus-run-session -- bash -c '
      printf %s "$REVIEWER_KEYRING_PASS" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
      export REVIEWER_SECRET_SERVICE=1
      exec "$@"' bash "$@" 2> >(grep -v "Failed to set fd limit" >&2)
}

in_venv() { PATH="$VENV/bin:$PATH" VIRTUAL_ENV=$VENV "$@"; }

cmd_test() {
  ensure_apt
  ensure_venv
  say "ruff"; in_venv ruff check reviewer tests resources
  say "mypy"; in_venv mypy
  say "import-linter"; in_venv lint-imports
  trap stop_real_parts EXIT
  start_audio
  # A full run (no pytest arguments) measures coverage, lines and branches, child processes
  # included ([tool.coverage] in pyproject.toml), and then holds each package to its floor
  # ([tool.reviewer.coverage-floors]). A partial run would miss floors by design: unmeasured.
  local cov=()
  if [ $# -eq 0 ]; then
    rm -rf build/coverage && mkdir -p build/coverage
    cov=(--cov --cov-report=json:build/coverage/coverage.json --cov-report=)
  fi
  say "pytest"
  with_keyring env PATH="$VENV/bin:$PATH" python -m pytest "${cov[@]}" "$@"
  if [ $# -eq 0 ]; then
    say "coverage floors (details: coverage report --data-file=build/coverage/data)"
    in_venv python resources/dev/coverage_floors.py build/coverage/coverage.json
  else
    say "coverage not measured: pytest arguments given (floors apply to full runs)"
  fi
}

cmd_run() {
  ensure_apt
  ensure_venv
  trap stop_real_parts EXIT
  start_audio
  with_keyring env PATH="$VENV/bin:$PATH" "$@"
}

cmd_demo() {
  ensure_apt
  ensure_venv
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    say "no display found: running on a virtual X screen (xvfb-run); use a desktop session to see it"
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$VENV/bin/reviewer" --demo "$@"
  fi
  exec "$VENV/bin/reviewer" --demo "$@"
}

cmd_shots() {
  ensure_apt
  ensure_venv
  trap stop_real_parts EXIT
  start_audio
  with_keyring env PATH="$VENV/bin:$PATH" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c \
      'python resources/dev/screenshots.py docs/screenshots && python resources/dev/lead_screenshots.py && python resources/dev/layout_screenshots.py docs/screenshots && python resources/dev/l10n_screenshots.py docs/screenshots && python resources/dev/sync_screenshots.py docs/screenshots'
}

# The audio bench compares against Qt's QMediaPlayer, which needs PySide6-Addons (the
# optional "bench" extra; the app and CI do without it).
ensure_bench_extra() {
  "$VENV/bin/python" -c "import PySide6.QtMultimedia" >/dev/null 2>&1 && return 0
  say "installing the bench extra (PySide6-Addons, for Qt's QMediaPlayer)"
  "$VENV/bin/python" -m pip install -q -e ".[test,package,bench]"
}

cmd_bench() {
  ensure_apt
  ensure_venv
  # `bench sync [--workstations N] [--packages N]`: the exchange bench alone (issue 18).
  if [ "${1:-}" = sync ]; then
    shift
    while [ $# -gt 0 ]; do
      case "$1" in
        --workstations) export BENCH_SYNC_WORKSTATIONS="$2"; shift 2 ;;
        --packages) export BENCH_SYNC_PACKAGES="$2"; shift 2 ;;
        *) echo "usage: bash dev.sh bench sync [--workstations N] [--packages N]" >&2; exit 2 ;;
      esac
    done
    set -- --only bench_sync
  else
    ensure_bench_extra
  fi
  trap stop_real_parts EXIT
  start_audio
  with_keyring env PATH="$VENV/bin:$PATH" python tests/perf/run.py "$@"
}

case "${1:-}" in
  test) shift; cmd_test "$@" ;;
  demo) shift; cmd_demo "$@" ;;
  run) shift; cmd_run "$@" ;;
  shots) shift; cmd_shots "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  *) echo "usage: bash dev.sh {demo|test [pytest args]|run CMD...|shots|bench [--json FILE] [--only NAME...]|bench sync [--workstations N]}" >&2; exit 2 ;;
esac
