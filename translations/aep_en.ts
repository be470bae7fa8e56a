<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountForm</name>
    <message>
        <source>%1 (required):</source>
        <extracomment>A field of the new-account form: %1 the parameter&apos;s name (&quot;Client secret&quot;).</extracomment>
        <translation>%1 (required):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>account name</translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <source>Load more accounts</source>
        <translation>Load more accounts</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Search accounts</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>No %1 account in this sandbox yet. Choose “New account” to connect one.</source>
        <translation>No %1 account in this sandbox yet. Choose “New account” to connect one.</translation>
    </message>
</context>
<context>
    <name>AutoMap</name>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>same name, written differently</source>
        <translation>same name, written differently</translation>
    </message>
    <message>
        <source>HubSpot property %1 = %2</source>
        <translation>HubSpot property %1 = %2</translation>
    </message>
    <message>
        <source>usual field for “%1”</source>
        <translation>usual field for “%1”</translation>
    </message>
    <message>
        <source>synonym: %1 = %2</source>
        <translation>synonym: %1 = %2</translation>
    </message>
    <message numerus="yes">
        <source>similar name (%n letter(s) differ)</source>
        <translation>
            <numerusform>similar name (%n letter differs)</numerusform>
            <numerusform>similar name (%n letters differ)</numerusform>
        </translation>
    </message>
    <message>
        <source>shared words: %1</source>
        <translation>shared words: %1</translation>
    </message>
    <message>
        <source>types agree</source>
        <translation>types agree</translation>
    </message>
    <message>
        <source>types differ: %1 into %2, converted</source>
        <translation>types differ: %1 into %2, converted</translation>
    </message>
