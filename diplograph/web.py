"""The web viewer: `diplograph serve` (a read-only Starlette app on 127.0.0.1) and the
self-contained page of `diplograph export html`.

The page and its script come from `diplograph/viewer/` (index.html, and dist/viewer.js built
from src/ with npm by `make setup`). The JSON endpoints run named queries only, through
`diplograph.queries.Graph`, in read transactions; there is no endpoint that writes.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from diplograph.graph.store import StoreError
from diplograph.queries import Graph, QueryError, UnknownActor

VIEWER = resources.files("diplograph").joinpath("viewer")
ALL_TYPES = ("CALL", "MEET", "VISIT", "DEMAND", "ACCUSE")


class ViewerMissing(RuntimeError):
    """The front end has not been built (npm)."""


def _plain(value: Any) -> Any:
    iso = getattr(value, "iso_format", None)
    return iso() if callable(iso) else value


def viewer_data(
    g: Graph,
    start: str | None = None,
    end: str | None = None,
    actor: str | None = None,
    types: tuple[str, ...] = ALL_TYPES,
    planned: bool = True,
) -> dict[str, Any]:
    """What the viewer draws: actors, events (with evidence) and the articles behind them."""
    actors: dict[str, dict[str, Any]] = {}
    events: list[dict[str, Any]] = []
    for row in g.iter_subgraph(start, end, actor=actor, types=types, planned=planned):
        ids = []
        for side, kind in ((row.source, row.source_kind), (row.target, row.target_kind)):
            node_id = f"{kind}:{side['id']}"
            actors.setdefault(node_id, {"id": side["id"], "name": side.get("name") or side["id"],
                                        "kind": kind, "wikidata": side.get("wikidata")})  # fmt: skip
            ids.append(node_id)
        p = row.properties
        precision = p.get("precision") or "day"
        day = str(_plain(p["date"]))
        events.append({
            "key": p["key"], "type": p.get("type"), "source": ids[0], "target": ids[1],
            "date": {"day": day[:10], "month": day[:7], "year": day[:4]}.get(precision, day),
            "directed": bool(p.get("directed")), "modality": p.get("modality"),
            "content": p.get("content"), "articles": list(p.get("articles") or []),
            "evidence": list(p.get("evidence") or []),
        })  # fmt: skip
    wanted = sorted({a for e in events for a in e["articles"]})
    articles = {}
    for i in range(0, len(wanted), 1000):
        for a in g.articles(wanted[i : i + 1000]):
            articles[a.id] = {"id": a.id, "title": a.title, "url": a.url, "published": a.published}
    events.sort(key=lambda e: (e["date"], e["key"]))
    return {"actors": actors, "events": events, "articles": articles}


def _bundle() -> str:
    path = VIEWER.joinpath("dist", "viewer.js")
    if not path.is_file():
        raise ViewerMissing(
            "the viewer is not built: run `make setup` (or `npm ci && npm run build` in "
            "diplograph/viewer)"
        )
    return path.read_text(encoding="utf-8")


def page(data: dict[str, Any] | None = None) -> str:
    """The viewer page. With `data`, one self-contained file: the script and the data inline, no
    request made; without, a page that loads viewer.js and /api/data from the server."""
    html = VIEWER.joinpath("index.html").read_text(encoding="utf-8")
    if data is None:
        return html.replace("<!--DG-DATA-->", "").replace(
            "<!--DG-SCRIPT-->", '<script src="viewer.js"></script>'
        )
    # "<" escaped inside JSON and "</script" inside the bundle: nothing can close the elements
    payload = json.dumps(data, ensure_ascii=False, default=str).replace("<", "\\u003c")
    script = _bundle().replace("</script", "<\\/script")
    return html.replace(
        "<!--DG-DATA-->", f'<script id="dg-data" type="application/json">{payload}</script>'
    ).replace("<!--DG-SCRIPT-->", f"<script>{script}</script>")


def create_app(graph: Graph):
    """The Starlette app over one Graph (its driver pools connections; each request runs in
    read transactions of its own). The caller closes the Graph when the server stops."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse, Response
    from starlette.routing import Route

    _bundle()  # fail at start-up, not on the first page

    def params(request: Request) -> dict[str, Any]:
        q = request.query_params
        types = tuple(t.strip().upper() for t in q.get("types", "").split(",") if t.strip())
        return {"start": q.get("from") or None, "end": q.get("to") or None,
                "actor": q.get("actor") or None, "types": types or ALL_TYPES}  # fmt: skip

    async def index(request: Request) -> Response:
        return HTMLResponse(page())

    async def script(request: Request) -> Response:
        return Response(_bundle(), media_type="text/javascript")

    def answer(fn) -> Response:
        try:
            return JSONResponse(fn(graph))
        except (QueryError, UnknownActor, ValueError) as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        except StoreError as exc:
            return JSONResponse({"error": str(exc)}, status_code=503)

    # the endpoints that query are plain functions: Starlette runs them in its thread pool, so a
    # slow query never blocks the event loop
    def data(request: Request) -> Response:
        p = params(request)
        return answer(lambda g: json.loads(json.dumps(viewer_data(g, **p), default=str)))

    def query(request: Request) -> Response:
        name = request.path_params["name"]
        given = dict(request.query_params)
        return answer(lambda g: json.loads(json.dumps(g.run(name, given), default=_plain)))

    return Starlette(
        routes=[
            Route("/", index, methods=["GET"]),
            Route("/viewer.js", script, methods=["GET"]),
            Route("/favicon.ico", lambda request: Response(status_code=204), methods=["GET"]),
            Route("/api/data", data, methods=["GET"]),
            Route("/api/query/{name}", query, methods=["GET"]),
        ]
    )
