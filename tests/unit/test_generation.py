"""conformance/generation.py's patches generate the very cases schemathesis generates without them.

The derandomized cases of a few operations are drawn, without a server (the test function only records each case),
once with the patches and once without. One process imports the modules and loads the document, with the cyclic
garbage collector off, then forks: one child installs the patches, the other does not, and each draws the same
operations. Both start from the very same state (modules loaded, which Hypothesis draws constants from; objects and
their addresses), and, the collector being off, stay alike but for what the patches change: when a collection
happens moves with every allocation, and the fuzz phase turned out to depend on it (an unpatched run after an extra
import differs from one without it), so with the collector on the comparison would fail on changes that are not the
patches'. Forking shares the imports and the loading, and the two children draw at once.

The operations: createMessageInFolder's fuzz phase (nested Message/Attachment objects, the heaviest),
listMessages' every phase (many query parameters), and createTask's coverage and examples phases (built from
thousands of single draws).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Run as `python -c CHILD`: prints, for each variant ("plain", "patched"), whether the patches are in, and each
# operation's cases, as JSON.
CHILD = r"""
import gc, json, os, re, sys, traceback
gc.disable()  # see the module's docstring
import hypothesis
import schemathesis.pytest._test_builder as test_builder
from hypothesis.strategies._internal import utils as strategy_utils
from schemathesis.checks import load_all_checks
from schemathesis.generation.hypothesis import examples
from schemathesis.generation.hypothesis.builder import HypothesisTestMode
from schemathesis.generation.jsonschema import strategy

from conformance import free_keys, fuzzing, generation
from conformance.operations import _feedback

free_keys.install()
load_all_checks()
schema = fuzzing.load_schema(deterministic=True)
feedback = _feedback(schema)
enabled_modes = test_builder.enabled_modes
ADDRESS = re.compile(r" at 0x[0-9a-f]+")  # object reprs (schemathesis' NOT_SET): not the case's content
FUZZ, COVERAGE, EXAMPLES = HypothesisTestMode.FUZZING, HypothesisTestMode.COVERAGE, HypothesisTestMode.EXAMPLES


def cases(operation_id, modes):
    operation = schema.find_operation_by_id(operation_id)
    found = []

    def record(case, **_):
        phase = getattr(case.meta.phase, "name", None) if case.meta is not None else None
        drawn = (str(phase), case.method, case.path_parameters, case.query, case.headers, case.cookies, case.body)
        found.append(ADDRESS.sub("", repr(drawn)))

    test_builder.enabled_modes = lambda phases: [mode for mode in enabled_modes(phases) if mode in modes]
    test = test_builder.build_operation_test(
        config=schema.config, operation=operation, test_func=record, given_kwargs={}, feedback=feedback
    )
    test._hypothesis_internal_use_settings = hypothesis.settings(
        test._hypothesis_internal_use_settings, max_examples=25, derandomize=True
    )
    test()
    return found


def generated(patched):
    if patched:
        generation.install()
    replaced = (examples._add_examples, strategy._named_object)
    installed = [getattr(f, generation._INSTALLED, False) for f in replaced]
    installed.append(type(strategy_utils._STRATEGY_CACHE).__module__ == generation.__name__)
    return {
        "installed": installed,
        "createMessageInFolder": cases("createMessageInFolder", {FUZZ}),
        "listMessages": cases("listMessages", {FUZZ, COVERAGE, EXAMPLES}),
        "createTask": cases("createTask", {COVERAGE, EXAMPLES}),
    }


children = {}
for variant in ("plain", "patched"):
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        try:
            output, status = json.dumps(generated(variant == "patched")), 0
        except BaseException:
            output, status = traceback.format_exc(), 1
        with os.fdopen(write, "w") as pipe:
            pipe.write(output)
        os._exit(status)
    os.close(write)
    children[variant] = (pid, read)
results, failures = {}, []
for variant, (pid, read) in children.items():
    with os.fdopen(read) as pipe:
        output = pipe.read()
    if os.waitpid(pid, 0)[1] == 0:
        results[variant] = json.loads(output)
    else:
        failures.append(f"{variant}: {output}")
if failures:
    sys.exit("\n".join(failures))
print(json.dumps(results))
"""


def _generated() -> dict[str, dict[str, list]]:
    run = subprocess.run(
        [sys.executable, "-c", CHILD], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )
    assert run.returncode == 0, run.stderr[-4000:]
    return json.loads(run.stdout)


def test_the_patches_generate_the_same_cases() -> None:
    generated = _generated()
    plain, patched = generated["plain"], generated["patched"]
    assert (plain.pop("installed"), patched.pop("installed")) == ([False] * 3, [True] * 3)
    phases = {name: {case.split(",", 1)[0] for case in found} for name, found in plain.items()}
    assert phases == {  # each operation drew in the phases asked for
        "createMessageInFolder": {"('fuzzing'"},
        "listMessages": {"('fuzzing'", "('coverage'", "('examples'"},
        "createTask": {"('coverage'", "('examples'"},
    }
    assert len(plain["createMessageInFolder"]) >= 25
    for name, found in plain.items():
        assert patched[name] == found, name


def test_each_patch_changes_nothing_without_the_private_name_it_replaces(monkeypatch: pytest.MonkeyPatch) -> None:
    from hypothesis.strategies._internal import utils
    from schemathesis.generation.hypothesis import examples
    from schemathesis.generation.jsonschema import strategy

    from conformance import generation

    for module, name in (
        (examples, "_add_examples"),
        (strategy, "_named_object"),
        (strategy, "_drawn_object"),
        (utils, "_STRATEGY_CACHE"),
    ):
        monkeypatch.delattr(module, name)
    generation.install()
    assert not hasattr(examples, "_add_examples")
    assert not hasattr(strategy, "_named_object") and not hasattr(strategy, "_drawn_object")
    assert not hasattr(utils, "_STRATEGY_CACHE")
