"""Benchmark of a corpus run: pages per second per core, against pdfplumber's own page by
page character pass over the same files; the speed-up of 2 processes over 1; the peak
memory of a worker.

The speed-up is that of a real corpus run (`un_report.corpus.run_corpus`, a fresh store
each time, the command line's default limits): the pool's processes started from the
parent, the files sent largest first, each result sent back to the parent and stored
there; its wall time of reading with 2 worker processes against 1.

Prints figures; it asserts nothing. Goals (issue 13): at most 1.2 times pdfplumber's time
(pdfplumber is the floor), a speed-up of at least 1.8 with 2 processes on 2 free cores.
Then one long report alone, each pass in a fresh process: the peak memory and time of
pdfplumber's page-by-page pass and of un-report (issue 10: memory flat in pages, under
300 MB for a 212-page report; time within 1.2 times pdfplumber's). The report is the
corpus's longest (most pages), or, with `--pages N`, a report of N pages made for the
measure: the corpus's longest reports, longest first, put one after another with pypdf
into a temporary file (the last one cut at N pages), so it has the pages, type and
drawings of real UN reports. Timings on a machine shared with other work are upper
bounds, and the speed-up a lower one.

    python scripts/bench_corpus.py [--corpus DIR] [--limit N] [--pages N] [--big-only]

The default corpus is ../shared/corpus/un-documents (beside the repository); `--limit N`
takes N of its PDFs, evenly spaced in name order, so that the run takes minutes.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import warnings
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("shared") / "corpus" / "un-documents"
# beside the repository, or beside the folder of a git worktree's checkout (/work/wt/<name>)
PLACES = (ROOT.parent, ROOT.parent.parent)
DEFAULT_CORPUS = next((place / CORPUS for place in PLACES if (place / CORPUS).is_dir()), ROOT.parent / CORPUS)
WARM_UP = "A/1/1\n\nI. Introduction\n\n1. We helped 40 countries in 2024.\n"  # imports and patterns, untimed
KIB = 1024
MIB_IN_MB = 1e6 / 2**20  # the goal is in MB (10^6 bytes); resident memory is printed in MiB
MEMORY_GOAL_MB = 300  # issue 10: peak memory for a 212-page report
DEFAULT_TIME_LIMIT, DEFAULT_MEMORY_LIMIT = 600.0, 4096.0  # un_report.cli's defaults


@dataclass(frozen=True)
class Done:
    """One document read in a worker: its pages, the seconds it took, the worker and its peak memory."""

    pages: int
    seconds: float
    refused: bool
    pid: int
    peak_mib: float


def read_one(path: Path) -> Done:
    from un_report.pipeline import ReportResult, report_outcome

    began = time.perf_counter()
    outcome = report_outcome(path)
    seconds = time.perf_counter() - began
    pages = (outcome.pages or 0) if isinstance(outcome, ReportResult) else _pages(path)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / KIB  # Linux: KiB
    return Done(pages, seconds, not isinstance(outcome, ReportResult), os.getpid(), peak)


def _pages(path: Path) -> int:
    import pdfplumber

    try:
        with pdfplumber.open(path) as pdf:
            return len(pdf.pages)
    except Exception:  # a PDF pdfplumber cannot open has no pages to count
        return 0


def plumber_pass(path: Path) -> tuple[int, float]:
    """pdfplumber's own pass: every page parsed into its characters; (pages, seconds)."""
    import pdfplumber

    began = time.perf_counter()
    pages = 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.chars  # noqa: B018  (the property parses the page)
                    page.close()
                    pages += 1
    except Exception:  # a PDF pdfplumber cannot parse is skipped in both passes alike
        pass
    return pages, time.perf_counter() - began


