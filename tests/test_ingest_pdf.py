"""Stage 1, PDF path: a report PDF → lines in reading order, furniture gone, with roles.

Rows, grouped by where they come from: the official English PDF (pages found by reading
the PDF), the Chinese fixtures (typeset by scripts/typeset_zh_pdf.py with reportlab and by
scripts/typeset_zh_office.py with LibreOffice and Chromium), the line-joining rules, bad
PDFs built here with reportlab, and one small layout built here per layout rule.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import EN_PDF, PDF_FIXTURES, ZH_PDFS, ReadPdf
from un_report.errors import InputError
from un_report.ingest.pdf.join import join_wrapped as _join
from un_report.ingest.pdf.reader import read_pdf
from un_report.models import BBox, Line, Unit
from un_report.pipeline import run_report

NUMBERED = re.compile(r"^(\d{1,3})\. \S")
UNIT_ROLES = ("body", "box", "box_title", "footnote")


@pytest.fixture(scope="module")
def en_lines(read_pdf_once: Callable[[Path], ReadPdf]) -> list[Line]:
    return read_pdf_once(EN_PDF).lines


@pytest.fixture(scope="module", params=ZH_PDFS, ids=lambda p: p.stem)
def zh_lines(request: pytest.FixtureRequest, read_pdf_once: Callable[[Path], ReadPdf]) -> list[Line]:
    return read_pdf_once(request.param).lines


def _paragraph_starts(lines: list[Line]) -> dict[int, Line]:
    """Body lines that open a numbered paragraph, by number (the first occurrence)."""
    starts: dict[int, Line] = {}
    for line in lines:
        m = NUMBERED.match(line.text)
        if line.role == "body" and m:
            starts.setdefault(int(m.group(1)), line)
    return starts


def _lines_with(lines: list[Line], text: str) -> list[Line]:
    return [line for line in lines if text in line.text]


# --- the English PDF: where paragraphs start (page found by reading the PDF) ----------------

EN_PARAGRAPHS = [
    (1, 6, "The present report looks back"),
    (17, 7, "The present report demonstrates"),
    (18, 8, "With just five years until 2030"),
    (49, 13, "Support to the Security Council"),
    (88, 19, "The humanitarian system was stretched"),
    (97, 20, "We continued our risk advocacy"),
    (120, 25, "The 11-week specialized training"),
    (135, 27, "Recognizing the need to accelerate"),
]


@pytest.mark.parametrize(("number", "page", "first_words"), EN_PARAGRAPHS)
def test_en_paragraph_starts_on_its_page(
    en_lines: list[Line], number: int, page: int, first_words: str
) -> None:
    line = _paragraph_starts(en_lines)[number]
    assert line.text.startswith(f"{number}. {first_words}")
    assert line.page == page


def test_en_paragraph_numbers_rise_by_one(en_lines: list[Line]) -> None:
    assert list(_paragraph_starts(en_lines)) == list(range(1, 136))


def test_en_first_body_line_after_chapter_one_is_paragraph_one(en_lines: list[Line]) -> None:
    chapter = next(i for i, ln in enumerate(en_lines) if ln.text == "Chapter I" and ln.role == "heading")
    first_body = next(ln for ln in en_lines[chapter:] if ln.role == "body")
    assert first_body.text.startswith("1. ")


# --- the English PDF: page furniture never reaches a unit's lines ----------------------------

EN_FURNITURE = [
    pytest.param(re.compile(r"25-07881"), id="job number"),
    pytest.param(re.compile(r"\b\d{1,2}/25\b"), id="n/N page footer"),
    pytest.param(re.compile(r"^\s*A/80/1\s*$"), id="bare header symbol"),
    pytest.param(re.compile(r"\*2507881\*"), id="barcode"),
]


@pytest.mark.parametrize("pattern", EN_FURNITURE)
def test_en_no_furniture_in_unit_lines(en_lines: list[Line], pattern: re.Pattern[str]) -> None:
    leaks = [ln.text for ln in en_lines if ln.role in UNIT_ROLES and pattern.search(ln.text)]
    assert leaks == []


def test_en_cover_symbol_kept_for_the_front_matter(en_lines: list[Line]) -> None:
    assert any(ln.page == 1 and ln.text == "A/80/1" for ln in en_lines)


# --- the English PDF: roles -------------------------------------------------------------

EN_ROLES = [
    ("Chapter I", 6, "heading"),
    ("Introduction", 6, "heading"),
    ("A. Promotion of sustained economic growth and sustainable development", 8, "heading"),
    ("Context", 8, "heading"),
    ("Implementing the 2030 Agenda", 8, "heading"),  # a wholly italic sub-heading
    ("A pact for a sustainable future", 9, "box_title"),
    ("Staff selection 2.0", 26, "box_title"),
]


@pytest.mark.parametrize(("text", "page", "role"), EN_ROLES)
def test_en_line_role(en_lines: list[Line], text: str, page: int, role: str) -> None:
    assert [ln.role for ln in en_lines if ln.text == text and ln.page == page] == [role]


EN_BOX_TEXT = [
    ("The Pact for the Future, adopted by consensus", 9),
    ("To build a future-ready workforce", 26),
]


@pytest.mark.parametrize(("first_words", "page"), EN_BOX_TEXT)
def test_en_box_text_is_one_box_line(en_lines: list[Line], first_words: str, page: int) -> None:
    hits = [(ln.page, ln.role) for ln in en_lines if ln.text.startswith(first_words)]
    assert hits == [(page, "box")]


EN_FOOTNOTES = [
    ("¹ References to Kosovo shall be understood", 13),
    ("² Aid Worker Security Database", 19),
]


@pytest.mark.parametrize(("start", "page"), EN_FOOTNOTES)
def test_en_footnote_line(en_lines: list[Line], start: str, page: int) -> None:
    hits = [(ln.page, ln.role) for ln in en_lines if ln.text.startswith(start)]
    assert hits == [(page, "footnote")]


def test_en_footnote_continues_on_its_wrapped_line(en_lines: list[Line]) -> None:
    (note,) = [ln for ln in en_lines if ln.text.startswith("¹ ")]
    assert note.text.endswith("resolution 1244 (1999).")


# --- the English PDF: text as printed ------------------------------------------------------

EN_TEXT = [
    pytest.param("with 373 killed.²", id="marker after a number stays a superscript"),
    pytest.param("In Kosovo,¹ we contributed", id="marker after a comma"),
    pytest.param("4.4 million m² of explosive", id="m² as printed"),
    pytest.param("convened by the Secretary-General, garnered", id="hyphen kept across a wrap"),
    pytest.param("regional cooperation and institution-building. Meanwhile", id="compound kept"),
    pytest.param("cross-sectoral\u202fpolicies", id="narrow no-break space kept"),
    pytest.param("energy-efficient cooling systems", id="justified line is not a new paragraph"),
]


@pytest.mark.parametrize("text", EN_TEXT)
def test_en_text_as_printed(en_lines: list[Line], text: str) -> None:
    assert _lines_with(en_lines, text)


EN_NEVER = [
    pytest.param("3732", id="marker merged into 373"),
    pytest.param("SecretaryGeneral", id="hyphen dropped"),
    pytest.param("  ", id="double space"),
]


@pytest.mark.parametrize("text", EN_NEVER)
def test_en_text_never(en_lines: list[Line], text: str) -> None:
    assert [ln.text for ln in en_lines if ln.role in UNIT_ROLES and text in ln.text] == []


def test_en_boxes_align_with_text(en_lines: list[Line]) -> None:
    assert all(ln.boxes is not None and len(ln.boxes) == len(ln.text) for ln in en_lines)


# --- the Chinese fixtures (every layout) ---------------------------------------------------

ZH_TEXT = [
    pytest.param("共有 373 人丧生。²", id="marker after a number stays a superscript"),
    pytest.param("在科索沃,¹我们", id="marker in running text"),
    pytest.param("金额逾 130 亿美元", id="number whole"),
]


@pytest.mark.parametrize("text", ZH_TEXT)
def test_zh_text_as_printed(zh_lines: list[Line], text: str) -> None:
    # a space may fall at a line wrap (共有 373 / 人丧生), where CJK text joins without one
    pattern = re.compile(re.escape(text).replace("\\ ", " ?"))
    assert [ln.text for ln in zh_lines if pattern.search(ln.text)]


ZH_FOOTNOTES = ["¹ 提及", "² 援助人员安全数据库"]


@pytest.mark.parametrize("start", ZH_FOOTNOTES)
def test_zh_footnote_line(zh_lines: list[Line], start: str) -> None:
    assert [ln.role for ln in zh_lines if ln.text.startswith(start)] == ["footnote"]


def test_zh_paragraph_numbers_rise_by_one(zh_lines: list[Line]) -> None:
    assert list(_paragraph_starts(zh_lines)) == list(range(1, 136))


def test_zh_no_space_between_cjk_characters(zh_lines: list[Line]) -> None:
    spaced = re.compile(
        r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef] [\u3400-\u9fff\u3000-\u303f\uff00-\uffef]"
    )
    assert [ln.text for ln in zh_lines if spaced.search(ln.text)] == []


def test_zh_thirteen_box_titles(zh_lines: list[Line]) -> None:
    assert sum(ln.role == "box_title" for ln in zh_lines if ln.page and ln.page > 3) == 13


ZH_FURNITURE = [
    pytest.param(re.compile(r"25-07881"), id="job number"),
    pytest.param(re.compile(r"(?<![\d/])\d{1,2}/\d{2}(?![\d/])"), id="n/N page footer"),
    pytest.param(re.compile(r"^\s*A/80/1\s*$"), id="bare header symbol"),
]


@pytest.mark.parametrize("pattern", ZH_FURNITURE)
def test_zh_no_furniture_in_unit_lines(zh_lines: list[Line], pattern: re.Pattern[str]) -> None:
    assert [ln.text for ln in zh_lines if ln.role in UNIT_ROLES and pattern.search(ln.text)] == []


# --- joining the printed lines of one block ------------------------------------------------

JOIN_CASES = [
    pytest.param(
        [("我们的星球打破了", False), ("新的高温记录。", False)],
        True,
        (),
        "我们的星球打破了新的高温记录。",
        id="zh: nothing between CJK characters",
    ),
    pytest.param([("援助", True), ("工作者", False)], True, (), "援助工作者", id="zh: wrap space dropped"),
    pytest.param(
        [("金额逾 13", False), ("0 亿美元", False)],
        True,
        (),
        "金额逾 130 亿美元",
        id="zh: number broken across the wrap",
    ),
    pytest.param(
        [("超过 1.", False), ("16 亿人", False)], True, (), "超过 1.16 亿人", id="zh: decimal broken"
    ),
    pytest.param(
        [("United", False), ("Nations 系统", False)],
        True,
        (),
        "United Nations 系统",
        id="zh: Latin words keep a space",
    ),
    pytest.param([("In", True), ("2024, deadly", False)], False, (), "In 2024, deadly", id="en: word space"),
    pytest.param(
        [("in 2024", False), ("35 countries", False)],
        False,
        (),
        "in 2024 35 countries",
        id="en: numbers stay apart",
    ),
    pytest.param(
        [("peace-", False), ("building", False)],
        False,
        ("peacebuilding",),
        "peacebuilding",
        id="en: hyphen undone, word used elsewhere",
    ),
    pytest.param(
        [("institution-", False), ("building", False)],
        False,
        (),
        "institution-building",
        id="en: hyphen kept",
    ),
    pytest.param(
        [("multi\u00ad", False), ("lateral", False)], False, (), "multilateral", id="en: soft hyphen"
    ),
    pytest.param(
        [("2020-", False), ("2024", False)], False, (), "2020-2024", id="en: hyphen before a number"
    ),
]


@pytest.mark.parametrize(("printed", "cjk", "vocab", "joined"), JOIN_CASES)
def test_join(printed: list[tuple[str, bool]], cjk: bool, vocab: tuple[str, ...], joined: str) -> None:
    parts: list[tuple[list[tuple[str, BBox | None]], bool]] = [
        ([(ch, None) for ch in text], trailing) for text, trailing in printed
    ]
    assert "".join(ch for ch, _ in _join(parts, cjk, frozenset(vocab))) == joined


# --- bad PDFs: one clear InputError each ---------------------------------------------------


def _reportlab_pdf(draw: str = "text", **canvas_options: object) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, **canvas_options)
    if draw == "text":
        canvas.setFont("Helvetica", 11)
        canvas.drawString(72, 720, "1. A numbered paragraph of a small report.")
    else:  # an image and nothing else: a scanned page
        from PIL import Image
        from reportlab.lib.utils import ImageReader

        canvas.drawImage(ImageReader(Image.new("L", (60, 80), 128)), 72, 400, 300, 400)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _zero_page_pdf() -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@pytest.fixture(scope="module")
def bad_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    good = _reportlab_pdf()
    made = {
        "encrypted": _reportlab_pdf(encrypt="secret"),
        "truncated": good[: len(good) // 2],
        "scanned": _reportlab_pdf(draw="image"),
        "zero_pages": _zero_page_pdf(),
        "not_a_pdf": b"Report of the Secretary-General\n1. Plain text, not a PDF.\n",
    }
    folder = tmp_path_factory.mktemp("bad_pdfs")
    paths = {}
    for name, data in made.items():
        paths[name] = folder / f"{name}.pdf"
        paths[name].write_bytes(data)
    return paths


BAD_PDFS = [
    ("encrypted", "is encrypted"),
    ("truncated", "is damaged or truncated"),
    ("scanned", "has no text layer (scanned?); OCR is needed"),
    ("zero_pages", "has no pages"),
    ("not_a_pdf", "is damaged or truncated"),
]


@pytest.mark.parametrize(("name", "problem"), BAD_PDFS)
def test_bad_pdf_raises_input_error(bad_pdfs: dict[str, Path], name: str, problem: str) -> None:
    with pytest.raises(InputError) as caught:
        read_pdf(bad_pdfs[name])
    assert problem in caught.value.problem
    assert caught.value.path == bad_pdfs[name]


def test_missing_file_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        read_pdf(tmp_path / "nowhere.pdf")


def test_small_reportlab_pdf_reads(bad_pdfs: dict[str, Path]) -> None:
    good = bad_pdfs["encrypted"].with_name("good.pdf")
    good.write_bytes(_reportlab_pdf())
    assert [ln.text for ln in read_pdf(good)] == ["1. A numbered paragraph of a small report."]


# --- layouts built here: two columns ---------------------------------------------------------


def test_two_columns_read_column_by_column(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "columns.pdf"
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont("Helvetica", 10)
    for row in range(6):
        canvas.drawString(72, 700 - 30 * row, f"Left entry {row + 1} . . . . . {row + 3}")
        canvas.drawString(330, 700 - 30 * row, f"Right entry {row + 1} . . . . . {row + 20}")
    canvas.showPage()
    canvas.save()
    texts = [ln.text for ln in read_pdf(path)]
    assert texts == [f"Left entry {i} . . . . . {i + 2}" for i in range(1, 7)] + [
        f"Right entry {i} . . . . . {i + 19}" for i in range(1, 7)
    ]


# --- layouts built here: one row per rule, drawn with reportlab ---------------------------
#
# A page is a list of drawing operations in reportlab's coordinates (points, origin at the
# bottom left of an A4 page, 595 x 842):
#   ("text", x, y, font, size, text)     y is the baseline
#   ("rect", x, y, width, height, grey)  filled with this grey (0 black .. 1 white), no frame
#   ("frame", x, y, width, height)       stroked, not filled
#   ("rule", x0, x1, y)                  a thin horizontal line
# A row draws one or more pages and lists the (page, role, text) of the Lines read back.

Op = tuple[object, ...]
BODY = "Helvetica"
BOLD = "Helvetica-Bold"
SONG = "STSong-Light"  # reportlab's built-in CID font (not embedded)


def _draw(path: Path, pages: list[list[Op]]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    if SONG not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(SONG))
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    for ops in pages:
        for kind, *args in ops:
            if kind == "text":
                x, y, font, size, text = args
                canvas.setFont(font, size)
                canvas.drawString(x, y, text)
            elif kind == "rect":
                x, y, w, h, grey = args
                canvas.setFillGray(grey)
                canvas.rect(x, y, w, h, stroke=0, fill=1)
                canvas.setFillGray(0)
            elif kind == "frame":
                x, y, w, h = args
                canvas.rect(x, y, w, h, stroke=1, fill=0)
            elif kind == "rule":
                x0, x1, y = args
                canvas.setLineWidth(0.5)
                canvas.line(x0, y, x1, y)
        canvas.showPage()
    canvas.save()
    return path


def _body(y: float, *texts: str, x: float = 72, size: float = 10, font: str = BODY, pitch: float = 12) -> list[Op]:
    """Lines of text one pitch apart, the first on baseline y."""
    return [("text", x, y - k * pitch, font, size, text) for k, text in enumerate(texts)]


def _superscript_page(ratio: float, rise_em: float) -> list[Op]:
    """A line in 11 pt citing note 1 with a digit of `ratio` x 11 pt raised by `rise_em`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    cited = "1. The paragraph text that cites a note"
    end = 72 + stringWidth(cited, BODY, 11)
    return [
        ("text", 72, 700, BODY, 11, cited),
        ("text", end + 0.3, 700 + rise_em * 11, BODY, ratio * 11, "1"),
        *_body(686, "and goes on for a while before it comes to its end.", size=11, pitch=14),
    ]


