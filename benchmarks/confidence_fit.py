"""Fitting steps of the confidence model that keep its properties by construction (benchmarks/train_confidence.py).

    python -m benchmarks.confidence_fit --compare   # each fitting procedure, out of fold and leave one source out

Round eighteen's refit on a dev table where a few rows had moved gave the date-confidence feature almost no weight
and pushed every well-placed mention of a one-event article past the 0.99 ceiling, where a year-dated event scored
the same as a day-dated one. Two steps here make the properties hold whatever rows move:

- ``logistic``: the L2 logistic regression of scikit-learn's objective (C * weighted log loss + |w|^2 / 2,
  intercept free), with a lower bound on the weights whose direction the guide fixes (``SIGNS``: a finer or surer
  date never lowers confidence). Without bounds it is the optimum scikit-learn's fit approaches.
- ``ceiling_map``: the calibration map p = ceiling * sigmoid(slope * score + shift), slope >= 0, the ceiling fitted
  on the same events as the map (at most ``scorer.CEILING``): no plateau, so a lower score gives a lower
  probability everywhere, and the top of the scale is what dev's most trusted events earn, not 0.99.

``--compare`` scores each procedure (``VARIANTS``) the way the brief asks: every dev event scored by the whole
procedure fitted without its article's fold (5 folds grouped by article), and without its source; log loss, ECE
(5 bins), AUC, the bins, and whether the fitted model keeps the properties (``properties``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

SIGNS: dict[str, float] = {"date_precision": 0.5, "date_confidence": 0.5}
"""Lower bound of the weight (before the calibration map) of each feature whose direction the guide fixes: a finer
or surer date is likelier right, by at least half a unit of logit from one end of the feature to the other (the
others are free). Bounds of 0 let round eighteen's refit tie a year with a day wherever the table taught no
difference; 0.5 scored better than 0 and 0.25 out of fold and by source (docs/BENCHMARKS.md, round nineteen)."""
MIN_CEILING = 0.5


@dataclass(frozen=True)
class Logistic:
    """A fitted linear scorer, the part of scikit-learn's estimator that train_confidence.py reads."""

    coef_: Any
    intercept_: Any

    def decision_function(self, x: Any) -> Any:
        return x @ self.coef_[0] + self.intercept_[0]


def logistic(x: Any, y: Any, w: Any, c: float, lower: Sequence[float | None] | None = None) -> Any:
    """L2 logistic regression of strength ``c``; ``lower[i]`` bounds weight i from below (None: free). Solved to
    a tighter tolerance than scikit-learn's default (and a hundred times faster on this machine)."""
    import numpy as np
    from scipy.optimize import minimize

    lower = list(lower) if lower is not None else [None] * x.shape[1]

    sign = 2.0 * np.asarray(y, dtype=float) - 1.0

    def objective(theta: Any) -> tuple[float, Any]:
        coef, b = theta[:-1], theta[-1]
        margin = sign * (x @ coef + b)
        loss = np.logaddexp(0.0, -margin)
        grad_margin = -w * sign / (1.0 + np.exp(margin))
        value = c * float(np.sum(w * loss)) + 0.5 * float(coef @ coef)
        grad = np.concatenate([c * (x.T @ grad_margin) + coef, [c * float(np.sum(grad_margin))]])
        return value, grad

    start = np.zeros(x.shape[1] + 1)
    bounds = [(b, None) for b in lower] + [(None, None)]
    for i, b in enumerate(lower):
        if b is not None:
            start[i] = max(start[i], b)
    out = minimize(objective, start, jac=True, method="L-BFGS-B", bounds=bounds,
                   options={"maxiter": 5000, "gtol": 1e-9, "ftol": 1e-12})
    return Logistic(np.array([out.x[:-1]]), np.array([out.x[-1]]))


def bounds_of(names: Sequence[str], signs: Mapping[str, float] | None) -> list[float | None] | None:
    return None if not signs else [signs.get(name) for name in names]


