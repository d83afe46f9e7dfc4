"""Many reports in one run: each in its own process, errors reported, the rest exported."""

from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from un_report.align import agreement, align
from un_report.errors import InputError
from un_report.export import write_tables
from un_report.pipeline import ReportResult, run_report


def _run(path: Path) -> ReportResult | InputError:
    try:
        return run_report(path)
    except InputError as exc:
        return exc


def run_batch(
    files: list[Path], errors: list[InputError], out: Path, jobs: int | None = None, progress: bool = True
) -> int:
    """Process `files`, write the tables of all that succeeded, return the exit code."""
    results: list[ReportResult] = []
    workers = min(len(files), jobs or os.cpu_count() or 1)
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            outcomes = list(_progress(pool.map(_run, files), len(files), progress))
    else:
        outcomes = [_run(f) for f in _progress(files, len(files), progress)]
    for outcome in outcomes:
        if isinstance(outcome, InputError):
            errors.append(outcome)
        else:
            results.append(outcome)
            print(outcome.summary())
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    if results:
        units = [u for r in results for u in r.units]
        figures = [f for r in results for f in r.figures]
        aligned = align(figures)
        if aligned:
            print(agreement(aligned))
        written = write_tables(units, figures, out, aligned)
        print(f"wrote {', '.join(str(p) for p in written)}")
    elif not errors:
        print("error: no reports to read", file=sys.stderr)
        return 2
    return 1 if errors else 0


def _progress(items, total: int, enabled: bool):  # type: ignore[no-untyped-def]
    """A progress bar on stderr when several reports are read."""
    if not enabled or total < 2:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, unit="report", file=sys.stderr)
