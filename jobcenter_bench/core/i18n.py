"""One translation mechanism for every text the core and the reports produce (da, en).

A text is either a pair ``(Danish, English)`` written where it is raised (error messages,
labels of codes in the catalogues) and resolved with :func:`pick`, or a message of
``resources/texts.toml`` resolved with :func:`t`. Both take the language code ``"da"`` (the
default) or ``"en"``. The GUI translates only its widget chrome with Qt's ``tr()``; whatever the
core or a report writes goes through here, so the screen, the PDF and the workbook say the same.

>>> pick(("Effekt", "Effect"), "en")
'Effect'
>>> t("page_x_of_y", "da", page=1, pages=3)
'Side 1 af 3'
"""

from __future__ import annotations

import tomllib
from functools import cache

from jobcenter_bench.core.resources import resource_path

LANGS = ("da", "en")
#: A text in both languages: (Danish, English).
Text = tuple[str, str]


def pick(pair: Text, lang: str = "da") -> str:
    """The text of ``pair`` in ``lang`` (English for ``"en"``, Danish otherwise)."""
    return pair[1] if lang == "en" else pair[0]


@cache
def messages() -> dict[str, Text]:
    """message id -> (Danish, English), from ``resources/texts.toml``."""
    with open(resource_path("texts.toml"), "rb") as fh:
        raw = tomllib.load(fh)
    return {key: (v["da"], v["en"]) for key, v in raw.items()}


def t(msg_id: str, lang: str = "da", **values: object) -> str:
    """The message ``msg_id`` in ``lang`` with its ``{placeholders}`` filled.

    An unknown id raises ``KeyError`` (a test checks every id the reports use exists).
    """
    text = pick(messages()[msg_id], lang)
    return text.format(**values) if values else text
