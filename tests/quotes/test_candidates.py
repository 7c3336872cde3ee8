"""Candidate attributions (`dyad.quotes.candidates`) on en_core_web_sm's parses of sentences
written for these tests (the bank at the end), and the quote model that weighs them."""

from __future__ import annotations

import pytest

from dyad.quotes.candidates import candidates, subject_of
from dyad.quotes.extract import LEARNED_THRESHOLD
from dyad.quotes.model import features, load_model, train
from tests.parses import Parses
from tests.parses_shared import SHARED


def cands(text):
    doc = PARSES.doc(text)
    return doc, {(c.cue.lemma_, c.relation): doc[c.start : c.end].text for c in candidates(doc)}


@pytest.mark.parametrize(
    ("text", "key", "content"),
    [
        ("Putin said that relations are strong.", ("say", "ccomp"), "that relations are strong"),
        ("Relations are strong, the president said.", ("say", "before"), "Relations are strong"),
        ("Trump promised to build a wall.", ("promise", "xcomp"), "to build a wall"),
        (
            "The NAACP called for a moratorium on new toll roads.",
            ("call", "prep:for"),
            "a moratorium on new toll roads",
        ),
        ("Clinton supports the death penalty.", ("support", "dobj"), "the death penalty"),
    ],
)
def test_candidates_pair_a_cue_with_what_hangs_from_it(text, key, content):
    _, found = cands(text)
    assert found.get(key) == content


@pytest.mark.parametrize(
    ("text", "key", "content", "source"),
    [
        (
            "The senator was critical of the plan to cut taxes.",
            ("critical", "aprep:of"),
            "the plan to cut taxes",
            "senator",
        ),
        (
            "The mayor is determined to warn his supporters about the dangers.",
            ("determined", "ato"),
            "to warn his supporters about the dangers",
            "mayor",
        ),
        (
            "The speech was a tacit acknowledgment that he may be the only one who can win.",
            ("acknowledgment", "nthat"),
            "that he may be the only one who can win",
            "speech",
        ),
    ],
)
def test_a_noun_or_adjective_of_stance_offers_what_it_is_about(text, key, content, source):
    doc, found = cands(text)
    assert found.get(key) == content
    cand = next(c for c in candidates(doc) if c.key == key)
    assert cand.speaker_token is not None and cand.speaker_token.text == source


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The new budget was endorsed by the teachers' union.", "The new budget", "union"),
        ("The curfew was announced on Friday.", "The curfew", None),
    ],
)
def test_a_passive_cue_reports_its_subject_with_the_agent_as_source(text, content, source):
    doc, _ = cands(text)
    cand = next(c for c in candidates(doc) if c.relation == "passive")
    assert doc[cand.start : cand.end].text == content
    speaker = cand.speaker_token
    assert (speaker.text if speaker is not None else None) == source


def test_a_to_or_with_phrase_is_content_only_when_the_verb_has_no_other_complement():
    _, found = cands("The governor pointed to the new budget.")
    assert found.get(("point", "prep:to")) == "the new budget"
    _, found = cands("The governor announced the budget at a press conference.")
    assert ("announce", "prep:at") not in found


def test_a_noun_after_a_preposition_takes_the_subject_of_the_verb_as_source():
    doc, found = cands("The senator spoke with concern about the new tax plan.")
    assert found.get(("concern", "nprep:about")) == "the new tax plan"
    cand = next(c for c in candidates(doc) if c.key == ("concern", "nprep:about"))
    assert cand.speaker_token is not None and cand.speaker_token.text == "senator"


def test_an_as_clause_before_its_clause_reports_the_clause_after_the_comma():
    doc, found = cands("As the mayor noted, the city budget is short of money.")
    assert found.get(("note", "as")) == "the city budget is short of money"
    cand = next(c for c in candidates(doc) if c.key == ("note", "as"))
    assert cand.speaker_token is not None and cand.speaker_token.text == "mayor"


def test_an_as_clause_speaks_through_its_own_subject_or_agent_never_the_reported_clauses():
    doc, _ = cands("As reported by Reuters, the minister resigned after the vote.")
    cand = next(c for c in candidates(doc) if c.key == ("report", "as"))
    assert cand.speaker_token is not None and cand.speaker_token.text == "Reuters"
    # "the minister" is what was reported, not who reported it
    doc, _ = cands("As reported earlier, the minister resigned after the vote.")
    cand = next(c for c in candidates(doc) if c.key == ("report", "as"))
    assert cand.speaker_token is None


