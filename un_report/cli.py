"""The command line: `un-report extract [PATH ...] [--out DIR]`.

Only parses arguments, calls the library and prints what it returns: the one place that
prints. `main(argv)` is what tests call in-process.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from un_report.errors import InputError
from un_report.ingest import SUFFIXES

T = TypeVar("T")
DEFAULT_INPUT = Path("data/raw")
DEFAULT_OUTPUT = Path("data/out")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="un-report", description="Turn UN annual reports into paragraph and figure tables."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="read reports and write the tables")
    extract.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH",
        help=f"report files or folders ({', '.join(SUFFIXES)}); default {DEFAULT_INPUT}",
    )
    extract.add_argument("--out", type=Path, default=DEFAULT_OUTPUT, help=f"output folder; default {DEFAULT_OUTPUT}")
    extract.add_argument("--jobs", type=int, default=None, help="processes for a batch (default: one per core)")
    extract.add_argument("--quiet", action="store_true", help="no progress bar")
    review = commands.add_parser("review", help="write an HTML review page per report from the tables in --out")
    review.add_argument("paths", nargs="*", type=Path, metavar="PATH", help=f"input reports; default {DEFAULT_INPUT}")
    review.add_argument("--out", type=Path, default=DEFAULT_OUTPUT, help="folder of the tables; writes DIR/review")
    return parser


def expand(paths: Sequence[Path]) -> tuple[list[Path], list[InputError]]:
    """Files to read: each file as given, each folder's report files in name order."""
    files: list[Path] = []
    errors: list[InputError] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not found:
                errors.append(InputError(path, f"no report files ({', '.join(SUFFIXES)}) in this folder"))
            files += found
        elif path.exists():
            files.append(path)
        else:
            errors.append(InputError(path, "no such file or folder"))
    return files, errors


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0, 1 if any input failed, 2 if none given)."""
    args = build_parser().parse_args(argv)
    if args.command == "review":
        from un_report.review import run_review

        return run_review(args.out, args.paths or [DEFAULT_INPUT])
    return extract_command(args)


def extract_command(args: argparse.Namespace) -> int:
    from un_report.align import agreement
    from un_report.pipeline import run_batch

    files, errors = expand(args.paths or [DEFAULT_INPUT])
    batch = run_batch(files, args.out, jobs=args.jobs, progress=None if args.quiet else _progress)
    for result in batch.results:
        print(result.summary())
    errors += batch.errors
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    for line in agreement(batch.aligned):
        print(line)
    if batch.written:
        print(f"wrote {', '.join(str(p) for p in batch.written)}")
    elif not errors:
        print("error: no reports to read", file=sys.stderr)
        return 2
    return 1 if errors else 0


def _progress(items: Iterable[T], total: int) -> Iterable[T]:
    """A progress bar on stderr when several reports are read."""
    if total < 2:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, unit="report", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
