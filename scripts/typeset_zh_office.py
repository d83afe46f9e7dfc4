"""Typeset A/80/1 (Chinese) with LibreOffice and Chromium, to test the PDF reader on
layouts made by engines other than reportlab (`scripts/typeset_zh_pdf.py`).

Needs (Debian 12 packages): ``libreoffice-writer-nogui`` (or ``libreoffice-writer``; gives
``soffice``), ``chromium`` and ``fonts-noto-cjk`` (Noto Serif / Sans CJK SC); Python runs
in the project's environment (pdfplumber, un_report). Tested with LibreOffice 7.4 and
Chromium 156. The PDFs carry creation dates, so rebuilding changes their bytes, not their
layout.

The report is read with un_report's own text path (`run_report` on the .txt gives the
units: paragraphs, boxes, footnotes with their chapter, section and sub-heading), then
rendered in up to five ways:

* ``lo_a``  LibreOffice Writer (flat ODT -> PDF): Noto Serif CJK SC 10.5 pt, real bold
  font for headings, paragraph numbers from automatic list numbering hanging in the left
  margin, boxes as a framed one-cell table, real footnotes (superscript citation, note at the
  page bottom under a separator), running header A/80/1 on alternating sides, footer
  job number + n/N on alternating sides, cover page and table of contents with dot leaders.
* ``lo_b``  LibreOffice Writer: Noto Sans CJK SC 10 pt, literal "18. " at the start of the
  paragraph text, paragraphs 0.2 cm apart, boxes as shaded (grey background) paragraphs
  with no frame, header always on the right, footer "25-07881  n/N" on one line, wider
  left margin.
* ``lo_c``  LibreOffice Writer, Chinese house style: Noto Serif CJK SC 12 pt, fixed 20 pt
  line pitch, no space between paragraphs, two-character first-line indent with "1. "
  inline, boxes as paragraphs with a border, header on the left of odd pages.
* ``chromium``  HTML + CSS paged media printed by headless Chromium: @page margin boxes for
  header/footer (alternating :left/:right), number absolutely positioned in the margin,
  boxes as a bordered grey div; footnotes cannot go to the page bottom, so each note is a
  small-type block with a short rule right after the paragraph that cites it.
* ``chromium_b``  plain HTML habits: default <sup> (font-size: smaller), inline numbers with
  a first-line indent, endnotes at the end of each chapter, bordered boxes, Noto Sans.

Chromium's PDFs map some ideographs to CJK radical code points (一 -> U+2F00) in their
ToUnicode tables; that is left as is, it is what such PDFs look like.

Usage::

    python scripts/typeset_zh_office.py data/raw/A_80_1_zh.txt --out /tmp/layouts [--only lo_a] [--sources]
    python scripts/typeset_zh_office.py data/raw/A_80_1_zh.txt --out tests/fixtures/pdf/ --fixtures

``--fixtures`` builds the four layouts kept as test fixtures under their fixture names
(`FIXTURES`). Two passes per layout: the first PDF gives the pages of the chapters and
sections, the second prints them in the table of contents.
"""

from __future__ import annotations

import argparse
import html
import logging
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

SUPERS = {"¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5"}
SYMBOL = "A/80/1"
JOB = "25-07881"
CN_NUM = "一二三四五六七八九十"


@dataclass
class Block:
    kind: str  # chapter, section, heading, para, box
    number: int | None = None
    title: str = ""
    text: str = ""
    label: str = ""  # chapter label 第一章
    notes: dict[str, str] = field(default_factory=dict)  # marker digit -> footnote text


@dataclass
class Report:
    front: dict[str, str]
    blocks: list[Block]


def clean_cjk(s: str) -> str:
    cjk = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
    return re.sub(rf"(?<=[{cjk}])\s+(?=[{cjk}])", "", s).strip()


