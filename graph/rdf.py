"""The graph as linked data: pure mappers from query rows to RDF (rdflib), and SHACL validation.

Nothing here queries Neo4j: the front door streams the rows of the ``subgraph`` and ``articles``
named queries into ``RdfWriter``. Standard vocabularies come first; the project namespace ``DG``
holds only what they lack. The mapping (also in README.md):

- actors: ``schema:Person`` (leaders), ``schema:Country`` (states), ``schema:Organization``
  (alliances, organisations and non-state groups), each also typed ``dg:Leader``, ``dg:State``,
  ``dg:Alliance`` or ``dg:Group``; ``schema:name``, ``schema:identifier`` and ``owl:sameAs`` the
  Wikidata entity;
- events: ``schema:Event`` and ``dg:Call``, ``dg:Meeting``, ``dg:Visit``, ``dg:Demand`` or
  ``dg:Accusation``; ``dg:source`` and ``dg:target`` (as stored: from the initiator when known),
  ``dg:participant`` (both parties of a contact), ``dg:initiator``, ``schema:startDate`` typed at
  the event's precision (``xsd:date``, ``xsd:gYearMonth``, ``xsd:gYear``), ``dg:precision``,
  ``dg:modality``, ``dg:cameoCode``, ``dg:content``, ``dg:confidence``, ``dg:mentions``,
  ``dg:eventGroup`` (the shared id of a multi-party contact) and ``dg:key``;
- provenance: each event ``prov:wasDerivedFrom`` its articles (``schema:NewsArticle``,
  ``prov:Entity``), and ``dg:evidence`` links it to one ``dg:Evidence`` per article whose
  ``prov:value`` is the sentence and whose ``prov:wasQuotedFrom`` is the article;
- for simple consumers, one direct triple per event from source to target: ``dg:called``,
  ``dg:met``, ``dg:visited``, ``dg:demanded`` or ``dg:accused``.

IRIs are minted from ids only (percent-encoded), never from names, under a configurable base. In
TriG each article's statements (derivation and evidence) sit in a named graph of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from importlib import resources
from typing import IO, Any
from urllib.parse import quote, urlsplit

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, XSD, DefinedNamespace

from .model import native

DEFAULT_BASE = "https://diplograph.org/id/"
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
FORMATS = {  # our name -> rdflib's serializer and a file suffix
    "turtle": ("turtle", "ttl"),
    "json-ld": ("json-ld", "jsonld"),
    "nt": ("nt", "nt"),
    "xml": ("xml", "rdf"),
    "trig": ("trig", "trig"),
}
_QID = re.compile(r"^Q[1-9]\d*$")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class DG(DefinedNamespace):
    """The diplograph vocabulary: only what schema.org, PROV-O and OWL do not say."""

    _NS = Namespace("https://diplograph.org/ns#")
    _fail = True

    # classes
    Leader: URIRef
    State: URIRef
    Alliance: URIRef
    Group: URIRef
    Call: URIRef
    Meeting: URIRef
    Visit: URIRef
    Demand: URIRef
    Accusation: URIRef
    Evidence: URIRef
    # event properties
    source: URIRef
    target: URIRef
    participant: URIRef
    initiator: URIRef
    precision: URIRef
    modality: URIRef
    cameoCode: URIRef
    content: URIRef
    confidence: URIRef
    mentions: URIRef
    eventGroup: URIRef
    key: URIRef
    evidence: URIRef
    # direct actor-to-actor properties
    called: URIRef
    met: URIRef
    visited: URIRef
    demanded: URIRef
    accused: URIRef


ACTOR_CLASSES = {
    "Leader": (SDO.Person, DG.Leader),
    "State": (SDO.Country, DG.State),
    "Alliance": (SDO.Organization, DG.Alliance),
    "Group": (SDO.Organization, DG.Group),
}
EVENT_CLASSES = {
    "CALLED": (DG.Call, DG.called),
    "MET": (DG.Meeting, DG.met),
    "VISITED": (DG.Visit, DG.visited),
    "DEMANDED": (DG.Demand, DG.demanded),
    "ACCUSED": (DG.Accusation, DG.accused),
}
CONTACTS = {"CALLED", "MET", "VISITED"}
DATE_TYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}

Triple = tuple[URIRef, URIRef, Any]


def check_base(base: str) -> str:
    """A base IRI must be absolute http(s) and end with '/' or '#', so minted IRIs stay IRIs."""
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"bad base IRI {base!r}: it must be an absolute http(s) IRI")
    if not base.endswith(("/", "#")) or re.search(r"[\s<>\"{}|\\^`]", base):
        raise ValueError(f"bad base IRI {base!r}: it must end with '/' or '#' and hold no spaces")
    return base


def _seg(text: str) -> str:
    return quote(str(text), safe="-_.~")


def _text(value: Any) -> Literal:
    """A plain literal that every syntax can carry (XML 1.0 forbids most control characters)."""
    return Literal(_XML_INVALID.sub("\ufffd", str(value)))


class Minter:
    """Stable IRIs from ids under one base."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = check_base(base)

    def actor(self, kind: str, actor_id: str) -> URIRef:
        return URIRef(f"{self.base}actor/{_seg(kind.lower())}/{_seg(actor_id)}")

    def event(self, key: str) -> URIRef:
        return URIRef(f"{self.base}event/{_seg(key)}")

    def evidence(self, key: str, article_id: str) -> URIRef:
        return URIRef(f"{self.base}event/{_seg(key)}/evidence/{_seg(article_id)}")

    def article(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}article/{_seg(article_id)}")

    def article_graph(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}graph/article/{_seg(article_id)}")


