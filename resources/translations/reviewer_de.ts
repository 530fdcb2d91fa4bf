<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Actions</name>
    <message>
        <source>Play/Pause</source>
        <translation>Wiedergabe/Pause</translation>
    </message>
    <message>
        <source>Jump back</source>
        <translation>Zurückspringen</translation>
    </message>
    <message>
        <source>Jump forward</source>
        <translation>Vorspringen</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Replay from the start</source>
        <translation>Von vorn abspielen</translation>
    </message>
    <message>
        <source>Replay the last seconds</source>
        <translation>Die letzten Sekunden wiederholen</translation>
    </message>
    <message>
        <source>Spectrogram view</source>
        <translation>Spektrogrammansicht</translation>
    </message>
    <message>
        <source>Submit and next</source>
        <translation>Absenden und weiter</translation>
    </message>
    <message>
        <source>Accept the automatic transcript and submit</source>
        <translation>Automatisches Transkript übernehmen und absenden</translation>
    </message>
    <message>
        <source>Start from the automatic transcript</source>
        <translation>Mit dem automatischen Transkript beginnen</translation>
    </message>
    <message>
        <source>Critical data</source>
        <translation>Kritische Daten</translation>
    </message>
    <message>
        <source>Mark selection critical</source>
        <translation>Auswahl als kritisch markieren</translation>
    </message>
    <message>
        <source>Set span time from selection</source>
        <translation>Zeit des Abschnitts aus der Auswahl setzen</translation>
    </message>
    <message>
        <source>Remove marked span</source>
        <translation>Markierten Abschnitt entfernen</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Überspringen…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Eskalieren…</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Pause machen</translation>
    </message>
    <message>
        <source>Previous clip</source>
        <translation>Vorheriger Clip</translation>
    </message>
    <message>
        <source>Next clip</source>
        <translation>Nächster Clip</translation>
    </message>
    <message>
        <source>Go to the transcript</source>
        <translation>Zum Transkript</translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation>Zur Warteschlange</translation>
    </message>
    <message>
        <source>Go to the questions</source>
        <translation>Zu den Fragen</translation>
    </message>
    <message>
        <source>Show unfinished clips only</source>
        <translation>Nur unerledigte Clips zeigen</translation>
    </message>
    <message>
        <source>Same answers as the previous clip</source>
        <translation>Gleiche Antworten wie beim vorherigen Clip</translation>
    </message>
    <message>
        <source>Import package…</source>
        <translation>Paket importieren…</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Ergebnisse exportieren…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Kennzeichnungen</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Answer question {number}</source>
        <translation>Frage {number} beantworten</translation>
    </message>
    <message>
        <source>Insert {tag}</source>
        <translation>{tag} einfügen</translation>
    </message>
</context>
<context>
    <name>AftercareDialog</name>
    <message>
        <source>Clip escalated</source>
        <translation>Clip eskaliert</translation>
    </message>
    <message>
        <source>The clip was sealed to the leads and removed from your workspace.</source>
        <translation>Der Clip wurde für die Teamleitung versiegelt und aus Ihrem Arbeitsbereich entfernt.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>You have escalated several clips this session. We suggest taking a break now.</source>
        <translation>Sie haben in dieser Sitzung mehrere Clips eskaliert. Wir empfehlen Ihnen, jetzt eine Pause zu machen.</translation>
    </message>
    <message>
        <source>Take a &amp;break</source>
        <translation>&amp;Pause machen</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Pause machen</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>That passphrase did not open the workspace. Try again:</source>
        <translation>Diese Passphrase hat den Arbeitsbereich nicht geöffnet. Versuchen Sie es erneut:</translation>
    </message>
    <message>
        <source>This workspace is protected by a passphrase:</source>
        <translation>Dieser Arbeitsbereich ist durch eine Passphrase geschützt:</translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation>Passphrase des Arbeitsbereichs</translation>
    </message>
</context>
<context>
    <name>ContentWarning</name>
    <message>
        <source>Content warning</source>
        <translation>Inhaltswarnung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Content warning&lt;/b&gt;</source>
        <translation>&lt;b&gt;Inhaltswarnung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Screening marked this clip as possibly distressing. It will not play until you choose. You can skip it: skipping it carries no penalty.</source>
        <translation>Die Vorprüfung hat diesen Clip als möglicherweise belastend gekennzeichnet. Er wird erst abgespielt, wenn Sie es wählen. Sie können ihn überspringen: Das Überspringen hat keine Nachteile für Sie.</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <source>Read the automatic transcript first</source>
        <translation>Erst das automatische Transkript lesen</translation>
    </message>
    <message>
        <source>Skip without penalty</source>
        <translation>Ohne Nachteil überspringen</translation>
    </message>
</context>
<context>
    <name>CosignDialog</name>
    <message>
        <source>Co-sign a disclosure request</source>
        <translation>Offenlegungsantrag mitunterzeichnen</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Fall:</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Beantragt von:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Clip:</source>
        <translation>Clip:</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Unterzeichnet von:</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemandem</translation>
    </message>
    <message>
        <source>Sign only if you agree the speaker must be identified. The organisation&apos;s data controller acts on requests signed by two different leads.</source>
        <translation>Unterzeichnen Sie nur, wenn Sie zustimmen, dass die sprechende Person identifiziert werden muss. Die verantwortliche Stelle der Organisation handelt nur bei Anträgen, die von zwei verschiedenen Teamleitungen unterzeichnet sind.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Current &amp;code:</source>
        <translation>Aktueller &amp;Code:</translation>
    </message>
    <message>
        <source>Co-&amp;sign</source>
        <translation>&amp;Mitunterzeichnen</translation>
    </message>
    <message>
        <source>Co-sign</source>
        <translation>Mitunterzeichnen</translation>
    </message>
</context>
<context>
    <name>CriticalPanel</name>
    <message>
        <source>The speaker said something private: a name, account number, health detail, address, contact details or credentials</source>
        <translation>Die sprechende Person hat etwas Privates gesagt: einen Namen, eine Kontonummer, eine Gesundheitsangabe, eine Adresse, Kontaktdaten oder Zugangsdaten</translation>
    </message>
    <message>
        <source>Mark the selected words as critical data of this category, said in the audio selected on the waveform (or, without one, when the words were typed)</source>
        <translation>Die ausgewählten Wörter als kritische Daten dieser Kategorie markieren, gesprochen im auf der Wellenform ausgewählten Audio (ohne Auswahl: als die Wörter getippt wurden)</translation>
    </message>
    <message>
        <source>Store the audio selected on the waveform as the chosen span&apos;s time</source>
        <translation>Das auf der Wellenform ausgewählte Audio als Zeit des gewählten Abschnitts speichern</translation>
    </message>
    <message>
        <source>Unmark the chosen span</source>
        <translation>Markierung des gewählten Abschnitts aufheben</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>keine Zeit</translation>
    </message>
    <message>
        <source>{category}: “{words}” · {when}</source>
        <translation>{category}: „{words}“ · {when}</translation>
    </message>
    <message>
        <source>Critical data</source>
        <translation>Kritische Daten</translation>
    </message>
    <message>
        <source>Mark selection</source>
        <translation>Auswahl markieren</translation>
    </message>
    <message>
        <source>Marked spans</source>
        <translation>Markierte Abschnitte</translation>
    </message>
    <message>
        <source>Each marked span: its category, its words and when they were said. Choosing one selects its time on the waveform.</source>
        <translation>Jeder markierte Abschnitt: Kategorie, Wörter und wann sie gesagt wurden. Wenn Sie einen wählen, wird seine Zeit auf der Wellenform ausgewählt.</translation>
    </message>
    <message>
        <source>Selected audio</source>
        <translation>Ausgewähltes Audio</translation>
    </message>
    <message>
        <source>Select audio by dragging on the waveform, or with I and O there</source>
        <translation>Audio durch Ziehen auf der Wellenform auswählen oder dort mit I und O</translation>
    </message>
    <message>
        <source>Set time from selection</source>
        <translation>Zeit aus Auswahl setzen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Spans without time</source>
        <translation>Abschnitte ohne Zeit</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>Kategor&amp;ie</translation>
    </message>
    <message numerus="yes">
        <source>No time for %n span(s): this clip&apos;s audio will not be exported. Drag over the words&apos; audio on the waveform (or press I and O there), choose the span, then Set time from selection.</source>
        <translation>
            <numerusform>Keine Zeit für %n Abschnitt: Das Audio dieses Clips wird nicht exportiert. Ziehen Sie auf der Wellenform über das Audio der Wörter (oder drücken Sie dort I und O), wählen Sie den Abschnitt und dann „Zeit aus Auswahl setzen“.</numerusform>
            <numerusform>Keine Zeit für %n Abschnitte: Das Audio dieses Clips wird nicht exportiert. Ziehen Sie auf der Wellenform über das Audio der Wörter (oder drücken Sie dort I und O), wählen Sie den Abschnitt und dann „Zeit aus Auswahl setzen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected audio: {time}</source>
        <translation>Ausgewähltes Audio: {time}</translation>
    </message>
    <message>
        <source>Selected audio: none</source>
        <translation>Ausgewähltes Audio: keines</translation>
    </message>
    <message>
        <source>This span has no time yet: select its audio on the waveform, then choose Set time from selection.</source>
        <translation>Dieser Abschnitt hat noch keine Zeit: Wählen Sie sein Audio auf der Wellenform aus und dann „Zeit aus Auswahl setzen“.</translation>
    </message>
    <message>
        <source>Select the words to mark first (Shift+arrow keys).</source>
        <translation>Wählen Sie zuerst die zu markierenden Wörter aus (Umschalt+Pfeiltasten).</translation>
    </message>
    <message>
        <source>Those words overlap a marked span: remove that span first, then mark them again.</source>
        <translation>Diese Wörter überschneiden sich mit einem markierten Abschnitt: Entfernen Sie zuerst diesen Abschnitt und markieren Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>the waveform selection</source>
        <translation>der Auswahl auf der Wellenform</translation>
    </message>
    <message>
        <source>when the words were typed</source>
        <translation>dem Zeitpunkt, als die Wörter getippt wurden</translation>
    </message>
    <message>
        <source>Marked {category}, with no time: drag over its audio on the waveform and choose Set time from selection, or the clip&apos;s audio is not exported.</source>
        <translation>{category} markiert, ohne Zeit: Ziehen Sie auf der Wellenform über das Audio und wählen Sie „Zeit aus Auswahl setzen“, sonst wird das Audio des Clips nicht exportiert.</translation>
    </message>
    <message>
        <source>Marked {category} at {time} (from {source}).</source>
        <translation>{category} markiert bei {time} (aus {source}).</translation>
    </message>
    <message>
        <source>Choose a span in the Marked spans list first.</source>
        <translation>Wählen Sie zuerst einen Abschnitt in der Liste „Markierte Abschnitte“.</translation>
    </message>
    <message>
        <source>Select the span&apos;s audio on the waveform first: drag over it, or press I and O there.</source>
        <translation>Wählen Sie zuerst das Audio des Abschnitts auf der Wellenform aus: Ziehen Sie darüber oder drücken Sie dort I und O.</translation>
    </message>
    <message>
        <source>The span&apos;s time is now {time}.</source>
        <translation>Die Zeit des Abschnitts ist jetzt {time}.</translation>
    </message>
</context>
<context>
    <name>DemoCodeHint</name>
    <message>
        <source>Demo credentials</source>
        <translation>Demo-Zugangsdaten</translation>
    </message>
    <message>
        <source>Demo only — passphrase: {passphrase}
Current code: {code} (changes in {seconds} s)</source>
        <translation>Nur Demo – Passphrase: {passphrase}
Aktueller Code: {code} (wechselt in {seconds} s)</translation>
    </message>
</context>
<context>
    <name>DemoHelp</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the {what}</source>
        <translation>{what} kopieren</translation>
    </message>
    <message>
        <source>Copy the {what} to the clipboard</source>
        <translation>{what} in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&lt;li&gt;Open a clip and press &lt;b&gt;{keys}&lt;/b&gt; (Review &amp;gt; Escalate…). The clip is sealed to the demo lead &lt;b&gt;{lead}&lt;/b&gt; and leaves your queue.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Öffnen Sie einen Clip und drücken Sie &lt;b&gt;{keys}&lt;/b&gt; (Prüfung &amp;gt; Eskalieren…). Der Clip wird für die Demo-Teamleitung &lt;b&gt;{lead}&lt;/b&gt; versiegelt und verlässt Ihre Warteschlange.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Open a clip and choose &lt;b&gt;Review &amp;gt; Escalate…&lt;/b&gt;. The clip is sealed to the demo lead &lt;b&gt;{lead}&lt;/b&gt; and leaves your queue.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Öffnen Sie einen Clip und wählen Sie &lt;b&gt;Prüfung &amp;gt; Eskalieren…&lt;/b&gt;. Der Clip wird für die Demo-Teamleitung &lt;b&gt;{lead}&lt;/b&gt; versiegelt und verlässt Ihre Warteschlange.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>About the demo</source>
        <translation>Über die Demo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo only.&lt;/b&gt; These are the credentials of a throwaway demo lead. Reviewer never shows a real lead&apos;s passphrase or second factor: a real lead keeps the passphrase in mind and the code in an authenticator app.</source>
        <translation>&lt;b&gt;Nur Demo.&lt;/b&gt; Dies sind die Zugangsdaten einer Wegwerf-Demo-Teamleitung. Reviewer zeigt niemals die Passphrase oder den zweiten Faktor einer echten Teamleitung: Eine echte Teamleitung behält die Passphrase im Kopf und den Code in einer Authenticator-App.</translation>
    </message>
    <message>
        <source>Demo only</source>
        <translation>Nur Demo</translation>
    </message>
    <message>
        <source>Demo lead passphrase</source>
        <translation>Passphrase der Demo-Teamleitung</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Demo lead TOTP secret (base32)</source>
        <translation>TOTP-Geheimnis der Demo-Teamleitung (Base32)</translation>
    </message>
    <message>
        <source>Add this secret to an authenticator app to get the same codes</source>
        <translation>Fügen Sie dieses Geheimnis einer Authenticator-App hinzu, um dieselben Codes zu erhalten</translation>
    </message>
    <message>
        <source>TOTP secret (base32):</source>
        <translation>TOTP-Geheimnis (Base32):</translation>
    </message>
    <message>
        <source>TOTP secret</source>
        <translation>TOTP-Geheimnis</translation>
    </message>
    <message>
        <source>Current code</source>
        <translation>Aktueller Code</translation>
    </message>
    <message>
        <source>Code changes in</source>
        <translation>Code wechselt in</translation>
    </message>
    <message>
        <source>Copy the current code</source>
        <translation>Aktuellen Code kopieren</translation>
    </message>
    <message>
        <source>Current code:</source>
        <translation>Aktueller Code:</translation>
    </message>
    <message>
        <source>Open the demo &amp;lead desk…</source>
        <translation>Demo-&amp;Leitungsplatz öffnen…</translation>
    </message>
    <message>
        <source>Open the demo lead desk</source>
        <translation>Demo-Leitungsplatz öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the demo.&lt;/b&gt; Its workspace is throwaway and keyed in memory only: nothing is kept after the window closes.&lt;br&gt;&lt;br&gt;To try the escalation flow on this machine:&lt;ol&gt;{step}&lt;li&gt;Open &lt;b&gt;Help &amp;gt; Demo lead desk…&lt;/b&gt; (or the button below): the lead&apos;s inbox lists the case, locked.&lt;/li&gt;&lt;li&gt;Open the case with the passphrase, the current code and a reason of at least 20 characters.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;Dies ist die Demo.&lt;/b&gt; Ihr Arbeitsbereich ist ein Wegwerf-Bereich, dessen Schlüssel nur im Arbeitsspeicher liegt: Nach dem Schließen des Fensters bleibt nichts erhalten.&lt;br&gt;&lt;br&gt;So probieren Sie die Eskalation auf diesem Rechner aus:&lt;ol&gt;{step}&lt;li&gt;Öffnen Sie &lt;b&gt;Hilfe &amp;gt; Demo-Leitungsplatz…&lt;/b&gt; (oder die Schaltfläche unten): Der Posteingang der Teamleitung zeigt den Fall, gesperrt.&lt;/li&gt;&lt;li&gt;Öffnen Sie den Fall mit der Passphrase, dem aktuellen Code und einer Begründung von mindestens 20 Zeichen.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>changes in {seconds} s</source>
        <translation>wechselt in {seconds} s</translation>
    </message>
