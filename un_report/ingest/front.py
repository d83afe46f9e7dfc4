"""Front matter: where the body starts, the report's symbol and its language.

The body starts at the chapter heading just before paragraph 1; everything earlier (cover,
title page, note, table of contents) is front matter, and the symbol is read from it.
The language is found before, by `un_report.ingest.detect`.
"""

from __future__ import annotations

import re

from un_report.models import Line
from un_report.numbers import parse_digits, parse_words
from un_report.rules.base import LanguageRules
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

def is_toc_line(text: str) -> bool:
    """A table-of-contents row of the front matter: a Markdown table row, or leaders and a page."""
    return bool(TOC_LINE.search(text.strip()))


def body_start(lines: list[Line], rules: LanguageRules) -> int:
    """Index of the first body line: the chapter heading before paragraph 1, else paragraph 1."""
    chapter = re.compile(rules.layout.chapter)
    first = next(
        (i for i, ln in enumerate(lines) if _opens_paragraph_one(ln.text) and not is_toc_line(ln.text)),
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


def report_symbol(lines: list[Line], rules: LanguageRules) -> str | None:
    """The document symbol as printed (A/80/1), or derived from session and supplement."""
    layout = rules.layout
    text = "\n".join(line.text for line in lines)
    squeezed = re.sub(r"(?<=\S) (?=\S)", "", text)  # 大 会 正式记录 → 大会正式记录
    printed = re.search(layout.symbol, text)
    if printed:
        return printed.group(0)
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
