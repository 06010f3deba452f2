"""Throughput, memory and start-up of kzfacts against a plain regex scan and dateparser.

    python benchmarks/run.py                 # 1, 10 and 100 MB; a few minutes on 2 cores
    python benchmarks/run.py --sizes 1,10    # quicker

Builds corpora of ~5 KB files from the articles at hand (the bundled corpus, ../shared/dev/docs
when it is there, and the folders in $KZFACTS_BENCH_DOCS, separated by the path separator),
repeated until each size is reached, and a tree of 1,500 files of ~3 KB made of their
paragraphs, in a temporary folder. Every measurement but the in-process rows is a whole process
(start-up included), timed by wall clock, with its peak RSS from wait4(). Prints one table; see
benchmarks/README.md for what each row means. Not a test: pytest never collects it
(testpaths = tests).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SOURCES = [ROOT / "corpus", ROOT.parent / "shared" / "dev" / "docs",
           *(Path(p) for p in os.environ.get("KZFACTS_BENCH_DOCS", "").split(os.pathsep) if p)]
FILE_BYTES = 5000  # articles are joined until a file holds about this much
SMALL_FILES, SMALL_BYTES = 1500, 3000  # the tree of small files: paragraphs joined to ~3 KB
REPEAT_MB = 1.0  # the in-process row reads the articles repeated to about this much
MB = 1_000_000

# --- the two alternatives, run as their own processes through this script -----------------------

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
           "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
          "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
          "|hundred|dozen")
# the ceiling: what any extractor of these figures must at least do, six compiled patterns
SIX_PATTERNS = {
    "money": r"(?:US\$|\$|USD|€|¥|₸|RMB|CNY|KZT)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:trillion|billion|million"
             r"|thousand|bn|mln|tn|m)\b)?|\b\d[\d,]*(?:\.\d+)?\s?(?:trillion|billion|million|bn|mln)?"
             r"\s?(?:dollars|yuan|tenge|euros)\b",
    "percent": r"\b\d+(?:\.\d+)?\s?(?:%|percent\b|per\s?cent\b)",
    "count": r"\b\d[\d,]*\s+(?:[a-z]+\s+){0,2}(?:projects|agreements|documents|companies|enterprises"
             r"|trains|containers|tons|tonnes)\b",
    "date": r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b|\b[0-3]\d\.[01]\d\.(?:19|20)\d\d\b|\b(?:19|20)\d\d\b",
    "month": rf"\b(?:{_MONTHS})\b\.?",
    "number_word": rf"\b(?:{_WORDS})(?:-(?:{_WORDS}))?\b",
}


def _files(folder: str) -> list[Path]:
    return sorted(p for p in Path(folder).rglob("*.txt"))


def scan_regex(folder: str) -> None:
    """Read every file and find all matches of the six patterns."""
    import regex

    patterns = [regex.compile(p, regex.IGNORECASE) for p in SIX_PATTERNS.values()]
    found = 0
    for path in _files(folder):
        text = path.read_text(encoding="utf-8")
        for p in patterns:
            for _ in p.finditer(text):
                found += 1
    print(found)


def scan_dateparser(folder: str) -> None:
    """Read every file and search it for dates, the way a date library is usually used."""
    from dateparser.search import search_dates

    found = 0
    for path in _files(folder):
        found += len(search_dates(path.read_text(encoding="utf-8"), languages=["en"]) or [])
    print(found)


def inprocess(tool: str, folder: str) -> None:
    """Seconds ``tool`` takes on the files of ``folder`` once loaded and warmed up (imports
    done, patterns compiled on a first file): the work itself, without start-up."""
    files = [p.read_text(encoding="utf-8") for p in _files(folder)]
    if tool == "kzfacts":
        import kzfacts

        def work(text: str) -> None:
            kzfacts.extract(text, doc="bench")
    else:
        from dateparser.search import search_dates

        def work(text: str) -> None:
            search_dates(text, languages=["en"])
    work(files[0])
    start = time.perf_counter()
    for text in files:
        work(text)
    print(f"{time.perf_counter() - start:.6f}")


def inprocess_articles() -> None:
    """MB/s of ``kzfacts.extract`` on the articles at hand repeated to ~REPEAT_MB, after a
    first pass over them (imports done, patterns compiled): the work of one core."""
    import kzfacts

    texts = articles()
    for text in texts:
        kzfacts.extract(text, doc="bench")
    size = sum(len(t.encode("utf-8")) for t in texts)
    rounds = max(1, round(REPEAT_MB * MB / size))
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            kzfacts.extract(text, doc="bench")
    print(f"{size * rounds / MB / (time.perf_counter() - start):.6f}")


def seconds_inprocess(tool: str, folder: Path) -> float:
    done = subprocess.run([sys.executable, __file__, "--inprocess", tool, str(folder)],
                          capture_output=True, text=True, check=True)
    return float(done.stdout.split()[-1])


# --- corpora ------------------------------------------------------------------------------------


def articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for src in SOURCES if src.is_dir() for p in sorted(src.glob("*.txt"))]
    if not texts:
        sys.exit("benchmarks: no articles found in corpus/ or ../shared/dev/docs")
    return texts


def build(folder: Path, size: int, texts: list[str]) -> int:
    """Write ~5 KB files made of the articles in turn until ``size`` bytes; returns the count."""
    folder.mkdir(parents=True)
    total = n = i = 0
    while total < size:
        parts, length = [], 0
        while length < FILE_BYTES:
            parts.append(texts[i % len(texts)])
            length += len(parts[-1].encode("utf-8")) + 2
            i += 1
        data = "\n\n".join(parts).encode("utf-8")
        path = folder / f"{n // 1000:03d}" / f"a{n:06d}.txt"  # 1000 files a folder
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        total += len(data)
        n += 1
    return n


def build_small(folder: Path, texts: list[str]) -> int:
    """SMALL_FILES files of ~SMALL_BYTES each, made of the articles' paragraphs in turn."""
    paras = [p for t in texts for p in t.split("\n\n") if p.strip()]
    i = 0
    for n in range(SMALL_FILES):
        parts, length = [], 0
        while length < SMALL_BYTES:
            parts.append(paras[i % len(paras)])
            length += len(parts[-1].encode("utf-8")) + 2
            i += 1
        path = folder / f"{n // 1000:03d}" / f"s{n:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes("\n\n".join(parts).encode("utf-8"))
    return size_of(folder)


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in _files(str(folder)))


