"""The dashboard's figures and the chart series."""
