"""Quote forms and speaker resolution: on the seed article with the model, end to end; then
on hand-built parses (en_core_web_sm's, in the bank at the end) of sentences from bundled
Wikinews and of sentences written for these tests."""

from __future__ import annotations

import pytest

from dyad.quotes.extract import extract_quotes
from dyad.quotes.lexicon import load_cues
from dyad.records import Actor
from tests.conftest import wikinews_sentence
from tests.parses import Parses, mention, parse, run_stages
from tests.parses_shared import SHARED

model = pytest.mark.model

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


@model
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


@model
def test_verbal_acts_toward_someone_are_stances(seed):
    stances = {(q.cue.text, q.text) for q in seed.quotes if q.kind == "stance"}
    assert ("thanked", "Xi") in stances and ("called", "Xi a dear friend") in stances


@model
def test_speaker_written_as_the_president_keeps_its_text_and_resolves(seed):
    quote = next(q for q in seed.quotes if q.text.startswith("The foreign policy connection"))
    assert quote.speaker.text == "the president" and quote.speaker.actor.code == "RUSGOV"
    assert quote.cue.text == "said"


@model
def test_offsets_point_at_the_quote_in_the_article_text(seed):
    for q in seed.quotes:
        assert seed.article.text[q.start : q.end] == q.text
        assert seed.article.text[q.speaker.start : q.speaker.end] == q.speaker.text


def one_quote(records, needle, n=None):
    sentence, date = wikinews_sentence(records, needle)
    coded = PARSES.code(sentence, date)
    return coded.quotes if n else coded.quotes[0]


def test_direct_quote_with_inverted_attribution_after(wikinews_records):
    q = one_quote(wikinews_records, '"It could also be a power supply issue')
    assert q.kind == "direct" and q.speaker.name == "Smith" and q.cue.text == "said"
    assert q.text == "It could also be a power supply issue or faulty transponder"


def test_direct_quote_with_attribution_and_colon_before():
    text = (
        'Vladimir Putin, president of Russia, said in a statement: "Many important dates in '
        "Zimbabwe's modern history are tied to the name of Robert Mugabe.\""
    )
    (q,) = PARSES.code(text, "2019-09-09").quotes
    assert q.kind == "direct" and q.speaker.name == "Vladimir Putin"


def test_quotation_set_apart_after_a_paragraph_ending_with_a_colon_takes_its_cue():
    text = (
        "The mayor of Springfield, Ann Lee, spoke to reporters on Monday.\n\n"
        "Later, the city's police chief, Tom Baker, said:\n\n"
        '"We will keep the bridge closed until the engineers tell us it is safe."'
    )
    (q,) = PARSES.code(text, "2020-03-02").quotes
    assert q.kind == "direct" and q.speaker.text == "Tom Baker" and q.cue.text == "said"


def test_direct_quote_split_around_its_attribution():
    text = (
        '"What is so sad for me", Cengiz said, "is not seeing the punishment of the perpetrators."'
    )
    quotes = PARSES.code(text, "2019-09-29").quotes
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("What is so sad for me", "Cengiz"),
        ("is not seeing the punishment of the perpetrators.", "Cengiz"),
    ]


def test_quote_running_across_paragraphs_is_one_quote():
    text = (
        'Erdogan said, "After elections, we will change the name of Hagia Sophia.\n'
        '"It will no longer be called a museum. We will call it a mosque."\n'
        "Greece objected."
    )
    (q,) = PARSES.code(text, "2019-03-31").quotes
    assert q.text.startswith("After elections") and q.text.endswith("call it a mosque.")
    assert q.speaker.name == "Recep Tayyip Erdoğan"


def test_pronoun_speaker_resolves_to_the_person_named_before():
    text = (
        'Yesterday, President Hassan Rouhani of Iran spoke in Tehran. "The presence of foreign '
        'forces can be dangerous for the region," he said.'
    )
    q = PARSES.code(text, "2019-09-23").quotes[-1]
    assert q.kind == "direct" and q.speaker.text == "he" and q.speaker.name == "Hassan Rouhani"


def test_partial_quote_inside_indirect_speech_is_mixed_with_the_named_spokesperson(
    wikinews_records,
):
    q = one_quote(wikinews_records, "Steffen Seibert, said it is possible")
    assert q.kind == "mixed" and q.speaker.name == "Steffen Seibert"
    assert q.text.startswith("it is possible") and '"that this airline' in q.text


def test_according_to_names_the_source():
    (q,) = PARSES.code("According to the Kremlin, the talks with Beijing were constructive.").quotes
    assert q.speaker.text == "the Kremlin" and q.speaker.actor.code == "RUSGOV"
    assert q.text == "the talks with Beijing were constructive"
    assert q.cue.text == "According"


def test_unresolvable_speaker_keeps_text_and_no_name():
    (q,) = PARSES.code("The official said the border would stay closed until March.").quotes
    assert q.speaker.text == "The official" and q.speaker.name is None


def test_scare_quotes_are_not_statements():
    coded = PARSES.code(
        'Time named Greta Thunberg its "Person of the Year" on Wednesday.', "2019-12-14"
    )
    assert coded.quotes == ()


def test_an_organization_noun_resolves_to_the_organization_named_before():
    coded = PARSES.code(
        "Russia's Foreign Ministry condemned the strike. The ministry said the attack violated international law."
    )
    q = next(q for q in coded.quotes if q.text.startswith("the attack"))
    assert (
        q.speaker.text == "The ministry"
        and q.speaker.actor.code == "RUSGOV"
        and q.speaker.name is None
    )


def test_a_spokesman_for_an_institution_speaks_for_it():
    (q,) = PARSES.code("A spokesman for the Kremlin said the talks were useful.").quotes
    assert q.speaker.text == "A spokesman for the Kremlin" and q.speaker.actor.code == "RUSGOV"


def test_he_also_noted_in_the_next_sentence_continues_the_speaker():
    text = "Chinese President Xi Jinping praised the talks. He also noted that trade had grown."
    q = next(q for q in PARSES.code(text).quotes if q.text.startswith("that trade"))
    assert q.speaker.text == "He" and q.speaker.name == "Xi Jinping"


def test_a_quotation_continuing_another_in_its_paragraph_is_the_same_statement():
    text = (
        '"The bridge will open in May," the mayor said. "We have waited long enough for it."\n\n'
        '"It will carry ten thousand cars a day."'
    )
    quotes = PARSES.code(text).quotes
    assert [(q.cue.text if q.cue else None, q.statement) for q in quotes] == [
        ("said", 0),
        ("said", 0),
        (None, 1),  # a new paragraph: the speaker goes on, the statement does not
    ]
    assert {q.speaker.text for q in quotes} == {"the mayor"}


