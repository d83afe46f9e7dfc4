"""HTML of the review pages: one page per report (its units in order, figures highlighted by
offsets, editions side by side) and an index of all reports.

Every text is escaped with `html.escape`; the figures' details travel as one JSON blob in a
`<script type="application/json">` element; the CSS and JS are package files inlined here, so
a page needs no network to be viewed.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any

import pandas as pd

from un_report.review.images import PageImage
from un_report.review.tables import PIVOT, Tables, twins_of

# Okabe-Ito colours (distinguishable with the common colour-vision deficiencies) and a letter per
# kind, so that a figure's kind never rests on colour alone.
KIND_STYLE: dict[str, tuple[str, str]] = {
    "count": ("#0072B2", "N"),
    "percent": ("#D55E00", "%"),
    "money": ("#009E73", "$"),
    "year": ("#CC79A7", "Y"),
}
SPARE_COLOURS = ("#E69F00", "#56B4E9", "#F0E442", "#000000")  # for kinds not listed above
RTL_LANGS = frozenset({"ar", "he", "fa", "ur"})  # ISO 639-1 codes of scripts written right to left
STATUS_CONFIRMED, STATUS_UNMATCHED, STATUS_SINGLE = "both", "unmatched", ""
INDEX_COLUMNS = ("symbol", "title", "lang", "pages", "units", "figures", "coverage", "warnings")


@dataclass(frozen=True)
class Span:
    """A stretch of a unit's text to highlight: offsets into the text and the mark's attributes."""

    start: int
    end: int
    attrs: Mapping[str, str] = field(default_factory=dict)


def esc(value: object) -> str:
    """Any cell as escaped HTML text; nulls (None, NaN, pd.NA) become empty."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=True)


def safe_name(report: str) -> str:
    """A file stem from a report symbol: `A/80/1` → `A_80_1`."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", report).strip("._") or "report"


def page_names(reports: Iterable[str]) -> dict[str, str]:
    """Each report's page stem, unique even where two reports reduce to one (`A/80/1` and a
    file stem `A_80_1`): later ones get `-2`, `-3` … in the order given. Case is folded for the
    comparison, as some file systems do."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for report in reports:
        base = name = safe_name(report)
        n = 1
        while name.lower() in taken:
            n += 1
            name = f"{base}-{n}"
        taken.add(name.lower())
        names[report] = name
    return names


def text_direction(lang: str) -> str:
    """`rtl` for languages written right to left, else `ltr`."""
    return "rtl" if lang.split("-")[0].lower() in RTL_LANGS else "ltr"


def kind_styles(kinds: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Colour and letter of each kind: the listed ones as in KIND_STYLE, others from the spare colours."""
    styles: dict[str, tuple[str, str]] = {}
    spare = iter(SPARE_COLOURS * 8)
    for kind in kinds:
        styles[kind] = KIND_STYLE.get(kind) or (next(spare), (kind[:1] or "?").upper())
    return styles


def highlight(text: str, spans: Sequence[Span]) -> str:
    """`text` as escaped HTML with each span wrapped in a `<mark>` carrying its attributes.
    Spans are taken in offset order; one that overlaps the previous is left out."""
    out: list[str] = []
    at = 0
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if span.start < at or span.end > len(text) or span.start >= span.end:
            continue
        attrs = "".join(f' {name}="{esc(value)}"' for name, value in span.attrs.items())
        out.append(esc(text[at:span.start]))
        out.append(f"<mark{attrs}>{esc(text[span.start:span.end])}</mark>")
        at = span.end
    out.append(esc(text[at:]))
    return "".join(out)


def _asset(name: str) -> str:
    return files("un_report.review").joinpath("assets", name).read_text(encoding="utf-8")


def _json_script(element_id: str, data: Any) -> str:
    """A JSON blob that cannot end its `<script>` element early."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c").replace(">", "\\u003e")
    return f'<script type="application/json" id="{element_id}">{text}</script>'


