"""DEA models of the job centres: the variables, the presets, the data table and the result.

Variables (per centre, from the year's analysis and the data it was computed from):

inputs
    ``total_fte``  total FTE (årsværk i alt), FTE;
    ``case_fte``   case-related FTE (sagsrelaterede årsværk: caseworkers, company consultants,
                   case-support admin), FTE;
    ``cost``       total cost (omkostninger: salaries + other services under the analysis' cost
                   definition), DKK per year;
    ``cost_per_person``  cost per full-time person on ADP+KTH+SDP (udgift pr. fuldtidsperson),
                   DKK per person per year.
outputs
    ``persons_adp``, ``persons_kth``, ``persons_sdp``  full-time persons on unemployment
                   insurance benefit, social assistance, sickness benefit (fuldtidspersoner),
                   persons per year;
    ``relative_rate``  relative dependency rate (løfteevne) for ADP+KTH+SDP: predicted ÷ observed
                   dependency rate (forudsagt ÷ faktisk forsørgelsesgrad); > 1 = fewer on benefit
                   than the framework conditions predict; no unit;
    ``relative_rate_all``  the same for all benefits.

Presets (``PRESETS``):

``sagsproduktivitet`` — "Sagsproduktivitet" (the default)
    input total FTE, outputs full-time persons on ADP, KTH and SDP, input-oriented, VRS. The
    report's case-productivity concept (seed 004, ch. 3.2: ADP+KTH+SDP persons per FTE) as a
    frontier: with several outputs a centre is not penalised for its benefit mix.
``vive2018`` — "Løfteevne og udgift (VIVE 2018)"
    input cost per full-time person, output the relative rate, output-oriented, VRS; the small
    centres Ærø, Samsø and Langeland left out, as in VIVE's "Benchmarking af jobcentrene" (2018)
    for Rigsrevisionen's report 5/2018 on the job centres' efficiency. VIVE had one relative
    rate per benefit (ADP, KTH, SDP); this tool imports the predicted rate for ADP+KTH+SDP
    combined only, so the preset has the combined relative rate as its one output. With the
    official grouping (``resources/geography/jobcentres.csv``) Ærø, Samsø and Langeland are job
    centres of their own, so all three are left out; a named centre that is not a job centre of
    its own (e.g. Fanø, served by Esbjerg) is noted in ``DeaResult.notes``.

The exclusion rule (``ExclusionRule``) leaves out named centres and/or centres with fewer
full-time persons on ADP+KTH+SDP than a minimum, each with a stated reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from jobcenter_bench.core import geography
from jobcenter_bench.core import productivity as pr
from jobcenter_bench.core.errors import BenchError

#: Input keys: (Danish label, English label, unit da, unit en).
INPUTS: dict[str, tuple[str, str, str, str]] = {
    "total_fte": ("Årsværk i alt", "Total FTE", "årsværk", "FTE"),
    "case_fte": ("Sagsrelaterede årsværk", "Case-related FTE", "årsværk", "FTE"),
    "cost": ("Omkostninger", "Cost", "kr. pr. år", "DKK per year"),
    "cost_per_person": ("Udgift pr. fuldtidsperson", "Cost per full-time person", "kr. pr. person",
                        "DKK per person"),
}
#: Output keys: (Danish label, English label, unit da, unit en).
OUTPUTS: dict[str, tuple[str, str, str, str]] = {
    "persons_adp": ("Fuldtidspersoner a-dagpenge", "Full-time persons ADP", "personer", "persons"),
    "persons_kth": ("Fuldtidspersoner kontanthjælp", "Full-time persons KTH", "personer", "persons"),
    "persons_sdp": ("Fuldtidspersoner sygedagpenge", "Full-time persons SDP", "personer", "persons"),
    "relative_rate": ("Løfteevne (forudsagt ÷ faktisk, ADP+KTH+SDP)",
                      "Relative rate (predicted ÷ observed, ADP+KTH+SDP)", "", ""),
    "relative_rate_all": ("Løfteevne, alle ydelser", "Relative rate, all benefits", "", ""),
}


@dataclass(frozen=True)
class ExclusionRule:
    """Centres left out of a DEA model: by name, and/or below ``min_persons`` full-time persons
    on ADP+KTH+SDP (persons per year). Names that are not job centres here are stated, not used."""

    centres: tuple[str, ...] = ()
    min_persons: float | None = None

    def describe(self, lang: str = "da") -> str:
        parts = []
        if self.centres:
            parts.append(("left out: " if lang == "en" else "udeladt: ") + ", ".join(self.centres))
        if self.min_persons is not None:
            parts.append(f"fewer than {self.min_persons:g} full-time persons" if lang == "en"
                          else f"færre end {self.min_persons:g} fuldtidspersoner")
        return "; ".join(parts) or ("none" if lang == "en" else "ingen")


@dataclass(frozen=True)
class DeaModel:
    """One DEA model: input, outputs, orientation (``input``/``output``), returns to scale
    (``vrs``/``crs``), exclusion rule, and where it comes from (``source_da``/``source_en``)."""

    key: str
    name_da: str
    name_en: str
    input: str
    outputs: tuple[str, ...]
    orientation: str = "input"
    rts: str = "vrs"
    exclusion: ExclusionRule = field(default_factory=ExclusionRule)
    source_da: str = ""
    source_en: str = ""

    def name(self, lang: str = "da") -> str:
        return self.name_en if lang == "en" else self.name_da


VIVE_SMALL_CENTRES = ("Ærø", "Samsø", "Langeland")

PRESETS: dict[str, DeaModel] = {
    "sagsproduktivitet": DeaModel(
        "sagsproduktivitet", "Sagsproduktivitet", "Case productivity", "total_fte",
        ("persons_adp", "persons_kth", "persons_sdp"), "input", "vrs", ExclusionRule(),
        "Rapportens sagsproduktivitet (fuldtidspersoner på ADP, KTH og SDP pr. årsværk i alt, "
        "kap. 3.2) som effektivitetsfront.",
        "The report's case productivity (full-time persons on ADP, KTH and SDP per total FTE, "
        "ch. 3.2) as a frontier."),
    "vive2018": DeaModel(
        "vive2018", "Løfteevne og udgift (VIVE 2018)", "Relative rate and cost (VIVE 2018)",
        "cost_per_person", ("relative_rate",), "output", "vrs", ExclusionRule(VIVE_SMALL_CENTRES),
        "VIVE: Benchmarking af jobcentrene (2018), til Rigsrevisionens beretning 5/2018 om "
        "jobcentrenes effektivitet. Output: forudsagt ÷ faktisk forsørgelsesgrad (VIVE: én pr. "
        "ydelse; her samlet for ADP+KTH+SDP); input: udgift pr. fuldtidsperson.",
        "VIVE: Benchmarking of the job centres (2018), for the national audit office's report "
        "5/2018 on the job centres' efficiency. Output: predicted ÷ observed dependency rate "
        "(VIVE: one per benefit; here combined for ADP+KTH+SDP); input: cost per full-time person."),
}
DEFAULT_PRESET = "sagsproduktivitet"


def preset(name: str | None) -> DeaModel:
    """A preset by key or by its Danish or English name (case-insensitive)."""
    if name is None:
        return PRESETS[DEFAULT_PRESET]
    wanted = name.strip().casefold()
    for m in PRESETS.values():
        if wanted in (m.key, m.name_da.casefold(), m.name_en.casefold()):
            return m
    known = ", ".join(f"{k} ({m.name_da})" for k, m in PRESETS.items())
    raise BenchError(f"Ukendt DEA-model: '{name}'. Kendte: {known}.",
                     f"Unknown DEA model: '{name}'. Known: {known}.")


def customise(model: DeaModel, *, input: str | None = None, outputs: tuple[str, ...] | None = None,
              orientation: str | None = None, rts: str | None = None,
              exclusion: ExclusionRule | None = None) -> DeaModel:
    """``model`` with some choices changed; a changed model is named "… (tilpasset)"."""
    changes = {k: v for k, v in dict(input=input, outputs=outputs, orientation=orientation, rts=rts,
                                      exclusion=exclusion).items() if v is not None}
    new = replace(model, **changes)
    _validate(new)
    if new == model:
        return model
    return replace(new, key="custom", name_da=f"{model.name_da} (tilpasset)",
                   name_en=f"{model.name_en} (customised)")


def _validate(m: DeaModel) -> None:
    if m.input not in INPUTS:
        raise BenchError(f"Ukendt DEA-input: {m.input}. Vælg blandt {', '.join(INPUTS)}.",
                         f"Unknown DEA input: {m.input}. Choose from {', '.join(INPUTS)}.")
    bad = [o for o in m.outputs if o not in OUTPUTS]
    if bad or not m.outputs or len(set(m.outputs)) != len(m.outputs):
        raise BenchError(
            f"Ugyldige DEA-output: {', '.join(bad) or ', '.join(m.outputs) or '(ingen)'}. "
            f"Vælg et eller flere forskellige blandt {', '.join(OUTPUTS)}.",
            f"Invalid DEA outputs: {', '.join(bad) or ', '.join(m.outputs) or '(none)'}. "
            f"Choose one or more different ones from {', '.join(OUTPUTS)}.")
    if m.orientation not in ("input", "output") or m.rts not in ("vrs", "crs"):
        raise BenchError("Orientering skal være input/output og skalaafkast vrs/crs.",
                         "Orientation must be input/output and returns to scale vrs/crs.")


@dataclass(frozen=True)
class DeaRow:
    """One centre's DEA data: ``input`` value and ``outputs`` in the model's order, or why not."""

    jobcenter: str
    input: float | None
    outputs: tuple[float | None, ...]
    excluded: str | None = None
    excluded_en: str | None = None


def input_value(key: str, r, c) -> float | None:
    """The input ``key`` of centre result ``r`` (``CentreResult``) and data ``c`` (``CentreData``)."""
    if key == "total_fte":
        return r.fte
    if key == "case_fte":
        return pr.fte_denominator(c, "case_related") if r.fte else None
    if key == "cost":
        return r.cost_total
    if r.cost_total is None or r.full_time_persons <= 0:
        return None
    return r.cost_total / r.full_time_persons


def output_value(key: str, r, c) -> float | None:
    """The output ``key`` of a centre (see the module docstring for units)."""
    if key in ("persons_adp", "persons_kth", "persons_sdp"):
        return c.persons.get(key)
    pred, obs = (r.predicted_rate, r.observed_rate) if key == "relative_rate" else (
        r.predicted_rate_all, r.observed_rate_all)
    if pred is None or obs is None or obs <= 0:
        return None
    return pred / obs


def dea_rows(analysis, dataset, model: DeaModel) -> list[DeaRow]:
    """The model's data for every centre of a ``YearAnalysis`` (and the ``Dataset`` it used).

    A centre is excluded (with a reason) by the model's rule, or when its input is missing or
    not positive, or an output is missing, or every output is zero.
    """
    _validate(model)
    by_name = {c.jobcenter: c for c in dataset.centres}
    rows = []
    for r in analysis.centres:
        c = by_name[r.jobcenter]
        x = input_value(model.input, r, c)
        ys = tuple(output_value(k, r, c) for k in model.outputs)
        rows.append(DeaRow(r.jobcenter, x, ys, *_reason(model, r, x, ys)))
    return rows


def _reason(model: DeaModel, r, x, ys) -> tuple[str | None, str | None]:
    rule = model.exclusion
    if r.jobcenter in rule.centres:
        return ("udeladt efter modellens regel for små jobcentre",
                "left out by the model's small-centre rule")
    if rule.min_persons is not None and r.full_time_persons < rule.min_persons:
        return (f"færre end {rule.min_persons:g} fuldtidspersoner (ADP+KTH+SDP)",
                f"fewer than {rule.min_persons:g} full-time persons (ADP+KTH+SDP)")
    da_in, en_in = INPUTS[model.input][:2]
    if x is None or x <= 0:
        return (f"mangler {da_in.lower()} (eller den er 0)", f"lacks {en_in.lower()} (or it is 0)")
    missing = [k for k, y in zip(model.outputs, ys, strict=True) if y is None]
    if missing:
        return (f"mangler output: {', '.join(OUTPUTS[k][0] for k in missing)}",
                f"lacks output: {', '.join(OUTPUTS[k][1] for k in missing)}")
    if sum(ys) <= 0 or min(ys) < 0:
        return ("alle output er 0 (eller et er negativt)", "every output is 0 (or one is negative)")
    return None, None


def rule_notes(rule: ExclusionRule) -> tuple[tuple[str, str], ...]:
    """Sentences (da, en) for named centres that are not job centres of their own here."""
    known = geography.jobcentre_by_name()
    notes = []
    for name in rule.centres:
        if name in known:
            continue
        jc = geography.match_jobcentre(name)
        served = f" (betjenes af {jc.name})" if jc else ""
        served_en = f" (served by {jc.name})" if jc else ""
        notes.append((f"{name} er ikke et selvstændigt jobcenter her{served}; ingen udeladt for det navn.",
                      f"{name} is not a job centre of its own here{served_en}; nothing left out for it."))
    return tuple(notes)


@dataclass(frozen=True)
class CentreEfficiency:
    """One centre's DEA result. ``None`` everywhere (and ``excluded`` set) if left out.

    ``efficiency`` θ ∈ (0, 1] (effektivitet); ``super_efficiency`` ≥ 1 for efficient centres
    (else ``None``); ``peers`` (forbilleder) as (centre, λ); ``input_slack`` and
    ``output_slacks`` (restløshed, per output key) in the variables' units; ``target_input``
    (målinput) in the input's unit; ``input`` and ``outputs`` the centre's own values.
    """

    jobcenter: str
    input: float | None
    outputs: tuple[tuple[str, float | None], ...]
    efficiency: float | None = None
    super_efficiency: float | None = None
    peers: tuple[tuple[str, float], ...] = ()
    input_slack: float | None = None
    output_slacks: tuple[tuple[str, float], ...] = ()
    target_input: float | None = None
    excluded: str | None = None
    excluded_en: str | None = None

    @property
    def efficient(self) -> bool:
        return (self.efficiency is not None and self.efficiency >= 1 - 1e-6 and not self.input_slack
                and not any(v for _, v in self.output_slacks))

    def to_json(self, lang: str = "da") -> dict:
        """``jobcenter``, ``efficiency``, ``super_efficiency``, ``peers`` {name: λ}, ``slacks``
        {key: value} (the input key and each output key), ``target_input``, ``input``,
        ``outputs``, ``excluded`` (``None`` or the reason in ``lang``)."""
        slacks = None
        if self.efficiency is not None:
            slacks = {"input": self.input_slack, **dict(self.output_slacks)}
        return {
            "jobcenter": self.jobcenter, "efficiency": self.efficiency,
            "super_efficiency": self.super_efficiency, "peers": dict(self.peers), "slacks": slacks,
            "target_input": self.target_input, "input": self.input, "outputs": dict(self.outputs),
            "excluded": self.excluded_en if lang == "en" else self.excluded,
        }


@dataclass(frozen=True)
class DeaResult:
    """A DEA model run on one year: every centre of the analysis, in its order.

    ``prediction_source`` is the analysis' ("published"/"own"): the relative rates use it.
    ``notes`` are sentences (da, en) about the exclusion rule.
    """

    model: DeaModel
    year: int
    prediction_source: str
    centres: tuple[CentreEfficiency, ...]
    notes: tuple[tuple[str, str], ...] = ()

    def centre(self, name: str) -> CentreEfficiency:
        for c in self.centres:
            if c.jobcenter == name:
                return c
        raise BenchError(f"{name} er ikke med i DEA for {self.year}.", f"{name} is not in the DEA for {self.year}.")

    def included(self) -> tuple[CentreEfficiency, ...]:
        return tuple(c for c in self.centres if c.efficiency is not None)

    def to_json_records(self, lang: str = "da") -> list[dict]:
        return [c.to_json(lang) for c in self.centres]


def run_dea(analysis, dataset, model: DeaModel | None = None) -> DeaResult:
    """Run ``model`` (default: the default preset) on a ``YearAnalysis`` and its ``Dataset``."""
    from jobcenter_bench.core.frontier import solve_dea

    model = model or PRESETS[DEFAULT_PRESET]
    rows = dea_rows(analysis, dataset, model)
    used = [r for r in rows if r.excluded is None]
    if len(used) < 2:
        raise BenchError(f"DEA kræver mindst 2 jobcentre med data; der er {len(used)}.",
                         f"DEA needs at least 2 centres with data; there are {len(used)}.")
    sol = solve_dea([[r.input] for r in used], [list(r.outputs) for r in used], model.orientation, model.rts)
    names = [r.jobcenter for r in used]
    solved = {r.jobcenter: _centre(r, i, sol, names, model) for i, r in enumerate(used)}
    centres = tuple(solved.get(r.jobcenter) or CentreEfficiency(
        r.jobcenter, r.input, tuple(zip(model.outputs, r.outputs, strict=True)),
        excluded=r.excluded, excluded_en=r.excluded_en) for r in rows)
    return DeaResult(model, analysis.year, analysis.prediction_source, centres,
                     rule_notes(model.exclusion) + size_notes(len(used), 1, len(model.outputs)))


def size_notes(n: int, m: int, s: int) -> tuple[tuple[str, str], ...]:
    """A warning (da, en) when ``n`` centres are few for m inputs and s outputs: the rule of
    thumb n ≥ max(m × s, 3 (m + s)) (Cooper, Seiford & Tone, *Data Envelopment Analysis*)."""
    need = max(m * s, 3 * (m + s))
    if n >= need:
        return ()
    return ((f"Kun {n} jobcentre til {m} input og {s} output (tommelfingerregel: mindst {need}); "
             "mange vil ligge på fronten alene fordi de er yderpunkter.",
             f"Only {n} centres for {m} inputs and {s} outputs (rule of thumb: at least {need}); "
             "many will be on the frontier just for being extreme."),)


def _centre(r: DeaRow, i: int, sol, names: list[str], model: DeaModel) -> CentreEfficiency:
    lam = sol.lambdas[i]
    peers = tuple(sorted(((names[j], float(lam[j])) for j in lam.nonzero()[0]), key=lambda p: -p[1]))
    sup = sol.super_efficiency[i]
    return CentreEfficiency(
        r.jobcenter, r.input, tuple(zip(model.outputs, r.outputs, strict=True)),
        efficiency=float(min(sol.efficiency[i], 1.0)),
        super_efficiency=None if sup != sup else float(sup),
        peers=peers, input_slack=float(sol.input_slacks[i, 0]),
        output_slacks=tuple((k, float(v)) for k, v in zip(model.outputs, sol.output_slacks[i], strict=True)),
        target_input=float(sol.target_inputs[i, 0]))


def dea_for_year(store, year: int | None = None, model: DeaModel | None = None, options=None) -> DeaResult:
    """Run ``model`` on the analysis of ``year`` (``analysis.analyse``, no regression tables)."""
    from jobcenter_bench.core.analysis import AnalysisOptions, analyse, cached_dataset

    options = options or AnalysisOptions(inference=False)
    analysis = analyse(store, year, options)
    return run_dea(analysis, cached_dataset(store, year), model)  # the same cached data
