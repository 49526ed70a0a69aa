"""The model's attribute ruler, compiled to array operations.

spaCy's `AttributeRuler` runs a token `Matcher` over every token and then sets each matched
token's attributes one Python call at a time; on news text that costs about as much as the
parser. Its rules are almost all of one shape (a fixed run of tokens, each tested for exact
values or sets of values), so here each rule becomes a few NumPy comparisons over the Doc's
attribute columns, and the results are written back in one `Doc.from_array`. The output is
the same as the stock component's: rules are matched against the Doc as it was before any
rule applied, and a later rule overrides an earlier one on the same token. A rule outside
that shape raises `NotCompilable`, and the caller keeps the stock component.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import IDS  # type: ignore[import-not-found]  # compiled, without stubs
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.vocab import Vocab
from thinc.types import Ints2d

FACTORY = "dyads_fast_attribute_ruler"

ATTR_IDS: dict[str, int] = {str(name): int(attr) for name, attr in IDS.items()}
ORTH, LOWER, TAG, POS, DEP, LEMMA, MORPH = (
    ATTR_IDS[name] for name in ("ORTH", "LOWER", "TAG", "POS", "DEP", "LEMMA", "MORPH")
)

# Token attributes a rule may test; every one reads the same through `Doc.to_array` as
# through the Matcher.
_TESTABLE = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "TAG": TAG, "POS": POS, "DEP": DEP}
_TESTABLE["LEMMA"] = LEMMA
_TESTABLE["IS_SPACE"] = ATTR_IDS["IS_SPACE"]
_STRING_VALUED = {ORTH, LOWER, TAG, DEP, LEMMA}
# Token attributes a rule may set; each is a plain token field, written alike by both ways.
_SETTABLE = (POS, TAG, DEP, MORPH, LEMMA)

Column = NDArray[np.uint64]
Mask = NDArray[np.bool_]


class NotCompilable(ValueError):
    """An attribute-ruler rule that this compiler does not translate exactly."""


@dataclass(frozen=True)
class ValueTest:
    """One attribute of one token: its value is (or, negated, is not) one of `values`."""

    attr: int
    values: frozenset[int]
    negated: bool = False

    def mask(self, column: Column) -> Mask:
        if len(self.values) == 1:
            (value,) = self.values
            hits: Mask = column == value
        else:
            hits = np.isin(column, np.fromiter(self.values, dtype=np.uint64))
        return ~hits if self.negated else hits


@dataclass(frozen=True)
class RegexTest:
    """One string attribute of one token matches `regex` (searched, as the Matcher does)."""

    attr: int
    regex: re.Pattern[str]
    strings: StringStore
    # The string ids seen so far and those that matched: a vocabulary is small, a corpus is not.
    seen: set[int] = field(default_factory=set, compare=False, hash=False)
    matching: set[int] = field(default_factory=set, compare=False, hash=False)

    def mask(self, column: Column) -> Mask:
        unseen = set(np.unique(column).tolist()) - self.seen
        for value in unseen:
            if self.regex.search(self.strings[value]):
                self.matching.add(value)
        self.seen.update(unseen)
        return np.isin(column, np.fromiter(self.matching, np.uint64, len(self.matching)))


TokenTest = ValueTest | RegexTest


Assignments = tuple[tuple[int, int], ...]
Written = dict[int, Column]


@dataclass(frozen=True)
class Rule:
    """A fixed run of tokens, each passing all its tests; the token at `target` in the run
    receives `assignments` (attribute id, value)."""

    tokens: tuple[tuple[TokenTest, ...], ...]
    target: int
    assignments: Assignments

    def apply(self, columns: Mapping[int, Column], written: Written, length: int) -> bool:
        """Set the attributes of every token this rule matches in a Doc of `length` tokens;
        whether any matched."""
        starts = length - len(self.tokens) + 1
        if starts <= 0:
            return False
        matched: Mask | None = None
        for offset, tests in enumerate(self.tokens):
            for test in tests:
                hits = test.mask(columns[test.attr][offset : offset + starts])
                matched = hits if matched is None else matched & hits
        targets = np.arange(starts) if matched is None else np.flatnonzero(matched)
        if not targets.size:
            return False
        targets += self.target
        for attr, value in self.assignments:
            written[attr][targets] = value
        return True

    @property
    def keyed_value(self) -> tuple[int, int] | None:
        """(attribute, value) if the rule is one token with one exact value to test."""
        if len(self.tokens) != 1 or len(self.tokens[0]) != 1:
            return None
        test = self.tokens[0][0]
        if not isinstance(test, ValueTest) or test.negated or len(test.values) != 1:
            return None
        return test.attr, next(iter(test.values))


@dataclass(frozen=True)
class LookupRule:
    """Consecutive one-token rules on the same attribute with one exact value each, such as
    a tag map, applied as one table look-up; a later rule wins, as in the stock order."""

    attr: int
    # For each attribute set: the sorted keys and the value each key gives.
    tables: tuple[tuple[int, NDArray[np.uint64], NDArray[np.uint64]], ...]

    @classmethod
    def merge(cls, attr: int, rules: Sequence[Rule]) -> LookupRule:
        by_target: dict[int, dict[int, int]] = {}
        for rule in rules:
            keyed = rule.keyed_value
            assert keyed is not None and keyed[0] == attr
            for target, value in rule.assignments:
                by_target.setdefault(target, {})[keyed[1]] = value
        tables = []
        for target, mapping in sorted(by_target.items()):
            keys = np.array(sorted(mapping), dtype=np.uint64)
            values = np.array([mapping[key] for key in sorted(mapping)], dtype=np.uint64)
            tables.append((target, keys, values))
        return cls(attr, tuple(tables))

    def apply(self, columns: Mapping[int, Column], written: Written, length: int) -> bool:
        column = columns[self.attr]
        changed = False
        for target, keys, values in self.tables:
            slots = np.minimum(np.searchsorted(keys, column), len(keys) - 1)
            hits = keys[slots] == column
            if hits.any():
                changed = True
                written[target][hits] = values[slots[hits]]
        return changed


class FastAttributeRuler:
    """Drop-in for a stock `AttributeRuler` whose rules compile; same annotations, faster."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.read = sorted({test.attr for rule in rules for run in rule.tokens for test in run})
        self.written = sorted({attr for rule in rules for attr, _value in rule.assignments})
        self.steps = _with_lookups(rules)

    @classmethod
    def from_stock(cls, ruler: AttributeRuler) -> FastAttributeRuler:
        """Compile the rules of `ruler`, in its order; raise `NotCompilable` if any rule
        is of a shape this compiler does not handle."""
        if type(ruler) is not AttributeRuler:
            raise NotCompilable(f"unknown attribute ruler class {type(ruler).__name__}")
        rules = []
        for entry, attrs, index in zip(ruler.patterns, ruler.attrs, ruler.indices, strict=True):
            assignments = _assignments(attrs)
            for pattern in cast(list[list[dict[str, Any]]], entry["patterns"]):
                tokens = tuple(_token_tests(spec, ruler.vocab) for spec in pattern)
                if not tokens or not -len(tokens) <= index < len(tokens):
                    raise NotCompilable(f"index {index} outside pattern {pattern}")
                rules.append(Rule(tokens, index % len(tokens), assignments))
        return cls(rules)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0 or not self.written:
            return doc
        attrs: list[int | str] = sorted(set(self.read) | set(self.written))
        table: Column = np.asarray(doc.to_array(attrs), dtype=np.uint64)
        # Every rule reads the Doc as it was before any rule applied, as the stock Matcher does.
        columns = {int(attr): table[:, n] for n, attr in enumerate(attrs)}
        written = {attr: columns[attr].copy() for attr in self.written}
        changed = False
        for step in self.steps:
            changed |= step.apply(columns, written, len(doc))
        if changed:
            result = np.stack([written[attr] for attr in self.written], axis=1)
            doc.from_array(list[int | str](self.written), cast(Ints2d, result))
        return doc


