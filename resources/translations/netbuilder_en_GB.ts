<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>AboutForm</name>
        <message>
            <location filename="../../forms/about.ui" line="41"/>
            <source>&amp;Support details (versions and folders; no client information):</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/about.ui" line="19"/>
            <source>Draw, plan and review a client's wellbeing network with them: people, places and activities.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/about.ui" line="36"/>
            <source>Licence</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/about.ui" line="55"/>
            <source>Message</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/about.ui" line="14"/>
            <source>Name and version</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/about.ui" line="49"/>
            <source>Support details</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/about.ui" line="28"/>
            <source>Where the vocabulary comes from</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../netbuilder/app.py" line="170"/>
            <source>NetBuilder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/app.py" line="177"/>
            <source>NetBuilder cannot start</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/app.py" line="221"/>
            <source>NetBuilder is already open</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/app.py" line="219"/>
            <source>NetBuilder is already open on this data folder (process {pid}). Close it first, or wait for it to finish.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/app.py" line="216"/>
            <source>NetBuilder is already open on this data folder. Close it first, or wait for it to finish.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/app.py" line="209"/>
            <source>The data folder cannot be used ({reason}): set {env} to a folder you can write to.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/app.py" line="230"/>
            <source>The data folder is not on this computer</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/app.py" line="231"/>
            <source>{reason} Set {env} to choose the folder.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Autosave</name>
        <message>
            <location filename="../../netbuilder/gui/autosave.py" line="92"/>
            <source>Not saved: an unexpected {kind}. Your work is kept and saving will be tried again.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/autosave.py" line="90"/>
            <source>Not saved: the disk refused the write ({reason}). Your work is kept and saving will be tried again.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/autosave.py" line="88"/>
            <source>Not saved: {problem}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/autosave.py" line="91"/>
            <source>error</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="295"/>
            <source> (damaged)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="101"/>
            <source>&amp;Back up now</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="421"/>
            <source>A file could not be written.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="179"/>
            <source>Backed up at {time}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="282"/>
            <source>Cancel</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="319"/>
            <source>Choose a backup to restore.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="404"/>
            <source>Client deleted and removed from %n backups.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="403"/>
            <source>Client deleted and removed from 1 backup.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="412"/>
            <source>Client deleted and removed from the backups, except 1 that could not be checked (damaged or from another installation): delete it from the backups folder by hand.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="415"/>
            <source>Client deleted and removed from the backups, except {count} that could not be checked (damaged or from another installation): delete them from the backups folder by hand.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="410"/>
            <source>Client deleted, but not from the backups: {problem}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="401"/>
            <source>Client deleted; no backup held them.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="307"/>
            <source>In {folder}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="285"/>
            <source>Made</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="135"/>
            <location filename="../../netbuilder/gui/backups.py" line="172"/>
            <location filename="../../netbuilder/gui/backups.py" line="175"/>
            <source>Not backed up: {problem}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="361"/>
            <source>Replace all clients</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="105"/>
            <source>Replace all clients with an earlier backup</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="281"/>
            <source>Restore</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="104"/>
            <source>Restore from &amp;backup…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="271"/>
            <location filename="../../netbuilder/gui/backups.py" line="356"/>
            <source>Restore from backup</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="337"/>
            <source>Restored the backup from {when}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="327"/>
            <source>Restoring…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="285"/>
            <source>Size</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="308"/>
            <source>There are no backups in {folder} yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="357"/>
            <source>This replaces all clients with the backup from {when}. The current data is backed up first.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="322"/>
            <source>Type your passphrase to restore a backup.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="238"/>
            <source>Unlock NetBuilder first.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="102"/>
            <source>Write an encrypted backup of all clients now</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="426"/>
            <source>a file error</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="427"/>
            <source>the backups folder cannot be used ({reason}); choose another in Preferences.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/backups.py" line="219"/>
            <source>the chosen backups folder is not there (a drive not connected?); its backups still hold them.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>BalanceBar</name>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="240"/>
            <source>Balance of people, places and activities</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <location filename="../../netbuilder/gui/canvas/background.py" line="40"/>
            <source>Activities</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/style.py" line="44"/>
            <source>Activity</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/edits.py" line="54"/>
            <source>Add {name}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/edits.py" line="152"/>
            <source>Auto-arrange</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/style.py" line="59"/>
            <source>BB</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/style.py" line="63"/>
            <source>CP</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/background.py" line="51"/>
            <location filename="../../netbuilder/gui/canvas/scene.py" line="87"/>
            <source>Client</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/edits.py" line="123"/>
            <source>Delete link</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/edits.py" line="122"/>
            <source>Delete {names}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/background.py" line="186"/>
            <source>Effect on wellbeing</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/items.py" line="185"/>
            <source>How often: {value}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/background.py" line="182"/>
            <source>Key</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/background.py" line="183"/>
            <source>Kinds</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/edits.py" line="143"/>
            <source>Link {first} and {second}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/background.py" line="188"/>
            <source>Links</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/style.py" line="61"/>
            <source>MO</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/edits.py" line="75"/>
            <location filename="../../netbuilder/gui/canvas/edits.py" line="97"/>
            <location filename="../../netbuilder/gui/canvas/edits.py" line="112"/>
            <source>Move {names}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/edits.py" line="96"/>
            <source>Move {names} to ring {ring}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/style.py" line="64"/>
            <source>NM</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/style.py" line="62"/>
            <source>NV</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/view.py" line="83"/>
            <source>Network map</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/items.py" line="191"/>
            <source>Notes: {notes}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/background.py" line="39"/>
            <source>People</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/style.py" line="42"/>
            <source>Person</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/style.py" line="43"/>
            <source>Place</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/background.py" line="41"/>
            <source>Places</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/background.py" line="185"/>
            <source>Practitioner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/background.py" line="190"/>
            <source>Practitioner roles</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/items.py" line="171"/>
            <source>Profession: {profession}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/edits.py" line="64"/>
            <source>Rename {name}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/items.py" line="176"/>
            <source>Ring {ring} ({name}) · effect: {effect}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/items.py" line="174"/>
            <source>Roles: {roles}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/style.py" line="60"/>
            <source>SB</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/items.py" line="187"/>
            <source>Share of the week: {share}%</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/view.py" line="84"/>
            <source>The client's network on rings of closeness. Tab and the arrow keys move between nodes; Ctrl with the arrows moves the selected node; F2 renames; Insert adds.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/items.py" line="189"/>
            <source>Wants: {value}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/edits.py" line="38"/>
            <source>{count} nodes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/items.py" line="168"/>
            <source>{kind} · {category}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>CaseloadForm</name>
        <message>
            <location filename="../../forms/caseload.ui" line="74"/>
            <source>Archive client</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/caseload.ui" line="73"/>
            <source>Archive…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/caseload.ui" line="15"/>
            <source>Clients</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/caseload.ui" line="32"/>
            <source>Clients shown</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/caseload.ui" line="86"/>
            <source>Delete client permanently</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/caseload.ui" line="85"/>
            <source>Delete permanently…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/caseload.ui" line="16"/>
            <source>Each client with the last update, the next review date, open goals and overdue follow-ups</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/caseload.ui" line="87"/>
            <source>Erase the client and all their maps from this computer; this cannot be undone</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/caseload.ui" line="62"/>
            <source>New client</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/caseload.ui" line="61"/>
            <source>New client…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/caseload.ui" line="47"/>
            <source>Only clients with a goal review or referral follow-up date that has passed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/caseload.ui" line="67"/>
            <source>Open</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/caseload.ui" line="68"/>
            <source>Open client</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/caseload.ui" line="45"/>
            <source>Overd&amp;ue only</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/caseload.ui" line="79"/>
            <source>Restore</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/caseload.ui" line="80"/>
            <source>Restore archived client</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/caseload.ui" line="10"/>
            <source>Search clients</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/caseload.ui" line="8"/>
            <source>Search name or reference</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/caseload.ui" line="39"/>
            <source>Show &amp;archived</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/caseload.ui" line="40"/>
            <source>Show archived clients</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/caseload.ui" line="46"/>
            <source>Show only clients with an overdue review or follow-up</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>CaseloadModel</name>
        <message>
            <location filename="../../netbuilder/gui/caseload_model.py" line="126"/>
            <source>(archived)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload_model.py" line="79"/>
            <source>Client</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload_model.py" line="87"/>
            <source>Goals</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload_model.py" line="263"/>
            <source>Map last changed on %1 at %2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload_model.py" line="79"/>
            <source>Name and reference</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload_model.py" line="271"/>
            <source>Next review or follow-up: %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload_model.py" line="84"/>
            <source>Next review: the earliest review date of an open goal, or follow-up date of an open referral</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload_model.py" line="268"/>
            <source>No review or follow-up date is set</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload_model.py" line="88"/>
            <source>Open goals (planned or active)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload_model.py" line="89"/>
            <source>Overdue</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload_model.py" line="270"/>
            <source>Overdue since %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload_model.py" line="90"/>
            <source>Referral follow-ups whose date has passed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload_model.py" line="83"/>
            <source>Review</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload_model.py" line="80"/>
            <source>Updated</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload_model.py" line="81"/>
            <source>When the current map last changed</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>CaseloadPanel</name>
        <message numerus="yes">
            <location filename="../../netbuilder/gui/caseload.py" line="356"/>
            <source>%n clients</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload.py" line="354"/>
            <source>1 client</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload.py" line="264"/>
            <source>Archive %1?