SUPERSCRIPTS = [
    pytest.param(0.6, 0.4, "cites a note¹ and goes on", id="much smaller, raised: a marker"),
    pytest.param(0.83, 0.4, "cites a note¹ and goes on", id="CSS smaller (<sup>), raised: a marker"),
    pytest.param(0.88, 0.35, "cites a note¹ and goes on", id="nearly the line's size, well raised: a marker"),
    pytest.param(0.83, 0.05, "cites a note1 and goes on", id="smaller but on the line: a digit"),
]


@pytest.mark.parametrize(("ratio", "rise_em", "text"), SUPERSCRIPTS)
def test_superscript_by_size_and_rise(tmp_path: Path, ratio: float, rise_em: float, text: str) -> None:
    lines = read_pdf(_draw(tmp_path / "sup.pdf", [_superscript_page(ratio, rise_em)]))
    assert [ln.text for ln in lines if text in ln.text]


def _box_page(split: bool) -> list[Op]:
    """A paragraph, then a shaded panel: one fill, or (`split`) shaded paragraph by
    paragraph as a word processor does, a 17 pt strip behind the bold title touching the
    fill behind the text."""
    ops: list[Op] = [*_body(760, "1. A paragraph of body text before the box, long enough to be body.")]
    if split:
        ops += [("rect", 72, 700, 451, 17, 0.86), ("rect", 72, 650, 451, 50, 0.86)]
    else:
        ops += [("rect", 72, 650, 451, 67, 0.86)]
    ops += [("text", 260, 705, BOLD, 9, "The box title")]
    ops += _body(688, "The text of the box, set in smaller type than the body", size=9, pitch=11, x=78)
    ops += _body(677, "and wrapped over two lines inside its shaded panel.", size=9, pitch=11, x=78)
    ops += _body(620, "2. The paragraph after the box goes on in body type to its end.")
    return ops