def _plain(value: object) -> Any:
    """A cell as a JSON value: nulls → None, numpy numbers → Python numbers."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if hasattr(value, "item"):
        return _plain(value.item())
    return value


def ordered_langs(langs: Iterable[str]) -> list[str]:
    """Editions in column order: the other editions by code, then the pivot (English)."""
    unique = sorted(set(langs))
    return [lang for lang in unique if lang != PIVOT] + [lang for lang in unique if lang == PIVOT]


def unit_order(paragraphs: pd.DataFrame, langs: Sequence[str]) -> list[tuple[str, str]]:
    """(part, para) keys of a report's units in reading order, merged over its editions: a key one
    edition alone has goes after the key that edition put before it."""
    order: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for lang in langs:
        previous: tuple[str, str] | None = None
        for row in paragraphs[paragraphs["lang"] == lang].itertuples():
            key = (str(row.part), str(row.para))
            if key not in seen:
                order.insert(order.index(previous) + 1 if previous is not None else len(order), key)
                seen.add(key)
            previous = key
    return order


def figure_status(fid: str, report_aligned: pd.DataFrame, twins: Mapping[str, list[str]]) -> str:
    """`both` for a figure confirmed by a twin, `unmatched` for one the aligned table leaves alone,
    empty when the report was not aligned."""
    if report_aligned.empty:
        return STATUS_SINGLE
    return STATUS_CONFIRMED if twins.get(fid) else STATUS_UNMATCHED


def report_page(
    report: str, tables: Tables, images: Mapping[tuple[str, int], PageImage], index_href: str = "index.html"
) -> str:
    """The review page of one report; `images` maps (source, page) to the page's rendered image."""
    paragraphs = tables.paragraphs[tables.paragraphs["report"] == report]
    figures = tables.figures[tables.figures["report"] == report]
    aligned = tables.aligned[tables.aligned["report"] == report]
    documents = tables.documents[tables.documents["report"] == report]
    langs = ordered_langs(paragraphs["lang"])
    kinds = kind_styles(sorted(figures["kind"].unique()))
    twins = twins_of(aligned)

    fig_data: dict[str, dict[str, Any]] = {}
    spans: dict[tuple[str, str, str], list[Span]] = {}
    for row in figures.itertuples():
        fid = str(row.id)
        status = figure_status(fid, aligned, twins)
        image = images.get((str(row.source), int(row.page))) if not pd.isna(row.page) else None
        fig_data[fid] = {
            "kind": row.kind, "value": _plain(row.value), "unit": row.unit, "qualifier": row.qualifier,
            "subject": row.subject, "page": _plain(row.page), "editions": _plain(row.editions), "text": row.text,
            "lang": row.lang, "status": status, "twins": twins.get(fid, []),
            "image": f"{row.source}:{int(row.page)}" if image else None,
            "box": [_plain(getattr(row, c)) for c in ("x0", "top", "x1", "bottom")],
        }
        attrs = {
            "class": "fig", "id": f"f-{fid}", "tabindex": "0", "data-id": fid, "data-kind": str(row.kind),
            "data-letter": kinds[str(row.kind)][1], "data-qualifier": str(row.qualifier), "data-status": status,
        }
        if not pd.isna(row.page):
            attrs["data-page"] = str(int(row.page))
        spans.setdefault((str(row.lang), str(row.part), str(row.para)), []).append(
            Span(int(row.start), int(row.end), attrs)
        )
    page_data = {
        f"{source}:{page}": {"src": im.src, "w": im.width, "h": im.height} for (source, page), im in images.items()
    }

    units = {(str(r.lang), str(r.part), str(r.para)): r for r in paragraphs.itertuples()}
    body: list[str] = []
    last_heads: dict[str, tuple[str, str, str]] = {}
    for part, para in unit_order(paragraphs, langs):
        heads = _heading_cells(langs, units, part, para, last_heads)
        if heads:
            body.append(f'<div class="row heads">{heads}</div>')
        cells = "".join(_unit_cell(lang, units.get((lang, part, para)), spans, images) for lang in langs)
        body.append(f'<div class="row" data-key="{esc(part)}|{esc(para)}">{cells}</div>')

    data = {"figures": fig_data, "pages": page_data, "langs": langs, "aligned": not aligned.empty}
    return _document(
        title=f"{report} — review",
        style=_kind_css(kinds),
        body=(
            f'<header class="top"><p><a href="{esc(index_href)}">All reports</a></p>'
            f"<h1>{esc(report)}</h1>{_documents_table(documents, None)}</header>"
            + _controls(langs, figures, kinds, not aligned.empty)
            + f'<main id="units" style="--cols: {len(langs)}">{"".join(body)}</main>'
            + '<div id="tip" role="tooltip" hidden></div>'
            + '<aside id="viewer" hidden aria-label="Page image"><button type="button" id="viewer-close">Close'
            + '</button><p id="viewer-caption"></p><div class="frame"><img id="viewer-img" alt="">'
            + '<div id="viewer-box" hidden></div></div></aside>'
            + _json_script("review-data", data)
        ),
        script=_asset("review.js"),
    )


