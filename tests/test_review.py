"""Review pages as a user sees them: the shipped report's page opened in a real headless browser
(Debian's Chromium driven by Selenium through Debian's chromedriver; nothing is downloaded), plus
the HTML building blocks checked without a browser."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import EN_PDF, RAW, ROOT, ReadPdf
from un_report.cli import main
from un_report.pipeline import ReportResult, write_results
from un_report.review.page import KIND_STYLE, Span, highlight, page_names, report_page, text_direction
from un_report.review.tables import Tables, derive_documents, editions_from, long_aligned, twins_of

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
ARTIFACTS = ROOT / "tests" / "artifacts"
REPORT, PAGE = "A/80/1", "A_80_1.html"
WAIT_SECONDS = 10

# JS run in the page: the figure marks a user sees highlighted (not filtered off, laid out, coloured).
VISIBLE_MARKS = """
return Array.from(document.querySelectorAll(arguments[0])).filter(m =>
  !m.classList.contains('off') && m.offsetParent !== null &&
  getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)').map(m => m.dataset.id);
"""


@pytest.fixture(scope="module")
def out(
    tmp_path_factory: pytest.TempPathFactory, zh_report: ReportResult, read_pdf_once: Callable[[Path], ReadPdf]
) -> Path:
    """The shipped reports' tables, as `un-report extract data/raw` writes them (each report
    read once per session: conftest), reviewed once for the module."""
    folder = tmp_path_factory.mktemp("review")
    write_results([read_pdf_once(EN_PDF).result, zh_report], folder)  # data/raw in file order
    assert main(["review", str(RAW), "--out", str(folder)]) == 0
    return folder


@pytest.fixture(scope="module")
def figures(out: Path) -> pd.DataFrame:
    frame = pd.read_parquet(out / "figures.parquet")
    return frame[frame["report"] == REPORT]


@pytest.fixture(scope="module")
def aligned(out: Path) -> pd.DataFrame:
    return long_aligned(pd.read_parquet(out / "figures_aligned.parquet"))


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """One headless Chromium for the module, Debian's binaries only (selenium-manager kept offline)."""
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip(f"{CHROMIUM} or {CHROMEDRIVER} missing: run `make browser` (apt-get install chromium chromium-driver)")
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()


@pytest.fixture
def page(browser, out: Path):  # type: ignore[no-untyped-def]
    """The report's review page, freshly loaded (no filter, selection or search left from a test before)."""
    browser.get((out / "review" / PAGE).as_uri())
    return browser


def visible(driver, selector: str = "mark.fig") -> list[str]:  # type: ignore[no-untyped-def]
    return driver.execute_script(VISIBLE_MARKS, selector)


def click(driver, element) -> None:  # type: ignore[no-untyped-def]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def wait_until(driver, condition):  # type: ignore[no-untyped-def]
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT_SECONDS).until(condition)


# --- in the browser ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(KIND_STYLE))
def test_each_kind_is_highlighted_once_per_figure_of_the_table(page, figures: pd.DataFrame, kind: str) -> None:
    assert len(visible(page, f'mark.fig[data-kind="{kind}"]')) == (figures["kind"] == kind).sum()


def test_every_highlight_reads_the_figure_text_of_the_table(page, figures: pd.DataFrame) -> None:
    shown = page.execute_script("return Object.fromEntries(Array.from(document.querySelectorAll('mark.fig')).map(m => [m.dataset.id, m.textContent]))")
    assert shown == dict(zip(figures["id"], figures["text"], strict=True))


def test_a_kind_filter_click_hides_the_other_kinds(page, figures: pd.DataFrame) -> None:
    from selenium.webdriver.common.by import By

    kept = "percent"
    for box in page.find_elements(By.CSS_SELECTOR, 'input[name="kind"]'):
        if box.get_attribute("value") != kept:
            click(page, box)
    assert sorted(visible(page)) == sorted(figures.loc[figures["kind"] == kept, "id"])


