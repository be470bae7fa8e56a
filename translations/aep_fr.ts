<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountForm</name>
    <message>
        <source>%1 (required):</source>
        <extracomment>A field of the new-account form: %1 the parameter&apos;s name (&quot;Client secret&quot;).</extracomment>
        <translation>%1 (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>nom du compte</translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <source>Load more accounts</source>
        <translation>Charger plus de comptes</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la conne&amp;xion</translation>
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
        <source>No %1 account in this sandbox yet. Choose “New account” to connect one.</source>
        <translation>Aucun compte %1 dans ce sandbox pour l’instant. Choisissez «&#x202f;Nouveau compte&#x202f;» pour en connecter un.</translation>
    </message>
</context>
<context>
    <name>AutoMap</name>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>same name, written differently</source>
        <translation>même nom, écrit autrement</translation>
    </message>
    <message>
        <source>HubSpot property %1 = %2</source>
        <translation>propriété HubSpot %1 = %2</translation>
    </message>
    <message>
        <source>usual field for “%1”</source>
        <translation>champ habituel pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>synonym: %1 = %2</source>
        <translation>synonyme&#xa0;: %1 = %2</translation>
    </message>
    <message numerus="yes">
        <source>similar name (%n letter(s) differ)</source>
        <translation>
            <numerusform>nom proche (%n lettre diffère)</numerusform>
            <numerusform>nom proche (%n lettres diffèrent)</numerusform>
        </translation>
    </message>
    <message>
        <source>shared words: %1</source>
        <translation>mots communs&#xa0;: %1</translation>
    </message>
    <message>
        <source>types agree</source>
        <translation>types concordants</translation>
    </message>
    <message>
        <source>types differ: %1 into %2, converted</source>
        <translation>types différents&#xa0;: %1 vers %2, converti</translation>
    </message>
</context>
<context>
    <name>BusyRow</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>already there, reused</source>
        <translation>déjà présent, réutilisé</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Le trousseau n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is valid (checked offline and against %2).</source>
        <translation>La recette %1 est valide (vérifiée hors ligne et auprès de %2).</translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>Échec de l’étape «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>What was created is kept in %1; run the same command again to go on from there.</source>
        <translation>Ce qui a été créé est consigné dans %1&#x202f;; relancez la même commande pour reprendre à partir de là.</translation>
    </message>
    <message>
        <source>Cannot read the recipe %1: %2</source>
        <translation>Impossible de lire la recette %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No credential: set AEP_CLIENT_SECRET (or AEP_ACCESS_TOKEN), or sign in once in the wizard so that the client secret is in the keychain.</source>
        <translation>Aucune information d’identification&#xa0;: définissez AEP_CLIENT_SECRET (ou AEP_ACCESS_TOKEN), ou connectez-vous une fois dans l’assistant pour que le secret client soit enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>%1: %2: %3 [%4]</source>
        <extracomment>One problem of the recipe on stderr: %1 the recipe file, %2 &quot;error&quot; or &quot;warning&quot;, %3 the problem, %4 its stable code.</extracomment>
        <translation>%1&#xa0;: %2&#xa0;: %3 [%4]</translation>
    </message>
    <message>
        <source>[%1/%2] %3: %4</source>
        <extracomment>One step of the progress on stderr: %1 steps done, %2 steps in all, %3 the step, %4 its outcome.</extracomment>
        <translation>[%1/%2] %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>The source %1 has no authentication “%2” (source.newAccount.authSpecName).</source>
        <translation>La source %1 n’a pas d’authentification «&#x202f;%2&#x202f;» (source.newAccount.authSpecName).</translation>
    </message>
    <message>
        <source>The recipe creates a new account: set its secret parameters in the environment first (%1).</source>
        <translation>La recette crée un nouveau compte&#xa0;: définissez d’abord ses paramètres secrets dans l’environnement (%1).</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was created.</source>
        <translation>Rien n’a été créé.</translation>
    </message>
    <message>
        <source>Done while the checks ran, then not undone (its delete failed): %1. The journal %2 keeps its id.</source>
        <translation>Fait pendant les vérifications, puis non défait (sa suppression a échoué)&#xa0;: %1. Le journal %2 en garde l’identifiant.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Creates Adobe Experience Platform dataflows from marketing-automation sources (HubSpot and others), step by step in a wizard or headless from a recipe file.</source>
        <translation>Crée des flux de données Adobe Experience Platform à partir de sources d’automatisation marketing (HubSpot, entre autres), étape par étape dans un assistant ou sans fenêtre à partir d’un fichier de recette.</translation>
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
        <translation>Vérifier la recette hors ligne et auprès de Platform&#x202f;; ne rien créer.</translation>
    </message>
    <message>
        <source>Print the recipe&apos;s plan as a bash script of curl calls.</source>
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
        <translation>Langue de l’interface&#xa0;: fr ou en.</translation>
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
        <translation>Langue inconnue «&#x202f;%1&#x202f;» pour --lang&#xa0;: utilisez fr ou en.</translation>
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
    <message>
        <source>Options read by Qt before the program sees them (window mode only):
  -platform &lt;name&gt;          The windowing system: xcb, wayland or offscreen.
  -style &lt;name&gt;             The widget style, e.g. Fusion.
  -qwindowgeometry &lt;geom&gt;   Size and position of the first window, e.g. 900x700+0+0.
  -reverse                  Lay the window out from right to left.
</source>
        <translation>Options lues par Qt avant le programme (mode fenêtre seulement)&#xa0;:
  -platform &lt;nom&gt;           Le système de fenêtrage&#xa0;: xcb, wayland ou offscreen.
  -style &lt;nom&gt;              Le style des widgets, par exemple Fusion.
  -qwindowgeometry &lt;géom&gt;   Taille et position de la première fenêtre, par exemple 900x700+0+0.
  -reverse                  Disposer la fenêtre de droite à gauche.
</translation>
    </message>
    <message>
        <source>Show this help and the options that Qt itself reads, and exit.</source>
        <translation>Afficher cette aide et les options que Qt lit lui-même, puis quitter.</translation>
    </message>
</context>
<context>
    <name>CredentialCheck</name>
    <message>
        <source>Checking the credential with Adobe…</source>
        <translation>Vérification des informations d’identification auprès d’Adobe…</translation>
    </message>
    <message>
        <source>Loading the sandboxes…</source>
        <translation>Chargement des sandbox…</translation>
    </message>
    <message>
        <source>This credential cannot use a sandbox named “%1”. Choose one of: %2.</source>
        <translation>Ces informations d’identification ne donnent accès à aucun sandbox nommé «&#x202f;%1&#x202f;». Choisissez parmi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Storing the client secret in the system keychain…</source>
        <translation>Enregistrement du secret client dans le trousseau du système…</translation>
    </message>
    <message>
        <source>The credential works, but the system keychain could not store the client secret. You can go on: the secret is kept for this session only.</source>
        <translation>Les informations d’identification fonctionnent, mais le trousseau du système n’a pas pu enregistrer le secret client. Vous pouvez continuer&#xa0;: le secret est conservé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used, so the client secret could not be read from it. Type it; it will be kept for this session only.</source>
        <translation>Le trousseau du système est inutilisable&#xa0;: le secret client n’a pas pu y être lu. Saisissez-le&#x202f;; il sera conservé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Platform URL: %1</source>
        <translation>URL de Platform&#xa0;: %1</translation>
    </message>
    <message>
        <source>IMS URL: %1</source>
        <translation>URL d’IMS&#xa0;: %1</translation>
    </message>
    <message>
        <source>No answer from %1, the IMS URL under Advanced.</source>
        <translation>Aucune réponse de %1, l’URL d’IMS des paramètres avancés.</translation>
    </message>
    <message>
        <source>No answer from %1, the Platform URL under Advanced.</source>
        <translation>Aucune réponse de %1, l’URL de Platform des paramètres avancés.</translation>
    </message>
    <message>
        <source>The recipe named this address; the wizard was using %1 before.</source>
        <translation>Cette adresse vient de la recette&#x202f;; l’assistant utilisait %1 auparavant.</translation>
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
        <source>The secret is stored by the operating system&apos;s keychain, never in a file.</source>
        <translation>Le secret est conservé par le trousseau du système d’exploitation, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID &amp;client&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>S&amp;ecret client&#xa0;:</translation>
    </message>
    <message>
        <source>Sand&amp;box:</source>
        <translation>Sand&amp;box&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;p&gt;The wizard works for you inside Adobe Experience Platform, with the rights of an &lt;b&gt;API credential&lt;/b&gt; of your organization (type &lt;i&gt;OAuth Server-to-Server&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Your Adobe administrator creates it in the Adobe Developer Console, in a project that has the Experience Platform API. Copy from there the &lt;b&gt;organization ID&lt;/b&gt; (it ends with @AdobeOrg), the &lt;b&gt;client ID&lt;/b&gt;, the &lt;b&gt;client secret&lt;/b&gt; and the &lt;b&gt;scopes&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;sandbox&lt;/b&gt; is a separate workspace of Experience Platform: &lt;i&gt;prod&lt;/i&gt; is the live one; try things in a development sandbox first.&lt;/p&gt;&lt;p&gt;The client secret is kept by your operating system&apos;s keychain when you tick “Remember”; it is never written to a file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L’assistant travaille pour vous dans Adobe Experience Platform, avec les droits d’&lt;b&gt;informations d’identification d’API&lt;/b&gt; de votre organisation (type &lt;i&gt;OAuth serveur à serveur&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Votre administrateur Adobe les crée dans Adobe Developer Console, dans un projet qui dispose de l’API Experience Platform. Copiez depuis ce projet l’&lt;b&gt;ID d’organisation&lt;/b&gt; (il se termine par @AdobeOrg), l’&lt;b&gt;ID client&lt;/b&gt;, le &lt;b&gt;secret client&lt;/b&gt; et les &lt;b&gt;portées&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Un &lt;b&gt;sandbox&lt;/b&gt; est un espace de travail distinct d’Experience Platform&#xa0;: &lt;i&gt;prod&lt;/i&gt; est celui de production&#x202f;; faites d’abord vos essais dans un sandbox de développement.&lt;/p&gt;&lt;p&gt;Le secret client est conservé par le trousseau de votre système d’exploitation si vous cochez «&#x202f;Mémoriser&#x202f;»&#x202f;; il n’est jamais écrit dans un fichier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Continue without saving</source>
        <translation>Continuer sans enregistrer</translation>
    </message>
    <message>
        <source>Organi&amp;zation ID:</source>
        <translation>ID d’organisatio&amp;n&#xa0;:</translation>
    </message>
    <message>
        <source>Scop&amp;es:</source>
        <translation>Po&amp;rtées&#xa0;:</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Arrêté. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Utiliser %1</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import mappings</source>
        <translation>Importer des mappages</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) read from “%1”.</source>
        <translation>
            <numerusform>%n règle lue dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n règles lues dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing replaces the %n rule(s) of this mapping; suggestions are dropped.</source>
        <translation>
            <numerusform>L’import remplace la règle de ce mappage (%n)&#x202f;; les suggestions sont écartées.</numerusform>
            <numerusform>L’import remplace les %n règles de ce mappage&#x202f;; les suggestions sont écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) or column(s) left out, listed below.</source>
        <translation>
            <numerusform>%n ligne ou colonne ignorée, indiquée ci-dessous.</numerusform>
            <numerusform>%n lignes ou colonnes ignorées, indiquées ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules to import</source>
        <translation>Règles à importer</translation>
    </message>
    <message>
        <source>Line %1: %2 → %3</source>
        <translation>Ligne %1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Problèmes d’import</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>DataflowDraft</name>
    <message>
        <source>Unknown key &quot;%1&quot;; expected one of: %2.</source>
        <translation>Clé inconnue «&#x202f;%1&#x202f;»&#x202f;; clés attendues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A recipe must not hold a secret: remove this key. Secrets come from the keychain or the environment.</source>
        <translation>Une recette ne doit contenir aucun secret&#xa0;: supprimez cette clé. Les secrets proviennent du trousseau ou de l’environnement.</translation>
    </message>
    <message>
        <source>This key is required.</source>
        <translation>Cette clé est obligatoire.</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Valeur attendue&#xa0;: %1&#x202f;; valeur trouvée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>This value must not be empty.</source>
        <translation>Cette valeur ne doit pas être vide.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>un tableau de chaînes</translation>
    </message>
    <message>
        <source>Give either &quot;baseConnectionId&quot; or &quot;newAccount&quot;, not both.</source>
        <translation>Indiquez soit «&#x202f;baseConnectionId&#x202f;», soit «&#x202f;newAccount&#x202f;», mais pas les deux.</translation>
    </message>
    <message>
        <source>an array of rules</source>
        <translation>un tableau de règles</translation>
    </message>
    <message>
        <source>Give either &quot;source&quot; (a column) or &quot;expression&quot;, not both.</source>
        <translation>Indiquez soit «&#x202f;source&#x202f;» (une colonne), soit «&#x202f;expression&#x202f;», mais pas les deux.</translation>
    </message>
    <message>
        <source>Unsupported recipe version %1; this program reads version %2.</source>
        <translation>Version de recette %1 non prise en charge&#x202f;; ce programme lit la version %2.</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2.</source>
        <translation>JSON non valide à la position %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A recipe is a JSON object.</source>
        <translation>Une recette doit être un objet JSON.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>Give exactly one of &quot;id&quot; (to use an existing one) and &quot;create&quot; (to make a new one).</source>
        <translation>Indiquez une seule des deux clés&#xa0;: «&#x202f;id&#x202f;» (pour utiliser un élément existant) ou «&#x202f;create&#x202f;» (pour en créer un).</translation>
    </message>
</context>
<context>
    <name>DataflowPlan</name>
    <message>
        <source>Create the account connection</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>Create the source connection</source>
        <translation>Créer la connexion source</translation>
    </message>
    <message>
        <source>Create the schema</source>
        <translation>Créer le schéma</translation>
    </message>
    <message>
        <source>Set the primary identity</source>
        <translation>Définir l’identité principale</translation>
    </message>
    <message>
        <source>Enable the schema for Profile</source>
        <translation>Activer le schéma pour le profil</translation>
    </message>
    <message>
        <source>Create the dataset</source>
        <translation>Créer le jeu de données</translation>
    </message>
    <message>
        <source>Create the target connection</source>
        <translation>Créer la connexion cible</translation>
    </message>
    <message>
        <source>Create the mapping set</source>
        <translation>Créer le jeu de mappages</translation>
    </message>
    <message>
        <source>Create the dataflow</source>
        <translation>Créer le flux de données</translation>
    </message>
    <message>
        <source>%1 source</source>
        <translation>%1 (source)</translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation>%1 (cible)</translation>
    </message>
    <message>
        <source>Read the Platform&apos;s rules for this kind of dataflow</source>
        <translation>Lire les règles de Platform pour ce type de flux de données</translation>
    </message>
</context>
<context>
    <name>DataflowWizard</name>
    <message>
        <source>Dataflow Wizard — Adobe Experience Platform</source>
        <translation>Assistant de flux de données — Adobe Experience Platform</translation>
    </message>
    <message>
        <source>&amp;Open recipe…</source>
        <translation>&amp;Ouvrir une recette…</translation>
    </message>
    <message>
        <source>Sa&amp;ve recipe…</source>
        <translation>Enre&amp;gistrer la recette…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The recipe could not be saved to %1: %2</source>
        <translation>La recette n’a pas pu être enregistrée dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open recipe</source>
        <translation>Ouvrir une recette</translation>
    </message>
    <message>
        <source>Recipes (*.json)</source>
        <translation>Recettes (*.json)</translation>
    </message>
    <message>
        <source>The recipe %1 was not opened; nothing was changed.</source>
        <translation>La recette %1 n’a pas été ouverte&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Save recipe</source>
        <translation>Enregistrer la recette</translation>
    </message>
    <message>
        <source>Discard this dataflow?</source>
        <translation>Abandonner ce flux de données&#x202f;?</translation>
    </message>
    <message>
        <source>The choices made for this dataflow are not saved. Save them as a recipe to come back to them later, or discard them.</source>
        <translation>Les choix faits pour ce flux de données ne sont pas enregistrés. Enregistrez-les dans une recette pour les retrouver plus tard, ou abandonnez-les.</translation>
    </message>
    <message>
        <source>&amp;Save recipe…</source>
        <translation>&amp;Enregistrer la recette…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer à modifier</translation>
    </message>
    <message>
        <source>The recipe %1 is open: its choices are on every page, from the first one.</source>
        <translation>La recette %1 est ouverte&#xa0;: ses choix sont repris sur chaque page, à partir de la première.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistrée dans %1.</translation>
    </message>
    <message>
        <source>The recipe %1 is open. It was saved before every page was filled in: its choices are on the pages, and the wizard asks for the rest.</source>
        <translation>La recette %1 est ouverte. Elle a été enregistrée avant que toutes les pages soient remplies&#xa0;: ses choix sont sur les pages, et l’assistant demande le reste.</translation>
    </message>
    <message>
        <source>Continue the unfinished dataflow?</source>
        <translation>Reprendre le flux de données inachevé&#x202f;?</translation>
    </message>
    <message>
        <source>The wizard was closed before this dataflow was created or saved as a recipe. Continue it where it was left, or start again with an empty wizard.</source>
        <translation>L’assistant a été fermé avant que ce flux de données soit créé ou enregistré dans une recette. Reprenez-le là où vous l’aviez laissé, ou recommencez avec un assistant vide.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>Re&amp;commencer</translation>
    </message>
    <message>
        <source>The unfinished dataflow could not be opened; the wizard starts empty.</source>
        <translation>Le flux de données inachevé n’a pas pu être ouvert&#x202f;; l’assistant démarre vide.</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <source>Use an &amp;existing dataset</source>
        <translation>Utiliser un jeu de données &amp;existant</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Choose where the records are stored in Experience Platform.</source>
        <translation>Choisissez où les enregistrements sont stockés dans Experience Platform.</translation>
    </message>
    <message>
        <source>Search datasets</source>
        <translation>Rechercher des jeux de données</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation>Nom du jeu de données</translation>
    </message>
    <message>
        <source>Dataset description</source>
        <translation>Description du jeu de données</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;dataset&lt;/b&gt; is where Experience Platform stores the records, like a table in a database. Each run of the dataflow adds a batch of records to it.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;Profile dataset&lt;/b&gt; also feeds Real-Time Customer Profile. That needs a schema enabled for Profile with a primary identity, and every record must then carry that identity, or it is rejected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un &lt;b&gt;jeu de données&lt;/b&gt; est l’endroit où Experience Platform stocke les enregistrements, comme une table dans une base de données. Chaque exécution du flux de données y ajoute un lot d’enregistrements.&lt;/p&gt;&lt;p&gt;Un &lt;b&gt;jeu de données de profil&lt;/b&gt; alimente aussi le Profil client en temps réel. Il lui faut un schéma activé pour le profil, avec une identité principale&#x202f;; chaque enregistrement doit alors porter cette identité, sinon il est rejeté.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The schema is created with the dataflow, so no dataset uses it yet.</source>
        <translation>Le schéma sera créé avec le flux de données&#xa0;: aucun jeu de données ne l’utilise encore.</translation>
    </message>
    <message>
        <source>Datasets built on the schema “%1”:</source>
        <translation>Jeux de données basés sur le schéma «&#x202f;%1&#x202f;»&#xa0;:</translation>
    </message>
    <message>
        <source>Every record must then carry the primary identity, or it is rejected.</source>
        <translation>Chaque enregistrement doit alors porter l’identité principale, sinon il est rejeté.</translation>
    </message>
    <message>
        <source>Not available: the schema is not enabled for Profile. Go back to the schema step to enable it (it needs a primary identity).</source>
        <translation>Indisponible&#xa0;: le schéma n’est pas activé pour le profil. Revenez à l’étape Schéma pour l’activer (il lui faut une identité principale).</translation>
    </message>
    <message>
        <source>No dataset uses the schema “%1” yet.</source>
        <translation>Aucun jeu de données n’utilise encore le schéma «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Create a ne&amp;w dataset</source>
        <translation>Créer un &amp;nouveau jeu de données</translation>
    </message>
    <message>
        <source>&amp;Profile dataset: feed Real-Time Customer Profile</source>
        <translation>&amp;Jeu de données de profil&#xa0;: alimenter le Profil client en temps réel</translation>
    </message>
</context>
<context>
    <name>DateFormatHint</name>
    <message>
        <source>Puts the date format that the table&apos;s values are written in into the field.</source>
        <translation>Met dans le champ le format de date dans lequel les valeurs de la table sont écrites.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <source>Use the date format %1</source>
        <translation>Utiliser le format de date %1</translation>
    </message>
</context>
<context>
    <name>DateFormats</name>
    <message>
        <source>The sample values are seconds since 1970, not dates that a date format can read.</source>
        <translation>Les valeurs d’exemple sont des secondes depuis 1970, et non des dates qu’un format de date peut lire.</translation>
    </message>
    <message>
        <source>The sample values are milliseconds since 1970, not dates that a date format can read.</source>
        <translation>Les valeurs d’exemple sont des millisecondes depuis 1970, et non des dates qu’un format de date peut lire.</translation>
    </message>
    <message>
        <source>The one sample value does not match this format.</source>
        <translation>L’unique valeur d’exemple ne correspond pas à ce format.</translation>
    </message>
    <message>
        <source>The one sample value matches this format.</source>
        <translation>L’unique valeur d’exemple correspond à ce format.</translation>
    </message>
    <message>
        <source>All %1 sample values match this format.</source>
        <translation>Les %1 valeurs d’exemple correspondent toutes à ce format.</translation>
    </message>
    <message>
        <source>%1 of %2 sample values match this format.</source>
        <translation>Valeurs d’exemple conformes à ce format&#xa0;: %1 sur %2.</translation>
    </message>
</context>
<context>
    <name>DemoClock</name>
    <message>
        <source>Demo clock: one hour passes every minute.</source>
        <translation>Horloge de démonstration&#xa0;: une heure passe chaque minute.</translation>
    </message>
    <message>
        <source>Demo clock: %1 hours pass every minute.</source>
        <translation>Horloge de démonstration&#xa0;: %1 heures passent chaque minute.</translation>
    </message>
    <message>
        <source>Demo clock: %1 minutes pass every minute.</source>
        <translation>Horloge de démonstration&#xa0;: %1 minutes passent chaque minute.</translation>
    </message>
</context>
<context>
    <name>DemoEmulator</name>
    <message>
        <source>The emulator module %1 could not be loaded: %2</source>
        <translation>Le module de l’émulateur %1 n’a pas pu être chargé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 is not the emulator module.</source>
        <translation>Le fichier %1 n’est pas le module de l’émulateur.</translation>
    </message>
    <message>
        <source>The emulator module %1 is version %2, not %3 as the program is.</source>
        <translation>Le module de l’émulateur %1 est en version %2, et non %3 comme le programme.</translation>
    </message>
    <message>
        <source>The emulator module %1 could not use its socket.</source>
        <translation>Le module de l’émulateur %1 n’a pas pu utiliser son socket.</translation>
    </message>
</context>
<context>
    <name>DraftCheck</name>
    <message>
        <source>Could not check this against the platform: %1</source>
        <translation>Impossible de vérifier ce point auprès de Platform&#xa0;: %1</translation>
    </message>
    <message>
        <source>The account or the table %1 was not found.</source>
        <translation>Le compte ou la table %1 est introuvable.</translation>
    </message>
    <message>
        <source>The Schema Registry has no such resource.</source>
        <translation>Le registre des schémas (Schema Registry) ne contient pas cette ressource.</translation>
    </message>
    <message>
        <source>Data Prep refuses this rule: %1</source>
        <translation>La préparation des données refuse cette règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>The dataset %1 was not found.</source>
        <translation>Le jeu de données %1 est introuvable.</translation>
    </message>
    <message>
        <source>The dataset “%1” is built on another schema (%2), not on the chosen one.</source>
        <translation>Le jeu de données «&#x202f;%1&#x202f;» repose sur un autre schéma (%2), et non sur celui choisi.</translation>
    </message>
</context>
<context>
    <name>DraftProblem</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem on one line: %1 the JSON path of the field, %2 the message.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DraftValidator</name>
    <message>
        <source>Give the dataflow a name.</source>
        <translation>Donnez un nom au flux de données.</translation>
    </message>
    <message>
        <source>A sandbox name is lower case letters, digits and dashes, e.g. &quot;prod&quot;.</source>
        <translation>Un nom de sandbox ne contient que des lettres minuscules, des chiffres et des tirets, par exemple «&#x202f;prod&#x202f;».</translation>
    </message>
    <message>
        <source>Choose a source.</source>
        <translation>Choisissez une source.</translation>
    </message>
    <message>
        <source>This source cannot be used with the %1 flow spec.</source>
        <translation>Cette source ne peut pas être utilisée avec la spécification de flux %1.</translation>
    </message>
    <message>
        <source>Choose an account, or create one.</source>
        <translation>Choisissez un compte ou créez-en un.</translation>
    </message>
    <message>
        <source>Choose a table.</source>
        <translation>Choisissez une table.</translation>
    </message>
    <message>
        <source>Give the schema a title.</source>
        <translation>Donnez un titre au schéma.</translation>
    </message>
    <message>
        <source>Choose the schema&apos;s class.</source>
        <translation>Choisissez la classe du schéma.</translation>
    </message>
    <message>
        <source>A schema enabled for Profile needs a primary identity.</source>
        <translation>Un schéma activé pour le profil doit avoir une identité principale.</translation>
    </message>
    <message>
        <source>No mapping rule fills the primary identity field.</source>
        <translation>Aucune règle de mappage ne remplit le champ d’identité principale.</translation>
    </message>
    <message>
        <source>Choose a schema, or create one.</source>
        <translation>Choisissez un schéma ou créez-en un.</translation>
    </message>
    <message>
        <source>Give the dataset a name.</source>
        <translation>Donnez un nom au jeu de données.</translation>
    </message>
    <message>
        <source>A dataset enabled for Profile needs a schema enabled for Profile.</source>
        <translation>Un jeu de données activé pour le profil doit reposer sur un schéma activé pour le profil.</translation>
    </message>
    <message>
        <source>Choose a dataset, or create one.</source>
        <translation>Choisissez un jeu de données ou créez-en un.</translation>
    </message>
    <message>
        <source>Map at least one column to the schema.</source>
        <translation>Mappez au moins une colonne vers le schéma.</translation>
    </message>
    <message>
        <source>Choose a source column or write an expression.</source>
        <translation>Choisissez une colonne source ou saisissez une expression.</translation>
    </message>
    <message>
        <source>An expression has at most %1 characters (this one has %2).</source>
        <translation>Une expression compte au plus %1 caractères (celle-ci en compte %2).</translation>
    </message>
    <message>
        <source>Choose the schema field to fill.</source>
        <translation>Choisissez le champ du schéma à remplir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dotted XDM path such as person.name.firstName.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un chemin XDM à points comme person.name.firstName.</translation>
    </message>
    <message>
        <source>Choose the column that tells which rows changed (the delta column).</source>
        <translation>Choisissez la colonne qui indique quelles lignes ont changé (la colonne delta).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; use an IANA name such as UTC or Europe/Paris.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un fuseau horaire&#x202f;; utilisez un nom IANA comme UTC ou Europe/Paris.</translation>
    </message>
    <message>
        <source>&quot;Y&quot; is the week-based year, wrong around New Year: write &quot;yyyy&quot;, e.g. yyyy-MM-dd HH:mm:ss.</source>
        <translation>«&#x202f;Y&#x202f;» désigne l’année de la semaine, fausse autour du Nouvel An&#xa0;: écrivez «&#x202f;yyyy&#x202f;», par exemple yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>&quot;D&quot; is the day of the year: write &quot;dd&quot; for the day of the month, e.g. yyyy-MM-dd HH:mm:ss.</source>
        <translation>«&#x202f;D&#x202f;» désigne le jour de l’année&#xa0;: écrivez «&#x202f;dd&#x202f;» pour le jour du mois, par exemple yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Java date pattern letter; quote literal text with &apos;.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une lettre de motif de date Java&#x202f;; encadrez le texte littéral d’apostrophes droites (&apos;).</translation>
    </message>
    <message>
        <source>A quote (&apos;) is not closed.</source>
        <translation>Une apostrophe droite (&apos;) n’est pas refermée.</translation>
    </message>
    <message>
        <source>Choose when the dataflow starts.</source>
        <translation>Choisissez quand le flux de données démarre.</translation>
    </message>
    <message>
        <source>A dataflow that runs once has no interval: remove it.</source>
        <translation>Un flux de données exécuté une seule fois n’a pas d’intervalle&#xa0;: supprimez-le.</translation>
    </message>
    <message>
        <source>A dataflow that runs once has no backfill: remove it.</source>
        <translation>Un flux de données exécuté une seule fois n’a pas de renvoi&#xa0;: supprimez-le.</translation>
    </message>
    <message>
        <source>Give the interval between runs.</source>
        <translation>Indiquez l’intervalle entre deux exécutions.</translation>
    </message>
    <message>
        <source>The flow spec refuses this schedule: %1</source>
        <translation>La spécification de flux refuse cette planification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The start time is in seconds since 1970, not milliseconds.</source>
        <translation>L’heure de début s’exprime en secondes depuis 1970 (horodatage Unix), pas en millisecondes.</translation>
    </message>
    <message>
        <source>The partial ingestion threshold is a percentage above 0 and at most 100.</source>
        <translation>Le seuil d’erreur de l’ingestion partielle est un pourcentage supérieur à 0 et inférieur ou égal à 100.</translation>
    </message>
    <message>
        <source>The schema has no field &quot;%1&quot;.</source>
        <translation>Le schéma n’a pas de champ «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a group of fields; map to one of its fields.</source>
        <translation>«&#x202f;%1&#x202f;» regroupe plusieurs champs&#x202f;; mappez vers l’un d’eux.</translation>
    </message>
    <message>
        <source>The table %1 has no column &quot;%2&quot;.</source>
        <translation>La table %1 n’a pas de colonne «&#x202f;%2&#x202f;».</translation>
    </message>
    <message>
        <source>The delta column must be a date-time column; &quot;%1&quot; is not.</source>
        <translation>La colonne delta doit être une colonne de date et heure&#x202f;; «&#x202f;%1&#x202f;» n’en est pas une.</translation>
    </message>
    <message numerus="yes">
        <source>A dataflow that runs every few minutes needs an interval of at least %n minute(s).</source>
        <translation>
            <numerusform>Un flux de données exécuté à quelques minutes d’intervalle doit attendre au moins %n minute entre deux exécutions.</numerusform>
            <numerusform>Un flux de données exécuté à quelques minutes d’intervalle doit attendre au moins %n minutes entre deux exécutions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A dataflow that runs every few hours needs an interval of at least %n hour(s).</source>
        <translation>
            <numerusform>Un flux de données exécuté à quelques heures d’intervalle doit attendre au moins %n heure entre deux exécutions.</numerusform>
            <numerusform>Un flux de données exécuté à quelques heures d’intervalle doit attendre au moins %n heures entre deux exécutions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A dataflow that runs every few days needs an interval of at least %n day(s).</source>
        <translation>
            <numerusform>Un flux de données exécuté à quelques jours d’intervalle doit attendre au moins %n jour entre deux exécutions.</numerusform>
            <numerusform>Un flux de données exécuté à quelques jours d’intervalle doit attendre au moins %n jours entre deux exécutions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A dataflow that runs every few weeks needs an interval of at least %n week(s).</source>
        <translation>
            <numerusform>Un flux de données exécuté à quelques semaines d’intervalle doit attendre au moins %n semaine entre deux exécutions.</numerusform>
            <numerusform>Un flux de données exécuté à quelques semaines d’intervalle doit attendre au moins %n semaines entre deux exécutions.</numerusform>
        </translation>
    </message>
    <message>
        <source>An organization ID ends with &quot;@AdobeOrg&quot;.</source>
        <translation>Un ID d’organisation se termine par «&#x202f;@AdobeOrg&#x202f;».</translation>
    </message>
    <message>
        <source>The client ID (API key) is required.</source>
        <translation>L’ID client (clé d’API) est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already filled by rule %2.</source>
        <translation>«&#x202f;%1&#x202f;» est déjà rempli par la règle %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a frequency: a dataflow runs once, or every few minutes, hours, days or weeks.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une fréquence&#xa0;: un flux de données s’exécute une seule fois, ou à intervalles réguliers en minutes, heures, jours ou semaines.</translation>
    </message>
    <message>
        <source>The start time %1 is in the past; choose a time after now.</source>
        <translation>L’heure de début %1 est passée&#x202f;; choisissez une heure à venir.</translation>
    </message>
    <message>
        <source>At most %1 characters are allowed here (this text has %2).</source>
        <translation>Ce champ accepte au plus %1 caractères (ce texte en compte %2).</translation>
    </message>
    <message>
        <source>Control characters (such as NUL or escape) are not allowed here.</source>
        <translation>Les caractères de contrôle (comme NUL ou Échap) ne sont pas autorisés ici.</translation>
    </message>
    <message>
        <source>Control characters (such as NUL, a tab or a line break) are not allowed here.</source>
        <translation>Les caractères de contrôle (comme NUL, une tabulation ou un saut de ligne) ne sont pas autorisés ici.</translation>
    </message>
    <message>
        <source>A mapping has at most %1 rules (this one has %2).</source>
        <translation>Un mappage compte au plus %1 règles (celui-ci en compte %2).</translation>
    </message>
    <message>
        <source>A date format needs pattern letters, e.g. yyyy-MM-dd HH:mm:ss.</source>
        <translation>Un format de date a besoin de lettres de motif, par exemple yyyy-MM-dd HH:mm:ss.</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>This is a fault of this program, not of your settings: please report it with the text under Details.</source>
        <translation>C’est une erreur de ce programme, pas de vos paramètres&#xa0;: signalez-la avec le texte sous «&#x202f;Détails&#x202f;».</translation>
    </message>
    <message>
        <source>Go back to the first page and sign in again.</source>
        <translation>Revenez à la première page et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Check the credential in the Adobe Developer Console and copy its values again.</source>
        <translation>Vérifiez les informations d’identification dans Adobe Developer Console et recopiez leurs valeurs.</translation>
    </message>
    <message>
        <source>It may have been deleted in the meantime: reload the list, then choose another one or create a new one.</source>
        <translation>Il a peut-être été supprimé entre-temps&#xa0;: rechargez la liste, puis choisissez-en un autre ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Go through the wizard again: it creates what is missing and keeps what still exists.</source>
        <translation>Refaites l’assistant&#xa0;: il crée ce qui manque et conserve ce qui existe encore.</translation>
    </message>
    <message>
        <source>The request reached the Platform without the credential&apos;s API key (its client ID).</source>
        <translation>La requête est arrivée à Platform sans la clé d’API des informations d’identification (leur ID client).</translation>
    </message>
    <message>
        <source>Enter the organization ID of the credential on the first page (it ends in @AdobeOrg).</source>
        <translation>Saisissez l’ID d’organisation des informations d’identification sur la première page (il se termine par @AdobeOrg).</translation>
    </message>
    <message>
        <source>The Platform has nothing at the address used.</source>
        <translation>Platform ne propose rien à l’adresse utilisée.</translation>
    </message>
    <message>
        <source>Check the Platform address under Advanced on the first page.</source>
        <translation>Vérifiez l’adresse de Platform dans les paramètres avancés de la première page.</translation>
    </message>
    <message>
        <source>The Platform refused the format of the request (its content type).</source>
        <translation>Platform a refusé le format de la requête (son type de contenu).</translation>
    </message>
    <message>
        <source>Adobe does not know this client ID.</source>
        <translation>Adobe ne connaît pas cet ID client.</translation>
    </message>
    <message>
        <source>Copy the client ID again from the credential in the Adobe Developer Console.</source>
        <translation>Recopiez l’ID client depuis les informations d’identification dans Adobe Developer Console.</translation>
    </message>
    <message>
        <source>Adobe refused the client secret.</source>
        <translation>Adobe a refusé le secret client.</translation>
    </message>
    <message>
        <source>Copy the client secret again from the credential in the Adobe Developer Console: it may have been renewed.</source>
        <translation>Recopiez le secret client depuis les informations d’identification dans Adobe Developer Console&#xa0;: il a peut-être été renouvelé.</translation>
    </message>
    <message>
        <source>Adobe refused the scope “%1” for this credential.</source>
        <translation>Adobe a refusé la portée «&#x202f;%1&#x202f;» pour ces informations d’identification.</translation>
    </message>
    <message>
        <source>Use exactly the scopes listed for this credential in the Adobe Developer Console.</source>
        <translation>Utilisez exactement les portées indiquées pour ces informations d’identification dans Adobe Developer Console.</translation>
    </message>
    <message>
        <source>The table “%1” does not exist in this source.</source>
        <translation>La table «&#x202f;%1&#x202f;» n’existe pas dans cette source.</translation>
    </message>
    <message>
        <source>Choose another table on the Table page.</source>
        <translation>Choisissez une autre table à l’étape Table.</translation>
    </message>
    <message>
        <source>The start time of this dataflow has passed: it can no longer be changed.</source>
        <translation>L’heure de début de ce flux de données est passée&#xa0;: elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Keep the start time as it is.</source>
        <translation>Conservez l’heure de début telle quelle.</translation>
    </message>
    <message>
        <source>The sign-in fields of the new account do not suit this source.</source>
        <translation>Les champs de connexion du nouveau compte ne conviennent pas à cette source.</translation>
    </message>
    <message>
        <source>Check the new account&apos;s fields on the Source page.</source>
        <translation>Vérifiez les champs du nouveau compte à l’étape Source.</translation>
    </message>
    <message>
        <source>The schedule does not follow this source&apos;s rules.</source>
        <translation>La planification ne respecte pas les règles de cette source.</translation>
    </message>
    <message>
        <source>Check the frequency, the interval and the start time on the Schedule page.</source>
        <translation>Vérifiez la fréquence, l’intervalle et l’heure de début à l’étape Planification.</translation>
    </message>
    <message>
        <source>The ingestion options do not suit this source.</source>
        <translation>Les options d’ingestion ne conviennent pas à cette source.</translation>
    </message>
    <message>
        <source>Check error diagnostics and partial ingestion on the Schedule page.</source>
        <translation>Vérifiez les diagnostics d’erreur et l’ingestion partielle à l’étape Planification.</translation>
    </message>
    <message>
        <source>The column “%1” cannot tell new and changed rows apart: it is not a date-time column, or its date format is not usable.</source>
        <translation>La colonne «&#x202f;%1&#x202f;» ne permet pas de repérer les lignes nouvelles et modifiées&#xa0;: ce n’est pas une colonne de date et heure, ou son format de date est inutilisable.</translation>
    </message>
    <message>
        <source>Choose another column, or correct its date format, on the Schedule page.</source>
        <translation>Choisissez une autre colonne, ou corrigez son format de date, à l’étape Planification.</translation>
    </message>
    <message>
        <source>The account “%1” no longer exists in this sandbox.</source>
        <translation>Le compte «&#x202f;%1&#x202f;» n’existe plus dans ce sandbox.</translation>
    </message>
    <message>
        <source>Choose another account, or create a new one, on the Source page.</source>
        <translation>Choisissez un autre compte, ou créez-en un nouveau, à l’étape Source.</translation>
    </message>
    <message>
        <source>A connection this dataflow uses no longer exists.</source>
        <translation>Une connexion utilisée par ce flux de données n’existe plus.</translation>
    </message>
    <message>
        <source>The dataset “%1” no longer exists, or no longer uses the chosen schema.</source>
        <translation>Le jeu de données «&#x202f;%1&#x202f;» n’existe plus, ou n’utilise plus le schéma choisi.</translation>
    </message>
    <message>
        <source>Choose the dataset again on the Dataset page.</source>
        <translation>Choisissez de nouveau le jeu de données à l’étape Jeu de données.</translation>
    </message>
    <message>
        <source>The schema “%1” no longer exists in this sandbox.</source>
        <translation>Le schéma «&#x202f;%1&#x202f;» n’existe plus dans ce sandbox.</translation>
    </message>
    <message>
        <source>Choose the schema again on the Schema page.</source>
        <translation>Choisissez de nouveau le schéma à l’étape Schéma.</translation>
    </message>
    <message>
        <source>A name is missing.</source>
        <translation>Il manque un nom.</translation>
    </message>
    <message>
        <source>Give the dataflow and the new account a name.</source>
        <translation>Donnez un nom au flux de données et au nouveau compte.</translation>
    </message>
    <message>
        <source>The Flow Service refused the request: a value is missing or not valid.</source>
        <translation>Le Flow Service a refusé la requête&#xa0;: une valeur manque ou n’est pas valide.</translation>
    </message>
    <message>
        <source>Check the values entered on the previous pages; the Platform&apos;s reason is under Details.</source>
        <translation>Vérifiez les valeurs saisies aux étapes précédentes&#x202f;; la raison donnée par Platform se trouve sous «&#x202f;Détails&#x202f;».</translation>
    </message>
    <message>
        <source>The connection asked for does not exist (or no longer exists) in this sandbox.</source>
        <translation>La connexion demandée n’existe pas (ou plus) dans ce sandbox.</translation>
    </message>
    <message>
        <source>The Flow Service refused the way a list was asked for.</source>
        <translation>Le Flow Service a refusé la façon dont une liste a été demandée.</translation>
    </message>
    <message>
        <source>A change was sent without the version of the object it changes.</source>
        <translation>Une modification a été envoyée sans la version de l’objet qu’elle modifie.</translation>
    </message>
    <message>
        <source>The Flow Service received an empty request.</source>
        <translation>Le Flow Service a reçu une requête vide.</translation>
    </message>
    <message>
        <source>A dataflow cannot be given a state when it is created.</source>
        <translation>Un flux de données ne peut pas recevoir d’état à sa création.</translation>
    </message>
    <message>
        <source>The version of the mapping this dataflow should use does not exist.</source>
        <translation>La version du mappage que ce flux de données doit utiliser n’existe pas.</translation>
    </message>
    <message>
        <source>Go back to the Mapping page, then create the dataflow again: the mapping is saved anew.</source>
        <translation>Revenez à l’étape Mappage, puis créez de nouveau le flux de données&#xa0;: le mappage sera enregistré à nouveau.</translation>
    </message>
    <message>
        <source>The chosen account belongs to another source.</source>
        <translation>Le compte choisi appartient à une autre source.</translation>
    </message>
    <message>
        <source>Choose an account of this source on the Source page.</source>
        <translation>Choisissez un compte de cette source à l’étape Source.</translation>
    </message>
    <message>
        <source>This source cannot be used in this kind of dataflow, or not with this destination.</source>
        <translation>Cette source ne peut pas être utilisée dans ce type de flux de données, ou pas avec cette destination.</translation>
    </message>
    <message>
        <source>Choose another source on the Source page; if it keeps happening, report it with the text under Details.</source>
        <translation>Choisissez une autre source à l’étape Source&#x202f;; si le problème persiste, signalez-le avec le texte sous «&#x202f;Détails&#x202f;».</translation>
    </message>
    <message>
        <source>This part of the dataflow cannot be changed once it is created.</source>
        <translation>Cette partie du flux de données ne peut plus être modifiée une fois celui-ci créé.</translation>
    </message>
    <message>
        <source>Create a new dataflow to change it.</source>
        <translation>Créez un nouveau flux de données pour la modifier.</translation>
    </message>
    <message>
        <source>This source does not offer the chosen way of signing in.</source>
        <translation>Cette source ne propose pas le mode de connexion choisi.</translation>
    </message>
    <message>
        <source>Choose another authentication for the new account on the Source page.</source>
        <translation>Choisissez une autre authentification pour le nouveau compte à l’étape Source.</translation>
    </message>
    <message>
        <source>Delete the dataflows that use it first.</source>
        <translation>Supprimez d’abord les flux de données qui l’utilisent.</translation>
    </message>
    <message>
        <source>Choose a dataset of the mapping&apos;s schema on the Dataset page, or map again.</source>
        <translation>Choisissez un jeu de données du schéma du mappage à l’étape Jeu de données, ou refaites le mappage.</translation>
    </message>
    <message>
        <source>The Flow Service refused the order a list was asked in.</source>
        <translation>Le Flow Service a refusé l’ordre de tri demandé pour une liste.</translation>
    </message>
    <message>
        <source>The Flow Service refused a change of the dataflow as it was written.</source>
        <translation>Le Flow Service a refusé une modification du flux de données telle qu’elle était écrite.</translation>
    </message>
    <message>
        <source>This dataflow does not exist (or no longer exists) in this sandbox.</source>
        <translation>Ce flux de données n’existe pas (ou plus) dans ce sandbox.</translation>
    </message>
    <message>
        <source>It may have been deleted: refresh the list, or check the sandbox.</source>
        <translation>Il a peut-être été supprimé&#xa0;: actualisez la liste, ou vérifiez le sandbox.</translation>
    </message>
    <message>
        <source>The Flow Service refused the filter of a list.</source>
        <translation>Le Flow Service a refusé le filtre d’une liste.</translation>
    </message>
    <message>
        <source>The sandbox “%1” does not exist, or this credential cannot use it.</source>
        <translation>Le sandbox «&#x202f;%1&#x202f;» n’existe pas, ou ces informations d’identification ne permettent pas de l’utiliser.</translation>
    </message>
    <message>
        <source>Choose another sandbox on the first page.</source>
        <translation>Choisissez un autre sandbox sur la première page.</translation>
    </message>
    <message>
        <source>The Schema Registry refused the format a schema was asked in.</source>
        <translation>Le Schema Registry a refusé le format demandé pour un schéma.</translation>
    </message>
    <message>
        <source>The schema, class or field group asked for does not exist (or no longer exists) in this sandbox.</source>
        <translation>Le schéma, la classe ou le groupe de champs demandé n’existe pas (ou plus) dans ce sandbox.</translation>
    </message>
    <message>
        <source>The Schema Registry refused the way a list was asked for.</source>
        <translation>Le Schema Registry a refusé la façon dont une liste a été demandée.</translation>
    </message>
    <message>
        <source>The new schema needs a name.</source>
        <translation>Le nouveau schéma doit avoir un nom.</translation>
    </message>
    <message>
        <source>Enter a name for the schema on the Schema page.</source>
        <translation>Saisissez un nom pour le schéma à l’étape Schéma.</translation>
    </message>
    <message>
        <source>The class or field group “%1” does not exist in this sandbox.</source>
        <translation>La classe ou le groupe de champs «&#x202f;%1&#x202f;» n’existe pas dans ce sandbox.</translation>
    </message>
    <message>
        <source>Choose another class or field group on the Schema page.</source>
        <translation>Choisissez une autre classe ou un autre groupe de champs à l’étape Schéma.</translation>
    </message>
    <message>
        <source>The field group “%1” cannot be used with the schema&apos;s class.</source>
        <translation>Le groupe de champs «&#x202f;%1&#x202f;» ne peut pas être utilisé avec la classe du schéma.</translation>
    </message>
    <message>
        <source>Remove this field group, or choose another class, on the Schema page.</source>
        <translation>Retirez ce groupe de champs, ou choisissez une autre classe, à l’étape Schéma.</translation>
    </message>
    <message>
        <source>The schema already has a primary identity: “%1”.</source>
        <translation>Le schéma a déjà une identité principale&#xa0;: «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Keep that identity, or choose another schema on the Schema page.</source>
        <translation>Conservez cette identité, ou choisissez un autre schéma à l’étape Schéma.</translation>
    </message>
    <message>
        <source>A schema needs a primary identity before it can feed the Real-Time Customer Profile.</source>
        <translation>Un schéma doit avoir une identité principale pour pouvoir alimenter le Profil client en temps réel.</translation>
    </message>
    <message>
        <source>Choose a primary identity on the Schema page.</source>
        <translation>Choisissez une identité principale à l’étape Schéma.</translation>
    </message>
    <message>
        <source>The field “%1” does not exist in the schema.</source>
        <translation>Le champ «&#x202f;%1&#x202f;» n’existe pas dans le schéma.</translation>
    </message>
    <message>
        <source>Choose another identity field on the Schema page.</source>
        <translation>Choisissez un autre champ d’identité à l’étape Schéma.</translation>
    </message>
    <message>
        <source>The identity field has no identity namespace.</source>
        <translation>Le champ d’identité n’a pas d’espace de noms d’identité.</translation>
    </message>
    <message>
        <source>Choose an identity namespace on the Schema page.</source>
        <translation>Choisissez un espace de noms d’identité à l’étape Schéma.</translation>
    </message>
    <message>
        <source>The Schema Registry refused the schema or its identity.</source>
        <translation>Le Schema Registry a refusé le schéma ou son identité.</translation>
    </message>
    <message>
        <source>Check the schema&apos;s class, field groups and identity on the Schema page; the Platform&apos;s reason is under Details.</source>
        <translation>Vérifiez la classe, les groupes de champs et l’identité du schéma à l’étape Schéma&#x202f;; la raison donnée par Platform se trouve sous «&#x202f;Détails&#x202f;».</translation>
    </message>
    <message>
        <source>The Catalog refused the way a list was asked for.</source>
        <translation>Le Catalog Service a refusé la façon dont une liste a été demandée.</translation>
    </message>
    <message>
        <source>The new dataset needs a name.</source>
        <translation>Le nouveau jeu de données doit avoir un nom.</translation>
    </message>
    <message>
        <source>Enter a name for the dataset on the Dataset page.</source>
        <translation>Saisissez un nom pour le jeu de données à l’étape Jeu de données.</translation>
    </message>
    <message>
        <source>The Catalog refused the way the dataset names its schema.</source>
        <translation>Le Catalog Service a refusé la façon dont le jeu de données désigne son schéma.</translation>
    </message>
    <message>
        <source>The schema “%1” chosen for the dataset does not exist in this sandbox.</source>
        <translation>Le schéma «&#x202f;%1&#x202f;» choisi pour le jeu de données n’existe pas dans ce sandbox.</translation>
    </message>
    <message>
        <source>The schema chosen for the dataset does not exist in this sandbox.</source>
        <translation>Le schéma choisi pour le jeu de données n’existe pas dans ce sandbox.</translation>
    </message>
    <message>
        <source>The dataset “%1” does not exist (or no longer exists) in this sandbox.</source>
        <translation>Le jeu de données «&#x202f;%1&#x202f;» n’existe pas (ou plus) dans ce sandbox.</translation>
    </message>
    <message>
        <source>The dataset or the batch asked for does not exist (or no longer exists) in this sandbox.</source>
        <translation>Le jeu de données ou le lot demandé n’existe pas (ou plus) dans ce sandbox.</translation>
    </message>
    <message>
        <source>The schema the mapping writes to does not exist in this sandbox.</source>
        <translation>Le schéma dans lequel écrit le mappage n’existe pas dans ce sandbox.</translation>
    </message>
    <message>
        <source>The mapping maps no field.</source>
        <translation>Le mappage ne mappe aucun champ.</translation>
    </message>
    <message>
        <source>Map at least one field on the Mapping page.</source>
        <translation>Mappez au moins un champ à l’étape Mappage.</translation>
    </message>
    <message>
        <source>Data Prep refused the kind of a mapping rule.</source>
        <translation>La préparation des données a refusé le type d’une règle de mappage.</translation>
    </message>
    <message>
        <source>The mapping set asked for does not exist (or no longer exists).</source>
        <translation>Le jeu de mappages demandé n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>The Platform found problems in the mapping.</source>
        <translation>Platform a trouvé des problèmes dans le mappage.</translation>
    </message>
    <message>
        <source>Correct the rules on the Mapping page; the Platform&apos;s reasons are under Details.</source>
        <translation>Corrigez les règles à l’étape Mappage&#x202f;; les raisons données par Platform se trouvent sous «&#x202f;Détails&#x202f;».</translation>
    </message>
    <message>
        <source>Data Prep refused the way a list was asked for.</source>
        <translation>La préparation des données a refusé la façon dont une liste a été demandée.</translation>
    </message>
    <message>
        <source>This sandbox does not exist, or this credential cannot use it.</source>
        <translation>Ce sandbox n’existe pas, ou ces informations d’identification ne permettent pas de l’utiliser.</translation>
    </message>
    <message>
        <source>The sandbox service refused the way the list of sandboxes was asked for.</source>
        <translation>Le service des sandbox a refusé la façon dont la liste des sandbox a été demandée.</translation>
    </message>
    <message>
        <source>The Platform could not read the request.</source>
        <translation>Platform n’a pas pu lire la requête.</translation>
    </message>
    <message>
        <source>The Platform refused the request as it was written.</source>
        <translation>Platform a refusé la requête telle qu’elle était écrite.</translation>
    </message>
    <message>
        <source>%1 of the %2 records were refused, more than the partial ingestion threshold of %3%: the run failed and nothing was ingested.</source>
        <translation>%1 des %2 enregistrements ont été refusés, au-delà du seuil d’erreur de %3&#x202f;%&#xa0;: l’exécution a échoué et rien n’a été ingéré.</translation>
    </message>
    <message>
        <source>Correct the errors listed here, or raise the threshold on the Schedule page.</source>
        <translation>Corrigez les erreurs listées ici, ou relevez le seuil à l’étape Planification.</translation>
    </message>
    <message>
        <source>The source, dataset, schema or mapping this dataflow uses no longer exists.</source>
        <translation>La source, le jeu de données, le schéma ou le mappage utilisé par ce flux de données n’existe plus.</translation>
    </message>
    <message>
        <source>Create the dataflow again with the wizard, or delete this one.</source>
        <translation>Recréez le flux de données avec l’assistant, ou supprimez celui-ci.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) have no value for “%1”, and this field must be filled (it is required, or it is the identity): these records were skipped.</source>
        <translation>
            <numerusform>%n enregistrement n’a pas de valeur pour «&#x202f;%1&#x202f;», alors que ce champ doit être rempli (il est obligatoire, ou c’est l’identité)&#xa0;: cet enregistrement a été ignoré.</numerusform>
            <numerusform>%n enregistrements n’ont pas de valeur pour «&#x202f;%1&#x202f;», alors que ce champ doit être rempli (il est obligatoire, ou c’est l’identité)&#xa0;: ces enregistrements ont été ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Map another column to this field, or fill the value in the source.</source>
        <translation>Mappez une autre colonne vers ce champ, ou renseignez la valeur dans la source.</translation>
    </message>
    <message>
        <source>The required field “%1” is not mapped, so no record could be ingested.</source>
        <translation>Le champ obligatoire «&#x202f;%1&#x202f;» n’est pas mappé&#xa0;: aucun enregistrement n’a pu être ingéré.</translation>
    </message>
    <message>
        <source>Map a column to this field on the Mapping page.</source>
        <translation>Mappez une colonne vers ce champ à l’étape Mappage.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) have a value for “%1” that is not an e-mail address (for example “%2”): these records were skipped.</source>
        <translation>
            <numerusform>%n enregistrement a pour «&#x202f;%1&#x202f;» une valeur qui n’est pas une adresse e-mail (par exemple «&#x202f;%2&#x202f;»)&#xa0;: cet enregistrement a été ignoré.</numerusform>
            <numerusform>%n enregistrements ont pour «&#x202f;%1&#x202f;» une valeur qui n’est pas une adresse e-mail (par exemple «&#x202f;%2&#x202f;»)&#xa0;: ces enregistrements ont été ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the addresses in the source, or map another column to this field.</source>
        <translation>Corrigez les adresses dans la source, ou mappez une autre colonne vers ce champ.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) have a value that the field “%1” does not allow (for example “%2”): these records were skipped.</source>
        <translation>
            <numerusform>%n enregistrement a une valeur que le champ «&#x202f;%1&#x202f;» n’autorise pas (par exemple «&#x202f;%2&#x202f;»)&#xa0;: cet enregistrement a été ignoré.</numerusform>
            <numerusform>%n enregistrements ont une valeur que le champ «&#x202f;%1&#x202f;» n’autorise pas (par exemple «&#x202f;%2&#x202f;»)&#xa0;: ces enregistrements ont été ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the values in the source, or turn them into allowed ones with a calculated field on the Mapping page.</source>
        <translation>Modifiez les valeurs dans la source, ou convertissez-les en valeurs autorisées avec un champ calculé à l’étape Mappage.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) have a value that does not fit the type of “%1” (%3; for example “%2”): these records were skipped.</source>
        <translation>
            <numerusform>%n enregistrement a une valeur qui ne correspond pas au type de «&#x202f;%1&#x202f;» (%3&#x202f;; par exemple «&#x202f;%2&#x202f;»)&#xa0;: cet enregistrement a été ignoré.</numerusform>
            <numerusform>%n enregistrements ont une valeur qui ne correspond pas au type de «&#x202f;%1&#x202f;» (%3&#x202f;; par exemple «&#x202f;%2&#x202f;»)&#xa0;: ces enregistrements ont été ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Convert the value with a calculated field on the Mapping page, or correct it in the source.</source>
        <translation>Convertissez la valeur avec un champ calculé à l’étape Mappage, ou corrigez-la dans la source.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) have a number too large or too small for “%1” (for example %2): these records were skipped.</source>
        <translation>
            <numerusform>%n enregistrement a un nombre trop grand ou trop petit pour «&#x202f;%1&#x202f;» (par exemple %2)&#xa0;: cet enregistrement a été ignoré.</numerusform>
            <numerusform>%n enregistrements ont un nombre trop grand ou trop petit pour «&#x202f;%1&#x202f;» (par exemple %2)&#xa0;: ces enregistrements ont été ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Map this column to a field of a larger type, or correct the values in the source.</source>
        <translation>Mappez cette colonne vers un champ d’un type plus grand, ou corrigez les valeurs dans la source.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) have a value of the wrong type for “%1” (expected: %2): these records were skipped.</source>
        <translation>
            <numerusform>%n enregistrement a une valeur d’un type incorrect pour «&#x202f;%1&#x202f;» (attendu&#xa0;: %2)&#xa0;: cet enregistrement a été ignoré.</numerusform>
            <numerusform>%n enregistrements ont une valeur d’un type incorrect pour «&#x202f;%1&#x202f;» (attendu&#xa0;: %2)&#xa0;: ces enregistrements ont été ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be mapped to “%1”: these records were skipped.</source>
        <translation>
            <numerusform>%n enregistrement n’a pas pu être mappé vers «&#x202f;%1&#x202f;»&#xa0;: cet enregistrement a été ignoré.</numerusform>
            <numerusform>%n enregistrements n’ont pas pu être mappés vers «&#x202f;%1&#x202f;»&#xa0;: ces enregistrements ont été ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Platform&apos;s reason is under Details: correct the mapping of this field, or the values in the source.</source>
        <translation>La raison donnée par Platform se trouve sous «&#x202f;Détails&#x202f;»&#xa0;: corrigez le mappage de ce champ, ou les valeurs dans la source.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) have no value for a field the schema requires (a required field, or the identity): the dataset refused them.</source>
        <translation>
            <numerusform>%n enregistrement n’a pas de valeur pour un champ que le schéma exige (un champ obligatoire, ou l’identité)&#xa0;: le jeu de données l’a refusé.</numerusform>
            <numerusform>%n enregistrements n’ont pas de valeur pour un champ que le schéma exige (un champ obligatoire, ou l’identité)&#xa0;: le jeu de données les a refusés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Map a column to every required field on the Mapping page, or fill the values in the source.</source>
        <translation>Mappez une colonne vers chaque champ obligatoire à l’étape Mappage, ou renseignez les valeurs dans la source.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were refused when written to the dataset: they do not fit its schema (a value of the wrong type or format, or a value missing).</source>
        <translation>
            <numerusform>%n enregistrement a été refusé à l’écriture dans le jeu de données&#xa0;: il ne correspond pas à son schéma (une valeur d’un type ou d’un format incorrect, ou une valeur manquante).</numerusform>
            <numerusform>%n enregistrements ont été refusés à l’écriture dans le jeu de données&#xa0;: ils ne correspondent pas à son schéma (une valeur d’un type ou d’un format incorrect, ou une valeur manquante).</numerusform>
        </translation>
    </message>
    <message>
        <source>The Platform&apos;s reason is under Details: correct the mapping on the Mapping page, or the values in the source.</source>
        <translation>La raison donnée par Platform se trouve sous «&#x202f;Détails&#x202f;»&#xa0;: corrigez le mappage à l’étape Mappage, ou les valeurs dans la source.</translation>
    </message>
