"""Tests of the importers, the template and the import/validate/template commands."""
