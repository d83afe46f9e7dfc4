"""A corpus run: every document read once, incrementally and resumably.

Each file is hashed; a file whose outcome the store holds (same bytes, same name, same
code) is not read again. The others are read by the local process pool or by a Dask
cluster, and each outcome is kept in the store the moment it arrives, so a run that is
killed resumes where it stopped. The tables are then assembled from the store alone, in
the order the files were given: a rerun, a resumed run and a run from scratch write
byte-identical tables.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from un_report.dataset import write_dataset
from un_report.errors import InputError
from un_report.export import prepare_output
from un_report.ingest.files import check_regular_file, path_problem
from un_report.limits import Limits
from un_report.pipeline import (
    BatchResult,
    Outcome,
    Progress,
    ReportResult,
    distinct,
    export_batch,
    report_outcome,
    report_outcomes,
)
from un_report.store import Store, document_key

STORE_FOLDER = ".store"  # the store's default place, inside the output folder
REASONS_SHOWN = 5  # the commonest reasons for refusal named in the closing summary


@dataclass
class CorpusResult:
    """What a corpus run did: the batch (every outcome, the tables written), how many
    documents were read now and how many came from the store, and the reading's pace."""

    batch: BatchResult
    read_now: int
    from_store: int
    seconds: float  # wall time of the reading (not the hashing, nor the export)
    pages_now: int  # pages of the documents read now
    dataset: list[Path] = field(default_factory=list)

    @property
    def pages_per_second(self) -> float | None:
        return self.pages_now / self.seconds if self.pages_now and self.seconds else None

    def summary(self) -> str:
        """The closing line: documents read and refused (by reason), coverage, pace."""
        results, errors = self.batch.results, self.batch.errors
        total = len(results) + len(errors)
        parts = [
            f"{total} document{'' if total == 1 else 's'}: {len(results)} read, {len(errors)} refused "
            f"({self.read_now} read now, {self.from_store} unchanged and taken from the store)"
        ]
        reasons = Counter(error.problem for error in errors)
        if reasons:
            shown = reasons.most_common(REASONS_SHOWN)
            rest = len(errors) - sum(n for _, n in shown)
            named = ", ".join(f"{n} {reason}" for reason, n in shown)
            parts.append(f"refused: {named}" + (f", {rest} other" if rest else ""))
        coverage = sorted(c for r in results if isinstance(c := getattr(r, "coverage", None), float))
        if len(coverage) >= 2:
            p10, p50, p90 = (statistics.quantiles(coverage, n=10, method="inclusive")[i] for i in (0, 4, 8))
            parts.append(f"coverage p10 {p10:.3f}, p50 {p50:.3f}, p90 {p90:.3f}")
        if self.pages_per_second:
            parts.append(f"{self.pages_now} pages in {self.seconds:.1f} s, {self.pages_per_second:.1f} pages/s")
        return "; ".join(parts)


def run_corpus(
    files: list[Path],
    out: Path,
    *,
    store: Path | None = None,
    jobs: int | None = None,
    scheduler: str | None = None,
    limits: Limits | None = None,
    dataset: Path | None = None,
    progress: Progress | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> CorpusResult:
    """Read the files the store does not hold (with `jobs` local processes, or on the Dask
    scheduler at `scheduler`), then write the tables of all of them into `out`, and the
    partitioned dataset into `dataset` if given. `on_outcome` hears of each document read
    now, as it finishes."""
    prepare_output(out)  # an unwritable output folder is said before the reading, not after
    files = distinct(files)
    kept = Store(store or out / STORE_FOLDER)
    keys: dict[Path, str] = {}
    unreadable: dict[Path, Outcome] = {}
    for path in files:
        try:
            check_regular_file(path)  # hashing a FIFO would block, /dev/zero fill the memory
            keys[path] = document_key(path)
        except InputError as exc:
            unreadable[path] = exc
        except OSError as exc:
            unreadable[path] = InputError(path, path_problem(path, exc))
    pending = _unique(path for path in files if path in keys and keys[path] not in kept)

    began = time.perf_counter()
    if scheduler and pending:  # nothing to read: no need of the cluster
        from un_report.cluster import read_on_cluster

        stream = read_on_cluster(scheduler, pending, limits)
    else:
        stream = report_outcomes(pending, jobs, limits)
    pages = 0
    for outcome in progress(stream, len(pending)) if progress else stream:
        key = keys.get(outcome.path)
        if key is None or not kept.put(key, outcome):
            unreadable[outcome.path] = outcome  # not kept: said in this run's tables and summary only
        if isinstance(outcome, ReportResult):
            pages += outcome.pages or 0
        if on_outcome:
            on_outcome(outcome)
    seconds = time.perf_counter() - began

    outcomes = [unreadable.get(path) or _stored(kept, keys[path], path, limits) for path in files]
    batch = export_batch(outcomes, out)
    written = write_dataset(batch.written, dataset) if dataset and batch.written else []
    return CorpusResult(batch, len(pending), len(files) - len(pending), seconds, pages, written)


def _stored(store: Store, key: str, path: Path, limits: Limits | None) -> Outcome:
    """The stored outcome of `path`; one that cannot be loaded (a store damaged by hand) is read again."""
    outcome = store.get(key, path)
    if outcome is None:
        outcome = report_outcome(path, limits)
        store.put(key, outcome)
        outcome = store.get(key, path) or outcome
    return outcome


def _unique(paths: Iterable[Path]) -> list[Path]:
    """Paths in order, each once."""
    return list(dict.fromkeys(paths))
