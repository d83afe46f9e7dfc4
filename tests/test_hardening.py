"""Nothing hangs, nothing is lost: bad inputs, faults and hostile texts, one row per case.

Each row gives an input built here in a few lines of Python and what must come of it: the
`error:` text, the exit code, the rows exported for the good report of the same batch, the
tables left unchanged. Rows that hung once run under a generous timeout, so a regression
fails instead of hanging; how fast they run is measured by `make bench`, not here.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from un_report.cli import main
from un_report.errors import InputError
from un_report.models import Document, Unit
from un_report.pipeline import run_report

MINIMAL_ZH = "第一章\n\n导言\n\n1. 我们为 40 个国家提供了支持。\n\n2. 2024 年,约 52.4%的人口受益。\n"
MINIMAL_FIGURES = 3  # the figures of MINIMAL_ZH
ZH_BODY = "第一章 导言\n\n1. {}\n"
EN_BODY = "Chapter I\nIntroduction\n\n1. {}\n"


@pytest.fixture
def good(tmp_path: Path) -> Path:
    """A good report to read beside each bad input: its rows must reach the tables."""
    path = tmp_path / "good.txt"
    path.write_text(MINIMAL_ZH, encoding="utf-8")
    return path


def extract(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, list[str]]:
    """Run `un-report extract --quiet --jobs 1 --time-limit 0 …` (in this process): exit
    code, stdout, error lines. A row that needs the worker processes passes its own limit."""
    code = main(["extract", "--quiet", "--jobs", "1", "--time-limit", "0", *map(str, argv)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, [line for line in err.splitlines() if line.startswith("error:")]


def exported_sources(out: Path) -> set[str]:
    return set(pd.read_parquet(out / "figures.parquet")["source"])


# --- Hostile texts: every pattern runs in time linear in its input --------------------------

HOSTILE_TEXTS = [
    pytest.param(ZH_BODY.format("一" + "万" * 40 + "人"), "zh", id="a-run-of-40-万"),
    pytest.param(ZH_BODY.format("万" * 2000), "zh", id="a-run-of-2000-万"),
    pytest.param(ZH_BODY.format("一万" * 1000 + "分"), "zh", id="一万-repeated-then-no-fraction"),
    pytest.param(EN_BODY.format("word " * 4000), "en", id="english-20kb-no-symbol"),
    pytest.param(EN_BODY.format("one " * 5000), "en", id="one-repeated"),
    pytest.param(EN_BODY.format("$1 " * 5000), "en", id="dollar-1-repeated"),
    pytest.param(EN_BODY.format("1- " * 5000), "en", id="one-dash-repeated"),
    pytest.param(EN_BODY.format(". " * 20000), "en", id="a-line-of-dot-leaders-without-a-page"),
    pytest.param(EN_BODY.format("a" * 200_000), "en", id="one-200kb-word"),
    pytest.param(EN_BODY.format("word and more words\n" * 20_000), "en", id="a-paragraph-of-20000-lines"),
    # kept right
    pytest.param("1. " + "a" * 5_000_000, "en", id="a-5mb-single-line"),
]


@pytest.mark.timeout(120)  # a guard against hangs, with room for a loaded machine (idle: under 2 s each)
@pytest.mark.parametrize(("text", "lang"), HOSTILE_TEXTS)
def test_a_hostile_text_is_read_in_bounded_time(tmp_path: Path, text: str, lang: str) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(text, encoding="utf-8")
    result = run_report(path)
    assert (result.lang, len(result.units)) == (lang, 1)


# A document without a symbol is searched whole for its session wording: a long run of
# letters of the language's script must not be tried once per letter.
SYMBOL_SEARCHES = [
    pytest.param("en", "word" * 10_000, id="en"),
    pytest.param("fr", "é" * 40_000, id="fr"),
    pytest.param("es", "ñ" * 40_000, id="es"),
    pytest.param("ru", "а" * 40_000, id="ru"),
    pytest.param("ar", "الدورة ال" + "ب" * 40_000, id="ar"),
    pytest.param("zh", "第" + "一" * 40_000, id="zh"),
]


@pytest.mark.timeout(30)
@pytest.mark.parametrize(("code", "text"), SYMBOL_SEARCHES)
def test_the_symbol_search_of_a_text_without_one_is_linear(code: str, text: str) -> None:
    from un_report.ingest.front import report_symbol
    from un_report.models import Line
    from un_report.rules import language

    assert report_symbol([Line(text=text)], language(code).rules) is None


# --- Bad inputs beside a good one: one error line each, the good report is exported ----------


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _link(target: str) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        path.symlink_to(target)
        return path

    return make


def _content(data: bytes) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        path.write_bytes(data)
        return path

    return make


BAD_PDFS = Path(__file__).parent / "fixtures" / "pdf" / "bad"  # scripts/make_bad_pdfs.py


def _copy(name: str) -> Callable[[Path], Path]:
    return lambda path: _content((BAD_PDFS / name).read_bytes())(path)


def _pdf(
    *, blank: bool = False, owner_only: bool = False, damaged_xref: bool = False, wrong_offsets: bool = False
) -> Callable[[Path], Path]:
    """A one-page PDF of one numbered paragraph (reportlab): blank, readable by anyone but
    locked by an owner password, with its cross-reference offset wrong (pdfminer repairs it),
    or with every offset of its cross-reference table pointing a few bytes off (it cannot)."""

    def make(path: Path) -> Path:
        import io

        from reportlab.lib import pdfencrypt
        from reportlab.pdfgen.canvas import Canvas

        buffer = io.BytesIO()
        encrypt = pdfencrypt.StandardEncryption("", ownerPassword="owner", canCopy=0) if owner_only else None
        canvas = Canvas(buffer, invariant=1, encrypt=encrypt)
        canvas.setFont("Helvetica", 10)
        if not blank:
            for y, line in ((760, "Chapter I"), (740, "Introduction"), (700, "1. We supported 40 countries in 2024.")):
                canvas.drawString(72, y, line)
        canvas.showPage()
        canvas.save()
        data = buffer.getvalue()
        if damaged_xref:
            data = re.sub(rb"startxref\s+\d+", b"startxref\n999999", data)
        if wrong_offsets:
            data = re.sub(rb"(?m)^(\d{10})(?= 00000 n)", lambda m: b"%010d" % (int(m[1]) + 3), data)
        path.write_bytes(data)
        return path

    return make


BAD_FILES = [
    pytest.param("bad.txt", _fifo, "is a named pipe (FIFO), not a report file", id="fifo-named-txt"),
    pytest.param("bad.txt", _link("/dev/zero"), "is a character device, not a report file", id="link-to-dev-zero"),
    pytest.param("bad.txt", _link("bad.txt"), "is a symbolic link loop", id="symlink-loop"),
    pytest.param("bad.txt", _link("nowhere.txt"), "is a broken symbolic link (its target 'nowhere.txt'", id="broken-link"),
    pytest.param("bad.pdf", _content(b""), "the file is empty", id="empty-pdf-is-empty-not-damaged"),
    pytest.param("bad.pdf", _pdf(wrong_offsets=True), "is damaged, not a readable PDF", id="xref-all-wrong-is-damaged"),
    pytest.param("bad.txt", _content(MINIMAL_ZH.encode() + b"a" * 5000 + b"\x00\n3. x\n"), "is NUL", id="nul-after-4kb"),
    pytest.param("bad.txt", _content(MINIMAL_ZH.encode("utf-16-le")), "is NUL; UTF-16 without a byte order mark?", id="utf16-without-bom"),
    pytest.param("bad.txt", _content("Chapitre premier\n\n1. Les États Membres ont été aidés à élaborer des réponses.\n".encode("cp1252")),
                 "if it is in a single-byte code page, convert it to UTF-8", id="windows-1252"),
    # kept right: empty, whitespace only, random bytes; truncated, encrypted, scanned, 0-page and blank PDFs
    pytest.param("bad.txt", _content(b""), "the file is empty", id="empty"),
    pytest.param("bad.txt", _content(b" \n\t\r\n"), "the file is empty", id="whitespace-only"),
    pytest.param("bad.txt", _content(bytes(range(256)) * 8), "not a text file", id="random-bytes"),
    pytest.param("bad.pdf", _copy("truncated.pdf"), "is damaged or truncated", id="truncated-pdf"),
    pytest.param("bad.pdf", _copy("encrypted.pdf"), "is encrypted", id="encrypted-pdf"),
    pytest.param("bad.pdf", _copy("scanned.pdf"), "has no text layer (scanned?); OCR is needed", id="scanned-pdf"),
    pytest.param("bad.pdf", _copy("zero_pages.pdf"), "has no pages", id="zero-page-pdf"),
    pytest.param("bad.pdf", _pdf(blank=True), "contains no text", id="blank-pdf"),
]


@pytest.mark.timeout(30)
@pytest.mark.parametrize(("name", "make", "message"), BAD_FILES)
def test_a_bad_file_is_one_error_line_and_the_good_report_is_exported(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str], name: str, make: Callable[[Path], Path], message: str
) -> None:
    bad = make(tmp_path / name)
    code, _, errors = extract(capsys, bad, good, "--out", tmp_path / "out")
    assert code == 1
    assert len(errors) == 1 and f"{bad}: " in errors[0] and message in errors[0]
    assert exported_sources(tmp_path / "out") == {"good.txt"}
    documents = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source")
    assert documents.loc[name, "status"] == "refused" and message in documents.loc[name, "error"]


GOOD_PDFS = [  # kept right: PDFs that look bad but read
    pytest.param(_pdf(owner_only=True), id="owner-password-only"),
    pytest.param(_pdf(damaged_xref=True), id="damaged-xref-repaired"),
]


@pytest.mark.timeout(30)
@pytest.mark.parametrize("make", GOOD_PDFS)
def test_a_pdf_that_only_looks_bad_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str], make: Callable[[Path], Path]) -> None:
    pdf = make(tmp_path / "report.pdf")
    code, _, errors = extract(capsys, pdf, "--out", tmp_path / "out")
    assert (code, errors) == (0, [])
    figures = pd.read_parquet(tmp_path / "out" / "figures.parquet")
    assert list(zip(figures["kind"], figures["value"], strict=True)) == [("count", 40.0), ("year", 2024.0)]


def test_a_folder_without_reports_is_one_error_line(tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "notes.csv").write_text("not a report\n")
    code, _, errors = extract(capsys, folder, good, "--out", tmp_path / "out")
    assert (code, errors) == (1, [f"error: {folder}: no report files (.txt, .md, .pdf) in this folder"])
    assert exported_sources(tmp_path / "out") == {"good.txt"}


@pytest.mark.timeout(30)
def test_bad_entries_of_a_folder_are_named_not_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(MINIMAL_ZH, encoding="utf-8")
    _fifo(folder / "pipe.txt")
    _link("gone.pdf")(folder / "broken.pdf")
    (folder / "notes.csv").write_text("not a report\n")  # no report suffix: not ours to read
    code, _, errors = extract(capsys, folder, "--out", tmp_path / "out")
    assert code == 1
    assert [e.split(": ", 2)[1].rsplit("/", 1)[-1] for e in errors] == ["broken.pdf", "pipe.txt"]
    assert exported_sources(tmp_path / "out") == {"good.txt"}


@pytest.mark.timeout(30)
def test_an_unreadable_file_is_an_error_line_not_the_end_of_the_batch(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "secret.txt"
    bad.write_text(MINIMAL_ZH, encoding="utf-8")
    bad.chmod(0)
    if os.geteuid() == 0:  # root reads anything: be the user who cannot
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == bad else real_access(p, mode))
    code, _, errors = extract(capsys, bad, good, "--out", tmp_path / "out")
    assert code == 1
    assert errors == [f"error: {bad}: cannot be read: permission denied (see its owner and mode, ls -l)"]
    assert exported_sources(tmp_path / "out") == {"good.txt"}


@pytest.mark.timeout(30)
def test_a_read_error_midway_is_an_error_line(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(MINIMAL_ZH, encoding="utf-8")
    real = Path.read_bytes

    def failing(self: Path) -> bytes:
        if self == bad:
            raise OSError(errno.EIO, "Input/output error")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", failing)
    code, _, errors = extract(capsys, bad, good, "--out", tmp_path / "out")
    assert (code, errors) == (1, [f"error: {bad}: cannot be read: Input/output error"])
    assert exported_sources(tmp_path / "out") == {"good.txt"}


# --- Text decodings: read right, or refused; never mojibake -----------------------------------

TRADITIONAL_ZH = "第一章\n\n導言\n\n1. 我們為 40 個國家提供了支持。\n\n2. 2024 年,約 52.4%的人口受益。\n"

DECODINGS = [
    pytest.param(MINIMAL_ZH.encode("utf-8"), "国家", id="utf-8"),
    pytest.param(MINIMAL_ZH.encode("utf-8-sig"), "国家", id="utf-8-bom"),
    pytest.param(MINIMAL_ZH.replace("\n", "\r\n").encode(), "国家", id="crlf"),
    pytest.param(MINIMAL_ZH.encode("utf-16"), "国家", id="utf-16-bom"),
    pytest.param(codecs.BOM_UTF16_BE + MINIMAL_ZH.encode("utf-16-be"), "国家", id="utf-16-be-bom"),
    pytest.param(MINIMAL_ZH.encode("utf-32"), "国家", id="utf-32-bom"),
    pytest.param(MINIMAL_ZH.encode("gbk"), "国家", id="gbk"),
    pytest.param(MINIMAL_ZH.encode("gb18030"), "国家", id="gb18030"),
    pytest.param(TRADITIONAL_ZH.encode("big5"), "國家", id="big5-read-as-big5-not-gbk-mojibake"),
]


@pytest.mark.parametrize(("data", "word"), DECODINGS)
def test_a_text_is_decoded_right(tmp_path: Path, data: bytes, word: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    result = run_report(path)
    assert (result.lang, len(result.units), len(result.figures)) == ("zh", 2, MINIMAL_FIGURES)
    assert word in result.units[0].text


KOREAN = "제1장 서론\n\n1. 사무총장은 2024년에 40개국을 지원하였으며 인구의 52.4%가 혜택을 받았다.\n\n"
JAPANESE = "第一章\n\n1. 日本語で書かれた国連の報告書です。\n"
RUSSIAN = "Глава 1\n\n1. Доклад Генерального секретаря о работе Организации в 2024 году.\n"
ARABIC = "الفصل الأول\n\n1. تقرير الأمين العام عن أعمال المنظمة في عام 2024.\n"
SPANISH = "Capítulo I\n\n1. El Secretario General informó sobre la situación en 2024: el 52,4 % de la población.\n"
NOT_A_CHINESE_CODE_PAGE = "nor Chinese in GB18030/GBK or Big5; if it is in a single-byte code page, convert it to UTF-8"
SEVEN_BIT = "is an escape or shift of a 7-bit code page such as ISO-2022-JP or ISO-2022-KR); convert it to UTF-8"

MOJIBAKE = [
    # bytes of another code page that GB18030 or Big5 decode without an error, into rare letters
    pytest.param("제1장\n\n1. 한국어로 쓴 유엔 보고서의 본문입니다.\n".encode("euc_kr") * 5, NOT_A_CHINESE_CODE_PAGE, id="euc-kr"),
    pytest.param((KOREAN * 30).encode("euc_kr"), NOT_A_CHINESE_CODE_PAGE, id="euc-kr-with-figures"),
    pytest.param((KOREAN * 30).encode("cp949"), NOT_A_CHINESE_CODE_PAGE, id="cp949"),
    pytest.param((JAPANESE * 5).encode("shift_jis"), NOT_A_CHINESE_CODE_PAGE, id="shift-jis"),
    pytest.param((JAPANESE * 5).encode("euc_jp"), NOT_A_CHINESE_CODE_PAGE, id="euc-jp"),
    pytest.param("Глава 1\n\n1. Доклад Генерального секретаря.\n".encode("koi8_r") * 5, NOT_A_CHINESE_CODE_PAGE, id="koi8-r"),
    # single-byte code pages of the official languages
    pytest.param((RUSSIAN * 5).encode("cp1251"), NOT_A_CHINESE_CODE_PAGE, id="windows-1251"),
    pytest.param((RUSSIAN * 5).encode("iso8859_5"), NOT_A_CHINESE_CODE_PAGE, id="iso-8859-5"),
    pytest.param((ARABIC * 5).encode("cp1256"), NOT_A_CHINESE_CODE_PAGE, id="windows-1256"),
    pytest.param((ARABIC * 5).encode("iso8859_6"), NOT_A_CHINESE_CODE_PAGE, id="iso-8859-6"),
    pytest.param((SPANISH * 5).encode("latin-1"), NOT_A_CHINESE_CODE_PAGE, id="iso-8859-1"),
    pytest.param((SPANISH * 5).encode("mac_roman"), NOT_A_CHINESE_CODE_PAGE, id="mac-roman"),
    # ASCII bytes, so valid UTF-8, that spell another encoding
    pytest.param((KOREAN * 5).encode("iso2022_kr"), SEVEN_BIT, id="iso-2022-kr"),
    pytest.param((JAPANESE * 5).encode("iso2022_jp"), SEVEN_BIT, id="iso-2022-jp"),
    pytest.param(MINIMAL_ZH.encode("utf-7"), "its ASCII letters spell UTF-7", id="utf-7"),
]


@pytest.mark.parametrize(("data", "message"), MOJIBAKE)
def test_a_text_that_would_decode_to_mojibake_is_refused(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=re.escape(message)):
        run_report(path)


def test_an_ascii_text_with_plus_signs_is_no_utf7(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(EN_BODY.format("Some +2 per cent, C++ and +more in 2024; call +41-22-917-1234."), encoding="ascii")
    assert len(run_report(path).figures) >= 2


# --- The batch: a time limit per file, each file read once, one report per key ----------------

# Seconds of reading in a worker (100 000 figures, each with its subject): time for a signal
# to reach a run while its workers read.
# a long read: 100 000 figures, no two alike (a text that repeats itself is read once per stretch)
SLOW_ZH = ZH_BODY.format("".join(f"我们为 {n} 个国家提供了支持。" for n in range(100_000)))


@pytest.mark.timeout(60)
def test_a_file_over_the_time_limit_is_refused_and_the_rest_go_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import un_report.pipeline

    slow = tmp_path / "slow.txt"
    slow.write_text(MINIMAL_ZH, encoding="utf-8")
    segment = un_report.pipeline.segment

    def endless(doc: Document, notes: list[str] | None = None) -> list[Unit]:
        while doc.source == slow.name:  # a document that never ends, in Python: the limit must stop it
            time.sleep(0.01)
        return segment(doc, notes)

    monkeypatch.setattr(un_report.pipeline, "segment", endless)
    quick = tmp_path / "quick.txt"  # English: no dictionary to load within the second
    quick.write_text(EN_BODY.format("We supported 40 countries in 2024."), encoding="utf-8")
    # 3 s: room for the quick report on a loaded machine; the endless one goes over any limit
    code, _, errors = extract(capsys, slow, quick, "--out", tmp_path / "out", "--time-limit", "3")
    assert code == 1
    assert errors == [f"error: {slow}: over the time limit (3 s)"]
    assert exported_sources(tmp_path / "out") == {"quick.txt"}


def _stuck(path: Path) -> str:
    time.sleep(60)  # in C, where no Python instruction runs: only a kill stops it
    return "read"


@pytest.mark.timeout(30)
def test_a_worker_stuck_past_its_deadline_is_killed_and_its_file_refused(tmp_path: Path) -> None:
    from un_report.workers import Workers

    files = [tmp_path / "stuck.txt"]
    with Workers(_stuck, 1, 0.5, "over the time limit (0.5 s)") as pool:
        outcomes = list(pool.outcomes(files))
    assert [(i, str(o)) for i, o in outcomes] == [(0, f"{files[0]}: over the time limit (0.5 s)")]


SYMBOL_ZH = "A/80/1\n\n" + MINIMAL_ZH  # a report that names itself: two files of it share keys


def test_one_file_given_twice_is_read_once(tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = extract(capsys, good, tmp_path / "." / "good.txt", tmp_path, "--out", tmp_path / "out")
    assert code == 0 and "1 document: 1 read, 0 refused (1 read now" in out
    figures = pd.read_parquet(tmp_path / "out" / "figures.parquet")
    assert len(figures) == MINIMAL_FIGURES and figures["id"].is_unique


def test_two_sources_of_one_edition_keep_the_first_and_say_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = tmp_path / "edition.txt", tmp_path / "edition.md"
    first.write_text(SYMBOL_ZH, encoding="utf-8")
    second.write_text(SYMBOL_ZH, encoding="utf-8")
    code, out, errors = extract(capsys, first, second, "--out", tmp_path / "out")
    assert (code, errors) == (0, [])
    assert "edition.md: A/80/1 [zh] left out: the same report and language were read first from edition.txt" in out
    figures = pd.read_parquet(tmp_path / "out" / "figures.parquet")
    paragraphs = pd.read_parquet(tmp_path / "out" / "paragraphs.parquet")
    merged = figures.merge(paragraphs, on=["report", "lang", "para"], suffixes=("", "_unit"))  # the README's example
    assert len(merged) == len(figures) == MINIMAL_FIGURES and set(figures["source"]) == {"edition.txt"}


@pytest.mark.timeout(60)
def test_the_tables_are_byte_identical_with_one_job_and_with_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inputs = [tmp_path / "a.txt", tmp_path / "b.txt"]
    inputs[0].write_text(MINIMAL_ZH, encoding="utf-8")
    inputs[1].write_text(EN_BODY.format("We supported 40 countries in 2024."), encoding="utf-8")
    tables = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        assert main(["extract", "--quiet", "--jobs", jobs, *map(str, inputs), "--out", str(out)]) == 0
        tables.append({p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))})
    capsys.readouterr()
    assert tables[0] == tables[1] and set(tables[0]) == {"documents.csv", "paragraphs.csv", "figures.csv"}


def test_a_rerun_writes_byte_identical_tables(tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tables = []
    for store in ("store1", "store2"):  # a store each: the second run reads everything again
        out = tmp_path / "out"
        assert extract(capsys, good, "--out", out, "--store", tmp_path / store)[0] == 0
        tables.append({p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))})
    assert tables[0] == tables[1] and set(tables[0]) == {"documents.csv", "paragraphs.csv", "figures.csv"}


# --- The output folder: faults are one error line, the last set of tables stays whole ---------


def _tables(out: Path) -> dict[str, bytes]:
    """The files of the output folder (its result store aside)."""
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def _disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    def write(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("un_report.export.TableSink.write", write)


def _read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode & os.W_OK else real(p, mode))


OUTPUT_FAULTS = [
    pytest.param(_disk_full, "cannot write the tables into {out}: No space left on device", id="full-disk"),
    pytest.param(_read_only, "cannot write the tables into {out}: the folder is not writable (permission denied)", id="read-only-folder"),
]


@pytest.mark.parametrize(("fault", "message"), OUTPUT_FAULTS)
def test_an_output_fault_is_one_error_line_and_the_last_tables_stay(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    fault: Callable[[pytest.MonkeyPatch], None], message: str,
) -> None:
    out = tmp_path / "out"
    assert extract(capsys, good, "--out", out)[0] == 0
    before = _tables(out)
    other = tmp_path / "other.txt"
    other.write_text(SYMBOL_ZH, encoding="utf-8")
    fault(monkeypatch)
    code, printed, errors = extract(capsys, other, "--out", out)
    assert (code, errors) == (1, [f"error: {message.format(out=out)}"])
    assert _tables(out) == before and "wrote" not in printed
    assert [p.name for p in out.iterdir() if p.name.startswith(".") and p.name != ".store"] == []  # nothing staged is left


def test_out_naming_a_file_is_one_error_line(tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "a-file"
    out.write_text("mine\n")
    code, _, errors = extract(capsys, good, "--out", out)
    assert (code, errors) == (1, [f"error: cannot write the tables into {out}: is a file, not a folder; name a folder for the tables"])
    assert out.read_text() == "mine\n"


def test_an_empty_out_is_refused(tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, errors = extract(capsys, good, "--out", "")
    assert (code, errors) == (2, ["error: --out is empty; name the folder for the tables"])
    assert not list(tmp_path.glob("*.csv"))


def test_the_manifest_names_the_set_and_leftovers_of_a_killed_run_are_removed(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import hashlib
    import json

    out = tmp_path / "out"
    (out / ".staging-killed").mkdir(parents=True)
    (out / ".staging-killed" / "figures.csv").write_text("half")
    (out / ".figures.csv.x1y2.tmp").write_text("half")  # what earlier versions left
    (out / "figures_aligned.csv").write_text("stale")  # of an earlier run with two editions
    assert extract(capsys, good, "--out", out)[0] == 0
    manifest = json.loads((out / "manifest.json").read_text())
    files = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in out.iterdir() if p.is_file() and p.name != "manifest.json"}
    tables = {f"{name}.{suffix}" for name in ("documents", "paragraphs", "figures") for suffix in ("csv", "parquet")}
    assert manifest["files"] == files and set(files) == tables


def test_a_second_export_into_a_locked_folder_waits(tmp_path: Path) -> None:
    import fcntl

    from un_report.export import _locked

    out = tmp_path / "out"
    out.mkdir()
    with _locked(out):
        fd = os.open(out, os.O_RDONLY)
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(fd)


# --- Ending a run: Ctrl-C, SIGTERM and SIGKILL; the workers end with it -----------------------


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][:1] not in ("Z", "X")
    except OSError:
        return False


def _as_from_a_shell() -> None:
    """In the child before it runs: Ctrl-C and SIGTERM as a terminal's shell leaves them (a
    test runner or another test may have set them aside, and a child inherits that)."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})


