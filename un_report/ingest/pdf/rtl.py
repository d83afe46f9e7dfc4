"""Right-to-left pages (Arabic): read in logical order by the same left-to-right steps.

A PDF draws Arabic in visual order: the first letter of a line is its rightmost glyph,
while numbers and Latin words inside the line run left to right. The reader's steps
measure lines from their left edge (margins, hanging paragraph numbers, short last
lines), so a right-to-left page is mirrored first (x → page width − x): its lines then
start at the "left" with their first letter, and every layout rule applies unchanged.
Inside a mirrored line the left-to-right runs (2024, 52.4, 35 000, A/80/1) come out
reversed and are turned back; brackets, drawn mirrored in right-to-left text, are
swapped back to their logical form. Boxes are mirrored back at the end, so figure
positions are in the page's own coordinates.

Presentation forms (ﻡ, ﺔ: a letter's shape at the start, middle or end of a word) are
folded to their letters by the glyph step (NFKC), so offsets index the logical text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from un_report.ingest.pdf.glyphs import PageInput
from un_report.ingest.pdf.lines import TextLine, make_line
from un_report.models import BBox, Line
from un_report.script import SCRIPT_CLASSES

_RTL_LETTER = re.compile(SCRIPT_CLASSES["arabic"])
_LTR_LETTER = re.compile(SCRIPT_CLASSES["latin"])
# A left-to-right run inside right-to-left text: digits (Western or Arabic-Indic) and Latin
# letters, with the separators that stay inside a number or a symbol (52.4, 35 000, A/80/1).
_LTR = "0-9A-Za-z\u0660-\u0669\u06f0-\u06f9"  # digits, Arabic-Indic and Persian digits, Latin
_LTR_RUN = re.compile(rf"[{_LTR}](?:[{_LTR}.,:/٫٬%\-]*[{_LTR}%])?")
MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def is_rtl(page: PageInput) -> bool:
    """Whether most of a page's letters are of a right-to-left script."""
    text = "".join(c["text"] for c in page.chars)
    return len(_RTL_LETTER.findall(text)) > len(_LTR_LETTER.findall(text))


def mirrored(page: PageInput) -> PageInput:
    """The page seen in a mirror: every character's and shape's x → width − x."""
    return replace(page, chars=[_flip(c, page.width) for c in page.chars],
                   shapes=[_flip(s, page.width) for s in page.shapes])


def _flip(obj: dict[str, Any], width: float) -> dict[str, Any]:
    if "x0" not in obj or "x1" not in obj:
        return obj
    return {**obj, "x0": width - float(obj["x1"]), "x1": width - float(obj["x0"])}


def logical_lines(lines: list[TextLine]) -> list[TextLine]:
    """Lines of a mirrored page with their left-to-right runs turned back and brackets
    unmirrored; a glyph keeps its place, only the characters of a run change glyphs."""
    out = []
    for line in lines:
        glyphs = list(line.glyphs)
        text = "".join(g.text for g in glyphs)
        if len(text) != len(glyphs):  # one character per glyph, always (glyph step)
            out.append(line)
            continue
        chars = list(text.translate(MIRRORED))
        for run in _LTR_RUN.finditer(text):
            chars[run.start() : run.end()] = text[run.start() : run.end()][::-1]
        fixed = [g._replace(text=c) for g, c in zip(glyphs, chars, strict=True)]
        out.append(make_line(line.page, fixed) or line)
    return out


def unmirror(lines: list[Line], widths: dict[int, float]) -> list[Line]:
    """Lines of mirrored pages with their character boxes back in page coordinates."""
    out = []
    for line in lines:
        width = widths.get(line.page or 0)
        if width is None or not line.boxes:
            out.append(line)
            continue
        boxes = tuple(None if b is None else _unflip(b, width) for b in line.boxes)
        out.append(line.model_copy(update={"boxes": boxes}))
    return out


def _unflip(box: BBox, width: float) -> BBox:
    x0, top, x1, bottom = box
    return (width - x1, top, width - x0, bottom)

