"""bash and zsh completion generated from the real parser (shtab): the bash script is sourced
in a real bash and asked what `reviewer st<TAB>` and friends complete to."""

from __future__ import annotations

import argparse
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from reviewer.cli import build_parser

# Sources the script, finds the function it registered for `reviewer` (complete -p), fills
# bash's completion variables for the line as typed and prints COMPREPLY, one per line.
ASK = r'''
source "$1"
func=$(complete -p reviewer | sed -n 's/.*-F \([^ ]*\) .*/\1/p')
[ -n "$func" ] || { echo "no completion function registered for reviewer" >&2; exit 3; }
read -r -a COMP_WORDS <<<"$2"
[[ "$2" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE="$2"; COMP_POINT=${#COMP_LINE}
"$func" reviewer "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
'''


def complete(script: Path, line: str) -> list[str]:
    result = subprocess.run(["bash", "--norc", "--noprofile", "-c", ASK, "_", str(script), line],
                            capture_output=True, text=True, timeout=60, cwd=script.parent)
    assert result.returncode == 0, result.stderr
    return [word for word in result.stdout.splitlines() if word]


@pytest.fixture
def bash_script(make_completions: ModuleType, tmp_path: Path) -> Path:
    path = tmp_path / "reviewer.bash"
    path.write_text(make_completions.render(build_parser(), "bash"))
    return path


def test_subcommands_complete_from_their_prefix(bash_script: Path) -> None:
    assert complete(bash_script, "reviewer st") == ["status"]
    assert complete(bash_script, "reviewer org p") == ["pack"]
    assert complete(bash_script, "reviewer zz") == []


def test_options_complete_for_the_command_and_below_it(bash_script: Path) -> None:
    assert complete(bash_script, "reviewer --work") == ["--workspace"]
    status = complete(bash_script, "reviewer status --")
    assert {"--json", "--passphrase-file", "--help"} <= set(status)
    assert "--with-audio" not in status  # export's, not status's
    assert complete(bash_script, "reviewer export --with") == ["--with-audio"]
    assert complete(bash_script, "reviewer org pack --task ") == ["transcribe", "verify"]


def test_path_arguments_complete_files(bash_script: Path, tmp_path: Path) -> None:
    (tmp_path / "clips.rpkg").write_text("")
    (tmp_path / "work").mkdir()
    (tmp_path / "worknotes.txt").write_text("")
    assert "clips.rpkg" in complete(bash_script, "reviewer import cl")
    assert complete(bash_script, "reviewer --workspace wo") == ["work"]  # folders only


def test_completion_follows_the_parser(make_completions: ModuleType, tmp_path: Path) -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    sub.add_parser("stumble", help="fall over").add_argument("--sideways", action="store_true")
    path = tmp_path / "reviewer.bash"
    path.write_text(make_completions.render(parser, "bash"))
    assert complete(path, "reviewer st") == ["status", "stumble"]
    assert complete(path, "reviewer stumble --side") == ["--sideways"]


def test_the_zsh_script_is_an_autoloadable_completion(make_completions: ModuleType) -> None:
    script = make_completions.render(build_parser(), "zsh")
    assert script.splitlines()[0] == "#compdef reviewer"
    for word in ("status", "org", "--passphrase-file", "--workspace", "--json"):
        assert word in script
