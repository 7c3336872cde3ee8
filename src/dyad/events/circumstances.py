"""When, where and how many: an event's own date, place and casualty counts.

Each is read from the clause that names the event, not from the article at large: "Putin
met Xi in Beijing on Monday" dates the meeting to Monday and places it in Beijing, while
"Putin, who visited Beijing in 2019, called Xi" places and dates nothing of the call. These
fill PLOVER's ``event_loc`` and ``size`` (dead, injured, arrested) fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from dyad.doc import Found
from dyad.events.candidates import purpose
from dyad.lexicons import word_set
from dyad.nlp.sentences import layout
from dyad.nlp.syntax import clause_verb
from dyad.records import Amount, DateRef, Event, Location, Size

# Finer time expressions win when a clause has several ("last week, on December 8").
GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
# A deadline is not when the action happened ("gave the government until Thursday").
END_PREPOSITIONS = word_set("dyad.lexicons", "deadline_prepositions.csv")
# Prepositions that put an action at a place. "from" and "to" name origins and destinations
# ("returned from Beijing", "flew to Ankara"), not where the action happened.
LOCATION_PREPOSITIONS = word_set("dyad.events", "location_prepositions.csv")
# Casualty counts belong to these event types when their own verb is not the trigger
# ("two people were killed in the attack" with an ASSAULT coded on "attack").
CASUALTY_TYPES = word_set("dyad.events", "casualty_types.csv")
# Nouns that are times ("morning", "weekend") and verbs that share their complement's time
# ("began", "stopped"): a date may reach the event's clause through either.
TIME_NOUNS = word_set("dyad.events", "time_nouns.csv")
ASPECTUAL_VERBS = word_set("dyad.events", "aspectual_verbs.csv")
# "when", "while", "as": a clause they introduce shares the time of the clause it hangs from.
SAME_TIME_SUBORDINATORS = word_set("dyad.events", "same_time_subordinators.csv")
# "give", "have": verbs that grant time until a deadline ("has until Friday to decide").
DEADLINE_VERBS = word_set("dyad.events", "deadline_verbs.csv")


def _attaches_to(token: Token, anchors: set[int], steps: int = 4) -> bool:
    """Whether ``token`` modifies one of ``anchors`` within ``steps`` heads, without passing
    through a noun (the date of "the 1945 victory" belongs to the victory, not the clause)
    or another clause's verb.

    Four ways through are not another thing's time: a noun that is itself a time ("on
    Saturday morning"); an argument of an anchor, for a date in a prepositional phrase
    (`_phrase_of_the_act`); a verb form that is a preposition ("according to the attorney
    on Saturday"); and an aspectual verb's complement ("began serving on January 2,
    2017")."""
    path = token
    for _ in range(steps):
        if path.head.i == path.i:
            return False
        came_from, path = path, path.head
        if path.i in anchors:
            return True
        if path.pos_ in ("NOUN", "PROPN"):
            if path.dep_ == "npadvmod" or path.lemma_.lower() in TIME_NOUNS:
                continue
            return came_from.dep_ == "prep" and _phrase_of_the_act(came_from, path, anchors)
        if path.dep_ == "prep":  # a verb form that is a preposition: "according to"
            continue
        if path.pos_ in ("VERB", "AUX"):  # another clause's verb: its time, not ours
            if path.dep_ == "xcomp" and path.head.lemma_.lower() in ASPECTUAL_VERBS:
                continue
            return False
    return False


def _phrase_of_the_act(phrase: Token, noun: Token, anchors: set[int]) -> bool:
    """Whether a prepositional phrase the parser hangs on ``noun`` times the anchor's act:
    ``noun`` is the anchor's object ("confirmed the nomination on Friday": the attachment is
    ambiguous, and a preposition of time modifies the act, not the thing) or its subject
    with the phrase between subject and verb, where English puts the verb's adverbials
    ("Sea-Eye on Sunday renamed their ship"). An "of" phrase is the noun's own time ("discuss
    the events of this past weekend on Monday")."""
    verb = noun.head
    if verb.i not in anchors or phrase.lower_ == "of":  # "the events of last weekend"
        return False
    if noun.dep_ == "dobj":
        return True
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.i < phrase.i < verb.i


def _same_time(doc: Doc, anchors: set[int]) -> set[int]:
    """``anchors`` and the clauses that happen at their time: the aspectual verb whose
    complement an anchor is ("start trading on July 1": the start), a clause linked to an
    anchor's by "when", "while" or "as", either way ("was cited last year when he stepped
    down"), and the participle that describes an event noun ("a shutdown lasting several
    weeks this past December")."""
    out = set(anchors)
    for i in anchors:
        token = doc[i]
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in ASPECTUAL_VERBS:
            out.add(token.head.i)
        if token.dep_ == "advcl" and _simultaneous(token):
            out.add(token.head.i)
        out |= {c.i for c in token.children if c.dep_ == "advcl" and _simultaneous(c)}
        if token.pos_ == "NOUN":  # an event noun's participle: "a shutdown lasting ... December"
            out |= {c.i for c in token.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")}
    return out


def _simultaneous(clause: Token) -> bool:
    """Whether ``clause`` is introduced by a subordinator of the same time ("when")."""
    return any(
        c.dep_ in ("mark", "advmod") and c.lower_ in SAME_TIME_SUBORDINATORS
        for c in clause.children
        if c.i < clause.i
    )


def _dates_of(doc: Doc, anchors: set[int], dates: Sequence[Found[DateRef]]) -> list[Found[DateRef]]:
    """The time expressions that modify one of ``anchors`` (deadlines left out)."""
    found: list[Found[DateRef]] = []
    for ref in dates:
        root = doc[ref.start : ref.end].root
        if root.head.lower_ in END_PREPOSITIONS:
            if _deadline_of(root.head, anchors):
                found.append(ref)
            continue
        if _attaches_to(root, anchors):
            found.append(ref)
    return found


def _deadline_of(preposition: Token, anchors: set[int]) -> bool:
    """Whether a deadline ("until Thursday") is the time of an anchor: not of the verb it
    modifies (the giving of "had given the government until Thursday"), but, for a verb
    that grants time (`DEADLINE_VERBS`), of its "to" complement, the act due by then ("...
    until Thursday to throw it out", "has until March 29 to decide")."""
    verb = preposition.head
    if preposition.dep_ != "prep" or verb.lemma_.lower() not in DEADLINE_VERBS:
        return False  # "is to remain until January 4 to help": a stay and its purpose
    return any(
        c.i in anchors and c.dep_ in ("xcomp", "advcl") and purpose(c) for c in verb.children
    )


def _conjunct_dates(doc: Doc, anchors: set[int], dates: Sequence[Found[DateRef]]) -> list[DateRef]:
    """For an anchor that is a conjoined verb with no date of its own, its head verb's
    dates that reach it: all of them when it has no subject of its own ("was arrested
    Monday and waived extradition"), else those fronted before the head, which scope over
    the coordination ("On Friday, thousands marched and police fired")."""
    out: list[DateRef] = []
    for i in anchors:
        token = doc[i]
        head = token.head
        if token.dep_ != "conj" or head.pos_ not in ("VERB", "AUX"):
            continue
        bare = not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        out += [f.record for f in _dates_of(doc, {head.i}, dates) if bare or f.end <= head.i]
    return out


def event_date(
    doc: Doc, anchors: set[int], dates: Sequence[Found[DateRef]], article_date: dt.date | None
) -> tuple[dt.date | None, str, str]:
    """``(date, date_source, granularity)``: the finest time expression that modifies the
    event's clause (``anchors``: the trigger and its clause verb), else the article's date.

    A historical reference in the event's own clause ("fought a war in 1994") dates that
    event to its year; one in another clause or inside a noun phrase ("the 80th anniversary
    of victory in 1945") does not touch a present-day event. Clauses of the same time
    (`_same_time`) share their dates; a conjunct with none of its own takes its head's
    (`_conjunct_dates`).
    """
    found = [f.record for f in _dates_of(doc, _same_time(doc, anchors), dates)]
    if not found:
        found = _conjunct_dates(doc, anchors, dates)
    if not found:
        return article_date, "article", "day"
    best = min(found, key=lambda r: GRANULARITY_RANK.get(r.granularity, 9))
    return best.date, "text", best.granularity


def _preposition_of_place(token: Token) -> Token | None:
    """The preposition that governs a place name: "in" for "in Ankara", "in the Turkish
    capital, Ankara", "in the city of Kharkiv", "in Ankara and Istanbul"."""
    current = token
    for _ in range(4):
        head = current.head
        if head.i == current.i:
            return None
        if current.dep_ == "pobj" and head.lower_ in LOCATION_PREPOSITIONS:
            return head
        of_phrase = current.dep_ == "pobj" and head.lower_ == "of"
        if not (of_phrase or current.dep_ in ("appos", "conj", "compound", "prep")):
            return None
        current = head
    return None


def event_location(
    doc: Doc, trigger: Token, verb: Token, locations: Iterable[Found[Location]]
) -> Location | None:
    """The place where the event happened: a location in a locative phrase ("in Ankara")
    that modifies the trigger, its clause verb or the verb's object ("attacked the embassy
    in Kabul"). Places merely mentioned ("troops from Russia") are not the event's."""
    anchors = {trigger.i, verb.i}
    anchors |= {c.i for c in verb.children if c.dep_ == "dobj"}
    sentence = layout(doc).sentence_span(trigger.i)
    best: tuple[int, Location] | None = None
    for loc in locations:
        if not sentence.start_char <= loc.record.start < sentence.end_char:
            continue
        root = doc[loc.start : loc.end].root
        preposition = _preposition_of_place(root)
        if preposition is None or preposition.head.i not in anchors:
            continue
        distance = abs(root.i - trigger.i)
        if best is None or distance < best[0]:
            best = (distance, loc.record)
    return best[1] if best else None


def _casualty_verb(doc: Doc, amount: Found[Amount]) -> Token | None:
    noun = doc[amount.start : amount.end][-1]
    return noun.head if noun.head.i != noun.i else None


def attach_sizes(doc: Doc, events: list[Event], amounts: Iterable[Found[Amount]]) -> list[Event]:
    """``events`` with casualty counts ("twenty people were arrested") added as ``size``,
    each count to one event of its sentence: the one whose trigger is the count's verb,
    else the nearest event of a type that has casualties."""
    counts: dict[int, dict[str, int]] = {}
    for found in amounts:
        amount = found.record
        if amount.kind != "count" or amount.object not in ("dead", "injured", "arrested"):
            continue
        verb = _casualty_verb(doc, found)
        if verb is None:
            continue
        sentence = layout(doc).sentence_span(verb.i)
        in_sentence = [
            (i, e)
            for i, e in enumerate(events)
            if sentence.start_char <= e.start < sentence.end_char
        ]
        same_verb = [i for i, e in in_sentence if e.start == verb.idx]
        typed = sorted(
            (abs(e.start - verb.idx), i) for i, e in in_sentence if e.event in CASUALTY_TYPES
        )
        target = same_verb[0] if same_verb else typed[0][1] if typed else None
        if target is None:
            continue
        slot = counts.setdefault(target, {})
        slot[amount.object] = slot.get(amount.object, 0) + int(amount.value)
    out = list(events)
    for i, fields in counts.items():
        out[i] = replace(out[i], size=Size(**fields))
    return out


def situate(
    doc: Doc,
    event: Event,
    dates: Sequence[Found[DateRef]],
    locations: Sequence[Found[Location]],
    article_date: dt.date | None,
) -> Event:
    """``event`` with the date and place of its own clause."""
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None:
        return event
    trigger = span[0]
    verb = clause_verb(trigger)
    date, source, granularity = event_date(doc, {trigger.i, verb.i}, dates, article_date)
    return replace(
        event,
        date=date,
        date_source=source,
        date_granularity=granularity,
        event_loc=event_location(doc, trigger, verb, locations),
    )
