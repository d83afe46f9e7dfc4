"""Right-to-left PDF reading: an Arabic report typeset with presentation forms in visual
order (tests/fixtures/pdf/A_99_1_ar.pdf, made by scripts/typeset_ar_pdf.py) reads into
logical Arabic text, with digits in their own left-to-right order, paragraphs numbered
"1 -", and figures whose offsets index the logical text and whose boxes lie on the page."""

from __future__ import annotations

import unicodedata

import pytest

from tests.conftest import ROOT
from un_report.ingest.pdf.rtl import MIRRORED, ltr_runs
from un_report.pipeline import ReportResult, run_report
from un_report.script import is_presentation_form

AR_PDF = ROOT / "tests" / "fixtures" / "pdf" / "A_99_1_ar.pdf"
PAGE_WIDTH = 595.27  # A4, points


@pytest.fixture(scope="module")
def ar_pdf() -> ReportResult:
    return run_report(AR_PDF)


# para → how its logical text begins (the paragraph number "1 -" cut off)
UNITS = [
    ("1", 1, "في عام 2024، قدمت الأمم المتحدة المساعدة إلى أكثر من 116 مليون شخص في 40 بلدا"),
    ("2", 1, "وبلغت نسبة النساء 52.4 في المائة من المستفيدين"),
    ("3", 1, "وقد خصص مبلغ 4.8 ملايين دولار لدعم 000 35 موظف في الميدان"),
    ("4", 2, "واتخذ مجلس الأمن القرار 2254 (2015) في جلسته 7502"),
    ("5", 2, "وشارك نحو ٣٥٠ خبيرا في خمس دورات تدريبية"),
    # its second line is of Latin letters only: it reads left to right, words in their order
    ("6", 2, "وصدر التقرير بالإنكليزية بعنوان: Human Development Report 2024 (United Nations)"),
]

# para → figures in logical (reading) order: (kind, value, qualifier, text)
FIGURES = [
    ("1", [("year", 2024, "exact", "2024"), ("count", 116_000_000, "over", "أكثر من 116 مليون"), ("count", 40, "exact", "40")]),
    ("2", [("percent", 52.4, "exact", "52.4 في المائة"), ("percent", 45, "exact", "45 في المائة"), ("year", 2015, "exact", "2015")]),
    ("3", [("money", 4_800_000, "exact", "4.8 ملايين دولار"), ("count", 35_000, "exact", "000 35"), ("count", 3000, "exact", "ثلاثة آلاف")]),
    ("4", [("year", 2015, "exact", "2015"), ("count", 6, "exact", "ستة أشهر")]),  # resolution and meeting numbers: none
    ("5", [("count", 350, "approx", "نحو ٣٥٠"), ("count", 5, "exact", "خمس"), ("percent", 22.5, "exact", "٢٢٫٥ في المائة")]),
    ("6", [("year", 2024, "exact", "2024")]),
]

# A mirrored line (its characters right to left as printed) → its text in reading order:
# left-to-right runs turned back (numbers on their own, Latin words with what lies between
# them), brackets outside them unmirrored.
MIRRORED_LINES = [
    ("snoitaN detinU( 4202 tropeR tnempoleveD namuH(", "Human Development Report 2024 (United Nations)"),
    ("لاق snoitaN detinU نإ", "لاق United Nations نإ"),  # Latin words inside an Arabic line
    ("ةقيثولا 1/08/A", "ةقيثولا A/80/1"),
    ("رارقلا 4522 )5102(", "رارقلا 2254 (2015)"),  # two numbers: two runs, in right-to-left order
    ("ةبسن ٥٫٢٢ يف", "ةبسن ٢٢٫٥ يف"),  # Arabic-Indic digits and the decimal separator
]


@pytest.mark.parametrize(("shown", "logical"), MIRRORED_LINES, ids=[m[1] for m in MIRRORED_LINES])
def test_left_to_right_runs(shown: str, logical: str) -> None:
    chars = list(shown.translate(MIRRORED))
    for start, end in ltr_runs(shown):
        chars[start:end] = shown[start:end][::-1]
    assert "".join(chars) == logical


def test_read_as_arabic_with_its_symbol(ar_pdf: ReportResult) -> None:
    assert (ar_pdf.report, ar_pdf.lang) == ("A/99/1", "ar")


@pytest.mark.parametrize(("para", "page", "opening"), UNITS, ids=[u[0] for u in UNITS])
def test_units_read_in_logical_order(ar_pdf: ReportResult, para: str, page: int, opening: str) -> None:
    unit = next(u for u in ar_pdf.units if u.para == para)
    assert (unit.page, unit.chapter, unit.text[: len(opening)]) == (page, "الفصل الأول مقدمة", opening)


def test_no_presentation_forms_left(ar_pdf: ReportResult) -> None:
    text = "".join(u.text for u in ar_pdf.units)
    assert not [c for c in text if is_presentation_form(c)]
    assert text == unicodedata.normalize("NFKC", text)


@pytest.mark.parametrize(("para", "expected"), FIGURES, ids=[f[0] for f in FIGURES])
def test_figures(ar_pdf: ReportResult, para: str, expected: list) -> None:
    found = [(f.kind, float(f.value or 0), f.qualifier, f.text) for f in ar_pdf.figures if f.para == para]
    assert found == [(k, float(v), q, t) for k, v, q, t in expected]


def test_offsets_and_boxes(ar_pdf: ReportResult) -> None:
    units = {u.para: u for u in ar_pdf.units}
    for f in ar_pdf.figures:
        assert units[f.para].text[f.start : f.end] == f.text
        assert f.x0 is not None and f.x1 is not None and 0 < f.x0 < f.x1 < PAGE_WIDTH
    year, forty = (next(f for f in ar_pdf.figures if f.para == "1" and f.text == t) for t in ("2024", "40"))
    assert year.x0 > forty.x1  # read right to left: 2024 stands right of 40 on the line
