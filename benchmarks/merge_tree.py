"""A tree of synthetic news for the cross-source merge: the same few figures and meetings
repeated by thousands of articles, as real news repeats a trade total all year.

    python benchmarks/merge_tree.py OUT_DIR --mb 10

Writes ~5 KB articles (our own words, no real article's text) until OUT_DIR holds the size
asked for. Then compare, on the same tree:

    time kzfacts export --jsonl OUT_DIR > /dev/null
    time kzfacts export --sqlite /tmp/kz.db OUT_DIR
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

# one bilateral total most articles agree on, a few rounding variants and one outlier
TRADE = ["$31.5 billion"] * 6 + ["$31.4 billion", "over $31 billion", "$31.6 billion", "$28.2 billion"]
YEARS = ["2023"] * 5 + ["2022", "2021"]
MEETINGS = [
    "President Kassym-Jomart Tokayev held talks with Chinese President Xi Jinping in Astana on {day} July 2024.",
    "Tokayev met Xi Jinping on {day} July 2024 on the sidelines of the summit.",
    "Chinese Premier Li Qiang met Kazakh Prime Minister Olzhas Bektenov in Beijing on {day} May 2024.",
]
FILLER = [
    "Analysts in the region expect freight volumes along the rail corridor to keep rising as new "
    "terminals open near the border and customs checks move to electronic forms.",
    "Farmers in the north of the country said that wheat prices had been steady through the spring, "
    "although the cost of fuel and spare parts had gone up for a second season.",
    "The ministry said that a working group would meet again in the autumn to review the list of "
    "joint projects and to agree on a timetable for the next round of consultations.",
    "Logistics firms reported longer waits at the crossing during the holiday weeks, and several "
    "called for more staff at the inspection points to keep lorries moving.",
    "Local officials stressed that small businesses should be able to use the new trade portal "
    "without paying for intermediaries, and promised training sessions in every region.",
]


def article(rng: random.Random, n: int) -> str:
    year = rng.choice(YEARS)
    lines = [f"Kazakhstan and China look to deepen ties (report {n})", "",
             f"Published {rng.randint(1, 28)} March {int(year) + 1}", ""]
    body = [f"Trade between Kazakhstan and China reached {rng.choice(TRADE)} in {year}, "
            "according to the customs service.",
            rng.choice(MEETINGS).format(day=rng.choice([3, 3, 3, 4]))]
    while sum(map(len, body)) < 4800:
        body.append(rng.choice(FILLER))
    rng.shuffle(body)
    return "\n".join(lines + body) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    total, n = 0, 0
    while total < args.mb * 1_000_000:
        text = article(rng, n)
        (args.out / f"{n // 1000:03d}").mkdir(exist_ok=True)
        (args.out / f"{n // 1000:03d}" / f"a{n:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode())
        n += 1
    print(f"{n} articles, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
