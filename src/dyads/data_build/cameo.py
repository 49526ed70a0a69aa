"""Convert the CAMEO verb dictionary and the PLOVER codebook's modes into the events stage's data.

Run as `python -m dyads.data_build.cameo PATH/TO/shared/data`. It reads

- `petrarch/CAMEO.2.0.txt` (MIT): verb synsets with CAMEO codes and `- * …` object/preposition
  patterns, `&SETS` of nouns, `[---]` meaning "no event";
- `plover/PLOVER_structured_codebook_updated.csv` (MIT): the modes of each PLOVER type;

and writes compact JSON under `src/dyads/data/events/`. The CAMEO → PLOVER table
(`cameo_plover.tsv`) is written by hand and read as it is: no converter builds it.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from dyads.data_build import run_converter

OUT_DIR = Path(__file__).resolve().parent.parent / "data" / "events"

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([^\]]*)\]")
_INFLECTIONS = re.compile(r"\{[^}]*\}")
# Pattern markup that carries no word: phrase braces, PP parentheses, source/target markers.
_MARKUP = re.compile(r"[(){}$+%^|~]")


@dataclass
class VerbEntry:
    code: str | None = None
    # (code or None for "no event", reversed direction, post-verb slots, pre-verb slots)
    patterns: list[tuple[str | None, bool, list[str], list[str]]] = field(default_factory=list)


def _word(raw: str) -> str:
    """A dictionary word as lower-case text: `NUCLEAR_WEAPON` → `nuclear weapon`."""
    return raw.strip("_").replace("_", " ").lower()


def parse_code(raw: str) -> tuple[str | None, bool] | None:
    """`040` → ('040', False); `:020` → ('020', True); `---` → (None, False); junk → None."""
    raw = raw.strip()
    if raw.startswith("---"):
        return None, False
    active, _, passive = raw.partition(":")
    if active.strip().isdigit():
        return active.strip(), False
    if passive.strip().isdigit():
        return passive.strip(), True
    return None


def parse_synsets(lines: list[str]) -> dict[str, list[str]]:
    """`&NAME` blocks of `+WORD` lines, before the verb patterns."""
    synsets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        if line.startswith("####### VERB PATTERNS"):
            break
        text = line.split("#", 1)[0].strip()
        if text.startswith("&"):
            current = synsets.setdefault(text[1:].strip().lower(), [])
        elif text.startswith("+") and current is not None:
            current.append(_word(text[1:]))
        elif not text:
            current = None
    return synsets


def _slots(text: str) -> list[str]:
    words = _MARKUP.sub(" ", text).split()
    return [w.lower() if w.startswith("&") else _word(w) for w in words if _word(w) or w[0] == "&"]


def parse_verbs(lines: list[str]) -> dict[str, VerbEntry]:
    """Verb lemma → default code and patterns, merged over every block the verb appears in."""
    verbs: dict[str, VerbEntry] = {}
    start = next(i for i, line in enumerate(lines) if line.startswith("####### VERB PATTERNS"))
    block_code: str | None = None
    block_verbs: list[tuple[str, list[str]]] = []
    for line in lines[start + 1 :]:
        header = _BLOCK.match(line)
        if header:
            parsed = parse_code(header.group(2))
            block_code = parsed[0] if parsed else None
            block_verbs = []
            continue
        text, _, comment = line.partition("#")
        text = text.rstrip()
        if not text.strip():
            continue
        if text.startswith("-"):
            _add_pattern(verbs, _pattern_owners(block_verbs, comment), text[1:])
            continue
        own = _CODE.search(text)
        parsed = parse_code(own.group(1)) if own else None
        code = parsed[0] if parsed else block_code
        words = _INFLECTIONS.sub(" ", _CODE.sub(" ", text)).strip().lstrip("+")
        parts = [p for p in _word(words).split() if p]
        if not parts or not parts[0].isalpha():
            continue
        lemma, particles = parts[0], parts[1:]
        entry = verbs.setdefault(lemma, VerbEntry())
        if particles:
            entry.patterns.append((code, False, particles, []))
        elif entry.code is None:
            entry.code = code
        block_verbs.append((lemma, particles))
    return verbs


def _pattern_owners(
    block_verbs: list[tuple[str, list[str]]], comment: str
) -> list[tuple[str, list[str]]]:
    """The block's verbs a pattern belongs to: those its comment names, else all of them.

    The comment after a pattern names the verb(s) it was first written for ("# SEND , DEPLOY");
    a synonym block merges verbs whose objects mean different things (send vs deploy troops).
    """
    named = {w.lower() for w in re.split(r"[\s,]+", comment) if w.isalpha() and w.isupper()}
    owners = [(lemma, particles) for lemma, particles in block_verbs if lemma in named]
    return owners or block_verbs


def _add_pattern(
    verbs: dict[str, VerbEntry], block_verbs: list[tuple[str, list[str]]], text: str
) -> None:
    found = _CODE.search(text)
    if not found or "*" not in text:
        return
    parsed = parse_code(found.group(1))
    if parsed is None:
        return
    code, reverse = parsed
    pre, _, post = text[: found.start()].partition("*")
    post_slots, pre_slots = _slots(post), _slots(pre)
    if not post_slots and not pre_slots:
        return
    for lemma, particles in block_verbs:
        verbs[lemma].patterns.append((code, reverse, particles + post_slots, pre_slots))


def parse_modes(path: Path) -> dict[str, list[str]]:
    """PLOVER type → its modes, in codebook order."""
    modes: dict[str, list[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            names = modes.setdefault(row["event"].strip(), [])
            mode = row["mode"].strip()
            if mode and mode not in names:
                names.append(mode)
    return modes


def build(shared: Path, out_dir: Path = OUT_DIR) -> None:
    cameo_lines = (shared / "petrarch" / "CAMEO.2.0.txt").read_text(encoding="utf-8").splitlines()
    verbs = parse_verbs(cameo_lines)
    lexicon = {
        "synsets": parse_synsets(cameo_lines),
        "verbs": {
            lemma: {"code": entry.code, "patterns": entry.patterns}
            for lemma, entry in sorted(verbs.items())
        },
    }
    modes = parse_modes(shared / "plover" / "PLOVER_structured_codebook_updated.csv")
    out_dir.mkdir(parents=True, exist_ok=True)
    _write(out_dir / "cameo_verbs.json", lexicon)
    _write(out_dir / "plover_modes.json", modes)


def _write(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    return run_converter("dyads.data_build.cameo", build, argv)


if __name__ == "__main__":
    raise SystemExit(main())