def _heading_cells(
    langs: Sequence[str], units: Mapping[tuple[str, str, str], Any], part: str, para: str,
    last: dict[str, tuple[str, str, str]],
) -> str:
    """Heading cells before a unit: per edition, the chapter, section or heading that changes here."""
    cells, changed = [], False
    for lang in langs:
        unit = units.get((lang, part, para))
        parts: list[str] = []
        if unit is not None:
            chapter = f"{part} {unit.chapter}".strip() if part else str(unit.chapter)
            now = (chapter, str(unit.section), str(unit.heading))
            before = last.get(lang, ("", "", ""))
            level_changed = False
            for tag, text, old in zip(("h2", "h3", "h4"), now, before, strict=True):
                level_changed = level_changed or text != old
                if level_changed and text:
                    parts.append(f"<{tag}>{esc(text)}</{tag}>")
            last[lang] = now
        changed = changed or bool(parts)
        cells.append(f'<div class="cell" {_lang_attrs(lang)}>{"".join(parts)}</div>')
    return "".join(cells) if changed else ""


def _unit_cell(
    lang: str, unit: Any, spans: Mapping[tuple[str, str, str], list[Span]],
    images: Mapping[tuple[str, int], PageImage],
) -> str:
    """One edition's unit: its label, page link(s) and highlighted text; a placeholder when missing."""
    if unit is None:
        return (
            f'<div class="cell missing" {_lang_attrs(lang)}>'
            f'<p class="note">not in the {esc(lang)} edition</p></div>'
        )
    label = f"{unit.part} · {unit.para}" if unit.part else str(unit.para)
    unit_spans = spans.get((lang, str(unit.part), str(unit.para)), [])
    pages = [] if pd.isna(unit.page) else [int(unit.page)]
    for span in unit_spans:
        on = span.attrs.get("data-page")
        if on and int(on) not in pages:
            pages.append(int(on))
    links = []
    for page in pages:
        image = images.get((str(unit.source), page))
        if image:
            key = f"{unit.source}:{page}"
            links.append(f'<a class="pagelink" href="{esc(image.src)}" data-image="{esc(key)}">p. {page}</a>')
        else:
            links.append(f'<span class="page">p. {page}</span>')
    title = f'<strong class="title">{esc(unit.title)}</strong> ' if unit.title else ""
    return (
        f'<div class="cell" {_lang_attrs(lang)}>'
        f'<article class="unit" data-kind="{esc(unit.kind)}" id="u-{esc(lang)}-{esc(unit.part)}-{esc(unit.para)}">'
        f'<p class="meta"><span class="label">{esc(label)}</span> <span class="lang">{esc(lang)}</span> '
        f'{" ".join(links)}</p><p class="text">{title}{highlight(str(unit.text), unit_spans)}</p></article></div>'
    )


def _lang_attrs(lang: str) -> str:
    """An edition cell's attributes: its language for the selectors, the browser's fonts and direction."""
    return f'data-lang="{esc(lang)}" lang="{esc(lang)}" dir="{text_direction(lang)}"'