# Sentences below from English Wikinews are CC BY 2.5, © Wikinews contributors; each sentence's
# article URL is beside it. The others were written for these tests.


def test_one_cue_makes_one_statement_of_all_it_reports():
    # https://en.wikinews.org/wiki/Pope_Francis_instructs_reporting_of_sexual_abuse_to_higher_church_authorities
    coded = PARSES.code(
        "On Thursday, Pope Francis announced new church law to mandate reporting sexual abuses "
        "to the church authorities.",
        "2019-05-12",
    )
    assert [(q.text, q.cue.text, q.statement) for q in coded.quotes] == [
        ("new church law", "announced", 0),
        ("to mandate reporting sexual abuses to the church authorities", "announced", 0),
    ]


def test_reported_object_runs_on_through_the_verbs_modifiers():
    # https://en.wikinews.org/wiki/Nickey_Iyambo,_former_vice-president_of_Namibia,_dies_aged_82
    (q,) = PARSES.code(
        "The current president of Namibia, Hage Geingob, expressed his sadness at Iyambo's death.",
        "2019-05-21",
    ).quotes
    assert (q.kind, q.cue.text, q.text) == ("stance", "expressed", "his sadness at Iyambo's death")


def test_an_adjective_of_stance_reports_what_it_is_about():
    (q,) = PARSES.code("The senator was critical of the plan to cut taxes.").quotes
    assert (q.kind, q.cue.text, q.speaker.text, q.text) == (
        "stance",
        "critical",
        "The senator",
        "the plan to cut taxes",
    )


def test_a_report_that_it_says_is_a_quote_without_a_speaker():
    coded = PARSES.code(
        "The agency released its audit on Monday. It says the city has run out of money."
    )
    q = next(q for q in coded.quotes if q.cue is not None and q.cue.text == "says")
    assert (q.kind, q.text, q.speaker) == ("indirect", "the city has run out of money", None)


def test_cue_set_off_by_commas_inside_the_content_reports_what_follows():
    # https://en.wikinews.org/wiki/South_African_%27Lion_Man%27_killed_by_his_lions
    coded = PARSES.code(
        "In the wake of van Biljon's death, Connie Moganedi said, the lions were killed.",
        "2019-08-22",
    )
    q = next(q for q in coded.quotes if q.text == "the lions were killed")
    assert (q.kind, q.cue.text, q.speaker.name) == ("indirect", "said", "Connie Moganedi")


def test_by_saying_takes_the_subject_of_the_verb_it_modifies():
    (q,) = PARSES.code("The mayor ended the meeting by saying the city could not pay.").quotes
    assert (q.cue.text, q.speaker.text, q.text) == ("saying", "The mayor", "the city could not pay")


def test_quoted_as_saying_speaks_for_the_one_quoted():
    # https://en.wikinews.org/wiki/US_President_Trump_declares_COVID-19_national_emergency
    quotes = PARSES.code(
        'Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying "FEMA '
        'has an important role in coordinating the larger response to the crisis" and "[i]f '
        "there's an emergency, FEMA needs to be involved.\"",
        "2020-03-16",
    ).quotes
    said = {(q.cue.text, q.speaker.name) for q in quotes if q.kind == "direct"}
    assert said == {("saying", "Tim Manning")}


def test_relative_pronoun_speaks_for_the_noun_it_modifies():
    # https://en.wikinews.org/wiki/Charlottesville,_Virginia_killer_sentenced_to_life_in_prison
    coded = PARSES.code(
        "The hearings and motions leading up to the announcement included video footage of the "
        "collision between Fields' car and the crowd, testimony from eyewitnesses, an apology "
        "from Fields, and requests for leniency from Fields' lawyers, who argued his history of "
        "mental illness.",
        "2019-07-01",
    )
    q = next(q for q in coded.quotes if q.cue.text == "argued")
    assert (q.speaker.text, q.text) == ("Fields' lawyers", "his history of mental illness")


def test_a_statement_which_said_speaks_for_the_statement():
    # https://en.wikinews.org/wiki/Turkey%27s_President_Erdogan_proposes_converting_Hagia_Sophia_Museum_to_mosque
    (q,) = PARSES.code(
        'They released a statement which said, "Hagia Sophia bears profound historical and '
        "spiritual significance to Muslims and Christians alike, and its status as a museum "
        'must be maintained".',
        "2019-03-31",
    ).quotes
    assert (q.kind, q.cue.text, q.speaker.text) == ("direct", "said", "a statement")