def _continued_box_pages() -> list[list[Op]]:
    """A framed box broken across two pages straight after its title."""
    first = [
        *_body(780, *["1. A paragraph of body text filling the page above the box." for _ in range(40)][:1]),
        *_body(766, *["and more body text in lines of the same width as the first." for _ in range(50)]),
        ("frame", 72, 60, 451, 28),
        ("text", 260, 70, BOLD, 9, "The box title"),
    ]
    second = [
        ("frame", 72, 730, 451, 52),
        *_body(768, "The text of the box goes on at the top of the next page,", size=9, pitch=11, x=78),
        *_body(757, "and wraps over a few lines inside the frame before it ends.", size=9, pitch=11, x=78),
        *_body(700, "2. The next paragraph follows the box in body type to its end."),
    ]
    return [first, second]


def _note_mid_page() -> list[Op]:
    """A note printed right after the paragraph citing it, under a short rule, in 8 pt."""
    return [
        *_superscript_page(0.6, 0.4),
        ("rule", 72, 160, 660),
        ("text", 72, 648 + 3, BODY, 5, "1"),
        *_body(648, "  The note, in smaller type, long enough to wrap", size=8, pitch=10, x=75),
        *_body(638, "onto a second line of the note.", size=8, pitch=10),
        *_body(610, "2. The next paragraph goes on in body type, as long as the first.", size=11),
    ]


