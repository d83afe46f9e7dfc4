"""Numbers as written → exact `Decimal` values. Language-neutral: numeral words come from
a `NumeralRules` table.

    parse_digits("35 000")                 → 35000     (any thousands separator)
    parse_words("一千五百万", ZH.numerals) → 15000000
    parse_words("五十二点四", ZH.numerals) → 52.4
"""

from __future__ import annotations

import re
from decimal import Decimal

from un_report.rules.base import NumeralRules

# Full-width digits and signs map one-for-one to ASCII, so offsets survive the mapping.
FULL_WIDTH = str.maketrans("０１２３４５６７８９．，％＋－", "0123456789.,%+-")
# Characters that group thousands in printed numbers: space, comma, no-break spaces.
GROUP_SEPARATORS = " ,\u00a0\u2009\u202f"
ARABIC = (
    r"(?<!\d)(?<!\d[.,])"  # never start inside another number
    r"(?:\d{1,3}(?:[" + GROUP_SEPARATORS + r"]\d{3})+(?![\d])|\d+)"  # 35 000 | 35000
    r"(?:\.\d+)?(?![\d])"  # decimals
)
_SEPARATOR = re.compile("[" + GROUP_SEPARATORS + "]")


def parse_digits(text: str) -> Decimal:
    """An Arabic-digit number with optional thousands separators and decimals."""
    return Decimal(_SEPARATOR.sub("", text.translate(FULL_WIDTH)))


def words_pattern(numerals: NumeralRules) -> str:
    """Regex for a numeral written in words: it starts with a digit word or a ten."""
    digits = "".join(k for k in numerals.digits if len(k) == 1)
    tens = "".join(k for k, v in numerals.small_units.items() if v == 10 and len(k) == 1)
    units = "".join(k for k in numerals.small_units if len(k) == 1)
    mags = "".join(sorted({c for k in numerals.magnitudes for c in k}))
    body = f"[{digits}{units}{mags}]*"
    point = f"(?:{re.escape(numerals.decimal_point)}[{digits}]+)?" if numerals.decimal_point else ""
    return f"(?:[{digits}{tens}]{body}{point})"


def parse_words(text: str, numerals: NumeralRules) -> Decimal:
    """A numeral in words: 一千五百万, 七十八万五佰零六, 一万三 (13000), 二〇二四."""
    text = re.sub(r"\s+", "", text)
    point = numerals.decimal_point
    if point and point in text:
        whole, frac = text.split(point, 1)
        digits = "".join(str(numerals.digits[c]) for c in frac)
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
    return 10 ** (len(str(int(value))) - 1)