def big_report(path: Path, label: str = "longest report") -> None:
    """`path` read alone, by pdfplumber's page-by-page pass and by un-report, each in a
    fresh process (imports included in memory, not in time): peak memory and seconds."""
    import subprocess

    pages = _pages(path)
    print(f"{label}: {path.name}, {pages} pages; load average {os.getloadavg()[0]:.1f}")
    figures, peaks = {}, {}
    for mode in ("plumber", "un-report"):
        done = subprocess.run(
            [sys.executable, __file__, "--one", mode, str(path)], capture_output=True, text=True, check=True
        )
        seconds, peak = map(float, done.stdout.split()[-2:])
        figures[mode], peaks[mode] = seconds, peak
        what = "pdfplumber page-by-page pass" if mode == "plumber" else "un-report (read, segment, extract)"
        print(f"  {what:<36} {seconds:7.1f} s   peak {peak:5.0f} MiB resident (imports included)")
    print(f"  ratio to pdfplumber                  {figures['un-report'] / figures['plumber']:7.2f}   (goal <= 1.2)")
    print(f"  un-report's peak                     {peaks['un-report'] / MIB_IN_MB:7.0f} MB    "
          f"(goal < {MEMORY_GOAL_MB} MB for a 212-page report; imports included)")


def long_report(corpus: Path, pages: int, folder: Path) -> Path | None:
    """A report of `pages` pages made of the corpus's longest reports (most pages first, the
    last one cut), written with pypdf into `folder`; None if the corpus has too few pages."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    taken: list[str] = []
    for path in _by_length(corpus):
        if len(writer.pages) >= pages:
            break
        reader = PdfReader(path)
        for page in reader.pages[: pages - len(writer.pages)]:
            writer.add_page(page)
        taken.append(path.name)
    if len(writer.pages) < pages:
        return None
    target = folder / f"long-{pages}-pages.pdf"
    with target.open("wb") as f:
        writer.write(f)
    print(f"a {pages}-page report made of: {', '.join(taken)}")
    return target


def _one(mode: str, path: Path) -> None:
    """In a fresh process: one pass over `path`; prints its seconds and peak memory (MiB)."""
    if mode == "plumber":
        import pdfplumber  # noqa: F401

        began = time.perf_counter()
        plumber_pass(path)
    else:
        from un_report.pipeline import report_outcome
        from un_report.rules import language

        language("en").patterns  # noqa: B018  (start-up, untimed)
        began = time.perf_counter()
        report_outcome(path)
    seconds = time.perf_counter() - began
    print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / KIB)


def _longest(corpus: Path) -> Path | None:
    """The corpus's PDF with the most pages (the manifest's count when there is one)."""
    return next(iter(_by_length(corpus)), None)


def _by_length(corpus: Path) -> list[Path]:
    """The corpus's PDFs, most pages first (the manifest's counts when there is one), ties
    in name order."""
    import csv

    manifest = corpus / "MANIFEST.csv"
    if manifest.is_file():
        with manifest.open(encoding="utf-8") as f:
            rows = [r for r in csv.DictReader(f) if (r.get("pages") or "").isdigit() and (corpus / r["file"]).is_file()]
        if rows:
            return [corpus / r["file"] for r in sorted(rows, key=lambda r: (-int(r["pages"]), r["file"]))]
    counted = [(_pages(path), path) for path in sorted(corpus.glob("*.pdf"))]
    return [path for _, path in sorted(counted, key=lambda c: (-c[0], c[1].name))]


def _warm(folder: str) -> None:
    """Each worker's start-up (imports, rule patterns), outside the timed runs."""
    from un_report.pipeline import report_outcome

    path = Path(folder) / f"warm-{os.getpid()}.txt"
    path.write_text(WARM_UP, encoding="utf-8")
    report_outcome(path)
    import pdfplumber  # noqa: F401


def _ready(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def run_pool(files: list[Path], workers: int, scratch: str) -> tuple[list[Done], float]:
    """Read `files` with `workers` warm processes; the outcomes and the wall time."""
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm, initargs=(scratch,)) as pool:
        list(pool.map(_ready, [0.5] * workers))  # every worker started and warm before the clock
        began = time.perf_counter()
        done = list(pool.map(read_one, files))
        return done, time.perf_counter() - began


