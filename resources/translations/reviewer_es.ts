<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Actions</name>
    <message>
        <source>Play/Pause</source>
        <translation>Reproducir/Pausa</translation>
    </message>
    <message>
        <source>Jump back</source>
        <translation>Saltar atrás</translation>
    </message>
    <message>
        <source>Jump forward</source>
        <translation>Saltar adelante</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más lento</translation>
    </message>
    <message>
        <source>Replay from the start</source>
        <translation>Reproducir desde el principio</translation>
    </message>
    <message>
        <source>Replay the last seconds</source>
        <translation>Repetir los últimos segundos</translation>
    </message>
    <message>
        <source>Spectrogram view</source>
        <translation>Vista de espectrograma</translation>
    </message>
    <message>
        <source>Submit and next</source>
        <translation>Enviar y siguiente</translation>
    </message>
    <message>
        <source>Accept the automatic transcript and submit</source>
        <translation>Aceptar la transcripción automática y enviar</translation>
    </message>
    <message>
        <source>Start from the automatic transcript</source>
        <translation>Partir de la transcripción automática</translation>
    </message>
    <message>
        <source>Critical data</source>
        <translation>Datos críticos</translation>
    </message>
    <message>
        <source>Mark selection critical</source>
        <translation>Marcar la selección como crítica</translation>
    </message>
    <message>
        <source>Set span time from selection</source>
        <translation>Fijar el tiempo del fragmento desde la selección</translation>
    </message>
    <message>
        <source>Remove marked span</source>
        <translation>Quitar el fragmento marcado</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Omitir…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Escalar…</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Tomar un descanso</translation>
    </message>
    <message>
        <source>Previous clip</source>
        <translation>Clip anterior</translation>
    </message>
    <message>
        <source>Next clip</source>
        <translation>Clip siguiente</translation>
    </message>
    <message>
        <source>Go to the transcript</source>
        <translation>Ir a la transcripción</translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation>Ir a la cola</translation>
    </message>
    <message>
        <source>Go to the questions</source>
        <translation>Ir a las preguntas</translation>
    </message>
    <message>
        <source>Show unfinished clips only</source>
        <translation>Mostrar solo clips sin terminar</translation>
    </message>
    <message>
        <source>Same answers as the previous clip</source>
        <translation>Mismas respuestas que el clip anterior</translation>
    </message>
    <message>
        <source>Import package…</source>
        <translation>Importar paquete…</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Exportar resultados…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Answer question {number}</source>
        <translation>Responder a la pregunta {number}</translation>
    </message>
    <message>
        <source>Insert {tag}</source>
        <translation>Insertar {tag}</translation>
    </message>
</context>
<context>
    <name>AftercareDialog</name>
    <message>
        <source>Clip escalated</source>
        <translation>Clip escalado</translation>
    </message>
    <message>
        <source>The clip was sealed to the leads and removed from your workspace.</source>
        <translation>El clip se ha sellado para los responsables y se ha retirado de su espacio de trabajo.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>You have escalated several clips this session. We suggest taking a break now.</source>
        <translation>Ha escalado varios clips en esta sesión. Le sugerimos tomar un descanso ahora.</translation>
    </message>
    <message>
        <source>Take a &amp;break</source>
        <translation>Tomar un &amp;descanso</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Tomar un descanso</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>That passphrase did not open the workspace. Try again:</source>
        <translation>Esa frase de contraseña no ha abierto el espacio de trabajo. Inténtelo de nuevo:</translation>
    </message>
    <message>
        <source>This workspace is protected by a passphrase:</source>
        <translation>Este espacio de trabajo está protegido por una frase de contraseña:</translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation>Frase de contraseña del espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>ContentWarning</name>
    <message>
        <source>Content warning</source>
        <translation>Advertencia de contenido</translation>
    </message>
    <message>
        <source>&lt;b&gt;Content warning&lt;/b&gt;</source>
        <translation>&lt;b&gt;Advertencia de contenido&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Screening marked this clip as possibly distressing. It will not play until you choose. You can skip it: skipping it carries no penalty.</source>
        <translation>La revisión previa ha marcado este clip como posiblemente angustiante. No se reproducirá hasta que usted lo decida. Puede omitirlo: omitirlo no conlleva ninguna penalización.</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Read the automatic transcript first</source>
        <translation>Leer primero la transcripción automática</translation>
    </message>
    <message>
        <source>Skip without penalty</source>
        <translation>Omitir sin penalización</translation>
    </message>
</context>
<context>
    <name>CosignDialog</name>
    <message>
        <source>Co-sign a disclosure request</source>
        <translation>Cofirmar una solicitud de divulgación</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Caso:</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Solicitada por:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creada:</translation>
    </message>
    <message>
        <source>Clip:</source>
        <translation>Clip:</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Paquete:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Firmada por:</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>Sign only if you agree the speaker must be identified. The organisation&apos;s data controller acts on requests signed by two different leads.</source>
        <translation>Firme solo si está de acuerdo en que se debe identificar a la persona que habla. El responsable del tratamiento de datos de la organización actúa sobre las solicitudes firmadas por dos responsables distintos.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Current &amp;code:</source>
        <translation>&amp;Código actual:</translation>
    </message>
    <message>
        <source>Co-&amp;sign</source>
        <translation>Co&amp;firmar</translation>
    </message>
    <message>
        <source>Co-sign</source>
        <translation>Cofirmar</translation>
    </message>
</context>
<context>
    <name>CriticalPanel</name>
    <message>
        <source>The speaker said something private: a name, account number, health detail, address, contact details or credentials</source>
        <translation>La persona que habla ha dicho algo privado: un nombre, un número de cuenta, un dato de salud, una dirección, datos de contacto o credenciales</translation>
    </message>
    <message>
        <source>Mark the selected words as critical data of this category, said in the audio selected on the waveform (or, without one, when the words were typed)</source>
        <translation>Marcar las palabras seleccionadas como datos críticos de esta categoría, dichas en el audio seleccionado en la forma de onda (o, sin selección, cuando se escribieron las palabras)</translation>
    </message>
    <message>
        <source>Store the audio selected on the waveform as the chosen span&apos;s time</source>
        <translation>Guardar el audio seleccionado en la forma de onda como tiempo del fragmento elegido</translation>
    </message>
    <message>
        <source>Unmark the chosen span</source>
        <translation>Desmarcar el fragmento elegido</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>sin tiempo</translation>
    </message>
    <message>
        <source>{category}: “{words}” · {when}</source>
        <translation>{category}: «{words}» · {when}</translation>
    </message>
    <message>
        <source>Critical data</source>
        <translation>Datos críticos</translation>
    </message>
    <message>
        <source>Mark selection</source>
        <translation>Marcar selección</translation>
    </message>
    <message>
        <source>Marked spans</source>
        <translation>Fragmentos marcados</translation>
    </message>
    <message>
        <source>Each marked span: its category, its words and when they were said. Choosing one selects its time on the waveform.</source>
        <translation>Cada fragmento marcado: su categoría, sus palabras y cuándo se dijeron. Al elegir uno se selecciona su tiempo en la forma de onda.</translation>
    </message>
    <message>
        <source>Selected audio</source>
        <translation>Audio seleccionado</translation>
    </message>
    <message>
        <source>Select audio by dragging on the waveform, or with I and O there</source>
        <translation>Seleccione audio arrastrando sobre la forma de onda, o allí con I y O</translation>
    </message>
    <message>
        <source>Set time from selection</source>
        <translation>Fijar tiempo desde la selección</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Spans without time</source>
        <translation>Fragmentos sin tiempo</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>Categor&amp;ía</translation>
    </message>
    <message numerus="yes">
        <source>No time for %n span(s): this clip&apos;s audio will not be exported. Drag over the words&apos; audio on the waveform (or press I and O there), choose the span, then Set time from selection.</source>
        <translation>
            <numerusform>Sin tiempo para %n fragmento: el audio de este clip no se exportará. Arrastre sobre el audio de las palabras en la forma de onda (o pulse allí I y O), elija el fragmento y luego «Fijar tiempo desde la selección».</numerusform>
            <numerusform>Sin tiempo para %n fragmentos: el audio de este clip no se exportará. Arrastre sobre el audio de las palabras en la forma de onda (o pulse allí I y O), elija el fragmento y luego «Fijar tiempo desde la selección».</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected audio: {time}</source>
        <translation>Audio seleccionado: {time}</translation>
    </message>
    <message>
        <source>Selected audio: none</source>
        <translation>Audio seleccionado: ninguno</translation>
    </message>
    <message>
        <source>This span has no time yet: select its audio on the waveform, then choose Set time from selection.</source>
        <translation>Este fragmento aún no tiene tiempo: seleccione su audio en la forma de onda y luego elija «Fijar tiempo desde la selección».</translation>
    </message>
    <message>
        <source>Select the words to mark first (Shift+arrow keys).</source>
        <translation>Seleccione primero las palabras que quiere marcar (Mayús+flechas).</translation>
    </message>
    <message>
        <source>Those words overlap a marked span: remove that span first, then mark them again.</source>
        <translation>Esas palabras se solapan con un fragmento marcado: quite primero ese fragmento y vuelva a marcarlas.</translation>
    </message>
    <message>
        <source>the waveform selection</source>
        <translation>la selección de la onda</translation>
    </message>
    <message>
        <source>when the words were typed</source>
        <translation>el momento en que se escribieron las palabras</translation>
    </message>
    <message>
        <source>Marked {category}, with no time: drag over its audio on the waveform and choose Set time from selection, or the clip&apos;s audio is not exported.</source>
        <translation>{category} marcado, sin tiempo: arrastre sobre su audio en la forma de onda y elija «Fijar tiempo desde la selección»; si no, el audio del clip no se exporta.</translation>
    </message>
    <message>
        <source>Marked {category} at {time} (from {source}).</source>
        <translation>{category} marcado en {time} (desde {source}).</translation>
    </message>
    <message>
        <source>Choose a span in the Marked spans list first.</source>
        <translation>Elija primero un fragmento en la lista «Fragmentos marcados».</translation>
    </message>
    <message>
        <source>Select the span&apos;s audio on the waveform first: drag over it, or press I and O there.</source>
        <translation>Seleccione primero el audio del fragmento en la forma de onda: arrastre sobre él o pulse allí I y O.</translation>
    </message>
    <message>
        <source>The span&apos;s time is now {time}.</source>
        <translation>El tiempo del fragmento es ahora {time}.</translation>
    </message>
</context>
<context>
    <name>DemoCodeHint</name>
    <message>
        <source>Demo credentials</source>
        <translation>Credenciales de la demo</translation>
    </message>
    <message>
        <source>Demo only — passphrase: {passphrase}
Current code: {code} (changes in {seconds} s)</source>
        <translation>Solo demo — frase de contraseña: {passphrase}
Código actual: {code} (cambia en {seconds} s)</translation>
    </message>
</context>
<context>
    <name>DemoHelp</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the {what}</source>
        <translation>Copiar {what}</translation>
    </message>
    <message>
        <source>Copy the {what} to the clipboard</source>
        <translation>Copiar {what} al portapapeles</translation>
    </message>
    <message>
        <source>&lt;li&gt;Open a clip and press &lt;b&gt;{keys}&lt;/b&gt; (Review &amp;gt; Escalate…). The clip is sealed to the demo lead &lt;b&gt;{lead}&lt;/b&gt; and leaves your queue.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Abra un clip y pulse &lt;b&gt;{keys}&lt;/b&gt; (Revisión &amp;gt; Escalar…). El clip se sella para el responsable de demo &lt;b&gt;{lead}&lt;/b&gt; y sale de su cola.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Open a clip and choose &lt;b&gt;Review &amp;gt; Escalate…&lt;/b&gt;. The clip is sealed to the demo lead &lt;b&gt;{lead}&lt;/b&gt; and leaves your queue.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Abra un clip y elija &lt;b&gt;Revisión &amp;gt; Escalar…&lt;/b&gt;. El clip se sella para el responsable de demo &lt;b&gt;{lead}&lt;/b&gt; y sale de su cola.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>About the demo</source>
        <translation>Acerca de la demo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo only.&lt;/b&gt; These are the credentials of a throwaway demo lead. Reviewer never shows a real lead&apos;s passphrase or second factor: a real lead keeps the passphrase in mind and the code in an authenticator app.</source>
        <translation>&lt;b&gt;Solo demo.&lt;/b&gt; Estas son las credenciales de un responsable de demo desechable. Reviewer nunca muestra la frase de contraseña ni el segundo factor de un responsable real: un responsable real guarda la frase en la memoria y el código en una aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Demo only</source>
        <translation>Solo demo</translation>
    </message>
    <message>
        <source>Demo lead passphrase</source>
        <translation>Frase de contraseña del responsable de demo</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>la frase de contraseña</translation>
    </message>
    <message>
        <source>Demo lead TOTP secret (base32)</source>
        <translation>Secreto TOTP del responsable de demo (base32)</translation>
    </message>
    <message>
        <source>Add this secret to an authenticator app to get the same codes</source>
        <translation>Añada este secreto a una aplicación de autenticación para obtener los mismos códigos</translation>
    </message>
    <message>
        <source>TOTP secret (base32):</source>
        <translation>Secreto TOTP (base32):</translation>
    </message>
    <message>
        <source>TOTP secret</source>
        <translation>el secreto TOTP</translation>
    </message>
    <message>
        <source>Current code</source>
        <translation>Código actual</translation>
    </message>
    <message>
        <source>Code changes in</source>
        <translation>El código cambia en</translation>
    </message>
    <message>
        <source>Copy the current code</source>
        <translation>Copiar el código actual</translation>
    </message>
    <message>
        <source>Current code:</source>
        <translation>Código actual:</translation>
    </message>
    <message>
        <source>Open the demo &amp;lead desk…</source>
        <translation>Abrir el puesto del &amp;responsable de demo…</translation>
    </message>
    <message>
        <source>Open the demo lead desk</source>
        <translation>Abrir el puesto del responsable de demo</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the demo.&lt;/b&gt; Its workspace is throwaway and keyed in memory only: nothing is kept after the window closes.&lt;br&gt;&lt;br&gt;To try the escalation flow on this machine:&lt;ol&gt;{step}&lt;li&gt;Open &lt;b&gt;Help &amp;gt; Demo lead desk…&lt;/b&gt; (or the button below): the lead&apos;s inbox lists the case, locked.&lt;/li&gt;&lt;li&gt;Open the case with the passphrase, the current code and a reason of at least 20 characters.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;Esto es la demo.&lt;/b&gt; Su espacio de trabajo es desechable y su clave solo está en memoria: no se conserva nada al cerrar la ventana.&lt;br&gt;&lt;br&gt;Para probar la escalada en este equipo:&lt;ol&gt;{step}&lt;li&gt;Abra &lt;b&gt;Ayuda &amp;gt; Puesto del responsable de demo…&lt;/b&gt; (o el botón de abajo): la bandeja del responsable muestra el caso, bloqueado.&lt;/li&gt;&lt;li&gt;Abra el caso con la frase de contraseña, el código actual y un motivo de al menos 20 caracteres.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>changes in {seconds} s</source>
        <translation>cambia en {seconds} s</translation>
    </message>
