"""Figures confirmed across editions: pairing rows, editions counts, and the table a run writes."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from un_report.align import align, count_editions
from un_report.cli import main
from un_report.extract import extract
from un_report.models import Figure, Unit
from un_report.rules import language

ZH_REPORT = "A/99/1\n\n第一章\n\n导言\n\n1. 2024 年,我们为 40 个国家的超过 1.16 亿人提供了援助。\n\n2. 逾 130 亿美元。\n"
EN_REPORT = (
    "A/99/1\n\nChapter I\n\nIntroduction\n\n1. In 2024, we assisted more than 116 million people "
    "in 40 countries and 12 territories.\n\n2. Over $13 billion.\n"
)


def figures_of(units: list[Unit]) -> list[Figure]:
    return [f for u in units for f in extract([u], language(u.lang))]


def unit(lang: str, para: str, text: str) -> Unit:
    return Unit(report="R", source=f"r.{lang}", lang=lang, para=para, kind="paragraph", text=text)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("zh", "en", "statuses"),
    [
        pytest.param("为 40 个国家", "in 40 countries", ["both"], id="same-count"),
        pytest.param("超过 1.16 亿人", "more than 116 million people", ["both"], id="magnitudes-differ-in-writing"),
        pytest.param("四分之一的拨款", "a quarter of allocations", ["both"], id="shares"),
        pytest.param("逾 130 亿美元", "over $13 billion", ["both"], id="money"),
        pytest.param("40 个国家", "41 countries", ["lang_only", "en_only"], id="values-differ"),
        pytest.param("40 个国家", "40 per cent", ["lang_only", "en_only"], id="kinds-differ"),
        pytest.param("2015-2030 年", "2015–2030", ["both", "both"], id="year-range"),
        pytest.param("三分之二的国家", "two thirds of countries", ["both"], id="repeating-fraction"),
        pytest.param("三分之一", "33.3 per cent", ["lang_only", "en_only"], id="fraction-and-its-rounding"),
        # bugs found: a float tolerance paired close values, any two vague amounts were paired
        pytest.param("1 000 000 人", "1,000,001 people", ["lang_only", "en_only"], id="one-apart-in-a-million"),
        pytest.param("123 456 789 012 美元", "$123,456,789,013", ["lang_only", "en_only"], id="one-apart-in-twelve-digits"),
        pytest.param("数百项", "thousands of projects", ["lang_only", "en_only"], id="vague-different-order"),
        pytest.param("数百项", "hundreds of projects", ["lang_only", "en_only"], id="vague-same-order-stays-unpaired"),
    ],
)
def test_pairs_are_same_kind_and_equal_value(zh: str, en: str, statuses: list[str]) -> None:
    rows = align(figures_of([unit("zh", "1", zh), unit("en", "1", en)]))
    assert [r.status for r in rows] == statuses


def test_figures_pair_only_within_their_paragraph() -> None:
    rows = align(figures_of([unit("zh", "1", "40 个国家"), unit("en", "2", "40 countries")]))
    assert sorted(r.status for r in rows) == ["en_only", "lang_only"]


def test_a_single_edition_gives_no_rows() -> None:
    assert align(figures_of([unit("zh", "1", "40 个国家")])) == []


# Every edition is aligned to English: (lang, text) of each edition's unit 1 → statuses.
EDITIONS = [
    pytest.param("fr", "plus de 116 millions de personnes", ["both"], id="fr"),
    pytest.param("es", "más de 116 millones de personas", ["both"], id="es"),
    pytest.param("ru", "более 116 млн. человек", ["both"], id="ru"),
    pytest.param("ar", "أكثر من 116 مليون شخص", ["both"], id="ar"),
    pytest.param("fr", "117 millions de personnes", ["lang_only", "en_only"], id="fr-differs"),
]


@pytest.mark.parametrize(("lang", "text", "statuses"), EDITIONS)
def test_every_edition_aligns_to_english(lang: str, text: str, statuses: list[str]) -> None:
    rows = align(figures_of([unit(lang, "1", text), unit("en", "1", "more than 116 million people")]))
    assert [(r.lang, r.status) for r in rows] == [(lang, s) for s in statuses]


def test_editions_count_the_editions_that_state_a_figure() -> None:
    figures = figures_of([
        unit("en", "1", "more than 116 million people in 40 countries"),
        unit("zh", "1", "40 个国家的超过 1.16 亿人"),
        unit("fr", "1", "plus de 116 millions de personnes dans 41 pays"),
        unit("fr", "2", "40 pays"),  # another paragraph: confirms nothing
    ])
    count_editions(figures)
    assert [(f.lang, f.text, f.editions) for f in figures] == [
        ("en", "more than 116 million", 3), ("en", "40", 2), ("zh", "40 个", 2),
        ("zh", "超过 1.16 亿人", 3), ("fr", "plus de 116 millions", 3), ("fr", "41", 1), ("fr", "40", 1),
    ]


def test_a_report_without_english_gives_no_rows() -> None:
    assert align(figures_of([unit("zh", "1", "40 个国家"), unit("fr", "1", "40 pays")])) == []


def test_run_with_both_editions_writes_the_aligned_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "r_zh.txt").write_text(ZH_REPORT, encoding="utf-8")
    (tmp_path / "r_en.txt").write_text(EN_REPORT, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", "--quiet", str(tmp_path), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "A/99/1 [zh]: figures confirmed in English: count 2/2 (100%)" in printed
    table = pd.read_parquet(out / "figures_aligned.parquet")
    assert list(table.columns) == [
        "report", "part", "para", "kind", "value", "lang", "id", "text", "en_id", "en_text", "status",
    ]
    assert set(table["lang"]) == {"zh"}
    assert pd.read_parquet(out / "figures.parquet")["editions"].tolist() == [2, 2, 2, 1, 2, 2, 2, 2, 2]
    assert table["status"].value_counts().to_dict() == {"both": 4, "en_only": 1}
    # the next run with one edition removes the stale table
    (tmp_path / "r_en.txt").unlink()
    assert main(["extract", "--quiet", str(tmp_path), "--out", str(out)]) == 0
    assert not (out / "figures_aligned.parquet").exists()
