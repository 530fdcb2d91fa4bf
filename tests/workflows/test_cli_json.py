"""The command line's contract with scripts: every command walked end to end, as text and
with --json, on a real chain (organisation, enrollment, sealed package, import, review,
sealed export, collect), and its outputs held to the rules in docs/formats.md:

- results on stdout, diagnostics on stderr: no progress or prompt on stdout, a success prints
  nothing on stderr (but the listed notices), a failure is one `reviewer: ...` line on stderr
  with nothing on stdout unless the command's verdict is its result (check, audit verify,
  export verify);
- under --json, stdout is exactly one document valid against the command's JSON Schema
  (reviewer/core/cli_schemas.py, the same as in docs/formats.md), refusals included, with the
  exit code it states; nothing written by the reviewer (transcripts) is in any of them;
- every subcommand of build_parser() is walked (a new one fails the test until it is).
"""

from __future__ import annotations

import argparse
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from reviewer import cli
from reviewer.commands import anchor
from reviewer.core.annotation import Annotation
from reviewer.core.cli_schemas import SCHEMAS
from reviewer.core.trust import parse_organisation
from reviewer.vault.workspace import Workspace
from reviewer.workflows.review_session import ReviewSession
from tests.support.package_builder import PackageBuilder
from tests.trust.conftest import nemo_manifest
from tests.vault.fakes import DictSecretStore

ROOT = Path(__file__).resolve().parents[2]
TRANSCRIPT = "zebra quartz transcript 7731"  # what the reviewer typed: never in an output
VERDICT_COMMANDS = {"check", "audit verify", "export verify"}  # a refusal IS their result
# Successes that print a diagnostic on stderr by design (stdout keeps the result).
NOTICES = {"purge --expired": "past its retention period"}


@dataclass
class Run:
    command: str  # the subcommand path, e.g. "org pack"
    argv: list[str]
    code: int
    out: str
    err: str


