"""Reading a corpus on a Dask distributed cluster (`--scheduler ADDRESS`, the `cluster` extra).

The client sends one task per document to the scheduler; a worker reads, segments and
extracts it (under the same limits as a local run) and sends the result back, which the
client keeps in its store as it arrives. Every worker must see each input file at the same
path as the client, and must run the same un-report: a worker whose code differs is caught
by comparing code versions, and its documents are refused rather than stored.

A worker that dies loses only the document it was reading, which is tried once more, then
reported. The scheduler retries a task whose worker died by itself, `allowed-failures`
times (`distributed.scheduler.allowed-failures`, 3 by default) before it fails the task
with `KilledWorker`, which says how many tries were made: the client sends the document
again only while fewer than `1 + RETRIES` tries were made. So a document is tried twice in
all when the scheduler allows 0 or 1 failures (as the README starts it), and
`1 + allowed-failures` times when the scheduler allows more.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from pathlib import Path

from un_report.errors import ClusterError, Interrupted
from un_report.limits import Limits
from un_report.pipeline import Outcome, largest_first, lean_outcome
from un_report.store import code_version

RETRIES = 1  # how many times a document whose worker died is tried again, the scheduler's tries included
Task = Callable[[Path, "Limits | None"], tuple[str, Outcome]]  # what a worker runs on one file


def read_on_worker(path: Path, limits: Limits | None) -> tuple[str, Outcome]:
    """The task a worker runs: the outcome of one document, and the code version that read it."""
    return code_version(), lean_outcome(path, limits)


def read_on_cluster(
    address: str, files: list[Path], limits: Limits | None = None, task: Task = read_on_worker
) -> Iterator[Outcome]:
    """The outcome of each file as a worker of the cluster at `address` finishes it (`task`
    is what a worker runs on each file)."""
    try:
        from dask.distributed import Client, as_completed
    except ImportError:
        raise ClusterError(address, "--scheduler needs Dask: pip install 'un-report[cluster]'") from None

    version = code_version()
    try:
        client = Client(address)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(address, f"no Dask scheduler answers at {address} ({exc})") from None
    with client:
        tries: dict[Hashable, tuple[Path, int]] = {}  # by task key: the file and the tries made before
        futures = []
        for path in largest_first(files):  # the scheduler starts them roughly in this order
            future = client.submit(task, path, limits, pure=False)
            tries[future.key] = (path, 0)
            futures.append(future)
        pending = as_completed(futures)
        for future in pending:
            path, before = tries.pop(future.key)
            try:
                worker_version, outcome = future.result()
            except Exception as exc:  # the worker died (KilledWorker), or the task failed
                made = tries_made(exc, before)
                if made < 1 + RETRIES:
                    again = client.submit(task, path, limits, pure=False)
                    tries[again.key] = (path, made)
                    pending.add(again)
                else:
                    yield Interrupted(path, f"lost on the cluster after {made} tries ({type(exc).__name__}: {exc})")
                continue
            finally:
                future.release()
            if worker_version != version:
                yield Interrupted(path, f"read by un-report {worker_version}, not {version}: update the workers")
            else:
                yield outcome


def tries_made(failure: Exception, before: int) -> int:
    """The tries of a document made in all when its task failed with `failure`, `before`
    made by earlier tasks: a `KilledWorker` says how many worker deaths the scheduler
    allowed the task (each a try); another failure is one try."""
    allowed = getattr(failure, "allowed_failures", None)
    return before + (allowed + 1 if isinstance(allowed, int) else 1)
