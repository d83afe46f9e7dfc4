"""The records that flow between the stages: ingest → segment → extract → export.

Every stage is a plain function over these pydantic models, so each stage can be run and
tested on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Literal, NamedTuple, TypeVar

from pydantic import BaseModel, ConfigDict, Field, InstanceOf, SkipValidation

from un_report.boxes import BBox as BBox  # re-exported: a character's box
from un_report.boxes import Boxes
from un_report.language import Language

Lang = str  # ISO 639-1 code (zh, en …); the registry in un_report.rules says which have rules
UnitKind = Literal["paragraph", "box", "footnote"]
FigureKind = Literal["count", "percent", "money", "year"]
FIGURE_KINDS: tuple[FigureKind, ...] = ("count", "percent", "money", "year")
Qualifier = Literal["exact", "over", "under", "approx"]
LineRole = Literal["body", "footnote", "box", "box_title", "heading", "exhibit"]  # exhibit: a table or chart set aside


class Line(BaseModel):
    """One line of a report as ingested, page furniture already removed.

    `role` is a layout hint that only the PDF reader can give (small type at the page
    bottom is a footnote, a framed panel is a box); text input leaves it None and the
    segmenter decides from the wording alone. `boxes`, when present, holds one BBox per
    character of `text` (None for characters the reader inserted, such as joining spaces),
    compactly (`un_report.boxes`).
    """

    model_config = ConfigDict(frozen=True)

    text: str
    page: int | None = None
    role: LineRole | None = None
    boxes: InstanceOf[Boxes] | None = None

    @classmethod
    def of(cls, text: str, page: int | None, role: LineRole | None, boxes: Boxes | None) -> Line:
        """A line from a reader's own typed values, not validated again (see `Figure.of`):
        a text of a hundred thousand lines is read back a line at a time (`LineTable`)."""
        return _record(cls, _LINE_FIELDS, {"text": text, "page": page, "role": role, "boxes": boxes})


class LineRow(NamedTuple):
    """A line's fields without the model, as the segmenter reads a text's hundred thousand
    lines (`LineTable.rows`): a tenth of a `Line`'s cost to make."""

    text: str
    page: int | None
    role: LineRole | None
    boxes: Boxes | None


LineLike = Line | LineRow  # what a stage that only reads a line's fields takes


class FrontMatter(BaseModel):
    """What the first page says of the document itself (the `documents` table's fields)."""

    symbols: list[str] = Field(default_factory=list)  # its own symbols, as printed, in order
    title: str = ""
    date: str = ""  # ISO 8601
    session: str = ""
    agenda: str = ""
    job: str = ""  # the print job number (25-07881)
    body_top: float | None = Field(default=None, exclude=True)  # page 1: where the masthead and title end


class Document(BaseModel):
    """A report after ingest: its body lines, its language, and what was read off the front
    matter (which segment never sees again)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    source: str  # the input file's name
    path: Path | None = None  # the input file, as given (error messages name it)
    report: str  # document symbol (A/80/1) or, failing that, the file stem
    language: InstanceOf[Language] = Field(exclude=True, repr=False)
    # the body, from the first chapter heading or paragraph on: a list of lines, or (text
    # input) a `columns.LineTable`, taken as given (its lines are the reader's own)
    lines: SkipValidation[Sequence[Line]]
    front: SkipValidation[Sequence[Line]] = Field(default_factory=list)  # cover, title page, table of contents
    meta: FrontMatter = Field(default_factory=FrontMatter)
    pages: int | None = None  # a PDF's pages; for text, the last printed page number

    @property
    def lang(self) -> Lang:
        return self.language.code


class Unit(BaseModel):
    """A numbered paragraph, a box (titled panel) or a footnote."""

    report: str
    source: str
    lang: Lang
    part: str = ""  # "" for the body; a part with numbering of its own: "annex I", "enclosure"
    para: str  # "12", "box-3", "fn-1", "u-2"
    kind: UnitKind
    number: int | None = None
    chapter: str = ""
    section: str = ""
    heading: str = ""
    title: str = ""
    page: int | None = None
    text: str
    # Per-character provenance aligned with `text` (page; PDF position), not exported.
    pages: list[int | None] | None = Field(default=None, exclude=True, repr=False)
    boxes: InstanceOf[Boxes] | None = Field(default=None, exclude=True, repr=False)

    @classmethod
    def of(cls, **fields: object) -> Unit:
        """A unit from the segmenter's own typed values, every field given, not validated
        again (see `Figure.of`)."""
        return _record(cls, _UNIT_FIELDS, fields)


class DocumentRow(BaseModel):
    """One input file, read or refused: the `documents` table's row (CONTRACT.md)."""

    source: str
    sha256: str
    status: Literal["read", "refused"]
    error: str = ""
    report: str
    symbol: str = ""  # the document's own symbols, "|"-separated
    lang: str = ""
    title: str = ""
    date: str = ""
    session: str = ""
    agenda: str = ""
    job: str = ""
    pages: int | None = None
    units: int = 0
    figures: int = 0
    coverage: float | None = None
    warnings: str = ""


class Figure(BaseModel):
    """One figure mentioned in a unit, with the evidence it was read from."""

    report: str
    source: str
    lang: Lang
    part: str = ""
    para: str
    kind: FigureKind
    value: Decimal | None  # exact until export; None for vague amounts (数百)
    unit: str = ""
    subject: str = ""
    qualifier: Qualifier = "exact"
    text: str
    start: int
    end: int
    page: int | None = None
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None
    # In how many editions read in one run (this one included) the same unit states a
    # figure of the same kind and value (`align.count_editions`); 1 until then.
    editions: int = 1

    @property
    def id(self) -> str:
        unit = f"{self.part}:{self.para}" if self.part else self.para
        return f"{self.report}:{self.lang}:{unit}:{self.start}"

    @classmethod
    def of(cls, **fields: object) -> Figure:
        """A figure from the extractor's own typed values, every field given, not validated
        again: a paragraph may hold a hundred thousand figures (built with validation, each
        took twice the time and, with its own set of the fields it was given, twice the
        memory)."""
        return _record(cls, _FIGURE_FIELDS, fields)


# Every figure and unit is built with all its fields (`Figure.of`, `Unit.of`): one set of
# their names serves all.
_FIGURE_FIELDS = set(Figure.model_fields)
_UNIT_FIELDS = set(Unit.model_fields)
_LINE_FIELDS = set(Line.model_fields)
M = TypeVar("M", bound=BaseModel)


def _record(cls: type[M], names: set[str], fields: dict[str, object]) -> M:
    """A model holding `fields` (all of its fields), stored as `model_construct` stores them,
    without its look at each field's default (eight times the cost: a table of a hundred
    thousand rows is read back a record at a time)."""
    record = cls.__new__(cls)
    object.__setattr__(record, "__dict__", fields)
    object.__setattr__(record, "__pydantic_fields_set__", names)
    object.__setattr__(record, "__pydantic_extra__", None)
    object.__setattr__(record, "__pydantic_private__", None)
    return record
