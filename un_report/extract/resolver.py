"""The figure resolver: a matched `Match` → a typed `Reading` (kind, exact value, unit,
qualifier, offsets), or None when a non-figure rule applies (ordinals, document numbers,
months, versions, names that contain a numeral).

`candidates` is the one loop over a text's matches, and `exclusion` the one place that
decides which match is no number at all (a word, a code) or no figure (a reference number,
a word after it that makes it none); extract and `find_numbers` both read from it. Each
form of match has its resolver (`RESOLVERS`), and a number its reader per kind (`KINDS`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, NamedTuple

from un_report.extract.matcher import (
    CODE_AFTER,
    CODE_BEFORE,
    CODE_WINDOW,
    FOLLOWER_WINDOW,
    MONTH_WINDOW,
    Form,
    Match,
    Patterns,
    Piece,
    Stretches,
    excluded_spans,
    figure_rules,
    find_matches,
    may_end_before,
    non_figure_spans,
)
from un_report.models import FigureKind, Qualifier
from un_report.numbers import ascii_view, parse_digits, parse_words
from un_report.numbers.words import parse_spaced_words
from un_report.rules.base import FigureRules, LanguageRules, NumeralRules


@dataclass
class Reading:
    """What the resolver read from a match: a figure before it is tied to its unit."""

    kind: FigureKind
    value: Decimal | None
    unit: str
    qualifier: Qualifier
    start: int
    end: int
    text: str = ""
    pending: bool = False  # a numeral in words without its unit, before a range joiner: 一至三个月


# Why a match is no figure, or no number: "word" and "code" make it neither (一起, A/80/1);
# "reference" (第四次, resolution 2254, and every number of a list after it: paras. 28
# and 29), "follower" (90 年代), "date" (8 月, 18 July, on 4 and 18 March), "span" (a time
# of day or a telephone number) and "after" (the noun of an excluded ordinal that is itself
# a numeral: 第二个十年) make it a number but no figure; "glued" (29km: letters of its
# unit touch it) a figure but no number standing alone.
Exclusion = Literal["word", "code", "glued", "reference", "follower", "date", "span", "after"]
NOT_A_NUMBER: tuple[Exclusion, ...] = ("word", "code", "glued")
NOT_A_FIGURE: tuple[Exclusion, ...] = ("word", "code", "reference", "follower", "date", "span", "after")
DAY_DIGITS = 2  # a day or a month in digits (17-25 February, 3月4日)


class Candidate(NamedTuple):
    """A match of a text and why it is no figure (None when it may be one)."""

    match: Match
    excluded: Exclusion | None

    @property
    def figure(self) -> bool:
        """Whether the match may be a figure (the resolver has the last word)."""
        return self.excluded not in NOT_A_FIGURE


def candidates(text: str, patterns: Patterns) -> Iterator[Candidate]:
    """Every match in `text`, left to right, with the exclusion that applies to it."""
    matches = list(find_matches(text, patterns))
    if not matches:
        return  # most units of a long text: no need to look for what would exclude one
    view = ascii_view(text)
    words, spans = excluded_spans(view, patterns), non_figure_spans(view, patterns)
    yield from classified(matches, view, patterns, words, spans)


def classified(
    matches: list[Match], view: str, patterns: Patterns, words: Sequence[Stretches], spans: Stretches
) -> list[Candidate]:
    """Matches of `view` that follow one another, each with the exclusion that applies to it
    (`words` and `spans`: the stretches of the whole view, `excluded_spans` and
    `non_figure_spans`)."""
    found = [Candidate(m, exclusion(m, view, patterns, words, spans)) for m in matches]
    found = _dates_of_lists(_references_of_lists(found, view, patterns), view, patterns)
    out: list[Candidate] = []
    skip_from = -1  # where an excluded match ended
    for match, reason in found:
        if reason not in NOT_A_FIGURE and match.start == skip_from:
            reason = "after"
        if reason in NOT_A_FIGURE:
            skip_from = match.end
        out.append(Candidate(match, reason))
    return out


def exclusion(
    m: Match, view: str, patterns: Patterns, words: Sequence[Stretches], spans: Stretches, shift: int = 0
) -> Exclusion | None:
    """The non-figure context that holds for the match whatever its kind, if any (`shift`:
    where in the text of the stretches `view` starts)."""
    return first_exclusion(
        in_excluded_word(m, words, shift), near_exclusions(m, view, patterns),
        spans.holding(m.bounds()[0] + shift) is not None,
    )


NearExclusions = tuple[Exclusion | None, Exclusion | None]


def first_exclusion(in_word: bool, near: NearExclusions, in_span: bool) -> Exclusion | None:
    """Which exclusion holds, in order: a word with a numeral or a web address; what the
    text right around the match shows (`near_exclusions`); a time of day or telephone number."""
    if in_word:
        return "word"
    before_spans, after_spans = near
    if before_spans is not None:
        return before_spans
    return "span" if in_span else after_spans


def near_exclusions(m: Match, view: str, patterns: Patterns) -> NearExclusions:
    """What the text right around the match excludes it as: a code, a reference, a follower
    (looked at before the stretches of non-figure spans); a date or a glued unit (after)."""
    start, end = m.bounds()
    touching_currency = m.currency_before is not None and m.currency_before.end == start  # Euro131 million
    if CODE_BEFORE.search(view[max(0, start - CODE_WINDOW) : start]) and not (
        touching_currency or patterns.code_prefix.search(view, max(0, start - patterns.code_prefix_window), start)
    ):
        return "code", None
    glued = CODE_AFTER.match(view[end : end + 2])
    if glued and m.suffix is None:
        return "code", None
    window = patterns.ordinal_window
    if may_end_before(view, start, window, patterns.ordinal_last) and patterns.ordinal_before.search(
        view, max(0, start - window), start
    ):
        return "reference", None
    if patterns.non_figure_after.match(view[end : end + FOLLOWER_WINDOW]):
        return "follower", None  # 90 年代 even though 年 is a unit
    if m.digits is not None and m.suffix is None and m.magnitude is None and _is_date(m, view, patterns):
        return None, "date"
    return None, "glued" if glued else None


def _is_date(m: Match, view: str, patterns: Patterns) -> bool:
    """Bare digits before a month (8 月, 18 July) or a day after one (July 18)."""
    if patterns.month_after.match(view[m.end : m.end + FOLLOWER_WINDOW]):
        return True
    digits = m.digits.text if m.digits else ""
    if len(digits) > DAY_DIGITS or not may_end_before(view, m.start, MONTH_WINDOW, patterns.month_last):
        return False
    return bool(patterns.month_before.search(view[max(0, m.start - MONTH_WINDOW) : m.start]))


def _list_member(m: Match) -> bool:
    """A plain number that can be a member of a list of references or dates (no qualifier,
    currency, percent sign or magnitude)."""
    plain = (m.qualifier_before, m.currency_before, m.percent_before, m.magnitude, m.between, m.qualifier_after)
    return m.form == "number" and m.number is not None and all(p is None for p in plain)


def _short(m: Match) -> bool:
    """A number too short to be a year: in brackets after a reference it is a sub-reference
    (article 7(2)), where a year would date the reference (resolution 1540 (2004))."""
    return m.digits is not None and len(m.digits.text) < 4


def _references_of_lists(found: list[Candidate], view: str, patterns: Patterns) -> list[Candidate]:
    """A reference noun governs every number of a list or range after it (paras. 28 and 29,
    第12至15段, resolutions 1540 (2004) and 2325 (2016): the year in brackets keeps the list open;
    article 7 (2): a short number in brackets is part of the reference)."""
    out: list[Candidate] = []
    governed = False
    for c in found:
        gap = view[out[-1].match.end : c.match.start] if out else ""
        after = view[c.match.end : c.match.end + FOLLOWER_WINDOW]
        separated = patterns.separator_gap.match(gap) and patterns.list_goes_on.match(after)
        joined = patterns.list_gap.match(gap) or separated
        bracketed = governed and patterns.bracket_gap.match(gap)
        if governed and c.excluded is None and _list_member(c.match) and (joined or (bracketed and _short(c.match))):
            c = Candidate(c.match, "reference")  # paras. 28 and 29; article 7(2)
        elif not bracketed:
            governed = False
        governed = governed or c.excluded == "reference"
        out.append(c)
    return out


def _dates_of_lists(found: list[Candidate], view: str, patterns: Patterns) -> list[Candidate]:
    """A month or day word after the last number of a list or range makes every number of it
    a date (on 4 and 18 March, from 21 to 22 November, 17至25日), as a follower or a time
    makes every one no figure (80 和 90 年代, between 0900 and 1000 hours)."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        (m, reason), (after, after_reason) = out[i], out[i + 1]
        if reason is not None or m.suffix is not None or not _list_member(m):
            continue
        is_day = after_reason == "date" and m.digits is not None and len(m.digits.text) <= DAY_DIGITS
        spreads = is_day or after_reason in ("follower", "span")  # 80 和 90 年代; from 9 to 11 a.m.
        if spreads and patterns.joiner_gap.match(view[m.end : after.start]):
            out[i] = Candidate(m, after_reason)
    return out


