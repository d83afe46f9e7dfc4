"""Print how many of the peer's test cases pass, per language and file, from
tests/test_peer_specs.py (Chinese) and tests/test_peer_specs_en.py (English).

    .venv/bin/python scripts/peer_rate.py        # one line per file
    .venv/bin/python scripts/peer_rate.py -v     # and every in-scope case that fails

In scope: every case no OUT_OF_SCOPE rule applies to; a known failure (strict xfail) counts
as failing. Out of scope: the count per rule.
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
RUNNERS = (("Chinese", "tests.test_peer_specs"), ("English", "tests.test_peer_specs_en"))


def rate(peer: ModuleType, verbose: bool) -> None:
    """One line per file of one runner module; with `verbose`, its failing in-scope cases."""
    for model in peer.MODELS:
        passed, total, failures = 0, 0, []
        out: Counter[str] = Counter()
        for case in peer.load(model):
            rule = peer.out_of_scope(case)
            if rule is not None:
                out[rule.name] += 1
                continue
            total += 1
            ours, expected = peer.compare(case)
            if ours == expected:
                passed += 1
            else:
                failures.append((case, ours, expected))
        reasons = ", ".join(f"{name} {n}" for name, n in out.most_common())
        rate = 100 * passed / total if total else 0.0
        outside = sum(out.values())
        print(f"{model}: {passed}/{total} in scope pass ({rate:.1f}%); {outside} out of scope: {reasons}")
        if verbose:
            for case, ours, expected in failures:
                known = peer.KNOWN_FAILURES.get((model, case.index), "")
                print(f"  [{case.index}] {case.input!r}")
                print(f"      ours {ours}\n      peer {expected}\n      {known}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the in-scope cases that fail")
    parser.add_argument("--lang", choices=[lang for lang, _ in RUNNERS], help="only this language")
    args = parser.parse_args(argv)
    status = 0
    for lang, module in RUNNERS:
        if args.lang and lang != args.lang:
            continue
        try:
            peer = importlib.import_module(module)
        except BaseException as skipped:  # pytest.skip at module level: the peer files are absent
            print(f"{lang}: cannot run: {skipped}", file=sys.stderr)
            status = 2
            continue
        print(f"{lang}:")
        rate(peer, args.verbose)
    return status


if __name__ == "__main__":
    sys.exit(main())
