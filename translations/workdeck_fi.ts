<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Workdeck</source>
        <translation>Tietoja Workdeckista</translation>
    </message>
    <message>
        <source>Workdeck logo</source>
        <translation>Workdeckin logo</translation>
    </message>
    <message>
        <source>Manage AI workloads on GPU clusters from the desktop: the AMD AI Workbench API, live logs, GPU charts and notifications.</source>
        <translation>Hallitse GPU-klusterien tekoälytyökuormia työpöydältä: AMD AI Workbenchin rajapinta, reaaliaikaiset lokit, GPU-kaaviot ja ilmoitukset.</translation>
    </message>
</context>
<context>
    <name>AirmParserText</name>
    <message>
        <source>The AIRM answer has no “%1” list.</source>
        <translation>AIRM:n vastauksessa ei ole luetteloa ”%1”.</translation>
    </message>
    <message>
        <source>The AIRM answer is not a workload (it has no id).</source>
        <translation>AIRM:n vastaus ei ole kuorma (siinä ei ole tunnusta).</translation>
    </message>
    <message>
        <source>The AIRM answer is not a workload&apos;s metrics card.</source>
        <translation>AIRM:n vastaus ei ole kuorman mittarikortti.</translation>
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
        <translation>AMD AI Workbench ei voi pysäyttää tai käynnistää työkuormia.</translation>
    </message>
</context>
<context>
    <name>AiwbParser</name>
    <message>
        <source>External</source>
        <translation>Ulkoinen</translation>
    </message>
    <message>
        <source>Cluster-internal</source>
        <translation>Klusterin sisäinen</translation>
    </message>
    <message>
        <source>The workload in the answer has no id.</source>
        <translation>Vastauksen työkuormalla ei ole tunnusta.</translation>
    </message>
    <message>
        <source>The answer has no “data” list.</source>
        <translation>Vastauksessa ei ole luetteloa ”data”.</translation>
    </message>
    <message>
        <source>The metric “%1” has an unreadable “data” field.</source>
        <translation>Mittarin ”%1” kenttää ”data” ei voi lukea.</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>Average</source>
        <translation>Keskiarvo</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Näytä tämä ohje ja lopeta.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Näytä versio ja lopeta.</translation>
    </message>
    <message>
        <source>Number of simulated workloads for --demo.</source>
        <translation>Simuloitujen työkuormien määrä valitsimelle --demo.</translation>
    </message>
    <message>
        <source>Seed of the simulated cluster for --demo.</source>
        <translation>Simuloidun klusterin siemenluku valitsimelle --demo.</translation>
    </message>
    <message>
        <source>How much faster than real time the sandbox&apos;s workloads live (e.g. 60: a minute a second), to watch statuses change.</source>
        <translation>Kuinka paljon reaaliaikaa nopeammin hiekkalaatikon työkuormat elävät (esim. 60: minuutti sekunnissa), jotta tilojen muutoksia voi seurata.</translation>
    </message>
    <message>
        <source>Project (namespace) to open or export.</source>
        <translation>Avattava tai vietävä projekti (nimiavaruus).</translation>
    </message>
    <message>
        <source>Write the project&apos;s workloads as CSV to FILE (&quot;-&quot; for standard output) and exit, without a window: every status but Deleted, the default columns.</source>
        <translation>Kirjoita projektin työkuormat CSV-muodossa TIEDOSTOON (”-” vakiotulosteeseen) ja lopeta ilman ikkunaa: kaikki tilat paitsi Poistettu, oletussarakkeet.</translation>
    </message>
    <message>
        <source>Print the log of the workload with this id (ISO timestamp, level, message; one line per entry) and exit, without a window.</source>
        <translation>Tulosta tämän tunnuksen työkuorman loki (ISO-aikaleima, taso, viesti; rivi merkintää kohden) ja lopeta ilman ikkunaa.</translation>
    </message>
    <message>
        <source>With --logs: keep printing new lines as they come, reconnecting by itself, until interrupted.</source>
        <translation>Valitsimen --logs kanssa: tulosta uusia rivejä sitä mukaa kuin niitä tulee, yhdistäen itse uudelleen, kunnes keskeytetään.</translation>
    </message>
    <message>
        <source>With --logs: only lines at this level or above: trace, debug, info, warning, error, critical.</source>
        <translation>Valitsimen --logs kanssa: vain tämän tason tai korkeamman rivit: trace, debug, info, warning, error, critical.</translation>
    </message>
    <message>
        <source>Quit after this many milliseconds.</source>
        <translation>Lopeta näin monen millisekunnin kuluttua.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE just before quitting (with --quit-after).</source>
        <translation>Tallenna kuva ikkunasta TIEDOSTOON juuri ennen lopettamista (valitsimen --quit-after kanssa).</translation>
    </message>
    <message>
        <source>Print the time from process start to the first painted table with rows, and the resident memory then; then quit.</source>
        <translation>Tulosta aika prosessin käynnistyksestä ensimmäiseen piirrettyyn taulukkoon, jossa on rivejä, ja silloinen muistinkäyttö; lopeta sitten.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Odottamaton argumentti ”%1”.</translation>
    </message>
    <message>
        <source>--workloads needs a number between 0 and 1000000.</source>
        <translation>--workloads tarvitsee luvun väliltä 0–1000000.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed tarvitsee kokonaisluvun.</translation>
    </message>
    <message>
        <source>--demo-speed needs a number between 0.01 and 100000.</source>
        <translation>--demo-speed tarvitsee luvun väliltä 0,01–100000.</translation>
    </message>
    <message>
        <source>Use either --demo or --server, not both.</source>
        <translation>Käytä joko valitsinta --demo tai --server, ei molempia.</translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds.</source>
        <translation>--quit-after tarvitsee millisekuntimäärän.</translation>
    </message>
    <message>
        <source>Use either --export-csv or --logs, not both.</source>
        <translation>Käytä joko valitsinta --export-csv tai --logs, ei molempia.</translation>
    </message>
    <message>
        <source>--follow and --level go with --logs.</source>
        <translation>--follow ja --level kuuluvat valitsimen --logs pariksi.</translation>
    </message>
    <message>
        <source>--level must be one of %1.</source>
        <translation>--level-arvon on oltava yksi näistä: %1.</translation>
    </message>
    <message>
        <source>--logs needs a workload id.</source>
        <translation>--logs tarvitsee työkuorman tunnuksen.</translation>
    </message>
    <message>
        <source>--logs needs --server URL (or --demo).</source>
        <translation>--logs tarvitsee valitsimen --server URL (tai --demo).</translation>
    </message>
    <message>
        <source>--logs needs --project NAME.</source>
        <translation>--logs tarvitsee valitsimen --project NIMI.</translation>
    </message>
    <message>
        <source>--export-csv needs a file name (or &quot;-&quot;).</source>
        <translation>--export-csv tarvitsee tiedostonimen (tai ”-”).</translation>
    </message>
    <message>
        <source>--export-csv needs --server URL (or --demo).</source>
        <translation>--export-csv tarvitsee valitsimen --server URL (tai --demo).</translation>
    </message>
    <message>
        <source>--export-csv needs --project NAME.</source>
        <translation>--export-csv tarvitsee valitsimen --project NIMI.</translation>
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
        <source>--kube-server goes with --backend runai (the Run:ai sandbox has its own).</source>
        <translation>--kube-server kuuluu valitsimen --backend runai pariksi (Run:ai-hiekkalaatikolla on omansa).</translation>
    </message>
    <message>
        <source>Use --profile alone, without --demo or --server.</source>
        <translation>Käytä valitsinta --profile yksinään, ilman valitsimia --demo tai --server.</translation>
    </message>
    <message>
        <source>Start the sandbox cluster in this process and connect to it (--demo=aiwb, --demo=airm, --demo=amd for AIWB with AIRM, or --demo=runai picks the API it speaks).</source>
        <translation>Käynnistä hiekkalaatikkoklusteri tässä prosessissa ja yhdistä siihen (--demo=aiwb, --demo=airm, --demo=amd eli AIWB ja AIRM, tai --demo=runai valitsee sen puhuman rajapinnan).</translation>
    </message>
    <message>
        <source>The API the sandbox speaks: aiwb, airm, amd, runai.</source>
        <translation>Hiekkalaatikon rajapinta: aiwb, airm, amd, runai.</translation>
    </message>
    <message>
        <source>Kind of server for --server: aiwb (default), airm, runai.</source>
        <translation>--server-palvelimen tyyppi: aiwb (oletus), airm, runai.</translation>
    </message>
    <message>
        <source>AMD AI Workbench: URL of its AIRM API, e.g. https://airmapi.example.com; adds clusters, components and per-GPU charts to the AIWB view.</source>
        <translation>AMD AI Workbench: sen AIRM-rajapinnan URL, esim. https://airmapi.example.com; lisää AIWB-näkymään klusterit, komponentit ja GPU-kohtaiset kaaviot.</translation>
    </message>
    <message>
        <source>Unknown sandbox API “%1”: the sandbox speaks aiwb, airm, amd (AIWB with AIRM) and runai.</source>
        <translation>Tuntematon hiekkalaatikon rajapinta ”%1”: hiekkalaatikko puhuu aiwb, airm, amd (AIWB ja AIRM) ja runai.</translation>
    </message>
    <message>
        <source>Unknown backend “%1”: use aiwb, airm or runai.</source>
        <translation>Tuntematon taustajärjestelmä ”%1”: käytä aiwb, airm tai runai.</translation>
    </message>
    <message>
        <source>--airm-server goes with an AMD AI Workbench --server (--demo=amd shows both from the sandbox).</source>
        <translation>--airm-server kuuluu AMD AI Workbenchin --server-valitsimen kanssa (--demo=amd näyttää molemmat hiekkalaatikosta).</translation>
    </message>
    <message>
        <source>--%1 needs an http or https URL, not “%2”.</source>
        <translation>--%1 tarvitsee http- tai https-URL:n, ei ”%2”.</translation>
    </message>
    <message>
        <source>Workdeck: manage AI workloads on GPU clusters (AMD AI Workbench, AIRM, Run:ai).

