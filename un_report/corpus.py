"""A corpus run: every document read once, incrementally and resumably.

Each file is hashed; a file whose outcome the store holds (same bytes, same name, same
code) is not read again. The others are read by the local process pool or by a Dask
cluster, and each outcome is kept in the store the moment it arrives, so a run that is
killed resumes where it stopped. The tables are then assembled from the store alone, in
the order the files were given, one report at a time (un_report.assembly): a rerun, a
resumed run and a run from scratch write byte-identical tables, and the memory the
assembly takes is that of the largest report, whatever the number of documents.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from un_report.assembly import Entry, Readable
from un_report.errors import InputError, StoreError
from un_report.export import prepare_output
from un_report.ingest.files import check_regular_file, path_problem
from un_report.limits import Limits
from un_report.models import DocumentRow
from un_report.pipeline import (
    BatchResult,
    Outcome,
    Progress,
    ReportResult,
    assembled_batch,
    distinct,
    in_memory,
    report_outcome,
    report_outcomes,
)
from un_report.store import Store, document_key, file_sha256

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

    @property
    def dataset(self) -> list[Path]:
        """The dataset's table folders written."""
        return self.batch.dataset

    @property
    def pages_per_second(self) -> float | None:
        return self.pages_now / self.seconds if self.pages_now and self.seconds else None

    def summary(self) -> str:
        """The closing line: documents read and refused (by reason), coverage, pace."""
        read, errors = self.batch.read, self.batch.errors
        total = read + len(errors)
        parts = [
            f"{total} document{'' if total == 1 else 's'}: {read} read, {len(errors)} refused "
            f"({self.read_now} read now, {self.from_store} unchanged and taken from the store)"
        ]
        reasons = Counter(error.problem for error in errors)
        if reasons:
            shown = reasons.most_common(REASONS_SHOWN)
            rest = len(errors) - sum(n for _, n in shown)
            named = ", ".join(f"{n} {reason}" for reason, n in shown)
            parts.append(f"refused: {named}" + (f", {rest} other" if rest else ""))
        coverage = sorted(self.batch.coverage)
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
    content: dict[Path, str] = {}  # the sha256 of each file's bytes
    unreadable: dict[Path, Outcome] = {}
    for path in files:
        try:
            check_regular_file(path)  # hashing a FIFO would block, /dev/zero fill the memory
            content[path] = file_sha256(path)
            keys[path] = document_key(path, content[path])
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
        if key is None or not kept.put(key, outcome, content.get(outcome.path)):
            unreadable[outcome.path] = outcome  # not kept: said in this run's tables and summary only
        if isinstance(outcome, ReportResult):
            pages += outcome.pages or 0
        if on_outcome:
            on_outcome(outcome)
    seconds = time.perf_counter() - began

    entries: list[Entry] = []
    errors: list[InputError] = []
    for path in files:
        found = unreadable.get(path) or _stored(kept, keys[path], path, content[path], limits)
        if isinstance(found, InputError):
            errors.append(found)
        elif isinstance(found, ReportResult):
            entries.append(in_memory(found))
        else:
            entries.append(found)
    batch = assembled_batch(entries, errors, out, dataset)
    return CorpusResult(batch, len(pending), len(files) - len(pending), seconds, pages)


@dataclass(frozen=True)
class _Stored:
    """A report read, in the store: its row and its result are read from there when the
    assembly needs them."""

    store: Store
    key: str
    path: Path

    def head(self) -> DocumentRow:
        row = self.store.head(self.key, self.path)
        if not isinstance(row, DocumentRow):
            raise self._changed()
        return row

    def load(self) -> Readable:
        outcome = self.store.get(self.key, self.path)
        if not isinstance(outcome, ReportResult):
            raise self._changed()
        return outcome

    def _changed(self) -> StoreError:
        problem = f"the stored result of {self.path} changed while the tables were written"
        return StoreError(self.store.path(self.key), problem)

    def entry(self) -> Entry:
        return Entry(self.path, self.head, self.load)


def _stored(store: Store, key: str, path: Path, sha256: str, limits: Limits | None) -> Entry | Outcome:
    """The stored outcome of `path`: an entry for the assembly, or the refusal; one that
    cannot be read (a store damaged by hand) is read again."""
    head = store.head(key, path)
    if head is None:
        outcome = report_outcome(path, limits)
        if not store.put(key, outcome, sha256):
            return outcome
        head = store.head(key, path)
        if head is None:  # the store does not keep what it is given: the outcome, from memory
            return outcome
    if isinstance(head, InputError):
        return head
    return _Stored(store, key, path).entry()


def _unique(paths: Iterable[Path]) -> list[Path]:
    """Paths in order, each once."""
    return list(dict.fromkeys(paths))
