"""Typeset a Chinese UN Secretary-General report as UN-style A4 PDFs (reader test fixtures).

Input is the report as plain text extracted from a PDF (e.g. ``data/raw/A_80_1_zh.txt``),
with its artefacts: page footers such as ``25-07881 5/24``, spaces left by line wraps
between CJK characters, paragraphs split by a page break or a footnote line. A small parser
(this is a fixture generator, not product code) turns it into blocks, and reportlab
typesets them twice, in two layouts that differ in font, size, margins, running-header
side and box style.

Drawing methods a PDF reader will meet (no coordinates are promised, only the methods):

* every text line is ONE text object; CJK lines are justified with character spacing
  (``Tc``), never by stretching spaces; headings are "bold" by text render mode 2
  (fill + stroke) and a larger size;
* a numbered paragraph's number is a separate string at the frame's left edge, the text
  starts at the number indent (a hanging number);
* a footnote marker in running text is a real superscript: the digit (``1``, not ``¹``) in
  a smaller size with a raised baseline (``Ts``); the footnote itself sits at the bottom of
  the page where the marker is drawn, in small type, under a short rule;
* a box is a panel: a stroked rectangle (layout A) or a grey filled rectangle with no
  frame (layout B), a title line in bold, the body in a smaller size; a box or a paragraph
  that does not fit is split across pages;
* page furniture: the document symbol as running header and the job number and ``n/N``
  page number in the footer, on alternating sides; a table of contents with dotted leaders.

Usage::

    python scripts/typeset_zh_pdf.py data/raw/A_80_1_zh.txt --out tests/fixtures/pdf/ [--check]

Output is deterministic (reportlab ``invariant=1``): rebuilding gives identical bytes.
"""

from __future__ import annotations

import argparse
import io
import itertools
import os
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal, TypeVar

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

# --------------------------------------------------------------------------------------
# Language and format knowledge (data, not code)
# --------------------------------------------------------------------------------------

#: Superscript footnote markers as they appear in the extracted text, and their number.
SUPERSCRIPT_DIGITS: dict[str, int] = {
    "¹": 1,
    "²": 2,
    "³": 3,
    "⁴": 4,
    "⁵": 5,
    "⁶": 6,
    "⁷": 7,
    "⁸": 8,
    "⁹": 9,
}
#: Characters that count as CJK when removing wrap spaces between two of them.
CJK_CLASS = r"\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
#: Characters after which a sentence (and so a paragraph) may end.
SENTENCE_END = "。！？"
#: Closing characters that may follow the sentence end (quotes, brackets, markers).
SENTENCE_TRAILERS = "”’）」』》" + "".join(SUPERSCRIPT_DIGITS)
#: Characters that must not start a line (kinsoku): closing punctuation.
NO_LINE_START = "。，、；：？！）》」』】〕〉”’…—%,.;:?!)]}"
#: Characters that must not end a line: opening punctuation.
NO_LINE_END = "《（「『【〔〈“‘([{"
#: Non-CJK characters that may be broken around like CJK (dashes, quotes, ellipsis).
CJK_LIKE = "—“”‘’…·•"
#: Longest line (in characters) that can still be a heading or a box title.
HEADING_MAX_CHARS = 40

LINE_PATTERNS: dict[str, re.Pattern[str]] = {
    # page footer: job number, then an optional "n/N" page number or the cover's "(C) ..."
    "footer": re.compile(r"^\d{2}-\d{5}(?:\s+\d+/\d+|\s+\(C\).*)?$"),
    # bare page number left over on a front-matter page, e.g. "3/24"
    "page_number": re.compile(r"^\d+/\d+$"),
    # chapter line, e.g. "第一章"; the numeral is used in the table of contents
    "chapter": re.compile(r"^第(?P<numeral>[一二三四五六七八九十]+)章$"),
    # section line, e.g. "A. 促进持续经济增长和可持续发展"
    "section": re.compile(r"^(?P<letter>[A-Z])\.\s*(?P<title>\S.*)$"),
    # numbered paragraph, optionally with a list dash: "- 1. text" or "18. text"
    "paragraph": re.compile(r"^(?:-\s+)?(?P<number>\d{1,3})\.\s*(?P<text>\S.*)$"),
    # footnote line: a superscript marker then the note
    "footnote": re.compile(r"^(?P<marker>[" + "".join(SUPERSCRIPT_DIGITS) + r"])\s*(?P<text>\S.*)$"),
}
FRONT_PATTERNS: dict[str, re.Pattern[str]] = {
    # official-records line, e.g. "大会正式记录第八十届会议补编第 1 号" (after space clean-up)
    "records": re.compile(
        r"^(?P<organ>大会)\s*(?P<records>正式记录)\s*(?P<session>第\S+届会议)\s*(?P<supplement>补编第\s*\d+\s*号)$"
    ),
    # imprint, e.g. "联合国 • 2025年, 纽约"
    "imprint": re.compile(r"^联合国\s*•.*纽约$"),
    # date of the report, e.g. "[2025年7月18日]"
    "date": re.compile(r"^\[.+\]$"),
}
NOTE_HEADING = "说明"
TOC_HEADING = "目录"
TOC_COLUMN_HEADS = ("章次", "页次")
#: Suffix of the input file's stem naming the language, e.g. "A_80_1_zh" -> "A/80/1".
LANGUAGE_SUFFIX = re.compile(r"_(?:zh|ar|en|es|fr|ru)$")

# --------------------------------------------------------------------------------------
# Parsed report
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Chapter:
    """A chapter: its line as written (``第一章``), numeral (``一``) and title."""

    label: str
    numeral: str
    title: str


@dataclass(frozen=True)
class Section:
    """A lettered section, e.g. ``A.`` and its title."""

    letter: str
    title: str


@dataclass(frozen=True)
class SubHeading:
    """A short unnumbered heading such as ``背景``."""

    text: str


@dataclass
class NumberedParagraph:
    """A numbered paragraph; ``text`` keeps footnote markers as superscript digits."""

    number: int
    text: str


@dataclass
class Box:
    """A titled panel with one unnumbered paragraph."""

    title: str
    text: str


@dataclass(frozen=True)
class Footnote:
    """A footnote: its number and text."""

    number: int
    text: str


Block = Chapter | Section | SubHeading | NumberedParagraph | Box


@dataclass(frozen=True)
class FrontMatter:
    """Cover and note-page text."""

    title: str
    records: tuple[str, ...]
    imprint: str
    note: str
    date: str


@dataclass(frozen=True)
class Report:
    """A whole report as parsed from its extracted text."""

    symbol: str
    job_number: str
    front: FrontMatter
    blocks: tuple[Block, ...]
    footnotes: tuple[Footnote, ...]


