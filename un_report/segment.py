"""Stage 2: a document's lines → numbered paragraphs, boxes and footnotes.

Shared by the text and PDF paths. Each line is classified from its wording (chapter,
section, numbered paragraph, heading-like, footnote, body), helped by the layout role the
PDF reader gives where it knows better (a framed panel is a box, small type at the page
bottom is a footnote).

A document is a body plus parts with numbering of their own (annexes, enclosures,
appendices, a "part two", draft decisions and resolutions): a part's heading opens it, and
its units carry its label in `part`. Paragraph numbers rise by one within a part; the
reader recovers when they do not: a number found inside the paragraph before is split out,
a few skipped numbers are noted and the paragraph read, a skipped paragraph found later (a
side panel) is read where it stands, a sequence that starts again at 1 without a heading
is a part of its own, and a number that resumes an earlier sequence returns to it. A line
that starts with any other number continues the unit before it. Text outside any numbered
paragraph is an unnumbered paragraph (`u-1`, `u-2` …): a letter is read as such.

A lettered sub-heading ("(a) Financing") stands under the numbered one above it ("2. …"),
and its units carry both. A table of contents met in the body (its "Contents" heading and
the entries after it on its page) is set aside and counted: its entries open no part.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from un_report.boxes import Boxes
from un_report.columns import LINE_ROLES, UNIT_KINDS, LineTable, UnitTable
from un_report.errors import InputError
from un_report.models import Document, LineLike
from un_report.rules.base import NOTHING, LanguageRules
from un_report.script import (
    CLOSING_MARKS,
    FROM_SUPERSCRIPT,
    FULL_STOPS,
    HYPHENS,
    SUPERSCRIPT_DIGITS,
    TO_SUPERSCRIPT,
    numbered_line,
)

FOOTNOTE_START = re.compile(rf"^(?P<marker>[{SUPERSCRIPT_DIGITS}]+)\s*(?P<text>.*)$")
# a note's marker printed on the baseline in the note's own type, or a symbol (* Reissued …)
PLAIN_NOTE = re.compile(r"^(?P<marker>\d{1,3}|\*{1,3}|[†‡§])\s+(?P<text>\S.*)$")
CLOSERS = CLOSING_MARKS + SUPERSCRIPT_DIGITS  # may follow a sentence end: 。” or 。²


MAX_SKIP = 5  # paragraph numbers this far ahead are read, the ones between noted as not found
PART_HEADING_CHARS = 300  # a part's heading may name what it annexes: "Annex to the letter dated … addressed to …"
PART_LABEL_CHARS = 60  # an implicit part is named by the heading above it, this short
MISPRINT_MIN = 10  # a number this high or more, printed with a digit dropped, is still recognised
CAPTION_TITLE_CHARS = 300  # a table's or chart's title set as a heading, at most this long
HEADING_ALIGN = 0.3  # a heading's wrapped line starts this near its title's left edge (in line heights)
HEADING_GAP = 0.5  # and this close under it: more is the space before another heading
UNDER = " / "  # between a numbered sub-heading and the lettered one under it
LEADERS = re.compile(r"(?:\.\s?){4}|…{2}|(?:·\s?){4}")  # a contents row's dots to its page or paragraphs
PAGE_NUMBER_END = re.compile(r"(?:\d{1,4}|[ivxlc]{1,6})\s*$")  # a contents entry's page (or paragraphs)
PAGE_ONLY_END = re.compile(r"(?<![\d.,/])\s\d{1,3}$")  # a page number after a space, no year (2024)
PARAGRAPH_INDENT_EM = 1.0  # a first line set in this far (its characters' heights) opens a paragraph
SAME_LINE_SLACK = 1.0  # points: a character this little below the top of the one before is on its line
SEAL_AFTER = 16  # drafts in hand before those no line can change go into the units' table


@dataclass
class _Sequence:
    """One run of paragraph numbers: the body's, or a part's."""

    part: str
    expected: int = 1
    skipped: list[int] = field(default_factory=list)  # numbers jumped over, perhaps found later
    unnumbered: int = 0  # u-N paragraphs so far


@dataclass(slots=True)
class _Draft:
    """A unit being assembled from its lines (let go once it is in the units' table)."""

    part: str
    para: str
    kind: str
    number: int | None
    chapter: str
    section: str
    heading: str
    title: str
    page: int | None
    chunks: list[str] = field(default_factory=list)  # the text, as appended (joined when read)
    size: int = 0  # the text's length
    pages: list[int | None] = field(default_factory=list)  # one per character; none while all are on `page`
    boxes: Boxes | None = None  # shorter than the text: None for the rest; None while no line has boxes
    ended: bool | None = None  # whether the text ends a sentence (`_Layout.ends_sentence`), once known

    @property
    def text(self) -> str:
        if len(self.chunks) > 1:
            self.chunks[:] = ["".join(self.chunks)]
        return self.chunks[0] if self.chunks else ""

    @text.setter
    def text(self, value: str) -> None:
        self.chunks, self.size, self.ended = [value], len(value), None

    def ending(self, closers: str = "") -> str:
        """An end of the text that holds its last character that is neither white space nor
        one of `closers` (the whole text if it has none, or is in one piece): what the ending
        of the text shows, read without joining a long unit's lines once per line."""
        if len(self.chunks) == 1:  # its text in one piece: all of it ends so
            return self.chunks[0]
        size = 64
        while True:
            joined = "".join(self.chunks[-size:])
            if joined[-size:].rstrip().rstrip(closers) or (size >= len(self.chunks) and len(joined) <= size):
                return joined[-size:]
            size *= 2


class _Layout:
    """Line classification for one language."""

    def __init__(self, rules: LanguageRules) -> None:
        layout = rules.layout
        self.rules = rules
        self.chapter = re.compile(layout.chapter)
        self.section = re.compile(layout.section)
        self.part = re.compile(layout.part, re.IGNORECASE | re.VERBOSE)
        self.exhibit = re.compile(layout.exhibit)
        self.exhibit_note = re.compile(layout.exhibit_note)
        self.contents = re.compile(layout.contents, re.IGNORECASE)
        self.sub_heading = re.compile(layout.sub_heading)
        self.script = re.compile(rules.script)
        self.unspaced = rules.script != NOTHING  # some characters are written without spaces between them
        self.confusables = str.maketrans(dict(layout.confusables))
        self.confused = frozenset(chr(c) for c in self.confusables)  # what a section letter may be printed as
        self.sentence_end = layout.sentence_end
        self.sentence_ends = layout.sentence_end + "."  # what ends a sentence, the full stop too
        self.last_text, self.last_ends = "", False  # the text `ends_sentence` read last, and its answer
        self.prior_text, self.prior_ends = "", False  # and the one before
        self.max_heading = layout.max_heading_chars
        self.joins_digits = layout.joins_wrapped_digits
        self.number_stops = layout.number_stops
        self.numbered = numbered_line(layout.number_stops)
        # Every pattern a line's start may hold, in one: a line none of them starts is body
        # text or a heading, read without asking each in turn (most lines of a long text).
        self.opener = re.compile("|".join(
            _scoped(p) for p in (
                self.contents, FOOTNOTE_START, self.part, self.chapter, self.section, self.numbered,
                self.sub_heading, self.exhibit,
            )
        ))

    def may_open(self, text: str) -> bool:
        """Whether a line's (stripped) text may be a contents heading, a footnote, a part's,
        chapter's or section's heading, a numbered paragraph, a list item or a caption."""
        return text[:1] in self.confused or self.opener.match(text) is not None

    def section_match(self, text: str) -> re.Match[str] | None:
        if len(text) > self.max_heading:
            return None
        if text[:1] in self.confused:
            text = text[:1].translate(self.confusables) + text[1:]
        return self.section.match(text)

    def part_label(self, line: LineLike) -> str | None:
        """A part's heading (Annex I, Enclosure, Draft decision) → its label (annex I)."""
        text = line.text.strip()
        if line.role not in (None, "heading", "box_title") or len(text) > PART_HEADING_CHARS:
            return None
        m = self.part.match(text)
        if m is None or (m["title"] and line.role is None and self.ends_sentence(text)):
            return None
        words = m["label"].split()
        return " ".join(w if _is_numeral(w) else w.lower() for w in words)

    def ends_sentence(self, text: str) -> bool:
        # A line's text is asked about more than once, and again as its unit's end while the
        # next line is read: the last two answers are kept.
        if text is self.last_text:
            return self.last_ends
        if text is self.prior_text:
            return self.prior_ends
        stripped = text.rstrip().rstrip(CLOSERS)
        ends = bool(stripped) and stripped[-1] in self.sentence_ends
        self.prior_text, self.prior_ends = self.last_text, self.last_ends
        self.last_text, self.last_ends = text, ends
        return ends

    def draft_ends(self, draft: _Draft) -> bool:
        """Whether a draft's text ends a sentence (known once per text it has)."""
        if draft.ended is None:
            draft.ended = self.ends_sentence(draft.ending(CLOSERS))
        return draft.ended

    def heading_like(self, line: LineLike) -> bool:
        if line.role in ("heading", "box_title"):
            return True
        if line.role is not None:
            return False
        text = line.text.strip()
        return len(text) <= self.max_heading and not self.ends_sentence(text) and not text.endswith(",")

    def separator(self, left: str, right: str) -> str:
        """What joins two wrapped lines: nothing between CJK characters or split digits, nor
        after a word's hyphen at the end of a line, a block or a page (decision-/making)."""
        if not left or not right or left[-1].isspace() or right[0].isspace():
            return ""
        a, b = left[-1], right[0]
        if self.unspaced and (self.script.match(a) or self.script.match(b)):
            return ""
        if a in HYPHENS and len(left) > 1 and left[-2].isalpha() and b.isalpha():
            return ""
        if self.joins_digits and a.isdigit() and b.isdigit():
            return ""
        return " "


def segment(doc: Document, notes: list[str] | None = None) -> UnitTable:
    """The units of a document's body, in reading order. What the reader had to repair or
    leave out (a paragraph number found inside the paragraph before, text outside any unit)
    is added to `notes` for the run summary."""
    layout = _Layout(doc.language.rules)
    units = UnitTable()
    assembler = _Assembler(layout, units, doc)
    lines: Iterator[LineLike] = doc.lines.rows() if isinstance(doc.lines, LineTable) else iter(doc.lines)
    line = next(lines, None)
    while line is not None:
        nxt = next(lines, None)
        if line.text.strip():
            assembler.feed(line, nxt)
            if len(assembler.drafts) > SEAL_AFTER:
                assembler.seal()
        line = nxt
    assembler.seal(everything=True)
    if notes is not None:
        notes += assembler.notes()
    if _PARAGRAPH not in units.kind:
        raise InputError(doc.path or doc.source, "no body text found (is it a UN document?)")
    _place_footnotes(units)
    return units


_PARAGRAPH, _FOOTNOTE = UNIT_KINDS.index("paragraph"), UNIT_KINDS.index("footnote")
_EXHIBIT = LINE_ROLES.index("exhibit")


def _scoped(pattern: re.Pattern[str]) -> str:
    """A pattern as one alternative of a larger one: its flags scoped to it, its groups unnamed
    (two alternatives may name a group alike)."""
    if "(?P=" in pattern.pattern or "(?(" in pattern.pattern:
        raise ValueError(f"a layout pattern refers back to a group: {pattern.pattern!r}")
    flags = "".join(f for f, bit in (("i", re.IGNORECASE), ("x", re.VERBOSE)) if pattern.flags & bit)
    unnamed = re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern)
    end = "\n)" if pattern.flags & re.VERBOSE else ")"  # past a comment on the pattern's last line
    return f"(?{flags}:{unnamed}{end}"


