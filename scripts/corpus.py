"""Measure un-report on a folder of UN PDFs, checking it against each PDF's own text.

Runs un-report on every PDF of DIR and, independently, reads each PDF's text with
pdfplumber's own `extract_text` (no code of un-report), then prints per document and in
total:

- numbered body lines ("N." at a line start in the raw text): lost (in no unit, nor a
  heading), glued (inside another unit rather than opening one); a numbered line ending
  in three figures or more, or printed in columns (two gaps or more of COLUMN_GAP_EM type
  sizes between its words after its number), is a table row, counted apart and not
  checked; a numbered line ending in a page number under a "Contents" line of its page is
  a contents row, not checked (as one with leaders);
- tables and charts set aside, from the run's notes;
- the symbol un-report gives the document against the one printed on page 1 (the
  manifest's `symbol_printed` where a MANIFEST.csv lies beside the PDFs, and this script's
  own read of page 1's top area, where a scan's OCR I, l or O inside a numeric field is
  read as the 1 or 0 it stands for: A/39/36I is A/39/361);
- page furniture inside units: job numbers (25-07881), barcodes, "Please recycle", and
  running header or footer lines of the raw text; a running header's wording in brackets
  ("(E/2025/28)", "[TD/B/CN.4/48]") or closed by a full stop ("1 A/CONF.230/2025/15.", a
  note citing the document) is cited by the text, not page furniture;
- split words: a token not in the document's vocabulary (the raw text's words) whose
  concatenation with the next token is; glued words, the other way: a token not in the
  vocabulary that is two words printed one after the other in the raw text (of the →
  "ofthe"). Both are counted only where pdfplumber's text disagrees with ours, so a word
  that pdfplumber splits or glues the same way is not seen. pdfplumber's text is read
  twice for these: as `extract_text` reads it (a gap over 3 points parts two words) and
  with its tolerance a share of the type size (`x_tolerance_ratio`, `WORD_GAP_RATIO`: a
  gap over a tenth of an em). In small type set without space characters, 3 points is
  more than a word space (Times's is 2.5 points at 10 points), so the first reading
  glues every word of such a page ("billionpeople"), while the second parts words that
  tracking or justification spaced out. A word counts as split only where both readings
  print it whole, and as glued only where both print its two words apart; a word the two
  readings disagree on is not judged. Nor is a word of a right-to-left script (Arabic,
  Hebrew): pdfplumber's text gives it in visual order, its letters and words mirrored,
  so it cannot be told from ours;
- the language tag against the manifest's `language`.

Prints figures; it asserts nothing.

    python scripts/corpus.py DIR [--jobs 2] [--limit N] [--sample N] [--only NAME ...] [--json FILE]
"""

from __future__ import annotations

