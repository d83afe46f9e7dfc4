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
_SCRIPTS = {name: re.compile(cls) for name, cls in SCRIPT_CLASSES.items()}

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
TO_SUPERSCRIPT = str.maketrans("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾")
FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")

# The marks after a paragraph number ("18." or "18．") and the number itself.
NUMBER_STOPS = ".．"
PARAGRAPH_NUMBER_DIGITS = 3  # UN paragraphs are numbered 1 … 999
PARAGRAPH_NUMBER = rf"(?P<number>\d{{1,{PARAGRAPH_NUMBER_DIGITS}}})\s*[{NUMBER_STOPS}](?!\d)"
NUMBERED_LINE = re.compile(rf"^{PARAGRAPH_NUMBER}\s*(?P<text>\S.*)$")

FULL_STOPS = ".!?。！？．"  # end a sentence, in Latin and CJK text
CLOSING_MARKS = "\"')]”’」』》〉）】"  # may follow a sentence's full stop: 。” or .)


def is_cjk(char: str) -> bool:
    """Whether a character belongs to a CJK script (no word spaces around it)."""
    code = ord(char)
    return code >= CJK_RANGES[0][0] and any(lo <= code <= hi for lo, hi in CJK_RANGES)


def script_counts(text: str) -> Counter[str]:
    """How many letters of each script `text` holds (han, latin, cyrillic, arabic)."""
    return Counter({name: len(pattern.findall(text)) for name, pattern in _SCRIPTS.items()})
