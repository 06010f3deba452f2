"""Your own names and words: ``--data DIR`` (or KZFACTS_DATA) merged over the bundled data
files, and ``kzfacts people`` to look the gazetteer up."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from kzfacts import gazetteer
from kzfacts.cli import app
from kzfacts.errors import DataFileError

runner = CliRunner()

NEW_PERSON = """
[Serikbolov]
aliases = ["Nurlan Serikbolov", "Serikbolov"]
country = "KZ"
titles = [{ title = "other", from = 2024 }]
"""

# written for this test: a governor nobody has heard of meets a known Chinese envoy
ARTICLE = """Regional governor receives Chinese envoy

ALMATY, 12 March 2025 - Regional governor Nurlan Serikbolov met with Chinese Ambassador Han Chunlin in Almaty on Tuesday to talk about cross-border freight.
"""


def invoke(*args: str, env: dict | None = None):
    return runner.invoke(app, list(args), env={"COLUMNS": "160", "NO_COLOR": "1", "TERM": "dumb",
                                               "KZFACTS_DATA": "", **(env or {})})


@pytest.fixture
def folders(tmp_path):
    data, docs = tmp_path / "mydata", tmp_path / "docs"
    data.mkdir()
    docs.mkdir()
    (data / "people.toml").write_text(NEW_PERSON, encoding="utf-8")
    (docs / "governor.txt").write_text(ARTICLE, encoding="utf-8")
    yield data, docs
    gazetteer.use_data(None)


def test_a_person_of_your_own_is_found_by_meetings(folders):
    data, docs = folders
    before = invoke("meetings", str(docs), "--person", "nurlan serikbolov")
    assert before.exit_code == 0 and "0 meetings" in before.stdout, before.output
    after = invoke("--data", str(data), "meetings", str(docs), "--person", "nurlan serikbolov")
    assert after.exit_code == 0, after.output
    assert "1 meeting " in after.stdout and "Serikbolov" in after.stdout and "Han Chunlin" in after.stdout


def test_the_environment_names_the_folder_too(folders):
    data, docs = folders
    result = invoke("meetings", str(docs), "--person", "Serikbolov", env={"KZFACTS_DATA": str(data)})
    assert result.exit_code == 0 and "1 meeting " in result.stdout


def test_the_bundled_names_come_back_after_a_run_with_your_own(folders):
    data, _ = folders
    assert invoke("--data", str(data), "people", "Serikbolov").exit_code == 0
    assert "serikbolov" not in gazetteer.person_aliases()


def test_people_lists_your_own_with_the_bundled(folders):
    data, _ = folders
    result = invoke("--data", str(data), "people")
    assert result.exit_code == 0
    assert "Serikbolov" in result.stdout and "Tokayev" in result.stdout


def test_an_alias_claimed_twice_names_both_people_and_both_files(tmp_path):
    (tmp_path / "people.toml").write_text('[Someone]\naliases = ["Tokayev"]\ncountry = "KZ"\n',
                                          encoding="utf-8")
    result = invoke("--data", str(tmp_path), "meetings")
    assert result.exit_code == 2
    line = result.stderr.strip()
    assert "\n" not in line
    assert "'Tokayev'" in line and "'Someone'" in line
    assert "kzfacts/data/people.toml" in line and str(tmp_path / "people.toml") in line
    gazetteer.use_data(None)


@pytest.mark.parametrize(("name", "text", "complaint"), [
    ("people.toml", '[X]\ncountry = "KZ"\n', "[X] is malformed: no 'aliases'"),
    ("places.toml", '[Elsewhere]\nforms = ["Astana"]\n', "'Astana' is claimed twice in places.toml"),
    ("people.toml", "[X\n", "people.toml"),
    ("peple.toml", "", "not peple.toml"),
], ids=["no aliases", "place form twice", "not TOML", "unknown file"])
def test_a_broken_data_file_is_a_usage_error_naming_it(tmp_path, name, text, complaint):
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = invoke("--data", str(tmp_path), "people")
    assert result.exit_code == 2
    assert complaint in result.stderr
    gazetteer.use_data(None)


def test_a_missing_data_folder_is_a_usage_error(tmp_path):
    result = invoke("--data", str(tmp_path / "nowhere"), "people")
    assert result.exit_code == 2 and "no such folder" in result.stderr


def test_lists_are_extended_and_tables_merged(tmp_path):
    (tmp_path / "titles.toml").write_text('[countries]\nKZ = ["Qazaq"]\n', encoding="utf-8")
    try:
        gazetteer.use_data(tmp_path)
        countries = gazetteer.titles()["countries"]
        assert "Qazaq" in countries["KZ"] and len(countries["KZ"]) > 1 and "CN" in countries
    finally:
        gazetteer.use_data(None)
    assert "Qazaq" not in gazetteer.titles()["countries"]["KZ"]


def test_an_unknown_folder_is_refused_by_the_library(tmp_path):
    with pytest.raises(DataFileError, match="no such folder"):
        gazetteer.use_data(tmp_path / "nowhere")


# --- kzfacts people ---------------------------------------------------------------------------

@pytest.mark.parametrize(("query", "found"), [
    ("zhang", ["Zhang Xiao", "Zhang Gaoli"]),  # a surname finds each of its people
    ("TOKAEV", ["Tokayev"]),  # an alias, any case
    ("xi jinping", ["Xi Jinping"]),
])
def test_people_finds_by_alias_and_surname(query, found):
    result = invoke("people", query)
    assert result.exit_code == 0
    for key in found:
        assert key in result.stdout


def test_people_with_no_match_suggests_close_names():
    result = invoke("people", "President Tokayev")
    assert result.exit_code == 1
    assert "'Tokayev'" not in result.stdout and "close: Tokayev" in result.stderr


@pytest.mark.parametrize(("query", "close"), [
    ("President Tokayev", "Tokayev"),  # an office before the name
    ("Zhang", "Zhang Xiao"),  # a surname several people share
    ("Tokaeyv", "Tokayev"),  # a slip of the keyboard
])
def test_close_people(query, close):
    assert close in gazetteer.close_people(query)
