"""The matcher's regex fragments, one row per case: fragment, language → strings it must
match whole, and strings it must not. Then the typed record the matcher hands on."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from un_report.extract.matcher import (
    Piece,
    figure_rules,
    find_matches,
    fraction,
    lone_multiplier,
    multiplier,
    number,
    numeral_words,
    ratio,
    share_of_multiplier,
    suffix,
    vague_amount,
    whole_words,
)
from un_report.rules import language
from un_report.rules.base import LanguageRules, alternation

Fragment = Callable[[LanguageRules], str]


def _f(build: Callable[[LanguageRules, object], str]) -> Fragment:
    return lambda rules: build(rules, figure_rules(rules))  # type: ignore[arg-type]


FRAGMENTS: dict[str, Fragment] = {
    "numeral_words": numeral_words,
    "multiplier": multiplier,
    # a lone multiplier looks ahead to its in-between qualifier: matched with it
    "lone_multiplier": lambda rules: lone_multiplier(rules, figure_rules(rules))
    + alternation(figure_rules(rules).qualifiers_between),
    "vague_amount": _f(vague_amount),
    "share_of_multiplier": lambda rules: share_of_multiplier(rules, figure_rules(rules))[0],
    "number": _f(number),
    "fraction": _f(fraction),
    "ratio": _f(ratio),
    "suffix": _f(suffix),
}

# (fragment, language, strings matched whole, strings not matched whole)
ROWS: list[tuple[str, str, list[str], list[str]]] = [
    ("numeral_words", "zh", ["五", "三十五", "一千零十二", "二〇二四", "五十二点四", "一万三"], ["陆", "点五", "万"]),
    ("numeral_words", "en", ["five", "twenty-five", "one hundred and twenty", "a million"], ["fives", "and five"]),
    ("multiplier", "zh", ["百", "万", "亿"], ["五"]),
    ("multiplier", "en", ["hundred", "million"], ["millions", "five"]),
    ("lone_multiplier", "zh", ["百余", "千多"], ["百", "五百余", "百万余"]),
    ("vague_amount", "zh", ["数百", "几千", "成千上万", "二三十"], ["百", "数"]),
    ("vague_amount", "en", ["thousands", "tens of thousands"], ["thousand"]),
    ("share_of_multiplier", "en", ["half a million", "a quarter million"], ["half", "a million"]),
    ("number", "zh", ["35 000", "1.16", "负1.1", "四千零五万", "数十"], ["35 00", "1..2"]),
    ("number", "en", ["35,000", "-5", "twenty-one trillion", "half a million", "dozens"], ["35,00"]),
    ("fraction", "zh", ["四分之一", "千分之五", "3 分之 1"], ["分之一", "四分"]),
    ("ratio", "en", ["one in five", "one in 10"], ["1 in 5", "one in"]),
    ("suffix", "zh", ["%", "个", "平方米", "美元", "成", "个百分点"], ["米平方"]),
    ("suffix", "en", ["per cent", "hectares", "dollars", "-year", "km2"], ["percentage", "yearly"]),
]
CASES = [(frag, lang, s, ok) for frag, lang, yes, no in ROWS for s, ok in [*((y, True) for y in yes), *((n, False) for n in no)]]


@pytest.mark.parametrize(("fragment", "lang", "text", "matches"), CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CASES])
def test_fragment(fragment: str, lang: str, text: str, matches: bool) -> None:
    rules = language(lang).rules
    flags = re.IGNORECASE * rules.spaced
    assert bool(re.fullmatch(FRAGMENTS[fragment](rules), text, flags)) is matches


@pytest.mark.parametrize(
    ("text", "matches"),
    [("over", True), ("overall", False), ("moreover", False), ("Côteover", False), ("%", True)],
)
def test_whole_words(text: str, matches: bool) -> None:
    pattern = whole_words(alternation(["over", "%"]))
    assert bool(re.search(pattern, text)) is matches


# The typed record: a text → (form, the pieces seen, as field: text)
RECORDS: list[tuple[str, str, str, dict[str, str]]] = [
    ("zh", "超过 1.16 亿人", "number", {"qualifier_before": "超过", "digits": "1.16", "magnitude": "亿", "suffix": "人"}),
    ("zh", "逾 130 亿美元", "number", {"qualifier_before": "逾", "digits": "130", "magnitude": "亿", "suffix": "美元"}),
    ("zh", "1 700 多万人", "number", {"digits": "1 700", "between": "多", "magnitude": "万", "suffix": "人"}),
    ("zh", "百余名", "number", {"lone": "百", "between": "余", "suffix": "名"}),
    ("zh", "约四分之一", "fraction", {"qualifier_before": "约", "denominator": "四", "numerator": "一"}),
    ("zh", "百分之五十", "number", {"percent_before": "百分之", "words": "五十"}),
    ("zh", "一半", "share", {"share": "一半"}),
    ("zh", "100 人左右", "number", {"digits": "100", "suffix": "人", "qualifier_after": "左右"}),
    ("en", "one in five", "ratio", {"numerator": "one", "denominator": "five"}),
    ("en", "US$ 5 million", "number", {"currency_before": "US$", "digits": "5", "magnitude": "million"}),
    ("en", "half a million", "number", {"part": "half", "whole": "million"}),
    ("en", "two and a half years", "number", {"words": "two", "tail": "and a half", "suffix": "years"}),
]


@pytest.mark.parametrize(("lang", "text", "form", "pieces"), RECORDS, ids=[r[1] for r in RECORDS])
def test_match_record(lang: str, text: str, form: str, pieces: dict[str, str]) -> None:
    (m,) = find_matches(text, language(lang).patterns)
    seen = {name: p.text for name, p in vars(m).items() if isinstance(p, Piece)}
    assert (m.form, seen) == (form, pieces)
    assert all(text[p.start : p.end] == p.text for p in vars(m).values() if isinstance(p, Piece))
