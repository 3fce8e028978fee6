// One registration with the unmodified Azure IoT Node SDK. Input: JSON on stdin
// {host, id_scope, registration_id, key, transport: "mqtt" | "mqtt-ws" | "http", payload}. Output: one JSON line.
// The CA comes from NODE_EXTRA_CA_CERTS.
'use strict';
const ProvisioningDeviceClient = require('azure-iot-provisioning-device').ProvisioningDeviceClient;
const SymmetricKeySecurityClient = require('azure-iot-security-symmetric-key').SymmetricKeySecurityClient;

let input = '';
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const spec = JSON.parse(input);
  const mqtt = require('azure-iot-provisioning-device-mqtt');
  const Transport = spec.transport === 'http' ? require('azure-iot-provisioning-device-http').Http
    : (spec.transport === 'mqtt-ws' ? mqtt.MqttWs : mqtt.Mqtt);
  const security = new SymmetricKeySecurityClient(spec.registration_id, spec.key);
  const client = ProvisioningDeviceClient.create(spec.host, spec.id_scope, new Transport(), security);
  if (spec.payload !== undefined && spec.payload !== null) {
    client.setProvisioningPayload(spec.payload);
  }
  client.register((err, result) => {
    if (err) {
      console.log(JSON.stringify({ ok: false, error: err.name || err.constructor.name, message: String(err.message),
        status: err.result ? err.result.status : null }));
    } else {
      console.log(JSON.stringify({ ok: true, status: result.status, device_id: result.deviceId,
        assigned_hub: result.assignedHub, substatus: result.substatus, payload: result.payload,
        registration_id: result.registrationId }));
    }
    process.exit(0);
  });
});