# --------------------------------------------------------------------------------------
# Parser
# --------------------------------------------------------------------------------------

_CJK_SPACE = re.compile(rf"(?<=[{CJK_CLASS}])[ \t\u3000]+(?=[{CJK_CLASS}])")
_INNER_SPACE = re.compile(r"[ \t]+")


def clean_line(line: str) -> str:
    """Strip a line, collapse runs of spaces and drop spaces between two CJK characters."""
    return _CJK_SPACE.sub("", _INNER_SPACE.sub(" ", line.strip()))


def symbol_from_path(path: Path) -> str:
    """Derive the document symbol from a file name: ``A_80_1_zh.txt`` -> ``A/80/1``."""
    return LANGUAGE_SUFFIX.sub("", path.stem).replace("_", "/")


def ends_sentence(text: str) -> bool:
    """Tell whether text ends a sentence (``。`` etc., possibly followed by a quote/marker)."""
    return text.rstrip(SENTENCE_TRAILERS)[-1:] in tuple(SENTENCE_END)


def is_furniture(line: str) -> bool:
    """Tell whether a line is a page footer or a bare page number."""
    return bool(LINE_PATTERNS["footer"].match(line) or LINE_PATTERNS["page_number"].match(line))


def is_heading_like(line: str) -> bool:
    """Tell whether an unnumbered line is short enough, and unpunctuated, to be a heading."""
    return len(line) <= HEADING_MAX_CHARS and not ends_sentence(line)


def is_structural(line: str) -> bool:
    """Tell whether a line starts a chapter, section, numbered paragraph or footnote."""
    return any(LINE_PATTERNS[k].match(line) for k in ("chapter", "section", "paragraph", "footnote"))


def find_job_number(lines: Sequence[str]) -> str:
    """Return the job number (``25-07881``) of the page footers."""
    for line in lines:
        if LINE_PATTERNS["footer"].match(line):
            return line.split()[0]
    raise ValueError("no page footer like '25-07881 5/24' found: cannot tell the job number")


def parse_front_matter(lines: Sequence[str]) -> FrontMatter:
    """Read the title, official-records line, imprint, note and date before chapter one."""
    content = [line for line in lines if line and not is_furniture(line)]
    if not content:
        raise ValueError("no front matter before the first chapter line (第一章)")
    records = next((m for m in map(FRONT_PATTERNS["records"].match, content) if m), None)
    imprint = next((line for line in content if FRONT_PATTERNS["imprint"].match(line)), None)
    date = next((line for line in content if FRONT_PATTERNS["date"].match(line)), None)
    if NOTE_HEADING not in content:
        raise ValueError(f"front matter has no note heading {NOTE_HEADING!r}")
    note = content[content.index(NOTE_HEADING) + 1]
    if records is None or imprint is None or date is None:
        raise ValueError("front matter lacks the 大会正式记录 line, the imprint or the [date] line")
    parts = tuple(records.group(k) for k in ("organ", "records", "session", "supplement"))
    return FrontMatter(title=content[0], records=parts, imprint=imprint, note=note, date=date)


@dataclass
class _BodyState:
    """Mutable state of the body parser."""

    blocks: list[Block] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    after_footnote: bool = False


def _continues(state: _BodyState, line: str) -> bool:
    """Tell whether an unnumbered line continues the last paragraph or box.

    It does when the last one did not end its sentence (a page break cut it), or when a
    footnote line stands between them and the line is not heading-like.
    """
    last = state.blocks[-1] if state.blocks else None
    if not isinstance(last, NumberedParagraph | Box):
        return False
    if not ends_sentence(last.text):
        return True
    return state.after_footnote and not is_heading_like(line)


def _parse_unnumbered(state: _BodyState, lines: Sequence[str], i: int) -> int:
    """Classify the unnumbered line ``lines[i]``; return the index of the next line."""
    line = lines[i]
    if _continues(state, line):
        last = state.blocks[-1]
        assert isinstance(last, NumberedParagraph | Box)
        last.text = clean_line(last.text + line)
        return i + 1
    following = lines[i + 1] if i + 1 < len(lines) else ""
    if (
        is_heading_like(line)
        and following
        and not is_structural(following)
        and not is_heading_like(following)
    ):
        state.blocks.append(Box(title=line, text=following))
        return i + 2
    if not is_heading_like(line):
        raise ValueError(f"line {line[:30]!r}... is neither a heading nor a continuation")
    state.blocks.append(SubHeading(line))
    return i + 1


def _parse_line(state: _BodyState, lines: Sequence[str], i: int) -> int:
    """Parse the body line ``lines[i]`` into ``state``; return the index of the next line."""
    line = lines[i]
    if m := LINE_PATTERNS["chapter"].match(line):
        state.blocks.append(Chapter(label=line, numeral=m["numeral"], title=lines[i + 1]))
        return i + 2
    if m := LINE_PATTERNS["section"].match(line):
        state.blocks.append(Section(letter=m["letter"], title=m["title"]))
        return i + 1
    if m := LINE_PATTERNS["paragraph"].match(line):
        state.blocks.append(NumberedParagraph(number=int(m["number"]), text=m["text"]))
        return i + 1
    if m := LINE_PATTERNS["footnote"].match(line):
        state.footnotes.append(Footnote(number=SUPERSCRIPT_DIGITS[m["marker"]], text=m["text"]))
        return i + 1
    return _parse_unnumbered(state, lines, i)


def parse_body(lines: Sequence[str]) -> tuple[list[Block], list[Footnote]]:
    """Parse the body lines (from the first chapter on) into blocks and footnotes."""
    content = [line for line in lines if line and not is_furniture(line)]
    state = _BodyState()
    i = 0
    while i < len(content):
        is_footnote = bool(LINE_PATTERNS["footnote"].match(content[i]))
        i = _parse_line(state, content, i)
        state.after_footnote = is_footnote
    return state.blocks, state.footnotes


def check_report(report: Report) -> None:
    """Raise ValueError unless paragraphs number 1..n and every footnote is cited once."""
    numbers = [b.number for b in report.blocks if isinstance(b, NumberedParagraph)]
    if numbers != list(range(1, len(numbers) + 1)):
        gaps = [n for n, m in itertools.pairwise(numbers) if m != n + 1]
        raise ValueError(f"paragraph numbers do not rise by one after {gaps[:5]}: check the parser rules")
    texts = "".join(b.text for b in report.blocks if isinstance(b, NumberedParagraph | Box))
    markers = {v: k for k, v in SUPERSCRIPT_DIGITS.items()}
    for note in report.footnotes:
        if texts.count(markers[note.number]) != 1:
            raise ValueError(f"footnote {note.number} is not cited exactly once in the running text")


