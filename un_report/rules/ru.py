"""Russian rule tables: layout, numerals in words in all their cases, qualifiers,
currencies, units and the contexts where a number is no figure. The engines read these;
adding a word is one line.

Russian writes 52,4 процента (decimal comma) and 1 234 567 (a space between groups), spells
numerals in every case (двух, трем, пятью, двухсот, тысячи) and shortens magnitudes and
currencies (млн, млрд, долл. США).
"""

from __future__ import annotations

from decimal import Decimal

from un_report.rules.base import (
    NOTHING,
    Currency,
    FigureRules,
    LanguageRules,
    LayoutRules,
    NumeralRules,
    SubjectRules,
)

# Each numeral with its case forms (nominative first).
_FORMS: dict[int, tuple[str, ...]] = {
    1: ("один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну", "одни",
        "одних", "одними"),
    2: ("два", "две", "двух", "двум", "двумя"),
    3: ("три", "трех", "трёх", "трем", "трём", "тремя"),
    4: ("четыре", "четырех", "четырёх", "четырем", "четырём", "четырьмя"),
    40: ("сорок", "сорока"),
    90: ("девяносто", "девяноста"),
    100: ("сто", "ста"),
    200: ("двести", "двухсот", "двумстам", "двумястами", "двухстах"),
    300: ("триста", "трехсот", "трёхсот", "тремстам", "тремястами", "трехстах", "трёхстах"),
    400: ("четыреста", "четырехсот", "четырёхсот", "четыремстам", "четырьмястами", "четырехстах"),
}
# Numerals declined like a noun in -ь: пять, пяти, пятью.
_SOFT = {5: "пять", 6: "шесть", 7: "семь", 8: "восемь", 9: "девять", 10: "десять",
         11: "одиннадцать", 12: "двенадцать", 13: "тринадцать", 14: "четырнадцать",
         15: "пятнадцать", 16: "шестнадцать", 17: "семнадцать", 18: "восемнадцать",
         19: "девятнадцать", 20: "двадцать", 30: "тридцать"}
# пятьдесят … восемьдесят: both halves decline (пятидесяти, пятьюдесятью).
_COMPOUND_TENS = {50: "пят", 60: "шест", 70: "сем", 80: "восем"}
# пятьсот … девятьсот: пятисот, пятистам, пятьюстами, пятистах.
_COMPOUND_HUNDREDS = {500: "пят", 600: "шест", 700: "сем", 800: "восем", 900: "девят"}


def _digits() -> dict[str, int]:
    """один … девятьсот in every case form."""
    table: dict[str, int] = {}
    for value, forms in _FORMS.items():
        table.update(dict.fromkeys(forms, value))
    for value, word in _SOFT.items():
        stem = word[:-1]
        table.update(dict.fromkeys((word, stem + "и", stem + "ью"), value))
    del table["семью"]  # the instrumental of семь is also семья (family) in the accusative
    table["восьми"] = table["восемью"] = table["восьмью"] = 8
    for value, stem in _COMPOUND_TENS.items():
        oblique = "восьми" if value == 80 else stem + "и"
        table.update(dict.fromkeys((f"{stem}ьдесят", f"{oblique}десяти", f"{stem}ьюдесятью"), value))
    for value, stem in _COMPOUND_HUNDREDS.items():
        oblique = "восьми" if value == 800 else stem + "и"
        table.update(dict.fromkeys(
            (f"{stem}ьсот", f"{oblique}сот", f"{oblique}стам", f"{stem}ьюстами", f"{oblique}стах"), value))
    return table


