"""The command line: `un-report extract [PATH ...] [--out DIR]`.

Only parses arguments, calls the library and prints what it returns: the one place that
prints. `main(argv)` is what tests call in-process.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO, TypeVar

from un_report.errors import ClusterError, InputError, OutputError, StoreError
from un_report.ingest import SUFFIXES
from un_report.ingest.files import is_folder, path_problem

T = TypeVar("T")
DEFAULT_INPUT = Path("data/raw")
DEFAULT_OUTPUT = Path("data/out")
DEFAULT_TIME_LIMIT = 600.0  # seconds per document: a 300-page report takes about a minute
DEFAULT_MEMORY_LIMIT = 4096.0  # MiB resident per reading process
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # 128 + the signal's number, as shells report it


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
    extract.add_argument("--out", default=str(DEFAULT_OUTPUT), help=f"output folder; default {DEFAULT_OUTPUT}")
    extract.add_argument("--jobs", type=int, default=None, help="processes for a batch (default: one per core)")
    extract.add_argument(
        "--store", type=Path, default=None, metavar="DIR",
        help="where each document's result is kept for the next run (default: OUT/.store)",
    )
    extract.add_argument(
        "--dataset", type=Path, default=None, metavar="DIR",
        help="also write a Parquet dataset partitioned by lang and series (hive-style) into DIR",
    )
    extract.add_argument(
        "--scheduler", default=None, metavar="ADDRESS",
        help="read on the Dask cluster of this scheduler (tcp://host:8786) instead of local processes",
    )
    extract.add_argument(
        "--time-limit", type=float, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
        help=f"refuse a document still being read after SECONDS (default {DEFAULT_TIME_LIMIT:g}; 0: none)",
    )
    extract.add_argument(
        "--memory-limit", type=float, default=DEFAULT_MEMORY_LIMIT, metavar="MIB",
        help=f"refuse a document whose reader grows past MIB resident (default {DEFAULT_MEMORY_LIMIT:g}; 0: none)",
    )
    extract.add_argument("--quiet", action="store_true", help="no progress bar, no line per document: only problems")
    review = commands.add_parser("review", help="write an HTML review page per report from the tables in --out")
    review.add_argument("paths", nargs="*", type=Path, metavar="PATH", help=f"input reports; default {DEFAULT_INPUT}")
    review.add_argument("--out", type=Path, default=DEFAULT_OUTPUT, help="folder of the tables; writes DIR/review")
    figures = commands.add_parser(
        "figures", help="figures from a CSV or JSONL table of sentences or paragraphs (one unit per row)"
    )
    figures.add_argument("file", type=Path, metavar="FILE", help="a .csv (with a header row) or .jsonl file")
    figures.add_argument("--text-column", required=True, help="the column holding the text")
    figures.add_argument("--id-column", required=True, help="the column identifying the row (becomes para)")
    figures.add_argument("--lang", required=True, help="the language of the text (ISO 639-1: zh, en …)")
    figures.add_argument("--out", type=Path, default=DEFAULT_OUTPUT, help=f"output folder; default {DEFAULT_OUTPUT}")
    return parser


def expand(paths: Sequence[Path]) -> tuple[list[Path], list[InputError]]:
    """Files to read: each file as given, each folder's report files in name order.

    In a folder, every entry with a report suffix is a file to read, whatever it is: a
    broken link or a FIFO named .txt is then refused by name, never skipped unsaid."""
    files: list[Path] = []
    errors: list[InputError] = []
    for path in paths:
        if is_folder(path):
            try:
                found = sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES and not is_folder(p))
            except OSError as exc:
                errors.append(InputError(path, path_problem(path, exc)))
                continue
            if not found:
                errors.append(InputError(path, f"no report files ({', '.join(SUFFIXES)}) in this folder"))
            files += found
        elif os.path.lexists(path):
            files.append(path)  # whatever it is, reading it says what is wrong with it
        else:
            errors.append(InputError(path, "no such file or folder"))
    return files, errors


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0; 1 if any input failed or the tables
    could not be written; 2 if none given; 130 on Ctrl-C, 143 on SIGTERM)."""
    args = build_parser().parse_args(argv)
    if args.command == "review":
        from un_report.review import run_review

        return run_review(args.out, args.paths or [DEFAULT_INPUT])
    if args.command == "figures":
        return figures_command(args)
    return extract_command(args)


