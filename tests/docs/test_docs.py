"""``make docs``: the HTML reference of both specs, opened in headless Chromium, renders every operation.

Redoc renders one tag at a time (its "section" pagination): the test clicks every tag of the menu and collects the
operations rendered in the page (``data-section-id="/<tag>/<operationid>"``), which must be exactly the spec's.
The pages are built by ``make docs`` (incremental; it installs the pinned Redocly CLI with npm on first use).
Chromium: Playwright (PyPI) drives Debian's ``chromium-headless-shell`` (or ``chromium``) or, if installed, its own
build; without any browser the test is skipped, saying so.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "build" / "docs"
PAGES = {"outlook-v2.0.html": ROOT / "spec" / "outlook-v2.0.yaml",
         "outlook-preview-2014.html": ROOT / "spec" / "outlook-preview-2014.yaml"}  # fmt: skip
SYSTEM_BROWSERS = ("chromium-headless-shell", "chromium", "chromium-browser")
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def _operations(spec: Path) -> tuple[list[str], dict[str, list[str]]]:
    """The spec's tags in order, and operation ids (lower case, as Redoc's section ids write them) per tag."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(spec.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader
    by_tag: dict[str, list[str]] = {t["name"]: [] for t in document.get("tags", [])}
    for item in document["paths"].values():
        for method, operation in item.items():
            if method in METHODS:
                for tag in operation.get("tags", ["default"]):
                    by_tag.setdefault(tag, []).append(operation["operationId"].lower())
    return list(by_tag), by_tag


@functools.cache
def _browser_executable() -> str | None:
    """Debian's headless Chromium, if installed; None: Playwright's own build (if it has one)."""
    for name in SYSTEM_BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install playwright)")
    with sync_api.sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=_browser_executable(), args=["--no-sandbox"])
        except sync_api.Error as error:
            pytest.skip(
                "no headless Chromium here: `apt-get install chromium-headless-shell` (what .ci/run does) or "
                f"`playwright install chromium` ({str(error).splitlines()[0]})"
            )
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def docs() -> Path:
    if shutil.which("npm") is None and not (ROOT / "tools/spec-lint/node_modules/.installed").exists():
        pytest.skip("npm is needed to install the Redocly CLI that builds the docs (tools/spec-lint/)")
    subprocess.run(["make", "-s", "docs"], cwd=ROOT, check=True, capture_output=True, timeout=600)
    return DOCS


# In the page: open each tag from the menu (a click on its label, as a reader does), wait until the tag's operations
# are attached (polled once a frame, not a fixed sleep), and collect their section ids. One call per page instead of
# a round trip (and Playwright's actionability waits, ~0.4 s a click) per tag.
_OPEN_EVERY_TAG = """async (tags) => {
  const rendered = {};
  const labels = [...document.querySelectorAll('[data-testid="menu-item-label"]')];
  for (const tag of tags) {
    const label = labels.find((l) => l.textContent.trim() === tag);
    if (!label) { rendered[tag] = null; continue; }
    label.click();
    const selector = `[data-section-id^="/${tag}/"]`;
    await new Promise((resolve, reject) => {
      const until = performance.now() + 30000;
      const poll = () => document.querySelector(selector) ? resolve()
        : performance.now() > until ? reject(new Error(`no operation of ${tag} rendered`))
        : requestAnimationFrame(poll);
      poll();
    });
    rendered[tag] = [...document.querySelectorAll(selector)].map((n) => n.getAttribute("data-section-id"));
  }
  return rendered;
}"""


def _open(browser, page_file: Path, tags: list[str]):
    """Load the page and start opening its tags in it (without waiting: the pages render side by side)."""
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.route(re.compile(r"^https?://"), lambda route: route.abort())  # offline: no CDN icons, no fonts
    page.goto(page_file.as_uri())
    page.get_by_test_id("menu-item-label").first.wait_for()
    page.evaluate(f"(tags) => {{ window.__renderedByTag = ({_OPEN_EVERY_TAG})(tags); }}", tags)
    return page, errors


def _rendered(page, errors: list[str]) -> tuple[dict[str, set[str]], list[str]]:
    """Per tag, the operations the page rendered once that tag was opened in the menu; and the page's JS errors."""
    ids_by_tag = page.evaluate("() => window.__renderedByTag")
    page.close()
    rendered = {tag: {i.split("/", 2)[2] for i in ids} if ids is not None else None for tag, ids in ids_by_tag.items()}
    return rendered, errors


def test_each_page_renders_every_operation_of_its_spec(browser, docs: Path) -> None:
    # One test for both pages: `make docs` and the browser run once, on one xdist worker; the pages in two tabs.
    specs = {page_name: _operations(spec) for page_name, spec in PAGES.items()}
    opened = {page_name: _open(browser, docs / page_name, tags) for page_name, (tags, _) in specs.items()}
    for page_name, (_, expected) in specs.items():
        rendered, errors = _rendered(*opened[page_name])
        assert not errors, f"{page_name}: {errors}"
        assert {t: sorted(ops) if ops is not None else None for t, ops in rendered.items()} == {
            t: sorted(set(o)) for t, o in expected.items()
        }, page_name
        operations = {o for ops in expected.values() for o in ops}
        assert {o for ops in rendered.values() for o in ops or ()} == operations and operations, page_name
