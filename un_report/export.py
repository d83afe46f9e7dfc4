"""Stage 4, export: units and figures → CSV and Parquet tables, with the columns of the
README's data dictionary (the output contract, ../shared/CONTRACT.md beside the repository).

The tables of a run are replaced as one set. They are written into a staging folder
inside the output folder, then, under an exclusive lock on the folder (`flock`: a second
run into the same folder waits for the first), moved into place one by one while
`manifest.json` is absent, and `manifest.json` is written last: it names the run and
every file of its set with its SHA-256. A reader that must never mix two runs reads the
manifest before and after the tables and compares the digests; a folder without a
manifest holds no complete set. A failed or interrupted run leaves the last set as it
was; what a killed run left (its staging folder) is removed by the next run. Each file
gets the mode a plain `open` would give it (the user's umask applied). The same inputs
give byte-identical CSV.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import signal
import tempfile
import threading
import time
import typing
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from un_report.align import AlignedFigure
from un_report.errors import OutputError
from un_report.models import DocumentRow, Figure, Unit

# Column order and Arrow type of each table (the README's data dictionary).
PARAGRAPH_COLUMNS: dict[str, pa.DataType] = {
    "report": pa.string(), "source": pa.string(), "lang": pa.string(), "part": pa.string(),
    "para": pa.string(), "kind": pa.string(), "number": pa.int64(), "chapter": pa.string(), "section": pa.string(),
    "heading": pa.string(), "title": pa.string(), "page": pa.int64(), "text": pa.string(),
}
FIGURE_COLUMNS: dict[str, pa.DataType] = {
    "id": pa.string(), "report": pa.string(), "source": pa.string(), "lang": pa.string(),
    "part": pa.string(), "para": pa.string(), "kind": pa.string(), "value": pa.float64(), "unit": pa.string(),
    "subject": pa.string(), "qualifier": pa.string(), "text": pa.string(), "start": pa.int64(),
    "end": pa.int64(), "page": pa.int64(), "x0": pa.float64(), "top": pa.float64(),
    "x1": pa.float64(), "bottom": pa.float64(), "editions": pa.int64(),
}
ALIGNED_COLUMNS: dict[str, pa.DataType] = {
    "report": pa.string(), "part": pa.string(), "para": pa.string(), "kind": pa.string(),
    "value": pa.float64(), "lang": pa.string(), "id": pa.string(), "text": pa.string(),
    "en_id": pa.string(), "en_text": pa.string(), "status": pa.string(),
}
ALIGNED = "figures_aligned"
SET_TABLES = ("documents", "paragraphs", "figures", ALIGNED)  # the tables a run replaces as one set
MANIFEST = "manifest.json"  # names the files of the last complete set, with their digests
STAGING_PREFIX = ".staging-"  # a run's tables before they move into place
NEW_FILE_MODE = 0o666  # the mode open() asks for a new file; the umask takes its share
def _arrow_type(annotation: object) -> pa.DataType:
    """The Arrow type of a model field: int and float as such (nullable), all else string."""
    args = typing.get_args(annotation) or (annotation,)
    return pa.int64() if int in args else pa.float64() if float in args else pa.string()


# The documents table's columns are DocumentRow's fields, in order (CONTRACT.md).
DOCUMENT_COLUMNS: dict[str, pa.DataType] = {
    name: _arrow_type(info.annotation) for name, info in DocumentRow.model_fields.items()
}


def paragraphs_frame(units: list[Unit]) -> pd.DataFrame:
    rows = [u.model_dump(include=set(PARAGRAPH_COLUMNS)) for u in units]
    return _frame(rows, PARAGRAPH_COLUMNS)


def documents_frame(rows: list[DocumentRow]) -> pd.DataFrame:
    return _frame([r.model_dump() for r in sorted(rows, key=lambda r: r.source)], DOCUMENT_COLUMNS)


def figures_frame(figures: list[Figure]) -> pd.DataFrame:
    rows = []
    for f in figures:
        row = f.model_dump(include=set(FIGURE_COLUMNS))
        row["id"] = f.id
        row["value"] = _to_float(f.value)
        rows.append(row)
    return _frame(rows, FIGURE_COLUMNS)


def _to_float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _frame(rows: list[dict[str, object]], columns: dict[str, pa.DataType]) -> pd.DataFrame:
    """A frame with exactly the contract's columns: strings, nullable Int64, float64."""
    frame = pd.DataFrame(rows, columns=list(columns))
    for name, dtype in columns.items():
        if pa.types.is_integer(dtype):
            frame[name] = frame[name].astype("Int64")
        elif pa.types.is_floating(dtype):
            frame[name] = frame[name].astype("float64")
        else:
            frame[name] = frame[name].fillna("").astype("string")
    return frame


def aligned_frame(rows: list[AlignedFigure]) -> pd.DataFrame:
    records = []
    for r in rows:
        record = r.model_dump()
        record["value"] = _to_float(r.value)
        records.append(record)
    return _frame(records, ALIGNED_COLUMNS)


