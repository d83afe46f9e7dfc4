"""A report's units and figures in columns, from segment and extract to export.

A paragraph may hold a hundred thousand figures, and a text a hundred thousand paragraphs;
as pydantic records each figure took about a kilobyte and ten microseconds to build, each
unit more. `FigureTable` and `UnitTable` keep one typed array per field (a number per row:
offsets, page, kind, qualifier, editions) and store each distinct string and value once
(`Pool`): about 40 bytes a figure, and as little to pickle between the workers, the store
and the assembly. Each is a sequence of records (`Figure`, `Unit`), built when read, for
the stages that want records (align, review, tests); export builds its frames from the
columns (`columns()`).
"""

from __future__ import annotations

import copy
import math
from array import array
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Generic, TypeVar, get_args, overload

from un_report.boxes import Boxes
from un_report.models import Figure, FigureKind, Qualifier, Unit, UnitKind

T = TypeVar("T", bound=Hashable)
UNIT_KINDS: tuple[UnitKind, ...] = get_args(UnitKind)
NO_NUMBER = -1  # the page and number columns' None
Where = tuple[str, str, str, str, str]  # a figure's unit: report, source, lang, part, para
WHERE_COLUMNS = ("report", "source", "lang", "part", "para")
Reading = tuple[FigureKind, str | None, str, str, Qualifier, str]  # what a figure reads (`FigureTable.readings`)
READING_COLUMNS = ("kind", "value", "unit", "subject", "qualifier", "text")


class Pool(Generic[T]):
    """Distinct values, each kept once and known by its number."""

    def __init__(self, values: Iterable[T] = ()) -> None:
        self.values: list[T] = []
        self._numbers: dict[T, int] = {}
        for value in values:
            self.number(value)

    def number(self, value: T) -> int:
        """The number of `value`, given it on first sight."""
        n = self._numbers.get(value)
        if n is None:
            n = self._numbers[value] = len(self.values)
            self.values.append(value)
        return n

    def __getstate__(self) -> list[T]:  # the numbers are rebuilt, not pickled
        return self.values

    def __setstate__(self, values: list[T]) -> None:
        self.__init__(values)  # type: ignore[misc]


R = TypeVar("R")


class RecordTable(Sequence[R]):
    """The list-like face of a table in columns: records are built when read (`_record`)."""

    noun = "records"  # what its repr counts

    def __len__(self) -> int:
        raise NotImplementedError

    def _record(self, i: int) -> R:
        raise NotImplementedError

    @overload
    def __getitem__(self, i: int) -> R: ...
    @overload
    def __getitem__(self, i: slice) -> list[R]: ...
    def __getitem__(self, i: int | slice) -> R | list[R]:
        if isinstance(i, slice):
            return [self._record(j) for j in range(*i.indices(len(self)))]
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        return self._record(i % len(self))

    def __iter__(self) -> Iterator[R]:
        return (self._record(i) for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RecordTable | list):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self)} {self.noun})"