def ceiling_map(scores: Any, y: Any, w: Any, ceiling: float) -> tuple[float, float, float]:
    """(slope, shift, top) of p = top * sigmoid(slope * score + shift), fitted by the weighted log loss, with
    slope >= 0 and MIN_CEILING <= top <= ``ceiling``. Deterministic (L-BFGS-B from the no-ceiling Platt fit)."""
    import numpy as np
    from scipy.optimize import minimize
    from sklearn.linear_model import LogisticRegression

    platt = LogisticRegression(C=1e4, max_iter=5000).fit(scores.reshape(-1, 1), y, sample_weight=w)
    start = np.array([max(0.0, float(platt.coef_[0][0])), float(platt.intercept_[0]), ceiling])

    def loss(theta: Any) -> float:
        p = theta[2] / (1.0 + np.exp(-(theta[0] * scores + theta[1])))
        p = np.clip(p, 1e-9, 1 - 1e-9)
        return float(-np.sum(w * (y * np.log(p) + (1 - y) * np.log(1 - p))) / np.sum(w))

    out = minimize(loss, start, method="L-BFGS-B", bounds=[(0.0, None), (None, None), (MIN_CEILING, ceiling)],
                   options={"maxiter": 5000, "ftol": 1e-12, "gtol": 1e-9})
    return float(out.x[0]), float(out.x[1]), float(out.x[2])


# --------------------------------------------------------------------------- properties and comparison

DATE_LADDER = ("day", "week", "month", "year")


def properties(model: Mapping[str, Any]) -> dict[str, bool]:
    """What the guide fixes, checked on a fitted model at every corner of the other features (0 or 1; crowd 1 or
    1/12): every probability in (0, 1) and a year-dated mention strictly under a day-dated one as the scorer ships
    them (rounded: tests/test_events.py's property); before rounding, each step down the ladder day > week > month >
    year and a less sure date (confidence 0.5 against 1) strictly lower. Rounding to three decimals can still tie
    neighbouring steps where the logistic is flat (near 0 or the ceiling); the year/day gap is the widest."""
    import itertools

    from timeline.extraction.events import scorer

    m = scorer.model_of(model)
    raw = scorer.Model(m.weights, m.intercept)  # unbounded, unrounded: its logit orders like the shipped p

    def logit(values: Mapping[str, float]) -> float:
        return raw.intercept + sum(w * values[n] for w, n in zip(raw.weights, scorer.FEATURES, strict=True))

    others = [n for n in model["features"] if n not in ("date_precision", "date_confidence")]
    out = {"bounded": True, "year_under_day_shipped": True, "ladder_strict": True, "less_sure_strict": True}
    for values in itertools.product(*[(1.0 / scorer.CROWD_CAP, 1.0) if n == "crowd" else (0.0, 1.0)
                                      for n in others]):
        base = dict(zip(others, values, strict=True))
        at = [{**base, "date_precision": scorer.PRECISION_VALUE[p], "date_confidence": 1.0} for p in DATE_LADDER]
        shipped = [m.probability(v) for v in at]
        out["bounded"] &= all(0 < p < 1 for p in shipped)
        out["year_under_day_shipped"] &= shipped[-1] < shipped[0]
        out["ladder_strict"] &= all(logit(a) > logit(b) for a, b in itertools.pairwise(at))
        out["less_sure_strict"] &= logit({**at[0], "date_confidence": 0.5}) < logit(at[0])
    return out


ZERO = dict.fromkeys(SIGNS, 0.0)
VARIANTS: dict[str, dict[str, Any]] = {
    "shipped procedure": {"signs": None, "ceiling": False},
    "signs (date weights >= 0)": {"signs": ZERO, "ceiling": False},
    "fitted ceiling": {"signs": None, "ceiling": True},
    "signs + fitted ceiling": {"signs": ZERO, "ceiling": True},
    "signs + ceiling, C <= 1": {"signs": ZERO, "ceiling": True, "c_grid": (0.1, 0.3, 1.0)},
    "signs + ceiling, no verb": {"signs": ZERO, "ceiling": True, "without": ("verb",)},
    "signs >= 0.25 + ceiling": {"signs": dict.fromkeys(SIGNS, 0.25), "ceiling": True},
    "signs >= 0.5 + ceiling": {"signs": SIGNS, "ceiling": True},
    "signs >= 0.5 + ceiling + guard (chosen)": {"signs": SIGNS, "ceiling": True, "guard": True},
}
"""The procedures ``--compare`` scores (round nineteen); ``train_confidence.fit``'s defaults are the one chosen."""


def _fit(rows: Sequence[dict[str, Any]], names: Sequence[str], variant: Mapping[str, Any]) -> dict[str, Any]:
    from benchmarks import train_confidence as tc

    used = [n for n in names if n not in variant.get("without", ())]
    model = tc.fit(rows, used, signs=variant["signs"], ceiling=variant["ceiling"],
                   c_grid=variant.get("c_grid", tc.C_GRID), guard=variant.get("guard", False))
    model["coefficients"] = {n: model["coefficients"].get(n, 0.0) for n in names}
    model["features"] = list(names)
    return model