def command_paths(parser: argparse.ArgumentParser, prefix: str = "") -> Iterator[
        tuple[str, argparse.ArgumentParser]]:
    """Every runnable subcommand (one with a `func`), at any depth."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                path = f"{prefix} {name}".strip()
                if sub.get_default("func") is not None:
                    yield path, sub
                yield from command_paths(sub, path)


def takes_json(path: str) -> bool:
    return any("--json" in a.option_strings
               for p, sub in command_paths(cli.build_parser()) if p == path
               for a in sub._actions)


class Walker:
    def __init__(self, capsys: pytest.CaptureFixture[str], as_json: bool) -> None:
        self.capsys = capsys
        self.as_json = as_json
        self.runs: list[Run] = []

    def __call__(self, command: str, *args: str, expect: int = 0) -> Run:
        argv = [*command.split(), *args]
        if self.as_json and takes_json(command):
            argv.append("--json")
        self.capsys.readouterr()
        code = cli.main(argv)
        captured = self.capsys.readouterr()
        run = Run(command, argv, code, captured.out, captured.err)
        self.runs.append(run)
        assert code == expect, (argv, run.out, run.err)
        return run


def walk(tmp_path: Path, workspace_dir: Path, secrets: DictSecretStore,
         monkeypatch: pytest.MonkeyPatch, run: Walker) -> None:
    """Every subcommand, from the organisation's keys to the wipe."""
    secret = tmp_path / "org.pass"
    secret.write_text("the organisation's own passphrase\n")
    org = tmp_path / "org"
    run("org init", "--name", "Example Org", "--out", str(org), "--passphrase-file",
        str(secret), "--allow-unsigned-packages")
    org_file = org / "organisation.json"
    installed = org_file.read_bytes()
    monkeypatch.setattr(anchor, "load", lambda: parse_organisation(installed))
    run("org rotate", "--organisation", str(org_file), "--out", str(tmp_path / "org2"),
        "--passphrase-file", str(secret))
    run("org init", "--name", "Again", "--out", str(org), "--passphrase-file", str(secret),
        expect=2)

    run("init")
    run("init", expect=2)  # already a workspace
    request = tmp_path / "request.json"
    run("enroll", "--request", str(request))
    export_recipient = _export_recipient(run.runs[0])
    roster = tmp_path / "roster.json"
    roster.write_text(json.dumps({"export_recipients": [export_recipient]}))
    key = ["--key", str(org / "organisation-key.json"), "--passphrase-file", str(secret)]
    profile = tmp_path / "profile.json"
    run("org sign-profile", str(request), "--roster", str(roster), "--reviewer", "rev-042",
        "--out", str(profile), *key)
    run("enroll", str(profile))
    run("enroll", expect=2)

    manifest = nemo_manifest(tmp_path, clips=2)
    run("org pack", str(manifest), "--audio-dir", str(tmp_path / "src"), "--dry-run")
    package, join = tmp_path / "work.rpkg", tmp_path / "join.jsonl"
    run("org pack", str(manifest), "--audio-dir", str(tmp_path / "src"), "--to",
        str(request), "--out", str(package), "--map", str(join), *key)
    bad_manifest = tmp_path / "bad.jsonl"
    bad_manifest.write_text('{"duration": 1}\n')
    run("org pack", str(bad_manifest), "--audio-dir", str(tmp_path / "src"), "--dry-run",
        expect=2)

    bad = PackageBuilder()
    bad.add_clip(device_id="abc-123")
    bad_dir = bad.write_dir(tmp_path / "bad")
    run("check", str(package))
    run("check", str(bad_dir), expect=2)
    run("import", str(bad_dir), expect=2)
    run("import", str(package))
    run("status")

    with Workspace.open(workspace_dir, secrets, create=False) as ws:
        session = ReviewSession(ws.clips)
        for clip in ws.clips.queue.rows(0, 100):
            session.submit(clip.local_id, Annotation(transcript=TRANSCRIPT))
    run("export", expect=2)  # no --out
    out = tmp_path / "export"
    run("export", "--out", str(out))
    merged = tmp_path / "merged"
    run("org collect", *map(str, sorted(out.iterdir())), "--organisation", str(org_file),
        "--map", str(join), "--out", str(merged), *key)
    run("export verify", str(merged))
    (merged / "manifest.jsonl").write_text("not json\n")
    run("export verify", str(merged), expect=2)
    run("audit verify")
    run("purge")
    run("purge", "--expired")
    run("recover", expect=2)  # needs --accept-older-copy
    run("diagnostics", str(tmp_path / "support.json"))
    run("diagnostics", str(tmp_path / "support.json"), expect=2)  # never overwrites
    lead_pass = tmp_path / "lead.pass"
    lead_pass.write_text("the lead's passphrase\n")
    run("lead init", "--name", "lead-1", "--passphrase-file", str(lead_pass))
    run("lead init", "--name", "lead-1", "--passphrase-file", str(lead_pass), expect=2)
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    run("lead", expect=2)  # no display: one line, before Qt is asked
    run("disclosure verify", str(tmp_path / "no-such-request.json"), expect=2)
    run("disclosure cosign", str(tmp_path / "no-such-request.json"), "--yes", expect=2)
    with Workspace.open(workspace_dir, secrets, create=False) as ws:
        ws.conn.execute("UPDATE audit SET event = 'skip' WHERE seq = 3")
    run("audit verify", expect=2)  # the verdict "broken"
    run("org s3-policy", "--bucket", "fleet", "--workstation",
        "ws-a=arn:aws:iam:::user/ws-a")
    monkeypatch.setattr("sys.stdin", io.StringIO("AKIAORG\nsecret-of-the-org\n"))
    run("org store-credentials")
    # Refused before it talks to the store (not a sealed package): no guard installed.
    run("org upload", str(tmp_path / "export"), "--workstation", "ws-a", "--endpoint",
        "https://s3.example.org", "--bucket", "fleet", expect=2)
    assert "secret-of-the-org" in str(secrets.get("reviewer-exchange", "org"))
    # Refused before it starts (no store named): a working sync guards the process's files.
    run("sync", "--workstation", "ws-a", expect=2)
    run("wipe", "--yes")
    run("wipe", "--yes", expect=2)  # nothing left