</context>
<context>
    <name>BusyRow</name>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>already there, reused</source>
        <translation>already there, reused</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>The keychain could not be read: %1</translation>
    </message>
    <message>
        <source>%1 is valid (checked offline and against %2).</source>
        <translation>%1 is valid (checked offline and against %2).</translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>Failed: %1: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>What was created is kept in %1; run the same command again to go on from there.</source>
        <translation>What was created is kept in %1; run the same command again to go on from there.</translation>
    </message>
    <message>
        <source>Cannot read the recipe %1: %2</source>
        <translation>Cannot read the recipe %1: %2</translation>
    </message>
    <message>
        <source>No credential: set AEP_CLIENT_SECRET (or AEP_ACCESS_TOKEN), or sign in once in the wizard so that the client secret is in the keychain.</source>
        <translation>No credential: set AEP_CLIENT_SECRET (or AEP_ACCESS_TOKEN), or sign in once in the wizard so that the client secret is in the keychain.</translation>
    </message>
    <message>
        <source>%1: %2: %3 [%4]</source>
        <extracomment>One problem of the recipe on stderr: %1 the recipe file, %2 &quot;error&quot; or &quot;warning&quot;, %3 the problem, %4 its stable code.</extracomment>
        <translation>%1: %2: %3 [%4]</translation>
    </message>
    <message>
        <source>[%1/%2] %3: %4</source>
        <extracomment>One step of the progress on stderr: %1 steps done, %2 steps in all, %3 the step, %4 its outcome.</extracomment>
        <translation>[%1/%2] %3: %4</translation>
    </message>
    <message>
        <source>The source %1 has no authentication “%2” (source.newAccount.authSpecName).</source>
        <translation>The source %1 has no authentication “%2” (source.newAccount.authSpecName).</translation>
    </message>
    <message>
        <source>The recipe creates a new account: set its secret parameters in the environment first (%1).</source>
        <translation>The recipe creates a new account: set its secret parameters in the environment first (%1).</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Nothing was created.</source>
        <translation>Nothing was created.</translation>
    </message>
    <message>
        <source>Done while the checks ran, then not undone (its delete failed): %1. The journal %2 keeps its id.</source>
        <translation>Done while the checks ran, then not undone (its delete failed): %1. The journal %2 keeps its id.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Creates Adobe Experience Platform dataflows from marketing-automation sources (HubSpot and others), step by step in a wizard or headless from a recipe file.</source>
        <translation>Creates Adobe Experience Platform dataflows from marketing-automation sources (HubSpot and others), step by step in a wizard or headless from a recipe file.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>Start the built-in Platform emulator and open the wizard on it.</source>
        <translation>Start the built-in Platform emulator and open the wizard on it.</translation>
    </message>
    <message>
        <source>Create what the recipe describes, without a window, and print the created ids as one JSON object.</source>
        <translation>Create what the recipe describes, without a window, and print the created ids as one JSON object.</translation>
    </message>
    <message>
        <source>recipe.json</source>
        <translation>recipe.json</translation>
    </message>
    <message>
        <source>Check the recipe offline and against the platform; create nothing.</source>
        <translation>Check the recipe offline and against the platform; create nothing.</translation>
    </message>
    <message>
        <source>Print the recipe&apos;s plan as a bash script of curl calls.</source>
        <translation>Print the recipe&apos;s plan as a bash script of curl calls.</translation>
    </message>
    <message>
        <source>Platform base URL (default https://platform.adobe.io).</source>
        <translation>Platform base URL (default https://platform.adobe.io).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>IMS base URL (default https://ims-na1.adobelogin.com).</source>
        <translation>IMS base URL (default https://ims-na1.adobelogin.com).</translation>
    </message>
    <message>
        <source>Language of the interface: fr or en.</source>
        <translation>Language of the interface: fr or en.</translation>
    </message>
    <message>
        <source>A recipe file to open in the wizard (optional).</source>
        <translation>A recipe file to open in the wizard (optional).</translation>
    </message>
    <message>
        <source>[recipe.json]</source>
        <translation>[recipe.json]</translation>
    </message>
    <message>
        <source>Unknown language “%1” for --lang: use fr or en.</source>
        <translation>Unknown language “%1” for --lang: use fr or en.</translation>
    </message>
    <message>
        <source>Choose only one of --demo, --apply, --validate and --export-curl.</source>
        <translation>Choose only one of --demo, --apply, --validate and --export-curl.</translation>
    </message>
    <message>
        <source>Give at most one recipe file.</source>
        <translation>Give at most one recipe file.</translation>
    </message>
    <message>
        <source>The recipe file is already given to --apply, --validate or --export-curl.</source>
        <translation>The recipe file is already given to --apply, --validate or --export-curl.</translation>
    </message>
    <message>
        <source>Options read by Qt before the program sees them (window mode only):
  -platform &lt;name&gt;          The windowing system: xcb, wayland or offscreen.
  -style &lt;name&gt;             The widget style, e.g. Fusion.
  -qwindowgeometry &lt;geom&gt;   Size and position of the first window, e.g. 900x700+0+0.
  -reverse                  Lay the window out from right to left.
</source>
        <translation>Options read by Qt before the program sees them (window mode only):
  -platform &lt;name&gt;          The windowing system: xcb, wayland or offscreen.
  -style &lt;name&gt;             The widget style, e.g. Fusion.
  -qwindowgeometry &lt;geom&gt;   Size and position of the first window, e.g. 900x700+0+0.
  -reverse                  Lay the window out from right to left.
</translation>
    </message>
    <message>
        <source>Show this help and the options that Qt itself reads, and exit.</source>
        <translation>Show this help and the options that Qt itself reads, and exit.</translation>
    </message>
</context>
<context>
    <name>CredentialCheck</name>
    <message>
        <source>Checking the credential with Adobe…</source>
        <translation>Checking the credential with Adobe…</translation>
    </message>
    <message>
        <source>Loading the sandboxes…</source>
        <translation>Loading the sandboxes…</translation>
    </message>
    <message>
        <source>This credential cannot use a sandbox named “%1”. Choose one of: %2.</source>
        <translation>This credential cannot use a sandbox named “%1”. Choose one of: %2.</translation>
    </message>
    <message>
        <source>Storing the client secret in the system keychain…</source>
        <translation>Storing the client secret in the system keychain…</translation>
    </message>
    <message>
        <source>The credential works, but the system keychain could not store the client secret. You can go on: the secret is kept for this session only.</source>
        <translation>The credential works, but the system keychain could not store the client secret. You can go on: the secret is kept for this session only.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used, so the client secret could not be read from it. Type it; it will be kept for this session only.</source>
        <translation>The system keychain cannot be used, so the client secret could not be read from it. Type it; it will be kept for this session only.</translation>
    </message>
    <message>
        <source>Platform URL: %1</source>
        <translation>Platform URL: %1</translation>
    </message>
    <message>
        <source>IMS URL: %1</source>
        <translation>IMS URL: %1</translation>
    </message>
    <message>
        <source>No answer from %1, the IMS URL under Advanced.</source>
        <translation>No answer from %1, the IMS URL under Advanced.</translation>
    </message>
    <message>
        <source>No answer from %1, the Platform URL under Advanced.</source>
        <translation>No answer from %1, the Platform URL under Advanced.</translation>
    </message>
    <message>
        <source>The recipe named this address; the wizard was using %1 before.</source>
        <translation>The recipe named this address; the wizard was using %1 before.</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Sign in to Experience Platform</source>
        <translation>Sign in to Experience Platform</translation>
    </message>
    <message>
        <source>Enter the OAuth Server-to-Server credential of your Adobe Developer Console project, then choose the sandbox to work in.</source>
        <translation>Enter the OAuth Server-to-Server credential of your Adobe Developer Console project, then choose the sandbox to work in.</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Show the client secret</translation>
    </message>
    <message>
        <source>The scopes listed for this credential in the Adobe Developer Console, separated by commas.</source>
        <translation>The scopes listed for this credential in the Adobe Developer Console, separated by commas.</translation>
    </message>
    <message>
        <source>The sandbox to create the dataflow in. The list fills in once the credential is checked.</source>
        <translation>The sandbox to create the dataflow in. The list fills in once the credential is checked.</translation>
    </message>
    <message>
        <source>&amp;Remember the client secret in the system keychain</source>
        <translation>&amp;Remember the client secret in the system keychain</translation>
    </message>
    <message>
        <source>The secret is stored by the operating system&apos;s keychain, never in a file.</source>
        <translation>The secret is stored by the operating system&apos;s keychain, never in a file.</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client &amp;secret:</translation>
    </message>
    <message>
        <source>Sand&amp;box:</source>
        <translation>Sand&amp;box:</translation>
    </message>
    <message>
        <source>&lt;p&gt;The wizard works for you inside Adobe Experience Platform, with the rights of an &lt;b&gt;API credential&lt;/b&gt; of your organization (type &lt;i&gt;OAuth Server-to-Server&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Your Adobe administrator creates it in the Adobe Developer Console, in a project that has the Experience Platform API. Copy from there the &lt;b&gt;organization ID&lt;/b&gt; (it ends with @AdobeOrg), the &lt;b&gt;client ID&lt;/b&gt;, the &lt;b&gt;client secret&lt;/b&gt; and the &lt;b&gt;scopes&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;sandbox&lt;/b&gt; is a separate workspace of Experience Platform: &lt;i&gt;prod&lt;/i&gt; is the live one; try things in a development sandbox first.&lt;/p&gt;&lt;p&gt;The client secret is kept by your operating system&apos;s keychain when you tick “Remember”; it is never written to a file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The wizard works for you inside Adobe Experience Platform, with the rights of an &lt;b&gt;API credential&lt;/b&gt; of your organization (type &lt;i&gt;OAuth Server-to-Server&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Your Adobe administrator creates it in the Adobe Developer Console, in a project that has the Experience Platform API. Copy from there the &lt;b&gt;organization ID&lt;/b&gt; (it ends with @AdobeOrg), the &lt;b&gt;client ID&lt;/b&gt;, the &lt;b&gt;client secret&lt;/b&gt; and the &lt;b&gt;scopes&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;sandbox&lt;/b&gt; is a separate workspace of Experience Platform: &lt;i&gt;prod&lt;/i&gt; is the live one; try things in a development sandbox first.&lt;/p&gt;&lt;p&gt;The client secret is kept by your operating system&apos;s keychain when you tick “Remember”; it is never written to a file.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Continue without saving</source>
        <translation>Continue without saving</translation>
    </message>
    <message>
        <source>Organi&amp;zation ID:</source>
        <translation>Organi&amp;zation ID:</translation>
    </message>
    <message>
        <source>Scop&amp;es:</source>
        <translation>Scop&amp;es:</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Stopped. Nothing was changed.</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Use %1</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import mappings</source>
        <translation>Import mappings</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) read from “%1”.</source>
        <translation>
            <numerusform>%n rule read from “%1”.</numerusform>
            <numerusform>%n rules read from “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing replaces the %n rule(s) of this mapping; suggestions are dropped.</source>
        <translation>
            <numerusform>Importing replaces the %n rule of this mapping; suggestions are dropped.</numerusform>
            <numerusform>Importing replaces the %n rules of this mapping; suggestions are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) or column(s) left out, listed below.</source>
        <translation>
            <numerusform>%n line or column left out, listed below.</numerusform>
            <numerusform>%n lines or columns left out, listed below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules to import</source>
        <translation>Rules to import</translation>
    </message>
    <message>
        <source>Line %1: %2 → %3</source>
        <translation>Line %1: %2 → %3</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Import problems</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>DataflowDraft</name>
    <message>
        <source>Unknown key &quot;%1&quot;; expected one of: %2.</source>
        <translation>Unknown key &quot;%1&quot;; expected one of: %2.</translation>
    </message>
    <message>
        <source>A recipe must not hold a secret: remove this key. Secrets come from the keychain or the environment.</source>
        <translation>A recipe must not hold a secret: remove this key. Secrets come from the keychain or the environment.</translation>
    </message>
    <message>
        <source>This key is required.</source>
        <translation>This key is required.</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Expected %1, found %2.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>This value must not be empty.</source>
        <translation>This value must not be empty.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>an integer</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>an array of strings</translation>
    </message>
    <message>
        <source>Give either &quot;baseConnectionId&quot; or &quot;newAccount&quot;, not both.</source>
        <translation>Give either &quot;baseConnectionId&quot; or &quot;newAccount&quot;, not both.</translation>
    </message>
    <message>
        <source>an array of rules</source>
        <translation>an array of rules</translation>
    </message>
    <message>
        <source>Give either &quot;source&quot; (a column) or &quot;expression&quot;, not both.</source>
        <translation>Give either &quot;source&quot; (a column) or &quot;expression&quot;, not both.</translation>
    </message>
    <message>
        <source>Unsupported recipe version %1; this program reads version %2.</source>
        <translation>Unsupported recipe version %1; this program reads version %2.</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2.</source>
        <translation>Not valid JSON at offset %1: %2.</translation>
    </message>
    <message>
        <source>A recipe is a JSON object.</source>
        <translation>A recipe is a JSON object.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>Give exactly one of &quot;id&quot; (to use an existing one) and &quot;create&quot; (to make a new one).</source>
        <translation>Give exactly one of &quot;id&quot; (to use an existing one) and &quot;create&quot; (to make a new one).</translation>
    </message>
</context>
<context>
    <name>DataflowPlan</name>
    <message>
        <source>Create the account connection</source>
        <translation>Create the account connection</translation>
    </message>
    <message>
        <source>Create the source connection</source>
        <translation>Create the source connection</translation>
    </message>
    <message>
        <source>Create the schema</source>
        <translation>Create the schema</translation>
    </message>
    <message>
        <source>Set the primary identity</source>
        <translation>Set the primary identity</translation>
    </message>
    <message>
        <source>Enable the schema for Profile</source>
        <translation>Enable the schema for Profile</translation>
    </message>
    <message>
        <source>Create the dataset</source>
        <translation>Create the dataset</translation>
    </message>
    <message>
        <source>Create the target connection</source>
        <translation>Create the target connection</translation>
    </message>
    <message>
        <source>Create the mapping set</source>
        <translation>Create the mapping set</translation>
    </message>
    <message>
        <source>Create the dataflow</source>
        <translation>Create the dataflow</translation>
    </message>
    <message>
        <source>%1 source</source>
        <translation>%1 source</translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation>%1 target</translation>
    </message>
    <message>
        <source>Read the Platform&apos;s rules for this kind of dataflow</source>
        <translation>Read the Platform&apos;s rules for this kind of dataflow</translation>
    </message>
</context>
<context>
    <name>DataflowWizard</name>
    <message>
        <source>Dataflow Wizard — Adobe Experience Platform</source>
        <translation>Dataflow Wizard — Adobe Experience Platform</translation>
    </message>
    <message>
        <source>&amp;Open recipe…</source>
        <translation>&amp;Open recipe…</translation>
    </message>
    <message>
        <source>Sa&amp;ve recipe…</source>
        <translation>Sa&amp;ve recipe…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The recipe could not be saved to %1: %2</source>
        <translation>The recipe could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Open recipe</source>
        <translation>Open recipe</translation>
    </message>
    <message>
        <source>Recipes (*.json)</source>
        <translation>Recipes (*.json)</translation>
    </message>
    <message>
        <source>The recipe %1 was not opened; nothing was changed.</source>
        <translation>The recipe %1 was not opened; nothing was changed.</translation>
    </message>
    <message>
        <source>Save recipe</source>
        <translation>Save recipe</translation>
    </message>
    <message>
        <source>Discard this dataflow?</source>
        <translation>Discard this dataflow?</translation>
    </message>
    <message>
        <source>The choices made for this dataflow are not saved. Save them as a recipe to come back to them later, or discard them.</source>
        <translation>The choices made for this dataflow are not saved. Save them as a recipe to come back to them later, or discard them.</translation>
    </message>
    <message>
        <source>&amp;Save recipe…</source>
        <translation>&amp;Save recipe…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>The recipe %1 is open: its choices are on every page, from the first one.</source>
        <translation>The recipe %1 is open: its choices are on every page, from the first one.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>The recipe %1 is open. It was saved before every page was filled in: its choices are on the pages, and the wizard asks for the rest.</source>
        <translation>The recipe %1 is open. It was saved before every page was filled in: its choices are on the pages, and the wizard asks for the rest.</translation>
    </message>
    <message>
        <source>Continue the unfinished dataflow?</source>
        <translation>Continue the unfinished dataflow?</translation>
    </message>
    <message>
        <source>The wizard was closed before this dataflow was created or saved as a recipe. Continue it where it was left, or start again with an empty wizard.</source>
        <translation>The wizard was closed before this dataflow was created or saved as a recipe. Continue it where it was left, or start again with an empty wizard.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Start again</translation>
    </message>
    <message>
        <source>The unfinished dataflow could not be opened; the wizard starts empty.</source>
        <translation>The unfinished dataflow could not be opened; the wizard starts empty.</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <source>Use an &amp;existing dataset</source>
        <translation>Use an &amp;existing dataset</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Choose where the records are stored in Experience Platform.</source>
        <translation>Choose where the records are stored in Experience Platform.</translation>
    </message>
    <message>
        <source>Search datasets</source>
        <translation>Search datasets</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datasets</translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation>Dataset name</translation>
    </message>
    <message>
        <source>Dataset description</source>
        <translation>Dataset description</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;dataset&lt;/b&gt; is where Experience Platform stores the records, like a table in a database. Each run of the dataflow adds a batch of records to it.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;Profile dataset&lt;/b&gt; also feeds Real-Time Customer Profile. That needs a schema enabled for Profile with a primary identity, and every record must then carry that identity, or it is rejected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A &lt;b&gt;dataset&lt;/b&gt; is where Experience Platform stores the records, like a table in a database. Each run of the dataflow adds a batch of records to it.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;Profile dataset&lt;/b&gt; also feeds Real-Time Customer Profile. That needs a schema enabled for Profile with a primary identity, and every record must then carry that identity, or it is rejected.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The schema is created with the dataflow, so no dataset uses it yet.</source>
        <translation>The schema is created with the dataflow, so no dataset uses it yet.</translation>
    </message>
    <message>
        <source>Datasets built on the schema “%1”:</source>
        <translation>Datasets built on the schema “%1”:</translation>
    </message>
    <message>
        <source>Every record must then carry the primary identity, or it is rejected.</source>
        <translation>Every record must then carry the primary identity, or it is rejected.</translation>
    </message>
    <message>
        <source>Not available: the schema is not enabled for Profile. Go back to the schema step to enable it (it needs a primary identity).</source>
        <translation>Not available: the schema is not enabled for Profile. Go back to the schema step to enable it (it needs a primary identity).</translation>
    </message>
    <message>
        <source>No dataset uses the schema “%1” yet.</source>
        <translation>No dataset uses the schema “%1” yet.</translation>
    </message>
    <message>
        <source>Create a ne&amp;w dataset</source>
        <translation>Create a ne&amp;w dataset</translation>
    </message>
    <message>
        <source>&amp;Profile dataset: feed Real-Time Customer Profile</source>
        <translation>&amp;Profile dataset: feed Real-Time Customer Profile</translation>
    </message>
</context>
<context>
    <name>DateFormatHint</name>
    <message>
        <source>Puts the date format that the table&apos;s values are written in into the field.</source>
        <translation>Puts the date format that the table&apos;s values are written in into the field.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Use %1</translation>
    </message>
    <message>
        <source>Use the date format %1</source>
        <translation>Use the date format %1</translation>
    </message>
</context>
<context>
    <name>DateFormats</name>
    <message>
        <source>The sample values are seconds since 1970, not dates that a date format can read.</source>
        <translation>The sample values are seconds since 1970, not dates that a date format can read.</translation>
    </message>
    <message>
        <source>The sample values are milliseconds since 1970, not dates that a date format can read.</source>
        <translation>The sample values are milliseconds since 1970, not dates that a date format can read.</translation>
    </message>
    <message>
        <source>The one sample value does not match this format.</source>
        <translation>The one sample value does not match this format.</translation>
    </message>
    <message>
        <source>The one sample value matches this format.</source>
        <translation>The one sample value matches this format.</translation>
    </message>
    <message>
        <source>All %1 sample values match this format.</source>
        <translation>All %1 sample values match this format.</translation>
    </message>
    <message>
        <source>%1 of %2 sample values match this format.</source>
        <translation>%1 of %2 sample values match this format.</translation>
    </message>
</context>
<context>
    <name>DemoClock</name>
    <message>
        <source>Demo clock: one hour passes every minute.</source>
        <translation>Demo clock: one hour passes every minute.</translation>
    </message>
    <message>
        <source>Demo clock: %1 hours pass every minute.</source>
        <translation>Demo clock: %1 hours pass every minute.</translation>
    </message>
    <message>
        <source>Demo clock: %1 minutes pass every minute.</source>
        <translation>Demo clock: %1 minutes pass every minute.</translation>
    </message>
</context>
<context>
    <name>DemoEmulator</name>
    <message>
        <source>The emulator module %1 could not be loaded: %2</source>
        <translation>The emulator module %1 could not be loaded: %2</translation>
    </message>
    <message>
        <source>The file %1 is not the emulator module.</source>
        <translation>The file %1 is not the emulator module.</translation>
    </message>
    <message>
        <source>The emulator module %1 is version %2, not %3 as the program is.</source>
        <translation>The emulator module %1 is version %2, not %3 as the program is.</translation>
    </message>
    <message>
        <source>The emulator module %1 could not use its socket.</source>
        <translation>The emulator module %1 could not use its socket.</translation>
    </message>
</context>
<context>
    <name>DraftCheck</name>
    <message>
        <source>Could not check this against the platform: %1</source>
        <translation>Could not check this against the platform: %1</translation>
    </message>
    <message>
        <source>The account or the table %1 was not found.</source>
        <translation>The account or the table %1 was not found.</translation>
    </message>
    <message>
        <source>The Schema Registry has no such resource.</source>
        <translation>The Schema Registry has no such resource.</translation>
    </message>
    <message>
        <source>Data Prep refuses this rule: %1</source>
        <translation>Data Prep refuses this rule: %1</translation>
    </message>
    <message>
        <source>The dataset %1 was not found.</source>
        <translation>The dataset %1 was not found.</translation>
    </message>
    <message>
        <source>The dataset “%1” is built on another schema (%2), not on the chosen one.</source>
        <translation>The dataset “%1” is built on another schema (%2), not on the chosen one.</translation>
    </message>
</context>
<context>
    <name>DraftProblem</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem on one line: %1 the JSON path of the field, %2 the message.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DraftValidator</name>
    <message>
        <source>Give the dataflow a name.</source>
        <translation>Give the dataflow a name.</translation>
    </message>
    <message>
        <source>A sandbox name is lower case letters, digits and dashes, e.g. &quot;prod&quot;.</source>
        <translation>A sandbox name is lower case letters, digits and dashes, e.g. &quot;prod&quot;.</translation>
    </message>
    <message>
        <source>Choose a source.</source>
        <translation>Choose a source.</translation>
    </message>
    <message>
        <source>This source cannot be used with the %1 flow spec.</source>
        <translation>This source cannot be used with the %1 flow spec.</translation>
    </message>
    <message>
        <source>Choose an account, or create one.</source>
        <translation>Choose an account, or create one.</translation>
    </message>
    <message>
        <source>Choose a table.</source>
        <translation>Choose a table.</translation>
    </message>
    <message>
        <source>Give the schema a title.</source>
        <translation>Give the schema a title.</translation>
    </message>
    <message>
        <source>Choose the schema&apos;s class.</source>
        <translation>Choose the schema&apos;s class.</translation>
    </message>
    <message>
        <source>A schema enabled for Profile needs a primary identity.</source>
        <translation>A schema enabled for Profile needs a primary identity.</translation>
    </message>
    <message>
        <source>No mapping rule fills the primary identity field.</source>
        <translation>No mapping rule fills the primary identity field.</translation>
    </message>
    <message>
        <source>Choose a schema, or create one.</source>
        <translation>Choose a schema, or create one.</translation>
    </message>
    <message>
        <source>Give the dataset a name.</source>
        <translation>Give the dataset a name.</translation>
    </message>
    <message>
        <source>A dataset enabled for Profile needs a schema enabled for Profile.</source>
        <translation>A dataset enabled for Profile needs a schema enabled for Profile.</translation>
    </message>
    <message>
        <source>Choose a dataset, or create one.</source>
        <translation>Choose a dataset, or create one.</translation>
    </message>
    <message>
        <source>Map at least one column to the schema.</source>
        <translation>Map at least one column to the schema.</translation>
    </message>
    <message>
        <source>Choose a source column or write an expression.</source>
        <translation>Choose a source column or write an expression.</translation>
    </message>
    <message>
        <source>An expression has at most %1 characters (this one has %2).</source>
        <translation>An expression has at most %1 characters (this one has %2).</translation>
    </message>
    <message>
        <source>Choose the schema field to fill.</source>
        <translation>Choose the schema field to fill.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dotted XDM path such as person.name.firstName.</source>
        <translation>&quot;%1&quot; is not a dotted XDM path such as person.name.firstName.</translation>
    </message>
    <message>
        <source>Choose the column that tells which rows changed (the delta column).</source>
        <translation>Choose the column that tells which rows changed (the delta column).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; use an IANA name such as UTC or Europe/Paris.</source>
        <translation>&quot;%1&quot; is not a time zone; use an IANA name such as UTC or Europe/Paris.</translation>
    </message>
    <message>
        <source>&quot;Y&quot; is the week-based year, wrong around New Year: write &quot;yyyy&quot;, e.g. yyyy-MM-dd HH:mm:ss.</source>
        <translation>&quot;Y&quot; is the week-based year, wrong around New Year: write &quot;yyyy&quot;, e.g. yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>&quot;D&quot; is the day of the year: write &quot;dd&quot; for the day of the month, e.g. yyyy-MM-dd HH:mm:ss.</source>
        <translation>&quot;D&quot; is the day of the year: write &quot;dd&quot; for the day of the month, e.g. yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Java date pattern letter; quote literal text with &apos;.</source>
        <translation>&quot;%1&quot; is not a Java date pattern letter; quote literal text with &apos;.</translation>
    </message>
    <message>
        <source>A quote (&apos;) is not closed.</source>
        <translation>A quote (&apos;) is not closed.</translation>
    </message>
    <message>
        <source>Choose when the dataflow starts.</source>
        <translation>Choose when the dataflow starts.</translation>
    </message>
    <message>
        <source>A dataflow that runs once has no interval: remove it.</source>
        <translation>A dataflow that runs once has no interval: remove it.</translation>
    </message>
    <message>
        <source>A dataflow that runs once has no backfill: remove it.</source>
        <translation>A dataflow that runs once has no backfill: remove it.</translation>
    </message>
    <message>
        <source>Give the interval between runs.</source>
        <translation>Give the interval between runs.</translation>
    </message>
    <message>
        <source>The flow spec refuses this schedule: %1</source>
        <translation>The flow spec refuses this schedule: %1</translation>
    </message>
    <message>
        <source>The start time is in seconds since 1970, not milliseconds.</source>
        <translation>The start time is in seconds since 1970, not milliseconds.</translation>
    </message>
    <message>
        <source>The partial ingestion threshold is a percentage above 0 and at most 100.</source>
        <translation>The partial ingestion threshold is a percentage above 0 and at most 100.</translation>
    </message>
    <message>
        <source>The schema has no field &quot;%1&quot;.</source>
        <translation>The schema has no field &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a group of fields; map to one of its fields.</source>
        <translation>&quot;%1&quot; is a group of fields; map to one of its fields.</translation>
    </message>
    <message>
        <source>The table %1 has no column &quot;%2&quot;.</source>
        <translation>The table %1 has no column &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The delta column must be a date-time column; &quot;%1&quot; is not.</source>
        <translation>The delta column must be a date-time column; &quot;%1&quot; is not.</translation>
    </message>
    <message numerus="yes">
        <source>A dataflow that runs every few minutes needs an interval of at least %n minute(s).</source>
        <translation>
            <numerusform>A dataflow that runs every few minutes needs an interval of at least %n minute.</numerusform>
            <numerusform>A dataflow that runs every few minutes needs an interval of at least %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A dataflow that runs every few hours needs an interval of at least %n hour(s).</source>
        <translation>
            <numerusform>A dataflow that runs every few hours needs an interval of at least %n hour.</numerusform>
            <numerusform>A dataflow that runs every few hours needs an interval of at least %n hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A dataflow that runs every few days needs an interval of at least %n day(s).</source>
        <translation>
            <numerusform>A dataflow that runs every few days needs an interval of at least %n day.</numerusform>
            <numerusform>A dataflow that runs every few days needs an interval of at least %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A dataflow that runs every few weeks needs an interval of at least %n week(s).</source>
        <translation>
            <numerusform>A dataflow that runs every few weeks needs an interval of at least %n week.</numerusform>
            <numerusform>A dataflow that runs every few weeks needs an interval of at least %n weeks.</numerusform>
        </translation>
    </message>
    <message>
        <source>An organization ID ends with &quot;@AdobeOrg&quot;.</source>
        <translation>An organization ID ends with &quot;@AdobeOrg&quot;.</translation>
    </message>
    <message>
        <source>The client ID (API key) is required.</source>
        <translation>The client ID (API key) is required.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already filled by rule %2.</source>
        <translation>&quot;%1&quot; is already filled by rule %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a frequency: a dataflow runs once, or every few minutes, hours, days or weeks.</source>
        <translation>&quot;%1&quot; is not a frequency: a dataflow runs once, or every few minutes, hours, days or weeks.</translation>
    </message>
    <message>
        <source>The start time %1 is in the past; choose a time after now.</source>
        <translation>The start time %1 is in the past; choose a time after now.</translation>
    </message>
    <message>
        <source>At most %1 characters are allowed here (this text has %2).</source>
        <translation>At most %1 characters are allowed here (this text has %2).</translation>
    </message>
    <message>
        <source>Control characters (such as NUL or escape) are not allowed here.</source>
        <translation>Control characters (such as NUL or escape) are not allowed here.</translation>
    </message>
    <message>
        <source>Control characters (such as NUL, a tab or a line break) are not allowed here.</source>
        <translation>Control characters (such as NUL, a tab or a line break) are not allowed here.</translation>
    </message>
    <message>
        <source>A mapping has at most %1 rules (this one has %2).</source>
        <translation>A mapping has at most %1 rules (this one has %2).</translation>
    </message>
    <message>
        <source>A date format needs pattern letters, e.g. yyyy-MM-dd HH:mm:ss.</source>
        <translation>A date format needs pattern letters, e.g. yyyy-MM-dd HH:mm:ss.</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>This is a fault of this program, not of your settings: please report it with the text under Details.</source>
        <translation>This is a fault of this program, not of your settings: please report it with the text under Details.</translation>
    </message>
    <message>
        <source>Go back to the first page and sign in again.</source>
        <translation>Go back to the first page and sign in again.</translation>
    </message>
    <message>
        <source>Check the credential in the Adobe Developer Console and copy its values again.</source>
        <translation>Check the credential in the Adobe Developer Console and copy its values again.</translation>
    </message>
    <message>
        <source>It may have been deleted in the meantime: reload the list, then choose another one or create a new one.</source>
        <translation>It may have been deleted in the meantime: reload the list, then choose another one or create a new one.</translation>
    </message>
    <message>
        <source>Go through the wizard again: it creates what is missing and keeps what still exists.</source>
        <translation>Go through the wizard again: it creates what is missing and keeps what still exists.</translation>
    </message>
    <message>
        <source>The request reached the Platform without the credential&apos;s API key (its client ID).</source>
        <translation>The request reached the Platform without the credential&apos;s API key (its client ID).</translation>
    </message>
    <message>
        <source>Enter the organization ID of the credential on the first page (it ends in @AdobeOrg).</source>
        <translation>Enter the organization ID of the credential on the first page (it ends in @AdobeOrg).</translation>
    </message>
    <message>
        <source>The Platform has nothing at the address used.</source>
        <translation>The Platform has nothing at the address used.</translation>
    </message>
    <message>
        <source>Check the Platform address under Advanced on the first page.</source>
        <translation>Check the Platform address under Advanced on the first page.</translation>
    </message>
    <message>
        <source>The Platform refused the format of the request (its content type).</source>
        <translation>The Platform refused the format of the request (its content type).</translation>
    </message>
    <message>
        <source>Adobe does not know this client ID.</source>
        <translation>Adobe does not know this client ID.</translation>
    </message>
    <message>
        <source>Copy the client ID again from the credential in the Adobe Developer Console.</source>
        <translation>Copy the client ID again from the credential in the Adobe Developer Console.</translation>
    </message>
    <message>
        <source>Adobe refused the client secret.</source>
        <translation>Adobe refused the client secret.</translation>
    </message>
    <message>
        <source>Copy the client secret again from the credential in the Adobe Developer Console: it may have been renewed.</source>
        <translation>Copy the client secret again from the credential in the Adobe Developer Console: it may have been renewed.</translation>
    </message>
    <message>
        <source>Adobe refused the scope “%1” for this credential.</source>
        <translation>Adobe refused the scope “%1” for this credential.</translation>
    </message>
    <message>
        <source>Use exactly the scopes listed for this credential in the Adobe Developer Console.</source>
        <translation>Use exactly the scopes listed for this credential in the Adobe Developer Console.</translation>
    </message>
    <message>
        <source>The table “%1” does not exist in this source.</source>
        <translation>The table “%1” does not exist in this source.</translation>
    </message>
    <message>
        <source>Choose another table on the Table page.</source>
        <translation>Choose another table on the Table page.</translation>
    </message>
    <message>
        <source>The start time of this dataflow has passed: it can no longer be changed.</source>
        <translation>The start time of this dataflow has passed: it can no longer be changed.</translation>
    </message>
    <message>
        <source>Keep the start time as it is.</source>
        <translation>Keep the start time as it is.</translation>
    </message>
    <message>
        <source>The sign-in fields of the new account do not suit this source.</source>
        <translation>The sign-in fields of the new account do not suit this source.</translation>
    </message>
    <message>
        <source>Check the new account&apos;s fields on the Source page.</source>
        <translation>Check the new account&apos;s fields on the Source page.</translation>
    </message>
    <message>
        <source>The schedule does not follow this source&apos;s rules.</source>
        <translation>The schedule does not follow this source&apos;s rules.</translation>
    </message>
    <message>
        <source>Check the frequency, the interval and the start time on the Schedule page.</source>
        <translation>Check the frequency, the interval and the start time on the Schedule page.</translation>
    </message>
    <message>
        <source>The ingestion options do not suit this source.</source>
        <translation>The ingestion options do not suit this source.</translation>
    </message>
    <message>
        <source>Check error diagnostics and partial ingestion on the Schedule page.</source>
        <translation>Check error diagnostics and partial ingestion on the Schedule page.</translation>
    </message>
    <message>
        <source>The column “%1” cannot tell new and changed rows apart: it is not a date-time column, or its date format is not usable.</source>
        <translation>The column “%1” cannot tell new and changed rows apart: it is not a date-time column, or its date format is not usable.</translation>
    </message>
    <message>
        <source>Choose another column, or correct its date format, on the Schedule page.</source>
        <translation>Choose another column, or correct its date format, on the Schedule page.</translation>
    </message>
    <message>
        <source>The account “%1” no longer exists in this sandbox.</source>
        <translation>The account “%1” no longer exists in this sandbox.</translation>
    </message>
    <message>
        <source>Choose another account, or create a new one, on the Source page.</source>
        <translation>Choose another account, or create a new one, on the Source page.</translation>
    </message>
    <message>
        <source>A connection this dataflow uses no longer exists.</source>
        <translation>A connection this dataflow uses no longer exists.</translation>
    </message>
    <message>
        <source>The dataset “%1” no longer exists, or no longer uses the chosen schema.</source>
        <translation>The dataset “%1” no longer exists, or no longer uses the chosen schema.</translation>
    </message>
    <message>
        <source>Choose the dataset again on the Dataset page.</source>
        <translation>Choose the dataset again on the Dataset page.</translation>
    </message>
    <message>
        <source>The schema “%1” no longer exists in this sandbox.</source>
        <translation>The schema “%1” no longer exists in this sandbox.</translation>
    </message>
    <message>
        <source>Choose the schema again on the Schema page.</source>
        <translation>Choose the schema again on the Schema page.</translation>
    </message>
    <message>
        <source>A name is missing.</source>
        <translation>A name is missing.</translation>
    </message>
    <message>
        <source>Give the dataflow and the new account a name.</source>
        <translation>Give the dataflow and the new account a name.</translation>
    </message>
    <message>
        <source>The Flow Service refused the request: a value is missing or not valid.</source>
        <translation>The Flow Service refused the request: a value is missing or not valid.</translation>
    </message>
    <message>
        <source>Check the values entered on the previous pages; the Platform&apos;s reason is under Details.</source>
        <translation>Check the values entered on the previous pages; the Platform&apos;s reason is under Details.</translation>
    </message>
    <message>
        <source>The connection asked for does not exist (or no longer exists) in this sandbox.</source>
        <translation>The connection asked for does not exist (or no longer exists) in this sandbox.</translation>
    </message>
    <message>
        <source>The Flow Service refused the way a list was asked for.</source>
        <translation>The Flow Service refused the way a list was asked for.</translation>
    </message>
    <message>
        <source>A change was sent without the version of the object it changes.</source>
        <translation>A change was sent without the version of the object it changes.</translation>
    </message>
    <message>
        <source>The Flow Service received an empty request.</source>
        <translation>The Flow Service received an empty request.</translation>
    </message>
    <message>
        <source>A dataflow cannot be given a state when it is created.</source>
        <translation>A dataflow cannot be given a state when it is created.</translation>
    </message>
    <message>
        <source>The version of the mapping this dataflow should use does not exist.</source>
        <translation>The version of the mapping this dataflow should use does not exist.</translation>
    </message>
    <message>
        <source>Go back to the Mapping page, then create the dataflow again: the mapping is saved anew.</source>
        <translation>Go back to the Mapping page, then create the dataflow again: the mapping is saved anew.</translation>
    </message>
    <message>
        <source>The chosen account belongs to another source.</source>
        <translation>The chosen account belongs to another source.</translation>
    </message>
    <message>
        <source>Choose an account of this source on the Source page.</source>
        <translation>Choose an account of this source on the Source page.</translation>
    </message>
    <message>
        <source>This source cannot be used in this kind of dataflow, or not with this destination.</source>
        <translation>This source cannot be used in this kind of dataflow, or not with this destination.</translation>
    </message>
    <message>
        <source>Choose another source on the Source page; if it keeps happening, report it with the text under Details.</source>
        <translation>Choose another source on the Source page; if it keeps happening, report it with the text under Details.</translation>
    </message>
    <message>
        <source>This part of the dataflow cannot be changed once it is created.</source>
        <translation>This part of the dataflow cannot be changed once it is created.</translation>
    </message>
    <message>
        <source>Create a new dataflow to change it.</source>
        <translation>Create a new dataflow to change it.</translation>
    </message>
    <message>
        <source>This source does not offer the chosen way of signing in.</source>
        <translation>This source does not offer the chosen way of signing in.</translation>
    </message>
    <message>
        <source>Choose another authentication for the new account on the Source page.</source>
        <translation>Choose another authentication for the new account on the Source page.</translation>
    </message>
    <message>
        <source>Delete the dataflows that use it first.</source>
        <translation>Delete the dataflows that use it first.</translation>
    </message>
    <message>
        <source>Choose a dataset of the mapping&apos;s schema on the Dataset page, or map again.</source>
        <translation>Choose a dataset of the mapping&apos;s schema on the Dataset page, or map again.</translation>
    </message>
    <message>
        <source>The Flow Service refused the order a list was asked in.</source>
        <translation>The Flow Service refused the order a list was asked in.</translation>
    </message>
    <message>
        <source>The Flow Service refused a change of the dataflow as it was written.</source>
        <translation>The Flow Service refused a change of the dataflow as it was written.</translation>
    </message>
    <message>
        <source>This dataflow does not exist (or no longer exists) in this sandbox.</source>
        <translation>This dataflow does not exist (or no longer exists) in this sandbox.</translation>
    </message>
    <message>
        <source>It may have been deleted: refresh the list, or check the sandbox.</source>
        <translation>It may have been deleted: refresh the list, or check the sandbox.</translation>
    </message>
    <message>
        <source>The Flow Service refused the filter of a list.</source>
        <translation>The Flow Service refused the filter of a list.</translation>
    </message>
    <message>
        <source>The sandbox “%1” does not exist, or this credential cannot use it.</source>
        <translation>The sandbox “%1” does not exist, or this credential cannot use it.</translation>
    </message>
    <message>
        <source>Choose another sandbox on the first page.</source>
        <translation>Choose another sandbox on the first page.</translation>
    </message>
    <message>
        <source>The Schema Registry refused the format a schema was asked in.</source>
        <translation>The Schema Registry refused the format a schema was asked in.</translation>
    </message>
    <message>
        <source>The schema, class or field group asked for does not exist (or no longer exists) in this sandbox.</source>
        <translation>The schema, class or field group asked for does not exist (or no longer exists) in this sandbox.</translation>
    </message>
    <message>
        <source>The Schema Registry refused the way a list was asked for.</source>
        <translation>The Schema Registry refused the way a list was asked for.</translation>
    </message>
    <message>
        <source>The new schema needs a name.</source>
        <translation>The new schema needs a name.</translation>
    </message>
    <message>
        <source>Enter a name for the schema on the Schema page.</source>
        <translation>Enter a name for the schema on the Schema page.</translation>
    </message>
    <message>
        <source>The class or field group “%1” does not exist in this sandbox.</source>
        <translation>The class or field group “%1” does not exist in this sandbox.</translation>
    </message>
    <message>
        <source>Choose another class or field group on the Schema page.</source>
        <translation>Choose another class or field group on the Schema page.</translation>
    </message>
    <message>
        <source>The field group “%1” cannot be used with the schema&apos;s class.</source>
        <translation>The field group “%1” cannot be used with the schema&apos;s class.</translation>
    </message>
    <message>
        <source>Remove this field group, or choose another class, on the Schema page.</source>
        <translation>Remove this field group, or choose another class, on the Schema page.</translation>
    </message>
    <message>
        <source>The schema already has a primary identity: “%1”.</source>
        <translation>The schema already has a primary identity: “%1”.</translation>
    </message>
    <message>
        <source>Keep that identity, or choose another schema on the Schema page.</source>
        <translation>Keep that identity, or choose another schema on the Schema page.</translation>
    </message>
    <message>
        <source>A schema needs a primary identity before it can feed the Real-Time Customer Profile.</source>
        <translation>A schema needs a primary identity before it can feed the Real-Time Customer Profile.</translation>
    </message>
    <message>
        <source>Choose a primary identity on the Schema page.</source>
        <translation>Choose a primary identity on the Schema page.</translation>
    </message>
    <message>
        <source>The field “%1” does not exist in the schema.</source>
        <translation>The field “%1” does not exist in the schema.</translation>
    </message>
    <message>
        <source>Choose another identity field on the Schema page.</source>
        <translation>Choose another identity field on the Schema page.</translation>
    </message>
    <message>
        <source>The identity field has no identity namespace.</source>
        <translation>The identity field has no identity namespace.</translation>
    </message>
    <message>
        <source>Choose an identity namespace on the Schema page.</source>
        <translation>Choose an identity namespace on the Schema page.</translation>
    </message>
    <message>
        <source>The Schema Registry refused the schema or its identity.</source>
        <translation>The Schema Registry refused the schema or its identity.</translation>
    </message>
    <message>
        <source>Check the schema&apos;s class, field groups and identity on the Schema page; the Platform&apos;s reason is under Details.</source>
        <translation>Check the schema&apos;s class, field groups and identity on the Schema page; the Platform&apos;s reason is under Details.</translation>
    </message>
    <message>
        <source>The Catalog refused the way a list was asked for.</source>
        <translation>The Catalog refused the way a list was asked for.</translation>
    </message>
    <message>
        <source>The new dataset needs a name.</source>
        <translation>The new dataset needs a name.</translation>
    </message>
    <message>
        <source>Enter a name for the dataset on the Dataset page.</source>
        <translation>Enter a name for the dataset on the Dataset page.</translation>
    </message>
    <message>
        <source>The Catalog refused the way the dataset names its schema.</source>
        <translation>The Catalog refused the way the dataset names its schema.</translation>
    </message>
    <message>
        <source>The schema “%1” chosen for the dataset does not exist in this sandbox.</source>
        <translation>The schema “%1” chosen for the dataset does not exist in this sandbox.</translation>
    </message>
    <message>
        <source>The schema chosen for the dataset does not exist in this sandbox.</source>
        <translation>The schema chosen for the dataset does not exist in this sandbox.</translation>
    </message>
    <message>
        <source>The dataset “%1” does not exist (or no longer exists) in this sandbox.</source>
        <translation>The dataset “%1” does not exist (or no longer exists) in this sandbox.</translation>
    </message>
    <message>
        <source>The dataset or the batch asked for does not exist (or no longer exists) in this sandbox.</source>
        <translation>The dataset or the batch asked for does not exist (or no longer exists) in this sandbox.</translation>
    </message>
    <message>
        <source>The schema the mapping writes to does not exist in this sandbox.</source>
        <translation>The schema the mapping writes to does not exist in this sandbox.</translation>
    </message>
    <message>
        <source>The mapping maps no field.</source>
        <translation>The mapping maps no field.</translation>
    </message>
    <message>
        <source>Map at least one field on the Mapping page.</source>
        <translation>Map at least one field on the Mapping page.</translation>
    </message>
    <message>
        <source>Data Prep refused the kind of a mapping rule.</source>
        <translation>Data Prep refused the kind of a mapping rule.</translation>
    </message>
    <message>
        <source>The mapping set asked for does not exist (or no longer exists).</source>
        <translation>The mapping set asked for does not exist (or no longer exists).</translation>
    </message>
    <message>
        <source>The Platform found problems in the mapping.</source>
        <translation>The Platform found problems in the mapping.</translation>
    </message>
    <message>
        <source>Correct the rules on the Mapping page; the Platform&apos;s reasons are under Details.</source>
        <translation>Correct the rules on the Mapping page; the Platform&apos;s reasons are under Details.</translation>
    </message>
    <message>
        <source>Data Prep refused the way a list was asked for.</source>
        <translation>Data Prep refused the way a list was asked for.</translation>
    </message>
    <message>
        <source>This sandbox does not exist, or this credential cannot use it.</source>
        <translation>This sandbox does not exist, or this credential cannot use it.</translation>
    </message>
    <message>
        <source>The sandbox service refused the way the list of sandboxes was asked for.</source>
        <translation>The sandbox service refused the way the list of sandboxes was asked for.</translation>
    </message>
    <message>
        <source>The Platform could not read the request.</source>
        <translation>The Platform could not read the request.</translation>
    </message>
    <message>
        <source>The Platform refused the request as it was written.</source>
        <translation>The Platform refused the request as it was written.</translation>
    </message>
    <message>
        <source>%1 of the %2 records were refused, more than the partial ingestion threshold of %3%: the run failed and nothing was ingested.</source>
        <translation>%1 of the %2 records were refused, more than the partial ingestion threshold of %3%: the run failed and nothing was ingested.</translation>
    </message>
    <message>
        <source>Correct the errors listed here, or raise the threshold on the Schedule page.</source>
        <translation>Correct the errors listed here, or raise the threshold on the Schedule page.</translation>
    </message>
    <message>
        <source>The source, dataset, schema or mapping this dataflow uses no longer exists.</source>
        <translation>The source, dataset, schema or mapping this dataflow uses no longer exists.</translation>
    </message>
    <message>
        <source>Create the dataflow again with the wizard, or delete this one.</source>
        <translation>Create the dataflow again with the wizard, or delete this one.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) have no value for “%1”, and this field must be filled (it is required, or it is the identity): these records were skipped.</source>
        <translation>
            <numerusform>%n record has no value for “%1”, and this field must be filled (it is required, or it is the identity): this record was skipped.</numerusform>
            <numerusform>%n records have no value for “%1”, and this field must be filled (it is required, or it is the identity): these records were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Map another column to this field, or fill the value in the source.</source>
        <translation>Map another column to this field, or fill the value in the source.</translation>
    </message>
    <message>
        <source>The required field “%1” is not mapped, so no record could be ingested.</source>
        <translation>The required field “%1” is not mapped, so no record could be ingested.</translation>
    </message>
    <message>
        <source>Map a column to this field on the Mapping page.</source>
        <translation>Map a column to this field on the Mapping page.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) have a value for “%1” that is not an e-mail address (for example “%2”): these records were skipped.</source>
        <translation>
            <numerusform>%n record has a value for “%1” that is not an e-mail address (for example “%2”): this record was skipped.</numerusform>
            <numerusform>%n records have a value for “%1” that is not an e-mail address (for example “%2”): these records were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the addresses in the source, or map another column to this field.</source>
        <translation>Correct the addresses in the source, or map another column to this field.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) have a value that the field “%1” does not allow (for example “%2”): these records were skipped.</source>
        <translation>
            <numerusform>%n record has a value that the field “%1” does not allow (for example “%2”): this record was skipped.</numerusform>
            <numerusform>%n records have a value that the field “%1” does not allow (for example “%2”): these records were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the values in the source, or turn them into allowed ones with a calculated field on the Mapping page.</source>
        <translation>Change the values in the source, or turn them into allowed ones with a calculated field on the Mapping page.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) have a value that does not fit the type of “%1” (%3; for example “%2”): these records were skipped.</source>
        <translation>
            <numerusform>%n record has a value that does not fit the type of “%1” (%3; for example “%2”): this record was skipped.</numerusform>
            <numerusform>%n records have a value that does not fit the type of “%1” (%3; for example “%2”): these records were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Convert the value with a calculated field on the Mapping page, or correct it in the source.</source>
        <translation>Convert the value with a calculated field on the Mapping page, or correct it in the source.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) have a number too large or too small for “%1” (for example %2): these records were skipped.</source>
        <translation>
            <numerusform>%n record has a number too large or too small for “%1” (for example %2): this record was skipped.</numerusform>
            <numerusform>%n records have a number too large or too small for “%1” (for example %2): these records were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Map this column to a field of a larger type, or correct the values in the source.</source>
        <translation>Map this column to a field of a larger type, or correct the values in the source.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) have a value of the wrong type for “%1” (expected: %2): these records were skipped.</source>
        <translation>
            <numerusform>%n record has a value of the wrong type for “%1” (expected: %2): this record was skipped.</numerusform>
            <numerusform>%n records have a value of the wrong type for “%1” (expected: %2): these records were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be mapped to “%1”: these records were skipped.</source>
        <translation>
            <numerusform>%n record could not be mapped to “%1”: this record was skipped.</numerusform>
            <numerusform>%n records could not be mapped to “%1”: these records were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Platform&apos;s reason is under Details: correct the mapping of this field, or the values in the source.</source>
        <translation>The Platform&apos;s reason is under Details: correct the mapping of this field, or the values in the source.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) have no value for a field the schema requires (a required field, or the identity): the dataset refused them.</source>
        <translation>
            <numerusform>%n record has no value for a field the schema requires (a required field, or the identity): the dataset refused it.</numerusform>
            <numerusform>%n records have no value for a field the schema requires (a required field, or the identity): the dataset refused them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Map a column to every required field on the Mapping page, or fill the values in the source.</source>
        <translation>Map a column to every required field on the Mapping page, or fill the values in the source.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were refused when written to the dataset: they do not fit its schema (a value of the wrong type or format, or a value missing).</source>
        <translation>
            <numerusform>%n record was refused when written to the dataset: it does not fit its schema (a value of the wrong type or format, or a value missing).</numerusform>
            <numerusform>%n records were refused when written to the dataset: they do not fit its schema (a value of the wrong type or format, or a value missing).</numerusform>
        </translation>
    </message>
    <message>
        <source>The Platform&apos;s reason is under Details: correct the mapping on the Mapping page, or the values in the source.</source>
        <translation>The Platform&apos;s reason is under Details: correct the mapping on the Mapping page, or the values in the source.</translation>
    </message>
