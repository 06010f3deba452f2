"""No input can stop, hang, mislead or escape a run (issue 13): one test per way it once did,
each beside a good article whose records must all still come out. Special files, signals and
process limits are skipped where the platform has none."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

import kzfacts
from tests.test_inputs import GOOD_TEXT, records, run

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

posix_only = pytest.mark.skipif(os.name != "posix", reason="needs POSIX files and signals")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    (news / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    return news


def good(result) -> list[dict]:
    return [r for r in records(result) if r["doc"] == "good"]


def check_skip(folder: Path, line: str, *extra: str) -> None:
    result = run("export", "--jsonl", str(folder), *extra)
    assert result.exit_code == 1, result.stderr
    assert "Traceback" not in result.stderr and "error:" not in result.stderr
    assert f"kzfacts: skipped {line}" in result.stderr.splitlines()
    assert len(good(result)) == 3
    assert "skipped" in result.stderr.splitlines()[-1]


# --- 1. one bad JSON does not end the run -----------------------------------------------------


def test_json_nested_too_deep(folder):
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    check_skip(folder, f"{folder / 'deep.json'}: JSON nested too deep to be an article")


def test_json_line_nested_too_deep(folder):
    (folder / "deep.jsonl").write_text(json.dumps({"text": GOOD_TEXT, "id": "j1"}) + "\n"
                                       + "[" * 100_000 + "]" * 100_000 + "\n")
    result = run("export", "--jsonl", str(folder))
    assert f"kzfacts: skipped {folder / 'deep.jsonl'}:2: JSON nested too deep to be an article" in result.stderr
    assert len([r for r in records(result) if r["doc"] == "j1"]) == 3


def test_json_number_of_too_many_digits(folder):
    (folder / "big.json").write_text('{"text": "x", "id": ' + "9" * 5000 + "}")
    result = run("export", "--jsonl", str(folder))
    assert result.exit_code == 1 and len(good(result)) == 3
    assert f"kzfacts: skipped {folder / 'big.json'}: not JSON we can read" in result.stderr


@pytest.mark.parametrize("fmt", ["--jsonl", "--json", "--csv"])
def test_lone_surrogate_in_json_text(folder, fmt):
    text = GOOD_TEXT.replace("Trade", "Trade \\udc00 \\ud83d")
    (folder / "scraped.json").write_text('{"text": "' + text.replace("\n", " ") + '", "id": "s\\udc00"}')
    result = run("export", fmt, str(folder))
    assert result.exit_code == 0, result.stderr
    assert "\ufffd" in result.stdout and "$31.5 billion" in result.stdout
    [doc] = kzfacts.load_corpus([folder / "scraped.json"])
    assert doc.id == "s\ufffd" and "Trade \ufffd \ufffd" in doc.text


# --- 2. special files: read only regular files, and never more than the cap --------------------


@pytest.fixture
def deadline():
    """Fail, rather than hang, a test that waits longer than 20 s."""
    import signal

    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def late(signum, frame):
        raise TimeoutError("hung")

    old = signal.signal(signal.SIGALRM, late)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_in_a_folder_is_skipped_not_waited_on(folder, deadline):
    os.mkfifo(folder / "b.txt")
    check_skip(folder, f"{folder / 'b.txt'}: not a regular file (a FIFO), not read")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_symlink_to_dev_zero_is_not_read(folder):
    (folder / "z.txt").symlink_to("/dev/zero")
    check_skip(folder, f"{folder / 'z.txt'}: symlink out of the folder given, not followed")
    # named on its own, it is inside what was given, and still refused as a device
    result = run("export", "--jsonl", str(folder / "z.txt"))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"kzfacts: skipped {folder / 'z.txt'}: not a regular file (a device), not read"


def test_the_cap_holds_whatever_the_size_claims(tmp_path, monkeypatch):
    """A file that grows after stat (or lies about its size) is still read only to the cap."""
    import io

    from kzfacts import files

    stream = io.BytesIO(b"x" * (files.MAX_ARTICLE_BYTES + 10))
    with pytest.raises(kzfacts.CorpusError, match="too large for an article"):
        files.read_bounded(stream, "s")
    assert stream.tell() == files.MAX_ARTICLE_BYTES + 1


# --- 3. never leave the roots -----------------------------------------------------------------


def test_symlink_to_the_parent_folder_is_not_followed(folder):
    (folder.parent / "outside.txt").write_text(GOOD_TEXT)
    (folder / "up").symlink_to("..")
    result = run("export", "--jsonl", str(folder))
    assert f"kzfacts: skipped {folder / 'up'}: symlink out of the folder given, not followed" in result.stderr
    assert {r["doc"] for r in records(result)} == {"good"}


def test_symlink_to_a_file_outside_is_not_followed(folder, tmp_path):
    (tmp_path / "secret.txt").write_text(GOOD_TEXT)
    (folder / "link.txt").symlink_to(tmp_path / "secret.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "inside.txt").symlink_to(folder / "good.txt")  # inside: fine, read once
    check_skip(folder, f"{folder / 'link.txt'}: symlink out of the folder given, not followed")


def test_a_pattern_does_not_follow_a_symlink_out_of_its_folder(folder, tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "secret.txt").write_text(GOOD_TEXT)
    (folder / "up").symlink_to(tmp_path / "elsewhere")
    result = run("export", "--jsonl", str(folder / "**" / "*.txt"))
    assert (f"kzfacts: skipped {folder / 'up' / 'secret.txt'}: symlink out of the pattern's folder, not followed"
            in result.stderr)
    assert {r["doc"] for r in records(result)} == {"good"}


# --- 4. document ids are unique in a run -----------------------------------------------------


def test_same_stem_in_two_folders(folder, tmp_path):
    for sub in ("a", "b"):
        (folder / sub).mkdir()
        (folder / sub / "index.txt").write_text(GOOD_TEXT.replace("31.5", "32.5" if sub == "b" else "31.5"))
    result = run("export", "--jsonl", str(folder))
    assert result.exit_code == 0, result.stderr
    assert f"kzfacts: note {folder / 'b' / 'index.txt'}: id 'index' is taken, read as 'index~2'" in result.stderr
    by_doc = {(r["doc"], r["value"]) for r in records(result) if r["metric"] == "trade_volume" and r["type"] == "figure"}
    assert by_doc == {("good", 31500000000), ("index", 31500000000), ("index~2", 32500000000)}
    db = tmp_path / "kz.db"
    result = run("export", "--sqlite", str(db), str(folder))
    assert result.exit_code == 0, result.stderr
    import sqlite3

    with sqlite3.connect(db) as con:
        paths = dict(con.execute("SELECT id, path FROM documents"))
    assert paths["index~2"] == str(folder / "b" / "index.txt")


def test_repeated_json_id(folder):
    (folder / "dump.jsonl").write_text("".join(json.dumps({"text": GOOD_TEXT, "id": i}) + "\n"
                                               for i in ("x", "x", "x~2", "good")))
    docs = [d.id for d in kzfacts.load_corpus([folder])]
    assert docs == ["x", "x~2", "x~2~2", "good", "good~2"]  # dump.jsonl is read before good.txt


# --- 10. decoding -----------------------------------------------------------------------------


def test_utf8_with_one_stray_byte_stays_utf8(folder):
    text = GOOD_TEXT.replace("reached", "reached “about”") + "Reported by Zoë Müller — Astana.\n"
    (folder / "stray.txt").write_bytes(text.encode("utf-8").replace(b"Reported", b"Repo\xffrted"))
    result = run("export", "--jsonl", str(folder))
    assert result.exit_code == 0, result.stderr
    assert f"kzfacts: note {folder / 'stray.txt'}: UTF-8 but for a few bytes, read with them replaced" in result.stderr
    [doc] = kzfacts.load_corpus([folder / "stray.txt"])
    assert "Zoë Müller —" in doc.text and "Repo\ufffdrted" in doc.text
    assert len([r for r in records(result) if r["doc"] == "stray"]) == 3


def test_nul_anywhere_is_binary(folder):
    (folder / "late.txt").write_bytes(GOOD_TEXT.encode() * 400 + b"\x00" + GOOD_TEXT.encode())
    (folder / "early.txt").write_bytes(b"\x00" + GOOD_TEXT.encode() * 400)
    result = run("export", "--jsonl", str(folder))
    lines = result.stderr.splitlines()
    assert f"kzfacts: skipped {folder / 'late.txt'}: binary file, not text" in lines
    assert f"kzfacts: skipped {folder / 'early.txt'}: binary file, not text" in lines


# --- 5. worker processes and signals ----------------------------------------------------------

linux_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture
def slow_folder(tmp_path: Path) -> Path:
    """Articles enough to keep two workers busy for many seconds."""
    news = tmp_path / "slow"
    news.mkdir()
    text = "".join(p.read_text() for p in sorted(kzfacts.bundled_dir().glob("*.txt"))) * 5
    for i in range(80):
        (news / f"a{i:03d}.txt").write_text(text)
    return news


@linux_proc
@posix_only
@pytest.mark.parametrize(("signame", "jobs"), [("SIGTERM", "1"), ("SIGTERM", "2"), ("SIGHUP", "2"), ("SIGINT", "2")])
def test_a_signal_stops_workers_and_leaves_no_temporary(slow_folder, tmp_path, jobs, signame):
    import signal
    import subprocess
    import time

    out = tmp_path / "out" / "records.jsonl"
    out.parent.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "kzfacts", "export", "--jsonl", "--jobs", jobs,
                             "-o", str(out), str(slow_folder)],
                            stderr=subprocess.PIPE, cwd=Path(__file__).parent.parent)
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            workers = _children(proc.pid)
            if list(out.parent.iterdir()) and (jobs == "1" or len(workers) >= 2):
                break
            time.sleep(0.05)
        assert list(out.parent.iterdir()), "the run never started writing"
        time.sleep(0.3)
        proc.send_signal(getattr(signal, signame))
        code = proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert code != 0
    assert "Traceback" not in proc.stderr.read().decode()
    time.sleep(0.5)
    assert not [pid for pid in workers if _alive(pid)]
    assert list(out.parent.iterdir()) == []  # no temporary file, and no half an output


@linux_proc
@posix_only
def test_workers_die_with_a_killed_parent(slow_folder, tmp_path):
    import signal
    import subprocess
    import time

    proc = subprocess.Popen([sys.executable, "-m", "kzfacts", "export", "--jsonl", "--jobs", "2",
                             str(slow_folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            cwd=Path(__file__).parent.parent)
    workers: set[int] = set()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(workers) < 2:
        workers = _children(proc.pid)
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    time.sleep(1)
    assert len(workers) >= 2 and not [pid for pid in workers if _alive(pid)]


def test_jobs_are_capped_by_processors_and_documents(folder, monkeypatch):
    from concurrent.futures import ProcessPoolExecutor

    from kzfacts import parallel

    started = []
    real = ProcessPoolExecutor.__init__

    def counting(self, max_workers=None, *args, **kwargs):
        started.append(max_workers)
        real(self, max_workers, *args, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "__init__", counting)
    monkeypatch.setattr(parallel, "cpu_count", lambda: 4)
    # batches are sized by text: here at least 14 of these short articles make one
    monkeypatch.setattr(parallel, "MIN_CHUNK", 14 * len(GOOD_TEXT))
    result = run("export", "--jsonl", "--jobs", "1000", str(folder))
    assert result.exit_code == 0, result.stderr
    assert "kzfacts: note 1000 worker processes asked for, 4 processors here: using 4" in result.stderr
    assert len(good(result)) == 3 and started == []  # one article: no worker at all
    for i in range(40):
        (folder / f"more{i}.txt").write_text(GOOD_TEXT)
    result = run("export", "--jsonl", "--jobs", "1000", str(folder))
    assert result.exit_code == 0 and len(good(result)) == 3
    assert started == [3]  # 41 articles make three batches: three workers, not four


def test_batches_are_sized_by_text_and_give_the_same_bytes(folder, monkeypatch):
    """Workers get batches of about CHUNK characters, not a count of files: long articles go
    one or two a batch, short ones many; the output is --jobs 1's, byte for byte."""
    from concurrent.futures import ProcessPoolExecutor

    from kzfacts import parallel

    sizes: list[int] = []
    real = ProcessPoolExecutor.submit

    def counting(self, fn, *args, **kwargs):
        if fn is parallel._extract_batch:
            sizes.append(sum(len(d.text) for d in args[0]))
        return real(self, fn, *args, **kwargs)

    long_text = GOOD_TEXT * 20
    for i in range(12):
        (folder / f"long{i:02d}.txt").write_text(long_text)
    for i in range(60):
        (folder / f"short{i:02d}.txt").write_text(GOOD_TEXT)
    one = run("export", "--jsonl", "--jobs", "1", str(folder))
    monkeypatch.setattr(ProcessPoolExecutor, "submit", counting)
    monkeypatch.setattr(parallel, "cpu_count", lambda: 2)
    monkeypatch.setattr(parallel, "CHUNK", 2 * len(long_text))
    monkeypatch.setattr(parallel, "IN_FLIGHT", 1)  # read ahead 4 long articles, then stream
    two = run("export", "--jsonl", "--jobs", "2", str(folder))
    assert two.exit_code == 0 and two.stdout == one.stdout
    assert len(sizes) >= 4 and all(size < 3 * len(long_text) for size in sizes)
    assert sum(sizes) == 12 * len(long_text) + 60 * len(GOOD_TEXT) + len(GOOD_TEXT)  # and the first


