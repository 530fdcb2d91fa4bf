<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CriticalPanel</name>
    <message numerus="yes">
        <source>No time for %n span(s): this clip&apos;s audio will not be exported. Drag over the words&apos; audio on the waveform (or press I and O there), choose the span, then Set time from selection.</source>
        <translation>
            <numerusform>No time for %n span: this clip&apos;s audio will not be exported. Drag over the words&apos; audio on the waveform (or press I and O there), choose the span, then Set time from selection.</numerusform>
            <numerusform>No time for %n spans: this clip&apos;s audio will not be exported. Drag over the words&apos; audio on the waveform (or press I and O there), choose the span, then Set time from selection.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message numerus="yes">
        <source>The note is longer than %n character(s).</source>
        <translation>
            <numerusform>The note is longer than %n character.</numerusform>
            <numerusform>The note is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GateReport</name>
    <message numerus="yes">
        <source>Package refused: %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>Package refused: %n problem; nothing was imported.</numerusform>
            <numerusform>Package refused: %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadGateDialog</name>
    <message numerus="yes">
        <source>Why you open this case (at least %n character(s))</source>
        <translation>
            <numerusform>Why you open this case (at least %n character)</numerusform>
            <numerusform>Why you open this case (at least %n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reason: %n character(s)</source>
        <translation>
            <numerusform>Reason: %n character</numerusform>
            <numerusform>Reason: %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(at least %n)</source>
        <translation>
            <numerusform>(at least %n)</numerusform>
            <numerusform>(at least %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadSync</name>
    <message numerus="yes">
        <source>%n new escalation(s)</source>
        <translation>
            <numerusform>%n new escalation</numerusform>
            <numerusform>%n new escalations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadWindow</name>
    <message numerus="yes">
        <source>%n case(s) in the inbox</source>
        <translation>
            <numerusform>%n case in the inbox</numerusform>
            <numerusform>%n cases in the inbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) imported</source>
        <translation>
            <numerusform>%n new case imported</numerusform>
            <numerusform>%n new cases imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of this case contradict each other: Change decision settles them.</source>
        <translation>
            <numerusform>%n record of this case contradicts the others: Change decision settles them.</numerusform>
            <numerusform>%n records of this case contradict each other: Change decision settles them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(changed; %n record(s) kept)</source>
        <translation>
            <numerusform>(changed; %n record kept)</numerusform>
            <numerusform>(changed; %n records kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Co-signed: the request now has %n signature(s).</source>
        <translation>
            <numerusform>Co-signed: the request now has %n signature.</numerusform>
            <numerusform>Co-signed: the request now has %n signatures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageFlows</name>
    <message numerus="yes">
        <source>Imported %n clip(s).</source>
        <translation>
            <numerusform>Imported %n clip.</numerusform>
            <numerusform>Imported %n clips.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {results} from %n package(s) to {folder}.</source>
        <translation>
            <numerusform>Exported {results} from %n package to {folder}.</numerusform>
            <numerusform>Exported {results} from %n packages to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sealed export(s) queued for upload.</source>
        <translation>
            <numerusform>%n sealed export queued for upload.</numerusform>
            <numerusform>%n sealed exports queued for upload.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message numerus="yes">
        <source>This package was refused: %n problem(s) found. Nothing from it was stored. Send this report to whoever gave you the package.</source>
        <translation>
            <numerusform>This package was refused: %n problem found. Nothing from it was stored. Send this report to whoever gave you the package.</numerusform>
            <numerusform>This package was refused: %n problems found. Nothing from it was stored. Send this report to whoever gave you the package.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Standing</name>
    <message numerus="yes">
        <source>%n finished clip(s) never exported</source>
        <translation>
            <numerusform>%n finished clip never exported</numerusform>
            <numerusform>%n finished clips never exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished clip(s)</source>
        <translation>
            <numerusform>%n unfinished clip</numerusform>
            <numerusform>%n unfinished clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s) interrupted or held back earlier were sealed to the leads now; those clips are erased.</source>
        <translation>
            <numerusform>%n escalation interrupted or held back earlier was sealed to the leads now; that clip is erased.</numerusform>
            <numerusform>%n escalations interrupted or held back earlier were sealed to the leads now; those clips are erased.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s) are locked, waiting to be escalated: this workstation&apos;s profile cannot send escalations yet (ask your organisation for one that names the leads).</source>
        <translation>
            <numerusform>%n clip is locked, waiting to be escalated: this workstation&apos;s profile cannot send escalations yet (ask your organisation for one that names the leads).</numerusform>
            <numerusform>%n clips are locked, waiting to be escalated: this workstation&apos;s profile cannot send escalations yet (ask your organisation for one that names the leads).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>%n clip(s) arrived from the exchange.</source>
        <translation>
            <numerusform>%n clip arrived from the exchange.</numerusform>
            <numerusform>%n clips arrived from the exchange.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>%n waiting to upload</source>
        <translation>
            <numerusform>%n waiting to upload</numerusform>
            <numerusform>%n waiting to upload</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptEditor</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wellbeing</name>
    <message numerus="yes">
        <source>You have worked %n minute(s) since your last break.</source>
        <translation>
            <numerusform>You have worked %n minute since your last break.</numerusform>
            <numerusform>You have worked %n minutes since your last break.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have opened %n clip(s) with a content warning since your last break.</source>
        <translation>
            <numerusform>You have opened %n clip with a content warning since your last break.</numerusform>
            <numerusform>You have opened %n clips with a content warning since your last break.</numerusform>
        </translation>
    </message>
</context>
</TS>
