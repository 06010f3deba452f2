"""Fuzz the file readers (bytes -> documents) with generated files: no traceback, no hang, nothing lost.

Run by hand (not a test, not in CI): ``python benchmarks/fuzz_readers.py [--files 100000] [--seed 13]``.
Files are made in batches in a temporary folder, from a seeded generator (so a failure can be
replayed): good articles as text, JSON, JSON Lines and HTML, then cut, flipped, re-encoded
(UTF-16/32, cp1251, BOMs that lie), padded with NULs, control characters, lone surrogates,
deep nesting, numbers of thousands of digits, empty and whitespace-only files, and plain random
bytes. Each batch is read by ``kzfacts.read_paths`` under an alarm. Checked for every file:
the reader raised nothing, finished within the alarm, and the file gave a document or a skip
that names it (nothing silently lost); every document's text encodes as UTF-8 and its id is
unique in the batch. Prints counts and rates; exits 1 on any failure, with the seed and file.
"""

from __future__ import annotations

import argparse
import codecs
import json
import random
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import kzfacts
from kzfacts.records import Document, Skipped

BATCH = 500
ALARM = 120  # seconds a batch may take before it counts as a hang

WORDS = ("Trade between Kazakhstan and China reached $31.5 billion in 2022, up 23.6 percent. "
         "President Tokayev met Xi Jinping in Astana on March 28. 52 joint projects worth "
         "3 trillion tenge (Алматы, Zürich, “quotes”) were signed.").split()


def article(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 120)))


def mutate(rng: random.Random, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(0, 6)):
        op = rng.randrange(6)
        pos = rng.randint(0, len(data))
        if op == 0 and data:
            data[min(pos, len(data) - 1)] = rng.randrange(256)
        elif op == 1:
            data[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op == 2:
            del data[pos:pos + rng.randint(1, 32)]
        elif op == 3:
            data[pos:pos] = rng.choice([b"\x00", b"\x1b[2J", b"\xef\xbb\xbf", b"\xff\xfe", b"\r", b"\n\n",
                                        b"\\udc00", b"\\ud83d", b'"', b"{", b"[", b"\xed\xa0\x80"])
        elif op == 4:
            data = data[:pos]
        else:
            data += data[: rng.randint(0, 64)]
    return bytes(data)


def encoded(rng: random.Random, text: str) -> bytes:
    codec = rng.choice(["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32",
                        "cp1251", "cp1252", "latin-1", "koi8-r"])
    data = text.encode(codec, "replace")
    if rng.random() < 0.05:  # a byte order mark that lies
        data = rng.choice([codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF8]) + text.encode("utf-8")
    return data


def json_body(rng: random.Random) -> str:
    kind = rng.randrange(9)
    if kind == 0:
        depth = rng.choice([10, 1000, 50_000])
        return "[" * depth + "]" * depth
    if kind == 1:
        return '{"text": "x", "id": ' + "9" * rng.choice([10, 5000, 20000]) + "}"
    if kind == 2:
        return json.dumps({"text": article(rng) + " \\udc00 ", "id": "a\\ud800"}).replace("\\\\u", "\\u")
    obj: object = {"text": article(rng)}
    if kind == 3:
        obj = {"text": rng.choice([None, 5, [], "", "  ", {"a": 1}]), "title": 3}
    elif kind == 4:
        obj = [{"text": article(rng), "id": rng.choice(["x", "x", 1, None, "a/../b", "\x1b"])}
               for _ in range(rng.randint(0, 5))]
    elif kind == 5:
        obj = {"text": article(rng), "published": rng.choice(["2023-13-45", "x", 2023, "2023-03-28T10:00Z"])}
    elif kind == 6:
        obj = rng.choice([1, "s", None, True, [1, 2]])
    return json.dumps(obj, ensure_ascii=rng.random() < 0.5)


def make_file(rng: random.Random, i: int) -> tuple[str, bytes]:
    shape = rng.randrange(10)
    if shape <= 2:
        return f"t{i}.txt", mutate(rng, encoded(rng, article(rng)))
    if shape == 3:
        return f"m{i}.md", encoded(rng, article(rng))
    if shape == 4:
        return f"j{i}.json", mutate(rng, json_body(rng).encode("utf-8", "surrogatepass"))
    if shape == 5:
        lines = "\n".join(json_body(rng) for _ in range(rng.randint(0, 6)))
        return f"l{i}.jsonl", mutate(rng, lines.encode("utf-8", "surrogatepass"))
    if shape == 6 and rng.random() < 0.2:  # HTML is slow to read: a share of it
        body = "".join(f"<p>{article(rng)}</p>" for _ in range(rng.randint(0, 4)))
        return f"h{i}.html", mutate(rng, f"<html><body><article>{body}</article></body></html>".encode())
    if shape == 7:
        return f"e{i}.txt", rng.choice([b"", b" \n\t", b"\x00" * 10, codecs.BOM_UTF8, codecs.BOM_UTF16_LE])
    if shape == 8:
        return f"c{i}.txt", "".join(rng.choice(["\x1b[31m", "\x07", "\x9b", "\u202e", "a ", "$1 bn "])
                                    for _ in range(rng.randint(1, 200))).encode("utf-8")
    return f"r{i}.txt", bytes(rng.randrange(256) for _ in range(rng.randint(0, 2000)))


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang


def run_batch(folder: Path, names: list[str], stats: Counter) -> list[str]:
    """Read one batch; the problems found, as lines."""
    problems: list[str] = []
    docs: dict[str, int] = Counter()
    named: set[str] = set()
    signal.alarm(ALARM)
    try:
        for item in kzfacts.read_paths([folder]):
            if isinstance(item, Skipped):
                stats["skips"] += 1
                named.add(Path(item.path).name)
            elif isinstance(item, Document):
                stats["documents"] += 1
                docs[item.id] += 1
                named.add(Path(item.path).name)
                item.text.encode("utf-8")
                (item.title or "").encode("utf-8")
                item.id.encode("utf-8")
    except Hang:
        problems.append(f"hang: the batch took more than {ALARM} s")
    except BaseException as exc:  # noqa: BLE001 - the whole point: nothing may escape
        problems.append(f"raised {type(exc).__name__}: {exc}")
    finally:
        signal.alarm(0)
    problems += [f"lost: {n} gave neither a document nor a skip" for n in names if n not in named]
    problems += [f"id {d!r} given {k} times" for d, k in docs.items() if k > 1]
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    rng = random.Random(args.seed)
    stats: Counter = Counter()
    failures = 0
    start = time.perf_counter()
    made = 0
    while made < args.files:
        with tempfile.TemporaryDirectory(prefix="kzfacts-fuzz-") as tmp:
            folder = Path(tmp)
            names = []
            for _ in range(min(BATCH, args.files - made)):
                name, data = make_file(rng, made)
                (folder / name).write_bytes(data)
                names.append(name)
                stats[name[0]] += 1
                made += 1
            for problem in run_batch(folder, names, stats):
                failures += 1
                print(f"FAIL (seed {args.seed}, files {made - len(names)}..{made}): {problem}", file=sys.stderr)
        if made % 10_000 == 0:
            print(f"{made} files, {time.perf_counter() - start:.0f} s", file=sys.stderr)
    seconds = time.perf_counter() - start
    shapes = ", ".join(f"{k}:{stats[k]}" for k in "tmjlhecr")
    print(f"{made} files ({shapes}) in {seconds:.1f} s, {made / seconds:.0f} files/s: "
          f"{stats['documents']} documents, {stats['skips']} skips, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