def parse(path: Path) -> Report:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from un_report.pipeline import run_report

    r = run_report(path)
    raw = [clean_cjk(x) for x in path.read_text(encoding="utf-8").splitlines()]
    first = raw.index("第一章")
    front_lines = [x for x in raw[:first] if x and not x.startswith("|") and not re.fullmatch(r"\d+/\d+", x)]
    front = {
        "title": front_lines[0],
        "records": next(x for x in front_lines if x.startswith("大会")).replace(" ", ""),
        "imprint": next(x for x in front_lines if x.startswith("联合国 •") or x.startswith("联合国•")),
        "note_head": "说明",
        "note": front_lines[front_lines.index("说明") + 1],
        "date": next(x for x in front_lines if x.startswith("[")),
    }
    fn_units = [u for u in r.units if u.kind == "footnote"]
    blocks: list[Block] = []
    chapter = section = heading = None
    for u in r.units:
        if u.kind == "footnote":
            continue
        if u.chapter != chapter:
            chapter = u.chapter
            label, _, title = chapter.partition(" ")
            blocks.append(Block("chapter", label=label, title=title))
            section, heading = "", None
        if u.section != section:
            section = u.section
            if section:
                blocks.append(Block("section", title=section))
            heading = None
        if u.heading != heading:
            heading = u.heading
            if heading:
                blocks.append(Block("heading", title=heading))
        b = Block("para" if u.kind == "paragraph" else "box", number=u.number, title=u.title, text=u.text)
        for sup, digit in SUPERS.items():
            if sup in b.text:
                b.notes[digit] = fn_units[int(digit) - 1].text
        blocks.append(b)
    return Report(front, blocks)


def split_markers(text: str) -> list[tuple[str, str]]:
    """Text → [("t", run), ("n", digit), ...]."""
    out: list[tuple[str, str]] = []
    buf = ""
    for ch in text:
        if ch in SUPERS:
            out.append(("t", buf))
            out.append(("n", SUPERS[ch]))
            buf = ""
        else:
            buf += ch
    out.append(("t", buf))
    return [p for p in out if p[1]]


def toc_entries(rep: Report) -> list[tuple[str, str, str]]:
    """(level, label, title) for chapters and sections."""
    out = []
    n = 0
    for b in rep.blocks:
        if b.kind == "chapter":
            out.append(("1", f"{CN_NUM[n]}.", b.title))
            n += 1
        elif b.kind == "section":
            letter, _, title = b.title.partition(" ")
            out.append(("2", letter, title))
    return out


# --------------------------------------------------------------------------------------
# LibreOffice (flat ODT)
# --------------------------------------------------------------------------------------

BOLD = 'fo:font-weight="bold" style:font-weight-asian="bold"'


def x(s: str) -> str:
    return html.escape(s, quote=False)


def pt(size: str) -> str:
    """A font size for Latin and Asian text alike."""
    return f'fo:font-size="{size}" style:font-size-asian="{size}"'


def odt_runs(b: Block, note_style: str) -> str:
    out = []
    for kind, val in split_markers(b.text):
        if kind == "t":
            out.append(x(val))
        else:
            out.append(
                f'<text:note text:id="ftn{val}" text:note-class="footnote">'
                f"<text:note-citation>{val}</text:note-citation><text:note-body>"
                f'<text:p text:style-name="{note_style}">{x(b.notes[val])}</text:p>'
                "</text:note-body></text:note>"
            )
    return "".join(out)


