"""The Qt-free session: what the user has chosen, and one ``Results`` every output renders.

A :class:`SessionState` is the user's choice: year, job centre, the working lever scenario
(saved or changed on screen and not saved), the analysis options. :meth:`Session.compute` turns
it into one immutable :class:`Results`: the year's analysis (productivity, effect, clusters,
benchmark potential), the year before (for the trend column), the levers under the working
scenario, the business case of each centre (the one saved in the scenario, else the default one)
and the provenance (database, import log, sample flag). The GUI runs ``compute`` in its worker
and shows ``Results``; the CLI commands, the PDF writers and the workbook take the same
``Results``. So what the user sees on screen is what they export, by construction.

One model of a centre: the lever engine is built from the analysis' own centre table
(``CentreDrivers.from_dataset``), with the analysis' clusters and exclusions.

Orange's ``run(data, state)`` pattern: ``compute`` is a pure function of the database and the
state; long work reports progress on a ``TaskState`` and honours cancel between steps.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from jobcenter_bench.core.analysis import (
    AnalysisOptions,
    YearAnalysis,
    analyse,
    cached_dataset,
    with_options,
)
from jobcenter_bench.core.business_case import YEARS as BUSINESS_CASE_YEARS
from jobcenter_bench.core.business_case import BusinessCaseInputs, LeverInputs
from jobcenter_bench.core.comparison import histogram, ranks
from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.i18n import pick
from jobcenter_bench.core.store import Store
from jobcenter_bench.core.tasks import TaskState

__all__ = ["AnalysisOptions", "BUSINESS_CASE_YEARS", "BusinessCaseInputs", "CaseEntry", "LeverInputs",
           "Provenance", "Results", "Session", "SessionState", "QUADRANT_KEYS", "compute", "histogram", "ranks", "with_options"]

#: The quadrant keys in the report's order (``classification.QUADRANTS``).
QUADRANT_KEYS = ("resource_efficient", "productive", "effective", "neither")

#: The prediction source in words (the analysis' ``prediction_source`` code).
PREDICTION_SOURCE = {
    "published": ("publicerede forudsagte forsørgelsesgrader (importeret)",
                  "published predicted dependency rates (imported)"),
    "own": ("egen regressionsmodel på rammevilkår", "own regression on framework conditions"),
}
#: The cluster source in words.
CLUSTER_SOURCE = {
    "published": ("publicerede", "published"),
    "computed": ("beregnede", "computed"),
    "none": ("ingen", "none"),
}
ESTIMATES = {"low": ("lavt skøn", "low estimate"), "mid": ("middelskøn", "mid estimate"),
             "high": ("højt skøn", "high estimate")}


@dataclass(frozen=True)
class SessionState:
    """What the user has chosen. ``scenario`` is the working scenario object (``None``: the
    stored one named ``scenario_name``, default the built-in Standard); ``scenario_saved`` is
    false when it was changed and not saved."""

    year: int | None = None
    centre: str = ""
    scenario: object | None = None
    scenario_name: str | None = None
    scenario_saved: bool = True
    options: AnalysisOptions = field(default_factory=AnalysisOptions)
    with_previous: bool = True
    #: A saved peer group (sammenligningsgruppe) to compare centres with instead of their cluster.
    peer_group: str | None = None


@dataclass(frozen=True)
class Provenance:
    """Where the figures come from: the database, its import log (newest first), the sample flag
    and the register variables' labels (name -> (Danish, English))."""

    db_path: str
    is_sample: bool
    imports: tuple[dict, ...]
    variable_labels: dict[str, tuple[str, str]]


@dataclass(frozen=True)
class CaseEntry:
    """A centre's business case and whether it is the one saved in the scenario (else the
    default: every quantified lever within management remit, low estimate)."""

    case: object  # core.business_case.BusinessCase
    saved: bool

    def title(self, lang: str = "da") -> str:
        """``Herning, Standard (lavt skøn)`` and, for the default one, ``, standard (ikke gemt)``."""
        c = self.case
        text = f"{c.jobcenter}, {c.scenario} ({pick(ESTIMATES.get(c.estimate, (c.estimate,) * 2), lang)})"
        if not self.saved:
            text += pick((", standard (ikke gemt)", ", default (not saved)"), lang)
        return text