def test_a_qualifier_filter_click_hides_that_qualifier(page, figures: pd.DataFrame) -> None:
    from selenium.webdriver.common.by import By

    click(page, page.find_element(By.CSS_SELECTOR, 'input[name="qualifier"][value="exact"]'))
    assert sorted(visible(page)) == sorted(figures.loc[figures["qualifier"] != "exact", "id"])


def test_the_unmatched_filter_shows_exactly_the_figures_without_a_twin(page, figures: pd.DataFrame, aligned: pd.DataFrame) -> None:
    from selenium.webdriver.common.by import By

    click(page, page.find_element(By.CSS_SELECTOR, 'input[name="status"][value="unmatched"]'))
    twins = twins_of(aligned)
    assert sorted(visible(page)) == sorted(f for f in figures["id"] if not twins.get(f))


def test_selecting_a_chinese_figure_highlights_its_english_twin(page, aligned: pd.DataFrame) -> None:
    from selenium.webdriver.common.by import By

    pair = aligned[(aligned["lang"] == "zh") & (aligned["status"] == "both")].iloc[0]
    click(page, page.find_element(By.ID, f"f-{pair['id']}"))
    twin = page.find_element(By.ID, f"f-{pair['en_id']}")
    assert "twin" in twin.get_attribute("class").split()
    assert twin.value_of_css_property("outline-style") != "none"
    assert twin.text.replace("\n", " ").startswith(pair["en_text"])


def test_hovering_a_figure_shows_its_value_qualifier_page_and_editions(page, figures: pd.DataFrame) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    figure = figures[figures["kind"] == "money"].iloc[0]
    mark = page.find_element(By.ID, f"f-{figure['id']}")
    page.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    ActionChains(page).move_to_element(mark).perform()
    tip = page.find_element(By.ID, "tip")
    wait_until(page, lambda _: tip.is_displayed())
    for word in ("qualifier", figure["qualifier"], figure["unit"], f"page\n{figure['page']}", "editions"):
        assert word in tip.text


def test_the_page_image_of_a_pdf_unit_loads(page) -> None:
    from selenium.webdriver.common.by import By

    click(page, page.find_element(By.CSS_SELECTOR, '.cell[data-lang="en"] a.pagelink'))
    image = page.find_element(By.ID, "viewer-img")
    assert wait_until(page, lambda d: d.execute_script("return arguments[0].complete && arguments[0].naturalWidth", image)) > 0


def test_the_page_image_outlines_the_selected_figure(page, figures: pd.DataFrame) -> None:
    from selenium.webdriver.common.by import By

    figure = figures[figures["x0"].notna()].iloc[0]
    click(page, page.find_element(By.ID, f"f-{figure['id']}"))
    click(page, page.find_element(By.CSS_SELECTOR, f'a.pagelink[data-image="{figure["source"]}:{figure["page"]}"]'))
    assert page.find_element(By.ID, "viewer-box").is_displayed()


def test_n_and_p_keys_walk_the_unmatched_figures(page) -> None:
    from selenium.webdriver.common.by import By

    body = page.find_element(By.TAG_NAME, "body")
    active = "return [document.activeElement.id, document.activeElement.dataset.status]"
    body.send_keys("n")
    first = page.execute_script(active)
    page.switch_to.active_element.send_keys("n")
    second = page.execute_script(active)
    page.switch_to.active_element.send_keys("p")
    assert (first[1], second[1], page.execute_script(active)) == ("unmatched", "unmatched", first)
    assert first != second


def test_search_keeps_only_the_units_that_contain_the_words(page, figures: pd.DataFrame) -> None:
    from selenium.webdriver.common.by import By

    query = figures.loc[figures["lang"] == "en", "text"].iloc[-1]
    page.find_element(By.ID, "search").send_keys(query)
    rows = [r.text for r in page.find_elements(By.CSS_SELECTOR, "#units .row") if r.is_displayed()]
    assert rows and all(query.lower() in r.lower().replace("\n", " ") for r in rows)
    assert len(rows) < len(page.find_elements(By.CSS_SELECTOR, "#units .row"))