</context>
<context>
    <name>ExpressionCatalog</name>
    <message>
        <source>Joins its texts into one.</source>
        <translation>Réunit ses textes en un seul.</translation>
    </message>
    <message>
        <source>The text in lower case.</source>
        <translation>Le texte en minuscules.</translation>
    </message>
    <message>
        <source>The text in upper case.</source>
        <translation>Le texte en majuscules.</translation>
    </message>
    <message>
        <source>The text without the spaces at its start and end.</source>
        <translation>Le texte sans les espaces du début et de la fin.</translation>
    </message>
    <message>
        <source>The text without the spaces at its start.</source>
        <translation>Le texte sans les espaces du début.</translation>
    </message>
    <message>
        <source>The text without the spaces at its end.</source>
        <translation>Le texte sans les espaces de la fin.</translation>
    </message>
    <message>
        <source>Part of the text: LENGTH characters from START_INDEX.</source>
        <translation>Une partie du texte&#xa0;: LENGTH caractères à partir de START_INDEX.</translation>
    </message>
    <message>
        <source>The text with every TO_FIND replaced by TO_REPLACE.</source>
        <translation>Le texte où chaque TO_FIND est remplacé par TO_REPLACE.</translation>
    </message>
    <message>
        <source>Cuts the text at each separator into a list.</source>
        <translation>Découpe le texte en liste à chaque séparateur.</translation>
    </message>
    <message>
        <source>Cuts the text into a list at a pattern (a comma by default).</source>
        <translation>Découpe le texte en liste selon un motif (une virgule par défaut).</translation>
    </message>
    <message>
        <source>The first COUNT characters of the text.</source>
        <translation>Les COUNT premiers caractères du texte.</translation>
    </message>
    <message>
        <source>The last COUNT characters of the text.</source>
        <translation>Les COUNT derniers caractères du texte.</translation>
    </message>
    <message>
        <source>The text padded on the left to COUNT characters.</source>
        <translation>Le texte complété à gauche jusqu’à COUNT caractères.</translation>
    </message>
    <message>
        <source>The text padded on the right to COUNT characters.</source>
        <translation>Le texte complété à droite jusqu’à COUNT caractères.</translation>
    </message>
    <message>
        <source>Joins the values of a list with a separator between them.</source>
        <translation>Réunit les valeurs d’une liste avec un séparateur entre elles.</translation>
    </message>
    <message>
        <source>The groups of a regular expression found in the text.</source>
        <translation>Les groupes d’une expression régulière trouvés dans le texte.</translation>
    </message>
    <message>
        <source>Whether the text matches a regular expression.</source>
        <translation>Indique si le texte correspond à une expression régulière.</translation>
    </message>
    <message>
        <source>The SHA-256 hash of the text.</source>
        <translation>L’empreinte SHA-256 du texte.</translation>
    </message>
    <message>
        <source>The SHA-1 hash of the text.</source>
        <translation>L’empreinte SHA-1 du texte.</translation>
    </message>
    <message>
        <source>The SHA-512 hash of the text.</source>
        <translation>L’empreinte SHA-512 du texte.</translation>
    </message>
    <message>
        <source>The MD5 hash of the text.</source>
        <translation>L’empreinte MD5 du texte.</translation>
    </message>
    <message>
        <source>The CRC-32 checksum of the text.</source>
        <translation>La somme de contrôle CRC-32 du texte.</translation>
    </message>
    <message>
        <source>The date and time when the row is ingested.</source>
        <translation>La date et l’heure d’ingestion de la ligne.</translation>
    </message>
    <message>
        <source>The current time in milliseconds since 1970.</source>
        <translation>L’heure actuelle en millisecondes depuis 1970.</translation>
    </message>
    <message>
        <source>Reads a date from a text written in the given format.</source>
        <translation>Lit une date dans un texte écrit au format indiqué.</translation>
    </message>
    <message>
        <source>Writes a date as a text in the given format.</source>
        <translation>Écrit une date sous forme de texte au format indiqué.</translation>
    </message>
    <message>
        <source>Writes a time in milliseconds since 1970 as a text in the given format.</source>
        <translation>Écrit un instant en millisecondes depuis 1970 sous forme de texte au format indiqué.</translation>
    </message>
    <message>
        <source>One part of a date: its year, month, day, hour...</source>
        <translation>Une partie d’une date&#xa0;: son année, son mois, son jour, son heure…</translation>
    </message>
    <message>
        <source>The date with one of its parts changed.</source>
        <translation>La date avec l’une de ses parties modifiée.</translation>
    </message>
    <message>
        <source>A date and time made from its parts.</source>
        <translation>Une date et une heure construites à partir de leurs parties.</translation>
    </message>
    <message>
        <source>The date and time in UTC.</source>
        <translation>La date et l’heure en UTC.</translation>
    </message>
    <message>
        <source>The date and time in another time zone.</source>
        <translation>La date et l’heure dans un autre fuseau horaire.</translation>
    </message>
    <message>
        <source>One value when the condition is true, the other when not.</source>
        <translation>Une valeur si la condition est vraie, l’autre sinon.</translation>
    </message>
    <message>
        <source>The value paired with the key, or the default when none is.</source>
        <translation>La valeur associée à la clé, ou la valeur par défaut si aucune ne l’est.</translation>
    </message>
    <message>
        <source>The first of its values that is not null.</source>
        <translation>La première de ses valeurs qui n’est pas nulle.</translation>
    </message>
    <message>
        <source>The first of its values.</source>
        <translation>La première de ses valeurs.</translation>
    </message>
    <message>
        <source>The last of its values.</source>
        <translation>La dernière de ses valeurs.</translation>
    </message>
    <message>
        <source>A list of its values, with or without the null ones.</source>
        <translation>Une liste de ses valeurs, avec ou sans les valeurs nulles.</translation>
    </message>
    <message>
        <source>How many values the list holds.</source>
        <translation>Le nombre de valeurs de la liste.</translation>
    </message>
    <message>
        <source>Whether the text, list or object is empty.</source>
        <translation>Indique si le texte, la liste ou l’objet est vide.</translation>
    </message>
    <message>
        <source>An object made of key and value pairs.</source>
        <translation>Un objet fait de paires clé-valeur.</translation>
    </message>
    <message>
        <source>An object read from a text of keys and values.</source>
        <translation>Un objet lu dans un texte de clés et de valeurs.</translation>
    </message>
    <message>
        <source>The values an object holds.</source>
        <translation>Les valeurs que contient un objet.</translation>
    </message>
    <message>
        <source>Whether the object has the key.</source>
        <translation>Indique si l’objet contient la clé.</translation>
    </message>
    <message>
        <source>The whole number the text holds.</source>
        <translation>Le nombre entier que contient le texte.</translation>
    </message>
    <message>
        <source>The (large) whole number the text holds.</source>
        <translation>Le (grand) nombre entier que contient le texte.</translation>
    </message>
    <message>
        <source>The decimal number the text holds.</source>
        <translation>Le nombre décimal que contient le texte.</translation>
    </message>
    <message>
        <source>The floating-point number the text holds.</source>
        <translation>Le nombre à virgule flottante que contient le texte.</translation>
    </message>
    <message>
        <source>The object a JSON text describes.</source>
        <translation>L’objet que décrit un texte JSON.</translation>
    </message>
    <message>
        <source>The smallest of its values.</source>
        <translation>La plus petite de ses valeurs.</translation>
    </message>
    <message>
        <source>The largest of its values.</source>
        <translation>La plus grande de ses valeurs.</translation>
    </message>
    <message>
        <source>A new random identifier (UUID).</source>
        <translation>Un nouvel identifiant aléatoire (UUID).</translation>
    </message>
    <message>
        <source>No value: the field is left empty.</source>
        <translation>Aucune valeur&#xa0;: le champ reste vide.</translation>
    </message>
    <message>
        <source>The protocol of a web address (https...).</source>
        <translation>Le protocole d’une adresse web (https…).</translation>
    </message>
    <message>
        <source>The host of a web address.</source>
        <translation>L’hôte d’une adresse web.</translation>
    </message>
    <message>
        <source>The path of a web address.</source>
        <translation>Le chemin d’une adresse web.</translation>
    </message>
    <message>
        <source>The query parameters of a web address.</source>
        <translation>Les paramètres de requête d’une adresse web.</translation>
    </message>
    <message>
        <source>The text encoded for a web address.</source>
        <translation>Le texte encodé pour une adresse web.</translation>
    </message>
    <message>
        <source>The text of a web address, decoded.</source>
        <translation>Le texte d’une adresse web, décodé.</translation>
    </message>
    <message>
        <source>Whether the two texts are the same.</source>
        <translation>Indique si les deux textes sont identiques.</translation>
    </message>
    <message>
        <source>Whether the two texts are the same, ignoring case.</source>
        <translation>Indique si les deux textes sont identiques, sans tenir compte de la casse.</translation>
    </message>
