"""Unicode facts every stage shares: scripts, superscript digits, the marks that end a
sentence or follow a paragraph number. Not language rules: these hold for any document
written in the script, whatever its language (the rules modules say which script theirs is).
"""

from __future__ import annotations

import re
from collections import Counter

# Code point ranges of the CJK scripts and their punctuation (written without word spaces).
CJK_RANGES = (
    (0x2E80, 0x2FDF),  # CJK radicals, Kangxi radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3100, 0x312F),  # Bopomofo
    (0x31C0, 0x31EF),  # CJK strokes
    (0x3400, 0x4DBF),  # CJK unified ideographs extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half- and fullwidth forms
    (0x20000, 0x3FFFF),  # CJK unified ideographs extensions B onwards
)
IDEOGRAPH_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3FFFF))
CJK_CLASS = "[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in CJK_RANGES) + "]"
CJK = re.compile(CJK_CLASS)

# The letters of each script a UN document is written in, as regex classes.
SCRIPT_CLASSES: dict[str, str] = {
    "han": "[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in IDEOGRAPH_RANGES) + "]",
    "latin": r"[A-Za-z\u00c0-\u024f]",
    "cyrillic": r"[\u0400-\u04ff]",
    "arabic": r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]",
}
_SCRIPT_RUNS = {name: re.compile(cls + "+") for name, cls in SCRIPT_CLASSES.items()}

# CJK Radicals Supplement → the unified ideograph each one stands for (from Unicode's
# EquivalentUnifiedIdeograph.txt; NFKC does not cover this block).
RADICALS_SUPPLEMENT = {
    "⺀": "冫", "⺁": "厂", "⺃": "乚", "⺅": "亻", "⺇": "几", "⺈": "刀", "⺊": "卜", "⺋": "卩",
    "⺌": "小", "⺍": "小", "⺎": "兀", "⺏": "尣", "⺐": "尢", "⺑": "尣", "⺒": "巳", "⺓": "幺",
    "⺔": "彐", "⺖": "忄", "⺗": "心", "⺘": "扌", "⺙": "攵", "⺛": "旡", "⺝": "月", "⺞": "歺",
    "⺟": "母", "⺠": "民", "⺡": "氵", "⺢": "氺", "⺣": "灬", "⺤": "爫", "⺥": "爫", "⺦": "丬",
    "⺧": "牛", "⺨": "犭", "⺩": "王", "⺪": "疋", "⺫": "目", "⺬": "示", "⺭": "礻", "⺮": "竹",
    "⺯": "糸", "⺰": "纟", "⺱": "网", "⺲": "罒", "⺳": "冈", "⺴": "网", "⺵": "网", "⺶": "羊",
    "⺷": "羊", "⺸": "羊", "⺹": "耂", "⺺": "肀", "⺻": "聿", "⺼": "月", "⺽": "臼", "⺾": "艹",
    "⺿": "艹", "⻀": "艹", "⻁": "虎", "⻂": "衤", "⻃": "襾", "⻄": "西", "⻅": "见", "⻆": "角",
    "⻇": "角", "⻈": "讠", "⻉": "贝", "⻊": "足", "⻋": "车", "⻌": "辶", "⻍": "辶", "⻎": "辶",
    "⻏": "阝", "⻐": "钅", "⻑": "長", "⻒": "镸", "⻓": "长", "⻔": "门", "⻕": "阝", "⻖": "阝",
    "⻗": "雨", "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞", "⻝": "食", "⻞": "食",
    "⻟": "食", "⻠": "饣", "⻡": "首", "⻢": "马", "⻣": "骨", "⻤": "鬼", "⻥": "鱼", "⻦": "鸟",
    "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻫": "斉", "⻬": "齐", "⻭": "歯", "⻮": "齿",
    "⻯": "竜", "⻰": "龙", "⻱": "龜", "⻲": "亀", "⻳": "龟",
}
# Kangxi radicals (U+2F00–U+2FD5) fold under NFKC; deprecated angle brackets under NFC.
NFKC_LOOKALIKES = "[\u2f00-\u2fdf\u2329\u232a]"