ENDINGS = [
    pytest.param("ctrl-c", 130, "interrupted; the tables in {out} are unchanged", id="ctrl-c"),
    pytest.param("sigterm", 143, "terminated; the tables in {out} are unchanged", id="sigterm"),
    pytest.param("sigkill", -signal.SIGKILL, None, id="sigkill"),
]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads the process tree from /proc (Linux)")
@pytest.mark.timeout(60)
@pytest.mark.parametrize(("ending", "code", "message"), ENDINGS)
def test_a_run_ended_by_a_signal_says_so_and_its_workers_end_too(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str], ending: str, code: int, message: str | None
) -> None:
    out = tmp_path / "out"
    assert extract(capsys, good, "--out", out)[0] == 0
    before = _tables(out)
    slow = tmp_path / "slow.txt"
    slow.write_text(SLOW_ZH, encoding="utf-8")
    argv = [sys.executable, "-m", "un_report", "extract", "--quiet", "--jobs", "2", str(slow), str(slow.with_name("slow2.txt")), "--out", str(out)]
    slow.with_name("slow2.txt").write_text(SLOW_ZH + "\n2. x\n", encoding="utf-8")
    run = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True, preexec_fn=_as_from_a_shell
    )
    deadline = time.monotonic() + 30
    while len(workers := _children(run.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(workers) == 2
    if ending == "ctrl-c":
        os.killpg(run.pid, signal.SIGINT)  # as the terminal does: to the whole process group
    else:
        run.send_signal(signal.SIGTERM if ending == "sigterm" else signal.SIGKILL)
    _, err = run.communicate(timeout=30)
    assert run.returncode == code
    if message is not None:
        assert err.strip().splitlines() == [message.format(out=out)]
    deadline = time.monotonic() + 10
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(_alive, workers))
    assert _tables(out) == before


# A signal that reaches the main process as it comes back from forking a worker: there the
# first Python code to run is an after-fork hook (logging's, in the parent), where an exception
# is printed and dropped. The hook below sends it then, every time (on a loaded machine the
# parent waits for its turn right there, and the test above sent SIGTERM as the second worker
# appeared: the run went on to its end).
SIGNAL_DURING_FORK = """
import multiprocessing, os, signal, sys
from pathlib import Path
from un_report.workers import Workers

number = getattr(signal, sys.argv[1])
class Heard(BaseException): pass
def hear(signum, frame): raise Heard
signal.signal(number, hear)
once = [True]
def arrives_during_fork():
    if once:
        once.pop()
        os.kill(os.getpid(), number)
os.register_at_fork(after_in_parent=arrives_during_fork)
try:
    with Workers(str, 2, None) as pool:
        list(pool.outcomes([Path("a"), Path("b")]))
    print("lost")
except Heard:
    print("heard")
print(len(multiprocessing.active_children()), "workers left")
"""


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", [pytest.param("SIGTERM", id="sigterm"), pytest.param("SIGINT", id="ctrl-c")])
def test_a_signal_that_comes_as_a_worker_is_forked_is_heard_and_the_workers_end(name: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SIGNAL_DURING_FORK, name], capture_output=True, text=True, timeout=50,
        preexec_fn=_as_from_a_shell,
    )
    assert (done.stdout.split("\n"), done.stderr) == (["heard", "0 workers left", ""], "")


# --- Turned pages: landscape tables are printed turned; they read in reading order -------------

ROTATED = Path(__file__).parent / "fixtures" / "pdf" / "rotated"  # scripts/make_rotated_pdfs.py
TURNED_PAGES = [
    pytest.param("rotate90.pdf", id="page-rotate-90"),
    pytest.param("text90.pdf", id="text-at-90"),
    pytest.param("text270.pdf", id="text-at-270"),
    pytest.param("rotate90_text90.pdf", id="rotate-90-displayed-upright"),
]


@pytest.fixture(scope="module")
def upright_units() -> list[tuple[str, str, str]]:
    return [(u.para, u.chapter, u.text) for u in run_report(ROTATED / "upright.pdf").units]


@pytest.mark.parametrize("name", TURNED_PAGES)
def test_a_turned_page_reads_as_the_upright_one(name: str, upright_units: list[tuple[str, str, str]]) -> None:
    assert [(u.para, u.chapter, u.text) for u in run_report(ROTATED / name).units] == upright_units
    assert len(upright_units) == 2
