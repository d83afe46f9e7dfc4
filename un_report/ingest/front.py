"""Front matter: where the body starts, and what the first page says of the document.

The body starts at the chapter heading just before paragraph 1; everything earlier (cover,
title page, note, table of contents) is front matter. A PDF's first page is read from its
masthead (`un_report.ingest.pdf.masthead`): the document's own symbols at the top right,
never one it cites in a footnote; its date, session, agenda item, title and job number.
The language is found before, by `un_report.ingest.detect`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from un_report.columns import line_texts
from un_report.ingest.furniture import JOB_NUMBER
from un_report.ingest.pdf.masthead import SAME_SIZE, Segment
from un_report.ingest.symbols import split_symbols
from un_report.models import FrontMatter, Line
from un_report.numbers import parse_digits, parse_words
from un_report.rules.base import LanguageRules, LayoutRules
from un_report.script import NUMBERED_LINE

# A contents entry in the front matter: a Markdown table row, or dot leaders then a page
# number. An ellipsis in a body paragraph (……, ". . . .") has no page number after it.
# The leaders are counted to their least (four dots, two ellipses): the same lines match
# as with "four or more", and the search stays linear in a line of dots without a number.
TOC_LINE = re.compile(
    r"""^\|.*\|$                               # a Markdown row: | … |
    | (?:(?:\.\s?){4}|(?:·\s?){4}|…{2})\s*\d{1,4}\s*$  # leaders, then the page number
    """,
    re.VERBOSE,
)

MASTHEAD_SHARE = 0.25  # the symbol, date and session stand in the top quarter of page 1
FOOT_SHARE = 0.85  # the job number stands below this share of page 1's height
COVER_REACH = 2  # a text cover's title stands within this many lines of its formula


def read_masthead(segments: list[Segment], width: float, height: float, rules: LanguageRules) -> FrontMatter:
    """The document's own symbols, date, session, agenda item, title and job number, from
    page 1's segments (the PDF masthead)."""
    layout = rules.layout
    top = [s for s in segments if s.top < MASTHEAD_SHARE * height]
    symbols = _masthead_symbols(top)
    date = next((d for d in (_date(s.text, layout) for s in top) if d), "") or _masthead_date(top, rules)
    session_re = re.compile(layout.session, re.IGNORECASE)
    agenda_re = re.compile(layout.agenda, re.IGNORECASE)
    upper = [s for s in segments if s.top < height / 2]
    session = next((s.text for s in upper if session_re.match(s.text)), "")
    agenda = next((s.text.rstrip("*").strip() for s in upper if agenda_re.match(s.text)), "")
    foot = [s for s in segments if s.top > FOOT_SHARE * height]
    job = next((m.group(0) for s in foot if (m := re.search(rf"{JOB_NUMBER.pattern}[A-Z]?", s.text))), "")
    cover = _official_records_formula(segments, layout)
    if cover is not None:  # a cover: the title is its largest type, beside the organ, session and supplement
        formula, session = cover
        title_lines = _largest_type([s for s in segments if s not in formula and s.top < FOOT_SHARE * height])
        bottom = max(s.bottom for s in [*formula, *title_lines])
        return FrontMatter(symbols=symbols, title=" ".join(s.text for s in title_lines), date=date,
                           session=session, agenda=agenda, job=job, body_top=bottom)
    heads = [s for s in upper if s.text in (session, agenda)] + [s for s in top if _date(s.text, layout)]
    below = max((s.bottom for s in heads), default=MASTHEAD_SHARE * height * 0.6)
    title, title_bottom = _title(segments, below, height)
    return FrontMatter(symbols=symbols, title=title, date=date, session=session, agenda=agenda, job=job,
                       body_top=title_bottom or (below if heads else None))


def _masthead_date(top: list[Segment], rules: LanguageRules) -> str:
    """The date of a masthead printed in another language than the document's: many
    editions print theirs in English (Russian text under "20 February 2024")."""
    from un_report.rules import MODULES, language

    layouts = [language(code).rules.layout for code in MODULES if code != rules.lang]
    return next((d for s in top for layout in layouts if (d := _date(s.text, layout))), "")


