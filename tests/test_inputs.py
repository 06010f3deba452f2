"""Inputs and bad input (issue 4): every kind of path and format, and one test per kind of bad
input, each asserting the stderr line, the exit status and that the good file's records are
all still there. The CLI runs in-process through typer's CliRunner, with stderr read apart."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kzfacts
from kzfacts.cli import app

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

GOOD_TEXT = (
    "ASTANA, March 28, 2023 (Xinhua) -- Trade between Kazakhstan and China reached "
    "$31.5 billion in 2022, up 23.6 percent, the State Revenue Committee said.\n"
)
RUNNER = CliRunner(env={"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"})


def run(*args: str, stdin: str | bytes | None = None):
    return RUNNER.invoke(app, list(args), input=stdin)


def records(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder with one good article, whose records every test below expects to see."""
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    return tmp_path


@pytest.fixture
def good_rows(folder: Path) -> list[dict]:
    result = run("export", "--jsonl", str(folder / "good.txt"))
    assert result.exit_code == 0, result.stderr
    rows = records(result)
    # trade, its growth, and the year before that the two imply
    assert [(r["type"], r["metric"]) for r in rows] == [
        ("figure", "trade_volume"), ("figure", "trade_growth"), ("derived", "trade_volume")]
    return rows


def check_skip(folder: Path, good_rows: list[dict], *extra: str, line: str) -> None:
    """Exporting ``folder`` (and ``extra`` paths): ``line`` on stderr, exit 1, good rows all out."""
    result = run("export", "--jsonl", str(folder), *extra)
    assert result.exit_code == 1
    assert f"kzfacts: skipped {line}" in result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    assert [r for r in records(result) if r["doc"] == "good"] == good_rows
    assert "skipped" in result.stderr.splitlines()[-1]  # the summary comes last


# --- one test per kind of bad input -----------------------------------------------------------


def test_binary_file(folder, good_rows):
    (folder / "photo.txt").write_bytes(bytes(range(256)) * 20)
    check_skip(folder, good_rows, line=f"{folder / 'photo.txt'}: binary file, not text")


def test_empty_file(folder, good_rows):
    (folder / "empty.txt").write_text("")
    check_skip(folder, good_rows, line=f"{folder / 'empty.txt'}: empty file")


def test_unreadable_file(folder, good_rows, monkeypatch):
    locked = folder / "locked.txt"
    locked.write_text(GOOD_TEXT)
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # root reads anything: make the read fail as it would
        real = os.open

        def os_open(path, *args, **kwargs):
            if Path(path).name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(path))
            return real(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", os_open)
    check_skip(folder, good_rows, line=f"{locked}: cannot read it: permission denied")


def test_missing_path(folder, good_rows):
    missing = folder.parent / "no-such-article.txt"
    check_skip(folder, good_rows, str(missing), line=f"{missing}: no such file or folder")


def test_folder_without_articles(folder, good_rows):
    (folder / "pictures").mkdir()
    (folder / "pictures" / "map.png").write_bytes(b"\x89PNG")
    check_skip(folder, good_rows, str(folder / "pictures"),
               line=f"{folder / 'pictures'}: folder holds no article files")


def test_symlink_loop_of_folders(folder, good_rows):
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder)
    check_skip(folder, good_rows, line=f"{folder / 'sub' / 'up'}: symlink loop, not followed")


def test_symlink_loop_of_files(folder, good_rows):
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    check_skip(folder, good_rows, line=f"{folder / 'a.txt'}: symlink loop")


