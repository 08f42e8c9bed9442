<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Workdeck</source>
        <translation>Über Workdeck</translation>
    </message>
    <message>
        <source>Workdeck logo</source>
        <translation>Workdeck-Logo</translation>
    </message>
    <message>
        <source>Manage AI workloads on GPU clusters from the desktop: the AMD AI Workbench API, live logs, GPU charts and notifications.</source>
        <translation>KI-Workloads auf GPU-Clustern vom Desktop aus verwalten: die AMD-AI-Workbench-API, Live-Protokolle, GPU-Diagramme und Benachrichtigungen.</translation>
    </message>
</context>
<context>
    <name>AirmParserText</name>
    <message>
        <source>The AIRM answer has no “%1” list.</source>
        <translation>Die Antwort von AIRM hat keine Liste „%1“.</translation>
    </message>
    <message>
        <source>The AIRM answer is not a workload (it has no id).</source>
        <translation>Die Antwort von AIRM ist kein Workload (sie hat keine ID).</translation>
    </message>
    <message>
        <source>The AIRM answer is not a workload&apos;s metrics card.</source>
        <translation>Die Antwort von AIRM ist keine Metrikkarte eines Workloads.</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>%1 GPU %2</source>
        <translation>%1 GPU %2</translation>
    </message>
</context>
<context>
    <name>AiwbBackend</name>
    <message>
        <source>AMD AI Workbench</source>
        <translation>AMD AI Workbench</translation>
    </message>
    <message>
        <source>AMD AI Workbench cannot stop or run workloads.</source>
        <translation>AMD AI Workbench kann Workloads nicht anhalten oder starten.</translation>
    </message>
</context>
<context>
    <name>AiwbParser</name>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Cluster-internal</source>
        <translation>Clusterintern</translation>
    </message>
    <message>
        <source>The workload in the answer has no id.</source>
        <translation>Der Workload in der Antwort hat keine ID.</translation>
    </message>
    <message>
        <source>The answer has no “data” list.</source>
        <translation>Die Antwort hat keine Liste „data“.</translation>
    </message>
    <message>
        <source>The metric “%1” has an unreadable “data” field.</source>
        <translation>Die Metrik „%1“ hat ein unlesbares Feld „data“.</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Number of simulated workloads for --demo.</source>
        <translation>Anzahl simulierter Workloads für --demo.</translation>
    </message>
    <message>
        <source>Seed of the simulated cluster for --demo.</source>
        <translation>Startwert des simulierten Clusters für --demo.</translation>
    </message>
    <message>
        <source>How much faster than real time the sandbox&apos;s workloads live (e.g. 60: a minute a second), to watch statuses change.</source>
        <translation>Wie viel schneller als in Echtzeit die Workloads der Sandbox ablaufen (z. B. 60: eine Minute pro Sekunde), um Statuswechsel zu beobachten.</translation>
    </message>
    <message>
        <source>Project (namespace) to open or export.</source>
        <translation>Projekt (Namespace) zum Öffnen oder Exportieren.</translation>
    </message>
    <message>
        <source>Write the project&apos;s workloads as CSV to FILE (&quot;-&quot; for standard output) and exit, without a window: every status but Deleted, the default columns.</source>
        <translation>Die Workloads des Projekts als CSV in DATEI schreiben („-“ für die Standardausgabe) und beenden, ohne Fenster: jeder Status außer Gelöscht, die Standardspalten.</translation>
    </message>
    <message>
        <source>Print the log of the workload with this id (ISO timestamp, level, message; one line per entry) and exit, without a window.</source>
        <translation>Das Protokoll des Workloads mit dieser ID ausgeben (ISO-Zeitstempel, Stufe, Nachricht; eine Zeile pro Eintrag) und beenden, ohne Fenster.</translation>
    </message>
    <message>
        <source>With --logs: keep printing new lines as they come, reconnecting by itself, until interrupted.</source>
        <translation>Mit --logs: neue Zeilen weiter ausgeben, sobald sie kommen, mit selbstständiger Neuverbindung, bis zum Abbruch.</translation>
    </message>
    <message>
        <source>With --logs: only lines at this level or above: trace, debug, info, warning, error, critical.</source>
        <translation>Mit --logs: nur Zeilen dieser Stufe oder höher: trace, debug, info, warning, error, critical.</translation>
    </message>
    <message>
        <source>Quit after this many milliseconds.</source>
        <translation>Nach so vielen Millisekunden beenden.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE just before quitting (with --quit-after).</source>
        <translation>Kurz vor dem Beenden ein Bild des Fensters in DATEI speichern (mit --quit-after).</translation>
    </message>
    <message>
        <source>Print the time from process start to the first painted table with rows, and the resident memory then; then quit.</source>
        <translation>Die Zeit vom Prozessstart bis zur ersten gezeichneten Tabelle mit Zeilen und den dann belegten Arbeitsspeicher ausgeben; dann beenden.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--workloads needs a number between 0 and 1000000.</source>
        <translation>--workloads braucht eine Zahl zwischen 0 und 1000000.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed braucht eine ganze Zahl.</translation>
    </message>
    <message>
        <source>--demo-speed needs a number between 0.01 and 100000.</source>
        <translation>--demo-speed braucht eine Zahl zwischen 0,01 und 100000.</translation>
    </message>
    <message>
        <source>Use either --demo or --server, not both.</source>
        <translation>Entweder --demo oder --server verwenden, nicht beides.</translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds.</source>
        <translation>--quit-after braucht eine Anzahl Millisekunden.</translation>
    </message>
    <message>
        <source>Use either --export-csv or --logs, not both.</source>
        <translation>Entweder --export-csv oder --logs verwenden, nicht beides.</translation>
    </message>
    <message>
        <source>--follow and --level go with --logs.</source>
        <translation>--follow und --level gehören zu --logs.</translation>
    </message>
    <message>
        <source>--level must be one of %1.</source>
        <translation>--level muss eines von %1 sein.</translation>
    </message>
    <message>
        <source>--logs needs a workload id.</source>
        <translation>--logs braucht eine Workload-ID.</translation>
    </message>
    <message>
        <source>--logs needs --server URL (or --demo).</source>
        <translation>--logs braucht --server URL (oder --demo).</translation>
    </message>
    <message>
        <source>--logs needs --project NAME.</source>
        <translation>--logs braucht --project NAME.</translation>
    </message>
    <message>
        <source>--export-csv needs a file name (or &quot;-&quot;).</source>
        <translation>--export-csv braucht einen Dateinamen (oder „-“).</translation>
    </message>
    <message>
        <source>--export-csv needs --server URL (or --demo).</source>
        <translation>--export-csv braucht --server URL (oder --demo).</translation>
    </message>
    <message>
        <source>--export-csv needs --project NAME.</source>
        <translation>--export-csv braucht --project NAME.</translation>
    </message>
    <message>
        <source>Run:ai: URL of the cluster&apos;s Kubernetes API server, for pod logs (the same token is sent); without it the Logs tab says why there are no logs.</source>
        <translation>Run:ai: URL des Kubernetes-API-Servers des Clusters, für Pod-Protokolle (es wird dasselbe Token gesendet); ohne sie sagt der Tab „Protokolle“, warum es keine Protokolle gibt.</translation>
    </message>
    <message>
        <source>Connect with the saved connection profile NAME (its sign-in comes from the keychain, or WORKDECK_TOKEN).</source>
        <translation>Mit dem gespeicherten Verbindungsprofil NAME verbinden (die Anmeldung kommt aus dem Schlüsselbund oder aus WORKDECK_TOKEN).</translation>
    </message>
    <message>
        <source>--kube-server goes with --backend runai (the Run:ai sandbox has its own).</source>
        <translation>--kube-server gehört zu --backend runai (die Run:ai-Sandbox hat ihren eigenen).</translation>
    </message>
    <message>
        <source>Use --profile alone, without --demo or --server.</source>
        <translation>--profile allein verwenden, ohne --demo oder --server.</translation>
    </message>
    <message>
        <source>Start the sandbox cluster in this process and connect to it (--demo=aiwb, --demo=airm, --demo=amd for AIWB with AIRM, or --demo=runai picks the API it speaks).</source>
        <translation>Den Sandbox-Cluster in diesem Prozess starten und sich mit ihm verbinden (--demo=aiwb, --demo=airm, --demo=amd für AIWB mit AIRM oder --demo=runai wählt die API, die er spricht).</translation>
    </message>
    <message>
        <source>The API the sandbox speaks: aiwb, airm, amd, runai.</source>
        <translation>Die API der Sandbox: aiwb, airm, amd, runai.</translation>
    </message>
    <message>
        <source>Kind of server for --server: aiwb (default), airm, runai.</source>
        <translation>Art des Servers für --server: aiwb (Standard), airm, runai.</translation>
    </message>
    <message>
        <source>AMD AI Workbench: URL of its AIRM API, e.g. https://airmapi.example.com; adds clusters, components and per-GPU charts to the AIWB view.</source>
        <translation>AMD AI Workbench: URL seiner AIRM-API, z. B. https://airmapi.example.com; ergänzt die AIWB-Ansicht um Cluster, Komponenten und Diagramme je GPU.</translation>
    </message>
    <message>
        <source>Unknown sandbox API “%1”: the sandbox speaks aiwb, airm, amd (AIWB with AIRM) and runai.</source>
        <translation>Unbekannte Sandbox-API „%1“: Die Sandbox spricht aiwb, airm, amd (AIWB mit AIRM) und runai.</translation>
    </message>
    <message>
        <source>Unknown backend “%1”: use aiwb, airm or runai.</source>
        <translation>Unbekanntes Backend „%1“: aiwb, airm oder runai verwenden.</translation>
    </message>
    <message>
        <source>--airm-server goes with an AMD AI Workbench --server (--demo=amd shows both from the sandbox).</source>
        <translation>--airm-server gehört zu einem AMD-AI-Workbench---server (--demo=amd zeigt beides aus der Sandbox).</translation>
    </message>
    <message>
        <source>--%1 needs an http or https URL, not “%2”.</source>
        <translation>--%1 braucht eine http- oder https-URL, nicht „%2“.</translation>
    </message>
    <message>
        <source>Workdeck: manage AI workloads on GPU clusters (AMD AI Workbench, AIRM, Run:ai).