def in_excluded_word(m: Match, excluded: Sequence[Stretches], shift: int = 0) -> bool:
    """Whether the match's number lies in a word that holds a numeral but is no number (一起,
    之一) or in a web address. A fraction or a percent is one by its marker, whatever word
    its digits seem to form (十分之一, 百分之一百); a qualified number is one (more than one
    of them); a unit or a share word that reads on past the word wins (三方面, 十分钟; des
    deux tiers, where des deux is "both"). `shift`: where the match's text starts in that of
    the stretches."""
    qualified = m.qualifier_before is not None and m.form == "number"
    if m.form == "fraction" or m.percent_before is not None or qualified:
        return False
    start, end = m.bounds()
    unit = m.suffix

    def covers(a: int, b: int) -> bool:
        if unit is not None and a <= unit.start < b < unit.end:
            return False
        if m.share is not None and m.share.start < b < m.share.end:
            return False
        return a <= start < b or a < end <= b

    # a stretch that covers the number holds its first or its last character
    held = (stretches.holding(offset + shift) for stretches in excluded for offset in (start, end - 1))
    return any(span is not None and covers(span[0] - shift, span[1] - shift) for span in held)


def resolve(m: Match, text: str, rules: LanguageRules, patterns: Patterns) -> Reading | None:
    """A figure's fields from a match, or None when the match is no figure."""
    return RESOLVERS[m.form](m, text, rules, patterns)


