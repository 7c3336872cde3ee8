"""Quote forms and speaker resolution on real sentences (the seed and bundled Wikinews)."""

from __future__ import annotations

import pytest

from tests.conftest import wikinews_sentence

pytestmark = pytest.mark.model

SEED_SPEAKERS = [
    ("Relations between Russia and China are developing", "Vladimir Putin", "indirect"),
    ("Regardless of the international situation", "Vladimir Putin", "direct"),
    ("The foreign policy connection between Moscow and Beijing", "Vladimir Putin", "indirect"),
    ("China's SCO presidency has resulted", "Vladimir Putin", "indirect"),
    ("The relations between China and Russia are entering", "Xi Jinping", "indirect"),
    ("China and Russia should develop", "Xi Jinping", "indirect"),
    ("Trade between Russia and China has been surpassing", "Vladimir Putin", "indirect"),
    ("Economic cooperation between Russia and China", "Vladimir Putin", "indirect"),
    ("that the nature of energy cooperation", "Vladimir Putin", "indirect"),
    ("Comprehensive partnership between Russia and China", "Vladimir Putin", "indirect"),
    ("that the relevant departments have no significant problems", "Vladimir Putin", "indirect"),
    ("that he is glad to continue the tradition", "Vladimir Putin", "indirect"),
    ("Russia and China celebrated very well", "Vladimir Putin", "indirect"),
]


def test_the_seeds_13_statements_all_carry_the_right_speaker(seed):
    found = [
        (q.text, q.speaker.name if q.speaker else None, q.kind)
        for q in seed.quotes
        if q.kind != "stance"
    ]
    assert len(found) == 13
    for (text, name, kind), (start, want_name, want_kind) in zip(found, SEED_SPEAKERS, strict=True):
        assert text.startswith(start)
        assert (name, kind) == (want_name, want_kind), text


def test_verbal_acts_toward_someone_are_stances(seed):
    stances = {(q.cue.text, q.text) for q in seed.quotes if q.kind == "stance"}
    assert ("thanked", "Xi") in stances and ("called", "Xi a dear friend") in stances


def test_speaker_written_as_the_president_keeps_its_text_and_resolves(seed):
    quote = next(q for q in seed.quotes if q.text.startswith("The foreign policy connection"))
    assert quote.speaker.text == "the president" and quote.speaker.actor.code == "RUSGOV"
    assert quote.cue.text == "said"


def test_offsets_point_at_the_quote_in_the_article_text(seed):
    for q in seed.quotes:
        assert seed.article.text[q.start : q.end] == q.text
        assert seed.article.text[q.speaker.start : q.speaker.end] == q.speaker.text


def one_quote(code, records, needle, n=None):
    sentence, date = wikinews_sentence(records, needle)
    coded = code(sentence, date)
    return coded.quotes if n else coded.quotes[0]


def test_direct_quote_with_inverted_attribution_after(code, wikinews_records):
    q = one_quote(code, wikinews_records, '"It could also be a power supply issue')
    assert q.kind == "direct" and q.speaker.name == "Smith" and q.cue.text == "said"
    assert q.text == "It could also be a power supply issue or faulty transponder"


def test_direct_quote_with_attribution_and_colon_before(code):
    text = (
        'Vladimir Putin, president of Russia, said in a statement: "Many important dates in '
        "Zimbabwe's modern history are tied to the name of Robert Mugabe.\""
    )
    (q,) = code(text, "2019-09-09").quotes
    assert q.kind == "direct" and q.speaker.name == "Vladimir Putin"


def test_direct_quote_split_around_its_attribution(code):
    text = (
        '"What is so sad for me", Cengiz said, "is not seeing the punishment of the perpetrators."'
    )
    quotes = code(text, "2019-09-29").quotes
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("What is so sad for me", "Cengiz"),
        ("is not seeing the punishment of the perpetrators.", "Cengiz"),
    ]


def test_quote_running_across_paragraphs_is_one_quote(code):
    text = (
        'Erdogan said, "After elections, we will change the name of Hagia Sophia.\n'
        '"It will no longer be called a museum. We will call it a mosque."\n'
        "Greece objected."
    )
    (q,) = code(text, "2019-03-31").quotes
    assert q.text.startswith("After elections") and q.text.endswith("call it a mosque.")
    assert q.speaker.name == "Recep Tayyip Erdoğan"


def test_pronoun_speaker_resolves_to_the_person_named_before(code):
    text = (
        'Yesterday, President Hassan Rouhani of Iran spoke in Tehran. "The presence of foreign '
        'forces can be dangerous for the region," he said.'
    )
    q = code(text, "2019-09-23").quotes[-1]
    assert q.kind == "direct" and q.speaker.text == "he" and q.speaker.name == "Hassan Rouhani"


def test_partial_quote_inside_indirect_speech_is_mixed_with_the_named_spokesperson(
    code, wikinews_records
):
    q = one_quote(code, wikinews_records, "Steffen Seibert, said it is possible")
    assert q.kind == "mixed" and q.speaker.name == "Steffen Seibert"
    assert q.text.startswith("it is possible") and '"that this airline' in q.text


def test_according_to_names_the_source(code):
    (q,) = code("According to the Kremlin, the talks with Beijing were constructive.").quotes
    assert q.speaker.text == "the Kremlin" and q.speaker.actor.code == "RUSGOV"
    assert q.text == "the talks with Beijing were constructive"
    assert q.cue.text == "According"


def test_unresolvable_speaker_keeps_text_and_no_name(code):
    (q,) = code("The official said the border would stay closed until March.").quotes
    assert q.speaker.text == "The official" and q.speaker.name is None


def test_scare_quotes_are_not_statements(code):
    coded = code('Time named Greta Thunberg its "Person of the Year" on Wednesday.', "2019-12-14")
    assert coded.quotes == ()


def test_an_organization_noun_resolves_to_the_organization_named_before(code):
    coded = code(
        "Russia's Foreign Ministry condemned the strike. The ministry said the attack violated international law."
    )
    q = next(q for q in coded.quotes if q.text.startswith("the attack"))
    assert (
        q.speaker.text == "The ministry"
        and q.speaker.actor.code == "RUSGOV"
        and q.speaker.name is None
    )


def test_a_spokesman_for_an_institution_speaks_for_it(code):
    (q,) = code("A spokesman for the Kremlin said the talks were useful.").quotes
    assert q.speaker.text == "A spokesman for the Kremlin" and q.speaker.actor.code == "RUSGOV"


def test_he_also_noted_in_the_next_sentence_continues_the_speaker(code):
    text = "Chinese President Xi Jinping praised the talks. He also noted that trade had grown."
    q = next(q for q in code(text).quotes if q.text.startswith("that trade"))
    assert q.speaker.text == "He" and q.speaker.name == "Xi Jinping"