Without options it opens the window on the last connection; the first start asks for a cluster or offers the built-in sandbox.
Headless use: --server URL --project NAME --export-csv FILE, with the bearer token in the environment variable WORKDECK_TOKEN.</source>
        <translation>Workdeck: hallitse tekoälykuormia GPU-klustereissa (AMD AI Workbench, AIRM, Run:ai).

Ilman valitsimia se avaa ikkunan viimeisimpään yhteyteen; ensimmäisellä käynnistyskerralla se kysyy klusteria tai tarjoaa sisäänrakennetun hiekkalaatikon.
Ilman ikkunaa: --server URL --project NIMI --export-csv TIEDOSTO, ja bearer-tunniste ympäristömuuttujassa WORKDECK_TOKEN.</translation>
    </message>
    <message>
        <source>Base URL of the server&apos;s API (--backend says which), e.g. https://aiwbapi.example.com.</source>
        <translation>Palvelimen rajapinnan perus-URL (--backend kertoo mikä), esim. https://aiwbapi.example.com.</translation>
    </message>
    <message>
        <source>After the first painted table, open the log of the longest-running workload, load it back to LINES lines, print the resident memory then; then quit.</source>
        <translation>Ensimmäisen piirretyn taulukon jälkeen avaa pisimpään käynnissä olleen työkuorman loki, lataa sitä taaksepäin LINES riviin asti, tulosta silloinen muistinkäyttö ja lopeta.</translation>
    </message>
    <message>
        <source>--measure-memory needs a number of log lines.</source>
        <translation>--measure-memory tarvitsee lokirivien määrän.</translation>
    </message>
    <message>
        <source>After the first painted table, close the window to the tray, print the CPU time used over the next SECONDS seconds; then quit.</source>
        <translation>Ensimmäisen piirretyn taulukon jälkeen sulje ikkuna ilmoitusalueelle, tulosta seuraavien SECONDS sekunnin aikana käytetty suoritinaika ja lopeta.</translation>
    </message>
    <message>
        <source>--measure-idle needs a number of seconds.</source>
        <translation>--measure-idle tarvitsee sekuntimäärän.</translation>
    </message>
    <message>
        <source>Use either --measure-memory or --measure-idle, not both.</source>
        <translation>Käytä joko --measure-memory tai --measure-idle, ei molempia.</translation>
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
    <message>
        <source>The Kubernetes API address must be an http or https URL.</source>
        <translation>Kubernetes-rajapinnan osoitteen on oltava http- tai https-URL.</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>The server sent invalid JSON (%1 at byte %2 of %3).</source>
        <translation>Palvelin lähetti virheellistä JSONia (%1 tavussa %2/%3).</translation>
    </message>
    <message>
        <source>The server sent JSON that is not an object.</source>
        <translation>Palvelin lähetti JSONia, joka ei ole objekti.</translation>
    </message>
    <message>
        <source>The server sent JSON that could not be read (%1).</source>
        <translation>Palvelin lähetti JSONia, jota ei voitu lukea (%1).</translation>
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
        <translation>Aika ensimmäiseen tokeniin</translation>
    </message>
    <message>
        <source>Between tokens</source>
        <translation>Tokenien välillä</translation>
    </message>
    <message>
        <source>End to end</source>
        <translation>Kokonaisaika</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU:t</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Muisti</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source>Cluster: %1</source>
        <translation>Klusteri: %1</translation>
    </message>
