<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Workdeck</source>
        <translation>About Workdeck</translation>
    </message>
    <message>
        <source>Workdeck logo</source>
        <translation>Workdeck logo</translation>
    </message>
    <message>
        <source>Manage AI workloads on GPU clusters from the desktop: the AMD AI Workbench API, live logs, GPU charts and notifications.</source>
        <translation>Manage AI workloads on GPU clusters from the desktop: the AMD AI Workbench API, live logs, GPU charts and notifications.</translation>
    </message>
</context>
<context>
    <name>AirmParserText</name>
    <message>
        <source>The AIRM answer has no “%1” list.</source>
        <translation>The AIRM answer has no “%1” list.</translation>
    </message>
    <message>
        <source>The AIRM answer is not a workload (it has no id).</source>
        <translation>The AIRM answer is not a workload (it has no id).</translation>
    </message>
    <message>
        <source>The AIRM answer is not a workload&apos;s metrics card.</source>
        <translation>The AIRM answer is not a workload&apos;s metrics card.</translation>
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
        <translation>AMD AI Workbench cannot stop or run workloads.</translation>
    </message>
</context>
<context>
    <name>AiwbParser</name>
    <message>
        <source>External</source>
        <translation>External</translation>
    </message>
    <message>
        <source>Cluster-internal</source>
        <translation>Cluster-internal</translation>
    </message>
    <message>
        <source>The workload in the answer has no id.</source>
        <translation>The workload in the answer has no id.</translation>
    </message>
    <message>
        <source>The answer has no “data” list.</source>
        <translation>The answer has no “data” list.</translation>
    </message>
    <message>
        <source>The metric “%1” has an unreadable “data” field.</source>
        <translation>The metric “%1” has an unreadable “data” field.</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>Number of simulated workloads for --demo.</source>
        <translation>Number of simulated workloads for --demo.</translation>
    </message>
    <message>
        <source>Seed of the simulated cluster for --demo.</source>
        <translation>Seed of the simulated cluster for --demo.</translation>
    </message>
    <message>
        <source>How much faster than real time the sandbox&apos;s workloads live (e.g. 60: a minute a second), to watch statuses change.</source>
        <translation>How much faster than real time the sandbox&apos;s workloads live (e.g. 60: a minute a second), to watch statuses change.</translation>
    </message>
    <message>
        <source>Project (namespace) to open or export.</source>
        <translation>Project (namespace) to open or export.</translation>
    </message>
    <message>
        <source>Write the project&apos;s workloads as CSV to FILE (&quot;-&quot; for standard output) and exit, without a window: every status but Deleted, the default columns.</source>
        <translation>Write the project&apos;s workloads as CSV to FILE (&quot;-&quot; for standard output) and exit, without a window: every status but Deleted, the default columns.</translation>
    </message>
    <message>
        <source>Print the log of the workload with this id (ISO timestamp, level, message; one line per entry) and exit, without a window.</source>
        <translation>Print the log of the workload with this id (ISO timestamp, level, message; one line per entry) and exit, without a window.</translation>
    </message>
    <message>
        <source>With --logs: keep printing new lines as they come, reconnecting by itself, until interrupted.</source>
        <translation>With --logs: keep printing new lines as they come, reconnecting by itself, until interrupted.</translation>
    </message>
    <message>
        <source>With --logs: only lines at this level or above: trace, debug, info, warning, error, critical.</source>
        <translation>With --logs: only lines at this level or above: trace, debug, info, warning, error, critical.</translation>
    </message>
    <message>
        <source>Quit after this many milliseconds.</source>
        <translation>Quit after this many milliseconds.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE just before quitting (with --quit-after).</source>
        <translation>Save a picture of the window to FILE just before quitting (with --quit-after).</translation>
    </message>
    <message>
        <source>Print the time from process start to the first painted table with rows, and the resident memory then; then quit.</source>
        <translation>Print the time from process start to the first painted table with rows, and the resident memory then; then quit.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>--workloads needs a number between 0 and 1000000.</source>
        <translation>--workloads needs a number between 0 and 1000000.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed needs a whole number.</translation>
    </message>
    <message>
        <source>--demo-speed needs a number between 0.01 and 100000.</source>
        <translation>--demo-speed needs a number between 0.01 and 100000.</translation>
    </message>
    <message>
        <source>Use either --demo or --server, not both.</source>
        <translation>Use either --demo or --server, not both.</translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds.</source>
        <translation>--quit-after needs a number of milliseconds.</translation>
    </message>
    <message>
        <source>Use either --export-csv or --logs, not both.</source>
        <translation>Use either --export-csv or --logs, not both.</translation>
    </message>
    <message>
        <source>--follow and --level go with --logs.</source>
        <translation>--follow and --level go with --logs.</translation>
    </message>
    <message>
        <source>--level must be one of %1.</source>
        <translation>--level must be one of %1.</translation>
    </message>
    <message>
        <source>--logs needs a workload id.</source>
        <translation>--logs needs a workload id.</translation>
    </message>
    <message>
        <source>--logs needs --server URL (or --demo).</source>
        <translation>--logs needs --server URL (or --demo).</translation>
    </message>
    <message>
        <source>--logs needs --project NAME.</source>
        <translation>--logs needs --project NAME.</translation>
    </message>
    <message>
        <source>--export-csv needs a file name (or &quot;-&quot;).</source>
        <translation>--export-csv needs a file name (or &quot;-&quot;).</translation>
    </message>
    <message>
        <source>--export-csv needs --server URL (or --demo).</source>
        <translation>--export-csv needs --server URL (or --demo).</translation>
    </message>
    <message>
        <source>--export-csv needs --project NAME.</source>
        <translation>--export-csv needs --project NAME.</translation>
    </message>
    <message>
        <source>Run:ai: URL of the cluster&apos;s Kubernetes API server, for pod logs (the same token is sent); without it the Logs tab says why there are no logs.</source>
        <translation>Run:ai: URL of the cluster&apos;s Kubernetes API server, for pod logs (the same token is sent); without it the Logs tab says why there are no logs.</translation>
    </message>
    <message>
        <source>Connect with the saved connection profile NAME (its sign-in comes from the keychain, or WORKDECK_TOKEN).</source>
        <translation>Connect with the saved connection profile NAME (its sign-in comes from the keychain, or WORKDECK_TOKEN).</translation>
    </message>
    <message>
        <source>--kube-server goes with --backend runai (the Run:ai sandbox has its own).</source>
        <translation>--kube-server goes with --backend runai (the Run:ai sandbox has its own).</translation>
    </message>
    <message>
        <source>Use --profile alone, without --demo or --server.</source>
        <translation>Use --profile alone, without --demo or --server.</translation>
    </message>
    <message>
        <source>Start the sandbox cluster in this process and connect to it (--demo=aiwb, --demo=airm, --demo=amd for AIWB with AIRM, or --demo=runai picks the API it speaks).</source>
        <translation>Start the sandbox cluster in this process and connect to it (--demo=aiwb, --demo=airm, --demo=amd for AIWB with AIRM, or --demo=runai picks the API it speaks).</translation>
    </message>
    <message>
        <source>The API the sandbox speaks: aiwb, airm, amd, runai.</source>
        <translation>The API the sandbox speaks: aiwb, airm, amd, runai.</translation>
    </message>
    <message>
        <source>Kind of server for --server: aiwb (default), airm, runai.</source>
        <translation>Kind of server for --server: aiwb (default), airm, runai.</translation>
    </message>
    <message>
        <source>AMD AI Workbench: URL of its AIRM API, e.g. https://airmapi.example.com; adds clusters, components and per-GPU charts to the AIWB view.</source>
        <translation>AMD AI Workbench: URL of its AIRM API, e.g. https://airmapi.example.com; adds clusters, components and per-GPU charts to the AIWB view.</translation>
    </message>
    <message>
        <source>Unknown sandbox API “%1”: the sandbox speaks aiwb, airm, amd (AIWB with AIRM) and runai.</source>
        <translation>Unknown sandbox API “%1”: the sandbox speaks aiwb, airm, amd (AIWB with AIRM) and runai.</translation>
    </message>
    <message>
        <source>Unknown backend “%1”: use aiwb, airm or runai.</source>
        <translation>Unknown backend “%1”: use aiwb, airm or runai.</translation>
    </message>
    <message>
        <source>--airm-server goes with an AMD AI Workbench --server (--demo=amd shows both from the sandbox).</source>
        <translation>--airm-server goes with an AMD AI Workbench --server (--demo=amd shows both from the sandbox).</translation>
    </message>
    <message>
        <source>--%1 needs an http or https URL, not “%2”.</source>
        <translation>--%1 needs an http or https URL, not “%2”.</translation>
    </message>
    <message>
        <source>Workdeck: manage AI workloads on GPU clusters (AMD AI Workbench, AIRM, Run:ai).

