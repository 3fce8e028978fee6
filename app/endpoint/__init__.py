"""The provisioning service devices talk to (`dps-station serve`): Azure-DPS-compatible MQTT 3.1.1 over TLS,
MQTT over WebSockets, HTTPS and a plain bootstrap route. Calls app.services.device_registration for every use case."""
