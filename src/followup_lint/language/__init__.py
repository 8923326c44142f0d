"""Language-quality backends: Harper (spelling/grammar), LanguageTool (optional), readability.

Importing this package imports none of the backends' libraries: harper is imported when a
``HarperBackend`` builds its Linter, textstat when readability is first computed, and
language_tool_python (GPL-3.0, an optional extra) only by ``LanguageToolLocal.start``.
"""

from __future__ import annotations

from followup_lint.language.issues import KINDS, LanguageIssue, merge_issues

__all__ = ["KINDS", "LanguageIssue", "merge_issues"]
