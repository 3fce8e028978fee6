"""The supervisor's ("Office") pages: batches, approvals, audit trail, reports."""