# --- measuring ----------------------------------------------------------------------------------


class Result:
    def __init__(self, seconds: float, rss_mb: float, out: bytes) -> None:
        self.seconds, self.rss_mb, self.out = seconds, rss_mb, out


def run(cmd: list[str], out: Path | None = None, env: dict[str, str] | None = None) -> Result:
    """Run ``cmd`` as a whole process: wall time, peak RSS (MB) and what it wrote."""
    sink = open(out, "wb") if out else subprocess.DEVNULL
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=sink, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read() if proc.stderr else b""
    if out:
        sink.close()
    if proc.returncode not in (0,):
        sys.exit(f"benchmarks: {' '.join(cmd)} failed ({proc.returncode}):\n{err.decode()[-2000:]}")
    return Result(seconds, usage.ru_maxrss / 1024, out.read_bytes() if out else b"")


def best(cmd: list[str], times: int, env: dict[str, str] | None = None) -> float:
    return min(run(cmd, env=env).seconds for _ in range(times))


def mean(cmd: list[str], times: int, env: dict[str, str] | None = None) -> float:
    return sum(run(cmd, env=env).seconds for _ in range(times)) / times


def kzfacts_cmd() -> list[str]:
    """The checkout's kzfacts (``python -m kzfacts`` from its root; see ``_checkout_first``),
    else the installed command."""
    if (ROOT / "kzfacts" / "__init__.py").exists():
        return [sys.executable, "-m", "kzfacts"]
    exe = Path(sys.executable).with_name("kzfacts")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "kzfacts"]


