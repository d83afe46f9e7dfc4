"""Facts the PDF reader looks up (not language rules): Unicode forms and font names."""

from __future__ import annotations

import re

# --- Unicode: scripts, superscript forms, hyphens, leaders, rules -----------------------
CJK_RANGES = (  # code point ranges of CJK scripts and their punctuation (no word spaces)
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
SUPERSCRIPTS = str.maketrans("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾")
SUPERSCRIPT_DIGITS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
HYPHENS = frozenset("-\u2010")  # hyphen-minus, hyphen
SOFT_HYPHEN = "\u00ad"
LEADER_GLYPHS = frozenset(".·…‧․")  # dot leaders of a table of contents
MARKER_PUNCT = frozenset(".)")  # dropped after a footnote number printed as "1." or "1)"
COLLAPSIBLE_SPACE = frozenset(" \t")  # runs of these become one space; U+202F etc. stay
LIGATURES = range(0xFB00, 0xFB07)  # ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ, expanded to their letters
RULE_GLYPHS = frozenset("_‗─━—―")  # a line made only of these is a drawn rule
FULL_STOPS = frozenset(".!?。！？．")  # end a sentence, in Latin and CJK text
CLOSING_MARKS = frozenset("\"')]”’」』》〉）】")  # may follow a sentence's full stop: 。” or .)
NUMBER_STOPS = frozenset(".．")  # after a paragraph number: "18." or "18．"

# --- Font names ---------------------------------------------------------------------------
SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")  # "ABCDEF+Times-Bold": an embedded subset
BOLD_MARKERS = ("bold", "heavy", "black", "semibold", "demi")  # in a font's name
ITALIC_MARKERS = ("italic", "oblique")
BARCODE_FONT_MARKERS = ("barcode", "3of9", "code39", "code128", "ean13", "upc")
