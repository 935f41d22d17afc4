"""Widgets shared by the areas: paged table model, report preview, attachments panel."""