def _place_footnotes(units: UnitTable) -> None:
    """A footnote belongs where it is cited: it takes the chapter, section and heading of
    the first unit whose text carries its marker, wherever the layout printed it (the
    first in its own part, else the first anywhere)."""
    kinds = units.kind
    notes: dict[str, list[int]] = {}  # the footnotes by their marker: the units are read once per marker
    for note in (i for i, kind in enumerate(kinds) if kind == _FOOTNOTE):
        notes.setdefault(_cited_marker(units.para[note]), []).append(note)
    for marker, marked in notes.items():
        wanted = {units.part_of(note) for note in marked}
        first: dict[str | None, int] = {}  # the first unit citing the marker, in each part wanted, and anywhere (None)
        for i, text in enumerate(units.text):
            if kinds[i] == _FOOTNOTE or marker not in text:
                continue
            first.setdefault(None, i)
            part = units.part_of(i)
            if part in wanted and part not in first:
                first[part] = i
                if len(first) == len(wanted) + 1:
                    break
        for note in marked:
            citing = first.get(units.part_of(note), first.get(None))
            if citing is not None:
                units.set_headings(note, *units.headings_of(citing))


def _cited_marker(para: str) -> str:
    """The marker a footnote's unit is cited by: fn-3 → ³, fn-* (2) → *."""
    return para.removeprefix("fn-").split(" ")[0].translate(TO_SUPERSCRIPT)