def fodt(rep: Report, variant: str, pages: dict[str, int]) -> str:
    a = variant == "lo_a"
    c = variant == "lo_c"
    font = "Noto Serif CJK SC" if a or c else "Noto Sans CJK SC"
    size = "10.5pt" if a else "12pt" if c else "10pt"
    ml, mr = ("2.4cm", "2.4cm") if a else ("2.5cm", "2.5cm") if c else ("3.2cm", "2.0cm")
    text_w = 21 - float(ml[:-2]) - float(mr[:-2])
    usage = "mirrored" if a or c else "all"
    box_size = "9.5pt" if a else "10.5pt" if c else "9pt"
    # lo_c: Chinese house style: first-line indent of two characters, fixed 20 pt line
    # pitch, no space between paragraphs; boxes as paragraphs with a border (no fill)
    body_props = ('fo:text-indent="0.85cm" fo:margin-bottom="0cm" fo:line-height="20pt"' if c
                  else 'fo:margin-bottom="0.2cm" fo:line-height="135%"')
    box_props = ('fo:border="0.5pt solid #000000" fo:padding="0.2cm"' if c
                 else '' if a else 'fo:background-color="#dcdcdc" fo:padding="0.15cm" fo:border="none"')

    def tab_right(leader: bool = False) -> str:
        lead = ' style:leader-style="dotted" style:leader-text="."' if leader else ""
        stop = f'<style:tab-stop style:position="{text_w:.2f}cm" style:type="right"{lead}/>'
        return f"<style:tab-stops>{stop}</style:tab-stops>"

    styles = f"""
<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="'{font}'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:orphans="2" fo:widows="2" style:punctuation-wrap="simple" style:line-break="strict"/>
  <style:text-properties style:font-name="{font}" style:font-name-asian="{font}" {pt(size)}
   fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" {body_props}/>
 </style:style>
 <style:style style:name="BodyNum" style:family="paragraph" style:parent-style-name="Body"
  style:list-style-name="ParaNum"/>
 <style:style style:name="H1" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="{'start' if a else 'center'}" fo:margin-top="0.4cm"
   fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
  <style:text-properties {pt('14pt')} {BOLD}/>
 </style:style>
 <style:style style:name="H2" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties {pt('12pt')} {BOLD}/>
 </style:style>
 <style:style style:name="H3" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"
   {'fo:margin-left="1cm"' if a else ''}/>
  <style:text-properties {pt(size)} {BOLD}/>
 </style:style>
 <style:style style:name="BoxTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="{'0cm' if c else '0.15cm'}"
   fo:keep-with-next="always"
   {box_props}/>
  <style:text-properties {pt(box_size)} {BOLD}/>
 </style:style>
 <style:style style:name="BoxBody" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:line-height="130%" fo:margin-bottom="0.3cm"
   {box_props}/>
  <style:text-properties {pt(box_size)}/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm"/>
  <style:text-properties {pt('8pt')}/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:text-properties fo:font-size="{'10pt' if a else '9pt'}" style:font-size-asian="10pt" {BOLD}/>
 </style:style>
 <style:style style:name="HeaderR" style:family="paragraph" style:parent-style-name="Header">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties>{tab_right()}</style:paragraph-properties>
  <style:text-properties {pt('8pt')}/>
 </style:style>
 <style:style style:name="Cover" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.6cm"/>
  <style:text-properties {pt('16pt')} {BOLD}/>
 </style:style>
 <style:style style:name="CoverSmall" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>
  <style:text-properties {pt('11pt')}/>
 </style:style>
 <style:style style:name="TocHead" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.2cm">{tab_right()}</style:paragraph-properties>
  <style:text-properties {pt('9pt')} fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Toc1" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.1cm">{tab_right(True)}</style:paragraph-properties>
 </style:style>
 <style:style style:name="Toc2" style:family="paragraph" style:parent-style-name="Toc1">
  <style:paragraph-properties fo:margin-left="1cm">{tab_right(True)}</style:paragraph-properties>
 </style:style>
 <style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text">
  <style:text-properties style:text-position="super 58%"/>
 </style:style>
 <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">
  <style:text-properties style:text-position="super 58%"/>
 </style:style>
 <text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol"
  text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0"
  text:footnotes-position="page" text:start-numbering-at="document"/>
 <text:list-style style:name="ParaNum">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm"
     fo:text-indent="-1cm" fo:margin-left="1cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1" style:page-usage="{usage}">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm"
   fo:margin-bottom="1.2cm" fo:margin-left="{ml}" fo:margin-right="{mr}"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.6cm"
   fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="0.05cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
 <style:page-layout style:name="pmCover">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm"
   fo:margin-bottom="2cm" fo:margin-left="{ml}" fo:margin-right="{mr}"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="PCoverFirst" style:family="paragraph" style:parent-style-name="Cover"
  style:master-page-name="CoverPage">
  <style:paragraph-properties fo:margin-top="6cm"/>
 </style:style>
 <style:style style:name="PNewPage" style:family="paragraph" style:parent-style-name="H1"
  style:master-page-name="Standard"/>
 <style:style style:name="PBreak" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="PBreakH1" style:family="paragraph" style:parent-style-name="H1">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="BoxTbl" style:family="table">
  <style:table-properties style:width="{text_w - 1:.2f}cm" table:align="center" fo:margin-top="0.2cm"
   fo:margin-bottom="0.35cm" style:may-break-between-rows="true"/>
 </style:style>
 <style:style style:name="BoxCell" style:family="table-cell">
  <style:table-cell-properties fo:border="0.75pt solid #000000" fo:padding="0.25cm"/>
 </style:style>
</office:automatic-styles>
"""
    def part(tag: str, style: str, content: str) -> str:
        return f'<style:{tag}><text:p text:style-name="{style}">{content}</text:p></style:{tag}>'

    pn = '<text:page-number text:select-page="current">1</text:page-number>/<text:page-count>1</text:page-count>'
    alternating = part("footer", "Footer", f"{JOB}<text:tab/>{pn}") + part(
        "footer-left", "Footer", f"{pn}<text:tab/>{JOB}"
    )
    if c:  # header on the left of odd pages, right of even pages; footer: job number and n/N, alternating
        header = part("header", "Header", SYMBOL) + part("header-left", "HeaderR", SYMBOL)
        footer = alternating
    elif a:  # header on the right of odd pages, left of even pages
        header = part("header", "HeaderR", SYMBOL) + part("header-left", "Header", SYMBOL)
        footer = alternating
    else:  # header always on the right; "25-07881  n/N" on one line at the right
        header = part("header", "HeaderR", SYMBOL)
        footer = part("footer", "Footer", f"<text:tab/>{JOB}    {pn}")
    masters = f"""
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">{header}{footer}</style:master-page>
 <style:master-page style:name="CoverPage" style:page-layout-name="pmCover" style:next-style-name="Standard">
  <style:footer><text:p text:style-name="Footer">{JOB} (C)</text:p></style:footer>
 </style:master-page>
</office:master-styles>
"""
    f = rep.front
    body = [
        f'<text:p text:style-name="PCoverFirst">{x(f["title"])}</text:p>',
        f'<text:p text:style-name="CoverSmall">{x(f["records"])}</text:p>',
        f'<text:p text:style-name="CoverSmall">{x(f["imprint"])}</text:p>',
        f'<text:p text:style-name="PNewPage">{x(f["note_head"])}</text:p>',
        f'<text:p text:style-name="Body">{x(f["note"])}</text:p>',
        f'<text:p text:style-name="CoverSmall">{x(f["date"])}</text:p>',
        '<text:p text:style-name="PBreakH1">目录</text:p>',
        '<text:p text:style-name="TocHead">章次<text:tab/>页次</text:p>',
    ]
    for level, label, title in toc_entries(rep):
        pg = pages.get(title, 0)
        body.append(f'<text:p text:style-name="Toc{level}">{x(label)} {x(title)}<text:tab/>{pg}</text:p>')
    first_chapter = True
    for b in rep.blocks:
        if b.kind == "chapter":
            style = "PBreakH1" if first_chapter else "H1"
            first_chapter = False
            body.append(f'<text:p text:style-name="{style}">{x(b.label)}</text:p>')
            body.append(f'<text:p text:style-name="H1">{x(b.title)}</text:p>')
        elif b.kind == "section":
            body.append(f'<text:p text:style-name="H2">{x(b.title)}</text:p>')
        elif b.kind == "heading":
            body.append(f'<text:p text:style-name="H3">{x(b.title)}</text:p>')
        elif b.kind == "para":
            runs = odt_runs(b, "Footnote")
            if a:
                body.append(
                    f'<text:list text:style-name="ParaNum"><text:list-item text:start-value="{b.number}">'
                    f'<text:p text:style-name="BodyNum">{runs}</text:p></text:list-item></text:list>'
                )
            else:
                body.append(f'<text:p text:style-name="Body">{b.number}. {runs}</text:p>')
        elif b.kind == "box":
            runs = odt_runs(b, "Footnote")
            if a:
                body.append(
                    '<table:table table:style-name="BoxTbl"><table:table-column/>'
                    '<table:table-row><table:table-cell table:style-name="BoxCell" office:value-type="string">'
                    f'<text:p text:style-name="BoxTitle">{x(b.title)}</text:p>'
                    f'<text:p text:style-name="BoxBody">{runs}</text:p>'
                    "</table:table-cell></table:table-row></table:table>"
                )
            else:
                body.append(f'<text:p text:style-name="BoxTitle">{x(b.title)}</text:p>')
                body.append(f'<text:p text:style-name="BoxBody">{runs}</text:p>')
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
{styles}{masters}
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
"""


# --------------------------------------------------------------------------------------
# Chromium (HTML + CSS paged media)
# --------------------------------------------------------------------------------------

def html_runs(b: Block) -> str:
    return "".join(x(v) if k == "t" else f'<sup class="fn">{v}</sup>' for k, v in split_markers(b.text))


def html_notes(b: Block, baseline: bool = False) -> str:
    """A paragraph's notes under a short rule; `baseline`: each note's number printed on the
    baseline in the note's own size with no gap before its text (as word processors may)."""
    return "".join(
        f'<div class="note"><hr/><p>{d}{x(t)}</p></div>' if baseline
        else f'<div class="note"><hr/><p><sup>{d}</sup> {x(t)}</p></div>'
        for d, t in b.notes.items()
    )


