"""Stage 3: units → figure records.

Two steps, kept apart (STYLE.md §3):
- `find_spans` matches one compiled pattern over a unit's text and yields candidate spans
  with the pieces it saw (qualifier, number, magnitude, unit word …);
- `resolve` turns a span into a `Figure`, or drops it when a non-figure rule applies
  (ordinals, document numbers, months, versions, names that contain a numeral).
All language knowledge comes from `LanguageRules`; this module holds no word of any language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import pairwise

from un_report.models import Figure, FigureKind, Lang, Qualifier, Unit
from un_report.numbers import (
    ARABIC,
    ascii_view,
    bare_units_pattern,
    parse_digits,
    parse_words,
    sign_pattern,
    words_pattern,
)
from un_report.rules import has_figure_rules, rules_for
from un_report.rules.base import FigureRules, LanguageRules, alternation
from un_report.subject import subject_for
from un_report.wordnum import parse_spaced_words, spaced_words_pattern

# A number touching one of these is part of a code, symbol, URL or version (A/80/1, G20).
CODE_BEFORE = re.compile(r"(?:[A-Za-z/_@#\\]|[A-Za-z]-|\d\.)$")
CODE_AFTER = re.compile(r"^(?:[A-Za-z_@\\]|/\d|\.\d|:\d|-[A-Za-z])")
# A web address: every number inside it is part of it (…?q=30%25).
WEB_ADDRESS = re.compile(r"(?<![A-Za-z0-9])(?:[A-Za-z][A-Za-z0-9+.\-]*://|www\.)[A-Za-z0-9\-._~:/?#@!$&*+=%]+")


@dataclass(frozen=True)
class Span:
    """A candidate figure as matched: offsets into the unit text and the named pieces."""

    start: int
    end: int
    groups: dict[str, str | None]
    group_starts: dict[str, int]


class Patterns:
    """The compiled patterns of one language, built once from its rule tables."""

    def __init__(self, rules: LanguageRules) -> None:
        f, n = figure_rules(rules), rules.numerals
        w = self.whole_words if rules.spaced else (lambda alt: alt)
        words = spaced_words_pattern(n) if rules.spaced else words_pattern(n)
        # a multiplier alone before 余/多 counts one of it: 百余名, 千多人
        lone = rf"(?P<lone>{alternation([*n.small_units, *n.magnitudes])})(?=\s*{alternation(f.qualifiers_between)})"
        number = rf"(?P<sign>{sign_pattern(n)})?(?:(?P<arabic>{ARABIC})|(?P<words>{words})|{lone})"
        vague_runs = (
            rf"{alternation(f.vague_prefixes)}[{''.join(n.small_units)}{''.join(n.magnitudes)}]+|"
            if f.vague_prefixes
            else ""
        )
        vague = rf"(?:{vague_runs}{w(alternation(f.vague_words))})"
        qual_before = w(alternation(f.qualifiers_before))
        suffix = w(alternation([*f.percent_after, *f.currencies_after, *f.share_suffixes, *f.units]))
        shares = w(alternation(f.share_words))
        # a share of a multiplier, in a spaced language: half a million, a quarter million
        article = rf"(?:{w(alternation(n.articles))}\s+)?"
        multiplier = w(alternation([*n.small_units, *n.magnitudes]))
        part, part_ahead = (
            (rf"(?P<part>{shares})\s+{article}(?P<whole>{multiplier})", rf"\s+{article}{multiplier}")
            if rules.spaced
            else ("(?P<part>(?!))(?P<whole>(?!))", "(?!)")
        )
        fraction = (
            rf"(?P<den>{ARABIC}|{words}|(?!{alternation(f.percent_before)}){bare_units_pattern(n)})"  # 千分之
            rf"\s*{re.escape(f.fraction_marker)}\s*(?P<num>{ARABIC}|{words_pattern(n, bound_alone=True)})"
            if f.fraction_marker
            else "(?P<den>(?!))(?P<num>(?!))"
        )
        ratio = (
            rf"(?P<rnum>{words})\s+{w(re.escape(f.ratio_marker))}\s+(?P<rden>{ARABIC}|{words})(?![\d])"
            if f.ratio_marker
            else "(?P<rnum>(?!))(?P<rden>(?!))"
        )
        self.figure = re.compile(
            rf"""
            # a share written as a fraction: 四分之一
            (?:(?P<fpre>{qual_before})\s*)?{fraction}
            |
            # a share written as a ratio: one in five
            (?:(?P<rpre>{qual_before})\s*)?{ratio}
            |
            # a share word: 一半, half (not half a million: a number, below)
            (?:(?P<spre>{qual_before})\s*)?(?P<share>{shares})(?!{part_ahead})
            |
            # every other figure: qualifier, currency or percent word, number, magnitude, unit
            (?:(?P<pre>{qual_before})\s*)?
            (?:(?P<cpre>{w(alternation(f.currencies_before))})\s*)?
            (?:(?P<ppre>{w(alternation(f.percent_before))})\s*)?
            (?:(?P<vague>{vague})|{number}|{part})
            (?:\s+(?P<tail>{w(alternation(n.fraction_tails))}))?
            (?:\s*(?P<mid>{w(alternation(f.qualifiers_between))}))?
            (?:\s*(?P<mag>{w(alternation(n.magnitudes))}))?
            (?:\s*(?P<suffix>{suffix}))?
            (?:\s*(?P<post>{w(alternation(f.qualifiers_after))}))?
            """,
            re.VERBOSE | re.IGNORECASE * rules.spaced,
        )
        flags = re.IGNORECASE * rules.spaced
        self.exclusions = re.compile(w(alternation(f.lexical_exclusions)), flags)
        self.ordinal_before = re.compile(w(alternation(f.ordinal_prefixes)) + r"\s*$", flags)
        self.ordinal_window = max((len(p) for p in f.ordinal_prefixes), default=0) + 3
        self.non_figure_after = re.compile(r"^\s*" + w(alternation(f.non_figure_followers)), flags)
        self.month_after = re.compile(r"^\s*" + w(alternation(f.month_followers)), flags)
        self.month_before = re.compile(w(alternation(f.month_words_before)) + r"\s*$", flags)
        self.share_guard = re.compile(r"^" + alternation(f.share_suffix_guards))
        self.guards = {
            word: re.compile(alternation(before) + "$") for word, before in f.qualifier_guards.items()
        }
        self.spaced = rules.spaced
        # Every figure holds a digit or a numeral, share or vague word: the matcher is tried
        # only near one of these anchors, not at every character of a unit.
        anchor_words = [*n.digits, *n.small_units, *n.magnitudes, *f.share_words, *f.vague_words, *f.vague_prefixes]
        if rules.spaced:  # a word token is an anchor if some anchor phrase has it as its longest word
            self.anchor = re.compile(r"\d|[^\W\d_]+")
            self.anchor_words = frozenset(max(re.split(r"[\s-]+", a), key=len).lower() for a in anchor_words)
        else:  # a character of a numeral word is an anchor
            self.anchor = re.compile("[0-9" + re.escape("".join(sorted(set("".join(anchor_words))))) + "]")
            self.anchor_words = frozenset()
        # How far before its anchor a figure may start: qualifier, currency, percent word, sign.
        prefixes = (f.qualifiers_before, f.currencies_before, f.percent_before, n.signs, n.articles)
        self.max_prefix = sum(max((len(p) for p in table), default=0) + 2 for table in prefixes)
        self.range_joiner = re.compile(r"^\s*" + w(alternation(f.range_joiners)) + r"\s*$", flags)

    @staticmethod
    def whole_words(alt: str) -> str:
        """An alternation that matches only whole words (not 'over' in 'overall'); an entry
        that starts with a sign ($, %, -year) may follow a word directly; one that ends in a
        digit (m2) is not followed by another (m212 is a code)."""
        return rf"(?:(?<![A-Za-z])|(?=[^A-Za-z])){alt}(?![A-Za-z])(?!(?<=[0-9])[0-9])"


def figure_rules(rules: LanguageRules) -> FigureRules:
    if rules.figures is None:
        raise ValueError(f"no figure rules for language {rules.lang!r}")
    return rules.figures


@cache
def patterns_for(lang: Lang) -> Patterns:
    return Patterns(rules_for(lang))


MAX_FIGURE_AFTER_ANCHOR = 120  # characters: number, magnitude, unit and qualifier after it


def find_spans(text: str, patterns: Patterns) -> Iterator[Span]:
    """Every candidate figure in `text`, left to right, never overlapping.

    The same matches as `patterns.figure.finditer`, found faster: the pattern is tried only
    just before each anchor (a digit or a numeral word), where a figure holding it can start."""
    view = ascii_view(text)  # same length, so offsets hold for `text`
    done = 0  # where the last figure ended
    for anchor in patterns.anchor.finditer(view):
        if anchor.start() < done:
            continue
        token = anchor.group()
        if patterns.anchor_words and not token[0].isdigit() and token.lower() not in patterns.anchor_words:
            continue  # a word that opens no figure
        end = anchor.end() + MAX_FIGURE_AFTER_ANCHOR
        for start in _starts(view, max(done, anchor.start() - patterns.max_prefix), anchor.start(), patterns):
            m = patterns.figure.match(view, start, end)
            if m is not None and m.end() > anchor.start():
                done = m.end()
                groups = m.groupdict()
                starts = {k: m.start(k) for k, v in groups.items() if v is not None}
                yield Span(m.start(), m.end(), groups, starts)
                break


def _starts(view: str, first: int, anchor: int, patterns: Patterns) -> Iterator[int]:
    """Where a figure holding the anchor may start, leftmost first: any character, or in a
    spaced language the start of a word or sign."""
    for i in range(first, anchor + 1):
        if not patterns.spaced or i == anchor or (not view[i].isspace() and (i == 0 or not view[i - 1].isalnum())):
            yield i


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


def _is_excluded(span: Span, text: str, patterns: Patterns, excluded: list[tuple[int, int]]) -> bool:
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


def extract_text(text: str, lang: Lang) -> list[Reading]:
    """The figures of one text in reading order (the engine's whole job)."""
    rules = rules_for(lang)
    patterns = patterns_for(lang)
    view = ascii_view(text)
    excluded = excluded_spans(view, patterns)
    found: list[Reading] = []
    skip_from = -1  # an ordinal's noun that is itself a numeral (第二个十年) is skipped too
    for span in find_spans(text, patterns):
        if span.start == skip_from:
            skip_from = span.end
            continue
        if _is_excluded(span, view, patterns, excluded):
            skip_from = span.end
            continue
        reading = resolve(span, view, rules, patterns)
        if reading is not None:
            reading.text = text[reading.start : reading.end]
            found.append(reading)
    _share_range_units(found, view, patterns)
    return found


def excluded_spans(view: str, patterns: Patterns) -> list[tuple[int, int]]:
    """Stretches of text where no number is one: words with a numeral (一起), web addresses."""
    found = [*patterns.exclusions.finditer(view), *WEB_ADDRESS.finditer(view)]
    return [(m.start(), m.end()) for m in found]


def _share_range_units(found: list[Reading], text: str, patterns: Patterns) -> None:
    """In '87 to 92 per cent' the first number is a percent too: it shares the range's sign."""
    for first, second in pairwise(found):
        bare = first.kind == "count" and not first.unit and first.qualifier == "exact"
        if bare and second.kind == "percent" and patterns.range_joiner.match(text[first.end : second.start]):
            first.kind, first.unit = "percent", "%"


def extract(units: list[Unit]) -> list[Figure]:
    """Every figure of every unit, each tied to its unit, offsets and page."""
    figures: list[Figure] = []
    for unit in units:
        if not has_figure_rules(unit.lang):
            continue
        for r in extract_text(unit.text, unit.lang):
            x0, top, x1, bottom = _bbox(unit, r.start, r.end)
            figures.append(
                Figure(
                    report=unit.report, source=unit.source, lang=unit.lang, para=unit.para,
                    kind=r.kind, value=r.value, unit=r.unit, qualifier=r.qualifier,
                    subject=subject_for(unit.text, r.start, r.end, r.kind, r.unit, unit.lang),
                    text=r.text, start=r.start, end=r.end, page=_page_at(unit, r.start),
                    x0=x0, top=top, x1=x1, bottom=bottom,
                )
            )
    return figures


def _page_at(unit: Unit, offset: int) -> int | None:
    if unit.pages and offset < len(unit.pages) and unit.pages[offset] is not None:
        return unit.pages[offset]
    return unit.page


def _bbox(unit: Unit, start: int, end: int) -> tuple[float | None, float | None, float | None, float | None]:
    """The union of the figure's character boxes on the page where it starts (PDF input)."""
    page = _page_at(unit, start)
    boxes = [
        b
        for i, b in enumerate((unit.boxes or [])[start:end], start)
        if b is not None and (not unit.pages or unit.pages[i] == page)
    ]
    if not boxes:
        return None, None, None, None
    return min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)
