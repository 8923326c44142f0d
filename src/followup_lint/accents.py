"""Accents dropped, as people type names and words without them ("Núñez" as "Nunez").

One place for it: greetings match phrases typed without their marks, the salutation check compares
names, and the employer check compares company names.
"""

from __future__ import annotations

import unicodedata
from typing import Literal


def without_accents(text: str, form: Literal["NFD", "NFKD"] = "NFKD") -> str:
    """``text`` with its combining marks dropped after Unicode decomposition ``form`` ("NFKD" also
    takes compatibility forms apart, such as ligatures; "NFD" keeps them)."""
    return "".join(c for c in unicodedata.normalize(form, text) if not unicodedata.combining(c))