class _Assembler:
    """Reads lines one by one and keeps the state of where the reader stands: chapter,
    section, heading, the next paragraph number, and the units that text may continue."""

    def __init__(self, layout: _Layout, units: UnitTable, doc: Document) -> None:
        self.layout = layout
        self.units = units  # where each unit goes once no line can change it
        self.where = (doc.report, doc.source, doc.lang)  # what every unit of the document carries
        self.drafts: deque[_Draft] = deque()  # the units not yet in `units`, in order
        self.note_paras: set[tuple[str, str]] = set()  # (part, para) of every footnote so far
        self.chapter = self.section = self.heading = ""
        self.above = ""  # the numbered sub-heading ("2. …") lettered ones ("(a) …") stand under
        self.want_chapter_title = False
        self.sequence = _Sequence("")  # the numbering the reader stands in
        self.sequences = [self.sequence]
        self.paragraph: _Draft | None = None  # the numbered paragraph body lines continue
        self.main: _Draft | None = None  # the paragraph or box unmarked body lines continue
        self.footnote: _Draft | None = None
        self.last_note = 0  # the number of the last numbered note read
        self.title: list[LineLike] = []  # a box title waiting for its body
        self.boxes_seen = 0
        self.recovered: list[str] = []  # paragraph numbers split out of the paragraph before
        self.late: list[str] = []  # skipped paragraphs found further on (a side panel)
        self.numbered_seen = False  # a numbered paragraph read yet
        self.starts_at = 0  # the first paragraph's number where it is not 1
        self.misprinted: list[str] = []  # paragraphs printed with a digit of their number dropped
        self.implicit: list[str] = []  # parts opened by a numbering restart without a heading
        self.orphan_lines = 0  # body text outside any unit
        self.paragraph_number: int | None = None  # a late paragraph's own number
        self.chapter_number = 0  # the current chapter's number (II → 2), 0 before any
        self.exhibit: _Exhibit | None = None  # the table or chart just read, if any
        self.exhibits = 0  # tables and charts set aside
        self.set_aside_lines = 0  # their lines, captions and notes
        self.contents_page: int | None = None  # the page of the table of contents being read
        self.contents_lines = 0  # its lines, set aside
        self.last_heading: _HeadingEnd | None = None  # the heading line just read, if the last

    @property
    def expected(self) -> int:
        return self.sequence.expected

    def seal(self, everything: bool = False) -> None:
        """Move the drafts that no line can change any more (all before the first that text
        may still continue, or `everything`) into the units' table, in order."""
        drafts = self.drafts
        while drafts:
            first = drafts[0]
            if not everything and (first is self.paragraph or first is self.main or first is self.footnote):
                return
            _finish(drafts.popleft(), self.layout, self.units, self.where)

    def notes(self) -> list[str]:
        out = []
        if self.recovered:
            out.append(f"paragraphs {', '.join(self.recovered)} split out of the paragraph before them")
        if self.late:
            out.append(f"paragraphs {', '.join(self.late)} read out of order (a side panel?)")
        if self.starts_at:
            out.append(f"paragraph numbering starts at {self.starts_at}")
        if self.misprinted:
            out.append(f"paragraphs {', '.join(self.misprinted)} read as numbered in sequence")
        skipped = [_in_part(s.part, n) for s in self.sequences for n in s.skipped]
        if skipped:
            out.append(f"paragraph numbers {', '.join(skipped)} not found")
        if self.implicit:
            out.append(f"numbering restarted without a part heading: read as parts {', '.join(self.implicit)}")
        parts = [s.part for s in self.sequences if s.part]
        if parts:
            out.append(f"parts {', '.join(parts)}")
        if self.exhibits:
            out.append(f"{self.exhibits} tables and charts set aside ({self.set_aside_lines} lines)")
        if self.contents_lines:
            out.append(f"{self.contents_lines} lines of a table of contents set aside")
        if self.orphan_lines:
            out.append(f"{self.orphan_lines} lines of body text outside any unit left out")
        return out

    def feed(self, line: LineLike, nxt: LineLike | None) -> None:
        """Classify one line and add it where it belongs."""
        text, role, layout = line.text.strip(), line.role, self.layout
        if role is None and self.at_rest() and not layout.may_open(text):
            self.text_line(line, nxt, None)  # every check below would pass it by
            return
        if self.in_contents(line) or self.set_aside(line):
            return
        fn = FOOTNOTE_START.match(text)
        if role == "footnote" or (fn and role is None):
            self.footnote_line(line, fn)
            return
        label = layout.part_label(line)
        if label is not None:
            self.open_part(label)
            return
        if self.wraps_heading(line):
            return
        chapter = layout.chapter.match(text)
        section = layout.section_match(text) if role in (None, "heading") else None
        if chapter and role in (None, "heading") and not self.is_section_letter(chapter, section):
            self.chapter, self.section, self.heading, self.above = text, "", "", ""
            self.chapter_number = _roman_value(chapter.groupdict().get("numeral") or chapter.groupdict().get("roman"))
            self.want_chapter_title = not chapter.groupdict().get("title")
            self.paragraph = self.main = None
            self.last_heading = _HeadingEnd.of(line, "chapter", chapter)
            return
        numbered = layout.numbered.match(text)
        if numbered and self.numbered_heading(line, int(numbered["number"]), nxt):
            self.heading = self.above = text
            self.title = []
            self.paragraph = self.main = None
            self.last_heading = _HeadingEnd.of(line, "heading", numbered)
            return
        if numbered and role != "box_title" and self.in_sequence(int(numbered["number"]), role):
            self.paragraph_start(line, numbered)
            return
        if section is not None:
            self.section, self.heading, self.title = text[:1].translate(layout.confusables) + text[1:], "", []
            self.above = ""
            self.paragraph = self.main = None
            self.want_chapter_title = False
            self.last_heading = _HeadingEnd.of(line, "section", section)
            return
        if role == "box_title":
            self.title.append(line)
            return
        if role == "box":
            box = self.main
            if self.title or box is None or box.kind != "box":
                box = self.box_start(self.title[0] if self.title else line)
            _append(box, line, layout)
            return
        if self.continues_list(line):
            self.body_line(line)
            return
        self.text_line(line, nxt, numbered)

    def at_rest(self) -> bool:
        """Whether no table of contents, table or chart, nor heading just read, may claim the next line."""
        return self.contents_page is None and self.exhibit is None and self.last_heading is None

    def text_line(self, line: LineLike, nxt: LineLike | None, numbered: re.Match[str] | None) -> None:
        """A line that is no part's, chapter's or section's heading, nor a paragraph's first:
        a heading, unless it carries on a sentence left open, or body text."""
        if self.layout.heading_like(line) and (numbered or not self.continues_sentence(line.role)):
            self.heading_line(line, nxt)
            return
        self.body_line(line)

    def continues_sentence(self, role: str | None) -> bool:
        """Whether a line of plain text (`role` None) carries on a sentence the unit before it left open."""
        return role is None and self.main is not None and not self.layout.draft_ends(self.main)

    def in_contents(self, line: LineLike) -> bool:
        """A table of contents: its heading ("Contents") and the lines after it on its page
        up to main text, footnotes aside. Its entries ("Annex. Participants", "1. Tourner la
        page 2", "I. Shipping . . . . 1 - 28") are neither parts' headings nor paragraphs:
        set aside, counted. Main text is a line without leaders that is numbered (a table's
        rows aside), or one of the body's layout (role "body") longer than a heading or
        ending a sentence. The contents carry on over the next page when it opens with an
        entry (a table's row, leaders, a page number)."""
        text, role, layout = line.text.strip(), line.role, self.layout
        if role in (None, "heading") and layout.contents.match(text):
            self.contents_page = line.page
        elif self.contents_page is None or role == "footnote":
            return False
        elif self.main_text(line) or (line.page != self.contents_page and not self.contents_entry(line)):
            self.contents_page = None
            return False
        self.contents_page = line.page
        self.contents_lines += text.count("\n") + 1
        self.paragraph = self.main = None
        self.title = []
        return True

    def contents_entry(self, line: LineLike) -> bool:
        """A line that can only be a contents entry: a table's row, leaders, or a short line
        ending in a page number."""
        text = line.text.strip()
        short = len(text) <= self.layout.max_heading
        return line.role == "exhibit" or bool(LEADERS.search(text)) or (short and bool(PAGE_ONLY_END.search(text)))

    def main_text(self, line: LineLike) -> bool:
        """Whether a line under a contents heading is main text, not one of its entries: a
        chapter's or section's heading without a page number is the body's ("I.
        Introduction" above paragraph 1), an annex's may be an entry."""
        text, layout = line.text.strip(), self.layout
        if line.role == "exhibit" or LEADERS.search(text):
            return False
        if layout.numbered.match(text):
            return True
        if PAGE_NUMBER_END.search(text) is None and (layout.chapter.match(text) or layout.section_match(text)):
            return True
        ends = text.rstrip(CLOSERS)[-1:] in FULL_STOPS
        return line.role == "body" and (len(text) > layout.max_heading or ends)

    def continues_list(self, line: LineLike) -> bool:
        """A list item of the paragraph before, however the layout set it ("(c) Findings …"
        where the paragraph ends "…; (b) … of UNOPS;", or an item's title in italics, "(a)
        Protection of civilians:" after "…the following tasks:"): never a sub-heading. The paragraph
        ends in a list's opener before a first item (a), (i), or in a separator before a first
        item or after the item before it."""
        main, layout = self.main, self.layout
        m = layout.sub_heading.match(line.text.strip())
        if m is None or main is None or main.kind != "paragraph" or line.role not in (None, "body", "heading"):
            return False
        end = main.ending(CLOSERS).rstrip()[-1:]
        if end and end in layout.rules.layout.list_opener:
            return m["label"] in ("a", "i")
        if end and end in layout.rules.layout.list_separator:
            if m["label"] in ("a", "i"):  # a list opened by a clause ending "…; (a) …"
                return True
            text = main.text  # the item before may stand far back: (c) over its own (i) … (viii)
            return any(f"({label})" in text for label in _labels_before(m["label"]))
        return False

    def set_aside(self, line: LineLike) -> bool:
        """A table or chart (role "exhibit" from the PDF reader), its caption with the title
        and labels under it, and the notes under it (Source:): kept out of the units and
        counted. A caption takes the short lines after it on its page (its title, a chart's
        labels) until body text, a numbered line or a note."""
        text, role, layout = line.text.strip(), line.role, self.layout
        state = self.exhibit
        if role == "exhibit":
            if state is None or state.page != line.page or not state.captioned or state.tables:
                self.exhibits += 1
            self.exhibit = _Exhibit(line.page, captioned=state is not None and state.captioned, tables=1)
            self.set_aside_lines += text.count("\n") + 1
            return True
        short = len(text) <= layout.max_heading and not layout.ends_sentence(text)
        if short and role != "footnote" and layout.exhibit.match(text):
            self.exhibits += 1
            self.exhibit = _Exhibit(line.page, captioned=True)
            self.set_aside_lines += 1
            self.paragraph = self.main = None
            self.title = []
            return True
        if state is None or role == "footnote":
            return False
        if state.page == line.page and layout.exhibit_note.match(text) and role != "heading":
            self.set_aside_lines += 1
            state.noted = True
            return True
        titled = role in ("heading", "box_title") and len(text) <= CAPTION_TITLE_CHARS
        label = (short or titled) and not state.tables and not state.noted and state.page == line.page
        if label and not layout.chapter.match(text) and not layout.section_match(text) and not (
            layout.numbered.match(text)
        ):
            self.set_aside_lines += 1
            return True
        self.exhibit = None
        return False

    def is_section_letter(self, chapter: re.Match[str], section: re.Match[str] | None) -> bool:
        """A bare I., V., X., L., C. or D. heading: the section after H., U., W., K., B. or C.
        when the sections run so, else a chapter when it is the next chapter's number."""
        if section is None or not chapter.groupdict().get("roman"):
            return False
        letter = section["letter"]
        previous = self.section[:1]
        if previous and ord(previous) == ord(letter) - 1:
            return True
        return _roman_value(chapter["roman"]) != self.chapter_number + 1

    def numbered_heading(self, line: LineLike, number: int, nxt: LineLike | None) -> bool:
        """A numbered sub-heading ("1. Food systems" set bold between numbered paragraphs):
        a heading in the layout, short, no sentence, and not the paragraph a numbering
        awaits (unless the next line is that paragraph)."""
        text = line.text.strip()
        if line.role != "heading" or len(text) > self.layout.max_heading or text.rstrip(CLOSERS)[-1:] in FULL_STOPS:
            return False
        if number != self.expected:  # unless it resumes a sequence an interlude interrupted
            return not any(s.expected == number > 1 for s in self.sequences)
        following = self.layout.numbered.match(nxt.text.strip()) if nxt is not None else None
        return following is not None and int(following["number"]) == number

    def wraps_heading(self, line: LineLike) -> bool:
        """A printed line that carries on the chapter, section or sub-heading just above it
        (it starts where the heading's title starts, right under it): joined to it."""
        last, self.last_heading = self.last_heading, None
        if last is None or line.role not in (None, "heading") or not last.carried_on_by(line):
            return False
        text = line.text.strip()
        if self.layout.numbered.match(text) or self.layout.chapter.match(text) or self.layout.section_match(text):
            return False
        old = getattr(self, last.field)
        setattr(self, last.field, old + self.layout.separator(old, text) + text)
        if last.field == "heading" and old == self.above:  # the numbered sub-heading wraps
            self.above = self.heading
        self.last_heading = last.moved_to(line)
        return True

    def open_part(self, label: str, implicit: bool = False) -> None:
        """A part with numbering of its own begins (its label made unique in the document)."""
        taken = {s.part for s in self.sequences}
        unique, n = label, 2
        while unique in taken:
            unique, n = f"{label} ({n})", n + 1
        self.sequence = _Sequence(unique)
        self.sequences.append(self.sequence)
        if implicit:
            self.implicit.append(unique)
        else:
            self.chapter = self.section = self.heading = self.above = ""
            self.chapter_number = 0
            self.last_note = 0  # a part's notes may be numbered afresh
        self.paragraph = self.main = None
        self.title = []
        self.want_chapter_title = False

    def start(self, kind: str, para: str, number: int | None, line: LineLike, title: str = "") -> _Draft:
        part = self.sequence.part
        draft = _Draft(part, para, kind, number, self.chapter, self.section, self.heading, title, line.page)
        self.drafts.append(draft)
        return draft

    def footnote_line(self, line: LineLike, fn: re.Match[str] | None) -> None:
        """A footnote's first line (it carries the marker) or a wrapped line of it. In the
        notes' area a marker may also be printed on the baseline, in the note's own type: a
        symbol (* A/80/50.), or the next note's number (a few may be skipped); any other
        leading number is the note's wrapped text (15 countries …)."""
        text = line.text.strip()
        plain = PLAIN_NOTE.match(text) if fn is None and line.role == "footnote" else None
        if plain is not None and plain["marker"].isdigit():
            if not self.last_note < int(plain["marker"]) <= self.last_note + MAX_SKIP:
                plain = None
        found = fn or plain
        if found is not None:
            marker = found["marker"].translate(FROM_SUPERSCRIPT)
            if marker.isdigit():
                self.last_note = int(marker)
                marker = str(self.last_note)
            para = self.note_para(marker)
            self.note_paras.add((self.sequence.part, para))
            self.footnote = self.start("footnote", para, None, line)
            _append(self.footnote, line, self.layout, strip=len(text) - len(found["text"]))
        elif self.footnote is not None:
            _append(self.footnote, line, self.layout)
        else:  # a note whose marker was not seen: said, never dropped silently
            self.orphan_lines += 1

    def note_para(self, marker: str) -> str:
        """fn-3, fn-*: made unique in the part (a second * note is fn-* (2))."""
        part = self.sequence.part
        para, n = f"fn-{marker}", 2
        while (part, para) in self.note_paras:
            para, n = f"fn-{marker} ({n})", n + 1
        return para

    def in_sequence(self, number: int, role: str | None) -> bool:
        """Whether a numbered line opens a paragraph, switching sequence where the numbering
        says so. In a panel (`box`) only the expected number, or one skipped, is a paragraph."""
        seq = self.sequence
        if number == seq.expected:
            return role != "box" or self.paragraph is not None
        if number in seq.skipped and role in (None, "body", "box"):
            seq.skipped.remove(number)
            self.late.append(_in_part(seq.part, number))
            self.paragraph_number = number
            return True
        if role == "box":
            return False
        if self.continues_sentence(role):
            return False  # plain text gives no layout: a number mid-sentence is wrapped text
        if role == "body" and seq is self.sequences[0] and seq.expected == 1 and not self.numbered_seen:
            seq.expected = number  # an excerpt, or a document continuing another's numbering
            self.starts_at = number
            return True
        if role == "body" and _misprinted(number, seq.expected):
            self.misprinted.append(f"{_in_part(seq.part, seq.expected)} (printed {number})")
            return True
        earlier = next((s for s in reversed(self.sequences) if s is not seq and s.expected == number > 1), None)
        if earlier is not None:  # back to a sequence an interlude interrupted
            self.sequence = earlier
            self.paragraph = self.main = None
            return True
        if number == 1:
            above = _joined(self.title, self.layout) if self.title else self.heading
            label = (above or self.section or self.chapter or "part").strip()[:PART_LABEL_CHARS]
            self.open_part(label.lower() if label == "part" else label, implicit=True)
            return True
        if not seq.expected < number <= seq.expected + MAX_SKIP or self.paragraph is None:
            return False
        for missing in range(seq.expected, number):
            if self.split_out(self.paragraph, missing):
                self.recovered.append(_in_part(seq.part, missing))
                seq.expected = missing + 1
            elif role in ("body", None) or (number == seq.expected + 1 and role != "heading"):
                seq.skipped.append(missing)
                seq.expected = missing + 1
            else:
                return False
        return True

    def split_out(self, draft: _Draft, number: int) -> bool:
        """Split paragraph `number` out of `draft`, where it starts after a sentence end."""
        ends = re.escape(self.layout.sentence_end + ".")
        stops = re.escape(self.layout.number_stops)
        m = re.search(rf"(?<=[{ends}{re.escape(CLOSERS)}])\s*{number}\s*[{stops}]\s*(?=\S)", draft.text)
        if m is None:
            return False
        cut, start = m.start(), m.end()
        tail = _Draft(draft.part, str(number), "paragraph", number, draft.chapter, draft.section, draft.heading, "",
                      draft.pages[start] if start < len(draft.pages) else draft.page)
        boxes = draft.boxes
        tail.text, tail.pages = draft.text[start:], draft.pages[start:]
        draft.text, draft.pages = draft.text[:cut], draft.pages[:cut]
        if boxes is not None:
            tail.boxes, draft.boxes = boxes[start:], boxes[:cut]
        self.drafts.insert(self.drafts.index(draft) + 1, tail)
        return True

    def paragraph_start(self, line: LineLike, numbered: re.Match[str]) -> None:
        if self.title:  # a title followed by a numbered paragraph was a heading after all
            self.heading, self.title = self.under(_joined(self.title, self.layout)), []
        number = self.paragraph_number or self.expected
        self.numbered_seen = True
        self.paragraph = self.main = self.start("paragraph", str(number), number, line)
        _append(self.paragraph, line, self.layout, strip=numbered.start("text"))
        if self.paragraph_number is None:
            self.sequence.expected += 1
        self.paragraph_number = None
        self.want_chapter_title = False

    def box_start(self, first: LineLike) -> _Draft:
        self.boxes_seen += 1
        title = _joined(self.title, self.layout)
        self.main = self.start("box", f"box-{self.boxes_seen}", None, first, title)
        self.title = []
        return self.main

    def heading_line(self, line: LineLike, nxt: LineLike | None) -> None:
        """A chapter's title, a box title (unnumbered text follows), or a sub-heading."""
        text = line.text.strip()
        if self.want_chapter_title:
            self.chapter, self.want_chapter_title = f"{self.chapter} {text}", False
        elif line.role is None and nxt is not None and _is_body(nxt, self.layout, self.expected):
            self.title = [line]
        else:
            self.heading, self.title = self.under(text), []
            self.last_heading = _HeadingEnd.of(line, "heading", self.layout.sub_heading.match(text))

    def under(self, heading: str) -> str:
        """A sub-heading as its units carry it: a lettered one ("(a) Financing") with the
        numbered sub-heading it stands under ("2. Implementation of themes / (a) Financing")."""
        if self.above and self.layout.sub_heading.match(heading):
            return f"{self.above}{UNDER}{heading}"
        return heading

    def body_line(self, line: LineLike) -> None:
        """A box's text after its title, or the continuation of a unit."""
        if self.title:
            _append(self.box_start(self.title[0]), line, self.layout)
            return
        target = self.main
        in_box, paragraph = target is not None and target.kind == "box", self.paragraph
        if line.role == "body" or (in_box and paragraph is not None and not self.layout.draft_ends(paragraph)):
            # text around a box continues its paragraph; plain body text never a box
            kept = self.main if self.main is not None and (self.main.kind != "box" or line.role is None) else None
            target = self.paragraph or kept
        if target is not None and target.para.startswith("u-") and self.opens_paragraph(target, line):
            target = None
        if target is not None:
            _append(target, line, self.layout)
        else:
            self.unnumbered_start(line)

    def opens_paragraph(self, draft: _Draft, line: LineLike) -> bool:
        """In unnumbered text, a new block opens a paragraph unless it carries on, on a new
        page, a sentence the last one left open. A block whose first line is indented past
        its other lines opens one whatever the text before it ended in (a resolution's
        preambular paragraph ends in a comma at a page's foot)."""
        last_page = draft.pages[-1] if draft.pages else draft.page
        return self.layout.draft_ends(draft) or line.page == last_page or _first_line_indented(line)

    def unnumbered_start(self, line: LineLike) -> None:
        """Body text outside any numbered paragraph: the next unnumbered paragraph, u-N."""
        seq = self.sequence
        seq.unnumbered += 1
        self.main = self.start("paragraph", f"u-{seq.unnumbered}", None, line)
        self.paragraph = None
        _append(self.main, line, self.layout)


