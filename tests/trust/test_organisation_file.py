"""The organisation file is trusted only at its built-in path, only when root owns it and
every folder above it, and nobody else can write any of them.

Positive cases need a root-owned folder chain, so they build one under /srv (these tests run
as root in CI; on a developer's machine without root they skip, since a user cannot create
root-owned files)."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.core.trust import TrustRefused
from reviewer.trust import organisation_file
from reviewer.trust.organisation_file import builtin_path, load_organisation
from tests.support.trust import TestOrganisation

NOBODY = 65534


@pytest.fixture
def root_dir() -> Iterator[Path]:
    if os.geteuid() != 0:
        if os.environ.get("CI") == "true":
            pytest.fail("CI runs as root; these checks need it")
        pytest.skip("needs root to make root-owned folders")
    path = Path("/srv") / f"reviewer-test-{uuid.uuid4().hex}" / "etc" / "reviewer"
    path.mkdir(parents=True, mode=0o755)
    for part in (path, path.parent, path.parent.parent):
        os.chmod(part, 0o755)  # noqa: S103 - what a system folder is
    try:
        yield path
    finally:
        shutil.rmtree(path.parent.parent)


def _installed(root_dir: Path, org: TestOrganisation | None = None) -> Path:
    path = (org or TestOrganisation()).write(root_dir / "organisation.json")
    os.chmod(path, 0o644)
    return path


def test_root_owned_file_in_root_owned_folders_is_trusted(root_dir: Path) -> None:
    org = TestOrganisation(allow_unsigned=False, name="Real Org")
    loaded = load_organisation(_installed(root_dir, org))
    assert loaded == org.organisation


def test_missing_file_is_an_unmanaged_installation(root_dir: Path) -> None:
    assert load_organisation(root_dir / "organisation.json") is None


@pytest.mark.parametrize("mode", [0o664, 0o646, 0o666, 0o777])
def test_file_writable_by_others_is_refused(root_dir: Path, mode: int) -> None:
    path = _installed(root_dir)
    os.chmod(path, mode)
    with pytest.raises(TrustRefused, match="writable by group or others"):
        load_organisation(path)


def test_file_owned_by_a_user_is_refused(root_dir: Path) -> None:
    path = _installed(root_dir)
    os.chown(path, NOBODY, -1)
    with pytest.raises(TrustRefused, match="not owned by root"):
        load_organisation(path)


@pytest.mark.parametrize("level", [0, 1, 2])
def test_folder_above_writable_or_owned_by_a_user_is_refused(root_dir: Path,
                                                             level: int) -> None:
    path = _installed(root_dir)
    folder = [root_dir, root_dir.parent, root_dir.parent.parent][level]
    os.chmod(folder, 0o777)  # noqa: S103 - the attack under test
    with pytest.raises(TrustRefused, match="folder above"):
        load_organisation(path)
    os.chmod(folder, 0o755)  # noqa: S103 - back to a system folder's mode
    os.chown(folder, NOBODY, -1)
    with pytest.raises(TrustRefused, match="folder above"):
        load_organisation(path)
    os.chown(folder, 0, -1)


def test_file_in_a_world_writable_folder_is_refused(tmp_path: Path) -> None:
    """Anything under /tmp (mode 1777) is writable by every user: refused."""
    path = TestOrganisation().write(tmp_path / "organisation.json")
    with pytest.raises(TrustRefused):
        load_organisation(path, owner_uid=os.geteuid())


def test_symbolic_links_are_refused(root_dir: Path) -> None:
    real = _installed(root_dir)
    link = root_dir / "link.json"
    link.symlink_to(real)
    with pytest.raises(TrustRefused, match="symbolic link"):
        load_organisation(link)
    elsewhere = root_dir.parent / "elsewhere"
    elsewhere.symlink_to(root_dir, target_is_directory=True)
    with pytest.raises(TrustRefused, match="symbolic link"):
        load_organisation(elsewhere / "organisation.json")


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b'{"format": "reviewer-organisation/9"}',
                                     b"\xff\xfe", b'{"format": "reviewer-organisation/1", '
                                     b'"name": "x", "signing_keys": []}'])
def test_malformed_file_is_refused_in_one_line(root_dir: Path, content: bytes) -> None:
    path = root_dir / "organisation.json"
    path.write_bytes(content)
    os.chmod(path, 0o644)
    with pytest.raises(TrustRefused) as info:
        load_organisation(path)
    assert "\n" not in str(info.value)


def test_the_path_is_built_in_and_the_environment_cannot_move_it(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    before = builtin_path()
    for name in ("XDG_CONFIG_DIRS", "XDG_CONFIG_HOME", "HOME", "REVIEWER_ORGANISATION",
                 "REVIEWER_ORGANISATION_FILE", "REVIEWER_CONFIG"):
        monkeypatch.setenv(name, str(tmp_path))
    assert builtin_path() == before == organisation_file.LINUX_PATH