def corpus_run(files: list[Path], jobs: int, scratch: str) -> float:
    """The wall time of reading `files` in a corpus run with `jobs` worker processes."""
    from un_report.corpus import run_corpus
    from un_report.limits import Limits

    out = Path(tempfile.mkdtemp(dir=scratch))
    limits = Limits(seconds=DEFAULT_TIME_LIMIT, memory_mib=DEFAULT_MEMORY_LIMIT)  # as the command line: a pool of 1
    return run_corpus(files, out, jobs=jobs, limits=limits).seconds


def sample(corpus: Path, limit: int | None) -> list[Path]:
    files = sorted(corpus.glob("*.pdf"))
    if limit and limit < len(files):
        step = len(files) / limit
        files = [files[int(i * step)] for i in range(limit)]
    return files


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="read N PDFs of the corpus, evenly spaced")
    parser.add_argument("--big-only", action="store_true", help="only the long report, alone")
    parser.add_argument("--pages", type=int, default=None,
                        help="measure a report of N pages made of the corpus's longest ones, not the longest")
    if argv[:1] == ["--one"]:
        return _one(argv[1], Path(argv[2]))
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus: {args.corpus} not found (it lives beside the repository); nothing measured")
        return
    if args.big_only:
        _long_one(args.corpus, args.pages)
        return
    files = sample(args.corpus, args.limit)
    files.sort(key=lambda p: p.stat().st_size, reverse=True)  # largest first: the pool's tail is short
    load = os.getloadavg()[0]
    print(f"corpus: {len(files)} PDFs of {args.corpus} on {os.cpu_count()} cores, load average {load:.1f} at the start")

    plumber = [plumber_pass(path) for path in files]
    plumber_pages, plumber_seconds = sum(p for p, _ in plumber), sum(s for _, s in plumber)
    print(f"  pdfplumber character pass   {plumber_pages / plumber_seconds:7.2f} pages/s  ({plumber_seconds:.1f} s)")

    with tempfile.TemporaryDirectory() as scratch:
        one, _ = run_pool(files, 1, scratch)
        load_before = os.getloadavg()[0]
        wall_one = corpus_run(files, 1, scratch)
        wall_two = corpus_run(files, 2, scratch)
    pages = sum(d.pages for d in one)
    busy = sum(d.seconds for d in one)
    print(f"  un-report, 1 process        {pages / busy:7.2f} pages/s per core  ({busy:.1f} s; "
          f"{sum(d.refused for d in one)} refused)")
    print(f"  ratio to pdfplumber         {busy / plumber_seconds:7.2f}   (goal <= 1.2)")
    print(f"  2 processes                 {pages / wall_two:7.2f} pages/s  (wall {wall_two:.1f} s against "
          f"{wall_one:.1f} s with 1: corpus runs)")
    print(f"  speed-up, 2 processes vs 1  {wall_one / wall_two:7.2f}   (goal >= 1.8 on 2 free cores; load average "
          f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after)")
    peaks = {}
    for d in one:
        peaks[d.pid] = max(peaks.get(d.pid, 0.0), d.peak_mib)
    print(f"  peak memory per worker      {max(peaks.values()):7.0f} MiB resident (largest of {len(peaks)} workers)")
    print(f"  load average at the end     {os.getloadavg()[0]:7.1f}   (other work on the machine slows every figure)")
    _long_one(args.corpus, args.pages)


def _long_one(corpus: Path, pages: int | None) -> None:
    """The long report's measure: the corpus's longest, or one of `pages` pages made for it."""
    if pages is None:
        longest = _longest(corpus)
        if longest is not None:
            big_report(longest)
        return
    with tempfile.TemporaryDirectory() as folder:
        made = long_report(corpus, pages, Path(folder))
        if made is None:
            print(f"the corpus has fewer than {pages} pages in all: no long report measured")
            return
        big_report(made, f"a report of {pages} pages")


if __name__ == "__main__":
    main(sys.argv[1:])