def page_html(rep: Report, pages: dict[str, int], variant: str = "chromium") -> str:
    if variant == "chromium_b":
        return page_html_b(rep, pages)
    baseline = variant == "chromium_baseline_notes"
    css = f"""
@page {{ size: A4; margin: 2.3cm 2.2cm 2.2cm 2.2cm;
  @top-right {{ content: "{SYMBOL}"; font: bold 10pt 'Noto Serif CJK SC'; vertical-align: bottom;
    border-bottom: 0.5pt solid black; }}
  @bottom-left {{ content: "{JOB}"; font: 8pt 'Noto Serif CJK SC'; }}
  @bottom-right {{ content: counter(page) "/" counter(pages); font: 8pt 'Noto Serif CJK SC'; }} }}
@page :left {{
  @top-right {{ content: none; border: none; }}
  @top-left {{ content: "{SYMBOL}"; font: bold 10pt 'Noto Serif CJK SC'; vertical-align: bottom;
    border-bottom: 0.5pt solid black; }}
  @bottom-left {{ content: counter(page) "/" counter(pages); font: 8pt 'Noto Serif CJK SC'; }}
  @bottom-right {{ content: "{JOB}"; font: 8pt 'Noto Serif CJK SC'; }} }}
@page cover {{ @top-right {{ content: none; border: none; }} @bottom-right {{ content: none; }} }}
body {{ font-family: 'Noto Serif CJK SC'; font-size: 10.5pt; line-height: 1.45; margin: 0; }}
.cover {{ page: cover; text-align: center; padding-top: 6cm; break-after: page; }}
.cover h1 {{ font-size: 16pt; }}
.front {{ break-after: page; }}
h1 {{ font-size: 14pt; margin: 0.4cm 0 0.1cm; break-after: avoid; }}
h1.chap {{ break-before: page; }}
h2 {{ font-size: 12pt; margin: 0.35cm 0 0.2cm; break-after: avoid; }}
h3 {{ font-size: 10.5pt; margin: 0.2cm 0 0.15cm 1.2cm; break-after: avoid; }}
p.para {{ margin: 0 0 0.2cm 1.2cm; text-align: justify; position: relative; }}
p.para .num {{ position: absolute; left: -1.2cm; }}
sup.fn {{ font-size: 60%; }}
div.note {{ font-size: 8pt; margin: 0 0 0.3cm 1.2cm; }}
div.note hr {{ width: 3cm; margin: 0 0 0.05cm 0; border: none; border-top: 0.5pt solid black; }}
div.note p {{ margin: 0; }}
div.box {{ border: 0.75pt solid black; background: #e8e8e8; padding: 0.25cm 0.35cm;
  margin: 0.2cm 0.5cm 0.35cm 1.2cm; font-size: 9.5pt; }}
div.box h4 {{ text-align: center; margin: 0 0 0.15cm; font-size: 9.5pt; }}
div.box p {{ margin: 0; text-align: justify; }}
.toc div {{ display: flex; margin-bottom: 0.1cm; }}
.toc .lead {{ flex: 1; border-bottom: 1pt dotted black; margin: 0 0.2cm 0.3em; }}
.toc .l2 {{ margin-left: 1cm; }}
.toc .colhead {{ font-size: 9pt; font-style: italic; justify-content: space-between; }}
"""
    f = rep.front
    out = [
        f'<div class="cover"><h1>{x(f["title"])}</h1><p>{x(f["records"])}</p><p>{x(f["imprint"])}</p></div>',
        f'<div class="front"><h1>{x(f["note_head"])}</h1><p>{x(f["note"])}</p>'
        f'<p style="text-align:center">{x(f["date"])}</p></div>',
        '<div class="toc"><h1>目录</h1><div class="colhead"><span>章次</span><span>页次</span></div>',
    ]
    for level, label, title in toc_entries(rep):
        out.append(
            f'<div class="l{level}"><span>{x(label)} {x(title)}</span><span class="lead"></span>'
            f"<span>{pages.get(title, 0)}</span></div>"
        )
    out.append("</div>")
    first = True
    for b in rep.blocks:
        if b.kind == "chapter":
            out.append(f'<h1 class="{"chap" if first else ""}">{x(b.label)}</h1><h1>{x(b.title)}</h1>')
            first = False
        elif b.kind == "section":
            out.append(f"<h2>{x(b.title)}</h2>")
        elif b.kind == "heading":
            out.append(f"<h3>{x(b.title)}</h3>")
        elif b.kind == "para":
            notes = html_notes(b, baseline)
            out.append(f'<p class="para"><span class="num">{b.number}.</span>{html_runs(b)}</p>{notes}')
        elif b.kind == "box":
            out.append(f'<div class="box"><h4>{x(b.title)}</h4><p>{html_runs(b)}</p></div>{html_notes(b, baseline)}')
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{SYMBOL}</title>'
        f"<style>{css}</style></head><body>{''.join(out)}</body></html>"
    )


