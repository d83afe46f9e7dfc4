"""The figure matcher: one compiled pattern per language, tried near anchors, yielding
candidate spans over a unit's text with the pieces it saw (qualifier, number, magnitude,
unit word …). Which span is a figure, and what kind, is the resolver's business.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from un_report.numbers import ARABIC, ascii_view, bare_units_pattern, sign_pattern, words_pattern
from un_report.numbers.words import spaced_words_pattern
from un_report.rules.base import FigureRules, LanguageRules, alternation

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




def excluded_spans(view: str, patterns: Patterns) -> list[tuple[int, int]]:
    """Stretches of text where no number is one: words with a numeral (一起), web addresses."""
    found = [*patterns.exclusions.finditer(view), *WEB_ADDRESS.finditer(view)]
    return [(m.start(), m.end()) for m in found]