# Full-width digits and signs map one-for-one to ASCII, so offsets survive the mapping.
FULL_WIDTH = str.maketrans(
    {0xFF10 + d: 0x30 + d for d in range(10)} | {0xFF0E: ord("."), 0xFF05: ord("%"), 0xFF0B: ord("+"), 0xFF0D: ord("-")}
)
# Arabic-Indic (٠–٩) and Persian (۰–۹) digits, the Arabic decimal separator ٫, thousands
# separator ٬ and percent sign ٪, also one for one.
ARABIC_DIGITS = str.maketrans(
    {0x0660 + d: 0x30 + d for d in range(10)} | {0x06F0 + d: 0x30 + d for d in range(10)}
    | {0x066B: ord("."), 0x066C: ord(","), 0x066A: ord("%")}
)
DIGIT_FOLD = FULL_WIDTH | ARABIC_DIGITS
FULL_WIDTH_DIGIT = "[\uff10-\uff19]"
FULL_WIDTH_COMMA = "\uff0c"

# Letters of any script (a word boundary in a spaced language), and the basic Latin letters
# that codes, symbols and versions are written in, in every language (A/80/1, G20, COVID-19).
# Combining marks (Unicode category Mn: accents written apart, the Arabic short vowels and
# shadda of ستُعقدان or مليونَي) are part of the word they sit in, never a boundary.
COMBINING_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
LETTER = rf"(?:[^\W\d_]|[{COMBINING_MARKS}])"
CODE_LETTERS = "A-Za-z"  # inside a character class
CODE_LETTER = f"[{CODE_LETTERS}]"

# Arabic presentation forms: a letter's shape at the start, middle or end of a word, or a
# ligature (ﻻ), as simple PDF producers write them; NFKC folds each to its letters.
PRESENTATION_FORM_RANGES = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def is_presentation_form(char: str) -> bool:
    code = ord(char)
    return any(lo <= code <= hi for lo, hi in PRESENTATION_FORM_RANGES)


SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
TO_SUPERSCRIPT = str.maketrans("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾")
FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")

# The marks after a paragraph number ("18." or "18．") and the number itself.
NUMBER_STOPS = ".．"
# Documents in Arabic script number their paragraphs with a dash: "1 - …".
DASH_NUMBER_STOPS = "-–"
PARAGRAPH_NUMBER_DIGITS = 3  # UN paragraphs are numbered 1 … 999
PARAGRAPH_NUMBER = rf"(?P<number>\d{{1,{PARAGRAPH_NUMBER_DIGITS}}})\s*[{NUMBER_STOPS}](?!\d)"
NUMBERED_LINE = re.compile(rf"^{PARAGRAPH_NUMBER}\s*(?P<text>\S.*)$")


def numbered_line(stops: str = NUMBER_STOPS) -> re.Pattern[str]:
    """A line that opens with a paragraph number and one of `stops` ("18." or "18 -")."""
    number = rf"(?P<number>\d{{1,{PARAGRAPH_NUMBER_DIGITS}}})\s*[{re.escape(stops)}](?!\d)"
    return re.compile(rf"^{number}\s*(?P<text>\S.*)$")

OPENING_BRACKETS = "([\uff08"  # ( [ and the full-width （
CLOSING_BRACKETS = ")]\uff09"
HYPHENS = "-\u2010"  # hyphen-minus, hyphen: what breaks or compounds a word across lines
FULL_STOPS = ".!?。！？．"  # end a sentence, in Latin and CJK text
CLOSING_MARKS = "\"')]”’」』》〉）】"  # may follow a sentence's full stop: 。” or .)


def is_cjk(char: str) -> bool:
    """Whether a character belongs to a CJK script (no word spaces around it)."""
    code = ord(char)
    return code >= CJK_RANGES[0][0] and any(lo <= code <= hi for lo, hi in CJK_RANGES)


def script_counts(text: str) -> Counter[str]:
    """How many letters of each script `text` holds (han, latin, cyrillic, arabic), counted by
    runs: a list of every ideograph of a sample (a string each) took 1.6 MB for 20 000."""
    return Counter({name: sum(m.end() - m.start() for m in runs.finditer(text)) for name, runs in _SCRIPT_RUNS.items()})

# Cyrillic letters that text extraction puts in place of their Latin look-alikes (a section
# letter Н for H); folded back in headings of documents in a Latin-lettered language.
CYRILLIC_LOOKALIKES = {"А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "К": "K", "М": "M"}