</context>
<context>
    <name>ProjectResolver</name>
    <message>
        <source>project “%1” not found on %2; projects you can use: %3</source>
        <translation>projektia ”%1” ei löytynyt palvelimelta %2; käytettävissä olevat projektit: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
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
        <translation>%1 on käynnissä</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads are running</source>
        <translation>
            <numerusform>%n työkuorma on käynnissä</numerusform>
            <numerusform>%n työkuormaa on käynnissä</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 valmistui</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads completed</source>
        <translation>
            <numerusform>%n työkuorma valmistui</numerusform>
            <numerusform>%n työkuormaa valmistui</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 epäonnistui</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads failed</source>
        <translation>
            <numerusform>%n työkuorma epäonnistui</numerusform>
            <numerusform>%n työkuormaa epäonnistui</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is degraded</source>
        <translation>%1 on heikentynyt</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads are degraded</source>
        <translation>
            <numerusform>%n työkuorma on heikentynyt</numerusform>
            <numerusform>%n työkuormaa on heikentynyt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was deleted</source>
        <translation>%1 poistettiin</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads were deleted</source>
        <translation>
            <numerusform>%n työkuorma poistettiin</numerusform>
            <numerusform>%n työkuormaa poistettiin</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1 failed</source>
        <translation>Kohteen %1 poistaminen epäonnistui</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n workloads failed</source>
        <translation>
            <numerusform>%n työkuorman poistaminen epäonnistui</numerusform>
            <numerusform>%n työkuorman poistaminen epäonnistui</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 pysäytettiin</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads stopped</source>
        <translation>
            <numerusform>%n työkuorma pysäytettiin</numerusform>
            <numerusform>%n työkuormaa pysäytettiin</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 on nyt %2</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads are now %2</source>
        <translation>
            <numerusform>%n työkuorma on nyt %2</numerusform>
            <numerusform>%n työkuormaa on nyt %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 projektissa %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ja %n muu</numerusform>
            <numerusform>ja %n muuta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>in the future</source>
        <translation>tulevaisuudessa</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>juuri nyt</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min sitten</numerusform>
            <numerusform>%n min sitten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n t sitten</numerusform>
            <numerusform>%n t sitten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n päivä sitten</numerusform>
            <numerusform>%n päivää sitten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workdeck::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Versio %1</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later.&lt;br&gt;Built with Qt %1, running on Qt %2.&lt;br&gt;&lt;a href=&quot;https://github.com/workdeck/workdeck&quot;&gt;Source code and issues&lt;/a&gt;</source>
        <translation>Lisenssi: GNU General Public License, versio 3 tai uudempi.&lt;br&gt;Käännetty Qt %1:llä, käytössä Qt %2.&lt;br&gt;&lt;a href=&quot;https://github.com/workdeck/workdeck&quot;&gt;Lähdekoodi ja virheilmoitukset&lt;/a&gt;</translation>
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
        <translation>Käytetty GPU-muisti (VRAM)</translation>
    </message>
    <message>
        <source>GPU junction temperature</source>
        <translation>GPU:n liitoslämpötila</translation>
    </message>
    <message>
        <source>GPU power</source>
        <translation>GPU:n teho</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>CPU utilization</source>
        <translation>Suorittimen käyttöaste</translation>
    </message>
    <message>
        <source>AMD AI Resource Manager has no CPU metrics for workloads.</source>
        <translation>AMD AI Resource Managerissa ei ole kuormien suoritinmittareita.</translation>
    </message>
    <message>
        <source>Nodes in use</source>
        <translation>Käytössä olevat solmut</translation>
    </message>
    <message>
        <source>GPUs in use</source>
        <translation>Käytössä olevat GPU:t</translation>
    </message>
    <message>
        <source>Time in queue</source>
        <translation>Aika jonossa</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Time running</source>
        <translation>Käyntiaika</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>AMD AI Resource Manager has no log API: logs come from AMD AI Workbench. Add the Workbench&apos;s address to this connection to see them.</source>
        <translation>AMD AI Resource Managerissa ei ole lokirajapintaa: lokit tulevat AMD AI Workbenchista. Lisää Workbenchin osoite tähän yhteyteen nähdäksesi ne.</translation>
    </message>
    <message>
        <source>AMD AI Resource Manager cannot stop or run workloads.</source>
        <translation>AMD AI Resource Manager ei voi pysäyttää tai käynnistää kuormia.</translation>
    </message>
    <message>
        <source>AMD AI Resource Manager has no metric “%1”.</source>
        <translation>AMD AI Resource Managerissa ei ole mittaria ”%1”.</translation>
    </message>
    <message>
        <source>unhealthy: no heartbeat for 5 minutes</source>
        <translation>epäkunnossa: ei elonmerkkiä 5 minuuttiin</translation>
    </message>
    <message>
        <source>verifying: no heartbeat yet</source>
        <translation>tarkistetaan: ei vielä elonmerkkiä</translation>
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
        <translation>GPU:n käyttöaste</translation>
    </message>
    <message>
        <source>AMD AI Workbench reports how many GPUs a workload uses, not how busy each one is: see “GPUs in use”.</source>
        <translation>AMD AI Workbench kertoo, montako GPU:ta työkuorma käyttää, ei kuinka kuormitettu kukin on: katso ”Käytössä olevat GPU:t”.</translation>
    </message>
    <message>
        <source>GPUs in use</source>
        <translation>Käytössä olevat GPU:t</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU:t</translation>
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
        <source>CPU utilization</source>
        <translation>CPU:n käyttöaste</translation>
    </message>
    <message>
        <source>AMD AI Workbench has no CPU metrics for workloads.</source>
        <translation>AMD AI Workbenchissä ei ole työkuormien CPU-mittareita.</translation>
    </message>
    <message>
        <source>CPU memory</source>
        <translation>CPU-muisti</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>pyyntöä</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Viive</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Requests served</source>
        <translation>Palvellut pyynnöt</translation>
    </message>
    <message>
        <source>Average load</source>
        <translation>Keskimääräinen kuorma</translation>
    </message>
    <message>
        <source>Peak load</source>
        <translation>Huippukuorma</translation>
    </message>
    <message>
        <source>KV cache used</source>
        <translation>Käytetty KV-välimuisti</translation>
    </message>
    <message>
        <source>Tokens generated</source>
        <translation>Tuotetut tokenit</translation>
    </message>
</context>
<context>
    <name>Workdeck::AmdBackend</name>
    <message>
        <source>AMD AI Workbench with AIRM</source>
        <translation>AMD AI Workbench ja AIRM</translation>
    </message>
</context>
<context>
    <name>Workdeck::ApiClient</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>Palvelimen osoite ei ole kelvollinen URL.</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused: your token would travel unencrypted. Use https, or allow plain http in the connection profile.</source>
        <translation>Salaamaton http kohteeseen %1 estetään: tunnisteesi kulkisi salaamattomana. Käytä https:ää tai salli salaamaton http yhteysprofiilissa.</translation>
    </message>
    <message>
        <source>Unsupported URL scheme “%1”.</source>
        <translation>URL-skeemaa ”%1” ei tueta.</translation>
    </message>
    <message>
        <source>The server redirected to another host (%1); the request was refused so that your token is not sent there.</source>
        <translation>Palvelin ohjasi toiseen palvelimeen (%1); pyyntö hylättiin, jotta tunnistettasi ei lähetetä sinne.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Palvelin ei vastannut ajoissa.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 and was not read.</source>
        <translation>Vastaus on suurempi kuin %1, eikä sitä luettu.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Kohteen %1 varmenteeseen ei luoteta: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Pyyntö peruttiin.</translation>
    </message>
