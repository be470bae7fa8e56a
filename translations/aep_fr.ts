<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CommandLine</name>
    <message>
        <source>Creates Adobe Experience Platform dataflows from marketing-automation sources (HubSpot and others), step by step in a wizard or headless from a recipe file.</source>
        <translation>Crée des flux de données Adobe Experience Platform à partir de sources d’automatisation marketing (HubSpot et d’autres), étape par étape dans un assistant ou sans fenêtre à partir d’un fichier de recette.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Start the built-in Platform emulator and open the wizard on it.</source>
        <translation>Démarrer l’émulateur Platform intégré et ouvrir l’assistant dessus.</translation>
    </message>
    <message>
        <source>Create what the recipe describes, without a window, and print the created ids as one JSON object.</source>
        <translation>Créer ce que décrit la recette, sans fenêtre, et afficher les ID créés dans un objet JSON.</translation>
    </message>
    <message>
        <source>recipe.json</source>
        <translation>recette.json</translation>
    </message>
    <message>
        <source>Check the recipe offline and against the platform; create nothing.</source>
        <translation>Vérifier la recette hors ligne et auprès de Platform ; ne rien créer.</translation>
    </message>
    <message>
        <source>Print the recipe's plan as a bash script of curl calls.</source>
        <translation>Afficher le plan de la recette sous forme de script bash d’appels curl.</translation>
    </message>
    <message>
        <source>Platform base URL (default https://platform.adobe.io).</source>
        <translation>URL de base de Platform (par défaut https://platform.adobe.io).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>IMS base URL (default https://ims-na1.adobelogin.com).</source>
        <translation>URL de base d’IMS (par défaut https://ims-na1.adobelogin.com).</translation>
    </message>
    <message>
        <source>Language of the interface: fr or en.</source>
        <translation>Langue de l’interface : fr ou en.</translation>
    </message>
    <message>
        <source>A recipe file to open in the wizard (optional).</source>
        <translation>Un fichier de recette à ouvrir dans l’assistant (facultatif).</translation>
    </message>
    <message>
        <source>[recipe.json]</source>
        <translation>[recette.json]</translation>
    </message>
    <message>
        <source>Unknown language “%1” for --lang: use fr or en.</source>
        <translation>Langue inconnue « %1 » pour --lang : utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Choose only one of --demo, --apply, --validate and --export-curl.</source>
        <translation>Choisissez une seule option parmi --demo, --apply, --validate et --export-curl.</translation>
    </message>
    <message>
        <source>Give at most one recipe file.</source>
        <translation>Indiquez au plus un fichier de recette.</translation>
    </message>
    <message>
        <source>The recipe file is already given to --apply, --validate or --export-curl.</source>
        <translation>Le fichier de recette est déjà donné à --apply, --validate ou --export-curl.</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Sign in to Experience Platform</source>
        <translation>Connexion à Experience Platform</translation>
    </message>
    <message>
        <source>Enter the OAuth Server-to-Server credential of your Adobe Developer Console project, then choose the sandbox to work in.</source>
        <translation>Saisissez les informations d’identification OAuth serveur à serveur de votre projet Adobe Developer Console, puis choisissez le sandbox dans lequel travailler.</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Afficher le secret client</translation>
    </message>
    <message>
        <source>The scopes listed for this credential in the Adobe Developer Console, separated by commas.</source>
        <translation>Les portées indiquées pour ces informations d’identification dans Adobe Developer Console, séparées par des virgules.</translation>
    </message>
    <message>
        <source>The sandbox to create the dataflow in. The list fills in once the credential is checked.</source>
        <translation>Le sandbox dans lequel créer le flux de données. La liste se remplit une fois les informations d’identification vérifiées.</translation>
    </message>
    <message>
        <source>&amp;Remember the client secret in the system keychain</source>
        <translation>&amp;Mémoriser le secret client dans le trousseau du système</translation>
    </message>
    <message>
        <source>The secret is stored by the operating system's keychain, never in a file.</source>
        <translation>Le secret est conservé par le trousseau du système d’exploitation, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>Paramètres a&amp;vancés</translation>
    </message>
    <message>
        <source>&amp;Platform URL:</source>
        <translation>URL de &amp;Platform :</translation>
    </message>
    <message>
        <source>&amp;IMS URL:</source>
        <translation>URL d’&amp;IMS :</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation>ID d’&amp;organisation :</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID &amp;client :</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>&amp;Portées :</translation>
    </message>
    <message>
        <source>Sand&amp;box:</source>
        <translation>Sand&amp;box :</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>ID d’organisation</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Platform URL</source>
        <translation>URL de Platform</translation>
    </message>
    <message>
        <source>IMS URL</source>
        <translation>URL d’IMS</translation>
    </message>
    <message>
        <source>&lt;p&gt;The wizard works for you inside Adobe Experience Platform, with the rights of an &lt;b&gt;API credential&lt;/b&gt; of your organization (type &lt;i&gt;OAuth Server-to-Server&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Your Adobe administrator creates it in the Adobe Developer Console, in a project that has the Experience Platform API. Copy from there the &lt;b&gt;organization ID&lt;/b&gt; (it ends with @AdobeOrg), the &lt;b&gt;client ID&lt;/b&gt;, the &lt;b&gt;client secret&lt;/b&gt; and the &lt;b&gt;scopes&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;sandbox&lt;/b&gt; is a separate workspace of Experience Platform: &lt;i&gt;prod&lt;/i&gt; is the live one; try things in a development sandbox first.&lt;/p&gt;&lt;p&gt;The client secret is kept by your operating system's keychain when you tick “Remember”; it is never written to a file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L’assistant travaille pour vous dans Adobe Experience Platform, avec les droits d’&lt;b&gt;informations d’identification d’API&lt;/b&gt; de votre organisation (type &lt;i&gt;OAuth serveur à serveur&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Votre administrateur Adobe les crée dans Adobe Developer Console, dans un projet qui dispose de l’API Experience Platform. Copiez-y l’&lt;b&gt;ID d’organisation&lt;/b&gt; (il se termine par @AdobeOrg), l’&lt;b&gt;ID client&lt;/b&gt;, le &lt;b&gt;secret client&lt;/b&gt; et les &lt;b&gt;portées&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Un &lt;b&gt;sandbox&lt;/b&gt; est un espace de travail distinct d’Experience Platform : &lt;i&gt;prod&lt;/i&gt; est celui de production ; faites d’abord vos essais dans un sandbox de développement.&lt;/p&gt;&lt;p&gt;Le secret client est conservé par le trousseau de votre système d’exploitation si vous cochez « Mémoriser » ; il n’est jamais écrit dans un fichier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The system keychain cannot be used, so the client secret could not be read from it. Type it; it will be kept for this session only.</source>
        <translation>Le trousseau du système est inutilisable : le secret client n’a pas pu y être lu. Saisissez-le ; il sera conservé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Platform URL: %1</source>
        <translation>URL de Platform : %1</translation>
    </message>
    <message>
        <source>IMS URL: %1</source>
        <translation>URL d’IMS : %1</translation>
    </message>
    <message>
        <source>Checking the credential with Adobe…</source>
        <translation>Vérification des informations d’identification auprès d’Adobe…</translation>
    </message>
    <message>
        <source>Loading the sandboxes…</source>
        <translation>Chargement des sandbox…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This credential cannot use a sandbox named “%1”. Choose one of: %2.</source>
        <translation>Ces informations d’identification ne donnent accès à aucun sandbox nommé « %1 ». Choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>Storing the client secret in the system keychain…</source>
        <translation>Enregistrement du secret client dans le trousseau du système…</translation>
    </message>
    <message>
        <source>The credential works, but the system keychain could not store the client secret. You can go on: the secret is kept for this session only.</source>
        <translation>Les informations d’identification fonctionnent, mais le trousseau du système n’a pas pu enregistrer le secret client. Vous pouvez continuer : le secret est conservé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Continue without saving</source>
        <translation>Continuer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>DataflowDraft</name>
    <message>
        <source>Unknown key "%1"; expected one of: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A recipe must not hold a secret: remove this key. Secrets come from the keychain or the environment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This key is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This value must not be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an array of strings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give either "id" (use an existing one) or "create", not both and not neither.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give either "baseConnectionId" or "newAccount", not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an array of rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give either "source" (a column) or "expression", not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported recipe version %1; this program reads version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A recipe is a JSON object.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataflowWizard</name>
    <message>
        <source>Dataflow Wizard — Adobe Experience Platform</source>
        <translation>Assistant de flux de données — Adobe Experience Platform</translation>
    </message>
</context>
<context>
    <name>DraftValidator</name>
    <message>
        <source>Give the dataflow a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An organization id ends with "@AdobeOrg".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client id (API key) is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A sandbox name is lower case letters, digits and dashes, e.g. "prod".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This source cannot be used with the %1 flow spec.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an account, or create one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the schema a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the schema's class.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A schema enabled for Profile needs a primary identity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No mapping rule fills the primary identity field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a schema, or create one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the dataset a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A dataset enabled for Profile needs a schema enabled for Profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a dataset, or create one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map at least one column to the schema.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a source column or write an expression.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An expression has at most %1 characters (this one has %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the schema field to fill.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a dotted XDM path such as person.name.firstName.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is already filled by mapping[%2].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the column that tells which rows changed (the delta column).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a time zone; use an IANA name such as UTC or Europe/Paris.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"Y" is the week-based year, wrong around New Year: write "yyyy", e.g. yyyy-MM-dd HH:mm:ss.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"D" is the day of the year: write "dd" for the day of the month, e.g. yyyy-MM-dd HH:mm:ss.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a Java date pattern letter; quote literal text with '.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A quote (') is not closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The frequency is one of: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose when the dataflow starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A dataflow that runs once has no interval: remove it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A dataflow that runs once has no backfill: remove it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the interval between runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With the frequency "%1" the interval is at least %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The flow spec refuses this schedule: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start time is in seconds since 1970, not milliseconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start time (%1) has passed; choose a time in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The partial ingestion threshold is a percentage above 0 and at most 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The schema has no field "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is a group of fields; map to one of its fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The table %1 has no column "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The delta column must be a date-time column; "%1" is not.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImsAuth</name>
    <message>
        <source>Enter the client ID and the client secret of the credential.</source>
        <translation>Saisissez l’ID client et le secret client des informations d’identification.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No secret is stored in the system keychain for this credential. Enter it again.</source>
        <translation>Aucun secret n’est enregistré dans le trousseau du système pour ces informations d’identification. Saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>The system keychain (a Secret Service such as GNOME Keyring or KWallet) cannot be reached. Unlock or start it and try again, or go on and keep the secret for this session only.</source>
        <translation>Le trousseau du système (un service Secret Service comme GNOME Keyring ou KWallet) est injoignable. Déverrouillez-le ou démarrez-le, puis réessayez, ou continuez en conservant le secret pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it or allow this program when asked, then try again, or go on and keep the secret for this session only.</source>
        <translation>Le trousseau du système a refusé l’accès. Déverrouillez-le ou autorisez ce programme quand il vous le demande, puis réessayez, ou continuez en conservant le secret pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again, or go on and keep the secret for this session only.</source>
        <translation>Le trousseau du système a signalé une erreur. Réessayez, ou continuez en conservant le secret pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <extracomment>%1 is the keychain's own (untranslated) error message.</extracomment>
        <translation>Détails : %1</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain (a Secret Service such as GNOME Keyring or KWallet) did not answer within %n second(s). Unlock or start it and try again, or go on and keep the secret for this session only.</source>
        <translation><numerusform>Le trousseau du système (un service Secret Service comme GNOME Keyring ou KWallet) n’a pas répondu en %n seconde. Déverrouillez-le ou démarrez-le, puis réessayez, ou continuez en conservant le secret pour cette session uniquement.</numerusform><numerusform>Le trousseau du système (un service Secret Service comme GNOME Keyring ou KWallet) n’a pas répondu en %n secondes. Déverrouillez-le ou démarrez-le, puis réessayez, ou continuez en conservant le secret pour cette session uniquement.</numerusform></translation>
    </message>
</context>
<context>
    <name>PlatformConfig</name>
    <message>
        <source>it is not a complete address (for example https://platform.adobe.io).</source>
        <translation>ce n’est pas une adresse complète (par exemple https://platform.adobe.io).</translation>
    </message>
    <message>
        <source>only https:// addresses are allowed.</source>
        <translation>seules les adresses https:// sont autorisées.</translation>
    </message>
    <message>
        <source>the address must not contain a user name or password.</source>
        <translation>l’adresse ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>the address must not contain “?” or “#”.</source>
        <translation>l’adresse ne doit contenir ni « ? » ni « # ».</translation>
    </message>
    <message>
        <source>only https:// addresses are allowed, except on this computer (localhost).</source>
        <translation>seules les adresses https:// sont autorisées, sauf sur cet ordinateur (localhost).</translation>
    </message>
</context>
<context>
    <name>PlatformError</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). Check the network, then try again.</source>
        <translation><numerusform>Le serveur n’a pas répondu en %n seconde. Vérifiez le réseau, puis réessayez.</numerusform><numerusform>Le serveur n’a pas répondu en %n secondes. Vérifiez le réseau, puis réessayez.</numerusform></translation>
    </message>
    <message>
        <source>The address “%1” is refused: %2</source>
        <translation>L’adresse « %1 » est refusée : %2</translation>
    </message>
    <message>
        <source>Adobe refused the client ID or the client secret. Copy both again from the credential in the Adobe Developer Console.</source>
        <translation>Adobe a refusé l’ID client ou le secret client. Copiez-les de nouveau depuis les informations d’identification dans Adobe Developer Console.</translation>
    </message>
    <message>
        <source>Adobe refused the scopes. Use exactly the scopes listed for this credential in the Adobe Developer Console.</source>
        <translation>Adobe a refusé les portées. Utilisez exactement les portées indiquées pour ces informations d’identification dans Adobe Developer Console.</translation>
    </message>
    <message>
        <source>Adobe refused the sign-in request. Check the IMS address under Advanced.</source>
        <translation>Adobe a refusé la demande de connexion. Vérifiez l’adresse d’IMS dans les paramètres avancés.</translation>
    </message>
    <message>
        <source>The access token is no longer valid. Sign in again.</source>
        <translation>Le jeton d’accès n’est plus valide. Connectez-vous de nouveau.</translation>
    </message>
    <message>
        <source>The request carried no access token. Sign in again.</source>
        <translation>La requête ne contenait aucun jeton d’accès. Connectez-vous de nouveau.</translation>
    </message>
    <message>
        <source>The Platform refused the API key (the client ID) of this credential.</source>
        <translation>Platform a refusé la clé d’API (l’ID client) de ces informations d’identification.</translation>
    </message>
    <message>
        <source>The organization ID is missing.</source>
        <translation>L’ID d’organisation manque.</translation>
    </message>
    <message>
        <source>This credential has no access to Experience Platform in this organization. Check the organization ID and the credential's product profile.</source>
        <translation>Ces informations d’identification n’ont pas accès à Experience Platform dans cette organisation. Vérifiez l’ID d’organisation et le profil de produit des informations d’identification.</translation>
    </message>
    <message>
        <source>No sandbox was given. Choose a sandbox.</source>
        <translation>Aucun sandbox n’a été indiqué. Choisissez un sandbox.</translation>
    </message>
    <message>
        <source>This sandbox does not exist or this credential cannot use it.</source>
        <translation>Ce sandbox n’existe pas ou ces informations d’identification n’y ont pas accès.</translation>
    </message>
    <message>
        <source>Someone changed this object in the meantime. Reload it, then try again.</source>
        <translation>Quelqu’un a modifié cet objet entre-temps. Rechargez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>This account is still used by a dataflow, so it cannot be deleted.</source>
        <translation>Ce compte est encore utilisé par un flux de données : il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>The mapping was made for another schema than the dataset's.</source>
        <translation>Le mappage a été fait pour un autre schéma que celui du jeu de données.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network connection and the addresses under Advanced.</source>
        <translation>Le serveur est injoignable. Vérifiez la connexion réseau et les adresses des paramètres avancés.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the network, then try again.</source>
        <translation>Le serveur n’a pas répondu à temps. Vérifiez le réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>This address is refused.</source>
        <translation>Cette adresse est refusée.</translation>
    </message>
    <message>
        <source>The sign-in was refused. Check the credential.</source>
        <translation>La connexion a été refusée. Vérifiez les informations d’identification.</translation>
    </message>
    <message>
        <source>This credential is not allowed to do that in this sandbox.</source>
        <translation>Ces informations d’identification ne permettent pas cette action dans ce sandbox.</translation>
    </message>
    <message>
        <source>The object asked for does not exist (or no longer exists).</source>
        <translation>L’objet demandé n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>The object changed in the meantime. Reload it, then try again.</source>
        <translation>L’objet a été modifié entre-temps. Rechargez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The Platform refused the request.</source>
        <translation>Platform a refusé la requête.</translation>
    </message>
    <message numerus="yes">
        <source>The Platform asks to slow down. Try again in %n second(s).</source>
        <translation><numerusform>Platform demande de ralentir. Réessayez dans %n seconde.</numerusform><numerusform>Platform demande de ralentir. Réessayez dans %n secondes.</numerusform></translation>
    </message>
    <message>
        <source>The Platform asks to slow down. Try again in a moment.</source>
        <translation>Platform demande de ralentir. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The Platform had an internal problem. Try again in a moment.</source>
        <translation>Platform a rencontré un problème interne. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server's answer could not be read.</source>
        <translation>La réponse du serveur est illisible.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>&amp;Existing account</source>
        <translation>Compte &amp;existant</translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation>&amp;Nouveau compte</translation>
    </message>
    <message>
        <source>Load more accounts</source>
        <translation>Charger plus de comptes</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Choose the marketing-automation system to bring data from, and the account to read it with.</source>
        <translation>Choisissez le système d’automatisation marketing d’où viennent les données, et le compte avec lequel les lire.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Authentication type</source>
        <translation>Type d’authentification</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Nom du compte :</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification :</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;source&lt;/b&gt; is the system your marketing data lives in today, such as HubSpot.&lt;/p&gt;&lt;p&gt;An &lt;b&gt;account&lt;/b&gt; is the saved connection to that system: its address and the keys that let Experience Platform read from it. Reuse an account your team already made, or make a new one with the keys from the source's own settings (for HubSpot, a private app's client ID, client secret and tokens).&lt;/p&gt;&lt;p&gt;The keys you type go straight to Experience Platform, which keeps them encrypted; the wizard does not store them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une &lt;b&gt;source&lt;/b&gt; est le système où se trouvent aujourd’hui vos données marketing, par exemple HubSpot.&lt;/p&gt;&lt;p&gt;Un &lt;b&gt;compte&lt;/b&gt; est la connexion enregistrée à ce système : son adresse et les clés qui permettent à Experience Platform d’y lire. Réutilisez un compte déjà créé par votre équipe, ou créez-en un avec les clés trouvées dans les paramètres de la source (pour HubSpot, l’ID client, le secret client et les jetons d’une application privée).&lt;/p&gt;&lt;p&gt;Les clés saisies partent directement vers Experience Platform, qui les conserve chiffrées ; l’assistant ne les enregistre pas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loading the sources…</source>
        <translation>Chargement des sources…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>No marketing-automation source is available in this sandbox.</source>
        <translation>Aucune source d’automatisation marketing n’est disponible dans ce sandbox.</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatoire) :</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>nom du compte</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>À remplir : %1.</translation>
    </message>
    <message>
        <source>Created by the Dataflow Wizard</source>
        <translation>Créé par l’assistant de flux de données</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Création du compte…</translation>
    </message>
    <message>
        <source>Testing the connection “%1”…</source>
        <translation>Test de la connexion « %1 »…</translation>
    </message>
    <message>
        <source>The connection “%1” works.</source>
        <translation>La connexion « %1 » fonctionne.</translation>
    </message>
    <message>
        <source>The source refused the connection “%1”. Check its keys.</source>
        <translation>La source a refusé la connexion « %1 ». Vérifiez ses clés.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The built-in emulator could not start.</source>
        <translation>L’émulateur intégré n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Demo mode: the wizard talks to the built-in Platform emulator at %1, not to Adobe. Its credential is filled in (client ID “%2”, client secret “%3”).</source>
        <translation>Mode démo : l’assistant s’adresse à l’émulateur Platform intégré à l’adresse %1, pas à Adobe. Ses informations d’identification sont préremplies (ID client « %2 », secret client « %3 »).</translation>
    </message>
    <message>
        <source>This version cannot run recipes headless yet.</source>
        <translation>Cette version ne sait pas encore exécuter de recette sans fenêtre.</translation>
    </message>
</context>
</TS>
