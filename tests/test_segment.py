"""Segmentation rules on small documents written for each case (text path)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from un_report.columns import LineTable
from un_report.models import Document, Line, Unit
from un_report.rules import language, supported
from un_report.script import SUPERSCRIPT_DIGITS
from un_report.segment import FOOTNOTE_START, _Layout, segment


def units_of(*texts: str, lang: str = "zh") -> list[Unit]:
    lines = [Line(text=t, page=1) for t in texts]
    return segment(Document(source="t.txt", report="T", language=language(lang), lines=lines))  # type: ignore[arg-type]


def by_para(units: list[Unit]) -> dict[str, Unit]:
    return {u.para: u for u in units}


CHAPTER = ("第一章", "导言")


def test_chapter_section_and_heading_are_carried_by_each_unit() -> None:
    units = by_para(units_of(*CHAPTER, "1. 第一段。", "第二章", "联合国的工作", "A. 促进发展", "背景", "2. 第二段。"))
    assert (units["1"].chapter, units["1"].section, units["1"].heading) == ("第一章 导言", "", "")
    assert (units["2"].chapter, units["2"].section, units["2"].heading) == ("第二章 联合国的工作", "A. 促进发展", "背景")


def test_a_title_followed_by_unnumbered_text_is_a_box() -> None:
    units = by_para(units_of(*CHAPTER, "背景", "1. 第一段。", "一个专栏的标题", "专栏的正文,没有编号。", "2. 第二段。"))
    assert units["box-1"].title == "一个专栏的标题"
    assert units["box-1"].text == "专栏的正文,没有编号。"
    assert units["2"].heading == "背景"  # a box title is not a heading


@pytest.mark.parametrize(
    ("lines", "para", "text"),
    [
        pytest.param(("1. 这一段在页末被打", "断了,然后继续。"), "1", "这一段在页末被打断了,然后继续。", id="page-break"),
        pytest.param(("1. 第一段,其中提到 2024 年", "5. 这不是新段落,因为编号不连续。"), "1",
                     "第一段,其中提到 2024 年5. 这不是新段落,因为编号不连续。", id="number-out-of-sequence"),
        pytest.param(("1. 有一个脚注。¹", "¹ 脚注的文字。", "段落继续。"), "1", "有一个脚注。¹段落继续。", id="footnote-inside"),
        pytest.param(("1. 非洲之 角的 国家。",), "1", "非洲之角的国家。", id="wrap-spaces-between-cjk"),
        pytest.param(("1. 逾 13", "0 亿美元。"), "1", "逾 130 亿美元。", id="number-split-by-wrap"),
    ],
)
def test_wrapped_lines_are_joined(lines: tuple[str, ...], para: str, text: str) -> None:
    assert by_para(units_of(*CHAPTER, *lines))[para].text == text


def test_footnote_is_its_own_unit_numbered_by_its_marker() -> None:
    units = by_para(units_of(*CHAPTER, "1. 正文。²", "² 来源说明。"))
    assert (units["fn-2"].kind, units["fn-2"].text) == ("footnote", "来源说明。")


def test_front_matter_and_table_of_contents_are_dropped() -> None:
    units = units_of("秘书长的报告", "| 章次 | | 页次 |", "| 一. | 导言 | 4 |", *CHAPTER, "1. 正文。")
    assert [u.para for u in units] == ["1"]


def test_english_layout_is_segmented_too() -> None:
    units = by_para(units_of("Chapter I", "Introduction", "1. The report looks back.", "Our achievements",
                             "2. We delivered.", lang="en"))
    assert units["2"].chapter == "Chapter I Introduction"
    assert units["2"].heading == "Our achievements"


def test_a_paragraph_the_layout_joined_onto_the_one_before_is_split_out_again() -> None:
    notes: list[str] = []
    lines = [Line(text=t, page=1) for t in (*CHAPTER, "1. 第一段。2. 第二段被并入了第一段。", "3. 第三段。")]
    units = by_para(segment(Document(source="t.txt", report="T", language=language("zh"), lines=lines), notes=notes))
    assert [units[p].text for p in ("1", "2", "3")] == ["第一段。", "第二段被并入了第一段。", "第三段。"]
    assert notes == ["paragraphs 2 split out of the paragraph before them"]


def test_a_skipped_number_opens_a_paragraph_after_a_sentence_end_or_where_the_pdf_layout_says_so() -> None:
    text_units = by_para(units_of(*CHAPTER, "1. 第一段。", "3. 编号跳过了一个。"))
    assert list(text_units) == ["1", "3"]  # text: after a full stop, a numbered line opens a paragraph
    wrapped = by_para(units_of(*CHAPTER, "1. 第一段,其中提到", "3. 个国家。"))
    assert list(wrapped) == ["1"]  # … but mid-sentence it is the wrapped line of the one before
    notes: list[str] = []
    lines = [Line(text=t, page=1) for t in CHAPTER] + [
        Line(text="1. 第一段。", page=1, role="body"), Line(text="3. 编号跳过了一个。", page=1, role="body")
    ]
    pdf_units = by_para(segment(Document(source="t.pdf", report="T", language=language("zh"), lines=lines), notes=notes))
    assert list(pdf_units) == ["1", "3"]
    assert notes == ["paragraph numbers 2 not found"]


def test_body_text_outside_any_numbered_paragraph_is_an_unnumbered_paragraph() -> None:
    lines = [Line(text=t, page=1) for t in (*CHAPTER, "1. 第一段。", "A. 一个新的部分")]
    lines.append(Line(text="这段正文前面没有编号,也不属于任何专栏。", page=1, role="body"))
    units = by_para(segment(Document(source="t.pdf", report="T", language=language("zh"), lines=lines)))
    assert (units["u-1"].text, units["u-1"].section, units["u-1"].number) == (
        "这段正文前面没有编号,也不属于任何专栏。", "A. 一个新的部分", None)


PARTS = [  # lines after the chapter → (part, para) of each unit, in order
    pytest.param(("1. 正文。", "附件一", "1. 附件的第一段。", "2. 第二段。"),
                 [("", "1"), ("附件一", "1"), ("附件一", "2")], id="annex-restarts-at-1"),
    pytest.param(("1. 正文。", "附件", "附件的文字，没有编号。"), [("", "1"), ("附件", "u-1")], id="unnumbered-annex"),
    pytest.param(("1. 正文。", "附件", "1. 甲。", "附件", "1. 乙。"),
                 [("", "1"), ("附件", "1"), ("附件 (2)", "1")], id="two-annexes-stay-apart"),
    pytest.param(("1. 正文。", "背景", "1. 清单的第一项。", "2. 第二项。", "2. 正文继续。"),
                 [("", "1"), ("背景", "1"), ("背景", "2"), ("", "2")], id="restart-without-heading-then-back"),
]


@pytest.mark.parametrize(("lines", "keys"), PARTS)
def test_parts_have_numbering_of_their_own(lines: tuple[str, ...], keys: list[tuple[str, str]]) -> None:
    assert [(u.part, u.para) for u in units_of(*CHAPTER, *lines)] == keys


def test_a_paragraph_of_a_side_panel_read_late_keeps_its_number() -> None:
    notes: list[str] = []
    lines = [Line(text=t, page=1) for t in CHAPTER] + [
        Line(text="1. 第一段。", page=1, role="body"), Line(text="3. 第三段。", page=1, role="body"),
        Line(text="2. 侧栏中的第二段。", page=1, role="box"),
    ]
    units = segment(Document(source="t.pdf", report="T", language=language("zh"), lines=lines), notes=notes)
    assert [(u.para, u.number) for u in units] == [("1", 1), ("3", 3), ("2", 2)]
    assert notes == ["paragraphs 2 read out of order (a side panel?)"]


def pdf_units(*lines: tuple[str, str | None], lang: str = "en", notes: list[str] | None = None) -> list[Unit]:
    """Units of lines given with their layout role, as the PDF reader gives them."""
    doc = [Line(text=t, page=1, role=role) for t, role in lines]  # type: ignore[arg-type]
    return segment(Document(source="t.pdf", report="T", language=language(lang), lines=doc), notes=notes)  # type: ignore[arg-type]


HEADINGS = [  # lines → (para, chapter, section, heading) of the last unit
    pytest.param((("I. Introduction", "heading"), ("1. Text.", "body")), ("1", "I. Introduction", "", ""),
                 id="roman-chapter"),
    pytest.param((("II.", "heading"), ("Work of the Organization", "heading"), ("1. Text.", "body")),
                 ("1", "II. Work of the Organization", "", ""), id="roman-chapter-title-below"),
    pytest.param((("I. Introduction", "heading"), ("1. Text.", "body"), ("A. Background", "heading"),
                  ("2. Text.", "body")), ("2", "I. Introduction", "A. Background", ""), id="lettered-section"),
    pytest.param((("I. Introduction", "heading"), ("A. One", "heading"), ("1. Text.", "body"), ("B. Two", "heading"),
                  ("C. Three", "heading"), ("2. Text.", "body")), ("2", "I. Introduction", "C. Three", ""),
                 id="section-C-is-no-chapter-100"),
    pytest.param((("I. Introduction", "heading"), ("H. Eighth", "heading"), ("1. Text.", "body"),
                  ("I. Ninth", "heading"), ("2. Text.", "body")), ("2", "I. Introduction", "I. Ninth", ""),
                 id="section-I-after-H"),
    pytest.param((("I. Introduction", "heading"), ("1. Text.", "body"), ("II. Work", "heading"),
                  ("2. Text.", "body")), ("2", "II. Work", "", ""), id="next-chapter"),
    pytest.param((("I. Introduction", "heading"), ("1. Text.", "body"), ("1. Food systems", "heading"),
                  ("2. Text.", "body")), ("2", "I. Introduction", "", "1. Food systems"), id="numbered-sub-heading"),
    pytest.param((("I. Introduction", "heading"), ("1. Food systems", "heading"), ("1. Text.", "body")),
                 ("1", "I. Introduction", "", "1. Food systems"), id="numbered-sub-heading-with-the-awaited-number"),
    pytest.param((("Chapter I", "heading"), ("Introduction", "heading"), ("1. Text.", "body")),
                 ("1", "Chapter I Introduction", "", ""), id="chapter-word"),
    pytest.param((("I. Introduction", "heading"), ("1. Text.", "body"), ("3. Implementation in complex settings:", "heading"),
                  ("2. Text.", "body")), ("2", "I. Introduction", "", "3. Implementation in complex settings:"),
                 id="numbered-sub-heading-ending-in-a-colon"),
    pytest.param((("I. Introduction", "heading"), ("1. Text.", "body"), ("1. A list.", "body"), ("2. Its item.", "body"),
                  ("2. Back to the body", "heading"), ("Text under it.", "body")),
                 ("2", "I. Introduction", "", ""), id="a-numbered-heading-that-resumes-the-body-is-its-paragraph"),
    pytest.param((("I. Introduction", "heading"), ("21. Text.", "body"), ("2. Themes", "heading"),
                  ("(a) Financing", "heading"), ("22. Text.", "body")),
                 ("22", "I. Introduction", "", "2. Themes / (a) Financing"), id="lettered-under-numbered"),
    pytest.param((("I. Introduction", "heading"), ("2. Themes", "heading"), ("(a) Financing", "heading"),
                  ("1. Text.", "body"), ("(b) Internet", "heading"), ("2. Text.", "body")),
                 ("2", "I. Introduction", "", "2. Themes / (b) Internet"), id="next-lettered-under-the-same"),
    pytest.param((("I. Introduction", "heading"), ("2. Themes", "heading"), ("1. Text.", "body"),
                  ("A. Background", "heading"), ("(a) Financing", "heading"), ("2. Text.", "body")),
                 ("2", "I. Introduction", "A. Background", "(a) Financing"), id="a-section-ends-the-numbered-heading"),
    pytest.param((("I. Introduction", "heading"), ("1. Text.", "body"), ("Our work", "heading"), ("2. Text.", "body")),
                 ("2", "I. Introduction", "", "Our work"), id="unlettered-heading-alone"),
]


@pytest.mark.parametrize(("lines", "where"), HEADINGS)
def test_headings_are_carried_by_the_units(lines: tuple[tuple[str, str], ...], where: tuple[str, ...]) -> None:
    last = pdf_units(*lines)[-1]
    assert (last.para, last.chapter, last.section, last.heading) == where


EXHIBITS = [  # lines after paragraph 1 → the units' paras, and the note
    pytest.param((("Table 1", None), ("Financial resources", "heading"), ("(Thousands of dollars)", None),
                  ("Post 166 765.9 159 537.7", "exhibit"), ("Source: Budget office.", None), ("2. Text.", "body")),
                 ["1", "2"], "1 tables and charts set aside (5 lines)", id="captioned-table"),
    pytest.param((("Figure IV", None), ("Host Governments rating the teams", "heading"), ("(Percentage)", None),
                  ("Source: A survey.", None), ("2. Text.", "body")),
                 ["1", "2"], "1 tables and charts set aside (4 lines)", id="chart-drawn-without-text"),
    pytest.param((("Post 166 765.9", "exhibit"), ("2. Text.", "body"), ("Post 1", "exhibit")),
                 ["1", "2"], "2 tables and charts set aside (2 lines)", id="uncaptioned-tables"),
    pytest.param((("Table 1 shows the budget.", "body"),), ["1"], None, id="a-sentence-naming-a-table-stays"),
]


@pytest.mark.parametrize(("lines", "paras", "note"), EXHIBITS)
def test_tables_and_charts_are_set_aside_and_counted(
    lines: tuple[tuple[str, str | None], ...], paras: list[str], note: str | None
) -> None:
    notes: list[str] = []
    units = pdf_units(("I. Introduction", "heading"), ("1. Text.", "body"), *lines, notes=notes)
    assert [u.para for u in units] == paras
    assert [n for n in notes if "set aside" in n] == ([note] if note else [])


def test_a_paragraph_number_printed_with_a_digit_dropped_is_read_in_sequence() -> None:
    notes: list[str] = []
    lines = [("I. Introduction", "heading")] + [(f"{n}. Text {n}.", "body") for n in range(1, 125)]
    units = pdf_units(*lines, ("25. Text 125, printed so.", "body"), ("126. Text 126.", "body"), notes=notes)
    assert [u.para for u in units][-3:] == ["124", "125", "126"]
    assert "paragraphs 125 (printed 25) read as numbered in sequence" in notes


LIST_ITEMS = [  # lines after paragraph 1's first line → its text, and the last unit's heading
    pytest.param((("(b) the second item, which", None), ("wraps;", None), ("(c) the third", None), ("item.", None)),
                 "Options: (a) one; (b) the second item, which wraps; (c) the third item.", "",
                 id="wrapped-items-after-a-separator"),
    pytest.param((("(a) Financing", "heading"), ("2. Text.", "body")), "Options: (a) one.", "(a) Financing",
                 id="after-a-sentence-a-sub-heading"),
    pytest.param((("(c) Skipped", None), ("2. Text.", "body")), "Options: (a) one;", "(c) Skipped",
                 id="not-the-next-label"),
]


@pytest.mark.parametrize(("lines", "text", "heading"), LIST_ITEMS)
def test_list_items_set_apart_stay_in_their_paragraph(
    lines: tuple[tuple[str, str | None], ...], text: str, heading: str
) -> None:
    first = "Options: (a) one;" if lines[0][0].startswith(("(b)", "(c)")) else "Options: (a) one."
    units = pdf_units(("I. Introduction", "heading"), (f"1. {first}", "body"), *lines)
    assert (units[0].text, units[-1].heading) == (text, heading)


def test_a_first_item_after_an_opener_stays_in_its_paragraph() -> None:
    units = pdf_units(("I. Introduction", "heading"), ("1. The team undertook to:", "body"), ("(a) understand the", None),
                      ("market;", None), ("(b) identify.", None))
    assert [(u.para, u.text, u.heading) for u in units] == [
        ("1", "The team undertook to: (a) understand the market; (b) identify.", "")
    ]


CONTENTS = [  # lines → the units' (part, para), and the note
    pytest.param((("Contents", "heading"), ("Chapter Page", "heading"), ("I. Introduction 3", "exhibit"),
                  ("Annex. Participants", None), ("1. Text.", "body")),
                 [("", "1")], "4 lines of a table of contents set aside", id="annex-entry-opens-no-part"),
    pytest.param((("CONTENTS", "heading"), ("1. Tourner la page 2", "exhibit"), ("1. Text.", "body")),
                 [("", "1")], "2 lines of a table of contents set aside", id="ends-at-main-text"),
    pytest.param((("Contents", "heading"), ("I. Shipping . . . . . . 1 - 28", "body"), ("Paragraphs", "body"),
                  ("1. Text.", None)),
                 [("", "1")], "3 lines of a table of contents set aside", id="leader-rows-then-a-numbered-paragraph"),
    pytest.param((("Contents", "heading"), ("Chapter Page", "heading"), ("I. Introduction 3", None),
                  ("II. Work 4", None), ("I. Introduction", "heading"), ("1. Text.", "body")),
                 [("", "1")], "4 lines of a table of contents set aside", id="the-body-starts-on-the-contents-page"),
]


def test_contents_carry_on_over_the_next_page_while_it_opens_with_entries() -> None:
    lines = [("Contents", "heading", 1), ("I. Introduction 3", None, 1), ("III. Work 7", None, 2), ("Annex I 9", None, 2),
             ("I. Introduction", "heading", 3), ("1. Text.", "body", 3)]
    doc = [Line(text=t, page=p, role=r) for t, r, p in lines]  # type: ignore[arg-type]
    notes: list[str] = []
    units = segment(Document(source="t.pdf", report="T", language=language("en"), lines=doc), notes=notes)  # type: ignore[arg-type]
    assert [(u.part, u.para, u.chapter) for u in units] == [("", "1", "I. Introduction")]
    assert "4 lines of a table of contents set aside" in notes


def test_contents_end_with_their_page_when_the_next_opens_otherwise() -> None:
    lines = [("Contents", "heading", 1), ("I. Introduction 3", None, 1), ("Notes", "heading", 2), ("(i) A note.", "body", 2)]
    doc = [Line(text=t, page=p, role=r) for t, r, p in lines]  # type: ignore[arg-type]
    units = segment(Document(source="t.pdf", report="T", language=language("en"), lines=doc))  # type: ignore[arg-type]
    assert [(u.para, u.heading, u.text) for u in units] == [("u-1", "Notes", "(i) A note.")]


@pytest.mark.parametrize(("lines", "keys", "note"), CONTENTS)
def test_a_table_of_contents_is_set_aside(lines: tuple[tuple[str, str | None], ...], keys: list[tuple[str, str]],
                                          note: str) -> None:
    notes: list[str] = []
    units = pdf_units(*lines, notes=notes)
    assert ([(u.part, u.para) for u in units], [n for n in notes if "contents" in n]) == (keys, [note])
    assert units[0].chapter == ("I. Introduction" if ("I. Introduction", "heading") in lines else "")


NOTES = [  # lines in the notes' area after paragraph 1 → the notes' (para, text)
    pytest.param((("* Circulated in English only.", "footnote"),), [("fn-*", "Circulated in English only.")],
                 id="asterisk"),
    pytest.param((("¹ First note.", "footnote"), ("2 Second note.", "footnote")),
                 [("fn-1", "First note."), ("fn-2", "Second note.")], id="next-number-on-the-baseline"),
    pytest.param((("¹ First note about", "footnote"), ("15 countries.", "footnote")),
                 [("fn-1", "First note about 15 countries.")], id="a-wrapped-line-opening-with-a-number"),
    pytest.param((("* One.", "footnote"), ("* Two.", "footnote")), [("fn-*", "One."), ("fn-* (2)", "Two.")],
                 id="symbols-made-unique"),
]


@pytest.mark.parametrize(("lines", "notes"), NOTES)
def test_notes_marked_on_the_baseline_or_by_a_symbol(
    lines: tuple[tuple[str, str | None], ...], notes: list[tuple[str, str]]
) -> None:
    units = pdf_units(("I. Introduction", "heading"), ("1. Text.", "body"), *lines)
    assert [(u.para, u.text) for u in units if u.kind == "footnote"] == notes


# Line starts every layout pattern reads, and what may follow them
_STARTS = ["", "1. ", "12 - ", "(a) ", "(iv) ", "I. ", "IV. ", "A. ", "Ι. ", "Chapter II ", "Annex I ", "Annexe ",
           "Part two ", "Draft decision ", "Table 2 ", "Figure 1.1: ", "Contents", "CONTENTS", "Sources: ", "第二章 ",
           "附件一 ", "表 3 ", "目 录", "Глава ", "Приложение ", "Capítulo ", "Anexo ", "Chapitre ", "الفصل ", "المرفق ",
           SUPERSCRIPT_DIGITS[2], "* ", "Ⅱ. ", "l. "]
_LINE = st.builds(lambda start, rest: start + rest, st.sampled_from(_STARTS),
                  st.text(st.sampled_from("aZ1 .,:()-–第章"), max_size=12))


@settings(max_examples=300, deadline=None)
@given(_LINE, st.sampled_from(supported()))
def test_a_line_any_layout_pattern_starts_is_never_read_as_plain_text(text: str, lang: str) -> None:
    """The segmenter reads a line no pattern of its layout may start as body text or a
    heading without asking each pattern; the one pattern that stands for them all must
    hold every line one of them holds, or a heading or paragraph would be read as text."""
    layout = _Layout(language(lang).rules)
    patterns = [layout.contents, FOOTNOTE_START, layout.part, layout.chapter, layout.section, layout.numbered,
                layout.sub_heading, layout.exhibit]
    if any(p.match(text) for p in patterns) or layout.section_match(text):
        assert layout.may_open(text)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_text_read_into_a_line_table_is_segmented_as_its_lines_are(lang: str) -> None:
    """Text input holds its lines in a LineTable, read without a Line per row: the units are
    those of the same lines given one by one."""
    texts = ["第一章", "导言", "1. 第一段,", "接着。", "背景", "2. 第二段。", "¹ 脚注。", "附件一", "1. 附件段落。"]
    if lang == "en":
        texts = ["Chapter I", "Introduction", "1. The first,", "continued.", "Background", "2. Second.",
                 "¹ A note.", "Annex I", "1. An annex paragraph.", "(a) An item;", "Plain text after it."]
    lines = [Line(text=t, page=1 + i // 4) for i, t in enumerate(texts)]
    table = LineTable(lines)

    def units(rows: list[Line] | LineTable) -> list[Unit]:
        return list(segment(Document(source="t.txt", report="T", language=language(lang), lines=rows)))

    assert units(table) == units(lines)
    annex = "附件一" if lang == "zh" else "annex I"
    assert [(u.part, u.para) for u in units(table)] == [("", "1"), ("", "2"), ("", "fn-1"), (annex, "1")]