Without options it opens the window on the last connection; the first start asks for a cluster or offers the built-in sandbox.
Headless use: --server URL --project NAME --export-csv FILE, with the bearer token in the environment variable WORKDECK_TOKEN.</source>
        <translation>Workdeck: manage AI workloads on GPU clusters (AMD AI Workbench, AIRM, Run:ai).

Without options it opens the window on the last connection; the first start asks for a cluster or offers the built-in sandbox.
Headless use: --server URL --project NAME --export-csv FILE, with the bearer token in the environment variable WORKDECK_TOKEN.</translation>
    </message>
    <message>
        <source>Base URL of the server&apos;s API (--backend says which), e.g. https://aiwbapi.example.com.</source>
        <translation>Base URL of the server&apos;s API (--backend says which), e.g. https://aiwbapi.example.com.</translation>
    </message>
    <message>
        <source>After the first painted table, open the log of the longest-running workload, load it back to LINES lines, print the resident memory then; then quit.</source>
        <translation>After the first painted table, open the log of the longest-running workload, load it back to LINES lines, print the resident memory then; then quit.</translation>
    </message>
    <message>
        <source>--measure-memory needs a number of log lines.</source>
        <translation>--measure-memory needs a number of log lines.</translation>
    </message>
    <message>
        <source>After the first painted table, close the window to the tray, print the CPU time used over the next SECONDS seconds; then quit.</source>
        <translation>After the first painted table, close the window to the tray, print the CPU time used over the next SECONDS seconds; then quit.</translation>
    </message>
    <message>
        <source>--measure-idle needs a number of seconds.</source>
        <translation>--measure-idle needs a number of seconds.</translation>
    </message>
    <message>
        <source>Use either --measure-memory or --measure-idle, not both.</source>
        <translation>Use either --measure-memory or --measure-idle, not both.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileText</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>The profile needs a name.</translation>
    </message>
    <message>
        <source>The server address must be an http or https URL.</source>
        <translation>The server address must be an http or https URL.</translation>
    </message>
    <message>
        <source>The AIRM address must be an http or https URL.</source>
        <translation>The AIRM address must be an http or https URL.</translation>
    </message>
    <message>
        <source>The sign-in issuer must be an http or https URL.</source>
        <translation>The sign-in issuer must be an http or https URL.</translation>
    </message>
    <message>
        <source>A sign-in issuer needs a client id.</source>
        <translation>A sign-in issuer needs a client id.</translation>
    </message>
    <message>
        <source>Run:ai needs the access key&apos;s client id.</source>
        <translation>Run:ai needs the access key&apos;s client id.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>The CA file %1 cannot be read.</translation>
    </message>
    <message>
        <source>Plain http to a remote host sends your token unencrypted; use https or allow it explicitly.</source>
        <translation>Plain http to a remote host sends your token unencrypted; use https or allow it explicitly.</translation>
    </message>
    <message>
        <source>The Kubernetes API address must be an http or https URL.</source>
        <translation>The Kubernetes API address must be an http or https URL.</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>The server sent invalid JSON (%1 at byte %2 of %3).</source>
        <translation>The server sent invalid JSON (%1 at byte %2 of %3).</translation>
    </message>
    <message>
        <source>The server sent JSON that is not an object.</source>
        <translation>The server sent JSON that is not an object.</translation>
    </message>
    <message>
        <source>The server sent JSON that could not be read (%1).</source>
        <translation>The server sent JSON that could not be read (%1).</translation>
    </message>
</context>
<context>
    <name>KeychainTokenStoreText</name>
    <message>
        <source>the system keychain did not answer in time (is it locked?)</source>
        <translation>the system keychain did not answer in time (is it locked?)</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>the system keychain</translation>
    </message>
    <message>
        <source>the system keychain returned something else than was stored</source>
        <translation>the system keychain returned something else than was stored</translation>
    </message>
</context>
<context>
    <name>MetricsWidget</name>
    <message>
        <source>Time to first token</source>
        <translation>Time to first token</translation>
    </message>
    <message>
        <source>Between tokens</source>
        <translation>Between tokens</translation>
    </message>
    <message>
        <source>End to end</source>
        <translation>End to end</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
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
        <translation>project “%1” not found on %2; projects you can use: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The provider&apos;s discovery document is not JSON.</source>
        <translation>The provider&apos;s discovery document is not JSON.</translation>
    </message>
    <message>
        <source>The provider calls itself “%1”, not “%2”.</source>
        <translation>The provider calls itself “%1”, not “%2”.</translation>
    </message>
    <message>
        <source>The provider&apos;s discovery document names no token endpoint.</source>
        <translation>The provider&apos;s discovery document names no token endpoint.</translation>
    </message>
</context>
<context>
    <name>RunAiParser</name>
    <message>
        <source>The Run:ai answer has no “%1” list.</source>
        <translation>The Run:ai answer has no “%1” list.</translation>
    </message>
    <message>
        <source>The Run:ai answer has no workload count.</source>
        <translation>The Run:ai answer has no workload count.</translation>
    </message>
    <message>
        <source>The Run:ai answer is not a workload (it has no id).</source>
        <translation>The Run:ai answer is not a workload (it has no id).</translation>
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
        <translation>The server refused (code %1).</translation>
    </message>
