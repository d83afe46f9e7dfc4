"""The shape of a language's rule tables, and the one helper that turns word lists into regexes.

A rules module (zh.py, en.py) fills in a `LanguageRules`; the engines (front, segment,
numbers, extract) read only these fields, so they hold no word of any language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the models import this module (through Language); types only
    from un_report.models import Qualifier


NOTHING = "(?!)"  # a pattern that matches nothing: a fragment, or a script, a language does not have


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, escaped and longest first (平方米 before 米).

    Written as a prefix tree (per(?:\\s+cent|cent)?): the regex engine tries each branch in
    turn, so a flat list of three hundred unit words cost three hundred tries at every
    position; the tree costs one try per letter. It matches what the flat list matches, in
    the same order, longest first (`_tree`)."""
    return _alternation(frozenset(words))


@cache
def _alternation(words: frozenset[str]) -> str:
    unique = sorted(words, key=lambda w: (-len(w), w))
    if not unique:
        return NOTHING
    return "(?:" + _tree(unique) + ")"


def _escape(word: str) -> str:
    # A space inside a phrase (per cent, more than) matches any run of white space.
    return re.escape(word).replace(r"\ ", r"\s+")


def _twins(c: str) -> str:
    """What else may match the same character of a text as `c`: its other case (patterns of a
    spaced language ignore case), and for white space or a hyphen any white space (a space
    matches a run of white space; callers let a hyphen match one: quatre-vingt, quatre vingt)."""
    return " " if c.isspace() or c == "-" else c.upper().casefold()


def _folded(word: str) -> str:
    """A word as any text it matches reads with case and white space folded."""
    return "".join(_twins(c) for c in re.sub(r"[\s-]+", " ", word))


def _tree(words: list[str]) -> str:
    """The alternation of `words` (longest first; "" among them: the empty word) as a prefix
    tree. Branches on letters that are no twins never match at one place, so their order
    does not matter, and the longer word of one branch is tried first. Twins (Euro, euro)
    may both match at one place: their branches keep the flat longest-first order among
    themselves unless no word of one reads as the start of a word of the other (PKR, per cent)."""
    ends = "" in words
    by_twin: dict[str, dict[str, list[str]]] = {}
    for word in words:
        if word:
            by_twin.setdefault(_twins(word[0]), {}).setdefault(word[0], []).append(word)
    branches = []
    for by_first in by_twin.values():
        if len(by_first) > 1 and _overlap(list(by_first.values())):
            flat = sorted((w for ws in by_first.values() for w in ws), key=lambda w: (-len(w), w))
            branches += [_escape(w) for w in flat]
        else:
            branches += [_escape(first) + _tree([w[1:] for w in ws]) for first, ws in by_first.items()]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


def _overlap(groups: list[list[str]]) -> bool:
    """Whether a word of one group and a word of another may match at one place: folded,
    one starts the other."""
    folded = [[_folded(w) for w in group] for group in groups]
    return any(
        u.startswith(v) or v.startswith(u)
        for i, us in enumerate(folded) for vs in folded[i + 1 :] for u in us for v in vs
    )


@dataclass(frozen=True)
class Currency:
    """A currency as written: its ISO 4217 code and how many currency units one of it is."""

    iso: str
    scale: Decimal = Decimal(1)  # 美分 / cents: 0.01 of the currency unit