def test_unticking_an_edition_hides_its_column(page) -> None:
    from selenium.webdriver.common.by import By

    click(page, page.find_element(By.CSS_SELECTOR, 'input[name="lang"][value="zh"]'))
    assert not [c for c in page.find_elements(By.CSS_SELECTOR, '.cell[data-lang="zh"]') if c.is_displayed()]
    assert [c for c in page.find_elements(By.CSS_SELECTOR, '.cell[data-lang="en"]') if c.is_displayed()]


def test_at_200_percent_zoom_the_text_wraps_without_sideways_scrolling(page) -> None:
    width = page.get_window_size()["width"]
    page.set_window_size(width // 2, 1000)  # half the width: what a 200% zoom leaves to lay out
    try:
        assert page.execute_script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        bar = "const c = document.getElementById('controls'); return getComputedStyle(c).position + ' ' + (c.offsetHeight < innerHeight / 3)"
        assert page.execute_script(bar) in ("static true", "static false", "sticky true")  # never a sticky bar hiding the text
    finally:
        page.set_window_size(width, 1000)


def test_the_printed_page_leaves_out_the_controls(page) -> None:
    from selenium.webdriver.common.by import By

    page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not page.find_element(By.ID, "controls").is_displayed()
        assert page.find_element(By.CSS_SELECTOR, "#units .row").is_displayed()
    finally:
        page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_the_page_logs_no_errors(page) -> None:
    assert [e for e in page.get_log("browser") if e["level"] == "SEVERE"] == []


def test_the_index_lists_each_edition_and_links_the_report_page(browser, out: Path, figures: pd.DataFrame) -> None:
    from selenium.webdriver.common.by import By

    browser.get((out / "review" / "index.html").as_uri())
    rows = browser.find_elements(By.CSS_SELECTOR, "table.documents tbody tr")
    assert len(rows) == figures["source"].nunique()
    click(browser, browser.find_element(By.LINK_TEXT, REPORT))
    assert browser.current_url.endswith(PAGE)


def test_screenshot_of_the_page(page, aligned: pd.DataFrame) -> None:
    from selenium.webdriver.common.by import By

    pair = aligned[(aligned["lang"] == "zh") & (aligned["status"] == "both")].iloc[3]
    page.execute_script("window.scrollTo(0, 0)")
    page.find_element(By.ID, f"f-{pair['id']}").click()  # near the top: selected, its twin and its details shown
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / "review.png"
    assert page.save_screenshot(str(path))
    print(f"screenshot: {path}")


# --- without a browser -------------------------------------------------------------------------

MARK = {"class": "fig"}
HIGHLIGHT_CASES = [
    pytest.param("a < b", [], "a &lt; b", id="escapes-lt"),
    pytest.param("<b>40</b> states", [Span(3, 5, MARK)], '&lt;b&gt;<mark class="fig">40</mark>&lt;/b&gt; states', id="escapes-around-mark"),
    pytest.param("共 40 个国家", [Span(2, 6, MARK)], '共 <mark class="fig">40 个</mark>国家', id="offsets"),
    pytest.param("5% and 7%", [Span(7, 9, MARK), Span(0, 2, MARK)], '<mark class="fig">5%</mark> and <mark class="fig">7%</mark>', id="any-order"),
    pytest.param("12345", [Span(0, 3, MARK), Span(2, 5, MARK)], '<mark class="fig">123</mark>45', id="overlap-left-out"),
    pytest.param("x", [Span(0, 1, {"data-id": 'a"b'})], '<mark data-id="a&quot;b">x</mark>', id="escapes-attribute"),
]


@pytest.mark.parametrize(("text", "spans", "expected"), HIGHLIGHT_CASES)
def test_highlight(text: str, spans: list[Span], expected: str) -> None:
    assert highlight(text, spans) == expected


@pytest.mark.parametrize(("lang", "direction"), [("ar", "rtl"), ("he", "rtl"), ("en", "ltr"), ("zh", "ltr"), ("fr", "ltr")])
def test_text_direction(lang: str, direction: str) -> None:
    assert text_direction(lang) == direction


PAGE_NAMES = [  # reports of one run → the stem of each one's page
    pytest.param(["A/80/1", "S/2025/2"], ["A_80_1", "S_2025_2"], id="symbols"),
    pytest.param(["A/80/1", "A_80_1"], ["A_80_1", "A_80_1-2"], id="symbol-and-stem-reduce-alike"),
    pytest.param(["A/80/1", "a_80_1", "A 80 1"], ["A_80_1", "a_80_1-2", "A_80_1-3"], id="case-folded"),
    pytest.param(["///"], ["report"], id="nothing-left"),
]


@pytest.mark.parametrize(("reports", "stems"), PAGE_NAMES)
def test_every_report_gets_a_page_of_its_own(reports: list[str], stems: list[str]) -> None:
    assert list(page_names(reports).values()) == stems


def test_two_reports_that_reduce_alike_are_both_reviewed(tmp_path: Path) -> None:
    """A report's symbol and another report's file stem give one file name: two pages, each
    linked from the index, neither overwriting the other."""
    tables = tiny_tables()
    stem_units = tables.paragraphs.iloc[[1]].assign(report="X_1", source="X_1.txt", text="7 member states")
    stem_figures = tables.figures.iloc[[1]].assign(report="X_1", source="X_1.txt", id="X_1:en:1:0", value=7.0)
    units = pd.concat([tables.paragraphs, stem_units], ignore_index=True)
    figs = pd.concat([tables.figures, stem_figures], ignore_index=True)
    for name, frame in (("paragraphs", units), ("figures", figs), ("documents", derive_documents(units, figs)),
                        ("figures_aligned", tables.aligned)):
        frame.to_parquet(tmp_path / f"{name}.parquet")
    assert main(["review", str(tmp_path), "--out", str(tmp_path)]) == 0
    pages = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "review").glob("*.html")}
    assert sorted(pages) == ["X_1-2.html", "X_1.html", "index.html"]
    assert "member states" in pages["X_1-2.html"] and "member states" not in pages["X_1.html"]
    assert 'href="X_1.html"' in pages["index.html"] and 'href="X_1-2.html"' in pages["index.html"]