LAYOUT_ROWS = [
    pytest.param(
        [_box_page(split=True)],
        [(1, "box_title", "The box title"), (1, "box", "The text of the box")],
        id="title strip touching the text's fill: one panel, titled",
    ),
    pytest.param(
        [_box_page(split=False)],
        [(1, "box_title", "The box title"), (1, "box", "The text of the box")],
        id="title in the panel's one fill: titled",
    ),
    pytest.param(
        _continued_box_pages(),
        [(1, "box_title", "The box title"), (2, "box", "The text of the box goes on")],
        id="box broken after its title: the lone bold line is the title",
    ),
    pytest.param(
        [_note_mid_page()],
        [(1, "footnote", "¹ The note, in smaller type, long enough to wrap onto a second line of the note.")],
        id="note in small type after its paragraph: one footnote line",
    ),
    pytest.param(
        [_body(760, "1. A paragraph in ragged text with two lines, and it", "ends here.", "2. The next one starts at the same leading.")],
        [(1, "body", "1. A paragraph in ragged text with two lines, and it ends here."), (1, "body", "2. The next")],
        id="number after a full stop opens a paragraph without extra leading",
    ),
    pytest.param(
        [_body(760, "1. 第一段文字在这里结束。", "2. 第二段文字紧接着开始。", "3. 第三段也是如此。", font=SONG)],
        [(1, "body", "1. 第一段文字在这里结束。"), (1, "body", "2. 第二段"), (1, "body", "3. 第三段")],
        id="zh: number after 。 opens a paragraph",
    ),
    pytest.param(
        [
            [
                *_body(760, "1. The first paragraph runs across the whole width of the text column,", "and ends."),
                *_body(730, "2. A one-line paragraph."),
                *_body(712, "3. The third paragraph runs across the whole width of the text column,", "and ends."),
            ]
        ],
        [(1, "body", "2. A one-line paragraph.")],
        id="a numbered one-line paragraph is body, not a lone line for the segmenter",
    ),
    pytest.param(
        [_body(760, "1. The record year closed with exports at a peak.", "1.5 million tonnes were shipped in all.")],
        [(1, "body", "1. The record year closed with exports at a peak. 1.5 million tonnes")],
        id="a decimal after a full stop opens nothing",
    ),
]