import argparse
import bisect
import csv
import itertools
import json
import logging
import random
import re
import sys
import time
import unicodedata
import warnings
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The shared corpus lies beside the repository (../shared), or beside a worktree's parent.
DEFAULT_DIRS = [ROOT.parent / "shared/corpus/un-documents", ROOT.parent.parent / "shared/corpus/un-documents"]
NUMBERED = re.compile(r"^\s*(?P<number>\d{1,3})\s?\.\s+(?P<rest>\S.*)$")
LEADERS = re.compile(r"(?:\.\s?){4,}|…{2,}|_{4,}")  # a contents row, not a paragraph
# a contents list's heading, in the UN languages read with Latin or Cyrillic letters
CONTENTS = re.compile(r"^\s*(?:contents|table des matières|índice|содержание)\s*$", re.IGNORECASE)
PAGE_NUMBER_END = re.compile(r"\s\d{1,3}$")  # a contents row ends in its page number
COLUMN_GAP_EM = 1.5  # a gap this wide (type sizes) between two words on a line separates two columns
COLUMN_GAPS = 2  # a numbered line with this many such gaps after its number is a table row
KEY_CHARS = 40  # a numbered line is found in the units by its first normalised characters
MIN_KEY_CHARS = 8  # shorter remainders ("1. Iraq") say too little to be found reliably
AT_START = 2  # normalised characters a unit may hold before a line that opens it
# a symbol: its series code (GEGN.2, a joint series DP-FPA), then components after slashes
SYMBOL = re.compile(r"^(?:[A-Z]{1,8}(?:\.\d{1,2})?(?:-[A-Z]{1,8})?(?:/[A-Za-z0-9.()\-]+)+)$")
SYMBOL_AREA = 0.22  # page 1's symbol stands in its top share
TOUCHING = 1.5  # points between two words printed as one (A and /80/74)
RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")  # Hebrew, Arabic and their forms
WORD_GAP_RATIO = 0.1  # the second reading's word gap, of the type size (pdfplumber's x_tolerance_ratio)
SAME_LINE = 0.5  # share of the shorter word's height two words of one printed line overlap by
# a numeric field of a symbol as a scan's OCR reads it: 1 as I or l, 0 as O (A/39/36I)
OCR_NUMBER = re.compile(r"(?<=/)(?=[\dIlO]*\d)[\dIlO]+(?=/|$)")
# a job number (25-07881), or one after its printing office's code (GE.25-10614 in Geneva)
JOB = re.compile(r"(?:(?<![\w/.-])[A-Z]{1,2}\.|(?<![\d/.-]))\d{2}-\d{5}(?![\d])")
BARCODE = re.compile(r"\*\d{7,}\*")
RECYCLE = re.compile(r"please\s+recycle", re.IGNORECASE)
TOKEN = re.compile(r"\S+")
EDGE_PUNCT = "\"'“”‘’()[]{},.;:!?*"
# a numbered line ending in three figures or more (1. Global coordination 14 971.4 13 129.8) is a table row
# a symbol's printed qualifier, which page 1's words split off: (Part I), [Expanded report],
# E/ICEF/672(Première partie)
QUALIFIED = re.compile(r"(?:\s[\[(]|[\[(](?=[^\W\d_]))[^\])]*[\])]$")
PART_OPENS = re.compile(r"[\[(](?=[^\W\d_]).*$")  # where a qualifier opens inside page 1's token
TABLE_ROW = re.compile(r"(?:\s+\(?[-–]?\d[\d,.]*\)?%?|\s+[-–]){3,}\s*$")
LANG_NAMES = {"English": "en", "French": "fr", "Spanish": "es", "Russian": "ru", "Arabic": "ar", "Chinese": "zh"}


@dataclass
class DocResult:
    file: str
    status: str = "read"  # read, refused, crashed
    error: str = ""
    report: str = ""
    symbols: str = ""
    printed: str = ""  # the manifest's symbol_printed
    page1: str = ""  # this script's read of page 1
    symbol_ok: bool | None = None  # None: nothing printed to compare with
    lang: str = ""
    lang_expected: str = ""
    lang_ok: bool | None = None
    pages: int = 0
    units: int = 0
    numbered: int = 0  # numbered body lines checked
    table_rows: int = 0  # numbered lines that are table rows (not checked)
    lost: int = 0
    glued: int = 0
    furniture: int = 0
    split_words: int = 0
    glued_words: int = 0
    seconds: float = 0.0
    notes: str = ""
    examples: dict[str, list[str]] = field(default_factory=dict)


def normalise(text: str) -> str:
    """Letters and digits only, lower case, compatibility forms folded (ﬁ → fi, ¹ → 1)."""
    return "".join(c for c in unicodedata.normalize("NFKC", text).lower() if c.isalnum())


def raw_pages(path: Path, tight: list[str] | None = None) -> tuple[list[str], str, set[str]]:
    """pdfplumber's own text of every page, page 1's symbol read from its top area, and the
    numbered lines printed in columns (a table's rows). `tight`, if given, gets every page's
    text read again with a word gap relative to the type size (`WORD_GAP_RATIO`)."""
    import pdfplumber

    texts: list[str] = []
    page1 = ""
    columned: set[str] = set()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        logging.getLogger("pdfminer").setLevel(logging.ERROR)
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                texts.append(page.extract_text() or "")
                if tight is not None:
                    tight.append(page.extract_text(x_tolerance_ratio=WORD_GAP_RATIO) or "")
                columned.update(_columned_lines(page))
                if page.page_number == 1:
                    page1 = _page1_symbol(page)
                page.close()
    return texts, page1, columned


