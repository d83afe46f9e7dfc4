"""The command line as a user runs it: exit codes, error lines, and what lands in --out."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import SHIPPED_ZH
from un_report.cli import main

MINIMAL_ZH = "第一章\n\n导言\n\n1. 我们为 40 个国家提供了支持。\n\n2. 2024 年,约 52.4%的人口受益。\n"
MINIMAL_EN = "Chapter I\n\nIntroduction\n\n1. We supported 40 countries.\n\n2. In 2024, 52.4 per cent gained.\n"


@pytest.fixture
def minimal(tmp_path: Path) -> Path:
    path = tmp_path / "mini.txt"
    path.write_text(MINIMAL_ZH, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["extract", *argv])
    out, err = capsys.readouterr()
    return code, out, err


BAD_INPUTS = [
    pytest.param(b"", "the file is empty", id="empty"),
    pytest.param(b"\xff\xfe\x00\x00binary\x00", "not a text file", id="binary"),
    pytest.param("第一章\n导言\n".encode(), "no body text", id="no-body-text"),
    pytest.param(b"\x81\x30\xc0\xc1 caf\xe9 \xff\xfe", "not UTF-8", id="not-utf8-nor-gbk"),
]


@pytest.mark.parametrize(("content", "message"), BAD_INPUTS)
def test_bad_input_gets_one_clear_line_and_the_batch_goes_on(
    tmp_path: Path, minimal: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out_dir = tmp_path / "out"
    code, _, err = run(capsys, str(bad), str(minimal), "--out", str(out_dir))
    assert code != 0
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and str(bad) in errors[0] and message in errors[0]
    figures = pd.read_parquet(out_dir / "figures.parquet")
    assert set(figures["source"]) == {"mini.txt"}  # the good report was still exported


def test_missing_path_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, str(tmp_path / "nope.txt"), "--out", str(tmp_path / "out"))
    assert code != 0 and "nope.txt: no such file or folder" in err


def test_gbk_encoded_copy_is_decoded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(MINIMAL_ZH.encode("gbk"))
    code, out, _ = run(capsys, str(path), "--out", str(tmp_path / "out"))
    assert code == 0
    assert "2 units" in out


def test_summary_line_names_units_and_figures_by_kind(minimal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(minimal), "--out", str(tmp_path / "out"))
    assert code == 0
    assert "mini.txt: mini [zh] 2 units, 3 figures (count 1, percent 1, money 0, year 1)" in out


def test_rerun_gives_byte_identical_csv_and_leaves_no_temporary_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "out"
    run(capsys, str(SHIPPED_ZH), "--out", str(out_dir))
    first = {p.name: p.read_bytes() for p in out_dir.glob("*.csv")}
    run(capsys, str(SHIPPED_ZH), "--out", str(out_dir))
    second = {p.name: p.read_bytes() for p in out_dir.glob("*.csv")}
    assert first == second and set(first) == {"documents.csv", "paragraphs.csv", "figures.csv"}
    assert sorted(p.name for p in out_dir.iterdir()) == [
        ".store", "documents.csv", "documents.parquet", "figures.csv", "figures.parquet", "manifest.json",
        "paragraphs.csv", "paragraphs.parquet",
    ]


def test_a_folder_reads_every_report_in_it(tmp_path: Path, minimal: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(minimal.parent), "--out", str(tmp_path / "out"))
    assert code == 0 and "mini.txt" in out


def test_module_entry_point_runs(tmp_path: Path) -> None:
    import subprocess
    import sys

    minimal = tmp_path / "mini_en.txt"  # English: a fresh process needs no jieba dictionary for it
    minimal.write_text(MINIMAL_EN, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "un_report", "extract", str(minimal), "--out", str(tmp_path / "o")],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "o" / "figures.csv").exists()
