"""Scoring of records against gold for the tests: kzfacts.evaluate, which scores as
../shared/eval/score.py does, reduced to the numbers the thresholds hold."""

from __future__ import annotations

from kzfacts.evaluate import f1, score as _score


def score(gold: list[dict], pred: list[dict]) -> dict:
    """figure_f1 (typed), meeting_f1 (with the right date), noise_hits, unrounded.

    Thresholds the tests hold: meetings with date >= 0.90 on the bundled corpus, >= 0.80 on
    the development set (skipped where ../shared is absent)."""
    got = _score(gold, pred)
    c = got.counts
    return {
        "figure_f1": f1(c["fig_tp"], c["fig_gold"], c["fig_pred"]),
        "meeting_f1": f1(c["m_date_tp"], c["m_gold"], c["m_pred"]),
        "noise_hits": got.noise_hits,
    }
