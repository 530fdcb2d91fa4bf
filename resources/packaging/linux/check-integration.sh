#!/usr/bin/env bash
# Checks the installed package's desktop and shell integration and the release files beside
# the .deb (called by check-deb.sh while the package is installed; root):
# - desktop-file-validate on the desktop entry, appstreamcli validate --no-net on the
#   metainfo, each failing on any error (desktop-file-utils and appstream are installed with
#   apt when missing);
# - the man page is found by `man` and renders with no warning;
# - the installed bash completion completes `reviewer st` to `status`; the zsh file is there;
# - sha256sum -c on SHA256SUMS, and the SBOM is valid CycloneDX 1.6.
#
#   bash check-integration.sh tools          # first, before check-deb.sh lists the files
#   bash check-integration.sh check DEB PYTHON
# (`tools` installs what is missing; it runs before the install so that its files do not show
# up as leftovers in check-deb.sh's before/after comparison.)
set -euo pipefail
say() { printf '[check-integration] %s\n' "$*" >&2; }
die() { say "FAILED: $*"; exit 1; }

if [ "${1:-}" = tools ] && [ $# -eq 1 ]; then
  missing=()
  command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)
  command -v appstreamcli >/dev/null || missing+=(appstream)
  command -v man >/dev/null || missing+=(man-db)
  [ ${#missing[@]} -gt 0 ] || exit 0
  [ "$(id -u)" -eq 0 ] || die "missing ${missing[*]} (apt-get install ${missing[*]})"
  say "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi
[ "${1:-}" = check ] && [ $# -eq 3 ] || { echo "usage: $0 tools | check DEB PYTHON" >&2; exit 2; }
DEB=$2 PY=$3
started=$(date +%s%N)

metainfo=$(dpkg -L reviewer | grep -E '^/usr/share/metainfo/[^/]+\.metainfo\.xml$' || true)
[ "$(wc -l <<<"$metainfo")" -eq 1 ] && [ -n "$metainfo" ] || die "expected one metainfo file, got: $metainfo"
APP_ID=$(basename "$metainfo" .metainfo.xml)
desktop=/usr/share/applications/$APP_ID.desktop
[ -f "$desktop" ] || die "$desktop missing (the metainfo's launchable)"
# desktop-file-validate prints errors and hints; any "error:" fails, as does its exit code.
out=$(desktop-file-validate "$desktop" 2>&1) || die "desktop-file-validate: $out"
! grep -q 'error:' <<<"$out" || die "desktop-file-validate: $out"
[ -z "$out" ] || say "desktop-file-validate notes: $out"
out=$(appstreamcli validate --no-net --no-color "$metainfo" 2>&1) || die "appstreamcli: $out"
grep -E '^[EW]:' <<<"$out" && die "appstreamcli reports errors or warnings"
say "appstream: $(tail -n 1 <<<"$out")"
grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$metainfo" ||
  die "the metainfo does not launch $APP_ID.desktop"

[ "$(man -w reviewer)" = /usr/share/man/man1/reviewer.1.gz ] || die "man does not find reviewer(1)"
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
  /usr/share/man/man1/reviewer.1.gz 2>&1 >/dev/null) || die "man failed: $warnings"
[ -z "$warnings" ] || die "the man page renders with warnings: $warnings"

completion=/usr/share/bash-completion/completions/reviewer
[ -f /usr/share/zsh/vendor-completions/_reviewer ] || die "zsh completion missing"
head -n 1 /usr/share/zsh/vendor-completions/_reviewer | grep -q '^#compdef reviewer' ||
  die "the zsh completion does not declare #compdef reviewer"
words=$(bash -c '
  source "$1"
  func=$(complete -p reviewer | sed -n "s/.*-F \([^ ]*\) .*/\1/p")
  COMP_WORDS=(reviewer st); COMP_CWORD=1; COMP_LINE="reviewer st"; COMP_POINT=${#COMP_LINE}
  "$func" reviewer st reviewer
  printf "%s\n" "${COMPREPLY[@]}"' _ "$completion") || die "the bash completion failed"
grep -qx 'status' <<<"$words" || die "bash completion of 'reviewer st' gave: $words"

DIST=$(dirname "$DEB")
(cd "$DIST" && sha256sum --quiet --strict -c SHA256SUMS) || die "sha256sum -c SHA256SUMS failed"
grep -q " $(basename "$DEB")\$" "$DIST/SHA256SUMS" || die "SHA256SUMS does not cover the .deb"
SBOM=${DEB%.deb}.cdx.json
grep -q " $(basename "$SBOM")\$" "$DIST/SHA256SUMS" || die "SHA256SUMS does not cover the SBOM"
"$PY" "$(dirname "$0")/make_sbom.py" --validate "$SBOM" || die "the SBOM is not valid CycloneDX"

say "passed in $(( ($(date +%s%N) - started) / 1000000 )) ms"
