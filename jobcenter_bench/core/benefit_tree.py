"""The benefit tree (gevinsttræ) of a business case: levers -> changes -> gains -> goals.

The KL/KOMBIT note (seed 002, l. 115-135, 177-255, figure 2) models the chain from left to right:
the *levers* a municipality pulls, the *changes* (forandringer) they make in daily work, the
*gains* (gevinster) those changes bring - economic (red in the note's figures) and service or
quality gains (green) - and the municipality's *vision and goals* (vision og mål) on the right.

Stored with the business-case inputs (``BusinessCaseInputs.benefit_tree``) as::

    {"goals": [{"id": "G1", "text": "Økonomisk råderum"}, ...],
     "levers": {"B2": {"change": "", "economic_goals": ["G1"],
                       "gains": [{"text": "Flere samtaler til tiden", "goals": ["G2"]}]}}}

Goals are the user's text; :data:`STARTING_GOALS` (the note's examples, l. 788-890: økonomisk
råderum, bedre service, tidlig indsats, fagligt udfordrende arbejdspladser) are offered when a
tree has none. A lever's change is its own text, else one change per success criterion in words
("Sygefravær pr. årsværk: 12,1 → 10,3 dage in 2013"). Its economic gain is the planned yearly
gain in DKK at full phase-in; its links default to the first goal (økonomisk råderum).

:func:`build_tree` gives the nodes in four columns with the edges; :func:`layout` places them on
a width x height canvas (pure arithmetic, shared by the PDF and the GUI so both draw the same).
"""

from __future__ import annotations

from dataclasses import dataclass

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.i18n import pick
from jobcenter_bench.core.numbers import format_number
from jobcenter_bench.core.safe_text import NAME_MAX, text_problem

#: The note's example goals (seed 002, l. 788-890), offered as a starting set (Danish, English).
STARTING_GOALS: tuple[tuple[str, str], ...] = (
    ("Økonomisk råderum", "Financial headroom"),
    ("Bedre service", "Better service"),
    ("Tidlig indsats", "Early intervention"),
    ("Fagligt udfordrende arbejdspladser", "Professionally challenging workplaces"),
)
COLUMNS = ("lever", "change", "gain", "goal")
COLUMN_TITLES = {"lever": ("Forslag", "Levers"), "change": ("Forandringer", "Changes"),
                 "gain": ("Gevinster", "Gains"), "goal": ("Vision og mål", "Vision and goals")}


class BenefitTreeError(BenchError):
    """A stored benefit tree has the wrong shape."""


def starting_goals(lang: str = "da") -> list[dict]:
    """The starting set as stored goals: ``[{"id": "G1", "text": "Økonomisk råderum"}, ...]``."""
    return [{"id": f"G{i + 1}", "text": pick(pair, lang)} for i, pair in enumerate(STARTING_GOALS)]


def check_tree(raw) -> dict:
    """``raw`` as a stored tree, shape checked (``None``: an empty tree); :class:`BenefitTreeError`."""
    if raw is None:
        return {"goals": [], "levers": {}}
    if not isinstance(raw, dict):
        raise _shape("benefit_tree", raw)
    goals = raw.get("goals") or []
    if not isinstance(goals, list) or not all(
            isinstance(g, dict) and isinstance(g.get("id"), str) and isinstance(g.get("text"), str) for g in goals):
        raise _shape("benefit_tree.goals", goals)
    levers = raw.get("levers") or {}
    if not isinstance(levers, dict):
        raise _shape("benefit_tree.levers", levers)
    for lid, entry in levers.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("change", ""), str):
            raise _shape(f"benefit_tree.levers.{lid}", entry)
        if not _ids(entry.get("economic_goals", [])):
            raise _shape(f"benefit_tree.levers.{lid}.economic_goals", entry.get("economic_goals"))
        gains = entry.get("gains", [])
        if not isinstance(gains, list) or not all(
                isinstance(g, dict) and isinstance(g.get("text"), str) and _ids(g.get("goals", [])) for g in gains):
            raise _shape(f"benefit_tree.levers.{lid}.gains", gains)
    return {"goals": goals, "levers": levers}


def _ids(value) -> bool:
    return isinstance(value, list) and all(isinstance(x, str) for x in value)


def _shape(where: str, value) -> BenefitTreeError:
    return BenefitTreeError(
        f"Gevinsttræ: '{where}' har en forkert form ({value!r}); se formen i core/benefit_tree.py",
        f"Benefit tree: '{where}' has the wrong shape ({value!r}); see the shape in core/benefit_tree.py")


def text_problems(raw, centre: str) -> list[tuple[str, str]]:
    """Why goal, change or gain texts of a stored tree may not be saved (``safe_text``)."""
    try:
        tree = check_tree(raw)
    except BenefitTreeError:
        return []
    texts = [(g["text"], f"Målet '{g['id']}'", f"Goal '{g['id']}'") for g in tree["goals"]]
    for lid, entry in tree["levers"].items():
        texts.append((entry.get("change", ""), f"Forandringen for {lid}", f"The change of {lid}"))
        texts += [(g["text"], f"Gevinsten for {lid}", f"The gain of {lid}") for g in entry.get("gains", [])]
    out = []
    for text, da, en in texts:
        problem = text_problem(text, f"{da} i gevinsttræet ({centre})", f"{en} in the benefit tree ({centre})",
                               limit=NAME_MAX)
        if problem:
            out.append(problem)
    return out


