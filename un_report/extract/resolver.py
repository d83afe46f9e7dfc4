"""The figure resolver: a matched span → a typed `Reading` (kind, exact value, unit,
qualifier, offsets), or None when a non-figure rule applies (ordinals, document numbers,
months, versions, names that contain a numeral).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from un_report.extract.matcher import CODE_AFTER, CODE_BEFORE, Patterns, Span, figure_rules
from un_report.models import FigureKind, Qualifier
from un_report.numbers import ascii_view, parse_digits, parse_words
from un_report.numbers.words import parse_spaced_words
from un_report.rules.base import LanguageRules


@dataclass
class Reading:
    """What the resolver read from a span: a figure before it is tied to its unit."""

    kind: FigureKind
    value: Decimal | None
    unit: str
    qualifier: Qualifier
    start: int
    end: int
    text: str = ""




def number_value(span: Span, rules: LanguageRules) -> Decimal | None:
    """The value of the span's number with its magnitude (1.16 亿 → 116000000)."""
    g = span.groups
    if g["vague"] is not None:
        return None
    if g.get("part") is not None:  # half a million
        multipliers = {**rules.numerals.small_units, **rules.numerals.magnitudes}
        whole = multipliers[_key(multipliers, g["whole"]) or ""]
        value = share_value(span, rules, "part") * whole
    elif g["arabic"] is not None:
        value = parse_digits(g["arabic"])
    elif g.get("lone") is not None:
        multipliers = {**rules.numerals.small_units, **rules.numerals.magnitudes}
        value = Decimal(multipliers[g["lone"] or ""])
    else:
        value = parse_number(g["words"], rules)
    tail = _key(rules.numerals.fraction_tails, g.get("tail"))
    if tail is not None:  # two and a half
        value += rules.numerals.fraction_tails[tail]
    if g["mag"]:
        value *= rules.numerals.magnitudes[_key(rules.numerals.magnitudes, g["mag"]) or g["mag"]]
    return -value if g.get("sign") else value


def share_value(span: Span, rules: LanguageRules, key: str = "share") -> Decimal:
    """A share word's value as a fraction of one (一半 → 0.5, two thirds → 0.666…)."""
    shares = figure_rules(rules).share_words
    return Decimal(shares[_key(shares, span.groups[key]) or ""]) / 100


def _number_bounds(span: Span) -> tuple[int, int]:
    """Offsets of the bare number (without qualifier, currency or unit)."""
    g, s = span.groups, span.group_starts
    if g.get("part") is not None:  # half a million
        return s["part"], s["whole"] + len(g["whole"] or "")
    for key in ("arabic", "words", "lone", "vague", "den", "rnum", "share"):
        if g.get(key) is not None:
            return s[key], s[key] + len(g[key] or "")
    return span.start, span.end


def in_excluded_word(span: Span, excluded: list[tuple[int, int]]) -> bool:
    """Whether the span's number lies in a word that holds a numeral but is no number (一起,
    之一) or in a web address. A fraction or a percent is one by its marker, whatever word
    its digits seem to form (十分之一, 百分之一百)."""
    if span.groups.get("den") is not None or span.groups.get("ppre") is not None:
        return False
    start, end = _number_bounds(span)
    return any(a <= start < b or a < end <= b for a, b in excluded)


def is_excluded(span: Span, text: str, patterns: Patterns, excluded: list[tuple[int, int]]) -> bool:
    """Non-figure contexts that hold for every kind of figure."""
    start, end = _number_bounds(span)
    if in_excluded_word(span, excluded):
        return True
    if CODE_BEFORE.search(text[max(0, start - 2) : start]):
        return True
    if span.groups.get("suffix") is None and CODE_AFTER.match(text[end : end + 2]):
        return True
    if patterns.ordinal_before.search(text[max(0, start - patterns.ordinal_window) : start]):
        return True
    return bool(patterns.non_figure_after.match(text[end:]))  # 90 年代 even though 年 is a unit