</context>
<context>
    <name>StatusChange</name>
    <message>
        <source>%1 is running</source>
        <translation>%1 is running</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads are running</source>
        <translation>
            <numerusform>%n workloads are running</numerusform>
            <numerusform>%n workloads are running</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 completed</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads completed</source>
        <translation>
            <numerusform>%n workloads completed</numerusform>
            <numerusform>%n workloads completed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads failed</source>
        <translation>
            <numerusform>%n workloads failed</numerusform>
            <numerusform>%n workloads failed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is degraded</source>
        <translation>%1 is degraded</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads are degraded</source>
        <translation>
            <numerusform>%n workloads are degraded</numerusform>
            <numerusform>%n workloads are degraded</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was deleted</source>
        <translation>%1 was deleted</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads were deleted</source>
        <translation>
            <numerusform>%n workloads were deleted</numerusform>
            <numerusform>%n workloads were deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1 failed</source>
        <translation>Deleting %1 failed</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n workloads failed</source>
        <translation>
            <numerusform>Deleting %n workloads failed</numerusform>
            <numerusform>Deleting %n workloads failed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 stopped</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads stopped</source>
        <translation>
            <numerusform>%n workloads stopped</numerusform>
            <numerusform>%n workloads stopped</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 is now %2</translation>
    </message>
    <message numerus="yes">
        <source>%n workloads are now %2</source>
        <translation>
            <numerusform>%n workloads are now %2</numerusform>
            <numerusform>%n workloads are now %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>in the future</source>
        <translation>in the future</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
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
        <translation>Licence: GNU General Public License, version 3 or later.&lt;br&gt;Built with Qt %1, running on Qt %2.&lt;br&gt;&lt;a href=&quot;https://github.com/workdeck/workdeck&quot;&gt;Source code and issues&lt;/a&gt;</translation>
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
        <translation>GPU memory (VRAM) used</translation>
    </message>
    <message>
        <source>GPU junction temperature</source>
        <translation>GPU junction temperature</translation>
    </message>
    <message>
        <source>GPU power</source>
        <translation>GPU power</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>CPU utilization</source>
        <translation>CPU utilization</translation>
    </message>
    <message>
        <source>AMD AI Resource Manager has no CPU metrics for workloads.</source>
        <translation>AMD AI Resource Manager has no CPU metrics for workloads.</translation>
    </message>
    <message>
        <source>Nodes in use</source>
        <translation>Nodes in use</translation>
    </message>
    <message>
        <source>GPUs in use</source>
        <translation>GPUs in use</translation>
    </message>
    <message>
        <source>Time in queue</source>
        <translation>Time in queue</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Time running</source>
        <translation>Time running</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>AMD AI Resource Manager has no log API: logs come from AMD AI Workbench. Add the Workbench&apos;s address to this connection to see them.</source>
        <translation>AMD AI Resource Manager has no log API: logs come from AMD AI Workbench. Add the Workbench&apos;s address to this connection to see them.</translation>
    </message>
    <message>
        <source>AMD AI Resource Manager cannot stop or run workloads.</source>
        <translation>AMD AI Resource Manager cannot stop or run workloads.</translation>
    </message>
    <message>
        <source>AMD AI Resource Manager has no metric “%1”.</source>
        <translation>AMD AI Resource Manager has no metric “%1”.</translation>
    </message>
    <message>
        <source>unhealthy: no heartbeat for 5 minutes</source>
        <translation>unhealthy: no heartbeat for 5 minutes</translation>
    </message>
    <message>
        <source>verifying: no heartbeat yet</source>
        <translation>verifying: no heartbeat yet</translation>
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
        <translation>GPU utilization</translation>
    </message>
    <message>
        <source>AMD AI Workbench reports how many GPUs a workload uses, not how busy each one is: see “GPUs in use”.</source>
        <translation>AMD AI Workbench reports how many GPUs a workload uses, not how busy each one is: see “GPUs in use”.</translation>
    </message>
    <message>
        <source>GPUs in use</source>
        <translation>GPUs in use</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>GPU memory used</source>
        <translation>GPU memory used</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>CPU utilization</source>
        <translation>CPU utilization</translation>
    </message>
    <message>
        <source>AMD AI Workbench has no CPU metrics for workloads.</source>
        <translation>AMD AI Workbench has no CPU metrics for workloads.</translation>
    </message>
    <message>
        <source>CPU memory</source>
        <translation>CPU memory</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>requests</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Requests served</source>
        <translation>Requests served</translation>
    </message>
    <message>
        <source>Average load</source>
        <translation>Average load</translation>
    </message>
    <message>
        <source>Peak load</source>
        <translation>Peak load</translation>
    </message>
    <message>
        <source>KV cache used</source>
        <translation>KV cache used</translation>
    </message>
    <message>
        <source>Tokens generated</source>
        <translation>Tokens generated</translation>
    </message>
</context>
<context>
    <name>Workdeck::AmdBackend</name>
    <message>
        <source>AMD AI Workbench with AIRM</source>
        <translation>AMD AI Workbench with AIRM</translation>
    </message>
</context>
<context>
    <name>Workdeck::ApiClient</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>The server address is not a valid URL.</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused: your token would travel unencrypted. Use https, or allow plain http in the connection profile.</source>
        <translation>Plain http to %1 is refused: your token would travel unencrypted. Use https, or allow plain http in the connection profile.</translation>
    </message>
    <message>
        <source>Unsupported URL scheme “%1”.</source>
        <translation>Unsupported URL scheme “%1”.</translation>
    </message>
    <message>
        <source>The server redirected to another host (%1); the request was refused so that your token is not sent there.</source>
        <translation>The server redirected to another host (%1); the request was refused so that your token is not sent there.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 and was not read.</source>
        <translation>The answer is larger than %1 and was not read.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>The certificate of %1 is not trusted: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
</context>
<context>
    <name>Workdeck::Application</name>
    <message>
        <source>Try “workdeck --help”.</source>
        <translation>Try “workdeck --help”.</translation>
    </message>
    <message>
        <source>could not start the sandbox cluster: %1</source>
        <translation>could not start the sandbox cluster: %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>no access token: set the environment variable WORKDECK_TOKEN to a bearer token for %1.</source>
        <translation>no access token: set the environment variable WORKDECK_TOKEN to a bearer token for %1.</translation>
    </message>
    <message>
        <source>there is no connection profile called “%1”.</source>
        <translation>there is no connection profile called “%1”.</translation>
    </message>
    <message>
        <source>the profile “%1” cannot be used: %2</source>
        <translation>the profile “%1” cannot be used: %2</translation>
    </message>
    <message>
        <source>no access key: set WORKDECK_CLIENT_SECRET (and WORKDECK_CLIENT_ID) for %1.</source>
        <translation>no access key: set WORKDECK_CLIENT_SECRET (and WORKDECK_CLIENT_ID) for %1.</translation>
    </message>
    <message>
        <source>no access token: set WORKDECK_TOKEN, or open the window to sign in to %1.</source>
        <translation>no access token: set WORKDECK_TOKEN, or open the window to sign in to %1.</translation>
    </message>
    <message>
        <source>memory (sandbox)</source>
        <translation>memory (sandbox)</translation>
    </message>
    <message>
        <source>No usable keychain (%1): your sign-in is kept in memory until Workdeck quits.</source>
        <translation>No usable keychain (%1): your sign-in is kept in memory until Workdeck quits.</translation>
    </message>
    <message>
        <source>Enter the access key to sign in.</source>
        <translation>Enter the access key to sign in.</translation>
    </message>
    <message>
        <source>The secret could not be stored: %1</source>
        <translation>The secret could not be stored: %1</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>&amp;Manage Connections…</translation>
    </message>
    <message>
        <source>&amp;New Connection…</source>
        <translation>&amp;New Connection…</translation>
    </message>
    <message>
        <source>Connect To</source>
        <translation>Connect To</translation>
    </message>
    <message>
        <source>Sandbox (on this computer)</source>
        <translation>Sandbox (on this computer)</translation>
    </message>
    <message>
        <source>A simulated cluster with sample workloads</source>
        <translation>A simulated cluster with sample workloads</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>Sign &amp;In…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Sign &amp;Out</translation>
    </message>
    <message>
        <source>Cannot Connect</source>
        <translation>Cannot Connect</translation>
    </message>
