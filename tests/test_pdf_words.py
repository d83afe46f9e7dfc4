"""Words stay whole (issue 10): word spaces of the PDF path, on pages cut from UN documents.

Each fixture is a page or two cut with pypdf from a document of the shared corpus, named
for what it exercises. Rows: a text the reading (its lines and its units) must contain (a
word whole, words kept apart) and a text it must not (the word split, words glued).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PDF_FIXTURES, ReadPdf

# S/2025/270 p. 5: paragraphs indented at 147 pt, their wrapped lines set at 123 pt, left of
# the column: the first letters of a wrapped line were taken for a hanging number.
WRAPPED_LEFT = "issue-10-split-words-wrapped-left-of-indent.pdf"
# ICCD/COP(8)/CST/8 pp. 3, 10: 12-point Times printed without space characters: each word
# gap is a gap (a quarter em), a line-end hyphen is undone or kept by the words so spaced.
NO_SPACES = "issue-10-words-small-type-printed-without-spaces.pdf"
# A/53/601 p. 2 (1998): word gaps of 0.16-0.2 em, narrower than a fifth of the type size
# but over half of Times's space (0.25 em): "of the", "of America".
NARROW_GAPS = "issue-10-words-narrow-word-gaps.pdf"
# S/2025/427 p. 6: a space printed after "al-" that "Shaibani" is drawn back over: no gap
# on the page between the hyphen and the S.
DRAWN_OVER = "issue-10-words-printed-space-drawn-over.pdf"
# A/80/29 p. 7: "Vice-Chairs:" set left of the list it heads, tight: no hanging token.
HYPHEN_LEFT = "issue-10-words-hyphen-left-of-column.pdf"
# UNW/2025/6 p. 16: "UN-" ends a block, "Women" opens the next one of the paragraph.
HYPHEN_BLOCKS = "issue-10-words-hyphen-between-blocks.pdf"

WHOLE = [
    (WRAPPED_LEFT, "the actions taken by UNMISS"),
    (WRAPPED_LEFT, "in implementing the UNMISS mandate"),
    (WRAPPED_LEFT, "condemning in the strongest terms"),
    (WRAPPED_LEFT, "the Secretary-General to inform"),  # a line-end hyphen of a compound: kept, no space
    (WRAPPED_LEFT, "Sudan, to enable the self-reliance of South Sudan"),
    (WRAPPED_LEFT, "troop- and police-contributing"),  # a suspended hyphen keeps its space
    (WRAPPED_LEFT, "UNMISS Mandate"),
    (NO_SPACES, "the 6 billion people today and the 8.2 billion"),
    (NO_SPACES, "land-degradation management in southern Africa"),
    (NARROW_GAPS, "the United States of America; after the adoption of the draft"),
    (DRAWN_OVER, "Mr Asaad Hassan al-Shaibani, delivered"),
    (HYPHEN_LEFT, "(Sri Lanka) Vice-Chairs: Demi Della-Porta"),
    (HYPHEN_BLOCKS, "an update on UN-Women policies"),
]

BROKEN = [
    (WRAPPED_LEFT, "actio ns"),
    (WRAPPED_LEFT, "i mplementing"),
    (WRAPPED_LEFT, "conde mning"),
    (WRAPPED_LEFT, "Secretary- General"),
    (WRAPPED_LEFT, "Suda n"),
    (WRAPPED_LEFT, "UNM ISS"),
    (NO_SPACES, "billionpeople"),
    (NO_SPACES, "landdegradation"),
    (NARROW_GAPS, "ofAmerica"),
    (NARROW_GAPS, "ofthe"),
    (DRAWN_OVER, "al- Shaibani"),
    (HYPHEN_LEFT, "Vice- Chairs"),
    (HYPHEN_BLOCKS, "UN- Women"),
]


def _text(read_pdf_once: Callable[[Path], ReadPdf], name: str) -> str:
    read = read_pdf_once(PDF_FIXTURES / name)
    return "\n".join([*(line.text for line in read.lines), *(unit.text for unit in read.result.units)])


@pytest.mark.parametrize(("name", "text"), WHOLE)
def test_words_read_whole(read_pdf_once: Callable[[Path], ReadPdf], name: str, text: str) -> None:
    assert text in _text(read_pdf_once, name)


@pytest.mark.parametrize(("name", "text"), BROKEN)
def test_no_split_or_glued_words(read_pdf_once: Callable[[Path], ReadPdf], name: str, text: str) -> None:
    assert text not in _text(read_pdf_once, name)


FONT_SPACES = [  # (excerpt, a font of it) → its space width (em), as the PDF's fonts give it
    pytest.param(DRAWN_OVER, "TimesNewRomanPSMT", 0.25, id="an embedded font's widths"),
    pytest.param(NO_SPACES, "Times-Roman", 0.25, id="a standard font's metrics (no widths in the PDF)"),
    pytest.param(NARROW_GAPS, "Times-Bold", 0.25, id="a standard bold font's metrics"),
]


@pytest.mark.parametrize(("name", "font", "space"), FONT_SPACES)
def test_characters_carry_their_fonts_space_width(name: str, font: str, space: float) -> None:
    import pdfplumber

    from un_report.ingest.pdf.objects import page_input

    with pdfplumber.open(PDF_FIXTURES / name) as pdf:
        chars = page_input(pdf.pages[0]).chars
    assert {round(c["space"], 3) for c in chars if c["fontname"] == font} == {space}
