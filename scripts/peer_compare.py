"""Score un-report and the peer (Microsoft Recognizers-Text) side by side on the shared
reference sentences, and print both extraction throughputs on the UN corpus sentences.

    .venv/bin/pip install -e '.[peer]'                  # the peer: ms-recognizers-text-suite
    .venv/bin/python scripts/peer_compare.py            # score lines, then throughput
    .venv/bin/python scripts/peer_compare.py --throughput --limit 500   # throughput only

The peer's Number, Percent and Currency models read each reference sentence (zh and en from
tests/data/unpc/reference-lines.jsonl, fr and es from reference-lines.other.jsonl, scored
against the English annotations). Its results become rows of our figures table: kind percent
for PercentModel, money for CurrencyModel (unit: its ISO code when it gives one), count for a
NumberModel number outside every percent and money span; value from the resolution, text and
offsets from the peer's span, para the line id. Ours come from `un_report.sentences` (what
`un-report figures` runs). Both tables are scored by tests/data/score.py (--split all).

The peer has no year kind: a year is a NumberModel count for it, so a second line per
language scores both with the year annotations left out, to compare the kinds the peer does
have: our year rows are dropped, and so are the peer's rows at the spans of our year rows
(its reading of the same numerals).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
UNPC = ROOT / "tests" / "data" / "unpc"
SCORE = ROOT / "tests" / "data" / "score.py"
SENTENCES = ROOT.parent / "shared" / "unpc" / "sentences.jsonl"
# language → (the peer's culture, the reference annotations it is scored against)
LANGUAGES = {"zh": ("zh-cn", "zh"), "en": ("en-us", "en"), "fr": ("fr-fr", "en"), "es": ("es-es", "en")}
INSTALL = "the peer is not installed: .venv/bin/pip install -e '.[peer]' (ms-recognizers-text-suite)"

sys.path.insert(0, str(ROOT))

from un_report.export import write_figures  # noqa: E402
from un_report.models import Figure  # noqa: E402
from un_report.rules import language  # noqa: E402
from un_report.sentences import read_sentence_figures, text_figures  # noqa: E402

PeerModels = tuple[Any, Any, Any]  # (NumberModel, PercentModel, CurrencyModel)


def peer_models(culture: str) -> PeerModels:
    """The peer's three models for one culture, built once (building them takes longer than
    reading a sentence). The 1.0.1 wheels install their modules as ms_recognizers_*."""
    try:
        from ms_recognizers_number import NumberRecognizer
        from ms_recognizers_number_with_unit import NumberWithUnitRecognizer
    except ImportError:
        sys.exit(INSTALL)
    numbers = NumberRecognizer(culture)
    money = NumberWithUnitRecognizer(culture).get_currency_model()
    return numbers.get_number_model(), numbers.get_percentage_model(), money


def decimal_of(value: object) -> Decimal | None:
    """A resolution value ("88%", "12000000") as a number; None when it is none."""
    try:
        return Decimal(str(value).rstrip("%").replace(",", ""))
    except (InvalidOperation, ValueError):
        return None


def peer_figures(text: str, models: PeerModels, *, lang: str, para: str, source: str) -> list[Figure]:
    """The peer's results on one sentence as rows of our figures table."""
    number, percent, currency = models
    found: list[tuple[str, Any, str]] = []  # (kind, result, unit)
    for result in percent.parse(text):
        found.append(("percent", result, "%"))
    for result in currency.parse(text):
        found.append(("money", result, result.resolution.get("isoCurrency") or ""))
    spans = [(r.start, r.end) for _, r, _ in found]
    for result in number.parse(text):
        if not any(start <= result.start and result.end <= end for start, end in spans):
            found.append(("count", result, ""))
    rows = []
    for kind, result, unit in found:
        value = decimal_of((result.resolution or {}).get("value"))
        if value is None:
            continue
        rows.append(Figure(report="peer", source=source, lang=lang, para=para, kind=kind, value=value, unit=unit,
                           text=result.text, start=result.start, end=result.end + 1))  # the peer's end is inclusive
    return rows


