"""Article-level extraction: sentences -> events with actors, dates, direction and evidence.

Only sentences that can hold an event are parsed: a cheap pass (the model's tokenizer, a rule-based
sentencizer, the knowledge-base phrase matcher and a trigger-word pattern) picks the sentences
with a trigger word and an actor or a coreference cue; the full pipeline runs on those alone. The
other sentences still feed the coreference state (the last leader named).

Article-level steps, in reading order: pronouns and "les deux dirigeants" resolved against what
came before, counterparts resolved against the other party, date expressions normalised against
the publication date (past for reported events, future for planned ones; no expression: the
publication date at its own precision), initiators mapped onto participants, and one record per
real-world event (dedup).
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
from dataclasses import dataclass, field
from datetime import date, timedelta

from diplograph.graph.model import (
    ActorKind,
    ActorRef,
    Event,
    EventDate,
    EventType,
    Modality,
    Precision,
    group_event_id,
)
from diplograph.graph.resolve import Resolver, default_resolver
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .dates import NUMBER_WORDS, DateMention, find_dates, normalise
from .pipeline import Mention, MentionFinder, RawEvent, load_pipeline
from .readers import SUPPORTED_LANGUAGES, RawArticle, detect_language

log = logging.getLogger(__name__)

MAX_SENTENCE_CHARS = 3000  # longer "sentences" are run-ons or lists, not prose: not parsed
CHUNK_CHARS = 200_000  # the tokenizer sees the text in chunks this size (spaCy max_length)


class ExtractionError(ValueError):
    """An article that cannot be processed, with the reason (one line)."""


@dataclass
class Extraction:
    article: RawArticle
    language: str
    published: EventDate
    events: list[Event] = field(default_factory=list)
    mentions: list[ActorRef] = field(default_factory=list)
    sentences: int = 0
    parsed: int = 0


@dataclass
class _Sentence:
    text: str
    start: int  # character offset in the article text
    candidate: bool
    leaders: list[ActorRef]  # leaders named, in order (from the phrase matcher)
    para: int = 0  # paragraph number
    tokens: Span | None = None  # the sentence as tokenized in the cheap pass (reused, not redone)
    orgs: list[ActorRef] = field(default_factory=list)  # organisations and groups named, in order
    actors: list[ActorRef] = field(default_factory=list)  # every actor named, in order


@dataclass
class _State:
    """What coreference needs to remember while reading an article."""

    last_subject: ActorRef | None = None
    last_pair: tuple[ActorRef, ActorRef] | None = None
    last_contact: list[ActorRef] = field(default_factory=list)  # participants of the last contact
    vague: set[int] = field(default_factory=set)  # ids of talks told with no phone and no place
    # leader id -> (times told as a subject, when last, ref): whom the story follows
    subject_counts: dict[str, tuple[int, int, ActorRef]] = field(default_factory=dict)

    last_date: EventDate | None = None  # date of the last event dated in the text
    # by type, the last event's source actors and date ("a également appelé" repeats the act)
    last_act: dict[EventType, tuple[frozenset[str], EventDate]] = field(default_factory=dict)
    main_date: EventDate | None = None  # the story's day: first recent day the article names
    para: int = -1
    para_date: EventDate | None = None  # last past date named in the current paragraph
    told_date: EventDate | None = None  # last past date named so far, in any paragraph
    leaders: list[ActorRef] = field(default_factory=list)
    last_alliance: ActorRef | None = None  # the organisation "the bloc", "the group" refer to
    venue: ActorRef | None = None  # the state the story's last visit went to
    visitor: ActorRef | None = None  # who made that visit
    named: list[tuple[int, ActorRef]] = field(default_factory=list)  # (paragraph, actor) in order
    # (paragraph, actor) told as the subject of a clause, leaders and states alike, in order
    subjects_named: list[tuple[int, ActorRef]] = field(default_factory=list)


class Extractor:
    """Turns raw articles into events. Pipelines are loaded once per language and reused."""

    def __init__(self, resolver: Resolver | None = None) -> None:
        self.resolver = resolver or default_resolver()
        self._sentencizer = Sentencizer()

    def language_of(self, article: RawArticle) -> str:
        lang = article.language or detect_language(article.text)
        if lang not in SUPPORTED_LANGUAGES:
            raise ExtractionError(
                f"unsupported language {lang!r} (diplograph reads {', '.join(SUPPORTED_LANGUAGES)})"
            )
        return lang

    def extract(self, article: RawArticle) -> Extraction:
        lang = self.language_of(article)
        if article.published is None:
            raise ExtractionError(
                "no publication date: give one with a leading 'date YYYY-MM-DD' line or a "
                "'published' field (relative dates cannot be read without it)"
            )
        published = article.published
        nlp = load_pipeline(lang)
        finder: MentionFinder = nlp.get_pipe("diplograph_mentions")
        sentences = self._sentences(nlp, finder, article.text, lang, published.value)
        candidates = [s for s in sentences if s.candidate or _antecedent(sentences, s)]
        docs = self._parse(nlp, candidates, lang, published.value)
        parsed = dict(zip((id(s) for s in candidates), docs, strict=True))
        result = Extraction(
            article, lang, published, sentences=len(sentences), parsed=len(candidates)
        )
        state = _State()
        raw: list[tuple[Event, bool]] = []
        mentioned: dict[str, ActorRef] = {}
        told: tuple[int, int, int] = (-1, 0, 0)  # paragraph and raw range of the last events
        for sent in sentences:
            if sent.para != state.para:  # a new paragraph: its own scene until it names a date
                state.para, state.para_date = sent.para, None
            if told[0] == sent.para and lx.TOOK_PLACE.search(sent.text):
                self._date_told_after(raw, told, sent, lang, published)
            doc = parsed.get(id(sent))
            if doc is None:
                state.named += [(sent.para, ref) for ref in sent.actors]
                for ref in sent.leaders:
                    state.leaders.append(ref)
                if sent.orgs:
                    state.last_alliance = sent.orgs[-1]
                self._narrative_date(sent, lang, published, state)
                continue
            for m in doc.user_data.get("dg_mentions", []):
                if m.kind == "actor":
                    for r in m.actors:
                        if r.match != "capital":
                            mentioned.setdefault(r.ref.ref, r.ref)
            found = self._events(doc, sent, lang, published, state, article.id)
            scene = doc.user_data.get("dg_scene_place") or []
            if scene and scene[0].actors:
                # talks held somewhere, between parties we could not tell
                state.venue, state.visitor = scene[0].actors[0].ref, None
            if found:
                told = (sent.para, len(raw), len(raw) + len(found))
            raw += found
            self._remember(doc, state, published.value)
            aside = set(doc.user_data.get("dg_aside_dates") or [])
            side = [d for d in doc.user_data.get("dg_side_dates") or [] if d not in aside]
            self._narrative_date(sent, lang, published, state, side)
        result.events = dedup(
            _fulfilled_plans(self._visits_dated_by_talks(_settle_talks(raw, state.vague)))
        )
        for e in result.events:
            for ref in (e.source, e.target):
                mentioned.setdefault(ref.ref, ref)
        result.mentions = list(mentioned.values())
        return result

    # -- sentences -------------------------------------------------------------------------------
    def _sentences(
        self, nlp, finder: MentionFinder, text: str, lang: str, day: date
    ) -> list[_Sentence]:
        trigger = lx.trigger_regex(lang)
        speech = lx.speech_regex(lang)
        out: list[_Sentence] = []
        offset = 0
        for para, chunk in enumerate(_paragraphs(text)):
            doc = self._sentencizer(nlp.make_doc(chunk))
            matches = sorted([*finder.matcher(doc), *finder.exact(doc)], key=lambda m: m[1])
            for sent in doc.sents:
                stext = sent.text.strip()
                if not stext:
                    continue
                leaders: list[ActorRef] = []
                orgs: list[ActorRef] = []
                actors: list[ActorRef] = []
                has_actor = False
                for _, s, e in matches:
                    if s >= sent.start and e <= sent.end:
                        hit = self.resolver.resolve(doc[s:e].text, lang, day)
                        if hit is not None:
                            has_actor = True
                            actors.append(hit.ref)
                            if hit.actor.kind is ActorKind.LEADER:
                                leaders.append(hit.ref)
                            elif hit.actor.kind in (ActorKind.ALLIANCE, ActorKind.GROUP):
                                orgs.append(hit.ref)
                low = stext.lower()
                cue = any(
                    w in lx.PRONOUNS_SINGULAR | lx.PRONOUNS_PLURAL for w in low.split()
                ) or any(
                    x in low
                    for x in (
                        "deux ",
                        "two ",
                        "both ",
                        "homologue",
                        "counterpart",
                        "président",
                        "president",
                        "minist",
                        "chancel",
                        "premier",
                        "dirigeant",
                        "leader",
                        "chef d",
                        "chef de",
                        "roi ",
                        "king",
                        "prince",
                        "secrétaire",
                        "secretary",
                        "monarch",
                        "pair",
                        "hommes",
                        " men ",
                        "autorités",
                        "authorities",
                        "gouvernement",
                        "government",
                        "présidence",
                        "presidency",
                        "diplomatie",
                        "diplomacy",
                        "régime",
                        "regime",
                        "délégation",
                        "delegation",
                        "junte",
                        "junta",
                    )
                )
                eventful = bool(trigger.search(stext)) or bool(
                    speech.search(stext) and lx.NEGATIVE_CUES.search(stext)
                )
                candidate = len(stext) <= MAX_SENTENCE_CHARS and eventful and (has_actor or cue)
                lead = len(sent.text) - len(sent.text.lstrip())
                out.append(
                    _Sentence(
                        stext,
                        offset + sent.start_char + lead,
                        candidate,
                        leaders,
                        para,
                        _trimmed(sent) if candidate else None,
                        orgs,
                        actors,
                    )
                )
            offset += len(chunk)
        return out

    def _parse(self, nlp, sentences: list[_Sentence], lang: str, day: date) -> list[Doc]:
        def make(sent: _Sentence) -> Doc:
            doc = sent.tokens.as_doc() if sent.tokens is not None else nlp.make_doc(sent.text)
            doc.user_data["dg"] = {"lang": lang, "day": day}
            return doc

        try:
            return list(nlp.pipe([make(s) for s in sentences], batch_size=64))
        except Exception:  # one bad sentence must not sink the article: retry one by one
            out = []
            for s in sentences:
                try:
                    out.append(nlp(make(s)))
                except Exception as exc:
                    log.warning("sentence skipped (%s): %.80s", type(exc).__name__, s.text)
                    out.append(make(s))
            return out

    # -- events ----------------------------------------------------------------------------------
    def _events(
        self,
        doc: Doc,
        sent: _Sentence,
        lang: str,
        published: EventDate,
        state: _State,
        article_id: str,
    ) -> list[tuple[Event, bool]]:
        out: list[tuple[Event, bool]] = []
        vague = state.vague
        subjects = self._all_subjects(doc, state, published.value)
        told = doc.user_data.get("dg_events", [])
        side = doc.user_data.get("dg_side_dates") or []
        # the day a past event of this sentence is told on dates its other, undated past events
        # ("X a dîné lundi avec Y, lequel venait de partager un repas avec Z")
        scene = next(
            (
                when
                for ev in told
                if ev.date is not None
                and ev.modality is Modality.ASSERTED
                and not ev.present
                and (ev.date.start, ev.date.end) not in side
                for when in [normalise(ev.date, lang, published, anchor=_anchor(state, ev.date))]
                if when is not None and when.value <= published.end
            ),
            None,
        )
        for ev in told:
            planned = ev.modality is Modality.PLANNED
            when, explicit = self._date(ev, doc, sent, lang, published, state, planned, scene)
            if ev.shift and when.precision is Precision.DAY:
                # "au lendemain de la visite de X": the day before the one its clause is told on
                when = EventDate(when.value + timedelta(days=ev.shift), Precision.DAY)
            if ev.shift_months and when.precision in (Precision.DAY, Precision.MONTH):
                # "in April 2019, two months after Kim's summit with Trump": in February; the
                # day is not known
                month = when.value.year * 12 + when.value.month - 1 + ev.shift_months
                when = EventDate(date(month // 12, month % 12 + 1, 1), Precision.MONTH)
            day = when.value
            sources = self._actors(ev.sources, doc, lang, day, state, subjects, ev)
            last = state.last_act.get(ev.type)
            if (
                ev.date is None
                and last is not None
                and last[0] & {r.ref for r in sources}
                and last[1].precision is Precision.DAY
                and 0 <= (published.value - last[1].value).days <= 14  # not a past one recalled
                and any(c.lower_ in lx.ALSO_WORDS for c in doc[ev.anchor].children)
            ):
                # "Obama a téléphoné à Netanyahu. [...] Le président américain a également appelé
                # le roi Salmane": the same act again, on the same day
                when, explicit = last[1], True
                day = when.value
            targets = self._actors(
                ev.targets, doc, lang, day, state, subjects, ev, other_side=sources
            )
            if ev.type.is_contact and ev.symmetric:
                # counterparts on the subject side are resolved against the partners
                sources = self._actors(
                    ev.sources, doc, lang, day, state, subjects, ev, other_side=targets
                )
            if ev.type.is_contact and ev.symmetric and not sources and len(targets) >= 2:
                # "un entretien entre X et Y", "talks between X and Y": all parties are named
                # after the noun, none as a subject
                sources, targets = targets[:1], targets[1:]
            if not sources or (not targets and not (ev.symmetric and len(sources) >= 2)):
                continue

            evidence = sent.text
            span = (sent.start, sent.start + len(sent.text))
            coref = any(
                m.kind
                in (
                    "pronoun",
                    "plural_pronoun",
                    "pair",
                    "group",
                    "counterpart",
                    "organisation",
                    "title",
                )
                for m in ev.sources + ev.targets
            )
            confidence = round(ev.confidence * (0.85 if coref else 1.0), 2)
            common = {"article": article_id, "evidence": evidence, "span": span, "confidence": confidence,
                      "modality": ev.modality, "content": ev.content}  # fmt: skip
            if ev.type.is_contact and ev.symmetric:
                participants = _unique(sources + targets)
                participants = [p for p in participants if not self._leads(participants, p, day)]
                if len(participants) < 2:
                    continue
                initiator = self._initiator(ev, doc, lang, day, state, subjects, participants)
                group = (
                    group_event_id(ev.type, participants, when) if len(participants) > 2 else None
                )
                for a, b in itertools.combinations(participants, 2):
                    directed = initiator is not None and initiator.ref in (a.ref, b.ref)
                    if directed and initiator.ref == b.ref:
                        a, b = b, a
                    event = Event(
                        ev.type,
                        a,
                        b,
                        when,
                        directed=directed,
                        cameo=ev.cameo,
                        event=group,
                        **common,
                    )
                    if ev.vague:
                        vague.add(id(event))
                    out.append((event, explicit))
                if len(participants) == 2:
                    state.last_pair = (participants[0], participants[1])
                if ev.place and not ev.background:
                    # the story is where its meeting was held: "arrived on Sunday" is there
                    held = [r.ref for m in ev.place for r in m.actors]
                    venue = held[0] if held else None
                    if venue is not None and (state.venue is None or state.venue.ref != venue.ref):
                        state.venue, state.visitor = venue, None
                state.last_contact = participants

            else:
                if ev.type is EventType.VISIT:
                    # a visit goes to a place: a leader named as its end ("went to see X") stands
                    # for the state X holds office in
                    targets = [self._state_of(t, day) or t for t in targets]
                    targets = [t for t in targets if t.kind is not ActorKind.LEADER]
                for s, t in itertools.product(_unique(sources), _unique(targets)):
                    if s.ref == t.ref or self._leads([s], t, day) or self._leads([t], s, day):
                        continue
                    if ev.type is EventType.VISIT and ev.modality is Modality.ASSERTED:
                        state.venue, state.visitor = t, s
                    out.append(
                        (
                            Event(ev.type, s, t, when, directed=True, cameo=ev.cameo, **common),
                            explicit,
                        )
                    )
            if explicit:
                state.last_date = when
            if sources:
                state.last_act[ev.type] = (frozenset(r.ref for r in sources), when)
        return out

    def _date(
        self,
        ev: RawEvent,
        doc: Doc,
        sent: _Sentence,
        lang: str,
        published: EventDate,
        state: _State,
        planned: bool,
        scene: EventDate | None = None,
    ) -> tuple[EventDate, bool]:
        if ev.date is not None:
            when = normalise(
                ev.date,
                lang,
                published,
                future=planned and not ev.date_past,
                anchor=_anchor(state, ev.date),
            )
            if when is not None:
                return when, True
        if state.last_date is not None and lx.CONTEXT_DATE_CUES.search(sent.text):
            return state.last_date, True
        if _there(doc[ev.anchor]) and (state.told_date or state.last_date) is not None:
            # "Les deux dirigeants y ont dîné": at the place, and on the day, just told
            return state.told_date or state.last_date, True
        if lx.SAME_DAY_CUES.search(sent.text):
            # "quelques heures plus tôt", "shortly after": the day of what was just told
            for just_told in (state.last_date, state.told_date, state.main_date):
                if just_told is not None and just_told.precision is Precision.DAY:
                    return just_told, True
        described = ev.type.is_contact and doc[ev.anchor].lemma_.lower() in ("be", "être")
        if not ev.present or described:
            # ... and "Yoon's trip is the first visit to Japan in 12 years" describes the contact
            # the story tells, not a new one on the day of the paper
            # a past event told without a date happened when its sentence, else its paragraph,
            # else the story, is
            when = scene or state.para_date
            if when is None:
                when = state.main_date
                told = state.told_date
                if (
                    ev.background
                    and told is not None
                    and when is not None
                    and told.value < when.value
                ):
                    # "Début octobre, ... [new paragraph] Alger avait aussitôt rappelé ...": the
                    # background goes on from the earlier day last told
                    when = told
            floor = normalise(ev.floor, lang, published) if ev.floor is not None else None
            if (
                floor is not None
                and floor.value <= published.end
                and (when is None or floor.value > when.value)
            ):
                when = floor  # not before what a clause on its parties tells
            if when is not None:
                return when, True
        return published, False

    @staticmethod
    def _date_told_after(
        raw: list[tuple[Event, bool]],
        told: tuple[int, int, int],
        sent: _Sentence,
        lang: str,
        published: EventDate,
    ) -> None:
        """'... s'est retrouvé face à Poutine. La rencontre a eu lieu lundi': the contacts of the
        sentence before, told without a date, take the one this sentence gives."""
        for mention in find_dates(sent.text, lang):
            when = normalise(mention, lang, published)
            if when is not None and when.value <= published.end:
                break
        else:
            return
        _para, start, end = told
        for k in range(start, end):
            event, explicit = raw[k]
            if not explicit and event.type.is_contact:
                raw[k] = (dataclasses.replace(event, date=when), True)

    @staticmethod
    def _narrative_date(
        sent: _Sentence,
        lang: str,
        published: EventDate,
        state: _State,
        side: list[tuple[int, int]] | None = None,
    ) -> None:
        """Track the story's day and the current paragraph's last past date (not the dates of
        relative or participial clauses, `side`, when the sentence was parsed)."""
        for mention in find_dates(sent.text, lang):
            if side and (mention.start, mention.end) in side:
                continue
            before, after = (
                sent.text[max(0, mention.start - 50) : mention.start],
                sent.text[mention.end :],
            )
            if lx.BACKGROUND_BEFORE.search(before) or lx.BACKGROUND_AFTER.match(after):
                continue  # "depuis le début de l'invasion, le 24 février": a landmark, not the scene
            if lx.HORIZON_BEFORE.search(before):
                continue  # "would decide by May 12": a deadline ahead, not the scene
            when = normalise(mention, lang, published, anchor=_anchor(state, mention))
            if when is None or when.value > published.end:
                continue
            ahead = normalise(mention, lang, published, future=True)
            if (
                ahead is not None
                and ahead.precision is Precision.DAY
                and ahead.value > published.end
                and (ahead.value - published.end).days <= 30
                and (published.value - when.value).days >= 180
            ):
                continue  # "le Conseil européen des 17 et 18 mars", told on 8 March: ahead
            state.para_date = state.told_date = when
            recent = when.precision is Precision.DAY and (published.value - when.value).days <= 14
            if state.main_date is None and recent:
                state.main_date = when

    def _actors(
        self,
        mentions: list[Mention],
        doc: Doc,
        lang: str,
        day: date,
        state: _State,
        subjects,
        ev: RawEvent,
        other_side: list[ActorRef] | None = None,
    ) -> list[ActorRef]:
        out: list[ActorRef] = []
        for m in mentions:
            if m.kind == "actor":
                for r in m.actors:
                    leader = self._seat_holder(r, day) if ev.type is EventType.CALL else None
                    # "telephoned the Kremlin", "a appelé l'Elysée": one phones the one who
                    # sits there
                    out.append(leader or r.ref)
            elif m.kind == "pronoun":
                if _unresolved_subject_before(doc, m.start, subjects):
                    continue  # "le dirigeant social-démocrate ... où il ...": not someone we know
                ref = _before(subjects, m.start) or state.last_subject
                if ref is not None:
                    out.append(ref)
            elif m.kind in ("pair", "plural_pronoun"):
                named = _leaders_before(doc, m.start)
                if len(named) >= 2 and not lx.STATE_PAIR.search(m.text):
                    # "Erdogan urged Putin ... when the two leaders spoke": the two named just
                    # before in the same sentence
                    out += named[-2:]
                elif state.last_pair is not None and lx.STATE_PAIR.search(m.text):
                    # "les deux pays", "the two governments": the states of the two leaders
                    out += [self._state_of(p, day) or p for p in state.last_pair]
                elif (holders := self._pair_by_office(m, doc, state, day)) is not None:
                    out += holders
                elif state.last_pair is not None:
                    out += list(state.last_pair)
                elif m.kind == "pair" and len(_unique(state.leaders)) >= 2:
                    pair = _unique(list(reversed(state.leaders)))[:2]
                    if lx.STATE_PAIR.search(m.text):
                        # "the two governments" of the two leaders the story named last
                        pair = [self._state_of(p, day) or p for p in pair]
                    out += pair
            elif m.kind == "group":
                # "les quatre dirigeants": the last that many leaders the story named, when it
                # named that many
                size = next((n for w in m.text.lower().split()
                             if (n := int(w) if w.isdigit() else NUMBER_WORDS.get(w, 0)) >= 3),
                            0)  # fmt: skip
                here = [r for r in _named_before(doc, m.start) if r.kind is ActorKind.LEADER]
                group = _unique(list(reversed(state.leaders + here)))[:size]
                if size and len(group) == size:
                    if lx.STATE_PAIR.search(m.text):
                        group = [self._state_of(p, day) or p for p in group]
                    out += group
            elif m.kind == "author":
                ref = self._author(doc, ev, state, day, other_side or [])
                if ref is not None:
                    out.append(ref)
            elif m.kind == "venue":
                # "Putin arrived the next day": where the story's last visit went
                if state.venue is not None:
                    out.append(state.venue)
            elif m.kind == "partner":
                # the other parties of the contact the speaker just had
                side = other_side or []
                if not side and (owner := _before(subjects, m.start)) is not None:
                    # "..., while his host denounced ...": the host of the one told before
                    side = [owner]
                speakers = {r.ref for r in side}
                speaker = next((r for r in side if r.kind is ActorKind.LEADER), None)
                # "son homologue", "his counterpart": someone in the speaker's office elsewhere
                words = m.text.lower().split()
                bare_counterpart = bool(words) and words[-1] in lx.COUNTERPART_NOUNS
                probe = speaker if bare_counterpart else None

                partners = [
                    p
                    for p in state.last_contact
                    if p.ref not in speakers and self._counterparts(probe, p, day)
                ]
                if partners and speakers & {p.ref for p in state.last_contact}:
                    out += partners
                elif (
                    bare_counterpart
                    and state.venue is not None
                    and state.visitor is not None
                    and state.visitor.ref in speakers
                    and (hit := self.resolver.counterpart_in(state.venue, day, state.visitor))
                ):
                    # "his counterpart" told of the one on a visit: whoever holds the visitor's
                    # office in the visited state
                    out.append(hit.ref)
                elif speakers:
                    # no contact read yet ("son interlocuteur", "lui" in a story whose meeting
                    # was told in words we do not read): the last other leader named
                    other = next(
                        (r for r in reversed(state.leaders)
                         if r.ref not in speakers and r.kind is ActorKind.LEADER
                         and self._counterparts(probe, r, day)),
                        None,
                    )  # fmt: skip
                    if other is not None:
                        out.append(other)
            elif m.kind == "title":
                ref = self._title_ref(m, doc, state, day)
                if ref is not None:
                    out.append(ref)
            elif m.kind == "delegation":
                # "la délégation": the one the story follows on a visit, who leads it
                if state.visitor is not None:
                    out.append(state.visitor)
            elif m.kind == "regime":
                # "le régime", "the junta": the state named last, in this sentence or before it
                here = [r for r in _named_before(doc, m.start) if r.kind is ActorKind.STATE]
                ref = (
                    here[-1]
                    if here
                    else next(
                        (r for _para, r in reversed(state.named) if r.kind is ActorKind.STATE), None
                    )
                )
                if ref is not None:
                    out.append(ref)
            elif m.kind == "organisation":
                # "the bloc": the organisation named last, in this sentence or before it
                named = [
                    r
                    for r in _named_before(doc, m.start)
                    if r.kind in (ActorKind.ALLIANCE, ActorKind.GROUP)
                ]
                ref = named[-1] if named else state.last_alliance
                if ref is not None and m.text.split()[-1].lower() in lx.BLOC_WORDS:
                    # "the bloc" after "the European Parliament": the body it belongs to
                    actor = self.resolver.kb.get(ref.kind, ref.id)
                    parent = (
                        self.resolver.kb.get(ref.kind, actor.parent)
                        if actor and actor.parent
                        else None
                    )
                    ref = parent.ref if parent is not None else ref
                if ref is not None:
                    out.append(ref)
            elif m.kind == "counterpart":
                # of the other side, else of whoever is named beside it ("Kerry et son homologue
                # iranien se sont retrouvés")
                for other in other_side or list(out):
                    hit = self.resolver.resolve(m.text, lang, day, other)
                    if hit is not None:
                        out.append(hit.ref)
                        break
        return out

    def _title_ref(self, m: Mention, doc: Doc, state: _State, day: date) -> ActorRef | None:
        """'la chancelière', 'le ministre ukrainien': the last leader named, here or before, who
        holds that office."""
        spec = self.resolver.bare_title(m.text)
        if not spec:
            return None
        here = _named_before(doc, m.start)
        # an epithet ("le dirigeant social-démocrate", "the Democratic leader") fits every leader
        # and most often names the one the story follows: the leader told most often as a
        # subject so far, else the story's last subject
        if "exec" in spec and state.subject_counts:
            followed = sorted(state.subject_counts.items(), key=lambda kv: (-kv[1][0], -kv[1][1]))
            for _ref, (_count, _last, actor) in followed:
                if actor.kind is ActorKind.LEADER and (
                    "person" in spec or self.resolver.holds(spec, actor, day)
                ):
                    return actor  # "le milliardaire" needs no office
        first = [state.last_subject] if state.last_subject and not here else []
        for ref in first + list(reversed(state.leaders + here)):
            if self.resolver.holds(spec, ref, day):
                return ref
        return None

    def _pair_by_office(
        self, m: Mention, doc: Doc, state: _State, day: date
    ) -> list[ActorRef] | None:
        """'the two presidents' after a contact of two ministers: the last two leaders named
        who hold that office (None when the phrase names no office, or the last pair holds it)."""
        words = m.text.split()
        if not words or not words[-1].lower().endswith("s"):
            return None
        article = "le" if any(w.lower() in ("les", "des", "ces", "deux") for w in words) else "the"
        spec = self.resolver.bare_title(f"{article} {words[-1][:-1]}")
        if not spec or "exec" in spec:
            return None  # "les deux dirigeants" fits anyone
        days = [day] + ([state.main_date.value] if state.main_date is not None else [])

        def holds(ref: ActorRef) -> bool:  # on the event's day, or the story's ("in late January")
            return any(self.resolver.holds(spec, ref, d) for d in days)

        if state.last_pair is not None and all(holds(p) for p in state.last_pair):
            return None
        here = _named_before(doc, m.start)
        holders = [r for r in _unique(list(reversed(state.leaders + here))) if holds(r)]
        return holders[:2] if len(holders) >= 2 else None

    def _author(
        self, doc: Doc, ev: RawEvent, state: _State, day: date, accusers: list[ActorRef]
    ) -> ActorRef | None:
        """Whoever did or said what an accuser denounces without naming them: a party named
        earlier in the sentence ("recalled its ambassador from Madrid and denounced ..."), else
        the other side's party last told as a subject in the paragraph, else the last other party
        named in the paragraph. None when the accuser is unknown or nobody fits."""
        if not accusers:
            return None
        sides = {self._side(a, day) for a in accusers}

        def other(ref: ActorRef) -> bool:
            return (
                ref.kind in (ActorKind.LEADER, ActorKind.STATE)
                and self._side(ref, day) not in sides
            )

        subject = {i for m in ev.sources for i in range(m.start, m.end)}
        here = _named_before(doc, ev.anchor, skip=subject)
        for ref in reversed(here):
            if other(ref):
                return ref
        for para, ref in reversed(state.subjects_named):
            if para != state.para:
                break
            if other(ref):
                return ref  # "North Korea fired a missile. [...] Yoon condemned the launch"
        # ... preferring someone other than the parties of the contact just told ("Yoon
        # condemned the launch" after talks with Kishida: North Korea's launch)
        named = [ref for para, ref in reversed(state.named) if para == state.para and other(ref)]
        met = {self._side(p, day) for p in state.last_contact}
        return next((r for r in named if self._side(r, day) not in met), None) or next(
            iter(named), None
        )

    def _seat_holder(self, r, day: date) -> ActorRef | None:
        """The executive leader of a state named by its seat of power ("the Kremlin"), or None."""
        if r.match != "seat" or r.actor.kind is not ActorKind.STATE:
            return None
        kb = self.resolver.kb
        office = kb.holder(r.actor.id, kb.executive_role(r.actor.id), day)
        leader = kb.get(ActorKind.LEADER, office.leader) if office is not None else None
        return leader.ref if leader is not None else None

    def _counterparts(self, a: ActorRef | None, b: ActorRef, day: date) -> bool:
        """Whether b holds, in b's state, the office matching a's ("homologues"); True when a is
        None (no office to match)."""
        if a is None:
            return True
        place = self._state_of(b, day)
        if place is None or a.kind is not ActorKind.LEADER:
            return False
        hit = self.resolver.counterpart_in(place, day, a)
        return hit is not None and hit.ref.ref == b.ref

    def _side(self, ref: ActorRef, day: date) -> str:
        """The state an actor stands for (a leader's state), else the actor itself."""
        state = self._state_of(ref, day)
        return (state or ref).ref

    def _initiator(
        self,
        ev: RawEvent,
        doc: Doc,
        lang: str,
        day: date,
        state: _State,
        subjects,
        participants: list[ActorRef],
    ) -> ActorRef | None:
        refs = self._actors(
            ev.initiator, doc, lang, day, state, subjects, ev, other_side=participants
        )
        for ref in refs:
            if any(ref.ref == p.ref for p in participants):
                return ref
            if ref.kind is ActorKind.STATE:
                # "à l'initiative de la partie française": the participant who leads that state
                for p in participants:
                    if p.kind is ActorKind.LEADER and any(
                        o.of == ref.id for o in self.resolver.kb.offices_of(p.id, day)
                    ):
                        return p
        return None

    def _visits_dated_by_talks(self, raw: list[tuple[Event, bool]]) -> list[tuple[Event, bool]]:
        """A visit told without a day ("les espoirs nés de la visite de Macron en Russie") took
        place on the day the article dates its visitor's one meeting with a leader of the state
        visited ("la veille, il avait passé cinq heures face à Poutine")."""
        told = {_pair_key(e) for e, x in raw if x and e.type is EventType.VISIT}
        out = []
        for e, x in raw:
            if (
                not x
                and e.type is EventType.VISIT
                and e.modality is Modality.ASSERTED
                and _pair_key(e) not in told
            ):
                days = set()
                for m, mx in raw:
                    if not (mx and m.type is EventType.MEET and m.modality is Modality.ASSERTED):
                        continue
                    if e.source.ref not in (m.source.ref, m.target.ref):
                        continue
                    other = m.target if m.source.ref == e.source.ref else m.source
                    held = (
                        self._state_of(other, m.date.value)
                        if other.kind is ActorKind.LEADER
                        else None
                    )
                    if held is not None and held.ref == e.target.ref:
                        days.add(m.date)
                if len(days) == 1:
                    e, x = dataclasses.replace(e, date=days.pop()), True
            out.append((e, x))
        return out

    def _state_of(self, ref: ActorRef, day: date) -> ActorRef | None:
        """The state a leader holds office in on a date (a state stays itself)."""
        if ref.kind is not ActorKind.LEADER:
            return ref
        for office in self.resolver.kb.offices_of(ref.id, day):
            state = self.resolver.kb.get(ActorKind.STATE, office.of)
            if state is not None:
                return state.ref
        return None

    def _leads(self, participants: list[ActorRef], p: ActorRef, day: date) -> bool:
        """True when p is a state one of the other participants holds office in (Macron / France)."""
        if p.kind is not ActorKind.STATE:
            return False
        for q in participants:
            if q.kind is ActorKind.LEADER and any(
                o.of == p.id for o in self.resolver.kb.offices_of(q.id, day)
            ):
                return True
        return False

    @staticmethod
    def _subject_leaders(doc: Doc) -> list[tuple[int, ActorRef]]:
        out = []
        for m in doc.user_data.get("dg_mentions", []):
            if m.kind != "actor" or len(m.actors) != 1:
                continue
            root = doc[m.start : m.end].root
            if root.dep_.startswith("nsubj") and m.actors[0].actor.kind is ActorKind.LEADER:
                out.append((m.start, m.actors[0].ref))
        return out

    def _all_subjects(self, doc: Doc, state: _State, day: date) -> list[tuple[int, ActorRef]]:
        """Leaders told as subjects in a sentence, by name or by a bare title ('le dirigeant
        social-démocrate a fait escale à Kiev'), in text order."""
        titled = [
            (m.start, ref)
            for m in doc.user_data.get("dg_mentions", [])
            if m.kind == "title"
            and doc[m.start : m.end].root.dep_.startswith("nsubj")
            and (ref := self._title_ref(m, doc, state, day)) is not None
        ]
        return sorted(self._subject_leaders(doc) + titled, key=lambda s: s[0])

    def _remember(self, doc: Doc, state: _State, day: date) -> None:
        subjects = self._all_subjects(doc, state, day)
        if subjects:
            state.last_subject = subjects[-1][1]
        for _i, ref in subjects:
            if ref.kind is ActorKind.LEADER:
                count, _last, _ = state.subject_counts.get(ref.ref, (0, 0, ref))
                state.subject_counts[ref.ref] = (count + 1, len(state.leaders), ref)
        titled = {i: ref for i, ref in subjects}
        for m in doc.user_data.get("dg_mentions", []):
            if m.kind == "actor":
                state.named += [(state.para, r.ref) for r in m.actors]
                if doc[m.start : m.end].root.dep_.startswith("nsubj"):
                    state.subjects_named += [(state.para, r.ref) for r in m.actors]
                for r in m.actors:
                    if r.actor.kind is ActorKind.LEADER:
                        state.leaders.append(r.ref)
                    elif r.actor.kind in (ActorKind.ALLIANCE, ActorKind.GROUP):
                        state.last_alliance = r.ref
            elif m.kind == "title" and m.start in titled:
                # "le président ukrainien s'est retrouvé face à ...": a leader the story named
                state.leaders.append(titled[m.start])


def _anchor(state: _State, mention: DateMention) -> EventDate | None:
    """The day a relative date counts from: the paragraph's, else, for 'la veille', 'the next
    day', 'trois jours plus tôt', the last day the story told; else the story's day."""
    if state.para_date is not None:
        return state.para_date
    if mention.kind in ("prev_day", "next_day", "shift") and state.told_date is not None:
        return state.told_date
    return state.main_date


def _named_before(
    doc: Doc, index: int, skip: set[int] | frozenset[int] = frozenset()
) -> list[ActorRef]:
    """The actors named before token `index` in a sentence, in order (mentions starting at a
    token in `skip` left out)."""
    return [
        r.ref
        for m in doc.user_data.get("dg_mentions", [])
        if m.kind == "actor" and m.end <= index and m.start not in skip
        for r in m.actors
    ]


def _there(verb: Token) -> bool:
    """Whether a clause happens at the place just told: "Les deux dirigeants y ont dîné",
    "they dined there" (not "there is")."""
    return any(
        (c.lower_ == "y" and c.pos_ == "PRON")
        or (c.lower_ == "there" and c.dep_ == "advmod" and c.i > verb.i)
        for c in verb.children
    )


def _before(subjects: list[tuple[int, ActorRef]], index: int) -> ActorRef | None:
    earlier = [ref for i, ref in subjects if i < index]
    return earlier[-1] if earlier else None


_CORE_DEPS = {"nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj", "iobj", "obl:arg"}


def _antecedent(sentences: list[_Sentence], sent: _Sentence) -> bool:
    """Whether a sentence with no event of its own must be parsed for whom a pronoun refers to:
    one of the two before an event sentence whose subject is 'il', 'elle', 'he', 'she' ("Le
    maître du Kremlin n'a pas cédé. [...] Il a exigé ...")."""
    i = next(k for k, x in enumerate(sentences) if x is sent)
    for later in sentences[i + 1 : i + 3]:
        if later.para != sent.para:
            return False
        if later.candidate and lx.PRONOUN_OPENING.match(later.text):
            return True
    return False


def _leaders_before(doc: Doc, index: int) -> list[ActorRef]:
    """The distinct leaders named before token `index` in this sentence as a clause's subject or
    object (not in a modifier: "X, accompanied by Y, ...")."""
    out: list[ActorRef] = []
    for m in doc.user_data.get("dg_mentions", []):
        if m.kind != "actor" or m.end > index or len(m.actors) != 1:
            continue
        head = doc[m.start : m.end].root
        while head.dep_ in ("conj", "appos", "flat", "flat:name", "compound") and head.head != head:
            head = head.head
        if head.dep_ not in _CORE_DEPS:
            continue
        ref = m.actors[0].ref
        if ref.kind is ActorKind.LEADER and ref not in out:
            out.append(ref)
    return out


def _unresolved_subject_before(doc: Doc, index: int, subjects: list[tuple[int, ActorRef]]) -> bool:
    """True when the nearest subject before a pronoun in its sentence is a noun we did not
    resolve to a leader: the pronoun most likely stands for it, not for an earlier leader."""
    known = {i for i, _ in subjects}
    tokmap = doc.user_data.get("dg_tokmap", {})
    for tok in reversed(doc[:index]):
        if tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN"):
            m = tokmap.get(tok.i)
            if (
                m is not None
                and m.kind == "actor"
                and all(r.actor.kind is not ActorKind.LEADER for r in m.actors)
            ):
                continue  # "the United States would ... as he hosted": a state is no "he"
            return m is None or m.start not in known
    return False


def _trimmed(sent: Span) -> Span:
    """A sentence span without leading or trailing whitespace tokens."""
    start, end = sent.start, sent.end
    while start < end and sent.doc[start].is_space:
        start += 1
    while end > start and sent.doc[end - 1].is_space:
        end -= 1
    return sent.doc[start:end]


def _unique(refs: list[ActorRef]) -> list[ActorRef]:

    seen: dict[str, ActorRef] = {}
    for r in refs:
        seen.setdefault(r.ref, r)
    return list(seen.values())


def _paragraphs(text: str) -> list[str]:
    """Paragraphs (a blank line ends one; a heading is its own), each cut to CHUNK_CHARS at most.
    The pieces keep their separators so that offsets still add up to the article's."""
    import re

    pieces = re.split(r"(?<=\n)(?=\s*\n)", text)
    out: list[str] = []
    for piece in pieces:
        out += _chunks(piece, CHUNK_CHARS)
    return out


def _chunks(text: str, size: int) -> list[str]:
    """Split a long text at paragraph (else line, else space) boundaries into pieces <= size."""
    if len(text) <= size:
        return [text]
    out, start = [], 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = max(
                text.rfind("\n\n", start, end),
                text.rfind("\n", start, end),
                text.rfind(" ", start, end),
            )
            end = cut + 1 if cut > start else end
        out.append(text[start:end])
        start = end
    return out


def _settle_talks(raw: list[tuple[Event, bool]], vague: set[int]) -> list[tuple[Event, bool]]:
    """A talk told with neither a phone nor a place is a meeting, unless the article calls the
    same contact (same pair, same day) a call: "as the two leaders spoke ... During the call"."""
    calls = {
        (frozenset((e.source.ref, e.target.ref)), e.date.iso())
        for e, _ in raw
        if e.type is EventType.CALL
    }
    return [
        (e, x)
        for e, x in raw
        if not (
            id(e) in vague
            and e.type is EventType.MEET
            and (frozenset((e.source.ref, e.target.ref)), e.date.iso()) in calls
        )
    ]


def _fulfilled_plans(raw: list[tuple[Event, bool]]) -> list[tuple[Event, bool]]:
    """A plan made before the contact the article tells as done ("in April, Biden proposed that
    they meet in a third country" in a story of their June summit) is that contact, planned: it
    adds no event of its own."""
    done: dict[tuple[str, frozenset[str]], list[date]] = {}
    for e, x in raw:
        if x and e.modality is Modality.ASSERTED and e.type.is_contact:
            done.setdefault(_pair_key(e), []).append(e.date.value)
    return [
        (e, x)
        for e, x in raw
        if not (
            e.modality is Modality.PLANNED
            and e.type.is_contact
            and any(e.date.end < day for day in done.get(_pair_key(e), []))
        )
    ]


def dedup(items: list[tuple[Event, bool]]) -> list[Event]:
    """One record per real-world event within an article.

    Records with the same key merge: directed wins over undirected, asserted over planned, and the
    evidence kept is that of the most informative record (directed, then explicit date, then
    confidence, then the first). A record dated only by the publication date merges into the one
    record of the same type and pair that has an explicit date, when there is exactly one.
    """
    explicit = [(e, x) for e, x in items if x]
    fallback = [(e, x) for e, x in items if not x]
    by_pair: dict[tuple[str, frozenset[str]], list[Event]] = {}
    for e, _ in explicit:
        by_pair.setdefault(_pair_key(e), []).append(e)
    merged: list[tuple[Event, bool]] = list(explicit)
    for e, x in fallback:
        dated = {k.key: k for k in by_pair.get(_pair_key(e), [])}
        if len(dated) == 1:
            target = next(iter(dated.values()))
            e = Event(**{**e.__dict__, "date": target.date})
            merged.append((e, True))
        else:
            merged.append((e, x))
    merged = _one_stay(merged)
    groups: dict[str, list[tuple[Event, bool]]] = {}
    for e, x in merged:
        groups.setdefault(e.key, []).append((e, x))
    out: list[Event] = []
    for group in groups.values():
        ranked = sorted(
            enumerate(group),
            key=lambda ix: (
                not ix[1][0].directed,
                not ix[1][1],
                ix[1][0].modality is not Modality.ASSERTED,
                -ix[1][0].confidence,
                ix[0],
            ),
        )
        best = ranked[0][1][0]
        asserted = any(e.modality is Modality.ASSERTED for e, _ in group)
        if asserted and best.modality is not Modality.ASSERTED:
            best = Event(**{**best.__dict__, "modality": Modality.ASSERTED, "cameo": None})
        out.append(best)
    out.sort(key=lambda e: (e.span or (0, 0), e.type.value))
    return out


STAY_DAYS = 3  # an article's visits of one actor to one place this close are one stay


def _one_stay(items: list[tuple[Event, bool]]) -> list[tuple[Event, bool]]:
    """A visit told on its arrival day and again on the day of its talks is one visit, dated by
    its first day: visits of the same pair whose day-precise dates lie within STAY_DAYS of the
    earliest one take its date."""
    first: dict[tuple[str, frozenset[str], str], date] = {}
    for e, _ in items:
        if e.type is EventType.VISIT and e.date.precision is Precision.DAY:
            k = (*_pair_key(e), e.modality.value)
            if k not in first or e.date.value < first[k]:
                first[k] = e.date.value
    out = []
    for e, x in items:
        k = (*_pair_key(e), e.modality.value)
        if (
            e.type is EventType.VISIT
            and e.date.precision is Precision.DAY
            and 0 < (e.date.value - first[k]).days <= STAY_DAYS
        ):
            e = Event(**{**e.__dict__, "date": EventDate(first[k], Precision.DAY)})
        out.append((e, x))
    return out


def _pair_key(e: Event) -> tuple[str, frozenset[str]]:
    if e.type.is_contact:
        return (e.type.value, frozenset((e.source.ref, e.target.ref)))
    return (e.type.value, frozenset((e.source.ref + ">", e.target.ref + "<")))