</context>
<context>
    <name>DemoLeadDesk</name>
    <message>
        <source>Demo lead desk</source>
        <translation>Puesto del responsable de demo</translation>
    </message>
    <message>
        <source>{title} (demo)</source>
        <translation>{title} (demo)</translation>
    </message>
    <message>
        <source>About the &amp;demo…</source>
        <translation>Acerca de la &amp;demo…</translation>
    </message>
    <message>
        <source>Demo &amp;lead desk…</source>
        <translation>Puesto del &amp;responsable de demo…</translation>
    </message>
    <message>
        <source>Open the demo lead&apos;s window on the cases you escalated (demo only)</source>
        <translation>Abrir la ventana del responsable de demo con los casos que ha escalado (solo demo)</translation>
    </message>
    <message>
        <source>How to try escalation and the lead side, with the demo lead&apos;s passphrase and code…</source>
        <translation>Cómo probar la escalada y el lado del responsable, con la frase de contraseña y el código del responsable de demo…</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>Audio is starting.</source>
        <translation>El audio se está iniciando.</translation>
    </message>
    <message>
        <source>Audio is unavailable: the PortAudio library (libportaudio.so.2) is not installed (on Debian and Ubuntu: sudo apt install libportaudio2).</source>
        <translation>El audio no está disponible: la biblioteca PortAudio (libportaudio.so.2) no está instalada (en Debian y Ubuntu: sudo apt install libportaudio2).</translation>
    </message>
    <message>
        <source>No audio output device found.</source>
        <translation>No se ha encontrado ningún dispositivo de salida de audio.</translation>
    </message>
    <message>
        <source>The audio device stopped responding (disconnected?).</source>
        <translation>El dispositivo de audio ha dejado de responder (¿desconectado?).</translation>
    </message>
    <message>
        <source>Audio could not be re-initialised.</source>
        <translation>No se ha podido reiniciar el audio.</translation>
    </message>
    <message>
        <source>The audio device “{device}” is not available.</source>
        <translation>El dispositivo de audio «{device}» no está disponible.</translation>
    </message>
    <message>
        <source>The audio device “{device}” is busy (used by another program).</source>
        <translation>El dispositivo de audio «{device}» está ocupado (lo usa otro programa).</translation>
    </message>
    <message>
        <source>The audio device “{device}” is not available any more.</source>
        <translation>El dispositivo de audio «{device}» ya no está disponible.</translation>
    </message>
    <message>
        <source>The audio device “{device}” does not support this clip&apos;s sample rate.</source>
        <translation>El dispositivo de audio «{device}» no admite la frecuencia de muestreo de este clip.</translation>
    </message>
    <message>
        <source>The audio device “{device}” could not be opened.</source>
        <translation>No se ha podido abrir el dispositivo de audio «{device}».</translation>
    </message>
    <message>
        <source>The default audio device is busy (used by another program).</source>
        <translation>El dispositivo de audio predeterminado está ocupado (lo usa otro programa).</translation>
    </message>
    <message>
        <source>The default audio device is not available any more.</source>
        <translation>El dispositivo de audio predeterminado ya no está disponible.</translation>
    </message>
    <message>
        <source>The default audio device does not support this clip&apos;s sample rate.</source>
        <translation>El dispositivo de audio predeterminado no admite la frecuencia de muestreo de este clip.</translation>
    </message>
    <message>
        <source>The default audio device could not be opened.</source>
        <translation>No se ha podido abrir el dispositivo de audio predeterminado.</translation>
    </message>
    <message>
        <source>The audio device could not be used.</source>
        <translation>No se ha podido usar el dispositivo de audio.</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Escalate this clip</source>
        <translation>Escalar este clip</translation>
    </message>
    <message>
        <source>Playback has stopped. Choose what this clip may need action for. The clip is sealed to the leads and removed from your queue.</source>
        <translation>La reproducción se ha detenido. Elija por qué este clip puede requerir una actuación. El clip se sella para los responsables y se retira de su cola.</translation>
    </message>
    <message>
        <source>&amp;Note for the lead (optional):</source>
        <translation>&amp;Nota para el responsable (opcional):</translation>
    </message>
    <message>
        <source>Note for the lead (optional)</source>
        <translation>Nota para el responsable (opcional)</translation>
    </message>
    <message>
        <source>What you heard, and when in the clip</source>
        <translation>Qué ha oído y en qué momento del clip</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalar</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>Choose a category first.</source>
        <translation>Elija primero una categoría.</translation>
    </message>
    <message numerus="yes">
        <source>The note is longer than %n character(s).</source>
        <translation>
            <numerusform>La nota tiene más de %n carácter.</numerusform>
            <numerusform>La nota tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EscalationController</name>
    <message>
        <source>Not escalated</source>
        <translation>No escalado</translation>
    </message>
    <message>
        <source>The clip could not be escalated (internal error); it is kept.</source>
        <translation>No se ha podido escalar el clip (error interno); se conserva.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>With audio, each finished clip&apos;s audio is written beside its results. Under the redacted policy the time range of every critical span is silenced, and a clip with a critical span that has no time exports no audio at all.</source>
        <translation>Con audio, el audio de cada clip terminado se escribe junto a sus resultados. Con la política de anonimización, el intervalo de cada fragmento crítico se silencia, y un clip con un fragmento crítico sin tiempo no exporta ningún audio.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>The folder the results go to</source>
        <translation>La carpeta donde van los resultados</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <source>Include &amp;audio</source>
        <translation>Incluir &amp;audio</translation>
    </message>
    <message>
        <source>Write each finished clip&apos;s audio beside the results</source>
        <translation>Escribir el audio de cada clip terminado junto a los resultados</translation>
    </message>
    <message>
        <source>About exported audio</source>
        <translation>Acerca del audio exportado</translation>
    </message>
    <message>
        <source>Sealed results also go to your organisation&apos;s exchange with the next sync; until then they wait on this computer.</source>
        <translation>Los resultados sellados también van al intercambio de su organización con la próxima sincronización; hasta entonces esperan en este equipo.</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>Problema de exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <source>Export results to</source>
        <translation>Exportar resultados a</translation>
    </message>
    <message>
        <source>Choose the folder to export to (Browse…, or type its full path).</source>
        <translation>Elija la carpeta de destino de la exportación (Examinar… o escriba su ruta completa).</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