@dataclass
class _Exhibit:
    """A table or chart being set aside: where it stands, whether a caption opened it."""

    page: int | None
    captioned: bool = False
    tables: int = 0  # its lines of role "exhibit" so far
    noted: bool = False  # a note under it read (Source:): what follows is no label


@dataclass(frozen=True)
class _HeadingEnd:
    """Where a heading's last printed line stands: its title's left edge and its bottom. A
    lettered sub-heading's wrapped line may start under its title or under its label."""

    field: str  # chapter, section or heading: the column a wrapped line carries on
    page: int | None
    title_x0: float
    bottom: float
    height: float
    label_x0: float | None = None  # a lettered sub-heading's label ("(a)"), where it starts

    @staticmethod
    def of(line: LineLike, field: str, m: re.Match[str] | None) -> _HeadingEnd | None:
        """The heading line's end; None for a line without character boxes (text input)."""
        text = line.text
        lead = len(text) - len(text.lstrip())
        start = lead + (m.start("title") if m is not None and "title" in m.groupdict() and m["title"] else 0)
        if m is not None and "text" in m.groupdict() and m["text"]:
            start = lead + m.start("text")
        ink = [b for b in line.boxes or () if b is not None]
        first = line.boxes[start] if line.boxes and start < len(line.boxes) else None
        if not ink or first is None:
            return None
        top, bottom = min(b[1] for b in ink), max(b[3] for b in ink)
        last_top = max(b[1] for b in ink)
        label_x0 = ink[0][0] if m is not None and "label" in m.groupdict() else None
        return _HeadingEnd(field, line.page, first[0], bottom, min(bottom - last_top, bottom - top), label_x0)

    def carried_on_by(self, line: LineLike) -> bool:
        ink = [b for b in line.boxes or () if b is not None]
        if line.page != self.page or not ink:
            return False
        x0, top = ink[0][0], min(b[1] for b in ink)
        edges = (self.title_x0,) if self.label_x0 is None else (self.title_x0, self.label_x0)
        aligned = any(abs(x0 - edge) <= HEADING_ALIGN * self.height for edge in edges)
        return aligned and 0 <= top - self.bottom <= HEADING_GAP * self.height

    def moved_to(self, line: LineLike) -> _HeadingEnd:
        ink = [b for b in line.boxes or () if b is not None]
        return _HeadingEnd(self.field, self.page, self.title_x0, max(b[3] for b in ink), self.height, self.label_x0)


