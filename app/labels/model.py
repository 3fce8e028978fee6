"""What one label shows: plain data, no Qt, no database."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LabelData:
    sn: str
    group_id: str
    group_name: str
    batch: str | None
    product_key: str
    manual_code: str  # formatted, 1234-5678-9012
    payload: str  # the signed QR payload text

    def text_of(self, field: str) -> str:
        """The text printed in the template field `field` ("" when the label has nothing for it)."""
        if field == "sn":
            return self.sn
        if field == "manual_code":
            return self.manual_code
        if field == "group_name":
            return self.group_name
        if field == "batch":
            return f"Batch {self.batch}" if self.batch else ""
        if field == "product_key":
            return self.product_key
        raise KeyError(field)
