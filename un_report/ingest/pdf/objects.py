"""pdfplumber's parsed page → the reader's page input, read from pdfminer's layout objects.

pdfplumber's `page.chars` and `page.rects` turn every object of a page into a dict of
some twenty resolved attributes, which costs about as much as parsing the page; the
reader uses a few of them. `page_input` reads the same objects (`page.layout`) once,
keeps per character only what the reader's steps use, in pdfplumber's coordinates
(top-down, the MediaBox offset applied, as `Page.process_object` computes them), and
releases the page's parsed objects (`page.close()`) before the next page is read.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTItem, LTLine, LTRect
from pdfplumber.page import Page, fix_fontname_bytes

from un_report.ingest.pdf.glyphs import PageInput


def page_input(page: Page) -> PageInput:
    """One page's characters and drawn shapes (rectangles, lines, curves, in pdfplumber's
    order) with their positions; the page is closed afterwards."""
    # pdfplumber gives a turned page's (/Rotate 90) characters as displayed, its size unturned
    turned = (page.rotation or 0) % 180 == 90
    width, height = (page.height, page.width) if turned else (page.width, page.height)
    reader = _Objects(float(page.height), float(page.mediabox[0]), float(page.mediabox[1]))
    reader.read(page.layout._objs)
    page.close()
    return PageInput(
        number=page.page_number,
        width=float(width),
        height=float(height),
        chars=reader.chars,
        shapes=[*reader.rects, *reader.lines, *reader.curves],
        image_count=reader.images,
    )


class _Objects:
    """The objects of one page, sorted by kind as pdfplumber sorts them."""

    def __init__(self, height: float, left: float, top: float) -> None:
        self.height, self.left, self.top = height, left, top
        self.chars: list[dict[str, Any]] = []
        self.rects: list[dict[str, Any]] = []
        self.lines: list[dict[str, Any]] = []
        self.curves: list[dict[str, Any]] = []
        self.images = 0

    def read(self, objects: Iterable[LTItem]) -> None:
        chars = self.chars
        for obj in objects:
            if isinstance(obj, LTChar):
                fontname = obj.fontname
                x0, y0, x1, y1 = obj.x0, obj.y0, obj.x1, obj.y1
                chars.append(
                    {
                        "text": obj.get_text(),
                        "fontname": fontname if isinstance(fontname, str) else fix_fontname_bytes(fontname),
                        "size": obj.size,
                        "matrix": obj.matrix,
                        "upright": obj.upright,
                        "x0": x0 + self.left,
                        "x1": x1 + self.left,
                        "y0": y0,
                        "y1": y1,
                        "top": self.height - y1 + self.top,
                        "bottom": self.height - y0 + self.top,
                    }
                )
            elif isinstance(obj, LTContainer):  # a form XObject (LTFigure): its contents count
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
