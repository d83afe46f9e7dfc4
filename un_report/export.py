"""Stage 4, export: units and figures → CSV and Parquet tables, with the columns of the
README's data dictionary (the output contract, ../shared/CONTRACT.md beside the repository).

Every file is written to a temporary name beside it and renamed into place, so a failed
run never leaves a half-written table; it gets the mode a plain `open` would give it (the
user's umask applied), not the temporary file's private 0600. The same inputs give
byte-identical CSV.
"""

from __future__ import annotations

import os
import tempfile
import typing
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from un_report.align import AlignedFigure
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


def _frame(rows: list[dict], columns: dict[str, pa.DataType]) -> pd.DataFrame:
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
    """Write paragraphs and figures (and, with both editions, figures_aligned; with
    `documents`, one row per input) as CSV and Parquet into `out`; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    if documents is not None:
        written += _write(out, "documents", documents_frame(documents), DOCUMENT_COLUMNS)
    written += _write(out, "paragraphs", paragraphs_frame(units), PARAGRAPH_COLUMNS)
    written += _write(out, "figures", figures_frame(figures), FIGURE_COLUMNS)
    if aligned:
        written += _write(out, ALIGNED, aligned_frame(aligned), ALIGNED_COLUMNS)
    else:  # a stale table from an earlier run with both editions would mislead
        for suffix in (".csv", ".parquet"):
            (out / f"{ALIGNED}{suffix}").unlink(missing_ok=True)
    return written


def write_figures(figures: list[Figure], out: Path) -> list[Path]:
    """Write the figures table alone (CSV and Parquet) into `out`; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    return _write(out, "figures", figures_frame(figures), FIGURE_COLUMNS)


def _write(out: Path, name: str, frame: pd.DataFrame, columns: dict[str, pa.DataType]) -> list[Path]:
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


def _umask() -> int:
    """The process's file-creation mask (reading it means setting it, then setting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
