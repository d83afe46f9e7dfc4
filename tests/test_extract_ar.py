"""Arabic figure extraction, one row per case, grouped by where the case came from.

Each row: a sentence → the figures expected in it, as (kind, value, unit, qualifier, text).
The wording is that of UN Arabic texts (reports, resolutions, letters).
"""

from __future__ import annotations

from tests.figure_rows import Row, numeral_test, row_test

DIGITS: list[Row] = [
    ("بلغ 57.9 في المائة من البعثات", [("percent", 57.9, "%", "exact", "57.9 في المائة")]),
    ("211 حالة وفاة لكل 100000 من المواليد", [("count", 211, "", "exact", "211"), ("count", 100_000, "", "exact", "100000")]),
    # groups split by a space are typed in the order the line shows them: 000 31 reads 31 000
    ("إلى نحو 000 31 شخص", [("count", 31_000, "", "approx", "نحو 000 31")]),
    ("مجموع الميزانية 700 787 8 دولار", [("money", 8_787_700, "USD", "exact", "700 787 8 دولار")]),
    ("بمبلغ 680 151 دولارا", [("money", 151_680, "USD", "exact", "680 151 دولارا")]),
    # Arabic-Indic and Persian digits, the Arabic decimal separator and percent sign
    ("نحو ٠٠٠ ٣٥ موظف", [("count", 35_000, "", "approx", "نحو ٠٠٠ ٣٥")]),
    ("بنسبة ٢٢٫٥ في المائة", [("percent", 22.5, "%", "exact", "٢٢٫٥ في المائة")]),
    ("۱۲۰ بلدا", [("count", 120, "", "exact", "۱۲۰")]),
    ("٤٥٪ من المؤشرات", [("percent", 45, "%", "exact", "٤٥٪")]),
]

AMOUNTS: list[Row] = [
    ("أكثر من 116 مليون شخص", [("count", 116_000_000, "", "over", "أكثر من 116 مليون")]),
    ("4.8 ملايين دولار", [("money", 4_800_000, "USD", "exact", "4.8 ملايين دولار")]),
    ("13 مليار دولار", [("money", 13_000_000_000, "USD", "exact", "13 مليار دولار")]),
    ("1.5 مليون يورو", [("money", 1_500_000, "EUR", "exact", "1.5 مليون يورو")]),
    ("حوالي 40 بعثة", [("count", 40, "", "approx", "حوالي 40")]),
    ("أقل من 27 في المائة", [("percent", 27, "%", "under", "أقل من 27 في المائة")]),
    ("نحو 2400 بيان", [("count", 2400, "", "approx", "نحو 2400")]),
    ("قوة 23.5 ميغاوات", [("count", 23.5, "ميغاوات", "exact", "23.5 ميغاوات")]),
    ("مئات الأشخاص", [("count", None, "", "exact", "مئات")]),
]

WORDS: list[Row] = [
    ("مائة وعشرون بلدا", [("count", 120, "", "exact", "مائة وعشرون")]),
    ("خمسة وعشرون عضوا", [("count", 25, "", "exact", "خمسة وعشرون")]),
    ("ثلاثة آلاف شخص", [("count", 3000, "", "exact", "ثلاثة آلاف")]),
    ("خمس سنوات", [("count", 5, "سنوات", "exact", "خمس سنوات")]),
    ("بين شهر وثلاثة أشهر", [("count", 3, "أشهر", "exact", "وثلاثة أشهر")]),  # و joined to the numeral
    ("السنوات الخمس الماضية", [("count", 5, "", "exact", "الخمس")]),  # with the article
    # the dual: the noun itself says two
    ("عضوان من الدول المدرجة", [("count", 2, "", "exact", "عضوان")]),
    ("على مدى الشهرين الماضيين", [("count", 2, "", "exact", "الشهرين")]),
    ("زاره مرتين", []),  # twice: no count
]

NOT_FIGURES: list[Row] = [
    ("الدورة التاسعة والستون", []),
    ("الدورة السبعين", []),
    ("القرار 2254 (2015)", [("year", 2015, "", "exact", "2015")]),
    ("الوثيقة A/80/1", []),
    ("يوم الجمعة 6 آذار/مارس 2015", [("year", 2015, "", "exact", "2015")]),
    ("الفقرة 12 من التقرير", []),
    ("المادة 3 من الميثاق", []),
    ("مجموعة الـ 77", []),
    ("يوم الخميس 8 كانون الثاني/يناير 2015، الساعة 15:00", [("year", 2015, "", "exact", "2015")]),
    ("(انظر أيضا الفقرتين 28 و 29 أدناه)", []),
    ("عملا بالمادة 15 من النظام الداخلي", []),  # a reference noun with its joined particle
    ("قرار مجلس الأمن 1540 (2004)", [("year", 2004, "", "exact", "2004")]),
    ("ألف - الوضع الدستوري والسياسي", []),  # the letter A of a section heading
    ("الاجتماع السادس عشر", []),  # an ordinal teen
]