</context>
<context>
    <name>Workdeck::ConnectionSecurity</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Cannot read the CA file %1: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate (PEM or DER expected).</source>
        <translation>The CA file %1 holds no certificate (PEM or DER expected).</translation>
    </message>
</context>
<context>
    <name>Workdeck::ConnectionsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to remote hosts</source>
        <translation>Allow plain &amp;http to remote hosts</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Connection profiles</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>Kind of cluster</source>
        <translation>Kind of cluster</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>AIRM address</source>
        <translation>AIRM address</translation>
    </message>
    <message>
        <source>Sign-in issuer</source>
        <translation>Sign-in issuer</translation>
    </message>
    <message>
        <source>Sign-in client id</source>
        <translation>Sign-in client id</translation>
    </message>
    <message>
        <source>Access key client id</source>
        <translation>Access key client id</translation>
    </message>
    <message>
        <source>Access key secret</source>
        <translation>Access key secret</translation>
    </message>
    <message>
        <source>Kubernetes API address</source>
        <translation>Kubernetes API address</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <source>Allow plain http to remote hosts</source>
        <translation>Allow plain http to remote hosts</translation>
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
        <translation>optional, e.g. https://airmapi.example.com</translation>
    </message>
    <message>
        <source>e.g. https://kc.example.com/realms/airm; empty: paste a token</source>
        <translation>e.g. https://kc.example.com/realms/airm; empty: paste a token</translation>
    </message>
    <message>
        <source>as registered at the issuer, e.g. workdeck</source>
        <translation>as registered at the issuer, e.g. workdeck</translation>
    </message>
    <message>
        <source>optional, for pod logs, e.g. https://k8s.example.com:6443</source>
        <translation>optional, for pod logs, e.g. https://k8s.example.com:6443</translation>
    </message>
    <message>
        <source>optional; the system&apos;s certificates otherwise</source>
        <translation>optional; the system&apos;s certificates otherwise</translation>
    </message>
    <message>
        <source>⚠ Plain http sends your sign-in and every answer unencrypted: anyone on the network can read and reuse your token. Only for test clusters on a trusted network.</source>
        <translation>⚠ Plain http sends your sign-in and every answer unencrypted: anyone on the network can read and reuse your token. Only for test clusters on a trusted network.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Choose a CA certificate file</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA Certificates</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
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
        <translation>Sign-in &amp;issuer:</translation>
    </message>
    <message>
        <source>Client i&amp;d:</source>
        <translation>Client i&amp;d:</translation>
    </message>
    <message>
        <source>Access key &amp;id:</source>
        <translation>Access key &amp;id:</translation>
    </message>
    <message>
        <source>Access key s&amp;ecret:</source>
        <translation>Access key s&amp;ecret:</translation>
    </message>
    <message>
        <source>K&amp;ubernetes API:</source>
        <translation>K&amp;ubernetes API:</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>&amp;CA certificates:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnect</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (current)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>New connection</translation>
    </message>
    <message>
        <source>stored; type to replace it</source>
        <translation>stored; type to replace it</translation>
    </message>
    <message>
        <source>asked for when connecting</source>
        <translation>asked for when connecting</translation>
    </message>
    <message>
        <source>The access key&apos;s secret is asked for when you connect.</source>
        <translation>The access key&apos;s secret is asked for when you connect.</translation>
    </message>
    <message>
        <source>The secret is kept in %1, never in the settings.</source>
        <translation>The secret is kept in %1, never in the settings.</translation>
    </message>
    <message>
        <source>No keychain is usable: the secret is kept in memory until Workdeck quits.</source>
        <translation>No keychain is usable: the secret is kept in memory until Workdeck quits.</translation>
    </message>
    <message>
        <source>There is already a profile called “%1”.</source>
        <translation>There is already a profile called “%1”.</translation>
    </message>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>The server address is not a valid URL.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Saved “%1”.</translation>
    </message>
    <message>
        <source>Saved “%1”; the secret is in %2.</source>
        <translation>Saved “%1”; the secret is in %2.</translation>
    </message>
    <message>
        <source>Saved “%1”, but the secret could not be stored (%2); you will be asked for it when connecting.</source>
        <translation>Saved “%1”, but the secret could not be stored (%2); you will be asked for it when connecting.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>The profile “%1” has changes that are not saved.</source>
        <translation>The profile “%1” has changes that are not saved.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Remove Connection</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its stored sign-in and secrets are deleted from %2 too.</source>
        <translation>Remove the connection “%1”? Its stored sign-in and secrets are deleted from %2 too.</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>the keychain</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>A stored secret could not be deleted: %1</source>
        <translation>A stored secret could not be deleted: %1</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Removed “%1”.</translation>
    </message>
</context>
<context>
    <name>Workdeck::CsvExportCommand</name>
    <message>
        <source>could not list the projects: %1</source>
        <translation>could not list the projects: %1</translation>
    </message>
    <message>
        <source>could not list the workloads of “%1”</source>
        <translation>could not list the workloads of “%1”</translation>
    </message>
    <message>
        <source>could not write to standard output</source>
        <translation>could not write to standard output</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>Workdeck::DesktopIntegration</name>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Recent changes</translation>
    </message>
    <message>
        <source>Open Workdeck</source>
        <translation>Open Workdeck</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Workdeck cannot check your workloads</source>
        <translation>Workdeck cannot check your workloads</translation>
    </message>
    <message>
        <source>no workloads</source>
        <translation>no workloads</translation>
    </message>
    <message numerus="yes">
        <source>%n new failure(s)</source>
        <translation>
            <numerusform>%n new failure</numerusform>
            <numerusform>%n new failures</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Notifications paused until %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>When a workload is %1</source>
        <translation>When a workload is %1</translation>
    </message>
    <message>
        <source>Watch projects</source>
        <translation>Watch projects</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>Pause for 1 hour</translation>
    </message>
    <message>
        <source>Pause until tomorrow</source>
        <translation>Pause until tomorrow</translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation>Resume notifications</translation>
    </message>
    <message>
        <source>Workdeck is still running</source>
        <translation>Workdeck is still running</translation>
    </message>
    <message>
        <source>It keeps watching your workloads and tells you when they change. Quit it from this icon&apos;s menu.</source>
        <translation>It keeps watching your workloads and tells you when they change. Quit it from this icon&apos;s menu.</translation>
    </message>