def test_a_noun_without_possessor_or_governing_subject_offers_nothing():
    _, found = cands("Clinton in the race for the White House won.")
    assert not any(rel.startswith(("nprep", "nthat", "nto")) for _, rel in found)


def test_a_participle_shares_its_governors_subject():
    doc, _ = cands("Putin thanked Xi, adding that the departments had no problems.")
    adding = next(t for t in doc if t.text == "adding")
    assert subject_of(adding).text == "Putin"


def test_the_model_ranks_reported_speech_above_ordinary_objects():
    model = load_model()
    doc, _ = cands("Putin said that relations are strong. Putin ate an apple.")
    by_key = {c.key: model.probability(features(c, False)) for c in candidates(doc)}
    assert by_key[("say", "ccomp")] > 0.6 > 0.1 > by_key[("eat", "dobj")]


def test_the_model_keeps_a_stance_adjective_and_drops_an_ordinary_of_phrase():
    model = load_model()
    doc, _ = cands("The senator was critical of the plan. She visited her friend of many years.")
    by_key = {c.key: model.probability(features(c, False)) for c in candidates(doc)}
    assert by_key[("critical", "aprep:of")] > LEARNED_THRESHOLD > by_key[("friend", "nprep:of")]


def test_training_is_deterministic_and_learns_a_separable_feature():
    examples = [(["cue=say"], 1)] * 30 + [(["cue=eat"], 0)] * 30
    first, second = train(examples, epochs=20), train(examples, epochs=20)
    assert first == second
    assert first.probability(["cue=say"]) > 0.9 > 0.1 > first.probability(["cue=eat"])


def test_a_transcript_line_is_a_colon_candidate():
    _, found = cands("PENCE: Well, the question is why she said that.\nHOLT: Thank you.")
    assert found[(":", "colon")] in ("Well, the question is why she said that.", "Thank you.")


def candidate_list(text):
    doc, _ = cands(text)
    return [(c.cue.text, c.relation, doc[c.start : c.end].text) for c in candidates(doc)]


def test_a_cue_set_off_inside_its_content_offers_both_sides():
    found = candidate_list("The talks, the minister said, were the most useful in years.")
    assert [c for c in found if c[0] == "said"] == [
        ("said", "before", "The talks"),
        ("said", "before", "were the most useful in years"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The union endorsed Clinton in the race for the White House.",
            [("endorsed", "dobj", "Clinton in the race for the White House")],
        ),
        # a "for" phrase is reported content of its own, not the object's modifier
        (
            "Putin thanked Xi for introducing visa-free travel.",
            [
                ("thanked", "dobj", "Xi"),
                ("thanked", "prep:for", "introducing visa-free travel"),
                ("introducing", "dobj", "visa-free travel"),
            ],
        ),
    ],
)
def test_an_object_runs_on_through_the_verbs_modifiers_after_it(text, want):
    # the verbs' candidates only: a noun after a preposition offers its own ("race [for the
    # White House]", its source the union), which the model weighs
    verbs = [c for c in candidate_list(text) if c[1] in ("dobj", "prep:for")]
    assert verbs == want


