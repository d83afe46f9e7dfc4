"""pdfplumber's page → the reader's page input: characters and drawn shapes, read by pdfminer.

pdfminer's interpreter runs each page through a device that receives every character it
draws (`render_char`). pdfplumber's device makes an `LTChar` object of each, and its
`page.chars` then turns every object into a dict of some twenty resolved attributes; that
costs a third as much as parsing the page, and the reader uses a few of them. `_PageDevice`
keeps, per character, only what the reader's steps use, computed as `LTChar` computes it,
in pdfplumber's coordinates (top-down, the MediaBox offset applied, as
`Page.process_object` computes them); the page's drawn shapes and images are pdfminer's
own layout objects, read once, and the page is released before the next one is read.

Each character also gets its font's space width ("space", in em: the width the font gives
its space glyph), which the word-space step measures gaps against; a font's name, descent
and space width are read once per document.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTItem, LTLine, LTRect
from pdfminer.pdfcolor import PDFColorSpace
from pdfminer.pdffont import PDFCIDFont, PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFGraphicState, PDFPageInterpreter, PDFResourceManager
from pdfminer.utils import Matrix
from pdfplumber.page import Page, fix_fontname_bytes
from pdfplumber.utils.exceptions import PdfminerException

from un_report.ingest.pdf.glyphs import PageInput


def page_input(page: Page) -> PageInput:
    """One page's characters and drawn shapes (rectangles, lines, curves, in pdfplumber's
    order) with their positions; the page is closed afterwards."""
    # pdfplumber gives a turned page's (/Rotate 90) characters as displayed, its size unturned
    turned = (page.rotation or 0) % 180 == 90
    width, height = (page.height, page.width) if turned else (page.width, page.height)
    manager = page.pdf.rsrcmgr
    left, top = float(page.mediabox[0]), float(page.mediabox[1])
    device = _PageDevice(manager, page.page_number, float(page.height), left, top)
    try:
        PDFPageInterpreter(manager, device).process_page(page.page_obj)
    except Exception as exc:  # as pdfplumber's `page.layout` says it
        raise PdfminerException(exc) from exc
    shapes = _Shapes(device.height, device.left, device.top)
    shapes.read(device.get_result()._objs)
    page.close()
    return PageInput(
        number=page.page_number,
        width=float(width),
        height=float(height),
        chars=device.chars,
        shapes=[*shapes.rects, *shapes.lines, *shapes.curves],
        image_count=shapes.images,
    )


_FONTS = "_un_report_fonts"  # on a document's resource manager: id(font) → what `_Font` keeps


class _Font:
    """What the characters of one font need of it, read once per document."""

    __slots__ = ("descent", "font", "name", "space", "vertical")

    def __init__(self, font: PDFFont) -> None:
        self.font = font  # held, so that its id is not reused while the document is read
        name = font.fontname
        self.name: str = name if isinstance(name, str) else fix_fontname_bytes(name)
        self.vertical = font.is_vertical()
        self.descent = font.get_descent()
        self.space = space_width(font)


class _PageDevice(PDFPageAggregator):
    """pdfminer's page aggregator with the characters kept as the reader's dicts, not `LTChar`s."""

    def __init__(self, manager: PDFResourceManager, number: int, height: float, left: float, top: float) -> None:
        super().__init__(manager, pageno=number, laparams=None)
        self.height, self.left, self.top = height, left, top
        self.chars: list[dict[str, Any]] = []
        self.fonts: dict[int, _Font] = manager.__dict__.setdefault(_FONTS, {})

    def render_char(
        self, matrix: Matrix, font: PDFFont, fontsize: float, scaling: float, rise: float, cid: int,
        ncs: PDFColorSpace, graphicstate: PDFGraphicState,
    ) -> float:
        known = self.fonts.get(id(font))
        if known is None:
            known = self.fonts[id(font)] = _Font(font)
        try:
            text = font.to_unichr(cid)
        except PDFUnicodeNotDefined:
            text = self.handle_undefined_char(font, cid)
        if known.vertical:  # rare: pdfminer's own box computation
            item = LTChar(matrix, font, fontsize, scaling, rise, text, font.char_width(cid), font.char_disp(cid),
                          ncs, graphicstate)
            adv, size, upright = item.adv, item.size, item.upright
            x0, y0, x1, y1 = item.x0, item.y0, item.x1, item.y1
        else:
            adv = font.char_width(cid) * fontsize * scaling
            # `LTChar`'s box: (0, descent + rise) to (adv, descent + rise + size), through the matrix
            bottom = known.descent * fontsize + rise
            top = bottom + fontsize
            a, b, c, d, e, f = matrix
            xs = (c * bottom + e, a * adv + c * bottom + e, a * adv + c * top + e, c * top + e)
            ys = (d * bottom + f, b * adv + d * bottom + f, b * adv + d * top + f, d * top + f)
            x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
            size, upright = y1 - y0, a * d * scaling > 0 and b * c <= 0
        self.chars.append(
            {
                "text": text,
                "fontname": known.name,
                "size": size,
                "matrix": matrix,
                "upright": upright,
                "x0": x0 + self.left,
                "x1": x1 + self.left,
                "y0": y0,
                "y1": y1,
                "top": self.height - y1 + self.top,
                "bottom": self.height - y0 + self.top,
                "space": known.space,
            }
        )
        return adv


class _Shapes:
    """The drawn shapes and images of one page, sorted by kind as pdfplumber sorts them."""

    def __init__(self, height: float, left: float, top: float) -> None:
        self.height, self.left, self.top = height, left, top
        self.rects: list[dict[str, Any]] = []
        self.lines: list[dict[str, Any]] = []
        self.curves: list[dict[str, Any]] = []
        self.images = 0

    def read(self, objects: Iterable[LTItem]) -> None:
        for obj in objects:
            if isinstance(obj, LTContainer):  # a form XObject (LTFigure): its contents count
                self.read(obj._objs)
            elif isinstance(obj, LTCurve):  # LTRect and LTLine are curves too
                kind = self.rects if isinstance(obj, LTRect) else self.lines if isinstance(obj, LTLine) else self.curves
                kind.append(
                    {
                        "x0": obj.x0 + self.left,
                        "x1": obj.x1 + self.left,
                        "top": self.height - obj.y1 + self.top,
                        "bottom": self.height - obj.y0 + self.top,
                        "fill": obj.fill,
                        "stroke": obj.stroke,
                        "non_stroking_color": obj.non_stroking_color,
                    }
                )
            elif isinstance(obj, LTImage):
                self.images += 1


def space_width(font: PDFFont) -> float:
    """The width of the font's space glyph in em; 0.0 if it has none (or says 0)."""
    if font.is_vertical():
        return 0.0
    if isinstance(font, PDFCIDFont):  # which code is the space: the font's own Unicode map
        mapping = getattr(font.unicode_map, "cid2unichr", None) if font.unicode_map is not None else None
        codes = [cid for cid, text in (mapping or {}).items() if text == " "] if mapping is not None else [32]
    else:
        codes = [32]  # a simple font's code 32 is the space in every standard encoding
    for cid in codes:
        # as `PDFFont.char_width` looks it up (by code, else by its text: the standard 14
        # fonts' metrics), without its fallback on the font's default width
        width = font.widths.get(cid)
        if width is None:
            try:
                width = font.widths.get(font.to_unichr(cid))
            except Exception:  # no Unicode for the code (pdfminer's PDFUnicodeNotDefined and others)
                width = None
        if isinstance(width, (int, float)) and width > 0:
            return float(width) * font.hscale
    return 0.0
