"""Saved peer groups (gemte sammenligningsgrupper) and their summary, instead of the cluster.

A peer group is a named list of job centres the user saved in the project database
(``Store.save_peer_group``, e.g. the N most similar centres of ``core.peers.similar_centres``).
A centre can be compared with a saved group instead of its cluster: the group's summary is
built exactly as a cluster summary (``comparison.summarise`` on the same per-centre inputs,
``YearAnalysis.centre_inputs``), so every figure means the same (aggregate cases per FTE,
median and range, unweighted mean effect, aggregate rates and cost, means per centre).

The summary is over the group's members as saved: a cluster includes the centre itself, a
group saved from "most similar centres" does not (the centre is compared with the others).
Members without data in the year's analysis are left out and listed in ``missing``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from jobcenter_bench.core import comparison as cmp
from jobcenter_bench.core.errors import BenchError


@dataclass(frozen=True)
class PeerGroup:
    """A saved peer group: ``name``, ``members`` (job-centre names), the centre it was chosen
    for (``jobcenter``, may be ``None``), the year and the similarity weights it was chosen with."""

    name: str
    members: tuple[str, ...]
    jobcenter: str | None = None
    year: int | None = None
    weights: tuple[tuple[str, float], ...] = ()

    @classmethod
    def from_record(cls, row: dict) -> PeerGroup:
        """From ``Store.peer_group``'s dict."""
        return cls(row["name"], tuple(row["members"]), row.get("jobcenter"), row.get("year"),
                   tuple((k, float(v)) for k, v in (row.get("weights") or {}).items()))


def load_peer_groups(store) -> tuple[PeerGroup, ...]:
    """Every saved peer group of the database, by name (one small read)."""
    return tuple(PeerGroup.from_record(store.peer_group(n)) for n in store.peer_group_names())


def find_group(groups: tuple[PeerGroup, ...], name: str) -> PeerGroup:
    """The group called ``name`` (exact, then case-insensitive); a clear error naming the saved ones."""
    for g in groups:
        if g.name == name:
            return g
    for g in groups:
        if g.name.casefold() == name.strip().casefold():
            return g
    have = ", ".join(g.name for g in groups) or "ingen"
    raise BenchError(f"Sammenligningsgruppen »{name}« findes ikke i databasen (gemte: {have}). "
                     "Gem den med peers --save NAVN eller i visningen »Sammenlignelige og forbilleder«.",
                     f"The peer group \"{name}\" is not in the database (saved: {have}). "
                     "Save it with peers --save NAME or in the \"Comparable centres and role models\" view.")


@dataclass(frozen=True)
class GroupResult:
    """A group's summary (``comparison.GroupSummary``, ``scope="group"``) and its members
    without data in the year (``missing``)."""

    summary: cmp.GroupSummary
    missing: tuple[str, ...]


def group_summary(analysis, members, name: str = "") -> GroupResult:
    """The summary of ``members`` in a ``YearAnalysis``, as a cluster summary is built.

    ``BenchError`` when no member has data in the year.
    """
    inputs = analysis.centre_inputs
    members = tuple(dict.fromkeys(members))
    rows = [inputs[m] for m in members if m in inputs]
    missing = tuple(m for m in members if m not in inputs)
    if not rows:
        raise BenchError(f"Ingen af jobcentrene i gruppen {name or ''} har data for {analysis.year}.".replace("  ", " "),
                         f"None of the centres of the group {name or ''} has data for {analysis.year}.".replace("  ", " "))
    return GroupResult(replace(cmp.summarise(rows, "group"), name=name), missing)
