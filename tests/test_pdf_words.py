"""Words stay whole (issue 10): word spaces of the PDF path, on pages cut from UN documents.

Each fixture is one page cut with pypdf from a document of the shared corpus, named for
what it exercises. Rows: a text the reading must contain (a word whole, words kept apart)
and a text it must not (the word split, words glued).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PDF_FIXTURES, ReadPdf

# S/2025/270 p. 5: paragraphs indented at 147 pt, their wrapped lines set at 123 pt, left of
# the column: the first letters of a wrapped line were taken for a hanging number.
WRAPPED_LEFT = "issue-10-split-words-wrapped-left-of-indent.pdf"

WHOLE = [
    (WRAPPED_LEFT, "the actions taken by UNMISS"),
    (WRAPPED_LEFT, "in implementing the UNMISS mandate"),
    (WRAPPED_LEFT, "condemning in the strongest terms"),
    (WRAPPED_LEFT, "the Secretary-General to inform"),  # a line-end hyphen of a compound: kept, no space
    (WRAPPED_LEFT, "Sudan, to enable the self-reliance of South Sudan"),
    (WRAPPED_LEFT, "troop- and police-contributing"),  # a suspended hyphen keeps its space
    (WRAPPED_LEFT, "UNMISS Mandate"),
]

BROKEN = [
    (WRAPPED_LEFT, "actio ns"),
    (WRAPPED_LEFT, "i mplementing"),
    (WRAPPED_LEFT, "conde mning"),
    (WRAPPED_LEFT, "Secretary- General"),
    (WRAPPED_LEFT, "Suda n"),
    (WRAPPED_LEFT, "UNM ISS"),
]


def _text(read_pdf_once: Callable[[Path], ReadPdf], name: str) -> str:
    return "\n".join(line.text for line in read_pdf_once(PDF_FIXTURES / name).lines)


@pytest.mark.parametrize(("name", "text"), WHOLE)
def test_words_read_whole(read_pdf_once: Callable[[Path], ReadPdf], name: str, text: str) -> None:
    assert text in _text(read_pdf_once, name)


@pytest.mark.parametrize(("name", "text"), BROKEN)
def test_no_split_or_glued_words(read_pdf_once: Callable[[Path], ReadPdf], name: str, text: str) -> None:
    assert text not in _text(read_pdf_once, name)
