"""Tables and charts (exhibits) found on a page and set aside from the reading text.

Found from geometry alone, never from wording, and cheaply (no `find_tables`):

- a *cell row* is a printed line broken by wide gaps into cells, at least one of them a
  number (a table row: "Post  166 765.9  159 537.7"), or into three cells or more (a
  header row, a chart's legend); a short line that is only a number (a chart's label or
  axis tick) counts too. A paragraph's own number before a tab is no cell.
- a *ruled area*: the page's rules and frames (rectangles, lines) touching one another;
  when enough of the lines inside are cell rows it is a table, and every line inside
  goes with it (cells wrapped onto lines of their own included);
- elsewhere, a run of cell rows (a few other short lines between them allowed: a chart's
  labels, a row's wrapped cell) is an unruled table or a chart.

The lines of an exhibit leave the page's text before panels, footnotes and columns are
found (a table's small type is no footnote, its frame no box); the reader gives each
exhibit as one `Line` with role "exhibit" where it stands, which the segmenter sets aside
and counts. Captions ("Table 1", a title, a source note) are the segmenter's to tell.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from un_report.boxes import Boxes
from un_report.ingest.pdf.glyphs import Glyph, PageInput
from un_report.ingest.pdf.lines import TextLine
from un_report.ingest.pdf.regions import reaches_page_edge
from un_report.ingest.pdf.tolerances import (
    CELL_GAP_EM,
    EXHIBIT_GAP_EM,
    EXHIBIT_MAX_SHAPES,
    EXHIBIT_MIN_ROWS,
    EXHIBIT_RUN_BREAK,
    NUMERIC_CELL_CHARS,
    NUMERIC_SHARE,
    RULED_ROW_SHARE,
    SLACK,
    THIN,
    TOUCH,
)
from un_report.models import BBox, Line
from un_report.script import FULL_STOPS

MARKER_END = ".)"  # a paragraph or list number printed before a tab: "12." "(a)"
MAX_MARKER_CHARS = 5


@dataclass(slots=True)
class Exhibit:
    """One table or chart: its lines, top to bottom."""

    page: int
    lines: list[TextLine]

    @property
    def top(self) -> float:
        return self.lines[0].top

    def as_line(self) -> Line:
        """The exhibit as one Line (its rows, one per printed line, its cells apart by a
        space), role "exhibit", with each character's box."""
        text: list[str] = []
        boxes: list[BBox | None] = []
        for ln in self.lines:
            if text:
                text.append("\n")
                boxes.append(None)
            for k, cell in enumerate(_cells(ln)):
                if k:
                    text.append(" ")
                    boxes.append(None)
                text += [g.text for g in cell]
                boxes += [g.box for g in cell]
        return Line(text="".join(text), page=self.page, role="exhibit", boxes=Boxes(boxes))


def split_exhibits(page: PageInput, lines: list[TextLine]) -> tuple[list[TextLine], list[Exhibit]]:
    """The page's lines outside any table or chart, and the exhibits, top to bottom."""
    if len(lines) < EXHIBIT_MIN_ROWS:
        return lines, []
    rows = {id(ln) for ln in lines if is_cell_row(ln)}
    if len(rows) < EXHIBIT_MIN_ROWS - 1:
        return lines, []
    taken: dict[int, int] = {}  # id(line) → exhibit index
    groups: list[list[TextLine]] = []
    for area in _ruled_areas(page):
        inside = [ln for ln in lines if id(ln) not in taken and _centre_in(ln, area)]
        in_rows = sum(id(ln) in rows for ln in inside)
        if in_rows >= 2 and in_rows >= RULED_ROW_SHARE * len(inside):
            for ln in inside:
                taken[id(ln)] = len(groups)
            groups.append(inside)
    ordered = sorted((ln for ln in lines if id(ln) not in taken), key=lambda ln: ln.top)
    for run in _runs(ordered, rows):
        for ln in run:
            taken[id(ln)] = len(groups)
        groups.append(run)
    if not groups:
        return lines, []
    for k, group in enumerate(groups):
        for ln in lines:
            if id(ln) not in taken and _label_within(ln, group):
                taken[id(ln)] = k
                group.append(ln)
    kept = [ln for ln in lines if id(ln) not in taken]
    exhibits = [Exhibit(page.number, sorted(g, key=lambda ln: ln.top)) for g in groups if g]
    return kept, sorted(exhibits, key=lambda e: e.top)


def is_cell_row(line: TextLine) -> bool:
    """A table row, a chart's legend or label: see the module docstring."""
    cells = _cell_texts(line)
    if cells and len(cells) > 1 and _is_marker(cells[0]):
        cells = cells[1:]
    numeric = sum(_is_numeric(c) for c in cells)
    if len(cells) == 1:  # a label or tick alone: no letter in it (a footnote's "1 A/80/64." is none)
        return numeric == 1 and not any(c.isalpha() for c in cells[0])
    return len(cells) >= 3 or numeric >= 1


def _cells(line: TextLine) -> list[list[Glyph]]:
    """The line's visible glyphs split at gaps wider than a cell gap."""
    ink = line.ink
    if not ink:
        return []
    gap = CELL_GAP_EM * line.size
    cells: list[list[Glyph]] = [[ink[0]]]
    for before, g in pairwise(ink):
        if g.x0 - before.x1 > gap:
            cells.append([g])
        else:
            cells[-1].append(g)
    return cells


