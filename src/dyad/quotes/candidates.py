"""Candidate attributions from the dependency parse: a cue word, how the content hangs from
it, and the content's tokens.

The same candidates serve training (``scripts/train_quotes.py`` counts, on PolNeAR train,
how often each cue lemma and relation is a real attribution) and coding (dyad keeps the
candidates whose lemma and relation were attributions often enough). Relations:

- ``ccomp``: a clause after the cue ("Putin said (that) …", "adding that …")
- ``before``: the clause the cue hangs from, before it ("…, the president said"), and both
  sides of a cue set off by commas inside it ("The talks, the minister said, were useful")
- ``xcomp``: an infinitive ("Trump promised to build a wall")
- ``dobj``: a noun phrase object ("the NAACP called for a moratorium" is ``prep:for``,
  "Clinton supports the death penalty" is ``dobj``)
- ``prep:<p>``: the object of a preposition ("warned of a crisis", "talked about taxes")
- ``nprep:<p>``, ``nthat``, ``nto`` (and ``aprep:<p>``, ``athat``, ``ato``): what a noun (an
  adjective) of stance or speech is about, its source being the possessor or the subject of
  the verb the word hangs from ("his claim [that the vote was rigged]", "the senator was
  critical of [the plan]", "she is determined [to run]"). In "X faced criticism for [...]"
  that subject is the one criticized, not the critic: the content is right, the speaker not.
- ``passive``: the subject of a passive cue, its source the agent ("[Clinton] was endorsed by
  the paper", "[the curfew] was announced"): PolNeAR annotates what is endorsed, reported or
  criticized as content. Without an agent the candidate has no source.
- ``as``: the clause after a cue that opens with "as" ("As the mayor noted, [the budget is
  short]")
- ``colon``: a short name or noun phrase opening a paragraph, a colon, then what it says
  (transcripts: "PENCE: Well, …"; headlines: "Poll: Wealthy Voters Abandon …")
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from dyad.lexicons import word_set
from dyad.nlp.sentences import layout

CONTENT_PREPOSITIONS = word_set("dyad.quotes", "content_prepositions.csv")
# Prepositions whose object is what a cue reports only when the verb has no other complement
# ("pointed to [the bill]", "agreed with [the judge]", "believes in [it]"; of a noun, "his
# interest in [policy]"): after a clause or an object they say where, when or how ("announced
# in a statement that …"), and would widen the statement's content.
BARE_PREPOSITIONS = word_set("dyad.quotes", "bare_prepositions.csv")
COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj"})
# A noun or adjective has no complement that would make a bare preposition say where or when.
NOMINAL_PREPOSITIONS = CONTENT_PREPOSITIONS | BARE_PREPOSITIONS
# The longest name or noun phrase before a colon that can be a speaker ("Republican
# vice-presidential nominee Gov. Mike Pence:").
MAX_COLON_SPEAKER_TOKENS = 7
SUBJECTS = ("nsubj", "nsubjpass")
PASSIVE = "passive"
# "As the mayor noted, [the budget is short]": the speaker is the clause's own subject or
# agent, never the subject of the clause it reports.
AS_CLAUSE = "as"
# Subjects that name no source ("it is said", "there were claims").
EXPLETIVES = word_set("dyad.quotes", "expletives.csv")
# Modifiers of the cue verb that, right after its object, are still part of what is reported:
# PolNeAR's content runs on through them ("expressed [his sadness at Iyambo's death]",
# "admitted [his guilt in eight murders]"). Chosen on PolNeAR dev errors; with one statement
# per cue it found 29 more quotes there for 19 more spurious ones (F1 at 0.3 0.742 -> 0.748).
TRAILING_MODIFIERS = frozenset({"prep", "npadvmod", "oprd", "dative", "advmod"})


@dataclass(frozen=True, slots=True)
class Candidate:
    cue: Token
    relation: str
    start: int
    """First content token."""
    end: int
    """Token after the content."""
    source: Token | None = None
    """Who speaks, when the parse has no subject for it (``colon``: "PENCE: …"; ``passive``:
    the agent, or None)."""

    @property
    def speaker_token(self) -> Token | None:
        # a passive cue's subject is what is reported, not who reports it; an "as" clause's
        # cue hangs from the reported clause, whose subject is not the speaker either
        if self.source is not None or self.relation in (PASSIVE, AS_CLAUSE):
            return self.source
        return subject_of(self.cue)

    @property
    def key(self) -> tuple[str, str]:
        return (self.cue.lemma_.lower(), self.relation)


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, also when shared ("Putin thanked Xi, adding …", "Putin smiled
    and said …", "the mayor ended the meeting by saying …") or inverted ("said Putin")."""
    current = verb
    for _ in range(3):
        for child in current.children:
            if child.dep_ in SUBJECTS:
                return child
        if current.dep_ in ("advcl", "xcomp", "conj") and current.head.i != current.i:
            current = current.head
        elif _object_of_preposition(current):
            governor = current.head.head  # "by saying" -> the verb "by" modifies
            quoted = next((c for c in governor.children if c.dep_ == "dobj"), None)
            if current.head.lower_ == "as" and quoted is not None:
                return quoted  # "Politico quoted [Tim Manning] as saying …"
            current = governor
        else:
            break
    return None