def test_50_mb_on_one_line(folder, good_rows):
    big = folder / "big.txt"
    with big.open("wb") as fh:
        fh.write(b"1,$ bn" * (50 * 2**20 // 6 + 1))
    check_skip(folder, good_rows, line=f"{big}: too large for an article: 50.0 MB (the limit is 10 MB)")


def test_json_line_that_is_not_json(folder, good_rows):
    dump = folder / "dump.jsonl"
    dump.write_text(json.dumps({"text": GOOD_TEXT, "id": "j1"}) + "\n{not json\n", encoding="utf-8")
    result = run("export", "--jsonl", str(folder))
    assert result.exit_code == 1
    assert (f"kzfacts: skipped {dump}:2: not JSON: Expecting property name enclosed in double "
            "quotes (column 2)") in result.stderr.splitlines()
    assert [r for r in records(result) if r["doc"] == "good"] == good_rows
    assert len([r for r in records(result) if r["doc"] == "j1"]) == len(good_rows)
    assert result.stderr.splitlines()[-1] == (
        "kzfacts: 2 files: 2 read, 0 skipped; 1 article or line skipped within files read")


def test_pattern_timeout_is_a_skip(folder, good_rows, monkeypatch):
    """A runaway match ends in a skip naming the file, not a hang (timeout forced to zero)."""
    (folder / "numbers.txt").write_text("$1,000 bn " * 2000)
    import kzfacts.candidates

    real = kzfacts.candidates.match_timeout
    monkeypatch.setattr(kzfacts.candidates, "match_timeout",
                        lambda text: 1e-9 if text.startswith("$1,000") else real(text))
    check_skip(folder, good_rows, line=f"{folder / 'numbers.txt'}: numbers: matching timed out; "
                                       "the text is too pathological to read")


def test_acceptance_folder(tmp_path):
    """Issue 4's acceptance: a good article, an empty file, a binary file, a cp1251 file, a
    nested folder and a missing path: good records all out, each bad one named, exit 1."""
    shutil.copy(kzfacts.bundled_dir() / "002_ed18d489a2ac6f1b.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(os.urandom(2000) + b"\x00")
    (tmp_path / "legacy.txt").write_bytes(
        ("Товарооборот вырос. " + GOOD_TEXT).encode("cp1251"))
    (tmp_path / "nested" / "deeper").mkdir(parents=True)
    (tmp_path / "nested" / "deeper" / "more.md").write_text(GOOD_TEXT)
    missing = tmp_path / "missing.txt"
    result = run("export", "--jsonl", str(tmp_path), str(missing))
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    err = result.stderr.splitlines()
    assert err == [
        f"kzfacts: skipped {tmp_path / 'binary.txt'}: binary file, not text",
        f"kzfacts: skipped {tmp_path / 'empty.txt'}: empty file",
        f"kzfacts: note {tmp_path / 'legacy.txt'}: not UTF-8, read as cp1251",
        f"kzfacts: skipped {missing}: no such file or folder",
        "kzfacts: 6 files: 3 read, 3 skipped",
    ]
    rows = records(result)
    expected = [r.to_row() for r in kzfacts.extract_document(
        kzfacts.load_corpus([tmp_path / "good.txt"])[0])]
    stated = [r for r in rows if r["doc"] == "good" and r["type"] != "derived"]  # not implied ones
    assert expected and stated == expected
    assert {r["doc"] for r in rows} == {"good", "legacy", "more"}
    assert kzfacts.load_corpus([tmp_path / "legacy.txt"])[0].text.startswith("Товарооборот")


# --- strict, debug, usage ---------------------------------------------------------------------


def test_strict_makes_a_skip_fatal_and_writes_nothing(folder, tmp_path_factory):
    (folder / "empty.txt").write_text("")
    out = tmp_path_factory.mktemp("out") / "records.jsonl"
    out.write_text("old\n")
    result = run("--strict", "export", "--jsonl", "-o", str(out), str(folder))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"kzfacts: skipped {folder / 'empty.txt'}: empty file",
        "kzfacts: stopped: --strict makes a skipped input fatal; nothing written",
    ]
    assert out.read_text() == "old\n"
    assert run("--strict", "export", "--jsonl", str(folder)).stdout == ""


def test_unexpected_error_is_one_line_and_debug_shows_it(folder, monkeypatch):
    import sys

    def broken(doc):
        raise ValueError("something inside broke")

    # sys.modules: the attribute kzfacts.extract is the function, not the module
    monkeypatch.setattr(sys.modules["kzfacts.extract"], "extract_document", broken)
    result = run("figures", str(folder))
    assert result.exit_code == 1
    assert result.stderr == "kzfacts: error: something inside broke (run with --debug for the traceback)\n"
    result = run("--debug", "figures", str(folder))
    assert isinstance(result.exception, ValueError)


def test_usage_errors_exit_2(folder):
    assert run("export", str(folder)).exit_code == 2
    assert run("export", "--jsonl", "-o", str(folder / "no" / "x.jsonl"), str(folder)).exit_code == 2
    assert run("figures", "--no-such-option").exit_code == 2


# --- paths and formats ------------------------------------------------------------------------


def test_stdin(good_rows):
    result = run("export", "--jsonl", "-", stdin=GOOD_TEXT)
    assert result.exit_code == 0, result.stderr
    rows = records(result)
    assert [r["doc"] for r in rows] == ["stdin"] * len(good_rows)
    assert [r["value"] for r in rows] == [r["value"] for r in good_rows]


def test_glob_pattern_and_hidden_files(folder, good_rows):
    (folder / ".draft.txt").write_text(GOOD_TEXT)
    (folder / "sub").mkdir()
    (folder / "sub" / "other.md").write_text(GOOD_TEXT)
    result = run("export", "--jsonl", str(folder / "**" / "*.md"))
    assert result.exit_code == 0, result.stderr
    assert {r["doc"] for r in records(result)} == {"other"}
    result = run("export", "--jsonl", str(folder))
    assert {r["doc"] for r in records(result)} == {"good", "other"}
    result = run("export", "--jsonl", str(folder / "*.pdf"))
    assert result.exit_code == 1
    assert f"kzfacts: skipped {folder / '*.pdf'}: no file matches this pattern" in result.stderr


def test_each_file_read_once(folder, good_rows):
    result = run("export", "--jsonl", str(folder), str(folder / "good.txt"))
    assert records(result) == good_rows


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1251", "latin-1"])
def test_encodings(tmp_path, encoding):
    text = GOOD_TEXT.replace("said", "said in Almaty (Алматы)" if encoding == "cp1251" else "said in Zürich")
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    [doc] = kzfacts.load_corpus([tmp_path])
    assert doc.text.lstrip("\ufeff") == text
    assert doc.encoding == (encoding.replace("-", "_") if encoding in ("cp1251", "latin-1") else None) \
        or encoding == "latin-1" and doc.encoding == "cp1252"  # the two agree on these letters


def test_json_and_jsonl_articles_with_manifest(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps(
        {"text": GOOD_TEXT, "title": "Trade", "published": "2023-03-28", "url": "https://x.kz/1"}))
    (tmp_path / "many.json").write_text(json.dumps([{"text": GOOD_TEXT, "id": "m1"}, {"title": "no text"}]))
    (tmp_path / "dump.jsonl").write_text(
        json.dumps({"text": GOOD_TEXT, "id": "d1"}) + "\n\n" + json.dumps({"text": GOOD_TEXT}) + "\n")
    (tmp_path / "manifest.jsonl").write_text(
        json.dumps({"doc": "d1", "published": "2020-01-15", "url": "https://x.kz/d1", "title": "D1"}) + "\n")
    items = list(kzfacts.read_paths([tmp_path]))
    docs = {d.id: d for d in items if isinstance(d, kzfacts.Document)}
    assert sorted(docs) == ["d1", "dump-3", "m1", "one"]
    assert str(docs["d1"].published) == "2020-01-15" and docs["d1"].title == "D1"
    assert docs["one"].url == "https://x.kz/1" and str(docs["one"].published) == "2023-03-28"
    assert [str(s) for s in items if isinstance(s, kzfacts.Skipped)] == [
        f"{tmp_path / 'many.json'}: article 2: no \"text\" field"]


def test_manifest_beside_the_folder(tmp_path):
    # docs/ with manifest.jsonl next to it, as the evaluation sets lie: its entries apply, and a
    # manifest inside the folder wins over it
    docs = tmp_path / "docs"
    (docs / "inner").mkdir(parents=True)
    (docs / "a.txt").write_text(GOOD_TEXT)
    (docs / "inner" / "b.txt").write_text(GOOD_TEXT)
    (tmp_path / "manifest.jsonl").write_text(
        json.dumps({"doc": "a", "published": "2019-06-01"}) + "\n" + json.dumps({"doc": "b", "published": "2019-06-02"}) + "\n")
    (docs / "inner" / "manifest.jsonl").write_text(json.dumps({"doc": "b", "published": "2020-01-01"}) + "\n")
    docs_read = {d.id: str(d.published) for d in kzfacts.load_corpus([docs])}
    assert docs_read == {"a": "2019-06-01", "b": "2020-01-01"}


def test_jsonl_that_is_not_articles_is_one_skip(tmp_path):
    (tmp_path / "gold.jsonl").write_text('{"doc": "a", "value": 1}\n' * 5)
    (tmp_path / "a.txt").write_text(GOOD_TEXT)
    result = run("export", "--jsonl", str(tmp_path))
    assert result.stderr.splitlines()[0] == (
        f"kzfacts: skipped {tmp_path / 'gold.jsonl'}: not an article file: its first object has no \"text\" field")


def test_html_page(tmp_path):
    pytest.importorskip("trafilatura")
    body = "".join(f"<p>{GOOD_TEXT} More words of the article, paragraph {i}.</p>" for i in range(3))
    (tmp_path / "page.html").write_text(
        f"<html><head><title>Trade</title></head><body><nav>Home | News</nav><article>{body}"
        "</article><footer>Copyright</footer></body></html>")
    [doc] = kzfacts.load_corpus([tmp_path])
    assert "Home | News" not in doc.text and "$31.5 billion" in doc.text


def test_html_without_the_extra(tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_trafilatura(name, *args, **kwargs):
        if name == "trafilatura":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    (tmp_path / "page.html").write_text("<html><body><p>text</p></body></html>")
    result = run("figures", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"kzfacts: skipped {tmp_path / 'page.html'}: reading HTML needs the html extra: "
        "pip install 'kzfacts[html]'")


# --- safe output ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["--csv", "--json", "--jsonl"])
def test_exports_are_byte_identical_and_atomic(tmp_path, fmt):
    a, b = tmp_path / "a.out", tmp_path / "b.out"
    assert run("export", fmt, "-o", str(a)).exit_code == 0
    assert run("export", fmt, "-o", str(b)).exit_code == 0
    assert a.read_bytes() == b.read_bytes() and a.stat().st_size > 100
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.out", "b.out"]  # no temporary left


def test_interrupted_write_leaves_the_old_file(tmp_path):
    from kzfacts.render import write_atomic

    out = tmp_path / "records.jsonl"
    out.write_text("old\n")

    def chunks():
        yield "new line\n"
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomic(out, chunks())
    assert out.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["records.jsonl"]
