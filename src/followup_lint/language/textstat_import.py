"""textstat imported without ``pkg_resources``.

textstat 0.7.0-0.7.4 (our pin) imports setuptools' ``pkg_resources`` at the top of its module
for one function, ``resource_stream``, which reads its own easy-word lists.  Importing
``pkg_resources`` costs ~0.12 s and ~10 MB (it scans every installed distribution).  When
``pkg_resources`` is not imported yet, textstat's import is lent a stand-in whose
``resource_stream`` reads the package file through ``importlib.resources``, and the stand-in
is taken out of ``sys.modules`` right after, so anyone importing ``pkg_resources`` later gets
the real one.  Any other name textstat might ask the stand-in for comes from the real
``pkg_resources`` (imported then).  If the import with the stand-in fails, textstat is
imported the ordinary way.
"""

from __future__ import annotations

import importlib
import sys
import threading
import types
from typing import IO, Any

_NAME = "pkg_resources"
_LOCK = threading.Lock()


def _resource_stream(package: str, resource: str) -> IO[bytes]:
    """``pkg_resources.resource_stream`` for a file inside an importable package."""
    from importlib.resources import files

    return files(package).joinpath(resource).open("rb")


def _stand_in() -> types.ModuleType:
    module = types.ModuleType(_NAME, "followup_lint's stand-in for textstat's import (see textstat_import.py)")

    def real(name: str) -> Any:  # anything else: setuptools' own
        return getattr(importlib.import_module(_NAME), name)

    setattr(module, "resource_stream", _resource_stream)  # noqa: B010 - attributes of a module object
    setattr(module, "__getattr__", real)  # noqa: B010
    return module


def import_textstat() -> Any:
    """The ``textstat`` module (ImportError when it is not installed)."""
    if "textstat" in sys.modules or _NAME in sys.modules:
        import textstat

        return textstat
    stand_in = _stand_in()
    with _LOCK:
        sys.modules[_NAME] = stand_in
        try:
            import textstat
        except Exception:  # noqa: BLE001 - a textstat that needs more: the ordinary import
            for name in [m for m in sys.modules if m == "textstat" or m.startswith("textstat.")]:
                del sys.modules[name]
            if sys.modules.get(_NAME) is stand_in:
                del sys.modules[_NAME]
            import textstat

            return textstat
        finally:
            if sys.modules.get(_NAME) is stand_in:
                del sys.modules[_NAME]
    return textstat
