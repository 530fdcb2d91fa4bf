#!/usr/bin/env bash
# Build the Linux installer: dist/reviewer_<version>_amd64.deb
#
#   bash resources/packaging/build-linux.sh
#
# Freezes the app with PyInstaller (one folder, installed as /opt/reviewer), works out the
# package's Depends from what the bundle links to, and packs the .deb with dpkg-deb.
# Needs: the project venv (.venv, or $REVIEWER_VENV), libportaudio2 (bundled into the app),
# dpkg-deb, ldd and binutils (installed here when missing and run as root).
# Intermediate files go to build/packaging/.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
VENV=${REVIEWER_VENV:-$ROOT/.venv}
PY=$VENV/bin/python
BUILD=$ROOT/build/packaging
HERE=$ROOT/resources/packaging
MAINTAINER=${REVIEWER_MAINTAINER:-Reviewer packaging <packaging@reviewer.invalid>}

say() { printf '[build-linux] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

[ -x "$PY" ] || die "no virtual environment at $VENV (run: bash dev.sh test, or set REVIEWER_VENV)"
command -v dpkg-deb >/dev/null || die "dpkg-deb not found (a Debian or Ubuntu machine is needed)"
command -v ldd >/dev/null || die "ldd not found"
# PyInstaller needs objdump on Linux, and the debug-info strip needs strip: both binutils.
if ! command -v objdump >/dev/null || ! command -v strip >/dev/null; then
  [ "$(id -u)" -eq 0 ] || die "binutils is not installed (sudo apt-get install binutils)"
  say "installing binutils (PyInstaller needs objdump)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends binutils >/dev/null
fi
[ "$(dpkg --print-architecture)" = amd64 ] || die "this recipe builds amd64 packages only"
# sounddevice's PyInstaller hook copies the system PortAudio into the bundle.
# (grep reads a captured string: with pipefail, `ldconfig -p | grep -q` fails by SIGPIPE.)
grep -q 'libportaudio\.so\.2 ' <<<"$(ldconfig -p)" ||
  die "libportaudio2 is not installed (apt-get install libportaudio2): the app could not play audio"
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  say "installing PyInstaller into the venv (the project's 'package' extra)"
  "$PY" -m pip install -q -e "${ROOT}[package]"
fi
# The demo package must be in the bundle: `reviewer --demo` and the smoke test use it.
[ -f "$ROOT/resources/demo/package/package.json" ] ||
  die "resources/demo/package is missing: the demo package must exist before packaging"

VERSION=$("$PY" -c 'import reviewer; print(reviewer.__version__)')
[[ "$VERSION" =~ ^[0-9][0-9A-Za-z.+~-]*$ ]] || die "version '$VERSION' is not a valid Debian version"
DEB=$ROOT/dist/reviewer_${VERSION}_amd64.deb
started=$(date +%s)

say "rendering icons"
rm -rf "$BUILD/icons"
"$PY" "$HERE/make_icons.py" "$BUILD/icons"

say "compiling the interface's translations (pyside6-lrelease)"
mkdir -p "$BUILD" && "$PY" "$ROOT/resources/dev/update_translations.py" release >"$BUILD/lrelease.log"

say "freezing reviewer $VERSION with PyInstaller (log: build/packaging/pyinstaller.log)"
rm -rf "$BUILD/dist"
if ! REVIEWER_ICON_DIR=$BUILD/icons "$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$BUILD/dist" --workpath "$BUILD/work" "$HERE/reviewer.spec" \
    >"$BUILD/pyinstaller.log" 2>&1; then
  tail -n 30 "$BUILD/pyinstaller.log" >&2
  die "PyInstaller failed"
fi
BUNDLE=$BUILD/dist/reviewer
say "$("$PY" "$HERE/linux/strip_debug.py" "$BUNDLE")"
frozen=$(date +%s)

say "checking the bundle"
INTERNAL=$BUNDLE/_internal
for required in \
    reviewer \
    _internal/libportaudio.so.2 \
    _internal/PySide6/Qt/plugins/platforms/libqxcb.so \
    _internal/PySide6/Qt/plugins/platforms/libqoffscreen.so \
    _internal/PySide6/Qt/plugins/platforms/libqminimal.so \
    _internal/PySide6/Qt/plugins/imageformats/libqsvg.so \
    _internal/resources/demo/package/package.json \
    _internal/resources/icons/reviewer.svg; do
  [ -e "$BUNDLE/$required" ] || die "bundle lacks $required"
done
compgen -G "$INTERNAL/keyring-*.dist-info/entry_points.txt" >/dev/null ||
  die "bundle lacks keyring's entry points (the frozen app would find no keyring backend)"
compgen -G "$INTERNAL/sqlcipher3/_sqlite3*.so" >/dev/null || die "bundle lacks SQLCipher"
compgen -G "$INTERNAL/hidraw*.so" >/dev/null || die "bundle lacks hidapi (foot pedals)"
dangling=$(find "$BUNDLE" -xtype l | head -n 3)
[ -z "$dangling" ] || die "dangling links in the bundle: $dangling"

# ---- Debian policy (lintian): codecs from Debian, no build-machine RUNPATHs, 0644 libraries
say "$(PY=$PY bash "$HERE/linux/deb_policy.sh" bundle "$BUNDLE")"

say "working out Depends from the bundle's libraries"
DEPENDS=$("$PY" "$HERE/linux/deb_depends.py" "$BUNDLE") || die "could not work out Depends"

say "staging the package"
STAGE=$BUILD/deb-root
rm -rf "$STAGE"
umask 022
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/doc/reviewer" "$STAGE/usr/share/icons/hicolor/scalable/apps" \
  "$STAGE/usr/lib/udev/rules.d"
cp -al "$BUNDLE" "$STAGE/opt/reviewer"  # hard links: no second copy of ~300 MB
ln -s /opt/reviewer/reviewer "$STAGE/usr/bin/reviewer"
# USB foot pedals: lets the user at the seat read the pedal's hidraw node (docs/deployment.md).
install -m 644 "$HERE/linux/70-reviewer-pedals.rules" \
  "$STAGE/usr/lib/udev/rules.d/70-reviewer-pedals.rules"
# The exchange sync as a systemd user service (docs/deployment.md, "Exchange"); not enabled
# for anyone: the administrator or the user enables it once the settings are in place.
install -D -m 644 "$HERE/linux/reviewer-sync.service" "$STAGE/usr/lib/systemd/user/reviewer-sync.service"
install -m 644 "$BUILD/icons/reviewer.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/reviewer.svg"
for png in "$BUILD"/icons/hicolor/*/reviewer.png; do
  size=$(basename "$(dirname "$png")")
  install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/$size/apps/reviewer.png"
done
# ---- Debian policy: changelog.gz, the DEP-5 copyright (from the build environment), and
# the lintian overrides for what a self-contained bundle in /opt must do (each with its reason)
PY=$PY bash "$HERE/linux/deb_policy.sh" stage "$STAGE" "$BUNDLE" "$BUILD/work/reviewer/PYZ-00.toc" \
  "$VERSION"
# Desktop entry and AppStream metainfo (reverse-DNS id), man page, bash and zsh completion.
bash "$HERE/linux/stage-integration.sh" "$STAGE" "$PY" "$BUILD/integration"
INSTALLED_SIZE=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
# Plain string replacement (Depends holds "|" and other characters sed would read as syntax).
shopt -u patsub_replacement 2>/dev/null || true  # bash 5.2: "&" in a replacement is literal
control=$(<"$HERE/linux/control.in")
control=${control//@VERSION@/$VERSION}
control=${control//@MAINTAINER@/$MAINTAINER}
control=${control//@INSTALLED_SIZE@/$INSTALLED_SIZE}
control=${control//@DEPENDS@/$DEPENDS}
printf '%s\n' "$control" >"$STAGE/DEBIAN/control"

say "packing $(basename "$DEB")"
mkdir -p "$ROOT/dist"
rm -f "$DEB"
# xz: what Debian's archive and bookworm's lintian accept (zstd members are
# "malformed-deb-archive" there); multi-threaded, level 1 for build time (README.md has the
# measurements; REVIEWER_DEB_XZ_LEVEL=6 gives a 10% smaller package for 4x the CPU time).
DPKG_DEB_THREADS_MAX=${DPKG_DEB_THREADS_MAX:-$(nproc)} \
  dpkg-deb -Zxz -z"${REVIEWER_DEB_XZ_LEVEL:-1}" --root-owner-group --build "$STAGE" "$DEB" >/dev/null
# The software bill of materials and SHA256SUMS beside the .deb.
say "writing the SBOM and SHA256SUMS"
bash "$HERE/linux/release-files.sh" "$DEB" "$BUNDLE" "$BUILD/work/reviewer" "$VERSION" "$PY"
finished=$(date +%s)

size_mb=$(du -m "$DEB" | cut -f1)
say "done: $DEB"
say "build time $((finished - started)) s (PyInstaller $((frozen - started)) s), package ${size_mb} MB, installed $((INSTALLED_SIZE / 1024)) MB"
echo "$DEB"