</context>
<context>
    <name>GateReport</name>
    <message>
        <source>audio does not decode completely (header claims more data than the file holds)</source>
        <translation>el audio no se decodifica por completo (la cabecera declara más datos de los que contiene el archivo)</translation>
    </message>
    <message>
        <source>audio does not decode completely (truncated or corrupt)</source>
        <translation>el audio no se decodifica por completo (truncado o dañado)</translation>
    </message>
    <message>
        <source>audio has no samples</source>
        <translation>el audio no tiene muestras</translation>
    </message>
    <message>
        <source>declared duration differs from the audio by more than 0.1 s</source>
        <translation>la duración declarada difiere del audio en más de 0,1 s</translation>
    </message>
    <message>
        <source>audio does not decode completely (invalid samples)</source>
        <translation>el audio no se decodifica por completo (muestras no válidas)</translation>
    </message>
    <message>
        <source>audio cannot be decoded (unknown or broken format)</source>
        <translation>el audio no se puede decodificar (formato desconocido o dañado)</translation>
    </message>
    <message>
        <source>audio format is not WAV, FLAC, Ogg Vorbis, Ogg Opus or MP3</source>
        <translation>el formato de audio no es WAV, FLAC, Ogg Vorbis, Ogg Opus ni MP3</translation>
    </message>
    <message>
        <source>sample rate is outside 8000-48000 Hz</source>
        <translation>la frecuencia de muestreo está fuera de 8000-48000 Hz</translation>
    </message>
    <message>
        <source>audio has more than 2 channels</source>
        <translation>el audio tiene más de 2 canales</translation>
    </message>
    <message>
        <source>audio is longer than the package&apos;s max_clip_seconds</source>
        <translation>el audio es más largo que el max_clip_seconds del paquete</translation>
    </message>
    <message>
        <source>package not found</source>
        <translation>paquete no encontrado</translation>
    </message>
    <message>
        <source>is neither a folder nor a file</source>
        <translation>no es ni una carpeta ni un archivo</translation>
    </message>
    <message>
        <source>audio file not in the package</source>
        <translation>el archivo de audio no está en el paquete</translation>
    </message>
    <message>
        <source>file is not referenced by clips.jsonl</source>
        <translation>el archivo no está referenciado en clips.jsonl</translation>
    </message>
    <message>
        <source>header unusable</source>
        <translation>cabecera inutilizable</translation>
    </message>
    <message>
        <source>audio file is larger than max_clip_seconds could need</source>
        <translation>el archivo de audio es mayor de lo que max_clip_seconds podría necesitar</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD (no time of day)</source>
        <translation>debe ser una fecha AAAA-MM-DD (sin hora)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>must be a whole number of days from 1 to 365</source>
        <translation>debe ser un número entero de días entre 1 y 365</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be a number from 1 to 3600</source>
        <translation>debe ser un número entre 1 y 3600</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>an option appears twice</source>
        <translation>una opción aparece dos veces</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>falta una clave obligatoria</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>only choice questions have options</source>
        <translation>solo las preguntas de opciones tienen opciones</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must match [a-z][a-z0-9_]{0,31}</source>
        <translation>debe cumplir [a-z][a-z0-9_]{0,31}</translation>
    </message>
    <message>
        <source>question id used twice</source>
        <translation>id de pregunta usado dos veces</translation>
    </message>
    <message>
        <source>has no clips</source>
        <translation>no tiene clips</translation>
    </message>
    <message>
        <source>must be a number of seconds above 0</source>
        <translation>debe ser un número de segundos mayor que 0</translation>
    </message>
    <message>
        <source>clip id used twice</source>
        <translation>id de clip usado dos veces</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>is not valid UTF-8</source>
        <translation>no es UTF-8 válido</translation>
    </message>
    <message>
        <source>blank line</source>
        <translation>línea en blanco</translation>
    </message>
    <message>
        <source>line is too long</source>
        <translation>la línea es demasiado larga</translation>
    </message>
    <message>
        <source>is not valid Unicode (it has a lone surrogate)</source>
        <translation>no es Unicode válido (tiene un sustituto suelto)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contiene un carácter NUL</translation>
    </message>
    <message>
        <source>contains a backslash</source>
        <translation>contiene una barra invertida</translation>
    </message>
    <message>
        <source>is absolute</source>
        <translation>es absoluta</translation>
    </message>
    <message>
        <source>starts with a drive letter</source>
        <translation>empieza con una letra de unidad</translation>
    </message>
    <message>
        <source>climbs out with &apos;..&apos;</source>
        <translation>sale de la carpeta con «..»</translation>
    </message>
    <message>
        <source>has empty or &apos;.&apos; components</source>
        <translation>tiene componentes vacíos o «.»</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contiene caracteres de control</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>es demasiado largo</translation>
    </message>
    <message>
        <source>folder is not allowed (a package has one folder: audio/)</source>
        <translation>la carpeta no está permitida (un paquete tiene una sola carpeta: audio/)</translation>
    </message>
    <message>
        <source>file is missing from the package</source>
        <translation>falta el archivo en el paquete</translation>
    </message>
    <message>
        <source>file is larger than the cap</source>
        <translation>el archivo supera el límite</translation>
    </message>
    <message>
        <source>file changed size while being read</source>
        <translation>el archivo cambió de tamaño mientras se leía</translation>
    </message>
    <message>
        <source>entry is shorter than declared</source>
        <translation>la entrada es más corta de lo declarado</translation>
    </message>
    <message>
        <source>file cannot be opened without following a link</source>
        <translation>el archivo no se puede abrir sin seguir un enlace</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>entry does not read back cleanly</source>
        <translation>la entrada no se lee correctamente</translation>
    </message>
    <message>
        <source>file expands past its declared size</source>
        <translation>el archivo se expande más allá de su tamaño declarado</translation>
    </message>
    <message>
        <source>identity field; packages must not carry identity</source>
        <translation>campo de identidad; los paquetes no deben llevar datos de identidad</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>must be a lowercase UUID, a ULID, or a-z prefix, &apos;_&apos; and 32 hex digits</source>
        <translation>debe ser un UUID en minúsculas, un ULID o un prefijo a-z, «_» y 32 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>must be named after the clip: audio/&lt;clip_id&gt;.&lt;ext&gt;</source>
        <translation>debe llevar el nombre del clip: audio/&lt;clip_id&gt;.&lt;ext&gt;</translation>
    </message>
    <message>
        <source>must be language[-Script][-REGION], such as en-US or zh-Hant-TW</source>
        <translation>debe ser idioma[-Escritura][-REGIÓN], como en-US o zh-Hant-TW</translation>
    </message>
    <message>
        <source>language is not a registered ISO 639 code in its shortest lowercase form</source>
        <translation>el idioma no es un código ISO 639 registrado en su forma más corta en minúsculas</translation>
    </message>
    <message>
        <source>region is not a registered ISO 3166 code (upper case, such as US) or a UN M.49 area; variants, extensions and private use are not allowed</source>
        <translation>la región no es un código ISO 3166 registrado (mayúsculas, como US) ni un área UN M.49; no se permiten variantes, extensiones ni uso privado</translation>
    </message>
    <message>
        <source>script is not a registered ISO 15924 code (Titlecase, such as Hant)</source>
        <translation>la escritura no es un código ISO 15924 registrado (inicial mayúscula, como Hant)</translation>
    </message>
    <message>
        <source>entry&apos;s local header cannot be read</source>
        <translation>no se puede leer la cabecera local de la entrada</translation>
    </message>
    <message>
        <source>entry carries extra data; packages carry none</source>
        <translation>la entrada lleva datos extra; los paquetes no llevan ninguno</translation>
    </message>
    <message>
        <source>entry has a malformed extra field</source>
        <translation>la entrada tiene un campo extra mal formado</translation>
    </message>
    <message>
        <source>contains characters that change text direction</source>
        <translation>contiene caracteres que cambian la dirección del texto</translation>
    </message>
    <message>
        <source>contains invisible characters</source>
        <translation>contiene caracteres invisibles</translation>
    </message>
    <message>
        <source>contains private-use or unassigned characters</source>
        <translation>contiene caracteres de uso privado o sin asignar</translation>
    </message>
    <message>
        <source>an entry name contains a NUL character</source>
        <translation>un nombre de entrada contiene un carácter NUL</translation>
    </message>
    <message>
        <source>archive has a comment; packages carry none</source>
        <translation>el archivo comprimido tiene un comentario; los paquetes no llevan ninguno</translation>
    </message>
    <message>
        <source>at most {maximum} questions</source>
        <translation>como máximo {maximum} preguntas</translation>
    </message>
    <message>
        <source>cannot be examined</source>
        <translation>no se puede examinar</translation>
    </message>
    <message>
        <source>entry appears twice (names compared ignoring case)</source>
        <translation>la entrada aparece dos veces (nombres comparados sin distinguir mayúsculas y minúsculas)</translation>
    </message>
    <message>
        <source>entry has a comment; packages carry none</source>
        <translation>la entrada tiene un comentario; los paquetes no llevan ninguno</translation>
    </message>
    <message>
        <source>entry name {problem}</source>
        <translation>nombre de entrada: {problem}</translation>
    </message>
    <message>
        <source>expands more than 100:1 (compression ratio cap)</source>
        <translation>se expande más de 100:1 (límite de la tasa de compresión)</translation>
    </message>
    <message>
        <source>expands more than 100:1 as a whole</source>
        <translation>se expande más de 100:1 en conjunto</translation>
    </message>
    <message>
        <source>expands past the total size cap (4 GiB)</source>
        <translation>se expande por encima del límite de tamaño total (4 GiB)</translation>
    </message>
    <message>
        <source>folder cannot be listed</source>
        <translation>no se puede listar la carpeta</translation>
    </message>
    <message>
        <source>folder entry carries data</source>
        <translation>la entrada de carpeta lleva datos</translation>
    </message>
    <message>
        <source>folder is empty</source>
        <translation>la carpeta está vacía</translation>
    </message>
    <message>
        <source>has a key that appears twice in one object</source>
        <translation>tiene una clave que aparece dos veces en un mismo objeto</translation>
    </message>
    <message>
        <source>has too many entries</source>
        <translation>tiene demasiadas entradas</translation>
    </message>
    <message>
        <source>has too many files</source>
        <translation>tiene demasiados archivos</translation>
    </message>
    <message>
        <source>is a link; links are not allowed in packages</source>
        <translation>es un enlace; los paquetes no admiten enlaces</translation>
    </message>
    <message>
        <source>is a symbolic link; links are not allowed</source>
        <translation>es un enlace simbólico; no se admiten enlaces</translation>
    </message>
    <message>
        <source>is encrypted</source>
        <translation>está cifrado</translation>
    </message>
    <message>
        <source>is longer than {cap} characters</source>
        <translation>tiene más de {cap} caracteres</translation>
    </message>
    <message>
        <source>is nested too deeply</source>
        <translation>está anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>is not a readable zip archive</source>
        <translation>no es un archivo ZIP legible</translation>
    </message>
    <message>
        <source>is not a regular file (device, pipe or socket)</source>
        <translation>no es un archivo normal (dispositivo, tubería o socket)</translation>
    </message>
    <message>
        <source>is not valid JSON</source>
        <translation>no es JSON válido</translation>
    </message>
    <message>
        <source>more than {maximum} clips</source>
        <translation>más de {maximum} clips</translation>
    </message>
    <message>
        <source>must be 1-{maximum} characters</source>
        <translation>debe tener de 1 a {maximum} caracteres</translation>
    </message>
    <message>
        <source>must be 2-{maximum} options</source>
        <translation>debe tener de 2 a {maximum} opciones</translation>
    </message>
    <message>
        <source>must be one of: {values}</source>
        <translation>debe ser uno de estos valores: {values}</translation>
    </message>
    <message>
        <source>must be {value}</source>
        <translation>debe ser {value}</translation>
    </message>
    <message>
        <source>package header file is missing</source>
        <translation>falta el archivo de cabecera del paquete</translation>
    </message>
    <message>
        <source>package header file is missing at the top level (it is inside a folder: package the folder&apos;s contents)</source>
        <translation>falta el archivo de cabecera del paquete en el nivel superior (está dentro de una carpeta: empaquete el contenido de la carpeta)</translation>
    </message>
    <message>
        <source>prompts, options and ids are longer than {cap} characters together</source>
        <translation>los enunciados, las opciones y los identificadores suman más de {cap} caracteres</translation>
    </message>
    <message>
        <source>uses NaN or Infinity, which JSON does not allow</source>
        <translation>usa NaN o Infinity, que JSON no admite</translation>
    </message>
    <message>
        <source>value looks like {kind}</source>
        <translation>el valor parece {kind}</translation>
    </message>
    <message>
        <source>clip list file is missing</source>
        <translation>falta el archivo de la lista de clips</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>unas coordenadas</translation>
    </message>
    <message>
        <source>a plus code</source>
        <translation>un Plus Code</translation>
    </message>
    <message>
        <source>a bank account number (IBAN)</source>
        <translation>un número de cuenta bancaria (IBAN)</translation>
    </message>
    <message>
        <source>a card number</source>
        <translation>un número de tarjeta</translation>
    </message>
    <message>
        <source>an IMEI</source>
        <translation>un IMEI</translation>
    </message>
    <message>
        <source>a national identity number</source>
        <translation>un número de identidad nacional</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un número de teléfono</translation>
    </message>
    <message>
        <source>a long number (account, phone or identity number)</source>
        <translation>un número largo (de cuenta, de teléfono o de identidad)</translation>
    </message>
    <message>
        <source>an IP address</source>
        <translation>una dirección IP</translation>
    </message>
    <message>
        <source>a hardware (MAC) address</source>
        <translation>una dirección de hardware (MAC)</translation>
    </message>
    <message>
        <source>a serial number</source>
        <translation>un número de serie</translation>
    </message>
    <message>
        <source>a street address</source>
        <translation>una dirección postal</translation>
    </message>
    <message>
        <source>a postcode</source>
        <translation>un código postal</translation>
    </message>
    <message numerus="yes">
        <source>Package refused: %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>Paquete rechazado: %n problema; no se ha importado nada.</numerusform>
            <numerusform>Paquete rechazado: %n problemas; no se ha importado nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyTables</name>
    <message>
        <source>A question&apos;s key answers it without leaving the transcript: a yes/no question goes Yes, No, unanswered; a choice goes through its options, then unanswered; a text question takes the cursor. Each question shows its key.</source>
        <translation>La tecla de una pregunta la responde sin salir de la transcripción: una pregunta de sí/no pasa por Sí, No y sin responder; una de opciones recorre sus opciones y luego sin responder; una pregunta de texto recibe el cursor. Cada pregunta muestra su tecla.</translation>
    </message>
    <message>
        <source>a character key, alone or with Shift; on Windows also Ctrl+Alt with a character key (AltGr types @ { [ ] } € ą ł … on many layouts)</source>
        <translation>una tecla de carácter, sola o con Mayús; en Windows también Ctrl+Alt con una tecla de carácter (AltGr escribe @ { [ ] } € ą ł … en muchas distribuciones)</translation>
    </message>
    <message>
        <source>a character key, alone or with Shift; Option (Alt) with a letter (accents); Option with a digit (¡ ™ £ ¢ ∞ §) is left to the tag keys</source>
        <translation>una tecla de carácter, sola o con Mayús; Opción (Alt) con una letra (acentos); Opción con un dígito (¡ ™ £ ¢ ∞ §) queda para las teclas de etiquetas</translation>
    </message>
    <message>
        <source>moving the cursor</source>
        <translation>mover el cursor</translation>
    </message>
    <message>
        <source>selecting</source>
        <translation>seleccionar</translation>
    </message>
    <message>
        <source>copy, cut and paste</source>
        <translation>copiar, cortar y pegar</translation>
    </message>
    <message>
        <source>undo and redo</source>
        <translation>deshacer y rehacer</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>borrar</translation>
    </message>
    <message>
        <source>new lines</source>
        <translation>nuevas líneas</translation>
    </message>
    <message>
        <source>moving between fields</source>
        <translation>moverse entre campos</translation>
    </message>
    <message>
        <source>Keymap: {preset}. Change it, or any key, in Settings.</source>
        <translation>Distribución de teclas: {preset}. Cámbiela, o cualquier tecla, en Configuración.</translation>
    </message>
    <message>
        <source>The transcript&apos;s own keys (no keymap takes them)</source>
        <translation>Teclas propias de la transcripción (ninguna distribución las usa)</translation>
    </message>
    <message>
        <source>On the waveform</source>
        <translation>En la forma de onda</translation>
    </message>
    <message>
        <source>typing</source>
        <translation>escribir</translation>
    </message>
</context>
<context>
    <name>Keymaps</name>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Express Scribe-like (function keys)</source>
        <translation>Como Express Scribe (teclas de función)</translation>
    </message>
    <message>
        <source>oTranscribe-like (Esc and function keys)</source>
        <translation>Como oTranscribe (Esc y teclas de función)</translation>
    </message>
    <message>
        <source>moves the cursor</source>
        <translation>mueve el cursor</translation>
    </message>
    <message>
        <source>moves the cursor by page</source>
        <translation>mueve el cursor por páginas</translation>
    </message>
    <message>
        <source>moves to the start or end of the line</source>
        <translation>va al principio o al final de la línea</translation>
    </message>
    <message>
        <source>moves to the start or end of the text</source>
        <translation>va al principio o al final del texto</translation>
    </message>
    <message>
        <source>moves the cursor by word</source>
        <translation>mueve el cursor por palabras</translation>
    </message>
    <message>
        <source>moves to the end of the line</source>
        <translation>va al final de la línea</translation>
    </message>
    <message>
        <source>moves to the start or end of the paragraph</source>
        <translation>va al principio o al final del párrafo</translation>
    </message>
    <message>
        <source>extends the selection</source>
        <translation>amplía la selección</translation>
    </message>
    <message>
        <source>selects to the start or end of the line</source>
        <translation>selecciona hasta el principio o el final de la línea</translation>
    </message>
    <message>
        <source>selects to the start or end of the text</source>
        <translation>selecciona hasta el principio o el final del texto</translation>
    </message>
    <message>
        <source>selects by word</source>
        <translation>selecciona por palabras</translation>
    </message>
    <message>
        <source>selects to the start or end of the paragraph</source>
        <translation>selecciona hasta el principio o el final del párrafo</translation>
    </message>
    <message>
        <source>selects everything</source>
        <translation>selecciona todo</translation>
    </message>
    <message>
        <source>clears the selection</source>
        <translation>anula la selección</translation>
    </message>
    <message>
        <source>copies, cuts and pastes</source>
        <translation>copia, corta y pega</translation>
    </message>
    <message>
        <source>copies, pastes and cuts</source>
        <translation>copia, pega y corta</translation>
    </message>
    <message>
        <source>pastes, copies and cuts</source>
        <translation>pega, copia y corta</translation>
    </message>
    <message>
        <source>cuts and pastes</source>
        <translation>corta y pega</translation>
    </message>
    <message>
        <source>copies, cuts and pastes (keys some keyboards have)</source>
        <translation>copia, corta y pega (teclas de algunos teclados)</translation>
    </message>
    <message>
        <source>undoes and redoes</source>
        <translation>deshace y rehace</translation>
    </message>
    <message>
        <source>undoes</source>
        <translation>deshace</translation>
    </message>
    <message>
        <source>undoes and redoes (keys some keyboards have)</source>
        <translation>deshace y rehace (teclas de algunos teclados)</translation>
    </message>
    <message>
        <source>deletes a character</source>
        <translation>borra un carácter</translation>
    </message>
    <message>
        <source>deletes a word</source>
        <translation>borra una palabra</translation>
    </message>
    <message>
        <source>deletes to the end of the line</source>
        <translation>borra hasta el final de la línea</translation>
    </message>
    <message>
        <source>deletes the line</source>
        <translation>borra la línea</translation>
    </message>
    <message>
        <source>starts a new line</source>
        <translation>empieza una línea nueva</translation>
    </message>
    <message>
        <source>moves to the next or previous field</source>
        <translation>pasa al campo siguiente o anterior</translation>
    </message>
    <message>
        <source>opens the text field&apos;s menu</source>
        <translation>abre el menú del campo de texto</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Datos financieros</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Address or location</source>
        <translation>Dirección o ubicación</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Accidental activation</source>
        <translation>Activación accidental</translation>
    </message>
    <message>
        <source>Unintelligible</source>
        <translation>Ininteligible</translation>
    </message>
    <message>
        <source>No speech</source>
        <translation>Sin habla</translation>
    </message>
    <message>
        <source>Background speech only</source>
        <translation>Solo habla de fondo</translation>
    </message>
    <message>
        <source>Media playing (TV/radio)</source>
        <translation>Medios sonando (TV/radio)</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Otro idioma</translation>
    </message>
    <message>
        <source>Can&apos;t hear</source>
        <translation>No se oye</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>Idioma equivocado</translation>
    </message>
    <message>
        <source>Distressing</source>
        <translation>Angustiante</translation>
    </message>
    <message>
        <source>Violence or crime</source>
        <translation>Violencia o delito</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>Autolesión</translation>
    </message>
    <message>
        <source>Child safety</source>
        <translation>Protección infantil</translation>
    </message>
    <message>
        <source>Medical emergency</source>
        <translation>Emergencia médica</translation>
    </message>
    <message>
        <source>Other distress</source>
        <translation>Otra situación angustiante</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>No requiere actuación</translation>
    </message>
    <message>
        <source>Refer to the safety team</source>
        <translation>Derivar al equipo de seguridad</translation>
    </message>
    <message>
        <source>Request disclosure</source>
        <translation>Solicitar divulgación</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Play while held (back-step on release)</source>
        <translation>Reproducir mientras se mantiene pulsado (retroceder al soltar)</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Reproducir / pausa</translation>
    </message>
    <message>
        <source>Rewind (jump back, repeating while held)</source>
        <translation>Rebobinar (saltar atrás, repetido mientras se mantiene pulsado)</translation>
    </message>
    <message>
        <source>Fast forward (jump ahead, repeating while held)</source>
        <translation>Avance rápido (saltar adelante, repetido mientras se mantiene pulsado)</translation>
    </message>
    <message>
        <source>Left pedal</source>
        <translation>Pedal izquierdo</translation>
    </message>
    <message>
        <source>Middle pedal</source>
        <translation>Pedal central</translation>
    </message>
    <message>
        <source>Right pedal</source>
        <translation>Pedal derecho</translation>
    </message>
