"""Stage 4, export: the files a run writes, as the file system sees them; a table written a
chunk of rows at a time is the table written whole, byte for byte."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from un_report.export import (
    FIGURE_COLUMNS,
    Buffers,
    ParquetSink,
    TableSet,
    _table,
    figures_frame,
    paragraphs_frame,
    write_tables,
)
from un_report.models import Figure, Unit

UNIT = Unit(report="R", source="r.txt", lang="en", para="1", kind="paragraph", text="In 40 countries.")
FIGURE = Figure(report="R", source="r.txt", lang="en", para="1", kind="count", value=40, text="40", start=3, end=5)


@pytest.fixture
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """Run the test under the umask given as its parameter, and restore the process's."""
    before = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(before)


# umask → the mode of every table file: what a plain open() would give (0o666 less the umask);
# bug found: the files came out 0o600 whatever the umask, from tempfile.mkstemp.
UMASK_ROWS = [
    pytest.param(0o022, 0o644, id="022-usual"),
    pytest.param(0o002, 0o664, id="002-group-writable"),
    pytest.param(0o077, 0o600, id="077-private"),
]


@pytest.mark.parametrize(("umask", "mode"), UMASK_ROWS, indirect=["umask"])
def test_tables_are_written_with_the_users_umask(tmp_path: Path, umask: int, mode: int) -> None:
    written = write_tables([UNIT], [FIGURE], tmp_path)
    assert {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in written} == {p.name: oct(mode) for p in written}


@pytest.mark.parametrize(("umask", "mode"), [UMASK_ROWS[0]], indirect=["umask"])
def test_a_table_replaced_takes_the_umask_too(tmp_path: Path, umask: int, mode: int) -> None:
    old = tmp_path / "figures.csv"
    old.write_text("stale\n", encoding="utf-8")
    old.chmod(0o600)
    write_tables([UNIT], [FIGURE], tmp_path)
    assert stat.S_IMODE(old.stat().st_mode) == mode and "stale" not in old.read_text(encoding="utf-8")


# --- tables written a chunk at a time ----------------------------------------------------

ROWS = 5
# chunks (rows each) a table of ROWS rows arrives in → the same file as written whole
CHUNK_ROWS = [
    pytest.param([5], id="whole"),
    pytest.param([1, 1, 1, 1, 1], id="row-by-row"),
    pytest.param([2, 3], id="two-chunks"),
    pytest.param([3, 0, 2], id="an-empty-chunk-between"),
    pytest.param([0, 0, 5], id="empty-chunks-first"),
]


def _figure(n: int) -> Figure:
    return FIGURE.model_copy(update={"para": str(n), "value": Decimal(n)})


def _figures(count: int, start: int = 0) -> pd.DataFrame:
    return figures_frame([_figure(n) for n in range(start, start + count)])


@pytest.mark.parametrize("chunks", CHUNK_ROWS)
def test_a_parquet_file_written_in_chunks_is_the_file_written_whole(tmp_path: Path, chunks: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("un_report.export.ROW_GROUP_ROWS", 2)  # groups of 2, 2 and 1 rows
    whole = tmp_path / "whole.parquet"
    pq.write_table(_table(_figures(ROWS), FIGURE_COLUMNS), whole, row_group_size=2)
    sink = ParquetSink(tmp_path / "chunks.parquet", _table(_figures(0), FIGURE_COLUMNS).schema, Buffers())
    start = 0
    for rows in chunks:
        sink.write(_table(_figures(rows, start), FIGURE_COLUMNS))
        start += rows
    assert sink.close().read_bytes() == whole.read_bytes()


@pytest.mark.parametrize("chunks", CHUNK_ROWS)
def test_a_set_written_in_chunks_is_the_set_written_whole(tmp_path: Path, chunks: list[int]) -> None:
    write_tables([], [_figure(n) for n in range(ROWS)], tmp_path / "whole")
    with TableSet(tmp_path / "chunks") as tables:
        tables.add("paragraphs", paragraphs_frame([]))
        start = 0
        for rows in chunks:
            tables.add("figures", _figures(rows, start))
            start += rows
        written = tables.commit()
    assert {p.name: p.read_bytes() for p in written} == {p.name: p.read_bytes() for p in written_set(tmp_path / "whole")}


def test_over_the_buffer_limit_a_table_is_written_in_shorter_row_groups_with_the_same_rows(tmp_path: Path) -> None:
    with TableSet(tmp_path / "small", buffer_bytes=1) as tables:  # every chunk is its own row group
        for start in range(0, ROWS, 2):
            tables.add("figures", _figures(min(2, ROWS - start), start))
        tables.commit()
    write_tables([], [_figure(n) for n in range(ROWS)], tmp_path / "whole")
    small, whole = pq.ParquetFile(tmp_path / "small" / "figures.parquet"), pq.ParquetFile(tmp_path / "whole" / "figures.parquet")
    assert (small.metadata.num_row_groups, whole.metadata.num_row_groups) == (3, 1)
    assert small.read().equals(whole.read())
    assert (tmp_path / "small" / "figures.csv").read_bytes() == (tmp_path / "whole" / "figures.csv").read_bytes()


def written_set(out: Path) -> list[Path]:
    return [p for p in sorted(out.iterdir()) if p.suffix in (".csv", ".parquet") and not p.name.startswith("documents")]


def test_a_set_left_uncommitted_changes_nothing(tmp_path: Path) -> None:
    write_tables([UNIT], [FIGURE], tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(RuntimeError), TableSet(tmp_path) as tables:
        tables.add("figures", _figures(ROWS))
        raise RuntimeError("stopped before the commit")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
