"""The number layer under the figures: every number the figure matcher sees, with its value.

`find_numbers` runs the same compiled pattern as `extract.find_spans` and keeps the number
of each span: sign, digits or numeral words, and magnitude (负1.1, 1.16 亿, 四千零五万), a
fraction's value (五分之一 → 0.2), or a share word's as a fraction of one (一半 → 0.5, two
thirds → 0.666…, half a million → 500000). It applies the exclusions that say a string is
no number at all (words that contain a numeral: 一看, 陆地; codes and web addresses: A/80/1) but none
of the rules that say a number is no *figure* (a numeral in words needs a unit, ordinals,
months, versions). Vague amounts (数百) have no number and are left out.

    find_numbers("这是五那是四", language("zh")) → [NumberSpan(2, 3, 5), NumberSpan(5, 6, 4)]
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from un_report.extract.matcher import CODE_AFTER, CODE_BEFORE, Span, excluded_spans, find_spans
from un_report.extract.resolver import in_excluded_word, number_value, parse_number, share_value
from un_report.language import Language
from un_report.numbers import ascii_view
from un_report.rules.base import LanguageRules


class NumberSpan(NamedTuple):
    """A number as found: offsets of its text (sign to magnitude) and its exact value."""

    start: int
    end: int
    value: Decimal


def find_numbers(text: str, language: Language) -> list[NumberSpan]:
    """Every number in `text`, left to right, before any figure rule is applied."""
    rules = language.rules
    patterns = language.patterns
    view = ascii_view(text)
    excluded = excluded_spans(view, patterns)
    found: list[NumberSpan] = []
    for span in find_spans(text, patterns):
        number = _number(span, rules)
        if number is None:
            continue
        if in_excluded_word(span, excluded):
            continue  # 一看, 四川, a web address
        start, end = number.start, _digits_end(span)
        if CODE_BEFORE.search(view[max(0, start - 2) : start]) or CODE_AFTER.match(view[end : end + 2]):
            continue  # A/80/1, G20, 2D
        found.append(number)
    return found


def _number(span: Span, rules: LanguageRules) -> NumberSpan | None:
    """The number inside a figure span, or None for a vague amount."""
    g, s = span.groups, span.group_starts
    if g.get("den") is not None:  # 五分之一
        den, num = parse_number(g["den"], rules), parse_number(g["num"], rules)
        if not den:
            return None
        return NumberSpan(s["den"], s["num"] + len(g["num"] or ""), num / den)
    if g.get("rden") is not None:  # one in five: two numbers, as written
        return NumberSpan(s["rnum"], s["rnum"] + len(g["rnum"] or ""), parse_number(g["rnum"], rules))
    value = share_value(span, rules) if g.get("share") is not None else number_value(span, rules)
    if value is None:
        return None
    start = next((s[key] for key in ("sign", "part", "arabic", "words", "lone", "share") if key in s), span.start)
    end = s["mag"] + len(g["mag"] or "") if g.get("mag") else _digits_end(span)
    return NumberSpan(start, end, value)


def _digits_end(span: Span) -> int:
    """Where the digits or numeral words of a span end (before magnitude and unit)."""
    g, s = span.groups, span.group_starts
    for key in ("num", "arabic", "words", "lone", "whole", "share"):
        if g.get(key) is not None:
            return s[key] + len(g[key] or "")
    return span.end