Without options it opens the window on the last connection; the first start asks for a cluster or offers the built-in sandbox.
Headless use: --server URL --project NAME --export-csv FILE, with the bearer token in the environment variable WORKDECK_TOKEN.</source>
        <translation>Workdeck: KI-Workloads auf GPU-Clustern verwalten (AMD AI Workbench, AIRM, Run:ai).

Ohne Optionen öffnet es das Fenster auf der letzten Verbindung; beim ersten Start fragt es nach einem Cluster oder bietet die eingebaute Sandbox an.
Ohne Fenster: --server URL --project NAME --export-csv DATEI, mit dem Bearer-Token in der Umgebungsvariablen WORKDECK_TOKEN.</translation>
    </message>
    <message>
        <source>Base URL of the server&apos;s API (--backend says which), e.g. https://aiwbapi.example.com.</source>
        <translation>Basis-URL der API des Servers (--backend sagt, welche), z. B. https://aiwbapi.example.com.</translation>
    </message>
    <message>
        <source>After the first painted table, open the log of the longest-running workload, load it back to LINES lines, print the resident memory then; then quit.</source>
        <translation>Nach der ersten gezeichneten Tabelle das Protokoll der am längsten laufenden Workload öffnen, es bis auf LINES Zeilen zurückladen, dann den belegten Arbeitsspeicher ausgeben und beenden.</translation>
    </message>
    <message>
        <source>--measure-memory needs a number of log lines.</source>
        <translation>--measure-memory braucht eine Anzahl Protokollzeilen.</translation>
    </message>
    <message>
        <source>After the first painted table, close the window to the tray, print the CPU time used over the next SECONDS seconds; then quit.</source>
        <translation>Nach der ersten gezeichneten Tabelle das Fenster in den Infobereich schließen, die in den nächsten SECONDS Sekunden verbrauchte CPU-Zeit ausgeben und beenden.</translation>
    </message>
    <message>
        <source>--measure-idle needs a number of seconds.</source>
        <translation>--measure-idle braucht eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>Use either --measure-memory or --measure-idle, not both.</source>
        <translation>Entweder --measure-memory oder --measure-idle verwenden, nicht beides.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileText</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>The server address must be an http or https URL.</source>
        <translation>Die Serveradresse muss eine http- oder https-URL sein.</translation>
    </message>
    <message>
        <source>The AIRM address must be an http or https URL.</source>
        <translation>Die AIRM-Adresse muss eine http- oder https-URL sein.</translation>
    </message>
    <message>
        <source>The sign-in issuer must be an http or https URL.</source>
        <translation>Der Anmeldeaussteller muss eine http- oder https-URL sein.</translation>
    </message>
    <message>
        <source>A sign-in issuer needs a client id.</source>
        <translation>Ein Anmeldeaussteller braucht eine Client-ID.</translation>
    </message>
    <message>
        <source>Run:ai needs the access key&apos;s client id.</source>
        <translation>Run:ai braucht die Client-ID des Zugriffsschlüssels.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Plain http to a remote host sends your token unencrypted; use https or allow it explicitly.</source>
        <translation>Unverschlüsseltes http zu einem entfernten Host sendet Ihr Token im Klartext; https verwenden oder es ausdrücklich erlauben.</translation>
    </message>
    <message>
        <source>The Kubernetes API address must be an http or https URL.</source>
        <translation>Die Adresse der Kubernetes-API muss eine http- oder https-URL sein.</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>The server sent invalid JSON (%1 at byte %2 of %3).</source>
        <translation>Der Server hat ungültiges JSON gesendet (%1 bei Byte %2 von %3).</translation>
    </message>
    <message>
        <source>The server sent JSON that is not an object.</source>
        <translation>Der Server hat JSON gesendet, das kein Objekt ist.</translation>
    </message>
    <message>
        <source>The server sent JSON that could not be read (%1).</source>
        <translation>Der Server hat JSON gesendet, das nicht gelesen werden konnte (%1).</translation>
    </message>
</context>
<context>
    <name>KeychainTokenStoreText</name>
    <message>
        <source>the system keychain did not answer in time (is it locked?)</source>
        <translation>der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet (ist er gesperrt?)</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>the system keychain returned something else than was stored</source>
        <translation>der Schlüsselbund des Systems hat etwas anderes zurückgegeben als gespeichert wurde</translation>
    </message>
</context>
<context>
    <name>MetricsWidget</name>
    <message>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>Between tokens</source>
        <translation>Zwischen Tokens</translation>
    </message>
    <message>
        <source>End to end</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
</context>
<context>
    <name>ProjectResolver</name>
    <message>
        <source>project “%1” not found on %2; projects you can use: %3</source>
        <translation>Projekt „%1“ auf %2 nicht gefunden; verfügbare Projekte: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The provider&apos;s discovery document is not JSON.</source>
        <translation>Das Discovery-Dokument des Anbieters ist kein JSON.</translation>
    </message>
    <message>
        <source>The provider calls itself “%1”, not “%2”.</source>
        <translation>Der Anbieter nennt sich „%1“, nicht „%2“.</translation>
    </message>
    <message>
        <source>The provider&apos;s discovery document names no token endpoint.</source>
        <translation>Das Discovery-Dokument des Anbieters nennt keinen Token-Endpunkt.</translation>
    </message>
