"""The quarterly bundle at the office: approval, keys, export, verification."""
