"""The figure matcher: one compiled pattern per language, tried near anchors, yielding
candidate `Match`es over a unit's text with the pieces it saw (qualifier, number,
magnitude, unit word …). Which match is a figure, and what kind, is the resolver's business.

The pattern is built from named fragments, each a small function of the rule tables with
its own rows in tests/test_matcher.py:

    fraction      a share written as a fraction (the fraction marker between two numbers)
    ratio         a share written as a ratio (a numeral in words, the ratio marker, a number)
    share         a share word on its own (not one before a multiplier: that is a number)
    number        a number in digits or words, a lone multiplier before an in-between
                  qualifier, a vague amount, or a share of a multiplier; a sign before it
    figure        every other figure: qualifier, currency or percent word, number,
                  fraction tail, in-between qualifier, magnitude, unit word, qualifier after
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, fields
from typing import Literal, NamedTuple, TypeVar

from un_report.extract.scan import scanning
from un_report.numbers import arabic_pattern, ascii_view, bare_units_pattern, sign_pattern, words_pattern
from un_report.numbers.words import spaced_words_pattern
from un_report.rules.base import NOTHING, FigureRules, LanguageRules, alternation
from un_report.script import CLOSING_BRACKETS, CODE_LETTER, CODE_LETTERS, LETTER, OPENING_BRACKETS

# A number touching one of these is part of a code, symbol, URL or version (A/80/1, G20,
# the meeting record CEDAW/C/SR.2047, A/C.5/69/L.1); looked for in the last CODE_WINDOW characters.
CODE_BEFORE = re.compile(rf"(?:[{CODE_LETTERS}/_@#\\]|{CODE_LETTER}-|\d\.|/[A-Z]{{1,4}}\.)$")
CODE_WINDOW = 6
FOLLOWER_WINDOW = 64  # how far after a number the words that undo it (年代, 成员, 月) are looked for
MONTH_WINDOW = 12  # how far before a day a month word is looked for (July 18)
# Characters read beyond those windows: the widest look-behind of a rule pattern (a guard
# word before a reference word: 代表) and the one character a whole word looks at.
LOOK_MARGIN = 16
CODE_AFTER = re.compile(rf"^(?:[{CODE_LETTERS}_@\\]|/\d|\.\d|:\d|-{CODE_LETTER})")
# A web address: every number inside it is part of it (…?q=30%25).
WEB_ADDRESS = scanning(r"(?<![A-Za-z0-9])(?:[A-Za-z][A-Za-z0-9+.\-]*://|www\.)[A-Za-z0-9\-._~:/?#@!$&*+=%]+")
T = TypeVar("T")

Form = Literal["fraction", "ratio", "share", "number"]


class Piece(NamedTuple):
    """One named piece of a match: its text as written and where it starts in the unit."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class Match:
    """A candidate figure as matched: its offsets, its form and the pieces seen, each None
    when absent. `numerator` and `denominator` are those of a fraction or a ratio; `part`
    and `whole` those of a share of a multiplier (half a million)."""

    start: int
    end: int
    form: Form
    qualifier_before: Piece | None = None
    currency_before: Piece | None = None
    percent_before: Piece | None = None
    sign: Piece | None = None
    digits: Piece | None = None  # 35 000, 1.16
    words: Piece | None = None  # 一千五百, twenty-five
    lone: Piece | None = None  # a multiplier alone before an in-between qualifier: 百余名
    vague: Piece | None = None  # 数百, thousands
    part: Piece | None = None
    whole: Piece | None = None
    share: Piece | None = None  # 一半, two thirds
    numerator: Piece | None = None
    denominator: Piece | None = None
    tail: Piece | None = None  # and a half
    between: Piece | None = None  # a qualifier between number and magnitude: 1 700 多万
    magnitude: Piece | None = None
    suffix: Piece | None = None  # a percent word, currency, share suffix or unit after
    unit_tail: Piece | None = None  # a fraction after the unit: 四年半
    qualifier_after: Piece | None = None

    @property
    def number(self) -> Piece | None:
        """The number itself, in digits, words or a lone multiplier."""
        return self.digits or self.words or self.lone

    @property
    def in_words(self) -> bool:
        return self.words is not None or self.lone is not None or self.vague is not None

    def bounds(self) -> tuple[int, int]:
        """Offsets of the bare number (without qualifier, currency or unit)."""
        if self.part is not None and self.whole is not None:  # half a million
            return self.part.start, self.whole.end
        if self.form == "fraction" and self.denominator is not None and self.numerator is not None:
            first, last = sorted((self.denominator, self.numerator), key=lambda p: p.start)
            return first.start, last.end
        if self.form == "ratio" and self.numerator is not None:
            return self.numerator.start, self.numerator.end
        piece = self.number or self.vague or self.share
        return (piece.start, piece.end) if piece else (self.start, self.end)