def _checkout_first() -> None:
    """Measure the checkout this script sits in, not whatever kzfacts is installed: its root
    first on the import path here, and the working folder of every process started."""
    if (ROOT / "kzfacts" / "__init__.py").exists():
        sys.path.insert(0, str(ROOT))
        os.chdir(ROOT)
        # its bytecode written first, as an install writes it: where PYTHONDONTWRITEBYTECODE is set,
        # every start of a checkout would otherwise be timed compiling the modules it changed
        import compileall

        compileall.compile_dir(str(ROOT / "kzfacts"), quiet=1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1,10,100", help="corpus sizes in MB (default 1,10,100)")
    ap.add_argument("--sample", type=int, default=40, help="files for the dateparser comparison")
    ap.add_argument("--keep", action="store_true", help="keep the temporary corpora")
    args = ap.parse_args()
    start_load = f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "?"
    sizes = [int(s) for s in args.sizes.split(",")]
    kz = kzfacts_cmd()
    tmp = Path(tempfile.mkdtemp(prefix="kzfacts-bench-"))
    rows: list[tuple[str, str, str]] = []

    def row(what: str, value: str, note: str = "") -> None:
        rows.append((what, value, note))
        print(f"  {what:<44} {value:>14}  {note}", file=sys.stderr, flush=True)

    try:
        texts = articles()
        print(f"benchmarks: {len(texts)} articles; corpora in {tmp}", file=sys.stderr)
        export: dict[int, Result] = {}
        mbytes: dict[int, float] = {}
        for size in sizes:
            folder = tmp / f"{size}mb"
            n = build(folder, size * MB, texts)
            mbytes[size] = size_of(folder) / MB
            r = export[size] = run([*kz, "export", "--jsonl", str(folder)], tmp / f"out-{size}.jsonl")
            row(f"kzfacts export --jsonl, {size} MB ({n} files)", f"{mbytes[size] / r.seconds:.2f} MB/s",
                f"{r.seconds:.1f} s, peak RSS {r.rss_mb:.0f} MB")
        mid = 10 if 10 in sizes else sizes[min(1, len(sizes) - 1)]
        folder = tmp / f"{mid}mb"
        ceiling = run([sys.executable, __file__, "--scan-regex", str(folder)])
        ceiling_mbs = mbytes[mid] / ceiling.seconds
        row(f"six-pattern regex scan, {mid} MB", f"{ceiling_mbs:.2f} MB/s", f"{ceiling.seconds:.1f} s")
        kz_mbs = mbytes[mid] / export[mid].seconds

        two = run([*kz, "export", "--jsonl", "--jobs", "2", str(folder)], tmp / f"out-{mid}-j2.jsonl")
        same = hashlib.sha256(two.out).digest() == hashlib.sha256(export[mid].out).digest()
        row(f"kzfacts export --jsonl --jobs 2, {mid} MB", f"{mbytes[mid] / two.seconds:.2f} MB/s",
            f"{two.seconds:.1f} s, {'same bytes' if same else 'DIFFERENT BYTES'}")

        smalls = tmp / "small"
        small_mb = build_small(smalls, texts) / MB
        one_s = run([*kz, "export", "--jsonl", str(smalls)], tmp / "out-small.jsonl")
        two_s = run([*kz, "export", "--jsonl", "--jobs", "2", str(smalls)], tmp / "out-small-j2.jsonl")
        same_s = one_s.out == two_s.out
        row(f"kzfacts export --jsonl, {SMALL_FILES} files of 3 KB", f"{small_mb / one_s.seconds:.2f} MB/s",
            f"{one_s.seconds:.1f} s, {small_mb:.1f} MB")
        row(f"kzfacts export --jsonl --jobs 2, {SMALL_FILES} files", f"{small_mb / two_s.seconds:.2f} MB/s",
            f"{two_s.seconds:.1f} s, {'same bytes' if same_s else 'DIFFERENT BYTES'}")

        sample = tmp / "sample"
        sample.mkdir()
        for p in _files(str(folder))[:args.sample]:
            shutil.copy(p, sample / p.name)
        sample_mb = size_of(sample) / MB
        dp = run([sys.executable, __file__, "--scan-dateparser", str(sample)])
        kz_sample = run([*kz, "export", "--jsonl", str(sample)])
        row(f"dateparser.search_dates(languages=['en']), {args.sample} files",
            f"{sample_mb / dp.seconds:.3f} MB/s", f"{dp.seconds:.1f} s for {sample_mb * 1000:.0f} KB")
        row(f"kzfacts export --jsonl, same {args.sample} files", f"{sample_mb / kz_sample.seconds:.3f} MB/s",
            f"{kz_sample.seconds:.1f} s")
        # the same two without start-up: imports done and patterns compiled on a first file
        dp_in = seconds_inprocess("dateparser", sample)
        kz_in = seconds_inprocess("kzfacts", sample)
        row("dateparser, same files, in-process", f"{sample_mb / dp_in:.3f} MB/s", f"{dp_in:.2f} s")
        row("kzfacts.extract, same files, in-process", f"{sample_mb / kz_in:.3f} MB/s", f"{kz_in:.2f} s")

        per_core = float(subprocess.run([sys.executable, __file__, "--inprocess-articles"], capture_output=True,
                                        text=True, check=True).stdout.split()[-1])
        row(f"kzfacts.extract in-process, {len(texts)} articles repeated", f"{per_core:.2f} MB/s",
            f"~{REPEAT_MB:g} MB, one core, after a first pass")

        short = tmp / "short.txt"
        short.write_bytes(_files(str(smalls))[0].read_bytes())
        start_s = mean([*kz, "export", "--jsonl", str(short)], 10)
        cold = {**os.environ, "KZFACTS_REGEX_CACHE": "off"}
        start_cold = mean([*kz, "export", "--jsonl", str(short)], 3, env=cold)
        row(f"kzfacts export --jsonl, one {short.stat().st_size / 1000:.0f} KB file (mean of 10)",
            f"{start_s * 1000:.0f} ms", f"without the pattern cache {start_cold * 1000:.0f} ms (mean of 3)")
        help_s = best([*kz, "--help"], 7)
        typer_s = best([sys.executable, "-c", "import typer"], 7)
        row("kzfacts --help (best of 7)", f"{help_s * 1000:.0f} ms")
        row('python -c "import typer" (best of 7)', f"{typer_s * 1000:.0f} ms")

        small, large = min(sizes), max(sizes)
        checks = [
            (f"regex scan / kzfacts throughput, {mid} MB", ceiling_mbs / kz_mbs, "<= 6"),
            ("kzfacts / dateparser, same sample, in-process", dp_in / kz_in, ">= 18"),
            (f"kzfacts / dateparser, kzfacts on {mid} MB", kz_mbs / (sample_mb / dp.seconds), ">= 18"),
            ("kzfacts.extract in-process MB/s per core", per_core, ">= 2.2"),
            ("start-up: export of one short file, seconds", start_s, "<= 0.3"),
            ("kzfacts --help / import typer", help_s / typer_s, "<= 1.3"),
            (f"peak RSS {large} MB / {small} MB", export[large].rss_mb / export[small].rss_mb, "<= 1.2"),
            (f"peak RSS {large} MB, MB", export[large].rss_mb, "<= 60"),
            (f"--jobs 1 / --jobs 2 time, {mid} MB", export[mid].seconds / two.seconds, ">= 1.7"),
            (f"--jobs 1 / --jobs 2 time, {SMALL_FILES} files of 3 KB", one_s.seconds / two_s.seconds, ">= 1.7"),
        ]
    finally:
        if args.keep:
            print(f"benchmarks: corpora kept in {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(f"\nkzfacts benchmark, {time.strftime('%Y-%m-%d')}, {platform.machine()} {cpu_name()}, "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}, load average at the end {load}, "
          f"started with load {start_load}\n")
    print(f"| {'measurement':<52} | {'value':>14} | note")
    print(f"|{'-' * 54}|{'-' * 16}|------")
    for what, value, note in rows:
        print(f"| {what:<52} | {value:>14} | {note}")
    print(f"\n| {'ratio':<52} | {'value':>14} | goal")
    print(f"|{'-' * 54}|{'-' * 16}|------")
    for what, value, goal in checks:
        ok = value <= float(goal[3:]) if goal.startswith("<=") else value >= float(goal[3:])
        unit = "x" if " / " in what else " "
        print(f"| {what:<52} | {value:>13.2f}{unit} | {goal} {'ok' if ok else 'MISSED'}")


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


if __name__ == "__main__":
    _checkout_first()
    if len(sys.argv) == 3 and sys.argv[1] == "--scan-regex":
        scan_regex(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[1] == "--scan-dateparser":
        scan_dateparser(sys.argv[2])
    elif sys.argv[1:] == ["--inprocess-articles"]:
        inprocess_articles()
    elif len(sys.argv) == 4 and sys.argv[1] == "--inprocess":
        inprocess(sys.argv[2], sys.argv[3])
    else:
        main()
