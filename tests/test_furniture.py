"""Page furniture by shape (un_report.ingest.furniture): which short lines are footers."""

from __future__ import annotations

import pytest

from un_report.ingest.furniture import is_footer

FOOTERS = [  # a line → whether it is a footer of no words
    pytest.param("25-07881 5/24", True, id="job-and-page"),
    pytest.param("25-07881 (C) 010825", True, id="job-language-date"),
    pytest.param("24-22215X (E) 171224", True, id="job-with-a-barcode-glyph-glued"),
    pytest.param("GE.25-10614 (E)", True, id="geneva-office-code-before-the-job"),
    pytest.param("V.25-01234 (E) 120525", True, id="vienna-office-code-before-the-job"),
    pytest.param("GE.25-10614 (E) equality, the", False, id="office-code-and-job-then-words"),
    pytest.param("5/24", True, id="page-fraction"),
    pytest.param("Annex X 25", False, id="words"),
    pytest.param("Since 2015, 25-07881 cases", False, id="a-sentence-with-a-job-like-number"),
]


@pytest.mark.parametrize(("text", "footer"), FOOTERS)
def test_is_footer(text: str, footer: bool) -> None:
    assert is_footer(text) is footer
