"""Every query of the queue reads an index: a search, or an ordered walk of an index that stops
at its LIMIT, never a sort of every clip or a scan of the table. At 100,000 clips the planner's
own choice (the status index, then a sort of every new clip) made each "next clip" half a
second."""

from __future__ import annotations

import pytest

from reviewer.vault import queue_reads
from reviewer.vault.workspace import Workspace
from tests.vault.fakes import accepted_package

QUERIES = ["_ROWS_FROM", "_OPEN_ROWS", "_OPEN_BEFORE", "_PLAYABLE_AFTER", "_PLAYABLE_FIRST",
           "_NEXT", "_PREVIOUS", "_WHERE"]
# An ordered walk of an index, stopped by LIMIT: the first unfinished clips.
WALKS = {"_OPEN_ROWS": "SCAN c USING INDEX clips_open",
         "_PLAYABLE_FIRST": "SCAN clips USING INDEX clips_open"}


def _plan(workspace: Workspace, sql: str) -> list[str]:
    params = (1,) * sql.count("?")
    return [str(r[3]) for r in workspace.conn.execute("EXPLAIN QUERY PLAN " + sql,
                                                      params).fetchall()]


@pytest.mark.parametrize("name", QUERIES)
def test_each_queue_query_reads_an_index(workspace: Workspace, name: str) -> None:
    workspace.packages.store(accepted_package(clips=3))
    workspace.conn.execute("ANALYZE")  # whatever statistics the planner may gather
    plan = _plan(workspace, getattr(queue_reads, name))
    assert not any("TEMP B-TREE" in step for step in plan), plan
    for step in plan:
        if step == "CORRELATED SCALAR SUBQUERY 1":
            continue  # a package's clip count, searched below by its primary key
        if step.startswith("SCAN"):
            assert WALKS.get(name) == step, plan
        else:
            assert step.startswith("SEARCH"), plan
            assert "INDEX" in step or "PRIMARY KEY" in step, plan


def test_the_counts_read_the_status_index_only(workspace: Workspace) -> None:
    plan = _plan(workspace, "SELECT status, count(*) FROM clips GROUP BY status")
    assert plan == ["SCAN clips USING COVERING INDEX clips_by_status"]
