"""The letters area: register, reply control, figures, import."""