def _export_recipient(org_init: Run) -> str:
    if org_init.out.startswith("{"):
        return str(json.loads(org_init.out)["export_recipient"])
    return org_init.out.rsplit("export_recipients): ", 1)[1].strip()


@pytest.fixture(params=[False, True], ids=["text", "json"])
def walked(request: pytest.FixtureRequest, tmp_path: Path, workspace_dir: Path,
           cli_secrets: DictSecretStore, monkeypatch: pytest.MonkeyPatch,
           capsys: pytest.CaptureFixture[str]) -> Walker:
    run = Walker(capsys, as_json=request.param)
    walk(tmp_path, workspace_dir, cli_secrets, monkeypatch, run)
    return run


def test_the_walk(walked: Walker) -> None:
    """One walk a mode (text, --json), every rule checked on it."""
    every_subcommand_is_walked(walked)
    results_on_stdout_diagnostics_on_stderr(walked)
    if walked.as_json:
        json_outputs_follow_their_schemas(walked)
        a_refused_package_lists_its_problems(walked)


def every_subcommand_is_walked(walked: Walker) -> None:
    walked_paths = {r.command for r in walked.runs}
    assert walked_paths == {p for p, _ in command_paths(cli.build_parser())}


def results_on_stdout_diagnostics_on_stderr(walked: Walker) -> None:
    for r in walked.runs:
        where = (r.argv, r.out, r.err)
        assert "\r" not in r.out, where  # progress never on stdout
        assert TRANSCRIPT not in r.out + r.err, where
        as_json = walked.as_json and takes_json(r.command)
        if r.code == 0:
            notice = NOTICES.get(" ".join(r.argv[:2]))
            assert r.err == "" or (notice is not None and notice in r.err), where
            assert r.out.strip(), where  # every success says what it did
        else:
            assert r.code == 2, where
            err_lines = r.err.splitlines()
            if not as_json and r.command in VERDICT_COMMANDS and r.out:
                assert r.err == "", where  # the verdict is the result, whole on stdout
            elif r.command == "import" and not as_json:
                assert err_lines[0].startswith("Package refused:"), where  # the report
            else:
                assert len(err_lines) == 1, where
                assert err_lines[0].startswith("reviewer: "), where
            if not as_json and r.command not in VERDICT_COMMANDS:
                assert r.out == "", where


def json_outputs_follow_their_schemas(walked: Walker) -> None:
    checked = set()
    for r in walked.runs:
        if not takes_json(r.command):
            continue
        lines = r.out.splitlines()
        assert len(lines) == 1, (r.argv, r.out)
        document = json.loads(lines[0])
        Draft202012Validator(SCHEMAS[r.command], format_checker=FormatChecker()).validate(
            document)
        assert document["exit_code"] == r.code
        assert document["ok"] is (r.code == 0)
        checked.add((r.command, r.code))
    assert {c for c, _ in checked} == set(SCHEMAS)  # every schema met a real document
    refused = {c for c, code in checked if code == 2}
    assert {"check", "import", "org pack", "enroll", "diagnostics", "lead init",
            "org init", "export", "init", "audit verify"} <= refused


def a_refused_package_lists_its_problems(walked: Walker) -> None:
    for r in walked.runs:
        if r.command in ("check", "import") and r.code == 2:
            error = json.loads(r.out)["error"]
            assert any(p["rule"] == "identity-key" for p in error["problems"])
            assert error["problems_total"] == len(error["problems"])
            assert "abc-123" not in r.out + r.err  # the value never, only where and which rule


