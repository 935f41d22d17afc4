"""Letters (албан хэрэг хөтлөлт): register, lists and search, figures, bundle rows."""
