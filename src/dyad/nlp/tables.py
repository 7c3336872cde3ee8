"""Faster stand-ins for spaCy's attribute ruler and lemmatizer, with the same output.

Profiled on 200 BBC articles, ``en_core_web_sm``'s ``attribute_ruler`` took 11% of dyad's
time and its ``lemmatizer`` 5%, as much as all of dyad's own stages. Both work token by
token: the attribute ruler runs a Matcher of 179 patterns over every token (most of them
"this tag gets this POS and morphology"), and the lemmatizer looks each token up in Python.
Yet what they assign depends on a few attributes of the token alone, which repeat: a
tag, a lowercase form, a dependency label. So these tables compute the answer once per
distinct combination and reuse it.

`AttributeTable` and `LemmaTable` replace the loaded components under their own names
(`install_tables`) and take their patterns and lookup tables from them, so the output is
the same Doc, attribute for attribute (tests compare both on real text). Patterns the table
cannot evaluate token by token (several tokens, unknown operators) still go through a
spaCy Matcher, the way the attribute ruler runs them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, cast

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs

# The token attributes a one-token pattern may test for the table to evaluate it itself.
_FEATURES = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_FEATURE_IDS = [TAG, LOWER, DEP, IS_SPACE]
# Entries a cache keeps. A long run meets new words forever, so a full cache is emptied
# rather than grown without bound (peak memory must not follow the corpus: docs/scale.md).
# 50,000 is more than the 28,439 distinct (form, POS, morphology) of 1,000 BBC articles; a
# refill costs the first sight of each word again.
CACHE_LIMIT = 50_000

Predicate = Callable[[Any], bool]


def _predicate(value: Any) -> Predicate | None:
    """A test for one attribute of a token pattern, or None if the table cannot evaluate
    it (then the pattern goes to the Matcher)."""
    if isinstance(value, str | bool):
        return lambda seen: seen == value
    if not isinstance(value, dict) or len(value) != 1:
        return None
    ((operator, argument),) = value.items()
    if operator == "IN":
        members = frozenset(argument)
        return lambda seen: seen in members
    if operator == "NOT_IN":
        excluded = frozenset(argument)
        return lambda seen: seen not in excluded
    if operator == "REGEX":
        compiled = re.compile(argument)
        return lambda seen: bool(compiled.search(seen))
    return None


@dataclass(frozen=True)
class _Rule:
    """One single-token pattern of the ruler: its ordinal (later ordinals win) and tests."""

    ordinal: int
    tests: tuple[tuple[int, Predicate], ...]
    """(feature position in `_FEATURES`, test) pairs."""
    forms: frozenset[str] | None
    """The lowercase forms the pattern can match, when it names them (for an index)."""

    @property
    def tests_form(self) -> bool:
        return any(position == _FEATURES["LOWER"] for position, _ in self.tests)

    def matches(self, features: tuple[Any, ...]) -> bool:
        return all(test(features[position]) for position, test in self.tests)


def _rule(ordinal: int, token_pattern: dict[str, Any]) -> _Rule | None:
    tests = []
    forms: frozenset[str] | None = None
    for name, value in token_pattern.items():
        test = _predicate(value)
        if name not in _FEATURES or test is None:
            return None
        tests.append((_FEATURES[name], test))
        if name == "LOWER" and isinstance(value, str):
            forms = frozenset([value])
        elif name == "LOWER" and isinstance(value, dict) and "IN" in value:
            forms = frozenset(value["IN"])
    return _Rule(ordinal, tuple(tests), forms)


# Attributes the table writes as columns with Doc.from_array (what the ruler's tag map and
# exceptions set); any other attribute a pattern sets is written token by token, as the ruler
# does.
_COLUMNS = [TAG, POS, MORPH, LEMMA]


@dataclass
class _Answer:
    """What the patterns give the tokens sharing one feature key."""

    attrs: dict[int, Any]
    """Attributes set by the one-token patterns, later patterns' values winning."""
    ordinals: list[int]
    """The one-token patterns that match, in order."""
    slots: numpy.ndarray[Any, Any]
    """For each token of each multi-token pattern, whether the key matches it."""
    values: numpy.ndarray[Any, Any]
    """The values `attrs` gives the columns (`_COLUMNS`), 0 where it sets none."""
    sets: numpy.ndarray[Any, Any]
    """Which columns `attrs` sets."""


