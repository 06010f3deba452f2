"""Every view at 80 and 200 columns, pinned as snapshots of the bundled corpus, and every view
as data (--format, --save).

The snapshots live in tests/snapshots/VIEW-WIDTH.txt; after a change meant to alter a table,
look at the new output and rewrite them with ``pytest tests/test_render.py --update-snapshots``.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from kzfacts.cli import app
from kzfacts.records import Conflict, Fact, Figure, Meeting
from kzfacts.tables import QUOTE_WIDTH

from conftest import HERE, ROOT

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

CORPUS = str(ROOT / "corpus")
SNAPSHOTS = HERE / "snapshots"
VIEWS = {  # name: command, the header of its wide column, the header after it (None: last)
    "figures": (["figures"], "quote", None),
    "meetings": (["meetings"], "quote", None),
    "facts": (["facts"], "sources", None),
    "conflicts": (["conflicts"], "the sources say", "note"),
    "timeline": (["timeline"], "detail", "sources"),
    "chart": (["chart", "trade"], "sources", None),
}
FIELDS = {"figures": Figure.FIELDS, "meetings": Meeting.FIELDS, "facts": Fact.FIELDS,
          "conflicts": Conflict.FIELDS, "chart": Fact.FIELDS}


def invoke(args: list[str], width: int = 200, **kwargs):
    env = {"COLUMNS": str(width), "NO_COLOR": "1", "TERM": "dumb"}
    return CliRunner().invoke(app, args, env=env, catch_exceptions=False, **kwargs)


def shown(args: list[str], width: int) -> str:
    """The view as printed at ``width``, each line without its trailing spaces."""
    got = invoke([*args, CORPUS], width)
    assert got.exit_code == 0, got.stderr
    return "\n".join(line.rstrip() for line in got.stdout.splitlines()) + "\n"


@pytest.fixture(scope="module")
def printed() -> dict[tuple[str, int], str]:
    return {(name, width): shown(args, width) for name, (args, _, _) in VIEWS.items()
            for width in (80, 200)}


@pytest.mark.parametrize("width", [80, 200])
@pytest.mark.parametrize("name", VIEWS)
def test_snapshot(name, width, printed, update_snapshots):
    path = SNAPSHOTS / f"{name}-{width}.txt"
    out = printed[name, width]
    if update_snapshots:
        path.parent.mkdir(exist_ok=True)
        path.write_text(out, encoding="utf-8")
    assert out == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("width", [80, 200])
@pytest.mark.parametrize("name", VIEWS)
def test_fits_and_keeps_the_quote_wide(name, width, printed):
    out = printed[name, width]
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= width
    _, wide, after = VIEWS[name]
    header = next(line for line in lines if re.search(rf"(^|  ){re.escape(wide)}(  |$)", line))
    start = header.index(wide)
    end = header.index(after, start) - 2 if after else width
    assert end - start >= QUOTE_WIDTH


@pytest.mark.parametrize("name", ["figures", "meetings", "facts"])
def test_doc_ids_stay_whole(name, printed):
    for width in (80, 200):
        assert "…" not in printed[name, width]
        for doc in ("002_ed18d489a2ac6f1b", "003_c41913dc013a7d8d"):
            assert doc in printed[name, width]


def test_numbers_are_not_split(printed):
    for width in (80, 200):
        for value in ("over $24.0 bn", "about $23.0 bn", "over $41.0 bn"):
            assert value in printed["figures", width]
            assert value in printed["timeline", width]


# --- every view as data -----------------------------------------------------------------------


@pytest.mark.parametrize("name", VIEWS)
def test_formats_agree(name, tmp_path):
    """Each format printed once and saved once (by another run): the two copies are equal."""
    args = [*VIEWS[name][0], CORPUS]
    printed, saved = {}, {}
    for fmt, other in (("json", "csv"), ("csv", "jsonl"), ("jsonl", "json")):
        path = tmp_path / f"view.{other}"
        got = invoke([*args, "--format", fmt, "--save", str(path)])
        assert got.exit_code == 0
        printed[fmt], saved[other] = got.stdout, path.read_text(encoding="utf-8")
    assert printed == saved
    as_json = json.loads(printed["json"])
    assert as_json == [json.loads(line) for line in printed["jsonl"].splitlines()]
    as_csv = list(csv.DictReader(io.StringIO(printed["csv"])))
    assert len(as_csv) == len(as_json) > 0
    if name in FIELDS:
        assert list(as_csv[0]) == list(FIELDS[name])


def test_rows_are_the_filtered_rows():
    rows = json.loads(invoke(["figures", CORPUS, "--metric", "trade_volume", "--format", "json"]).stdout)
    assert {r["metric"] for r in rows} == {"trade_volume"} and len(rows) == 2
    rows = json.loads(invoke(["chart", "trade", CORPUS, "--format", "json"]).stdout)
    assert [r["period"] for r in rows] == ["2021", "2022", "2023"]


def test_csv_is_neutralised_as_export_does(tmp_path):
    (tmp_path / "=cmd.txt").write_text("Trade between the two countries reached $5 billion in 2020.\n",
                                       encoding="utf-8")
    got = invoke(["figures", str(tmp_path), "--format", "csv"])
    assert got.exit_code == 0 and "\nfigure,'=cmd," in got.stdout


def test_save_refuses_an_unknown_suffix_before_reading(tmp_path):
    got = invoke(["figures", str(tmp_path / "missing"), "--save", str(tmp_path / "x.png")])
    assert got.exit_code == 2 and "kzfacts: usage" in got.stderr and "skipped" not in got.stderr


@pytest.mark.parametrize("name, suffix", [(name, "svg") for name in VIEWS]
                         + [("figures", "html"), ("chart", "html")])
def test_pages_are_offline(name, suffix, tmp_path):
    page = tmp_path / f"view.{suffix}"
    assert invoke([*VIEWS[name][0], CORPUS, "--save", str(page)]).exit_code == 0
    text = page.read_text(encoding="utf-8")
    # the SVG namespace and rich's credit in a comment name addresses; nothing is fetched
    named = set(re.findall(r"https?://[^\s\"'<>)]+", text))
    assert named <= {"http://www.w3.org/2000/svg", "https://www.textualize.io"}
    for fetch in ("@font-face", "@import", "<link", "<script", "<img"):
        assert fetch not in text
    assert "monospace" in text


def test_saved_chart_fits_its_content(tmp_path):
    def svg_width(args: list[str]) -> float:
        page = tmp_path / "w.svg"
        assert invoke([*args, "--save", str(page)], 200).exit_code == 0
        return float(re.search(r'viewBox="0 0 ([\d.]+)', page.read_text(encoding="utf-8")).group(1))

    chart = svg_width(["chart", "trade", CORPUS])
    wide = svg_width(["figures", CORPUS, "--doc", "nothing-has-this", "--format", "table"])
    full = 200 * 0.61 * 20  # what rich gives 200 columns
    assert chart < 0.6 * full and wide < chart