def _declined(stem: str, endings: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(stem + e for e in endings)


_NOUN = ("а", "и", "", "у", "ей", "ой", "ам", "ами", "ах", "е", "ом", "ов")
_MAGNITUDES = (
    {w: 10**3 for w in _declined("тысяч", _NOUN)} | {"тыс.": 10**3, "тыс": 10**3}
    | {w: 10**6 for w in _declined("миллион", _NOUN)} | {"млн": 10**6, "млн.": 10**6}
    | {w: 10**9 for w in _declined("миллиард", _NOUN)} | {"млрд": 10**9, "млрд.": 10**9}
    | {w: 10**12 for w in _declined("триллион", _NOUN)} | {"трлн": 10**12, "трлн.": 10**12}
)

# Ordinals: the last word of a compound ordinal (шестьдесят девятая сессия) is one of these.
_ADJECTIVE = ("ый", "ий", "ой", "ая", "ое", "ого", "ому", "ом", "ую", "ые", "ых", "ым", "ыми",
              "ей", "его", "ему", "ем", "ье", "ья", "ьего", "ьей", "ьему", "ьем", "ью", "ьи",
              "ьих", "ьим", "ьими")
_ORDINAL_STEMS = {1: "перв", 2: "втор", 3: "трет", 4: "четверт", 5: "пят", 6: "шест", 7: "седьм",
                  8: "восьм", 9: "девят", 10: "десят", 11: "одиннадцат", 12: "двенадцат",
                  13: "тринадцат", 14: "четырнадцат", 15: "пятнадцат", 16: "шестнадцат",
                  17: "семнадцат", 18: "восемнадцат", 19: "девятнадцат", 20: "двадцат",
                  30: "тридцат", 40: "сороков", 50: "пятидесят", 60: "шестидесят",
                  70: "семидесят", 80: "восьмидесят", 90: "девяност", 100: "сот"}
_TENS_WORDS = {20: "двадцать", 30: "тридцать", 40: "сорок", 50: "пятьдесят", 60: "шестьдесят",
               70: "семьдесят", 80: "восемьдесят", 90: "девяносто"}


def _ordinal_words() -> dict[str, int]:
    return {stem + e: v for v, stem in _ORDINAL_STEMS.items() for e in _ADJECTIVE}


def _ordinals() -> dict[str, int]:
    """первая … девяносто девятая (сессия) → 1 … 99, as session numbers are spelled."""
    single = _ordinal_words()
    table = dict(single)
    for ten, word in _TENS_WORDS.items():
        for form, value in single.items():
            if value < 10:
                table[f"{word} {form}"] = ten + value
    return table


LAYOUT = LayoutRules(
    chapter=r"^(?:Глава\s+(?P<numeral>[IVXLC]+)\b\.?|(?P<roman>[IVXLC]+)\.(?=\s+[А-ЯЁA-Z«\d\u00ab\u201c\"(]|$))(?:\s+(?P<title>\S.*))?$",
    section=r"^(?P<letter>[A-ZА-Я])\.\s+(?P<title>[А-ЯЁA-Z«].*)$",
    sentence_end=".!?;:",
    max_heading_chars=120,
    # Восьмидесятая сессия … Дополнение № 1
    session_symbol=(
        r"(?<![а-яё])(?P<printed>(?P<session>[а-яё]{1,40}(?:[ \t]+[а-яё]{1,40})?|\d{1,4})(?:-?я)?\s+сесси[яи])\W+"
        r"дополнение\s+№\s*(?P<supplement>\d+)"
    ),
    # page 1's date: 17 апреля 2025 года (the month in the genitive)
    date=r"(?<!\d)(?P<dd>\d{1,2})\s+(?P<mon>[А-Яа-яЁё]+)\s+(?P<yyyy>(?:19|20)\d{2})(?!\d)",
    months={m: i for i, m in enumerate(
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
         "ноября", "декабря"], start=1)},
    # Семьдесят девятая сессия, Сессия 2025 года, Восьмидесятая сессия
    session=r"^(?:[\w-]+\s+){0,3}сессия\b(?:\s+\d{4}\s+года)?(?:\s*\S{0,2})?$",
    # Пункт 23 предварительной повестки дня, Пункты 14 и 116 повестки дня
    agenda=r"^пункты?\s+\d+\b.*\bповестки\s+дня.*$",
    # a table's or chart's caption, and a note under it: set aside with the exhibit
    exhibit=r"^(?:Таблица|Рисунок|Диаграмма|График|Карта)\s+(?:[IVXLC]+|\d{1,3}(?:\.\d{1,2})?)\b[.:]?(?:\s+\S.*)?$",
    exhibit_note=r"^(?:Источники?|Примечани[ея]|Сокращения)\s*:",
    contents=r"^содержание$",
)