def _qualifier(m: Match, text: str, f: FigureRules, patterns: Patterns) -> tuple[Qualifier, int]:
    """The match's qualifier (the first one found, before, between or after the number) and
    where the figure starts: after a guarded word that only looks like a qualifier (最近)."""
    start = m.start
    places = ((m.qualifier_before, f.qualifiers_before), (m.between, f.qualifiers_between),
              (m.qualifier_after, f.qualifiers_after))
    for piece, table in places:
        word = _key(table, piece.text) if piece else None
        if piece is None or word is None:
            continue
        guard = patterns.guards.get(word)
        if guard and guard.search(text[max(0, piece.start - 2) : piece.start]):
            start = m.bounds()[0] if piece is m.qualifier_before else start
            continue
        return table[word], start
    return "exact", start


def _fraction(m: Match, text: str, rules: LanguageRules, patterns: Patterns) -> Reading | None:
    """四分之一 → 25 %."""
    qualifier, start = _qualifier(m, text, figure_rules(rules), patterns)
    den, num = _parse(m.denominator, rules), _parse(m.numerator, rules)
    if not den:
        return None
    return Reading("percent", num / den * 100, "%", qualifier, start, m.end)


def _ratio(m: Match, text: str, rules: LanguageRules, patterns: Patterns) -> Reading | None:
    """one in five → 20 %, when the first is the smaller."""
    qualifier, start = _qualifier(m, text, figure_rules(rules), patterns)
    num, den = _parse(m.numerator, rules), _parse(m.denominator, rules)
    if not 0 < num < den:
        return None
    return Reading("percent", num / den * 100, "%", qualifier, start, m.end)


def _share(m: Match, text: str, rules: LanguageRules, patterns: Patterns) -> Reading | None:
    """一半, half → 50 %."""
    f = figure_rules(rules)
    qualifier, start = _qualifier(m, text, f, patterns)
    share = Decimal(f.share_words[_key(f.share_words, _text(m.share)) or ""])
    return Reading("percent", share, "%", qualifier, start, m.end)


class _Number(NamedTuple):
    """What every kind of number figure is read from."""

    m: Match
    text: str
    rules: LanguageRules
    f: FigureRules
    patterns: Patterns
    qualifier: Qualifier
    start: int
    value: Decimal | None


def _number(m: Match, text: str, rules: LanguageRules, patterns: Patterns) -> Reading | None:
    """Every other figure: its kind by the words around the number (`KINDS`)."""
    f = figure_rules(rules)
    qualifier, start = _qualifier(m, text, f, patterns)
    n = _Number(m, text, rules, f, patterns, qualifier, start, number_value(m, rules))
    return KINDS[_kind(m, f)](n)


