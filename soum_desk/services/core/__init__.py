"""The core every area uses: context and transactions, audit log, settings, users, office, backups, attachments."""