@dataclass(frozen=True, eq=False)
class Results:
    """Everything the outputs show for one state, computed once (immutable).

    ``levers`` is ``None`` when the year's levers cannot be computed (``levers_error`` says
    why); ``previous`` is the analysis of the year before where the database has it.
    """

    state: SessionState
    year: int
    analysis: YearAnalysis
    previous: YearAnalysis | None
    levers: object | None  # core.levers.aggregates.LeverResults
    levers_error: BenchError | None
    scenario: object  # core.scenarios.Scenario
    scenario_saved: bool
    provenance: Provenance
    engine: object | None = field(default=None, repr=False)  # the year's LeverEngine
    _cases: dict = field(default_factory=dict, repr=False)
    #: Every year of the database (``core.trends.TrendBook``): set by ``with_trends`` (the GUI
    #: worker builds it), else built on first use by ``trend_book``.
    trends: object | None = field(default=None, repr=False)
    #: The saved peer groups of the database (``core.peer_groups.PeerGroup``), by name.
    peer_groups: tuple = ()
    #: DEA runs, leave-one-out runs, similar centres and group summaries computed on demand.
    _memo: dict = field(default_factory=dict, repr=False)
    #: The lever engines of the earlier years business cases were made on (year -> LeverEngine).
    plan_engines: dict = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------------ centres
    @property
    def centres(self) -> list:
        return self.analysis.centres

    def centre(self, name: str):
        """The analysis record (``CentreResult``) of centre ``name`` (BenchError if absent)."""
        return self.analysis.centre(name)

    def find_centre(self, name: str):
        """The record of ``name`` or ``None``."""
        return next((c for c in self.analysis.centres if c.jobcenter == name), None)

    def previous_centre(self, name: str):
        if self.previous is None:
            return None
        return next((c for c in self.previous.centres if c.jobcenter == name), None)

    def peers(self, name: str, n: int = 5):
        """The centres most like ``name`` on framework conditions (``core.peers.find_peers``)."""
        from jobcenter_bench.core.peers import find_peers

        return find_peers(self.analysis, name, n)

    def comparison(self, name: str):
        """The centre against its cluster (or the chosen saved peer group, ``peer_group``) and
        the country (``comparison.Comparison``; the group's summary is in ``.cluster``)."""
        from jobcenter_bench.core.comparison import Comparison, compare

        group = self.peer_group
        if group is None:
            return compare(self.analysis, name)
        me = self.analysis.centre(name)
        return Comparison(me.jobcenter, self.group_summary(group.members, group.name).summary,
                          self.analysis.national_summary)

    def comparison_label(self, name: str, lang: str = "da") -> str:
        """What the centre is compared with: ``Klynge 3`` or ``Gruppe: Storbyer`` (the chosen
        saved peer group), ``Klynge`` for a centre without one."""
        if self.peer_group is not None:
            return pick(("Gruppe: ", "Group: "), lang) + self.peer_group.name
        c = self.find_centre(name)
        if c is None or c.cluster is None:
            return pick(("Klyngen", "Cluster"), lang)
        return pick((f"Klynge {c.cluster}", f"Cluster {c.cluster}"), lang)

    # ------------------------------------------------------------------ peer groups
    @property
    def peer_group(self):
        """The saved peer group chosen instead of the cluster (``state.peer_group``), or ``None``."""
        if not self.state.peer_group:
            return None
        from jobcenter_bench.core.peer_groups import find_group

        return find_group(self.peer_groups, self.state.peer_group)

    def group_summary(self, names, name: str = ""):
        """The summary of centres ``names`` built as a cluster summary (``core.peer_groups``:
        ``GroupResult`` with ``.summary`` and ``.missing``)."""
        from jobcenter_bench.core.peer_groups import group_summary

        key = ("group", tuple(names), name)
        if key not in self._memo:
            self._memo[key] = group_summary(self.analysis, names, name)
        return self._memo[key]

    def with_peer_group(self, name: str | None) -> Results:
        """The same results comparing centres with saved group ``name`` (``None``: the cluster);
        ``BenchError`` naming the saved groups for an unknown name."""
        from jobcenter_bench.core.peer_groups import find_group

        if name:
            name = find_group(self.peer_groups, name).name
        return replace(self, state=replace(self.state, peer_group=name or None))

    def with_peer_groups(self, groups) -> Results:
        """The same results with the saved groups re-read (after a save or a delete); a chosen
        group that no longer exists falls back to the cluster."""
        groups = tuple(groups)
        chosen = self.state.peer_group if any(g.name == self.state.peer_group for g in groups) else None
        return replace(self, peer_groups=groups, state=replace(self.state, peer_group=chosen))

    # ------------------------------------------------------------------ frontier (DEA)
    @staticmethod
    def dea_models() -> dict:
        """The DEA presets (``core.frontier_models.PRESETS``: key -> ``DeaModel``)."""
        from jobcenter_bench.core.frontier_models import PRESETS

        return dict(PRESETS)

    @staticmethod
    def dea_model(name=None, **changes):
        """A preset (key or name; ``None``: the default) with ``changes`` (input, outputs,
        orientation, rts, exclusion) applied (``frontier_models.customise``)."""
        from jobcenter_bench.core.frontier_models import DeaModel, customise, preset

        base = name if isinstance(name, DeaModel) else preset(name)
        return customise(base, **changes) if changes else base

    @staticmethod
    def dea_variables(lang: str = "da") -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
        """DEA inputs and outputs in words: key -> (label, unit) in ``lang``."""
        from jobcenter_bench.core.frontier_models import INPUTS, OUTPUTS

        i = 1 if lang == "en" else 0
        return ({k: (v[i], v[2 + i]) for k, v in INPUTS.items()},
                {k: (v[i], v[2 + i]) for k, v in OUTPUTS.items()})

    def dea(self, model=None):
        """The DEA of the year's centres (``frontier_models.DeaResult``) under ``model`` (a
        ``DeaModel``, a preset key or name; ``None``: the default preset), from the data the
        analysis already has. Computed on first use and kept."""
        from jobcenter_bench.core.frontier_models import run_dea

        model = self.dea_model(model)
        key = ("dea", model)
        if key not in self._memo:
            self._memo[key] = run_dea(self.analysis, self._dataset(), model)
        return self._memo[key]

    def dea_ready(self, model=None) -> bool:
        """Whether the DEA of ``model`` and its leave-one-out run are computed already."""
        model = self.dea_model(model)
        return ("dea", model) in self._memo and ("loo", model) in self._memo

    def dea_sensitivity(self, model=None) -> tuple:
        """The leave-one-out run of the DEA (``frontier_analysis.PeerInfluence`` per peer)."""
        from jobcenter_bench.core.frontier_analysis import leave_one_out

        model = self.dea_model(model)
        key = ("loo", model)
        if key not in self._memo:
            self._memo[key] = leave_one_out(self.dea(model))
        return self._memo[key]

    def dea_second_stage(self, model=None):
        """θ regressed on the framework conditions (``frontier_analysis.SecondStage``)."""
        from jobcenter_bench.core.frontier_analysis import second_stage

        return second_stage(self.dea(model), self.analysis)

    def dea_table(self, model=None, lang: str = "da") -> tuple[tuple[str, ...], list[tuple]]:
        """Header and one row per centre, best first (``frontier_analysis.dea_summary_rows``)."""
        from jobcenter_bench.core.frontier_analysis import dea_summary_rows

        return dea_summary_rows(self.dea(model), lang)

    def dea_hinges(self, name: str, model=None) -> tuple:
        """The peers of ``name`` its θ hinges on (``frontier_centre.centre_hinges``)."""
        from jobcenter_bench.core.frontier_centre import centre_hinges

        return centre_hinges(self.dea(model), self.dea_sensitivity(model), name)

    @staticmethod
    def dea_hinge_rise() -> float:
        """The rise in θ that counts as hinging on one peer (``frontier_centre.HINGE_RISE``)."""
        from jobcenter_bench.core.frontier_centre import HINGE_RISE

        return HINGE_RISE

    def frontier_line(self, model=None) -> list[tuple[float, float]]:
        """The frontier of a one-input, one-output model as (x, y) points ([] otherwise)."""
        from jobcenter_bench.core.frontier_centre import frontier_line

        return frontier_line(self.dea(model))

    # ------------------------------------------------------------------ similar centres
    def similarity_variables(self) -> tuple[str, ...]:
        """The variables the user can weight (framework conditions, size, benefit mix)."""
        from jobcenter_bench.core.peers import available_variables

        return available_variables(self.analysis)

    def similarity_label(self, key: str, lang: str = "da") -> str:
        """A similarity variable in words: a framework variable's label, or size/mix labels."""
        from jobcenter_bench.core import measures as ms
        from jobcenter_bench.core.peers import SIZE_AND_MIX

        if key in SIZE_AND_MIX:
            return pick(SIZE_AND_MIX[key][:2], lang)
        if key in ms.catalogue().measures:
            return ms.label(key, lang)
        return self.variable_label(key, lang)

    def default_similarity_weights(self) -> dict[str, float]:
        from jobcenter_bench.core.peers import default_weights

        return default_weights(self.analysis)

    def parse_similarity_weights(self, text: str) -> dict[str, float]:
        """``"var=w,…"`` to weights (``peers.parse_weights``; BenchError for bad input)."""
        from jobcenter_bench.core.peers import parse_weights

        return parse_weights(text, self.similarity_variables())

    def similar(self, name: str, weights: dict[str, float] | None = None, n: int = 5):
        """The ``n`` centres most like ``name`` under ``weights`` (``peers.similar_centres``;
        default weights: 1 on each framework condition), from the analysis' own data."""
        from jobcenter_bench.core.peers import similar_centres

        key = ("similar", name, tuple(sorted((weights or {}).items())), n)
        if key not in self._memo:
            self._memo[key] = similar_centres(self.analysis, self._dataset(), name, weights, n)
        return self._memo[key]

    def _dataset(self):
        ds = self.analysis.dataset
        if ds is None:
            raise BenchError("Analysen har ikke sine data med; beregn den igen.",
                             "The analysis does not carry its data; compute it again.")
        return ds

    def excluded_entirely(self) -> list:
        """Centres the analysis left out of everything, one ``Exclusion`` each (reasons joined)."""
        present = {c.jobcenter for c in self.analysis.centres}
        out: dict[str, object] = {}
        for e in self.analysis.exclusions:
            if e.scope != "all" or e.jobcenter in present:
                continue
            prev = out.get(e.jobcenter)
            out[e.jobcenter] = e if prev is None else replace(
                prev, reason=f"{prev.reason} {e.reason}", reason_en=f"{prev.reason_en} {e.reason_en}")
        return list(out.values())

    def exclusion(self, name: str):
        return next((e for e in self.excluded_entirely() if e.jobcenter == name), None)

    def centre_value(self, c, key: str, lang: str = "da"):
        """The value of measure ``key`` (``core.measures``) for centre record ``c`` as every
        output shows it before formatting: a number, or the words for placement and quadrant;
        ``None`` when it cannot be computed."""
        if key == "placement":
            return None if c.cluster_rank is None else c.placement(lang)
        if key == "quadrant":
            return self.quadrant_name(c.quadrant, lang) or None
        if key == "productivity_rank":
            return self.productivity_ranks().get(c.jobcenter)
        if key.startswith("net_"):
            return self._net_value(c.jobcenter, key)
        return getattr(c, key)

    @staticmethod
    def quadrant_name(key: str | None, lang: str = "da", long: bool = False) -> str:
        """The quadrant's name (``Ressourceeffektiv``); ``long``: with its definition; '' for none."""
        from jobcenter_bench.core.classification import QUADRANT_SHORT, QUADRANTS

        names = QUADRANTS if long else QUADRANT_SHORT
        return pick(names[key], lang) if key in names else ""

    def productivity_ranks(self) -> dict[str, int]:
        """Rank of each centre with a productivity by cases per FTE (1 = most), ties share a rank."""
        return ranks({c.jobcenter: c.cases_per_fte for c in self.centres})

    def _net_value(self, name: str, key: str) -> float | None:
        scope = self.lever_scope(name)
        if scope is None or any(n == name for n, _, _ in scope.excluded):
            return None
        low, high = {"net_potential": (scope.total_low_dkk, scope.total_high_dkk),
                     "net_fte": scope.net_fte,
                     "net_share": tuple(100 * v for v in scope.share_of_cost_base)}[key.rsplit("_", 1)[0]]
        value = low if key.endswith("_low") else high
        return value if value == value else None

    # ------------------------------------------------------------------ words
    def prediction_source_text(self, lang: str = "da") -> str:
        code = self.analysis.prediction_source
        return pick(PREDICTION_SOURCE.get(code, (code, code)), lang)

    def cluster_source_text(self, lang: str = "da") -> str:
        code = self.analysis.cluster_source
        return pick(CLUSTER_SOURCE.get(code, (code, code)), lang)

    def scenario_text(self, lang: str = "da") -> str:
        """``Standard`` or ``Standard (ændret, ikke gemt)``: the scenario as the cover names it."""
        name = getattr(self.scenario, "name", "")
        if self.scenario_saved:
            return name
        return f"{name} {pick(('(ændret, ikke gemt)', '(changed, not saved)'), lang)}"

    def variable_label(self, name: str, lang: str = "da") -> str:
        pair = self.provenance.variable_labels.get(name)
        return pick(pair, lang) if pair and all(pair) else name

    # ------------------------------------------------------------------ levers
    def lever_scope(self, name: str | None = None):
        """The lever summary of centre ``name`` (``None``: national); ``None`` without levers or
        when the centre has no survey answer."""
        if self.levers is None:
            return None
        if name is not None and name not in self.levers.centres:
            return None
        return self.levers.scope(name)

    def business_case(self, name: str) -> CaseEntry | None:
        """The business case of centre ``name``: saved in the scenario, else the default one.

        Built on first use and kept (94 default cases cost ~20 ms, needed only by exports).
        """
        if self.levers is None or name not in self.levers.centres:
            return None
        if name not in self._cases:
            self._cases[name] = self._build_case(name)
        return self._cases[name]

    def business_cases(self) -> dict[str, CaseEntry]:
        """Every centre's business case, by name (saved ones and defaults)."""
        if self.levers is None:
            return {}
        return {name: entry for name in self.levers.centres if (entry := self.business_case(name))}

    def _build_case(self, name: str) -> CaseEntry:
        from jobcenter_bench.core.business_case import BusinessCaseInputs, build_business_case

        raw = self.scenario.business_cases.get(name)
        if raw is None:
            return CaseEntry(build_business_case(self.levers, name), saved=False)
        try:
            inputs = BusinessCaseInputs.from_dict(raw)
        except (TypeError, ValueError) as exc:
            raise BenchError(
                f"Den gemte business case for {name} i scenariet '{self.scenario.name}' er ugyldig: {exc}",
                f"The saved business case for {name} in scenario '{self.scenario.name}' is invalid: {exc}",
            ) from exc
        return CaseEntry(build_business_case(self.levers, name, inputs), saved=True)

    def build_business_case(self, name: str, inputs: BusinessCaseInputs):
        """The business case of centre ``name`` for inputs the user is editing (not stored):
        ``core.business_case.build_business_case`` on these results' levers; ``BenchError`` for
        inputs that cannot be used."""
        from jobcenter_bench.core.business_case import build_business_case

        if self.levers is None:
            raise self.levers_error or BenchError("Ingen forbedringsforslag", "No levers")
        return build_business_case(self.levers, name, inputs)

    def with_scenario(self, scenario, saved: bool) -> Results:
        """The same results under another working scenario: only the levers are re-evaluated
        (well under a millisecond with the year's engine), so sliders recompute live.

        A scenario the engine refuses raises ``BenchError`` and changes nothing.
        """
        state = replace(self.state, scenario=scenario, scenario_name=scenario.name, scenario_saved=saved)
        if self.engine is None:
            return replace(self, state=state, scenario=scenario, scenario_saved=saved, _cases={})
        levers = self.engine.evaluate(scenario)
        return replace(self, state=state, levers=levers, levers_error=None, scenario=scenario,
                       scenario_saved=saved, _cases={})

    # ------------------------------------------------------------------ across the years
    def trend_book(self, task: TaskState | None = None):
        """Every year of the database under this scenario (``core.trends.TrendBook``): the one
        given by ``with_trends``, else computed now from the database on a connection of the
        calling thread and kept (about half a second cold for five years, then free)."""
        if self.trends is None:
            if "trends" not in self._cases:
                with Session.open(self.provenance.db_path) as session:
                    self._cases["trends"] = session.trend_book(self.scenario, task)
            return self._cases["trends"]
        return self.trends

    def with_trends(self, book) -> Results:
        """The same results with the years' ``TrendBook`` attached (built elsewhere, e.g. in a worker)."""
        return replace(self, trends=book, _cases=dict(self._cases))

    def trend(self, name: str):
        """Centre ``name`` over every year (``core.trends.CentreTrend``)."""
        return self.trend_book().centre(name)

    def change(self, name: str, year_a: int | None = None, year_b: int | None = None):
        """What changed for ``name`` from ``year_a`` (default: the year before) to ``year_b``
        (default: this year): ``core.trends.Change``; ``None`` without an earlier year."""
        book = self.trend_book()
        year_b = self.year if year_b is None else year_b
        if year_a is None:
            earlier = [y for y in book.centre(name).years if y < year_b]
            if not earlier:
                return None
            year_a = earlier[-1]
        return book.change(name, year_a, year_b)
    # ------------------------------------------------------------------ realisation
    def plan(self, name: str):
        """The ``BusinessCaseInputs`` saved for centre ``name`` in the scenario when they hold
        success criteria (a realisation plan), else ``None``."""
        raw = self.scenario.business_cases.get(name)
        if not raw or not raw.get("criteria"):
            return None
        return BusinessCaseInputs.from_dict(raw)

    def plan_centres(self) -> list[str]:
        """The centres with a realisation plan in the working scenario, alphabetically."""
        return sorted(n for n, raw in self.scenario.business_cases.items() if raw and raw.get("criteria"))

    def _plan_basis(self, name: str, inputs):
        """(base-year LeverResults, Baseline, BusinessCase) of a plan (``core.realisation``)."""
        from jobcenter_bench.core.business_case import build_business_case
        from jobcenter_bench.core.realisation import Baseline

        base_year = inputs.base_year or self.year
        engine = self.engine if base_year == self.year else self._plan_engine(base_year)
        if engine is None:
            raise BenchError(
                f"Business casen for {name} er lavet på data fra {base_year}, som databasen ikke kan beregne "
                "forslag for; importér årets data igen",
                f"The business case of {name} was made on {base_year} data, for which the database cannot "
                "compute levers; import that year's data again")
        levers = engine.evaluate(self.scenario)
        if name not in levers.centres:
            raise BenchError(f"{name} har ingen besvarelse for {base_year}", f"{name} has no answer for {base_year}")
        base = Baseline.of(levers, engine.drivers, name, self.scenario)
        return levers, base, build_business_case(levers, name, inputs)

    def _plan_engine(self, base_year: int):
        """The lever engine of ``base_year``: computed with the results, else built on first use
        from the database the results came from (a scenario chosen later) and kept."""
        if base_year not in self.plan_engines and self.provenance.db_path not in ("", ":memory:"):
            try:
                with Session.open(self.provenance.db_path) as session:
                    if base_year in session.store.years():
                        self.plan_engines.update(session._plan_engines(
                            self.scenario, self.year, self.state.options, only=base_year))
            except (BenchError, OSError):
                pass
        return self.plan_engines.get(base_year)

    def realisation(self, name: str):
        """The follow-up of centre ``name``'s plan in this year (``core.realisation.Realisation``):
        ``None`` without a plan; ``BenchError`` when this year is before the plan's year."""
        from jobcenter_bench.core.realisation import follow_up

        inputs = self.plan(name)
        if inputs is None:
            return None
        levers, base, case = self._plan_basis(name, inputs)
        return follow_up(case, inputs, levers, base, self.year, lambda c: self._actual(name, c))

    def _actual(self, name: str, criterion) -> float | None:
        """A driver or measure criterion's value for centre ``name`` in this year."""
        value = None
        if criterion.kind == "driver" and self.engine is not None and name in self.engine.drivers.names:
            from jobcenter_bench.core.realisation import driver_values

            value = driver_values(self.engine.drivers, self.engine.drivers.index(name)).get(criterion.indicator)
        elif criterion.kind == "measure":
            c = self.find_centre(name)
            if c is not None:
                try:
                    value = self.centre_value(c, criterion.indicator)
                except AttributeError:
                    value = None
        if isinstance(value, str) or value is None or value != value:
            return None
        return float(value)

    def propose_criteria(self, name: str, inputs: BusinessCaseInputs) -> list:
        """Default success criteria for the business case of ``name`` with ``inputs`` made on this
        year's data (``core.realisation.propose_criteria``); ``BenchError`` without levers."""
        from jobcenter_bench.core.realisation import Baseline, propose_criteria

        case = self.build_business_case(name, inputs)
        base = Baseline.of(self.levers, self.engine.drivers, name, self.scenario)
        return propose_criteria(case, self.levers, base, inputs)

    def criterion_problems(self, name: str, inputs: BusinessCaseInputs) -> list[tuple[str, str]]:
        """What is flagged in the criteria of ``inputs`` (``success_criteria.criterion_problems``)."""
        from jobcenter_bench.core.success_criteria import criterion_problems

        chosen = self.build_business_case(name, inputs).levers
        out = []
        for c in inputs.criteria:
            out += criterion_problems(c, [lv["id"] for lv in chosen], inputs.base_year or self.year)
        return out

    def benefit_tree(self, name: str, lang: str = "da"):
        """The benefit tree (``core.benefit_tree.BenefitTree``) of centre ``name``'s business case:
        the saved one (on its own year's data when it has a plan), else the default one."""
        from jobcenter_bench.core.benefit_tree import build_tree
        from jobcenter_bench.core.realisation import change_texts

        inputs = self.plan(name)
        if inputs is not None:
            case = self._plan_basis(name, inputs)[2]
        else:
            entry = self.business_case(name)
            if entry is None:
                return None
            case = entry.case
            raw = self.scenario.business_cases.get(name)
            inputs = BusinessCaseInputs.from_dict(raw) if raw else BusinessCaseInputs()
        return build_tree(case, inputs.benefit_tree, change_texts(inputs, lang), lang)

    def with_centre(self, name: str) -> Results:
        return replace(self, state=replace(self.state, centre=name))


