"""Readers: every format, stable ids, and a one-line reason for each bad input."""

from __future__ import annotations

import json

import pytest
from diplograph.graph.model import Precision
from diplograph.ingest.extract import ExtractionError, Extractor
from diplograph.ingest.readers import RawArticle, ReadError, content_id, read_paths


def read(*paths):
    return list(read_paths([str(p) for p in paths]))


def test_text_with_leading_date_token(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(" date 2022-02 Les présidents se sont parlé.", encoding="utf-8")
    (art,) = read(f)
    assert isinstance(art, RawArticle)
    assert art.published.iso() == "2022-02" and art.published.precision is Precision.MONTH
    assert art.text == "Les présidents se sont parlé."
    assert art.id == content_id(art.text) and art.id.startswith("sha-")


def test_text_without_date_and_id_is_stable(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Le président a parlé.\n", encoding="utf-8")
    b.write_text("Le président   a parlé.", encoding="utf-8")
    (x,), (y,) = read(a), read(b)
    assert x.published is None
    assert x.id == y.id  # same content, whatever the spacing


def test_json_and_jsonl_records(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "x1", "text": "Bonjour.", "published": "2023-05-04T10:00:00Z",
                               "language": "fr", "url": "https://example.org/a", "title": "T"}))  # fmt: skip
    many = tmp_path / "many.jsonl"
    many.write_text(
        '{"text": "First.", "date": "2021-03-02"}\n\n{"text": "Second."}\n{"oops": 1}\nnot json\n'
    )
    items = read(one, many)
    assert (
        items[0].id == "x1"
        and items[0].published.iso() == "2023-05-04"
        and items[0].language == "fr"
    )
    assert items[0].url == "https://example.org/a" and items[0].title == "T"
    assert items[1].published.iso() == "2021-03-02"
    assert isinstance(items[2], RawArticle) and items[2].text == "Second."
    assert isinstance(items[3], ReadError) and items[3].source.endswith("many.jsonl:4")
    assert "no 'text'" in items[3].reason
    assert isinstance(items[4], ReadError) and "malformed JSON line" in items[4].reason


def test_html_page(tmp_path):
    page = tmp_path / "p.html"
    body = " ".join(
        ["Le président français a reçu son homologue allemand à l'Elysée pour un dîner de travail."]
        * 4
    )
    page.write_text(
        "<!doctype html><html><head><title>Dîner à l'Elysée</title>"
        '<meta property="article:published_time" content="2023-01-22T08:00:00+00:00"></head>'
        f"<body><nav>Menu Accueil</nav><article><h1>Dîner à l'Elysée</h1><p>{body}</p></article>"
        "<footer>Mentions légales</footer></body></html>",
        encoding="utf-8",
    )
    (art,) = read(page)
    assert isinstance(art, RawArticle), art
    assert "homologue allemand" in art.text and "Mentions légales" not in art.text
    assert art.published.iso() == "2023-01-22"
    assert art.title == "Dîner à l'Elysée"


def test_folders_and_globs_skip_gold_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("date 2022-01-01\n\nUn texte.", encoding="utf-8")
    (tmp_path / "sub" / "a.expected.json").write_text("[]", encoding="utf-8")
    assert [a.source for a in read(tmp_path)] == [str(tmp_path / "sub" / "a.txt")]
    assert len(read(tmp_path / "sub" / "*.txt")) == 1
    (err,) = read(tmp_path / "nothing-*.txt")
    assert isinstance(err, ReadError) and "no file matches" in err.reason
    (err,) = read(tmp_path / "missing.txt")
    assert "no such file" in err.reason


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\t\n", "no text"),
        ("binary.txt", bytes(range(256)) * 4, "binary file"),
        (
            "latin1.txt",
            "date 2022-01-01 Déclaration de l'Elysée".encode("latin-1"),
            "not valid UTF-8",
        ),
        ("broken.json", b'{"text": "unterminated', "malformed JSON"),
        ("baddate.jsonl", b'{"text": "x", "published": "yesterday-ish"}\n', "unparseable date"),
        ("badtoken.txt", b"date 2022-13-40 Texte.", "bad leading date token"),
    ],
)
def test_bad_inputs_get_a_reason(tmp_path, name, content, reason):
    f = tmp_path / name
    f.write_bytes(content)
    (item,) = read(f)
    assert isinstance(item, ReadError)
    assert reason in item.reason
    assert str(item).startswith(str(f))
    assert "\n" not in str(item)


def test_twenty_megabyte_text_is_refused(tmp_path):
    f = tmp_path / "huge.txt"
    line = "Le président a rencontré son homologue. " * 50 + "\n"
    with f.open("w", encoding="utf-8") as out:
        while out.tell() < 20_000_000:
            out.write(line)
    (item,) = read(f)
    assert isinstance(item, ReadError) and "too large" in item.reason


def test_control_characters_are_cleaned(tmp_path):
    f = tmp_path / "ctl.txt"
    f.write_text("date 2022-01-01 Le\x07 président\x1b a parlé.\r\nFin.", encoding="utf-8")
    (art,) = read(f)
    assert "\x07" not in art.text and "\r" not in art.text


def test_a_bad_input_does_not_stop_the_batch(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("date 2022-01-01 Texte.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02")
    items = read(bad, good)
    assert isinstance(items[0], ReadError) and isinstance(items[1], RawArticle)


def test_unsupported_language_is_reported_not_guessed():
    ex = Extractor()
    art = RawArticle(id="de1", text="Der Bundeskanzler hat gestern mit dem russischen Präsidenten telefoniert.",
                     source="de.txt", published=None)  # fmt: skip
    with pytest.raises(ExtractionError, match="unsupported language 'de'"):
        ex.language_of(art)
    art.language = "es"
    with pytest.raises(ExtractionError, match="unsupported language 'es'"):
        ex.language_of(art)


def test_missing_publication_date_is_reported():
    art = RawArticle(id="x", text="Le président français a rencontré le chancelier allemand mardi.",
                     source="x.txt", language="fr")  # fmt: skip
    with pytest.raises(ExtractionError, match="no publication date"):
        Extractor().extract(art)


def test_language_is_detected():
    ex = Extractor()
    fr = RawArticle(
        id="a",
        text="Le président français a rencontré le chancelier allemand à Berlin.",
        source="a",
    )
    en = RawArticle(
        id="b",
        text="The French president met the German chancellor in Berlin on Tuesday.",
        source="b",
    )
    assert ex.language_of(fr) == "fr" and ex.language_of(en) == "en"