</context>
<context>
    <name>ExpressionCatalog</name>
    <message>
        <source>Joins its texts into one.</source>
        <translation>Joins its texts into one.</translation>
    </message>
    <message>
        <source>The text in lower case.</source>
        <translation>The text in lower case.</translation>
    </message>
    <message>
        <source>The text in upper case.</source>
        <translation>The text in upper case.</translation>
    </message>
    <message>
        <source>The text without the spaces at its start and end.</source>
        <translation>The text without the spaces at its start and end.</translation>
    </message>
    <message>
        <source>The text without the spaces at its start.</source>
        <translation>The text without the spaces at its start.</translation>
    </message>
    <message>
        <source>The text without the spaces at its end.</source>
        <translation>The text without the spaces at its end.</translation>
    </message>
    <message>
        <source>Part of the text: LENGTH characters from START_INDEX.</source>
        <translation>Part of the text: LENGTH characters from START_INDEX.</translation>
    </message>
    <message>
        <source>The text with every TO_FIND replaced by TO_REPLACE.</source>
        <translation>The text with every TO_FIND replaced by TO_REPLACE.</translation>
    </message>
    <message>
        <source>Cuts the text at each separator into a list.</source>
        <translation>Cuts the text at each separator into a list.</translation>
    </message>
    <message>
        <source>Cuts the text into a list at a pattern (a comma by default).</source>
        <translation>Cuts the text into a list at a pattern (a comma by default).</translation>
    </message>
    <message>
        <source>The first COUNT characters of the text.</source>
        <translation>The first COUNT characters of the text.</translation>
    </message>
    <message>
        <source>The last COUNT characters of the text.</source>
        <translation>The last COUNT characters of the text.</translation>
    </message>
    <message>
        <source>The text padded on the left to COUNT characters.</source>
        <translation>The text padded on the left to COUNT characters.</translation>
    </message>
    <message>
        <source>The text padded on the right to COUNT characters.</source>
        <translation>The text padded on the right to COUNT characters.</translation>
    </message>
    <message>
        <source>Joins the values of a list with a separator between them.</source>
        <translation>Joins the values of a list with a separator between them.</translation>
    </message>
    <message>
        <source>The groups of a regular expression found in the text.</source>
        <translation>The groups of a regular expression found in the text.</translation>
    </message>
    <message>
        <source>Whether the text matches a regular expression.</source>
        <translation>Whether the text matches a regular expression.</translation>
    </message>
    <message>
        <source>The SHA-256 hash of the text.</source>
        <translation>The SHA-256 hash of the text.</translation>
    </message>
    <message>
        <source>The SHA-1 hash of the text.</source>
        <translation>The SHA-1 hash of the text.</translation>
    </message>
    <message>
        <source>The SHA-512 hash of the text.</source>
        <translation>The SHA-512 hash of the text.</translation>
    </message>
    <message>
        <source>The MD5 hash of the text.</source>
        <translation>The MD5 hash of the text.</translation>
    </message>
    <message>
        <source>The CRC-32 checksum of the text.</source>
        <translation>The CRC-32 checksum of the text.</translation>
    </message>
    <message>
        <source>The date and time when the row is ingested.</source>
        <translation>The date and time when the row is ingested.</translation>
    </message>
    <message>
        <source>The current time in milliseconds since 1970.</source>
        <translation>The current time in milliseconds since 1970.</translation>
    </message>
    <message>
        <source>Reads a date from a text written in the given format.</source>
        <translation>Reads a date from a text written in the given format.</translation>
    </message>
    <message>
        <source>Writes a date as a text in the given format.</source>
        <translation>Writes a date as a text in the given format.</translation>
    </message>
    <message>
        <source>Writes a time in milliseconds since 1970 as a text in the given format.</source>
        <translation>Writes a time in milliseconds since 1970 as a text in the given format.</translation>
    </message>
    <message>
        <source>One part of a date: its year, month, day, hour...</source>
        <translation>One part of a date: its year, month, day, hour...</translation>
    </message>
    <message>
        <source>The date with one of its parts changed.</source>
        <translation>The date with one of its parts changed.</translation>
    </message>
    <message>
        <source>A date and time made from its parts.</source>
        <translation>A date and time made from its parts.</translation>
    </message>
    <message>
        <source>The date and time in UTC.</source>
        <translation>The date and time in UTC.</translation>
    </message>
    <message>
        <source>The date and time in another time zone.</source>
        <translation>The date and time in another time zone.</translation>
    </message>
    <message>
        <source>One value when the condition is true, the other when not.</source>
        <translation>One value when the condition is true, the other when not.</translation>
    </message>
    <message>
        <source>The value paired with the key, or the default when none is.</source>
        <translation>The value paired with the key, or the default when none is.</translation>
    </message>
    <message>
        <source>The first of its values that is not null.</source>
        <translation>The first of its values that is not null.</translation>
    </message>
    <message>
        <source>The first of its values.</source>
        <translation>The first of its values.</translation>
    </message>
    <message>
        <source>The last of its values.</source>
        <translation>The last of its values.</translation>
    </message>
    <message>
        <source>A list of its values, with or without the null ones.</source>
        <translation>A list of its values, with or without the null ones.</translation>
    </message>
    <message>
        <source>How many values the list holds.</source>
        <translation>How many values the list holds.</translation>
    </message>
    <message>
        <source>Whether the text, list or object is empty.</source>
        <translation>Whether the text, list or object is empty.</translation>
    </message>
    <message>
        <source>An object made of key and value pairs.</source>
        <translation>An object made of key and value pairs.</translation>
    </message>
    <message>
        <source>An object read from a text of keys and values.</source>
        <translation>An object read from a text of keys and values.</translation>
    </message>
    <message>
        <source>The values an object holds.</source>
        <translation>The values an object holds.</translation>
    </message>
    <message>
        <source>Whether the object has the key.</source>
        <translation>Whether the object has the key.</translation>
    </message>
    <message>
        <source>The whole number the text holds.</source>
        <translation>The whole number the text holds.</translation>
    </message>
    <message>
        <source>The (large) whole number the text holds.</source>
        <translation>The (large) whole number the text holds.</translation>
    </message>
    <message>
        <source>The decimal number the text holds.</source>
        <translation>The decimal number the text holds.</translation>
    </message>
    <message>
        <source>The floating-point number the text holds.</source>
        <translation>The floating-point number the text holds.</translation>
    </message>
    <message>
        <source>The object a JSON text describes.</source>
        <translation>The object a JSON text describes.</translation>
    </message>
    <message>
        <source>The smallest of its values.</source>
        <translation>The smallest of its values.</translation>
    </message>
    <message>
        <source>The largest of its values.</source>
        <translation>The largest of its values.</translation>
    </message>
    <message>
        <source>A new random identifier (UUID).</source>
        <translation>A new random identifier (UUID).</translation>
    </message>
    <message>
        <source>No value: the field is left empty.</source>
        <translation>No value: the field is left empty.</translation>
    </message>
    <message>
        <source>The protocol of a web address (https...).</source>
        <translation>The protocol of a web address (https...).</translation>
    </message>
    <message>
        <source>The host of a web address.</source>
        <translation>The host of a web address.</translation>
    </message>
    <message>
        <source>The path of a web address.</source>
        <translation>The path of a web address.</translation>
    </message>
    <message>
        <source>The query parameters of a web address.</source>
        <translation>The query parameters of a web address.</translation>
    </message>
    <message>
        <source>The text encoded for a web address.</source>
        <translation>The text encoded for a web address.</translation>
    </message>
    <message>
        <source>The text of a web address, decoded.</source>
        <translation>The text of a web address, decoded.</translation>
    </message>
    <message>
        <source>Whether the two texts are the same.</source>
        <translation>Whether the two texts are the same.</translation>
    </message>
    <message>
        <source>Whether the two texts are the same, ignoring case.</source>
        <translation>Whether the two texts are the same, ignoring case.</translation>
    </message>