</context>
<context>
    <name>DemoLeadDesk</name>
    <message>
        <source>Demo lead desk</source>
        <translation>Demo-Leitungsplatz</translation>
    </message>
    <message>
        <source>{title} (demo)</source>
        <translation>{title} (Demo)</translation>
    </message>
    <message>
        <source>About the &amp;demo…</source>
        <translation>Über die &amp;Demo…</translation>
    </message>
    <message>
        <source>Demo &amp;lead desk…</source>
        <translation>Demo-&amp;Leitungsplatz…</translation>
    </message>
    <message>
        <source>Open the demo lead&apos;s window on the cases you escalated (demo only)</source>
        <translation>Das Fenster der Demo-Teamleitung mit den von Ihnen eskalierten Fällen öffnen (nur Demo)</translation>
    </message>
    <message>
        <source>How to try escalation and the lead side, with the demo lead&apos;s passphrase and code…</source>
        <translation>So probieren Sie die Eskalation und die Seite der Teamleitung aus, mit Passphrase und Code der Demo-Teamleitung…</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>Audio is starting.</source>
        <translation>Der Ton wird gestartet.</translation>
    </message>
    <message>
        <source>Audio is unavailable: the PortAudio library (libportaudio.so.2) is not installed (on Debian and Ubuntu: sudo apt install libportaudio2).</source>
        <translation>Kein Ton verfügbar: die Bibliothek PortAudio (libportaudio.so.2) ist nicht installiert (unter Debian und Ubuntu: sudo apt install libportaudio2).</translation>
    </message>
    <message>
        <source>No audio output device found.</source>
        <translation>Kein Audioausgabegerät gefunden.</translation>
    </message>
    <message>
        <source>The audio device stopped responding (disconnected?).</source>
        <translation>Das Audiogerät reagiert nicht mehr (getrennt?).</translation>
    </message>
    <message>
        <source>Audio could not be re-initialised.</source>
        <translation>Der Ton konnte nicht neu initialisiert werden.</translation>
    </message>
    <message>
        <source>The audio device “{device}” is not available.</source>
        <translation>Das Audiogerät „{device}“ ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The audio device “{device}” is busy (used by another program).</source>
        <translation>Das Audiogerät „{device}“ ist belegt (von einem anderen Programm verwendet).</translation>
    </message>
    <message>
        <source>The audio device “{device}” is not available any more.</source>
        <translation>Das Audiogerät „{device}“ ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>The audio device “{device}” does not support this clip&apos;s sample rate.</source>
        <translation>Das Audiogerät „{device}“ unterstützt die Abtastrate dieses Clips nicht.</translation>
    </message>
    <message>
        <source>The audio device “{device}” could not be opened.</source>
        <translation>Das Audiogerät „{device}“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The default audio device is busy (used by another program).</source>
        <translation>Das Standard-Audiogerät ist belegt (von einem anderen Programm verwendet).</translation>
    </message>
    <message>
        <source>The default audio device is not available any more.</source>
        <translation>Das Standard-Audiogerät ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>The default audio device does not support this clip&apos;s sample rate.</source>
        <translation>Das Standard-Audiogerät unterstützt die Abtastrate dieses Clips nicht.</translation>
    </message>
    <message>
        <source>The default audio device could not be opened.</source>
        <translation>Das Standard-Audiogerät konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The audio device could not be used.</source>
        <translation>Das Audiogerät konnte nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Escalate this clip</source>
        <translation>Diesen Clip eskalieren</translation>
    </message>
    <message>
        <source>Playback has stopped. Choose what this clip may need action for. The clip is sealed to the leads and removed from your queue.</source>
        <translation>Die Wiedergabe wurde angehalten. Wählen Sie, weswegen dieser Clip möglicherweise ein Eingreifen erfordert. Der Clip wird für die Teamleitung versiegelt und aus Ihrer Warteschlange entfernt.</translation>
    </message>
    <message>
        <source>&amp;Note for the lead (optional):</source>
        <translation>&amp;Notiz für die Teamleitung (optional):</translation>
    </message>
    <message>
        <source>Note for the lead (optional)</source>
        <translation>Notiz für die Teamleitung (optional)</translation>
    </message>
    <message>
        <source>What you heard, and when in the clip</source>
        <translation>Was Sie gehört haben und wann im Clip</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskalieren</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Choose a category first.</source>
        <translation>Wählen Sie zuerst eine Kategorie.</translation>
    </message>
    <message numerus="yes">
        <source>The note is longer than %n character(s).</source>
        <translation>
            <numerusform>Die Notiz ist länger als %n Zeichen.</numerusform>
            <numerusform>Die Notiz ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EscalationController</name>
    <message>
        <source>Not escalated</source>
        <translation>Nicht eskaliert</translation>
    </message>
    <message>
        <source>The clip could not be escalated (internal error); it is kept.</source>
        <translation>Der Clip konnte nicht eskaliert werden (interner Fehler); er bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>With audio, each finished clip&apos;s audio is written beside its results. Under the redacted policy the time range of every critical span is silenced, and a clip with a critical span that has no time exports no audio at all.</source>
        <translation>Mit Audio wird das Audio jedes erledigten Clips neben seine Ergebnisse geschrieben. Unter der geschwärzten Richtlinie wird der Zeitbereich jedes kritischen Abschnitts stummgeschaltet, und ein Clip mit einem kritischen Abschnitt ohne Zeit exportiert gar kein Audio.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>The folder the results go to</source>
        <translation>Der Ordner, in den die Ergebnisse kommen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Include &amp;audio</source>
        <translation>&amp;Audio einschließen</translation>
    </message>
    <message>
        <source>Write each finished clip&apos;s audio beside the results</source>
        <translation>Das Audio jedes erledigten Clips neben die Ergebnisse schreiben</translation>
    </message>
    <message>
        <source>About exported audio</source>
        <translation>Über exportiertes Audio</translation>
    </message>
    <message>
        <source>Sealed results also go to your organisation&apos;s exchange with the next sync; until then they wait on this computer.</source>
        <translation>Versiegelte Ergebnisse gehen außerdem mit der nächsten Synchronisierung an den Austausch Ihrer Organisation; bis dahin warten sie auf diesem Computer.</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>Exportproblem</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>Export results to</source>
        <translation>Ergebnisse exportieren nach</translation>
    </message>
    <message>
        <source>Choose the folder to export to (Browse…, or type its full path).</source>
        <translation>Wählen Sie den Zielordner für den Export (Durchsuchen… oder den vollständigen Pfad eingeben).</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <source>Flags</source>
        <translation>Kennzeichnungen</translation>
    </message>