def test_no_worker_can_start_then_one_process_does_it(folder, monkeypatch):
    """Under a process limit forking fails: the run goes on in the one process, with a note."""
    import multiprocessing.context

    from kzfacts import parallel

    for i in range(40):
        (folder / f"more{i}.txt").write_text(GOOD_TEXT)

    def no_fork(self):
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(multiprocessing.context.ForkProcess, "start", no_fork)
    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", no_fork)
    monkeypatch.setattr(parallel, "cpu_count", lambda: 2)
    monkeypatch.setattr(parallel, "MIN_CHUNK", 10 * len(GOOD_TEXT))  # batches of 10 articles
    result = run("export", "--jsonl", "--jobs", "2", str(folder))
    assert result.exit_code == 0, result.stderr
    assert "kzfacts: note cannot start worker processes" in result.stderr
    assert len(records(result)) == 41 * 3


# --- 6. CSV formula injection -----------------------------------------------------------------

EVIL = '=HYPERLINK("http://evil.example","x") Trade between Kazakhstan and China reached $24 billion in 2022.\n'


def test_csv_cells_that_would_run_as_formulas_are_neutralised(folder):
    (folder / "good.txt").write_text(EVIL)
    (folder / "-x.txt").write_text("+" + GOOD_TEXT)
    result = run("export", "--csv", str(folder))
    assert result.exit_code == 0, result.stderr
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and not [v for r in rows for v in r.values() if v[:1] in ("=", "+", "@")]
    assert {r["doc"] for r in rows} == {"good", "'-x"}
    assert any(r["sentence"].startswith("'=HYPERLINK") for r in rows)
    assert "24000000000" in {r["value"] for r in rows}  # numbers stay numbers
    raw = run("export", "--csv", "--csv-formulas", str(folder))
    assert any(r["sentence"].startswith("=HYPERLINK") for r in csv.DictReader(io.StringIO(raw.stdout)))