def _first_line_indented(line: LineLike) -> bool:
    """Whether a block of several printed lines sets its first line in from the others by
    more than PARAGRAPH_INDENT_EM of its type (a paragraph's opening line). A printed line
    starts where a character stands left of and below the one before it."""
    ink = [b for b in line.boxes or () if b is not None]
    if not ink:
        return False
    first_x0, height = ink[0][0], ink[0][3] - ink[0][1]
    starts = [b[0] for a, b in pairwise(ink) if b[0] < a[0] and b[1] >= a[3] - SAME_LINE_SLACK]
    return bool(starts) and first_x0 - min(starts) > PARAGRAPH_INDENT_EM * height


def _misprinted(number: int, expected: int) -> bool:
    """A paragraph number printed with its first digit dropped (25. where 125. is due)."""
    printed, due = str(number), str(expected)
    return number >= MISPRINT_MIN and len(due) == len(printed) + 1 and due.endswith(printed)


def _labels_before(label: str) -> list[str]:
    """The list labels that may come just before `label`: c → b; v → u or iv; ii → i."""
    out = []
    if len(label) == 1 and label > "a":
        out.append(chr(ord(label) - 1))
    value = _roman_value(label.upper()) if re.fullmatch(r"[ivx]+", label) else 0  # (c) is a letter, not 100
    if value > 1:
        out.append(_roman(value - 1).lower())
    return out


