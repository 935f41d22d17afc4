"""The province hub: registry of offices and keys, bundle import, consolidation and ranking.

Public face: `report_data` (the consolidated report, drawn by `reports/province_report`)."""

from soum_desk.services.province.report import report_data

__all__ = ["report_data"]
