"""How a language writes its numerals beyond their words: signs, decimal points, and digits
that are numerals only in some places.

`NumeralSyntax` is a `NumeralRules` with these extra tables. It lives beside base.py until
the tables are folded into `NumeralRules`; a language that needs none of them keeps a plain
`NumeralRules`, and `syntax_of` gives the engines the empty defaults for it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from un_report.rules.base import NumeralRules


@dataclass(frozen=True)
class NumeralSyntax(NumeralRules):
    """NumeralRules plus:

    signs:        words (or marks) that make the number right after them negative (负, -).
    sign_guards:  a sign is no sign right after one of these: 肩负/担负 ("bears", a verb),
                  2020年-2024年 (a range dash after a year word).
    more_decimal_points: further words for the decimal point (點 beside 点).
    bound_digits: digit words that are also everyday words (陆 land, 伍 troop, 拾 pick up,
                  肆 wanton): alone they are no numeral, only beside another numeral word
                  (陆拾, 肆佰, 拾万).
    counting_digits: digit words that count but never spell a digit (两): not after the
                  decimal point (两百点两 is 200 and 2) and not in a digit-by-digit string.
    """

    signs: tuple[str, ...] = ()
    sign_guards: tuple[str, ...] = ()
    more_decimal_points: tuple[str, ...] = ()
    bound_digits: tuple[str, ...] = ()
    counting_digits: tuple[str, ...] = ()

    @property
    def decimal_points(self) -> tuple[str, ...]:
        """Every word for the decimal point, the main one first."""
        return tuple(p for p in (self.decimal_point, *self.more_decimal_points) if p)


def syntax_of(numerals: NumeralRules) -> NumeralSyntax:
    """The numeral syntax of a rules table: itself, or a plain table with empty extras."""
    if isinstance(numerals, NumeralSyntax):
        return numerals
    return NumeralSyntax(**{f.name: getattr(numerals, f.name) for f in fields(NumeralRules)})
