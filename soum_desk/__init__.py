"""SoumDesk: plan execution, petitions, correspondence and archive for soum governor's offices."""

__version__ = "0.1.0"
APP_NAME = "SoumDesk"