@pytest.mark.parametrize(("pages", "expected"), LAYOUT_ROWS)
def test_layout_rule(tmp_path: Path, pages: list[list[Op]], expected: list[tuple[int, str, str]]) -> None:
    lines = read_pdf(_draw(tmp_path / "layout.pdf", pages))
    for page, role, start in expected:
        assert [(ln.page, ln.role) for ln in lines if ln.text.startswith(start)] == [(page, role)], start


def test_symbol_read_from_the_running_header_when_the_front_matter_has_none(tmp_path: Path) -> None:
    from un_report.ingest import ingest

    pages = [
        [("text", 480, 800, BOLD, 9, "A/99/1"), *_body(600 - 20 * n, f"{n}. Paragraph {n} names no symbol.")]
        for n in range(1, 4)
    ]
    assert ingest(_draw(tmp_path / "no_symbol.pdf", pages)).report == "A/99/1"


# --- what a glyph's text and a line's gaps become ------------------------------------------


def _char(text: str, x0: float = 72.0, width: float = 10.0) -> dict[str, object]:
    """A pdfplumber character, upright, 10 pt, baseline at 100."""
    return {
        "text": text, "x0": x0, "x1": x0 + width, "top": 90.0, "bottom": 100.0, "y0": 741.89,
        "size": 10.0, "fontname": "ABCDEF+NotoSansCJKsc-Regular", "matrix": (10, 0, 0, 10, x0, 741.89),
    }


GLYPH_TEXT = [
    pytest.param("⼀", "一", id="Kangxi radical one → 一"),
    pytest.param("⻓", "长", id="radicals supplement → 长"),
    pytest.param("\u2329", "〈", id="deprecated angle bracket → 〈"),
    pytest.param("ﬁ", "fi", id="ligature expanded"),
    pytest.param("年", "年", id="ideograph unchanged"),
]


@pytest.mark.parametrize(("printed", "read"), GLYPH_TEXT)
def test_glyph_text(printed: str, read: str) -> None:
    from un_report.ingest.pdf.glyphs import PageInput, page_glyphs

    page = PageInput(number=1, width=595.0, height=842.0, chars=[_char(printed)], shapes=[], image_count=0)
    assert "".join(g.text for g in page_glyphs(page)) == read


WORD_GAPS = [
    pytest.param("2030", 0.21, "年", "2030年", id="zh: autospace between digits and CJK is no space"),
    pytest.param("年", 0.21, "2030", "年2030", id="zh: autospace between CJK and digits is no space"),
    pytest.param("2030", 0.4, "年", "2030 年", id="zh: a wide gap next to CJK is a space"),
    pytest.param("in", 0.25, "2030", "in 2030", id="en: a word space between Latin words"),
    pytest.param("联合", 0.4, "国", "联合国", id="zh: never a space between CJK characters"),
]


@pytest.mark.parametrize(("left", "gap_em", "right", "joined"), WORD_GAPS)
def test_word_space_from_gap(left: str, gap_em: float, right: str, joined: str) -> None:
    from un_report.ingest.pdf.glyphs import PageInput, page_glyphs
    from un_report.ingest.pdf.join import line_pieces
    from un_report.ingest.pdf.lines import physical_lines

    chars, x = [], 72.0
    for k, text in enumerate(left + right):
        x += gap_em * 10 if k == len(left) else 0.0
        width = 10.0 if "\u4e00" <= text <= "\u9fff" else 5.5
        chars.append(_char(text, x, width))
        x += width
    page = PageInput(number=1, width=595.0, height=842.0, chars=chars, shapes=[], image_count=0)
    (line,) = physical_lines(1, page_glyphs(page))
    assert "".join(ch for ch, _ in line_pieces(line, 72.0)[0]) == joined


