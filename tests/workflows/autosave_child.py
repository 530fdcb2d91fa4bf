"""Fork server for the kill -9 test: imports once, then forks one autosaving child per round.

stdin: first line "<workspace dir> <keyring file>", then "run <round>" per round.
stdout (one os.write per line): "pid <pid>", the child's "ack <clip> <round> <n>" after each
save_draft returned, and "exit <pid> <signal or -code>" once the child was reaped.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from reviewer.core.annotation import Annotation
from reviewer.vault.workspace import Workspace
from reviewer.workflows.review_session import ReviewSession
from tests.vault.fakes import FileSecretStore


def _autosave_forever(path: Path, keyring: str, round_no: int) -> None:
    ws = Workspace.open(path, FileSecretStore(Path(keyring)), create=False)
    session = ReviewSession(ws.clips)
    n = 0
    while True:
        n += 1
        clip = 1 + n % 3
        session.save_draft(clip, Annotation(transcript=f"r{round_no} n{n} " + "x" * (n % 50),
                                            handled_ms=n))
        os.write(1, f"ack {clip} {round_no} {n}\n".encode())


def main() -> None:
    folder, keyring = sys.stdin.readline().split()
    for line in sys.stdin:
        round_no = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            try:
                _autosave_forever(Path(folder), keyring, round_no)
            except BaseException as exc:
                os.write(2, f"child failed: {type(exc).__name__}: {exc}\n".encode())
                os._exit(3)
        os.write(1, f"pid {pid}\n".encode())
        _, status = os.waitpid(pid, 0)
        code = os.WTERMSIG(status) if os.WIFSIGNALED(status) else -os.WEXITSTATUS(status)
        os.write(1, f"exit {pid} {code}\n".encode())


if __name__ == "__main__":
    main()
