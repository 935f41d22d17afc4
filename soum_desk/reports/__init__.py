"""Report kit: PDF (reportlab) and XLSX (openpyxl) in the office's forms; one module per form."""
