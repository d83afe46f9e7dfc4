"""Printed lines → text: word spaces, superscript markers, joining wrapped lines.

Word spaces come from gaps, never between two CJK characters, and between a CJK and a
Latin character only when wider than the space a typesetter adds there (autospace); a
hanging paragraph number is joined to its text by one space; superscript digits become
Unicode superscripts (¹ ²), so a footnote marker never merges into a number. Wrapped
lines are joined without a space inside CJK text and numbers (13 / 0 亿美元 → 130 亿美元);
an English line-end hyphen is dropped only when the joined word occurs elsewhere in the
document (or it is a soft hyphen). U+202F and other fixed spaces stay as printed.
"""

from __future__ import annotations

from collections.abc import Iterable

from un_report.boxes import Boxes
from un_report.ingest.pdf.glyphs import Glyph, is_cjk
from un_report.ingest.pdf.lines import TextLine, hanging_token, letter_gap, word_space
from un_report.ingest.pdf.tables import (
    COLLAPSIBLE_SPACE,
    HYPHENS,
    MARKER_PUNCT,
    SOFT_HYPHEN,
    SUPERSCRIPT_DIGITS,
    SUPERSCRIPTS,
)
from un_report.ingest.pdf.tolerances import (
    CJK_LATIN_GAP_EM,
    MARKER_GAP_EM,
    PRINTED_SPACE_SHARE,
    SUPER_NEAR_SIZE_RATIO,
)
from un_report.models import BBox, Line, LineRole

Piece = tuple[str, BBox | None]  # one character of output text and its PDF box
Printed = tuple[list[Piece], bool]  # one printed line's pieces, and whether it ended in a space


def line_pieces(line: TextLine, text_left: float, marker: int = 0) -> Printed:
    """The line's characters with their boxes, trimmed, and whether it ended in a space.

    `text_left`: a short token left of it hangs (a paragraph number) and is followed by
    one space however close the text starts. `marker`: number of leading visible glyphs
    that form a footnote marker printed on the baseline; they become superscripts too.
    """
    out: list[Piece] = []
    prev: Glyph | None = None
    seen_ink = 0
    hanging = hanging_token(line, text_left)
    letter = letter_gap(line)
    small = SUPER_NEAR_SIZE_RATIO * line.size  # no glyph of this size or more is a superscript
    printed: Glyph | None = None  # a printed space since the last visible glyph
    for g in line.glyphs:
        box = g[1:5]  # (x0, top, x1, bottom): `g.box` without a property call per glyph
        if not g.ink:
            if g.text not in COLLAPSIBLE_SPACE and out:
                if printed is not None:
                    out.append((" ", None if printed.text != " " else printed.box))
                    printed = None
                out.append((g.text, box))  # U+202F, U+00A0, U+3000 stay as printed
            elif out and out[-1][0] != " " and g.text in COLLAPSIBLE_SPACE:
                printed = printed or g
            continue
        seen_ink += 1
        text = g.text
        raised = g.size <= small and line.is_super(g)
        if raised or seen_ink <= marker:
            text = text.translate(SUPERSCRIPTS)
        if printed is not None:
            if letter < 0 or _space_shows(printed, g):
                out.append((" ", None if printed.text != " " else printed.box))
            printed = None
        if prev is not None and out and not out[-1][0].isspace():
            gap = g.x0 - prev.x1
            tight_superscript = raised and gap < MARKER_GAP_EM * line.size  # ends a word
            if g.cjk or prev.cjk:  # CJK autospace is no word space
                wide = gap > CJK_LATIN_GAP_EM * min(g.size, prev.size) and not (g.cjk and prev.cjk)
            else:
                wide = gap > word_space(prev, g, letter)
            if seen_ink == hanging + 1 or (wide and not tight_superscript):
                out.append((" ", None))
        out.append((text, box))
        prev = g
    if printed is not None:
        out.append((" ", None if printed.text != " " else printed.box))
    trailing = bool(out) and out[-1][0].isspace()
    while out and out[-1][0].isspace():
        out.pop()
    return out, trailing


def _space_shows(space: Glyph, after: Glyph) -> bool:
    """A printed space is a word space unless the next glyph is drawn back over it (starts
    in the first half of the space): then it separates nothing on the page ("al-", a space,
    "Shaibani" drawn back to touch the hyphen: al-Shaibani). Only on a line whose glyphs do
    not overlap their neighbours (`line_pieces`): an OCR layer fitted over a scan's words
    squeezes its glyphs onto each other (its letter gap is negative), and places a word's
    first glyph back over the space before it; there a printed space is always one."""
    return after.x0 - space.x0 >= PRINTED_SPACE_SHARE * (space.x1 - space.x0)


def _leading_letters(chars: Iterable[str]) -> str:
    letters: list[str] = []
    for ch in chars:
        if not ch.isalpha():
            break
        letters.append(ch)
    return "".join(letters)


def _word_end(pieces: list[Piece]) -> str:
    return _leading_letters(ch for ch, _ in reversed(pieces))[::-1]


def _word_start(pieces: list[Piece]) -> str:
    return _leading_letters(ch for ch, _ in pieces)


def join_wrapped(parts: list[Printed], cjk: bool, vocab: frozenset[str]) -> list[Piece]:
    """Join the printed lines of one block into one text."""
    out: list[Piece] = []
    trailing = False
    for pieces, next_trailing in parts:
        if not pieces:
            continue
        if out:
            a, b = out[-1][0], pieces[0][0]
            if a == SOFT_HYPHEN:
                out.pop()
            elif a in HYPHENS and not trailing:
                # a hyphen at the line end: undone only if the joined word is used elsewhere
                word = _word_end(out[:-1]) + _word_start(pieces)
                if b.isalpha() and len(out) > 1 and out[-2][0].isalpha() and word.lower() in vocab:
                    out.pop()
            elif is_cjk(a) or is_cjk(b):
                pass  # no space in CJK text, whatever the line ended with
            elif trailing or not cjk or (a.isascii() and a.isalpha() and b.isascii() and b.isalpha()):
                out.append((" ", None))
        out.extend(pieces)
        trailing = next_trailing
    return out


def marker_text(pieces: list[Piece], marker: int) -> list[Piece]:
    """'¹.References' / '¹References' → '¹ References': one space after the marker."""
    k = 0
    while k < len(pieces) and pieces[k][0] in SUPERSCRIPT_DIGITS:
        k += 1
    if not k:
        return pieces
    rest = pieces[k:]
    if marker and rest and rest[0][0] in MARKER_PUNCT:
        rest = rest[1:]
    while rest and rest[0][0].isspace():
        rest = rest[1:]
    return [*pieces[:k], (" ", None), *rest] if rest else pieces[:k]


def to_line(pieces: list[Piece], page: int, role: LineRole | None) -> Line | None:
    """The pieces as one `Line` (spaces trimmed), or None if nothing is left."""
    while pieces and pieces[0][0].isspace():
        pieces = pieces[1:]
    while pieces and pieces[-1][0].isspace():
        pieces = pieces[:-1]
    if not pieces:
        return None
    return Line.model_construct(  # our own well-typed data: skip re-validation
        text="".join(ch for ch, _ in pieces),
        page=page,
        role=role,
        boxes=Boxes(box for _, box in pieces),
    )
