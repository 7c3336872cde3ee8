"""Candidate attributions from the dependency parse: a cue word, how the content hangs from
it, and the content's tokens.

The same candidates serve training (``scripts/train_quotes.py`` counts, on PolNeAR train,
how often each cue lemma and relation is a real attribution) and coding (dyad keeps the
candidates whose lemma and relation were attributions often enough). Relations:

- ``ccomp``: a clause after the cue ("Putin said (that) …", "adding that …")
- ``before``: the clause the cue hangs from, before it ("…, the president said")
- ``xcomp``: an infinitive ("Trump promised to build a wall")
- ``dobj``: a noun phrase object ("the NAACP called for a moratorium" is ``prep:for``,
  "Clinton supports the death penalty" is ``dobj``)
- ``prep:<p>``: the object of a preposition ("warned of a crisis", "talked about taxes")
- ``colon``: a short name or noun phrase opening a paragraph, a colon, then what it says
  (transcripts: "PENCE: Well, …"; headlines: "Poll: Wealthy Voters Abandon …")
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dyad.nlp.sentences import layout

CONTENT_PREPOSITIONS = frozenset({"about", "for", "of", "on", "against", "over", "that"})
# The longest name or noun phrase before a colon that can be a speaker ("Republican
# vice-presidential nominee Gov. Mike Pence:").
MAX_COLON_SPEAKER_TOKENS = 7
SUBJECTS = ("nsubj", "nsubjpass")
# Subjects that name no source ("it is said", "there were claims").
EXPLETIVES = frozenset({"it", "there", "this", "that", "which"})


@dataclass(frozen=True, slots=True)
class Candidate:
    cue: Token
    relation: str
    start: int
    """First content token."""
    end: int
    """Token after the content."""
    source: Token | None = None
    """Who speaks, when the parse has no subject for it (``colon``: "PENCE: …")."""

    @property
    def speaker_token(self) -> Token | None:
        return self.source if self.source is not None else subject_of(self.cue)

    @property
    def key(self) -> tuple[str, str]:
        return (self.cue.lemma_.lower(), self.relation)


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, also when shared ("Putin thanked Xi, adding …", "Putin smiled
    and said …") or inverted ("said Putin")."""
    current = verb
    for _ in range(3):
        for child in current.children:
            if child.dep_ in SUBJECTS:
                return child
        if current.dep_ in ("advcl", "xcomp", "conj") and current.head.i != current.i:
            current = current.head
        else:
            break
    return None


def _span(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def candidates(doc: Doc) -> list[Candidate]:
    """Every (cue, relation, content) a verb in ``doc`` offers."""
    out: list[Candidate] = []
    sentences = layout(doc)
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for child in verb.children:
            dep = child.dep_
            if dep == "ccomp" and child.i > verb.i:
                out.append(Candidate(verb, "ccomp", *_span(child)))
            elif dep == "xcomp" and child.i > verb.i:
                out.append(Candidate(verb, "xcomp", *_span(child)))
            elif dep == "dobj" and child.pos_ in ("NOUN", "PROPN", "PRON") and child.i > verb.i:
                # with its object complement: "calling the candidate 'extremely fit'"
                end = max(
                    [_span(child)[1]] + [_span(c)[1] for c in verb.children if c.dep_ == "oprd"]
                )
                out.append(Candidate(verb, "dobj", _span(child)[0], end))
            elif dep == "prep" and child.lower_ in CONTENT_PREPOSITIONS:
                obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    out.append(Candidate(verb, f"prep:{child.lower_}", *_span(obj)))
            elif dep == "ccomp" and child.i < verb.i:
                out.append(Candidate(verb, "before", *_span(child)))
        if verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.i < verb.i:
            subject = subject_of(verb)
            left = min(verb.left_edge.i, subject.left_edge.i if subject is not None else verb.i)
            sent = sentences.sentence_span(verb.i)
            if left > sent.start:
                out.append(Candidate(verb, "before", sent.start, left))
    out.extend(_colon_candidates(doc))
    return out


def _colon_candidates(doc: Doc) -> list[Candidate]:
    out = []
    for colon in doc:
        if colon.text != ":" or colon.i + 1 >= len(doc):
            continue
        start = colon.i
        while (
            start > 0
            and "\n" not in doc[start - 1].text_with_ws
            and colon.i - start < MAX_COLON_SPEAKER_TOKENS
        ):
            start -= 1
        if start > 0 and "\n" not in doc[start - 1].text_with_ws:
            continue  # the colon is not near a paragraph's start
        names = [t for t in doc[start : colon.i] if t.pos_ in ("PROPN", "NOUN", "PRON")]
        if not names:
            continue
        end = colon.i + 1
        while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
            end += 1
        while end > colon.i + 1 and doc[end - 1].is_space:
            end -= 1
        if end > colon.i + 1:
            out.append(Candidate(colon, "colon", colon.i + 1, end, source=names[-1]))
    return out
