from __future__ import annotations

from dyad.events.component import load_verbs
from dyad.events.verbdict import Prep, Slot, Words, read_verb_dictionary

SAMPLE = """
&CURRENCY
+DOLLAR
+EURO_

--- ASK   [020] ---
ASK
+ASK_FOR {+ASKED_FOR +ASKING_FOR} [021]
GRILL [110]
- * {FINANCIAL AID} (FROM +)   [0231]   # ASK
- $ * &CURRENCY  [0231]
- * BROKEN   # no code: reported, skipped
~ a (a b ATTACK) SAY = a b 015
"""


def test_verb_blocks_give_each_verb_its_own_or_the_block_code():
    d = read_verb_dictionary("sample.txt", SAMPLE)
    codes = {"_".join(v.words): v.code for v in d.blocks["ASK"].verbs}
    assert codes == {"ASK": "020", "ASK_FOR": "021", "GRILL": "110"}
    assert [v.words for v in d.verbs_for("asked")] == [("ASK", "FOR")]


def test_patterns_read_phrases_prepositions_slots_and_synsets():
    d = read_verb_dictionary("sample.txt", SAMPLE)
    first, second = d.blocks["ASK"].patterns
    assert first.code == "0231"
    assert first.post[0] == Words((("FINANCIAL", "AID"),), braced=True)
    assert isinstance(first.post[1], Prep) and first.post[1].body == (Slot("target"),)
    assert second.pre == (Slot("source"),)
    assert ("DOLLARS",) in second.post[0].options and ("EUROS",) not in second.post[0].options


def test_malformed_entries_are_reported_with_file_and_line_and_skipped():
    d = read_verb_dictionary("sample.txt", SAMPLE)
    assert len(d.problems) == 1 and "sample.txt:12" in d.problems[0] and "E201" in d.problems[0]
    assert len(d.transformations) == 1


def test_dyad_verbs_load_phoenix_with_dyad_additions_first():
    d = load_verbs("dyad")
    assert len(d.blocks) > 390 and not d.problems
    assert d.blocks["CALL"].patterns[0].code == "051"
