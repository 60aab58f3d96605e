"""Every notebook in notebooks/ runs top to bottom (nbclient) against the managed test server."""

from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def test_there_is_a_notebook():
    assert NOTEBOOKS


@pytest.mark.neo4j
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path, store, neo4j_env, monkeypatch, tmp_path):
    import nbformat
    from nbclient import NotebookClient

    for key, value in neo4j_env.items():
        monkeypatch.setenv(key, value)  # the kernel inherits the environment: the test server
    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    ).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if o.get("output_type") == "error"]  # fmt: skip
    assert not errors
    assert (tmp_path / "out" / "february-2022.ttl").stat().st_size > 0
    texts = "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))
    assert "conforms to the SHACL shapes: True" in texts
