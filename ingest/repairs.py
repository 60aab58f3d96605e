"""Repairs of dependency parses that the statistical parsers get wrong in news prose.

Each repair rewrites heads in place, only when the tree has the exact shape of a known error, so
the readers of the parse (pipeline.EventFinder) can stay simple. A repair never changes which
tokens form a sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token


@Language.component("diplograph_parse_repairs")
def repair_parse(doc: Doc) -> Doc:
    _stray_roots(doc)
    _unlabelled_objects(doc)
    _time_objects(doc)
    _finite_conjunct_of_infinitive(doc)
    _with_after_contact_noun(doc)
    for sent in list(doc.sents):
        _participle_root(sent.root)
        _opening_participle_root(sent.root)
        _opening_participle_subject(sent.root)
        _trailing_present_participles(sent)
        _opening_participle_noun(sent)
        _cleft(sent.root)
    return doc


def _cleft(root: Token) -> None:
    """A cleft sentence: in "c'est à Kiev que le président a poursuivi sa tournée", the phrase
    put in front ("à Kiev") belongs to the clause after "que"."""
    if (
        any(c.dep_ == "cop" for c in root.children)
        and any(c.lower_ in ("c'", "c’", "ce") for c in root.children)
        and any(c.dep_ == "case" for c in root.children)
    ):
        # parsed with the phrase as the root and the clause as a relative on it
        clause = next(
            (
                c
                for c in root.children
                if c.dep_ == "acl:relcl"
                and c.i > root.i
                and any(g.lower_ in ("que", "qu'", "qu’") and g.i < c.i for g in c.children)
            ),
            None,
        )
        if clause is None:
            return
        tail = [c for c in root.children if c.i > clause.i]
        clause.head, clause.dep_ = clause, "ROOT"
        root.head, root.dep_ = clause, "obl"
        for g in clause.children:
            if g.lower_ in ("que", "qu'", "qu’") and g.i < clause.i:
                g.dep_ = "mark"
        for t in tail:
            t.head = clause
        return
    if root.lemma_.lower() != "être" or not any(
        c.lower_ in ("c'", "c’", "ce") for c in root.children
    ):
        return
    clause = next(
        (
            c
            for c in root.children
            if c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "que" for g in c.children)
        ),
        None,
    )
    if clause is None:
        return
    for focus in [c for c in root.children if root.i < c.i < clause.i]:
        if any(g.dep_ == "case" for g in focus.children):
            focus.head = clause
            focus.dep_ = "obl"


def _stray_roots(doc: Doc) -> None:
    """A second root the parser opened inside one sentence ("Emmanuel Macron a appelé lundi | Xi
    Jinping à peser sur la Russie"): diplograph hands the parser one sentence at a time, so a
    root that does not follow a full stop belongs to the clause before it, as the object of its
    verb when it is a name or a noun and the verb has none."""
    roots = [t for t in doc if t.head.i == t.i]
    if len(roots) < 2:
        return
    first = roots[0]
    for extra in roots[1:]:
        before = doc[extra.left_edge.i - 1] if extra.left_edge.i > 0 else None
        if before is None or before.text in (".", "!", "?", ";", ":"):
            continue
        if first.pos_ not in ("VERB", "AUX"):
            return
        if extra.pos_ in ("PROPN", "NOUN") and not any(
            c.dep_ in ("obj", "dobj") for c in first.children
        ):
            extra.head, extra.dep_ = first, "obj"
        elif extra.pos_ in ("VERB", "AUX"):
            extra.head, extra.dep_ = first, "parataxis"
        else:
            extra.head, extra.dep_ = first, "dep"
        # a date the parser took for the complement is an adverbial
        for c in first.children:
            if c.dep_ == "xcomp" and c.pos_ == "NOUN" and c.i < extra.i:
                c.dep_ = "obl:mod"


def _finite(verb: Token) -> bool:
    return "Fin" in verb.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm") for c in verb.children
    )


def _participle_root(root: Token) -> None:
    """An appositive participle taken for the main verb.

    "La présidente de la Commission, arrivée mercredi à Pékin, a rejoint les deux hommes": the
    French parser makes "arrivée" the root, with the subject on it and the finite "a rejoint"
    as a dependent clause. The finite verb is the main clause; the participle describes the
    subject, and its date or place is not the main verb's.
    """
    if root.pos_ not in ("VERB", "NOUN", "ADJ") or _finite(root):
        return  # the tagger may take the participle for a noun ("arrivée") or an adjective
    if any(c.dep_.startswith("aux") for c in root.children):
        return  # "a rejoint": a compound tense, not a bare participle
    doc = root.doc
    if root.i == 0 or doc[root.i - 1].text != ",":
        return
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < root.i]
    if len(subjects) != 1:
        return
    main = next(
        (
            c
            for c in root.children
            if c.i > root.i
            and c.dep_ in ("advcl", "conj", "parataxis", "ccomp")
            and c.pos_ in ("VERB", "AUX")
            and _finite(c)
            and not any(g.dep_.startswith("nsubj") for g in c.children)
            # the comma closing the apposition comes right before the finite verb's phrase
            and any(t.text == "," for t in doc[root.i + 1 : c.left_edge.i + 1])
        ),
        None,
    )
    if main is None:
        return
    subject = subjects[0]
    tail = [c for c in root.children if c.i > main.i]  # the final full stop, a trailing clause
    main.head = main
    main.dep_ = "ROOT"
    subject.head = main
    root.head = subject
    root.dep_ = "acl"
    for t in tail:
        t.head = main


def _opening_participle_root(root: Token) -> None:
    """An opening participle taken for the main word of the sentence.

    "Arrivée par train de nuit depuis la Pologne, la présidente du Conseil s'est rendue à
    Boutcha": the French parser makes the participle (tagged as the noun "arrivée") the root, the
    subject a modifier of it and the finite verb a clause on the subject. The finite verb is the
    main clause, the subject its subject, and the participle an adverbial clause on it.
    """
    if root.i != root.sent.start or root.pos_ not in ("VERB", "NOUN", "ADJ") or _finite(root):
        return
    if any(c.dep_.startswith("aux") or c.dep_ == "det" for c in root.children):
        return  # "La visite ...": a noun phrase with its determiner is no participle
    comma = next((t for t in root.subtree if t.text == "," and t.head.i == root.i), None)
    if comma is None:
        first = next((t for t in root.sent if t.text == ","), None)
        if first is not None:
            _deep_main_clause(root, first)
        return
    subject = next(
        (c for c in root.children if c.i > comma.i and c.pos_ in ("NOUN", "PROPN")), None
    )
    if subject is None:
        _deep_main_clause(root, comma)
        return
    main = next(
        (
            c
            for c in [*subject.children, *root.children]
            if c.i > subject.i
            and c.dep_ in ("acl", "acl:relcl", "relcl", "advcl", "conj", "parataxis")
            and c.pos_ in ("VERB", "AUX")
            and _finite(c)
            and not any(g.dep_.startswith("nsubj") for g in c.children)
        ),
        None,
    )
    if main is None:
        return
    subject.head = main
    subject.dep_ = "nsubj"
    _promote(main, root)


def _comma_after(tok: Token) -> bool:
    """Whether a comma closes the phrase of tok (inside it, or right after it)."""
    doc = tok.doc
    nxt = tok.right_edge.i + 1
    return any(t.text == "," for t in tok.subtree) or (nxt < len(doc) and doc[nxt].text == ",")


def _opening_participle_noun(sent) -> None:
    """An opening participle tagged as a noun ("Passé jeudi par Shanghai, M. Lula a ...", with
    "Passé" read as "the past"): a verb, an adverbial clause on the main verb, with the place
    phrases the parser hung on its date."""
    root = sent.root
    first = sent[0]
    if (
        root.doc.lang_ != "fr"
        or first.pos_ not in ("NOUN", "ADJ")
        or first.head.i != root.i
        or root.pos_ not in ("VERB", "AUX")
        or not _finite(root)
        or not first.lower_.endswith(("é", "ée", "és", "ées"))
        or any(c.dep_ == "det" for c in first.children)
        or not _comma_after(first)
    ):
        return
    first.pos_ = "VERB"
    first.set_morph("VerbForm=Part|Tense=Past")
    stem = first.lower_.rstrip("s").rstrip("e")[:-1]  # "passé", "arrivées" -> "pass", "arriv"
    first.lemma_ = stem + "er"  # (-er verbs: the participles in "-é" are theirs)
    first.dep_ = "advcl"
    for date in [c for c in first.children if c.dep_ == "nmod"]:
        for place in [g for g in date.children if g.dep_ == "nmod" and any(
                x.dep_ == "case" for x in g.children)]:  # fmt: skip
            place.head, place.dep_ = first, "obl:mod"
        date.dep_ = "obl:mod"


def _trailing_present_participles(sent) -> None:
    """A present participle set off by a comma tells what the main clause's subject did: in "X a
    prévenu que Kiev n'accepterait aucun accord, appelant Washington à ...", the parser hangs
    "appelant" on "accord"; it belongs to the main verb, whose subject it shares."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or root.doc.lang_ != "fr":
        return  # (the English parser hangs "-ing" clauses well)
    doc = root.doc
    for tok in sent:
        if (
            tok.dep_ in ("acl", "advcl", "conj")
            and tok.pos_ == "VERB"
            and "Part" in tok.morph.get("VerbForm")
            and "Pres" in tok.morph.get("Tense")
            and tok.head.i != root.i
            and tok.i > root.i
            and tok.left_edge.i > 0
            and doc[tok.left_edge.i - 1].text == ","
            and not any(c.dep_.startswith("nsubj") for c in tok.children)
        ):
            tok.head, tok.dep_ = root, "advcl"


def _opening_participle_subject(root: Token) -> None:
    """An opening participle taken for the subject: in "Arrivé mardi à Varsovie, le chancelier
    Olaf Scholz a plaidé pour ...", the parser makes "Arrivé" the subject of "a plaidé" and hangs
    the real subject on it. The noun after the participle's comma is the subject; the participle
    an adverbial clause."""
    if root.pos_ not in ("VERB", "AUX") or not _finite(root):
        return
    participle = next(
        (
            c
            for c in root.children
            if c.dep_ in ("nsubj", "nsubj:pass")
            and c.i == root.sent.start
            and c.pos_ == "VERB"
            and "Part" in c.morph.get("VerbForm")
            and not any(g.dep_.startswith("aux") or g.dep_ == "det" for g in c.children)
        ),
        None,
    )
    if participle is None:
        return
    doc = root.doc
    comma = next((t for t in doc[participle.i : root.i] if t.text == ","), None)
    if comma is None:
        return
    subject = next(
        (
            c
            for c in participle.children
            if comma.i < c.i < root.i and c.pos_ in ("NOUN", "PROPN") and c.left_edge.i > comma.i
        ),
        None,
    )
    if subject is None:
        return
    subject.head, subject.dep_ = root, participle.dep_
    participle.dep_ = "advcl"


def _promote(main: Token, root: Token) -> None:
    """Make `main` the root of its sentence and the old root an adverbial clause on it; what
    followed main under the old root now hangs on main."""
    tail = [c for c in root.children if c.i > main.i]
    main.head = main
    main.dep_ = "ROOT"
    root.head = main
    root.dep_ = "advcl"
    for t in tail:
        t.head = main


def _deep_main_clause(root: Token, comma: Token) -> None:
    """The main clause hung deep under an opening participle: in "Arrivé mardi à l'aéroport, où
    son hôte l'attendait, M. Moon a eu un entretien avec lui", the parser makes "a eu" a clause
    on the relative "où ... attendait". The first finite verb whose subject opens right after a
    comma, outside any relative, is the main clause; the participle becomes an adverbial on it."""
    doc = root.doc
    for verb in root.subtree:
        if verb.i <= comma.i or verb.pos_ not in ("VERB", "AUX") or not _finite(verb):
            continue
        subject = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("nsubj", "nsubj:pass")
                and c.i < verb.i
                and c.pos_ in ("NOUN", "PROPN")
                and c.left_edge.i > 0
                and doc[c.left_edge.i - 1].text == ","
            ),
            None,
        )
        if subject is None or any(
            g.tag_ == "PRON" and g.lower_ in _RELATIVES for g in verb.children
        ):
            continue
        if verb.dep_ in ("acl:relcl", "relcl") and verb.head.i > comma.i:
            continue  # a relative on a noun after the participle's phrase
        _promote(verb, root)
        return


