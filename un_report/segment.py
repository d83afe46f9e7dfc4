"""Stage 2: a document's lines → numbered paragraphs, boxes and footnotes.

Shared by the text and PDF paths. Each line is classified from its wording (chapter,
section, numbered paragraph, heading-like, footnote, body), helped by the layout role the
PDF reader gives where it knows better (a framed panel is a box, small type at the page
bottom is a footnote). Paragraph numbers must rise by one: a line that starts with a number
out of sequence continues the unit before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from un_report.errors import InputError
from un_report.front import body_start, is_toc_line
from un_report.models import BBox, Document, Line, Unit
from un_report.rules import rules_for
from un_report.rules.base import LanguageRules

SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
TO_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
FOOTNOTE_START = re.compile(r"^(?P<marker>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(?P<text>.*)$")
NUMBERED = re.compile(r"^(?P<number>\d{1,3})\s*[.．](?!\d)\s*(?P<text>\S.*)$")
CLOSERS = "”’\"')）」』》]】⁰¹²³⁴⁵⁶⁷⁸⁹"  # may follow a sentence end: 。” or 。²


@dataclass
class _Draft:
    """A unit being assembled from its lines."""

    para: str
    kind: str
    number: int | None
    chapter: str
    section: str
    heading: str
    title: str
    page: int | None
    text: str = ""
    pages: list[int | None] = field(default_factory=list)
    boxes: list[BBox | None] = field(default_factory=list)


class _Layout:
    """Line classification for one language."""

    def __init__(self, rules: LanguageRules) -> None:
        layout = rules.layout
        self.rules = rules
        self.chapter = re.compile(layout.chapter)
        self.section = re.compile(layout.section)
        self.script = re.compile(rules.script)
        self.confusables = str.maketrans(dict(layout.confusables))
        self.sentence_end = layout.sentence_end
        self.max_heading = layout.max_heading_chars
        self.joins_digits = rules.lang == "zh"

    def section_match(self, text: str) -> re.Match[str] | None:
        if len(text) > self.max_heading:
            return None
        return self.section.match(text[:1].translate(self.confusables) + text[1:])

    def ends_sentence(self, text: str) -> bool:
        stripped = text.rstrip().rstrip(CLOSERS)
        return bool(stripped) and stripped[-1] in self.sentence_end + "."

    def heading_like(self, line: Line) -> bool:
        if line.role in ("heading", "box_title"):
            return True
        if line.role is not None:
            return False
        text = line.text.strip()
        return len(text) <= self.max_heading and not self.ends_sentence(text) and not text.endswith(",")

    def separator(self, left: str, right: str) -> str:
        """What joins two wrapped lines: nothing between CJK characters or split digits."""
        if not left or not right or left[-1].isspace() or right[0].isspace():
            return ""
        a, b = left[-1], right[0]
        if self.script.match(a) or self.script.match(b):
            return ""
        if self.joins_digits and a.isdigit() and b.isdigit():
            return ""
        return " "


def segment(doc: Document, path: Path | None = None) -> list[Unit]:
    """The units of a document, in reading order."""
    rules = rules_for(doc.lang)
    layout = _Layout(rules)
    lines = [ln for ln in doc.lines[body_start(doc.lines, rules) :] if not is_toc_line(ln.text)]
    drafts = _assemble(lines, layout)
    if not any(d.kind == "paragraph" for d in drafts):
        raise InputError(path or doc.source, "no numbered paragraphs found (is it a UN report body?)")
    _place_footnotes(drafts)
    return [_finish(d, doc, layout) for d in drafts]


def _place_footnotes(drafts: list[_Draft]) -> None:
    """A footnote belongs where it is cited: it takes the chapter, section and heading of
    the first unit whose text carries its marker, wherever the layout printed it."""
    for note in (d for d in drafts if d.kind == "footnote"):
        marker = note.para.removeprefix("fn-").translate(TO_SUPERSCRIPT)
        citing = next((d for d in drafts if d.kind != "footnote" and marker in d.text), None)
        if citing is not None:
            note.chapter, note.section, note.heading = citing.chapter, citing.section, citing.heading


def _assemble(lines: list[Line], layout: _Layout) -> list[_Draft]:
    drafts: list[_Draft] = []
    chapter = section = heading = ""
    want_chapter_title = False
    expected = 1
    paragraph: _Draft | None = None  # the numbered paragraph that body lines continue
    main: _Draft | None = None  # the paragraph or box that unmarked body lines continue
    footnote: _Draft | None = None
    title: list[Line] = []  # a box title waiting for its body
    boxes_seen = 0

    def start(kind: str, para: str, number: int | None, line: Line, box_title: str = "") -> _Draft:
        draft = _Draft(para, kind, number, chapter, section, heading, box_title, line.page)
        drafts.append(draft)
        return draft

    for i, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        fn = FOOTNOTE_START.match(text)
        if line.role == "footnote" or (fn and line.role is None):
            if fn:
                marker = int(fn["marker"].translate(SUPERSCRIPT_DIGITS))
                footnote = start("footnote", f"fn-{marker}", None, line)
                _append(footnote, line, layout, strip=len(text) - len(fn["text"]))
            elif footnote is not None:
                _append(footnote, line, layout)
            continue
        chapter_m = layout.chapter.match(text)
        if chapter_m and line.role in (None, "heading"):
            chapter, section, heading = text, "", ""
            want_chapter_title = not chapter_m.groupdict().get("title")
            paragraph = main = None
            continue
        numbered = NUMBERED.match(text)
        if numbered and int(numbered["number"]) == expected and line.role not in ("box", "box_title", "footnote"):
            if title:  # a title followed by a numbered paragraph was a heading after all
                heading, title = _joined(title, layout), []
            paragraph = main = start("paragraph", str(expected), expected, line)
            _append(paragraph, line, layout, strip=numbered.start("text"))
            expected += 1
            want_chapter_title = False
            continue
        section_m = layout.section_match(text)
        if section_m and line.role in (None, "heading"):
            letter = text[:1].translate(layout.confusables)
            section, heading, title = letter + text[1:], "", []
            paragraph = main = None
            want_chapter_title = False
            continue
        if line.role == "box_title":
            title.append(line)
            continue
        if line.role == "box":
            if title or main is None or main.kind != "box":
                boxes_seen += 1
                main = start("box", f"box-{boxes_seen}", None, title[0] if title else line, _joined(title, layout))
                title = []
            _append(main, line, layout)
            continue
        continues = (
            line.role is None
            and main is not None
            and not layout.ends_sentence(main.text)
            and not numbered
        )
        if layout.heading_like(line) and not continues:
            if want_chapter_title:
                chapter, want_chapter_title = f"{chapter} {text}", False
            elif line.role is None and nxt is not None and _is_body(nxt, layout, expected):
                title = [line]
            else:
                heading, title = text, []
            continue
        # A body line: a box's text after its title, or the continuation of a unit.
        if title:
            boxes_seen += 1
            main = start("box", f"box-{boxes_seen}", None, title[0], _joined(title, layout))
            title = []
            _append(main, line, layout)
            continue
        target = main
        if line.role == "body" or (
            main is not None and main.kind == "box" and paragraph is not None
            and not layout.ends_sentence(paragraph.text)
        ):
            target = paragraph or main
        if target is not None:
            _append(target, line, layout)
    return drafts


def _is_body(line: Line, layout: _Layout, expected: int) -> bool:
    """Whether a line is plain body text (what follows a box title)."""
    text = line.text.strip()
    if line.role not in (None, "body", "box"):
        return False
    numbered = NUMBERED.match(text)
    if numbered and int(numbered["number"]) == expected:
        return False
    if FOOTNOTE_START.match(text) or layout.chapter.match(text) or layout.section_match(text):
        return False
    return not layout.heading_like(line)


def _joined(lines: list[Line], layout: _Layout) -> str:
    out = ""
    for line in lines:
        text = line.text.strip()
        out += layout.separator(out, text) + text
    return out


def _append(draft: _Draft, line: Line, layout: _Layout, strip: int = 0) -> None:
    """Add a line's text (from offset `strip`) to a unit, keeping per-character provenance."""
    raw = line.text
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()[strip:].lstrip()
    offset = lead + (len(raw.strip()) - len(raw.strip()[strip:])) + (len(raw.strip()[strip:]) - len(text))
    boxes = list(line.boxes[offset : offset + len(text)]) if line.boxes else [None] * len(text)
    sep = layout.separator(draft.text, text)
    draft.text += sep + text
    draft.pages += [line.page] * (len(sep) + len(text))
    draft.boxes += [None] * len(sep) + boxes