FONT_SPACES = [  # (the font's space width, the gap between letters, the gap between "of" and "the", em) → text
    pytest.param(0.25, 0.0, 0.17, "of the", id="Times: a gap of two thirds of its space is a word space"),
    pytest.param(0.25, 0.0, 0.1, "ofthe", id="Times: a gap under half its space is kerning"),
    pytest.param(0.6, 0.0, 0.25, "ofthe", id="a monospace font's space is believed up to half an em"),
    pytest.param(0.6, 0.0, 0.3, "of the", id="half an em past its letters: a monospace word space"),
    pytest.param(0.25, 0.08, 0.2, "ofthe", id="tracked type: its letter gap is no word space"),
    pytest.param(0.25, 0.08, 0.28, "of the", id="tracked type: the letter gap plus half a space is one"),
    pytest.param(0.0, 0.0, 0.17, "of the", id="a font without a space width: a text face's"),
    pytest.param(1.0, 0.0, 0.3, "of the", id="a barcode font's 1 em space is not believed"),
]


@pytest.mark.parametrize(("space_em", "letter_em", "gap_em", "joined"), FONT_SPACES)
def test_word_space_from_the_fonts_space_width(space_em: float, letter_em: float, gap_em: float, joined: str) -> None:
    from un_report.ingest.pdf.glyphs import PageInput, page_glyphs
    from un_report.ingest.pdf.join import line_pieces
    from un_report.ingest.pdf.lines import physical_lines

    chars, x = [], 72.0
    for k, text in enumerate("ofthe"):
        x += (gap_em if k == 2 else letter_em if k else 0.0) * 10
        chars.append({**_char(text, x, 5.0), "fontname": "TimesNewRomanPSMT", "space": space_em})
        x += 5.0
    page = PageInput(number=1, width=595.0, height=842.0, chars=chars, shapes=[], image_count=0)
    (line,) = physical_lines(1, page_glyphs(page))
    assert "".join(ch for ch, _ in line_pieces(line, 72.0)[0]) == joined


def test_pdfminer_warnings_are_silenced(read_pdf_once: Callable[[Path], ReadPdf]) -> None:
    """Chromium's fonts have no FontBBox: pdfminer would warn hundreds of times."""
    assert read_pdf_once(PDF_FIXTURES / "A_80_1_zh_layout_e.pdf").pdfminer_warnings == ()


# --- Excerpts of shared UN documents (issue 10), cut with scripts/cut_excerpt.py ----------------


@functools.cache
def _excerpt(name: str) -> tuple[dict[tuple[str, str], Unit], tuple[str, ...]]:
    """The units of an excerpt by (part, para), and the run's notes (parsed once)."""
    result = run_report(PDF_FIXTURES / name)
    return {(u.part, u.para): u for u in result.units}, tuple(result.notes)


EXCERPT_UNITS = [  # (file, part, para) → (chapter, heading, the text's start)
    pytest.param("issue-10-annex-restart.pdf", "", "3", "I. Introduction", "", "Evaluations by the Office",
                 id="body-before-the-annex"),
    pytest.param("issue-10-annex-restart.pdf", "annex I", "1", "I. Overview of 2024 expenditures", "",
                 "The tables below provide", id="annex-restarts-at-1"),
    pytest.param("issue-10-annex-restart.pdf", "annex I", "fn-1", "I. Overview of 2024 expenditures", "",
                 "Including $21.9 million", id="annex-note-placed-in-its-own-part"),
    pytest.param("issue-10-chapters-charts-and-numbered-sub-headings.pdf", "", "33",
                 "III. Accelerated action for the Sustainable Development Goals", "", "The adoption of the Pact",
                 id="roman-chapter-and-numbering-from-33"),
    pytest.param("issue-10-chapters-charts-and-numbered-sub-headings.pdf", "", "35",
                 "III. Accelerated action for the Sustainable Development Goals", "1. Food systems",
                 "Food systems transformation", id="numbered-sub-heading"),
    pytest.param("issue-10-lettered-sub-headings-under-numbered.pdf", "", "22", "", "1. Implementation of action lines",
                 "Implementation of WSIS outcomes", id="numbered-sub-heading-over-its-paragraph"),
    pytest.param("issue-10-lettered-sub-headings-under-numbered.pdf", "", "23", "",
                 "1. Implementation of action lines / (a) The role of public governance authorities and all "
                 "stakeholders in the promotion of information and communications technologies for development (C1)",
                 "The General Assembly undertook", id="wrapped-lettered-sub-heading-under-the-numbered-one"),
    pytest.param("issue-10-footnote-markers-on-the-baseline.pdf", "", "fn-1", "第一章 导言", "", "提及",
                 id="zh-note-numbered-on-the-baseline-1"),
    pytest.param("issue-10-footnote-markers-on-the-baseline.pdf", "", "fn-2", "第一章 导言", "", "援助人员安全数据库",
                 id="zh-note-numbered-on-the-baseline-2"),
    pytest.param("issue-10-annex-to-the-letter-heading.pdf", "annex", "1", "",
                 "Consequences of Russia’s first-person-view (FPV) drone strike on a civilian bus in the city of "
                 "Marhanets, Dnipropetrovsk region (23 April 2025)", "https://dsns.gov.ua/",
                 id="annex-to-the-letter-a-part-however-long-its-heading"),
]