</context>
<context>
    <name>RunAiParser</name>
    <message>
        <source>The Run:ai answer has no “%1” list.</source>
        <translation>Die Antwort von Run:ai hat keine Liste „%1“.</translation>
    </message>
    <message>
        <source>The Run:ai answer has no workload count.</source>
        <translation>Die Antwort von Run:ai enthält keine Anzahl der Workloads.</translation>
    </message>
    <message>
        <source>The Run:ai answer is not a workload (it has no id).</source>
        <translation>Die Antwort von Run:ai ist kein Workload (sie hat keine ID).</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>The server refused (code %1).</source>
        <translation>Der Server hat abgelehnt (Code %1).</translation>
    </message>
</context>
<context>
    <name>StatusChange</name>
    <message>
        <source>%1 is running</source>
        <translation>%1 läuft</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads are running</source>
        <translation>
            <numerusform>%n Workload läuft</numerusform>
            <numerusform>%n Workloads laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads completed</source>
        <translation>
            <numerusform>%n Workload abgeschlossen</numerusform>
            <numerusform>%n Workloads abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads failed</source>
        <translation>
            <numerusform>%n Workload fehlgeschlagen</numerusform>
            <numerusform>%n Workloads fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is degraded</source>
        <translation>%1 ist beeinträchtigt</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads are degraded</source>
        <translation>
            <numerusform>%n Workload ist beeinträchtigt</numerusform>
            <numerusform>%n Workloads sind beeinträchtigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was deleted</source>
        <translation>%1 wurde gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads were deleted</source>
        <translation>
            <numerusform>%n Workload wurde gelöscht</numerusform>
            <numerusform>%n Workloads wurden gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1 failed</source>
        <translation>Löschen von %1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n workloads failed</source>
        <translation>
            <numerusform>Löschen von %n Workload fehlgeschlagen</numerusform>
            <numerusform>Löschen von %n Workloads fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 angehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads stopped</source>
        <translation>
            <numerusform>%n Workload angehalten</numerusform>
            <numerusform>%n Workloads angehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 ist jetzt %2</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads are now %2</source>
        <translation>
            <numerusform>%n Workload ist jetzt %2</numerusform>
            <numerusform>%n Workloads sind jetzt %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workdeck::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later.&lt;br&gt;Built with Qt %1, running on Qt %2.&lt;br&gt;&lt;a href=&quot;https://github.com/workdeck/workdeck&quot;&gt;Source code and issues&lt;/a&gt;</source>
        <translation>Lizenz: GNU General Public License, Version 3 oder neuer.&lt;br&gt;Erstellt mit Qt %1, läuft mit Qt %2.&lt;br&gt;&lt;a href=&quot;https://github.com/workdeck/workdeck&quot;&gt;Quellcode und Fehlermeldungen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Workdeck::AirmBackend</name>
    <message>
        <source>AMD AI Resource Manager</source>
        <translation>AMD AI Resource Manager</translation>
    </message>
    <message>
        <source>GPU memory (VRAM) used</source>
        <translation>Belegter GPU-Speicher (VRAM)</translation>
    </message>
    <message>
        <source>GPU junction temperature</source>
        <translation>GPU-Sperrschichttemperatur</translation>
    </message>
    <message>
        <source>GPU power</source>
        <translation>GPU-Leistung</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>CPU utilization</source>
        <translation>CPU-Auslastung</translation>
    </message>
    <message>
        <source>AMD AI Resource Manager has no CPU metrics for workloads.</source>
        <translation>AMD AI Resource Manager hat keine CPU-Metriken für Workloads.</translation>
    </message>
    <message>
        <source>Nodes in use</source>
        <translation>Genutzte Knoten</translation>
    </message>
    <message>
        <source>GPUs in use</source>
        <translation>Genutzte GPUs</translation>
    </message>
    <message>
        <source>Time in queue</source>
        <translation>Zeit in der Warteschlange</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Time running</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>h</source>
        <translation>Std.</translation>
    </message>
    <message>
        <source>AMD AI Resource Manager has no log API: logs come from AMD AI Workbench. Add the Workbench&apos;s address to this connection to see them.</source>
        <translation>AMD AI Resource Manager hat keine Log-API: Protokolle kommen von AMD AI Workbench. Fügen Sie dieser Verbindung die Adresse der Workbench hinzu, um sie zu sehen.</translation>
    </message>
    <message>
        <source>AMD AI Resource Manager cannot stop or run workloads.</source>
        <translation>AMD AI Resource Manager kann Workloads nicht anhalten oder starten.</translation>
    </message>
    <message>
        <source>AMD AI Resource Manager has no metric “%1”.</source>
        <translation>AMD AI Resource Manager hat keine Metrik „%1“.</translation>
    </message>
    <message>
        <source>unhealthy: no heartbeat for 5 minutes</source>
        <translation>gestört: seit 5 Minuten kein Lebenszeichen</translation>
    </message>
    <message>
        <source>verifying: no heartbeat yet</source>
        <translation>wird geprüft: noch kein Lebenszeichen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Workdeck::AiwbBackend</name>
    <message>
        <source>GPU utilization</source>
        <translation>GPU-Auslastung</translation>
    </message>
    <message>
        <source>AMD AI Workbench reports how many GPUs a workload uses, not how busy each one is: see “GPUs in use”.</source>
        <translation>AMD AI Workbench meldet, wie viele GPUs ein Workload nutzt, nicht wie stark jede ausgelastet ist: siehe „Genutzte GPUs“.</translation>
    </message>
    <message>
        <source>GPUs in use</source>
        <translation>Genutzte GPUs</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>GPU memory used</source>
        <translation>Belegter GPU-Speicher</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>CPU utilization</source>
        <translation>CPU-Auslastung</translation>
    </message>
    <message>
        <source>AMD AI Workbench has no CPU metrics for workloads.</source>
        <translation>AMD AI Workbench hat keine CPU-Metriken für Workloads.</translation>
    </message>
    <message>
        <source>CPU memory</source>
        <translation>CPU-Speicher</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Requests served</source>
        <translation>Bediente Anfragen</translation>
    </message>
    <message>
        <source>Average load</source>
        <translation>Durchschnittliche Last</translation>
    </message>
    <message>
        <source>Peak load</source>
        <translation>Spitzenlast</translation>
    </message>
    <message>
        <source>KV cache used</source>
        <translation>Belegter KV-Cache</translation>
    </message>
    <message>
        <source>Tokens generated</source>
        <translation>Erzeugte Tokens</translation>
    </message>
</context>
<context>
    <name>Workdeck::AmdBackend</name>
    <message>
        <source>AMD AI Workbench with AIRM</source>
        <translation>AMD AI Workbench mit AIRM</translation>
    </message>
