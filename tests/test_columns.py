"""A report's figures and units in columns (`columns.FigureTable`, `UnitTable`): one row
per case, records → the same records read back, pickled and unpickled, and the same rows
of the figures and paragraphs tables as the records give (`export.figure_rows`)."""

from __future__ import annotations

import math
import pickle
from decimal import Decimal

import pytest

from un_report.boxes import Boxes
from un_report.columns import FigureTable, LineTable, Strings, UnitTable
from un_report.export import FIGURE_COLUMNS, PARAGRAPH_COLUMNS, figure_rows, figures_frame, paragraphs_frame
from un_report.models import Figure, Line, Unit


def figure(**fields: object) -> Figure:
    base: dict[str, object] = {
        "report": "A/80/1", "source": "a.txt", "lang": "en", "part": "", "para": "1", "kind": "count",
        "value": Decimal(3), "unit": "", "subject": "staff", "qualifier": "exact", "text": "3", "start": 0, "end": 1,
        "page": None, "x0": None, "top": None, "x1": None, "bottom": None, "editions": 1,
    }
    return Figure.of(**(base | fields))


CASES: dict[str, list[Figure]] = {
    "none": [],
    "one": [figure()],
    "two units, a part": [figure(), figure(part="annex I", para="2", start=5, end=7, text="12", value=Decimal(12))],
    "1 and 1.0 kept apart": [figure(value=Decimal("1")), figure(value=Decimal("1.0"), start=4, end=7, text="1.0")],
    "a vague amount": [figure(value=None, text="thousands", end=9)],
    "every kind and qualifier": [
        figure(kind=k, qualifier=q, start=i, end=i + 1) for i, (k, q) in
        enumerate(zip(("count", "percent", "money", "year"), ("exact", "over", "under", "approx"), strict=True))
    ],
    "boxes from the second figure on": [
        figure(page=3),
        figure(page=4, x0=1.5, top=2.0, x1=3.25, bottom=4.0, start=3, end=4),
        figure(start=6, end=7),
    ],
    "editions": [figure(editions=3), figure(editions=1, start=2, end=3)],
}


@pytest.mark.parametrize("name", CASES)
def test_records_read_back(name: str) -> None:
    figures = CASES[name]
    table = FigureTable(figures)
    assert len(table) == len(figures)
    assert list(table) == figures
    assert [str(f.value) for f in table] == [str(f.value) for f in figures]
    assert pickle.loads(pickle.dumps(table)) == figures
    assert table[-1:] == figures[-1:]


@pytest.mark.parametrize("name", CASES)
def test_columns_give_the_rows_of_the_records(name: str) -> None:
    figures = CASES[name]
    columns = FigureTable(figures).columns()
    assert list(columns) == list(FIGURE_COLUMNS)
    rows = [dict(zip(columns, values, strict=True)) for values in zip(*columns.values(), strict=True)]
    expected = figure_rows(figures)

    def plain(row: dict[str, object]) -> dict[str, object]:
        return {k: None if isinstance(v, float) and math.isnan(v) else v for k, v in row.items()}

    assert [plain(r) for r in rows] == [plain(r) for r in expected]
    assert figures_frame(FigureTable(figures)).equals(figures_frame(figures))


def test_kinds_and_editions() -> None:
    table = FigureTable(CASES["every kind and qualifier"])
    assert table.kinds() == {"count": 1, "percent": 1, "money": 1, "year": 1}
    table.set_editions([2, 2, 1, 1])
    assert [f.editions for f in table] == [2, 2, 1, 1]
    with pytest.raises(ValueError, match="3 counts for 4 figures"):
        table.set_editions([1, 1, 1])
    with pytest.raises(IndexError):
        table[4]


def unit(**fields: object) -> Unit:
    base: dict[str, object] = {"report": "A/80/1", "source": "a.txt", "lang": "en", "para": "1", "kind": "paragraph",
                               "text": "Some 3 staff."}
    return Unit(**(base | fields))


UNIT_CASES: dict[str, list[Unit]] = {
    "none": [],
    "one": [unit()],
    "numbered, in a part, with headings": [
        unit(number=1, chapter="I. Introduction", section="A. Scope", heading="Staff", page=2),
        unit(part="annex I", para="1 (annex I)", number=1, title="Box 1", kind="box", page=7),
    ],
    "every kind": [unit(kind=k, para=f"{k}-1") for k in ("paragraph", "box", "footnote")],
    "pages and boxes of one unit": [
        unit(text="ab", pages=[1, 2], boxes=Boxes([(1.0, 2.0, 3.0, 4.0), None])),
        unit(para="2"),
    ],
}


