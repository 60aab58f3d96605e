"""One line describing the machine a benchmark ran on (cores, RAM, CPU, Python, spaCy, Neo4j)."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def describe(store=None) -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "? GB"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.0f} GB"
                break
    except OSError:
        pass
    parts = [
        f"{os.cpu_count()} cores",
        f"{ram} RAM",
        cpu,
        f"{platform.python_implementation()} {platform.python_version()}",
    ]
    try:
        import spacy

        parts.append(f"spaCy {spacy.__version__}")
    except ImportError:
        pass
    if store is not None:
        rows = store.read("CALL dbms.components() YIELD name, versions RETURN name, versions")
        parts += [f"{r['name']} {r['versions'][0]}" for r in rows]
    return "machine: " + ", ".join(parts)