</context>
<context>
    <name>ExpressionEditor</name>
    <message>
        <source>Check with the &amp;Platform</source>
        <translation>Vérifier auprès de &amp;Platform</translation>
    </message>
    <message>
        <source>Calculated field</source>
        <translation>Champ calculé</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>e.g. concat(Properties_Firstname_Value, &quot; &quot;, Properties_Lastname_Value)</source>
        <translation>p. ex. concat(Properties_Firstname_Value, &quot; &quot;, Properties_Lastname_Value)</translation>
    </message>
    <message>
        <source>Source columns</source>
        <translation>Colonnes de la source</translation>
    </message>
    <message>
        <source>Search the functions</source>
        <translation>Rechercher dans les fonctions</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce qu’elle fait</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Platform can check a calculated field once the schema exists there; a new schema is made on the Review page.</source>
        <translation>Platform peut vérifier un champ calculé une fois que le schéma y existe&#x202f;; un nouveau schéma est créé à l’étape Révision.</translation>
    </message>
    <message>
        <source>Insert the &amp;column</source>
        <translation>Insérer la &amp;colonne</translation>
    </message>
    <message>
        <source>Insert the &amp;function</source>
        <translation>Insérer la &amp;fonction</translation>
    </message>
    <message>
        <source>&amp;Expression filling %1:</source>
        <translation>&amp;Expression qui remplit %1&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;lumns:</source>
        <translation>Co&amp;lonnes&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;unctions:</source>
        <translation>Fo&amp;nctions&#xa0;:</translation>
    </message>
    <message>
        <source>Asks Data Prep whether it accepts this calculated field for %1.</source>
        <translation>Demande à la préparation des données si elle accepte ce champ calculé pour %1.</translation>
    </message>
    <message>
        <source>The expression reads correctly.</source>
        <translation>L’expression se lit correctement.</translation>
    </message>
    <message>
        <source>Character %1: %2</source>
        <extracomment>%1 the character where the problem is (1 for the first), %2 the problem and what to do.</extracomment>
        <translation>Caractère %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No function matches this search.</source>
        <translation>Aucune fonction ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>%1 — %2 Example: %3</source>
        <extracomment>%1 the signature, %2 the sentence, %3 an example.</extracomment>
        <translation>%1 — %2 Exemple&#xa0;: %3</translation>
    </message>
    <message>
        <source>Asking the Platform…</source>
        <translation>Interrogation de Platform…</translation>
    </message>
    <message>
        <source>The Platform could not check it: %1</source>
        <translation>Platform n’a pas pu le vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Platform accepts this calculated field.</source>
        <translation>Platform accepte ce champ calculé.</translation>
    </message>
    <message>
        <source>The Platform refuses this calculated field: %1</source>
        <translation>Platform refuse ce champ calculé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExpressionEvaluator</name>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une date.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>to_object takes keys and values in pairs.</source>
        <translation>to_object prend des clés et des valeurs par paires.</translation>
    </message>
    <message>
        <source>The text is not a JSON object: %1</source>
        <translation>Le texte n’est pas un objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>The function %1 cannot be evaluated here.</source>
        <translation>La fonction %1 ne peut pas être évaluée ici.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une expression régulière valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the format %2.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une date au format %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a part of a date: use year, month, day, hour, minute or second.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une partie de date&#xa0;: utilisez year, month, day, hour, minute ou second.</translation>
    </message>
    <message>
        <source>There is no method &quot;%1&quot;.</source>
        <translation>Il n’existe pas de méthode «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number, so %2 cannot be computed.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un nombre&#xa0;: %2 ne peut pas être calculé.</translation>
    </message>
    <message>
        <source>Division by zero.</source>
        <translation>Division par zéro.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number, so it cannot be negated.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un nombre&#xa0;: son opposé ne peut pas être calculé.</translation>
    </message>
    <message>
        <source>This expression cannot be evaluated here; the Platform reads it when the dataflow runs.</source>
        <translation>Cette expression ne peut pas être évaluée ici&#x202f;; Platform la lit à l’exécution du flux de données.</translation>
    </message>
    <message>
        <source>Computed by the Platform when the dataflow runs (%1).</source>
        <translation>Calculé par Platform à l’exécution du flux de données (%1).</translation>
    </message>
