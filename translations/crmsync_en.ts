<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TrayStatus</name>
    <message numerus="yes">
        <source>Offline, %n change(s) waiting</source>
        <comment>tray and status bar: edits queued for the CRM</comment>
        <translation>
            <numerusform>Offline, %n change waiting</numerusform>
            <numerusform>Offline, %n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardChoices</name>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crmsync::EventEditor</name>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crmsync::FieldMapPage</name>
    <message numerus="yes">
        <source>The list of Zoho CRM fields includes %n custom field(s).</source>
        <translation>
            <numerusform>The list of Zoho CRM fields includes %n custom field.</numerusform>
            <numerusform>The list of Zoho CRM fields includes %n custom fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crmsync::ServerSignInPage</name>
    <message numerus="yes">
        <source>Saved %n account(s). The password is kept in the system keychain.</source>
        <translation>
            <numerusform>Saved %n account. The password is kept in the system keychain.</numerusform>
            <numerusform>Saved %n accounts. The password is kept in the system keychain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n account(s). The password is kept for this session only.</source>
        <translation>
            <numerusform>Saved %n account. The password is kept for this session only.</numerusform>
            <numerusform>Saved %n accounts. The password is kept for this session only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed in. Found %n calendar(s) and address book(s); saving…</source>
        <translation>
            <numerusform>Signed in. Found %n calendar or address book; saving…</numerusform>
            <numerusform>Signed in. Found %n calendars and address books; saving…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crmsync::SummaryPage</name>
    <message numerus="yes">
        <source>%n item(s) found on both sides will be paired, not copied.</source>
        <translation>
            <numerusform>%n item found on both sides will be paired, not copied.</numerusform>
            <numerusform>%n items found on both sides will be paired, not copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed on both sides.</source>
        <translation>
            <numerusform>%n item changed on both sides.</numerusform>
            <numerusform>%n items changed on both sides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left out by the filters or the direction.</source>
        <translation>
            <numerusform>%n item left out by the filters or the direction.</numerusform>
            <numerusform>%n items left out by the filters or the direction.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read: %1</source>
        <translation>
            <numerusform>%n item could not be read: %1</numerusform>
            <numerusform>%n items could not be read: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crmsync::SyncService</name>
    <message numerus="yes">
        <source>%1: offline, next try in %n minute(s): %2</source>
        <translation>
            <numerusform>%1: offline, next try in %n minute: %2</numerusform>
            <numerusform>%1: offline, next try in %n minutes: %2</numerusform>
        </translation>
    </message>
</context>
</TS>