def _cell_texts(line: TextLine) -> list[str]:
    """The texts of `_cells(line)`, read by column (a page's lines need no glyph tuples)."""
    gap = CELL_GAP_EM * line.size
    cells: list[list[str]] = []
    end = 0.0
    for ch, x0, x1 in zip(line.text, line.run.column("x0"), line.run.column("x1"), strict=True):
        if ch.isspace():
            continue
        if cells and x0 - end <= gap:
            cells[-1].append(ch)
        else:
            cells.append([ch])
        end = x1
    return ["".join(cell) for cell in cells]


def _is_marker(cell: str) -> bool:
    return len(cell) <= MAX_MARKER_CHARS and (cell[-1] in MARKER_END or cell.startswith("("))


def _is_numeric(cell: str) -> bool:
    """A figure cell: short, mostly digits (14 971.4, 46%, (3 541.7), –)."""
    letters = [c for c in cell if c.isalnum()]
    if len(cell) > NUMERIC_CELL_CHARS:
        return False
    if not letters:
        return not any(c.isalnum() for c in cell) and len(cell) <= 2  # a dash for "nil"
    return sum(c.isdigit() for c in letters) >= NUMERIC_SHARE * len(letters)


def _runs(lines: list[TextLine], rows: set[int]) -> list[list[TextLine]]:
    """Runs of at least EXHIBIT_MIN_ROWS cell rows, each close under the one before, with
    at most EXHIBIT_RUN_BREAK other lines between two of them."""
    out: list[list[TextLine]] = []
    run: list[TextLine] = []
    between: list[TextLine] = []
    count = 0

    def close() -> None:
        nonlocal run, between, count
        if count >= EXHIBIT_MIN_ROWS:
            out.append(run)
        run, between, count = [], [], 0

    for ln in lines:
        last = (between or run)[-1] if run else None
        if last is not None and ln.top - last.bottom > EXHIBIT_GAP_EM * max(ln.size, last.size):
            close()
        if id(ln) in rows:
            run += [*between, ln]
            between = []
            count += 1
        elif run:
            between.append(ln)
            if len(between) > EXHIBIT_RUN_BREAK:
                close()
    close()
    return out


def _ruled_areas(page: PageInput) -> list[BBox]:
    """Groups of touching rules and rectangles, as boxes (a table's ruling, a chart's bars).
    A shape reaching the page's edge is no table's rule (a table stands within the
    margins): a background, a bleed or a clipping frame, which would join a running
    header's rule to a chart and take the paragraphs between them."""
    shapes = page.shapes
    if not shapes or len(shapes) > EXHIBIT_MAX_SHAPES:
        return []
    boxes = sorted(
        (
            b
            for s in shapes
            if not reaches_page_edge(b := (float(s["x0"]), float(s["top"]), float(s["x1"]), float(s["bottom"])), page)
        ),
        key=lambda b: (b[1], b[0]),
    )
    # sweep top to bottom: a box joins the last group it touches (boxes sorted by top)
    groups: list[list[float]] = []
    for x0, top, x1, bottom in boxes:
        for g in reversed(groups):
            if top <= g[3] + TOUCH and x0 <= g[2] + TOUCH and g[0] <= x1 + TOUCH:
                g[0], g[2], g[3] = min(g[0], x0), max(g[2], x1), max(g[3], bottom)
                break
        else:
            groups.append([x0, top, x1, bottom])
    return [(g[0], g[1], g[2], g[3]) for g in groups if g[2] - g[0] > THIN and g[3] - g[1] > THIN]


def _label_within(line: TextLine, group: list[TextLine]) -> bool:
    """A line standing between an exhibit's first and last lines, across its width, that
    ends no sentence and opens no numbered paragraph: a chart's category labels and axis
    titles printed between its figures. A paragraph beside the exhibit is not across it."""
    if not group or not line.ink:
        return False
    cells = _cell_texts(line)
    if len(cells) > 1 and _is_marker(cells[0]):  # a numbered paragraph's first line
        return False
    top, bottom = min(ln.top for ln in group), max(ln.bottom for ln in group)
    x0, x1 = min(ln.x0 for ln in group), max(ln.x1 for ln in group)
    inside = top - SLACK <= line.top and line.bottom <= bottom + SLACK
    across = line.x0 < x1 and x0 < line.x1
    return inside and across and line.ink[-1].text not in FULL_STOPS


def _centre_in(line: TextLine, area: BBox) -> bool:
    cx, cy = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
    return area[0] - SLACK <= cx <= area[2] + SLACK and area[1] - SLACK <= cy <= area[3] + SLACK


def with_exhibits(read: list[Line], exhibits: list[Exhibit]) -> list[Line]:
    """A page's Lines in reading order with its exhibits placed where they stand: each
    before the first Line (footnotes aside) that starts below its top."""
    if not exhibits:
        return read
    out: list[Line] = []
    waiting = list(exhibits)
    for line in read:
        top = min((b[1] for b in line.boxes or () if b is not None), default=None)
        while waiting and line.role != "footnote" and top is not None and top > waiting[0].top:
            out.append(waiting.pop(0).as_line())
        out.append(line)
    notes_at = next((i for i, ln in enumerate(out) if ln.role == "footnote"), len(out))
    out[notes_at:notes_at] = [e.as_line() for e in waiting]
    return out