# ---------------------------------------------------------------- schemas and docs

def test_the_schemas_are_draft_2020_12() -> None:
    for schema in SCHEMAS.values():
        Draft202012Validator.check_schema(schema)


def test_formats_md_carries_the_same_schemas() -> None:
    text = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    blocks = [json.loads(b) for b in re.findall(r"```json\n(.*?)\n```", text, re.DOTALL)]
    documented = {b["$id"]: b for b in blocks
                  if str(b.get("$id", "")).startswith("urn:reviewer-cli:")}
    assert documented == {s["$id"]: s for s in SCHEMAS.values()}


def test_a_schema_catches_an_extra_field() -> None:
    """The schemas are closed: a field added to an output without its schema fails."""
    document = {"schema": "reviewer-cli/1", "command": "import", "ok": True, "exit_code": 0,
                "package_number": 1, "clips": 2, "seconds_of_audio": 1.0}
    validator = Draft202012Validator(SCHEMAS["import"])
    assert validator.is_valid(document)
    assert not validator.is_valid({**document, "transcript": "hello"})


# ---------------------------------------------------------------- global options

@pytest.mark.usefixtures("cli_secrets")
@pytest.mark.parametrize("where", ["before", "after", "both"])
def test_workspace_before_or_after_the_command(tmp_path: Path, where: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    chosen = tmp_path / "chosen"
    option = ["--workspace", str(chosen)]
    argv = {"before": [*option, "init"], "after": ["init", *option],
            "both": [*option, "init", *option]}[where]
    assert cli.main(argv) == 0
    assert (chosen / "workspace.json").exists()
    capsys.readouterr()
    assert cli.main(["status", "--json", *option]) == 0
    assert json.loads(capsys.readouterr().out)["packages"] == 0


@pytest.mark.usefixtures("cli_secrets")
@pytest.mark.parametrize("argv", [
    ["--workspace", "{a}", "status", "--workspace", "{b}"],
    ["export", "--workspace", "{a}", "verify", "{a}", "--workspace", "{b}"],
])
def test_two_different_workspaces_are_refused(tmp_path: Path, argv: list[str],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    filled = [a.format(a=tmp_path / "a", b=tmp_path / "b") for a in argv]
    assert cli.main(filled) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "--workspace was given twice with different folders" in captured.err
    assert not (tmp_path / "a").exists()
    assert not (tmp_path / "b").exists()


def test_every_subcommand_takes_workspace_after_it() -> None:
    for path, sub in command_paths(cli.build_parser()):
        assert any("--workspace" in a.option_strings for a in sub._actions), path


def test_json_under_an_internal_error(monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    from reviewer.commands import workspace as workspace_commands

    def broken() -> Any:
        raise ZeroDivisionError("a message that could quote data")

    monkeypatch.setattr(workspace_commands, "secret_store", broken)
    monkeypatch.delenv("REVIEWER_DEBUG", raising=False)
    assert cli.main(["status", "--json"]) == 1
    captured = capsys.readouterr()
    document = json.loads(captured.out)
    Draft202012Validator(SCHEMAS["status"]).validate(document)
    assert document["error"] == {"message": "internal error (ZeroDivisionError)"}
    assert "could quote" not in captured.out + captured.err


@pytest.mark.parametrize("argv", [["status", "--bogus"], ["org", "pack"], ["frob"],
                                  ["status", "--json", "--workspace"]])
def test_usage_errors_are_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    assert exited.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("reviewer: ")
    assert captured.err.rstrip().endswith("--help`)")


def test_export_json_verify_is_refused_as_json(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """`export --json verify DIR` would print text under a --json flag: refused instead."""
    assert cli.main(["export", "--json", "verify", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    document = json.loads(captured.out)
    Draft202012Validator(SCHEMAS["export"]).validate(document)
    assert "has no --json" in document["error"]["message"]
    assert captured.err.startswith("reviewer: `export verify DIR` has no --json")