def test_a_dash_after_the_quotation_signs_it_with_a_name():
    # https://en.wikinews.org/wiki/Wikinews_discusses_International_Women%27s_Day_celebration_with_Mysore_Divisional_Railway_Manager
    (q,) = PARSES.code(
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


def test_cue_after_the_quotation_whose_parse_lost_its_subject_takes_the_name_before_it():
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020
    (q,) = PARSES.code(
        '"The conflict between Armenia and Azerbaijan is their conflict. Not ours", said '
        "Jorgensen.",
        "2020-10-29",
    ).quotes
    assert (q.cue.text, q.speaker.text) == ("said", "Jorgensen")


def test_the_speaker_of_a_mixed_quote_goes_on_in_the_next_quotation():
    text = (
        'The Greek foreign minister called the proposal "an insult to millions of Christians" '
        'on Sunday. "Hagia Sophia belongs to the whole of humanity and must stay a museum."'
    )
    mixed, direct = PARSES.code(text, "2019-03-31").quotes
    assert mixed.kind == "mixed" and direct.kind == "direct"
    assert direct.speaker.text == mixed.speaker.text == "The Greek foreign minister"


def test_the_speaker_is_the_mention_the_actors_stage_left_there():
    doc = parse(
        "The envoy said the talks were useful.",
        """
        1  The     _     DET    DT   2  det
        2  envoy   _     NOUN   NN   3  nsubj
        3  said    say   VERB   VBD  0  ROOT
        4  the     _     DET    DT   5  det
        5  talks   talk  NOUN   NNS  6  nsubj
        6  were    be    AUX    VBD  3  ccomp
        7  useful  _     ADJ    JJ   6  acomp
        8  .       _     PUNCT  .    3  punct
        """,
    )
    (alone,) = extract_quotes(doc, [], load_cues())
    assert (alone.text, alone.speaker.text, alone.speaker.actor) == (
        "the talks were useful",
        "The envoy",
        None,
    )
    # a role the actors stage resolved to a person: the quote is that person's
    arnor = Actor("Aragorn", "ARNGOV", "ARN", "GOV", "person:aragorn")
    envoy = mention(doc, "The envoy", arnor, kind="role", antecedent=0)
    (said,) = extract_quotes(doc, [envoy], load_cues())
    assert (said.speaker.text, said.speaker.name, said.speaker.actor) == (
        "The envoy",
        "Aragorn",
        arnor,
    )


def test_a_model_given_to_extract_quotes_decides_which_candidates_are_quotes():
    from dyad.quotes.model import QuoteModel

    doc = run_stages(PARSES.doc("The mayor said the new bridge will open in May."))
    shipped = extract_quotes(doc, doc._.mentions or [], load_cues())
    refusing = QuoteModel(bias=-30.0, weights={})
    refused = extract_quotes(doc, doc._.mentions or [], load_cues(), refusing)
    assert [q.text for q in shipped] == ["the new bridge will open in May"]
    assert refused == []


# en_core_web_sm's parses of the texts above; SHARED has those other modules test too
PARSES = Parses(
    r"""
    # text = "It could also be a power supply issue or faulty transponder", said Smith.
    1   "            _    PUNCT  ``   15  punct
    2   It           _    PRON   PRP  5   nsubj
    3   could        _    AUX    MD   5   aux
    4   also         _    ADV    RB   5   advmod
    5   be           _    AUX    VB   15  ccomp
    6   a            _    DET    DT   9   det
    7   power        _    NOUN   NN   8   compound
    8   supply       _    NOUN   NN   9   compound
    9   issue        _    NOUN   NN   5   attr
    10  or           _    CCONJ  CC   9   cc
    11  faulty       _    ADJ    JJ   12  amod
    12  transponder  _    NOUN   NN   9   conj
    13  "            _    PUNCT  ''   15  punct
    14  ,            _    PUNCT  ,    15  punct
    15  said         say  VERB   VBD  0   ROOT
    16  Smith        _    PROPN  NNP  15  nsubj     B-PERSON
    17  .            _    PUNCT  .    15  punct

    # text = Vladimir Putin, president of Russia, said in a statement: "Many important dates in Zimbabwe's modern history are tied to the name of Robert Mugabe."
    1   Vladimir   _     PROPN  NNP  2   compound   B-PERSON
    2   Putin      _     PROPN  NNP  8   nsubj      I-PERSON
    3   ,          _     PUNCT  ,    2   punct
    4   president  _     NOUN   NN   2   appos
    5   of         _     ADP    IN   4   prep
    6   Russia     _     PROPN  NNP  5   pobj       B-GPE
    7   ,          _     PUNCT  ,    2   punct
    8   said       say   VERB   VBD  0   ROOT
    9   in         _     ADP    IN   8   prep
    10  a          _     DET    DT   11  det
    11  statement  _     NOUN   NN   9   pobj
    12  :          _     PUNCT  :    8   punct
    13  "          _     PUNCT  ``   8   punct
    14  Many       _     ADJ    JJ   16  amod
    15  important  _     ADJ    JJ   16  amod
    16  dates      date  NOUN   NNS  23  nsubjpass
    17  in         _     ADP    IN   16  prep
    18  Zimbabwe   _     PROPN  NNP  21  poss       B-GPE
    19  's         _     PART   POS  18  case
    20  modern     _     ADJ    JJ   21  amod
    21  history    _     NOUN   NN   17  pobj
    22  are        be    AUX    VBP  23  auxpass
    23  tied       tie   VERB   VBN  8   ccomp
    24  to         _     ADP    IN   23  prep
    25  the        _     DET    DT   26  det
    26  name       _     NOUN   NN   24  pobj
    27  of         _     ADP    IN   26  prep
    28  Robert     _     PROPN  NNP  29  compound   B-PERSON
    29  Mugabe     _     PROPN  NNP  27  pobj       I-PERSON
    30  .          _     PUNCT  .    8   punct
    31  "          _     PUNCT  ''   8   punct

    # text = The mayor of Springfield, Ann Lee, spoke to reporters on Monday.\n\nLater, the city's police chief, Tom Baker, said:\n\n"We will keep the bridge closed until the engineers tell us it is safe."
    1   The          _         DET    DT   2   det
    2   mayor        _         NOUN   NN   9   nsubj
    3   of           _         ADP    IN   2   prep
    4   Springfield  _         PROPN  NNP  3   pobj      B-GPE
    5   ,            _         PUNCT  ,    4   punct
    6   Ann          _         PROPN  NNP  7   compound  B-PERSON
    7   Lee          _         PROPN  NNP  4   appos     I-PERSON
    8   ,            _         PUNCT  ,    2   punct
    9   spoke        speak     VERB   VBD  0   ROOT
    10  to           _         ADP    IN   9   prep
    11  reporters    reporter  NOUN   NNS  10  pobj
    12  on           _         ADP    IN   9   prep
    13  Monday       _         PROPN  NNP  12  pobj      B-DATE
    14  .            _         PUNCT  .    9   punct
    15  \n\n         _         SPACE  _SP  14  dep
    1   Later        _         ADV    RB   12  advmod
    2   ,            _         PUNCT  ,    12  punct
    3   the          _         DET    DT   4   det
    4   city         _         NOUN   NN   7   poss
    5   's           _         PART   POS  4   case
    6   police       _         NOUN   NN   7   compound
    7   chief        _         NOUN   NN   12  nsubj
    8   ,            _         PUNCT  ,    7   punct
    9   Tom          _         PROPN  NNP  10  compound  B-PERSON
    10  Baker        _         PROPN  NNP  7   appos     I-PERSON
    11  ,            _         PUNCT  ,    7   punct
    12  said         say       VERB   VBD  0   ROOT
    13  :            _         PUNCT  :    12  punct
    14  \n\n         _         SPACE  _SP  13  dep
    1   "            _         PUNCT  ``   4   punct
    2   We           _         PRON   PRP  4   nsubj
    3   will         _         AUX    MD   4   aux
    4   keep         _         VERB   VB   0   ROOT
    5   the          _         DET    DT   6   det
    6   bridge       _         NOUN   NN   4   dobj
    7   closed       close     VERB   VBN  4   oprd
    8   until        _         SCONJ  IN   11  mark
    9   the          _         DET    DT   10  det
    10  engineers    engineer  NOUN   NNS  11  nsubj
    11  tell         _         VERB   VBP  4   advcl
    12  us           we        PRON   PRP  11  dobj
    13  it           _         PRON   PRP  14  nsubj
    14  is           be        AUX    VBZ  11  ccomp
    15  safe         _         ADJ    JJ   14  acomp
    16  .            _         PUNCT  .    4   punct
    17  "            _         PUNCT  ''   4   punct

    # text = "What is so sad for me", Cengiz said, "is not seeing the punishment of the perpetrators."
    1   "             _            PUNCT  ``   11  punct
    2   What          _            PRON   WP   3   nsubj
    3   is            be           AUX    VBZ  11  ccomp
    4   so            _            ADV    RB   5   advmod
    5   sad           _            ADJ    JJ   3   acomp
    6   for           _            ADP    IN   5   prep
    7   me            I            PRON   PRP  6   pobj
    8   "             _            PUNCT  ''   11  punct
    9   ,             _            PUNCT  ,    11  punct
    10  Cengiz        _            PROPN  NNP  11  nsubj      B-ORG
    11  said          say          VERB   VBD  16  parataxis
    12  ,             _            PUNCT  ,    11  punct
    13  "             _            PUNCT  ``   16  punct
    14  is            be           AUX    VBZ  16  aux
    15  not           _            PART   RB   16  neg
    16  seeing        see          VERB   VBG  0   ROOT
    17  the           _            DET    DT   18  det
    18  punishment    _            NOUN   NN   16  dobj
    19  of            _            ADP    IN   18  prep
    20  the           _            DET    DT   21  det
    21  perpetrators  perpetrator  NOUN   NNS  19  pobj
    22  .             _            PUNCT  .    16  punct
    23  "             _            PUNCT  ''   16  punct

    # text = Erdogan said, "After elections, we will change the name of Hagia Sophia.\n"It will no longer be called a museum. We will call it a mosque."\nGreece objected.
    1   Erdogan    _         PROPN  NNP  2   nsubj      B-PERSON
    2   said       say       VERB   VBD  0   ROOT
    3   ,          _         PUNCT  ,    2   punct
    4   "          _         PUNCT  ``   2   punct
    5   After      _         ADP    IN   10  prep
    6   elections  election  NOUN   NNS  5   pobj
    7   ,          _         PUNCT  ,    10  punct
    8   we         _         PRON   PRP  10  nsubj
    9   will       _         AUX    MD   10  aux
    10  change     _         VERB   VB   2   ccomp
    11  the        _         DET    DT   12  det
    12  name       _         NOUN   NN   10  dobj
    13  of         _         ADP    IN   12  prep
    14  Hagia      _         PROPN  NNP  15  compound   B-PERSON
    15  Sophia     _         PROPN  NNP  13  pobj       I-PERSON
    16  .          _         PUNCT  .    2   punct
    17  \n         _         SPACE  _SP  16  dep
    1   "          _         PUNCT  ``   7   punct
    2   It         _         PRON   PRP  7   nsubjpass
    3   will       _         AUX    MD   7   aux
    4   no         _         ADV    RB   5   neg
    5   longer     long      ADV    RB   7   advmod
    6   be         _         AUX    VB   7   auxpass
    7   called     call      VERB   VBN  0   ROOT
    8   a          _         DET    DT   9   det
    9   museum     _         NOUN   NN   7   oprd
    10  .          _         PUNCT  .    7   punct
    1   We         _         PRON   PRP  3   nsubj
    2   will       _         AUX    MD   3   aux
    3   call       _         VERB   VB   0   ROOT
    4   it         _         PRON   PRP  3   dobj
    5   a          _         DET    DT   6   det
    6   mosque     _         NOUN   NN   3   oprd
    7   .          _         PUNCT  .    3   punct
    1   "          _         PUNCT  ''   0   ROOT
    2   \n         _         SPACE  _SP  1   dep
    1   Greece     _         PROPN  NNP  2   nsubj      B-GPE
    2   objected   object    VERB   VBD  0   ROOT
    3   .          _         PUNCT  .    2   punct

    # text = Yesterday, President Hassan Rouhani of Iran spoke in Tehran. "The presence of foreign forces can be dangerous for the region," he said.
    1   Yesterday  _      NOUN   NN   8   npadvmod  B-DATE
    2   ,          _      PUNCT  ,    8   punct
    3   President  _      PROPN  NNP  5   compound
    4   Hassan     _      PROPN  NNP  5   compound  B-PERSON
    5   Rouhani    _      PROPN  NNP  8   nsubj     I-PERSON
    6   of         _      ADP    IN   5   prep
    7   Iran       _      PROPN  NNP  6   pobj      B-GPE
    8   spoke      speak  VERB   VBD  0   ROOT
    9   in         _      ADP    IN   8   prep
    10  Tehran     _      PROPN  NNP  9   pobj      B-GPE
    11  .          _      PUNCT  .    8   punct
    1   "          _      PUNCT  ``   8   punct
    2   The        _      DET    DT   3   det
    3   presence   _      NOUN   NN   8   nsubj
    4   of         _      ADP    IN   3   prep
    5   foreign    _      ADJ    JJ   6   amod
    6   forces     force  NOUN   NNS  4   pobj
    7   can        _      AUX    MD   8   aux
    8   be         _      AUX    VB   16  ccomp
    9   dangerous  _      ADJ    JJ   8   acomp
    10  for        _      ADP    IN   8   prep
    11  the        _      DET    DT   12  det
    12  region     _      NOUN   NN   10  pobj
    13  ,          _      PUNCT  ,    16  punct
    14  "          _      PUNCT  ''   16  punct
    15  he         _      PRON   PRP  16  nsubj
    16  said       say    VERB   VBD  0   ROOT
    17  .          _      PUNCT  .    16  punct

    # text = German Chancellor Angela Merkel's spokesperson, Steffen Seibert, said it is possible "that this airline carries out transports to Germany that affect our security concerns," and the ban followed discussions within Europe and with the US.
    1   German        _           ADJ    JJ    4   amod      B-NORP
    2   Chancellor    _           PROPN  NNP   4   compound
    3   Angela        _           PROPN  NNP   4   compound  B-PERSON
    4   Merkel        _           PROPN  NNP   6   poss      I-PERSON
    5   's            _           PART   POS   4   case      I-PERSON
    6   spokesperson  _           NOUN   NN    11  nsubj
    7   ,             _           PUNCT  ,     6   punct
    8   Steffen       _           PROPN  NNP   9   compound  B-PERSON
    9   Seibert       _           PROPN  NNP   6   appos     I-PERSON
    10  ,             _           PUNCT  ,     6   punct
    11  said          say         VERB   VBD   0   ROOT
    12  it            _           PRON   PRP   13  nsubj
    13  is            be          AUX    VBZ   11  ccomp
    14  possible      _           ADJ    JJ    13  acomp
    15  "             _           PUNCT  ``    13  punct
    16  that          _           SCONJ  IN    19  mark
    17  this          _           DET    DT    18  det
    18  airline       _           NOUN   NN    19  nsubj
    19  carries       carry       VERB   VBZ   13  ccomp
    20  out           _           ADP    RP    19  prt
    21  transports    transport   NOUN   NNS   19  dobj
    22  to            _           ADP    IN    21  prep
    23  Germany       _           PROPN  NNP   22  pobj      B-GPE
    24  that          _           PRON   WDT   25  nsubj
    25  affect        _           VERB   VBP   21  relcl
    26  our           _           PRON   PRP$  28  poss
    27  security      _           NOUN   NN    28  compound
    28  concerns      concern     NOUN   NNS   25  dobj
    29  ,             _           PUNCT  ,     19  punct
    30  "             _           PUNCT  ''    19  punct
    31  and           _           CCONJ  CC    19  cc
    32  the           _           DET    DT    33  det
    33  ban           _           NOUN   NN    34  nsubj
    34  followed      follow      VERB   VBD   19  conj
    35  discussions   discussion  NOUN   NNS   34  dobj
    36  within        _           ADP    IN    35  prep
    37  Europe        _           PROPN  NNP   36  pobj      B-LOC
    38  and           _           CCONJ  CC    36  cc
    39  with          _           ADP    IN    36  conj
    40  the           _           DET    DT    41  det
    41  US            _           PROPN  NNP   39  pobj      B-GPE
    42  .             _           PUNCT  .     11  punct

    # text = According to the Kremlin, the talks with Beijing were constructive.
    1   According     accord  VERB   VBG  10  prep
    2   to            _       ADP    IN   1   prep
    3   the           _       DET    DT   4   det
    4   Kremlin       _       PROPN  NNP  2   pobj   B-ORG
    5   ,             _       PUNCT  ,    10  punct
    6   the           _       DET    DT   7   det
    7   talks         talk    NOUN   NNS  10  nsubj
    8   with          _       ADP    IN   7   prep
    9   Beijing       _       PROPN  NNP  8   pobj   B-GPE
    10  were          be      AUX    VBD  0   ROOT
    11  constructive  _       ADJ    JJ   10  acomp
    12  .             _       PUNCT  .    10  punct

    # text = The official said the border would stay closed until March.
    1   The       _    DET    DT   2  det
    2   official  _    NOUN   NN   3  nsubj
    3   said      say  VERB   VBD  0  ROOT
    4   the       _    DET    DT   5  det
    5   border    _    NOUN   NN   7  nsubj
    6   would     _    AUX    MD   7  aux
    7   stay      _    VERB   VB   3  ccomp
    8   closed    _    ADJ    JJ   7  acomp
    9   until     _    ADP    IN   8  prep
    10  March     _    PROPN  NNP  9  pobj   B-DATE
    11  .         _    PUNCT  .    3  punct

    # text = Time named Greta Thunberg its "Person of the Year" on Wednesday.
    1   Time       _     NOUN   NN    0   ROOT      B-ORG
    2   named      name  VERB   VBN   1   acl
    3   Greta      _     PROPN  NNP   4   compound  B-PERSON
    4   Thunberg   _     PROPN  NNP   2   oprd      I-PERSON
    5   its        _     PRON   PRP$  7   poss
    6   "          _     PUNCT  ``    7   punct
    7   Person     _     PROPN  NNP   2   oprd      B-WORK_OF_ART
    8   of         _     ADP    IN    7   prep      I-WORK_OF_ART
    9   the        _     DET    DT    10  det       I-WORK_OF_ART
    10  Year       _     PROPN  NNP   8   pobj      I-WORK_OF_ART
    11  "          _     PUNCT  ''    7   punct
    12  on         _     ADP    IN    2   prep
    13  Wednesday  _     PROPN  NNP   12  pobj      B-DATE
    14  .          _     PUNCT  .     1   punct

    # text = Russia's Foreign Ministry condemned the strike. The ministry said the attack violated international law.
    1  Russia         _        PROPN  NNP  4  poss      B-GPE
    2  's             _        PART   POS  1  case
    3  Foreign        _        PROPN  NNP  4  compound  B-ORG
    4  Ministry       _        PROPN  NNP  5  nsubj     I-ORG
    5  condemned      condemn  VERB   VBD  0  ROOT
    6  the            _        DET    DT   7  det
    7  strike         _        NOUN   NN   5  dobj
    8  .              _        PUNCT  .    5  punct
    1  The            _        DET    DT   2  det
    2  ministry       _        NOUN   NN   3  nsubj
    3  said           say      VERB   VBD  0  ROOT
    4  the            _        DET    DT   5  det
    5  attack         _        NOUN   NN   6  nsubj
    6  violated       violate  VERB   VBD  3  ccomp
    7  international  _        ADJ    JJ   8  amod
    8  law            _        NOUN   NN   6  dobj
    9  .              _        PUNCT  .    3  punct

    # text = A spokesman for the Kremlin said the talks were useful.
    1   A          _     DET    DT   2  det
    2   spokesman  _     NOUN   NN   6  nsubj
    3   for        _     ADP    IN   2  prep
    4   the        _     DET    DT   5  det
    5   Kremlin    _     PROPN  NNP  3  pobj   B-ORG
    6   said       say   VERB   VBD  0  ROOT
    7   the        _     DET    DT   8  det
    8   talks      talk  NOUN   NNS  9  nsubj
    9   were       be    AUX    VBD  6  ccomp
    10  useful     _     ADJ    JJ   9  acomp
    11  .          _     PUNCT  .    6  punct

    # text = Chinese President Xi Jinping praised the talks. He also noted that trade had grown.
    1  Chinese    _       ADJ    JJ   2  amod      B-NORP
    2  President  _       PROPN  NNP  4  compound
    3  Xi         _       PROPN  NNP  4  compound  B-PERSON
    4  Jinping    _       PROPN  NNP  5  nsubj     I-PERSON
    5  praised    praise  VERB   VBD  0  ROOT
    6  the        _       DET    DT   7  det
    7  talks      talk    NOUN   NNS  5  dobj
    8  .          _       PUNCT  .    5  punct
    1  He         _       PRON   PRP  3  nsubj
    2  also       _       ADV    RB   3  advmod
    3  noted      note    VERB   VBD  0  ROOT
    4  that       _       SCONJ  IN   7  mark
    5  trade      _       NOUN   NN   7  nsubj
    6  had        have    AUX    VBD  7  aux
    7  grown      grow    VERB   VBN  3  ccomp
    8  .          _       PUNCT  .    3  punct

    # text = "The bridge will open in May," the mayor said. "We have waited long enough for it."\n\n"It will carry ten thousand cars a day."
    1   "         _     PUNCT  ``   12  punct
    2   The       _     DET    DT   3   det
    3   bridge    _     NOUN   NN   5   nsubj
    4   will      _     AUX    MD   5   aux
    5   open      _     VERB   VB   12  ccomp
    6   in        _     ADP    IN   5   prep
    7   May       _     PROPN  NNP  6   pobj      B-DATE
    8   ,         _     PUNCT  ,    12  punct
    9   "         _     PUNCT  ''   12  punct
    10  the       _     DET    DT   11  det
    11  mayor     _     NOUN   NN   12  nsubj
    12  said      say   VERB   VBD  0   ROOT
    13  .         _     PUNCT  .    12  punct
    1   "         _     PUNCT  ``   4   punct
    2   We        _     PRON   PRP  4   nsubj
    3   have      _     AUX    VBP  4   aux
    4   waited    wait  VERB   VBN  0   ROOT
    5   long      _     ADV    RB   6   advmod
    6   enough    _     ADV    RB   4   advmod
    7   for       _     ADP    IN   4   prep
    8   it        _     PRON   PRP  7   pobj
    9   .         _     PUNCT  .    4   punct
    1   "         _     PUNCT  ``   0   ROOT
    2   \n\n      _     SPACE  _SP  1   dep
    1   "         _     PUNCT  ``   4   punct
    2   It        _     PRON   PRP  4   nsubj
    3   will      _     AUX    MD   4   aux
    4   carry     _     VERB   VB   0   ROOT
    5   ten       _     NUM    CD   6   compound  B-CARDINAL
    6   thousand  _     NUM    CD   7   nummod    I-CARDINAL
    7   cars      car   NOUN   NNS  4   dobj
    8   a         _     DET    DT   9   det
    9   day       _     NOUN   NN   7   npadvmod
    10  .         _     PUNCT  .    4   punct
    11  "         _     PUNCT  ''   4   punct

    # text = On Thursday, Pope Francis announced new church law to mandate reporting sexual abuses to the church authorities.
    1   On           _          ADP    IN   6   prep
    2   Thursday     _          PROPN  NNP  1   pobj      B-DATE
    3   ,            _          PUNCT  ,    6   punct
    4   Pope         _          PROPN  NNP  5   compound  B-PERSON
    5   Francis      _          PROPN  NNP  6   nsubj     I-PERSON
    6   announced    announce   VERB   VBD  0   ROOT
    7   new          _          ADJ    JJ   9   amod
    8   church       _          NOUN   NN   9   compound
    9   law          _          NOUN   NN   6   dobj
    10  to           _          PART   TO   11  aux
    11  mandate      _          VERB   VB   6   xcomp
    12  reporting    report     VERB   VBG  11  xcomp
    13  sexual       _          ADJ    JJ   14  amod
    14  abuses       abuse      NOUN   NNS  12  dobj
    15  to           _          ADP    IN   12  prep
    16  the          _          DET    DT   18  det
    17  church       _          NOUN   NN   18  compound
    18  authorities  authority  NOUN   NNS  15  pobj
    19  .            _          PUNCT  .    6   punct

    # text = The current president of Namibia, Hage Geingob, expressed his sadness at Iyambo's death.
    1   The        _        DET    DT    3   det
    2   current    _        ADJ    JJ    3   amod
    3   president  _        NOUN   NN    10  nsubj
    4   of         _        ADP    IN    3   prep
    5   Namibia    _        PROPN  NNP   4   pobj      B-GPE
    6   ,          _        PUNCT  ,     5   punct
    7   Hage       _        PROPN  NNP   8   compound  B-ORG
    8   Geingob    _        PROPN  NNP   5   appos     I-ORG
    9   ,          _        PUNCT  ,     3   punct
    10  expressed  express  VERB   VBD   0   ROOT
    11  his        _        PRON   PRP$  12  poss
    12  sadness    _        NOUN   NN    10  dobj
    13  at         _        ADP    IN    10  prep
    14  Iyambo     _        PROPN  NNP   16  poss      B-ORG
    15  's         _        PART   POS   14  case      I-ORG
    16  death      _        NOUN   NN    13  pobj
    17  .          _        PUNCT  .     10  punct

    # text = The agency released its audit on Monday. It says the city has run out of money.
    1   The       _        DET    DT    2  det
    2   agency    _        NOUN   NN    3  nsubj
    3   released  release  VERB   VBD   0  ROOT
    4   its       _        PRON   PRP$  5  poss
    5   audit     _        NOUN   NN    3  dobj
    6   on        _        ADP    IN    3  prep
    7   Monday    _        PROPN  NNP   6  pobj   B-DATE
    8   .         _        PUNCT  .     3  punct
    1   It        _        PRON   PRP   2  nsubj
    2   says      say      VERB   VBZ   0  ROOT
    3   the       _        DET    DT    4  det
    4   city      _        NOUN   NN    6  nsubj
    5   has       have     AUX    VBZ   6  aux
    6   run       _        VERB   VBN   2  ccomp
    7   out       _        ADP    IN    6  prep
    8   of        _        ADP    IN    7  prep
    9   money     _        NOUN   NN    8  pobj
    10  .         _        PUNCT  .     2  punct

    # text = In the wake of van Biljon's death, Connie Moganedi said, the lions were killed.
    1   In        _     ADP    IN   17  prep
    2   the       _     DET    DT   3   det
    3   wake      _     NOUN   NN   1   pobj
    4   of        _     ADP    IN   3   prep
    5   van       _     PROPN  NNP  6   compound   B-PERSON
    6   Biljon    _     PROPN  NNP  8   poss       I-PERSON
    7   's        _     PART   POS  6   case       I-PERSON
    8   death     _     NOUN   NN   4   pobj
    9   ,         _     PUNCT  ,    12  punct
    10  Connie    _     PROPN  NNP  11  compound   B-ORG
    11  Moganedi  _     PROPN  NNP  12  nsubj      I-ORG
    12  said      say   VERB   VBD  17  parataxis
    13  ,         _     PUNCT  ,    12  punct
    14  the       _     DET    DT   15  det
    15  lions     lion  NOUN   NNS  17  nsubjpass
    16  were      be    AUX    VBD  17  auxpass
    17  killed    kill  VERB   VBN  0   ROOT
    18  .         _     PUNCT  .    17  punct

    # text = The mayor ended the meeting by saying the city could not pay.
    1   The      _    DET    DT   2   det
    2   mayor    _    NOUN   NN   3   nsubj
    3   ended    end  VERB   VBD  0   ROOT
    4   the      _    DET    DT   5   det
    5   meeting  _    NOUN   NN   3   dobj
    6   by       _    ADP    IN   3   prep
    7   saying   say  VERB   VBG  6   pcomp
    8   the      _    DET    DT   9   det
    9   city     _    NOUN   NN   12  nsubj
    10  could    _    AUX    MD   12  aux
    11  not      _    PART   RB   12  neg
    12  pay      _    VERB   VB   7   ccomp
    13  .        _    PUNCT  .    3   punct

    # text = Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying "FEMA has an important role in coordinating the larger response to the crisis" and "[i]f there's an emergency, FEMA needs to be involved."
    1   Politico       _           PROPN  NNP  2   nsubj     B-ORG
    2   quoted         quote       VERB   VBD  0   ROOT
    3   Tim            _           PROPN  NNP  4   compound  B-PERSON
    4   Manning        _           PROPN  NNP  2   dobj      I-PERSON
    5   ,              _           PUNCT  ,    4   punct
    6   formerly       _           ADV    RB   9   advmod
    7   a              _           DET    DT   9   det
    8   deputy         _           NOUN   NN   9   compound
    9   administrator  _           NOUN   NN   4   appos
    10  at             _           ADP    IN   9   prep
    11  FEMA           _           PROPN  NNP  10  pobj      B-ORG
    12  ,              _           PUNCT  ,    2   punct
    13  as             _           ADP    IN   2   prep
    14  saying         say         VERB   VBG  13  pcomp
    15  "              _           PUNCT  ``   17  punct
    16  FEMA           _           PROPN  NNP  17  nsubj     B-ORG
    17  has            have        VERB   VBZ  14  ccomp
    18  an             _           DET    DT   20  det
    19  important      _           ADJ    JJ   20  amod
    20  role           _           NOUN   NN   17  dobj
    21  in             _           ADP    IN   20  prep
    22  coordinating   coordinate  VERB   VBG  21  pcomp
    23  the            _           DET    DT   25  det
    24  larger         large       ADJ    JJR  25  amod
    25  response       _           NOUN   NN   22  dobj
    26  to             _           ADP    IN   25  prep
    27  the            _           DET    DT   28  det
    28  crisis         _           NOUN   NN   26  pobj
    29  "              _           PUNCT  ''   17  punct
    30  and            _           CCONJ  CC   17  cc
    31  "              _           PUNCT  ``   35  punct
    32  [              _           X      XX   35  dep
    33  i]f            _           X      XX   35  dep
    34  there          _           PRON   EX   35  expl
    35  's             be          VERB   VBZ  17  conj
    36  an             _           DET    DT   37  det
    37  emergency      _           NOUN   NN   35  attr
    38  ,              _           PUNCT  ,    40  punct
    39  FEMA           _           PROPN  NNP  40  nsubj     B-ORG
    40  needs          need        VERB   VBZ  2   conj
    41  to             _           PART   TO   43  aux
    42  be             _           AUX    VB   43  auxpass
    43  involved       involve     VERB   VBN  40  xcomp
    44  .              _           PUNCT  .    2   punct
    45  "              _           PUNCT  ''   2   punct

    # text = The hearings and motions leading up to the announcement included video footage of the collision between Fields' car and the crowd, testimony from eyewitnesses, an apology from Fields, and requests for leniency from Fields' lawyers, who argued his history of mental illness.
    1   The           _           DET    DT    2   det
    2   hearings      hearing     NOUN   NNS   10  nsubj
    3   and           _           CCONJ  CC    2   cc
    4   motions       motion      NOUN   NNS   2   conj
    5   leading       lead        VERB   VBG   2   acl
    6   up            _           ADP    IN    5   prep
    7   to            _           ADP    IN    5   prep
    8   the           _           DET    DT    9   det
    9   announcement  _           NOUN   NN    7   pobj
    10  included      include     VERB   VBD   0   ROOT
    11  video         _           NOUN   NN    12  compound
    12  footage       _           NOUN   NN    10  dobj
    13  of            _           ADP    IN    12  prep
    14  the           _           DET    DT    15  det
    15  collision     _           NOUN   NN    13  pobj
    16  between       _           ADP    IN    15  prep
    17  Fields        _           PROPN  NNP   19  poss      B-PERSON
    18  '             _           PART   POS   17  case
    19  car           _           NOUN   NN    16  pobj
    20  and           _           CCONJ  CC    19  cc
    21  the           _           DET    DT    22  det
    22  crowd         _           NOUN   NN    19  conj
    23  ,             _           PUNCT  ,     22  punct
    24  testimony     _           NOUN   NN    22  conj
    25  from          _           ADP    IN    24  prep
    26  eyewitnesses  eyewitness  NOUN   NNS   25  pobj
    27  ,             _           PUNCT  ,     22  punct
    28  an            _           DET    DT    29  det
    29  apology       _           NOUN   NN    22  appos
    30  from          _           ADP    IN    29  prep
    31  Fields        _           PROPN  NNP   30  pobj      B-GPE
    32  ,             _           PUNCT  ,     22  punct
    33  and           _           CCONJ  CC    22  cc
    34  requests      request     NOUN   NNS   22  conj
    35  for           _           ADP    IN    34  prep
    36  leniency      _           NOUN   NN    35  pobj
    37  from          _           ADP    IN    36  prep
    38  Fields        _           PROPN  NNP   40  poss      B-ORG
    39  '             _           PART   POS   38  case
    40  lawyers       lawyer      NOUN   NNS   37  pobj
    41  ,             _           PUNCT  ,     40  punct
    42  who           _           PRON   WP    43  nsubj
    43  argued        argue       VERB   VBD   40  relcl
    44  his           _           PRON   PRP$  45  poss
    45  history       _           NOUN   NN    43  dobj
    46  of            _           ADP    IN    45  prep
    47  mental        _           ADJ    JJ    48  amod
    48  illness       _           NOUN   NN    46  pobj
    49  .             _           PUNCT  .     10  punct

    # text = They released a statement which said, "Hagia Sophia bears profound historical and spiritual significance to Muslims and Christians alike, and its status as a museum must be maintained".
    1   They          _         PRON   PRP   2   nsubj
    2   released      release   VERB   VBD   0   ROOT
    3   a             _         DET    DT    4   det
    4   statement     _         NOUN   NN    2   dobj
    5   which         _         PRON   WDT   6   nsubj
    6   said          say       VERB   VBD   4   relcl
    7   ,             _         PUNCT  ,     6   punct
    8   "             _         PUNCT  ``    6   punct
    9   Hagia         _         PROPN  NNP   10  compound   B-PERSON
    10  Sophia        _         PROPN  NNP   11  nsubj      I-PERSON
    11  bears         bear      VERB   VBZ   6   ccomp
    12  profound      _         ADJ    JJ    16  amod
    13  historical    _         ADJ    JJ    16  amod
    14  and           _         CCONJ  CC    13  cc
    15  spiritual     _         ADJ    JJ    13  conj
    16  significance  _         NOUN   NN    11  dobj
    17  to            _         ADP    IN    16  prep
    18  Muslims       _         PROPN  NNPS  17  pobj       B-NORP
    19  and           _         CCONJ  CC    18  cc
    20  Christians    _         PROPN  NNPS  18  conj       B-NORP
    21  alike         _         ADV    RB    18  advmod
    22  ,             _         PUNCT  ,     11  punct
    23  and           _         CCONJ  CC    11  cc
    24  its           _         PRON   PRP$  25  poss
    25  status        _         NOUN   NN    31  nsubjpass
    26  as            _         ADP    IN    25  prep
    27  a             _         DET    DT    28  det
    28  museum        _         NOUN   NN    26  pobj
    29  must          _         AUX    MD    31  aux
    30  be            _         AUX    VB    31  auxpass
    31  maintained    maintain  VERB   VBN   11  conj
    32  "             _         PUNCT  ''    31  punct
    33  .             _         PUNCT  .     2   punct

    # text = "More number of women getting into technical fields has been a big change." — Aparna Garg, Mysore Divisional Railway Manager
    1   "           _      PUNCT  ``   11  punct
    2   More        More   ADJ    JJR  3   amod
    3   number      _      NOUN   NN   11  nsubj
    4   of          _      ADP    IN   3   prep
    5   women       woman  NOUN   NNS  4   pobj
    6   getting     get    VERB   VBG  5   acl
    7   into        _      ADP    IN   6   prep
    8   technical   _      ADJ    JJ   9   amod
    9   fields      field  NOUN   NNS  7   pobj
    10  has         have   AUX    VBZ  11  aux
    11  been        be     AUX    VBN  0   ROOT
    12  a           _      DET    DT   14  det
    13  big         _      ADJ    JJ   14  amod
    14  change      _      NOUN   NN   11  attr
    15  .           _      PUNCT  .    11  punct
    16  "           _      PUNCT  ''   11  punct
    1   —           _      PUNCT  :    3   punct
    2   Aparna      _      PROPN  NNP  3   compound  B-WORK_OF_ART
    3   Garg        _      PROPN  NNP  0   ROOT      I-WORK_OF_ART
    4   ,           _      PUNCT  ,    3   punct     I-WORK_OF_ART
    5   Mysore      _      PROPN  NNP  6   compound  I-WORK_OF_ART
    6   Divisional  _      PROPN  NNP  8   compound  I-WORK_OF_ART
    7   Railway     _      PROPN  NNP  8   compound  I-WORK_OF_ART
    8   Manager     _      PROPN  NNP  3   appos

    # text = "The conflict between Armenia and Azerbaijan is their conflict. Not ours", said Jorgensen.
    1   "           _    PUNCT  ``    8   punct
    2   The         _    DET    DT    3   det
    3   conflict    _    NOUN   NN    8   nsubj
    4   between     _    ADP    IN    3   prep
    5   Armenia     _    PROPN  NNP   4   pobj   B-GPE
    6   and         _    CCONJ  CC    5   cc
    7   Azerbaijan  _    PROPN  NNP   5   conj   B-GPE
    8   is          be   AUX    VBZ   0   ROOT
    9   their       _    PRON   PRP$  10  poss
    10  conflict    _    NOUN   NN    8   attr
    11  .           _    PUNCT  .     8   punct
    1   Not         _    PART   RB    2   neg
    2   ours        _    ADJ    JJ    5   nsubj
    3   "           _    PUNCT  ''    5   punct
    4   ,           _    PUNCT  ,     5   punct
    5   said        say  VERB   VBD   0   ROOT
    6   Jorgensen   _    PROPN  NNP   5   nsubj  B-PERSON
    7   .           _    PUNCT  .     5   punct

    # text = The Greek foreign minister called the proposal "an insult to millions of Christians" on Sunday. "Hagia Sophia belongs to the whole of humanity and must stay a museum."
    1   The         _        DET    DT    4   det
    2   Greek       _        ADJ    JJ    4   amod      B-NORP
    3   foreign     _        ADJ    JJ    4   amod
    4   minister    _        NOUN   NN    5   nsubj
    5   called      call     VERB   VBD   0   ROOT
    6   the         _        DET    DT    7   det
    7   proposal    _        NOUN   NN    5   dobj
    8   "           _        PUNCT  ``    7   punct
    9   an          _        DET    DT    10  det
    10  insult      _        NOUN   NN    7   appos
    11  to          _        ADP    IN    10  prep
    12  millions    million  NOUN   NNS   11  pobj      B-CARDINAL
    13  of          _        ADP    IN    12  prep
    14  Christians  _        PROPN  NNPS  13  pobj      B-NORP
    15  "           _        PUNCT  ''    5   punct
    16  on          _        ADP    IN    5   prep
    17  Sunday      _        PROPN  NNP   16  pobj      B-DATE
    18  .           _        PUNCT  .     5   punct
    1   "           _        PUNCT  ``    4   punct
    2   Hagia       _        PROPN  NNP   3   compound  B-PERSON
    3   Sophia      _        PROPN  NNP   4   nsubj     I-PERSON
    4   belongs     belong   VERB   VBZ   0   ROOT
    5   to          _        ADP    IN    4   prep
    6   the         _        DET    DT    7   det
    7   whole       _        NOUN   NN    5   pobj
    8   of          _        ADP    IN    7   prep
    9   humanity    _        NOUN   NN    8   pobj
    10  and         _        CCONJ  CC    4   cc
    11  must        _        AUX    MD    12  aux
    12  stay        _        VERB   VB    4   conj
    13  a           _        DET    DT    14  det
    14  museum      _        NOUN   NN    12  dobj
    15  .           _        PUNCT  .     4   punct
    16  "           _        PUNCT  ''    4   punct

    # text = The mayor said the new bridge will open in May.
    1   The     _    DET    DT   2  det
    2   mayor   _    NOUN   NN   3  nsubj
    3   said    say  VERB   VBD  0  ROOT
    4   the     _    DET    DT   6  det
    5   new     _    ADJ    JJ   6  amod
    6   bridge  _    NOUN   NN   8  nsubj
    7   will    _    AUX    MD   8  aux
    8   open    _    VERB   VB   3  ccomp
    9   in      _    ADP    IN   8  prep
    10  May     _    PROPN  NNP  9  pobj   B-DATE
    11  .       _    PUNCT  .    3  punct
    """,
    SHARED,
)
