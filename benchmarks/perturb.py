"""How much of a score rests on the words of the pages the rules were written on.

Each check rewrites a set of pages in a way that keeps their gold records true, then exports the
original and the rewritten pages with kzfacts and scores both against the same gold (meetings:
who met, and with the right date). A drop points at rules that know a name or a form instead of
reading the language:

  people   the gazetteer's people (kzfacts/data/people.toml) below heads of state and government
           renamed to names of the same shape it does not know, in text and gold alike (an office
           named alone, "the Kazakh foreign minister", still reads as the real holder that year:
           such a record is the rewrite's, not a miss of the rules)
  dates    "26 April 2025" and "April 26, 2025" written the other way round
  verbs    "met with" written "held a meeting with", "held talks with" "had talks with"
  joined   paragraphs that end a sentence run on into the next, as pages without breaks print them

usage: python benchmarks/perturb.py CHECK GOLD.jsonl DOCS_DIR [DOCS_DIR ...]
       (e.g. ../shared/dev2/gold.jsonl ../shared/dev2/docs; the blind rounds' folders likewise)

The rewritten pages are written under a temporary folder and removed afterwards.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SCORE = HERE.parent / "shared" / "eval" / "score.py"
TOP = {"Xi Jinping", "Tokayev", "Nazarbayev", "Li Keqiang", "Li Qiang", "Putin", "Medvedev", "Mishustin", "Hu Jintao",
       "Wen Jiabao", "Massimov", "Mamin", "Smailov", "Bektenov", "Sagintayev", "Akhmetov"}
_KZ = ["Dauletkaliyev", "Seitbekov", "Kairgaliyev", "Zhanuzakov", "Bekturganov", "Orynbassarov", "Tulegaliyev",
       "Amanzholov", "Yerzhanov", "Mukhtarov", "Sarsenbayev", "Temirkhanov", "Zhaksybekov", "Nurgaliyev",
       "Abilkassymov", "Kuanyshev", "Baimukhanov", "Sultanbekov", "Iskakov", "Otarbayev", "Zhumabekov", "Kenzhebayev"]
_CN = [("Gao", "Minghui"), ("Zhou", "Jianping"), ("Lin", "Haoran"), ("Zheng", "Weidong"), ("Xu", "Guangming"),
       ("Sun", "Lixin"), ("Huang", "Zhiqiang"), ("Luo", "Tianyu"), ("Tang", "Yunfei"), ("Feng", "Xiaodong"),
       ("Deng", "Huaiyu"), ("Cao", "Jinsong"), ("Xie", "Bowen"), ("Peng", "Shaoqi"), ("Yuan", "Dehai"),
       ("Lu", "Qingshan"), ("Jiang", "Rongsheng"), ("Ye", "Kaiming"), ("Pan", "Zhengyu"), ("Du", "Hongbo"),
       ("Wei", "Guozhi"), ("Qian", "Lianfeng"), ("Shen", "Yiming"), ("Fang", "Zhiyuan"), ("Kong", "Deming"),
       ("Tian", "Haifeng"), ("Shi", "Wenbin"), ("Yao", "Chengzhi"), ("Fu", "Jinghua"), ("Cui", "Baoshan")]
_M = "January|February|March|April|May|June|July|August|September|October|November|December"


def _renamer() -> tuple[dict[str, str], list[tuple[str, str]]]:
    """(gold name -> new name, text replacements) for the gazetteer's people below the top offices."""
    people = tomllib.loads((HERE / "kzfacts" / "data" / "people.toml").read_text(encoding="utf-8"))
    known = " ".join(a for p in people.values() for a in p["aliases"])
    kz = iter(n for n in _KZ if n not in known)
    cn = iter(n for n in _CN if f"{n[0]} {n[1]}" not in known)
    names: dict[str, str] = {}
    reps: list[tuple[str, str]] = []
    for key, p in people.items():
        if key in TOP:
            continue
        if p["country"] == "KZ" and (new := next(kz, None)):
            old = key.split()[-1]
            names[key] = key.replace(old, new)
            for alias in p["aliases"]:
                names.setdefault(alias.split()[-1], new)
                reps.append((alias, " ".join([*alias.split()[:-1], new])))
        elif p["country"] == "CN" and len(key.split()) == 2 and (new_cn := next(cn, None)):
            names[key] = " ".join(new_cn)
            # (every spelling: "Chang Gaoli" is Zhang Gaoli's too)
            reps += [(alias, alias.replace(key, names[key]) if key in alias else names[key]) for alias in p["aliases"]
                     if len(alias.split()) >= 2]
    reps.sort(key=lambda r: -len(r[0]))
    return names, reps


