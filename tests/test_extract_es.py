"""Spanish figure extraction, one row per case, grouped by where the case came from.

Each row: a sentence → the figures expected in it, as (kind, value, unit, qualifier, text).
The wording is that of UN Spanish texts (reports, resolutions, letters).
"""

from __future__ import annotations

from tests.figure_rows import Row, numeral_test, row_test

# Numbers in digits: a point or a space between groups, the decimal comma.
DIGITS: list[Row] = [
    ("casi 100.000 habitantes", [("count", 100_000, "", "approx", "casi 100.000")]),
    ("para 483.918 personas", [("count", 483_918, "", "exact", "483.918")]),
    ("el 22,5% de los puestos", [("percent", 22.5, "%", "exact", "22,5%")]),
    ("35 000 funcionarios", [("count", 35_000, "", "exact", "35 000")]),
    ("1,5 millones de personas", [("count", 1_500_000, "", "exact", "1,5 millones")]),
    ("el 52,4 por ciento", [("percent", 52.4, "%", "exact", "52,4 por ciento")]),
]

AMOUNTS: list[Row] = [
    ("más de 116 millones de personas", [("count", 116_000_000, "", "over", "más de 116 millones")]),
    ("13.000 millones de dólares", [("money", 13_000_000_000, "USD", "exact", "13.000 millones de dólares")]),
    ("35 mil millones de dólares", [("money", 35_000_000_000, "USD", "exact", "35 mil millones de dólares")]),
    ("2,5 millones de dólares de los Estados Unidos", [("money", 2_500_000, "USD", "exact", "2,5 millones de dólares de los Estados Unidos")]),
    ("20 millones de euros", [("money", 20_000_000, "EUR", "exact", "20 millones de euros")]),
    ("alrededor de 40 misiones", [("count", 40, "", "approx", "alrededor de 40")]),
    ("menos de 27% de los escaños", [("percent", 27, "%", "under", "menos de 27%")]),
    ("241.000 hectáreas de tierra", [("count", 241_000, "hectáreas", "exact", "241.000 hectáreas")]),
    ("durante cinco años", [("count", 5, "años", "exact", "cinco años")]),
    ("la mitad de la población", [("percent", 50, "%", "exact", "mitad")]),
    ("dos tercios de los Estados", [("percent", 66.666667, "%", "exact", "dos tercios")]),
    ("una cuarta parte de los fondos", [("percent", 25, "%", "exact", "una cuarta parte")]),
    ("miles de refugiados", [("count", None, "", "exact", "miles")]),
]

WORDS: list[Row] = [
    ("ciento veinte países", [("count", 120, "", "exact", "ciento veinte")]),
    ("doscientos soldados", [("count", 200, "", "exact", "doscientos")]),
    ("treinta y cinco Estados", [("count", 35, "", "exact", "treinta y cinco")]),
    ("veintiún países", [("count", 21, "", "exact", "veintiún")]),
    ("mil participantes", [("count", 1000, "", "exact", "mil")]),
    ("dos mil quinientos refugiados", [("count", 2500, "", "exact", "dos mil quinientos")]),
    ("tres millones de personas", [("count", 3_000_000, "", "exact", "tres millones")]),
    ("un millón de niños", [("count", 1_000_000, "", "exact", "un millón")]),
]

NOT_FIGURES: list[Row] = [
    ("un programa de capacitación", []),
    ("una reunión del Consejo", []),
    ("uno de los países más afectados", []),
    ("Septuagésimo período de sesiones", []),
    ("la 7502ª sesión", []),
    ("el 51º período de sesiones", []),
    ("la resolución 2254 (2015) del Consejo", [("year", 2015, "", "exact", "2015")]),
    ("el documento A/80/1", []),
    ("el 6 de marzo de 2015", [("year", 2015, "", "exact", "2015")]),
    ("el párrafo 12 del informe", []),
    ("el tema 68 del programa", []),
    ("el Grupo de los 77", []),
    ("el viernes 6 de marzo de 2015, a las 12.40 horas", [("year", 2015, "", "exact", "2015")]),
    ("(véanse los párrs. 28 y 29)", []),
    ("los días 21 y 22 de noviembre de 2011", [("year", 2011, "", "exact", "2011")]),
]

# "las" before a number is the article, not a time, unless "horas" follows.
AMOUNTS.append(("las 10 recomendaciones", [("count", 10, "", "exact", "10")]))

PARSED: list[tuple[str, int]] = [
    ("veintidós", 22), ("treinta y cinco", 35), ("ciento veinte", 120), ("doscientos cincuenta", 250),
    ("quinientas", 500), ("dos mil", 2000), ("mil millones", 10**9), ("dos mil millones", 2 * 10**9),
    ("tres millones", 3_000_000), ("cien mil", 100_000), ("novecientos noventa y nueve", 999),
]

# Found by comparing the Spanish and English UN sentences (scripts/agreement.py --langs es en).
FROM_UN_SENTENCES: list[Row] = [
    ("Véanse las respuestas a las medidas 38 y 40.", []),  # actions of a plan
    ("con arreglo a la medida 4 del plan de acción", []),
    ("Derecho internacional humanitario consuetudinario, normas 1 y 6", []),
    ("el plan adoptó 12 medidas", [("count", 12, "", "exact", "12")]),
    ("para el bienio 20142015", [("year", 2014, "", "exact", "2014"), ("year", 2015, "", "exact", "2015")]),
]

test_digits = row_test("es", DIGITS)

test_amounts = row_test("es", AMOUNTS)

test_numerals_in_words = row_test("es", WORDS)

test_not_figures = row_test("es", NOT_FIGURES)

test_un_sentences = row_test("es", FROM_UN_SENTENCES)

test_numeral_values = numeral_test("es", PARSED)