class Session:
    """Computes ``Results`` from one open database (``Store``); no Qt, safe in a worker thread
    when the worker opens its own ``Session`` (SQLite connections stay in their thread)."""

    def __init__(self, store: Store):
        self.store = store

    @classmethod
    def open(cls, path: str | Path) -> Session:
        """A session on the existing database at ``path`` (close it with :meth:`close`)."""
        return cls(Store.open(path, create=False))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def compute(self, state: SessionState | None = None, task: TaskState | None = None) -> Results:
        """The ``Results`` of ``state`` (default: the newest year, Standard scenario, the report's
        options). Raises ``BenchError`` when the year cannot be analysed."""
        from jobcenter_bench.core.dataset import choose_year

        state = state or SessionState()
        task = task or TaskState()
        year = choose_year(self.store, state.year)
        task.progress(0, 4, "analyse")
        analysis = analyse(self.store, year, state.options)
        task.check_cancelled()
        task.progress(1, 4, "previous")
        previous = self._previous(year, state) if state.with_previous else None
        task.check_cancelled()
        task.progress(2, 4, "levers")
        scenario = state.scenario if state.scenario is not None else self._scenario(state.scenario_name)
        engine, levers, error = self._levers(analysis, scenario)
        task.progress(3, 4, "provenance")
        groups = self.peer_groups()
        if state.peer_group:
            from jobcenter_bench.core.peer_groups import find_group

            state = replace(state, peer_group=find_group(groups, state.peer_group).name)
        results = Results(
            state=replace(state, year=year, scenario=scenario, scenario_name=scenario.name),
            year=year, analysis=analysis, previous=previous, levers=levers, levers_error=error,
            scenario=scenario, scenario_saved=state.scenario_saved, provenance=self.provenance(),
            engine=engine, peer_groups=groups,
            plan_engines=self._plan_engines(scenario, year, state.options),
        )
        task.progress(4, 4, "")
        return results

    def lever_results(self, state: SessionState | None = None):
        """``(scenario, LeverResults)`` of ``state`` for the lever-only commands (``levers``,
        ``business-case``): from :meth:`compute` when the year can be analysed (the same model of a
        centre), else from the survey answers alone (a database without register data: the
        levers need none). Raises the levers' ``BenchError`` when they cannot be computed."""
        from jobcenter_bench.core.dataset import choose_year
        from jobcenter_bench.core.levers.engine import LeverEngine

        state = replace(state or SessionState(), with_previous=False,
                        options=replace((state or SessionState()).options, inference=False))
        year = choose_year(self.store, state.year)
        if self.store.register_wide(year):
            results = self.compute(replace(state, year=year))
            if results.levers is None:
                raise results.levers_error
            return results.scenario, results.levers
        scenario = state.scenario if state.scenario is not None else self._scenario(state.scenario_name)
        return scenario, LeverEngine.from_store(self.store, year).evaluate(scenario)

    def peer_groups(self) -> tuple:
        """The saved peer groups (``core.peer_groups.PeerGroup``), by name."""
        from jobcenter_bench.core.peer_groups import load_peer_groups

        return load_peer_groups(self.store)

    def provenance(self) -> Provenance:
        labels = {v["name"]: (v["label_da"] or v["name"], v["label_en"] or v["name"])
                  for v in self.store.variables()}
        return Provenance(str(self.store.path), self.store.meta("is_sample") == "1",
                          tuple(self.store.imports()), labels)

    def _previous(self, year: int, state: SessionState) -> YearAnalysis | None:
        """The year before with the same options (own model over all its variables, no
        inference tables), or ``None`` when it is not there or cannot be analysed."""
        if year - 1 not in self.store.years():
            return None
        try:
            return analyse(self.store, year - 1, with_options(state.options, variables=None, inference=False))
        except BenchError:
            return None

    def trend_book(self, scenario=None, task: TaskState | None = None):
        """Every year of the database under ``scenario`` (``None``: Standard), each computed
        once and cached for this store (``core.trends.trend_book``)."""
        from jobcenter_bench.core.trends import trend_book

        return trend_book(self.store, scenario, task)
    def _plan_engines(self, scenario, year: int, options, only: int | None = None) -> dict:
        """The lever engines of the earlier years the scenario's realisation plans were made on
        (no inference tables; a year that cannot be analysed is left out); ``only``: just that year."""
        years = {only} if only is not None else set()
        for raw in scenario.business_cases.values():
            base = (raw or {}).get("base_year")
            if only is None and (raw or {}).get("criteria") and isinstance(base, int) and base < year:
                years.add(base)
        out = {}
        for base in sorted(years & set(self.store.years())):
            try:
                analysis = analyse(self.store, base, with_options(options, variables=None, inference=False))
            except BenchError:
                continue
            engine = self._levers(analysis, scenario)[0]
            if engine is not None:
                out[base] = engine
        return out

    def _scenario(self, name: str | None):
        """The stored scenario ``name`` (``None``: Standard); an unknown name is a ``ScenarioError``."""
        from jobcenter_bench.core.scenarios import load_scenario

        return load_scenario(self.store, name)

    def _levers(self, analysis: YearAnalysis, scenario):
        """The year's lever engine (from the analysis' centre table) and its evaluation."""
        from jobcenter_bench.core.levers.drivers import CentreDrivers
        from jobcenter_bench.core.levers.engine import LeverEngine

        try:
            ds = analysis.dataset or cached_dataset(self.store, analysis.year)
            drivers = CentreDrivers.from_dataset(ds, {c.jobcenter: c.cluster for c in analysis.centres})
            engine = LeverEngine(drivers)
            return engine, engine.evaluate(scenario), None
        except BenchError as exc:
            return None, None, exc


def compute(path_or_store, state: SessionState | None = None) -> Results:
    """Convenience for the CLI and the writers: ``Results`` of ``state`` from a path or a Store."""
    if isinstance(path_or_store, Store):
        return Session(path_or_store).compute(state)
    with Session.open(path_or_store) as session:
        return session.compute(state)