</context>
<context>
    <name>Workdeck::Application</name>
    <message>
        <source>Try “workdeck --help”.</source>
        <translation>Kokeile ”workdeck --help”.</translation>
    </message>
    <message>
        <source>could not start the sandbox cluster: %1</source>
        <translation>hiekkalaatikkoklusteria ei voitu käynnistää: %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Hiekkalaatikko</translation>
    </message>
    <message>
        <source>no access token: set the environment variable WORKDECK_TOKEN to a bearer token for %1.</source>
        <translation>ei käyttötunnistetta: aseta ympäristömuuttujaan WORKDECK_TOKEN bearer-tunniste kohteelle %1.</translation>
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
        <source>memory (sandbox)</source>
        <translation>muisti (hiekkalaatikko)</translation>
    </message>
    <message>
        <source>No usable keychain (%1): your sign-in is kept in memory until Workdeck quits.</source>
        <translation>Ei käyttökelpoista avainnippua (%1): kirjautumisesi säilytetään muistissa, kunnes Workdeck suljetaan.</translation>
    </message>
    <message>
        <source>Enter the access key to sign in.</source>
        <translation>Kirjaudu antamalla käyttöavain.</translation>
    </message>
    <message>
        <source>The secret could not be stored: %1</source>
        <translation>Salaisuutta ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>&amp;Hallitse yhteyksiä…</translation>
    </message>
    <message>
        <source>&amp;New Connection…</source>
        <translation>&amp;Uusi yhteys…</translation>
    </message>
    <message>
        <source>Connect To</source>
        <translation>Yhdistä</translation>
    </message>
    <message>
        <source>Sandbox (on this computer)</source>
        <translation>Hiekkalaatikko (tällä koneella)</translation>
    </message>
    <message>
        <source>A simulated cluster with sample workloads</source>
        <translation>Simuloitu klusteri esimerkkikuormineen</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Kirjaudu…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Kirjaudu &amp;ulos</translation>
    </message>
    <message>
        <source>Cannot Connect</source>
        <translation>Yhteyttä ei voi muodostaa</translation>
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
    <name>Workdeck::ConnectionsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to remote hosts</source>
        <translation>Salli salaamaton &amp;http etäpalvelimille</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Yhteydet</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Yhteysprofiilit</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profiilin nimi</translation>
    </message>
    <message>
        <source>Kind of cluster</source>
        <translation>Klusterin tyyppi</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Palvelimen osoite</translation>
    </message>
    <message>
        <source>AIRM address</source>
        <translation>AIRM-osoite</translation>
    </message>
    <message>
        <source>Sign-in issuer</source>
        <translation>Kirjautumisen myöntäjä</translation>
    </message>
    <message>
        <source>Sign-in client id</source>
        <translation>Kirjautumisen asiakastunnus</translation>
    </message>
    <message>
        <source>Access key client id</source>
        <translation>Käyttöavaimen asiakastunnus</translation>
    </message>
    <message>
        <source>Access key secret</source>
        <translation>Käyttöavaimen salaisuus</translation>
    </message>
    <message>
        <source>Kubernetes API address</source>
        <translation>Kubernetes-rajapinnan osoite</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-varmennetiedosto</translation>
    </message>
    <message>
        <source>Allow plain http to remote hosts</source>
        <translation>Salli salaamaton http etäpalvelimille</translation>
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
        <translation>valinnainen, esim. https://airmapi.example.com</translation>
    </message>
    <message>
        <source>e.g. https://kc.example.com/realms/airm; empty: paste a token</source>
        <translation>esim. https://kc.example.com/realms/airm; tyhjä: liitä tunniste</translation>
    </message>
    <message>
        <source>as registered at the issuer, e.g. workdeck</source>
        <translation>kuten myöntäjälle rekisteröity, esim. workdeck</translation>
    </message>
    <message>
        <source>optional, for pod logs, e.g. https://k8s.example.com:6443</source>
        <translation>valinnainen, podien lokeille, esim. https://k8s.example.com:6443</translation>
    </message>
    <message>
        <source>optional; the system&apos;s certificates otherwise</source>
        <translation>valinnainen; muuten järjestelmän varmenteet</translation>
    </message>
    <message>
        <source>⚠ Plain http sends your sign-in and every answer unencrypted: anyone on the network can read and reuse your token. Only for test clusters on a trusted network.</source>
        <translation>⚠ Salaamaton http lähettää kirjautumisesi ja jokaisen vastauksen selväkielisenä: kuka tahansa verkossa voi lukea ja käyttää tunnistettasi. Vain luotetun verkon testiklustereille.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Valitse CA-varmennetiedosto</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA-varmenteet</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-varmenteet (*.pem *.crt *.cer);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tyyppi:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Palvelin:</translation>
    </message>
    <message>
        <source>AI&amp;RM:</source>
        <translation>AI&amp;RM:</translation>
    </message>
    <message>
        <source>Sign-in &amp;issuer:</source>
        <translation>&amp;Myöntäjä:</translation>
    </message>
    <message>
        <source>Client i&amp;d:</source>
        <translation>&amp;Asiakastunnus:</translation>
    </message>
    <message>
        <source>Access key &amp;id:</source>
        <translation>Avaimen &amp;tunnus:</translation>
    </message>
    <message>
        <source>Access key s&amp;ecret:</source>
        <translation>Avaimen &amp;salaisuus:</translation>
    </message>
    <message>
        <source>K&amp;ubernetes API:</source>
        <translation>K&amp;ubernetes-rajapinta:</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>&amp;CA-varmenteet:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Yhdistä</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (nykyinen)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Uusi yhteys</translation>
    </message>
    <message>
        <source>stored; type to replace it</source>
        <translation>tallennettu; kirjoita korvataksesi</translation>
    </message>
    <message>
        <source>asked for when connecting</source>
        <translation>kysytään yhdistettäessä</translation>
    </message>
    <message>
        <source>The access key&apos;s secret is asked for when you connect.</source>
        <translation>Käyttöavaimen salaisuus kysytään yhdistettäessä.</translation>
    </message>
    <message>
        <source>The secret is kept in %1, never in the settings.</source>
        <translation>Salaisuus säilytetään kohteessa %1, ei koskaan asetuksissa.</translation>
    </message>
    <message>
        <source>No keychain is usable: the secret is kept in memory until Workdeck quits.</source>
        <translation>Avainnippua ei voi käyttää: salaisuus säilyy muistissa, kunnes Workdeck suljetaan.</translation>
    </message>
    <message>
        <source>There is already a profile called “%1”.</source>
        <translation>Profiili ”%1” on jo olemassa.</translation>
    </message>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>Palvelimen osoite ei ole kelvollinen URL.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>”%1” tallennettu.</translation>
    </message>
    <message>
        <source>Saved “%1”; the secret is in %2.</source>
        <translation>”%1” tallennettu; salaisuus on kohteessa %2.</translation>
    </message>
    <message>
        <source>Saved “%1”, but the secret could not be stored (%2); you will be asked for it when connecting.</source>
        <translation>”%1” tallennettu, mutta salaisuutta ei voitu tallentaa (%2); se kysytään yhdistettäessä.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>The profile “%1” has changes that are not saved.</source>
        <translation>Profiilissa ”%1” on tallentamattomia muutoksia.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Poista yhteys</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its stored sign-in and secrets are deleted from %2 too.</source>
        <translation>Poistetaanko yhteys ”%1”? Sen tallennettu kirjautuminen ja salaisuudet poistetaan myös kohteesta %2.</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>avainnippu</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>A stored secret could not be deleted: %1</source>
        <translation>Tallennettua salaisuutta ei voitu poistaa: %1</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>”%1” poistettu.</translation>
    </message>
</context>
<context>
    <name>Workdeck::CsvExportCommand</name>
    <message>
        <source>could not list the projects: %1</source>
        <translation>projekteja ei voitu luetella: %1</translation>
    </message>
    <message>
        <source>could not list the workloads of “%1”</source>
        <translation>projektin ”%1” työkuormia ei voitu luetella</translation>
    </message>
    <message>
        <source>could not write to standard output</source>
        <translation>vakiotulosteeseen ei voitu kirjoittaa</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>kohteeseen %1 ei voitu kirjoittaa: %2</translation>
    </message>
