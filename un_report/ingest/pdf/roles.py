"""Blocks → `Line`s with roles, one writer per kind of region, in reading order.

Roles (`Line.role`):
  "heading"   bold or larger type, or a short wholly italic block, in the main text;
              one Line per printed line unless a line visibly wraps onto the next;
  "body"      main-text paragraphs (a numbered paragraph's Line starts "18. ...");
  None        a lone short line in body type with no number: a sub-heading set bold by
              stroking (invisible to pdfminer) or a paragraph's tail run on from the last
              page; the segmenter decides from the wording. Also the running header's
              own text printed elsewhere (the symbol on the cover);
  "box_title" / "box"  a panel's title and text (or a block set in smaller type under
              a heading);
  "footnote"  one Line per footnote, "¹ text": marker, one space, the note; from the
              footnote area, or a block of small type in the main text that opens with
              a raised marker (a note printed after its paragraph or at a chapter's end).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from un_report.ingest.pdf.blocks import ends_short, right_edge, split_blocks
from un_report.ingest.pdf.join import Piece, join_wrapped, line_pieces, marker_text, to_line
from un_report.ingest.pdf.lines import TextLine, hangs, marker_length, opens_numbered, tab_after_first_token
from un_report.ingest.pdf.regions import Region, RegionKind
from un_report.ingest.pdf.stats import Doc
from un_report.ingest.pdf.tables import SUPERSCRIPT_DIGITS
from un_report.ingest.pdf.tolerances import (
    CENTRED_MAX_WIDTH_SHARE,
    CENTRED_TOL_EM,
    FOOTNOTE_SIZE_RATIO,
    HEADING_WRAP_EM,
    LARGER_STEP,
    MAX_ITALIC_HEADING_LINES,
    MAX_MARKER_DIGITS,
    SLACK,
    SPACE_GAP_EM,
)
from un_report.models import Line, LineRole


@dataclass(slots=True)
class _Out:
    """A written Line with where it sorts on its page."""

    top: float
    order: tuple[int, int]
    line: Line


def page_lines(regions: list[Region], doc: Doc) -> list[Line]:
    """The Lines of one page's regions, in reading order."""
    written = [o for r in regions for o in ROLE_WRITERS[r.kind](r, doc)]
    written.sort(key=lambda o: (o.order, o.top))
    return [o.line for o in written]


def _join_block(block: list[TextLine], text_left: float, doc: Doc) -> list[Piece]:
    return join_wrapped([line_pieces(ln, text_left) for ln in block], doc.cjk_text(block), doc.vocab)


def _heading_lines(block: list[TextLine], right: float) -> list[list[TextLine]]:
    """Headings stay one Line per printed line, unless a line visibly wraps onto the next."""
    groups: list[list[TextLine]] = []
    for ln in block:
        if groups and groups[-1][-1].x1 >= right - HEADING_WRAP_EM * groups[-1][-1].size:
            groups[-1].append(ln)
        else:
            groups.append([ln])
    return groups


def _emit(out: list[_Out], region: Region, lines: list[TextLine], role: LineRole | None, doc: Doc) -> None:
    """Append one block as a Line; the furniture's own text printed elsewhere (the symbol
    on the cover) is kept for the front matter but gets no role."""
    pieces = _join_block(lines, region.text_left, doc)
    if (line := to_line(pieces, lines[0].page, role)) is not None:
        if line.text in doc.furniture:
            line = line.model_copy(update={"role": None})
        out.append(_Out(lines[0].top, region.order, line))


def _main_lines(region: Region, doc: Doc) -> list[_Out]:
    """Headings, body paragraphs, blocks in small type (boxes without a frame), and notes
    in small type opening with a marker (raised, or on the baseline), printed where they are cited (after their
    paragraph, at a chapter's end) rather than at the page bottom.

    A lone short line in body type with no paragraph number gets no role: the layout
    cannot tell a heading set bold by stroking (invisible to pdfminer) from the last line
    of a paragraph run on from the previous page, so the segmenter decides from wording.
    """
    out: list[_Out] = []
    right = right_edge(region.lines)[0] if region.lines else 0.0
    title: _Out | None = None  # the heading just above: a box title if small type follows
    for block in (part for whole in split_blocks(region.lines, doc) for part in _heading_set_tight(whole, doc)):
        first = block[0]
        if first.size < FOOTNOTE_SIZE_RATIO * doc.body_size and (
            _opens_with_raised_marker(first) or marker_length(first, block)
        ):
            out += _footnote_lines(Region("footnote", block, region.order), doc)
            title = None
            continue
        strong = all(doc.strong(ln) for ln in block)
        if strong or (len(block) <= MAX_ITALIC_HEADING_LINES and all(doc.emphasised(ln) for ln in block)):
            for group in _heading_lines(block, right) if strong else [block]:
                _emit(out, region, group, "heading", doc)
            title = out[-1] if out else None
            continue
        if first.size <= doc.body_size - LARGER_STEP and len(block) >= 2:
            if title is not None and title.line.role == "heading":
                title.line = title.line.model_copy(update={"role": "box_title"})
            _emit(out, region, block, "box", doc)
        elif (
            len(block) == 1
            and not tab_after_first_token(first)
            and not hangs(first, region.text_left)
            and not opens_numbered(first)
            and ends_short(first, right)
        ):
            _emit(out, region, block, None, doc)
        else:
            _emit(out, region, block, "body", doc)
        title = None
    return out