</context>
<context>
    <name>Workdeck::ApiClient</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>Die Serveradresse ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused: your token would travel unencrypted. Use https, or allow plain http in the connection profile.</source>
        <translation>Unverschlüsseltes http zu %1 wird abgelehnt: Ihr Token würde unverschlüsselt übertragen. https verwenden oder unverschlüsseltes http im Verbindungsprofil erlauben.</translation>
    </message>
    <message>
        <source>Unsupported URL scheme “%1”.</source>
        <translation>Nicht unterstütztes URL-Schema „%1“.</translation>
    </message>
    <message>
        <source>The server redirected to another host (%1); the request was refused so that your token is not sent there.</source>
        <translation>Der Server hat auf einen anderen Host umgeleitet (%1); die Anfrage wurde abgelehnt, damit Ihr Token nicht dorthin gesendet wird.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 and was not read.</source>
        <translation>Die Antwort ist größer als %1 und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Workdeck::Application</name>
    <message>
        <source>Try “workdeck --help”.</source>
        <translation>Siehe „workdeck --help“.</translation>
    </message>
    <message>
        <source>could not start the sandbox cluster: %1</source>
        <translation>Der Sandbox-Cluster konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>no access token: set the environment variable WORKDECK_TOKEN to a bearer token for %1.</source>
        <translation>kein Zugriffstoken: die Umgebungsvariable WORKDECK_TOKEN auf ein Bearer-Token für %1 setzen.</translation>
    </message>
    <message>
        <source>there is no connection profile called “%1”.</source>
        <translation>es gibt kein Verbindungsprofil namens „%1“.</translation>
    </message>
    <message>
        <source>the profile “%1” cannot be used: %2</source>
        <translation>das Profil „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>no access key: set WORKDECK_CLIENT_SECRET (and WORKDECK_CLIENT_ID) for %1.</source>
        <translation>kein Zugriffsschlüssel: WORKDECK_CLIENT_SECRET (und WORKDECK_CLIENT_ID) für %1 setzen.</translation>
    </message>
    <message>
        <source>no access token: set WORKDECK_TOKEN, or open the window to sign in to %1.</source>
        <translation>kein Zugriffstoken: WORKDECK_TOKEN setzen oder das Fenster öffnen, um sich bei %1 anzumelden.</translation>
    </message>
    <message>
        <source>memory (sandbox)</source>
        <translation>Arbeitsspeicher (Sandbox)</translation>
    </message>
    <message>
        <source>No usable keychain (%1): your sign-in is kept in memory until Workdeck quits.</source>
        <translation>Kein nutzbarer Schlüsselbund (%1): Ihre Anmeldung wird bis zum Beenden von Workdeck im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Enter the access key to sign in.</source>
        <translation>Geben Sie den Zugriffsschlüssel ein, um sich anzumelden.</translation>
    </message>
    <message>
        <source>The secret could not be stored: %1</source>
        <translation>Das Geheimnis konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>Verbindungen &amp;verwalten…</translation>
    </message>
    <message>
        <source>&amp;New Connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <source>Connect To</source>
        <translation>Verbinden mit</translation>
    </message>
    <message>
        <source>Sandbox (on this computer)</source>
        <translation>Sandbox (auf diesem Rechner)</translation>
    </message>
    <message>
        <source>A simulated cluster with sample workloads</source>
        <translation>Ein simulierter Cluster mit Beispiel-Workloads</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Cannot Connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
</context>
<context>
    <name>Workdeck::ConnectionSecurity</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate (PEM or DER expected).</source>
        <translation>Die CA-Datei %1 enthält kein Zertifikat (PEM oder DER erwartet).</translation>
    </message>
</context>
<context>
    <name>Workdeck::ConnectionsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to remote hosts</source>
        <translation>Unverschlüsseltes &amp;http zu entfernten Hosts erlauben</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Kind of cluster</source>
        <translation>Art des Clusters</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>AIRM address</source>
        <translation>AIRM-Adresse</translation>
    </message>
    <message>
        <source>Sign-in issuer</source>
        <translation>Anmelde-Aussteller</translation>
    </message>
    <message>
        <source>Sign-in client id</source>
        <translation>Client-ID für die Anmeldung</translation>
    </message>
    <message>
        <source>Access key client id</source>
        <translation>Client-ID des Zugriffsschlüssels</translation>
    </message>
    <message>
        <source>Access key secret</source>
        <translation>Geheimnis des Zugriffsschlüssels</translation>
    </message>
    <message>
        <source>Kubernetes API address</source>
        <translation>Adresse der Kubernetes-API</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Allow plain http to remote hosts</source>
        <translation>Unverschlüsseltes http zu entfernten Hosts erlauben</translation>
    </message>
    <message>
        <source>AMD AI Workbench</source>
        <translation>AMD AI Workbench</translation>
    </message>
    <message>
        <source>Run:ai</source>
        <translation>Run:ai</translation>
    </message>
    <message>
        <source>optional, e.g. https://airmapi.example.com</source>
        <translation>optional, z. B. https://airmapi.example.com</translation>
    </message>
    <message>
        <source>e.g. https://kc.example.com/realms/airm; empty: paste a token</source>
        <translation>z. B. https://kc.example.com/realms/airm; leer: Token einfügen</translation>
    </message>
    <message>
        <source>as registered at the issuer, e.g. workdeck</source>
        <translation>wie beim Aussteller registriert, z. B. workdeck</translation>
    </message>
    <message>
        <source>optional, for pod logs, e.g. https://k8s.example.com:6443</source>
        <translation>optional, für Pod-Logs, z. B. https://k8s.example.com:6443</translation>
    </message>
    <message>
        <source>optional; the system&apos;s certificates otherwise</source>
        <translation>optional; sonst die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>⚠ Plain http sends your sign-in and every answer unencrypted: anyone on the network can read and reuse your token. Only for test clusters on a trusted network.</source>
        <translation>⚠ Unverschlüsseltes http überträgt Ihre Anmeldung und jede Antwort im Klartext: Jeder im Netz kann Ihr Token lesen und verwenden. Nur für Testcluster in einem vertrauenswürdigen Netz.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>AI&amp;RM:</source>
        <translation>AI&amp;RM:</translation>
    </message>
    <message>
        <source>Sign-in &amp;issuer:</source>
        <translation>Anmelde-&amp;Aussteller:</translation>
    </message>
    <message>
        <source>Client i&amp;d:</source>
        <translation>Client-I&amp;D:</translation>
    </message>
    <message>
        <source>Access key &amp;id:</source>
        <translation>Schlüssel-&amp;ID:</translation>
    </message>
    <message>
        <source>Access key s&amp;ecret:</source>
        <translation>Schlüssel-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>K&amp;ubernetes API:</source>
        <translation>K&amp;ubernetes-API:</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>&amp;CA-Zertifikate:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>stored; type to replace it</source>
        <translation>gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>asked for when connecting</source>
        <translation>wird beim Verbinden abgefragt</translation>
    </message>
    <message>
        <source>The access key&apos;s secret is asked for when you connect.</source>
        <translation>Das Geheimnis des Zugriffsschlüssels wird beim Verbinden abgefragt.</translation>
    </message>
    <message>
        <source>The secret is kept in %1, never in the settings.</source>
        <translation>Das Geheimnis liegt in %1, nie in den Einstellungen.</translation>
    </message>
    <message>
        <source>No keychain is usable: the secret is kept in memory until Workdeck quits.</source>
        <translation>Kein Schlüsselbund nutzbar: Das Geheimnis bleibt nur bis zum Beenden von Workdeck im Speicher.</translation>
    </message>
    <message>
        <source>There is already a profile called “%1”.</source>
        <translation>Es gibt bereits ein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>Die Serveradresse ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved “%1”; the secret is in %2.</source>
        <translation>„%1“ gespeichert; das Geheimnis liegt in %2.</translation>
    </message>
    <message>
        <source>Saved “%1”, but the secret could not be stored (%2); you will be asked for it when connecting.</source>
        <translation>„%1“ gespeichert, aber das Geheimnis konnte nicht gespeichert werden (%2); es wird beim Verbinden abgefragt.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The profile “%1” has changes that are not saved.</source>
        <translation>Das Profil „%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its stored sign-in and secrets are deleted from %2 too.</source>
        <translation>Die Verbindung „%1“ entfernen? Ihre gespeicherte Anmeldung und Geheimnisse werden auch aus %2 gelöscht.</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>dem Schlüsselbund</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>A stored secret could not be deleted: %1</source>
        <translation>Ein gespeichertes Geheimnis konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