class AttributeTable:
    """spaCy's attribute ruler, computed once per distinct (tag, lowercase form, dependency
    label, is-space) combination instead of matched against every token."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self.attrs: list[dict[int, Any]] = []
        self.indices: list[int] = []
        self._by_form: dict[str, list[_Rule]] = {}
        self._by_pattern: list[_Rule] = []
        """One-token rules testing the form other than by naming it (a regular expression)."""
        self._formless: list[_Rule] = []
        """One-token rules not testing the form: most of them, answered per (tag, label, space)."""
        self._formless_ordinals: dict[tuple[int, ...], list[int]] = {}
        self._sequences: list[tuple[int, tuple[_Rule, ...]]] = []
        """Multi-token patterns the table evaluates: (ordinal, a rule per token)."""
        self._slots_by_form: dict[str, list[tuple[int, _Rule]]] = {}
        self._slots_unindexed: list[tuple[int, _Rule]] = []
        """The rules of `_sequences` by their position in `_Answer.slots`."""
        self._matcher = Matcher(vocab)
        """Patterns the table cannot evaluate (unknown operators), run as the ruler does."""
        self._answers: dict[tuple[int, ...], _Answer] = {}
        self._form_named: dict[int, bool] = {}
        self._form_tests: list[Predicate] = []
        """The form tests of rules not indexed by form (regular expressions)."""
        self._slot_count = 0

    def add_patterns(self, patterns: Iterable[dict[str, Any]]) -> None:
        """Add patterns in `AttributeRuler.patterns` form, in order (later ones win)."""
        for pattern in patterns:
            ordinal = len(self.attrs)
            self.attrs.append(normalize_token_attrs(self.vocab, pattern["attrs"]))
            index = pattern.get("index", 0)
            self.indices.append(index)
            alternatives = [[_rule(ordinal, spec) for spec in p] for p in pattern["patterns"]]
            if any(
                None in rules or not -len(rules) <= index < len(rules) for rules in alternatives
            ):
                self._matcher.add(str(ordinal), pattern["patterns"])
                continue
            for rules in alternatives:
                self._add_rules(ordinal, [r for r in rules if r is not None])
        unindexed = self._by_pattern + [r for _, r in self._slots_unindexed]
        self._form_tests = [t for r in unindexed for p, t in r.tests if p == _FEATURES["LOWER"]]
        self._answers.clear()
        self._formless_ordinals.clear()
        self._form_named.clear()

    def _add_rules(self, ordinal: int, rules: list[_Rule]) -> None:
        if len(rules) > 1:
            self._sequences.append((ordinal, tuple(rules)))
            for slot, rule in enumerate(rules, start=self._slot_count):
                if rule.forms is None:
                    self._slots_unindexed.append((slot, rule))
                for form in rule.forms or ():
                    self._slots_by_form.setdefault(form, []).append((slot, rule))
            self._slot_count += len(rules)
            return
        (rule,) = rules
        if rule.forms is None and rule.tests_form:
            self._by_pattern.append(rule)
        elif rule.forms is None:
            self._formless.append(rule)
        for form in rule.forms or ():
            self._by_form.setdefault(form, []).append(rule)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        keys, inverse = numpy.unique(doc.to_array(_FEATURE_IDS), axis=0, return_inverse=True)
        inverse = inverse.reshape(-1)
        answers = [self._answer(tuple(key), doc) for key in keys.tolist()]
        extra = self._sequence_ordinals(answers, inverse)
        for target, ordinals in self._matcher_ordinals(doc).items():
            extra.setdefault(target, []).extend(ordinals)
        values = numpy.stack([a.values for a in answers])[inverse]
        sets = numpy.stack([a.sets for a in answers])[inverse]
        columns = numpy.where(sets, values, doc.to_array(_COLUMNS))
        by_token = {i: self._merge(answers[inverse[i]].ordinals + o) for i, o in extra.items()}
        for i, attrs in by_token.items():
            for column, attr in enumerate(_COLUMNS):
                if attr in attrs:
                    columns[i, column] = attrs[attr]
        doc.from_array(_COLUMNS, cast(Any, columns))  # thinc's Ints2d is a numpy array
        # attributes outside the columns (en_core_web_sm: a whitespace token's label is "dep")
        for position, answer in enumerate(answers):
            if any(a not in _COLUMNS for a in answer.attrs):
                for i in numpy.flatnonzero(inverse == position).tolist():
                    if i not in by_token:
                        set_token_attrs(doc[i], _outside_columns(answer.attrs))
        for i, attrs in by_token.items():
            if any(a not in _COLUMNS for a in attrs):
                set_token_attrs(doc[i], _outside_columns(attrs))
        return doc

    def _answer(self, key: tuple[int, ...], doc: Doc) -> _Answer:
        tag, lower, dep, space = key
        if not self._names_form(lower, doc):
            # no pattern tests this word: one answer for all such words (0 stands for them)
            key = (tag, 0, dep, space)
        if key not in self._answers:
            if len(self._answers) >= CACHE_LIMIT:
                self._answers.clear()
            strings = doc.vocab.strings
            features = (
                strings[tag] if tag else "",
                strings[key[1]] if key[1] else "",
                strings[dep] if dep else "",
                bool(space),
            )
            self._answers[key] = self._new_answer(features, (tag, dep, space))
        return self._answers[key]

    def _new_answer(self, features: tuple[Any, ...], formless_key: tuple[int, ...]) -> _Answer:
        ordinals = self._one_token_ordinals(features, formless_key)
        attrs = self._merge(ordinals)
        slots = numpy.zeros(self._slot_count, dtype=bool)
        form = features[1]
        for slot, rule in self._slots_unindexed + self._slots_by_form.get(form, []):
            if form or not rule.tests_form:
                slots[slot] = rule.matches(features)
        sets = numpy.array([a in attrs for a in _COLUMNS], dtype=bool)
        values = numpy.array([attrs.get(a, 0) for a in _COLUMNS], dtype="uint64")
        return _Answer(attrs, ordinals, slots, values, sets)

    def _one_token_ordinals(
        self, features: tuple[Any, ...], formless_key: tuple[int, ...]
    ) -> list[int]:
        if formless_key not in self._formless_ordinals:
            self._formless_ordinals[formless_key] = [
                r.ordinal for r in self._formless if r.matches(features)
            ]
        form = features[1]
        rules = self._by_pattern + self._by_form.get(form, []) if form else []
        found = self._formless_ordinals[formless_key] + [
            r.ordinal for r in rules if r.matches(features)
        ]
        return sorted(found)

    def _names_form(self, lower: int, doc: Doc) -> bool:
        """Whether some pattern tests for this lowercase form (most words: none)."""
        if lower not in self._form_named:
            if len(self._form_named) >= CACHE_LIMIT:
                self._form_named.clear()
            form = doc.vocab.strings[lower]
            self._form_named[lower] = (
                form in self._by_form
                or form in self._slots_by_form
                or any(test(form) for test in self._form_tests)
            )
        return self._form_named[lower]

    def _merge(self, ordinals: list[int]) -> dict[int, Any]:
        """The attributes of the matching patterns, applied in order: a later pattern's value
        replaces an earlier one's, as when the ruler sets them one match after another."""
        merged: dict[int, Any] = {}
        for ordinal in sorted(ordinals):
            merged.update(self.attrs[ordinal])
        return merged

    def _sequence_ordinals(
        self, answers: list[_Answer], inverse: numpy.ndarray[Any, Any]
    ) -> dict[int, list[int]]:
        """Ordinals of the multi-token patterns matching, by the token they modify."""
        found: dict[int, list[int]] = {}
        if not self._sequences:
            return found
        hits = numpy.stack([a.slots for a in answers])[inverse]
        slot = 0
        for ordinal, rules in self._sequences:
            width, n = len(rules), len(inverse)
            starts = numpy.ones(max(n - width + 1, 0), dtype=bool)
            for offset in range(width):
                starts &= hits[offset : offset + len(starts), slot + offset]
            slot += width
            index = self.indices[ordinal]
            for start in numpy.flatnonzero(starts).tolist():
                found.setdefault(start + index % width, []).append(ordinal)
        return found

    def _matcher_ordinals(self, doc: Doc) -> dict[int, list[int]]:
        """Ordinals of the patterns only the Matcher can run, by the token they modify."""
        found: dict[int, list[int]] = {}
        if not len(self._matcher):
            return found
        for match_id, start, end in self._matcher(doc, allow_missing=True, as_spans=False):
            ordinal = int(self.vocab.strings[match_id])
            index = self.indices[ordinal]
            target = (start if index >= 0 else end) + index
            found.setdefault(target, []).append(ordinal)
        return found