def _swap_dates(text: str) -> str:
    def dm(m: re.Match[str]) -> str:
        return f"{m.group(2)} {int(m.group(1))}" + (f", {m.group(4)}" if m.group(4) else "")
    def md(m: re.Match[str]) -> str:
        return f"{int(m.group(2))} {m.group(1)}" + (f" {m.group(4)}" if m.group(4) else "")
    marked = re.sub(rf"(?<![\d–-])\b(\d{{1,2}})\s+({_M})(,?\s+(\d{{4}}))?\b", lambda m: "\0" + dm(m) + "\1", text)
    out = re.sub(rf"(?<![\0\w])({_M})\s+(\d{{1,2}})(?:st|nd|rd|th)?(,?\s+(\d{{4}}))?\b(?!\s*(?:-|–|to)\s*\d)", md, marked)
    return out.replace("\0", "").replace("\1", "")


def rewrite(check: str, text: str, reps: list[tuple[str, str]]) -> str:
    if check == "people":
        for old, new in reps:
            text = re.sub(rf"(?<![\w-]){re.escape(old)}(?![\w-])", new, text)
        return text
    if check == "dates":
        return _swap_dates(text)
    if check == "verbs":
        for old, new in ((r"\bmet with\b", "held a meeting with"), (r"\bheld talks with\b", "had talks with")):
            text = re.sub(old, new, text)
        return text
    if check == "joined":
        return re.sub(r"([.!?\"”])\s*\n\s*\n\s*(?=[A-Z“\"])", r"\1 ", text)
    raise SystemExit(f"perturb: unknown check {check!r} (people, dates, verbs, joined)")


def _score(gold: Path, pred: Path) -> str:
    out = subprocess.run([sys.executable, str(SCORE), str(gold), str(pred)], capture_output=True, text=True, check=True).stdout
    return " ".join(line.split(None, 1)[1] for line in out.splitlines() if line.startswith("meetings"))


def main(argv: list[str]) -> None:
    if len(argv) < 3:
        raise SystemExit(__doc__)
    check, gold_path, dirs = argv[0], Path(argv[1]), [Path(d) for d in argv[2:]]
    names, reps = _renamer()
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    meetings = [g for g in gold if g.get("type") == "meeting"]
    with tempfile.TemporaryDirectory() as tmp:
        orig, new = Path(tmp, "orig"), Path(tmp, "new")
        orig.mkdir(), new.mkdir()
        for d in dirs:
            for page in sorted(d.glob("*.txt")):
                text = page.read_text(encoding="utf-8")
                (orig / page.name).write_text(text, encoding="utf-8")
                (new / page.name).write_text(rewrite(check, text, reps), encoding="utf-8")
        golds = {"orig": Path(tmp, "gold_orig.jsonl"), "new": Path(tmp, "gold_new.jsonl")}
        golds["orig"].write_text("".join(json.dumps(g) + "\n" for g in meetings), encoding="utf-8")
        renamed = [{**g, "participants": [names.get(p, p) for p in g["participants"]]} if check == "people" else g
                   for g in meetings]
        golds["new"].write_text("".join(json.dumps(g) + "\n" for g in renamed), encoding="utf-8")
        for name, folder in (("orig", orig), ("new", new)):
            pred = Path(tmp, f"{name}.jsonl")
            with pred.open("w", encoding="utf-8") as fh:
                subprocess.run([sys.executable, "-m", "kzfacts", "export", "--jsonl", str(folder)], stdout=fh,
                               stderr=subprocess.DEVNULL, check=True, cwd=HERE)
            print(f"{check:7s} {'as written' if name == 'orig' else 'rewritten':10s} {_score(golds[name], pred)}")


if __name__ == "__main__":
    main(sys.argv[1:])
