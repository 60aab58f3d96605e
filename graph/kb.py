"""The curated actor knowledge base: states, organisations, groups and leaders with dated offices.

The data lives in YAML files under ``graph/kb/`` (reviewable in a diff). This module loads and
validates them: unknown keys, duplicate ids, dangling references, end before start and overlapping
terms of the same office are all errors that name the file and the entry.

Country names come from well-kept libraries first: pycountry (ISO 3166 names) and babel's CLDR
territory names in English and French. ``states.yaml`` adds only what they lack: usual short
names, press variants, demonyms in every gender and number, capitals and seats of power.
"""

from __future__ import annotations

import functools
import itertools
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .model import ActorKind, ActorRef


class KBError(ValueError):
    """A problem in the knowledge base files; the message names the file and the entry."""


ROLES = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "secretary_general",
    "president",
    "director_general",
    "high_representative",
    "crown_prince",
)
TITLES = (
    "president",
    "prime_minister",
    "chancellor",
    "monarch",
    "supreme_leader",
    "foreign_minister",
    "secretary_of_state",
    "foreign_secretary",
    "secretary_general",
    "director_general",
    "high_representative",
    "premier",
    "emir",
    "crown_prince",
    "federal_councillor",
)
ORG_KINDS = ("alliance", "organisation", "bloc", "forum", "court", "institution")

_STATE_KEYS = {
    "name", "name_fr", "wikidata", "names_en", "names_fr", "adj_en", "adj_fr",
    "capital_en", "capital_fr", "seats_en", "seats_fr", "executive",
}  # fmt: skip
_ORG_KEYS = {
    "id", "kind", "name", "name_fr", "names_en", "names_fr", "adj_en", "adj_fr",
    "wikidata", "parent", "members", "seats_en", "seats_fr",
}  # fmt: skip
_GROUP_KEYS = {"id", "name", "name_fr", "names_en", "names_fr", "wikidata"}
_LEADER_KEYS = {"id", "name", "name_fr", "short", "aliases", "wikidata", "offices"}
_OFFICE_KEYS = {"of", "role", "title", "start", "end", "acting", "date_note"}
_MEMBER_KEYS = {"state", "since", "until"}

