"""Batch reports: CSV (csv_report.py, no Qt) and PDF with a progress chart (QtGui only), drawn from the plain
BatchReport of app/services/report_model.py (services never import this package).

Nothing here imports QtWidgets; the PDF is drawn with QPainter on a QPdfWriter, so the CLI renders it
headless and the window renders it on a worker thread.
"""
