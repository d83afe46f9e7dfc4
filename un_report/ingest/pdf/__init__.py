"""The PDF reader's steps, one module each; `un_report.ingest.pdf.reader` runs them in order.

glyphs → lines → furniture → stats → regions → blocks → join → roles; the thresholds
they share are in `tolerances`, the Unicode and font-name facts in `tables`.
"""