# States whose head of state, not the head of government, leads the executive and foreign
# policy (presidential and semi-presidential systems, and China's paramount leader). Elsewhere
# the head of government leads when there is one. Used for "son homologue" / "his counterpart".
# Monarchs who rule (the Gulf, Jordan, Morocco) and junta or transitional leaders count as heads
# of state that lead; parliamentary systems (Iraq, Lebanon, Ethiopia) are left out on purpose.
# Iran's elected president is modelled as its head of government (the Supreme Leader is head of
# state), so Iran is not listed here.
HEAD_OF_STATE_EXECUTIVES = frozenset(
    {
        "USA", "FRA", "RUS", "UKR", "BLR", "TUR", "KOR", "EGY", "CHN", "BRA", "ARG", "MEX",
        "IDN", "ZAF", "CYP", "ROU", "LTU", "PRK", "SAU", "ARE", "QAT", "KWT", "BHR", "OMN",
        "JOR", "MAR", "SYR", "YEM", "PSE", "DZA", "TUN", "LBY", "MLI", "NER", "BFA", "TCD",
        "SEN", "SDN", "KEN", "RWA", "COD", "CIV", "AGO", "UGA",
        "AFG", "LKA", "MMR", "KAZ", "UZB", "KGZ", "TJK", "AZE", "CUB", "SRB", "MDA",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Office:
    leader: str
    of: str
    role: str
    title: str
    start: date
    end: date | None = None
    acting: bool = False

    def active(self, day: date) -> bool:
        """In office on that day (the end day belongs to the successor)."""
        return self.start <= day and (self.end is None or day < self.end)

    def to_json(self) -> dict[str, Any]:
        return {
            "of": self.of,
            "role": self.role,
            "title": self.title,
            "start": self.start.isoformat(),
            "end": self.end.isoformat() if self.end else None,
            "acting": self.acting,
        }


@dataclass(frozen=True)
class Membership:
    state: str
    org: str
    since: date
    until: date | None = None


@dataclass
class Actor:
    """One actor of the knowledge base, whatever its kind."""

    id: str
    kind: ActorKind
    name: str
    name_fr: str | None = None
    wikidata: str | None = None
    names: dict[str, list[str]] = field(default_factory=dict)  # lang -> names and variants
    short: list[str] = field(default_factory=list)  # leaders: forms used alone (surnames)
    adjectives: dict[str, list[str]] = field(default_factory=dict)  # lang -> demonyms
    capitals: dict[str, list[str]] = field(default_factory=dict)
    seats: dict[str, list[str]] = field(default_factory=dict)
    offices: list[Office] = field(default_factory=list)
    org_kind: str | None = None
    parent: str | None = None
    iso3: str | None = None

    @property
    def ref(self) -> ActorRef:
        return ActorRef(self.id, self.kind, self.name, self.wikidata)

    def all_names(self) -> list[str]:
        out = [self.name] + ([self.name_fr] if self.name_fr else [])
        for names in self.names.values():
            out += names
        return list(dict.fromkeys(out))


@dataclass
class KnowledgeBase:
    actors: dict[tuple[ActorKind, str], Actor]
    memberships: list[Membership]
    sources: list[str]

    def __post_init__(self) -> None:
        self._by_id: dict[str, list[Actor]] = defaultdict(list)
        self._by_qid: dict[str, Actor] = {}
        self._terms: dict[tuple[str, str], tuple[list[date], list[Office]]] = {}
        for actor in self.actors.values():
            self._by_id[actor.id.lower()].append(actor)
            if actor.wikidata:
                self._by_qid[actor.wikidata] = actor
        terms: dict[tuple[str, str], list[Office]] = defaultdict(list)
        for office in self.offices():
            terms[(office.of, office.role)].append(office)
        for key, offices in terms.items():
            offices.sort(key=lambda o: o.start)
            self._terms[key] = ([o.start for o in offices], offices)

    # -- access ------------------------------------------------------------------------------
    def get(self, kind: ActorKind | str, actor_id: str) -> Actor | None:
        return self.actors.get((ActorKind.parse(kind), actor_id))

    def by_id(self, actor_id: str) -> list[Actor]:
        return list(self._by_id.get(actor_id.lower(), []))

    def by_wikidata(self, qid: str) -> Actor | None:
        return self._by_qid.get(qid.upper())

    def of_kind(self, kind: ActorKind) -> list[Actor]:
        return [a for (k, _), a in self.actors.items() if k is kind]

    def offices(self) -> list[Office]:
        return [o for a in self.of_kind(ActorKind.LEADER) for o in a.offices]

    def holder(self, of: str, role: str, day: date) -> Office | None:
        """The office of `role` in `of` held on `day`, found by bisection over its terms."""
        found = self._terms.get((of, role))
        if not found:
            return None
        starts, offices = found
        i = bisect_right(starts, day) - 1
        if i >= 0 and offices[i].active(day):
            return offices[i]
        return None

    def offices_of(self, leader_id: str, day: date) -> list[Office]:
        leader = self.get(ActorKind.LEADER, leader_id)
        return [o for o in leader.offices if o.active(day)] if leader else []

    def executive_role(self, state: str) -> str:
        """Which role leads a state's executive (see HEAD_OF_STATE_EXECUTIVES)."""
        actor = self.get(ActorKind.STATE, state)
        if actor is None:
            return "president"  # organisations: their president or secretary-general
        if state in HEAD_OF_STATE_EXECUTIVES or (state, "head_of_government") not in self._terms:
            return "head_of_state"
        return "head_of_government"

    def counts(self) -> dict[str, int]:
        out = {kind.value: len(self.of_kind(kind)) for kind in ActorKind}
        out["offices"] = len(self.offices())
        out["memberships"] = len(self.memberships)
        return out


# -- loading -------------------------------------------------------------------------------------


def kb_dir() -> Path:
    return Path(str(resources.files("diplograph.graph") / "kb"))


@functools.cache
def load_default() -> KnowledgeBase:
    """The knowledge base shipped with the package (loaded once per process)."""
    return load(kb_dir())


def load(folder: Path) -> KnowledgeBase:
    """Load and validate every YAML file of a knowledge base folder."""
    folder = Path(folder)
    actors: dict[tuple[ActorKind, str], Actor] = {}
    memberships: list[Membership] = []
    sources: list[str] = []

    def add(actor: Actor, where: str) -> None:
        key = (actor.kind, actor.id)
        if key in actors:
            raise KBError(f"{where}: duplicate {actor.kind.value} id {actor.id!r}")
        actors[key] = actor

    states_file = folder / "states.yaml"
    for iso3, entry in _section(states_file, "states", dict).items():
        where = f"{states_file.name}: {iso3}"
        _check_keys(entry, _STATE_KEYS, where)
        add(_state(str(iso3), entry, where), where)
        sources.append(states_file.name)

    orgs_file = folder / "organisations.yaml"
    pending_members: list[tuple[str, dict[str, Any], str]] = []
    for entry in _section(orgs_file, "organisations", list):
        where = f"{orgs_file.name}: {entry.get('id', '?')}"
        _check_keys(entry, _ORG_KEYS, where)
        if entry.get("kind") not in ORG_KINDS:
            raise KBError(f"{where}: kind must be one of {ORG_KINDS}, got {entry.get('kind')!r}")
        add(
            Actor(
                id=_req(entry, "id", where),
                kind=ActorKind.ALLIANCE,
                name=_req(entry, "name", where),
                name_fr=entry.get("name_fr"),
                wikidata=_qid(entry.get("wikidata"), where),
                names=_bilingual(entry, "names", where),
                adjectives=_bilingual(entry, "adj", where),
                seats=_bilingual(entry, "seats", where),
                org_kind=entry["kind"],
                parent=entry.get("parent"),
            ),
            where,
        )
        for m in entry.get("members") or []:
            pending_members.append((entry["id"], m, where))
    sources.append(orgs_file.name)

    groups_file = folder / "groups.yaml"
    for entry in _section(groups_file, "groups", list):
        where = f"{groups_file.name}: {entry.get('id', '?')}"
        _check_keys(entry, _GROUP_KEYS, where)
        add(
            Actor(
                id=_req(entry, "id", where),
                kind=ActorKind.GROUP,
                name=_req(entry, "name", where),
                name_fr=entry.get("name_fr"),
                wikidata=_qid(entry.get("wikidata"), where),
                names=_bilingual(entry, "names", where),
            ),
            where,
        )
    sources.append(groups_file.name)

    for path in sorted((folder / "leaders").glob("*.yaml")):
        for entry in _section(path, "leaders", list):
            where = f"leaders/{path.name}: {entry.get('id', '?')}"
            _check_keys(entry, _LEADER_KEYS, where)
            leader_id = _req(entry, "id", where)
            offices = [
                _office(leader_id, o, f"{where}: office {i + 1}")
                for i, o in enumerate(entry.get("offices") or [])
            ]
            add(
                Actor(
                    id=leader_id,
                    kind=ActorKind.LEADER,
                    name=_req(entry, "name", where),
                    name_fr=entry.get("name_fr"),
                    wikidata=_qid(entry.get("wikidata"), where),
                    names={"any": _strs(entry, "aliases", where)},
                    short=_strs(entry, "short", where),
                    offices=offices,
                ),
                where,
            )
        sources.append(f"leaders/{path.name}")

    # references
    orgs = {a.id for a in actors.values() if a.kind is ActorKind.ALLIANCE}
    states = {a.id for a in actors.values() if a.kind is ActorKind.STATE}
    for org_id, m, where in pending_members:
        _check_keys(m, _MEMBER_KEYS, f"{where}: member {m}")
        if m.get("state") not in states:
            raise KBError(f"{where}: member {m.get('state')!r} is not a state of states.yaml")
        since, until = _date(m.get("since"), f"{where}: {m['state']}"), None
        if m.get("until") is not None:
            until = _date(m["until"], f"{where}: {m['state']}")
            if until < since:
                raise KBError(f"{where}: membership of {m['state']} ends before it starts")
        memberships.append(Membership(m["state"], org_id, since, until))
    for actor in actors.values():
        if actor.parent and actor.parent not in orgs:
            raise KBError(f"organisations.yaml: {actor.id}: unknown parent {actor.parent!r}")
        for office in actor.offices:
            if office.of not in states and office.of not in orgs:
                raise KBError(
                    f"leaders: {actor.id}: office of {office.of!r}, which is neither a state "
                    "nor an organisation"
                )
    _check_overlaps(actors.values())
    _check_qids(actors.values())
    return KnowledgeBase(actors, memberships, list(dict.fromkeys(sources)))


def _state(iso3: str, entry: dict[str, Any], where: str) -> Actor:
    if len(iso3) != 3 or not iso3.isupper():
        raise KBError(f"{where}: a state key must be an ISO 3166-1 alpha-3 code")
    names_en, names_fr = library_country_names(iso3)
    return Actor(
        id=iso3,
        kind=ActorKind.STATE,
        name=_req(entry, "name", where),
        name_fr=entry.get("name_fr"),
        wikidata=_qid(entry.get("wikidata"), where),
        names={
            "en": names_en + _strs(entry, "names_en", where),
            "fr": names_fr + _strs(entry, "names_fr", where),
        },
        adjectives=_bilingual(entry, "adj", where),
        capitals=_bilingual(entry, "capital", where),
        seats=_bilingual(entry, "seats", where),
        iso3=iso3,
    )


# Kosovo has no ISO 3166 code; CLDR uses XK and the ISO user-assigned XKX is the usual alpha-3.
_ALPHA2_EXTRA = {"XKX": "XK"}


@functools.cache
def _territories() -> tuple[dict[str, str], dict[str, str]]:
    from babel import Locale

    return dict(Locale("en").territories), dict(Locale("fr").territories)


def library_country_names(iso3: str) -> tuple[list[str], list[str]]:
    """English names from pycountry and CLDR, French names from CLDR, for one ISO alpha-3 code."""
    import pycountry

    en: list[str] = []
    alpha2 = _ALPHA2_EXTRA.get(iso3)
    country = pycountry.countries.get(alpha_3=iso3)
    if country is not None:
        alpha2 = country.alpha_2
        en += [
            n
            for n in (country.name, getattr(country, "common_name", None),
                      getattr(country, "official_name", None))
            if n
        ]  # fmt: skip
    cldr_en, cldr_fr = _territories()
    fr: list[str] = []
    if alpha2:
        if alpha2 in cldr_en:
            en.append(cldr_en[alpha2])
        if alpha2 in cldr_fr:
            fr.append(cldr_fr[alpha2])
    return list(dict.fromkeys(en)), fr


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text, so that a bad one gets our own error message."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _section(path: Path, key: str, typ: type) -> Any:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except FileNotFoundError:
        raise KBError(f"{path}: missing knowledge base file") from None
    except yaml.YAMLError as exc:
        raise KBError(f"{path.name}: not valid YAML ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get(key), typ):
        raise KBError(f"{path.name}: expected a top-level '{key}' {typ.__name__}")
    if set(data) != {key}:
        raise KBError(f"{path.name}: unknown top-level keys {sorted(set(data) - {key})}")
    return data[key]


def _check_keys(entry: Any, allowed: set[str], where: str) -> None:
    if not isinstance(entry, dict):
        raise KBError(f"{where}: expected a mapping, got {type(entry).__name__}")
    unknown = set(entry) - allowed
    if unknown:
        raise KBError(f"{where}: unknown keys {sorted(unknown)}")


def _req(entry: dict[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise KBError(f"{where}: '{key}' is required and must be a non-empty string")
    return value


def _bilingual(entry: dict[str, Any], stem: str, where: str) -> dict[str, list[str]]:
    """The English and French lists of a field ('names' -> names_en, names_fr)."""
    return {"en": _strs(entry, f"{stem}_en", where), "fr": _strs(entry, f"{stem}_fr", where)}


def _strs(entry: dict[str, Any], key: str, where: str) -> list[str]:
    value = entry.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KBError(f"{where}: '{key}' must be a list of non-empty strings")
    return list(value)


def _qid(value: Any, where: str) -> str | None:
    if value is None:
        return None
    text = str(value)
    if not (text.startswith("Q") and text[1:].isdigit()):
        raise KBError(f"{where}: wikidata must look like Q123, got {text!r}")
    return text


def _date(value: Any, where: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise KBError(f"{where}: not an ISO date: {value!r}") from None


def _office(leader: str, entry: Any, where: str) -> Office:
    _check_keys(entry, _OFFICE_KEYS, where)
    role, title = entry.get("role"), entry.get("title")
    if role not in ROLES:
        raise KBError(f"{where}: role must be one of {ROLES}, got {role!r}")
    if title not in TITLES:
        raise KBError(f"{where}: title must be one of {TITLES}, got {title!r}")
    if not entry.get("of"):
        raise KBError(f"{where}: 'of' is required")
    start = _date(entry.get("start"), where)
    end = _date(entry["end"], where) if entry.get("end") is not None else None
    if end is not None and end < start:
        raise KBError(f"{where}: ends ({end}) before it starts ({start})")
    return Office(leader, str(entry["of"]), role, title, start, end, bool(entry.get("acting")))


def _check_overlaps(actors: Any) -> None:
    terms: dict[tuple[str, str], list[Office]] = defaultdict(list)
    for actor in actors:
        for office in actor.offices:
            terms[(office.of, office.role)].append(office)
    for (of, role), offices in terms.items():
        offices.sort(key=lambda o: o.start)
        for a, b in itertools.pairwise(offices):
            if a.end is None or b.start < a.end:
                raise KBError(
                    f"leaders: overlapping terms of {role} of {of}: {a.leader} from {a.start} "
                    f"to {a.end or 'now'} and {b.leader} from {b.start}"
                )


def _check_qids(actors: Any) -> None:
    seen: dict[str, str] = {}
    for actor in actors:
        if actor.wikidata:
            if actor.wikidata in seen:
                raise KBError(
                    f"wikidata {actor.wikidata} given to both {seen[actor.wikidata]} and {actor.id}"
                )
            seen[actor.wikidata] = actor.id
