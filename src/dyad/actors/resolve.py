"""Noun phrases to coded actors.

Each noun phrase of a parsed sentence is read head first: a known person ("Russian President
Vladimir Putin" -> Vladimir Putin, RUSGOV on the article's date), an unknown person named by
NER (country and sector from the phrase's other words), an institution ("the Kremlin"), an
international organization, a sector noun with its country ("Russian citizens" -> RUSCVL,
"the president of Russia" -> RUSGOV), or a country or capital ("Beijing" -> CHNGOV).
Role nouns without a name ("the president", "the Russian leader") and pronouns are left for
`dyad.actors.coref` to resolve.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from dyad.actors.codes import (
    armed_actor,
    coded_actor,
    country_actor,
    group_actor,
    igo_actor,
    person_actor,
    pick_person,
)
from dyad.actors.kb import Entry, Person
from dyad.actors.matcher import ActorMatcher, NameMatch, SectorMatch
from dyad.doc import DocMention
from dyad.lexicons import code_map, word_set
from dyad.nlp.sentences import layout
from dyad.records import Actor

# Prepositions after which a place name is where something happens, not who acts
# ("talks in Beijing"); "from", "with" and "to" are left out since they introduce actors.
LOCATIVE_PREPOSITIONS = word_set("dyad.lexicons", "locative_prepositions.csv")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Office words that take their sector from a modifier when there is one ("rebel leaders").
GENERIC_HEADS = word_set("dyad.actors", "generic_heads.csv")
DEFINITE_DETERMINERS = word_set("dyad.actors", "definite_determiners.csv")
# Compass words before a country name make a region of it, not a person's first name:
# "South Lebanon" is in Lebanon. Country names that start with one ("South Korea", "North
# Macedonia", "East Timor") are matched whole before this is asked.
COMPASS_WORDS = word_set("dyad.actors", "compass_words.csv")
# Except where the two words name a place outside the country: North, South and Central
# America are continents and regions, not parts of the United States.
NOT_REGIONS_OF = word_set("dyad.actors", "not_regions_of.csv")
PERSON_PRONOUNS = code_map("dyad.actors", "person_pronouns.csv")


@dataclass(frozen=True, slots=True)
class _Phrase:
    """What `PhraseReader.read` knows of a noun phrase before it decides what the phrase
    mentions."""

    start: int
    end: int
    """After an "of" phrase naming the country of a sector noun ("the president of Russia")."""
    head: Token
    sentence: int
    subject: bool
    """Its head is a clause's subject, or a conjunct of one."""
    locative: bool
    """It follows a locative preposition ("talks in Beijing")."""
    title: str
    """The title its person words give ("president"), or ""."""
    names: list[NameMatch]
    head_name: NameMatch | None
    """The name the head is part of."""
    modifiers: list[NameMatch]
    """The names other than the head's."""
    sectors: list[SectorMatch]
    """The sector nouns outside the head's name."""
    head_sector: SectorMatch | None
    """The head's sector noun, when the head is part of no name."""
    country: str | None
    """The country its modifiers and "of" phrase name."""
    igo: str | None
    """The international organization its modifiers and "of" phrase name."""
    sector: str | None
    """The sector its sector nouns give (`PhraseReader._sector`)."""

    def mention(
        self,
        actor: Actor,
        kind: str,
        *,
        gender: str | None = None,
        locative: bool = False,
        partners: tuple[Actor, ...] = (),
    ) -> DocMention:
        """The phrase as a mention of ``actor``."""
        span = self.head.doc[self.start : self.end]
        return DocMention(
            self.start,
            self.end,
            span.start_char,
            span.end_char,
            span.text,
            actor,
            kind,
            self.sentence,
            self.subject,
            title=self.title,
            gender=gender,
            locative=locative,
            head=self.head.lemma_.lower(),
            partners=partners,
        )