def figures_command(args: argparse.Namespace) -> int:
    from un_report.export import write_figures
    from un_report.rules import UnsupportedLanguage
    from un_report.sentences import read_sentence_figures

    try:
        figures = read_sentence_figures(args.file, args.lang, text_column=args.text_column, id_column=args.id_column)
    except UnsupportedLanguage as exc:
        print(f"error: --lang {args.lang}: {exc}", file=sys.stderr)
        return 2
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    written = write_figures(figures, args.out)
    rows = len({f.para for f in figures})
    print(f"{args.file.name}: {len(figures)} figures in {rows} rows; wrote {', '.join(str(p) for p in written)}")
    return 0


class Terminated(BaseException):
    """SIGTERM arrived: the run stops as for Ctrl-C (not an `Exception`, so nothing swallows it)."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def extract_command(args: argparse.Namespace) -> int:
    """`extract`, with what ends it early said in one line: an output folder that cannot take
    the tables, Ctrl-C, SIGTERM."""
    from un_report.export import manifest_of

    if not args.out:
        print("error: --out is empty; name the folder for the tables", file=sys.stderr)
        return 2
    out = Path(args.out)
    before = manifest_of(out)
    previous = signal.signal(signal.SIGTERM, _terminate)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})  # a parent may have blocked them
    try:
        return _extract(args, out)
    except (OutputError, StoreError, ClusterError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, Terminated) as exc:
        what = "terminated" if isinstance(exc, Terminated) else "interrupted"
        state = "unchanged" if manifest_of(out) == before else "this run's, written before it stopped"
        print(f"\n{what}; the tables in {out} are {state}", file=sys.stderr)
        return EXIT_TERMINATED if isinstance(exc, Terminated) else EXIT_INTERRUPTED
    finally:
        signal.signal(signal.SIGTERM, previous)


def _extract(args: argparse.Namespace, out: Path) -> int:
    from un_report.corpus import run_corpus
    from un_report.limits import Limits
    from un_report.pipeline import Outcome

    files, errors = expand(args.paths or [DEFAULT_INPUT])
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    told: set[Path] = set()

    def tell(outcome: Outcome) -> None:
        """A line per document as it finishes: its summary, or its error."""
        told.add(outcome.path)
        if isinstance(outcome, InputError):
            _write(f"error: {outcome}", sys.stderr)
        elif not args.quiet:
            _write(outcome.summary(), sys.stdout)

    run = run_corpus(
        files, out, store=args.store, jobs=args.jobs, scheduler=args.scheduler,
        limits=Limits(seconds=args.time_limit or None, memory_mib=args.memory_limit or None),
        dataset=args.dataset, progress=None if args.quiet else _progress, on_outcome=tell,
    )
    for left in run.batch.left_out:  # not a problem, but a file whose rows are not in the tables
        print(left.summary())
    for error in run.batch.errors:
        if error.path not in told:  # refused in an earlier run, the store remembers it
            print(f"error: {error}", file=sys.stderr)
    errors += run.batch.errors
    for line in run.batch.agreement:
        print(line)
    if run.batch.written:
        print(f"wrote {', '.join(str(p) for p in run.batch.written)}")
    if run.dataset:
        print(f"wrote the dataset {', '.join(str(p) for p in run.dataset)}")
    if not run.batch.written and not errors:
        print("error: no reports to read", file=sys.stderr)
        return 2
    if files:
        print(run.summary())
    return 1 if errors else 0


def _write(line: str, stream: TextIO) -> None:
    """Print a line without breaking the progress bar."""
    from tqdm import tqdm

    tqdm.write(line, file=stream)


def _progress(items: Iterable[T], total: int) -> Iterable[T]:
    """A progress bar (documents/s, time left) on stderr, when it is a terminal and several
    documents are read."""
    if total < 2:
        return items
    from tqdm import tqdm

    bar: Iterable[T] = tqdm(items, total=total, unit="doc", file=sys.stderr, disable=None, smoothing=0.1)
    return bar


if __name__ == "__main__":
    sys.exit(main())