@dataclass(frozen=True)
class LayoutRules:
    """How a language's reports lay out their structure, as line-level regexes.

    chapter:   a line that is a chapter heading (第二章, Chapter II, II. Work of the Organization);
               the next heading-like line is the chapter's title when the line has none
               (group `title`). Group `numeral` holds a chapter word's Roman numeral;
               group `roman` a bare Roman numeral, which for I, V, X, L, C, D may also be
               a section's letter (the segmenter tells them apart by the sequence).
    section:   a lettered section heading on one line (A. 促进…, B. Maintenance of…).
    sentence_end: characters that end a sentence; a line ending in one closes its unit.
    max_heading_chars: a line longer than this is body text, never a heading or title.
    session_symbol: the front matter's session and supplement wording, with named groups
               `session` and `supplement`, from which the symbol is derived, and `printed`,
               the session as the cover prints it (Eightieth session, 第八十届会议).
    symbol_template: how session and supplement make a symbol.
    number_stops: the marks after a paragraph number ("18." in most languages; "18 -" in
               Arabic).

    `session_symbol` is searched in the whole text of a document that gives
    no symbol in its front matter, so it must run in time linear in the text: every
    repetition bounded or anchored after a boundary (a run of letters is tried from its
    start only, never from each letter of it).
    date:      a date as the first page prints it, with named groups `dd` (the day), `mon`
               (the month: a key of `months`, lower case, or digits) and `yyyy` (the year).
    months:    month names (lower case) → 1–12.
    session:   the first page's session line (Eightieth session, 第八十届会议).
    agenda:    the first page's agenda-item line (Item 23 (a) of the preliminary list).
    part:      the heading of a part with numbering of its own (Annex I, Enclosure, Part two,
               Draft decision), matched case-blind, with named groups `label` (what the
               `part` column keeps) and `title` (any words after it on the line).
    not_found: the notice a document archive serves in place of a missing document (the
               ODS "document you are looking for does not exist" page).
    exhibit:   a table's or chart's caption line (Table 1, Figure IV, 表 2): it, its title
               and the chart's labels under it are set aside with the exhibit.
    exhibit_note: a note under a table or chart (Source:, Note:): set aside with it.
    contents:  a table of contents' heading line (Contents), matched case-blind: the lines
               after it on its page, up to main text, are its entries, set aside and
               counted (an entry is never a part's heading nor a paragraph).
    sub_heading: a lettered sub-heading's or list item's label ("(a) Financing", "(iv) Trade"),
               with groups `label` (a, iv) and `title` at its first word: the level under a
               numbered sub-heading ("2. …"), whose units carry both ("2. Implementation of
               themes / (a) Financing").
    list_opener: marks ending a paragraph's line before its list's first item ("to: (a) …").
    list_separator: marks ending a list item before the next ("…; (b) …").
    """

    chapter: str
    section: str
    sentence_end: str
    max_heading_chars: int
    session_symbol: str
    symbol_template: str = "A/{session}/{supplement}"
    # Look-alike characters that text extraction puts into headings (Cyrillic Н for H).
    confusables: Mapping[str, str] = field(default_factory=dict)
    # Digits split by a line wrap are one number (13 / 0 亿 → 130 亿): text without spaces.
    joins_wrapped_digits: bool = False
    number_stops: str = ".．"
    date: str = NOTHING
    months: Mapping[str, int] = field(default_factory=dict)
    session: str = NOTHING
    agenda: str = NOTHING
    not_found: str = NOTHING
    part: str = "(?P<label>(?!))(?P<title>)"
    exhibit: str = NOTHING
    exhibit_note: str = NOTHING
    contents: str = NOTHING
    sub_heading: str = r"\((?P<label>[a-z]{1,2}|[ivxlc]+)\)\s+(?P<title>\S)"
    list_opener: str = ":："
    list_separator: str = ";；؛"


@dataclass(frozen=True)
class NumeralRules:
    """Numerals written in words, and how they combine.

    digits:      a numeral word → its value (一 → 1, 两 → 2, 〇 → 0; five → 5).
    small_units: multipliers below the myriad (十 → 10, 百 → 100, 千 → 1000).
    magnitudes:  multipliers that close a group (万 → 10⁴, 亿 → 10⁸, million → 10⁶).
    decimal_points: words for the decimal point in a written-out numeral (点, 點).
    ordinals:    ordinal words → value, where the front matter spells them (eightieth → 80).
    signs:       words or marks that make the number right after them negative (负, -).
    sign_guards: a sign is no sign right after one of these: 肩负 ("bears", a verb),
                 2020年-2024年 (a range dash after a year word).
    bound_digits: digit words that are also everyday words (陆 land, 伍 troop, 拾 pick up):
                 alone they are no numeral, only beside another numeral word (陆拾, 拾万).
    counting_digits: digit words that count but never spell a digit (两): not after the
                 decimal point (两百点两 is 200 and 2) and not in a digit-by-digit string.
    fraction_tails: words after a number that add a fraction to it (two and a half → 2.5).
    articles:    words that stand for one before a multiplier in a spaced language (a hundred,
                 a dozen, a million; half a million).
    connectives: words a numeral in words may hold that have no value of their own
                 (one hundred and twenty).
    decimal_mark: the mark between the whole and the fraction of a number in digits
                 (52.4; "," in French and Spanish: 22,2).
    group_separators: the marks that group thousands in digits (35 000, 35,000, 35 000;
                 "." in Spanish: 35.000). Never the decimal mark.
    lone_multipliers: small units and magnitudes that are a numeral by themselves, one of
                 them, in a spaced language (cent, mille, mil, тысяча, ألف; not "hundred").
    joined_connectives: connectives written joined to the numeral word after them
                 (Arabic و: مائة وعشرون, 120).
    short_decimal_marks: marks that group thousands before three digits but are the decimal
                 mark before any other number of last digits (Arabic texts write 24,3%, 1,5
                 مليون and 0,23456 beside 57.9 and 100,000).
    display_order_groups: digit groups split by a plain space are written in the order a
                 right-to-left line displays them (Arabic "000 31" shows, and means, 31 000:
                 the space does not bind the groups into one left-to-right run); a number whose
                 first group is short (40 000, 1 234 567) is in reading order.
    """

    digits: Mapping[str, int]
    small_units: Mapping[str, int]
    magnitudes: Mapping[str, int]
    decimal_points: tuple[str, ...] = ()
    ordinals: Mapping[str, int] = field(default_factory=dict)
    signs: tuple[str, ...] = ()
    sign_guards: tuple[str, ...] = ()
    bound_digits: tuple[str, ...] = ()
    counting_digits: tuple[str, ...] = ()
    fraction_tails: Mapping[str, Decimal] = field(default_factory=dict)  # and a half → 0.5
    articles: tuple[str, ...] = ()
    connectives: tuple[str, ...] = ()
    decimal_mark: str = "."
    group_separators: str = " ,\u00a0\u2009\u202f"  # space, comma, no-break and thin spaces
    lone_multipliers: tuple[str, ...] = ()
    joined_connectives: tuple[str, ...] = ()
    display_order_groups: bool = False
    short_decimal_marks: str = ""


