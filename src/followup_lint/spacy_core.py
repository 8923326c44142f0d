"""spaCy's tokenizer, vocabulary and matchers, imported without spaCy's command line.

``spacy/__init__.py`` imports ``spacy.cli`` for one name (``spacy.info``), and with it typer,
rich, requests, httpx and weasel: about 360 modules, 18 MB and 0.4 s of a cold start that
linting never uses.  When this module is the first to import spaCy, it lends spaCy's
``__init__`` a stand-in ``spacy.cli.info`` for that one import and removes it right after, so:

- ``spacy.info(...)`` still works (the stand-in imports the real one on its first call);
- ``spacy.cli`` and ``import spacy.cli`` still work (the real package is imported on first use);
- if spaCy was already imported (by the host application, say), nothing is done;
- if a spaCy release imports more of ``spacy.cli`` than the stand-in offers, spaCy is
  imported the ordinary way (slower, same behaviour).

``tests/test_spacy_core.py`` checks that linting imports no ``spacy.cli`` with the installed
spaCy, and that the command line is still there for whoever asks for it.
"""

from __future__ import annotations

import sys
import threading
import types
from typing import Any

_CLI, _INFO = "spacy.cli", "spacy.cli.info"


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own, imported on first use."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _cli_on_demand(name: str) -> Any:
    """``spacy.cli`` (module ``__getattr__``, PEP 562): the real package, imported on first use."""
    if name == "cli":
        import importlib

        return importlib.import_module(_CLI)
    raise AttributeError(f"module 'spacy' has no attribute {name!r}")


def _import_spacy() -> types.ModuleType:
    if "spacy" in sys.modules or _CLI in sys.modules:
        import spacy

        return spacy
    stand_in = types.ModuleType(_CLI)
    stand_in.__path__ = []
    info = types.ModuleType(_INFO)
    info.info = _info  # type: ignore[attr-defined]
    with _LOCK:
        sys.modules[_CLI], sys.modules[_INFO] = stand_in, info
        try:
            import spacy
        except ImportError:  # a release that needs more of its command line at import
            sys.modules.pop(_CLI, None)
            sys.modules.pop(_INFO, None)
            import spacy

            return spacy
        finally:
            if sys.modules.get(_CLI) is stand_in:
                del sys.modules[_CLI]
            if sys.modules.get(_INFO) is info:
                del sys.modules[_INFO]
    if "cli" not in vars(spacy) and "__getattr__" not in vars(spacy):
        setattr(spacy, "__getattr__", _cli_on_demand)  # noqa: B010 - a module attribute, not a method
    return spacy


_LOCK = threading.Lock()
spacy = _import_spacy()

from spacy.language import Language  # noqa: E402
from spacy.matcher import Matcher, PhraseMatcher  # noqa: E402
from spacy.strings import get_string_id, hash_string  # type: ignore[attr-defined]  # noqa: E402
from spacy.tokens import Doc, Token  # noqa: E402
from spacy.vocab import Vocab  # noqa: E402

__all__ = ["Doc", "Language", "Matcher", "PhraseMatcher", "Token", "Vocab", "get_string_id", "hash_string", "spacy"]
