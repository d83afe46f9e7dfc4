"""A partitioned Parquet dataset for big corpora: each table of the output folder split by
language and series, hive-style, one file per part:

    DIR/figures/lang=en/series=A/part-0.parquet
    DIR/figures/lang=en/series=S/part-0.parquet …

DuckDB (`read_parquet('DIR/figures/*/*/*.parquet', hive_partitioning = true)`), pandas and
pyarrow (`pd.read_parquet('DIR/figures')`), Polars and Spark read each table's folder as one
table, with `lang` and `series` back as columns. The series is the first segment of the
document symbol (A, S, E, DP …), or `other` for a document known only by its file name.
The partition columns are not repeated inside the files (Spark refuses them twice).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from un_report.export import SET_TABLES, Buffers, ParquetSink

PARTITIONS = ("lang", "series")  # the partition columns, outermost first
SERIES = re.compile(r"([A-Z][A-Z0-9]*)/")  # a symbol's first segment: A/80/1 → A, DP/2025/1 → DP
NO_SERIES = "other"
PART_FILE = "part-0.parquet"


def series(report: str) -> str:
    """The series of a document symbol (`A/80/1` → `A`), or `other` for a file stem."""
    match = SERIES.match(report)
    return match.group(1) if match else NO_SERIES


class PartitionedSink:
    """One table's dataset, written a chunk of rows at a time into `folder`: each row goes to
    the file of its (lang, series), in the order the rows come (`schema`: the table's)."""

    def __init__(self, folder: Path, schema: pa.Schema, buffers: Buffers) -> None:
        self.folder, self.buffers = folder, buffers
        self.schema = _with_series(schema.empty_table()).schema
        self.keys = [name for name in PARTITIONS if name in self.schema.names]
        self.parts: dict[tuple[str, ...], ParquetSink] = {}

    def write(self, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        table = _with_series(table)
        if not self.keys:
            self._sink(()).write(table)
            return
        columns = [table[key].to_pylist() for key in self.keys]
        for values in dict.fromkeys(zip(*columns, strict=True)):
            mask = None
            for key, value in zip(self.keys, values, strict=True):
                equal = pc.equal(table[key], pa.scalar(value, pa.string()))
                mask = equal if mask is None else pc.and_(mask, equal)
            self._sink(values).write(table.filter(mask).drop_columns(self.keys))

    def close(self) -> None:
        if not self.parts:  # no row at all: the empty table, every column kept
            ParquetSink(self.folder / PART_FILE, self.schema, self.buffers).close()
        for sink in self.parts.values():
            sink.close()

    def _sink(self, values: tuple[str, ...]) -> ParquetSink:
        if values not in self.parts:
            place = self.folder.joinpath(*(f"{key}={value}" for key, value in zip(self.keys, values, strict=True)))
            place.mkdir(parents=True, exist_ok=True)
            schema = self.schema
            for key in self.keys:
                schema = schema.remove(schema.get_field_index(key))
            self.parts[values] = ParquetSink(place / PART_FILE, schema, self.buffers)
        return self.parts[values]


def _with_series(table: pa.Table) -> pa.Table:
    """The table with its `series` column, read from `report`."""
    if "report" not in table.column_names:
        return table
    return table.append_column("series", pa.array([series(r) for r in table["report"].to_pylist()], pa.string()))


def replace_tables(root: Path, staged: dict[str, Path]) -> list[Path]:
    """Put each staged table folder (by table name) in place of `root/<name>`, and remove
    the folders of the set's other tables, which an earlier run wrote (see
    `export.SET_TABLES`); returns the folders written."""
    written = []
    for name, folder in staged.items():
        target = root / name
        _swap(folder, target)
        written.append(target)
    for name in SET_TABLES:
        if name not in staged and (root / name).is_dir():
            shutil.rmtree(root / name, ignore_errors=True)
    return written


def _swap(staging: Path, target: Path) -> None:
    """Put the new folder in place of the old one: two renames, the old one then removed."""
    if not target.exists():
        os.replace(staging, target)
        return
    retired = target.with_name(f".{target.name}.old")
    shutil.rmtree(retired, ignore_errors=True)
    os.replace(target, retired)
    os.replace(staging, target)
    shutil.rmtree(retired, ignore_errors=True)
