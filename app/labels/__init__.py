"""Labels: templates, QPainter rendering (PDF, printer, PNG), ZPL, print-and-verify, jobs. QtGui only, no widgets."""