NUMERALS = NumeralRules(
    digits=_digits(),
    small_units={},
    magnitudes=_MAGNITUDES,
    ordinals=_ordinals(),
    signs=("-", "−", "минус "),
    # тысяча человек, около миллиона: one of them ("тысячи" alone is thousands: vague)
    lone_multipliers=("тысяча", "тысячу", "тысячей", "тысяче", "миллион", "миллиона", "миллиард", "миллиарда"),
    decimal_mark=",",  # 52,4 процента
    group_separators=" \u00a0\u2009\u202f",  # 1 234 567
    fraction_tails={"с половиной": Decimal("0.5")},
)

_SHARES: dict[str, Decimal | int] = (
    dict.fromkeys(("половина", "половины", "половину", "половиной", "половине"), 50)
    | dict.fromkeys(("треть", "трети", "третью"), Decimal(100) / 3)
    | dict.fromkeys(("две трети", "двух третей", "двум третям", "двумя третями"), Decimal(200) / 3)
    | dict.fromkeys(("четверть", "четверти", "четвертью"), 25)
    | dict.fromkeys(("три четверти", "трех четвертей", "трёх четвертей"), 75)
    | dict.fromkeys(("пятая часть", "пятой части", "пятую часть"), 20)
    | dict.fromkeys(("десятая часть", "десятой части", "десятую часть"), 10)
)

MEASURE_UNITS: tuple[str, ...] = (
    *_declined("гектар", ("", "а", "ов", "ах", "ам", "ами")), "га",
    *_declined("тонн", ("", "а", "ы", "ах", "ам", "ами")), "т",
    "квадратных километров", "квадратных километра", "кв. км", "км²", "км2",
    "квадратных метров", "квадратных метра", "кв. м", "м²", "м2",
    *_declined("километр", ("", "а", "ов", "ах", "ам", "ами")), "км",
    *_declined("метр", ("", "а", "ов", "ах", "ам", "ами")), "м",
    *_declined("килограмм", ("", "а", "ов")), "кг", *_declined("литр", ("", "а", "ов")), "л",
    "кубических метров", "куб. м", "мегаватт", "МВт",
)
_OTHER_UNITS = (
    "лет", "месяцев", "месяца", "месяц", "недель", "недели", "неделю", "дней", "дня", "день",
    "часов", "часа", "час", "минут", "минуты", "секунд", "раз", "раза",
)
_MONTHS = (
    *(m + e for m in ("январ", "феврал", "апрел", "июн", "июл", "сентябр", "октябр", "ноябр", "декабр")
      for e in ("я", "ь", "е", "ю")),
    "марта", "март", "марте", "мая", "май", "мае", "августа", "август", "августе",
)
_USD = Currency("USD")
_EUR = Currency("EUR")