</context>
<context>
    <name>ExpressionEditor</name>
    <message>
        <source>Check with the &amp;Platform</source>
        <translation>Check with the &amp;Platform</translation>
    </message>
    <message>
        <source>Calculated field</source>
        <translation>Calculated field</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>e.g. concat(Properties_Firstname_Value, &quot; &quot;, Properties_Lastname_Value)</source>
        <translation>e.g. concat(Properties_Firstname_Value, &quot; &quot;, Properties_Lastname_Value)</translation>
    </message>
    <message>
        <source>Source columns</source>
        <translation>Source columns</translation>
    </message>
    <message>
        <source>Search the functions</source>
        <translation>Search the functions</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Functions</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <source>The Platform can check a calculated field once the schema exists there; a new schema is made on the Review page.</source>
        <translation>The Platform can check a calculated field once the schema exists there; a new schema is made on the Review page.</translation>
    </message>
    <message>
        <source>Insert the &amp;column</source>
        <translation>Insert the &amp;column</translation>
    </message>
    <message>
        <source>Insert the &amp;function</source>
        <translation>Insert the &amp;function</translation>
    </message>
    <message>
        <source>&amp;Expression filling %1:</source>
        <translation>&amp;Expression filling %1:</translation>
    </message>
    <message>
        <source>Co&amp;lumns:</source>
        <translation>Co&amp;lumns:</translation>
    </message>
    <message>
        <source>F&amp;unctions:</source>
        <translation>F&amp;unctions:</translation>
    </message>
    <message>
        <source>Asks Data Prep whether it accepts this calculated field for %1.</source>
        <translation>Asks Data Prep whether it accepts this calculated field for %1.</translation>
    </message>
    <message>
        <source>The expression reads correctly.</source>
        <translation>The expression reads correctly.</translation>
    </message>
    <message>
        <source>Character %1: %2</source>
        <extracomment>%1 the character where the problem is (1 for the first), %2 the problem and what to do.</extracomment>
        <translation>Character %1: %2</translation>
    </message>
    <message>
        <source>No function matches this search.</source>
        <translation>No function matches this search.</translation>
    </message>
    <message>
        <source>%1 — %2 Example: %3</source>
        <extracomment>%1 the signature, %2 the sentence, %3 an example.</extracomment>
        <translation>%1 — %2 Example: %3</translation>
    </message>
    <message>
        <source>Asking the Platform…</source>
        <translation>Asking the Platform…</translation>
    </message>
    <message>
        <source>The Platform could not check it: %1</source>
        <translation>The Platform could not check it: %1</translation>
    </message>
    <message>
        <source>The Platform accepts this calculated field.</source>
        <translation>The Platform accepts this calculated field.</translation>
    </message>
    <message>
        <source>The Platform refuses this calculated field: %1</source>
        <translation>The Platform refuses this calculated field: %1</translation>
    </message>
</context>
<context>
    <name>ExpressionEvaluator</name>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>&quot;%1&quot; is not a date.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>to_object takes keys and values in pairs.</source>
        <translation>to_object takes keys and values in pairs.</translation>
    </message>
    <message>
        <source>The text is not a JSON object: %1</source>
        <translation>The text is not a JSON object: %1</translation>
    </message>
    <message>
        <source>The function %1 cannot be evaluated here.</source>
        <translation>The function %1 cannot be evaluated here.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2.</source>
        <translation>&quot;%1&quot; is not a valid regular expression: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the format %2.</source>
        <translation>&quot;%1&quot; is not a date in the format %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a part of a date: use year, month, day, hour, minute or second.</source>
        <translation>&quot;%1&quot; is not a part of a date: use year, month, day, hour, minute or second.</translation>
    </message>
    <message>
        <source>There is no method &quot;%1&quot;.</source>
        <translation>There is no method &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number, so %2 cannot be computed.</source>
        <translation>&quot;%1&quot; is not a number, so %2 cannot be computed.</translation>
    </message>
    <message>
        <source>Division by zero.</source>
        <translation>Division by zero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number, so it cannot be negated.</source>
        <translation>&quot;%1&quot; is not a number, so it cannot be negated.</translation>
    </message>
    <message>
        <source>This expression cannot be evaluated here; the Platform reads it when the dataflow runs.</source>
        <translation>This expression cannot be evaluated here; the Platform reads it when the dataflow runs.</translation>
    </message>
    <message>
        <source>Computed by the Platform when the dataflow runs (%1).</source>
        <translation>Computed by the Platform when the dataflow runs (%1).</translation>
    </message>
</context>
<context>
    <name>ExpressionParser</name>
    <message>
        <source>The expression is empty: write a column, a text in quotes, a number or a function.</source>
        <translation>The expression is empty: write a column, a text in quotes, a number or a function.</translation>
    </message>
    <message>
        <source>An expression has at most %1 characters; this one has %2: shorten it.</source>
        <translation>An expression has at most %1 characters; this one has %2: shorten it.</translation>
    </message>
    <message>
        <source>The expression ends where a value is expected: complete it.</source>
        <translation>The expression ends where a value is expected: complete it.</translation>
    </message>
    <message>
        <source>This &quot;)&quot; closes nothing: remove it.</source>
        <translation>This &quot;)&quot; closes nothing: remove it.</translation>
    </message>
    <message>
        <source>This &quot;]&quot; closes nothing: remove it.</source>
        <translation>This &quot;]&quot; closes nothing: remove it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot follow a value here: put a comma or an operator before it.</source>
        <translation>&quot;%1&quot; cannot follow a value here: put a comma or an operator before it.</translation>
    </message>
    <message>
        <source>A value is missing before &quot;%1&quot;: write a column, a text in quotes or a number.</source>
        <translation>A value is missing before &quot;%1&quot;: write a column, a text in quotes or a number.</translation>
    </message>
    <message>
        <source>The column name opened by ${ at character %1 is not closed: add &quot;}&quot;.</source>
        <translation>The column name opened by ${ at character %1 is not closed: add &quot;}&quot;.</translation>
    </message>
    <message>
        <source>The text opened by %1 at character %2 is not closed: add a closing %1.</source>
        <translation>The text opened by %1 at character %2 is not closed: add a closing %1.</translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; has no meaning here: remove it.</source>
        <translation>The character &quot;%1&quot; has no meaning here: remove it.</translation>
    </message>
    <message>
        <source>The expression is nested more than %1 levels deep: simplify it.</source>
        <translation>The expression is nested more than %1 levels deep: simplify it.</translation>
    </message>
    <message>
        <source>The condition ? at character %1 needs its &quot;:&quot; and a value for when it is false: add them.</source>
        <translation>The condition ? at character %1 needs its &quot;:&quot; and a value for when it is false: add them.</translation>
    </message>
    <message>
        <source>A method name is expected after the dot, e.g. .equals(&quot;x&quot;).</source>
        <translation>A method name is expected after the dot, e.g. .equals(&quot;x&quot;).</translation>
    </message>
    <message>
        <source>A method is called with parentheses: write %1(...).</source>
        <translation>A method is called with parentheses: write %1(...).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved word: write ${%2} for a column of that name.</source>
        <translation>&quot;%1&quot; is a reserved word: write ${%2} for a column of that name.</translation>
    </message>
    <message>
        <source>The table has no column &quot;%1&quot;: choose one of its columns.</source>
        <translation>The table has no column &quot;%1&quot;: choose one of its columns.</translation>
    </message>
    <message>
        <source>The table has no column &quot;%1&quot;: did you mean &quot;%2&quot;?</source>
        <translation>The table has no column &quot;%1&quot;: did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>There is no method &quot;%1&quot;: use equals or equalsIgnoreCase.</source>
        <translation>There is no method &quot;%1&quot;: use equals or equalsIgnoreCase.</translation>
    </message>
    <message>
        <source>There is no function &quot;%1&quot;: choose one from the function list.</source>
        <translation>There is no function &quot;%1&quot;: choose one from the function list.</translation>
    </message>
    <message>
        <source>There is no function &quot;%1&quot;: did you mean &quot;%2&quot;?</source>
        <translation>There is no function &quot;%1&quot;: did you mean &quot;%2&quot;?</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n argument(s), here %2: write %3.</source>
        <translation>
            <numerusform>%1 takes %n argument, here %2: write %3.</numerusform>
            <numerusform>%1 takes %n arguments, here %2: write %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at least %n argument(s), here %2: write %3.</source>
        <translation>
            <numerusform>%1 takes at least %n argument, here %2: write %3.</numerusform>
            <numerusform>%1 takes at least %n arguments, here %2: write %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n argument(s), here %2: write %3.</source>
        <translation>
            <numerusform>%1 takes at most %n argument, here %2: write %3.</numerusform>
            <numerusform>%1 takes at most %n arguments, here %2: write %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The parenthesis opened at character %1 is not closed: add &quot;)&quot;.</source>
        <translation>The parenthesis opened at character %1 is not closed: add &quot;)&quot;.</translation>
    </message>
    <message>
        <source>The list opened at character %1 is not closed: add &quot;]&quot;.</source>
        <translation>The list opened at character %1 is not closed: add &quot;]&quot;.</translation>
    </message>
</context>
<context>
    <name>FieldChoiceModel</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A group of fields in the destination picker: %1 its title, %2 its path.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>A field in the destination picker: %1 its title, %2 its path, %3 its XDM type.</extracomment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>primary identity</source>
        <translation>primary identity</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>mapped in row %1</source>
        <extracomment>%1 the row number of the other rule filling the field.</extracomment>
        <translation>mapped in row %1</translation>
    </message>
    <message>
        <source>mapped in rows %1</source>
        <translation>mapped in rows %1</translation>
    </message>