@dataclass(frozen=True)
class FigureRules:
    """What makes a number a figure, and what kind, in one language.

    qualifiers_before / qualifiers_after: qualifier words before the number, and after the
        number or its unit (超过 → over, 多 → over as in 3 500 多个, 左右 → approx).
    qualifiers_between: words that sit between a number and its magnitude (1 700 多万).
    qualifier_guards: a qualifier word is not one when preceded by one of these (最近).
    currencies_before / currencies_after: currency words before or after the amount.
    percent_before / percent_after: percent markers before (百分之) or after (%) the number.
    fraction_marker: the word of "X 分之 Y" (Y/X as a share).
    ratio_marker: the word of "one in five" (a numeral in words, the word, a number: 1/5).
    share_words: words that are a share by themselves (一半 → 50).
    share_suffixes: a numeral followed by one of these is a share of ten (三成 → 30%),
        unless `share_suffix_guards` follows (成员).
    units: classifiers and measures that make a counted figure (个, 名, 公顷); longest first.
    year_unit: the word that marks a calendar year (年); with a four-digit number in
        `year_range` it makes a year, otherwise a duration count.
    range_joiners: words between the two ends of a range (至, -, to); a bare number before
        a joiner shares the percent sign of the number after it (87 to 92 per cent).
    vague_prefixes / vague_words: vague amounts (数百, 成千上万): value null.
    ordinal_prefixes: a number after one of these is an ordinal or a reference number
        (第四次, resolution 2254, paragraph 12), never a figure.
    unit_tails: words after a unit that add a fraction to the number (四年半 → 4.5 年).
    noun_modifiers: words between a numeral in words and its noun that let it count without
        a unit (五大机遇: the five great opportunities).
    slash_denominator: the largest denominator of a share written with a slash (1/3 → 33.3 %);
        0 where a slash between digits is a symbol, a date or a page (3/24).
    ordinal_guards: a reference prefix is none when preceded by one of these (代表 is
        "represent", not 表 "table").
    code_prefixes: prefixes joined by a hyphen that leave a number a number (post-2015),
        where a letter and a hyphen before digits otherwise make a code (COVID-19).
    non_figure_followers: a number followed by one of these is no figure (号 of a document
        number, 国集团 of a name, 世纪 of a century, 月/日 of a date).
    lexical_exclusions: words that contain a numeral but are no figure (一起, 之一, one of);
        a qualifier before one makes it a number again (more than one of them).
    list_joiners: words between the members of a coordinated list (和, 、, and, or). A
        reference noun governs every number of a list or range after it (paras. 28 and 29,
        第12至15段); a day or month after the last number makes every one a date (on 4 and
        18 March, 17至25日).
    list_separators: marks between list members that also separate clauses (","): a number
        after one is a member only where the list goes on or ends after it (paras. 3, 4 and
        7), not before its noun (post 31, 40 soldiers).
    non_figure_spans: regexes of stretches where no number is a figure, built from the
        language's words: times of day (下午3时15分, 6:15 p.m.), telephone numbers.
    month_words_before: a number right after one of these is a day (July 18).
    words_need_unit: a numeral in words is a figure only with a unit or magnitude after it
        (Chinese 一 is also a word); English "five countries" needs none.
    """

    qualifiers_before: Mapping[str, Qualifier]
    qualifiers_after: Mapping[str, Qualifier]
    qualifiers_between: Mapping[str, Qualifier]
    qualifier_guards: Mapping[str, tuple[str, ...]]
    currencies_before: Mapping[str, Currency]
    currencies_after: Mapping[str, Currency]
    percent_before: tuple[str, ...]
    percent_after: tuple[str, ...]
    fraction_marker: str
    share_words: Mapping[str, Decimal | int]
    share_suffixes: Mapping[str, int]
    share_suffix_guards: tuple[str, ...]
    units: tuple[str, ...]
    year_unit: str
    range_joiners: tuple[str, ...]
    vague_prefixes: tuple[str, ...]
    vague_words: tuple[str, ...]
    ordinal_prefixes: tuple[str, ...]
    non_figure_followers: tuple[str, ...]
    month_followers: tuple[str, ...]
    lexical_exclusions: tuple[str, ...]
    month_words_before: tuple[str, ...] = ()
    ratio_marker: str = ""
    words_need_unit: bool = True
    list_joiners: tuple[str, ...] = ()
    unit_tails: Mapping[str, Decimal] = field(default_factory=dict)
    noun_modifiers: tuple[str, ...] = ()
    slash_denominator: int = 0
    ordinal_guards: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    code_prefixes: tuple[str, ...] = ()
    list_separators: tuple[str, ...] = ()
    non_figure_spans: tuple[str, ...] = ()
    # Calendar years are no language's: a year word makes 1000–2199 a year, a bare number 1900–2100.
    year_range: tuple[int, int] = (1000, 2199)
    bare_year_range: tuple[int, int] = (1900, 2100)


