"""scripts/peer_rate.py reads every runner of the peer's cases the same way: one row per
language, its runner module has the models, the loader, the scope rules and the comparison."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "peer_rate.py"
_spec = importlib.util.spec_from_file_location("peer_rate", SCRIPT)
assert _spec and _spec.loader
peer_rate = importlib.util.module_from_spec(_spec)
sys.modules["peer_rate"] = peer_rate
_spec.loader.exec_module(peer_rate)


def test_every_language_has_a_runner() -> None:
    assert [lang for lang, _ in peer_rate.RUNNERS] == ["Chinese", "English", "French", "Spanish", "Arabic"]


@pytest.mark.parametrize(("lang", "module"), peer_rate.RUNNERS, ids=[lang for lang, _ in peer_rate.RUNNERS])
def test_runner_interface(lang: str, module: str) -> None:
    peer = importlib.import_module(module)
    model = peer.MODELS[0]
    case = peer.load(model)[0]
    ours, expected = peer.compare(case)
    assert isinstance(ours, list) and isinstance(expected, list)
    assert peer.out_of_scope(case) is None or peer.out_of_scope(case).name