</context>
<context>
    <name>GateReport</name>
    <message>
        <source>audio does not decode completely (header claims more data than the file holds)</source>
        <translation>Audio lässt sich nicht vollständig dekodieren (der Header gibt mehr Daten an, als die Datei enthält)</translation>
    </message>
    <message>
        <source>audio does not decode completely (truncated or corrupt)</source>
        <translation>Audio lässt sich nicht vollständig dekodieren (abgeschnitten oder beschädigt)</translation>
    </message>
    <message>
        <source>audio has no samples</source>
        <translation>Audio enthält keine Samples</translation>
    </message>
    <message>
        <source>declared duration differs from the audio by more than 0.1 s</source>
        <translation>angegebene Dauer weicht um mehr als 0,1 s vom Audio ab</translation>
    </message>
    <message>
        <source>audio does not decode completely (invalid samples)</source>
        <translation>Audio lässt sich nicht vollständig dekodieren (ungültige Samples)</translation>
    </message>
    <message>
        <source>audio cannot be decoded (unknown or broken format)</source>
        <translation>Audio kann nicht dekodiert werden (unbekanntes oder defektes Format)</translation>
    </message>
    <message>
        <source>audio format is not WAV, FLAC, Ogg Vorbis, Ogg Opus or MP3</source>
        <translation>Audioformat ist nicht WAV, FLAC, Ogg Vorbis, Ogg Opus oder MP3</translation>
    </message>
    <message>
        <source>sample rate is outside 8000-48000 Hz</source>
        <translation>Abtastrate liegt außerhalb von 8000–48000 Hz</translation>
    </message>
    <message>
        <source>audio has more than 2 channels</source>
        <translation>Audio hat mehr als 2 Kanäle</translation>
    </message>
    <message>
        <source>audio is longer than the package&apos;s max_clip_seconds</source>
        <translation>Audio ist länger als max_clip_seconds des Pakets</translation>
    </message>
    <message>
        <source>package not found</source>
        <translation>Paket nicht gefunden</translation>
    </message>
    <message>
        <source>is neither a folder nor a file</source>
        <translation>ist weder ein Ordner noch eine Datei</translation>
    </message>
    <message>
        <source>audio file not in the package</source>
        <translation>Audiodatei fehlt im Paket</translation>
    </message>
    <message>
        <source>file is not referenced by clips.jsonl</source>
        <translation>Datei wird in clips.jsonl nicht referenziert</translation>
    </message>
    <message>
        <source>header unusable</source>
        <translation>Header unbrauchbar</translation>
    </message>
    <message>
        <source>audio file is larger than max_clip_seconds could need</source>
        <translation>Audiodatei ist größer, als max_clip_seconds erfordern könnte</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD (no time of day)</source>
        <translation>muss ein Datum JJJJ-MM-TT sein (ohne Uhrzeit)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be a whole number of days from 1 to 365</source>
        <translation>muss eine ganze Zahl von Tagen zwischen 1 und 365 sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a number from 1 to 3600</source>
        <translation>muss eine Zahl zwischen 1 und 3600 sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>an option appears twice</source>
        <translation>eine Option kommt doppelt vor</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>Pflichtschlüssel fehlt</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>only choice questions have options</source>
        <translation>nur Auswahlfragen haben Optionen</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must match [a-z][a-z0-9_]{0,31}</source>
        <translation>muss [a-z][a-z0-9_]{0,31} entsprechen</translation>
    </message>
    <message>
        <source>question id used twice</source>
        <translation>Fragen-ID doppelt verwendet</translation>
    </message>
    <message>
        <source>has no clips</source>
        <translation>enthält keine Clips</translation>
    </message>
    <message>
        <source>must be a number of seconds above 0</source>
        <translation>muss eine Anzahl Sekunden über 0 sein</translation>
    </message>
    <message>
        <source>clip id used twice</source>
        <translation>Clip-ID doppelt verwendet</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>is not valid UTF-8</source>
        <translation>ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>blank line</source>
        <translation>Leerzeile</translation>
    </message>
    <message>
        <source>line is too long</source>
        <translation>Zeile ist zu lang</translation>
    </message>
    <message>
        <source>is not valid Unicode (it has a lone surrogate)</source>
        <translation>ist kein gültiges Unicode (enthält ein einzelnes Surrogat)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>contains a backslash</source>
        <translation>enthält einen Backslash</translation>
    </message>
    <message>
        <source>is absolute</source>
        <translation>ist absolut</translation>
    </message>
    <message>
        <source>starts with a drive letter</source>
        <translation>beginnt mit einem Laufwerksbuchstaben</translation>
    </message>
    <message>
        <source>climbs out with &apos;..&apos;</source>
        <translation>verlässt den Ordner mit „..“</translation>
    </message>
    <message>
        <source>has empty or &apos;.&apos; components</source>
        <translation>hat leere oder „.“-Bestandteile</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>ist zu lang</translation>
    </message>
    <message>
        <source>folder is not allowed (a package has one folder: audio/)</source>
        <translation>Ordner ist nicht erlaubt (ein Paket hat nur einen Ordner: audio/)</translation>
    </message>
    <message>
        <source>file is missing from the package</source>
        <translation>Datei fehlt im Paket</translation>
    </message>
    <message>
        <source>file is larger than the cap</source>
        <translation>Datei überschreitet die Obergrenze</translation>
    </message>
    <message>
        <source>file changed size while being read</source>
        <translation>Datei hat beim Lesen ihre Größe geändert</translation>
    </message>
    <message>
        <source>entry is shorter than declared</source>
        <translation>Eintrag ist kürzer als angegeben</translation>
    </message>
    <message>
        <source>file cannot be opened without following a link</source>
        <translation>Datei kann nicht geöffnet werden, ohne einem Link zu folgen</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>entry does not read back cleanly</source>
        <translation>Eintrag lässt sich nicht fehlerfrei zurücklesen</translation>
    </message>
    <message>
        <source>file expands past its declared size</source>
        <translation>Datei entpackt sich über ihre angegebene Größe hinaus</translation>
    </message>
    <message>
        <source>identity field; packages must not carry identity</source>
        <translation>Identitätsfeld; Pakete dürfen keine Identitätsdaten enthalten</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>must be a lowercase UUID, a ULID, or a-z prefix, &apos;_&apos; and 32 hex digits</source>
        <translation>muss eine UUID in Kleinbuchstaben, eine ULID oder ein a-z-Präfix, „_“ und 32 Hexadezimalziffern sein</translation>
    </message>
    <message>
        <source>must be named after the clip: audio/&lt;clip_id&gt;.&lt;ext&gt;</source>
        <translation>muss nach dem Clip benannt sein: audio/&lt;clip_id&gt;.&lt;ext&gt;</translation>
    </message>
    <message>
        <source>must be language[-Script][-REGION], such as en-US or zh-Hant-TW</source>
        <translation>muss Sprache[-Schrift][-REGION] sein, etwa en-US oder zh-Hant-TW</translation>
    </message>
    <message>
        <source>language is not a registered ISO 639 code in its shortest lowercase form</source>
        <translation>Sprache ist kein registrierter ISO-639-Code in kürzester Kleinschreibung</translation>
    </message>
    <message>
        <source>region is not a registered ISO 3166 code (upper case, such as US) or a UN M.49 area; variants, extensions and private use are not allowed</source>
        <translation>Region ist kein registrierter ISO-3166-Code (Großbuchstaben, etwa US) und kein UN-M.49-Gebiet; Varianten, Erweiterungen und private Verwendung sind nicht erlaubt</translation>
    </message>
    <message>
        <source>script is not a registered ISO 15924 code (Titlecase, such as Hant)</source>
        <translation>Schrift ist kein registrierter ISO-15924-Code (großer Anfangsbuchstabe, etwa Hant)</translation>
    </message>
    <message>
        <source>entry&apos;s local header cannot be read</source>
        <translation>lokaler Header des Eintrags kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>entry carries extra data; packages carry none</source>
        <translation>Eintrag enthält Zusatzdaten; Pakete enthalten keine</translation>
    </message>
    <message>
        <source>entry has a malformed extra field</source>
        <translation>Eintrag hat ein fehlerhaftes Zusatzfeld</translation>
    </message>
    <message>
        <source>contains characters that change text direction</source>
        <translation>enthält Zeichen, die die Textrichtung ändern</translation>
    </message>
    <message>
        <source>contains invisible characters</source>
        <translation>enthält unsichtbare Zeichen</translation>
    </message>
    <message>
        <source>contains private-use or unassigned characters</source>
        <translation>enthält Zeichen für private Nutzung oder nicht zugewiesene Zeichen</translation>
    </message>
    <message>
        <source>an entry name contains a NUL character</source>
        <translation>ein Eintragsname enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>archive has a comment; packages carry none</source>
        <translation>das Archiv hat einen Kommentar; Pakete haben keinen</translation>
    </message>
    <message>
        <source>at most {maximum} questions</source>
        <translation>höchstens {maximum} Fragen</translation>
    </message>
    <message>
        <source>cannot be examined</source>
        <translation>kann nicht untersucht werden</translation>
    </message>
    <message>
        <source>entry appears twice (names compared ignoring case)</source>
        <translation>Eintrag kommt doppelt vor (Namen ohne Beachtung der Groß-/Kleinschreibung verglichen)</translation>
    </message>
    <message>
        <source>entry has a comment; packages carry none</source>
        <translation>der Eintrag hat einen Kommentar; Pakete haben keinen</translation>
    </message>
    <message>
        <source>entry name {problem}</source>
        <translation>Eintragsname {problem}</translation>
    </message>
    <message>
        <source>expands more than 100:1 (compression ratio cap)</source>
        <translation>entpackt sich auf mehr als 100:1 (Grenze des Kompressionsverhältnisses)</translation>
    </message>
    <message>
        <source>expands more than 100:1 as a whole</source>
        <translation>entpackt sich insgesamt auf mehr als 100:1</translation>
    </message>
    <message>
        <source>expands past the total size cap (4 GiB)</source>
        <translation>entpackt sich über die Gesamtgrößengrenze (4 GiB) hinaus</translation>
    </message>
    <message>
        <source>folder cannot be listed</source>
        <translation>der Ordnerinhalt kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>folder entry carries data</source>
        <translation>der Ordnereintrag enthält Daten</translation>
    </message>
    <message>
        <source>folder is empty</source>
        <translation>der Ordner ist leer</translation>
    </message>
    <message>
        <source>has a key that appears twice in one object</source>
        <translation>hat einen Schlüssel, der in einem Objekt doppelt vorkommt</translation>
    </message>
    <message>
        <source>has too many entries</source>
        <translation>hat zu viele Einträge</translation>
    </message>
    <message>
        <source>has too many files</source>
        <translation>hat zu viele Dateien</translation>
    </message>
    <message>
        <source>is a link; links are not allowed in packages</source>
        <translation>ist eine Verknüpfung; Verknüpfungen sind in Paketen nicht erlaubt</translation>
    </message>
    <message>
        <source>is a symbolic link; links are not allowed</source>
        <translation>ist eine symbolische Verknüpfung; Verknüpfungen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>is encrypted</source>
        <translation>ist verschlüsselt</translation>
    </message>
    <message>
        <source>is longer than {cap} characters</source>
        <translation>ist länger als {cap} Zeichen</translation>
    </message>
    <message>
        <source>is nested too deeply</source>
        <translation>ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>is not a readable zip archive</source>
        <translation>ist kein lesbares ZIP-Archiv</translation>
    </message>
    <message>
        <source>is not a regular file (device, pipe or socket)</source>
        <translation>ist keine reguläre Datei (Gerät, Pipe oder Socket)</translation>
    </message>
    <message>
        <source>is not valid JSON</source>
        <translation>ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>more than {maximum} clips</source>
        <translation>mehr als {maximum} Clips</translation>
    </message>
    <message>
        <source>must be 1-{maximum} characters</source>
        <translation>muss 1–{maximum} Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be 2-{maximum} options</source>
        <translation>muss 2–{maximum} Optionen haben</translation>
    </message>
    <message>
        <source>must be one of: {values}</source>
        <translation>muss einer dieser Werte sein: {values}</translation>
    </message>
    <message>
        <source>must be {value}</source>
        <translation>muss {value} sein</translation>
    </message>
    <message>
        <source>package header file is missing</source>
        <translation>die Paketkopfdatei fehlt</translation>
    </message>
    <message>
        <source>package header file is missing at the top level (it is inside a folder: package the folder&apos;s contents)</source>
        <translation>die Paketkopfdatei fehlt auf der obersten Ebene (sie liegt in einem Ordner: packen Sie den Inhalt des Ordners)</translation>
    </message>
    <message>
        <source>prompts, options and ids are longer than {cap} characters together</source>
        <translation>Fragetexte, Optionen und IDs sind zusammen länger als {cap} Zeichen</translation>
    </message>
    <message>
        <source>uses NaN or Infinity, which JSON does not allow</source>
        <translation>verwendet NaN oder Infinity, was JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>value looks like {kind}</source>
        <translation>der Wert sieht nach {kind} aus</translation>
    </message>
    <message>
        <source>clip list file is missing</source>
        <translation>die Clipliste fehlt</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>einer E-Mail-Adresse</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>Koordinaten</translation>
    </message>
    <message>
        <source>a plus code</source>
        <translation>einem Plus Code</translation>
    </message>
    <message>
        <source>a bank account number (IBAN)</source>
        <translation>einer Kontonummer (IBAN)</translation>
    </message>
    <message>
        <source>a card number</source>
        <translation>einer Kartennummer</translation>
    </message>
    <message>
        <source>an IMEI</source>
        <translation>einer IMEI</translation>
    </message>
    <message>
        <source>a national identity number</source>
        <translation>einer nationalen Identifikationsnummer</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>einer Telefonnummer</translation>
    </message>
    <message>
        <source>a long number (account, phone or identity number)</source>
        <translation>einer langen Nummer (Konto-, Telefon- oder Ausweisnummer)</translation>
    </message>
    <message>
        <source>an IP address</source>
        <translation>einer IP-Adresse</translation>
    </message>
    <message>
        <source>a hardware (MAC) address</source>
        <translation>einer Hardware-Adresse (MAC)</translation>
    </message>
    <message>
        <source>a serial number</source>
        <translation>einer Seriennummer</translation>
    </message>
    <message>
        <source>a street address</source>
        <translation>einer Postanschrift</translation>
    </message>
    <message>
        <source>a postcode</source>
        <translation>einer Postleitzahl</translation>
    </message>
    <message numerus="yes">
        <source>Package refused: %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>Paket abgelehnt: %n Problem; es wurde nichts importiert.</numerusform>
            <numerusform>Paket abgelehnt: %n Probleme; es wurde nichts importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyTables</name>
    <message>
        <source>A question&apos;s key answers it without leaving the transcript: a yes/no question goes Yes, No, unanswered; a choice goes through its options, then unanswered; a text question takes the cursor. Each question shows its key.</source>
        <translation>Die Taste einer Frage beantwortet sie, ohne das Transkript zu verlassen: Eine Ja/Nein-Frage wechselt zwischen Ja, Nein und unbeantwortet; eine Auswahl geht ihre Optionen durch, dann unbeantwortet; eine Textfrage erhält den Cursor. Jede Frage zeigt ihre Taste.</translation>
    </message>
    <message>
        <source>a character key, alone or with Shift; on Windows also Ctrl+Alt with a character key (AltGr types @ { [ ] } € ą ł … on many layouts)</source>
        <translation>eine Zeichentaste, allein oder mit Umschalt; unter Windows auch Strg+Alt mit einer Zeichentaste (AltGr tippt auf vielen Tastaturbelegungen @ { [ ] } € ą ł …)</translation>
    </message>
    <message>
        <source>a character key, alone or with Shift; Option (Alt) with a letter (accents); Option with a digit (¡ ™ £ ¢ ∞ §) is left to the tag keys</source>
        <translation>eine Zeichentaste, allein oder mit Umschalt; Wahltaste (Alt) mit einem Buchstaben (Akzente); Wahltaste mit einer Ziffer (¡ ™ £ ¢ ∞ §) bleibt den Tag-Tasten überlassen</translation>
    </message>
    <message>
        <source>moving the cursor</source>
        <translation>Cursor bewegen</translation>
    </message>
    <message>
        <source>selecting</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>copy, cut and paste</source>
        <translation>Kopieren, Ausschneiden und Einfügen</translation>
    </message>
    <message>
        <source>undo and redo</source>
        <translation>Rückgängig und Wiederherstellen</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>new lines</source>
        <translation>neue Zeilen</translation>
    </message>
    <message>
        <source>moving between fields</source>
        <translation>zwischen Feldern wechseln</translation>
    </message>
    <message>
        <source>Keymap: {preset}. Change it, or any key, in Settings.</source>
        <translation>Tastenbelegung: {preset}. Ändern Sie sie oder einzelne Tasten in den Einstellungen.</translation>
    </message>
    <message>
        <source>The transcript&apos;s own keys (no keymap takes them)</source>
        <translation>Eigene Tasten des Transkripts (keine Tastenbelegung übernimmt sie)</translation>
    </message>
    <message>
        <source>On the waveform</source>
        <translation>Auf der Wellenform</translation>
    </message>
    <message>
        <source>typing</source>
        <translation>Tippen</translation>
    </message>
</context>
<context>
    <name>Keymaps</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Express Scribe-like (function keys)</source>
        <translation>Wie Express Scribe (Funktionstasten)</translation>
    </message>
    <message>
        <source>oTranscribe-like (Esc and function keys)</source>
        <translation>Wie oTranscribe (Esc und Funktionstasten)</translation>
    </message>
    <message>
        <source>moves the cursor</source>
        <translation>bewegt den Cursor</translation>
    </message>
    <message>
        <source>moves the cursor by page</source>
        <translation>bewegt den Cursor seitenweise</translation>
    </message>
    <message>
        <source>moves to the start or end of the line</source>
        <translation>springt an Anfang oder Ende der Zeile</translation>
    </message>
    <message>
        <source>moves to the start or end of the text</source>
        <translation>springt an Anfang oder Ende des Textes</translation>
    </message>
    <message>
        <source>moves the cursor by word</source>
        <translation>bewegt den Cursor wortweise</translation>
    </message>
    <message>
        <source>moves to the end of the line</source>
        <translation>springt ans Zeilenende</translation>
    </message>
    <message>
        <source>moves to the start or end of the paragraph</source>
        <translation>springt an Anfang oder Ende des Absatzes</translation>
    </message>
    <message>
        <source>extends the selection</source>
        <translation>erweitert die Auswahl</translation>
    </message>
    <message>
        <source>selects to the start or end of the line</source>
        <translation>wählt bis Anfang oder Ende der Zeile aus</translation>
    </message>
    <message>
        <source>selects to the start or end of the text</source>
        <translation>wählt bis Anfang oder Ende des Textes aus</translation>
    </message>
    <message>
        <source>selects by word</source>
        <translation>wählt wortweise aus</translation>
    </message>
    <message>
        <source>selects to the start or end of the paragraph</source>
        <translation>wählt bis Anfang oder Ende des Absatzes aus</translation>
    </message>
    <message>
        <source>selects everything</source>
        <translation>wählt alles aus</translation>
    </message>
    <message>
        <source>clears the selection</source>
        <translation>hebt die Auswahl auf</translation>
    </message>
    <message>
        <source>copies, cuts and pastes</source>
        <translation>kopiert, schneidet aus und fügt ein</translation>
    </message>
    <message>
        <source>copies, pastes and cuts</source>
        <translation>kopiert, fügt ein und schneidet aus</translation>
    </message>
    <message>
        <source>pastes, copies and cuts</source>
        <translation>fügt ein, kopiert und schneidet aus</translation>
    </message>
    <message>
        <source>cuts and pastes</source>
        <translation>schneidet aus und fügt ein</translation>
    </message>
    <message>
        <source>copies, cuts and pastes (keys some keyboards have)</source>
        <translation>kopiert, schneidet aus und fügt ein (Tasten mancher Tastaturen)</translation>
    </message>
    <message>
        <source>undoes and redoes</source>
        <translation>macht rückgängig und stellt wieder her</translation>
    </message>
    <message>
        <source>undoes</source>
        <translation>macht rückgängig</translation>
    </message>
    <message>
        <source>undoes and redoes (keys some keyboards have)</source>
        <translation>macht rückgängig und stellt wieder her (Tasten mancher Tastaturen)</translation>
    </message>
    <message>
        <source>deletes a character</source>
        <translation>löscht ein Zeichen</translation>
    </message>
    <message>
        <source>deletes a word</source>
        <translation>löscht ein Wort</translation>
    </message>
    <message>
        <source>deletes to the end of the line</source>
        <translation>löscht bis zum Zeilenende</translation>
    </message>
    <message>
        <source>deletes the line</source>
        <translation>löscht die Zeile</translation>
    </message>
    <message>
        <source>starts a new line</source>
        <translation>beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>moves to the next or previous field</source>
        <translation>wechselt zum nächsten oder vorherigen Feld</translation>
    </message>
    <message>
        <source>opens the text field&apos;s menu</source>
        <translation>öffnet das Menü des Textfelds</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Address or location</source>
        <translation>Adresse oder Ort</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Accidental activation</source>
        <translation>Versehentliche Aktivierung</translation>
    </message>
    <message>
        <source>Unintelligible</source>
        <translation>Unverständlich</translation>
    </message>
    <message>
        <source>No speech</source>
        <translation>Keine Sprache</translation>
    </message>
    <message>
        <source>Background speech only</source>
        <translation>Nur Hintergrundsprache</translation>
    </message>
    <message>
        <source>Media playing (TV/radio)</source>
        <translation>Medienwiedergabe (TV/Radio)</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Andere Sprache</translation>
    </message>
    <message>
        <source>Can&apos;t hear</source>
        <translation>Nicht zu verstehen</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>Falsche Sprache</translation>
    </message>
    <message>
        <source>Distressing</source>
        <translation>Belastend</translation>
    </message>
    <message>
        <source>Violence or crime</source>
        <translation>Gewalt oder Straftat</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>Selbstverletzung</translation>
    </message>
    <message>
        <source>Child safety</source>
        <translation>Kinderschutz</translation>
    </message>
    <message>
        <source>Medical emergency</source>
        <translation>Medizinischer Notfall</translation>
    </message>
    <message>
        <source>Other distress</source>
        <translation>Andere Notlage</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>Kein Handlungsbedarf</translation>
    </message>
    <message>
        <source>Refer to the safety team</source>
        <translation>An das Sicherheitsteam weiterleiten</translation>
    </message>
    <message>
        <source>Request disclosure</source>
        <translation>Offenlegung beantragen</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Play while held (back-step on release)</source>
        <translation>Abspielen, solange gedrückt (beim Loslassen zurückspringen)</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Wiedergabe / Pause</translation>
    </message>
    <message>
        <source>Rewind (jump back, repeating while held)</source>
        <translation>Zurückspulen (zurückspringen, wiederholt solange gedrückt)</translation>
    </message>
    <message>
        <source>Fast forward (jump ahead, repeating while held)</source>
        <translation>Vorspulen (vorspringen, wiederholt solange gedrückt)</translation>
    </message>
    <message>
        <source>Left pedal</source>
        <translation>Linkes Pedal</translation>
    </message>
    <message>
        <source>Middle pedal</source>
        <translation>Mittleres Pedal</translation>
    </message>
    <message>
        <source>Right pedal</source>
        <translation>Rechtes Pedal</translation>
    </message>