</context>
<context>
    <name>ExpressionParser</name>
    <message>
        <source>The expression is empty: write a column, a text in quotes, a number or a function.</source>
        <translation>L’expression est vide&#xa0;: écrivez une colonne, un texte entre guillemets, un nombre ou une fonction.</translation>
    </message>
    <message>
        <source>An expression has at most %1 characters; this one has %2: shorten it.</source>
        <translation>Une expression compte au plus %1 caractères&#x202f;; celle-ci en a %2&#xa0;: raccourcissez-la.</translation>
    </message>
    <message>
        <source>The expression ends where a value is expected: complete it.</source>
        <translation>L’expression s’arrête là où une valeur est attendue&#xa0;: complétez-la.</translation>
    </message>
    <message>
        <source>This &quot;)&quot; closes nothing: remove it.</source>
        <translation>Cette «&#x202f;)&#x202f;» ne ferme rien&#xa0;: supprimez-la.</translation>
    </message>
    <message>
        <source>This &quot;]&quot; closes nothing: remove it.</source>
        <translation>Ce «&#x202f;]&#x202f;» ne ferme rien&#xa0;: supprimez-le.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot follow a value here: put a comma or an operator before it.</source>
        <translation>«&#x202f;%1&#x202f;» ne peut pas suivre une valeur ici&#xa0;: mettez une virgule ou un opérateur devant.</translation>
    </message>
    <message>
        <source>A value is missing before &quot;%1&quot;: write a column, a text in quotes or a number.</source>
        <translation>Il manque une valeur avant «&#x202f;%1&#x202f;»&#xa0;: écrivez une colonne, un texte entre guillemets ou un nombre.</translation>
    </message>
    <message>
        <source>The column name opened by ${ at character %1 is not closed: add &quot;}&quot;.</source>
        <translation>Le nom de colonne ouvert par ${ au caractère %1 n’est pas fermé&#xa0;: ajoutez «&#x202f;}&#x202f;».</translation>
    </message>
    <message>
        <source>The text opened by %1 at character %2 is not closed: add a closing %1.</source>
        <translation>Le texte ouvert par %1 au caractère %2 n’est pas fermé&#xa0;: ajoutez un %1 fermant.</translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; has no meaning here: remove it.</source>
        <translation>Le caractère «&#x202f;%1&#x202f;» n’a pas de sens ici&#xa0;: supprimez-le.</translation>
    </message>
    <message>
        <source>The expression is nested more than %1 levels deep: simplify it.</source>
        <translation>L’expression imbrique plus de %1 niveaux&#xa0;: simplifiez-la.</translation>
    </message>
    <message>
        <source>The condition ? at character %1 needs its &quot;:&quot; and a value for when it is false: add them.</source>
        <translation>La condition «&#x202f;?&#x202f;» au caractère %1 demande son «&#x202f;:&#x202f;» et une valeur pour le cas où elle est fausse&#xa0;: ajoutez-les.</translation>
    </message>
    <message>
        <source>A method name is expected after the dot, e.g. .equals(&quot;x&quot;).</source>
        <translation>Un nom de méthode est attendu après le point, par exemple .equals(&quot;x&quot;).</translation>
    </message>
    <message>
        <source>A method is called with parentheses: write %1(...).</source>
        <translation>Une méthode s’appelle avec des parenthèses&#xa0;: écrivez %1(…).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved word: write ${%2} for a column of that name.</source>
        <translation>«&#x202f;%1&#x202f;» est un mot réservé&#xa0;: écrivez ${%2} pour une colonne de ce nom.</translation>
    </message>
    <message>
        <source>The table has no column &quot;%1&quot;: choose one of its columns.</source>
        <translation>La table n’a pas de colonne «&#x202f;%1&#x202f;»&#xa0;: choisissez l’une de ses colonnes.</translation>
    </message>
    <message>
        <source>The table has no column &quot;%1&quot;: did you mean &quot;%2&quot;?</source>
        <translation>La table n’a pas de colonne «&#x202f;%1&#x202f;»&#xa0;: vouliez-vous dire «&#x202f;%2&#x202f;»&#x202f;?</translation>
    </message>
    <message>
        <source>There is no method &quot;%1&quot;: use equals or equalsIgnoreCase.</source>
        <translation>La méthode «&#x202f;%1&#x202f;» n’existe pas&#xa0;: utilisez equals ou equalsIgnoreCase.</translation>
    </message>
    <message>
        <source>There is no function &quot;%1&quot;: choose one from the function list.</source>
        <translation>La fonction «&#x202f;%1&#x202f;» n’existe pas&#xa0;: choisissez-en une dans la liste des fonctions.</translation>
    </message>
    <message>
        <source>There is no function &quot;%1&quot;: did you mean &quot;%2&quot;?</source>
        <translation>La fonction «&#x202f;%1&#x202f;» n’existe pas&#xa0;: vouliez-vous dire «&#x202f;%2&#x202f;»&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n argument(s), here %2: write %3.</source>
        <translation>
            <numerusform>%1 prend %n argument, ici %2&#xa0;: écrivez %3.</numerusform>
            <numerusform>%1 prend %n arguments, ici %2&#xa0;: écrivez %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at least %n argument(s), here %2: write %3.</source>
        <translation>
            <numerusform>%1 prend au moins %n argument, ici %2&#xa0;: écrivez %3.</numerusform>
            <numerusform>%1 prend au moins %n arguments, ici %2&#xa0;: écrivez %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n argument(s), here %2: write %3.</source>
        <translation>
            <numerusform>%1 prend au plus %n argument, ici %2&#xa0;: écrivez %3.</numerusform>
            <numerusform>%1 prend au plus %n arguments, ici %2&#xa0;: écrivez %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The parenthesis opened at character %1 is not closed: add &quot;)&quot;.</source>
        <translation>La parenthèse ouverte au caractère %1 n’est pas fermée&#xa0;: ajoutez «&#x202f;)&#x202f;».</translation>
    </message>
    <message>
        <source>The list opened at character %1 is not closed: add &quot;]&quot;.</source>
        <translation>La liste ouverte au caractère %1 n’est pas fermée&#xa0;: ajoutez «&#x202f;]&#x202f;».</translation>
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
        <translation>identité principale</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>mapped in row %1</source>
        <extracomment>%1 the row number of the other rule filling the field.</extracomment>
        <translation>mappé à la ligne %1</translation>
    </message>
    <message>
        <source>mapped in rows %1</source>
        <translation>mappé aux lignes %1</translation>
    </message>
