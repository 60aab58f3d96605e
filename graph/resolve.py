"""Mention -> actor resolution against the knowledge base, in French and English.

``Resolver.resolve(mention, lang, day, other=None)`` returns a ``Resolution`` or ``None``. It is a
handful of dictionary lookups on a normalised form of the mention, never a scan over the
knowledge base. What it understands, in the order it tries:

1. ids and Wikidata QIDs ("vladimir-putin", "Q7747");
2. names, aliases and the short forms (surnames) of leaders, names and acronyms of states,
   organisations and groups, case- and accent-insensitive ("Emmanuel macron", "les Etats-Unis");
   acronyms that are also common words ("US", "UN", "EU", "UE") only in capitals;
3. a title followed or preceded by a name ("le président russe Vladimir Poutine", "Chancellor
   Scholz"): the name decides;
4. titles, resolved to the holder of the office on the date ("le président de la République
   française", "Britain's prime minister", "le chef de la diplomatie russe", "the NATO
   secretary-general", "le chef du Kremlin");
5. counterparts ("son homologue russe", "his Russian counterpart"): the office of the other party
   on that date, held in the named state;
6. governments and their seats ("les autorités de Kiev", "le gouvernement russe", "Russian
   authorities", "la partie française", "le Kremlin", "the White House") -> the state;
7. capitals alone ("Moscou", "Washington") -> the state, marked ``match="capital"``; plural
   demonyms written as nouns ("les Russes", "the Americans") -> the state.

Ambiguity policy: a mention that names a place rather than an actor ("à Paris", "in Moscow",
"vers Kiev") is not an actor: a leading locative preposition makes the answer ``None``; a capital
inside a longer noun phrase ("l'accord de Paris", "the Minsk agreements") matches nothing because
only whole mentions are looked up. A bare capital resolves, with ``match="capital"``, so that the
text pipeline, which sees the syntax, can keep it only where it acts (a subject, a party to a
contact). Two actors sharing a name are told apart by who held office on the date; when that does
not settle it, the answer is ``None`` rather than a guess.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .kb import Actor, KnowledgeBase, Office, load_default
from .model import ActorKind, ActorRef

# -- normalisation --------------------------------------------------------------------------------

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_DASHES = re.compile(r"[-‐‑‒–—]")
_PUNCT = re.compile(r"[«»\"“”„()\[\],;:!?]")


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, accents off, one kind of apostrophe, hyphens and dots as spaces or nothing.
    Cached: the same names and titles are folded again and again."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"(?<=\b\w)\.", "", text)  # U.S. -> US, U.K. -> UK
    text = re.sub(r"(?<=\w)'s\b", "", text)  # Britain's -> Britain
    text = _DASHES.sub(" ", text)
    text = _PUNCT.sub(" ", text)
    text = text.replace(".", " ")
    text = re.sub(r"'\s*", "' ", text)  # l'Elysee -> l' elysee
    return " ".join(text.split())


def _acronym(text: str) -> str | None:
    """The capitalised acronym form of a name ("U.S." -> "US"), or None if it is not one."""
    compact = text.replace(".", "").replace(" ", "")
    if 2 <= len(compact) <= 5 and compact.isalpha() and compact.isupper():
        return compact
    return None


# Common words that acronyms collide with once lowercased: these match only in capitals.
_AMBIGUOUS_LOWER = {"us", "un", "eu", "ue", "who", "oms", "ei", "is", "au", "ua", "ai", "pa"}

_DETERMINERS = {"the", "le", "la", "les", "l'", "a", "an"}
_POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "his", "her", "their", "its"}
# Last names that are also common words; never read alone, even after a title.
_FUNCTION_WORDS = {
    "des", "par", "pour", "avec", "sur", "and", "for", "with", "from", "may", "will", "she",
    "long", "key", "win", "fall", "english", "sang", "saw", "ii", "iii", "jr.", "vi", "bin",
}  # fmt: skip
_LOCATIVES = {
    "a", "au", "aux", "en", "dans", "vers", "depuis", "pres", "in", "at", "from", "to", "into",
    "near", "outside", "inside", "via", "toward", "towards", "through",
}  # fmt: skip
_LINKS = {"de", "du", "des", "d'", "of", "'", "s", "'s", "for", "pour"}

# Role phrases (folded) -> what they ask for. "exec" means the state's executive leader.
_ROLE_PHRASES: dict[str, dict[str, str]] = {}


def _roles(spec: dict[str, str], *phrases: str) -> None:
    for p in phrases:
        _ROLE_PHRASES[fold(p)] = spec


_roles({"title": "president"}, "président", "présidente", "president")
_roles(
    {"role": "head_of_state", "default_fr": "FRA"},
    "président de la République",
    "présidente de la République",
)
_roles(
    {"role": "head_of_state"}, "chef de l'Etat", "cheffe de l'Etat", "chef d'Etat", "head of state"
)
_roles(
    {"role": "head_of_government"},
    "premier ministre", "première ministre", "chef du gouvernement", "cheffe du gouvernement",
    "président du Conseil", "présidente du Conseil", "prime minister", "PM", "premier",
    "head of government",
)  # fmt: skip
_roles({"title": "chancellor"}, "chancelier", "chancelière", "chancellor")
_roles(
    {"role": "foreign_minister"},
    "ministre des Affaires étrangères", "ministre des affaires étrangères et européennes",
    "ministre de l'Europe et des Affaires étrangères", "chef de la diplomatie",
    "cheffe de la diplomatie", "ministre des Relations extérieures", "foreign minister",
    "foreign affairs minister", "minister of foreign affairs", "minister for foreign affairs",
    "top diplomat", "chief diplomat",
)  # fmt: skip
_roles({"role": "foreign_minister", "default": "USA"}, "secrétaire d'Etat", "secretary of state")
_roles({"role": "foreign_minister", "default": "GBR"}, "foreign secretary")
_roles(
    {"role": "secretary_general"},
    "secrétaire général", "secrétaire générale", "secretary general", "secretary-general",
)  # fmt: skip
_roles({"role": "director_general"}, "directeur général", "directrice générale", "director general")
_roles(
    {"role": "high_representative", "default": "EU"},
    "haut représentant", "haute représentante", "high representative",
    "chef de la diplomatie européenne", "cheffe de la diplomatie européenne",
    "EU foreign policy chief", "foreign policy chief",
)  # fmt: skip
_roles({"title": "monarch"}, "roi", "reine", "monarque", "souverain", "king", "queen", "monarch")
_roles({"title": "emir"}, "émir", "emir")
_roles({"title": "supreme_leader"}, "guide suprême", "supreme leader")
_roles({"role": "crown_prince"}, "prince héritier", "crown prince")
_roles(
    {"exec": "1"},
    "dirigeant", "dirigeante", "numéro un", "chef", "cheffe", "maître", "locataire", "hôte",
    "leader", "chief", "boss", "head", "patron",
)  # fmt: skip
_roles({"counterpart": "1"}, "homologue", "counterpart", "opposite number")
# The heads that point back to whoever leads, alone or with a party or style word ("le dirigeant
# démocrate", "the veteran leader"); "le chef" alone is too vague to.
_EPITHET_HEADS = {"dirigeant", "dirigeante", "leader"}
# What the press calls a person it has named, for variety ("le milliardaire", "the veteran
# leftist", "l'octogénaire"): the one the story follows, whether in office or not.
_PERSON_EPITHETS = {
    "milliardaire", "billionaire", "magnat", "magnate", "tycoon", "leftist", "gauchiste",
    "septuagenaire", "octogenaire", "septuagenarian", "octogenarian",
}  # fmt: skip
# Heads that name no office of their own but, with a state, someone who holds one of its offices.
_GENERIC_HEADS = {"ministre", "minister", "diplomate", "diplomat", "responsable", "official"}
# Honorifics before a name: part of a title, never a title alone.
_HONORIFICS = {
    fold(w)
    for w in (
        "M.",
        "MM.",
        "Mme",
        "Mmes",
        "Mlle",
        "Mr",
        "Mr.",
        "Mrs",
        "Ms",
        "Dr",
        "Sir",
        "Dame",
        "Lord",
        "Ayatollah",
        "ayatollah",
        "Sheikh",
        "cheikh",
        "Sayyed",
        "Monsieur",
        "Madame",
        "Président",
        "Prince",
        "King",
        "Queen",
        "Emir",
        "Sultan",
        "sultan",
        "émir",
    )
}
# Words that describe a group around its name ("le mouvement islamiste palestinien Hamas",
# "Yemen's Houthi rebels", "le Hezbollah libanais").
_GROUP_WORDS = {
    fold(w)
    for w in (
        "mouvement",
        "groupe",
        "milice",
        "milices",
        "organisation",
        "rebelles",
        "rebelle",
        "islamiste",
        "islamistes",
        "terroriste",
        "terroristes",
        "djihadiste",
        "djihadistes",
        "jihadiste",
        "chiite",
        "sunnite",
        "armé",
        "armée",
        "militants",
        "mercenaires",
        "combattants",
        "insurgés",
        "movement",
        "group",
        "militia",
        "militias",
        "organization",
        "rebels",
        "rebel",
        "islamist",
        "terrorist",
        "jihadist",
        "shiite",
        "shia",
        "sunni",
        "armed",
        "militant",
        "fighters",
        "mercenaries",
        "insurgents",
        "palestinian",
        "lebanese",
    )
}

_GOVERNMENT_WORDS = {
    fold(w)
    for w in (
        "gouvernement", "autorités", "régime", "exécutif", "diplomatie", "présidence", "pouvoir",
        "partie", "côté", "camp", "délégation", "administration", "dirigeants", "responsables",
        "ministère des Affaires étrangères", "diplomates", "government", "authorities", "regime",
        "side", "delegation", "leadership", "officials", "foreign ministry", "ministry of foreign affairs",
        "presidency", "diplomats", "executive", "cabinet", "capitale", "capital", "armée", "military", "army",
        "junte", "junta", "délégations", "delegations", "ministère", "ministry", "chancellerie",
        "forces", "troupes", "troops", "soldats", "soldiers",
    )
}  # fmt: skip
# "élu" in "le président élu", "elect" in "president-elect" (fold splits at the hyphen)
_ELECT_WORDS = {"elu", "elue", "elect"}
_ELECT_DAYS = 120  # an election is at most about four months before the term begins
_MAX_PHRASE = max(len(p.split()) for p in (*_ROLE_PHRASES, *_GOVERNMENT_WORDS))


@dataclass(frozen=True)
class Resolution:
    actor: Actor
    match: str  # id, wikidata, name, short, title, counterpart, office, government, seat, capital, demonym
    office: Office | None = None

    @property
    def ref(self) -> ActorRef:
        return self.actor.ref

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.actor.id,
            "kind": self.actor.kind.value,
            "name": self.actor.name,
            "wikidata": self.actor.wikidata,
            "match": self.match,
            "office": self.office.to_json() if self.office else None,
        }


_Key = tuple[ActorKind, str]


class Resolver:
    """Dictionary-based resolution over one knowledge base (build once, reuse)."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or load_default()
        self.names: dict[str, dict[_Key, str]] = defaultdict(dict)  # folded name -> {actor: how}
        self.exact: dict[str, dict[_Key, str]] = defaultdict(dict)  # acronyms, case-sensitive
        self.adjectives: dict[str, set[_Key]] = defaultdict(set)  # folded demonym -> actors
        self.places: dict[str, dict[_Key, str]] = defaultdict(dict)  # capitals and seats
        self.surnames: dict[str, dict[_Key, str]] = defaultdict(dict)  # last name -> leaders
        self._cache: dict[tuple[object, ...], Resolution | None] = {}

        for actor in self.kb.actors.values():
            self._index(actor)

    # -- index ---------------------------------------------------------------------------------
    def _add_name(self, text: str, actor: Actor, how: str) -> None:
        key = (actor.kind, actor.id)
        words = text.split()
        while len(words) > 1 and words[0].lower() in _DETERMINERS:
            words = words[1:]
        acro = _acronym(" ".join(words))
        if acro:
            self.exact[acro][key] = how
            if acro.lower() in _AMBIGUOUS_LOWER:
                return
        folded = self._strip(fold(text).split())
        if folded:
            # a full name outranks a short form or an alias of somebody else
            current = self.names[folded].get(key)
            if current != "name":
                self.names[folded][key] = how

    def _index(self, actor: Actor) -> None:
        key = (actor.kind, actor.id)
        for n in actor.all_names():
            self._add_name(n, actor, "name")
        for n in actor.short:
            self._add_name(n, actor, "short")
        if actor.kind is ActorKind.LEADER:
            # Surnames are only trusted after a title or an honorific ("M. Poutine", "Ayatollah
            # Khamenei"), where two leaders sharing one are told apart by the date.
            for full in filter(None, (actor.name, actor.name_fr)):
                surname = fold(full).split()[-1]
                # a last name that is also a function word ("Bùi Thanh Sơn": "son homologue") is
                # never read alone
                if (
                    len(surname) > 2
                    and surname not in _DETERMINERS | _POSSESSIVES | _FUNCTION_WORDS
                ):
                    self.surnames[surname][key] = "surname"
        for lang_forms in actor.adjectives.values():
            for adj in lang_forms:
                f = fold(adj)
                self.adjectives[f].add(key)
                if actor.kind is ActorKind.STATE and not f.endswith("s"):
                    self.adjectives[f + "s"].add(key)  # English plural nouns: Russians, Americans
        for forms, how in ((actor.capitals, "capital"), (actor.seats, "seat")):
            for lang_forms in forms.values():
                for place in lang_forms:
                    folded = self._strip(fold(place).split())
                    if folded:
                        self.places[folded][key] = how

    @staticmethod
    def _strip(tokens: list[str]) -> str:
        while tokens and tokens[0] in _DETERMINERS:
            tokens = tokens[1:]
        return " ".join(tokens)

    # -- public --------------------------------------------------------------------------------
    def resolve(
        self,
        mention: str,
        lang: str = "en",
        day: date | None = None,
        other: ActorRef | str | None = None,
    ) -> Resolution | None:
        """The actor a mention names on a date, or None (see the module docstring)."""
        day = day or date.today()
        key = (mention, lang, day, other)
        if key in self._cache:
            return self._cache[key]
        hit = self._resolve(mention, lang, day, other)
        if len(self._cache) >= 200_000:
            self._cache.clear()
        self._cache[key] = hit
        return hit

    def _resolve(
        self, mention: str, lang: str, day: date, other: ActorRef | str | None
    ) -> Resolution | None:
        text = " ".join(mention.split())
        if not text:
            return None
        if re.fullmatch(r"Q\d+", text):
            actor = self.kb.by_wikidata(text)
            return Resolution(actor, "wikidata") if actor else None
        by_id = self.kb.by_id(text)
        if len(by_id) == 1 and (by_id[0].id == text or "-" in text):
            return Resolution(by_id[0], "id")

        tokens = fold(text).split()
        if tokens and tokens[0] in _LOCATIVES and len(tokens) > 1:
            return None  # "à Paris", "in Moscow": a place, not an actor
        while tokens and tokens[0] in _DETERMINERS:
            tokens = tokens[1:]
        if tokens and tokens[-1] in ("'", "'s", "s") and len(tokens) > 1:
            tokens = tokens[:-1]  # Britain's -> Britain
        if not tokens:
            return None

        acro = _acronym(text.split()[-1]) if len(text.split()) <= 2 else None
        if acro and acro in self.exact and len(tokens) <= 2:
            hit = self._pick(self.exact[acro], day)
            if hit:
                return hit
        hit = self._name(tokens, day)
        if hit:
            return hit
        hit = self._name_with_title(tokens, day, set())
        if hit:
            return hit
        caps = {
            a.lower() for w in text.split() if (a := _acronym(w.strip("'’,.;:").split("'")[-1]))
        }
        hit = self._group_with_descriptors(tokens, day, caps)
        if hit:
            return hit
        elect = [w for w in tokens if w in _ELECT_WORDS]
        if elect and len(tokens) > len(elect):
            # "le président élu américain", "the US president-elect": the next holder of the
            # office, the one who takes it within the next months
            return self._elect([w for w in tokens if w not in _ELECT_WORDS], lang, day, caps)
        hit = self._title(tokens, lang, day, other, caps)
        if hit:
            return hit
        hit = self._government(tokens, day, caps)
        if hit:
            return hit
        folded = " ".join(tokens)
        if folded in self.places:
            return self._pick(self.places[folded], day)
        if text[:1].isupper() or text.split()[0].lower() in _DETERMINERS:
            # "les Russes", "the Americans": demonyms used as nouns
            last = text.split()[-1]
            if last[:1].isupper() and len(tokens) == 1:
                return self.from_adjective(folded, "demonym")
        return None

    def _elect(self, tokens: list[str], lang: str, day: date, caps: set[str]) -> Resolution | None:
        now = self._title(tokens, lang, day, None, caps)
        for ahead in range(7, _ELECT_DAYS + 1, 7):
            later = self._title(tokens, lang, day + timedelta(days=ahead), None, caps)
            if (
                later is not None
                and later.actor.kind is ActorKind.LEADER
                and (now is None or later.actor.id != now.actor.id)
            ):
                return later
        return None

    def bare_title(self, mention: str) -> dict[str, str] | None:
        """The office a title names when it names no place ("la chancelière", "the prime
        minister"): its holder is someone the text named before, not a lookup. None otherwise,
        and for titles too vague to point back ("le chef", "the leader")."""
        tokens = fold(mention).split()
        if not tokens or tokens[0] not in _DETERMINERS - {"les", "a", "an"}:
            return None
        phrase = " ".join(tokens[1:])
        generic = [w for w in tokens[1:] if w in _GENERIC_HEADS]
        if len(generic) == 1 and len(tokens) == 3:
            # "le ministre ukrainien", "the Russian diplomat": someone named before who holds an
            # office of that state
            (place,) = [w for w in tokens[1:] if w != generic[0]] or [""]
            places = {k for k in self.place_actors(place, set()) if k[0] is ActorKind.STATE}
            if len(places) == 1:
                return {"of": next(iter(places))[1]}
        persons = [w for w in tokens[1:] if w in _PERSON_EPITHETS]
        if len(persons) == 1 and len(tokens) <= 4 and tokens[-1] == persons[0]:
            return {"exec": "1", "person": "1"}
        heads = [w for w in tokens[1:] if w in _EPITHET_HEADS]
        if len(heads) == 1 and len(tokens) <= 5:
            # "le dirigeant", "le dirigeant social-démocrate", "the Democratic leader": whoever
            # leads, when no other word names a place or an office
            others = [w for w in tokens[1:] if w != heads[0]]
            if not any(self.place_actors(w, set()) or w in _ROLE_PHRASES for w in others):
                return {"exec": "1"}
        spec = _ROLE_PHRASES.get(phrase)
        if spec is None or "exec" in spec or "counterpart" in spec:
            return None
        return spec

    def title_of(self, mention: str, place: ActorRef, day: date) -> Resolution | None:
        """A title told with a possessive, of a state or organisation named before it: 'sa
        présidente' after 'la Commission européenne', 'its foreign minister' after 'Iran'."""
        tokens = [w for w in fold(mention).split() if w not in _POSSESSIVES | _DETERMINERS]
        spec = _ROLE_PHRASES.get(" ".join(tokens))
        if spec is None or "counterpart" in spec or place.kind is ActorKind.LEADER:
            return None
        office = self._office(place.id, spec, day)
        if office is None:
            return None
        return Resolution(self.kb.actors[(ActorKind.LEADER, office.leader)], "title", office)

    def holds(self, spec: dict[str, str], leader: ActorRef, day: date) -> bool:
        """Whether the leader holds, on the day, an office the title `spec` (from bare_title)
        names."""
        if leader.kind is not ActorKind.LEADER:
            return False
        for office in self.kb.offices_of(leader.id, day):
            if "title" in spec and office.title == spec["title"]:
                return True
            if "role" in spec and office.role == spec["role"]:
                return True
            if "of" in spec and office.of == spec["of"]:
                return True
            if "exec" in spec and office.role in (
                self.kb.executive_role(office.of),
                "head_of_state",
                "head_of_government",
            ):
                return True
        return False

    def counterpart_in(self, place: ActorRef, day: date, other: ActorRef) -> Resolution | None:
        """The counterpart of `other` in the state `place` on the day ("his counterpart" during a
        visit to China: the Chinese leader in the office matching other's), or None."""
        if place.kind is not ActorKind.STATE:
            return None
        office = self._counterpart(place.id, day, other)
        if office is None:
            return None
        return Resolution(self.kb.actors[(ActorKind.LEADER, office.leader)], "counterpart", office)

    def counterpart_place(self, mention: str) -> str | None:
        """The state or organisation of a bare counterpart phrase ("son homologue russe" -> RUS),
        or None when the mention is not one. Resolving it needs the other party (see resolve)."""
        words = fold(mention).split()
        if not any(w in ("homologue", "homologues", "counterpart", "counterparts") for w in words):
            return None
        rest = [
            w for w in words if w not in ("homologue", "homologues", "counterpart", "counterparts")
        ]
        places, complete = self._place_in(rest, set())
        if complete and len(places) == 1:
            return next(iter(places))[1]
        return None

    # -- steps ---------------------------------------------------------------------------------
    def _pick(self, candidates: dict[_Key, str], day: date) -> Resolution | None:
        if not candidates:
            return None
        if len(candidates) > 1:
            # prefer full names to short forms, then leaders in office on the day
            full = {k: h for k, h in candidates.items() if h in ("name", "capital", "seat")}
            candidates = full or candidates
        if len(candidates) > 1:
            active = {
                k: h
                for k, h in candidates.items()
                if k[0] is not ActorKind.LEADER or self.kb.offices_of(k[1], day)
            }
            candidates = active if active else candidates
        if len(candidates) != 1:
            return None
        ((key, how),) = candidates.items()
        actor = self.kb.actors[key]
        offices = self.kb.offices_of(actor.id, day) if key[0] is ActorKind.LEADER else []
        return Resolution(actor, how, offices[0] if offices else None)

    def _name(self, tokens: list[str], day: date) -> Resolution | None:
        folded = " ".join(tokens)
        if folded in self.names:
            return self._pick(self.names[folded], day)
        return None

    def _name_with_title(self, tokens: list[str], day: date, caps: set[str]) -> Resolution | None:
        """A leader's name after or before a title: the longest suffix or prefix that is a name."""
        for size in range(len(tokens) - 1, 0, -1):
            splits = ((tokens[-size:], tokens[:-size]), (tokens[:size], tokens[size:]))
            for part, rest in splits:
                if not self._is_title_words(rest, caps, coordination=False):
                    continue
                joined = " ".join(part)
                cands = {
                    k: h for k, h in self.names.get(joined, {}).items() if k[0] is ActorKind.LEADER
                }
                if not cands and rest:
                    cands = dict(self.surnames.get(joined, {}))
                places = {
                    k[1]
                    for w in rest
                    for k in self.place_actors(w, caps)
                    if k[0] is ActorKind.STATE
                }
                if places:
                    # "Jordan's King Abdullah": a name under a state's title is someone who
                    # held an office of that state, not a namesake elsewhere
                    cands = {
                        k: h
                        for k, h in cands.items()
                        if any(o.of in places for o in self.kb.actors[k].offices)
                    }

                hit = self._pick(cands, day)
                if hit:
                    return hit
        return None

    def _group_with_descriptors(
        self, tokens: list[str], day: date, caps: set[str]
    ) -> Resolution | None:
        """A group named inside descriptive words: 'le Hezbollah libanais', 'Yemen's Houthi rebels'."""
        n = len(tokens)
        for size in range(n - 1, 0, -1):
            for start in range(0, n - size + 1):
                part = " ".join(tokens[start : start + size])
                groups = {
                    k: h for k, h in self.names.get(part, {}).items() if k[0] is ActorKind.GROUP
                }
                if not groups:
                    continue
                rest = tokens[:start] + tokens[start + size :]
                if all(
                    w in _GROUP_WORDS
                    or w in _DETERMINERS
                    or w in _LINKS
                    or self.place_actors(w, caps)
                    for w in rest
                ):
                    return self._pick(groups, day)
        return None

    def _is_title_words(self, words: list[str], caps: set[str], coordination: bool = True) -> bool:
        """True when every word is part of a title, a determiner, a link word or a demonym.
        Without `coordination`, a lone "et"/"and" fails: "Kerry et son homologue iranien" is two
        people, while "ministre de l'Europe et des Affaires étrangères" is one title."""
        i = 0
        while i < len(words):
            for n in range(min(_MAX_PHRASE, len(words) - i), 0, -1):
                chunk = " ".join(words[i : i + n])
                if chunk in _ROLE_PHRASES or self.place_actors(chunk, caps):
                    i += n
                    break
            else:
                if not coordination and words[i] in ("et", "and"):
                    return False
                if (
                    words[i] in _DETERMINERS
                    or words[i] in _LINKS
                    or words[i] in _POSSESSIVES
                    or words[i] in _HONORIFICS
                ):
                    i += 1
                    continue
                return False
        return True

    def place_actors(self, words: str, caps: set[str]) -> set[_Key]:
        """States or organisations named by a demonym, a name, a capital or a seat.

        `caps` holds the acronyms written in capitals in the mention ("UN", "US"): only those
        may match the acronyms that are also common words once lowercased.
        """
        words = self._strip(words.split())
        found = set(self.adjectives.get(words, ()))
        found |= {
            k for k in self.names.get(words, {}) if k[0] in (ActorKind.STATE, ActorKind.ALLIANCE)
        }
        found |= set(self.places.get(words, {}))
        if words in caps:
            found |= {k for k in self.exact.get(words.upper(), {}) if k[0] is not ActorKind.LEADER}
        return found

    def _place_in(self, words: list[str], caps: set[str]) -> tuple[set[_Key], bool]:
        """The states/organisations named by the words left around a title; (actors, all used)."""
        words = [w for w in words if w not in _DETERMINERS and w not in _POSSESSIVES]
        while words and words[0] in _LINKS:
            words = words[1:]
        while words and words[-1] in _LINKS:
            words = words[:-1]
        if not words:
            return set(), True
        hit = self.place_actors(" ".join(words), caps)
        return hit, bool(hit)

    def _title(
        self, tokens: list[str], lang: str, day: date, other: ActorRef | str | None, caps: set[str]
    ) -> Resolution | None:
        # Move a demonym out of the middle of a title: "ministre russe des affaires etrangeres"
        # -> "ministre des affaires etrangeres russe".
        n = len(tokens)
        candidates: list[tuple[int, int, int, dict[str, str]]] = []
        for i in range(n):
            for size in range(min(_MAX_PHRASE, n - i), 0, -1):
                phrase = " ".join(tokens[i : i + size])
                spec = _ROLE_PHRASES.get(phrase)
                if spec:
                    candidates.append((size, i, i + size, spec))
                # a demonym inside the phrase, after its first word
                if size >= 2:
                    for j in range(i + 1, i + size):
                        inner = tokens[i:j] + tokens[j + 1 : i + size + 1]
                        spec = _ROLE_PHRASES.get(" ".join(inner))
                        if spec and i + size + 1 <= n and self.place_actors(tokens[j], caps):
                            candidates.append((size, i, i + size + 1, {**spec, "_adj": tokens[j]}))
        candidates.sort(key=lambda c: -c[0])
        vacant: Resolution | None = None
        for _size, start, end, spec in candidates:
            rest = tokens[:start] + tokens[end:]
            if "_adj" in spec:
                rest = [*rest, spec["_adj"]]
            places, complete = self._place_in(rest, caps)
            if not complete:
                continue
            if not places:
                default = spec.get("default") or (spec.get("default_fr") if lang == "fr" else None)
                if not default:
                    continue
                places = {(ActorKind.ALLIANCE if default == "EU" else ActorKind.STATE, default)}
            if len(places) != 1:
                continue
            ((_kind, place),) = places
            if spec.get("counterpart"):
                office = self._counterpart(place, day, other)
                match = "counterpart"
            else:
                office = self._office(place, spec, day)
                match = "title"
            if office:
                return Resolution(self.kb.actors[(ActorKind.LEADER, office.leader)], match, office)
            state = self.kb.get(ActorKind.STATE, place) if _kind is ActorKind.STATE else None
            if vacant is None and state is not None and (other or not spec.get("counterpart")):
                # The knowledge base does not know who held this state office then ("le
                # président cubain" in 2016): the office holder acts for the state, so the
                # mention names the state rather than nobody.
                vacant = Resolution(state, "office")
        return vacant

    def _office(self, place: str, spec: dict[str, str], day: date) -> Office | None:
        kb = self.kb
        if "title" in spec:
            for role in ("head_of_state", "head_of_government", "president"):
                office = kb.holder(place, role, day)
                if office and office.title == spec["title"]:
                    return office
            return None
        if "role" in spec:
            return kb.holder(place, spec["role"], day)
        if "exec" in spec:
            if kb.get(ActorKind.STATE, place):
                return kb.holder(place, kb.executive_role(place), day)
            for role in (
                "secretary_general",
                "president",
                "director_general",
                "high_representative",
            ):
                office = kb.holder(place, role, day)
                if office:
                    return office
        return None

    def _counterpart(self, place: str, day: date, other: ActorRef | str | None) -> Office | None:
        if other is None:
            return None
        other_id = other.id if isinstance(other, ActorRef) else str(other)
        if isinstance(other, ActorRef) and other.kind is not ActorKind.LEADER:
            return None
        offices = self.kb.offices_of(other_id, day)
        if not offices:
            return None
        # the other party's leading office: the executive of its state first
        offices.sort(
            key=lambda o: (o.role != self.kb.executive_role(o.of), o.role != "head_of_state")
        )
        for o in offices:
            if o.of == place:
                continue
            if o.role == self.kb.executive_role(o.of) and self.kb.get(ActorKind.STATE, place):
                target_role = self.kb.executive_role(place)
            else:
                target_role = o.role
            found = self.kb.holder(place, target_role, day)
            if found:
                return found
        return None

    def _government(self, tokens: list[str], day: date, caps: set[str]) -> Resolution | None:
        """'les autorités de Kiev', 'le gouvernement russe', 'the Biden administration', 'the Kremlin'."""
        n = len(tokens)
        for i in range(n):
            for size in range(min(_MAX_PHRASE, n - i), 0, -1):
                if " ".join(tokens[i : i + size]) not in _GOVERNMENT_WORDS:
                    continue
                rest = tokens[:i] + tokens[i + size :]
                places, complete = self._place_in(rest, caps)
                states = {k for k in places if k[0] is ActorKind.STATE}
                if complete and len(states) == 1:
                    return Resolution(self.kb.actors[next(iter(states))], "government")
                state = self._leader_state(rest, day)
                if state:
                    return Resolution(state, "government")
        folded = " ".join(tokens)
        seats = {k: h for k, h in self.places.get(folded, {}).items() if h == "seat"}
        if seats:
            return self._pick(seats, day)
        return None

    def _leader_state(self, words: list[str], day: date) -> Actor | None:
        """The state a leader leads ('the Biden administration', 'le gouvernement Meloni')."""
        words = [w for w in words if w not in _DETERMINERS and w not in _LINKS]
        if not words:
            return None
        leaders = {
            k: h for k, h in self.names.get(" ".join(words), {}).items() if k[0] is ActorKind.LEADER
        }
        hit = self._pick(leaders, day)
        if hit is None:
            return None
        offices = [
            o for o in hit.actor.offices if o.role in ("head_of_state", "head_of_government")
        ]
        current = [o for o in offices if o.active(day)] or offices
        states = {o.of for o in current if self.kb.get(ActorKind.STATE, o.of)}
        return self.kb.get(ActorKind.STATE, states.pop()) if len(states) == 1 else None

    def from_adjective(self, folded: str, how: str) -> Resolution | None:
        keys = {k for k in self.adjectives.get(folded, ()) if k[0] is ActorKind.STATE}
        if len(keys) == 1:
            return Resolution(self.kb.actors[next(iter(keys))], how)
        return None


_default: Resolver | None = None


def default_resolver() -> Resolver:
    global _default
    if _default is None:
        _default = Resolver()
    return _default