# en_core_web_sm's parses of the sentences above; SHARED has those other modules test too
PARSES = Parses(
    r"""
    # text = Putin said that relations are strong.
    1  Putin      _         PROPN  NNP  2  nsubj  B-PERSON
    2  said       say       VERB   VBD  0  ROOT
    3  that       _         SCONJ  IN   5  mark
    4  relations  relation  NOUN   NNS  5  nsubj
    5  are        be        AUX    VBP  2  ccomp
    6  strong     _         ADJ    JJ   5  acomp
    7  .          _         PUNCT  .    2  punct

    # text = Relations are strong, the president said.
    1  Relations  relation  NOUN   NNS  2  nsubj
    2  are        be        AUX    VBP  7  ccomp
    3  strong     _         ADJ    JJ   2  acomp
    4  ,          _         PUNCT  ,    7  punct
    5  the        _         DET    DT   6  det
    6  president  _         NOUN   NN   7  nsubj
    7  said       say       VERB   VBD  0  ROOT
    8  .          _         PUNCT  .    7  punct

    # text = Trump promised to build a wall.
    1  Trump     _        PROPN  NNP  2  nsubj  B-ORG
    2  promised  promise  VERB   VBD  0  ROOT
    3  to        _        PART   TO   4  aux
    4  build     _        VERB   VB   2  xcomp
    5  a         _        DET    DT   6  det
    6  wall      _        NOUN   NN   4  dobj
    7  .         _        PUNCT  .    2  punct

    # text = The NAACP called for a moratorium on new toll roads.
    1   The         _     DET    DT   2   det
    2   NAACP       _     PROPN  NNP  3   nsubj     B-ORG
    3   called      call  VERB   VBD  0   ROOT
    4   for         _     ADP    IN   3   prep
    5   a           _     DET    DT   6   det
    6   moratorium  _     NOUN   NN   4   pobj
    7   on          _     ADP    IN   6   prep
    8   new         _     ADJ    JJ   10  amod
    9   toll        _     NOUN   NN   10  compound
    10  roads       road  NOUN   NNS  7   pobj
    11  .           _     PUNCT  .    3   punct

    # text = Clinton supports the death penalty.
    1  Clinton   _        PROPN  NNP  2  nsubj     B-PERSON
    2  supports  support  VERB   VBZ  0  ROOT
    3  the       _        DET    DT   5  det
    4  death     _        NOUN   NN   5  compound
    5  penalty   _        NOUN   NN   2  dobj
    6  .         _        PUNCT  .    2  punct

    # text = The mayor is determined to warn his supporters about the dangers.
    1   The         _          DET    DT    2   det
    2   mayor       _          NOUN   NN    3   nsubj
    3   is          be         AUX    VBZ   0   ROOT
    4   determined  _          ADJ    JJ    3   acomp
    5   to          _          PART   TO    6   aux
    6   warn        _          VERB   VB    4   xcomp
    7   his         _          PRON   PRP$  8   poss
    8   supporters  supporter  NOUN   NNS   6   dobj
    9   about       _          ADP    IN    6   prep
    10  the         _          DET    DT    11  det
    11  dangers     danger     NOUN   NNS   9   pobj
    12  .           _          PUNCT  .     3   punct

    # text = The speech was a tacit acknowledgment that he may be the only one who can win.
    1   The             _   DET    DT   2   det
    2   speech          _   NOUN   NN   3   nsubj
    3   was             be  AUX    VBD  0   ROOT
    4   a               _   DET    DT   6   det
    5   tacit           _   ADJ    JJ   6   amod
    6   acknowledgment  _   NOUN   NN   3   attr
    7   that            _   SCONJ  IN   10  mark
    8   he              _   PRON   PRP  10  nsubj
    9   may             _   AUX    MD   10  aux
    10  be              _   AUX    VB   6   acl
    11  the             _   DET    DT   13  det
    12  only            _   ADJ    JJ   13  amod
    13  one             _   NUM    CD   10  attr
    14  who             _   PRON   WP   16  nsubj
    15  can             _   AUX    MD   16  aux
    16  win             _   VERB   VB   13  relcl
    17  .               _   PUNCT  .    3   punct

    # text = The new budget was endorsed by the teachers' union.
    1   The       _        DET    DT   3   det
    2   new       _        ADJ    JJ   3   amod
    3   budget    _        NOUN   NN   5   nsubjpass
    4   was       be       AUX    VBD  5   auxpass
    5   endorsed  endorse  VERB   VBN  0   ROOT
    6   by        _        ADP    IN   5   agent
    7   the       _        DET    DT   8   det
    8   teachers  teacher  NOUN   NNS  10  poss
    9   '         _        PART   POS  8   case
    10  union     _        NOUN   NN   6   pobj
    11  .         _        PUNCT  .    5   punct

    # text = The curfew was announced on Friday.
    1  The        _         DET    DT   2  det
    2  curfew     _         NOUN   NN   4  nsubjpass
    3  was        be        AUX    VBD  4  auxpass
    4  announced  announce  VERB   VBN  0  ROOT
    5  on         _         ADP    IN   4  prep
    6  Friday     _         PROPN  NNP  5  pobj       B-DATE
    7  .          _         PUNCT  .    4  punct

    # text = The governor pointed to the new budget.
    1  The       _      DET    DT   2  det
    2  governor  _      NOUN   NN   3  nsubj
    3  pointed   point  VERB   VBD  0  ROOT
    4  to        _      ADP    IN   3  prep
    5  the       _      DET    DT   7  det
    6  new       _      ADJ    JJ   7  amod
    7  budget    _      NOUN   NN   4  pobj
    8  .         _      PUNCT  .    3  punct

    # text = The governor announced the budget at a press conference.
    1   The         _         DET    DT   2  det
    2   governor    _         NOUN   NN   3  nsubj
    3   announced   announce  VERB   VBD  0  ROOT
    4   the         _         DET    DT   5  det
    5   budget      _         NOUN   NN   3  dobj
    6   at          _         ADP    IN   3  prep
    7   a           _         DET    DT   9  det
    8   press       _         NOUN   NN   9  compound
    9   conference  _         NOUN   NN   6  pobj
    10  .           _         PUNCT  .    3  punct

    # text = The senator spoke with concern about the new tax plan.
    1   The      _      DET    DT   2   det
    2   senator  _      NOUN   NN   3   nsubj
    3   spoke    speak  VERB   VBD  0   ROOT
    4   with     _      ADP    IN   3   prep
    5   concern  _      NOUN   NN   4   pobj
    6   about    _      ADP    IN   5   prep
    7   the      _      DET    DT   10  det
    8   new      _      ADJ    JJ   10  amod
    9   tax      _      NOUN   NN   10  compound
    10  plan     _      NOUN   NN   6   pobj
    11  .        _      PUNCT  .    3   punct

    # text = As the mayor noted, the city budget is short of money.
    1   As      _     SCONJ  IN   4   mark
    2   the     _     DET    DT   3   det
    3   mayor   _     NOUN   NN   4   nsubj
    4   noted   note  VERB   VBD  9   advcl
    5   ,       _     PUNCT  ,    9   punct
    6   the     _     DET    DT   8   det
    7   city    _     NOUN   NN   8   compound
    8   budget  _     NOUN   NN   9   nsubj
    9   is      be    AUX    VBZ  0   ROOT
    10  short   _     ADJ    JJ   9   acomp
    11  of      _     ADP    IN   10  prep
    12  money   _     NOUN   NN   11  pobj
    13  .       _     PUNCT  .    9   punct

    # text = As reported by Reuters, the minister resigned after the vote.
    1   As        _       SCONJ  IN   2   mark
    2   reported  report  VERB   VBN  8   advcl
    3   by        _       ADP    IN   2   agent
    4   Reuters   _       PROPN  NNP  3   pobj   B-ORG
    5   ,         _       PUNCT  ,    8   punct
    6   the       _       DET    DT   7   det
    7   minister  _       NOUN   NN   8   nsubj
    8   resigned  resign  VERB   VBD  0   ROOT
    9   after     _       ADP    IN   8   prep
    10  the       _       DET    DT   11  det
    11  vote      _       NOUN   NN   9   pobj
    12  .         _       PUNCT  .    8   punct

    # text = As reported earlier, the minister resigned after the vote.
    1   As        _       SCONJ  IN   2   mark
    2   reported  report  VERB   VBN  7   advcl
    3   earlier   early   ADV    RBR  2   advmod
    4   ,         _       PUNCT  ,    7   punct
    5   the       _       DET    DT   6   det
    6   minister  _       NOUN   NN   7   nsubj
    7   resigned  resign  VERB   VBD  0   ROOT
    8   after     _       ADP    IN   7   prep
    9   the       _       DET    DT   10  det
    10  vote      _       NOUN   NN   8   pobj
    11  .         _       PUNCT  .    7   punct

    # text = Clinton in the race for the White House won.
    1   Clinton  _    PROPN  NNP  9  nsubj     B-PERSON
    2   in       _    ADP    IN   1  prep
    3   the      _    DET    DT   4  det
    4   race     _    NOUN   NN   2  pobj
    5   for      _    SCONJ  IN   9  mark
    6   the      _    DET    DT   8  det       B-ORG
    7   White    _    PROPN  NNP  8  compound  I-ORG
    8   House    _    PROPN  NNP  5  pobj      I-ORG
    9   won      win  VERB   VBD  0  ROOT
    10  .        _    PUNCT  .    9  punct

    # text = Putin thanked Xi, adding that the departments had no problems.
    1   Putin        _           PROPN  NNP  2   nsubj  B-PERSON
    2   thanked      thank       VERB   VBD  0   ROOT
    3   Xi           _           PROPN  NNP  2   dobj   B-PERSON
    4   ,            _           PUNCT  ,    2   punct
    5   adding       add         VERB   VBG  2   advcl
    6   that         _           SCONJ  IN   9   mark
    7   the          _           DET    DT   8   det
    8   departments  department  NOUN   NNS  9   nsubj
    9   had          have        VERB   VBD  5   ccomp
    10  no           _           DET    DT   11  det
    11  problems     problem     NOUN   NNS  9   dobj
    12  .            _           PUNCT  .    2   punct

    # text = Putin said that relations are strong. Putin ate an apple.
    1  Putin      _         PROPN  NNP  2  nsubj  B-PERSON
    2  said       say       VERB   VBD  0  ROOT
    3  that       _         SCONJ  IN   5  mark
    4  relations  relation  NOUN   NNS  5  nsubj
    5  are        be        AUX    VBP  2  ccomp
    6  strong     _         ADJ    JJ   5  acomp
    7  .          _         PUNCT  .    2  punct
    1  Putin      _         PROPN  NNP  2  nsubj  B-PERSON
    2  ate        eat       VERB   VBD  0  ROOT
    3  an         _         DET    DT   4  det
    4  apple      _         NOUN   NN   2  dobj
    5  .          _         PUNCT  .    2  punct

    # text = The senator was critical of the plan. She visited her friend of many years.
    1  The       _      DET    DT    2  det
    2  senator   _      NOUN   NN    3  nsubj
    3  was       be     AUX    VBD   0  ROOT
    4  critical  _      ADJ    JJ    3  acomp
    5  of        _      ADP    IN    4  prep
    6  the       _      DET    DT    7  det
    7  plan      _      NOUN   NN    5  pobj
    8  .         _      PUNCT  .     3  punct
    1  She       _      PRON   PRP   2  nsubj
    2  visited   visit  VERB   VBD   0  ROOT
    3  her       _      PRON   PRP$  4  poss
    4  friend    _      NOUN   NN    2  dobj
    5  of        _      ADP    IN    4  prep
    6  many      _      ADJ    JJ    7  amod   B-DATE
    7  years     year   NOUN   NNS   5  pobj   I-DATE
    8  .         _      PUNCT  .     2  punct

    # text = PENCE: Well, the question is why she said that.\nHOLT: Thank you.
    1   PENCE     _     PROPN  NNP  0   ROOT
    2   :         _     PUNCT  :    1   punct
    1   Well      _     INTJ   UH   5   intj
    2   ,         _     PUNCT  ,    5   punct
    3   the       _     DET    DT   4   det
    4   question  _     NOUN   NN   5   nsubj
    5   is        be    AUX    VBZ  0   ROOT
    6   why       _     SCONJ  WRB  8   advmod
    7   she       _     PRON   PRP  8   nsubj
    8   said      say   VERB   VBD  5   ccomp
    9   that      _     PRON   DT   8   dobj
    10  .         _     PUNCT  .    5   punct
    11  \n        _     SPACE  _SP  10  dep
    1   HOLT      HOLT  VERB   VBD  0   ROOT
    2   :         _     PUNCT  :    1   punct
    1   Thank     _     VERB   VBP  0   ROOT
    2   you       _     PRON   PRP  1   dobj
    3   .         _     PUNCT  .    1   punct

    # text = The talks, the minister said, were the most useful in years.
    1   The       _     DET    DT   2   det
    2   talks     talk  NOUN   NNS  8   nsubj
    3   ,         _     PUNCT  ,    6   punct
    4   the       _     DET    DT   5   det
    5   minister  _     NOUN   NN   6   nsubj
    6   said      say   VERB   VBD  8   parataxis
    7   ,         _     PUNCT  ,    6   punct
    8   were      be    AUX    VBD  0   ROOT
    9   the       _     DET    DT   11  det
    10  most      _     ADV    RBS  11  advmod
    11  useful    _     ADJ    JJ   8   acomp
    12  in        _     ADP    IN   11  prep
    13  years     year  NOUN   NNS  12  pobj       B-DATE
    14  .         _     PUNCT  .    8   punct

    # text = The union endorsed Clinton in the race for the White House.
    1   The       _        DET    DT   2   det
    2   union     _        NOUN   NN   3   nsubj
    3   endorsed  endorse  VERB   VBD  0   ROOT
    4   Clinton   _        PROPN  NNP  3   dobj      B-PERSON
    5   in        _        ADP    IN   3   prep
    6   the       _        DET    DT   7   det
    7   race      _        NOUN   NN   5   pobj
    8   for       _        ADP    IN   7   prep
    9   the       _        DET    DT   11  det       B-ORG
    10  White     _        PROPN  NNP  11  compound  I-ORG
    11  House     _        PROPN  NNP  8   pobj      I-ORG
    12  .         _        PUNCT  .    3   punct

    # text = Putin thanked Xi for introducing visa-free travel.
    1   Putin        _          PROPN  NNP   2  nsubj     B-PERSON
    2   thanked      thank      VERB   VBD   0  ROOT
    3   Xi           _          PROPN  NNP   2  dobj      B-PERSON
    4   for          _          ADP    IN    2  prep
    5   introducing  introduce  VERB   VBG   4  pcomp
    6   visa         _          NOUN   NN    8  npadvmod
    7   -            _          PUNCT  HYPH  8  punct
    8   free         _          ADJ    JJ    9  amod
    9   travel       _          NOUN   NN    5  dobj
    10  .            _          PUNCT  .     2  punct
    """,
    SHARED,
)
