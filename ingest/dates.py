"""Date expressions in French and English, normalised against the publication date.

Finding expressions is a small set of patterns (day and month, month and year, weekdays, relative
words); turning them into dates is dateparser's job (``DateDataParser`` with ``RELATIVE_BASE`` and
``PREFER_DATES_FROM``), with its period giving the precision. A thin rule layer covers what it gets
wrong or cannot know:

- a determiner before the day ("ce 3 février", "le 1er février") is dropped before parsing;
- a weekday names the most recent such day on or before publication for a reported event ("mardi"
  in a Tuesday paper is that day), and the next one after publication for a planned one;
- weeks ("la semaine dernière", "last week") come out at month precision, the finest our model has
  that is not a lie, and "earlier this month" is the publication month;
- an expression needing a day when the publication date is known only to the month ("hier" in a
  paper dated 2022-02) falls back to the month.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from diplograph.graph.model import EventDate, Precision

_MONTHS_FR = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|"
    "décembre|decembre"
)
_MONTHS_EN = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?"
)
_MONTHS_ORDER = (
    ("janvier", "january"), ("février", "february"), ("mars", "march"), ("avril", "april"),
    ("mai", "may"), ("juin", "june"), ("juillet", "july"), ("août", "august"),
    ("septembre", "september"), ("octobre", "october"), ("novembre", "november"),
    ("décembre", "december"),
)  # fmt: skip
_MONTH_INDEX = {name: i + 1 for i, names in enumerate(_MONTHS_ORDER) for name in names}


def _month_number(word: str) -> int | None:
    """'juillet', 'aout', 'Sept' -> the month's number."""
    folded = word.lower().replace("é", "e").replace("û", "u").rstrip(".")
    for name, number in _MONTH_INDEX.items():
        plain = name.replace("é", "e").replace("û", "u")
        if folded == plain or (
            len(folded) >= 3 and plain.startswith(folded) and name.isascii() and folded != "jui"
        ):
            return number
    return None


_DAYS_FR = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_DAYS_EN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "quinze": 15,
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "fifteen": 15,
}  # fmt: skip
_NUMBERS_FR = r"\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze"
_NUMBERS_EN = r"\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|fifteen"
_WEEKDAY_INDEX = {
    **{d: i for i, d in enumerate(_DAYS_FR.split("|"))},
    **{d: i for i, d in enumerate(_DAYS_EN.split("|"))},
}

