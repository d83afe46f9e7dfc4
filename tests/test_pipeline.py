"""Whole-document invariants on the shipped report (text path)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import SHIPPED_ZH
from un_report.ingest import ingest
from un_report.ingest.front import is_toc_line
from un_report.pipeline import ReportResult, run_report

FURNITURE = re.compile(r"\d{2}-\d{5}|(?<![\d/])\d{1,2}/\d{2}(?![\d/])\s*$|^\s*\d+/\d+\s")


def test_report_symbol_and_language_are_read_from_the_document(zh_report: ReportResult) -> None:
    assert (zh_report.report, zh_report.lang) == ("A/80/1", "zh")


def test_paragraph_numbers_rise_by_one(zh_report: ReportResult) -> None:
    numbers = [u.number for u in zh_report.units if u.kind == "paragraph"]
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(numbers) > 100


def test_no_page_furniture_inside_any_unit(zh_report: ReportResult) -> None:
    leaks = [(u.para, m.group(0)) for u in zh_report.units for m in FURNITURE.finditer(u.text)]
    assert leaks == []


def test_no_space_between_two_chinese_characters(zh_report: ReportResult) -> None:
    gaps = [(u.para, m.group(0)) for u in zh_report.units for m in re.finditer(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]", u.text)]
    assert gaps == []


def test_every_figure_text_is_its_unit_text_at_its_offsets(zh_report: ReportResult) -> None:
    texts = {u.para: u.text for u in zh_report.units}
    wrong = [f.id for f in zh_report.figures if texts[f.para][f.start : f.end] != f.text]
    assert wrong == []
    assert zh_report.figures


def test_boxes_have_titles_and_footnotes_their_numbers(zh_report: ReportResult) -> None:
    boxes = [u for u in zh_report.units if u.kind == "box"]
    footnotes = [u for u in zh_report.units if u.kind == "footnote"]
    assert boxes and all(b.title and b.text for b in boxes)
    assert [b.para for b in boxes] == [f"box-{i}" for i in range(1, len(boxes) + 1)]
    assert [f.para for f in footnotes] == [f"fn-{i}" for i in range(1, len(footnotes) + 1)]


def test_no_paragraph_or_box_is_cut_mid_sentence(zh_report: ReportResult) -> None:
    """Page breaks, footers and footnotes inside a unit never end it early."""
    cut = [u.para for u in zh_report.units if u.kind != "footnote" and u.text.rstrip("¹²³⁴⁵⁶⁷⁸⁹")[-1] not in "。!?;:”)"]
    assert cut == []


def test_every_unit_has_chapter_and_page(zh_report: ReportResult) -> None:
    missing = [u.para for u in zh_report.units if not u.chapter or u.page is None]
    assert missing == []


def test_pages_never_go_backwards(zh_report: ReportResult) -> None:
    pages = [u.page for u in zh_report.units if u.page is not None]
    assert pages == sorted(pages)


def test_a_footnote_takes_the_place_of_the_unit_that_cites_it(zh_report: ReportResult) -> None:
    for note in (u for u in zh_report.units if u.kind == "footnote"):
        marker = note.para.removeprefix("fn-").translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
        citing = next(u for u in zh_report.units if u.kind != "footnote" and marker in u.text)
        assert (note.chapter, note.section, note.heading) == (citing.chapter, citing.section, citing.heading)


def test_hard_wrapped_text_gives_the_same_units(zh_report: ReportResult, tmp_path: Path) -> None:
    """The same report with every long line wrapped at a fixed width, as many text
    extractions print it, reads into the same units."""
    width = 38
    wrapped = []
    for line in SHIPPED_ZH.read_text(encoding="utf-8").splitlines():
        pieces = [line[i : i + width] for i in range(0, len(line), width)] or [""]
        wrapped += [p.strip() for p in pieces]
    path = tmp_path / "wrapped.txt"
    path.write_text("\n".join(wrapped), encoding="utf-8")
    again = run_report(path)
    squash = lambda s: re.sub(r"\s+", "", s)  # noqa: E731 - a wrap may fall on a space
    assert [(u.para, u.title, squash(u.text)) for u in again.units] == [
        (u.para, u.title, squash(u.text)) for u in zh_report.units
    ]


# --- bug found: a paragraph with an ellipsis was dropped as a contents line -------------------
# Contents lines are looked for only in the front matter, and need a page number after the
# leaders; a body paragraph with …… or ". . . ." is kept, and the next one not glued onto it.

ZH_HEAD = "第一章\n\n导言\n\n"
EN_HEAD = "Chapter I\n\nIntroduction\n\n"
ELLIPSIS_ROWS = [
    pytest.param(
        ZH_HEAD + "1. 我们为 40 个国家提供了支持。\n\n2. 他们说:“和平……需要耐心。”我们继续努力。\n\n3. 约 52.4%的人口受益。\n",
        [("1", "我们为 40 个国家提供了支持。"), ("2", "他们说:“和平……需要耐心。”我们继续努力。"), ("3", "约 52.4%的人口受益。")],
        id="zh-ellipsis-mid-report",
    ),
    pytest.param(
        ZH_HEAD + "1. 他们说:“和平……需要耐心。”\n\n2. 约 52.4%的人口受益。\n",
        [("1", "他们说:“和平……需要耐心。”"), ("2", "约 52.4%的人口受益。")],
        id="zh-ellipsis-in-paragraph-one",
    ),
    pytest.param(
        EN_HEAD + "1. We supported 40 countries.\n\n2. The list went on . . . . and on, in 12 regions.\n\n3. In 2024, 52.4 per cent gained.\n",
        [("1", "We supported 40 countries."), ("2", "The list went on . . . . and on, in 12 regions."), ("3", "In 2024, 52.4 per cent gained.")],
        id="en-spaced-dots-mid-report",
    ),
    pytest.param(
        "Contents\n\nChapter I. Introduction . . . . . . . . 3\n\n" + EN_HEAD
        + "1. The list went on . . . . and on.\n\n2. In 2024, 52.4 per cent gained.\n",
        [("1", "The list went on . . . . and on."), ("2", "In 2024, 52.4 per cent gained.")],
        id="en-contents-line-then-spaced-dots-in-paragraph-one",
    ),
]


@pytest.mark.parametrize(("text", "units"), ELLIPSIS_ROWS)
def test_a_paragraph_with_an_ellipsis_is_kept_whole(tmp_path: Path, text: str, units: list[tuple[str, str]]) -> None:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    assert [(u.para, u.text) for u in run_report(path).units] == units


FRONT_ROWS = [
    pytest.param(
        "Contents\n\nChapter I. Introduction . . . . . . . . 3\n\n" + EN_HEAD
        + "1. The list went on . . . . and on.\n\n2. In 2024, 52.4 per cent gained.\n",
        ["Contents", "Chapter I. Introduction . . . . . . . . 3"], "Chapter I",
        id="en-spaced-dots-in-paragraph-one",
    ),
    pytest.param(
        "目录\n\n第一章 导言……3\n\n" + ZH_HEAD + "1. 他们说:“和平……需要耐心。”\n\n2. 约 52.4%的人口受益。\n",
        ["目录", "第一章 导言……3"], "第一章",
        id="zh-ellipsis-in-paragraph-one",
    ),
]


@pytest.mark.parametrize(("text", "front", "first_body_line"), FRONT_ROWS)
def test_paragraph_one_with_an_ellipsis_still_ends_the_front_matter(
    tmp_path: Path, text: str, front: list[str], first_body_line: str
) -> None:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    doc = ingest(path)
    assert [ln.text for ln in doc.front if ln.text.strip()] == front
    assert doc.lines[0].text == first_body_line


# A contents line: a Markdown table row, or leaders then a page number; an ellipsis is none.
TOC_ROWS = [
    pytest.param("第一章 导言……3", True, id="zh-leaders-page"),
    pytest.param("Introduction . . . . . . . 3", True, id="en-spaced-leaders-page"),
    pytest.param("Introduction.........12", True, id="en-leaders-page"),
    pytest.param("| 第一章 | 3 |", True, id="markdown-row"),
    pytest.param("他们说:“和平……需要耐心。”", False, id="zh-ellipsis"),
    pytest.param("The list went on . . . . and on.", False, id="en-spaced-dots"),
    pytest.param("The list went on . . . . 2024 was no better.", False, id="en-spaced-dots-then-a-year-and-words"),
]


@pytest.mark.parametrize(("text", "expected"), TOC_ROWS)
def test_contents_line(text: str, expected: bool) -> None:
    assert is_toc_line(text) is expected
