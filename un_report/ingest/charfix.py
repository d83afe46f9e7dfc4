"""Code points that text extraction puts in place of ordinary characters.

PDF producers (Skia in browsers, some Word fonts) map ideographs to the look-alike CJK
radicals (⼀ U+2F00 for 一, ⻓ U+2ED3 for 长) and angle brackets to the deprecated
U+2329/U+232A. Both ingest paths fold them back, so 第⼀章 reads as 第一章.
"""

from __future__ import annotations

import re
import unicodedata

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
_SUPPLEMENT = str.maketrans(RADICALS_SUPPLEMENT)
# Kangxi radicals (U+2F00–U+2FD5) fold under NFKC; deprecated angle brackets under NFC.
_NORMALISE = re.compile("[\u2f00-\u2fdf\u2329\u232a]")


def fix_codepoints(text: str) -> str:
    """`text` with radical look-alikes and deprecated brackets as the ordinary characters.

    Every replacement is one character for one, so offsets and per-character boxes hold.
    """
    text = text.translate(_SUPPLEMENT)
    if _NORMALISE.search(text):
        text = _NORMALISE.sub(lambda m: unicodedata.normalize("NFKC", m.group(0))[:1], text)
    return text