# Each pattern: (kind, compiled regex). Order matters: longer, more specific forms first.
_PATTERNS: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    "fr": [
        # "dans la nuit de vendredi à samedi": a night told by the day it began
        (
            "weekday",
            re.compile(
                rf"\b(?:dans\s+)?la\s+nuit\s+(?:de|du)\s+(?:{_DAYS_FR})\s+(?:à|au)\s+(?:{_DAYS_FR})\b",
                re.I,
            ),
        ),
        (
            "absolute",
            re.compile(
                rf"\b(?:(?:{_DAYS_FR})\s+)?(\d{{1,2}}(?:er)?)\s+(?:{_MONTHS_FR})(?:\s+(\d{{4}}))?\b",
                re.I,
            ),
        ),
        (
            "absolute",
            re.compile(rf"\b(?:en\s+|début\s+|fin\s+|mi-)?(?:{_MONTHS_FR})\s+(\d{{4}})\b", re.I),
        ),
        ("absolute", re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")),
        (
            "month_of_year",
            re.compile(
                rf"\b(?:en\s+|début\s+|fin\s+|mi-)?(?:{_MONTHS_FR})\s+(?:de\s+)?"
                r"(?:l'an|l’an|l'année|l’année)\s+(?:dernière|dernier|passée|prochaine|prochain)\b",
                re.I,
            ),
        ),
        (
            "month_named_rel",
            re.compile(
                rf"\b(?:en\s+|début\s+|fin\s+)?(?:{_MONTHS_FR})\s+(?:dernier|prochain)\b", re.I
            ),
        ),
        ("month", re.compile(rf"\b(?:en|début|fin|mi-)\s*(?:{_MONTHS_FR})\b", re.I)),
        ("prev_day", re.compile(r"\b(?:la veille|l'avant-veille|l’avant-veille)\b", re.I)),
        (
            "shift",
            re.compile(
                rf"\b({_NUMBERS_FR})\s+(jours?|semaines?|mois)\s+(plus tôt|plus tard|auparavant)\b",
                re.I,
            ),
        ),
        ("next_day", re.compile(r"\b(?:le lendemain|le surlendemain)\b", re.I)),
        (
            "relative",
            re.compile(
                r"\b(?:avant-hier|hier|après-demain|demain|aujourd'hui|aujourd’hui|ce matin|cet après-midi|ce soir|dans la nuit)\b",
                re.I,
            ),
        ),
        (
            "week",
            re.compile(
                r"\b(?:la semaine (?:dernière|passée|prochaine)|cette semaine|en début de semaine)\b",
                re.I,
            ),
        ),
        (
            "month_rel",
            re.compile(
                r"\b(?:le mois (?:dernier|passé|prochain)|ce mois-ci|plus tôt ce mois-ci|début du mois|en début de mois)\b",
                re.I,
            ),
        ),
        (
            "year_rel",
            re.compile(
                r"\b(?:l'an dernier|l’an dernier|l'année dernière|l’année dernière|l'an prochain|l’an prochain|cette année)\b",
                re.I,
            ),
        ),
        ("weekday", re.compile(rf"\b({_DAYS_FR})\b(?:\s+(dernier|prochain))?", re.I)),
        ("year", re.compile(r"\ben\s+(\d{4})\b", re.I)),
    ],
    "en": [
        (
            "weekday",
            re.compile(
                rf"\b(?:overnight\s+(?:from\s+)?|(?:on\s+)?the\s+night\s+of\s+)(?:{_DAYS_EN})\s+(?:into|to)\s+(?:{_DAYS_EN})\b",
                re.I,
            ),
        ),
        (
            "absolute",
            re.compile(
                rf"\b(?:(?:{_DAYS_EN}),?\s+)?(?:{_MONTHS_EN})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b",
                re.I,
            ),
        ),
        (
            "absolute",
            re.compile(
                rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS_EN})(?:,?\s+(\d{{4}}))?\b",
                re.I,
            ),
        ),
        (
            "absolute",
            re.compile(rf"\b(?:in\s+|early\s+|late\s+|mid-)?(?:{_MONTHS_EN})\s+(\d{{4}})\b", re.I),
        ),
        (
            "month_of_year",
            re.compile(
                rf"\b(?:in\s+|early\s+|late\s+|mid-)?(?:{_MONTHS_EN})\s+(?:of\s+)?"
                r"(?:last|next)\s+year\b",
                re.I,
            ),
        ),
        # "last July", "next March": the nearest such month before (after) the paper's own
        ("month_named_rel", re.compile(rf"\b(?:last|next)\s+(?:{_MONTHS_EN})\b", re.I)),
        ("month", re.compile(rf"\b(?:in|early|late|mid-)\s*(?:{_MONTHS_EN})\b", re.I)),
        (
            "prev_day",
            re.compile(
                r"\b(?:the day before|the previous day|a day earlier|the eve)\b(?! yesterday)", re.I
            ),
        ),
        (
            "next_day",
            re.compile(
                r"\b(?:the (?:next|following) (?:day|morning|afternoon|evening)|a day later)\b",
                re.I,
            ),
        ),
        (
            "shift",
            # "three days earlier", not "two months after Kim's summit" (told against the summit)
            re.compile(
                rf"\b({_NUMBERS_EN})\s+(days?|weeks?|months?)\s+(earlier|later|before|previously)\b"
                r"(?!\s+(?:the|that|this|his|her|its|their|a|an|[A-Z]))",
                re.I,
            ),
        ),
        (
            "relative",
            re.compile(
                r"\b(?:the day before yesterday|yesterday|the day after tomorrow|tomorrow|today|this morning|this afternoon|tonight|last night)\b",
                re.I,
            ),
        ),
        (
            "week",
            re.compile(
                r"\b(?:last week|this week|next week|earlier this week|later this week)\b", re.I
            ),
        ),
        (
            "month_rel",
            re.compile(
                r"\b(?:last month|this month|next month|earlier this month|later this month)\b",
                re.I,
            ),
        ),
        ("year_rel", re.compile(r"\b(?:last year|next year|this year|earlier this year)\b", re.I)),
        ("weekday", re.compile(rf"\b(?:(last|next|on|this)\s+)?({_DAYS_EN})\b", re.I)),
        ("year", re.compile(r"\bin\s+(\d{4})\b", re.I)),
    ],
}


