#!/usr/bin/env bash
# Writes what a security review asks for beside the .deb (called by build-linux.sh):
# the software bill of materials dist/reviewer_<version>_amd64.cdx.json (make_sbom.py, from
# PyInstaller's record of what it bundled) and dist/SHA256SUMS over the .deb and the SBOM.
#
#   bash release-files.sh DEB BUNDLE PYINSTALLER_WORKDIR VERSION PYTHON
set -euo pipefail
[ $# -eq 5 ] || { echo "usage: $0 DEB BUNDLE WORKDIR VERSION PYTHON" >&2; exit 2; }
DEB=$1 BUNDLE=$2 WORK=$3 VERSION=$4 PY=$5
HERE=$(cd "$(dirname "$0")" && pwd)
DIST=$(cd "$(dirname "$DEB")" && pwd)
SBOM=$DIST/$(basename "$DEB" .deb).cdx.json
"$PY" "$HERE/make_sbom.py" "$BUNDLE" "$WORK" "$VERSION" "$SBOM" >&2
# Relative names: `cd dist && sha256sum -c SHA256SUMS` checks them where they are copied to.
(cd "$DIST" && sha256sum "$(basename "$DEB")" "$(basename "$SBOM")" >SHA256SUMS)
