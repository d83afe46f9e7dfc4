"""The PDF reader's thresholds, by the step that uses them: the one place to tune layout.

Units: "em" values are multiples of the type size in question; "share" values are
fractions of a page's width or height, or of a set of glyphs or pages; "points" are PDF
points (1/72 inch).
"""

from __future__ import annotations

# --- Glyphs and printed lines (glyphs.py, lines.py) ------------------------------------
ROTATION_TOL = 0.05  # glyphs whose matrix turns them more than this are not read
BASELINE_TOL_EM = 0.3  # glyphs whose baselines differ by less than this share a line
SUPER_SIZE_RATIO = 0.8  # a superscript's size is at most this share of its line's size
SUPER_RAISE_EM = 0.15  # ... and its baseline is at least this far above the line's
SUPER_NEAR_SIZE_RATIO = 0.9  # type up to this share of the line's size (CSS `smaller`) ...
SUPER_NEAR_RAISE_EM = 0.3  # ... is a superscript when raised at least this far
DUPLICATE_EM = 0.15  # the same glyph drawn again within this distance: fake bold
DUPLICATE_LOOKBACK = 3  # glyphs: how far back along the line a fake-bold twin is sought
FOLD_NEIGHBOURS = 2  # lines: a line of small type folds into a host this near in order
FOLD_REACH_EM = 2.0  # ... whose ends it does not pass by more than this (host's size)
SLACK = 1.0  # points: positions this close count as touching (inside a box, below a rule)
WORD_SPACE_SHARE = 0.5  # a gap this share of the fonts' space width wider than the line's letter gap: a word space
DEFAULT_SPACE_EM = 0.25  # a font's space width when it gives none (Times's; Arial Narrow 0.23, Arial 0.28)
SPACE_EM_RANGE = (0.15, 0.5)  # a font's space width is believed within this (a barcode font's is 1.0)
LETTER_GAP_MAX_EM = 0.1  # a line's usual gap between letters (tracking) is believed up to this ...
LETTER_GAPS_MIN = 4  # ... and measured on lines with at least this many gaps between visible glyphs
PRINTED_SPACE_SHARE = 0.5  # a printed space is a word space if the next glyph starts this share of it past it
SPACE_GAP_EM = 0.2  # a gap wider than this is taken for a space (hanging numbers, footnote markers) ...
CJK_LATIN_GAP_EM = 0.3  # ... next to a CJK glyph, wider than this (autospace adds 0.2–0.25)
MARKER_GAP_EM = 0.5  # a superscript closer than this to the word before it belongs to it
TAB_GAP_EM = 1.0  # a gap after a line's first token this wide ...
TAB_WORD_RATIO = 1.5  # ... and this much wider than its other word gaps is a tab stop
MAX_MARKER_DIGITS = 3  # a footnote marker on the baseline has at most this many digits

# --- Page furniture (furniture.py) ------------------------------------------------------
EDGE_LINES = 3  # furniture is among the first / last lines of a page ...
EDGE_BAND_SHARE = 0.2  # ... within this share of the page height from its edge
SEGMENT_GAP_EM = 2.0  # a gap this wide splits a furniture line into independent segments
REPEAT_PAGE_SHARE = 0.3  # furniture recurs on at least this share of the text pages ...
MIN_REPEAT_PAGES = 2  # ... and on at least this many pages
REPEAT_POS_TOL = 3.0  # points: "at the same height" on another page
SCAN_REPEAT_POS_TOL = 15.0  # points: the same, in a scan (its OCR text over each page's image) ...
SCAN_PAGE_SHARE = 0.8  # ... a document this share of whose pages hold an image
SCAN_BLEED_SHARE = 0.06  # a scan's text this near its page's left or right edge is the next page's, caught
TEXT_LEADING_EM = 0.8  # a line this close (type sizes) under or over a kept line is of its block, not furniture
JOB_BAND_SHARE = 0.3  # print-job lines and barcodes lie this close to a page edge
JOB_MIN_DIGITS = 5  # a constant numeric furniture segment with this many digits: job no.