Their maps are kept, encrypted, and can be restored from “Show archived”.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload.py" line="263"/>
            <source>Archive client</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload.py" line="302"/>
            <source>Delete client</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload.py" line="327"/>
            <source>Not changed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload.py" line="291"/>
            <source>Not deleted</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload.py" line="352"/>
            <source>Showing %1 of %2</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <location filename="../../netbuilder/gui/compare_dialog.py" line="431"/>
            <source>&amp;Compare versions…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="189"/>
            <source>Activities</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_dialog.py" line="339"/>
            <source>Change</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_dialog.py" line="181"/>
            <source>Close</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_dialog.py" line="433"/>
            <source>Compare</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_dialog.py" line="116"/>
            <source>Compare versions</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_dialog.py" line="163"/>
            <source>Earlier map (read-only)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_dialog.py" line="377"/>
            <source>From: {version}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="136"/>
            <source>Goal removed: ‘{text}’</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="142"/>
            <source>Goal ‘{text}’: {before} → {after}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_dialog.py" line="164"/>
            <source>Later map (read-only)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="190"/>
            <source>Negative connections</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="130"/>
            <source>New goal: ‘{text}’</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="161"/>
            <source>New referral: {service} ({status})</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/overlay.py" line="277"/>
            <location filename="../../netbuilder/gui/compare_changes.py" line="97"/>
            <source>New: {label}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/overlay.py" line="296"/>
            <location filename="../../netbuilder/gui/compare_changes.py" line="103"/>
            <source>No longer on the map: {label}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_dialog.py" line="364"/>
            <source>Nothing on the map, in the goals or in the referrals changed between these versions.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="187"/>
            <source>People</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_dialog.py" line="361"/>
            <source>Pick two different versions to see what changed.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="188"/>
            <source>Places</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="199"/>
            <source>Practitioner in the closest ring</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="168"/>
            <source>Referral removed: {service}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="174"/>
            <source>Referral to {service}: {before} → {after}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_dialog.py" line="434"/>
            <source>See what changed between two versions of this map</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_dialog.py" line="290"/>
            <source>This version cannot be opened. Pick another one.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_dialog.py" line="384"/>
            <source>To: {version}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="64"/>
            <source>achieved</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="63"/>
            <source>active</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="201"/>
            <source>changed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="75"/>
            <source>declined</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="73"/>
            <source>made</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="55"/>
            <source>mixed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="54"/>
            <source>negative</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="53"/>
            <source>neutral</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/overlay.py" line="276"/>
            <source>new</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="197"/>
            <source>no</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="76"/>
            <source>not taken up</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="62"/>
            <source>planned</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="52"/>
            <source>positive</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/overlay.py" line="295"/>
            <source>removed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="86"/>
            <source>ring {number}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="84"/>
            <source>ring {number} ({label})</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="65"/>
            <source>stopped</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="72"/>
            <source>suggested</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="74"/>
            <source>taken up</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/overlay.py" line="287"/>
            <source>was {effect}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="197"/>
            <source>yes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/overlay.py" line="280"/>
            <source>{label} moved closer</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="108"/>
            <source>{label} moved closer ({before} → {after})</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/overlay.py" line="281"/>
            <source>{label} moved further away</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_changes.py" line="110"/>
            <source>{label} moved further away ({before} → {after})</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_dialog.py" line="71"/>
            <source>{label} – {date}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/canvas/overlay.py" line="289"/>
            <location filename="../../netbuilder/gui/compare_changes.py" line="115"/>
            <source>{label}: {before} → {after}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_dialog.py" line="191"/>
            <source>{version} (current)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_dialog.py" line="380"/>
            <source>{version}, with the changes since {earlier} marked</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/compare_dialog.py" line="368"/>
            <source>“From” is the later version: the changes read backwards in time.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>CompareForm</name>
        <message>
            <location filename="../../forms/compare.ui" line="60"/>
            <source>&amp;Changes on one map</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="11"/>
            <source>&amp;From:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="68"/>
            <source>&amp;Side by side</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="26"/>
            <source>&amp;To:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="151"/>
            <source>&amp;What changed:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="127"/>
            <source>Arrow: moved to another ring (from the dashed outline of where it was). "new": added. Faint with "removed": no longer on the map. "was …": its effect on wellbeing changed.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="17"/>
            <source>Compare from this version</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="43"/>
            <source>Compare the other way round</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="32"/>
            <source>Compare to this version</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="99"/>
            <source>Earlier map</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="117"/>
            <source>Later map</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="167"/>
            <source>Note</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="158"/>
            <source>Pick a change to show it on the map</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="41"/>
            <source>S&amp;wap</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="61"/>
            <source>Show the changes drawn on the later map</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="69"/>
            <source>Show the two maps side by side</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="55"/>
            <source>Show:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="42"/>
            <source>Swap the two versions</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="182"/>
            <source>T&amp;otals:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="62"/>
            <source>The later map with arrows for moves, "new" on added connections and faint ghosts of removed ones</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="188"/>
            <source>Totals in both versions</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="157"/>
            <source>What changed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/compare.ui" line="129"/>
            <source>What the marks on the map mean</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ConversationGuide</name>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="155"/>
            <source>Activities</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="75"/>
            <source>Add each one from the palette as it comes up; you can tidy up later.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="130"/>
            <source>Are there local groups or services we could look into together?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="186"/>
            <source>Both good and hard (mixed)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="91"/>
            <source>Drag each one to the ring that shows how close it feels: the inner ring is the closest.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="228"/>
            <source>Goals (%1 open of %2)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="187"/>
            <source>Helps (positive)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="96"/>
            <source>Helps or hinders</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="99"/>
            <source>How do you feel after seeing them, or after being there?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="97"/>
            <source>How each one helps or hinders wellbeing</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="102"/>
            <source>Is anything both good and hard at the same time?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="112"/>
            <source>Is there anyone or anything you would like more of in your life? Or less of?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="114"/>
            <source>Is there something you used to do, or somewhere you used to go, that you miss?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="80"/>
            <source>Key people, places, activities</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="81"/>
            <source>Key people, significant places and regular activities</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="185"/>
            <source>Makes things harder (negative)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="188"/>
            <source>Neutral, or not talked about yet</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="237"/>
            <location filename="../../netbuilder/gui/guide.py" line="254"/>
            <source>Nothing on the map yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="153"/>
            <source>People</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="154"/>
            <source>Places</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="178"/>
            <source>Practitioners and their roles</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="169"/>
            <source>Ring %1, %2</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="104"/>
            <source>Set each one's effect in Properties: positive, neutral, negative or mixed.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="119"/>
            <source>Set “wants more / less” in Properties; with nothing selected, Properties holds “what matters to me”.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="230"/>
            <source>Signposting and referrals</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="69"/>
            <source>Tell me about a usual week. Who do you see, where do you go, and what do you do?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="67"/>
            <source>Usual and important connections</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="66"/>
            <source>Usual connections</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="87"/>
            <source>What do you do regularly, on your own or with others?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="116"/>
            <source>What matters most to you about the people and places in your life?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="205"/>
            <source>What matters to me</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="109"/>
            <location filename="../../netbuilder/gui/guide.py" line="110"/>
            <source>What might change</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="124"/>
            <source>What would help</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="125"/>
            <source>What would help make those changes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="127"/>
            <source>What would help you take the first step?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="73"/>
            <source>Where do you spend most of your time?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="100"/>
            <source>Which of these help you feel well? Which make things harder?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="85"/>
            <source>Which places mean something to you? Home, a café, the library, a place of worship?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="83"/>
            <source>Who are the key people in your life? Family, friends, neighbours, and the workers who support you.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="128"/>
            <source>Who could help? Someone you know, or a worker who could go with you or introduce you?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="88"/>
            <source>Who feels closest to you? Let's put them in the inner ring.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="71"/>
            <source>Who or what matters to you, even if you don't see them very often?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="204"/>
            <source>Would like less of</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="203"/>
            <source>Would like more of</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="133"/>
            <source>Write goals in the client's own words, with who supports them, and record any signposting or referral.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="223"/>
            <source>follow up %1</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="238"/>
            <source>none yet</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="217"/>
            <source>with %1</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>DeleteClientDialog</name>
        <message>
            <location filename="../../netbuilder/gui/caseload.py" line="368"/>
            <source>%n versions</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload.py" line="367"/>
            <source>1 version</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload.py" line="393"/>
            <source>Delete %1 permanently?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload.py" line="382"/>
            <source>Delete client permanently</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload.py" line="402"/>
            <source>Delete permanently</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload.py" line="405"/>
            <source>Keep client</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload.py" line="395"/>
            <source>This erases %1 and every version of their map (%2), with all their goals and referrals, from this computer and from NetBuilder's backups. It cannot be undone: there is no copy to restore.