</context>
<context>
    <name>Workdeck::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>Workdeck::EventsWidget</name>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filter events</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Warnings only</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Kind of event</translation>
    </message>
    <message>
        <source>This server does not report events.</source>
        <translation>This server does not report events.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workdeck::FirstRunDialog</name>
    <message>
        <source>Welcome to Workdeck</source>
        <translation>Welcome to Workdeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Workdeck&lt;/h3&gt;&lt;p&gt;Workdeck shows and manages the workloads of your GPU clusters: AMD AI Workbench and Run:ai.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Welcome to Workdeck&lt;/h3&gt;&lt;p&gt;Workdeck shows and manages the workloads of your GPU clusters: AMD AI Workbench and Run:ai.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to a Cluster</source>
        <translation>Connect to a Cluster</translation>
    </message>
    <message>
        <source>Enter the address of your AMD AI Workbench or Run:ai server, then sign in.</source>
        <translation>Enter the address of your AMD AI Workbench or Run:ai server, then sign in.</translation>
    </message>
    <message>
        <source>Try the Sandbox</source>
        <translation>Try the Sandbox</translation>
    </message>
    <message>
        <source>A simulated cluster on this computer with sample workloads, logs and metrics. Nothing leaves your machine.</source>
        <translation>A simulated cluster on this computer with sample workloads, logs and metrics. Nothing leaves your machine.</translation>
    </message>
    <message>
        <source>You can add, change and switch connections later in the Connection menu.</source>
        <translation>You can add, change and switch connections later in the Connection menu.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>Workdeck::LogTailService</name>
    <message>
        <source>the server went silent</source>
        <translation>the server went silent</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>the log has ended</source>
        <translation>the log has ended</translation>
    </message>
    <message>
        <source>the server reported: %1</source>
        <translation>the server reported: %1</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>the server closed the connection</translation>
    </message>
    <message>
        <source>Not streaming</source>
        <translation>Not streaming</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s: %1</source>
        <translation>
            <numerusform>Reconnecting in %n s: %1</numerusform>
            <numerusform>Reconnecting in %n s: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Ended: %1</translation>
    </message>
</context>
<context>
    <name>Workdeck::LogViewWidget</name>
    <message>
        <source>Regular expression</source>
        <translation>Regular expression</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Follow</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>Keep the newest line in view</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop adding new lines to the view for now</source>
        <translation>Stop adding new lines to the view for now</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Wrap</translation>
    </message>
    <message>
        <source>Wrap long lines (slower with very long logs)</source>
        <translation>Wrap long lines (slower with very long logs)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Show timestamps</source>
        <translation>Show timestamps</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Log lines</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug and above</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info and above</translation>
    </message>
    <message>
        <source>Warning and above</source>
        <translation>Warning and above</translation>
    </message>
    <message>
        <source>Error and above</source>
        <translation>Error and above</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Minimum level</translation>
    </message>
    <message>
        <source>Show lines at this level or above</source>
        <translation>Show lines at this level or above</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Search the log</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation>Save the log to a file</translation>
    </message>
    <message>
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation>Copy the selected lines (Ctrl+C)</translation>
    </message>
    <message>
        <source>Jump to end</source>
        <translation>Jump to end</translation>
    </message>
    <message>
        <source>Select a line to see it in full; JSON lines are shown formatted.</source>
        <translation>Select a line to see it in full; JSON lines are shown formatted.</translation>
    </message>
    <message>
        <source>Selected line</source>
        <translation>Selected line</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Invalid expression</source>
        <translation>Invalid expression</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a workload to see its log.</source>
        <translation>Select a workload to see its log.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 oldest dropped (limit %2)</source>
        <translation>%1 oldest dropped (limit %2)</translation>
    </message>
    <message numerus="yes">
        <source>paused, %n new line(s) held</source>
        <translation>
            <numerusform>paused, %n new line held</numerusform>
            <numerusform>paused, %n new lines held</numerusform>
        </translation>
    </message>
    <message>
        <source>loading older lines…</source>
        <translation>loading older lines…</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Save Log</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Log source</source>
        <translation>Log source</translation>
    </message>
    <message>
        <source>Which pod and container the log comes from</source>
        <translation>Which pod and container the log comes from</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>Copy the selected lines</translation>
    </message>
    <message>
        <source>This server does not offer logs.</source>
        <translation>This server does not offer logs.</translation>
    </message>
    <message>
        <source>All pods</source>
        <translation>All pods</translation>
    </message>
    <message>
        <source>%1 (previous container)</source>
        <translation>%1 (previous container)</translation>
    </message>
</context>
<context>
    <name>Workdeck::LogsCommand</name>
    <message>
        <source>%1 does not offer workload logs.</source>
        <translation>%1 does not offer workload logs.</translation>
    </message>
    <message>
        <source>could not read workload %1: %2</source>
        <translation>could not read workload %1: %2</translation>
    </message>
    <message>
        <source>could not read the log: %1</source>
        <translation>could not read the log: %1</translation>
    </message>
</context>
<context>
    <name>Workdeck::LoopbackRedirectListener</name>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Workdeck has received the sign-in. You can close this tab.</source>
        <translation>Workdeck has received the sign-in. You can close this tab.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the sign-in redirect: %1</source>
        <translation>Cannot listen on 127.0.0.1 for the sign-in redirect: %1</translation>
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
        <translation>Project</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Loading projects…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>Every %1 s</translation>
    </message>
    <message numerus="yes">
        <source>Every %n min</source>
        <translation>
            <numerusform>Every %n min</numerusform>
            <numerusform>Every %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation>Automatic refresh</translation>
    </message>
    <message>
        <source>How often the workloads refresh by themselves</source>
        <translation>How often the workloads refresh by themselves</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Refresh the workloads (F5)</source>
        <translation>Refresh the workloads (F5)</translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation>&amp;Export Table as CSV…</translation>
    </message>
    <message>
        <source>Save the table as shown (visible columns, current filters, all pages)</source>
        <translation>Save the table as shown (visible columns, current filters, all pages)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Filter Workloads</source>
        <translation>&amp;Filter Workloads</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <source>&amp;Workload</source>
        <translation>&amp;Workload</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Workdeck</source>
        <translation>&amp;About Workdeck</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>No projects</source>
        <translation>No projects</translation>
    </message>
    <message>
        <source>You are not a member of any project on %1.</source>
        <translation>You are not a member of any project on %1.</translation>
    </message>
    <message>
        <source>The project “%1” was not found on this server; showing “%2” instead.</source>
        <translation>The project “%1” was not found on this server; showing “%2” instead.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s)</source>
        <translation>
            <numerusform>%n workload</numerusform>
            <numerusform>%n workloads</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>cached list from %1</source>
        <translation>cached list from %1</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>updated just now</translation>
    </message>
    <message numerus="yes">
        <source>updated %n s ago</source>
        <translation>
            <numerusform>updated %n s ago</numerusform>
            <numerusform>updated %n s ago</numerusform>
        </translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>refreshing…</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Export Table as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n workload(s) to %1</source>
        <translation>
            <numerusform>Saved %n workload to %1</numerusform>
            <numerusform>Saved %n workloads to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Type to search the projects</source>
        <translation>Type to search the projects</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connection</translation>
    </message>
    <message numerus="yes">
        <source>first %1 of %n workload(s)</source>
        <translation>
            <numerusform>first %1 of %n workload</numerusform>
            <numerusform>first %1 of %n workloads</numerusform>
        </translation>
    </message>
    <message>
        <source>loading the rest…</source>
        <translation>loading the rest…</translation>
    </message>
