"""The peer's Spanish test cases (Recognizers-Text NumberModel, PercentModel, CurrencyModel,
DimensionModel) as test rows, one per case; how they are compared: tests/peer_runner.py.
Out of scope: non-strict xfail rows whose id and reason say why."""

from __future__ import annotations

from tests.conftest import PEER_SPECS
from tests.peer_runner import OutOfScope, Runner, interface, model_test, peer_texts
from un_report.rules.es import MEASURE_UNITS

PEER_DIR = PEER_SPECS / "Spanish"
RUN = Runner("es", MEASURE_UNITS)

OUT_OF_SCOPE: list[OutOfScope] = [
    OutOfScope("article-as-one", peer_texts(r"^(?:un|una|uno)(?:\s+[\w.]+)?$"),
               "un, una, uno read as the number one: in reports they are mostly the article or a pronoun "
               "(un programa, uno de los); GUIDELINES.md makes 'one' as an article optional, and we read "
               "them only inside a numeral (veintiún, un millón)"),
    OutOfScope("ordinal-fraction",
               peer_texts(r"(?:avos?|[ée]sim[oa]s?|octav[oa]s?|sext[oa]s?|s[ée]ptim[oa]s?|noven[oa]s?|\bmedi[oa]s?|quintas)\b"),
               "a fraction with an ordinal denominator (un octavo, cinco octavos, un centesimo, un "
               "veintiunavo, un medio): reports print such shares as percentages; the simple shares "
               "(la mitad, un tercio, tres cuartos, dos quintos) are in scope"),
    OutOfScope("compound-fraction",
               peer_texts(r"(?:veint\w*|treint\w*|cien\w*|mil\w*|mill\w*)\s+(?:[\w]+\s+)*(?:quintos|tercios|cuartos)$"),
               "an improper or compound fraction in words (veintitres quintos, ciento treinta quintos): reports "
               "print a number"),
    OutOfScope("fraction-sobre", peer_texts(r"\ssobre\s"),
               "'uno sobre tres' read as a fraction: not report wording"),
    OutOfScope("spelled-decimal", r"\b(?:coma|con)\b",
               "a decimal or a fraction after 'coma'/'con' (cuarenta y siete coma veintiocho, cinco con un "
               "cuarto, 25 euros con 50): reports print 47,28 and 5,25", ("NumberModel", "PercentModel", "CurrencyModel")),
    OutOfScope("digits-with-dozen", r"\d\s*docenas?|\bmedia\s+docena|\by\s+\w+\s+docenas|\b(?:dz|dozs)\b",
               "dozens after digits or with media/y (3 docenas, media docena, dos mil y cuatro docenas): reports "
               "write 36, 6, 2 048 (una docena, tres docenas are in scope)"),
    OutOfScope("english-decimal-point", r"\d\.\d{1,2}(?!\d)|\d\.\d{4,}|\d,\d{3}\.\d",
               "a decimal point or English grouping (5.00, 0.0638, 1,111.11): UN Spanish writes 0,0638 and "
               "1.111,11, a point groups thousands", ("NumberModel",)),
    OutOfScope("bare-magnitude", peer_texts(r"^(?:mill[oó]n|bill[oó]n)$"),
               "a magnitude alone as a number (millon, billon): reports write un millón"),
    OutOfScope("si-suffix", r"\d\s*[kKgGmMbB]\b", "SI or trading suffix (10k, 2,33 k, 10G): reports spell out "
               "millones", ("NumberModel",)),
    OutOfScope("fraction-percent", peer_texts(r"(?:quintos?|tercios?|cuartos?)\s+por\s+cient"),
               "a fraction of one per cent in words (tres quintos por ciento): reports print 0,6 %", ("PercentModel",)),
    OutOfScope("point-decimal", r"\$\s*\d+\.\d{2}(?!\d)",
               "a decimal point in a price ($5.00): UN Spanish writes the decimal comma", ("CurrencyModel",)),
    OutOfScope("two-unit-money", peer_texts(r"(?:d[oó]lares|euros)\s+(?:y|con)?\s*[\w-]+"),
               "an amount in two units (15 dolares y 15 centavos, trece euros y cuarenta y cinco céntimos): "
               "retail prices", ("CurrencyModel",)),
    OutOfScope("obsolete-currency", peer_texts(r"\b(?:francos?|marcos?|pesetas?|florin\w*)\b(?!\s+suizos?)"),
               "pre-euro currencies and a franc without its country: no report amount, no one ISO code",
               ("CurrencyModel",)),
    OutOfScope("non-report-unit",
               peer_texts(r"\b(?:pulgadas?|pies?(?:\s+c[uú]bicos)?|millas?|onzas?|acres?|galones|libras|bits?|cc|"
                          r"ml)$|\d\s*ml\b|por hora$|t\.m[ée]trica$"),
               "imperial, engine and laboratory units (pulgadas, millas, pies, galones, libras, cc, ml) and "
               "speeds: UN reports measure in metric units", ("DimensionModel",)),
]
KNOWN_FAILURES: dict[tuple[str, int], str] = {
    ("NumberModel", 35): "a numeral of 125 characters in words: longer than a figure is looked for after its "
    "first word (MAX_FIGURE_AFTER_ANCHOR)",
    ("PercentModel", 18): "the same numeral, before por ciento",
}


MODELS = ("NumberModel", "PercentModel", "CurrencyModel", "DimensionModel")
load, out_of_scope, compare = interface(RUN, PEER_DIR, OUT_OF_SCOPE)  # for scripts/peer_rate.py

test_number_model = model_test(RUN, PEER_DIR, "NumberModel", OUT_OF_SCOPE, KNOWN_FAILURES)
test_percent_model = model_test(RUN, PEER_DIR, "PercentModel", OUT_OF_SCOPE, KNOWN_FAILURES)
test_currency_model = model_test(RUN, PEER_DIR, "CurrencyModel", OUT_OF_SCOPE, KNOWN_FAILURES)
test_dimension_model = model_test(RUN, PEER_DIR, "DimensionModel", OUT_OF_SCOPE, KNOWN_FAILURES)
