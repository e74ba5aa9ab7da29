#!/usr/bin/env python3
"""Accessibility check of eligo's HTML pages in a real browser.

Renders, with the eligo command, an explanation (three registers), outreach letters
(standard and large print) and CRPA notices from the example pack, and the explanation,
letter and notice of the French pack's sample single parent, then loads each page
in Debian's headless Chromium and runs axe-core with the WCAG 2.1 A and AA rules (tags
wcag2a, wcag2aa, wcag21a, wcag21aa). Also checks that each page reflows without
horizontal scrolling in a 320 CSS pixel wide viewport (WCAG 1.4.10, which covers text
zoomed to 400% on a 1280 pixel screen, hence 200% too).

axe-core's JavaScript comes from the PyPI package axe-core-python, which bundles
axe.min.js (the npm registry is out of reach here); the browser is driven with selenium
through Debian's chromedriver, so that nothing is downloaded at run time.

Exit status: 0 when no page has a violation, 1 otherwise, 77 (skipped, for ctest) when
the browser, its driver or the Python packages are missing.
"""
import argparse
import importlib.resources
import json
import pathlib
import shutil
import subprocess
import sys
import time

SKIPPED = 77
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
REFLOW_WIDTH = 320
# A page built to fail (no language, an image without text alternative, grey on white),
# checked first so that a silent axe-core cannot pass every page.
CANARY = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>canary</title></head><body><main>'
          '<h1>Canary</h1><img src="missing.png"><p style="color:#b0b0b0">grey text</p></main></body></html>')


def find_browser():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def skip(reason):
    print(f"SKIPPED: {reason}; run scripts/setup.sh to install it")
    sys.exit(SKIPPED)


def render_pages(eligo, source, out):
    """Writes the pages to check into `out` and returns their paths."""
    data = source / "rules" / "example" / "data"
    population = ["example", "--period", "2025-06", "--groups", str(data / "foyers.csv"),
                  "--persons", str(data / "personnes.csv")]
    ranking = out / "ranking.json"
    ranking.write_text(json.dumps({"model": "logistic regression v1", "features": [
        {"feature": "Montant en jeu", "value": "194,00 €", "contribution": 0.61},
        {"feature": "Contacts sans réponse", "value": "1", "contribution": -0.2}]}), encoding="utf-8")
    jobs = {}
    for group in ("F1", "F3"):
        for language in ("fr", "fr-falc", "en"):
            jobs[f"explanation-{group}-{language}.html"] = [
                "explain", *population, "--id", group, "--language", language, "--format", "html"]
    for language in ("fr", "fr-falc", "en"):
        jobs[f"letter-{language}.html"] = [
            "letter", *population, "--id", "F1", "--person", "P1", "--language", language, "--format", "html",
            "--place-name", "France Services de Saint-Flour", "--place-address", "1 place de la Mairie"]
        jobs[f"letter-large-{language}.html"] = [
            "letter", *population, "--id", "F1", "--person", "P1", "--language", language, "--format", "html",
            "--large-print"]
        jobs[f"notice-{language}.html"] = [
            "notice", *population, "--id", "F1", "--person", "P1", "--language", language, "--format", "html",
            "--ranking", str(ranking)]
    # The French pack's single parent (rules/fr/data, F1): the free CSS, conditions said as
    # not met in easy-to-read French, words for enumeration values.
    fr_data = source / "rules" / "fr" / "data"
    fr_household = ["fr", "--period", "2026-05", "--groups", str(fr_data / "familles.csv"),
                    "--persons", str(fr_data / "personnes.csv"), "--id", "F1"]
    for language in ("fr", "fr-falc", "en"):
        jobs[f"fr-explanation-F1-{language}.html"] = ["explain", *fr_household, "--language", language,
                                                      "--format", "html"]
        jobs[f"fr-letter-F1-{language}.html"] = ["letter", *fr_household, "--person", "F1_0", "--language",
                                                 language, "--format", "html"]
        jobs[f"fr-notice-F1-{language}.html"] = ["notice", *fr_household, "--person", "F1_0", "--language",
                                                 language, "--format", "html", "--ranking", str(ranking)]
    pages = []
    for name, arguments in jobs.items():
        result = subprocess.run([eligo, *arguments], cwd=source, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            print(f"eligo {' '.join(arguments)} failed ({result.returncode}):\n{result.stderr}")
            sys.exit(1)
        page = out / name
        page.write_text(result.stdout, encoding="utf-8")
        pages.append(page)
    return pages


def open_browser(browser, driver_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(driver_path), options=options)


def check_page(driver, axe_script, page):
    """The problems of one page, as lines of text."""
    driver.get(page.resolve().as_uri())
    driver.execute_script(axe_script)
    results = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => n.target.join(' '))}))}))"
        ".catch(e => done({error: String(e)}));", WCAG_TAGS)
    if "error" in results:
        return [f"axe-core failed: {results['error']}"]
    problems = [f"{v['id']} ({v['impact']}): {v['help']} at {', '.join(v['nodes'][:5])}"
                for v in results["violations"]]
    # Reflow: at 320 CSS pixels wide, the page must not scroll sideways.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": REFLOW_WIDTH, "height": 640, "deviceScaleFactor": 1, "mobile": False})
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    if overflow > 0:
        problems.append(f"reflow: {overflow} CSS pixels of horizontal scrolling at {REFLOW_WIDTH} pixels wide")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eligo", required=True, help="the eligo command")
    parser.add_argument("--source", required=True, type=pathlib.Path, help="the eligo source tree")
    parser.add_argument("--out", required=True, type=pathlib.Path, help="a folder for the pages")
    arguments = parser.parse_args()

    browser = find_browser()
    driver_path = shutil.which("chromedriver")
    if browser is None:
        skip("no Chromium browser found (Debian package chromium)")
    if driver_path is None:
        skip("no chromedriver found (Debian package chromium-driver)")
    try:
        import selenium  # noqa: F401
        axe_script = (importlib.resources.files("axe_core_python") / "axe.min.js").read_text(encoding="utf-8")
    except ImportError as missing:
        skip(f"Python package missing: {missing.name} (PyPI packages selenium and axe-core-python)")

    arguments.out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    pages = render_pages(arguments.eligo, arguments.source.resolve(), arguments.out)
    driver = open_browser(browser, driver_path)
    failures = 0
    try:
        version = driver.capabilities.get("browserVersion", "?")
        canary = arguments.out / "canary.html"
        canary.write_text(CANARY, encoding="utf-8")
        caught = check_page(driver, axe_script, canary)
        if len(caught) < 3:
            print(f"axe-core found {len(caught)} of the 3 violations of a page built to fail: {caught}")
            return 1
        for page in pages:
            problems = check_page(driver, axe_script, page)
            failures += len(problems)
            print(f"{page.name}: {len(problems)} violation(s)")
            for problem in problems:
                print(f"  - {problem}")
    finally:
        driver.quit()
    print(f"axe-core on {len(pages)} pages (Chromium {version} headless, "
          f"rules {', '.join(WCAG_TAGS)}): {failures} violation(s) in {time.monotonic() - started:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
