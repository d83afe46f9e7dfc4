"""Print how many of the peer's Chinese test cases pass, per file, from tests/test_peer_specs.py.

    .venv/bin/python scripts/peer_rate.py        # one line per file
    .venv/bin/python scripts/peer_rate.py -v     # and every in-scope case that fails

In scope: every case no OUT_OF_SCOPE rule applies to; a known failure (strict xfail) counts
as failing. Out of scope: the count per rule.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the in-scope cases that fail")
    args = parser.parse_args(argv)
    try:
        from tests import test_peer_specs as peer
    except BaseException as skipped:  # pytest.skip at module level: the peer files are absent
        print(f"cannot run: {skipped}", file=sys.stderr)
        return 2
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
        if args.verbose:
            for case, ours, expected in failures:
                known = peer.KNOWN_FAILURES.get((model, case.index), "")
                print(f"  [{case.index}] {case.input!r}")
                print(f"      ours {ours}\n      peer {expected}\n      {known}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
