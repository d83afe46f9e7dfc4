"""Benchmark: wall time and peak memory of each stage on the shipped reports.

Prints figures; it asserts nothing. Start-up (imports, jieba's dictionary, compiling the
rule patterns) is measured once and reported apart from the stages.

Then the extraction throughput on the UN corpus sentences (../shared/unpc/sentences.jsonl,
sentences/s per language), and the worst cases: hostile texts (runs of numerals, a figure
repeated a hundred thousand times, no symbol anywhere), each read as one report in a fresh
process, three times, with its best wall time (and that run's CPU time) and largest peak
memory against the goal (under 2 s and under 10 times the input's size for any input under
1 MB; a growth under 1 MiB counts as none, see GOAL_MEMORY_FLOOR).

    python scripts/bench.py [PATH ...]        (default: every report in data/raw)
    python scripts/bench.py --worst           (the worst cases only)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
REPEATS = 5  # the fast stages are timed as the best of several runs
WORST_LIMIT_SECONDS = 120  # a worst case still running after this is reported as a hang
# Each worst case is run this many times, each in a fresh process: its best time is reported
# (another tenant of a shared host only ever adds time), with that run's CPU seconds, and its
# largest memory growth.
WORST_REPEATS = 3
GOAL_SECONDS, GOAL_MEMORY_RATIO = 2.0, 10  # for any input under 1 MB
# Resident memory grows by the allocator's arenas (256 KiB) and pages, whatever the input: a
# growth under this is judged no growth (a 178-byte input cannot be held in 1.8 KB).
GOAL_MEMORY_FLOOR = 2**20

# Hostile texts, each the body of one report file: (name, text).
_ZH_PARAGRAPH = "第一章 导言\n\n1. {}\n"
_EN_PARAGRAPH = "Chapter I\nIntroduction\n\n1. {}\n"
_REPORT = Path(__file__).resolve().parent.parent / "data" / "raw" / "A_80_1_zh.txt"  # a real text, for its size


def _word(i: int) -> str:
    """A distinct word of letters for each number (no two paragraphs look alike)."""
    letters, i = "", i + 26**3
    while i:
        i, r = divmod(i, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[r]
    return letters

WORST_CASES: list[tuple[str, str]] = [
    ("40 万 in a paragraph", _ZH_PARAGRAPH.format("一" + "万" * 40 + "人")),
    ("a run of 40 000 万", _ZH_PARAGRAPH.format("万" * 40_000)),
    ("a run of 100 000 一", _ZH_PARAGRAPH.format("一" * 100_000)),
    ("'十分之' × 50 000", _ZH_PARAGRAPH.format("十分之" * 50_000)),
    ("English, no symbol, 40 KB", _EN_PARAGRAPH.format("word " * 8_000)),
    ("'$1 ' × 400 000", "$1 " * 400_000),
    ("'1- ' × 400 000", "1- " * 400_000),
    ("'one ' × 200 000", "one " * 200_000),
    ("a paragraph of '$1 ' × 100 000", _EN_PARAGRAPH.format("$1 " * 100_000)),
    ("a paragraph of 'one ' × 100 000", _EN_PARAGRAPH.format("one " * 100_000)),
    ("a line of '. ' × 200 000", _EN_PARAGRAPH.format(". " * 200_000)),
    ("100 000 one-line paragraphs", "Chapter I\nIntroduction\n\n" + "".join(f"{_word(i)}.\n\n" for i in range(10**5))),
    ("a paragraph of 100 000 lines", _EN_PARAGRAPH.format("word and more words\n" * 100_000)),
    ("a 5 MB single line", "1. " + "a" * 5_000_000),
    *(
        [("the Chinese report × 90 (5 MB)", _REPORT.read_text(encoding="utf-8") * 90)] if _REPORT.is_file() else []
    ),
]


def measure(label: str, work: Callable[[], T], repeats: int = 1) -> tuple[T, float]:
    """Run `work`, print its best wall time and its peak traced memory; return its result."""
    best = float("inf")
    result: T
    for _ in range(repeats):
        began = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - began)
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"  {label:<28} {best * 1000:9.1f} ms   peak {peak / 2**20:7.1f} MiB")
    return result, best


def run_one(path: Path) -> None:
    """In a fresh process: read `path` as one report, print its seconds and peak memory as JSON."""
    import resource

    from un_report.errors import InputError
    from un_report.extract.subject import _posseg
    from un_report.pipeline import run_report
    from un_report.rules import language

    language("zh").patterns, language("en").patterns
    _posseg()  # start-up is not the payload's cost
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    began, cpu = time.perf_counter(), time.process_time()
    try:
        result = run_report(path)
        outcome = f"{len(result.units)} units, {len(result.figures)} figures"
    except InputError as exc:
        outcome = f"refused: {exc.problem}"
    seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"seconds": seconds, "cpu": cpu, "grown": max(0, after - before), "outcome": outcome}))


def worst_cases() -> None:
    """Each hostile text in fresh processes: best seconds, largest memory grown beyond start-up, verdict."""
    print(f"worst cases (goal: < {GOAL_SECONDS:.0f} s and < {GOAL_MEMORY_RATIO}× the input under 1 MB; "
          f"best time and largest growth of {WORST_REPEATS} runs; "
          "the CPU seconds of the best: less than its time where the host gave the time to another)")
    with tempfile.TemporaryDirectory() as folder:
        for name, text in WORST_CASES:
            path = Path(folder) / "case.txt"
            path.write_text(text, encoding="utf-8")
            size = path.stat().st_size
            try:
                runs = [_run_one(path) for _ in range(WORST_REPEATS)]
            except subprocess.TimeoutExpired:
                print(f"  {name:<34} {size / 1000:8.0f} KB   over {WORST_LIMIT_SECONDS} s: HANGS")
                continue
            except subprocess.CalledProcessError as exc:
                print(f"  {name:<34} {size / 1000:8.0f} KB   crashed: {exc.stderr.strip().splitlines()[-1:]}")
                continue
            best = min(runs, key=lambda m: m["seconds"])
            seconds, grown = best["seconds"], max(m["grown"] for m in runs)
            ratio = grown / size
            small = grown < max(GOAL_MEMORY_RATIO * size, GOAL_MEMORY_FLOOR)
            ok = size >= 1_000_000 or (seconds < GOAL_SECONDS and small)
            print(
                f"  {name:<34} {size / 1000:8.0f} KB {seconds:7.2f} s (CPU {best['cpu']:5.2f} s)   "
                f"peak +{grown / 2**20:6.1f} MiB "
                f"({ratio:4.1f}×)  {'ok  ' if ok else 'SLOW'}  {runs[0]['outcome']}"
            )


def _run_one(path: Path) -> dict[str, Any]:
    """One worst case read in a fresh process (`run_one`): its seconds, growth and outcome."""
    done = subprocess.run(
        [sys.executable, __file__, "--one", str(path)],
        capture_output=True, text=True, timeout=WORST_LIMIT_SECONDS, check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def main(argv: list[str]) -> None:
    if argv[:1] == ["--one"]:
        return run_one(Path(argv[1]))
    if argv[:1] == ["--worst"]:
        return worst_cases()
    began = time.perf_counter()
    from un_report.export import write_tables
    from un_report.extract import extract
    from un_report.extract.subject import _posseg
    from un_report.ingest import ingest
    from un_report.ingest.pdf.reader import read_pdf_timed
    from un_report.rules import language
    from un_report.segment import segment

    language("zh").patterns, language("en").patterns
    _posseg()
    print(f"start-up (imports, rule patterns, jieba dictionary): {time.perf_counter() - began:.2f} s")

    paths = [Path(p) for p in argv] or sorted(
        p for p in Path("data/raw").iterdir() if p.suffix.lower() in (".txt", ".md", ".pdf")
    )
    for path in paths:
        print(f"{path.name}")
        doc, _ = measure("ingest", lambda p=path: ingest(p), 1 if path.suffix == ".pdf" else REPEATS)
        if path.suffix.lower() == ".pdf":
            _, timings = read_pdf_timed(path)
            print(
                f"    of which pdfplumber {timings.pdfplumber_seconds * 1000:9.1f} ms, ours "
                f"{timings.our_seconds * 1000:.1f} ms ({100 * (1 - timings.pdfplumber_share):.0f}% ours); "
                f"{timings.pages / (timings.pdfplumber_seconds + timings.our_seconds):.1f} pages/s"
            )
        units, t_segment = measure("segment", lambda d=doc: segment(d), REPEATS)
        figures, t_extract = measure("extract (with subjects)", lambda u=units, d=doc: extract(u, d.language), REPEATS)
        with tempfile.TemporaryDirectory() as out:
            measure("export (CSV + Parquet)", lambda u=units, f=figures, o=out: write_tables(u, f, Path(o)), REPEATS)
        print(
            f"  {len(units)} units, {len(figures)} figures; "
            f"segment {len(units) / t_segment:,.0f} units/s; extract {len(units) / t_extract:,.0f} units/s, "
            f"{len(figures) / t_extract:,.0f} figures/s"
        )
    sentences()
    worst_cases()


SENTENCES = Path(__file__).resolve().parent.parent.parent / "shared" / "unpc" / "sentences.jsonl"


def sentences(path: Path = SENTENCES) -> None:
    """Extraction throughput on the UN corpus sentences (one unit per sentence, with subjects),
    per language, when the file is beside the repository."""
    if not path.is_file():
        print(f"sentences: {path} not found, skipped")
        return
    from un_report.sentences import read_sentence_figures

    print(f"{path.name}")
    for lang in ("zh", "en"):
        figures, seconds = measure(
            f"figures ({lang})", lambda lang=lang: read_sentence_figures(path, lang, text_column=lang, id_column="line")
        )
        rows = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        print(f"  {rows} sentences, {len(figures)} figures: {rows / seconds:,.0f} sentences/s ({lang})")


if __name__ == "__main__":
    main(sys.argv[1:])