def parse_report(text: str, symbol: str) -> Report:
    """Parse an extracted report text into a Report."""
    lines = [clean_line(line) for line in text.splitlines()]
    start = next((i for i, line in enumerate(lines) if LINE_PATTERNS["chapter"].match(line)), None)
    if start is None:
        raise ValueError("no chapter line such as 第一章 found: is this a SG report text?")
    blocks, footnotes = parse_body(lines[start:])
    report = Report(
        symbol=symbol,
        job_number=find_job_number(lines),
        front=parse_front_matter(lines[:start]),
        blocks=tuple(blocks),
        footnotes=tuple(footnotes),
    )
    check_report(report)
    return report


_DC = TypeVar("_DC", bound=Any)

# --------------------------------------------------------------------------------------
# Layouts and fonts
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FontSpec:
    """A font: reportlab name, kind, where a TTF may be found and how to install it."""

    name: str
    kind: Literal["cid", "ttf"]
    paths: tuple[str, ...] = ()
    subfont_index: int = 0
    install_hint: str = ""
    substitutions: tuple[tuple[str, str], ...] = ()  # characters the font cannot round-trip


#: STSong-Light draws U+2022 but pdfminer cannot map it back; U+30FB reads back as U+00B7.
STSONG = FontSpec(name="STSong-Light", kind="cid", substitutions=(("•", "・"),))
WQY_MICROHEI = FontSpec(
    name="WenQuanYiMicroHei",
    kind="ttf",
    paths=(
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    ),
    install_hint="Debian/Ubuntu: apt-get install fonts-wqy-microhei (or set UN_REPORT_ZH_TTF=/path/font.ttc)",
)
#: Environment variable that names a TrueType CJK font file to use instead of the default.
FONT_ENV = "UN_REPORT_ZH_TTF"


@dataclass(frozen=True)
class TextStyle:
    """How one kind of text is set: size, leading, bold (render mode 2), justification."""

    size: float
    leading: float
    bold: bool = False
    justify: bool = True
    space_before: float = 0.0
    space_after: float = 0.0


@dataclass(frozen=True)
class Layout:
    """One page design. Lengths are in points."""

    name: str
    font: FontSpec
    margins: tuple[float, float, float, float]  # left, right, top, bottom
    number_indent: float  # paragraph text starts here; the number hangs at 0
    header_odd_side: Literal["left", "right"]  # running header side on odd pages
    box_style: Literal["framed", "shaded"]
    body: TextStyle
    box: TextStyle
    box_title: TextStyle
    footnote: TextStyle
    chapter: TextStyle
    section: TextStyle
    subheading: TextStyle
    furniture_size: float


LAYOUT_A = Layout(
    name="a",
    font=STSONG,
    margins=(24 * mm, 24 * mm, 25 * mm, 25 * mm),
    number_indent=10 * mm,
    header_odd_side="right",
    box_style="framed",
    body=TextStyle(10.5, 17, space_after=6),
    box=TextStyle(9, 14),
    box_title=TextStyle(9.5, 14, bold=True, justify=False, space_after=3),
    footnote=TextStyle(8, 11),
    chapter=TextStyle(14, 20, bold=True, justify=False, space_before=12, space_after=2),
    section=TextStyle(12, 18, bold=True, justify=False, space_before=10, space_after=6),
    subheading=TextStyle(11, 17, bold=True, justify=False, space_before=4, space_after=4),
    furniture_size=9,
)
LAYOUT_B = Layout(
    name="b",
    font=WQY_MICROHEI,
    margins=(32 * mm, 20 * mm, 20 * mm, 22 * mm),
    number_indent=12 * mm,
    header_odd_side="left",
    box_style="shaded",
    body=TextStyle(10, 15.5, space_after=5),
    box=TextStyle(8.5, 13),
    box_title=TextStyle(9.5, 14, bold=True, justify=False, space_after=3),
    footnote=TextStyle(7.5, 10.5),
    chapter=TextStyle(15, 21, bold=True, justify=False, space_before=14, space_after=2),
    section=TextStyle(12.5, 18, bold=True, justify=False, space_before=10, space_after=6),
    subheading=TextStyle(10.5, 16, bold=True, justify=False, space_before=4, space_after=3),
    furniture_size=8.5,
)
LAYOUTS: dict[str, Layout] = {layout.name: layout for layout in (LAYOUT_A, LAYOUT_B)}

PAGE_WIDTH, PAGE_HEIGHT = A4
SUPERSCRIPT_SIZE_RATIO = 0.62  # superscript size / text size
SUPERSCRIPT_RISE_RATIO = 0.38  # baseline rise / text size
BASELINE_DROP_RATIO = 0.86  # first baseline below a line slot's top, / size, plus half the slack
MAX_CHAR_SPACE_RATIO = 0.15  # cap of justification spacing per glyph / size (keeps extraction clean)
BOLD_STROKE_RATIO = 0.035  # stroke width of fake bold / size
MIN_LINES_PER_PART = 2  # orphans and widows: fewest lines of a paragraph part
BOX_PADDING = 6.0
BOX_FRAME_WIDTH = 0.75
BOX_SHADE = Color(0.86, 0.86, 0.86)
BOX_SPACE = 8.0  # space above and below a box
FOOTNOTE_RULE_LENGTH = 30 * mm
FOOTNOTE_RULE_WIDTH = 0.5
FOOTNOTE_GAP = 10.0  # between the body frame and the footnote rule
FOOTNOTE_RULE_GAP = 4.0  # between the rule and the first footnote
HEADER_RAISE = 12.0  # header baseline above the body frame top
FOOTER_DROP = 20.0  # footer baseline below the body frame bottom
TOC_LEADER = "."
TOC_LEADER_GAP = 4.0
MAX_PASSES = 8
COVER_JOB_SUFFIX = " (C)"
PDF_AUTHOR = "United Nations (fixture typeset by un-report)"


def _find_ttf(spec: FontSpec) -> str:
    """Return the TTF/TTC path of ``spec``, or raise with an installation hint."""
    override = os.environ.get(FONT_ENV)
    for path in ((override,) if override else ()) + spec.paths:
        if path and Path(path).is_file():
            return path
    raise FileNotFoundError(
        f"font {spec.name} not found (tried {', '.join(spec.paths)}). {spec.install_hint}"
    )


def _translate(value: object, table: dict[int, str]) -> object:
    """Translate a string, a tuple of strings, or leave anything else alone."""
    if isinstance(value, str):
        return value.translate(table)
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return tuple(v.translate(table) for v in value)
    return value


