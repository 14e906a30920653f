"""A Griffe extension that lets mkdocstrings render quoteattr's reST-flavoured docstrings.

The docstrings are written for ``help()`` and doctest: reST roles (:class:`Quote`),
literal blocks introduced by ``::`` and bare ``>>>`` examples. Markdown knows none of
them, so before mkdocstrings renders a docstring this extension rewrites it:

- a role becomes a cross-reference to the object's page anchor when that object is part
  of the documented public API (``quoteattr.__all__``, ``quoteattr.evaluation.__all__``
  and their public members), else inline code. Targets are resolved as Python would:
  from the documented object outward through its class and module, then from
  ``quoteattr``;
- ``text::`` and the indented block after it become ``text:`` and a fenced code block;
- a run of ``>>>`` lines (with their output) becomes a fenced ``pycon`` block, without
  ``# doctest:`` directives;
- an attribute with no docstring takes its Sphinx doc-comment: the ``#:`` lines right
  above the assignment, or a ``#:`` comment at the end of its line.

Only the rendered documentation changes; the source stays as it is. Loaded by
``mkdocs.yml`` (``plugins.mkdocstrings.handlers.python.options.extensions``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import griffe

#: The modules whose ``__all__`` make up the documented API.
PUBLIC_MODULES = ("quoteattr", "quoteattr.evaluation")

_ROLE = re.compile(
    r":(?:py:)?(?P<role>class|meth|func|attr|exc|mod|obj|data|const):`(?P<target>[^`]+)`"
)
_DOCTEST_DIRECTIVE = re.compile(r"\s*#\s*doctest:.*$")
_CALLABLE_ROLES = {"meth", "func"}


def _public_paths(pkg: griffe.Module) -> dict[str, str]:
    """Map the canonical path of every documented object to its public path."""
    public: dict[str, str] = {}

    def add(obj: griffe.Object | griffe.Alias, path: str) -> None:
        try:
            canonical = obj.canonical_path
            members = obj.members if obj.is_class else {}
        except (griffe.AliasResolutionError, griffe.CyclicAliasError):
            return
        public.setdefault(canonical, path)
        for name, member in members.items():
            if not name.startswith("_"):
                add(member, f"{path}.{name}")

    for module_path in PUBLIC_MODULES:
        module = pkg if module_path == pkg.path else _lookup(pkg, module_path)
        if not isinstance(module, griffe.Module) or module.exports is None:
            continue
        for name in module.exports:
            name = str(name)
            if name in module.members:
                add(module.members[name], f"{module.path}.{name}")
    return public


def _lookup(pkg: griffe.Module, path: str) -> griffe.Object | griffe.Alias | None:
    """The object at dotted ``path`` within ``pkg``, or None."""
    parts = path.split(".")
    if parts[0] != pkg.name:
        return None
    obj: Any = pkg
    try:
        for part in parts[1:]:
            obj = obj.members[part]
    except (KeyError, AttributeError, griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    return obj  # type: ignore[no-any-return]


def _resolve(pkg: griffe.Module, scope: griffe.Object, target: str) -> str | None:
    """The canonical path ``target`` names when written in ``scope``'s docstring."""
    target = target.lstrip(".")
    candidates = []
    node: griffe.Object | None = scope
    while node is not None:
        candidates.append(f"{node.path}.{target}")
        node = node.parent
    candidates += [target, f"{pkg.name}.{target}"]
    for path in candidates:
        found = _lookup(pkg, path)
        if found is None:
            continue
        try:
            return found.canonical_path
        except (griffe.AliasResolutionError, griffe.CyclicAliasError):
            continue
    return None


