"""A page's lines → regions: panels (boxes), the footnote area, and one or two columns.

Panels come from framed or shaded rectangles, a paragraph's shading stacked on the next
one's counting as one (a panel broken across pages is marked `continued` on its first
page); the footnote area starts under a short rule in the lower half of the page (or is
a trailing run of small type opening with a marker); the main text splits into two
columns at a gutter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any, Literal

from un_report.ingest.pdf.glyphs import Glyph, PageInput
from un_report.ingest.pdf.lines import TextLine, make_line, marker_length, text_left
from un_report.ingest.pdf.stats import Doc
from un_report.ingest.pdf.tables import RULE_GLYPHS
from un_report.ingest.pdf.tolerances import (
    COLUMN_MIN_LINES,
    FOOTNOTE_SIZE_RATIO,
    FOOTNOTE_ZONE_SHARE,
    GUTTER_MIN_EM,
    GUTTER_ZONE,
    INSIDE_TOL,
    PANEL_MAX_AREA_SHARE,
    PANEL_MIN_HEIGHT_EM,
    PANEL_MIN_WIDTH_SHARE,
    RULE_MAX_WIDTH_SHARE,
    RULE_MIN_WIDTH_SHARE,
    SLACK,
    THIN,
    TOUCH,
    WHITE_TOL,
)
from un_report.models import BBox

RegionKind = Literal["main", "panel", "footnote"]


@dataclass(slots=True)
class Region:
    """Lines read as one flow: a panel, the footnote area, or a column of main text."""

    kind: RegionKind
    lines: list[TextLine]
    order: tuple[int, int]  # (group, column) for reading order within the page
    bbox: BBox | None = None  # panels: x0, top, x1, bottom
    continued: bool = False  # a panel ending its page whose box goes on atop the next page
    text_left: float = field(init=False)

    def __post_init__(self) -> None:
        self.text_left = text_left(self.lines)


def page_regions(page: PageInput, lines: list[TextLine], doc: Doc) -> list[Region]:
    """The page's panels, footnote area and main text (one region per column)."""
    panels = _panels(page, doc.body_size)

    def panel_of(g: Glyph) -> int:
        cx, cy = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2
        return next(
            (
                k
                for k, (x0, t, x1, b) in enumerate(panels)
                if x0 - SLACK <= cx <= x1 + SLACK and t - SLACK <= cy <= b + SLACK
            ),
            -1,
        )

    near = [ln for ln in lines if any(ln.top <= b + SLACK and t - SLACK <= ln.bottom for _, t, _, b in panels)]
    parts = _split_by(near, panel_of) if near else {}
    near_ids = {id(ln) for ln in near}
    parts.setdefault(-1, []).extend(ln for ln in lines if id(ln) not in near_ids)
    main = sorted(parts.get(-1, []), key=lambda ln: ln.top)
    regions = [
        Region("panel", sorted(parts[k], key=lambda ln: ln.top), (0, 0), panels[k])
        for k in range(len(panels))
        if parts.get(k)
    ]
    fn_top, main = _footnote_top(page, main, doc)
    if fn_top is not None:
        notes = [ln for ln in main if ln.top >= fn_top - SLACK]
        main = [ln for ln in main if ln.top < fn_top - SLACK]
        regions.append(Region("footnote", notes, (1, 0)))
    gutter = _column_gutter(main, doc.body_size)
    if gutter is None:
        regions.append(Region("main", main, (0, 0)))
    else:
        split_x = gutter
        columns = _split_by(main, lambda g: int((g.x0 + g.x1) / 2 > split_x))
        for col, col_lines in sorted(columns.items()):
            regions.append(Region("main", col_lines, (0, col)))
        for r in regions:
            if r.kind == "panel" and r.bbox:
                r.order = (0, int((r.bbox[0] + r.bbox[2]) / 2 > split_x))
    return regions


def mark_continued_panels(pages: list[list[Region]]) -> None:
    """A panel that is the last text of its page (footnotes aside), followed by a panel that
    is the first text of the next page, is one box broken across the page: mark it."""
    for here, after in pairwise(pages):
        flows = [r for r in here if r.kind != "footnote" and r.lines]
        following = [r for r in after if r.kind != "footnote" and r.lines]
        if not flows or not following:
            continue
        last = max(flows, key=lambda r: r.lines[-1].bottom)
        first = min(following, key=lambda r: r.lines[0].top)
        last.continued = last.kind == first.kind == "panel"


