"""Facts the PDF reader looks up (not language rules): Unicode forms and font names."""

from __future__ import annotations

import re

from un_report import script

# --- Unicode (the script facts shared with other stages live in un_report.script) --------
SUPERSCRIPTS = script.TO_SUPERSCRIPT
SUPERSCRIPT_DIGITS = frozenset(script.SUPERSCRIPT_DIGITS)
HYPHENS = frozenset(script.HYPHENS)
SOFT_HYPHEN = "\u00ad"
LEADER_GLYPHS = frozenset(".·…‧․")  # dot leaders of a table of contents
MARKER_PUNCT = frozenset(".)")  # dropped after a footnote number printed as "1." or "1)"
COLLAPSIBLE_SPACE = frozenset(" \t")  # runs of these become one space; U+202F etc. stay
LIGATURES = range(0xFB00, 0xFB07)  # ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ, expanded to their letters
RULE_GLYPHS = frozenset("_‗─━—―")  # a line made only of these is a drawn rule
FULL_STOPS = frozenset(script.FULL_STOPS)
CLOSING_MARKS = frozenset(script.CLOSING_MARKS)
NUMBER_STOPS = frozenset(script.NUMBER_STOPS)
DASH_NUMBER_STOPS = frozenset(script.DASH_NUMBER_STOPS)

# --- Font names ---------------------------------------------------------------------------
SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")  # "ABCDEF+Times-Bold": an embedded subset
BOLD_MARKERS = ("bold", "heavy", "black", "semibold", "demi")  # in a font's name
ITALIC_MARKERS = ("italic", "oblique")
BARCODE_FONT_MARKERS = ("barcode", "3of9", "code39", "code128", "ean13", "upc")
