"""Cheaper generation of the same cases: schemathesis' private generation helpers, without their overheads.

Generating the cases of conformance/test_operations.py took most of its CPU (quick profile, one process: ~43 s
building each operation's test, i.e. its coverage- and examples-phase values, and ~86 s in the fuzz phase, of
180 s). Each patch here changes how a value is computed, never which value: tests/unit/test_generation.py draws
the derandomized cases of a few operations with and without them and asserts they are equal.

- :func:`_first_example`: ``generate_one`` (and ``add_single_example``, both through ``_add_examples``) runs a
  whole ``@given`` Hypothesis test, seeded, for one value; the coverage and examples phases call it thousands of
  times per operation set. Hypothesis' engine draws its first test case from the "simplest" choice at every
  draw (``generate_new_test_cases``' ``zero_data``), and stops there when that case is valid and one example is
  all it was asked for. That case is drawn here directly, under the same settings, PRNG and build context; when
  it is not valid (a filter or an assumption turned it down, it overran) or anything else happens, the original
  runs, and its seeded random draws give what they always gave.
- :func:`_memoized_objects`: a schema object's value is drawn from ``st.fixed_dictionaries`` over its required
  and chosen optional keys, built anew for every drawn object (and validated by Hypothesis on every draw).
  The strategy is kept per object and set of chosen keys; drawing from the same strategy object gives the same
  value as drawing from an equal fresh one. A large object's optional keys rarely repeat a choice, so a fresh one is
  still built for most draws: :func:`_fixed_dictionaries` builds it without the ``st.tuples`` Hypothesis only uses
  to tell whether it is empty, and with its answers to validation (empty when a value is; values not reusable)
  already kept on it, so Hypothesis' recursive property machinery is not run for each fresh one (py-spy: 3.5% of
  generation CPU went to asking its values, through that machinery, whether they were empty).
- :func:`_plain_lru_strategy_cache`: Hypothesis keeps the strategies its ``st.*`` functions return (``st.just``,
  ``st.tuples``... called in every ``flatmap`` draw) in an ``LRUReusedCache``, a heap kept in Python (~4% of
  generation CPU balancing it). Here it is Hypothesis' own ``LRUCache`` (an ``OrderedDict``), the same size: which
  strategy object a call returns may change, never what is drawn from it.

Generation alone (no server; derandomized, quick profile, cyclic GC off), on a loaded 2-core machine: 8 operations
(sendMail to listMessages, both documents), min of 3 interleaved runs, 14.8 s CPU with the first two patches ->
12.5 s with these three and a fourth; all 195 operations (51,217 cases, each equal to the unpatched one), side by
side: 127.4 s unpatched, 105.6 s with the four. The fourth, since removed, recompiled ``ConjectureData.draw`` from
its own source without its per-call imports (3.2% of generation CPU): not worth recompiling a library's method.

Each patch replaces a private name; when that name is not there (another version), nothing is changed.
"""

from __future__ import annotations

from random import Random
from typing import Any

from hypothesis import strategies as st

_INSTALLED = "_conformance_generation"  # marks a replaced function, so installing twice changes nothing
_OBJECT_MEMO_LIMIT = 20_000  # object strategies remembered before the memo starts afresh (bounds its memory)


def install() -> None:
    _first_example()
    _memoized_objects()
    _plain_lru_strategy_cache()


def _plain_lru_strategy_cache() -> None:
    try:
        from hypothesis.internal.cache import LRUCache, LRUReusedCache
        from hypothesis.strategies._internal import utils
    except ImportError:
        return
    cache = getattr(utils, "_STRATEGY_CACHE", None)
    if type(cache) is not LRUReusedCache or not hasattr(LRUCache, "cache"):
        return  # already replaced, or another version

    class StrategyCache(LRUCache):
        def clear(self) -> None:  # what ``clear_strategy_cache`` calls
            self.cache.clear()

    utils._STRATEGY_CACHE = StrategyCache(cache.max_size)


def _first_example() -> None:
    try:
        from hypothesis import HealthCheck
        from hypothesis._settings import local_settings
        from hypothesis.control import BuildContext
        from hypothesis.errors import StopTest, UnsatisfiedAssumption
        from hypothesis.internal.conjecture.choice import ChoiceTemplate
        from hypothesis.internal.conjecture.data import ConjectureData, Status
        from hypothesis.internal.entropy import deterministic_PRNG
        from schemathesis.generation.hypothesis import examples
    except ImportError:
        return
    original = getattr(examples, "_add_examples", None)
    default_settings = getattr(examples, "default_settings", None)
    if original is None or default_settings is None or getattr(original, _INSTALLED, False):
        return
    settings = default_settings()
    if set(settings.suppress_health_check) != set(HealthCheck):
        return  # the zero example could then fail a health check (large_base_example) the original reports
    missing = object()

    def simplest(strategy: Any) -> Any:
        data = ConjectureData(prefix=(ChoiceTemplate("simplest", count=None),), random=Random(0), max_choices=None)
        try:
            with local_settings(settings), deterministic_PRNG(), BuildContext(data, is_final=False, wrapped_test=None):
                value = data.draw(strategy)
        except (StopTest, UnsatisfiedAssumption):
            return missing  # not a valid example: the engine goes on to draw at random
        except Exception:
            return missing  # let the original meet (and report) it as it always did
        if data.status is not Status.VALID:
            return missing
        return value

    def _add_examples(strategy: Any, found: list, suppress_health_check: Any, max_examples: int) -> None:
        if max_examples == 1 and suppress_health_check is None:
            value = simplest(strategy)
            if value is not missing:
                found.append(value)
                return
        original(strategy, found, suppress_health_check, max_examples)

    setattr(_add_examples, _INSTALLED, True)
    examples._add_examples = _add_examples


