"""The peer's test cases (Recognizers-Text) for French, Spanish and Arabic as test rows: the
machinery the three runners share (tests/test_peer_specs_{fr,es,ar}.py), the English runner's
design (tests/test_peer_specs_en.py) for any language of ours.

What is compared, as for English:
- NumberModel → `find_numbers(text, language(code))`: every number our figure matcher sees,
  before the figure rules; a share in words is a number too, as a fraction of one.
- PercentModel → our `percent` figures; CurrencyModel → our `money` figures; DimensionModel
  → our `count` figures whose unit is a physical measure (the language's MEASURE_UNITS).
Matching rule: the same list, in order, of (start offset, value), plus the ISO code for
money where the peer gives one; the qualifier word before a figure of ours is skipped before
comparing starts (the peer's percent and currency results start at the amount).

The peer writes values with the decimal comma of French and Spanish (0,2): read as 0.2.
Out-of-scope rules are general (a kind of case, never one case), each with its reason; the
first that applies names the row, a non-strict xfail.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from tests import test_peer_specs as zh_peer
from un_report.extract import extract_text
from un_report.extract.numbers import find_numbers
from un_report.rules import language
from un_report.rules.base import alternation

Found = zh_peer.Found
OutOfScope = zh_peer.OutOfScope


@dataclass(frozen=True)
class Expected(zh_peer.Expected):
    """One result the peer expects, with its text and unit name (for the scope rules)."""

    text: str = ""
    unit: str = ""


@dataclass(frozen=True)
class PeerCase(zh_peer.PeerCase):
    expected: tuple[Expected, ...]

    @property
    def normalised(self) -> str:
        """The input with compatibility forms folded (narrow no-break space → space)."""
        return unicodedata.normalize("NFKC", self.input)


# The peer counts an amount in a subunit in subunits (50 cents → 50); we in currency units.
SUBUNITS: dict[str, Decimal] = {
    "Cent": Decimal("0.01"), "Centime": Decimal("0.01"), "Centimes": Decimal("0.01"), "Pence": Decimal("0.01"),
    "Centavo": Decimal("0.01"), "Penique": Decimal("0.01"),
}


def _peer_value(model: str, resolution: dict) -> Decimal | None:
    value = resolution.get("value")
    if value in (None, "null"):  # a unit or currency name without an amount
        return None
    number = Decimal(str(value).rstrip("%").replace(",", "."))
    return number * SUBUNITS.get(resolution.get("unit", ""), Decimal(1))


def _start(result: dict, text: str) -> int:
    """Where the peer's result starts: its Start, or in a few cases the Resolution's, or
    else where its text first stands in the input."""
    start = result.get("Start", result.get("Resolution", {}).get("Start"))
    return int(start) if start is not None else text.lower().find(result["Text"].lower())


def load(folder: Path, model: str) -> list[PeerCase]:
    cases = json.loads((folder / f"{model}.json").read_text(encoding="utf-8-sig"))
    return [
        PeerCase(
            model=model,
            index=i,
            input=c["Input"],
            expected=tuple(
                Expected(_start(r, c["Input"]), _peer_value(model, r.get("Resolution", {})),
                         r.get("Resolution", {}).get("isoCurrency"), r["Text"],
                         r.get("Resolution", {}).get("unit", ""))
                for r in c["Results"]
            ),
            not_supported=c.get("NotSupported", ""),
        )
        for i, c in enumerate(cases)
    ]


def peer_texts(pattern: str) -> Callable[[PeerCase], bool]:
    """A predicate: one of the peer's expected texts matches `pattern` (what the peer reads)."""
    compiled = re.compile(pattern, re.IGNORECASE)
    return lambda case: any(compiled.search(e.text) for e in case.expected)


def _offset_elsewhere(case: PeerCase) -> bool:
    """The peer's text stands in the input, but not where its Start says."""
    return any(e.text in case.input and not case.input.startswith(e.text, e.start) for e in case.expected)