def convert_roles(text: str, resolve: Any, public: dict[str, str]) -> str:
    """Replace reST roles by cross-references (documented targets) or inline code."""

    def replace(match: re.Match[str]) -> str:
        role, target = match["role"], match["target"].strip()
        title = None
        if target.endswith(">") and "<" in target:  # :class:`title <target>`
            title, _, target = target[:-1].partition("<")
            title = title.strip()
        short = target.startswith("~")
        target = target.lstrip("~")
        display = title or (target.rsplit(".", 1)[-1] if short else target)
        if role in _CALLABLE_ROLES and title is None and not display.endswith(")"):
            display += "()"
        canonical = resolve(target)
        if canonical is not None and canonical in public:
            return f"[`{display}`][{public[canonical]}]"
        return f"`{display}`"

    return _ROLE.sub(replace, text)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _fence(lines: list[str], indent: int, lang: str) -> Iterator[str]:
    pad = " " * indent
    yield f"{pad}```{lang}"
    yield from (f"{pad}{line}" if line else "" for line in lines)
    yield f"{pad}```"


def convert_blocks(text: str) -> str:
    """Turn ``::`` literal blocks and bare ``>>>`` runs into fenced code blocks."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    in_fence = False
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith("```"):
            in_fence = not in_fence
        if in_fence:
            out.append(line)
            i += 1
            continue
        if stripped.endswith("::") and not stripped.startswith(".."):
            base = _indent(line)
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            block: list[str] = []
            while j < len(lines) and (not lines[j].strip() or _indent(lines[j]) > base):
                block.append(lines[j])
                j += 1
            while block and not block[-1].strip():
                block.pop()
            if block:
                head = stripped[:-2]
                if head.strip():
                    # reST: "text::" shows "text:", "text ::" shows "text".
                    out.append(
                        " " * base + (head + ":" if not head.endswith(" ") else head.rstrip())
                    )
                    out.append("")
                inner = min(_indent(b) for b in block if b.strip())
                body = [b[inner:] if b.strip() else "" for b in block]
                lang = "pycon" if body[0].startswith(">>>") else "text"
                body = [_DOCTEST_DIRECTIVE.sub("", b) for b in body]
                out.extend(_fence(body, base, lang))
                out.append("")
                i = j
                continue
        if stripped.startswith(">>>"):
            base = _indent(line)
            j = i
            block = []
            while j < len(lines) and lines[j].strip():
                block.append(_DOCTEST_DIRECTIVE.sub("", lines[j][base:]))
                j += 1
            if out and out[-1].strip():
                out.append("")
            out.extend(_fence(block, base, "pycon"))
            out.append("")
            i = j
            continue
        out.append(line)
        i += 1
    return "\n".join(out).rstrip() + ("\n" if text.endswith("\n") else "")


def doc_comment(lines: list[str], lineno: int) -> str | None:
    """The Sphinx doc-comment of the assignment on 1-based line ``lineno`` of ``lines``."""
    if not 0 < lineno <= len(lines):
        return None
    line = lines[lineno - 1]
    if "#:" in line:
        return line.split("#:", 1)[1].strip() or None
    comment: list[str] = []
    k = lineno - 2
    while k >= 0 and lines[k].strip().startswith("#:"):
        comment.insert(0, lines[k].strip()[2:].strip())
        k -= 1
    return "\n".join(comment) or None


def _objects(obj: griffe.Object) -> Iterator[griffe.Object]:
    yield obj
    for member in obj.members.values():
        if not member.is_alias and isinstance(member, griffe.Object):
            yield from _objects(member)


class ReSTDocstrings(griffe.Extension):
    """Rewrite reST roles, literal blocks and doctest lines in quoteattr's docstrings."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Convert every docstring of the package once it is fully loaded."""
        if pkg.name != "quoteattr":
            return
        public = _public_paths(pkg)
        for obj in _objects(pkg):
            if obj.docstring is None and obj.is_attribute and obj.lineno is not None:
                module_lines = list(obj.module.lines)
                comment = doc_comment(module_lines, obj.lineno)
                if comment is not None:
                    obj.docstring = griffe.Docstring(
                        comment, lineno=obj.lineno, endlineno=obj.lineno, parent=obj
                    )
            if obj.docstring is None:
                continue

            def resolve(target: str, scope: griffe.Object = obj) -> str | None:
                return _resolve(pkg, scope, target)

            text = convert_blocks(obj.docstring.value)
            obj.docstring.value = convert_roles(text, resolve, public)