def _roman(value: int) -> str:
    """4 → IV, 14 → XIV (up to 399)."""
    out = ""
    for step, numeral in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"),
                          (1, "I")):
        while value >= step:
            out, value = out + numeral, value - step
    return out


def _roman_value(numeral: str | None) -> int:
    """II → 2, XIV → 14; 0 for no numeral."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    if not numeral:
        return 0
    for a, b in zip(numeral, numeral[1:] + " ", strict=True):
        total += -values[a] if values.get(b, 0) > values[a] else values[a]
    return total


def _is_body(line: LineLike, layout: _Layout, expected: int) -> bool:
    """Whether a line is plain body text (what follows a box title)."""
    text = line.text.strip()
    if line.role not in (None, "body", "box"):
        return False
    numbered = layout.numbered.match(text)
    if numbered and int(numbered["number"]) == expected:
        return False
    if FOOTNOTE_START.match(text) or layout.chapter.match(text) or layout.section_match(text):
        return False
    return not layout.heading_like(line)


def _joined(lines: list[LineLike], layout: _Layout) -> str:
    out = ""
    for line in lines:
        text = line.text.strip()
        out += layout.separator(out, text) + text
    return out


def _append(draft: _Draft, line: LineLike, layout: _Layout, strip: int = 0) -> None:
    """Add a line's text (from offset `strip`) to a unit, keeping per-character provenance."""
    raw = line.text
    stripped = raw.strip()
    text = stripped[strip:].lstrip()
    sep = layout.separator(draft.ending(), text) if draft.size else ""
    if line.boxes:  # text input has none: no list of a None per character
        offset = len(raw) - len(raw.lstrip()) + len(stripped) - len(text)  # where `text` starts in the line
        if draft.boxes is None:
            draft.boxes = Boxes()
        draft.boxes.pad(draft.size - len(draft.boxes) + len(sep))
        draft.boxes += line.boxes[offset : offset + len(text)]
    if draft.pages or line.page != draft.page:  # a unit on one page needs no page per character
        draft.pages = draft.pages or [draft.page] * draft.size
        draft.pages += [line.page] * (len(sep) + len(text))
    draft.chunks.append(sep + text)
    draft.size += len(sep) + len(text)
    draft.ended = None


