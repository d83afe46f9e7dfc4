"""The stages run together: one report (ingest → segment → extract), or a batch of them
(the reports read in a pool of processes, one report each, or in this process for one
job; then alignment and export).

Nothing here prints: `run_report` and `run_batch` return what happened, and the command
line (`un_report.cli`) decides what to say about it.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, partial
from importlib import import_module
from pathlib import Path

from un_report.assembly import Entry, LeftOut, assemble
from un_report.columns import FigureTable, UnitTable, last_page
from un_report.errors import InputError, Interrupted
from un_report.export import prepare_output
from un_report.extract import extract
from un_report.ingest import ingest
from un_report.limits import Limits, within
from un_report.models import FIGURE_KINDS, Document, DocumentRow, FrontMatter
from un_report.rules import language, supported
from un_report.segment import coverage, segment
from un_report.workers import Workers


@dataclass
class ReportResult:
    """One report's units and figures, with what the run summary says of it."""

    path: Path
    report: str
    lang: str
    units: UnitTable
    figures: FigureTable
    seconds: float
    notes: list[str] = field(default_factory=list)
    pages: int | None = None  # the last page with text on it (PDF), or the last printed page number (text)
    meta: FrontMatter = field(default_factory=FrontMatter)
    coverage: float | None = None

    @property
    def symbol(self) -> str:
        return "|".join(self.meta.symbols)

    def row(self, sha256: str | None = None) -> DocumentRow:
        """This report's row of the `documents` table (`sha256`: of the file, if known)."""
        m = self.meta
        return DocumentRow(
            source=self.path.name, sha256=file_sha256(self.path) if sha256 is None else sha256, status="read",
            report=self.report,
            symbol=self.symbol, lang=self.lang, title=m.title, date=m.date, session=m.session,
            agenda=m.agenda, job=m.job, pages=self.pages, units=len(self.units), figures=len(self.figures),
            coverage=self.coverage, warnings="; ".join(self.notes),
        )

    def summary(self) -> str:
        """One line: units, figures by kind, seconds, and any repair or loss."""
        kinds = self.figures.kinds()
        by_kind = ", ".join(f"{k} {kinds[k]}" for k in FIGURE_KINDS)
        line = (
            f"{self.path.name}: {self.report} [{self.lang}] {len(self.units)} units, "
            f"{len(self.figures)} figures ({by_kind}) in {self.seconds:.2f} s"
        )
        return "; ".join([line, *self.notes])


@dataclass
class BatchResult:
    """What a batch did: how many reports were read (and exported), the inputs refused, the
    reports left out, the agreement lines of figures_aligned, and the files written."""

    read: int
    errors: list[InputError]
    agreement: list[str]
    written: list[Path]
    left_out: list[LeftOut] = field(default_factory=list)
    coverage: list[float] = field(default_factory=list)  # of each report read and exported
    dataset: list[Path] = field(default_factory=list)  # the dataset's table folders written


def run_report(path: Path) -> ReportResult:
    """Read, segment and extract one report file."""
    began = time.perf_counter()
    return run_document(ingest(path), began)


def run_document(doc: Document, began: float | None = None) -> ReportResult:
    """Segment and extract a document already ingested; `began` is the `time.perf_counter()`
    at which reading it started (default: now), for the seconds the result reports."""
    began = time.perf_counter() if began is None else began
    notes: list[str] = []
    units = segment(doc, notes)
    figures = extract(units, doc.language)
    if doc.language.rules.figures is None:
        notes.append(f"no {doc.lang} figure rules exist yet")
    path = doc.path or Path(doc.source)
    pages = doc.pages or max((p for p in (last_page(doc.front), last_page(doc.lines)) if p is not None), default=None)
    return ReportResult(
        path, doc.report, doc.lang, units, figures, time.perf_counter() - began, notes, pages,
        meta=doc.meta, coverage=coverage(doc, units),
    )


def refused_row(error: InputError) -> DocumentRow:
    """The `documents` row of an input that was refused."""
    path = error.path
    return DocumentRow(
        source=path.name, sha256=file_sha256(path), status="refused", error=error.problem,
        report=path.stem, lang=getattr(error, "lang", ""),
    )


def file_sha256(path: Path) -> str:
    """The hex SHA-256 of a file's bytes; empty for a path that is no readable file."""
    digest = hashlib.sha256()
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would block, /dev/zero never end
            return ""
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return ""
    return digest.hexdigest()


Outcome = ReportResult | InputError


def report_outcome(path: Path, limits: Limits | None = None) -> Outcome:
    """`run_report` under `limits` (un_report.limits), a refusal returned rather than raised."""
    try:
        with within(limits or Limits(), path):
            return run_report(path)
    except InputError as exc:
        return exc
    except OSError as exc:  # the file changed or went away while read, a disk error
        return InputError(path, f"cannot be read: {exc.strerror or exc}")
    except Exception as exc:  # a bug in un-report: one file must not end the batch
        return InputError(path, f"un-report failed on this file ({type(exc).__name__}: {exc}); please report it")


Progress = Callable[[Iterable[Outcome], int], Iterable[Outcome]]


