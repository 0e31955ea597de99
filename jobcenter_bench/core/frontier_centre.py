"""One centre on the DEA frontier: when its peers hinge on one centre, and the frontier to draw.

Hinges (følsomhed for ét forbillede)
    From the leave-one-out run (``frontier_analysis.leave_one_out``): for each of the centre's
    peers, its efficiency θ when that peer is removed from the data. A peer the centre's θ rises
    by at least ``HINGE_RISE`` (0.05, i.e. five points of θ) without is one its result hinges on;
    ``size_ratio`` (the peer's input ÷ the centre's) says whether it is a much larger centre
    (København against a mid-sized centre: several times the input), where a frontier drawn
    through one large unit says more about scale than about practice.

Frontier line (effektivitetsfront, one input and one output)
    The boundary of the technology the DEA assumes, for a model with one input x and one
    output y. Constant returns to scale (CRS): the ray from the origin through the centre with
    the highest y/x, drawn to the largest input. Variable returns to scale (VRS): a vertical
    segment at the smallest input up to that centre's output, the upper concave hull of the
    centres up to the one with the largest output, then a horizontal segment to the largest
    input (more input never yields less: free disposability).
"""

from __future__ import annotations

from dataclasses import dataclass

#: A rise in θ (efficiency, 0–1) this large when one peer is removed counts as hinging on it.
HINGE_RISE = 0.05


@dataclass(frozen=True)
class Hinge:
    """Centre θ with and without ``peer`` (θ, 0–1) and the peer's input ÷ the centre's."""

    peer: str
    before: float
    after: float
    size_ratio: float | None

    @property
    def rise(self) -> float:
        return self.after - self.before


def centre_hinges(result, influences, name: str, threshold: float = HINGE_RISE) -> tuple[Hinge, ...]:
    """The peers of ``name`` whose removal raises its θ by ≥ ``threshold``, largest rise first.

    ``result`` is the ``DeaResult``; ``influences`` its ``leave_one_out`` run.
    """
    inputs = {c.jobcenter: c.input for c in result.centres}
    me = inputs.get(name)
    out = []
    for p in influences:
        for centre, before, after in p.changes:
            if centre == name and after - before >= threshold:
                ratio = inputs[p.peer] / me if me else None
                out.append(Hinge(p.peer, before, after, ratio))
    return tuple(sorted(out, key=lambda h: -h.rise))


def frontier_line(result) -> list[tuple[float, float]]:
    """The frontier (x, y) points of a one-input, one-output ``DeaResult`` (see module docstring);
    [] for a model with several outputs or fewer than two centres."""
    used = result.included()
    if len(result.model.outputs) != 1 or len(used) < 2:
        return []
    pts = [(c.input, c.outputs[0][1]) for c in used]
    x_max = max(x for x, _ in pts)
    if result.model.rts == "crs":
        best = max(y / x for x, y in pts)
        return [(0.0, 0.0), (x_max, best * x_max)]
    start = min(pts, key=lambda p: (p[0], -p[1]))
    top = min(pts, key=lambda p: (-p[1], p[0]))
    between = sorted(p for p in set(pts) if start[0] <= p[0] <= top[0])
    hull: list[tuple[float, float]] = []
    for p in between:  # upper hull, left to right (monotone chain)
        while len(hull) >= 2 and _cross(hull[-2], hull[-1], p) >= 0:
            hull.pop()
        hull.append(p)
    hull = [p for p in hull if p[1] >= start[1]]
    line = [(start[0], 0.0), *hull]
    if top[0] < x_max:
        line.append((x_max, top[1]))
    return line


def _cross(o, a, b) -> float:
    """> 0 when o → a → b turns left (counter-clockwise)."""
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
