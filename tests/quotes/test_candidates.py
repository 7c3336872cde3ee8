from __future__ import annotations

import pytest

from dyad.quotes.candidates import candidates, subject_of
from dyad.quotes.extract import LEARNED_THRESHOLD
from dyad.quotes.model import features, load_model, train

pytestmark = pytest.mark.model


def cands(nlp, text):
    doc = nlp.make_doc(text)
    with nlp.select_pipes(enable=[n for n in nlp.pipe_names if not n.startswith("dyad_")]):
        doc = nlp(doc)
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
def test_candidates_pair_a_cue_with_what_hangs_from_it(nlp, text, key, content):
    _, found = cands(nlp, text)
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
def test_a_noun_or_adjective_of_stance_offers_what_it_is_about(nlp, text, key, content, source):
    doc, found = cands(nlp, text)
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
def test_a_passive_cue_reports_its_subject_with_the_agent_as_source(nlp, text, content, source):
    doc, _ = cands(nlp, text)
    cand = next(c for c in candidates(doc) if c.relation == "passive")
    assert doc[cand.start : cand.end].text == content
    speaker = cand.speaker_token
    assert (speaker.text if speaker is not None else None) == source


def test_a_to_or_with_phrase_is_content_only_when_the_verb_has_no_other_complement(nlp):
    _, found = cands(nlp, "The governor pointed to the new budget.")
    assert found.get(("point", "prep:to")) == "the new budget"
    _, found = cands(nlp, "The governor announced the budget at a press conference.")
    assert ("announce", "prep:at") not in found


def test_a_noun_after_a_preposition_takes_the_subject_of_the_verb_as_source(nlp):
    doc, found = cands(nlp, "The senator spoke with concern about the new tax plan.")
    assert found.get(("concern", "nprep:about")) == "the new tax plan"
    cand = next(c for c in candidates(doc) if c.key == ("concern", "nprep:about"))
    assert cand.speaker_token is not None and cand.speaker_token.text == "senator"


def test_an_as_clause_before_its_clause_reports_the_clause_after_the_comma(nlp):
    doc, found = cands(nlp, "As the mayor noted, the city budget is short of money.")
    assert found.get(("note", "as")) == "the city budget is short of money"
    cand = next(c for c in candidates(doc) if c.key == ("note", "as"))
    assert cand.speaker_token is not None and cand.speaker_token.text == "mayor"


def test_an_as_clause_speaks_through_its_own_subject_or_agent_never_the_reported_clauses(nlp):
    doc, _ = cands(nlp, "As reported by Reuters, the minister resigned after the vote.")
    cand = next(c for c in candidates(doc) if c.key == ("report", "as"))
    assert cand.speaker_token is not None and cand.speaker_token.text == "Reuters"
    # "the minister" is what was reported, not who reported it
    doc, _ = cands(nlp, "As reported earlier, the minister resigned after the vote.")
    cand = next(c for c in candidates(doc) if c.key == ("report", "as"))
    assert cand.speaker_token is None


def test_a_noun_without_possessor_or_governing_subject_offers_nothing(nlp):
    _, found = cands(nlp, "Clinton in the race for the White House won.")
    assert not any(rel.startswith(("nprep", "nthat", "nto")) for _, rel in found)


def test_a_participle_shares_its_governors_subject(nlp):
    doc, _ = cands(nlp, "Putin thanked Xi, adding that the departments had no problems.")
    adding = next(t for t in doc if t.text == "adding")
    assert subject_of(adding).text == "Putin"


def test_the_model_ranks_reported_speech_above_ordinary_objects(nlp):
    model = load_model()
    doc, _ = cands(nlp, "Putin said that relations are strong. Putin ate an apple.")
    by_key = {c.key: model.probability(features(c, False)) for c in candidates(doc)}
    assert by_key[("say", "ccomp")] > 0.6 > 0.1 > by_key[("eat", "dobj")]


def test_the_model_keeps_a_stance_adjective_and_drops_an_ordinary_of_phrase(nlp):
    model = load_model()
    doc, _ = cands(
        nlp, "The senator was critical of the plan. She visited her friend of many years."
    )
    by_key = {c.key: model.probability(features(c, False)) for c in candidates(doc)}
    assert by_key[("critical", "aprep:of")] > LEARNED_THRESHOLD > by_key[("friend", "nprep:of")]


def test_training_is_deterministic_and_learns_a_separable_feature():
    examples = [(["cue=say"], 1)] * 30 + [(["cue=eat"], 0)] * 30
    first, second = train(examples, epochs=20), train(examples, epochs=20)
    assert first == second
    assert first.probability(["cue=say"]) > 0.9 > 0.1 > first.probability(["cue=eat"])


def test_a_transcript_line_is_a_colon_candidate(nlp):
    _, found = cands(nlp, "PENCE: Well, the question is why she said that.\nHOLT: Thank you.")
    assert found[(":", "colon")] in ("Well, the question is why she said that.", "Thank you.")


def candidate_list(nlp, text):
    doc, _ = cands(nlp, text)
    return [(c.cue.text, c.relation, doc[c.start : c.end].text) for c in candidates(doc)]


def test_a_cue_set_off_inside_its_content_offers_both_sides(nlp):
    found = candidate_list(nlp, "The talks, the minister said, were the most useful in years.")
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
def test_an_object_runs_on_through_the_verbs_modifiers_after_it(nlp, text, want):
    # the verbs' candidates only: a noun after a preposition offers its own ("race [for the
    # White House]", its source the union), which the model weighs
    verbs = [c for c in candidate_list(nlp, text) if c[1] in ("dobj", "prep:for")]
    assert verbs == want
