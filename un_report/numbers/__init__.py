"""Numbers as written → exact `Decimal` values. Language-neutral: numeral words come from
a `NumeralRules` table.

    parse_digits("35 000", ZH.numerals)    → 35000     (the rules' thousands separators)
    parse_words("一千五百万", ZH.numerals) → 15000000
    parse_words("五十二点四", ZH.numerals) → 52.4
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import cache

from un_report.rules.base import NumeralRules, alternation
from un_report.script import CODE_LETTERS, DIGIT_FOLD, FULL_WIDTH_COMMA, FULL_WIDTH_DIGIT

# A full-width comma groups thousands only between full-width digits (４，５６５); after an
# ASCII digit it is the clause comma of CJK prose ($20，300美元 is two amounts).
_FULL_WIDTH_GROUP = re.compile(f"(?<={FULL_WIDTH_DIGIT}){FULL_WIDTH_COMMA}(?={FULL_WIDTH_DIGIT}{{3}})")


# Every character `ascii_view` may change (the commas it changes stand between digits it changes).
VIEW_CHANGES = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(DIGIT_FOLD)) + "]")


def ascii_view(text: str) -> str:
    """`text` with full-width digits and signs, and Arabic-Indic and Persian digits and
    marks, as ASCII, character for character."""
    return _FULL_WIDTH_GROUP.sub(",", text).translate(DIGIT_FOLD)


def arabic_pattern(numerals: NumeralRules) -> str:
    """Regex for a number in digits, with the language's group separators and decimal mark:
    35 000 | 35000 | 52.4 (35.000 and 22,2 where the rules say so)."""
    return _arabic(numerals.decimal_mark, numerals.group_separators, numerals.display_order_groups,
                   numerals.short_decimal_marks)


# Two calendar years glued together are a range whose dash a corpus dropped (the biennium
# 20142015 is 2014–2015): each is read on its own. Eight digits of two years of these
# centuries are never one count in UN texts.
GLUED_YEAR = r"(?:19|20)\d\d"


@cache
def _arabic(mark: str, separators: str, display_order: bool = False, short_marks: str = "") -> str:
    seps, point = re.escape(separators), re.escape(mark)
    marks = re.escape("".join(c for c in separators if not c.isspace()))
    # 000 31 for 31 000: groups split by spaces, written in the order a right-to-left line shows
    # them, decimals in the first shown (731.5 1 is 1 731.5); a short first group (40 000,
    # 1 234 567) is in reading order ([ ]: survives re.VERBOSE)
    shown = (
        rf"\d{{3}}(?:{point}\d+)?(?:[ ]\d{{3}})*[ ]\d{{1,3}}(?![\d])|\d{{1,2}}(?:[ ]\d{{3}})+(?![\d])|"
        if display_order
        else ""
    )
    # 24,3 and 0,23456 where "," groups thousands too: a mark before other than three digits
    short = rf"|[{re.escape(short_marks)}](?:\d{{1,2}}|\d{{4,}})(?![\d])" if short_marks else ""
    return (
        # never start inside another number (but 2015 30), save at the second of two glued years
        rf"(?:(?<!\d)(?<!\d[{marks}{point}])|(?<=(?<!\d){GLUED_YEAR})(?={GLUED_YEAR}(?!\d)))"
        rf"(?:{GLUED_YEAR}(?={GLUED_YEAR}(?!\d))|"  # the first of two glued years
        rf"(?:{shown}\d{{1,3}}(?:[{seps}]\d{{3}})+(?![\d])|\d+)"  # 35 000 | 35000
        rf"(?:{point}\d+{short})?(?![\d]))"  # decimals
    )


# A sign never follows a digit, a code letter, the decimal mark or a dash (2015-2030,
# COVID-19, 1.-2), nor a digit and a space (2015 -2030): there the mark is a range dash or
# part of a code.
def _not_a_sign_after(numerals: NumeralRules) -> str:
    return rf"(?<![0-9{CODE_LETTERS}{re.escape(numerals.decimal_mark)}\-])(?<!\d\s)"


def parse_digits(text: str, numerals: NumeralRules) -> Decimal:
    """An Arabic-digit number with the language's thousands separators and decimal mark
    (and, where the rules say so, space-split groups in display order: 000 31 is 31000)."""
    text = ascii_view(text)
    if numerals.display_order_groups and " " in text:
        groups = text.split(" ")  # 000 31 → 31000; 40 000 (a short first group) is in reading order
        whole = groups[0].split(numerals.decimal_mark)[0]  # 731.5 1 is 1 731.5
        text = "".join(reversed(groups) if len(whole) == 3 else groups)
    if numerals.short_decimal_marks:  # 24,3: the mark before other than three last digits is the decimal mark
        text = re.sub(rf"[{re.escape(numerals.short_decimal_marks)}](?=(?:\d{{1,2}}|\d{{4,}})$)",
                      numerals.decimal_mark, text)
    plain = text.translate({ord(c): None for c in numerals.group_separators})
    return Decimal(plain.replace(numerals.decimal_mark, "."))


def _chars(words: Iterable[str]) -> str:
    """The one-character words of a table, as the inside of a regex character class."""
    return "".join(re.escape(w) for w in sorted(set(words)) if len(w) == 1)


def words_pattern(numerals: NumeralRules, *, bound_alone: bool = False) -> str:
    """Regex for a numeral written in words, well formed: small units fall within a group
    (五十千 is 五十 and 千, so 五十千米 is 50 km), magnitudes close groups (四千零五万),
    a last digit may follow a unit (一万三), or digits are read one by one (二〇二四).
    It starts with a digit word or a ten; a bound digit (陆 land) only beside another
    numeral word, unless `bound_alone` (where nothing but a numeral can stand: 万分之肆);
    a counting digit (两) never after the decimal point or in a digit string.
    """
    nonzero = _chars(k for k, v in numerals.digits.items() if v)
    zero = _chars(k for k, v in numerals.digits.items() if not v)
    spelling = _chars(k for k in numerals.digits if k not in numerals.counting_digits)
    tens = _chars(k for k, v in numerals.small_units.items() if v == 10)
    nz = f"[{nonzero}]" if nonzero else "(?!)"
    z = f"[{zero}]*" if zero else ""
    by_value = sorted({v for v in numerals.small_units.values()}, reverse=True)
    groups = "".join(
        f"(?:{nz}?[{_chars(k for k, v in numerals.small_units.items() if v == value)}]{z})?" for value in by_value
    )
    section = f"{z}{groups}{nz}?"  # 一千零十二, 十五, 九百九
    mags = alternation(numerals.magnitudes)
    spelled = f"[{spelling}]{{2,}}" if spelling else "(?!)"  # 二〇二四
    # Atomic: magnitudes overlap (万, 万万, 万亿), so a run of them splits many ways; one way,
    # the longest, is enough, or a failing match would try them all (exponential in the run).
    integer = f"(?>{spelled}|{section}(?:{mags}{section})*)"
    point = f"(?:{alternation(numerals.decimal_points)}[{spelling}]+)?" if numerals.decimal_points and spelling else ""
    numeral_chars = _chars([*numerals.digits, *numerals.small_units, *(c for m in numerals.magnitudes for c in m),
                            *(c for p in numerals.decimal_points for c in p)])
    alone = numerals.bound_digits and not bound_alone
    bound = f"(?!{alternation(numerals.bound_digits)}(?![{numeral_chars}]))" if alone else ""  # 陆地, not 陆拾
    return f"(?:(?=[{_chars(numerals.digits)}{tens}]){bound}{integer}{point})"


def sign_pattern(numerals: NumeralRules) -> str:
    """Regex for a sign before a number (负, -), or one that never matches."""
    if not numerals.signs:
        return "(?!)"
    guards = "".join(f"(?<!{re.escape(g)})" for g in numerals.sign_guards)  # 肩负 bears, 2020年-2024年
    return f"(?:{_not_a_sign_after(numerals)}{guards}{alternation(numerals.signs)})"


def bare_units_pattern(numerals: NumeralRules) -> str:
    """Regex for units and magnitudes without a digit (千, 百万): a denominator (千分之一)."""
    return f"(?:{alternation([*numerals.small_units, *numerals.magnitudes])})++"  # possessive: see words_pattern


def parse_words(text: str, numerals: NumeralRules) -> Decimal:
    """A numeral in words: 一千五百万, 七十八万五佰零六, 一万三 (13000), 二〇二四, 十五點七."""
    text = re.sub(r"\s+", "", text)
    points = numerals.decimal_points
    if points:
        whole, *frac = re.split(alternation(points), text, maxsplit=1)
        if frac:
            digits = "".join(str(numerals.digits[c]) for c in frac[0])
            return _words_integer(whole, numerals) + Decimal("0." + digits)
    return _words_integer(text, numerals)


def _words_integer(text: str, numerals: NumeralRules) -> Decimal:
    if text and all(c in numerals.digits for c in text):
        if len(text) == 1:
            return Decimal(numerals.digits[text])
        # Digit by digit, as in 二〇二四 (2024).
        return Decimal("".join(str(numerals.digits[c]) for c in text))
    mags = sorted(numerals.magnitudes, key=len, reverse=True)
    total = Decimal(0)  # completed magnitude groups
    group = Decimal(0)  # the group below the current magnitude
    pending: int | None = None  # a digit waiting for its unit
    last_unit = 1  # the multiplier most recently applied, for 一万三 / 二百五 shorthand
    zero_seen = False
    i = 0
    while i < len(text):
        mag = next((m for m in mags if text.startswith(m, i)), None)
        if mag is not None:
            value = numerals.magnitudes[mag]
            group += pending or 0
            if total and value > _largest_power(total):
                total = (total + group) * value
            else:
                total += (group or (0 if total else 1)) * value
            group, pending, last_unit, zero_seen = Decimal(0), None, value, False
            i += len(mag)
            continue
        ch = text[i]
        if ch in numerals.small_units:
            unit = numerals.small_units[ch]
            group += (pending or 1) * unit  # 十二 and 零十 both mean one ten
            pending, last_unit, zero_seen = None, unit, False
        elif ch in numerals.digits:
            digit = numerals.digits[ch]
            if digit == 0:
                zero_seen = True
            pending = digit
        else:
            raise ValueError(f"not a numeral: {text!r}")
        i += 1
    if pending is not None:
        # 一万三 is 13 000 and 二百五 is 250: a last digit right after a unit is a tenth of it.
        shorthand = not zero_seen and last_unit >= 100 and text[-2] not in numerals.digits
        group += pending * (last_unit // 10) if shorthand else pending
    return total + group


def _largest_power(value: Decimal) -> int:
    """10 ** (number of digits - 1) of an integer value: which magnitude it has reached."""
    return int(10 ** (len(str(int(value))) - 1))