To take them off the list but keep their record, archive them instead.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/caseload.py" line="400"/>
            <source>To confirm, type the client's name: %1</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>DeleteClientForm</name>
        <message>
            <location filename="../../forms/delete_client.ui" line="29"/>
            <source>Type the client's name to confirm</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/delete_client.ui" line="17"/>
            <source>What deleting means</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/delete_client.ui" line="10"/>
            <source>What will be deleted</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../netbuilder/gui/dialogs.py" line="35"/>
            <source>A valid NHS number.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/dialogs.py" line="58"/>
            <source>Add client</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/dialogs.py" line="119"/>
            <source>Give the review a label, e.g. "6-month review".</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/dialogs.py" line="36"/>
            <source>Looks like an NHS number, but the check digit is wrong.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/dialogs.py" line="44"/>
            <source>New client</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/dialogs.py" line="94"/>
            <location filename="../../netbuilder/gui/dialogs.py" line="104"/>
            <source>Start review</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/dialogs.py" line="85"/>
            <source>The date of birth is in the future.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/dialogs.py" line="83"/>
            <source>The reference looks like an NHS number, but its check digit is wrong.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/dialogs.py" line="81"/>
            <source>Type the client's name.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Directory</name>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="71"/>
            <source>Add</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="58"/>
            <source>Add service</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="129"/>
            <source>Address</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="254"/>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="72"/>
            <source>Cancel</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="126"/>
            <source>Close</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="129"/>
            <source>Contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="234"/>
            <source>Delete service</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="235"/>
            <source>Delete “{name}” from your local services? Referrals already recorded keep its name.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="247"/>
            <source>Deleted.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="58"/>
            <source>Edit service</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="253"/>
            <source>Import local services</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="272"/>
            <source>Imported {added} new and updated {updated} existing services.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="112"/>
            <source>Local services</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="129"/>
            <source>Name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="101"/>
            <source>Not saved: {problem}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="129"/>
            <source>Notes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="269"/>
            <source>Nothing was imported: {problem}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="71"/>
            <source>Save</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="226"/>
            <source>Saved.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="90"/>
            <source>The directory already has a service with this name.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="129"/>
            <source>Type</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="86"/>
            <source>Type the service's name.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/directory_dialog.py" line="265"/>
            <source>{summary}. Fix these rows in the file, then import it again.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>DirectoryForm</name>
        <message>
            <location filename="../../forms/directory.ui" line="56"/>
            <source>&amp;Add…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="68"/>
            <source>&amp;Delete</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="62"/>
            <source>&amp;Edit…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="20"/>
            <source>&amp;Find:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="79"/>
            <source>&amp;Import CSV…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="81"/>
            <source>A CSV file (UTF-8) whose first row names the columns: name, type, contact, address, notes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="57"/>
            <source>Add a service</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="48"/>
            <source>Address</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="47"/>
            <source>Contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="69"/>
            <source>Delete the service</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="36"/>
            <source>Double-click or press Enter to edit a service; Delete removes it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="63"/>
            <source>Edit the service</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="26"/>
            <source>Find a service</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="80"/>
            <source>Import services from a CSV file</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="35"/>
            <source>Local services</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="12"/>
            <source>Local services and groups you signpost or refer clients to. They are kept in your encrypted NetBuilder data, and offered when you record a referral.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="90"/>
            <source>Message</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="45"/>
            <source>Name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="27"/>
            <source>Name, type, address or notes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="49"/>
            <source>Notes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="96"/>
            <source>Problems in the imported file</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/directory.ui" line="46"/>
            <source>Type</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <location filename="../../netbuilder/gui/fields.py" line="41"/>
            <source>not known</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>GoalEditorForm</name>
        <message>
            <location filename="../../forms/goal_editor.ui" line="58"/>
            <source>&amp;Review on:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="45"/>
            <source>&amp;Status:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="32"/>
            <source>&amp;Theme:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="138"/>
            <source>A next step</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="146"/>
            <source>Add next step</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="145"/>
            <source>Add step</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="116"/>
            <source>Add su&amp;pporter</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="117"/>
            <source>Add supporter</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="27"/>
            <source>Goal in the client's words</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="59"/>
            <source>Has a review date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="19"/>
            <source>In the client's &amp;words:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="86"/>
            <source>Link this goal to the nodes selected on the map (Ctrl+click selects several)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="78"/>
            <source>Linked nodes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="140"/>
            <source>New next step</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="129"/>
            <source>Next steps</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="122"/>
            <source>Next steps (tick when done):</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="71"/>
            <source>People, places and activities:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="160"/>
            <source>Record a signposting or referral for this goal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="151"/>
            <source>Remove</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="152"/>
            <source>Remove next step</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="66"/>
            <source>Review date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="12"/>
            <location filename="../../forms/goal_editor.ui" line="13"/>
            <source>Selected goal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="159"/>
            <source>Signpost / refer…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="161"/>
            <source>Signpost or refer for this goal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="53"/>
            <source>Status</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="40"/>
            <source>Theme</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="130"/>
            <source>Tick a step when it is done; double-click to change its words.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="92"/>
            <source>Unlink all</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="93"/>
            <source>Unlink all nodes from this goal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="85"/>
            <source>Use selected &amp;nodes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="87"/>
            <source>Use the nodes selected on the map</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="100"/>
            <source>Who supports it, and how:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_editor.ui" line="65"/>
            <source>d MMM yyyy</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>GoalPanelForm</name>
        <message>
            <location filename="../../forms/goal_panel.ui" line="25"/>
            <source>&amp;Add goal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_panel.ui" line="18"/>
            <source>A new goal, in the client's words</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_panel.ui" line="26"/>
            <source>Add goal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_panel.ui" line="62"/>
            <source>Delete goal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_panel.ui" line="61"/>
            <source>Delete…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_panel.ui" line="35"/>
            <source>Goals</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_panel.ui" line="10"/>
            <source>Goals in the client's own words. Select a goal to see its people, places and activities on the map.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_panel.ui" line="71"/>
            <source>Message</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_panel.ui" line="49"/>
            <source>Move &amp;up</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_panel.ui" line="55"/>
            <source>Move do&amp;wn</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_panel.ui" line="56"/>
            <source>Move goal down</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_panel.ui" line="50"/>
            <source>Move goal up</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_panel.ui" line="20"/>
            <source>New goal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_panel.ui" line="36"/>
            <source>The client's goals in priority order, with status and review date. Drag a goal or use Move up and Move down to change the order.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/goal_panel.ui" line="79"/>
            <location filename="../../forms/goal_panel.ui" line="80"/>
            <location filename="../../forms/goal_panel.ui" line="87"/>
            <source>Who does what</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Goals</name>
        <message>
            <location filename="../../netbuilder/gui/goals_panel.py" line="97"/>
            <source> — helps with: {goals}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="165"/>
            <source>A goal needs some words; the old words stay until you type new ones.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="396"/>
            <source>A next step needs some words; it is as it was.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="225"/>
            <source>Add a practitioner to the map first (a person of category practitioner).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_panel.py" line="269"/>
            <source>Add goal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="423"/>
            <source>Add next step</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="313"/>
            <source>Add supporter</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_panel.py" line="273"/>
            <source>Added. Select its people, places or activities on the map and press Use selected nodes.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="115"/>
            <source>Change goal status</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="113"/>
            <source>Change goal theme</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="168"/>
            <source>Change goal words</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="402"/>
            <source>Change next step</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="173"/>
            <location filename="../../netbuilder/gui/goals_editor.py" line="177"/>
            <source>Change review date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="294"/>
            <source>Change supporter</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_panel.py" line="297"/>
            <location filename="../../netbuilder/gui/goals_panel.py" line="304"/>
            <source>Delete goal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_panel.py" line="298"/>
            <source>Delete the goal “{words}”? Edit → Undo brings it back.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_panel.py" line="392"/>
            <location filename="../../netbuilder/gui/goals_panel.py" line="395"/>
            <source>Goals</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="185"/>
            <source>Link goal to nodes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_panel.py" line="287"/>
            <source>Move goal down</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_panel.py" line="287"/>
            <source>Move goal up</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_panel.py" line="234"/>
            <source>No practitioners on the map yet. Add one, then tick the roles they play in Properties.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="192"/>
            <source>None yet: select them on the map, then press Use selected nodes.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_panel.py" line="344"/>
            <source>Not changed: {problem}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_panel.py" line="84"/>
            <source>OVERDUE: review was due {day}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="267"/>
            <source>Remove</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="432"/>
            <source>Remove next step</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="298"/>
            <source>Remove supporter</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="272"/>
            <source>Remove supporter {n}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_panel.py" line="314"/>
            <source>Reorder goals</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="263"/>
            <source>Role of supporter {n}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="182"/>
            <source>Select the goal's people, places or activities on the map first (Ctrl+click selects several), then press Use selected nodes.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="257"/>
            <source>Supporter {n}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="270"/>
            <source>Take this supporter off the goal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_panel.py" line="326"/>
            <source>This goal is no longer on the map.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_panel.py" line="339"/>
            <source>This is an earlier version: it cannot be changed.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="400"/>
            <source>Tick next step</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="121"/>
            <source>Unlink goal from the map</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_editor.py" line="401"/>
            <source>Untick next step</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_panel.py" line="82"/>
            <source>no review date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_panel.py" line="92"/>
            <source>no roles chosen yet</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/goals_panel.py" line="86"/>
            <source>review {day}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>GuideDock</name>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="394"/>
            <location filename="../../netbuilder/gui/guide.py" line="396"/>
            <source>Conversation guide</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="400"/>
            <source>The five steps of a mapping conversation, with prompts to read aloud</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>GuideForm</name>
        <message>
            <location filename="../../forms/guide.ui" line="93"/>
            <source>&amp;Next &gt;</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/guide.ui" line="80"/>
            <source>&lt; &amp;Back</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/guide.ui" line="8"/>
            <source>Conversation steps</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/guide.ui" line="94"/>
            <source>Next step</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/guide.ui" line="49"/>
            <source>On the map so far</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/guide.ui" line="81"/>
            <source>Previous step</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/guide.ui" line="44"/>
            <source>Prompts to read aloud</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/guide.ui" line="31"/>
            <source>Step</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/guide.ui" line="88"/>
            <source>Step number</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/guide.ui" line="19"/>
            <source>Step prompts and what is on the map so far</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/guide.ui" line="9"/>
            <source>The five steps of the mapping conversation; choose one to see its prompts</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/guide.ui" line="64"/>
            <source>Tip for the practitioner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/guide.ui" line="57"/>
            <source>What has been captured for this step</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/guide.ui" line="36"/>
            <source>You could ask:</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>GuidePanel</name>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="383"/>
            <source>Open a client to see what is on their map.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/guide.py" line="329"/>
            <source>Step %1 of %2</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="248"/>
            <source>%1 and %2 print or save at once, with the choices last made in the preview.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="263"/>
            <source>%1 hides every client until the passphrase is typed again. NetBuilder also locks itself after 5 idle minutes; choose 1 to 15 minutes in %2.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="489"/>
            <source>&amp;About NetBuilder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="440"/>
            <source>&amp;Copy support details</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="494"/>
            <source>&amp;Help</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="486"/>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="222"/>
            <source>A goal records who supports it and in which role, so the work practitioners already do is framed as network goals that can be reviewed; the Goals dock shows “who does what”.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="255"/>
            <source>A printed plan or a saved PDF is not encrypted: keep it as you keep other health records.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="306"/>
            <source>A short guide to mapping a client's wellbeing network with NetBuilder: people, places and activities on rings of emotional closeness.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="431"/>
            <source>About NetBuilder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="141"/>
            <source>Add a node at a free spot and name it</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="412"/>
            <source>Backups folder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="145"/>
            <source>Cancel the link being drawn, or clear the selection</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="291"/>
            <source>Client records are health data. NetBuilder keeps them only on this computer, encrypted: they open with your passphrase or with the recovery key, and nobody, including the makers of NetBuilder, can open them without one of them.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="461"/>
            <source>Copied. Paste the details into your message to support.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="411"/>
            <source>Data folder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="139"/>
            <source>Delete the selected nodes and links (Undo brings them back)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="143"/>
            <source>Draw a link: drag from one node to another with Shift held</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="196"/>
            <source>Draw the map with the client, in their words, in five steps, over one meeting or several. %1 shows the same steps beside the map, with prompts to read aloud and what is on the map so far.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="266"/>
            <source>Edit → Preferences</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="274"/>
            <source>Encrypted backups are made when the data has changed (at most every 30 minutes) and when NetBuilder closes or locks; Help → About shows the folder. %1 makes one now; %2 brings an earlier one back, after backing up the current data. A backup opens with the passphrase or the recovery key.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="487"/>
            <source>Every command's keys, and the keys that work on the map</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="278"/>
            <source>File → Back up now</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="273"/>
            <source>File → Change passphrase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="283"/>
            <source>File → Export client's record (subject access)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="265"/>
            <source>File → Lock now</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="272"/>
            <source>File → New recovery key</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="243"/>
            <source>File → Plan preview</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="249"/>
            <source>File → Print plan</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="279"/>
            <source>File → Restore from backup</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="250"/>
            <source>File → Save plan as PDF</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="280"/>
            <source>For a subject access request, %1 writes the client's whole record as a JSON file and a PDF, with a README. These files are not encrypted: send them securely and delete them afterwards.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="244"/>
            <source>In the preview choose the paper (A4 or US Letter), large print for a client who finds small print hard to read, and whether the client is shown by name or by initials only; your name goes in the header. Then print it or save it as a PDF. These choices are remembered.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="252"/>
            <source>It always fits one page: what does not fit is summarised (“+ 12 more connections”). For every detail, on several pages, use “Save full record as PDF” in the preview.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="448"/>
            <source>Its vocabulary comes from a UK study of 150 people with severe mental illness, their wellbeing networks and the practitioners who support them: “The role of practitioners in wellbeing networks of people with severe mental illness” (Pinfold, Sweet, Porter, Byng, Griffiths and Billsborough; McPin Foundation, Plymouth University, Rethink), funded by the NIHR HS&amp;DR programme (09/1801/1069).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="287"/>
            <source>Keep the data folder on this computer's own disk, not on a network drive or in a cloud-synced folder: their locking and syncing can damage it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="297"/>
            <source>Keeping data safe</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="348"/>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="453"/>
            <source>Licence: %1; see LICENSE.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="413"/>
            <source>Log folder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="146"/>
            <source>Move round the map (pan)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="134"/>
            <source>Move the selected nodes one ring in (closer) / out</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="136"/>
            <source>Move them round their ring (with Shift: bigger steps)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="133"/>
            <source>Nearest node one ring in (closer) / out</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="410"/>
            <source>NetBuilder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="482"/>
            <source>NetBuilder &amp;guide</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="319"/>
            <source>NetBuilder guide</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="130"/>
            <source>Next / previous node (after the last one, Tab leaves the map)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="356"/>
            <source>On the map</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="109"/>
            <source>Other commands</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="217"/>
            <source>Practitioners are often part of a client's network: in the study, 23% of networks had a practitioner in the closest ring. Tag a practitioner on the map with the roles they play (Properties, under their profession). A practitioner can play several; each shows as a badge on the map and the plan.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="132"/>
            <source>Previous / next node round the same ring</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="258"/>
            <source>Printing the plan</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="416"/>
            <source>PySide6</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="414"/>
            <source>Python</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="415"/>
            <source>Qt</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="138"/>
            <source>Rename the selected node (Enter keeps, Escape cancels)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="142"/>
            <source>Select every node</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="144"/>
            <source>Shift+drag</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="146"/>
            <source>Space+drag, middle-button drag</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="417"/>
            <source>System</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="204"/>
            <source>The mapping conversation</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="483"/>
            <source>The mapping conversation, the practitioner roles, printing, keeping data safe</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="241"/>
            <source>The one-page network plan is for care reviews and for the client to keep. %1 shows it exactly as it will print.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="251"/>
            <source>The plan shows:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="267"/>
            <source>The recovery key is shown once, when the passphrase is first set: print it or write it down, and keep it away from the laptop. With it you can set a new passphrase (“Forgot passphrase?” when unlocking). Without the passphrase and without the recovery key the caseload is lost. %1 replaces a lost key; %2 changes the passphrase.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="226"/>
            <source>The six practitioner roles</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="284"/>
            <source>To erase a client for good, choose Delete in the caseload and type the client's name: the client is removed from the data and from every backup NetBuilder can find.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="490"/>
            <source>Version, licence and where the data is kept</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="199"/>
            <source>View → Conversation guide</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="235"/>
            <source>a plain-English summary beside the study's figures (a mean of 19.9 contacts; a practitioner in the closest ring in 23% of networks)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="237"/>
            <source>for a review, what changed since the version it started from</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="233"/>
            <source>goals, with who supports them, the next steps and the review date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="238"/>
            <source>lines for signatures</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="234"/>
            <source>signposting and referrals, with their follow-up dates</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="231"/>
            <source>the map, as on the screen, with its key and the role badges</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/help.py" line="232"/>
            <source>what matters to the client, in their words</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>HelpGuideForm</name>
        <message>
            <location filename="../../forms/help_guide.ui" line="16"/>
            <source>Go to a section of the guide</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/help_guide.ui" line="15"/>
            <source>Guide sections</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/help_guide.ui" line="22"/>
            <source>NetBuilder guide</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>HelpShortcutsForm</name>
        <message>
            <location filename="../../forms/help_shortcuts.ui" line="24"/>
            <source>Command</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/help_shortcuts.ui" line="22"/>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/help_shortcuts.ui" line="27"/>
            <source>Keys</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/help_shortcuts.ui" line="12"/>
            <source>Menu commands work anywhere in the window. The keys under "On the map" work while the map has the keyboard focus (click the map, or press Tab until it is outlined).</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="205"/>
            <source>&amp;Auto-arrange</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="200"/>
            <source>&amp;Delete</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/actions.py" line="87"/>
            <source>&amp;Edit</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/actions.py" line="80"/>
            <source>&amp;File</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="201"/>
            <source>&amp;Find client</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="204"/>
            <source>&amp;Fit map</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="195"/>
            <source>&amp;Lock now</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/actions.py" line="101"/>
            <source>&amp;Map</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="193"/>
            <source>&amp;New client…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="214"/>
            <source>&amp;Print plan…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="198"/>
            <source>&amp;Quit</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/actions.py" line="67"/>
            <source>&amp;Redo</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/actions.py" line="63"/>
            <source>&amp;Undo</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/actions.py" line="92"/>
            <source>&amp;View</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="128"/>
            <source>Caseload</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="57"/>
            <source>Choose a client from the caseload on the left, or create a new one (File → New client).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="208"/>
            <source>Copy this map into a new dated version</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="188"/>
            <source>Faint guides for where people, places and activities usually go</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="197"/>
            <source>Hide all client data until the passphrase is typed again</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/actions.py" line="109"/>
            <source>Main toolbar</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="82"/>
            <source>NetBuilder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="131"/>
            <source>Node list</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="379"/>
            <location filename="../../netbuilder/gui/window.py" line="387"/>
            <source>Not saved</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="129"/>
            <source>Palette</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/actions.py" line="117"/>
            <source>Plan</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="210"/>
            <source>Plan pre&amp;view…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="130"/>
            <source>Properties</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="320"/>
            <source>Read-only</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/actions.py" line="70"/>
            <source>Redo</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="216"/>
            <source>Save plan as P&amp;DF…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="234"/>
            <location filename="../../netbuilder/gui/window.py" line="320"/>
            <source>Saved</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="376"/>
            <source>Saving…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="187"/>
            <source>Show &amp;sector guides</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="206"/>
            <source>Spread nodes so none overlap</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="207"/>
            <source>Start &amp;review…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="388"/>
            <source>The last change could not be saved. Carry on anyway and lose it?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="213"/>
            <source>The one-page plan to print for the client</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="281"/>
            <source>The review could not be started</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="248"/>
            <source>This client cannot be opened</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="261"/>
            <source>This version cannot be opened</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/actions.py" line="107"/>
            <source>Toolbar</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/actions.py" line="66"/>
            <source>Undo</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="202"/>
            <source>Zoom &amp;in</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/window.py" line="203"/>
            <source>Zoom &amp;out</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>MapStatus</name>
        <message>
            <location filename="../../netbuilder/gui/status.py" line="42"/>
            <source>Client</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/status.py" line="60"/>
            <source>No client open</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/status.py" line="44"/>
            <source>Node counts</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/status.py" line="45"/>
            <source>Save state</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/status.py" line="43"/>
            <source>Version</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/status.py" line="63"/>
            <source>{label}, {date}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/status.py" line="22"/>
            <source>{n} activities</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/status.py" line="22"/>
            <source>{n} activity</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/status.py" line="19"/>
            <source>{n} people</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/status.py" line="19"/>
            <source>{n} person</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/status.py" line="21"/>
            <source>{n} place</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/status.py" line="21"/>
            <source>{n} places</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>NewClientForm</name>
        <message>
            <location filename="../../forms/new_client.ui" line="44"/>
            <source>&amp;Date of birth:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/new_client.ui" line="10"/>
            <source>&amp;Name:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/new_client.ui" line="24"/>
            <source>&amp;Reference:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/new_client.ui" line="18"/>
            <source>Client name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/new_client.ui" line="53"/>
            <source>Date of birth</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/new_client.ui" line="45"/>
            <source>Date of birth known</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/new_client.ui" line="17"/>
            <source>How the client likes to be called</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/new_client.ui" line="32"/>
            <source>Local reference</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/new_client.ui" line="62"/>
            <source>Message</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/new_client.ui" line="31"/>
            <source>Optional: local or NHS number</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/new_client.ui" line="39"/>
            <source>Reference check</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/new_client.ui" line="52"/>
            <source>d MMM yyyy</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>NodeList</name>
        <message>
            <location filename="../../netbuilder/gui/node_list.py" line="34"/>
            <source>Effect</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/node_list.py" line="32"/>
            <source>Every person, place and activity: kind, label, ring, effect</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/node_list.py" line="34"/>
            <source>Kind</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/node_list.py" line="34"/>
            <source>Label</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/node_list.py" line="30"/>
            <source>Nodes on the map</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/node_list.py" line="34"/>
            <source>Ring</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/node_list.py" line="96"/>
            <source>{ring} – {name}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <location filename="../../netbuilder/gui/palette.py" line="24"/>
            <source>Activities</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/palette.py" line="33"/>
            <source>Drag onto the map, or double-click to add a person</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/palette.py" line="34"/>
            <source>Drag onto the map, or double-click to add a place</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/palette.py" line="35"/>
            <source>Drag onto the map, or double-click to add an activity</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/palette.py" line="29"/>
            <source>New activity (blank)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/palette.py" line="28"/>
            <source>New person (blank)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/palette.py" line="28"/>
            <source>New place (blank)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/palette.py" line="46"/>
            <source>Palette: people, places and activities to add</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/palette.py" line="23"/>
            <source>People</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/palette.py" line="23"/>
            <source>Places</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="79"/>
            <source>Cancel</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="78"/>
            <source>Change</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="137"/>
            <source>Change &amp;passphrase…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="158"/>
            <source>Change passphrase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="139"/>
            <source>Choose a new passphrase for this computer's data</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="114"/>
            <source>Choose a passphrase of at least {n} characters.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="71"/>
            <source>Current passphrase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="78"/>
            <source>Make a new key</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="142"/>
            <source>Make a new recovery key; the old one stops working</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="193"/>
            <source>Make a recovery key…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="140"/>
            <source>New &amp;recovery key…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="73"/>
            <source>New passphrase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="74"/>
            <source>New passphrase again</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="167"/>
            <source>New recovery key</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="162"/>
            <source>Passphrase changed. Use the new one from now on.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="184"/>
            <source>Recovery key not saved</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="99"/>
            <source>The current passphrase is not right.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="186"/>
            <source>The new recovery key is in use.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="119"/>
            <source>The two new passphrases are not the same. Type it again.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="205"/>
            <source>This data has no recovery key yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="47"/>
            <source>This data has no recovery key. If the passphrase is forgotten, nobody can open these records again. Make a recovery key, keep it away from this laptop.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/passphrase.py" line="110"/>
            <source>Type the current passphrase.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>PlanPreview</name>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="85"/>
            <source>A4</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="381"/>
            <source>Every connection, link, goal and referral, on as many pages as needed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="498"/>
            <source>Everything on the map fits on the page.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="584"/>
            <source>Full record saved as {file}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="481"/>
            <source>Large print leaves out the “what changed” box.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="274"/>
            <source>No printer</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="275"/>
            <source>No printer is set up on this computer. Save the plan as PDF to print it elsewhere.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="308"/>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="360"/>
            <location filename="../../netbuilder/gui/plan_preview.py" line="392"/>
            <source>Plan preview</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="609"/>
            <location filename="../../netbuilder/gui/activity_log.py" line="56"/>
            <source>Plan saved as {file}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="449"/>
            <source>Print</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="279"/>
            <source>Print plan</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="581"/>
            <source>Save full record as PDF</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="378"/>
            <source>Save full record as PDF…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="308"/>
            <source>Save plan as PDF</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="571"/>
            <source>Saved as {file}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="483"/>
            <source>Shows what changed since {label}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="177"/>
            <source>The plan could not be read back for display ({reason}).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="293"/>
            <source>The plan was not printed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="324"/>
            <source>The plan was not saved</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="605"/>
            <location filename="../../netbuilder/gui/activity_log.py" line="57"/>
            <source>The plan went to the printer.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="236"/>
            <source>The printer could not be started. Check that it is switched on and connected, or save the plan as PDF instead.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="86"/>
            <source>US Letter</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="452"/>
            <source>Whole page</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="450"/>
            <source>Zoom in</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="451"/>
            <source>Zoom out</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="325"/>
            <source>{file} could not be written: {reason}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="487"/>
            <source>{n} connection did not fit on the map; the plan says how many more there are.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="489"/>
            <source>{n} connections did not fit on the map; the plan says how many more there are.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="550"/>
            <source>{percent}%</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="492"/>
            <source>{shown} of {total} goals fit on the page.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/plan_preview.py" line="495"/>
            <source>{shown} of {total} referrals fit on the page.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>PlanPreviewForm</name>
        <message>
            <location filename="../../forms/plan_preview.ui" line="31"/>
            <source>&amp;Large print</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="20"/>
            <source>&amp;Paper:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="189"/>
            <source>&amp;Print…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="195"/>
            <source>&amp;Save as PDF…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="146"/>
            <source>&amp;Whole page</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="70"/>
            <source>&amp;Your name (printed in the header):</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="128"/>
            <source>+</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="120"/>
            <source>100%</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="94"/>
            <source>About this plan</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="33"/>
            <source>Bigger text for clients who find small print hard to read; some sections are shortened to keep the plan on one page.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="153"/>
            <source>Fill the width of the preview with the page</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="32"/>
            <source>Large print</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="78"/>
            <source>Optional</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="152"/>
            <source>Page &amp;width</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="26"/>
            <source>Paper size</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="79"/>
            <source>Practitioner name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="58"/>
            <source>Print the client's initials only</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="52"/>
            <source>Print the client's name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="147"/>
            <source>Show the whole page (Ctrl+0)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="45"/>
            <source>The client is shown by:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="57"/>
            <source>Their &amp;initials only</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="50"/>
            <source>Their &amp;name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="130"/>
            <source>Zoom in</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="129"/>
            <source>Zoom in (Ctrl++)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="123"/>
            <source>Zoom level</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="114"/>
            <source>Zoom out</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="113"/>
            <source>Zoom out (Ctrl+−)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="105"/>
            <source>Zoom:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/plan_preview.ui" line="112"/>
            <source>−</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <location filename="../../netbuilder/gui/preferences.py" line="44"/>
            <source>A4</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/preferences.py" line="155"/>
            <source>Backups folder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/preferences.py" line="132"/>
            <source>Cancel</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/preferences.py" line="162"/>
            <source>Not saved: give the backups folder as a full path, or choose it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/preferences.py" line="79"/>
            <source>Not saved: {problem}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/preferences.py" line="119"/>
            <source>Preferences</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/preferences.py" line="131"/>
            <source>Save</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/preferences.py" line="45"/>
            <source>US Letter</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/preferences.py" line="61"/>
            <source>not set</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>PreferencesForm</name>
        <message>
            <location filename="../../forms/preferences.ui" line="142"/>
            <source>&amp;Backups folder:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="75"/>
            <source>&amp;Full name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="82"/>
            <source>&amp;Initials</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="114"/>
            <source>&amp;Lock after:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="23"/>
            <source>&amp;Name:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="36"/>
            <source>&amp;Profession:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="47"/>
            <source>&amp;Team:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="12"/>
            <source>About you</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="151"/>
            <source>Backups folder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="157"/>
            <source>C&amp;hoose…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="158"/>
            <source>Choose the backups folder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="125"/>
            <source>Lock after this many minutes idle</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="109"/>
            <source>Locking and backups</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="176"/>
            <source>Message</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="95"/>
            <source>P&amp;aper size:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="101"/>
            <source>Paper size for printed plans</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="63"/>
            <source>Printed plans</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="76"/>
            <source>Show the client's full name on printed plans</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="83"/>
            <source>Show the client's initials on printed plans</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="68"/>
            <source>Show the client's:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="165"/>
            <source>When you step away, NetBuilder hides every client and asks for your passphrase again. Backups are encrypted like your data; leave the folder empty to keep them in your NetBuilder data folder.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="30"/>
            <source>Your name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="17"/>
            <source>Your name is filled in as "by whom" when you record a referral. It is kept in your encrypted NetBuilder data.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="42"/>
            <source>Your profession</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="54"/>
            <source>Your team or practice</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="31"/>
            <source>e.g. Dr A Khan</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="55"/>
            <source>e.g. Riverside Surgery</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/preferences.ui" line="130"/>
            <source>minutes idle</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Presets</name>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="91"/>
            <source>Art group</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="71"/>
            <source>CPN</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="82"/>
            <source>Café</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="92"/>
            <source>Choir</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="80"/>
            <source>Church</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="85"/>
            <source>College</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="65"/>
            <source>Dad</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="89"/>
            <source>Football</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="67"/>
            <source>Friend</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="70"/>
            <source>GP</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="78"/>
            <source>GP practice</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="87"/>
            <source>Gardening</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="79"/>
            <source>Gym</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="77"/>
            <source>Home</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="83"/>
            <source>Library</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="81"/>
            <source>Mosque</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="64"/>
            <source>Mum</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="68"/>
            <source>Neighbour</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="60"/>
            <source>New activity</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="58"/>
            <source>New person</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="59"/>
            <source>New place</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="84"/>
            <source>Park</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="66"/>
            <source>Partner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="69"/>
            <source>Peer</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="74"/>
            <source>Peer support worker</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="76"/>
            <source>Pet</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="72"/>
            <source>Support worker</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="88"/>
            <source>Volunteering</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="90"/>
            <source>Walking group</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/presets.py" line="86"/>
            <source>Work</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Properties</name>
        <message>
            <location filename="../../netbuilder/gui/properties.py" line="305"/>
            <source>Change label of ring {ring}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/properties.py" line="306"/>
            <source>Change {what}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/map_fields.py" line="77"/>
            <source>Label of ring {ring}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/properties.py" line="103"/>
            <source>No client open.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/properties.py" line="139"/>
            <source>Not changed: {reason}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/map_fields.py" line="81"/>
            <source>Ring {ring}:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/map_fields.py" line="23"/>
            <source>Select a person, place or activity on the map to see its details. With nothing selected, this panel shows the map itself.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/properties.py" line="287"/>
            <source>category</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/properties.py" line="289"/>
            <source>effect</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/properties.py" line="290"/>
            <source>how often</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/properties.py" line="286"/>
            <source>label</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/properties.py" line="293"/>
            <source>notes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/properties.py" line="294"/>
            <source>profession</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/properties.py" line="288"/>
            <source>ring</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/properties.py" line="295"/>
            <source>roles</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/properties.py" line="291"/>
            <source>share of week</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/properties.py" line="296"/>
            <source>version label</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/properties.py" line="292"/>
            <source>wants</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/properties.py" line="297"/>
            <source>what matters to me</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/map_fields.py" line="53"/>
            <source>{count} selected. Select one to see and change its details.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/properties.py" line="217"/>
            <source>{kind} (practitioner)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/properties.py" line="271"/>
            <source>{name} supports a goal as a practitioner; take them off the goal first.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>PropertiesForm</name>
        <message>
            <location filename="../../forms/properties.ui" line="269"/>
            <source> %</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="159"/>
            <source>&amp;Category:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="216"/>
            <source>&amp;Effect:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="233"/>
            <source>&amp;How often:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="139"/>
            <source>&amp;Label:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="296"/>
            <source>&amp;Notes:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="328"/>
            <source>&amp;Profession:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="193"/>
            <source>&amp;Ring:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="250"/>
            <source>&amp;Share of week:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="32"/>
            <source>&amp;Version:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="279"/>
            <source>&amp;Wants:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="209"/>
            <source>1 is the closest ring</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="171"/>
            <location filename="../../forms/properties.ui" line="178"/>
            <source>Category</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="52"/>
            <source>Dated:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="226"/>
            <source>Effect on wellbeing</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="243"/>
            <source>How often</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="102"/>
            <source>In the client's own words</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="129"/>
            <source>Kind</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="116"/>
            <source>Kind:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="149"/>
            <source>Label</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="368"/>
            <source>Message</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="306"/>
            <source>Notes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="319"/>
            <location filename="../../forms/properties.ui" line="322"/>
            <source>Practitioner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="338"/>
            <source>Profession</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="203"/>
            <source>Ring</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="78"/>
            <source>Ring labels</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="75"/>
            <source>Ring labels (inner first)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="345"/>
            <source>Roles for this client:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="22"/>
            <source>Select a person, place or activity on the map to see its details. With nothing selected, this panel shows the map itself.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="260"/>
            <source>Share of week</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="65"/>
            <source>Version date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="42"/>
            <source>Version label</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="289"/>
            <source>Wants more or less</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="86"/>
            <source>What &amp;matters to me:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="96"/>
            <source>What matters to me</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="184"/>
            <source>e.g. hobby, sport, creative</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/properties.ui" line="272"/>
            <source>not known</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>RecordExport</name>
        <message>
            <location filename="../../netbuilder/gui/record_export.py" line="48"/>
            <source>Choose a folder for the client’s record</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/record_export.py" line="39"/>
            <source>Everything held about this client, for a subject access request: a JSON file with every version and a PDF to read</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/record_export.py" line="38"/>
            <source>Export client’s &amp;record (subject access)…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/record_export.py" line="121"/>
            <source>Record exported</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/record_export.py" line="144"/>
            <source>Record not exported</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/record_export.py" line="132"/>
            <source>The files could not be written to that folder ({reason}); nothing was written. Choose another folder and try again.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/record_export.py" line="136"/>
            <source>The record could not be exported: {reason} Nothing was written.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/record_export.py" line="153"/>
            <source>Written to the folder you chose:
{names}

