"""pdfplumber's characters → glyphs: upright, one per character, with font style and script.

Each character's text is folded one for one by `un_report.ingest.charfix.fix_codepoints` (a CJK
radical look-alike such as ⼀ U+2F00 becomes 一), so the boxes stay aligned.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from un_report import script
from un_report.ingest.charfix import fix_codepoints
from un_report.ingest.pdf.tables import BOLD_MARKERS, ITALIC_MARKERS, LIGATURES, SUBSET_PREFIX
from un_report.ingest.pdf.tolerances import ROTATION_TOL
from un_report.models import BBox


@dataclass(frozen=True, slots=True)
class PageInput:
    """What pdfplumber gives for one page, untouched: the input to our processing."""

    number: int  # 1-based
    width: float
    height: float
    chars: list[dict[str, Any]]
    shapes: list[dict[str, Any]]  # rects, lines and curves
    image_count: int


class Glyph(NamedTuple):
    """One character as printed (a NamedTuple: tens of thousands are made per report)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    font: str  # font name without subset prefix, e.g. "TimesNewRomanPS-BoldMT"
    baseline: float  # distance of the baseline from the page top
    ink: bool  # not whitespace
    cjk: bool
    bold: bool
    italic: bool

    @property
    def box(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)


@lru_cache(maxsize=512)
def font_style(fontname: str) -> tuple[str, bool, bool]:
    """(name without subset prefix, bold, italic) from a PDF font name."""
    name = fontname.split("+", 1)[1] if SUBSET_PREFIX.match(fontname) else fontname
    lower = name.lower()
    return name, any(m in lower for m in BOLD_MARKERS), any(m in lower for m in ITALIC_MARKERS)


_fold = lru_cache(maxsize=8192)(fix_codepoints)  # the same few hundred characters recur


is_cjk = lru_cache(maxsize=8192)(script.is_cjk)


def page_glyphs(page: PageInput) -> list[Glyph]:
    """Upright glyphs of a page, one per character (ligatures expanded).

    The glyphs of a line share their heights and size: equal values are kept as one
    float object (`shared`), so a glyph costs its tuple and its two x positions."""
    out: list[Glyph] = []
    shared: dict[float, float] = {}
    share = shared.setdefault
    for c in page.chars:
        text: str = _fold(c["text"])
        a, b, _shear, d, _, f = c["matrix"]
        if not text or abs(b) > ROTATION_TOL * (abs(a) + abs(d)):
            continue  # rotated or vertical text (margin stamps) is not reading text; slanted
            # type (a shear alone, a typewriter's oblique titles) still runs along its line
        font, bold, italic = font_style(c["fontname"])
        top, bottom, size = share(c["top"], c["top"]), share(c["bottom"], c["bottom"]), share(c["size"], c["size"])
        baseline = bottom + c["y0"] - f
        baseline = share(baseline, baseline)
        if len(text) == 1:
            if ord(text) in LIGATURES or script.is_presentation_form(text):
                text = unicodedata.normalize("NFKC", text)
            else:
                x0, x1 = c["x0"], c["x1"]
                ink = not text.isspace()
                cjk = is_cjk(text)
                out.append(Glyph(text, x0, top, x1, bottom, size, font, baseline, ink, cjk, bold, italic))
                continue
        # several characters in one (an expanded ligature): share the width out evenly
        x0 = float(c["x0"])
        step = (float(c["x1"]) - x0) / len(text)
        for i, ch in enumerate(text):
            out.append(
                Glyph(
                    ch,
                    x0 + i * step,
                    top,
                    x0 + (i + 1) * step,
                    bottom,
                    size,
                    font,
                    baseline,
                    not ch.isspace(),
                    is_cjk(ch),
                    bold,
                    italic,
                )
            )
    return out