def _outside_columns(attrs: dict[int, Any]) -> dict[int, Any]:
    return {a: v for a, v in attrs.items() if a not in _COLUMNS}


class LemmaTable:
    """spaCy's rule lemmatizer, asked once per distinct (form, POS, morphology) in a Doc.

    The lemmatizer's answer depends on those three alone (its own cache is keyed on them),
    so the other tokens of a Doc with the same key take the same lemma. Tokens that already
    have a lemma (set by the attribute ruler's exceptions) keep it, as with the lemmatizer.
    """

    def __init__(self) -> None:
        self.lemmatizer: Lemmatizer | None = None
        """The loaded rule lemmatizer whose tables answer (set by `install_tables`)."""
        # The lemmatizer's own cache skips base forms ("talks" is cached, singular "talk" is
        # not), so the table keeps every answer itself.
        self._lemmas: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.lemmatizer is None:
            raise RuntimeError("LemmaTable has no lemmatizer: build it with install_tables")
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        missing = numpy.flatnonzero(rows[:, 3] == 0)
        if not len(missing):
            return doc
        keys, first, inverse = numpy.unique(
            rows[missing, :3], axis=0, return_index=True, return_inverse=True
        )
        lemmas = [
            self._lemma(doc, int(missing[i]), key)
            for i, key in zip(first, keys.tolist(), strict=True)
        ]
        for token_index, key_index in zip(
            missing.tolist(), inverse.reshape(-1).tolist(), strict=True
        ):
            doc[token_index].lemma_ = lemmas[key_index]
        return doc

    def _lemma(self, doc: Doc, i: int, row: list[int]) -> str:
        """The lemma of token ``i``, whose (ORTH, POS, MORPH) is ``row``: the key of the
        lemmatizer's own cache."""
        assert self.lemmatizer is not None
        key = (row[0], row[1], row[2])
        if key not in self._lemmas:
            if len(self._lemmas) >= CACHE_LIMIT:
                self._lemmas.clear()
                self.lemmatizer.cache.clear()  # spaCy's own, which never empties
            self._lemmas[key] = self.lemmatizer.lemmatize(doc[i])[0]
        return self._lemmas[key]