# Rules every language's runner applies first.
COMMON_OUT_OF_SCOPE: list[OutOfScope] = [
    OutOfScope("peer-unsupported", lambda c: "python" in c.not_supported.lower(),
               "the peer itself marks the case NotSupported for python"),
    OutOfScope("exponent", r"\^|(?<![%\w.,])\d+(?:[.,]\d+)?[eE][+\-]*\d|\dx10",
               "exponent or scientific notation (2,5^-1, 1e10): not how reports print numbers"),
    OutOfScope("slash-fraction", r"\d\s*/\s*\d",
               "bare fraction or date (4/5, 2 1/4): written like document and page numbers (79/128, "
               "5/24), never figures"),
    OutOfScope("leading-mark", r"(?<![\d.,])[.,٫]\d",
               "decimal without its leading zero (,08 or .25): in reports a mark before digits "
               "belongs to a list or section"),
    OutOfScope("dotted-chain", r"\d+[.٫]\d+[.٫]\d+[.٫]\d",
               "dotted chain of numbers (192.168.1.2): an address or version, never a figure"),
    OutOfScope("range-unit", lambda c: len(c.expected) == 1 and bool(re.search(r"\d\s*[-–]\s*\d+\s*[^\W\d_]", c.input)),
               "a range with one unit written once (75 - 300 mm): the peer reads the last end only, "
               "the guidelines give both ends the unit (一至三个月: 1 and 3 months)"),
    OutOfScope("currency-without-amount", lambda c: any(e.value is None for e in c.expected),
               "a currency or unit name without an amount (dollar, mètre): no figure"),
    OutOfScope("peer-offset", _offset_elsewhere,
               "the peer's own error: its result's Start does not point at its Text, which stands "
               "elsewhere in the input (مائتين at 9 of 'ثلاثمائة و مائتين', where it stands at 11)"),
]


def out_of_scope(case: PeerCase, rules: list[OutOfScope]) -> OutOfScope | None:
    return zh_peer.out_of_scope(case, [*COMMON_OUT_OF_SCOPE, *rules])  # type: ignore[arg-type]


def rows(cases: Iterable[PeerCase], rules: list[OutOfScope], known: dict[tuple[str, int], str]) -> list[object]:
    return zh_peer.param_rows(list(cases), lambda c: out_of_scope(c, rules), known, excerpt_chars=16)  # type: ignore[arg-type]


class Runner:
    """What one language's runner compares: our results for a case, beside the peer's."""

    def __init__(self, code: str, measures: Iterable[str]) -> None:
        self.code = code
        figures = language(code).rules.figures
        assert figures is not None
        self.qualifier_first = re.compile(alternation(figures.qualifiers_before) + r"\s*", re.IGNORECASE)
        self.measures = {u.lower() for u in measures}

    def _amount_start(self, start: int, text: str) -> int:
        m = self.qualifier_first.match(text)
        return start + m.end() if m else start

    def numbers(self, case: PeerCase) -> list[Found]:
        return [(n.start, n.value, None) for n in find_numbers(case.input, language(self.code))]

    def figures(self, case: PeerCase, kind: str) -> list[Found]:
        return [
            (self._amount_start(f.start, f.text), f.value, f.unit if kind == "money" else None)
            for f in extract_text(case.input, language(self.code))
            if f.kind == kind and f.value is not None and (kind != "count" or f.unit.lower() in self.measures)
        ]

    def compare(self, case: PeerCase) -> tuple[list[Found], list[Found]]:
        """(ours, the peer's) for one case, ready for ==."""
        ours = {
            "NumberModel": self.numbers,
            "PercentModel": lambda c: self.figures(c, "percent"),
            "CurrencyModel": lambda c: self.figures(c, "money"),
            "DimensionModel": lambda c: self.figures(c, "count"),
        }[case.model](case)
        return zh_peer.agree(ours, case)


def interface(
    run: Runner, folder: Path, rules: list[OutOfScope]
) -> tuple[Callable[[str], list[PeerCase]], Callable[[PeerCase], OutOfScope | None],
           Callable[[PeerCase], tuple[list[Found], list[Found]]]]:
    """A runner module's `load(model)`, `out_of_scope(case)` and `compare(case)`, as the
    Chinese and English runners define them (scripts/peer_rate.py reads every runner so)."""
    return (lambda model: load(folder, model)), (lambda case: out_of_scope(case, rules)), run.compare


def model_test(
    run: Runner, folder: Path, model: str, rules: list[OutOfScope], known: dict[tuple[str, int], str]
) -> Callable[[PeerCase], None]:
    """The row test of one peer model file: our results equal the peer's, case by case."""

    @pytest.mark.parametrize("case", rows(load(folder, model), rules, known))
    def test(case: PeerCase) -> None:
        ours, peer = run.compare(case)
        assert ours == peer, f"input {case.input!r}"

    return test
