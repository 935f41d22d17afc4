"""Plan execution area: plan editor, period entry, head's review, import wizard, reports."""