</context>
<context>
    <name>Workdeck::CsvExportCommand</name>
    <message>
        <source>could not list the projects: %1</source>
        <translation>die Projekte konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>could not list the workloads of “%1”</source>
        <translation>die Workloads von „%1“ konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>could not write to standard output</source>
        <translation>in die Standardausgabe konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Workdeck::DesktopIntegration</name>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Letzte Änderungen</translation>
    </message>
    <message>
        <source>Open Workdeck</source>
        <translation>Workdeck öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Workdeck cannot check your workloads</source>
        <translation>Workdeck kann Ihre Workloads nicht prüfen</translation>
    </message>
    <message>
        <source>no workloads</source>
        <translation>keine Workloads</translation>
    </message>
    <message numerus="yes">
        <source>%n new failure(s)</source>
        <translation>
            <numerusform>%n neuer Fehler</numerusform>
            <numerusform>%n neue Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Benachrichtigungen pausiert bis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n ungelesene Benachrichtigung</numerusform>
            <numerusform>%n ungelesene Benachrichtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>When a workload is %1</source>
        <translation>Wenn ein Workload %1 ist</translation>
    </message>
    <message>
        <source>Watch projects</source>
        <translation>Projekte beobachten</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>1 Stunde pausieren</translation>
    </message>
    <message>
        <source>Pause until tomorrow</source>
        <translation>Bis morgen pausieren</translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation>Benachrichtigungen fortsetzen</translation>
    </message>
    <message>
        <source>Workdeck is still running</source>
        <translation>Workdeck läuft weiter</translation>
    </message>
    <message>
        <source>It keeps watching your workloads and tells you when they change. Quit it from this icon&apos;s menu.</source>
        <translation>Es beobachtet weiter Ihre Workloads und meldet sich, wenn sie sich ändern. Beenden über das Menü dieses Symbols.</translation>
    </message>
</context>
<context>
    <name>Workdeck::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Workdeck::EventsWidget</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Ereignisse filtern</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Nur Warnungen</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Art des Ereignisses</translation>
    </message>
    <message>
        <source>This server does not report events.</source>
        <translation>Dieser Server meldet keine Ereignisse.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workdeck::FirstRunDialog</name>
    <message>
        <source>Welcome to Workdeck</source>
        <translation>Willkommen bei Workdeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Workdeck&lt;/h3&gt;&lt;p&gt;Workdeck shows and manages the workloads of your GPU clusters: AMD AI Workbench and Run:ai.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Willkommen bei Workdeck&lt;/h3&gt;&lt;p&gt;Workdeck zeigt und verwaltet die Workloads Ihrer GPU-Cluster: AMD AI Workbench und Run:ai.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to a Cluster</source>
        <translation>Mit einem Cluster verbinden</translation>
    </message>
    <message>
        <source>Enter the address of your AMD AI Workbench or Run:ai server, then sign in.</source>
        <translation>Geben Sie die Adresse Ihres AMD-AI-Workbench- oder Run:ai-Servers ein und melden Sie sich an.</translation>
    </message>
    <message>
        <source>Try the Sandbox</source>
        <translation>Die Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>A simulated cluster on this computer with sample workloads, logs and metrics. Nothing leaves your machine.</source>
        <translation>Ein simulierter Cluster auf diesem Rechner mit Beispiel-Workloads, Logs und Metriken. Nichts verlässt Ihren Rechner.</translation>
    </message>
    <message>
        <source>You can add, change and switch connections later in the Connection menu.</source>
        <translation>Verbindungen können Sie später im Menü Verbindung hinzufügen, ändern und wechseln.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>Workdeck::LogTailService</name>
    <message>
        <source>the server went silent</source>
        <translation>der Server ist verstummt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>the log has ended</source>
        <translation>das Protokoll ist zu Ende</translation>
    </message>
    <message>
        <source>the server reported: %1</source>
        <translation>der Server meldete: %1</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Not streaming</source>
        <translation>Kein Streaming</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Neuverbindung…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s: %1</source>
        <translation>
            <numerusform>Neuverbindung in %n s: %1</numerusform>
            <numerusform>Neuverbindung in %n s: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
</context>
<context>
    <name>Workdeck::LogViewWidget</name>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>Die neueste Zeile sichtbar halten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop adding new lines to the view for now</source>
        <translation>Vorerst keine neuen Zeilen zur Ansicht hinzufügen</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Umbrechen</translation>
    </message>
    <message>
        <source>Wrap long lines (slower with very long logs)</source>
        <translation>Lange Zeilen umbrechen (langsamer bei sehr langen Protokollen)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Show timestamps</source>
        <translation>Zeitstempel anzeigen</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Protokollzeilen</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warning and above</source>
        <translation>Warnung und höher</translation>
    </message>
    <message>
        <source>Error and above</source>
        <translation>Fehler und höher</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Mindeststufe</translation>
    </message>
    <message>
        <source>Show lines at this level or above</source>
        <translation>Zeilen dieser Stufe oder höher anzeigen</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation>Protokoll in eine Datei speichern</translation>
    </message>
    <message>
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation>Ausgewählte Zeilen kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Jump to end</source>
        <translation>Zum Ende springen</translation>
    </message>
    <message>
        <source>Select a line to see it in full; JSON lines are shown formatted.</source>
        <translation>Eine Zeile auswählen, um sie vollständig zu sehen; JSON-Zeilen werden formatiert angezeigt.</translation>
    </message>
    <message>
        <source>Selected line</source>
        <translation>Ausgewählte Zeile</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Invalid expression</source>
        <translation>Ungültiger Ausdruck</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a workload to see its log.</source>
        <translation>Einen Workload auswählen, um sein Protokoll zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 oldest dropped (limit %2)</source>
        <translation>%1 älteste verworfen (Grenze %2)</translation>
    </message>
    <message numerus="yes">
        <source>paused, %n new line(s) held</source>
        <translation>
            <numerusform>pausiert, %n neue Zeile zurückgehalten</numerusform>
            <numerusform>pausiert, %n neue Zeilen zurückgehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>loading older lines…</source>
        <translation>ältere Zeilen werden geladen…</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Log source</source>
        <translation>Protokollquelle</translation>
    </message>
    <message>
        <source>Which pod and container the log comes from</source>
        <translation>Aus welchem Pod und Container das Protokoll stammt</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>Ausgewählte Zeilen kopieren</translation>
    </message>
    <message>
        <source>This server does not offer logs.</source>
        <translation>Dieser Server bietet keine Protokolle an.</translation>
    </message>
    <message>
        <source>All pods</source>
        <translation>Alle Pods</translation>
    </message>
    <message>
        <source>%1 (previous container)</source>
        <translation>%1 (vorheriger Container)</translation>
    </message>
</context>
<context>
    <name>Workdeck::LogsCommand</name>
    <message>
        <source>%1 does not offer workload logs.</source>
        <translation>%1 bietet keine Workload-Protokolle an.</translation>
    </message>
    <message>
        <source>could not read workload %1: %2</source>
        <translation>Workload %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>could not read the log: %1</source>
        <translation>das Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Workdeck::LoopbackRedirectListener</name>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Workdeck has received the sign-in. You can close this tab.</source>
        <translation>Workdeck hat die Anmeldung erhalten. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the sign-in redirect: %1</source>
        <translation>Für die Anmeldeumleitung kann nicht auf 127.0.0.1 gelauscht werden: %1</translation>
    </message>