@dataclass(frozen=True)
class DateMention:
    start: int  # character offsets in the text searched
    end: int
    text: str
    kind: str


def find_dates(text: str, lang: str) -> list[DateMention]:
    """Date expressions in a sentence, longest first where they overlap, in text order."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in _PATTERNS.get(lang, []):
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "year" and not 1900 <= int(m.group(1)) <= 2100:
                continue
            taken.append((s, e))
            found.append(DateMention(s, e, m.group(0), kind))
    return sorted(found, key=lambda d: d.start)


def _shift(mention: DateMention, published: EventDate, anchor: EventDate | None) -> EventDate:
    """'trois jours plus tôt', 'two weeks later': counted from the day the story was at."""
    ref = anchor if anchor is not None else published
    words = mention.text.lower().split()
    count = int(words[0]) if words[0].isdigit() else NUMBER_WORDS.get(words[0], 1)
    unit = words[1]
    sign = 1 if any(w in ("tard", "later") for w in words) else -1
    if unit.startswith(("mois", "month")):
        month = ref.value.year * 12 + ref.value.month - 1 + sign * count
        return EventDate(date(month // 12, month % 12 + 1, 1), Precision.MONTH)
    if ref.precision is not Precision.DAY:
        return ref
    days = count * (7 if unit.startswith(("semaine", "week")) else 1)
    return EventDate(ref.value + timedelta(days=sign * days), Precision.DAY)


@functools.cache
def _parser(lang: str, prefer: str, base: date):
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=[lang],
        settings={
            "RELATIVE_BASE": datetime(base.year, base.month, base.day),
            "PREFER_DATES_FROM": prefer,
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_TIME_AS_PERIOD": False,
        },
    )


_DETERMINER = re.compile(r"^(?:ce|cette|le|la|les|on|in|en|du|au|the|of)\s+", re.I)


def normalise(
    mention: DateMention,
    lang: str,
    published: EventDate,
    future: bool = False,
    anchor: EventDate | None = None,
) -> EventDate | None:
    """The date a mention names, against the publication date; past unless `future`.

    `anchor` is the date the narrative was at ("la veille" is the day before it)."""
    if mention.kind in ("prev_day", "next_day"):
        ref = anchor if anchor is not None and anchor.precision is Precision.DAY else published
        if ref.precision is not Precision.DAY:
            return ref
        step = -1 if mention.kind == "prev_day" else 1
        if "avant-veille" in mention.text or "surlendemain" in mention.text:
            step *= 2
        return EventDate(ref.value + timedelta(days=step), Precision.DAY)
    if mention.kind == "shift":
        return _shift(mention, published, anchor)
    # the latest day the paper can have been written on bounds a past event; its first day a plan
    base = published.value if future else published.end
    day_known = published.precision is Precision.DAY
    text = mention.text.strip()
    kind = mention.kind
    low = text.lower()
    if kind == "weekday":
        if not day_known:
            return published
        name = next(w for w in re.findall(r"[a-zé]+", low) if w in _WEEKDAY_INDEX)
        target = _WEEKDAY_INDEX[name]
        explicit_next = "next" in low or "prochain" in low
        later = explicit_next or (future and "last" not in low and "dernier" not in low)
        if later:
            delta = (target - base.weekday()) % 7
            if delta == 0 and explicit_next:
                delta = 7
            return EventDate(base + timedelta(days=delta), Precision.DAY)
        delta = (base.weekday() - target) % 7
        if ("last" in low or "dernier" in low) and delta == 0:
            delta = 7
        return EventDate(base - timedelta(days=delta), Precision.DAY)
    if kind == "week":
        if not day_known:
            return published
        shift = (
            -7
            if ("last" in low or "dernière" in low or "passée" in low)
            else 7
            if ("next" in low or "prochaine" in low)
            else 0
        )
        return EventDate(base + timedelta(days=shift), Precision.MONTH)
    if kind == "month_rel":
        month = base.replace(day=1)
        if "last" in low or "dernier" in low or "passé" in low:
            month = (month - timedelta(days=1)).replace(day=1)
        elif "next" in low or "prochain" in low:
            month = (month + timedelta(days=32)).replace(day=1)
        return EventDate(month, Precision.MONTH)
    if kind == "year_rel":
        year = (
            base.year - 1
            if ("last" in low or "dernier" in low or "dernière" in low)
            else base.year + 1
            if ("next" in low or "prochain" in low)
            else base.year
        )
        return EventDate(date(year, 1, 1), Precision.YEAR)
    if kind == "month_of_year":
        # "in June last year", "en juin de l'année dernière": that month of the year before
        shift = 1 if ("next" in low or "prochain" in low) else -1
        name = re.split(
            r"\s+(?:of\s+|de\s+)?(?:last|next|l'an|l’an|l'année|l’année)\b", text, flags=re.I
        )[0]
        month = normalise(DateMention(0, len(name), name, "month"), lang, published, future)
        if month is None:
            return None
        return EventDate(date(base.year + shift, month.value.month, 1), Precision.MONTH)
    if kind == "month_named_rel":
        # "last July" in a July paper is the July before; "juillet prochain", the one after
        target = next(n for w in re.findall(r"[a-zéû]+", low) if (n := _month_number(w)))
        current = base.month
        if "next" in low or "prochain" in low:
            year = base.year if target > current else base.year + 1
        else:
            year = base.year if target < current else base.year - 1
        return EventDate(date(year, target, 1), Precision.MONTH)
    if kind == "relative" and not day_known:
        return published
    if kind == "year":
        return EventDate(date(int(mention.text.split()[-1]), 1, 1), Precision.YEAR)
    cleaned = _DETERMINER.sub("", text)
    cleaned = re.sub(r"^(?:début|fin|mi-|early|late|mid-)\s*", "", cleaned, flags=re.I)
    cleaned = re.sub(r"\b(\d{1,2})er\b", r"\1", cleaned)
    parsed = _parser(lang, "future" if future else "past", base).get_date_data(cleaned)
    if parsed is None or parsed.date_obj is None:
        return None
    value = parsed.date_obj.date()
    period = parsed.period or "day"
    if kind == "month":
        period = "month"
    precision = {"day": Precision.DAY, "month": Precision.MONTH, "year": Precision.YEAR}.get(
        period, Precision.DAY
    )
    if not re.search(r"\d{4}", text) and precision is not Precision.YEAR:
        # no year written: the nearest one before (or after, for plans) the publication date
        value = _nearest_year(value, base, future)
    return EventDate(value, precision)


def _nearest_year(value: date, base: date, future: bool) -> date:
    try:
        candidate = value.replace(year=base.year)
    except ValueError:  # 29 February
        candidate = value.replace(year=base.year, day=28)
    if future and candidate < base - timedelta(days=1):
        candidate = candidate.replace(year=base.year + 1)
    elif not future and candidate > base + timedelta(days=1):
        candidate = candidate.replace(year=base.year - 1)
    return candidate
