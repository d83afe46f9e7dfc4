"""scripts/corpus.py, the measure of a folder of UN PDFs: its checks, row by row."""

from __future__ import annotations

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
