"""Arabic rule tables: layout, numerals in words, qualifiers, currencies, units and the
contexts where a number is no figure. The engines read these; adding a word is one line.

Arabic UN texts write numbers in digits, Western (211) or Arabic-Indic (٢١١, folded one
for one to ASCII by `numbers.ascii_view`), with 100 000 grouped by a space, the decimal
point or ٫, and percent as في المائة. Numerals in words put the units before the tens,
joined by و (خمسة وعشرون, 25) and change with the gender and case of the noun (ثلاثة,
ثلاث; عشرون, عشرين); every form is listed here.
"""

from __future__ import annotations

from decimal import Decimal

from un_report.rules.base import (
    NOTHING,
    Currency,
    FigureRules,
    LanguageRules,
    LayoutRules,
    NumeralRules,
    SubjectRules,
)

# Each unit with its masculine and feminine forms (and the spelling variants in use).
_UNITS: dict[int, tuple[str, ...]] = {
    1: ("واحد", "واحدة"),
    2: ("اثنان", "اثنين", "اثنتان", "اثنتين", "إثنان", "إثنين"),
    3: ("ثلاثة", "ثلاث"),
    4: ("أربعة", "أربع", "اربعة", "اربع"),
    5: ("خمسة", "خمس"),
    6: ("ستة", "ست"),
    7: ("سبعة", "سبع"),
    8: ("ثمانية", "ثماني", "ثمان"),
    9: ("تسعة", "تسع"),
}
_TENS: dict[int, tuple[str, ...]] = {
    20: ("عشرون", "عشرين"), 30: ("ثلاثون", "ثلاثين"), 40: ("أربعون", "أربعين", "اربعين"),
    50: ("خمسون", "خمسين"), 60: ("ستون", "ستين"), 70: ("سبعون", "سبعين"),
    80: ("ثمانون", "ثمانين"), 90: ("تسعون", "تسعين"),
}
_HUNDREDS: dict[int, tuple[str, ...]] = {
    100: ("مائة", "مئة"), 200: ("مائتان", "مائتين", "مئتان", "مئتين"),
    # ثلاثمائة, also written apart: ثلاث مائة
    **{100 * n: (f"{stem}مائة", f"{stem}مئة", f"{stem} مائة", f"{stem} مئة") for n, stem in
       {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثمان", 9: "تسع"}.items()},
}


def _teens() -> dict[str, int]:
    """أحد عشر … تسعة عشر: unit and ten in two words, both genders."""
    table = dict.fromkeys(("عشرة", "عشر"), 10)
    table |= dict.fromkeys(("أحد عشر", "إحدى عشرة", "احد عشر", "احدى عشرة"), 11)
    table |= dict.fromkeys(("اثنا عشر", "اثني عشر", "اثنتا عشرة", "اثنتي عشرة"), 12)
    for n in range(3, 10):
        for unit in _UNITS[n]:
            table[f"{unit} عشر"] = table[f"{unit} عشرة"] = 10 + n
    return table


def _digits() -> dict[str, int]:
    """واحد … تسعمائة: units, teens, tens, units joined to tens by و (خمسة وعشرون), hundreds;
    the units and teens also with the article (الثلاثة, الاثني عشر: "the three", "the twelve")."""
    table: dict[str, int] = {}
    for value, forms in {**_UNITS, **_TENS, **_HUNDREDS}.items():
        table.update(dict.fromkeys(forms, value))
    table |= _teens()
    table |= {"ال" + w: v for w, v in table.items() if 3 <= v <= 19 and not w.startswith(("أحد", "إحدى"))}
    table |= dict.fromkeys(("الاثنى عشر", "الاثني عشر", "الاثنا عشر", "الاثنتي عشرة", "الاثنتا عشرة"), 12)
    # with the conjunction و written joined to it: بين شهر وثلاثة أشهر (and three months)
    table |= {"و" + w: v for w, v in list(table.items()) if not w.startswith(("ال", "و"))}
    # with the prepositions ب and ل joined to it: لخمسة عشر طابقا (for fifteen floors), بستة
    # أشهر, وبثلاث; a form of two letters is left alone (لست is "you are not", not ل + ست)
    table |= {p + w: v for w, v in list(table.items()) for p in ("ب", "ل", "وب", "ول")
              if not w.startswith(("ال", "و")) and len(w.split()[0]) >= 3}
    for ten, tens in _TENS.items():
        for n, units in _UNITS.items():
            for unit in (*units, "أحد", "إحدى"):
                if unit in ("أحد", "إحدى") and n != 1:
                    continue
                for word in tens:
                    table[f"{unit} و{word}"] = table[f"{unit} و {word}"] = ten + n
    return table


_ORDINALS_BASE = {
    "الأول": 1, "الأولى": 1, "الثاني": 2, "الثانية": 2, "الثالث": 3, "الثالثة": 3,
    "الرابع": 4, "الرابعة": 4, "الخامس": 5, "الخامسة": 5, "السادس": 6, "السادسة": 6,
    "السابع": 7, "السابعة": 7, "الثامن": 8, "الثامنة": 8, "التاسع": 9, "التاسعة": 9,
    "العاشر": 10, "العاشرة": 10,
}
_ORDINAL_TENS = {20: ("العشرون", "العشرين"), 30: ("الثلاثون", "الثلاثين"),
                 40: ("الأربعون", "الأربعين"), 50: ("الخمسون", "الخمسين"),
                 60: ("الستون", "الستين"), 70: ("السبعون", "السبعين"),
                 80: ("الثمانون", "الثمانين"), 90: ("التسعون", "التسعين")}


def _ordinals() -> dict[str, int]:
    """الأولى … التاسعة والتسعون → 1 … 99, as session numbers are spelled (الدورة الثمانون)."""
    table = dict(_ORDINALS_BASE)
    for ten, words in _ORDINAL_TENS.items():
        for word in words:
            table[word] = ten
            table[f"الحادي و{word}"] = table[f"الحادية و{word}"] = ten + 1
            for unit, value in _ORDINALS_BASE.items():
                if 2 <= value <= 9:
                    table[f"{unit} و{word}"] = ten + value
    return table


def _ordinal_words() -> tuple[str, ...]:
    """Ordinals and their forms with a preposition or و before them (للدورة, والستون)."""
    words = [*_ordinals(), *(w for ws in _ORDINAL_TENS.values() for w in ws)]
    return tuple(words)


def _with_proclitics(words: tuple[str, ...]) -> tuple[str, ...]:
    """Each word also with the particles written joined to it: و (and), ب (by), ل (for),
    ف: بالمادة, للفقرة, والقرار, وبالفقرة (ل before ال drops the alif: للفقرة)."""
    out = list(words)
    for word in words:
        out += [f"{p}{word}" for p in ("و", "ب", "ف", "وب")]
        out += [f"{p}ل{word[2:]}" if word.startswith("ال") else f"{p}{word}" for p in ("ل", "ول")]
    return tuple(out)


LAYOUT = LayoutRules(
    chapter=r"^الفصل\s+(?:[IVXLC]+|ال\S+)\b\.?(?:\s+(?P<title>\S.*))?$",
    section=r"^(?P<letter>[A-Zأ-ي])\s*[-.–]\s+(?P<title>\S.*)$",
    sentence_end=".!?;:؟؛",
    max_heading_chars=120,
    # الدورة الثمانون … الملحق رقم 1
    session_symbol=(
        r"(?P<printed>الدورة\s+(?P<session>ال\S+(?:\s+وال\S+)?|\d+))\W+"
        r"الملحق\s+رقم\s*(?P<supplement>\d+)"
    ),
    number_stops="-–.",  # 1 - …
    # a table's or chart's caption, and a note under it: set aside with the exhibit
    exhibit=r"^(?:الجدول|الشكل|الرسم\s+البياني|الخريطة)\s+(?:[IVXLC]+|\d{1,3}|[٠-٩]{1,3})(?:\s+\S.*)?$",
    exhibit_note=r"^(?:المصدر|المصادر|ملاحظة|ملاحظات)\s*:",
    contents=r"^المحتويات$",
)

# Nouns in the dual: the word itself says "two of them" (عضوان, two members; الشهرين, the
# two months), like ألفان (two thousand). Read as a numeral of two; never مرتين (twice) nor
# الطرفين (both parties), which are no counts.
_DUAL_LISTED = (
    "عضوان", "عضوين", "سنتان", "سنتين", "شهران", "شهرين", "الشهرين", "يومان", "يومين",
    "أسبوعان", "أسبوعين", "عقدان", "عقدين", "العقدين", "دولتان", "دولتين", "تقريران", "تقريرين",
    "مقعدان", "مقعدين", "شخصان", "شخصين", "حالتان", "حالتين", "منحتان", "منحتين", "شاحنتان",
    "شاحنتين", "موظفان", "موظفين", "اجتماعان", "اجتماعين", "جلستان", "جلستين",
)
# Feminine nouns of UN texts (the singular, in ة): each makes its dual by تان / تين (منظمة →
# منظمتان: two organizations). Not with the article: المنظمتين is "both organizations" as
# often as "the two", and فترة السنتين is the biennium. Not مرة (مرتين, twice) nor a noun
# whose dual is a reference (المادتين 3 و 4, الجلستين 276 و 277: see ordinal_prefixes).
_FEMININE_NOUNS = (
    "منظمة", "مجموعة", "مذكرة", "طائرة", "لوحة", "دورة", "وثيقة", "مرحلة", "مبادرة", "لجنة",
    "بعثة", "شركة", "مقاطعة", "منطقة", "قرية", "مدينة", "مسألة", "عملية", "دراسة", "زيارة",
    "حلقة", "مركبة", "سيارة", "سفينة", "قضية", "هيئة", "مؤسسة", "حكومة", "جامعة", "مدرسة",
    "مفرزة", "كتيبة", "سرية", "فرقة", "ورقة", "رسالة", "خطة", "اتفاقية", "ولاية", "وكالة",
    "وظيفة", "ساعة", "دقيقة", "مناسبة", "جريمة", "حادثة", "شكوى", "وحدة", "محطة",
    "طلقة", "قذيفة", "عبوة", "غارة", "ضربة", "جولة", "نسخة", "مسودة", "أداة", "قناة",
    "إدارة", "شعبة", "بلدية", "محافظة", "جزيرة", "لغة", "امرأة", "فتاة", "طفلة", "سيدة",
    "مقترحة", "ندوة", "دعوة",
)


# Masculine nouns whose plural is broken (مؤتمر → مؤتمرات, رئيس → رؤساء): their forms in ان
# and ين are the dual alone (مؤتمران, رئيسين: two conferences, two co-chairs). Not a noun whose
# ين form is also a plural or a participle (بلدان: countries; مستشارين: advisers; مجتمعين: assembled).
_MASCULINE_NOUNS = (
    "مؤتمر", "رئيس", "طرف", "عنصر", "خبير", "مشروع", "اتفاق", "بروتوكول", "مكتب", "فريق", "مركز",
    "مقر", "نوع", "حادث", "موقع", "قرار", "مجلس", "إشعار", "مرفق", "طفل", "رجل", "نائب", "صك",
    "نهج", "خيار", "قطاع", "برنامج", "حزب", "نموذج", "هدف", "عام", "كيان", "مؤشر",
    "معيار", "مجال", "صندوق", "جهاز", "سؤال", "باب", "مبدأ", "جزء", "فصل", "بيان", "حكم",
)


def _duals() -> tuple[str, ...]:
    """The nouns in the dual: those listed and those of the feminine and masculine nouns, each
    also with و joined (وعضوان: and two members)."""
    feminine = [n[:-1] + ending for n in _FEMININE_NOUNS if n.endswith("ة") for ending in ("تان", "تين")]
    masculine = [n + ending for n in _MASCULINE_NOUNS for ending in ("ان", "ين")]
    forms = [*_DUAL_LISTED, *feminine, *masculine]
    return tuple(dict.fromkeys([*forms, *("و" + f for f in forms)]))


_DUAL_NOUNS = _duals()

NUMERALS = NumeralRules(
    digits=_digits(),
    small_units={},
    magnitudes={
        **dict.fromkeys(("ألف", "آلاف", "ألفا", "الف", "الاف"), 10**3),
        **dict.fromkeys(("مليون", "ملايين", "مليونا"), 10**6),
        **dict.fromkeys(("مليار", "مليارات", "مليارا", "بليون", "بلايين", "بليونا"), 10**9),
        **dict.fromkeys(("تريليون", "تريليونات", "ترليون"), 10**12),
        # the dual: two of them in one word (ألفان, 2000)
        **dict.fromkeys(("ألفان", "ألفين"), 2 * 10**3),
        **dict.fromkeys(("مليونان", "مليونين", "مليوني"), 2 * 10**6),
        **dict.fromkeys(("ملياران", "مليارين", "بليونان", "بليونين"), 2 * 10**9),
        **dict.fromkeys(_DUAL_NOUNS, 2),
    },
    # ألف شخص, مليون دولار: one of them; the dual forms two
    lone_multipliers=("ألف", "مليون", "مليار", "بليون", "ألفان", "ألفين", "مليونان", "مليونين", "مليوني",
                      "ملياران", "مليارين", *_DUAL_NOUNS),
    connectives=("و",),  # مائة و عشرون, with و written apart
    joined_connectives=("و",),  # مائة وعشرون
    decimal_mark=".",  # 57.9 في المائة (٢٢٫٥ folds to 22.5)
    group_separators="\u00a0\u2009\u202f,",  # 100\u00a0000 (no-break spaces keep the order)
    display_order_groups=True,  # 000 31 is 31 000
    short_decimal_marks=",",  # 24,3% and 1,5 مليون: a comma before other than three digits is decimal
    ordinals=_ordinals(),
    signs=("-", "−", "ناقص ", "سالب "),
    fraction_tails={"ونصف": Decimal("0.5")},
)

_SHARES: dict[str, Decimal | int] = (
    dict.fromkeys(("نصف", "النصف", "نصفهم"), 50)
    | dict.fromkeys(("ثلث", "الثلث"), Decimal(100) / 3)
    | dict.fromkeys(("ثلثي", "ثلثا", "الثلثين"), Decimal(200) / 3)
    | dict.fromkeys(("ربع", "الربع"), 25)
    | dict.fromkeys(("ثلاثة أرباع",), 75)
)
# with the pronoun of what they are a share of joined to them: نصفها, ثلثهم, ثلاثة أرباعها
_SHARES |= {w + suffix: v for w, v in _SHARES.items() if not w.startswith("ال")
            for suffix in ("ها", "هم", "ه", "هما")}

MEASURE_UNITS: tuple[str, ...] = (
    "هكتار", "هكتارا", "هكتارات", "طن", "طنا", "أطنان", "طن متري", "طنا متريا",
    "كيلومتر مربع", "كيلومترا مربعا", "كم²", "كم2", "متر مربع", "مترا مربعا", "م²", "م2",
    "كيلومتر", "كيلومترا", "كيلومترات", "كم", "متر", "مترا", "أمتار", "كيلوغرام", "كيلوغراما",
    "كغ", "كلغ", "لتر", "لترا", "ميغاوات", "ميغاواط",
)
_OTHER_UNITS = (
    "سنة", "سنوات", "عاما", "أعوام", "شهرا", "أشهر", "شهور", "أسبوعا", "أسابيع", "يوما", "أيام",
    "ساعة", "ساعات", "دقيقة", "دقائق", "ثانية", "مرة", "مرات",
    "أضعاف", "ضعفا", "أمثال",  # 3.3 أضعاف: 3.3-fold
)


def _with_tanween(words: tuple[str, ...]) -> tuple[str, ...]:
    """Each word also with the tanween of the accusative written on its last alif (عاماً,
    كيلومتراً مربعاً): after it (اً), as UN texts type it, or before it (ًا)."""
    out = list(words)
    for word in words:
        marked = " ".join(w + "\u064b" if w.endswith("ا") else w for w in word.split())
        if marked != word:
            out += [marked, marked.replace("ا\u064b", "\u064bا")]
    return tuple(dict.fromkeys(out))
# Month names: the Levantine and the Western names, printed together (آذار/مارس).
_MONTHS = (
    "كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
    "حزيران/يونيه", "حزيران/يونيو", "تموز/يوليه", "تموز/يوليو", "آب/أغسطس", "أيلول/سبتمبر",
    "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر",
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيه", "يونيو", "يوليه", "يوليو", "أغسطس",
    "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار",
    "حزيران", "تموز", "آب", "أيلول", "تشرين",
)
_USD = Currency("USD")
_EUR = Currency("EUR")

FIGURES = FigureRules(
    qualifiers_before={
        "أكثر من": "over", "ما يزيد على": "over", "ما يزيد عن": "over", "يزيد على": "over",
        "ما يربو على": "over", "يربو على": "over", "على الأقل": "over", "زهاء": "approx",
        "أقل من": "under", "ما يقل عن": "under", "لا يتجاوز": "under",
        "نحو": "approx", "حوالي": "approx", "حوالى": "approx", "قرابة": "approx", "تقريبا": "approx",
        "ما يقارب": "approx", "ما يناهز": "approx", "يناهز": "approx", "ما يقرب من": "approx",
        "قرابة ال": "approx", "ما لا يقل عن": "over", "لا يقل عن": "over", "لا تقل عن": "over",
        "ما لا تقل عن": "over",
    },
    qualifiers_after={"تقريبا": "approx", "على الأقل": "over", "أو أكثر": "over", "فأكثر": "over",
                      "أو أقل": "under"},
    qualifiers_between={},
    qualifier_guards={},
    currencies_before={"$": _USD, "US$": _USD, "USD": _USD, "€": _EUR, "EUR": _EUR},
    currencies_after={
        "دولار من دولارات الولايات المتحدة": _USD, "دولارا من دولارات الولايات المتحدة": _USD,
        "دولار أمريكي": _USD, "دولارا أمريكيا": _USD, "دولار أمريكيا": _USD,
        "دولار": _USD, "دولارا": _USD, "دولارات": _USD, "دولاراً": _USD,
        "يورو": _EUR, "فرنك سويسري": Currency("CHF"), "فرنكا سويسريا": Currency("CHF"),
        "جنيه إسترليني": Currency("GBP"), "ين": Currency("JPY"), "روبل": Currency("RUB"),
        "يوان": Currency("CNY"), "سنت": Currency("USD", Decimal("0.01")), "$": _USD, "USD": _USD,
    },
    percent_before=(),
    percent_after=("في المائة", "في المئة", "بالمائة", "بالمئة", "%", "٪", "نقطة مئوية",
                   "نقاط مئوية"),
    fraction_marker="",
    ratio_marker="",
    share_words=_SHARES,
    share_suffixes={},
    share_suffix_guards=(),
    units=_with_tanween((*MEASURE_UNITS, *_OTHER_UNITS)),
    year_unit="",
    range_joiners=("-", "–", "—", "و", "إلى", "الى"),
    vague_prefixes=(),
    vague_words=(
        "عشرات الآلاف", "مئات الآلاف", "عشرات الملايين", "مئات الملايين", "ملايين الدولارات",
        "بلايين الدولارات", "مليارات الدولارات", "عشرات", "مئات", "آلاف", "الآلاف", "ملايين",
    ),
    ordinal_prefixes=_with_proclitics((
        "القرار", "القرارين", "القرارات", "قرار", "قرارها", "قراره", "قراراته", "قراراتها",
        "المقرر", "مقرر", "الفقرة", "الفقرات", "فقرة", "المادة", "المواد", "مادة", "الفصل",
        "المرفق", "الصفحة", "رقم", "الرقم", "الهدف", "الأهداف", "هدف", "مجموعة ال", "مجموعة الـ",
        "مجموعة", "البند", "البنود", "بند", "القاعدة", "القواعد", "المبدأ", "البروتوكول", "الجلسة",
        "جلستها", "جلسته", "جلسة", "جلسات", "الجلسة العامة", "جلسته العامة", "جلستها العامة",
        "الفرع", "التوصية", "التوصيات", "الوثيقة", "القانون", "الفقرتين", "الفقرتان", "القرارين",
        "المادتين", "القائمة", "الجزء", "الجزأين", "الشكل", "الجدول", "الباب", "الإطار",
        "الحاشية", "للمراقبة",
        # in the dual and plural, which a list of numbers follows: البندان 132 و 17, الجدولين 9 و 10
        "البندان", "البندين", "بندا", "الجدولان", "الجدولين", "الجداول", "جدول", "الجلستان",
        "الجلستين", "جلستيها", "جلستيه", "جلساتها", "جلساته", "الجلسات", "الإجراء", "الإجراءين",
        "الإجراءان", "الإجراءات", "الصفحتان", "الصفحتين", "الصفحات", "الصفحة", "ص.", "المواد من",
        "المادتان", "الفقرتان من", "الفقرات من", "الفروع", "الفرعين", "المرفقين", "الملحق",
        "الهدفين", "التوصيتين",
        "القاعدتين", "القاعدتان", "الإطارين", "الشكلين", "البروتوكولين", "المبدأين",
        # the body that adopts a resolution or holds a meeting: قرار مجلس الأمن 1540
        "مجلس الأمن", "الجمعية العامة", "المجلس الاقتصادي والاجتماعي", "مجلس الإدارة",
        # an ordinal before a ten is part of it: السادس عشر, الحادية عشرة, ثاني عشر
        *_ORDINALS_BASE, "الحادي", "الحادية",
        *(w.removeprefix("ال") for w in _ORDINALS_BASE if w.startswith("ال")), "حادي",
    )),
    # and a session in brackets after a resolution number: 689 (د-35)
    non_figure_followers=(*_ordinal_words(), "(د-"),
    list_joiners=("و",),  # الفقرتين 28 و 29, يومي 21 و 22 تشرين الثاني
    list_separators=(",", "،"),
    non_figure_spans=(
        # a footnote marker: a short number in brackets glued to the word or number before it
        # (موقعه الشبكي(3)., أيلول/سبتمبر 2014(42)); a year in brackets dates a resolution
        r"(?<=[^\W_])\(\d{1,3}\)",
        # a number joined by a hyphen to the Arabic word before it names a thing or a grade:
        # اليورانيوم-235 (U-235), ف-4 (P-4)
        r"(?<=[\u0621-\u064a]-)\d+",
        # a sub-paragraph number opening the text: 2-26 وعلاوة على ذلك, 3-2-1 إحراز تقدم
        r"^\d{1,3}(?:-\d{1,3})+(?=\s)",
        # a list number: '4` (item iv) anywhere, (6) opening the text
        r"'\d{1,2}`|^\(\d{1,3}\)",
        # a time of day: الساعة 15:00, الساعة 10
        r"(?<![\d.:])\d{1,2}:\d{2}(?![\d:])|(?<=الساعة\s)\d{1,2}(?![\d:.])",
        # a telephone number starts with its country or area code: +1 212 963 1234, (212) 963-5012
        r"(?:\+\d{1,3}|\(\d{2,4}\))[\s\d()\-]{6,}\d",
    ),
    month_followers=_MONTHS,
    month_words_before=(),
    lexical_exclusions=(
        "واحد من", "واحدة من", "أحد", "إحدى", "الواحد", "الواحدة", "ونصف", "أي واحد", "أي واحدة",
        "النصف الأول", "النصف الثاني",
        "نصف قرن", "نصف القرن",  # half a century: fifty years, no share
        "نصف يوم", "نصف ساعة", "نصف شهر",  # a half-day discussion: a duration, no share
        "ألف -", "ألف-", "ألف –",  # ألف - as the letter A of a section heading
    ),
    words_need_unit=False,
)

SUBJECTS = SubjectRules(
    stop_words=("في", "من", "على", "إلى", "عن", "مع", "و", "أو", "التي", "الذي", "الذين", "قد",
                "كان", "كانت", "تم", "بين", "خلال", "منذ", "حتى"),
    joiners=(),
    linker="",
    max_chars=60,
)

RULES = LanguageRules(
    lang="ar", layout=LAYOUT, numerals=NUMERALS, figures=FIGURES, subjects=SUBJECTS,
    script=NOTHING, spaced=True,
)
