"""Tests for the converter of the CAMEO verb dictionary and the PLOVER codebook's modes."""

from __future__ import annotations

import json
from pathlib import Path

from dyads.data_build.cameo import (
    OUT_DIR,
    build,
    parse_code,
    parse_synsets,
    parse_verbs,
)

DICTIONARY = """\
&WEAPON
+GUN
+NUCLEAR_WEAPON

####### VERB PATTERNS #######

---  SEND   [---]  ---
DEPLOY
SEND {SENDS SENDING SENT }
- * &WEAPON                                      [072]         # SEND
- * TROOPS                                       [154]         # DEPLOY
- * {BEST WISHES}                                [017]         # SEND , DEPLOY
- * (TO BORDER)                                  [---]         # SEND

---  CONFER   [010]  ---
+MEET_WITH {+MET_WITH }
DISCUSS  [040:040]
FACE
- * CRITICISM                                    [:111]        # FACE
"""


def test_parse_code() -> None:
    assert parse_code("040") == ("040", False)
    assert parse_code("040:040") == ("040", False)
    assert parse_code(":111") == ("111", True)
    assert parse_code("---") == (None, False)
    assert parse_code("abc") is None


def test_synsets_keep_multiword_members() -> None:
    assert parse_synsets(DICTIONARY.splitlines()) == {"weapon": ["gun", "nuclear weapon"]}


def test_verbs_defaults_and_patterns() -> None:
    verbs = parse_verbs(DICTIONARY.splitlines())
    assert verbs["send"].code is None  # the block says [---]
    assert verbs["discuss"].code == "040"  # the verb's own code wins over the block's
    assert verbs["face"].code == "010"
    send_codes = {p[0] for p in verbs["send"].patterns}
    deploy_codes = {p[0] for p in verbs["deploy"].patterns}
    # A pattern goes to the verbs its comment names.
    assert "072" in send_codes and "072" not in deploy_codes
    assert "154" in deploy_codes and "154" not in send_codes
    assert "017" in send_codes and "017" in deploy_codes
    # "[---]" patterns are kept as explicit "no event".
    assert (None, False, ["to", "border"], []) in verbs["send"].patterns
    # Multi-word verbs become a verb with a particle pattern; synsets stay referenced by name.
    assert ("010", False, ["with"], []) in verbs["meet"].patterns
    assert ("072", False, ["&weapon"], []) in verbs["send"].patterns
    assert ("111", True, ["criticism"], []) in verbs["face"].patterns


def test_build_writes_the_shipped_files(shared_data: Path, tmp_path: Path) -> None:
    # Only the two MIT sources are given: the build needs no CC BY-SA file.
    mit_only = tmp_path / "shared"
    for name in ("petrarch/CAMEO.2.0.txt", "plover/PLOVER_structured_codebook_updated.csv"):
        (mit_only / name).parent.mkdir(parents=True, exist_ok=True)
        (mit_only / name).symlink_to(shared_data / name)
    out = tmp_path / "out"
    build(mit_only, out)
    verbs = json.loads((out / "cameo_verbs.json").read_text())
    modes = json.loads((out / "plover_modes.json").read_text())
    assert len(verbs["verbs"]) > 1000
    assert "phone" in modes["CONSULT"] and "aerial" in modes["ASSAULT"]
    # The CAMEO→PLOVER table is written by hand and read as it is, not converted.
    assert sorted(p.name for p in out.iterdir()) == ["cameo_verbs.json", "plover_modes.json"]
    # The committed files are what the converter builds.
    for name in ("cameo_verbs.json", "plover_modes.json"):
        assert (out / name).read_bytes() == (OUT_DIR / name).read_bytes()