</context>
<context>
    <name>FieldGroupList</name>
    <message>
        <source>Field groups</source>
        <translation>Field groups</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n field(s)</source>
        <translation>
            <numerusform>%1 — %n field</numerusform>
            <numerusform>%1 — %n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowListModel</name>
    <message>
        <source>unknown destination</source>
        <translation>unknown destination</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>unknown source</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Where a dataflow reads and writes: %1 its source (HubSpot), %2 its destination (Data Lake).</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1
Id: %2</source>
        <extracomment>A dataflow in the import list: %1 its source and destination, %2 its id.</extracomment>
        <translation>%1
Id: %2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
</context>
<context>
    <name>IdentityPicker</name>
    <message>
        <source>Primary identity field</source>
        <translation>Primary identity field</translation>
    </message>
    <message>
        <source>Identity namespace</source>
        <translation>Identity namespace</translation>
    </message>
    <message>
        <source>The kind of identifier the field holds, as Experience Platform names it (its identity namespace).</source>
        <translation>The kind of identifier the field holds, as Experience Platform names it (its identity namespace).</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ImportMappingDialog</name>
    <message>
        <source>Import the mapping of a dataflow</source>
        <translation>Import the mapping of a dataflow</translation>
    </message>
    <message>
        <source>Pick a dataflow of this sandbox to see its mapping rules, then take them: they replace the rules of this mapping (Undo brings them back).</source>
        <translation>Pick a dataflow of this sandbox to see its mapping rules, then take them: they replace the rules of this mapping (Undo brings them back).</translation>
    </message>
    <message>
        <source>Search dataflows</source>
        <translation>Search dataflows</translation>
    </message>
    <message>
        <source>Dataflows</source>
        <translation>Dataflows</translation>
    </message>
    <message>
        <source>The dataflow&apos;s mapping rules</source>
        <translation>The dataflow&apos;s mapping rules</translation>
    </message>
    <message>
        <source>&amp;Take these rules</source>
        <translation>&amp;Take these rules</translation>
    </message>
    <message>
        <source>Reading the dataflows of the sandbox…</source>
        <translation>Reading the dataflows of the sandbox…</translation>
    </message>
    <message>
        <source>This sandbox has no dataflow yet.</source>
        <translation>This sandbox has no dataflow yet.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>Reading the mapping of this dataflow…</source>
        <translation>Reading the mapping of this dataflow…</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>This dataflow has no mapping rules to take.</source>
        <translation>This dataflow has no mapping rules to take.</translation>
    </message>
    <message>
        <source>This dataflow writes into another schema: rules for fields this schema lacks will show as problems.</source>
        <translation>This dataflow writes into another schema: rules for fields this schema lacks will show as problems.</translation>
    </message>
    <message>
        <source>The dataflows could not be listed.</source>
        <translation>The dataflows could not be listed.</translation>
    </message>
    <message>
        <source>The mapping of this dataflow could not be read.</source>
        <translation>The mapping of this dataflow could not be read.</translation>
    </message>
</context>
<context>
    <name>ImsAuth</name>
    <message>
        <source>Enter the client ID and the client secret of the credential.</source>
        <translation>Enter the client ID and the client secret of the credential.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No secret is stored in the system keychain for this credential. Enter it again.</source>
        <translation>No secret is stored in the system keychain for this credential. Enter it again.</translation>
    </message>
    <message>
        <source>The system keychain (a Secret Service such as GNOME Keyring or KWallet) cannot be reached. Unlock or start it and try again, or go on and keep the secret for this session only.</source>
        <translation>The system keychain (a Secret Service such as GNOME Keyring or KWallet) cannot be reached. Unlock or start it and try again, or go on and keep the secret for this session only.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it or allow this program when asked, then try again, or go on and keep the secret for this session only.</source>
        <translation>The system keychain refused access. Unlock it or allow this program when asked, then try again, or go on and keep the secret for this session only.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again, or go on and keep the secret for this session only.</source>
        <translation>The system keychain reported an error. Try again, or go on and keep the secret for this session only.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <extracomment>%1 is the keychain&apos;s own (untranslated) error message.</extracomment>
        <translation>Details: %1</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain (a Secret Service such as GNOME Keyring or KWallet) did not answer within %n second(s). Unlock or start it and try again, or go on and keep the secret for this session only.</source>
        <translation>
            <numerusform>The system keychain (a Secret Service such as GNOME Keyring or KWallet) did not answer within %n second. Unlock or start it and try again, or go on and keep the secret for this session only.</numerusform>
            <numerusform>The system keychain (a Secret Service such as GNOME Keyring or KWallet) did not answer within %n seconds. Unlock or start it and try again, or go on and keep the secret for this session only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>The language of your computer when the wizard has it, English otherwise.</source>
        <translation>The language of your computer when the wizard has it, English otherwise.</translation>
    </message>
</context>
<context>
    <name>MappingChecks</name>
    <message>
        <source>Nothing fills the required field %1: rows without it will be rejected. Map a column to it.</source>
        <translation>Nothing fills the required field %1: rows without it will be rejected. Map a column to it.</translation>
    </message>
    <message>
        <source>The primary identity %1 has no identity namespace: go back to the Schema page and choose one, e.g. Email for an e-mail address.</source>
        <translation>The primary identity %1 has no identity namespace: go back to the Schema page and choose one, e.g. Email for an e-mail address.</translation>
    </message>
    <message>
        <source>The schema may have changed since this rule was made: choose one of its fields, or remove the rule.</source>
        <translation>The schema may have changed since this rule was made: choose one of its fields, or remove the rule.</translation>
    </message>
    <message>
        <source>Choose one of the table&apos;s columns, or remove the rule.</source>
        <translation>Choose one of the table&apos;s columns, or remove the rule.</translation>
    </message>
</context>
<context>
    <name>MappingCsv</name>
    <message>
        <source>The file is not UTF-8 text: characters that cannot be read are replaced.</source>
        <translation>The file is not UTF-8 text: characters that cannot be read are replaced.</translation>
    </message>
    <message>
        <source>Text after a closing quote: a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>Text after a closing quote: a quote inside a quoted field is written twice (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quote inside a field that does not start with one: quote the whole field.</source>
        <translation>A quote inside a field that does not start with one: quote the whole field.</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>A quoted field is not closed before the end of the file.</translation>
    </message>
    <message>
        <source>No header line: the file must start with sourceType,source,destination,description.</source>
        <translation>No header line: the file must start with sourceType,source,destination,description.</translation>
    </message>
    <message>
        <source>Unknown column “%1” in the header: ignored.</source>
        <translation>Unknown column “%1” in the header: ignored.</translation>
    </message>
    <message>
        <source>The header must name the columns sourceType, source and destination.</source>
        <translation>The header must name the columns sourceType, source and destination.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2: line left out.</source>
        <translation>%1 fields where the header has %2: line left out.</translation>
    </message>
    <message>
        <source>No source column.</source>
        <translation>No source column.</translation>
    </message>
    <message>
        <source>The table has no column “%1”.</source>
        <translation>The table has no column “%1”.</translation>
    </message>
    <message>
        <source>The calculated field is empty.</source>
        <translation>The calculated field is empty.</translation>
    </message>
    <message>
        <source>The calculated field is longer than 4096 characters.</source>
        <translation>The calculated field is longer than 4096 characters.</translation>
    </message>
    <message>
        <source>Unknown sourceType “%1”: ATTRIBUTE or EXPRESSION expected.</source>
        <translation>Unknown sourceType “%1”: ATTRIBUTE or EXPRESSION expected.</translation>
    </message>
    <message>
        <source>No destination field.</source>
        <translation>No destination field.</translation>
    </message>
    <message>
        <source>The schema has no field “%1” that a rule can fill.</source>
        <translation>The schema has no field “%1” that a rule can fill.</translation>
    </message>
    <message>
        <source>%1 is already filled by line %2: line left out.</source>
        <translation>%1 is already filled by line %2: line left out.</translation>
    </message>
</context>
<context>
    <name>MappingCsvButtons</name>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>Saves these rules as a CSV file in Adobe&apos;s template columns: sourceType, source, destination, description.</source>
        <translation>Saves these rules as a CSV file in Adobe&apos;s template columns: sourceType, source, destination, description.</translation>
    </message>
    <message>
        <source>Reads rules from a CSV file in Adobe&apos;s template columns; nothing changes before you confirm.</source>
        <translation>Reads rules from a CSV file in Adobe&apos;s template columns; nothing changes before you confirm.</translation>
    </message>
    <message>
        <source>Export mappings</source>
        <translation>Export mappings</translation>
    </message>
    <message>
        <source>Import mappings</source>
        <translation>Import mappings</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) written to “%1”.</source>
        <translation>
            <numerusform>%n rule written to “%1”.</numerusform>
            <numerusform>%n rules written to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Could not write “%1”: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Could not read “%1”: %2</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Mapping rules</source>
        <translation>Mapping rules</translation>
    </message>
</context>
<context>
    <name>MappingFilter</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Mapped</translation>
    </message>
    <message>
        <source>Unmapped</source>
        <translation>Unmapped</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>With problems</translation>
    </message>
</context>
<context>
    <name>MappingHistory</name>
    <message>
        <source>Clear all rules</source>
        <translation>Clear all rules</translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <extracomment>An undo step: %1 the source column or calculated field, %2 the schema field.</extracomment>
        <translation>Map %1 to %2</translation>
    </message>
    <message>
        <source>Clear the source of rule %1</source>
        <translation>Clear the source of rule %1</translation>
    </message>
    <message>
        <source>Set the source of rule %1 to %2</source>
        <translation>Set the source of rule %1 to %2</translation>
    </message>
    <message>
        <source>Clear the field of rule %1</source>
        <translation>Clear the field of rule %1</translation>
    </message>
    <message>
        <source>Set the field of rule %1 to %2</source>
        <translation>Set the field of rule %1 to %2</translation>
    </message>
    <message>
        <source>Add a calculated field</source>
        <translation>Add a calculated field</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Add a rule</translation>
    </message>
    <message>
        <source>Add the rule %1</source>
        <translation>Add the rule %1</translation>
    </message>
    <message>
        <source>Add %1 rules</source>
        <translation>Add %1 rules</translation>
    </message>
    <message>
        <source>Auto-map (1 rule)</source>
        <translation>Auto-map (1 rule)</translation>
    </message>
    <message>
        <source>Auto-map (%1 rules)</source>
        <translation>Auto-map (%1 rules)</translation>
    </message>
    <message>
        <source>Remove the rule %1</source>
        <translation>Remove the rule %1</translation>
    </message>
    <message>
        <source>Remove %1 rules</source>
        <translation>Remove %1 rules</translation>
    </message>
    <message>
        <source>Replace the rules (1 rule)</source>
        <translation>Replace the rules (1 rule)</translation>
    </message>
    <message>
        <source>Replace the rules (%1 rules)</source>
        <translation>Replace the rules (%1 rules)</translation>
    </message>
    <message>
        <source>Take 1 rule from the dataflow “%1”</source>
        <extracomment>An undo step: %1 how many rules, %2 the dataflow&apos;s name.</extracomment>
        <translation>Take 1 rule from the dataflow “%1”</translation>
    </message>
    <message>
        <source>Take %1 rules from the dataflow “%2”</source>
        <translation>Take %1 rules from the dataflow “%2”</translation>
    </message>
    <message>
        <source>Import 1 rule from %1</source>
        <extracomment>An undo step: %1 how many rules, %2 the CSV file&apos;s name.</extracomment>
        <translation>Import 1 rule from %1</translation>
    </message>
    <message>
        <source>Import %1 rules from %2</source>
        <translation>Import %1 rules from %2</translation>
    </message>
    <message>
        <source>Accept 1 suggestion</source>
        <translation>Accept 1 suggestion</translation>
    </message>
    <message>
        <source>Accept %1 suggestions</source>
        <translation>Accept %1 suggestions</translation>
    </message>
</context>
<context>
    <name>MappingIssues</name>
    <message>
        <source>Row %1</source>
        <extracomment>A mapping rule with neither column nor field yet, by its row number.</extracomment>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A mapping rule: %1 the source column or expression, %2 the schema field it fills.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 rules write this field (rows %2).</source>
        <extracomment>%1 rules (always two or more), the rows %2 (&quot;3 and 10&quot;), fill the same schema field.</extracomment>
        <translation>%1 rules write this field (rows %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the rules&apos; columns and field (&quot;Email → personalEmail.address&quot;), %2 the problem.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MappingMarks</name>
    <message numerus="yes">
        <source>%n field(s) mapped</source>
        <translation>
            <numerusform>%n field mapped</numerusform>
            <numerusform>%n fields mapped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) left</source>
        <translation>
            <numerusform>%n required field left</numerusform>
            <numerusform>%n required fields left</numerusform>
        </translation>
    </message>
    <message>
        <source>no identity field</source>
        <translation>no identity field</translation>
    </message>
    <message>
        <source>identity mapped</source>
        <translation>identity mapped</translation>
    </message>
    <message>
        <source>identity not mapped</source>
        <translation>identity not mapped</translation>
    </message>
    <message>
        <source>no problem</source>
        <translation>no problem</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Nothing fills the primary identity %1: map a column to it.</source>
        <translation>Nothing fills the primary identity %1: map a column to it.</translation>
    </message>
    <message>
        <source>Calculated field: %1</source>
        <translation>Calculated field: %1</translation>
    </message>
    <message>
        <source>%1 (primary identity)</source>
        <translation>%1 (primary identity)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Source column or calculated field</source>
        <translation>Source column or calculated field</translation>
    </message>
    <message>
        <source>Schema field</source>
        <translation>Schema field</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>&amp;Map automatically</source>
        <translation>&amp;Map automatically</translation>
    </message>
    <message>
        <source>&amp;Add a column</source>
        <translation>&amp;Add a column</translation>
    </message>
    <message>
        <source>Add a &amp;calculated field</source>
        <translation>Add a &amp;calculated field</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>A field computed from columns with functions, e.g. concat(first, &quot; &quot;, last).</source>
        <translation>A field computed from columns with functions, e.g. concat(first, &quot; &quot;, last).</translation>
    </message>
    <message>
        <source>Mapping problems</source>
        <translation>Mapping problems</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problems:</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) added from matching names.</source>
        <translation>
            <numerusform>%n rule added from matching names.</numerusform>
            <numerusform>%n rules added from matching names.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other column matches a schema field by name.</source>
        <translation>No other column matches a schema field by name.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;mapping&lt;/b&gt; tells, for each column of your table, which field of the schema it fills: for example the HubSpot column &lt;i&gt;Properties_Email_Value&lt;/i&gt; fills &lt;i&gt;personalEmail.address&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;calculated field&lt;/b&gt; computes a value with functions, for example &lt;i&gt;concat(Properties_Firstname_Value, &quot; &quot;, Properties_Lastname_Value)&lt;/i&gt; for a full name, or &lt;i&gt;lower(Properties_Email_Value)&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Columns you do not map are not brought in. The field marked &lt;b&gt;primary identity&lt;/b&gt; must be filled, or the records cannot feed customer profiles.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The &lt;b&gt;mapping&lt;/b&gt; tells, for each column of your table, which field of the schema it fills: for example the HubSpot column &lt;i&gt;Properties_Email_Value&lt;/i&gt; fills &lt;i&gt;personalEmail.address&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;calculated field&lt;/b&gt; computes a value with functions, for example &lt;i&gt;concat(Properties_Firstname_Value, &quot; &quot;, Properties_Lastname_Value)&lt;/i&gt; for a full name, or &lt;i&gt;lower(Properties_Email_Value)&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Columns you do not map are not brought in. The field marked &lt;b&gt;primary identity&lt;/b&gt; must be filled, or the records cannot feed customer profiles.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>From the table “%1” to the schema “%2”.</source>
        <translation>From the table “%1” to the schema “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) proposed from matching names. Check them, then add what is missing.</source>
        <translation>
            <numerusform>%n rule proposed from matching names. Check it, then add what is missing.</numerusform>
            <numerusform>%n rules proposed from matching names. Check them, then add what is missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table or the schema changed since this mapping was made. Review the rules marked below; the others are kept.</source>
        <translation>The table or the schema changed since this mapping was made. Review the rules marked below; the others are kept.</translation>
    </message>
    <message>
        <source>Primary identity: %1.</source>
        <translation>Primary identity: %1.</translation>
    </message>
    <message>
        <source>Required fields: %1.</source>
        <translation>Required fields: %1.</translation>
    </message>
    <message>
        <source>&amp;Edit calculated field…</source>
        <translation>&amp;Edit calculated field…</translation>
    </message>
    <message>
        <source>Adds a rule for each column matching a field well enough (a score at or above threshold); weaker matches wait below as suggestions.</source>
        <translation>Adds a rule for each column matching a field well enough (a score at or above threshold); weaker matches wait below as suggestions.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) to review below.</source>
        <translation>
            <numerusform>%n suggestion to review below.</numerusform>
            <numerusform>%n suggestions to review below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) imported, in place of the earlier mapping.</source>
        <translation>
            <numerusform>%n rule imported, in place of the earlier mapping.</numerusform>
            <numerusform>%n rules imported, in place of the earlier mapping.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which schema field each source column fills: drag a column onto a field, or change the rules in the list.</source>
        <translation>Say which schema field each source column fills: drag a column onto a field, or change the rules in the list.</translation>
    </message>
    <message>
        <source>&amp;Visual</source>
        <translation>&amp;Visual</translation>
    </message>
    <message>
        <source>&amp;List of rules</source>
        <translation>&amp;List of rules</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
