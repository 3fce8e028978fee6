<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionButtons</name>
    <message>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprovision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan → fill in → &lt;b&gt;Ctrl+Enter&lt;/b&gt; activates. Esc returns to the scan field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnomalyModel</name>
    <message>
        <source>Anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributeDialog</name>
    <message>
        <source>Edit attribute %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. rated_voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice (enum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device must have a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. red, green, blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regular expression the whole value must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;aximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules stay as they were defined: devices may already have values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown to users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 230</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude,longitude or a place name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributeModel</name>
    <message>
        <source>matches %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %s characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in attribute: part of every installation, read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any action (prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device SN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words in action, SN, user, group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every station&apos;s hash chain for edited, removed or reordered events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event matches this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown, newest first; more load as you scroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying every hash chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact: %1 from %2; every hash chain checks out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not verify.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Rename batch %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed on the labels, e.g. 2026-11-A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of %d activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No devices in this batch yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchProgressModel</name>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchesView</name>
    <message>
        <source>&amp;New batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a registration group above to see its batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batches in %s yet. Create one, then register devices into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing labels is not part of this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device labelled longer ago than this and not installed is an anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device registered longer ago than this without a label is an anomaly (0: at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled, not installed after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered, not labelled after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a batch to see its progress and anomalies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the approval or rejection: the batch is open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registration group yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of group %2 outside any batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 naming no known group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused labels (forged, altered or unreadable): %1. The audit trail lists them (action scan.refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1: %2 in %3, %4 activated, %5 failed; %6 without a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may approve or reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: not reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for anomalies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No anomalies in this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve batch %1 of %2 (%3)? It is not finished yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve batch %1 of %2 (%3)? Every device is installed and there are no open anomalies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject batch %1 of %2 (%3)? Say why: the technicians see the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the review of batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was %2 by %3. Reopen its review? The batch becomes open again and can be approved or rejected anew; say why (recorded in the audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening a review needs a comment saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraControls</name>
    <message>
        <source>Camera, or a video file to scan from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution asked of the camera (many webcams give 640x480 unless asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for cameras again (after plugging one in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (%d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera (scanner or typing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan from a video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraPane</name>
    <message>
        <source>No camera found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %s is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera chosen: pick one above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera: starting %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera: %s%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera unplugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB scanner and typing still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera: unplugged, waiting for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with a USB scanner or type the SN or manual code in the field below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera: none (%s); scanner and typing work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with a USB scanner or type the SN or manual code below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>A rejection needs a comment saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have seen these warnings and approve anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the box to approve despite the warnings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on one side, changed on the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same key (SN, name) created on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master data group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprovision request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(bookkeeping only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>unexpected error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this station&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the central version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the chosen fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename this station&apos;s one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep central, retire this station&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may resolve sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a central database: nothing has synced and there are no conflicts. Changes stay on this station until it is connected to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts: every change has synced or waits for the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New number for this station&apos;s %1 (the other one keeps its own):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for this station&apos;s %1 (the other one keeps its own):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename this station&apos;s one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceDetailsDialog</name>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprovisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit events for this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reprovision requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allocated yet: the device is allocated when it is activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device has not registered with the provisioning service yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s group has no master data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the master data group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <source>No device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprovision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (policy for reprovisioning: %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (retired; its allocation was revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allocated (group target: %s / %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet (the device has not reached the provisioning service)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <source>SN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>Filter: SN or name prefix, asset ID, manual code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV/XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels of the selected devices, or of the batch filtered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device list or provisioning files of the group, the batch filtered on, or the selected devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registration group chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting… (%s shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (%s shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only devices that are not disabled, replaced or discarded can be disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only disabled devices can be enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated devices must be disabled before they are deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %s matching devices selected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s selected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select devices to act on them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %s of group %s. Reason (for the audit trail, optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %s from group %s?
%s

They disappear from every list; the deletion is audited and syncs to the central database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s of batch %s (approved by %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved batches: %s. Deleting changes what a supervisor approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %d not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %d more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every device was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisablePage</name>
    <message>
        <source>why (for the audit trail), e.g. damaged on delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Disable %s&lt;/b&gt;: it cannot be activated until it is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export from %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device list (CSV, XLSX or JSON, by the file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning files for flashing (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All devices of group %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per device (SN.json in a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file for all (a .json file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include secrets (device keys; device secrets of activated devices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not export secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device list covers the group or a batch; choose one of them, or provisioning files for the selected devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the file name in %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the file name in .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a folder (one SN.json per device goes into it), not a .json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the provisioning files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will hold the devices&apos; secrets: anyone with it can register these devices as their own. Keep it on an encrypted disk and delete it after flashing.

The export is recorded in the audit log under your name. Export with secrets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export with secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing exported: secrets were not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %s to %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldView</name>
    <message>
        <source>Onboarding group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices of other groups are flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding group: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace: %s scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to onboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master data (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device provisioned itself: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: registration %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the master data of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master data saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate it when ready (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next device: scan its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the new device; what moves over is shown before you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the faulty device, then the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the faulty device (its group is not known).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaces %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new device replacing %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s replaced by %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s took over asset %s; %s is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate %s when ready (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reprovision to %s/%s awaits approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for approval: pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor must approve reprovisioning %s to %s / %s; the request waits as pending (and syncs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reprovisioned to %s/%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s reprovisioned to %s / %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New allocation made (policy %s); it completes when the device connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this session? Its list of %s is cleared and its devices may be scanned again without counting as duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to DPS Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station has no users yet. Name your organisation and create the first supervisor account; the supervisor can add technicians and installers later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor &amp;user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: at least %d characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <source>&amp;New registration group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding templates: devices are registered in a group and go to its OU and environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the Group Secret after a confirmation; recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master data group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprovisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group ID copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the Group Secret?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the Group Secret of %s?

The reveal is recorded in the audit trail with your name. Make sure nobody is looking at your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import devices into %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .csv or .xlsx file with a header row (sn, name, batch, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: batch for rows without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again, e.g. after fixing it in a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see its rows before anything is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device lists (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default batch: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %s …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %s more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, %s: fix the file, then Check again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, no problems. Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %s …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %s into %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelOutputPicker</name>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (one per label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZPL (Zebra thermal printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder for the PNG files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels.zpl, or printer-host:9100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer&apos;s resolution: QR modules are whole printer dots at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZPL is for thermal label printers: choose a thermal template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;none chosen: Print asks&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the PNG files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save labels as ZPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZPL files (*.zpl)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <source>No preview yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages 1–%d of %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 of %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 of 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Embedded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPS Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera: not in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window and let another user sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DPS Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window opens in %s at the next sign-in (File &gt; Sign out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DPS Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;DPS Station&lt;/b&gt; %s&lt;br&gt;Device onboarding station for a Device Provisioning Service.&lt;br&gt;Data home: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background work is still running: wait for it (or cancel it), then sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master data, registration groups, devices, batches, labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan, fill in master data, install and activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch progress, anomalies, approvals, audit trail, reports, users, sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterDataForm</name>
    <message>
        <source>Scan a device to fill in its master data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s master data group has no attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from %s to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude,longitude (e.g. 48.137,11.575) or a place name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IANA time zone, e.g. Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (and 1 more field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (and %d more fields)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterdataGroupDialog</name>
    <message>
        <source>Edit master data group %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New master data group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pump, meter, gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the attributes of this group; drag them into the order forms show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asset type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterdataGroupModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterdataView</name>
    <message>
        <source>&amp;Add attribute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit attribute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New master data group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a device can carry as master data. Built-in attributes (in italics) exist in every installation and are read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master data groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An asset type and the attributes its devices carry; registration groups link one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in attributes are read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 the new password; they sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewZoom</name>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole page (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, or Ctrl and the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintLabelsDialog</name>
    <message>
        <source>%1, one label per page (thermal roll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, one label per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 labels (%2 × %3) of %4 on %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint labels – %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print labels – batch %s of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print labels – %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first free position on the sheet; the ones before it are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the first free position on the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the labels… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the devices… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of batch %2 in group %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 disabled or retired left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels cannot be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (cannot be used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – the group&apos;s template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template cannot be used: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template that can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the roll at %3 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 at %3 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role cannot print labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These labels were printed. Change the template, copies, start position or output to print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the printer has the job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2%3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every label was read back and its signature verified; %1 recorded as labelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disabled or retired left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was printed or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not read back as their device: the job was stopped, nothing was printed or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvisioningView</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service instances on this database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest registrations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refused connections and registrations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s, %s on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provisioning service is running (%s): %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provisioning service is not running against this database (start it with: dps-station serve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations in the last hour: %s (%s failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped or silent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDeviceDialog</name>
    <message>
        <source>Register a device in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial number, e.g. PUMP-000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; created if new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SN: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: at most %d characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %s in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterRangeDialog</name>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a serial range in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PUMP-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No prefix: the SNs are only the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick only when the devices&apos; SNs really are bare numbers such as 000001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; created if new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a prefix such as PUMP-, or tick &quot;No prefix&quot; if the SNs are only numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s … %s  (%s SNs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %s in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterThirdPartyDialog</name>
    <message>
        <source>Register a third-party device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: the code is kept with the device, its secret encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number the code holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SN printed on the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SN: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %s in %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationGroupDialog</name>
    <message>
        <source>Migrate: keep the master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialize: reset master data to the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs supervisor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static: the OU, environment and gateway above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashed: spread over weighted targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook: an HTTPS service decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit registration group %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New registration group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation unit the devices are allocated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. prod, staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed to allocate devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices provision themselves from this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept devices not registered in advance (their derived key registers them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line: URL, OU, environment, product key, weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM of the CA the webhook&apos;s certificate chains to (empty: the system&apos;s CAs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the system&apos;s CAs instead of the CA set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Master data group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reprovisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook &amp;CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices carry this group&apos;s master data; it stays once they are registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CA is set; paste another PEM to replace it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationGroupModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master data group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprovision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplacePage</name>
    <message>
        <source>scan, or type the faulty device&apos;s SN or manual code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan, or type the new device&apos;s SN or manual code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faulty device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what moves over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace&lt;/b&gt;: scan or type the &lt;b&gt;faulty&lt;/b&gt; device first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace %s&lt;/b&gt; (group %s): now scan or type the &lt;b&gt;new&lt;/b&gt; device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faulty device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%s was %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; takes over from &lt;b&gt;%s&lt;/b&gt;; %s is retired and its credentials revoked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the faulty device first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the new device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Write PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF report shows the batch&apos;s facts and dates, this progress chart, the devices per state, the anomalies (refused labels, never labelled, labelled but not installed, duplicate scans, failed allocations, reprovisions awaiting approval) and the review. The CSV holds the counts per state, the anomalies and every device with its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the report shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch in this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalies: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No anomalies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 of %2: %3, review %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write batch report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: batch %2, %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReprovisionModel</name>
    <message>
        <source>SN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReprovisionPage</name>
    <message>
        <source>Policy &apos;migrate&apos;: the device is reprovisioned now and keeps its master data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &apos;initialize&apos;: the device is reprovisioned now; its master data is reset to the group&apos;s defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &apos;approval&apos;: a supervisor must approve. The request waits as pending until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &apos;never&apos;: this group does not allow reprovisioning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the group&apos;s product key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target OU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reprovision %s&lt;/b&gt;, now in %s / %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprovision now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReprovisionsView</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved reprovision gets a new allocation in the target OU/environment and keeps the device&apos;s master data; it is pending until the device connects again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reprovision request is waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve reprovision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject reprovision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3, requested by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprovision of %1 approved: pending until it connects in %2/%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprovision of %1: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealSecretDialog</name>
    <message>
        <source>Group Secret of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with this secret can register devices in &lt;b&gt;%s&lt;/b&gt;. Do not send it by e-mail or chat. This reveal was recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new role applies when %1 signs in next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanInput</name>
    <message>
        <source>Scan, or type an SN or manual code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanListModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPositionWidget</name>
    <message>
        <source>Position of the first label on the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position %d: click to start here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to DPS Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>End of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new session starts: the list of scans is cleared and devices may be scanned again without counting as duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorWorkspace</name>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechnicianWorkspace</name>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device list is not part of this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (Alt+%d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no registration group yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThirdPartyPanel</name>
    <message>
        <source>Manufacturer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discriminator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioning flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows it after a confirmation; recorded in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register in a group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers the device in a registration group; the code is kept with it, its secret encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A third-party device, not a label of this organisation: add it with its own controller or app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSK PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the %s of this %s?

The reveal is recorded in the audit trail with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThirdPartySecretDialog</name>
    <message>
        <source>Type it into the device&apos;s controller; do not write it down or send it. This reveal was recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialogs</name>
    <message>
        <source>Technician (Factory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installer (Field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor (every workspace, users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated: cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deactivated user can no longer sign in; their name stays in the audit trail. A new role applies from the user&apos;s next sign-in. The last active supervisor keeps that role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users, %2 active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active again and can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2; it applies from their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is you: sign out (File &gt; Sign out) to work with your new role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_BusyDialog</name>
    <message>
        <source>Please wait…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DateField</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PasswordFields</name>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>DPS Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that DPS Station did not expect. Your data is safe: the action was not completed. Please send this report to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>installer</name>
    <message>
        <source>Genuine label: ready to onboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual code accepted: ready to onboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned code: check the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device of another group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several devices match: type the SN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORGED OR ALTERED LABEL: do not onboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong manual code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter code: third-party device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-Wave code: third-party device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged code: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a label in front of the camera, use the USB scanner, or type the SN or manual code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>message values</name>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage registration groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reveal secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activate devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reprovision devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable and enable devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve and reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSK PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter manual pairing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-Wave S2 QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-Wave SmartStart QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced or discarded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;{column}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} problem(s): {shown}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} ({role}) may not {permission}; ask a user with that right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} ({role}) may not register third-party devices; ask an installer or a technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} ({role}) may not reveal the {secret} of a scanned code; ask an installer or a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} ({role}) may not reveal a third-party code; ask an installer or a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no registration group named {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device with SN {sn!r} in group {group!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SN {sn!r} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SN {sn!r} appears twice (first at row {row})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SN {sn!r} is already registered in group {group!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no devices to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SN is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SN is {length} characters long; at most {limit} are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SN contains a control character (code {code}); use printable characters only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SN contains a space; use letters, digits and punctuation without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SN contains {character!r}; use ASCII letters, digits and punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {number} has no name in the header; valid columns: {valid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column; valid columns: {valid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no column &apos;sn&apos; (the serial number); it has: {found}; valid columns: {valid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{columns} (and {export_only} of an export, which are not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Matter or Z-Wave onboarding code: give the text of the box&apos;s QR code (MT:… or 90…) or the Matter manual pairing code (11 or 21 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged {format}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Matter QR code holds {count} devices: register each with its own code (on each device&apos;s own label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {format} has no serial number; type the SN printed on the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code&apos;s serial number is {serial!r}; the SN typed ({typed!r}) differs: leave it empty or type the code&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this {format} is already registered in group {group!r} as SN {sn!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same code as row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code&apos;s serial number is {serial!r}, not the row&apos;s SN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device {sn} in group {group!r} was not registered from a Matter or Z-Wave code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program registered this device or code at the same moment; nothing was registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
