"""Code points that text extraction puts in place of ordinary characters.

PDF producers (Skia in browsers, some Word fonts) map ideographs to the look-alike CJK
radicals (⼀ U+2F00 for 一, ⻓ U+2ED3 for 长) and angle brackets to the deprecated
U+2329/U+232A. Both ingest paths fold them back, so 第⼀章 reads as 第一章.
"""

from __future__ import annotations

import re
import unicodedata

from un_report.script import NFKC_LOOKALIKES, RADICALS_SUPPLEMENT

_SUPPLEMENT = str.maketrans(RADICALS_SUPPLEMENT)
_NORMALISE = re.compile(NFKC_LOOKALIKES)


def fix_codepoints(text: str) -> str:
    """`text` with radical look-alikes and deprecated brackets as the ordinary characters.

    Every replacement is one character for one, so offsets and per-character boxes hold.
    """
    text = text.translate(_SUPPLEMENT)
    if _NORMALISE.search(text):
        text = _NORMALISE.sub(lambda m: unicodedata.normalize("NFKC", m.group(0))[:1], text)
    return text
