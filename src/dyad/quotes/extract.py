"""Quotes and their speakers, from quotation marks and the dependency parse.

Direct quotes come from `find_quote_marks`; each looks for its attribution after the closing
mark (`"…," Putin said`), then before the opening mark (`Putin said: "…"`, `Putin: "…"`), then
falls back to the speaker of a quote in the previous sentence (news continues a speaker's
quote in the next paragraph without repeating "he said").
Indirect quotes come from the parse's candidate attributions (`dyad.quotes.candidates`: a
verb and the clause or phrase that hangs from it, `Putin said (that) …`, `…, the president
said`, `…, adding that …`, `Trump promised to …`) kept when their cue and relation were
attributions often enough in PolNeAR train, and from `according to X, …`. An indirect quote
whose content contains a direct quote becomes one ``mixed`` quote.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import NamedTuple

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from dyad.doc import DocMention, mention_index
from dyad.lexicons import word_set
from dyad.nlp.sentences import layout
from dyad.quotes.candidates import (
    EXPLETIVES,
    PASSIVE,
    SUBJECTS,
    Candidate,
    candidates,
    positions_of,
    subject_of,
)
from dyad.quotes.lexicon import CueLexicon
from dyad.quotes.marks import EDGE_PUNCTUATION, QuoteMarks, find_quote_marks
from dyad.quotes.model import QuoteModel, features, load_model
from dyad.records import Quote, Speaker, TextSpan

# Quoted strings shorter than this many words with no attribution are titles or scare
# quotes ("so-called 'peace plan'"), not statements. Calibrated by eye on the Wikinews
# examples; re-run `dyad eval polnear seed` when changing it.
MIN_UNATTRIBUTED_WORDS = 5
# Reported content can be one word ("Clinton backed Trump"): the model weighs length.
MIN_CONTENT_TOKENS = 1
# A candidate attribution is kept when the model (trained on PolNeAR train by
# scripts/train_quotes.py) gives it at least this probability. Chosen on five folds of
# PolNeAR train (by article, with the actor stage), not on dev, as the lowest threshold whose
# precision and recall both stay at or above those of the former candidates and model (P
# 0.820, R 0.691 at 0.28): with passive and to/with/in/at/as candidates, 0.30 gives P 0.820,
# R 0.701 (F1 at 0.3 0.750 -> 0.756, at 0.8 0.592 -> 0.596); F1 at 0.3 is flat from 0.28 to
# 0.32 (0.756 to 0.754). Re-run `dyad eval polnear seed` when changing it or retraining.
LEARNED_THRESHOLD = 0.30
# A candidate whose subject is an expletive or a bare "it"/"this" is kept, with no speaker,
# only at this probability. On five folds of PolNeAR train, F1 at 0.3 0.747 -> 0.750 (P
# 0.820 -> 0.820, R 0.686 -> 0.691); 0.3 was even (0.750, P 0.819). Also climbing the tree for
# a subject when the cue has none found more (0.753) but named the wrong speaker as often as
# the right one on dev (speaker accuracy 0.913 -> 0.910). A passive cue without an agent
# ("[the curfew] was announced") is kept the same way: on five folds, F1 at 0.3 0.750 ->
# 0.751 against passives with an agent only.
SOURCELESS_THRESHOLD = 0.4
# Subjects of a relative clause that speak for the noun the clause modifies.
RELATIVE_PRONOUNS = word_set("dyad.quotes", "relative_pronouns.csv")
# How many sentences back a quote without its own attribution may take the last speaker's.
CONTINUATION_SENTENCES = 2
# Dashes that sign a quotation with its speaker's name ('"…" — Aparna Garg').
_DASHES = "\u2015\u2014\u2013-"


class Chars(NamedTuple):
    """A range of the text's characters, ``text[start:end]``."""

    start: int
    end: int

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlap(self, other: Chars) -> int:
        """How many characters the two ranges share."""
        return max(0, min(self.end, other.end) - max(self.start, other.start))


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a quotation's attribution names and the word that cues it (no cue: a quotation
    signed with a name, or 'Putin: "…"')."""

    cue: Token | None
    speaker: Speaker | None


@dataclass(frozen=True, slots=True)
class DirectQuote:
    """A quotation between marks, with the attribution found for it (None: none found)."""

    mark: QuoteMarks
    attribution: Attribution | None

    @property
    def chars(self) -> Chars:
        return Chars(self.mark.start, self.mark.end)


@dataclass(frozen=True, slots=True)
class Reported:
    """Reported speech: its content, the word that cues it, who speaks (None: no one
    named), and its kind (``indirect``, ``stance``, or ``mixed`` with a quotation inside)."""

    content: Chars
    cue: Token
    speaker: Speaker | None
    kind: str


@dataclass(frozen=True, slots=True)
class _Likely:
    """A candidate attribution the model finds likely: its content and kind, and its
    subject (None for an expletive or a passive without an agent)."""

    probability: float
    content: Chars
    cue: Token
    subject: Token | None
    kind: str


@dataclass(frozen=True, slots=True)
class _Said:
    """A direct quote whose speaker the next quotations without a cue of their own take."""

    sentence: int
    speaker: Speaker
    cue: TextSpan | None
    """Its cue, which a quotation continuing it in the same paragraph shares: PolNeAR
    annotates '"…," he said. "…"' as one attribution. On five folds of PolNeAR train (by
    article, with the actor stage) F1 at 0.3 0.7555 -> 0.7568 and at 0.8 0.5955 -> 0.5991
    (P at 0.8 0.6461 -> 0.6516); sharing it across paragraphs too gave 0.7561 and 0.5971."""
    end: int
    """Where it ends in the text (a continuation in the same paragraph has no line break
    before it)."""


class QuoteFinder:
    def __init__(
        self,
        doc: Doc,
        drafts: list[DocMention],
        cues: CueLexicon,
        model: QuoteModel | None = None,
    ) -> None:
        self.doc = doc
        self.model = model if model is not None else load_model()
        self.drafts = drafts
        self.mention_at = mention_index(drafts)
        self.cues = cues
        self.layout = layout(doc)
        self.text = self.layout.text
        self.marks = find_quote_marks(self.text)
        self._inside = [(m.start - 1, m.end + 1) for m in self.marks]

    # ---- helpers ------------------------------------------------------------------------
    def in_direct_quote(self, token: Token) -> bool:
        # marks are few per article; a linear scan is cheaper than an interval index
        return any(s <= token.idx < e for s, e in self._inside)

    def is_cue(self, token: Token) -> bool:
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in self.cues.verbs:
            return False
        # "as reported by X", "a report published Monday": participles modify, they attribute
        # nothing themselves
        return not (
            token.tag_ == "VBN"
            and token.dep_ in ("advcl", "acl", "amod")
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in token.children)
        )

    def speaker_from(self, token: Token, cue: Token | None = None) -> Speaker:
        """The speaker named by the phrase headed by ``token``, resolved through actors.
        A role noun with a named appositive ("Merkel's spokesperson, Steffen Seibert,") is
        the person named. The phrase stops before its ``cue`` (a relative clause's antecedent:
        "Fields' lawyers, who argued …" is "Fields' lawyers")."""
        for child in token.children:
            named = self.mention_at.get(child.i)
            if (
                child.dep_ == "appos"
                and named is not None
                and named.kind == "name"
                and (named.actor.is_person or named.actor.id is None)
            ):
                token = child
                break
        best = self.mention_at.get(token.i)
        if best is not None:
            resolved = best.kind in ("name", "place") or best.antecedent is not None
            actor = best.actor if (resolved or best.actor.code) else None
            name = best.actor.name if resolved else None
            return Speaker(best.start_char, best.end_char, best.text, name, actor)
        span = _phrase_before(token, cue)
        if token.pos_ == "PROPN" and len(span) <= 4:
            return Speaker(span.start_char, span.end_char, span.text, span.text, None)
        return Speaker(span.start_char, span.end_char, span.text, None, None)

    def cue_span(self, cue: Token) -> TextSpan:
        tokens = [cue] + [c for c in cue.children if c.dep_ == "prt"]
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t) for t in tokens)
        return TextSpan(start, end, self.text[start:end])

    def _span(self, start_char: int, end_char: int) -> Chars | None:
        text = self.text
        while start_char < end_char and text[start_char] in EDGE_PUNCTUATION:
            start_char += 1
        while end_char > start_char and text[end_char - 1] in EDGE_PUNCTUATION:
            end_char -= 1
        # the sentence's full stop is not part of reported speech (but "the U.S." keeps its dot)
        if (
            end_char - start_char > 1
            and text[end_char - 1] == "."
            and not text[end_char - 2].isupper()
        ):
            end_char -= 1
        return Chars(start_char, end_char) if end_char > start_char else None

    # ---- direct quotes ------------------------------------------------------------------
    def _attribute_in(self, tokens: list[Token], *, after_mark: bool) -> Attribution | None:
        """The first cue among ``tokens`` (the words after or before a quotation) with a
        speaker outside the quotation marks."""
        for k, tok in enumerate(tokens):
            if not self.is_cue(tok):
                continue
            subject = self._subject_outside_quotes(tok)
            if subject is not None:
                return Attribution(tok, self.speaker_from(subject, tok))
            if not after_mark:
                continue
            # '"… Not ours", said Jorgensen': the parser hung the name on a word inside the
            # quotation, so "said" has no subject of its own; the speaker is the first noun
            # between the closing mark and the cue
            noun = next((t for t in tokens[:k] if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
            if noun is not None:
                return Attribution(tok, self.speaker_from(noun, tok))
        return None

    def _subject_outside_quotes(self, cue: Token) -> Token | None:
        """The cue's subject, unless it is inside quotation marks. The parser may give a cue
        two subjects, one of them inside the quotation ('"…, it will …," said Smith'): then the
        other one. A relative pronoun stands for its noun ('a statement which said, "…"')."""
        subject = _antecedent(subject_of(cue))
        if subject is None or not self.in_direct_quote(subject):
            return subject
        return next(
            (c for c in cue.children if c.dep_ in SUBJECTS and not self.in_direct_quote(c)),
            None,
        )

    def _signed_by(self, after: list[Token]) -> Speaker | None:
        """The name that signs a quotation after a dash ('"…" — Aparna Garg, Mysore Divisional
        Railway Manager'), as articles that collect people's words print them."""
        if not after:
            return None
        if after[0].text.strip(_DASHES) == "":
            after = after[1:]
        elif not self._dash_before(after[0]):
            return None
        name = _leading_name(after)
        if not name:
            return None
        start, end = name[0].idx, name[-1].idx + len(name[-1])
        text = self.text[start:end]
        mention = self.mention_at.get(name[-1].i)
        if mention is not None and mention.kind == "name":
            return Speaker(start, end, text, mention.actor.name, mention.actor)
        return Speaker(start, end, text, text, None)

    def _dash_before(self, token: Token) -> bool:
        """Whether a dash glued to the closing mark, which the tokenizer may have swallowed,
        comes right before ``token``."""
        gap = self.text[max(0, token.idx - 3) : token.idx].strip(' "\u00a0')
        return bool(gap) and gap[-1] in _DASHES

    def _after(self, mark: QuoteMarks) -> list[Token]:
        doc = self.doc
        first_i = self.layout.first_token_from(mark.end + 1)
        if first_i is None or "\n" in self.text[mark.end : doc[first_i].idx]:
            return []
        out = []
        for tok in doc[first_i : self.layout.sentence_span(first_i).end]:
            if self.in_direct_quote(tok):
                break
            out.append(tok)
        return out

    def _before(self, mark: QuoteMarks) -> list[Token]:
        doc = self.doc
        last_i = self.layout.last_token_before(mark.start - 1, doc)
        if last_i is not None and "\n" in self.text[doc[last_i].idx : mark.start - 1]:
            last_i = self._colon_ending_paragraph_before(last_i, mark)
        if last_i is None:
            return []
        out: list[Token] = []
        for tok in reversed(doc[self.layout.sentence_span(last_i).start : last_i + 1]):
            if self.in_direct_quote(tok):
                break
            out.insert(0, tok)
        return out

    def _colon_ending_paragraph_before(self, last_i: int, mark: QuoteMarks) -> int | None:
        """The colon that ends the paragraph before a quotation opening a paragraph ('The
        Times reports:' / '"In an illustration …"'; news sets a long quotation apart as its
        own paragraph), or None. ``last_i`` is the last token before the opening mark."""
        doc = self.doc
        while last_i > 0 and doc[last_i].is_space:
            last_i -= 1
        colon = doc[last_i]
        between = self.text[colon.idx + 1 : mark.start - 1]
        return last_i if colon.text == ":" and between.strip() == "" else None

    def direct(self) -> list[DirectQuote]:
        out: list[DirectQuote] = []
        for mark in self.marks:
            after = self._after(mark)
            # a quote closed by a full stop ends its sentence: a capitalized word after it
            # starts the next sentence ('…law enforcement." North Korea agreed.')
            ended = (
                self.text[mark.end - 1 : mark.end] == "."
                and bool(after)
                and after[0].text[:1].isupper()
            )
            found = None if ended else self._attribute_in(after, after_mark=True)
            if found is None:
                signed = self._signed_by(after)
                found = Attribution(None, signed) if signed is not None else None
            if found is None:
                before = self._before(mark)
                found = self._attribute_in(before, after_mark=False)
                # 'Putin: "…"', but not a paragraph ending 'made the following comment:'
                inline = bool(before) and "\n" not in self.text[before[-1].idx : mark.start]
                if found is None and inline and before[-1].text == ":" and len(before) >= 2:
                    found = Attribution(None, self.speaker_from(before[-2]))
            out.append(DirectQuote(mark, found))
        return out

    # ---- indirect quotes ----------------------------------------------------------------
    def indirect(self) -> list[Reported]:
        """Reported speech: "according to" phrases, and the parse's candidate attributions
        whose cue and relation were attributions often enough in PolNeAR train."""
        out = self._according_to_phrases()
        kept = [r.content for r in out]
        # PolNeAR's attributions do not nest: of overlapping candidates the likeliest stays
        for likely in sorted(self._likely_attributions(), key=lambda a: -a.probability):
            content = likely.content
            if any(content.overlap(k) > 0.5 * content.length for k in kept):
                continue
            kept.append(content)
            subject = likely.subject
            speaker = self.speaker_from(subject, likely.cue) if subject is not None else None
            out.append(Reported(content, likely.cue, speaker, likely.kind))
        return out

    def _according_to_phrases(self) -> list[Reported]:
        out = []
        for i in positions_of(self.doc, LOWER, "according"):
            tok = self.doc[i]
            if self.in_direct_quote(tok):
                continue
            found = self._according_to(tok)
            if found is not None:
                out.append(found)
        return out

    def _according_to(self, tok: Token) -> Reported | None:
        """``according to X, …``: X's words, the rest of the sentence."""
        if tok.lower_ != "according":
            return None
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        if to is None:
            nxt = tok.nbor(1) if tok.i + 1 < len(self.doc) else None
            to = nxt if nxt is not None and nxt.lower_ == "to" else None
        source = (
            next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        )
        if source is None:
            return None
        sent = self.layout.sentence_span(tok.i)
        phrase_start = tok.i
        phrase_end = source.right_edge.i + 1
        if phrase_start > sent.start:  # "…, according to X."
            content = self._span(sent.start_char, self.doc[phrase_start].idx)
        else:  # "According to X, …"
            content = self._span(
                self.doc[phrase_end].idx if phrase_end < sent.end else sent.end_char, sent.end_char
            )
        if content is None:
            return None
        return Reported(content, tok, self.speaker_from(source), "indirect")

    def _likely_attributions(self) -> list[_Likely]:
        """The parse's candidate attributions the model gives at least `LEARNED_THRESHOLD`
        (`SOURCELESS_THRESHOLD` when no one is named as their source)."""
        out = []
        for cand in candidates(self.doc):
            if self.in_direct_quote(cand.cue):
                continue  # quotation marks speak for themselves (`direct`)
            if cand.end - cand.start < MIN_CONTENT_TOKENS:
                continue
            subject = _antecedent(cand.speaker_token)
            if subject is None and cand.relation != PASSIVE:
                continue  # no one to attribute it to
            probability = self.model.probability(features(cand, False))
            if probability < LEARNED_THRESHOLD:
                continue
            if subject is None or subject.lower_ in EXPLETIVES:
                # PolNeAR attributes content whose source is only "it" or "this" too ("It
                # says [the campaign violated …]", "it appeared [that …]"): kept when the
                # model is surer, with no speaker, since "it" names no one by itself
                if probability < SOURCELESS_THRESHOLD:
                    continue
                subject = None
            last = self.doc[cand.end - 1]
            content = self._span(self.doc[cand.start].idx, last.idx + len(last))
            if content is not None:
                kind = "stance" if _names_a_thing(cand) else "indirect"
                out.append(_Likely(probability, content, cand.cue, subject, kind))
        return out

    # ---- quotes -------------------------------------------------------------------------
    def quote(self, reported: Reported) -> Quote:
        """The quote of reported speech."""
        start, end = reported.content
        return Quote(
            start,
            end,
            self.text[start:end],
            reported.kind,
            self.cue_span(reported.cue),
            reported.speaker,
            self.layout.sentence_at_char(start),
        )

    def direct_quotes(
        self, directs: list[DirectQuote], absorbed: dict[int, Speaker | None]
    ) -> list[Quote]:
        """The quotes of quotations, but those ``absorbed`` into a mixed quote (by index in
        ``directs``, with the mixed quote's speaker). A quotation with no speaker of its own
        continues the last one's; a short one with none is a name or a scare quote."""
        text = self.text
        quotes = []
        last: _Said | None = None  # the latest direct quote with a speaker
        for i, direct in enumerate(directs):
            mark, attribution = direct.mark, direct.attribution
            sentence = self.layout.sentence_at_char(mark.start)
            if i in absorbed:
                # the mixed quote's speaker goes on speaking in the next quotation
                speaker = absorbed[i]
                if speaker is not None:
                    last = _Said(sentence, speaker, None, mark.end)
                continue
            speaker = attribution.speaker if attribution else None
            cue = attribution.cue if attribution else None
            cue_text = self.cue_span(cue) if cue is not None else None
            words = len(text[mark.start : mark.end].split())
            if attribution is None and words < MIN_UNATTRIBUTED_WORDS:
                continue  # a short quoted term without its own cue is a name or a scare quote
            if (
                speaker is None
                and last is not None
                and sentence - last.sentence <= CONTINUATION_SENTENCES
            ):
                speaker = last.speaker
                if last.cue is not None and "\n" not in text[last.end : mark.start]:
                    cue_text = last.cue  # one statement with the quotation it continues
            if attribution is None and speaker is None and words < MIN_UNATTRIBUTED_WORDS * 2:
                continue
            if speaker is not None:
                last = _Said(sentence, speaker, cue_text, mark.end)
            quotes.append(
                Quote(
                    mark.start,
                    mark.end,
                    text[mark.start : mark.end],
                    "direct",
                    cue_text,
                    speaker,
                    sentence,
                )
            )
        return quotes


def _phrase_before(token: Token, cue: Token | None) -> Span:
    """The phrase headed by ``token``, cut before the clause holding ``cue`` when the cue
    follows the head inside the phrase."""
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i + 1
    if cue is None or not token.i < cue.i < end:
        return doc[start:end]
    clause = next((c for c in token.rights if c.left_edge.i <= cue.i <= c.right_edge.i), None)
    end = max(token.i + 1, clause.left_edge.i if clause is not None else cue.i)
    while end > token.i + 1 and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def _leading_name(tokens: list[Token]) -> list[Token]:
    """The proper-noun run that opens ``tokens`` ("John F. Kennedy"), without a final dot."""
    name: list[Token] = []
    for tok in tokens:
        if not (tok.pos_ == "PROPN" or (name and tok.text == ".")):
            break
        name.append(tok)
    while name and name[-1].text == ".":
        name.pop()
    return name


def _antecedent(subject: Token | None) -> Token | None:
    """The noun a relative pronoun subject stands for ("Fields' lawyers, [who] argued …" ->
    "lawyers"); any other subject as it is."""
    if subject is None or subject.lower_ not in RELATIVE_PRONOUNS or subject.head.dep_ != "relcl":
        return subject
    clause = subject.head
    # "the reason that the minister gives …" parsed with two subjects: "that" is not the one
    other = next((c for c in clause.children if c.dep_ in SUBJECTS and c.i != subject.i), None)
    return other if other is not None else clause.head


def _names_a_thing(cand: Candidate) -> bool:
    """A noun phrase or prepositional content ("thanked Xi", "supports the death penalty",
    "thanked Xi for introducing visas") reports a stance or a verbal act, not words said."""
    if cand.relation in ("dobj", PASSIVE):
        return True
    prepositional = cand.relation.startswith(("prep:", "nprep:", "aprep:"))
    return prepositional and cand.cue.doc[cand.start].pos_ != "SCONJ"


def extract_quotes(
    doc: Doc,
    drafts: list[DocMention],
    cues: CueLexicon,
    model: QuoteModel | None = None,
) -> list[Quote]:
    """All quotes of a parsed Doc, in text order; candidate attributions are scored by
    ``model`` (default: the shipped one, `load_model`)."""
    finder = QuoteFinder(doc, drafts, cues, model)
    directs = finder.direct()
    quotes: list[Quote] = []
    absorbed: dict[int, Speaker | None] = {}  # direct quotes inside a mixed one: its speaker
    for reported in finder.indirect():
        content = reported.content
        inside = [i for i, d in enumerate(directs) if content.overlap(d.chars) > 0]
        if not inside:
            quotes.append(finder.quote(reported))
        elif sum(content.overlap(directs[i].chars) for i in inside) >= 0.9 * content.length:
            # the content is the direct quote itself: it is attributed with the direct quotes,
            # with this cue when the quotation marks found none of their own ("is calling the
            # candidate 'extremely physically fit'")
            for i in inside:
                if directs[i].attribution is None and reported.speaker is not None:
                    attribution = Attribution(reported.cue, reported.speaker)
                    directs[i] = replace(directs[i], attribution=attribution)
        else:
            absorbed.update(dict.fromkeys(inside, reported.speaker))
            quotes.append(finder.quote(replace(reported, kind="mixed")))
    quotes += finder.direct_quotes(directs, absorbed)
    return _number_statements(sorted(quotes, key=lambda q: q.start))


def _number_statements(quotes: list[Quote]) -> list[Quote]:
    """Give the quotes of one statement one number: every quote hanging from the same cue
    word (a direct quote split around "he said"; "announced [new church law] [to mandate
    reporting …]"; "thanked [Xi] for [introducing …]"). A quote with no cue is a statement
    of its own."""
    # PolNeAR annotates one attribution per cue. Numbering by cue, not only split direct
    # quotes, made 113 fewer statements on PolNeAR dev: 89 fewer spurious, 24 fewer found
    # where one cue had two gold attributions; F1 at 0.3 0.733 -> 0.742.
    by_cue: dict[tuple[int, int], int] = {}
    out: list[Quote] = []
    statements = 0
    for q in quotes:
        key = (q.cue.start, q.cue.end) if q.cue is not None else None
        if key is None or key not in by_cue:
            number = statements
            statements += 1
            if key is not None:
                by_cue[key] = number
        else:
            number = by_cue[key]
        out.append(replace(q, statement=number))
    return out
