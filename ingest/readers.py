"""Readers: files, folders and globs -> articles (text, id, date, language), or a clear refusal.

Formats:

- plain text (``.txt`` and anything else that is text): an optional leading token
  ``date YYYY-MM[-DD]`` gives the publication date (the seed article's format);
- JSON (one record or a list of records) and JSON Lines (``.jsonl``/``.ndjson``, streamed: a
  file of any size, each line at most MAX_BYTES), records with ``text`` and any of ``id``,
  ``url``, ``title``, ``published`` or ``date``, ``language``;
- HTML (``.html``/``.htm``): main text, title and publication date extracted with trafilatura.

Every article gets a stable id: the record's ``id`` when given, else a hash of its content. A bad
input never stops the batch: it becomes a ``ReadError`` naming the input and the reason (empty,
binary, not UTF-8, too large, malformed JSON, no text, longer than MAX_ARTICLE_CHARS, published
in the future). Control characters and lone surrogates are replaced, not refused.
"""

from __future__ import annotations

import glob
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from diplograph.graph.model import Article, EventDate

MAX_BYTES = 5_000_000  # larger inputs are refused: no single article is that long
# An article longer than this is refused: news articles run to tens of thousands of characters,
# and parsing costs grow with length (a million characters of prose take minutes).
MAX_ARTICLE_CHARS = 200_000
SUPPORTED_LANGUAGES = ("fr", "en")
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}

_DATE_TOKEN = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*\n?", re.IGNORECASE)


@dataclass
class RawArticle:
    """An article as read, before any NLP."""

    id: str
    text: str
    source: str  # file (and line or record) it came from
    published: EventDate | None = None
    language: str | None = None
    url: str | None = None
    title: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def to_article(self) -> Article:
        return Article(
            id=self.id,
            sha256=self.sha256,
            published=self.published,
            url=self.url,
            title=self.title,
            language=self.language,
        )


