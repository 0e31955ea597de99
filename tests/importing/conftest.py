"""Fixtures for the importer tests (builders live in ``importing_fixtures.py``)."""

from .importing_fixtures import filled, store, template  # noqa: F401
