"""Lever drivers of the sample dataset (forbedringsforslagenes drivere i eksempeldata).

This module is the one place where the sample dataset's lever drivers are set: the yearly
volumes (interviews, courses, forms, certificates, letters ...), the minutes per interview, the
yes/no working practices and the few time and cost fields only the levers read. The sample-data
generator (``sample_data/generate.py``) calls :func:`lever_driver_fields` once per job centre
and year, after it has drawn the centre's caseload, FTE, costs and time use.

How the numbers are set
-----------------------
Every volume is the centre's own caseload (full-time persons on a benefit, or FTE in a staff
group) times a rate per person or per FTE, times lognormal noise. The rates are chosen so that
the national sums match what the report's stated potentials imply at its own assumptions
(``docs/levers.md`` shows the arithmetic per lever), and the spreads follow the report:

* physical conversation: ADP 34 min (centre averages 19–55), KTH 47, SDP 46 (seed 004 l. 918–924);
* total interview time (preparation + interview + follow-up) varies between the longest and the
  shortest centre by +168 % ADP, +149 % KTH, +130 % SDP (l. 3349);
* consultation (sparring) is 1.2 h/week higher on SDP than ADP and 0.7 higher than KTH (l. 2968),
  up to about 4 h/week;
* about a quarter of centres make management information by hand (E6), mostly smaller centres;
  a share of centres lacks a central summons function (D2) or digital check-in (E4);
* medical certificates cost "a good 40 %" of other services, DKK ~200 m nationally (l. 2028, 5143);
  our sample: ~DKK 217 m, ~DKK 5,000 per certificate on average. F1's low/high ratio (at most
  0.417 for a pure spending cut) leaves area F (11-27) reachable only when the time part is small,
  i.e. few, expensive certificates.

Nothing here knows a lever's result: the engine computes each lever from these drivers.
"""

from __future__ import annotations

import math
import zlib

import numpy as np

#: Mean minutes per interview by benefit area: (preparation, the interview itself, follow-up).
#: The interview itself follows the report (ADP 34, KTH 47, SDP 46); preparation and follow-up are
#: our split of the report's 280–445 h/FTE of preparation and follow-up.
INTERVIEW_MINUTES = {
    "adp": (20.0, 34.0, 18.0),
    "kth": (25.0, 47.0, 22.0),
    "sdp": (28.0, 46.0, 25.0),
}

#: Relative spread (coefficient of variation) of a centre's total minutes per interview, set so
#: that across 94 centres the longest is about +168 % (ADP), +149 % (KTH), +130 % (SDP) above the
#: shortest (report l. 3349: max/min = 1 + 2.5 cv over 1 - 2.5 cv).
INTERVIEW_CV = {"adp": 0.19066, "kth": 0.17704, "sdp": 0.15888}

#: Interviews per full-time person per year (ADP every 3 months plus first-phase interviews,
#: SDP category 2 every 4 weeks, categories 1 and 3 every 3 months).
INTERVIEWS_PER_PERSON = {"adp": 7.0, "kth": 6.5, "sdp": 10.5}

#: Consultation hours per week per caseworker by area (report l. 2968: SDP 1.2 above ADP, 0.7
#: above KTH); "other" areas take the middle.
CONSULTATION_BY_AREA = {"adp": 1.3, "kth": 1.8, "sdp": 2.5, "flex": 1.9, "other": 1.9}

#: Chance that a centre other than the four largest has a central summons function (D2) or
#: digital check-in (E4): our reading of "a share of the centres".
P_CENTRAL_SUMMONS = 0.40
P_DIGITAL_CHECKIN = 0.45


def _noise(rng: np.random.Generator, sd: float) -> float:
    """A lognormal factor with mean 1 and log-sd ``sd``."""
    return float(math.exp(rng.normal(0.0, sd) - sd * sd / 2.0))


def _count(x: float) -> int:
    return int(max(0, round(x)))


def _centre_rng(centre: dict) -> np.random.Generator:
    """A stream fixed per centre (not per year): practices and habits persist between years."""
    return np.random.default_rng([zlib.crc32(str(centre["name"]).encode("utf-8")), 4])


def _interview_fields(rng: np.random.Generator, habits: np.random.Generator, centre: dict) -> dict:
    """Interview counts and minutes per interview (sheet "interviews")."""
    out: dict[str, float | int] = {}
    culture = habits.normal()  # a centre's shared tendency to long or short interviews
    for area in ("adp", "kth", "sdp"):
        persons = float(centre[f"persons_{area}"])
        out[f"interviews_{area}"] = _count(persons * INTERVIEWS_PER_PERSON[area] * _noise(rng, 0.12))
        z = float(np.clip(0.6 * culture + 0.75 * habits.normal() + 0.3 * rng.normal(), -2.1, 2.1))
        prep, conv, follow = INTERVIEW_MINUTES[area]
        factor = max(0.45, 1.0 + INTERVIEW_CV[area] * z)
        # split the centre's total between the three parts with a little independent noise
        parts = [m * factor * _noise(rng, 0.07) for m in (prep, conv, follow)]
        out[f"interview_{area}_prep_min"] = round(parts[0], 1)
        out[f"interview_{area}_conv_min"] = round(parts[1], 1)
        out[f"interview_{area}_followup_min"] = round(parts[2], 1)
    return out