def compare(rows: Sequence[dict[str, Any]], names: Sequence[str], variants: Mapping[str, Mapping[str, Any]] = VARIANTS,
            folds: int = 5, seed: int = 0) -> dict[str, dict[str, Any]]:
    """Per variant: the events scored out of fold (article folds) and leave one source out, and the properties and
    weights of the fit on all rows."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    from benchmarks import train_confidence as tc

    articles = sorted({r["article"] for r in rows})
    rng = np.random.default_rng(seed)
    order = {a: i for i, a in enumerate(rng.permutation(articles))}
    groups = np.array([order[r["article"]] for r in rows])
    out: dict[str, dict[str, Any]] = {}
    for name, variant in variants.items():
        oof: list[tuple[float, float]] = []
        kept: list[dict[str, bool]] = []  # per fit on part of dev: the properties it kept
        for train, held in GroupKFold(folds).split(np.zeros(len(rows)), groups=groups):
            model = _fit([rows[i] for i in train], names, variant)
            kept.append(properties(model))
            oof += tc.event_probabilities(model, [rows[i] for i in held])
        loso: list[tuple[float, float]] = []
        date_confidence: list[float] = []
        for source in sorted({r.get("source", "?") for r in rows}):
            model = _fit([r for r in rows if r.get("source", "?") != source], names, variant)
            date_confidence.append(model["coefficients"].get("date_confidence", 0.0))
            kept.append(properties(model))
            loso += tc.event_probabilities(model, [r for r in rows if r.get("source", "?") == source])
        full = _fit(rows, names, variant)
        out[name] = {"oof": tc._scored(oof), "loso": tc._scored(loso), "properties": properties(full),
                     "coefficients": full["coefficients"], "intercept": full["intercept"],
                     "ceiling": full.get("ceiling"), "C": full["fit"]["logistic"]["C"],
                     "loso_date_confidence": (min(date_confidence), max(date_confidence)),
                     "partial_fits_kept": (sum(all(k.values()) for k in kept), len(kept)),
                     "partial_fits_broke": {p: sum(not k[p] for k in kept) for p in kept[0]
                                            if any(not k[p] for k in kept)}}
    return out


def format_compare(result: Mapping[str, Mapping[str, Any]]) -> str:
    lines = ["| procedure | OOF log loss | OOF ECE | OOF AUC | LOSO log loss | LOSO ECE | LOSO AUC | properties "
             "| C | ceiling | weights (dp, dc, near, verb, crowd; intercept) | dc weight without a source |",
             "|" + "---|" * 12]
    for name, r in result.items():
        props = ", ".join(k for k, v in r["properties"].items() if not v) or "all kept"
        if props != "all kept":
            props = "BROKEN: " + props
        broke = ", ".join(f"{p} {n}" for p, n in r["partial_fits_broke"].items())
        kept, fits = r["partial_fits_kept"]
        props += f" (partial fits: {kept} of {fits} keep all{f'; broke: {broke}' if broke else ''})"
        weights = ", ".join(f"{v:+.2f}" for v in r["coefficients"].values()) + f"; {r['intercept']:+.2f}"
        top = f"{r['ceiling']:.3f}" if r["ceiling"] else "0.99 (clip)"
        lo, hi = r["loso_date_confidence"]
        lines.append(f"| {name} | {r['oof']['log_loss']:.4f} | {r['oof']['ece']:.4f} | {r['oof']['auc']:.3f} | "
                     f"{r['loso']['log_loss']:.4f} | {r['loso']['ece']:.4f} | {r['loso']['auc']:.3f} | {props} | "
                     f"{r['C']:g} | {top} | {weights} | {lo:.2f} to {hi:.2f} |")
    lines.append("")
    for name, r in result.items():
        for how in ("oof", "loso"):
            bins = "; ".join(f"{b['bin']} {b['n']} {b['confidence']:.2f}/{b['precision']:.2f} {b['gap']:+.2f}"
                             for b in r[how]["bins"] if b["n"])
            lines.append(f"- {name}, {how}: {bins}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    from benchmarks import train_confidence as tc
    from timeline.extraction.events import scorer

    parser = argparse.ArgumentParser(prog="python -m benchmarks.confidence_fit", description=__doc__.splitlines()[0])
    parser.add_argument("--compare", action="store_true", help="score each procedure of VARIANTS on the stored table")
    parser.add_argument("--only", nargs="*", help="only these procedures (names of VARIANTS)")
    args = parser.parse_args(argv)
    if not args.compare:
        parser.print_help()
        return 2
    chosen = {k: v for k, v in VARIANTS.items() if not args.only or k in args.only}
    sys.stdout.write(format_compare(compare(tc.read_table(), scorer.FEATURES, chosen)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

