"""Print evaluation scores as tables."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from dyads.eval.plover import GoldSentence, PloverScores, Prediction, in_gold_terms


def _codes(codes: frozenset[str]) -> str:
    return ",".join(sorted(codes)) or "-"


def print_plover(
    scores: PloverScores,
    strict: PloverScores,
    pairs: list[tuple[GoldSentence, Prediction]],
    errors: int,
    console: Console,
) -> None:
    """Headline figures (also scored strictly), per-type F1, optionally sentences coded wrong."""
    head = Table("measure", "value", "strict", title=f"PLOVER gold: {scores.sentences} sentences")
    for name, key in (
        ("top-1 event accuracy", "accuracy"),
        ("macro-F1", "macro_f1"),
        ("actor code F1", "actor_f1"),
        ("recipient code F1", "recipient_f1"),
        ("full record accuracy", "full_record"),
    ):
        head.add_row(name, f"{getattr(scores, key):.3f}", f"{getattr(strict, key):.3f}")
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
        for gold, written in pairs:
            predicted = in_gold_terms(gold, written)
            if (gold.event, gold.actors, gold.recipients) == (
                predicted.event,
                predicted.actors,
                predicted.recipients,
            ):
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
