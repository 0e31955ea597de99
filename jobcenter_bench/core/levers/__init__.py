"""The 30 improvement levers (forbedringsforslag) of the report: catalogue, engine, results.

Modules
-------
catalogue   :func:`catalogue` reads ``resources/levers.toml`` into :class:`Lever` records
            (names, area, binding, horizon, archetype, drivers, parameters, terms).
archetypes  the four calculation archetypes as numpy functions: down to the average, volume x
            time saved, time per employee, share of a cost.
drivers     :class:`CentreDrivers`: one year's per-centre drivers (survey fields + derived).
engine      :class:`LeverEngine` precomputes a year once; ``evaluate(scenario)`` returns
            :class:`LeverResults` in well under a millisecond.
overlap     explicit overlap pairs (eliminering), computed per centre.
aggregates  result types: :class:`LeverResults` (arrays [low/high, lever, centre]) and
            :class:`ScopeSummary` (national or one centre: rows, gross, overlap, net, by area,
            binding and horizon, share of the cost base; ``to_dict()`` is the CLI's JSON).

Typical use (no Qt anywhere)::

    from jobcenter_bench.core.levers.engine import LeverEngine
    from jobcenter_bench.core.scenarios import load_scenario

    engine = LeverEngine.from_store(store, year)          # once per year
    results = engine.evaluate(load_scenario(store, "Standard"))   # per slider move
    national = results.national()                          # ScopeSummary
    national.total_low_dkk, national.by_area["B"]["high_dkk"]
    results.scope("Herning").lever("C3").high_hours
    results.dkk[1, results.lever_index("B1")]              # high DKK of B1 per centre

Scenarios (every assumption, stored by name) live in :mod:`jobcenter_bench.core.scenarios`,
the hourly cost in :mod:`jobcenter_bench.core.hourly_cost` and the business case in
:mod:`jobcenter_bench.core.business_case`. The method is documented in ``docs/levers.md``.
"""
