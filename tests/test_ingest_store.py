"""`diplograph ingest` against a real Neo4j: the seed, skip/force/replace, and bad inputs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from diplograph.graph.store import Store

from .test_cli import REPO, run
from .test_extract import SEED

pytestmark = pytest.mark.neo4j

WHO_TALKED = (
    "MATCH (a)-[r:CALLED|MET|VISITED]->(b) WHERE r.date >= date($from) AND r.date <= date($to) "
    "RETURN toString(r.date) AS date, type(r) AS type, a.id AS source, b.id AS target, "
    "r.directed AS directed, r.articles AS articles ORDER BY date"
)


def test_ingest_seed_then_skip_then_force(neo4j_env, store: Store, tmp_path):
    article = tmp_path / "seed.txt"
    shutil.copy(SEED, article)
    proc = run("ingest", str(article), env=neo4j_env)
    assert proc.returncode == 0, proc.stderr
    assert "1 article(s) written" in proc.stdout
    rows = store.read(WHO_TALKED, {"from": "2022-01-01", "to": "2022-02-28"})
    calls = [
        (r["date"], r["source"], r["target"], r["directed"]) for r in rows if r["type"] == "CALLED"
    ]
    assert ("2022-02-03", "emmanuel-macron", "vladimir-putin", True) in calls
    assert any(
        c[0] == "2022-01-31" and {c[1], c[2]} == {"emmanuel-macron", "vladimir-putin"}
        for c in calls
    )
    counts = store.stats()
    assert counts["relationships"]["DEMANDED"] == 2 and counts["relationships"]["ACCUSED"] >= 3
    # the same article again: skipped, nothing changes
    again = run("ingest", str(article), env=neo4j_env)
    assert again.returncode == 0 and "1 unchanged article(s) skipped" in again.stdout
    assert store.stats() == counts
    # --force extracts and writes it again: still the same graph
    forced = run("ingest", "--force", str(article), env=neo4j_env)
    assert forced.returncode == 0 and "1 article(s) written" in forced.stdout
    assert store.stats() == counts
    mentions = store.read("MATCH ()-[r:CALLED]->() RETURN collect(r.mentions) AS m")[0]["m"]
    assert mentions == [1, 1]


def test_changed_article_replaces_its_events(neo4j_env, store: Store, tmp_path):
    article = tmp_path / "a.jsonl"
    article.write_text(
        '{"id": "wire-1", "language": "en", "published": "2023-03-16", '
        '"text": "The German chancellor spoke by phone with the Turkish president on Tuesday."}\n',
        encoding="utf-8",
    )
    assert run("ingest", str(article), env=neo4j_env).returncode == 0
    assert store.read("MATCH ()-[r:CALLED]->() RETURN count(r) AS n") == [{"n": 1}]
    article.write_text(
        '{"id": "wire-1", "language": "en", "published": "2023-03-16", '
        '"text": "The German chancellor met the Turkish president in Ankara on Tuesday."}\n',
        encoding="utf-8",
    )
    assert run("ingest", str(article), env=neo4j_env).returncode == 0
    assert store.read("MATCH ()-[r:CALLED]->() RETURN count(r) AS n") == [{"n": 0}]
    met = store.read("MATCH ()-[r:MET]->() RETURN r.articles AS a, r.mentions AS m")
    assert met == [{"a": ["wire-1"], "m": 1}]


def test_bad_inputs_are_listed_and_the_rest_is_ingested(neo4j_env, store: Store, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(
        REPO / "ingest" / "samples" / "articles" / "en-215-nato-sweden-vilnius-2023.txt",
        corpus / "good.txt",
    )
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)))
    (corpus / "latin1.txt").write_bytes("date 2022-01-01 Déclaration".encode("latin-1"))
    (corpus / "broken.jsonl").write_text('{"text": "x"\n', encoding="utf-8")
    (corpus / "german.txt").write_text("date 2022-01-01\n\nDer Bundeskanzler hat gestern mit dem "
                                       "russischen Präsidenten telefoniert.", encoding="utf-8")  # fmt: skip
    (corpus / "nodate.txt").write_text(
        "The French president met the German chancellor.", encoding="utf-8"
    )
    proc = run("ingest", str(corpus), env=neo4j_env)
    assert proc.returncode == 1
    assert "1 article(s) written" in proc.stdout
    failed = [line for line in proc.stderr.splitlines() if line.startswith("failed ")]
    assert len(failed) == 6, proc.stderr
    for name, reason in [("empty.txt", "empty file"), ("binary.txt", "binary"), ("latin1.txt", "UTF-8"),
                         ("broken.jsonl", "malformed JSON"), ("german.txt", "unsupported language"),
                         ("nodate.txt", "no publication date")]:  # fmt: skip
        assert any(name in line and reason in line for line in failed), (name, failed)
    assert store.read("MATCH (a:Article) RETURN count(a) AS n") == [{"n": 1}]


def test_extract_prints_records_and_touches_no_database(tmp_path):
    proc = run("extract", str(SEED), env={"NEO4J_URI": "bolt://127.0.0.1:9"})
    assert proc.returncode == 0, proc.stderr
    import json

    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert {r["type"] for r in records} >= {"CALL", "DEMAND", "ACCUSE"}
    first = records[0]
    assert set(first) == {"article", "type", "cameo", "source", "target", "date", "precision", "directed",
                          "modality", "content", "evidence", "span", "confidence"}  # fmt: skip
    text = SEED.read_text(encoding="utf-8")
    article_text = text.split("2022-02", 1)[1].strip()
    for r in records:
        s, e = r["span"]
        assert article_text[s:e] == r["evidence"]


def test_eval_command(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(SEED.with_suffix("").with_suffix(".expected.json"), gold / "seed.expected.json")
    shutil.copy(SEED, tmp_path / "seed.txt")
    proc = run("eval", str(gold), str(tmp_path / "seed.txt"), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    import json

    rows = {r["type"]: r for r in json.loads(proc.stdout)}
    assert rows["ALL"]["gold"] == 7 and rows["ALL"]["recall"] == 1.0
    assert rows["ALL"]["precision"] == 1.0


def test_ingest_sample_corpus_twice_is_identical(neo4j_env, store: Store):
    samples = REPO / "ingest" / "samples" / "articles"
    assert run("ingest", str(samples), env=neo4j_env).returncode == 0
    first = store.stats()
    assert first["nodes"]["Article"] == len(list(Path(samples).glob("*.txt")))
    assert run("ingest", "--force", str(samples), env=neo4j_env).returncode == 0
    assert store.stats() == first