@dataclass(frozen=True)
class SubjectRules:
    """How to find the counted noun after a figure (best effort).

    stop_words:  a subject phrase ends before one of these.
    linker:      the attributive particle: the head noun comes after it (的).
    max_chars:   how far after the figure the subject is looked for.
    noun_units:  units that name what they count (人): the subject if no other.
    joiners:     words that join two nouns of one subject (and), in a spaced language.
    phrase_marks: punctuation that ends a subject phrase.
    noun_tags:   part-of-speech tags (of the word segmenter, jieba's ICTCLAS set for
                 Chinese) that can be part of a noun phrase; a tag matches by its prefix.
    modifier_tags: tags of words that may open a noun phrase (adjectives, distinguishing
                 words: 特别政治任务, 非正式会议).
    conjunction_tags: tags of conjunctions that join two nouns of one subject; a phrase
                 never ends in one.
    list_conjunctions: conjunctions that close a subject instead (以及: "as well as").
    """

    stop_words: tuple[str, ...]
    linker: str
    max_chars: int = 24
    noun_units: tuple[str, ...] = ()
    joiners: tuple[str, ...] = ()
    phrase_marks: str = ""
    noun_tags: tuple[str, ...] = ()
    modifier_tags: tuple[str, ...] = ()
    conjunction_tags: tuple[str, ...] = ()
    list_conjunctions: tuple[str, ...] = ()


@dataclass(frozen=True)
class LanguageRules:
    """Everything the engines know of one language.

    script: regex class of the characters written without spaces between them (CJK); a
        space between two of them is a line-wrap artefact. NOTHING for spaced scripts.
    spaced: words are separated by spaces, so word lists match only as whole words.
    figures / subjects: None while the language has no figure rules yet.
    code_pages: the legacy encodings a text in this language may come in (Python codec
        names, tried in order when a file is not UTF-8): GB18030, Big5.
    common_characters: the language's commonest letters; a text decoded by one of its code
        pages is accepted only if it is written mostly in them (another code page's bytes
        decode to rare letters: mojibake).
    """

    lang: str
    layout: LayoutRules
    numerals: NumeralRules
    figures: FigureRules | None
    subjects: SubjectRules | None
    script: str
    spaced: bool = False
    code_pages: tuple[str, ...] = ()
    common_characters: str = ""