</context>
<context>
    <name>FieldGroupList</name>
    <message>
        <source>Field groups</source>
        <translation>Groupes de champs</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n field(s)</source>
        <translation>
            <numerusform>%1 — %n champ</numerusform>
            <numerusform>%1 — %n champs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowListModel</name>
    <message>
        <source>unknown destination</source>
        <translation>destination inconnue</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>source inconnue</translation>
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
ID&#xa0;: %2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créé le %1</translation>
    </message>
</context>
<context>
    <name>IdentityPicker</name>
    <message>
        <source>Primary identity field</source>
        <translation>Champ d’identité principale</translation>
    </message>
    <message>
        <source>Identity namespace</source>
        <translation>Espace de noms d’identité</translation>
    </message>
    <message>
        <source>The kind of identifier the field holds, as Experience Platform names it (its identity namespace).</source>
        <translation>Le type d’identifiant que contient le champ, tel qu’Experience Platform le nomme (son espace de noms d’identité).</translation>
    </message>
    <message>
        <source>in</source>
        <translation>dans</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
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
        <translation>Importer le mappage d’un flux de données</translation>
    </message>
    <message>
        <source>Pick a dataflow of this sandbox to see its mapping rules, then take them: they replace the rules of this mapping (Undo brings them back).</source>
        <translation>Choisissez un flux de données de ce sandbox pour voir ses règles de mappage, puis reprenez-les&#xa0;: elles remplacent les règles de ce mappage (Annuler les rétablit).</translation>
    </message>
    <message>
        <source>Search dataflows</source>
        <translation>Rechercher des flux de données</translation>
    </message>
    <message>
        <source>Dataflows</source>
        <translation>Flux de données</translation>
    </message>
    <message>
        <source>The dataflow&apos;s mapping rules</source>
        <translation>Les règles de mappage du flux de données</translation>
    </message>
    <message>
        <source>&amp;Take these rules</source>
        <translation>&amp;Reprendre ces règles</translation>
    </message>
    <message>
        <source>Reading the dataflows of the sandbox…</source>
        <translation>Lecture des flux de données du sandbox…</translation>
    </message>
    <message>
        <source>This sandbox has no dataflow yet.</source>
        <translation>Ce sandbox n’a encore aucun flux de données.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créé le %1</translation>
    </message>
    <message>
        <source>Reading the mapping of this dataflow…</source>
        <translation>Lecture du mappage de ce flux de données…</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>This dataflow has no mapping rules to take.</source>
        <translation>Ce flux de données n’a aucune règle de mappage à reprendre.</translation>
    </message>
    <message>
        <source>This dataflow writes into another schema: rules for fields this schema lacks will show as problems.</source>
        <translation>Ce flux de données écrit dans un autre schéma&#xa0;: les règles des champs absents de ce schéma apparaîtront comme des problèmes.</translation>
    </message>
    <message>
        <source>The dataflows could not be listed.</source>
        <translation>Impossible de lister les flux de données.</translation>
    </message>
    <message>
        <source>The mapping of this dataflow could not be read.</source>
        <translation>Impossible de lire le mappage de ce flux de données.</translation>
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
        <extracomment>%1 is the keychain&apos;s own (untranslated) error message.</extracomment>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain (a Secret Service such as GNOME Keyring or KWallet) did not answer within %n second(s). Unlock or start it and try again, or go on and keep the secret for this session only.</source>
        <translation>
            <numerusform>Le trousseau du système (un service Secret Service comme GNOME Keyring ou KWallet) n’a pas répondu en %n seconde. Déverrouillez-le ou démarrez-le, puis réessayez, ou continuez en conservant le secret pour cette session uniquement.</numerusform>
            <numerusform>Le trousseau du système (un service Secret Service comme GNOME Keyring ou KWallet) n’a pas répondu en %n secondes. Déverrouillez-le ou démarrez-le, puis réessayez, ou continuez en conservant le secret pour cette session uniquement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language of your computer when the wizard has it, English otherwise.</source>
        <translation>La langue de votre ordinateur quand l’assistant l’a, l’anglais sinon.</translation>
    </message>
</context>
<context>
    <name>MappingChecks</name>
    <message>
        <source>Nothing fills the required field %1: rows without it will be rejected. Map a column to it.</source>
        <translation>Rien ne remplit le champ obligatoire %1&#xa0;: les lignes sans lui seront rejetées. Mappez-y une colonne.</translation>
    </message>
    <message>
        <source>The primary identity %1 has no identity namespace: go back to the Schema page and choose one, e.g. Email for an e-mail address.</source>
        <translation>L’identité principale %1 n’a pas d’espace de noms d’identité&#xa0;: revenez à l’étape Schéma et choisissez-en un, par exemple Email pour une adresse e-mail.</translation>
    </message>
    <message>
        <source>The schema may have changed since this rule was made: choose one of its fields, or remove the rule.</source>
        <translation>Le schéma a peut-être changé depuis la création de cette règle&#xa0;: choisissez l’un de ses champs, ou supprimez la règle.</translation>
    </message>
    <message>
        <source>Choose one of the table&apos;s columns, or remove the rule.</source>
        <translation>Choisissez l’une des colonnes de la table, ou supprimez la règle.</translation>
    </message>
</context>
<context>
    <name>MappingCsv</name>
    <message>
        <source>The file is not UTF-8 text: characters that cannot be read are replaced.</source>
        <translation>Le fichier n’est pas du texte UTF-8&#xa0;: les caractères illisibles sont remplacés.</translation>
    </message>
    <message>
        <source>Text after a closing quote: a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>Texte après un guillemet fermant&#xa0;: un guillemet à l’intérieur d’un champ entre guillemets s’écrit deux fois (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quote inside a field that does not start with one: quote the whole field.</source>
        <translation>Guillemet dans un champ qui ne commence pas par un guillemet&#xa0;: mettez tout le champ entre guillemets.</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>Un champ entre guillemets n’est pas fermé avant la fin du fichier.</translation>
    </message>
    <message>
        <source>No header line: the file must start with sourceType,source,destination,description.</source>
        <translation>Pas de ligne d’en-tête&#xa0;: le fichier doit commencer par sourceType,source,destination,description.</translation>
    </message>
    <message>
        <source>Unknown column “%1” in the header: ignored.</source>
        <translation>Colonne «&#xa0;%1&#xa0;» inconnue dans l’en-tête&#xa0;: ignorée.</translation>
    </message>
    <message>
        <source>The header must name the columns sourceType, source and destination.</source>
        <translation>L’en-tête doit nommer les colonnes sourceType, source et destination.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2: line left out.</source>
        <translation>%1 champs alors que l’en-tête en a %2&#xa0;: ligne ignorée.</translation>
    </message>
    <message>
        <source>No source column.</source>
        <translation>Aucune colonne source.</translation>
    </message>
    <message>
        <source>The table has no column “%1”.</source>
        <translation>La table n’a pas de colonne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The calculated field is empty.</source>
        <translation>Le champ calculé est vide.</translation>
    </message>
    <message>
        <source>The calculated field is longer than 4096 characters.</source>
        <translation>Le champ calculé dépasse 4096&#xa0;caractères.</translation>
    </message>
    <message>
        <source>Unknown sourceType “%1”: ATTRIBUTE or EXPRESSION expected.</source>
        <translation>sourceType «&#xa0;%1&#xa0;» inconnu&#xa0;: ATTRIBUTE ou EXPRESSION attendu.</translation>
    </message>
    <message>
        <source>No destination field.</source>
        <translation>Aucun champ de destination.</translation>
    </message>
    <message>
        <source>The schema has no field “%1” that a rule can fill.</source>
        <translation>Le schéma n’a pas de champ «&#xa0;%1&#xa0;» qu’une règle puisse remplir.</translation>
    </message>
    <message>
        <source>%1 is already filled by line %2: line left out.</source>
        <translation>%1 est déjà rempli par la ligne %2&#xa0;: ligne ignorée.</translation>
    </message>
</context>
<context>
    <name>MappingCsvButtons</name>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Saves these rules as a CSV file in Adobe&apos;s template columns: sourceType, source, destination, description.</source>
        <translation>Enregistre ces règles dans un fichier CSV aux colonnes du modèle d’Adobe&#xa0;: sourceType, source, destination, description.</translation>
    </message>
    <message>
        <source>Reads rules from a CSV file in Adobe&apos;s template columns; nothing changes before you confirm.</source>
        <translation>Lit des règles dans un fichier CSV aux colonnes du modèle d’Adobe&#x202f;; rien ne change avant votre confirmation.</translation>
    </message>
    <message>
        <source>Export mappings</source>
        <translation>Exporter des mappages</translation>
    </message>
    <message>
        <source>Import mappings</source>
        <translation>Importer des mappages</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) written to “%1”.</source>
        <translation>
            <numerusform>%n règle écrite dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n règles écrites dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Mapping rules</source>
        <translation>Règles de mappage</translation>
    </message>
</context>
<context>
    <name>MappingFilter</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoires</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Mappés</translation>
    </message>
    <message>
        <source>Unmapped</source>
        <translation>Non mappés</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérés</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Avec problèmes</translation>
    </message>
</context>
<context>
    <name>MappingHistory</name>
    <message>
        <source>Clear all rules</source>
        <translation>Effacer toutes les règles</translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <extracomment>An undo step: %1 the source column or calculated field, %2 the schema field.</extracomment>
        <translation>Mapper %1 sur %2</translation>
    </message>
    <message>
        <source>Clear the source of rule %1</source>
        <translation>Effacer la source de la règle %1</translation>
    </message>
    <message>
        <source>Set the source of rule %1 to %2</source>
        <translation>Définir la source de la règle %1 sur %2</translation>
    </message>
    <message>
        <source>Clear the field of rule %1</source>
        <translation>Effacer le champ de la règle %1</translation>
    </message>
    <message>
        <source>Set the field of rule %1 to %2</source>
        <translation>Définir le champ de la règle %1 sur %2</translation>
    </message>
    <message>
        <source>Add a calculated field</source>
        <translation>Ajouter un champ calculé</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Add the rule %1</source>
        <translation>Ajouter la règle %1</translation>
    </message>
    <message>
        <source>Add %1 rules</source>
        <translation>Ajouter %1 règles</translation>
    </message>
    <message>
        <source>Auto-map (1 rule)</source>
        <translation>Mappage automatique (1 règle)</translation>
    </message>
    <message>
        <source>Auto-map (%1 rules)</source>
        <translation>Mappage automatique (%1 règles)</translation>
    </message>
    <message>
        <source>Remove the rule %1</source>
        <translation>Supprimer la règle %1</translation>
    </message>
    <message>
        <source>Remove %1 rules</source>
        <translation>Supprimer %1 règles</translation>
    </message>
    <message>
        <source>Replace the rules (1 rule)</source>
        <translation>Remplacer les règles (1 règle)</translation>
    </message>
    <message>
        <source>Replace the rules (%1 rules)</source>
        <translation>Remplacer les règles (%1 règles)</translation>
    </message>
    <message>
        <source>Take 1 rule from the dataflow “%1”</source>
        <extracomment>An undo step: %1 how many rules, %2 the dataflow&apos;s name.</extracomment>
        <translation>Reprendre 1 règle du flux de données «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Take %1 rules from the dataflow “%2”</source>
        <translation>Reprendre %1 règles du flux de données «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>Import 1 rule from %1</source>
        <extracomment>An undo step: %1 how many rules, %2 the CSV file&apos;s name.</extracomment>
        <translation>Importer 1 règle depuis %1</translation>
    </message>
    <message>
        <source>Import %1 rules from %2</source>
        <translation>Importer %1 règles depuis %2</translation>
    </message>
    <message>
        <source>Accept 1 suggestion</source>
        <translation>Accepter 1 suggestion</translation>
    </message>
    <message>
        <source>Accept %1 suggestions</source>
        <translation>Accepter %1 suggestions</translation>
    </message>
</context>
<context>
    <name>MappingIssues</name>
    <message>
        <source>Row %1</source>
        <extracomment>A mapping rule with neither column nor field yet, by its row number.</extracomment>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A mapping rule: %1 the source column or expression, %2 the schema field it fills.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 rules write this field (rows %2).</source>
        <extracomment>%1 rules (always two or more), the rows %2 (&quot;3 and 10&quot;), fill the same schema field.</extracomment>
        <translation>%1 règles remplissent ce champ (lignes %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the rules&apos; columns and field (&quot;Email → personalEmail.address&quot;), %2 the problem.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MappingMarks</name>
    <message numerus="yes">
        <source>%n field(s) mapped</source>
        <translation>
            <numerusform>%n champ mappé</numerusform>
            <numerusform>%n champs mappés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) left</source>
        <translation>
            <numerusform>%n champ obligatoire restant</numerusform>
            <numerusform>%n champs obligatoires restants</numerusform>
        </translation>
    </message>
    <message>
        <source>no identity field</source>
        <translation>aucun champ d’identité</translation>
    </message>
    <message>
        <source>identity mapped</source>
        <translation>identité mappée</translation>
    </message>
    <message>
        <source>identity not mapped</source>
        <translation>identité non mappée</translation>
    </message>
    <message>
        <source>no problem</source>
        <translation>aucun problème</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Nothing fills the primary identity %1: map a column to it.</source>
        <translation>Rien ne remplit l’identité principale %1&#xa0;: mappez-y une colonne.</translation>
    </message>
    <message>
        <source>Calculated field: %1</source>
        <translation>Champ calculé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (primary identity)</source>
        <translation>%1 (identité principale)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Source column or calculated field</source>
        <translation>Colonne source ou champ calculé</translation>
    </message>
    <message>
        <source>Schema field</source>
        <translation>Champ du schéma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>&amp;Map automatically</source>
        <translation>&amp;Mapper automatiquement</translation>
    </message>
    <message>
        <source>&amp;Add a column</source>
        <translation>Ajouter une &amp;colonne</translation>
    </message>
    <message>
        <source>Add a &amp;calculated field</source>
        <translation>Ajouter un champ ca&amp;lculé</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mappage</translation>
    </message>
    <message>
        <source>A field computed from columns with functions, e.g. concat(first, &quot; &quot;, last).</source>
        <translation>Un champ calculé à partir de colonnes à l’aide de fonctions, par exemple concat(first, &quot; &quot;, last).</translation>
    </message>
    <message>
        <source>Mapping problems</source>
        <translation>Problèmes de mappage</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>Pro&amp;blèmes&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) added from matching names.</source>
        <translation>
            <numerusform>%n règle ajoutée d’après les noms correspondants.</numerusform>
            <numerusform>%n règles ajoutées d’après les noms correspondants.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other column matches a schema field by name.</source>
        <translation>Aucune autre colonne ne correspond par son nom à un champ du schéma.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;mapping&lt;/b&gt; tells, for each column of your table, which field of the schema it fills: for example the HubSpot column &lt;i&gt;Properties_Email_Value&lt;/i&gt; fills &lt;i&gt;personalEmail.address&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;calculated field&lt;/b&gt; computes a value with functions, for example &lt;i&gt;concat(Properties_Firstname_Value, &quot; &quot;, Properties_Lastname_Value)&lt;/i&gt; for a full name, or &lt;i&gt;lower(Properties_Email_Value)&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Columns you do not map are not brought in. The field marked &lt;b&gt;primary identity&lt;/b&gt; must be filled, or the records cannot feed customer profiles.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le &lt;b&gt;mappage&lt;/b&gt; indique, pour chaque colonne de votre table, quel champ du schéma elle remplit&#xa0;: par exemple, la colonne HubSpot &lt;i&gt;Properties_Email_Value&lt;/i&gt; remplit &lt;i&gt;personalEmail.address&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Un &lt;b&gt;champ calculé&lt;/b&gt; calcule une valeur à l’aide de fonctions, par exemple &lt;i&gt;concat(Properties_Firstname_Value, &quot; &quot;, Properties_Lastname_Value)&lt;/i&gt; pour un nom complet, ou &lt;i&gt;lower(Properties_Email_Value)&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Les colonnes que vous ne mappez pas ne sont pas importées. Le champ marqué comme &lt;b&gt;identité principale&lt;/b&gt; doit être rempli, sinon les enregistrements ne peuvent pas alimenter les profils clients.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>From the table “%1” to the schema “%2”.</source>
        <translation>De la table «&#x202f;%1&#x202f;» vers le schéma «&#x202f;%2&#x202f;».</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) proposed from matching names. Check them, then add what is missing.</source>
        <translation>
            <numerusform>%n règle proposée d’après les noms correspondants. Vérifiez-la, puis ajoutez ce qui manque.</numerusform>
            <numerusform>%n règles proposées d’après les noms correspondants. Vérifiez-les, puis ajoutez ce qui manque.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table or the schema changed since this mapping was made. Review the rules marked below; the others are kept.</source>
        <translation>La table ou le schéma a changé depuis la création de ce mappage. Vérifiez les règles signalées ci-dessous&#x202f;; les autres sont conservées.</translation>
    </message>
    <message>
        <source>Primary identity: %1.</source>
        <translation>Identité principale&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Required fields: %1.</source>
        <translation>Champs obligatoires&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&amp;Edit calculated field…</source>
        <translation>&amp;Modifier le champ calculé…</translation>
    </message>
    <message>
        <source>Adds a rule for each column matching a field well enough (a score at or above threshold); weaker matches wait below as suggestions.</source>
        <translation>Ajoute une règle pour chaque colonne qui correspond assez bien à un champ (score égal ou supérieur au seuil)&#x202f;; les correspondances plus faibles attendent plus bas, en suggestions.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) to review below.</source>
        <translation>
            <numerusform>%n suggestion à vérifier ci-dessous.</numerusform>
            <numerusform>%n suggestions à vérifier ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) imported, in place of the earlier mapping.</source>
        <translation>
            <numerusform>%n règle importée, à la place du mappage précédent.</numerusform>
            <numerusform>%n règles importées, à la place du mappage précédent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which schema field each source column fills: drag a column onto a field, or change the rules in the list.</source>
        <translation>Indiquez quel champ du schéma chaque colonne source remplit&#xa0;: faites glisser une colonne sur un champ, ou modifiez les règles dans la liste.</translation>
    </message>
    <message>
        <source>&amp;Visual</source>
        <translation>&amp;Visuel</translation>
    </message>
    <message>
        <source>&amp;List of rules</source>
        <translation>&amp;Liste des règles</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