</context>
<context>
    <name>LeadGateDialog</name>
    <message>
        <source>Open an escalated case</source>
        <translation>Abrir un caso escalado</translation>
    </message>
    <message>
        <source>&lt;b&gt;{case}&lt;/b&gt;&lt;br&gt;Opening this case is recorded in the audit log with your reason. Access covers this case only and ends after 10 idle minutes or when you close it.</source>
        <translation>&lt;b&gt;{case}&lt;/b&gt;&lt;br&gt;La apertura de este caso queda registrada en el registro de auditoría con su motivo. El acceso cubre solo este caso y termina tras 10 minutos de inactividad o cuando lo cierre.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Current code</source>
        <translation>Código actual</translation>
    </message>
    <message>
        <source>6 digits from your authenticator</source>
        <translation>6 dígitos de su aplicación de autenticación</translation>
    </message>
    <message>
        <source>Reason for opening</source>
        <translation>Motivo de la apertura</translation>
    </message>
    <message numerus="yes">
        <source>Why you open this case (at least %n character(s))</source>
        <translation>
            <numerusform>Por qué abre este caso (al menos %n carácter)</numerusform>
            <numerusform>Por qué abre este caso (al menos %n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Current &amp;code:</source>
        <translation>&amp;Código actual:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Reason length</source>
        <translation>Longitud del motivo</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Abrir caso</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message numerus="yes">
        <source>Reason: %n character(s)</source>
        <translation>
            <numerusform>Motivo: %n carácter</numerusform>
            <numerusform>Motivo: %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(at least %n)</source>
        <translation>
            <numerusform>(al menos %n)</numerusform>
            <numerusform>(al menos %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>The case could not be opened (internal error).</source>
        <translation>No se ha podido abrir el caso (error interno).</translation>
    </message>
</context>
<context>
    <name>LeadSync</name>
    <message numerus="yes">
        <source>%n new escalation(s)</source>
        <translation>
            <numerusform>%n escalada nueva</numerusform>
            <numerusform>%n escaladas nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>New escalations could not be imported: {error}</source>
        <translation>No se pudieron importar las escaladas nuevas: {error}</translation>
    </message>
</context>
<context>
    <name>LeadWindow</name>
    <message>
        <source>&amp;No action needed</source>
        <translation>&amp;No requiere actuación</translation>
    </message>
    <message>
        <source>&amp;Refer to the safety team</source>
        <translation>&amp;Derivar al equipo de seguridad</translation>
    </message>
    <message>
        <source>Request &amp;disclosure</source>
        <translation>Solicitar di&amp;vulgación</translation>
    </message>
    <message>
        <source>(not included: this case was escalated before envelopes carried the clip&apos;s texts)</source>
        <translation>(no incluido: este caso se escaló antes de que los sobres llevaran los textos del clip)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>decided: {decision} — conflicting records</source>
        <translation>decidido: {decision} — registros contradictorios</translation>
    </message>
    <message>
        <source>decided: {decision} (changed)</source>
        <translation>decidido: {decision} (cambiado)</translation>
    </message>
    <message>
        <source>decided: {decision}</source>
        <translation>decidido: {decision}</translation>
    </message>
    <message>
        <source>Reviewer — lead {lead}</source>
        <translation>Reviewer — responsable {lead}</translation>
    </message>
    <message>
        <source>Lead window</source>
        <translation>Ventana del responsable</translation>
    </message>
    <message>
        <source>In&amp;box (all cases locked):</source>
        <translation>&amp;Bandeja de entrada (todos los casos bloqueados):</translation>
    </message>
    <message>
        <source>Escalated cases</source>
        <translation>Casos escalados</translation>
    </message>
    <message>
        <source>&amp;Import new cases</source>
        <translation>&amp;Importar casos nuevos</translation>
    </message>
    <message>
        <source>Import new cases</source>
        <translation>Importar casos nuevos</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>&amp;Abrir caso…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>Co-si&amp;gn a disclosure request…</source>
        <translation>Co&amp;firmar una solicitud de divulgación…</translation>
    </message>
    <message>
        <source>Co-sign a disclosure request</source>
        <translation>Cofirmar una solicitud de divulgación</translation>
    </message>
    <message>
        <source>Select a case and open it through the gate (Return).
Every opening is recorded with your reason.</source>
        <translation>Seleccione un caso y ábralo a través del control de acceso (Intro).
Cada apertura queda registrada con su motivo.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Cerrar caso</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note:</source>
        <translation>Nota del revisor:</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Nota del revisor</translation>
    </message>
    <message>
        <source>Reviewer&apos;s draf&amp;t transcript:</source>
        <translation>&amp;Borrador de transcripción del revisor:</translation>
    </message>
    <message>
        <source>&amp;Automatic transcript:</source>
        <translation>Transcripción a&amp;utomática:</translation>
    </message>
    <message>
        <source>Assistant&apos;s answer</source>
        <translation>Respuesta del asistente</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mentario:</translation>
    </message>
    <message>
        <source>Comment for the decision record</source>
        <translation>Comentario para el registro de la decisión</translation>
    </message>
    <message>
        <source>Decision problem</source>
        <translation>Problema con la decisión</translation>
    </message>
    <message>
        <source>C&amp;hange decision…</source>
        <translation>Ca&amp;mbiar la decisión…</translation>
    </message>
    <message>
        <source>Change decision</source>
        <translation>Cambiar la decisión</translation>
    </message>
    <message>
        <source>Record a different decision that supersedes the current one; both records are kept</source>
        <translation>Registrar otra decisión que sustituye a la actual; se conservan ambos registros</translation>
    </message>
    <message>
        <source>Clos&amp;e case</source>
        <translation>C&amp;errar caso</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>Re&amp;producción</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <source>Jump back</source>
        <translation>Saltar atrás</translation>
    </message>
    <message>
        <source>Jump forward</source>
        <translation>Saltar adelante</translation>
    </message>
    <message>
        <source>Play again from the start</source>
        <translation>Reproducir de nuevo desde el principio</translation>
    </message>
    <message>
        <source>Where cases stand cannot be read: {error}</source>
        <translation>No se puede leer el estado de los casos: {error}</translation>
    </message>
    <message>
        <source>Locked: {case}</source>
        <translation>Bloqueado: {case}</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in the inbox</source>
        <translation>
            <numerusform>%n caso en la bandeja de entrada</numerusform>
            <numerusform>%n casos en la bandeja de entrada</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>Importar casos</translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) imported</source>
        <translation>
            <numerusform>%n caso nuevo importado</numerusform>
            <numerusform>%n casos nuevos importados</numerusform>
        </translation>
    </message>
    <message>
        <source>The case was not opened. The reason you wrote is kept for your next attempt at this case.</source>
        <translation>El caso no se ha abierto. El motivo que escribió se conserva para su próximo intento con este caso.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{category}&lt;/b&gt; — escalated {when} by {reviewer}</source>
        <translation>&lt;b&gt;{category}&lt;/b&gt; — escalado el {when} por {reviewer}</translation>
    </message>
    <message>
        <source>The envelope&apos;s file name did not match its sealed content: the sealed category is shown.</source>
        <translation>El nombre de archivo del sobre no coincidía con su contenido sellado: se muestra la categoría sellada.</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(sin nota)</translation>
    </message>
    <message>
        <source>(no draft)</source>
        <translation>(sin borrador)</translation>
    </message>
    <message>
        <source>Assistant&apos;s answer: {answer}</source>
        <translation>Respuesta del asistente: {answer}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Access ended after 10 idle minutes; the case is closed.</source>
        <translation>El acceso terminó tras 10 minutos de inactividad; el caso está cerrado.</translation>
    </message>
    <message>
        <source>Where this case stands cannot be read: {error}</source>
        <translation>No se puede leer el estado de este caso: {error}</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>Aún no hay decisión.</translation>
    </message>
    <message>
        <source>Changing the decision {decision}: write why in the comment, then choose the new decision. The earlier record is kept and the new one supersedes it.</source>
        <translation>Cambiando la decisión {decision}: escriba el porqué en el comentario y elija la nueva decisión. El registro anterior se conserva y el nuevo lo sustituye.</translation>
    </message>
    <message>
        <source>Decided: {decision}.</source>
        <translation>Decidido: {decision}.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of this case contradict each other: Change decision settles them.</source>
        <translation>
            <numerusform>%n registro de este caso contradice a los demás: «Cambiar la decisión» lo resuelve.</numerusform>
            <numerusform>%n registros de este caso se contradicen: «Cambiar la decisión» lo resuelve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(changed; %n record(s) kept)</source>
        <translation>
            <numerusform>(cambiado; se conserva %n registro)</numerusform>
            <numerusform>(cambiado; se conservan %n registros)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel c&amp;hange</source>
        <translation>Cancelar el ca&amp;mbio</translation>
    </message>
    <message>
        <source>Why the decision changes (required; it goes into the new record)</source>
        <translation>Por qué cambia la decisión (obligatorio; se incluye en el nuevo registro)</translation>
    </message>
    <message>
        <source>Comment for the decision record (for a disclosure request: why identification is needed)</source>
        <translation>Comentario para el registro de la decisión (en una solicitud de divulgación: por qué es necesaria la identificación)</translation>
    </message>
    <message>
        <source>This case is already decided: {decision}. To decide differently, choose Change decision: the new record supersedes this one, and both are kept.</source>
        <translation>Este caso ya está decidido: {decision}. Para decidir otra cosa, elija «Cambiar la decisión»: el nuevo registro sustituye a este y se conservan los dos.</translation>
    </message>
    <message>
        <source>Decision not recorded: {error}</source>
        <translation>Decisión no registrada: {error}</translation>
    </message>
    <message>
        <source>; disclosure request written to {file} — a second lead must co-sign it (`reviewer disclosure cosign FILE`)</source>
        <translation>; solicitud de divulgación escrita en {file} — un segundo responsable debe cofirmarla (`reviewer disclosure cosign FILE`)</translation>
    </message>
    <message>
        <source>Decision changed</source>
        <translation>Decisión cambiada</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Decisión registrada</translation>
    </message>
    <message>
        <source>Disclosure request to co-sign</source>
        <translation>Solicitud de divulgación para cofirmar</translation>
    </message>
    <message>
        <source>Disclosure requests (*.json)</source>
        <translation>Solicitudes de divulgación (*.json)</translation>
    </message>
    <message>
        <source>Co-sign</source>
        <translation>Cofirmar</translation>
    </message>
    <message numerus="yes">
        <source>Co-signed: the request now has %n signature(s).</source>
        <translation>
            <numerusform>Cofirmada: la solicitud tiene ahora %n firma.</numerusform>
            <numerusform>Cofirmada: la solicitud tiene ahora %n firmas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation>Caso cerrado.</translation>
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
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Some of your work could not be saved: {state}</source>
        <translation>Parte de su trabajo no se ha podido guardar: {state}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>Re&amp;producción</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Re&amp;visión</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>PackageFlows</name>
    <message>
        <source>Import package</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <source>Work packages (*.rpkg *.zip package.json);;All files (*)</source>
        <translation>Paquetes de trabajo (*.rpkg *.zip package.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The demo opens in its own window, on a throwaway workspace; your work here is not touched.</source>
        <translation>La demo se abre en su propia ventana, con un espacio de trabajo desechable; su trabajo aquí no se toca.</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Comprobando el paquete…</translation>
    </message>
    <message>
        <source>Checking the package</source>
        <translation>Comprobando el paquete</translation>
    </message>
    <message>
        <source>Storing it encrypted</source>
        <translation>Guardándolo cifrado</translation>
    </message>
    <message>
        <source>{phase}… {percent}%</source>
        <translation>{phase}… {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n clip(s).</source>
        <translation>
            <numerusform>%n clip importado.</numerusform>
            <numerusform>%n clips importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error de importación</translation>
    </message>
    <message>
        <source>The package was not imported: {reason}</source>
        <translation>El paquete no se ha importado: {reason}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Nothing to export yet: finish a clip first.</source>
        <translation>Aún no hay nada que exportar: termine primero un clip.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {results} from %n package(s) to {folder}.</source>
        <translation>
            <numerusform>Exportados {results} de %n paquete a {folder}.</numerusform>
            <numerusform>Exportados {results} de %n paquetes a {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sealed export(s) queued for upload.</source>
        <translation>
            <numerusform>%n exportación sellada en cola para subir.</numerusform>
            <numerusform>%n exportaciones selladas en cola para subir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error de exportación</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>No se ha exportado nada: {reason}</translation>
    </message>
</context>
<context>
    <name>PedalDialog</name>
    <message>
        <source>No supported USB pedal is plugged in.</source>
        <translation>No hay ningún pedal USB compatible conectado.</translation>
    </message>
    <message>
        <source>Pedals that type keys ({pedals}, and most other pedals sold as “keyboard” or “HID keyboard”) need no set-up here: give their keys to actions in Settings, Shortcuts (press the pedal in a shortcut field).</source>
        <translation>Los pedales que envían teclas ({pedals} y la mayoría de los pedales vendidos como «teclado» o «teclado HID») no necesitan configuración aquí: asigne sus teclas a acciones en Configuración, Atajos (pulse el pedal en un campo de atajo).</translation>
    </message>
    <message>
        <source>read by Reviewer</source>
        <translation>leído por Reviewer</translation>
    </message>
    <message>
        <source>types keys: map them in Settings, Shortcuts</source>
        <translation>envía teclas: asígnelas en Configuración, Atajos</translation>
    </message>
    <message>
        <source>Foot pedals</source>
        <translation>Pedales</translation>
    </message>
    <message>
        <source>&amp;Use USB foot pedals</source>
        <translation>&amp;Usar pedales USB</translation>
    </message>
    <message>
        <source>Read a supported USB transcription pedal while the window is open</source>
        <translation>Leer un pedal de transcripción USB compatible mientras la ventana esté abierta</translation>
    </message>
    <message>
        <source>Pedals plugged in</source>
        <translation>Pedales conectados</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Buscar de nuevo</translation>
    </message>
    <message>
        <source>Look for pedals again (after plugging one in)</source>
        <translation>Buscar pedales de nuevo (después de conectar uno)</translation>
    </message>
    <message>
        <source>Pedal status</source>
        <translation>Estado del pedal</translation>
    </message>
    <message>
        <source>Press a pedal to test it</source>
        <translation>Pulse un pedal para probarlo</translation>
    </message>
    <message>
        <source>Nothing pressed yet.</source>
        <translation>Aún no se ha pulsado nada.</translation>
    </message>
    <message>
        <source>Last pedal pressed</source>
        <translation>Último pedal pulsado</translation>
    </message>
    <message>
        <source>What each pedal does</source>
        <translation>Qué hace cada pedal</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Back-step on release</source>
        <translation>&amp;Retroceso al soltar</translation>
    </message>
    <message>
        <source>Pedals that type keys</source>
        <translation>Pedales que envían teclas</translation>
    </message>
    <message>
        <source>{pedal} pressed.</source>
        <translation>{pedal} pulsado.</translation>
    </message>
    <message>
        <source>{pedal} released.</source>
        <translation>{pedal} soltado.</translation>
    </message>
    <message>
        <source>{pedal}: down</source>
        <translation>{pedal}: pulsado</translation>
    </message>
    <message>
        <source>{pedal}: up</source>
        <translation>{pedal}: suelto</translation>
    </message>
</context>
<context>
    <name>Pedals</name>
    <message>
        <source>Foot &amp;pedals…</source>
        <translation>&amp;Pedales…</translation>
    </message>
    <message>
        <source>Not reading pedals.</source>
        <translation>No se están leyendo pedales.</translation>
    </message>
    <message>
        <source>{model} connected.</source>
        <translation>{model} conectado.</translation>
    </message>
    <message>
        <source>{model} is plugged in, but this account may not read it. On Linux the Reviewer package installs a rule for it (70-reviewer-pedals.rules): unplug the pedal and plug it in again, or ask IT to install the rule (docs/deployment.md).</source>
        <translation>{model} está conectado, pero esta cuenta no puede leerlo. En Linux el paquete de Reviewer instala una regla para ello (70-reviewer-pedals.rules): desconecte el pedal y vuelva a conectarlo, o pida al departamento de TI que instale la regla (docs/deployment.md).</translation>
    </message>
    <message>
        <source>The foot pedal was unplugged; plug it in again to go on.</source>
        <translation>Se ha desconectado el pedal; vuelva a conectarlo para continuar.</translation>
    </message>
    <message>
        <source>No supported foot pedal is plugged in.</source>
        <translation>No hay ningún pedal compatible conectado.</translation>
    </message>
    <message>
        <source>an incompatible &apos;hid&apos; module is installed instead of hidapi.</source>
        <translation>en lugar de hidapi hay instalado un módulo «hid» incompatible.</translation>
    </message>
    <message>
        <source>the hidapi library is missing; pedals that type keys still work.</source>
        <translation>falta la biblioteca hidapi; los pedales que envían teclas siguen funcionando.</translation>
    </message>
    <message>
        <source>Foot pedals cannot work here: {reason}</source>
        <translation>Los pedales no pueden funcionar aquí: {reason}</translation>
    </message>
    <message>
        <source>Set up USB foot pedals and test them</source>
        <translation>Configurar y probar pedales USB</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Jump back</source>
        <translation>Saltar atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Jump forward</source>
        <translation>Saltar adelante</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Play again from the start</source>
        <translation>Reproducir de nuevo desde el principio</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom the waveform (or Ctrl+wheel on it, or Plus and Minus while it has the keyboard)</source>
        <translation>Ampliar la forma de onda (o Ctrl+rueda sobre ella, o Más y Menos mientras tenga el teclado)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Whole clip</source>
        <translation>Clip &amp;completo</translation>
    </message>
    <message>
        <source>Spectrogram</source>
        <translation>Espectrograma</translation>
    </message>
    <message>
        <source>Show the clip&apos;s frequencies over time instead of its wave</source>
        <translation>Mostrar las frecuencias del clip a lo largo del tiempo en lugar de su onda</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Disguise voice</source>
        <translation>Disfrazar la voz</translation>
    </message>
    <message>
        <source>Shift the speaker&apos;s voice so it cannot be recognised; words stay clear</source>
        <translation>Alterar la voz de la persona que habla para que no se la reconozca; las palabras siguen siendo claras</translation>
    </message>
    <message>
        <source>Retry audio device</source>
        <translation>Reintentar el dispositivo de audio</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>&amp;Velocidad</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>V&amp;olumen</translation>
    </message>
    <message>
        <source>Last {seconds} s</source>
        <translation>Últimos {seconds} s</translation>
    </message>
    <message>
        <source>Play the last {seconds} seconds again</source>
        <translation>Reproducir de nuevo los últimos {seconds} segundos</translation>
    </message>
    <message>
        <source>{position} s of {duration} s</source>
        <translation>{position} s de {duration} s</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>{problem} Playback is off; you can still read and type. Connect a device and choose Retry.</source>
        <translation>{problem} La reproducción está desactivada; todavía puede leer y escribir. Conecte un dispositivo y elija Reintentar.</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalado</translation>
    </message>
    <message>
        <source>Package {package} · {clip}</source>
        <translation>Paquete {package} · {clip}</translation>
    </message>
    <message>
        <source> · warning</source>
        <translation> · advertencia</translation>
    </message>
    <message>
        <source> · locked</source>
        <translation> · bloqueado</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>Show unfinished clips only</source>
        <translation>Mostrar solo clips sin terminar</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation>Resumen de la cola</translation>
    </message>
    <message>
        <source>{finished} of {total} finished</source>
        <translation>{finished} de {total} terminados</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>something went wrong</source>
        <translation>algo ha fallado</translation>
    </message>
    <message>
        <source>the input was refused</source>
        <translation>se ha rechazado la entrada</translation>
    </message>
    <message>
        <source>an internal error occurred</source>
        <translation>se ha producido un error interno</translation>
    </message>
    <message>
        <source>an internal error occurred ({kind})</source>
        <translation>se ha producido un error interno ({kind})</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>a file or folder is missing</source>
        <translation>falta un archivo o una carpeta</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>el disco ha notificado un error de entrada/salida</translation>
    </message>
    <message>
        <source>a folder is where a file was expected</source>
        <translation>hay una carpeta donde se esperaba un archivo</translation>
    </message>
    <message>
        <source>a file of that name exists already</source>
        <translation>ya existe un archivo con ese nombre</translation>
    </message>
    <message>
        <source>the system reported an error ({errno})</source>
        <translation>el sistema ha notificado un error ({errno})</translation>
    </message>
    <message>
        <source>no safe keyring is available to keep the workspace&apos;s key</source>
        <translation>no hay ningún llavero seguro disponible para guardar la clave del espacio de trabajo</translation>
    </message>
    <message>
        <source>the keyring is locked: unlock it and try again</source>
        <translation>el llavero está bloqueado: desbloquéelo e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the keyring cannot be reached</source>
        <translation>no se puede acceder al llavero</translation>
    </message>
    <message>
        <source>this workspace&apos;s key is not in the keyring, so its data cannot be opened; nothing was changed</source>
        <translation>la clave de este espacio de trabajo no está en el llavero, así que sus datos no se pueden abrir; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>the key does not open this workspace; nothing was changed</source>
        <translation>la clave no abre este espacio de trabajo; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>wrong passphrase for this workspace</source>
        <translation>frase de contraseña incorrecta para este espacio de trabajo</translation>
    </message>
    <message>
        <source>the key in the keyring does not open this workspace (it belongs elsewhere); nothing was changed</source>
        <translation>la clave del llavero no abre este espacio de trabajo (pertenece a otro); no se ha cambiado nada</translation>
    </message>
    <message>
        <source>the keyring entry for this workspace is not a valid key; nothing was changed</source>
        <translation>la entrada del llavero para este espacio de trabajo no es una clave válida; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>this workspace is protected by a passphrase</source>
        <translation>este espacio de trabajo está protegido por una frase de contraseña</translation>
    </message>
    <message>
        <source>the passphrase must have at least {minimum} characters</source>
        <translation>la frase de contraseña debe tener al menos {minimum} caracteres</translation>
    </message>
    <message>
        <source>there is no workspace in {folder}</source>
        <translation>no hay ningún espacio de trabajo en {folder}</translation>
    </message>
    <message>
        <source>{folder} holds a database but no workspace descriptor, so it is left untouched: restore the descriptor from a backup</source>
        <translation>{folder} contiene una base de datos pero no el descriptor del espacio de trabajo, así que no se toca: restaure el descriptor desde una copia de seguridad</translation>
    </message>
    <message>
        <source>the workspace is damaged: restore it from a backup or contact support</source>
        <translation>el espacio de trabajo está dañado: restáurelo desde una copia de seguridad o contacte con el soporte</translation>
    </message>
    <message>
        <source>the workspace&apos;s database is older than its key anchor (an earlier copy was put back); nothing was changed (see `reviewer recover`)</source>
        <translation>la base de datos del espacio de trabajo es más antigua que su ancla de claves (se ha restaurado una copia anterior); no se ha cambiado nada (véase `reviewer recover`)</translation>
    </message>
    <message>
        <source>a package key does not open with the workspace&apos;s current key: the database was tampered with or mixed with another copy; nothing was changed</source>
        <translation>una clave de paquete no se abre con la clave actual del espacio de trabajo: la base de datos se ha manipulado o mezclado con otra copia; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>this workspace&apos;s key anchor is missing, so no package can be opened; nothing was changed</source>
        <translation>falta el ancla de claves de este espacio de trabajo, así que no se puede abrir ningún paquete; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>this workspace&apos;s key anchor is older than its database, so no package can be opened; nothing was changed</source>
        <translation>el ancla de claves de este espacio de trabajo es más antigua que su base de datos, así que no se puede abrir ningún paquete; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>this workspace was made by a newer release of Reviewer (vault schema {found}; this release knows up to {known}): update Reviewer; nothing was changed</source>
        <translation>este espacio de trabajo lo creó una versión más reciente de Reviewer (esquema del almacén {found}; esta versión conoce hasta el {known}): actualice Reviewer; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>the workspace in {folder} is open in another Reviewer window or command: close that first</source>
        <translation>el espacio de trabajo de {folder} está abierto en otra ventana u orden de Reviewer: ciérrela primero</translation>
    </message>
    <message>
        <source>the workspace is read-only: check the folder&apos;s permissions and free space</source>
        <translation>el espacio de trabajo es de solo lectura: compruebe los permisos de la carpeta y el espacio libre</translation>
    </message>
    <message>
        <source>the workspace cannot be opened for writing: check the folder&apos;s permissions and the disk</source>
        <translation>el espacio de trabajo no se puede abrir para escribir: compruebe los permisos de la carpeta y el disco</translation>
    </message>
    <message>
        <source>the workspace cannot be decrypted with its key: the database is damaged, or it was replaced by another one</source>
        <translation>el espacio de trabajo no se puede descifrar con su clave: la base de datos está dañada o se ha sustituido por otra</translation>
    </message>
    <message>
        <source>the workspace&apos;s database is damaged: restore it from a backup or contact support</source>
        <translation>la base de datos del espacio de trabajo está dañada: restáurela desde una copia de seguridad o contacte con el soporte</translation>
    </message>
    <message>
        <source>the disk holding the workspace is full: free some space and try again</source>
        <translation>el disco del espacio de trabajo está lleno: libere espacio e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the workspace could not be written; nothing was half-written</source>
        <translation>no se ha podido escribir en el espacio de trabajo; no ha quedado nada a medio escribir</translation>
    </message>
    <message>
        <source>the workspace is gone (deleted, or its disk or network share was removed); nothing was half-written: check it and try again</source>
        <translation>el espacio de trabajo ha desaparecido (se ha borrado o se ha quitado su disco o recurso de red); no ha quedado nada a medio escribir: compruébelo e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the workspace could not be written: the disk reported an input/output error; nothing was half-written</source>
        <translation>no se ha podido escribir en el espacio de trabajo: el disco ha notificado un error de entrada/salida; no ha quedado nada a medio escribir</translation>
    </message>
    <message>
        <source>{folder} could not be deleted completely; its key is already gone, so what is left cannot be opened</source>
        <translation>{folder} no se ha podido borrar por completo; su clave ya no existe, así que lo que queda no se puede abrir</translation>
    </message>
    <message>
        <source>the draft could not be stored; it is kept and saved again shortly</source>
        <translation>no se ha podido guardar el borrador; se conserva y se volverá a guardar en breve</translation>
    </message>
    <message>
        <source>package {package} is already in this workspace (imported {imported}); nothing was imported</source>
        <translation>el paquete {package} ya está en este espacio de trabajo (importado el {imported}); no se ha importado nada</translation>
    </message>
    <message>
        <source>package {package} was imported on {imported} and deleted on {purged}; it cannot be imported again</source>
        <translation>el paquete {package} se importó el {imported} y se eliminó el {purged}; no se puede volver a importar</translation>
    </message>
    <message>
        <source>package {package} is past its retention period (ended {date}); nothing was imported</source>
        <translation>el paquete {package} ha superado su plazo de conservación (terminó el {date}); no se ha importado nada</translation>
    </message>
    <message>
        <source>the package was refused</source>
        <translation>se ha rechazado el paquete</translation>
    </message>
    <message>
        <source>the demo package is missing from this installation (expected at {path})</source>
        <translation>falta el paquete de demo en esta instalación (se esperaba en {path})</translation>
    </message>
    <message>
        <source>the clip cannot be opened (locked, escalated, deleted or unknown)</source>
        <translation>el clip no se puede abrir (bloqueado, escalado, eliminado o desconocido)</translation>
    </message>
    <message>
        <source>clip {clip} is not in this workspace</source>
        <translation>el clip {clip} no está en este espacio de trabajo</translation>
    </message>
    <message>
        <source>this clip is locked until its escalation is sent</source>
        <translation>este clip está bloqueado hasta que se envíe su escalada</translation>
    </message>
    <message>
        <source>this clip was escalated and erased from this workspace</source>
        <translation>este clip se ha escalado y se ha borrado de este espacio de trabajo</translation>
    </message>
    <message>
        <source>this clip was already escalated and erased</source>
        <translation>este clip ya se había escalado y borrado</translation>
    </message>
    <message>
        <source>only a finished clip&apos;s audio is exported</source>
        <translation>solo se exporta el audio de los clips terminados</translation>
    </message>
    <message>
        <source>clip {clip} cannot be changed (escalated, locked awaiting its escalation, or gone)</source>
        <translation>el clip {clip} no se puede cambiar (escalado, bloqueado a la espera de su escalada o ya no existe)</translation>
    </message>
    <message>
        <source>the clip&apos;s package has been deleted</source>
        <translation>se ha eliminado el paquete del clip</translation>
    </message>
    <message>
        <source>this clip has been erased</source>
        <translation>este clip se ha borrado</translation>
    </message>
    <message>
        <source>this clip&apos;s audio has been erased</source>
        <translation>el audio de este clip se ha borrado</translation>
    </message>
    <message>
        <source>no escalation of clip {clip} is owed</source>
        <translation>no hay ninguna escalada pendiente del clip {clip}</translation>
    </message>
    <message>
        <source>this clip was escalated; its draft cannot be saved</source>
        <translation>este clip se ha escalado; su borrador no se puede guardar</translation>
    </message>
    <message>
        <source>the clip&apos;s stored data failed its integrity check (altered or moved), so it cannot be used</source>
        <translation>los datos guardados del clip no han superado la comprobación de integridad (alterados o movidos), así que no se pueden usar</translation>
    </message>
    <message>
        <source>the clip&apos;s audio cannot be decoded</source>
        <translation>el audio del clip no se puede descodificar</translation>
    </message>
    <message>
        <source>the clip is not ready to submit</source>
        <translation>el clip aún no está listo para enviarse</translation>
    </message>
    <message>
        <source>this workstation is not enrolled: run `reviewer enroll PROFILE` with the profile your organisation signed</source>
        <translation>este puesto no está dado de alta: ejecute `reviewer enroll PROFILE` con el perfil que firmó su organización</translation>
    </message>
    <message>
        <source>the profile asks for sealed exports, but this export cannot seal</source>
        <translation>el perfil pide exportaciones selladas, pero esta exportación no puede sellar</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} no es una carpeta</translation>
    </message>
    <message>
        <source>{folder} already holds an export of package {package}; nothing was overwritten: choose another folder</source>
        <translation>{folder} ya contiene una exportación del paquete {package}; no se ha sobrescrito nada: elija otra carpeta</translation>
    </message>
    <message>
        <source>the disk holding the export folder {folder} is full: free some space and try again</source>
        <translation>el disco de la carpeta de exportación {folder} está lleno: libere espacio e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the export folder {folder} is read-only: check its permissions</source>
        <translation>la carpeta de exportación {folder} es de solo lectura: compruebe sus permisos</translation>
    </message>
    <message>
        <source>the export folder {folder} cannot be written: check its permissions and the disk</source>
        <translation>no se puede escribir en la carpeta de exportación {folder}: compruebe sus permisos y el disco</translation>
    </message>
    <message>
        <source>the export folder {folder} is gone (deleted, or its disk or network share was removed)</source>
        <translation>la carpeta de exportación {folder} ha desaparecido (se ha borrado o se ha quitado su disco o recurso de red)</translation>
    </message>
    <message>
        <source>the export folder {folder} could not be written: the disk reported an input/output error</source>
        <translation>no se ha podido escribir en la carpeta de exportación {folder}: el disco ha notificado un error de entrada/salida</translation>
    </message>
    <message>
        <source>the export folder {folder} could not be written</source>
        <translation>no se ha podido escribir en la carpeta de exportación {folder}</translation>
    </message>
    <message>
        <source>the organisation file or the profile is not valid or not signed by your organisation (`reviewer check` says why)</source>
        <translation>el archivo de la organización o el perfil no es válido o no lo ha firmado su organización (`reviewer check` indica el motivo)</translation>
    </message>
    <message>
        <source>this installation is not managed (there is no organisation file), so it can run the demo only: ask IT to install the organisation file</source>
        <translation>esta instalación no está gestionada (no existe el archivo de la organización), así que solo puede ejecutar la demo: pida al departamento de TI que instale el archivo de la organización</translation>
    </message>
    <message>
        <source>the file is damaged or not in the expected format</source>
        <translation>el archivo está dañado o no tiene el formato esperado</translation>
    </message>
    <message>
        <source>the file is not a {format} document</source>
        <translation>el archivo no es un documento {format}</translation>
    </message>
    <message>
        <source>the file is signed for another purpose than the one it is used for</source>
        <translation>el archivo está firmado para un fin distinto de aquel para el que se usa</translation>
    </message>
    <message>
        <source>the file holds a field Reviewer does not know</source>
        <translation>el archivo contiene un campo que Reviewer no conoce</translation>
    </message>
    <message>
        <source>the field {field} of the signed file is not valid</source>
        <translation>el campo {field} del archivo firmado no es válido</translation>
    </message>
    <message>
        <source>the profile was refused: its field {field} is not valid</source>
        <translation>se ha rechazado el perfil: su campo {field} no es válido</translation>
    </message>
    <message>
        <source>the organisation file is not valid at {field}: ask IT to correct it</source>
        <translation>el archivo de la organización no es válido en {field}: pida al departamento de TI que lo corrija</translation>
    </message>
    <message>
        <source>the profile is not signed by your organisation</source>
        <translation>el perfil no lo ha firmado su organización</translation>
    </message>
    <message>
        <source>the profile is not signed by a key in your organisation file (another organisation&apos;s key, or a revoked one): ask for a newly signed profile</source>
        <translation>el perfil no está firmado con una clave del archivo de su organización (la clave de otra organización o una revocada): pida un perfil firmado de nuevo</translation>
    </message>
    <message>
        <source>the profile&apos;s signature does not match its content (altered or damaged)</source>
        <translation>la firma del perfil no coincide con su contenido (alterado o dañado)</translation>
    </message>
    <message>
        <source>the profile names no workstation</source>
        <translation>el perfil no indica ningún puesto</translation>
    </message>
    <message>
        <source>the profile is for another workstation: enrol with this workstation&apos;s own request (`reviewer enroll --request FILE`)</source>
        <translation>el perfil es para otro puesto: dé de alta este puesto con su propia solicitud (`reviewer enroll --request FILE`)</translation>
    </message>
    <message>
        <source>the profile expired on {date}: ask your organisation for a new one</source>
        <translation>el perfil caducó el {date}: pida uno nuevo a su organización</translation>
    </message>
    <message>
        <source>this workstation has made no enrolment request yet: run `reviewer enroll --request FILE` and send FILE to your organisation</source>
        <translation>este puesto aún no ha hecho ninguna solicitud de alta: ejecute `reviewer enroll --request FILE` y envíe FILE a su organización</translation>
    </message>
    <message>
        <source>this workstation&apos;s keys are missing, so its profile cannot be checked: enrol again (`reviewer enroll --request FILE`)</source>
        <translation>faltan las claves de este puesto, así que su perfil no se puede comprobar: vuelva a darlo de alta (`reviewer enroll --request FILE`)</translation>
    </message>
    <message>
        <source>this workstation has no keys yet, so no package can be sealed to it: enrol first (`reviewer enroll --request FILE`)</source>
        <translation>este puesto aún no tiene claves, así que no se le puede haber sellado ningún paquete: dé de alta el puesto primero (`reviewer enroll --request FILE`)</translation>
    </message>
    <message>
        <source>the file is not a sealed Reviewer package (.rpkg)</source>
        <translation>el archivo no es un paquete sellado de Reviewer (.rpkg)</translation>
    </message>
    <message>
        <source>the sealed package is truncated or damaged</source>
        <translation>el paquete sellado está truncado o dañado</translation>
    </message>
    <message>
        <source>the package cannot be opened: it is sealed to another workstation, or damaged</source>
        <translation>el paquete no se puede abrir: está sellado para otro puesto o dañado</translation>
    </message>
    <message>
        <source>the package carries no signature by your organisation</source>
        <translation>el paquete no lleva ninguna firma de su organización</translation>
    </message>
    <message>
        <source>the package is not signed by a key in your organisation file (another organisation&apos;s key, or a revoked one): ask for a newly signed package</source>
        <translation>el paquete no está firmado con una clave del archivo de su organización (la clave de otra organización o una revocada): pida un paquete firmado de nuevo</translation>
    </message>
    <message>
        <source>the package&apos;s signature does not match its content (altered or damaged)</source>
        <translation>la firma del paquete no coincide con su contenido (alterado o dañado)</translation>
    </message>
    <message>
        <source>the package was signed for another workstation</source>
        <translation>el paquete se firmó para otro puesto</translation>
    </message>
    <message>
        <source>the package&apos;s content does not match its signature (altered)</source>
        <translation>el contenido del paquete no coincide con su firma (alterado)</translation>
    </message>
    <message>
        <source>the package&apos;s header names another package than its signature</source>
        <translation>la cabecera del paquete indica otro paquete que su firma</translation>
    </message>
    <message>
        <source>{organisation} accepts signed packages only (.rpkg files); this package is not signed</source>
        <translation>{organisation} solo acepta paquetes firmados (archivos .rpkg); este paquete no está firmado</translation>
    </message>
    <message>
        <source>{file} cannot be read</source>
        <translation>no se puede leer {file}</translation>
    </message>
    <message>
        <source>{file} is too large</source>
        <translation>{file} es demasiado grande</translation>
    </message>
    <message>
        <source>there are no workstation keys or profile to sign the export with</source>
        <translation>no hay claves del puesto ni perfil con los que firmar la exportación</translation>
    </message>
    <message>
        <source>the organisation file cannot be checked: {path} cannot be read</source>
        <translation>el archivo de la organización no se puede comprobar: no se puede leer {path}</translation>
    </message>
    <message>
        <source>the organisation file is refused: {path} is a symbolic link</source>
        <translation>se rechaza el archivo de la organización: {path} es un enlace simbólico</translation>
    </message>
    <message>
        <source>the organisation file is refused: {path} is not owned by root</source>
        <translation>se rechaza el archivo de la organización: {path} no pertenece a root</translation>
    </message>
    <message>
        <source>the organisation file is refused: {path} is writable by group or others</source>
        <translation>se rechaza el archivo de la organización: {path} lo pueden modificar el grupo u otros</translation>
    </message>
    <message>
        <source>the organisation file is refused: {path} is not a regular file</source>
        <translation>se rechaza el archivo de la organización: {path} no es un archivo normal</translation>
    </message>
    <message>
        <source>the organisation file {path} is too large</source>
        <translation>el archivo de la organización {path} es demasiado grande</translation>
    </message>
    <message>
        <source>the organisation&apos;s settings are not valid at {field}: they may hold only defaults and locked values of known settings</source>
        <translation>los ajustes de la organización no son válidos en {field}: solo pueden contener valores predeterminados y bloqueados de ajustes conocidos</translation>
    </message>
    <message>
        <source>the library {library} is not installed (on Debian and Ubuntu: sudo apt install {package})</source>
        <translation>la biblioteca {library} no está instalada (en Debian y Ubuntu: sudo apt install {package})</translation>
    </message>
    <message>
        <source>the library {library}, which comes with Reviewer, is missing: reinstall Reviewer</source>
        <translation>falta la biblioteca {library}, que viene con Reviewer: vuelva a instalar Reviewer</translation>
    </message>
    <message>
        <source>no display is available for the window</source>
        <translation>no hay ninguna pantalla disponible para la ventana</translation>
    </message>
    <message>
        <source>the clip could not be escalated</source>
        <translation>no se ha podido escalar el clip</translation>
    </message>
    <message>
        <source>this workstation&apos;s profile names no leads to escalate to. The clip is locked and kept; it will be escalated by itself once a profile with escalation recipients is installed</source>
        <translation>el perfil de este puesto no indica ningún responsable al que escalar. El clip queda bloqueado y se conserva; se escalará solo en cuanto se instale un perfil con destinatarios de escaladas</translation>
    </message>
    <message>
        <source>this workstation&apos;s profile names no escalations folder. The clip is locked and kept; it will be escalated by itself once a profile with one is installed</source>
        <translation>el perfil de este puesto no indica ninguna carpeta de escaladas. El clip queda bloqueado y se conserva; se escalará solo en cuanto se instale un perfil que la indique</translation>
    </message>
    <message>
        <source>the escalations folder cannot be written; the clip is locked and kept, and the escalation is tried again at the next start. Check the folder</source>
        <translation>no se puede escribir en la carpeta de escaladas; el clip queda bloqueado y se conserva, y la escalada se volverá a intentar en el próximo inicio. Compruebe la carpeta</translation>
    </message>
    <message>
        <source>the note is longer than {maximum} characters</source>
        <translation>la nota tiene más de {maximum} caracteres</translation>
    </message>
    <message>
        <source>the envelope cannot be opened: it is not addressed to you, damaged or altered</source>
        <translation>el sobre no se puede abrir: no va dirigido a usted, está dañado o se ha alterado</translation>
    </message>
    <message>
        <source>there are no exchange settings on this workstation yet</source>
        <translation>este puesto aún no tiene ajustes de intercambio</translation>
    </message>
    <message>
        <source>the exchange settings cannot be read</source>
        <translation>no se pueden leer los ajustes de intercambio</translation>
    </message>
    <message>
        <source>the exchange settings are not well formed</source>
        <translation>los ajustes de intercambio no tienen un formato válido</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>frase de contraseña incorrecta</translation>
    </message>
    <message>
        <source>there are no lead keys in this workspace: run `reviewer lead init` first</source>
        <translation>no hay claves de responsable en este espacio de trabajo: ejecute primero `reviewer lead init`</translation>
    </message>
    <message>
        <source>the lead key id file is missing or damaged, so the keys cannot be opened</source>
        <translation>falta el archivo de identificador de claves del responsable o está dañado, así que las claves no se pueden abrir</translation>
    </message>
    <message>
        <source>the lead key file is damaged or not a lead key file</source>
        <translation>el archivo de claves del responsable está dañado o no es un archivo de claves de responsable</translation>
    </message>
    <message>
        <source>the keyring entry for your lead keys is missing on this account, so nothing can be opened here</source>
        <translation>falta en esta cuenta la entrada del llavero para sus claves de responsable, así que aquí no se puede abrir nada</translation>
    </message>
    <message>
        <source>the lead name must be a pseudonym of letters, digits and a few punctuation marks</source>
        <translation>el nombre del responsable debe ser un seudónimo de letras, cifras y algunos signos de puntuación</translation>
    </message>
    <message>
        <source>this workspace already holds lead keys; nothing was changed</source>
        <translation>este espacio de trabajo ya contiene claves de responsable; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>the escalations folder does not exist or is not a folder</source>
        <translation>la carpeta de escaladas no existe o no es una carpeta</translation>
    </message>
    <message>
        <source>there is no such case in the inbox</source>
        <translation>ese caso no está en la bandeja de entrada</translation>
    </message>
    <message>
        <source>the lead profile names no escalations folder</source>
        <translation>el perfil del responsable no indica ninguna carpeta de escaladas</translation>
    </message>
    <message>
        <source>the lead profile names no outbox folder</source>
        <translation>el perfil del responsable no indica ninguna carpeta de salida</translation>
    </message>
    <message>
        <source>the comment is longer than {maximum} characters</source>
        <translation>el comentario tiene más de {maximum} caracteres</translation>
    </message>
    <message>
        <source>the profile names no outbox folder for decision records</source>
        <translation>el perfil no indica ninguna carpeta de salida para los registros de decisión</translation>
    </message>
    <message>
        <source>write in the comment why the decision changes; the comment goes into the new record</source>
        <translation>escriba en el comentario por qué cambia la decisión; el comentario pasa al nuevo registro</translation>
    </message>
    <message>
        <source>this case has no decision yet, so there is nothing to change</source>
        <translation>este caso aún no tiene decisión, así que no hay nada que cambiar</translation>
    </message>
    <message>
        <source>“{decision}” is already the decision on this case</source>
        <translation>«{decision}» ya es la decisión de este caso</translation>
    </message>
    <message>
        <source>this case is already decided: “{decision}”. To decide differently, choose Change decision: the new record supersedes this one, and both are kept</source>
        <translation>este caso ya está decidido: «{decision}». Para decidir otra cosa, elija «Cambiar la decisión»: el nuevo registro sustituye a este y se conservan los dos</translation>
    </message>
    <message>
        <source>the outbox folder cannot be written, so the decision was not recorded: check the folder and try again</source>
        <translation>no se puede escribir en la carpeta de salida, así que la decisión no se ha registrado: compruebe la carpeta e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>this is not a valid disclosure request</source>
        <translation>esta no es una solicitud de divulgación válida</translation>
    </message>
    <message>
        <source>you have signed this request already; a second, different lead must co-sign it</source>
        <translation>ya ha firmado esta solicitud; debe cofirmarla un segundo responsable distinto</translation>
    </message>
    <message>
        <source>signature {number} is by a lead the profile does not list</source>
        <translation>la firma {number} es de un responsable que el perfil no incluye</translation>
    </message>
    <message>
        <source>signature {number} is by a lead who signed already</source>
        <translation>la firma {number} es de un responsable que ya había firmado</translation>
    </message>
    <message>
        <source>signature {number} does not match the request (edited content or a bad signature)</source>
        <translation>la firma {number} no coincide con la solicitud (contenido modificado o firma incorrecta)</translation>
    </message>
    <message>
        <source>the request needs signatures from {required} different leads; it has {found}</source>
        <translation>la solicitud necesita firmas de {required} responsables distintos; tiene {found}</translation>
    </message>
    <message>
        <source>the request file cannot be read</source>
        <translation>no se puede leer el archivo de la solicitud</translation>
    </message>
    <message>
        <source>signature {number} does not verify, so the request is not co-signed</source>
        <translation>la firma {number} no se puede verificar, así que la solicitud no se cofirma</translation>
    </message>
    <message>
        <source>the request names no valid case id</source>
        <translation>la solicitud no indica ningún identificador de caso válido</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>se ha denegado el acceso</translation>
    </message>
    <message>
        <source>write why you are opening this case</source>
        <translation>escriba por qué abre este caso</translation>
    </message>
    <message>
        <source>the reason must be at least {minimum} characters</source>
        <translation>el motivo debe tener al menos {minimum} caracteres</translation>
    </message>
    <message>
        <source>this envelope cannot be opened: it is not addressed to you, damaged or altered</source>
        <translation>este sobre no se puede abrir: no va dirigido a usted, está dañado o se ha alterado</translation>
    </message>
    <message>
        <source>another gate window or command is checking an attempt: try again in a moment</source>
        <translation>otra ventana de acceso u orden está comprobando un intento: inténtelo de nuevo dentro de un momento</translation>
    </message>
    <message>
        <source>the gate&apos;s lock file cannot be opened, so no attempt can be checked</source>
        <translation>no se puede abrir el archivo de bloqueo del control de acceso, así que no se puede comprobar ningún intento</translation>
    </message>
    <message>
        <source>the gate&apos;s record of attempts cannot be used, so nothing was opened</source>
        <translation>no se puede usar el registro de intentos del control de acceso, así que no se ha abierto nada</translation>
    </message>
    <message>
        <source>the gate&apos;s record of failed attempts and used codes was missing or damaged, so the longest back-off applies: try again in {minutes} minutes</source>
        <translation>faltaba el registro de intentos fallidos y códigos usados o estaba dañado, así que se aplica la espera más larga: inténtelo de nuevo dentro de {minutes} minutos</translation>
    </message>
    <message>
        <source>too many failed attempts: wait {seconds} s before trying again</source>
        <translation>demasiados intentos fallidos: espere {seconds} s antes de volver a intentarlo</translation>
    </message>
    <message>
        <source>the gate&apos;s record of failed attempts and used codes was missing or damaged, so the longest back-off applies: wait {seconds} s before trying again</source>
        <translation>faltaba el registro de intentos fallidos y códigos usados o estaba dañado, así que se aplica la espera más larga: espere {seconds} s antes de volver a intentarlo</translation>
    </message>
    <message>
        <source>the code is wrong or no longer current</source>
        <translation>el código es incorrecto o ya no es el actual</translation>
    </message>
    <message>
        <source>that code was used already: wait for the next one</source>
        <translation>ese código ya se ha usado: espere al siguiente</translation>
    </message>
    <message>
        <source>the gate could not record this attempt (its state file or keyring entry cannot be written), so nothing was opened</source>
        <translation>el control de acceso no ha podido registrar este intento (no se puede escribir su archivo de estado ni su entrada del llavero), así que no se ha abierto nada</translation>
    </message>
    <message>
        <source>this case is not open: pass the gate first</source>
        <translation>este caso no está abierto: pase primero el control de acceso</translation>
    </message>
    <message>
        <source>access ended after 10 idle minutes: pass the gate again</source>
        <translation>el acceso terminó tras 10 minutos de inactividad: vuelva a pasar el control de acceso</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <source>Package refused</source>
        <translation>Paquete rechazado</translation>
    </message>
    <message numerus="yes">
        <source>This package was refused: %n problem(s) found. Nothing from it was stored. Send this report to whoever gave you the package.</source>
        <translation>
            <numerusform>Este paquete se ha rechazado: se ha encontrado %n problema. No se ha guardado nada de él. Envíe este informe a quien le dio el paquete.</numerusform>
            <numerusform>Este paquete se ha rechazado: se han encontrado %n problemas. No se ha guardado nada de él. Envíe este informe a quien le dio el paquete.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Distressing or possibly criminal content: seal this clip to the leads</source>
        <translation>Contenido angustiante o posiblemente delictivo: sellar este clip para los responsables</translation>
    </message>
    <message>
        <source>Current clip</source>
        <translation>Clip actual</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Omitir…</translation>
    </message>
    <message>
        <source>Skip this clip with a reason</source>
        <translation>Omitir este clip indicando un motivo</translation>
    </message>
    <message>
        <source>Submit and next</source>
        <translation>Enviar y siguiente</translation>
    </message>
    <message>
        <source>Save this clip as done and open the next one</source>
        <translation>Guardar este clip como terminado y abrir el siguiente</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Escalar…</translation>
    </message>
    <message>
        <source>No clip open</source>
        <translation>Ningún clip abierto</translation>
    </message>
    <message>
        <source>Clip {ordinal} / {total} · {duration}</source>
        <translation>Clip {ordinal} / {total} · {duration}</translation>
    </message>
    <message>
        <source>Package {package} · {clip}</source>
        <translation>Paquete {package} · {clip}</translation>
    </message>
    <message>
        <source>Clip {ordinal} of {total}, {seconds} seconds</source>
        <translation>Clip {ordinal} de {total}, {seconds} segundos</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Not saved: {problems}</source>
        <translation>No guardado: {problems}</translation>
    </message>
    <message>
        <source>each key can do one thing: {problem}</source>
        <translation>cada tecla puede hacer una sola cosa: {problem}</translation>
    </message>
    <message>
        <source>{key} belongs to the transcript (it {does} there): choose another key for “{action}”</source>
        <translation>{key} pertenece a la transcripción (allí: {does}): elija otra tecla para «{action}»</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Establecido por su organización</translation>
    </message>
    <message>
        <source> (set by your organisation)</source>
        <translation> (establecido por su organización)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Play each clip when it opens</source>
        <translation>Reproducir cada clip al abrirlo</translation>
    </message>
    <message>
        <source>Never for clips with a content warning</source>
        <translation>Nunca en clips con advertencia de contenido</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (predeterminado)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Tamaño del sistema</translation>
    </message>
    <message>
        <source> min of work</source>
        <translation> min de trabajo</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> clips with a content warning</source>
        <translation> clips con advertencia de contenido</translation>
    </message>
    <message>
        <source>&amp;Jump length</source>
        <translation>&amp;Longitud del salto</translation>
    </message>
    <message>
        <source>&amp;Back-step on resume</source>
        <translation>&amp;Retroceso al reanudar</translation>
    </message>
    <message>
        <source>&amp;Replay the last</source>
        <translation>&amp;Repetir los últimos</translation>
    </message>
    <message>
        <source>Audio &amp;device</source>
        <translation>&amp;Dispositivo de audio</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>&amp;Tamaño de letra</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation>Se aplica en el próximo inicio</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Suggest a break after (&amp;minutes)</source>
        <translation>Sugerir un descanso tras (&amp;minutos)</translation>
    </message>
    <message>
        <source>… or after (&amp;warnings)</source>
        <translation>… o tras (&amp;advertencias)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Keys you change below apply on top of the keymap</source>
        <translation>Las teclas que cambie abajo se aplican sobre la distribución</translation>
    </message>
    <message>
        <source>&amp;Keymap</source>
        <translation>Distri&amp;bución de teclas</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problema de configuración</translation>
    </message>
    <message>
        <source>{key} is used by both “{first}” and “{second}”</source>
        <translation>{key} se usa tanto para «{first}» como para «{second}»</translation>
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
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Shortcuts (change them in Settings)</source>
        <translation>&amp;Atajos (cámbielos en Configuración)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>sin tecla</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Skip this clip</source>
        <translation>Omitir este clip</translation>
    </message>
    <message>
        <source>Why are you skipping this clip? Skipping carries no penalty.</source>
        <translation>¿Por qué omite este clip? Omitirlo no conlleva ninguna penalización.</translation>
    </message>
    <message>
        <source>In your own words (optional)</source>
        <translation>Con sus propias palabras (opcional)</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
</context>
<context>
    <name>Standing</name>
    <message numerus="yes">
        <source>%n finished clip(s) never exported</source>
        <translation>
            <numerusform>%n clip terminado nunca exportado</numerusform>
            <numerusform>%n clips terminados nunca exportados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished clip(s)</source>
        <translation>
            <numerusform>%n clip sin terminar</numerusform>
            <numerusform>%n clips sin terminar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s) interrupted or held back earlier were sealed to the leads now; those clips are erased.</source>
        <translation>
            <numerusform>%n escalada interrumpida o retenida antes se ha sellado ahora para los responsables; ese clip se ha borrado.</numerusform>
            <numerusform>%n escaladas interrumpidas o retenidas antes se han sellado ahora para los responsables; esos clips se han borrado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s) are locked, waiting to be escalated: this workstation&apos;s profile cannot send escalations yet (ask your organisation for one that names the leads).</source>
        <translation>
            <numerusform>%n clip está bloqueado, esperando a escalarse: el perfil de este puesto aún no puede enviar escaladas (pida a su organización uno que indique los responsables).</numerusform>
            <numerusform>%n clips están bloqueados, esperando a escalarse: el perfil de este puesto aún no puede enviar escaladas (pida a su organización uno que indique los responsables).</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo mode: a throwaway workspace with an ephemeral in-memory key and its own throwaway organisation (not yours: it signs only this demo); nothing is kept after the window closes.</source>
        <translation>Modo demo: un espacio de trabajo desechable con una clave efímera solo en memoria y su propia organización desechable (no la suya: solo firma esta demo); no se conserva nada al cerrar la ventana.</translation>
    </message>
    <message>
        <source>Package {number} passed its retention date ({date}) and was deleted.</source>
        <translation>El paquete {number} superó su fecha de conservación ({date}) y se ha eliminado.</translation>
    </message>
    <message>
        <source>Package {number} passed its retention date ({date}) and was deleted: {lost}.</source>
        <translation>El paquete {number} superó su fecha de conservación ({date}) y se ha eliminado: {lost}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>This installation is not managed yet: there is no {file}. You can try the demo; to review real work, ask IT to install the organisation file.</source>
        <translation>Esta instalación aún no está gestionada: no existe {file}. Puede probar la demo; para revisar trabajo real, pida al departamento de TI que instale el archivo de la organización.</translation>
    </message>
    <message>
        <source>This workstation&apos;s profile cannot be used: {reason}.</source>
        <translation>El perfil de este puesto no se puede usar: {reason}.</translation>
    </message>
    <message>
        <source>This workstation is not enrolled yet. Run `reviewer enroll --request request.json`, send request.json to your organisation, then run `reviewer enroll profile.json` with the signed profile it sends back.</source>
        <translation>Este puesto aún no está inscrito. Ejecute `reviewer enroll --request request.json`, envíe request.json a su organización y luego ejecute `reviewer enroll profile.json` con el perfil firmado que le devuelva.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Autosave</source>
        <translation>Guardado automático</translation>
    </message>
    <message>
        <source>Time on this clip</source>
        <translation>Tiempo en este clip</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>Session progress bar</source>
        <translation>Barra de progreso de la sesión</translation>
    </message>
    <message>
        <source>%p% finished</source>
        <translation>%p % terminado</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Import progress bar</source>
        <translation>Barra de progreso de la importación</translation>
    </message>
    <message>
        <source>Done {done} · Skipped {skipped} · Escalated {escalated} · Left {left}</source>
        <translation>Terminados {done} · Omitidos {skipped} · Escalados {escalated} · Pendientes {left}</translation>
    </message>
    <message>
        <source>On this clip {time}</source>
        <translation>En este clip {time}</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s) arrived from the exchange.</source>
        <translation>
            <numerusform>%n clip llegó del intercambio.</numerusform>
            <numerusform>%n clips llegaron del intercambio.</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync {time}</source>
        <translation>última sincronización {time}</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nunca sincronizado</translation>
    </message>
    <message>
        <source>Sync stopped, restarting</source>
        <translation>Sincronización detenida, reiniciando</translation>
    </message>
    <message>
        <source>Sync not running</source>
        <translation>La sincronización no está en marcha</translation>
    </message>
    <message>
        <source>Synced {time}</source>
        <translation>Sincronizado {time}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Store unreachable</source>
        <translation>Almacén inaccesible</translation>
    </message>
    <message>
        <source>Proxy unreachable</source>
        <translation>Proxy inaccesible</translation>
    </message>
    <message>
        <source>Store not answering properly</source>
        <translation>El almacén no responde correctamente</translation>
    </message>
    <message>
        <source>Exchange folder unavailable</source>
        <translation>Carpeta de intercambio no disponible</translation>
    </message>
    <message>
        <source>The store refused this workstation&apos;s key: ask IT to check it</source>
        <translation>El almacén ha rechazado la clave de este puesto: pida al departamento de TI que la revise</translation>
    </message>
    <message>
        <source>The store refused this workstation access: ask IT to check its permissions</source>
        <translation>El almacén ha denegado el acceso a este puesto: pida al departamento de TI que revise sus permisos</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off: set it and sync will resume</source>
        <translation>El reloj de este ordenador no está en hora: póngalo en hora y la sincronización se reanudará</translation>
    </message>
    <message>
        <source>The exchange&apos;s bucket does not exist on the store: ask IT</source>
        <translation>El bucket del intercambio no existe en el almacén: consulte al departamento de TI</translation>
    </message>
    <message>
        <source>The store&apos;s certificate is not trusted: ask IT</source>
        <translation>El certificado del almacén no es de confianza: consulte al departamento de TI</translation>
    </message>
    <message>
        <source>The store&apos;s certificate is for another address: ask IT</source>
        <translation>El certificado del almacén es para otra dirección: consulte al departamento de TI</translation>
    </message>
    <message>
        <source>The proxy&apos;s certificate is not trusted: ask IT</source>
        <translation>El certificado del proxy no es de confianza: consulte al departamento de TI</translation>
    </message>
    <message>
        <source>The proxy&apos;s certificate is for another address: ask IT</source>
        <translation>El certificado del proxy es para otra dirección: consulte al departamento de TI</translation>
    </message>
    <message>
        <source>The store&apos;s address in the exchange settings is not allowed: ask IT</source>
        <translation>La dirección del almacén en los ajustes de intercambio no está permitida: consulte al departamento de TI</translation>
    </message>
    <message>
        <source>No exchange credentials on this workstation: ask IT</source>
        <translation>No hay credenciales de intercambio en este puesto: consulte al departamento de TI</translation>
    </message>
    <message>
        <source>The exchange credentials on this workstation are damaged: ask IT to store them again</source>
        <translation>Las credenciales de intercambio de este puesto están dañadas: pida al departamento de TI que las vuelva a guardar</translation>
    </message>
    <message>
        <source>No exchange settings on this workstation: ask IT</source>
        <translation>No hay ajustes de intercambio en este puesto: consulte al departamento de TI</translation>
    </message>
    <message>
        <source>The exchange settings cannot be read: ask IT</source>
        <translation>No se pueden leer los ajustes de intercambio: consulte al departamento de TI</translation>
    </message>
    <message>
        <source>The exchange settings cannot be used: ask IT</source>
        <translation>Los ajustes de intercambio no se pueden usar: consulte al departamento de TI</translation>
    </message>
    <message>
        <source>The organisation&apos;s CA certificates cannot be used: ask IT</source>
        <translation>Los certificados de CA de la organización no se pueden usar: consulte al departamento de TI</translation>
    </message>
    <message>
        <source>The exchange folder refused access: ask IT</source>
        <translation>La carpeta de intercambio ha denegado el acceso: consulte al departamento de TI</translation>
    </message>
    <message>
        <source>This workstation&apos;s exchange name is not valid: ask IT</source>
        <translation>El nombre de intercambio de este puesto no es válido: consulte al departamento de TI</translation>
    </message>
    <message>
        <source>The store refused this workstation: ask IT</source>
        <translation>El almacén ha rechazado este puesto: consulte al departamento de TI</translation>
    </message>
    <message>
        <source>Sync refused its settings as not trusted: ask IT</source>
        <translation>La sincronización ha rechazado sus ajustes por no ser de confianza: consulte al departamento de TI</translation>
    </message>
    <message>
        <source>Sync refused its settings: ask IT</source>
        <translation>La sincronización ha rechazado sus ajustes: consulte al departamento de TI</translation>
    </message>
    <message>
        <source>Sync stopped: ask IT</source>
        <translation>Sincronización detenida: consulte al departamento de TI</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>%n waiting to upload</source>
        <translation>
            <numerusform>%n pendiente de subir</numerusform>
            <numerusform>%n pendientes de subir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptEditor</name>
    <message>
        <source>{added}, {removed} vs the automatic transcript</source>
        <translation>{added}, {removed} respecto a la transcripción automática</translation>
    </message>
    <message>
        <source>{added}, {removed} vs the prior transcript</source>
        <translation>{added}, {removed} respecto a la transcripción anterior</translation>
    </message>
    <message>
        <source>Nothing typed yet</source>
        <translation>Aún no se ha escrito nada</translation>
    </message>
    <message>
        <source>No reference transcript</source>
        <translation>Sin transcripción de referencia</translation>
    </message>
    <message>
        <source>Automatic transcript</source>
        <translation>Transcripción automática</translation>
    </message>
    <message>
        <source>Start from this</source>
        <translation>Partir de esta</translation>
    </message>
    <message>
        <source>Copy the automatic transcript into the editor</source>
        <translation>Copiar la transcripción automática en el editor</translation>
    </message>
    <message>
        <source>Assistant answered</source>
        <translation>Respuesta del asistente</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transcripción</translation>
    </message>
    <message>
        <source>Type what the speaker said…</source>
        <translation>Escriba lo que dijo la persona que habla…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Difference count</source>
        <translation>Número de diferencias</translation>
    </message>
    <message>
        <source>Prior transcript</source>
        <translation>Transcripción anterior</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Assistant answered: {response}</source>
        <translation>El asistente respondió: {response}</translation>
    </message>
    <message>
        <source>Critical: {category}</source>
        <translation>Crítico: {category}</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadida</numerusform>
            <numerusform>%n añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n quitada</numerusform>
            <numerusform>%n quitadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Waveform</name>
    <message>
        <source>Start / end the selection at the playhead (it loops while playing)</source>
        <translation>Iniciar / terminar la selección en el cabezal (se repite en bucle durante la reproducción)</translation>
    </message>
    <message>
        <source>Move the selection&apos;s end</source>
        <translation>Mover el final de la selección</translation>
    </message>
    <message>
        <source>Move the selection&apos;s start</source>
        <translation>Mover el inicio de la selección</translation>
    </message>
    <message>
        <source>Clear the selection (stop looping)</source>
        <translation>Borrar la selección (detener el bucle)</translation>
    </message>
    <message>
        <source>Seek</source>
        <translation>Buscar posición</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Ampliar / reducir</translation>
    </message>
    <message>
        <source>Left and Right seek; Plus and Minus zoom. Select audio by dragging with the mouse, or with I and O (start and end at the playhead); Shift+Left and Shift+Right move the selection&apos;s end, Ctrl+Shift+Left and Ctrl+Shift+Right its start; Escape clears it. The selection loops while playing.</source>
        <translation>Izquierda y Derecha avanzan o retroceden; Más y Menos amplían o reducen. Seleccione audio arrastrando con el ratón, o con I y O (inicio y fin en el cabezal de reproducción); Mayús+Izquierda y Mayús+Derecha mueven el final de la selección, Ctrl+Mayús+Izquierda y Ctrl+Mayús+Derecha su inicio; Escape la borra. La selección se repite durante la reproducción.</translation>
    </message>
    <message>
        <source>{start}–{end} s</source>
        <translation>{start}–{end} s</translation>
    </message>
    <message>
        <source>Waveform</source>
        <translation>Forma de onda</translation>
    </message>
    <message>
        <source>Selected: {time}.</source>
        <translation>Seleccionado: {time}.</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Nada seleccionado.</translation>
    </message>
    <message>
        <source>Critical spans: {spans}.</source>
        <translation>Fragmentos críticos: {spans}.</translation>
    </message>
    <message>
        <source>Critical: {category}, {time}</source>
        <translation>Crítico: {category}, {time}</translation>
    </message>
    <message>
        <source>Spectrogram…</source>
        <translation>Espectrograma…</translation>
    </message>
    <message>
        <source>No audio loaded</source>
        <translation>No hay audio cargado</translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <source>Position {position} s of {duration} s.</source>
        <translation>Posición {position} s de {duration} s.</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Choose a sealed package (.rpkg), or a package folder or .zip where your organisation allows them</source>
        <translation>Elija un paquete sellado (.rpkg), o una carpeta de paquete o un .zip donde su organización lo permita</translation>
    </message>
    <message>
        <source>Everything works from the keyboard: {keys}. All keys are in Settings.</source>
        <translation>Todo funciona con el teclado: {keys}. Todas las teclas están en Configuración.</translation>
    </message>
    <message>
        <source>Everything works from the keyboard. All keys are in Settings.</source>
        <translation>Todo funciona con el teclado. Todas las teclas están en Configuración.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{key} plays</source>
        <translation>{key} reproduce</translation>
    </message>
    <message>
        <source>{key} submits and moves on</source>
        <translation>{key} envía y pasa al siguiente</translation>
    </message>
    <message>
        <source>{key} skips</source>
        <translation>{key} omite</translation>
    </message>
    <message>
        <source>Welcome to Reviewer</source>
        <translation>Bienvenido a Reviewer</translation>
    </message>
    <message>
        <source>Your queue is empty. Import the work package you were given to start transcribing. Packages are checked before anything is stored: a package that carries identity data (device, account, location, contacts) is refused, and everything you import stays encrypted on this computer.</source>
        <translation>Su cola está vacía. Importe el paquete de trabajo que le dieron para empezar a transcribir. Los paquetes se comprueban antes de guardar nada: un paquete que contenga datos de identidad (dispositivo, cuenta, ubicación, contactos) se rechaza, y todo lo que importe permanece cifrado en este equipo.</translation>
    </message>
    <message>
        <source>What this workstation still needs</source>
        <translation>Lo que aún necesita este puesto de trabajo</translation>
    </message>
    <message>
        <source>Import a package…</source>
        <translation>Importar un paquete…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Abrir la demo</translation>
    </message>
    <message>
        <source>Import the bundled demo package to try Reviewer</source>
        <translation>Importar el paquete de demo incluido para probar Reviewer</translation>
    </message>