# --- Panels ------------------------------------------------------------------------------


def _box(shape: dict[str, Any]) -> BBox:
    return float(shape["x0"]), float(shape["top"]), float(shape["x1"]), float(shape["bottom"])


def _is_white(color: Any) -> bool:
    if color is None:
        return True
    values = color if isinstance(color, (tuple, list)) else (color,)
    if not all(isinstance(v, (int, float)) for v in values):
        return False  # pattern or named colour: treat as a visible fill
    if len(values) == 4:  # CMYK
        return all(v <= WHITE_TOL for v in values)
    return all(v >= 1 - WHITE_TOL for v in values)


def reaches_page_edge(box: BBox, page: PageInput) -> bool:
    """A shape touching the page's edge: a background, a bleed or a clipping frame, never a
    panel's drawn frame or a table's rule, which stand within the margins (a panel's
    shading may bleed off the page)."""
    x0, top, x1, bottom = box
    return x0 <= SLACK or top <= SLACK or x1 >= page.width - SLACK or bottom >= page.height - SLACK


def _panels(page: PageInput, body_size: float) -> list[BBox]:
    """Framed or shaded rectangles big enough to hold a titled panel (no frame reaching the
    page's edge)."""
    min_w = PANEL_MIN_WIDTH_SHARE * page.width
    min_h = PANEL_MIN_HEIGHT_EM * body_size
    max_area = PANEL_MAX_AREA_SHARE * page.width * page.height
    boxes: list[BBox] = []
    rules: list[BBox] = []
    for s in page.shapes:
        x0, top, x1, bottom = _box(s)
        w, h = x1 - x0, bottom - top
        if w < THIN or h < THIN:
            rules.append((x0, top, x1, bottom))
        elif s.get("fill") and not _is_white(s.get("non_stroking_color")):
            boxes.append((x0, top, x1, bottom))  # shading may bleed off the page
        elif s.get("stroke") and not reaches_page_edge((x0, top, x1, bottom), page):
            boxes.append((x0, top, x1, bottom))
    boxes = _merge_stacked(boxes) + _frames(rules)
    found = [
        b for b in boxes if b[2] - b[0] >= min_w and b[3] - b[1] >= min_h and (b[2] - b[0]) * (b[3] - b[1]) <= max_area
    ]
    return _merge_overlapping(found)


def _merge_stacked(boxes: list[BBox]) -> list[BBox]:
    """Boxes of the same width stacked with no gap merged into one: a word processor
    shades each paragraph of a panel on its own (a title strip on top of the body's)."""
    out: list[BBox] = []
    for b in sorted(boxes, key=lambda b: (b[1], b[0])):
        for k, o in enumerate(out):
            aligned = abs(b[0] - o[0]) <= SLACK and abs(b[2] - o[2]) <= SLACK
            if aligned and b[1] <= o[3] + SLACK and o[1] <= b[3] + SLACK:
                out[k] = (min(b[0], o[0]), min(b[1], o[1]), max(b[2], o[2]), max(b[3], o[3]))
                break
        else:
            out.append(b)
    return out


def _frames(rules: list[BBox]) -> list[BBox]:
    """Bounding boxes of groups of touching rules that include a vertical one."""
    groups = _merge_overlapping(rules, TOUCH)
    return [
        g
        for g in groups
        if any(r[3] - r[1] >= THIN and _inside(r, g) for r in rules)
        and any(r[2] - r[0] >= THIN and _inside(r, g) for r in rules)
    ]


def _inside(r: BBox, g: BBox) -> bool:
    return (
        r[0] >= g[0] - INSIDE_TOL
        and r[1] >= g[1] - INSIDE_TOL
        and r[2] <= g[2] + INSIDE_TOL
        and r[3] <= g[3] + INSIDE_TOL
    )


def _merge_overlapping(boxes: list[BBox], tol: float = 0.0) -> list[BBox]:
    """Boxes that overlap (or come within `tol`) merged into their bounding box, repeatedly."""
    merged = list(boxes)
    changed = True
    while changed:
        changed = False
        out: list[BBox] = []
        for b in merged:
            for k, o in enumerate(out):
                if b[0] <= o[2] + tol and o[0] <= b[2] + tol and b[1] <= o[3] + tol and o[1] <= b[3] + tol:
                    out[k] = (min(b[0], o[0]), min(b[1], o[1]), max(b[2], o[2]), max(b[3], o[3]))
                    changed = True
                    break
            else:
                out.append(b)
        merged = out
    return merged


