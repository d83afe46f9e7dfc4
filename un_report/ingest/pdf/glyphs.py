"""pdfplumber's characters → glyphs: upright, one per character, with font style and script.

Each character's text is folded one for one by `un_report.ingest.charfix.fix_codepoints` (a CJK
radical look-alike such as ⼀ U+2F00 becomes 一), so the boxes stay aligned.

A `Glyph` is a tuple, made while a page is read; the printed lines of the whole document,
kept until its layout is known, hold theirs as a `GlyphRun`: the characters as one string,
their positions and sizes in one array of doubles, their fonts as small indices. That is
about 50 bytes a character against some 200 for the tuples, so memory stays nearly flat
in the pages read; a run gives its glyphs back, equal to those it was made of.
"""

from __future__ import annotations

import unicodedata
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import repeat
from operator import not_
from typing import Any, Literal, NamedTuple

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
    space: float = 0.0  # the width of its font's space glyph, em (0.0: not known)

    @property
    def box(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)


_glyph = partial(tuple.__new__, Glyph)  # a Glyph from its fields in one tuple, without a Python call
Style = tuple[str, bool, bool, float]  # font name, bold, italic, space width
_COORDS = 6  # per glyph in a run: x0, top, x1, bottom, size, baseline
Column = Literal["x0", "top", "x1", "bottom", "size", "baseline"]
_COLUMN = {"x0": 0, "top": 1, "x1": 2, "bottom": 3, "size": 4, "baseline": 5}


class GlyphRun:
    """Glyphs kept compactly (one line's, left to right); `glyphs()` rebuilds them."""

    __slots__ = ("coords", "style_of", "styles", "text")

    def __init__(self, glyphs: Sequence[Glyph]) -> None:
        styles: dict[Style, int] = {}
        self.text = "".join(g.text for g in glyphs)
        if len(self.text) != len(glyphs):
            raise ValueError("a glyph is one character")
        self.coords = array("d", [v for g in glyphs for v in (g.x0, g.top, g.x1, g.bottom, g.size, g.baseline)])
        which = [styles.setdefault((g.font, g.bold, g.italic, g.space), len(styles)) for g in glyphs]
        self.style_of = array("B" if len(styles) <= 0xFF else "I", which)
        self.styles = tuple(styles)

    def __len__(self) -> int:
        return len(self.text)

    def column(self, name: Column) -> array[float]:
        """One field of every glyph (a sweep over a document's lines reads these, not tuples)."""
        return self.coords[_COLUMN[name] :: _COORDS]

    def fonts(self) -> Iterable[str]:
        """Every glyph's font name."""
        if len(self.styles) == 1:
            return repeat(self.styles[0][0], len(self.text))
        names = [font for font, _, _, _ in self.styles]
        return map(names.__getitem__, self.style_of)

    def glyphs(self) -> list[Glyph]:
        """The glyphs, rebuilt column by column (C loops: lines are rebuilt often)."""
        text, c = self.text, self.coords
        fonts: Iterable[str]
        bolds: Iterable[bool]
        italics: Iterable[bool]
        spaces: Iterable[float]
        if len(self.styles) == 1:
            font, bold, italic, space = self.styles[0]
            fonts, bolds, italics, spaces = (repeat(font, len(text)), repeat(bold, len(text)),
                                             repeat(italic, len(text)), repeat(space, len(text)))
        else:
            fonts, bolds, italics, spaces = zip(*map(self.styles.__getitem__, self.style_of), strict=True)
        ink = map(not_, map(str.isspace, text))
        columns = zip(
            text, c[0::_COORDS], c[1::_COORDS], c[2::_COORDS], c[3::_COORDS], c[4::_COORDS], fonts, c[5::_COORDS],
            ink, map(is_cjk, text), bolds, italics, spaces, strict=True,
        )
        return list(map(_glyph, columns))


@lru_cache(maxsize=512)
def font_style(fontname: str) -> tuple[str, bool, bool]:
    """(name without subset prefix, bold, italic) from a PDF font name."""
    name = fontname.split("+", 1)[1] if SUBSET_PREFIX.match(fontname) else fontname
    lower = name.lower()
    return name, any(m in lower for m in BOLD_MARKERS), any(m in lower for m in ITALIC_MARKERS)


is_cjk = lru_cache(maxsize=8192)(script.is_cjk)


@lru_cache(maxsize=8192)  # the same few hundred characters recur
def _read_as(text: str) -> tuple[str, bool]:
    """A character's text as read, folded one for one (`fix_codepoints`), and whether it
    is one character as printed; a ligature or presentation form is expanded (NFKC) and
    is not: its width is shared out among what it expands to."""
    text = fix_codepoints(text)
    if len(text) != 1:
        return text, False
    if ord(text) in LIGATURES or script.is_presentation_form(text):
        return unicodedata.normalize("NFKC", text), False
    return text, True


def page_glyphs(page: PageInput) -> list[Glyph]:
    """Upright glyphs of a page, one per character (ligatures expanded).

    The glyphs of a line share their heights and size: equal values are kept as one
    float object (`shared`), so a glyph costs its tuple and its two x positions."""
    out: list[Glyph] = []
    shared: dict[float, float] = {}
    share = shared.setdefault
    for c in page.chars:
        text, single = _read_as(c["text"])
        a, b, _shear, d, _, f = c["matrix"]
        if not text or abs(b) > ROTATION_TOL * (abs(a) + abs(d)):
            continue  # rotated or vertical text (margin stamps) is not reading text; slanted
            # type (a shear alone, a typewriter's oblique titles) still runs along its line
        font, bold, italic = font_style(c["fontname"])
        space = c.get("space", 0.0)
        top, bottom, size = share(c["top"], c["top"]), share(c["bottom"], c["bottom"]), share(c["size"], c["size"])
        baseline = bottom + c["y0"] - f
        baseline = share(baseline, baseline)
        if single:
            ink = not text.isspace()
            out.append(_glyph((text, c["x0"], top, c["x1"], bottom, size, font, baseline, ink, is_cjk(text),
                               bold, italic, space)))
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
                    space,
                )
            )
    return out