</context>
<context>
    <name>Wellbeing</name>
    <message>
        <source>Go back to work</source>
        <translation>Volver al trabajo</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>En un descanso</translation>
    </message>
    <message>
        <source>The clip clock is stopped and nothing plays. Look away from the screen, stretch, get a drink of water. Take the time you need.</source>
        <translation>El reloj del clip está detenido y no se reproduce nada. Aparte la vista de la pantalla, estírese, beba un vaso de agua. Tómese el tiempo que necesite.</translation>
    </message>
    <message>
        <source>Break time</source>
        <translation>Tiempo de descanso</translation>
    </message>
    <message>
        <source>&amp;Resume work</source>
        <translation>&amp;Reanudar el trabajo</translation>
    </message>
    <message>
        <source>How to resume</source>
        <translation>Cómo reanudar</translation>
    </message>
    <message>
        <source>Press Return to resume, or {key}.</source>
        <translation>Pulse Intro o {key} para reanudar.</translation>
    </message>
    <message>
        <source>Press Return to resume.</source>
        <translation>Pulse Intro para reanudar.</translation>
    </message>
    <message>
        <source>Break suggestion</source>
        <translation>Sugerencia de descanso</translation>
    </message>
    <message>
        <source>Take a &amp;break</source>
        <translation>Tomar un &amp;descanso</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>A&amp;hora no</translation>
    </message>
    <message>
        <source>On a break: the clip clock is stopped.</source>
        <translation>En un descanso: el reloj del clip está detenido.</translation>
    </message>
    <message numerus="yes">
        <source>You have worked %n minute(s) since your last break.</source>
        <translation>
            <numerusform>Ha trabajado %n minuto desde su último descanso.</numerusform>
            <numerusform>Ha trabajado %n minutos desde su último descanso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have opened %n clip(s) with a content warning since your last break.</source>
        <translation>
            <numerusform>Ha abierto %n clip con advertencia de contenido desde su último descanso.</numerusform>
            <numerusform>Ha abierto %n clips con advertencia de contenido desde su último descanso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Answer the required question: {prompt}</source>
        <translation>Responda a la pregunta obligatoria: {prompt}</translation>
    </message>
    <message>
        <source>Pick one of the offered answers: {prompt}</source>
        <translation>Elija una de las respuestas ofrecidas: {prompt}</translation>
    </message>
    <message>
        <source>Answer yes or no: {prompt}</source>
        <translation>Responda sí o no: {prompt}</translation>
    </message>
    <message>
        <source>Type the transcript, or flag the clip (no speech, unintelligible, ...)</source>
        <translation>Escriba la transcripción o marque el clip (sin habla, ininteligible, …)</translation>
    </message>
    <message>
        <source>Choose at least one critical-data category</source>
        <translation>Elija al menos una categoría de datos críticos</translation>
    </message>
    <message>
        <source>Not submitted: {problems}</source>
        <translation>No enviado: {problems}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <source>Not saved: {reason} — retrying</source>
        <translation>No guardado: {reason} — reintentando</translation>
    </message>
    <message>
        <source>That clip cannot be opened: {detail}</source>
        <translation>Ese clip no se puede abrir: {detail}</translation>
    </message>
    <message>
        <source>The clip&apos;s opening could not be recorded: {detail}</source>
        <translation>No se ha podido registrar la apertura del clip: {detail}</translation>
    </message>
    <message>
        <source>The clip&apos;s audio could not be opened: {detail}</source>
        <translation>No se ha podido abrir el audio del clip: {detail}</translation>
    </message>
    <message>
        <source>The clip was not finished: {detail}</source>
        <translation>El clip no se ha terminado: {detail}</translation>
    </message>
    <message>
        <source>Every clip in the queue is finished. Export your results from the File menu.</source>
        <translation>Todos los clips de la cola están terminados. Exporte sus resultados desde el menú Archivo.</translation>
    </message>
    <message>
        <source>Nothing to copy: no clip submitted before this one in this session answered a question with the same id and kind.</source>
        <translation>Nada que copiar: ningún clip enviado antes que este en esta sesión respondió a una pregunta con el mismo id y tipo.</translation>
    </message>
    <message>
        <source>Answers copied from the previous clip: {detail}</source>
        <translation>Respuestas copiadas del clip anterior: {detail}</translation>
    </message>
    <message>
        <source>{prompt}: {answer}</source>
        <translation>{prompt}: {answer}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>This clip has no question {number}.</source>
        <translation>Este clip no tiene pregunta {number}.</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
</context>
</TS>
