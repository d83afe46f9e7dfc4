"""Right-to-left pages (Arabic): read in logical order by the same left-to-right steps.

A PDF draws Arabic in visual order: the first letter of a line is its rightmost glyph,
while numbers and Latin words inside the line run left to right. The reader's steps
measure lines from their left edge (margins, hanging paragraph numbers, short last
lines), so a right-to-left page is mirrored first (x → page width − x): its lines then
start at the "left" with their first letter, and every layout rule applies unchanged.
Inside a mirrored line the left-to-right runs (2024, 52.4, 35 000, A/80/1) come out
reversed and are turned back; brackets, drawn mirrored in right-to-left text, are
swapped back to their logical form. Latin words between two right-to-left letters are one
left-to-right run with the spaces, marks and numbers between and after them, as the
Unicode bidirectional algorithm resolves them (United Nations, Report 2024 (UNDP), a
line of Latin letters only): the run is turned back whole, so its words keep their order;
a bracket or mark at its edge belongs to the right-to-left line (a line ending in ")").
Boxes are mirrored back at the end, so figure positions are in the page's own coordinates.

Presentation forms (ﻡ, ﺔ: a letter's shape at the start, middle or end of a word) are
folded to their letters by the glyph step (NFKC), so offsets index the logical text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from un_report.boxes import Boxes
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
# The right-to-left letters: the Arabic blocks but their two sets of digits (٠–٩, ۰–۹) and the
# marks of a number (٪ ٫ ٬), which run left to right; a stretch of a line without one of
# them holds the left-to-right runs.
_RTL_LETTERS = "\u0600-\u065f\u066d-\u06ef\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"  # not ٪ ٫ ٬
_BETWEEN_RTL = re.compile(f"[^{_RTL_LETTERS}]+")


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


def ltr_runs(text: str) -> list[tuple[int, int]]:
    """The left-to-right runs of a mirrored line, as (start, end) offsets: numbers and
    symbols on their own (2254 (2015): two runs), Latin words with what lies between them
    and the numbers that follow them in reading order (in the mirrored line: before them)."""
    runs: list[tuple[int, int]] = []
    for segment in _BETWEEN_RTL.finditer(text):  # a stretch between two right-to-left letters
        found = [m.span() for m in _LTR_RUN.finditer(text, segment.start(), segment.end())]
        latin = [i for i, (a, b) in enumerate(found) if _LTR_LETTER.search(text, a, b)]
        if not latin:
            runs += found
            continue
        last = latin[-1]  # the runs from the first one to the last Latin one read as one
        runs += [(found[0][0], found[last][1]), *found[last + 1 :]]
    return runs


def logical_lines(lines: list[TextLine]) -> list[TextLine]:
    """Lines of a mirrored page with their left-to-right runs turned back and brackets
    unmirrored. The glyphs of a run are mirrored back within the run's extent, so they read
    left to right with their own widths and the gaps between them (which make the spaces);
    a figure's box inside a run is that of its mirror image within the run."""
    out = []
    for line in lines:
        glyphs = list(line.glyphs)
        text = "".join(g.text for g in glyphs)
        if len(text) != len(glyphs):  # one character per glyph, always (glyph step)
            out.append(line)
            continue
        unmirrored = text.translate(MIRRORED)
        fixed = [g if c == g.text else g._replace(text=c) for g, c in zip(glyphs, unmirrored, strict=True)]
        for start, end in ltr_runs(text):  # mirrored back within the run's own extent
            run = glyphs[start:end]
            edges = min(g.x0 for g in run) + max(g.x1 for g in run)
            fixed[start:end] = [g._replace(x0=edges - g.x1, x1=edges - g.x0) for g in run]
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
        boxes = Boxes(None if b is None else _unflip(b, width) for b in line.boxes)
        out.append(line.model_copy(update={"boxes": boxes}))
    return out


def _unflip(box: BBox, width: float) -> BBox:
    x0, top, x1, bottom = box
    return (width - x1, top, width - x0, bottom)

