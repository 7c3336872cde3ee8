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

from spacy.tokens import Doc, Token

from dyad.actors.index import mention_index
from dyad.actors.resolve import Draft
from dyad.nlp.sentences import layout
from dyad.quotes.candidates import EXPLETIVES, Candidate, candidates, subject_of
from dyad.quotes.lexicon import CueLexicon
from dyad.quotes.marks import QuoteMarks, find_quote_marks
from dyad.quotes.model import features, load_model
from dyad.records import Quote, Speaker, TextSpan

# Quoted strings shorter than this many words with no attribution are titles or scare
# quotes ("so-called 'peace plan'"), not statements. Calibrated by eye on the Wikinews
# examples; re-run `dyad eval polnear seed` when changing it.
MIN_UNATTRIBUTED_WORDS = 5
# Reported content can be one word ("Clinton backed Trump"): the model weighs length.
MIN_CONTENT_TOKENS = 1
# A candidate attribution is kept when the model (trained on PolNeAR train by
# scripts/train_quotes.py) gives it at least this probability. Tuned on PolNeAR dev F1 at
# overlap 0.3; re-run `dyad eval polnear seed` when changing it or retraining.
LEARNED_THRESHOLD = 0.25
# How many sentences back a quote without its own attribution may take the last speaker's.
CONTINUATION_SENTENCES = 2
_TRIM = " ,;:-\n\"'"


@dataclass(frozen=True, slots=True)
class Attribution:
    cue: Token | None
    speaker: Speaker | None


class QuoteFinder:
    def __init__(self, doc: Doc, drafts: list[Draft], cues: CueLexicon) -> None:
        self.doc = doc
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

    def speaker_from(self, token: Token) -> Speaker:
        """The speaker named by the phrase headed by ``token``, resolved through actors.
        A role noun with a named appositive ("Merkel's spokesperson, Steffen Seibert,") is
        the person named."""
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
            span = self.doc[best.start : best.end]
            resolved = best.kind in ("name", "place") or best.antecedent is not None
            actor = best.actor if (resolved or best.actor.code) else None
            name = best.actor.name if resolved else None
            return Speaker(span.start_char, span.end_char, span.text, name, actor)
        span = self.doc[token.left_edge.i : token.right_edge.i + 1]
        if token.pos_ == "PROPN" and len(span) <= 4:
            return Speaker(span.start_char, span.end_char, span.text, span.text, None)
        return Speaker(span.start_char, span.end_char, span.text, None, None)

    def cue_span(self, cue: Token) -> TextSpan:
        tokens = [cue] + [c for c in cue.children if c.dep_ == "prt"]
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t) for t in tokens)
        return TextSpan(start, end, self.text[start:end])

    def _span(self, start_char: int, end_char: int) -> tuple[int, int] | None:
        text = self.text
        while start_char < end_char and text[start_char] in _TRIM:
            start_char += 1
        while end_char > start_char and text[end_char - 1] in _TRIM:
            end_char -= 1
        # the sentence's full stop is not part of reported speech (but "the U.S." keeps its dot)
        if (
            end_char - start_char > 1
            and text[end_char - 1] == "."
            and not text[end_char - 2].isupper()
        ):
            end_char -= 1
        return (start_char, end_char) if end_char > start_char else None

    # ---- direct quotes ------------------------------------------------------------------
    def _attribute_in(self, tokens: list[Token]) -> Attribution | None:
        for tok in tokens:
            if self.is_cue(tok):
                subject = subject_of(tok)
                if subject is not None and not self.in_direct_quote(subject):
                    return Attribution(tok, self.speaker_from(subject))
        return None

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
        if last_i is None or "\n" in self.text[doc[last_i].idx : mark.start - 1]:
            return []
        out: list[Token] = []
        for tok in reversed(doc[self.layout.sentence_span(last_i).start : last_i + 1]):
            if self.in_direct_quote(tok):
                break
            out.insert(0, tok)
        return out

    def direct(self) -> list[tuple[QuoteMarks, Attribution | None]]:
        out: list[tuple[QuoteMarks, Attribution | None]] = []
        for mark in self.marks:
            after = self._after(mark)
            # a quote closed by a full stop ends its sentence: a capitalized word after it
            # starts the next sentence ('…law enforcement." North Korea agreed.')
            ended = (
                self.text[mark.end - 1 : mark.end] == "."
                and bool(after)
                and after[0].text[:1].isupper()
            )
            found = None if ended else self._attribute_in(after)
            if found is None:
                before = self._before(mark)
                found = self._attribute_in(before)
                if found is None and before and before[-1].text == ":" and len(before) >= 2:
                    found = Attribution(None, self.speaker_from(before[-2]))
            out.append((mark, found))
        return out

    # ---- indirect quotes ----------------------------------------------------------------
    def _according_to(self, tok: Token) -> tuple[Token, Token, tuple[int, int]] | None:
        """``according to X, …`` -> (cue, source head, content span)."""
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
        return (tok, source, content) if content else None

    def indirect(self) -> list[tuple[tuple[int, int], Token, Speaker | None, str]]:
        """Reported speech: "according to" phrases, and the parse's candidate attributions
        whose cue and relation were attributions often enough in PolNeAR train."""
        out: list[tuple[tuple[int, int], Token, Speaker | None, str]] = []
        for tok in self.doc:
            according = None if self.in_direct_quote(tok) else self._according_to(tok)
            if according is not None:
                cue, source, found = according
                out.append((found, cue, self.speaker_from(source), "indirect"))
        scored = []
        model = load_model()
        for cand in candidates(self.doc):
            in_quote = self.in_direct_quote(cand.cue)
            share = model.probability(features(cand, in_quote))
            if share < LEARNED_THRESHOLD or in_quote:
                continue
            if cand.end - cand.start < MIN_CONTENT_TOKENS:
                continue
            subject = cand.speaker_token
            if subject is None or subject.lower_ in EXPLETIVES:
                continue
            last = self.doc[cand.end - 1]
            content = self._span(self.doc[cand.start].idx, last.idx + len(last))
            if content is not None:
                kind = "stance" if _names_a_thing(cand) else "indirect"
                scored.append((share, content, cand.cue, subject, kind))
        # PolNeAR's attributions do not nest: of overlapping candidates the likeliest stays
        kept: list[tuple[int, int]] = [c for c, _, _, _ in out]
        for _, content, cue, subject, kind in sorted(scored, key=lambda t: -t[0]):
            if any(_overlap(content, k) > 0.5 * (content[1] - content[0]) for k in kept):
                continue
            kept.append(content)
            out.append((content, cue, self.speaker_from(subject), kind))
        return out


