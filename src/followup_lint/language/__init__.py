"""Language-quality backends: Harper (spelling/grammar), LanguageTool (optional), readability.

Importing this package imports none of the backends' libraries: harper is imported when a
``HarperBackend`` builds its Linter, textstat when readability is first computed, and
language_tool_python (GPL-3.0, an optional extra) only by ``LanguageToolLocal.start``.
"""

from __future__ import annotations

from followup_lint.language.issues import KINDS, LanguageIssue, merge_issues

__all__ = ["KINDS", "LanguageIssue", "merge_issues", "warm_up", "warming_up"]

_warming: list[object] = []


def warm_up() -> None:
    """Build Harper's dictionary on a background thread (once per process).

    Harper spends ~0.7 s building its dictionary the first time a linter is made, and it does so
    without holding the GIL; spaCy's import takes about as long.  Starting this first lets the
    two overlap, so a cold ``followup-lint check`` pays for one of them, not both.  The warm-up
    linter is thrown away: later ``harper.Linter()`` calls reuse the process-wide dictionary.
    """
    if _warming:
        return
    import threading

    def build() -> None:
        try:
            import harper

            harper.Linter()
            from followup_lint.memory import release_free_memory

            release_free_memory()  # the build's freed pages, before the main thread needs them
        except Exception:  # noqa: BLE001 - a failed warm-up only means the real build pays later
            pass

    thread = threading.Thread(target=build, name="followup-lint-harper-warm-up", daemon=True)
    _warming.append(thread)
    thread.start()


def warming_up() -> bool:
    """Whether :func:`warm_up` was started in this process (Harper is built, or being built)."""
    return bool(_warming)


def wait_for_warm_up() -> None:
    """Block until a warm-up started by :func:`warm_up` has finished (before a fork, say)."""
    for thread in _warming:
        thread.join()  # type: ignore[attr-defined]
