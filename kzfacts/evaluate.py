"""Score records against a gold file of annotated articles (the format of docs/annotation.md).

The numbers are those of the project's reference scorer (``shared/eval/score.py``), so that
``kzfacts eval`` and it always agree: per document, gold and predicted records are paired
greedily in file order; figures count on the core metrics only (``other`` is not scored),
matched on metric, unit, value within 0.5 % and period (when the gold gives one); meetings are
matched on participants (every gold name's words within one predicted name, at most one extra
party), and a matched meeting counts again when its date is the gold date. Noise records are
numbers that must not come out as figures. Precision, recall and F1 are rounded to 3 places.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from .errors import KzfactsError

CORE = frozenset({"trade_volume", "trade_growth", "trade_share", "investment", "project_count",
                  "project_value", "agreement_count", "agreement_value", "export_volume",
                  "import_volume"})


class GoldFileError(KzfactsError):
    """A gold file that cannot be read, or a line of it that is no record."""


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """The records of a gold file (JSON Lines); a bad line is a GoldFileError naming it."""
    out = []
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFileError(f"cannot read the gold file {path}: {getattr(exc, 'strerror', None) or exc}") from None
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFileError(f"{path}:{lineno}: not JSON ({exc.msg})") from None
        if not isinstance(rec, dict) or "doc" not in rec or "type" not in rec:
            raise GoldFileError(f"{path}:{lineno}: a gold record is an object with doc and type")
        if rec["type"] == "noise" and "value" not in rec:
            raise GoldFileError(f"{path}:{lineno}: a noise record needs its value")
        out.append(rec)
    return out


# --- matching, as score.py does it ------------------------------------------------------------

def period_key(p: Any) -> str | None:
    """"2015-2018" and "2015/2018" are one period."""
    if p in (None, ""):
        return None
    s = str(p)
    return re.sub(r"\s", "", s).replace("-", "/") if re.fullmatch(r"\d{4}\s*[-/]\s*\d{4}", s) else s


def fig_match(g: dict, p: dict, typed: bool = True) -> bool:
    if typed and g.get("metric") != p.get("metric"):
        return False
    if str(g.get("unit", "")).lower() != str(p.get("unit", "")).lower():
        return False
    try:
        gv, pv = float(g["value"]), float(p["value"])
    except (TypeError, ValueError, KeyError):
        return False
    if abs(gv - pv) > 0.005 * abs(gv) + 1e-9:
        return False
    if typed and g.get("period") is not None:
        return period_key(g.get("period")) == period_key(p.get("period"))
    return True


def _tokens(name: Any) -> set[str]:
    return set(re.findall(r"[a-z]+", str(name).lower().replace("-", " ")))


def meet_match(g: dict, p: dict) -> bool:
    """Every gold name's words are within one predicted name, and at most one party more."""
    gp, pp = g.get("participants") or [], p.get("participants") or []
    if not gp or not all(any(_tokens(n) and _tokens(n) <= _tokens(q) for q in pp) for n in gp):
        return False
    return len(pp) <= len(gp) + 1


def date_ok(g: dict, p: dict) -> bool:
    gd, pd = g.get("date"), p.get("date")
    if gd is None:
        return pd in (None, "")
    return str(pd) == str(gd)


