"""Usage errors in kzfacts' own voice: every closed vocabulary checked with its values listed,
impossible dates refused, near names suggested, plurals right; all on one stderr line, exit 2."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from kzfacts.cli import app
from kzfacts.messages import our_words, plural

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), env={"COLUMNS": "160", "NO_COLOR": "1", "TERM": "dumb"})


METRICS = "trade_volume, trade_growth, trade_share, investment"

# (arguments, words the one stderr line must hold)
USAGE_ERRORS = [
    (["facts", "--metric", "nonsense"], ["--metric", "'nonsense'", METRICS]),
    (["timeline", "--metric", "bogus"], ["--metric", "'bogus'", METRICS]),
    (["figures", "--metric", "trade"], ["--metric", "'trade'", METRICS]),
    (["meetings", "--kind", "lunch"], ["--kind", "meeting, talks, visit, call"]),
    (["chart", "trade", "--scope", "local"], ["--scope", "bilateral, regional, wider"]),
    (["export", "--jsonl", "--kind", "fig"], ["--kind", "figure, meeting"]),
    (["meetings", "--since", "2024-02-30"], ["--since", "'2024-02-30' is no date", "YYYY-MM-DD"]),
    (["meetings", "--until", "2023-13"], ["--until", "'2023-13' is no date"]),
    (["meetings", "--since", "last spring"], ["--since", "is no date"]),
    (["figures", "--year", "twenty"], ["--year", "give a whole number"]),
    (["eval", "tests/seeds.gold.jsonl", "--min-f1", "3"], ["--min-f1", "give at most 1"]),
    (["export", "--sqlite", "a.db", "-o", "b.db"], ["--sqlite names its own file"]),
    (["figures", "--nope"], ["No such option: --nope", "figures --help)"]),
]


@pytest.mark.parametrize(("args", "words"), USAGE_ERRORS, ids=[" ".join(a) for a, _ in USAGE_ERRORS])
def test_a_usage_error_is_one_line_in_our_voice(args, words):
    result = invoke(*args)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kzfacts: usage: ")
    for w in words:
        assert w in lines[0]
    assert "Value error" not in lines[0] and "Input should" not in lines[0]


def test_export_onto_a_folder_is_a_usage_error(tmp_path):
    result = invoke("export", "--csv", "-o", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.startswith("kzfacts: usage: will not write")


def test_a_metric_in_capitals_is_still_that_metric():
    result = invoke("facts", "--metric", "TRADE_VOLUME")
    assert result.exit_code == 0


@pytest.mark.parametrize(("person", "close"), [
    ("President Tokayev", "'Tokayev'"),
    ("Zhang", "'Zhang Xiao'"),
])
def test_a_person_no_one_is_called_gets_the_close_names(person, close):
    result = invoke("meetings", "--person", person)
    assert result.exit_code == 0 and "0 meetings" in result.stdout
    assert f"no one kzfacts knows is called {person!r}" in result.stderr and close in result.stderr


def test_a_known_person_needs_no_hint():
    result = invoke("meetings", "--person", "tokaev")
    assert result.exit_code == 0 and result.stderr == ""


@pytest.mark.parametrize(("n", "expected"), [(0, "0 figures"), (1, "1 figure"), (2, "2 figures")])
def test_plural(n, expected):
    assert plural(n, "figure") == expected


def test_plural_of_a_phrase():
    assert plural(1, "article or line", "articles or lines") == "1 article or line"


def test_one_record_in_the_title_is_singular(tmp_path):
    (tmp_path / "one.txt").write_text(
        "Trade report\n\nPublished 2024-02-10. Trade between Kazakhstan and China reached "
        "$30 billion in 2023, the ministry said.\n", encoding="utf-8")
    result = invoke("figures", str(tmp_path))
    assert result.exit_code == 0 and "1 figure " in result.stdout


@pytest.mark.parametrize(("said", "ours"), [
    ("Value error, 'x' is not one of 'a', 'b'.", "'x' is not one of the choices: a, b"),
    ("Input should be a valid integer, unable to parse string as an integer", "give a whole number"),
    ("Input should be greater than or equal to 0", "give at least 0"),
    # click's words (typer up to 0.28)
    ("'twenty' is not a valid int.", "give a whole number"),
    ("'half' is not a valid float.", "give a number"),
    ("3.0 is not in the range 0.0<=x<=1.0.", "give at most 1"),
    ("-1.5 is not in the range 0.0<=x<=1.0.", "give at least 0"),
    ("-2 is not in the range x>=0.", "give at least 0"),
    ("12 is not in the range x<10.", "give at most 10"),
    ("something else", "something else"),
])
def test_our_words(said, ours):
    assert our_words(said) == ours