@dataclass
class ReadError:
    """One input that could not be read, and why (one line)."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def content_id(text: str) -> str:
    """The id of an article without one: a hash of its normalised content."""
    return "sha-" + hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:20]


def expand(paths: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    """Files named by paths, folders (recursively) and glob patterns, in a stable order."""
    for raw in paths:
        text = str(raw)
        if any(c in text for c in "*?[") and not Path(text).exists():
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                yield ReadError(text, "no file matches this pattern")
            for m in matches:
                if Path(m).is_file():
                    yield Path(m)
            continue
        path = Path(text)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _is_article_file(p))
            if not files:
                yield ReadError(text, "folder holds no article files")
            yield from files
        elif path.is_file():
            yield path
        else:
            yield ReadError(text, "no such file or folder")


def _is_article_file(path: Path) -> bool:
    if path.name.startswith("."):
        return False
    if path.name.endswith(".expected.json"):
        return False  # gold files beside the articles
    suffix = path.suffix.lower()
    return suffix in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | {".json"}


def read_paths(paths: Iterable[str | Path]) -> Iterator[RawArticle | ReadError]:
    """Every article of every input, or the reason an input (or a record of it) was refused."""
    for item in expand(paths):
        if isinstance(item, ReadError):
            yield item
        else:
            yield from read_file(item)


def read_file(path: Path) -> Iterator[RawArticle | ReadError]:
    source = str(path)
    try:
        size = path.stat().st_size
        if size == 0:
            yield ReadError(source, "empty file")
            return
        if path.suffix.lower() in JSONL_SUFFIXES:
            # a corpus of any size: streamed record by record, the limit applies to each record
            yield from _stream_jsonl(path, source)
            return
        if size > MAX_BYTES:
            yield ReadError(
                source,
                f"too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB a file)",
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(source, f"cannot read: {exc.strerror or exc}")
        return
    if b"\x00" in data[:8192]:
        yield ReadError(source, "binary file, not text")
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield ReadError(source, f"not valid UTF-8 (byte {exc.start})")
        return
    suffix = path.suffix.lower()
    if suffix == ".json":
        yield from _read_json(text, source)
    elif suffix in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(
        ("<!doctype html", "<html")
    ):
        yield _read_html(text, source)
    else:
        yield _read_text(text, source)


def _read_text(text: str, source: str) -> RawArticle | ReadError:
    published = None
    m = _DATE_TOKEN.match(text)
    if m:
        try:
            published = EventDate.parse(m.group(1))
        except ValueError as exc:
            return ReadError(source, f"bad leading date token: {exc}")
        text = text[m.end() :]
    return _finish(text, source, None, published=published)


def _read_json(text: str, source: str) -> Iterator[RawArticle | ReadError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield ReadError(source, f"malformed JSON (line {exc.lineno}: {exc.msg})")
        return
    records = data if isinstance(data, list) else [data]
    for i, record in enumerate(records, 1):
        where = source if len(records) == 1 else f"{source}#{i}"
        yield _from_record(record, where)


def _stream_jsonl(path: Path, source: str) -> Iterator[RawArticle | ReadError]:
    with path.open("rb") as f:
        if b"\x00" in f.read(8192):
            yield ReadError(source, "binary file, not text")
            return
        f.seek(0)
        lineno = 0
        while True:
            raw = f.readline(MAX_BYTES + 1)
            if not raw:
                return
            lineno += 1
            where = f"{source}:{lineno}"
            if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):  # skip the rest of the line, unread
                    raw = f.readline(1 << 20)
                yield ReadError(
                    where, f"record too large (over {MAX_BYTES / 1e6:.0f} MB on one line)"
                )
                continue
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield ReadError(where, f"not valid UTF-8 (byte {exc.start} of the line)")
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield ReadError(where, f"malformed JSON line ({exc.msg})")
                continue
            yield _from_record(record, where)


def _from_record(record: Any, where: str) -> RawArticle | ReadError:
    if not isinstance(record, dict):
        return ReadError(where, "a record must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        return ReadError(where, "record has no 'text' string")
    published = None
    raw_date = record.get("published") or record.get("date")
    if raw_date is not None:
        published = parse_published(str(raw_date))
        if published is None:
            return ReadError(where, f"unparseable date {raw_date!r}")
    lang = record.get("language") or record.get("lang")
    return _finish(
        text,
        where,
        str(record["id"]) if record.get("id") not in (None, "") else None,
        published=published,
        language=str(lang).lower()[:2] if lang else None,
        url=record.get("url"),
        title=record.get("title"),
    )


def _read_html(html: str, source: str) -> RawArticle | ReadError:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return ReadError(source, f"HTML could not be parsed ({type(exc).__name__})")
    if doc is None:
        return ReadError(source, "HTML page holds no article text")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    published = parse_published(data["date"]) if data.get("date") else None
    lang = data.get("language")
    return _finish(
        text,
        source,
        None,
        published=published,
        language=lang[:2].lower() if lang else None,
        url=data.get("url"),
        title=data.get("title"),
    )


def _finish(text: str, source: str, record_id: str | None, **kw: Any) -> RawArticle | ReadError:
    text = _clean(text)
    if not text.strip():
        return ReadError(source, "no text")
    if len(text) > MAX_ARTICLE_CHARS:
        return ReadError(
            source,
            f"too long for one article ({len(text):,} characters; the limit is "
            f"{MAX_ARTICLE_CHARS:,}): split it into articles",
        )
    published: EventDate | None = kw.get("published")
    latest = datetime.now(UTC).date() + timedelta(days=1)  # a day's grace for time zones
    if published is not None and published.value > latest:
        return ReadError(source, f"publication date {published.iso()} is in the future")
    return RawArticle(id=record_id or content_id(text), text=text, source=source, **kw)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # lone halves of a pair, from JSON escapes


def _clean(text: str) -> str:
    """Control characters and lone surrogates out, line ends normalised; nothing else changes."""
    text = _SURROGATE.sub("\ufffd", text)
    return _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def parse_published(text: str) -> EventDate | None:
    """A publication date: ISO at day, month or year precision, or an ISO timestamp."""
    text = text.strip()
    try:
        return EventDate.parse(text)
    except ValueError:
        pass
    m = re.match(r"^(\d{4}-\d{2}-\d{2})[T ]", text)
    if m:
        try:
            return EventDate.parse(m.group(1))
        except ValueError:
            return None
    return None


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language (py3langid, a model shipped in the package)."""
    import py3langid

    lang, _score = py3langid.classify(text[:5000])
    return lang