def _translate_fields(item: _DC, table: dict[int, str]) -> _DC:
    """Copy a dataclass with its string fields translated."""
    return replace(item, **{f.name: _translate(getattr(item, f.name), table) for f in fields(item)})


def adapt_to_font(report: Report, spec: FontSpec) -> Report:
    """Replace characters the font cannot round-trip through text extraction."""
    if not spec.substitutions:
        return report
    table = str.maketrans(dict(spec.substitutions))
    return replace(
        report,
        front=_translate_fields(report.front, table),
        blocks=tuple(_translate_fields(b, table) for b in report.blocks),
        footnotes=tuple(_translate_fields(n, table) for n in report.footnotes),
    )


def register_font(spec: FontSpec) -> str:
    """Register the font with reportlab (once) and return its name."""
    if spec.name in pdfmetrics.getRegisteredFontNames():
        return spec.name
    if spec.kind == "cid":
        pdfmetrics.registerFont(UnicodeCIDFont(spec.name))
    else:
        pdfmetrics.registerFont(TTFont(spec.name, _find_ttf(spec), subfontIndex=spec.subfont_index))
    return spec.name


# --------------------------------------------------------------------------------------
# CJK line breaking and drawing
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """A stretch of text, normal or superscript."""

    text: str
    superscript: bool = False


@dataclass(frozen=True)
class Atom:
    """An unbreakable piece: one CJK character, a Latin word, a space or a superscript."""

    text: str
    superscript: bool
    width: float

    @property
    def is_space(self) -> bool:
        """Tell whether the atom is a breakable space."""
        return self.text == " "


@dataclass(frozen=True)
class Line:
    """One typeset line: its atoms and natural width."""

    atoms: tuple[Atom, ...]
    width: float


_ATOM_RE = re.compile(rf"[{CJK_CLASS}{re.escape(CJK_LIKE)}]| |[^ {CJK_CLASS}{re.escape(CJK_LIKE)}]+")
_CJK_OR_LIKE = re.compile(rf"[{CJK_CLASS}{re.escape(CJK_LIKE)}]")


def split_runs(text: str) -> list[Run]:
    """Split text at superscript footnote markers: ``丧生。²`` -> ``丧生。`` + super ``2``."""
    runs: list[Run] = []
    for piece in re.split(f"([{''.join(SUPERSCRIPT_DIGITS)}])", text):
        if piece in SUPERSCRIPT_DIGITS:
            runs.append(Run(str(SUPERSCRIPT_DIGITS[piece]), superscript=True))
        elif piece:
            runs.append(Run(piece))
    return runs


def make_atoms(runs: Sequence[Run], font: str, size: float) -> list[Atom]:
    """Cut runs into atoms and measure them."""
    atoms: list[Atom] = []
    for run in runs:
        run_size = size * SUPERSCRIPT_SIZE_RATIO if run.superscript else size
        pieces = [run.text] if run.superscript else _ATOM_RE.findall(run.text)
        atoms.extend(Atom(p, run.superscript, pdfmetrics.stringWidth(p, font, run_size)) for p in pieces)
    return atoms


def _may_break_before(prev: Atom, atom: Atom) -> bool:
    """Tell whether a line may break between ``prev`` and ``atom``."""
    if atom.superscript or atom.text[0] in NO_LINE_START or prev.text[-1] in NO_LINE_END:
        return False
    if atom.is_space or prev.is_space:
        return True
    return bool(_CJK_OR_LIKE.match(prev.text[-1]) or _CJK_OR_LIKE.match(atom.text[0]))


def chunk_atoms(atoms: Sequence[Atom]) -> list[list[Atom]]:
    """Group atoms into chunks between which a line may break."""
    chunks: list[list[Atom]] = []
    for i, atom in enumerate(atoms):
        if i and not _may_break_before(atoms[i - 1], atom):
            chunks[-1].append(atom)
        else:
            chunks.append([atom])
    return chunks


def _make_line(atoms: list[Atom]) -> Line:
    """Make a line, trimming spaces at both ends."""
    while atoms and atoms[-1].is_space:
        atoms.pop()
    while atoms and atoms[0].is_space:
        atoms.pop(0)
    return Line(tuple(atoms), sum(a.width for a in atoms))


def break_lines(atoms: Sequence[Atom], width: float) -> list[Line]:
    """Greedily fill lines of ``width`` points with chunks of atoms."""
    lines: list[Line] = []
    current: list[Atom] = []
    used = 0.0
    for chunk in chunk_atoms(atoms):
        chunk_width = sum(a.width for a in chunk)
        if current and used + chunk_width > width + 1e-6:
            lines.append(_make_line(current))
            current, used = [], 0.0
            if chunk[0].is_space:
                continue
        current.extend(chunk)
        used += chunk_width
    if current:
        lines.append(_make_line(current))
    return [line for line in lines if line.atoms]


def glyph_count(line: Line) -> int:
    """Count the glyphs of a line (character spacing applies per glyph)."""
    return sum(len(a.text) for a in line.atoms)


def justify_spacing(line: Line, width: float, size: float) -> float:
    """Return the character spacing that makes ``line`` fill ``width``, capped."""
    gaps = glyph_count(line) - 1
    if gaps <= 0 or line.width >= width:
        return 0.0
    return min((width - line.width) / gaps, MAX_CHAR_SPACE_RATIO * size)


def segments(line: Line) -> Iterator[Run]:
    """Merge a line's atoms into runs of the same kind (normal / superscript)."""
    text, sup = "", False
    for atom in line.atoms:
        if text and atom.superscript != sup:
            yield Run(text, sup)
            text = ""
        text, sup = text + atom.text, atom.superscript
    if text:
        yield Run(text, sup)


def draw_line(
    canv: Canvas, x: float, y: float, line: Line, font: str, style: TextStyle, spacing: float
) -> None:
    """Draw one line as a single text object, superscripts smaller and raised."""
    canv.saveState()
    text = canv.beginText(x, y)
    if style.bold:
        canv.setLineWidth(style.size * BOLD_STROKE_RATIO)
        text.setTextRenderMode(2)
    text.setCharSpace(spacing)
    for run in segments(line):
        size = style.size * SUPERSCRIPT_SIZE_RATIO if run.superscript else style.size
        text.setFont(font, size)
        text.setRise(style.size * SUPERSCRIPT_RISE_RATIO if run.superscript else 0)
        text.textOut(run.text)
    canv.drawText(text)
    canv.restoreState()


# --------------------------------------------------------------------------------------
# Page recording (for the table of contents, footnote placement and n/N)
# --------------------------------------------------------------------------------------


