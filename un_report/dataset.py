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
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

PARTITIONS = ("lang", "series")  # the partition columns, outermost first
SERIES = re.compile(r"([A-Z][A-Z0-9]*)/")  # a symbol's first segment: A/80/1 → A, DP/2025/1 → DP
NO_SERIES = "other"
PART_FILE = "part-0.parquet"


def series(report: str) -> str:
    """The series of a document symbol (`A/80/1` → `A`), or `other` for a file stem."""
    match = SERIES.match(report)
    return match.group(1) if match else NO_SERIES


def write_dataset(tables: list[Path], root: Path) -> list[Path]:
    """Partition each Parquet table in `tables` into `root/<table name>/`, replacing the
    table's earlier folder whole; returns the folders written."""
    root.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for table_path in tables:
        if table_path.suffix != ".parquet":
            continue
        target = root / table_path.stem
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=root))
        try:
            _partition(pq.read_table(table_path), staging)
            _swap(staging, target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        written.append(target)
    return written


def _partition(table: pa.Table, folder: Path) -> None:
    """Write one file per (lang, series) found in `table`, rows in their order."""
    if "report" in table.column_names:
        table = table.append_column("series", pa.array([series(r) for r in table["report"].to_pylist()], pa.string()))
    keys = [name for name in PARTITIONS if name in table.column_names]
    if not keys or table.num_rows == 0:
        pq.write_table(table, folder / PART_FILE)
        return
    groups = table.select(keys).group_by(keys, use_threads=False).aggregate([])
    groups = groups.sort_by([(key, "ascending") for key in keys])
    for values in groups.to_pylist():
        mask = None
        for key in keys:
            equal = pc.equal(table[key], pa.scalar(values[key], pa.string()))
            mask = equal if mask is None else pc.and_(mask, equal)
        part = table.filter(mask).drop_columns(keys)
        place = folder.joinpath(*(f"{key}={values[key]}" for key in keys))
        place.mkdir(parents=True)
        pq.write_table(part, place / PART_FILE)


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
