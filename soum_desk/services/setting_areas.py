"""Every service module that adds its own default settings, imported here by name.

`services/core/settings` holds the core defaults; each area adds its own with
`settings.register_defaults` when its module is imported. A command that lists or checks
every setting (`soum-desk settings list|set`, the settings dialog) calls `load_all_defaults()`
first, so it sees them even when it never used those areas. The modules are imported, not
named in strings: a renamed one fails here at once. tests/services/test_settings_registry.py
keeps this list complete.
"""

from __future__ import annotations

from types import ModuleType

from soum_desk.services.archive import records as archive_records
from soum_desk.services.bundle import keys as bundle_keys
from soum_desk.services.core import attachments, signing, user_prefs
from soum_desk.services.dashboard import figures as dashboard_figures
from soum_desk.services.letters import actions as letters_actions
from soum_desk.services.petitions import common as petitions_common
from soum_desk.services.plans import tree as plans_tree
from soum_desk.services.province import registry as province_registry

AREA_SETTING_MODULES: tuple[ModuleType, ...] = (
    archive_records,
    attachments,
    bundle_keys,
    dashboard_figures,
    letters_actions,
    petitions_common,
    plans_tree,
    province_registry,
    signing,
    user_prefs,
)


def load_all_defaults() -> tuple[ModuleType, ...]:
    """The modules whose defaults are now registered (importing this module registered them)."""
    return AREA_SETTING_MODULES