def _names_a_thing(cand: Candidate) -> bool:
    """A noun phrase or prepositional content ("thanked Xi", "supports the death penalty",
    "thanked Xi for introducing visas") reports a stance or a verbal act, not words said."""
    if cand.relation == "dobj":
        return True
    return cand.relation.startswith("prep:") and cand.cue.doc[cand.start].pos_ != "SCONJ"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _sentence_index(doc: Doc, char: int) -> int:
    return layout(doc).sentence_at_char(char)


def extract_quotes(doc: Doc, drafts: list[Draft], cues: CueLexicon) -> list[Quote]:
    """All quotes of a parsed Doc, in text order."""
    finder = QuoteFinder(doc, drafts, cues)
    text = finder.text
    quotes: list[Quote] = []
    last: tuple[int, Speaker] | None = None  # (sentence, speaker) of the latest attributed quote
    directs = finder.direct()
    indirects = finder.indirect()
    absorbed: set[int] = set()
    for content, cue, speaker, kind in indirects:
        inside = [i for i, (m, _) in enumerate(directs) if _overlap(content, (m.start, m.end)) > 0]
        if inside:
            covered = sum(
                _overlap(content, (directs[i][0].start, directs[i][0].end)) for i in inside
            )
            if covered >= 0.9 * (content[1] - content[0]):
                # the content is the direct quote itself: it is attributed below, with this
                # cue when the quotation marks found none of their own ("is calling the
                # candidate 'extremely physically fit'")
                for i in inside:
                    if directs[i][1] is None and speaker is not None:
                        directs[i] = (directs[i][0], Attribution(cue, speaker))
                continue
            absorbed.update(inside)
            kind = "mixed"
        sentence = _sentence_index(doc, content[0])
        quotes.append(
            Quote(
                content[0],
                content[1],
                text[content[0] : content[1]],
                kind,
                finder.cue_span(cue),
                speaker,
                sentence,
            )
        )
    for i, (mark, attribution) in enumerate(directs):
        if i in absorbed:
            continue
        sentence = _sentence_index(doc, mark.start)
        speaker = attribution.speaker if attribution else None
        cue_text = (
            finder.cue_span(attribution.cue)
            if attribution and attribution.cue is not None
            else None
        )
        words = len(text[mark.start : mark.end].split())
        if attribution is None and words < MIN_UNATTRIBUTED_WORDS:
            continue  # a short quoted term without its own cue is a name or a scare quote
        if speaker is None and last is not None and sentence - last[0] <= CONTINUATION_SENTENCES:
            speaker = last[1]
        if attribution is None and speaker is None and words < MIN_UNATTRIBUTED_WORDS * 2:
            continue
        if speaker is not None:
            last = (sentence, speaker)
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
    return _number_statements(sorted(quotes, key=lambda q: q.start))


def _number_statements(quotes: list[Quote]) -> list[Quote]:
    """Give parts of one statement (direct quotes sharing a cue and speaker) one number."""
    out: list[Quote] = []
    statement = -1
    for q in quotes:
        prev = out[-1] if out else None
        same = (
            prev is not None
            and q.kind == prev.kind == "direct"
            and q.cue is not None
            and prev.cue == q.cue
            and (prev.speaker.text if prev.speaker else None)
            == (q.speaker.text if q.speaker else None)
        )
        if not same:
            statement += 1
        out.append(replace(q, statement=statement))
    return out
