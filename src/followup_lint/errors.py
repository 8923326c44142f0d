"""The one exception type for problems a user can cause and fix."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any, get_args, get_origin

from pydantic import BaseModel, ValidationError


class FollowupLintError(Exception):
    """A bad file, configuration or argument: the message names where and what.

    The CLI prints ``str(error)`` on one line and exits 2; it never shows a traceback.
    """

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.problem = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


# --- pydantic errors as one line ------------------------------------------------------------
# Configuration files, rule files, rule parameters and context all report their problems
# through here, so every one reads the same: the key, the problem, the allowed values.


def describe_validation(exc: ValidationError, model: type[BaseModel] | None = None, prefix: str = "") -> str:
    """Every error of ``exc`` on one line, each naming its key (``prefix`` + the key's path)."""
    return "; ".join(describe_error(e, model, prefix) for e in exc.errors())


def _allowed_keys(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str] | None:
    """Field names of the model found by following ``loc`` (without its last part) from ``model``."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        if isinstance(current, type) and issubclass(current, BaseModel):
            info = current.model_fields.get(str(part))
            if info is None:
                return None
            current = info.annotation
        elif get_origin(current) is dict:
            current = get_args(current)[1]
        else:
            return None
        current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return None


def _unwrap(tp: Any) -> Any:
    """list[X] -> X, X | None -> X (the model inside an annotation, where there is one)."""
    for _ in range(3):
        args = [a for a in get_args(tp) if a is not type(None)]
        origin = get_origin(tp)
        if (origin is list and args) or (origin is not None and origin is not dict and len(args) == 1):
            tp = args[0]
        else:
            break
    return tp


def _key(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in ("function-after[_upper(), list[str]]",):
            continue
        else:
            out += ("." if out else "") + str(part)
    return out


def describe_error(error: Any, model: type[BaseModel] | None = None, prefix: str = "") -> str:
    """One pydantic error -> ``key `x.y`: problem; allowed: ...``."""
    loc = tuple(p for p in error["loc"] if not (isinstance(p, str) and "[" in p and "(" in p))
    key = prefix + _key(loc)
    if error["type"] == "extra_forbidden":
        allowed = (_allowed_keys(model, loc) if model is not None else None) or []
        hint = difflib.get_close_matches(str(loc[-1]).replace("-", "_"), allowed, n=1)
        fix = f"; did you mean `{hint[0]}`?" if hint else ""
        listed = f" (allowed keys: {', '.join(allowed)})" if allowed else ""
        return f"unknown key `{key}`{fix}{listed}"
    ctx = error.get("ctx") or {}
    expected = ctx.get("expected")
    shown = _short(error.get("input"))
    if expected:
        return f"key `{key}`: invalid value{shown}; allowed: {expected.replace(' or ', ', ')}"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"key `{key}`: {message[:1].lower() + message[1:]}{'' if not shown else ' (got' + shown + ')'}"


def _short(value: object) -> str:
    """`` 'value'`` for a scalar, cut short; nothing for containers or values too long to show."""
    if not isinstance(value, (str, int, float, bool)):
        return ""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        return " a number too large"
    text = repr(value)
    return f" {text[:60]}..." if len(text) > 63 else f" {text}"