def page_html_b(rep: Report, pages: dict[str, int]) -> str:
    """Plain HTML habits: default <sup> (font-size: smaller), inline "1. " numbers with a
    two-character first-line indent, endnotes at the end of each chapter, boxes as a
    bordered div without fill, page number centred in the footer."""
    css = f"""
@page {{ size: A4; margin: 2cm 2.5cm 2cm 2.5cm;
  @top-left {{ content: "{SYMBOL}"; font: 9pt 'Noto Sans CJK SC'; }}
  @bottom-left {{ content: "{JOB}"; font: 8pt 'Noto Sans CJK SC'; }}
  @bottom-center {{ content: counter(page) "/" counter(pages); font: 8pt 'Noto Sans CJK SC'; }} }}
@page :left {{ @top-left {{ content: none; }} @top-right {{ content: "{SYMBOL}"; font: 9pt 'Noto Sans CJK SC'; }} }}
@page cover {{ @top-left {{ content: none; }} @bottom-center {{ content: none; }} }}
body {{ font-family: 'Noto Sans CJK SC'; font-size: 11pt; line-height: 1.6; margin: 0; }}
.cover {{ page: cover; text-align: center; padding-top: 6cm; break-after: page; }}
.front {{ break-after: page; }}
h1 {{ font-size: 15pt; text-align: center; margin: 0.3cm 0; }}
h1.chap {{ break-before: page; }}
h2 {{ font-size: 12.5pt; margin: 0.3cm 0 0.15cm; }}
h3 {{ font-size: 11pt; margin: 0.2cm 0 0.1cm; }}
p {{ margin: 0; text-indent: 2em; text-align: justify; }}
div.box {{ border: 1px solid black; padding: 0.2cm 0.3cm; margin: 0.3cm 0; font-size: 10pt; }}
div.box p.t {{ text-indent: 0; font-weight: bold; text-align: center; }}
div.notes {{ font-size: 9pt; margin-top: 0.5cm; border-top: 0.5pt solid black; width: 100%; }}
div.notes p {{ text-indent: 0; }}
.toc p {{ text-indent: 0; }}
"""
    f = rep.front
    out = [
        f'<div class="cover"><h1>{x(f["title"])}</h1><p>{x(f["records"])}</p><p>{x(f["imprint"])}</p></div>',
        f'<div class="front"><h1>{x(f["note_head"])}</h1><p>{x(f["note"])}</p><p>{x(f["date"])}</p></div>',
        '<div class="toc"><h1>目录</h1>',
    ]
    for level, label, title in toc_entries(rep):
        pad = "&nbsp;" * (4 if level == "2" else 0)
        out.append(f"<p>{pad}{x(label)} {x(title)} …… {pages.get(title, 0)}</p>")
    out.append("</div>")
    notes: list[tuple[str, str]] = []

    def flush() -> None:
        if notes:
            out.append('<div class="notes">' + "".join(f"<p><sup>{d}</sup> {x(t)}</p>" for d, t in notes) + "</div>")
            notes.clear()

    first = True
    for b in rep.blocks:
        runs = "".join(x(v) if k == "t" else f"<sup>{v}</sup>" for k, v in split_markers(b.text))
        notes += list(b.notes.items())
        if b.kind == "chapter":
            flush()
            out.append(f'<h1 class="{"chap" if first else ""}">{x(b.label)}<br/>{x(b.title)}</h1>')
            first = False
        elif b.kind == "section":
            out.append(f"<h2>{x(b.title)}</h2>")
        elif b.kind == "heading":
            out.append(f"<h3>{x(b.title)}</h3>")
        elif b.kind == "para":
            out.append(f"<p>{b.number}. {runs}</p>")
        elif b.kind == "box":
            out.append(f'<div class="box"><p class="t">{x(b.title)}</p><p>{runs}</p></div>')
    flush()
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{SYMBOL}</title>'
        f"<style>{css}</style></head><body>{''.join(out)}</body></html>"
    )


