"""Write a synthetic news corpus: N articles (default 100,000) in French and English, as JSON Lines.

    .venv/bin/python tests/benchmarks/make_corpus.py [--articles 100000] [--out out/corpus]
        [--per-file 10000] [--seed 1]

Each article is a short wire story dated between 2014 and 2025: two to five sentences reporting
calls, meetings, visits, demands and accusations between leaders in office on that day (taken
from the knowledge base, graph/kb/) and states, mixed with sentences that report nothing; every
tenth article retells the story of the one before it in the other language. The sentences come
from templates written for this project. The output is deterministic for a seed
and streamed to disk (nothing is held in memory), in files of --per-file records:
out/corpus/corpus-0000.jsonl, ... Generated corpora are not committed (out/ is ignored).
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from diplograph.graph.kb import Actor, load_default
from diplograph.graph.model import ActorKind

START, END = date(2014, 1, 1), date(2025, 12, 30)
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

# {a}, {b}: leaders; {state}: a state's name; {capital}: its capital; {day}: the weekday.
TEMPLATES = {
    "en": {
        "call": [
            "{a} spoke by telephone with {b} on {day}, the two leaders' offices said.",
            "In a phone call on {day}, {a} told {b} that the talks would continue.",
            "{a} called {b} on {day} to discuss the security situation in the region.",
        ],
        "meet": [
            "{a} met {b} in {capital} on {day}, according to a statement released after the talks.",
            "{a} and {b} met on {day} on the sidelines of a regional summit to discuss trade.",
            "{a} held talks with {b} on {day} at a conference on energy security.",
        ],
        "visit": [
            "{a} arrived in {capital} on {day} for a two-day official visit.",
            "{a} travelled to {capital} on {day}, the first visit of its kind in years.",
        ],
        "demand": [
            "{a} urged {b} to return to the negotiating table.",
            "{a} called on {state} to release the detained journalists without delay.",
            "{a} demanded that {state} withdraw its troops from the border area.",
        ],
        "accuse": [
            "{a} accused {state} of violating the ceasefire along the border.",
            "{a} accused {b} of spreading disinformation about the election.",
        ],
        "distractor": [
            "Markets in the region closed slightly higher, with energy stocks leading the gains.",
            "The ministry did not respond to a request for comment.",
            "Analysts said a breakthrough was unlikely before the end of the year.",
            "Heavy rain disrupted traffic in the capital for a second day.",
            "The report, published by an independent research group, covers the last decade.",
            "Officials declined to give details of the agenda.",
            "A spokesperson said further announcements would follow in the coming weeks.",
            "Inflation slowed for a third consecutive month, the statistics office said.",
        ],
        "title": [
            "{a} and {b} discuss regional security",
            "Diplomatic week: {a} steps up contacts",
            "{a} presses {state} as talks resume",
        ],
    },
    "fr": {
        "call": [
            "{a} s'est entretenu par téléphone avec {b} {day}, a indiqué la présidence.",
            "Lors d'un appel téléphonique {day}, {a} a assuré à {b} que les discussions se poursuivraient.",
            "{a} a appelé {b} {day} pour évoquer la situation sécuritaire dans la région.",
        ],
        "meet": [
            "{a} a rencontré {b} {day} à {capital}, selon un communiqué publié à l'issue de l'entretien.",
            "{a} et {b} se sont réunis {day} en marge d'un sommet régional consacré au commerce.",
            "{a} s'est entretenu avec {b} {day} lors d'une conférence sur la sécurité énergétique.",
        ],
        "visit": [
            "{a} est arrivé {day} à {capital} pour une visite officielle de deux jours.",
            "{a} s'est rendu {day} à {capital}, une première depuis plusieurs années.",
        ],
        "demand": [
            "{a} a exhorté {b} à revenir à la table des négociations.",
            "{a} a appelé {state} à libérer sans délai les journalistes détenus.",
            "{a} a exigé que {state} retire ses troupes de la zone frontalière.",
        ],
        "accuse": [
            "{a} a accusé {state} de violer le cessez-le-feu le long de la frontière.",
            "{a} a accusé {b} de mener une campagne de désinformation autour de l'élection.",
        ],
        "distractor": [
            "Les marchés de la région ont terminé la séance en légère hausse, portés par l'énergie.",
            "Le ministère n'a pas donné suite aux sollicitations de la presse.",
            "Selon plusieurs analystes, une percée reste peu probable avant la fin de l'année.",
            "De fortes pluies ont perturbé la circulation dans la capitale pour la deuxième journée.",
            "Le rapport, publié par un institut de recherche indépendant, couvre la dernière décennie.",
            "Les responsables se sont refusés à tout commentaire sur l'ordre du jour.",
            "Un porte-parole a indiqué que d'autres annonces suivraient dans les semaines à venir.",
            "L'inflation a ralenti pour le troisième mois consécutif, selon l'institut de statistique.",
        ],
        "title": [
            "{a} et {b} évoquent la sécurité régionale",
            "Semaine diplomatique : {a} multiplie les contacts",
            "{a} hausse le ton face à {state}",
        ],
    },
}
KINDS = ["call", "meet", "visit", "demand", "accuse"]


class Corpus:
    """Articles built from the knowledge base's leaders (in office on the day) and states."""

    def __init__(self, seed: int = 1) -> None:
        kb = load_default()
        self.seed = seed
        self.leaders = [a for a in kb.of_kind(ActorKind.LEADER) if a.offices]
        self.states = {
            s.id: s for s in kb.of_kind(ActorKind.STATE) if s.capitals.get("en") and _fr_name(s)
        }
        # leaders by year, so that a day's candidates are found quickly
        self.by_year: dict[int, list[Actor]] = {}
        for year in range(START.year, END.year + 1):
            first, last = date(year, 1, 1), date(year, 12, 31)
            self.by_year[year] = [
                a
                for a in self.leaders
                if any(o.start <= last and (o.end is None or o.end > first) for o in a.offices)
            ]

    def in_office(self, day: date) -> list[Actor]:
        return [a for a in self.by_year[day.year] if any(o.active(day) for o in a.offices)]

    def article(self, i: int) -> dict:
        # Every tenth article is a follow-up: the story of the article before it, told in the
        # other language (the same choices, drawn again), so that events have several sources.
        follow_up = i % 10 == 9
        rng = random.Random(f"{self.seed}-{i - 1 if follow_up else i}")
        lang = "fr" if rng.random() < 0.5 else "en"
        if follow_up:
            lang = "en" if lang == "fr" else "fr"
        t = TEMPLATES[lang]
        day = START + timedelta(days=rng.randrange((END - START).days))
        leaders = self.in_office(day)
        cast = rng.sample(leaders, min(4, len(leaders)))
        weekday = (DAYS_FR if lang == "fr" else DAYS_EN)[day.weekday()]
        sentences = []
        for _ in range(rng.randint(2, 5)):
            a, b = rng.sample(cast, 2)
            state = self.states[rng.choice(sorted(self.states))]
            values = {
                "a": a.name,
                "b": b.name,
                "state": _fr_name(state) if lang == "fr" else state.name,
                "capital": state.capitals[lang if state.capitals.get(lang) else "en"][0],
                "day": weekday,
            }
            template = rng.choice(t[rng.choice(KINDS)])
            sentences.append(_cap(template.format(**values)))
        sentences += rng.sample(t["distractor"], rng.randint(2, 4))
        rng.shuffle(sentences)
        cut = rng.randint(1, len(sentences) - 1)
        text = " ".join(sentences[:cut]) + "\n\n" + " ".join(sentences[cut:])
        a, b = cast[0], cast[1]
        state = self.states[rng.choice(sorted(self.states))]
        title = rng.choice(t["title"]).format(
            a=a.name, b=b.name, state=_fr_name(state) if lang == "fr" else state.name
        )
        return {
            "id": f"synth-{self.seed}-{i:07d}",
            "language": lang,
            "published": (day + timedelta(days=1)).isoformat(),
            "title": _cap(title),
            "url": f"https://news.example.org/{lang}/{day.year}/{i:07d}",
            "text": text,
        }

    def articles(self, n: int) -> Iterator[dict]:
        for i in range(n):
            yield self.article(i)


def _fr_name(state: Actor) -> str | None:
    """The French name with its article ('la Russie', "l'Iran"), as the press writes it."""
    for name in state.names.get("fr", []):
        if name.lower().startswith(("la ", "le ", "les ", "l'")):
            return name
    return None


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def write(out: Path, n: int, per_file: int = 10_000, seed: int = 1) -> list[Path]:
    """Write n articles under out/ in files of per_file records; returns the files."""
    out.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(seed)
    files: list[Path] = []
    f = None
    try:
        for i, record in enumerate(corpus.articles(n)):
            if i % per_file == 0:
                if f:
                    f.close()
                files.append(out / f"corpus-{i // per_file:04d}.jsonl")
                f = files[-1].open("w", encoding="utf-8")
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if f:
            f.close()
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path("out/corpus"))
    parser.add_argument("--per-file", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    files = write(args.out, args.articles, args.per_file, args.seed)
    size = sum(f.stat().st_size for f in files)
    print(
        f"wrote {args.articles:,} articles in {len(files)} file(s) under {args.out} ({size / 1e6:.1f} MB)"
    )


if __name__ == "__main__":
    main()