def tiny_tables() -> Tables:
    """Two editions of a one-paragraph report; the Arabic text holds a `</script>` to escape."""
    units = pd.DataFrame([
        {"report": "X/1", "source": "x_ar.txt", "lang": "ar", "para": "1", "kind": "paragraph", "number": 1, "chapter": "", "section": "", "heading": "", "title": "", "page": 1, "text": "٤٠ </script> <b>"},
        {"report": "X/1", "source": "x_en.txt", "lang": "en", "para": "1", "kind": "paragraph", "number": 1, "chapter": "", "section": "", "heading": "", "title": "", "page": 1, "text": "40 states"},
    ])
    figs = pd.DataFrame([
        {"id": "X/1:ar:1:0", "report": "X/1", "source": "x_ar.txt", "lang": "ar", "para": "1", "kind": "count", "value": 40.0, "unit": "", "subject": "</script>", "qualifier": "exact", "text": "٤٠", "start": 0, "end": 2, "page": 1, "x0": None, "top": None, "x1": None, "bottom": None},
        {"id": "X/1:en:1:0", "report": "X/1", "source": "x_en.txt", "lang": "en", "para": "1", "kind": "count", "value": 40.0, "unit": "", "subject": "states", "qualifier": "exact", "text": "40", "start": 0, "end": 2, "page": 1, "x0": None, "top": None, "x1": None, "bottom": None},
    ])
    wide = pd.DataFrame([{"report": "X/1", "para": "1", "kind": "count", "value": 40.0, "ar_id": "X/1:ar:1:0", "ar_text": "٤٠", "en_id": "X/1:en:1:0", "en_text": "40", "status": "both"}])
    units["part"], figs["part"] = "", ""
    aligned = long_aligned(wide)
    figs["editions"] = editions_from(figs, aligned)
    return Tables(documents=derive_documents(units, figs), paragraphs=units, figures=figs, aligned=aligned)


