"""Which of the UN's six languages a text is written in: by script, then by common words.

A Chinese text quotes Latin names and English a few ideographs, so the script is the one
that holds the most letters, an ideograph counting as a word's worth of letters. Between
languages of one script (English, French, Spanish) the commonest function words decide.
"""

from __future__ import annotations

import re
from collections import Counter

from un_report.rules.profiles import PROFILES
from un_report.script import script_counts

SAMPLE_CHARS = 20_000  # enough text to be sure, little enough to be quick
LETTERS_PER_IDEOGRAPH = 4  # an ideograph is a word: weigh it like a short Latin word
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of `text`'s language, or None when it has no letters."""
    sample = text[:SAMPLE_CHARS]
    counts = script_counts(sample)
    counts["han"] *= LETTERS_PER_IDEOGRAPH
    script, letters = max(counts.items(), key=lambda item: item[1])
    if not letters:
        return None
    candidates = [code for code, p in PROFILES.items() if p.script == script]
    if len(candidates) == 1:
        return candidates[0]
    words = Counter(w.lower() for w in _WORD.findall(sample))
    return max(candidates, key=lambda code: sum(words[w] for w in PROFILES[code].common_words))