</context>
<context>
    <name>Workdeck::MainWindow</name>
    <message>
        <source>Workdeck — %1</source>
        <translation>Workdeck — %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Projekte werden geladen…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>Alle %1 s</translation>
    </message>
    <message numerus="yes">
        <source>Every %n min</source>
        <translation>
            <numerusform>Jede Minute</numerusform>
            <numerusform>Alle %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation>Automatische Aktualisierung</translation>
    </message>
    <message>
        <source>How often the workloads refresh by themselves</source>
        <translation>Wie oft sich die Workloads von selbst aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the workloads (F5)</source>
        <translation>Workloads aktualisieren (F5)</translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation>Tabelle als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the table as shown (visible columns, current filters, all pages)</source>
        <translation>Die Tabelle wie angezeigt speichern (sichtbare Spalten, aktuelle Filter, alle Seiten)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter Workloads</source>
        <translation>Workloads &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Workload</source>
        <translation>&amp;Workload</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Workdeck</source>
        <translation>Ü&amp;ber Workdeck</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>No projects</source>
        <translation>Keine Projekte</translation>
    </message>
    <message>
        <source>You are not a member of any project on %1.</source>
        <translation>Sie sind in keinem Projekt auf %1 Mitglied.</translation>
    </message>
    <message>
        <source>The project “%1” was not found on this server; showing “%2” instead.</source>
        <translation>Das Projekt „%1“ wurde auf diesem Server nicht gefunden; stattdessen wird „%2“ angezeigt.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s)</source>
        <translation>
            <numerusform>%n Workload</numerusform>
            <numerusform>%n Workloads</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>cached list from %1</source>
        <translation>zwischengespeicherte Liste von %1</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>gerade aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>updated %n s ago</source>
        <translation>
            <numerusform>vor %n s aktualisiert</numerusform>
            <numerusform>vor %n s aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>wird aktualisiert…</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n workload(s) to %1</source>
        <translation>
            <numerusform>%n Workload in %1 gespeichert</numerusform>
            <numerusform>%n Workloads in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Type to search the projects</source>
        <translation>Tippen, um die Projekte zu durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message numerus="yes">
        <source>first %1 of %n workload(s)</source>
        <translation>
            <numerusform>erste %1 von %n Workload</numerusform>
            <numerusform>erste %1 von %n Workloads</numerusform>
        </translation>
    </message>
    <message>
        <source>loading the rest…</source>
        <translation>Rest wird geladen…</translation>
    </message>
</context>
<context>
    <name>Workdeck::MemoryProbe</name>
    <message>
        <source>no log lines arrived for %1 s (%2 held)</source>
        <translation>%1 s lang kamen keine Protokollzeilen an (%2 geladen)</translation>
    </message>
    <message>
        <source>none of the %1 longest-running workloads has a log of %2 lines; the longest held %3</source>
        <translation>keine der %1 am längsten laufenden Workloads hat ein Protokoll mit %2 Zeilen; das längste hatte %3</translation>
    </message>
</context>
<context>
    <name>Workdeck::MetricChartPanel</name>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Drag across a chart to zoom in; this shows the whole range again</source>
        <translation>Zum Vergrößern über ein Diagramm ziehen; dies zeigt wieder den ganzen Bereich</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation>%1 als PNG exportieren</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation>Keine Daten in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>Workdeck::MetricsWidget</name>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
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
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>The charts update every 30 seconds while the range ends now</source>
        <translation>Die Diagramme werden alle 30 Sekunden aktualisiert, solange der Zeitraum jetzt endet</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Only inference workloads report this.</source>
        <translation>Nur Inferenz-Workloads melden dies.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>The start of the period must be before its end.</source>
        <translation>Der Beginn des Zeitraums muss vor seinem Ende liegen.</translation>
    </message>
    <message>
        <source>Metric charts</source>
        <translation>Metrikdiagramme</translation>
    </message>
</context>
<context>
    <name>Workdeck::OidcSession</name>
    <message>
        <source>Could not read the sign-in provider&apos;s configuration: %1</source>
        <translation>Die Konfiguration des Anmeldeanbieters konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The provider has no authorization endpoint for a browser sign-in.</source>
        <translation>Der Anbieter hat keinen Autorisierungs-Endpunkt für eine Anmeldung im Browser.</translation>
    </message>
    <message>
        <source>The provider does not offer PKCE with S256, which a desktop sign-in needs.</source>
        <translation>Der Anbieter bietet kein PKCE mit S256 an, das eine Desktop-Anmeldung braucht.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in: %1</source>
        <translation>Der Anbieter hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The sign-in answer came from another provider (%1).</source>
        <translation>Die Anmeldeantwort kam von einem anderen Anbieter (%1).</translation>
    </message>
    <message>
        <source>The provider&apos;s answer has no authorization code.</source>
        <translation>Die Antwort des Anbieters enthält keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signed out: the provider no longer accepts this session (%1). Sign in again.</source>
        <translation>Abgemeldet: Der Anbieter akzeptiert diese Sitzung nicht mehr (%1). Bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>Signed out: the server refused the access token. Sign in again.</source>
        <translation>Abgemeldet: Der Server hat das Zugriffstoken abgelehnt. Bitte erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>Workdeck::PaginationBar</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>Zeilen pro Seite</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>Rows per page:</source>
        <translation>Zeilen pro Seite:</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 von %3</translation>
    </message>
    <message>
        <source>%1–%2 of %3+</source>
        <translation>%1–%2 von %3+</translation>
    </message>
</context>
<context>
    <name>Workdeck::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of menus, labels and messages</source>
        <translation>Die Sprache von Menüs, Beschriftungen und Meldungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the system</source>
        <translation>Helle oder dunkle Farben oder die des Systems</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Workdeck starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Workdeck wirksam.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
</context>
<context>
    <name>Workdeck::RunAiBackend</name>
    <message>
        <source>Run:ai</source>
        <translation>Run:ai</translation>
    </message>
    <message>
        <source>Run:ai&apos;s API has no container logs: they come from the cluster&apos;s Kubernetes API. Give its URL (--kube-server) to see them here.</source>
        <translation>Die API von Run:ai hat keine Container-Protokolle: Sie kommen von der Kubernetes-API des Clusters. Deren URL angeben (--kube-server), um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>GPU utilization</source>
        <translation>GPU-Auslastung</translation>
    </message>
    <message>
        <source>GPU memory used</source>
        <translation>Belegter GPU-Speicher</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation>CPU-Nutzung</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>CPU memory</source>
        <translation>CPU-Speicher</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not mention this workload.</source>
        <translation>Die Antwort des Servers erwähnt diesen Workload nicht.</translation>
    </message>
    <message>
        <source>Run:ai cannot stop or run a workload of type “%1”.</source>
        <translation>Run:ai kann einen Workload vom Typ „%1“ nicht anhalten oder starten.</translation>
    </message>
    <message>
        <source>Run:ai has no delete route for a workload of type “%1”.</source>
        <translation>Run:ai hat keine Lösch-Route für einen Workload vom Typ „%1“.</translation>
    </message>
    <message>
        <source>The workload has no pod “%1” (any more).</source>
        <translation>Der Workload hat keinen Pod „%1“ (mehr).</translation>
    </message>
    <message>
        <source>looking up the workload&apos;s pods</source>
        <translation>die Pods des Workloads werden gesucht</translation>
    </message>
</context>
<context>
    <name>Workdeck::Sandbox::SandboxServer</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>auf 127.0.0.1:%1 kann nicht gelauscht werden: %2</translation>
    </message>
</context>
<context>
    <name>Workdeck::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Next / previous search match in the log</source>
        <translation>Nächster / vorheriger Suchtreffer im Protokoll</translation>
    </message>
    <message>
        <source>Copy the selected log lines</source>
        <translation>Ausgewählte Protokollzeilen kopieren</translation>
    </message>
    <message>
        <source>Move through the table</source>
        <translation>In der Tabelle bewegen</translation>
    </message>
    <message>
        <source>Arrow keys, Page Up, Page Down, Home, End</source>
        <translation>Pfeiltasten, Bild auf, Bild ab, Pos1, Ende</translation>
    </message>
    <message>
        <source>Open the action menu of the current row</source>
        <translation>Aktionsmenü der aktuellen Zeile öffnen</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Menütaste, Umschalt+F10</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>Nächstes / vorheriges Bedienelement</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
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
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Each row: what a key does, and the key</source>
        <translation>Jede Zeile: was eine Taste bewirkt, und die Taste</translation>
    </message>
