#!/usr/bin/env bash
# Does the .deb's Depends line suffice? Install it on a minimal Debian 12 and smoke-test it.
#
#   bash resources/packaging/check-deb-minimal.sh [PATH.deb]
#
# check-deb.sh runs on a developer/CI machine that already has every library installed, so a
# library missing from Depends would go unnoticed there. This check builds a throwaway
# `debootstrap --variant=minbase bookworm` root, installs the package into it with apt (which
# pulls in exactly the Depends), adds only what the Recommends name for the keyring (dbus,
# gnome-keyring) plus Xvfb, and runs `reviewer --smoke-test` offscreen and on xcb. There is no
# audio server in the root: the audio check then proves PortAudio loads from the bundle.
# Needs root and the Debian mirror (about 60 MB downloaded, about 1-2 minutes). Builds the
# package first when no .deb is given.
set -euo pipefail
cd "$(dirname "$0")/../.."

say() { printf '[check-deb-minimal] %s\n' "$*" >&2; }
die() { say "FAILED: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "must run as root (debootstrap, chroot)"
if ! command -v debootstrap >/dev/null; then
  say "installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap \
    >/dev/null
fi
MIRROR=${REVIEWER_DEBIAN_MIRROR:-http://deb.debian.org/debian}

DEB=${1:-}
if [ -z "$DEB" ]; then
  DEB=$(bash resources/packaging/build-linux.sh | tail -n 1)
fi
[ -f "$DEB" ] || die "no package at $DEB"

ROOTFS=$(mktemp -d /tmp/reviewer-minimal-root.XXXXXX)
cleanup() {
  umount "$ROOTFS/proc" 2>/dev/null || true
  rm -rf --one-file-system "$ROOTFS"
}
trap cleanup EXIT

started=$(date +%s)
say "debootstrap minbase bookworm into $ROOTFS"
debootstrap --variant=minbase bookworm "$ROOTFS" "$MIRROR" >"$ROOTFS.log" 2>&1 ||
  { tail -n 20 "$ROOTFS.log" >&2; rm -f "$ROOTFS.log"; die "debootstrap failed"; }
rm -f "$ROOTFS.log"
mount -t proc proc "$ROOTFS/proc"
cp "$DEB" "$ROOTFS/tmp/reviewer.deb"

say "installing the package with its Depends only, then dbus, gnome-keyring and Xvfb"
chroot "$ROOTFS" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
  bash -c 'apt-get update -qq && apt-get install -y -qq --no-install-recommends /tmp/reviewer.deb &&
           apt-get install -y -qq --no-install-recommends dbus gnome-keyring xvfb xauth' \
  >"$ROOTFS/tmp/apt.log" 2>&1 || { tail -n 20 "$ROOTFS/tmp/apt.log" >&2; die "apt-get failed"; }
# shellcheck disable=SC2016  # ${Status} is dpkg-query's field, not a shell variable
if [ "$(chroot "$ROOTFS" dpkg-query -W -f='${Status}' libportaudio2 2>/dev/null || true)" \
     = "install ok installed" ]; then
  die "libportaudio2 got installed: the check would not prove the bundled PortAudio is used"
fi

say "smoke tests inside the minimal root"
# The same private D-Bus session and unlocked gnome-keyring that dev.sh starts; the
# dbus-daemon's "Failed to set fd limit" notice (not the app's) is dropped as in dev.sh.
chroot "$ROOTFS" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root bash -c '
  set -euo pipefail
  mkdir -p -m 700 /tmp/run && export XDG_RUNTIME_DIR=/tmp/run
  cd /tmp
  dbus-run-session -- bash -c "
    printf %s smoke-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    reviewer --smoke-test >/tmp/offscreen.out 2>/tmp/offscreen.err || echo \$? >/tmp/offscreen.rc
    QT_QPA_PLATFORM=xcb xvfb-run -a reviewer --smoke-test >/tmp/xcb.out 2>/tmp/xcb.err ||
      echo \$? >/tmp/xcb.rc
  " 2> >(grep -v "Failed to set fd limit" >&2)
'
for run in offscreen xcb; do
  sed 's/^/    /' "$ROOTFS/tmp/$run.out" >&2
  if [ -s "$ROOTFS/tmp/$run.err" ] || [ -f "$ROOTFS/tmp/$run.rc" ]; then
    sed 's/^/    /' "$ROOTFS/tmp/$run.err" >&2
    die "the smoke test ($run) failed or wrote to stderr on a minimal Debian 12"
  fi
  grep -q 'PortAudio loaded from /opt/reviewer/' "$ROOTFS/tmp/$run.out" ||
    die "the smoke test ($run) did not load the bundled PortAudio"
  # The codecs come from Debian's libsndfile1, pulled in by Depends (none is bundled).
  grep -E -q 'libsndfile [^ ]+ loaded from /(usr/)?lib/' "$ROOTFS/tmp/$run.out" ||
    die "the smoke test ($run) did not decode with Debian's libsndfile"
done
say "passed in $(( $(date +%s) - started )) s: Depends suffice on a minimal Debian 12"