def _official_records_formula(segments: list[Segment], layout: LayoutRules) -> tuple[list[Segment], str] | None:
    """The segments of an Official Records cover's formula, on one line (大会正式记录第八十届
    会议补编第1号) or on two, one under the other (Eightieth Session / Supplement No. 1), and
    the session as printed; or None."""
    formula = re.compile(layout.session_symbol, re.IGNORECASE)
    for seg in segments:
        if m := formula.search(seg.text):
            return [seg], m.groupdict().get("printed") or seg.text
    for upper, lower in itertools.pairwise(segments):
        if formula.search(f"{upper.text}\n{lower.text}"):
            return [upper, lower], upper.text
    return None


def _largest_type(segments: list[Segment]) -> list[Segment]:
    """The segments set in the largest type, symbols and scraps of three letters or fewer aside."""
    words = [s for s in segments if not split_symbols(s.text) and len(s.text) > 3]
    size = max((s.size for s in words), default=0.0)
    return [s for s in words if abs(s.size - size) < SAME_SIZE]


def _masthead_symbols(top: list[Segment]) -> list[str]:
    """Symbols printed alone on a segment of the top area; a symbol broken after / or - at a
    line end is rejoined with the next line of its column."""
    out: list[str] = []
    for i, seg in enumerate(top):
        text = seg.text
        if text.endswith(("/", "-", "–")):
            column = (s for s in top[i + 1 :] if s.top >= seg.bottom - 1 and abs(s.x0 - seg.x0) < seg.size * 4)
            below = next(column, None)
            if below is not None:
                text += below.text
        for symbol in split_symbols(text):
            if symbol not in out:
                out.append(symbol)
    return out


def _date(text: str, layout: LayoutRules) -> str:
    m = re.search(layout.date, text)
    if m is None:
        return ""
    month = m["mon"].lower()
    number = int(month) if month.isdigit() else layout.months.get(month)
    day, year = int(m["dd"]), int(m["yyyy"])
    if number is None or not 1 <= number <= 12 or not 1 <= day <= 31:
        return ""
    return f"{year:04d}-{number:02d}-{day:02d}"


def _title(segments: list[Segment], after: float, height: float) -> tuple[str, float | None]:
    """The largest bold type below the masthead's last field (`after`), its lines joined,
    and where it ends."""
    lines = _largest_type([s for s in segments if after < s.top < FOOT_SHARE * height and s.bold])
    if not lines:
        return "", None
    size = max(s.size for s in lines)
    picked = [lines[0]]
    for s in lines[1:]:
        if s.top - picked[-1].bottom > 1.5 * size:
            break
        picked.append(s)
    return re.sub(r"\s*\*+$", "", " ".join(s.text for s in picked)).strip(), picked[-1].bottom


def front_fields(lines: Sequence[Line], rules: LanguageRules) -> FrontMatter:
    """Date, session, agenda item and title from a text's front matter (no masthead
    positions). A date alone on its line (`[18 July 2025]`) dates the document before one in
    a sentence or a title (the dates of a committee's session). An Official Records cover
    gives its session in its formula (大会正式记录第八十届会议补编第 1 号: 第八十届会议) and
    its title on the line above it (else below)."""
    layout = rules.layout
    session_re, agenda_re = re.compile(layout.session, re.IGNORECASE), re.compile(layout.agenda, re.IGNORECASE)
    texts = [t for ln in lines if ln.role != "footnote" and (t := ln.text.strip())]
    formula = re.compile(layout.session_symbol, re.IGNORECASE)
    cover = next(((i, m) for i, t in enumerate(texts) if (m := formula.search(t))), None)
    session = next((t for t in texts if session_re.match(t)), "")
    title = ""
    if cover is not None:
        at, m = cover
        session = session or (m.groupdict().get("printed") or "")
        title = _text_cover_title(texts, at, formula, layout)
    return FrontMatter(
        date=date_alone(lines, rules) or next((d for d in (_date(t, layout) for t in texts) if d), ""),
        session=session,
        agenda=next((t.rstrip("*").strip() for t in texts if agenda_re.match(t)), ""),
        title=title,
    )