def write_tables(
    units: list[Unit],
    figures: list[Figure],
    out: Path,
    aligned: list[AlignedFigure] | None = None,
    documents: list[DocumentRow] | None = None,
) -> list[Path]:
    """Write paragraphs and figures (and, with several editions, figures_aligned; with
    `documents`, one row per input) as CSV and Parquet into `out`, replacing the tables
    there as one set; returns the paths written.

    The set is written into a staging folder inside `out`, then moved into place under a
    lock on `out` with the manifest last (see the module docstring). An `OutputError` says
    why `out` cannot take the tables; then the tables there are those of the last run."""
    tables = [("paragraphs", paragraphs_frame(units), PARAGRAPH_COLUMNS),
              ("figures", figures_frame(figures), FIGURE_COLUMNS)]
    if documents is not None:
        tables.insert(0, ("documents", documents_frame(documents), DOCUMENT_COLUMNS))
    if aligned:
        tables.append((ALIGNED, aligned_frame(aligned), ALIGNED_COLUMNS))
    try:
        prepare_output(out)
        with _locked(out):
            remove_leftovers(out)
            staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
            try:
                staged = [p for name, frame, columns in tables for p in _write_table(staging, name, frame, columns)]
                mode = NEW_FILE_MODE & ~_umask()
                for path in staged:
                    os.chmod(path, mode)
                with _signals_deferred():
                    return _swap(out, staged, mode)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    except OSError as exc:
        raise OutputError(out, exc.strerror or str(exc)) from None


def write_figures(figures: list[Figure], out: Path) -> list[Path]:
    """Write the figures table alone (CSV and Parquet) into `out`; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    return _write(out, "figures", figures_frame(figures), FIGURE_COLUMNS)


def _write(out: Path, name: str, frame: pd.DataFrame, columns: dict[str, pa.DataType]) -> list[Path]:
    """One table's two files, each written beside itself and renamed into place."""
    csv_path, parquet_path = out / f"{name}.csv", out / f"{name}.parquet"
    _atomic(csv_path, lambda tmp: frame.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n"))
    schema = pa.schema(list(columns.items()))
    table = pa.Table.from_pandas(frame, schema=schema, preserve_index=False)
    _atomic(parquet_path, lambda tmp: pq.write_table(table, tmp))
    return [csv_path, parquet_path]


def _atomic(path: Path, write: Callable[[str], None]) -> None:
    """Write through a temporary file in the same folder, then give it the mode of a new
    file under the user's umask and rename it into place."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, NEW_FILE_MODE & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def prepare_output(out: Path) -> None:
    """Make the folder `out` if need be, or an `OutputError` if it cannot take tables (it
    names a file, it is read-only): before a batch spends hours reading."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(out, "is a file, not a folder; name a folder for the tables") from None
    except OSError as exc:
        raise OutputError(out, exc.strerror or str(exc)) from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise OutputError(out, "the folder is not writable (permission denied)")


def manifest_of(out: Path) -> dict[str, object] | None:
    """The manifest of the set of tables in `out`, or None when there is no complete set."""
    try:
        manifest: dict[str, object] = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest


def remove_leftovers(out: Path) -> None:
    """Remove what a killed run left in `out`: its staging folder, its temporary files."""
    for path in out.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(path, ignore_errors=True)
    for path in out.glob(".*.tmp"):
        path.unlink(missing_ok=True)


def _write_table(folder: Path, name: str, frame: pd.DataFrame, columns: dict[str, pa.DataType]) -> list[Path]:
    """One table as CSV and Parquet in `folder`."""
    csv_path, parquet_path = folder / f"{name}.csv", folder / f"{name}.parquet"
    frame.to_csv(csv_path, index=False, encoding="utf-8", lineterminator="\n")
    schema = pa.schema(list(columns.items()))
    pq.write_table(pa.Table.from_pandas(frame, schema=schema, preserve_index=False), parquet_path)
    return [csv_path, parquet_path]


def _swap(out: Path, staged: list[Path], mode: int) -> list[Path]:
    """Move the staged files into `out`: the manifest goes first (no complete set while the
    files move), the tables of the set this run does not write (figures_aligned) are
    removed, and the new manifest, naming every file with its digest, comes last."""
    (out / MANIFEST).unlink(missing_ok=True)
    names = {p.name for p in staged}
    for suffix in (".csv", ".parquet"):
        for name in SET_TABLES:
            if f"{name}{suffix}" not in names:  # a stale table from an earlier run would mislead
                (out / f"{name}{suffix}").unlink(missing_ok=True)
    files = {p.name: _sha256(p) for p in staged}
    written = []
    for path in staged:
        os.replace(path, out / path.name)
        written.append(out / path.name)
    manifest = {"created": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "run": uuid.uuid4().hex, "files": files}
    tmp = out / f".{MANIFEST}.tmp"
    tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.chmod(tmp, mode)
    os.replace(tmp, out / MANIFEST)
    return written


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@contextmanager
def _locked(out: Path) -> Iterator[None]:
    """Hold an exclusive lock on the folder `out`: a second run's export into it waits."""
    fd = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait while the files move, so a set is never half replaced."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    blocked = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, blocked)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _umask() -> int:
    """The process's file-creation mask (reading it means setting it, then setting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
