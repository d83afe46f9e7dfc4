"""The command line: `un-report extract [PATH ...] [--out DIR]`.

Only parses arguments and calls the stages; `main(argv)` is what tests call in-process.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from un_report.errors import InputError
from un_report.ingest import SUFFIXES

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
    args = build_parser().parse_args(argv)
    from un_report.batch import run_batch

    files, errors = expand(args.paths or [DEFAULT_INPUT])
    return run_batch(files, errors, args.out, jobs=args.jobs, progress=not args.quiet)


if __name__ == "__main__":
    sys.exit(main())
