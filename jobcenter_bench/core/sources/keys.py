"""The Jobindsats API key (API-nøgle): from a file, else from the operating system's keyring.

The key is never written to the database, the cache or a log; this module only reads it.
``keyring`` is imported when a key is looked up, and a machine without a keyring backend
(a plain Linux server) simply has no stored key.
"""

from __future__ import annotations

from pathlib import Path

from jobcenter_bench.core.errors import BenchError, read_error

KEYRING_SERVICE = "jobcenter-bench"
KEYRING_USER = "jobindsats"

#: Where to get a key, for messages (Danish, English).
KEY_HELP = (
    "Bestil en gratis personlig API-nøgle på jobindsats.dk (siden om API'et), gem den i en "
    "tekstfil og angiv filen (--key-file), eller gem den i nøgleringen.",
    "Order a free personal API key at jobindsats.dk (the page about the API), save it in a text "
    "file and give the file (--key-file), or store it in the keyring.",
)


def read_key_file(path: str | Path) -> str:
    """The key in a text file (first non-empty line, spaces stripped)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise read_error(path, exc) from exc
    except UnicodeDecodeError as exc:
        raise BenchError(f"Nøglefilen {path} er ikke en tekstfil.",
                         f"The key file {path} is not a text file.") from exc
    key = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not key:
        raise BenchError(f"Nøglefilen {path} er tom. {KEY_HELP[0]}", f"The key file {path} is empty. {KEY_HELP[1]}")
    return key


def keyring_key() -> str | None:
    """The key stored in the OS keyring, or None (no key, no keyring package or no backend)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, KEYRING_USER) or None
    except Exception:  # noqa: BLE001 - ImportError, NoKeyringError, a locked or broken backend
        return None


def save_to_keyring(key: str) -> bool:
    """Store the key in the OS keyring; False when there is no usable keyring."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, KEYRING_USER, key)
    except Exception:  # noqa: BLE001 - no backend: the caller says the key was not saved
        return False
    return True


def api_key(key_file: str | Path | None = None) -> str:
    """The key from ``key_file`` if given, else from the keyring; a clear error when neither."""
    if key_file:
        return read_key_file(key_file)
    key = keyring_key()
    if key:
        return key
    raise BenchError(f"Der er ingen API-nøgle til Jobindsats. {KEY_HELP[0]}",
                     f"There is no API key for Jobindsats. {KEY_HELP[1]}")