@pytest.mark.parametrize(("cell", "out"), [
    ("=1+1", "'=1+1"), ("@SUM(A1)", "'@SUM(A1)"), ("+7 701", "'+7 701"), ("--03-14", "'--03-14"),
    ("\tx", "'\tx"), ("-5", "-5"), ("+2.5e3", "+2.5e3"), (-5, -5), ("trade", "trade"), ("", ""),
])
def test_neutralised(cell, out):
    from kzfacts.formats import neutralised

    assert neutralised(cell) == out


# --- 7. terminal escape injection -------------------------------------------------------------

ESC = "\x1b"


def test_escapes_in_text_and_ids_never_reach_the_terminal(folder, tmp_path):
    (folder / "good.txt").write_text(GOOD_TEXT.replace("Trade", f"{ESC}[2JTrade\x9b31m\u202e"))
    (folder / "esc.json").write_text(json.dumps({"text": GOOD_TEXT, "id": f"e{ESC}]0;owned\x07"}))
    for command in (["figures"], ["meetings"], ["facts"], ["timeline"], ["conflicts"]):
        result = run(*command, str(folder))
        assert result.exit_code == 0, result.stderr
        assert not [c for c in result.stdout if c in (ESC, "\x07", "\x9b", "\u202e")], command
    svg = tmp_path / "facts.svg"
    assert run("facts", str(folder), "--save", str(svg)).exit_code == 0
    import xml.dom.minidom

    xml.dom.minidom.parse(str(svg))  # well-formed XML, which ESC would break