def test_arabic_units_run_right_to_left_and_text_is_escaped() -> None:
    html = report_page("X/1", tiny_tables(), {})
    assert '<div class="cell" data-lang="ar" lang="ar" dir="rtl"><article' in html
    assert '<div class="cell" data-lang="en" lang="en" dir="ltr"><article' in html
    assert html.count("</script>") == 2  # the JSON blob's and the script's own; the text's is escaped
    assert "&lt;/script&gt; &lt;b&gt;" in html


WIDE_TO_LONG = [
    pytest.param({"zh_id": "z", "zh_text": "40 个", "en_id": "e", "en_text": "40", "status": "both"}, ("zh", "z", "e", "both"), id="both"),
    pytest.param({"zh_id": "z", "zh_text": "一年", "en_id": "", "en_text": "", "status": "zh_only"}, ("zh", "z", "", "lang_only"), id="lang-only"),
    pytest.param({"zh_id": "", "zh_text": "", "en_id": "e", "en_text": "a decade", "status": "en_only"}, ("zh", "", "e", "en_only"), id="en-only"),
]


@pytest.mark.parametrize(("wide", "expected"), WIDE_TO_LONG)
def test_the_wide_aligned_table_reads_as_the_long_form(wide: dict[str, str], expected: tuple[str, str, str, str]) -> None:
    frame = pd.DataFrame([{"report": "A/80/1", "para": "1", "kind": "count", "value": 40.0, **wide}])
    row = long_aligned(frame).iloc[0]
    assert (row["lang"], row["id"], row["en_id"], row["status"], row["part"]) == (*expected, "")


def test_editions_count_the_twins() -> None:
    tables = tiny_tables()
    assert list(tables.figures["editions"]) == [2, 2]


def test_a_folder_without_tables_gets_one_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", str(RAW), "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and str(tmp_path) in err[0] and "no paragraphs" in err[0]


def test_the_page_loads_nothing_from_the_network(page) -> None:
    from selenium.webdriver.common.by import By

    click(page, page.find_element(By.CSS_SELECTOR, "a.pagelink"))
    wait_until(page, lambda d: d.execute_script("return document.getElementById('viewer-img').naturalWidth"))
    loaded = page.execute_script(
        "return Array.from(document.querySelectorAll('img, script[src], link, iframe, source, video, audio'))"
        ".map(e => e.currentSrc || e.src || e.href)")
    assert loaded and all(url.startswith("file:") for url in loaded)
    assert "url(" not in "".join(page.execute_script("return Array.from(document.styleSheets).flatMap(s => Array.from(s.cssRules).map(r => r.cssText))"))


def test_tables_in_the_contract_form_are_read_as_they_are(tmp_path: Path) -> None:
    """documents, part, editions and the long figures_aligned, as CONTRACT.md describes them."""
    tables = tiny_tables()
    tables.paragraphs["part"] = tables.figures["part"] = "annex I"
    tables.figures["editions"] = [2, 1]
    tables.documents["title"] = ["تقرير <الأمين العام>", "Report of the Secretary-General"]
    aligned = tables.aligned.assign(part="annex I", status="lang_only", en_id="", en_text="")
    for name, frame in (("paragraphs", tables.paragraphs), ("figures", tables.figures),
                        ("documents", tables.documents), ("figures_aligned", aligned)):
        frame.to_parquet(tmp_path / f"{name}.parquet")
    assert main(["review", str(tmp_path), "--out", str(tmp_path)]) == 0
    page_html = (tmp_path / "review" / "X_1.html").read_text(encoding="utf-8")
    assert "annex I · 1" in page_html and len(re.findall(r'<mark[^>]* data-status="unmatched"', page_html)) == 2
    assert '"editions": 1' in page_html
    index = (tmp_path / "review" / "index.html").read_text(encoding="utf-8")
    assert '<td lang="ar" dir="rtl">تقرير &lt;الأمين العام&gt;</td>' in index and 'href="X_1.html"' in index
