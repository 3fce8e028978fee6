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
        <source>sync: not checked yet</source>
        <translation>Synchronisation: noch nicht geprüft</translation>
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
</context>
</TS>
