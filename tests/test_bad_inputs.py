"""A corpus of bad inputs ingested with good articles: each bad input is reported on one line with
its reason, the rest is ingested, and the bad inputs leave nothing in the graph.

Small inputs are committed under tests/data/bad_inputs/; big ones (a 20 MB text, a 1 MB single
line, an article naming 5,000 actors) are generated here. What counts as a failure:

- refused: empty, binary, not UTF-8, over 5 MB, truncated JSON, malformed JSON lines (each line
  on its own; the good lines of the same file are ingested), an HTML page cut before its body, a
  publication date in the future, a language other than French and English, no publication
  date, an article over 200,000 characters, an article naming hundreds of actors or reporting hundreds
  of events (a list, not a story: it would make one huge transaction);
- accepted: control characters (replaced by spaces), lone UTF-16 surrogates from JSON escapes
  (replaced), malformed HTML whose text can still be read, a long single line of normal size.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from diplograph.graph.kb import load_default
from diplograph.graph.model import ActorKind
from diplograph.graph.store import Store

from .graphdump import dump, source_lists_broken
from .test_cli import REPO, run

pytestmark = pytest.mark.neo4j

BAD = REPO / "tests" / "data" / "bad_inputs"
SAMPLES = REPO / "ingest" / "samples" / "articles"
GOOD = [
    "en-215-nato-sweden-vilnius-2023.txt",
    "fr-103-macron-scholz-poutine-appel-mai-2022.txt",
    "en-201-biden-xi-call-2022.txt",
]
ACCEPTED = ["control-chars.txt", "malformed-readable.html", "surrogate.jsonl"]
# input (file, or file:line for JSON Lines) -> what its failure line must say
REFUSED = {
    "empty.txt": "empty file",
    "image-named-txt.txt": "binary file",
    "latin1.txt": "not valid UTF-8",
    "truncated.json": "malformed JSON",
    "mixed.jsonl:2": "malformed JSON line",
    "mixed.jsonl:3": "malformed JSON line",
    "mixed.jsonl:4": "no 'text' string",
    "mixed.jsonl:5": "must be a JSON object",
    "truncated-head.html": "holds no article text",
    "future.txt": "publication date 2031-05-02 is in the future",
    "future.jsonl:1": "publication date 2099-01-01 is in the future",
    "spanish.txt": "unsupported language 'es'",
    "unknown-language.jsonl:1": "unsupported language 'tl'",
    "no-date.txt": "no publication date",
    "huge-20mb.txt": "too large (20.0 MB",
    "one-line-1mb.txt": "too long for one article",
    "roll-call-5000.jsonl:1": "actors (the limit is 300 an article)",
}

NEWS = (
    "The Canadian prime minister met the Mexican president in Mexico City on Tuesday to discuss "
    "trade, his office said."
)
FILLER = (
    "Officials declined to give details of the agenda, and markets in the region closed slightly "
    "higher as energy stocks led the gains. "
)


def generated(folder: Path) -> None:
    """The inputs too big to commit."""
    with (folder / "huge-20mb.txt").open("w", encoding="utf-8") as f:
        f.write("date 2023-01-10\n\n")
        while f.tell() < 20_000_000:
            f.write(FILLER * 50 + "\n")
    # one line of a million characters
    line = "date 2023-01-10 " + FILLER * (1_000_000 // len(FILLER)) + NEWS
    (folder / "one-line-1mb.txt").write_text(line, encoding="utf-8")
    # 5,000 actors named, ten a sentence, from the knowledge base's leaders and states
    kb = load_default()
    names = [a.name for k in (ActorKind.LEADER, ActorKind.STATE) for a in kb.of_kind(k)]
    sentences = []
    for i in range(500):
        group = [names[(i * 10 + k) % len(names)] for k in range(10)]
        sentences.append(
            f"{', '.join(group[:-1])} and {group[-1]} met in Geneva on Monday for the conference."
        )
    record = {
        "id": "roll-call",
        "language": "en",
        "published": "2023-01-10",
        "text": " ".join(sentences),
    }
    (folder / "roll-call-5000.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")


def long_line(folder: Path) -> Path:
    """A normal article on one line of 60,000 characters: accepted."""
    path = folder / "long-line-60k.txt"
    path.write_text("date 2023-01-11 " + FILLER * (60_000 // len(FILLER)) + NEWS, encoding="utf-8")
    return path


def failures(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("failed ")]


def test_bad_inputs_are_reported_and_leave_nothing_behind(store: Store, neo4j_env, tmp_path):
    good = tmp_path / "good"
    good.mkdir()
    for name in GOOD:
        shutil.copy(SAMPLES / name, good / name)
    for name in ACCEPTED:
        shutil.copy(BAD / name, good / name)
    # the good lines of mixed.jsonl, on their own
    lines = (BAD / "mixed.jsonl").read_text(encoding="utf-8").splitlines()
    (good / "mixed-good.jsonl").write_text(lines[0] + "\n" + lines[5] + "\n", encoding="utf-8")
    long_line(good)

    # the good and acceptable inputs alone: the graph every run below must give
    proc = run("ingest", str(good), env=neo4j_env, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert not failures(proc.stderr)
    expected = dump(store)
    cited = {
        a
        for r in store.read("MATCH ()-[r:CALLED|MET|VISITED]->() RETURN r.articles AS a")
        for a in r["a"]
    }
    articles = {
        r["title"] or r["id"]: r["id"]
        for r in store.read("MATCH (a:Article) RETURN a.id AS id, a.title AS title")
    }
    assert len(articles) == len(GOOD) + len(ACCEPTED) + 2 + 1
    # the cleaned and repaired inputs were read, with their contacts
    assert {"surrogate-1", "mixed-good-1", "mixed-good-2", articles["Blinken in Beijing"]} <= cited
    control = store.read(
        "MATCH (:Leader {id: 'emmanuel-macron'})-[r:MET]-(:Leader {id: 'ebrahim-raisi'}) "
        "RETURN r.date AS d"
    )
    assert [str(r["d"]) for r in control] == ["2022-09-20"]
    assert len(cited) >= len(articles) - 1  # every article reports a contact (the NATO one may not)

    # everything, bad inputs included
    store.clear()
    generated(tmp_path)
    bad_generated = [
        tmp_path / n for n in ("huge-20mb.txt", "one-line-1mb.txt", "roll-call-5000.jsonl")
    ]
    proc = run("ingest", str(good), str(BAD), *map(str, bad_generated), env=neo4j_env, timeout=900)
    assert proc.returncode == 1
    failed = failures(proc.stderr)
    for name, reason in REFUSED.items():
        lines = [f for f in failed if f"/{name}: " in f]
        assert len(lines) == 1, (name, failed)
        assert reason in lines[0], (name, lines[0])
        assert "\n" not in lines[0]
    assert len(failed) == len(REFUSED), failed
    assert "Traceback" not in proc.stderr
    # the bad inputs left nothing behind; the good ones are whole
    assert dump(store) == expected
    assert source_lists_broken(store) == []
    orphans = store.read("MATCH (a:Article) WHERE NOT (a)-[:MENTIONS]->() RETURN a.id AS id")
    assert orphans == []


def test_jsonl_lines_are_checked_one_by_one(tmp_path):
    """A JSON Lines corpus is streamed: a bad line (not UTF-8, too long) costs that line only."""
    from diplograph.ingest import readers

    path = tmp_path / "c.jsonl"
    record = {"id": "ok", "text": "Texte.", "published": "2023-01-01", "language": "fr"}
    with path.open("wb") as f:
        f.write(json.dumps(record).encode() + b"\n")
        f.write(b'{"id": "latin", "text": "\xe9t\xe9"}\n')
        f.write(b'{"id": "big", "text": "' + b"x" * (readers.MAX_BYTES + 10) + b'"}\n')
        f.write(json.dumps({**record, "id": "ok2"}).encode() + b"\n")
    items = list(readers.read_paths([path]))
    assert [getattr(i, "id", None) for i in items] == ["ok", None, None, "ok2"]
    assert "not valid UTF-8" in items[1].reason and items[1].source.endswith("c.jsonl:2")
    assert "record too large" in items[2].reason and items[2].source.endswith("c.jsonl:3")