</context>
<context>
    <name>Workdeck::SignInDialog</name>
    <message>
        <source>Sign In to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Sign in to %1 with your account at %2.</source>
        <translation>Melden Sie sich mit Ihrem Konto bei %2 an %1 an.</translation>
    </message>
    <message>
        <source>%1 has no sign-in issuer configured: paste an access token.</source>
        <translation>Für %1 ist kein Anmelde-Aussteller eingerichtet: Fügen Sie ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Workdeck opens your web browser at the sign-in page. Sign in there; Workdeck continues by itself when you are done.</source>
        <translation>Workdeck öffnet die Anmeldeseite in Ihrem Webbrowser. Melden Sie sich dort an; Workdeck macht danach von selbst weiter.</translation>
    </message>
    <message>
        <source>Open &amp;Browser</source>
        <translation>&amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Warte auf die Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>No web browser could be opened. Copy the address above into a browser on this computer; Workdeck waits for it.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Kopieren Sie die Adresse oben in einen Browser auf diesem Rechner; Workdeck wartet darauf.</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Only where the provider allows it (development realms).</source>
        <translation>Nur wo der Anbieter es erlaubt (Entwicklungs-Realms).</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Geben Sie Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Paste an access token (a JWT). It cannot be renewed: sign in again when it expires.</source>
        <translation>Fügen Sie ein Zugriffstoken (ein JWT) ein. Es lässt sich nicht erneuern: Melden Sie sich nach Ablauf neu an.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>&amp;Use Token</source>
        <translation>Token &amp;verwenden</translation>
    </message>
    <message>
        <source>Paste the access token first.</source>
        <translation>Fügen Sie zuerst das Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>User Name and Password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Access Token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Your session ended: %1</source>
        <translation>Ihre Sitzung ist beendet: %1</translation>
    </message>
    <message>
        <source>Sign in to %1 with an access key (an application&apos;s client id and secret, made in Run:ai under Access → Applications or your user&apos;s access keys).</source>
        <translation>Melden Sie sich mit einem Zugriffsschlüssel an %1 an (Client-ID und Geheimnis einer Anwendung, in Run:ai unter Access → Applications oder bei den Zugriffsschlüsseln Ihres Benutzers erstellt).</translation>
    </message>
    <message>
        <source>No keychain is usable: the secret is kept until Workdeck quits</source>
        <translation>Kein Schlüsselbund nutzbar: Das Geheimnis bleibt bis zum Beenden von Workdeck</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in %1</source>
        <translation>Geheimnis in %1 &amp;merken</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Access Key</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Enter the client id and the secret.</source>
        <translation>Geben Sie Client-ID und Geheimnis ein.</translation>
    </message>
    <message>
        <source>The access key was refused.</source>
        <translation>Der Zugriffsschlüssel wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Workdeck::SignInStatusWidget</name>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Gruppen: %1</translation>
    </message>
    <message>
        <source>Sign-in kept in %1</source>
        <translation>Anmeldung gespeichert in: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Finish the sign-in in your browser.</source>
        <translation>Die Anmeldung im Browser abschließen.</translation>
    </message>
    <message>
        <source>Signed out — sign in again</source>
        <translation>Abgemeldet — bitte erneut anmelden</translation>
    </message>
</context>
<context>
    <name>Workdeck::TokenResponse</name>
    <message>
        <source>The token endpoint&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort des Token-Endpunkts ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer has no access token.</source>
        <translation>Die Antwort des Token-Endpunkts enthält kein Zugriffstoken.</translation>
    </message>