class PhraseReader:
    """Reads the noun phrases of one Doc into mentions (`DocMention`)."""

    def __init__(self, doc: Doc, matcher: ActorMatcher, date: dt.date | None) -> None:
        self.doc = doc
        self.kb = matcher.kb
        self.date = date
        self.names = matcher.names(doc)
        self.sectors = matcher.sectors(doc)
        self._name_at = {i: m for m in self.names for i in range(m.start, m.end)}
        self._sector_at = {i: m for m in self.sectors for i in range(m.start, m.end)}
        self._layout = layout(doc)
        self._person_ents = {
            i: ent for ent in doc.ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)
        }
        self._short_names = _short_names(doc)

    def sentence_of(self, i: int) -> int:
        return self._layout.sentence_of(i)

    # ---- pieces of a phrase -------------------------------------------------------------
    def _names_in(self, start: int, end: int) -> list[NameMatch]:
        found = dict.fromkeys(self._name_at[i] for i in range(start, end) if i in self._name_at)
        return [m for m in found if start <= m.start and m.end <= end]

    def _sectors_in(self, start: int, end: int) -> list[SectorMatch]:
        found = dict.fromkeys(self._sector_at[i] for i in range(start, end) if i in self._sector_at)
        return [m for m in found if start <= m.start and m.end <= end]

    def _place_of(self, matches: list[NameMatch]) -> tuple[str | None, str | None]:
        """(country, igo) named by the modifiers of a phrase."""
        country = igo = None
        for m in matches:
            for e in m.entries:
                if e.kind in ("country", "capital") and country is None:
                    country = e.key
                elif e.kind == "igo" and igo is None:
                    igo = e.key
                elif e.kind == "institution" and country is None:
                    country = self.kb.institutions[e.key].country
                elif e.kind == "armed" and country is None:
                    # "Hezbollah guerrillas" are Lebanon's, as Hezbollah is coded
                    role = self.kb.armed_groups[e.key].role_at(self.date)
                    country = role.country if role else None
                elif e.kind == "person" and country is None:
                    person = self.kb.people.get(e.key)
                    role = person.role_at(self.date) if person else None
                    country = role.country if role else None
                elif e.kind == "coded" and country is None and igo is None:
                    code = self.kb.coded[e.key].code_at(self.date)
                    if code and code.startswith("IGO"):
                        igo = code[3:]
                    elif code:
                        country = code[:3]
        return country, igo

    def _of_phrase(self, head: Token) -> tuple[list[NameMatch], int]:
        """Names in an "of X" / "from X" attachment of the head ("the president of Russia"),
        and the token index after that attachment (the head's own end when there is none)."""
        out: list[NameMatch] = []
        end = head.i + 1
        # "a spokesman for the Kremlin" speaks for it; "a regime for Russian citizens" does not
        sector = self._sector_at.get(head.i)
        spokesman = sector is not None and self.kb.sectors[sector.phrase].person
        # "opposition groups in Zimbabwe", "security forces in Guinea" are that country's
        preps = (
            ("of", "from", "for")
            if spokesman
            else ("of", "from", "in")
            if sector
            else ("of", "from")
        )
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found = self._names_in(obj.left_edge.i, obj.right_edge.i + 1)
                        if found:
                            out.extend(found)
                            end = max(end, obj.right_edge.i + 1)
        return out, end

    def _appositive(self, head: Token) -> list[int]:
        return [c.i for c in head.children if c.dep_ == "appos"]

    # ---- one phrase ---------------------------------------------------------------------
    def read(self, start: int, end: int, head: Token) -> DocMention | None:
        """The mention a phrase (tokens ``start..end``, head ``head``) makes, or None: a name
        the knowledge base knows, else a person's name it does not know, else a sector noun
        ("Russian citizens", "the president"), else a person pronoun."""
        phrase = self._phrase(start, end, head)
        person_name, phrase = self._person_name(phrase)
        if phrase.head_name is not None and self._knows(phrase.head_name):
            return self._known_name(phrase, phrase.head_name)
        if person_name is None:
            person_name = self._coordinated_person(head)
        if person_name is not None and phrase.head_sector is None:
            return self._unknown_person(phrase, person_name)
        if phrase.head_sector is not None:
            return self._sector_noun(phrase, phrase.head_sector)
        if head.pos_ == "PRON" and head.lower_ in PERSON_PRONOUNS:
            actor = Actor(name=None, code=None, country=None, sector=None, id=None)
            return phrase.mention(actor, "pronoun", gender=PERSON_PRONOUNS[head.lower_])
        return None

    def _phrase(self, start: int, end: int, head: Token) -> _Phrase:
        """The names and sector nouns of a phrase, and the country, organization and sector
        its words give."""
        names = self._names_in(start, end)
        head_name = self._name_at.get(head.i)
        # words inside a name are not sector nouns: the "Union" of "European Union"
        sectors = [
            m
            for m in self._sectors_in(start, end)
            if head_name is None or m.end <= head_name.start or m.start >= head_name.end
        ]
        head_sector = self._sector_at.get(head.i) if head_name is None else None
        modifiers = [m for m in names if m is not head_name]
        of_names, of_end = self._of_phrase(head)
        country, igo = self._place_of(modifiers + of_names)
        sector = self._sector(head_sector, sectors)
        if of_names and head_sector is not None and head_name is None:
            end = max(end, of_end)  # the mention is "the president of Russia", not "the president"
            if sector is None:  # "a spokesman for the Kremlin" is the Kremlin's sector
                sector = self._institution_sector(of_names)
        return _Phrase(
            start=start,
            end=end,
            head=head,
            sentence=self.sentence_of(head.i),
            subject=head.dep_ in SUBJECT_DEPS
            or (head.dep_ == "conj" and head.head.dep_ in SUBJECT_DEPS),
            locative=head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPOSITIONS,
            title=self._title(sectors),
            names=names,
            head_name=head_name,
            modifiers=modifiers,
            sectors=sectors,
            head_sector=head_sector,
            country=country,
            igo=igo,
            sector=sector,
        )

    def _institution_sector(self, names: list[NameMatch]) -> str | None:
        """The sector of the first institution among ``names``."""
        return next(
            (
                self.kb.institutions[e.key].sector
                for m in names
                for e in m.entries
                if e.kind == "institution"
            ),
            None,
        )

    def _person_name(self, phrase: _Phrase) -> tuple[Span | None, _Phrase]:
        """The person's name the phrase holds by NER or by a title before it, and the phrase
        without its head name when that name is part of the person's."""
        head, head_name = phrase.head, phrase.head_name
        ent = self._person_ents.get(head.i)
        if ent is None and head_name is None and phrase.head_sector is None:
            ent = self._titled_name(head, phrase.sectors)
        short = self._short_names.get(head.text)
        if (
            ent is None
            and short is not None
            and short.after < head.i
            and head.pos_ == "PROPN"
            and not self._in_longer_entity(head)
            and head.i not in self._sector_at
            and not (short.first and head_name is not None)
        ):
            # "Mendez" after "Tony Mendez", "Novak" (NER: an organization) after "Jan
            # Novak", "Amman" (NER and the gazetteer: Jordan's capital) after "Sudesh
            # Amman": a word of a person's name met earlier in the article is that person
            # (`dyad.actors.coref` links it). Not inside a longer name ("Hong Kong" after
            # "Sally Kong"), and a first name never hides a name the KB knows ("Israel"
            # after "Israel Katz" is the country). NER's PERSON entities also catch "Ebola
            # Reston", whose "Reston" then is no place (GeoVirus lost 4 of 2,170 toponyms)
            return self.doc[head.i : head.i + 1], replace(phrase, head_name=None)
        if (
            head_name is not None
            and ent is not None
            and len(ent) > head_name.end - head_name.start
            and not any(e.kind == "person" for e in head_name.entries)
        ):
            # "Nikki Holland" is a person, not the Netherlands
            return ent, replace(phrase, head_name=None)
        if (
            head_name is not None
            and ent is None
            and self._named_by_unknown_first_name(head, head_name)
        ):
            # NER may call "Nikki Holland" an ORG: an unknown proper name right before a
            # country name makes a person's name, not a country
            return self.doc[head_name.start - 1 : head_name.end], replace(phrase, head_name=None)
        return ent, phrase

    def _knows(self, match: NameMatch) -> bool:
        """Whether the knowledge base holds what a name stands for: anything but a person,
        or a person it has a record of."""
        return any(e.kind != "person" or e.key in self.kb.people for e in match.entries)

    def _known_name(self, phrase: _Phrase, match: NameMatch) -> DocMention | None:
        """A name the knowledge base knows (`_knows`): a person when it names only people or
        NER calls it a person, else what its first other entry stands for."""
        person = pick_person(self.kb, list(match.entries), self.date)
        other = next((e for e in match.entries if e.kind != "person"), None)
        if person is not None and (other is None or phrase.head.i in self._person_ents):
            return phrase.mention(self._person_actor(person, phrase), "name", gender=person.gender)
        assert other is not None, "a name of unknown people only is not known (_knows)"
        return self._entry_mention(phrase, other)

    def _entry_mention(self, phrase: _Phrase, entry: Entry) -> DocMention | None:
        """The mention of a name that stands for ``entry``, not a person; None when a
        PETRARCH dictionary says the name is no actor."""
        if entry.kind == "institution":
            inst = self.kb.institutions[entry.key]
            actor = country_actor(self.kb, phrase.country or inst.country, inst.sector)
            return phrase.mention(replace(actor, name=inst.name), "name")
        if entry.kind == "igo":
            return phrase.mention(igo_actor(self.kb, entry.key, phrase.sector), "name")
        if entry.kind == "armed":
            return phrase.mention(armed_actor(self.kb, entry.key, self.date), "name")
        if entry.kind == "capital":
            actor = country_actor(self.kb, entry.key, "GOV")
            return phrase.mention(actor, "place", locative=phrase.locative)
        if entry.kind == "country":
            actor = country_actor(self.kb, entry.key)
            return phrase.mention(actor, "place", locative=phrase.locative)
        # "coded": an actor from a PETRARCH dictionary
        actor = coded_actor(self.kb, entry.key, self.date, phrase.sector)
        if actor.code is None:
            return None  # "[---]": the dictionary says this name is no actor
        kind = "place" if len(actor.code) == 3 else "name"
        return phrase.mention(actor, kind, locative=phrase.locative and kind == "place")

    def _coordinated_person(self, head: Token) -> Span | None:
        """ "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin": NER tagged
        only the first; a proper name coordinated with a person is a person."""
        if head.pos_ != "PROPN" or head.dep_ != "conj" or not self._is_person_token(head.head):
            return None
        return self.doc[head.left_edge.i if head.left_edge.pos_ == "PROPN" else head.i : head.i + 1]

    def _unknown_person(self, phrase: _Phrase, name: Span) -> DocMention:
        """A person the knowledge base does not know, coded by the phrase's words and those
        of its appositives ("Aparna Garg, an Indian official")."""
        doc = self.doc
        country, igo, sector = phrase.country, phrase.igo, phrase.sector
        for i in self._appositive(phrase.head):
            extra = self._names_in(doc[i].left_edge.i, doc[i].right_edge.i + 1)
            country, igo = country or self._place_of(extra)[0], igo or self._place_of(extra)[1]
            sector = sector or self._sector(
                None, self._sectors_in(doc[i].left_edge.i, doc[i].right_edge.i + 1)
            )
        base = group_actor(self.kb, country, igo, sector)
        actor = Actor(
            name=name.text.removesuffix("'s").removesuffix("'").strip(),
            code=base.code,
            country=base.country,
            sector=base.sector,
            id=None,
        )
        return phrase.mention(actor, "name")

    def _sector_noun(self, phrase: _Phrase, head: SectorMatch) -> DocMention | None:
        """A phrase headed by a sector noun: a role ("the president") or a group ("Russian
        citizens", "al-Qaeda leaders"), with the countries of coordinated modifiers."""
        noun = self.kb.sectors[head.phrase]
        actor = group_actor(self.kb, phrase.country, phrase.igo, phrase.sector)
        if actor.code is None:
            # "al-Qaeda leaders": a transnational armed group's own people (IMGAQD)
            actor = self._armed_modifier(phrase.modifiers) or actor
        has_person = any(e.kind == "person" for m in phrase.names for e in m.entries)
        if noun.person and not has_person:
            kind = "role" if self._definite(phrase.start, phrase.head) else "group"
        elif actor.code is None and actor.sector is None:
            return None
        else:
            kind = "group"
        partners = self._partners(phrase.modifiers, phrase.country, phrase.sector)
        return phrase.mention(actor, kind, partners=partners)

    def _person_actor(self, person: Person, phrase: _Phrase) -> Actor:
        """A known person's actor; before any role the knowledge base knows of, the phrase's
        own words code them ("Serbian President Vojislav Kostunica" before his term)."""
        actor = person_actor(self.kb, person, self.date)
        if actor.code is None and (phrase.country or phrase.igo):
            base = group_actor(self.kb, phrase.country, phrase.igo, phrase.sector)
            actor = replace(actor, code=base.code, country=base.country, sector=base.sector)
        return actor

    def _armed_modifier(self, modifiers: list[NameMatch]) -> Actor | None:
        for m in modifiers:
            for e in m.entries:
                if e.kind == "armed":
                    return replace(armed_actor(self.kb, e.key, self.date), name=None, id=None)
        return None

    def _titled_name(self, head: Token, sectors: list[SectorMatch]) -> Span | None:
        """The proper name after a person's title ("Vice-President Moody Awori", which NER
        calls an organization): a title before a proper name makes it a person's."""
        if head.pos_ != "PROPN":
            return None
        titles = [m for m in sectors if self.kb.sectors[m.phrase].person and m.end <= head.i]
        if not titles:
            return None
        first = max(m.end for m in titles)
        if not all(t.pos_ == "PROPN" and t.is_alpha for t in self.doc[first : head.i + 1]):
            return None
        return self.doc[first : head.i + 1]

    def _in_longer_entity(self, token: Token) -> bool:
        return token.ent_iob_ == "I" or (
            token.ent_iob_ == "B"
            and token.i + 1 < len(self.doc)
            and self.doc[token.i + 1].ent_iob_ == "I"
        )

    def _named_by_unknown_first_name(self, head: Token, match: NameMatch) -> bool:
        if not all(e.kind == "country" for e in match.entries) or match.start == 0:
            return False
        before = self.doc[match.start - 1]
        return (
            before.pos_ == "PROPN"
            and before.dep_ == "compound"
            and before.head.i == head.i
            and before.i not in self._name_at
            and before.text[:1].isupper()
            and before.text.isalpha()
            and not self._region_of_country(before, match)
        )

    def _region_of_country(self, compass: Token, match: NameMatch) -> bool:
        """ "South Lebanon": a compass word before a country name, not part of a longer name
        ("New South Wales" is in Australia) nor a continent ("South America")."""
        if compass.lower_ not in COMPASS_WORDS:
            return False
        if self.doc[match.start : match.end].text.lower() in NOT_REGIONS_OF:
            return False
        earlier = self.doc[compass.i - 1] if compass.i else None
        return earlier is None or not (
            earlier.pos_ == "PROPN"
            and earlier.text[:1].isupper()
            and earlier.head.i == match.end - 1
        )

    def _partners(
        self, modifiers: list[NameMatch], country: str | None, sector: str | None
    ) -> tuple[Actor, ...]:
        """Countries named by modifiers coordinated with the first one ("Hungarian and
        Romanian officials", "the Turkish and Greek sides")."""
        out = []
        for m in modifiers:
            token = self.doc[m.start]
            if token.dep_ != "conj":
                continue
            for e in m.entries:
                if e.kind in ("country", "capital") and e.key != country:
                    out.append(group_actor(self.kb, e.key, None, sector))
                    break
        return tuple(out)

    def _is_person_token(self, token: Token) -> bool:
        if token.i in self._person_ents:
            return True
        match = self._name_at.get(token.i)
        return match is not None and any(e.kind == "person" for e in match.entries)

    def _title(self, sectors: list[SectorMatch]) -> str:
        for m in sectors:
            noun = self.kb.sectors[m.phrase]
            if noun.person and noun.title:
                return noun.title
        return ""

    def _sector(self, head: SectorMatch | None, sectors: list[SectorMatch]) -> str | None:
        """The phrase's sector: its head noun's, unless the head is a generic office word
        ("leaders", "officials") and a more telling sector noun modifies it ("rebel
        leaders" are REB, "army officials" MIL)."""
        if head is not None and self.kb.sectors[head.phrase].sector:
            if head.phrase in GENERIC_HEADS:
                for m in sectors:
                    other = self.kb.sectors[m.phrase].sector
                    if m is not head and other and other != "GOV":
                        return other
            return self.kb.sectors[head.phrase].sector
        for m in reversed(sectors):
            if self.kb.sectors[m.phrase].sector:
                return self.kb.sectors[m.phrase].sector
        return None

    def _definite(self, start: int, head: Token) -> bool:
        first = self.doc[start]
        if first.lower_ in DEFINITE_DETERMINERS or first.dep_ == "poss":
            return head.tag_ in ("NN", "NNP")
        # "President said" / "Minister added": a bare capitalized singular title
        return first.i == head.i and head.text[:1].isupper() and head.tag_ in ("NN", "NNP")