def reference_rows(lang: str, lines: Path, other_lines: Path) -> tuple[Path, list[tuple[str, str]]]:
    """The file holding the language's column, and its (line id, text) rows."""
    for path in (lines, other_lines):
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if records and lang in records[0]:
            return path, [(str(r["line"]), r[lang] or "") for r in records]
    sys.exit(f"no {lang} column in {lines} or {other_lines}")


def score(out: Path, gold: Path, lang: str) -> str:
    """The summary line tests/data/score.py prints for one figures table."""
    printed = subprocess.run([sys.executable, str(SCORE), "figures", str(out), str(gold), "--split", "all",
                              "--lang", lang], capture_output=True, text=True, check=True).stdout
    return printed.strip().splitlines()[-1]


def compare(lang: str, lines: Path, other_lines: Path, work: Path) -> None:
    culture, reference = LANGUAGES[lang]
    path, rows = reference_rows(lang, lines, other_lines)
    models = peer_models(culture)
    tables = {
        "ours": read_sentence_figures(path, lang, text_column=lang, id_column="line"),
        "peer": [f for para, text in rows for f in peer_figures(text, models, lang=lang, para=para, source=path.name)],
    }
    years = {(f.para, f.start, f.end) for f in tables["ours"] if f.kind == "year"}
    gold = UNPC / f"figures.{reference}.jsonl"
    no_years = work / f"figures.{reference}.no-years.jsonl"
    no_years.write_text("".join(line + "\n" for line in gold.read_text(encoding="utf-8").splitlines()
                                if line.strip() and json.loads(line)["kind"] != "year"), encoding="utf-8")
    against = f" (against the {reference} annotations)" if reference != lang else ""
    print(f"{lang}: {len(rows)} reference sentences{against}")
    for who, figures in tables.items():
        out = work / f"{who}-{lang}"
        write_figures(figures, out)
        print(f"  {who:<5} {score(out, gold, lang)}")
        write_figures([f for f in figures if f.kind != "year" and (f.para, f.start, f.end) not in years],
                      out / "no-years")
        print(f"  {who:<5} years left out: {score(out / 'no-years', no_years, lang)}")


def throughput(path: Path, limit: int, langs: list[str]) -> None:
    """Sentences/s of ours and of the peer on the first `limit` sentences of `path`."""
    if not path.is_file():
        print(f"throughput: {path} not found, skipped")
        return
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[:limit] if line.strip()]
    print(f"throughput on {path.name} (first {len(records)} sentences)")
    for lang in langs:
        texts = [(str(r["line"]), r.get(lang) or "") for r in records]
        rules, models = language(lang), peer_models(LANGUAGES[lang][0])
        runs: dict[str, Callable[[str, str], list[Figure]]] = {
            "ours": lambda text, para, rules=rules: text_figures(text, rules, report="s", source=path.name, para=para),
            "peer": lambda text, para, models=models, lang=lang: peer_figures(text, models, lang=lang, para=para,
                                                                              source=path.name),
        }
        for who, run in runs.items():
            run(texts[0][1], texts[0][0])  # warm: both build their patterns on first use
            started = time.perf_counter()
            found = sum(len(run(text, para)) for para, text in texts)
            seconds = time.perf_counter() - started
            print(f"  {lang} {who:<5} {len(texts) / seconds:8,.0f} sentences/s ({found} figures, {seconds:.2f} s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=Path, default=UNPC / "reference-lines.jsonl",
                        help="reference sentences (zh, en)")
    parser.add_argument("--other-lines", type=Path, default=UNPC / "reference-lines.other.jsonl",
                        help="the same sentences' other editions (fr, es)")
    parser.add_argument("--sentences", type=Path, default=SENTENCES, help="sentences timed for the throughput")
    parser.add_argument("--limit", type=int, default=1000, help="how many of them (default 1000)")
    parser.add_argument("--lang", choices=list(LANGUAGES), action="append", help="only these languages")
    parser.add_argument("--throughput", action="store_true", help="only the throughput (make bench)")
    args = parser.parse_args(argv)
    langs = args.lang or list(LANGUAGES)
    peer_models("en-us")  # says how to install the peer before anything runs
    if not args.throughput:
        with tempfile.TemporaryDirectory() as work:
            for lang in langs:
                compare(lang, args.lines, args.other_lines, Path(work))
    throughput(args.sentences, args.limit, [lang for lang in langs if lang in ("zh", "en")] if args.throughput
               else langs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