def _controls(langs: Sequence[str], figures: pd.DataFrame, kinds: Mapping[str, tuple[str, str]], aligned: bool) -> str:
    """The filter bar: editions shown, kinds, qualifiers, confirmation status, search, and the count shown."""
    counts = figures["kind"].value_counts()
    lang_boxes = "".join(
        f'<label><input type="checkbox" name="lang" value="{esc(lang)}" checked> {esc(lang)}</label>' for lang in langs
    )
    kind_boxes = "".join(
        f'<label class="kind-choice"><input type="checkbox" name="kind" value="{esc(kind)}" checked> '
        f'<span class="swatch" data-kind="{esc(kind)}" aria-hidden="true">{esc(letter)}</span> {esc(kind)} '
        f'<span class="n">({int(counts.get(kind, 0))})</span></label>'
        for kind, (_, letter) in kinds.items()
    )
    qual_boxes = "".join(
        f'<label><input type="checkbox" name="qualifier" value="{esc(q)}" checked> {esc(q)}</label>'
        for q in sorted(figures["qualifier"].unique())
    )
    status = (
        '<fieldset><legend>Editions agree</legend>'
        '<label><input type="radio" name="status" value="all" checked> all</label>'
        '<label><input type="radio" name="status" value="both"> confirmed</label>'
        '<label><input type="radio" name="status" value="unmatched"> unmatched</label></fieldset>'
        if aligned else ""
    )
    keys = "<kbd>n</kbd>/<kbd>p</kbd> next/previous unmatched figure, " if aligned else ""
    return (
        '<form id="controls" class="controls" role="search" onsubmit="return false">'
        f"<fieldset><legend>Editions</legend>{lang_boxes}</fieldset>"
        f"<fieldset><legend>Kind</legend>{kind_boxes}</fieldset>"
        f"<fieldset><legend>Qualifier</legend>{qual_boxes}</fieldset>{status}"
        '<label class="search">Search <input type="search" id="search" placeholder="words or numbers"></label>'
        f'<p id="shown" aria-live="polite"></p><p class="keys">{keys}<kbd>/</kbd> search, <kbd>Esc</kbd> clear</p>'
        "</form>"
    )


def _kind_css(kinds: Mapping[str, tuple[str, str]]) -> str:
    """Per-kind colour variables for the marks and swatches."""
    return "".join(f'[data-kind="{esc(kind)}"]{{--k:{colour}}}' for kind, (colour, _) in kinds.items())


def _format_cell(column: str, value: object) -> str:
    if column == "coverage" and not (value is None or pd.isna(value)):
        return f"{float(value):.1%}"  # type: ignore[arg-type]
    return esc(_plain(value))


def _documents_table(documents: pd.DataFrame, links: Mapping[str, str] | None) -> str:
    """The `documents` rows as a table; with `links` (report → page stem), each read report's
    symbol links to its page."""
    head = "".join(f"<th scope=\"col\">{esc(c)}</th>" for c in INDEX_COLUMNS)
    rows = []
    for row in documents.to_dict("records"):
        cells = []
        for column in INDEX_COLUMNS:
            text = _format_cell(column, row.get(column))
            if column == "symbol":
                text = text or esc(row.get("report"))
                page = links.get(str(row.get("report"))) if links else None
                if page and row.get("status", "read") == "read":
                    text = f'<a href="{esc(page)}.html">{text}</a>'
            lang = row.get("lang") or ""
            attrs = f' lang="{esc(lang)}" dir="{text_direction(str(lang))}"' if column == "title" and lang else ""
            cells.append(f"<td{attrs}>{text}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f'<table class="documents"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def index_page(documents: pd.DataFrame, pages: Mapping[str, str]) -> str:
    """The index of all reports: one `documents` row per input file, linked to its report's
    page (`pages`: report → page stem)."""
    return _document(
        title="Reports — review",
        style="",
        body=f'<header class="top"><h1>Reports</h1></header><main>{_documents_table(documents, pages)}</main>',
        script="",
    )


def _document(title: str, style: str, body: str, script: str) -> str:
    """A whole HTML document with the package CSS (and `script`) inlined."""
    js = f"<script>{script}</script>" if script else ""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{_asset('review.css')}{style}</style></head>"
        f"<body>{body}{js}</body></html>\n"
    )