def moved(m: Match, offset: int) -> Match:
    """The same match `offset` characters further on (one read on a stretch of a text, placed
    in the whole text)."""
    pieces = {name: Piece(p.text, p.start + offset) for name, p in vars(m).items() if isinstance(p, Piece)}
    return Match(m.start + offset, m.end + offset, m.form, **pieces)


# The pattern's group names → the `Match` field each fills (several alternatives of the
# pattern have a qualifier before: one group name each, one field).
_GROUPS: dict[str, str] = {
    "fpre": "qualifier_before", "rpre": "qualifier_before", "spre": "qualifier_before", "qbefore": "qualifier_before",
    "cpre": "currency_before", "ppre": "percent_before", "sign": "sign", "arabic": "digits", "words": "words",
    "lone": "lone", "vague": "vague", "part": "part", "whole": "whole", "share": "share",
    "den": "denominator", "num": "numerator", "rden": "denominator", "rnum": "numerator",
    "sden": "denominator", "snum": "numerator", "utail": "unit_tail",
    "tail": "tail", "qbetween": "between", "mag": "magnitude", "suffix": "suffix", "qafter": "qualifier_after",
}
_FORMS: tuple[tuple[str, Form], ...] = (
    ("den", "fraction"), ("sden", "fraction"), ("rden", "ratio"), ("share", "share"),
)
assert set(_GROUPS.values()) <= {f.name for f in fields(Match)}


def to_match(m: re.Match[str]) -> Match:
    """The typed record of a regex match of the figure pattern."""
    text, spans = m.string, m.regs
    groups, forms = _group_numbers(m.re)
    pieces = {field: Piece(text[spans[i][0] : spans[i][1]], spans[i][0]) for i, field in groups if spans[i][0] >= 0}
    form: Form = next((form for i, form in forms if spans[i][0] >= 0), "number")
    return Match(spans[0][0], spans[0][1], form, **pieces)


_Numbers = tuple[tuple[tuple[int, str], ...], tuple[tuple[int, Form], ...]]
_NUMBERS: dict[int, tuple[re.Pattern[str], _Numbers]] = {}  # by id: a pattern hashes its whole text


def _group_numbers(pattern: re.Pattern[str]) -> _Numbers:
    """The figure pattern's group numbers with the `Match` field each fills, and with the form
    each marks."""
    cached = _NUMBERS.get(id(pattern))
    if cached is None or cached[0] is not pattern:
        index = pattern.groupindex
        numbers = (
            tuple((index[name], field) for name, field in _GROUPS.items()),
            tuple((index[group], form) for group, form in _FORMS),
        )
        cached = _NUMBERS[id(pattern)] = (pattern, numbers)
    return cached[1]


# --- fragments: small functions of the rules, each with rows in tests/test_matcher.py ---


def words_of(rules: LanguageRules) -> Callable[[str], str]:
    """How a word list matches: as whole words in a spaced language, anywhere otherwise."""
    return whole_words if rules.spaced else (lambda alt: alt)


def whole_words(alt: str) -> str:
    """An alternation that matches only whole words (not 'over' in 'overall'); an entry
    that starts with a sign ($, %, -year) may follow a word directly; one that ends in a
    digit (m2) is not followed by another (m212 is a code); one that ends in an elision
    apostrophe (plus d') runs into the next word."""
    return rf"(?:(?<!{LETTER})|(?!{LETTER})){alt}(?:(?<=['’])|(?!{LETTER}))(?!(?<=[0-9])[0-9])"


def numeral_words(rules: LanguageRules) -> str:
    """A numeral in words, by the grammar of the language (spaced or not)."""
    return spaced_words_pattern(rules.numerals) if rules.spaced else words_pattern(rules.numerals)


