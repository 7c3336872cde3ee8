"""Who acts and who receives: the parties of an event trigger, read from the parse.

The actor stage has already found the mentions (`dyad.doc.DocMention`, indexed by token); these
functions walk the dependency tree from a trigger to the mentions that take part. The subject
(all conjuncts; the ``by`` agent of a passive) acts; objects, datives and prepositional
objects ("sanctions on Iran", "aid to Ukraine") receive.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dyad.doc import DocMention
from dyad.lexicons import word_set

OBJECTS = ("dobj", "dative", "iobj", "attr", "oprd")
# Prepositions whose object is the recipient of an action ("aid to Ukraine", "sanctions on
# Iran", "talks with Xi"). "from" is kept out: "troops from Russia" names an actor's origin.
RECIPIENT_PREPOSITIONS = word_set("dyad.events", "recipient_prepositions.csv")
# Inside an object, "of" and "by" name whom the object belongs to, and so who is on the
# receiving end: "rejected calls by Belarus's rulers", "sheltered scores of Liberian
# refugees". On the verb itself they do not ("accused Iran of attacking tankers").
OBJECT_OWNER_PREPOSITIONS = word_set("dyad.events", "object_owner_prepositions.csv")
# How many noun phrases deep a recipient is looked for inside an object ("part of a
# program for Bosnia"): 3 as measured on plover-gsr dev (issue #5 analysis, P4).
MAX_OBJECT_DEPTH = 3
# A verb attached by these shares the subject of the word it hangs from: an infinitive
# ("began to attack"), a conjoined or adverbial clause, and an adjective complement that
# governs an infinitive ("Arnor is about to restore", "Syria says it is willing to
# withdraw"). Climbing "prep"/"pcomp" too was tried and made Putin the one introducing a
# visa-free regime in "Putin thanked Xi for introducing ...".
SHARED_SUBJECT_DEPS = frozenset({"xcomp", "conj", "advcl", "acomp"})
# Passives whose subject does the infinitive they govern ("Gollum was seen to break into",
# "Obama is scheduled to attend", "Arnor is said to be about to restore").
RAISING_PASSIVES = word_set("dyad.events", "raising_passives.csv")
# Named entities that are never parties, even with a country modifier ("the Chinese New
# Year", "the Russian language").
NOT_ACTOR_ENTITIES = frozenset(
    {
        "DATE",
        "EVENT",
        "TIME",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
        "MONEY",
        "QUANTITY",
        "CARDINAL",
        "ORDINAL",
        "PERCENT",
    }
)


# Texts that say something on their issuer's behalf: "issued a declaration demanding",
# "put out a report accusing", "approved a resolution criticizing". Other nouns are left
# out ("forced a cargo plane flying to New Delhi": the plane flies, not the air force).
DOCUMENT_NOUNS = word_set("dyad.events", "document_nouns.csv")
# Prepositions of place whose country may be on the receiving end of an action.
PLACE_PREPOSITIONS = word_set("dyad.events", "place_prepositions.csv")
# Verbs whose "from" names the party withdrawn from ("pull out" is "pull" + particle).
WITHDRAWAL_VERBS = word_set("dyad.events", "withdrawal_verbs.csv")
# Subordinators of a condition ("unless Baghdad accepts").
CONDITION_MARKS = word_set("dyad.events", "subordinators.csv", where="condition")
# Pronouns that, as the subject of a reported clause, stand for the one reporting it.
SPEAKER_PRONOUNS = word_set("dyad.events", "speaker_pronouns.csv")
# Verbs of saying whose subject a pronoun in their object clause usually stands for.
SPEAKER_REPORTING_VERBS = word_set("dyad.events", "reporting_verbs.csv", where="speaker")
# Nouns that name a part or a number of a group ("thousands of Nigerians", "one third of
# ethnic Albanian guerrillas", "members of the opposition"): the group in their "of" phrase
# takes part. Numbers are recognised by their tag (CD) or entity type.
PARTITIVE_NOUNS = word_set("dyad.events", "partitive_nouns.csv")


def is_party(d: DocMention) -> bool:
    """A coded mention that is not a mere place ("talks in Beijing")."""
    return not d.locative and d.actor.code is not None


def drafts_at(drafts: dict[int, DocMention], token: Token) -> list[DocMention]:
    """The parties headed by ``token`` and its conjuncts ("Russia and China")."""
    out: list[DocMention] = []
    for tok in (token, *token.conjuncts):
        found = [drafts[tok.i]] if tok.i in drafts else []
        if not found and tok.ent_type_ not in NOT_ACTOR_ENTITIES:
            # an uncoded organization or group of coded countries: "Iran's Mahan Air",
            # "Iranian airline Mahan Air" -> Iran; "the Turkish and Greek sides" -> both
            found = [
                drafts[c.i]
                for c in tok.subtree
                if c.i < tok.i
                and c.i in drafts
                and drafts[c.i].kind in ("place", "name")
                and (
                    c.dep_ in ("poss", "amod", "compound", "nmod")
                    or (c.dep_ == "conj" and c.head.dep_ in ("amod", "compound"))
                )
            ]
        if not found and _partitive(tok):
            found = [d for obj in _objects_of(tok, "of") for d in drafts_at(drafts, obj)]
        for best in found:
            if is_party(best) and best not in out:
                out.append(best)
                out += [replace(best, actor=partner, partners=()) for partner in best.partners]
    return out


def _reported_pronoun(pronoun: Token) -> bool:
    """An uncoded pronoun subject of a clause that reports what its speaker said."""
    clause = pronoun.head
    return (
        pronoun.pos_ == "PRON"
        and pronoun.lower_ in SPEAKER_PRONOUNS
        and clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in SPEAKER_REPORTING_VERBS
    )


def _partitive(tok: Token) -> bool:
    return (
        tok.lemma_.lower() in PARTITIVE_NOUNS
        or tok.tag_ == "CD"
        or tok.ent_type_ in ("CARDINAL", "QUANTITY")
    )


def _objects_of(tok: Token, preposition: str) -> list[Token]:
    """The objects of ``tok``'s own ``preposition`` ("troops from [Lebanon]")."""
    return [
        obj
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ == preposition
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def subject(verb: Token, drafts: dict[int, DocMention]) -> list[DocMention]:
    """The parties that act in ``verb``'s clause: its subject, or the ``by`` agent of a
    passive; an infinitive or conjoined verb shares its governor's subject."""
    current = verb
    for _ in range(3):
        if _active_conjunct_of_passive(verb, current):
            # "the prime minister has been indicted by the court and will resign": the one
            # indicted resigns, not the court
            own = next(c for c in current.children if c.dep_ == "nsubjpass")
            return drafts_at(drafts, own)
        for child in current.children:
            if child.dep_ == "agent":  # passive "by X" acts
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return drafts_at(drafts, obj)
        raised = (
            current.i != verb.i
            and verb.dep_ == "xcomp"
            and current.lemma_.lower() in RAISING_PASSIVES
        )
        for child in current.children:
            # "Gollum was seen to break into ...": a passive's subject does the infinitive
            if child.dep_ in ("nsubj", "csubj") or (raised and child.dep_ == "nsubjpass"):
                found = drafts_at(drafts, child)
                if not found and _reported_pronoun(child):
                    # "Syria says it is willing to withdraw", "militants said they
                    # attempted to assassinate": the pronoun is the speaker
                    return subject(child.head.head, drafts)
                return found
        own_passive = any(c.dep_ == "nsubjpass" for c in current.children)
        if own_passive and current.dep_ == "advcl":
            # "after a hafling was reported on the pass": the clause has its own subject
            break
        if current.dep_ in SHARED_SUBJECT_DEPS and current.head.i != current.i:
            current = current.head
        elif document_clause(current):
            # "issued a declaration demanding that ...": the issuer demands
            current = current.head.head
        else:
            break
    return []


def _active_conjunct_of_passive(verb: Token, current: Token) -> bool:
    """Whether ``current`` is a passive verb that the active ``verb`` is conjoined with. A
    bare participle shares the passive's auxiliary ("were kidnapped and killed") and is
    passive too; "and will resign", "and has resigned" are active."""
    active = not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and (
        verb.tag_ != "VBN" or any(c.dep_ == "aux" for c in verb.children)
    )
    return (
        current.i != verb.i
        and verb.dep_ == "conj"
        and verb.head.i == current.i
        and active
        and any(c.dep_ == "nsubjpass" for c in current.children)
    )


def document_clause(verb: Token) -> bool:
    """A participle clause on the object of a verb, saying what a document or statement does
    ("issued a declaration demanding", "sent a letter urging")."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.head.lemma_.lower() in DOCUMENT_NOUNS
        and verb.head.dep_ == "dobj"
        and verb.head.head.pos_ == "VERB"
    )


def places_of(head: Token, drafts: dict[int, DocMention], depth: int = 0) -> list[DocMention]:
    """Countries named as where ``head``'s action happens, in its own phrase or its
    object's: "lifted a curfew in Montenegro", "evacuate settlements in the Gaza Strip"."""
    out: list[DocMention] = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in PLACE_PREPOSITIONS:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out += [d for tok in (obj, *obj.conjuncts) for d in _place_at(tok, drafts)]
        elif child.dep_ in OBJECTS and depth == 0:
            out += places_of(child, drafts, depth + 1)
    return list(dict.fromkeys(out))


def _place_at(tok: Token, drafts: dict[int, DocMention]) -> list[DocMention]:
    """The country a place phrase names: its head ("in Montenegro") or, for an uncoded head,
    a place compounded with it ("in the Gaza Strip", "in Montenegro province")."""
    found = drafts.get(tok.i)
    if found is None:
        found = next(
            (
                drafts[c.i]
                for c in tok.children
                if c.dep_ == "compound" and c.i in drafts and drafts[c.i].kind == "place"
            ),
            None,
        )
    elif not found.locative:
        return []
    return [found] if found is not None and found.actor.country is not None else []


def condition_subjects(verb: Token, drafts: dict[int, DocMention]) -> list[DocMention]:
    """The parties whose act is the condition of ``verb`` or of the infinitive it governs:
    "Hamas" in "threatened to ban voting if Hamas ran"."""
    for head in (verb, *[c for c in verb.children if c.dep_ == "xcomp"]):
        for clause in head.children:
            if clause.dep_ != "advcl" or not any(
                m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children
            ):
                continue
            for child in clause.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return drafts_at(drafts, child)
    return []


def passive_subject(verb: Token, drafts: dict[int, DocMention]) -> list[DocMention]:
    """The parties a passive verb happens to ("Iran was accused")."""
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            # "a camp for Congolese refugees was attacked": the party is inside the subject,
            # as inside an object
            return drafts_at(drafts, child) or receivers(child, drafts, depth=1)
    return []


def withdrawn_from(verb: Token, drafts: dict[int, DocMention]) -> list[DocMention]:
    """The party a withdrawal leaves ("withdraw its troops from neighboring Lebanon"): the
    object of the verb's own "from" (PLOVER manual, RETREAT and SANCTION `withdraw`: the
    recipient is the one withdrawn from). Only for verbs of withdrawal: "returned from
    Moscow" is no party."""
    if verb.lemma_.lower() not in WITHDRAWAL_VERBS:
        return []
    return [d for obj in _objects_of(verb, "from") for d in drafts_at(drafts, obj)]


def receivers(
    head: Token, drafts: dict[int, DocMention], depth: int = 0, owners: bool | None = None
) -> list[DocMention]:
    """The parties on the receiving end of ``head``: objects, datives and prepositional
    objects, and the recipients named inside the object ("imposed sanctions on Iran",
    "rejected calls by Belarus's rulers"). ``owners``: whether "of", "by" and "from" name
    parties too (inside an object, by default)."""
    out: list[DocMention] = []
    inside_object = depth >= 1
    if owners is None:
        owners = inside_object
    prepositions = RECIPIENT_PREPOSITIONS | (OBJECT_OWNER_PREPOSITIONS if owners else set())
    for child in head.children:
        # a preposition: "aid to Ukraine" (spaCy marks this "to" dative, not prep)
        if child.dep_ in ("prep", "dative") and child.pos_ == "ADP":
            if child.lower_ in prepositions and not (
                child.lower_ == "from" and drafts_at(drafts, head)
            ):
                # "a mission of observers from the OSCE": the OSCE's; "exiled dissidents
                # from Egypt" are already a party, Egypt only where they came from
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found = drafts_at(drafts, obj)
                        out += found
                        if not found and depth < MAX_OBJECT_DEPTH:
                            # "sheltered scores of Liberian refugees", "mobilized reservists
                            # for a possible war against Iraq": the party is deeper. Under
                            # the verb's own preposition only as a recipient is: "reported
                            # on the pass of Cirith Ungol" is not about Mordor's troops
                            out += receivers(obj, drafts, depth + 1, owners=inside_object)
        elif child.dep_ in OBJECTS:
            out += drafts_at(drafts, child)
            if depth == 0:  # "imposed sanctions on Iran"
                out += receivers(child, drafts, depth + 1)
    if not out and depth == 0 and head.lemma_.lower() != "say":
        # ("said that Arnor is about to restore ties" tells Arnor nothing)
        # "the US demanded that North Korea forsake its program": the one asked to act
        # receives the demand (not an infinitive's subject: "wanted Obama to head back")
        for child in head.children:
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            if child.dep_ == "ccomp" and not infinitive:
                asked = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if asked is not None:
                    out += drafts_at(drafts, asked)
    return list(dict.fromkeys(out))
