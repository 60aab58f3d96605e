"""The command line, run as users run it: the installed `diplograph` script in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from diplograph.cli import parse_params

REPO = Path(__file__).resolve().parents[1]
EXE = shutil.which("diplograph", path=str(Path(sys.executable).parent)) or "diplograph"


def run(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    full_env.update(env or {})
    return subprocess.run(
        [EXE, *args], capture_output=True, text=True, env=full_env, timeout=timeout, cwd=REPO
    )


def test_params_are_json_or_text():
    assert parse_params(["n=3", 'names=["a","b"]', "who=Poutine", 'q="1"']) == {
        "n": 3,
        "names": ["a", "b"],
        "who": "Poutine",
        "q": "1",
    }
    with pytest.raises(ValueError, match="NAME=VALUE"):
        parse_params(["oops"])


def test_help_on_every_command():
    for args in (
        ["--help"],
        ["neo4j", "--help"],
        ["neo4j", "start", "--help"],
        ["stats", "--help"],
        ["cypher", "--help"],
        ["load", "--help"],
        ["neo4j", "status", "--help"],
    ):
        proc = run(*args)
        assert proc.returncode == 0, proc.stderr
        assert "Usage" in proc.stdout


@pytest.mark.neo4j
def test_cypher_refuses_writes(neo4j_env, store):
    proc = run("cypher", "CREATE (n:Probe) RETURN n", env=neo4j_env)
    assert proc.returncode != 0
    assert "read-only" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert store.read("MATCH (n:Probe) RETURN count(n) AS n")[0]["n"] == 0


@pytest.mark.neo4j
def test_cypher_reads_with_parameters(neo4j_env, store):
    proc = run(
        "cypher",
        "RETURN $who AS who, $n + 1 AS next",
        "--param",
        "who=Poutine",
        "--param",
        "n=41",
        "--format",
        "json",
        env=neo4j_env,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == [{"who": "Poutine", "next": 42}]


@pytest.mark.neo4j
def test_cypher_parameter_holding_cypher_is_data(neo4j_env, store):
    payload = "x'}) MATCH (n) DETACH DELETE n //"
    proc = run(
        "cypher", "RETURN $v AS v", "--param", f"v={payload}", "--format", "json", env=neo4j_env
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == [{"v": payload}]


@pytest.mark.neo4j
def test_load_and_stats(neo4j_env, store, tmp_path):
    sample = REPO / "tests" / "data" / "seed-events.jsonl"
    broken = tmp_path / "broken.jsonl"
    broken.write_text(
        sample.read_text(encoding="utf-8") + '{"type": "CALL"}\nnot json\n', encoding="utf-8"
    )
    proc = run("load", str(broken), env=neo4j_env)
    assert proc.returncode == 1  # bad lines make the status non-zero ...
    assert f"{broken}:3:" in proc.stderr and f"{broken}:4:" in proc.stderr
    assert "loaded 2 event record(s)" in proc.stdout  # ... and the good ones are loaded
    proc = run("stats", "--format", "json", env=neo4j_env)
    assert proc.returncode == 0, proc.stderr
    counts = json.loads(proc.stdout)
    assert counts["nodes"]["Leader"] == 2
    assert counts["relationships"]["CALLED"] == 2
    proc = run("stats", env=neo4j_env)
    assert "CALLED" in proc.stdout and "Leader" in proc.stdout


@pytest.mark.neo4j
@pytest.mark.parametrize(
    ("uri", "message"),
    [
        ("bolt://127.0.0.1:9", "cannot reach Neo4j at bolt://127.0.0.1:9"),
        ("http://127.0.0.1:7474", "bad Neo4j URI"),
    ],
)
def test_wrong_uri_gives_a_clear_error(uri, message):
    # The subprocess timeout guards against a hang; the command itself gives up within seconds.
    proc = run("stats", env={"NEO4J_URI": uri, "NEO4J_PASSWORD": "secret-pw"}, timeout=60)
    assert proc.returncode == 1
    assert message in proc.stderr
    assert "secret-pw" not in proc.stderr + proc.stdout
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.neo4j
def test_wrong_password_gives_a_clear_error(neo4j_env):
    env = {**neo4j_env, "NEO4J_PASSWORD": "not-the-password"}
    proc = run("stats", env=env, timeout=60)
    assert proc.returncode == 1
    assert "refused the credentials" in proc.stderr
    assert "not-the-password" not in proc.stderr
