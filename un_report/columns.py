"""A report's units and figures in columns, from segment and extract to export.

A paragraph may hold a hundred thousand figures, and a text a hundred thousand paragraphs
and lines; as pydantic records each figure took about a kilobyte and ten microseconds to
build, each unit and line more. `FigureTable`, `UnitTable` and `LineTable` keep one typed
array per field (a number per row: offsets, page, kind, qualifier, editions), store each
distinct string and value once (`Pool`) and the strings of each row (a unit's text, a
line's) as a few long ones (`Strings`): about 40 bytes a figure, a few more than its text
a unit or a line, and as little to pickle between the workers, the store and the assembly.
Each is a sequence of records (`Figure`, `Unit`, `Line`), built when read, for the stages
that want records (align, review, tests); export builds its frames from the columns
(`columns()`), segment and extract read the columns they need.
"""

from __future__ import annotations

import copy
import math
from array import array
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Sequence
from decimal import Decimal
from itertools import accumulate
from typing import Generic, TypeVar, get_args, overload

from un_report.boxes import Boxes
from un_report.models import Figure, FigureKind, Line, LineRole, LineRow, Qualifier, Unit, UnitKind

T = TypeVar("T", bound=Hashable)
UNIT_KINDS: tuple[UnitKind, ...] = get_args(UnitKind)
LINE_ROLES: tuple[LineRole | None, ...] = (None, *get_args(LineRole))
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


class Strings(Sequence[str]):
    """A column of strings kept as a few long ones: every `BLOCK` strings appended are joined
    into one, with where each ends in it (a hundred thousand short strings as Python
    objects take some sixty bytes each beyond their characters; here four)."""

    BLOCK = 512

    def __init__(self, values: Iterable[str] = ()) -> None:
        self.blocks: list[str] = []
        self.ends = array("I")  # each string's end in its block, for the strings of `blocks`
        self.tail: list[str] = []  # the strings of the block being filled
        for value in values:
            self.append(value)

    def append(self, value: str) -> None:
        tail = self.tail
        tail.append(value)
        if len(tail) == self.BLOCK:
            self.blocks.append("".join(tail))
            self.ends.extend(accumulate(map(len, tail)))
            self.tail = []

    def __len__(self) -> int:
        return len(self.ends) + len(self.tail)

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        ends = self.ends
        if i < 0:
            i += len(self)
            if i < 0:
                raise IndexError(i - len(self))
        block, k = divmod(i, self.BLOCK)
        if block < len(self.blocks):
            return self.blocks[block][ends[i - 1] if k else 0 : ends[i]]
        return self.tail[k]  # an IndexError past the end

    def __iter__(self) -> Iterator[str]:
        ends, size = self.ends, self.BLOCK
        for b, block in enumerate(self.blocks):
            start = 0
            for end in ends[b * size : (b + 1) * size]:
                yield block[start:end]
                start = end
        yield from self.tail

    def chunks(self) -> Iterator[str]:
        """The strings run together in a few long ones (each block, then the last few)."""
        yield from self.blocks
        yield from self.tail

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Strings | list):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]


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
        self.append_read(where, self.reading_number(kind, value, unit, subject, qualifier, text), start, end, page,
                         box, editions)

    def reading_number(
        self, kind: FigureKind, value: Decimal | None, unit: str, subject: str, qualifier: Qualifier, text: str
    ) -> int:
        """The number of what a figure reads in the table, for `append_read`."""
        return self.readings.number((kind, None if value is None else str(value), unit, subject, qualifier, text))

    def append_read(
        self, where: int, reading: int, start: int, end: int, page: int | None,
        box: tuple[float | None, float | None, float | None, float | None], editions: int = 1,
    ) -> None:
        """Append a figure of the unit numbered `where` that reads what `reading` numbers
        (`reading_number`)."""
        self.where.append(where)
        self.reading.append(reading)
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


Context = tuple[str, str, str, str, str, str, str, str]  # report, source, lang, part, chapter, section, heading, title