</context>
<context>
    <name>Workdeck::DesktopIntegration</name>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Ilmoitukset</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Ilmoitukset</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Viimeaikaiset muutokset</translation>
    </message>
    <message>
        <source>Open Workdeck</source>
        <translation>Avaa Workdeck</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Workdeck cannot check your workloads</source>
        <translation>Workdeck ei voi tarkistaa työkuormiasi</translation>
    </message>
    <message>
        <source>no workloads</source>
        <translation>ei työkuormia</translation>
    </message>
    <message numerus="yes">
        <source>%n new failure(s)</source>
        <translation>
            <numerusform>%n uusi virhe</numerusform>
            <numerusform>%n uutta virhettä</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Ilmoitukset keskeytetty %1 asti</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n uusi</numerusform>
            <numerusform>%n uutta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n lukematon ilmoitus</numerusform>
            <numerusform>%n lukematonta ilmoitusta</numerusform>
        </translation>
    </message>
    <message>
        <source>When a workload is %1</source>
        <translation>Kun työkuorma on %1</translation>
    </message>
    <message>
        <source>Watch projects</source>
        <translation>Seurattavat projektit</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>Keskeytä tunniksi</translation>
    </message>
    <message>
        <source>Pause until tomorrow</source>
        <translation>Keskeytä huomiseen</translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation>Jatka ilmoituksia</translation>
    </message>
    <message>
        <source>Workdeck is still running</source>
        <translation>Workdeck on yhä käynnissä</translation>
    </message>
    <message>
        <source>It keeps watching your workloads and tells you when they change. Quit it from this icon&apos;s menu.</source>
        <translation>Se seuraa edelleen työkuormiasi ja kertoo, kun ne muuttuvat. Lopeta se tämän kuvakkeen valikosta.</translation>
    </message>
</context>
<context>
    <name>Workdeck::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>Workdeck::EventsWidget</name>
    <message>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaali</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Suodata tapahtumia</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Kaikki tapahtumat</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Vain varoitukset</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Tapahtuman laji</translation>
    </message>
    <message>
        <source>This server does not report events.</source>
        <translation>Tämä palvelin ei raportoi tapahtumia.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n tapahtuma</numerusform>
            <numerusform>%n tapahtumaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workdeck::FirstRunDialog</name>
    <message>
        <source>Welcome to Workdeck</source>
        <translation>Tervetuloa Workdeckiin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Workdeck&lt;/h3&gt;&lt;p&gt;Workdeck shows and manages the workloads of your GPU clusters: AMD AI Workbench and Run:ai.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tervetuloa Workdeckiin&lt;/h3&gt;&lt;p&gt;Workdeck näyttää ja hallitsee GPU-klustereidesi kuormia: AMD AI Workbench ja Run:ai.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to a Cluster</source>
        <translation>Yhdistä klusteriin</translation>
    </message>
    <message>
        <source>Enter the address of your AMD AI Workbench or Run:ai server, then sign in.</source>
        <translation>Anna AMD AI Workbench- tai Run:ai-palvelimesi osoite ja kirjaudu sisään.</translation>
    </message>
    <message>
        <source>Try the Sandbox</source>
        <translation>Kokeile hiekkalaatikkoa</translation>
    </message>
    <message>
        <source>A simulated cluster on this computer with sample workloads, logs and metrics. Nothing leaves your machine.</source>
        <translation>Simuloitu klusteri tällä koneella esimerkkikuormineen, lokeineen ja mittareineen. Mitään ei lähetetä koneeltasi.</translation>
    </message>
    <message>
        <source>You can add, change and switch connections later in the Connection menu.</source>
        <translation>Voit lisätä, muuttaa ja vaihtaa yhteyksiä myöhemmin Yhteys-valikosta.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
</context>
<context>
    <name>Workdeck::LogTailService</name>
    <message>
        <source>the server went silent</source>
        <translation>palvelin vaikeni</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>pysäytetty</translation>
    </message>
    <message>
        <source>the log has ended</source>
        <translation>loki on päättynyt</translation>
    </message>
    <message>
        <source>the server reported: %1</source>
        <translation>palvelin ilmoitti: %1</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>palvelin sulki yhteyden</translation>
    </message>
    <message>
        <source>Not streaming</source>
        <translation>Ei suoratoistoa</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Yhdistetään…</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Suoratoisto</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Yhdistetään uudelleen…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s: %1</source>
        <translation>
            <numerusform>Yhdistetään uudelleen %n s kuluttua: %1</numerusform>
            <numerusform>Yhdistetään uudelleen %n s kuluttua: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Päättyi: %1</translation>
    </message>
</context>
<context>
    <name>Workdeck::LogViewWidget</name>
    <message>
        <source>Regular expression</source>
        <translation>Säännöllinen lauseke</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Sama kirjainkoko</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seuraa</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>Pidä uusin rivi näkyvissä</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tauko</translation>
    </message>
    <message>
        <source>Stop adding new lines to the view for now</source>
        <translation>Älä toistaiseksi lisää uusia rivejä näkymään</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Rivitä</translation>
    </message>
    <message>
        <source>Wrap long lines (slower with very long logs)</source>
        <translation>Rivitä pitkät rivit (hitaampi hyvin pitkissä lokeissa)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Show timestamps</source>
        <translation>Näytä aikaleimat</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Lokirivit</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Kaikki tasot</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug ja ylemmät</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info ja ylemmät</translation>
    </message>
    <message>
        <source>Warning and above</source>
        <translation>Varoitus ja ylemmät</translation>
    </message>
    <message>
        <source>Error and above</source>
        <translation>Virhe ja ylemmät</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kriittinen</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Vähimmäistaso</translation>
    </message>
    <message>
        <source>Show lines at this level or above</source>
        <translation>Näytä tämän tason tai ylemmän rivit</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Hae lokista</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Edellinen osuma (Vaihto+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Seuraava osuma (Enter)</translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation>Tallenna loki tiedostoon</translation>
    </message>
    <message>
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation>Kopioi valitut rivit (Ctrl+C)</translation>
    </message>
    <message>
        <source>Jump to end</source>
        <translation>Siirry loppuun</translation>
    </message>
    <message>
        <source>Select a line to see it in full; JSON lines are shown formatted.</source>
        <translation>Valitse rivi nähdäksesi sen kokonaan; JSON-rivit näytetään muotoiltuina.</translation>
    </message>
    <message>
        <source>Selected line</source>
        <translation>Valittu rivi</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Ei osumia</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Invalid expression</source>
        <translation>Virheellinen lauseke</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n osuma</numerusform>
            <numerusform>%n osumaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a workload to see its log.</source>
        <translation>Valitse työkuorma nähdäksesi sen lokin.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n rivi</numerusform>
            <numerusform>%n riviä</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 oldest dropped (limit %2)</source>
        <translation>%1 vanhinta pudotettu (raja %2)</translation>
    </message>
    <message numerus="yes">
        <source>paused, %n new line(s) held</source>
        <translation>
            <numerusform>tauolla, %n uusi rivi odottaa</numerusform>
            <numerusform>tauolla, %n uutta riviä odottaa</numerusform>
        </translation>
    </message>
    <message>
        <source>loading older lines…</source>
        <translation>ladataan vanhempia rivejä…</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Tallenna loki</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kohdetta %1 ei voitu tallentaa: %2</translation>
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
        <translation>%1 ei tarjoa työkuormien lokeja.</translation>
    </message>
    <message>
        <source>could not read workload %1: %2</source>
        <translation>työkuormaa %1 ei voitu lukea: %2</translation>
    </message>
    <message>
        <source>could not read the log: %1</source>
        <translation>lokia ei voitu lukea: %1</translation>
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
        <translation>Workdeck — %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekti</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Ladataan projekteja…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Pois</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>%1 s välein</translation>
    </message>
    <message numerus="yes">
        <source>Every %n min</source>
        <translation>
            <numerusform>Minuutin välein</numerusform>
            <numerusform>%n min välein</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation>Automaattinen päivitys</translation>
    </message>
    <message>
        <source>How often the workloads refresh by themselves</source>
        <translation>Kuinka usein työkuormat päivittyvät itsestään</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>Refresh the workloads (F5)</source>
        <translation>Päivitä työkuormat (F5)</translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation>&amp;Vie taulukko CSV-muodossa…</translation>
    </message>
    <message>
        <source>Save the table as shown (visible columns, current filters, all pages)</source>
        <translation>Tallenna taulukko sellaisena kuin se näkyy (näkyvät sarakkeet, nykyiset suodattimet, kaikki sivut)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Filter Workloads</source>
        <translation>&amp;Suodata työkuormia</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Sarakkeet</translation>
    </message>
    <message>
        <source>&amp;Workload</source>
        <translation>&amp;Työkuorma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About Workdeck</source>
        <translation>&amp;Tietoja Workdeckista</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Pää</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekti:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 osoitteessa %2</translation>
    </message>
    <message>
        <source>No projects</source>
        <translation>Ei projekteja</translation>
    </message>
    <message>
        <source>You are not a member of any project on %1.</source>
        <translation>Et ole minkään projektin jäsen palvelimella %1.</translation>
    </message>
    <message>
        <source>The project “%1” was not found on this server; showing “%2” instead.</source>
        <translation>Projektia ”%1” ei löytynyt tältä palvelimelta; näytetään sen sijaan ”%2”.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s)</source>
        <translation>
            <numerusform>%n työkuorma</numerusform>
            <numerusform>%n työkuormaa</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n valittu</numerusform>
            <numerusform>%n valittu</numerusform>
        </translation>
    </message>
    <message>
        <source>cached list from %1</source>
        <translation>välimuistissa oleva luettelo ajalta %1</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>päivitetty juuri nyt</translation>
    </message>
    <message numerus="yes">
        <source>updated %n s ago</source>
        <translation>
            <numerusform>päivitetty %n s sitten</numerusform>
            <numerusform>päivitetty %n s sitten</numerusform>
        </translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>päivitetään…</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Vie taulukko CSV-muodossa</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n workload(s) to %1</source>
        <translation>
            <numerusform>%n työkuorma tallennettu tiedostoon %1</numerusform>
            <numerusform>%n työkuormaa tallennettu tiedostoon %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kohdetta %1 ei voitu tallentaa: %2</translation>
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
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Yhteys</translation>
    </message>
    <message numerus="yes">
        <source>first %1 of %n workload(s)</source>
        <translation>
            <numerusform>ensimmäinen %1 / %n työkuorma</numerusform>
            <numerusform>ensimmäiset %1 / %n työkuormaa</numerusform>
        </translation>
    </message>
    <message>
        <source>loading the rest…</source>
        <translation>loput ladataan…</translation>
    </message>
