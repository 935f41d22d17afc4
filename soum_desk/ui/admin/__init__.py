"""Administration views: audit log, backups, settings, users."""
