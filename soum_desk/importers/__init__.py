"""Importers: files in (xlsx plan tables, legacy registers)."""
