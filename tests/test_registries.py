"""Every area module and every CLI group module is in its explicit, imported list."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

import soum_desk.cli
import soum_desk.ui


def _modules(package: ModuleType) -> list[ModuleType]:
    """The package's modules and subpackages, imported."""
    return [importlib.import_module(info.name)
            for info in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]


def test_every_area_is_listed():
    from soum_desk.ui.area_list import AREAS

    declared = [m.AREA for m in _modules(soum_desk.ui) if hasattr(m, "AREA")]
    assert sorted(a.key for a in declared) == sorted(a.key for a in AREAS)
    assert len({a.key for a in AREAS}) == len(AREAS)


def test_every_command_module_is_listed():
    from soum_desk.cli import COMMAND_MODULES, cli

    with_commands = {m.__name__ for m in _modules(soum_desk.cli) if hasattr(m, "COMMANDS")}
    assert with_commands == {m.__name__ for m in COMMAND_MODULES}
    for module in COMMAND_MODULES:
        for command in module.COMMANDS:
            assert cli.commands[command.name] is command
