<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActionButtons</name>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <source>Reprovision…</source>
        <translation>Neu bereitstellen…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Sperren…</translation>
    </message>
    <message>
        <source>Scan → fill in → &lt;b&gt;Ctrl+Enter&lt;/b&gt; activates. Esc returns to the scan field.</source>
        <translation>Scannen → ausfüllen → &lt;b&gt;Strg+Eingabe&lt;/b&gt; aktiviert. Esc kehrt zum Scanfeld zurück.</translation>
    </message>
    <message>
        <source>Save master data</source>
        <translation>Stammdaten speichern</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Entsperren</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Vollständiger Name</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;olle</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>User name: 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Benutzername: 1–64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
</context>
<context>
    <name>AnomalyModel</name>
    <message>
        <source>Anomaly</source>
        <translation>Auffälligkeit</translation>
    </message>
    <message>
        <source>SN</source>
        <translation>SN</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>AttributeDialog</name>
    <message>
        <source>Edit attribute %s</source>
        <translation>Attribut %s bearbeiten</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Attribut hinzufügen</translation>
    </message>
    <message>
        <source>e.g. rated_voltage</source>
        <translation>z. B. rated_voltage</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Ja / nein</translation>
    </message>
    <message>
        <source>Choice (enum)</source>
        <translation>Auswahl (Enum)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>A device must have a value</source>
        <translation>Ein Gerät muss einen Wert haben</translation>
    </message>
    <message>
        <source>comma-separated, e.g. red, green, blue</source>
        <translation>durch Kommas getrennt, z. B. red, green, blue</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>kein Minimum</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>kein Maximum</translation>
    </message>
    <message>
        <source>regular expression the whole value must match</source>
        <translation>regulärer Ausdruck, dem der ganze Wert entsprechen muss</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>&amp;Pflichtfeld</translation>
    </message>
    <message>
        <source>&amp;Choices</source>
        <translation>&amp;Auswahlwerte</translation>
    </message>
    <message>
        <source>M&amp;inimum</source>
        <translation>M&amp;inimum</translation>
    </message>
    <message>
        <source>M&amp;aximum</source>
        <translation>M&amp;aximum</translation>
    </message>
    <message>
        <source>&amp;Pattern</source>
        <translation>&amp;Muster</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Vorgabe</translation>
    </message>
    <message>
        <source>Rules stay as they were defined: devices may already have values.</source>
        <translation>Die Regeln bleiben, wie sie festgelegt wurden: Geräte können bereits Werte haben.</translation>
    </message>
    <message>
        <source>shown to users</source>
        <translation>wird Benutzern angezeigt</translation>
    </message>
    <message>
        <source>e.g. 230</source>
        <translation>z. B. 230</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>one of the choices</source>
        <translation>einer der Auswahlwerte</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>latitude,longitude or a place name</source>
        <translation>Breite,Länge oder ein Ortsname</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>AttributeModel</name>
    <message>
        <source>matches %s</source>
        <translation>passt zu %s</translation>
    </message>
    <message>
        <source>IANA time zone</source>
        <translation>IANA-Zeitzone</translation>
    </message>
    <message>
        <source>at most %s characters</source>
        <translation>höchstens %s Zeichen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigenes</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Built-in attribute: part of every installation, read-only.</source>
        <translation>Eingebautes Attribut: in jeder Installation vorhanden, schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>SN</source>
        <translation>SN</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>any action (prefix)</source>
        <translation>jede Aktion (Präfix)</translation>
    </message>
    <message>
        <source>station id</source>
        <translation>Stations-ID</translation>
    </message>
    <message>
        <source>device SN</source>
        <translation>Geräte-SN</translation>
    </message>
    <message>
        <source>registration group</source>
        <translation>Registrierungsgruppe</translation>
    </message>
    <message>
        <source>words in action, SN, user, group</source>
        <translation>Wörter in Aktion, SN, Benutzer, Gruppe</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>SN</source>
        <translation>SN</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation>Prüfprotokoll verifizieren</translation>
    </message>
    <message>
        <source>Check every station&apos;s hash chain for edited, removed or reordered events</source>
        <translation>Die Hash-Kette jeder Station auf geänderte, entfernte oder umsortierte Ereignisse prüfen</translation>
    </message>
    <message>
        <source>Not verified in this session.</source>
        <translation>In dieser Sitzung nicht verifiziert.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No event matches this filter.</source>
        <translation>Kein Ereignis passt zu diesem Filter.</translation>
    </message>
    <message>
        <source>%1 shown, newest first; more load as you scroll.</source>
        <translation>%1 angezeigt, neueste zuerst; beim Blättern wird mehr geladen.</translation>
    </message>
    <message>
        <source>%1, newest first.</source>
        <translation>%1, neueste zuerst.</translation>
    </message>
    <message>
        <source>Verifying every hash chain…</source>
        <translation>Alle Hash-Ketten werden verifiziert…</translation>
    </message>
    <message>
        <source>Intact: %1 from %2; every hash chain checks out.</source>
        <translation>Intakt: %1 von %2; jede Hash-Kette ist in Ordnung.</translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation>Beschädigt: %1</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation> (und %1 weitere)</translation>
    </message>
    <message>
        <source>Could not verify.</source>
        <translation>Verifizierung nicht möglich.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Rename batch %s</source>
        <translation>Charge %s umbenennen</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>Neue Charge</translation>
    </message>
    <message>
        <source>Registration group</source>
        <translation>Registrierungsgruppe</translation>
    </message>
    <message>
        <source>printed on the labels, e.g. 2026-11-A</source>
        <translation>wird auf die Etiketten gedruckt, z. B. 2026-11-A</translation>
    </message>
    <message>
        <source>Batch &amp;number</source>
        <translation>Chargen&amp;nummer</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>%d of %d activated</source>
        <translation>%d von %d aktiviert</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>No devices in this batch yet.</source>
        <translation>Noch keine Geräte in dieser Charge.</translation>
    </message>
</context>
<context>
    <name>BatchProgressModel</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>%1% activated</source>
        <translation>%1 % aktiviert</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(kein Kommentar)</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>BatchesView</name>
    <message>
        <source>&amp;New batch…</source>
        <translation>&amp;Neue Charge…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Print labels…</source>
        <translation>Etiketten &amp;drucken…</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Chargen</translation>
    </message>
    <message>
        <source>Batches of %s</source>
        <translation>Chargen von %s</translation>
    </message>
    <message>
        <source>Pick a registration group above to see its batches.</source>
        <translation>Oben eine Registrierungsgruppe wählen, um ihre Chargen zu sehen.</translation>
    </message>
    <message>
        <source>No batches in %s yet. Create one, then register devices into it.</source>
        <translation>Noch keine Chargen in %s. Legen Sie eine an und registrieren Sie dann Geräte darin.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A device labelled longer ago than this and not installed is an anomaly</source>
        <translation>Ein Gerät, das vor längerer Zeit etikettiert und nicht installiert wurde, gilt als Auffälligkeit</translation>
    </message>
    <message>
        <source>A device registered longer ago than this without a label is an anomaly (0: at once)</source>
        <translation>Ein Gerät, das vor längerer Zeit registriert wurde und kein Etikett hat, gilt als Auffälligkeit (0: sofort)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Registration group:</source>
        <translation>Registrierungsgruppe:</translation>
    </message>
    <message>
        <source>Labelled, not installed after:</source>
        <translation>Etikettiert, nicht installiert nach:</translation>
    </message>
    <message>
        <source>Registered, not labelled after:</source>
        <translation>Registriert, nicht etikettiert nach:</translation>
    </message>
    <message>
        <source>Select a batch to see its progress and anomalies.</source>
        <translation>Eine Charge auswählen, um Fortschritt und Auffälligkeiten zu sehen.</translation>
    </message>
    <message>
        <source>Approve batch…</source>
        <translation>Charge freigeben…</translation>
    </message>
    <message>
        <source>Reject batch…</source>
        <translation>Charge ablehnen…</translation>
    </message>
    <message>
        <source>Reopen review…</source>
        <translation>Prüfung wieder öffnen…</translation>
    </message>
    <message>
        <source>Take back the approval or rejection: the batch is open again</source>
        <translation>Freigabe oder Ablehnung zurücknehmen: die Charge ist wieder offen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Progress by state</source>
        <translation>Fortschritt nach Zustand</translation>
    </message>
    <message>
        <source>No registration group yet.</source>
        <translation>Noch keine Registrierungsgruppe.</translation>
    </message>
    <message>
        <source>%1 of group %2 outside any batch</source>
        <translation>%1 der Gruppe %2 ohne Charge</translation>
    </message>
    <message>
        <source>%1 naming no known group</source>
        <translation>%1 ohne bekannte Gruppe</translation>
    </message>
    <message>
        <source>Refused labels (forged, altered or unreadable): %1. The audit trail lists them (action scan.refused).</source>
        <translation>Abgewiesene Etiketten (gefälscht, verändert oder unlesbar): %1. Das Prüfprotokoll führt sie auf (Aktion scan.refused).</translation>
    </message>
    <message>
        <source>Group %1: %2 in %3, %4 activated, %5 failed; %6 without a batch.</source>
        <translation>Gruppe %1: %2 in %3, %4 aktiviert, %5 fehlgeschlagen; %6 ohne Charge.</translation>
    </message>
    <message>
        <source>Batch %1 · %2</source>
        <translation>Charge %1 · %2</translation>
    </message>
    <message>
        <source>Only a supervisor may approve or reject</source>
        <translation>Nur ein Supervisor darf freigeben oder ablehnen</translation>
    </message>
    <message>
        <source>Open: not reviewed yet.</source>
        <translation>Offen: noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Looking for anomalies…</source>
        <translation>Suche nach Auffälligkeiten…</translation>
    </message>
    <message>
        <source>No anomalies in this batch.</source>
        <translation>Keine Auffälligkeiten in dieser Charge.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Approve batch %1</source>
        <translation>Charge %1 freigeben</translation>
    </message>
    <message>
        <source>Reject batch %1</source>
        <translation>Charge %1 ablehnen</translation>
    </message>
    <message>
        <source>Approve batch %1 of %2 (%3)? It is not finished yet:</source>
        <translation>Charge %1 von %2 (%3) freigeben? Sie ist noch nicht fertig:</translation>
    </message>
    <message>
        <source>Approve batch %1 of %2 (%3)? Every device is installed and there are no open anomalies.</source>
        <translation>Charge %1 von %2 (%3) freigeben? Alle Geräte sind installiert, und es gibt keine offenen Auffälligkeiten.</translation>
    </message>
    <message>
        <source>Reject batch %1 of %2 (%3)? Say why: the technicians see the comment.</source>
        <translation>Charge %1 von %2 (%3) ablehnen? Bitte begründen: die Techniker sehen den Kommentar.</translation>
    </message>
    <message>
        <source>Reopen the review of batch %1</source>
        <translation>Prüfung der Charge %1 wieder öffnen</translation>
    </message>
    <message>
        <source>Batch %1 was %2 by %3. Reopen its review? The batch becomes open again and can be approved or rejected anew; say why (recorded in the audit trail).</source>
        <translation>Charge %1 wurde von %3 %2. Prüfung wieder öffnen? Die Charge wird wieder offen und kann erneut freigegeben oder abgelehnt werden; bitte begründen (wird im Prüfprotokoll festgehalten).</translation>
    </message>
    <message>
        <source>Reopen review</source>
        <translation>Prüfung wieder öffnen</translation>
    </message>
    <message>
        <source>Reopening a review needs a comment saying why.</source>
        <translation>Zum Wiederöffnen einer Prüfung ist ein Kommentar mit Begründung nötig.</translation>
    </message>
    <message>
        <source>reopened for review</source>
        <translation>zur Prüfung wieder geöffnet</translation>
    </message>
    <message>
        <source>Batch %1 %2.</source>
        <translation>Charge %1 %2.</translation>
    </message>
</context>
<context>
    <name>CameraControls</name>
    <message>
        <source>Camera, or a video file to scan from</source>
        <translation>Kamera oder Videodatei, aus der gescannt wird</translation>
    </message>
    <message>
        <source>Resolution asked of the camera (many webcams give 640x480 unless asked)</source>
        <translation>Von der Kamera angeforderte Auflösung (viele Webcams liefern sonst 640x480)</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Look for cameras again (after plugging one in)</source>
        <translation>Erneut nach Kameras suchen (nach dem Anschließen)</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Kamera:</translation>
    </message>
    <message>
        <source>%s (%d)</source>
        <translation>%s (%d)</translation>
    </message>
    <message>
        <source>No camera (scanner or typing)</source>
        <translation>Keine Kamera (Scanner oder Eingabe)</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Videodatei…</translation>
    </message>
    <message>
        <source>Scan from a video file</source>
        <translation>Aus einer Videodatei scannen</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All (*)</source>
        <translation>Videos (*.mp4 *.avi *.mkv *.mov *.webm);;Alle (*)</translation>
    </message>
</context>
<context>
    <name>CameraPane</name>
    <message>
        <source>No camera found</source>
        <translation>Keine Kamera gefunden</translation>
    </message>
    <message>
        <source>Camera %s is not connected</source>
        <translation>Kamera %s ist nicht angeschlossen</translation>
    </message>
    <message>
        <source>No camera chosen: pick one above</source>
        <translation>Keine Kamera gewählt: oben eine auswählen</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Kamera aus</translation>
    </message>
    <message>
        <source>Starting %s…</source>
        <translation>%s wird gestartet…</translation>
    </message>
    <message>
        <source>camera: starting %s</source>
        <translation>Kamera: %s wird gestartet</translation>
    </message>
    <message>
        <source>camera: %s%s</source>
        <translation>Kamera: %s%s</translation>
    </message>
    <message>
        <source>camera: %s</source>
        <translation>Kamera: %s</translation>
    </message>
    <message>
        <source>Camera unplugged</source>
        <translation>Kamera getrennt</translation>
    </message>
    <message>
        <source>The USB scanner and typing still work.</source>
        <translation>USB-Scanner und Eingabe funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>camera: unplugged, waiting for it</source>
        <translation>Kamera: getrennt, warte darauf</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
    <message>
        <source>Camera stopped</source>
        <translation>Kamera angehalten</translation>
    </message>
    <message>
        <source>Scan with a USB scanner or type the SN or manual code in the field below.</source>
        <translation>Mit einem USB-Scanner scannen oder die SN bzw. den manuellen Code unten eingeben.</translation>
    </message>
    <message>
        <source>camera: none (%s); scanner and typing work</source>
        <translation>Kamera: keine (%s); Scanner und Eingabe funktionieren</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
    <message>
        <source>Scan with a USB scanner or type the SN or manual code below.</source>
        <translation>Mit einem USB-Scanner scannen oder die SN bzw. den manuellen Code unten eingeben.</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>A rejection needs a comment saying why.</source>
        <translation>Eine Ablehnung braucht einen Kommentar mit Begründung.</translation>
    </message>
    <message>
        <source>I have seen these warnings and approve anyway</source>
        <translation>Ich habe diese Warnungen gesehen und gebe trotzdem frei</translation>
    </message>
    <message>
        <source>Why? (required)</source>
        <translation>Warum? (Pflicht)</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (optional)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Tick the box to approve despite the warnings.</source>
        <translation>Kästchen ankreuzen, um trotz der Warnungen freizugeben.</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>changed on both sides</source>
        <translation>auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>deleted on one side, changed on the other</source>
        <translation>auf einer Seite gelöscht, auf der anderen geändert</translation>
    </message>
    <message>
        <source>same key (SN, name) created on both sides</source>
        <translation>gleicher Schlüssel (SN, Name) auf beiden Seiten angelegt</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Registration group</source>
        <translation>Registrierungsgruppe</translation>
    </message>
    <message>
        <source>Master data group</source>
        <translation>Stammdatengruppe</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Reprovision request</source>
        <translation>Anfrage zur Neubereitstellung</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Third-party code</source>
        <translation>Fremdhersteller-Code</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>this station</source>
        <translation>diese Station</translation>
    </message>
    <message>
        <source>central</source>
        <translation>zentral</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Abweichende Felder</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>(bookkeeping only)</source>
        <translation>(nur Verwaltungsdaten)</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Loading conflicts…</source>
        <translation>Konflikte werden geladen…</translation>
    </message>
    <message>
        <source>every group</source>
        <translation>jede Gruppe</translation>
    </message>
    <message>
        <source>every batch</source>
        <translation>jede Charge</translation>
    </message>
    <message>
        <source>every kind</source>
        <translation>jede Art</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Diese Station</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Zentral</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation>&amp;Alle angezeigten auswählen</translation>
    </message>
    <message>
        <source>Keep this station&apos;s version</source>
        <translation>Version dieser Station behalten</translation>
    </message>
    <message>
        <source>Keep the central version</source>
        <translation>Zentrale Version behalten</translation>
    </message>
    <message>
        <source>Merge the chosen fields</source>
        <translation>Gewählte Felder zusammenführen</translation>
    </message>
    <message>
        <source>Rename this station&apos;s one…</source>
        <translation>Die dieser Station umbenennen…</translation>
    </message>
    <message>
        <source>Keep central, retire this station&apos;s copy</source>
        <translation>Zentral behalten, Kopie dieser Station stilllegen</translation>
    </message>
    <message>
        <source>Keep this station&apos;s device, retire the central copy</source>
        <translation>Gerät dieser Station behalten, zentrale Kopie stilllegen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Only a supervisor may resolve sync conflicts</source>
        <translation>Nur ein Supervisor darf Synchronisationskonflikte lösen</translation>
    </message>
    <message>
        <source>1 open conflict</source>
        <translation>1 offener Konflikt</translation>
    </message>
    <message>
        <source>%1 open conflicts</source>
        <translation>%1 offene Konflikte</translation>
    </message>
    <message>
        <source>, %1 shown</source>
        <translation>, %1 angezeigt</translation>
    </message>
    <message>
        <source>. Select several (Shift, Ctrl) to resolve them together.</source>
        <translation>. Mehrere auswählen (Umschalt, Strg), um sie gemeinsam aufzulösen.</translation>
    </message>
    <message>
        <source>Keep central, retire this station&apos;s copies</source>
        <translation>Zentral behalten, Kopien dieser Station stilllegen</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>keep this station&apos;s version of each</source>
        <translation>von jedem die Version dieser Station behalten</translation>
    </message>
    <message>
        <source>keep the central version of each</source>
        <translation>von jedem die zentrale Version behalten</translation>
    </message>
    <message>
        <source>keep each central device and retire this station&apos;s copy</source>
        <translation>jedes zentrale Gerät behalten und die Kopie dieser Station stilllegen</translation>
    </message>
    <message>
        <source>Resolve %1 conflicts</source>
        <translation>%1 Konflikte auflösen</translation>
    </message>
    <message>
        <source>Resolve the %1 selected conflicts: %2? The result syncs with the next sync; the audit trail keeps the versions discarded.</source>
        <translation>Die %1 ausgewählten Konflikte auflösen: %2? Das Ergebnis wird mit der nächsten Synchronisation übertragen; das Prüfprotokoll behält die verworfenen Versionen.</translation>
    </message>
    <message>
        <source>Resolve %1</source>
        <translation>%1 auflösen</translation>
    </message>
    <message>
        <source>%1 conflict(s) resolved; the result syncs with the next sync.</source>
        <translation>%1 Konflikt(e) aufgelöst; das Ergebnis wird mit der nächsten Synchronisation übertragen.</translation>
    </message>
    <message>
        <source>unexpected error (%1); details are in the log file</source>
        <translation>unerwarteter Fehler (%1); Einzelheiten stehen in der Protokolldatei</translation>
    </message>
    <message>
        <source>Not connected to a central database: nothing has synced and there are no conflicts. Changes stay on this station until it is connected to one.</source>
        <translation>Nicht mit einer zentralen Datenbank verbunden: nichts wurde synchronisiert, es gibt keine Konflikte. Änderungen bleiben auf dieser Station, bis sie mit einer verbunden ist.</translation>
    </message>
    <message>
        <source>No open conflicts: every change has synced or waits for the next sync.</source>
        <translation>Keine offenen Konflikte: jede Änderung ist synchronisiert oder wartet auf die nächste Synchronisation.</translation>
    </message>
    <message>
        <source>Rename this station&apos;s one</source>
        <translation>Die dieser Station umbenennen</translation>
    </message>
    <message>
        <source>New %1 for this station&apos;s %2 (the other one keeps its own):</source>
        <translation>Neue %1 für %2 dieser Station (das andere behält seine eigene):</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>Wird gelöst…</translation>
    </message>
</context>
<context>
    <name>DatabaseWaitRelay</name>
    <message>
        <source>The database is free again</source>
        <translation>Die Datenbank ist wieder frei</translation>
    </message>
</context>
<context>
    <name>DeviceDetailsDialog</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Zuweisungen</translation>
    </message>
    <message>
        <source>Reprovisions</source>
        <translation>Neubereitstellungen</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrierungen</translation>
    </message>
    <message>
        <source>Third-party code</source>
        <translation>Fremdhersteller-Code</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Prüfverlauf</translation>
    </message>
    <message>
        <source>Device %1 in %2</source>
        <translation>Gerät %1 in %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Angefragt von</translation>
    </message>
    <message>
        <source>Asset ID</source>
        <translation>Asset-ID</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Labels printed</source>
        <translation>Gedruckte Etiketten</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Manual code</source>
        <translation>Manueller Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No audit events for this device.</source>
        <translation>Keine Prüfereignisse für dieses Gerät.</translation>
    </message>
    <message>
        <source>No reprovision requests.</source>
        <translation>Keine Anfragen zur Neubereitstellung.</translation>
    </message>
    <message>
        <source>Not allocated yet: the device is allocated when it is activated.</source>
        <translation>Noch nicht zugewiesen: das Gerät wird beim Aktivieren zugewiesen.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>OU</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Registration group</source>
        <translation>Registrierungsgruppe</translation>
    </message>
    <message>
        <source>SN</source>
        <translation>SN</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Substatus</source>
        <translation>Unterstatus</translation>
    </message>
    <message>
        <source>The device has not registered with the provisioning service yet.</source>
        <translation>Das Gerät hat sich noch nicht beim Bereitstellungsdienst registriert.</translation>
    </message>
    <message>
        <source>This device&apos;s group has no master data.</source>
        <translation>Die Gruppe dieses Geräts hat keine Stammdaten.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>not in the master data group</source>
        <translation>nicht in der Stammdatengruppe</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <source>No device</source>
        <translation>Kein Gerät</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Charge:</translation>
    </message>
    <message>
        <source>Allocated in:</source>
        <translation>Zugewiesen in:</translation>
    </message>
    <message>
        <source>Asset ID:</source>
        <translation>Asset-ID:</translation>
    </message>
    <message>
        <source>Reprovision:</source>
        <translation>Neubereitstellung:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Registriert:</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Substatus</source>
        <translation>Unterstatus</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%s (policy for reprovisioning: %s)</source>
        <translation>%s (Regel für Neubereitstellung: %s)</translation>
    </message>
    <message>
        <source>none (retired; its allocation was revoked)</source>
        <translation>keine (stillgelegt; die Zuweisung wurde widerrufen)</translation>
    </message>
    <message>
        <source>not allocated (group target: %s / %s)</source>
        <translation>nicht zugewiesen (Gruppenziel: %s / %s)</translation>
    </message>
    <message>
        <source>Last error: %s</source>
        <translation>Letzter Fehler: %s</translation>
    </message>
    <message>
        <source>replaced by %s</source>
        <translation>ersetzt durch %s</translation>
    </message>
    <message>
        <source>Retired: %s</source>
        <translation>Stillgelegt: %s</translation>
    </message>
    <message>
        <source>yes, %s</source>
        <translation>ja, %s</translation>
    </message>
    <message>
        <source>refused: %s</source>
        <translation>abgewiesen: %s</translation>
    </message>
    <message>
        <source>not yet (the device has not reached the provisioning service)</source>
        <translation>noch nicht (das Gerät hat den Bereitstellungsdienst nicht erreicht)</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <source>replaced by %s</source>
        <translation>ersetzt durch %s</translation>
    </message>
    <message>
        <source>SN</source>
        <translation>SN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Asset ID</source>
        <translation>Asset-ID</translation>
    </message>
    <message>
        <source>Manual code</source>
        <translation>Manueller Code</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>Filter: SN or name prefix, asset ID, manual code</source>
        <translation>Filter: SN- oder Namenspräfix, Asset-ID, manueller Code</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Alle Chargen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Charge:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Register device…</source>
        <translation>Gerät registrieren…</translation>
    </message>
    <message>
        <source>Register range…</source>
        <translation>Bereich registrieren…</translation>
    </message>
    <message>
        <source>Import CSV/XLSX…</source>
        <translation>CSV/XLSX importieren…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>Etiketten drucken…</translation>
    </message>
    <message>
        <source>Labels of the selected devices, or of the batch filtered on</source>
        <translation>Etiketten der ausgewählten Geräte oder der gefilterten Charge</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Device list or provisioning files of the group, the batch filtered on, or the selected devices</source>
        <translation>Geräteliste oder Bereitstellungsdateien der Gruppe, der gefilterten Charge oder der ausgewählten Geräte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No registration group chosen</source>
        <translation>Keine Registrierungsgruppe gewählt</translation>
    </message>
    <message>
        <source>Counting… (%s shown)</source>
        <translation>Wird gezählt… (%s angezeigt)</translation>
    </message>
    <message>
        <source>%s (%s shown)</source>
        <translation>%s (%s angezeigt)</translation>
    </message>
    <message>
        <source>Only devices that are not disabled, replaced or discarded can be disabled</source>
        <translation>Nur Geräte, die nicht gesperrt, ersetzt oder verworfen sind, können gesperrt werden</translation>
    </message>
    <message>
        <source>Only disabled devices can be enabled</source>
        <translation>Nur gesperrte Geräte können entsperrt werden</translation>
    </message>
    <message>
        <source>Activated devices must be disabled before they are deleted</source>
        <translation>Aktivierte Geräte müssen vor dem Löschen gesperrt werden</translation>
    </message>
    <message>
        <source>All %s matching devices selected:</source>
        <translation>Alle %s passenden Geräte ausgewählt:</translation>
    </message>
    <message>
        <source>%s selected:</source>
        <translation>%s ausgewählt:</translation>
    </message>
    <message>
        <source>Select devices to act on them:</source>
        <translation>Geräte auswählen, um sie zu bearbeiten:</translation>
    </message>
    <message>
        <source>the</source>
        <translation>die</translation>
    </message>
    <message>
        <source>Disable devices</source>
        <translation>Geräte sperren</translation>
    </message>
    <message>
        <source>Disable %s of group %s. Reason (for the audit trail, optional):</source>
        <translation>%s der Gruppe %s sperren. Grund (für das Prüfprotokoll, optional):</translation>
    </message>
    <message>
        <source>Disabling</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>%d disabled</source>
        <translation>%d gesperrt</translation>
    </message>
    <message>
        <source>Enabling</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>%d enabled</source>
        <translation>%d entsperrt</translation>
    </message>
    <message>
        <source>Delete %s from group %s?