@posix_only
def test_a_newline_in_a_file_name_cannot_forge_a_line(folder):
    (folder / "x\nkzfacts: 0 files: 0 read.txt").write_text("")
    (folder / f"{ESC}[2J.txt").write_text("")
    result = run("export", "--jsonl", str(folder))
    lines = result.stderr.splitlines()
    assert f"kzfacts: skipped {folder}/x\\nkzfacts: 0 files: 0 read.txt: empty file" in lines
    assert f"kzfacts: skipped {folder}/[2J.txt: empty file" in lines
    assert len(lines) == 3 and ESC not in result.stderr


# --- 8. output targets ------------------------------------------------------------------------


@posix_only
@pytest.mark.parametrize("kind", ["symlink", "fifo", "device", "folder"])
def test_only_regular_files_are_replaced(folder, tmp_path, kind):
    target = tmp_path / "out.jsonl"
    if kind == "symlink":
        (tmp_path / "real.jsonl").write_text("keep\n")
        target.symlink_to(tmp_path / "real.jsonl")
    elif kind == "fifo":
        os.mkfifo(target)
    elif kind == "device":
        # a device node of its own (never the system's /dev/null: a failing run would replace it)
        try:
            os.mknod(target, 0o600 | stat.S_IFCHR, os.makedev(1, 3))
        except (PermissionError, AttributeError, OSError):
            pytest.skip("cannot make a device node here")
    else:
        target.mkdir()
    before = os.lstat(target)
    result = run("export", "--jsonl", "-o", str(target), str(folder))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kzfacts: usage: will not write {target}: it is ")
    after = os.lstat(target)
    assert (before.st_mode, before.st_ino) == (after.st_mode, after.st_ino)
    if kind == "symlink":
        assert (tmp_path / "real.jsonl").read_text() == "keep\n"


