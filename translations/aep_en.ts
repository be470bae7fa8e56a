<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Print the recipe's plan as a bash script of curl calls.</source>
        <translation>Print the recipe's plan as a bash script of curl calls.</translation>
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
        <source>The secret is stored by the operating system's keychain, never in a file.</source>
        <translation>The secret is stored by the operating system's keychain, never in a file.</translation>
    </message>
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
    <message>
        <source>&amp;Organization ID:</source>
        <translation>&amp;Organization ID:</translation>
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
        <source>Sco&amp;pes:</source>
        <translation>Sco&amp;pes:</translation>
    </message>
    <message>
        <source>Sand&amp;box:</source>
        <translation>Sand&amp;box:</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organization ID</translation>
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
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Platform URL</source>
        <translation>Platform URL</translation>
    </message>
    <message>
        <source>IMS URL</source>
        <translation>IMS URL</translation>
    </message>
    <message>
        <source>&lt;p&gt;The wizard works for you inside Adobe Experience Platform, with the rights of an &lt;b&gt;API credential&lt;/b&gt; of your organization (type &lt;i&gt;OAuth Server-to-Server&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Your Adobe administrator creates it in the Adobe Developer Console, in a project that has the Experience Platform API. Copy from there the &lt;b&gt;organization ID&lt;/b&gt; (it ends with @AdobeOrg), the &lt;b&gt;client ID&lt;/b&gt;, the &lt;b&gt;client secret&lt;/b&gt; and the &lt;b&gt;scopes&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;sandbox&lt;/b&gt; is a separate workspace of Experience Platform: &lt;i&gt;prod&lt;/i&gt; is the live one; try things in a development sandbox first.&lt;/p&gt;&lt;p&gt;The client secret is kept by your operating system's keychain when you tick “Remember”; it is never written to a file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The wizard works for you inside Adobe Experience Platform, with the rights of an &lt;b&gt;API credential&lt;/b&gt; of your organization (type &lt;i&gt;OAuth Server-to-Server&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Your Adobe administrator creates it in the Adobe Developer Console, in a project that has the Experience Platform API. Copy from there the &lt;b&gt;organization ID&lt;/b&gt; (it ends with @AdobeOrg), the &lt;b&gt;client ID&lt;/b&gt;, the &lt;b&gt;client secret&lt;/b&gt; and the &lt;b&gt;scopes&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;sandbox&lt;/b&gt; is a separate workspace of Experience Platform: &lt;i&gt;prod&lt;/i&gt; is the live one; try things in a development sandbox first.&lt;/p&gt;&lt;p&gt;The client secret is kept by your operating system's keychain when you tick “Remember”; it is never written to a file.&lt;/p&gt;</translation>
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
        <source>Checking the credential with Adobe…</source>
        <translation>Checking the credential with Adobe…</translation>
    </message>
    <message>
        <source>Loading the sandboxes…</source>
        <translation>Loading the sandboxes…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <source>Continue without saving</source>
        <translation>Continue without saving</translation>
    </message>
</context>
<context>
    <name>DataflowDraft</name>
    <message>
        <source>Unknown key "%1"; expected one of: %2.</source>
        <translation>Unknown key "%1"; expected one of: %2.</translation>
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
        <source>Give either "id" (use an existing one) or "create", not both and not neither.</source>
        <translation>Give either "id" (use an existing one) or "create", not both and not neither.</translation>
    </message>
    <message>
        <source>Give either "baseConnectionId" or "newAccount", not both.</source>
        <translation>Give either "baseConnectionId" or "newAccount", not both.</translation>
    </message>
    <message>
        <source>an array of rules</source>
        <translation>an array of rules</translation>
    </message>
    <message>
        <source>Give either "source" (a column) or "expression", not both.</source>
        <translation>Give either "source" (a column) or "expression", not both.</translation>
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
</context>
<context>
    <name>DataflowWizard</name>
    <message>
        <source>Dataflow Wizard — Adobe Experience Platform</source>
        <translation>Dataflow Wizard — Adobe Experience Platform</translation>
    </message>
</context>
<context>
    <name>DraftValidator</name>
    <message>
        <source>Give the dataflow a name.</source>
        <translation>Give the dataflow a name.</translation>
    </message>
    <message>
        <source>An organization id ends with "@AdobeOrg".</source>
        <translation>An organization id ends with "@AdobeOrg".</translation>
    </message>
    <message>
        <source>The client id (API key) is required.</source>
        <translation>The client id (API key) is required.</translation>
    </message>
    <message>
        <source>A sandbox name is lower case letters, digits and dashes, e.g. "prod".</source>
        <translation>A sandbox name is lower case letters, digits and dashes, e.g. "prod".</translation>
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
        <source>Choose the schema's class.</source>
        <translation>Choose the schema's class.</translation>
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
        <source>"%1" is not a dotted XDM path such as person.name.firstName.</source>
        <translation>"%1" is not a dotted XDM path such as person.name.firstName.</translation>
    </message>
    <message>
        <source>"%1" is already filled by mapping[%2].</source>
        <translation>"%1" is already filled by mapping[%2].</translation>
    </message>
    <message>
        <source>Choose the column that tells which rows changed (the delta column).</source>
        <translation>Choose the column that tells which rows changed (the delta column).</translation>
    </message>
    <message>
        <source>"%1" is not a time zone; use an IANA name such as UTC or Europe/Paris.</source>
        <translation>"%1" is not a time zone; use an IANA name such as UTC or Europe/Paris.</translation>
    </message>
    <message>
        <source>"Y" is the week-based year, wrong around New Year: write "yyyy", e.g. yyyy-MM-dd HH:mm:ss.</source>
        <translation>"Y" is the week-based year, wrong around New Year: write "yyyy", e.g. yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>"D" is the day of the year: write "dd" for the day of the month, e.g. yyyy-MM-dd HH:mm:ss.</source>
        <translation>"D" is the day of the year: write "dd" for the day of the month, e.g. yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>"%1" is not a Java date pattern letter; quote literal text with '.</source>
        <translation>"%1" is not a Java date pattern letter; quote literal text with '.</translation>
    </message>
    <message>
        <source>A quote (') is not closed.</source>
        <translation>A quote (') is not closed.</translation>
    </message>
    <message>
        <source>The frequency is one of: %1.</source>
        <translation>The frequency is one of: %1.</translation>
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
        <source>With the frequency "%1" the interval is at least %2.</source>
        <translation>With the frequency "%1" the interval is at least %2.</translation>
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
        <source>The start time (%1) has passed; choose a time in the future.</source>
        <translation>The start time (%1) has passed; choose a time in the future.</translation>
    </message>
    <message>
        <source>The partial ingestion threshold is a percentage above 0 and at most 100.</source>
        <translation>The partial ingestion threshold is a percentage above 0 and at most 100.</translation>
    </message>
    <message>
        <source>The schema has no field "%1".</source>
        <translation>The schema has no field "%1".</translation>
    </message>
    <message>
        <source>"%1" is a group of fields; map to one of its fields.</source>
        <translation>"%1" is a group of fields; map to one of its fields.</translation>
    </message>
    <message>
        <source>The table %1 has no column "%2".</source>
        <translation>The table %1 has no column "%2".</translation>
    </message>
    <message>
        <source>The delta column must be a date-time column; "%1" is not.</source>
        <translation>The delta column must be a date-time column; "%1" is not.</translation>
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
        <extracomment>%1 is the keychain's own (untranslated) error message.</extracomment>
        <translation>Details: %1</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain (a Secret Service such as GNOME Keyring or KWallet) did not answer within %n second(s). Unlock or start it and try again, or go on and keep the secret for this session only.</source>
        <translation><numerusform>The system keychain (a Secret Service such as GNOME Keyring or KWallet) did not answer within %n second. Unlock or start it and try again, or go on and keep the secret for this session only.</numerusform><numerusform>The system keychain (a Secret Service such as GNOME Keyring or KWallet) did not answer within %n seconds. Unlock or start it and try again, or go on and keep the secret for this session only.</numerusform></translation>
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
        <translation><numerusform>The server did not answer within %n second. Check the network, then try again.</numerusform><numerusform>The server did not answer within %n seconds. Check the network, then try again.</numerusform></translation>
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
        <source>This credential has no access to Experience Platform in this organization. Check the organization ID and the credential's product profile.</source>
        <translation>This credential has no access to Experience Platform in this organization. Check the organization ID and the credential's product profile.</translation>
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
        <source>The mapping was made for another schema than the dataset's.</source>
        <translation>The mapping was made for another schema than the dataset's.</translation>
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
        <translation><numerusform>The Platform asks to slow down. Try again in %n second.</numerusform><numerusform>The Platform asks to slow down. Try again in %n seconds.</numerusform></translation>
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
        <source>The server's answer could not be read.</source>
        <translation>The server's answer could not be read.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>&amp;Existing account</source>
        <translation>&amp;Existing account</translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation>&amp;New account</translation>
    </message>
    <message>
        <source>Load more accounts</source>
        <translation>Load more accounts</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
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
        <source>Search accounts</source>
        <translation>Search accounts</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
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
        <source>Account &amp;name:</source>
        <translation>Account &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentication:</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;source&lt;/b&gt; is the system your marketing data lives in today, such as HubSpot.&lt;/p&gt;&lt;p&gt;An &lt;b&gt;account&lt;/b&gt; is the saved connection to that system: its address and the keys that let Experience Platform read from it. Reuse an account your team already made, or make a new one with the keys from the source's own settings (for HubSpot, a private app's client ID, client secret and tokens).&lt;/p&gt;&lt;p&gt;The keys you type go straight to Experience Platform, which keeps them encrypted; the wizard does not store them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A &lt;b&gt;source&lt;/b&gt; is the system your marketing data lives in today, such as HubSpot.&lt;/p&gt;&lt;p&gt;An &lt;b&gt;account&lt;/b&gt; is the saved connection to that system: its address and the keys that let Experience Platform read from it. Reuse an account your team already made, or make a new one with the keys from the source's own settings (for HubSpot, a private app's client ID, client secret and tokens).&lt;/p&gt;&lt;p&gt;The keys you type go straight to Experience Platform, which keeps them encrypted; the wizard does not store them.&lt;/p&gt;</translation>
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
        <source>%1 account</source>
        <translation>%1 account</translation>
    </message>
    <message>
        <source>%1 (required):</source>
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
    <message>
        <source>Fill in: %1.</source>
        <translation>Fill in: %1.</translation>
    </message>
    <message>
        <source>Created by the Dataflow Wizard</source>
        <translation>Created by the Dataflow Wizard</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creating the account…</translation>
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
        <source>This version cannot run recipes headless yet.</source>
        <translation>This version cannot run recipes headless yet.</translation>
    </message>
</context>
</TS>