class UnitTable(RecordTable[Unit]):
    """The units of one report, a column per field: where each stands (report, part,
    chapter, section, heading, title: one number for the lot, most recur), its kind, number
    and page, its para and text (`Strings`); the per-character pages and boxes of the units
    that have them (PDF input) kept beside, by position."""

    noun = "units"

    def __init__(self, units: Iterable[Unit] = ()) -> None:
        self.contexts: Pool[Context] = Pool()
        self.context = array("i")
        self.kind, self.number, self.page = array("B"), array("i"), array("i")
        self.para = Strings()
        self.text = Strings()
        self.pages: dict[int, list[int | None]] = {}
        self.boxes: dict[int, Boxes] = {}
        for unit in units:
            self.append(unit)

    def append(self, unit: Unit) -> None:
        u = unit
        self.add(u.report, u.source, u.lang, u.part, u.para, u.kind, u.number, u.chapter, u.section, u.heading,
                 u.title, u.page, u.text, u.pages, u.boxes)

    def add(
        self, report: str, source: str, lang: str, part: str, para: str, kind: UnitKind, number: int | None,
        chapter: str, section: str, heading: str, title: str, page: int | None, text: str,
        pages: list[int | None] | None = None, boxes: Boxes | None = None,
    ) -> None:
        """Append a unit given by its fields (`Unit`'s), without building it."""
        self.context.append(self.contexts.number((report, source, lang, part, chapter, section, heading, title)))
        self.kind.append(_UNIT_KIND_NUMBERS[kind])
        self.number.append(NO_NUMBER if number is None else number)
        self.page.append(NO_NUMBER if page is None else page)
        self.para.append(para)
        self.text.append(text)
        if pages is not None:
            self.pages[len(self.kind) - 1] = pages
        if boxes is not None:
            self.boxes[len(self.kind) - 1] = boxes

    def __len__(self) -> int:
        return len(self.kind)

    def _record(self, i: int) -> Unit:
        report, source, lang, part, chapter, section, heading, title = self.contexts.values[self.context[i]]
        return Unit.of(
            report=report, source=source, lang=lang, part=part, para=self.para[i],
            kind=UNIT_KINDS[self.kind[i]], number=None if self.number[i] == NO_NUMBER else self.number[i],
            chapter=chapter, section=section, heading=heading,
            title=title, page=None if self.page[i] == NO_NUMBER else self.page[i],
            text=self.text[i], pages=self.pages.get(i), boxes=self.boxes.get(i),
        )

    def where(self, i: int) -> Where:
        """Unit `i`'s report, source, lang, part and para (what a figure of it carries)."""
        report, source, lang, part = self.contexts.values[self.context[i]][:4]
        return report, source, lang, part, self.para[i]

    def part_of(self, i: int) -> str:
        return self.contexts.values[self.context[i]][3]

    def headings_of(self, i: int) -> tuple[str, str, str]:
        """Unit `i`'s chapter, section and heading."""
        return self.contexts.values[self.context[i]][4:7]

    def set_headings(self, i: int, chapter: str, section: str, heading: str) -> None:
        """Give unit `i` another chapter, section and heading."""
        c = self.contexts.values[self.context[i]]
        self.context[i] = self.contexts.number((*c[:4], chapter, section, heading, c[7]))

    def headings(self) -> set[str]:
        """The chapters, sections, headings and titles the units carry, each once."""
        return {h for n in set(self.context) for h in self.contexts.values[n][4:]} - {""}

    def without_provenance(self) -> UnitTable:
        """The same units without their per-character pages and boxes (which no table holds)."""
        lean = copy.copy(self)
        lean.pages, lean.boxes = {}, {}
        return lean

    def columns(self) -> dict[str, Sequence[object]]:
        """The paragraphs table's columns (export.PARAGRAPH_COLUMNS), a list of values each."""
        contexts = [self.contexts.values[c] for c in self.context]
        return {
            "report": [c[0] for c in contexts], "source": [c[1] for c in contexts], "lang": [c[2] for c in contexts],
            "part": [c[3] for c in contexts], "para": list(self.para), "kind": [UNIT_KINDS[k] for k in self.kind],
            "number": [None if n == NO_NUMBER else n for n in self.number],
            "chapter": [c[4] for c in contexts], "section": [c[5] for c in contexts],
            "heading": [c[6] for c in contexts], "title": [c[7] for c in contexts],
            "page": [None if p == NO_NUMBER else p for p in self.page], "text": list(self.text),
        }