def resolve(span: Span, text: str, rules: LanguageRules, patterns: Patterns) -> Reading | None:
    """A figure's fields from a span, or None when the span is no figure."""
    f = figure_rules(rules)
    g = span.groups
    start, end = span.start, span.end
    qualifier: Qualifier = "exact"

    def qualifier_from(key: str, table: Mapping[str, Qualifier]) -> None:
        nonlocal qualifier, start
        word = _key(table, g.get(key))
        if word is None or qualifier != "exact":
            return
        guard = patterns.guards.get(word)
        if guard and guard.search(text[max(0, span.group_starts[key] - 2) : span.group_starts[key]]):
            start = _number_bounds(span)[0] if key in ("pre", "fpre", "spre", "rpre") else start
            return
        qualifier = table[word]

    if g.get("den") is not None:  # 四分之一
        qualifier_from("fpre", f.qualifiers_before)
        den = parse_number(g["den"], rules)
        num = parse_number(g["num"], rules)
        if not den:
            return None
        return Reading("percent", num / den * 100, "%", qualifier, start, end)
    if g.get("rden") is not None:  # one in five
        qualifier_from("rpre", f.qualifiers_before)
        num, den = parse_number(g["rnum"], rules), parse_number(g["rden"], rules)
        if not 0 < num < den:
            return None
        return Reading("percent", num / den * 100, "%", qualifier, start, end)
    share_word = _key(f.share_words, g.get("share"))
    if share_word is not None:  # 一半, half
        qualifier_from("spre", f.qualifiers_before)
        return Reading("percent", Decimal(f.share_words[share_word]), "%", qualifier, start, end)

    for key, table in (("pre", f.qualifiers_before), ("mid", f.qualifiers_between), ("post", f.qualifiers_after)):
        qualifier_from(key, table)
    suffix = g.get("suffix")
    value = number_value(span, rules)

    if g.get("ppre") or _key(dict.fromkeys(f.percent_after), suffix) is not None:
        return Reading("percent", value, "%", qualifier, start, end)
    share_suffix = _key(f.share_suffixes, suffix)
    if share_suffix is not None:  # 三成
        if patterns.share_guard.match(text[span.end :]):
            return None
        share = None if value is None else value * f.share_suffixes[share_suffix]
        return Reading("percent", share, "%", qualifier, start, end)
    after, before = _key(f.currencies_after, suffix), _key(f.currencies_before, g.get("cpre"))
    currency = f.currencies_after[after] if after else f.currencies_before[before] if before else None
    if currency is not None:
        amount = None if value is None else value * currency.scale
        return Reading("money", amount, currency.iso, qualifier, start, end)

    written_in_words = any(g.get(key) is not None for key in ("words", "lone", "vague"))
    vague_magnitude = any(m in (g.get("vague") or "") for m in rules.numerals.magnitudes)  # 数十万
    has_unit = suffix is not None or g.get("mag") is not None or vague_magnitude
    if written_in_words and f.words_need_unit and not has_unit:
        return None  # 一 alone is a word, not a figure
    digits = g.get("arabic")
    if digits is not None and suffix is None and g.get("mag") is None:
        if "." in digits:
            return None  # a decimal with nothing after it is a version name (联合国 2.0)
        if patterns.month_after.match(text[span.end :]):
            return None  # 8 月, 18 July: dates are never figures
        if len(digits) <= 2 and patterns.month_before.search(text[max(0, span.start - 12) : span.start]):
            return None  # July 18: a day
    if _is_year(digits or _spelled_digits(g.get("words"), rules), suffix, g, qualifier, rules):
        year_end = end if suffix and suffix == f.year_unit else _number_bounds(span)[1]
        return Reading("year", value, "", "exact", start, year_end)
    return Reading("count", value, suffix or "", qualifier, start, end)


def _key(table: Mapping[str, object], word: str | None) -> str | None:
    """The table's own key for a word as written (case and spacing may differ in English)."""
    if word is None:
        return None
    if word in table:
        return word
    folded = re.sub(r"\s+", " ", word).lower()
    return next((k for k in table if k.lower() == folded), None)


def _spelled_digits(words: str | None, rules: LanguageRules) -> str | None:
    """A numeral spelled digit by digit (二〇二四) as its digits, so it can be a year."""
    digits = rules.numerals.digits
    if not words or len(words) < 2 or not all(c in digits for c in words):
        return None
    return "".join(str(digits[c]) for c in words)


def _is_year(digits: str | None, suffix: str | None, g: dict, qualifier: str, rules: LanguageRules) -> bool:
    """A calendar year: four plain digits, no qualifier, and the year word or nothing after."""
    f = figure_rules(rules)
    if digits is None or len(digits) != 4 or not digits.isdigit() or qualifier != "exact":
        return False
    if g.get("mag") or g.get("mid") or g.get("pre") or g.get("sign"):
        return False
    year = int(digits)
    if suffix and suffix == f.year_unit:
        return f.year_range[0] <= year <= f.year_range[1]
    return suffix is None and f.bare_year_range[0] <= year <= f.bare_year_range[1]


def parse_number(written: str | None, rules: LanguageRules) -> Decimal:
    """The value of a number as written: digits, or numeral words of the language."""
    written = ascii_view(written or "")
    if written[:1].isdigit():
        return parse_digits(written)
    if rules.spaced:
        return parse_spaced_words(written, rules.numerals)
    return parse_words(written, rules.numerals)


