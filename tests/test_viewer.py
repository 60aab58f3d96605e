"""The web viewer in a real browser: Playwright drives the system's Chromium, headless, against
`diplograph serve` on the test server, and against the file `diplograph export html` writes.

Set DIPLOGRAPH_SCREENSHOTS to a folder to keep the screenshots (README's comes from here).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from diplograph.graph.kb import load_default
from diplograph.graph.model import Article, ArticleBatchItem, Event, EventDate, EventType
from diplograph.graph.resolve import Resolver
from diplograph.graph.store import Store

from .test_cli import EXE, REPO, run
from .test_queries import gold_items

pytestmark = pytest.mark.neo4j

HOSTILE = (
    'Le ministre a dit <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>.'
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def corpus_graph(neo4j_conn):
    """The sample corpus (its gold events) plus one article whose evidence holds HTML and script."""
    kb = load_default()
    resolver = Resolver(kb)
    items, _ = gold_items(resolver)
    lula, modi = (resolver.resolve(n, "en").ref for n in ("Lula", "Narendra Modi"))
    items.append(ArticleBatchItem(
        Article("hostile-article", sha256="x", published=EventDate.parse("2019-05-02"),
                title="<b>not bold</b>", url="javascript:alert(1)"),
        [Event(EventType.CALL, lula, modi, EventDate.parse("2019-05-01"), "hostile-article", HOSTILE)],
    ))  # fmt: skip
    with Store(neo4j_conn) as store:
        store.clear()
        store.write_knowledge_base(kb)
        store.write_articles(items)
    return items


@pytest.fixture(scope="module")
def server(corpus_graph, neo4j_env):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")} | neo4j_env
    proc = subprocess.Popen([EXE, "serve", "--port", str(port)], env=env, cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"diplograph serve exited: {proc.stdout.read()}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.2)
    yield f"http://127.0.0.1:{port}/"
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.fail("Chromium is missing: install Debian's package (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, headless=True,
                              args=["--use-angle=swiftshader", "--enable-unsafe-swiftshader"])  # fmt: skip
        yield b
        b.close()


def open_viewer(browser, url: str, offline: bool = False):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    if offline:
        context.set_offline(True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.wait_for_selector("body[data-ready]", timeout=30_000)
    assert page.get_attribute("body", "data-ready") == "true", page.text_content("#summary")
    assert not errors, errors
    return page, requests


def shoot(page, name: str) -> None:
    folder = os.environ.get("DIPLOGRAPH_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / name))


def set_range(page, start: str, end: str) -> None:
    for sel, month in (("#from", start), ("#to", end)):
        y, m = map(int, month.split("-"))
        page.eval_on_selector(sel, "(e, v) => { e.value = v; e.dispatchEvent(new Event('input')); }",
                              y * 12 + m - 1)  # fmt: skip


def edge_between(page, a: str, b: str) -> str:
    return page.evaluate(
        """([a, b]) => window.diplograph.visibleEdges().find(k => {
             const [s, t] = window.diplograph.graph.extremities(k);
             const n = [window.diplograph.graph.getNodeAttribute(s, 'label'),
                        window.diplograph.graph.getNodeAttribute(t, 'label')];
             return n.includes(a) && n.includes(b); })""",
        [a, b],
    )


def click_edge(page, key: str) -> None:
    pos = page.evaluate("(k) => window.diplograph.edgeScreenPosition(k)", key)
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])


def test_the_graph_renders_with_the_corpus_actors(server, browser):
    page, _ = open_viewer(browser, server)
    names = set(page.evaluate("window.diplograph.visibleNodes()"))
    assert {"Emmanuel Macron", "Vladimir Putin", "Joe Biden", "Xi Jinping"} <= names
    assert page.locator("#graph canvas").count() > 0  # sigma's WebGL layers
    assert page.locator("#legend .legend-item").count() == 4
    shoot(page, "viewer.png")


def test_narrowing_the_dates_changes_what_is_shown(server, browser):
    page, _ = open_viewer(browser, server)
    everything = set(page.evaluate("window.diplograph.visibleNodes()"))
    set_range(page, "2022-01", "2022-02")
    narrowed = set(page.evaluate("window.diplograph.visibleNodes()"))
    assert {"Emmanuel Macron", "Vladimir Putin"} <= narrowed < everything
    assert "Barack Obama" not in narrowed
    assert page.text_content("#from-label") == "2022-01"


def test_clicking_an_edge_shows_its_evidence(server, browser, corpus_graph):
    page, _ = open_viewer(browser, server)
    set_range(page, "2022-01", "2022-02")
    key = edge_between(page, "Emmanuel Macron", "Vladimir Putin")
    assert key, "no Macron-Putin edge drawn"
    click_edge(page, key)
    page.wait_for_selector("#panel[data-showing=edge]", timeout=5000)
    panel = page.text_content("#panel")
    assert "Emmanuel Macron – Vladimir Putin" in panel
    sentences = [e.evidence for item in corpus_graph for e in item.events
                 if {e.source.id, e.target.id} == {"emmanuel-macron", "vladimir-putin"}
                 and e.date.iso().startswith("2022-0")]  # fmt: skip
    assert any(s in panel for s in sentences)
    shoot(page, "viewer-evidence.png")


def test_evidence_holding_html_is_text_and_never_runs(server, browser):
    page, _ = open_viewer(browser, server)
    set_range(page, "2019-05", "2019-05")
    key = edge_between(page, "Luiz Inácio Lula da Silva", "Narendra Modi")
    click_edge(page, key)
    page.wait_for_selector("#panel[data-showing=edge]", timeout=5000)
    assert "<script>window.__pwned=2</script>" in page.text_content("#panel")
    assert "<b>not bold</b>" in page.text_content("#panel")
    assert page.locator("#panel img, #panel script, #panel b").count() == 0
    assert page.locator("#panel a[href^='javascript']").count() == 0
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None


def test_clicking_an_actor_shows_its_timeline(server, browser):
    page, _ = open_viewer(browser, server)
    page.evaluate("window.diplograph.showActor('Leader:vladimir-putin')")
    items = page.locator("#panel li.event .date").all_text_contents()
    assert items and items == sorted(items)


def test_the_server_is_read_only_and_local(server):
    import urllib.error
    import urllib.request

    req = urllib.request.Request(server + "api/data", method="POST", data=b"{}")
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(req)
    assert info.value.code == 405
    assert server.startswith("http://127.0.0.1:")


def test_export_html_renders_offline(corpus_graph, neo4j_env, browser, tmp_path):
    out = tmp_path / "graph.html"
    done = run("export", "html", "--out", str(out), env=neo4j_env)
    assert done.returncode == 0, done.stderr
    page, requests = open_viewer(browser, out.as_uri(), offline=True)
    assert {"Emmanuel Macron", "Vladimir Putin"} <= set(
        page.evaluate("window.diplograph.visibleNodes()")
    )
    assert all(u.startswith("file:") for u in requests), requests
    assert page.evaluate("window.__pwned") is None