@posix_only
def test_outputs_keep_the_umask_mode(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    old = os.umask(0o022)
    try:
        assert run("export", "--jsonl", "-o", str(out), str(folder)).exit_code == 0
        assert out.stat().st_mode & 0o777 == 0o644
        os.umask(0o077)
        db = tmp_path / "kz.db"
        assert run("export", "--sqlite", str(db), str(folder)).exit_code == 0
        assert db.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)


def test_sqlite_never_overwrites_what_is_not_ours(folder, tmp_path):
    import sqlite3

    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n")
    result = run("export", "--sqlite", str(notes), str(folder))
    assert result.exit_code == 2 and notes.read_text() == "my notes\n"
    assert "it is not a SQLite database" in result.stderr
    db = tmp_path / "kz.db"
    assert run("export", "--sqlite", str(db), str(folder)).exit_code == 0
    assert run("export", "--sqlite", str(db), str(folder)).exit_code == 0  # ours: replaced
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE my_notes (x)")
    con.close()
    # an archive is updated in place: a table the user added to it is kept
    assert run("export", "--sqlite", str(db), str(folder)).exit_code == 0
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM my_notes").fetchone() == (0,)
    con.close()
    # a database of someone else's that only shares a table name is still refused
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE figures (x)")
        con.execute("CREATE TABLE my_notes (x)")
    con.close()
    result = run("export", "--sqlite", str(other), str(folder))
    assert result.exit_code == 2 and "tables kzfacts does not write (my_notes)" in result.stderr