# --------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------

VARIANTS = ("lo_a", "lo_b", "lo_c", "chromium", "chromium_b", "chromium_baseline_notes")
# The layouts kept as test fixtures (tests/fixtures/pdf/), by the name each is kept under.
FIXTURES = {
    "lo_b": "A_80_1_zh_layout_c.pdf",
    "lo_c": "A_80_1_zh_layout_d.pdf",
    "chromium": "A_80_1_zh_layout_e.pdf",
    "chromium_b": "A_80_1_zh_layout_f.pdf",
}


def find_pages(pdf: Path, rep: Report) -> dict[str, int]:
    """The page each chapter and section title is printed on, after the contents page."""
    import pdfplumber

    from un_report.ingest.charfix import fix_codepoints  # Chromium prints 长 as the radical ⻓

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # a warning per font without a FontBBox

    targets = [t for _, _, t in toc_entries(rep)]
    found: dict[str, int] = {}
    with pdfplumber.open(pdf) as doc:
        texts = [fix_codepoints(re.sub(r"\s+", "", p.extract_text() or "")) for p in doc.pages]
    i = next(k for k, t in enumerate(texts) if "目录" in t) + 1
    for title in targets:
        key = re.sub(r"\s+", "", title)
        for j in range(i, len(texts)):
            if key in texts[j]:
                found[title] = j + 1
                i = j
                break
    return found


