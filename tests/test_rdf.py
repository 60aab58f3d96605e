"""RDF export: the pure mapper (no server) and `diplograph export rdf` on a real Neo4j."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from diplograph.graph import rdf
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, SDO, XSD

from .test_cli import run
from .test_extract import SEED

NASTY = 'Vladimir <Putin> "the" \\ boss\nline two\x07'
ROWS = [
    {
        "source_kind": "Leader",
        "source": {"id": "emmanuel-macron", "name": "Emmanuel Macron", "wikidata": "Q3052772"},
        "target_kind": "Leader",
        "target": {"id": "vladimir putin/<x>", "name": NASTY, "wikidata": "Q7747"},
        "relationship": "CALLED",
        "properties": {"key": "k1", "type": "CALL", "date": date(2022, 2, 3), "precision": "day",
                       "directed": True, "modality": "asserted", "cameo": "041", "confidence": 0.9,
                       "mentions": 2, "articles": ["a 1", "a>2"],
                       "evidence": ['Il a "appelé" <son homologue>\nhier', "second"]},
    },
    {
        "source_kind": "State",
        "source": {"id": "USA", "name": "United States", "wikidata": "Q30"},
        "target_kind": "Alliance",
        "target": {"id": "NATO", "name": "NATO", "kind": "alliance", "wikidata": "Q7184"},
        "relationship": "ACCUSED",
        "properties": {"key": "k2", "type": "ACCUSE", "date": date(2022, 2, 1), "precision": "month",
                       "modality": "asserted", "cameo": "112", "content": 'of "things" <b>',
                       "articles": ["a 1"], "evidence": ["s"]},
    },
]  # fmt: skip


def articles(ids):
    return [{"id": i, "title": f"Title of {i} <&>", "url": f"https://example.org/{i}?q=<1>",
             "published": "2022-02-03", "precision": "day", "language": "fr"} for i in ids]  # fmt: skip


def export(fmt: str, tmp_path, rows=ROWS) -> Graph:
    buf = io.BytesIO()
    rdf.write(rows, articles, buf, fmt)
    path = tmp_path / f"export.{rdf.FORMATS[fmt][1]}"
    path.write_bytes(buf.getvalue())
    return rdf.load(str(path), fmt)


@pytest.mark.parametrize("fmt", list(rdf.FORMATS))
def test_every_syntax_parses_back_and_conforms_even_with_hostile_names(fmt, tmp_path):
    g = export(fmt, tmp_path)
    events = set(g.subjects(RDF.type, SDO.Event))
    assert len(events) == len(ROWS)
    names = {str(n) for n in g.objects(None, SDO.name)}
    assert 'Vladimir <Putin> "the" \\ boss\nline two\ufffd' in names  # control char replaced
    conforms, report = rdf.validate(g)
    assert conforms, report


def test_streamed_nt_says_the_same_as_rdflib(tmp_path):
    from rdflib.compare import isomorphic

    assert isomorphic(export("nt", tmp_path), export("turtle", tmp_path))


def test_event_resource_carries_everything(tmp_path):
    g = export("turtle", tmp_path)
    m = rdf.Minter()
    ev = m.event("k1")
    macron, putin = m.actor("Leader", "emmanuel-macron"), m.actor("Leader", "vladimir putin/<x>")
    assert "<" not in str(putin) and " " not in str(putin)  # ids are percent-encoded
    assert (ev, RDF.type, rdf.DG.Call) in g
    assert (ev, rdf.DG.initiator, macron) in g
    assert set(g.objects(ev, rdf.DG.participant)) == {macron, putin}
    assert (ev, SDO.startDate, Literal("2022-02-03", datatype=XSD.date)) in g
    assert (macron, rdf.DG.called, putin) in g  # the direct triple for simple consumers
    assert (macron, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q3052772")) in g
    sources = set(g.objects(ev, PROV.wasDerivedFrom))
    assert sources == {m.article("a 1"), m.article("a>2")}
    quoted = {str(g.value(e, PROV.value)) for e in g.objects(ev, rdf.DG.evidence)}
    assert quoted == {'Il a "appelé" <son homologue>\nhier', "second"}
    acc = m.event("k2")
    assert (acc, SDO.startDate, Literal("2022-02", datatype=XSD.gYearMonth)) in g
    assert (acc, rdf.DG.content, Literal('of "things" <b>')) in g


def test_trig_puts_each_articles_statements_in_a_named_graph(tmp_path):
    from rdflib import Dataset

    buf = io.BytesIO()
    rdf.write(ROWS, articles, buf, "trig")
    ds = Dataset()
    ds.parse(data=buf.getvalue(), format="trig")
    m = rdf.Minter()
    named = ds.graph(m.article_graph("a>2"))
    assert (m.event("k1"), PROV.wasDerivedFrom, m.article("a>2")) in named
    assert (m.event("k2"), PROV.wasDerivedFrom, m.article("a 1")) not in named


def test_shapes_reject_an_event_without_source(tmp_path):
    g = export("turtle", tmp_path)
    ev = rdf.Minter().event("k2")
    g.remove((ev, PROV.wasDerivedFrom, None))
    conforms, report = rdf.validate(g)
    assert not conforms and "wasDerivedFrom" in report


def test_nt_is_written_in_chunks(tmp_path):
    rows = []
    for i in range(7):
        row = json.loads(json.dumps(ROWS[1], default=str))
        row["properties"]["key"] = f"k{i}"
        row["properties"]["date"] = date(2022, 2, 1)
        rows.append(row)
    out = io.BytesIO()
    writes = []
    out_write = out.write
    out.write = lambda b: (writes.append(len(b)), out_write(b))[1]  # type: ignore[method-assign]
    rdf.write(rows, articles, out, "nt", chunk=2)
    assert len(writes) == 4  # 3 full chunks of 2 events, then the last event with the articles
    g = Graph().parse(data=out.getvalue(), format="nt")
    assert len(set(g.subjects(RDF.type, SDO.Event))) == 7


@pytest.mark.parametrize("base", ["ftp://x/", "https://x.org/id", "https://x.org/a b/", "id/"])
def test_bad_base_iri_is_refused(base):
    with pytest.raises(ValueError, match="bad base IRI"):
        rdf.Minter(base)


def test_base_iri_is_configurable(tmp_path):
    buf = io.BytesIO()
    rdf.write(ROWS, articles, buf, "nt", base="https://example.org/dg#")
    assert b"<https://example.org/dg#event/k1>" in buf.getvalue()


# -- end to end on the real server ------------------------------------------------------------------
WHO_TALKED = """
PREFIX dg: <https://diplograph.org/ns#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?a ?b ?date ?article WHERE {
  ?e a dg:Call ; dg:participant ?x, ?y ; schema:startDate ?date ; prov:wasDerivedFrom ?art .
  ?x schema:name ?a . ?y schema:name ?b . ?art schema:identifier ?article .
  FILTER (STR(?a) < STR(?b))
}
"""


@pytest.mark.neo4j
def test_export_of_the_seed_article(store, neo4j_env, tmp_path):
    assert run("actors", "load", env=neo4j_env).returncode == 0
    done = run("ingest", str(SEED), env=neo4j_env, timeout=300)
    assert done.returncode == 0, done.stderr
    events = store.read("MATCH ()-[r:CALLED|MET|VISITED|DEMANDED|ACCUSED]->() RETURN count(r) AS n")
    out = tmp_path / "seed.ttl"
    done = run(
        "export", "rdf", "--format", "turtle", "--out", str(out), "--validate", env=neo4j_env
    )
    assert done.returncode == 0, done.stderr
    assert "conforms" in done.stderr
    g = Graph().parse(out, format="turtle")
    assert len(set(g.subjects(RDF.type, SDO.Event))) == events[0]["n"] > 0
    names = {str(g.value(s, SDO.name)): o for s, o in g.subject_objects(OWL.sameAs)}
    assert names["Emmanuel Macron"] == URIRef("http://www.wikidata.org/entity/Q3052772")
    assert names["Vladimir Putin"] == URIRef("http://www.wikidata.org/entity/Q7747")
    for e in g.subjects(RDF.type, SDO.Event):
        assert list(g.objects(e, PROV.wasDerivedFrom)), e  # every event has a source
    seed_id = store.read("MATCH (a:Article) RETURN a.id AS id")[0]["id"]
    calls = {(str(r.a), str(r.b), str(r.date), str(r.article)) for r in g.query(WHO_TALKED)}
    assert ("Emmanuel Macron", "Vladimir Putin", "2022-02-03", seed_id) in calls
    assert ("Emmanuel Macron", "Vladimir Putin", "2022-01-31", seed_id) in calls


@pytest.mark.neo4j
@pytest.mark.parametrize("fmt", ["nt", "trig", "json-ld", "xml"])
def test_every_syntax_from_the_cli(store, neo4j_env, tmp_path, fmt):
    from pathlib import Path

    sample = Path(__file__).parent / "data" / "seed-events.jsonl"
    assert run("actors", "load", env=neo4j_env).returncode == 0
    assert run("load", str(sample), env=neo4j_env).returncode == 0
    out = tmp_path / f"g.{fmt}"
    done = run("export", "rdf", "-f", fmt, "-o", str(out), "--validate", "--from", "2022-01-01",
               "--to", "2022-12-31", env=neo4j_env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    n = store.read("MATCH ()-[r]->() WHERE r.date >= date('2022-01-01') AND r.date <= date('2022-12-31') "
                   "AND r.key IS NOT NULL RETURN count(r) AS n")[0]["n"]  # fmt: skip
    g = rdf.load(str(out), fmt)
    assert len(set(g.subjects(RDF.type, SDO.Event))) == n > 0


@pytest.mark.neo4j
def test_bad_base_from_the_cli_is_one_line(store, neo4j_env):
    done = run("export", "rdf", "--base", "not an iri", env=neo4j_env)
    assert done.returncode == 1 and "bad base IRI" in done.stderr and "Traceback" not in done.stderr