def typed_date(value: Any, precision: str | None) -> Literal:
    day = native(value)
    iso = day.isoformat() if isinstance(day, date) else str(day)
    precision = precision if precision in DATE_TYPES else "day"
    text = {"day": iso[:10], "month": iso[:7], "year": iso[:4]}[precision]
    return Literal(text, datatype=DATE_TYPES[precision])


def actor_triples(iri: URIRef, kind: str, props: dict[str, Any]) -> Iterator[Triple]:
    for cls in ACTOR_CLASSES.get(kind, (SDO.Thing,)):
        yield iri, RDF.type, cls
    name = props.get("name") or props.get("id")
    yield iri, SDO.name, _text(name)
    yield iri, RDFS.label, _text(name)
    yield iri, SDO.identifier, _text(props["id"])
    qid = props.get("wikidata")
    if qid and _QID.match(str(qid)):
        yield iri, OWL.sameAs, WIKIDATA[str(qid)]


def article_triples(iri: URIRef, row: dict[str, Any]) -> Iterator[Triple]:
    yield iri, RDF.type, SDO.NewsArticle
    yield iri, RDF.type, PROV.Entity
    yield iri, SDO.identifier, _text(row["id"])
    if row.get("title"):
        yield iri, SDO.headline, _text(row["title"])
    if row.get("url"):
        yield iri, SDO.url, Literal(_XML_INVALID.sub("", str(row["url"])), datatype=XSD.anyURI)
    if row.get("published"):
        yield iri, SDO.datePublished, typed_date(row["published"], row.get("precision"))
    if row.get("language"):
        yield iri, SDO.inLanguage, _text(row["language"])


