"""Integrity of the data files and the rule registry (dateparser-style checks)."""

from __future__ import annotations

import pytest

from kzfacts import gazetteer
from kzfacts.errors import DataFileError
from kzfacts.rules import REGISTRY, rule


@pytest.mark.parametrize("name", ["numbers", "months", "cues"])
def test_data_file_loads(name):
    assert gazetteer.load(name)


def test_lookups_build():
    assert gazetteer.months()["sept"] == 9
    assert gazetteer.scales()["bln"] == 9
    before, after = gazetteer.currencies()
    assert before["us$"] == "USD" and after["tenge"] == "KZT"


def test_a_form_claimed_twice_is_an_error():
    table: dict[str, str] = {}
    gazetteer.claim(table, "bn", "billion", "numbers")
    with pytest.raises(DataFileError, match="'BN' is claimed by 'billion' and 'million'"):
        gazetteer.claim(table, "BN", "million", "numbers")


def test_registry_refuses_duplicates_and_empty_patterns():
    import kzfacts.meeting_triggers  # noqa: F401  (rules register when their module loads)

    some_id = next(iter(REGISTRY))
    with pytest.raises(ValueError, match="twice"):
        rule(some_id, "x")
    with pytest.raises(ValueError, match="empty string"):
        rule("test.empty", "x?")


def test_wheel_ships_the_corpus():
    import tomllib

    from conftest import ROOT

    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert conf["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]["corpus"] == "kzfacts/corpus"
    assert sorted(p.name for p in (ROOT / "corpus").glob("*.txt"))
