"""Benchmark: wall time and peak memory of each stage on the shipped reports.

Prints figures; it asserts nothing. Start-up (imports, jieba's dictionary, compiling the
rule patterns) is measured once and reported apart from the stages.

    python scripts/bench.py [PATH ...]        (default: every report in data/raw)
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
REPEATS = 5  # the fast stages are timed as the best of several runs


def measure(label: str, work: Callable[[], T], repeats: int = 1) -> tuple[T, float]:
    """Run `work`, print its best wall time and its peak traced memory; return its result."""
    best = float("inf")
    result: T
    for _ in range(repeats):
        began = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - began)
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"  {label:<28} {best * 1000:9.1f} ms   peak {peak / 2**20:7.1f} MiB")
    return result, best


def main(argv: list[str]) -> None:
    began = time.perf_counter()
    from un_report.export import write_tables
    from un_report.extract import extract
    from un_report.extract.subject import _posseg
    from un_report.ingest import ingest
    from un_report.ingest.pdf.reader import read_pdf_timed
    from un_report.rules import language
    from un_report.segment import segment

    language("zh").patterns, language("en").patterns
    _posseg()
    print(f"start-up (imports, rule patterns, jieba dictionary): {time.perf_counter() - began:.2f} s")

    paths = [Path(p) for p in argv] or sorted(
        p for p in Path("data/raw").iterdir() if p.suffix.lower() in (".txt", ".md", ".pdf")
    )
    for path in paths:
        print(f"{path.name}")
        doc, _ = measure("ingest", lambda p=path: ingest(p), 1 if path.suffix == ".pdf" else REPEATS)
        if path.suffix.lower() == ".pdf":
            _, timings = read_pdf_timed(path)
            print(
                f"    of which pdfplumber {timings.pdfplumber_seconds * 1000:9.1f} ms, ours "
                f"{timings.our_seconds * 1000:.1f} ms ({100 * (1 - timings.pdfplumber_share):.0f}% ours); "
                f"{timings.pages / (timings.pdfplumber_seconds + timings.our_seconds):.1f} pages/s"
            )
        units, t_segment = measure("segment", lambda d=doc: segment(d), REPEATS)
        figures, t_extract = measure("extract (with subjects)", lambda u=units, d=doc: extract(u, d.language), REPEATS)
        with tempfile.TemporaryDirectory() as out:
            measure("export (CSV + Parquet)", lambda u=units, f=figures, o=out: write_tables(u, f, Path(o)), REPEATS)
        print(
            f"  {len(units)} units, {len(figures)} figures; "
            f"segment {len(units) / t_segment:,.0f} units/s; extract {len(units) / t_extract:,.0f} units/s, "
            f"{len(figures) / t_extract:,.0f} figures/s"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
