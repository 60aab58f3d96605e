"""The `diplograph` command line: a thin front door over functions that the tests call directly."""

from __future__ import annotations

import csv
import functools
import io
import json
import sys
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from diplograph.graph import server as srv
from diplograph.graph.model import Event
from diplograph.graph.store import Store, StoreError

app = typer.Typer(
    help="Turn diplomatic news into a dated, sourced Neo4j knowledge graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
neo4j_app = typer.Typer(
    help="Install, start, stop and inspect the Neo4j server diplograph manages."
)
app.add_typer(neo4j_app, name="neo4j")
actors_app = typer.Typer(help="The actor knowledge base: resolve mentions, show actors, load them.")
app.add_typer(actors_app, name="actors")
export_app = typer.Typer(
    help="Export the graph: RDF (rdf), a self-contained web page (html), graphml and gexf for Gephi."
)
app.add_typer(export_app, name="export")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

F = TypeVar("F", bound=Callable[..., Any])


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def clean_errors(fn: F) -> F:
    """Turn our own errors into one line on stderr and exit status 1 (no traceback)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (srv.ServerError, StoreError, ValueError, OSError) as exc:
            err.print(f"[red]diplograph:[/red] {exc}", highlight=False, markup=True)
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def open_store(batch_size: int | None = None) -> Store:
    """The store on NEO4J_URI if set, else on the managed default instance."""
    conn = srv.connection(srv.DEFAULT_INSTANCE)
    return Store(conn, batch_size=batch_size or 1000)


def parse_params(items: Iterable[str]) -> dict[str, Any]:
    """`k=v` pairs; v is read as JSON when it is JSON (numbers, lists, "quoted"), else as text."""
    params: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip().isidentifier():
            raise ValueError(f"bad --param {item!r}: expected NAME=VALUE")
        try:
            params[key.strip()] = json.loads(value)
        except json.JSONDecodeError:
            params[key.strip()] = value
    return params


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def print_rows(rows: list[dict[str, Any]], fmt: Format, title: str | None = None) -> None:
    rows = [_plain(r) for r in rows]
    if fmt is Format.json:
        out.print_json(json.dumps(rows, ensure_ascii=False, default=str))
        return
    columns: list[str] = []
    for row in rows:
        columns += [c for c in row if c not in columns]
    if fmt is Format.csv:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow(
                {
                    k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                    for k, v in row.items()
                }
            )
        sys.stdout.write(buf.getvalue())
        return
    table = Table(title=title)
    for c in columns:
        table.add_column(c)
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    out.print(table)
    out.print(f"{len(rows)} row(s)")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


# -- neo4j ----------------------------------------------------------------------------------
InstanceOpt = Annotated[
    str,
    typer.Option(
        "--instance",
        help="Managed instance: 'neo4j' (default), 'neo4j-test' (the tests') or 'neo4j-bench'.",
    ),
]


def _external_notice() -> bool:
    conn = srv.external_connection()
    if conn:
        out.print(f"NEO4J_URI is set: diplograph uses the server at {conn.uri} and manages none.")
        return True
    return False


@neo4j_app.command("install")
@clean_errors
def neo4j_install(instance: InstanceOpt = srv.DEFAULT_INSTANCE) -> None:
    """Fetch Neo4j 5.26 Community from Maven Central, write its config and an initial password."""
    if _external_notice():
        return
    server = srv.ManagedServer(instance)
    server.install(quiet=True)
    out.print(f"Neo4j installed under {server.dir} (jars in {server.lib}).")


@neo4j_app.command("start")
@clean_errors
def neo4j_start(
    instance: InstanceOpt = srv.DEFAULT_INSTANCE,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for Bolt.")] = 120.0,
) -> None:
    """Start the managed server in the background (once) and wait until Bolt answers."""
    if _external_notice():
        return
    server = srv.ManagedServer(instance)
    was_running = server.running()
    server.start(timeout=timeout)
    verb = "was already running" if was_running else "started"
    out.print(f"Neo4j '{instance}' {verb} on {server.uri} (pid {server.pid()}).")


@neo4j_app.command("stop")
@clean_errors
def neo4j_stop(instance: InstanceOpt = srv.DEFAULT_INSTANCE) -> None:
    """Stop the managed server cleanly."""
    if _external_notice():
        return
    server = srv.ManagedServer(instance)
    out.print(
        f"Neo4j '{instance}' stopped." if server.stop() else f"Neo4j '{instance}' was not running."
    )


@neo4j_app.command("status")
@clean_errors
def neo4j_status(instance: InstanceOpt = srv.DEFAULT_INSTANCE) -> None:
    """Say where the server runs and how to connect to it."""
    if _external_notice():
        return
    server = srv.ManagedServer(instance)
    out.print(server.status(), highlight=False)
    if not server.running():
        raise typer.Exit(3)


# -- store ----------------------------------------------------------------------------------
@app.command()
@clean_errors
def stats(fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table) -> None:
    """Count nodes by label and relationships by type."""
    with open_store() as store:
        counts = store.stats()
    if fmt is Format.table:
        rows = [{"kind": "node", "name": k, "count": v} for k, v in counts["nodes"].items()]
        rows += [
            {"kind": "relationship", "name": k, "count": v}
            for k, v in counts["relationships"].items()
        ]
        print_rows(rows, fmt, title=f"diplograph graph at {store.conn.uri}")
    else:
        out.print_json(json.dumps(counts)) if fmt is Format.json else print_rows(
            [{"kind": k, "name": n, "count": c} for k, d in counts.items() for n, c in d.items()],
            fmt,
        )


@app.command()
@clean_errors
def cypher(
    query: Annotated[str, typer.Argument(help="A Cypher query; it runs in a READ transaction.")],
    param: Annotated[
        list[str], typer.Option("--param", "-p", help="NAME=VALUE (JSON or text).")
    ] = [],  # noqa: B006
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
) -> None:
    """Run a read-only Cypher query; a query that writes is refused."""
    params = parse_params(param)
    with open_store() as store:
        rows = store.read(query, params)
    print_rows(rows, fmt)


@app.command()
@clean_errors
def load(
    paths: Annotated[
        list[Path], typer.Argument(help="JSONL files of event records (as `extract` prints).")
    ],
    batch_size: Annotated[int, typer.Option(help="Event rows per write transaction.")] = 1000,
) -> None:
    """Write event records (one JSON object per line) to the graph.

    A bad line is reported with its file and line number and the rest is loaded.
    """
    events: list[Event] = []
    failures = 0
    for path in paths:
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                events.append(Event.from_json(json.loads(line)))
            except (ValueError, TypeError, json.JSONDecodeError) as exc:
                failures += 1
                err.print(f"{path}:{lineno}: skipped: {exc}", highlight=False, markup=False)
    with open_store(batch_size) as store:
        n = store.write_events(events)
    out.print(f"loaded {n} event record(s) from {len(paths)} file(s); {failures} bad line(s)")
    if failures:
        raise typer.Exit(1)


# -- ingest ---------------------------------------------------------------------------------
class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


PathsArg = Annotated[
    list[str], typer.Argument(help="Files, folders or glob patterns (txt, json, jsonl, html).")
]


@app.command()
@clean_errors
def extract(
    paths: PathsArg,
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.jsonl,
) -> None:
    """Print the events found in articles (one JSON record per line); touches no database.

    Inputs that cannot be read are listed on stderr with the reason, and make the exit status 1.
    """
    from diplograph.ingest.batch import Failure, extract_paths

    failures = []
    rows = []
    for result in extract_paths(paths):
        if isinstance(result, Failure):
            failures.append(result)
            err.print(f"skipped {result}", highlight=False, markup=False)
            continue
        for event in result.events:
            if fmt is ExtractFormat.jsonl:
                sys.stdout.write(json.dumps(event.to_json(), ensure_ascii=False) + "\n")
            else:
                rows.append(_event_row(event))
    if fmt is ExtractFormat.table:
        print_rows(rows, Format.table)
    if failures:
        raise typer.Exit(1)


def _event_row(event: Event) -> dict[str, Any]:
    return {
        "date": event.date.iso(),
        "type": event.type.value,
        "source": event.source.name,
        "target": event.target.name,
        "directed": event.directed,
        "modality": event.modality.value,
        "evidence": event.evidence[:80] + ("…" if len(event.evidence) > 80 else ""),
    }


@app.command()
@clean_errors
def ingest(
    paths: PathsArg,
    force: Annotated[
        bool, typer.Option(help="Extract and write again articles already in the graph.")
    ] = False,
    batch_size: Annotated[int, typer.Option(help="Event rows per write transaction.")] = 1000,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-j",
            min=1,
            help="Extraction processes (default: one per core; 1 runs everything in this process).",
        ),
    ] = None,
    retry_time: Annotated[
        float | None,
        typer.Option(
            min=0,
            help="Seconds to keep retrying when Neo4j becomes unavailable "
            "(default 60, or DIPLOGRAPH_RETRY_TIME).",
        ),
    ] = None,
) -> None:
    """Extract events from articles and write them to the graph, with a progress bar.

    An article already ingested with the same content is skipped unless --force; failures are
    listed at the end and make the exit status 1. An interrupted run (killed, or Neo4j gone)
    loses nothing that was written: run it again and it goes on from there.
    """
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from diplograph.ingest.batch import IngestError, ingest_paths

    conn = srv.connection(srv.DEFAULT_INSTANCE)
    with (
        Store(conn, batch_size=batch_size, retry_time=retry_time) as store,
        Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        ) as progress,
    ):
        task = progress.add_task("reading", total=None)
        seen = [0]

        def tick(source: str) -> None:
            seen[0] += 1
            progress.update(task, description=f"{seen[0]} input(s): {Path(source).name[:60]}")

        try:
            report = ingest_paths(paths, store, force=force, on_article=tick, workers=workers)
        except IngestError as exc:
            raise StoreError(str(exc)) from None
    out.print(
        f"{report.written} article(s) written with {report.events} event(s); "
        f"{report.skipped} unchanged article(s) skipped; {len(report.failures)} failure(s)"
    )
    for failure in report.failures:
        err.print(f"failed {failure}", highlight=False, markup=False)
    if report.failures:
        raise typer.Exit(1)


@app.command("eval")
@clean_errors
def evaluate(
    gold_dir: Annotated[
        Path, typer.Argument(help="Folder of gold files (<article>.expected.json).")
    ],
    paths: PathsArg,
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List every miss and extra.")
    ] = False,
) -> None:
    """Precision, recall and F1 per event type and overall (micro) against gold files."""
    from diplograph.ingest.batch import evaluate_paths

    if not gold_dir.is_dir():
        raise ValueError(f"{gold_dir}: not a folder of gold files")
    total, failures = evaluate_paths(gold_dir, paths)
    print_rows(total.rows(), fmt)
    if verbose:
        for line in total.misses:
            err.print(f"miss  {line}", highlight=False, markup=False)
        for line in total.extras:
            err.print(f"extra {line}", highlight=False, markup=False)
    for line in total.unresolved:
        err.print(f"warning {line}", highlight=False, markup=False)
    for failure in failures:
        err.print(f"skipped {failure}", highlight=False, markup=False)


# -- actors ---------------------------------------------------------------------------------
@actors_app.command("resolve")
@clean_errors
def actors_resolve(
    mention: Annotated[str, typer.Argument(help='A mention, e.g. "le président français".')],
    on: Annotated[
        str, typer.Option("--date", help="The date it refers to (YYYY-MM-DD); default today.")
    ] = "",
    lang: Annotated[str, typer.Option("--lang", help="Language of the mention: fr or en.")] = "en",
    other: Annotated[
        str,
        typer.Option("--other", help='The other party, for "son homologue" (a name, id or QID).'),
    ] = "",
) -> None:
    """Print the actor a mention names on a date as one JSON object, or null."""
    from diplograph.graph.resolve import default_resolver

    day = _parse_day(on)
    resolver = default_resolver()
    other_ref = None
    if other:
        hit = resolver.resolve(other, lang, day)
        if hit is None:
            raise ValueError(f"--other {other!r} names no known actor")
        other_ref = hit.ref
    hit = resolver.resolve(mention, lang, day, other_ref)
    sys.stdout.write(json.dumps(hit.to_json() if hit else None, ensure_ascii=False) + "\n")


@actors_app.command("show")
@clean_errors
def actors_show(
    actor: Annotated[
        str, typer.Argument(help="An id (FRA, NATO, emmanuel-macron), a QID or a name.")
    ],
) -> None:
    """Print an actor of the knowledge base with its offices (leaders) or members (organisations)."""
    from diplograph.graph.kb import load_default
    from diplograph.graph.resolve import default_resolver

    kb = load_default()
    found = kb.by_id(actor)
    if not found:
        hit = default_resolver().resolve(actor, "en")
        found = [hit.actor] if hit else []
    if not found:
        raise ValueError(f"no actor named {actor!r} in the knowledge base")
    docs = []
    for a in found:
        doc: dict[str, Any] = {"id": a.id, "kind": a.kind.value, "name": a.name}
        if a.name_fr:
            doc["name_fr"] = a.name_fr
        doc["wikidata"] = a.wikidata
        if a.offices:
            doc["offices"] = [o.to_json() for o in sorted(a.offices, key=lambda o: o.start)]
        members = [m for m in kb.memberships if m.org == a.id]
        if members:
            doc["members"] = [
                {
                    "state": m.state,
                    "since": m.since.isoformat(),
                    "until": m.until.isoformat() if m.until else None,
                }
                for m in members
            ]
        memberships = [m.org for m in kb.memberships if m.state == a.id]
        if memberships:
            doc["member_of"] = sorted(set(memberships))
        docs.append(doc)
    sys.stdout.write(
        json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2) + "\n"
    )


@actors_app.command("load")
@clean_errors
def actors_load() -> None:
    """Write the knowledge base (actors, offices, memberships) to the graph; safe to repeat."""
    from diplograph.graph.kb import load_default

    kb = load_default()
    with open_store() as store:
        counts = store.write_knowledge_base(kb)
    out.print(", ".join(f"{v} {k}" for k, v in counts.items()))


# -- queries --------------------------------------------------------------------------------
def open_graph():
    from diplograph.queries import Graph

    return Graph(open_store(), own_store=True)


@app.command()
@clean_errors
def query(
    name: Annotated[str, typer.Argument(help="A named query (see --list).")] = "",
    param: Annotated[
        list[str], typer.Option("--param", "-p", help="NAME=VALUE; repeat for each parameter.")
    ] = [],  # noqa: B006
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
    list_: Annotated[bool, typer.Option("--list", help="List the named queries.")] = False,
) -> None:
    """Run a named query (queries/*.cypher) with its parameters; actors may be given by any name."""
    from diplograph.queries import get, load_all

    if list_ or not name:
        rows = [
            {
                "query": q.name,
                "answers": q.description,
                "parameters": ", ".join(p.name if p.required else f"{p.name}?" for p in q.params),
            }
            for q in load_all().values()
        ]
        print_rows(rows, fmt)
        return
    get(name)  # an unknown name fails before connecting
    with open_graph() as g:
        rows = g.run(name, parse_params(param))
    print_rows(rows, fmt)


@app.command("who-talked")
@clean_errors
def who_talked(
    actor: Annotated[str, typer.Option("--actor", "-a", help="Only this actor's contacts.")] = "",
    start: Annotated[str, typer.Option("--from", help="First day (YYYY-MM-DD).")] = "1900-01-01",
    end: Annotated[str, typer.Option("--to", help="Last day (YYYY-MM-DD).")] = "2100-12-31",
    planned: Annotated[bool, typer.Option(help="Also contacts only planned.")] = False,
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
) -> None:
    """Who talked to whom, and when: date, the two parties, type, number of sources, initiator."""
    with open_graph() as g:
        contacts = g.contacts(start, end, actor=actor or None, planned=planned)
    rows = [
        {"date": c.date, "a": c.source, "b": c.target, "type": c.type, "sources": c.sources,
         "initiator": c.initiator, "modality": c.modality, "articles": c.articles, "key": c.key}
        for c in contacts
    ]  # fmt: skip
    if fmt is Format.table:
        rows = [{k: v for k, v in r.items() if k not in ("articles", "key")} for r in rows]
    print_rows(rows, fmt)


@app.command()
@clean_errors
def network(
    start: Annotated[str, typer.Option("--from", help="First day (YYYY-MM-DD).")] = "",
    end: Annotated[str, typer.Option("--to", help="Last day (YYYY-MM-DD).")] = "",
    ego: Annotated[str, typer.Option("--ego", help="Show this actor's ego network instead.")] = "",
    all_kinds: Annotated[
        bool, typer.Option("--all-kinds", help="States and organisations too, not only leaders.")
    ] = False,
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
) -> None:
    """Degree and betweenness centrality of leaders over contacts in a window, and communities."""
    from diplograph.graph import network as nw

    kinds = None if all_kinds else ("Leader",)
    with open_graph() as g:
        graph = g.networkx(start or None, end or None, planned=False)
        if ego:
            sub = nw.ego(graph, g.lookup.id(ego))
            rows = [
                {"date": str(d.get("date")), "type": d.get("type"),
                 "source": sub.nodes[u].get("name"), "target": sub.nodes[v].get("name")}
                for u, v, d in sub.edges(data=True)
            ]  # fmt: skip
            print_rows(sorted(rows, key=lambda r: r["date"]), fmt)
            return
    print_rows(nw.centrality(graph, kinds), fmt, title="centrality")
    groups = nw.communities(graph, kinds)
    print_rows(
        [
            {"community": i, "size": len(c), "members": ", ".join(c)}
            for i, c in enumerate(groups, 1)
        ],
        fmt,
        title="communities",
    )


def _export_graph(fmt: str, out_path: Path, start: str, end: str, actor: str) -> None:
    from diplograph.graph import network as nw

    with open_graph() as g:
        graph = g.networkx(start or None, end or None, actor=actor or None)
    nw.write(graph, str(out_path), fmt)
    out.print(
        f"wrote {graph.number_of_nodes()} actors and {graph.number_of_edges()} events to {out_path}"
    )


ExportFrom = Annotated[str, typer.Option("--from", help="First day (YYYY-MM-DD).")]
ExportTo = Annotated[str, typer.Option("--to", help="Last day (YYYY-MM-DD).")]
ExportActor = Annotated[str, typer.Option("--actor", help="Only this actor's events.")]


@export_app.command("graphml")
@clean_errors
def export_graphml(
    out_path: Annotated[Path, typer.Option("--out", "-o", help="File to write.")] = Path(
        "diplograph.graphml"
    ),
    start: ExportFrom = "",
    end: ExportTo = "",
    actor: ExportActor = "",
) -> None:
    """Write the graph (or a window of it) as GraphML for Gephi or yEd."""
    _export_graph("graphml", out_path, start, end, actor)


@export_app.command("gexf")
@clean_errors
def export_gexf(
    out_path: Annotated[Path, typer.Option("--out", "-o", help="File to write.")] = Path(
        "diplograph.gexf"
    ),
    start: ExportFrom = "",
    end: ExportTo = "",
    actor: ExportActor = "",
) -> None:
    """Write the graph (or a window of it) as GEXF for Gephi."""
    _export_graph("gexf", out_path, start, end, actor)


class RdfFormat(StrEnum):
    turtle = "turtle"
    json_ld = "json-ld"
    nt = "nt"
    xml = "xml"
    trig = "trig"


@export_app.command("rdf")
@clean_errors
def export_rdf(
    fmt: Annotated[
        RdfFormat, typer.Option("--format", "-f", help="RDF syntax.")
    ] = RdfFormat.turtle,
    start: ExportFrom = "",
    end: ExportTo = "",
    actor: ExportActor = "",
    out_path: Annotated[
        Path | None, typer.Option("--out", "-o", help="File to write; standard output if absent.")
    ] = None,
    base: Annotated[
        str,
        typer.Option(
            "--base",
            envvar="DIPLOGRAPH_BASE_IRI",
            help="Base IRI of the minted actor, event and article IRIs.",
        ),
    ] = "",
    validate: Annotated[
        bool, typer.Option("--validate", help="Check the export against the shipped SHACL shapes.")
    ] = False,
) -> None:
    """Write the graph (or a window of it) as RDF: schema.org, PROV-O, owl:sameAs Wikidata.

    N-Triples is streamed; TriG puts each article's statements in a named graph. The file appears
    only once complete. With --validate, a non-conforming export fails with the SHACL report."""
    import os
    import tempfile

    from diplograph.graph import rdf

    base = rdf.check_base(base or rdf.DEFAULT_BASE)
    target_dir = out_path.resolve().parent if out_path else None
    fd, tmp = tempfile.mkstemp(prefix=".diplograph-export-", dir=target_dir)
    try:
        with os.fdopen(fd, "wb") as stream, open_graph() as g:
            rows = g.iter_subgraph(start or None, end or None, actor=actor or None)
            written = rdf.write(rows, lambda ids: g.articles(ids), stream, fmt.value, base)
        if validate:
            conforms, report = rdf.validate(rdf.load(tmp, fmt.value))
            if not conforms:
                raise ValueError("the export does not conform to the SHACL shapes:\n" + report)
        if out_path:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 is for the unfinished file only
            os.replace(tmp, out_path)
        else:
            with open(tmp, "rb") as f:
                sys.stdout.buffer.write(f.read())
            sys.stdout.flush()
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    where = str(out_path) if out_path else "standard output"
    check = "; conforms to the SHACL shapes" if validate else ""
    err.print(
        f"wrote {written.events} events, {len(written.seen_actors)} actors and "
        f"{len(written.article_ids)} articles as {fmt.value} to {where}{check}",
        highlight=False,
    )


@app.command()
@clean_errors
def serve(
    host: Annotated[
        str, typer.Option(help="Address to listen on; 127.0.0.1 keeps it on this machine.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8750,
) -> None:
    """Browse the graph in a web browser: a read-only viewer on http://HOST:PORT/."""
    import uvicorn

    from diplograph.web import create_app

    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(
            f"[yellow]warning:[/yellow] serving on {host}: anyone who can reach this address can "
            "read the graph",
            highlight=False,
        )
    with open_graph() as graph:  # fails now, with the usual message, if Neo4j is not there
        web = create_app(graph)
        out.print(f"diplograph viewer on http://{host}:{port}/ (read-only; Ctrl-C stops it)")
        uvicorn.run(web, host=host, port=port, log_level="warning")


@export_app.command("html")
@clean_errors
def export_html(
    out_path: Annotated[Path, typer.Option("--out", "-o", help="File to write.")] = Path(
        "diplograph.html"
    ),
    start: ExportFrom = "",
    end: ExportTo = "",
    actor: ExportActor = "",
) -> None:
    """Write one self-contained HTML file: the viewer with the data inside, for opening from disk."""
    from diplograph.web import page, viewer_data

    with open_graph() as g:
        data = viewer_data(g, start or None, end or None, actor=actor or None)
    out_path.write_text(page(data), encoding="utf-8")
    out.print(
        f"wrote {len(data['events'])} events between {len(data['actors'])} actors to {out_path}"
    )


def _parse_day(text: str):
    from datetime import date

    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"bad --date {text!r}: expected YYYY-MM-DD") from None


def main() -> None:
    app()


if __name__ == "__main__":
    main()
