"""The peer's Arabic test cases (Recognizers-Text NumberModel and PercentModel, the two it
has for Arabic) as test rows, one per case; how they are compared: tests/peer_runner.py.
Out of scope: non-strict xfail rows whose id and reason say why."""

from __future__ import annotations

import re

from tests.conftest import PEER_SPECS
from tests.peer_runner import OutOfScope, PeerCase, Runner, interface, model_test, peer_texts
from un_report.rules.ar import MEASURE_UNITS

PEER_DIR = PEER_SPECS / "Arabic"
RUN = Runner("ar", MEASURE_UNITS)

# Denominators of fractions in words beyond the simple shares (نصف, ثلث, ربع): fifths, eighths …
_FRACTION = r"(?:[أا]?خماس|خمس(?:ين)?|[أا]ثمان|ثمن|[أا]رباع|ثلثا?ن?|ثلثين|جزء|اجزاء|أجزاء|عشرونات)"

_MAGNITUDES = {"ألف": 10**3, "آلاف": 10**3, "مليون": 10**6, "ملايين": 10**6, "مليار": 10**9, "بليون": 10**9}


def _magnitude_arithmetic(case: PeerCase) -> bool:
    """The peer's value is no whole multiple of the magnitude its text ends with, though the
    text holds no decimal mark: ٣٢٢ ألف → 32200, اثني عشر مليار → 1.2 × 10⁹."""
    for e in case.expected:
        words = e.text.split()
        magnitude = _MAGNITUDES.get(words[-1]) if words else None
        if magnitude and e.value is not None and not re.search(r"[.,٫]", e.text) and e.value % magnitude:
            return True
    return False


OUT_OF_SCOPE: list[OutOfScope] = [
    OutOfScope("fraction-over", peer_texts(r"\s(?:على|من|في)\s"),
               "'واحد على ثلاثة', 'واحد من مائة', '1 في 21' read as a fraction: in reports على and من "
               "join a number to what it is of (واحد من البلدان: one of), never a share", ("NumberModel",)),
    OutOfScope("fraction-in-words", peer_texts(_FRACTION),
               "a fraction in words beyond a simple share (ثلاثة أخماس, خمسة أثمان, ثلثان, جزء من مئة): "
               "reports print such shares as percentages; نصف, ثلث, ربع are in scope"),
    OutOfScope("mixed-number", peer_texts(r"و\s*(?:نصف|ربع|ثلث)"),
               "a whole number and a fraction in words (واحد و نصف, خمسة وربع): reports print 1.5, 5.25"),
    OutOfScope("dozen", r"د[سز]ي?ن?[ةت]|دستات|دزينات|دزينتين", "dozens (دستة, دزينة): not report wording"),
    OutOfScope("spelled-decimal", r"فاصلة", "a decimal spelled out (مائتين فاصلة ثلاثة): reports print 200.03"),
    OutOfScope("zero-word", r"صفر", "zero in words (صفر): no report figure"),
    OutOfScope("arabic-comma-in-number", r"[\d٠-٩]،[\d٠-٩]",
               "the Arabic comma ، between digits (١،٢٣٤،٥٦٧, 12،220,13): in UN Arabic it separates "
               "the members of a list (2015، 2016), never groups or decimals (the ASCII comma does both: "
               "24,3%, 100,000)"),
    OutOfScope("digits-with-multiplier", r"[\d٠-٩]\s*(?:مائة|مئة)|[\d٠-٩]\s*آلاف\s*[\d٠-٩]",
               "digits before مائة, or digits and words mixed (٣ مئة و ٢١, 322 مائة): reports write 321, 32 200"),
    OutOfScope("diacritics", r"[\u064b-\u0652]", "numerals written with short-vowel marks (وواحدُ): not in UN "
               "typography"),
    OutOfScope("attached-preposition", peer_texts(r"^[بلك](?:ألف|مائة|مئة|مليون)"),
               "a numeral with a preposition joined to it (بألفين): read as a word of its own, not a numeral"),
    OutOfScope("bare-magnitude", peer_texts(r"^(?:ال)?(?:مائة|مئة|تريليون)$"),
               "a multiplier alone or with the article (المائة, تريليون): no figure"),
    OutOfScope("money-as-number", r"[\d٠-٩]\s*دولار",
               "the peer's number model leaves out an amount of money (10000دولار); we find it, and report "
               "it as money", ("NumberModel",)),
    OutOfScope("peer-magnitude-arithmetic", _magnitude_arithmetic,
               "the peer's own error: its value is no whole multiple of the magnitude its text ends "
               "with, the text holding no decimal (٣٢٢ ألف → 32200, اثني عشر مليار → 1200000000); "
               "we read 322000 and 12000000000"),
    OutOfScope("percent-word-first", peer_texts(r"^(?:نسبة|بالمائة)"),
               "a number after نسبة or بالمائة (نسبة ١٠, بالمائة 10): نسبة introduces a rate, whose percent "
               "word follows the number", ("PercentModel",)),
    OutOfScope("bidi-marks", r"[\u202a-\u202e\u2066-\u2069]",
               "directional formatting marks inside a number (25799\u202a,\u202a52): a text layer artefact"),
]
KNOWN_FAILURES: dict[tuple[str, int], str] = {
    ("NumberModel", 2): "a number touching the unit after it (١٨٠,٢٥ميلي لتر): the peer finds none, we read 180.25",
    ("NumberModel", 3): "a number touching the unit after it (١٨٠ميلي لتر): the peer finds none, we read 180",
    ("NumberModel", 4): "a number touching the letters after it (٢٩ك.ل.م.): the peer finds none, we read 29",
    ("NumberModel", 5): "a number touching the word after it (٤من): the peer finds none, we read 4",
    ("NumberModel", 97): "a number touching its magnitude (١مليون): the peer finds none, we read 1000000",
}


MODELS = ("NumberModel", "PercentModel")
load, out_of_scope, compare = interface(RUN, PEER_DIR, OUT_OF_SCOPE)  # for scripts/peer_rate.py

test_number_model = model_test(RUN, PEER_DIR, "NumberModel", OUT_OF_SCOPE, KNOWN_FAILURES)
test_percent_model = model_test(RUN, PEER_DIR, "PercentModel", OUT_OF_SCOPE, KNOWN_FAILURES)