# Found by comparing the Arabic and English UN sentences (scripts/agreement.py --langs ar en):
# the decimal comma, display-order groups with decimals, teens with the article or a
# preposition, reference nouns in the dual and plural, footnote markers, short vowels.
FROM_UN_SENTENCES: list[Row] = [
    ("بلغت 24,3% في عام 2001", [("percent", 24.3, "%", "exact", "24,3%"), ("year", 2001, "", "exact", "2001")]),
    ("انخفض بنسبة 0,4 في المائة", [("percent", 0.4, "%", "exact", "0,4 في المائة")]),
    ("ساهمت بما يربو على 1,5 مليون يورو", [("money", 1_500_000, "EUR", "over", "يربو على 1,5 مليون يورو")]),
    ("بمبلغ 100,000 دولار", [("money", 100_000, "USD", "exact", "100,000 دولار")]),  # three digits: a group
    ("الأنصبة غير المسددة 731.5 1 مليون دولار", [("money", 1_731_500_000, "USD", "exact", "731.5 1 مليون دولار")]),
    ("الأعضاء الأربعة عشر المتبقين", [("count", 14, "", "exact", "الأربعة عشر")]),
    ("استخدام الحيز المكاني لخمسة عشر طابقاً", [("count", 15, "", "exact", "لخمسة عشر")]),
    ("ثلاثة أرباعها في شكل استثمار", [("percent", 75, "%", "exact", "ثلاثة أرباعها")]),
    ("في دورتيْها اللتين ستُعقدان تباعا", []),  # ست inside a word with short vowels
    ("البندان 132 و 17 (ج) من جدول الأعمال", []),
    ("في الجلستين 276 و 277", []),
    ("ويرد في الجدولين 9 و 10 موجز", []),
    ("المواد من 46 إلى 53", []),
    ("في موقعه الشبكي(3).", []),  # a footnote marker
    ("في أيلول/سبتمبر 2014(42).", [("year", 2014, "", "exact", "2014")]),
    ("من اليورانيوم-235", []),
    ("2-26 وعلاوة على ذلك، يسعى المكتب", []),  # a sub-paragraph number
    ("قراراته 2014 (2011)، و 2051 (2012)", [("year", 2011, "", "exact", "2011"), ("year", 2012, "", "exact", "2012")]),
    ("طوال نصف قرن تقريبا", []),
    ("مناقشة لمدة نصف يوم", []),
    # the dual of a feminine noun says two; with the article it is "both" as often as "the two"
    ("إلى مجموعتين محاصرتين", [("count", 2, "", "exact", "مجموعتين")]),
    ("وعضوان من دول أوروبا الغربية", [("count", 2, "", "exact", "وعضوان")]),
    ("التواصل بين المنظمتين", []),
    ("واستُضيف خلال العام مؤتمران رئيسيان", [("count", 2, "", "exact", "مؤتمران")]),  # a masculine dual
    ("من رئيسين مشاركين", [("count", 2, "", "exact", "رئيسين")]),
    ("يضم الفريق مستشارين من الدول", []),  # advisers: a plural, no dual
    ("الميزانية لفترة السنتين 2014-2015", [("year", 2014, "", "exact", "2014"), ("year", 2015, "", "exact", "2015")]),
    ("زهاء مليوني إنسان", [("count", 2_000_000, "", "approx", "زهاء مليوني")]),
    ("المساحة: 948.2 كيلومتراً مربعاً.", [("count", 948.2, "كيلومتراً مربعاً", "exact", "948.2 كيلومتراً مربعاً")]),
    ("قبل انعقاد المؤتمر بستة أشهر", [("count", 6, "أشهر", "exact", "بستة أشهر")]),
    ("نمت بمقدار 3.3 أضعاف", [("count", 3.3, "أضعاف", "exact", "3.3 أضعاف")]),
    ("1 ف-4، و 2 ف-3، و 4 من فئة الخدمة الميدانية", [("count", 1, "", "exact", "1"), ("count", 2, "", "exact", "2"), ("count", 4, "", "exact", "4")]),
    ("'4` تنفيذ التوصيات", []),  # a list number
    ("(6) يستند الالتزام الكمي", []),
    ("قرار اللجنة الاقتصادية 689 (د-35) المؤرخ", []),
    ("في موعد لا يقل عن ستة شهور", [("count", 6, "شهور", "over", "لا يقل عن ستة شهور")]),
]

PARSED: list[tuple[str, int]] = [
    ("خمسة وعشرون", 25), ("مائة وعشرون", 120), ("ثلاثمائة", 300), ("ثلاثة آلاف", 3000),
    ("ألف وخمسمائة", 1500), ("مليونان", 2_000_000),
]

test_digits = row_test("ar", DIGITS)

test_amounts = row_test("ar", AMOUNTS)

test_numerals_in_words = row_test("ar", WORDS)

test_not_figures = row_test("ar", NOT_FIGURES)

test_un_sentences = row_test("ar", FROM_UN_SENTENCES)

test_numeral_values = numeral_test("ar", PARSED)
