"""Stage 4, export: the files a run writes, as the file system sees them."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from un_report.export import write_tables
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