def _text_cover_title(texts: list[str], at: int, formula: re.Pattern[str], layout: LayoutRules) -> str:
    """The title of a text's Official Records cover: the nearest line above its formula
    (`at`), else below it, within `COVER_REACH` lines, that holds words and is no formula,
    symbol or date."""
    def is_title(text: str) -> bool:
        return (3 < len(text) <= layout.max_heading_chars and any(c.isalpha() for c in text)
                and not formula.search(text) and not split_symbols(text) and not _date(text, layout))

    above = range(at - 1, max(-1, at - 1 - COVER_REACH), -1)
    near = itertools.chain(above, range(at + 1, min(len(texts), at + 1 + COVER_REACH)))
    return next((texts[i] for i in near if is_title(texts[i])), "")


def date_alone(lines: Sequence[Line], rules: LanguageRules) -> str:
    """The first date printed alone on its line (`[18 July 2025]`), as ISO 8601, or ""."""
    layout = rules.layout
    for ln in lines:
        text = ln.text.strip().strip("[]() ")
        if ln.role != "footnote" and re.fullmatch(layout.date, text):
            return _date(text, layout)
    return ""


def is_toc_line(text: str) -> bool:
    """A table-of-contents row of the front matter: a Markdown table row, or leaders and a page."""
    return bool(TOC_LINE.search(text.strip()))


def body_start(lines: Sequence[Line], rules: LanguageRules) -> int:
    """Index of the first body line: the chapter heading before paragraph 1, else paragraph 1."""
    chapter = re.compile(rules.layout.chapter)
    first = next(
        (
            i for i, text in enumerate(line_texts(lines))
            if text[:1] == "1" and _opens_paragraph_one(text) and not is_toc_line(text)  # (its number opens it)
        ),
        None,
    )
    if first is None:
        return 0
    for i in range(first - 1, -1, -1):
        if chapter.match(lines[i].text.strip()) and not is_toc_line(lines[i].text):
            return i
    return first


def _opens_paragraph_one(text: str) -> bool:
    numbered = NUMBERED_LINE.match(text)
    return numbered is not None and numbered["number"] == "1"


def report_symbol(lines: Sequence[Line], rules: LanguageRules) -> str | None:
    """The document symbol derived from the session and supplement the front matter names."""
    layout = rules.layout
    text = "\n".join(line.text for line in lines)
    squeezed = _squeezed(text)  # 大 会 正式记录 → 大会正式记录
    m = re.search(layout.session_symbol, squeezed, re.IGNORECASE) or re.search(
        layout.session_symbol, text, re.IGNORECASE
    )
    if m is None:
        return None
    session = _number(m["session"], rules)
    supplement = _number(m["supplement"], rules)
    if session is None or supplement is None:
        return None
    return layout.symbol_template.format(session=session, supplement=supplement)


_LONE_SPACE = re.compile(r"(?<=\S) (?=\S)")
SQUEEZE_BLOCK = 1 << 13  # characters squeezed at a time (a block of lone spaces is cut in a piece per word)


def _squeezed(text: str) -> str:
    """`text` without the lone spaces between two other characters, a block at a time: a
    text of a hundred thousand words is not cut into a hundred thousand pieces at once.
    Each block is read with one character more on either side, which a lone space inside
    needs and which is never dropped (it has no neighbour in the block), so it is cut off."""
    if len(text) <= SQUEEZE_BLOCK:
        return _LONE_SPACE.sub("", text)
    blocks = []
    for i in range(0, len(text), SQUEEZE_BLOCK):
        lo, hi = max(0, i - 1), min(len(text), i + SQUEEZE_BLOCK + 1)
        block = _LONE_SPACE.sub("", text[lo:hi])
        blocks.append(block[(i > 0) : len(block) - (hi > i + SQUEEZE_BLOCK)])
    return "".join(blocks)


def _number(written: str, rules: LanguageRules) -> int | None:
    written = written.strip()
    try:
        if written.isdigit():
            return int(parse_digits(written, rules.numerals))
        ordinal = rules.numerals.ordinals.get(written.lower()) if rules.numerals.ordinals else None
        if ordinal is not None:
            return ordinal
        return int(parse_words(written, rules.numerals))
    except (ValueError, KeyError, ArithmeticError):
        return None