def _columned_lines(page) -> list[str]:
    """The page's numbered lines (as `extract_text` prints them) whose words after the
    number stand in columns: COLUMN_GAPS gaps or more of COLUMN_GAP_EM type sizes. A
    paragraph's number before a tab is one such gap, and is not counted."""
    out = []
    for line in page.extract_text_lines(return_chars=True):
        m = NUMBERED.match(line["text"])
        if m is None:
            continue
        ink = [c for c in line["chars"] if c["text"].strip()]
        after = len(m["number"]) + 1  # the number and its stop
        wide = sum(
            b["x0"] - a["x1"] >= COLUMN_GAP_EM * max(a["size"], b["size"])
            for a, b in itertools.pairwise(ink[after:])
        )
        if wide >= COLUMN_GAPS:
            out.append(line["text"])
    return out


def _page1_symbol(page) -> str:
    """Symbols printed in page 1's top area: words whose heights overlap form a line (a big
    series letter and the rest of the symbol in smaller type), touching words join."""
    words = [w for w in page.extract_words() if w["top"] < SYMBOL_AREA * float(page.height)]
    words.sort(key=lambda w: w["top"])
    bands: list[list[dict]] = []
    for w in words:
        band = next((b for b in bands if any(_same_line(w, o) for o in b)), None)
        if band is None:
            bands.append([w])
        else:
            band.append(w)
    found: list[str] = []
    for band in bands:
        band.sort(key=lambda w: w["x0"])
        text, right = "", None
        for w in band:
            gap = None if right is None else w["x0"] - right
            text += ("" if gap is not None and abs(gap) < TOUCHING else " ") + w["text"]
            right = w["x1"]
        for token in text.split():
            for part in _joint_parts(PART_OPENS.sub("", token)):
                if SYMBOL.match(part) and not part.startswith("http"):
                    found.append(OCR_NUMBER.sub(lambda m: m.group(0).translate(str.maketrans("IlO", "110")), part))
    return "|".join(dict.fromkeys(found))


def _same_line(a: dict, b: dict) -> bool:
    """Two words of one printed line: their heights overlap by half the shorter one's."""
    overlap = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    return overlap > SAME_LINE * min(a["bottom"] - a["top"], b["bottom"] - b["top"])


def _joint_parts(token: str) -> list[str]:
    """A joint symbol's parts (A/80/74-E/2025/53); a hyphen inside a series code, before the
    first slash (DP-FPA/2025/1), joins no two symbols."""
    parts: list[str] = []
    for piece in re.split(r"-(?=[A-Z]{1,8}/)", token):
        if parts and "/" not in parts[-1]:
            parts[-1] += "-" + piece
        else:
            parts.append(piece)
    return parts


def measure(path: Path, manifest: dict[str, dict[str, str]]) -> DocResult:
    """Run un-report on one PDF and check what it read against pdfplumber's text."""
    from un_report.errors import InputError
    from un_report.pipeline import run_report

    out = DocResult(path.name)
    row = manifest.get(path.name, {})
    out.printed, out.lang_expected = row.get("symbol_printed", ""), row.get("language", "")
    began = time.perf_counter()
    units = []
    try:
        result = run_report(path)
        units = result.units
        out.report, out.lang, out.units = result.report, result.lang, len(units)
        out.symbols = getattr(result, "symbol", "") or ""
        out.notes = "; ".join(result.notes)
    except InputError as exc:
        out.status, out.error = "refused", exc.problem
        out.lang = next((code for name, code in LANG_NAMES.items() if name in exc.problem), "")
    except Exception as exc:
        out.status, out.error = "crashed", f"{type(exc).__name__}: {exc}"
    out.seconds = time.perf_counter() - began
    try:
        tight: list[str] = []
        pages, out.page1, columned = raw_pages(path, tight)
    except Exception as exc:
        out.notes = f"raw text unreadable: {exc}"
        return out
    out.pages = len(pages)
    _check_symbol(out)
    if out.lang_expected and (out.lang or out.status == "read"):
        out.lang_ok = out.lang == out.lang_expected
    if out.status == "read" or (out.status != "read" and out.lang in ("", "en")):
        _check_numbered(out, pages, units, columned)
    if units:
        _check_furniture(out, pages, units)
        _check_split_words(out, [pages, tight], units)
    return out