def _heading_set_tight(block: list[TextLine], doc: Doc) -> list[list[TextLine]]:
    """A sub-heading in italic or bold set with no space before the numbered paragraph
    under it: the heading's lines and the paragraph's, apart."""
    k = next((i for i, ln in enumerate(block) if i and opens_numbered(ln)), None)
    if k is None or not all(doc.emphasised(ln) or doc.strong(ln) for ln in block[:k]):
        return [block]
    if doc.emphasised(block[k]) or doc.strong(block[k]):
        return [block]
    return [block[:k], *_heading_set_tight(block[k:], doc)]


def _opens_with_raised_marker(line: TextLine) -> bool:
    return line.ink[0].text.isdigit() and line.is_super(line.ink[0])


def _panel_lines(region: Region, doc: Doc) -> list[_Out]:
    """A panel's title and its text.

    The title is the panel's first block when it is bold or in larger type, or when it is
    a single line, centred, short or in another size, followed by more text. A panel
    broken across pages straight after its title holds only that title: one bold or
    centred line at the page's end.
    """
    out: list[_Out] = []
    blocks = split_blocks(region.lines, doc)
    right = right_edge(region.lines)[0]
    text_size = Counter(ln.size for ln in region.lines).most_common(1)[0][0]
    if region.continued and len(region.lines) == 1:
        line = region.lines[0]
        _emit(out, region, [line], "box_title" if doc.strong(line) or _centred(line, region) else "box", doc)
        return out
    titled = False
    for k, block in enumerate(blocks):
        leading = k == 0 or titled
        larger = all(doc.strong(ln) or ln.size >= text_size + LARGER_STEP for ln in block)
        if leading and larger and len(blocks) > 1:
            for group in _heading_lines(block, right):
                _emit(out, region, group, "box_title", doc)
            titled = True
            continue
        alone = k == 0 and len(blocks) > 1 and len(block) == 1
        if alone and (
            _centred(block[0], region) or ends_short(block[0], right) or abs(block[0].size - text_size) >= LARGER_STEP
        ):
            _emit(out, region, block, "box_title", doc)
            titled = True
            continue
        titled = False
        _emit(out, region, block, "box", doc)
    return out


def _centred(line: TextLine, region: Region) -> bool:
    if region.bbox is None:
        return False
    x0, _, x1, _ = region.bbox
    return abs(
        (line.x0 + line.x1) / 2 - (x0 + x1) / 2
    ) <= CENTRED_TOL_EM * line.size and line.x1 - line.x0 < CENTRED_MAX_WIDTH_SHARE * (x1 - x0)


def _footnote_lines(region: Region, doc: Doc) -> list[_Out]:
    """One Line per footnote; a note's first line opens with its superscript marker, or
    with the next note's number on the baseline ("2 In collating …" after "1 Audit …",
    set flush in the note's own type)."""
    out: list[_Out] = []
    notes: list[list[tuple[TextLine, int]]] = []
    last: int | None = None  # the number of the note just opened
    for k, ln in enumerate(region.lines):
        marker = marker_length(ln, region.lines)
        if not marker and _lone_marker(ln, region.lines[k + 1] if k + 1 < len(region.lines) else None):
            marker = len(ln.ink)
        lead = _leading_number(ln)
        if not marker and notes and last is not None and lead == last + 1:
            marker = len(str(lead))
        if marker or not notes:
            notes.append([])
            last = lead
        notes[-1].append((ln, marker))
    for note in notes:
        lines = [ln for ln, _ in note]
        parts = [line_pieces(ln, 0.0, marker) for ln, marker in note]
        first_marker = note[0][1]
        if parts and (first_marker or any(ch in SUPERSCRIPT_DIGITS for ch, _ in parts[0][0][:1])):
            plain = 0 if lines[0].is_super(lines[0].ink[0]) else first_marker
            parts[0] = (marker_text(parts[0][0], plain), parts[0][1])
        pieces = join_wrapped(parts, doc.cjk_text(lines), doc.vocab)
        if (line := to_line(pieces, lines[0].page, "footnote")) is not None:
            out.append(_Out(lines[0].top, region.order, line))
    return out


def _lone_marker(line: TextLine, nxt: TextLine | None) -> bool:
    """A note's number read as a line of its own (set a little apart from its text's
    baseline): only digits, with the note's first line beside it, to its right."""
    ink = line.ink
    if not ink or len(ink) > MAX_MARKER_DIGITS or not all(g.text.isdigit() for g in ink) or nxt is None:
        return False
    beside = nxt.top < line.bottom and line.top < nxt.bottom
    return beside and nxt.x0 >= line.x1 - SLACK


def _leading_number(line: TextLine) -> int | None:
    """The number a line opens with, when a space and a capital follow it ("3 The …")."""
    glyphs = line.glyphs
    digits = 0
    while digits < len(glyphs) and glyphs[digits].text.isdigit():
        digits += 1
    if not digits or digits > MAX_MARKER_DIGITS:
        return None
    rest = glyphs[digits:]
    first = next((g for g in rest if g.ink), None)
    gap = rest[0].x0 - glyphs[digits - 1].x1 if rest else 0.0
    spaced = bool(rest) and (not rest[0].ink or gap > SPACE_GAP_EM * line.size)
    if not spaced or first is None or not first.text.isupper():
        return None
    return int("".join(g.text for g in glyphs[:digits]))


ROLE_WRITERS: dict[RegionKind, Callable[[Region, Doc], list[_Out]]] = {
    "main": _main_lines,
    "panel": _panel_lines,
    "footnote": _footnote_lines,
}