_RELATIVES = {"qui", "que", "qu'", "qu’", "où", "dont", "lequel", "laquelle"}


def _finite_conjunct_of_infinitive(doc: Doc) -> None:
    """A finite verb joined to an infinitive belongs to the verb above the infinitive: in
    "Washington urged North Korea to halt its talks with Moscow and accused the Kremlin of ...",
    the parser joins "accused" to "halt", which would make North Korea the accuser."""
    for tok in doc:
        head = tok.head
        if (
            tok.dep_ == "conj"
            and tok.pos_ in ("VERB", "AUX")
            and _finite(tok)
            and head.dep_ in ("xcomp", "advcl", "ccomp")
            and head.head.i != head.i
            and head.head.pos_ in ("VERB", "AUX")
            and ("Inf" in head.morph.get("VerbForm") or head.tag_ == "VB")
            and not any(c.dep_.startswith("nsubj") for c in tok.children)
        ):
            for c in head.children:
                if c.dep_ == "cc" and head.i < c.i < tok.i:
                    c.head = tok
            tok.head = head.head


_TIMES_OF_DAY = {"matin", "matinée", "après-midi", "soir", "soirée", "journée", "nuit"}
_WEEKDAYS = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip


def _time_objects(doc: Doc) -> None:
    """A time of day taken for the object: in "M. Moon a eu l'après-midi même un entretien avec
    lui", the parser makes "l'après-midi" the object of "a eu" and hangs the real object on it.
    The noun phrase after it, with its own determiner and no preposition, is the object. A bare
    weekday beside another object ("a reçu samedi à Istanbul le chef du ...") is the day."""
    for tok in doc:
        if (
            tok.dep_ in ("obj", "dobj")
            and tok.lower_ in _WEEKDAYS
            and not any(c.dep_ == "det" for c in tok.children)
            and any(c.dep_ == tok.dep_ and c.i != tok.i for c in tok.head.children)
        ):
            tok.dep_ = "obl:mod" if doc.lang_ == "fr" else "npadvmod"
    for tok in doc:
        if tok.dep_ != "obj" or tok.lower_ not in _TIMES_OF_DAY or tok.head.pos_ != "VERB":
            continue
        obj = next(
            (
                c
                for c in tok.children
                if c.i > tok.i
                and c.pos_ == "NOUN"
                and c.dep_ in ("nmod", "appos", "dep")
                and any(g.dep_ == "det" for g in c.children)
                and not any(g.dep_ == "case" and g.pos_ == "ADP" for g in c.children)
            ),
            None,
        )
        if obj is None:
            continue
        verb = tok.head
        for g in obj.children:
            if g.dep_ == "case":  # "l'après-midi même": the adverb belongs to the time
                g.head, g.dep_ = tok, "advmod"
        obj.head, obj.dep_ = verb, "obj"
        tok.dep_ = "obl:mod"