</context>
<context>
    <name>MappingPane</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>MappingPreview</name>
    <message>
        <source>expected a string</source>
        <translation>une chaîne est attendue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid email address</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une adresse e-mail valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the allowed values</source>
        <translation>«&#x202f;%1&#x202f;» ne fait pas partie des valeurs autorisées</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une valeur %2 valide</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 est hors limites</translation>
    </message>
    <message>
        <source>expected a boolean</source>
        <translation>un booléen est attendu</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1 attendu</translation>
    </message>
    <message>
        <source>the expression is not valid: %1</source>
        <translation>l’expression n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the required field is empty</source>
        <translation>le champ obligatoire est vide</translation>
    </message>
    <message>
        <source> (the delta column&apos;s format %1 only finds the changed rows: map date(%2, &quot;%1&quot;) to read it)</source>
        <translation> (le format %1 de la colonne delta ne sert qu’à trouver les lignes modifiées&#xa0;: mappez date(%2, &quot;%1&quot;) pour la lire)</translation>
    </message>
    <message>
        <source>the required field is not mapped</source>
        <translation>le champ obligatoire n’est pas mappé</translation>
    </message>
    <message>
        <source>No sample rows to preview.</source>
        <translation>Aucune ligne d’exemple à prévisualiser.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sample row(s) would fail; without partial ingestion, one failed row fails the run.</source>
        <translation>
            <numerusform>Lignes d’exemple qui échoueraient&#xa0;: %1 sur %n&#x202f;; sans ingestion partielle, une seule ligne en échec fait échouer l’exécution.</numerusform>
            <numerusform>Lignes d’exemple qui échoueraient&#xa0;: %1 sur %n&#x202f;; sans ingestion partielle, une seule ligne en échec fait échouer l’exécution.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sample row(s) would fail; the threshold is %2%.</source>
        <translation>
            <numerusform>Lignes d’exemple qui échoueraient&#xa0;: %1 sur %n&#x202f;; le seuil est de %2&#x202f;%.</numerusform>
            <numerusform>Lignes d’exemple qui échoueraient&#xa0;: %1 sur %n&#x202f;; le seuil est de %2&#x202f;%.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPreviewPanel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
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
        <translation>Échoue&#xa0;: %1</translation>
    </message>
    <message>
        <source>(computed by the Platform)</source>
        <translation>(calculé par Platform)</translation>
    </message>
    <message>
        <source>Sample rows through the mapping</source>
        <translation>Lignes d’exemple passées par le mappage</translation>
    </message>
    <message>
        <source>The XDM record of the selected row</source>
        <translation>L’enregistrement XDM de la ligne sélectionnée</translation>
    </message>
</context>
<context>
    <name>MappingToolbar</name>
    <message numerus="yes">
        <source>%n rule(s) cleared. Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n règle effacée. Annuler (Ctrl+Z) la rétablit.</numerusform>
            <numerusform>%n règles effacées. Annuler (Ctrl+Z) les rétablit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) taken from the dataflow “%1”, in place of the earlier mapping. Undo (Ctrl+Z) brings the earlier one back.</source>
        <translation>
            <numerusform>%n règle reprise du flux de données «&#x202f;%1&#x202f;», à la place du mappage précédent. Annuler (Ctrl+Z) rétablit le précédent.</numerusform>
            <numerusform>%n règles reprises du flux de données «&#x202f;%1&#x202f;», à la place du mappage précédent. Annuler (Ctrl+Z) rétablit le précédent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the mapping…</source>
        <translation>Vérification du mappage…</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Annuler&#xa0;: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir&#xa0;: %1 (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Runs every check of the mapping, and the Platform&apos;s own when the schema exists.</source>
        <translation>Lance toutes les vérifications du mappage, et celle de Platform quand le schéma existe.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>More mapping actions</source>
        <translation>Autres actions de mappage</translation>
    </message>
    <message>
        <source>&amp;Import the mapping of a dataflow…</source>
        <translation>&amp;Importer le mappage d’un flux de données…</translation>
    </message>
    <message>
        <source>&amp;Clear all rules</source>
        <translation>&amp;Effacer toutes les règles</translation>
    </message>
    <message>
        <source>Vali&amp;date</source>
        <translation>Vali&amp;der</translation>
    </message>
</context>
<context>
    <name>MappingTypeCheck</name>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>whole numbers</source>
        <translation>des nombres entiers</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>des nombres</translation>
    </message>
    <message>
        <source>true/false values</source>
        <translation>des valeurs vrai/faux</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>des dates</translation>
    </message>
    <message>
        <source>dates and times</source>
        <translation>des dates et heures</translation>
    </message>
    <message>
        <source>lists</source>
        <translation>des listes</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>des objets</translation>
    </message>
    <message>
        <source>This calculated field gives %1</source>
        <extracomment>%1 a column (&quot;Is_Contact&quot;) or &quot;This calculated field&quot;, %2 a kind of values (&quot;true/false values&quot;).</extracomment>
        <translation>Ce champ calculé donne %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2</source>
        <translation>«&#x202f;%1&#x202f;» contient %2</translation>
    </message>
    <message>
        <source>%1 but %2 takes %3: choose a column of that kind, or another field.</source>
        <extracomment>%1 &quot;Is_Contact holds true/false values&quot;, %2 the field, %3 its kind of values.</extracomment>
        <translation>%1, mais %2 attend %3&#xa0;: choisissez une colonne de ce type, ou un autre champ.</translation>
    </message>
    <message>
        <source>%1 but %2 takes %3: say how the text writes them with a calculated field such as %4.</source>
        <translation>%1, mais %2 attend %3&#xa0;: indiquez comment le texte les écrit avec un champ calculé tel que %4.</translation>
    </message>
    <message>
        <source>%1 but %2 takes %3: rows whose value does not convert will fail. Check the values, or choose another column.</source>
        <translation>%1, mais %2 attend %3&#xa0;: les lignes dont la valeur ne se convertit pas échoueront. Vérifiez les valeurs, ou choisissez une autre colonne.</translation>
    </message>
</context>
<context>
    <name>MappingVerdict</name>
    <message>
        <source>Every check passed.</source>
        <translation>Toutes les vérifications sont réussies.</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2.</source>
        <extracomment>The explicit Validate of the mapping: %1 errors, %2 warnings.</extracomment>
        <translation>Erreurs&#xa0;: %1, avertissements&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The mapping is valid: every check passed and the Platform accepts it.</source>
        <translation>Le mappage est valide&#xa0;: toutes les vérifications sont réussies et Platform l’accepte.</translation>
    </message>
    <message>
        <source>The Platform accepts the rules it was sent.</source>
        <translation>Platform accepte les règles qui lui ont été envoyées.</translation>
    </message>
    <message>
        <source>The Platform refuses %1 of the %2 rules.</source>
        <extracomment>%1 rules refused by Data Prep, %2 rules sent to it.</extracomment>
        <translation>Platform refuse %1 des %2 règles.</translation>
    </message>
    <message>
        <source>The Platform could not check the mapping: %1</source>
        <translation>Platform n’a pas pu vérifier le mappage&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Platform was not asked (offline, or the schema does not exist yet).</source>
        <translation>Platform n’a pas été consulté (hors connexion, ou le schéma n’existe pas encore).</translation>
    </message>
    <message>
        <source>The Platform refuses this rule.</source>
        <translation>Platform refuse cette règle.</translation>
    </message>
    <message>
        <source>The Platform refuses this rule: %1</source>
        <translation>Platform refuse cette règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem of one rule: %1 the rule (&quot;Email → personalEmail.address&quot;), %2 the problem.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>NetworkModule</name>
    <message>
        <source>The network module %1 is neither next to the program nor in its library folder.</source>
        <translation>Le module réseau %1 ne se trouve ni à côté du programme ni dans son dossier de bibliothèques.</translation>
    </message>
    <message>
        <source>The network module %1 could not be loaded: %2</source>
        <translation>Le module réseau %1 n’a pas pu être chargé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 is not the network module.</source>
        <translation>Le fichier %1 n’est pas le module réseau.</translation>
    </message>
    <message>
        <source>The network module %1 is version %2, not %3 as the program is.</source>
        <translation>Le module réseau %1 est en version %2, et non %3 comme le programme.</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>ce fichier n’existe pas.</translation>
    </message>
</context>
<context>
    <name>NewAccountForm</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la conne&amp;xion</translation>
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
        <source>Account na&amp;me:</source>
        <translation>No&amp;m du compte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign-in:</source>
        <extracomment>How the user signs in to the source, e.g. &quot;With the keys of a HubSpot private app&quot;</extracomment>
        <translation>&amp;Connexion&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PlanJournal</name>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation>Impossible de lire le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The journal %1 is damaged; move it away to start over.</source>
        <translation>Le journal %1 est endommagé&#x202f;; déplacez-le ailleurs pour repartir de zéro.</translation>
    </message>
    <message>
        <source>Cannot create the folder of the journal %1.</source>
        <translation>Impossible de créer le dossier du journal %1.</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>Impossible d’écrire le journal %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PlanRunner</name>
    <message>
        <source>The checks before the first write (nothing was created)</source>
        <translation>Les vérifications avant la première écriture (rien n’a été créé)</translation>
    </message>
    <message>
        <source>The answer was lost; looking for what the Platform may have created before trying again</source>
        <translation>La réponse s’est perdue&#x202f;; recherche de ce que Platform a pu créer avant de réessayer</translation>
    </message>
    <message numerus="yes">
        <source>The Platform is busy; trying again in %n s</source>
        <translation>
            <numerusform>Platform est occupée&#x202f;; nouvel essai dans %n&#xa0;s</numerusform>
            <numerusform>Platform est occupée&#x202f;; nouvel essai dans %n&#xa0;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from the Platform; trying again in %n s</source>
        <translation>
            <numerusform>Pas de réponse de Platform&#x202f;; nouvel essai dans %n&#xa0;s</numerusform>
            <numerusform>Pas de réponse de Platform&#x202f;; nouvel essai dans %n&#xa0;s</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks before the first write</source>
        <translation>Les vérifications avant la première écriture</translation>
    </message>
    <message>
        <source>“%1”, done while the checks ran, could not be undone (%2); Clean up deletes it.</source>
        <translation>«&#x202f;%1&#x202f;», fait pendant les vérifications, n’a pas pu être défait (%2)&#x202f;; «&#x202f;Nettoyer&#x202f;» le supprime.</translation>
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
        <translation>l’adresse ne doit contenir ni «&#x202f;?&#x202f;» ni «&#x202f;#&#x202f;».</translation>
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
        <translation>
            <numerusform>Le serveur n’a pas répondu en %n seconde. Vérifiez le réseau, puis réessayez.</numerusform>
            <numerusform>Le serveur n’a pas répondu en %n secondes. Vérifiez le réseau, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address “%1” is refused: %2</source>
        <translation>L’adresse «&#x202f;%1&#x202f;» est refusée&#xa0;: %2</translation>
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
        <translation>L’ID d’organisation est manquant.</translation>
    </message>
    <message>
        <source>This credential has no access to Experience Platform in this organization. Check the organization ID and the credential&apos;s product profile.</source>
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
        <translation>Ce compte est encore utilisé par un flux de données&#xa0;: il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>The mapping was made for another schema than the dataset&apos;s.</source>
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
        <translation>
            <numerusform>Platform demande de ralentir. Réessayez dans %n seconde.</numerusform>
            <numerusform>Platform demande de ralentir. Réessayez dans %n secondes.</numerusform>
        </translation>
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
        <source>The server&apos;s answer could not be read.</source>
        <translation>La réponse du serveur est illisible.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The Platform says: “%1”</source>
        <translation>Platform indique&#xa0;: «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>The outcome is unknown: the request was sent, but no usable answer came back. %1</source>
        <extracomment>%1 why, a sentence (the server did not answer in time, the connection dropped...).</extracomment>
        <translation>Le résultat est inconnu&#xa0;: la requête a été envoyée, mais aucune réponse exploitable n’est revenue. %1</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answer is larger than %n MB, so it was not read.</source>
        <translation>
            <numerusform>La réponse du serveur dépasse %n&#xa0;Mo, elle n’a donc pas été lue.</numerusform>
            <numerusform>La réponse du serveur dépasse %n&#xa0;Mo, elle n’a donc pas été lue.</numerusform>
        </translation>
    </message>
    <message>
        <source>it is self-signed: no authority this computer trusts vouches for it</source>
        <translation>il est auto-signé&#xa0;: aucune autorité reconnue par cet ordinateur ne s’en porte garante</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>il a expiré</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>il a expiré le %1</translation>
    </message>
    <message>
        <source>it is not valid yet (check this computer&apos;s date and time)</source>
        <translation>il n’est pas encore valide (vérifiez la date et l’heure de cet ordinateur)</translation>
    </message>
    <message>
        <source>it is valid only from %1 (check this computer&apos;s date and time)</source>
        <translation>il n’est valide qu’à partir du %1 (vérifiez la date et l’heure de cet ordinateur)</translation>
    </message>
    <message>
        <source>it was issued for another name than %1</source>
        <translation>il a été émis pour un autre nom que %1</translation>
    </message>
    <message>
        <source>it was issued for %1, not for %2</source>
        <translation>il a été émis pour %1, et non pour %2</translation>
    </message>
    <message>
        <source>it was not issued by an authority this computer trusts</source>
        <translation>il n’a pas été émis par une autorité reconnue par cet ordinateur</translation>
    </message>
    <message>
        <source>it has been revoked by its issuer</source>
        <translation>il a été révoqué par son émetteur</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>le serveur n’a envoyé aucun certificat</translation>
    </message>
    <message>
        <source>it cannot be verified (%1)</source>
        <translation>il ne peut pas être vérifié (%1)</translation>
    </message>
    <message>
        <source>it cannot be verified</source>
        <translation>il ne peut pas être vérifié</translation>
    </message>
    <message>
        <source>The security certificate of %1 was refused: %2. The connection was closed before anything was sent. Check the address under Advanced, or ask the server&apos;s administrator.</source>
        <translation>Le certificat de sécurité de %1 a été refusé&#xa0;: %2. La connexion a été fermée avant tout envoi. Vérifiez l’adresse dans les paramètres avancés, ou adressez-vous à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request to another address (%2). Such redirects are not followed, so that the credential is never sent elsewhere. Check the address under Advanced.</source>
        <translation>Le serveur %1 a redirigé la requête vers une autre adresse (%2). Ces redirections ne sont pas suivies, afin que les informations d’identification ne soient jamais envoyées ailleurs. Vérifiez l’adresse dans les paramètres avancés.</translation>
    </message>
</context>
<context>
    <name>PlatformUrlsBox</name>
    <message>
        <source>&amp;Advanced</source>
        <translation>Paramètres a&amp;vancés</translation>
    </message>
    <message>
        <source>&amp;Platform URL:</source>
        <translation>URL de P&amp;latform&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;IMS URL:</source>
        <translation>URL d’&amp;IMS&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReviewNotes</name>
    <message>
        <source>A dataflow that runs once can be neither rescheduled nor remapped later.</source>
        <translation>Un flux de données exécuté une seule fois ne pourra plus être replanifié ni remappé.</translation>
    </message>
    <message>
        <source>Alerts on failed runs do not exist in the sandbox “%1” (only in production).</source>
        <translation>Les alertes d’échec d’exécution n’existent pas dans le sandbox «&#x202f;%1&#x202f;» (seulement en production).</translation>
    </message>
    <message>
        <source>The dataset feeds Profile: every record needs a primary identity, or it is rejected.</source>
        <translation>Le jeu de données alimente le profil&#xa0;: chaque enregistrement doit porter une identité principale, sinon il est rejeté.</translation>
    </message>
    <message>
        <source>Reused</source>
        <translation>Réutilisé</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message numerus="yes">
        <source>The dataflow was created: %n object(s) created in %1 s.</source>
        <extracomment>%n objects created on the Platform, %1 the seconds it took (&quot;0.4&quot;)</extracomment>
        <translation>
            <numerusform>Le flux de données est créé&#xa0;: %n objet créé en %1 s.</numerusform>
            <numerusform>Le flux de données est créé&#xa0;: %n objets créés en %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing object(s) reused.</source>
        <translation>
            <numerusform>%n objet existant réutilisé.</numerusform>
            <numerusform>%n objets existants réutilisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch its runs on the next page.</source>
        <translation>Suivez ses exécutions sur la page suivante.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 heure locale (%2 UTC)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Check what will be created, then press Create. Nothing is created before.</source>
        <translation>Vérifiez ce qui va être créé, puis cliquez sur Créer. Rien n’est créé avant.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Steps of the creation</source>
        <translation>Étapes de la création</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Export curl script</source>
        <translation>Exporter le script curl</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation>Scripts shell (*.sh)</translation>
    </message>
    <message>
        <source>&lt;p&gt;This page lists what the wizard is about to create in Experience Platform, and what it reuses. &lt;b&gt;Create&lt;/b&gt; makes each object in turn; the list shows each step as it finishes.&lt;/p&gt;&lt;p&gt;If a step fails, nothing already created is lost: &lt;b&gt;Retry&lt;/b&gt; goes on from where it stopped, without making anything twice, and &lt;b&gt;Clean up&lt;/b&gt; deletes what this attempt made.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;recipe&lt;/b&gt; saves these choices to a file (without any secret) so that you can open them again or create the same dataflow from the command line; the &lt;b&gt;curl script&lt;/b&gt; does the same with Adobe&apos;s API directly.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cette page liste ce que l’assistant s’apprête à créer dans Experience Platform, et ce qu’il réutilise. &lt;b&gt;Créer&lt;/b&gt; crée chaque objet tour à tour&#x202f;; la liste affiche chaque étape dès qu’elle est terminée.&lt;/p&gt;&lt;p&gt;Si une étape échoue, rien de ce qui a déjà été créé n’est perdu&#xa0;: &lt;b&gt;Réessayer&lt;/b&gt; reprend là où l’opération s’est arrêtée, sans rien créer en double, et &lt;b&gt;Nettoyer&lt;/b&gt; supprime ce que cette tentative a créé.&lt;/p&gt;&lt;p&gt;Une &lt;b&gt;recette&lt;/b&gt; enregistre ces choix dans un fichier (sans aucun secret) pour que vous puissiez les rouvrir ou créer le même flux de données en ligne de commande&#x202f;; le &lt;b&gt;script curl&lt;/b&gt; fait de même en appelant directement l’API d’Adobe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Source: %1, account “%2”</source>
        <translation>Source&#xa0;: %1, compte «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Table&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dataset and mapping</source>
        <translation>Jeu de données et mappage</translation>
    </message>
    <message numerus="yes">
        <source>New schema “%1” with %n field group(s)</source>
        <translation>
            <numerusform>Nouveau schéma «&#x202f;%1&#x202f;» avec %n groupe de champs</numerusform>
            <numerusform>Nouveau schéma «&#x202f;%1&#x202f;» avec %n groupes de champs</numerusform>
        </translation>
    </message>
    <message>
        <source>Primary identity: %1 (%2)</source>
        <translation>Identité principale&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Existing schema “%1”</source>
        <translation>Schéma existant «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>New dataset “%1”</source>
        <translation>Nouveau jeu de données «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Existing dataset “%1”</source>
        <translation>Jeu de données existant «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>, enabled for Profile</source>
        <translation>, activé pour le profil</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping rule(s)</source>
        <translation>
            <numerusform>%n règle de mappage</numerusform>
            <numerusform>%n règles de mappage</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>First run: %1</source>
        <translation>Première exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changed rows found with the column %1</source>
        <translation>Lignes modifiées repérées grâce à la colonne %1</translation>
    </message>
    <message>
        <source>The first run also brings the existing rows (backfill)</source>
        <translation>La première exécution importe aussi les lignes existantes (renvoi)</translation>
    </message>
    <message>
        <source>A run fails when more than %1 % of its records fail</source>
        <translation>Une exécution échoue quand plus de %1&#x202f;% de ses enregistrements échouent</translation>
    </message>
    <message>
        <source>Dataflow name: “%1”</source>
        <translation>Nom du flux de données&#xa0;: «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Creating the dataflow…</source>
        <translation>Création du flux de données…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Deleting what this attempt created…</source>
        <translation>Suppression de ce que cette tentative a créé…</translation>
    </message>
    <message>
        <source>Cleaned up: what this attempt created was deleted. You can change your choices and create again.</source>
        <translation>Nettoyage terminé&#xa0;: ce que cette tentative avait créé a été supprimé. Vous pouvez modifier vos choix et relancer la création.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de l’étape «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Nettoyer</translation>
    </message>
    <message>
        <source>The script could not be saved to %1: %2</source>
        <translation>Le script n’a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>E&amp;xport curl script…</source>
        <translation>E&amp;xporter le script curl…</translation>
    </message>
    <message>
        <source>&amp;Watch the runs</source>
        <translation>&amp;Suivre les exécutions</translation>
    </message>