</context>
<context>
    <name>MappingPane</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>MappingPreview</name>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid email address</source>
        <translation>&apos;%1&apos; is not a valid email address</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the allowed values</source>
        <translation>&apos;%1&apos; is not one of the allowed values</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2</source>
        <translation>&apos;%1&apos; is not a valid %2</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 is out of range</translation>
    </message>
    <message>
        <source>expected a boolean</source>
        <translation>expected a boolean</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>expected %1</translation>
    </message>
    <message>
        <source>the expression is not valid: %1</source>
        <translation>the expression is not valid: %1</translation>
    </message>
    <message>
        <source>the required field is empty</source>
        <translation>the required field is empty</translation>
    </message>
    <message>
        <source> (the delta column&apos;s format %1 only finds the changed rows: map date(%2, &quot;%1&quot;) to read it)</source>
        <translation> (the delta column&apos;s format %1 only finds the changed rows: map date(%2, &quot;%1&quot;) to read it)</translation>
    </message>
    <message>
        <source>the required field is not mapped</source>
        <translation>the required field is not mapped</translation>
    </message>
    <message>
        <source>No sample rows to preview.</source>
        <translation>No sample rows to preview.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sample row(s) would fail; without partial ingestion, one failed row fails the run.</source>
        <translation>
            <numerusform>%1 of %n sample row would fail; without partial ingestion, one failed row fails the run.</numerusform>
            <numerusform>%1 of %n sample rows would fail; without partial ingestion, one failed row fails the run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sample row(s) would fail; the threshold is %2%.</source>
        <translation>
            <numerusform>%1 of %n sample row would fail; the threshold is %2%.</numerusform>
            <numerusform>%1 of %n sample rows would fail; the threshold is %2%.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPreviewPanel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Fails: %1</source>
        <translation>Fails: %1</translation>
    </message>
    <message>
        <source>(computed by the Platform)</source>
        <translation>(computed by the Platform)</translation>
    </message>
    <message>
        <source>Sample rows through the mapping</source>
        <translation>Sample rows through the mapping</translation>
    </message>
    <message>
        <source>The XDM record of the selected row</source>
        <translation>The XDM record of the selected row</translation>
    </message>
</context>
<context>
    <name>MappingToolbar</name>
    <message numerus="yes">
        <source>%n rule(s) cleared. Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n rule cleared. Undo (Ctrl+Z) brings it back.</numerusform>
            <numerusform>%n rules cleared. Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) taken from the dataflow “%1”, in place of the earlier mapping. Undo (Ctrl+Z) brings the earlier one back.</source>
        <translation>
            <numerusform>%n rule taken from the dataflow “%1”, in place of the earlier mapping. Undo (Ctrl+Z) brings the earlier one back.</numerusform>
            <numerusform>%n rules taken from the dataflow “%1”, in place of the earlier mapping. Undo (Ctrl+Z) brings the earlier one back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the mapping…</source>
        <translation>Checking the mapping…</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Undo: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Redo: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Runs every check of the mapping, and the Platform&apos;s own when the schema exists.</source>
        <translation>Runs every check of the mapping, and the Platform&apos;s own when the schema exists.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>More mapping actions</source>
        <translation>More mapping actions</translation>
    </message>
    <message>
        <source>&amp;Import the mapping of a dataflow…</source>
        <translation>&amp;Import the mapping of a dataflow…</translation>
    </message>
    <message>
        <source>&amp;Clear all rules</source>
        <translation>&amp;Clear all rules</translation>
    </message>
    <message>
        <source>Vali&amp;date</source>
        <translation>Vali&amp;date</translation>
    </message>
</context>
<context>
    <name>MappingTypeCheck</name>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>whole numbers</source>
        <translation>whole numbers</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>numbers</translation>
    </message>
    <message>
        <source>true/false values</source>
        <translation>true/false values</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <source>dates and times</source>
        <translation>dates and times</translation>
    </message>
    <message>
        <source>lists</source>
        <translation>lists</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>objects</translation>
    </message>
    <message>
        <source>This calculated field gives %1</source>
        <extracomment>%1 a column (&quot;Is_Contact&quot;) or &quot;This calculated field&quot;, %2 a kind of values (&quot;true/false values&quot;).</extracomment>
        <translation>This calculated field gives %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2</source>
        <translation>&quot;%1&quot; holds %2</translation>
    </message>
    <message>
        <source>%1 but %2 takes %3: choose a column of that kind, or another field.</source>
        <extracomment>%1 &quot;Is_Contact holds true/false values&quot;, %2 the field, %3 its kind of values.</extracomment>
        <translation>%1 but %2 takes %3: choose a column of that kind, or another field.</translation>
    </message>
    <message>
        <source>%1 but %2 takes %3: say how the text writes them with a calculated field such as %4.</source>
        <translation>%1 but %2 takes %3: say how the text writes them with a calculated field such as %4.</translation>
    </message>
    <message>
        <source>%1 but %2 takes %3: rows whose value does not convert will fail. Check the values, or choose another column.</source>
        <translation>%1 but %2 takes %3: rows whose value does not convert will fail. Check the values, or choose another column.</translation>
    </message>
</context>
<context>
    <name>MappingVerdict</name>
    <message>
        <source>Every check passed.</source>
        <translation>Every check passed.</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2.</source>
        <extracomment>The explicit Validate of the mapping: %1 errors, %2 warnings.</extracomment>
        <translation>Errors: %1, warnings: %2.</translation>
    </message>
    <message>
        <source>The mapping is valid: every check passed and the Platform accepts it.</source>
        <translation>The mapping is valid: every check passed and the Platform accepts it.</translation>
    </message>
    <message>
        <source>The Platform accepts the rules it was sent.</source>
        <translation>The Platform accepts the rules it was sent.</translation>
    </message>
    <message>
        <source>The Platform refuses %1 of the %2 rules.</source>
        <extracomment>%1 rules refused by Data Prep, %2 rules sent to it.</extracomment>
        <translation>The Platform refuses %1 of the %2 rules.</translation>
    </message>
    <message>
        <source>The Platform could not check the mapping: %1</source>
        <translation>The Platform could not check the mapping: %1</translation>
    </message>
    <message>
        <source>The Platform was not asked (offline, or the schema does not exist yet).</source>
        <translation>The Platform was not asked (offline, or the schema does not exist yet).</translation>
    </message>
    <message>
        <source>The Platform refuses this rule.</source>
        <translation>The Platform refuses this rule.</translation>
    </message>
    <message>
        <source>The Platform refuses this rule: %1</source>
        <translation>The Platform refuses this rule: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem of one rule: %1 the rule (&quot;Email → personalEmail.address&quot;), %2 the problem.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>NetworkModule</name>
    <message>
        <source>The network module %1 is neither next to the program nor in its library folder.</source>
        <translation>The network module %1 is neither next to the program nor in its library folder.</translation>
    </message>
    <message>
        <source>The network module %1 could not be loaded: %2</source>
        <translation>The network module %1 could not be loaded: %2</translation>
    </message>
    <message>
        <source>The file %1 is not the network module.</source>
        <translation>The file %1 is not the network module.</translation>
    </message>
    <message>
        <source>The network module %1 is version %2, not %3 as the program is.</source>
        <translation>The network module %1 is version %2, not %3 as the program is.</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>there is no such file.</translation>
    </message>
</context>
<context>
    <name>NewAccountForm</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>Authentication type</source>
        <translation>Authentication type</translation>
    </message>
    <message>
        <source>Account na&amp;me:</source>
        <translation>Account na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Sign-in:</source>
        <extracomment>How the user signs in to the source, e.g. &quot;With the keys of a HubSpot private app&quot;</extracomment>
        <translation>&amp;Sign-in:</translation>
    </message>
</context>
<context>
    <name>PlanJournal</name>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation>Cannot read the journal %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 is damaged; move it away to start over.</source>
        <translation>The journal %1 is damaged; move it away to start over.</translation>
    </message>
    <message>
        <source>Cannot create the folder of the journal %1.</source>
        <translation>Cannot create the folder of the journal %1.</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>Cannot write the journal %1: %2</translation>
    </message>
</context>
<context>
    <name>PlanRunner</name>
    <message>
        <source>The checks before the first write (nothing was created)</source>
        <translation>The checks before the first write (nothing was created)</translation>
    </message>
    <message>
        <source>The answer was lost; looking for what the Platform may have created before trying again</source>
        <translation>The answer was lost; looking for what the Platform may have created before trying again</translation>
    </message>
    <message numerus="yes">
        <source>The Platform is busy; trying again in %n s</source>
        <translation>
            <numerusform>The Platform is busy; trying again in %n s</numerusform>
            <numerusform>The Platform is busy; trying again in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from the Platform; trying again in %n s</source>
        <translation>
            <numerusform>No answer from the Platform; trying again in %n s</numerusform>
            <numerusform>No answer from the Platform; trying again in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks before the first write</source>
        <translation>The checks before the first write</translation>
    </message>
    <message>
        <source>“%1”, done while the checks ran, could not be undone (%2); Clean up deletes it.</source>
        <translation>“%1”, done while the checks ran, could not be undone (%2); Clean up deletes it.</translation>
    </message>
</context>
<context>
    <name>PlatformConfig</name>
    <message>
        <source>it is not a complete address (for example https://platform.adobe.io).</source>
        <translation>it is not a complete address (for example https://platform.adobe.io).</translation>
    </message>
    <message>
        <source>only https:// addresses are allowed.</source>
        <translation>only https:// addresses are allowed.</translation>
    </message>
    <message>
        <source>the address must not contain a user name or password.</source>
        <translation>the address must not contain a user name or password.</translation>
    </message>
    <message>
        <source>the address must not contain “?” or “#”.</source>
        <translation>the address must not contain “?” or “#”.</translation>
    </message>
    <message>
        <source>only https:// addresses are allowed, except on this computer (localhost).</source>
        <translation>only https:// addresses are allowed, except on this computer (localhost).</translation>
    </message>
</context>
<context>
    <name>PlatformError</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). Check the network, then try again.</source>
        <translation>
            <numerusform>The server did not answer within %n second. Check the network, then try again.</numerusform>
            <numerusform>The server did not answer within %n seconds. Check the network, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address “%1” is refused: %2</source>
        <translation>The address “%1” is refused: %2</translation>
    </message>
    <message>
        <source>Adobe refused the client ID or the client secret. Copy both again from the credential in the Adobe Developer Console.</source>
        <translation>Adobe refused the client ID or the client secret. Copy both again from the credential in the Adobe Developer Console.</translation>
    </message>
    <message>
        <source>Adobe refused the scopes. Use exactly the scopes listed for this credential in the Adobe Developer Console.</source>
        <translation>Adobe refused the scopes. Use exactly the scopes listed for this credential in the Adobe Developer Console.</translation>
    </message>
    <message>
        <source>Adobe refused the sign-in request. Check the IMS address under Advanced.</source>
        <translation>Adobe refused the sign-in request. Check the IMS address under Advanced.</translation>
    </message>
    <message>
        <source>The access token is no longer valid. Sign in again.</source>
        <translation>The access token is no longer valid. Sign in again.</translation>
    </message>
    <message>
        <source>The request carried no access token. Sign in again.</source>
        <translation>The request carried no access token. Sign in again.</translation>
    </message>
    <message>
        <source>The Platform refused the API key (the client ID) of this credential.</source>
        <translation>The Platform refused the API key (the client ID) of this credential.</translation>
    </message>
    <message>
        <source>The organization ID is missing.</source>
        <translation>The organization ID is missing.</translation>
    </message>
    <message>
        <source>This credential has no access to Experience Platform in this organization. Check the organization ID and the credential&apos;s product profile.</source>
        <translation>This credential has no access to Experience Platform in this organization. Check the organization ID and the credential&apos;s product profile.</translation>
    </message>
    <message>
        <source>No sandbox was given. Choose a sandbox.</source>
        <translation>No sandbox was given. Choose a sandbox.</translation>
    </message>
    <message>
        <source>This sandbox does not exist or this credential cannot use it.</source>
        <translation>This sandbox does not exist or this credential cannot use it.</translation>
    </message>
    <message>
        <source>Someone changed this object in the meantime. Reload it, then try again.</source>
        <translation>Someone changed this object in the meantime. Reload it, then try again.</translation>
    </message>
    <message>
        <source>This account is still used by a dataflow, so it cannot be deleted.</source>
        <translation>This account is still used by a dataflow, so it cannot be deleted.</translation>
    </message>
    <message>
        <source>The mapping was made for another schema than the dataset&apos;s.</source>
        <translation>The mapping was made for another schema than the dataset&apos;s.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network connection and the addresses under Advanced.</source>
        <translation>The server cannot be reached. Check the network connection and the addresses under Advanced.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the network, then try again.</source>
        <translation>The server did not answer in time. Check the network, then try again.</translation>
    </message>
    <message>
        <source>This address is refused.</source>
        <translation>This address is refused.</translation>
    </message>
    <message>
        <source>The sign-in was refused. Check the credential.</source>
        <translation>The sign-in was refused. Check the credential.</translation>
    </message>
    <message>
        <source>This credential is not allowed to do that in this sandbox.</source>
        <translation>This credential is not allowed to do that in this sandbox.</translation>
    </message>
    <message>
        <source>The object asked for does not exist (or no longer exists).</source>
        <translation>The object asked for does not exist (or no longer exists).</translation>
    </message>
    <message>
        <source>The object changed in the meantime. Reload it, then try again.</source>
        <translation>The object changed in the meantime. Reload it, then try again.</translation>
    </message>
    <message>
        <source>The Platform refused the request.</source>
        <translation>The Platform refused the request.</translation>
    </message>
    <message numerus="yes">
        <source>The Platform asks to slow down. Try again in %n second(s).</source>
        <translation>
            <numerusform>The Platform asks to slow down. Try again in %n second.</numerusform>
            <numerusform>The Platform asks to slow down. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Platform asks to slow down. Try again in a moment.</source>
        <translation>The Platform asks to slow down. Try again in a moment.</translation>
    </message>
    <message>
        <source>The Platform had an internal problem. Try again in a moment.</source>
        <translation>The Platform had an internal problem. Try again in a moment.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>The server&apos;s answer could not be read.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The Platform says: “%1”</source>
        <translation>The Platform says: “%1”</translation>
    </message>
    <message>
        <source>The outcome is unknown: the request was sent, but no usable answer came back. %1</source>
        <extracomment>%1 why, a sentence (the server did not answer in time, the connection dropped...).</extracomment>
        <translation>The outcome is unknown: the request was sent, but no usable answer came back. %1</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answer is larger than %n MB, so it was not read.</source>
        <translation>
            <numerusform>The server&apos;s answer is larger than %n MB, so it was not read.</numerusform>
            <numerusform>The server&apos;s answer is larger than %n MB, so it was not read.</numerusform>
        </translation>
    </message>
    <message>
        <source>it is self-signed: no authority this computer trusts vouches for it</source>
        <translation>it is self-signed: no authority this computer trusts vouches for it</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>it has expired</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>it expired on %1</translation>
    </message>
    <message>
        <source>it is not valid yet (check this computer&apos;s date and time)</source>
        <translation>it is not valid yet (check this computer&apos;s date and time)</translation>
    </message>
    <message>
        <source>it is valid only from %1 (check this computer&apos;s date and time)</source>
        <translation>it is valid only from %1 (check this computer&apos;s date and time)</translation>
    </message>
    <message>
        <source>it was issued for another name than %1</source>
        <translation>it was issued for another name than %1</translation>
    </message>
    <message>
        <source>it was issued for %1, not for %2</source>
        <translation>it was issued for %1, not for %2</translation>
    </message>
    <message>
        <source>it was not issued by an authority this computer trusts</source>
        <translation>it was not issued by an authority this computer trusts</translation>
    </message>
    <message>
        <source>it has been revoked by its issuer</source>
        <translation>it has been revoked by its issuer</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>the server sent no certificate</translation>
    </message>
    <message>
        <source>it cannot be verified (%1)</source>
        <translation>it cannot be verified (%1)</translation>
    </message>
    <message>
        <source>it cannot be verified</source>
        <translation>it cannot be verified</translation>
    </message>
    <message>
        <source>The security certificate of %1 was refused: %2. The connection was closed before anything was sent. Check the address under Advanced, or ask the server&apos;s administrator.</source>
        <translation>The security certificate of %1 was refused: %2. The connection was closed before anything was sent. Check the address under Advanced, or ask the server&apos;s administrator.</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request to another address (%2). Such redirects are not followed, so that the credential is never sent elsewhere. Check the address under Advanced.</source>
        <translation>The server at %1 redirected the request to another address (%2). Such redirects are not followed, so that the credential is never sent elsewhere. Check the address under Advanced.</translation>
    </message>
</context>
<context>
    <name>PlatformUrlsBox</name>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Advanced</translation>
    </message>
    <message>
        <source>&amp;Platform URL:</source>
        <translation>&amp;Platform URL:</translation>
    </message>
    <message>
        <source>&amp;IMS URL:</source>
        <translation>&amp;IMS URL:</translation>
    </message>
</context>
<context>
    <name>ReviewNotes</name>
    <message>
        <source>A dataflow that runs once can be neither rescheduled nor remapped later.</source>
        <translation>A dataflow that runs once can be neither rescheduled nor remapped later.</translation>
    </message>
    <message>
        <source>Alerts on failed runs do not exist in the sandbox “%1” (only in production).</source>
        <translation>Alerts on failed runs do not exist in the sandbox “%1” (only in production).</translation>
    </message>
    <message>
        <source>The dataset feeds Profile: every record needs a primary identity, or it is rejected.</source>
        <translation>The dataset feeds Profile: every record needs a primary identity, or it is rejected.</translation>
    </message>
    <message>
        <source>Reused</source>
        <translation>Reused</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message numerus="yes">
        <source>The dataflow was created: %n object(s) created in %1 s.</source>
        <extracomment>%n objects created on the Platform, %1 the seconds it took (&quot;0.4&quot;)</extracomment>
        <translation>
            <numerusform>The dataflow was created: %n object created in %1 s.</numerusform>
            <numerusform>The dataflow was created: %n objects created in %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing object(s) reused.</source>
        <translation>
            <numerusform>%n existing object reused.</numerusform>
            <numerusform>%n existing objects reused.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch its runs on the next page.</source>
        <translation>Watch its runs on the next page.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Check what will be created, then press Create. Nothing is created before.</source>
        <translation>Check what will be created, then press Create. Nothing is created before.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Steps of the creation</source>
        <translation>Steps of the creation</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Export curl script</source>
        <translation>Export curl script</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation>Shell scripts (*.sh)</translation>
    </message>
    <message>
        <source>&lt;p&gt;This page lists what the wizard is about to create in Experience Platform, and what it reuses. &lt;b&gt;Create&lt;/b&gt; makes each object in turn; the list shows each step as it finishes.&lt;/p&gt;&lt;p&gt;If a step fails, nothing already created is lost: &lt;b&gt;Retry&lt;/b&gt; goes on from where it stopped, without making anything twice, and &lt;b&gt;Clean up&lt;/b&gt; deletes what this attempt made.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;recipe&lt;/b&gt; saves these choices to a file (without any secret) so that you can open them again or create the same dataflow from the command line; the &lt;b&gt;curl script&lt;/b&gt; does the same with Adobe&apos;s API directly.&lt;/p&gt;</source>
        <translation>&lt;p&gt;This page lists what the wizard is about to create in Experience Platform, and what it reuses. &lt;b&gt;Create&lt;/b&gt; makes each object in turn; the list shows each step as it finishes.&lt;/p&gt;&lt;p&gt;If a step fails, nothing already created is lost: &lt;b&gt;Retry&lt;/b&gt; goes on from where it stopped, without making anything twice, and &lt;b&gt;Clean up&lt;/b&gt; deletes what this attempt made.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;recipe&lt;/b&gt; saves these choices to a file (without any secret) so that you can open them again or create the same dataflow from the command line; the &lt;b&gt;curl script&lt;/b&gt; does the same with Adobe&apos;s API directly.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Source: %1, account “%2”</source>
        <translation>Source: %1, account “%2”</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Table: %1</translation>
    </message>
    <message>
        <source>Dataset and mapping</source>
        <translation>Dataset and mapping</translation>
    </message>
    <message numerus="yes">
        <source>New schema “%1” with %n field group(s)</source>
        <translation>
            <numerusform>New schema “%1” with %n field group</numerusform>
            <numerusform>New schema “%1” with %n field groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Primary identity: %1 (%2)</source>
        <translation>Primary identity: %1 (%2)</translation>
    </message>
    <message>
        <source>Existing schema “%1”</source>
        <translation>Existing schema “%1”</translation>
    </message>
    <message>
        <source>New dataset “%1”</source>
        <translation>New dataset “%1”</translation>
    </message>
    <message>
        <source>Existing dataset “%1”</source>
        <translation>Existing dataset “%1”</translation>
    </message>
    <message>
        <source>, enabled for Profile</source>
        <translation>, enabled for Profile</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping rule(s)</source>
        <translation>
            <numerusform>%n mapping rule</numerusform>
            <numerusform>%n mapping rules</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>First run: %1</source>
        <translation>First run: %1</translation>
    </message>
    <message>
        <source>Changed rows found with the column %1</source>
        <translation>Changed rows found with the column %1</translation>
    </message>
    <message>
        <source>The first run also brings the existing rows (backfill)</source>
        <translation>The first run also brings the existing rows (backfill)</translation>
    </message>
    <message>
        <source>A run fails when more than %1 % of its records fail</source>
        <translation>A run fails when more than %1 % of its records fail</translation>
    </message>
    <message>
        <source>Dataflow name: “%1”</source>
        <translation>Dataflow name: “%1”</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Creating the dataflow…</source>
        <translation>Creating the dataflow…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Deleting what this attempt created…</source>
        <translation>Deleting what this attempt created…</translation>
    </message>
    <message>
        <source>Cleaned up: what this attempt created was deleted. You can change your choices and create again.</source>
        <translation>Cleaned up: what this attempt created was deleted. You can change your choices and create again.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Clean up</translation>
    </message>
    <message>
        <source>The script could not be saved to %1: %2</source>
        <translation>The script could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>E&amp;xport curl script…</source>
        <translation>E&amp;xport curl script…</translation>
    </message>
    <message>
        <source>&amp;Watch the runs</source>
        <translation>&amp;Watch the runs</translation>
    </message>
</context>
<context>
    <name>RunErrorText</name>
    <message>
        <source>The run could not read the source. Check that the source account still works and that the table or file still exists.</source>
        <translation>The run could not read the source. Check that the source account still works and that the table or file still exists.</translation>
    </message>
    <message>
        <source>The run could not copy the data into the dataset: too many records were refused, or the source, dataset, schema or mapping it uses no longer exists.</source>
        <translation>The run could not copy the data into the dataset: too many records were refused, or the source, dataset, schema or mapping it uses no longer exists.</translation>
    </message>
    <message>
        <source>A record could not be mapped: one of its values does not fit the schema field it goes to (wrong type or format, or a required value is missing). The record was not ingested.</source>
        <translation>A record could not be mapped: one of its values does not fit the schema field it goes to (wrong type or format, or a required value is missing). The record was not ingested.</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 more)</translation>
    </message>
