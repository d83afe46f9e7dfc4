"""Russian figure extraction, one row per case, grouped by where the case came from.

Each row: a sentence → the figures expected in it, as (kind, value, unit, qualifier, text).
The wording is that of UN Russian texts (reports, resolutions, letters).
"""

from __future__ import annotations

import pytest

from tests.figure_rows import Row, cases, expected
from tests.figure_rows import found as found_in
from un_report.numbers.words import parse_spaced_words
from un_report.rules import language


def found(sentence: str) -> list:
    return found_in(sentence, "ru")


DIGITS: list[Row] = [
    ("составляет 52,4 процента", [("percent", 52.4, "%", "exact", "52,4 процента")]),
    ("211 случаев на 100 000 живорождений", [("count", 211, "", "exact", "211"), ("count", 100_000, "", "exact", "100 000")]),
    ("35\u00a0000 сотрудников", [("count", 35_000, "", "exact", "35\u00a0000")]),
    ("22,2% должностей", [("percent", 22.2, "%", "exact", "22,2%")]),
    ("на 1,5 процентного пункта", [("percent", 1.5, "%", "exact", "1,5 процентного пункта")]),
]

AMOUNTS: list[Row] = [
    ("более 116 млн. человек", [("count", 116_000_000, "", "over", "более 116 млн.")]),
    ("13 млрд. долл. США", [("money", 13_000_000_000, "USD", "exact", "13 млрд. долл. США")]),
    ("2,5 млн. долларов США", [("money", 2_500_000, "USD", "exact", "2,5 млн. долларов США")]),
    ("20 миллионов евро", [("money", 20_000_000, "EUR", "exact", "20 миллионов евро")]),
    ("около 40 миссий", [("count", 40, "", "approx", "около 40")]),
    ("почти 2400 заявлений", [("count", 2400, "", "approx", "почти 2400")]),
    ("менее 27 процентов мест", [("percent", 27, "%", "under", "менее 27 процентов")]),
    ("свыше 370 человек", [("count", 370, "", "over", "свыше 370")]),
    ("241 000 гектаров земли", [("count", 241_000, "гектаров", "exact", "241 000 гектаров")]),
    ("в течение пяти лет", [("count", 5, "лет", "exact", "пяти лет")]),
    ("половина населения", [("percent", 50, "%", "exact", "половина")]),
    ("две трети государств", [("percent", 66.666667, "%", "exact", "две трети")]),
    ("тысячи беженцев", [("count", None, "", "exact", "тысячи")]),
]

WORDS: list[Row] = [
    ("сто двадцать стран", [("count", 120, "", "exact", "сто двадцать")]),
    ("двух государств", [("count", 2, "", "exact", "двух")]),
    ("двести солдат", [("count", 200, "", "exact", "двести")]),
    ("три тысячи человек", [("count", 3000, "", "exact", "три тысячи")]),
    ("тысяча участников", [("count", 1000, "", "exact", "тысяча")]),
    ("пять миллионов беженцев", [("count", 5_000_000, "", "exact", "пять миллионов")]),
    ("двадцати пяти стран", [("count", 25, "", "exact", "двадцати пяти")]),
]

NOT_FIGURES: list[Row] = [
    ("одна из наиболее пострадавших стран", []),
    ("Шестьдесят девятая сессия", []),
    ("на семидесятой сессии", []),
    ("на 7502-м заседании", []),
    ("резолюция 2254 (2015) Совета", [("year", 2015, "", "exact", "2015")]),
    ("документ A/80/1", []),
    ("6 марта 2015 года", [("year", 2015, "", "exact", "2015")]),
    ("в пункте 12 доклада", []),
    ("статья 3 Устава", []),
    ("Группы 77", []),
    ("6 марта 2015 года, в 12 ч. 40 м.", [("year", 2015, "", "exact", "2015")]),
    ("(см. также пункты 28 и 29 ниже)", []),
    ("21 и 22 ноября 2011 года", [("year", 2011, "", "exact", "2011")]),
    ("Предварительная повестка дня 7367го заседания", []),
    ("в нарушение резолюций 1533 (2004) и 1807 (2008)", [("year", 2004, "", "exact", "2004"), ("year", 2008, "", "exact", "2008")]),
]

AMOUNTS.append(("в течение 24 часов", [("count", 24, "часов", "exact", "24 часов")]))

PARSED: list[tuple[str, int]] = [
    ("двадцать пять", 25), ("сто двадцать", 120), ("двухсот пятидесяти", 250), ("пятьсот", 500),
    ("две тысячи", 2000), ("три миллиона", 3_000_000), ("девятьсот девяносто девять", 999),
    ("сорока восьми", 48),
]


@pytest.mark.parametrize(("sentence", "rows"), cases(DIGITS))
def test_digits(sentence: str, rows: list) -> None:
    assert found(sentence) == expected(rows)


@pytest.mark.parametrize(("sentence", "rows"), cases(AMOUNTS))
def test_amounts(sentence: str, rows: list) -> None:
    assert found(sentence) == expected(rows)


@pytest.mark.parametrize(("sentence", "rows"), cases(WORDS))
def test_numerals_in_words(sentence: str, rows: list) -> None:
    assert found(sentence) == expected(rows)


@pytest.mark.parametrize(("sentence", "rows"), cases(NOT_FIGURES))
def test_not_figures(sentence: str, rows: list) -> None:
    assert found(sentence) == expected(rows)


@pytest.mark.parametrize(("written", "value"), PARSED, ids=[w for w, _ in PARSED])
def test_numeral_values(written: str, value: int) -> None:
    assert parse_spaced_words(written, language("ru").rules.numerals) == value
