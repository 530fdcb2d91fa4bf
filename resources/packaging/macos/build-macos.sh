#!/usr/bin/env bash
# Build the macOS app and disk image: dist/Reviewer-<version>.dmg
#
#   bash resources/packaging/macos/build-macos.sh
#
# NOT RUN on the project's Linux machines (macOS cannot be built there); the hosted-runner
# workflow .github/workflows/installers.yml runs it on a macOS runner. Needs Python 3.11 with
# the project installed (pip install -e ".[package]"), and Xcode's command line tools
# (codesign, hdiutil).
#
# Steps: render icons (.icns), freeze Reviewer.app with PyInstaller (same spec as Linux,
# windowed launcher first), run the frozen `reviewer --smoke-test` (any stderr output fails),
# sign (see below), and pack a compressed .dmg with an Applications link.
#
# SIGNING REQUIRES THE ORGANISATION'S IDENTITY, which this recipe does not have:
#   REVIEWER_CODESIGN_IDENTITY  "Developer ID Application: <Org> (<TEAMID>)" in the keychain
#   REVIEWER_NOTARY_PROFILE     a `xcrun notarytool store-credentials` profile name
# Without them the app is only ad-hoc signed (PyInstaller's default): it runs on the build
# machine, but Gatekeeper blocks it elsewhere until IT signs and notarizes it.
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD
PY=${PYTHON:-python3}
BUILD=$ROOT/build/packaging
HERE=$ROOT/resources/packaging

say() { printf '[build-macos] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

[ "$(uname -s)" = Darwin ] || die "this recipe runs on macOS only"
VERSION=$("$PY" -c 'import reviewer; print(reviewer.__version__)')
started=$(date +%s)

say "rendering icons"
"$PY" "$HERE/make_icons.py" "$BUILD/icons"

say "compiling the interface's translations (pyside6-lrelease)"
"$PY" "$ROOT/resources/dev/update_translations.py" release

say "freezing Reviewer.app $VERSION"
rm -rf "$BUILD/dist"
REVIEWER_ICON_DIR=$BUILD/icons REVIEWER_VERSION=$VERSION \
  "$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$BUILD/dist" --workpath "$BUILD/work" "$HERE/reviewer.spec"
APP=$BUILD/dist/Reviewer.app
[ -x "$APP/Contents/MacOS/reviewer" ] || die "Reviewer.app lacks its console executable"

say "smoke test of the frozen app"
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/reviewer" --smoke-test 2>"$BUILD/smoke.err" ||
  { cat "$BUILD/smoke.err" >&2; die "the smoke test failed"; }
if [ -s "$BUILD/smoke.err" ]; then
  cat "$BUILD/smoke.err" >&2
  die "the frozen app wrote to stderr during the smoke test"
fi

if [ -n "${REVIEWER_CODESIGN_IDENTITY:-}" ]; then
  say "signing with the organisation's identity"
  codesign --force --deep --options runtime --timestamp \
    --sign "$REVIEWER_CODESIGN_IDENTITY" "$APP"
  codesign --verify --deep --strict "$APP"
else
  say "NOT SIGNED for distribution: set REVIEWER_CODESIGN_IDENTITY (the organisation's)"
fi

say "packing the disk image"
STAGE=$BUILD/dmg
rm -rf "$STAGE"
mkdir -p "$STAGE" "$ROOT/dist"
ditto "$APP" "$STAGE/Reviewer.app"  # ditto keeps the signature and extended attributes
ln -s /Applications "$STAGE/Applications"
DMG=$ROOT/dist/Reviewer-$VERSION.dmg
rm -f "$DMG"
hdiutil create -volname "Reviewer $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG" >/dev/null

if [ -n "${REVIEWER_CODESIGN_IDENTITY:-}" ] && [ -n "${REVIEWER_NOTARY_PROFILE:-}" ]; then
  say "notarizing"
  codesign --sign "$REVIEWER_CODESIGN_IDENTITY" --timestamp "$DMG"
  xcrun notarytool submit "$DMG" --keychain-profile "$REVIEWER_NOTARY_PROFILE" --wait
  xcrun stapler staple "$DMG"
else
  say "NOT NOTARIZED: set REVIEWER_NOTARY_PROFILE (the organisation's)"
fi

finished=$(date +%s)
say "done: $DMG ($(du -m "$DMG" | cut -f1) MB, $((finished - started)) s)"
echo "$DMG"
