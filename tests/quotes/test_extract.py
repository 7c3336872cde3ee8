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


def test_quotation_set_apart_after_a_paragraph_ending_with_a_colon_takes_its_cue(code):
    text = (
        "The mayor of Springfield, Ann Lee, spoke to reporters on Monday.\n\n"
        "Later, the city's police chief, Tom Baker, said:\n\n"
        '"We will keep the bridge closed until the engineers tell us it is safe."'
    )
    (q,) = code(text, "2020-03-02").quotes
    assert q.kind == "direct" and q.speaker.text == "Tom Baker" and q.cue.text == "said"


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


def test_a_quotation_continuing_another_in_its_paragraph_is_the_same_statement(code):
    text = (
        '"The bridge will open in May," the mayor said. "We have waited long enough for it."\n\n'
        '"It will carry ten thousand cars a day."'
    )
    quotes = code(text).quotes
    assert [(q.cue.text if q.cue else None, q.statement) for q in quotes] == [
        ("said", 0),
        ("said", 0),
        (None, 1),  # a new paragraph: the speaker goes on, the statement does not
    ]
    assert {q.speaker.text for q in quotes} == {"the mayor"}


# Sentences below from English Wikinews are CC BY 2.5, © Wikinews contributors; each sentence's
# article URL is beside it. The others were written for these tests.


def test_one_cue_makes_one_statement_of_all_it_reports(code):
    # https://en.wikinews.org/wiki/Pope_Francis_instructs_reporting_of_sexual_abuse_to_higher_church_authorities
    coded = code(
        "On Thursday, Pope Francis announced new church law to mandate reporting sexual abuses "
        "to the church authorities.",
        "2019-05-12",
    )
    assert [(q.text, q.cue.text, q.statement) for q in coded.quotes] == [
        ("new church law", "announced", 0),
        ("to mandate reporting sexual abuses to the church authorities", "announced", 0),
    ]


def test_reported_object_runs_on_through_the_verbs_modifiers(code):
    # https://en.wikinews.org/wiki/Nickey_Iyambo,_former_vice-president_of_Namibia,_dies_aged_82
    (q,) = code(
        "The current president of Namibia, Hage Geingob, expressed his sadness at Iyambo's death.",
        "2019-05-21",
    ).quotes
    assert (q.kind, q.cue.text, q.text) == ("stance", "expressed", "his sadness at Iyambo's death")


def test_an_adjective_of_stance_reports_what_it_is_about(code):
    (q,) = code("The senator was critical of the plan to cut taxes.").quotes
    assert (q.kind, q.cue.text, q.speaker.text, q.text) == (
        "stance",
        "critical",
        "The senator",
        "the plan to cut taxes",
    )


def test_a_report_that_it_says_is_a_quote_without_a_speaker(code):
    coded = code("The agency released its audit on Monday. It says the city has run out of money.")
    q = next(q for q in coded.quotes if q.cue is not None and q.cue.text == "says")
    assert (q.kind, q.text, q.speaker) == ("indirect", "the city has run out of money", None)


def test_cue_set_off_by_commas_inside_the_content_reports_what_follows(code):
    # https://en.wikinews.org/wiki/South_African_%27Lion_Man%27_killed_by_his_lions
    coded = code(
        "In the wake of van Biljon's death, Connie Moganedi said, the lions were killed.",
        "2019-08-22",
    )
    q = next(q for q in coded.quotes if q.text == "the lions were killed")
    assert (q.kind, q.cue.text, q.speaker.name) == ("indirect", "said", "Connie Moganedi")


def test_by_saying_takes_the_subject_of_the_verb_it_modifies(code):
    (q,) = code("The mayor ended the meeting by saying the city could not pay.").quotes
    assert (q.cue.text, q.speaker.text, q.text) == ("saying", "The mayor", "the city could not pay")


def test_quoted_as_saying_speaks_for_the_one_quoted(code):
    # https://en.wikinews.org/wiki/US_President_Trump_declares_COVID-19_national_emergency
    quotes = code(
        'Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying "FEMA '
        'has an important role in coordinating the larger response to the crisis" and "[i]f '
        "there's an emergency, FEMA needs to be involved.\"",
        "2020-03-16",
    ).quotes
    said = {(q.cue.text, q.speaker.name) for q in quotes if q.kind == "direct"}
    assert said == {("saying", "Tim Manning")}


def test_relative_pronoun_speaks_for_the_noun_it_modifies(code):
    # https://en.wikinews.org/wiki/Charlottesville,_Virginia_killer_sentenced_to_life_in_prison
    coded = code(
        "The hearings and motions leading up to the announcement included video footage of the "
        "collision between Fields' car and the crowd, testimony from eyewitnesses, an apology "
        "from Fields, and requests for leniency from Fields' lawyers, who argued his history of "
        "mental illness.",
        "2019-07-01",
    )
    q = next(q for q in coded.quotes if q.cue.text == "argued")
    assert (q.speaker.text, q.text) == ("Fields' lawyers", "his history of mental illness")


def test_a_statement_which_said_speaks_for_the_statement(code):
    # https://en.wikinews.org/wiki/Turkey%27s_President_Erdogan_proposes_converting_Hagia_Sophia_Museum_to_mosque
    (q,) = code(
        'They released a statement which said, "Hagia Sophia bears profound historical and '
        "spiritual significance to Muslims and Christians alike, and its status as a museum "
        'must be maintained".',
        "2019-03-31",
    ).quotes
    assert (q.kind, q.cue.text, q.speaker.text) == ("direct", "said", "a statement")


def test_a_dash_after_the_quotation_signs_it_with_a_name(code):
    # https://en.wikinews.org/wiki/Wikinews_discusses_International_Women%27s_Day_celebration_with_Mysore_Divisional_Railway_Manager
    (q,) = code(
        '"More number of women getting into technical fields has been a big change." \u2014 '
        "\u200dAparna Garg, Mysore Divisional Railway Manager",
        "2020-03-08",
    ).quotes
    assert (q.kind, q.cue, q.speaker.text, q.speaker.name) == (
        "direct",
        None,
        "Aparna Garg",
        "Aparna Garg",
    )


def test_cue_after_the_quotation_whose_parse_lost_its_subject_takes_the_name_before_it(code):
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020
    (q,) = code(
        '"The conflict between Armenia and Azerbaijan is their conflict. Not ours", said '
        "Jorgensen.",
        "2020-10-29",
    ).quotes
    assert (q.cue.text, q.speaker.text) == ("said", "Jorgensen")


def test_the_speaker_of_a_mixed_quote_goes_on_in_the_next_quotation(code):
    text = (
        'The Greek foreign minister called the proposal "an insult to millions of Christians" '
        'on Sunday. "Hagia Sophia belongs to the whole of humanity and must stay a museum."'
    )
    mixed, direct = code(text, "2019-03-31").quotes
    assert mixed.kind == "mixed" and direct.kind == "direct"
    assert direct.speaker.text == mixed.speaker.text == "The Greek foreign minister"


def test_a_model_given_to_extract_quotes_decides_which_candidates_are_quotes(nlp):
    from dyad.quotes.extract import extract_quotes
    from dyad.quotes.lexicon import load_cues
    from dyad.quotes.model import QuoteModel

    doc = nlp("The mayor said the new bridge will open in May.")
    shipped = extract_quotes(doc, doc._.mentions or [], load_cues())
    refusing = QuoteModel(bias=-30.0, weights={})
    refused = extract_quotes(doc, doc._.mentions or [], load_cues(), refusing)
    assert [q.text for q in shipped] == ["the new bridge will open in May"]
    assert refused == []
