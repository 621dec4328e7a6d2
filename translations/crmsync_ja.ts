<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ConfigLoader</name>
    <message>
        <source>missing required key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets are not read from config files: give a command that prints it (refresh_token_command or password_command), or sign in with the app to keep it in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give client_secret or client_secret_command, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <extracomment>%1 is the config file, %2 the key path (profiles[1].direction), %3 the problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the config file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2 (offset %3): invalid JSON: %4</source>
        <extracomment>%1 line, %2 column, %3 byte offset, %4 Qt&apos;s description of the JSON error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object with &quot;accounts&quot; and &quot;profiles&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an account name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <extracomment>%1 e.g. &quot;a string&quot;, %2 e.g. &quot;a number&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no account &quot;%1&quot; in accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account &quot;%1&quot; is not a zoho account; crm must name a Zoho CRM account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account &quot;%1&quot; is a zoho account; remote must name the other side (for example a folder account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <extracomment>%1 the value found, %2 the allowed values</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only applies when conflict is &quot;merge&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty: leave it out to use the default map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is mapped more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CRM field name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only applies to the Events and Tasks modules, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigOptions</name>
    <message>
        <source>The config file (JSON; see docs/configuration.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the sync state is kept (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--config FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldMerger</name>
    <message>
        <source>changed on both sides (%1); kept the %2 version under &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderStore</name>
    <message>
        <source>The folder %1 does not exist. Create it, or mount the drive it is on, and sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item file name in folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file with this name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was deleted by someone else meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was changed by someone else meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpJob</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to connect to %1 without encryption: only https addresses are allowed (plain http only to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ICalCodec</name>
    <message>
        <source>%1 of the iCalendar item %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The iCalendar item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event %1 has no DTSTART (start time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored iCalendar item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the event %1 without a start time (DTSTART).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; expected an iCalendar %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not iCalendar data: no BEGIN:VCALENDAR found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no %2 component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: property %2 has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a date or time cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown time zone &quot;%2&quot; (no VTIMEZONE and no such zone in the system time zone data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot; into %2 of item %3: not a valid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleInfo</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanExecutor</name>
    <message>
        <source>%1 changed on %2 during the sync; it will be synced on the next run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped for safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (dry run): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  CRM:        %1 created, %2 updated, %3 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  other side: %1 created, %2 updated, %3 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 conflicts resolved, %2 skipped, %3 requests, %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  error: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreRun</name>
    <message>
        <source>entry %1 was already restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item of entry %1 is no longer synced by profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item changed since the last sync; run a sync, then restore again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>The secret command for %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run the secret command &quot;%1&quot; for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret command &quot;%1&quot; for %2 did not finish within %3 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret command &quot;%1&quot; for %2 crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret command &quot;%1&quot; for %2 failed with exit status %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret command &quot;%1&quot; for %2 printed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateDb</name>
    <message>
        <source>open the sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given for the sync state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the sync state %1: the SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the sync state in %1: the file system does not support SQLite&apos;s write-ahead log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction on the sync state %1 is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction on the sync state %1 is open to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discard the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the links of profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the link of CRM record &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update the link of CRM record &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the state of profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the sync token of profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the sync token of profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the sync tokens of profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read setting &quot;%1&quot; of profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save setting &quot;%1&quot; of profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 in %2: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 in %2: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 in %2: the file or its folder cannot be accessed (check that the folder exists and is writable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 in %2: the file is damaged or is not a CRM Sync state database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 in %2: another program keeps the file locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 in %2: the disk reported a read or write error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 in %2: an entry for the same item already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync state %1 holds no %2 with id %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the create of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear create intent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the pending creates of profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the losing version of CRM record &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the conflict journal of profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read conflict journal entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark conflict journal entry %1 as restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the run report of profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the run history of profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync state %1 holds an unreadable %2 in entry %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade the sync state to schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync state %1 was written by a newer version of CRM Sync (schema %2, this version knows up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncFilter</name>
    <message>
        <source>private item (not synced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the selected categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the events range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPlanner</name>
    <message>
        <source>%1: the CRM requires %2 and the profile has no default value for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run would delete %1 of %2 items from %3, more than the %4% allowed; nothing was deleted. Run again with --confirm-deletes if this is intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on the other side but changed in the CRM: the change was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted in the CRM but changed on the other side: the change was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every synced item is gone from the CRM; nothing was deleted. Run again with --confirm-deletes if this is intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every synced item is gone from the other side; nothing was deleted. Run again with --confirm-deletes if this is intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VCardCodec</name>
    <message>
        <source>vCard data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field mapping for %1: &quot;%2&quot; is not a vCard property path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VCardParser</name>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a vCard property line (expected NAME:value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid vCard property name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the quoted-printable value of %2 is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the character set &quot;%2&quot; of %3 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: BEGIN:%2 is not a vCard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: END:%2 without a matching BEGIN:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: END:%2 does not close the vCard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no vCard found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZohoDataCentre</name>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (zoho.%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZohoFieldsJob</name>
    <message>
        <source>Zoho CRM at %1 listed no fields for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZohoListChangesJob</name>
    <message>
        <source>Zoho CRM at %1 sent a %2 listing without records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho CRM at %1 did not say how to continue the %2 listing after %3 records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZohoRecordCodec</name>
    <message>
        <source>A Zoho CRM %1 record could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of a Zoho CRM %1 record is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZohoStore</name>
    <message>
        <source>Zoho CRM %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmsync::HttpJob</name>
    <message>
        <source>No network access is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1. Check the internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sign-in (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to slow down: too many requests (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had an internal problem (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item on %1 was changed by someone else (HTTP 412).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmsync::ProfileRunner</name>
    <message>
        <source>%1: there is no profile named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the state folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1: account %2 cannot be the other side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmsync::ZohoRequestJob</name>
    <message>
        <source>The Zoho CRM account is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho CRM at %1 sent an answer that could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho CRM at %1 refused access: the sign-in lacks the needed permissions (scope); sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho CRM at %1 refused the sign-in (%2); sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho CRM at %1 refused %2 %3: %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmsync::ZohoSession</name>
    <message>
        <source>Not signed in to Zoho CRM at %1; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Zoho CRM account was removed while it was in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 sent an answer without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho CRM (%1): the sign-in has expired or was revoked; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho CRM (%1) does not know this application; check the data centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho CRM (%1) refused the application&apos;s client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 asks to slow down: too many sign-in requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 had an internal problem (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 refused to renew the sign-in (%2); sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmsync::ZohoWriteJob</name>
    <message>
        <source>new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 record %2 could not be sent to Zoho CRM: its data is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 record without an id cannot be changed in Zoho CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho CRM at %1 did not report what happened to the %2 records sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho CRM at %1 did not report what happened to %2 record %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record %2 was changed in Zoho CRM (%3) since it was last read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record %2: Zoho CRM (%3) requires the field %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record %2: Zoho CRM (%3) refused the data: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record %2: Zoho CRM (%3) refused the value of the field %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record %2: the value of the field %4 is already used by Zoho CRM (%3) record %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record %2: Zoho CRM (%3) refused the change: %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmsync::cli::Command</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmsync::cli::RestoreCommand</name>
    <message>
        <source>The profile whose conflicts to show or restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this journal entry (see the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: crmsync restore --config FILE --profile NAME [--entry ID] [--state-dir DIR] [--json]
Without --entry, lists the versions that lost a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile NAME is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--entry takes a journal entry number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore of entry %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored entry %1 on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1  %2  %3 lost: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conflicts journaled for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmsync::cli::StatusCommand</name>
    <message>
        <source>Usage: crmsync status --config FILE [--state-dir DIR] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  last sync %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 items synced, %2 conflicts kept for restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmsync::cli::SyncCommand</name>
    <message>
        <source>Run only this profile (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would change; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on with deletions that tripped the safety stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: crmsync sync --config FILE [--profile NAME]… [--state-dir DIR] [--dry-run] [--json] [--confirm-deletes]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CRM Sync %1 keeps Zoho CRM in step with your address book, calendar and folders.

Usage: crmsync COMMAND [OPTIONS]

Commands:
  sync     sync profiles of a config file
  status   show the last run of each profile
  restore  list or restore versions that lost a conflict

Run &quot;crmsync COMMAND --help&quot; for a command&apos;s options. Exit codes: 0 synced, 1 item errors,
2 usage or config error, 3 sign-in failed, 4 offline, 5 safety stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