</context>
<context>
    <name>Workdeck::TokenStore</name>
    <message>
        <source>memory only: secrets are forgotten when Workdeck quits</source>
        <translation>nur Arbeitsspeicher: Geheimnisse werden beim Beenden von Workdeck vergessen</translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadActionService</name>
    <message>
        <source>This server does not allow deleting workloads.</source>
        <translation>Dieser Server erlaubt kein Löschen von Workloads.</translation>
    </message>
    <message>
        <source>Already deleted.</source>
        <translation>Bereits gelöscht.</translation>
    </message>
    <message>
        <source>Already being deleted.</source>
        <translation>Wird bereits gelöscht.</translation>
    </message>
    <message>
        <source>The server does not allow deleting this workload.</source>
        <translation>Der Server erlaubt nicht, diesen Workload zu löschen.</translation>
    </message>
    <message>
        <source>This server cannot stop or run workloads; only delete them.</source>
        <translation>Dieser Server kann Workloads nicht anhalten oder starten, nur löschen.</translation>
    </message>
    <message>
        <source>This workload cannot be stopped.</source>
        <translation>Dieser Workload kann nicht angehalten werden.</translation>
    </message>
    <message>
        <source>This workload cannot be run again.</source>
        <translation>Dieser Workload kann nicht erneut gestartet werden.</translation>
    </message>
    <message>
        <source>Only a running or waiting workload can be stopped.</source>
        <translation>Nur ein laufender oder wartender Workload kann angehalten werden.</translation>
    </message>
    <message>
        <source>Only a stopped workload can be run.</source>
        <translation>Nur ein angehaltener Workload kann gestartet werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadDetailsDock</name>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Protokolle</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Metriken</translation>
    </message>
    <message>
        <source>This server does not report events.</source>
        <translation>Dieser Server meldet keine Ereignisse.</translation>
    </message>
    <message>
        <source>This server does not offer logs.</source>
        <translation>Dieser Server bietet keine Protokolle an.</translation>
    </message>
    <message>
        <source>Workload — %1</source>
        <translation>Workload — %1</translation>
    </message>
    <message>
        <source>Workload details</source>
        <translation>Workload-Details</translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadDetailsWidget</name>
    <message>
        <source>Select a workload to see its details.</source>
        <translation>Einen Workload auswählen, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>Grundinformationen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>Ressourcenname</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>Waiting for resources; the server gave no reason.</source>
        <translation>Wartet auf Ressourcen; der Server hat keinen Grund genannt.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Preemptible</source>
        <translation>Verdrängbar</translation>
    </message>
    <message>
        <source>Node pools</source>
        <translation>Knotenpools</translation>
    </message>
    <message>
        <source>This server reports no resources for the workload.</source>
        <translation>Dieser Server meldet keine Ressourcen für den Workload.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Running time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>This address works only inside the cluster</source>
        <translation>Diese Adresse funktioniert nur innerhalb des Clusters</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>The server gives no address for this workload.</source>
        <translation>Der Server gibt für diesen Workload keine Adresse an.</translation>
    </message>
    <message>
        <source>Addresses are given only while a workload is pending or running.</source>
        <translation>Adressen gibt es nur, solange ein Workload wartet oder läuft.</translation>
    </message>
    <message>
        <source>Workload fields</source>
        <translation>Workload-Felder</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
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
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Containers: %1</source>
        <translation>Container: %1</translation>
    </message>
    <message>
        <source>The addresses come with the whole list, on its way.</source>
        <translation>Die Adressen kommen mit der ganzen Liste, die noch geladen wird.</translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadFilterBar</name>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation>Nach Name filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Name filter</source>
        <translation>Namensfilter</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Typfilter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Created-by filter</source>
        <translation>Filter „Erstellt von“</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Every workload except the deleted ones</source>
        <translation>Alle Workloads außer den gelöschten</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Only deleted workloads</source>
        <translation>Nur gelöschte Workloads</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Type: any</source>
        <translation>Typ: alle</translation>
    </message>
    <message numerus="yes">
        <source>Type (%n)</source>
        <translation>
            <numerusform>Typ (%n)</numerusform>
            <numerusform>Typ (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: any</source>
        <translation>Status: alle</translation>
    </message>
    <message numerus="yes">
        <source>Status (%n)</source>
        <translation>
            <numerusform>Status (%n)</numerusform>
            <numerusform>Status (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>name contains “%1”</source>
        <translation>Name enthält „%1“</translation>
    </message>
    <message>
        <source>type is %1</source>
        <translation>Typ ist %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>status is %1</source>
        <translation>Status ist %1</translation>
    </message>
    <message>
        <source>created by “%1”</source>
        <translation>erstellt von „%1“</translation>
    </message>
    <message>
        <source>deleted workloads only</source>
        <translation>nur gelöschte Workloads</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadMenuActions</name>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>View &amp;logs</source>
        <translation>&amp;Protokolle anzeigen</translation>
    </message>
    <message>
        <source>&amp;Open workspace</source>
        <translation>Arbeitsbereich ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Select a workload first.</source>
        <translation>Zuerst einen Workload auswählen.</translation>
    </message>
    <message>
        <source>Select a single workload.</source>
        <translation>Einen einzelnen Workload auswählen.</translation>
    </message>
    <message>
        <source>Only workspaces can be opened.</source>
        <translation>Nur Arbeitsbereiche können geöffnet werden.</translation>
    </message>
    <message>
        <source>The workspace can be opened once it is running (it is %1).</source>
        <translation>Der Arbeitsbereich kann geöffnet werden, sobald er läuft (er ist %1).</translation>
    </message>
    <message>
        <source>The server gives no address for this workspace.</source>
        <translation>Der Server gibt für diesen Arbeitsbereich keine Adresse an.</translation>
    </message>
    <message>
        <source>This workload has no URL.</source>
        <translation>Dieser Workload hat keine URL.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>This workload offers no connections.</source>
        <translation>Dieser Workload bietet keine Verbindungen an.</translation>
    </message>
    <message>
        <source>Delete workloads</source>
        <translation>Workloads löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n workloads?</source>
        <translation>
            <numerusform>%n Workload löschen?</numerusform>
            <numerusform>%n Workloads löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Their pods and services are removed from the cluster. This cannot be undone.</source>
        <translation>Ihre Pods und Dienste werden aus dem Cluster entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Workloads…</source>
        <translation>
            <numerusform>%n Workload &amp;löschen…</numerusform>
            <numerusform>%n Workloads &amp;löschen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Stop %n Workloads</source>
        <translation>
            <numerusform>%n Workload &amp;anhalten</numerusform>
            <numerusform>%n Workloads &amp;anhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Run %n Workloads</source>
        <translation>
            <numerusform>%n Workload &amp;starten</numerusform>
            <numerusform>%n Workloads &amp;starten</numerusform>
        </translation>
    </message>
    <message>
        <source>The addresses come with the whole list, on its way.</source>
        <translation>Die Adressen kommen mit der ganzen Liste, die noch geladen wird.</translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadTableView</name>
    <message>
        <source>Workloads</source>
        <translation>Workloads</translation>
    </message>
    <message>
        <source>The workloads of the current project. Enter shows details; the menu key or the Actions column offers actions.</source>
        <translation>Die Workloads des aktuellen Projekts. Eingabe zeigt Details; die Menütaste oder die Spalte „Aktionen“ bietet Aktionen an.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadsPanel</name>
    <message>
        <source>“%1” is already being deleted.</source>
        <translation>„%1“ wird bereits gelöscht.</translation>
    </message>
    <message>
        <source>Could not %1 “%2”: %3</source>
        <translation>%1 von „%2“ nicht möglich: %3</translation>
    </message>
    <message>
        <source>Showing the workloads from the last successful refresh.</source>
        <translation>Es werden die Workloads der letzten erfolgreichen Aktualisierung angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading workloads…</source>
        <translation>Workloads werden geladen…</translation>
    </message>
    <message>
        <source>Pick a project to see its workloads.</source>
        <translation>Ein Projekt auswählen, um seine Workloads zu sehen.</translation>
    </message>
    <message>
        <source>No workloads in this project.</source>
        <translation>Keine Workloads in diesem Projekt.</translation>
    </message>
    <message>
        <source>No active workloads. Deleted ones are in the Deleted view.</source>
        <translation>Keine aktiven Workloads. Gelöschte stehen in der Ansicht „Gelöscht“.</translation>
    </message>
    <message>
        <source>No workloads match these filters.</source>
        <translation>Keine Workloads passen zu diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workload(s) failed:</source>
        <translation>
            <numerusform>%n von %1 Workload ist fehlgeschlagen:</numerusform>
            <numerusform>%n von %1 Workloads sind fehlgeschlagen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkloadDetailsWidget</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
</context>
<context>
    <name>WorkloadField</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Preemptible</source>
        <translation>Verdrängbar</translation>
    </message>
    <message>
        <source>Node pools</source>
        <translation>Knotenpools</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>WorkloadStatus</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>Wird initialisiert</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird angehalten</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Wird fortgesetzt</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>The server does not know, or reported a status this version of Workdeck does not know.</source>
        <translation>Der Server weiß es nicht oder meldete einen Status, den diese Version von Workdeck nicht kennt.</translation>
    </message>
    <message>
        <source>Registered, not yet submitted to the cluster.</source>
        <translation>Registriert, noch nicht an den Cluster übermittelt.</translation>
    </message>
    <message>
        <source>Set-up has started; resources and pods are being provisioned.</source>
        <translation>Die Einrichtung hat begonnen; Ressourcen und Pods werden bereitgestellt.</translation>
    </message>
    <message>
        <source>Queued, waiting for resources to be allocated.</source>
        <translation>In der Warteschlange, wartet auf die Zuteilung von Ressourcen.</translation>
    </message>
    <message>
        <source>Scheduled; pulling images and starting containers.</source>
        <translation>Eingeplant; Images werden geladen und Container gestartet.</translation>
    </message>
    <message>
        <source>All pods are running.</source>
        <translation>Alle Pods laufen.</translation>
    </message>
    <message>
        <source>Running, but not as specified: some pods are not ready or a volume is detached.</source>
        <translation>Läuft, aber nicht wie vorgegeben: Einige Pods sind nicht bereit oder ein Volume ist getrennt.</translation>
    </message>
    <message>
        <source>Being stopped; its pods are being removed.</source>
        <translation>Wird angehalten; seine Pods werden entfernt.</translation>
    </message>
    <message>
        <source>On hold: stopped without being deleted. It can be run again.</source>
        <translation>Pausiert: angehalten, ohne gelöscht zu werden. Er kann erneut gestartet werden.</translation>
    </message>
    <message>
        <source>Being started again after a stop.</source>
        <translation>Wird nach einem Anhalten erneut gestartet.</translation>
    </message>
    <message>
        <source>Its specification is being changed.</source>
        <translation>Seine Spezifikation wird geändert.</translation>
    </message>
    <message>
        <source>Finished successfully.</source>
        <translation>Erfolgreich beendet.</translation>
    </message>
    <message>
        <source>Ended with an error: a container crashed or could not start.</source>
        <translation>Mit einem Fehler beendet: Ein Container ist abgestürzt oder konnte nicht starten.</translation>
    </message>
    <message>
        <source>Deletion was requested; its resources are being removed.</source>
        <translation>Löschen wurde angefordert; seine Ressourcen werden entfernt.</translation>
    </message>
    <message>
        <source>Deleted from the cluster. Its logs may still be available.</source>
        <translation>Aus dem Cluster gelöscht. Seine Protokolle sind eventuell noch verfügbar.</translation>
    </message>
    <message>
        <source>Deletion was requested but did not succeed.</source>
        <translation>Löschen wurde angefordert, war aber nicht erfolgreich.</translation>
    </message>
    <message>
        <source>Its pods are shutting down.</source>
        <translation>Seine Pods werden heruntergefahren.</translation>
    </message>
    <message>
        <source>All its components ended or were removed.</source>
        <translation>Alle seine Komponenten sind beendet oder wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>WorkloadType</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Model download</source>
        <translation>Modell-Download</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>Feinabstimmung</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Distributed training</source>
        <translation>Verteiltes Training</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
</TS>
