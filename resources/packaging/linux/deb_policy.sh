#!/usr/bin/env bash
# What makes the .deb pass Debian's checks (lintian --fail-on error), called by build-linux.sh:
#
#   deb_policy.sh bundle BUNDLE_DIR                 before staging: codecs out, tidy binaries
#   deb_policy.sh stage STAGE_DIR BUNDLE_DIR PYZ_TOC VERSION
#                                                   docs: changelog, copyright, lintian overrides
#
# The codec libraries that parse untrusted audio must not be in the bundle: soundfile opens
# Debian's libsndfile1 (rthooks/pyi_rth_system_libsndfile.py), which brings mpg123, Vorbis,
# Opus and FLAC with Debian's security updates.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PY=${PY:-python3}
die() { printf '[deb-policy] error: %s\n' "$*" >&2; exit 1; }

# Libraries that must come from Debian, never from the bundle (file name patterns).
CODECS_FROM_DEBIAN='libsndfile*|libmpg123*|libvorbis*|libogg*|libopus*|libFLAC*|libmp3lame*'

case "${1:-}" in
  bundle)
    bundle=$2
    bundled=$(cd "$bundle" && find . -type f \( -name 'libsndfile*' -o -name 'libmpg123*' \
      -o -name 'libvorbis*' -o -name 'libogg*' -o -name 'libopus*' -o -name 'libFLAC*' \
      -o -name 'libmp3lame*' \) | head -n 5)
    [ -z "$bundled" ] || die "codec libraries in the bundle ($CODECS_FROM_DEBIAN): $bundled"
    [ ! -e "$bundle/_internal/_soundfile_data" ] || die "soundfile's own libsndfile is bundled"
    "$PY" "$HERE/deb_tidy.py" "$bundle"
    ;;
  stage)
    stage=$2 bundle=$3 toc=$4 version=$5
    doc=$stage/usr/share/doc/reviewer
    mkdir -p "$doc" "$stage/usr/share/lintian/overrides"
    # The changelog's newest entry must be this version: a release bumps both together.
    top=$(sed -n '1s/^reviewer (\([^)]*\)).*/\1/p' "$HERE/changelog")
    [ "$top" = "$version" ] ||
      die "linux/changelog starts with '$top', the package is $version: add an entry"
    gzip -9n <"$HERE/changelog" >"$doc/changelog.gz"
    chmod 644 "$doc/changelog.gz"
    "$PY" "$HERE/deb_copyright.py" "$HERE/copyright" "$bundle" "$toc" >"$doc/copyright"
    chmod 644 "$doc/copyright"
    install -m 644 "$HERE/lintian-overrides" "$stage/usr/share/lintian/overrides/reviewer"
    ;;
  *)
    die "usage: deb_policy.sh bundle BUNDLE_DIR | stage STAGE_DIR BUNDLE_DIR PYZ_TOC VERSION"
    ;;
esac
