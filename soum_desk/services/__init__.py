"""Use cases: one function per thing a clerk does. No Qt here."""