@Language.factory(
    "dyad_attribute_table", assigns=["token.pos", "token.tag", "token.morph", "token.lemma"]
)
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    return AttributeTable(nlp.vocab)


@Language.factory("dyad_lemma_table", assigns=["token.lemma"])
def make_lemma_table(nlp: Language, name: str) -> LemmaTable:
    return LemmaTable()


def install_tables(nlp: Language) -> None:
    """Replace ``attribute_ruler`` and a rule-mode ``lemmatizer`` in ``nlp`` by tables with
    their patterns and lookups (same names, same output). Pipelines without them, or with a
    lemmatizer in another mode, are left as they are."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        assert isinstance(ruler, AttributeRuler)
        patterns = ruler.patterns
        table = nlp.replace_pipe("attribute_ruler", "dyad_attribute_table")
        assert isinstance(table, AttributeTable)
        table.add_patterns(patterns)
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        # (a lemmatizer told to overwrite lemmas the ruler set would answer differently)
        if (
            isinstance(lemmatizer, Lemmatizer)
            and lemmatizer.mode == "rule"
            and not lemmatizer.overwrite
        ):
            lemmas = nlp.replace_pipe("lemmatizer", "dyad_lemma_table")
            assert isinstance(lemmas, LemmaTable)
            lemmas.lemmatizer = lemmatizer
            _index_as_sets(lemmatizer)


def _index_as_sets(lemmatizer: Lemmatizer) -> None:
    """Make the lemmatizer's word lists sets. spaCy stores them as lists (57,000 nouns) and
    only ever tests membership, a linear scan per candidate form; the lemmatizer has left
    the pipeline, so changing its copy touches nothing else."""
    index = lemmatizer.lookups.get_table("lemma_index", None)
    for pos in list(index.keys()) if index is not None else ():
        index[pos] = frozenset(index[pos])