# --- Type: body size, headings, line pitch (stats.py) ------------------------------------
STYLE_SHARE = 0.8  # a line "is bold" when this share of its letters is
LARGER_STEP = 0.4  # points: type at least this much larger is larger type (a heading)
SIZE_STEP = 0.3  # points: type sizes closer than this are the same size
DEFAULT_BODY_SIZE = 10.0  # points: body size assumed for a document without letters
PITCH_MIN_EM = 0.8  # baseline distances below this are never ordinary line pitch ...
PITCH_MAX_EM = 2.5  # ... nor those above this
DEFAULT_PITCH_EM = 1.2  # pitch assumed for a type size with no measured pitch

# --- Regions: panels, footnote area, columns (regions.py) -------------------------------
PANEL_MIN_WIDTH_SHARE = 0.25  # a panel is at least this share of the page width wide
PANEL_MIN_HEIGHT_EM = 2.0  # ... and this many body sizes high
PANEL_MAX_AREA_SHARE = 0.8  # larger filled or framed areas are page backgrounds
THIN = 2.0  # points: a rectangle this thin is a rule (part of a frame)
TOUCH = 1.5  # points: rules closer than this belong to one frame
INSIDE_TOL = 0.01  # points: a rule within a frame's box this closely is part of it
WHITE_TOL = 0.02  # a fill within this of white (each channel) is no shading
RULE_MIN_WIDTH_SHARE = 0.04  # a footnote rule spans this share of the page width ...
RULE_MAX_WIDTH_SHARE = 0.6  # ... at most this share
FOOTNOTE_ZONE_SHARE = 0.5  # a footnote rule lies in the lower half of the page
FOOTNOTE_SIZE_RATIO = 0.92  # footnotes are set smaller than this share of the body size
GUTTER_MIN_EM = 1.0  # a column gutter is at least this many body sizes wide ...
GUTTER_ZONE = (0.3, 0.7)  # ... and its centre lies within this span of the text width
COLUMN_MIN_LINES = 3  # each column has at least this many lines

# --- Blocks and roles (blocks.py, roles.py) ---------------------------------------------
PARA_GAP_RATIO = 1.3  # baseline distance above this share of the usual pitch: new block
INDENT_TOL_EM = 0.6  # left edges closer than this are the same indent
MAX_HANGING_TOKEN = 5  # glyphs: a paragraph number or letter hanging left of the text

SHORT_LINE_EM = 2.0  # in justified text, a line ending this far short ends a paragraph
JUSTIFIED_SHARE = 0.5  # text is justified when this share of its lines reach the edge
JUSTIFIED_MIN_LINES = 3  # ... and it has at least this many lines
RIGHT_EDGE_QUANTILE = 0.9  # the text's right edge: this quantile of line ends
LEADER_RUN = 4  # this many leader dots in a row: a table-of-contents line
HEADING_WRAP_EM = 6.0  # a heading line ending this close to the edge wraps onto the next
MAX_ITALIC_HEADING_LINES = 2  # a wholly italic block this short is a (sub-)heading
CENTRED_TOL_EM = 1.0  # a line centred in its panel within this distance
CENTRED_MAX_WIDTH_SHARE = 0.7  # ... and narrower than this share of the panel

# --- The text layer (reader.py) ----------------------------------------------------------
CID_SHARE = 0.5  # more than this share of undecodable glyphs: no usable text layer

# --- Page 1's masthead (masthead.py) -------------------------------------------------------
MASTHEAD_SPACE_EM = 0.2  # a gap wider than this (of the smaller type) is a word space ...
MASTHEAD_COLUMN_GAP_EM = 2.5  # ... and one wider than this separates two columns

# --- Tables and charts (pdf.exhibits) -----------------------------------------------------
CELL_GAP_EM = 1.5  # a gap this wide (of the line's size) between glyphs separates two cells
NUMERIC_CELL_CHARS = 16  # a figure cell is at most this long (242 834.4, (3 541.7), 46% (2019))
NUMERIC_SHARE = 0.6  # ... and at least this share of its letters and digits are digits
EXHIBIT_MIN_ROWS = 3  # an unruled table or chart has at least this many cell rows
EXHIBIT_RUN_BREAK = 2  # other lines allowed between two cell rows of one exhibit
EXHIBIT_GAP_EM = 3.0  # a vertical gap this wide (line sizes) ends an exhibit
RULED_ROW_SHARE = 0.3  # a ruled area is a table when this share of its lines are cell rows
EXHIBIT_MAX_SHAPES = 3000  # pages drawn with more shapes than this are not searched for rulings
