"""Overlap between levers (eliminering af overlap).

The report deducts DKK 33-56 m from the gross sum when all levers are carried out (figure 22,
seed 004 l. 5699-5707) and gives one example: when B4 (staff functions to the average) is fully
carried out, B1 (normalised working time) cannot be fully realised. The text does not derive
the amount. We model overlap explicitly as pairs of levers that save the same hours, listed in
``resources/levers.toml`` (``[[overlaps]]``) with a reason each, computed per centre:

``fte_freed``  lever *a* removes whole FTE (B4); the part of lever *b* that was earned on those
               FTE is lost: ``overlap = min(1, FTE freed by a / centre FTE) x potential of b``.
``smaller``    both levers save the same activity (an interview not held cannot also be
               shortened): ``overlap = share x min(potential of a, potential of b)``, with a low
               and a high share (editable in the scenario; our defaults).

Low overlap is computed from the low potentials and low shares, high from high. A pair counts
only when both levers are selected, and a centre's total overlap never exceeds its gross
potential, so the net total is never negative and is not the gross minus a constant.
"""

from __future__ import annotations

import numpy as np

from jobcenter_bench.core.levers.catalogue import OverlapPair


def overlap_amounts(
    pairs: tuple[OverlapPair, ...],
    index: dict[str, int],
    dkk: np.ndarray,
    hours: np.ndarray,
    fte_total: np.ndarray,
    effective_hours: float,
    shares: dict[str, tuple[float, float]],
    selected: np.ndarray | None = None,
) -> np.ndarray:
    """Overlap per pair and centre, DKK per year.

    Parameters
    ----------
    pairs : the catalogue's overlap pairs.
    index : lever id -> row in ``dkk``/``hours``.
    dkk, hours : arrays of shape (2, levers, centres): [0] low, [1] high potential per lever
        and centre, in DKK and in freed hours.
    fte_total : total FTE per centre.
    effective_hours : effective hours per FTE (turns freed hours into freed FTE).
    shares : low/high share per "smaller" pair key ("A-B").
    selected : bool per lever (default: all); a pair counts only if both levers are selected.

    Returns
    -------
    array (2, pairs, centres), before capping (see :func:`cap_to_gross`).
    """
    n_centres = dkk.shape[2]
    out = np.zeros((2, len(pairs), n_centres))
    fte = np.where(np.asarray(fte_total) > 0, fte_total, np.nan)
    for k, pair in enumerate(pairs):
        a, b = index[pair.a], index[pair.b]
        if selected is not None and not (selected[a] and selected[b]):
            continue
        if pair.kind == "fte_freed":
            freed_share = np.minimum(1.0, hours[:, a, :] / effective_hours / fte)
            out[:, k, :] = np.nan_to_num(freed_share * dkk[:, b, :], nan=0.0)
        else:
            low, high = shares.get(pair.key, (pair.low, pair.high))
            smaller = np.minimum(dkk[:, a, :], dkk[:, b, :])
            out[0, k, :] = low * smaller[0]
            out[1, k, :] = high * smaller[1]
    return out


def cap_to_gross(overlap: np.ndarray, gross: np.ndarray) -> np.ndarray:
    """Scale each centre's overlaps down so their sum never exceeds its gross potential.

    ``overlap`` (2, pairs, centres), ``gross`` (2, centres).
    """
    total = overlap.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        factor = np.where(total > gross, gross / total, 1.0)
    return overlap * np.nan_to_num(factor, nan=1.0)[:, None, :]