FIGURES = FigureRules(
    qualifiers_before={
        "более": "over", "более чем": "over", "свыше": "over", "больше": "over", "не менее": "over",
        "по меньшей мере": "over", "как минимум": "over", "по крайней мере": "over",
        "менее": "under", "менее чем": "under", "меньше": "under", "не более": "under",
        "не свыше": "under", "максимум": "under",
        "около": "approx", "почти": "approx", "примерно": "approx", "приблизительно": "approx",
        "порядка": "approx", "почти что": "approx", "ориентировочно": "approx",
        "приблизительно в": "approx", "примерно в": "approx", "около чем": "approx",
    },
    qualifiers_after={"с лишним": "over", "и более": "over", "или более": "over",
                      "и менее": "under", "или менее": "under"},
    qualifiers_between={},
    qualifier_guards={},
    currencies_before={"$": _USD, "US$": _USD, "USD": _USD, "€": _EUR, "EUR": _EUR},
    currencies_after={
        "долл. США": _USD, "долл.США": _USD, "долл.": _USD, "долл": _USD,
        **dict.fromkeys(_declined("доллар", ("ов США", "а США", " США", "ам США", "ами США",
                                             "ах США", "ов", "а", "", "ам", "ами", "ах")), _USD),
        "австралийских долларов": Currency("AUD"), "канадских долларов": Currency("CAD"),
        "евро": _EUR, "швейцарских франков": Currency("CHF"), "швейц. франков": Currency("CHF"),
        "фунтов стерлингов": Currency("GBP"), "рублей": Currency("RUB"), "рубля": Currency("RUB"),
        "рубль": Currency("RUB"), "руб.": Currency("RUB"), "иен": Currency("JPY"),
        "юаней": Currency("CNY"), "юаня": Currency("CNY"), "USD": _USD, "$": _USD,
        "центов": Currency("USD", Decimal("0.01")),
    },
    percent_before=(),
    percent_after=("%", "процента", "процентов", "процент", "процентам", "процентах", "процентами",
                   # as an adjective: 30-процентная квота, 30процентную
                   *(f"{h}процентн{e}" for h in ("", "-")
                     for e in ("ая", "ой", "ую", "ый", "ого", "ое", "ом", "ые", "ых")),
                   "процентного пункта", "процентных пункта", "процентных пунктов",
                   "процентный пункт", "процентных пунктах", "п.п."),
    fraction_marker="",
    ratio_marker="",
    share_words=_SHARES,
    share_suffixes={},
    share_suffix_guards=(),
    units=(*MEASURE_UNITS, *_OTHER_UNITS),
    year_unit="",
    range_joiners=("-", "–", "—", "−", "до", "и", "по"),  # 14−18 марта: the minus sign too
    vague_prefixes=(),
    vague_words=(
        "десятки тысяч", "десятков тысяч", "сотни тысяч", "сотен тысяч", "десятки миллионов",
        "сотни миллионов", "миллиарды долларов", "миллионы долларов",
        "десятки", "десятков", "сотни", "сотен", "тысячи", "тысяч", "миллионы",
    ),
    ordinal_prefixes=(
        *_declined("резолюци", ("я", "и", "ю", "ей", "ях", "ям", "й", "ями")),  # резолюций 1533 (2004), 1807 (2008)
        *_declined("решени", ("е", "я", "ю", "и", "ем", "ях", "й", "ями")),
        *_declined("пункт", ("", "а", "е", "ом", "ы", "ов", "ах", "у", "ам", "ами")),  # пунктами 11 и 15
        *_declined("подпункт", ("", "а", "е", "ом", "ы", "ов", "ами")),
        *_declined("стать", ("я", "и", "е", "ю", "ей", "ях", "ям", "ями")), "статей",
        *_declined("действи", ("е", "я", "ю", "и", "ем")),  # действию 38 (action 38); not действий 2010 года
        *_declined("дополнени", ("е", "я", "ю", "и", "ем")),  # дополнением 18 (Supplement 18)
        *_declined("глав", ("а", "ы", "е", "у", "ой")),
        *_declined("приложени", ("е", "я", "и", "ю", "ем")),
        *_declined("раздел", ("", "а", "е", "ом", "ы", "ов")),
        *_declined("правил", ("о", "а", "е", "у", "ом", "", "ам", "ах", "ами")),
        *_declined("цел", ("ь", "и", "ью", "ей", "ям", "ях")),
        *_declined("рекомендаци", ("я", "и", "ю", "ей", "ях", "ями")),
        *_declined("заседани", ("е", "я", "и", "ю", "ем")),
        *_declined("параграф", ("", "а", "е", "ом", "ы", "ов", "ах")),
        *_declined("диаграмм", ("а", "ы", "е", "у", "ах")), *_declined("таблиц", ("а", "ы", "е", "у", "ах")),
        *_declined("Протокол", ("ы", "ов", "ам", "ах")),
        *_declined("сегмент", ("", "а", "е")), *_declined("част", ("ь", "и", "ью")),
        "Д-", "Р-", "С-",  # staff grades: D-2, P-4 (Д-2)
        "№", "номер", "номера", "номером", "Группы", "Группа", "Группе", "Группой", "ЦУР",
        "страница", "странице", "стр.", "пп.", "п.", "ст.", "Протокол", "Протокола",
        # a cardinal ten before an ordinal is part of it: пятьдесят третью сессию (fifty-third)
        "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят",
        "девяносто",
    ),
    # 7502-го заседания, 69-я сессия, на 10-м заседании: an ordinal in digits
    non_figure_followers=(
        "го", "-го", "-й", "-м", "-е", "-я", "-х", "-ми", "-ю", "-ом", "-ой", "-му", "-ая", "-ое",
        "-ые", "-ых", "-ым", "-ий", "-ый", "-летие", "-летия", "-летию",
        *_ordinal_words(),  # шестьдесят девятая: the cardinal before an ordinal
    ),
    list_joiners=("и", "или"),  # пункты 28 и 29, 21 и 22 ноября
    list_separators=(",",),
    non_figure_spans=(
        # a time of day: в 10 ч. 00 м., в 15 ч. 30 м., 15:00
        r"(?<![\d,])\d{1,2}\s*ч\.(?:\s*\d{1,2}\s*м(?:ин)?\.?)?|(?<![\d.:])\d{1,2}:\d{2}(?![\d:])",
        # an ordinal in digits with its ending joined: на 7502м заседании, 69й сессии
        r"(?<![\d,.])\d+(?:м|й|ми|му|х|е|я|го|ю)(?![а-яё\d])",  # 7384е заседание
        # a footnote marker glued to the word before it, or to its punctuation: года42.,
        # секретаря4; вопросам,22
        r"(?<=[а-яё])\d{1,3}(?![\d])(?![.,]\d)|(?<=[а-яё][.,;:»)])\d{1,3}(?![\d.,])",
        # a name or code of capitals joined by a hyphen: Ан-26, ГЭП-5, ГФУ-23, А-400
        r"(?<=[А-ЯЁ]-)\d+|(?<=[А-ЯЁ][а-яё]-)\d+",
        # a telephone number starts with its country or area code: +1 212 963 1234, (212) 963-5012
        r"(?:\+\d{1,3}|\(\d{2,4}\))[\s\d()\-]{6,}\d",
    ),
    month_followers=_MONTHS,
    month_words_before=(),
    lexical_exclusions=(
        *(f"{one} из" for one in _FORMS[1]),  # один из, одной из: one of
        *(f"ни {one}" for one in _FORMS[1]),  # ни один: none
        "один и тот же", "одна и та же", "одно и то же", "одни и те же", "одного и того же",
        "одной и той же", "одном и том же", "одних и тех же", "одним и тем же", "одними и теми же",
        "с одной стороны",
        "первой половине", "второй половине", "первую половину", "вторую половину",
        "первой половины", "второй половины", "с половиной",
        "двух государств",  # the two-State solution: a concept, optional in the guidelines
    ),
    words_need_unit=False,
)

SUBJECTS = SubjectRules(
    stop_words=(
        "в", "во", "на", "по", "для", "с", "со", "из", "от", "до", "к", "и", "или", "а", "но",
        "что", "который", "которые", "были", "было", "был", "была", "является", "за", "под",
        "при", "о", "об", "между", "среди", "через", "после",
    ),
    joiners=("и",),
    linker="",
    max_chars=60,
)

RULES = LanguageRules(
    lang="ru", layout=LAYOUT, numerals=NUMERALS, figures=FIGURES, subjects=SUBJECTS,
    script=NOTHING, spaced=True,
)
