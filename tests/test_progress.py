"""Progress on stderr (issue 12): a line for runs over a second where stderr is a terminal,
never in a pipe or under --quiet, redrawn at most ten times a second, and the output unchanged.

The tracker is tried on a console that claims to be a terminal and a clock the test moves.
"""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from kzfacts import progress
from kzfacts.progress import Tracker, above, wanted
from kzfacts.records import Document, Skipped
from tests.test_inputs import run

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


class Clock:
    """A clock that moves ``step`` seconds each time it is read."""

    def __init__(self, step: float) -> None:
        self.now, self.step = 0.0, step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


class FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


def terminal() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=True, width=100, color_system=None), out


def items(n: int, skipped: int = 0) -> list:
    docs = [(Document(f"d{i}", "x" * 100_000), []) for i in range(n)]
    return docs + [Skipped(f"bad{i}.txt", "empty file") for i in range(skipped)]


def test_a_long_run_shows_files_mb_rate_and_skipped():
    console, out = terminal()
    given = items(30, skipped=2)
    tracker = Tracker(console, clock=Clock(0.125))
    assert list(tracker.track(given)) == given  # the items pass unchanged
    shown = out.getvalue()
    assert "30 files, 3.0 MB, 0.75 MB/s, 2 skipped, 0:04" in shown  # 32 items, 4 s
    assert tracker._progress is None and not progress._showing  # gone at the end


def test_a_short_run_shows_nothing():
    console, out = terminal()
    assert len(list(Tracker(console, clock=Clock(0.01)).track(items(50)))) == 50  # 0.5 s
    assert out.getvalue() == ""


def test_redrawn_at_most_ten_times_a_second():
    console, out = terminal()
    tracker = Tracker(console, clock=Clock(0.001))  # a thousand documents a second
    list(tracker.track(items(5000)))  # 5 s: 4 s shown
    draws = out.getvalue().count(" MB/s")
    assert 30 <= draws <= 45


def test_lines_said_meanwhile_go_above_it():
    console, out = terminal()
    tracker = Tracker(console, clock=Clock(0.5))
    stream = tracker.track(items(5))
    next(stream), next(stream), next(stream)
    assert above("kzfacts: skipped x.txt: empty file")
    list(stream)
    assert "kzfacts: skipped x.txt: empty file\n" in out.getvalue()
    assert not above("kzfacts: nothing to show it above")


def test_stopped_when_the_reader_stops_early():
    console, _ = terminal()
    tracker = Tracker(console, clock=Clock(0.5))
    stream = tracker.track(items(10))
    next(stream), next(stream), next(stream)
    assert tracker._progress is not None
    stream.close()
    assert tracker._progress is None and not progress._showing


@pytest.mark.parametrize("stream, quiet, term, shown", [
    (FakeTty(), False, "xterm", True),
    (FakeTty(), True, "xterm", False),  # --quiet
    (FakeTty(), False, "dumb", False),  # a terminal that cannot redraw a line
    (io.StringIO(), False, "xterm", False),  # a pipe or a file
])
def test_wanted_only_on_a_terminal(stream, quiet, term, shown, monkeypatch):
    monkeypatch.setenv("TERM", term)
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich would call any stream a terminal then; we do not
    assert wanted(quiet, stream) is shown


def test_the_cli_in_a_pipe_prints_nothing_more(monkeypatch):
    monkeypatch.setattr(progress, "SHOW_AFTER", 0.0)  # any run would be long enough
    plain = run("export", "--jsonl")
    assert plain.exit_code == 0 and plain.stderr == ""
    monkeypatch.setattr(progress, "SHOW_AFTER", 10_000.0)
    assert run("export", "--jsonl").stdout == plain.stdout


def test_quiet_drops_notes_but_not_skips(tmp_path):
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 talks\n\nTrade between Kazakhstan and China "
                                         "reached $31.5 billion in 2023.\n".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("")
    loud = run("export", "--jsonl", str(tmp_path))
    quiet = run("--quiet", "export", "--jsonl", str(tmp_path))
    assert "kzfacts: note " in loud.stderr and "kzfacts: note " not in quiet.stderr
    assert "skipped" in quiet.stderr and quiet.exit_code == loud.exit_code == 1
    assert quiet.stdout == loud.stdout
