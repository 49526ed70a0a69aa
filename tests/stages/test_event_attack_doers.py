"""The armed group behind "the attack" named again in the sentence after its raid."""

from __future__ import annotations

from dyads.api import code_text


def _assaults(text: str) -> list[tuple[str | None, str | None]]:
    coded = code_text(text, "2000-01-01")
    return [
        (e.actor.sector if e.actor else None, e.recipient.code if e.recipient else None)
        for e in coded.events
        if e.event == "ASSAULT"
    ]


def test_the_attack_told_again_is_the_armed_groups() -> None:
    text = (
        "Boko Haram fighters stormed an army base near Monguno on Sunday. "
        "The attack killed eleven Nigerian soldiers."
    )
    assert [sector for sector, _ in _assaults(text)] == ["REB", "REB"]


def test_an_attack_with_its_own_party_keeps_it() -> None:
    text = (
        "Boko Haram fighters stormed an army base near Monguno on Sunday. "
        "The army's counter-attack killed twenty of the fighters."
    )
    assert _assaults(text)[-1][0] != "REB"


def _doers(text: str, date: str = "2024-01-19") -> list[str | None]:
    coded = code_text(text, date)
    return [e.actor.code if e.actor else None for e in coded.events if e.event == "ASSAULT"]


def test_a_states_strikes_told_again_are_its_not_the_lands_they_hit() -> None:
    text = (
        "Pakistan carried out air strikes inside Iran on Thursday. Pakistan's foreign ministry "
        "said the strikes targeted separatist groups in Iran's Sistan-Baluchestan province."
    )
    assert _doers(text) == ["PAK", "PAK"]
    shelled = "Russian forces shelled Kharkiv on Sunday. The attack killed five civilians."
    assert _doers(shelled) == ["RUS", "RUS"]


def test_a_state_implied_only_from_the_place_of_the_first_attack_is_no_doer() -> None:
    text = "A bomb exploded in Kabul on Friday. The attack killed 12 people."
    assert _doers(text)[-1] != "AFG"


def test_an_assault_told_by_the_same_word_outranks_a_later_one() -> None:
    text = (
        "Pakistan carried out air strikes on militant hideouts inside Iran on Thursday, two "
        "days after Iran launched missile and drone attacks on Pakistani territory. "
        "Pakistan's foreign ministry said the strikes targeted separatist groups in Iran's "
        "Sistan-Baluchestan province."
    )
    assert _doers(text)[-1] == "PAK"
