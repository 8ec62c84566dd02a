"""typer's coercion of the commands' values, put off until a value needs it.

typer (0.29) builds a pydantic ``TypeAdapter`` for every parameter that is not a bare flag while it
reads the command line, whether the parameter was given or not; importing pydantic for that is
about a quarter of a one-file ``statx extract`` (0.1 s). A value that already is what its
annotation asks for (an option's default, the paths as strings) needs no coercing, and a choice
(``--format csv``) needs only typer's ``coerce_cli_choice``; any other value is coerced by typer's
own runtime parameter, built then, so values and error messages stay typer's
(tests/test_cli_coercion.py holds the two side by side). ``Command`` and ``Group`` are the classes
that do this; with a typer whose parameters coerce otherwise they change nothing.
"""
from __future__ import annotations

import dataclasses
import enum
import types
from typing import Any, Optional, Union, get_args, get_origin

import typer.core

try:
    from typer._coercion import RuntimeParam, build_runtime_param
    from typer._param_types import coerce_cli_choice
except ImportError:  # a typer that does not coerce through pydantic: nothing to put off
    RuntimeParam = build_runtime_param = coerce_cli_choice = None

TYPER = object()   # what ``quick`` gives for a value it leaves to typer


def quick(value: Any, descriptor: Any, ctx: Any) -> Any:
    """``value`` coerced as typer would, when that needs no pydantic: a value that already is what
    the annotation asks for (the default, strings for strings: typer gives a list for a tuple), and
    a choice of an Enum (typer's own ``coerce_cli_choice``); else TYPER (a range or a parser to
    check, another type, a choice that is not one: typer's message says why)."""
    info = descriptor.parameter_info
    if info.parser is not None or info.min is not None or info.max is not None:
        return TYPER
    annotation = _required(descriptor.annotation)
    if get_origin(annotation) is list:
        strings = get_args(annotation) == (str,) and isinstance(value, (list, tuple))
        return list(value) if strings and all(type(v) is str for v in value) else TYPER
    if annotation in (str, bool, int):
        return value if type(value) is annotation else TYPER
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum) and isinstance(value, (str, annotation)):
        try:
            return coerce_cli_choice(value, choices=tuple(annotation), case_sensitive=info.case_sensitive, ctx=ctx)
        except ValueError:
            return TYPER
    return TYPER


def _required(annotation: Any) -> Any:
    """``X`` of ``Optional[X]``; any other annotation as it is."""
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


if RuntimeParam is not None:
    @dataclasses.dataclass(frozen=True)
    class Deferred(RuntimeParam):
        """A parameter's coercion: the value as it is when it already fits, else typer's."""

        descriptor: Any

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            found = quick(value, self.descriptor, ctx)
            if found is not TYPER:
                return found
            param._runtime_param = build_runtime_param(self.descriptor)   # typer's own, from now on
            return param._runtime_param._coerce_value(value, param=param, ctx=ctx)


def deferred(params: list) -> list:
    """``params``, each typer parameter that has no coercion yet given a ``Deferred`` one."""
    if RuntimeParam is not None:
        for param in params:
            descriptor: Optional[Any] = getattr(param, "type_descriptor", None)
            if descriptor is not None and getattr(param, "_runtime_param", False) is None:
                param._runtime_param = Deferred(parameter_info=descriptor.parameter_info,
                                                annotation=descriptor.annotation, descriptor=descriptor)
    return params


class _Deferring:
    """Its parameters (--help too) coerced through ``Deferred``."""

    def get_params(self, ctx: Any) -> list:
        return deferred(super().get_params(ctx))


class Command(_Deferring, typer.core.TyperCommand):
    """typer's command, its parameters coerced through ``Deferred``."""


class Group(_Deferring, typer.core.TyperGroup):
    """typer's group of commands, its parameters coerced through ``Deferred``."""