def _check_symbol(out: DocResult) -> None:
    expected = {s for s in (out.printed, *out.page1.split("|")) if s}
    if not expected or out.status != "read":
        return
    given = {out.report, *out.symbols.split("|")} - {""}
    given |= {QUALIFIED.sub("", s) for s in given}  # DP/FPA/2025/4 (Part I), JIU/REP/2025/1 [Expanded report]
    out.symbol_ok = bool(given & expected)


def _check_numbered(
    out: DocResult, pages: list[str], units: list, columned: set[str] | frozenset[str] = frozenset()
) -> None:
    """Each numbered line of the raw text: opening a unit, glued inside one, or lost.
    `columned`: the lines printed in columns (table rows)."""
    starts: list[int] = []
    texts: list[str] = []
    size = 0
    for u in units:
        starts.append(size)
        norm = normalise(u.text)
        texts.append(norm)
        size += len(norm) + 1
    joined = "\x00".join(texts)
    headings = "\x00".join(normalise(f"{u.chapter}\x00{u.section}\x00{u.heading}\x00{u.title}") for u in units)
    for page in pages:
        contents = False  # under the page's "Contents" line
        for line in page.splitlines():
            contents = contents or CONTENTS.match(line) is not None
            m = NUMBERED.match(line)
            if m is None or LEADERS.search(line) or (contents and PAGE_NUMBER_END.search(line)):
                continue
            key = normalise(m["rest"])[:KEY_CHARS]
            if len(key) < MIN_KEY_CHARS:
                continue
            if TABLE_ROW.search(m["rest"]) or line in columned:
                out.table_rows += 1  # a numbered table row: set aside with its table, not a paragraph
                continue
            out.numbered += 1
            where = _find(joined, key, starts)
            if where == "start" or key in headings:  # opens a unit, or is a (numbered) heading
                continue
            if where is None:
                out.lost += 1
                out.examples.setdefault("lost", []).append(line[:70])
            else:
                out.glued += 1
                out.examples.setdefault("glued", []).append(line[:70])


def _find(joined: str, key: str, starts: list[int]) -> str | None:
    """'start' where `key` opens a unit, 'inside' where it only stands within one, None if absent."""
    at = joined.find(key)
    if at < 0:
        return None
    while at >= 0:
        unit = bisect.bisect_right(starts, at) - 1
        if at - starts[unit] <= AT_START:
            return "start"
        at = joined.find(key, at + 1)
    return "inside"


