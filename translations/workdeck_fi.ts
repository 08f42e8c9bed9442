<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Workdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workdeck logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage AI workloads on GPU clusters from the desktop: the AMD AI Workbench API, live logs, GPU charts and notifications.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AiwbBackend</name>
    <message>
        <source>AMD AI Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMD AI Workbench cannot stop or run workloads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AiwbParser</name>
    <message>
        <source>The answer has no ᳚ta” list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster-internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workload in the answer has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric “%1” has an unreadable ᳚ta” field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Workdeck: manage AI workloads on GPU clusters (AMD AI Workbench).

Without options it opens the window on the built-in sandbox cluster.
Headless use: --server URL --project NAME --export-csv FILE, with the bearer token in the environment variable WORKDECK_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of simulated workloads for --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the simulated cluster for --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much faster than real time the sandbox&apos;s workloads live (e.g. 60: a minute a second), to watch statuses change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of the AIWB API, e.g. https://aiwbapi.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project (namespace) to open or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the project&apos;s workloads as CSV to FILE (&quot;-&quot; for standard output) and exit, without a window: every status but Deleted, the default columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the log of the workload with this id (ISO timestamp, level, message; one line per entry) and exit, without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --logs: keep printing new lines as they come, reconnecting by itself, until interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --logs: only lines at this level or above: trace, debug, info, warning, error, critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after this many milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE just before quitting (with --quit-after).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the time from process start to the first painted table with rows, and the resident memory then; then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workloads needs a number between 0 and 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-speed needs a number between 0.01 and 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server needs an http or https URL, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --demo or --server, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --export-csv or --logs, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--follow and --level go with --logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--logs needs a workload id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--logs needs --server URL (or --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--logs needs --project NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-csv needs a file name (or &quot;-&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-csv needs --server URL (or --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-csv needs --project NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sandbox cluster in this process and connect to it (--demo=aiwb or --demo=runai picks the API it speaks).</source>
        <translation>Käynnistä hiekkalaatikkoklusteri tässä prosessissa ja yhdistä siihen (--demo=aiwb tai --demo=runai valitsee sen puhuman rajapinnan).</translation>
    </message>
    <message>
        <source>The API the sandbox speaks: aiwb, runai.</source>
        <translation>Hiekkalaatikon rajapinta: aiwb, runai.</translation>
    </message>
    <message>
        <source>Kind of server for --server: aiwb (default), runai.</source>
        <translation>Palvelimen tyyppi valitsimelle --server: aiwb (oletus), runai.</translation>
    </message>
    <message>
        <source>Run:ai: URL of the cluster&apos;s Kubernetes API server, for pod logs (the same token is sent); without it the Logs tab says why there are no logs.</source>
        <translation>Run:ai: klusterin Kubernetes-API-palvelimen URL podien lokeja varten (sama tunniste lähetetään); ilman sitä Lokit-välilehti kertoo, miksi lokeja ei ole.</translation>
    </message>
    <message>
        <source>Connect with the saved connection profile NAME (its sign-in comes from the keychain, or WORKDECK_TOKEN).</source>
        <translation>Yhdistä tallennetulla yhteysprofiililla NIMI (kirjautuminen tulee avainnipusta tai muuttujasta WORKDECK_TOKEN).</translation>
    </message>
    <message>
        <source>Unknown sandbox API “%1”: the sandbox speaks aiwb and runai.</source>
        <translation>Tuntematon hiekkalaatikon rajapinta ”%1”: hiekkalaatikko puhuu rajapintoja aiwb ja runai.</translation>
    </message>
    <message>
        <source>Unknown backend “%1”: use aiwb or runai.</source>
        <translation>Tuntematon taustajärjestelmä ”%1”: käytä arvoa aiwb tai runai.</translation>
    </message>
    <message>
        <source>--kube-server needs an http or https URL, not “%1”.</source>
        <translation>--kube-server tarvitsee http- tai https-URL:n, ei ”%1”.</translation>
    </message>
    <message>
        <source>--kube-server goes with --backend runai (the Run:ai sandbox has its own).</source>
        <translation>--kube-server kuuluu valitsimen --backend runai pariksi (Run:ai-hiekkalaatikolla on omansa).</translation>
    </message>
    <message>
        <source>Use --profile alone, without --demo or --server.</source>
        <translation>Käytä valitsinta --profile yksinään, ilman valitsimia --demo tai --server.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileText</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Profiili tarvitsee nimen.</translation>
    </message>
    <message>
        <source>The server address must be an http or https URL.</source>
        <translation>Palvelimen osoitteen on oltava http- tai https-URL.</translation>
    </message>
    <message>
        <source>The AIRM address must be an http or https URL.</source>
        <translation>AIRM-osoitteen on oltava http- tai https-URL.</translation>
    </message>
    <message>
        <source>The sign-in issuer must be an http or https URL.</source>
        <translation>Kirjautumisen myöntäjän on oltava http- tai https-URL.</translation>
    </message>
    <message>
        <source>A sign-in issuer needs a client id.</source>
        <translation>Kirjautumisen myöntäjä tarvitsee asiakastunnuksen.</translation>
    </message>
    <message>
        <source>Run:ai needs the access key&apos;s client id.</source>
        <translation>Run:ai tarvitsee käyttöavaimen asiakastunnuksen.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>CA-tiedostoa %1 ei voi lukea.</translation>
    </message>
    <message>
        <source>Plain http to a remote host sends your token unencrypted; use https or allow it explicitly.</source>
        <translation>Salaamaton http etäpalvelimelle lähettää tunnisteesi selväkielisenä; käytä https:ää tai salli se erikseen.</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>The server sent invalid JSON (%1 at byte %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent JSON that is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainTokenStoreText</name>
    <message>
        <source>the system keychain did not answer in time (is it locked?)</source>
        <translation>järjestelmän avainnippu ei vastannut ajoissa (onko se lukittu?)</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>järjestelmän avainnippu</translation>
    </message>
    <message>
        <source>the system keychain returned something else than was stored</source>
        <translation>järjestelmän avainnippu palautti jotain muuta kuin tallennettiin</translation>
    </message>
</context>
<context>
    <name>MetricsWidget</name>
    <message>
        <source>Time to first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source>Cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectResolver</name>
    <message>
        <source>project “%1” not found on %2; projects you can use: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The provider&apos;s discovery document is not JSON.</source>
        <translation>Palveluntarjoajan discovery-dokumentti ei ole JSONia.</translation>
    </message>
    <message>
        <source>The provider calls itself “%1”, not “%2”.</source>
        <translation>Palveluntarjoaja kutsuu itseään nimellä ”%1”, ei ”%2”.</translation>
    </message>
    <message>
        <source>The provider&apos;s discovery document names no token endpoint.</source>
        <translation>Palveluntarjoajan discovery-dokumentissa ei ole tunnistepäätepistettä.</translation>
    </message>
</context>
<context>
    <name>RunAiParser</name>
    <message>
        <source>The Run:ai answer has no “%1” list.</source>
        <translation>Run:ain vastauksessa ei ole luetteloa ”%1”.</translation>
    </message>
    <message>
        <source>The Run:ai answer has no workload count.</source>
        <translation>Run:ain vastauksessa ei ole työkuormien määrää.</translation>
    </message>
    <message>
        <source>The Run:ai answer is not a workload (it has no id).</source>
        <translation>Run:ain vastaus ei ole työkuorma (siinä ei ole tunnusta).</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Vaihe: %1</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>The server refused (code %1).</source>
        <translation>Palvelin kieltäytyi (koodi %1).</translation>
    </message>
</context>
<context>
    <name>StatusChange</name>
    <message>
        <source>%1 is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workloads are running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workloads completed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workloads failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workloads are degraded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workloads were deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n workloads failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workloads stopped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workloads are now %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workdeck::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later.&lt;br&gt;Built with Qt %1, running on Qt %2.&lt;br&gt;&lt;a href=&quot;https://github.com/workdeck/workdeck&quot;&gt;Source code and issues&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workdeck::AiwbBackend</name>
    <message>
        <source>GPU utilization</source>
        <translation type="unfinished">GPU:n käyttöaste</translation>
    </message>
    <message>
        <source>AMD AI Workbench reports how many GPUs a workload uses, not how busy each one is: see “GPUs in use”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory used</source>
        <translation type="unfinished">Käytetty GPU-muisti</translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished">Gt</translation>
    </message>
    <message>
        <source>CPU utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMD AI Workbench has no CPU metrics for workloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU memory</source>
        <translation type="unfinished">CPU-muisti</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens generated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workdeck::ApiClient</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http to %1 is refused: your token would travel unencrypted. Use https, or allow plain http in the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported URL scheme “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another host (%1); the request was refused so that your token is not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is larger than %1 and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workdeck::Application</name>
    <message>
        <source>Try “workdeck --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start the sandbox cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access token: set the environment variable WORKDECK_TOKEN to a bearer token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no connection profile called “%1”.</source>
        <translation>yhteysprofiilia nimeltä ”%1” ei ole.</translation>
    </message>
    <message>
        <source>the profile “%1” cannot be used: %2</source>
        <translation>profiilia ”%1” ei voi käyttää: %2</translation>
    </message>
    <message>
        <source>no access key: set WORKDECK_CLIENT_SECRET (and WORKDECK_CLIENT_ID) for %1.</source>
        <translation>ei käyttöavainta: aseta WORKDECK_CLIENT_SECRET (ja WORKDECK_CLIENT_ID) kohteelle %1.</translation>
    </message>
    <message>
        <source>no access token: set WORKDECK_TOKEN, or open the window to sign in to %1.</source>
        <translation>ei käyttötunnistetta: aseta WORKDECK_TOKEN tai avaa ikkuna kirjautuaksesi kohteeseen %1.</translation>
    </message>
    <message>
        <source>Could not open a web browser for the sign-in.</source>
        <translation>Verkkoselainta ei voitu avata kirjautumista varten.</translation>
    </message>
    <message>
        <source>memory (sandbox)</source>
        <translation>muisti (hiekkalaatikko)</translation>
    </message>
    <message>
        <source>No usable keychain (%1): your sign-in is kept in memory until Workdeck quits.</source>
        <translation>Ei käyttökelpoista avainnippua (%1): kirjautumisesi säilytetään muistissa, kunnes Workdeck suljetaan.</translation>
    </message>
</context>
<context>
    <name>Workdeck::ConnectionSecurity</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>CA-tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate (PEM or DER expected).</source>
        <translation>CA-tiedostossa %1 ei ole varmennetta (odotettiin PEM- tai DER-muotoa).</translation>
    </message>
</context>
<context>
    <name>Workdeck::CsvExportCommand</name>
    <message>
        <source>could not list the projects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not list the workloads of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workdeck::DesktopIntegration</name>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workdeck cannot check your workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new failure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>When a workload is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workdeck is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps watching your workloads and tells you when they change. Quit it from this icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workdeck::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workdeck::EventsWidget</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Laji</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not report events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workdeck::LogTailService</name>
    <message>
        <source>the server went silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workdeck::LogViewWidget</name>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop adding new lines to the view for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap long lines (slower with very long logs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show lines at this level or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a line to see it in full; JSON lines are shown formatted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a workload to see its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 oldest dropped (limit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>paused, %n new line(s) held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>loading older lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log source</source>
        <translation>Lokin lähde</translation>
    </message>
    <message>
        <source>Which pod and container the log comes from</source>
        <translation>Mistä podista ja säiliöstä loki tulee</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Edellinen osuma</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Seuraava osuma</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>Kopioi valitut rivit</translation>
    </message>
    <message>
        <source>This server does not offer logs.</source>
        <translation>Tämä palvelin ei tarjoa lokeja.</translation>
    </message>
    <message>
        <source>All pods</source>
        <translation>Kaikki podit</translation>
    </message>
    <message>
        <source>%1 (previous container)</source>
        <translation>%1 (edellinen säiliö)</translation>
    </message>
</context>
<context>
    <name>Workdeck::LogsCommand</name>
    <message>
        <source>%1 does not offer workload logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read workload %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workdeck::LoopbackRedirectListener</name>
    <message>
        <source>Signed in</source>
        <translation>Kirjautunut</translation>
    </message>
    <message>
        <source>Workdeck has received the sign-in. You can close this tab.</source>
        <translation>Workdeck on vastaanottanut kirjautumisen. Voit sulkea tämän välilehden.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the sign-in redirect: %1</source>
        <translation>Osoitteessa 127.0.0.1 ei voi kuunnella kirjautumisen uudelleenohjausta: %1</translation>
    </message>
</context>
<context>
    <name>Workdeck::MainWindow</name>
    <message>
        <source>Workdeck — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the workloads refresh by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the workloads (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table as shown (visible columns, current filters, all pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Workdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not a member of any project on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project “%1” was not found on this server; showing “%2” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cached list from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>updated %n s ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n workload(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search the projects</source>
        <translation>Hae projekteja kirjoittamalla</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
</context>
<context>
    <name>Workdeck::MetricChartPanel</name>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag across a chart to zoom in; this shows the whole range again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workdeck::MetricsWidget</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
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
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts update every 30 seconds while the range ends now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only inference workloads report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the period must be before its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric charts</source>
        <translation>Mittarikaaviot</translation>
    </message>
</context>
<context>
    <name>Workdeck::OidcSession</name>
    <message>
        <source>Could not read the sign-in provider&apos;s configuration: %1</source>
        <translation>Kirjautumispalvelun asetuksia ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The provider has no authorization endpoint for a browser sign-in.</source>
        <translation>Palveluntarjoajalla ei ole valtuutuspäätepistettä selaimessa kirjautumista varten.</translation>
    </message>
    <message>
        <source>The provider does not offer PKCE with S256, which a desktop sign-in needs.</source>
        <translation>Palveluntarjoaja ei tarjoa PKCE:tä S256:lla, jota työpöytäkirjautuminen tarvitsee.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in: %1</source>
        <translation>Palveluntarjoaja hylkäsi kirjautumisen: %1</translation>
    </message>
    <message>
        <source>The sign-in answer came from another provider (%1).</source>
        <translation>Kirjautumisvastaus tuli toiselta palveluntarjoajalta (%1).</translation>
    </message>
    <message>
        <source>The provider&apos;s answer has no authorization code.</source>
        <translation>Palveluntarjoajan vastauksessa ei ole valtuutuskoodia.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Kirjautuminen epäonnistui: %1</translation>
    </message>
    <message>
        <source>Signed out: the provider no longer accepts this session (%1). Sign in again.</source>
        <translation>Kirjauduttu ulos: palveluntarjoaja ei enää hyväksy tätä istuntoa (%1). Kirjaudu uudelleen.</translation>
    </message>
    <message>
        <source>Signed out: the server refused the access token. Sign in again.</source>
        <translation>Kirjauduttu ulos: palvelin hylkäsi käyttötunnisteen. Kirjaudu uudelleen.</translation>
    </message>
</context>
<context>
    <name>Workdeck::PaginationBar</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workdeck::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>The language of menus, labels and messages</source>
        <translation>Valikkojen, tekstien ja viestien kieli</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seuraa järjestelmää</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Vaalea</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tumma</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Värit</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the system</source>
        <translation>Vaaleat tai tummat värit tai järjestelmän värit</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Workdeck starts.</source>
        <translation>Uusi kieli tulee voimaan, kun Workdeck käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Värit:</translation>
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
        <translation>Run:ain rajapinnassa ei ole säiliöiden lokeja: ne tulevat klusterin Kubernetes-rajapinnasta. Anna sen URL (--kube-server) nähdäksesi ne täällä.</translation>
    </message>
    <message>
        <source>GPU utilization</source>
        <translation>GPU:n käyttöaste</translation>
    </message>
    <message>
        <source>GPU memory used</source>
        <translation>Käytetty GPU-muisti</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Gt</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation>CPU:n käyttö</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>ydintä</translation>
    </message>
    <message>
        <source>CPU memory</source>
        <translation>CPU-muisti</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Podit</translation>
    </message>
    <message>
        <source>pods</source>
        <translation>podia</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not mention this workload.</source>
        <translation>Palvelimen vastaus ei mainitse tätä työkuormaa.</translation>
    </message>
    <message>
        <source>Run:ai cannot stop or run a workload of type “%1”.</source>
        <translation>Run:ai ei voi pysäyttää tai käynnistää tyypin ”%1” työkuormaa.</translation>
    </message>
    <message>
        <source>Run:ai has no delete route for a workload of type “%1”.</source>
        <translation>Run:ailla ei ole poistoreittiä tyypin ”%1” työkuormalle.</translation>
    </message>
    <message>
        <source>The workload has no pod “%1” (any more).</source>
        <translation>Työkuormalla ei ole (enää) podia ”%1”.</translation>
    </message>
    <message>
        <source>looking up the workload&apos;s pods</source>
        <translation>haetaan työkuorman podeja</translation>
    </message>
</context>
<context>
    <name>Workdeck::Sandbox::SandboxServer</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workdeck::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Next / previous search match in the log</source>
        <translation>Seuraava / edellinen hakuosuma lokissa</translation>
    </message>
    <message>
        <source>Copy the selected log lines</source>
        <translation>Kopioi valitut lokirivit</translation>
    </message>
    <message>
        <source>Move through the table</source>
        <translation>Liiku taulukossa</translation>
    </message>
    <message>
        <source>Arrow keys, Page Up, Page Down, Home, End</source>
        <translation>Nuolinäppäimet, Page Up, Page Down, Home, End</translation>
    </message>
    <message>
        <source>Open the action menu of the current row</source>
        <translation>Avaa nykyisen rivin toimintovalikko</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Valikkonäppäin, Vaihto+F10</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>Seuraava / edellinen säädin</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Sarkain, Vaihto+Sarkain</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Each row: what a key does, and the key</source>
        <translation>Jokainen rivi: mitä näppäin tekee, ja näppäin</translation>
    </message>
</context>
<context>
    <name>Workdeck::SignInStatusWidget</name>
    <message>
        <source>Sign in…</source>
        <translation>Kirjaudu…</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Kirjaudu uudelleen</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>Kirjautumisen tila</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Kirjautunut</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Kirjautunut käyttäjänä %1</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Ryhmät: %1</translation>
    </message>
    <message>
        <source>Sign-in kept in %1</source>
        <translation>Kirjautuminen säilytetään: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <source>Finish the sign-in in your browser.</source>
        <translation>Viimeistele kirjautuminen selaimessa.</translation>
    </message>
    <message>
        <source>Signed out — sign in again</source>
        <translation>Kirjauduttu ulos — kirjaudu uudelleen</translation>
    </message>
</context>
<context>
    <name>Workdeck::TokenResponse</name>
    <message>
        <source>The token endpoint&apos;s answer is not a JSON object.</source>
        <translation>Tunnistepäätepisteen vastaus ei ole JSON-objekti.</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer has no access token.</source>
        <translation>Tunnistepäätepisteen vastauksessa ei ole käyttötunnistetta.</translation>
    </message>
</context>
<context>
    <name>Workdeck::TokenStore</name>
    <message>
        <source>memory only: secrets are forgotten when Workdeck quits</source>
        <translation>vain muisti: salaisuudet unohdetaan, kun Workdeck suljetaan</translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadActionService</name>
    <message>
        <source>This server does not allow deleting workloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow deleting this workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server cannot stop or run workloads; only delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workload cannot be stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workload cannot be run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running or waiting workload can be stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stopped workload can be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadDetailsDock</name>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not report events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not offer logs.</source>
        <translation type="unfinished">Tämä palvelin ei tarjoa lokeja.</translation>
    </message>
    <message>
        <source>Workload — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload details</source>
        <translation>Työkuorman tiedot</translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadDetailsWidget</name>
    <message>
        <source>Select a workload to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for resources; the server gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished">Podit</translation>
    </message>
    <message>
        <source>Preemptible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server reports no resources for the workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address works only inside the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gives no address for this workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses are given only while a workload is pending or running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload fields</source>
        <translation>Työkuorman kentät</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponentit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Solmu</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Levykuva</translation>
    </message>
    <message>
        <source>Containers: %1</source>
        <translation>Säiliöt: %1</translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadFilterBar</name>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created-by filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every workload except the deleted ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only deleted workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Type (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Status: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Status (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>name contains “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted workloads only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadMenuActions</name>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a workload first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a single workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only workspaces can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace can be opened once it is running (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gives no address for this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workload has no URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete %1 Workloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop %1 Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run %1 Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workload offers no connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n workloads?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Their pods and services are removed from the cluster. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadTableView</name>
    <message>
        <source>Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workloads of the current project. Enter shows details; the menu key or the Actions column offers actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadsPanel</name>
    <message>
        <source>“%1” is already being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the workloads from the last successful refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading workloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a project to see its workloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workloads in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active workloads. Deleted ones are in the Deleted view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workloads match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workload(s) failed:</source>
        <translation>
            <numerusform>%n / %1 työkuormasta epäonnistui:</numerusform>
            <numerusform>%n / %1 työkuormasta epäonnistui:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkloadDetailsWidget</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadField</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished">Podit</translation>
    </message>
    <message>
        <source>Preemptible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadStatus</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know, or reported a status this version of Workdeck does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered, not yet submitted to the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up has started; resources and pods are being provisioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued, waiting for resources to be allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled; pulling images and starting containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pods are running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running, but not as specified: some pods are not ready or a volume is detached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being stopped; its pods are being removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold: stopped without being deleted. It can be run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being started again after a stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its specification is being changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended with an error: a container crashed or could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion was requested; its resources are being removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted from the cluster. Its logs may still be available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion was requested but did not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its pods are shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All its components ended or were removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadType</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
