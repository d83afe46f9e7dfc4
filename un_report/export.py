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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from types import TracebackType

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from un_report.align import AlignedFigure
from un_report.columns import FigureTable, UnitTable
from un_report.errors import OutputError
from un_report.models import DocumentRow, Figure, Unit

if typing.TYPE_CHECKING:
    from un_report.dataset import PartitionedSink

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
ROW_GROUP_ROWS = 1024 * 1024  # rows of a Parquet row group: pyarrow's default for a table written whole
BUFFER_BYTES = 16 * 2**20  # Arrow data held back for row groups, all files of a set together
FRAME_ROWS = 4_000  # rows gathered into one frame before they are written (a few MiB of row dicts)


def _arrow_type(annotation: object) -> pa.DataType:
    """The Arrow type of a model field: int and float as such (nullable), all else string."""
    args = typing.get_args(annotation) or (annotation,)
    return pa.int64() if int in args else pa.float64() if float in args else pa.string()


# The documents table's columns are DocumentRow's fields, in order (CONTRACT.md).
DOCUMENT_COLUMNS: dict[str, pa.DataType] = {
    name: _arrow_type(info.annotation) for name, info in DocumentRow.model_fields.items()
}
TABLE_COLUMNS = {"documents": DOCUMENT_COLUMNS, "paragraphs": PARAGRAPH_COLUMNS, "figures": FIGURE_COLUMNS,
                 ALIGNED: ALIGNED_COLUMNS}


Row = dict[str, object]  # one row of a table, by column name


def paragraph_rows(units: Iterable[Unit]) -> list[Row]:
    return [u.model_dump(include=set(PARAGRAPH_COLUMNS)) for u in units]


def document_rows(rows: list[DocumentRow]) -> list[Row]:
    return [r.model_dump() for r in rows]


def figure_rows(figures: Iterable[Figure]) -> list[Row]:
    rows = []
    for f in figures:
        row = f.model_dump(include=set(FIGURE_COLUMNS))
        row["id"] = f.id
        row["value"] = _to_float(f.value)
        rows.append(row)
    return rows


def aligned_rows(rows: list[AlignedFigure]) -> list[Row]:
    records = []
    for r in rows:
        record = r.model_dump()
        record["value"] = _to_float(r.value)
        records.append(record)
    return records


def paragraphs_frame(units: Sequence[Unit]) -> pd.DataFrame:
    if isinstance(units, UnitTable):
        return _frame(units.columns(), PARAGRAPH_COLUMNS)
    return _frame(paragraph_rows(units), PARAGRAPH_COLUMNS)


def documents_frame(rows: list[DocumentRow]) -> pd.DataFrame:
    return _frame(document_rows(sorted(rows, key=lambda r: r.source)), DOCUMENT_COLUMNS)


def figures_frame(figures: Sequence[Figure]) -> pd.DataFrame:
    if isinstance(figures, FigureTable):
        return _frame(figures.columns(), FIGURE_COLUMNS)
    return _frame(figure_rows(figures), FIGURE_COLUMNS)


def aligned_frame(rows: list[AlignedFigure]) -> pd.DataFrame:
    return _frame(aligned_rows(rows), ALIGNED_COLUMNS)


def _to_float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _frame(rows: list[Row] | Mapping[str, Sequence[object]], columns: dict[str, pa.DataType]) -> pd.DataFrame:
    """A frame with exactly the contract's columns (from rows, or from a list per column):
    strings, nullable Int64, float64."""
    frame = pd.DataFrame(rows, columns=list(columns))
    for name, dtype in columns.items():
        if pa.types.is_integer(dtype):
            frame[name] = frame[name].astype("Int64")
        elif pa.types.is_floating(dtype):
            frame[name] = frame[name].astype("float64")
        else:
            frame[name] = frame[name].fillna("").astype("string")
    return frame