@pytest.mark.parametrize(("name", "part", "para", "chapter", "heading", "start"), EXCERPT_UNITS)
def test_excerpt_unit(name: str, part: str, para: str, chapter: str, heading: str, start: str) -> None:
    unit = _excerpt(name)[0][(part, para)]
    assert (unit.chapter, unit.heading, unit.text[: len(start)]) == (chapter, heading, start)


EXCERPT_NEVER = [  # (file, text in no unit): tables' rows, their captions and notes
    pytest.param("issue-10-table-rows.pdf", "14 971.4", id="table-row-figures"),
    pytest.param("issue-10-table-rows.pdf", "Global coordination", id="table-row-label"),
    pytest.param("issue-10-table-rows.pdf", "Table 3", id="table-caption"),
    pytest.param("issue-10-table-rows.pdf", "(Thousands of United States dollars)", id="table-units-line"),
    pytest.param("issue-10-geneva-job-line-and-recurring-note.pdf", "GE.25-10614", id="geneva-job-line"),
    pytest.param("issue-10-old-scan-margin-of-the-next-page.pdf", "Page 2", id="scan-running-header-under-specks"),
    pytest.param("issue-10-old-scan-margin-of-the-next-page.pdf", ":t, last", id="scan-bleed-at-the-left-edge"),
    pytest.param("issue-10-old-scan-margin-of-the-next-page.pdf", "Ilue commitment", id="scan-bleed-before-a-line"),
]


@pytest.mark.parametrize(("name", "text"), EXCERPT_NEVER)
def test_excerpt_text_never_in_a_unit(name: str, text: str) -> None:
    assert [key for key, u in _excerpt(name)[0].items() if text in u.text] == []


EXCERPT_PARAGRAPHS = [  # (file, para) → the text's start: a paragraph read whole, never lost
    pytest.param("issue-10-paragraph-above-chart-in-edge-frame.pdf", "70", "WFP followed with $79 million",
                 id="paragraph-above-a-chart-whose-clipping-frame-reaches-the-page-edge"),
    pytest.param("issue-10-slanted-type.pdf", "34", "At the time of writing, the study on Strategic port pricing "
                 "(UNCTAD/SDD/PORT/2)", id="slanted-typewriter-titles-kept"),
    pytest.param("issue-10-note-numbers-apart-from-their-text.pdf", "fn-2", "In collating audit conclusions",
                 id="note-number-a-line-apart-first"),
    pytest.param("issue-10-note-numbers-apart-from-their-text.pdf", "fn-3", "The financial audit report",
                 id="note-number-a-line-apart-next"),
    pytest.param("issue-10-note-numbers-apart-from-their-text.pdf", "fn-4", "Project audits may not fully",
                 id="note-number-on-the-baseline-next"),
    pytest.param("issue-10-note-marked-by-an-asterisk.pdf", "fn-*", "The present statement is issued without formal",
                 id="note-marked-by-an-asterisk"),
    pytest.param("issue-10-geneva-job-line-and-recurring-note.pdf", "fn-*", "State not a member of the Human Rights",
                 id="asterisk-note-above-a-geneva-job-line"),
    pytest.param("issue-10-geneva-job-line-and-recurring-note.pdf", "fn-2", "Adopted under the United Nations "
                 "Framework Convention on Climate Change; see FCCC/CP/2015/10/Add.1, decision 1/CP.21.",
                 id="note-recurring-at-one-height-on-other-pages-is-no-footer"),
    pytest.param("issue-10-geneva-job-line-and-recurring-note.pdf", "fn-6", "Adopted under the United Nations",
                 id="the-same-note-on-a-later-page-too"),
    pytest.param("issue-10-preamble-paragraph-ends-at-page-foot.pdf", "u-7", "Recalling preambular paragraphs",
                 id="indented-paragraph-opening-a-page"),
    pytest.param("issue-10-old-scan-margin-of-the-next-page.pdf", "8", "The ideas conveyed by the Minister",
                 id="scan-number-after-the-next-pages-margin"),
    pytest.param("issue-10-old-scan-margin-of-the-next-page.pdf", "6", "With respect to the search",
                 id="scan-paragraph-over-a-page-with-bleed"),
]


@pytest.mark.parametrize(("name", "para", "start"), EXCERPT_PARAGRAPHS)
def test_excerpt_paragraph_read(name: str, para: str, start: str) -> None:
    assert _excerpt(name)[0][("", para)].text[: len(start)] == start


EXCERPT_ENDINGS = [  # (file, para) → the text's end: what belongs to the paragraph, and nothing after it
    pytest.param("issue-10-paragraph-above-chart-in-edge-frame.pdf", "70", "management and administrative services.",
                 id="chart-labels-between-its-figures-not-glued-on"),
    pytest.param("issue-10-list-items-set-apart-from-their-paragraph.pdf", "35",
                 "; and (d) An internal UNOPS assessment carried out by the Information Technology Group regarding "
                 "the performance and sustainability of the present enterprise resource planning system.",
                 id="list-items-c-and-d-no-sub-headings"),
    pytest.param("issue-10-preamble-paragraph-ends-at-page-foot.pdf", "u-6",
                 "so as to meet its critical commitments under the Revitalized Agreement,",
                 id="preambular-paragraph-ending-in-a-comma-at-a-page-foot"),
    pytest.param("issue-10-bold-words-end-a-paragraph.pdf", "7",
                 "and to automate those processes using the most appropriate digital solutions.",
                 id="last-line-wholly-in-bold-stays-in-its-paragraph"),
    pytest.param("issue-10-annex-to-the-letter-heading.pdf", "u-10", "Deputy Permanent Representative",
                 id="letter-ends-before-its-annex"),
]