</context>
<context>
    <name>Workdeck::MemoryProbe</name>
    <message>
        <source>no log lines arrived for %1 s (%2 held)</source>
        <translation>lokirivejä ei tullut %1 s aikana (%2 ladattu)</translation>
    </message>
    <message>
        <source>none of the %1 longest-running workloads has a log of %2 lines; the longest held %3</source>
        <translation>yhdelläkään %1 pisimpään käynnissä olleesta työkuormasta ei ole %2 rivin lokia; pisimmässä oli %3</translation>
    </message>
</context>
<context>
    <name>Workdeck::MetricChartPanel</name>
    <message>
        <source>Reset zoom</source>
        <translation>Palauta zoomaus</translation>
    </message>
    <message>
        <source>Drag across a chart to zoom in; this shows the whole range again</source>
        <translation>Vedä kaavion poikki zoomataksesi; tämä näyttää taas koko alueen</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>Tallenna tämä kaavio PNG-kuvana</translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation>Vie %1 PNG-kuvana</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Vie kaavio</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-kuvat (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Kohdetta %1 ei voitu tallentaa.</translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation>Tältä jaksolta ei ole tietoja.</translation>
    </message>
</context>
<context>
    <name>Workdeck::MetricsWidget</name>
    <message>
        <source>Apply</source>
        <translation>Käytä</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Viimeiset 15 minuuttia</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Viimeinen tunti</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Viimeiset 6 tuntia</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Viimeiset 24 tuntia</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Viimeiset 7 päivää</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Mukautettu aikaväli…</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Aikaväli</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Asti</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Reaaliaikainen</translation>
    </message>
    <message>
        <source>The charts update every 30 seconds while the range ends now</source>
        <translation>Kaaviot päivittyvät 30 sekunnin välein, kun aikaväli päättyy nyt</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Jakso:</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Ei voitu ladata: %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ei tietoja</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>ei saatavilla</translation>
    </message>
    <message>
        <source>Only inference workloads report this.</source>
        <translation>Vain päättelytyökuormat raportoivat tämän.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>The start of the period must be before its end.</source>
        <translation>Jakson alun on oltava ennen sen loppua.</translation>
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
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>Rivejä sivulla</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Ensimmäinen sivu</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Edellinen sivu</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Seuraava sivu</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Viimeinen sivu</translation>
    </message>
    <message>
        <source>Rows per page:</source>
        <translation>Rivejä sivulla:</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 / %3</translation>
    </message>
    <message>
        <source>%1–%2 of %3+</source>
        <translation>%1–%2 / %3+</translation>
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
        <translation>osoitteessa 127.0.0.1:%1 ei voi kuunnella: %2</translation>
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
    <name>Workdeck::SignInDialog</name>
    <message>
        <source>Sign In to %1</source>
        <translation>Kirjaudu: %1</translation>
    </message>
    <message>
        <source>Sign in to %1 with your account at %2.</source>
        <translation>Kirjaudu kohteeseen %1 tililläsi palvelussa %2.</translation>
    </message>
    <message>
        <source>%1 has no sign-in issuer configured: paste an access token.</source>
        <translation>Kohteelle %1 ei ole määritetty kirjautumisen myöntäjää: liitä käyttötunniste.</translation>
    </message>
    <message>
        <source>Workdeck opens your web browser at the sign-in page. Sign in there; Workdeck continues by itself when you are done.</source>
        <translation>Workdeck avaa kirjautumissivun selaimessasi. Kirjaudu siellä; Workdeck jatkaa itsestään, kun olet valmis.</translation>
    </message>
    <message>
        <source>Open &amp;Browser</source>
        <translation>Avaa &amp;selain</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Kirjautumisosoite</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Odotetaan kirjautumista selaimessa…</translation>
    </message>
    <message>
        <source>No web browser could be opened. Copy the address above into a browser on this computer; Workdeck waits for it.</source>
        <translation>Selainta ei voitu avata. Kopioi yllä oleva osoite selaimeen tällä koneella; Workdeck odottaa.</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>&amp;Kirjaudu</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>Only where the provider allows it (development realms).</source>
        <translation>Vain jos palveluntarjoaja sallii sen (kehitysympäristöt).</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Anna käyttäjätunnus ja salasana.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <source>Paste an access token (a JWT). It cannot be renewed: sign in again when it expires.</source>
        <translation>Liitä käyttötunniste (JWT). Sitä ei voi uusia: kirjaudu uudelleen, kun se vanhenee.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Käyttötunniste</translation>
    </message>
    <message>
        <source>&amp;Use Token</source>
        <translation>&amp;Käytä tunnistetta</translation>
    </message>
    <message>
        <source>Paste the access token first.</source>
        <translation>Liitä ensin käyttötunniste.</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Selain</translation>
    </message>
    <message>
        <source>User Name and Password</source>
        <translation>Käyttäjätunnus ja salasana</translation>
    </message>
    <message>
        <source>Access Token</source>
        <translation>Käyttötunniste</translation>
    </message>
    <message>
        <source>Your session ended: %1</source>
        <translation>Istuntosi päättyi: %1</translation>
    </message>
    <message>
        <source>Sign in to %1 with an access key (an application&apos;s client id and secret, made in Run:ai under Access → Applications or your user&apos;s access keys).</source>
        <translation>Kirjaudu kohteeseen %1 käyttöavaimella (sovelluksen asiakastunnus ja salaisuus, luotu Run:ai:ssa kohdassa Access → Applications tai käyttäjäsi käyttöavaimissa).</translation>
    </message>
    <message>
        <source>No keychain is usable: the secret is kept until Workdeck quits</source>
        <translation>Avainnippua ei voi käyttää: salaisuus säilyy, kunnes Workdeck suljetaan</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in %1</source>
        <translation>&amp;Muista salaisuus kohteessa %1</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;Asiakastunnus:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Asiakkaan &amp;salaisuus:</translation>
    </message>
    <message>
        <source>Access Key</source>
        <translation>Käyttöavain</translation>
    </message>
    <message>
        <source>Enter the client id and the secret.</source>
        <translation>Anna asiakastunnus ja salaisuus.</translation>
    </message>
    <message>
        <source>The access key was refused.</source>
        <translation>Käyttöavain hylättiin.</translation>
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
        <translation>Tämä palvelin ei salli työkuormien poistamista.</translation>
    </message>
    <message>
        <source>Already deleted.</source>
        <translation>Jo poistettu.</translation>
    </message>
    <message>
        <source>Already being deleted.</source>
        <translation>Poistetaan jo.</translation>
    </message>
    <message>
        <source>The server does not allow deleting this workload.</source>
        <translation>Palvelin ei salli tämän työkuorman poistamista.</translation>
    </message>
    <message>
        <source>This server cannot stop or run workloads; only delete them.</source>
        <translation>Tämä palvelin ei voi pysäyttää tai käynnistää työkuormia, vain poistaa niitä.</translation>
    </message>
    <message>
        <source>This workload cannot be stopped.</source>
        <translation>Tätä työkuormaa ei voi pysäyttää.</translation>
    </message>
    <message>
        <source>This workload cannot be run again.</source>
        <translation>Tätä työkuormaa ei voi käynnistää uudelleen.</translation>
    </message>
    <message>
        <source>Only a running or waiting workload can be stopped.</source>
        <translation>Vain käynnissä oleva tai odottava työkuorma voidaan pysäyttää.</translation>
    </message>
    <message>
        <source>Only a stopped workload can be run.</source>
        <translation>Vain pysäytetty työkuorma voidaan käynnistää.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Pysäytä</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Käynnistä</translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadDetailsDock</name>
    <message>
        <source>Workload</source>
        <translation>Työkuorma</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Tiedot</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>T&amp;apahtumat</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Lokit</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Mittarit</translation>
    </message>
    <message>
        <source>This server does not report events.</source>
        <translation>Tämä palvelin ei raportoi tapahtumia.</translation>
    </message>
    <message>
        <source>This server does not offer logs.</source>
        <translation>Tämä palvelin ei tarjoa lokeja.</translation>
    </message>
    <message>
        <source>Workload — %1</source>
        <translation>Työkuorma — %1</translation>
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
        <translation>Valitse työkuorma nähdäksesi sen tiedot.</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>Resurssin nimi</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Ajoitus</translation>
    </message>
    <message>
        <source>Waiting for resources; the server gave no reason.</source>
        <translation>Odottaa resursseja; palvelin ei kertonut syytä.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekti</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Nimiavaruus</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Klusteri</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Luonut</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Muokannut</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Kaavio</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Malli</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Tietojoukko</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resurssit</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU:t</translation>
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
        <translation>Muisti</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Podit</translation>
    </message>
    <message>
        <source>Preemptible</source>
        <translation>Syrjäytettävä</translation>
    </message>
    <message>
        <source>Node pools</source>
        <translation>Solmuvarannot</translation>
    </message>
    <message>
        <source>This server reports no resources for the workload.</source>
        <translation>Tämä palvelin ei raportoi työkuorman resursseja.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Valmistunut</translation>
    </message>
    <message>
        <source>Running time</source>
        <translation>Käyntiaika</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Päätepisteet</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Kopioi osoite</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopioi %1</translation>
    </message>
    <message>
        <source>This address works only inside the cluster</source>
        <translation>Tämä osoite toimii vain klusterin sisällä</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Avaa selaimessa</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Avaa %1</translation>
    </message>
    <message>
        <source>The server gives no address for this workload.</source>
        <translation>Palvelin ei anna tälle työkuormalle osoitetta.</translation>
    </message>
    <message>
        <source>Addresses are given only while a workload is pending or running.</source>
        <translation>Osoitteet annetaan vain, kun työkuorma odottaa tai on käynnissä.</translation>
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
    <message>
        <source>The addresses come with the whole list, on its way.</source>
        <translation>Osoitteet tulevat koko luettelon mukana; se on tulossa.</translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadFilterBar</name>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation>Suodata nimellä (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name filter</source>
        <translation>Nimisuodatin</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Tyyppisuodatin</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Tilasuodatin</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Luonut</translation>
    </message>
    <message>
        <source>Created-by filter</source>
        <translation>Luojasuodatin</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiiviset</translation>
    </message>
    <message>
        <source>Every workload except the deleted ones</source>
        <translation>Kaikki työkuormat paitsi poistetut</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Poistetut</translation>
    </message>
    <message>
        <source>Only deleted workloads</source>
        <translation>Vain poistetut työkuormat</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Tyhjennä suodattimet</translation>
    </message>
    <message>
        <source>Type: any</source>
        <translation>Tyyppi: mikä tahansa</translation>
    </message>
    <message numerus="yes">
        <source>Type (%n)</source>
        <translation>
            <numerusform>Tyyppi (%n)</numerusform>
            <numerusform>Tyyppi (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: any</source>
        <translation>Tila: mikä tahansa</translation>
    </message>
    <message numerus="yes">
        <source>Status (%n)</source>
        <translation>
            <numerusform>Tila (%n)</numerusform>
            <numerusform>Tila (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>name contains “%1”</source>
        <translation>nimi sisältää ”%1”</translation>
    </message>
    <message>
        <source>type is %1</source>
        <translation>tyyppi on %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> tai </translation>
    </message>
    <message>
        <source>status is %1</source>
        <translation>tila on %1</translation>
    </message>
    <message>
        <source>created by “%1”</source>
        <translation>luonut ”%1”</translation>
    </message>
    <message>
        <source>deleted workloads only</source>
        <translation>vain poistetut työkuormat</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Näytetään: %1</translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadMenuActions</name>
    <message>
        <source>Show &amp;details</source>
        <translation>Näytä &amp;tiedot</translation>
    </message>
    <message>
        <source>View &amp;logs</source>
        <translation>Näytä &amp;lokit</translation>
    </message>
    <message>
        <source>&amp;Open workspace</source>
        <translation>&amp;Avaa työtila</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Pysäytä</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Käynnistä</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>Kopioi &amp;tunnus</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Kopioi &amp;URL</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>P&amp;oista…</translation>
    </message>
    <message>
        <source>Select a workload first.</source>
        <translation>Valitse ensin työkuorma.</translation>
    </message>
    <message>
        <source>Select a single workload.</source>
        <translation>Valitse yksi työkuorma.</translation>
    </message>
    <message>
        <source>Only workspaces can be opened.</source>
        <translation>Vain työtiloja voi avata.</translation>
    </message>
    <message>
        <source>The workspace can be opened once it is running (it is %1).</source>
        <translation>Työtilan voi avata, kun se on käynnissä (sen tila on %1).</translation>
    </message>
    <message>
        <source>The server gives no address for this workspace.</source>
        <translation>Palvelin ei anna tälle työtilalle osoitetta.</translation>
    </message>
    <message>
        <source>This workload has no URL.</source>
        <translation>Tällä työkuormalla ei ole URL:ia.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Yhdistä</translation>
    </message>
    <message>
        <source>This workload offers no connections.</source>
        <translation>Tämä työkuorma ei tarjoa yhteyksiä.</translation>
    </message>
    <message>
        <source>Delete workloads</source>
        <translation>Poista työkuormat</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Poistetaanko ”%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n workloads?</source>
        <translation>
            <numerusform>Poistetaanko %n työkuorma?</numerusform>
            <numerusform>Poistetaanko %n työkuormaa?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ja %n muu</numerusform>
            <numerusform>… ja %n muuta</numerusform>
        </translation>
    </message>
    <message>
        <source>Their pods and services are removed from the cluster. This cannot be undone.</source>
        <translation>Niiden podit ja palvelut poistetaan klusterista. Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Workloads…</source>
        <translation>
            <numerusform>P&amp;oista %n työkuorma…</numerusform>
            <numerusform>P&amp;oista %n työkuormaa…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Stop %n Workloads</source>
        <translation>
            <numerusform>&amp;Pysäytä %n työkuorma</numerusform>
            <numerusform>&amp;Pysäytä %n työkuormaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Run %n Workloads</source>
        <translation>
            <numerusform>&amp;Käynnistä %n työkuorma</numerusform>
            <numerusform>&amp;Käynnistä %n työkuormaa</numerusform>
        </translation>
    </message>
    <message>
        <source>The addresses come with the whole list, on its way.</source>
        <translation>Osoitteet tulevat koko luettelon mukana; se on tulossa.</translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadTableView</name>
    <message>
        <source>Workloads</source>
        <translation>Työkuormat</translation>
    </message>
    <message>
        <source>The workloads of the current project. Enter shows details; the menu key or the Actions column offers actions.</source>
        <translation>Nykyisen projektin työkuormat. Enter näyttää tiedot; valikkonäppäin tai Toiminnot-sarake tarjoaa toimintoja.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Palauta sarakkeet</translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadsPanel</name>
    <message>
        <source>“%1” is already being deleted.</source>
        <translation>”%1” poistetaan jo.</translation>
    </message>
    <message>
        <source>Could not %1 “%2”: %3</source>
        <translation>Toimintoa %1 ei voitu tehdä kohteelle ”%2”: %3</translation>
    </message>
    <message>
        <source>Showing the workloads from the last successful refresh.</source>
        <translation>Näytetään viimeisimmän onnistuneen päivityksen työkuormat.</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Yritetään uudelleen %n sekunnin kuluttua.</numerusform>
            <numerusform>Yritetään uudelleen %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading workloads…</source>
        <translation>Ladataan työkuormia…</translation>
    </message>
    <message>
        <source>Pick a project to see its workloads.</source>
        <translation>Valitse projekti nähdäksesi sen työkuormat.</translation>
    </message>
    <message>
        <source>No workloads in this project.</source>
        <translation>Tässä projektissa ei ole työkuormia.</translation>
    </message>
    <message>
        <source>No active workloads. Deleted ones are in the Deleted view.</source>
        <translation>Ei aktiivisia työkuormia. Poistetut ovat Poistetut-näkymässä.</translation>
    </message>
    <message>
        <source>No workloads match these filters.</source>
        <translation>Mikään työkuorma ei vastaa näitä suodattimia.</translation>
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
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
    </message>
</context>
<context>
    <name>WorkloadField</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekti</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Klusteri</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU:t</translation>
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
        <translation>Muisti</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Luonut</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Podit</translation>
    </message>
    <message>
        <source>Preemptible</source>
        <translation>Syrjäytettävä</translation>
    </message>
    <message>
        <source>Node pools</source>
        <translation>Solmuvarannot</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Yhteydet</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Toiminnot</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>WorkloadStatus</name>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lisätty</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Luodaan</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>Alustetaan</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Heikentynyt</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Pysäytetään</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Pysäytetty</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Jatketaan</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Päivitetään</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Epäonnistui</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Poistetaan</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>Poisto epäonnistui</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Lopetetaan</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Lopetettu</translation>
    </message>
    <message>
        <source>The server does not know, or reported a status this version of Workdeck does not know.</source>
        <translation>Palvelin ei tiedä, tai se ilmoitti tilan, jota tämä Workdeckin versio ei tunne.</translation>
    </message>
    <message>
        <source>Registered, not yet submitted to the cluster.</source>
        <translation>Rekisteröity, ei vielä lähetetty klusterille.</translation>
    </message>
    <message>
        <source>Set-up has started; resources and pods are being provisioned.</source>
        <translation>Käyttöönotto on alkanut; resursseja ja podeja valmistellaan.</translation>
    </message>
    <message>
        <source>Queued, waiting for resources to be allocated.</source>
        <translation>Jonossa odottamassa resurssien varaamista.</translation>
    </message>
    <message>
        <source>Scheduled; pulling images and starting containers.</source>
        <translation>Ajoitettu; levykuvia haetaan ja säiliöitä käynnistetään.</translation>
    </message>
    <message>
        <source>All pods are running.</source>
        <translation>Kaikki podit ovat käynnissä.</translation>
    </message>
    <message>
        <source>Running, but not as specified: some pods are not ready or a volume is detached.</source>
        <translation>Käynnissä, mutta ei määritetyllä tavalla: jotkin podit eivät ole valmiina tai taltio on irrotettu.</translation>
    </message>
    <message>
        <source>Being stopped; its pods are being removed.</source>
        <translation>Pysäytetään; sen podeja poistetaan.</translation>
    </message>
    <message>
        <source>On hold: stopped without being deleted. It can be run again.</source>
        <translation>Pidossa: pysäytetty poistamatta. Sen voi käynnistää uudelleen.</translation>
    </message>
    <message>
        <source>Being started again after a stop.</source>
        <translation>Käynnistetään uudelleen pysäytyksen jälkeen.</translation>
    </message>
    <message>
        <source>Its specification is being changed.</source>
        <translation>Sen määrityksiä muutetaan.</translation>
    </message>
    <message>
        <source>Finished successfully.</source>
        <translation>Valmistui onnistuneesti.</translation>
    </message>
    <message>
        <source>Ended with an error: a container crashed or could not start.</source>
        <translation>Päättyi virheeseen: säiliö kaatui tai ei voinut käynnistyä.</translation>
    </message>
    <message>
        <source>Deletion was requested; its resources are being removed.</source>
        <translation>Poistoa on pyydetty; sen resursseja poistetaan.</translation>
    </message>
    <message>
        <source>Deleted from the cluster. Its logs may still be available.</source>
        <translation>Poistettu klusterista. Sen lokit voivat olla vielä saatavilla.</translation>
    </message>
    <message>
        <source>Deletion was requested but did not succeed.</source>
        <translation>Poistoa pyydettiin, mutta se ei onnistunut.</translation>
    </message>
    <message>
        <source>Its pods are shutting down.</source>
        <translation>Sen podeja sammutetaan.</translation>
    </message>
    <message>
        <source>All its components ended or were removed.</source>
        <translation>Kaikki sen komponentit päättyivät tai poistettiin.</translation>
    </message>
</context>
<context>
    <name>WorkloadType</name>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
    <message>
        <source>Model download</source>
        <translation>Mallin lataus</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>Päättely</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>Hienosäätö</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Työtila</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Distributed training</source>
        <translation>Hajautettu koulutus</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Mukautettu</translation>
    </message>
</context>
</TS>
