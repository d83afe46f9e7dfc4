"""Reading on a Dask cluster: a LocalCluster of two worker processes writes the tables a
local run writes, byte for byte; a document whose worker dies is tried twice in all (the
scheduler's own retries counted), then reported, and the batch goes on; no scheduler at
the address is one error line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_corpus import stored, tables, write_reports
from un_report.cli import main
from un_report.cluster import read_on_cluster
from un_report.corpus import run_corpus
from un_report.errors import Interrupted
from un_report.pipeline import ReportResult

distributed = pytest.importorskip("distributed")
dask = pytest.importorskip("dask")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    # A worker's death fails its task at once (the default lets the scheduler retry it three
    # times), so that the client's own single retry is what the test sees; and a worker holds
    # one task at a time, so that no other document is on a worker when it dies.
    settings = {"distributed.scheduler.allowed-failures": 0, "distributed.scheduler.worker-saturation": 1.0}
    with dask.config.set(settings), distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, silence_logs=50
    ) as cluster:
        yield cluster.scheduler_address


def test_a_cluster_run_writes_the_tables_of_a_local_run(scheduler: str, tmp_path: Path) -> None:
    files = write_reports(tmp_path / "in", 6)
    on_cluster = run_corpus(files, tmp_path / "cluster", scheduler=scheduler)
    run_corpus(files, tmp_path / "local", jobs=1)
    assert on_cluster.read_now == 6 and len(stored(tmp_path / "cluster")) == 6
    assert tables(tmp_path / "cluster") == tables(tmp_path / "local") and tables(tmp_path / "local")


def dies_on_doomed(path: Path, limits: object) -> object:
    """A task whose worker dies on a file named doomed*, after noting the try beside the file."""
    import os

    from un_report.cluster import read_on_worker

    if path.name.startswith("doomed"):
        with (path.parent / "tries").open("a", encoding="utf-8") as note:
            note.write(f"{os.getpid()}\n")
        os._exit(1)
    return read_on_worker(path, limits)  # type: ignore[arg-type]


def test_a_document_whose_worker_dies_is_tried_twice_then_reported(scheduler: str, tmp_path: Path) -> None:
    files = write_reports(tmp_path / "in", 2)
    doomed = tmp_path / "in" / "doomed.txt"
    doomed.write_bytes(files[0].read_bytes())
    outcomes = list(read_on_cluster(scheduler, [*files, doomed], task=dies_on_doomed))
    assert sorted(o.path.name for o in outcomes if isinstance(o, ReportResult)) == ["r001.txt", "r002.txt"]
    [lost] = [o for o in outcomes if isinstance(o, Interrupted)]
    assert lost.path == doomed and lost.problem.startswith("lost on the cluster after 2 tries (KilledWorker")
    assert len((tmp_path / "in" / "tries").read_text(encoding="utf-8").splitlines()) == 2


def killed(allowed_failures: int) -> Exception:
    """The failure the scheduler gives a task after `allowed_failures` + 1 worker deaths."""
    from distributed.scheduler import KilledWorker

    return KilledWorker("task-key", None, allowed_failures)  # type: ignore[arg-type]


# (the failure, tries made before it was sent) → tries made in all, and whether the client
# sends the document again: twice in all, whoever makes the second try.
TRIES_ROWS = [
    pytest.param(lambda: killed(0), 0, 1, True, id="scheduler-allows-none-first-death-client-retries"),
    pytest.param(lambda: killed(0), 1, 2, False, id="scheduler-allows-none-second-death-reported"),
    pytest.param(lambda: killed(1), 0, 2, False, id="scheduler-retried-once-client-does-not"),
    pytest.param(lambda: killed(3), 0, 4, False, id="scheduler-default-three-retries-reported"),
    pytest.param(lambda: ValueError("task failed"), 0, 1, True, id="task-error-one-try"),
]


@pytest.mark.parametrize(("failure", "before", "made", "again"), TRIES_ROWS)
def test_the_tries_of_a_lost_document_count_the_schedulers(failure, before: int, made: int, again: bool) -> None:
    from un_report.cluster import RETRIES, tries_made

    assert tries_made(failure(), before) == made
    assert (made < 1 + RETRIES) is again


def test_no_scheduler_at_the_address_is_one_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    [report] = write_reports(tmp_path / "in", 1)
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code = main(["extract", str(report), "--out", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:9", "--quiet"])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("error: no Dask scheduler answers at tcp://127.0.0.1:9 (") and err.count("\n") == 1