</context>
<context>
    <name>RunErrorText</name>
    <message>
        <source>The run could not read the source. Check that the source account still works and that the table or file still exists.</source>
        <translation>L’exécution n’a pas pu lire la source. Vérifiez que le compte source fonctionne toujours et que la table ou le fichier existe encore.</translation>
    </message>
    <message>
        <source>The run could not copy the data into the dataset: too many records were refused, or the source, dataset, schema or mapping it uses no longer exists.</source>
        <translation>L’exécution n’a pas pu copier les données dans le jeu de données&#xa0;: trop d’enregistrements ont été refusés, ou la source, le jeu de données, le schéma ou le mappage qu’elle utilise n’existe plus.</translation>
    </message>
    <message>
        <source>A record could not be mapped: one of its values does not fit the schema field it goes to (wrong type or format, or a required value is missing). The record was not ingested.</source>
        <translation>Un enregistrement n’a pas pu être mappé&#xa0;: l’une de ses valeurs ne convient pas au champ du schéma auquel elle est destinée (type ou format incorrect, ou valeur obligatoire manquante). L’enregistrement n’a pas été ingéré.</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+ %2 autres)</translation>
    </message>
</context>
<context>
    <name>RunErrorsDialog</name>
    <message>
        <source>Errors of the run</source>
        <translation>Erreurs de l’exécution</translation>
    </message>
    <message>
        <source>Errors of the run started %1</source>
        <translation>Erreurs de l’exécution commencée le %1</translation>
    </message>
    <message>
        <source>What went wrong in this run, in plain words. The Platform&apos;s own text is under Details, for Adobe support.</source>
        <translation>Ce qui s’est mal passé pendant cette exécution, en termes simples. Le texte d’origine de Platform se trouve sous «&#x202f;Détails&#x202f;», pour l’assistance Adobe.</translation>
    </message>
    <message>
        <source>Records refused in this run: %1. The Platform may describe only some of them.</source>
        <translation>Enregistrements refusés pendant cette exécution&#xa0;: %1. Platform n’en décrit parfois qu’une partie.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>The Platform&apos;s text of the errors</source>
        <translation>Le texte des erreurs fourni par Platform</translation>
    </message>
</context>
<context>
    <name>RunsChart</name>
    <message>
        <source>Not started</source>
        <translation>Non démarrée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Newest run on the left</source>
        <translation>Exécution la plus récente à gauche</translation>
    </message>
</context>
<context>
    <name>RunsChartView</name>
    <message>
        <source>%1
Records written: %2
Records failed: %3</source>
        <translation>%1
Enregistrements ingérés&#xa0;: %2
Enregistrements ayant échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>Records per run</source>
        <translation>Enregistrements par exécution</translation>
    </message>
    <message>
        <source>No run to show yet.</source>
        <translation>Aucune exécution à afficher pour l’instant.</translation>
    </message>
    <message>
        <source>Records written</source>
        <translation>Enregistrements ingérés</translation>
    </message>
    <message>
        <source>Records failed</source>
        <translation>Enregistrements ayant échoué</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Succeeded with errors</source>
        <translation>Succès avec erreurs</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Records read</source>
        <translation>Enregistrements lus</translation>
    </message>
    <message>
        <source>Records written</source>
        <translation>Enregistrements ingérés</translation>
    </message>
    <message>
        <source>Records failed</source>
        <translation>Enregistrements ayant échoué</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>%1
Double-click the run, or select it and click Show errors, to read every error.</source>
        <translation>%1
Double-cliquez sur l’exécution, ou sélectionnez-la et cliquez sur «&#x202f;Afficher les erreurs&#x202f;», pour lire toutes les erreurs.</translation>
    </message>
    <message>
        <source>Newest run first, as in the chart.</source>
        <translation>Exécution la plus récente en premier, comme dans le graphique.</translation>
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
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Each run copies new and changed rows from the source into the dataset. This list updates by itself.</source>
        <translation>Chaque exécution copie les lignes nouvelles et modifiées de la source dans le jeu de données. Cette liste se met à jour automatiquement.</translation>
    </message>
    <message>
        <source>Chart of records per run</source>
        <translation>Graphique des enregistrements par exécution</translation>
    </message>
    <message>
        <source>Open in Adobe Experience Platform</source>
        <translation>Ouvrir dans Adobe Experience Platform</translation>
    </message>
    <message>
        <source>Dataflow ID</source>
        <translation>ID du flux de données</translation>
    </message>
    <message>
        <source>Select and copy it to find the dataflow in Adobe&apos;s web interface.</source>
        <translation>Sélectionnez-le et copiez-le pour retrouver le flux de données dans l’interface web d’Adobe.</translation>
    </message>
    <message>
        <source>Refresh the runs</source>
        <translation>Actualiser les exécutions</translation>
    </message>
    <message>
        <source>Dataflow &amp;ID:</source>
        <translation>&amp;ID du flux de données&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;uns:</source>
        <translation>E&amp;xécutions&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;run&lt;/b&gt; is one pass of the dataflow: it reads the new and changed rows from the source and writes them into the dataset. The list shows each run&apos;s status, when it started and ended, how many records it read, wrote and refused, and the Platform&apos;s explanation when something went wrong.&lt;/p&gt;&lt;p&gt;The list refreshes by itself every few seconds; the chart shows the records written and refused by each run. Nothing here changes the dataflow.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une &lt;b&gt;exécution&lt;/b&gt; est un passage du flux de données&#xa0;: elle lit les lignes nouvelles et modifiées de la source et les écrit dans le jeu de données. La liste indique, pour chaque exécution, son statut, ses heures de début et de fin, le nombre d’enregistrements lus, ingérés et refusés, et l’explication de Platform en cas de problème.&lt;/p&gt;&lt;p&gt;La liste se met à jour automatiquement à quelques secondes d’intervalle&#x202f;; le graphique montre les enregistrements ingérés et refusés à chaque exécution. Rien sur cette page ne modifie le flux de données.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This dataflow lives in the local emulator (demo mode), not in Adobe Experience Platform, so there is nothing to open in Adobe&apos;s web interface.</source>
        <translation>Ce flux de données existe dans l’émulateur local (mode démo), pas dans Adobe Experience Platform&#xa0;: il n’y a donc rien à ouvrir dans l’interface web d’Adobe.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Open Adobe Experience Platform&lt;/a&gt;, go to Sources, then Dataflows, and search for the dataflow ID below.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Ouvrez Adobe Experience Platform&lt;/a&gt;, allez dans Sources, puis Flux de données, et recherchez l’ID du flux de données ci-dessous.</translation>
    </message>
    <message>
        <source>The runs of “%1”. This list updates by itself.</source>
        <translation>Les exécutions de «&#x202f;%1&#x202f;». Cette liste se met à jour automatiquement.</translation>
    </message>
    <message>
        <source>No dataflow has been created yet.</source>
        <translation>Aucun flux de données n’a encore été créé.</translation>
    </message>
    <message>
        <source>Loading the runs…</source>
        <translation>Chargement des exécutions…</translation>
    </message>
    <message>
        <source>Could not refresh at %1; the list shows what was known before.</source>
        <translation>L’actualisation de %1 a échoué&#x202f;; la liste affiche les dernières informations connues.</translation>
    </message>
    <message>
        <source>No run yet; the first one is planned for %1.</source>
        <translation>Aucune exécution pour l’instant&#x202f;; la première est prévue le %1.</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Aucune exécution pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), updated at %1.</source>
        <translation>
            <numerusform>%n exécution&#x202f;; liste mise à jour à %1.</numerusform>
            <numerusform>%n exécutions&#x202f;; liste mise à jour à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;errors</source>
        <translation>Afficher les &amp;erreurs</translation>
    </message>
    <message>
        <source>Show the errors of the selected run</source>
        <translation>Afficher les erreurs de l’exécution sélectionnée</translation>
    </message>
    <message>
        <source>Every error of the selected run, in plain words.</source>
        <translation>Toutes les erreurs de l’exécution sélectionnée, en termes simples.</translation>
    </message>
    <message>
        <source>No run yet; the first one is due now.</source>
        <translation>Aucune exécution pour l’instant&#x202f;; la première est imminente.</translation>
    </message>
</context>
<context>
    <name>ScheduleDefaults</name>
    <message>
        <source>%1 to Experience Platform</source>
        <translation>%1 vers Experience Platform</translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message>
        <source>Error dia&amp;gnostics</source>
        <translation>Diagnostics d’&amp;erreur</translation>
    </message>
    <message>
        <source>&amp;Partial ingestion</source>
        <translation>Ingestion partie&amp;lle</translation>
    </message>
    <message>
        <source>Delta column</source>
        <translation>Colonne delta</translation>
    </message>
    <message>
        <source>A date-time column that changes whenever a row changes, such as “last modified”. Each run copies the rows whose value falls in the time since the previous run.</source>
        <translation>Une colonne de date et heure qui change chaque fois qu’une ligne change, par exemple «&#x202f;dernière modification&#x202f;». Chaque exécution copie les lignes dont la valeur tombe dans la période écoulée depuis l’exécution précédente.</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>How the delta column writes its dates, as a Java date pattern: yyyy year, MM month, dd day, HH hour, mm minutes, ss seconds.</source>
        <translation>La façon dont la colonne delta écrit ses dates, sous forme de motif de date Java&#xa0;: yyyy année, MM mois, dd jour, HH heure, mm minutes, ss secondes.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>The time zone of the delta column&apos;s dates, such as UTC or Europe/Paris.</source>
        <translation>Le fuseau horaire des dates de la colonne delta, par exemple UTC ou Europe/Paris.</translation>
    </message>
    <message>
        <source>Dataflow name</source>
        <translation>Nom du flux de données</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Error diagnostics</source>
        <translation>Diagnostics d’erreur</translation>
    </message>
    <message>
        <source>Keeps why each rejected row failed, so you can look at it later. It can only be turned on now, when the dataflow is created.</source>
        <translation>Conserve la raison du rejet de chaque ligne, pour que vous puissiez la consulter plus tard. Ne peut être activé que maintenant, à la création du flux de données.</translation>
    </message>
    <message>
        <source>Partial ingestion</source>
        <translation>Ingestion partielle</translation>
    </message>
    <message>
        <source>Off: one bad row fails the whole run. On: the good rows are ingested as long as the share of bad rows stays under the threshold.</source>
        <translation>Désactivée&#xa0;: une seule ligne incorrecte fait échouer toute l’exécution. Activée&#xa0;: les lignes correctes sont ingérées tant que la part de lignes incorrectes reste sous le seuil.</translation>
    </message>
    <message>
        <source>Partial ingestion threshold</source>
        <translation>Seuil d’erreur de l’ingestion partielle</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#x202f;%</translation>
    </message>
    <message>
        <source>The run fails when more than this share of the rows is rejected.</source>
        <translation>L’exécution échoue quand la part de lignes rejetées dépasse ce seuil.</translation>
    </message>
    <message>
        <source>New and changed rows</source>
        <translation>Lignes nouvelles et modifiées</translation>
    </message>
    <message>
        <source>&amp;Delta column:</source>
        <translation>&amp;Chargement des données incrémentielles par&#xa0;:</translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation>For&amp;mat de date&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Dataflow</source>
        <translation>Flux de données</translation>
    </message>
    <message>
        <source>Dataflow na&amp;me:</source>
        <translation>&amp;Nom du flux de données&#xa0;:</translation>
    </message>
    <message>
        <source>Descrip&amp;tion:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Th&amp;reshold of rejected rows:</source>
        <translation>Se&amp;uil d’erreur&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (no value in the preview)</source>
        <translation>%1 (aucune valeur dans l’aperçu)</translation>
    </message>
    <message>
        <source>%1 (from %2 to %3)</source>
        <translation>%1 (de %2 à %3)</translation>
    </message>
    <message>
        <source>The table has no date-time column</source>
        <translation>La table n’a aucune colonne de date et heure</translation>
    </message>
    <message>
        <source>%1 (not in the table preview)</source>
        <translation>%1 (absente de l’aperçu de la table)</translation>
    </message>
    <message>
        <source>In the preview, its values go from %1 to %2.</source>
        <translation>Dans l’aperçu, ses valeurs vont de %1 à %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the preview have no value in this column; such rows are never picked up.</source>
        <translation>
            <numerusform>%n ligne de l’aperçu n’a pas de valeur dans cette colonne&#x202f;; une telle ligne n’est jamais prise en compte.</numerusform>
            <numerusform>%n lignes de l’aperçu n’ont pas de valeur dans cette colonne&#x202f;; ces lignes ne sont jamais prises en compte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleIntervals</name>
    <message>
        <source>runs every few minutes</source>
        <translation>exécutions à la minute</translation>
    </message>
    <message>
        <source>hourly runs</source>
        <translation>exécutions horaires</translation>
    </message>
    <message>
        <source>daily runs</source>
        <translation>exécutions quotidiennes</translation>
    </message>
    <message>
        <source>weekly runs</source>
        <translation>exécutions hebdomadaires</translation>
    </message>
    <message>
        <source>Interval back to %1, as you set it for %2.</source>
        <translation>Intervalle remis à %1, comme vous l’aviez choisi pour les %2.</translation>
    </message>
    <message>
        <source>Interval set to %1 (%2).</source>
        <translation>Intervalle fixé à %1 (%2).</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Choose when the dataflow runs and how it recognises new and changed rows.</source>
        <translation>Choisissez quand le flux de données s’exécute et comment il repère les lignes nouvelles et modifiées.</translation>
    </message>
    <message>
        <source>Checked against the Platform&apos;s own rules for this kind of dataflow.</source>
        <translation>Vérifié selon les règles de Platform pour ce type de flux de données.</translation>
    </message>
    <message>
        <source>Reading the Platform&apos;s rules for schedules…</source>
        <translation>Lecture des règles de planification de Platform…</translation>
    </message>
    <message>
        <source>Checked against the wizard&apos;s built-in copy of the rules.</source>
        <translation>Vérifié selon la copie des règles intégrée à l’assistant.</translation>
    </message>
    <message>
        <source>The Platform&apos;s rules for schedules could not be read, so the wizard checks with its built-in copy. The Platform checks again when the dataflow is created.</source>
        <translation>Les règles de planification de Platform n’ont pas pu être lues&#xa0;: l’assistant vérifie avec sa copie intégrée. Platform vérifiera de nouveau à la création du flux de données.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;schedule&lt;/b&gt; says when Experience Platform fetches data from the source: once, or again and again every few minutes, hours, days or weeks from the start time. With &lt;b&gt;backfill&lt;/b&gt; on, the first run also brings in everything already in the table.&lt;/p&gt;&lt;p&gt;Later runs only bring what is new or changed. The &lt;b&gt;delta column&lt;/b&gt; is how they tell: a date in each row, such as “last modified”, that moves forward when the row changes.&lt;/p&gt;&lt;p&gt;Some rows may be refused, for example when a required field is empty. &lt;b&gt;Partial ingestion&lt;/b&gt; lets a run keep the good rows as long as the bad ones stay under the threshold; &lt;b&gt;error diagnostics&lt;/b&gt; keeps the reasons so you can fix the source.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La &lt;b&gt;planification&lt;/b&gt; indique quand Experience Platform récupère les données de la source&#xa0;: une seule fois, ou à intervalles réguliers (en minutes, heures, jours ou semaines) à partir de l’heure de début. Avec le &lt;b&gt;renvoi&lt;/b&gt; activé, la première exécution importe aussi tout ce qui se trouve déjà dans la table.&lt;/p&gt;&lt;p&gt;Les exécutions suivantes n’importent que ce qui est nouveau ou modifié. Elles le repèrent grâce à la &lt;b&gt;colonne delta&lt;/b&gt;&#xa0;: une date présente dans chaque ligne, par exemple «&#x202f;dernière modification&#x202f;», qui avance quand la ligne change.&lt;/p&gt;&lt;p&gt;Certaines lignes peuvent être refusées, par exemple quand un champ obligatoire est vide. L’&lt;b&gt;ingestion partielle&lt;/b&gt; permet à une exécution de conserver les lignes correctes tant que les lignes incorrectes restent sous le seuil&#x202f;; les &lt;b&gt;diagnostics d’erreur&lt;/b&gt; conservent les raisons du refus pour que vous puissiez corriger la source.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ScheduleRules</name>
    <message>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Toutes les minutes</numerusform>
            <numerusform>Toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Toutes les heures</numerusform>
            <numerusform>Toutes les %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Tous les jours</numerusform>
            <numerusform>Tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Toutes les semaines</numerusform>
            <numerusform>Toutes les %n semaines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleWhen</name>
    <message>
        <source>When it runs</source>
        <translation>Quand le flux s’exécute</translation>
    </message>
    <message>
        <source>Bac&amp;kfill the existing data</source>
        <translation>Ren&amp;voi des données existantes</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>How many minutes, hours, days or weeks between two runs.</source>
        <translation>Nombre de minutes, d’heures, de jours ou de semaines entre deux exécutions.</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>In your computer&apos;s time zone. Experience Platform schedules in UTC; the UTC time is shown beside it.</source>
        <translation>Dans le fuseau horaire de votre ordinateur. Experience Platform planifie en UTC&#x202f;; l’heure UTC est affichée à côté.</translation>
    </message>
    <message>
        <source>Start time in UTC</source>
        <translation>Heure de début en UTC</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Renvoi</translation>
    </message>
    <message>
        <source>On: the first run also ingests all the data already in the table. Off: only the rows added or changed from the start time on are ingested.</source>
        <translation>Activé&#xa0;: la première exécution ingère aussi toutes les données déjà présentes dans la table. Désactivé&#xa0;: seules les lignes ajoutées ou modifiées à partir de l’heure de début sont ingérées.</translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation>Prochaines exécutions</translation>
    </message>
    <message>
        <source>When the next runs happen, in your time zone and in UTC.</source>
        <translation>Dates des prochaines exécutions, dans votre fuseau horaire et en UTC.</translation>
    </message>
    <message>
        <source>Fre&amp;quency:</source>
        <translation>Fré&amp;quence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Heure de début&#xa0;:</translation>
    </message>
    <message>
        <source>Ne&amp;xt runs:</source>
        <translation>Prochaines e&amp;xécutions&#xa0;:</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 local time — %2 UTC</source>
        <translation>%1 heure locale — %2 UTC</translation>
    </message>
