"""The hand-built parses the fast tier tests the rules on (`tests.parses`): the notation reads
back what it writes, a typo fails where it is made, and dyad's stages code a parse written as
a table exactly as they code the model's."""

from __future__ import annotations

from dataclasses import replace
from itertools import islice

import pytest

from dyad.records import Actor
from tests.conftest import SEED, WIKINEWS
from tests.parses import code_parse, mention, parse, table

RUSSIA = Actor("Russia", "RUS", "RUS", None, "country:RUS")
TEXT = 'Russia imposed sanctions on Iran.\n"They will fail," he said.'
TABLE = """
    1  Russia     _         PROPN  NNP  2  nsubj  B-GPE
    2  imposed    impose    VERB   VBD  0  ROOT
    3  sanctions  sanction  NOUN   NNS  2  dobj
    4  on         _         ADP    IN   3  prep
    5  Iran       _         PROPN  NNP  4  pobj   B-GPE
    6  .          _         PUNCT  .    2  punct
    7  \\n        _         SPACE  _SP  6  dep
    # the next sentence
    1  "          _         PUNCT  ``   8  punct
    2  They       _         PRON   PRP  4  nsubj
    3  will       _         AUX    MD   4  aux
    4  fail       _         VERB   VB   8  ccomp
    5  ,          _         PUNCT  ,    8  punct
    6  "          _         PUNCT  ''   8  punct
    7  he         _         PRON   PRP  8  nsubj
    8  said       say       VERB   VBD  0  ROOT
    9  .          _         PUNCT  .    8  punct
"""


def test_a_table_gives_each_token_its_annotation():
    doc = parse(TEXT, TABLE)
    imposed, iran, they = doc[1], doc[4], doc[8]
    assert (imposed.lemma_, imposed.pos_, imposed.tag_, imposed.dep_) == (
        "impose",
        "VERB",
        "VBD",
        "ROOT",
    )
    assert (iran.head.text, iran.dep_, iran.lemma_, iran.ent_type_) == ("on", "pobj", "Iran", "GPE")
    assert (they.lemma_, they.head.text) == ("they", "fail")
    assert [e.text for e in doc.ents] == ["Russia", "Iran"]
    assert doc.text == TEXT


def test_a_row_numbered_1_starts_a_sentence():
    doc = parse(TEXT, TABLE)
    assert [s.text for s in doc.sents] == ["Russia imposed sanctions on Iran.\n", TEXT[34:]]


def test_the_table_of_a_parse_reads_back_as_that_parse():
    doc = parse(TEXT, TABLE)
    again = parse(TEXT, table(doc))
    assert [(t.text, t.lemma_, t.tag_, t.head.i, t.dep_, t.ent_iob_) for t in again] == [
        (t.text, t.lemma_, t.tag_, t.head.i, t.dep_, t.ent_iob_) for t in doc
    ]


@pytest.mark.parametrize(
    ("text", "rows", "error"),
    [
        ("Russia wins.", "1 Russia _ PROPN NNP 2 nsubj\n2 won win VERB VBD 0 ROOT", "'won' is not"),
        ("Russia won.", "1 Russia _ PROPN NNP 2 nsubj\n2 won win VERB VBD 0 ROOT", "ends before"),
        ("Russia won", "1 Russia _ PROPN NNP 3 nsubj\n2 won win VERB VBD 0 ROOT", "HEAD 3"),
        ("Russia won", "1 Russia _ PROPN NNP 2 nsubj\n3 won win VERB VBD 0 ROOT", "ID 3"),
        ("Russia won", "1 Russia _ PROPN NNP 2 nsubj\n2 won win VERB VBD 0 root", "ROOT"),
        ("Russia won", "1 Russia PROPN NNP 2 nsubj\n2 won win VERB VBD 0 ROOT", "6 columns"),
    ],
)
def test_a_typo_in_a_table_fails_where_it_is_made(text, rows, error):
    with pytest.raises(ValueError, match=error):
        parse(text, rows)


def test_a_hand_made_mention_knows_its_tokens_sentence_and_role():
    doc = parse(TEXT, TABLE)
    russia = mention(doc, "Russia", RUSSIA, kind="place")
    assert (russia.start, russia.end, russia.start_char, russia.end_char) == (0, 1, 0, 6)
    assert (russia.sentence, russia.subject, russia.record.text) == (0, True, "Russia")
    he = mention(doc, "he", RUSSIA, kind="pronoun", antecedent=0)
    assert (he.sentence, he.start, he.antecedent) == (1, 13, 0)


def test_the_stages_code_a_hand_built_parse():
    coded = code_parse(TEXT, TABLE)
    (sanction,) = coded.events
    assert (sanction.event, [p.actor.code for p in sanction.actor]) == ("SANCTION", ["RUS"])
    assert [p.actor.code for p in sanction.recipient] == ["IRN"]
    (quote,) = coded.quotes
    assert quote.text == "They will fail,"


@pytest.mark.model
def test_a_parse_written_as_a_table_codes_as_the_models(nlp):
    # the table holds everything dyad's rules read from a parse: written out and read back,
    # the seed's and the first Wikinews articles' parses give the records the model's give
    from dyad.ingest import read_articles
    from dyad.pipeline import code_inspected

    for article in islice(read_articles([str(SEED), str(WIKINEWS)]), 5):
        coded, doc = code_inspected(nlp, article)
        date = coded.article.date.isoformat() if coded.article.date else None
        # the learned event stage too, as the model's pipeline runs it
        again = code_parse(coded.article.text, table(doc), date, events="shipped")
        for field in ("mentions", "quotes", "amounts", "dates", "locations"):
            assert getattr(again, field) == getattr(coded, field), (article.origin, field)
        assert [replace(e, id="") for e in again.events] == [
            replace(e, id="") for e in coded.events
        ]
