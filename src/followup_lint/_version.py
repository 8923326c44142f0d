"""The release version, written in this one place.

The build backend reads it (``[tool.hatch.version]`` in pyproject.toml), ``followup_lint.__version__``
re-exports it, and ``followup-lint --version``, the JSON, SARIF and JUnit reports print it. Change it
only when cutting a release (docs/releasing.md).
"""

__version__ = "0.1.0"