class RdfWriter:
    """Turns event rows (those of the ``subgraph`` query) into triples.

    ``add(row)`` returns the event's own triples and, per article, the triples that article
    contributes; actors are described the first time they appear. Article ids seen are kept
    (``article_ids``) so that their metadata can be added at the end (``add_articles``).
    """

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.iri = Minter(base)
        self.seen_actors: set[URIRef] = set()
        self.article_ids: set[str] = set()
        self.events = 0

    def _actor(self, kind: str, props: dict[str, Any]) -> tuple[URIRef, list[Triple]]:
        iri = self.iri.actor(kind, props["id"])
        if iri in self.seen_actors:
            return iri, []
        self.seen_actors.add(iri)
        return iri, list(actor_triples(iri, kind, props))

    def add(self, row: Any) -> tuple[list[Triple], dict[str, list[Triple]]]:
        r = row if isinstance(row, dict) else row.__dict__
        props = {k: native(v) for k, v in r["properties"].items()}
        rel = r["relationship"]
        cls, direct = EVENT_CLASSES[rel]
        s, core = self._actor(r["source_kind"], r["source"])
        t, more = self._actor(r["target_kind"], r["target"])
        core += more
        ev = self.iri.event(props["key"])
        core += [
            (ev, RDF.type, SDO.Event),
            (ev, RDF.type, cls),
            (ev, DG.key, _text(props["key"])),
            (ev, DG.source, s),
            (ev, DG.target, t),
            (ev, SDO.startDate, typed_date(props["date"], props.get("precision"))),
            (ev, DG.precision, _text(props.get("precision") or "day")),
            (ev, DG.modality, _text(props.get("modality") or "asserted")),
            (s, direct, t),
        ]
        label = f"{props.get('type', rel)} {r['source'].get('name')} / {r['target'].get('name')} "
        core.append(
            (ev, RDFS.label, _text(label + typed_date(props["date"], props.get("precision"))))
        )
        if rel in CONTACTS:
            core += [(ev, DG.participant, s), (ev, DG.participant, t)]
            if props.get("directed"):
                core.append((ev, DG.initiator, s))
        if props.get("cameo"):
            core.append((ev, DG.cameoCode, _text(props["cameo"])))
        if props.get("content"):
            core.append((ev, DG.content, _text(props["content"])))
        if props.get("confidence") is not None:
            core.append((ev, DG.confidence, Literal(round(float(props["confidence"]), 4),
                                                     datatype=XSD.decimal)))  # fmt: skip
        if props.get("mentions") is not None:
            core.append((ev, DG.mentions, Literal(int(props["mentions"]))))
        if props.get("event"):
            core.append((ev, DG.eventGroup, _text(props["event"])))
        per_article: dict[str, list[Triple]] = {}
        evidence = props.get("evidence") or []
        for i, aid in enumerate(props.get("articles") or []):
            a = self.iri.article(aid)
            e = self.iri.evidence(props["key"], aid)
            sentence = evidence[i] if i < len(evidence) else ""
            per_article[aid] = [
                (ev, PROV.wasDerivedFrom, a),
                (ev, DG.evidence, e),
                (e, RDF.type, DG.Evidence),
                (e, RDF.type, PROV.Entity),
                (e, PROV.value, _text(sentence)),
                (e, PROV.wasQuotedFrom, a),
            ]
            self.article_ids.add(aid)
        self.events += 1
        return core, per_article

    def articles(self, rows: Iterable[Any]) -> dict[str, list[Triple]]:
        out = {}
        for row in rows:
            r = row if isinstance(row, dict) else row.__dict__
            out[r["id"]] = list(article_triples(self.iri.article(r["id"]), r))
        return out


def bind_prefixes(g: Graph, base: str) -> None:
    g.bind("dg", DG._NS)
    g.bind("schema", SDO)
    g.bind("prov", PROV)
    g.bind("owl", OWL)
    g.bind("wd", WIKIDATA)
    g.bind("xsd", XSD)
    g.bind("dgid", Namespace(base))


