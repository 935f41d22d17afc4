"""Plans (төлөвлөгөөний биелэлт): documents and their tree, progress, scoring, import, reports, bundle rows."""