def _with_lookups(rules: Sequence[Rule]) -> tuple[Rule | LookupRule, ...]:
    """The rules in order, with each run of keyed rules on one attribute merged."""
    steps: list[Rule | LookupRule] = []
    for attr, run in groupby(rules, key=_keyed_attr):
        group = list(run)
        if attr is None or len(group) == 1:
            steps.extend(group)
        else:
            steps.append(LookupRule.merge(attr, group))
    return tuple(steps)


def _keyed_attr(rule: Rule) -> int | None:
    keyed = rule.keyed_value
    return None if keyed is None else keyed[0]


def _assignments(attrs: Mapping[Any, Any]) -> tuple[tuple[int, int], ...]:
    """The (attribute id, value) pairs a rule sets, as the stock ruler normalised them."""
    pairs = []
    for attr, value in attrs.items():
        if attr not in _SETTABLE or not isinstance(value, int):
            raise NotCompilable(f"cannot set attribute {attr!r} to {value!r}")
        pairs.append((int(attr), int(value)))
    return tuple(pairs)


def _token_tests(spec: Mapping[str, Any], vocab: Vocab) -> tuple[TokenTest, ...]:
    """The tests of one token pattern, with values hashed as the Matcher hashes them."""
    if not isinstance(spec, Mapping):
        raise NotCompilable(f"token pattern {spec!r} is not a mapping")
    tests = []
    for key, value in spec.items():
        attr = _TESTABLE.get(str(key).upper())
        if attr is None:
            raise NotCompilable(f"cannot test token attribute {key!r}")
        if isinstance(value, Mapping):
            tests.extend(_set_tests(attr, value, vocab))
        else:
            tests.append(ValueTest(attr, frozenset({_value_id(value, vocab)})))
    return tuple(tests)


def _set_tests(attr: int, predicates: Mapping[str, Any], vocab: Vocab) -> list[TokenTest]:
    tests: list[TokenTest] = []
    for predicate, values in predicates.items():
        if predicate == "REGEX" and isinstance(values, str) and attr in _STRING_VALUED:
            tests.append(RegexTest(attr, re.compile(values), vocab.strings))
        elif predicate in ("IN", "NOT_IN") and isinstance(values, list | tuple):
            ids = frozenset(_value_id(value, vocab) for value in values)
            tests.append(ValueTest(attr, ids, negated=predicate == "NOT_IN"))
        else:
            raise NotCompilable(f"cannot compile predicate {predicate!r}: {values!r}")
    return tests


def _value_id(value: object, vocab: Vocab) -> int:
    # bool before int: True is an int, and the Matcher compares flags as 0/1.
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        return int(vocab.strings.add(value))
    if isinstance(value, int):
        return value
    raise NotCompilable(f"cannot compare against {value!r}")


@Language.factory(FACTORY, default_config={"source": "attribute_ruler"})
def make_fast_attribute_ruler(nlp: Language, name: str, source: str) -> FastAttributeRuler:
    """Compile the pipeline's own attribute ruler named `source` (which stays in place)."""
    ruler = nlp.get_pipe(source)
    if not isinstance(ruler, AttributeRuler):
        raise NotCompilable(f"pipe {source!r} is not an attribute ruler")
    return FastAttributeRuler.from_stock(ruler)