</context>
<context>
    <name>Workdeck::MemoryProbe</name>
    <message>
        <source>no log lines arrived for %1 s (%2 held)</source>
        <translation>no log lines arrived for %1 s (%2 held)</translation>
    </message>
    <message>
        <source>none of the %1 longest-running workloads has a log of %2 lines; the longest held %3</source>
        <translation>none of the %1 longest-running workloads has a log of %2 lines; the longest held %3</translation>
    </message>
</context>
<context>
    <name>Workdeck::MetricChartPanel</name>
    <message>
        <source>Reset zoom</source>
        <translation>Reset zoom</translation>
    </message>
    <message>
        <source>Drag across a chart to zoom in; this shows the whole range again</source>
        <translation>Drag across a chart to zoom in; this shows the whole range again</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>Save this chart as a PNG picture</translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation>Export %1 as PNG</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Could not save %1.</translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation>No data in this period.</translation>
    </message>
</context>
<context>
    <name>Workdeck::MetricsWidget</name>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Last 15 minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Last 6 hours</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Custom range…</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Time range</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>The charts update every 30 seconds while the range ends now</source>
        <translation>The charts update every 30 seconds while the range ends now</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Could not load: %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>unavailable</translation>
    </message>
    <message>
        <source>Only inference workloads report this.</source>
        <translation>Only inference workloads report this.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>The start of the period must be before its end.</source>
        <translation>The start of the period must be before its end.</translation>
    </message>
    <message>
        <source>Metric charts</source>
        <translation>Metric charts</translation>
    </message>
</context>
<context>
    <name>Workdeck::OidcSession</name>
    <message>
        <source>Could not read the sign-in provider&apos;s configuration: %1</source>
        <translation>Could not read the sign-in provider&apos;s configuration: %1</translation>
    </message>
    <message>
        <source>The provider has no authorization endpoint for a browser sign-in.</source>
        <translation>The provider has no authorization endpoint for a browser sign-in.</translation>
    </message>
    <message>
        <source>The provider does not offer PKCE with S256, which a desktop sign-in needs.</source>
        <translation>The provider does not offer PKCE with S256, which a desktop sign-in needs.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in: %1</source>
        <translation>The provider refused the sign-in: %1</translation>
    </message>
    <message>
        <source>The sign-in answer came from another provider (%1).</source>
        <translation>The sign-in answer came from another provider (%1).</translation>
    </message>
    <message>
        <source>The provider&apos;s answer has no authorization code.</source>
        <translation>The provider&apos;s answer has no authorization code.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Sign-in failed: %1</translation>
    </message>
    <message>
        <source>Signed out: the provider no longer accepts this session (%1). Sign in again.</source>
        <translation>Signed out: the provider no longer accepts this session (%1). Sign in again.</translation>
    </message>
    <message>
        <source>Signed out: the server refused the access token. Sign in again.</source>
        <translation>Signed out: the server refused the access token. Sign in again.</translation>
    </message>
</context>
<context>
    <name>Workdeck::PaginationBar</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>Rows per page</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>Rows per page:</source>
        <translation>Rows per page:</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 of %3</translation>
    </message>
    <message>
        <source>%1–%2 of %3+</source>
        <translation>%1–%2 of %3+</translation>
    </message>
</context>
<context>
    <name>Workdeck::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language of menus, labels and messages</source>
        <translation>The language of menus, labels and messages</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the system</source>
        <translation>Light or dark colours, or those of the system</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Workdeck starts.</source>
        <translation>A new language takes effect the next time Workdeck starts.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colours:</translation>
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
        <translation>Run:ai&apos;s API has no container logs: they come from the cluster&apos;s Kubernetes API. Give its URL (--kube-server) to see them here.</translation>
    </message>
    <message>
        <source>GPU utilization</source>
        <translation>GPU utilization</translation>
    </message>
    <message>
        <source>GPU memory used</source>
        <translation>GPU memory used</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation>CPU usage</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>cores</translation>
    </message>
    <message>
        <source>CPU memory</source>
        <translation>CPU memory</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>pods</source>
        <translation>pods</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not mention this workload.</source>
        <translation>The server&apos;s answer does not mention this workload.</translation>
    </message>
    <message>
        <source>Run:ai cannot stop or run a workload of type “%1”.</source>
        <translation>Run:ai cannot stop or run a workload of type “%1”.</translation>
    </message>
    <message>
        <source>Run:ai has no delete route for a workload of type “%1”.</source>
        <translation>Run:ai has no delete route for a workload of type “%1”.</translation>
    </message>
    <message>
        <source>The workload has no pod “%1” (any more).</source>
        <translation>The workload has no pod “%1” (any more).</translation>
    </message>
    <message>
        <source>looking up the workload&apos;s pods</source>
        <translation>looking up the workload&apos;s pods</translation>
    </message>
</context>
<context>
    <name>Workdeck::Sandbox::SandboxServer</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>cannot listen on 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>Workdeck::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Next / previous search match in the log</source>
        <translation>Next / previous search match in the log</translation>
    </message>
    <message>
        <source>Copy the selected log lines</source>
        <translation>Copy the selected log lines</translation>
    </message>
    <message>
        <source>Move through the table</source>
        <translation>Move through the table</translation>
    </message>
    <message>
        <source>Arrow keys, Page Up, Page Down, Home, End</source>
        <translation>Arrow keys, Page Up, Page Down, Home, End</translation>
    </message>
    <message>
        <source>Open the action menu of the current row</source>
        <translation>Open the action menu of the current row</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Menu key, Shift+F10</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>Next / previous control</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Each row: what a key does, and the key</source>
        <translation>Each row: what a key does, and the key</translation>
    </message>
