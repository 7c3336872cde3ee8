from __future__ import annotations

from dyad.quotes.marks import find_quote_marks


def spans(text):
    return [text[q.start : q.end] for q in find_quote_marks(text)]


def test_marks_pair_up_within_a_paragraph():
    text = '"What is so sad for me", Cengiz said, "is not seeing the punishment."'
    assert spans(text) == ["What is so sad for me", "is not seeing the punishment."]


def test_an_open_quote_continues_into_a_paragraph_that_opens_with_a_mark():
    text = '"We will call it a mosque.\n"It belongs to humanity," he said.\nNext paragraph.'
    assert spans(text) == ['We will call it a mosque.\n"It belongs to humanity,']


def test_an_open_quote_without_continuation_ends_with_its_paragraph():
    text = 'He said "it is over\nAnother paragraph.'
    assert spans(text) == ["it is over"]
