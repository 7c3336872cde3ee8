"""The span tagger: how word probabilities become proposed attributions, and where
`extract_quotes` lets a proposal in."""

from __future__ import annotations

import numpy as np
import pytest

from dyad.quotes import tagger
from dyad.quotes.tagger import CONTENT, CONTENT_START, CUE, SOURCE, SpanTagger


def _words(n: int, **parts: list[int]) -> np.ndarray:
    """A (n, 4) array with probability 0.9 on the listed word positions of each part."""
    out = np.zeros((n, 4), dtype=np.float32)
    for name, positions in parts.items():
        column = {"cue": CUE, "source": SOURCE, "content": CONTENT, "start": CONTENT_START}[name]
        out[positions, column] = 0.9
    return out


def test_runs_are_maximal_stretches_of_marked_words():
    flags = np.array([False, True, True, False, True])
    assert tagger._runs(flags) == [(1, 3), (4, 5)]
    assert tagger._runs(np.array([], dtype=bool)) == []


def test_a_content_start_inside_a_run_splits_it_in_two():
    words = _words(6, content=[1, 2, 3, 4], start=[1, 3])
    assert tagger._contents(words) == [(1, 3), (3, 5)]


def test_the_nearest_run_counts_the_words_between_and_prefers_the_earlier_on_a_tie():
    assert tagger._nearest([(0, 1), (7, 8)], (3, 5)) == (0, 1)  # 2 words between each side
    assert tagger._nearest([(0, 1), (6, 7)], (3, 5)) == (6, 7)
    assert tagger._nearest([], (3, 5)) is None


class _Fixed(SpanTagger):
    """A tagger answering the given word probabilities for every sentence."""

    def __init__(self, words: np.ndarray) -> None:
        self.words = words

    def word_probabilities(self, sentence):  # type: ignore[no-untyped-def]
        return self.words[: len(sentence)]


@pytest.mark.model
def test_a_proposal_is_trimmed_of_punctuation_and_attributed_to_the_nearest_cue(nlp):
    doc = nlp("Officials voiced concern about the new tariffs.")
    # Officials(0) voiced(1) concern(2) about(3) the(4) new(5) tariffs(6) .(7)
    fixed = _Fixed(_words(8, source=[0], cue=[1, 2], content=[4, 5, 6, 7], start=[4]))
    (proposal,) = fixed.proposals(next(doc.sents))
    assert proposal.content.text == "the new tariffs"
    assert proposal.cue.text == "voiced concern"
    assert proposal.source is not None and proposal.source.text == "Officials"