class FigureTable(RecordTable[Figure]):
    """The figures of one report (or of several appended), a column per field."""

    noun = "figures"

    def __init__(self, figures: Iterable[Figure] = ()) -> None:
        self.units: Pool[Where] = Pool()
        # what a figure reads: kind, value (by its spelling: 1 and 1.0 are equal Decimals,
        # written apart), unit, subject, qualifier and text; most recur
        self.readings: Pool[Reading] = Pool()
        self.where, self.reading, self.start, self.end = array("i"), array("i"), array("i"), array("i")
        self.editions = array("B")
        self.page: array[int] | None = None  # with a page (PDF and paged text input)
        self.boxes: tuple[array[float], array[float], array[float], array[float]] | None = None  # PDF input
        for f in figures:
            self.append(f.report, f.source, f.lang, f.part, f.para, f.kind, f.value, f.unit, f.subject, f.qualifier,
                        f.text, f.start, f.end, f.page, (f.x0, f.top, f.x1, f.bottom), f.editions)

    def where_number(self, report: str, source: str, lang: str, part: str, para: str) -> int:
        """The number of a unit in the table, for `append`."""
        return self.units.number((report, source, lang, part, para))

    def append(
        self, report: str, source: str, lang: str, part: str, para: str, kind: FigureKind, value: Decimal | None,
        unit: str, subject: str, qualifier: Qualifier, text: str, start: int, end: int, page: int | None,
        box: tuple[float | None, float | None, float | None, float | None], editions: int = 1,
    ) -> None:
        self.append_at(self.where_number(report, source, lang, part, para), kind, value, unit, subject, qualifier,
                       text, start, end, page, box, editions)

    def append_at(
        self, where: int, kind: FigureKind, value: Decimal | None, unit: str, subject: str, qualifier: Qualifier,
        text: str, start: int, end: int, page: int | None,
        box: tuple[float | None, float | None, float | None, float | None], editions: int = 1,
    ) -> None:
        """Append a figure of the unit numbered `where` (`where_number`)."""
        self.where.append(where)
        self.reading.append(self.readings.number((kind, None if value is None else str(value), unit, subject,
                                                  qualifier, text)))
        self.start.append(start)
        self.end.append(end)
        self.editions.append(editions)
        if self.page is None and page is not None:
            self.page = array("i", [NO_NUMBER]) * (len(self.start) - 1)
        if self.page is not None:
            self.page.append(NO_NUMBER if page is None else page)
        if self.boxes is None and box[0] is not None:
            self.boxes = tuple(array("d", [math.nan]) * (len(self.start) - 1) for _ in range(4))  # type: ignore[assignment]
        if self.boxes is not None:
            for column, edge in zip(self.boxes, box, strict=True):
                column.append(math.nan if edge is None else edge)

    def __len__(self) -> int:
        return len(self.start)

    def _record(self, i: int) -> Figure:
        report, source, lang, part, para = self.units.values[self.where[i]]
        kind, value, unit, subject, qualifier, text = self.readings.values[self.reading[i]]
        x0, top, x1, bottom = (None if math.isnan(c[i]) else c[i] for c in self.boxes) if self.boxes else (None,) * 4
        page = None if self.page is None or self.page[i] == NO_NUMBER else self.page[i]
        return Figure.of(
            report=report, source=source, lang=lang, part=part, para=para, kind=kind,
            value=None if value is None else Decimal(value), unit=unit, subject=subject, qualifier=qualifier,
            text=text, start=self.start[i], end=self.end[i], page=page,
            x0=x0, top=top, x1=x1, bottom=bottom, editions=self.editions[i],
        )

    def kinds(self) -> Counter[FigureKind]:
        """How many figures of each kind."""
        counts = Counter(self.reading)
        kinds: Counter[FigureKind] = Counter()
        for n, count in counts.items():
            kinds[self.readings.values[n][0]] += count
        return kinds

    def set_editions(self, counts: Iterable[int]) -> None:
        """Each figure's count of the editions that state it (`align.count_editions`), in order."""
        editions = array("B", counts)
        if len(editions) != len(self):
            raise ValueError(f"{len(editions)} counts for {len(self)} figures")
        self.editions = editions

    def columns(self) -> dict[str, Sequence[object]]:
        """The figures table's columns (export.FIGURE_COLUMNS), a list of values each."""
        units = self.units.values
        where = [units[w] for w in self.where]
        readings = [self.readings.values[r] for r in self.reading]
        values = {v: None if v is None else float(Decimal(v)) for v in {r[1] for r in self.readings.values}}
        ids = [
            f"{report}:{lang}:{part}:{para}:{start}" if part else f"{report}:{lang}:{para}:{start}"
            for (report, _, lang, part, para), start in zip(where, self.start, strict=True)
        ]
        boxes: Sequence[Sequence[float | None]] = self.boxes or [[None] * len(self)] * 4
        return {
            "id": ids, **{name: [w[k] for w in where] for k, name in enumerate(WHERE_COLUMNS)},
            **{name: [values[r[1]] for r in readings] if name == "value" else [r[k] for r in readings]
               for k, name in enumerate(READING_COLUMNS)},
            "start": list(self.start), "end": list(self.end),
            "page": [None if p == NO_NUMBER else p for p in self.page] if self.page else [None] * len(self),
            "x0": list(boxes[0]), "top": list(boxes[1]), "x1": list(boxes[2]), "bottom": list(boxes[3]),
            "editions": list(self.editions),
        }