@pytest.mark.parametrize("name", UNIT_CASES)
def test_units_read_back(name: str) -> None:
    units = UNIT_CASES[name]
    table = UnitTable(units)
    assert len(table) == len(units)
    assert list(table) == units
    assert pickle.loads(pickle.dumps(table)) == units
    assert [u.model_dump() for u in table] == [u.model_dump() for u in units]
    assert list(table.without_provenance()) == [u.model_copy(update={"pages": None, "boxes": None}) for u in units]
    assert paragraphs_frame(table).equals(paragraphs_frame(units))
    assert list(table.columns()) == list(PARAGRAPH_COLUMNS)


def test_records_built_unvalidated_equal_validated_ones() -> None:
    f = figure(page=3, x0=1.0, top=2.0, x1=3.0, bottom=4.0)
    validated = Figure(**f.model_dump())
    assert f == validated and f.model_dump() == validated.model_dump() and repr(f) == repr(validated)
    u = unit(number=4)
    built = Unit.of(**{name: getattr(u, name) for name in Unit.model_fields})
    assert built == u and built.model_dump() == u.model_dump() and repr(built) == repr(u)


def test_headings_of_units() -> None:
    table = UnitTable(UNIT_CASES["numbered, in a part, with headings"])
    assert table.headings() == {"I. Introduction", "A. Scope", "Staff", "Box 1"}


STRING_ROWS: dict[str, list[str]] = {
    "none": [],
    "one empty": [""],
    "within a block": ["a", "", "bc"],
    "over blocks": [f"s{i}" * (i % 3) for i in range(7)],
    "mixed scripts": ["a", "一二", "", "b\u3000c", "d"],
}


@pytest.mark.parametrize("name", STRING_ROWS)
def test_strings_read_back(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Strings, "BLOCK", 2)
    values = STRING_ROWS[name]
    column = Strings(values)
    assert len(column) == len(values)
    assert list(column) == values
    assert [column[i] for i in range(len(values))] == values
    assert [column[i] for i in range(-len(values), 0)] == values
    assert column[1:] == values[1:]
    assert pickle.loads(pickle.dumps(column)) == values
    for i in (len(values), -len(values) - 1):
        with pytest.raises(IndexError):
            column[i]


LINE_CASES: dict[str, list[Line]] = {
    "none": [],
    "text": [Line(text="I. Introduction", page=1), Line(text="1. The report", page=None)],
    "roles and boxes": [
        Line(text="Box 1", page=2, role="box_title", boxes=Boxes([(1.0, 2.0, 3.0, 4.0)] * 5)),
        Line(text="Note", page=2, role="footnote"), Line(text="x", role="exhibit"),
    ],
}


@pytest.mark.parametrize("name", LINE_CASES)
def test_lines_read_back(name: str) -> None:
    lines = LINE_CASES[name]
    table = LineTable(lines)
    assert len(table) == len(lines)
    assert list(table) == lines
    assert [table[i] for i in range(len(lines))] == lines
    assert list(table.texts()) == [line.text for line in lines]
    assert list(table.roles()) == [line.role for line in lines]
    assert table.last_page() == max((ln.page for ln in lines if ln.page is not None), default=None)
    assert pickle.loads(pickle.dumps(table)) == lines


@pytest.mark.parametrize("cut", [slice(0, 0), slice(1, None), slice(None, 2), slice(1, 2), slice(-1, None)])
def test_a_slice_of_lines_is_a_view_of_those_lines(cut: slice) -> None:
    lines = LINE_CASES["roles and boxes"]
    view = LineTable(lines)[cut]
    assert isinstance(view, LineTable)
    assert list(view) == lines[cut] and list(view.texts()) == [ln.text for ln in lines[cut]]
    assert list(view.roles()) == [ln.role for ln in lines[cut]]
    assert view[1:] == lines[cut][1:]


def test_a_footnote_placed_takes_other_headings() -> None:
    table = UnitTable(UNIT_CASES["numbered, in a part, with headings"])
    table.set_headings(0, "II. Other", "B. Else", "More")
    assert table.headings_of(0) == ("II. Other", "B. Else", "More")
    assert table[0].chapter == "II. Other" and table[0].para == UNIT_CASES["numbered, in a part, with headings"][0].para
