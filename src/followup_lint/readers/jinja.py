"""Jinja2 templates (.j2, .jinja, .jinja2, .tmpl).

The template is parsed with Jinja2's own parser, which validates it (a syntax error is a
``FollowupLintError`` naming its line) and lists its variables
(``jinja2.meta.find_undeclared_variables``) into ``meta["template-variables"]``.  The template
is never rendered.  The draft text is the template source itself, so ``{{ name }}`` slots stay
where they are written and map by identity; only comment-only lines (``{# ... #}`` alone on
their lines, the place for suppression comments) are left out of the draft text.  A
``name.html.j2`` template is read as HTML (its visible text) after validation.  Jinja files
are in template mode unless ``template=False`` is given.
"""

from __future__ import annotations

from pathlib import PurePath

from followup_lint.draft import Draft
from followup_lint.errors import FollowupLintError
from followup_lint.readers._base import JINJA_COMMENT_LINE, TextBuilder, copy_without, decode_text
from followup_lint.readers.plain import resolve_template

_EXTENSIONS = ("jinja2.ext.i18n", "jinja2.ext.loopcontrols", "jinja2.ext.do")


def _stand_in(*args: object, **kwargs: object) -> object:
    return args[0] if args else None


def template_variables(source: str, path: str) -> list[str]:
    """Validate ``source`` with Jinja2's parser; return its undeclared variables, sorted."""
    try:
        import jinja2
        import jinja2.meta
        import jinja2.nodes
    except ImportError:  # pragma: no cover - depends on the installation
        raise FollowupLintError("reading Jinja templates needs Jinja2: pip install 'jinja2>=3.1'", path) from None
    env = jinja2.Environment(extensions=list(_EXTENSIONS), autoescape=False)
    try:
        ast = env.parse(source)
        # Filters and tests the application defines (``{{ d | nice_date }}``) are unknown here;
        # give them stand-ins so that listing the variables does not fail on them.
        for node in ast.find_all((jinja2.nodes.Filter, jinja2.nodes.Test)):
            table = env.filters if isinstance(node, jinja2.nodes.Filter) else env.tests
            table.setdefault(node.name, _stand_in)
        names = jinja2.meta.find_undeclared_variables(ast)
    except jinja2.TemplateSyntaxError as exc:
        line = exc.lineno or 1
        raise FollowupLintError(f"invalid Jinja syntax on line {line}: {exc.message}", path) from None
    names -= {"_", "gettext", "ngettext", "pgettext", "npgettext"}  # i18n helpers
    return sorted(names)


def read(data: bytes, *, path: str, template: bool | None = None) -> list[Draft]:
    source = decode_text(data, path)
    variables = template_variables(source, path)
    meta = {"reader": "jinja", "template-variables": ", ".join(variables)}
    mode = resolve_template(template, meta, True)
    inner = PurePath(path).with_suffix("").suffix.lower()
    if inner in (".html", ".htm"):
        from followup_lint.readers import html

        drafts = html.read(data, path=path, template=mode)
        for d in drafts:
            d.add_meta(meta)
        return drafts
    from followup_lint.draft import parse_draft

    builder = TextBuilder()
    copy_without(builder, source, 0, len(source), JINJA_COMMENT_LINE)
    if not builder.text.strip():
        raise FollowupLintError("the template holds only comments", path)
    return [
        parse_draft(
            builder.text,
            path=path,
            source_map=builder.source_map(source),
            meta=meta,
            template=mode,
            parse_headers=True,
        )
    ]
