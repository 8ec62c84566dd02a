"""statx/cli_coercion.py: the values typer would give, without importing pydantic for them. Every
parameter of every command is coerced both ways, typer's own runtime parameter being the truth
(tests/test_imports.py: when pydantic is imported)."""
from __future__ import annotations

import pytest
import typer.main
from typer._coercion import build_runtime_param, resolve_type_descriptor
from typer.models import OptionInfo

from statx import cli
from statx.cli_coercion import TYPER, Deferred, quick

GROUP = typer.main.get_command(cli.app)
PARAMS = [(name, param) for name, command in sorted(GROUP.commands.items()) for param in command.params
          if hasattr(param, "type_descriptor")]

# What a user may type for an option, and what is no value of it: each is coerced both ways.
GIVEN = ["csv", "CSV", "jsonl", "table", "ru", "auto", "text", "2", "0", "x", "", "2024-01-31", "a,b", "10M",
         ("a.txt", "b.txt"), ("-",), ()]


def typer_says(param, ctx, value):
    try:
        return "value", build_runtime_param(param.type_descriptor).coerce(value, param=param, ctx=ctx)
    except typer.BadParameter as exc:
        return "error", exc.format_message()


def deferred_says(param, ctx, value):
    descriptor = param.type_descriptor
    ours = Deferred(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation, descriptor=descriptor)
    try:
        return "value", ours.coerce(value, param=param, ctx=ctx)
    except typer.BadParameter as exc:
        return "error", exc.format_message()


@pytest.mark.parametrize("name,param", PARAMS, ids=[f"{n}:{p.name}" for n, p in PARAMS])
def test_every_parameter_is_coerced_as_typer_coerces_it(name, param):
    ctx = GROUP.commands[name].make_context(name, ["-"], resilient_parsing=True)
    for value in [param.default, *GIVEN]:
        if isinstance(value, tuple) != (param.multiple or param.nargs == -1):
            continue   # click gives a sequence to a parameter of many values only
        want = typer_says(param, ctx, value)
        got = deferred_says(param, ctx, value)
        assert got == want and type(got[1]) is type(want[1]), (param.name, value)


QUICK = [   # (annotation, value, expected): values coerced without typer's adapter
    (str, "10M", "10M"),
    (list[str], ("a.txt", "-"), ["a.txt", "-"]),
    (cli.Lang, "RU", TYPER),            # case matters: typer says 'RU' is no choice
    (cli.Lang, "ru", cli.Lang.ru),
    (cli.Lang, cli.Lang.auto, cli.Lang.auto),
    (cli.Lang, "xx", TYPER),            # no choice: typer's message
    (int, "2", TYPER),                  # a string for a number: typer's
    (str, 5, TYPER),
]


@pytest.mark.parametrize("annotation,value,expected", QUICK)
def test_quick_takes_only_what_needs_no_checking(annotation, value, expected):
    descriptor = resolve_type_descriptor(annotation, OptionInfo())
    assert quick(value, descriptor, None) == expected