class _ByWord(SpanTagger):
    """A tagger whose word pieces are the sentence's whitespace words split in two halves,
    each word's probabilities given by ``table`` (word -> [first half's, second half's])."""

    def __init__(self, table: dict[str, list[list[float]]]) -> None:
        self.table = table

    def piece_probabilities(self, sentence):  # type: ignore[no-untyped-def]
        rows, offsets = [], []
        at = 0
        for word in sentence.split(" "):
            half = max(1, len(word) // 2)
            first, second = self.table.get(word, [[0.0] * 4, [0.0] * 4])
            rows += [first, second]
            offsets += [(at, at + half), (at + half, at + len(word))]
            at += len(word) + 1
        return np.array(rows, dtype=np.float32), offsets


@pytest.mark.model
def test_word_probabilities_are_read_at_the_words_own_place_in_a_later_sentence(nlp):
    doc = nlp("It rained all day. The mayor said the budget was short.")
    second = list(doc.sents)[1]
    table = {"said": [[0.9, 0, 0, 0.9], [0.7, 0, 0, 0.1]]}
    words = _ByWord(table).word_probabilities(second)
    said = next(t.i for t in second if t.text == "said") - second.start
    assert words[said, CUE] == pytest.approx(0.8)  # the mean of its pieces
    assert words[said, CONTENT_START] == pytest.approx(0.9)  # its first piece's
    assert words[:, CUE].sum() == pytest.approx(0.8)  # no other word marked


@pytest.mark.model
def test_quotation_marks_and_the_full_stop_are_trimmed_off_a_proposal(nlp):
    doc = nlp('Officials called it "a disaster".')
    # Officials(0) called(1) it(2) "(3) a(4) disaster(5) "(6) .(7)
    (proposal,) = _Fixed(_words(8, cue=[1], content=[3, 4, 5, 6, 7])).proposals(next(doc.sents))
    assert proposal.content.text == "a disaster"


@pytest.mark.model
def test_a_source_inside_the_content_is_not_the_speaker(nlp):
    doc = nlp("Officials voiced concern about the minister.")
    # Officials(0) voiced(1) concern(2) about(3) the(4) minister(5) .(6)
    fixed = _Fixed(_words(7, source=[5], cue=[1, 2], content=[4, 5]))
    (proposal,) = fixed.proposals(next(doc.sents))
    assert proposal.source is None


@pytest.mark.model
def test_a_proposal_needs_a_cue_and_a_sure_enough_content(nlp):
    doc = nlp("Officials voiced concern about the new tariffs.")
    sentence = next(doc.sents)
    assert list(_Fixed(_words(8, content=[4, 5, 6])).proposals(sentence)) == []
    unsure = _words(8, cue=[1], content=[4, 5, 6])
    unsure[5:7, CONTENT] = 0.5  # one sure word, two at even odds: a mean below the threshold
    assert unsure[4:7, CONTENT].mean() < tagger.PROPOSAL_THRESHOLD < unsure[4:7, CONTENT].max()
    assert list(_Fixed(unsure).proposals(sentence)) == []


@pytest.mark.model
def test_proposals_fill_only_the_room_the_other_quotes_leave(nlp):
    from dyad.quotes.extract import extract_quotes
    from dyad.quotes.lexicon import load_cues

    doc = nlp("The mayor said the budget was short. The plan drew fire from officials.")
    plain = extract_quotes(doc, doc._.mentions, load_cues())
    assert [q.text for q in plain] == ["the budget was short"]  # the rules miss the second
    _, second = doc.sents
    words = np.zeros((len(doc), 4), dtype=np.float32)
    # the tagger agrees with the rules on the first sentence: that proposal is dropped
    words[[1, 2], SOURCE] = words[3, CUE] = words[[4, 5, 6, 7], CONTENT] = 0.9
    # The(0) plan(1) drew(2) fire(3) from(4) officials(5) .(6)
    at = second.start
    words[at + 5, SOURCE] = words[[at + 2, at + 3], CUE] = words[[at, at + 1], CONTENT] = 0.9

    class PerSentence(_Fixed):
        def word_probabilities(self, sentence):  # type: ignore[no-untyped-def]
            return words[sentence.start : sentence.end]

    quotes = extract_quotes(doc, doc._.mentions, load_cues(), tagger=PerSentence(words))
    assert [(q.text, q.cue.text if q.cue else None, q.kind) for q in quotes] == [
        ("the budget was short", "said", "indirect"),
        ("The plan", "drew fire", "stance"),
    ]
    assert quotes[1].speaker is not None and quotes[1].speaker.text == "officials"
    assert quotes[0].statement != quotes[1].statement


@pytest.mark.model
def test_a_proposal_on_a_found_quotes_cue_is_dropped(nlp):
    from dyad.quotes.extract import extract_quotes
    from dyad.quotes.lexicon import load_cues

    doc = nlp("The mayor said the budget was short.")
    # the content does not overlap the rules' quote, but the cue is the rules' "said"
    words = _words(8, cue=[2], content=[0, 1])
    quotes = extract_quotes(doc, doc._.mentions, load_cues(), tagger=_Fixed(words))
    assert [q.text for q in quotes] == ["the budget was short"]


@pytest.mark.model
def test_a_proposal_headed_by_a_verb_is_indirect_speech(nlp):
    from dyad.quotes.extract import extract_quotes
    from dyad.quotes.lexicon import load_cues

    doc = nlp("Officials took a dim view of raising tariffs.")
    words = _words(9, source=[0], cue=[1, 2, 3, 4], content=[6, 7])
    (quote,) = extract_quotes(doc, doc._.mentions, load_cues(), tagger=_Fixed(words))
    assert (quote.text, quote.kind) == ("raising tariffs", "indirect")


@pytest.mark.model
def test_without_a_tagged_source_the_speaker_is_the_cues_subject(nlp):
    from dyad.quotes.extract import extract_quotes
    from dyad.quotes.lexicon import load_cues

    doc = nlp("Officials took a dim view of the tariffs.")
    assert extract_quotes(doc, doc._.mentions, load_cues()) == []
    # Officials(0) took(1) a(2) dim(3) view(4) of(5) the(6) tariffs(7) .(8)
    words = _words(9, cue=[1, 2, 3, 4], content=[6, 7])
    (quote,) = extract_quotes(doc, doc._.mentions, load_cues(), tagger=_Fixed(words))
    assert quote.text == "the tariffs"
    assert quote.speaker is not None and quote.speaker.text == "Officials"


def test_the_shipped_tagger_marks_cue_source_and_content_words():
    from tests.quotes.test_encoder import SENTENCE

    shipped = tagger.load_span_tagger()
    pieces, offsets = shipped.piece_probabilities(SENTENCE)
    assert pieces.shape == (len(offsets), 4) and ((pieces > 0) & (pieces < 1)).all()
    by_word = {SENTENCE[s:e]: pieces[k] for k, (s, e) in enumerate(offsets) if e > s}
    assert by_word["said"][CUE] > 0.5
    assert by_word["minister"][SOURCE] > 0.5
    assert by_word["talks"][CONTENT] > 0.5
    assert by_word["said"][CONTENT] < 0.5 and by_word["talks"][CUE] < 0.5


@pytest.mark.model
def test_the_shipped_tagger_finds_a_stance_the_candidate_rules_miss(nlp):
    from dyad.quotes.extract import extract_quotes
    from dyad.quotes.lexicon import load_cues

    doc = nlp("Officials took a dim view of the tariffs.")
    assert extract_quotes(doc, doc._.mentions, load_cues()) == []
    shipped = tagger.load_span_tagger()
    (quote,) = extract_quotes(doc, doc._.mentions, load_cues(), tagger=shipped)
    assert (quote.text, quote.kind) == ("the tariffs", "stance")
    assert quote.speaker is not None and quote.speaker.text == "Officials"