#: Yearly volumes per unit of caseload: (driver field, caseload it scales with, rate, log-sd of
#: the centre's noise). Caseloads: full-time persons ("adp", "kth", "sdp", "flex", "core" =
#: ADP+KTH+SDP, "rehab" = KTH+SDP+flex) or company-consultant FTE ("consultants"). National sums
#: at these rates (2013 sample) and the lever they drive: ~312,000 ADP courses and ~90,000 SDP
#: category-2 courses (A1), ~3,900 reassessments (A2, ~20 % of people on ledighedsydelse a year),
#: ~3,600 § 17 applications (A3), ~31,000 re-visitations (A4), ~71,000 activated KTH recipients
#: (A6), ~162,000 offer forms (A7), ~423,000 new SDP courses (E1), ~648,000 SDP inquiries (E2),
#: ~49,000 job orders with CV search (E5). The rates, spreads and shares of this module (and the
#: spreads of sickness, meetings, breaks, staff functions and salary in generate.py) are set so
#: that the engine's Standard scenario gives every lever within ±10 % of the report's range and
#: every area total inside the report's (tests/levers/test_fidelity.py; docs/levers.md).
VOLUME_RATES = {
    "adp_courses": ("adp", 3.335, 0.1),
    "sdp_cat2_courses": ("sdp", 1.61, 0.15),
    "sdp_new_courses": ("sdp", 7.4843, 0.1),
    "flex_reassessments": ("flex", 0.2085, 0.25),
    "disability_applications": ("rehab", 0.0170, 0.25),
    "kth_revisitations": ("kth", 0.245, 0.2),
    "kth_activated": ("kth", 0.564, 0.15),
    "offer_forms": ("core", 0.559, 0.2),
    "sdp_inquiries": ("sdp", 11.01, 0.2),
    "cv_job_orders": ("consultants", 34.7, 0.25),
}
#: Cases for the rehabilitation team per full-time person on KTH, SDP and flex (~15,500, C5),
#: of which 65-75 % get an LÆ265 certificate (every case except § 17 applicants, l. 2799; A8).
REHAB_RATE = 0.072
#: Share of rehabilitation cases that get an LÆ265 certificate (uniform between the two).
LE265_SHARE = (0.66, 0.761)
#: Typical preparation per rehabilitation case, hours (l. 3700-3710: half a day to several days).
REHAB_PREP_HOURS = 11.57
#: Medical certificates: share of other services (uniform; "a good 40 %", l. 2028) and the
#: average price per certificate, DKK (mean, sd).
CERT_SHARE_OF_OTHER = (0.37211, 0.48562)
CERT_PRICE = (5000.0, 500.0)
#: Management information by hand (E6): chance = min(0.6, SCALE x exp(-FTE / 70) + FLOOR).
MANUAL_MI_SCALE, MANUAL_MI_FLOOR = 0.55, 0.062842
#: Spread between centres of peer consultation (C4), hours per week per caseworker (sd).
CONSULTATION_SD = 1.57
#: Irrelevant mails and calls (C6), hours per week per caseworker: mean and sd between centres.
IRRELEVANT_CONTACT = (1.2, 0.435)
#: Reception staff handling check-in (E4): FTE = BASE + PER_FTE x centre FTE (with noise).
RECEPTION_BASE, RECEPTION_PER_FTE = 0.30200, 0.005033
#: Summons letters (D2, E3) per interview held (uniform): about one letter per interview.
SUMMONS_PER_INTERVIEW = (0.88338, 1.08008)


