"""The core every area uses: context and transactions, audit log, settings, users, office, backups,
attachments, report headers and signatories (`reporting`) and the import preview (`importing`).

No re-exports here: every area imports these modules, so this package stays free of imports.
"""
