"""The peer's French test cases (Recognizers-Text NumberModel, PercentModel, CurrencyModel,
DimensionModel) as test rows, one per case; how they are compared: tests/peer_runner.py.
Out of scope: non-strict xfail rows whose id and reason say why."""

from __future__ import annotations

from tests.conftest import PEER_SPECS
from tests.peer_runner import OutOfScope, Runner, interface, model_test, peer_texts
from un_report.rules.fr import MEASURE_UNITS

PEER_DIR = PEER_SPECS / "French"
RUN = Runner("fr", MEASURE_UNITS)

_SMALL = r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)"

OUT_OF_SCOPE: list[OutOfScope] = [
    OutOfScope("article-as-one", peer_texts(r"^(?:un|une)(?:\s+\w+)?$"),
               "un, une read as the number one: in reports they are mostly the article (un programme); "
               "GUIDELINES.md makes 'one' as an article optional, and we read un/une only inside a numeral "
               "(vingt et un, un million)"),
    OutOfScope("ordinal-fraction", peer_texts(r"i[eè]mes?\b|\bdemi\b(?!-million)"),
               "a fraction with an ordinal denominator or 'demi' (un cinquieme, trois huitiemes, un "
               "vingt-cinquieme, un demi): reports print such shares as percentages; the simple shares "
               "(la moitié, un tiers, trois quarts) are in scope"),
    OutOfScope("fraction-sur", peer_texts(r"\ssur\s"),
               "'un sur trois' read as a fraction: in reports 'sur' joins a ratio of counts (un enfant "
               "sur cinq) or a place"),
    OutOfScope("mixed-number", peer_texts(rf"\set\s+(?:{_SMALL}\s+)?(?:demie?|tiers|quarts?|\w+i[eè]mes?)\b"),
               "a whole number and a fraction in words (cinq et un quart, 3 millions et demi, six millions "
               "et deux tiers): reports print 5,25 and 3,5 millions"),
    OutOfScope("digits-with-multiplier", r"\d\s*(?:cents?|mille|douzaines?)\b",
               "digits before cent, mille or douzaine (322 cent, 3 douzaines): reports write 32 200 and 36"),
    OutOfScope("si-suffix", r"\d\s*[kKgGmMbB]\b", "SI or trading suffix (10k, 2,33 k, 10G): reports spell out "
               "millions and milliards", ("NumberModel",)),
    OutOfScope("spelled-decimal", r"\bvirgule\b", "decimal spelled out (deux cent virgule trois): reports print 200,3"),
    OutOfScope("zero-word", r"\bz[ée]ro\b", "zéro as a number: in reports it names a goal (faim zéro)"),
    OutOfScope("point-grouping", r"\d\.\d{3}(?!\d)|\d,\s\d{3}",
               "thousands grouped by a point or a comma and a space (94.000 $, 80, 000): UN French groups by "
               "a (narrow) space and writes the decimal comma", ("CurrencyModel", "DimensionModel")),
    OutOfScope("two-unit-money", peer_texts(r"(?:dollars?|euros?)\s+(?:et\s+)?[\w-]+"),
               "an amount in two units (15 dollars et 15 cents, treize euros et quarante-cinq cents): "
               "retail prices", ("CurrencyModel",)),
    OutOfScope("obsolete-currency", peer_texts(r"\b(?:francs?|marks?|pesewas?)\b(?!\s+suisses?)"),
               "pre-euro and minor currencies (franc without its country, mark, pesewa): no report amount, "
               "no one ISO code", ("CurrencyModel",)),
    OutOfScope("dollar-letters", peer_texts(r"\$\s*(?:c|hk)$"),
               "a country's dollar by a letter after the sign (300 millions de $ c, $ hk): not UN French, "
               "which writes dollars canadiens or the ISO code", ("CurrencyModel",)),
    OutOfScope("non-report-unit",
               peer_texts(r"\b(?:pouces?|pieds?(?:\s+cubes)?|miles?|milles?|mi|barils?|gallons?|onces?|acres?|yards?|"
                          r"livres|microgrammes|ug|bits?|dm|ml|hectom[eè]tres?|d[ée]cam[eè]tres?|l)$|\d\s*(?:ml|l)\b"
                          r"|\bà l'heure$|a l'heure$|\d-\w+$|\w-tonnes$"),
               "imperial, laboratory and bare-letter units (pouces, livres, barils, ml, dm, 75 L), speeds, "
               "and units joined by a hyphen (2,5-km, trois-tonnes): UN reports measure in metric units "
               "written out or km, km², t", ("DimensionModel",)),
    OutOfScope("percentage-word", peer_texts(r"pourcentages?"),
               "'pourcentage' as the sign of a number (100 pourcentage, pourcentage de vingt): a percent is "
               "written % or pour cent", ("PercentModel",)),
    OutOfScope("percent-word-first", peer_texts(r"^pour\s*cents?\b"),
               "the number after 'pourcent des' (pourcent des trois cent cinq)", ("PercentModel",)),
]
KNOWN_FAILURES: dict[tuple[str, int], str] = {
    ("NumberModel", 267): "'un demi-million': a share joined to its multiplier by a hyphen is not read",
}


MODELS = ("NumberModel", "PercentModel", "CurrencyModel", "DimensionModel")
load, out_of_scope, compare = interface(RUN, PEER_DIR, OUT_OF_SCOPE)  # for scripts/peer_rate.py

test_number_model = model_test(RUN, PEER_DIR, "NumberModel", OUT_OF_SCOPE, KNOWN_FAILURES)
test_percent_model = model_test(RUN, PEER_DIR, "PercentModel", OUT_OF_SCOPE, KNOWN_FAILURES)
test_currency_model = model_test(RUN, PEER_DIR, "CurrencyModel", OUT_OF_SCOPE, KNOWN_FAILURES)
test_dimension_model = model_test(RUN, PEER_DIR, "DimensionModel", OUT_OF_SCOPE, KNOWN_FAILURES)
