"""Batch reports: the data (model.py, no Qt), CSV (csv_report.py, no Qt) and PDF with a progress chart (QtGui only).

Nothing here imports QtWidgets; the PDF is drawn with QPainter on a QPdfWriter, so the CLI renders it
headless and the window renders it on a worker thread.
"""