def run_batch(
    files: list[Path], out: Path, jobs: int | None = None, progress: Progress | None = None,
    limits: Limits | None = None,
) -> BatchResult:
    """Read `files` (in parallel with `jobs` processes, default one per core) and write the
    tables of all that were read into `out`; `progress` may wrap the stream of outcomes.
    An `OutputError` says why `out` cannot take the tables, before any file is read or
    when they are written (the tables there are then those of the last run). A file given
    twice is read once."""
    prepare_output(out)
    files = distinct(files)
    outcomes = report_outcomes(files, jobs, limits)
    finished = list(progress(outcomes, len(files)) if progress else outcomes)
    order = {path: i for i, path in enumerate(files)}
    finished.sort(key=lambda outcome: order.get(outcome.path, len(files)))
    return export_batch(finished, out)


def export_batch(outcomes: list[Outcome], out: Path, dataset: Path | None = None) -> BatchResult:
    """Align and write the tables of the reports read, in the order given (the outcomes in
    memory; `un_report.corpus` assembles them from the store instead)."""
    results = [o for o in outcomes if isinstance(o, ReportResult)]
    errors = [o for o in outcomes if isinstance(o, InputError)]
    return assembled_batch([in_memory(r) for r in results], errors, out, dataset)


def assembled_batch(entries: Sequence[Entry], errors: list[InputError], out: Path, dataset: Path | None) -> BatchResult:
    """The tables of the reports `entries` (`un_report.assembly`), with a documents row for
    each input refused (`errors`)."""
    done = assemble(entries, [refused_row(e) for e in errors], out, dataset)
    return BatchResult(done.read, errors, done.agreement, done.written, done.left_out, done.coverage, done.dataset)


def in_memory(result: ReportResult) -> Entry:
    """A report read, for the assembly, from memory."""
    row = result.row()
    return Entry(result.path, lambda: row, lambda: result)


def distinct(files: list[Path]) -> list[Path]:
    """`files` without repeats of one file (the same device and inode, else the same path)."""
    seen: set[object] = set()
    kept: list[Path] = []
    for path in files:
        try:
            info = path.stat()
            key: object = (info.st_dev, info.st_ino)
        except OSError:
            key = os.path.abspath(path)
        if key not in seen:
            seen.add(key)
            kept.append(path)
    return kept


def write_results(results: list[ReportResult], out: Path, errors: Sequence[InputError] = ()) -> list[Path]:
    """Align the figures of the reports read and write all their tables into `out`, with a
    `documents` row for each report read and each input refused (`errors`): the paths written."""
    return assembled_batch([in_memory(r) for r in results], list(errors), out, None).written


KILL_GRACE_SECONDS = 10.0  # past the time limit, a worker that did not stop itself is killed


def report_outcomes(files: list[Path], jobs: int | None = None, limits: Limits | None = None) -> Iterator[Outcome]:
    """The outcome of each file as it finishes, from `jobs` worker processes (default one
    per core; un_report.workers) or, for one job without a time limit, in this process.

    The pool gets the files largest first, so that no long document starts last while the
    other workers idle; the modules every worker needs are imported here first,
    once, and each worker starts with them (forked); a worker sends back the result
    without what no table holds (`lean`). The time limit is kept inside the worker
    (un_report.limits); a worker still busy `KILL_GRACE_SECONDS` after it (stuck where no
    Python instruction runs) is killed, and its file refused."""
    workers = min(len(files), jobs or os.cpu_count() or 1)
    seconds = limits.seconds if limits else None
    if workers <= 1 and seconds is None:
        yield from (report_outcome(path, limits) for path in files)
        return
    deadline = seconds + KILL_GRACE_SECONDS if seconds is not None else None
    late = f"over the time limit ({seconds:g} s)" if seconds is not None else ""
    prepare_readers()
    with Workers(partial(lean_outcome, limits=limits), workers, deadline, late, Interrupted) as pool:
        for _, outcome in pool.outcomes(largest_first(files) if workers > 1 else files):
            yield outcome


def lean_outcome(path: Path, limits: Limits | None = None) -> Outcome:
    """`report_outcome`, a result without what no table holds: what a worker sends back."""
    outcome = report_outcome(path, limits)
    return lean(outcome) if isinstance(outcome, ReportResult) else outcome


def lean(result: ReportResult) -> ReportResult:
    """The result without what no table holds: each unit's per-character pages and boxes
    (the figures carry their own page and box)."""
    return replace(result, units=result.units.without_provenance())


def largest_first(files: list[Path]) -> list[Path]:
    """The files by size, largest first (the longest to read, roughly); ties and files that
    cannot be looked at keep their order, the latter last."""
    def size(path: Path) -> int:
        try:
            return path.stat().st_size
        except OSError:
            return -1

    return sorted(files, key=size, reverse=True)


@cache
def prepare_readers() -> None:
    """Import, in this process, what reading a document needs on first use: the PDF reader's
    modules and every language's rules module (a worker forked after this has them). The
    patterns are compiled in each worker, for the languages it meets: all six would cost the
    parent about 2.5 s."""
    import_module("un_report.ingest.pdf.reader")
    for code in supported():
        language(code)
