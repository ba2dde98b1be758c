"""Tabular formats: the layout shared by the XLSX workbook and the CSV data package."""