def _finish(draft: _Draft, layout: _Layout, units: UnitTable, where: tuple[str, str, str]) -> None:
    """Add a draft's unit to the table (`where`: the document's report, source and lang)."""
    text, pages, boxes = draft.text, draft.pages, draft.boxes
    if boxes is not None:
        boxes.pad(len(text) - len(boxes))
    if layout.unspaced and layout.script.search(text):  # else no space between two of its characters to drop
        text, pages, boxes = _clean(text, pages, boxes, layout)
    report, source, lang = where
    units.add(
        report, source, lang, draft.part, draft.para, draft.kind, draft.number,  # type: ignore[arg-type]
        draft.chapter, draft.section, draft.heading, draft.title, draft.page, text,
        # a page per character only where the unit crosses a page (memory: a long text's units)
        pages if pages and any(p != draft.page for p in pages) else None,
        boxes if boxes is not None and boxes.located() else None,
    )


def _clean(
    text: str, pages: list[int | None], boxes: Boxes | None, layout: _Layout
) -> tuple[str, list[int | None], Boxes | None]:
    """Drop the spaces that line wrapping left between two CJK characters (`boxes` empty,
    None or one per character)."""
    drops = []
    for m in re.finditer(r"[ \u3000]+", text):
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        if before and after and layout.script.match(before) and layout.script.match(after):
            drops.append(m.span())
    if not drops:
        return text, pages, boxes
    kept = list(zip([0] + [b for _, b in drops], [a for a, _ in drops] + [len(text)], strict=True))
    return (
        "".join(text[a:b] for a, b in kept),
        [p for a, b in kept for p in pages[a:b]],
        None if boxes is None else Boxes.joined(boxes[a:b] for a, b in kept),
    )