def greedy(golds: list[dict], preds: list[dict],
           match: Callable[[dict, dict], bool]) -> list[tuple[int, int]]:
    """(gold index, prediction index) pairs: each gold takes the first free prediction it matches."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if pi not in used and match(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def f1(tp: int, n_gold: int, n_pred: int) -> float:
    """F1, unrounded (no prediction and no gold is a perfect 1.0)."""
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def prf(tp: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    """Precision, recall and F1 rounded to 3 places, as score.py prints them."""
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


# --- the score --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Miss:
    """A gold record no prediction matched, or a prediction no gold matched (an extra)."""

    doc: str
    what: str  # the metric, or "meeting"
    value: Any  # the figure's value, or the meeting's participants
    when: Any  # the period or the date
    quote: str | None


@dataclass(frozen=True, slots=True)
class WrongDate:
    doc: str
    participants: Any
    gold: Any
    got: Any


@dataclass
class Score:
    """Counts of one scoring run; every rate is derived from them."""

    docs: list[str]
    counts: dict[str, int]
    by_metric: dict[str, dict[str, int]]  # metric -> tp, gold, pred (typed figures)
    misses: list[Miss] = field(default_factory=list)
    extras: list[Miss] = field(default_factory=list)
    noise_hits: list[tuple[str, str]] = field(default_factory=list)
    wrong_dates: list[WrongDate] = field(default_factory=list)

    def _c(self, key: str) -> int:
        return self.counts.get(key, 0)

    @property
    def figures_typed(self) -> tuple[float, float, float]:
        return prf(self._c("fig_tp"), self._c("fig_gold"), self._c("fig_pred"))

    @property
    def figures_detect(self) -> tuple[float, float, float]:
        return prf(self._c("det_tp"), self._c("det_gold"), self._c("det_pred"))

    @property
    def meetings(self) -> tuple[float, float, float]:
        return prf(self._c("m_tp"), self._c("m_gold"), self._c("m_pred"))

    @property
    def meetings_with_date(self) -> tuple[float, float, float]:
        return prf(self._c("m_date_tp"), self._c("m_gold"), self._c("m_pred"))

    @property
    def min_f1(self) -> float:
        """The lower of typed-figure F1 and dated-meeting F1: what ``--min-f1`` holds."""
        return min(self.figures_typed[2], self.meetings_with_date[2])

    def metric_prf(self, metric: str) -> tuple[float, float, float]:
        c = self.by_metric[metric]
        return prf(c["tp"], c["gold"], c["pred"])

    def summary(self) -> dict[str, Any]:
        """The keys and values score.py prints (``--json``), in its order."""
        tp = self._c("fig_tp")
        return {
            "docs": len(self.docs),
            "figures_typed_prf": self.figures_typed,
            "figures_detect_prf": self.figures_detect,
            "status_acc": round(self._c("status_ok") / tp, 3) if tp else None,
            "qualifier_acc": round(self._c("qual_ok") / tp, 3) if tp else None,
            "noise_hits": f"{len(self.noise_hits)}/{self._c('noise')}",
            "meetings_prf": self.meetings,
            "meetings_with_date_prf": self.meetings_with_date,
            "counts": dict(self.counts),
        }

    def to_dict(self) -> dict[str, Any]:
        """Everything, JSON-ready: the summary, per metric, misses, extras, noise, wrong dates."""
        out = self.summary()
        out["min_f1"] = self.min_f1
        out["by_metric"] = {m: {**c, "prf": self.metric_prf(m)} for m, c in self.by_metric.items()}
        out["misses"] = [_miss_dict(m) for m in self.misses]
        out["extras"] = [_miss_dict(m) for m in self.extras]
        out["noise"] = [{"doc": d, "text": t} for d, t in self.noise_hits]
        out["wrong_dates"] = [{"doc": w.doc, "participants": w.participants, "gold": w.gold,
                               "got": w.got} for w in self.wrong_dates]
        return out


def _miss_dict(m: Miss) -> dict[str, Any]:
    return {"doc": m.doc, "what": m.what, "value": m.value, "when": m.when, "quote": m.quote}


def _float(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def score(gold: Iterable[dict], pred: Iterable[dict], docs: Iterable[str] | None = None) -> Score:
    """Score prediction rows (``to_row()`` of figures and meetings) against gold records.

    Only the documents of the gold file count (or those of ``docs`` among them); a prediction's
    doc may be a stem or a path.
    """
    gold = list(gold)
    pred = [{**p, "doc": PurePath(str(p.get("doc", ""))).stem} for p in pred]
    names = sorted({str(g["doc"]) for g in gold})
    if docs is not None:
        wanted = set(docs)
        names = [d for d in names if d in wanted]
    by: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for r in gold:
        by["gold", r.get("type"), str(r["doc"])].append(r)
    for r in pred:
        by["pred", r.get("type"), r["doc"]].append(r)
    tot: dict[str, int] = defaultdict(int)
    per: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "gold": 0, "pred": 0})
    out = Score(names, tot, per)
    for d in names:
        gf, pf = by["gold", "figure", d], by["pred", "figure", d]
        gm, pm = by["gold", "meeting", d], by["pred", "meeting", d]
        g_core = [g for g in gf if g.get("metric") in CORE]
        p_core = [p for p in pf if p.get("metric") in CORE]
        pairs = greedy(g_core, p_core, fig_match)
        tot["fig_tp"] += len(pairs)
        tot["fig_gold"] += len(g_core)
        tot["fig_pred"] += len(p_core)
        for g in g_core:
            per[g["metric"]]["gold"] += 1
        for p in p_core:
            per[p["metric"]]["pred"] += 1
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        out.misses += [Miss(d, g["metric"], g.get("value"), g.get("period"), g.get("quote"))
                       for gi, g in enumerate(g_core) if gi not in matched_g]
        out.extras += [Miss(d, p["metric"], p.get("value"), p.get("period"), p.get("quote", p.get("text")))
                       for pi, p in enumerate(p_core) if pi not in matched_p]
        for gi, pi in pairs:
            per[g_core[gi]["metric"]]["tp"] += 1
            tot["status_ok"] += g_core[gi].get("status") == p_core[pi].get("status")
            tot["qual_ok"] += (g_core[gi].get("qualifier") or None) == (p_core[pi].get("qualifier") or None)
        # detection, untyped: value and unit of every figure
        upairs = greedy(gf, pf, lambda g, p: fig_match(g, p, typed=False))
        tot["det_tp"] += len(upairs)
        tot["det_gold"] += len(gf)
        tot["det_pred"] += len(pf)
        for n in by["gold", "noise", d]:
            if any(abs(_float(p.get("value") or -1) - _float(n["value"])) < 1e-6 for p in pf):
                out.noise_hits.append((d, str(n.get("text", n["value"]))))
            tot["noise"] += 1
        mp = greedy(gm, pm, meet_match)
        tot["m_tp"] += len(mp)
        tot["m_gold"] += len(gm)
        tot["m_pred"] += len(pm)
        for gi, pi in mp:
            if date_ok(gm[gi], pm[pi]):
                tot["m_date_tp"] += 1
            else:
                out.wrong_dates.append(WrongDate(d, gm[gi].get("participants"), gm[gi].get("date"),
                                                 pm[pi].get("date")))
        mg = {gi for gi, _ in mp}
        mpp = {pi for _, pi in mp}
        out.misses += [Miss(d, "meeting", g.get("participants"), g.get("date"), g.get("quote"))
                       for gi, g in enumerate(gm) if gi not in mg]
        out.extras += [Miss(d, "meeting", p.get("participants"), p.get("date"), p.get("quote", p.get("text")))
                       for pi, p in enumerate(pm) if pi not in mpp]
    for key in ("fig_tp", "fig_gold", "fig_pred", "status_ok", "qual_ok", "det_tp", "det_gold",
                "det_pred", "noise", "m_tp", "m_gold", "m_pred", "m_date_tp"):
        tot.setdefault(key, 0)
    out.counts = dict(tot)
    out.by_metric = {m: per[m] for m in sorted(per)}
    return out
