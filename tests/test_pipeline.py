"""Whole-document invariants on the shipped report (text path)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import SHIPPED_ZH
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