These files are NOT encrypted. Send them to the client only by a secure route, then delete them from this computer.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/record_export.py" line="134"/>
            <source>the disk refused it</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <location filename="../../netbuilder/gui/recovery_dialog.py" line="68"/>
            <source>Continue</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/recovery_dialog.py" line="82"/>
            <source>Copied. Paste it somewhere safe, away from this laptop, then clear the clipboard.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/recovery_dialog.py" line="43"/>
            <source>Keep this somewhere safe, away from this laptop. It is the only way back in if the passphrase is forgotten. Without the passphrase or this key nobody, including us, can open the records.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/recovery_dialog.py" line="162"/>
            <source>Made on {day}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/recovery_dialog.py" line="139"/>
            <location filename="../../netbuilder/gui/recovery_dialog.py" line="161"/>
            <source>NetBuilder recovery key</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/recovery_dialog.py" line="114"/>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/recovery_dialog.py" line="54"/>
            <source>Recovery key</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/recovery_dialog.py" line="114"/>
            <source>Save the recovery key as PDF</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/recovery_dialog.py" line="108"/>
            <source>Saved as {file}. Keep it away from this laptop, on paper or a device of your own.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/recovery_dialog.py" line="93"/>
            <source>The key could not be printed: check the printer and try again.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/recovery_dialog.py" line="106"/>
            <source>access denied</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/recovery_dialog.py" line="146"/>
            <source>the page could not be drawn</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/recovery_dialog.py" line="105"/>
            <source>{file} could not be written ({reason}): choose another folder.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyForm</name>
        <message>
            <location filename="../../forms/recovery_key.ui" line="44"/>
            <source>&amp;Copy</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/recovery_key.ui" line="32"/>
            <source>&amp;Print…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/recovery_key.ui" line="38"/>
            <source>&amp;Save as PDF…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/recovery_key.ui" line="57"/>
            <source>I have &amp;kept the recovery key</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/recovery_key.ui" line="64"/>
            <source>Message</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/recovery_key.ui" line="18"/>
            <source>Recovery key</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/recovery_key.ui" line="10"/>
            <source>Title</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/recovery_key.ui" line="25"/>
            <source>What the recovery key is for</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/recovery_key.ui" line="9"/>
            <source>Your recovery key</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ReferralForm</name>
        <message>
            <location filename="../../forms/referral.ui" line="140"/>
            <source>&amp;Add to the map as</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="55"/>
            <source>&amp;By whom:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="42"/>
            <source>&amp;Date:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="93"/>
            <source>&amp;Follow up on:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="159"/>
            <source>&amp;Goal:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="106"/>
            <source>&amp;Outcome:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="79"/>
            <source>&amp;Reason:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="15"/>
            <source>&amp;Service:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="141"/>
            <source>Add the service to the map</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="146"/>
            <source>Add to the map as a place or an activity</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="62"/>
            <source>By whom</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="94"/>
            <source>Follow up</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="101"/>
            <source>Follow-up date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="165"/>
            <source>Goal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="176"/>
            <source>Message</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="120"/>
            <source>On the &amp;map:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="112"/>
            <source>Outcome</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="127"/>
            <source>Place or activity on the map</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="85"/>
            <source>Reason</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="50"/>
            <source>Referral date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="68"/>
            <source>S&amp;tatus:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="26"/>
            <source>Service</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="37"/>
            <source>Service details</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="74"/>
            <source>Status</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="128"/>
            <source>The place or activity on the client's map that this referral is about</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="27"/>
            <source>Type the service or organisation, or choose one from the local services directory</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="28"/>
            <source>Type the service, or choose one from your local services directory</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="114"/>
            <source>What came of it (fill in later)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="87"/>
            <source>Why, in the client's words if you can</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="63"/>
            <source>Your name (set it once in Preferences)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="49"/>
            <location filename="../../forms/referral.ui" line="100"/>
            <source>d MMM yyyy</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referral.ui" line="35"/>
            <source>info</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Referrals</name>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="236"/>
            <source>&amp;Local services…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="238"/>
            <source>&amp;Preferences…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="150"/>
            <source>By: {who}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referral_dialog.py" line="148"/>
            <source>Cancel</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="100"/>
            <source>Date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="183"/>
            <source>Delete referral to {service}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="399"/>
            <source>Edit</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referral_dialog.py" line="118"/>
            <source>Edit referral</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="362"/>
            <source>Edit referral to {service}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="100"/>
            <source>Follow-up</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="399"/>
            <source>Map</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="186"/>
            <source>Not changed: {problem}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="358"/>
            <location filename="../../netbuilder/gui/referrals.py" line="366"/>
            <source>Not recorded</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referral_dialog.py" line="265"/>
            <source>Not saved: {problem}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="144"/>
            <source>OVERDUE: was due {day}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="151"/>
            <source>Outcome: {text}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referral_dialog.py" line="146"/>
            <source>Record</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="233"/>
            <source>Record a signposting or referral for this client</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="246"/>
            <source>Record a signposting or referral to this place or activity (Ctrl+R)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="362"/>
            <source>Refer to {service}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="188"/>
            <source>Referral deleted. Undo (Ctrl+Z) brings it back.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="207"/>
            <location filename="../../netbuilder/gui/referrals.py" line="210"/>
            <source>Referrals</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referral_dialog.py" line="146"/>
            <source>Save</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="100"/>
            <source>Service</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="231"/>
            <source>Signpost / &amp;refer…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referral_dialog.py" line="118"/>
            <location filename="../../netbuilder/gui/referrals.py" line="234"/>
            <source>Signpost / refer</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="244"/>
            <source>Signpost / refer…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="100"/>
            <source>Status</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="156"/>
            <source>The follow-up date has passed and the referral is still open</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referral_dialog.py" line="239"/>
            <source>The follow-up date is before the referral date.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="359"/>
            <source>The map changed while the form was open; nothing was recorded. Open the form again.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referral_dialog.py" line="152"/>
            <source>Type or choose a service</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referral_dialog.py" line="233"/>
            <source>Type the service, or choose one from the list.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="400"/>
            <source>View</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="237"/>
            <source>Your directory of local services and groups to refer to</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referrals.py" line="240"/>
            <source>Your name, profession and team</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referral_dialog.py" line="157"/>
            <source>a place</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referral_dialog.py" line="65"/>
            <source>activity</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referral_dialog.py" line="158"/>
            <source>an activity</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referral_dialog.py" line="190"/>
            <source>no goal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referral_dialog.py" line="182"/>
            <source>not linked</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referral_dialog.py" line="64"/>
            <source>person</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/referral_dialog.py" line="64"/>
            <source>place</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ReferralsPanelForm</name>
        <message>
            <location filename="../../forms/referrals_panel.ui" line="42"/>
            <source>&amp;Edit…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referrals_panel.ui" line="35"/>
            <source>&amp;New…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referrals_panel.ui" line="26"/>
            <source>Date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referrals_panel.ui" line="48"/>
            <source>De&amp;lete</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referrals_panel.ui" line="49"/>
            <source>Delete referral</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referrals_panel.ui" line="43"/>
            <source>Edit referral</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referrals_panel.ui" line="28"/>
            <source>Follow-up</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referrals_panel.ui" line="63"/>
            <source>Message</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referrals_panel.ui" line="37"/>
            <source>New referral</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referrals_panel.ui" line="12"/>
            <source>No signposting or referrals recorded for this map yet. Use Signpost / refer (Ctrl+R) to record one.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referrals_panel.ui" line="18"/>
            <source>Referrals</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referrals_panel.ui" line="25"/>
            <source>Service</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referrals_panel.ui" line="36"/>
            <source>Signpost or refer the client to a service (Ctrl+R)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referrals_panel.ui" line="27"/>
            <source>Status</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/referrals_panel.ui" line="19"/>
            <source>The client's signposting and referrals. Double-click or press Enter to edit; Delete removes.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>RestoreForm</name>
        <message>
            <location filename="../../forms/restore.ui" line="18"/>
            <source>&amp;Backups, newest first:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/restore.ui" line="47"/>
            <source>&amp;Passphrase:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/restore.ui" line="27"/>
            <source>Backups</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/restore.ui" line="40"/>
            <source>Backups folder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/restore.ui" line="29"/>
            <source>Made</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/restore.ui" line="63"/>
            <source>Message</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/restore.ui" line="12"/>
            <source>Restoring replaces every client with the data as it was in the backup. The current data is backed up first, so a restore can be undone by restoring that backup.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/restore.ui" line="32"/>
            <source>Size</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/restore.ui" line="54"/>
            <source>Your passphrase, to confirm the restore</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../netbuilder/gui/roles.py" line="61"/>
            <source>Role: {role}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/roles.py" line="65"/>
            <source>What a {role} does</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ServiceForm</name>
        <message>
            <location filename="../../forms/service.ui" line="54"/>
            <source>&amp;Address:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/service.ui" line="41"/>
            <source>&amp;Contact:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/service.ui" line="15"/>
            <source>&amp;Name:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/service.ui" line="28"/>
            <source>&amp;Type:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/service.ui" line="60"/>
            <source>Address</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/service.ui" line="48"/>
            <source>Contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/service.ui" line="85"/>
            <source>Message</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/service.ui" line="67"/>
            <source>N&amp;otes:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/service.ui" line="73"/>
            <source>Notes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/service.ui" line="75"/>
            <source>Opening times, how to refer, who to ask for</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/service.ui" line="49"/>
            <source>Phone, email or website</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/service.ui" line="22"/>
            <source>Service name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/service.ui" line="35"/>
            <source>Type of service</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/service.ui" line="23"/>
            <source>e.g. Gym on prescription (Oakfield Leisure)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/service.ui" line="36"/>
            <source>e.g. leisure, walking group, debt advice</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>StartReviewForm</name>
        <message>
            <location filename="../../forms/start_review.ui" line="29"/>
            <source>&amp;Date:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/start_review.ui" line="16"/>
            <source>&amp;Label:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/start_review.ui" line="22"/>
            <source>6-month review</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/start_review.ui" line="8"/>
            <source>A review copies the current map into a new dated version. Earlier versions stay as they were and open read-only.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/start_review.ui" line="46"/>
            <source>Message</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/start_review.ui" line="37"/>
            <source>Review date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/start_review.ui" line="24"/>
            <source>Review label</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/start_review.ui" line="36"/>
            <source>d MMM yyyy</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>SummaryDock</name>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="402"/>
            <location filename="../../netbuilder/gui/summary_panel.py" line="404"/>
            <source>Summary</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>SummaryPanel</name>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="128"/>
            <source>%1 are in your closest ring.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="150"/>
            <source>%1 can be both good and hard.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="147"/>
            <source>%1 can make things harder for you.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="126"/>
            <source>%1 is in your closest ring.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="143"/>
            <source>%1 negative · %2 mixed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="123"/>
            <source>%1 of %2 in the closest ring</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="176"/>
            <source>%1% of the week</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <location filename="../../netbuilder/gui/summary_panel.py" line="186"/>
            <source>%n activities</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../netbuilder/gui/summary_panel.py" line="222"/>
            <source>%n open goals</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../netbuilder/gui/summary_panel.py" line="102"/>
            <location filename="../../netbuilder/gui/summary_panel.py" line="184"/>
            <source>%n people</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../netbuilder/gui/summary_panel.py" line="185"/>
            <source>%n places</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="186"/>
            <source>1 activity</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="221"/>
            <source>1 open goal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="102"/>
            <location filename="../../netbuilder/gui/summary_panel.py" line="184"/>
            <source>1 person</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="185"/>
            <source>1 place</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="139"/>
            <source>Connections that are hard</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="219"/>
            <source>Goals and follow-ups</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="173"/>
            <source>How much of the week is spent at home is not recorded yet (the home place's “share of the week”).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="132"/>
            <source>In the study, %1 of people had a practitioner that close.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="110"/>
            <source>In the study, people had %1 on average: a comparison, not a target.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="210"/>
            <source>Most of your connections are activities.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="208"/>
            <source>Most of your connections are people.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="209"/>
            <source>Most of your connections are places.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="104"/>
            <source>No people on the map yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="130"/>
            <source>No practitioner is in your closest ring.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="121"/>
            <source>No practitioners (such as a nurse, GP or support worker) are on the map yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="230"/>
            <source>No review date is set yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="141"/>
            <source>None</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="120"/>
            <source>None on the map</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="172"/>
            <source>Not recorded</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="142"/>
            <source>Nothing on the map is marked as making things harder for you.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="190"/>
            <source>Nothing on the map yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="284"/>
            <source>Open a client to see a summary of their network.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="112"/>
            <source>People in your network</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="181"/>
            <source>People, places and activities</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="118"/>
            <source>Practitioners close to you</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="196"/>
            <source>So far there are only activities on the map.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="194"/>
            <source>So far there are only people on the map.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="195"/>
            <source>So far there are only places on the map.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="297"/>
            <source>Study figures come from 150 people in a UK study: a comparison, never a target.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="227"/>
            <source>The next review or follow-up is on %1.</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <location filename="../../netbuilder/gui/summary_panel.py" line="108"/>
            <source>There are %n people in your network.</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="202"/>
            <source>There are no activities on the map yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="200"/>
            <source>There are no people on the map yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="201"/>
            <source>There are no places on the map yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="106"/>
            <source>There is 1 person in your network.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="169"/>
            <source>Time at home</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="225"/>
            <source>Time to look again at: %1.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="157"/>
            <source>You spend a small part of your week at home.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="158"/>
            <source>You spend about a quarter of your week at home.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="159"/>
            <source>You spend about a third of your week at home.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="160"/>
            <source>You spend about half of your week at home.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="162"/>
            <source>You spend about three quarters of your week at home.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="161"/>
            <source>You spend about two thirds of your week at home.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="164"/>
            <source>You spend all of your week at home.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="156"/>
            <source>You spend hardly any of your week at home.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="163"/>
            <source>You spend most of your week at home.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/summary_panel.py" line="213"/>
            <source>Your connections are a mix of people, places and activities.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Unlock</name>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="132"/>
            <source>&amp;Back to the passphrase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="132"/>
            <source>&amp;Forgot passphrase?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="130"/>
            <source>&amp;New passphrase:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="130"/>
            <source>&amp;Passphrase:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="90"/>
            <source>Choose a passphrase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="187"/>
            <source>Choose a passphrase of at least {n} characters.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="125"/>
            <source>Client records are encrypted. Enter your passphrase to open them.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="93"/>
            <source>Client records will be encrypted on this computer. Choose a passphrase of at least {n} characters and type it twice.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="102"/>
            <source>Create</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="103"/>
            <source>Quit</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="133"/>
            <source>Reset and unlock</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="119"/>
            <location filename="../../netbuilder/gui/unlock.py" line="120"/>
            <source>Reset the passphrase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="88"/>
            <source>Set up NetBuilder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="250"/>
            <source>Setting up…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="228"/>
            <source>That passphrase is not right. Try again.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="231"/>
            <source>That recovery key is not right. Check it and try again.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="235"/>
            <source>The data folder cannot be used: {reason}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="192"/>
            <source>The two passphrases are not the same. Type it again.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="150"/>
            <source>Type the passphrase.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="122"/>
            <source>Type the recovery key that was kept when NetBuilder was set up, then choose a new passphrase of at least {n} characters and type it twice.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="102"/>
            <location filename="../../netbuilder/gui/unlock.py" line="133"/>
            <source>Unlock</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="88"/>
            <location filename="../../netbuilder/gui/unlock.py" line="90"/>
            <location filename="../../netbuilder/gui/unlock.py" line="119"/>
            <location filename="../../netbuilder/gui/unlock.py" line="120"/>
            <source>Unlock NetBuilder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="250"/>
            <source>Unlocking…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/unlock.py" line="236"/>
            <source>access denied</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>UnlockForm</name>
        <message>
            <location filename="../../forms/unlock.ui" line="49"/>
            <source>&amp;Again:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/unlock.ui" line="70"/>
            <source>&amp;Forgot passphrase?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/unlock.ui" line="36"/>
            <source>&amp;Passphrase:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/unlock.ui" line="23"/>
            <source>&amp;Recovery key:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/unlock.ui" line="63"/>
            <source>A recovery key is shown next. If this passphrase is forgotten, the records cannot be recovered without that key: nobody, including us, can reset it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/unlock.ui" line="15"/>
            <source>Client records are encrypted. Enter your passphrase to open them.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/unlock.ui" line="76"/>
            <source>Forgot passphrase?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/unlock.ui" line="83"/>
            <source>Message</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/unlock.ui" line="43"/>
            <source>Passphrase</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/unlock.ui" line="56"/>
            <source>Passphrase again</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/unlock.ui" line="29"/>
            <source>Recovery key</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/unlock.ui" line="10"/>
            <source>Title</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/unlock.ui" line="9"/>
            <source>Unlock NetBuilder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/unlock.ui" line="65"/>
            <source>Warning</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/unlock.ui" line="30"/>
            <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Versions</name>
        <message>
            <location filename="../../netbuilder/gui/versions.py" line="23"/>
            <source>April</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/versions.py" line="24"/>
            <source>August</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/versions.py" line="25"/>
            <source>December</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/versions.py" line="49"/>
            <source>Earlier versions open read-only</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/versions.py" line="23"/>
            <source>February</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/versions.py" line="23"/>
            <source>January</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/versions.py" line="24"/>
            <source>July</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/versions.py" line="23"/>
            <source>June</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/versions.py" line="48"/>
            <source>Map version</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/versions.py" line="23"/>
            <source>March</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/versions.py" line="23"/>
            <source>May</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/versions.py" line="24"/>
            <source>November</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/versions.py" line="24"/>
            <source>October</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/versions.py" line="79"/>
            <source>Read-only: earlier version</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/versions.py" line="98"/>
            <source>Read-only: earlier version “{label}” of {date}. It cannot be changed; the current version can.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/versions.py" line="24"/>
            <source>September</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/versions.py" line="83"/>
            <location filename="../../netbuilder/gui/versions.py" line="85"/>
            <source>Show current version</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/versions.py" line="30"/>
            <source>{day} {month} {year}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/versions.py" line="37"/>
            <source>{label} – {date}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/versions.py" line="36"/>
            <source>{label} – {date} (current)</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="69"/>
            <source>Access supported by</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="70"/>
            <source>Access through</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="81"/>
            <source>Achieved</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="80"/>
            <source>Active</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="19"/>
            <source>Activity</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="77"/>
            <source>Activity-based programmes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="52"/>
            <source>Bridge builder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="61"/>
            <source>Care coordinator / CPN</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="56"/>
            <source>Co-pilot</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="35"/>
            <source>Community</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="71"/>
            <source>Conflict</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="43"/>
            <source>Daily</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="87"/>
            <source>Declined</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="34"/>
            <source>Education or work</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="73"/>
            <source>Employment and training</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="33"/>
            <source>Faith</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="21"/>
            <source>Family</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="23"/>
            <source>Friend</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="59"/>
            <location filename="../../netbuilder/gui/vocab_text.py" line="132"/>
            <source>GP</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="31"/>
            <source>Health</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="30"/>
            <source>Home</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="68"/>
            <source>Knows</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="32"/>
            <source>Leisure</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="50"/>
            <source>Less</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="85"/>
            <source>Made</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="41"/>
            <source>Mixed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="45"/>
            <source>Monthly</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="48"/>
            <source>More</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="54"/>
            <source>Motivator</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="55"/>
            <source>Navigator</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="40"/>
            <source>Negative</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="24"/>
            <source>Neighbour</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="57"/>
            <source>Network member</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="39"/>
            <source>Neutral</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="88"/>
            <source>Not taken up</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="65"/>
            <source>Occupational therapist</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="28"/>
            <source>Other</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="22"/>
            <source>Partner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="25"/>
            <source>Peer</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="63"/>
            <source>Peer support worker</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="17"/>
            <source>Person</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="27"/>
            <source>Pet</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="74"/>
            <source>Physical health and wellbeing</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="18"/>
            <source>Place</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="79"/>
            <source>Planned</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="38"/>
            <source>Positive</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="26"/>
            <source>Practitioner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="60"/>
            <source>Psychiatrist</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="46"/>
            <source>Rarely</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="49"/>
            <source>Same</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="36"/>
            <source>Shop or café</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="53"/>
            <source>Skill builder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="75"/>
            <source>Social isolation and loneliness</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="76"/>
            <source>Social support</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="64"/>
            <source>Social worker</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="82"/>
            <source>Stopped</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="84"/>
            <source>Suggested</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="66"/>
            <source>Support worker</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="86"/>
            <source>Taken up</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="62"/>
            <source>Voluntary-sector worker</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="44"/>
            <source>Weekly</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="142"/>
            <source>access supported by</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="143"/>
            <source>access through</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="125"/>
            <source>bridge builder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="152"/>
            <source>builds the client's skills and confidence to make and keep connections</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="134"/>
            <source>care coordinator / CPN</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="129"/>
            <source>co-pilot</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="108"/>
            <source>community</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="144"/>
            <source>conflict</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="149"/>
            <source>connects the client to a place, group or service: refers, signposts, introduces</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="116"/>
            <source>daily</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="107"/>
            <source>education or work</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="154"/>
            <source>encourages, keeps momentum, helps the client take the first step</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="106"/>
            <source>faith</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="94"/>
            <source>family</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="96"/>
            <source>friend</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="158"/>
            <source>goes alongside: attends with the client, does it together at first</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="104"/>
            <source>health</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="156"/>
            <source>helps find a way through services and systems</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="103"/>
            <source>home</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="160"/>
            <source>is part of the network in their own right, a source of friendship</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="141"/>
            <source>knows</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="105"/>
            <source>leisure</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="123"/>
            <source>less</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="114"/>
            <source>mixed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="118"/>
            <source>monthly</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="121"/>
            <source>more</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="127"/>
            <source>motivator</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="128"/>
            <source>navigator</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="113"/>
            <source>negative</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="97"/>
            <source>neighbour</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="130"/>
            <source>network member</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="112"/>
            <source>neutral</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="138"/>
            <source>occupational therapist</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="101"/>
            <source>other</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="95"/>
            <source>partner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="98"/>
            <source>peer</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="136"/>
            <source>peer support worker</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="100"/>
            <source>pet</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="111"/>
            <source>positive</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="99"/>
            <source>practitioner</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="133"/>
            <source>psychiatrist</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="119"/>
            <source>rarely</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="122"/>
            <source>same</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="109"/>
            <source>shop or café</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="126"/>
            <source>skill builder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="137"/>
            <source>social worker</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="139"/>
            <source>support worker</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="135"/>
            <source>voluntary-sector worker</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/vocab_text.py" line="117"/>
            <source>weekly</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <location filename="../../netbuilder/gui/welcome.py" line="54"/>
            <source>Finish</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/welcome.py" line="56"/>
            <source>Skip</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/welcome.py" line="78"/>
            <source>The worked example was not added: {reason} Untick it to go on without it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../netbuilder/gui/welcome.py" line="43"/>
            <source>Welcome to NetBuilder</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>WelcomeForm</name>
        <message>
            <location filename="../../forms/welcome.ui" line="88"/>
            <source>&amp;Full name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="95"/>
            <source>&amp;Initials</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="36"/>
            <source>&amp;Name:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="49"/>
            <source>&amp;Profession:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="60"/>
            <source>&amp;Team:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="25"/>
            <source>About you</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="131"/>
            <source>Message</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="19"/>
            <source>NetBuilder helps you and the person you support draw their wellbeing network (the people, places and activities in their life), agree goals and print a one-page plan. Everything you enter stays encrypted on this computer.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="122"/>
            <source>Open the &amp;worked example (Sam, from the study) to look around</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="123"/>
            <source>Open the worked example client</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="108"/>
            <source>P&amp;aper size:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="114"/>
            <source>Paper size for printed plans</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="76"/>
            <source>Printed plans</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="89"/>
            <source>Show the client's full name on printed plans</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="96"/>
            <source>Show the client's initials on printed plans</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="81"/>
            <source>Show the client's:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="14"/>
            <source>Title</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="13"/>
            <source>Welcome to NetBuilder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="43"/>
            <source>Your name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="30"/>
            <source>Your name is filled in as "by whom" when you record a referral. All of this can be left empty and changed later in Edit → Preferences.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="55"/>
            <source>Your profession</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="67"/>
            <source>Your team or practice</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="44"/>
            <source>e.g. Dr A Khan</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <location filename="../../forms/welcome.ui" line="68"/>
            <source>e.g. Riverside Surgery</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
</TS>
