"""The peer's Chinese test cases (Recognizers-Text NumberModel, PercentModel, CurrencyModel)
as test rows, one per case, compared at the layer of ours that does the same job.

Source and format: tests/data/peer-specs/recognizers-text/SOURCE.md. Each case is one row,
grouped by file; its id names the file, the case index and the start of the input.

What is compared
- NumberModel → `find_numbers`: every number our figure matcher sees, before the figure
  rules (a numeral in words needs no unit here, ordinals and dates count) and after the
  exclusions that say a string is no number at all (一看, 陆地, A/80/1).
- PercentModel → our `percent` figures; CurrencyModel → our `money` figures.
  Vague figures (二三十个百分点, value null) are left out: the peer has no vague kind.

Matching rule: the same list, in order, of (start offset, value), plus the ISO code for
money where the peer gives one (a bare "$20" has none; then the value alone counts).
- Offsets, not text: the peer's Text has full-width digits normalised; our offsets index
  the input itself. Ends are not compared: our figure's text runs on to its unit and
  qualifier (300 亿美元, 30%以上), the peer's to its own idea of where a number stops.
- Values are exact Decimals. Where the peer prints a repeating fraction rounded to 15
  significant digits (350.333333333333), ours is rounded to the same digits first.
- Each input is fed as the pipeline feeds a unit's text (CONTRACT.md: "spaces that line
  wrapping put between two CJK characters removed"): a run of spaces between two CJK
  characters is dropped before extraction, and offsets are mapped back to the input.

Out of scope: a case that a UN report figure extractor need not handle (GUIDELINES.md) is
kept as a non-strict xfail row whose id and reason say why, so one that passes anyway shows
as XPASS; `OUT_OF_SCOPE` holds the general rules, the first that applies names the reason.
Every other row must pass, but for the few in `KNOWN_FAILURES` (strict xfail, counted as
failing). scripts/peer_rate.py prints the rates and the out-of-scope rows that pass.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

import pytest

from tests.conftest import PEER_SPECS
from un_report.extract import extract_text
from un_report.extract.numbers import find_numbers
from un_report.rules import language

PEER_DIR = PEER_SPECS / "Chinese"
MODELS = ("NumberModel", "PercentModel", "CurrencyModel")


@dataclass(frozen=True)
class Expected:
    """One result the peer expects: where it starts, its value, its ISO code (money only)."""

    start: int
    value: Decimal | None
    iso: str | None = None


@dataclass(frozen=True)
class PeerCase:
    model: str  # NumberModel, PercentModel, CurrencyModel
    index: int  # position in the peer's file
    input: str
    expected: tuple[Expected, ...]
    not_supported: str  # the peer's own NotSupported list ("javascript, python")

    @property
    def normalised(self) -> str:
        """The input as a unit's text with full-width forms folded (Ｋ → K, ２ → 2), for the
        scope rules."""
        return unicodedata.normalize("NFKC", as_unit_text(self.input)[0])


# --- Out of scope: general rules, first match wins ------------------------------------

NUMERAL = "〇零一二两兩三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億"


class OutOfScope(NamedTuple):
    """A kind of case a UN report figure extractor need not handle, and why."""

    name: str
    test: str | Callable[[PeerCase], bool]  # a regex searched in the normalised input, or a predicate
    reason: str
    models: tuple[str, ...] = ()  # the files it applies to; empty: every file


def _money_inside_number(case: PeerCase) -> bool:
    return not case.expected and bool(re.search(rf"[\d{NUMERAL}]\s*(?:美元|美刀|元)", case.normalised))


OUT_OF_SCOPE: list[OutOfScope] = [
    OutOfScope("peer-unsupported", lambda c: "python" in c.not_supported.lower(),
               "the peer itself marks the case NotSupported for python"),
    OutOfScope("exponent", r"\^|(?<![%\w.])\d+(?:\.\d+)?[eE][+\-]*\d",
               "exponent or scientific notation (2^5, 2e5, 1.1^+23): not how reports print numbers"),
    OutOfScope("si-suffix", r"\d\s*[kKmM](?![A-Za-z])",
               "SI suffix (40k, 3.2k, -2.5 M): not Chinese report wording"),
    OutOfScope("discount", r"折(?!扣)",
               "discount wording (打对折, 七五折, 9.9折): shop prices, not report figures"),
    OutOfScope("dozen", rf"[\d{NUMERAL}]\s*打", "打 as a dozen (十打 = 120): not report wording"),
    OutOfScope("half-in-numeral", r"半(?=[百成])|成\s*半", "半 inside a numeral (半百 = 50, 三成半 = 35%)"),
    OutOfScope("zhao", r"兆",
               "兆 as 10¹² (Taiwan and Japan usage): mainland texts write 万亿 and use 兆 for mega (兆瓦)"),
    OutOfScope("slash-fraction", r"\d\s*/\s*\d",
               "bare fraction (3/5): written like document and page numbers (79/128, 5/24), never figures"),
    OutOfScope("mixed-fraction", r"又.{0,10}分\s*之",
               "mixed number with 又 (三又三分之一): not report wording"),
    OutOfScope("signed-denominator", rf"[负負\-]\s*[\d{NUMERAL}]+\s*分\s*之",
               "negative denominator (负3分之负157): not report wording"),
    OutOfScope("digits-with-units", r"\d\s*[千百仟佰]|[万萬亿億]\s*零?\s*\d",
               "digits mixed with numeral words beyond one magnitude (5万4千6百, 3万4000, 1千零1): reports "
               "write 54 600, and 千 after digits starts a unit (5千米, 5千克)"),
    OutOfScope("unit-first", rf"(?<![\d{NUMERAL}])[百千佰仟](?=[一二三四五六七八九])",
               "numeral that starts with its unit (百三 = 130, 千三 = 1300): colloquial; read so, "
               "百年 and 千年 (millennium) would turn into numbers"),
    OutOfScope("leading-point", r"(?<![\d.])\.\d",
               "decimal without its leading zero (.5): in reports a dot before digits marks a list "
               "or section"),
    OutOfScope("dotted-chain", r"\d+\.\d+\.\d",
               "dotted chain of numbers (2222.2222.22222): a section or version number, never a figure"),
    OutOfScope("money-as-number", _money_inside_number,
               "the peer's number model leaves out a numeral inside an amount of money (一美元); "
               "we find it, and report it as money", ("NumberModel",)),
    OutOfScope("digit-after-cheng", r"成\s*[一二三四五六七八九]",
               "a digit after 成 (七成六 = 76%): colloquial"),
    OutOfScope("fraction-of-hundreds", r"[二三四五六七八九两兩]\s*百\s*分\s*之",
               "a fraction over several hundred (五百分之2.2): a share to us (0.44%), "
               "no percentage to the peer",
               ("PercentModel",)),
    OutOfScope("percent-range", r"\d\s*[-–~至到]\s*\d+(?:\.\d+)?\s*%",
               "percent range (5-20%): both ends are percents to us (the range shares its sign), "
               "only the second to the peer"),
    OutOfScope("two-unit-money", r"[元圆]\s*(?:又\s*)?[\d一二三四五六七八九十两]+\s*[角毛分]|美分|日本銭",
               "an amount in two units (五元三毛, 两美元又三美分, 10日元5日本銭): retail prices"),
    OutOfScope("kuai", r"[\d一二三四五六七八九十两]\s*块(?!钱)",
               "块 for yuan (三块): in reports 块 is a classifier (一块土地)"),
    OutOfScope("currency-without-amount", lambda c: any(e.value is None for e in c.expected),
               "a currency name without an amount (人民币 美元): no figure"),
    OutOfScope("counted-currency", r"[个個]\s*比特币",
               "a currency counted with a classifier (20个比特币), without an ISO code"),
]


# In scope, failing, and kept so: (file, case index) → why it still fails.
KNOWN_FAILURES: dict[tuple[str, int], str] = {
    ("NumberModel", 173): "壹切 is the peer's character-by-character traditional rendering of 一切; 壹 is "
    "the financial numeral 1 and we read it so (excluding 壹切 would be a word list for one sentence)",
}


def out_of_scope(case: PeerCase, rules: list[OutOfScope] | None = None) -> OutOfScope | None:
    """The first out-of-scope rule (of `rules`, by default this file's) that applies to a
    case, or None when it is in scope."""
    for rule in OUT_OF_SCOPE if rules is None else rules:
        if rule.models and case.model not in rule.models:
            continue
        hit = re.search(rule.test, case.normalised) if isinstance(rule.test, str) else rule.test(case)
        if hit:
            return rule
    return None


# --- Reading the peer's files ------------------------------------------------------------


def _peer_value(model: str, resolution: dict) -> Decimal | None:
    value = resolution.get("value")
    if value is None:
        return None
    return Decimal(value.rstrip("%") if model == "PercentModel" else value)


def load(model: str) -> list[PeerCase]:
    cases = json.loads((PEER_DIR / f"{model}.json").read_text(encoding="utf-8"))
    return [
        PeerCase(
            model=model,
            index=i,
            input=c["Input"],
            expected=tuple(
                Expected(r["Start"], _peer_value(model, r.get("Resolution", {})),
                         r.get("Resolution", {}).get("isoCurrency"))
                for r in c["Results"]
            ),
            not_supported=c.get("NotSupported", ""),
        )
        for i, c in enumerate(cases)
    ]


def case_id(case: PeerCase, rule: OutOfScope | None = None, excerpt_chars: int = 12) -> str:
    excerpt = re.sub(r"\s+", " ", case.input.strip())[:excerpt_chars]
    scope = f"-out:{rule.name}" if rule else ""
    return f"{case.model}-{case.index:03d}{scope}-{excerpt}"


def param_rows(
    cases: list[PeerCase],
    out_of_scope: Callable[[PeerCase], OutOfScope | None],
    known_failures: dict[tuple[str, int], str],
    excerpt_chars: int = 12,
) -> list[object]:
    """Every case of one file as a row; out-of-scope rows a non-strict xfail with their
    reason, known failures a strict one (both languages' runners build their rows here)."""
    params: list[object] = []
    for case in cases:
        rule = out_of_scope(case)
        known = known_failures.get((case.model, case.index))
        marks = (
            [pytest.mark.xfail(strict=False, reason=f"out of scope: {rule.name}: {rule.reason}")] if rule
            else [pytest.mark.xfail(strict=True, reason=known)] if known
            else []
        )
        params.append(pytest.param(case, id=case_id(case, rule, excerpt_chars), marks=marks))
    return params


def rows(model: str) -> list[object]:
    return param_rows(load(model), out_of_scope, KNOWN_FAILURES)


# --- Comparing ------------------------------------------------------------------------------

Found = tuple[int, Decimal | None, str | None]  # (start, value, ISO code or None)


def as_unit_text(text: str) -> tuple[str, list[int]]:
    """The input as a unit's text (runs of spaces between two CJK characters dropped) and,
    for each character kept, its offset in the input."""
    cjk = re.compile(language("zh").rules.script)
    keep: list[int] = []
    for i, ch in enumerate(text):
        if ch in " \u3000":
            before = text[:i].rstrip(" \u3000")[-1:]
            after = text[i:].lstrip(" \u3000")[:1]
            if before and after and cjk.match(before) and cjk.match(after):
                continue
        keep.append(i)
    return "".join(text[i] for i in keep), keep


def _same_value(ours: Decimal | None, peer: Decimal | None) -> bool:
    if ours is None or peer is None:
        return ours is None and peer is None
    if ours == peer:
        return True
    digits = len(peer.as_tuple().digits)  # a double the peer rounded to 15 significant digits
    return digits >= 15 and Decimal(f"{ours:.{digits}g}") == peer


def agree(ours: list[Found], case: PeerCase) -> tuple[list[Found], list[Found]]:
    """Ours and the peer's results as comparable lists: our values that match the peer's
    (see `_same_value`) are written as the peer writes them; no ISO code where it has none."""
    peer: list[Found] = [(e.start, e.value, e.iso) for e in case.expected]
    shown: list[Found] = []
    for i, (start, value, iso) in enumerate(ours):
        if i < len(peer):
            _, p_value, p_iso = peer[i]
            value = p_value if _same_value(value, p_value) else value
            iso = None if p_iso is None else iso
        shown.append((start, value, iso))
    return shown, peer


def found_numbers(case: PeerCase) -> list[Found]:
    text, origin = as_unit_text(case.input)
    return [(origin[n.start], n.value, None) for n in find_numbers(text, language("zh"))]


def found_figures(case: PeerCase, kind: str) -> list[Found]:
    text, origin = as_unit_text(case.input)
    return [
        (origin[f.start], f.value, f.unit if kind == "money" else None)
        for f in extract_text(text, language("zh"))
        if f.kind == kind and f.value is not None
    ]


CHECKS: dict[str, Callable[[PeerCase], list[Found]]] = {
    "NumberModel": found_numbers,
    "PercentModel": lambda case: found_figures(case, "percent"),
    "CurrencyModel": lambda case: found_figures(case, "money"),
}


def compare(case: PeerCase) -> tuple[list[Found], list[Found]]:
    """(ours, the peer's) for one case, ready for ==."""
    return agree(CHECKS[case.model](case), case)


@pytest.mark.parametrize("case", rows("NumberModel"))
def test_number_model(case: PeerCase) -> None:
    ours, peer = compare(case)
    assert ours == peer, f"input {case.input!r}"


@pytest.mark.parametrize("case", rows("PercentModel"))
def test_percent_model(case: PeerCase) -> None:
    ours, peer = compare(case)
    assert ours == peer, f"input {case.input!r}"


@pytest.mark.parametrize("case", rows("CurrencyModel"))
def test_currency_model(case: PeerCase) -> None:
    ours, peer = compare(case)
    assert ours == peer, f"input {case.input!r}"