def multiplier(rules: LanguageRules) -> str:
    """A small unit or magnitude (百, 万; hundred, million)."""
    n = rules.numerals
    return words_of(rules)(alternation([*n.small_units, *n.magnitudes]))


def lone_multiplier(rules: LanguageRules, f: FigureRules) -> str:
    """A multiplier alone before an in-between qualifier counts one of it: 百余名, 千多人."""
    n = rules.numerals
    return rf"(?P<lone>{alternation([*n.small_units, *n.magnitudes])})(?=\s*{alternation(f.qualifiers_between)})"


def vague_amount(rules: LanguageRules, f: FigureRules) -> str:
    """A vague amount: a vague prefix before multipliers (数百万), or a vague word."""
    n = rules.numerals
    before_marker = rf"(?!\s*{re.escape(f.fraction_marker)})" if f.fraction_marker else ""  # 加上百分之: no 上百
    runs = (
        rf"{alternation(f.vague_prefixes)}[{''.join(n.small_units)}{''.join(n.magnitudes)}]+{before_marker}|"
        if f.vague_prefixes
        else ""
    )
    return rf"(?:{runs}{words_of(rules)(alternation(f.vague_words))})"


def share_of_multiplier(rules: LanguageRules, f: FigureRules) -> tuple[str, str]:
    """A share of a multiplier in a spaced language (half a million, a quarter million), and
    what must not follow a share word for it to be one on its own."""
    if not rules.spaced:
        return "(?P<part>(?!))(?P<whole>(?!))", NOTHING
    w = words_of(rules)
    article = rf"(?:{w(alternation(rules.numerals.articles))}\s+)?"
    shares = w(alternation(f.share_words))
    return rf"(?P<part>{shares})\s+{article}(?P<whole>{multiplier(rules)})", rf"\s+{article}{multiplier(rules)}"


def number(rules: LanguageRules, f: FigureRules) -> str:
    """A number with its sign: digits, numeral words or a lone multiplier; a vague amount;
    or a share of a multiplier."""
    n = rules.numerals
    part, _ = share_of_multiplier(rules, f)
    digits_or_words = rf"(?P<arabic>{arabic_pattern(n)})|(?P<words>{numeral_words(rules)})|{lone_multiplier(rules, f)}"
    return rf"(?:(?P<vague>{vague_amount(rules, f)})|(?P<sign>{sign_pattern(n)})?(?:{digits_or_words})|{part})"


def slash_fraction(f: FigureRules) -> str:
    """A share written with a slash, numerator below denominator (1/3), where the rules allow."""
    if not f.slash_denominator:
        return "(?P<snum>(?!))(?P<sden>(?!))"
    dens = "|".join(str(d) for d in range(f.slash_denominator, 1, -1))
    return rf"(?<![\d/.])(?P<snum>[1-9])/(?P<sden>{dens})(?![\d/.])"


def fraction(rules: LanguageRules, f: FigureRules) -> str:
    """Y/X written "X marker Y" (四分之一; 千分之五 with a bare multiplier as X)."""
    if not f.fraction_marker:
        return "(?P<den>(?!))(?P<num>(?!))"
    n = rules.numerals
    arabic = arabic_pattern(n)
    den = rf"{arabic}|{numeral_words(rules)}|(?!{alternation(f.percent_before)}){bare_units_pattern(n)}"
    num = rf"{arabic}|{words_pattern(n, bound_alone=True)}"
    return rf"(?P<den>{den})\s*{re.escape(f.fraction_marker)}\s*(?P<num>{num})"


def ratio(rules: LanguageRules, f: FigureRules) -> str:
    """A numeral in words, the ratio marker, a number that is no year: one in five."""
    if not f.ratio_marker:
        return "(?P<rnum>(?!))(?P<rden>(?!))"
    words = numeral_words(rules)
    marker = words_of(rules)(re.escape(f.ratio_marker))
    den = rf"(?!{year_like(f)}){arabic_pattern(rules.numerals)}|{words}"  # eleven in 2002 is no share
    return rf"(?P<rnum>{words})\s+{marker}\s+(?P<rden>{den})(?![\d])"


def year_like(f: FigureRules) -> str:
    """Four digits in the centuries of the bare year range (1900 … 2199 for 1900 … 2100)."""
    lo, hi = f.bare_year_range
    return rf"(?:{'|'.join(str(c) for c in range(lo // 100, hi // 100 + 1))})\d\d(?!\d)"


