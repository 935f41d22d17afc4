"""Every area package shows the same face (docs/architecture.md, "The face of an area package")."""

from __future__ import annotations

import importlib
import inspect

import pytest

from soum_desk.services import areas

FACES = {
    "plans": {"actions", "queries", "import_preview", "import_commit", "report_data", "bundle_payload"},
    "petitions": {"actions", "queries", "import_preview", "import_commit", "report_data", "bundle_payload"},
    "letters": {"actions", "queries", "import_preview", "import_commit", "report_data", "bundle_payload"},
    "archive": {"actions", "queries", "report_data"},
    "bundle": {"actions", "queries"},
    "province": {"actions", "queries", "report_data"},
    "dashboard": {"actions", "queries"},
}


@pytest.mark.parametrize("area", sorted(FACES))
def test_the_area_package_names_its_face(area):
    package = importlib.import_module(f"soum_desk.services.{area}")
    assert FACES[area] <= set(package.__all__)
    for name in package.__all__:
        assert getattr(package, name) is not None


@pytest.mark.parametrize("area", sorted(FACES))
def test_every_action_takes_the_context_first(area):
    """A write checks the actor's permission: it needs the context (queries may add pure helpers)."""
    module = importlib.import_module(f"soum_desk.services.{area}.actions")
    names = getattr(module, "__all__", None) or [
        n for n, f in vars(module).items()
        if inspect.isfunction(f) and not n.startswith("_") and f.__module__ == module.__name__]
    assert names
    for name in names:
        params = list(inspect.signature(getattr(module, name)).parameters)
        assert params and params[0] == "ctx", f"{area}.actions.{name}{params}"


def test_the_bundle_areas_are_the_faces_bundle_payloads():
    import soum_desk.services.letters as letters
    import soum_desk.services.petitions as petitions
    import soum_desk.services.plans as plans

    by_key = {a.key: a.bundle_payload for a in areas.AREAS}
    assert by_key == {"plans": plans.bundle_payload, "petitions": petitions.bundle_payload,
                      "letters": letters.bundle_payload}
