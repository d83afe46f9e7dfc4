"""Agreement between the figures of two editions of parallel sentences, no annotation needed.

A figure stated in one language is, with few exceptions, stated in the other with the same
kind and value. For every line of a parallel-sentence file (default: the UN Parallel Corpus
sentences of ../shared/unpc/sentences.jsonl, with zh, en, fr, es, ru and ar columns) this
reads the figures of both sentences (`--langs A B`, default zh en) and pairs them by (kind,
value); it prints, per kind and overall, the share of A's figures with a twin in B and the
reverse, then the lines that disagree most (`--top N`).

Left aside, as optional in the guidelines: vague amounts (value null), a count of one
(一个 / a, one / un, une: mostly an article, and translations swap it for the noun alone) and
anniversaries (70周年 / seventieth anniversary, an ordinal in English).

One pairing beyond (kind, value): an amount whose currency one edition states and the other
leaves to the context ("$200.3 million" and « 200,3 millions » in a sentence about dollars)
is one figure read as money in one and as a count in the other. A money figure left without
a twin is paired with a count of the same value left without one (and the reverse), so the
two editions agree on the value they state; a count and an amount of different values still
disagree. Nothing else is loosened: a different value, kind or number of figures is a
disagreement, whether ours, the translation's or the corpus's.

    .venv/bin/python scripts/agreement.py [SENTENCES.jsonl] [--langs fr en] [--top 20]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from un_report.extract import Reading, extract_text
from un_report.language import Language
from un_report.models import FIGURE_KINDS
from un_report.rules import language
from un_report.sentences import body_offset

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "unpc" / "sentences.jsonl"  # ../shared
AMOUNT_KINDS = ("money", "count")  # an amount stated with or without its currency
PLACES = 2  # values compare rounded: 三分之一 and one third


@dataclass
class Line:
    """One parallel line: its figures in both languages and which have no twin."""

    line: str
    texts: dict[str, str]
    figures: dict[str, list[Reading]]
    alone: dict[str, list[Reading]]


ANNIVERSARY_UNITS = ("周年",)


def figures_of(text: str, lang: Language) -> list[Reading]:
    """The figures that count for agreement: none of the optional classes left aside."""
    cut = body_offset(text, lang)
    return [r for r in extract_text(text[cut:], lang) if not _optional(r)]


def _optional(r: Reading) -> bool:
    return r.value is None or (r.kind == "count" and (r.value == 1 or r.unit in ANNIVERSARY_UNITS))


def _key(r: Reading) -> tuple[str, Decimal]:
    return r.kind, round(Decimal(r.value or 0), PLACES)


def without_twin(ours: list[Reading], theirs: list[Reading]) -> list[Reading]:
    """The figures of `ours` with no figure of the same kind and value in `theirs` (as a
    multiset), then none left of the other amount kind of the same value (money ↔ count)."""
    return unpaired(ours, theirs)[0]


def unpaired(a: list[Reading], b: list[Reading]) -> tuple[list[Reading], list[Reading]]:
    """The figures of `a` and of `b` left without a twin in the other."""
    alone_a, alone_b = _by_key(a, b, _key), _by_key(b, a, _key)
    amounts_a = [r for r in alone_a if r.kind in AMOUNT_KINDS]
    amounts_b = [r for r in alone_b if r.kind in AMOUNT_KINDS]
    # a money figure and a count of one value: the currency stated in one edition only
    paired_a = set(map(id, amounts_a)) - {id(r) for r in _by_key(amounts_a, amounts_b, _amount_key)}
    paired_b = set(map(id, amounts_b)) - {id(r) for r in _by_key(amounts_b, amounts_a, _amount_key)}
    return [r for r in alone_a if id(r) not in paired_a], [r for r in alone_b if id(r) not in paired_b]


def _amount_key(r: Reading) -> tuple[str, Decimal]:
    """An amount by its value alone. Among figures left without a twin of their own kind, two
    of one value are a money figure and a count (two of one kind would have paired)."""
    return "amount", round(Decimal(r.value or 0), PLACES)


def _by_key(ours: list[Reading], theirs: list[Reading], key: Callable[[Reading], tuple[str, Decimal]]) -> list[Reading]:
    left = Counter(key(r) for r in theirs)
    alone = []
    for r in ours:
        if left[key(r)]:
            left[key(r)] -= 1
        else:
            alone.append(r)
    return alone


def read(path: Path, langs: tuple[str, str]) -> list[Line]:
    rules = {code: language(code) for code in langs}
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        record = json.loads(raw)
        texts = {code: str(record.get(code) or "") for code in langs}
        figures = {code: figures_of(texts[code], rules[code]) for code in langs}
        a, b = langs
        alone_a, alone_b = unpaired(figures[a], figures[b])
        alone = {a: alone_a, b: alone_b}
        lines.append(Line(str(record.get("line", len(lines))), texts, figures, alone))
    return lines


def report(lines: list[Line], langs: tuple[str, str], top: int) -> str:
    a, b = langs
    out = []
    for source, target in ((a, b), (b, a)):
        row = []
        for kind in (*FIGURE_KINDS, None):
            total = sum(1 for ln in lines for r in ln.figures[source] if kind in (None, r.kind))
            twinned = total - sum(1 for ln in lines for r in ln.alone[source] if kind in (None, r.kind))
            share = twinned / total if total else 1.0
            row.append(f"{kind or 'all'} {twinned}/{total} ({share:.3f})")
        out.append(f"{source} figures with a {target} twin: " + ", ".join(row))
    worst = sorted(lines, key=lambda ln: -(len(ln.alone[a]) + len(ln.alone[b])))
    out.append(f"lines that disagree: {sum(1 for ln in lines if ln.alone[a] or ln.alone[b])} of {len(lines)}")
    for ln in worst[:top]:
        if not (ln.alone[a] or ln.alone[b]):
            break
        out.append(f"  line {ln.line}:")
        for code in langs:
            alone = ", ".join(f"{r.kind} {r.value.normalize() if r.value is not None else None} «{r.text}»"
                              for r in ln.alone[code])
            out.append(f"    {code} alone: {alone or '-'}  | {ln.texts[code][:160]}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sentences", nargs="?", type=Path, default=DEFAULT, help=f"default {DEFAULT}")
    parser.add_argument("--langs", nargs=2, default=["zh", "en"], metavar=("A", "B"))
    parser.add_argument("--top", type=int, default=20, help="how many disagreeing lines to list")
    args = parser.parse_args(argv)
    if not args.sentences.is_file():
        print(f"error: {args.sentences}: no such file", file=sys.stderr)
        return 2
    langs = (args.langs[0], args.langs[1])
    print(report(read(args.sentences, langs), langs, args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
