"""scripts/corpus.py, the measure of a folder of UN PDFs: its checks, row by row."""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest


def _load() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "scripts" / "corpus.py"
    spec = importlib.util.spec_from_file_location("corpus_measure", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


measure = _load()

HEADERS = [  # (running header, a unit's text) → whether the header stands inside the unit
    pytest.param("E/2025/28", "ahead of the session. E/2025/28 The Commission", True, id="header-glued-in"),
    pytest.param("E/2025/28", "Supplement No. 8 (E/2025/28).", False, id="own-symbol-cited-in-brackets"),
    pytest.param("TD/B/CN.4/48", "technical assistance; [TD/B/CN.4/48] (b) Background", False,
                 id="own-symbol-cited-in-square-brackets"),
    pytest.param("A/CONF.230/2025/15", "A/CONF.230/2025/15.", False, id="a-note-citing-the-document"),
    pytest.param("A/CONF.230/2025/15", "the report A/CONF.230/2025/15 of the", True, id="header-before-a-word"),
    pytest.param("E/2025/28", "see E/2025/281 and", False, id="another-symbol"),
    pytest.param("English Page 2", "the talks English Page 3 could lead", True, id="page-number-may-differ"),
]


@pytest.mark.parametrize(("header", "text", "inside"), HEADERS)
def test_running_header_inside_a_unit(header: str, text: str, inside: bool) -> None:
    assert measure._header_in(header, text) is inside


JOB_NUMBERS = [  # a unit's text → the job numbers found in it (page 1's footer glued into a unit)
    pytest.param("the 25-07881 (E) line", ["25-07881"], id="job-number"),
    pytest.param("GE.25-10614 (E) equality, the", ["GE.25-10614"], id="after-the-geneva-office-code"),
    pytest.param("resolution A/RES/25-12345 of", [], id="inside-a-symbol"),
    pytest.param("in 2024-25123 cases", [], id="a-longer-number"),
]


@pytest.mark.parametrize(("text", "found"), JOB_NUMBERS)
def test_job_number_inside_a_unit(text: str, found: list[str]) -> None:
    assert measure.JOB.findall(text) == found


TABLE_ROWS = [  # the rest of a numbered line → whether it is a table row (not checked)
    pytest.param("Global coordination 14 971.4 13 129.8 1 841.6", True, id="budget-row"),
    pytest.param("Regional coordination – – 5 1 8", True, id="row-with-nil-dashes"),
    pytest.param("The Council recalls resolution 1701 (2006)", False, id="resolution-and-year"),
    pytest.param("The Committee met on 3 and 4 May 2024.", False, id="sentence"),
]


@pytest.mark.parametrize(("rest", "row"), TABLE_ROWS)
def test_numbered_table_row(rest: str, row: bool) -> None:
    assert bool(measure.TABLE_ROW.search(rest)) is row


PAGE_ONE_WORDS = [  # words of page 1's top area (x0, top, x1, bottom, text) → the symbols read there
    pytest.param([(397, 157, 440, 170, "A/39/36I"), (415, 168, 444, 182, "July")], "A/39/361",
                 id="scan-ocr-letter-in-number-and-a-date-touching-below"),
    pytest.param([(469, 44, 540, 54, "DP-FPA/2025/1")], "DP-FPA/2025/1", id="joint-series-code"),
    pytest.param([(448, 41, 463, 61, "A"), (463, 49, 540, 59, "/80/74-E/2025/53")], "A/80/74|E/2025/53",
                 id="large-series-letter-and-joint-symbol"),
]


class _Page:
    height = 792.0

    def __init__(self, words: list[tuple[float, float, float, float, str]]) -> None:
        self.words = [dict(zip(("x0", "top", "x1", "bottom", "text"), w, strict=True)) for w in words]

    def extract_words(self) -> list[dict[str, object]]:
        return self.words


@pytest.mark.parametrize(("words", "symbols"), PAGE_ONE_WORDS)
def test_symbol_read_from_page_one(words: list[tuple[float, float, float, float, str]], symbols: str) -> None:
    assert measure._page1_symbol(_Page(words)) == symbols


FIXTURES = Path(__file__).resolve().parent / "fixtures" / "pdf"

COLUMNED = [  # (excerpt, a numbered line's start) → whether it is printed in columns (a table row)
    pytest.param("issue-10-table-rows-in-columns.pdf", "1. Financial Expenditures for", True, id="figures-in-columns"),
    pytest.param("issue-10-table-rows-in-columns.pdf", "7. Management Percentage of", True, id="row-ending-in-a-word"),
    pytest.param("issue-10-table-rows-in-columns.pdf", "17. The performance of the", False, id="paragraph-after-tab"),
    pytest.param("issue-10-text-table-rows.pdf", "22. Palestine refugees None", True, id="text-cells-and-dashes"),
    pytest.param("issue-10-text-table-rows.pdf", "21. International protection,", True, id="text-cells-wrapped"),
]


@functools.cache
def _columned(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """An excerpt's numbered lines as pdfplumber prints them, and those printed in columns."""
    import pdfplumber

    with pdfplumber.open(FIXTURES / name) as pdf:
        page = pdf.pages[0]
        numbered = tuple(ln for ln in (page.extract_text() or "").splitlines() if measure.NUMBERED.match(ln))
        return numbered, tuple(measure._columned_lines(page))


@pytest.mark.parametrize(("name", "start", "columned"), COLUMNED)
def test_numbered_line_printed_in_columns(name: str, start: str, columned: bool) -> None:
    numbered, rows = _columned(name)
    (line,) = [ln for ln in numbered if ln.startswith(start)]
    assert (line in rows) is columned


CONTENTS_PAGES = [  # a page's text → numbered lines checked: contents rows (page number, no leaders) are not
    pytest.param("Contents\nPage\n1. Tourner la page 2\n2. Universalis Matter 4", 0, id="under-contents"),
    pytest.param("CONTENTS\n1. Tourner la page 2\n2. Universalis Matter 4", 0, id="capitals"),
    pytest.param("1. Tourner la page 2\n2. Universalis Matter 4", 2, id="no-contents-heading"),
    pytest.param("Contents\n1. The Committee held 12 meetings in 2024.", 1, id="no-page-number"),
]


@pytest.mark.parametrize(("page", "checked"), CONTENTS_PAGES)
def test_contents_rows_are_not_checked(page: str, checked: int) -> None:
    out = measure.DocResult("x.pdf")
    measure._check_numbered(out, [page], [])
    assert out.numbered == checked


def test_contents_rows_of_an_excerpt_are_not_checked() -> None:
    """E/C.2/2025/2/Add.7's page 1: seven numbered contents rows, page numbers and no leaders."""
    pages, _, columned = measure.raw_pages(FIXTURES / "issue-10-contents-page-numbers-no-leaders.pdf")
    out = measure.DocResult("x.pdf")
    measure._check_numbered(out, pages, [], columned)
    assert (out.numbered, out.lost) == (0, 0)


WORD_READINGS = [  # (pdfplumber's readings of the raw text, a unit's text) → (split, glued) words counted
    pytest.param(["the actions of the Mission"], "the actio ns of the Mission", (1, 0), id="split-word"),
    pytest.param(["the actions of the Mission"], "the actions ofthe Mission", (0, 1), id="glued-words"),
    pytest.param(["the actions of the Mission"], "the actions of the Mission", (0, 0), id="whole"),
    pytest.param(["6 billionpeople today", "6 billion people today"], "6 billion people today", (0, 0),
                 id="readings-disagree-whole-in-one-not-judged"),
    pytest.param(["6 billionpeople today", "6 billionpeople today"], "6 billion people today", (1, 0),
                 id="readings-agree-whole-split-counted"),
    pytest.param(["land degradation", "landdegradation"], "the landdegradation", (0, 0),
                 id="readings-disagree-apart-in-one-not-judged"),
    pytest.param(["مرفق الرسالة", "مرفق الرسالة"], "الر سالة قفرم", (0, 0), id="right-to-left-not-judged"),
]


@pytest.mark.parametrize(("readings", "text", "counted"), WORD_READINGS)
def test_split_and_glued_words(readings: list[str], text: str, counted: tuple[int, int]) -> None:
    from types import SimpleNamespace

    out = measure.DocResult(file="x.pdf")
    measure._check_split_words(out, [[page] for page in readings], [SimpleNamespace(text=text)])
    assert (out.split_words, out.glued_words) == counted