def _volume_fields(rng: np.random.Generator, centre: dict, interviews_total: int) -> dict:
    """Yearly volumes, certificate price and preparation hours (sheet "volumes")."""
    load = {k: float(centre[f"persons_{k}"]) for k in ("adp", "kth", "sdp", "flex")}
    load["core"] = load["adp"] + load["kth"] + load["sdp"]
    load["rehab"] = load["kth"] + load["sdp"] + load["flex"]
    load["consultants"] = float(centre["fte_company_consultants"])
    out: dict[str, float | int] = {
        key: _count(load[base] * rate * _noise(rng, sd)) for key, (base, rate, sd) in VOLUME_RATES.items()
    }
    rehab = _count(load["rehab"] * REHAB_RATE * _noise(rng, 0.2))
    out["rehab_meetings"] = rehab
    out["le265_certificates"] = _count(rehab * float(rng.uniform(*LE265_SHARE)))
    # medical certificates: "a good 40 %" of other services (l. 2028, 5143), ~DKK 5,000 each on
    # average (cheap standard certificates and costly specialist statements; ~44,000 a year)
    cert_cost = float(centre["cost_other_services"]) * float(rng.uniform(*CERT_SHARE_OF_OTHER))
    out["medical_certificates"] = _count(cert_cost / float(rng.normal(*CERT_PRICE)))
    out["_cert_cost"] = cert_cost
    # summons to interviews and information meetings (D2, E3): about one per interview
    out["summons_letters"] = _count(interviews_total * float(rng.uniform(*SUMMONS_PER_INTERVIEW)))
    out["le265_price"] = round(float(rng.normal(1800.0, 180.0)), 0)
    # preparation per rehabilitation case: half a day to several days (l. 3700-3710)
    out["rehab_prep_hours"] = round(min(30.0, max(4.0, REHAB_PREP_HOURS * _noise(rng, 0.35))), 1)
    return out


def _practice_fields(rng: np.random.Generator, centre: dict) -> dict:
    """Yes/no practices (sheet "practice"), stored as 1/0; ``rng`` is the centre's own stream."""
    fte = float(centre["fte_total"])
    draws = rng.random(3)
    if centre["is_large_city"]:  # the four largest centres have central functions and systems
        return {"central_summons": 1, "digital_checkin": 1, "manual_management_info": 0}
    # management information by hand: about a quarter of centres, mostly the smaller ones
    p_manual = min(0.6, MANUAL_MI_SCALE * math.exp(-fte / 70.0) + MANUAL_MI_FLOOR)
    return {
        "central_summons": int(draws[0] < P_CENTRAL_SUMMONS),
        "digital_checkin": int(draws[1] < P_DIGITAL_CHECKIN),
        "manual_management_info": int(draws[2] < p_manual),
    }


def _consultation_hours(rng: np.random.Generator, habits: np.random.Generator, centre: dict) -> float:
    """Peer consultation hours per week per caseworker, from the centre's area mix (C4)."""
    areas = ("adp", "kth", "sdp", "flex", "other")
    weights = [max(0.0, float(centre[f"fte_area_{a}"])) for a in areas]
    total = sum(weights) or 1.0
    base = sum(w * CONSULTATION_BY_AREA[a] for a, w in zip(areas, weights, strict=True)) / total
    return round(min(4.5, max(0.3, base + habits.normal(0.0, CONSULTATION_SD) + rng.normal(0.0, 0.3))), 2)


def lever_driver_fields(rng: np.random.Generator, centre: dict) -> dict[str, float | int]:
    """Draw one centre's lever-driver survey fields for one year.

    Parameters
    ----------
    rng : numpy.random.Generator
        The generator's seeded stream for this centre and year. Habits that persist between
        years (practices, interview culture, consultation) come from a stream fixed per centre
        name, so they are deterministic too.
    centre : dict
        The centre as drawn by the sample-data generator: ``persons_*`` (full-time persons per
        benefit), ``fte_total`` and the staff-group and benefit-area FTE, ``cost_other_services``
        (DKK per year), ``is_large_city`` and the rest.

    Returns
    -------
    dict
        Every survey field on the sheets "interviews", "volumes" and "practice", plus
        ``fte_reception`` (FTE), ``cost_medical_certificates`` (DKK per year),
        ``consultation_hours_week`` and ``irrelevant_contact_hours_week`` (hours per week per
        caseworker). Counts are ints, yes/no are 1/0.
    """
    out: dict[str, float | int] = {}
    habits = _centre_rng(centre)
    out.update(_interview_fields(rng, habits, centre))
    interviews_total = int(out["interviews_adp"]) + int(out["interviews_kth"]) + int(out["interviews_sdp"])
    volumes = _volume_fields(rng, centre, interviews_total)
    cert_cost = volumes.pop("_cert_cost")
    out.update(volumes)
    out.update(_practice_fields(habits, centre))
    fte = float(centre["fte_total"])
    out["fte_reception"] = round(min(fte * 0.1, (RECEPTION_BASE + RECEPTION_PER_FTE * fte) * _noise(rng, 0.3)), 2)
    out["cost_medical_certificates"] = round(cert_cost, 0)
    out["consultation_hours_week"] = _consultation_hours(rng, habits, centre)
    out["irrelevant_contact_hours_week"] = round(max(0.1, rng.normal(*IRRELEVANT_CONTACT)), 2)
    return out
