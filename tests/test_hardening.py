"""Nothing hangs, nothing is lost: bad inputs, faults and hostile texts, one row per case.

Each row gives an input built here in a few lines of Python and what must come of it: the
`error:` text, the exit code, the rows exported for the good report of the same batch, the
tables left unchanged. Rows that hung once run under a generous timeout, so a regression
fails instead of hanging; how fast they run is measured by `make bench`, not here.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from un_report.cli import main
from un_report.pipeline import run_report

MINIMAL_ZH = "第一章\n\n导言\n\n1. 我们为 40 个国家提供了支持。\n\n2. 2024 年,约 52.4%的人口受益。\n"
MINIMAL_FIGURES = 3  # the figures of MINIMAL_ZH
ZH_BODY = "第一章 导言\n\n1. {}\n"
EN_BODY = "Chapter I\nIntroduction\n\n1. {}\n"


@pytest.fixture
def good(tmp_path: Path) -> Path:
    """A good report to read beside each bad input: its rows must reach the tables."""
    path = tmp_path / "good.txt"
    path.write_text(MINIMAL_ZH, encoding="utf-8")
    return path


def extract(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, list[str]]:
    """Run `un-report extract --quiet --jobs 1 …` in process: exit code, stdout, error lines."""
    code = main(["extract", "--quiet", "--jobs", "1", *map(str, argv)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, [line for line in err.splitlines() if line.startswith("error:")]


def exported_sources(out: Path) -> set[str]:
    return set(pd.read_parquet(out / "figures.parquet")["source"])


# --- Hostile texts: every pattern runs in time linear in its input --------------------------

HOSTILE_TEXTS = [
    pytest.param(ZH_BODY.format("一" + "万" * 40 + "人"), "zh", id="a-run-of-40-万"),
    pytest.param(ZH_BODY.format("万" * 2000), "zh", id="a-run-of-2000-万"),
    pytest.param(ZH_BODY.format("一万" * 1000 + "分"), "zh", id="一万-repeated-then-no-fraction"),
    pytest.param(EN_BODY.format("word " * 4000), "en", id="english-20kb-no-symbol"),
    pytest.param(EN_BODY.format("one " * 5000), "en", id="one-repeated"),
    pytest.param(EN_BODY.format("$1 " * 5000), "en", id="dollar-1-repeated"),
    pytest.param(EN_BODY.format("1- " * 5000), "en", id="one-dash-repeated"),
    pytest.param(EN_BODY.format(". " * 20000), "en", id="a-line-of-dot-leaders-without-a-page"),
    pytest.param(EN_BODY.format("a" * 200_000), "en", id="one-200kb-word"),
]


@pytest.mark.timeout(30)
@pytest.mark.parametrize(("text", "lang"), HOSTILE_TEXTS)
def test_a_hostile_text_is_read_in_bounded_time(tmp_path: Path, text: str, lang: str) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(text, encoding="utf-8")
    result = run_report(path)
    assert (result.lang, len(result.units)) == (lang, 1)


# A document without a symbol is searched whole for its session wording: a long run of
# letters of the language's script must not be tried once per letter.
SYMBOL_SEARCHES = [
    pytest.param("en", "word" * 10_000, id="en"),
    pytest.param("fr", "é" * 40_000, id="fr"),
    pytest.param("es", "ñ" * 40_000, id="es"),
    pytest.param("ru", "а" * 40_000, id="ru"),
    pytest.param("ar", "الدورة ال" + "ب" * 40_000, id="ar"),
    pytest.param("zh", "第" + "一" * 40_000, id="zh"),
]


@pytest.mark.timeout(30)
@pytest.mark.parametrize(("code", "text"), SYMBOL_SEARCHES)
def test_the_symbol_search_of_a_text_without_one_is_linear(code: str, text: str) -> None:
    from un_report.ingest.front import report_symbol
    from un_report.models import Line
    from un_report.rules import language

    assert report_symbol([Line(text=text)], language(code).rules) is None