</context>
<context>
    <name>Workdeck::SignInDialog</name>
    <message>
        <source>Sign In to %1</source>
        <translation>Sign In to %1</translation>
    </message>
    <message>
        <source>Sign in to %1 with your account at %2.</source>
        <translation>Sign in to %1 with your account at %2.</translation>
    </message>
    <message>
        <source>%1 has no sign-in issuer configured: paste an access token.</source>
        <translation>%1 has no sign-in issuer configured: paste an access token.</translation>
    </message>
    <message>
        <source>Workdeck opens your web browser at the sign-in page. Sign in there; Workdeck continues by itself when you are done.</source>
        <translation>Workdeck opens your web browser at the sign-in page. Sign in there; Workdeck continues by itself when you are done.</translation>
    </message>
    <message>
        <source>Open &amp;Browser</source>
        <translation>Open &amp;Browser</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Sign-in address</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Waiting for the sign-in in your browser…</translation>
    </message>
    <message>
        <source>No web browser could be opened. Copy the address above into a browser on this computer; Workdeck waits for it.</source>
        <translation>No web browser could be opened. Copy the address above into a browser on this computer; Workdeck waits for it.</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>Sign &amp;In</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Only where the provider allows it (development realms).</source>
        <translation>Only where the provider allows it (development realms).</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Paste an access token (a JWT). It cannot be renewed: sign in again when it expires.</source>
        <translation>Paste an access token (a JWT). It cannot be renewed: sign in again when it expires.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>&amp;Use Token</source>
        <translation>&amp;Use Token</translation>
    </message>
    <message>
        <source>Paste the access token first.</source>
        <translation>Paste the access token first.</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>User Name and Password</source>
        <translation>User Name and Password</translation>
    </message>
    <message>
        <source>Access Token</source>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>Your session ended: %1</source>
        <translation>Your session ended: %1</translation>
    </message>
    <message>
        <source>Sign in to %1 with an access key (an application&apos;s client id and secret, made in Run:ai under Access → Applications or your user&apos;s access keys).</source>
        <translation>Sign in to %1 with an access key (an application&apos;s client id and secret, made in Run:ai under Access → Applications or your user&apos;s access keys).</translation>
    </message>
    <message>
        <source>No keychain is usable: the secret is kept until Workdeck quits</source>
        <translation>No keychain is usable: the secret is kept until Workdeck quits</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in %1</source>
        <translation>&amp;Remember the secret in %1</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client &amp;id:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client &amp;secret:</translation>
    </message>
    <message>
        <source>Access Key</source>
        <translation>Access Key</translation>
    </message>
    <message>
        <source>Enter the client id and the secret.</source>
        <translation>Enter the client id and the secret.</translation>
    </message>
    <message>
        <source>The access key was refused.</source>
        <translation>The access key was refused.</translation>
    </message>
</context>
<context>
    <name>Workdeck::SignInStatusWidget</name>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>Sign-in state</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Groups: %1</translation>
    </message>
    <message>
        <source>Sign-in kept in %1</source>
        <translation>Sign-in kept in %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Finish the sign-in in your browser.</source>
        <translation>Finish the sign-in in your browser.</translation>
    </message>
    <message>
        <source>Signed out — sign in again</source>
        <translation>Signed out — sign in again</translation>
    </message>
</context>
<context>
    <name>Workdeck::TokenResponse</name>
    <message>
        <source>The token endpoint&apos;s answer is not a JSON object.</source>
        <translation>The token endpoint&apos;s answer is not a JSON object.</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer has no access token.</source>
        <translation>The token endpoint&apos;s answer has no access token.</translation>
    </message>
