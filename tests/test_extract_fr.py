"""French figure extraction, one row per case, grouped by where the case came from.

Each row: a sentence → the figures expected in it, as (kind, value, unit, qualifier, text).
The wording is that of UN French texts (reports, resolutions, letters).
"""

from __future__ import annotations

from tests.figure_rows import Row, numeral_test, row_test

# Numbers in digits: decimal comma, groups of three by a space or a (narrow) no-break space.
DIGITS: list[Row] = [
    ("soit 22,2 % des postes", [("percent", 22.2, "%", "exact", "22,2 %")]),
    ("1 234 567 personnes", [("count", 1_234_567, "", "exact", "1 234 567")]),
    ("35\u202f000 membres du personnel", [("count", 35_000, "", "exact", "35\u202f000")]),
    ("100\u00a0000 naissances", [("count", 100_000, "", "exact", "100\u00a0000")]),
    ("1,5 million de personnes", [("count", 1_500_000, "", "exact", "1,5 million")]),
    ("52,4 pour cent des femmes", [("percent", 52.4, "%", "exact", "52,4 pour cent")]),
    ("une hausse de 2,5 points de pourcentage", [("percent", 2.5, "%", "exact", "2,5 points de pourcentage")]),
]

# Magnitudes, money, qualifiers.
AMOUNTS: list[Row] = [
    ("plus de 116 millions de personnes", [("count", 116_000_000, "", "over", "plus de 116 millions")]),
    ("13 milliards de dollars", [("money", 13_000_000_000, "USD", "exact", "13 milliards de dollars")]),
    ("2,5 millions de dollars des États-Unis", [("money", 2_500_000, "USD", "exact", "2,5 millions de dollars des États-Unis")]),
    ("un montant de 300 000 dollars", [("money", 300_000, "USD", "exact", "300 000 dollars")]),
    ("20 millions d'euros", [("money", 20_000_000, "EUR", "exact", "20 millions d'euros")]),
    ("près de 2 400 déclarations", [("count", 2400, "", "approx", "près de 2 400")]),
    ("environ 40 missions", [("count", 40, "", "approx", "environ 40")]),
    ("moins de 27 % des sièges", [("percent", 27, "%", "under", "moins de 27 %")]),
    ("au moins 373 personnes", [("count", 373, "", "over", "au moins 373")]),
    ("241 000 hectares de terres", [("count", 241_000, "hectares", "exact", "241 000 hectares")]),
    ("pendant cinq ans", [("count", 5, "ans", "exact", "cinq ans")]),
    ("de 87 à 92 %", [("percent", 87, "%", "exact", "87"), ("percent", 92, "%", "exact", "92 %")]),
    ("la moitié de la population", [("percent", 50, "%", "exact", "moitié")]),
    ("plus de la moitié des pays", [("percent", 50, "%", "over", "plus de la moitié")]),
    ("plus d'un tiers des pays", [("percent", 33.333333, "%", "over", "plus d'un tiers")]),
    ("deux tiers des États Membres", [("percent", 66.666667, "%", "exact", "deux tiers")]),
    ("des centaines de personnes", [("count", None, "", "exact", "des centaines")]),
]

# Numerals in words, with "et", hyphens, cent(s), mille, millions.
WORDS: list[Row] = [
    ("cent vingt pays", [("count", 120, "", "exact", "cent vingt")]),
    ("quatre-vingt-dix observateurs", [("count", 90, "", "exact", "quatre-vingt-dix")]),
    ("soixante et onze États", [("count", 71, "", "exact", "soixante et onze")]),
    ("vingt et une femmes", [("count", 21, "", "exact", "vingt et une")]),
    ("deux cents soldats", [("count", 200, "", "exact", "deux cents")]),
    ("trois millions de réfugiés", [("count", 3_000_000, "", "exact", "trois millions")]),
    ("mille participants", [("count", 1000, "", "exact", "mille")]),
    ("deux mille cinq cents réfugiés", [("count", 2500, "", "exact", "deux mille cinq cents")]),
    ("un million de personnes", [("count", 1_000_000, "", "exact", "un million")]),
]

# Never figures in French.
NOT_FIGURES: list[Row] = [
    ("un programme de formation", []),  # the article, not the number
    ("une réunion du Conseil", []),
    ("l'un des pays les plus touchés", []),
    ("la soixante-dixième session", []),
    ("Quatre-vingtième session", []),
    ("la résolution 2254 (2015) du Conseil", [("year", 2015, "", "exact", "2015")]),
    ("la résolution 79/128", []),
    ("le document A/80/1", []),
    ("la 7502e séance", []),
    ("le 1er janvier 2015", [("year", 2015, "", "exact", "2015")]),
    ("le 18 juillet 2025", [("year", 2025, "", "exact", "2025")]),
    ("au paragraphe 12 du rapport", []),
    ("l'article 3 de la Charte", []),
    ("le Groupe des 77", []),
    ("le jeudi 8 janvier 2015, à 15 heures", [("year", 2015, "", "exact", "2015")]),  # a time of day
    ("de 10 h 30 à midi", []),
    ("(voir par. 28 et 29 ci-dessous)", []),  # a reference noun governs its list
    ("les 21 et 22 novembre 2011", [("year", 2011, "", "exact", "2011")]),
    ("ont signé les Protocoles 1, 2 et 3", []),
    ("récapitulé aux tableaux 9 et 10", []),
    ("le programme de développement pour l'après-2015", [("year", 2015, "", "exact", "2015")]),
]

# A duration in hours stays a figure.
AMOUNTS.append(("pendant 48 heures", [("count", 48, "heures", "exact", "48 heures")]))

PARSED: list[tuple[str, int]] = [
    ("vingt-deux", 22), ("vingt et un", 21), ("soixante-dix-sept", 77), ("quatre-vingts", 80),
    ("quatre-vingt-dix-neuf", 99), ("cent vingt", 120), ("deux cent cinquante", 250),
    ("deux mille", 2000), ("trois millions", 3_000_000), ("mille deux cents", 1200),
    ("deux-cent-vingt-et-un", 221),
]

# Found by comparing the French and English UN sentences (scripts/agreement.py --langs fr en).
FROM_UN_SENTENCES: list[Row] = [
    ("les objectifs de développement durable au-delà de 2015", [("year", 2015, "", "exact", "2015")]),
    ("le seuil de la majorité des deux tiers requise", [("percent", 66.666667, "%", "exact", "deux tiers")]),
    ("plus d'un millier d'organisations", [("count", 1000, "", "over", "plus d'un millier")]),
    ("des milliers de personnes", [("count", None, "", "exact", "des milliers")]),
    ("marié à un étranger (p. 31).", []),
    ("le cadre stratégique pour la période 20182019", [("year", 2018, "", "exact", "2018"), ("year", 2019, "", "exact", "2019")]),
]

test_digits = row_test("fr", DIGITS)

test_amounts = row_test("fr", AMOUNTS)

test_numerals_in_words = row_test("fr", WORDS)

test_not_figures = row_test("fr", NOT_FIGURES)

test_un_sentences = row_test("fr", FROM_UN_SENTENCES)

test_numeral_values = numeral_test("fr", PARSED)
