"""Which of the UN's six languages a text is written in: by script, then by common words.

A Chinese text quotes Latin names and English a few ideographs, so the script is the one
that holds the most letters, an ideograph counting as a word's worth of letters. Between
languages of one script (English, French, Spanish) the commonest function words decide.

A PDF's masthead may name its edition's language on a line of its own ("English" above
"Original: Arabic"; "Русский" or "Russian" above "Original: English"): that names the
edition even where most of its pages are in another language (an annex circulated in the
language of submission only). A masthead naming no edition states the original ("Original:
English"): that is the edition's language where page 1's own text agrees.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from un_report.rules.profiles import ORIGINAL_COLONS, ORIGINAL_WORDS, PROFILES
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


def edition_language(masthead: Iterable[str]) -> str | None:
    """The language whose edition page 1's masthead names on a line of its own, or None."""
    names = _names()
    return next((names[t] for t in (text.strip().casefold() for text in masthead) if t in names), None)


def original_language(masthead: Iterable[str]) -> str | None:
    """The language page 1's masthead says the document was written in ("Original: English",
    "原文：中文"), or None. An edition that names no language of its own is that original."""
    names, words = _names(), {w.casefold() for w in ORIGINAL_WORDS}
    for text in masthead:
        for mark in ORIGINAL_COLONS:
            text = text.replace(mark, ":")
        head, colon, tail = text.rpartition(":")
        if colon and head.strip().casefold() in words and tail.strip().casefold() in names:
            return names[tail.strip().casefold()]
    return None


def _names() -> dict[str, str]:
    """Each language's names as a masthead prints them (English, its own), folded → its code."""
    return {name.casefold(): code for code, p in PROFILES.items() for name in (p.name, *p.edition)}
