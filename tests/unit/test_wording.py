"""Counts in words: singular for one, plural otherwise, thousands separated."""

from app.domain.wording import count_of


def test_count_of() -> None:
    assert count_of(1, "device") == "1 device"
    assert count_of(0, "device") == "0 devices"
    assert count_of(2_500, "device") == "2,500 devices"
    assert count_of(1, "anomaly", "anomalies") == "1 anomaly"
    assert count_of(3, "anomaly", "anomalies") == "3 anomalies"
