"""The knowledge base: the shipped files validate, and each kind of mistake is caught."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from diplograph.graph import kb as kbmod
from diplograph.graph.model import ActorKind


@pytest.fixture(scope="module")
def kb() -> kbmod.KnowledgeBase:
    return kbmod.load(kbmod.kb_dir())


def test_shipped_knowledge_base_validates(kb):
    counts = kb.counts()
    assert counts["State"] == 197  # UN members and observers, Kosovo, Taiwan
    assert counts["Alliance"] >= 30
    assert counts["Group"] >= 15
    assert counts["Leader"] >= 700
    assert counts["offices"] >= 800
    members = {m.state for m in kb.memberships if m.org == "NATO" and m.until is None}
    assert len(members) == 32 and {"FIN", "SWE", "USA", "TUR"} <= members
    eu = {
        m.state
        for m in kb.memberships
        if m.org == "EU" and (m.until is None or m.until > date(2021, 1, 1))
    }
    assert len(eu) == 27 and "GBR" not in eu


def test_every_un_member_has_names_in_both_languages(kb):
    for state in kb.of_kind(ActorKind.STATE):
        assert state.names["en"], state.id
        assert state.name_fr or state.names["fr"], state.id
        assert state.adjectives["en"] and state.adjectives["fr"], state.id


def test_library_names_are_used(kb):
    rus = kb.get(ActorKind.STATE, "RUS")
    assert "Russian Federation" in rus.names["en"]  # pycountry
    assert "Russie" in rus.names["fr"]  # CLDR via babel


def test_offices_cover_the_required_heads(kb):
    day = date(2022, 2, 3)
    for of, role in [("FRA", "head_of_state"), ("RUS", "head_of_state"), ("DEU", "head_of_government"),
                     ("GBR", "head_of_government"), ("USA", "foreign_minister"), ("UN", "secretary_general"),
                     ("NATO", "secretary_general"), ("EC", "president"), ("EUCO", "president"),
                     ("IAEA", "director_general"), ("ISR", "head_of_government"), ("TUR", "head_of_state")]:  # fmt: skip
        assert kb.holder(of, role, day) is not None, (of, role)


def test_holder_handover_day_belongs_to_the_successor(kb):
    assert kb.holder("GBR", "head_of_government", date(2022, 9, 5)).leader == "boris-johnson"
    assert kb.holder("GBR", "head_of_government", date(2022, 9, 6)).leader == "liz-truss"
    assert kb.holder("DEU", "head_of_government", date(2021, 12, 8)).leader == "olaf-scholz"
    assert kb.holder("FRA", "head_of_state", date(1990, 1, 1)) is None


def test_wikidata_ids_are_unique_and_well_formed(kb):
    qids = [a.wikidata for a in kb.actors.values() if a.wikidata]
    assert len(qids) == len(set(qids))
    assert kb.get(ActorKind.LEADER, "emmanuel-macron").wikidata == "Q3052772"
    assert kb.get(ActorKind.LEADER, "vladimir-putin").wikidata == "Q7747"


# -- each mistake is an error naming the file and the entry ---------------------------------------


@pytest.fixture
def kb_copy(tmp_path) -> Path:
    dest = tmp_path / "kb"
    shutil.copytree(kbmod.kb_dir(), dest)
    return dest


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _add_leader(folder: Path, yaml_text: str) -> None:
    (folder / "leaders" / "zz_test.yaml").write_text("leaders:\n" + yaml_text, encoding="utf-8")


def test_unknown_key_is_an_error(kb_copy):
    _add_leader(kb_copy, "  - {id: x-y, name: X Y, nickname: XY, offices: []}\n")
    with pytest.raises(kbmod.KBError, match=r"zz_test.yaml: x-y: unknown keys \['nickname'\]"):
        kbmod.load(kb_copy)


def test_duplicate_id_is_an_error(kb_copy):
    _add_leader(kb_copy, "  - {id: emmanuel-macron, name: Emmanuel Macron, offices: []}\n")
    with pytest.raises(kbmod.KBError, match="duplicate Leader id 'emmanuel-macron'"):
        kbmod.load(kb_copy)


def test_end_before_start_is_an_error(kb_copy):
    _add_leader(kb_copy, "  - id: x-y\n    name: X Y\n    offices:\n"
                         "      - {of: FRA, role: foreign_minister, title: foreign_minister, start: 1990-05-01, end: 1989-01-01}\n")  # fmt: skip
    with pytest.raises(kbmod.KBError, match="ends .* before it starts"):
        kbmod.load(kb_copy)


def test_overlapping_terms_are_an_error(kb_copy):
    _add_leader(kb_copy, "  - id: x-y\n    name: X Y\n    offices:\n"
                         "      - {of: FRA, role: head_of_state, title: president, start: 2020-01-01, end: 2020-06-01}\n")  # fmt: skip
    with pytest.raises(
        kbmod.KBError, match="overlapping terms of head_of_state of FRA: emmanuel-macron"
    ):
        kbmod.load(kb_copy)


def test_unknown_office_body_is_an_error(kb_copy):
    _add_leader(kb_copy, "  - id: x-y\n    name: X Y\n    offices:\n"
                         "      - {of: ATLANTIS, role: head_of_state, title: president, start: 2020-01-01}\n")  # fmt: skip
    with pytest.raises(kbmod.KBError, match="office of 'ATLANTIS'"):
        kbmod.load(kb_copy)


def test_bad_role_and_bad_date_are_errors(kb_copy):
    _add_leader(kb_copy, "  - id: x-y\n    name: X Y\n    offices:\n"
                         "      - {of: FRA, role: emperor, title: president, start: 2020-01-01}\n")  # fmt: skip
    with pytest.raises(kbmod.KBError, match="role must be one of"):
        kbmod.load(kb_copy)
    _add_leader(kb_copy, "  - id: x-y\n    name: X Y\n    offices:\n"
                         "      - {of: FRA, role: foreign_minister, title: foreign_minister, start: 2020-13-01}\n")  # fmt: skip
    with pytest.raises(kbmod.KBError, match="not an ISO date"):
        kbmod.load(kb_copy)


def test_membership_of_unknown_state_is_an_error(kb_copy):
    _edit(
        kb_copy / "organisations.yaml",
        "{state: BEL, since: 1949-08-24}",
        "{state: XXX, since: 1949-08-24}",
    )
    with pytest.raises(kbmod.KBError, match="member 'XXX' is not a state"):
        kbmod.load(kb_copy)


def test_bad_wikidata_is_an_error(kb_copy):
    _add_leader(kb_copy, "  - {id: x-y, name: X Y, wikidata: 7747, offices: []}\n")
    with pytest.raises(kbmod.KBError, match="wikidata must look like Q123"):
        kbmod.load(kb_copy)


def test_invalid_yaml_is_an_error(kb_copy):
    (kb_copy / "groups.yaml").write_text("groups: [\n", encoding="utf-8")
    with pytest.raises(kbmod.KBError, match="groups.yaml: not valid YAML"):
        kbmod.load(kb_copy)
