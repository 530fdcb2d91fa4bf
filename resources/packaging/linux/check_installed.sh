#!/usr/bin/env bash
# Checks of the installed .deb that belong to Debian's rules, called by check-deb.sh:
#
#   check_installed.sh lintian PATH.deb       lintian --fail-on error (overrides are in the .deb)
#   check_installed.sh codecs SMOKE_OUT       while the package is installed: the codecs come
#                                             from Debian, and the intake/audio tests pass
#                                             with them (see README.md, "System codecs")
#
# Needs root for `lintian` installation (apt) and the project venv ($REVIEWER_VENV or .venv)
# for the tests.
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD
say() { printf '[check-deb] %s\n' "$*" >&2; }
die() { say "FAILED: $*"; exit 1; }

case "${1:-}" in
  lintian)
    deb=$2
    if ! command -v lintian >/dev/null; then
      say "installing lintian"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends lintian \
        >/dev/null
    fi
    say "lintian --fail-on error $(basename "$deb")"
    started=$(date +%s)
    # lintian warns on stderr that it runs as root (CI runs everything as root): shown only
    # when it fails, with its findings.
    errors=$(mktemp)
    out=$(lintian --fail-on error --display-level '>=warning' "$deb" 2>"$errors") || {
      cat "$errors" >&2; rm -f "$errors"
      printf '%s\n' "$out" | sed 's/^/    /' >&2
      die "lintian reports errors"
    }
    rm -f "$errors"
    [ -z "$out" ] || printf '%s\n' "$out" | sed 's/^/    /' >&2
    say "lintian: 0 errors, $(grep -c '^W: ' <<<"$out" || true) warnings ($(( $(date +%s) - started )) s)"
    ;;
  codecs)
    smoke_out=$2
    # The smoke test decoded the demo clip: with which libsndfile?
    line=$(grep -o 'libsndfile [^ ]* loaded from [^ ;)]*' "$smoke_out" | head -n 1 || true)
    [ -n "$line" ] || die "the smoke test did not say which libsndfile it loaded"
    say "installed app: $line"
    case "${line##* from }" in
      /usr/lib/*|/lib/*) ;;
      *) die "the installed app did not load Debian's libsndfile: $line" ;;
    esac
    bundled=$(find /opt/reviewer \( -name 'libsndfile*' -o -name 'libmpg123*' \
      -o -name 'libvorbis*' -o -name 'libogg*' -o -name 'libopus*' -o -name 'libFLAC*' \
      -o -name 'libmp3lame*' -o -name '_soundfile_data' \) | head -n 5)
    [ -z "$bundled" ] || die "codec libraries inside /opt/reviewer: $bundled"
    py=${REVIEWER_VENV:-$ROOT/.venv}/bin/python
    [ -x "$py" ] || die "no project venv at ${py%/bin/python} for the intake and audio tests"
    say "intake and audio tests with Debian's libsndfile (the one the package uses)"
    (cd "$ROOT" && "$py" -m pytest -q -p no:cacheprovider -p tests.support.system_codecs \
        tests/intake tests/audio) >&2 || die "the intake or audio tests fail with Debian's codecs"
    say "installed /usr/bin/reviewer checks packages as the source app does"
    (cd "$ROOT" && REVIEWER_INSTALLED_APP=/usr/bin/reviewer "$py" -m pytest -q \
        -p no:cacheprovider tests/packaging/test_installed_app.py) >&2 ||
      die "the installed app's intake differs from the source app's"
    ;;
  *)
    die "usage: check_installed.sh lintian PATH.deb | codecs SMOKE_OUT"
    ;;
esac
