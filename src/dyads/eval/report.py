"""Print evaluation scores as tables."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from dyads.eval.plover import GoldSentence, PloverScores, Prediction


def _codes(codes: frozenset[str]) -> str:
    return ",".join(sorted(codes)) or "-"


def print_plover(
    scores: PloverScores,
    pairs: list[tuple[GoldSentence, Prediction]],
    errors: int,
    console: Console,
) -> None:
    """Headline figures, per-type F1, and optionally sentences coded wrong."""
    head = Table("measure", "value", title=f"PLOVER gold: {scores.sentences} sentences")
    for name, value in (
        ("top-1 event accuracy", scores.accuracy),
        ("macro-F1", scores.macro_f1),
        ("actor code F1", scores.actor_f1),
        ("recipient code F1", scores.recipient_f1),
        ("full record accuracy", scores.full_record),
    ):
        head.add_row(name, f"{value:.3f}")
    console.print(head)
    per_type = Table("type", "precision", "recall", "F1", "gold")
    for name, score in scores.per_type.items():
        per_type.add_row(
            name,
            f"{score.precision:.2f}",
            f"{score.recall:.2f}",
            f"{score.f1:.2f}",
            str(score.support),
        )
    console.print(per_type)
    if errors:
        wrong = Table("id", "gold", "dyads", "text", title="coded wrong", show_lines=True)
        shown = 0
        for gold, predicted in pairs:
            if gold.event == predicted.event and gold.actors == predicted.actors:
                continue
            wrong.add_row(
                gold.id,
                f"{gold.event} {_codes(gold.actors)}→{_codes(gold.recipients)}",
                f"{predicted.event} {_codes(predicted.actors)}→{_codes(predicted.recipients)}",
                gold.text,
            )
            shown += 1
            if shown >= errors:
                break
        console.print(wrong)