</context>
<context>
    <name>RunErrorsDialog</name>
    <message>
        <source>Errors of the run</source>
        <translation>Errors of the run</translation>
    </message>
    <message>
        <source>Errors of the run started %1</source>
        <translation>Errors of the run started %1</translation>
    </message>
    <message>
        <source>What went wrong in this run, in plain words. The Platform&apos;s own text is under Details, for Adobe support.</source>
        <translation>What went wrong in this run, in plain words. The Platform&apos;s own text is under Details, for Adobe support.</translation>
    </message>
    <message>
        <source>Records refused in this run: %1. The Platform may describe only some of them.</source>
        <translation>Records refused in this run: %1. The Platform may describe only some of them.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>The Platform&apos;s text of the errors</source>
        <translation>The Platform&apos;s text of the errors</translation>
    </message>
</context>
<context>
    <name>RunsChart</name>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Newest run on the left</source>
        <translation>Newest run on the left</translation>
    </message>
</context>
<context>
    <name>RunsChartView</name>
    <message>
        <source>%1
Records written: %2
Records failed: %3</source>
        <translation>%1
Records written: %2
Records failed: %3</translation>
    </message>
    <message>
        <source>Records per run</source>
        <translation>Records per run</translation>
    </message>
    <message>
        <source>No run to show yet.</source>
        <translation>No run to show yet.</translation>
    </message>
    <message>
        <source>Records written</source>
        <translation>Records written</translation>
    </message>
    <message>
        <source>Records failed</source>
        <translation>Records failed</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Succeeded with errors</source>
        <translation>Succeeded with errors</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Run %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Records read</source>
        <translation>Records read</translation>
    </message>
    <message>
        <source>Records written</source>
        <translation>Records written</translation>
    </message>
    <message>
        <source>Records failed</source>
        <translation>Records failed</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>%1
Double-click the run, or select it and click Show errors, to read every error.</source>
        <translation>%1
Double-click the run, or select it and click Show errors, to read every error.</translation>
    </message>
    <message>
        <source>Newest run first, as in the chart.</source>
        <translation>Newest run first, as in the chart.</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>%1
UTC</source>
        <translation>%1
UTC</translation>
    </message>
    <message>
        <source>%1
%2 UTC</source>
        <translation>%1
%2 UTC</translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Each run copies new and changed rows from the source into the dataset. This list updates by itself.</source>
        <translation>Each run copies new and changed rows from the source into the dataset. This list updates by itself.</translation>
    </message>
    <message>
        <source>Chart of records per run</source>
        <translation>Chart of records per run</translation>
    </message>
    <message>
        <source>Open in Adobe Experience Platform</source>
        <translation>Open in Adobe Experience Platform</translation>
    </message>
    <message>
        <source>Dataflow ID</source>
        <translation>Dataflow ID</translation>
    </message>
    <message>
        <source>Select and copy it to find the dataflow in Adobe&apos;s web interface.</source>
        <translation>Select and copy it to find the dataflow in Adobe&apos;s web interface.</translation>
    </message>
    <message>
        <source>Refresh the runs</source>
        <translation>Refresh the runs</translation>
    </message>
    <message>
        <source>Dataflow &amp;ID:</source>
        <translation>Dataflow &amp;ID:</translation>
    </message>
    <message>
        <source>R&amp;uns:</source>
        <translation>R&amp;uns:</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;run&lt;/b&gt; is one pass of the dataflow: it reads the new and changed rows from the source and writes them into the dataset. The list shows each run&apos;s status, when it started and ended, how many records it read, wrote and refused, and the Platform&apos;s explanation when something went wrong.&lt;/p&gt;&lt;p&gt;The list refreshes by itself every few seconds; the chart shows the records written and refused by each run. Nothing here changes the dataflow.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A &lt;b&gt;run&lt;/b&gt; is one pass of the dataflow: it reads the new and changed rows from the source and writes them into the dataset. The list shows each run&apos;s status, when it started and ended, how many records it read, wrote and refused, and the Platform&apos;s explanation when something went wrong.&lt;/p&gt;&lt;p&gt;The list refreshes by itself every few seconds; the chart shows the records written and refused by each run. Nothing here changes the dataflow.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This dataflow lives in the local emulator (demo mode), not in Adobe Experience Platform, so there is nothing to open in Adobe&apos;s web interface.</source>
        <translation>This dataflow lives in the local emulator (demo mode), not in Adobe Experience Platform, so there is nothing to open in Adobe&apos;s web interface.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Open Adobe Experience Platform&lt;/a&gt;, go to Sources, then Dataflows, and search for the dataflow ID below.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Open Adobe Experience Platform&lt;/a&gt;, go to Sources, then Dataflows, and search for the dataflow ID below.</translation>
    </message>
    <message>
        <source>The runs of “%1”. This list updates by itself.</source>
        <translation>The runs of “%1”. This list updates by itself.</translation>
    </message>
    <message>
        <source>No dataflow has been created yet.</source>
        <translation>No dataflow has been created yet.</translation>
    </message>
    <message>
        <source>Loading the runs…</source>
        <translation>Loading the runs…</translation>
    </message>
    <message>
        <source>Could not refresh at %1; the list shows what was known before.</source>
        <translation>Could not refresh at %1; the list shows what was known before.</translation>
    </message>
    <message>
        <source>No run yet; the first one is planned for %1.</source>
        <translation>No run yet; the first one is planned for %1.</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>No run yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), updated at %1.</source>
        <translation>
            <numerusform>%n run, updated at %1.</numerusform>
            <numerusform>%n runs, updated at %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;errors</source>
        <translation>Show &amp;errors</translation>
    </message>
    <message>
        <source>Show the errors of the selected run</source>
        <translation>Show the errors of the selected run</translation>
    </message>
    <message>
        <source>Every error of the selected run, in plain words.</source>
        <translation>Every error of the selected run, in plain words.</translation>
    </message>
    <message>
        <source>No run yet; the first one is due now.</source>
        <translation>No run yet; the first one is due now.</translation>
    </message>
</context>
<context>
    <name>ScheduleDefaults</name>
    <message>
        <source>%1 to Experience Platform</source>
        <translation>%1 to Experience Platform</translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message>
        <source>Error dia&amp;gnostics</source>
        <translation>Error dia&amp;gnostics</translation>
    </message>
    <message>
        <source>&amp;Partial ingestion</source>
        <translation>&amp;Partial ingestion</translation>
    </message>
    <message>
        <source>Delta column</source>
        <translation>Delta column</translation>
    </message>
    <message>
        <source>A date-time column that changes whenever a row changes, such as “last modified”. Each run copies the rows whose value falls in the time since the previous run.</source>
        <translation>A date-time column that changes whenever a row changes, such as “last modified”. Each run copies the rows whose value falls in the time since the previous run.</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Date format</translation>
    </message>
    <message>
        <source>How the delta column writes its dates, as a Java date pattern: yyyy year, MM month, dd day, HH hour, mm minutes, ss seconds.</source>
        <translation>How the delta column writes its dates, as a Java date pattern: yyyy year, MM month, dd day, HH hour, mm minutes, ss seconds.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>The time zone of the delta column&apos;s dates, such as UTC or Europe/Paris.</source>
        <translation>The time zone of the delta column&apos;s dates, such as UTC or Europe/Paris.</translation>
    </message>
    <message>
        <source>Dataflow name</source>
        <translation>Dataflow name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Error diagnostics</source>
        <translation>Error diagnostics</translation>
    </message>
    <message>
        <source>Keeps why each rejected row failed, so you can look at it later. It can only be turned on now, when the dataflow is created.</source>
        <translation>Keeps why each rejected row failed, so you can look at it later. It can only be turned on now, when the dataflow is created.</translation>
    </message>
    <message>
        <source>Partial ingestion</source>
        <translation>Partial ingestion</translation>
    </message>
    <message>
        <source>Off: one bad row fails the whole run. On: the good rows are ingested as long as the share of bad rows stays under the threshold.</source>
        <translation>Off: one bad row fails the whole run. On: the good rows are ingested as long as the share of bad rows stays under the threshold.</translation>
    </message>
    <message>
        <source>Partial ingestion threshold</source>
        <translation>Partial ingestion threshold</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The run fails when more than this share of the rows is rejected.</source>
        <translation>The run fails when more than this share of the rows is rejected.</translation>
    </message>
    <message>
        <source>New and changed rows</source>
        <translation>New and changed rows</translation>
    </message>
    <message>
        <source>&amp;Delta column:</source>
        <translation>&amp;Delta column:</translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation>Date &amp;format:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>Dataflow</source>
        <translation>Dataflow</translation>
    </message>
    <message>
        <source>Dataflow na&amp;me:</source>
        <translation>Dataflow na&amp;me:</translation>
    </message>
    <message>
        <source>Descrip&amp;tion:</source>
        <translation>Descrip&amp;tion:</translation>
    </message>
    <message>
        <source>Th&amp;reshold of rejected rows:</source>
        <translation>Th&amp;reshold of rejected rows:</translation>
    </message>
    <message>
        <source>%1 (no value in the preview)</source>
        <translation>%1 (no value in the preview)</translation>
    </message>
    <message>
        <source>%1 (from %2 to %3)</source>
        <translation>%1 (from %2 to %3)</translation>
    </message>
    <message>
        <source>The table has no date-time column</source>
        <translation>The table has no date-time column</translation>
    </message>
    <message>
        <source>%1 (not in the table preview)</source>
        <translation>%1 (not in the table preview)</translation>
    </message>
    <message>
        <source>In the preview, its values go from %1 to %2.</source>
        <translation>In the preview, its values go from %1 to %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the preview have no value in this column; such rows are never picked up.</source>
        <translation>
            <numerusform>%n row of the preview has no value in this column; such a row is never picked up.</numerusform>
            <numerusform>%n rows of the preview have no value in this column; such rows are never picked up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleIntervals</name>
    <message>
        <source>runs every few minutes</source>
        <translation>runs every few minutes</translation>
    </message>
    <message>
        <source>hourly runs</source>
        <translation>hourly runs</translation>
    </message>
    <message>
        <source>daily runs</source>
        <translation>daily runs</translation>
    </message>
    <message>
        <source>weekly runs</source>
        <translation>weekly runs</translation>
    </message>
    <message>
        <source>Interval back to %1, as you set it for %2.</source>
        <translation>Interval back to %1, as you set it for %2.</translation>
    </message>
    <message>
        <source>Interval set to %1 (%2).</source>
        <translation>Interval set to %1 (%2).</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Choose when the dataflow runs and how it recognises new and changed rows.</source>
        <translation>Choose when the dataflow runs and how it recognises new and changed rows.</translation>
    </message>
    <message>
        <source>Checked against the Platform&apos;s own rules for this kind of dataflow.</source>
        <translation>Checked against the Platform&apos;s own rules for this kind of dataflow.</translation>
    </message>
    <message>
        <source>Reading the Platform&apos;s rules for schedules…</source>
        <translation>Reading the Platform&apos;s rules for schedules…</translation>
    </message>
    <message>
        <source>Checked against the wizard&apos;s built-in copy of the rules.</source>
        <translation>Checked against the wizard&apos;s built-in copy of the rules.</translation>
    </message>
    <message>
        <source>The Platform&apos;s rules for schedules could not be read, so the wizard checks with its built-in copy. The Platform checks again when the dataflow is created.</source>
        <translation>The Platform&apos;s rules for schedules could not be read, so the wizard checks with its built-in copy. The Platform checks again when the dataflow is created.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;schedule&lt;/b&gt; says when Experience Platform fetches data from the source: once, or again and again every few minutes, hours, days or weeks from the start time. With &lt;b&gt;backfill&lt;/b&gt; on, the first run also brings in everything already in the table.&lt;/p&gt;&lt;p&gt;Later runs only bring what is new or changed. The &lt;b&gt;delta column&lt;/b&gt; is how they tell: a date in each row, such as “last modified”, that moves forward when the row changes.&lt;/p&gt;&lt;p&gt;Some rows may be refused, for example when a required field is empty. &lt;b&gt;Partial ingestion&lt;/b&gt; lets a run keep the good rows as long as the bad ones stay under the threshold; &lt;b&gt;error diagnostics&lt;/b&gt; keeps the reasons so you can fix the source.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The &lt;b&gt;schedule&lt;/b&gt; says when Experience Platform fetches data from the source: once, or again and again every few minutes, hours, days or weeks from the start time. With &lt;b&gt;backfill&lt;/b&gt; on, the first run also brings in everything already in the table.&lt;/p&gt;&lt;p&gt;Later runs only bring what is new or changed. The &lt;b&gt;delta column&lt;/b&gt; is how they tell: a date in each row, such as “last modified”, that moves forward when the row changes.&lt;/p&gt;&lt;p&gt;Some rows may be refused, for example when a required field is empty. &lt;b&gt;Partial ingestion&lt;/b&gt; lets a run keep the good rows as long as the bad ones stay under the threshold; &lt;b&gt;error diagnostics&lt;/b&gt; keeps the reasons so you can fix the source.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ScheduleRules</name>
    <message>
        <source>Once</source>
        <translation>Once</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Every week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleWhen</name>
    <message>
        <source>When it runs</source>
        <translation>When it runs</translation>
    </message>
    <message>
        <source>Bac&amp;kfill the existing data</source>
        <translation>Bac&amp;kfill the existing data</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>How many minutes, hours, days or weeks between two runs.</source>
        <translation>How many minutes, hours, days or weeks between two runs.</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>In your computer&apos;s time zone. Experience Platform schedules in UTC; the UTC time is shown beside it.</source>
        <translation>In your computer&apos;s time zone. Experience Platform schedules in UTC; the UTC time is shown beside it.</translation>
    </message>
    <message>
        <source>Start time in UTC</source>
        <translation>Start time in UTC</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Backfill</translation>
    </message>
    <message>
        <source>On: the first run also ingests all the data already in the table. Off: only the rows added or changed from the start time on are ingested.</source>
        <translation>On: the first run also ingests all the data already in the table. Off: only the rows added or changed from the start time on are ingested.</translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation>Next runs</translation>
    </message>
    <message>
        <source>When the next runs happen, in your time zone and in UTC.</source>
        <translation>When the next runs happen, in your time zone and in UTC.</translation>
    </message>
    <message>
        <source>Fre&amp;quency:</source>
        <translation>Fre&amp;quency:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Interval:</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Start time:</translation>
    </message>
    <message>
        <source>Ne&amp;xt runs:</source>
        <translation>Ne&amp;xt runs:</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 local time — %2 UTC</source>
        <translation>%1 local time — %2 UTC</translation>
    </message>
