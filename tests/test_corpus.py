"""Corpus runs: the result store (what a rerun reads again), resuming a killed run, the limits
per document, and the partitioned dataset. Inputs are small text reports built in tmp_path."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from un_report.cli import main
from un_report.corpus import STORE_FOLDER, run_corpus
from un_report.dataset import series
from un_report.errors import Interrupted
from un_report.limits import Limits, resident_mib
from un_report.pipeline import ReportResult, largest_first, report_outcome, report_outcomes
from un_report.store import SUFFIX, Store, document_key

REPORT = "A/{n}/1\n\n第一章\n\n导言\n\n1. 我们为 {n} 个国家提供了支持。\n\n2. 2024 年,约 {n}.5%的人口受益。\n"
REPORT_EN = "A/79/{n}\n\nI. Introduction\n\n1. We helped {n} countries in 2024.\n\n2. About {n} per cent of them were reached.\n"
NO_SYMBOL = "第一章\n\n导言\n\n1. 共有 {n} 名工作人员。\n"
SLOW_FOLDER_FILES = 40  # enough small reports that a kill after the first stored result lands mid-run


def write_reports(folder: Path, count: int = 3) -> list[Path]:
    """`count` small reports of three kinds: Chinese and English (series A), no symbol (other)."""
    folder.mkdir(parents=True, exist_ok=True)
    templates = [REPORT, REPORT_EN, NO_SYMBOL]
    paths = []
    for n in range(1, count + 1):
        path = folder / f"r{n:03d}.txt"
        path.write_text(templates[n % 3].format(n=n + 10), encoding="utf-8")
        paths.append(path)
    return paths


def tables(out: Path) -> dict[str, bytes]:
    """The bytes of each table file in `out`, CSV and Parquet."""
    return {p.name: p.read_bytes() for p in sorted([*out.glob("*.csv"), *out.glob("*.parquet")])}


def stored(out: Path) -> list[Path]:
    return sorted((out / STORE_FOLDER).rglob(f"*{SUFFIX}"))


@pytest.fixture
def folder(tmp_path: Path) -> list[Path]:
    return write_reports(tmp_path / "in")


# --- the store: what a rerun reads again -------------------------------------------------


def test_a_rerun_reads_nothing_again_and_writes_the_same_tables(folder: list[Path], tmp_path: Path) -> None:
    first = run_corpus(folder, tmp_path / "out", jobs=1)
    scratch = tables(tmp_path / "out")
    again = run_corpus(folder, tmp_path / "out", jobs=1)
    assert (first.read_now, first.from_store) == (3, 0)
    assert (again.read_now, again.from_store) == (0, 3)
    assert tables(tmp_path / "out") == scratch and scratch


CHANGES = [
    pytest.param(lambda p: p.write_text(p.read_text(encoding="utf-8") + "\n3. 另有 7 个项目。\n", encoding="utf-8"), 1, id="content-changed"),
    pytest.param(lambda p: p.touch(), 0, id="touched-unchanged-bytes"),
    pytest.param(lambda p: p.rename(p.with_name("renamed.txt")), 1, id="renamed"),
]


@pytest.mark.parametrize(("change", "reread"), CHANGES)
def test_a_rerun_reads_only_the_file_that_changed(folder: list[Path], tmp_path: Path, change, reread: int) -> None:
    run_corpus(folder, tmp_path / "out", jobs=1)
    change(folder[0])
    files = sorted(folder[0].parent.iterdir())
    again = run_corpus(files, tmp_path / "out", jobs=1)
    assert again.read_now == reread
    run_corpus(files, tmp_path / "fresh", jobs=1)
    assert tables(tmp_path / "out") == tables(tmp_path / "fresh")


def test_another_code_version_reads_everything_again(folder: list[Path], tmp_path: Path) -> None:
    run_corpus(folder, tmp_path / "out", jobs=1)
    older = Store(tmp_path / "out" / STORE_FOLDER, version="0.0.0-0000000000000000")
    assert not any(document_key(path) in older for path in folder)


def test_the_key_is_the_content_and_the_name(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.txt", tmp_path / "sub" / "a.txt", tmp_path / "c.txt"
    b.parent.mkdir()
    for path in (a, b, c):
        path.write_text("same", encoding="utf-8")
    assert document_key(a) == document_key(b) != document_key(c)


def test_a_refusal_is_stored_and_said_again_of_the_file_as_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "in" / "bad.txt"
    bad.parent.mkdir()
    bad.write_text("第一章\n导言\n", encoding="utf-8")  # headings only: no body text
    runs = [main(["extract", str(bad), "--out", str(tmp_path / "out"), "--quiet"]) for _ in range(2)]
    err = capsys.readouterr().err
    assert runs == [1, 1]
    assert err.count(f"error: {bad}: no body text") == 2
    assert len(stored(tmp_path / "out")) == 1


def test_an_interrupted_reading_is_not_stored(folder: list[Path], tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    kept = store.put(document_key(folder[0]), Interrupted(folder[0], "over the time limit (1 s)"))
    assert not kept and document_key(folder[0]) not in store


def test_a_damaged_stored_result_is_read_again(folder: list[Path], tmp_path: Path) -> None:
    run_corpus(folder, tmp_path / "out", jobs=1)
    scratch = tables(tmp_path / "out")
    stored(tmp_path / "out")[0].write_bytes(b"not a result")
    run_corpus(folder, tmp_path / "out", jobs=1)
    assert tables(tmp_path / "out") == scratch


# --- the tables assembled report by report ------------------------------------------------

EDITION_ZH = "A/{n}/1\n\n第一章\n\n导言\n\n1. 我们为 {n} 个国家提供了支持。\n\n2. 2024 年,约 7%的人口受益。\n"
EDITION_EN = "A/{n}/1\n\nI. Introduction\n\n1. We helped {n} countries.\n\n2. In 2024, about 8 per cent were reached.\n"
# files (z: Chinese, e: English edition of report n; o: a report in one edition) in input order:
# however the editions of a report are spread, the tables are those of the whole batch in memory
EDITION_ORDERS = [
    pytest.param(["z1", "e1", "z2", "e2"], id="editions-together"),
    pytest.param(["z1", "z2", "e2", "e1"], id="editions-nested"),
    pytest.param(["z1", "o3", "e2", "e1", "z2"], id="editions-apart"),
    pytest.param(["e1", "o3", "z1"], id="english-first"),
]


def editions(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    templates = {"z": EDITION_ZH, "e": EDITION_EN, "o": REPORT}
    paths = []
    for name in names:
        path = folder / f"{name}.txt"
        path.write_text(templates[name[0]].format(n=10 + int(name[1:])), encoding="utf-8")
        paths.append(path)
    return paths


def whole_in_memory(files: list[Path], out: Path) -> dict[str, bytes]:
    """The figures and figures_aligned tables (CSV) computed over the whole batch at once."""
    from un_report.align import align, count_editions
    from un_report.export import aligned_frame, figures_frame

    out.mkdir()
    figures = [f for path in files for f in report_outcome(path).figures]
    aligned = align(figures)
    count_editions(figures)
    figures_frame(figures).to_csv(out / "figures.csv", index=False, lineterminator="\n")
    aligned_frame(aligned).to_csv(out / "figures_aligned.csv", index=False, lineterminator="\n")
    return tables(out)


@pytest.mark.parametrize("names", EDITION_ORDERS)
def test_the_tables_assembled_report_by_report_are_those_of_the_whole_batch(tmp_path: Path, names: list[str]) -> None:
    files = editions(tmp_path / "in", names)
    run_corpus(files, tmp_path / "out", jobs=1)
    written = {name: data for name, data in tables(tmp_path / "out").items() if name.startswith("figures") and name.endswith(".csv")}
    assert written == whole_in_memory(files, tmp_path / "whole")
    assert b",both" in written["figures_aligned.csv"]  # the editions were aligned
    first = tables(tmp_path / "out")
    rerun = run_corpus(files, tmp_path / "out", jobs=1)  # from the store alone
    assert rerun.from_store == len(files) and tables(tmp_path / "out") == first


def test_rows_gathered_into_small_frames_write_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = editions(tmp_path / "in", ["z1", "o3", "e1"])
    run_corpus(files, tmp_path / "out", jobs=1)
    monkeypatch.setattr("un_report.export.FRAME_ROWS", 2)  # a frame, a CSV chunk, every two rows
    run_corpus(files, tmp_path / "small", store=tmp_path / "out" / STORE_FOLDER, jobs=1)
    assert tables(tmp_path / "small") == tables(tmp_path / "out")


def test_a_stored_result_gone_during_the_assembly_is_one_error_line_and_the_tables_stay(
    folder: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    run_corpus(folder, out, jobs=1)
    before = tables(out)
    monkeypatch.setattr(Store, "get", lambda self, key, path: None)  # the heads are there, the results gone
    code = main(["extract", *map(str, folder), "--out", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and err.startswith("error: ")
    assert f"the stored result of {folder[0]} changed while the tables were written" in err
    assert tables(out) == before


# --- a killed run resumes ----------------------------------------------------------------


def test_a_run_killed_midway_resumes_and_writes_the_tables_of_an_uninterrupted_run(tmp_path: Path) -> None:
    files = write_reports(tmp_path / "in", SLOW_FOLDER_FILES)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "un_report", "extract", str(tmp_path / "in"), "--out", str(out), "--jobs", "1", "--quiet"]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not stored(out) and child.poll() is None:
        time.sleep(0.005)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    done_before_kill = len(stored(out))
    assert 0 < done_before_kill < len(files)  # killed mid-run, after some results were stored
    assert not (out / "figures.csv").exists()

    resumed = run_corpus(files, out, jobs=1)
    assert resumed.from_store >= done_before_kill and resumed.read_now == len(files) - resumed.from_store
    run_corpus(files, tmp_path / "whole", jobs=1)
    assert tables(out) == tables(tmp_path / "whole")


# --- the pool: largest first, lean results -----------------------------------------------

# sizes of the files in bytes (None: no such file) → the order the pool gets them in
LARGEST_FIRST = [
    pytest.param([1, 3, 2], [1, 2, 0], id="by-size"),
    pytest.param([2, 2, 1], [0, 1, 2], id="ties-keep-their-order"),
    pytest.param([1, None, 5], [2, 0, 1], id="a-missing-file-last"),
]


@pytest.mark.parametrize(("sizes", "order"), LARGEST_FIRST)
def test_the_pool_gets_the_largest_files_first(tmp_path: Path, sizes: list[int | None], order: list[int]) -> None:
    files = [tmp_path / f"f{n}.txt" for n in range(len(sizes))]
    for path, size in zip(files, sizes, strict=True):
        if size is not None:
            path.write_bytes(b"x" * size)
    assert largest_first(files) == [files[n] for n in order]


PDF = Path(__file__).resolve().parent / "fixtures" / "pdf" / "issue-10-spanish.pdf"


def test_a_worker_sends_back_the_result_without_what_no_table_holds(folder: list[Path]) -> None:
    whole = report_outcome(PDF)
    assert isinstance(whole, ReportResult) and any(u.pages or u.boxes for u in whole.units)  # what lean drops
    outcomes = {o.path: o for o in report_outcomes([PDF, folder[0]], jobs=2)}
    sent = outcomes[PDF]
    assert isinstance(sent, ReportResult) and not any(u.pages or u.boxes for u in sent.units)
    assert [u.text for u in sent.units] == [u.text for u in whole.units] and sent.figures == whole.figures


# --- limits per document -----------------------------------------------------------------

LIMITS = [
    pytest.param(Limits(), None, id="no-limits"),
    pytest.param(Limits(seconds=600, memory_mib=100_000), None, id="generous-limits"),
    pytest.param(Limits(seconds=1e-6), "over the time limit (1e-06 s)", id="over-time"),
    pytest.param(Limits(memory_mib=1), "over the memory limit (1 MiB)", id="over-memory"),
]


@pytest.mark.parametrize(("limits", "refusal"), LIMITS)
def test_a_document_over_a_limit_is_refused_with_the_reason(folder: list[Path], limits: Limits, refusal: str | None) -> None:
    outcome = report_outcome(folder[0], limits)
    if refusal is None:
        assert isinstance(outcome, ReportResult)
    else:
        assert isinstance(outcome, Interrupted) and outcome.problem == refusal


def test_the_batch_goes_on_after_a_refusal_for_a_limit(folder: list[Path], tmp_path: Path) -> None:
    run = run_corpus(folder, tmp_path / "out", jobs=1, limits=Limits(memory_mib=resident_mib() + 10_000))
    assert run.batch.read == 3
    run = run_corpus(folder, tmp_path / "tight", jobs=1, limits=Limits(memory_mib=1))
    assert [e.problem for e in run.batch.errors] == ["over the memory limit (1 MiB)"] * 3
    assert stored(tmp_path / "tight") == []  # tried again next time


# --- the partitioned dataset -------------------------------------------------------------

SERIES = [
    ("A/80/1", "A"), ("S/2025/12", "S"), ("E/CN.6/2025/3", "E"), ("DP/2025/1", "DP"),
    ("JIU/REP/2024/1", "JIU"), ("r003", "other"), ("a/80/1", "other"),
]


@pytest.mark.parametrize(("report", "expected"), SERIES)
def test_series_is_the_first_segment_of_the_symbol(report: str, expected: str) -> None:
    assert series(report) == expected


def test_the_dataset_reads_as_one_table_in_duckdb_and_pandas(folder: list[Path], tmp_path: Path) -> None:
    run = run_corpus(folder, tmp_path / "out", jobs=1, dataset=tmp_path / "ds")
    assert [p.name for p in run.dataset] == ["documents", "paragraphs", "figures"]
    found = (tmp_path / "ds").rglob("*.parquet")
    parts = sorted(p.relative_to(tmp_path / "ds").as_posix() for p in found if "documents" not in p.parts)
    assert parts == [
        f"{table}/lang={lang}/series={s}/part-0.parquet"
        for table in ("figures", "paragraphs") for lang, s in (("en", "A"), ("zh", "A"), ("zh", "other"))
    ]
    flat = pd.read_parquet(tmp_path / "out" / "figures.parquet")
    query = f"""SELECT lang, series, count(*) AS n FROM read_parquet('{tmp_path}/ds/figures/*/*/*.parquet',
                hive_partitioning = true) GROUP BY ALL ORDER BY ALL"""
    counts = duckdb.sql(query).fetchall()
    assert counts == sorted(
        (lang, series(report), n) for (lang, report), n in flat.groupby(["lang", "report"]).size().items()
    )
    read_back = pd.read_parquet(tmp_path / "ds" / "figures")
    assert sorted(read_back["id"]) == sorted(flat["id"]) and {"lang", "series"} <= set(read_back.columns)


@pytest.mark.parametrize("table", ["documents", "paragraphs", "figures"])
def test_polars_reads_the_dataset_as_one_table_with_the_rows_pandas_reads(folder: list[Path], tmp_path: Path, table: str) -> None:
    polars = pytest.importorskip("polars")
    run_corpus(folder, tmp_path / "out", jobs=1, dataset=tmp_path / "ds")
    read = polars.read_parquet(f"{tmp_path}/ds/{table}/**/*.parquet", hive_partitioning=True)  # as the README reads it
    by_pandas = pd.read_parquet(tmp_path / "ds" / table)
    assert sorted(read.columns) == sorted(by_pandas.columns) and {"lang", "series"} <= set(read.columns)
    columns = sorted(by_pandas.columns)
    rows = sorted(tuple(str(v) for v in row) for row in read.select(columns).iter_rows())
    assert rows == sorted(tuple(str(v) for v in row) for row in by_pandas[columns].astype(object).where(by_pandas[columns].notna(), None).itertuples(index=False))
    assert len(rows) == len(pd.read_parquet(tmp_path / "out" / f"{table}.parquet")) > 0


def test_spark_reads_the_dataset_as_one_table_with_the_rows_pandas_reads(folder: list[Path], tmp_path: Path) -> None:
    """Runs where the `spark` extra is installed and Java is found (not in `make test`: the
    dev extra leaves pyspark out, a JVM's start costs more than the rest of this file)."""
    pytest.importorskip("pyspark", reason="the spark extra is not installed: pip install -e '.[spark]'")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java (Debian: default-jre-headless)")
    from pyspark.sql import SparkSession

    run_corpus(folder, tmp_path / "out", jobs=1, dataset=tmp_path / "ds")
    spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").getOrCreate()
    try:
        read = spark.read.parquet(str(tmp_path / "ds" / "figures"))  # as the README reads it
        columns, rows = read.columns, sorted(tuple(row) for row in read.select("id", "lang", "series", "text").collect())
    finally:
        spark.stop()
    by_pandas = pd.read_parquet(tmp_path / "ds" / "figures")
    assert sorted(columns) == sorted(by_pandas.columns)
    assert rows == sorted(by_pandas[["id", "lang", "series", "text"]].astype(object).itertuples(index=False, name=None))


README = Path(__file__).resolve().parent.parent / "README.md"


def test_the_readme_query_runs_over_the_dataset(folder: list[Path], tmp_path: Path) -> None:
    run_corpus(folder, tmp_path / "out", jobs=1, dataset=tmp_path / "corpus")
    query = README.read_text(encoding="utf-8").split("-- the dataset query")[1].split("```")[0].split("\n", 1)[1]
    rows = duckdb.sql(query.replace("'corpus/", f"'{tmp_path}/corpus/")).fetchall()
    assert rows == [("A", "en", "count", 1, 1), ("A", "en", "percent", 1, 1), ("A", "en", "year", 1, 1),
                    ("A", "zh", "count", 1, 1), ("A", "zh", "percent", 1, 1), ("A", "zh", "year", 1, 1)]


def test_a_second_dataset_run_replaces_the_parts(folder: list[Path], tmp_path: Path) -> None:
    run_corpus(folder, tmp_path / "out", jobs=1, dataset=tmp_path / "ds")
    run_corpus(folder[:1], tmp_path / "out", jobs=1, dataset=tmp_path / "ds")
    assert len(list((tmp_path / "ds" / "figures").rglob("*.parquet"))) == 1
    assert sorted(p.name for p in (tmp_path / "ds").iterdir()) == ["documents", "figures", "paragraphs"]  # none staged


# --- the command line --------------------------------------------------------------------


def test_quiet_prints_only_the_problems_and_the_closing_line(folder: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder[0].parent / "bad.txt").write_text("第一章\n导言\n", encoding="utf-8")  # headings only: no body text
    code = main(["extract", str(folder[0].parent), "--out", str(tmp_path / "out"), "--jobs", "1", "--quiet"])
    out, err = capsys.readouterr()
    assert code == 1 and err.count("error:") == 1 and "bad.txt: no body text" in err
    assert "r001.txt" not in out
    assert "4 documents: 3 read, 1 refused (4 read now, 0 unchanged and taken from the store); refused: 1 no body text" in out


def test_the_command_line_writes_the_dataset_and_says_so(folder: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["extract", *map(str, folder), "--out", str(tmp_path / "out"), "--dataset", str(tmp_path / "ds"), "--jobs", "1"])
    out = capsys.readouterr().out
    assert code == 0 and f"{tmp_path / 'ds' / 'paragraphs'}, {tmp_path / 'ds' / 'figures'}" in out
    assert [line.split(":")[0] for line in out.splitlines()[:3]] == ["r001.txt", "r002.txt", "r003.txt"]
