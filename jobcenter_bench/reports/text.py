"""Danish and English texts of the reports and the workbook (rapporttekster).

One small mechanism used only by ``jobcenter_bench.reports``: a dictionary keyed by message id
holding the Danish and the English text. The GUI translates its own strings with Qt's ``tr()``;
a report is written outside any GUI, so it cannot use Qt's translator.

Texts may contain ``{name}`` placeholders filled by ``t(msg_id, lang, name=...)``.
"""

from __future__ import annotations

LANGS = ("da", "en")

#: message id -> (Danish, English)
MESSAGES: dict[str, tuple[str, str]] = {
    # --- document frame
    "app": ("Jobcenter Bench", "Jobcenter Bench"),
    "page_x_of_y": ("Side {page} af {pages}", "Page {page} of {pages}"),
    "toc": ("Indhold", "Contents"),
    "printed": ("Udskrevet {date}", "Printed {date}"),
    "sample_banner": ("Eksempeldata – syntetiske", "Sample data – synthetic"),
    "sample_note": (
        "Tallene i denne rapport er beregnet på syntetiske eksempeldata, ikke på rigtige jobcentres data.",
        "The figures in this report are computed from synthetic sample data, not from real job centres' data.",
    ),
    "centre_title": ("Benchmark af {centre}", "Benchmark of {centre}"),
    "centre_subtitle": (
        "Produktivitet, effekt og forbedringspotentiale {year}",
        "Productivity, effect and improvement potential {year}",
    ),
    "national_title": ("Landets jobcentre {year}", "Denmark's job centres {year}"),
    "national_subtitle": (
        "Produktivitet, effekt, tidsforbrug og forbedringspotentiale",
        "Productivity, effect, time use and improvement potential",
    ),
    "data_sources": ("Datakilder", "Data sources"),
    "source_file": ("Fil", "File"),
    "source_kind": ("Type", "Kind"),
    "source_imported": ("Importeret", "Imported"),
    "source_rows": ("Rækker", "Rows"),
    "no_sources": ("Ingen importerede filer er registreret.", "No imported files are recorded."),
    "scenario_used": ("Scenarie for forbedringsforslag: {name}", "Scenario for improvement levers: {name}"),
    "database": ("Database: {path}", "Database: {path}"),
    # --- centre sections
    "sec_key_figures": ("Nøgletal", "Key figures"),
    "sec_scatter": ("Produktivitet og effekt", "Productivity and effect"),
    "sec_time_use": ("Tidsforbrug", "Time use"),
    "sec_levers": ("Forbedringsforslag", "Improvement levers"),
    "sec_business_case": ("Business case", "Business case"),
    "sec_method": ("Metode og forbehold", "Method and caveats"),
    "sec_regression": ("Regressionsmodel for forventet forsørgelsesgrad",
                       "Regression model of the expected dependency rate"),
    "sec_definitions": ("Definitioner", "Definitions"),
    "sec_caveats": ("Forbehold", "Caveats"),
    "col_measure": ("Nøgletal", "Measure"),
    "col_centre": ("Jobcenter", "Job centre"),
    "col_cluster": ("Klyngen", "Cluster"),
    "col_country": ("Landet", "Country"),
    "kf_cases_per_fte": ("Sager pr. årsværk (fuldtidspersoner)", "Cases per FTE (full-time persons)"),
    "kf_effect": ("Effekt (procentpoint)", "Effect (percentage points)"),
    "kf_observed": ("Observeret forsørgelsesgrad, ADP+KTH+SDP (%)",
                    "Observed dependency rate, ADP+KTH+SDP (%)"),
    "kf_predicted": ("Forventet forsørgelsesgrad, ADP+KTH+SDP (%)",
                     "Predicted dependency rate, ADP+KTH+SDP (%)"),
    "kf_observed_all": ("Observeret forsørgelsesgrad, alle ydelser (%)",
                        "Observed dependency rate, all benefits (%)"),
    "kf_predicted_all": ("Forventet forsørgelsesgrad, alle ydelser (%)",
                         "Predicted dependency rate, all benefits (%)"),
    "kf_fte": ("Årsværk i alt", "Total FTE"),
    "kf_persons": ("Fuldtidspersoner ADP+KTH+SDP", "Full-time persons ADP+KTH+SDP"),
    "kf_cost_per_fte": ("Omkostning pr. årsværk (kr.)", "Cost per FTE (DKK)"),
    "kf_placement": ("Placering i klyngen", "Placement in cluster"),
    "placement": ("{rank} af {size}", "{rank} of {size}"),
    "cluster_n": ("Klynge {n}", "Cluster {n}"),
    "region": ("Region", "Region"),
    "municipalities": ("Kommuner", "Municipalities"),
    "quadrant": ("Kvadrant", "Quadrant"),
    "kf_note": (
        "Klynge og land: sager pr. årsværk og omkostning pr. årsværk er samlede tal (fuldtidspersoner "
        "i alt / årsværk i alt, omkostning i alt / årsværk i alt); forsørgelsesgrader er fuldtidspersoner "
        "i alt / befolkning i alt (forventet: befolkningsvægtet); effekt er gennemsnittet over "
        "jobcentrene (uvægtet); årsværk og fuldtidspersoner er gennemsnit pr. jobcenter. Placering er "
        "rangeret efter observeret forsørgelsesgrad for alle ydelser, laveste = 1.",
        "Cluster and country: cases per FTE and cost per FTE are aggregates (total full-time persons / "
        "total FTE, total cost / total FTE); dependency rates are total full-time persons / total "
        "population (predicted: population-weighted); the effect is the mean over the job centres "
        "(unweighted); FTE and full-time persons are means per job centre. Placement ranks by the "
        "observed all-benefits dependency rate, lowest = 1.",
    ),
    "scatter_caption": (
        "Hvert punkt er et jobcenter. {centre} er fremhævet; klyngens øvrige jobcentre er markeret. "
        "Stiplede linjer: landets median for produktivitet og gennemsnit for effekt.",
        "Each dot is a job centre. {centre} is highlighted; the other centres of its cluster are marked. "
        "Dashed lines: the national median productivity and the mean effect.",
    ),
    "axis_productivity": ("Sager pr. årsværk", "Cases per FTE"),
    "axis_effect": ("Effekt (procentpoint)", "Effect (percentage points)"),
    "axis_predicted": ("Forventet forsørgelsesgrad, alle ydelser (%)",
                       "Predicted dependency rate, all benefits (%)"),
    "axis_hours": ("Timer pr. årsværk pr. år", "Hours per FTE per year"),
    "axis_mdkk": ("Mio. kr. pr. år", "DKK million per year"),
    "axis_dkk": ("Kr. pr. år", "DKK per year"),
    "axis_count": ("Antal jobcentre", "Number of job centres"),
    "legend_centre": ("Jobcentret", "This centre"),
    "legend_cluster": ("Samme klynge", "Same cluster"),
    "legend_others": ("Øvrige", "Others"),
    "legend_average": ("Landsgennemsnit", "National average"),
    "legend_low": ("Lavt skøn", "Low estimate"),
    "legend_high": ("Højt skøn", "High estimate"),
    "time_use_intro": (
        "Timer pr. årsværk pr. år i jobcentret mod landets gennemsnit (vægtet med årsværk) og "
        "spændet mellem jobcentrene.",
        "Hours per FTE per year in the centre against the national (FTE-weighted) average and the "
        "spread across centres.",
    ),
    "col_category": ("Kategori", "Category"),
    "col_hours_centre": ("Jobcentret", "Centre"),
    "col_hours_avg": ("Gennemsnit", "Average"),
    "col_hours_min": ("Min.", "Min."),
    "col_hours_max": ("Maks.", "Max."),
    "col_lever": ("Forslag", "Lever"),
    "col_id": ("Nr.", "No."),
    "col_area": ("Område", "Area"),
    "col_binding": ("Binding", "Binding"),
    "col_horizon": ("Horisont", "Horizon"),
    "col_hours_low": ("Timer lav", "Hours low"),
    "col_hours_high": ("Timer høj", "Hours high"),
    "col_dkk_low": ("Kr. lav", "DKK low"),
    "col_dkk_high": ("Kr. høj", "DKK high"),
    "col_mdkk_low": ("Mio. kr. lav", "DKK m low"),
    "col_mdkk_high": ("Mio. kr. høj", "DKK m high"),
    "not_quantified": ("ikke kvantificeret", "not quantified"),
    "gross": ("Brutto", "Gross"),
    "overlap": ("Overlap", "Overlap"),
    "net": ("I alt (netto)", "Total (net)"),
    "share_of_cost": ("Andel af omkostningsbasen", "Share of the cost base"),
    "levers_intro": (
        "Potentialet pr. forslag er beregnet ud fra jobcentrets egne tal med scenariet {scenario}. "
        "Lavt og højt skøn; kr. pr. år.",
        "The potential per lever is computed from the centre's own figures with scenario {scenario}. "
        "Low and high estimate; DKK per year.",
    ),
    "waterfall_caption": (
        "Potentiale pr. område, overlap og netto: venstre søjle lavt skøn, højre søjle højt "
        "skøn; tallet over hver søjle er dens bidrag i mio. kr. pr. år.",
        "Potential by area, overlap and net: left bar the low estimate, right bar the high "
        "estimate; the number above each bar is its contribution in DKK million per year.",
    ),
    "bc_none": (
        "Der er ikke gemt en business case for jobcentret.",
        "No business case is saved for this centre.",
    ),
    "bc_year": ("År", "Year"),
    "bc_overlap": ("Overlap", "Overlap"),
    "bc_gross": ("Bruttogevinst", "Gross benefit"),
    "bc_investment": ("Investeringer", "Investments"),
    "bc_net": ("Nettoeffekt", "Net effect"),
    "bc_cumulative": ("Akkumuleret netto", "Cumulative net"),
    "bc_payback": ("Tilbagebetalingsår: {year}", "Payback year: {year}"),
    "bc_no_payback": ("Investeringen tjenes ikke hjem inden for perioden.",
                      "The investment does not pay back within the period."),
    "bc_owner": ("Gevinstansvarlig", "Benefit owner"),
    "bc_levers": ("Valgte forslag: {levers}", "Chosen levers: {levers}"),
    # --- method
    "reg_variable": ("Variabel", "Variable"),
    "reg_coef": ("Koefficient", "Coefficient"),
    "reg_se": ("Std.fejl", "Std. error"),
    "reg_t": ("t", "t"),
    "reg_p": ("p", "p"),
    "reg_ci": ("95 %-konfidensinterval", "95 % confidence interval"),
    "reg_fit": ("R² = {r2}, justeret R² = {adj}, N = {n}", "R² = {r2}, adjusted R² = {adj}, N = {n}"),
    "reg_source": ("Kilde til forventet forsørgelsesgrad: {source}",
                   "Source of the predicted dependency rate: {source}"),
    "reg_variables": ("Rammevilkår i modellen: {variables}", "Framework variables in the model: {variables}"),
    "reg_none": ("Der er ikke estimeret en regressionsmodel.", "No regression model has been estimated."),
    "def_productivity": (
        "<b>Sagsproduktivitet</b>: fuldtidspersoner på a-dagpenge, kontanthjælp og sygedagpenge i "
        "jobcentrets kommuner pr. årsværk i jobcentret.",
        "<b>Case productivity</b>: full-time persons on unemployment insurance benefit, social "
        "assistance and sickness benefit in the centre's municipalities per FTE of the centre.",
    ),
    "def_rate": (
        "<b>Forsørgelsesgrad</b>: fuldtidspersoner pr. 100 indbyggere 16–64 år, for a-dagpenge, "
        "kontanthjælp og sygedagpenge og for alle ydelser inkl. permanente.",
        "<b>Dependency rate</b>: full-time persons per 100 inhabitants aged 16–64, for the three "
        "benefits and for all benefits including permanent ones.",
    ),
    "def_effect": (
        "<b>Effekt</b>: forventet minus observeret forsørgelsesgrad i procentpoint; positiv = bedre "
        "end forventet ud fra rammevilkårene.",
        "<b>Effect</b>: predicted minus observed dependency rate in percentage points; positive = "
        "better than expected from the framework conditions.",
    ),
    "def_cluster": (
        "<b>Klynge</b>: jobcentre med sammenlignelige rammevilkår; højere klyngenummer = bedre "
        "rammevilkår. Placering i klyngen rangerer efter observeret forsørgelsesgrad, laveste = 1.",
        "<b>Cluster</b>: job centres with comparable framework conditions; a higher number means "
        "better conditions. Placement ranks by observed dependency rate, lowest = 1.",
    ),
    "def_quadrant": (
        "<b>Ressourceeffektivt</b> jobcenter: produktivitet over landets median og effekt over "
        "gennemsnittet.",
        "<b>Resource-efficient</b> job centre: productivity above the national median and effect "
        "above the mean.",
    ),
    "def_levers": (
        "<b>Forbedringsforslag</b>: potentialet beregnes pr. jobcenter ud fra jobcentrets egne tal; "
        "jobcentre på eller under gennemsnittet giver nul for forslag af typen »ned til "
        "gennemsnittet«. Timer omregnes til kroner med jobcentrets timepris.",
        "<b>Improvement levers</b>: the potential is computed per centre from its own figures; "
        "centres at or below the average give zero for levers of the \"down to the average\" kind. "
        "Hours become DKK at the centre's hourly cost.",
    ),
    "caveat_survey": (
        "Opgørelsen af produktivitet er forbundet med den datausikkerhed, der er ved et "
        "spørgeskemabaseret datagrundlag; jobcentrene konterer årsværk forskelligt, og "
        "omkostningsbasen kan ikke sammenlignes direkte med KRL's og Danmarks Statistiks opgørelser.",
        "Measuring productivity carries the uncertainty of survey-based data; centres book staff "
        "differently, and the cost base cannot be compared directly with KRL's and Statistics "
        "Denmark's figures.",
    ),
    "caveat_effect": (
        "Beskæftigelseseffekten skal tages med de forbehold, som SFI og KORA angiver for deres "
        "opgørelse af kommunernes socioøkonomiske rammevilkår.",
        "The employment effect carries the reservations SFI and KORA state for their measure of the "
        "municipalities' socio-economic framework conditions.",
    ),
    "caveat_robustness": (
        "Robusthedstjek med alternative definitioner viser, at det enkelte jobcenters resultat kan "
        "variere med de metodiske valg; vurderingen af et jobcenter bør ses i sammenhæng med dem og "
        "suppleres af nærmere individuelle analyser.",
        "Robustness checks with alternative definitions show that a single centre's result can vary "
        "with the method chosen; judge a centre together with them and with closer individual "
        "analysis.",
    ),
    "caveat_causal": (
        "Analysen kan ikke kausalt identificere jobcentre, der bevidst bruger flere ressourcer for at "
        "opnå en bedre effekt; lav produktivitet med høj effekt kan være et bevidst valg.",
        "The analysis cannot identify causally which centres deliberately spend more to reach a better "
        "effect; low productivity with a high effect may be a deliberate choice.",
    ),
    "caveat_levers": (
        "Potentialerne er usikre: udbredelsesgraden er skønnet, investeringer (fx i IT) er ikke "
        "fratrukket, og der er lagt et forsigtighedsprincip ind – ingen stordriftsfordele og ingen "
        "forslag, der kan mindske effekten.",
        "The potentials are uncertain: prevalence is estimated, investments (e.g. in IT) are not "
        "deducted, and a caution principle applies – no economies of scale and no lever that could "
        "lower the effect.",
    ),
    # --- national
    "sec_distribution": ("Fordeling af produktivitet og effekt", "Distribution of productivity and effect"),
    "sec_clusters": ("Klynger", "Clusters"),
    "sec_relationships": ("Sammenhænge", "Relationships"),
    "sec_national_levers": ("Forbedringsforslag for hele landet", "Improvement levers for the country"),
    "sec_benchmark_potential": ("Benchmarkbaseret potentiale", "Benchmark-based potential"),
    "sec_ranking": ("Jobcentrene", "The job centres"),
    "by_area": ("Efter område", "By area"),
    "by_binding": ("Efter bindingstype", "By binding type"),
    "by_horizon": ("Efter tidshorisont", "By horizon"),
    "col_n_centres": ("Jobcentre", "Centres"),
    "col_mean_productivity": ("Sager pr. årsværk (samlet)", "Cases per FTE (aggregate)"),
    "col_mean_effect": ("Gns. effekt", "Mean effect"),
    "col_test": ("Sammenhæng", "Relationship"),
    "col_slope": ("Hældning", "Slope"),
    "col_pearson": ("Pearson r", "Pearson r"),
    "col_spearman": ("Spearman ρ", "Spearman ρ"),
    "col_benchmark": ("Benchmark", "Benchmark"),
    "col_fte_freed": ("Frigjorte årsværk", "FTE freed"),
    "col_mdkk": ("Mio. kr.", "DKK m"),
    "area_A": ("A Regler og proceskrav", "A Rules and process requirements"),
    "area_B": ("B Anvendt arbejdstid", "B Working time"),
    "area_C": ("C Arbejdstilrettelæggelse", "C Work organisation"),
    "area_D": ("D Organisering og kompetencer", "D Organisation and skills"),
    "area_E": ("E IT og digitalisering", "E IT and digitalisation"),
    "area_F": ("F Øvrige tjenesteydelser", "F Other services"),
    "binding_management": ("Ledelsesret", "Management remit"),
    "binding_law": ("Love og regler", "Law and regulation"),
    "binding_it": ("IT-investering", "IT investment"),
    "horizon_short": ("Kort sigt (0–2 år)", "Short term (0–2 years)"),
    "horizon_medium": ("Mellemlang sigt (3–4 år)", "Medium term (3–4 years)"),
    "horizon_long": ("Lang sigt (5+ år)", "Long term (5+ years)"),
    "col_mdkk_uplifted": ("Mio. kr., hele landet", "DKK m, whole country"),
    "col_effect_short": ("Effekt", "Effect"),
    "col_rate_short": ("Obs. forsørgelsesgrad", "Obs. dependency rate"),
    "national_scatter_caption": (
        "Figur 6: hvert punkt er et jobcenter. Stiplede linjer: landets median for produktivitet og "
        "gennemsnit for effekt.",
        "Figure 6: each dot is a job centre. Dashed lines: the national median productivity and the "
        "mean effect.",
    ),
    "benchmark_intro": (
        "Jobcentre under benchmarkens produktivitet løftes til den; frigjorte årsværk = årsværk × "
        "(1 − produktivitet / benchmark), i kroner med jobcentrets egen omkostning pr. årsværk. "
        "Sidste kolonne er skaleret til alle jobcentre, også dem uden besvarelse.",
        "Centres below the benchmark productivity are raised to it; FTE freed = FTE × (1 − "
        "productivity / benchmark), in DKK at the centre's own cost per FTE. The last column is "
        "scaled to all centres, including those without a survey answer.",
    ),
    # --- workbook headers
    "xl_cluster_size": ("Klyngestørrelse", "Cluster size"),
    "xl_note": ("Bemærkning", "Note"),
    "xl_rank_productivity": ("Rang produktivitet", "Rank productivity"),
    "xl_rank_effect": ("Rang effekt", "Rank effect"),
    "xl_ci_low": ("95 % KI nedre", "95 % CI lower"),
    "xl_ci_high": ("95 % KI øvre", "95 % CI upper"),
    "xl_r2_adj": ("Justeret R²", "Adjusted R²"),
    "xl_quantified": ("Kvantificeret", "Quantified"),
    "xl_group": ("Opdeling", "Grouping"),
    "xl_case": ("Business case", "Business case"),
    "xl_payback": ("Tilbagebetalingsår", "Payback year"),
    "xl_assumption": ("Forudsætning", "Assumption"),
    "xl_value": ("Værdi", "Value"),
    "xl_low": ("Lav", "Low"),
    "xl_high": ("Høj", "High"),
    "xl_unit": ("Enhed", "Unit"),
    "xl_case_kind": ("Status", "Status"),
    "xl_case_saved": ("gemt i scenariet", "saved in the scenario"),
    "xl_case_default": ("standard (ikke gemt)", "default (not saved)"),
    "xl_case_note": (
        "Jobcentre uden gemt business case vises med standardcasen: alle kvantificerede forslag "
        "inden for ledelsesretten, lavt skøn og standardindfasning. Gem en business case i "
        "programmets visning »Business case« (den gemmes i scenariet) for at vise jobcentrets "
        "egne valg, investeringer og gevinstansvarlige her.",
        "Centres without a saved business case show the default case: every quantified lever "
        "within management remit, low estimate and the default phase-in. Save a business case "
        "in the application's \"Business case\" view (it is stored in the scenario) to show the "
        "centre's own choices, investments and benefit owners here.",
    ),
    "q_resource_efficient": ("Ressourceeffektiv", "Resource-efficient"),
    "q_productive": ("Produktiv, lav effekt", "Productive, low effect"),
    "q_effective": ("Effektiv, lav produktivitet", "Effective, low productivity"),
    "q_neither": ("Lav på begge", "Low on both"),
    "yes": ("ja", "yes"),
    "no": ("nej", "no"),
}


def t(msg_id: str, lang: str = "da", **values: object) -> str:
    """The text of ``msg_id`` in ``lang`` (``"da"`` or ``"en"``), placeholders filled.

    An unknown id raises ``KeyError`` (a test checks every id used by the reports exists).
    """
    da, en = MESSAGES[msg_id]
    text = en if lang == "en" else da
    return text.format(**values) if values else text
