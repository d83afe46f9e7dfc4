"""Benchmark of the assembly of the tables from the result store: its peak memory against the
number of documents.

One report (the shipped Chinese edition, data/raw/A_80_1_zh.txt) is read once; its result
is stored again and again, each copy under a file name and a report symbol of its own, as a
corpus of that many distinct reports would be. Each count of documents is then assembled
from the store (every one found there, none read) in a fresh process, which prints how much
its resident memory grew over the assembly: the highest resident memory seen (sampled every
`SAMPLE_SECONDS` by a thread) less what the process held before, after the imports and the
assembly of one document. The growth is bounded by the largest report and the rows held back
for the Parquet files' row groups (`export.BUFFER_BYTES`, 16 MiB in all).

Prints figures; it asserts nothing. A streaming assembly keeps the growth flat as the
documents multiply; one that holds every result grows with them.

    python scripts/bench_assembly.py [--documents 10 100 400]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "data" / "raw" / "A_80_1_zh.txt"
KIB = 1024
SAMPLE_SECONDS = 0.01  # how often the resident memory is looked at during the assembly


def resident_mib() -> float:
    with open("/proc/self/statm", encoding="ascii") as stream:
        return int(stream.read().split()[1]) * resource.getpagesize() / KIB / KIB


def build(folder: Path, count: int) -> None:
    """`count` files in folder/in, each with a stored result of its own in folder/store."""
    from un_report.columns import FigureTable, UnitTable
    from un_report.pipeline import ReportResult, report_outcome
    from un_report.store import Store, document_key

    result = report_outcome(REPORT)
    assert isinstance(result, ReportResult), result
    store = Store(folder / "store")
    (folder / "in").mkdir()
    for n in range(count):
        path = folder / "in" / f"r{n:06d}.txt"
        path.write_text(f"{n}\n", encoding="utf-8")  # the key is of the bytes and the name: one each
        report = f"A/80/{n + 1}"
        copy = ReportResult(
            path, report, result.lang,
            UnitTable(u.model_copy(update={"report": report, "source": path.name}) for u in result.units),
            FigureTable(f.model_copy(update={"report": report, "source": path.name}) for f in result.figures),
            result.seconds, result.notes, result.pages, result.meta, result.coverage,
        )
        store.put(document_key(path), copy)


def child(folder: Path, count: int) -> None:
    """Assemble the tables of the first `count` files from the store; print the growth."""
    from un_report.corpus import run_corpus

    files = sorted((folder / "in").iterdir())[:count]
    run_corpus(files[:1], folder / f"warm-{count}", store=folder / "store", jobs=1)  # the imports, untimed
    before = resident_mib()
    peak, done = [before], threading.Event()

    def sample() -> None:
        while not done.wait(SAMPLE_SECONDS):
            peak[0] = max(peak[0], resident_mib())

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    began = time.perf_counter()
    run = run_corpus(files, folder / f"out-{count}", store=folder / "store", jobs=1)
    seconds = time.perf_counter() - began
    done.set()
    watcher.join()
    assert run.read_now == 0, "every document should come from the store"
    rows = sum(1 for _ in (folder / f"out-{count}" / "figures.csv").open(encoding="utf-8")) - 1
    print(f"  {count:6d} documents  {rows:8d} figure rows  peak memory of the assembly "
          f"+{peak[0] - before:6.0f} MiB  ({seconds:.1f} s)")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, nargs="+", default=[10, 100, 400])
    parser.add_argument("--child", nargs=2, metavar=("FOLDER", "COUNT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child[0]), int(args.child[1]))
        return
    print(f"assembly from the store: one report ({REPORT.name}) stored under many names")
    with tempfile.TemporaryDirectory() as scratch:
        build(Path(scratch), max(args.documents))
        for count in sorted(args.documents):
            subprocess.run([sys.executable, __file__, "--child", scratch, str(count)], check=True)


if __name__ == "__main__":
    main(sys.argv[1:])