# --- 11. the small ones -----------------------------------------------------------------------


@pytest.mark.parametrize("value", ["2023-13", "2023-02-30", "2023-00", "２０２３"])
def test_impossible_dates_are_usage_errors(value):
    assert run("meetings", "--since", value).exit_code == 2


def test_a_file_named_dash_is_a_file_and_stdin_is_read_once(folder, monkeypatch):
    monkeypatch.chdir(folder)
    (folder / "-").write_text(GOOD_TEXT.replace("31.5", "33.5"))
    result = run("export", "--jsonl", "./-", stdin="")
    assert result.exit_code == 0, result.stderr
    assert {r["value"] for r in records(result) if r["metric"] == "trade_volume"} >= {33500000000}
    result = run("export", "--jsonl", "-", "-", stdin=GOOD_TEXT)
    assert result.exit_code == 0, result.stderr
    assert [r["doc"] for r in records(result)] == ["stdin"] * 3


@posix_only
def test_broken_pipe_after_a_skip_exits_1(folder):
    import subprocess

    (folder / "empty.txt").write_text("")
    (folder / "many.jsonl").write_text("".join(
        json.dumps({"text": GOOD_TEXT, "id": f"m{i}"}) + "\n" for i in range(600)))  # > a pipe's 64 KB
    proc = subprocess.run(f"{sys.executable} -m kzfacts export --jsonl {folder} | head -c 10 > /dev/null; "
                          "echo ${PIPESTATUS[0]}", shell=True, executable="/bin/bash",
                          capture_output=True, text=True, cwd=Path(__file__).parent.parent)
    assert proc.stdout.strip() == "1"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_help_to_a_full_disk_is_one_line():
    import subprocess

    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "kzfacts", "--help"], stdout=full,
                              stderr=subprocess.PIPE, text=True, cwd=Path(__file__).parent.parent)
    assert proc.returncode == 1
    assert proc.stderr == "kzfacts: error: cannot write the output: No space left on device\n"


# --- 9. a hopeless document is a named skip, within a budget ----------------------------------


@pytest.mark.skipif(not hasattr(__import__("signal"), "setitimer"), reason="no interval timers here")
def test_a_document_over_its_time_budget_is_skipped(folder, monkeypatch):
    import importlib

    extract_module = importlib.import_module("kzfacts.extract")
    names = "Tokayev met Xi Jinping, Li Qiang, Wang Yi and Smailov; " * 2000
    (folder / "names.txt").write_text(names)
    monkeypatch.setattr(extract_module, "time_budget",
                        lambda text: 0.01 if text.startswith("Tokayev met") else 60.0)
    check_skip(folder, f"{folder / 'names.txt'}: names: took longer than 0.01 s, the time an article "
                       "of its size may take; not read")
    monkeypatch.undo()
    assert extract_module.time_budget(GOOD_TEXT) >= 10 and run("export", "--jsonl", str(folder)).exit_code == 0


def test_an_error_without_a_message_is_named(folder, monkeypatch):
    import importlib

    def broken(doc):
        raise MemoryError

    monkeypatch.setattr(importlib.import_module("kzfacts.extract"), "extract_document", broken)
    result = run("figures", str(folder))
    assert result.exit_code == 1
    assert result.stderr == "kzfacts: error: MemoryError (run with --debug for the traceback)\n"


@posix_only
def test_a_budget_that_runs_out_in_a_gc_callback_is_raised_without_a_traceback(monkeypatch):
    import gc
    import sys
    import time

    from kzfacts.extract import _budget, _OverBudget

    def slow(phase, info):  # a callback where the timer's exception is swallowed
        if phase == "start":
            t = time.perf_counter()
            while time.perf_counter() - t < 0.05:
                pass

    printed = []  # what Python would print as "Exception ignored in ... Traceback"
    monkeypatch.setattr(sys, "unraisablehook", printed.append)
    gc.callbacks.append(slow)
    try:
        with pytest.raises(_OverBudget), _budget(0.01):
            for _ in range(3):
                gc.collect()
    finally:
        gc.callbacks.remove(slow)
    assert printed == []