def _memoized_objects() -> None:
    try:
        from schemathesis.generation.jsonschema import strategy as module
    except ImportError:
        return
    named, drawn = getattr(module, "_named_object", None), getattr(module, "_drawn_object", None)
    extra_keys = getattr(module, "_EXTRA_KEYS", None)
    if named is None or drawn is None or extra_keys is None or getattr(named, _INSTALLED, False):
        return
    fixed_dictionaries = _fixed_dictionaries()
    # id(optional) -> (required, optional, {chosen keys: strategy}); the two dicts are held, so ids stay theirs.
    memo: dict[int, tuple[dict, dict, dict[tuple[str, ...], st.SearchStrategy]]] = {}

    def fixed(required: dict, optional: dict, chosen: Any) -> st.SearchStrategy:
        entry = memo.get(id(optional))
        if entry is None or entry[0] is not required or entry[1] is not optional:
            if len(memo) >= _OBJECT_MEMO_LIMIT:
                memo.clear()
            entry = memo[id(optional)] = (required, optional, {})
        keys = tuple(sorted(chosen))
        strategy = entry[2].get(keys)
        if strategy is None:
            # As the original builds it: the required keys, then the chosen ones in sorted order.
            strategy = entry[2][keys] = fixed_dictionaries({**required, **{key: optional[key] for key in keys}})
        return strategy

    @st.composite
    def _named_object(draw: st.DrawFn, required: dict, optional: dict, picker: Any) -> dict:
        chosen = draw(picker) if picker is not None else ()
        return draw(fixed(required, optional, chosen))

    @st.composite
    def _drawn_object(
        draw: st.DrawFn, required: dict, optional: dict, picker: Any, collect: Any, minimum: int, maximum: int | None
    ) -> dict:
        chosen = draw(picker) if picker is not None else ()
        result = draw(fixed(required, optional, chosen))
        if collect is None:
            return result
        extra_low = max(0, minimum - len(result))
        extra_high = extra_low + extra_keys if maximum is None else min(extra_low + extra_keys, maximum - len(result))
        extra = draw(collect(extra_low, extra_high))
        return {**extra, **result}

    setattr(_named_object, _INSTALLED, True)
    module._named_object = _named_object
    module._drawn_object = _drawn_object


def _fixed_dictionaries() -> Any:
    """``st.fixed_dictionaries(mapping)``, for a mapping of strategies, that Hypothesis validates for less.

    Hypothesis validates a strategy the first time it is drawn from: is it empty? ``FixedDictStrategy`` answers
    through the ``st.tuples(...).map(...)`` it builds of its values (a lazy strategy, unwrapped then, through
    Hypothesis' strategy cache). A mapping is empty exactly when one of its values is, which is what this one
    asks; everything else (the drawing, the label its spans carry) is ``FixedDictStrategy``'s own.
    """
    try:
        from hypothesis.internal.conjecture.utils import calc_label_from_cls
        from hypothesis.strategies._internal.collections import FixedDictStrategy
    except ImportError:
        return st.fixed_dictionaries
    if not all(hasattr(FixedDictStrategy, name) for name in ("calc_is_empty", "class_label", "do_draw")):
        return st.fixed_dictionaries

    # FixedDictStrategy's own label, computed as its ``class_label`` does, without building a strategy at import
    # (that warns "HypothesisSideeffectWarning" during collection).
    fixed_label = calc_label_from_cls(FixedDictStrategy)

    class FixedDict(FixedDictStrategy):
        def __init__(self, mapping: dict[str, st.SearchStrategy]) -> None:
            st.SearchStrategy.__init__(self)
            self.mapping = mapping
            self.optional = None
            # What validating it computes: empty when a value is (each value's own answer, kept on it, is final:
            # nothing drawn yet depends on this mapping), values never reusable (as FixedDictStrategy's).
            self.cached_is_empty = any(value.is_empty for value in mapping.values())
            self.cached_has_reusable_values = False

        @property
        def class_label(self) -> int:
            return fixed_label  # FixedDictStrategy's: its spans are labelled as the original's

        def calc_is_empty(self, recur: Any) -> bool:
            return any(recur(value) for value in self.mapping.values())

    # What FixedDictStrategy keeps, but its ``fixed``: had a new version more, it would draw with it.
    computed = {"cached_is_empty", "cached_has_reusable_values"}
    if set(vars(FixedDictStrategy({}, optional=None))) - {"fixed"} != set(vars(FixedDict({}))) - computed:
        return st.fixed_dictionaries
    if not hasattr(st.SearchStrategy, "calc_has_reusable_values") or (
        FixedDictStrategy.calc_has_reusable_values is not st.SearchStrategy.calc_has_reusable_values
    ):
        return st.fixed_dictionaries  # its reusability is no longer the default's "no"
    return FixedDict
