"""Widgets shared by the areas: paged table model, attachments panel."""
