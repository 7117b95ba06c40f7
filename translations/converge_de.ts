<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionRegistry</name>
    <message>
        <source>There is no action “%1”.</source>
        <translation>Es gibt keine Aktion „%1“.</translation>
    </message>
    <message>
        <source>There is no expectation “%1”.</source>
        <translation>Es gibt keine Erwartung „%1“.</translation>
    </message>
</context>
<context>
    <name>AnnouncementLogModel</name>
    <message>
        <source>Assertive</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Polite</source>
        <translation>Höflich</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Politeness</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Ansage</translation>
    </message>
</context>
<context>
    <name>AnnouncementLogPanel</name>
    <message>
        <source>What a screen reader would hear</source>
        <translation>Was ein Screenreader hören würde</translation>
    </message>
    <message>
        <source>Announcement log</source>
        <translation>Ansagenprotokoll</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Protokoll leeren</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The server can&apos;t be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The connection broke before the server answered.</source>
        <translation>Die Verbindung brach ab, bevor der Server antwortete.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>Der Server hat zu lange nicht geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was garbled or cut off.</source>
        <translation>Die Antwort des Servers war verstümmelt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than the %1 bytes this app accepts.</source>
        <translation>Die Antwort des Servers war größer als die %1 Bytes, die diese App annimmt.</translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation>Der Server hat mit einem Fehler geantwortet (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not have the expected shape: %1</source>
        <translation>Die Antwort des Servers hatte nicht die erwartete Form: %1</translation>
    </message>
</context>
<context>
    <name>BackendActions</name>
    <message>
        <source>Another device favorites or unfavorites an item (args: itemId, favorite; both optional)</source>
        <translation>Ein anderes Gerät markiert ein Element als Favorit oder entfernt es (Argumente: itemId, favorite; beide optional)</translation>
    </message>
    <message>
        <source>Reset the data to the seed</source>
        <translation>Daten auf den Seed zurücksetzen</translation>
    </message>
    <message>
        <source>A replica (args: replica; default every replica) has applied every write of the primary</source>
        <translation>Ein Replikat (Argument: replica; ohne Angabe jedes Replikat) hat jeden Schreibzugriff des Primärservers übernommen</translation>
    </message>
    <message>
        <source>replica %1 at LSN %2</source>
        <translation>Replikat %1 bei LSN %2</translation>
    </message>
    <message>
        <source>there is no replica %1</source>
        <translation>es gibt kein Replikat %1</translation>
    </message>
    <message>
        <source>primary at LSN %1, %2</source>
        <translation>Primärserver bei LSN %1, %2</translation>
    </message>
    <message>
        <source>caught up at LSN %1</source>
        <translation>aufgeholt bei LSN %1</translation>
    </message>
    <message>
        <source>The primary holds an item as favorite or not (args: itemId, favorite)</source>
        <translation>Der Primärserver führt ein Element als Favorit oder nicht (Argumente: itemId, favorite)</translation>
    </message>
    <message>
        <source>item %1 is a favorite</source>
        <translation>Element %1 ist ein Favorit</translation>
    </message>
    <message>
        <source>item %1 is not a favorite</source>
        <translation>Element %1 ist kein Favorit</translation>
    </message>
    <message>
        <source>there is no item %1</source>
        <translation>es gibt kein Element %1</translation>
    </message>
    <message>
        <source>Another device edits the profile&apos;s contact details (args: name, email; both optional)</source>
        <translation>Ein anderes Gerät bearbeitet die Kontaktdaten des Profils (args: name, email; beide optional)</translation>
    </message>
</context>
<context>
    <name>BackendControlsDock</name>
    <message>
        <source>Backend controls</source>
        <translation>Backend-Steuerung</translation>
    </message>
    <message>
        <source>Connected. Every change applies to the backend at once.</source>
        <translation>Verbunden. Jede Änderung gilt sofort für das Backend.</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <source>One click sets a group of knobs. A preset changes only the knobs it names; Instant clears everything.</source>
        <translation>Ein Klick setzt eine Gruppe von Reglern. Eine Voreinstellung ändert nur die Regler, die sie nennt; „Sofort“ setzt alles zurück.</translation>
    </message>
    <message>
        <source>Preset %1, %2</source>
        <translation>Voreinstellung %1, %2</translation>
    </message>
    <message>
        <source>Preset “%1” applied: %2</source>
        <translation>Voreinstellung „%1“ angewendet: %2</translation>
    </message>
    <message>
        <source>Preset “%1” was refused: %2</source>
        <translation>Voreinstellung „%1“ wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>Latency per route class</source>
        <translation>Latenz je Anfrageart</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>What the one-off faults hit</source>
        <translation>Was die einmaligen Störungen treffen</translation>
    </message>
    <message>
        <source>The next writes hit whatever the person does next; a route waits for that kind of request.</source>
        <translation>„Nächste Schreibzugriffe“ trifft, was die Person als Nächstes tut; eine Route wartet auf diese Art von Anfrage.</translation>
    </message>
    <message>
        <source>&amp;Hit:</source>
        <translation>&amp;Trifft:</translation>
    </message>
    <message>
        <source>Fail &amp;next one</source>
        <translation>&amp;Nächste: Fehler</translation>
    </message>
    <message>
        <source>Fail the next one</source>
        <translation>Die nächste Anfrage scheitern lassen</translation>
    </message>
    <message>
        <source>The next request of the kind chosen above fails with 503.</source>
        <translation>Die nächste Anfrage der oben gewählten Art scheitert mit 503.</translation>
    </message>
    <message>
        <source>Number of requests to fail</source>
        <translation>Anzahl der Anfragen, die fehlschlagen sollen</translation>
    </message>
    <message>
        <source>Fail next N</source>
        <translation>Nächste N: Fehler</translation>
    </message>
    <message>
        <source>Fail the next N</source>
        <translation>Die nächsten N scheitern lassen</translation>
    </message>
    <message>
        <source>C&amp;lear one-off faults</source>
        <translation>Einmalige Störungen &amp;aufheben</translation>
    </message>
    <message>
        <source>Used: %1</source>
        <translation>Verbraucht: %1</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Überweisungen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>S&amp;eed</translation>
    </message>
    <message>
        <source>&amp;Apply seed</source>
        <translation>Seed an&amp;wenden</translation>
    </message>
    <message>
        <source>Apply seed and reset data</source>
        <translation>Seed anwenden und Daten zurücksetzen</translation>
    </message>
    <message>
        <source>Uses the seed and resets the data to what it produces.</source>
        <translation>Verwendet den Seed und setzt die Daten auf das zurück, was er erzeugt.</translation>
    </message>
    <message>
        <source>⚠ The seed is a whole number, such as 42.</source>
        <translation>⚠ Der Seed ist eine ganze Zahl, zum Beispiel 42.</translation>
    </message>
    <message>
        <source>&amp;Reset data to seed</source>
        <translation>Daten auf den Seed &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Items, profile, account and transfers go back to what the seed produces. Settings stay.</source>
        <translation>Elemente, Profil, Konto und Überweisungen kehren zu dem zurück, was der Seed erzeugt. Einstellungen bleiben.</translation>
    </message>
    <message>
        <source>Simulate another &amp;device</source>
        <translation>Anderes &amp;Gerät simulieren</translation>
    </message>
    <message>
        <source>Another device of the same person toggles the favorite of a random item.</source>
        <translation>Ein anderes Gerät derselben Person schaltet den Favoriten eines zufälligen Elements um.</translation>
    </message>
    <message>
        <source>⚠ The backend refused this: %1</source>
        <translation>⚠ Das Backend hat das abgelehnt: %1</translation>
    </message>
    <message>
        <source>The backend refused the change: %1</source>
        <translation>Das Backend hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Backend now: %1</source>
        <translation>Backend jetzt: %1</translation>
    </message>
    <message>
        <source>p95 +</source>
        <translation>p95 +</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Replikat %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>median </source>
        <translation>Median </translation>
    </message>
    <message>
        <source>p95 </source>
        <translation>p95 </translation>
    </message>
    <message>
        <source>base </source>
        <translation>Basis </translation>
    </message>
    <message>
        <source>+ up to </source>
        <translation>+ bis zu </translation>
    </message>
    <message>
        <source>⏸ Paused</source>
        <translation>⏸ Angehalten</translation>
    </message>
    <message>
        <source>▶ Applying</source>
        <translation>▶ Übernimmt</translation>
    </message>
    <message>
        <source>Replica %1 is paused</source>
        <translation>Replikat %1 ist angehalten</translation>
    </message>
    <message>
        <source>Replica %1 is applying writes</source>
        <translation>Replikat %1 übernimmt Schreibzugriffe</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume replica %1</source>
        <translation>Replikat %1 fortsetzen</translation>
    </message>
    <message>
        <source>Pause replica %1</source>
        <translation>Replikat %1 anhalten</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Another device edits the profile</source>
        <translation>Ein anderes Gerät bearbeitet das Profil</translation>
    </message>
    <message>
        <source>Another device changes the profile&apos;s display name, as if the person edited it on their phone. Save on the Profile screen to see what each pattern does with it.</source>
        <translation>Ein anderes Gerät ändert den Anzeigenamen des Profils, als hätte die Person ihn auf dem Handy bearbeitet. Speichere auf dem Profilbildschirm, um zu sehen, was jedes Muster daraus macht.</translation>
    </message>
    <message>
        <source>Photo cache</source>
        <translation>Foto-Cache</translation>
    </message>
    <message>
        <source>A cache in front of the profile&apos;s photo, like a CDN: it answers before the database, so a read pattern only helps when the cache lets the new photo through.</source>
        <translation>Ein Cache vor dem Profilfoto, wie ein CDN: Er antwortet vor der Datenbank, daher hilft ein Lesemuster nur, wenn der Cache das neue Foto durchlässt.</translation>
    </message>
    <message>
        <source>No cache</source>
        <translation>Kein Cache</translation>
    </message>
    <message>
        <source>Expires after a while (TTL)</source>
        <translation>Läuft nach einer Weile ab (TTL)</translation>
    </message>
    <message>
        <source>Updated on every upload (write-through)</source>
        <translation>Bei jedem Hochladen aktualisiert (Write-through)</translation>
    </message>
    <message>
        <source>Dropped when the upload&apos;s event arrives</source>
        <translation>Verworfen, wenn das Ereignis des Hochladens eintrifft</translation>
    </message>
    <message>
        <source>Version in the key (versioned URLs)</source>
        <translation>Version im Schlüssel (versionierte URLs)</translation>
    </message>
    <message>
        <source>Real PostgreSQL replicas: the cluster decides how many there are, and each holds every write back by the same delay, so only a fixed lag can be set.</source>
        <translation>Echte PostgreSQL-Replikate: Wie viele es gibt, bestimmt der Cluster, und jedes hält jeden Schreibzugriff um dieselbe Verzögerung zurück. Deshalb lässt sich nur eine feste Verzögerung einstellen.</translation>
    </message>
</context>
<context>
    <name>BackendSettings</name>
    <message>
        <source>The backend&apos;s settings were changed elsewhere (another app or a script on this backend).</source>
        <translation>Die Einstellungen des Backends wurden anderswo geändert (von einer anderen App oder einem Skript an diesem Backend).</translation>
    </message>
    <message>
        <source>The data was reset elsewhere.</source>
        <translation>Die Daten wurden anderswo zurückgesetzt.</translation>
    </message>
    <message>
        <source>Replica %1 was paused elsewhere.</source>
        <translation>Replikat %1 wurde anderswo angehalten.</translation>
    </message>
    <message>
        <source>Replica %1 was resumed elsewhere.</source>
        <translation>Replikat %1 wurde anderswo fortgesetzt.</translation>
    </message>
    <message>
        <source>Backend settings changed</source>
        <translation>Backend-Einstellungen geändert</translation>
    </message>
    <message>
        <source>The backend refused a change: %1</source>
        <translation>Das Backend hat eine Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Preset “%1”: %2</source>
        <translation>Voreinstellung „%1“: %2</translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation>%1 hat nicht funktioniert: %2</translation>
    </message>
    <message>
        <source>Replica %1 paused</source>
        <translation>Replikat %1 angehalten</translation>
    </message>
    <message>
        <source>Replica %1 resumed</source>
        <translation>Replikat %1 fortgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>Armed: fail the next %n write(s)</source>
        <translation>
            <numerusform>Aktiv: der nächste Schreibzugriff schlägt fehl</numerusform>
            <numerusform>Aktiv: die nächsten %n Schreibzugriffe schlagen fehl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Armed: %1 — fail the next %n</source>
        <translation>
            <numerusform>Aktiv: %1 – die nächste schlägt fehl</numerusform>
            <numerusform>Aktiv: %1 – die nächsten %n schlagen fehl</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending one-off faults cleared</source>
        <translation>Ausstehende einmalige Störungen aufgehoben</translation>
    </message>
    <message>
        <source>Data reset to seed %1</source>
        <translation>Daten auf Seed %1 zurückgesetzt</translation>
    </message>
    <message>
        <source>Seed set to %1</source>
        <translation>Seed auf %1 gesetzt</translation>
    </message>
    <message>
        <source>Another device favorited item %1</source>
        <translation>Ein anderes Gerät hat Element %1 als Favorit markiert</translation>
    </message>
    <message>
        <source>Another device unfavorited item %1</source>
        <translation>Ein anderes Gerät hat Element %1 aus den Favoriten entfernt</translation>
    </message>
    <message>
        <source>Could not read the items to pick one: %1</source>
        <translation>Die Elemente konnten nicht gelesen werden, um eines auszuwählen: %1</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>Es gibt kein Element %1.</translation>
    </message>
    <message>
        <source>Sam Morgan</source>
        <translation>Sam Morgan</translation>
    </message>
    <message>
        <source>Alex (phone)</source>
        <translation>Alex (Handy)</translation>
    </message>
    <message>
        <source>A. Morgan</source>
        <translation>A. Morgan</translation>
    </message>
    <message>
        <source>Another device changed the contact details</source>
        <translation>Ein anderes Gerät hat die Kontaktdaten geändert</translation>
    </message>
</context>
<context>
    <name>BackendStatus</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Waiting for the backend…</source>
        <translation>Warte auf das Backend…</translation>
    </message>
    <message>
        <source>Offline: every data request is dropped. Admin routes still answer.</source>
        <translation>Offline: Jede Datenanfrage wird verworfen. Admin-Routen antworten weiter.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>errors %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>hangs %1</source>
        <translation>Hänger %1</translation>
    </message>
    <message>
        <source>lost answers %1</source>
        <translation>verlorene Antworten %1</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>transfers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>replica %1 paused</source>
        <translation>Replikat %1 angehalten</translation>
    </message>
    <message>
        <source>no faults, no added latency</source>
        <translation>keine Störungen, keine zusätzliche Latenz</translation>
    </message>
</context>
<context>
    <name>BackendTimeBox</name>
    <message>
        <source>Backend time</source>
        <translation>Backend-Zeit</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Backend speed %1</source>
        <translation>Backend-Tempo %1</translation>
    </message>
    <message>
        <source>Slow the simulated backend down or freeze it; the app itself runs at its normal speed. Ctrl+Shift+F freezes or resumes.</source>
        <translation>Das simulierte Backend verlangsamen oder einfrieren; die App selbst läuft in ihrem normalen Tempo. Strg+Umschalt+F friert ein oder lässt weiterlaufen.</translation>
    </message>
    <message>
        <source>Step backend time</source>
        <translation>Backend-Zeit um einen Schritt weiter</translation>
    </message>
    <message>
        <source>While frozen: move backend time to what is due next (an answer, a replica catching up). Ctrl+Shift+S</source>
        <translation>Während eingefroren: die Backend-Zeit bis zum nächsten fälligen Ereignis vorstellen (eine Antwort, ein Replikat holt auf). Strg+Umschalt+S</translation>
    </message>
    <message>
        <source>Backend at normal speed.</source>
        <translation>Backend im normalen Tempo.</translation>
    </message>
    <message>
        <source>Real time: PostgreSQL&apos;s replicas replay as fast as they do, so the backend cannot slow down or freeze. Use a replica&apos;s lag or Pause instead.</source>
        <translation>Echtzeit: Die Replikate von PostgreSQL spielen so schnell nach, wie sie es eben tun, deshalb kann das Backend weder langsamer laufen noch anhalten. Nimm stattdessen die Verzögerung eines Replikats oder „Anhalten“.</translation>
    </message>
</context>
<context>
    <name>BackendTimeControl</name>
    <message>
        <source>Frozen</source>
        <translation>Eingefroren</translation>
    </message>
    <message>
        <source>%1×</source>
        <extracomment>A speed: &quot;0.25×&quot; is a quarter of normal speed.</extracomment>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Backend frozen</source>
        <translation>Backend eingefroren</translation>
    </message>
    <message>
        <source>Backend in slow motion %1</source>
        <translation>Backend in Zeitlupe %1</translation>
    </message>
    <message>
        <source>Backend sped up %1</source>
        <translation>Backend beschleunigt %1</translation>
    </message>
    <message>
        <source>Replaced by a newer speed</source>
        <translation>Durch ein neueres Tempo ersetzt</translation>
    </message>
    <message>
        <source>Backend time frozen</source>
        <translation>Backend-Zeit eingefroren</translation>
    </message>
    <message>
        <source>Backend time at %1</source>
        <translation>Backend-Zeit bei %1</translation>
    </message>
    <message>
        <source>Stepped backend time</source>
        <translation>Backend-Zeit weitergestellt</translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation>%1 hat nicht funktioniert: %2</translation>
    </message>
    <message>
        <source>Stepped to the next answer.</source>
        <translation>Weiter bis zur nächsten Antwort.</translation>
    </message>
    <message>
        <source>Stepped to the end of a read&apos;s wait.</source>
        <translation>Weiter bis zum Ende der Wartezeit eines Lesezugriffs.</translation>
    </message>
    <message>
        <source>Stepped to the next replica catching up.</source>
        <translation>Weiter, bis das nächste Replikat aufholt.</translation>
    </message>
    <message>
        <source>Stepped to the next transfer settling.</source>
        <translation>Weiter, bis die nächste Überweisung abgewickelt ist.</translation>
    </message>
    <message>
        <source>Nothing is waiting; backend time stays where it is.</source>
        <translation>Nichts wartet; die Backend-Zeit bleibt, wo sie ist.</translation>
    </message>
    <message>
        <source>Stepped backend time.</source>
        <translation>Backend-Zeit weitergestellt.</translation>
    </message>
</context>
<context>
    <name>ComponentGallery</name>
    <message>
        <source>Converge UX kit gallery</source>
        <translation>Converge-UX-Kit-Galerie</translation>
    </message>
    <message>
        <source>Component gallery</source>
        <translation>Komponentengalerie</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Save a change</source>
        <translation>Eine Änderung speichern</translation>
    </message>
    <message>
        <source>Save quickly</source>
        <translation>Schnell speichern</translation>
    </message>
    <message>
        <source>Fail a save</source>
        <translation>Speichern scheitern lassen</translation>
    </message>
    <message>
        <source>Lose the response</source>
        <translation>Antwort verlieren</translation>
    </message>
    <message>
        <source>Go offline</source>
        <translation>Offline gehen</translation>
    </message>
    <message>
        <source>Come back online</source>
        <translation>Wieder online gehen</translation>
    </message>
    <message>
        <source>Show an information toast</source>
        <translation>Eine Info-Benachrichtigung zeigen</translation>
    </message>
    <message>
        <source>Live badge and settings</source>
        <translation>Live-Badge und Einstellungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;:</source>
        <translation>„%1“:</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Bewegung reduzieren</translation>
    </message>
    <message>
        <source>Toast duration</source>
        <translation>Anzeigedauer</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Twice as long</source>
        <translation>Doppelt so lang</translation>
    </message>
    <message>
        <source>Four times as long</source>
        <translation>Viermal so lang</translation>
    </message>
    <message>
        <source>Until I dismiss them</source>
        <translation>Bis ich sie schließe</translation>
    </message>
    <message>
        <source>Toasts stay:</source>
        <translation>Benachrichtigungen bleiben:</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N moves focus to the newest toast and back.</source>
        <translation>Strg+Umschalt+N bringt den Fokus zur neuesten Benachrichtigung und zurück.</translation>
    </message>
    <message>
        <source>Dark palette</source>
        <translation>Dunkle Palette</translation>
    </message>
    <message>
        <source>Light palette</source>
        <translation>Helle Palette</translation>
    </message>
    <message>
        <source>Sync badges</source>
        <translation>Sync-Badges</translation>
    </message>
    <message>
        <source>After 400 ms of waiting: the spinner.</source>
        <translation>Nach 400 ms Warten: der Spinner.</translation>
    </message>
    <message>
        <source>Reduced motion: a still icon, never a spinner.</source>
        <translation>Reduzierte Bewegung: ein ruhiges Symbol, nie ein Spinner.</translation>
    </message>
    <message>
        <source>In a list</source>
        <translation>In einer Liste</translation>
    </message>
    <message>
        <source>Furniture (sample list)</source>
        <translation>Möbel (Beispielliste)</translation>
    </message>
    <message>
        <source>Toasts</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from favorites.</source>
        <translation>„%1“ aus den Favoriten entfernt.</translation>
    </message>
    <message>
        <source>3 changes saved.</source>
        <translation>3 Änderungen gespeichert.</translation>
    </message>
    <message>
        <source>Back online.</source>
        <translation>Wieder online.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>ConfigSchema</name>
    <message>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>uniform</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>lognormal</source>
        <translation>lognormal</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>The same seed gives the same data and the same sequence of random latencies and faults.</source>
        <translation>Derselbe Seed ergibt dieselben Daten und dieselbe Folge zufälliger Latenzen und Störungen.</translation>
    </message>
    <message>
        <source>%1 latency distribution</source>
        <translation>%1: Latenzverteilung</translation>
    </message>
    <message>
        <source>fixed: always the base. uniform: base plus 0 to jitter. normal: base ± jitter (one standard deviation). lognormal: median base, 95th percentile base + jitter.</source>
        <translation>fest: immer die Basis. uniform: Basis plus 0 bis Streuung. normal: Basis ± Streuung (eine Standardabweichung). lognormal: Median Basis, 95. Perzentil Basis + Streuung.</translation>
    </message>
    <message>
        <source>%1 latency base</source>
        <translation>%1: Latenz-Basis</translation>
    </message>
    <message>
        <source>%1 latency jitter</source>
        <translation>%1: Latenz-Streuung</translation>
    </message>
    <message>
        <source>%1 latency cap</source>
        <translation>%1: Latenz-Obergrenze</translation>
    </message>
    <message>
        <source>Upper bound of every sample; 0 = none.</source>
        <translation>Obergrenze jeder Stichprobe; 0 = keine.</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Share of data requests that fail with 503.</source>
        <translation>Anteil der Datenanfragen, die mit 503 scheitern.</translation>
    </message>
    <message>
        <source>Hang rate</source>
        <translation>Hängerquote</translation>
    </message>
    <message>
        <source>Share of data requests that never get an answer.</source>
        <translation>Anteil der Datenanfragen, die nie eine Antwort bekommen.</translation>
    </message>
    <message>
        <source>Lost-response rate</source>
        <translation>Quote verlorener Antworten</translation>
    </message>
    <message>
        <source>Share of writes that are applied but whose answer is lost.</source>
        <translation>Anteil der Schreibzugriffe, die ausgeführt werden, deren Antwort aber verloren geht.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Nothing answers on data routes.</source>
        <translation>Auf Datenrouten antwortet nichts.</translation>
    </message>
    <message>
        <source>Replica count</source>
        <translation>Anzahl der Replikate</translation>
    </message>
    <message>
        <source>Read replicas behind the primary (0 to 5). New replicas start with no lag.</source>
        <translation>Lese-Replikate hinter dem Primärserver (0 bis 5). Neue Replikate starten ohne Verzögerung.</translation>
    </message>
    <message>
        <source>Replica %1 lag model</source>
        <translation>Replikat %1: Verzögerungsmodell</translation>
    </message>
    <message>
        <source>fixed: always the lag. uniform: base plus 0 to jitter. lognormal: a median and a 95th percentile.</source>
        <translation>fest: immer die Verzögerung. uniform: Basis plus 0 bis Streuung. lognormal: ein Median und ein 95. Perzentil.</translation>
    </message>
    <message>
        <source>Replica %1 base lag</source>
        <translation>Replikat %1: Basisverzögerung</translation>
    </message>
    <message>
        <source>Replica %1 lag jitter</source>
        <translation>Replikat %1: Streuung der Verzögerung</translation>
    </message>
    <message>
        <source>Replica %1 median lag</source>
        <translation>Replikat %1: Median der Verzögerung</translation>
    </message>
    <message>
        <source>Replica %1 95th percentile lag</source>
        <translation>Replikat %1: 95. Perzentil der Verzögerung</translation>
    </message>
    <message>
        <source>Replica %1 spike rate</source>
        <translation>Replikat %1: Spitzenquote</translation>
    </message>
    <message>
        <source>With this probability an entry&apos;s lag gets the spike on top.</source>
        <translation>Mit dieser Wahrscheinlichkeit kommt zur Verzögerung eines Eintrags die Spitze hinzu.</translation>
    </message>
    <message>
        <source>Replica %1 spike</source>
        <translation>Replikat %1: Spitze</translation>
    </message>
    <message>
        <source>Replica %1 paused</source>
        <translation>Replikat %1 angehalten</translation>
    </message>
    <message>
        <source>Partitioned: applies nothing, catches up in a burst when resumed.</source>
        <translation>Abgetrennt: übernimmt nichts und holt beim Fortsetzen in einem Schub auf.</translation>
    </message>
    <message>
        <source>Settle time, shortest</source>
        <translation>Abwicklungszeit, kürzeste</translation>
    </message>
    <message>
        <source>Settle time, longest</source>
        <translation>Abwicklungszeit, längste</translation>
    </message>
    <message>
        <source>Transfer success rate</source>
        <translation>Erfolgsquote der Überweisungen</translation>
    </message>
    <message>
        <source>Share of transfers the recipient&apos;s bank accepts.</source>
        <translation>Anteil der Überweisungen, die die Bank des Empfängers annimmt.</translation>
    </message>
    <message>
        <source>Largest transfer</source>
        <translation>Größte Überweisung</translation>
    </message>
    <message>
        <source>Above it a transfer is refused (422 over_limit).</source>
        <translation>Darüber wird eine Überweisung abgelehnt (422 over_limit).</translation>
    </message>
    <message>
        <source>Idempotency key retention</source>
        <translation>Aufbewahrung der Idempotenzschlüssel</translation>
    </message>
    <message>
        <source>How long stored answers are kept.</source>
        <translation>Wie lange gespeicherte Antworten aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Largest JSON body</source>
        <translation>Größter JSON-Inhalt</translation>
    </message>
    <message>
        <source>Largest photo upload</source>
        <translation>Größter Foto-Upload</translation>
    </message>
    <message>
        <source>Most photo pixels</source>
        <translation>Meiste Fotopixel</translation>
    </message>
    <message>
        <source>PNG width × height.</source>
        <translation>PNG-Breite × Höhe.</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>%1 is not a known field (expected one of: %2)</source>
        <translation>%1 ist kein bekanntes Feld (erwartet wird eines von: %2)</translation>
    </message>
    <message>
        <source>%1 must be an object {…}</source>
        <translation>%1 muss ein Objekt {…} sein</translation>
    </message>
    <message>
        <source>%1 must be a list of %2 to %3 entries [{…}, …]</source>
        <translation>%1 muss eine Liste mit %2 bis %3 Einträgen [{…}, …] sein</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number ≥ %2</source>
        <translation>%1 muss eine ganze Zahl ≥ %2 sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to 1 (0.3 = 30 %)</source>
        <translation>%1 muss eine Zahl von 0 bis 1 sein (0.3 = 30 %)</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3</source>
        <translation>%1 muss eine Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1 muss eines davon sein: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>ttl</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>write-through</source>
        <translation>Write-through</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>versioned</source>
        <translation>versioniert</translation>
    </message>
    <message>
        <source>Photo cache strategy</source>
        <translation>Cache-Strategie</translation>
    </message>
    <message>
        <source>What answers a profile read before the database. none: no cache. ttl: the copy it has until it expires. write-through: updated on every upload. event: dropped when the upload&apos;s event arrives. versioned: the photo&apos;s version is part of its key.</source>
        <translation>Was einen Profil-Lesezugriff vor der Datenbank beantwortet. keiner: kein Cache. TTL: die vorhandene Kopie, bis sie abläuft. Write-through: bei jedem Hochladen aktualisiert. Ereignis: verworfen, wenn das Ereignis des Hochladens eintrifft. versioniert: die Version des Fotos ist Teil seines Schlüssels.</translation>
    </message>
    <message>
        <source>Cache lifetime (TTL)</source>
        <translation>Lebensdauer (TTL)</translation>
    </message>
    <message>
        <source>ttl: how long a copy is served before the cache fetches again.</source>
        <translation>TTL: wie lange eine Kopie ausgeliefert wird, bevor der Cache neu holt.</translation>
    </message>
    <message>
        <source>Invalidation event delay</source>
        <translation>Ereignisverzögerung</translation>
    </message>
    <message>
        <source>event: how long after an upload its event reaches the cache and drops the copy.</source>
        <translation>Ereignis: wie lange nach einem Hochladen sein Ereignis den Cache erreicht und die Kopie verwirft.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on another device</source>
        <translation>Auf einem anderen Gerät geändert</translation>
    </message>
    <message>
        <source>While you were editing, your contact details were changed somewhere else. Nothing has been overwritten. Choose what to keep.</source>
        <translation>Während du bearbeitet hast, wurden deine Kontaktdaten anderswo geändert. Nichts wurde überschrieben. Wähle, was bleiben soll.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Deine E-Mail</translation>
    </message>
    <message>
        <source>Name on the server now</source>
        <translation>Name jetzt auf dem Server</translation>
    </message>
    <message>
        <source>E-mail on the server now</source>
        <translation>E-Mail jetzt auf dem Server</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you wrote&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was du geschrieben hast&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What&apos;s there now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was jetzt dort steht&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Or combine them and save</source>
        <translation>Oder beides kombinieren und speichern</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>Combined name</source>
        <translation>Kombinierter Name</translation>
    </message>
    <message>
        <source>Combined e-mail</source>
        <translation>Kombinierte E-Mail</translation>
    </message>
    <message>
        <source>&amp;Save this combination</source>
        <translation>Diese Kombination spei&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>Meine &amp;behalten</translation>
    </message>
    <message>
        <source>Save what you wrote over the other version.</source>
        <translation>Speichert, was du geschrieben hast, über die andere Fassung.</translation>
    </message>
    <message>
        <source>&amp;Use theirs</source>
        <translation>&amp;Andere übernehmen</translation>
    </message>
    <message>
        <source>Keep the version that is on the server and drop your change.</source>
        <translation>Behält die Fassung auf dem Server und verwirft deine Änderung.</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>Close this window; the form keeps your change until you decide.</source>
        <translation>Schließt dieses Fenster; das Formular behält deine Änderung, bis du entscheidest.</translation>
    </message>
    <message>
        <source>Changed by %1 (version %2).</source>
        <translation>Geändert von %1 (Version %2).</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Unterschiedlich</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
</context>
<context>
    <name>ControlRoom</name>
    <message>
        <source>Sce&amp;narios</source>
        <translation>Sze&amp;narien</translation>
    </message>
    <message>
        <source>&amp;Open scenario file…</source>
        <translation>Szenariodatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Stop scenario</source>
        <translation>Szenario &amp;stoppen</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Szenarien (*.json)</translation>
    </message>
    <message>
        <source>This scenario can&apos;t be loaded</source>
        <translation>Dieses Szenario lässt sich nicht laden</translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation>Es wurde nichts geändert.

%1</translation>
    </message>
    <message>
        <source>Scenario screenshot “%1” (not saved: no output folder)</source>
        <translation>Szenario-Bildschirmfoto „%1“ (nicht gespeichert: kein Ausgabeordner)</translation>
    </message>
    <message>
        <source>Could not save the screenshot %1</source>
        <translation>Das Bildschirmfoto %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>&amp;Freeze backend time</source>
        <translation>Backend-Zeit &amp;einfrieren</translation>
    </message>
    <message>
        <source>Stop the simulated backend&apos;s clock, or let it run again at 1×</source>
        <translation>Die Uhr des simulierten Backends anhalten oder wieder mit 1× laufen lassen</translation>
    </message>
    <message>
        <source>S&amp;tep backend time</source>
        <translation>Backend-Zeit um einen Schri&amp;tt weiter</translation>
    </message>
    <message>
        <source>While frozen: move backend time to what is due next</source>
        <translation>Während eingefroren: die Backend-Zeit bis zum nächsten fälligen Ereignis vorstellen</translation>
    </message>
</context>
<context>
    <name>ConvergeApp</name>
    <message>
        <source>This scenario can&apos;t be loaded</source>
        <translation>Dieses Szenario lässt sich nicht laden</translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation>Es wurde nichts geändert.

%1</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>What a screen reader hears</source>
        <translation>Was ein Screenreader hört</translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation>&amp;Anzeige</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>&amp;Bewegung reduzieren</translation>
    </message>
    <message>
        <source>&amp;Keep notifications until dismissed</source>
        <translation>Benachrichtigungen &amp;behalten, bis sie geschlossen werden</translation>
    </message>
    <message>
        <source>Notification &amp;duration</source>
        <translation>&amp;Dauer der Benachrichtigungen</translation>
    </message>
    <message>
        <source>%1× as long</source>
        <translation>%1× so lang</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language changes when Converge starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Converge.</translation>
    </message>
    <message>
        <source>Takes effect when Converge starts again</source>
        <translation>Gilt ab dem nächsten Start von Converge</translation>
    </message>
    <message>
        <source>Warning: replicas lagging. %1</source>
        <translation>Warnung: Replikate hängen hinterher. %1</translation>
    </message>
    <message>
        <source>Replica lag is back under the alarm.</source>
        <translation>Die Replikat-Verzögerung liegt wieder unter der Alarmschwelle.</translation>
    </message>
    <message>
        <source>&amp;Export session…</source>
        <translation>Sitzung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save every step of this session as JSON Lines to share or replay</source>
        <translation>Jeden Schritt dieser Sitzung als JSON Lines speichern, zum Teilen oder Nachspielen</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Optimistic toggles with rollback</source>
        <translation>Optimistisches Umschalten mit Rücknahme</translation>
    </message>
    <message>
        <source>Profile photo</source>
        <translation>Profilfoto</translation>
    </message>
    <message>
        <source>Read-your-writes against a lagging replica</source>
        <translation>Eigene Änderungen lesen trotz verzögertem Replikat</translation>
    </message>
    <message>
        <source>Money transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>A transparent pending state, exactly once</source>
        <translation>Ein sichtbarer Schwebezustand, genau einmal</translation>
    </message>
    <message>
        <source>Go to the newest notification, and back again</source>
        <translation>Zur neuesten Benachrichtigung springen und wieder zurück</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>Sitzung exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The session could not be exported</source>
        <translation>Die Sitzung konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Session exported to %1</source>
        <translation>Sitzung exportiert nach %1</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Wieder online</translation>
    </message>
    <message>
        <source>You&apos;re back online.</source>
        <translation>Du bist wieder online.</translation>
    </message>
    <message>
        <source>You&apos;re offline. Changes will be sent when you&apos;re back.</source>
        <translation>Du bist offline. Änderungen werden gesendet, sobald du wieder online bist.</translation>
    </message>
    <message>
        <source>Backend back to normal speed.</source>
        <translation>Backend wieder im normalen Tempo.</translation>
    </message>
</context>
<context>
    <name>DetailsActions</name>
    <message>
        <source>changed elsewhere meanwhile: the person is asked (yours based on version %1, the server has %2)</source>
        <translation>inzwischen anderswo geändert: die Person wird gefragt (ihre beruht auf Version %1, der Server hat %2)</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>saved as version %1</source>
        <translation>als Version %1 gespeichert</translation>
    </message>
    <message>
        <source>Start editing the profile&apos;s contact details: a later save is based on the version shown now</source>
        <translation>Beginnt, die Kontaktdaten des Profils zu bearbeiten: ein späteres Speichern beruht auf der jetzt gezeigten Fassung</translation>
    </message>
    <message>
        <source>the contact details have not loaded yet</source>
        <translation>die Kontaktdaten sind noch nicht geladen</translation>
    </message>
    <message>
        <source>editing version %1</source>
        <translation>bearbeitet Version %1</translation>
    </message>
    <message>
        <source>Edit the profile&apos;s contact details and save them (args: name, email, both optional; pattern = ask or last-write-wins)</source>
        <translation>Bearbeitet die Kontaktdaten des Profils und speichert sie (args: name, email, beide optional; pattern = ask oder last-write-wins)</translation>
    </message>
    <message>
        <source>unknown pattern “%1”; use ask or last-write-wins</source>
        <translation>unbekanntes Muster „%1“; nimm ask oder last-write-wins</translation>
    </message>
    <message>
        <source>a save is still waiting to be settled</source>
        <translation>ein Speichern wartet noch auf seinen Abschluss</translation>
    </message>
    <message>
        <source>Answer the conflict dialog (args: choice = mine, theirs or merge; name and email for a merge)</source>
        <translation>Beantwortet den Konfliktdialog (args: choice = mine, theirs oder merge; name und email für merge)</translation>
    </message>
    <message>
        <source>there is no conflict to decide</source>
        <translation>es gibt keinen Konflikt zu entscheiden</translation>
    </message>
    <message>
        <source>took the other version</source>
        <translation>die andere Fassung übernommen</translation>
    </message>
    <message>
        <source>unknown choice “%1”; use mine, theirs or merge</source>
        <translation>unbekannte Wahl „%1“; nimm mine, theirs oder merge</translation>
    </message>
    <message>
        <source>The contact details are in a phase (args: phase = idle, saving, checking, conflict or refused)</source>
        <translation>Die Kontaktdaten sind in einer Phase (args: phase = idle, saving, checking, conflict oder refused)</translation>
    </message>
    <message>
        <source>the contact details are %1</source>
        <translation>die Kontaktdaten sind %1</translation>
    </message>
    <message>
        <source>The contact details show a name and/or an e-mail (args: name, email)</source>
        <translation>Die Kontaktdaten zeigen einen Namen und/oder eine E-Mail (args: name, email)</translation>
    </message>
    <message>
        <source>the form shows “%1”, “%2”</source>
        <translation>das Formular zeigt „%1“, „%2“</translation>
    </message>
    <message>
        <source>The last save replaced this many versions nobody saw (args: count)</source>
        <translation>Das letzte Speichern hat so viele Fassungen ersetzt, die niemand gesehen hat (args: count)</translation>
    </message>
    <message>
        <source>%1 version(s) replaced unseen</source>
        <translation>%1 Fassung(en) ungesehen ersetzt</translation>
    </message>
</context>
<context>
    <name>DetailsFeedback</name>
    <message>
        <source>Saved the contact details</source>
        <translation>Hat die Kontaktdaten gespeichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Failed again</source>
        <translation>Wieder fehlgeschlagen</translation>
    </message>
    <message>
        <source>changes overwritten unseen · %1</source>
        <translation>ungesehen überschriebene Änderungen · %1</translation>
    </message>
    <message numerus="yes">
        <source>Your save replaced %n change(s) made elsewhere that you never saw.</source>
        <translation>
            <numerusform>Dein Speichern hat %n anderswo gemachte Änderung ersetzt, die du nie gesehen hast.</numerusform>
            <numerusform>Dein Speichern hat %n anderswo gemachte Änderungen ersetzt, die du nie gesehen hast.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsModel</name>
    <message>
        <source>nobody yet</source>
        <translation>niemandem</translation>
    </message>
    <message>
        <source>you</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>another device</source>
        <translation>einem anderen Gerät</translation>
    </message>
    <message>
        <source>another session</source>
        <translation>einer anderen Sitzung</translation>
    </message>
    <message>
        <source>Last changed by %1.</source>
        <translation>Zuletzt geändert von %1.</translation>
    </message>
    <message>
        <source>Changed by %1 while you were editing. Decide which version to keep.</source>
        <translation>Von %1 geändert, während du bearbeitet hast. Entscheide, welche Fassung bleibt.</translation>
    </message>
    <message>
        <source>Couldn&apos;t save your contact details.</source>
        <translation>Deine Kontaktdaten konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Couldn&apos;t save your contact details: %1</source>
        <translation>Deine Kontaktdaten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Contact details saved.</source>
        <translation>Kontaktdaten gespeichert.</translation>
    </message>
    <message>
        <source>Your contact details were changed somewhere else. Choose which version to keep.</source>
        <translation>Deine Kontaktdaten wurden anderswo geändert. Wähle, welche Fassung bleibt.</translation>
    </message>
    <message>
        <source>Your contact details were changed on another device.</source>
        <translation>Deine Kontaktdaten wurden auf einem anderen Gerät geändert.</translation>
    </message>
    <message>
        <source>Kept the other version of your contact details.</source>
        <translation>Die andere Fassung deiner Kontaktdaten wurde übernommen.</translation>
    </message>
    <message>
        <source>Ask me which to keep</source>
        <translation>Mich fragen, welche bleibt</translation>
    </message>
    <message>
        <source>Last write wins</source>
        <translation>Letzte Änderung gewinnt</translation>
    </message>
    <message>
        <source>Each save says which version it was based on. If it changed elsewhere meanwhile, you see both and decide.</source>
        <translation>Jedes Speichern nennt die Fassung, auf der es beruht. Wurde sie inzwischen anderswo geändert, siehst du beide und entscheidest.</translation>
    </message>
    <message>
        <source>Each save simply replaces what is there. A change made elsewhere meanwhile is lost without anyone noticing.</source>
        <translation>Jedes Speichern ersetzt einfach, was da ist. Eine inzwischen anderswo gemachte Änderung geht verloren, ohne dass es jemand merkt.</translation>
    </message>
</context>
<context>
    <name>DetailsSection</name>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>Display na&amp;me</source>
        <translation>Anzei&amp;gename</translation>
    </message>
    <message>
        <source>Contact &amp;e-mail</source>
        <translation>Kontakt-E-&amp;Mail</translation>
    </message>
    <message>
        <source>Contact details status</source>
        <translation>Status der Kontaktdaten</translation>
    </message>
    <message>
        <source>Save &amp;details</source>
        <translation>&amp;Daten speichern</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Put the fields back to what is saved.</source>
        <translation>Setzt die Felder auf das Gespeicherte zurück.</translation>
    </message>
    <message>
        <source>Decide &amp;which to keep…</source>
        <translation>Entscheiden, &amp;was bleibt…</translation>
    </message>
    <message>
        <source>If they changed elsewhere meanwhile:</source>
        <translation>Falls sie inzwischen anderswo geändert wurden:</translation>
    </message>
</context>
<context>
    <name>FavoriteDelegate</name>
    <message>
        <source>Favorite</source>
        <translation>Favorit</translation>
    </message>
</context>
<context>
    <name>FavoritesFeedback</name>
    <message>
        <source>Failed again</source>
        <translation>Wieder fehlgeschlagen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved</source>
        <translation>„%1“ gespeichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>No answer for &quot;%1&quot;: checking</source>
        <translation>Keine Antwort für „%1“: wird geprüft</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made a favorite on another device.</source>
        <translation>„%1“ wurde auf einem anderen Gerät als Favorit markiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was removed from favorites on another device.</source>
        <translation>„%1“ wurde auf einem anderen Gerät aus den Favoriten entfernt.</translation>
    </message>
    <message>
        <source>Offline: &quot;%1&quot; will be sent when the connection is back</source>
        <translation>Offline: „%1“ wird gesendet, sobald die Verbindung zurück ist</translation>
    </message>
    <message>
        <source>Couldn&apos;t sync your favorites with your other devices: %1</source>
        <translation>Deine Favoriten konnten nicht mit deinen anderen Geräten abgeglichen werden: %1</translation>
    </message>
    <message>
        <source>Offline: &quot;%1&quot; is kept on this device and merges later</source>
        <translation>Offline: „%1“ bleibt auf diesem Gerät und wird später zusammengeführt</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved.</source>
        <translation>
            <numerusform>%n Änderung gespeichert.</numerusform>
            <numerusform>%n Änderungen gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FavoritesMergeSync</name>
    <message>
        <source>Removed &quot;%1&quot; from favorites (offline-first)</source>
        <translation>„%1“ aus den Favoriten entfernt (offline zuerst)</translation>
    </message>
    <message>
        <source>Made &quot;%1&quot; a favorite (offline-first)</source>
        <translation>„%1“ zum Favoriten gemacht (offline zuerst)</translation>
    </message>
    <message>
        <source>Gave &quot;%1&quot; a heart</source>
        <translation>„%1“ ein Herz gegeben</translation>
    </message>
    <message>
        <source>Merged with the other devices</source>
        <translation>Mit den anderen Geräten zusammengeführt</translation>
    </message>
    <message>
        <source>The server refused the copy: %1</source>
        <translation>Der Server hat die Kopie abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>FavoritesModel</name>
    <message>
        <source>Refreshed the list from any replica</source>
        <translation>Liste von irgendeinem Replikat neu geladen</translation>
    </message>
    <message>
        <source>Refreshed the list</source>
        <translation>Liste neu geladen</translation>
    </message>
    <message>
        <source>Made &quot;%1&quot; a favorite</source>
        <translation>„%1“ als Favorit markiert</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from favorites</source>
        <translation>„%1“ aus den Favoriten entfernt</translation>
    </message>
    <message>
        <source>We couldn&apos;t save &quot;%1&quot;. It&apos;s back as it was.</source>
        <translation>„%1“ konnte nicht gespeichert werden. Es ist wieder wie vorher.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was also changed on another device; your change came later, so yours was kept.</source>
        <translation>„%1“ wurde auch auf einem anderen Gerät geändert; deine Änderung kam später, also gilt deine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed on another device after your change, so that change was kept.</source>
        <translation>„%1“ wurde nach deiner Änderung auf einem anderen Gerät geändert, also gilt diese Änderung.</translation>
    </message>
    <message>
        <source>Changed elsewhere · yours kept</source>
        <translation>Anderswo geändert · deine gilt</translation>
    </message>
    <message>
        <source>Changed on another device</source>
        <translation>Auf einem anderen Gerät geändert</translation>
    </message>
    <message>
        <source>Also changed on another device; your change came later, so yours was kept.</source>
        <translation>Auch auf einem anderen Gerät geändert; deine Änderung kam später, also gilt deine.</translation>
    </message>
    <message>
        <source>Changed on another device after your change, so that change was kept.</source>
        <translation>Nach deiner Änderung auf einem anderen Gerät geändert, also gilt diese Änderung.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>favorite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>not a favorite</source>
        <translation>kein Favorit</translation>
    </message>
    <message>
        <source>Made a favorite on another device.</source>
        <translation>Auf einem anderen Gerät zum Favoriten gemacht.</translation>
    </message>
    <message>
        <source>Removed from favorites on another device.</source>
        <translation>Auf einem anderen Gerät aus den Favoriten entfernt.</translation>
    </message>
    <message>
        <source>Kept as a favorite: added on this device after the other removed it.</source>
        <translation>Als Favorit behalten: auf diesem Gerät hinzugefügt, nachdem das andere ihn entfernt hatte.</translation>
    </message>
    <message>
        <source>Back as a favorite: another device added it again, and your removal here had not seen that.</source>
        <translation>Wieder ein Favorit: Ein anderes Gerät hat ihn erneut hinzugefügt, und dein Entfernen hier wusste davon nichts.</translation>
    </message>
    <message>
        <source>Made a favorite on both devices; it counts once.</source>
        <translation>Auf beiden Geräten zum Favoriten gemacht; er zählt einmal.</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>Auf diesem Gerät</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Couldn&apos;t sync · Retry</source>
        <translation>Abgleich fehlgeschlagen · Wiederholen</translation>
    </message>
    <message>
        <source>Merging with your other devices…</source>
        <translation>Wird mit deinen anderen Geräten zusammengeführt …</translation>
    </message>
    <message>
        <source>Kept on this device. It merges with your other devices when you are back online.</source>
        <translation>Auf diesem Gerät gespeichert. Sobald du wieder online bist, wird es mit deinen anderen Geräten zusammengeführt.</translation>
    </message>
    <message>
        <source>The server refused this device&apos;s copy: %1</source>
        <translation>Der Server hat die Kopie dieses Geräts abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n heart(s)</source>
        <translation>
            <numerusform>%1, %n Herz</numerusform>
            <numerusform>%1, %n Herzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FavoritesScreen</name>
    <message>
        <source>Heart flickers seen: %1</source>
        <translation>Gesehenes Herz-Flackern: %1</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>Die Liste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird neu geladen…</translation>
    </message>
    <message>
        <source>&amp;Refresh list</source>
        <translation>Liste &amp;neu laden</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Favorites&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Favoriten&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Tap a heart (or press Space) to make an item a favorite. Compare waiting for the server with showing the change at once and putting it back if the server says no.</source>
        <translation>Tippe auf ein Herz (oder drücke die Leertaste), um ein Element zum Favoriten zu machen. Vergleiche das Warten auf den Server mit dem sofortigen Anzeigen der Änderung, die zurückgenommen wird, wenn der Server Nein sagt.</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>&amp;Wait for the server</source>
        <translation>Auf den Server &amp;warten</translation>
    </message>
    <message>
        <source>The heart shows a spinner and takes no clicks until the server answers. Nothing changes before that.</source>
        <translation>Das Herz zeigt einen Spinner und nimmt keine Klicks an, bis der Server antwortet. Vorher ändert sich nichts.</translation>
    </message>
    <message>
        <source>&amp;Optimistic with rollback</source>
        <translation>&amp;Optimistisch mit Rücknahme</translation>
    </message>
    <message>
        <source>The heart changes the moment you click. &quot;Saving…&quot; appears only if the server is slow; if it fails, the heart goes back and you can retry.</source>
        <translation>Das Herz ändert sich im Moment des Klicks. „Wird gespeichert…“ erscheint nur, wenn der Server langsam ist; scheitert es, springt das Herz zurück und du kannst es erneut versuchen.</translation>
    </message>
    <message>
        <source>&amp;Naive refresh (no overlay, any replica)</source>
        <translation>&amp;Naiv (ohne Overlay, jedes Replikat)</translation>
    </message>
    <message>
        <source>For workshops: a refresh takes whatever a lagging replica says, so a change you just made can flicker back.</source>
        <translation>Für Workshops: Ein Neuladen nimmt, was ein verzögertes Replikat sagt, sodass eine gerade gemachte Änderung zurückflackern kann.</translation>
    </message>
    <message>
        <source>Show &amp;favorites only</source>
        <translation>Nur &amp;Favoriten zeigen</translation>
    </message>
    <message>
        <source>Reads the list again. With naive refresh it may come from a replica that has not caught up yet.</source>
        <translation>Liest die Liste erneut. Beim naiven Neuladen kommt sie vielleicht von einem Replikat, das noch nicht aufgeholt hat.</translation>
    </message>
    <message>
        <source>Catalogue items</source>
        <translation>Katalogelemente</translation>
    </message>
    <message>
        <source>Space makes the selected item a favorite or not. R retries a change that could not be saved.</source>
        <translation>Die Leertaste macht das gewählte Element zum Favoriten oder nicht. R versucht eine Änderung erneut, die nicht gespeichert werden konnte.</translation>
    </message>
    <message>
        <source>Space: favorite or not · R: retry · Ctrl+Shift+N: notifications</source>
        <translation>Leertaste: Favorit oder nicht · R: erneut versuchen · Strg+Umschalt+N: Benachrichtigungen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n Änderung wartet auf das Senden.</numerusform>
            <numerusform>%n Änderungen warten auf das Senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap the heart of an item (args: itemId)</source>
        <translation>Auf das Herz eines Elements tippen (Argument: itemId)</translation>
    </message>
    <message>
        <source>There is no item %1 in the list.</source>
        <translation>Es gibt kein Element %1 in der Liste.</translation>
    </message>
    <message>
        <source>The heart of &quot;%1&quot; is waiting for the server and takes no clicks.</source>
        <translation>Das Herz von „%1“ wartet auf den Server und nimmt keine Klicks an.</translation>
    </message>
    <message>
        <source>Tapped the heart of &quot;%1&quot;: it shows as a favorite.</source>
        <translation>Auf das Herz von „%1“ getippt: es zeigt einen Favoriten.</translation>
    </message>
    <message>
        <source>Tapped the heart of &quot;%1&quot;: it shows as not a favorite.</source>
        <translation>Auf das Herz von „%1“ getippt: es zeigt keinen Favoriten.</translation>
    </message>
    <message>
        <source>An item shows this favorite state and nothing is pending (args: itemId, favorite)</source>
        <translation>Ein Element zeigt diesen Favoritenstatus, und nichts ist ausstehend (Argumente: itemId, favorite)</translation>
    </message>
    <message>
        <source>&quot;favorite&quot; must be true or false.</source>
        <translation>„favorite“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; shows %2, %3</source>
        <translation>„%1“ zeigt %2, %3</translation>
    </message>
    <message>
        <source>a favorite</source>
        <translation>einen Favoriten</translation>
    </message>
    <message>
        <source>not a favorite</source>
        <translation>keinen Favoriten</translation>
    </message>
    <message>
        <source>Turn the naive refresh (any replica, no overlay) on or off (args: naive)</source>
        <translation>Das naive Neuladen (jedes Replikat, ohne Overlay) ein- oder ausschalten (Argument: naive)</translation>
    </message>
    <message>
        <source>&quot;naive&quot; must be true or false.</source>
        <translation>„naive“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>Naive refresh is on.</source>
        <translation>Naives Neuladen ist an.</translation>
    </message>
    <message>
        <source>Naive refresh is off.</source>
        <translation>Naives Neuladen ist aus.</translation>
    </message>
    <message>
        <source>Press Refresh on the Favorites screen</source>
        <translation>Auf dem Favoriten-Bildschirm „Liste neu laden“ drücken</translation>
    </message>
    <message>
        <source>Refreshing the list from any replica.</source>
        <translation>Die Liste wird von irgendeinem Replikat neu geladen.</translation>
    </message>
    <message>
        <source>Refreshing the list.</source>
        <translation>Die Liste wird neu geladen.</translation>
    </message>
    <message>
        <source>How often a heart flicked back to an older state (args: count, or atLeast)</source>
        <translation>Wie oft ein Herz zu einem älteren Zustand zurückgeflackert ist (Argumente: count oder atLeast)</translation>
    </message>
    <message>
        <source>O&amp;ffline-first (merge)</source>
        <translation>O&amp;ffline zuerst (zusammenführen)</translation>
    </message>
    <message>
        <source>This device is offline (&amp;airplane mode)</source>
        <translation>Dieses Gerät ist offline (&amp;Flugmodus)</translation>
    </message>
    <message>
        <source>Keeps your edits on this device only, to try the merge with the control room&apos;s tablet.</source>
        <translation>Behält deine Änderungen nur auf diesem Gerät, um das Zusammenführen mit dem Tablet des Kontrollraums auszuprobieren.</translation>
    </message>
    <message>
        <source>Space: favorite or not · H: give a heart · R: retry · Ctrl+Shift+N: notifications</source>
        <translation>Leertaste: Favorit oder nicht · H: Herz geben · R: wiederholen · Strg+Umschalt+N: Benachrichtigungen</translation>
    </message>
    <message>
        <source>Space makes the selected item a favorite or not. H gives it a heart. R retries a sync the server refused.</source>
        <translation>Die Leertaste macht das gewählte Element zum Favoriten oder nicht. H gibt ihm ein Herz. R wiederholt einen Abgleich, den der Server abgelehnt hat.</translation>
    </message>
    <message>
        <source>This device is offline. Your changes stay here and merge with your other devices when it is back online.</source>
        <translation>Dieses Gerät ist offline. Deine Änderungen bleiben hier und werden mit deinen anderen Geräten zusammengeführt, sobald es wieder online ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this device.</source>
        <translation>
            <numerusform>%n Änderung auf diesem Gerät gespeichert.</numerusform>
            <numerusform>%n Änderungen auf diesem Gerät gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the Favorites pattern (args: pattern = wait, optimistic or offline-first)</source>
        <translation>Das Muster der Favoriten wählen (Argumente: pattern = wait, optimistic oder offline-first)</translation>
    </message>
    <message>
        <source>&quot;pattern&quot; must be wait, optimistic or offline-first.</source>
        <translation>„pattern“ muss wait, optimistic oder offline-first sein.</translation>
    </message>
    <message>
        <source>The Favorites screen shows the pattern &quot;%1&quot;.</source>
        <translation>Die Favoriten zeigen das Muster „%1“.</translation>
    </message>
    <message>
        <source>Take this device offline or back online, Offline-first pattern (args: on)</source>
        <translation>Dieses Gerät offline oder wieder online nehmen, Muster „Offline zuerst“ (Argumente: on)</translation>
    </message>
    <message>
        <source>&quot;on&quot; must be true or false.</source>
        <translation>„on“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>This device is offline: its edits stay on it.</source>
        <translation>Dieses Gerät ist offline: Seine Änderungen bleiben auf ihm.</translation>
    </message>
    <message>
        <source>This device is back online: its copy merges.</source>
        <translation>Dieses Gerät ist wieder online: Seine Kopie wird zusammengeführt.</translation>
    </message>
    <message>
        <source>Give an item a heart, Offline-first pattern (args: itemId)</source>
        <translation>Einem Element ein Herz geben, Muster „Offline zuerst“ (Argumente: itemId)</translation>
    </message>
    <message>
        <source>Hearts are counted in the Offline-first pattern only.</source>
        <translation>Herzen werden nur im Muster „Offline zuerst“ gezählt.</translation>
    </message>
    <message>
        <source>Gave &quot;%1&quot; a heart.</source>
        <translation>„%1“ ein Herz gegeben.</translation>
    </message>
    <message>
        <source>An item shows this many hearts (args: itemId, count)</source>
        <translation>Ein Element zeigt so viele Herzen (Argumente: itemId, count)</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; shows %n heart(s)</source>
        <translation>
            <numerusform>„%1“ zeigt %n Herz</numerusform>
            <numerusform>„%1“ zeigt %n Herzen</numerusform>
        </translation>
    </message>
    <message>
        <source>An item&apos;s row explains what a merge did (args: itemId, note = added_elsewhere, removed_elsewhere, kept_over_their_removal, back_over_your_removal, added_on_both)</source>
        <translation>Die Zeile eines Elements erklärt, was ein Zusammenführen bewirkt hat (Argumente: itemId, note = added_elsewhere, removed_elsewhere, kept_over_their_removal, back_over_your_removal, added_on_both)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; explains no merge</source>
        <translation>„%1“ erklärt kein Zusammenführen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Each device keeps its own copy, works offline and merges with the others: no change is lost. H gives a heart; hearts add up across devices.</source>
        <translation>Jedes Gerät hat seine eigene Kopie, funktioniert offline und wird mit den anderen zusammengeführt: Keine Änderung geht verloren. H gibt ein Herz; Herzen addieren sich über alle Geräte.</translation>
    </message>
    <message>
        <source>Wait for the server</source>
        <translation>Auf den Server warten</translation>
    </message>
    <message>
        <source>Optimistic with rollback</source>
        <translation>Optimistisch mit Rücknahme</translation>
    </message>
    <message>
        <source>Offline-first (merge)</source>
        <translation>Offline zuerst (zusammenführen)</translation>
    </message>
</context>
<context>
    <name>FavoritesSplit</name>
    <message>
        <source>Favorites</source>
        <translation>Favoriten</translation>
    </message>
</context>
<context>
    <name>HeadlessRun</name>
    <message>
        <source>The run did not finish within %1 s (--timeout); a step or expectation never answered.</source>
        <translation>Der Lauf war nicht innerhalb von %1 s fertig (--timeout); ein Schritt oder eine Erwartung hat nie geantwortet.</translation>
    </message>
    <message>
        <source>The run did not finish within its duration plus one minute; a step or expectation never answered.</source>
        <translation>Der Lauf war nicht innerhalb seiner Dauer plus einer Minute fertig; ein Schritt oder eine Erwartung hat nie geantwortet.</translation>
    </message>
    <message>
        <source>Could not write the screenshot %1</source>
        <translation>Das Bildschirmfoto %1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot create the output folder %1</source>
        <translation>Der Ausgabeordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The backend at %1 needs an access token: add --token.</source>
        <translation>Das Backend unter %1 braucht ein Zugangstoken: --token angeben.</translation>
    </message>
    <message>
        <source>The backend at %1 refused the access token given with --token.</source>
        <translation>Das Backend unter %1 hat das mit --token angegebene Zugangstoken abgelehnt.</translation>
    </message>
    <message>
        <source>The backend at %1 can&apos;t be used: %2</source>
        <translation>Das Backend unter %1 ist nicht nutzbar: %2</translation>
    </message>
    <message>
        <source>Scenario “%1” (%2), seed %3, steps: %4</source>
        <translation>Szenario „%1“ (%2), Seed %3, Schritte: %4</translation>
    </message>
    <message>
        <source>Could not write the session export %1: %2</source>
        <translation>Der Sitzungsexport %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>PASSED: expectations met: %1</source>
        <translation>BESTANDEN: Erwartungen erfüllt: %1</translation>
    </message>
    <message>
        <source>FAILED: problems: %1</source>
        <translation>FEHLGESCHLAGEN: Probleme: %1</translation>
    </message>
    <message>
        <source>Session export: %1</source>
        <translation>Sitzungsexport: %1</translation>
    </message>
    <message>
        <source>Screenshot: %1</source>
        <translation>Bildschirmfoto: %1</translation>
    </message>
</context>
<context>
    <name>HeldAnswersDock</name>
    <message>
        <source>Held answers</source>
        <translation>Zurückgehaltene Antworten</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Release all</source>
        <translation>Alle freigeben</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Deliver twice</source>
        <translation>Doppelt zustellen</translation>
    </message>
    <message>
        <source>Hold the answers of</source>
        <translation>Antworten zurückhalten für</translation>
    </message>
    <message>
        <source>Hold the answers of %1</source>
        <translation>Antworten zurückhalten für %1</translation>
    </message>
    <message>
        <source>Return releases the chosen answer, Delete drops it. Tab leaves the table.</source>
        <translation>Die Eingabetaste gibt die gewählte Antwort frei, die Entf-Taste verwirft sie. Tab verlässt die Tabelle.</translation>
    </message>
    <message>
        <source>Release the chosen answer</source>
        <translation>Gewählte Antwort freigeben</translation>
    </message>
    <message>
        <source>Release all held answers, oldest first</source>
        <translation>Alle zurückgehaltenen Antworten freigeben, die älteste zuerst</translation>
    </message>
    <message>
        <source>Drop the chosen answer: the change stays, the answer is lost</source>
        <translation>Gewählte Antwort verwerfen: Die Änderung bleibt, die Antwort geht verloren</translation>
    </message>
    <message>
        <source>Deliver the chosen request twice</source>
        <translation>Gewählte Anfrage doppelt zustellen</translation>
    </message>
    <message>
        <source>The request reaches the backend a second time with the same Idempotency-Key; the app gets the second delivery&apos;s answer.</source>
        <translation>Die Anfrage erreicht das Backend ein zweites Mal mit demselben Idempotency-Key; die App bekommt die Antwort der zweiten Zustellung.</translation>
    </message>
</context>
<context>
    <name>HeldAnswersModel</name>
    <message>
        <source>Not holding any answers.</source>
        <translation>Es werden keine Antworten zurückgehalten.</translation>
    </message>
    <message>
        <source>Holding answers for: %1.</source>
        <translation>Antworten werden zurückgehalten für: %1.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Delivered twice</source>
        <translation>Doppelt zugestellt</translation>
    </message>
    <message>
        <source>Dropped (lost)</source>
        <translation>Verworfen (verloren)</translation>
    </message>
    <message>
        <source>Client gave up</source>
        <translation>App hat aufgegeben</translation>
    </message>
    <message>
        <source>Dropped (reset)</source>
        <translation>Verworfen (Zurücksetzen)</translation>
    </message>
    <message>
        <source>Dropped (too many)</source>
        <translation>Verworfen (zu viele)</translation>
    </message>
    <message>
        <source>%1 %2, answer %3</source>
        <translation>%1 %2, Antwort %3</translation>
    </message>
    <message>
        <source>Answer held: %1.</source>
        <translation>Antwort zurückgehalten: %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation>„%1“ hat nicht funktioniert: %2</translation>
    </message>
    <message>
        <source>Answers are no longer held</source>
        <translation>Antworten werden nicht mehr zurückgehalten</translation>
    </message>
    <message>
        <source>Holding answers for: %1</source>
        <translation>Antworten werden zurückgehalten für: %1</translation>
    </message>
    <message>
        <source>Released answer %1</source>
        <translation>Antwort %1 freigegeben</translation>
    </message>
    <message>
        <source>Released the held answers</source>
        <translation>Zurückgehaltene Antworten freigegeben</translation>
    </message>
    <message>
        <source>Dropped answer %1</source>
        <translation>Antwort %1 verworfen</translation>
    </message>
    <message>
        <source>Delivered request %1 twice</source>
        <translation>Anfrage %1 doppelt zugestellt</translation>
    </message>
    <message>
        <source>%1, will answer %2, held %3, %4</source>
        <translation>%1, antwortet mit %2, %3 zurückgehalten, %4</translation>
    </message>
    <message>
        <source>Correlation id %1, client %2</source>
        <translation>Korrelations-ID %1, Client %2</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Will answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Held for</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation>%L1 s</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Pattern guide for this screen</source>
        <translation>&amp;Musterleitfaden für diesen Bildschirm</translation>
    </message>
    <message>
        <source>What the screen in front teaches, how it behaves and how to try it</source>
        <translation>Was der vordere Bildschirm zeigt, wie er sich verhält und wie man ihn ausprobiert</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>Every page of the Converge documentation</source>
        <translation>Jede Seite der Converge-Dokumentation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Converge</source>
        <translation>Über &amp;Converge</translation>
    </message>
    <message>
        <source>Converge: start here</source>
        <translation>Converge: hier anfangen</translation>
    </message>
    <message>
        <source>Favorites: optimistic toggles</source>
        <translation>Favoriten: optimistisches Umschalten</translation>
    </message>
    <message>
        <source>Profile photo: read-your-writes</source>
        <translation>Profilfoto: eigene Änderungen lesen</translation>
    </message>
    <message>
        <source>Money transfer: exactly once</source>
        <translation>Überweisung: genau einmal</translation>
    </message>
    <message>
        <source>The pattern guide: every pattern, from scenario runs</source>
        <translation>Der Musterleitfaden: jedes Muster, aus Szenario-Läufen</translation>
    </message>
    <message>
        <source>The one language of sync</source>
        <translation>Die eine Sprache der Synchronisierung</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Session export</source>
        <translation>Sitzungsexport</translation>
    </message>
    <message>
        <source>The UX kit</source>
        <translation>Das UX-Kit</translation>
    </message>
    <message>
        <source>The backend&apos;s API</source>
        <translation>Die API des Backends</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>The control room</source>
        <translation>Der Kontrollraum</translation>
    </message>
    <message>
        <source>Install and package</source>
        <translation>Installieren und paketieren</translation>
    </message>
    <message>
        <source>A real PostgreSQL cluster</source>
        <translation>Ein echter PostgreSQL-Cluster</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move between controls; the focused one is outlined</source>
        <translation>Zwischen Bedienelementen wechseln; das fokussierte ist umrandet</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Favorites › Toggle the heart of the focused row</source>
        <translation>Favoriten › Herz der fokussierten Zeile umschalten</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Favorites › Retry the focused row&apos;s change that could not be saved</source>
        <translation>Favoriten › Nicht gespeicherte Änderung der fokussierten Zeile erneut versuchen</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>In a notification › Dismiss it</source>
        <translation>In einer Benachrichtigung › Schließen</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>noch nicht verbunden</translation>
    </message>
    <message>
        <source>%1 (embedded in the app)</source>
        <translation>%1 (in die App eingebettet)</translation>
    </message>
    <message>
        <source>%1 (converge-backend)</source>
        <translation>%1 (converge-backend)</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Converge %1&lt;/h3&gt;&lt;p&gt;See what a lagging, failing, replicated backend does to a person&apos;s experience, and the patterns that keep it honest.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;Backend: %4&lt;br&gt;Seed: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Converge %1&lt;/h3&gt;&lt;p&gt;Sieh, was ein verzögertes, fehlerhaftes, repliziertes Backend mit dem Erlebnis eines Menschen macht – und die Muster, die es ehrlich halten.&lt;/p&gt;&lt;p&gt;Qt %2 (gebaut mit %3)&lt;br&gt;Backend: %4&lt;br&gt;Seed: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was sie tun</translation>
    </message>
    <message>
        <source>Converge documentation</source>
        <translation>Converge-Dokumentation</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>About Converge</source>
        <translation>Über Converge</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Übersetzungen</translation>
    </message>
</context>
<context>
    <name>HoldActions</name>
    <message>
        <source>&quot;which&quot; must be &quot;oldest&quot; or &quot;newest&quot;.</source>
        <translation>„which“ muss „oldest“ oder „newest“ sein.</translation>
    </message>
    <message>
        <source>No answer is held.</source>
        <translation>Keine Antwort wird zurückgehalten.</translation>
    </message>
    <message>
        <source>The backend did not say what became of the answer.</source>
        <translation>Das Backend hat nicht gesagt, was aus der Antwort wurde.</translation>
    </message>
    <message>
        <source>No held answers here.</source>
        <translation>Hier gibt es keine zurückgehaltenen Antworten.</translation>
    </message>
    <message>
        <source>Hold the answers of routes (args: routes, e.g. [&quot;PUT /items/{id}/favorite&quot;]; [] holds nothing)</source>
        <translation>Die Antworten von Routen zurückhalten (Argument: routes, z. B. [&quot;PUT /items/{id}/favorite&quot;]; [] hält nichts zurück)</translation>
    </message>
    <message>
        <source>Release a held answer (args: which, &quot;oldest&quot; or &quot;newest&quot;)</source>
        <translation>Eine zurückgehaltene Antwort freigeben (Argument: which, „oldest“ oder „newest“)</translation>
    </message>
    <message>
        <source>Drop a held answer: the change stays, the answer is lost (args: which)</source>
        <translation>Eine zurückgehaltene Antwort verwerfen: Die Änderung bleibt, die Antwort geht verloren (Argument: which)</translation>
    </message>
    <message>
        <source>Deliver a held request a second time (args: which)</source>
        <translation>Eine zurückgehaltene Anfrage ein zweites Mal zustellen (Argument: which)</translation>
    </message>
    <message>
        <source>Release every held answer, oldest first</source>
        <translation>Jede zurückgehaltene Antwort freigeben, die älteste zuerst</translation>
    </message>
    <message>
        <source>How many answers the backend holds now (args: count)</source>
        <translation>Wie viele Antworten das Backend gerade zurückhält (Argument: count)</translation>
    </message>
    <message>
        <source>1 answer held</source>
        <translation>1 Antwort zurückgehalten</translation>
    </message>
    <message>
        <source>%1 answers held</source>
        <translation>%1 Antworten zurückgehalten</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Nodes: applied LSN and lag</source>
        <translation>Knoten: übernommene LSN und Verzögerung</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>Was gerade passiert ist</translation>
    </message>
    <message>
        <source>Your token (LSN of this session&apos;s last write): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Dein Token (LSN des letzten Schreibzugriffs dieser Sitzung): &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your token: none yet — this session has not written anything.</source>
        <translation>Dein Token: noch keins – diese Sitzung hat noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>Last read served by &lt;b&gt;%1&lt;/b&gt; (applied LSN %2): photo version %3.</source>
        <translation>Letzter Lesezugriff bedient von &lt;b&gt;%1&lt;/b&gt; (übernommene LSN %2): Fotoversion %3.</translation>
    </message>
    <message>
        <source>Reads since your upload: %1. Your upload is version %2.</source>
        <translation>Lesezugriffe seit deinem Upload: %1. Dein Upload ist Version %2.</translation>
    </message>
    <message>
        <source>No read yet.</source>
        <translation>Noch kein Lesezugriff.</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Noch nichts.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stale reads of your own write — %1</source>
        <translation>Veraltete Lesezugriffe auf deinen eigenen Schreibzugriff – %1</translation>
    </message>
    <message>
        <source>This page has seen up to LSN %1.</source>
        <translation>Diese Seite hat bis LSN %1 gesehen.</translation>
    </message>
    <message>
        <source>Time travel (an older photo after a newer one) — %1</source>
        <translation>Zeitreise (ein älteres Foto nach einem neueren) – %1</translation>
    </message>
    <message>
        <source>Last read: the profile from &lt;b&gt;%1&lt;/b&gt; (applied LSN %2), the photo from the cache (“%3”): &lt;b&gt;hit&lt;/b&gt;, a copy %4 old holding version %5.</source>
        <translation>Letzter Lesezugriff: das Profil von &lt;b&gt;%1&lt;/b&gt; (übernommene LSN %2), das Foto aus dem Cache („%3“): &lt;b&gt;Treffer&lt;/b&gt;, eine %4 alte Kopie mit Version %5.</translation>
    </message>
    <message>
        <source>Photo cache (“%1”): &lt;b&gt;miss&lt;/b&gt;, it keeps this copy now.</source>
        <translation>Foto-Cache („%1“): &lt;b&gt;kein Treffer&lt;/b&gt;, er behält jetzt diese Kopie.</translation>
    </message>
</context>
<context>
    <name>Knobs</name>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation>%1: an</translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation>%1: aus</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %L2 %</source>
        <translation>%1 %L2 %</translation>
    </message>
    <message>
        <source>%1 %L2</source>
        <translation>%1 %L2</translation>
    </message>
    <message>
        <source>%1 %2%3</source>
        <translation>%1 %2%3</translation>
    </message>
</context>
<context>
    <name>LagChart</name>
    <message>
        <source>%L1 s</source>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>Replica lag chart</source>
        <translation>Diagramm der Replikat-Verzögerung</translation>
    </message>
    <message>
        <source>No lag measured yet.</source>
        <translation>Noch keine Verzögerung gemessen.</translation>
    </message>
    <message>
        <source>Replica %1: now %2, p50 %3, p95 %4</source>
        <translation>Replikat %1: jetzt %2, p50 %3, p95 %4</translation>
    </message>
    <message>
        <source>, paused</source>
        <translation>, angehalten</translation>
    </message>
    <message>
        <source>Alarm at %1: %2.</source>
        <translation>Alarm bei %1: %2.</translation>
    </message>
    <message>
        <source>Alarm at %1: all replicas below it.</source>
        <translation>Alarm bei %1: alle Replikate darunter.</translation>
    </message>
    <message>
        <source>−%1 min</source>
        <translation>−%1 min</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>⚠ Alarm %1 — crossed</source>
        <translation>⚠ Alarm %1 – überschritten</translation>
    </message>
    <message>
        <source>Alarm %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <source>Waiting for the first health report…</source>
        <translation>Warte auf den ersten Zustandsbericht…</translation>
    </message>
    <message>
        <source>Replica %1 (paused)</source>
        <translation>Replikat %1 (angehalten)</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Replikat %1</translation>
    </message>
    <message>
        <source>⚠ </source>
        <translation>⚠ </translation>
    </message>
    <message>
        <source> · now %1 · p50 %2 · p95 %3</source>
        <translation> · jetzt %1 · p50 %2 · p95 %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Converge</source>
        <translation>Converge</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Bildschirme</translation>
    </message>
    <message>
        <source>Choose the pattern to explore. Ctrl+1, Ctrl+2 and Ctrl+3 switch directly.</source>
        <translation>Wähle das Muster, das du erkunden willst. Strg+1, Strg+2 und Strg+3 wechseln direkt.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Seed —</source>
        <translation>Seed –</translation>
    </message>
    <message>
        <source>Starting backend…</source>
        <translation>Backend startet…</translation>
    </message>
    <message>
        <source>Show the %1 screen</source>
        <translation>Bildschirm %1 zeigen</translation>
    </message>
    <message>
        <source>Embedded backend %1</source>
        <translation>Eingebettetes Backend %1</translation>
    </message>
    <message>
        <source>Backend %1</source>
        <translation>Backend %1</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <source>◌ Connecting…</source>
        <translation>◌ Verbinde…</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Verbunden</translation>
    </message>
    <message>
        <source>⚠ Offline</source>
        <translation>⚠ Offline</translation>
    </message>
    <message>
        <source>⚠ Replicas lagging: %1</source>
        <translation>⚠ Replikate hängen hinterher: %1</translation>
    </message>
    <message>
        <source>Warning: replicas lagging. %1</source>
        <translation>Warnung: Replikate hängen hinterher. %1</translation>
    </message>
    <message>
        <source>Move to the next pane</source>
        <translation>Zum nächsten Bereich</translation>
    </message>
    <message>
        <source>Move to the previous pane</source>
        <translation>Zum vorigen Bereich</translation>
    </message>
    <message>
        <source>Open the menu bar</source>
        <translation>Menüleiste öffnen</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>The data lives in a real PostgreSQL primary and its streaming replicas; their lag and pauses are real.</source>
        <translation>Die Daten liegen in einem echten PostgreSQL-Primärserver und seinen Streaming-Replikaten; ihre Verzögerung und ihre Pausen sind echt.</translation>
    </message>
    <message>
        <source>Store: PostgreSQL</source>
        <translation>Speicher: PostgreSQL</translation>
    </message>
</context>
<context>
    <name>MoneyAmount</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Gib einen Betrag ein.</translation>
    </message>
    <message>
        <source>Enter the amount as a number, like %1.</source>
        <translation>Gib den Betrag als Zahl ein, etwa %1.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Gib einen Betrag über null ein.</translation>
    </message>
    <message>
        <source>The amount can&apos;t be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Use at most two decimal places, like %1.</source>
        <translation>Höchstens zwei Nachkommastellen, etwa %1.</translation>
    </message>
    <message>
        <source>That amount is far too large.</source>
        <translation>Dieser Betrag ist viel zu groß.</translation>
    </message>
    <message>
        <source>That&apos;s more than the %1 available.</source>
        <translation>Das ist mehr als die verfügbaren %1.</translation>
    </message>
    <message>
        <source>That&apos;s more than is available.</source>
        <translation>Das ist mehr, als verfügbar ist.</translation>
    </message>
    <message>
        <source>The limit per transfer is %1.</source>
        <translation>Das Limit pro Überweisung ist %1.</translation>
    </message>
    <message>
        <source>That&apos;s over the limit per transfer.</source>
        <translation>Das liegt über dem Limit pro Überweisung.</translation>
    </message>
</context>
<context>
    <name>NotificationHistoryModel</name>
    <message>
        <source>%1 done · %2</source>
        <translation>%1 erledigt · %2</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <source>%1 available</source>
        <translation>„%1“ möglich</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>(%n time(s))</source>
        <translation>
            <numerusform>(%n-mal)</numerusform>
            <numerusform>(%n-mal)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationHistoryPanel</name>
    <message>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>Notification history</source>
        <translation>Benachrichtigungsverlauf</translation>
    </message>
    <message>
        <source>Take action</source>
        <translation>Handeln</translation>
    </message>
</context>
<context>
    <name>OneShotFaults</name>
    <message>
        <source>The next writes (any screen)</source>
        <translation>Die nächsten Schreibzugriffe (jeder Bildschirm)</translation>
    </message>
    <message>
        <source>Favorite taps</source>
        <translation>Tippen auf Herzen</translation>
    </message>
    <message>
        <source>Photo uploads</source>
        <translation>Foto-Uploads</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Überweisungen</translation>
    </message>
    <message>
        <source>Item list reads</source>
        <translation>Lesen der Elementliste</translation>
    </message>
    <message>
        <source>Profile reads</source>
        <translation>Lesen des Profils</translation>
    </message>
    <message>
        <source>Account reads</source>
        <translation>Lesen des Kontos</translation>
    </message>
    <message>
        <source>no answer ever</source>
        <translation>nie eine Antwort</translation>
    </message>
    <message>
        <source>saved, answer lost</source>
        <translation>gespeichert, Antwort verloren</translation>
    </message>
    <message>
        <source>saved, then 503</source>
        <translation>gespeichert, dann 503</translation>
    </message>
    <message>
        <source>503</source>
        <translation>503</translation>
    </message>
    <message numerus="yes">
        <source>The next %n write(s) will fail (%1).</source>
        <translation>
            <numerusform>Der nächste Schreibzugriff schlägt fehl (%1).</numerusform>
            <numerusform>Die nächsten %n Schreibzugriffe schlagen fehl (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next %n request(s) will fail (%1).</source>
        <translation>
            <numerusform>Die nächste Anfrage schlägt fehl (%1).</numerusform>
            <numerusform>Die nächsten %n Anfragen schlagen fehl (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the next %n will fail (%2).</source>
        <translation>
            <numerusform>%1: die nächste schlägt fehl (%2).</numerusform>
            <numerusform>%1: die nächsten %n schlagen fehl (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>No one-off faults armed.</source>
        <translation>Keine einmaligen Störungen aktiv.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>PaneSession</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PhotoPreparer</name>
    <message>
        <source>%L1 MB</source>
        <translation>%L1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is %2; photos can be at most %3.</source>
        <translation>„%1“ ist %2 groß; Fotos dürfen höchstens %3 groß sein.</translation>
    </message>
    <message>
        <source>“%1” couldn&apos;t be opened.</source>
        <translation>„%1“ ließ sich nicht öffnen.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>“%1” isn&apos;t an image. Choose a PNG or JPEG photo.</source>
        <translation>„%1“ ist kein Bild. Wähle ein PNG- oder JPEG-Foto.</translation>
    </message>
    <message>
        <source>“%1” is a %2 image, which isn&apos;t supported. Choose a PNG or JPEG photo.</source>
        <translation>„%1“ ist ein %2-Bild, das nicht unterstützt wird. Wähle ein PNG- oder JPEG-Foto.</translation>
    </message>
    <message>
        <source>“%1” is damaged and can&apos;t be read.</source>
        <translation>„%1“ ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is %2 × %3 pixels; photos can have at most %4 million pixels.</source>
        <translation>„%1“ hat %2 × %3 Pixel; Fotos dürfen höchstens %4 Millionen Pixel haben.</translation>
    </message>
    <message>
        <source>“%1” couldn&apos;t be prepared for upload.</source>
        <translation>„%1“ konnte nicht für den Upload vorbereitet werden.</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Profile photo</source>
        <translation>Profilfoto</translation>
    </message>
    <message>
        <source>Drop an image here, or press Enter to choose a file.</source>
        <translation>Zieh ein Bild hierher oder drücke die Eingabetaste, um eine Datei zu wählen.</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>Noch kein Foto</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>This screen is not built yet.</source>
        <translation>Dieser Bildschirm ist noch nicht gebaut.</translation>
    </message>
</context>
<context>
    <name>PresenterCaption</name>
    <message>
        <source>It didn&apos;t go through: the server refused it, and the screen says so.</source>
        <translation>Es hat nicht geklappt: Der Server hat es abgelehnt, und der Bildschirm sagt es.</translation>
    </message>
    <message>
        <source>It didn&apos;t go through, so the screen took it back.</source>
        <translation>Es hat nicht geklappt, darum hat der Bildschirm es zurückgenommen.</translation>
    </message>
    <message>
        <source>Someone else changed it meanwhile, so you decide which version stays.</source>
        <translation>Jemand anderes hat es inzwischen geändert, darum entscheiden Sie, welche Fassung bleibt.</translation>
    </message>
    <message>
        <source>The answer got lost on the way, so the app is checking whether your change arrived.</source>
        <translation>Die Antwort ist unterwegs verloren gegangen, darum prüft die App, ob deine Änderung angekommen ist.</translation>
    </message>
    <message>
        <source>Confirmed: what you see is what the server holds.</source>
        <translation>Bestätigt: Was du siehst, ist das, was der Server hat.</translation>
    </message>
    <message>
        <source>Your change is on the primary.</source>
        <translation>Deine Änderung ist auf dem Primärserver.</translation>
    </message>
    <message>
        <source>Your change hasn&apos;t reached the server yet; the app tries again.</source>
        <translation>Deine Änderung hat den Server noch nicht erreicht; die App versucht es erneut.</translation>
    </message>
    <message>
        <source>Your change is on its way to the server.</source>
        <translation>Deine Änderung ist auf dem Weg zum Server.</translation>
    </message>
    <message>
        <source>The page read an older copy from replica %1, so it still shows what was there before.</source>
        <translation>Die Seite hat eine ältere Kopie von Replikat %1 gelesen und zeigt darum noch, was vorher da war.</translation>
    </message>
    <message>
        <source>The page read an older copy, so it still shows what was there before.</source>
        <translation>Die Seite hat eine ältere Kopie gelesen und zeigt darum noch, was vorher da war.</translation>
    </message>
    <message>
        <source>Every replica has it now.</source>
        <translation>Jedes Replikat hat sie jetzt.</translation>
    </message>
    <message numerus="yes">
        <source>Replica %1 hasn&apos;t seen it yet.</source>
        <extracomment>%1 lists the replicas&apos; numbers (&quot;2&quot; or &quot;1 and 3&quot;); the count picks the form.</extracomment>
        <translation>
            <numerusform>Replikat %1 hat sie noch nicht.</numerusform>
            <numerusform>Die Replikate %1 haben sie noch nicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterCaptionBar</name>
    <message>
        <source>What is happening</source>
        <translation>Was gerade passiert</translation>
    </message>
    <message>
        <source>Your last action will be explained here.</source>
        <translation>Hier wird deine letzte Aktion erklärt.</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message numerus="yes">
        <source>⏸ %n answer(s) held</source>
        <translation>
            <numerusform>⏸ %n Antwort zurückgehalten</numerusform>
            <numerusform>⏸ %n Antworten zurückgehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) held back by the backend</source>
        <translation>
            <numerusform>%n Antwort vom Backend zurückgehalten</numerusform>
            <numerusform>%n Antworten vom Backend zurückgehalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterMode</name>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Larger text, the technical docks hidden, and a caption that explains the last action: for a projector</source>
        <translation>Größere Schrift, die technischen Leisten ausgeblendet und eine Zeile, die die letzte Aktion erklärt: für einen Beamer</translation>
    </message>
    <message>
        <source>Presenter &amp;size</source>
        <translation>&amp;Größe im Präsentationsmodus</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Presenter mode on. F5 turns it off.</source>
        <translation>Präsentationsmodus an. F5 schaltet ihn aus.</translation>
    </message>
    <message>
        <source>Presenter mode off.</source>
        <translation>Präsentationsmodus aus.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Instant</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>0 ms</source>
        <translation>0 ms</translation>
    </message>
    <message>
        <source>No latency, no replica lag, no faults: every answer comes at once.</source>
        <translation>Keine Latenz, keine Replikat-Verzögerung, keine Störungen: Jede Antwort kommt sofort.</translation>
    </message>
    <message>
        <source>Fast 4G</source>
        <translation>Schnelles 4G</translation>
    </message>
    <message>
        <source>≈ 165 ms</source>
        <translation>≈ 165 ms</translation>
    </message>
    <message>
        <source>Every request takes 150 to 180 ms (165 ms on average).</source>
        <translation>Jede Anfrage dauert 150 bis 180 ms (im Schnitt 165 ms).</translation>
    </message>
    <message>
        <source>Slow 4G</source>
        <translation>Langsames 4G</translation>
    </message>
    <message>
        <source>≈ 560 ms</source>
        <translation>≈ 560 ms</translation>
    </message>
    <message>
        <source>Every request takes 460 to 660 ms (560 ms on average).</source>
        <translation>Jede Anfrage dauert 460 bis 660 ms (im Schnitt 560 ms).</translation>
    </message>
    <message>
        <source>3G</source>
        <translation>3G</translation>
    </message>
    <message>
        <source>≈ 2 s</source>
        <translation>≈ 2 s</translation>
    </message>
    <message>
        <source>Every request takes about 2 s (normal, standard deviation 400 ms).</source>
        <translation>Jede Anfrage dauert etwa 2 s (normalverteilt, Standardabweichung 400 ms).</translation>
    </message>
    <message>
        <source>Flaky</source>
        <translation>Wackelig</translation>
    </message>
    <message>
        <source>30 % errors</source>
        <translation>30 % Fehler</translation>
    </message>
    <message>
        <source>30 % of requests fail with a server error (503); no hangs, no lost answers.</source>
        <translation>30 % der Anfragen scheitern mit einem Serverfehler (503); keine Hänger, keine verlorenen Antworten.</translation>
    </message>
    <message>
        <source>Lost responses</source>
        <translation>Verlorene Antworten</translation>
    </message>
    <message>
        <source>10 % of writes</source>
        <translation>10 % beim Schreiben</translation>
    </message>
    <message>
        <source>10 % of writes are applied but never answered: the app cannot know whether they arrived.</source>
        <translation>10 % der Schreibzugriffe werden ausgeführt, aber nie beantwortet: Die App kann nicht wissen, ob sie angekommen sind.</translation>
    </message>
    <message>
        <source>Replica lag 5 s</source>
        <translation>Replikate 5 s später</translation>
    </message>
    <message>
        <source>5000 ms</source>
        <translation>5000 ms</translation>
    </message>
    <message>
        <source>Every replica applies each write exactly 5 s after the primary.</source>
        <translation>Jedes Replikat übernimmt jeden Schreibzugriff genau 5 s nach dem Primärserver.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>keine Antworten</translation>
    </message>
    <message>
        <source>Nothing answers: every data request fails as if the network were gone. The control room still works.</source>
        <translation>Nichts antwortet: Jede Datenanfrage scheitert, als wäre das Netz weg. Der Kontrollraum funktioniert weiter.</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>unknown pattern “%1”; use one of %2</source>
        <translation>unbekanntes Muster „%1“; verwende eines von %2</translation>
    </message>
    <message>
        <source>shows your new photo (version %1) after %2 read(s), served by %3</source>
        <translation>zeigt dein neues Foto (Version %1) nach %2 Lesezugriff(en), bedient von %3</translation>
    </message>
    <message>
        <source>shows your OLD photo (version %1), served by %2</source>
        <translation>zeigt dein ALTES Foto (Version %1), bedient von %2</translation>
    </message>
    <message>
        <source>shows version %1, served by %2</source>
        <translation>zeigt Version %1, bedient von %2</translation>
    </message>
    <message>
        <source>there is no sample photo “%1”</source>
        <translation>es gibt kein Beispielfoto „%1“</translation>
    </message>
    <message>
        <source>an upload is still in progress</source>
        <translation>ein Upload läuft noch</translation>
    </message>
    <message>
        <source>The profile page shows this session&apos;s last uploaded photo (args: expected, default true)</source>
        <translation>Die Profilseite zeigt das zuletzt hochgeladene Foto dieser Sitzung (Argument: expected, Standard true)</translation>
    </message>
    <message>
        <source>version %1 is shown; your last upload is version %2</source>
        <translation>Version %1 wird gezeigt; dein letzter Upload ist Version %2</translation>
    </message>
    <message>
        <source>The profile page shows a photo version (args: version, or atLeast)</source>
        <translation>Die Profilseite zeigt eine Fotoversion (Argumente: version oder atLeast)</translation>
    </message>
    <message>
        <source>version %1 is shown</source>
        <translation>Version %1 wird gezeigt</translation>
    </message>
    <message>
        <source>After the last upload the page presented an older photo as current (args: expected, default true)</source>
        <translation>Nach dem letzten Upload hat die Seite ein älteres Foto als aktuell gezeigt (Argument: expected, Standard true)</translation>
    </message>
    <message>
        <source>the old photo was shown after the upload</source>
        <translation>nach dem Upload wurde das alte Foto gezeigt</translation>
    </message>
    <message>
        <source>the old photo was not shown after the upload</source>
        <translation>nach dem Upload wurde das alte Foto nicht gezeigt</translation>
    </message>
    <message>
        <source>Upload a sample photo on the profile screen (args: sample = sunrise, ocean, forest, night-city or flower; pattern = naive, read-your-writes, sticky-primary, poll or monotonic; preview = true/false) and wait until the page shows something</source>
        <translation>Ein Beispielfoto auf dem Profilbildschirm hochladen (Argumente: sample = sunrise, ocean, forest, night-city oder flower; pattern = naive, read-your-writes, sticky-primary, poll oder monotonic; preview = true/false) und warten, bis die Seite etwas zeigt</translation>
    </message>
    <message>
        <source>Reload the profile page (args: pattern, optional; times, default 1) and wait until it shows something, each time</source>
        <translation>Die Profilseite neu laden (Argumente: pattern, optional; times, Standard 1) und jedes Mal warten, bis sie etwas zeigt</translation>
    </message>
    <message>
        <source>times must be a whole number from 1 to 100</source>
        <translation>times muss eine ganze Zahl von 1 bis 100 sein</translation>
    </message>
    <message>
        <source>How often the page showed an older photo after a newer one (args: pattern, default the current one; count, or atLeast)</source>
        <translation>Wie oft die Seite ein älteres Foto nach einem neueren gezeigt hat (Argumente: pattern, Standard das aktuelle; count oder atLeast)</translation>
    </message>
    <message>
        <source>unknown pattern “%1”</source>
        <translation>unbekanntes Muster „%1“</translation>
    </message>
    <message numerus="yes">
        <source>the page went back in time %n time(s) with “%1”</source>
        <translation>
            <numerusform>die Seite ist mit „%1“ %n Mal in der Zeit zurückgesprungen</numerusform>
            <numerusform>die Seite ist mit „%1“ %n Mal in der Zeit zurückgesprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>What the photo cache did for the last read (args: hit, true or false; optional version, the version its copy held)</source>
        <translation>Was der Foto-Cache beim letzten Lesezugriff getan hat (Argumente: hit, true oder false; optional version, die Version seiner Kopie)</translation>
    </message>
    <message>
        <source>no cache answered the last read</source>
        <translation>kein Cache hat den letzten Lesezugriff beantwortet</translation>
    </message>
    <message>
        <source>the cache served a copy %1 old of version %2</source>
        <translation>der Cache lieferte eine %1 alte Kopie von Version %2</translation>
    </message>
    <message>
        <source>the cache had no copy; it fetched version %1</source>
        <translation>der Cache hatte keine Kopie; er holte Version %1</translation>
    </message>
</context>
<context>
    <name>ProfileFeedback</name>
    <message>
        <source>Failed again</source>
        <translation>Wieder fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Your new photo is showing.</source>
        <translation>Dein neues Foto wird angezeigt.</translation>
    </message>
    <message>
        <source>Photo saved.</source>
        <translation>Foto gespeichert.</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>stale reads of your own write · %1</source>
        <translation>veraltete Lesezugriffe auf deinen eigenen Schreibzugriff · %1</translation>
    </message>
    <message>
        <source>time travel (older after newer) · %1</source>
        <translation>Zeitreise (älter nach neuer) · %1</translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <source>Reloaded the profile page (%1)</source>
        <translation>Profilseite neu geladen (%1)</translation>
    </message>
    <message>
        <source>Uploaded a new profile photo “%1” (%2)</source>
        <translation>Neues Profilfoto „%1“ hochgeladen (%2)</translation>
    </message>
    <message>
        <source>The photo from the server couldn&apos;t be shown.</source>
        <translation>Das Foto vom Server konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Your previous photo is still uploading. Try again when it&apos;s done.</source>
        <translation>Dein vorheriges Foto wird noch hochgeladen. Versuch es noch einmal, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>No answer for “%1”: checking whether it arrived</source>
        <translation>Keine Antwort für „%1“: wird geprüft, ob es angekommen ist</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n read(s); no replica had your upload yet</source>
        <translation>
            <numerusform>Nach %n Lesezugriff aufgegeben; noch kein Replikat hatte deinen Upload</numerusform>
            <numerusform>Nach %n Lesezugriffen aufgegeben; noch kein Replikat hatte deinen Upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your new photo is showing (version %1, after %n read(s))</source>
        <translation>
            <numerusform>Dein neues Foto wird angezeigt (Version %1, nach %n Lesezugriff)</numerusform>
            <numerusform>Dein neues Foto wird angezeigt (Version %1, nach %n Lesezugriffen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The page showed your old photo (version %1) from %2</source>
        <translation>Die Seite hat dein altes Foto (Version %1) von %2 gezeigt</translation>
    </message>
    <message>
        <source>The primary accepted your photo as version %1 (its event arrived; the answer was lost)</source>
        <translation>Der Primärserver hat dein Foto als Version %1 angenommen (sein Ereignis kam an; die Antwort ging verloren)</translation>
    </message>
    <message>
        <source>The primary has your photo as version %1 (read back; the answer was lost)</source>
        <translation>Der Primärserver hat dein Foto als Version %1 (zurückgelesen; die Antwort ging verloren)</translation>
    </message>
    <message>
        <source>The server already had this upload (same key): version %1</source>
        <translation>Der Server hatte diesen Upload schon (gleicher Schlüssel): Version %1</translation>
    </message>
    <message>
        <source>The server saved your photo as version %1</source>
        <translation>Der Server hat dein Foto als Version %1 gespeichert</translation>
    </message>
    <message>
        <source>The page did not show this read: version %1 is older than your upload</source>
        <translation>Die Seite hat diesen Lesezugriff nicht gezeigt: Version %1 ist älter als dein Upload</translation>
    </message>
    <message>
        <source>The page shows this read&apos;s version %1, older than your upload</source>
        <translation>Die Seite zeigt Version %1 aus diesem Lesezugriff, älter als dein Upload</translation>
    </message>
    <message>
        <source>The page shows what this read returned (version %1)</source>
        <translation>Die Seite zeigt, was dieser Lesezugriff geliefert hat (Version %1)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <source>We&apos;re checking whether “%1” arrived.</source>
        <translation>Wir prüfen, ob „%1“ angekommen ist.</translation>
    </message>
    <message>
        <source>Saved. Loading your profile…</source>
        <translation>Gespeichert. Dein Profil wird geladen…</translation>
    </message>
    <message>
        <source>Saved. Waiting for your new photo to appear…</source>
        <translation>Gespeichert. Warte, bis dein neues Foto erscheint…</translation>
    </message>
    <message>
        <source>The server refused “%1”: %2</source>
        <translation>Der Server hat „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>Couldn&apos;t upload “%1”. Your current photo stays. %2</source>
        <translation>„%1“ konnte nicht hochgeladen werden. Dein aktuelles Foto bleibt. %2</translation>
    </message>
    <message>
        <source>We&apos;re not sure “%1” arrived. Retry sends it again safely.</source>
        <translation>Wir sind nicht sicher, ob „%1“ angekommen ist. „Erneut versuchen“ sendet es gefahrlos noch einmal.</translation>
    </message>
    <message>
        <source>Your photo is saved, but the page couldn&apos;t reload. %1</source>
        <translation>Dein Foto ist gespeichert, aber die Seite konnte nicht neu laden. %1</translation>
    </message>
    <message>
        <source>Couldn&apos;t load your profile. %1</source>
        <translation>Dein Profil konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Your new photo is saved, but it isn&apos;t showing here yet. Reload in a moment.</source>
        <translation>Dein neues Foto ist gespeichert, wird hier aber noch nicht angezeigt. Lade gleich neu.</translation>
    </message>
    <message>
        <source>Saved. Waiting for the server&apos;s copy…</source>
        <translation>Gespeichert. Warte auf die Kopie des Servers…</translation>
    </message>
    <message>
        <source>the primary</source>
        <translation>der Primärserver</translation>
    </message>
    <message>
        <source>replica %1</source>
        <translation>Replikat %1</translation>
    </message>
    <message>
        <source>The page went back in time: it showed version %1 from %2 after version %3</source>
        <translation>Die Seite ist in der Zeit zurückgesprungen: Sie zeigte Version %1 von %2 nach Version %3</translation>
    </message>
    <message>
        <source>The page did not show this read: %1 is at LSN %2; the page has already seen LSN %3</source>
        <translation>Die Seite hat diesen Lesezugriff nicht gezeigt: %1 ist bei LSN %2; die Seite hat schon LSN %3 gesehen</translation>
    </message>
    <message>
        <source>The page shows this read&apos;s version %1, older than version %2 it showed before</source>
        <translation>Die Seite zeigt Version %1 aus diesem Lesezugriff, älter als Version %2, die sie vorher gezeigt hat</translation>
    </message>
</context>
<context>
    <name>ProfilePatterns</name>
    <message>
        <source>Naive replica read</source>
        <translation>Naives Lesen vom Replikat</translation>
    </message>
    <message>
        <source>Read-your-writes</source>
        <translation>Eigene Änderungen lesen</translation>
    </message>
    <message>
        <source>Primary for a while</source>
        <translation>Eine Weile vom Primärserver</translation>
    </message>
    <message>
        <source>Poll until fresh</source>
        <translation>Abfragen, bis aktuell</translation>
    </message>
    <message>
        <source>Reload from any replica. Shows your old photo until that replica catches up.</source>
        <translation>Von einem beliebigen Replikat neu laden. Zeigt dein altes Foto, bis dieses Replikat aufgeholt hat.</translation>
    </message>
    <message>
        <source>Reload with this session&apos;s token: a caught-up replica or the primary answers.</source>
        <translation>Mit dem Token dieser Sitzung neu laden: Ein aufgeholtes Replikat oder der Primärserver antwortet.</translation>
    </message>
    <message>
        <source>After an upload, read from the primary for a few seconds, then replicas again.</source>
        <translation>Nach einem Upload einige Sekunden vom Primärserver lesen, dann wieder von Replikaten.</translation>
    </message>
    <message>
        <source>Re-read replicas with growing pauses until your photo is there; give up after a bound.</source>
        <translation>Replikate mit wachsenden Pausen erneut lesen, bis dein Foto da ist; nach einer Grenze aufgeben.</translation>
    </message>
    <message>
        <source>Stay on one replica</source>
        <translation>Bei einem Replikat bleiben</translation>
    </message>
    <message>
        <source>Never read from a replica older than what you&apos;ve seen: the page never goes back.</source>
        <translation>Nie von einem Replikat lesen, das älter ist als das, was du gesehen hast: Die Seite springt nie zurück.</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <source>Profile photo</source>
        <translation>Profilfoto</translation>
    </message>
    <message>
        <source>Upload a new photo and watch the page reload from a replica that may not have caught up. Pick a pattern to see what cures it.</source>
        <translation>Lade ein neues Foto hoch und sieh zu, wie die Seite von einem Replikat neu lädt, das vielleicht noch nicht aufgeholt hat. Wähle ein Muster, um zu sehen, was hilft.</translation>
    </message>
    <message>
        <source>Photo status</source>
        <translation>Fotostatus</translation>
    </message>
    <message>
        <source>Problem with the chosen photo</source>
        <translation>Problem mit dem gewählten Foto</translation>
    </message>
    <message>
        <source>&amp;Change photo…</source>
        <translation>Foto ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG file (at most 10 MB). You can also drop one on the photo.</source>
        <translation>Wähle eine PNG- oder JPEG-Datei (höchstens 10 MB). Du kannst sie auch auf das Foto ziehen.</translation>
    </message>
    <message>
        <source>Re&amp;load page</source>
        <translation>Seite neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the profile again with the selected pattern.</source>
        <translation>Das Profil mit dem gewählten Muster erneut lesen.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Send the same upload again; the server recognises it and never applies it twice.</source>
        <translation>Denselben Upload noch einmal senden; der Server erkennt ihn und wendet ihn nie zweimal an.</translation>
    </message>
    <message>
        <source>Or try a sample photo:</source>
        <translation>Oder probiere ein Beispielfoto:</translation>
    </message>
    <message>
        <source>After an upload, the page reads…</source>
        <translation>Nach einem Upload liest die Seite…</translation>
    </message>
    <message>
        <source>Show a local &amp;preview while uploading</source>
        <translation>Lokale &amp;Vorschau beim Hochladen</translation>
    </message>
    <message>
        <source>Shows the chosen photo at once, dimmed, until the server&apos;s copy is confirmed. Works with any pattern.</source>
        <translation>Zeigt das gewählte Foto sofort, abgeblendet, bis die Kopie des Servers bestätigt ist. Funktioniert mit jedem Muster.</translation>
    </message>
    <message>
        <source>Open a &amp;second window (another session)</source>
        <translation>&amp;Zweites Fenster (andere Sitzung)</translation>
    </message>
    <message>
        <source>The same profile seen by another session without your token: read-your-writes fixes only your own view.</source>
        <translation>Dasselbe Profil aus Sicht einer anderen Sitzung ohne dein Token: „Eigene Änderungen lesen“ korrigiert nur deine eigene Ansicht.</translation>
    </message>
    <message>
        <source>Choose a profile photo</source>
        <translation>Profilfoto wählen</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>Fotos (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Can&apos;t use this photo.&lt;/b&gt; %1 Your current photo stays.</source>
        <translation>&lt;b&gt;Dieses Foto geht nicht.&lt;/b&gt; %1 Dein aktuelles Foto bleibt.</translation>
    </message>
    <message>
        <source>Preview of your chosen photo. %1</source>
        <translation>Vorschau deines gewählten Fotos. %1</translation>
    </message>
    <message>
        <source>Photo version %1</source>
        <translation>Fotoversion %1</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <source>Loading your photo…</source>
        <translation>Dein Foto wird geladen…</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not showing yet</source>
        <translation>Noch nicht sichtbar</translation>
    </message>
</context>
<context>
    <name>ProfileSplit</name>
    <message>
        <source>Profile photo</source>
        <translation>Profilfoto</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Converge can&apos;t start</source>
        <translation>Converge kann nicht starten</translation>
    </message>
</context>
<context>
    <name>ReplicaInspector</name>
    <message>
        <source>Primary</source>
        <translation>Primärserver</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (Pause)</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>führt</translation>
    </message>
    <message>
        <source>caught up</source>
        <translation>aufgeholt</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>%1 zurück</translation>
    </message>
    <message>
        <source>no write yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>has it</source>
        <translation>hat sie</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>served</source>
        <translation>hat geliefert</translation>
    </message>
    <message>
        <source>Has this node applied LSN %1, this session&apos;s last write?</source>
        <translation>Hat dieser Knoten LSN %1 übernommen, den letzten Schreibzugriff dieser Sitzung?</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>LSN</source>
        <translation>LSN</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Your write</source>
        <translation>Deine Änderung</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Zuletzt gelesen</translation>
    </message>
    <message>
        <source>The primary</source>
        <translation>Der Primärserver</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Replikat %1</translation>
    </message>
    <message>
        <source>An unknown node</source>
        <translation>Ein unbekannter Knoten</translation>
    </message>
    <message>
        <source>&lt; 0.1 s</source>
        <translation>&lt; 0,1 s</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>%1 served version %2 of the photo (it had applied LSN %3).</source>
        <translation>%1 hat Version %2 des Fotos geliefert (es hatte LSN %3 übernommen).</translation>
    </message>
    <message>
        <source>%1 had not applied your upload yet (LSN %2, yours is %3); it served your old photo (version %4, yours is %5).</source>
        <translation>%1 hatte deinen Upload noch nicht übernommen (LSN %2, deiner ist %3); es hat dein altes Foto geliefert (Version %4, deins ist %5).</translation>
    </message>
    <message>
        <source>%1 was %2 behind; it served your old photo (version %3, yours is %4).</source>
        <translation>%1 lag %2 zurück; es hat dein altes Foto geliefert (Version %3, deins ist %4).</translation>
    </message>
    <message>
        <source>The primary-for-a-while window had ended; %1 was %2 behind and served your old photo.</source>
        <translation>Das Zeitfenster „Eine Weile vom Primärserver“ war vorbei; %1 lag %2 zurück und hat dein altes Foto geliefert.</translation>
    </message>
    <message>
        <source>Read %1: %2 still had version %3. Gave up: your photo is saved, but no replica had it yet.</source>
        <translation>Lesezugriff %1: %2 hatte noch Version %3. Aufgegeben: Dein Foto ist gespeichert, aber noch kein Replikat hatte es.</translation>
    </message>
    <message>
        <source>Read %1: %2 was %3 behind and still had version %4; not shown. Next read in %5.</source>
        <translation>Lesezugriff %1: %2 lag %3 zurück und hatte noch Version %4; nicht angezeigt. Nächster Lesezugriff in %5.</translation>
    </message>
    <message>
        <source>%1 had LSN %2, older than your write (LSN %3); it served your old photo.</source>
        <translation>%1 hatte LSN %2, älter als dein Schreibzugriff (LSN %3); es hat dein altes Foto geliefert.</translation>
    </message>
    <message>
        <source>%1 had already applied your upload (LSN %2); it served your new photo.</source>
        <translation>%1 hatte deinen Upload schon übernommen (LSN %2); es hat dein neues Foto geliefert.</translation>
    </message>
    <message>
        <source>Your token asked for LSN ≥ %1. No replica had it yet, so the primary served your new photo.</source>
        <translation>Dein Token verlangte LSN ≥ %1. Noch kein Replikat hatte sie, also hat der Primärserver dein neues Foto geliefert.</translation>
    </message>
    <message>
        <source>Your token asked for LSN ≥ %1; %2 had it (LSN %3) and served your new photo.</source>
        <translation>Dein Token verlangte LSN ≥ %1; %2 hatte sie (LSN %3) und hat dein neues Foto geliefert.</translation>
    </message>
    <message>
        <source>Just after your upload, so the primary served your new photo.</source>
        <translation>Direkt nach deinem Upload, also hat der Primärserver dein neues Foto geliefert.</translation>
    </message>
    <message>
        <source>The primary window had ended; %1 had caught up and served your new photo.</source>
        <translation>Das Zeitfenster des Primärservers war vorbei; %1 hatte aufgeholt und hat dein neues Foto geliefert.</translation>
    </message>
    <message>
        <source>Read %1: %2 had caught up; showing your new photo after %1 reads.</source>
        <translation>Lesezugriff %1: %2 hatte aufgeholt; dein neues Foto wird nach %1 Lesezugriffen angezeigt.</translation>
    </message>
    <message>
        <source>%1 already had your upload; it served your new photo on the first read.</source>
        <translation>%1 hatte deinen Upload schon; es hat dein neues Foto beim ersten Lesezugriff geliefert.</translation>
    </message>
    <message>
        <source>%1 is at LSN %2; you have already seen LSN %3 — older answer not shown.</source>
        <translation>%1 ist bei LSN %2; du hast schon LSN %3 gesehen – ältere Antwort nicht angezeigt.</translation>
    </message>
    <message>
        <source>%1 is at LSN %2; you had already seen LSN %3. It served version %4 after you saw version %5: the page went back in time.</source>
        <translation>%1 ist bei LSN %2; du hattest schon LSN %3 gesehen. Geliefert wurde Version %4, nachdem du Version %5 gesehen hattest: Die Seite ist in der Zeit zurückgesprungen.</translation>
    </message>
    <message>
        <source>%1 served version %2 (LSN %3). From now on every read asks for at least LSN %3.</source>
        <translation>%1 hat Version %2 geliefert (LSN %3). Ab jetzt verlangt jeder Lesezugriff mindestens LSN %3.</translation>
    </message>
    <message>
        <source>%1 had at least LSN %2, the newest this session has seen (it was at LSN %3): version %4, never older.</source>
        <translation>%1 hatte mindestens LSN %2, die neueste, die diese Sitzung gesehen hat (Stand: LSN %3): Version %4, nie älter.</translation>
    </message>
    <message>
        <source>Expires after a while (TTL)</source>
        <translation>Läuft nach einer Weile ab (TTL)</translation>
    </message>
    <message>
        <source>Updated on every upload (write-through)</source>
        <translation>Bei jedem Hochladen aktualisiert (Write-through)</translation>
    </message>
    <message>
        <source>Dropped when the upload&apos;s event arrives</source>
        <translation>Verworfen, wenn das Ereignis des Hochladens eintrifft</translation>
    </message>
    <message>
        <source>Version in the key (versioned URLs)</source>
        <translation>Version im Schlüssel (versionierte URLs)</translation>
    </message>
    <message>
        <source>No cache</source>
        <translation>Kein Cache</translation>
    </message>
    <message>
        <source>The cache served a copy %1 old; your upload is version %2, the copy is version %3.</source>
        <translation>Der Cache lieferte eine %1 alte Kopie; dein Upload ist Version %2, die Kopie ist Version %3.</translation>
    </message>
    <message>
        <source>It keeps the copy until it expires, so reading your writes at the database does not help.</source>
        <translation>Er behält die Kopie, bis sie abläuft; eigene Änderungen an der Datenbank zu lesen hilft daher nicht.</translation>
    </message>
    <message>
        <source>Your upload&apos;s event has not reached the cache yet; it drops the copy when it does.</source>
        <translation>Das Ereignis deines Uploads hat den Cache noch nicht erreicht; wenn es eintrifft, verwirft er die Kopie.</translation>
    </message>
    <message>
        <source>The cache served a copy %1 old: your upload itself (version %2), stored when you wrote it.</source>
        <translation>Der Cache lieferte eine %1 alte Kopie: deinen Upload selbst (Version %2), gespeichert, als du ihn geschrieben hast.</translation>
    </message>
    <message>
        <source>The cache served a copy %1 old (version %2).</source>
        <translation>Der Cache lieferte eine %1 alte Kopie (Version %2).</translation>
    </message>
    <message>
        <source>The cache had no copy of version %1. %2 served it; the cache keeps it now.</source>
        <translation>Der Cache hatte keine Kopie von Version %1. %2 hat sie geliefert; der Cache behält sie jetzt.</translation>
    </message>
</context>
<context>
    <name>ReplicaLagSeries</name>
    <message>
        <source>Replica %1 is %2 s behind (alarm at %3 s)</source>
        <translation>Replikat %1 liegt %2 s zurück (Alarm bei %3 s)</translation>
    </message>
    <message>
        <source>%1 replicas behind; replica %2 by %3 s (alarm at %4 s)</source>
        <translation>%1 Replikate liegen zurück; Replikat %2 um %3 s (Alarm bei %4 s)</translation>
    </message>
</context>
<context>
    <name>RoomForPanes</name>
    <message>
        <source>The docks are back.</source>
        <translation>Die Docks sind wieder da.</translation>
    </message>
    <message>
        <source>The docks stepped aside so both panes have room; the View menu brings them back.</source>
        <translation>Die Docks sind zur Seite getreten, damit beide Bereiche Platz haben; das Menü Ansicht holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>SamplePhotos</name>
    <message>
        <source>Sunrise</source>
        <translation>Sonnenaufgang</translation>
    </message>
    <message>
        <source>Ocean</source>
        <translation>Ozean</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Wald</translation>
    </message>
    <message>
        <source>Night city</source>
        <translation>Stadt bei Nacht</translation>
    </message>
    <message>
        <source>Flower</source>
        <translation>Blume</translation>
    </message>
</context>
<context>
    <name>SampleStrip</name>
    <message>
        <source>Sample photos</source>
        <translation>Beispielfotos</translation>
    </message>
    <message>
        <source>Upload sample photo: %1</source>
        <translation>Beispielfoto hochladen: %1</translation>
    </message>
    <message>
        <source>Upload “%1” as your profile photo</source>
        <translation>„%1“ als dein Profilfoto hochladen</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>%L1 %</source>
        <translation>%L1 %</translation>
    </message>
    <message>
        <source>error rate %1</source>
        <translation>Fehlerquote %1</translation>
    </message>
    <message>
        <source>hang rate %1</source>
        <translation>Hängerquote %1</translation>
    </message>
    <message>
        <source>lost responses %1</source>
        <translation>verlorene Antworten %1</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>read latency %1 ms</source>
        <translation>Leselatenz %1 ms</translation>
    </message>
    <message>
        <source>write latency %1 ms</source>
        <translation>Schreiblatenz %1 ms</translation>
    </message>
    <message>
        <source>transfer latency %1 ms</source>
        <translation>Überweisungslatenz %1 ms</translation>
    </message>
    <message>
        <source>replica %1 lag %2 ms</source>
        <translation>Replikat %1 Verzögerung %2 ms</translation>
    </message>
    <message>
        <source>transfer success %1</source>
        <translation>Überweisungserfolg %1</translation>
    </message>
    <message>
        <source>transfers settle within %1 ms</source>
        <translation>Überweisungen werden innerhalb von %1 ms abgewickelt</translation>
    </message>
    <message>
        <source>change backend settings</source>
        <translation>Backend-Einstellungen ändern</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Setze %1</translation>
    </message>
    <message>
        <source>Pause replica %1</source>
        <translation>Replikat %1 anhalten</translation>
    </message>
    <message>
        <source>Resume replica %1</source>
        <translation>Replikat %1 fortsetzen</translation>
    </message>
    <message>
        <source>Heal: no faults, every replica resumed</source>
        <translation>Heilen: keine Störungen, jedes Replikat fortgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>Fail the next %n request(s)</source>
        <translation>
            <numerusform>Die nächste Anfrage fehlschlagen lassen</numerusform>
            <numerusform>Die nächsten %n Anfragen fehlschlagen lassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset the data to the seed</source>
        <translation>Daten auf den Seed zurücksetzen</translation>
    </message>
    <message>
        <source>Do %1</source>
        <translation>Ausführen: %1</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>Prüfen: %1</translation>
    </message>
    <message>
        <source>Screenshot “%1”</source>
        <translation>Bildschirmfoto „%1“</translation>
    </message>
    <message>
        <source>%1 is not a known field (expected one of: %2)</source>
        <translation>%1 ist kein bekanntes Feld (erwartet wird eines von: %2)</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 must be an object {…}</source>
        <translation>%1 muss ein Objekt {…} sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number ≥ %2</source>
        <translation>%1 muss eine ganze Zahl ≥ %2 sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>%1 must be text in quotes</source>
        <translation>%1 muss Text in Anführungszeichen sein</translation>
    </message>
    <message>
        <source>%1: a step does one thing; this one also has “%2”</source>
        <translation>%1: ein Schritt tut eine Sache; dieser hat auch „%2“</translation>
    </message>
    <message>
        <source>%1 needs one of: %2</source>
        <translation>%1 braucht eines davon: %2</translation>
    </message>
    <message>
        <source>%1 only goes with “action” or “expect”</source>
        <translation>%1 gehört nur zu „action“ oder „expect“</translation>
    </message>
    <message>
        <source>%1 only goes with “expect”</source>
        <translation>%1 gehört nur zu „expect“</translation>
    </message>
    <message>
        <source>%1 must change at least one setting</source>
        <translation>%1 muss mindestens eine Einstellung ändern</translation>
    </message>
    <message>
        <source>%1 must be true</source>
        <translation>%1 muss true sein</translation>
    </message>
    <message>
        <source>%1 must name an %2</source>
        <translation>%1 muss eine %2 nennen</translation>
    </message>
    <message>
        <source>%1: there is no %2 “%3” (known: %4)</source>
        <translation>%1: es gibt keine %2 „%3“ (bekannt: %4)</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>expectation</source>
        <translation>Erwartung</translation>
    </message>
    <message>
        <source>%1 must be a file name of letters, digits, - and _ (it becomes &lt;name&gt;.png)</source>
        <translation>%1 muss ein Dateiname aus Buchstaben, Ziffern, - und _ sein (er wird zu &lt;name&gt;.png)</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object {…}</source>
        <translation>ein Szenario muss ein JSON-Objekt {…} sein</translation>
    </message>
    <message>
        <source>name must not be empty</source>
        <translation>name darf nicht leer sein</translation>
    </message>
    <message>
        <source>steps is missing (use [] for a scenario without steps)</source>
        <translation>steps fehlt (für ein Szenario ohne Schritte [] verwenden)</translation>
    </message>
    <message>
        <source>steps must be a list [{…}, …]</source>
        <translation>steps muss eine Liste [{…}, …] sein</translation>
    </message>
    <message>
        <source>%1 must be an object {&quot;atMs&quot;: …, …}</source>
        <translation>%1 muss ein Objekt {&quot;atMs&quot;: …, …} sein</translation>
    </message>
    <message>
        <source>durationMs must be ≥ the last step&apos;s atMs (%1)</source>
        <translation>durationMs muss ≥ atMs des letzten Schritts sein (%1)</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>Side by side: %1, %2 on the left, %3 on the right</source>
        <translation>Nebeneinander: %1, links %2, rechts %3</translation>
    </message>
    <message>
        <source>split needs the app&apos;s windows (no %1 here)</source>
        <translation>split braucht die Fenster der App (hier gibt es kein %1)</translation>
    </message>
</context>
<context>
    <name>ScenarioDock</name>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Noch &amp;einmal starten</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Scenario clock</source>
        <translation>Szenariouhr</translation>
    </message>
    <message>
        <source>Scenario progress</source>
        <translation>Szenariofortschritt</translation>
    </message>
    <message>
        <source>Open scenario file</source>
        <translation>Szenariodatei öffnen</translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation>Kein Szenario</translation>
    </message>
    <message>
        <source>Choose one from the Scenarios menu, or open a file.</source>
        <translation>Wähle eines im Menü „Szenarien“ oder öffne eine Datei.</translation>
    </message>
    <message>
        <source>preparing the backend…</source>
        <translation>Backend wird vorbereitet…</translation>
    </message>
    <message>
        <source>▶ running</source>
        <translation>▶ läuft</translation>
    </message>
    <message>
        <source>⏸ paused</source>
        <translation>⏸ pausiert</translation>
    </message>
    <message>
        <source>■ finished</source>
        <translation>■ beendet</translation>
    </message>
    <message>
        <source>■ stopped</source>
        <translation>■ gestoppt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>%1 of %2 elapsed</source>
        <translation>%1 von %2 vergangen</translation>
    </message>
    <message>
        <source>Next: end at %1</source>
        <translation>Als Nächstes: Ende bei %1</translation>
    </message>
    <message>
        <source>Next at %1: %2</source>
        <translation>Als Nächstes bei %1: %2</translation>
    </message>
    <message>
        <source>✓ Every expectation met.</source>
        <translation>✓ Jede Erwartung erfüllt.</translation>
    </message>
    <message>
        <source>✗ Problems: %1</source>
        <translation>✗ Probleme: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>Scenario “%1” starts: seed %2</source>
        <translation>Szenario „%1“ startet: Seed %2</translation>
    </message>
    <message>
        <source>Could not prepare the backend (%1): %2</source>
        <translation>Das Backend konnte nicht vorbereitet werden (%1): %2</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>one-off faults</source>
        <translation>einmalige Störungen</translation>
    </message>
    <message>
        <source>data reset</source>
        <translation>Zurücksetzen der Daten</translation>
    </message>
    <message>
        <source>Scenario “%1” stopped</source>
        <translation>Szenario „%1“ gestoppt</translation>
    </message>
    <message>
        <source>✓ Expectation met: %1 — %2</source>
        <translation>✓ Erwartung erfüllt: %1 – %2</translation>
    </message>
    <message>
        <source>✗ Expectation failed: %1 — %2</source>
        <translation>✗ Erwartung nicht erfüllt: %1 – %2</translation>
    </message>
    <message>
        <source>%1: expectation %2 failed: %3</source>
        <translation>%1: Erwartung %2 nicht erfüllt: %3</translation>
    </message>
    <message>
        <source>✗ Step failed: %1 — %2</source>
        <translation>✗ Schritt fehlgeschlagen: %1 – %2</translation>
    </message>
    <message>
        <source>%1: step “%2” failed: %3</source>
        <translation>%1: Schritt „%2“ fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <source>Scenario action: %1</source>
        <translation>Szenario-Aktion: %1</translation>
    </message>
    <message>
        <source>Scenario: heal — no faults, every replica resumed</source>
        <translation>Szenario: heilen – keine Störungen, jedes Replikat fortgesetzt</translation>
    </message>
    <message>
        <source>End of the scenario</source>
        <translation>Ende des Szenarios</translation>
    </message>
    <message>
        <source>Scenario “%1” finished: every expectation met</source>
        <translation>Szenario „%1“ beendet: jede Erwartung erfüllt</translation>
    </message>
    <message>
        <source>Scenario “%1” finished: problems: %2</source>
        <translation>Szenario „%1“ beendet: Probleme: %2</translation>
    </message>
    <message>
        <source>held answers</source>
        <translation>zurückgehaltene Antworten</translation>
    </message>
</context>
<context>
    <name>ScreenSplit</name>
    <message>
        <source>Right pane</source>
        <translation>Rechter Bereich</translation>
    </message>
    <message>
        <source>Left · %1</source>
        <translation>Links · %1</translation>
    </message>
    <message>
        <source>Right · %1</source>
        <translation>Rechts · %1</translation>
    </message>
    <message>
        <source>Left pane</source>
        <translation>Linker Bereich</translation>
    </message>
</context>
<context>
    <name>SecondSessionWindow</name>
    <message>
        <source>Reload every 2 seconds</source>
        <translation>Alle 2 Sekunden neu laden</translation>
    </message>
    <message>
        <source>Converge — another session</source>
        <translation>Converge – eine andere Sitzung</translation>
    </message>
    <message>
        <source>Another session&apos;s view of the profile</source>
        <translation>Das Profil aus Sicht einer anderen Sitzung</translation>
    </message>
    <message>
        <source>Profile photo, as another session sees it</source>
        <translation>Profilfoto, wie eine andere Sitzung es sieht</translation>
    </message>
    <message>
        <source>Another person looking at this profile: a session of its own, without your read-your-writes token.</source>
        <translation>Eine andere Person sieht sich dieses Profil an: eine eigene Sitzung, ohne dein Token für „Eigene Änderungen lesen“.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Photo version %1 as another session sees it</source>
        <translation>Fotoversion %1, wie eine andere Sitzung sie sieht</translation>
    </message>
    <message>
        <source>Version %1, served by %2 (applied LSN %3).</source>
        <translation>Version %1, geliefert von %2 (übernommene LSN %3).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This session &amp;reads:</source>
        <translation>Diese Sitzung &amp;liest:</translation>
    </message>
    <message>
        <source>How this session reads</source>
        <translation>Wie diese Sitzung liest</translation>
    </message>
    <message numerus="yes">
        <source>Went back to an older photo %n time(s) with this pattern.</source>
        <translation>
            <numerusform>Mit diesem Muster %n Mal zu einem älteren Foto zurückgesprungen.</numerusform>
            <numerusform>Mit diesem Muster %n Mal zu einem älteren Foto zurückgesprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never went back to an older photo with this pattern.</source>
        <translation>Mit diesem Muster nie zu einem älteren Foto zurückgesprungen.</translation>
    </message>
</context>
<context>
    <name>SessionExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a session record (%3).</source>
        <translation>Zeile %1 von %2 ist kein Sitzungseintrag (%3).</translation>
    </message>
    <message>
        <source>%1 is not a Converge session: the first line must be the session header.</source>
        <translation>%1 ist keine Converge-Sitzung: Die erste Zeile muss der Sitzungskopf sein.</translation>
    </message>
    <message>
        <source>%1 uses session format %2; this version reads format %3.</source>
        <translation>%1 verwendet das Sitzungsformat %2; diese Version liest Format %3.</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <source>Sent again (attempt %1)</source>
        <translation>Erneut gesendet (Versuch %1)</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Anfrage gesendet</translation>
    </message>
    <message>
        <source>The server repeated its earlier answer (same key)</source>
        <translation>Der Server hat seine frühere Antwort wiederholt (gleicher Schlüssel)</translation>
    </message>
    <message>
        <source>The server answered</source>
        <translation>Der Server hat geantwortet</translation>
    </message>
    <message>
        <source>No answer — the change may or may not have arrived</source>
        <translation>Keine Antwort – die Änderung ist vielleicht angekommen, vielleicht nicht</translation>
    </message>
    <message>
        <source>The primary accepted the change</source>
        <translation>Der Primärserver hat die Änderung angenommen</translation>
    </message>
    <message>
        <source>Replica %1 caught up</source>
        <translation>Replikat %1 hat aufgeholt</translation>
    </message>
    <message>
        <source>The backend&apos;s settings changed</source>
        <translation>Die Einstellungen des Backends haben sich geändert</translation>
    </message>
    <message>
        <source>The transfer completed</source>
        <translation>Die Überweisung ist abgeschlossen</translation>
    </message>
    <message>
        <source>A one-off fault was armed or used</source>
        <translation>Eine einmalige Störung wurde aktiviert oder verbraucht</translation>
    </message>
    <message>
        <source>The transfer failed</source>
        <translation>Die Überweisung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The transfer failed: %1</source>
        <translation>Die Überweisung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Replica %1 was paused</source>
        <translation>Replikat %1 wurde angehalten</translation>
    </message>
    <message>
        <source>Replica %1 was resumed</source>
        <translation>Replikat %1 wurde fortgesetzt</translation>
    </message>
    <message>
        <source>The data went back to what seed %1 makes</source>
        <translation>Die Daten sind wieder, was Seed %1 erzeugt</translation>
    </message>
    <message>
        <source>The data went back to its start</source>
        <translation>Die Daten sind wieder wie am Anfang</translation>
    </message>
    <message>
        <source>The backend reported a change</source>
        <translation>Das Backend hat eine Änderung gemeldet</translation>
    </message>
    <message>
        <source>The backend holds the answer back (it will say %1)</source>
        <translation>Das Backend hält die Antwort zurück (sie wird %1 lauten)</translation>
    </message>
    <message>
        <source>The request was delivered a second time; the second answer was sent</source>
        <translation>Die Anfrage wurde ein zweites Mal zugestellt; die zweite Antwort wurde gesendet</translation>
    </message>
    <message>
        <source>The held answer was sent</source>
        <translation>Die zurückgehaltene Antwort wurde gesendet</translation>
    </message>
    <message>
        <source>The app gave up waiting for the held answer</source>
        <translation>Die App hat das Warten auf die zurückgehaltene Antwort aufgegeben</translation>
    </message>
    <message>
        <source>The reset dropped the held answer</source>
        <translation>Das Zurücksetzen hat die zurückgehaltene Antwort verworfen</translation>
    </message>
    <message>
        <source>Too many answers were held: this one was dropped</source>
        <translation>Zu viele Antworten wurden zurückgehalten: Diese wurde verworfen</translation>
    </message>
    <message>
        <source>The held answer was dropped: the change stays, the answer is lost</source>
        <translation>Die zurückgehaltene Antwort wurde verworfen: Die Änderung bleibt, die Antwort geht verloren</translation>
    </message>
</context>
<context>
    <name>ShippedScenarios</name>
    <message>
        <source>A calm day</source>
        <translation>Ein ruhiger Tag</translation>
    </message>
    <message>
        <source>Good mobile network, replicas a few hundred milliseconds behind, nothing fails. The baseline to compare every other scenario with.</source>
        <translation>Gutes Mobilfunknetz, Replikate ein paar hundert Millisekunden zurück, nichts schlägt fehl. Die Grundlinie, mit der sich jedes andere Szenario vergleichen lässt.</translation>
    </message>
    <message>
        <source>The flaky train ride</source>
        <translation>Die wackelige Zugfahrt</translation>
    </message>
    <message>
        <source>A commuter on a train: slow 4G, then one request in three fails, a tunnel takes the network away, and the connection comes back.</source>
        <translation>Pendeln im Zug: langsames 4G, dann scheitert jede dritte Anfrage, ein Tunnel nimmt das Netz weg, und die Verbindung kommt zurück.</translation>
    </message>
    <message>
        <source>The lagging replica</source>
        <translation>Das verzögerte Replikat</translation>
    </message>
    <message>
        <source>Reads come from replicas. One of them falls 5 seconds behind, then stops applying writes altogether: what you just saved seems to vanish, unless the app reads its own writes.</source>
        <translation>Lesezugriffe kommen von Replikaten. Eines fällt 5 Sekunden zurück und übernimmt dann gar keine Schreibzugriffe mehr: Was du gerade gespeichert hast, scheint zu verschwinden – es sei denn, die App liest ihre eigenen Änderungen.</translation>
    </message>
    <message>
        <source>Profile photo, four ways</source>
        <translation>Profilfoto, vier Arten</translation>
    </message>
    <message>
        <source>Every replica applies each write 5 seconds late (the Replica lag 5 s preset). You upload a new profile photo four times, once with each read-back pattern: the naive page shows your old photo, the three cures never do.</source>
        <translation>Jedes Replikat übernimmt jeden Schreibzugriff 5 Sekunden später (die Voreinstellung „Replikate 5 s später“). Du lädst viermal ein neues Profilfoto hoch, einmal mit jedem Muster zum Zurücklesen: Die naive Seite zeigt dein altes Foto, die drei Heilmittel nie.</translation>
    </message>
    <message>
        <source>The payment partner is slow</source>
        <translation>Der Zahlungspartner ist langsam</translation>
    </message>
    <message>
        <source>Transfers take seconds to be accepted and up to half a minute to settle; for a while the partner bank declines one in two. What does the person see while their money is in flight?</source>
        <translation>Überweisungen brauchen Sekunden, bis sie angenommen werden, und bis zu einer halben Minute, bis sie abgewickelt sind; eine Zeit lang lehnt die Partnerbank jede zweite ab. Was sieht die Person, während ihr Geld unterwegs ist?</translation>
    </message>
    <message>
        <source>An old answer arrives late</source>
        <translation>Eine alte Antwort kommt spät</translation>
    </message>
    <message>
        <source>The backend holds answers back and releases them out of order. Two taps on one heart never race (the second waits for the first), and the careful refresh ignores an old list; the naive refresh takes it and the heart flicks back.</source>
        <translation>Das Backend hält Antworten zurück und gibt sie in anderer Reihenfolge frei. Zweimal auf dasselbe Herz tippen führt nie zu einem Wettlauf (das zweite Tippen wartet auf das erste), und das sorgfältige Neuladen ignoriert eine alte Liste; das naive Neuladen übernimmt sie, und das Herz flackert zurück.</translation>
    </message>
    <message>
        <source>Profile photo, back in time</source>
        <translation>Profilfoto, zurück in der Zeit</translation>
    </message>
    <message>
        <source>Replica 1 applies writes at once, replica 2 is 4 seconds behind and then stops. The naive page reloads from either replica, so a photo it showed comes back older; &quot;Stay on one replica&quot; asks every read for at least what it has seen and never goes back.</source>
        <translation>Replikat 1 übernimmt Schreibzugriffe sofort, Replikat 2 liegt 4 Sekunden zurück und hält dann an. Die naive Seite lädt von einem der beiden Replikate neu, sodass ein Foto, das sie schon gezeigt hat, älter zurückkommt; „Bei einem Replikat bleiben“ verlangt bei jedem Lesezugriff mindestens das, was die Seite schon gesehen hat, und springt nie zurück.</translation>
    </message>
    <message>
        <source>Contact details changed elsewhere</source>
        <translation>Kontaktdaten anderswo geändert</translation>
    </message>
    <message>
        <source>You start editing your display name; meanwhile another device changes the profile. With &quot;Last write wins&quot; your save silently replaces their change. With &quot;Ask me which to keep&quot; the save carries the version it was based on, the server answers 412, and you see both versions and decide.</source>
        <translation>Du beginnst, deinen Anzeigenamen zu bearbeiten; inzwischen ändert ein anderes Gerät das Profil. Mit „Letzte Änderung gewinnt“ ersetzt dein Speichern still dessen Änderung. Mit „Mich fragen, welche bleibt“ nennt das Speichern die Fassung, auf der es beruht, der Server antwortet mit 412, und du siehst beide Fassungen und entscheidest.</translation>
    </message>
    <message>
        <source>Profile photo behind a cache</source>
        <translation>Profilfoto hinter einem Cache</translation>
    </message>
    <message>
        <source>A cache answers profile reads before the database, like a CDN in front of an image service, while every replica is 5 seconds behind. The page reads its own writes at the database each time; the cache&apos;s strategy decides what you see: a TTL cache and a late invalidation event show your old photo, write-through and versioned keys show your new one.</source>
        <translation>Ein Cache beantwortet Profil-Lesezugriffe vor der Datenbank, wie ein CDN vor einem Bilddienst, während jedes Replikat 5 Sekunden zurückliegt. Die Seite liest jedes Mal ihre eigenen Änderungen an der Datenbank; die Strategie des Caches entscheidet, was du siehst: Ein TTL-Cache und ein spätes Invalidierungsereignis zeigen dein altes Foto, Write-through und versionierte Schlüssel dein neues.</translation>
    </message>
    <message>
        <source>Two devices apart</source>
        <translation>Zwei Geräte getrennt</translation>
    </message>
    <message>
        <source>Offline-first favorites: this laptop and a tablet both go offline. On the tablet someone removes an item and gives it two hearts; on the laptop you take the same item out, put it back and give it a heart. When both are back, the copies merge: the item stays a favorite, because your add came after a removal that had not seen it, and all three hearts count.</source>
        <translation>Favoriten „offline zuerst“: Dieser Laptop und ein Tablet gehen beide offline. Auf dem Tablet entfernt jemand ein Element und gibt ihm zwei Herzen; auf dem Laptop nimmst du dasselbe Element heraus, fügst es wieder hinzu und gibst ihm ein Herz. Sind beide zurück, werden die Kopien zusammengeführt: Das Element bleibt ein Favorit, weil dein Hinzufügen nach einem Entfernen kam, das davon nichts wusste, und alle drei Herzen zählen.</translation>
    </message>
    <message>
        <source>Wait, or roll back</source>
        <translation>Warten oder zurücknehmen</translation>
    </message>
    <message>
        <source>Saves take a second and a half. With &quot;Wait for the server&quot; the heart shows a spinner until the answer is in. With &quot;Optimistic with rollback&quot; the heart changes at once; when the server keeps failing and a read shows the change never landed, the heart goes back and the row offers Retry. A new tap saves it.</source>
        <translation>Speichern dauert anderthalb Sekunden. Bei „Auf den Server warten“ zeigt das Herz einen Kreisel, bis die Antwort da ist. Bei „Optimistisch mit Rücknahme“ ändert sich das Herz sofort; wenn der Server immer wieder scheitert und ein Lesen zeigt, dass die Änderung nie angekommen ist, geht das Herz zurück und die Zeile bietet „Erneut versuchen“ an. Ein neues Tippen speichert es.</translation>
    </message>
    <message>
        <source>Money in flight</source>
        <translation>Geld unterwegs</translation>
    </message>
    <message>
        <source>A transfer takes a few seconds to settle. The transparent pattern says &quot;In progress&quot; until the bank has decided, and a lost answer is checked and sent again with the same key, so the money goes once. The optimistic pattern says &quot;Sent&quot; at once, and when the bank declines, it has to take that back.</source>
        <translation>Eine Überweisung braucht ein paar Sekunden, bis sie abgeschlossen ist. Das transparente Muster sagt „In Bearbeitung“, bis die Bank entschieden hat, und eine verlorene Antwort wird geprüft und mit demselben Schlüssel erneut gesendet, sodass das Geld nur einmal geht. Das optimistische Muster sagt sofort „Gesendet“ und muss das zurücknehmen, wenn die Bank ablehnt.</translation>
    </message>
    <message>
        <source>Two pages, one upload</source>
        <translation>Zwei Seiten, ein Hochladen</translation>
    </message>
    <message>
        <source>The Profile photo screen side by side: the naive page on the left, read-your-writes on the right, each its own session. Every replica applies writes 4 seconds late. One photo chosen is uploaded by both pages: the naive one reloads from a replica and shows the old photo with &quot;Saved&quot;, the other reads with its own token and shows the new one.</source>
        <translation>Die Ansicht Profilfoto nebeneinander: links die naive Seite, rechts „Eigene Änderungen lesen“, jede mit eigener Sitzung. Jedes Replikat übernimmt Schreibzugriffe 4 Sekunden später. Ein gewähltes Foto laden beide Seiten hoch: Die naive lädt von einem Replikat neu und zeigt das alte Foto mit „Gespeichert“, die andere liest mit ihrem eigenen Token und zeigt das neue.</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>Side &amp;by side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>The screen in front in two panes, each its own session and pattern: one action, mirrored to both</source>
        <translation>Die vordere Ansicht in zwei Bereichen, jeder mit eigener Sitzung und eigenem Muster: eine Aktion, in beiden gespiegelt</translation>
    </message>
    <message>
        <source>Side by side: %1, %2.</source>
        <translation>Nebeneinander: %1, %2.</translation>
    </message>
    <message>
        <source>%1 in one pane again.</source>
        <translation>%1 wieder in einem Bereich.</translation>
    </message>
    <message>
        <source>Show a screen side by side (args: screen = favorites, profile or transfer; left, right = its patterns), or in one pane again (args: screen, on = false)</source>
        <translation>Eine Ansicht nebeneinander zeigen (args: screen = favorites, profile oder transfer; left, right = ihre Muster) oder wieder in einem Bereich (args: screen, on = false)</translation>
    </message>
    <message>
        <source>&quot;on&quot; must be true or false.</source>
        <translation>„on“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>There is no screen &quot;%1&quot; to show side by side.</source>
        <translation>Es gibt keine Ansicht „%1“, die nebeneinander gezeigt werden kann.</translation>
    </message>
</context>
<context>
    <name>SimulatedTabletBox</name>
    <message>
        <source>Another device: a tablet</source>
        <translation>Ein anderes Gerät: ein Tablet</translation>
    </message>
    <message>
        <source>For the Favorites screen&apos;s Offline-first pattern: a second device with its own copy. Take it offline, edit, and bring it back.</source>
        <translation>Für das Muster „Offline zuerst“ der Favoriten: ein zweites Gerät mit eigener Kopie. Nimm es offline, ändere etwas und hol es zurück.</translation>
    </message>
    <message>
        <source>Tablet is o&amp;nline</source>
        <translation>Tablet ist o&amp;nline</translation>
    </message>
    <message>
        <source>The tablet&apos;s favorites</source>
        <translation>Die Favoriten des Tablets</translation>
    </message>
    <message>
        <source>Space makes the selected item a favorite on the tablet, or not.</source>
        <translation>Die Leertaste macht das gewählte Element auf dem Tablet zum Favoriten oder nicht.</translation>
    </message>
    <message>
        <source>Give a &amp;heart on the tablet</source>
        <translation>Auf dem Tablet ein &amp;Herz geben</translation>
    </message>
    <message>
        <source>One more heart for the selected item, counted on the tablet</source>
        <translation>Ein Herz mehr für das gewählte Element, auf dem Tablet gezählt</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n heart(s)</source>
        <translation>
            <numerusform>%1, %2, %n Herz</numerusform>
            <numerusform>%1, %2, %n Herzen</numerusform>
        </translation>
    </message>
    <message>
        <source>favorite on the tablet</source>
        <translation>Favorit auf dem Tablet</translation>
    </message>
    <message>
        <source>not a favorite on the tablet</source>
        <translation>kein Favorit auf dem Tablet</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) kept on the tablet.</source>
        <translation>
            <numerusform>Offline: %n Änderung auf dem Tablet gespeichert.</numerusform>
            <numerusform>Offline: %n Änderungen auf dem Tablet gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline.</source>
        <translation>Offline.</translation>
    </message>
    <message>
        <source>Merging with the server…</source>
        <translation>Wird mit dem Server zusammengeführt …</translation>
    </message>
    <message>
        <source>The server refused the tablet&apos;s copy.</source>
        <translation>Der Server hat die Kopie des Tablets abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to merge.</source>
        <translation>
            <numerusform>%n Änderung wartet auf das Zusammenführen.</numerusform>
            <numerusform>%n Änderungen warten auf das Zusammenführen.</numerusform>
        </translation>
    </message>
    <message>
        <source>In step with the server.</source>
        <translation>Im Einklang mit dem Server.</translation>
    </message>
    <message>
        <source>Take the simulated tablet offline or online (args: online)</source>
        <translation>Das simulierte Tablet offline oder online nehmen (Argumente: online)</translation>
    </message>
    <message>
        <source>&quot;online&quot; must be true or false.</source>
        <translation>„online“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>The tablet is back online.</source>
        <translation>Das Tablet ist wieder online.</translation>
    </message>
    <message>
        <source>The tablet is offline.</source>
        <translation>Das Tablet ist offline.</translation>
    </message>
    <message>
        <source>The tablet has no item %1.</source>
        <translation>Das Tablet hat kein Element %1.</translation>
    </message>
    <message>
        <source>On the tablet: gave &quot;%1&quot; a heart.</source>
        <translation>Auf dem Tablet: „%1“ ein Herz gegeben.</translation>
    </message>
    <message>
        <source>On the tablet: made &quot;%1&quot; a favorite.</source>
        <translation>Auf dem Tablet: „%1“ zum Favoriten gemacht.</translation>
    </message>
    <message>
        <source>On the tablet: removed &quot;%1&quot; from favorites.</source>
        <translation>Auf dem Tablet: „%1“ aus den Favoriten entfernt.</translation>
    </message>
    <message>
        <source>Tap the heart of an item on the simulated tablet (args: itemId)</source>
        <translation>Auf dem simulierten Tablet das Herz eines Elements antippen (Argumente: itemId)</translation>
    </message>
    <message>
        <source>Give an item a heart on the simulated tablet (args: itemId)</source>
        <translation>Auf dem simulierten Tablet einem Element ein Herz geben (Argumente: itemId)</translation>
    </message>
    <message>
        <source>The tablet shows an item in this favorite state, merged (args: itemId, favorite)</source>
        <translation>Das Tablet zeigt ein Element in diesem Favoritenzustand, zusammengeführt (Argumente: itemId, favorite)</translation>
    </message>
    <message>
        <source>&quot;favorite&quot; must be true or false.</source>
        <translation>„favorite“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>The tablet shows &quot;%1&quot; as %2%3</source>
        <translation>Das Tablet zeigt „%1“ als %2%3</translation>
    </message>
    <message>
        <source>a favorite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>not a favorite</source>
        <translation>keinen Favoriten</translation>
    </message>
    <message>
        <source>, not merged yet</source>
        <translation>, noch nicht zusammengeführt</translation>
    </message>
</context>
<context>
    <name>SplitChoice</name>
    <message>
        <source>There is no screen &quot;%1&quot; to show side by side (favorites, profile or transfer).</source>
        <translation>Es gibt keine Ansicht „%1“, die nebeneinander gezeigt werden kann (favorites, profile oder transfer).</translation>
    </message>
    <message>
        <source>The %1 screen has no pattern &quot;%2&quot; (%3).</source>
        <translation>Die Ansicht %1 hat kein Muster „%2“ (%3).</translation>
    </message>
    <message>
        <source>Side by side needs two patterns, like wait,optimistic or profile:naive,read-your-writes, not &quot;%1&quot;.</source>
        <translation>Nebeneinander braucht zwei Muster, etwa wait,optimistic oder profile:naive,read-your-writes, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>StatusAnnouncer</name>
    <message>
        <source>Change saved.</source>
        <translation>Änderung gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved.</source>
        <translation>
            <numerusform>%n Änderung gespeichert.</numerusform>
            <numerusform>%n Änderungen gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreOptions</name>
    <message>
        <source>Where the data lives: simulation (default) or postgres, a real PostgreSQL primary with streaming replicas (docs/postgres.md).</source>
        <translation>Wo die Daten liegen: simulation (Standard) oder postgres, ein echter PostgreSQL-Primärserver mit Streaming-Replikaten (docs/postgres.md).</translation>
    </message>
    <message>
        <source>The PostgreSQL primary&apos;s libpq connection string (default: $CONVERGE_PG_PRIMARY).</source>
        <translation>Die libpq-Verbindungszeichenkette des PostgreSQL-Primärservers (Standard: $CONVERGE_PG_PRIMARY).</translation>
    </message>
    <message>
        <source>A streaming replica&apos;s connection string; once per replica (default: $CONVERGE_PG_REPLICAS, &apos;;&apos;-separated).</source>
        <translation>Die Verbindungszeichenkette eines Streaming-Replikats; einmal pro Replikat (Standard: $CONVERGE_PG_REPLICAS, durch „;“ getrennt).</translation>
    </message>
    <message>
        <source>The schema Converge creates and owns in that database.</source>
        <translation>Das Schema, das Converge in dieser Datenbank anlegt und das ihm gehört.</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Couldn&apos;t save · Retry</source>
        <translation>Nicht gespeichert · Erneut versuchen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <source>Updated a while ago</source>
        <translation>Vor einer Weile aktualisiert</translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation>Vor %1 s aktualisiert</translation>
    </message>
    <message>
        <source>Saving your change…</source>
        <translation>Deine Änderung wird gespeichert…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>We couldn&apos;t save your change. It&apos;s back as it was.</source>
        <translation>Deine Änderung konnte nicht gespeichert werden. Es ist wieder wie vorher.</translation>
    </message>
    <message>
        <source>We couldn&apos;t save &quot;%1&quot;. It&apos;s back as it was.</source>
        <translation>„%1“ konnte nicht gespeichert werden. Es ist wieder wie vorher.</translation>
    </message>
    <message>
        <source>We&apos;re checking whether your change arrived.</source>
        <translation>Wir prüfen, ob deine Änderung angekommen ist.</translation>
    </message>
    <message>
        <source>Changed on another device a moment ago.</source>
        <translation>Vor einem Moment auf einem anderen Gerät geändert.</translation>
    </message>
    <message>
        <source>Showing data that may be out of date.</source>
        <translation>Zeigt Daten, die vielleicht nicht mehr aktuell sind.</translation>
    </message>
    <message numerus="yes">
        <source>Showing data from %n second(s) ago.</source>
        <translation>
            <numerusform>Zeigt Daten von vor %n Sekunde.</numerusform>
            <numerusform>Zeigt Daten von vor %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>You&apos;re offline. Changes will be sent when you&apos;re back.</source>
        <translation>Du bist offline. Änderungen werden gesendet, sobald du wieder online bist.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>This usually takes 2 to 3 seconds.</source>
        <translation>Das dauert meist 2 bis 3 Sekunden.</translation>
    </message>
    <message numerus="yes">
        <source>This usually takes up to %n second(s).</source>
        <translation>
            <numerusform>Das dauert meist bis zu %n Sekunde.</numerusform>
            <numerusform>Das dauert meist bis zu %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taking longer than usual</source>
        <translation>Dauert länger als sonst</translation>
    </message>
    <message>
        <source>You can leave this screen; we&apos;ll tell you when it&apos;s done.</source>
        <translation>Du kannst diesen Bildschirm verlassen; wir sagen dir Bescheid, wenn es fertig ist.</translation>
    </message>
</context>
<context>
    <name>TelemetryDock</name>
    <message>
        <source>Telemetry</source>
        <translation>Telemetrie</translation>
    </message>
    <message>
        <source>What went wrong per operation</source>
        <translation>Was je Vorgang schiefging</translation>
    </message>
    <message>
        <source>For each kind of operation: how often it was rolled back, conflicted, had an unknown outcome that had to be checked, or flickered, and counts specific to one screen</source>
        <translation>Für jede Art von Vorgang: wie oft er zurückgenommen wurde, in Konflikt geriet, einen unklaren Ausgang hatte, der geprüft werden musste, oder flackerte – und Zähler, die nur ein Bildschirm hat</translation>
    </message>
    <message>
        <source>Waiting per operation</source>
        <translation>Warten je Vorgang</translation>
    </message>
    <message>
        <source>For each kind of operation: time to visible feedback and to confirmation as median, 95th percentile and slowest</source>
        <translation>Für jede Art von Vorgang: Zeit bis zur sichtbaren Rückmeldung und bis zur Bestätigung als Median, 95. Perzentil und langsamster Wert</translation>
    </message>
    <message>
        <source>Lag alarm threshold in seconds</source>
        <translation>Alarmschwelle der Verzögerung in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Replica lag</source>
        <translation>Replikat-Verzögerung</translation>
    </message>
    <message>
        <source>&amp;Alarm above:</source>
        <translation>&amp;Alarm über:</translation>
    </message>
    <message>
        <source>Show pane</source>
        <translation>Bereich zeigen</translation>
    </message>
    <message>
        <source>All panes</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>Left pane</source>
        <translation>Linker Bereich</translation>
    </message>
    <message>
        <source>Right pane</source>
        <translation>Rechter Bereich</translation>
    </message>
    <message>
        <source>&amp;Pane:</source>
        <translation>Be&amp;reich:</translation>
    </message>
</context>
<context>
    <name>TelemetryModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>No samples yet</source>
        <translation>Noch keine Messwerte</translation>
    </message>
    <message>
        <source>Median %1, 95th percentile %2, slowest %3. Samples: %4</source>
        <translation>Median %1, 95. Perzentil %2, langsamster %3. Messwerte: %4</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Feedback
p50 · p95 · max</source>
        <translation>Rückmeldung
p50 · p95 · max</translation>
    </message>
    <message>
        <source>Confirmed
p50 · p95 · max</source>
        <translation>Bestätigt
p50 · p95 · max</translation>
    </message>
    <message>
        <source>Rollbacks</source>
        <translation>Rücknahmen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unklar</translation>
    </message>
    <message>
        <source>Flicker</source>
        <translation>Flackern</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Time from the tap until the person saw something happen</source>
        <translation>Zeit vom Tippen, bis die Person etwas passieren sah</translation>
    </message>
    <message>
        <source>Time from the tap until the server confirmed the change</source>
        <translation>Zeit vom Tippen, bis der Server die Änderung bestätigt hat</translation>
    </message>
    <message>
        <source>Writes whose outcome was unknown, so the app said “%1” and checked: a 503 or other 5xx, a timeout or an answer that never came back</source>
        <translation>Schreibzugriffe mit unklarem Ausgang, bei denen die App „%1“ sagte und nachprüfte: ein 503 oder anderer 5xx, eine Zeitüberschreitung oder eine Antwort, die nie zurückkam</translation>
    </message>
    <message>
        <source>Times a value on screen changed away and back again</source>
        <translation>Wie oft ein Wert auf dem Bildschirm wegwechselte und wieder zurück</translation>
    </message>
    <message>
        <source>Counts specific to one screen</source>
        <translation>Zähler, die nur ein Bildschirm hat</translation>
    </message>
    <message>
        <source>◔ %1 · %2 · %3</source>
        <translation>◔ %1 · %2 · %3</translation>
    </message>
    <message>
        <source>On the backend&apos;s clock: median %1, 95th percentile %2, slowest %3.</source>
        <translation>Auf der Uhr des Backends: Median %1, 95. Perzentil %2, langsamster %3.</translation>
    </message>
</context>
<context>
    <name>TimeActions</name>
    <message>
        <source>Slow the backend down or freeze it (args: scale, 1 normal, 0.25 slow motion, 0 frozen)</source>
        <translation>Das Backend verlangsamen oder einfrieren (Argument: scale, 1 normal, 0.25 Zeitlupe, 0 eingefroren)</translation>
    </message>
    <message>
        <source>No backend time here.</source>
        <translation>Hier gibt es keine Backend-Zeit.</translation>
    </message>
    <message>
        <source>&quot;scale&quot; must be a number: 1 normal, 0.25 slow motion, 0 frozen.</source>
        <translation>„scale“ muss eine Zahl sein: 1 normal, 0.25 Zeitlupe, 0 eingefroren.</translation>
    </message>
    <message>
        <source>Move backend time to what is due next</source>
        <translation>Die Backend-Zeit bis zum nächsten fälligen Ereignis vorstellen</translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Technical columns</source>
        <translation>&amp;Technische Spalten</translation>
    </message>
    <message>
        <source>&amp;Background requests</source>
        <translation>&amp;Hintergrundanfragen</translation>
    </message>
    <message>
        <source>Show screen</source>
        <translation>Bereich zeigen</translation>
    </message>
    <message>
        <source>All screens</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>Show outcome</source>
        <translation>Ausgang zeigen</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jeder Ausgang</translation>
    </message>
    <message>
        <source>Shows the correlation id, kind, node, LSN, HTTP status and detail of every step</source>
        <translation>Zeigt Korrelations-ID, Art, Knoten, LSN, HTTP-Status und Details jedes Schritts</translation>
    </message>
    <message>
        <source>Also shows requests nobody asked for on screen, such as balance refreshes and the control room&apos;s polls</source>
        <translation>Zeigt auch Anfragen, um die auf dem Bildschirm niemand gebeten hat, etwa Kontostand-Aktualisierungen und die Abfragen des Kontrollraums</translation>
    </message>
    <message>
        <source>&amp;Screen:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ausgang:</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Profile photo</source>
        <translation>Profilfoto</translation>
    </message>
    <message>
        <source>Money transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Control room</source>
        <translation>Kontrollraum</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Aktionen: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 actions</source>
        <translation>%1 von %2 Aktionen</translation>
    </message>
    <message>
        <source>Actions: %1 (background requests: %2)</source>
        <translation>Aktionen: %1 (Hintergrundanfragen: %2)</translation>
    </message>
    <message>
        <source>Showing %1 of %2 (background requests: %3)</source>
        <translation>%1 von %2 (Hintergrundanfragen: %3)</translation>
    </message>
    <message>
        <source>Favorites · right pane</source>
        <translation>Favoriten · rechter Bereich</translation>
    </message>
    <message>
        <source>Profile photo · right pane</source>
        <translation>Profilfoto · rechter Bereich</translation>
    </message>
    <message>
        <source>Money transfer · right pane</source>
        <translation>Überweisung · rechter Bereich</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>%L1 s</source>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation>Kein Ausgang</translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation>Schritte: %1</translation>
    </message>
    <message>
        <source>%1 %2 after you tapped</source>
        <translation>%1 %2 nach deinem Tippen</translation>
    </message>
    <message>
        <source>%1 %2 later</source>
        <translation>%1 %2 später</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>LSN</source>
        <translation>LSN</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Session time of the action; steps show the time since it</source>
        <translation>Sitzungszeit der Aktion; Schritte zeigen die Zeit seitdem</translation>
    </message>
    <message>
        <source>The X-Correlation-Id every request and event of this action carries</source>
        <translation>Die X-Correlation-Id, die jede Anfrage und jedes Ereignis dieser Aktion trägt</translation>
    </message>
    <message>
        <source>Log sequence number: the position of the write in the primary&apos;s log</source>
        <translation>Log Sequence Number: die Stelle des Schreibzugriffs im Log des Primärservers</translation>
    </message>
    <message>
        <source>Which server answered or caught up: primary or replica-n</source>
        <translation>Welcher Server geantwortet oder aufgeholt hat: primary oder replica-n</translation>
    </message>
    <message>
        <source>HTTP status of the answer</source>
        <translation>HTTP-Status der Antwort</translation>
    </message>
    <message>
        <source>Backend time</source>
        <translation>Backend-Zeit</translation>
    </message>
    <message>
        <source>The backend&apos;s own clock when it reported the step: in slow motion it falls behind When, and it stands still while the backend is frozen</source>
        <translation>Die eigene Uhr des Backends, als es den Schritt gemeldet hat: In Zeitlupe fällt sie hinter „Wann“ zurück, und sie steht still, solange das Backend eingefroren ist</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Every action of this session, newest first. Expand an action with the Right arrow key to read its steps.</source>
        <translation>Jede Aktion dieser Sitzung, neueste zuerst. Mit der Pfeiltaste nach rechts klappst du eine Aktion auf und liest ihre Schritte.</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n time(s))</source>
        <translation>
            <numerusform>(%n-mal)</numerusform>
            <numerusform>(%n-mal)</numerusform>
        </translation>
    </message>
    <message>
        <source>Press %1 or Dismiss.</source>
        <translation>Drücke %1 oder „Schließen“.</translation>
    </message>
</context>
<context>
    <name>ToastCenter</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>TransferDelegate</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>%1 — stopped</source>
        <translation>%1 – angehalten</translation>
    </message>
</context>
<context>
    <name>TransferFeedback</name>
    <message>
        <source>The bank accepted the transfer (%1); it is processing</source>
        <translation>Die Bank hat die Überweisung angenommen (%1); sie wird bearbeitet</translation>
    </message>
    <message>
        <source>No answer about the transfer: checking, with the same key</source>
        <translation>Keine Antwort zur Überweisung: wird mit demselben Schlüssel geprüft</translation>
    </message>
    <message>
        <source>Your transfer is taking longer than usual. You can leave this screen; we&apos;ll tell you when it&apos;s done.</source>
        <translation>Deine Überweisung dauert länger als sonst. Du kannst diesen Bildschirm verlassen; wir sagen dir Bescheid, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>Your transfer is still processing. We keep checking.</source>
        <translation>Deine Überweisung wird noch bearbeitet. Wir prüfen weiter.</translation>
    </message>
    <message>
        <source>Sent again</source>
        <translation>Erneut gesendet</translation>
    </message>
</context>
<context>
    <name>TransferModel</name>
    <message>
        <source>Your last transfer is still being sent.</source>
        <translation>Deine letzte Überweisung wird noch gesendet.</translation>
    </message>
    <message>
        <source>Your account is still loading.</source>
        <translation>Dein Konto wird noch geladen.</translation>
    </message>
    <message>
        <source>Choose who to send the money to.</source>
        <translation>Wähle, an wen das Geld gehen soll.</translation>
    </message>
    <message numerus="yes">
        <source>Keep the note to %n characters.</source>
        <translation>
            <numerusform>Die Notiz darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Die Notiz darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>This transfer was already sent.</source>
        <translation>Diese Überweisung wurde schon gesendet.</translation>
    </message>
    <message>
        <source>Sent %1 to %2</source>
        <translation>%1 an %2 gesendet</translation>
    </message>
    <message>
        <source>Couldn&apos;t keep the transfer safe on this computer, so it was not sent. %1</source>
        <translation>Die Überweisung konnte auf diesem Computer nicht sicher aufbewahrt werden, daher wurde sie nicht gesendet. %1</translation>
    </message>
    <message>
        <source>%1 to %2 completed.</source>
        <translation>%1 an %2 abgeschlossen.</translation>
    </message>
    <message>
        <source>Your transfer of %1 to %2 was reversed. %3</source>
        <translation>Deine Überweisung von %1 an %2 wurde zurückgebucht. %3</translation>
    </message>
    <message>
        <source>Your transfer of %1 to %2 failed. %3</source>
        <translation>Deine Überweisung von %1 an %2 ist fehlgeschlagen. %3</translation>
    </message>
    <message>
        <source>Loading your balance…</source>
        <translation>Dein Kontostand wird geladen…</translation>
    </message>
    <message>
        <source>%1 available</source>
        <translation>%1 verfügbar</translation>
    </message>
    <message>
        <source>%1 available · %2 pending</source>
        <translation>%1 verfügbar
%2 ausstehend</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 an %2, %3</translation>
    </message>
</context>
<context>
    <name>TransferOutbox</name>
    <message>
        <source>&quot;%1&quot; is missing or not text</source>
        <translation>„%1“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a whole number</source>
        <translation>„%1“ fehlt oder ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>the draft has no idempotency key</source>
        <translation>der Entwurf hat keinen Idempotenzschlüssel</translation>
    </message>
    <message>
        <source>&quot;mayHaveArrived&quot; is missing or not true/false</source>
        <translation>„mayHaveArrived“ fehlt oder ist nicht true/false</translation>
    </message>
    <message>
        <source>a transfer has no idempotency key or no amount</source>
        <translation>eine Überweisung hat keinen Idempotenzschlüssel oder keinen Betrag</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not move the saved transfers from %1 to %2.</source>
        <translation>Die gespeicherten Überweisungen konnten nicht von %1 nach %2 verschoben werden.</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>not an outbox of version %1</source>
        <translation>kein Postausgang der Version %1</translation>
    </message>
    <message>
        <source>&quot;transfers&quot; is missing</source>
        <translation>„transfers“ fehlt</translation>
    </message>
    <message>
        <source>the draft: %1</source>
        <translation>der Entwurf: %1</translation>
    </message>
    <message>
        <source>the draft is not an object</source>
        <translation>der Entwurf ist kein Objekt</translation>
    </message>
    <message>
        <source>transfer %1: %2</source>
        <translation>Überweisung %1: %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>The saved transfers file could not be read (%1). It was kept as %2.</source>
        <translation>Die Datei der gespeicherten Überweisungen war nicht lesbar (%1). Sie wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>The saved transfers file could not be read (%1) nor moved aside.</source>
        <translation>Die Datei der gespeicherten Überweisungen war nicht lesbar (%1) und ließ sich auch nicht beiseitelegen.</translation>
    </message>
    <message>
        <source>A saved transfer could not be read (%1). It was set aside in %2 and will not be sent; the others are kept.</source>
        <translation>Eine gespeicherte Überweisung war nicht lesbar (%1). Sie wurde in %2 beiseitegelegt und wird nicht gesendet; die anderen bleiben.</translation>
    </message>
    <message>
        <source>A saved transfer could not be read (%1) nor set aside.</source>
        <translation>Eine gespeicherte Überweisung war nicht lesbar (%1) und ließ sich auch nicht beiseitelegen.</translation>
    </message>
    <message>
        <source>Not saving over the unreadable transfers file %1.</source>
        <translation>Die unlesbare Datei der Überweisungen %1 wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>Could not save the transfers: %1</source>
        <translation>Die Überweisungen konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>TransferScreen</name>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Betrag (%1)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Waiting for the bank to take the transfer. It is never sent twice.</source>
        <translation>Warte, bis die Bank die Überweisung annimmt. Sie wird nie doppelt gesendet.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>There is no payee %1 on this account.</source>
        <translation>Auf diesem Konto gibt es keinen Empfänger %1.</translation>
    </message>
    <message>
        <source>The Send button is disabled: the last transfer is still being sent.</source>
        <translation>„Senden“ ist gesperrt: Die letzte Überweisung wird noch gesendet.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Money transfer&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Überweisung&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A transfer with a partner bank takes a few seconds to settle. Compare telling the truth while it settles with pretending it is already done.</source>
        <translation>Eine Überweisung mit einer Partnerbank braucht ein paar Sekunden, bis sie abgewickelt ist. Vergleiche, die Wahrheit zu sagen, während sie läuft, mit dem Vortäuschen, sie sei schon fertig.</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>&amp;Transparent pending (recommended)</source>
        <translation>&amp;Transparent ausstehend (empfohlen)</translation>
    </message>
    <message>
        <source>Shows &quot;In progress&quot; with the steps Sent → Processing → Completed and keeps the amount as pending until the bank has settled it.</source>
        <translation>Zeigt „In Bearbeitung“ mit den Schritten Gesendet → In Bearbeitung → Abgeschlossen und führt den Betrag als ausstehend, bis die Bank ihn abgewickelt hat.</translation>
    </message>
    <message>
        <source>&amp;Optimistic — the pattern not to use</source>
        <translation>&amp;Optimistisch – nicht zu empfehlen</translation>
    </message>
    <message>
        <source>Says &quot;Sent&quot; and takes the money off at once, then reverses it when the bank declines. Here so a workshop can feel why not.</source>
        <translation>Sagt „Gesendet“ und bucht das Geld sofort ab, dann zurück, wenn die Bank ablehnt. Hier, damit ein Workshop spürt, warum nicht.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Expected time</source>
        <translation>Erwartete Dauer</translation>
    </message>
    <message>
        <source>Still processing after</source>
        <translation>Noch in Bearbeitung nach</translation>
    </message>
    <message>
        <source>E&amp;xpected within</source>
        <translation>E&amp;rwartet innerhalb von</translation>
    </message>
    <message>
        <source>&quot;Still &amp;processing&quot; after</source>
        <translation>„Noch in &amp;Bearbeitung“ nach</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pattern not to use.&lt;/b&gt; Transfers show as &quot;Sent&quot; and the balance drops before the bank has answered. When one bounces, it is reversed afterwards.</source>
        <translation>&lt;b&gt;Nicht zu empfehlen.&lt;/b&gt; Überweisungen zeigen „Gesendet“, und der Kontostand sinkt, bevor die Bank geantwortet hat. Platzt eine, wird sie danach zurückgebucht.</translation>
    </message>
    <message>
        <source>Pattern not to use</source>
        <translation>Nicht zu empfehlen</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>Neue Überweisung</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Pay&amp;ee</source>
        <translation>Empf&amp;änger</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Notiz (optional)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transfers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Überweisungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Überweisungen</translation>
    </message>
    <message>
        <source>Newest first. Each transfer says its step: sent, processing or completed.</source>
        <translation>Neueste zuerst. Jede Überweisung nennt ihren Schritt: gesendet, in Bearbeitung oder abgeschlossen.</translation>
    </message>
    <message>
        <source>The form holds the transfer that did not go through: fix it and send it again.</source>
        <translation>Das Formular enthält die Überweisung, die nicht durchging: korrigiere sie und sende sie noch einmal.</translation>
    </message>
    <message>
        <source>Send a transfer from the form (args: payeeId, amount, note)</source>
        <translation>Eine Überweisung aus dem Formular senden (Argumente: payeeId, amount, note)</translation>
    </message>
    <message>
        <source>The account has not loaded yet.</source>
        <translation>Das Konto ist noch nicht geladen.</translation>
    </message>
    <message>
        <source>Send was refused: %1</source>
        <translation>Senden wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Sent %1: it shows &quot;%2&quot;</source>
        <translation>%1 gesendet: es zeigt „%2“</translation>
    </message>
    <message>
        <source>Choose the transfer pattern (args: pattern = &quot;transparent&quot; or &quot;optimistic&quot;)</source>
        <translation>Das Überweisungsmuster wählen (Argument: pattern = „transparent“ oder „optimistic“)</translation>
    </message>
    <message>
        <source>&quot;pattern&quot; must be &quot;transparent&quot; or &quot;optimistic&quot;.</source>
        <translation>„pattern“ muss „transparent“ oder „optimistic“ sein.</translation>
    </message>
    <message>
        <source>Pattern: %1</source>
        <translation>Muster: %1</translation>
    </message>
    <message>
        <source>The newest transfer (or the one with this note) shows this state (args: state = final, completed, failed, pending, checking or sending; optional note, reason)</source>
        <translation>Die neueste Überweisung (oder die mit dieser Notiz) zeigt diesen Zustand (Argumente: state = final, completed, failed, pending, checking oder sending; optional note, reason)</translation>
    </message>
    <message>
        <source>&quot;state&quot; must be final, completed, failed, pending, checking or sending.</source>
        <translation>„state“ muss final, completed, failed, pending, checking oder sending sein.</translation>
    </message>
    <message>
        <source>No transfer has been sent from this screen.</source>
        <translation>Von diesem Bildschirm wurde noch keine Überweisung gesendet.</translation>
    </message>
    <message>
        <source>There is no transfer with the note &quot;%1&quot;.</source>
        <translation>Es gibt keine Überweisung mit der Notiz „%1“.</translation>
    </message>
    <message>
        <source>%1 shows &quot;%2&quot; (%3)</source>
        <translation>%1 zeigt „%2“ (%3)</translation>
    </message>
    <message>
        <source>The balance line reconciles with the server, and optionally shows these amounts (args: available, pending — cents as numbers or text as shown)</source>
        <translation>Die Kontostandzeile stimmt mit dem Server überein und zeigt optional diese Beträge (Argumente: available, pending – Cent als Zahlen oder Text wie angezeigt)</translation>
    </message>
    <message>
        <source>The balance has not loaded yet.</source>
        <translation>Der Kontostand ist noch nicht geladen.</translation>
    </message>
    <message>
        <source>It shows &quot;%1&quot;</source>
        <translation>Es zeigt „%1“</translation>
    </message>
    <message>
        <source>The server&apos;s account could not be read: %1</source>
        <translation>Das Konto des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>It shows &quot;%1&quot;; the server holds %2 available and %3 pending</source>
        <translation>Es zeigt „%1“; der Server hat %2 verfügbar und %3 ausstehend</translation>
    </message>
    <message>
        <source>Optimistic (the one not to use)</source>
        <translation>Optimistisch (das zu meidende Muster)</translation>
    </message>
    <message>
        <source>Transparent pending</source>
        <translation>Transparent ausstehend</translation>
    </message>
</context>
<context>
    <name>TransferSplit</name>
    <message>
        <source>Money transfer</source>
        <translation>Überweisung</translation>
    </message>
</context>
<context>
    <name>TransferWords</name>
    <message>
        <source>Reversed</source>
        <translation>Zurückgebucht</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Still processing</source>
        <translation>Noch in Bearbeitung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>This transfer was shown as sent, then bounced. %1 The money was put back.</source>
        <translation>Diese Überweisung wurde als gesendet angezeigt und ist dann geplatzt. %1 Das Geld wurde zurückgebucht.</translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation>%1 an %2 gesendet.</translation>
    </message>
    <message>
        <source>We keep checking. A slow transfer is not a failed one.</source>
        <translation>Wir prüfen weiter. Eine langsame Überweisung ist keine gescheiterte.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the bank yet. Trying again with the same transfer, so it is never sent twice.</source>
        <translation>Wir haben die Bank noch nicht erreicht. Wir versuchen es mit derselben Überweisung erneut, sodass sie nie doppelt gesendet wird.</translation>
    </message>
    <message>
        <source>Your transfer is on its way to the bank.</source>
        <translation>Deine Überweisung ist auf dem Weg zur Bank.</translation>
    </message>
    <message>
        <source>We&apos;re checking whether your transfer arrived.</source>
        <translation>Wir prüfen, ob deine Überweisung angekommen ist.</translation>
    </message>
    <message>
        <source>%1 reached %2.</source>
        <translation>%1 ist bei %2 angekommen.</translation>
    </message>
    <message>
        <source>The money is available again.</source>
        <translation>Das Geld ist wieder verfügbar.</translation>
    </message>
    <message>
        <source>The recipient&apos;s bank declined the transfer.</source>
        <translation>Die Bank des Empfängers hat die Überweisung abgelehnt.</translation>
    </message>
    <message>
        <source>The recipient&apos;s account is closed.</source>
        <translation>Das Konto des Empfängers ist geschlossen.</translation>
    </message>
    <message>
        <source>There wasn&apos;t enough money available when the bank checked.</source>
        <translation>Als die Bank prüfte, war nicht genug Geld verfügbar.</translation>
    </message>
    <message>
        <source>The amount is over the limit per transfer.</source>
        <translation>Der Betrag liegt über dem Limit pro Überweisung.</translation>
    </message>
    <message>
        <source>The amount is over the limit of %1 per transfer.</source>
        <translation>Der Betrag liegt über dem Limit von %1 pro Überweisung.</translation>
    </message>
    <message>
        <source>This payee is no longer on your account.</source>
        <translation>Dieser Empfänger ist nicht mehr auf deinem Konto.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the bank, so nothing was sent.</source>
        <translation>Wir haben die Bank nicht erreicht, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>This computer couldn&apos;t keep the transfer safe, so nothing was sent.</source>
        <translation>Dieser Computer konnte die Überweisung nicht sicher ablegen, daher wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>gallery</name>
    <message>
        <source>Converge UX kit gallery</source>
        <translation>Converge-UX-Kit-Galerie</translation>
    </message>
    <message>
        <source>Every Converge UX-kit component in every state.</source>
        <translation>Jede Komponente des Converge-UX-Kits in jedem Zustand.</translation>
    </message>
    <message>
        <source>Use the dark palette for the window.</source>
        <translation>Die dunkle Palette für das Fenster verwenden.</translation>
    </message>
    <message>
        <source>Save gallery-light.png, gallery-dark.png and gallery-window.png into &lt;dir&gt; and quit.</source>
        <translation>gallery-light.png, gallery-dark.png und gallery-window.png in &lt;dir&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800 (default 1280x900, or less on a smaller screen).</source>
        <translation>Fenstergröße, z. B. 1280x800 (Standard 1280x900, auf kleineren Bildschirmen weniger).</translation>
    </message>
    <message>
        <source>Speak &lt;language&gt;: system, en or de.</source>
        <translation>In &lt;language&gt; sprechen: system, en oder de.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See what a lagging, failing, replicated backend does to a person&apos;s experience.</source>
        <translation>Sieh, was ein verzögertes, fehlerhaftes, repliziertes Backend mit dem Erlebnis eines Menschen macht.</translation>
    </message>
    <message>
        <source>Connect to a running converge-backend at &lt;url&gt; instead of starting one inside the app.</source>
        <translation>Mit einem laufenden converge-backend unter &lt;url&gt; verbinden, statt eines in der App zu starten.</translation>
    </message>
    <message>
        <source>Access token for --backend.</source>
        <translation>Zugangstoken für --backend.</translation>
    </message>
    <message>
        <source>Seed of the embedded backend.</source>
        <translation>Seed des eingebetteten Backends.</translation>
    </message>
    <message>
        <source>Load the workshop scenario &lt;file&gt;.</source>
        <translation>Das Workshop-Szenario &lt;file&gt; laden.</translation>
    </message>
    <message>
        <source>Run the scenario without a window and exit.</source>
        <translation>Das Szenario ohne Fenster ausführen und beenden.</translation>
    </message>
    <message>
        <source>Where a headless run writes screenshots and the session export.</source>
        <translation>Wohin ein Lauf ohne Fenster Bildschirmfotos und den Sitzungsexport schreibt.</translation>
    </message>
    <message>
        <source>A headless run that has not finished after &lt;seconds&gt; stops with exit code 5 (default: the scenario&apos;s duration plus one minute).</source>
        <translation>Ein Lauf ohne Fenster, der nach &lt;seconds&gt; nicht fertig ist, endet mit Exit-Code 5 (Standard: die Dauer des Szenarios plus eine Minute).</translation>
    </message>
    <message>
        <source>Show the component gallery for design reviews.</source>
        <translation>Die Komponentengalerie für Design-Reviews zeigen.</translation>
    </message>
    <message>
        <source>Speak &lt;language&gt; this time: system, en or de (View → Language keeps a choice for every start).</source>
        <translation>Diesmal in &lt;language&gt; sprechen: system, en oder de (Ansicht → Sprache merkt sich eine Wahl für jeden Start).</translation>
    </message>
    <message>
        <source>--backend needs an address like http://127.0.0.1:8080, not &quot;%1&quot;.</source>
        <translation>--backend braucht eine Adresse wie http://127.0.0.1:8080, nicht „%1“.</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not &quot;%1&quot;.</source>
        <translation>--seed braucht eine ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>--seed applies to the embedded backend; start converge-backend with --seed instead.</source>
        <translation>--seed gilt für das eingebettete Backend; starte stattdessen converge-backend mit --seed.</translation>
    </message>
    <message>
        <source>The scenario file &quot;%1&quot; can&apos;t be read.</source>
        <translation>Die Szenariodatei „%1“ lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>--headless runs a scenario: add --scenario FILE.</source>
        <translation>--headless führt ein Szenario aus: --scenario DATEI angeben.</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds from 1 to 86400, not &quot;%1&quot;.</source>
        <translation>--timeout braucht eine ganze Zahl von Sekunden von 1 bis 86400, nicht „%1“.</translation>
    </message>
    <message>
        <source>--lang needs system, en or de, not &quot;%1&quot;.</source>
        <translation>--lang braucht system, en oder de, nicht „%1“.</translation>
    </message>
    <message>
        <source>--store applies to the embedded backend; start converge-backend with --store instead.</source>
        <translation>--store gilt für das eingebaute Backend; starte stattdessen converge-backend mit --store.</translation>
    </message>
    <message>
        <source>Show a screen side by side, the left pane in pattern &lt;A&gt; and the right in &lt;B&gt;: two sessions, one action. &lt;screen&gt; is favorites (the default: wait, optimistic, offline-first), profile (naive, read-your-writes, sticky-primary, poll, monotonic) or transfer (transparent, optimistic).</source>
        <translation>Eine Ansicht nebeneinander zeigen, den linken Bereich im Muster &lt;A&gt; und den rechten in &lt;B&gt;: zwei Sitzungen, eine Aktion. &lt;screen&gt; ist favorites (Standard: wait, optimistic, offline-first), profile (naive, read-your-writes, sticky-primary, poll, monotonic) oder transfer (transparent, optimistic).</translation>
    </message>
</context>
</TS>