def suffix(rules: LanguageRules, f: FigureRules) -> str:
    """What may follow a number: a percent word, a currency, a share suffix or a unit."""
    return words_of(rules)(alternation([*f.percent_after, *f.currencies_after, *f.share_suffixes, *f.units]))


def figure_pattern(rules: LanguageRules) -> str:
    """The whole figure pattern, one alternative per form (verbose regex)."""
    f, n = figure_rules(rules), rules.numerals
    w = words_of(rules)
    qualifier = w(alternation(f.qualifiers_before))
    shares = w(alternation(f.share_words))
    _, part_ahead = share_of_multiplier(rules, f)
    return rf"""
        # a fraction
        (?:(?P<fpre>{qualifier})\s*)?(?:{fraction(rules, f)}|{slash_fraction(f)})
        |
        # a ratio
        (?:(?P<rpre>{qualifier})\s*)?{ratio(rules, f)}
        |
        # a share word on its own
        (?:(?P<spre>{qualifier})\s*)?(?P<share>{shares})(?!{part_ahead})
        |
        # every other figure
        (?:(?P<qbefore>{qualifier})\s*)?
        (?:(?P<cpre>{w(alternation(f.currencies_before))})\s*)?
        (?:(?P<ppre>{w(alternation(f.percent_before))})\s*)?
        {number(rules, f)}
        (?:\s+(?P<tail>{w(alternation(n.fraction_tails))}))?
        (?:\s*(?P<qbetween>{w(alternation(f.qualifiers_between))}))?
        (?:\s*(?P<mag>{w(alternation(n.magnitudes))}))?
        (?:\s*(?P<suffix>{suffix(rules, f)})(?P<utail>{alternation(f.unit_tails)})?)?
        (?:\s*(?P<qafter>{w(alternation(f.qualifiers_after))}))?
        """