@dataclass
class PageRecorder:
    """Collects, while a pass draws, the page of each heading and footnote marker."""

    headings: dict[str, int] = field(default_factory=dict)
    markers: dict[int, int] = field(default_factory=dict)

    def heading(self, key: str, page: int) -> None:
        """Record the page of a table-of-contents heading."""
        self.headings.setdefault(key, page)

    def marker(self, number: int, page: int) -> None:
        """Record the page where footnote marker ``number`` is drawn."""
        self.markers[number] = page


# --------------------------------------------------------------------------------------
# Flowables
# --------------------------------------------------------------------------------------


class CjkParagraph(Flowable):  # type: ignore[misc]
    """A CJK paragraph: optional hanging label, justified lines, superscripts, splittable.

    A part made by splitting holds its lines (``lines``) instead of runs; ``ends_here`` is
    False for a part that a page break cuts, so its last line is justified too.
    """

    def __init__(
        self,
        runs: Sequence[Run],
        font: str,
        style: TextStyle,
        *,
        label: str = "",
        indent: float = 0.0,
        recorder: PageRecorder | None = None,
        toc_key: str = "",
        lines: Sequence[Line] | None = None,
        ends_here: bool = True,
        keep_with_next: bool = False,
    ) -> None:
        super().__init__()
        self.runs = tuple(runs)
        self.font = font
        self.style = style
        self.label = label
        self.indent = indent
        self.recorder = recorder
        self.toc_key = toc_key
        self.ends_here = ends_here
        self._lines: tuple[Line, ...] | None = tuple(lines) if lines is not None else None
        self._width = 0.0
        self.keepWithNext = keep_with_next
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after

    def lines_for(self, width: float) -> tuple[Line, ...]:
        """Break the paragraph into lines for a frame ``width`` wide (cached; parts keep theirs)."""
        if self._lines is None or (self.runs and width != self._width):
            atoms = make_atoms(self.runs, self.font, self.style.size)
            self._lines = tuple(break_lines(atoms, width - self.indent))
            self._width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Return the size the paragraph needs at this width."""
        self.width = availWidth
        self.height = len(self.lines_for(availWidth)) * self.style.leading
        return self.width, self.height

    def split_at(self, width: float, height: float) -> list[CjkParagraph]:
        """Split into a part that fits ``height`` and the rest; [] if it cannot split well."""
        lines = self.lines_for(width)
        fit = min(int((height + 1e-6) // self.style.leading), len(lines) - MIN_LINES_PER_PART)
        if fit < MIN_LINES_PER_PART:
            return []
        first = self._part(lines[:fit], label=self.label, toc_key=self.toc_key, ends_here=False)
        rest = self._part(lines[fit:])
        first.spaceBefore, first.spaceAfter = self.spaceBefore, 0
        rest.spaceBefore, rest.spaceAfter = 0, self.spaceAfter
        return [first, rest]

    def _part(
        self, lines: Sequence[Line], label: str = "", toc_key: str = "", ends_here: bool = True
    ) -> CjkParagraph:
        """A paragraph part holding ``lines`` (made by splitting)."""
        return CjkParagraph(
            (),
            self.font,
            self.style,
            label=label,
            indent=self.indent,
            recorder=self.recorder,
            toc_key=toc_key,
            lines=lines,
            ends_here=ends_here,
        )

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Platypus hook: split across a frame break."""
        return list(self.split_at(availWidth, availHeight))

    def _record(self, line: Line) -> None:
        """Tell the recorder about footnote markers drawn on this page."""
        if self.recorder is None:
            return
        for atom in line.atoms:
            if atom.superscript:
                self.recorder.marker(int(atom.text), self.canv.getPageNumber())

    def draw(self) -> None:
        """Draw the label at x=0 and the lines from ``indent``."""
        lines, style = self.lines_for(self.width), self.style
        if self.toc_key and self.recorder is not None:
            self.recorder.heading(self.toc_key, self.canv.getPageNumber())
        drop = (style.leading - style.size) / 2 + style.size * BASELINE_DROP_RATIO
        for i, line in enumerate(lines):
            last = i == len(lines) - 1 and self.ends_here
            spacing = (
                justify_spacing(line, self.width - self.indent, style.size)
                if style.justify and not last
                else 0.0
            )
            draw_line(
                self.canv,
                self.indent,
                self.height - i * style.leading - drop,
                line,
                self.font,
                style,
                spacing,
            )
            self._record(line)
        if self.label:
            label_line = Line((Atom(self.label, False, 0.0),), 0.0)
            draw_line(self.canv, 0, self.height - drop, label_line, self.font, style, 0.0)


class BoxPanel(Flowable):  # type: ignore[misc]
    """A titled panel: framed (stroked) or shaded (filled grey, no frame); splittable."""

    def __init__(
        self, title: CjkParagraph | None, body: CjkParagraph, style: Literal["framed", "shaded"]
    ) -> None:
        super().__init__()
        self.title = title
        self.body = body
        self.box_style = style
        self.spaceBefore = BOX_SPACE
        self.spaceAfter = BOX_SPACE

    def _inner(self, width: float) -> float:
        """Width available inside the padding."""
        return width - 2 * BOX_PADDING

    def _title_height(self, width: float) -> float:
        """Height of the title with its space after (0 for a continued part)."""
        if self.title is None:
            return 0.0
        return self.title.wrap(self._inner(width), 0)[1] + self.title.style.space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Return the size of the panel at this width."""
        self.width = availWidth
        body_height = self.body.wrap(self._inner(availWidth), availHeight)[1]
        self.height = 2 * BOX_PADDING + self._title_height(availWidth) + body_height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Split the body so the first panel fits; the title stays with the first part."""
        room = availHeight - 2 * BOX_PADDING - self._title_height(availWidth)
        parts = self.body.split_at(self._inner(availWidth), room)
        if not parts:
            return []
        first = BoxPanel(self.title, parts[0], self.box_style)
        first.spaceAfter = 0
        rest = BoxPanel(None, parts[1], self.box_style)
        rest.spaceBefore = 0
        return [first, rest]

    def draw(self) -> None:
        """Draw the panel rectangle, then the title and body inside it."""
        canv = self.canv
        canv.saveState()
        if self.box_style == "framed":
            canv.setStrokeColor(black)
            canv.setLineWidth(BOX_FRAME_WIDTH)
            canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        else:
            canv.setFillColor(BOX_SHADE)
            canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canv.restoreState()
        inner = self._inner(self.width)
        body_height = self.body.wrap(inner, 0)[1]
        self.body.drawOn(canv, BOX_PADDING, BOX_PADDING)
        if self.title is not None:
            self.title.wrap(inner, 0)
            self.title.drawOn(canv, BOX_PADDING, BOX_PADDING + body_height + self.title.style.space_after)


