"""The PDF path and the text path agree: the same report typeset as PDF gives the same
units and figures as its text, and the figures carry their page and position."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import EN_PDF, PDF_FIXTURES, ZH_PDFS, ReadPdf
from un_report.cli import main
from un_report.pipeline import ReportResult, run_report

BAD = PDF_FIXTURES / "bad"


def squash(text: str) -> str:
    """A unit's text without white space: a PDF drops the space a line ends on (2025 年)."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module", params=ZH_PDFS, ids=lambda p: p.stem)
def zh_pdf(request: pytest.FixtureRequest, read_pdf_once: Callable[[Path], ReadPdf]) -> ReportResult:
    return read_pdf_once(request.param).result


def test_same_units_as_the_text(zh_pdf: ReportResult, zh_report: ReportResult) -> None:
    def units(r: ReportResult) -> dict[str, tuple]:
        # by para: where a footnote stands in reading order depends on the layout
        return {u.para: (u.kind, u.number, u.chapter, u.section, u.heading, u.title, squash(u.text)) for u in r.units}

    assert (zh_pdf.report, zh_pdf.lang) == (zh_report.report, zh_report.lang)
    assert units(zh_pdf) == units(zh_report)


def test_same_figures_as_the_text(zh_pdf: ReportResult, zh_report: ReportResult) -> None:
    def figures(r: ReportResult) -> list[tuple]:
        return sorted((f.para, f.kind, str(f.value), f.unit, f.qualifier, squash(f.text)) for f in r.figures)

    assert figures(zh_pdf) == figures(zh_report)


def test_every_figure_has_a_page_and_a_box_on_it(zh_pdf: ReportResult) -> None:
    missing = [f.id for f in zh_pdf.figures if f.page is None or None in (f.x0, f.top, f.x1, f.bottom)]
    assert missing == []
    assert all(f.x0 < f.x1 and f.top < f.bottom for f in zh_pdf.figures)  # type: ignore[operator]


def test_units_start_on_pages_in_order(zh_pdf: ReportResult) -> None:
    pages = [u.page for u in zh_pdf.units if u.kind != "footnote"]
    assert pages == sorted(pages)  # type: ignore[type-var]


@pytest.mark.parametrize("path", ZH_PDFS, ids=lambda p: p.stem)
def test_chinese_cover_gives_title_and_session(path: Path, read_pdf_once: Callable[[Path], ReadPdf]) -> None:
    """The cover's title is its largest type, above or below the formula; the formula,
    on one line (大会正式记录第八十届会议补编第1号) or on several, gives the session."""
    meta = read_pdf_once(path).document.meta
    assert (meta.title, meta.session) == ("秘书长关于联合国工作的报告", "第八十届会议")


@pytest.fixture(scope="module")
def en_pdf(read_pdf_once: Callable[[Path], ReadPdf]) -> ReportResult:
    return read_pdf_once(EN_PDF).result


def test_english_pdf_paragraphs_boxes_and_footnotes(en_pdf: ReportResult) -> None:
    paragraphs = [u.number for u in en_pdf.units if u.kind == "paragraph"]
    boxes = [u for u in en_pdf.units if u.kind == "box"]
    footnotes = [u.para for u in en_pdf.units if u.kind == "footnote"]
    assert (en_pdf.report, en_pdf.lang) == ("A/80/1", "en")
    assert paragraphs == list(range(1, len(paragraphs) + 1)) and len(paragraphs) > 100
    assert boxes and all(b.title for b in boxes)
    assert footnotes == ["fn-1", "fn-2"]


def test_english_pdf_front_matter(read_pdf_once: Callable[[Path], ReadPdf]) -> None:
    """The cover gives title and session; the date is the one printed alone after the front matter."""
    meta = read_pdf_once(EN_PDF).document.meta
    assert (meta.title, meta.session, meta.date) == (
        "Report of the Secretary-General on the work of the Organization", "Eightieth Session", "2025-07-18")


def test_english_units_hold_no_page_furniture(en_pdf: ReportResult) -> None:
    furniture = re.compile(r"\d{2}-\d{5}|\b\d{1,2}/\d{2}\b|\bA/80/1\b|\.\s?\.\s?\.\s?\.")
    assert [(u.para, m.group(0)) for u in en_pdf.units for m in furniture.finditer(u.text)] == []


BAD_PDFS = [
    pytest.param("encrypted.pdf", "encrypted", id="encrypted"),
    pytest.param("truncated.pdf", "damaged or truncated", id="truncated"),
    pytest.param("scanned.pdf", "OCR is needed", id="scanned"),
    pytest.param("zero_pages.pdf", "no pages", id="zero-pages"),
]


@pytest.mark.parametrize(("name", "message"), BAD_PDFS)
def test_bad_pdf_in_a_batch_is_one_error_line_and_the_rest_is_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, message: str
) -> None:
    good = tmp_path / "mini.txt"
    good.write_text("第一章\n\n导言\n\n1. 我们为 40 个国家提供了支持。\n", encoding="utf-8")
    code = main(["extract", "--quiet", "--jobs", "1", str(BAD / name), str(good), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code != 0
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and name in errors[0] and message in errors[0]
    assert (tmp_path / "out" / "figures.csv").read_text(encoding="utf-8").count("mini.txt") == 1


def test_a_pdf_without_numbered_paragraphs_is_read_as_unnumbered_paragraphs() -> None:
    units = run_report(BAD / "no_paragraphs.pdf").units
    assert units and all(u.para.startswith("u-") and u.number is None for u in units if u.kind == "paragraph")


def _as_text(result: ReportResult, wrap: int | None) -> str:
    """The report's units written out as a text extraction would print them: headings,
    numbered paragraphs, box titles and bodies, footnotes, and a footer at each page end."""
    import textwrap

    blocks = ["General Assembly", "Official Records", "Eightieth Session", "Supplement No. 1"]
    chapter = section = heading = None
    page = None
    for u in result.units:
        if u.chapter != chapter:
            words = u.chapter.split(" ", 2)
            blocks += [" ".join(words[:2]), *words[2:]]
            chapter, section, heading = u.chapter, None, None
        if u.section and u.section != section:
            blocks.append(u.section)
            section, heading = u.section, None
        if u.kind == "paragraph" and u.heading and u.heading != heading:
            blocks.append(u.heading)
            heading = u.heading
        if page is not None and u.page != page:
            blocks.append(f"25-07881 {page}/27")
        page = u.page
        if u.kind == "paragraph":
            blocks.append(f"{u.number}. {u.text}")
        elif u.kind == "box":
            blocks += [u.title, u.text]
        else:
            blocks.append(u.para.removeprefix("fn-").translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")) + " " + u.text)
    if wrap:
        blocks = ["\n".join(textwrap.wrap(b, wrap, break_on_hyphens=False)) for b in blocks]
    return "\n\n".join(blocks)


@pytest.mark.parametrize("wrap", [None, 80], ids=["one-line-per-unit", "hard-wrapped-at-80"])
def test_english_text_rendition_reads_into_the_same_units(en_pdf: ReportResult, tmp_path: Path, wrap: int | None) -> None:
    path = tmp_path / "report_en.txt"
    path.write_text(_as_text(en_pdf, wrap), encoding="utf-8")
    again = run_report(path)

    def units(r: ReportResult) -> dict[str, tuple]:
        return {u.para: (u.kind, u.title, u.chapter, u.section, squash(u.text)) for u in r.units}

    assert (again.report, again.lang) == ("A/80/1", "en")
    assert units(again) == units(en_pdf)