def _object_of_preposition(verb: Token) -> bool:
    """Whether ``verb`` is a gerund after a preposition that modifies another word ("ended the
    meeting by saying", "after saying")."""
    return _after_preposition(verb, "pcomp")


def _after_preposition(token: Token, dep: str) -> bool:
    """Whether ``token`` is the ``dep`` (``pobj``, ``pcomp``) of a preposition that modifies
    another word."""
    prep = token.head
    return token.dep_ == dep and prep.dep_ == "prep" and prep.head.i != prep.i


def _span(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def _through_trailing_modifiers(verb: Token, end: int) -> int:
    """Where content ending at token ``end`` ends once the verb's modifiers that follow it
    without a gap are taken in."""
    for child in verb.rights:
        if child.i < end:
            continue
        # a "for/about/of/…" phrase is content of its own (a ``prep:<p>`` candidate, one
        # statement with the object as they share the cue): "thanked [Xi] for [introducing …]"
        own_content = child.dep_ == "prep" and child.lower_ in CONTENT_PREPOSITIONS
        if child.left_edge.i != end or child.dep_ not in TRAILING_MODIFIERS or own_content:
            break
        end = child.right_edge.i + 1
    return end


def candidates(doc: Doc) -> list[Candidate]:
    """Every (cue, relation, content) a verb in ``doc`` offers."""
    out: list[Candidate] = []
    sentences = layout(doc)
    for verb in doc:
        if verb.pos_ in ("NOUN", "ADJ"):
            out.extend(_nominal(verb))
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
                end = _through_trailing_modifiers(verb, end)
                out.append(Candidate(verb, "dobj", _span(child)[0], end))
            elif dep == "prep" and _reports_through(verb, child):
                obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    start, end = _span(obj)
                    end = _through_trailing_modifiers(verb, end)
                    out.append(Candidate(verb, f"prep:{child.lower_}", start, end))
            elif dep == "ccomp" and child.i < verb.i:
                out.append(Candidate(verb, "before", *_span(child)))
            elif dep == "nsubjpass" and child.i < verb.i and verb.tag_ == "VBN":
                out.append(Candidate(verb, PASSIVE, *_span(child), source=_agent(verb)))
        if _opens_with_as(verb):
            after = _after_commas(verb, sentences.sentence_span(verb.i).end)
            if after is not None:
                out.append(Candidate(verb, AS_CLAUSE, *after, source=_own_subject_or_agent(verb)))
        after_its_clause = verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.i < verb.i
        interposed = verb.dep_ == "parataxis" and verb.head.i > verb.i
        if after_its_clause or interposed:
            out.extend(_around(verb, sentences.sentence_span(verb.i)))
    out.extend(_colon_candidates(doc))
    return out


def _opens_with_as(verb: Token) -> bool:
    """Whether ``verb`` heads an "as" clause before the clause it modifies ("As the mayor
    noted, …"): what it reports is that clause, after the comma."""
    # 21 gold attributions on PolNeAR train had no candidate and no other quote. On five
    # folds of train (with the nouns' sources through a preposition) F1 at 0.3 0.7582 ->
    # 0.7586, at 0.8 0.6011 -> 0.6015, speaker accuracy 0.9193 -> 0.9188: a gain at the size
    # of noise.
    return (
        verb.dep_ == "advcl"
        and verb.head.i > verb.i
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    )


def _own_subject_or_agent(verb: Token) -> Token | None:
    """The subject of ``verb`` itself ("As [the mayor] noted"), or its passive agent ("As
    reported by [Reuters]"); None for "As reported earlier"."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return subject if subject is not None else _agent(verb)


def _reports_through(verb: Token, prep: Token) -> bool:
    """Whether the object of ``prep``, a preposition hanging from ``verb``, may be what the
    verb reports (see `BARE_PREPOSITIONS`)."""
    if prep.lower_ in CONTENT_PREPOSITIONS:
        return True
    bare = not any(c.dep_ in COMPLEMENTS for c in verb.children)
    return bare and prep.lower_ in BARE_PREPOSITIONS


def _agent(verb: Token) -> Token | None:
    """The agent of a passive verb: "endorsed by [the paper]"."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _nominal_source(word: Token) -> Token | None:
    """Who holds the stance a noun or adjective names: its possessor ("[his] claim that …"),
    the subject of the verb it hangs from ("[Suu Kyi] faced criticism for …", "[the
    senator] was critical of …"), also through a preposition ("[the senator] spoke with
    concern about …")."""
    poss = next((c for c in word.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    if word.dep_ in ("dobj", "attr", "acomp", "oprd") and word.head.i != word.i:
        return subject_of(word.head)
    if _object_of_verb_preposition(word):
        # Of the gold attributions on PolNeAR train with no candidate and a noun cue, the
        # largest group (199 of 539 common nouns) has the noun as a preposition's object.
        # On five folds of train (by article, with the actor stage) these candidates raised
        # F1 at 0.3 0.7567 -> 0.7582 (P 0.8229 -> 0.8256, R 0.7004 -> 0.7009), at 0.8
        # 0.5990 -> 0.6011, speaker accuracy 0.9191 -> 0.9193. Offering such nouns with no
        # source at all found more (0.7589) but named no speaker where gold has one
        # (speaker accuracy 0.9152).
        return subject_of(word.head.head)
    return None


def _object_of_verb_preposition(word: Token) -> bool:
    """Whether ``word`` is the object of a preposition that modifies a verb ("spoke [with]
    concern")."""
    return _after_preposition(word, "pobj") and word.head.head.pos_ in ("VERB", "AUX")


def _nominal(word: Token) -> list[Candidate]:
    """Candidates of a noun or adjective cue: "criticism [for failing to …]", "an
    acknowledgment [that he may …]", "critical [of the plan]", "determined [to warn …]".
    Every noun and adjective with such a phrase is offered (most are no cue: "the president
    [of the country]"); the model learns from the lemma which ones attribute."""
    # PolNeAR annotates stance nouns and adjectives as cues ("sharp criticism for", "a tacit
    # acknowledgment"). On five folds of PolNeAR train (by article) these candidates raised
    # F1 at 0.3 from 0.739 to 0.748; on dev 0.767 -> 0.770.
    source = _nominal_source(word)
    if source is None:
        return []
    out = []
    tag = "n" if word.pos_ == "NOUN" else "a"
    for child in word.rights:
        dep = child.dep_
        if dep == "prep" and child.lower_ in NOMINAL_PREPOSITIONS:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                out.append(Candidate(word, f"{tag}prep:{child.lower_}", *_span(obj), source))
        elif dep in ("acl", "ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
            marks = {c.lower_ for c in child.children if c.dep_ in ("mark", "aux")}
            if "that" in marks or dep == "ccomp":
                out.append(Candidate(word, f"{tag}that", *_span(child), source))
            elif "to" in marks:
                out.append(Candidate(word, f"{tag}to", *_span(child), source))
    return out


def _around(verb: Token, sent: Span) -> list[Candidate]:
    """The content of a cue that follows what it reports ("…, the president said"): the
    sentence before the cue phrase, and the rest of the sentence after it when the cue is set
    off by commas ("[The talks], the minister said, [were the most useful in years]"). A cue
    that comes before the clause it hangs from interrupts it, so it reports both sides or
    nothing. Both sides are ``before`` candidates of one cue, so they make one statement."""
    subject = subject_of(verb)
    left = min(verb.left_edge.i, subject.left_edge.i if subject is not None else verb.i)
    if left <= sent.start:
        return []
    before = Candidate(verb, "before", sent.start, left)
    after = _after_commas(verb, sent.end)
    if after is not None:
        return [before, Candidate(verb, "before", *after)]
    return [before] if verb.head.i < verb.i else []


def _after_commas(verb: Token, sent_end: int) -> tuple[int, int] | None:
    """The content after a cue phrase set off by a comma ("…, Connie Moganedi said, [the lions
    were killed]"), to the sentence's end; None when no comma closes the phrase or fewer than
    two tokens follow it."""
    doc = verb.doc
    right = verb.right_edge.i
    if doc[right].text != "," and right + 1 < sent_end and doc[right + 1].text == ",":
        right += 1
    if doc[right].text != ",":
        return None
    start, end = right + 1, sent_end
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end - start >= 2 else None


def positions_of(doc: Doc, attr: int, text: str) -> list[int]:
    """The indices of the tokens whose ``attr`` (e.g. ``ORTH``, ``LOWER``) is ``text``, read
    from the token array rather than by making a Token per token."""
    column = doc.to_array([attr]).reshape(-1)
    return numpy.flatnonzero(column == get_string_id(text)).tolist()


def _colon_candidates(doc: Doc) -> list[Candidate]:
    out = []
    for i in positions_of(doc, ORTH, ":"):
        colon = doc[i]
        if colon.i + 1 >= len(doc):
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