</context>
<context>
    <name>LeadGateDialog</name>
    <message>
        <source>Open an escalated case</source>
        <translation>Eskalierten Fall öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{case}&lt;/b&gt;&lt;br&gt;Opening this case is recorded in the audit log with your reason. Access covers this case only and ends after 10 idle minutes or when you close it.</source>
        <translation>&lt;b&gt;{case}&lt;/b&gt;&lt;br&gt;Das Öffnen dieses Falls wird mit Ihrer Begründung im Prüfprotokoll festgehalten. Der Zugriff gilt nur für diesen Fall und endet nach 10 Minuten Inaktivität oder wenn Sie ihn schließen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Current code</source>
        <translation>Aktueller Code</translation>
    </message>
    <message>
        <source>6 digits from your authenticator</source>
        <translation>6 Ziffern aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>Reason for opening</source>
        <translation>Begründung für das Öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Why you open this case (at least %n character(s))</source>
        <translation>
            <numerusform>Warum Sie diesen Fall öffnen (mindestens %n Zeichen)</numerusform>
            <numerusform>Warum Sie diesen Fall öffnen (mindestens %n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Current &amp;code:</source>
        <translation>Aktueller &amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Reason length</source>
        <translation>Länge der Begründung</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Fall ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Reason: %n character(s)</source>
        <translation>
            <numerusform>Begründung: %n Zeichen</numerusform>
            <numerusform>Begründung: %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(at least %n)</source>
        <translation>
            <numerusform>(mindestens %n)</numerusform>
            <numerusform>(mindestens %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The case could not be opened (internal error).</source>
        <translation>Der Fall konnte nicht geöffnet werden (interner Fehler).</translation>
    </message>
</context>
<context>
    <name>LeadSync</name>
    <message numerus="yes">
        <source>%n new escalation(s)</source>
        <translation>
            <numerusform>%n neue Eskalation</numerusform>
            <numerusform>%n neue Eskalationen</numerusform>
        </translation>
    </message>
    <message>
        <source>New escalations could not be imported: {error}</source>
        <translation>Neue Eskalationen konnten nicht importiert werden: {error}</translation>
    </message>
</context>
<context>
    <name>LeadWindow</name>
    <message>
        <source>&amp;No action needed</source>
        <translation>&amp;Kein Handlungsbedarf</translation>
    </message>
    <message>
        <source>&amp;Refer to the safety team</source>
        <translation>An das &amp;Sicherheitsteam weiterleiten</translation>
    </message>
    <message>
        <source>Request &amp;disclosure</source>
        <translation>&amp;Offenlegung beantragen</translation>
    </message>
    <message>
        <source>(not included: this case was escalated before envelopes carried the clip&apos;s texts)</source>
        <translation>(nicht enthalten: Dieser Fall wurde eskaliert, bevor Umschläge die Texte des Clips enthielten)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>geöffnet</translation>
    </message>
    <message>
        <source>decided: {decision} — conflicting records</source>
        <translation>entschieden: {decision} – widersprüchliche Einträge</translation>
    </message>
    <message>
        <source>decided: {decision} (changed)</source>
        <translation>entschieden: {decision} (geändert)</translation>
    </message>
    <message>
        <source>decided: {decision}</source>
        <translation>entschieden: {decision}</translation>
    </message>
    <message>
        <source>Reviewer — lead {lead}</source>
        <translation>Reviewer – Teamleitung {lead}</translation>
    </message>
    <message>
        <source>Lead window</source>
        <translation>Fenster der Teamleitung</translation>
    </message>
    <message>
        <source>In&amp;box (all cases locked):</source>
        <translation>&amp;Posteingang (alle Fälle gesperrt):</translation>
    </message>
    <message>
        <source>Escalated cases</source>
        <translation>Eskalierte Fälle</translation>
    </message>
    <message>
        <source>&amp;Import new cases</source>
        <translation>Neue Fälle &amp;importieren</translation>
    </message>
    <message>
        <source>Import new cases</source>
        <translation>Neue Fälle importieren</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>Fall ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>Co-si&amp;gn a disclosure request…</source>
        <translation>Offenlegungsantrag &amp;mitunterzeichnen…</translation>
    </message>
    <message>
        <source>Co-sign a disclosure request</source>
        <translation>Offenlegungsantrag mitunterzeichnen</translation>
    </message>
    <message>
        <source>Select a case and open it through the gate (Return).
Every opening is recorded with your reason.</source>
        <translation>Wählen Sie einen Fall und öffnen Sie ihn über die Zugangsprüfung (Eingabetaste).
Jedes Öffnen wird mit Ihrer Begründung festgehalten.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Fall schließen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note:</source>
        <translation>Notiz der prüfenden Person:</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Notiz der prüfenden Person</translation>
    </message>
    <message>
        <source>Reviewer&apos;s draf&amp;t transcript:</source>
        <translation>&amp;Transkriptentwurf der prüfenden Person:</translation>
    </message>
    <message>
        <source>&amp;Automatic transcript:</source>
        <translation>&amp;Automatisches Transkript:</translation>
    </message>
    <message>
        <source>Assistant&apos;s answer</source>
        <translation>Antwort des Assistenten</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Ko&amp;mmentar:</translation>
    </message>
    <message>
        <source>Comment for the decision record</source>
        <translation>Kommentar für den Entscheidungseintrag</translation>
    </message>
    <message>
        <source>Decision problem</source>
        <translation>Problem mit der Entscheidung</translation>
    </message>
    <message>
        <source>C&amp;hange decision…</source>
        <translation>Entscheidung ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Change decision</source>
        <translation>Entscheidung ändern</translation>
    </message>
    <message>
        <source>Record a different decision that supersedes the current one; both records are kept</source>
        <translation>Eine andere Entscheidung festhalten, die die aktuelle ersetzt; beide Einträge bleiben erhalten</translation>
    </message>
    <message>
        <source>Clos&amp;e case</source>
        <translation>Fall sc&amp;hließen</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Abspielen oder anhalten</translation>
    </message>
    <message>
        <source>Jump back</source>
        <translation>Zurückspringen</translation>
    </message>
    <message>
        <source>Jump forward</source>
        <translation>Vorspringen</translation>
    </message>
    <message>
        <source>Play again from the start</source>
        <translation>Noch einmal von vorn abspielen</translation>
    </message>
    <message>
        <source>Where cases stand cannot be read: {error}</source>
        <translation>Der Stand der Fälle kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Locked: {case}</source>
        <translation>Gesperrt: {case}</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in the inbox</source>
        <translation>
            <numerusform>%n Fall im Posteingang</numerusform>
            <numerusform>%n Fälle im Posteingang</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>Fälle importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) imported</source>
        <translation>
            <numerusform>%n neuer Fall importiert</numerusform>
            <numerusform>%n neue Fälle importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The case was not opened. The reason you wrote is kept for your next attempt at this case.</source>
        <translation>Der Fall wurde nicht geöffnet. Ihre Begründung bleibt für Ihren nächsten Versuch bei diesem Fall erhalten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{category}&lt;/b&gt; — escalated {when} by {reviewer}</source>
        <translation>&lt;b&gt;{category}&lt;/b&gt; – eskaliert am {when} von {reviewer}</translation>
    </message>
    <message>
        <source>The envelope&apos;s file name did not match its sealed content: the sealed category is shown.</source>
        <translation>Der Dateiname des Umschlags passte nicht zu seinem versiegelten Inhalt: Angezeigt wird die versiegelte Kategorie.</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <source>(no draft)</source>
        <translation>(kein Entwurf)</translation>
    </message>
    <message>
        <source>Assistant&apos;s answer: {answer}</source>
        <translation>Antwort des Assistenten: {answer}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Access ended after 10 idle minutes; the case is closed.</source>
        <translation>Der Zugriff endete nach 10 Minuten Inaktivität; der Fall ist geschlossen.</translation>
    </message>
    <message>
        <source>Where this case stands cannot be read: {error}</source>
        <translation>Der Stand dieses Falls kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>Noch keine Entscheidung.</translation>
    </message>
    <message>
        <source>Changing the decision {decision}: write why in the comment, then choose the new decision. The earlier record is kept and the new one supersedes it.</source>
        <translation>Entscheidung {decision} wird geändert: Schreiben Sie die Begründung in den Kommentar und wählen Sie dann die neue Entscheidung. Der frühere Eintrag bleibt erhalten, der neue ersetzt ihn.</translation>
    </message>
    <message>
        <source>Decided: {decision}.</source>
        <translation>Entschieden: {decision}.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of this case contradict each other: Change decision settles them.</source>
        <translation>
            <numerusform>%n Eintrag dieses Falls widerspricht den anderen: „Entscheidung ändern“ klärt das.</numerusform>
            <numerusform>%n Einträge dieses Falls widersprechen einander: „Entscheidung ändern“ klärt das.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(changed; %n record(s) kept)</source>
        <translation>
            <numerusform>(geändert; %n Eintrag erhalten)</numerusform>
            <numerusform>(geändert; %n Einträge erhalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel c&amp;hange</source>
        <translation>Änderung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Why the decision changes (required; it goes into the new record)</source>
        <translation>Warum sich die Entscheidung ändert (erforderlich; kommt in den neuen Eintrag)</translation>
    </message>
    <message>
        <source>Comment for the decision record (for a disclosure request: why identification is needed)</source>
        <translation>Kommentar für den Entscheidungseintrag (bei einem Offenlegungsantrag: warum eine Identifizierung nötig ist)</translation>
    </message>
    <message>
        <source>This case is already decided: {decision}. To decide differently, choose Change decision: the new record supersedes this one, and both are kept.</source>
        <translation>Dieser Fall ist bereits entschieden: {decision}. Um anders zu entscheiden, wählen Sie „Entscheidung ändern“: das neue Protokoll ersetzt dieses, und beide bleiben erhalten.</translation>
    </message>
    <message>
        <source>Decision not recorded: {error}</source>
        <translation>Entscheidung nicht festgehalten: {error}</translation>
    </message>
    <message>
        <source>; disclosure request written to {file} — a second lead must co-sign it (`reviewer disclosure cosign FILE`)</source>
        <translation>; Offenlegungsantrag in {file} geschrieben – eine zweite Teamleitung muss ihn mitunterzeichnen (`reviewer disclosure cosign FILE`)</translation>
    </message>
    <message>
        <source>Decision changed</source>
        <translation>Entscheidung geändert</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Entscheidung festgehalten</translation>
    </message>
    <message>
        <source>Disclosure request to co-sign</source>
        <translation>Mitzuunterzeichnender Offenlegungsantrag</translation>
    </message>
    <message>
        <source>Disclosure requests (*.json)</source>
        <translation>Offenlegungsanträge (*.json)</translation>
    </message>
    <message>
        <source>Co-sign</source>
        <translation>Mitunterzeichnen</translation>
    </message>
    <message numerus="yes">
        <source>Co-signed: the request now has %n signature(s).</source>
        <translation>
            <numerusform>Mitunterzeichnet: Der Antrag hat jetzt %n Unterschrift.</numerusform>
            <numerusform>Mitunterzeichnet: Der Antrag hat jetzt %n Unterschriften.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation>Fall geschlossen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Some of your work could not be saved: {state}</source>
        <translation>Ein Teil Ihrer Arbeit konnte nicht gespeichert werden: {state}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>PackageFlows</name>
    <message>
        <source>Import package</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <source>Work packages (*.rpkg *.zip package.json);;All files (*)</source>
        <translation>Arbeitspakete (*.rpkg *.zip package.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The demo opens in its own window, on a throwaway workspace; your work here is not touched.</source>
        <translation>Die Demo öffnet sich in einem eigenen Fenster mit einem Wegwerf-Arbeitsbereich; Ihre Arbeit hier bleibt unberührt.</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Paket wird geprüft…</translation>
    </message>
    <message>
        <source>Checking the package</source>
        <translation>Paket wird geprüft</translation>
    </message>
    <message>
        <source>Storing it encrypted</source>
        <translation>Wird verschlüsselt gespeichert</translation>
    </message>
    <message>
        <source>{phase}… {percent}%</source>
        <translation>{phase}… {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n clip(s).</source>
        <translation>
            <numerusform>%n Clip importiert.</numerusform>
            <numerusform>%n Clips importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>The package was not imported: {reason}</source>
        <translation>Das Paket wurde nicht importiert: {reason}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Nothing to export yet: finish a clip first.</source>
        <translation>Noch nichts zu exportieren: Erledigen Sie zuerst einen Clip.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {results} from %n package(s) to {folder}.</source>
        <translation>
            <numerusform>{results} aus %n Paket nach {folder} exportiert.</numerusform>
            <numerusform>{results} aus %n Paketen nach {folder} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sealed export(s) queued for upload.</source>
        <translation>
            <numerusform>%n versiegelter Export zum Hochladen eingereiht.</numerusform>
            <numerusform>%n versiegelte Exporte zum Hochladen eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Es wurde nichts exportiert: {reason}</translation>
    </message>
</context>
<context>
    <name>PedalDialog</name>
    <message>
        <source>No supported USB pedal is plugged in.</source>
        <translation>Es ist kein unterstütztes USB-Pedal angeschlossen.</translation>
    </message>
    <message>
        <source>Pedals that type keys ({pedals}, and most other pedals sold as “keyboard” or “HID keyboard”) need no set-up here: give their keys to actions in Settings, Shortcuts (press the pedal in a shortcut field).</source>
        <translation>Pedale, die Tasten senden ({pedals} und die meisten anderen als „Tastatur“ oder „HID-Tastatur“ verkauften Pedale), brauchen hier keine Einrichtung: Weisen Sie ihre Tasten in Einstellungen, Tastenkürzel den Aktionen zu (drücken Sie das Pedal in einem Kürzelfeld).</translation>
    </message>
    <message>
        <source>read by Reviewer</source>
        <translation>wird von Reviewer gelesen</translation>
    </message>
    <message>
        <source>types keys: map them in Settings, Shortcuts</source>
        <translation>sendet Tasten: in Einstellungen, Tastenkürzel zuweisen</translation>
    </message>
    <message>
        <source>Foot pedals</source>
        <translation>Fußpedale</translation>
    </message>
    <message>
        <source>&amp;Use USB foot pedals</source>
        <translation>USB-Fußpedale &amp;verwenden</translation>
    </message>
    <message>
        <source>Read a supported USB transcription pedal while the window is open</source>
        <translation>Ein unterstütztes USB-Transkriptionspedal lesen, solange das Fenster geöffnet ist</translation>
    </message>
    <message>
        <source>Pedals plugged in</source>
        <translation>Angeschlossene Pedale</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>Erneut &amp;suchen</translation>
    </message>
    <message>
        <source>Look for pedals again (after plugging one in)</source>
        <translation>Erneut nach Pedalen suchen (nach dem Anschließen)</translation>
    </message>
    <message>
        <source>Pedal status</source>
        <translation>Pedalstatus</translation>
    </message>
    <message>
        <source>Press a pedal to test it</source>
        <translation>Drücken Sie ein Pedal, um es zu testen</translation>
    </message>
    <message>
        <source>Nothing pressed yet.</source>
        <translation>Noch nichts gedrückt.</translation>
    </message>
    <message>
        <source>Last pedal pressed</source>
        <translation>Zuletzt gedrücktes Pedal</translation>
    </message>
    <message>
        <source>What each pedal does</source>
        <translation>Was jedes Pedal tut</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Back-step on release</source>
        <translation>&amp;Zurückspringen beim Loslassen</translation>
    </message>
    <message>
        <source>Pedals that type keys</source>
        <translation>Pedale, die Tasten senden</translation>
    </message>
    <message>
        <source>{pedal} pressed.</source>
        <translation>{pedal} gedrückt.</translation>
    </message>
    <message>
        <source>{pedal} released.</source>
        <translation>{pedal} losgelassen.</translation>
    </message>
    <message>
        <source>{pedal}: down</source>
        <translation>{pedal}: gedrückt</translation>
    </message>
    <message>
        <source>{pedal}: up</source>
        <translation>{pedal}: oben</translation>
    </message>
</context>
<context>
    <name>Pedals</name>
    <message>
        <source>Foot &amp;pedals…</source>
        <translation>Fuß&amp;pedale…</translation>
    </message>
    <message>
        <source>Not reading pedals.</source>
        <translation>Pedale werden nicht gelesen.</translation>
    </message>
    <message>
        <source>{model} connected.</source>
        <translation>{model} verbunden.</translation>
    </message>
    <message>
        <source>{model} is plugged in, but this account may not read it. On Linux the Reviewer package installs a rule for it (70-reviewer-pedals.rules): unplug the pedal and plug it in again, or ask IT to install the rule (docs/deployment.md).</source>
        <translation>{model} ist angeschlossen, aber dieses Konto darf es nicht lesen. Unter Linux installiert das Reviewer-Paket eine Regel dafür (70-reviewer-pedals.rules): Ziehen Sie das Pedal ab und stecken Sie es wieder ein, oder bitten Sie die IT, die Regel zu installieren (docs/deployment.md).</translation>
    </message>
    <message>
        <source>The foot pedal was unplugged; plug it in again to go on.</source>
        <translation>Das Fußpedal wurde abgezogen; stecken Sie es wieder ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>No supported foot pedal is plugged in.</source>
        <translation>Es ist kein unterstütztes Fußpedal angeschlossen.</translation>
    </message>
    <message>
        <source>an incompatible &apos;hid&apos; module is installed instead of hidapi.</source>
        <translation>statt hidapi ist ein unverträgliches Modul „hid“ installiert.</translation>
    </message>
    <message>
        <source>the hidapi library is missing; pedals that type keys still work.</source>
        <translation>die Bibliothek hidapi fehlt; Pedale, die Tasten senden, funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>Foot pedals cannot work here: {reason}</source>
        <translation>Fußpedale funktionieren hier nicht: {reason}</translation>
    </message>
    <message>
        <source>Set up USB foot pedals and test them</source>
        <translation>USB-Fußpedale einrichten und testen</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Abspielen oder anhalten</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Jump back</source>
        <translation>Zurückspringen</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Jump forward</source>
        <translation>Vorspringen</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Play again from the start</source>
        <translation>Noch einmal von vorn abspielen</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom the waveform (or Ctrl+wheel on it, or Plus and Minus while it has the keyboard)</source>
        <translation>Die Wellenform zoomen (oder Strg+Mausrad darauf, oder Plus und Minus, solange sie die Tastatur hat)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Whole clip</source>
        <translation>&amp;Ganzer Clip</translation>
    </message>
    <message>
        <source>Spectrogram</source>
        <translation>Spektrogramm</translation>
    </message>
    <message>
        <source>Show the clip&apos;s frequencies over time instead of its wave</source>
        <translation>Die Frequenzen des Clips über die Zeit statt seiner Welle zeigen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Disguise voice</source>
        <translation>Stimme verfremden</translation>
    </message>
    <message>
        <source>Shift the speaker&apos;s voice so it cannot be recognised; words stay clear</source>
        <translation>Die Stimme der sprechenden Person verschieben, sodass sie nicht wiedererkannt wird; die Wörter bleiben verständlich</translation>
    </message>
    <message>
        <source>Retry audio device</source>
        <translation>Audiogerät erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>&amp;Tempo</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <source>Last {seconds} s</source>
        <translation>Letzte {seconds} s</translation>
    </message>
    <message>
        <source>Play the last {seconds} seconds again</source>
        <translation>Die letzten {seconds} Sekunden noch einmal abspielen</translation>
    </message>
    <message>
        <source>{position} s of {duration} s</source>
        <translation>{position} s von {duration} s</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>{problem} Playback is off; you can still read and type. Connect a device and choose Retry.</source>
        <translation>{problem} Die Wiedergabe ist aus; Sie können weiterhin lesen und tippen. Schließen Sie ein Gerät an und wählen Sie „Erneut versuchen“.</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>Package {package} · {clip}</source>
        <translation>Paket {package} · {clip}</translation>
    </message>
    <message>
        <source> · warning</source>
        <translation> · Warnung</translation>
    </message>
    <message>
        <source> · locked</source>
        <translation> · gesperrt</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>Show unfinished clips only</source>
        <translation>Nur unerledigte Clips zeigen</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation>Übersicht der Warteschlange</translation>
    </message>
    <message>
        <source>{finished} of {total} finished</source>
        <translation>{finished} von {total} erledigt</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>something went wrong</source>
        <translation>etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>the input was refused</source>
        <translation>die Eingabe wurde abgelehnt</translation>
    </message>
    <message>
        <source>an internal error occurred</source>
        <translation>ein interner Fehler ist aufgetreten</translation>
    </message>
    <message>
        <source>an internal error occurred ({kind})</source>
        <translation>ein interner Fehler ist aufgetreten ({kind})</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>a file or folder is missing</source>
        <translation>eine Datei oder ein Ordner fehlt</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>der Datenträger hat einen Ein-/Ausgabefehler gemeldet</translation>
    </message>
    <message>
        <source>a folder is where a file was expected</source>
        <translation>wo eine Datei erwartet wurde, ist ein Ordner</translation>
    </message>
    <message>
        <source>a file of that name exists already</source>
        <translation>eine Datei mit diesem Namen gibt es schon</translation>
    </message>
    <message>
        <source>the system reported an error ({errno})</source>
        <translation>das System hat einen Fehler gemeldet ({errno})</translation>
    </message>
    <message>
        <source>no safe keyring is available to keep the workspace&apos;s key</source>
        <translation>kein sicherer Schlüsselbund steht bereit, um den Schlüssel des Arbeitsbereichs aufzubewahren</translation>
    </message>
    <message>
        <source>the keyring is locked: unlock it and try again</source>
        <translation>der Schlüsselbund ist gesperrt: entsperren Sie ihn und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the keyring cannot be reached</source>
        <translation>der Schlüsselbund ist nicht erreichbar</translation>
    </message>
    <message>
        <source>this workspace&apos;s key is not in the keyring, so its data cannot be opened; nothing was changed</source>
        <translation>der Schlüssel dieses Arbeitsbereichs ist nicht im Schlüsselbund, daher lassen sich seine Daten nicht öffnen; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the key does not open this workspace; nothing was changed</source>
        <translation>der Schlüssel öffnet diesen Arbeitsbereich nicht; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>wrong passphrase for this workspace</source>
        <translation>falsche Passphrase für diesen Arbeitsbereich</translation>
    </message>
    <message>
        <source>the key in the keyring does not open this workspace (it belongs elsewhere); nothing was changed</source>
        <translation>der Schlüssel im Schlüsselbund öffnet diesen Arbeitsbereich nicht (er gehört zu einem anderen); es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the keyring entry for this workspace is not a valid key; nothing was changed</source>
        <translation>der Schlüsselbund-Eintrag für diesen Arbeitsbereich ist kein gültiger Schlüssel; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>this workspace is protected by a passphrase</source>
        <translation>dieser Arbeitsbereich ist durch eine Passphrase geschützt</translation>
    </message>
    <message>
        <source>the passphrase must have at least {minimum} characters</source>
        <translation>die Passphrase muss mindestens {minimum} Zeichen haben</translation>
    </message>
    <message>
        <source>there is no workspace in {folder}</source>
        <translation>in {folder} gibt es keinen Arbeitsbereich</translation>
    </message>
    <message>
        <source>{folder} holds a database but no workspace descriptor, so it is left untouched: restore the descriptor from a backup</source>
        <translation>{folder} enthält eine Datenbank, aber keine Beschreibungsdatei des Arbeitsbereichs, daher bleibt er unangetastet: stellen Sie die Beschreibungsdatei aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>the workspace is damaged: restore it from a backup or contact support</source>
        <translation>der Arbeitsbereich ist beschädigt: stellen Sie ihn aus einer Sicherung wieder her oder wenden Sie sich an den Support</translation>
    </message>
    <message>
        <source>the workspace&apos;s database is older than its key anchor (an earlier copy was put back); nothing was changed (see `reviewer recover`)</source>
        <translation>die Datenbank des Arbeitsbereichs ist älter als sein Schlüsselanker (eine frühere Kopie wurde zurückgespielt); es wurde nichts geändert (siehe `reviewer recover`)</translation>
    </message>
    <message>
        <source>a package key does not open with the workspace&apos;s current key: the database was tampered with or mixed with another copy; nothing was changed</source>
        <translation>ein Paketschlüssel lässt sich mit dem aktuellen Schlüssel des Arbeitsbereichs nicht öffnen: die Datenbank wurde manipuliert oder mit einer anderen Kopie vermischt; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>this workspace&apos;s key anchor is missing, so no package can be opened; nothing was changed</source>
        <translation>der Schlüsselanker dieses Arbeitsbereichs fehlt, daher lässt sich kein Paket öffnen; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>this workspace&apos;s key anchor is older than its database, so no package can be opened; nothing was changed</source>
        <translation>der Schlüsselanker dieses Arbeitsbereichs ist älter als seine Datenbank, daher lässt sich kein Paket öffnen; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>this workspace was made by a newer release of Reviewer (vault schema {found}; this release knows up to {known}): update Reviewer; nothing was changed</source>
        <translation>dieser Arbeitsbereich stammt von einer neueren Version von Reviewer (Tresorschema {found}; diese Version kennt bis {known}): aktualisieren Sie Reviewer; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the workspace in {folder} is open in another Reviewer window or command: close that first</source>
        <translation>der Arbeitsbereich in {folder} ist in einem anderen Reviewer-Fenster oder -Befehl geöffnet: schließen Sie diesen zuerst</translation>
    </message>
    <message>
        <source>the workspace is read-only: check the folder&apos;s permissions and free space</source>
        <translation>der Arbeitsbereich ist schreibgeschützt: prüfen Sie die Berechtigungen des Ordners und den freien Speicherplatz</translation>
    </message>
    <message>
        <source>the workspace cannot be opened for writing: check the folder&apos;s permissions and the disk</source>
        <translation>der Arbeitsbereich lässt sich nicht zum Schreiben öffnen: prüfen Sie die Berechtigungen des Ordners und den Datenträger</translation>
    </message>
    <message>
        <source>the workspace cannot be decrypted with its key: the database is damaged, or it was replaced by another one</source>
        <translation>der Arbeitsbereich lässt sich mit seinem Schlüssel nicht entschlüsseln: die Datenbank ist beschädigt oder wurde durch eine andere ersetzt</translation>
    </message>
    <message>
        <source>the workspace&apos;s database is damaged: restore it from a backup or contact support</source>
        <translation>die Datenbank des Arbeitsbereichs ist beschädigt: stellen Sie sie aus einer Sicherung wieder her oder wenden Sie sich an den Support</translation>
    </message>
    <message>
        <source>the disk holding the workspace is full: free some space and try again</source>
        <translation>der Datenträger mit dem Arbeitsbereich ist voll: geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the workspace could not be written; nothing was half-written</source>
        <translation>in den Arbeitsbereich konnte nicht geschrieben werden; nichts wurde halb geschrieben</translation>
    </message>
    <message>
        <source>the workspace is gone (deleted, or its disk or network share was removed); nothing was half-written: check it and try again</source>
        <translation>der Arbeitsbereich ist verschwunden (gelöscht, oder sein Datenträger bzw. seine Netzwerkfreigabe wurde entfernt); nichts wurde halb geschrieben: prüfen Sie ihn und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the workspace could not be written: the disk reported an input/output error; nothing was half-written</source>
        <translation>in den Arbeitsbereich konnte nicht geschrieben werden: der Datenträger hat einen Ein-/Ausgabefehler gemeldet; nichts wurde halb geschrieben</translation>
    </message>
    <message>
        <source>{folder} could not be deleted completely; its key is already gone, so what is left cannot be opened</source>
        <translation>{folder} konnte nicht vollständig gelöscht werden; sein Schlüssel ist schon entfernt, daher lässt sich der Rest nicht öffnen</translation>
    </message>
    <message>
        <source>the draft could not be stored; it is kept and saved again shortly</source>
        <translation>der Entwurf konnte nicht gespeichert werden; er bleibt erhalten und wird gleich erneut gespeichert</translation>
    </message>
    <message>
        <source>package {package} is already in this workspace (imported {imported}); nothing was imported</source>
        <translation>Paket {package} ist schon in diesem Arbeitsbereich (importiert {imported}); es wurde nichts importiert</translation>
    </message>
    <message>
        <source>package {package} was imported on {imported} and deleted on {purged}; it cannot be imported again</source>
        <translation>Paket {package} wurde am {imported} importiert und am {purged} gelöscht; es kann nicht erneut importiert werden</translation>
    </message>
    <message>
        <source>package {package} is past its retention period (ended {date}); nothing was imported</source>
        <translation>Paket {package} hat seine Aufbewahrungsfrist überschritten (Ende {date}); es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the package was refused</source>
        <translation>das Paket wurde abgelehnt</translation>
    </message>
    <message>
        <source>the demo package is missing from this installation (expected at {path})</source>
        <translation>das Demo-Paket fehlt in dieser Installation (erwartet unter {path})</translation>
    </message>
    <message>
        <source>the clip cannot be opened (locked, escalated, deleted or unknown)</source>
        <translation>der Clip lässt sich nicht öffnen (gesperrt, eskaliert, gelöscht oder unbekannt)</translation>
    </message>
    <message>
        <source>clip {clip} is not in this workspace</source>
        <translation>Clip {clip} ist nicht in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>this clip is locked until its escalation is sent</source>
        <translation>dieser Clip ist gesperrt, bis seine Eskalation versandt ist</translation>
    </message>
    <message>
        <source>this clip was escalated and erased from this workspace</source>
        <translation>dieser Clip wurde eskaliert und aus diesem Arbeitsbereich gelöscht</translation>
    </message>
    <message>
        <source>this clip was already escalated and erased</source>
        <translation>dieser Clip wurde bereits eskaliert und gelöscht</translation>
    </message>
    <message>
        <source>only a finished clip&apos;s audio is exported</source>
        <translation>nur das Audio fertiger Clips wird exportiert</translation>
    </message>
    <message>
        <source>clip {clip} cannot be changed (escalated, locked awaiting its escalation, or gone)</source>
        <translation>Clip {clip} kann nicht geändert werden (eskaliert, bis zur Eskalation gesperrt oder nicht mehr vorhanden)</translation>
    </message>
    <message>
        <source>the clip&apos;s package has been deleted</source>
        <translation>das Paket des Clips wurde gelöscht</translation>
    </message>
    <message>
        <source>this clip has been erased</source>
        <translation>dieser Clip wurde gelöscht</translation>
    </message>
    <message>
        <source>this clip&apos;s audio has been erased</source>
        <translation>das Audio dieses Clips wurde gelöscht</translation>
    </message>
    <message>
        <source>no escalation of clip {clip} is owed</source>
        <translation>für Clip {clip} steht keine Eskalation aus</translation>
    </message>
    <message>
        <source>this clip was escalated; its draft cannot be saved</source>
        <translation>dieser Clip wurde eskaliert; sein Entwurf kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>the clip&apos;s stored data failed its integrity check (altered or moved), so it cannot be used</source>
        <translation>die gespeicherten Daten des Clips haben die Integritätsprüfung nicht bestanden (verändert oder verschoben), daher können sie nicht verwendet werden</translation>
    </message>
    <message>
        <source>the clip&apos;s audio cannot be decoded</source>
        <translation>das Audio des Clips lässt sich nicht dekodieren</translation>
    </message>
    <message>
        <source>the clip is not ready to submit</source>
        <translation>der Clip ist noch nicht bereit zum Absenden</translation>
    </message>
    <message>
        <source>this workstation is not enrolled: run `reviewer enroll PROFILE` with the profile your organisation signed</source>
        <translation>dieser Arbeitsplatz ist nicht registriert: führen Sie `reviewer enroll PROFILE` mit dem Profil aus, das Ihre Organisation signiert hat</translation>
    </message>
    <message>
        <source>the profile asks for sealed exports, but this export cannot seal</source>
        <translation>das Profil verlangt versiegelte Exporte, aber dieser Export kann nicht versiegeln</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} ist kein Ordner</translation>
    </message>
    <message>
        <source>{folder} already holds an export of package {package}; nothing was overwritten: choose another folder</source>
        <translation>{folder} enthält schon einen Export von Paket {package}; es wurde nichts überschrieben: wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>the disk holding the export folder {folder} is full: free some space and try again</source>
        <translation>der Datenträger mit dem Exportordner {folder} ist voll: geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the export folder {folder} is read-only: check its permissions</source>
        <translation>der Exportordner {folder} ist schreibgeschützt: prüfen Sie seine Berechtigungen</translation>
    </message>
    <message>
        <source>the export folder {folder} cannot be written: check its permissions and the disk</source>
        <translation>in den Exportordner {folder} kann nicht geschrieben werden: prüfen Sie seine Berechtigungen und den Datenträger</translation>
    </message>
    <message>
        <source>the export folder {folder} is gone (deleted, or its disk or network share was removed)</source>
        <translation>der Exportordner {folder} ist verschwunden (gelöscht, oder sein Datenträger bzw. seine Netzwerkfreigabe wurde entfernt)</translation>
    </message>
    <message>
        <source>the export folder {folder} could not be written: the disk reported an input/output error</source>
        <translation>in den Exportordner {folder} konnte nicht geschrieben werden: der Datenträger hat einen Ein-/Ausgabefehler gemeldet</translation>
    </message>
    <message>
        <source>the export folder {folder} could not be written</source>
        <translation>in den Exportordner {folder} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the organisation file or the profile is not valid or not signed by your organisation (`reviewer check` says why)</source>
        <translation>die Organisationsdatei oder das Profil ist ungültig oder nicht von Ihrer Organisation signiert (`reviewer check` sagt, warum)</translation>
    </message>
    <message>
        <source>this installation is not managed (there is no organisation file), so it can run the demo only: ask IT to install the organisation file</source>
        <translation>diese Installation wird nicht verwaltet (es gibt keine Organisationsdatei), daher kann sie nur die Demo ausführen: bitten Sie die IT, die Organisationsdatei zu installieren</translation>
    </message>
    <message>
        <source>the file is damaged or not in the expected format</source>
        <translation>die Datei ist beschädigt oder nicht im erwarteten Format</translation>
    </message>
    <message>
        <source>the file is not a {format} document</source>
        <translation>die Datei ist kein {format}-Dokument</translation>
    </message>
    <message>
        <source>the file is signed for another purpose than the one it is used for</source>
        <translation>die Datei ist für einen anderen Zweck signiert als den, für den sie verwendet wird</translation>
    </message>
    <message>
        <source>the file holds a field Reviewer does not know</source>
        <translation>die Datei enthält ein Feld, das Reviewer nicht kennt</translation>
    </message>
    <message>
        <source>the field {field} of the signed file is not valid</source>
        <translation>das Feld {field} der signierten Datei ist ungültig</translation>
    </message>
    <message>
        <source>the profile was refused: its field {field} is not valid</source>
        <translation>das Profil wurde abgelehnt: sein Feld {field} ist ungültig</translation>
    </message>
    <message>
        <source>the organisation file is not valid at {field}: ask IT to correct it</source>
        <translation>die Organisationsdatei ist bei {field} ungültig: bitten Sie die IT, sie zu korrigieren</translation>
    </message>
    <message>
        <source>the profile is not signed by your organisation</source>
        <translation>das Profil ist nicht von Ihrer Organisation signiert</translation>
    </message>
    <message>
        <source>the profile is not signed by a key in your organisation file (another organisation&apos;s key, or a revoked one): ask for a newly signed profile</source>
        <translation>das Profil ist nicht mit einem Schlüssel aus Ihrer Organisationsdatei signiert (Schlüssel einer anderen Organisation oder ein widerrufener): fordern Sie ein neu signiertes Profil an</translation>
    </message>
    <message>
        <source>the profile&apos;s signature does not match its content (altered or damaged)</source>
        <translation>die Signatur des Profils passt nicht zu seinem Inhalt (verändert oder beschädigt)</translation>
    </message>
    <message>
        <source>the profile names no workstation</source>
        <translation>das Profil nennt keinen Arbeitsplatz</translation>
    </message>
    <message>
        <source>the profile is for another workstation: enrol with this workstation&apos;s own request (`reviewer enroll --request FILE`)</source>
        <translation>das Profil ist für einen anderen Arbeitsplatz: registrieren Sie sich mit dem Antrag dieses Arbeitsplatzes (`reviewer enroll --request FILE`)</translation>
    </message>
    <message>
        <source>the profile expired on {date}: ask your organisation for a new one</source>
        <translation>das Profil ist am {date} abgelaufen: fordern Sie bei Ihrer Organisation ein neues an</translation>
    </message>
    <message>
        <source>this workstation has made no enrolment request yet: run `reviewer enroll --request FILE` and send FILE to your organisation</source>
        <translation>dieser Arbeitsplatz hat noch keinen Registrierungsantrag gestellt: führen Sie `reviewer enroll --request FILE` aus und senden Sie FILE an Ihre Organisation</translation>
    </message>
    <message>
        <source>this workstation&apos;s keys are missing, so its profile cannot be checked: enrol again (`reviewer enroll --request FILE`)</source>
        <translation>die Schlüssel dieses Arbeitsplatzes fehlen, daher lässt sich sein Profil nicht prüfen: registrieren Sie ihn erneut (`reviewer enroll --request FILE`)</translation>
    </message>
    <message>
        <source>this workstation has no keys yet, so no package can be sealed to it: enrol first (`reviewer enroll --request FILE`)</source>
        <translation>dieser Arbeitsplatz hat noch keine Schlüssel, daher kann kein Paket für ihn versiegelt sein: registrieren Sie ihn zuerst (`reviewer enroll --request FILE`)</translation>
    </message>
    <message>
        <source>the file is not a sealed Reviewer package (.rpkg)</source>
        <translation>die Datei ist kein versiegeltes Reviewer-Paket (.rpkg)</translation>
    </message>
    <message>
        <source>the sealed package is truncated or damaged</source>
        <translation>das versiegelte Paket ist unvollständig oder beschädigt</translation>
    </message>
    <message>
        <source>the package cannot be opened: it is sealed to another workstation, or damaged</source>
        <translation>das Paket lässt sich nicht öffnen: es ist für einen anderen Arbeitsplatz versiegelt oder beschädigt</translation>
    </message>
    <message>
        <source>the package carries no signature by your organisation</source>
        <translation>das Paket trägt keine Signatur Ihrer Organisation</translation>
    </message>
    <message>
        <source>the package is not signed by a key in your organisation file (another organisation&apos;s key, or a revoked one): ask for a newly signed package</source>
        <translation>das Paket ist nicht mit einem Schlüssel aus Ihrer Organisationsdatei signiert (Schlüssel einer anderen Organisation oder ein widerrufener): fordern Sie ein neu signiertes Paket an</translation>
    </message>
    <message>
        <source>the package&apos;s signature does not match its content (altered or damaged)</source>
        <translation>die Signatur des Pakets passt nicht zu seinem Inhalt (verändert oder beschädigt)</translation>
    </message>
    <message>
        <source>the package was signed for another workstation</source>
        <translation>das Paket wurde für einen anderen Arbeitsplatz signiert</translation>
    </message>
    <message>
        <source>the package&apos;s content does not match its signature (altered)</source>
        <translation>der Inhalt des Pakets passt nicht zu seiner Signatur (verändert)</translation>
    </message>
    <message>
        <source>the package&apos;s header names another package than its signature</source>
        <translation>der Paketkopf nennt ein anderes Paket als seine Signatur</translation>
    </message>
    <message>
        <source>{organisation} accepts signed packages only (.rpkg files); this package is not signed</source>
        <translation>{organisation} nimmt nur signierte Pakete an (.rpkg-Dateien); dieses Paket ist nicht signiert</translation>
    </message>
    <message>
        <source>{file} cannot be read</source>
        <translation>{file} lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>{file} is too large</source>
        <translation>{file} ist zu groß</translation>
    </message>
    <message>
        <source>there are no workstation keys or profile to sign the export with</source>
        <translation>es gibt keine Arbeitsplatzschlüssel und kein Profil, mit denen der Export signiert werden kann</translation>
    </message>
    <message>
        <source>the organisation file cannot be checked: {path} cannot be read</source>
        <translation>die Organisationsdatei lässt sich nicht prüfen: {path} lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>the organisation file is refused: {path} is a symbolic link</source>
        <translation>die Organisationsdatei wird abgelehnt: {path} ist eine symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>the organisation file is refused: {path} is not owned by root</source>
        <translation>die Organisationsdatei wird abgelehnt: {path} gehört nicht root</translation>
    </message>
    <message>
        <source>the organisation file is refused: {path} is writable by group or others</source>
        <translation>die Organisationsdatei wird abgelehnt: {path} ist für Gruppe oder andere beschreibbar</translation>
    </message>
    <message>
        <source>the organisation file is refused: {path} is not a regular file</source>
        <translation>die Organisationsdatei wird abgelehnt: {path} ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the organisation file {path} is too large</source>
        <translation>die Organisationsdatei {path} ist zu groß</translation>
    </message>
    <message>
        <source>the organisation&apos;s settings are not valid at {field}: they may hold only defaults and locked values of known settings</source>
        <translation>die Einstellungen der Organisation sind bei {field} ungültig: sie dürfen nur Vorgaben und gesperrte Werte bekannter Einstellungen enthalten</translation>
    </message>
    <message>
        <source>the library {library} is not installed (on Debian and Ubuntu: sudo apt install {package})</source>
        <translation>die Bibliothek {library} ist nicht installiert (unter Debian und Ubuntu: sudo apt install {package})</translation>
    </message>
    <message>
        <source>the library {library}, which comes with Reviewer, is missing: reinstall Reviewer</source>
        <translation>die Bibliothek {library}, die mit Reviewer geliefert wird, fehlt: installieren Sie Reviewer neu</translation>
    </message>
    <message>
        <source>no display is available for the window</source>
        <translation>für das Fenster ist keine Anzeige verfügbar</translation>
    </message>
    <message>
        <source>the clip could not be escalated</source>
        <translation>der Clip konnte nicht eskaliert werden</translation>
    </message>
    <message>
        <source>this workstation&apos;s profile names no leads to escalate to. The clip is locked and kept; it will be escalated by itself once a profile with escalation recipients is installed</source>
        <translation>das Profil dieses Arbeitsplatzes nennt keine Teamleitung, an die eskaliert werden kann. Der Clip ist gesperrt und bleibt erhalten; er wird von selbst eskaliert, sobald ein Profil mit Eskalationsempfängern installiert ist</translation>
    </message>
    <message>
        <source>this workstation&apos;s profile names no escalations folder. The clip is locked and kept; it will be escalated by itself once a profile with one is installed</source>
        <translation>das Profil dieses Arbeitsplatzes nennt keinen Eskalationsordner. Der Clip ist gesperrt und bleibt erhalten; er wird von selbst eskaliert, sobald ein Profil mit einem solchen Ordner installiert ist</translation>
    </message>
    <message>
        <source>the escalations folder cannot be written; the clip is locked and kept, and the escalation is tried again at the next start. Check the folder</source>
        <translation>in den Eskalationsordner kann nicht geschrieben werden; der Clip ist gesperrt und bleibt erhalten, und die Eskalation wird beim nächsten Start erneut versucht. Prüfen Sie den Ordner</translation>
    </message>
    <message>
        <source>the note is longer than {maximum} characters</source>
        <translation>die Notiz ist länger als {maximum} Zeichen</translation>
    </message>
    <message>
        <source>the envelope cannot be opened: it is not addressed to you, damaged or altered</source>
        <translation>der Umschlag lässt sich nicht öffnen: er ist nicht an Sie gerichtet, beschädigt oder verändert</translation>
    </message>
    <message>
        <source>there are no exchange settings on this workstation yet</source>
        <translation>auf diesem Arbeitsplatz gibt es noch keine Austausch-Einstellungen</translation>
    </message>
    <message>
        <source>the exchange settings cannot be read</source>
        <translation>die Austausch-Einstellungen lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>the exchange settings are not well formed</source>
        <translation>die Austausch-Einstellungen sind fehlerhaft aufgebaut</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>falsche Passphrase</translation>
    </message>
    <message>
        <source>there are no lead keys in this workspace: run `reviewer lead init` first</source>
        <translation>in diesem Arbeitsbereich gibt es keine Schlüssel der Teamleitung: führen Sie zuerst `reviewer lead init` aus</translation>
    </message>
    <message>
        <source>the lead key id file is missing or damaged, so the keys cannot be opened</source>
        <translation>die Schlüssel-ID-Datei der Teamleitung fehlt oder ist beschädigt, daher lassen sich die Schlüssel nicht öffnen</translation>
    </message>
    <message>
        <source>the lead key file is damaged or not a lead key file</source>
        <translation>die Schlüsseldatei der Teamleitung ist beschädigt oder keine Schlüsseldatei der Teamleitung</translation>
    </message>
    <message>
        <source>the keyring entry for your lead keys is missing on this account, so nothing can be opened here</source>
        <translation>der Schlüsselbund-Eintrag für Ihre Teamleitungsschlüssel fehlt in diesem Benutzerkonto, daher lässt sich hier nichts öffnen</translation>
    </message>
    <message>
        <source>the lead name must be a pseudonym of letters, digits and a few punctuation marks</source>
        <translation>der Name der Teamleitung muss ein Pseudonym aus Buchstaben, Ziffern und wenigen Satzzeichen sein</translation>
    </message>
    <message>
        <source>this workspace already holds lead keys; nothing was changed</source>
        <translation>dieser Arbeitsbereich enthält schon Schlüssel der Teamleitung; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the escalations folder does not exist or is not a folder</source>
        <translation>der Eskalationsordner existiert nicht oder ist kein Ordner</translation>
    </message>
    <message>
        <source>there is no such case in the inbox</source>
        <translation>diesen Fall gibt es im Posteingang nicht</translation>
    </message>
    <message>
        <source>the lead profile names no escalations folder</source>
        <translation>das Profil der Teamleitung nennt keinen Eskalationsordner</translation>
    </message>
    <message>
        <source>the lead profile names no outbox folder</source>
        <translation>das Profil der Teamleitung nennt keinen Ausgangsordner</translation>
    </message>
    <message>
        <source>the comment is longer than {maximum} characters</source>
        <translation>der Kommentar ist länger als {maximum} Zeichen</translation>
    </message>
    <message>
        <source>the profile names no outbox folder for decision records</source>
        <translation>das Profil nennt keinen Ausgangsordner für Entscheidungsprotokolle</translation>
    </message>
    <message>
        <source>write in the comment why the decision changes; the comment goes into the new record</source>
        <translation>schreiben Sie in den Kommentar, warum sich die Entscheidung ändert; der Kommentar kommt in das neue Protokoll</translation>
    </message>
    <message>
        <source>this case has no decision yet, so there is nothing to change</source>
        <translation>zu diesem Fall gibt es noch keine Entscheidung, also nichts zu ändern</translation>
    </message>
    <message>
        <source>“{decision}” is already the decision on this case</source>
        <translation>„{decision}“ ist bereits die Entscheidung zu diesem Fall</translation>
    </message>
    <message>
        <source>this case is already decided: “{decision}”. To decide differently, choose Change decision: the new record supersedes this one, and both are kept</source>
        <translation>dieser Fall ist bereits entschieden: „{decision}“. Um anders zu entscheiden, wählen Sie „Entscheidung ändern“: das neue Protokoll ersetzt dieses, und beide bleiben erhalten</translation>
    </message>
    <message>
        <source>the outbox folder cannot be written, so the decision was not recorded: check the folder and try again</source>
        <translation>in den Ausgangsordner kann nicht geschrieben werden, daher wurde die Entscheidung nicht festgehalten: prüfen Sie den Ordner und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>this is not a valid disclosure request</source>
        <translation>dies ist kein gültiger Offenlegungsantrag</translation>
    </message>
    <message>
        <source>you have signed this request already; a second, different lead must co-sign it</source>
        <translation>Sie haben diesen Antrag bereits unterzeichnet; eine zweite, andere Teamleitung muss ihn mitunterzeichnen</translation>
    </message>
    <message>
        <source>signature {number} is by a lead the profile does not list</source>
        <translation>Unterschrift {number} stammt von einer Teamleitung, die das Profil nicht aufführt</translation>
    </message>
    <message>
        <source>signature {number} is by a lead who signed already</source>
        <translation>Unterschrift {number} stammt von einer Teamleitung, die bereits unterzeichnet hat</translation>
    </message>
    <message>
        <source>signature {number} does not match the request (edited content or a bad signature)</source>
        <translation>Unterschrift {number} passt nicht zum Antrag (veränderter Inhalt oder ungültige Unterschrift)</translation>
    </message>
    <message>
        <source>the request needs signatures from {required} different leads; it has {found}</source>
        <translation>der Antrag braucht Unterschriften von {required} verschiedenen Teamleitungen; er hat {found}</translation>
    </message>
    <message>
        <source>the request file cannot be read</source>
        <translation>die Antragsdatei lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>signature {number} does not verify, so the request is not co-signed</source>
        <translation>Unterschrift {number} lässt sich nicht bestätigen, daher wird der Antrag nicht mitunterzeichnet</translation>
    </message>
    <message>
        <source>the request names no valid case id</source>
        <translation>der Antrag nennt keine gültige Fall-ID</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>der Zugang wurde verweigert</translation>
    </message>
    <message>
        <source>write why you are opening this case</source>
        <translation>schreiben Sie, warum Sie diesen Fall öffnen</translation>
    </message>
    <message>
        <source>the reason must be at least {minimum} characters</source>
        <translation>die Begründung muss mindestens {minimum} Zeichen lang sein</translation>
    </message>
    <message>
        <source>this envelope cannot be opened: it is not addressed to you, damaged or altered</source>
        <translation>dieser Umschlag lässt sich nicht öffnen: er ist nicht an Sie gerichtet, beschädigt oder verändert</translation>
    </message>
    <message>
        <source>another gate window or command is checking an attempt: try again in a moment</source>
        <translation>ein anderes Zugangsfenster oder ein Befehl prüft gerade einen Versuch: versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>the gate&apos;s lock file cannot be opened, so no attempt can be checked</source>
        <translation>die Sperrdatei der Zugangsprüfung lässt sich nicht öffnen, daher kann kein Versuch geprüft werden</translation>
    </message>
    <message>
        <source>the gate&apos;s record of attempts cannot be used, so nothing was opened</source>
        <translation>die Aufzeichnung der Versuche der Zugangsprüfung ist nicht verwendbar, daher wurde nichts geöffnet</translation>
    </message>
    <message>
        <source>the gate&apos;s record of failed attempts and used codes was missing or damaged, so the longest back-off applies: try again in {minutes} minutes</source>
        <translation>die Aufzeichnung fehlgeschlagener Versuche und benutzter Codes fehlte oder war beschädigt, daher gilt die längste Wartezeit: versuchen Sie es in {minutes} Minuten erneut</translation>
    </message>
    <message>
        <source>too many failed attempts: wait {seconds} s before trying again</source>
        <translation>zu viele fehlgeschlagene Versuche: warten Sie {seconds} s, bevor Sie es erneut versuchen</translation>
    </message>
    <message>
        <source>the gate&apos;s record of failed attempts and used codes was missing or damaged, so the longest back-off applies: wait {seconds} s before trying again</source>
        <translation>die Aufzeichnung fehlgeschlagener Versuche und benutzter Codes fehlte oder war beschädigt, daher gilt die längste Wartezeit: warten Sie {seconds} s, bevor Sie es erneut versuchen</translation>
    </message>
    <message>
        <source>the code is wrong or no longer current</source>
        <translation>der Code ist falsch oder nicht mehr aktuell</translation>
    </message>
    <message>
        <source>that code was used already: wait for the next one</source>
        <translation>dieser Code wurde bereits verwendet: warten Sie auf den nächsten</translation>
    </message>
    <message>
        <source>the gate could not record this attempt (its state file or keyring entry cannot be written), so nothing was opened</source>
        <translation>die Zugangsprüfung konnte diesen Versuch nicht festhalten (ihre Statusdatei oder ihr Schlüsselbund-Eintrag ist nicht beschreibbar), daher wurde nichts geöffnet</translation>
    </message>
    <message>
        <source>this case is not open: pass the gate first</source>
        <translation>dieser Fall ist nicht geöffnet: durchlaufen Sie zuerst die Zugangsprüfung</translation>
    </message>
    <message>
        <source>access ended after 10 idle minutes: pass the gate again</source>
        <translation>der Zugang endete nach 10 Minuten ohne Aktivität: durchlaufen Sie die Zugangsprüfung erneut</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <source>Package refused</source>
        <translation>Paket abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>This package was refused: %n problem(s) found. Nothing from it was stored. Send this report to whoever gave you the package.</source>
        <translation>
            <numerusform>Dieses Paket wurde abgelehnt: %n Problem gefunden. Nichts davon wurde gespeichert. Senden Sie diesen Bericht an die Stelle, von der Sie das Paket erhalten haben.</numerusform>
            <numerusform>Dieses Paket wurde abgelehnt: %n Probleme gefunden. Nichts davon wurde gespeichert. Senden Sie diesen Bericht an die Stelle, von der Sie das Paket erhalten haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Distressing or possibly criminal content: seal this clip to the leads</source>
        <translation>Belastende oder möglicherweise strafbare Inhalte: diesen Clip für die Teamleitung versiegeln</translation>
    </message>
    <message>
        <source>Current clip</source>
        <translation>Aktueller Clip</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Überspringen…</translation>
    </message>
    <message>
        <source>Skip this clip with a reason</source>
        <translation>Diesen Clip mit einer Begründung überspringen</translation>
    </message>
    <message>
        <source>Submit and next</source>
        <translation>Absenden und weiter</translation>
    </message>
    <message>
        <source>Save this clip as done and open the next one</source>
        <translation>Diesen Clip als erledigt speichern und den nächsten öffnen</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Eskalieren…</translation>
    </message>
    <message>
        <source>No clip open</source>
        <translation>Kein Clip geöffnet</translation>
    </message>
    <message>
        <source>Clip {ordinal} / {total} · {duration}</source>
        <translation>Clip {ordinal} / {total} · {duration}</translation>
    </message>
    <message>
        <source>Package {package} · {clip}</source>
        <translation>Paket {package} · {clip}</translation>
    </message>
    <message>
        <source>Clip {ordinal} of {total}, {seconds} seconds</source>
        <translation>Clip {ordinal} von {total}, {seconds} Sekunden</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Not saved: {problems}</source>
        <translation>Nicht gespeichert: {problems}</translation>
    </message>
    <message>
        <source>each key can do one thing: {problem}</source>
        <translation>Jede Taste kann nur eine Sache tun: {problem}</translation>
    </message>
    <message>
        <source>{key} belongs to the transcript (it {does} there): choose another key for “{action}”</source>
        <translation>{key} gehört zum Transkript (dort: {does}): Wählen Sie eine andere Taste für „{action}“</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Von Ihrer Organisation festgelegt</translation>
    </message>
    <message>
        <source> (set by your organisation)</source>
        <translation> (von Ihrer Organisation festgelegt)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Play each clip when it opens</source>
        <translation>Jeden Clip beim Öffnen abspielen</translation>
    </message>
    <message>
        <source>Never for clips with a content warning</source>
        <translation>Nie bei Clips mit Inhaltswarnung</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Systemgröße</translation>
    </message>
    <message>
        <source> min of work</source>
        <translation> Min. Arbeit</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> clips with a content warning</source>
        <translation> Clips mit Inhaltswarnung</translation>
    </message>
    <message>
        <source>&amp;Jump length</source>
        <translation>&amp;Sprungweite</translation>
    </message>
    <message>
        <source>&amp;Back-step on resume</source>
        <translation>&amp;Zurückspringen beim Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Replay the last</source>
        <translation>Die letzten … &amp;wiederholen</translation>
    </message>
    <message>
        <source>Audio &amp;device</source>
        <translation>Audio&amp;gerät</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>&amp;Schriftgröße</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation>Wirkt beim nächsten Start</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>Suggest a break after (&amp;minutes)</source>
        <translation>Pause vorschlagen nach (&amp;Minuten)</translation>
    </message>
    <message>
        <source>… or after (&amp;warnings)</source>
        <translation>… oder nach (&amp;Warnungen)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Keys you change below apply on top of the keymap</source>
        <translation>Tasten, die Sie unten ändern, gelten zusätzlich zur Tastenbelegung</translation>
    </message>
    <message>
        <source>&amp;Keymap</source>
        <translation>&amp;Tastenbelegung</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problem mit den Einstellungen</translation>
    </message>
    <message>
        <source>{key} is used by both “{first}” and “{second}”</source>
        <translation>{key} wird sowohl für „{first}“ als auch für „{second}“ verwendet</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Shortcuts (change them in Settings)</source>
        <translation>&amp;Tastenkürzel (in den Einstellungen änderbar)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>keine Taste</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Skip this clip</source>
        <translation>Diesen Clip überspringen</translation>
    </message>
    <message>
        <source>Why are you skipping this clip? Skipping carries no penalty.</source>
        <translation>Warum überspringen Sie diesen Clip? Das Überspringen hat keine Nachteile für Sie.</translation>
    </message>
    <message>
        <source>In your own words (optional)</source>
        <translation>In Ihren eigenen Worten (optional)</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>Standing</name>
    <message numerus="yes">
        <source>%n finished clip(s) never exported</source>
        <translation>
            <numerusform>%n erledigter Clip, nie exportiert</numerusform>
            <numerusform>%n erledigte Clips, nie exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished clip(s)</source>
        <translation>
            <numerusform>%n unerledigter Clip</numerusform>
            <numerusform>%n unerledigte Clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s) interrupted or held back earlier were sealed to the leads now; those clips are erased.</source>
        <translation>
            <numerusform>%n zuvor unterbrochene oder zurückgehaltene Eskalation wurde jetzt für die Teamleitung versiegelt; dieser Clip ist gelöscht.</numerusform>
            <numerusform>%n zuvor unterbrochene oder zurückgehaltene Eskalationen wurden jetzt für die Teamleitung versiegelt; diese Clips sind gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s) are locked, waiting to be escalated: this workstation&apos;s profile cannot send escalations yet (ask your organisation for one that names the leads).</source>
        <translation>
            <numerusform>%n Clip ist gesperrt und wartet auf die Eskalation: Das Profil dieses Arbeitsplatzes kann noch keine Eskalationen senden (bitten Sie Ihre Organisation um eines, das die Teamleitungen nennt).</numerusform>
            <numerusform>%n Clips sind gesperrt und warten auf die Eskalation: Das Profil dieses Arbeitsplatzes kann noch keine Eskalationen senden (bitten Sie Ihre Organisation um eines, das die Teamleitungen nennt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo mode: a throwaway workspace with an ephemeral in-memory key and its own throwaway organisation (not yours: it signs only this demo); nothing is kept after the window closes.</source>
        <translation>Demomodus: ein Wegwerf-Arbeitsbereich mit einem flüchtigen Schlüssel nur im Arbeitsspeicher und einer eigenen Wegwerf-Organisation (nicht Ihrer: Sie signiert nur diese Demo); nach dem Schließen des Fensters bleibt nichts erhalten.</translation>
    </message>
    <message>
        <source>Package {number} passed its retention date ({date}) and was deleted.</source>
        <translation>Paket {number} hat sein Aufbewahrungsdatum ({date}) überschritten und wurde gelöscht.</translation>
    </message>
    <message>
        <source>Package {number} passed its retention date ({date}) and was deleted: {lost}.</source>
        <translation>Paket {number} hat sein Aufbewahrungsdatum ({date}) überschritten und wurde gelöscht: {lost}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>This installation is not managed yet: there is no {file}. You can try the demo; to review real work, ask IT to install the organisation file.</source>
        <translation>Diese Installation wird noch nicht verwaltet: Es gibt keine Datei {file}. Sie können die Demo ausprobieren; um echte Arbeit zu prüfen, bitten Sie die IT, die Organisationsdatei zu installieren.</translation>
    </message>
    <message>
        <source>This workstation&apos;s profile cannot be used: {reason}.</source>
        <translation>Das Profil dieses Arbeitsplatzes kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>This workstation is not enrolled yet. Run `reviewer enroll --request request.json`, send request.json to your organisation, then run `reviewer enroll profile.json` with the signed profile it sends back.</source>
        <translation>Dieser Arbeitsplatz ist noch nicht registriert. Führen Sie `reviewer enroll --request request.json` aus, senden Sie request.json an Ihre Organisation und führen Sie dann `reviewer enroll profile.json` mit dem signierten Profil aus, das Sie zurückerhalten.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Autosave</source>
        <translation>Automatisches Speichern</translation>
    </message>
    <message>
        <source>Time on this clip</source>
        <translation>Zeit für diesen Clip</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Sitzung</translation>
    </message>
    <message>
        <source>Session progress bar</source>
        <translation>Fortschrittsbalken der Sitzung</translation>
    </message>
    <message>
        <source>%p% finished</source>
        <translation>%p % erledigt</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Import progress bar</source>
        <translation>Fortschrittsbalken des Imports</translation>
    </message>
    <message>
        <source>Done {done} · Skipped {skipped} · Escalated {escalated} · Left {left}</source>
        <translation>Erledigt {done} · Übersprungen {skipped} · Eskaliert {escalated} · Offen {left}</translation>
    </message>
    <message>
        <source>On this clip {time}</source>
        <translation>Für diesen Clip {time}</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Exchange</source>
        <translation>Austausch</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s) arrived from the exchange.</source>
        <translation>
            <numerusform>%n Clip ist über den Austausch eingetroffen.</numerusform>
            <numerusform>%n Clips sind über den Austausch eingetroffen.</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync {time}</source>
        <translation>letzte Synchronisierung {time}</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>noch nie synchronisiert</translation>
    </message>
    <message>
        <source>Sync stopped, restarting</source>
        <translation>Synchronisierung beendet, startet neu</translation>
    </message>
    <message>
        <source>Sync not running</source>
        <translation>Synchronisierung läuft nicht</translation>
    </message>
    <message>
        <source>Synced {time}</source>
        <translation>Synchronisiert {time}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Store unreachable</source>
        <translation>Speicher nicht erreichbar</translation>
    </message>
    <message>
        <source>Proxy unreachable</source>
        <translation>Proxy nicht erreichbar</translation>
    </message>
    <message>
        <source>Store not answering properly</source>
        <translation>Speicher antwortet nicht richtig</translation>
    </message>
    <message>
        <source>Exchange folder unavailable</source>
        <translation>Austauschordner nicht verfügbar</translation>
    </message>
    <message>
        <source>The store refused this workstation&apos;s key: ask IT to check it</source>
        <translation>Der Speicher hat den Schlüssel dieses Arbeitsplatzes abgelehnt: bitten Sie die IT, ihn zu prüfen</translation>
    </message>
    <message>
        <source>The store refused this workstation access: ask IT to check its permissions</source>
        <translation>Der Speicher hat diesem Arbeitsplatz den Zugriff verweigert: bitten Sie die IT, seine Berechtigungen zu prüfen</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off: set it and sync will resume</source>
        <translation>Die Uhr dieses Computers geht falsch: Stellen Sie sie richtig, dann läuft die Synchronisierung weiter</translation>
    </message>
    <message>
        <source>The exchange&apos;s bucket does not exist on the store: ask IT</source>
        <translation>Der Bucket des Austauschs existiert im Speicher nicht: bitten Sie die IT um Hilfe</translation>
    </message>
    <message>
        <source>The store&apos;s certificate is not trusted: ask IT</source>
        <translation>Dem Zertifikat des Speichers wird nicht vertraut: bitten Sie die IT um Hilfe</translation>
    </message>
    <message>
        <source>The store&apos;s certificate is for another address: ask IT</source>
        <translation>Das Zertifikat des Speichers gilt für eine andere Adresse: bitten Sie die IT um Hilfe</translation>
    </message>
    <message>
        <source>The proxy&apos;s certificate is not trusted: ask IT</source>
        <translation>Dem Zertifikat des Proxys wird nicht vertraut: bitten Sie die IT um Hilfe</translation>
    </message>
    <message>
        <source>The proxy&apos;s certificate is for another address: ask IT</source>
        <translation>Das Zertifikat des Proxys gilt für eine andere Adresse: bitten Sie die IT um Hilfe</translation>
    </message>
    <message>
        <source>The store&apos;s address in the exchange settings is not allowed: ask IT</source>
        <translation>Die Adresse des Speichers in den Austausch-Einstellungen ist nicht zulässig: bitten Sie die IT um Hilfe</translation>
    </message>
    <message>
        <source>No exchange credentials on this workstation: ask IT</source>
        <translation>Keine Zugangsdaten für den Austausch auf diesem Arbeitsplatz: bitten Sie die IT um Hilfe</translation>
    </message>
    <message>
        <source>The exchange credentials on this workstation are damaged: ask IT to store them again</source>
        <translation>Die Zugangsdaten für den Austausch auf diesem Arbeitsplatz sind beschädigt: bitten Sie die IT, sie neu zu hinterlegen</translation>
    </message>
    <message>
        <source>No exchange settings on this workstation: ask IT</source>
        <translation>Keine Austausch-Einstellungen auf diesem Arbeitsplatz: bitten Sie die IT um Hilfe</translation>
    </message>
    <message>
        <source>The exchange settings cannot be read: ask IT</source>
        <translation>Die Austausch-Einstellungen lassen sich nicht lesen: bitten Sie die IT um Hilfe</translation>
    </message>
    <message>
        <source>The exchange settings cannot be used: ask IT</source>
        <translation>Die Austausch-Einstellungen lassen sich nicht verwenden: bitten Sie die IT um Hilfe</translation>
    </message>
    <message>
        <source>The organisation&apos;s CA certificates cannot be used: ask IT</source>
        <translation>Die CA-Zertifikate der Organisation lassen sich nicht verwenden: bitten Sie die IT um Hilfe</translation>
    </message>
    <message>
        <source>The exchange folder refused access: ask IT</source>
        <translation>Der Austauschordner verweigert den Zugriff: bitten Sie die IT um Hilfe</translation>
    </message>
    <message>
        <source>This workstation&apos;s exchange name is not valid: ask IT</source>
        <translation>Der Austausch-Name dieses Arbeitsplatzes ist ungültig: bitten Sie die IT um Hilfe</translation>
    </message>
    <message>
        <source>The store refused this workstation: ask IT</source>
        <translation>Der Speicher hat diesen Arbeitsplatz abgewiesen: bitten Sie die IT um Hilfe</translation>
    </message>
    <message>
        <source>Sync refused its settings as not trusted: ask IT</source>
        <translation>Die Synchronisierung vertraut ihren Einstellungen nicht: bitten Sie die IT um Hilfe</translation>
    </message>
    <message>
        <source>Sync refused its settings: ask IT</source>
        <translation>Die Synchronisierung hat ihre Einstellungen abgelehnt: bitten Sie die IT um Hilfe</translation>
    </message>
    <message>
        <source>Sync stopped: ask IT</source>
        <translation>Synchronisierung angehalten: bitten Sie die IT um Hilfe</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>%n waiting to upload</source>
        <translation>
            <numerusform>%n wartet auf das Hochladen</numerusform>
            <numerusform>%n warten auf das Hochladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptEditor</name>
    <message>
        <source>{added}, {removed} vs the automatic transcript</source>
        <translation>{added}, {removed} gegenüber dem automatischen Transkript</translation>
    </message>
    <message>
        <source>{added}, {removed} vs the prior transcript</source>
        <translation>{added}, {removed} gegenüber dem vorherigen Transkript</translation>
    </message>
    <message>
        <source>Nothing typed yet</source>
        <translation>Noch nichts getippt</translation>
    </message>
    <message>
        <source>No reference transcript</source>
        <translation>Kein Referenztranskript</translation>
    </message>
    <message>
        <source>Automatic transcript</source>
        <translation>Automatisches Transkript</translation>
    </message>
    <message>
        <source>Start from this</source>
        <translation>Damit beginnen</translation>
    </message>
    <message>
        <source>Copy the automatic transcript into the editor</source>
        <translation>Das automatische Transkript in den Editor kopieren</translation>
    </message>
    <message>
        <source>Assistant answered</source>
        <translation>Antwort des Assistenten</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transkript</translation>
    </message>
    <message>
        <source>Type what the speaker said…</source>
        <translation>Tippen Sie, was die sprechende Person gesagt hat…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Difference count</source>
        <translation>Anzahl der Unterschiede</translation>
    </message>
    <message>
        <source>Prior transcript</source>
        <translation>Vorheriges Transkript</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Assistant answered: {response}</source>
        <translation>Antwort des Assistenten: {response}</translation>
    </message>
    <message>
        <source>Critical: {category}</source>
        <translation>Kritisch: {category}</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Waveform</name>
    <message>
        <source>Start / end the selection at the playhead (it loops while playing)</source>
        <translation>Auswahl an der Abspielposition beginnen / beenden (sie läuft während der Wiedergabe in Schleife)</translation>
    </message>
    <message>
        <source>Move the selection&apos;s end</source>
        <translation>Ende der Auswahl verschieben</translation>
    </message>
    <message>
        <source>Move the selection&apos;s start</source>
        <translation>Anfang der Auswahl verschieben</translation>
    </message>
    <message>
        <source>Clear the selection (stop looping)</source>
        <translation>Auswahl aufheben (Schleife beenden)</translation>
    </message>
    <message>
        <source>Seek</source>
        <translation>Springen</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Vergrößern / verkleinern</translation>
    </message>
    <message>
        <source>Left and Right seek; Plus and Minus zoom. Select audio by dragging with the mouse, or with I and O (start and end at the playhead); Shift+Left and Shift+Right move the selection&apos;s end, Ctrl+Shift+Left and Ctrl+Shift+Right its start; Escape clears it. The selection loops while playing.</source>
        <translation>Links und Rechts springen; Plus und Minus zoomen. Audio wählen Sie durch Ziehen mit der Maus oder mit I und O (Anfang und Ende an der Abspielposition) aus; Umschalt+Links und Umschalt+Rechts verschieben das Ende der Auswahl, Strg+Umschalt+Links und Strg+Umschalt+Rechts ihren Anfang; Escape hebt sie auf. Die Auswahl wird beim Abspielen wiederholt.</translation>
    </message>
    <message>
        <source>{start}–{end} s</source>
        <translation>{start}–{end} s</translation>
    </message>
    <message>
        <source>Waveform</source>
        <translation>Wellenform</translation>
    </message>
    <message>
        <source>Selected: {time}.</source>
        <translation>Ausgewählt: {time}.</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <source>Critical spans: {spans}.</source>
        <translation>Kritische Abschnitte: {spans}.</translation>
    </message>
    <message>
        <source>Critical: {category}, {time}</source>
        <translation>Kritisch: {category}, {time}</translation>
    </message>
    <message>
        <source>Spectrogram…</source>
        <translation>Spektrogramm…</translation>
    </message>
    <message>
        <source>No audio loaded</source>
        <translation>Kein Audio geladen</translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <source>Position {position} s of {duration} s.</source>
        <translation>Position {position} s von {duration} s.</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Choose a sealed package (.rpkg), or a package folder or .zip where your organisation allows them</source>
        <translation>Wählen Sie ein versiegeltes Paket (.rpkg) oder, wo Ihre Organisation es erlaubt, einen Paketordner oder eine .zip-Datei</translation>
    </message>
    <message>
        <source>Everything works from the keyboard: {keys}. All keys are in Settings.</source>
        <translation>Alles funktioniert über die Tastatur: {keys}. Alle Tasten finden Sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>Everything works from the keyboard. All keys are in Settings.</source>
        <translation>Alles funktioniert über die Tastatur. Alle Tasten finden Sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{key} plays</source>
        <translation>{key} spielt ab</translation>
    </message>
    <message>
        <source>{key} submits and moves on</source>
        <translation>{key} sendet ab und macht weiter</translation>
    </message>
    <message>
        <source>{key} skips</source>
        <translation>{key} überspringt</translation>
    </message>
    <message>
        <source>Welcome to Reviewer</source>
        <translation>Willkommen bei Reviewer</translation>
    </message>
    <message>
        <source>Your queue is empty. Import the work package you were given to start transcribing. Packages are checked before anything is stored: a package that carries identity data (device, account, location, contacts) is refused, and everything you import stays encrypted on this computer.</source>
        <translation>Ihre Warteschlange ist leer. Importieren Sie das Arbeitspaket, das Sie erhalten haben, um mit dem Transkribieren zu beginnen. Pakete werden geprüft, bevor etwas gespeichert wird: Ein Paket mit Identitätsdaten (Gerät, Konto, Ort, Kontakte) wird abgelehnt, und alles, was Sie importieren, bleibt auf diesem Computer verschlüsselt.</translation>
    </message>
    <message>
        <source>What this workstation still needs</source>
        <translation>Was diesem Arbeitsplatz noch fehlt</translation>
    </message>
    <message>
        <source>Import a package…</source>
        <translation>Paket importieren…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>Import the bundled demo package to try Reviewer</source>
        <translation>Das mitgelieferte Demopaket importieren, um Reviewer auszuprobieren</translation>
    </message>
</context>
<context>
    <name>Wellbeing</name>
    <message>
        <source>Go back to work</source>
        <translation>Zurück an die Arbeit</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>In der Pause</translation>
    </message>
    <message>
        <source>The clip clock is stopped and nothing plays. Look away from the screen, stretch, get a drink of water. Take the time you need.</source>
        <translation>Die Clip-Uhr ist angehalten und nichts wird abgespielt. Schauen Sie vom Bildschirm weg, strecken Sie sich, trinken Sie ein Glas Wasser. Nehmen Sie sich die Zeit, die Sie brauchen.</translation>
    </message>
    <message>
        <source>Break time</source>
        <translation>Pausenzeit</translation>
    </message>
    <message>
        <source>&amp;Resume work</source>
        <translation>Arbeit &amp;fortsetzen</translation>
    </message>
    <message>
        <source>How to resume</source>
        <translation>So geht es weiter</translation>
    </message>
    <message>
        <source>Press Return to resume, or {key}.</source>
        <translation>Drücken Sie die Eingabetaste oder {key}, um fortzufahren.</translation>
    </message>
    <message>
        <source>Press Return to resume.</source>
        <translation>Drücken Sie die Eingabetaste, um fortzufahren.</translation>
    </message>
    <message>
        <source>Break suggestion</source>
        <translation>Pausenvorschlag</translation>
    </message>
    <message>
        <source>Take a &amp;break</source>
        <translation>&amp;Pause machen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>On a break: the clip clock is stopped.</source>
        <translation>Pause: Die Clip-Uhr ist angehalten.</translation>
    </message>
    <message numerus="yes">
        <source>You have worked %n minute(s) since your last break.</source>
        <translation>
            <numerusform>Sie haben seit Ihrer letzten Pause %n Minute gearbeitet.</numerusform>
            <numerusform>Sie haben seit Ihrer letzten Pause %n Minuten gearbeitet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have opened %n clip(s) with a content warning since your last break.</source>
        <translation>
            <numerusform>Sie haben seit Ihrer letzten Pause %n Clip mit Inhaltswarnung geöffnet.</numerusform>
            <numerusform>Sie haben seit Ihrer letzten Pause %n Clips mit Inhaltswarnung geöffnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Answer the required question: {prompt}</source>
        <translation>Beantworten Sie die Pflichtfrage: {prompt}</translation>
    </message>
    <message>
        <source>Pick one of the offered answers: {prompt}</source>
        <translation>Wählen Sie eine der angebotenen Antworten: {prompt}</translation>
    </message>
    <message>
        <source>Answer yes or no: {prompt}</source>
        <translation>Antworten Sie mit Ja oder Nein: {prompt}</translation>
    </message>
    <message>
        <source>Type the transcript, or flag the clip (no speech, unintelligible, ...)</source>
        <translation>Tippen Sie das Transkript oder kennzeichnen Sie den Clip (keine Sprache, unverständlich, …)</translation>
    </message>
    <message>
        <source>Choose at least one critical-data category</source>
        <translation>Wählen Sie mindestens eine Kategorie kritischer Daten</translation>
    </message>
    <message>
        <source>Not submitted: {problems}</source>
        <translation>Nicht abgesendet: {problems}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Not saved: {reason} — retrying</source>
        <translation>Nicht gespeichert: {reason} – neuer Versuch läuft</translation>
    </message>
    <message>
        <source>That clip cannot be opened: {detail}</source>
        <translation>Dieser Clip kann nicht geöffnet werden: {detail}</translation>
    </message>
    <message>
        <source>The clip&apos;s opening could not be recorded: {detail}</source>
        <translation>Das Öffnen des Clips konnte nicht festgehalten werden: {detail}</translation>
    </message>
    <message>
        <source>The clip&apos;s audio could not be opened: {detail}</source>
        <translation>Das Audio des Clips konnte nicht geöffnet werden: {detail}</translation>
    </message>
    <message>
        <source>The clip was not finished: {detail}</source>
        <translation>Der Clip wurde nicht abgeschlossen: {detail}</translation>
    </message>
    <message>
        <source>Every clip in the queue is finished. Export your results from the File menu.</source>
        <translation>Alle Clips in der Warteschlange sind erledigt. Exportieren Sie Ihre Ergebnisse über das Menü „Datei“.</translation>
    </message>
    <message>
        <source>Nothing to copy: no clip submitted before this one in this session answered a question with the same id and kind.</source>
        <translation>Nichts zu kopieren: Kein vor diesem in dieser Sitzung abgesendeter Clip hat eine Frage mit derselben ID und Art beantwortet.</translation>
    </message>
    <message>
        <source>Answers copied from the previous clip: {detail}</source>
        <translation>Antworten vom vorherigen Clip übernommen: {detail}</translation>
    </message>
    <message>
        <source>{prompt}: {answer}</source>
        <translation>{prompt}: {answer}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>unbeantwortet</translation>
    </message>
    <message>
        <source>This clip has no question {number}.</source>
        <translation>Dieser Clip hat keine Frage {number}.</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
</context>
</TS>