</context>
<context>
    <name>SchemaFieldsModel</name>
    <message>
        <source>%1 (primary identity)</source>
        <translation>%1 (identité principale)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>XDM type: %1</source>
        <translation>Type XDM&#xa0;: %1</translation>
    </message>
    <message>
        <source>XDM type: %1 (%2)</source>
        <translation>Type XDM&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Required: every record needs a value.</source>
        <translation>Obligatoire&#xa0;: chaque enregistrement doit avoir une valeur.</translation>
    </message>
    <message>
        <source>Primary identity: records without it cannot feed customer profiles.</source>
        <translation>Identité principale&#xa0;: sans elle, les enregistrements ne peuvent pas alimenter les profils clients.</translation>
    </message>
    <message>
        <source>Allowed values: %1</source>
        <translation>Valeurs autorisées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Filled by %n rule(s): only one may fill it.</source>
        <translation>
            <numerusform>Rempli par %n règle&#xa0;: une seule peut le remplir.</numerusform>
            <numerusform>Rempli par %n règles&#xa0;: une seule peut le remplir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapped.</source>
        <translation>Mappé.</translation>
    </message>
    <message>
        <source>Not mapped: drop a source column here.</source>
        <translation>Non mappé&#xa0;: déposez ici une colonne source.</translation>
    </message>
    <message>
        <source>A suggestion waits for this field.</source>
        <translation>Une suggestion attend ce champ.</translation>
    </message>
    <message>
        <source>Schema field</source>
        <translation>Champ du schéma</translation>
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
        <translation>Schémas</translation>
    </message>
</context>
<context>
    <name>SchemaPage</name>
    <message>
        <source>Use an &amp;existing schema</source>
        <translation>Utiliser un schéma &amp;existant</translation>
    </message>
    <message>
        <source>Load more schemas</source>
        <translation>Charger plus de schémas</translation>
    </message>
    <message>
        <source>Enable for Real-Time Customer &amp;Profile</source>
        <translation>Acti&amp;ver pour le Profil client en temps réel</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Choose the shape the records take in Experience Platform: an existing schema, or a new one made of standard field groups.</source>
        <translation>Choisissez la forme que prennent les enregistrements dans Experience Platform&#xa0;: un schéma existant, ou un nouveau schéma composé de groupes de champs standard.</translation>
    </message>
    <message>
        <source>Search schemas</source>
        <translation>Rechercher des schémas</translation>
    </message>
    <message>
        <source>Schema title</source>
        <translation>Titre du schéma</translation>
    </message>
    <message>
        <source>Schema description</source>
        <translation>Description du schéma</translation>
    </message>
    <message>
        <source>Lets the records feed customer profiles. It needs a primary identity and cannot be turned off later.</source>
        <translation>Permet aux enregistrements d’alimenter les profils clients. Nécessite une identité principale&#x202f;; ne peut plus être désactivé ensuite.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tit&amp;re&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Field groups:</source>
        <translation>Groupes de c&amp;hamps&#xa0;:</translation>
    </message>
    <message>
        <source>Primary &amp;identity:</source>
        <translation>&amp;Identité principale&#xa0;:</translation>
    </message>
    <message>
        <source>Fields of the &amp;schema:</source>
        <translation>&amp;Champs du schéma&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;schema&lt;/b&gt; describes the records Experience Platform keeps: which fields exist and what each holds. Every record of your table becomes a record of this schema.&lt;/p&gt;&lt;p&gt;The class &lt;i&gt;XDM Individual Profile&lt;/i&gt; is for people. &lt;b&gt;Field groups&lt;/b&gt; add ready-made fields to it, such as a person&apos;s name or contact details.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;primary identity&lt;/b&gt; is the field that tells who the person is, for example the e-mail address. It is required to feed &lt;b&gt;Real-Time Customer Profile&lt;/b&gt;, the unified view of each customer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un &lt;b&gt;schéma&lt;/b&gt; décrit les enregistrements que conserve Experience Platform&#xa0;: quels champs existent et ce que chacun contient. Chaque enregistrement de votre table devient un enregistrement de ce schéma.&lt;/p&gt;&lt;p&gt;La classe &lt;i&gt;XDM Individual Profile&lt;/i&gt; est destinée aux personnes. Les &lt;b&gt;groupes de champs&lt;/b&gt; y ajoutent des champs prêts à l’emploi, comme le nom ou les coordonnées d’une personne.&lt;/p&gt;&lt;p&gt;L’&lt;b&gt;identité principale&lt;/b&gt; est le champ qui indique de qui il s’agit, par exemple l’adresse e-mail. Elle est obligatoire pour alimenter le &lt;b&gt;Profil client en temps réel&lt;/b&gt;, la vue unifiée de chaque client.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search field groups</source>
        <translation>Rechercher des groupes de champs</translation>
    </message>
    <message>
        <source>Create a ne&amp;w schema</source>
        <translation>Créer un &amp;nouveau schéma</translation>
    </message>
</context>
<context>
    <name>SchemaRules</name>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>%1 Without one, the dataset cannot feed Profile.</source>
        <translation>%1 Sans elle, le jeu de données ne peut pas alimenter le profil.</translation>
    </message>
    <message>
        <source>Without a primary identity, this schema cannot be enabled for Profile and its dataset cannot feed Profile.</source>
        <translation>Sans identité principale, ce schéma ne peut pas être activé pour le profil et son jeu de données ne peut pas alimenter le profil.</translation>
    </message>
</context>
<context>
    <name>SchemaTreeView</name>
    <message>
        <source>Fields of the schema</source>
        <translation>Champs du schéma</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
</context>
<context>
    <name>SourceCatalog</name>
    <message>
        <source>Contacts, companies, deals and owners of your HubSpot portal.</source>
        <translation>Contacts, entreprises, transactions et propriétaires de votre portail HubSpot.</translation>
    </message>
    <message>
        <source>Subscribers and journeys of Salesforce Marketing Cloud.</source>
        <translation>Abonnés et parcours de Salesforce Marketing Cloud.</translation>
    </message>
    <message>
        <source>Contacts and accounts of Oracle Eloqua.</source>
        <translation>Contacts et comptes d’Oracle Eloqua.</translation>
    </message>
    <message>
        <source>Profile lists of Oracle Responsys.</source>
        <translation>Listes de profils d’Oracle Responsys.</translation>
    </message>
    <message>
        <source>Audience members of Mailchimp.</source>
        <translation>Membres d’audience de Mailchimp.</translation>
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
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d’actualisation</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Authorization test URL</source>
        <translation>URL de test d’autorisation</translation>
    </message>
    <message>
        <source>App client ID</source>
        <translation>ID client de l’application</translation>
    </message>
    <message>
        <source>App client secret</source>
        <translation>Secret client de l’application</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>Jeton d’accès OAuth</translation>
    </message>
    <message>
        <source>OAuth refresh token</source>
        <translation>Jeton d’actualisation OAuth</translation>
    </message>
    <message>
        <source>Subdomain of your Marketing Cloud instance</source>
        <translation>Sous-domaine de votre instance Marketing Cloud</translation>
    </message>
    <message>
        <source>Installed package client ID</source>
        <translation>ID client du package installé</translation>
    </message>
    <message>
        <source>Installed package client secret</source>
        <translation>Secret client du package installé</translation>
    </message>
    <message>
        <source>Eloqua base URL</source>
        <translation>URL de base d’Eloqua</translation>
    </message>
    <message>
        <source>Company\User name</source>
        <translation>Société\Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Responsys login endpoint</source>
        <translation>Point de terminaison de connexion Responsys</translation>
    </message>
    <message>
        <source>Test URL</source>
        <translation>URL de test</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>With the keys of a HubSpot private app</source>
        <translation>Avec les clés d’une application privée HubSpot</translation>
    </message>
    <message>
        <source>With the client ID and secret of an installed package</source>
        <translation>Avec l’ID client et le secret d’un package installé</translation>
    </message>
    <message>
        <source>With an Eloqua user name and password</source>
        <translation>Avec un nom d’utilisateur et un mot de passe Eloqua</translation>
    </message>
    <message>
        <source>With the client ID and secret of a Responsys API user</source>
        <translation>Avec l’ID client et le secret d’un utilisateur d’API Responsys</translation>
    </message>
    <message>
        <source>With a user name and an API key</source>
        <translation>Avec un nom d’utilisateur et une clé d’API</translation>
    </message>
    <message>
        <source>With an OAuth access token</source>
        <translation>Avec un jeton d’accès OAuth</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>Compte %1</translation>
    </message>
</context>
<context>
    <name>SourceColumnsModel</name>
    <message>
        <source>Type: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sample values: %1</source>
        <translation>Valeurs d’exemple&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Mapped by %n rule(s).</source>
        <translation>
            <numerusform>Mappée par %n règle.</numerusform>
            <numerusform>Mappée par %n règles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not mapped: drag it onto a schema field, or press Enter and choose one.</source>
        <translation>Non mappée&#xa0;: faites-la glisser sur un champ du schéma, ou appuyez sur Entrée et choisissez-en un.</translation>
    </message>
    <message>
        <source>A suggestion waits for this column.</source>
        <translation>Une suggestion attend cette colonne.</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Colonne source</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>&amp;Existing account</source>
        <translation>Compte &amp;existant</translation>
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
        <source>&lt;p&gt;A &lt;b&gt;source&lt;/b&gt; is the system your marketing data lives in today, such as HubSpot.&lt;/p&gt;&lt;p&gt;An &lt;b&gt;account&lt;/b&gt; is the saved connection to that system: its address and the keys that let Experience Platform read from it. Reuse an account your team already made, or make a new one with the keys from the source&apos;s own settings (for HubSpot, a private app&apos;s client ID, client secret and tokens).&lt;/p&gt;&lt;p&gt;The keys you type go straight to Experience Platform, which keeps them encrypted; the wizard does not store them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une &lt;b&gt;source&lt;/b&gt; est le système où se trouvent aujourd’hui vos données marketing, par exemple HubSpot.&lt;/p&gt;&lt;p&gt;Un &lt;b&gt;compte&lt;/b&gt; est la connexion enregistrée à ce système&#xa0;: son adresse et les clés qui permettent à Experience Platform d’y lire. Réutilisez un compte déjà créé par votre équipe, ou créez-en un avec les clés trouvées dans les paramètres de la source (pour HubSpot, l’ID client, le secret client et les jetons d’une application privée).&lt;/p&gt;&lt;p&gt;Les clés saisies partent directement vers Experience Platform, qui les conserve chiffrées&#x202f;; l’assistant ne les enregistre pas.&lt;/p&gt;</translation>
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
        <source>Fill in: %1.</source>
        <translation>À remplir&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Testing the connection “%1”…</source>
        <translation>Test de la connexion «&#x202f;%1&#x202f;»…</translation>
    </message>
    <message>
        <source>The connection “%1” works.</source>
        <translation>La connexion «&#x202f;%1&#x202f;» fonctionne.</translation>
    </message>
    <message>
        <source>The source refused the connection “%1”. Check its keys.</source>
        <translation>La source a refusé la connexion «&#x202f;%1&#x202f;». Vérifiez ses clés.</translation>
    </message>
    <message>
        <source>New acco&amp;unt</source>
        <translation>&amp;Nouveau compte</translation>
    </message>
    <message>
        <source>Search sources</source>
        <translation>Rechercher des sources</translation>
    </message>
    <message>
        <source>Experience Platform tests only saved accounts. This one is created, and its keys checked, when the next page lists its tables; it is then part of the dataflow, and “Clean up” on the Review page deletes it with the rest.</source>
        <translation>Experience Platform ne teste que les comptes enregistrés. Celui-ci est créé, et ses clés vérifiées, quand la page suivante liste ses tables&#x202f;; il fait alors partie du flux de données, et «&#x202f;Nettoyer&#x202f;» sur la page Révision le supprime avec le reste.</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Suggested, score %1: %2</source>
        <translation>Suggéré, score %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Colonne source</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Accep&amp;t</source>
        <translation>Accep&amp;ter</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>&amp;Tout accepter</translation>
    </message>
    <message>
        <source>Suggested rules</source>
        <translation>Règles suggérées</translation>
    </message>
    <message>
        <source>Makes a rule of this suggestion.</source>
        <translation>Fait de cette suggestion une règle.</translation>
    </message>
    <message>
        <source>Drops this suggestion; it is not made again.</source>
        <translation>Écarte cette suggestion&#x202f;; elle ne sera plus proposée.</translation>
    </message>
    <message>
        <source>Makes rules of every suggestion scoring at least this.</source>
        <translation>Fait une règle de chaque suggestion dont le score atteint au moins cette valeur.</translation>
    </message>
    <message>
        <source>from </source>
        <translation>dès </translation>
    </message>
    <message>
        <source>Lowest score accepted</source>
        <translation>Score minimal accepté</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Suggestions (%n), not rules yet: accept or reject them.</source>
        <translation>
            <numerusform>&amp;Suggestions (%n), pas encore des règles&#xa0;: acceptez-la ou rejetez-la.</numerusform>
            <numerusform>&amp;Suggestions (%n), pas encore des règles&#xa0;: acceptez-les ou rejetez-les.</numerusform>
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
        <translation>Choisissez la table à importer dans Experience Platform. Ses premières lignes s’affichent pour que vous puissiez vérifier que c’est la bonne.</translation>
    </message>
    <message>
        <source>Search tables</source>
        <translation>Rechercher des tables</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Preview of the table</source>
        <translation>Aperçu de la table</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>Ta&amp;bles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>Ape&amp;rçu&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;p&gt;A source keeps its data in &lt;b&gt;tables&lt;/b&gt;, such as the contacts, the companies or the deals of HubSpot. A dataflow brings one table into Experience Platform.&lt;/p&gt;&lt;p&gt;The preview shows the table&apos;s first rows and, under each column name, the kind of value it holds (text, number, date and time). The date-and-time columns matter later: one of them tells which rows changed since the last run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une source conserve ses données dans des &lt;b&gt;tables&lt;/b&gt;, comme les contacts, les entreprises ou les transactions de HubSpot. Un flux de données importe une table dans Experience Platform.&lt;/p&gt;&lt;p&gt;L’aperçu montre les premières lignes de la table et, sous le nom de chaque colonne, le type de valeur qu’elle contient (texte, nombre, date et heure). Les colonnes de date et heure serviront plus loin&#xa0;: l’une d’elles indique quelles lignes ont changé depuis la dernière exécution.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Loading the tables…</source>
        <translation>Chargement des tables…</translation>
    </message>
    <message>
        <source>This account shows no table.</source>
        <translation>Ce compte ne présente aucune table.</translation>
    </message>
    <message>
        <source>Choose a table to see its columns and first rows.</source>
        <translation>Choisissez une table pour voir ses colonnes et ses premières lignes.</translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation>Chargement de «&#x202f;%1&#x202f;»…</translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s) shown.</source>
        <translation>
            <numerusform>%n ligne affichée.</numerusform>
            <numerusform>Les %n premières lignes sont affichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, of which %n hold(s) a date and time.</source>
        <translation>
            <numerusform>%1, dont %n contient une date et une heure.</numerusform>
            <numerusform>%1, dont %n contiennent une date et une heure.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the account “%1”…</source>
        <translation>Création du compte «&#x202f;%1&#x202f;»…</translation>
    </message>
    <message>
        <source>Testing the connection “%1”…</source>
        <translation>Test de la connexion «&#x202f;%1&#x202f;»…</translation>
    </message>
    <message>
        <source>The source refused the connection “%1”. Check its keys.</source>
        <translation>La source a refusé la connexion «&#x202f;%1&#x202f;». Vérifiez ses clés.</translation>
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
        <translation>&amp;Colonnes sources</translation>
    </message>
    <message>
        <source>Find a column</source>
        <translation>Chercher une colonne</translation>
    </message>
    <message>
        <source>Schema &amp;fields</source>
        <translation>C&amp;hamps du schéma</translation>
    </message>
    <message>
        <source>Find a field by name, title or path</source>
        <translation>Chercher (nom, titre, chemin)</translation>
    </message>
    <message>
        <source>&amp;Map →</source>
        <translation>&amp;Mapper →</translation>
    </message>
    <message>
        <source>Maps the selected column to the selected field (Enter in the fields).</source>
        <translation>Mappe la colonne sélectionnée sur le champ sélectionné (Entrée dans les champs).</translation>
    </message>
    <message>
        <source>U&amp;nmap</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Removes the rules of the selected field or column (Delete).</source>
        <translation>Supprime les règles du champ ou de la colonne sélectionnés (Suppr).</translation>
    </message>
    <message>
        <source>Click to show only these fields.</source>
        <translation>Cliquez pour n’afficher que ces champs.</translation>
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
        <translation>Mode démo&#xa0;: l’assistant s’adresse à l’émulateur Platform intégré à l’adresse %1, pas à Adobe. Ses informations d’identification sont préremplies (ID client «&#x202f;%2&#x202f;», secret client «&#x202f;%3&#x202f;»).</translation>
    </message>
    <message>
        <source>The recipe %1 was not opened.</source>
        <translation>La recette %1 n’a pas été ouverte.</translation>
    </message>
    <message>
        <source>The built-in emulator could not start: its module %1 is neither next to the program nor in its library folder.</source>
        <translation>L’émulateur intégré n’a pas pu démarrer&#xa0;: son module %1 n’est ni à côté du programme ni dans son dossier de bibliothèques.</translation>
    </message>
    <message>
        <source>The wizard cannot reach the Platform: a file installed with it, its network module, is missing or damaged. Reinstalling the program puts it back.</source>
        <translation>L’assistant ne peut pas joindre Platform&#xa0;: un fichier installé avec lui, son module réseau, manque ou est endommagé. Réinstaller le programme le remet en place.</translation>
    </message>
</context>
</TS>