</context>
<context>
    <name>Workdeck::TokenStore</name>
    <message>
        <source>memory only: secrets are forgotten when Workdeck quits</source>
        <translation>memory only: secrets are forgotten when Workdeck quits</translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadActionService</name>
    <message>
        <source>This server does not allow deleting workloads.</source>
        <translation>This server does not allow deleting workloads.</translation>
    </message>
    <message>
        <source>Already deleted.</source>
        <translation>Already deleted.</translation>
    </message>
    <message>
        <source>Already being deleted.</source>
        <translation>Already being deleted.</translation>
    </message>
    <message>
        <source>The server does not allow deleting this workload.</source>
        <translation>The server does not allow deleting this workload.</translation>
    </message>
    <message>
        <source>This server cannot stop or run workloads; only delete them.</source>
        <translation>This server cannot stop or run workloads; only delete them.</translation>
    </message>
    <message>
        <source>This workload cannot be stopped.</source>
        <translation>This workload cannot be stopped.</translation>
    </message>
    <message>
        <source>This workload cannot be run again.</source>
        <translation>This workload cannot be run again.</translation>
    </message>
    <message>
        <source>Only a running or waiting workload can be stopped.</source>
        <translation>Only a running or waiting workload can be stopped.</translation>
    </message>
    <message>
        <source>Only a stopped workload can be run.</source>
        <translation>Only a stopped workload can be run.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
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
        <translation>&amp;Events</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Logs</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Metrics</translation>
    </message>
    <message>
        <source>This server does not report events.</source>
        <translation>This server does not report events.</translation>
    </message>
    <message>
        <source>This server does not offer logs.</source>
        <translation>This server does not offer logs.</translation>
    </message>
    <message>
        <source>Workload — %1</source>
        <translation>Workload — %1</translation>
    </message>
    <message>
        <source>Workload details</source>
        <translation>Workload details</translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadDetailsWidget</name>
    <message>
        <source>Select a workload to see its details.</source>
        <translation>Select a workload to see its details.</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>Resource name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Scheduling</translation>
    </message>
    <message>
        <source>Waiting for resources; the server gave no reason.</source>
        <translation>Waiting for resources; the server gave no reason.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
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
        <translation>Department</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Updated by</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
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
        <translation>Memory</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Preemptible</source>
        <translation>Preemptible</translation>
    </message>
    <message>
        <source>Node pools</source>
        <translation>Node pools</translation>
    </message>
    <message>
        <source>This server reports no resources for the workload.</source>
        <translation>This server reports no resources for the workload.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Running time</source>
        <translation>Running time</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copy the address</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copy %1</translation>
    </message>
    <message>
        <source>This address works only inside the cluster</source>
        <translation>This address works only inside the cluster</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Open in the browser</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>The server gives no address for this workload.</source>
        <translation>The server gives no address for this workload.</translation>
    </message>
    <message>
        <source>Addresses are given only while a workload is pending or running.</source>
        <translation>Addresses are given only while a workload is pending or running.</translation>
    </message>
    <message>
        <source>Workload fields</source>
        <translation>Workload fields</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Components</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Containers: %1</source>
        <translation>Containers: %1</translation>
    </message>
    <message>
        <source>The addresses come with the whole list, on its way.</source>
        <translation>The addresses come with the whole list, on its way.</translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadFilterBar</name>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation>Filter by name (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name filter</source>
        <translation>Name filter</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Type filter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Created-by filter</source>
        <translation>Created-by filter</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Every workload except the deleted ones</source>
        <translation>Every workload except the deleted ones</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Only deleted workloads</source>
        <translation>Only deleted workloads</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Type: any</source>
        <translation>Type: any</translation>
    </message>
    <message numerus="yes">
        <source>Type (%n)</source>
        <translation>
            <numerusform>Type (%n)</numerusform>
            <numerusform>Type (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: any</source>
        <translation>Status: any</translation>
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
        <translation>name contains “%1”</translation>
    </message>
    <message>
        <source>type is %1</source>
        <translation>type is %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>status is %1</source>
        <translation>status is %1</translation>
    </message>
    <message>
        <source>created by “%1”</source>
        <translation>created by “%1”</translation>
    </message>
    <message>
        <source>deleted workloads only</source>
        <translation>deleted workloads only</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Showing: %1</translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadMenuActions</name>
    <message>
        <source>Show &amp;details</source>
        <translation>Show &amp;details</translation>
    </message>
    <message>
        <source>View &amp;logs</source>
        <translation>View &amp;logs</translation>
    </message>
    <message>
        <source>&amp;Open workspace</source>
        <translation>&amp;Open workspace</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>Copy &amp;ID</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copy &amp;URL</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Select a workload first.</source>
        <translation>Select a workload first.</translation>
    </message>
    <message>
        <source>Select a single workload.</source>
        <translation>Select a single workload.</translation>
    </message>
    <message>
        <source>Only workspaces can be opened.</source>
        <translation>Only workspaces can be opened.</translation>
    </message>
    <message>
        <source>The workspace can be opened once it is running (it is %1).</source>
        <translation>The workspace can be opened once it is running (it is %1).</translation>
    </message>
    <message>
        <source>The server gives no address for this workspace.</source>
        <translation>The server gives no address for this workspace.</translation>
    </message>
    <message>
        <source>This workload has no URL.</source>
        <translation>This workload has no URL.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>This workload offers no connections.</source>
        <translation>This workload offers no connections.</translation>
    </message>
    <message>
        <source>Delete workloads</source>
        <translation>Delete workloads</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n workloads?</source>
        <translation>
            <numerusform>Delete %n workloads?</numerusform>
            <numerusform>Delete %n workloads?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Their pods and services are removed from the cluster. This cannot be undone.</source>
        <translation>Their pods and services are removed from the cluster. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Workloads…</source>
        <translation>
            <numerusform>&amp;Delete %n Workload…</numerusform>
            <numerusform>&amp;Delete %n Workloads…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Stop %n Workloads</source>
        <translation>
            <numerusform>&amp;Stop %n Workload</numerusform>
            <numerusform>&amp;Stop %n Workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Run %n Workloads</source>
        <translation>
            <numerusform>&amp;Run %n Workload</numerusform>
            <numerusform>&amp;Run %n Workloads</numerusform>
        </translation>
    </message>
    <message>
        <source>The addresses come with the whole list, on its way.</source>
        <translation>The addresses come with the whole list, on its way.</translation>
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
        <translation>The workloads of the current project. Enter shows details; the menu key or the Actions column offers actions.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Reset columns</translation>
    </message>
</context>
<context>
    <name>Workdeck::WorkloadsPanel</name>
    <message>
        <source>“%1” is already being deleted.</source>
        <translation>“%1” is already being deleted.</translation>
    </message>
    <message>
        <source>Could not %1 “%2”: %3</source>
        <translation>Could not %1 “%2”: %3</translation>
    </message>
    <message>
        <source>Showing the workloads from the last successful refresh.</source>
        <translation>Showing the workloads from the last successful refresh.</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Trying again in %n second.</numerusform>
            <numerusform>Trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading workloads…</source>
        <translation>Loading workloads…</translation>
    </message>
    <message>
        <source>Pick a project to see its workloads.</source>
        <translation>Pick a project to see its workloads.</translation>
    </message>
    <message>
        <source>No workloads in this project.</source>
        <translation>No workloads in this project.</translation>
    </message>
    <message>
        <source>No active workloads. Deleted ones are in the Deleted view.</source>
        <translation>No active workloads. Deleted ones are in the Deleted view.</translation>
    </message>
    <message>
        <source>No workloads match these filters.</source>
        <translation>No workloads match these filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workload(s) failed:</source>
        <translation>
            <numerusform>%n of %1 workload failed:</numerusform>
            <numerusform>%n of %1 workloads failed:</numerusform>
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
        <translation>%1 h %2 min</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
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
        <translation>Memory</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Preemptible</source>
        <translation>Preemptible</translation>
    </message>
    <message>
        <source>Node pools</source>
        <translation>Node pools</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>WorkloadStatus</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Creating</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>Initializing</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Stopping</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Resuming</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Updating</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Deleting</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>Delete failed</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Terminating</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>The server does not know, or reported a status this version of Workdeck does not know.</source>
        <translation>The server does not know, or reported a status this version of Workdeck does not know.</translation>
    </message>
    <message>
        <source>Registered, not yet submitted to the cluster.</source>
        <translation>Registered, not yet submitted to the cluster.</translation>
    </message>
    <message>
        <source>Set-up has started; resources and pods are being provisioned.</source>
        <translation>Set-up has started; resources and pods are being provisioned.</translation>
    </message>
    <message>
        <source>Queued, waiting for resources to be allocated.</source>
        <translation>Queued, waiting for resources to be allocated.</translation>
    </message>
    <message>
        <source>Scheduled; pulling images and starting containers.</source>
        <translation>Scheduled; pulling images and starting containers.</translation>
    </message>
    <message>
        <source>All pods are running.</source>
        <translation>All pods are running.</translation>
    </message>
    <message>
        <source>Running, but not as specified: some pods are not ready or a volume is detached.</source>
        <translation>Running, but not as specified: some pods are not ready or a volume is detached.</translation>
    </message>
    <message>
        <source>Being stopped; its pods are being removed.</source>
        <translation>Being stopped; its pods are being removed.</translation>
    </message>
    <message>
        <source>On hold: stopped without being deleted. It can be run again.</source>
        <translation>On hold: stopped without being deleted. It can be run again.</translation>
    </message>
    <message>
        <source>Being started again after a stop.</source>
        <translation>Being started again after a stop.</translation>
    </message>
    <message>
        <source>Its specification is being changed.</source>
        <translation>Its specification is being changed.</translation>
    </message>
    <message>
        <source>Finished successfully.</source>
        <translation>Finished successfully.</translation>
    </message>
    <message>
        <source>Ended with an error: a container crashed or could not start.</source>
        <translation>Ended with an error: a container crashed or could not start.</translation>
    </message>
    <message>
        <source>Deletion was requested; its resources are being removed.</source>
        <translation>Deletion was requested; its resources are being removed.</translation>
    </message>
    <message>
        <source>Deleted from the cluster. Its logs may still be available.</source>
        <translation>Deleted from the cluster. Its logs may still be available.</translation>
    </message>
    <message>
        <source>Deletion was requested but did not succeed.</source>
        <translation>Deletion was requested but did not succeed.</translation>
    </message>
    <message>
        <source>Its pods are shutting down.</source>
        <translation>Its pods are shutting down.</translation>
    </message>
    <message>
        <source>All its components ended or were removed.</source>
        <translation>All its components ended or were removed.</translation>
    </message>
</context>
<context>
    <name>WorkloadType</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Model download</source>
        <translation>Model download</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>Inference</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>Fine-tuning</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Distributed training</source>
        <translation>Distributed training</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
</context>
</TS>