def _check_furniture(out: DocResult, pages: list[str], units: list) -> None:
    """Job numbers, barcodes, "Please recycle" and running header or footer lines in units."""
    edges: Counter[str] = Counter()
    texts: dict[str, str] = {}
    for page in pages:
        lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
        for ln in lines[:1] + lines[-1:]:
            shape = re.sub(r"\d+", "9", ln)
            if 6 <= len(ln) <= 60:
                edges[shape] += 1
                texts.setdefault(shape, ln)
    recurring = [texts[s] for s, n in edges.items() if n >= 2 and n >= len(pages) // 3]
    for u in units:
        text = u.text
        hits = [m.group(0) for pat in (JOB, BARCODE, RECYCLE) for m in pat.finditer(text)]
        hits += [h for h in recurring if len(normalise(h)) >= 6 and _header_in(h, text)]
        if hits:
            out.furniture += len(hits)
            out.examples.setdefault("furniture", []).append(f"{u.para}: {hits[0]}")


def _header_in(header: str, text: str) -> bool:
    """A running header's wording inside a unit's text: a page number (digits of up to three
    figures standing alone) may differ, a symbol's digits may not (a unit may cite another);
    in brackets, or closed by a full stop, it is a citation."""
    parts = re.finditer(r"(?P<page>(?<![\d/])\d{1,3}(?![\d/]))|\S", header)
    pattern = r"\s*".join(r"\d{1,3}" if m["page"] else re.escape(m.group(0)) for m in parts)
    # in brackets it is cited, not a header: Supplement No. 8 (E/2025/28), [TD/B/CN.4/48];
    # closed by a full stop, a sentence or a note cites it: "1 A/CONF.230/2025/15."
    return re.search(rf"(?<![\w/(\[]){pattern}(?![\w/)\]]|\.(?:\s|$))", text) is not None


def _vocabulary(pages: list[str]) -> tuple[set[str], set[tuple[str, str]]]:
    """The words of a reading of the raw text, and its words printed one after the other."""
    vocab: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for page in pages:
        words = [tok.strip(EDGE_PUNCT).lower() for tok in TOKEN.findall(page)]
        vocab.update(word for word in words if word and not word.endswith("-"))
        pairs.update((a, b) for a, b in itertools.pairwise(words) if a.isalpha() and b.isalpha())
    return vocab, pairs


def _check_split_words(out: DocResult, readings: list[list[str]], units: list) -> None:
    """Split and glued words of the units against the raw text's readings (each a list of
    page texts): judged only where every reading agrees (see the module docstring)."""
    read = [_vocabulary(pages) for pages in readings if pages]
    if not read:
        return
    vocab = set.union(*(v for v, _ in read))  # printed as a word in some reading
    whole = set.intersection(*(v for v, _ in read))  # ... in every reading
    pairs = set.intersection(*(p for _, p in read))  # printed apart in every reading
    for u in units:
        tokens = TOKEN.findall(u.text)
        for token in tokens:
            if RIGHT_TO_LEFT.search(token):
                continue
            word = token.strip(EDGE_PUNCT).lower()
            if word.isalpha() and word not in vocab and any(
                (word[:i], word[i:]) in pairs for i in range(1, len(word))
            ):
                out.glued_words += 1
                out.examples.setdefault("glued words", []).append(token)
        for left, right in itertools.pairwise(tokens):
            if RIGHT_TO_LEFT.search(left + right):
                continue
            if left[-1] in EDGE_PUNCT or right[0] in EDGE_PUNCT:
                continue
            a, b = left.strip(EDGE_PUNCT).lower(), right.strip(EDGE_PUNCT).lower()
            if not a or not b or not (a[-1].isalpha() or a.endswith("-")) or not b[0].isalpha():
                continue
            if (a not in vocab or b not in vocab) and (a + b) in whole:
                out.split_words += 1
                out.examples.setdefault("split", []).append(f"{left} {right}")


def read_manifest(folder: Path) -> dict[str, dict[str, str]]:
    path = folder / "MANIFEST.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as f:
        return {row["file"]: row for row in csv.DictReader(f)}


def _measure_star(args: tuple[Path, dict[str, dict[str, str]]]) -> DocResult:
    return measure(*args)


def print_table(results: list[DocResult], examples: int) -> None:
    print(f"{'file':<44} {'status':<7} {'lang':<5} {'report':<22} {'sym':<3} {'units':>5} "
          f"{'numb':>5} {'lost':>4} {'glued':>5} {'furn':>4} {'split':>5}")
    for r in results:
        sym = {True: "ok", False: "BAD", None: "-"}[r.symbol_ok]
        lang = r.lang + ("" if r.lang_ok in (True, None) else f"!{r.lang_expected}")
        print(f"{r.file[:44]:<44} {r.status:<7} {lang:<5} {r.report[:22]:<22} {sym:<3} {r.units:>5} "
              f"{r.numbered:>5} {r.lost:>4} {r.glued:>5} {r.furniture:>4} {r.split_words:>5}")
        if r.status != "read":
            print(f"    {r.status}: {r.error[:150]}")
        if r.symbol_ok is False:
            print(f"    symbol: given {r.report!r} {r.symbols!r}; printed {r.printed!r}; page 1 {r.page1!r}")
        for kind, found in r.examples.items():
            if examples:
                print(f"    {kind}: " + " | ".join(found[:examples]))


def print_summary(results: list[DocResult]) -> None:
    read = [r for r in results if r.status == "read"]
    numbered = sum(r.numbered for r in results)
    lost, glued = sum(r.lost for r in results), sum(r.glued for r in results)
    checked = [r for r in results if r.symbol_ok is not None]
    langs = [r for r in results if r.lang_ok is not None]
    print()
    print(f"documents {len(results)}: read {len(read)}, refused {sum(r.status == 'refused' for r in results)}, "
          f"crashed {sum(r.status == 'crashed' for r in results)}; pages {sum(r.pages for r in results)}; "
          f"units {sum(r.units for r in results)}")
    print(f"numbered body lines {numbered}: lost {lost} ({_pct(lost, numbered)}), "
          f"glued {glued} ({_pct(glued, numbered)}); documents losing some {sum(r.lost > 0 for r in results)}, "
          f"gluing some {sum(r.glued > 0 for r in results)}; numbered table rows not checked "
          f"{sum(r.table_rows for r in results)}")
    exhibits = [int(m[1]) for r in results if (m := re.search(r"(\d+) tables and charts set aside", r.notes))]
    print(f"tables and charts set aside {sum(exhibits)} (in {len(exhibits)} documents)")
    print(f"symbol right {sum(bool(r.symbol_ok) for r in checked)}/{len(checked)} documents read with a printed symbol")
    print(f"furniture inside units {sum(r.furniture for r in results)} "
          f"(in {sum(r.furniture > 0 for r in results)} documents)")
    split = sum(r.split_words for r in results)
    print(f"split words {split} ({split / max(1, len(read)):.2f} per document read; "
          f"in {sum(r.split_words > 0 for r in results)} documents)")
    joined = sum(r.glued_words for r in results)
    print(f"glued words {joined} ({joined / max(1, len(read)):.2f} per document read; "
          f"in {sum(r.glued_words > 0 for r in results)} documents)")
    print(f"language right {sum(bool(r.lang_ok) for r in langs)}/{len(langs)}")
    print(f"seconds in un-report {sum(r.seconds for r in results):.0f}")


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path, nargs="?", default=None)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None, help="only the first N PDFs")
    parser.add_argument("--sample", type=int, default=None, help="N PDFs drawn at random (seed 0)")
    parser.add_argument("--only", nargs="*", default=None, help="only these file names")
    parser.add_argument("--examples", type=int, default=3, help="examples shown per finding")
    parser.add_argument("--json", type=Path, default=None, help="also write every result as JSON lines")
    args = parser.parse_args(argv)
    if args.dir is None:
        args.dir = next((d for d in DEFAULT_DIRS if d.is_dir()), DEFAULT_DIRS[0])
    files = sorted(p for p in args.dir.iterdir() if p.suffix.lower() == ".pdf")
    if args.only:
        files = [p for p in files if p.name in set(args.only)]
    if args.sample:
        files = sorted(random.Random(0).sample(files, min(args.sample, len(files))))
    if args.limit:
        files = files[: args.limit]
    manifest = read_manifest(args.dir)
    tasks = [(p, manifest) for p in files]
    if args.jobs > 1:
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            results = list(pool.map(_measure_star, tasks))
    else:
        results = [_measure_star(t) for t in tasks]
    print_table(results, args.examples)
    print_summary(results)
    if args.json:
        with args.json.open("w", encoding="utf-8") as f:
            for r in results:
                f.write(json.dumps(asdict(r), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