class Patterns:
    """The compiled patterns of one language, built once from its rule tables."""

    def __init__(self, rules: LanguageRules) -> None:
        f, n = figure_rules(rules), rules.numerals
        w = words_of(rules)
        flags = re.IGNORECASE * rules.spaced
        self.figure = re.compile(figure_pattern(rules), re.VERBOSE | flags)
        self.exclusions = scanning(w(alternation(f.lexical_exclusions)), flags)  # scanned over whole texts
        self.ordinal_before = re.compile(_guarded(f.ordinal_prefixes, f.ordinal_guards, w) + r"\s*$", flags)
        self.ordinal_window = max((len(p) for p in f.ordinal_prefixes), default=0) + 3
        self.ordinal_last = last_letters(f.ordinal_prefixes, flags)
        # a follower may come after a bracketed mark: 1576 (L)号决议
        opening, closing_marks = re.escape(OPENING_BRACKETS), re.escape(CLOSING_BRACKETS)
        bracketed = rf"(?:[{opening}][^\s{opening}{closing_marks}]{{1,8}}[{closing_marks}]\s*)?"
        self.non_figure_after = re.compile(r"^\s*" + bracketed + w(alternation(f.non_figure_followers)), flags)
        self.modifier_ahead = re.compile(r"^" + alternation(f.noun_modifiers))
        self.month_after = re.compile(r"^\s*" + w(alternation(f.month_followers)), flags)
        self.month_before = re.compile(w(alternation(f.month_words_before)) + r"\s*$", flags)
        self.month_last = last_letters(f.month_words_before, flags)
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
        self.range_ahead = re.compile(r"^\s*" + w(alternation(f.range_joiners)) + r"\s*(?=\S)", flags)
        # between two members of a list or range, after a closing bracket: 1540 (2004) and 2325
        joiners = w(alternation([*f.list_joiners, *f.range_joiners]))
        separators = alternation(f.list_separators)
        closing = f"[{re.escape(CLOSING_BRACKETS)}]?"
        # (a separator may come before the joiner: 2014 (2011)، و 2051; 1540 (2004), and 2325)
        self.list_gap = re.compile(rf"^\s*{closing}\s*(?:{separators}\s*)?{joiners}\s*$", flags)
        self.joiner_gap = re.compile(rf"^\s*{joiners}\s*$", flags)  # no bracket: 17 to 25 May
        self.separator_gap = re.compile(rf"^\s*{closing}\s*{separators}\s*$")
        # after a member of a list joined by a separator: the list goes on, or ends
        brackets = re.escape(CLOSING_BRACKETS + OPENING_BRACKETS)
        self.list_goes_on = re.compile(rf"^\s*(?:{joiners}|{separators}|[{brackets}.;:]|$)", flags)
        self.code_prefix = re.compile(w(alternation(f.code_prefixes)) + "$", flags)
        self.code_prefix_window = 2 * max((len(p) for p in f.code_prefixes), default=0) + 2
        self.bracket_gap = re.compile(rf"^\s*[{re.escape(OPENING_BRACKETS)}]\s*$")  # 1540 (2004)
        spans = "|".join(f"(?:{p})" for p in f.non_figure_spans) or NOTHING
        self.non_figure_spans = scanning(spans, flags)
        # Any text between two matches that one of the passes reading several matches together
        # (lists, ranges, repeats) may join them across; more is harmless, less is not.
        gaps = (self.list_gap, self.joiner_gap, self.separator_gap, self.bracket_gap, self.range_joiner)
        self.joining_gap = re.compile("|".join(f"(?:{g.pattern})" for g in gaps), re.IGNORECASE)
        self._gaps_read: dict[str, bool] = {}  # `joins` of the short gaps met (most are a space or a comma)
        # How far around a match its reading looks (`extract.windows`): before its start for
        # codes, reference words, months and guards; after its end for followers and subjects.
        subjects = rules.subjects.max_chars if rules.subjects else 0
        self.look_before = max(CODE_WINDOW, self.code_prefix_window, self.ordinal_window, MONTH_WINDOW) + LOOK_MARGIN
        self.look_after = max(FOLLOWER_WINDOW, subjects) + LOOK_MARGIN

    def joins(self, gap: str) -> bool:
        """Whether `joining_gap` matches `gap`. The pattern takes microseconds even on a
        space, and a figure-dense text repeats the few gaps it has: the short ones are kept."""
        joined = self._gaps_read.get(gap)
        if joined is None:
            joined = self.joining_gap.match(gap) is not None
            if len(gap) <= GAP_KEPT_CHARS and len(self._gaps_read) < GAPS_KEPT:
                self._gaps_read[gap] = joined
        return joined


GAP_KEPT_CHARS, GAPS_KEPT = 8, 4096  # the gaps `Patterns.joins` keeps: how long each, how many


def last_letters(words: Iterable[str], flags: int) -> re.Pattern[str] | None:
    """The last characters of `words` as a class, compiled like the pattern of the words
    (so it ignores case where that does): a word can end before an offset only where one
    of them does (`may_end_before`). None when a word ends in white space."""
    last = {w[-1] for w in words if w}
    if any(c.isspace() for c in last):
        return None
    return re.compile("[" + "".join(re.escape(c) for c in sorted(last)) + "]" if last else NOTHING, flags)


def may_end_before(view: str, offset: int, window: int, last: re.Pattern[str] | None) -> bool:
    """Whether a word whose last character is in the class `last` may end before `offset`
    within `window` characters, with only white space between: a look at one character
    that spares most searches of a pattern of words ending there (…\\s*$)."""
    if last is None:
        return True
    tail = view[max(0, offset - window) : offset].rstrip()
    return bool(tail) and last.match(tail[-1]) is not None


def _guarded(words: Iterable[str], guards: Mapping[str, tuple[str, ...]], w: Callable[[str], str]) -> str:
    """An alternation of words, each not preceded by its guards (代表 is no 表)."""
    plain = [word for word in words if word not in guards]
    guarded = [
        "".join(f"(?<!{re.escape(g)})" for g in guards[word]) + re.escape(word) for word in words if word in guards
    ]
    return w("(?:" + "|".join([alternation(plain), *guarded]) + ")")


def figure_rules(rules: LanguageRules) -> FigureRules:
    if rules.figures is None:
        raise ValueError(f"no figure rules for language {rules.lang!r}")
    return rules.figures


MAX_FIGURE_AFTER_ANCHOR = 120  # characters: number, magnitude, unit and qualifier after it


