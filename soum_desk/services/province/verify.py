"""`bundle verify` where the app runs: at a province with the registry and the chain of what
was already imported; at an office with its own keys (`services/bundle/verify`)."""

from __future__ import annotations

from pathlib import Path

from soum_desk.bundle.verdict import Verdict
from soum_desk.bundle.verify import Options, verify
from soum_desk.services.bundle import verify as bundle_verify
from soum_desk.services.core import office
from soum_desk.services.core.context import AppContext
from soum_desk.services.province.registry import DbChain, DbTrust


def verify_here(ctx: AppContext, path: Path) -> Verdict:
    """At a province: the registry and the chain; at an office: its own keys."""
    with ctx.reading() as session:
        if office.own_office(session).is_province:
            return verify(path, DbTrust(session), Options(chain=DbChain(ctx), keep_tables=True))
    return bundle_verify.verify_at_office(ctx, path)