</context>
<context>
    <name>SchemaFieldsModel</name>
    <message>
        <source>%1 (primary identity)</source>
        <translation>%1 (primary identity)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>XDM type: %1</source>
        <translation>XDM type: %1</translation>
    </message>
    <message>
        <source>XDM type: %1 (%2)</source>
        <translation>XDM type: %1 (%2)</translation>
    </message>
    <message>
        <source>Required: every record needs a value.</source>
        <translation>Required: every record needs a value.</translation>
    </message>
    <message>
        <source>Primary identity: records without it cannot feed customer profiles.</source>
        <translation>Primary identity: records without it cannot feed customer profiles.</translation>
    </message>
    <message>
        <source>Allowed values: %1</source>
        <translation>Allowed values: %1</translation>
    </message>
    <message numerus="yes">
        <source>Filled by %n rule(s): only one may fill it.</source>
        <translation>
            <numerusform>Filled by %n rule: only one may fill it.</numerusform>
            <numerusform>Filled by %n rules: only one may fill it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapped.</source>
        <translation>Mapped.</translation>
    </message>
    <message>
        <source>Not mapped: drop a source column here.</source>
        <translation>Not mapped: drop a source column here.</translation>
    </message>
    <message>
        <source>A suggestion waits for this field.</source>
        <translation>A suggestion waits for this field.</translation>
    </message>
    <message>
        <source>Schema field</source>
        <translation>Schema field</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>SchemaList</name>
    <message>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
</context>
<context>
    <name>SchemaPage</name>
    <message>
        <source>Use an &amp;existing schema</source>
        <translation>Use an &amp;existing schema</translation>
    </message>
    <message>
        <source>Load more schemas</source>
        <translation>Load more schemas</translation>
    </message>
    <message>
        <source>Enable for Real-Time Customer &amp;Profile</source>
        <translation>Enable for Real-Time Customer &amp;Profile</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Choose the shape the records take in Experience Platform: an existing schema, or a new one made of standard field groups.</source>
        <translation>Choose the shape the records take in Experience Platform: an existing schema, or a new one made of standard field groups.</translation>
    </message>
    <message>
        <source>Search schemas</source>
        <translation>Search schemas</translation>
    </message>
    <message>
        <source>Schema title</source>
        <translation>Schema title</translation>
    </message>
    <message>
        <source>Schema description</source>
        <translation>Schema description</translation>
    </message>
    <message>
        <source>Lets the records feed customer profiles. It needs a primary identity and cannot be turned off later.</source>
        <translation>Lets the records feed customer profiles. It needs a primary identity and cannot be turned off later.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Field groups:</source>
        <translation>&amp;Field groups:</translation>
    </message>
    <message>
        <source>Primary &amp;identity:</source>
        <translation>Primary &amp;identity:</translation>
    </message>
    <message>
        <source>Fields of the &amp;schema:</source>
        <translation>Fields of the &amp;schema:</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;schema&lt;/b&gt; describes the records Experience Platform keeps: which fields exist and what each holds. Every record of your table becomes a record of this schema.&lt;/p&gt;&lt;p&gt;The class &lt;i&gt;XDM Individual Profile&lt;/i&gt; is for people. &lt;b&gt;Field groups&lt;/b&gt; add ready-made fields to it, such as a person&apos;s name or contact details.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;primary identity&lt;/b&gt; is the field that tells who the person is, for example the e-mail address. It is required to feed &lt;b&gt;Real-Time Customer Profile&lt;/b&gt;, the unified view of each customer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A &lt;b&gt;schema&lt;/b&gt; describes the records Experience Platform keeps: which fields exist and what each holds. Every record of your table becomes a record of this schema.&lt;/p&gt;&lt;p&gt;The class &lt;i&gt;XDM Individual Profile&lt;/i&gt; is for people. &lt;b&gt;Field groups&lt;/b&gt; add ready-made fields to it, such as a person&apos;s name or contact details.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;primary identity&lt;/b&gt; is the field that tells who the person is, for example the e-mail address. It is required to feed &lt;b&gt;Real-Time Customer Profile&lt;/b&gt;, the unified view of each customer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search field groups</source>
        <translation>Search field groups</translation>
    </message>
    <message>
        <source>Create a ne&amp;w schema</source>
        <translation>Create a ne&amp;w schema</translation>
    </message>
</context>
<context>
    <name>SchemaRules</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 Without one, the dataset cannot feed Profile.</source>
        <translation>%1 Without one, the dataset cannot feed Profile.</translation>
    </message>
    <message>
        <source>Without a primary identity, this schema cannot be enabled for Profile and its dataset cannot feed Profile.</source>
        <translation>Without a primary identity, this schema cannot be enabled for Profile and its dataset cannot feed Profile.</translation>
    </message>
</context>
<context>
    <name>SchemaTreeView</name>
    <message>
        <source>Fields of the schema</source>
        <translation>Fields of the schema</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
</context>
<context>
    <name>SourceCatalog</name>
    <message>
        <source>Contacts, companies, deals and owners of your HubSpot portal.</source>
        <translation>Contacts, companies, deals and owners of your HubSpot portal.</translation>
    </message>
    <message>
        <source>Subscribers and journeys of Salesforce Marketing Cloud.</source>
        <translation>Subscribers and journeys of Salesforce Marketing Cloud.</translation>
    </message>
    <message>
        <source>Contacts and accounts of Oracle Eloqua.</source>
        <translation>Contacts and accounts of Oracle Eloqua.</translation>
    </message>
    <message>
        <source>Profile lists of Oracle Responsys.</source>
        <translation>Profile lists of Oracle Responsys.</translation>
    </message>
    <message>
        <source>Audience members of Mailchimp.</source>
        <translation>Audience members of Mailchimp.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh token</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Authorization test URL</source>
        <translation>Authorization test URL</translation>
    </message>
    <message>
        <source>App client ID</source>
        <translation>App client ID</translation>
    </message>
    <message>
        <source>App client secret</source>
        <translation>App client secret</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>OAuth access token</translation>
    </message>
    <message>
        <source>OAuth refresh token</source>
        <translation>OAuth refresh token</translation>
    </message>
    <message>
        <source>Subdomain of your Marketing Cloud instance</source>
        <translation>Subdomain of your Marketing Cloud instance</translation>
    </message>
    <message>
        <source>Installed package client ID</source>
        <translation>Installed package client ID</translation>
    </message>
    <message>
        <source>Installed package client secret</source>
        <translation>Installed package client secret</translation>
    </message>
    <message>
        <source>Eloqua base URL</source>
        <translation>Eloqua base URL</translation>
    </message>
    <message>
        <source>Company\User name</source>
        <translation>Company\User name</translation>
    </message>
    <message>
        <source>Responsys login endpoint</source>
        <translation>Responsys login endpoint</translation>
    </message>
    <message>
        <source>Test URL</source>
        <translation>Test URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>With the keys of a HubSpot private app</source>
        <translation>With the keys of a HubSpot private app</translation>
    </message>
    <message>
        <source>With the client ID and secret of an installed package</source>
        <translation>With the client ID and secret of an installed package</translation>
    </message>
    <message>
        <source>With an Eloqua user name and password</source>
        <translation>With an Eloqua user name and password</translation>
    </message>
    <message>
        <source>With the client ID and secret of a Responsys API user</source>
        <translation>With the client ID and secret of a Responsys API user</translation>
    </message>
    <message>
        <source>With a user name and an API key</source>
        <translation>With a user name and an API key</translation>
    </message>
    <message>
        <source>With an OAuth access token</source>
        <translation>With an OAuth access token</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>%1 account</translation>
    </message>
</context>
<context>
    <name>SourceColumnsModel</name>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Sample values: %1</source>
        <translation>Sample values: %1</translation>
    </message>
    <message numerus="yes">
        <source>Mapped by %n rule(s).</source>
        <translation>
            <numerusform>Mapped by %n rule.</numerusform>
            <numerusform>Mapped by %n rules.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not mapped: drag it onto a schema field, or press Enter and choose one.</source>
        <translation>Not mapped: drag it onto a schema field, or press Enter and choose one.</translation>
    </message>
    <message>
        <source>A suggestion waits for this column.</source>
        <translation>A suggestion waits for this column.</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Source column</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>&amp;Existing account</source>
        <translation>&amp;Existing account</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Choose the marketing-automation system to bring data from, and the account to read it with.</source>
        <translation>Choose the marketing-automation system to bring data from, and the account to read it with.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;source&lt;/b&gt; is the system your marketing data lives in today, such as HubSpot.&lt;/p&gt;&lt;p&gt;An &lt;b&gt;account&lt;/b&gt; is the saved connection to that system: its address and the keys that let Experience Platform read from it. Reuse an account your team already made, or make a new one with the keys from the source&apos;s own settings (for HubSpot, a private app&apos;s client ID, client secret and tokens).&lt;/p&gt;&lt;p&gt;The keys you type go straight to Experience Platform, which keeps them encrypted; the wizard does not store them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A &lt;b&gt;source&lt;/b&gt; is the system your marketing data lives in today, such as HubSpot.&lt;/p&gt;&lt;p&gt;An &lt;b&gt;account&lt;/b&gt; is the saved connection to that system: its address and the keys that let Experience Platform read from it. Reuse an account your team already made, or make a new one with the keys from the source&apos;s own settings (for HubSpot, a private app&apos;s client ID, client secret and tokens).&lt;/p&gt;&lt;p&gt;The keys you type go straight to Experience Platform, which keeps them encrypted; the wizard does not store them.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loading the sources…</source>
        <translation>Loading the sources…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>No marketing-automation source is available in this sandbox.</source>
        <translation>No marketing-automation source is available in this sandbox.</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>Fill in: %1.</translation>
    </message>
    <message>
        <source>Testing the connection “%1”…</source>
        <translation>Testing the connection “%1”…</translation>
    </message>
    <message>
        <source>The connection “%1” works.</source>
        <translation>The connection “%1” works.</translation>
    </message>
    <message>
        <source>The source refused the connection “%1”. Check its keys.</source>
        <translation>The source refused the connection “%1”. Check its keys.</translation>
    </message>
    <message>
        <source>New acco&amp;unt</source>
        <translation>New acco&amp;unt</translation>
    </message>
    <message>
        <source>Search sources</source>
        <translation>Search sources</translation>
    </message>
    <message>
        <source>Experience Platform tests only saved accounts. This one is created, and its keys checked, when the next page lists its tables; it is then part of the dataflow, and “Clean up” on the Review page deletes it with the rest.</source>
        <translation>Experience Platform tests only saved accounts. This one is created, and its keys checked, when the next page lists its tables; it is then part of the dataflow, and “Clean up” on the Review page deletes it with the rest.</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Suggested, score %1: %2</source>
        <translation>Suggested, score %1: %2</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Source column</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Accep&amp;t</source>
        <translation>Accep&amp;t</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Accept a&amp;ll</translation>
    </message>
    <message>
        <source>Suggested rules</source>
        <translation>Suggested rules</translation>
    </message>
    <message>
        <source>Makes a rule of this suggestion.</source>
        <translation>Makes a rule of this suggestion.</translation>
    </message>
    <message>
        <source>Drops this suggestion; it is not made again.</source>
        <translation>Drops this suggestion; it is not made again.</translation>
    </message>
    <message>
        <source>Makes rules of every suggestion scoring at least this.</source>
        <translation>Makes rules of every suggestion scoring at least this.</translation>
    </message>
    <message>
        <source>from </source>
        <translation>from </translation>
    </message>
    <message>
        <source>Lowest score accepted</source>
        <translation>Lowest score accepted</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Suggestions (%n), not rules yet: accept or reject them.</source>
        <translation>
            <numerusform>&amp;Suggestions (%n), not rules yet: accept or reject them.</numerusform>
            <numerusform>&amp;Suggestions (%n), not rules yet: accept or reject them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Choose the table to bring into Experience Platform. Its first rows are shown so you can check it is the right one.</source>
        <translation>Choose the table to bring into Experience Platform. Its first rows are shown so you can check it is the right one.</translation>
    </message>
    <message>
        <source>Search tables</source>
        <translation>Search tables</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Preview of the table</source>
        <translation>Preview of the table</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>&amp;Tables:</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Preview:</translation>
    </message>
    <message>
        <source>&lt;p&gt;A source keeps its data in &lt;b&gt;tables&lt;/b&gt;, such as the contacts, the companies or the deals of HubSpot. A dataflow brings one table into Experience Platform.&lt;/p&gt;&lt;p&gt;The preview shows the table&apos;s first rows and, under each column name, the kind of value it holds (text, number, date and time). The date-and-time columns matter later: one of them tells which rows changed since the last run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A source keeps its data in &lt;b&gt;tables&lt;/b&gt;, such as the contacts, the companies or the deals of HubSpot. A dataflow brings one table into Experience Platform.&lt;/p&gt;&lt;p&gt;The preview shows the table&apos;s first rows and, under each column name, the kind of value it holds (text, number, date and time). The date-and-time columns matter later: one of them tells which rows changed since the last run.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Loading the tables…</source>
        <translation>Loading the tables…</translation>
    </message>
    <message>
        <source>This account shows no table.</source>
        <translation>This account shows no table.</translation>
    </message>
    <message>
        <source>Choose a table to see its columns and first rows.</source>
        <translation>Choose a table to see its columns and first rows.</translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation>Loading “%1”…</translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s) shown.</source>
        <translation>
            <numerusform>First %n row shown.</numerusform>
            <numerusform>First %n rows shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, of which %n hold(s) a date and time.</source>
        <translation>
            <numerusform>%1, of which %n holds a date and time.</numerusform>
            <numerusform>%1, of which %n hold a date and time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the account “%1”…</source>
        <translation>Creating the account “%1”…</translation>
    </message>
    <message>
        <source>Testing the connection “%1”…</source>
        <translation>Testing the connection “%1”…</translation>
    </message>
    <message>
        <source>The source refused the connection “%1”. Check its keys.</source>
        <translation>The source refused the connection “%1”. Check its keys.</translation>
    </message>
</context>
<context>
    <name>TablePreviewModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>VisualMappingEditor</name>
    <message>
        <source>Source &amp;columns</source>
        <translation>Source &amp;columns</translation>
    </message>
    <message>
        <source>Find a column</source>
        <translation>Find a column</translation>
    </message>
    <message>
        <source>Schema &amp;fields</source>
        <translation>Schema &amp;fields</translation>
    </message>
    <message>
        <source>Find a field by name, title or path</source>
        <translation>Find a field by name, title or path</translation>
    </message>
    <message>
        <source>&amp;Map →</source>
        <translation>&amp;Map →</translation>
    </message>
    <message>
        <source>Maps the selected column to the selected field (Enter in the fields).</source>
        <translation>Maps the selected column to the selected field (Enter in the fields).</translation>
    </message>
    <message>
        <source>U&amp;nmap</source>
        <translation>U&amp;nmap</translation>
    </message>
    <message>
        <source>Removes the rules of the selected field or column (Delete).</source>
        <translation>Removes the rules of the selected field or column (Delete).</translation>
    </message>
    <message>
        <source>Click to show only these fields.</source>
        <translation>Click to show only these fields.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The built-in emulator could not start.</source>
        <translation>The built-in emulator could not start.</translation>
    </message>
    <message>
        <source>Demo mode: the wizard talks to the built-in Platform emulator at %1, not to Adobe. Its credential is filled in (client ID “%2”, client secret “%3”).</source>
        <translation>Demo mode: the wizard talks to the built-in Platform emulator at %1, not to Adobe. Its credential is filled in (client ID “%2”, client secret “%3”).</translation>
    </message>
    <message>
        <source>The recipe %1 was not opened.</source>
        <translation>The recipe %1 was not opened.</translation>
    </message>
    <message>
        <source>The built-in emulator could not start: its module %1 is neither next to the program nor in its library folder.</source>
        <translation>The built-in emulator could not start: its module %1 is neither next to the program nor in its library folder.</translation>
    </message>
    <message>
        <source>The wizard cannot reach the Platform: a file installed with it, its network module, is missing or damaged. Reinstalling the program puts it back.</source>
        <translation>The wizard cannot reach the Platform: a file installed with it, its network module, is missing or damaged. Reinstalling the program puts it back.</translation>
    </message>
</context>
</TS>