@dataclass(frozen=True)
class Node:
    """One box of the tree. ``kind``: lever, change, economic (a DKK gain), service (a
    non-economic gain) or goal; ``amount`` the economic gain in DKK per year."""

    id: str
    column: int
    kind: str
    text: str
    amount: float | None = None


@dataclass(frozen=True)
class BenefitTree:
    """The nodes by column (left to right) and the edges (from id, to id)."""

    columns: tuple[tuple[Node, ...], ...]
    edges: tuple[tuple[str, str], ...]

    def node(self, node_id: str) -> Node:
        return next(n for col in self.columns for n in col if n.id == node_id)

    @property
    def rows(self) -> int:
        """The number of boxes in the fullest column."""
        return max((len(c) for c in self.columns), default=0)

    def layout(self, width: float, height: float, **kw) -> dict[str, Box]:
        """:func:`layout` of this tree."""
        return layout(self, width, height, **kw)

    @staticmethod
    def column_title(index: int, lang: str = "da") -> str:
        return pick(COLUMN_TITLES[COLUMNS[index]], lang)


def build_tree(case, tree: dict, change_texts: dict[str, list[str]], lang: str = "da") -> BenefitTree:
    """The benefit tree of business case ``case`` (``core.business_case.BusinessCase``).

    ``tree`` is the stored tree (:func:`check_tree`); ``change_texts`` per lever the success
    criteria in words (used when the lever has no change text of its own). Goals: the stored ones,
    else the starting set; a link to an unknown goal id is left out.
    """
    tree = check_tree(tree)
    goals = tree["goals"] or starting_goals(lang)
    goal_ids = [g["id"] for g in goals]
    levers, changes, gains, edges = [], [], [], []
    for lv in case.levers:
        lid = lv["id"]
        entry = tree["levers"].get(lid, {})
        name = lv["name_en"] if lang == "en" else lv["name_da"]
        levers.append(Node(f"L:{lid}", 0, "lever", f"{lid} {name}"))
        texts = [entry["change"]] if entry.get("change") else (change_texts.get(lid) or [name])
        change_ids = []
        for k, text in enumerate(texts):
            changes.append(Node(f"C:{lid}:{k}", 1, "change", text))
            change_ids.append(f"C:{lid}:{k}")
            edges.append((f"L:{lid}", f"C:{lid}:{k}"))
        amount = float(lv["potential_dkk"])
        econ = Node(f"E:{lid}", 2, "economic", pick(("Frigjort tid og kroner: {x} kr. pr. år",
                                                     "Time and money freed: DKK {x} a year"), lang)
                    .format(x=format_number(amount, 0, lang)), amount)
        own = [econ] + [Node(f"S:{lid}:{k}", 2, "service", g["text"]) for k, g in enumerate(entry.get("gains", []))]
        gains += own
        links = [entry.get("economic_goals", goal_ids[:1])] + [g.get("goals", []) for g in entry.get("gains", [])]
        for node, targets in zip(own, links, strict=True):
            edges += [(c, node.id) for c in change_ids]
            edges += [(node.id, f"G:{g}") for g in targets if g in goal_ids]
    goal_nodes = [Node(f"G:{g['id']}", 3, "goal", g["text"]) for g in goals]
    return BenefitTree((tuple(levers), tuple(changes), tuple(gains), tuple(goal_nodes)), tuple(edges))


@dataclass(frozen=True)
class Box:
    """Where a node is drawn: top-left corner ``x, y``, width ``w``, height ``h`` (y grows down)."""

    x: float
    y: float
    w: float
    h: float


def layout(tree: BenefitTree, width: float, height: float, *, gap: float = 28.0,
           header: float = 18.0, max_box: float = 40.0) -> dict[str, Box]:
    """Boxes for every node on a ``width`` x ``height`` canvas, four columns left to right with
    ``gap`` between them and ``header`` left at the top for the column titles. In each column the
    boxes share the height evenly (at most ``max_box`` high, 80 % of a row); the levers, goals and
    the others are centred vertically. Units are the caller's (points in the PDF, pixels on screen)."""
    col_w = (width - gap * (len(COLUMNS) - 1)) / len(COLUMNS)
    rows = max(tree.rows, 1)
    row_h = (height - header) / rows
    box_h = min(max_box, row_h * 0.8)
    out = {}
    for ci, col in enumerate(tree.columns):
        x = ci * (col_w + gap)
        own_h = (height - header) / max(len(col), 1)
        step = own_h if len(col) == rows else max(row_h, min(own_h, box_h * 1.6))
        top = header + ((height - header) - step * len(col)) / 2
        for k, node in enumerate(col):
            out[node.id] = Box(x, top + k * step + (step - box_h) / 2, col_w, box_h)
    return out