def _kind(m: Match, f: FigureRules) -> str:
    """Which reader a number goes to: by its percent word, share suffix or currency."""
    suffix = _text(m.suffix)
    if m.percent_before is not None or _key(dict.fromkeys(f.percent_after), suffix) is not None:
        return "percent"
    if _key(f.share_suffixes, suffix) is not None:
        return "share"
    if _key(f.currencies_after, suffix) is not None or m.currency_before is not None:
        return "money"
    return "count"


def _percent(n: _Number) -> Reading | None:
    """52.4%, 百分之五十."""
    return Reading("percent", n.value, "%", n.qualifier, n.start, n.m.end)


def _share_suffix(n: _Number) -> Reading | None:
    """三成 → 30 %, unless a guard follows (成员)."""
    if n.patterns.share_guard.match(n.text[n.m.end : n.m.end + FOLLOWER_WINDOW]):
        return None
    factor = n.f.share_suffixes[_key(n.f.share_suffixes, _text(n.m.suffix)) or ""]
    return Reading("percent", None if n.value is None else n.value * factor, "%", n.qualifier, n.start, n.m.end)


def _money(n: _Number) -> Reading | None:
    """130 亿美元, $ 5 million, 50 cents: the currency after the amount wins."""
    after = _key(n.f.currencies_after, _text(n.m.suffix))
    before = _key(n.f.currencies_before, _text(n.m.currency_before))
    currency = n.f.currencies_after[after] if after else n.f.currencies_before[before or ""]
    amount = None if n.value is None else n.value * currency.scale
    return Reading("money", amount, currency.iso, n.qualifier, n.start, n.m.end)


def _count_or_year(n: _Number) -> Reading | None:
    """A count with its unit, a calendar year, or no figure (a numeral word alone, a
    version name)."""
    m, f = n.m, n.f
    suffix = _text(m.suffix)
    # a magnitude inside the numeral is one too: 数十万, 一百万
    spelled = m.vague or m.words
    in_words = spelled.text if spelled else ""
    inner_magnitude = any(mag in in_words for mag in n.rules.numerals.magnitudes)
    has_unit = suffix is not None or m.magnitude is not None or inner_magnitude
    ahead = n.text[m.end : m.end + FOLLOWER_WINDOW]
    if m.in_words and f.words_need_unit and not has_unit and n.patterns.modifier_ahead.match(ahead):
        return Reading("count", n.value, "", n.qualifier, n.start, m.end)  # 五大机遇
    if m.in_words and f.words_need_unit and not has_unit:
        # 一至三个月: the unit comes after the range
        if n.patterns.range_ahead.match(n.text[m.end : m.end + FOLLOWER_WINDOW]):
            return Reading("count", n.value, "", n.qualifier, n.start, m.end, pending=True)
        return None  # 一 alone is a word, not a figure
    digits = _text(m.digits)
    if digits is not None and suffix is None and m.magnitude is None and n.rules.numerals.decimal_mark in digits:
        if n.patterns.range_ahead.match(n.text[m.end : m.end + FOLLOWER_WINDOW]):  # from 12.9 to 31.1 per cent
            return Reading("count", n.value, "", n.qualifier, n.start, m.end, pending=True)
        return None  # a decimal with nothing after it is a version name (联合国 2.0)
    if _is_year(digits or _spelled_digits(m.words, n.rules), m, n.qualifier, f):
        year_end = m.end if suffix and suffix == f.year_unit else m.bounds()[1]
        return Reading("year", n.value, "", "exact", n.start, year_end)
    return Reading("count", n.value, _unit(suffix), n.qualifier, n.start, m.end)


def _unit(suffix: str | None) -> str:
    """A count's unit as written, without the hyphen that attaches it (five-year → year)."""
    return (suffix or "").lstrip("-").strip()




RESOLVERS: dict[Form, Callable[[Match, str, LanguageRules, Patterns], Reading | None]] = {
    "fraction": _fraction,
    "ratio": _ratio,
    "share": _share,
    "number": _number,
}
KINDS: dict[str, Callable[[_Number], Reading | None]] = {
    "percent": _percent,
    "share": _share_suffix,
    "money": _money,
    "count": _count_or_year,
}


