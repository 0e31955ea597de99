"""Jobcenter Bench: benchmark Danish municipal job centres and cost the improvement levers."""

__version__ = "0.1.0"