def write(
    rows: Iterable[Any],
    articles: Callable[[list[str]], Iterable[Any]],
    out: IO[bytes],
    fmt: str = "turtle",
    base: str = DEFAULT_BASE,
    chunk: int = 2000,
) -> RdfWriter:
    """Write the events of `rows` (and the articles behind them, fetched through `articles`, a
    function of a list of ids) to the binary stream `out` in `fmt`.

    N-Triples is streamed: lines are written `chunk` events at a time and never gathered in one
    graph. The other syntaxes need the whole graph in memory. TriG puts each article's
    statements in its own named graph."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}: use one of {', '.join(FORMATS)}")
    writer = RdfWriter(base)
    if fmt == "nt":
        lines: list[str] = []
        for row in rows:
            core, per_article = writer.add(row)
            lines += map(nt_line, core)
            for triples in per_article.values():
                lines += map(nt_line, triples)
            if writer.events % chunk == 0:
                out.write("".join(lines).encode("utf-8"))
                lines = []
        for triples in writer.articles(_fetch(articles, writer.article_ids)).values():
            lines += map(nt_line, triples)
        out.write("".join(lines).encode("utf-8"))
        return writer
    if fmt == "trig":
        ds = Dataset()
        bind_prefixes(ds, writer.iri.base)
        default = ds.default_graph
        for row in rows:
            core, per_article = writer.add(row)
            for t in core:
                default.add(t)
            for aid, triples in per_article.items():
                named = ds.graph(writer.iri.article_graph(aid))
                for t in triples:
                    named.add(t)
        for aid, triples in writer.articles(_fetch(articles, writer.article_ids)).items():
            named = ds.graph(writer.iri.article_graph(aid))
            for t in triples:
                named.add(t)
        out.write(ds.serialize(format="trig", encoding="utf-8"))
        return writer
    g = Graph()
    bind_prefixes(g, writer.iri.base)
    for row in rows:
        core, per_article = writer.add(row)
        for t in core:
            g.add(t)
        for triples in per_article.values():
            for t in triples:
                g.add(t)
    for triples in writer.articles(_fetch(articles, writer.article_ids)).values():
        for t in triples:
            g.add(t)
    if fmt == "json-ld":
        context = {p: str(ns) for p, ns in g.namespaces() if p in ("dg", "schema", "prov", "owl",
                                                                      "wd", "xsd", "rdfs")}  # fmt: skip
        out.write(g.serialize(format="json-ld", context=context, encoding="utf-8"))
    else:
        out.write(g.serialize(format=FORMATS[fmt][0], encoding="utf-8"))
    return writer


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt_term(term: Any) -> str:
    if isinstance(term, Literal):
        text = str(term).translate(_NT_ESCAPES)
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype is not None and term.datatype != XSD.string:
            return f'"{text}"^^<{term.datatype}>'
        return f'"{text}"'
    # every IRI here is minted from percent-encoded ids or is a vocabulary term
    return f"<{term}>"


def nt_line(triple: Triple) -> str:
    """One N-Triples line (UTF-8 text, as N-Triples 1.1 allows), written without building a
    graph: rdflib's serializer needs one and is several times slower on millions of events."""
    s, p, o = triple
    return f"{_nt_term(s)} {_nt_term(p)} {_nt_term(o)} .\n"


def _fetch(articles: Callable[[list[str]], Iterable[Any]], ids: set[str], size: int = 1000):
    ordered = sorted(ids)
    for i in range(0, len(ordered), size):
        yield from articles(ordered[i : i + size])


# -- validation ------------------------------------------------------------------------------------
def shapes() -> Graph:
    """The SHACL shapes shipped with the package."""
    text = resources.files(__package__).joinpath("shapes/diplograph.shacl.ttl").read_text("utf-8")
    return Graph().parse(data=text, format="turtle")


def load(path: str, fmt: str) -> Graph:
    """An export read back as one graph (TriG's named graphs merged)."""
    if fmt == "trig":
        ds = Dataset()
        ds.parse(path, format="trig")
        merged = Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            merged.add((s, p, o))
        return merged
    return Graph().parse(path, format=FORMATS[fmt][0])


def validate(data: Graph) -> tuple[bool, str]:
    """(conforms, a readable report) for a graph against the shipped shapes."""
    from pyshacl import validate as shacl

    conforms, _, text = shacl(data, shacl_graph=shapes(), inference="none", allow_warnings=True)
    return bool(conforms), str(text)