@pytest.mark.parametrize(("name", "para", "end"), EXCERPT_ENDINGS)
def test_excerpt_paragraph_ends(name: str, para: str, end: str) -> None:
    assert _excerpt(name)[0][("", para)].text[-len(end):] == end


EXCERPT_INSIDE = [  # (file, para) → text read inside that paragraph, not as a heading
    pytest.param("issue-10-list-item-titles-in-italics.pdf", "3", "resources; (a) Protection of civilians: (i) To use",
                 id="first-item-title-in-italics-after-a-clause"),
    pytest.param("issue-10-list-item-titles-in-italics.pdf", "3", "; (d) Monitoring, investigating, and reporting on",
                 id="item-title-after-a-long-nested-list"),
    pytest.param("issue-10-typewriter-ellipsis-and-two-spaces.pdf", "u-3",
                 "a review and evaluation of the work programme of the intergovernmental machinery .... so as to ensure",
                 id="typewriter-ellipsis-is-no-contents-leader"),
    pytest.param("issue-10-typewriter-ellipsis-and-two-spaces.pdf", "u-3",
                 'for the period up to the following Conference". In order to meet',
                 id="typewriter-two-spaces-after-a-full-stop-are-no-tab"),
    pytest.param("issue-10-typewriter-ellipsis-and-two-spaces.pdf", "u-6",
                 "by the second session of the Standing Committee. The annex to this report",
                 id="typewriter-ragged-line-wraps-a-word-too-long-for-it"),
]


@pytest.mark.parametrize(("name", "para", "inside"), EXCERPT_INSIDE)
def test_excerpt_text_inside_paragraph(name: str, para: str, inside: str) -> None:
    assert inside in _excerpt(name)[0][("", para)].text


def test_excerpt_typewriter_paragraphs_read_whole() -> None:
    """Six paragraphs (i) to (vi), each one unit: none cut at an ellipsis, at two spaces after
    a full stop, or at a ragged line's end."""
    units = _excerpt("issue-10-typewriter-ellipsis-and-two-spaces.pdf")[0]
    assert [u.text.split(" ", 1)[0] for u in units.values()] == ["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)"]


def test_excerpt_bold_run_on_line_heads_nothing() -> None:
    units = _excerpt("issue-10-bold-words-end-a-paragraph.pdf")[0]
    assert [key for key, u in units.items() if u.heading] == []


def test_excerpt_list_items_head_no_paragraph() -> None:
    units = _excerpt("issue-10-list-items-set-apart-from-their-paragraph.pdf")[0]
    assert [key for key, u in units.items() if "(c) Findings" in u.heading or "(d) An internal" in u.heading] == []


EXCERPT_NOTES = [  # (file, a note of the run's summary)
    pytest.param("issue-10-table-rows.pdf", "3 tables and charts set aside (34 lines)", id="tables-counted"),
    pytest.param("issue-10-contents-without-leaders.pdf", "13 lines of a table of contents set aside",
                 id="contents-counted"),
    pytest.param("issue-10-annex-restart.pdf", "parts annex I", id="annex-named"),
]


@pytest.mark.parametrize(("name", "note"), EXCERPT_NOTES)
def test_excerpt_summary_says(name: str, note: str) -> None:
    assert note in _excerpt(name)[1]


def test_excerpt_contents_entries_open_no_part() -> None:
    """"Annex. Participants", the last entry of a contents list without page numbers or
    leaders, is no annex's heading: the body's units stay in the body."""
    assert {part for part, _ in _excerpt("issue-10-contents-without-leaders.pdf")[0]} == {""}


def test_excerpt_paragraphs_of_a_page_with_tables_are_all_read() -> None:
    units = _excerpt("issue-10-table-rows.pdf")[0]
    assert [para for _, para in units if para.isdigit()] == ["1", "2", "3", "4"]


EXCERPT_SUB_HEADINGS = [  # (file, part, para) → (heading, the text's start): a sub-heading set tight above
    pytest.param("issue-10-side-panel-paragraphs.pdf", "", "20", "Quality health", "Global health progress",
                 id="italic-sub-heading-set-tight-above-paragraph-20"),
    pytest.param("issue-10-side-panel-paragraphs.pdf", "", "21", "Social protection, equality, education and jobs",
                 "Per-capita GDP", id="italic-sub-heading-set-tight-above-paragraph-21"),
]


@pytest.mark.parametrize(("name", "part", "para", "heading", "start"), EXCERPT_SUB_HEADINGS)
def test_excerpt_sub_heading_set_tight(name: str, part: str, para: str, heading: str, start: str) -> None:
    unit = _excerpt(name)[0][(part, para)]
    assert (unit.heading, unit.text[: len(start)]) == (heading, start)


def test_excerpt_old_scan_running_footer_is_no_heading() -> None:
    units = _excerpt("issue-10-old-scan-running-header.pdf")[0]
    assert [key for key, u in units.items() if "Digitized by" in u.heading + u.text] == []