%s

They disappear from every list; the deletion is audited and syncs to the central database.</source>
        <translation>%s aus der Gruppe %s löschen?
%s

Sie verschwinden aus allen Listen; das Löschen wird protokolliert und mit der zentralen Datenbank synchronisiert.</translation>
    </message>
    <message>
        <source>%s of batch %s (approved by %s)</source>
        <translation>%s der Charge %s (freigegeben von %s)</translation>
    </message>
    <message>
        <source>Approved batches: %s. Deleting changes what a supervisor approved.</source>
        <translation>Freigegebene Chargen: %s. Das Löschen ändert, was ein Supervisor freigegeben hat.</translation>
    </message>
    <message>
        <source>Delete devices</source>
        <translation>Geräte löschen</translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation>Trotzdem löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%d deleted</source>
        <translation>%d gelöscht</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>; %d not changed</source>
        <translation>; %d nicht geändert</translation>
    </message>
    <message>
        <source>… and %d more</source>
        <translation>… und %d weitere</translation>
    </message>
    <message>
        <source>Not every device was changed</source>
        <translation>Nicht jedes Gerät wurde geändert</translation>
    </message>
</context>
<context>
    <name>DisablePage</name>
    <message>
        <source>why (for the audit trail), e.g. damaged on delivery</source>
        <translation>warum (für das Prüfprotokoll), z. B. bei Lieferung beschädigt</translation>
    </message>
    <message>
        <source>Disable device</source>
        <translation>Gerät sperren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Disable %s&lt;/b&gt;: it cannot be activated until it is enabled again.</source>
        <translation>&lt;b&gt;%s sperren&lt;/b&gt;: es kann erst wieder aktiviert werden, wenn es entsperrt ist.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export from %s</source>
        <translation>Export aus %s</translation>
    </message>
    <message>
        <source>Device list (CSV, XLSX or JSON, by the file name)</source>
        <translation>Geräteliste (CSV, XLSX oder JSON, nach Dateiname)</translation>
    </message>
    <message>
        <source>Provisioning files for flashing (JSON)</source>
        <translation>Bereitstellungsdateien zum Flashen (JSON)</translation>
    </message>
    <message>
        <source>All devices of group %s</source>
        <translation>Alle Geräte der Gruppe %s</translation>
    </message>
    <message>
        <source>Batch %s</source>
        <translation>Charge %s</translation>
    </message>
    <message>
        <source>The selected %s</source>
        <translation>Die ausgewählten %s</translation>
    </message>
    <message>
        <source>One file per device (SN.json in a folder)</source>
        <translation>Eine Datei pro Gerät (SN.json in einem Ordner)</translation>
    </message>
    <message>
        <source>One file for all (a .json file)</source>
        <translation>Eine Datei für alle (eine .json-Datei)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Include secrets (device keys; device secrets of activated devices)</source>
        <translation>Geheimnisse einschließen (Geräteschlüssel; Gerätegeheimnisse aktivierter Geräte)</translation>
    </message>
    <message>
        <source>Your role may not export secrets.</source>
        <translation>Ihre Rolle darf keine Geheimnisse exportieren.</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Geräte:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>A device list covers the group or a batch; choose one of them, or provisioning files for the selected devices.</source>
        <translation>Eine Geräteliste umfasst die Gruppe oder eine Charge; wählen Sie eines davon oder Bereitstellungsdateien für die ausgewählten Geräte.</translation>
    </message>
    <message>
        <source>End the file name in %s.</source>
        <translation>Der Dateiname muss auf %s enden.</translation>
    </message>
    <message>
        <source>End the file name in .json.</source>
        <translation>Der Dateiname muss auf .json enden.</translation>
    </message>
    <message>
        <source>Give a folder (one SN.json per device goes into it), not a .json file.</source>
        <translation>Einen Ordner angeben (darin eine SN.json pro Gerät), keine .json-Datei.</translation>
    </message>
    <message>
        <source>Folder for the provisioning files</source>
        <translation>Ordner für die Bereitstellungsdateien</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>CSV (*.csv);;Excel-Arbeitsmappe (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Export secrets</source>
        <translation>Geheimnisse exportieren</translation>
    </message>
    <message>
        <source>The file will hold the devices&apos; secrets: anyone with it can register these devices as their own. Keep it on an encrypted disk and delete it after flashing.

The export is recorded in the audit log under your name. Export with secrets?</source>
        <translation>Die Datei enthält die Geheimnisse der Geräte: Wer sie hat, kann diese Geräte als eigene registrieren. Bewahren Sie sie auf einem verschlüsselten Datenträger auf und löschen Sie sie nach dem Flashen.

Der Export wird unter Ihrem Namen im Prüfprotokoll festgehalten. Mit Geheimnissen exportieren?</translation>
    </message>
    <message>
        <source>Export with secrets</source>
        <translation>Mit Geheimnissen exportieren</translation>
    </message>
    <message>
        <source>Nothing exported: secrets were not confirmed.</source>
        <translation>Nichts exportiert: die Geheimnisse wurden nicht bestätigt.</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>Export läuft …</translation>
    </message>
    <message>
        <source>Exported %s to %s</source>
        <translation>%s nach %s exportiert</translation>
    </message>
</context>
<context>
    <name>FieldActions</name>
    <message>
        <source>Check the master data</source>
        <translation>Stammdaten prüfen</translation>
    </message>
    <message>
        <source>Activating</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Saving the master data of</source>
        <translation>Stammdaten speichern von</translation>
    </message>
    <message>
        <source>%s %s…</source>
        <translation>%s %s…</translation>
    </message>
    <message>
        <source>activated</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <source>master data saved</source>
        <translation>Stammdaten gespeichert</translation>
    </message>
    <message>
        <source>%s %s</source>
        <translation>%s %s</translation>
    </message>
    <message>
        <source>Activate it when ready (Ctrl+Enter).</source>
        <translation>Aktivieren, wenn bereit (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Next device: scan its label.</source>
        <translation>Nächstes Gerät: Etikett scannen.</translation>
    </message>
    <message>
        <source>%s failed</source>
        <translation>%s fehlgeschlagen</translation>
    </message>
    <message>
        <source>Replace a device</source>
        <translation>Gerät ersetzen</translation>
    </message>
    <message>
        <source>Scan or type the new device; what moves over is shown before you confirm.</source>
        <translation>Neues Gerät scannen oder eingeben; was übernommen wird, sehen Sie vor dem Bestätigen.</translation>
    </message>
    <message>
        <source>Scan or type the faulty device, then the new one.</source>
        <translation>Defektes Gerät scannen oder eingeben, dann das neue.</translation>
    </message>
    <message>
        <source>Scan the faulty device (its group is not known).</source>
        <translation>Defektes Gerät scannen (seine Gruppe ist unbekannt).</translation>
    </message>
    <message>
        <source>replaced by %s</source>
        <translation>ersetzt durch %s</translation>
    </message>
    <message>
        <source>replaces %s</source>
        <translation>ersetzt %s</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>new device replacing %s</source>
        <translation>neues Gerät als Ersatz für %s</translation>
    </message>
    <message>
        <source>%s replaced by %s</source>
        <translation>%s ersetzt durch %s</translation>
    </message>
    <message>
        <source>%s took over asset %s; %s is retired.</source>
        <translation>%s hat Asset %s übernommen; %s ist stillgelegt.</translation>
    </message>
    <message>
        <source>Activate %s when ready (Ctrl+Enter).</source>
        <translation>%s aktivieren, wenn bereit (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>reprovision to %s/%s awaits approval</source>
        <translation>Neubereitstellung nach %s/%s wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Sent for approval: pending</source>
        <translation>Zur Freigabe gesendet: ausstehend</translation>
    </message>
    <message>
        <source>A supervisor must approve reprovisioning %s to %s / %s; the request waits as pending (and syncs).</source>
        <translation>Ein Supervisor muss die Neubereitstellung von %s nach %s / %s freigeben; die Anfrage wartet als ausstehend (und wird synchronisiert).</translation>
    </message>
    <message>
        <source>reprovisioned to %s/%s</source>
        <translation>neu bereitgestellt nach %s/%s</translation>
    </message>
    <message>
        <source>%s reprovisioned to %s / %s</source>
        <translation>%s neu bereitgestellt nach %s / %s</translation>
    </message>
    <message>
        <source>New allocation made (policy %s); it completes when the device connects.</source>
        <translation>Neue Zuweisung erstellt (Regel %s); sie wird abgeschlossen, wenn sich das Gerät verbindet.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>%s disabled</source>
        <translation>%s gesperrt</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>entsperrt</translation>
    </message>
    <message>
        <source>%s enabled</source>
        <translation>%s entsperrt</translation>
    </message>
    <message>
        <source>Back to %s.</source>
        <translation>Zurück zu %s.</translation>
    </message>
</context>
<context>
    <name>FieldScanning</name>
    <message>
        <source>Replace: %s scanned</source>
        <translation>Ersetzen: %s gescannt</translation>
    </message>
    <message>
        <source>Third-party device</source>
        <translation>Fremdgerät</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Unbekanntes Gerät</translation>
    </message>
    <message>
        <source>Nothing to onboard</source>
        <translation>Nichts in Betrieb zu nehmen</translation>
    </message>
</context>
<context>
    <name>FieldSession</name>
    <message>
        <source>(any group)</source>
        <translation>(jede Gruppe)</translation>
    </message>
    <message>
        <source>Onboarding group: %s</source>
        <translation>Inbetriebnahme-Gruppe: %s</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>End this session? Its list of %s is cleared and its devices may be scanned again without counting as duplicates.</source>
        <translation>Diese Sitzung beenden? Ihre Liste mit %s wird geleert, und ihre Geräte können erneut gescannt werden, ohne als Duplikate zu zählen.</translation>
    </message>
    <message>
        <source>No device</source>
        <translation>Kein Gerät</translation>
    </message>
</context>
<context>
    <name>FieldView</name>
    <message>
        <source>Onboarding group:</source>
        <translation>Inbetriebnahme-Gruppe:</translation>
    </message>
    <message>
        <source>Devices of other groups are flagged</source>
        <translation>Geräte anderer Gruppen werden markiert</translation>
    </message>
    <message>
        <source>(any group)</source>
        <translation>(jede Gruppe)</translation>
    </message>
    <message>
        <source>Summary (F10)</source>
        <translation>Zusammenfassung (F10)</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>Master data (%s)</source>
        <translation>Stammdaten (%s)</translation>
    </message>
    <message>
        <source>%s registered</source>
        <translation>%s registriert</translation>
    </message>
    <message>
        <source>The device provisioned itself: %s</source>
        <translation>Das Gerät hat sich selbst bereitgestellt: %s</translation>
    </message>
    <message>
        <source>%s: registration %s</source>
        <translation>%s: Registrierung %s</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to DPS Station</source>
        <translation>Willkommen bei DPS Station</translation>
    </message>
    <message>
        <source>This station has no users yet. Name your organisation and create the first supervisor account; the supervisor can add technicians and installers later.</source>
        <translation>Diese Station hat noch keine Benutzer. Benennen Sie Ihre Organisation und legen Sie das erste Supervisor-Konto an; der Supervisor kann später Techniker und Installateure hinzufügen.</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Supervisor &amp;user name</source>
        <translation>Supervisor-&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Vollständiger Name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Enter the name of your organisation.</source>
        <translation>Geben Sie den Namen Ihrer Organisation ein.</translation>
    </message>
    <message>
        <source>User name: 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Benutzername: 1–64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Password: at least %d characters.</source>
        <translation>Passwort: mindestens %d Zeichen.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <source>&amp;New registration group…</source>
        <translation>&amp;Neue Registrierungsgruppe…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Registration groups</source>
        <translation>Registrierungsgruppen</translation>
    </message>
    <message>
        <source>Onboarding templates: devices are registered in a group and go to its OU and environment.</source>
        <translation>Inbetriebnahme-Vorlagen: Geräte werden in einer Gruppe registriert und gehen in deren OU und Umgebung.</translation>
    </message>
    <message>
        <source>Selected group</source>
        <translation>Ausgewählte Gruppe</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>&amp;Reveal…</source>
        <translation>&amp;Anzeigen…</translation>
    </message>
    <message>
        <source>Shows the Group Secret after a confirmation; recorded in the audit trail.</source>
        <translation>Zeigt das Gruppengeheimnis nach einer Bestätigung; wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Group Secret</source>
        <translation>Gruppengeheimnis</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Master data group</source>
        <translation>Stammdatengruppe</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>OU</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Product key</source>
        <translation>Produktschlüssel</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Reprovisioning</source>
        <translation>Neubereitstellung</translation>
    </message>
    <message>
        <source>Label template</source>
        <translation>Etikettenvorlage</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Group ID copied.</source>
        <translation>Gruppen-ID kopiert.</translation>
    </message>
    <message>
        <source>Reveal the Group Secret?</source>
        <translation>Gruppengeheimnis anzeigen?</translation>
    </message>
    <message>
        <source>Reveal the Group Secret of %s?

The reveal is recorded in the audit trail with your name. Make sure nobody is looking at your screen.</source>
        <translation>Das Gruppengeheimnis von %s anzeigen?

Das Anzeigen wird mit Ihrem Namen im Prüfprotokoll festgehalten. Achten Sie darauf, dass niemand auf Ihren Bildschirm sieht.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import devices into %s</source>
        <translation>Geräte in %s importieren</translation>
    </message>
    <message>
        <source>a .csv or .xlsx file with a header row (sn, name, batch, …)</source>
        <translation>eine .csv- oder .xlsx-Datei mit Kopfzeile (sn, name, batch, …)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>optional: batch for rows without one</source>
        <translation>optional: Charge für Zeilen ohne Charge</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Read the file again, e.g. after fixing it in a spreadsheet</source>
        <translation>Datei erneut lesen, z. B. nach dem Korrigieren in einer Tabellenkalkulation</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Default batch:</source>
        <translation>Standardcharge:</translation>
    </message>
    <message>
        <source>Choose a file to see its rows before anything is imported.</source>
        <translation>Eine Datei wählen, um ihre Zeilen zu sehen, bevor etwas importiert wird.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import devices</source>
        <translation>Geräte importieren</translation>
    </message>
    <message>
        <source>Device lists (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Gerätelisten (*.csv *.tsv *.txt *.xlsx *.xlsm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Default batch: %s</source>
        <translation>Standardcharge: %s</translation>
    </message>
    <message>
        <source>Reading %s …</source>
        <translation>%s wird gelesen …</translation>
    </message>
    <message>
        <source>… and %s more</source>
        <translation>… und %s weitere</translation>
    </message>
    <message>
        <source>Warning: %s</source>
        <translation>Warnung: %s</translation>
    </message>
    <message>
        <source>%s, %s: fix the file, then Check again. Nothing was imported.</source>
        <translation>%s, %s: Datei korrigieren, dann erneut prüfen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file has a header but no devices.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Geräte.</translation>
    </message>
    <message>
        <source>%s, no problems. Nothing is written until you press Import.</source>
        <translation>%s, keine Probleme. Erst mit „Importieren“ wird etwas geschrieben.</translation>
    </message>
    <message>
        <source>%s listed below.</source>
        <translation>%s unten aufgeführt.</translation>
    </message>
    <message>
        <source>Problems (%s)</source>
        <translation>Probleme (%s)</translation>
    </message>
    <message>
        <source>Importing %s …</source>
        <translation>%s wird importiert …</translation>
    </message>
    <message>
        <source>Imported %s into %s</source>
        <translation>%s in %s importiert</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Trotzdem importieren</translation>
    </message>
</context>
<context>
    <name>LabelOutputPicker</name>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>System printer</source>
        <translation>Systemdrucker</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF-Datei</translation>
    </message>
    <message>
        <source>PNG images (one per label)</source>
        <translation>PNG-Bilder (eines pro Etikett)</translation>
    </message>
    <message>
        <source>ZPL (Zebra thermal printer)</source>
        <translation>ZPL (Zebra-Thermodrucker)</translation>
    </message>
    <message>
        <source>C&amp;hoose printer…</source>
        <translation>Drucker &amp;wählen…</translation>
    </message>
    <message>
        <source>labels.pdf</source>
        <translation>etiketten.pdf</translation>
    </message>
    <message>
        <source>a folder for the PNG files</source>
        <translation>ein Ordner für die PNG-Dateien</translation>
    </message>
    <message>
        <source>labels.zpl, or printer-host:9100</source>
        <translation>etiketten.zpl oder drucker-host:9100</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>The printer&apos;s resolution: QR modules are whole printer dots at it</source>
        <translation>Die Auflösung des Druckers: QR-Module sind dabei ganze Druckerpunkte</translation>
    </message>
    <message>
        <source>Sen&amp;d to</source>
        <translation>Sen&amp;den an</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Auflösung</translation>
    </message>
    <message>
        <source>ZPL is for thermal label printers: choose a thermal template</source>
        <translation>ZPL ist für Thermo-Etikettendrucker: eine Thermovorlage wählen</translation>
    </message>
    <message>
        <source>%d dpi</source>
        <translation>%d dpi</translation>
    </message>
    <message>
        <source>&lt;i&gt;none chosen: Print asks&lt;/i&gt;</source>
        <translation>&lt;i&gt;keiner gewählt: Drucken fragt nach&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Etiketten als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PNG files</source>
        <translation>Ordner für die PNG-Dateien</translation>
    </message>
    <message>
        <source>Save labels as ZPL</source>
        <translation>Etiketten als ZPL speichern</translation>
    </message>
    <message>
        <source>ZPL files (*.zpl)</source>
        <translation>ZPL-Dateien (*.zpl)</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <source>No preview yet</source>
        <translation>Noch keine Vorschau</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>The preview could not be drawn.</source>
        <translation>Die Vorschau konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Pages 1–%d of %d</source>
        <translation>Seiten 1–%d von %d</translation>
    </message>
    <message>
        <source>Page 1 of %d</source>
        <translation>Seite 1 von %d</translation>
    </message>
    <message>
        <source>Page 1 of 1</source>
        <translation>Seite 1 von 1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Embedded: %1</source>
        <translation>Eingebettet: %1</translation>
    </message>
    <message>
        <source>Central: %1</source>
        <translation>Zentral: %1</translation>
    </message>
    <message>
        <source>DPS Station</source>
        <translation>DPS Station</translation>
    </message>
    <message>
        <source>%s · %s</source>
        <translation>%s · %s</translation>
    </message>
    <message>
        <source>camera: not in use</source>
        <translation>Kamera: nicht in Gebrauch</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Close the window and let another user sign in</source>
        <translation>Fenster schließen und einen anderen Benutzer anmelden lassen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About DPS Station</source>
        <translation>&amp;Über DPS Station</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The window opens in %s at the next sign-in (File &gt; Sign out).</source>
        <translation>Das Fenster öffnet sich bei der nächsten Anmeldung auf %s (Datei &gt; Abmelden).</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Eine Synchronisation läuft bereits.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>About DPS Station</source>
        <translation>Über DPS Station</translation>
    </message>
    <message>
        <source>&lt;b&gt;DPS Station&lt;/b&gt; %s&lt;br&gt;Device onboarding station for a Device Provisioning Service.&lt;br&gt;Data home: %s</source>
        <translation>&lt;b&gt;DPS Station&lt;/b&gt; %s&lt;br&gt;Station zur Inbetriebnahme von Geräten für einen Device Provisioning Service.&lt;br&gt;Datenverzeichnis: %s</translation>
    </message>
    <message>
        <source>Background work is still running: wait for it (or cancel it), then sign out.</source>
        <translation>Im Hintergrund läuft noch Arbeit: warten Sie darauf (oder brechen Sie sie ab) und melden Sie sich dann ab.</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Fertigung</translation>
    </message>
    <message>
        <source>master data, registration groups, devices, batches, labels</source>
        <translation>Stammdaten, Registrierungsgruppen, Geräte, Chargen, Etiketten</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Außendienst</translation>
    </message>
    <message>
        <source>scan, fill in master data, install and activate</source>
        <translation>scannen, Stammdaten ausfüllen, installieren und aktivieren</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>batch progress, anomalies, approvals, audit trail, reports, users, sync conflicts</source>
        <translation>Chargenfortschritt, Auffälligkeiten, Freigaben, Prüfprotokoll, Berichte, Benutzer, Synchronisationskonflikte</translation>
    </message>
</context>
<context>
    <name>MasterDataForm</name>
    <message>
        <source>Scan a device to fill in its master data.</source>
        <translation>Ein Gerät scannen, um seine Stammdaten auszufüllen.</translation>
    </message>
    <message>
        <source>This device&apos;s master data group has no attributes.</source>
        <translation>Die Stammdatengruppe dieses Geräts hat keine Attribute.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>a number from %s to %s</source>
        <translation>eine Zahl von %s bis %s</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>latitude,longitude (e.g. 48.137,11.575) or a place name</source>
        <translation>Breite,Länge (z. B. 48.137,11.575) oder ein Ortsname</translation>
    </message>
    <message>
        <source>an IANA time zone, e.g. Europe/Berlin</source>
        <translation>eine IANA-Zeitzone, z. B. Europe/Berlin</translation>
    </message>
    <message>
        <source>%s (and 1 more field)</source>
        <translation>%s (und 1 weiteres Feld)</translation>
    </message>
    <message>
        <source>%s (and %d more fields)</source>
        <translation>%s (und %d weitere Felder)</translation>
    </message>
</context>
<context>
    <name>MasterdataGroupDialog</name>
    <message>
        <source>Edit master data group %s</source>
        <translation>Stammdatengruppe %s bearbeiten</translation>
    </message>
    <message>
        <source>New master data group</source>
        <translation>Neue Stammdatengruppe</translation>
    </message>
    <message>
        <source>e.g. pump, meter, gateway</source>
        <translation>z. B. pump, meter, gateway</translation>
    </message>
    <message>
        <source>Tick the attributes of this group; drag them into the order forms show.</source>
        <translation>Die Attribute dieser Gruppe ankreuzen; in die Reihenfolge ziehen, in der Formulare sie zeigen.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Asset type</source>
        <translation>&amp;Asset-Typ</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>A&amp;ttributes</source>
        <translation>A&amp;ttribute</translation>
    </message>
    <message>
        <source> · built-in</source>
        <translation> · eingebaut</translation>
    </message>
    <message>
        <source> · required</source>
        <translation> · Pflicht</translation>
    </message>
</context>
<context>
    <name>MasterdataGroupModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Asset-Typ</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Attribute keys</source>
        <translation>Attributschlüssel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>MasterdataView</name>
    <message>
        <source>&amp;Add attribute…</source>
        <translation>Attribut &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit attribute…</source>
        <translation>Attribut &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;New master data group…</source>
        <translation>&amp;Neue Stammdatengruppe…</translation>
    </message>
    <message>
        <source>Edit &amp;group…</source>
        <translation>&amp;Gruppe bearbeiten…</translation>
    </message>
    <message>
        <source>Attribute definitions</source>
        <translation>Attributdefinitionen</translation>
    </message>
    <message>
        <source>What a device can carry as master data. Built-in attributes (in italics) exist in every installation and are read-only.</source>
        <translation>Was ein Gerät als Stammdaten tragen kann. Eingebaute Attribute (kursiv) gibt es in jeder Installation; sie sind schreibgeschützt.</translation>
    </message>
    <message>
        <source>Master data groups</source>
        <translation>Stammdatengruppen</translation>
    </message>
    <message>
        <source>An asset type and the attributes its devices carry; registration groups link one.</source>
        <translation>Ein Asset-Typ und die Attribute seiner Geräte; Registrierungsgruppen verweisen auf eine.</translation>
    </message>
    <message>
        <source>Built-in attributes are read-only.</source>
        <translation>Eingebaute Attribute sind schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort setzen</translation>
    </message>
    <message>
        <source>Give %1 the new password; they sign in with it.</source>
        <translation>Geben Sie %1 das neue Passwort; damit meldet sich die Person an.</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Neues &amp;Passwort</translation>
    </message>
</context>
<context>
    <name>PreviewZoom</name>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole page (Ctrl+0)</source>
        <translation>Ganze Seite zeigen (Strg+0)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, or Ctrl and the mouse wheel)</source>
        <translation>Vergrößern (Strg++ oder Strg und Mausrad)</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
</context>
<context>
    <name>PrintLabelsDialog</name>
    <message>
        <source>%1, one label per page (thermal roll)</source>
        <translation>%1, ein Etikett pro Seite (Thermorolle)</translation>
    </message>
    <message>
        <source>%1, one label per page</source>
        <translation>%1, ein Etikett pro Seite</translation>
    </message>
    <message>
        <source>%1 labels (%2 × %3) of %4 on %5</source>
        <translation>%1 Etiketten (%2 × %3) zu %4 auf %5</translation>
    </message>
    <message>
        <source>print labels</source>
        <translation>Etiketten drucken</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Reading back</source>
        <translation>Zurücklesen</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source> (the printer has the job)</source>
        <translation> (der Drucker hat den Auftrag)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>%1 for %2%3 to %4.</source>
        <translation>%1 für %2%3 nach %4.</translation>
    </message>
    <message>
        <source>Every label was read back and its signature verified; %1 recorded as labelled.</source>
        <translation>Jedes Etikett wurde zurückgelesen und seine Signatur geprüft; %1 als etikettiert erfasst.</translation>
    </message>
    <message>
        <source>%1 disabled or retired left out.</source>
        <translation>%1 gesperrt oder stillgelegt, ausgelassen.</translation>
    </message>
    <message>
        <source>%1 printed and verified</source>
        <translation>%1 gedruckt und geprüft</translation>
    </message>
    <message>
        <source>Cancelled: nothing was printed or recorded.</source>
        <translation>Abgebrochen: nichts wurde gedruckt oder erfasst.</translation>
    </message>
    <message>
        <source>%1 did not read back as their device: the job was stopped, nothing was printed or recorded.</source>
        <translation>%1 ließen sich nicht als ihr Gerät zurücklesen: der Auftrag wurde angehalten, nichts wurde gedruckt oder erfasst.</translation>
    </message>
</context>
<context>
    <name>PrintLabelsForm</name>
    <message>
        <source>Reprint labels – %s</source>
        <translation>Etiketten nachdrucken – %s</translation>
    </message>
    <message>
        <source>Print labels – batch %s of %s</source>
        <translation>Etiketten drucken – Charge %s von %s</translation>
    </message>
    <message>
        <source>Print labels – %s</source>
        <translation>Etiketten drucken – %s</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>Etiketten</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Loading the devices…</source>
        <translation>Geräte werden geladen…</translation>
    </message>
    <message>
        <source> per device</source>
        <translation> pro Gerät</translation>
    </message>
    <message>
        <source>position </source>
        <translation>Position </translation>
    </message>
    <message>
        <source>The first free position on the sheet; the ones before it are used</source>
        <translation>Die erste freie Position auf dem Bogen; die davor sind belegt</translation>
    </message>
    <message>
        <source>Click the first free position on the sheet.</source>
        <translation>Auf die erste freie Position des Bogens klicken.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiketten</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Copies</source>
        <translation>&amp;Kopien</translation>
    </message>
    <message>
        <source>&amp;Start at</source>
        <translation>&amp;Beginnen bei</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <source>Cancel &amp;job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Open output</source>
        <translation>Ausgabe ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>PrintLabelsSetup</name>
    <message>
        <source>Signing the labels… %1 of %2</source>
        <translation>Etiketten werden signiert… %1 von %2</translation>
    </message>
    <message>
        <source>Loading the devices… %1</source>
        <translation>Geräte werden geladen… %1</translation>
    </message>
    <message>
        <source>Reprint of %1: %2</source>
        <translation>Nachdruck von %1: %2</translation>
    </message>
    <message>
        <source>%1 of batch %2 in group %3</source>
        <translation>%1 der Charge %2 in Gruppe %3</translation>
    </message>
    <message>
        <source>%1 of group %2</source>
        <translation>%1 der Gruppe %2</translation>
    </message>
    <message>
        <source>(%1 disabled or retired left out)</source>
        <translation>(%1 gesperrt oder stillgelegt, ausgelassen)</translation>
    </message>
    <message>
        <source>The labels cannot be printed.</source>
        <translation>Die Etiketten können nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>%s (cannot be used)</source>
        <translation>%s (nicht verwendbar)</translation>
    </message>
    <message>
        <source> – the group&apos;s template</source>
        <translation> – die Vorlage der Gruppe</translation>
    </message>
    <message>
        <source>This template cannot be used: %s</source>
        <translation>Diese Vorlage ist nicht verwendbar: %s</translation>
    </message>
    <message>
        <source>Choose a template that can be used.</source>
        <translation>Eine verwendbare Vorlage wählen.</translation>
    </message>
    <message>
        <source>%1 on the roll at %3 dpi</source>
        <translation>%1 auf der Rolle mit %3 dpi</translation>
    </message>
    <message>
        <source>%1 on %2 at %3 dpi</source>
        <translation>%1 auf %2 mit %3 dpi</translation>
    </message>
    <message>
        <source>Your role cannot print labels</source>
        <translation>Ihre Rolle kann keine Etiketten drucken</translation>
    </message>
    <message>
        <source>These labels were printed. Change the template, copies, start position or output to print again.</source>
        <translation>Diese Etiketten wurden gedruckt. Ändern Sie Vorlage, Kopien, Startposition oder Ausgabe, um erneut zu drucken.</translation>
    </message>
</context>
<context>
    <name>ProvisioningView</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation>Zuletzt gesehen (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>SN</source>
        <translation>SN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Service instances on this database:</source>
        <translation>Dienstinstanzen auf dieser Datenbank:</translation>
    </message>
    <message>
        <source>Newest registrations:</source>
        <translation>Neueste Registrierungen:</translation>
    </message>
    <message>
        <source>Last refused connections and registrations:</source>
        <translation>Zuletzt abgewiesene Verbindungen und Registrierungen:</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>auf diesem Rechner</translation>
    </message>
    <message>
        <source>%s, %s on this computer</source>
        <translation>%s, %s auf diesem Rechner</translation>
    </message>
    <message>
        <source>The provisioning service is running (%s): %s</source>
        <translation>Der Bereitstellungsdienst läuft (%s): %s</translation>
    </message>
    <message>
        <source>no ports</source>
        <translation>keine Ports</translation>
    </message>
    <message>
        <source>The provisioning service is not running against this database (start it with: dps-station serve)</source>
        <translation>Der Bereitstellungsdienst läuft nicht auf dieser Datenbank (starten mit: dps-station serve)</translation>
    </message>
    <message>
        <source>Registrations in the last hour: %s (%s failed)</source>
        <translation>Registrierungen in der letzten Stunde: %s (%s fehlgeschlagen)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped or silent</source>
        <translation>angehalten oder stumm</translation>
    </message>
</context>
<context>
    <name>RegisterDeviceDialog</name>
    <message>
        <source>Register a device in %s</source>
        <translation>Gerät in %s registrieren</translation>
    </message>
    <message>
        <source>serial number, e.g. PUMP-000123</source>
        <translation>Seriennummer, z. B. PUMP-000123</translation>
    </message>
    <message>
        <source>optional; created if new</source>
        <translation>optional; wird angelegt, wenn neu</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>SN:</source>
        <translation>SN:</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Charge:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>SN: %s</source>
        <translation>SN: %s</translation>
    </message>
    <message>
        <source>Batch: %s</source>
        <translation>Charge: %s</translation>
    </message>
    <message>
        <source>Name: at most %d characters</source>
        <translation>Name: höchstens %d Zeichen</translation>
    </message>
    <message>
        <source>Registered %s in %s</source>
        <translation>%s in %s registriert</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>Trotzdem registrieren</translation>
    </message>
</context>
<context>
    <name>RegisterRangeDialog</name>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Register a serial range in %s</source>
        <translation>Seriennummernbereich in %s registrieren</translation>
    </message>
    <message>
        <source>e.g. PUMP-</source>
        <translation>z. B. PUMP-</translation>
    </message>
    <message>
        <source>&amp;No prefix: the SNs are only the counter</source>
        <translation>&amp;Kein Präfix: die SNs sind nur der Zähler</translation>
    </message>
    <message>
        <source>Tick only when the devices&apos; SNs really are bare numbers such as 000001</source>
        <translation>Nur ankreuzen, wenn die SNs der Geräte wirklich reine Zahlen wie 000001 sind</translation>
    </message>
    <message>
        <source>no padding</source>
        <translation>ohne Auffüllen</translation>
    </message>
    <message>
        <source>optional; created if new</source>
        <translation>optional; wird angelegt, wenn neu</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Präfix:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Anzahl:</translation>
    </message>
    <message>
        <source>Digits:</source>
        <translation>Stellen:</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Charge:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>give a prefix such as PUMP-, or tick &quot;No prefix&quot; if the SNs are only numbers</source>
        <translation>ein Präfix wie PUMP- angeben oder „Kein Präfix“ ankreuzen, wenn die SNs nur Zahlen sind</translation>
    </message>
    <message>
        <source>%s … %s  (%s SNs)</source>
        <translation>%s … %s  (%s SNs)</translation>
    </message>
    <message>
        <source>Registered %s in %s</source>
        <translation>%s in %s registriert</translation>
    </message>
    <message>
        <source>Cancelled; nothing was registered.</source>
        <translation>Abgebrochen; nichts wurde registriert.</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>Trotzdem registrieren</translation>
    </message>
</context>
<context>
    <name>RegisterThirdPartyDialog</name>
    <message>
        <source>Register a third-party device</source>
        <translation>Fremdgerät registrieren</translation>
    </message>
    <message>
        <source>%s: the code is kept with the device, its secret encrypted.</source>
        <translation>%s: der Code wird beim Gerät gespeichert, sein Geheimnis verschlüsselt.</translation>
    </message>
    <message>
        <source>The serial number the code holds</source>
        <translation>Die Seriennummer aus dem Code</translation>
    </message>
    <message>
        <source>the SN printed on the device</source>
        <translation>die auf dem Gerät aufgedruckte SN</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>SN:</source>
        <translation>SN:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>SN: %s</source>
        <translation>SN: %s</translation>
    </message>
    <message>
        <source>Registered %s in %s</source>
        <translation>%s in %s registriert</translation>
    </message>
</context>
<context>
    <name>RegistrationGroupDialog</name>
    <message>
        <source>Migrate: keep the master data</source>
        <translation>Migrieren: Stammdaten behalten</translation>
    </message>
    <message>
        <source>Initialize: reset master data to the defaults</source>
        <translation>Initialisieren: Stammdaten auf die Vorgaben zurücksetzen</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Needs supervisor approval</source>
        <translation>Braucht Freigabe durch einen Supervisor</translation>
    </message>
    <message>
        <source>Static: the OU, environment and gateway above</source>
        <translation>Statisch: OU, Umgebung und Gateway oben</translation>
    </message>
    <message>
        <source>Hashed: spread over weighted targets</source>
        <translation>Hash: über gewichtete Ziele verteilt</translation>
    </message>
    <message>
        <source>Webhook: an HTTPS service decides</source>
        <translation>Webhook: ein HTTPS-Dienst entscheidet</translation>
    </message>
    <message>
        <source>Edit registration group %s</source>
        <translation>Registrierungsgruppe %s bearbeiten</translation>
    </message>
    <message>
        <source>New registration group</source>
        <translation>Neue Registrierungsgruppe</translation>
    </message>
    <message>
        <source>organisation unit the devices are allocated to</source>
        <translation>Organisationseinheit, der die Geräte zugewiesen werden</translation>
    </message>
    <message>
        <source>e.g. prod, staging</source>
        <translation>z. B. prod, staging</translation>
    </message>
    <message>
        <source>needed to allocate devices</source>
        <translation>zum Zuweisen von Geräten nötig</translation>
    </message>
    <message>
        <source>Devices provision themselves from this group</source>
        <translation>Geräte stellen sich aus dieser Gruppe selbst bereit</translation>
    </message>
    <message>
        <source>Accept devices not registered in advance (their derived key registers them)</source>
        <translation>Geräte annehmen, die nicht vorab registriert sind (ihr abgeleiteter Schlüssel registriert sie)</translation>
    </message>
    <message>
        <source>one per line: URL, OU, environment, product key, weight</source>
        <translation>eine pro Zeile: URL, OU, Umgebung, Produktschlüssel, Gewicht</translation>
    </message>
    <message>
        <source>PEM of the CA the webhook&apos;s certificate chains to (empty: the system&apos;s CAs)</source>
        <translation>PEM der CA, auf die das Zertifikat des Webhooks zurückgeht (leer: die CAs des Systems)</translation>
    </message>
    <message>
        <source>Trust the system&apos;s CAs instead of the CA set</source>
        <translation>Den CAs des Systems statt der gesetzten CA vertrauen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Master data group</source>
        <translation>&amp;Stammdatengruppe</translation>
    </message>
    <message>
        <source>&amp;OU</source>
        <translation>&amp;OU</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>&amp;Product key</source>
        <translation>&amp;Produktschlüssel</translation>
    </message>
    <message>
        <source>&amp;Gateway</source>
        <translation>&amp;Gateway</translation>
    </message>
    <message>
        <source>&amp;Reprovisioning</source>
        <translation>&amp;Neubereitstellung</translation>
    </message>
    <message>
        <source>&amp;Label template</source>
        <translation>&amp;Etikettenvorlage</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>&amp;Allocation</source>
        <translation>&amp;Zuweisung</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>Zi&amp;ele</translation>
    </message>
    <message>
        <source>&amp;Webhook URL</source>
        <translation>&amp;Webhook-URL</translation>
    </message>
    <message>
        <source>Webhook &amp;CA</source>
        <translation>Webhook-&amp;CA</translation>
    </message>
    <message>
        <source>Devices carry this group&apos;s master data; it stays once they are registered.</source>
        <translation>Geräte tragen die Stammdaten dieser Gruppe; sie bleiben, sobald sie registriert sind.</translation>
    </message>
    <message>
        <source>a CA is set; paste another PEM to replace it</source>
        <translation>eine CA ist gesetzt; eine andere PEM einfügen, um sie zu ersetzen</translation>
    </message>
</context>
<context>
    <name>RegistrationGroupModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Master data group</source>
        <translation>Stammdatengruppe</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>OU</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Reprovision</source>
        <translation>Neubereitstellung</translation>
    </message>
    <message>
        <source>Label template</source>
        <translation>Etikettenvorlage</translation>
    </message>
</context>
<context>
    <name>ReplacePage</name>
    <message>
        <source>scan, or type the faulty device&apos;s SN or manual code</source>
        <translation>scannen oder SN bzw. manuellen Code des defekten Geräts eingeben</translation>
    </message>
    <message>
        <source>scan, or type the new device&apos;s SN or manual code</source>
        <translation>scannen oder SN bzw. manuellen Code des neuen Geräts eingeben</translation>
    </message>
    <message>
        <source>Faulty device:</source>
        <translation>Defektes Gerät:</translation>
    </message>
    <message>
        <source>New device:</source>
        <translation>Neues Gerät:</translation>
    </message>
    <message>
        <source>Show what moves over</source>
        <translation>Zeigen, was übernommen wird</translation>
    </message>
    <message>
        <source>Confirm replacement</source>
        <translation>Ersetzen bestätigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace&lt;/b&gt;: scan or type the &lt;b&gt;faulty&lt;/b&gt; device first.</source>
        <translation>&lt;b&gt;Ersetzen&lt;/b&gt;: zuerst das &lt;b&gt;defekte&lt;/b&gt; Gerät scannen oder eingeben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace %s&lt;/b&gt; (group %s): now scan or type the &lt;b&gt;new&lt;/b&gt; device.</source>
        <translation>&lt;b&gt;%s ersetzen&lt;/b&gt; (Gruppe %s): jetzt das &lt;b&gt;neue&lt;/b&gt; Gerät scannen oder eingeben.</translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <source>Faulty device</source>
        <translation>Defektes Gerät</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Neues Gerät</translation>
    </message>
    <message>
        <source>(%s was %s)</source>
        <translation>(%s war %s)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; takes over from &lt;b&gt;%s&lt;/b&gt;; %s is retired and its credentials revoked:</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; übernimmt von &lt;b&gt;%s&lt;/b&gt;; %s wird stillgelegt und seine Zugangsdaten widerrufen:</translation>
    </message>
    <message>
        <source>Scan or type the faulty device first.</source>
        <translation>Zuerst das defekte Gerät scannen oder eingeben.</translation>
    </message>
    <message>
        <source>Scan or type the new device.</source>
        <translation>Das neue Gerät scannen oder eingeben.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Write PDF report…</source>
        <translation>PDF-Bericht schreiben…</translation>
    </message>
    <message>
        <source>Write CSV…</source>
        <translation>CSV schreiben…</translation>
    </message>
    <message>
        <source>Registration group:</source>
        <translation>Registrierungsgruppe:</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Charge:</translation>
    </message>
    <message>
        <source>The PDF report shows the batch&apos;s facts and dates, this progress chart, the devices per state, the anomalies (refused labels, never labelled, labelled but not installed, duplicate scans, failed allocations, reprovisions awaiting approval) and the review. The CSV holds the counts per state, the anomalies and every device with its state.</source>
        <translation>Der PDF-Bericht zeigt Daten und Termine der Charge, dieses Fortschrittsdiagramm, die Geräte je Zustand, die Auffälligkeiten (abgewiesene Etiketten, nie etikettiert, etikettiert aber nicht installiert, doppelte Scans, fehlgeschlagene Zuweisungen, auf Freigabe wartende Neubereitstellungen) und die Prüfung. Die CSV enthält die Anzahlen je Zustand, die Auffälligkeiten und jedes Gerät mit seinem Zustand.</translation>
    </message>
    <message>
        <source>What the report shows</source>
        <translation>Was der Bericht zeigt</translation>
    </message>
    <message>
        <source>No batch in this group.</source>
        <translation>Keine Charge in dieser Gruppe.</translation>
    </message>
    <message>
        <source>Anomalies: %1.</source>
        <translation>Auffälligkeiten: %1.</translation>
    </message>
    <message>
        <source>No anomalies.</source>
        <translation>Keine Auffälligkeiten.</translation>
    </message>
    <message>
        <source>Batch %1 of %2: %3, review %4.</source>
        <translation>Charge %1 von %2: %3, Prüfung %4.</translation>
    </message>
    <message>
        <source>Write batch report</source>
        <translation>Chargenbericht schreiben</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Wrote %1: batch %2, %3, %4.</source>
        <translation>%1 geschrieben: Charge %2, %3, %4.</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>Der Bericht wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>ReprovisionModel</name>
    <message>
        <source>SN</source>
        <translation>SN</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefragt von</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>ReprovisionPage</name>
    <message>
        <source>Policy &apos;migrate&apos;: the device is reprovisioned now and keeps its master data.</source>
        <translation>Regel „migrate“: das Gerät wird jetzt neu bereitgestellt und behält seine Stammdaten.</translation>
    </message>
    <message>
        <source>Policy &apos;initialize&apos;: the device is reprovisioned now; its master data is reset to the group&apos;s defaults.</source>
        <translation>Regel „initialize“: das Gerät wird jetzt neu bereitgestellt; seine Stammdaten werden auf die Vorgaben der Gruppe zurückgesetzt.</translation>
    </message>
    <message>
        <source>Policy &apos;approval&apos;: a supervisor must approve. The request waits as pending until then.</source>
        <translation>Regel „approval“: ein Supervisor muss freigeben. Bis dahin wartet die Anfrage als ausstehend.</translation>
    </message>
    <message>
        <source>Policy &apos;never&apos;: this group does not allow reprovisioning.</source>
        <translation>Regel „never“: diese Gruppe erlaubt keine Neubereitstellung.</translation>
    </message>
    <message>
        <source>empty: the group&apos;s product key</source>
        <translation>leer: der Produktschlüssel der Gruppe</translation>
    </message>
    <message>
        <source>Target OU:</source>
        <translation>Ziel-OU:</translation>
    </message>
    <message>
        <source>Target environment:</source>
        <translation>Zielumgebung:</translation>
    </message>
    <message>
        <source>Product key:</source>
        <translation>Produktschlüssel:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reprovision %s&lt;/b&gt;, now in %s / %s</source>
        <translation>&lt;b&gt;%s neu bereitstellen&lt;/b&gt;, jetzt in %s / %s</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Zur Freigabe senden</translation>
    </message>
    <message>
        <source>Reprovision now</source>
        <translation>Jetzt neu bereitstellen</translation>
    </message>
</context>
<context>
    <name>ReprovisionsView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Registration group:</source>
        <translation>Registrierungsgruppe:</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>An approved reprovision gets a new allocation in the target OU/environment and keeps the device&apos;s master data; it is pending until the device connects again.</source>
        <translation>Eine freigegebene Neubereitstellung erhält eine neue Zuweisung in Ziel-OU/-Umgebung und behält die Stammdaten des Geräts; sie bleibt ausstehend, bis sich das Gerät wieder verbindet.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 waiting for approval.</source>
        <translation>%1 warten auf Freigabe.</translation>
    </message>
    <message>
        <source>No reprovision request is waiting for approval.</source>
        <translation>Keine Anfrage zur Neubereitstellung wartet auf Freigabe.</translation>
    </message>
    <message>
        <source>Approve reprovision</source>
        <translation>Neubereitstellung freigeben</translation>
    </message>
    <message>
        <source>Reject reprovision</source>
        <translation>Neubereitstellung ablehnen</translation>
    </message>
    <message>
        <source>%1 of %2: %3, requested by %4.</source>
        <translation>%1 von %2: %3, angefragt von %4.</translation>
    </message>
    <message>
        <source>Reprovision of %1 approved: pending until it connects in %2/%3.</source>
        <translation>Neubereitstellung von %1 freigegeben: ausstehend, bis es sich in %2/%3 verbindet.</translation>
    </message>
    <message>
        <source>Reprovision of %1: %4.</source>
        <translation>Neubereitstellung von %1: %4.</translation>
    </message>
</context>
<context>
    <name>RevealSecretDialog</name>
    <message>
        <source>Group Secret of %s</source>
        <translation>Gruppengeheimnis von %s</translation>
    </message>
    <message>
        <source>Anyone with this secret can register devices in &lt;b&gt;%s&lt;/b&gt;. Do not send it by e-mail or chat. This reveal was recorded in the audit trail.</source>
        <translation>Wer dieses Geheimnis hat, kann Geräte in &lt;b&gt;%s&lt;/b&gt; registrieren. Nicht per E-Mail oder Chat versenden. Dieses Anzeigen wurde im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change the role of %1</source>
        <translation>Rolle von %1 ändern</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>New &amp;role</source>
        <translation>Neue &amp;Rolle</translation>
    </message>
    <message>
        <source>The new role applies when %1 signs in next.</source>
        <translation>Die neue Rolle gilt ab der nächsten Anmeldung von %1.</translation>
    </message>
    <message>
        <source>Pick another role.</source>
        <translation>Eine andere Rolle wählen.</translation>
    </message>
</context>
<context>
    <name>ScanInput</name>
    <message>
        <source>Scan, or type an SN or manual code, then Enter</source>
        <translation>Scannen oder SN bzw. manuellen Code eingeben, dann Eingabe</translation>
    </message>
</context>
<context>
    <name>ScanListModel</name>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>zwave</source>
        <translation>Z-Wave</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>other group</source>
        <translation>andere Gruppe</translation>
    </message>
    <message>
        <source>already active</source>
        <translation>bereits aktiv</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>mehrdeutig</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doppelt</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ausgemustert</translation>
    </message>
    <message>
        <source>forged</source>
        <translation>gefälscht</translation>
    </message>
    <message>
        <source>bad manual code</source>
        <translation>falscher manueller Code</translation>
    </message>
    <message>
        <source>damaged code</source>
        <translation>beschädigter Code</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>SN</source>
        <translation>SN</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>SessionLedger</name>
    <message>
        <source>%1 done, %2 failed, %3 pending (%4, %5 refused, %6 duplicate)</source>
        <translation>%1 erledigt, %2 fehlgeschlagen, %3 offen (%4, %5 abgewiesen, %6 doppelt)</translation>
    </message>
</context>
<context>
    <name>SheetPositionWidget</name>
    <message>
        <source>Position of the first label on the sheet</source>
        <translation>Position des ersten Etiketts auf dem Bogen</translation>
    </message>
    <message>
        <source>Position %d: click to start here</source>
        <translation>Position %d: klicken, um hier zu beginnen</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Keine Vorlage</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to DPS Station</source>
        <translation>Bei DPS Station anmelden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;%s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;%s</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>End of session</source>
        <translation>Sitzungsende</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Sitzungsübersicht</translation>
    </message>
    <message>
        <source>A new session starts: the list of scans is cleared and devices may be scanned again without counting as duplicates.</source>
        <translation>Eine neue Sitzung beginnt: die Scanliste wird geleert, und Geräte können erneut gescannt werden, ohne als Duplikate zu zählen.</translation>
    </message>
</context>
<context>
    <name>SupervisorWorkspace</name>
    <message>
        <source>Batches</source>
        <translation>Chargen</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisationskonflikte</translation>
    </message>
    <message>
        <source>Provisioning service</source>
        <translation>Bereitstellungsdienst</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Freigaben (%1)</translation>
    </message>
    <message>
        <source>Sync conflicts (%1)</source>
        <translation>Synchronisationskonflikte (%1)</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>sync: no central database</source>
        <translation>Sync: keine zentrale Datenbank</translation>
    </message>
    <message>
        <source>sync: not checked yet</source>
        <translation>Sync: noch nicht geprüft</translation>
    </message>
    <message>
        <source>sync state unknown: %1</source>
        <translation>Sync-Status unbekannt: %1</translation>
    </message>
    <message>
        <source>last sync at %1</source>
        <translation>letzter Sync um %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>noch nie synchronisiert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to resolve</source>
        <translation>%1 zu lösen</translation>
    </message>
    <message>
        <source>%1 waiting for a conflict to be resolved</source>
        <translation>%1 warten auf die Lösung eines Konflikts</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>last sync failed at %1: %2</source>
        <translation>letzter Sync um %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>last sync failed: %1</source>
        <translation>letzter Sync fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>central: %1</source>
        <translation>Zentrale: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>TechnicianWorkspace</name>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Registration groups</source>
        <translation>Registrierungsgruppen</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Chargen</translation>
    </message>
    <message>
        <source>%s (Alt+%d)</source>
        <translation>%s (Alt+%d)</translation>
    </message>
    <message>
        <source>no registration group yet</source>
        <translation>noch keine Registrierungsgruppe</translation>
    </message>
    <message>
        <source>Registration &amp;group:</source>
        <translation>Registrierungs&amp;gruppe:</translation>
    </message>
</context>
<context>
    <name>ThirdPartyPanel</name>
    <message>
        <source>Manufacturer ID</source>
        <translation>Hersteller-ID</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Produkttyp</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Anwendungsversion</translation>
    </message>
    <message>
        <source>Device class</source>
        <translation>Geräteklasse</translation>
    </message>
    <message>
        <source>Requested keys</source>
        <translation>Angeforderte Schlüssel</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Vendor ID</source>
        <translation>Hersteller-ID (Vendor)</translation>
    </message>
    <message>
        <source>Discriminator</source>
        <translation>Diskriminator</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Commissioning flow</source>
        <translation>Inbetriebnahmeablauf</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>Anzeigen…</translation>
    </message>
    <message>
        <source>Shows it after a confirmation; recorded in the audit trail</source>
        <translation>Zeigt ihn nach einer Bestätigung; wird im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
        <source>Register in a group…</source>
        <translation>In einer Gruppe registrieren…</translation>
    </message>
    <message>
        <source>Registers the device in a registration group; the code is kept with it, its secret encrypted</source>
        <translation>Registriert das Gerät in einer Registrierungsgruppe; der Code wird beim Gerät gespeichert, sein Geheimnis verschlüsselt</translation>
    </message>
    <message>
        <source>A third-party device, not a label of this organisation: add it with its own controller or app.</source>
        <translation>Ein Fremdgerät, kein Etikett dieser Organisation: mit seinem eigenen Controller oder seiner App hinzufügen.</translation>
    </message>
    <message>
        <source>DSK PIN:</source>
        <translation>DSK-PIN:</translation>
    </message>
    <message>
        <source>Passcode:</source>
        <translation>Passcode:</translation>
    </message>
    <message>
        <source>Reveal the %s?</source>
        <translation>%s anzeigen?</translation>
    </message>
    <message>
        <source>Reveal the %s of this %s?

The reveal is recorded in the audit trail with your name.</source>
        <translation>%s dieses %s anzeigen?

Das Anzeigen wird mit Ihrem Namen im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>ThirdPartySecretDialog</name>
    <message>
        <source>Type it into the device&apos;s controller; do not write it down or send it. This reveal was recorded in the audit trail.</source>
        <translation>In den Controller des Geräts eingeben; nicht aufschreiben oder versenden. Dieses Anzeigen wurde im Prüfprotokoll festgehalten.</translation>
    </message>
</context>
<context>
    <name>ThirdPartySection</name>
    <message>
        <source>This device was not registered from a Matter or Z-Wave code.</source>
        <translation>Dieses Gerät wurde nicht aus einem Matter- oder Z-Wave-Code registriert.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Reveal the %1…</source>
        <translation>%1 anzeigen…</translation>
    </message>
    <message>
        <source>Shows it after a confirmation; recorded in the audit trail</source>
        <translation>Zeigt ihn nach einer Bestätigung; wird im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
        <source>Reveal the %1?</source>
        <translation>%1 anzeigen?</translation>
    </message>
    <message>
        <source>Reveal the %1 of %2?

The reveal is recorded in the audit trail with your name.</source>
        <translation>%1 von %2 anzeigen?

Das Anzeigen wird mit Ihrem Namen im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>UserDialogs</name>
    <message>
        <source>Technician (Factory)</source>
        <translation>Techniker (Fertigung)</translation>
    </message>
    <message>
        <source>Installer (Field)</source>
        <translation>Installateur (Außendienst)</translation>
    </message>
    <message>
        <source>Supervisor (every workspace, users)</source>
        <translation>Supervisor (alle Arbeitsbereiche, Benutzer)</translation>
    </message>
    <message>
        <source>Password: at least %1 characters.</source>
        <translation>Passwort: mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>deactivated: cannot sign in</source>
        <translation>deaktiviert: kann sich nicht anmelden</translation>
    </message>
    <message>
        <source>; locked until %1 UTC (wrong passwords)</source>
        <translation>; gesperrt bis %1 UTC (falsche Passwörter)</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Benutzer anlegen…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Rolle ändern…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Lift the lock that repeated wrong passwords put on this user</source>
        <translation>Die Sperre aufheben, die wiederholt falsche Passwörter für diesen Benutzer ausgelöst haben</translation>
    </message>
    <message>
        <source>A deactivated user can no longer sign in; their name stays in the audit trail. A new role applies from the user&apos;s next sign-in. The last active supervisor keeps that role. Five wrong passwords in a row lock a user for a minute, each further lock twice as long (at most an hour); Unlock lifts it at once.</source>
        <translation>Ein deaktivierter Benutzer kann sich nicht mehr anmelden; sein Name bleibt im Prüfprotokoll. Eine neue Rolle gilt ab der nächsten Anmeldung des Benutzers. Der letzte aktive Supervisor behält diese Rolle. Fünf falsche Passwörter in Folge sperren einen Benutzer für eine Minute, jede weitere Sperre doppelt so lange (höchstens eine Stunde); Entsperren hebt sie sofort auf.</translation>
    </message>
    <message>
        <source>%1 users, %2 active</source>
        <translation>%1 Benutzer, %2 aktiv</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 als %2 angelegt.</translation>
    </message>
    <message>
        <source>%1 is active again and can sign in.</source>
        <translation>%1 ist wieder aktiv und kann sich anmelden.</translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer sign in.</source>
        <translation>%1 ist deaktiviert und kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>%1 is unlocked and can sign in again.</source>
        <translation>%1 ist entsperrt und kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>The password of %1 is reset.</source>
        <translation>Das Passwort von %1 ist zurückgesetzt.</translation>
    </message>
    <message>
        <source>%1 is now %2; it applies from their next sign-in.</source>
        <translation>%1 ist jetzt %2; das gilt ab der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>That is you: sign out (File &gt; Sign out) to work with your new role.</source>
        <translation>Das sind Sie: melden Sie sich ab (Datei &gt; Abmelden), um mit Ihrer neuen Rolle zu arbeiten.</translation>
    </message>
</context>
<context>
    <name>_BusyDialog</name>
    <message>
        <source>Please wait…</source>
        <translation>Bitte warten…</translation>
    </message>
</context>
<context>
    <name>_DateField</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>_PasswordFields</name>
    <message>
        <source>&amp;Repeat password</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
</context>
<context>
    <name>counts</name>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>anomaly</source>
        <translation>Auffälligkeit</translation>
    </message>
    <message>
        <source>anomalies</source>
        <translation>Auffälligkeiten</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>Chargen</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>stations</source>
        <translation>Stationen</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>pending change</source>
        <translation>ausstehende Änderung</translation>
    </message>
    <message>
        <source>pending changes</source>
        <translation>ausstehende Änderungen</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>pulled change</source>
        <translation>abgerufene Änderung</translation>
    </message>
    <message>
        <source>pulled changes</source>
        <translation>abgerufene Änderungen</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>DPS Station</source>
        <translation>DPS Station</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong that DPS Station did not expect. Your data is safe: the action was not completed. Please send this report to your administrator.</source>
        <translation>Etwas ist schiefgegangen, das DPS Station nicht erwartet hat. Ihre Daten sind sicher: die Aktion wurde nicht ausgeführt. Bitte senden Sie diesen Bericht an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
</context>
<context>
    <name>installer</name>
    <message>
        <source>Genuine label: ready to onboard</source>
        <translation>Echtes Etikett: bereit zur Inbetriebnahme</translation>
    </message>
    <message>
        <source>Manual code accepted: ready to onboard</source>
        <translation>Manueller Code angenommen: bereit zur Inbetriebnahme</translation>
    </message>
    <message>
        <source>Unsigned code: check the device</source>
        <translation>Unsignierter Code: Gerät prüfen</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Unbekanntes Gerät</translation>
    </message>
    <message>
        <source>Device of another group</source>
        <translation>Gerät einer anderen Gruppe</translation>
    </message>
    <message>
        <source>Already active</source>
        <translation>Bereits aktiv</translation>
    </message>
    <message>
        <source>Device disabled</source>
        <translation>Gerät gesperrt</translation>
    </message>
    <message>
        <source>Device retired</source>
        <translation>Gerät stillgelegt</translation>
    </message>
    <message>
        <source>Several devices match: type the SN</source>
        <translation>Mehrere Geräte passen: SN eingeben</translation>
    </message>
    <message>
        <source>Duplicate scan</source>
        <translation>Doppelter Scan</translation>
    </message>
    <message>
        <source>FORGED OR ALTERED LABEL: do not onboard</source>
        <translation>GEFÄLSCHTES ODER VERÄNDERTES ETIKETT: nicht in Betrieb nehmen</translation>
    </message>
    <message>
        <source>Wrong manual code</source>
        <translation>Falscher manueller Code</translation>
    </message>
    <message>
        <source>Matter code: third-party device</source>
        <translation>Matter-Code: Fremdgerät</translation>
    </message>
    <message>
        <source>Z-Wave code: third-party device</source>
        <translation>Z-Wave-Code: Fremdgerät</translation>
    </message>
    <message>
        <source>Damaged code: refused</source>
        <translation>Beschädigter Code: abgewiesen</translation>
    </message>
    <message>
        <source>Scan a label</source>
        <translation>Etikett scannen</translation>
    </message>
    <message>
        <source>Hold a label in front of the camera, use the USB scanner, or type the SN or manual code.</source>
        <translation>Ein Etikett vor die Kamera halten, den USB-Scanner benutzen oder SN bzw. manuellen Code eingeben.</translation>
    </message>
</context>
<context>
    <name>message values</name>
    <message>
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>etikettiert</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>zugewiesen</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>bool</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>enum</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>migrate</source>
        <translation>migrieren</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>zurücksetzen</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>installer</source>
        <translation>Installateur</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>view</source>
        <translation>ansehen</translation>
    </message>
    <message>
        <source>manage master data</source>
        <translation>Stammdaten verwalten</translation>
    </message>
    <message>
        <source>manage registration groups</source>
        <translation>Registrierungsgruppen verwalten</translation>
    </message>
    <message>
        <source>reveal secrets</source>
        <translation>Geheimnisse anzeigen</translation>
    </message>
    <message>
        <source>register devices</source>
        <translation>Geräte registrieren</translation>
    </message>
    <message>
        <source>manage batches</source>
        <translation>Chargen verwalten</translation>
    </message>
    <message>
        <source>print labels</source>
        <translation>Etiketten drucken</translation>
    </message>
    <message>
        <source>export devices</source>
        <translation>Geräte exportieren</translation>
    </message>
    <message>
        <source>export secrets</source>
        <translation>Geheimnisse exportieren</translation>
    </message>
    <message>
        <source>install devices</source>
        <translation>Geräte installieren</translation>
    </message>
    <message>
        <source>activate devices</source>
        <translation>Geräte aktivieren</translation>
    </message>
    <message>
        <source>replace devices</source>
        <translation>Geräte ersetzen</translation>
    </message>
    <message>
        <source>reprovision devices</source>
        <translation>Geräte neu bereitstellen</translation>
    </message>
    <message>
        <source>disable and enable devices</source>
        <translation>Geräte sperren und entsperren</translation>
    </message>
    <message>
        <source>delete devices</source>
        <translation>Geräte löschen</translation>
    </message>
    <message>
        <source>approve and reject</source>
        <translation>freigeben und ablehnen</translation>
    </message>
    <message>
        <source>resolve sync conflicts</source>
        <translation>Synchronisationskonflikte lösen</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>Benutzer verwalten</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>synchronisieren</translation>
    </message>
    <message>
        <source>passcode</source>
        <translation>Passcode</translation>
    </message>
    <message>
        <source>DSK PIN</source>
        <translation>DSK-PIN</translation>
    </message>
    <message>
        <source>Matter QR code</source>
        <translation>Matter-QR-Code</translation>
    </message>
    <message>
        <source>Matter manual pairing code</source>
        <translation>manueller Matter-Kopplungscode</translation>
    </message>
    <message>
        <source>Z-Wave S2 QR code</source>
        <translation>Z-Wave-S2-QR-Code</translation>
    </message>
    <message>
        <source>Z-Wave SmartStart QR code</source>
        <translation>Z-Wave-SmartStart-QR-Code</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Etikettiert</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Replaced or discarded</source>
        <translation>Ersetzt oder verworfen</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>wartet auf Freigabe</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>refused labels</source>
        <translation>abgewiesene Etiketten</translation>
    </message>
    <message>
        <source>never labelled</source>
        <translation>nie etikettiert</translation>
    </message>
    <message>
        <source>labelled, not installed</source>
        <translation>etikettiert, nicht installiert</translation>
    </message>
    <message>
        <source>duplicate scans</source>
        <translation>doppelte Scans</translation>
    </message>
    <message>
        <source>failed allocation</source>
        <translation>fehlgeschlagene Zuweisung</translation>
    </message>
    <message>
        <source>malformed payload</source>
        <translation>fehlerhafte Etikettendaten</translation>
    </message>
    <message>
        <source>unknown signing key</source>
        <translation>unbekannter Signaturschlüssel</translation>
    </message>
    <message>
        <source>signature does not match</source>
        <translation>Signatur stimmt nicht überein</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>Bogen</translation>
    </message>
    <message>
        <source>thermal</source>
        <translation>Thermo</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <source>manual code</source>
        <translation>manueller Code</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Charge</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos;</source>
        <translation>Spalte &apos;{column}&apos;</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;</source>
        <translation>Feld &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>{count} problem(s): {shown}{more}</source>
        <translation>{count} Problem(e): {shown}{more}</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (und {count} weitere)</translation>
    </message>
    <message>
        <source>{actor} ({role}) may not {permission}; ask a user with that right</source>
        <translation>{actor} ({role}) darf nicht: {permission}; bitten Sie einen Benutzer mit diesem Recht</translation>
    </message>
    <message>
        <source>not signed in: to {permission}, sign in with --user NAME (password from $DPS_PASSWORD, --password-file or a prompt) as a user whose role allows it; a station without users first needs &apos;dps-station init --supervisor NAME&apos;</source>
        <translation>nicht angemeldet: für „{permission}“ mit --user NAME als Benutzer anmelden, dessen Rolle das erlaubt (Passwort aus $DPS_PASSWORD, --password-file oder einer Abfrage); eine Station ohne Benutzer braucht zuerst &apos;dps-station init --supervisor NAME&apos;</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>{actor} ({role}) may not register third-party devices; ask an installer or a technician</source>
        <translation>{actor} ({role}) darf keine Fremdgeräte registrieren; bitten Sie einen Installateur oder Techniker</translation>
    </message>
    <message>
        <source>{actor} ({role}) may not reveal the {secret} of a scanned code; ask an installer or a supervisor</source>
        <translation>{actor} ({role}) darf {secret} eines gescannten Codes nicht anzeigen; bitten Sie einen Installateur oder Supervisor</translation>
    </message>
    <message>
        <source>{actor} ({role}) may not reveal a third-party code; ask an installer or a supervisor</source>
        <translation>{actor} ({role}) darf keinen Fremdhersteller-Code anzeigen; bitten Sie einen Installateur oder Supervisor</translation>
    </message>
    <message>
        <source>no registration group named {name!r}</source>
        <translation>keine Registrierungsgruppe namens {name!r}</translation>
    </message>
    <message>
        <source>no device with SN {sn!r} in group {group!r}</source>
        <translation>kein Gerät mit SN {sn!r} in Gruppe {group!r}</translation>
    </message>
    <message>
        <source>SN {sn!r} appears twice</source>
        <translation>SN {sn!r} kommt zweimal vor</translation>
    </message>
    <message>
        <source>SN {sn!r} appears twice (first at row {row})</source>
        <translation>SN {sn!r} kommt zweimal vor (zuerst in Zeile {row})</translation>
    </message>
    <message>
        <source>SN {sn!r} is already registered in group {group!r}</source>
        <translation>SN {sn!r} ist in Gruppe {group!r} bereits registriert</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>höchstens {count} Zeichen</translation>
    </message>
    <message>
        <source>there are no devices to register</source>
        <translation>es gibt keine Geräte zu registrieren</translation>
    </message>
    <message>
        <source>the SN is empty</source>
        <translation>die SN ist leer</translation>
    </message>
    <message>
        <source>the SN is {length} characters long; at most {limit} are allowed</source>
        <translation>die SN ist {length} Zeichen lang; höchstens {limit} sind erlaubt</translation>
    </message>
    <message>
        <source>the SN contains a control character (code {code}); use printable characters only</source>
        <translation>die SN enthält ein Steuerzeichen (Code {code}); nur druckbare Zeichen verwenden</translation>
    </message>
    <message>
        <source>the SN contains a space; use letters, digits and punctuation without spaces</source>
        <translation>die SN enthält ein Leerzeichen; Buchstaben, Ziffern und Satzzeichen ohne Leerzeichen verwenden</translation>
    </message>
    <message>
        <source>the SN contains {character!r}; use ASCII letters, digits and punctuation</source>
        <translation>die SN enthält {character!r}; ASCII-Buchstaben, Ziffern und Satzzeichen verwenden</translation>
    </message>
    <message>
        <source>column {number} has no name in the header; valid columns: {valid}</source>
        <translation>Spalte {number} hat keinen Namen in der Kopfzeile; gültige Spalten: {valid}</translation>
    </message>
    <message>
        <source>this column appears twice in the header</source>
        <translation>diese Spalte kommt in der Kopfzeile zweimal vor</translation>
    </message>
    <message>
        <source>unknown column; valid columns: {valid}</source>
        <translation>unbekannte Spalte; gültige Spalten: {valid}</translation>
    </message>
    <message>
        <source>the header has no column &apos;sn&apos; (the serial number); it has: {found}; valid columns: {valid}</source>
        <translation>die Kopfzeile hat keine Spalte &apos;sn&apos; (die Seriennummer); sie hat: {found}; gültige Spalten: {valid}</translation>
    </message>
    <message>
        <source>the file has a header but no devices</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Geräte</translation>
    </message>
    <message>
        <source>{columns} (and {export_only} of an export, which are not imported)</source>
        <translation>{columns} (sowie {export_only} eines Exports, die nicht importiert werden)</translation>
    </message>
    <message>
        <source>not a Matter or Z-Wave onboarding code: give the text of the box&apos;s QR code (MT:… or 90…) or the Matter manual pairing code (11 or 21 digits)</source>
        <translation>kein Matter- oder Z-Wave-Inbetriebnahmecode: den Text des QR-Codes auf der Verpackung (MT:… oder 90…) oder den manuellen Matter-Kopplungscode (11 oder 21 Ziffern) angeben</translation>
    </message>
    <message>
        <source>damaged {format}: {reason}</source>
        <translation>beschädigter {format}: {reason}</translation>
    </message>
    <message>
        <source>this Matter QR code holds {count} devices: register each with its own code (on each device&apos;s own label)</source>
        <translation>dieser Matter-QR-Code enthält {count} Geräte: jedes mit seinem eigenen Code registrieren (auf dem eigenen Etikett jedes Geräts)</translation>
    </message>
    <message>
        <source>the {format} has no serial number; type the SN printed on the device</source>
        <translation>der {format} enthält keine Seriennummer; die auf dem Gerät aufgedruckte SN eingeben</translation>
    </message>
    <message>
        <source>the code&apos;s serial number is {serial!r}; the SN typed ({typed!r}) differs: leave it empty or type the code&apos;s</source>
        <translation>die Seriennummer des Codes ist {serial!r}; die eingegebene SN ({typed!r}) weicht ab: leer lassen oder die des Codes eingeben</translation>
    </message>
    <message>
        <source>this {format} is already registered in group {group!r} as SN {sn!r}</source>
        <translation>dieser {format} ist in Gruppe {group!r} bereits als SN {sn!r} registriert</translation>
    </message>
    <message>
        <source>the same code as row {row}</source>
        <translation>derselbe Code wie in Zeile {row}</translation>
    </message>
    <message>
        <source>the code&apos;s serial number is {serial!r}, not the row&apos;s SN</source>
        <translation>die Seriennummer des Codes ist {serial!r}, nicht die SN der Zeile</translation>
    </message>
    <message>
        <source>device {sn} in group {group!r} was not registered from a Matter or Z-Wave code</source>
        <translation>Gerät {sn} in Gruppe {group!r} wurde nicht aus einem Matter- oder Z-Wave-Code registriert</translation>
    </message>
    <message>
        <source>another program registered this device or code at the same moment; nothing was registered</source>
        <translation>ein anderes Programm hat dieses Gerät oder diesen Code im selben Moment registriert; nichts wurde registriert</translation>
    </message>
    <message>
        <source>device {sn}</source>
        <translation>Gerät {sn}</translation>
    </message>
    <message>
        <source>the device</source>
        <translation>das Gerät</translation>
    </message>
    <message>
        <source>{device} is {state}; nothing can be done with it any more</source>
        <translation>{device} ist {state}; damit ist nichts mehr möglich</translation>
    </message>
    <message>
        <source>{device} is disabled; enable it first</source>
        <translation>{device} ist gesperrt; zuerst entsperren</translation>
    </message>
    <message>
        <source>{device} is {state}; only an activated device can connect</source>
        <translation>{device} ist {state}; nur ein aktiviertes Gerät kann sich verbinden</translation>
    </message>
    <message>
        <source>{device} is {state}; only an activated device can be reprovisioned</source>
        <translation>{device} ist {state}; nur ein aktiviertes Gerät kann neu bereitgestellt werden</translation>
    </message>
    <message>
        <source>{device} is not disabled (it is {state})</source>
        <translation>{device} ist nicht gesperrt (es ist {state})</translation>
    </message>
    <message>
        <source>{device} is registered already (it is {state}); only a deleted device is registered again</source>
        <translation>{device} ist bereits registriert (es ist {state}); nur ein gelöschtes Gerät wird erneut registriert</translation>
    </message>
    <message>
        <source>{device} is {state}; it cannot get a label</source>
        <translation>{device} ist {state}; es kann kein Etikett bekommen</translation>
    </message>
    <message>
        <source>{device} is {state}; it gets no provisioning file</source>
        <translation>{device} ist {state}; es bekommt keine Bereitstellungsdatei</translation>
    </message>
    <message>
        <source>{device} is {state} and cannot be used as a replacement</source>
        <translation>{device} ist {state} und kann nicht als Ersatz verwendet werden</translation>
    </message>
    <message>
        <source>{device} is already activated ({state})</source>
        <translation>{device} ist bereits aktiviert ({state})</translation>
    </message>
    <message>
        <source>{device} is already allocated; a replacement must not be allocated yet</source>
        <translation>{device} ist bereits zugewiesen; ein Ersatzgerät darf noch nicht zugewiesen sein</translation>
    </message>
    <message>
        <source>{device} is activated; disable it before deleting it</source>
        <translation>{device} ist aktiviert; vor dem Löschen sperren</translation>
    </message>
    <message>
        <source>{device} is disabled; it cannot get a label</source>
        <translation>{device} ist gesperrt; es kann kein Etikett bekommen</translation>
    </message>
    <message>
        <source>{device} is already disabled</source>
        <translation>{device} ist bereits gesperrt</translation>
    </message>
    <message>
        <source>{device} was already deleted</source>
        <translation>{device} wurde bereits gelöscht</translation>
    </message>
    <message>
        <source>allocation of {sn} failed: {failure}</source>
        <translation>Zuweisung von {sn} fehlgeschlagen: {failure}</translation>
    </message>
    <message>
        <source>group {group!r} has no product key; set one before activating devices</source>
        <translation>Gruppe {group!r} hat keinen Produktschlüssel; vor dem Aktivieren von Geräten einen festlegen</translation>
    </message>
    <message>
        <source>device {sn} in group {group!r} was already deleted</source>
        <translation>Gerät {sn} in Gruppe {group!r} wurde bereits gelöscht</translation>
    </message>
    <message>
        <source>delete device {sn} from it</source>
        <translation>Gerät {sn} daraus löschen</translation>
    </message>
    <message>
        <source>the new SN is the faulty device&apos;s own SN</source>
        <translation>die neue SN ist die eigene SN des defekten Geräts</translation>
    </message>
    <message>
        <source>device {sn} belongs to group {elsewhere!r}; a replacement must come from group {group!r}</source>
        <translation>Gerät {sn} gehört zu Gruppe {elsewhere!r}; ein Ersatz muss aus Gruppe {group!r} kommen</translation>
    </message>
    <message>
        <source>no device with SN {sn!r} in group {group!r}; register it first</source>
        <translation>kein Gerät mit SN {sn!r} in Gruppe {group!r}; zuerst registrieren</translation>
    </message>
    <message>
        <source>group {group!r} does not allow reprovisioning (policy: never)</source>
        <translation>Gruppe {group!r} erlaubt keine Neubereitstellung (Richtlinie: never)</translation>
    </message>
    <message>
        <source>the device is already allocated in {ou}/{environment}</source>
        <translation>das Gerät ist bereits in {ou}/{environment} zugewiesen</translation>
    </message>
    <message>
        <source>device {sn} already has a reprovision that is {state}</source>
        <translation>Gerät {sn} hat bereits eine Neubereitstellung im Zustand {state}</translation>
    </message>
    <message>
        <source>reprovisioning of {sn} failed: {failure}</source>
        <translation>Neubereitstellung von {sn} fehlgeschlagen: {failure}</translation>
    </message>
    <message>
        <source>no product key for {ou}/{environment}; give one or set one on group {group!r}</source>
        <translation>kein Produktschlüssel für {ou}/{environment}; einen angeben oder in Gruppe {group!r} festlegen</translation>
    </message>
    <message>
        <source>no reprovision request {id}</source>
        <translation>keine Anfrage zur Neubereitstellung {id}</translation>
    </message>
    <message>
        <source>this request is {state}, not awaiting approval</source>
        <translation>diese Anfrage ist {state} und wartet nicht auf Freigabe</translation>
    </message>
    <message>
        <source>a rejection needs a comment saying why</source>
        <translation>eine Ablehnung braucht einen Kommentar mit Begründung</translation>
    </message>
    <message>
        <source>{value!r} is not an allocation policy; use one of: {valid}</source>
        <translation>{value!r} ist keine Zuweisungsrichtlinie; gültig sind: {valid}</translation>
    </message>
    <message>
        <source>the hashed allocation policy needs at least one target (URL,OU,ENV,PRODUCT_KEY,WEIGHT)</source>
        <translation>die Zuweisungsrichtlinie hashed braucht mindestens ein Ziel (URL,OU,ENV,PRODUCT_KEY,WEIGHT)</translation>
    </message>
    <message>
        <source>the webhook allocation policy needs an https:// webhook URL</source>
        <translation>die Zuweisungsrichtlinie webhook braucht eine https://-Webhook-URL</translation>
    </message>
    <message>
        <source>{value!r} is not a reprovision policy; use one of: {valid}</source>
        <translation>{value!r} ist keine Richtlinie für Neubereitstellung; gültig sind: {valid}</translation>
    </message>
    <message>
        <source>there is no label template {name!r}; use one of: {valid}</source>
        <translation>es gibt keine Etikettenvorlage {name!r}; gültig sind: {valid}</translation>
    </message>
    <message>
        <source>a registration group named {name!r} already exists</source>
        <translation>eine Registrierungsgruppe namens {name!r} gibt es bereits</translation>
    </message>
    <message>
        <source>(and {count} more SNs the device SDKs cannot carry)</source>
        <translation>(und {count} weitere SNs, die die Geräte-SDKs nicht übertragen können)</translation>
    </message>
    <message>
        <source>batch {number!r} already exists in group {group!r}</source>
        <translation>Charge {number!r} gibt es in Gruppe {group!r} bereits</translation>
    </message>
    <message>
        <source>batch {number!r} of group {group!r} was approved by {by} on {when}; confirm that you want to {what} (or reopen its review first)</source>
        <translation>Charge {number!r} der Gruppe {group!r} wurde am {when} von {by} freigegeben; bitte bestätigen: {what} (oder zuerst ihre Prüfung wieder öffnen)</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>früher</translation>
    </message>
    <message>
        <source>batch {number!r} was already {review} by {by}</source>
        <translation>Charge {number!r} wurde bereits von {by} {review}</translation>
    </message>
    <message>
        <source>reopening a review needs a comment saying why</source>
        <translation>zum Wiederöffnen einer Prüfung ist ein Kommentar mit Begründung nötig</translation>
    </message>
    <message>
        <source>batch {number!r} is not reviewed yet; there is nothing to reopen</source>
        <translation>Charge {number!r} ist noch nicht geprüft; es gibt nichts wieder zu öffnen</translation>
    </message>
    <message>
        <source>add devices to it</source>
        <translation>Geräte hinzufügen</translation>
    </message>
    <message>
        <source>give a prefix (such as PUMP-), so the SNs are not bare numbers; if they really are only numbers, say so explicitly</source>
        <translation>ein Präfix angeben (etwa PUMP-), damit die SNs keine bloßen Zahlen sind; sind sie wirklich nur Zahlen, das ausdrücklich angeben</translation>
    </message>
    <message>
        <source>is required; fill it in, or leave the column out of the file to fill it in on site</source>
        <translation>ist Pflicht; ausfüllen oder die Spalte aus der Datei weglassen, um den Wert vor Ort einzutragen</translation>
    </message>
    <message>
        <source>registration cancelled; nothing was registered</source>
        <translation>Registrierung abgebrochen; nichts wurde registriert</translation>
    </message>
    <message>
        <source>another program registered some of these SNs at the same moment; nothing was registered</source>
        <translation>ein anderes Programm hat im selben Moment einige dieser SNs registriert; nichts wurde registriert</translation>
    </message>
    <message>
        <source>cannot sort by {sort!r}; use one of: {valid}</source>
        <translation>nach {sort!r} kann nicht sortiert werden; gültig sind: {valid}</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>muss 1 oder mehr sein</translation>
    </message>
    <message>
        <source>a number of days is 0 or more</source>
        <translation>eine Anzahl Tage ist 0 oder mehr</translation>
    </message>
    <message>
        <source>{count:,} device is not installed yet ({parts})</source>
        <translation>{count:,} Gerät ist noch nicht installiert ({parts})</translation>
    </message>
    <message>
        <source>{count:,} devices are not installed yet ({parts})</source>
        <translation>{count:,} Geräte sind noch nicht installiert ({parts})</translation>
    </message>
    <message>
        <source>{count:,} registered</source>
        <translation>{count:,} registriert</translation>
    </message>
    <message>
        <source>{count:,} labelled</source>
        <translation>{count:,} etikettiert</translation>
    </message>
    <message>
        <source>{count:,} open anomaly ({parts})</source>
        <translation>{count:,} offene Auffälligkeit ({parts})</translation>
    </message>
    <message>
        <source>{count:,} open anomalies ({parts})</source>
        <translation>{count:,} offene Auffälligkeiten ({parts})</translation>
    </message>
    <message>
        <source>{kind}: {count:,}</source>
        <translation>{kind}: {count:,}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>at most {count:,} characters</source>
        <translation>höchstens {count:,} Zeichen</translation>
    </message>
    <message>
        <source>the query is for group {query!r}, not {group!r}</source>
        <translation>die Abfrage gilt für die Gruppe {query!r}, nicht für {group!r}</translation>
    </message>
    <message>
        <source>{state}: nothing can be done with it any more</source>
        <translation>{state}: damit ist nichts mehr möglich</translation>
    </message>
    <message>
        <source>already disabled</source>
        <translation>bereits gesperrt</translation>
    </message>
    <message>
        <source>not disabled (it is {state})</source>
        <translation>nicht gesperrt (es ist {state})</translation>
    </message>
    <message>
        <source>{state} (activated): disable it before deleting it</source>
        <translation>{state} (aktiviert): vor dem Löschen sperren</translation>
    </message>
    <message>
        <source>device {sn} was deleted meanwhile</source>
        <translation>Gerät {sn} wurde inzwischen gelöscht</translation>
    </message>
    <message>
        <source>device {sn} changed meanwhile; try again</source>
        <translation>Gerät {sn} wurde inzwischen geändert; bitte erneut versuchen</translation>
    </message>
    <message>
        <source>batch {batch!r} was approved by {by}; confirm deleting devices of approved batches (or reopen its review first)</source>
        <translation>Charge {batch!r} wurde von {by} freigegeben; bestätigen Sie das Löschen von Geräten freigegebener Chargen (oder öffnen Sie zuerst ihre Prüfung wieder)</translation>
    </message>
    <message>
        <source>registered, no label printed</source>
        <translation>registriert, kein Etikett gedruckt</translation>
    </message>
    <message>
        <source>labelled, not installed after {days} days</source>
        <translation>etikettiert, nach {days} Tagen nicht installiert</translation>
    </message>
    <message>
        <source>reprovision to {ou}/{environment}, requested by {user}</source>
        <translation>Neubereitstellung nach {ou}/{environment}, angefordert von {user}</translation>
    </message>
    <message>
        <source>scanned twice in one session ({count} time)</source>
        <translation>in einer Sitzung doppelt gescannt ({count}-mal)</translation>
    </message>
    <message>
        <source>scanned twice in one session ({count} times)</source>
        <translation>in einer Sitzung doppelt gescannt ({count}-mal)</translation>
    </message>
    <message>
        <source>{problem}, read by {source} by {actor}</source>
        <translation>{problem}, gelesen über {source} von {actor}</translation>
    </message>
    <message>
        <source>{problem}; claims SN {sn}, read by {source} by {actor}</source>
        <translation>{problem}; gibt SN {sn} an, gelesen über {source} von {actor}</translation>
    </message>
    <message>
        <source>{source} ({file})</source>
        <translation>{source} ({file})</translation>
    </message>
    <message>
        <source>{source} (frame {frame})</source>
        <translation>{source} (Bild {frame})</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>is a directory, not a CSV or XLSX file</source>
        <translation>ist ein Verzeichnis, keine CSV- oder XLSX-Datei</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row with at least the column &apos;sn&apos;</source>
        <translation>die Datei ist leer; erwartet wird eine Kopfzeile mit mindestens der Spalte &apos;sn&apos;</translation>
    </message>
    <message>
        <source>the file is {size} MB; at most {limit} MB can be imported at once; split it into several files</source>
        <translation>die Datei ist {size} MB groß; höchstens {limit} MB können auf einmal importiert werden; die Datei in mehrere Dateien aufteilen</translation>
    </message>
    <message>
        <source>the old Excel format (.xls) is not supported; save it as CSV (UTF-8) or as an Excel workbook (.xlsx)</source>
        <translation>das alte Excel-Format (.xls) wird nicht unterstützt; die Datei als CSV (UTF-8) oder als Excel-Arbeitsmappe (.xlsx) speichern</translation>
    </message>
    <message>
        <source>is a ZIP archive (an Excel workbook?), not CSV text; name it .xlsx or save it as CSV (UTF-8) or as an Excel workbook (.xlsx)</source>
        <translation>ist ein ZIP-Archiv (eine Excel-Arbeitsmappe?), kein CSV-Text; die Datei in .xlsx umbenennen oder als CSV (UTF-8) oder als Excel-Arbeitsmappe (.xlsx) speichern</translation>
    </message>
    <message>
        <source>is not a text file (a NUL byte at byte offset {offset}); expected CSV or tab-separated text (UTF-8, or UTF-16 with a byte order mark) or an .xlsx workbook</source>
        <translation>ist keine Textdatei (ein NUL-Byte an Byte-Position {offset}); erwartet wird CSV oder tabulatorgetrennter Text (UTF-8 oder UTF-16 mit Byte-Order-Mark) oder eine .xlsx-Arbeitsmappe</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte offset {offset} (byte 0x{byte}); the file must be UTF-8 (or UTF-16 with a byte order mark): in Excel save as &apos;CSV UTF-8&apos; or &apos;Unicode Text&apos;, in LibreOffice choose the character set UTF-8</source>
        <translation>ungültiges UTF-8 an Byte-Position {offset} (Byte 0x{byte}); die Datei muss UTF-8 sein (oder UTF-16 mit Byte-Order-Mark): in Excel als &apos;CSV UTF-8&apos; oder &apos;Unicode Text&apos; speichern, in LibreOffice den Zeichensatz UTF-8 wählen</translation>
    </message>
    <message>
        <source>invalid UTF-16 at byte offset {offset}; the file starts with a UTF-16 byte order mark but is not UTF-16 text: save it again as &apos;Unicode Text&apos; or &apos;CSV UTF-8&apos;</source>
        <translation>ungültiges UTF-16 an Byte-Position {offset}; die Datei beginnt mit einem UTF-16-Byte-Order-Mark, ist aber kein UTF-16-Text: erneut als &apos;Unicode Text&apos; oder &apos;CSV UTF-8&apos; speichern</translation>
    </message>
    <message>
        <source>is not valid CSV here ({reason}); a value with quotes is written &quot;like &quot;&quot;this&quot;&quot;&quot;</source>
        <translation>ist hier kein gültiges CSV ({reason}); ein Wert mit Anführungszeichen wird &quot;wie &quot;&quot;hier&quot;&quot;&quot; geschrieben</translation>
    </message>
    <message>
        <source>a quoted value is never closed</source>
        <translation>ein Wert in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx); save it as CSV (UTF-8) or as an Excel workbook (.xlsx)</source>
        <translation>ist keine Excel-Arbeitsmappe (.xlsx); die Datei als CSV (UTF-8) oder als Excel-Arbeitsmappe (.xlsx) speichern</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx); save it as CSV (UTF-8) or as an Excel workbook (.xlsx) (a ZIP archive without a workbook)</source>
        <translation>ist keine Excel-Arbeitsmappe (.xlsx); die Datei als CSV (UTF-8) oder als Excel-Arbeitsmappe (.xlsx) speichern (ein ZIP-Archiv ohne Arbeitsmappe)</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx); save it as CSV (UTF-8) or as an Excel workbook (.xlsx) ({error})</source>
        <translation>ist keine Excel-Arbeitsmappe (.xlsx); die Datei als CSV (UTF-8) oder als Excel-Arbeitsmappe (.xlsx) speichern ({error})</translation>
    </message>
    <message>
        <source>the workbook unpacks to {size} MB; at most {limit} MB can be imported; split it</source>
        <translation>die Arbeitsmappe ist entpackt {size} MB groß; höchstens {limit} MB können importiert werden; die Datei aufteilen</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>die Arbeitsmappe hat kein Tabellenblatt</translation>
    </message>
    <message>
        <source>the first sheet cannot be read ({error}); save it as CSV (UTF-8) or as an Excel workbook (.xlsx)</source>
        <translation>das erste Tabellenblatt kann nicht gelesen werden ({error}); die Datei als CSV (UTF-8) oder als Excel-Arbeitsmappe (.xlsx) speichern</translation>
    </message>
    <message>
        <source>has more than {count:,} devices; split it into several files</source>
        <translation>enthält mehr als {count:,} Geräte; die Datei in mehrere Dateien aufteilen</translation>
    </message>
    <message>
        <source>too many fields: {count} instead of {width} as in the header; quote values that contain the separator {separator}</source>
        <translation>zu viele Felder: {count} statt {width} wie in der Kopfzeile; Werte, die das Trennzeichen {separator} enthalten, in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>too few fields: {count} instead of {width} as in the header; quote values that contain the separator {separator}</source>
        <translation>zu wenige Felder: {count} statt {width} wie in der Kopfzeile; Werte, die das Trennzeichen {separator} enthalten, in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>has a value in column {column}, which has no header</source>
        <translation>hat einen Wert in Spalte {column}, die keine Überschrift hat</translation>
    </message>
    <message>
        <source>a cell has {length:,} characters; at most {limit:,} are allowed</source>
        <translation>eine Zelle hat {length:,} Zeichen; höchstens {limit:,} sind erlaubt</translation>
    </message>
    <message>
        <source>is not a readable Excel workbook ({error}); save it again as .xlsx</source>
        <translation>ist keine lesbare Excel-Arbeitsmappe ({error}); erneut als .xlsx speichern</translation>
    </message>
    <message>
        <source>its shared strings unpack to {size:,} MB; at most {limit} MB are read; split it into several files, or save it again without the empty rows and columns</source>
        <translation>ihre gemeinsamen Zeichenfolgen sind entpackt {size:,} MB groß; höchstens {limit} MB werden gelesen; die Datei in mehrere Dateien aufteilen oder ohne die leeren Zeilen und Spalten erneut speichern</translation>
    </message>
    <message>
        <source>has more than {limit:,} shared strings (the limit); split it into several files, or save it again without the empty rows and columns</source>
        <translation>hat mehr als {limit:,} gemeinsame Zeichenfolgen (die Grenze); die Datei in mehrere Dateien aufteilen oder ohne die leeren Zeilen und Spalten erneut speichern</translation>
    </message>
    <message>
        <source>the first sheet has a cell in column {column} (cell {cell}); at most {limit} columns ({last}) are read; split it into several files, or save it again without the empty rows and columns</source>
        <translation>das erste Tabellenblatt hat eine Zelle in Spalte {column} (Zelle {cell}); höchstens {limit} Spalten ({last}) werden gelesen; die Datei in mehrere Dateien aufteilen oder ohne die leeren Zeilen und Spalten erneut speichern</translation>
    </message>
    <message>
        <source>the first sheet has more than {limit:,} cells (the limit, counting empty cells before each row&apos;s last one) by row {row:,}; split it into several files, or save it again without the empty rows and columns</source>
        <translation>das erste Tabellenblatt hat bis Zeile {row:,} mehr als {limit:,} Zellen (die Grenze, leere Zellen vor der letzten Zelle jeder Zeile mitgezählt); die Datei in mehrere Dateien aufteilen oder ohne die leeren Zeilen und Spalten erneut speichern</translation>
    </message>
    <message>
        <source>the first sheet has a row {row:,}; at most {limit:,} rows are read; split it into several files, or save it again without the empty rows and columns</source>
        <translation>das erste Tabellenblatt hat eine Zeile {row:,}; höchstens {limit:,} Zeilen werden gelesen; die Datei in mehrere Dateien aufteilen oder ohne die leeren Zeilen und Spalten erneut speichern</translation>
    </message>
    <message>
        <source>the first sheet says it spans {ref} ({rows:,} rows, {columns:,} columns); at most {max_rows:,} rows and {max_columns} columns are read; split it into several files, or save it again without the empty rows and columns</source>
        <translation>das erste Tabellenblatt gibt an, {ref} zu umfassen ({rows:,} Zeilen, {columns:,} Spalten); höchstens {max_rows:,} Zeilen und {max_columns} Spalten werden gelesen; die Datei in mehrere Dateien aufteilen oder ohne die leeren Zeilen und Spalten erneut speichern</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula without a saved value; open the workbook in a spreadsheet application and save it (or paste the values), then import it again</source>
        <translation>Zelle {cell} enthält eine Formel ohne gespeicherten Wert; die Arbeitsmappe in einer Tabellenkalkulation öffnen und speichern (oder die Werte einfügen), dann erneut importieren</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula (={formula}) without a saved value; open the workbook in a spreadsheet application and save it (or paste the values), then import it again</source>
        <translation>Zelle {cell} enthält eine Formel (={formula}) ohne gespeicherten Wert; die Arbeitsmappe in einer Tabellenkalkulation öffnen und speichern (oder die Werte einfügen), dann erneut importieren</translation>
    </message>
    <message>
        <source>cell {cell}: {reason}; format the column as Text before typing or pasting the values (or type each with a leading &apos;, as &apos;000123), then enter them again</source>
        <translation>Zelle {cell}: {reason}; die Spalte vor dem Eingeben oder Einfügen der Werte als Text formatieren (oder jeden Wert mit einem führenden &apos; eingeben, etwa &apos;000123), dann die Werte erneut eingeben</translation>
    </message>
    <message>
        <source>the SN is a number in the spreadsheet ({value}), not text: a spreadsheet drops leading zeros and every digit after the 15th (000123 becomes 123, a 20-digit number 1.2345678901234567e+19), so it may not be the SN on the device</source>
        <translation>die SN ist in der Tabelle eine Zahl ({value}), kein Text: eine Tabellenkalkulation entfernt führende Nullen und jede Ziffer nach der 15. (aus 000123 wird 123, aus einer 20-stelligen Zahl 1.2345678901234567e+19), daher ist sie möglicherweise nicht die SN auf dem Gerät</translation>
    </message>
    <message>
        <source>the batch number is a number in the spreadsheet ({value}), not text: a spreadsheet drops leading zeros and every digit after the 15th (000123 becomes 123, a 20-digit number 1.2345678901234567e+19), so it may not be the batch number on the device</source>
        <translation>die Chargennummer ist in der Tabelle eine Zahl ({value}), kein Text: eine Tabellenkalkulation entfernt führende Nullen und jede Ziffer nach der 15. (aus 000123 wird 123, aus einer 20-stelligen Zahl 1.2345678901234567e+19), daher ist sie möglicherweise nicht die Chargennummer auf dem Gerät</translation>
    </message>
    <message>
        <source>the SN is a date in the spreadsheet ({value}), not text: the spreadsheet turned what was typed into a date</source>
        <translation>die SN ist in der Tabelle ein Datum ({value}), kein Text: die Tabellenkalkulation hat die Eingabe in ein Datum umgewandelt</translation>
    </message>
    <message>
        <source>the batch number is a date in the spreadsheet ({value}), not text: the spreadsheet turned what was typed into a date</source>
        <translation>die Chargennummer ist in der Tabelle ein Datum ({value}), kein Text: die Tabellenkalkulation hat die Eingabe in ein Datum umgewandelt</translation>
    </message>
    <message>
        <source>the SN is a yes/no value in the spreadsheet ({value}), not text: the spreadsheet turned what was typed into {value}</source>
        <translation>die SN ist in der Tabelle ein Ja/Nein-Wert ({value}), kein Text: die Tabellenkalkulation hat die Eingabe in {value} umgewandelt</translation>
    </message>
    <message>
        <source>the batch number is a yes/no value in the spreadsheet ({value}), not text: the spreadsheet turned what was typed into {value}</source>
        <translation>die Chargennummer ist in der Tabelle ein Ja/Nein-Wert ({value}), kein Text: die Tabellenkalkulation hat die Eingabe in {value} umgewandelt</translation>
    </message>
    <message>
        <source>the value is a number in the spreadsheet ({value}) with more digits than a spreadsheet keeps (15), so some are lost</source>
        <translation>der Wert ist in der Tabelle eine Zahl ({value}) mit mehr Ziffern, als eine Tabellenkalkulation behält (15), daher gehen einige verloren</translation>
    </message>
    <message>
        <source>{value!r} is not one of: {choices}</source>
        <translation>{value!r} ist keiner von: {choices}</translation>
    </message>
    <message>
        <source>{value!r} is not a date; use YYYY-MM-DD</source>
        <translation>{value!r} ist kein Datum; JJJJ-MM-TT verwenden</translation>
    </message>
    <message>
        <source>{value!r} is not a yes/no value; use true or false</source>
        <translation>{value!r} ist kein Ja/Nein-Wert; true oder false verwenden</translation>
    </message>
    <message>
        <source>a yes/no value is not a number</source>
        <translation>ein Ja/Nein-Wert ist keine Zahl</translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <translation>{value!r} ist keine Zahl</translation>
    </message>
    <message>
        <source>{value!r} is not a finite number</source>
        <translation>{value!r} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} liegt unter dem Minimum {minimum}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} liegt über dem Maximum {maximum}</translation>
    </message>
    <message>
        <source>{value!r} is outside the globe; latitude is -90..90, longitude -180..180</source>
        <translation>{value!r} liegt außerhalb der Erdkugel; der Breitengrad ist -90..90, der Längengrad -180..180</translation>
    </message>
    <message>
        <source>a location is &apos;latitude,longitude&apos; or a place name of at most {limit} characters</source>
        <translation>ein Ort ist &apos;Breitengrad,Längengrad&apos; oder ein Ortsname mit höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>Steuerzeichen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation>ist {length} Zeichen lang; höchstens {limit} sind erlaubt</translation>
    </message>
    <message>
        <source>{value!r} is not an IANA time zone such as Europe/Berlin</source>
        <translation>{value!r} ist keine IANA-Zeitzone wie Europe/Berlin</translation>
    </message>
    <message>
        <source>cannot be checked: the attribute&apos;s pattern {reason}; ask a technician to redefine the attribute</source>
        <translation>kann nicht geprüft werden: das Muster des Attributs {reason}; einen Techniker bitten, das Attribut neu zu definieren</translation>
    </message>
    <message>
        <source>{value!r} does not match the pattern {pattern}</source>
        <translation>{value!r} entspricht nicht dem Muster {pattern}</translation>
    </message>
    <message>
        <source>is not an attribute of this master data group (allowed: {allowed})</source>
        <translation>ist kein Attribut dieser Stammdatengruppe (erlaubt: {allowed})</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is not a pattern this station can check ({reason}); use a regular expression without backreferences (\1) or look-around ((?=...), (?!...))</source>
        <translation>ist kein Muster, das diese Station prüfen kann ({reason}); einen regulären Ausdruck ohne Rückverweise (\1) oder Lookaround ((?=...), (?!...)) verwenden</translation>
    </message>
    <message>
        <source>must be 1 to {limit} printable characters</source>
        <translation>muss aus 1 bis {limit} druckbaren Zeichen bestehen</translation>
    </message>
    <message>
        <source>contains the invisible or direction-changing character U+{code}; type the name again without it</source>
        <translation>enthält das unsichtbare oder die Schreibrichtung ändernde Zeichen U+{code}; den Namen ohne dieses Zeichen erneut eingeben</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and &apos;_&apos;, starting with a letter (at most 64)</source>
        <translation>Kleinbuchstaben, Ziffern und &apos;_&apos; verwenden, beginnend mit einem Buchstaben (höchstens 64)</translation>
    </message>
    <message>
        <source>{kind!r} is not a type; use one of: {kinds}</source>
        <translation>{kind!r} ist kein Typ; einen von diesen verwenden: {kinds}</translation>
    </message>
    <message>
        <source>a choice attribute needs its choices, comma-separated (e.g. red,green)</source>
        <translation>ein Auswahlattribut braucht seine Auswahlwerte, durch Kommas getrennt (z. B. red,green)</translation>
    </message>
    <message>
        <source>choices are only for enum attributes</source>
        <translation>Auswahlwerte gibt es nur für Enum-Attribute</translation>
    </message>
    <message>
        <source>the maximum {maximum} is below the minimum {minimum}</source>
        <translation>das Maximum {maximum} liegt unter dem Minimum {minimum}</translation>
    </message>
    <message>
        <source>the pattern {reason}</source>
        <translation>das Muster {reason}</translation>
    </message>
    <message>
        <source>an attribute with key {key!r} already exists</source>
        <translation>ein Attribut mit dem Schlüssel {key!r} existiert bereits</translation>
    </message>
    <message>
        <source>no attribute with key {key!r}</source>
        <translation>kein Attribut mit dem Schlüssel {key!r}</translation>
    </message>
    <message>
        <source>{key!r} is a built-in attribute and cannot be changed</source>
        <translation>{key!r} ist ein eingebautes Attribut und kann nicht geändert werden</translation>
    </message>
    <message>
        <source>{key!r} is not a defined attribute; known: {known}</source>
        <translation>{key!r} ist kein definiertes Attribut; bekannt: {known}</translation>
    </message>
    <message>
        <source>a master data group named {name!r} already exists</source>
        <translation>eine Stammdatengruppe namens {name!r} existiert bereits</translation>
    </message>
    <message>
        <source>no master data group named {name!r}</source>
        <translation>keine Stammdatengruppe namens {name!r}</translation>
    </message>
    <message>
        <source>must be a URL such as https://gateway.example.com or mqtts://host:8883</source>
        <translation>muss eine URL wie https://gateway.example.com oder mqtts://host:8883 sein</translation>
    </message>
    <message>
        <source>{text!r} is not URL,OU,ENVIRONMENT,PRODUCT_KEY[,WEIGHT]</source>
        <translation>{text!r} hat nicht die Form URL,OU,ENVIRONMENT,PRODUCT_KEY[,WEIGHT]</translation>
    </message>
    <message>
        <source>a target needs a gateway URL</source>
        <translation>ein Ziel braucht eine Gateway-URL</translation>
    </message>
    <message>
        <source>a target needs a product key (at most 128 characters)</source>
        <translation>ein Ziel braucht einen Produktschlüssel (höchstens 128 Zeichen)</translation>
    </message>
    <message>
        <source>the weight must be a whole number from 1 to {limit}, not {value!r}</source>
        <translation>das Gewicht muss eine ganze Zahl von 1 bis {limit} sein, nicht {value!r}</translation>
    </message>
    <message>
        <source>at most {count} targets</source>
        <translation>höchstens {count} Ziele</translation>
    </message>
    <message>
        <source>target {index} repeats {gateway} {ou}/{environment}</source>
        <translation>Ziel {index} wiederholt {gateway} {ou}/{environment}</translation>
    </message>
    <message>
        <source>group {group!r} has no product key for {ou}/{environment}; set one</source>
        <translation>Gruppe {group!r} hat keinen Produktschlüssel für {ou}/{environment}; einen festlegen</translation>
    </message>
    <message>
        <source>group {group!r} has no gateway for {ou}/{environment}; set one</source>
        <translation>Gruppe {group!r} hat kein Gateway für {ou}/{environment}; eines festlegen</translation>
    </message>
    <message>
        <source>a batch number is 1 to {limit} printable ASCII characters without spaces</source>
        <translation>eine Chargennummer besteht aus 1 bis {limit} druckbaren ASCII-Zeichen ohne Leerzeichen</translation>
    </message>
    <message>
        <source>no batch {number!r} in group {group!r}</source>
        <translation>keine Charge {number!r} in Gruppe {group!r}</translation>
    </message>
    <message>
        <source>cannot tell the format from {name!r}; end the file name in {suffixes}</source>
        <translation>das Format ist an {name!r} nicht zu erkennen; den Dateinamen auf {suffixes} enden lassen</translation>
    </message>
    <message>
        <source>{path} is a directory; give a file name</source>
        <translation>{path} ist ein Verzeichnis; einen Dateinamen angeben</translation>
    </message>
    <message>
        <source>the directory {path} does not exist</source>
        <translation>das Verzeichnis {path} existiert nicht</translation>
    </message>
    <message>
        <source>cannot write in {path} ({reason})</source>
        <translation>in {path} kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>device {sn} was not registered</source>
        <translation>Gerät {sn} wurde nicht registriert</translation>
    </message>
    <message>
        <source>must be between 1 and {limit}</source>
        <translation>muss zwischen 1 und {limit} liegen</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>muss 0 oder größer sein</translation>
    </message>
    <message>
        <source>the counter reaches {last}, which has {digits} digits; allow at least {digits} (or 0 for no padding)</source>
        <translation>der Zähler erreicht {last}, das hat {digits} Ziffern; mindestens {digits} zulassen (oder 0 für keine Auffüllung)</translation>
    </message>
    <message>
        <source>SN {sn!r} contains {characters}: the Azure IoT device SDKs carry only {allowed} in a registration ID, so this device cannot provision itself with them</source>
        <translation>SN {sn!r} enthält {characters}: die Azure IoT Device SDKs erlauben in einer Registrierungs-ID nur {allowed}, daher kann sich dieses Gerät mit ihnen nicht selbst bereitstellen</translation>
    </message>
    <message>
        <source>the batch number is empty</source>
        <translation>die Chargennummer ist leer</translation>
    </message>
    <message>
        <source>device {sn} is not in batch {batch}</source>
        <translation>Gerät {sn} ist nicht in Charge {batch}</translation>
    </message>
    <message>
        <source>batch {batch} of group {group} has no devices that can be labelled</source>
        <translation>Charge {batch} der Gruppe {group} hat keine Geräte, die etikettiert werden können</translation>
    </message>
    <message>
        <source>batch {batch} of group {group} has no devices that can be labelled ({skipped} disabled or retired)</source>
        <translation>Charge {batch} der Gruppe {group} hat keine Geräte, die etikettiert werden können ({skipped} deaktiviert oder ausgemustert)</translation>
    </message>
    <message>
        <source>group {group} has no devices that can be labelled</source>
        <translation>Gruppe {group} hat keine Geräte, die etikettiert werden können</translation>
    </message>
    <message>
        <source>group {group} has no devices that can be labelled ({skipped} disabled or retired)</source>
        <translation>Gruppe {group} hat keine Geräte, die etikettiert werden können ({skipped} deaktiviert oder ausgemustert)</translation>
    </message>
    <message>
        <source>selecting devices for labels was cancelled; nothing was printed</source>
        <translation>Auswahl der Geräte für Etiketten abgebrochen; nichts wurde gedruckt</translation>
    </message>
    <message>
        <source>there are no devices to print labels for</source>
        <translation>es gibt keine Geräte, für die Etiketten zu drucken wären</translation>
    </message>
    <message>
        <source>{dpi} dpi is not supported; use one of {choices}</source>
        <translation>{dpi} dpi wird nicht unterstützt; möglich sind {choices}</translation>
    </message>
    <message>
        <source>must be between {least} and {most}</source>
        <translation>muss zwischen {least} und {most} liegen</translation>
    </message>
    <message>
        <source>must be between 0 and {last} for template {label_template} ({per_page} labels per page)</source>
        <translation>muss für Vorlage {label_template} zwischen 0 und {last} liegen ({per_page} Etiketten pro Seite)</translation>
    </message>
    <message>
        <source>SN {sn} is in the job twice; use copies for more than one label</source>
        <translation>SN {sn} ist zweimal im Auftrag; für mehr als ein Etikett die Anzahl der Kopien erhöhen</translation>
    </message>
    <message>
        <source>label job cancelled; nothing was printed or recorded</source>
        <translation>Etikettenauftrag abgebrochen; nichts wurde gedruckt oder erfasst</translation>
    </message>
    <message>
        <source>label job cancelled; nothing was written or recorded</source>
        <translation>Etikettenauftrag abgebrochen; nichts wurde geschrieben oder erfasst</translation>
    </message>
    <message>
        <source>label job cancelled during print-and-verify; nothing was printed or recorded</source>
        <translation>Etikettenauftrag während Druck-und-Prüfung abgebrochen; nichts wurde gedruckt oder erfasst</translation>
    </message>
    <message>
        <source>the output cannot take another page (disk full, printer gone?); nothing was recorded</source>
        <translation>die Ausgabe nimmt keine weitere Seite an (Datenträger voll, Drucker weg?); nichts wurde erfasst</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>cannot write into {folder} ({reason}); nothing was printed or recorded</source>
        <translation>in {folder} kann nicht geschrieben werden ({reason}); nichts wurde gedruckt oder erfasst</translation>
    </message>
    <message>
        <source>cannot write PNG files into {folder} ({reason}); nothing was printed or recorded</source>
        <translation>PNG-Dateien können nicht in {folder} geschrieben werden ({reason}); nichts wurde gedruckt oder erfasst</translation>
    </message>
    <message>
        <source>cannot write {file}; nothing was printed or recorded</source>
        <translation>{file} kann nicht geschrieben werden; nichts wurde gedruckt oder erfasst</translation>
    </message>
    <message>
        <source>cannot move the PNG files into {folder} ({reason}); nothing was printed or recorded</source>
        <translation>die PNG-Dateien können nicht nach {folder} verschoben werden ({reason}); nichts wurde gedruckt oder erfasst</translation>
    </message>
    <message>
        <source>the output cannot be painted on (is the file writable, the printer there?); nothing was printed or recorded</source>
        <translation>auf die Ausgabe kann nicht gezeichnet werden (ist die Datei beschreibbar, der Drucker da?); nichts wurde gedruckt oder erfasst</translation>
    </message>
    <message>
        <source>SN {sn}: {dots} printer dots per QR module at {dpi} dpi (4 or more recommended); the code may be hard to scan</source>
        <translation>SN {sn}: {dots} Druckerpunkte pro QR-Modul bei {dpi} dpi (4 oder mehr empfohlen); der Code ist womöglich schwer zu scannen</translation>
    </message>
    <message>
        <source>... {count} labels in all have fewer than 4 dots per QR module</source>
        <translation>… insgesamt {count} Etiketten haben weniger als 4 Punkte pro QR-Modul</translation>
    </message>
    <message>
        <source>SN {sn}: the {field} was shortened to fit the label</source>
        <translation>SN {sn}: das Feld {field} wurde gekürzt, damit es auf das Etikett passt</translation>
    </message>
    <message>
        <source>the QR code for SN {sn!r} cannot be made: {reason}</source>
        <translation>der QR-Code für SN {sn!r} kann nicht erzeugt werden: {reason}</translation>
    </message>
    <message>
        <source>the payload of SN {sn!r} needs a QR code of version {version}; at most {most} is allowed</source>
        <translation>die Nutzdaten von SN {sn!r} brauchen einen QR-Code der Version {version}; höchstens {most} ist erlaubt</translation>
    </message>
    <message>
        <source>the QR code of SN {sn!r} ({modules} modules, version {version}, plus the quiet zone) does not fit the {width:.1f} mm QR area of template {label_template} at {dpi} dpi: {dots:.1f} dots per module, at least {least} needed; use a larger label, a higher dpi, or a shorter SN/batch</source>
        <translation>der QR-Code von SN {sn!r} ({modules} Module, Version {version}, dazu die Ruhezone) passt bei {dpi} dpi nicht in den {width:.1f} mm großen QR-Bereich der Vorlage {label_template}: {dots:.1f} Punkte pro Modul, mindestens {least} nötig; ein größeres Etikett, eine höhere Auflösung oder eine kürzere SN/Charge verwenden</translation>
    </message>
    <message>
        <source>the logo image cannot be read</source>
        <translation>das Logobild kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>template {label_template}: the {field} field is {height:.1f} mm high, too low for {size:g} pt text</source>
        <translation>Vorlage {label_template}: das Feld {field} ist {height:.1f} mm hoch, zu niedrig für Text in {size:g} pt</translation>
    </message>
    <message>
        <source>the {what} {text!r} (SN {sn}) is too long for template {label_template}: it needs {needed:.1f} mm at {size:g} pt and the field is {width:.1f} mm wide; use a template with more room or a shorter {what}</source>
        <translation>{what} {text!r} (SN {sn}) ist zu lang für Vorlage {label_template}: benötigt {needed:.1f} mm bei {size:g} pt, das Feld ist {width:.1f} mm breit; eine Vorlage mit mehr Platz oder kürzere Angabe für {what} verwenden</translation>
    </message>
    <message>
        <source>missing or not an object ({{...}})</source>
        <translation>fehlt oder ist kein Objekt ({{...}})</translation>
    </message>
    <message>
        <source>missing or not a number</source>
        <translation>fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>must be above 0, not {value}</source>
        <translation>muss größer als 0 sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be at least 0, not {value}</source>
        <translation>muss mindestens 0 sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more</source>
        <translation>muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>is not valid JSON ({reason})</source>
        <translation>ist kein gültiges JSON ({reason})</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>muss genau ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>{unit!r} is not a unit; use one of: {choices}</source>
        <translation>{unit!r} ist keine Einheit; möglich sind: {choices}</translation>
    </message>
    <message>
        <source>{kind!r} is not a template kind; use one of: {choices}</source>
        <translation>{kind!r} ist keine Vorlagenart; möglich sind: {choices}</translation>
    </message>
    <message>
        <source>{columns} labels of {width:.1f} mm with the margin and gaps are wider than the page ({page:.1f} mm)</source>
        <translation>{columns} Etiketten zu {width:.1f} mm mit Rand und Abständen sind breiter als die Seite ({page:.1f} mm)</translation>
    </message>
    <message>
        <source>{rows} labels of {height:.1f} mm with the margin and gaps are taller than the page ({page:.1f} mm)</source>
        <translation>{rows} Etiketten zu {height:.1f} mm mit Rand und Abständen sind höher als die Seite ({page:.1f} mm)</translation>
    </message>
    <message>
        <source>is not a label field; use: qr, {fields}, logo</source>
        <translation>ist kein Etikettenfeld; möglich sind: qr, {fields}, logo</translation>
    </message>
    <message>
        <source>missing or not an object: every label needs the QR code (x, y, size)</source>
        <translation>fehlt oder ist kein Objekt: jedes Etikett braucht den QR-Code (x, y, size)</translation>
    </message>
    <message>
        <source>missing: every label shows the SN and the manual code</source>
        <translation>fehlt: jedes Etikett zeigt die SN und den manuellen Code</translation>
    </message>
    <message>
        <source>must be an object with x, y, width, height, font_size</source>
        <translation>muss ein Objekt mit x, y, width, height, font_size sein</translation>
    </message>
    <message>
        <source>overlaps the QR code area; text is never drawn over the code</source>
        <translation>überlappt den QR-Code-Bereich; Text wird nie über den Code gezeichnet</translation>
    </message>
    <message>
        <source>must not be above font_size ({size})</source>
        <translation>darf nicht größer als font_size ({size}) sein</translation>
    </message>
    <message>
        <source>{value!r} is not valid; use one of: {choices}</source>
        <translation>{value!r} ist nicht gültig; möglich sind: {choices}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must name an image file (relative to the template file)</source>
        <translation>muss eine Bilddatei nennen (relativ zur Vorlagendatei)</translation>
    </message>
    <message>
        <source>overlaps the QR code area</source>
        <translation>überlappt den QR-Code-Bereich</translation>
    </message>
    <message>
        <source>{file} does not exist next to the template</source>
        <translation>{file} existiert nicht neben der Vorlage</translation>
    </message>
    <message>
        <source>reaches outside the label ({width:.1f} x {height:.1f} mm)</source>
        <translation>reicht über das Etikett hinaus ({width:.1f} x {height:.1f} mm)</translation>
    </message>
    <message>
        <source>no label template {name!r}; available: {available}</source>
        <translation>keine Etikettenvorlage {name!r}; verfügbar: {available}</translation>
    </message>
    <message>
        <source>{out!r}: use FILE.pdf, a folder for PNG files, FILE.zpl or HOST:PORT</source>
        <translation>{out!r}: DATEI.pdf, einen Ordner für PNG-Dateien, DATEI.zpl oder HOST:PORT angeben</translation>
    </message>
    <message>
        <source>no printer called {name!r}; available: {available}</source>
        <translation>kein Drucker namens {name!r}; verfügbar: {available}</translation>
    </message>
    <message>
        <source>no printer called {name!r}; available: none</source>
        <translation>kein Drucker namens {name!r}; es ist keiner verfügbar</translation>
    </message>
    <message>
        <source>{kind!r} is not an output; use one of: {choices}</source>
        <translation>{kind!r} ist keine Ausgabe; möglich sind: {choices}</translation>
    </message>
    <message>
        <source>ZPL is for thermal label printers; template {label_template} is a {kind} template: use a thermal-* template, or PDF/PNG/a printer for sheets</source>
        <translation>ZPL ist für Thermo-Etikettendrucker; Vorlage {label_template} ist eine Vorlage der Art {kind}: eine thermal-*-Vorlage verwenden, oder für Bögen PDF/PNG/einen Drucker</translation>
    </message>
    <message>
        <source>Zebra printers print at {choices} dpi, not {dpi}</source>
        <translation>Zebra-Drucker drucken mit {choices} dpi, nicht mit {dpi}</translation>
    </message>
    <message>
        <source>--start-at is for sheets of labels; a thermal roll has no used positions</source>
        <translation>--start-at ist für Etikettenbögen; eine Thermorolle hat keine belegten Positionen</translation>
    </message>
    <message>
        <source>port {port} is not valid (1-65535)</source>
        <translation>Port {port} ist nicht gültig (1-65535)</translation>
    </message>
    <message>
        <source>the printer at {host}:{port} did not answer within {timeout:g} s; check the address and that it is switched on; nothing was printed or recorded</source>
        <translation>der Drucker unter {host}:{port} hat nicht innerhalb von {timeout:g} s geantwortet; Adresse prüfen und ob er eingeschaltet ist; nichts wurde gedruckt oder erfasst</translation>
    </message>
    <message>
        <source>the printer host {host!r} is unknown; check the name or use its IP address; nothing was printed or recorded</source>
        <translation>der Druckerhost {host!r} ist unbekannt; den Namen prüfen oder die IP-Adresse verwenden; nichts wurde gedruckt oder erfasst</translation>
    </message>
    <message>
        <source>the printer at {host}:{port} cannot be reached ({reason}); check the address, the port (usually {usual}) and the network; nothing was printed or recorded</source>
        <translation>der Drucker unter {host}:{port} ist nicht erreichbar ({reason}); Adresse, Port (meist {usual}) und Netzwerk prüfen; nichts wurde gedruckt oder erfasst</translation>
    </message>
    <message>
        <source>choose a PDF file to write</source>
        <translation>eine PDF-Datei zum Schreiben wählen</translation>
    </message>
    <message>
        <source>{path} does not end in .pdf</source>
        <translation>{path} endet nicht auf .pdf</translation>
    </message>
    <message>
        <source>choose a folder for the PNG files</source>
        <translation>einen Ordner für die PNG-Dateien wählen</translation>
    </message>
    <message>
        <source>{path} is a file; choose a folder for the PNG files</source>
        <translation>{path} ist eine Datei; einen Ordner für die PNG-Dateien wählen</translation>
    </message>
    <message>
        <source>give a .zpl file or the printer as host:9100</source>
        <translation>eine .zpl-Datei oder den Drucker als host:9100 angeben</translation>
    </message>
    <message>
        <source>{path}: give a file ending in .zpl or the printer as host:9100</source>
        <translation>{path}: eine Datei mit der Endung .zpl oder den Drucker als host:9100 angeben</translation>
    </message>
    <message>
        <source>{count} label(s) failed print-and-verify, the job was stopped and nothing was printed or recorded: {shown}{more}</source>
        <translation>{count} Etikett(en) haben Druck-und-Prüfung nicht bestanden, der Auftrag wurde angehalten, nichts wurde gedruckt oder erfasst: {shown}{more}</translation>
    </message>
    <message>
        <source>SN {sn}: {reason}</source>
        <translation>SN {sn}: {reason}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>the code read back is not a signed label payload</source>
        <translation>der zurückgelesene Code ist keine signierte Etiketten-Nutzlast</translation>
    </message>
    <message>
        <source>the signature does not verify (key {key})</source>
        <translation>die Signatur ist nicht gültig (Schlüssel {key})</translation>
    </message>
    <message>
        <source>the code is for SN {sn} of group ID {group_id}</source>
        <translation>der Code gehört zu SN {sn} der Gruppen-ID {group_id}</translation>
    </message>
    <message>
        <source>the QR code did not read back</source>
        <translation>der QR-Code ließ sich nicht zurücklesen</translation>
    </message>
    <message>
        <source>the code read back differs from the payload sent to the printer</source>
        <translation>der zurückgelesene Code weicht von der an den Drucker gesendeten Nutzlast ab</translation>
    </message>
    <message>
        <source>the QR code the printer gets did not read back</source>
        <translation>der QR-Code, den der Drucker bekommt, ließ sich nicht zurücklesen</translation>
    </message>
    <message>
        <source>the code the printer gets differs from the payload</source>
        <translation>der Code, den der Drucker bekommt, weicht von der Nutzlast ab</translation>
    </message>
    <message>
        <source>the label has no ^PW (width) or ^LL (length)</source>
        <translation>das Etikett hat kein ^PW (Breite) oder ^LL (Länge)</translation>
    </message>
    <message>
        <source>the QR graphic is malformed: {reason}</source>
        <translation>die QR-Grafik ist fehlerhaft: {reason}</translation>
    </message>
    <message>
        <source>the QR graphic ({columns} x {rows} dots at {x},{y}) runs off the {width} x {height} dot label</source>
        <translation>die QR-Grafik ({columns} x {rows} Punkte bei {x},{y}) ragt über das Etikett von {width} x {height} Punkten hinaus</translation>
    </message>
    <message>
        <source>the label has no QR graphic (^GF)</source>
        <translation>das Etikett hat keine QR-Grafik (^GF)</translation>
    </message>
    <message>
        <source>the QR graphic ({width} x {height} dots at {x},{y}) does not lie in the template&apos;s QR square</source>
        <translation>die QR-Grafik ({width} x {height} Punkte bei {x},{y}) liegt nicht im QR-Quadrat der Vorlage</translation>
    </message>
    <message>
        <source>the label has {count} graphics, expected the QR code alone</source>
        <translation>das Etikett hat {count} Grafiken, erwartet wird nur der QR-Code</translation>
    </message>
    <message>
        <source>the QR graphic is not a square of whole modules of {dots} dots</source>
        <translation>die QR-Grafik ist kein Quadrat aus ganzen Modulen zu {dots} Punkten</translation>
    </message>
    <message>
        <source>the QR graphic has modules that are not uniform squares of {dots} dots</source>
        <translation>die QR-Grafik hat Module, die keine einheitlichen Quadrate zu {dots} Punkten sind</translation>
    </message>
    <message>
        <source>not an ASCII ^GFA graphic field</source>
        <translation>kein ASCII-Grafikfeld ^GFA</translation>
    </message>
    <message>
        <source>{total} bytes is not a whole number of rows of {per_row} bytes</source>
        <translation>{total} Bytes sind keine ganze Zahl von Zeilen zu {per_row} Bytes</translation>
    </message>
    <message>
        <source>{character!r} is not graphic data (or a repeat count before no hex digit)</source>
        <translation>{character!r} sind keine Grafikdaten (oder eine Wiederholungszahl ohne folgende Hex-Ziffer)</translation>
    </message>
    <message>
        <source>&apos;:&apos; (repeat the row) in the middle of a row or before the first row</source>
        <translation>&apos;:&apos; (Zeile wiederholen) mitten in einer Zeile oder vor der ersten Zeile</translation>
    </message>
    <message>
        <source>the data ends in the middle of a row</source>
        <translation>die Daten enden mitten in einer Zeile</translation>
    </message>
    <message>
        <source>{rows} rows of {per_row} bytes, but the field says {total} bytes</source>
        <translation>{rows} Zeilen zu {per_row} Bytes, aber das Feld nennt {total} Bytes</translation>
    </message>
    <message>
        <source>the PDF cannot take another page (disk full?)</source>
        <translation>das PDF nimmt keine weitere Seite an (Datenträger voll?)</translation>
    </message>
    <message>
        <source>cannot write a PDF to {path}</source>
        <translation>in {path} kann kein PDF geschrieben werden</translation>
    </message>
    <message>
        <source>the report file name ends in .pdf or .csv, not {name!r}</source>
        <translation>der Name der Berichtsdatei endet auf .pdf oder .csv, nicht {name!r}</translation>
    </message>
    <message>
        <source>forged or damaged label: {reason}; do not onboard this device</source>
        <translation>gefälschtes oder beschädigtes Etikett: {reason}; dieses Gerät nicht in Betrieb nehmen</translation>
    </message>
    <message>
        <source>label signed with an unknown key ({key_id}): not a label of this organisation, or forged; do not onboard</source>
        <translation>Etikett mit einem unbekannten Schlüssel signiert ({key_id}): kein Etikett dieser Organisation oder gefälscht; nicht in Betrieb nehmen</translation>
    </message>
    <message>
        <source>the signature of this label does not match its content (SN {sn}): altered or forged; do not onboard</source>
        <translation>die Signatur dieses Etiketts passt nicht zu seinem Inhalt (SN {sn}): verändert oder gefälscht; nicht in Betrieb nehmen</translation>
    </message>
    <message>
        <source>genuine label, but SN {sn} (group ID {group_id}) is not in this station&apos;s database; sync, or register it</source>
        <translation>echtes Etikett, aber SN {sn} (Gruppen-ID {group_id}) ist nicht in der Datenbank dieser Station; synchronisieren oder registrieren</translation>
    </message>
    <message>
        <source>genuine label, but of an earlier registration of SN {sn} (registration {registration}; the SN was deleted and registered again since, now registration {current}): do not onboard with it; print a new label</source>
        <translation>echtes Etikett, aber einer früheren Registrierung der SN {sn} (Registrierung {registration}; die SN wurde seitdem gelöscht und neu registriert, jetzt Registrierung {current}): damit nicht in Betrieb nehmen; ein neues Etikett drucken</translation>
    </message>
    <message>
        <source>unsigned code {code!r}, not a serial number ({problem})</source>
        <translation>unsignierter Code {code!r}, keine Seriennummer ({problem})</translation>
    </message>
    <message>
        <source>unsigned code; no device with SN {sn!r} is registered</source>
        <translation>unsignierter Code; kein Gerät mit SN {sn!r} ist registriert</translation>
    </message>
    <message>
        <source>unsigned code: SN {sn} of group {group}, {status}; not verified, check the device itself</source>
        <translation>unsignierter Code: SN {sn} der Gruppe {group}, {status}; nicht geprüft, das Gerät selbst kontrollieren</translation>
    </message>
    <message>
        <source>unsigned code: SN {sn} of group {group} (and {others} other group(s)), {status}; not verified, check the device itself</source>
        <translation>unsignierter Code: SN {sn} der Gruppe {group} (und {others} weiterer Gruppe(n)), {status}; nicht geprüft, das Gerät selbst kontrollieren</translation>
    </message>
    <message>
        <source>unsigned code: SN {sn}; not verified</source>
        <translation>unsignierter Code: SN {sn}; nicht geprüft</translation>
    </message>
    <message>
        <source>manual code {code!r} has the wrong number of digits (12): check it against the label and type it again</source>
        <translation>manueller Code {code!r} hat die falsche Anzahl Ziffern (12): mit dem Etikett vergleichen und erneut eingeben</translation>
    </message>
    <message>
        <source>manual code {code!r} has a wrong check digit: check it against the label and type it again</source>
        <translation>manueller Code {code!r} hat eine falsche Prüfziffer: mit dem Etikett vergleichen und erneut eingeben</translation>
    </message>
    <message>
        <source>no device has the manual code {code}</source>
        <translation>kein Gerät hat den manuellen Code {code}</translation>
    </message>
    <message>
        <source>manual code {code} matches {count} devices; type the SN instead</source>
        <translation>manueller Code {code} passt zu {count} Geräten; stattdessen die SN eingeben</translation>
    </message>
    <message>
        <source>this code is neither a manual code of this station (12 digits) nor a valid Matter manual pairing code ({reason}): check it against the label and type it again</source>
        <translation>dieser Code ist weder ein manueller Code dieser Station (12 Ziffern) noch ein gültiger manueller Matter-Kopplungscode ({reason}): mit dem Etikett vergleichen und erneut eingeben</translation>
    </message>
    <message>
        <source>SN {sn} is disabled; it cannot be onboarded</source>
        <translation>SN {sn} ist gesperrt; sie kann nicht in Betrieb genommen werden</translation>
    </message>
    <message>
        <source>SN {sn} is already active ({status})</source>
        <translation>SN {sn} ist bereits aktiv ({status})</translation>
    </message>
    <message>
        <source>SN {sn} was {status}; it cannot be onboarded</source>
        <translation>SN {sn} ist {status}; sie kann nicht in Betrieb genommen werden</translation>
    </message>
    <message>
        <source>genuine label: SN {sn}, group {group}, {status}; ready to onboard</source>
        <translation>echtes Etikett: SN {sn}, Gruppe {group}, {status}; bereit zur Inbetriebnahme</translation>
    </message>
    <message>
        <source>manual code: SN {sn}, group {group}, {status}; ready to onboard</source>
        <translation>manueller Code: SN {sn}, Gruppe {group}, {status}; bereit zur Inbetriebnahme</translation>
    </message>
    <message>
        <source>SN {sn} belongs to group {group}, not to {session_group}</source>
        <translation>SN {sn} gehört zur Gruppe {group}, nicht zu {session_group}</translation>
    </message>
    <message>
        <source>SN {sn} was already scanned in this session</source>
        <translation>SN {sn} wurde in dieser Sitzung bereits gescannt</translation>
    </message>
    <message>
        <source>{message} (scanned before in this session)</source>
        <translation>{message} (in dieser Sitzung bereits gescannt)</translation>
    </message>
    <message>
        <source>{message} (unsigned code: not verified)</source>
        <translation>{message} (unsignierter Code: nicht geprüft)</translation>
    </message>
    <message>
        <source>{what}: {summary}; {secret} hidden (reveal it if needed). A third-party device, not a label of this organisation: add it with its own controller or app</source>
        <translation>{what}: {summary}; {secret} verborgen (bei Bedarf anzeigen). Ein Fremdgerät, kein Etikett dieser Organisation: mit dem eigenen Controller oder der eigenen App hinzufügen</translation>
    </message>
    <message>
        <source>{what} of {count} devices</source>
        <translation>{what} für {count} Geräte</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>{list}; {item}</source>
        <translation>{list}; {item}</translation>
    </message>
    <message>
        <source>#{number}: {summary}</source>
        <translation>#{number}: {summary}</translation>
    </message>
    <message>
        <source>vendor ID 0x{id:04X}</source>
        <translation>Hersteller-ID 0x{id:04X}</translation>
    </message>
    <message>
        <source>product ID 0x{id:04X}</source>
        <translation>Produkt-ID 0x{id:04X}</translation>
    </message>
    <message>
        <source>discriminator {value}</source>
        <translation>Discriminator {value}</translation>
    </message>
    <message>
        <source>discriminator {value} (short)</source>
        <translation>Discriminator {value} (kurz)</translation>
    </message>
    <message>
        <source>discovery {names}</source>
        <translation>Erkennung {names}</translation>
    </message>
    <message>
        <source>flow {flow}</source>
        <translation>Ablauf {flow}</translation>
    </message>
    <message>
        <source>serial number {serial}</source>
        <translation>Seriennummer {serial}</translation>
    </message>
    <message>
        <source>manufacturer ID 0x{id:04X}</source>
        <translation>Hersteller-ID 0x{id:04X}</translation>
    </message>
    <message>
        <source>product type 0x{id:04X}</source>
        <translation>Produkttyp 0x{id:04X}</translation>
    </message>
    <message>
        <source>application version {version}</source>
        <translation>Anwendungsversion {version}</translation>
    </message>
    <message>
        <source>device class 0x{generic:02X}/0x{specific:02X}</source>
        <translation>Geräteklasse 0x{generic:02X}/0x{specific:02X}</translation>
    </message>
    <message>
        <source>keys {names}</source>
        <translation>Schlüssel {names}</translation>
    </message>
    <message>
        <source>protocols {names}</source>
        <translation>Protokolle {names}</translation>
    </message>
    <message>
        <source>damaged {format}: {reason}; scan it again or type it, and check the print</source>
        <translation>beschädigt ({format}): {reason}; erneut scannen oder eintippen und den Druck prüfen</translation>
    </message>
    <message>
        <source>{format}: {reason}</source>
        <translation>{format}: {reason}</translation>
    </message>
    <message>
        <source>holds something other than digits</source>
        <translation>enthält etwas anderes als Ziffern</translation>
    </message>
    <message>
        <source>does not start with MT:</source>
        <translation>beginnt nicht mit MT:</translation>
    </message>
    <message>
        <source>payload {number} of {count}: {reason}</source>
        <translation>Nutzdaten {number} von {count}: {reason}</translation>
    </message>
    <message>
        <source>empty payload</source>
        <translation>leere Nutzdaten</translation>
    </message>
    <message>
        <source>{count} characters; a payload has at least {minimum}</source>
        <translation>{count} Zeichen; Nutzdaten haben mindestens {minimum}</translation>
    </message>
    <message>
        <source>payload version {version}; only version 0 is defined</source>
        <translation>Nutzdaten-Version {version}; nur Version 0 ist definiert</translation>
    </message>
    <message>
        <source>commissioning flow 3 is not defined</source>
        <translation>Inbetriebnahme-Ablauf 3 ist nicht definiert</translation>
    </message>
    <message>
        <source>its passcode is not a valid Matter passcode (0, 8 equal digits, 12345678, 87654321 and values above 99999998 are not allowed)</source>
        <translation>sein Passcode ist kein gültiger Matter-Passcode (0, 8 gleiche Ziffern, 12345678, 87654321 und Werte über 99999998 sind nicht erlaubt)</translation>
    </message>
    <message>
        <source>character {position} ({character!r}) is not base-38 (0-9, A-Z, &apos;-&apos;, &apos;.&apos;)</source>
        <translation>Zeichen {position} ({character!r}) ist kein Base-38 (0-9, A-Z, &apos;-&apos;, &apos;.&apos;)</translation>
    </message>
    <message>
        <source>{count} base-38 characters is not a whole number of bytes</source>
        <translation>{count} Base-38-Zeichen ergeben keine ganze Zahl von Bytes</translation>
    </message>
    <message>
        <source>base-38 characters {first}-{last} are out of range</source>
        <translation>Base-38-Zeichen {first}-{last} liegen außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>the optional data does not start with a TLV structure</source>
        <translation>die optionalen Daten beginnen nicht mit einer TLV-Struktur</translation>
    </message>
    <message>
        <source>the optional data ends inside its TLV structure</source>
        <translation>die optionalen Daten enden innerhalb ihrer TLV-Struktur</translation>
    </message>
    <message>
        <source>TLV member with tag form 0x{form:02x}; only context tags are used here</source>
        <translation>TLV-Element mit Tag-Form 0x{form:02x}; hier werden nur Kontext-Tags verwendet</translation>
    </message>
    <message>
        <source>the optional data ends inside a TLV tag</source>
        <translation>die optionalen Daten enden innerhalb eines TLV-Tags</translation>
    </message>
    <message>
        <source>bytes after the end of the optional data</source>
        <translation>Bytes nach dem Ende der optionalen Daten</translation>
    </message>
    <message>
        <source>the optional data ends inside a TLV value</source>
        <translation>die optionalen Daten enden innerhalb eines TLV-Werts</translation>
    </message>
    <message>
        <source>a TLV string is not UTF-8</source>
        <translation>eine TLV-Zeichenkette ist kein UTF-8</translation>
    </message>
    <message>
        <source>TLV element type 0x{type:02x} is not used in a setup payload</source>
        <translation>TLV-Elementtyp 0x{type:02x} wird in Setup-Nutzdaten nicht verwendet</translation>
    </message>
    <message>
        <source>has {count} digits; it has 11 (or 21 with vendor and product ID)</source>
        <translation>hat {count} Ziffern; er hat 11 (oder 21 mit Hersteller- und Produkt-ID)</translation>
    </message>
    <message>
        <source>has a wrong check digit (last digit): a digit was misread or mistyped</source>
        <translation>hat eine falsche Prüfziffer (letzte Ziffer): eine Ziffer wurde falsch gelesen oder falsch eingegeben</translation>
    </message>
    <message>
        <source>starts with {digit}; only 0-7 are defined</source>
        <translation>beginnt mit {digit}; nur 0-7 sind definiert</translation>
    </message>
    <message>
        <source>its first digit says {said} digits, it has {count}</source>
        <translation>laut erster Ziffer {said} Ziffern, er hat {count}</translation>
    </message>
    <message>
        <source>digits 2-10 are out of range</source>
        <translation>Ziffern 2-10 liegen außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>vendor or product ID above 65535</source>
        <translation>Hersteller- oder Produkt-ID über 65535</translation>
    </message>
    <message>
        <source>does not start with 90</source>
        <translation>beginnt nicht mit 90</translation>
    </message>
    <message>
        <source>has {count} digits; it has at least {minimum}</source>
        <translation>hat {count} Ziffern; er hat mindestens {minimum}</translation>
    </message>
    <message>
        <source>version {version}; 00 (S2) and 01 (SmartStart) are defined</source>
        <translation>Version {version}; 00 (S2) und 01 (SmartStart) sind definiert</translation>
    </message>
    <message>
        <source>its checksum does not match its content: a digit was misread or changed</source>
        <translation>seine Prüfsumme passt nicht zu seinem Inhalt: eine Ziffer wurde falsch gelesen oder verändert</translation>
    </message>
    <message>
        <source>ends inside its {name}</source>
        <translation>endet mitten im Feld {name}</translation>
    </message>
    <message>
        <source>{name} is out of range at digit {digit}</source>
        <translation>{name} liegt bei Ziffer {digit} außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>{name} (hidden) is out of range at digit {digit}</source>
        <translation>{name} (verborgen) liegt bei Ziffer {digit} außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>DSK block {number}</source>
        <translation>DSK-Block {number}</translation>
    </message>
    <message>
        <source>TLV block at digit {digit} {reason}</source>
        <translation>TLV-Block bei Ziffer {digit}: {reason}</translation>
    </message>
    <message>
        <source>TLV block {type} at digit {digit} {reason}</source>
        <translation>TLV-Block {type} bei Ziffer {digit}: {reason}</translation>
    </message>
    <message>
        <source>TLV block at digit {digit} is cut short ({got} of {length} digits)</source>
        <translation>TLV-Block bei Ziffer {digit} ist abgeschnitten ({got} von {length} Ziffern)</translation>
    </message>
    <message>
        <source>critical TLV block of unknown type {type} at digit {digit}</source>
        <translation>kritischer TLV-Block unbekannten Typs {type} bei Ziffer {digit}</translation>
    </message>
    <message>
        <source>the required {name} block is missing</source>
        <translation>der erforderliche Block {name} fehlt</translation>
    </message>
    <message>
        <source>has {count} digits, not 2, 3 or 5</source>
        <translation>hat {count} Ziffern, nicht 2, 3 oder 5</translation>
    </message>
    <message>
        <source>has {count} digits, not {expected}</source>
        <translation>hat {count} Ziffern, nicht {expected}</translation>
    </message>
    <message>
        <source>malformed label payload: bad escape in the {field}</source>
        <translation>fehlerhafte Etikettendaten: ungültige Maskierung im Feld {field}</translation>
    </message>
    <message>
        <source>malformed label payload: the {field} is not valid UTF-8</source>
        <translation>fehlerhafte Etikettendaten: das Feld {field} ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>malformed label payload: the {field} is not in canonical form</source>
        <translation>fehlerhafte Etikettendaten: das Feld {field} ist nicht in kanonischer Form</translation>
    </message>
    <message>
        <source>label payload version {version} is not supported by this station (it reads version {supported})</source>
        <translation>Etikettendaten-Version {version} wird von dieser Station nicht unterstützt (sie liest Version {supported})</translation>
    </message>
    <message>
        <source>malformed label payload: characters outside ASCII</source>
        <translation>fehlerhafte Etikettendaten: Zeichen außerhalb von ASCII</translation>
    </message>
    <message>
        <source>malformed label payload: the fifth field is not R and a registration number</source>
        <translation>fehlerhafte Etikettendaten: das fünfte Feld ist nicht R mit einer Registrierungsnummer</translation>
    </message>
    <message>
        <source>malformed label payload: {count} fields instead of 5</source>
        <translation>fehlerhafte Etikettendaten: {count} Felder statt 5</translation>
    </message>
    <message>
        <source>malformed label payload: empty Group ID or SN</source>
        <translation>fehlerhafte Etikettendaten: Gruppen-ID oder SN leer</translation>
    </message>
    <message>
        <source>malformed label payload: the key id is not 4 hexadecimal digits</source>
        <translation>fehlerhafte Etikettendaten: die Schlüssel-ID besteht nicht aus 4 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>malformed label payload: the signature is not {count} digits</source>
        <translation>fehlerhafte Etikettendaten: die Signatur hat nicht {count} Ziffern</translation>
    </message>
    <message>
        <source>malformed label payload: the signature is out of range</source>
        <translation>fehlerhafte Etikettendaten: die Signatur liegt außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>the Group ID is empty</source>
        <translation>die Gruppen-ID ist leer</translation>
    </message>
    <message>
        <source>the label payload for SN {sn!r} is too long for a QR code of version {version} at level {level}; shorten the SN, the Group ID or the batch number</source>
        <translation>die Etikettendaten für SN {sn!r} sind zu lang für einen QR-Code der Version {version} mit Stufe {level}; SN, Gruppen-ID oder Chargennummer kürzen</translation>
    </message>
    <message>
        <source>camera {index}</source>
        <translation>Kamera {index}</translation>
    </message>
    <message>
        <source>{camera} cannot be opened ({error})</source>
        <translation>{camera} kann nicht geöffnet werden ({error})</translation>
    </message>
    <message>
        <source>no camera at index {index} (video devices found: {found}); plug one in or choose another with --camera N</source>
        <translation>keine Kamera mit Index {index} (gefundene Videogeräte: {found}); eine anschließen oder mit --camera N eine andere wählen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{camera} (/dev/video{index}) cannot be opened: another program is using it, or this user may not access it (group &apos;video&apos;)</source>
        <translation>{camera} (/dev/video{index}) kann nicht geöffnet werden: ein anderes Programm verwendet sie, oder dieser Benutzer darf nicht darauf zugreifen (Gruppe &apos;video&apos;)</translation>
    </message>
    <message>
        <source>{camera} cannot be opened: it is not connected or another program uses it</source>
        <translation>{camera} kann nicht geöffnet werden: sie ist nicht angeschlossen oder ein anderes Programm verwendet sie</translation>
    </message>
    <message>
        <source>{problem}; waiting for it to come back</source>
        <translation>{problem}; warte auf ihre Rückkehr</translation>
    </message>
    <message>
        <source>{camera} opened but sent no picture within {seconds:g} s; another program may be using it</source>
        <translation>{camera} wurde geöffnet, lieferte aber innerhalb von {seconds:g} s kein Bild; möglicherweise verwendet sie ein anderes Programm</translation>
    </message>
    <message>
        <source>{camera} opened but cannot deliver pictures; another program may be using it</source>
        <translation>{camera} wurde geöffnet, kann aber keine Bilder liefern; möglicherweise verwendet sie ein anderes Programm</translation>
    </message>
    <message>
        <source>{camera} stopped sending pictures (unplugged?)</source>
        <translation>{camera} liefert keine Bilder mehr (ausgesteckt?)</translation>
    </message>
    <message>
        <source>{camera} did not come back within {seconds:g} s</source>
        <translation>{camera} ist innerhalb von {seconds:g} s nicht zurückgekehrt</translation>
    </message>
    <message>
        <source>{camera} is back</source>
        <translation>{camera} ist wieder da</translation>
    </message>
    <message>
        <source>video file {path} does not exist</source>
        <translation>Videodatei {path} existiert nicht</translation>
    </message>
    <message>
        <source>video file {path} cannot be opened: not reachable, or not a format this station can decode</source>
        <translation>Videodatei {path} kann nicht geöffnet werden: nicht erreichbar oder kein Format, das diese Station dekodieren kann</translation>
    </message>
    <message>
        <source>stream {path} cannot be opened: not reachable, or not a format this station can decode</source>
        <translation>Stream {path} kann nicht geöffnet werden: nicht erreichbar oder kein Format, das diese Station dekodieren kann</translation>
    </message>
    <message>
        <source>{source} sent no frame within {seconds:g} s</source>
        <translation>{source} lieferte innerhalb von {seconds:g} s kein Bild</translation>
    </message>
    <message>
        <source>folder {path} holds no PNG, JPEG or WebP image</source>
        <translation>Ordner {path} enthält kein PNG-, JPEG- oder WebP-Bild</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} existiert nicht</translation>
    </message>
    <message>
        <source>not an image this station can read</source>
        <translation>kein Bild, das diese Station lesen kann</translation>
    </message>
    <message>
        <source>{path}: {problem}; skipped</source>
        <translation>{path}: {problem}; übersprungen</translation>
    </message>
    <message>
        <source>{width} x {height} pixels ({megapixels:.0f} megapixels) is more than this station decodes ({limit:.0f} megapixels); scale the image down</source>
        <translation>{width} x {height} Pixel ({megapixels:.0f} Megapixel) sind mehr, als diese Station dekodiert ({limit:.0f} Megapixel); das Bild verkleinern</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>time limit of {seconds:g} s reached</source>
        <translation>Zeitlimit von {seconds:g} s erreicht</translation>
    </message>
    <message>
        <source>{count} image(s) read</source>
        <translation>{count} Bild(er) gelesen</translation>
    </message>
    <message>
        <source>{source} ended after {count} frame(s)</source>
        <translation>{source} endete nach {count} Bild(ern)</translation>
    </message>
    <message>
        <source>{source} failed ({error})</source>
        <translation>{source} ist fehlgeschlagen ({error})</translation>
    </message>
    <message>
        <source>use 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>1–64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; oder &apos;-&apos; verwenden, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>must be at least {count} characters long</source>
        <translation>muss mindestens {count} Zeichen lang sein</translation>
    </message>
    <message>
        <source>{role!r} is not a role; use one of: {roles}</source>
        <translation>{role!r} ist keine Rolle; möglich sind: {roles}</translation>
    </message>
    <message>
        <source>this station already has users; sign in as a supervisor to add more</source>
        <translation>diese Station hat bereits Benutzer; als Supervisor anmelden, um weitere hinzuzufügen</translation>
    </message>
    <message>
        <source>this station has no users yet: the first user must be a supervisor</source>
        <translation>diese Station hat noch keine Benutzer: der erste Benutzer muss ein Supervisor sein</translation>
    </message>
    <message>
        <source>a user named {name!r} already exists</source>
        <translation>ein Benutzer namens {name!r} existiert bereits</translation>
    </message>
    <message>
        <source>no user named {name!r}</source>
        <translation>kein Benutzer namens {name!r}</translation>
    </message>
    <message>
        <source>cannot deactivate yourself: {name} is the last active supervisor of this station; make another user a supervisor first</source>
        <translation>Sie können sich nicht selbst deaktivieren: {name} ist der letzte aktive Supervisor dieser Station; zuerst einen anderen Benutzer zum Supervisor machen</translation>
    </message>
    <message>
        <source>cannot deactivate {name}: {name} is the last active supervisor of this station; make another user a supervisor first</source>
        <translation>{name} kann nicht deaktiviert werden: {name} ist der letzte aktive Supervisor dieser Station; zuerst einen anderen Benutzer zum Supervisor machen</translation>
    </message>
    <message>
        <source>cannot make {role} yourself: {name} is the last active supervisor of this station; make another user a supervisor first</source>
        <translation>Sie können sich nicht selbst zu {role} machen: {name} ist der letzte aktive Supervisor dieser Station; zuerst einen anderen Benutzer zum Supervisor machen</translation>
    </message>
    <message>
        <source>cannot make {role} {name}: {name} is the last active supervisor of this station; make another user a supervisor first</source>
        <translation>{name} kann nicht zu {role} gemacht werden: {name} ist der letzte aktive Supervisor dieser Station; zuerst einen anderen Benutzer zum Supervisor machen</translation>
    </message>
    <message>
        <source>the account {name!r} is locked after repeated wrong passwords until {until:%Y-%m-%d %H:%M:%S} UTC; try again then, or ask a supervisor to unlock it (Users page, or &apos;dps-station user unlock {name}&apos;)</source>
        <translation>das Konto {name!r} ist nach wiederholt falschen Passwörtern bis {until:%Y-%m-%d %H:%M:%S} UTC gesperrt; dann erneut versuchen oder einen Supervisor bitten, es zu entsperren (Seite Benutzer oder &apos;dps-station user unlock {name}&apos;)</translation>
    </message>
    <message>
        <source>must be 1 to {count} printable characters</source>
        <translation>muss 1 bis {count} druckbare Zeichen lang sein</translation>
    </message>
    <message>
        <source>the organisation key in {folder} does not belong to the organisation &apos;{org}&apos; of this database</source>
        <translation>der Organisationsschlüssel in {folder} gehört nicht zur Organisation &apos;{org}&apos; dieser Datenbank</translation>
    </message>
    <message>
        <source>this database has no organisation: run &apos;dps-station init&apos; (new station) or &apos;dps-station central enroll URL&apos;</source>
        <translation>diese Datenbank hat keine Organisation: &apos;dps-station init&apos; (neue Station) oder &apos;dps-station central enroll URL&apos; ausführen</translation>
    </message>
    <message>
        <source>the organisation &apos;{org}&apos; in the database was changed outside the station (its public key {key_id} is not the one the organisation key vouches for); labels are neither signed nor verified: restore the database from a backup, or enroll the station again from the central database</source>
        <translation>die Organisation &apos;{org}&apos; in der Datenbank wurde außerhalb der Station geändert (ihr öffentlicher Schlüssel {key_id} ist nicht der, für den der Organisationsschlüssel bürgt); Etiketten werden weder signiert noch geprüft: die Datenbank aus einer Sicherung wiederherstellen oder die Station erneut aus der zentralen Datenbank einschreiben</translation>
    </message>
    <message>
        <source>the signing key in keys/signing.key (key id {key_id}) is not the signing key of the organisation &apos;{org}&apos; (key id {org_key_id}): labels signed with it would scan as forged. Restore keys/signing.key from the key backup, or remove it: the station then takes the organisation&apos;s signing key from the database (with keys/org.key)</source>
        <translation>der Signaturschlüssel in keys/signing.key (Schlüssel-ID {key_id}) ist nicht der Signaturschlüssel der Organisation &apos;{org}&apos; (Schlüssel-ID {org_key_id}): damit signierte Etiketten würden als gefälscht gescannt. keys/signing.key aus der Schlüsselsicherung wiederherstellen oder entfernen: die Station nimmt dann den Signaturschlüssel der Organisation aus der Datenbank (mit keys/org.key)</translation>
    </message>
    <message>
        <source>this station has no organisation key (keys/org.key is missing): restore the key directory (DPS_HOME/keys) from the key backup you made when the organisation was created, or enroll this station again from the central database (&apos;dps-station central enroll URL&apos;); see &apos;Keys and their backup&apos; in docs/architecture.md; &apos;dps-station init&apos; cannot bring it back, since a new key opens none of the stored secrets</source>
        <translation>diese Station hat keinen Organisationsschlüssel (keys/org.key fehlt): das Schlüsselverzeichnis (DPS_HOME/keys) aus der Schlüsselsicherung wiederherstellen, die beim Anlegen der Organisation erstellt wurde, oder diese Station erneut aus der zentralen Datenbank einschreiben (&apos;dps-station central enroll URL&apos;); siehe &apos;Keys and their backup&apos; in docs/architecture.md; &apos;dps-station init&apos; kann ihn nicht zurückbringen, da ein neuer Schlüssel keines der gespeicherten Geheimnisse öffnet</translation>
    </message>
    <message>
        <source>this station has no signing key (keys/signing.key) and no organisation key to restore it with: restore the key directory (DPS_HOME/keys) from the key backup you made when the organisation was created, or enroll this station again from the central database (&apos;dps-station central enroll URL&apos;); see &apos;Keys and their backup&apos; in docs/architecture.md</source>
        <translation>diese Station hat keinen Signaturschlüssel (keys/signing.key) und keinen Organisationsschlüssel, um ihn wiederherzustellen: das Schlüsselverzeichnis (DPS_HOME/keys) aus der Schlüsselsicherung wiederherstellen, die beim Anlegen der Organisation erstellt wurde, oder diese Station erneut aus der zentralen Datenbank einschreiben (&apos;dps-station central enroll URL&apos;); siehe &apos;Keys and their backup&apos; in docs/architecture.md</translation>
    </message>
    <message>
        <source>the key file {path} is damaged (not base64)</source>
        <translation>die Schlüsseldatei {path} ist beschädigt (kein Base64)</translation>
    </message>
    <message>
        <source>a key file in {folder} has the wrong length</source>
        <translation>eine Schlüsseldatei in {folder} hat die falsche Länge</translation>
    </message>
    <message>
        <source>a stored secret ({purpose}) is damaged or in an unknown format</source>
        <translation>ein gespeichertes Geheimnis ({purpose}) ist beschädigt oder in einem unbekannten Format</translation>
    </message>
    <message>
        <source>this station&apos;s organisation key does not open the stored secrets (the database belongs to another organisation, or the key file was replaced)</source>
        <translation>der Organisationsschlüssel dieser Station öffnet die gespeicherten Geheimnisse nicht (die Datenbank gehört zu einer anderen Organisation, oder die Schlüsseldatei wurde ersetzt)</translation>
    </message>
    <message>
        <source>not an audit checkpoint (expected {prefix}.STATION.SEQ.HASH.TIME.KEY.SIGNATURE)</source>
        <translation>kein Audit-Prüfpunkt (erwartet: {prefix}.STATION.SEQ.HASH.TIME.KEY.SIGNATURE)</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s signature is not base64url</source>
        <translation>die Signatur des Prüfpunkts ist kein Base64url</translation>
    </message>
    <message>
        <source>checkpoint of station {station} #{seq}: its signature is not the organisation&apos;s (the checkpoint was altered or is not ours)</source>
        <translation>Prüfpunkt der Station {station} #{seq}: seine Signatur ist nicht die der Organisation (der Prüfpunkt wurde verändert oder stammt nicht von uns)</translation>
    </message>
    <message>
        <source>checkpoint of station {station} #{seq} ({at}): the event is missing: events were removed</source>
        <translation>Prüfpunkt der Station {station} #{seq} ({at}): das Ereignis fehlt: Ereignisse wurden entfernt</translation>
    </message>
    <message>
        <source>checkpoint of station {station} #{seq} ({at}): the event was rewritten since</source>
        <translation>Prüfpunkt der Station {station} #{seq} ({at}): das Ereignis wurde seitdem umgeschrieben</translation>
    </message>
    <message>
        <source>(none: {reason})</source>
        <translation>(keiner: {reason})</translation>
    </message>
    <message>
        <source>station {station}, event #{seq} ({event}): {problem}</source>
        <translation>Station {station}, Ereignis #{seq} ({event}): {problem}</translation>
    </message>
    <message>
        <source>table {table}, {row}: {problem}</source>
        <translation>Tabelle {table}, {row}: {problem}</translation>
    </message>
    <message>
        <source>keys: {problem}</source>
        <translation>Schlüssel: {problem}</translation>
    </message>
    <message>
        <source>checkpoint: {problem}</source>
        <translation>Prüfpunkt: {problem}</translation>
    </message>
    <message>
        <source>expected event #{seq} here: an event was removed or reordered</source>
        <translation>hier wurde Ereignis #{seq} erwartet: ein Ereignis wurde entfernt oder umsortiert</translation>
    </message>
    <message>
        <source>does not link to the event before it (removed, inserted or reordered)</source>
        <translation>ist nicht mit dem Ereignis davor verkettet (entfernt, eingefügt oder umsortiert)</translation>
    </message>
    <message>
        <source>was edited after it was written</source>
        <translation>wurde nach dem Schreiben bearbeitet</translation>
    </message>
    <message>
        <source>was rewritten without the organisation key (an unkeyed hash where the chain is keyed)</source>
        <translation>wurde ohne den Organisationsschlüssel umgeschrieben (ein Hash ohne Schlüssel, wo die Kette verschlüsselt ist)</translation>
    </message>
    <message>
        <source>the newest event #{seq} is missing: events were removed from the end</source>
        <translation>das neueste Ereignis #{seq} fehlt: Ereignisse wurden am Ende entfernt</translation>
    </message>
    <message>
        <source>the chain&apos;s anchor in the key directory cannot be read; restore the key directory from its backup</source>
        <translation>der Anker der Kette im Schlüsselverzeichnis kann nicht gelesen werden; das Schlüsselverzeichnis aus seiner Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>the key directory anchors event #{seq}, but the audit trail holds no event of this station: it was emptied</source>
        <translation>das Schlüsselverzeichnis verankert Ereignis #{seq}, aber das Audit-Protokoll enthält kein Ereignis dieser Station: es wurde geleert</translation>
    </message>
    <message>
        <source>the key directory anchors event #{seq}, but the chain ends at #{last}: the newest events were removed</source>
        <translation>das Schlüsselverzeichnis verankert Ereignis #{seq}, aber die Kette endet bei #{last}: die neuesten Ereignisse wurden entfernt</translation>
    </message>
    <message>
        <source>the key directory anchors event #{seq}, but the chain holds another event there: it was rewritten</source>
        <translation>das Schlüsselverzeichnis verankert Ereignis #{seq}, aber die Kette enthält dort ein anderes Ereignis: es wurde umgeschrieben</translation>
    </message>
    <message>
        <source>has no integrity value (added or cleared outside the station)</source>
        <translation>hat keinen Integritätswert (außerhalb der Station hinzugefügt oder geleert)</translation>
    </message>
    <message>
        <source>one of {columns} was changed outside the station (its integrity value does not match)</source>
        <translation>eines von {columns} wurde außerhalb der Station geändert (sein Integritätswert stimmt nicht)</translation>
    </message>
    <message>
        <source>row SN {sn!r} (id {id})</source>
        <translation>Zeile SN {sn!r} (ID {id})</translation>
    </message>
    <message>
        <source>row batch {number!r} (id {id})</source>
        <translation>Zeile Charge {number!r} (ID {id})</translation>
    </message>
    <message>
        <source>row group {name!r} (id {id})</source>
        <translation>Zeile Gruppe {name!r} (ID {id})</translation>
    </message>
    <message>
        <source>row {name!r} (id {id})</source>
        <translation>Zeile {name!r} (ID {id})</translation>
    </message>
    <message>
        <source>{path} is a file; give a directory (one file per device) or FILE.json</source>
        <translation>{path} ist eine Datei; ein Verzeichnis (eine Datei pro Gerät) oder DATEI.json angeben</translation>
    </message>
    <message>
        <source>no devices to export in group {group!r}</source>
        <translation>keine Geräte zum Exportieren in Gruppe {group!r}</translation>
    </message>
    <message>
        <source>no devices to export in batch {batch!r} of group {group!r}</source>
        <translation>keine Geräte zum Exportieren in Charge {batch!r} der Gruppe {group!r}</translation>
    </message>
    <message>
        <source>no devices to export in group {group!r} with these SNs</source>
        <translation>keine Geräte mit diesen SNs zum Exportieren in Gruppe {group!r}</translation>
    </message>
    <message>
        <source>no devices to export in batch {batch!r} of group {group!r} with these SNs</source>
        <translation>keine Geräte mit diesen SNs zum Exportieren in Charge {batch!r} der Gruppe {group!r}</translation>
    </message>
    <message>
        <source>device {sn} is in batch {found}, not in {batch}</source>
        <translation>Gerät {sn} ist in Charge {found}, nicht in {batch}</translation>
    </message>
    <message>
        <source>device {sn} is in batch (none), not in {batch}</source>
        <translation>Gerät {sn} ist in keiner Charge, nicht in {batch}</translation>
    </message>
    <message>
        <source>must be an https:// URL such as https://alloc.example.com/allocate</source>
        <translation>muss eine https://-URL sein, etwa https://alloc.example.com/allocate</translation>
    </message>
    <message>
        <source>the port of the URL is not a number from 1 to 65535</source>
        <translation>der Port der URL ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>is not a PEM file of CA certificates (-----BEGIN CERTIFICATE-----)</source>
        <translation>ist keine PEM-Datei mit CA-Zertifikaten (-----BEGIN CERTIFICATE-----)</translation>
    </message>
    <message>
        <source>holds no readable CA certificate</source>
        <translation>enthält kein lesbares CA-Zertifikat</translation>
    </message>
    <message>
        <source>give at least one host name or IP address devices dial</source>
        <translation>mindestens einen Hostnamen oder eine IP-Adresse angeben, die Geräte anwählen</translation>
    </message>
    <message>
        <source>{name!r} is not a host name or IP address</source>
        <translation>{name!r} ist kein Hostname und keine IP-Adresse</translation>
    </message>
    <message>
        <source>no provisioning service certificate in this database: run &apos;dps-station service init --hostname NAME&apos; first</source>
        <translation>kein Zertifikat des Provisioning-Dienstes in dieser Datenbank: zuerst &apos;dps-station service init --hostname NAME&apos; ausführen</translation>
    </message>
    <message>
        <source>the provisioning service&apos;s key cannot be opened: {reason}</source>
        <translation>der Schlüssel des Provisioning-Dienstes kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>{path} is a file; the data home (--home or DPS_HOME) must be a folder</source>
        <translation>{path} ist eine Datei; das Datenverzeichnis (--home oder DPS_HOME) muss ein Ordner sein</translation>
    </message>
    <message>
        <source>{path} is a file where the data home keeps its {name} folder; move the file away (it may have been put there by mistake)</source>
        <translation>{path} ist eine Datei, wo das Datenverzeichnis seinen Ordner {name} ablegt; die Datei woanders hin verschieben (sie wurde vielleicht versehentlich dort abgelegt)</translation>
    </message>
    <message>
        <source>cannot create {path} ({reason}); give a --home you may write to</source>
        <translation>{path} kann nicht angelegt werden ({reason}); ein --home angeben, in das geschrieben werden darf</translation>
    </message>
    <message>
        <source>not a database URL: {url!r} (expected sqlite:///PATH or postgresql+psycopg://...)</source>
        <translation>keine Datenbank-URL: {url!r} (erwartet: sqlite:///PFAD oder postgresql+psycopg://...)</translation>
    </message>
    <message>
        <source>the folder {folder} of the database {path} does not exist; check --db (or DPS_DB) for a typo</source>
        <translation>der Ordner {folder} der Datenbank {path} existiert nicht; --db (oder DPS_DB) auf Tippfehler prüfen</translation>
    </message>
    <message>
        <source>there is no station database at {database}; run &apos;dps-station init&apos; to create one (or check --home, --db and DPS_DB for a typo)</source>
        <translation>unter {database} gibt es keine Stationsdatenbank; legen Sie mit &apos;dps-station init&apos; eine an (oder prüfen Sie --home, --db und DPS_DB auf Tippfehler)</translation>
    </message>
    <message>
        <source>resource {name!r} is missing from this installation (looked in {places})</source>
        <translation>die Ressource {name!r} fehlt in dieser Installation (gesucht in {places})</translation>
    </message>
    <message>
        <source>unsupported database {backend!r}: use sqlite:/// or postgresql+psycopg://</source>
        <translation>nicht unterstützte Datenbank {backend!r}: sqlite:/// oder postgresql+psycopg:// verwenden</translation>
    </message>
    <message>
        <source>The database {where} is locked by another program; try again in a moment.</source>
        <translation>Die Datenbank {where} ist durch ein anderes Programm gesperrt; gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full.</source>
        <translation>Der Datenträger mit {where} ist voll.</translation>
    </message>
    <message>
        <source>The database server {where} cannot be reached (is it running, and is the address right?).</source>
        <translation>Der Datenbankserver {where} ist nicht erreichbar (läuft er, und stimmt die Adresse?).</translation>
    </message>
    <message>
        <source>Database {where}: {detail}</source>
        <translation>Datenbank {where}: {detail}</translation>
    </message>
    <message>
        <source>waiting for the database: {holder}; this continues by itself when it is done</source>
        <translation>Warten auf die Datenbank: {holder}; es geht von selbst weiter, sobald das erledigt ist</translation>
    </message>
    <message>
        <source>waiting for the database: another program is writing to it; this continues by itself when it is done</source>
        <translation>Warten auf die Datenbank: ein anderes Programm schreibt gerade darin; es geht von selbst weiter, sobald das erledigt ist</translation>
    </message>
    <message>
        <source>{actor} is {what} (process {pid}, since {since})</source>
        <translation>{actor}: {what} (Prozess {pid}, seit {since})</translation>
    </message>
    <message>
        <source>the central database must be PostgreSQL: postgresql+psycopg://USER@HOST/DB</source>
        <translation>die zentrale Datenbank muss PostgreSQL sein: postgresql+psycopg://USER@HOST/DB</translation>
    </message>
    <message>
        <source>the central database is not initialised: run &apos;dps-station central init URL&apos;</source>
        <translation>die zentrale Datenbank ist nicht eingerichtet: &apos;dps-station central init URL&apos; ausführen</translation>
    </message>
    <message>
        <source>{problem} (run &apos;dps-station central init URL&apos; first)</source>
        <translation>{problem} (zuerst &apos;dps-station central init URL&apos; ausführen)</translation>
    </message>
    <message>
        <source>this station already syncs with the central database {url}; &apos;central init&apos; does not move it: to re-point it, run &apos;dps-station central repoint URL&apos;</source>
        <translation>diese Station synchronisiert bereits mit der zentralen Datenbank {url}; &apos;central init&apos; verlegt sie nicht: zum Umstellen &apos;dps-station central repoint URL&apos; ausführen</translation>
    </message>
    <message>
        <source>the database {url} is not empty: it holds tables of another application ({tables}); &apos;central init&apos; needs an empty database (or one that is already this organisation&apos;s central); nothing was changed</source>
        <translation>die Datenbank {url} ist nicht leer: sie enthält Tabellen einer anderen Anwendung ({tables}); &apos;central init&apos; braucht eine leere Datenbank (oder eine, die bereits die Zentrale dieser Organisation ist); nichts wurde geändert</translation>
    </message>
    <message>
        <source>{tables} and {count} more</source>
        <translation>{tables} und {count} weitere</translation>
    </message>
    <message>
        <source>a passphrase is needed to store the organisation key</source>
        <translation>zum Speichern des Organisationsschlüssels wird eine Passphrase benötigt</translation>
    </message>
    <message>
        <source>the central database holds no organisation yet: run &apos;central init&apos; first</source>
        <translation>die zentrale Datenbank enthält noch keine Organisation: zuerst &apos;central init&apos; ausführen</translation>
    </message>
    <message>
        <source>the central database&apos;s organisation does not verify with the key stored in it; nothing was written</source>
        <translation>die Organisation der zentralen Datenbank lässt sich mit dem dort gespeicherten Schlüssel nicht prüfen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>this station already holds another organisation (&apos;{org}&apos;); enroll a new data home (--home) instead</source>
        <translation>diese Station enthält bereits eine andere Organisation (&apos;{org}&apos;); stattdessen ein neues Datenverzeichnis (--home) einschreiben</translation>
    </message>
    <message>
        <source>the key files in {folder} belong to another organisation; enroll a new data home (--home) instead</source>
        <translation>die Schlüsseldateien in {folder} gehören zu einer anderen Organisation; stattdessen ein neues Datenverzeichnis (--home) einschreiben</translation>
    </message>
    <message>
        <source>no central database is set: run &apos;dps-station central init URL&apos; or &apos;central enroll URL&apos;</source>
        <translation>keine zentrale Datenbank festgelegt: &apos;dps-station central init URL&apos; oder &apos;central enroll URL&apos; ausführen</translation>
    </message>
    <message>
        <source>the connection to the central database was lost during the sync; run it again</source>
        <translation>die Verbindung zur zentralen Datenbank ging während der Synchronisierung verloren; erneut ausführen</translation>
    </message>
    <message>
        <source>the central database has schema version {version}, newer than this station understands (this station knows up to {head}): update this station (install the newer DPS Station) before syncing with it; nothing was pulled or pushed</source>
        <translation>die zentrale Datenbank hat die Schemaversion {version}, neuer als diese Station versteht (diese Station kennt bis {head}): diese Station aktualisieren (die neuere DPS Station installieren), bevor mit ihr synchronisiert wird; nichts wurde geholt oder gesendet</translation>
    </message>
    <message>
        <source>the central database has schema version {version}, older than this station&apos;s ({head}): run &apos;dps-station central init URL&apos; on this station to upgrade it; nothing was pulled or pushed</source>
        <translation>die zentrale Datenbank hat die Schemaversion {version}, älter als die dieser Station ({head}): auf dieser Station &apos;dps-station central init URL&apos; ausführen, um sie zu aktualisieren; nichts wurde geholt oder gesendet</translation>
    </message>
    <message>
        <source>the central database {url} holds no organisation: run &apos;dps-station central init URL&apos; from the organisation&apos;s first station</source>
        <translation>die zentrale Datenbank {url} enthält keine Organisation: &apos;dps-station central init URL&apos; auf der ersten Station der Organisation ausführen</translation>
    </message>
    <message>
        <source>the central database {url} holds {count} organisations; a central serves exactly one: nothing was pulled or pushed</source>
        <translation>die zentrale Datenbank {url} enthält {count} Organisationen; eine Zentrale dient genau einer: nichts wurde geholt oder gesendet</translation>
    </message>
    <message>
        <source>the central database {url} belongs to another organisation (organisation &apos;{org}&apos; (signing key {key_id})), not to this station&apos;s (&apos;{mine}&apos;, signing key {my_key_id}): check the URL; nothing was pulled or pushed</source>
        <translation>die zentrale Datenbank {url} gehört zu einer anderen Organisation (Organisation &apos;{org}&apos; (Signaturschlüssel {key_id})), nicht zu der dieser Station (&apos;{mine}&apos;, Signaturschlüssel {my_key_id}): die URL prüfen; nichts wurde geholt oder gesendet</translation>
    </message>
    <message>
        <source>the central database {url} names this organisation but its identity does not verify with the organisation&apos;s key (it was not made by a holder of the key): nothing was pulled or pushed</source>
        <translation>die zentrale Datenbank {url} nennt diese Organisation, aber ihre Identität lässt sich mit dem Organisationsschlüssel nicht bestätigen (sie wurde nicht von einem Schlüsselinhaber angelegt): nichts wurde geholt oder gesendet</translation>
    </message>
    <message>
        <source>the new central database holds no organisation</source>
        <translation>die neue zentrale Datenbank enthält keine Organisation</translation>
    </message>
    <message>
        <source>the passphrase needs at least {count} characters</source>
        <translation>die Passphrase braucht mindestens {count} Zeichen</translation>
    </message>
    <message>
        <source>the central database names an unknown key derivation {kdf!r}</source>
        <translation>die zentrale Datenbank nennt eine unbekannte Schlüsselableitung {kdf!r}</translation>
    </message>
    <message>
        <source>wrong passphrase: the organisation key could not be unwrapped; nothing was changed</source>
        <translation>falsche Passphrase: der Organisationsschlüssel konnte nicht entpackt werden; nichts wurde geändert</translation>
    </message>
    <message>
        <source>unexpected error ({kind}); details are in the log file</source>
        <translation>unerwarteter Fehler ({kind}); Einzelheiten stehen in der Protokolldatei</translation>
    </message>
    <message>
        <source>{count} audit event(s) of this station clash with the central&apos;s events of the same numbers; run the sync again (a restored station is repaired first)</source>
        <translation>{count} Audit-Ereignis(se) dieser Station kollidieren mit Ereignissen gleicher Nummer in der Zentrale; die Synchronisierung erneut ausführen (eine wiederhergestellte Station wird zuerst repariert)</translation>
    </message>
    <message>
        <source>a bulk resolution keeps one whole version: local or central</source>
        <translation>eine Sammelauflösung behält eine ganze Version: lokal oder zentral</translation>
    </message>
    <message>
        <source>no open conflict matches {which} (see &apos;dps-station sync conflicts&apos;)</source>
        <translation>kein offener Konflikt passt zu {which} (siehe &apos;dps-station sync conflicts&apos;)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>several conflicts are resolved together by keeping one whole version (local or central) or by retiring this station&apos;s copies of devices</source>
        <translation>mehrere Konflikte werden gemeinsam gelöst, indem eine ganze Version behalten wird (lokal oder zentral) oder indem die Kopien der Geräte auf dieser Station stillgelegt werden</translation>
    </message>
    <message>
        <source>choose at least one conflict</source>
        <translation>mindestens einen Konflikt auswählen</translation>
    </message>
    <message>
        <source>no open sync conflict {id} (resolved meanwhile?); nothing was resolved</source>
        <translation>kein offener Synchronisierungskonflikt {id} (inzwischen gelöst?); nichts wurde gelöst</translation>
    </message>
    <message>
        <source>{label}: only the same SN at two stations can be resolved by retiring this station&apos;s copy; nothing was resolved</source>
        <translation>{label}: nur dieselbe SN auf zwei Stationen kann durch Stilllegen der Kopie dieser Station gelöst werden; nichts wurde gelöst</translation>
    </message>
    <message>
        <source>keep must be one of {choices}</source>
        <translation>keep muss eines von {choices} sein</translation>
    </message>
    <message>
        <source>no sync conflict {id}</source>
        <translation>kein Synchronisierungskonflikt {id}</translation>
    </message>
    <message>
        <source>conflict {id} was already resolved ({resolution})</source>
        <translation>Konflikt {id} wurde bereits gelöst ({resolution})</translation>
    </message>
    <message>
        <source>{table} has no field {name!r}; fields: {fields}</source>
        <translation>{table} hat kein Feld {name!r}; Felder: {fields}</translation>
    </message>
    <message>
        <source>{name}={side!r}: choose local or central</source>
        <translation>{name}={side!r}: lokal oder zentral wählen</translation>
    </message>
    <message>
        <source>the local duplicate ({label}) already has records that depend on it on this station (an allocation, a request); keep the central device and retire this station&apos;s copy instead (&apos;sync resolve ID --retire&apos;); nothing was changed</source>
        <translation>das lokale Duplikat ({label}) hat auf dieser Station bereits abhängige Datensätze (eine Zuweisung, eine Anfrage); das zentrale Gerät behalten und stattdessen die Kopie dieser Station stilllegen (&apos;sync resolve ID --retire&apos;); nichts wurde geändert</translation>
    </message>
    <message>
        <source>only a unique conflict of {tables} can be resolved by renaming; keep local or central instead</source>
        <translation>nur ein Eindeutigkeitskonflikt von {tables} kann durch Umbenennen gelöst werden; stattdessen lokal oder zentral behalten</translation>
    </message>
    <message>
        <source>give the new {column} for this station&apos;s {label}</source>
        <translation>das neue Feld {column} für {label} dieser Station angeben</translation>
    </message>
    <message>
        <source>this station&apos;s {label} is no longer here; keep the central version</source>
        <translation>{label} dieser Station ist nicht mehr vorhanden; die zentrale Version behalten</translation>
    </message>
    <message>
        <source>{column} {name!r} is taken on this station too; choose another</source>
        <translation>{column} {name!r} ist auch auf dieser Station vergeben; einen anderen wählen</translation>
    </message>
    <message>
        <source>the central copy of this device is not known here; sync again first</source>
        <translation>die zentrale Kopie dieses Geräts ist hier nicht bekannt; zuerst erneut synchronisieren</translation>
    </message>
    <message>
        <source>only a unique conflict of a device (the same SN at two stations) can be resolved by retiring this station&apos;s copy</source>
        <translation>nur ein Eindeutigkeitskonflikt eines Geräts (dieselbe SN auf zwei Stationen) kann durch Stilllegen der Kopie dieser Station gelöst werden</translation>
    </message>
    <message>
        <source>only a unique conflict of a device (the same SN at two stations) can be resolved by retiring the central copy</source>
        <translation>nur ein Eindeutigkeitskonflikt eines Geräts (dieselbe SN auf zwei Stationen) kann durch Stilllegen der zentralen Kopie gelöst werden</translation>
    </message>
</context>
</TS>
