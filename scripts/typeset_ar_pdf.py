"""Typeset a short Arabic report-shaped PDF (a reader test fixture for right-to-left text).

No Arabic edition of a report is at hand, so this writes one: a symbol line, a title, a
chapter heading and six numbered paragraphs on two pages in UN Arabic style (the number at the right
margin, "1 -", the text right-aligned and wrapped over several lines), a running footer
with job number and page. reportlab does not shape Arabic, so each line is shaped the way
simple PDF producers do it: `arabic_reshaper` turns letters into their presentation forms
(U+FE70 …) and `python-bidi` puts the line into visual order (digits left to right inside
it, brackets mirrored). The PDF's text layer therefore holds presentation forms in visual
order, which is what the reader must turn back into logical Arabic text. The last paragraph
ends in a line of Latin letters only (an English title), which reads left to right.

Needs (dev only, not at run time): reportlab, arabic-reshaper, python-bidi, and a TTF with
Arabic (Debian's fonts-dejavu-core: DejaVu Sans).

Usage::

    python scripts/typeset_ar_pdf.py --out tests/fixtures/pdf/A_99_1_ar.pdf

Output is deterministic (reportlab ``invariant=1``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONT = ("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
BOLD = ("DejaVuSans-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
SYMBOL = "A/99/1"
JOB = "99-00001"
FRONT = ["الأمم المتحدة", "الجمعية العامة", "الدورة التاسعة والتسعون", "تقرير الأمين العام عن أعمال المنظمة"]
CHAPTER = "الفصل الأول"
CHAPTER_TITLE = "مقدمة"
LATIN_LINE = "Human Development Report 2024 (United Nations)"
PARAGRAPHS = [
    "في عام 2024، قدمت الأمم المتحدة المساعدة إلى أكثر من 116 مليون شخص في 40 بلدا، "
    "وعملت مع الحكومات والمجتمع المدني في جميع المناطق من أجل حماية المدنيين.",
    "وبلغت نسبة النساء 52.4 في المائة من المستفيدين، مقابل 45 في المائة في عام 2015، "
    "وهو تقدم يعكس الجهود التي بذلتها الدول الأعضاء خلال السنوات الماضية.",
    "وقد خصص مبلغ 4.8 ملايين دولار لدعم 000 35 موظف في الميدان، "
    "كما قدمت المنظمة التدريب إلى ثلاثة آلاف شخص في البلدان الأقل نموا.",
    "واتخذ مجلس الأمن القرار 2254 (2015) في جلسته 7502، "
    "وطلب إلى الأمين العام أن يقدم تقريرا عن تنفيذه كل ستة أشهر.",
    "وشارك نحو ٣٥٠ خبيرا في خمس دورات تدريبية، وبلغت نسبة النساء بينهم ٢٢٫٥ في المائة.",
    # a line of Latin letters only, as an English title quoted in an Arabic report prints
    f"وصدر التقرير بالإنكليزية بعنوان:\n{LATIN_LINE}",
]
PAGE_W, PAGE_H = A4
RIGHT = PAGE_W - 25 * mm
LEFT = 25 * mm
NUMBER_INDENT = 10 * mm  # the text starts this far left of the number
SIZE = 11
PAGES = 2
PAGE_BREAK_BEFORE = 4  # paragraph 4 starts page 2
LEADING = 15


def visual(text: str) -> str:
    """A logical Arabic line as a simple PDF producer draws it: shaped, in visual order."""
    return get_display(arabic_reshaper.reshape(text), base_dir="R")


def wrap(text: str, width: float, font: str, size: float) -> list[str]:
    """Words of `text` (logical order) in lines no wider than `width`."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and pdfmetrics.stringWidth(visual(candidate), font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current] if current else lines


def build(out: Path) -> None:
    for name, path in (FONT, BOLD):
        pdfmetrics.registerFont(TTFont(name, path))
    canvas = Canvas(str(out), pagesize=A4, invariant=1)
    canvas.setTitle(SYMBOL)
    y = PAGE_H - 25 * mm
    canvas.setFont(FONT[0], 10)
    canvas.drawString(LEFT, y, SYMBOL)
    for line in FRONT:
        y -= 20
        canvas.setFont(BOLD[0] if line == FRONT[-1] else FONT[0], 13 if line == FRONT[-1] else 11)
        canvas.drawRightString(RIGHT, y, visual(line))
    y -= 36
    canvas.setFont(BOLD[0], 13)
    canvas.drawRightString(RIGHT, y, visual(CHAPTER))
    y -= 20
    canvas.drawRightString(RIGHT, y, visual(CHAPTER_TITLE))
    y -= 28
    width = RIGHT - NUMBER_INDENT - LEFT
    for number, text in enumerate(PARAGRAPHS, 1):
        if number == PAGE_BREAK_BEFORE:
            footer(canvas, 1)
            canvas.showPage()
            y = PAGE_H - 25 * mm
            canvas.setFont(FONT[0], 9)
            canvas.drawString(LEFT, y + 8 * mm, SYMBOL)  # running header
        canvas.setFont(FONT[0], SIZE)
        canvas.drawRightString(RIGHT, y, visual(f"{number} -"))
        lines = [line for part in text.split("\n") for line in wrap(part, width, FONT[0], SIZE)]
        for line in lines:  # a "\n" in the text starts a line of its own
            canvas.drawRightString(RIGHT - NUMBER_INDENT, y, visual(line))
            y -= LEADING
        y -= 8
    footer(canvas, 2)
    canvas.showPage()
    canvas.save()


def footer(canvas: Canvas, page: int) -> None:
    """Job number and page n/N at the page foot, on the left of the page as UN PDFs print them."""
    canvas.setFont(FONT[0], 9)
    canvas.drawString(LEFT, 15 * mm, f"{JOB}    {page}/{PAGES}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    build(parser.parse_args().out)


if __name__ == "__main__":
    main()