class LineTable(RecordTable[Line]):
    """A document's lines, a column per field: text (`Strings`), page and role; the
    per-character boxes of the lines that have them kept beside, by position. A slice is a
    view of the same columns (a document's body and front matter), not a copy."""

    noun = "lines"

    def __init__(self, lines: Iterable[Line] = ()) -> None:
        self.text = Strings()
        self.page, self.role = array("i"), array("B")
        self.boxes: dict[int, Boxes] = {}
        self.lo, self.hi = 0, 0  # the rows of the columns this table shows
        for line in lines:
            self.add(line.text, line.page, line.role, line.boxes)

    @classmethod
    def of_columns(cls, text: Strings, pages: Sequence[int | None]) -> LineTable:
        """The lines of a text (no roles, no boxes): their texts and pages, taken as given."""
        if len(pages) != len(text):
            raise ValueError(f"{len(pages)} pages for {len(text)} lines")
        table = cls()
        table.text, table.hi = text, len(text)
        table.page = array("i", [NO_NUMBER if p is None else p for p in pages])
        table.role = array("B", bytes(len(text)))
        return table

    def add(self, text: str, page: int | None = None, role: LineRole | None = None, boxes: Boxes | None = None) -> None:
        """Append a line given by its fields (a table that is no slice of another)."""
        if self.lo or self.hi != len(self.page):
            raise ValueError("a slice of a LineTable takes no lines")
        if boxes is not None:
            self.boxes[self.hi] = boxes
        self.text.append(text)
        self.page.append(NO_NUMBER if page is None else page)
        self.role.append(_LINE_ROLE_NUMBERS[role])
        self.hi += 1

    def __len__(self) -> int:
        return self.hi - self.lo

    @overload  # type: ignore[override]
    def __getitem__(self, i: int) -> Line: ...
    @overload
    def __getitem__(self, i: slice) -> LineTable: ...
    def __getitem__(self, i: int | slice) -> Line | LineTable:
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            if step != 1:
                raise ValueError("a LineTable is sliced with step 1")
            view = copy.copy(self)
            view.lo, view.hi = self.lo + start, self.lo + max(start, stop)
            return view
        return super().__getitem__(i)

    def _record(self, i: int) -> Line:
        i += self.lo
        page = self.page[i]
        return Line.of(self.text[i], None if page == NO_NUMBER else page, LINE_ROLES[self.role[i]], self.boxes.get(i))

    def __iter__(self) -> Iterator[Line]:
        of = Line.of
        return (of(*row) for row in self.rows())

    def rows(self) -> Iterator[LineRow]:
        """The lines' fields, in order, without building a `Line` for each."""
        boxes, pages, roles = self.boxes, self.page, self.role
        for i, text in enumerate(self.texts(), self.lo):
            page = pages[i]
            box = boxes.get(i) if boxes else None
            yield LineRow(text, None if page == NO_NUMBER else page, LINE_ROLES[roles[i]], box)

    def chunks(self) -> Iterator[str]:
        """The lines' texts run together in a few long strings (what a count over every
        character needs, without a string per line)."""
        return self.text.chunks() if self._whole() else self.texts()

    def texts(self) -> Iterator[str]:
        """Each line's text, in order (without building the lines)."""
        return iter(self.text) if self._whole() else (self.text[i] for i in range(self.lo, self.hi))

    def _whole(self) -> bool:
        """Whether the table shows all rows of its columns (it is no slice of a longer one)."""
        return self.lo == 0 and self.hi == len(self.text)

    def roles(self) -> Iterator[LineRole | None]:
        return (LINE_ROLES[r] for r in self.role[self.lo : self.hi])

    def last_page(self) -> int | None:
        """The highest page of any line, None if none has one."""
        return max((p for p in self.page[self.lo : self.hi] if p != NO_NUMBER), default=None)


def line_chunks(lines: Sequence[Line]) -> Iterator[str]:
    """The texts of `lines` run together in a few long strings (a `LineTable`'s blocks), for
    what adds up over them (a count of characters)."""
    return lines.chunks() if isinstance(lines, LineTable) else (line.text for line in lines)


def line_texts(lines: Sequence[Line]) -> Iterator[str]:
    """The texts of `lines` (a `LineTable` reads them off its column)."""
    return lines.texts() if isinstance(lines, LineTable) else (line.text for line in lines)


def last_page(lines: Sequence[Line]) -> int | None:
    """The highest page of any of `lines`, None if none has one."""
    if isinstance(lines, LineTable):
        return lines.last_page()
    return max((line.page for line in lines if line.page is not None), default=None)


_UNIT_KIND_NUMBERS = {kind: n for n, kind in enumerate(UNIT_KINDS)}
_LINE_ROLE_NUMBERS = {role: n for n, role in enumerate(LINE_ROLES)}