class UnitTable(RecordTable[Unit]):
    """The units of one report, a column per field; the per-character pages and boxes of
    the units that have them (PDF input) kept beside, by position."""

    noun = "units"

    def __init__(self, units: Iterable[Unit] = ()) -> None:
        self.heads: Pool[tuple[str, str, str]] = Pool()  # report, source, lang
        self.strings: Pool[str] = Pool()  # part, chapter, section, heading, title
        self.head = array("i")
        self.part, self.chapter, self.section, self.heading, self.title = (array("i") for _ in range(5))
        self.kind, self.number, self.page = array("B"), array("i"), array("i")
        self.para: list[str] = []
        self.text: list[str] = []
        self.pages: dict[int, list[int | None]] = {}
        self.boxes: dict[int, Boxes] = {}
        for unit in units:
            self.append(unit)

    def append(self, unit: Unit) -> None:
        strings = self.strings
        i = len(self.text)
        self.head.append(self.heads.number((unit.report, unit.source, unit.lang)))
        for column, value in ((self.part, unit.part), (self.chapter, unit.chapter), (self.section, unit.section),
                              (self.heading, unit.heading), (self.title, unit.title)):
            column.append(strings.number(value))
        self.kind.append(_UNIT_KIND_NUMBERS[unit.kind])
        self.number.append(NO_NUMBER if unit.number is None else unit.number)
        self.page.append(NO_NUMBER if unit.page is None else unit.page)
        self.para.append(unit.para)
        self.text.append(unit.text)
        if unit.pages is not None:
            self.pages[i] = unit.pages
        if unit.boxes is not None:
            self.boxes[i] = unit.boxes

    def __len__(self) -> int:
        return len(self.text)

    def _record(self, i: int) -> Unit:
        report, source, lang = self.heads.values[self.head[i]]
        strings = self.strings.values
        return Unit.of(
            report=report, source=source, lang=lang, part=strings[self.part[i]], para=self.para[i],
            kind=UNIT_KINDS[self.kind[i]], number=None if self.number[i] == NO_NUMBER else self.number[i],
            chapter=strings[self.chapter[i]], section=strings[self.section[i]], heading=strings[self.heading[i]],
            title=strings[self.title[i]], page=None if self.page[i] == NO_NUMBER else self.page[i],
            text=self.text[i], pages=self.pages.get(i), boxes=self.boxes.get(i),
        )

    def headings(self) -> set[str]:
        """The chapters, sections, headings and titles the units carry, each once."""
        used = {n for column in (self.chapter, self.section, self.heading, self.title) for n in set(column)}
        return {self.strings.values[n] for n in used} - {""}

    def without_provenance(self) -> UnitTable:
        """The same units without their per-character pages and boxes (which no table holds)."""
        lean = copy.copy(self)
        lean.pages, lean.boxes = {}, {}
        return lean

    def columns(self) -> dict[str, Sequence[object]]:
        """The paragraphs table's columns (export.PARAGRAPH_COLUMNS), a list of values each."""
        heads, strings = [self.heads.values[h] for h in self.head], self.strings.values
        return {
            "report": [h[0] for h in heads], "source": [h[1] for h in heads], "lang": [h[2] for h in heads],
            "part": [strings[s] for s in self.part], "para": self.para, "kind": [UNIT_KINDS[k] for k in self.kind],
            "number": [None if n == NO_NUMBER else n for n in self.number],
            "chapter": [strings[s] for s in self.chapter], "section": [strings[s] for s in self.section],
            "heading": [strings[s] for s in self.heading], "title": [strings[s] for s in self.title],
            "page": [None if p == NO_NUMBER else p for p in self.page], "text": self.text,
        }


_UNIT_KIND_NUMBERS = {kind: n for n, kind in enumerate(UNIT_KINDS)}