def _in_part(part: str, number: int) -> str:
    return f"{number} ({part})" if part else str(number)


def _is_numeral(word: str) -> bool:
    """A part's number as printed: I, IV, 2, B."""
    return bool(re.fullmatch(r"[IVXLC]+|\d+|[A-Z]", word.rstrip(".:")))


def coverage(doc: Document, units: UnitTable) -> float | None:
    """Share of the body's characters (white space aside, tables and charts set aside) that
    ended up in some unit or in the headings the units carry; None for a document without
    body text."""
    lines = doc.lines
    if isinstance(lines, LineTable) and _EXHIBIT not in lines.role:  # ink adds up over text run together
        body = sum(_ink(chunk) for chunk in lines.chunks())
    else:
        body = sum(_ink(line.text) for line in lines if line.role != "exhibit")
    if not body:
        return None
    placed = sum(_ink(chunk) for chunk in units.text.chunks()) + sum(_ink(h) for h in units.headings())
    return round(min(1.0, placed / body), 4)


def _ink(text: str) -> int:
    """How many characters of `text` are not white space (one copy of the text, not a piece
    per word; beyond ASCII, a count of each white space character, faster than a translation)."""
    if text.isascii():
        return len(text.translate(_NO_WHITE_SPACE))
    return len(text) - sum(map(text.count, _WHITE_SPACE))


# every white space character, as `\s` matches them: the last is U+3000, the ideographic space
_NO_WHITE_SPACE = dict.fromkeys(c for c in range(0x3000 + 1) if chr(c).isspace())
_WHITE_SPACE = [chr(c) for c in _NO_WHITE_SPACE]