def _unlabelled_objects(doc: Doc) -> None:
    """A name left as an unlabelled dependent ("dep") right after a verb that has no object
    ("a appelé lundi Xi Jinping à ...", with "lundi" taken for the complement): its object."""
    for tok in doc:
        head = tok.head
        if (
            tok.dep_ == "dep"
            and tok.pos_ in ("PROPN", "NOUN")
            and head.pos_ == "VERB"
            and head.i < tok.i
            and not any(c.dep_ in ("obj", "dobj") for c in head.children)
        ):
            tok.dep_ = "dobj" if doc.lang_ == "en" else "obj"
            for c in head.children:
                if c.dep_ == "xcomp" and c.pos_ == "NOUN" and c.i < tok.i:
                    c.dep_ = "obl:mod"  # the day the parser took for the complement


def _with_after_contact_noun(doc: Doc) -> None:
    """A "with" phrase right after a contact noun, hung on the verb: in "ont quitté Moscou après
    cinq heures de discussions au Kremlin avec Vladimir Poutine", Putin is the partner of the
    talks, not a companion in leaving. The phrase that follows the noun's own words is the
    noun's."""
    from . import lexicon as lx  # the trigger lists; imported late, they are large

    nouns = lx.CONTACT_NOUNS.get(doc.lang_, {})
    for tok in doc:
        if tok.lower_ not in ("avec", "with"):
            continue
        if tok.dep_ == "case" and tok.head.dep_ in ("obl", "obl:mod", "obl:arg", "nmod"):
            phrase, rel = tok.head, "nmod"  # French: the preposition hangs on its noun
        elif tok.dep_ == "prep":
            phrase, rel = tok, "prep"  # English: the noun hangs on the preposition
        else:
            continue
        head = phrase.head
        if head.pos_ not in ("VERB", "AUX", "NOUN") or head.lemma_.lower() in nouns:
            continue
        # the nearest contact noun before it, with no verb or punctuation between ("de
        # discussions au Kremlin avec X"), that the phrase's head governs
        noun = None
        for k in range(phrase.left_edge.i - 1, max(-1, phrase.left_edge.i - 8), -1):
            word = doc[k]
            if word.is_punct or word.pos_ in ("VERB", "AUX"):
                break
            if word.pos_ == "NOUN" and word.lemma_.lower() in nouns:
                noun = word
                break
        if noun is None or not head.is_ancestor(noun):
            continue
        phrase.head, phrase.dep_ = noun, rel
