"""The API key: a file, else the keyring; no keyring backend is no key, not a crash."""

import sys
import types

import pytest

from jobcenter_bench.core.errors import BenchError
from jobcenter_bench.core.sources import keys


def test_key_file_first_nonempty_line(tmp_path):
    f = tmp_path / "k.txt"
    f.write_text("\ufeff\n  abc123  \nignored\n", encoding="utf-8")
    assert keys.api_key(f) == "abc123"


def test_empty_or_missing_key_file(tmp_path):
    f = tmp_path / "k.txt"
    f.write_text("\n\n", encoding="utf-8")
    with pytest.raises(BenchError, match="tom"):
        keys.api_key(f)
    with pytest.raises(BenchError, match="filen findes ikke"):
        keys.api_key(tmp_path / "none.txt")


def test_no_keyring_backend_means_no_key(monkeypatch):
    fake = types.ModuleType("keyring")

    def get_password(service, user):
        raise RuntimeError("No recommended backend was available")

    fake.get_password = get_password
    fake.set_password = get_password
    monkeypatch.setitem(sys.modules, "keyring", fake)
    assert keys.keyring_key() is None
    assert keys.save_to_keyring("x") is False
    with pytest.raises(BenchError, match="jobindsats.dk"):
        keys.api_key(None)


def test_keyring_key_is_used(monkeypatch):
    fake = types.ModuleType("keyring")
    fake.get_password = lambda service, user: "k-1" if (service, user) == ("jobcenter-bench", "jobindsats") else None
    monkeypatch.setitem(sys.modules, "keyring", fake)
    assert keys.api_key(None) == "k-1"
