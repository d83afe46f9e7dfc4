"""How to tell the six official UN languages apart: each one's script and, where scripts
are shared, its commonest short words. Detection knows every UN language, whether or not
it has rules yet, so that a document is refused with its language named."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    """name: the language's English name, as messages say it.
    script: the script its letters are in (a key of `un_report.script.SCRIPT_CLASSES`).
    common_words: frequent function words, lower case, telling apart languages of one script.
    edition: how page 1's masthead names an edition in this language, in the language itself,
        on a line of its own under the date ("Français", above "Original : anglais"); many
        editions print their masthead in English, so `name` counts too ("Russian" above
        "Original: English"). A translated edition prints it; an original states
        "Original: English" instead.
    """

    name: str
    script: str
    common_words: tuple[str, ...] = ()
    edition: tuple[str, ...] = ()


PROFILES: dict[str, Profile] = {
    "ar": Profile("Arabic", "arabic", edition=("عربي", "العربية")),
    "zh": Profile("Chinese", "han", edition=("中文",)),
    "en": Profile("English", "latin", ("the", "of", "and", "to", "in", "is", "for", "that", "with", "on", "by", "its")),
    "fr": Profile("French", "latin", ("le", "la", "les", "des", "et", "du", "une", "est", "pour", "dans", "sur", "au"),
                  edition=("Français",)),
    "ru": Profile("Russian", "cyrillic", edition=("Русский",)),
    "es": Profile("Spanish", "latin", ("el", "los", "las", "del", "y", "una", "por", "con", "para", "al", "se", "su"),
                  edition=("Español",)),
}

# The word before the colon of page 1's "Original: English", the language a document was
# written in, as the six editions' mastheads print it (in English or their own language).
ORIGINAL_WORDS = ("Original", "Подлинный текст", "原文", "الأصل")
ORIGINAL_COLONS = ("：",)  # the colon after it where it is not ":" (the full-width colon of 原文：中文)

# The recycling note printed beside page 1's barcode, in the six languages' editions: page
# furniture, dropped before the language is known.
RECYCLE_NOTES = ("Please recycle", "Prière de recycler", "Merci de recycler", "Se ruega reciclar",
                 "Просьба отправить на вторичную переработку", "请回收", "يرجى إعادة الاستعمال")