class TocEntry(Flowable):  # type: ignore[misc]
    """A table-of-contents line: label, title, dotted leader and right-aligned page number."""

    def __init__(
        self, label: str, title: str, page: int, font: str, style: TextStyle, label_x: float, title_x: float
    ) -> None:
        super().__init__()
        self.label, self.title, self.page = label, title, page
        self.font, self.style = font, style
        self.label_x, self.title_x = label_x, title_x

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """One line high."""
        self.width, self.height = availWidth, self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        """Draw label, title, leader dots and page number on one baseline."""
        canv, size = self.canv, self.style.size
        y = (self.style.leading - size) / 2 + size * (1 - BASELINE_DROP_RATIO)
        number = str(self.page) if self.page else "0"
        canv.setFont(self.font, size)
        canv.drawString(self.label_x, y, self.label)
        canv.drawString(self.title_x, y, self.title)
        canv.drawRightString(self.width, y, number)
        start = self.title_x + pdfmetrics.stringWidth(self.title, self.font, size) + TOC_LEADER_GAP
        end = self.width - pdfmetrics.stringWidth(number, self.font, size) - TOC_LEADER_GAP
        dot = pdfmetrics.stringWidth(TOC_LEADER, self.font, size)
        if end > start:
            canv.drawString(start, y, TOC_LEADER * int((end - start) // dot))


# --------------------------------------------------------------------------------------
# Document template: running header/footer, footnote area, cover
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """What a pass assumes: page count, heading pages, footnote pages and reserved pages."""

    total_pages: int = 0
    headings: tuple[tuple[str, int], ...] = ()
    footnote_pages: tuple[tuple[int, int], ...] = ()
    reserved: tuple[tuple[int, tuple[int, ...]], ...] = ()  # page -> footnotes it makes room for


def body_frame_box(layout: Layout) -> tuple[float, float, float, float]:
    """Return x, y, width, height of the full body frame."""
    left, right, top, bottom = layout.margins
    return left, bottom, PAGE_WIDTH - left - right, PAGE_HEIGHT - top - bottom


def body_frame(layout: Layout, footnote_area: float) -> Frame:
    """The body frame, raised by ``footnote_area`` points kept for footnotes; no padding."""
    x, y, w, h = body_frame_box(layout)
    return Frame(
        x,
        y + footnote_area,
        w,
        h - footnote_area,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


class ReportDoc(BaseDocTemplate):  # type: ignore[misc]
    """Doc template drawing UN page furniture and making room for footnotes per the plan."""

    def __init__(
        self, out: io.BytesIO, report: Report, layout: Layout, plan: Plan, recorder: PageRecorder
    ) -> None:
        super().__init__(
            out,
            pagesize=A4,
            invariant=1,
            title=report.front.title,
            author=PDF_AUTHOR,
            subject=report.symbol,
            creator="scripts/typeset_zh_pdf.py",
            leftMargin=layout.margins[0],
            rightMargin=layout.margins[1],
            topMargin=layout.margins[2],
            bottomMargin=layout.margins[3],
        )
        self.report, self.layout, self.plan, self.recorder = report, layout, plan, recorder
        self.font = register_font(layout.font)
        self.notes = {note.number: self._footnote_flowable(note) for note in report.footnotes}
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[body_frame(layout, 0.0)], onPage=self._draw_cover),
                PageTemplate(id="body", frames=[body_frame(layout, 0.0)], onPage=self._draw_furniture),
            ]
        )

    def _footnote_flowable(self, note: Footnote) -> CjkParagraph:
        """The footnote as set at the page bottom: raised number, then the text."""
        runs = [Run(str(note.number), superscript=True), Run(note.text)]
        return CjkParagraph(runs, self.font, self.layout.footnote, indent=self.layout.number_indent)

    def _notes_on(self, page: int) -> list[CjkParagraph]:
        """Footnotes drawn on ``page`` per the plan."""
        numbers = [n for n, p in self.plan.footnote_pages if p == page]
        return [self.notes[n] for n in sorted(numbers)]

    def footnote_area(self, page: int) -> float:
        """Height to keep free at the page bottom for the footnotes planned there."""
        reserved = dict(self.plan.reserved).get(page, ())
        if not reserved:
            return 0.0
        width = body_frame_box(self.layout)[2]
        notes = sum(self.notes[n].wrap(width, 0)[1] for n in reserved)
        return notes + FOOTNOTE_RULE_GAP + FOOTNOTE_GAP

    def handle_pageBegin(self) -> None:
        """Shorten the body frame on pages that carry footnotes, then begin the page."""
        if self.pageTemplate.id == "body":
            self.pageTemplate.frames = [body_frame(self.layout, self.footnote_area(self.page + 1))]
        super().handle_pageBegin()

    def _side(self, page: int, odd_side: str) -> str:
        """Side of the header on ``page``: ``odd_side`` on odd pages, the other on even ones."""
        other = "left" if odd_side == "right" else "right"
        return odd_side if page % 2 else other

    def _draw_furniture(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """Draw the running header, the footer and this page's footnotes."""
        layout, page = self.layout, canv.getPageNumber()
        x, y, w, h = body_frame_box(layout)
        side = self._side(page, layout.header_odd_side)
        total = self.plan.total_pages or page
        canv.saveState()
        canv.setFont(self.font, layout.furniture_size)
        header_y, footer_y = y + h + HEADER_RAISE, y - FOOTER_DROP
        page_label = f"{page}/{total}"
        if side == "left":
            canv.drawString(x, header_y, self.report.symbol)
            canv.drawString(x, footer_y, page_label)
            canv.drawRightString(x + w, footer_y, self.report.job_number)
        else:
            canv.drawRightString(x + w, header_y, self.report.symbol)
            canv.drawString(x, footer_y, self.report.job_number)
            canv.drawRightString(x + w, footer_y, page_label)
        canv.restoreState()
        self._draw_footnotes(canv, page)

    def _draw_footnotes(self, canv: Canvas, page: int) -> None:
        """Draw the rule and the footnotes planned for ``page`` at the bottom of the frame."""
        notes = self._notes_on(page)
        if not notes:
            return
        x, y, w, _ = body_frame_box(self.layout)
        heights = [note.wrap(w, 0)[1] for note in notes]
        top = y + sum(heights)
        canv.saveState()
        canv.setLineWidth(FOOTNOTE_RULE_WIDTH)
        canv.line(x, top + FOOTNOTE_RULE_GAP, x + FOOTNOTE_RULE_LENGTH, top + FOOTNOTE_RULE_GAP)
        canv.restoreState()
        for note, height in zip(notes, heights, strict=True):
            top -= height
            note.drawOn(canv, x, top)

    def _draw_cover(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """Draw the cover: symbol, official-records block, title, imprint, job number."""
        front, (left, right, top, bottom) = self.report.front, self.layout.margins
        right_x = PAGE_WIDTH - right
        canv.saveState()
        canv.setFont(self.font, 16)
        canv.drawRightString(right_x, PAGE_HEIGHT - top, self.report.symbol)
        y = PAGE_HEIGHT - top - 30 * mm
        for i, part in enumerate(front.records):
            canv.setFont(self.font, 22 if i == 0 else 13)
            canv.drawString(left, y, part)
            y -= 30 if i == 0 else 19
        _draw_bold_string(canv, left, PAGE_HEIGHT / 2, front.title, self.font, 20)
        canv.setFont(self.font, 11)
        canv.drawCentredString(PAGE_WIDTH / 2, bottom + 20 * mm, front.imprint)
        canv.setFont(self.font, 8)
        canv.drawString(left, bottom - FOOTER_DROP, self.report.job_number + COVER_JOB_SUFFIX)
        canv.restoreState()


def _draw_bold_string(canv: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw a string in fake bold (fill + stroke)."""
    draw_line(canv, x, y, Line((Atom(text, False, 0.0),), 0.0), font, TextStyle(size, size, bold=True), 0.0)


# --------------------------------------------------------------------------------------
# Story (the flowables of the whole document)
# --------------------------------------------------------------------------------------


def heading_key(block: Chapter | Section) -> str:
    """Key under which a heading's page is recorded for the table of contents."""
    return (
        f"chapter:{block.numeral}" if isinstance(block, Chapter) else f"section:{block.letter}:{block.title}"
    )


@dataclass(frozen=True)
class StoryContext:
    """What building flowables needs: layout, font, recorder and the current plan."""

    layout: Layout
    font: str
    recorder: PageRecorder
    plan: Plan


def _text(ctx: StoryContext, text: str, style: TextStyle, **kwargs: object) -> CjkParagraph:
    """A CjkParagraph of ``text`` in ``style``."""
    return CjkParagraph(split_runs(text), ctx.font, style, recorder=ctx.recorder, **kwargs)  # type: ignore[arg-type]


def block_flowables(ctx: StoryContext, block: Block) -> list[Flowable]:
    """Flowables for one body block."""
    layout = ctx.layout
    if isinstance(block, Chapter):
        return [
            _text(ctx, block.label, layout.chapter, keep_with_next=True, toc_key=heading_key(block)),
            _text(
                ctx, block.title, replace(layout.chapter, space_before=0, space_after=8), keep_with_next=True
            ),
        ]
    if isinstance(block, Section):
        return [
            _text(
                ctx,
                block.title,
                layout.section,
                label=f"{block.letter}.",
                indent=layout.number_indent,
                keep_with_next=True,
                toc_key=heading_key(block),
            )
        ]
    if isinstance(block, SubHeading):
        return [_text(ctx, block.text, layout.subheading, indent=layout.number_indent, keep_with_next=True)]
    if isinstance(block, NumberedParagraph):
        return [_text(ctx, block.text, layout.body, label=f"{block.number}.", indent=layout.number_indent)]
    title = _text(ctx, block.title, layout.box_title)
    return [BoxPanel(title, _text(ctx, block.text, layout.box), layout.box_style)]


def toc_flowables(ctx: StoryContext, report: Report) -> list[Flowable]:
    """The table of contents page (date, heading, column heads, entries)."""
    layout, pages = ctx.layout, dict(ctx.plan.headings)
    body = replace(layout.body, justify=False)
    date = replace(body, space_after=18)
    flow: list[Flowable] = [
        _RightAligned(report.front.date, ctx.font, date),
        _Centred(TOC_HEADING, ctx.font, replace(layout.chapter, space_before=0, space_after=12)),
        _TwoEnds(TOC_COLUMN_HEADS, ctx.font, replace(layout.footnote, space_after=4)),
    ]
    for block in report.blocks:
        if isinstance(block, Chapter):
            flow.append(
                TocEntry(
                    f"{block.numeral}.",
                    block.title,
                    pages.get(heading_key(block), 0),
                    ctx.font,
                    body,
                    0,
                    layout.number_indent,
                )
            )
        elif isinstance(block, Section):
            flow.append(
                TocEntry(
                    f"{block.letter}.",
                    block.title,
                    pages.get(heading_key(block), 0),
                    ctx.font,
                    body,
                    layout.number_indent,
                    2 * layout.number_indent,
                )
            )
    return flow


def build_story(ctx: StoryContext, report: Report) -> list[Flowable]:
    """All flowables: cover, note page, contents page, body."""
    layout = ctx.layout
    story: list[Flowable] = [Spacer(1, 1), NextPageTemplate("body"), PageBreak()]
    story.append(_Centred(NOTE_HEADING, ctx.font, replace(layout.chapter, space_before=0, space_after=12)))
    story.append(_text(ctx, report.front.note, layout.body))
    story.append(PageBreak())
    story.extend(toc_flowables(ctx, report))
    story.append(PageBreak())
    for block in report.blocks:
        story.extend(block_flowables(ctx, block))
    return story


class _OneLine(Flowable):  # type: ignore[misc]
    """A single unbreakable line of text, aligned by subclasses."""

    def __init__(self, text: str, font: str, style: TextStyle) -> None:
        super().__init__()
        self.text, self.font, self.style = text, font, style
        self.spaceBefore, self.spaceAfter = style.space_before, style.space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """One line high."""
        self.width, self.height = availWidth, self.style.leading
        return self.width, self.height

    def baseline(self) -> float:
        """Baseline height inside the line slot."""
        return (self.style.leading - self.style.size) / 2 + self.style.size * (1 - BASELINE_DROP_RATIO)

    def x_for(self, text_width: float) -> float:
        """Left x of the text."""
        return 0.0

    def draw(self) -> None:
        """Draw the text at the subclass's x."""
        width = pdfmetrics.stringWidth(self.text, self.font, self.style.size)
        line = Line((Atom(self.text, False, width),), width)
        draw_line(self.canv, self.x_for(width), self.baseline(), line, self.font, self.style, 0.0)


class _Centred(_OneLine):
    """A centred line."""

    def x_for(self, text_width: float) -> float:
        """Centre the text."""
        return float((self.width - text_width) / 2)


class _RightAligned(_OneLine):
    """A right-aligned line."""

    def x_for(self, text_width: float) -> float:
        """Align the text right."""
        return float(self.width - text_width)


class _TwoEnds(_OneLine):
    """Two words at the two ends of a line (table-of-contents column heads)."""

    def __init__(self, words: tuple[str, str], font: str, style: TextStyle) -> None:
        super().__init__(" ".join(words), font, style)
        self.words = words

    def draw(self) -> None:
        """Draw the words at both ends."""
        self.canv.setFont(self.font, self.style.size)
        self.canv.drawString(0, self.baseline(), self.words[0])
        self.canv.drawRightString(self.width, self.baseline(), self.words[1])


# --------------------------------------------------------------------------------------
# Passes until page numbers settle
# --------------------------------------------------------------------------------------


def render_once(report: Report, layout: Layout, plan: Plan) -> tuple[bytes, Plan]:
    """Typeset once under ``plan``; return the PDF bytes and what was observed."""
    recorder = PageRecorder()
    report = adapt_to_font(report, layout.font)
    out = io.BytesIO()
    doc = ReportDoc(out, report, layout, plan, recorder)
    ctx = StoryContext(layout=layout, font=doc.font, recorder=recorder, plan=plan)
    doc.build(build_story(ctx, report))
    reserved = {p: set(ns) for p, ns in plan.reserved}
    for number, page in recorder.markers.items():
        reserved.setdefault(page, set()).add(number)
    observed = Plan(
        total_pages=doc.page,
        headings=tuple(sorted(recorder.headings.items())),
        footnote_pages=tuple(sorted(recorder.markers.items())),
        reserved=tuple(sorted((p, tuple(sorted(ns))) for p, ns in reserved.items())),
    )
    return out.getvalue(), observed


def render(report: Report, layout: Layout) -> bytes:
    """Typeset until the table of contents, footnote pages and page count are stable."""
    plan = Plan()
    for _ in range(MAX_PASSES):
        data, observed = render_once(report, layout, plan)
        if observed == plan:
            return data
        plan = observed
    raise RuntimeError(f"layout {layout.name}: page numbers did not settle in {MAX_PASSES} passes")


# --------------------------------------------------------------------------------------
# Checking the output with pdfplumber
# --------------------------------------------------------------------------------------

CHECK_PREFIX_CHARS = 10
CITATION_CONTEXT_CHARS = 5  # running-text characters before a marker used to find its page
_WHITESPACE = re.compile(r"\s+")
_MOJIBAKE = re.compile(r"\(cid:\d+\)|\ufffd")


def plain(text: str) -> str:
    """Text without whitespace, superscript markers as digits (what extraction yields)."""
    digits = {k: str(v) for k, v in SUPERSCRIPT_DIGITS.items()}
    return _WHITESPACE.sub("", "".join(digits.get(c, c) for c in text))


def expected_prefixes(report: Report) -> list[tuple[str, str]]:
    """(what, first characters) of every numbered paragraph, box and footnote."""
    items: list[tuple[str, str]] = []
    for block in report.blocks:
        if isinstance(block, NumberedParagraph):
            items.append((f"paragraph {block.number}", plain(block.text)[:CHECK_PREFIX_CHARS]))
        elif isinstance(block, Box):
            items.append((f"box {block.title}", plain(block.text)[:CHECK_PREFIX_CHARS]))
    items.extend((f"footnote {n.number}", plain(n.text)[:CHECK_PREFIX_CHARS]) for n in report.footnotes)
    return items


def citations(report: Report) -> dict[int, str]:
    """For each footnote, the running text just before its marker plus the marker digit."""
    found: dict[int, str] = {}
    for block in report.blocks:
        if not isinstance(block, NumberedParagraph | Box):
            continue
        text = plain(block.text)
        for marker, number in SUPERSCRIPT_DIGITS.items():
            at = plain(block.text.split(marker)[0]) if marker in block.text else ""
            if at:
                found[number] = text[max(0, len(at) - CITATION_CONTEXT_CHARS) : len(at) + 1]
    return found


def check_pdf(path: Path, report: Report) -> list[str]:
    """Return problems found when reading ``path`` back with pdfplumber (empty if none).

    Every paragraph, box and footnote must start (first characters) on some page, no
    glyph may come back unreadable, and each footnote must sit on the page citing it.
    """
    import pdfplumber  # only needed for --check

    with pdfplumber.open(path) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    problems = [f"page {i}: unreadable glyphs" for i, t in enumerate(pages, 1) if _MOJIBAKE.search(t)]
    flat = [plain(t) for t in pages]
    for what, prefix in expected_prefixes(report):
        if not any(prefix in text for text in flat):
            problems.append(f"{what}: {prefix!r} not found on any page")
    cited = citations(report)
    for note in report.footnotes:
        note_start = plain(note.text)[:CHECK_PREFIX_CHARS]
        if not any(note_start in text and cited.get(note.number, "?") in text for text in flat):
            problems.append(
                f"footnote {note.number}: not on the page of its marker {cited.get(note.number)!r}"
            )
    return problems


# --------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------


def output_path(out_dir: Path, source: Path, layout: Layout) -> Path:
    """``tests/fixtures/pdf/A_80_1_zh_layout_a.pdf`` for source ``A_80_1_zh.txt``."""
    return out_dir / f"{source.stem}_layout_{layout.name}.pdf"


def summary(report: Report) -> str:
    """One line counting what the parser found."""

    def count(kind: type) -> int:
        return sum(isinstance(b, kind) for b in report.blocks)

    return (
        f"{report.symbol}: {count(Chapter)} chapters, {count(Section)} sections, "
        f"{count(NumberedParagraph)} numbered paragraphs, {count(Box)} boxes, "
        f"{len(report.footnotes)} footnotes"
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse command-line arguments."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="report text, e.g. data/raw/A_80_1_zh.txt")
    parser.add_argument("--out", type=Path, required=True, help="output folder, e.g. tests/fixtures/pdf/")
    parser.add_argument("--layout", choices=[*sorted(LAYOUTS), "all"], default="all", help="layout to build")
    parser.add_argument("--check", action="store_true", help="read the PDFs back with pdfplumber and verify")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Build the requested layouts; return a process exit code."""
    args = parse_args(argv)
    report = parse_report(args.source.read_text(encoding="utf-8"), symbol_from_path(args.source))
    print(summary(report))
    args.out.mkdir(parents=True, exist_ok=True)
    layouts = list(LAYOUTS.values()) if args.layout == "all" else [LAYOUTS[args.layout]]
    failed = False
    for layout in layouts:
        try:
            data = render(report, layout)
        except FileNotFoundError as err:
            print(f"error: layout {layout.name}: {err}", file=sys.stderr)
            return 2
        path = output_path(args.out, args.source, layout)
        path.write_bytes(data)
        print(f"wrote {path} ({len(data):,} bytes, font {layout.font.name})")
        problems = check_pdf(path, report) if args.check else []
        for problem in problems:
            print(f"check {path.name}: {problem}", file=sys.stderr)
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