def build(rep: Report, variant: str, pdf: Path, pages: dict[str, int], sources: Path | None) -> None:
    """Typeset one layout into `pdf`; keep its .fodt or .html source in `sources` if given."""
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        if variant.startswith("lo_"):
            src = t / f"A_80_1_zh_{variant}.fodt"
            src.write_text(fodt(rep, variant, pages), encoding="utf-8")
            subprocess.run(
                ["soffice", f"-env:UserInstallation=file://{t}/profile", "--headless",
                 "--convert-to", "pdf", "--outdir", str(t), str(src)],
                check=True, capture_output=True,
            )
            shutil.copy(t / f"{src.stem}.pdf", pdf)
        else:
            src = t / f"A_80_1_zh_{variant}.html"
            src.write_text(page_html(rep, pages, variant), encoding="utf-8")
            subprocess.run(
                ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                 f"--user-data-dir={t}/profile", f"--print-to-pdf={pdf.resolve()}", src.as_uri()],
                check=True, capture_output=True,
            )
        if sources is not None:
            shutil.copy(src, sources / src.name)


def excerpt(rep: Report, pdf: Path) -> None:
    """The first chapter's heading, then each paragraph that carries a note with the
    paragraph before it, in layout `chromium_baseline_notes`; only the body pages kept
    (pypdf): a small fixture of notes numbered on the baseline."""
    from pypdf import PdfReader, PdfWriter

    keep: list[Block] = [next(b for b in rep.blocks if b.kind == "chapter")]
    paras = [b for b in rep.blocks if b.kind == "para"]
    for k, b in enumerate(paras):
        if b.notes:
            keep += [paras[k - 1], b] if k else [b]
    whole = pdf.with_suffix(".whole.pdf")
    build(replace(rep, blocks=keep), "chromium_baseline_notes", whole, {}, None)
    reader, writer = PdfReader(whole), PdfWriter()
    for page in reader.pages[3:]:  # after the cover, the note page and the contents
        writer.add_page(page)
    with pdf.open("wb") as f:
        writer.write(f)
    whole.unlink()
    print(f"{pdf}: {len(writer.pages)} pages, notes on the baseline")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("text", type=Path, help="the report as text: data/raw/A_80_1_zh.txt")
    ap.add_argument("--out", type=Path, default=Path("/tmp/layouts"), help="folder for the PDFs")
    ap.add_argument("--only", action="append", choices=VARIANTS, help="build only this layout (repeatable)")
    ap.add_argument("--fixtures", action="store_true", help="build the fixture layouts under their fixture names")
    ap.add_argument("--sources", action="store_true", help="keep the .fodt / .html sources next to the PDFs")
    ap.add_argument("--excerpt", type=Path, default=None,
                    help="instead, write the paragraphs with notes, notes on the baseline, to this PDF (a fixture)")
    args = ap.parse_args(argv)
    rep = parse(args.text)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.excerpt is not None:
        excerpt(rep, args.excerpt)
        return
    names = FIXTURES if args.fixtures else {v: f"A_80_1_zh_{v}.pdf" for v in args.only or VARIANTS}
    for variant, name in names.items():
        pdf = args.out / name
        build(rep, variant, pdf, {}, None)
        pages = find_pages(pdf, rep)
        build(rep, variant, pdf, pages, args.out if args.sources else None)
        print(f"{pdf}: {variant}, contents pages {sorted(set(pages.values()))}")


if __name__ == "__main__":
    main()