def _finish(draft: _Draft, doc: Document, layout: _Layout) -> Unit:
    text, pages, boxes = _clean(draft.text, draft.pages, draft.boxes, layout)
    return Unit(
        report=doc.report,
        source=doc.source,
        lang=doc.lang,
        para=draft.para,
        kind=draft.kind,  # type: ignore[arg-type]
        number=draft.number,
        chapter=draft.chapter,
        section=draft.section,
        heading=draft.heading,
        title=draft.title,
        page=draft.page,
        text=text,
        pages=pages,
        boxes=boxes if any(b is not None for b in boxes) else None,
    )


def _clean(
    text: str, pages: list[int | None], boxes: list[BBox | None], layout: _Layout
) -> tuple[str, list[int | None], list[BBox | None]]:
    """Drop the spaces that line wrapping left between two CJK characters."""
    drop = [False] * len(text)
    for m in re.finditer(r"[ \u3000]+", text):
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        if before and after and layout.script.match(before) and layout.script.match(after):
            drop[m.start() : m.end()] = [True] * (m.end() - m.start())
    return (
        "".join(c for c, d in zip(text, drop, strict=True) if not d),
        [p for p, d in zip(pages, drop, strict=True) if not d],
        [b for b, d in zip(boxes, drop, strict=True) if not d],
    )