def number_value(m: Match, rules: LanguageRules) -> Decimal | None:
    """The value of the match's number with its magnitude (1.16 亿 → 116000000); None for a
    vague amount."""
    numerals = rules.numerals
    if m.vague is not None:
        return None
    if m.digits is not None:
        value = parse_number(m.digits.text, rules)  # digits: parse_digits, once per spelling
    elif m.part is not None and m.whole is not None:  # half a million
        multipliers = {**numerals.small_units, **numerals.magnitudes}
        value = share_value(m.part, rules) * multipliers[_key(multipliers, m.whole.text) or ""]
    elif m.lone is not None:
        value = Decimal({**numerals.small_units, **numerals.magnitudes}[m.lone.text])
    else:
        value = _parse(m.words, rules)
    tail = _key(numerals.fraction_tails, _text(m.tail))
    if tail is not None:  # two and a half; un million et demi: a half of the last magnitude
        value += numerals.fraction_tails[tail] * _last_magnitude(m.words, numerals)
    if m.magnitude is not None:
        value *= numerals.magnitudes[_key(numerals.magnitudes, m.magnitude.text) or m.magnitude.text]
    if m.unit_tail is not None:  # 四年半
        value += figure_rules(rules).unit_tails[m.unit_tail.text]
    return -value if m.sign is not None else value


def _last_magnitude(words: Piece | None, numerals: NumeralRules) -> int:
    """The magnitude a numeral in words ends with (un million → 10⁶), or 1."""
    if words is None:
        return 1
    last = words.text.split()[-1] if words.text.split() else ""
    return numerals.magnitudes.get(_key(numerals.magnitudes, last) or "", 1)


def share_value(piece: Piece | None, rules: LanguageRules) -> Decimal:
    """A share word's value as a fraction of one (一半 → 0.5, two thirds → 0.666…)."""
    shares = figure_rules(rules).share_words
    return Decimal(shares[_key(shares, _text(piece)) or ""]) / 100


def _key(table: Mapping[str, object], word: str | None) -> str | None:
    """The table's own key for a word as written (case and spacing may differ in English)."""
    if word is None:
        return None
    if word in table:
        return word
    folded = re.sub(r"\s+", " ", word).lower()
    return next((k for k in table if k.lower() == folded), None)


def _spelled_digits(words: Piece | None, rules: LanguageRules) -> str | None:
    """A numeral spelled digit by digit (二〇二四) as its digits, so it can be a year."""
    digits = rules.numerals.digits
    if words is None or len(words.text) < 2 or not all(c in digits for c in words.text):
        return None
    return "".join(str(digits[c]) for c in words.text)


def _is_year(digits: str | None, m: Match, qualifier: Qualifier, f: FigureRules) -> bool:
    """A calendar year: four plain digits, no qualifier, and the year word or nothing after."""
    if digits is None or len(digits) != 4 or not digits.isdigit() or qualifier != "exact":
        return False
    if m.magnitude or m.between or m.qualifier_before or m.sign:
        return False
    year = int(digits)
    suffix = _text(m.suffix)
    if suffix and suffix == f.year_unit:
        return f.year_range[0] <= year <= f.year_range[1]
    return suffix is None and f.bare_year_range[0] <= year <= f.bare_year_range[1]


def _text(piece: Piece | None) -> str | None:
    return piece.text if piece else None


def _parse(piece: Piece | None, rules: LanguageRules) -> Decimal:
    return parse_number(_text(piece), rules)


def parse_number(written: str | None, rules: LanguageRules) -> Decimal:
    """The value of a number as written: digits, or numeral words of the language (each
    spelling parsed once per language: a report writes the same numbers again and again)."""
    cached = _PARSED.get(rules.lang)
    if cached is None or cached[0] is not rules or len(cached[1]) > PARSED_NUMBERS_KEPT:
        cached = _PARSED[rules.lang] = (rules, {})
    values = cached[1]
    key = written or ""
    value = values.get(key)
    if value is None:
        value = values[key] = _parse_number(key, rules)
    return value


PARSED_NUMBERS_KEPT = 4096  # spellings of numbers kept per language before the memo starts over
_PARSED: dict[str, tuple[LanguageRules, dict[str, Decimal]]] = {}


def _parse_number(written: str, rules: LanguageRules) -> Decimal:
    written = ascii_view(written)
    if written[:1].isdigit():
        return parse_digits(written, rules.numerals)
    if rules.spaced:
        return parse_spaced_words(written, rules.numerals)
    return parse_words(written, rules.numerals)
