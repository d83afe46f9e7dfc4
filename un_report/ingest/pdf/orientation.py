"""Pages turned to their reading orientation before anything else reads them.

A landscape table page is printed turned (`/Rotate 90`, or text drawn at 90°), so its
characters run down or up the page rather than across it. The direction most of a page's
characters run in (from each character's text matrix) is its reading direction; a page
whose reading direction is not left to right is turned, characters and drawn shapes
alike, so that it is: the later steps see an upright page and read it in reading order.
Characters that run another way than most (a margin stamp) stay turned, and are dropped
as before.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from un_report.ingest.pdf.glyphs import PageInput

# A character's direction on the page (top-down coordinates) → how to turn a point (x, y)
# so that this direction runs left to right: right, down, up, left (upside down).
TURNS = {
    (1, 0): lambda x, y: (x, y),
    (0, 1): lambda x, y: (y, -x),
    (0, -1): lambda x, y: (-y, x),
    (-1, 0): lambda x, y: (-x, -y),
}
DESCENT_SHARE = 0.2  # of a turned character's size, between its baseline and its box's bottom


def direction(char: dict[str, Any]) -> tuple[int, int] | None:
    """The way a character runs on the page, in top-down coordinates: (1, 0) left to right,
    (0, 1) downwards …; None for a slanted one."""
    a, b = char["matrix"][0], char["matrix"][1]
    if abs(a) >= 4 * abs(b):
        return (1 if a > 0 else -1, 0)
    if abs(b) >= 4 * abs(a):
        return (0, -1 if b > 0 else 1)  # the matrix is y-up: running up is -1 top-down
    return None


def upright_page(page: PageInput) -> PageInput:
    """`page` turned so that most of its characters run left to right (unchanged if they do)."""
    ways = Counter(d for c in page.chars if c["text"].strip() and (d := direction(c)) is not None)
    if not ways:
        return page
    way = ways.most_common(1)[0][0]
    if way == (1, 0):
        return page
    turn = TURNS[way]
    boxes = [(0.0, 0.0, page.width, page.height)] + [_box(o) for o in (*page.chars, *page.shapes)]
    turned = [_turned(box, turn) for box in boxes]
    left, top = min(b[0] for b in turned), min(b[1] for b in turned)
    width, height = max(b[2] for b in turned) - left, max(b[3] for b in turned) - top
    chars = [_char(c, box, left, top, width, height, way) for c, box in zip(page.chars, turned[1:], strict=False)]
    shapes = [_moved(s, box, left, top) for s, box in zip(page.shapes, turned[1 + len(page.chars):], strict=True)]
    return PageInput(page.number, width, height, chars, shapes, page.image_count)


def _box(o: dict[str, Any]) -> tuple[float, float, float, float]:
    return float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"])


def _turned(box: tuple[float, float, float, float], turn: Any) -> tuple[float, float, float, float]:
    x0, top, x1, bottom = box
    a, b = turn(x0, top), turn(x1, bottom)
    return min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])


def _moved(o: dict[str, Any], box: tuple[float, float, float, float], left: float, top: float) -> dict[str, Any]:
    x0, y0, x1, y1 = box[0] - left, box[1] - top, box[2] - left, box[3] - top
    return {**o, "x0": x0, "top": y0, "x1": x1, "bottom": y1, "width": x1 - x0, "height": y1 - y0}


def _char(
    c: dict[str, Any], box: tuple[float, float, float, float], left: float, top: float,
    width: float, height: float, way: tuple[int, int],
) -> dict[str, Any]:
    """A character of a turned page: its box moved, and, if it ran the page's way, upright."""
    moved = _moved(c, box, left, top)
    if direction(c) != way:
        return moved  # it ran another way: it stays as turned as it was (and is dropped)
    size = float(c["size"])
    baseline_up = height - moved["bottom"] + DESCENT_SHARE * size  # y-up, as pdfminer's f
    moved.update(
        matrix=(size, 0.0, 0.0, size, moved["x0"], baseline_up), upright=True,
        y0=height - moved["bottom"], y1=height - moved["top"],
    )
    return moved
