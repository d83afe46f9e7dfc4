"""Print how many of the peer's test cases pass, per language and file, from the runners
tests/test_peer_specs.py (Chinese), tests/test_peer_specs_en.py (English) and
tests/test_peer_specs_{fr,es,ar}.py (French, Spanish, Arabic).

    .venv/bin/python scripts/peer_rate.py        # one line per file
    .venv/bin/python scripts/peer_rate.py -v     # and every in-scope case that fails, and
                                                 # every out-of-scope case that passes anyway
    .venv/bin/python scripts/peer_rate.py --out-of-scope   # every out-of-scope row: rule, input,
                                                           # and whether it passes anyway

In scope: every case no OUT_OF_SCOPE rule applies to; a known failure (strict xfail) counts
as failing. Out of scope (non-strict xfail rows in the suite): the count per rule, and how
many of them pass anyway (XPASS in the suite), per rule.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# (language, the runner module that holds its rows)
RUNNERS = (
    ("Chinese", "tests.test_peer_specs"), ("English", "tests.test_peer_specs_en"),
    ("French", "tests.test_peer_specs_fr"), ("Spanish", "tests.test_peer_specs_es"),
    ("Arabic", "tests.test_peer_specs_ar"),
)


def rate(peer: ModuleType, verbose: bool, list_out: bool = False) -> tuple[int, int]:
    """One line per file of one runner module, and one per out-of-scope rule with the cases
    it holds and how many of them pass anyway; with `verbose`, the failing in-scope cases and
    the out-of-scope cases that pass. Returns the in-scope cases passed and in scope, all files."""
    all_passed, all_total = 0, 0
    for model in peer.MODELS:
        passed, total, failures = 0, 0, []
        out: Counter[str] = Counter()
        out_passing: dict[str, list[object]] = {}
        for case in peer.load(model):
            rule = peer.out_of_scope(case)
            ours, expected = peer.compare(case)
            if rule is not None:
                out[rule.name] += 1
                if ours == expected:
                    out_passing.setdefault(rule.name, []).append(case)
                if list_out:
                    anyway = " (passes anyway)" if ours == expected else ""
                    print(f"  out of scope [{model} {case.index}] {rule.name}: {case.input!r}{anyway}")
                continue
            total += 1
            if ours == expected:
                passed += 1
            else:
                failures.append((case, ours, expected))
        all_passed, all_total = all_passed + passed, all_total + total
        rate = 100 * passed / total if total else 0.0
        outside = sum(out.values())
        anyway = sum(len(cases) for cases in out_passing.values())
        print(f"{model}: {passed}/{total} in scope pass ({rate:.1f}%); "
              f"{outside} out of scope, {anyway} of them pass anyway")
        for name, n in out.most_common():
            print(f"    out of scope {name}: {n}, {len(out_passing.get(name, []))} pass anyway")
        if verbose:
            for case, ours, expected in failures:
                known = peer.KNOWN_FAILURES.get((model, case.index), "")
                print(f"  [{case.index}] {case.input!r}")
                print(f"      ours {ours}\n      peer {expected}\n      {known}")
            for name, cases in out_passing.items():
                for case in cases:
                    print(f"  [{case.index}] out of scope {name}, passes anyway: {case.input!r}")
    return all_passed, all_total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list the in-scope cases that fail and the out-of-scope cases that pass")
    parser.add_argument("--out-of-scope", action="store_true", help="list every out-of-scope row and its rule")
    parser.add_argument("--lang", choices=[lang for lang, _ in RUNNERS], help="only this language")
    args = parser.parse_args(argv)
    for lang, module in RUNNERS:
        if args.lang and lang != args.lang:
            continue
        peer = importlib.import_module(module)
        print(f"{lang}:")
        passed, total = rate(peer, args.verbose, args.out_of_scope)
        print(f"{lang} in scope, all files: {passed}/{total} pass ({100 * passed / total if total else 0:.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
