"""Date expressions normalised against the publication date, with their precision."""

from __future__ import annotations

import pytest
from diplograph.graph.model import EventDate
from diplograph.ingest.dates import find_dates, normalise


def one(
    text: str, lang: str, published: str, future: bool = False, anchor: str | None = None
) -> str:
    found = find_dates(text, lang)
    assert found, f"no date found in {text!r}"
    when = normalise(found[0], lang, EventDate.parse(published), future=future,
                     anchor=EventDate.parse(anchor) if anchor else None)  # fmt: skip
    return when.iso() if when else None


@pytest.mark.parametrize(
    ("text", "lang", "published", "future", "expected"),
    [
        ("ont eu un entretien ce 3 février", "fr", "2022-02", False, "2022-02-03"),
        ("Le 31 janvier déjà, ils avaient parlé", "fr", "2022-02", False, "2022-01-31"),
        ("il déclarait le 1er février que", "fr", "2022-02", False, "2022-02-01"),
        ("il s'est rendu à Kiev en décembre 2022", "fr", "2023-03-01", False, "2022-12"),
        ("mardi, les deux hommes", "fr", "2022-02-15", False, "2022-02-15"),  # a Tuesday paper
        ("mercredi, les deux hommes", "fr", "2022-02-15", False, "2022-02-09"),
        ("hier soir", "fr", "2022-02-15", False, "2022-02-14"),
        ("hier soir", "fr", "2022-02", False, "2022-02"),  # the paper's day is unknown
        ("la semaine dernière", "fr", "2022-02-15", False, "2022-02"),
        ("Biden spoke with Xi on Tuesday", "en", "2023-03-16", False, "2023-03-14"),
        ("They will meet next Monday", "en", "2023-03-16", True, "2023-03-20"),
        ("they are to meet on Thursday", "en", "2023-03-16", True, "2023-03-16"),
        ("yesterday", "en", "2023-03-16", False, "2023-03-15"),
        ("earlier this month", "en", "2023-03-16", False, "2023-03"),
        ("last month", "en", "2023-01-10", False, "2022-12"),
        ("on March 3, 2021", "en", "2023-03-16", False, "2021-03-03"),
        ("on 12 March", "en", "2023-03-16", False, "2023-03-12"),
        ("on 20 March", "en", "2023-03-16", False, "2022-03-20"),  # past event: the last 20 March
        ("on 20 March", "en", "2023-03-16", True, "2023-03-20"),  # planned: the next one
        ("in June", "en", "2023-03-16", False, "2022-06"),
        ("in 2019", "en", "2023-03-16", False, "2019"),
        ("the day before", "en", "2023-03-16", False, "2023-03-15"),
        # a month of last year is that month, whatever the paper's month
        ("In May last year, the two ministers", "en", "2023-08-16", False, "2022-05"),
        ("en septembre de l'année dernière", "fr", "2021-11-03", False, "2020-09"),
        ("in April next year", "en", "2023-03-16", True, "2024-04"),
        ("they met in Hamburg last July", "en", "2018-07-17", False, "2017-07"),
        ("they met last March", "en", "2018-07-17", False, "2018-03"),
        ("they will meet next July", "en", "2018-07-17", True, "2019-07"),
        ("en juillet dernier à Hambourg", "fr", "2018-07-17", False, "2017-07"),
        ("en octobre prochain", "fr", "2018-07-17", True, "2018-10"),
        ("she flies to Rome tomorrow", "en", "2023-03-16", True, "2023-03-17"),
        ("the day after tomorrow", "en", "2023-03-31", True, "2023-04-02"),
        ("il sera demain à Berlin", "fr", "2023-03-16", True, "2023-03-17"),
        ("ils se verront après-demain", "fr", "2023-03-16", True, "2023-03-18"),
        # a night is told by the day it began
        ("ont négocié dans la nuit de mardi à mercredi", "fr", "2023-03-16", False, "2023-03-14"),
        ("talks ran overnight Tuesday into Wednesday", "en", "2023-03-16", False, "2023-03-14"),
    ],
)
def test_normalise(text, lang, published, future, expected):
    assert one(text, lang, published, future) == expected


def test_la_veille_counts_from_the_story_day():
    assert (
        one("La veille, il avait fait escale à Kiev", "fr", "2022-02-16", anchor="2022-02-15")
        == "2022-02-14"
    )
    assert one("le lendemain", "fr", "2022-02-16", anchor="2022-02-10") == "2022-02-11"
    assert one("the following evening", "en", "2022-02-16", anchor="2022-02-10") == "2022-02-11"


@pytest.mark.parametrize(
    ("text", "lang", "anchor", "expected"),
    [
        ("Trois jours plus tôt, le ministre", "fr", "2024-04-20", "2024-04-17"),
        ("une semaine plus tard", "fr", "2024-04-20", "2024-04-27"),
        ("deux mois auparavant", "fr", "2024-01-20", "2023-11"),
        ("Two days later, the chancellor", "en", "2023-05-09", "2023-05-11"),
        ("3 weeks earlier", "en", "2023-05-09", "2023-04-18"),
        ("Two days later", "en", "2023-05", "2023-05"),  # the story's day is not known
    ],
)
def test_shifts_count_from_the_story_day(text, lang, anchor, expected):
    assert one(text, lang, "2024-05-01", anchor=anchor) == expected


def test_a_shift_against_a_named_event_is_not_read():
    # "two months after Kim's summit" counts from the summit, which the story may not date
    assert find_dates("two months after Kim's second summit with Trump", "en") == []
    assert find_dates("three days before the vote", "en") == []


def test_find_dates_positions():
    text = "Le 31 janvier, puis mardi dernier et en 2021."
    found = find_dates(text, "fr")
    assert [text[d.start : d.end] for d in found] == ["31 janvier", "mardi dernier", "en 2021"]