@dataclass(frozen=True, slots=True)
class ShortName:
    """A word news may use alone for a person it has named in full."""

    after: int
    """The index of the last token of the earliest full name with this word."""
    first: bool
    """The word is the name's first ("Kim" of "Kim Yong-chol"), not its last ("Mendez")."""


def _short_names(doc: Doc) -> dict[str, ShortName]:
    """The first and last words of each person's name of two or more words (by NER; split
    at spaces, as `dyad.actors.coref` links them), when they are plain capitalized words:
    the short forms news uses after introducing someone ("Mendez", "Kim")."""
    out: dict[str, ShortName] = {}
    for ent in doc.ents:
        words = ent.text.split()
        if ent.label_ != "PERSON" or len(words) < 2:
            continue
        for word, first in ((words[-1], False), (words[0], True)):
            if word.isalpha() and word[0].isupper():
                out.setdefault(word, ShortName(ent.end - 1, first))
    return out


def phrase_spans(doc: Doc) -> list[Span]:
    """Noun phrases to read: spaCy's noun chunks plus named entities outside them."""
    spans = list(doc.noun_chunks)
    covered = {i for s in spans for i in range(s.start, s.end)}
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC") and not any(
            i in covered for i in range(ent.start, ent.end)
        ):
            spans.append(ent)
    return sorted(spans, key=lambda s: s.start)


def read_mentions(doc: Doc, matcher: ActorMatcher, date: dt.date | None) -> list[DocMention]:
    """All actor mentions of a Doc, in text order, before reference resolution."""
    reader = PhraseReader(doc, matcher, date)
    drafts: list[DocMention] = []
    covered: set[int] = set()
    for span in phrase_spans(doc):
        found = reader.read(span.start, span.end, span.root)
        if found is not None:
            drafts.append(found)
            covered.update(range(found.start, found.end))
    # names inside phrases that are not themselves actors ("Russia-China relations",
    # "Russian gas") still mention their country or organization
    for m in reader.names:
        if m.start in covered:
            continue
        head = max(
            reader.doc[m.start : m.end],
            key=lambda t: t.i if t.head.i >= m.end or t.head.i < m.start else -1,
        )
        found = reader.read(m.start, m.end, head)
        if found is not None:
            drafts.append(found)
    return sorted(drafts, key=lambda d: d.start)
