"""Text read without a piece per word (a text of a hundred thousand words) or a string per
line: the front matter's squeezed text (`front._squeezed`, a block at a time), the
characters of ink coverage counts (`segment._ink`) and a text's lines (`text._lines`, a
block at a time). One row per text → the same as one pass over it at once."""

from __future__ import annotations

import re

import pytest

from un_report.ingest import front
from un_report.ingest import text as text_reader
from un_report.segment import _ink

LONE_SPACE = re.compile(r"(?<=\S) (?=\S)")
ROWS = ["", " ", "a b", "大 会 正式记录", "a  b c", " a b ", "ab cd\nef g", "a b c d e f g h i j k", "a\tb c  d"]


@pytest.mark.parametrize("text", ROWS)
@pytest.mark.parametrize("block", [1, 2, 3, 5])
def test_squeezed_by_blocks_as_at_once(text: str, block: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(front, "SQUEEZE_BLOCK", block)
    assert front._squeezed(text * 3) == LONE_SPACE.sub("", text * 3)


@pytest.mark.parametrize("text", [*ROWS, "\u3000a\u00a0b\u2028c\x85", "a\u200bb"])
def test_ink_counts_what_is_not_white_space(text: str) -> None:
    assert _ink(text) == len(re.sub(r"\s+", "", text))


LINE_ROWS = ["", "a", "a\n", "a\nb", " a \n\n b\n", "a\r\nb\rc\x0bd\x0ce\x1cf\x85g\u2028h\u2029i", "\n\n\n", "一行\r\n二行\n"]


@pytest.mark.parametrize("text", LINE_ROWS)
@pytest.mark.parametrize("block", [1, 2, 3, 1 << 16])
def test_lines_by_blocks_as_splitlines(text: str, block: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_reader, "LINE_BLOCK", block)
    assert list(text_reader._lines(text * 3)) == [line.strip() for line in (text * 3).splitlines()]