def write_tables(
    units: Sequence[Unit],
    figures: Sequence[Figure],
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
    with TableSet(out) as tables:
        if documents is not None:
            tables.add("documents", documents_frame(documents))
        tables.add("paragraphs", paragraphs_frame(units))
        tables.add("figures", figures_frame(figures))
        if aligned:
            tables.add(ALIGNED, aligned_frame(aligned))
        return tables.commit()


class Buffers:
    """The rows that Parquet files hold back until a row group is full, counted together:
    past `limit` bytes of Arrow data the largest is written as a shorter row group, so that
    the memory of a set being written is bounded whatever the number of rows and files."""

    def __init__(self, limit: int = BUFFER_BYTES) -> None:
        self.limit = limit
        self.sinks: list[ParquetSink] = []

    def relieve(self) -> None:
        while sum(sink.held for sink in self.sinks) > self.limit:
            max(self.sinks, key=lambda sink: sink.held).flush()


class ParquetSink:
    """One Parquet file written a chunk of rows at a time, in row groups of `ROW_GROUP_ROWS`
    (pyarrow's own default, so a table of fewer rows is one group, as `pq.write_table`
    writes it); a shorter group only when `buffers` is over its limit."""

    def __init__(self, path: Path, schema: pa.Schema, buffers: Buffers) -> None:
        self.path, self.schema, self.buffers = path, schema, buffers
        self.writer: pq.ParquetWriter | None = None
        self.pending: list[pa.Table] = []
        self.rows = self.held = 0
        buffers.sinks.append(self)

    def write(self, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        self.pending.append(table)
        self.rows += table.num_rows
        self.held += table.nbytes
        while self.rows >= ROW_GROUP_ROWS:
            self._emit(ROW_GROUP_ROWS)
        self.buffers.relieve()

    def flush(self) -> None:
        """Write what is held as one row group."""
        if self.rows:
            self._emit(self.rows)

    def close(self) -> Path:
        self.flush()
        if self.writer is None:  # no row at all: the empty table, as pq.write_table writes it
            self._open().write_table(self.schema.empty_table(), row_group_size=ROW_GROUP_ROWS)
        assert self.writer is not None
        self.writer.close()
        self.buffers.sinks.remove(self)
        return self.path

    def _open(self) -> pq.ParquetWriter:
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.path, self.schema)
        return self.writer

    def _emit(self, rows: int) -> None:
        # one contiguous chunk per column, as a table converted whole from pandas
        table = pa.concat_tables(self.pending).combine_chunks()
        self._open().write_table(table.slice(0, rows), row_group_size=ROW_GROUP_ROWS)
        rest = table.slice(rows)
        self.pending = [rest] if rest.num_rows else []
        self.rows, self.held = rest.num_rows, rest.nbytes if rest.num_rows else 0


class TableSink:
    """One table of a set: its CSV appended a chunk at a time, its Parquet file written in
    row groups, and its part of the dataset if one is written. Rows given one report at a
    time are gathered into frames of `FRAME_ROWS` (a frame has a cost of its own, per column)."""

    def __init__(self, folder: Path, name: str, columns: dict[str, pa.DataType], buffers: Buffers,
                 dataset: Path | None = None) -> None:
        self.name, self.columns = name, columns
        self.schema = _table(_frame([], columns), columns).schema  # with the pandas metadata of the frame
        self.csv_path = folder / f"{name}.csv"
        self.csv = self.csv_path.open("w", encoding="utf-8", newline="")
        self.header = True
        self.parquet = ParquetSink(folder / f"{name}.parquet", self.schema, buffers)
        self.pending: dict[str, list[object]] = {name: [] for name in columns}  # rows not yet written, by column
        self.pending_rows = 0
        self.parts: PartitionedSink | None = None
        if dataset is not None:
            from un_report.dataset import PartitionedSink

            self.parts = PartitionedSink(dataset, self.schema, buffers)

    def add_rows(self, rows: list[Row]) -> None:
        self.add_columns({name: [row.get(name) for row in rows] for name in self.columns}, len(rows))

    def add_columns(self, columns: Mapping[str, Iterable[object]], count: int) -> None:
        """Append `count` rows given column by column (every column of the table)."""
        for name, values in self.pending.items():
            values.extend(columns[name])
        self.pending_rows += count
        if self.pending_rows >= FRAME_ROWS:
            self._write_rows()

    def _write_rows(self) -> None:
        pending, self.pending, self.pending_rows = self.pending, {name: [] for name in self.columns}, 0
        self.write(_frame(pending, self.columns))

    def write(self, frame: pd.DataFrame) -> None:
        if self.pending_rows:  # the rows given before the frame come first
            self._write_rows()
        frame.to_csv(self.csv, index=False, header=self.header, lineterminator="\n")
        self.header = False
        table = _table(frame, self.columns)
        self.parquet.write(table)
        if self.parts is not None:
            self.parts.write(table)

    def close(self) -> list[Path]:
        if self.pending_rows:
            self._write_rows()
        if self.header:  # no chunk: the header line alone
            self.write(_frame([], self.columns))
        self.csv.close()
        paths = [self.csv_path, self.parquet.close()]
        if self.parts is not None:
            self.parts.close()
        return paths


class TableSet:
    """The tables of one run, written a chunk at a time into a staging folder inside `out`
    and put in place as one set by `commit` (see the module docstring); with `dataset`,
    each table's partitioned dataset too, put in place after the set. Use as a context
    manager: on leaving it uncommitted, nothing in `out` or `dataset` has changed. An
    `OutputError` says why `out` cannot take the tables."""

    def __init__(self, out: Path, dataset: Path | None = None, buffer_bytes: int = BUFFER_BYTES) -> None:
        self.out, self.dataset = out, dataset
        self.buffers = Buffers(buffer_bytes)
        self.sinks: dict[str, TableSink] = {}
        self.dataset_staging: dict[str, Path] = {}
        self.written_dataset: list[Path] = []
        self._lock = _locked(out)

    def __enter__(self) -> TableSet:
        prepare_output(self.out)
        self._lock.__enter__()
        try:
            remove_leftovers(self.out)
            self.staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=self.out))
            if self.dataset is not None:
                self.dataset.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._lock.__exit__(None, None, None)
            raise OutputError(self.out, exc.strerror or str(exc)) from None
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        for sink in self.sinks.values():
            if not sink.csv.closed:
                sink.csv.close()
        shutil.rmtree(self.staging, ignore_errors=True)
        for folder in self.dataset_staging.values():
            shutil.rmtree(folder, ignore_errors=True)
        self._lock.__exit__(kind, exc, tb)
        if isinstance(exc, OSError) and not isinstance(exc, OutputError):
            raise OutputError(self.out, exc.strerror or str(exc)) from None

    def table(self, name: str) -> TableSink:
        """The table `name` of the set (one of `SET_TABLES`), opened on first use."""
        if name not in self.sinks:
            parts = None
            if self.dataset is not None:
                parts = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=".tmp", dir=self.dataset))
                self.dataset_staging[name] = parts
            self.sinks[name] = TableSink(self.staging, name, TABLE_COLUMNS[name], self.buffers, parts)
        return self.sinks[name]

    def add(self, name: str, frame: pd.DataFrame) -> None:
        """Append the rows of `frame` to the table `name`."""
        self.table(name).write(frame)

    def add_rows(self, name: str, rows: list[Row]) -> None:
        """Append `rows` (each a mapping of the table's columns) to the table `name`."""
        self.table(name).add_rows(rows)

    def add_units(self, units: Sequence[Unit]) -> None:
        """Append `units` to the paragraphs table: from its columns, for a `UnitTable`."""
        if isinstance(units, UnitTable):
            self.table("paragraphs").add_columns(units.columns(), len(units))
        else:
            self.add_rows("paragraphs", paragraph_rows(units))

    def add_figures(self, figures: Sequence[Figure]) -> None:
        """Append `figures` to the figures table: from its columns, for a `FigureTable`."""
        if isinstance(figures, FigureTable):
            self.table("figures").add_columns(figures.columns(), len(figures))
        else:
            self.add_rows("figures", figure_rows(figures))

    def commit(self) -> list[Path]:
        """Close the tables opened and put them in place as one set, then the dataset's;
        returns the paths of the set, in the order of `SET_TABLES`."""
        staged = [p for name in SET_TABLES if name in self.sinks for p in self.sinks[name].close()]
        mode = NEW_FILE_MODE & ~_umask()
        for path in staged:
            os.chmod(path, mode)
        with _signals_deferred():
            written = _swap(self.out, staged, mode)
        if self.dataset is not None:
            from un_report.dataset import replace_tables

            self.written_dataset = replace_tables(self.dataset, {n: self.dataset_staging.pop(n) for n in SET_TABLES
                                                                 if n in self.dataset_staging})
        return written


def _table(frame: pd.DataFrame, columns: dict[str, pa.DataType]) -> pa.Table:
    return pa.Table.from_pandas(frame, schema=pa.schema(list(columns.items())), preserve_index=False)


def write_figures(figures: Sequence[Figure], out: Path) -> list[Path]:
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
