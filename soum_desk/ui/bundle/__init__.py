"""The office side of the bundle: keys, approving a period for export, the export wizard."""
