<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackendSettings</name>
    <message numerus="yes">
        <source>Armed: fail the next %n write(s)</source>
        <translation>
            <numerusform>Armed: fail the next write</numerusform>
            <numerusform>Armed: fail the next %n writes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Armed: %1 — fail the next %n</source>
        <translation>
            <numerusform>Armed: %1 — fail the next one</numerusform>
            <numerusform>Armed: %1 — fail the next %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsFeedback</name>
    <message numerus="yes">
        <source>Your save replaced %n change(s) made elsewhere that you never saw.</source>
        <translation>
            <numerusform>Your save replaced %n change made elsewhere that you never saw.</numerusform>
            <numerusform>Your save replaced %n changes made elsewhere that you never saw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FavoritesFeedback</name>
    <message numerus="yes">
        <source>%n change(s) saved.</source>
        <translation>
            <numerusform>%n change saved.</numerusform>
            <numerusform>%n changes saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FavoritesModel</name>
    <message numerus="yes">
        <source>%1, %n heart(s)</source>
        <translation>
            <numerusform>%1, %n heart</numerusform>
            <numerusform>%1, %n hearts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FavoritesScreen</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>1 change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept on this device.</source>
        <translation>
            <numerusform>%n change kept on this device.</numerusform>
            <numerusform>%n changes kept on this device.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; shows %n heart(s)</source>
        <translation>
            <numerusform>&quot;%1&quot; shows %n heart</numerusform>
            <numerusform>&quot;%1&quot; shows %n hearts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationHistoryModel</name>
    <message numerus="yes">
        <source>(%n time(s))</source>
        <translation>
            <numerusform>(%n time)</numerusform>
            <numerusform>(%n times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneShotFaults</name>
    <message numerus="yes">
        <source>The next %n write(s) will fail (%1).</source>
        <translation>
            <numerusform>The next write will fail (%1).</numerusform>
            <numerusform>The next %n writes will fail (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next %n request(s) will fail (%1).</source>
        <translation>
            <numerusform>The next request will fail (%1).</numerusform>
            <numerusform>The next %n requests will fail (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the next %n will fail (%2).</source>
        <translation>
            <numerusform>%1: the next one will fail (%2).</numerusform>
            <numerusform>%1: the next %n will fail (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoPreparer</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterCaption</name>
    <message numerus="yes">
        <source>Replica %1 hasn&apos;t seen it yet.</source>
        <extracomment>%1 lists the replicas&apos; numbers (&quot;2&quot; or &quot;1 and 3&quot;); the count picks the form.</extracomment>
        <translation>
            <numerusform>Replica %1 hasn&apos;t seen it yet.</numerusform>
            <numerusform>Replicas %1 haven&apos;t seen it yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterCaptionBar</name>
    <message numerus="yes">
        <source>⏸ %n answer(s) held</source>
        <translation>
            <numerusform>⏸ %n answer held</numerusform>
            <numerusform>⏸ %n answers held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) held back by the backend</source>
        <translation>
            <numerusform>%n answer held back by the backend</numerusform>
            <numerusform>%n answers held back by the backend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message numerus="yes">
        <source>the page went back in time %n time(s) with “%1”</source>
        <translation>
            <numerusform>the page went back in time %n time with “%1”</numerusform>
            <numerusform>the page went back in time %n times with “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message numerus="yes">
        <source>Gave up after %n read(s); no replica had your upload yet</source>
        <translation>
            <numerusform>Gave up after %n read; no replica had your upload yet</numerusform>
            <numerusform>Gave up after %n reads; no replica had your upload yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your new photo is showing (version %1, after %n read(s))</source>
        <translation>
            <numerusform>Your new photo is showing (version %1, after %n read)</numerusform>
            <numerusform>Your new photo is showing (version %1, after %n reads)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message numerus="yes">
        <source>Fail the next %n request(s)</source>
        <translation>
            <numerusform>Fail the next request</numerusform>
            <numerusform>Fail the next %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecondSessionWindow</name>
    <message numerus="yes">
        <source>Went back to an older photo %n time(s) with this pattern.</source>
        <translation>
            <numerusform>Went back to an older photo %n time with this pattern.</numerusform>
            <numerusform>Went back to an older photo %n times with this pattern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulatedTabletBox</name>
    <message numerus="yes">
        <source>%1, %2, %n heart(s)</source>
        <translation>
            <numerusform>%1, %2, %n heart</numerusform>
            <numerusform>%1, %2, %n hearts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) kept on the tablet.</source>
        <translation>
            <numerusform>Offline: %n change kept on the tablet.</numerusform>
            <numerusform>Offline: %n changes kept on the tablet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to merge.</source>
        <translation>
            <numerusform>%n change waiting to merge.</numerusform>
            <numerusform>%n changes waiting to merge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusAnnouncer</name>
    <message numerus="yes">
        <source>%n change(s) saved.</source>
        <translation>
            <numerusform>%n change saved.</numerusform>
            <numerusform>%n changes saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>Showing data from %n second(s) ago.</source>
        <translation>
            <numerusform>Showing data from 1 second ago.</numerusform>
            <numerusform>Showing data from %n seconds ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This usually takes up to %n second(s).</source>
        <translation>
            <numerusform>This usually takes up to %n second.</numerusform>
            <numerusform>This usually takes up to %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n time(s))</source>
        <translation>
            <numerusform>(%n time)</numerusform>
            <numerusform>(%n times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferModel</name>
    <message numerus="yes">
        <source>Keep the note to %n characters.</source>
        <translation>
            <numerusform>Keep the note to %n character.</numerusform>
            <numerusform>Keep the note to %n characters.</numerusform>
        </translation>
    </message>
</context>
</TS>