def _split_by(lines: list[TextLine], key: Callable[[Glyph], int]) -> dict[int, list[TextLine]]:
    """Split each line's glyphs by a key (region, column); lines keep their order."""
    out: dict[int, list[TextLine]] = {}
    for line in lines:
        parts: dict[int, list[Glyph]] = {}
        for g in line.glyphs:
            parts.setdefault(key(g), []).append(g)
        for k, glyphs in parts.items():
            if len(parts) == 1:
                out.setdefault(k, []).append(line)
            elif part := make_line(line.page, glyphs):
                out.setdefault(k, []).append(part)
    return out


# --- Footnote area and columns -----------------------------------------------------------


def _footnote_top(page: PageInput, lines: list[TextLine], doc: Doc) -> tuple[float | None, list[TextLine]]:
    """Where the footnote area starts (below a short rule), and the lines minus the rule."""
    zone = FOOTNOTE_ZONE_SHARE * page.height
    lo, hi = RULE_MIN_WIDTH_SHARE * page.width, RULE_MAX_WIDTH_SHARE * page.width
    small = FOOTNOTE_SIZE_RATIO * doc.body_size
    rules: list[tuple[float, TextLine | None]] = [
        (bottom, None)
        for x0, top, x1, bottom in map(_box, page.shapes)
        if bottom - top < THIN and lo <= x1 - x0 <= hi and top > zone
    ]
    rules += [
        (ln.bottom, ln)
        for ln in lines
        if ln.top > zone and lo <= ln.x1 - ln.x0 <= hi and all(ch in RULE_GLYPHS for ch in ln.text if not ch.isspace())
    ]
    for y, rule_line in sorted(rules, key=lambda r: r[0]):
        below = [ln for ln in lines if ln.top >= y - SLACK and ln is not rule_line]
        if below and all(ln.size < small for ln in below):
            return y, [ln for ln in lines if ln is not rule_line]
    # No rule: a trailing run of small type whose first line opens with a marker.
    run: list[TextLine] = []
    for ln in sorted(lines, key=lambda ln: ln.top, reverse=True):
        if ln.size >= small or ln.top < zone:
            break
        run.append(ln)
    if run and marker_length(run[-1], run) and len(run) < len(lines):
        return run[-1].top - SLACK, lines
    return None, lines


def _column_gutter(lines: list[TextLine], body_size: float) -> float | None:
    """The x of a vertical gutter splitting the lines into two columns, if any."""
    if len(lines) < COLUMN_MIN_LINES:
        return None
    left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    span = right - left
    covered = bytearray(int(span) + 2)  # one byte per point of width: 1 where ink is
    for ln in lines:
        # the visible glyphs' ends, read by column (a page's lines need no glyph tuples)
        glyphs = zip(ln.text, ln.run.column("x0"), ln.run.column("x1"), strict=True)
        ends = ((x0, x1) for ch, x0, x1 in glyphs if not ch.isspace())
        run_x0, run_x1 = next(ends)
        for g_x0, g_x1 in ends:  # runs of touching glyphs, then one slice per run
            if g_x0 - run_x1 > SLACK:
                a, b = max(0, int(run_x0 - left)), int(run_x1 - left) + 1
                covered[a:b] = b"\x01" * (b - a)
                run_x0 = g_x0
            run_x1 = max(run_x1, g_x1)
        a, b = max(0, int(run_x0 - left)), int(run_x1 - left) + 1
        covered[a:b] = b"\x01" * (b - a)
    best: tuple[int, int] | None = None
    start = None
    for x, c in enumerate(covered):
        if not c and start is None:
            start = x
        elif c and start is not None:
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
            start = None
    if best is None or best[1] - best[0] < GUTTER_MIN_EM * body_size:
        return None
    mid = left + (best[0] + best[1]) / 2
    if not GUTTER_ZONE[0] * span <= mid - left <= GUTTER_ZONE[1] * span:
        return None
    sides = (sum(ln.x0 < mid for ln in lines), sum(ln.x1 > mid for ln in lines))
    return mid if min(sides) >= COLUMN_MIN_LINES else None