def find_matches(text: str, patterns: Patterns) -> Iterator[Match]:
    """Every candidate figure in `text`, left to right, never overlapping.

    The same matches as `patterns.figure.finditer`, found faster: the pattern is tried only
    just before each anchor (a digit or a numeral word), where a figure holding it can start."""
    view = ascii_view(text)  # same length, so offsets hold for `text`

    def at(first: int, anchor: int, anchor_end: int) -> tuple[Match, int] | None:
        m = first_match(view, first, anchor, anchor_end + MAX_FIGURE_AFTER_ANCHOR, patterns)
        return None if m is None else (to_match(m), m.end())

    return anchored(view, patterns, at)


def anchored(view: str, patterns: Patterns, at: Callable[[int, int, int], tuple[T, int] | None]) -> Iterator[T]:
    """What `at(first, anchor, anchor_end)` finds for each anchor of `view`, left to right:
    a figure holding the anchor that starts at `first` or later, and where it ends (None
    when there is none). `find_matches` reads the pattern there; extract reads it once per
    distinct stretch of text around the anchor (`extract.windows`)."""
    done = 0  # where the last figure ended
    # Every start before `tried` was tried for an earlier anchor and gave no figure holding
    # it: none can hold a later anchor either, so each start is tried once (linear time;
    # retrying them made a run of 万 cost the look-back window once per character).
    tried = 0
    words, max_prefix = patterns.anchor_words, patterns.max_prefix  # (read once: this runs per word)
    for anchor in patterns.anchor.finditer(view):
        start, end = anchor.span()
        if start < done:
            continue
        if words:
            token = anchor.group()
            if not token[0].isdigit() and token.lower() not in words:
                continue  # a word that opens no figure
        found = at(max(done, tried, start - max_prefix), start, end)
        if found is not None:
            item, done = found
            yield item
        if tried <= start:
            tried = start + 1


def holds_anchor(view: str, patterns: Patterns) -> bool:
    """Whether `view` has an anchor a figure may hold (a digit, a character or word of a
    numeral, a unit or a share of the language's rules): where it has none, `anchored`
    tries no pattern, and nothing more need be read."""
    words = patterns.anchor_words
    for anchor in patterns.anchor.finditer(view):
        token = anchor.group()
        if not words or token[0].isdigit() or token.lower() in words:
            return True
    return False


def first_match(view: str, first: int, anchor: int, end: int, patterns: Patterns) -> re.Match[str] | None:
    """The leftmost match of the figure pattern starting from `first` on that holds the
    anchor, read no further than `end`."""
    for start in _starts(view, first, anchor, patterns):
        m = patterns.figure.match(view, start, end)
        if m is not None and m.end() > anchor:
            return m
    return None


def _starts(view: str, first: int, anchor: int, patterns: Patterns) -> Iterator[int]:
    """Where a figure holding the anchor may start, leftmost first: any character, or in a
    spaced language the start of a word or sign."""
    for i in range(first, anchor + 1):
        if not patterns.spaced or i == anchor or (not view[i].isspace() and (i == 0 or not view[i - 1].isalnum())):
            yield i


class Stretches:
    """The stretches of a text that one pattern matches, left to right and never overlapping
    (as `finditer` yields them), so the one that holds an offset is found by bisection."""

    def __init__(self, found: Iterable[re.Match[str]]) -> None:
        self.starts, self.ends = array("q"), array("q")  # a text may hold a hundred thousand
        for m in found:
            self.starts.append(m.start())
            self.ends.append(m.end())

    def holding(self, offset: int) -> tuple[int, int] | None:
        """The stretch that holds `offset` (start <= offset < end), if any."""
        i = bisect_right(self.starts, offset) - 1
        return (self.starts[i], self.ends[i]) if i >= 0 and offset < self.ends[i] else None

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some stretch shares a character with start … end."""
        i = bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start


def excluded_spans(view: str, patterns: Patterns) -> tuple[Stretches, Stretches]:
    """Stretches of text where no number is one: words with a numeral (一起), web addresses."""
    return Stretches(patterns.exclusions.finditer(view)), Stretches(WEB_ADDRESS.finditer(view))


def non_figure_spans(view: str, patterns: Patterns) -> Stretches:
    """Stretches of text where no number is a figure: times of day, telephone numbers."""
    return Stretches(patterns.non_figure_spans.finditer(view))
