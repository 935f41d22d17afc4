"""The write-transaction guard: a nested ctx.transaction() fails at once, not after 120 s."""

from __future__ import annotations

import time

import pytest

from soum_desk.services.core.context import NestedTransactionError


def test_a_nested_write_transaction_fails_at_once(ctx):
    started = time.monotonic()
    with ctx.transaction(), pytest.raises(NestedTransactionError, match="pass the session down"), \
            ctx.transaction():
        pass  # pragma: no cover - never entered
    assert time.monotonic() - started < 5


def test_the_guard_is_released_after_a_transaction_and_after_an_error(ctx):
    with ctx.transaction():
        pass
    with pytest.raises(ValueError), ctx.transaction():
        raise ValueError("boom")
    with ctx.transaction():  # neither left the guard set
        pass


def test_reading_inside_a_transaction_is_allowed(ctx):
    with ctx.transaction(), ctx.reading() as session:
        assert session is not None
