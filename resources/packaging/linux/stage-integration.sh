#!/usr/bin/env bash
# Stages the desktop and shell integration into the package root (called by build-linux.sh):
# the desktop entry and AppStream metainfo under the reverse-DNS app id (reviewer.APP_ID),
# the reviewer(1) man page and the bash and zsh completion, the last two generated from
# reviewer.cli.build_parser() so they follow the command line.
#
#   bash stage-integration.sh STAGE PYTHON WORKDIR
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 STAGE PYTHON WORKDIR" >&2; exit 2; }
STAGE=$1 PY=$2 WORK=$3
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$WORK"
APP_ID=$("$PY" -c 'import reviewer; print(reviewer.APP_ID)')
# The last commit's date, so the same commit builds the same files.
DATE=$(git -C "$HERE" log -1 --format=%cs 2>/dev/null || true)
[[ "$DATE" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || DATE=$(date -u +%F)

install -D -m 644 "$HERE/$APP_ID.desktop" "$STAGE/usr/share/applications/$APP_ID.desktop"
"$PY" "$HERE/make_metainfo.py" --date "$DATE" "$WORK/$APP_ID.metainfo.xml"
install -D -m 644 "$WORK/$APP_ID.metainfo.xml" "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
"$PY" "$HERE/make_man.py" --date "$DATE" "$WORK/reviewer.1"
gzip -9n -c "$WORK/reviewer.1" >"$WORK/reviewer.1.gz"
install -D -m 644 "$WORK/reviewer.1.gz" "$STAGE/usr/share/man/man1/reviewer.1.gz"
"$PY" "$HERE/make_completions.py" "$WORK/reviewer.bash" "$WORK/_reviewer"
install -D -m 644 "$WORK/reviewer.bash" "$STAGE/usr/share/bash-completion/completions/reviewer"
install -D -m 644 "$WORK/_reviewer" "$STAGE/usr/share/zsh/vendor-completions/_reviewer"
