<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>Application</name>
        <message>
            <location filename="../../desktop/ui/application.py" line="172" />
            <source>Partnerbook is already open</source>
            <translation>Partnerbook is already open</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <location filename="../../desktop/ui/areas.py" line="65" />
            <source>&amp;Commitments</source>
            <translation>&amp;Commitments</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/areas.py" line="63" />
            <source>&amp;Home</source>
            <translation>&amp;Home</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/areas.py" line="64" />
            <source>&amp;Partnerships</source>
            <translation>&amp;Partnerships</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/areas.py" line="66" />
            <source>&amp;Resource needs</source>
            <translation>&amp;Resource needs</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/areas.py" line="68" />
            <source>Re&amp;turns</source>
            <translation>Re&amp;turns</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/areas.py" line="67" />
            <source>Re&amp;views</source>
            <translation>Re&amp;views</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <location filename="../../desktop/ui/background.py" line="223" />
            <source>Not done</source>
            <translation>Not done</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/background.py" line="115" />
            <source>The work</source>
            <translation>The work</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/background.py" line="112" />
            <source>{what} could not be finished because of an unexpected error ({kind}). Nothing was saved. Please try again, and tell us if it happens again.</source>
            <translation>{what} could not be finished because of an unexpected error ({kind}). Nothing was saved. Please try again, and tell us if it happens again.</translation>
        </message>
    </context>
    <context>
        <name>BriefAction</name>
        <message>
            <location filename="../../desktop/ui/brief_action.py" line="66" />
            <source>Brief saved</source>
            <translation>Brief saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/brief_action.py" line="42" />
            <source>No such partnership</source>
            <translation>No such partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/brief_action.py" line="49" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/brief_action.py" line="49" />
            <source>Save the meeting brief as</source>
            <translation>Save the meeting brief as</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/brief_action.py" line="67" />
            <source>Saved the brief to {path}. Open it now?</source>
            <translation>Saved the brief to {path}. Open it now?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/brief_action.py" line="42" />
            <source>That partnership no longer exists.</source>
            <translation>That partnership no longer exists.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/brief_action.py" line="74" />
            <source>The brief was not saved</source>
            <translation>The brief was not saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/brief_action.py" line="83" />
            <source>The meeting brief</source>
            <translation>The meeting brief</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <location filename="../../desktop/ui/charts.py" line="127" />
            <source>Gap: no score (Don't know) for {refs}</source>
            <translation>Gap: no score (Don't know) for {refs}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/charts.py" line="308" />
            <source>No finished reviews yet</source>
            <translation>No finished reviews yet</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/charts.py" line="36" />
            <source>Radar chart of the scores</source>
            <translation>Radar chart of the scores</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/charts.py" line="53" />
            <source>Ring: {band} from {score}</source>
            <translation>Ring: {band} from {score}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/charts.py" line="204" />
            <source>Trend of the overall score</source>
            <translation>Trend of the overall score</translation>
        </message>
    </context>
    <context>
        <name>CollectionDashboard</name>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="187" />
            <source>Area dashboard charts</source>
            <translation>Area dashboard charts</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="178" />
            <source>Clauses most often rated as needing help</source>
            <translation>Clauses most often rated as needing help</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="256" />
            <source>Clauses most often rated as needing help (times)</source>
            <translation>Clauses most often rated as needing help (times)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="213" />
            <source>Each bar's figure comes first in its label. Review bands are each tool's own: scores from different tools are never put together.</source>
            <translation>Each bar's figure comes first in its label. Review bands are each tool's own: scores from different tools are never put together.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="224" />
            <source>Expected groups with a return</source>
            <translation>Expected groups with a return</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="222" />
            <source>Groups expected</source>
            <translation>Groups expected</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="228" />
            <source>Groups with a return</source>
            <translation>Groups with a return</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="177" />
            <source>Needs by category</source>
            <translation>Needs by category</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="250" />
            <source>Needs by category (estimated cost)</source>
            <translation>Needs by category (estimated cost)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="176" />
            <source>Needs by partnership</source>
            <translation>Needs by partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="242" />
            <source>Needs by partnership (estimated cost)</source>
            <translation>Needs by partnership (estimated cost)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="211" />
            <source>Nothing to show for this period yet: no returns and no expected groups.</source>
            <translation>Nothing to show for this period yet: no returns and no expected groups.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="175" />
            <source>Returns received against expected</source>
            <translation>Returns received against expected</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="179" />
            <source>Review bands by partnership</source>
            <translation>Review bands by partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="265" />
            <source>Review bands by partnership (groups in each band, each tool's own bands)</source>
            <translation>Review bands by partnership (groups in each band, each tool's own bands)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="218" />
            <source>none in this period</source>
            <translation>none in this period</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="236" />
            <source>{title} (the {shown} largest of {total})</source>
            <translation>{title} (the {shown} largest of {total})</translation>
        </message>
    </context>
    <context>
        <name>CollectionMenu</name>
        <message>
            <location filename="../../desktop/ui/collection/menu.py" line="153" />
            <source>&amp;Open collection…</source>
            <translation>&amp;Open collection…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/menu.py" line="174" />
            <source>(none yet)</source>
            <translation>(none yet)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/menu.py" line="87" />
            <source>Cannot open the collection</source>
            <translation>Cannot open the collection</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/menu.py" line="151" />
            <source>New co&amp;llection…</source>
            <translation>New co&amp;llection…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/menu.py" line="131" />
            <source>New collection</source>
            <translation>New collection</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/menu.py" line="161" />
            <source>Open &amp;recent collection</source>
            <translation>Open &amp;recent collection</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/menu.py" line="157" />
            <source>Open &amp;shared collection…</source>
            <translation>Open &amp;shared collection…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/menu.py" line="147" />
            <source>Open collection</source>
            <translation>Open collection</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/menu.py" line="100" />
            <source>The collection is already open</source>
            <translation>The collection is already open</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/menu.py" line="141" />
            <source>{file} already exists. Use Open collection… to open it.</source>
            <translation>{file} already exists. Use Open collection… to open it.</translation>
        </message>
    </context>
    <context>
        <name>CollectionOpening</name>
        <message>
            <location filename="../../desktop/ui/collection/opening_checks.py" line="93" />
            <source>&amp;Copy to this computer</source>
            <translation>&amp;Copy to this computer</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/opening_checks.py" line="94" />
            <source>&amp;Keep it here</source>
            <translation>&amp;Keep it here</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/opening_checks.py" line="78" />
            <source>Not copied</source>
            <translation>Not copied</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/opening_checks.py" line="88" />
            <source>Partnerbook can copy it to {folder} on this computer and open the copy. The file where it is now is left as it is.</source>
            <translation>Partnerbook can copy it to {folder} on this computer and open the copy. The file where it is now is left as it is.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/opening_checks.py" line="51" />
            <source>Partnerbook found damage in {file} and has not written to it.

The newest good backup is from {when}. Restore it? Returns imported after then will need importing again. The damaged file is kept, untouched, beside it.</source>
            <translation>Partnerbook found damage in {file} and has not written to it.

The newest good backup is from {when}. Restore it? Returns imported after then will need importing again. The damaged file is kept, untouched, beside it.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/opening_checks.py" line="41" />
            <source>The collection is damaged</source>
            <translation>The collection is damaged</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/opening_checks.py" line="85" />
            <source>This collection may not be safe here</source>
            <translation>This collection may not be safe here</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/opening_checks.py" line="42" />
            <source>{problem}

There is no usable backup of it in {folder}.</source>
            <translation>{problem}

There is no usable backup of it in {folder}.</translation>
        </message>
    </context>
    <context>
        <name>CollectionPages</name>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="173" />
            <source>&amp;Add to the list</source>
            <translation>&amp;Add to the list</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="171" />
            <source>&amp;Expect a return from:</source>
            <translation>&amp;Expect a return from:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="284" />
            <source>&amp;Merge the names</source>
            <translation>&amp;Merge the names</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="119" />
            <source>&lt;b&gt;Groups and their latest return for each period&lt;/b&gt;</source>
            <translation>&lt;b&gt;Groups and their latest return for each period&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="164" />
            <source>&lt;b&gt;Groups you expect a return from, who have not sent one&lt;/b&gt;</source>
            <translation>&lt;b&gt;Groups you expect a return from, who have not sent one&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="271" />
            <source>&lt;b&gt;Review scores by tool&lt;/b&gt;</source>
            <translation>&lt;b&gt;Review scores by tool&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="468" />
            <source>&lt;b&gt;The clauses most often rated "need help"&lt;/b&gt;</source>
            <translation>&lt;b&gt;The clauses most often rated "need help"&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="417" />
            <source>All groups together</source>
            <translation>All groups together</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="472" />
            <source>Clauses rated "need help"</source>
            <translation>Clauses rated "need help"</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="354" />
            <source>Commitment ratings</source>
            <translation>Commitment ratings</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="286" />
            <source>Compare gro&amp;ups…</source>
            <translation>Compare gro&amp;ups…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="166" />
            <source>Expected groups with no return</source>
            <translation>Expected groups with no return</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="124" />
            <source>F&amp;ind:</source>
            <translation>F&amp;ind:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="505" />
            <source>Fi&amp;nd in the log:</source>
            <translation>Fi&amp;nd in the log:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="170" />
            <source>Group name</source>
            <translation>Group name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="130" />
            <source>Groups and their latest returns</source>
            <translation>Groups and their latest returns</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="149" />
            <source>Groups that may be the same</source>
            <translation>Groups that may be the same</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="509" />
            <source>Import log</source>
            <translation>Import log</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="347" />
            <source>Partners&amp;hip:</source>
            <translation>Partners&amp;hip:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="267" />
            <source>Partnerships across the area</source>
            <translation>Partnerships across the area</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="174" />
            <source>Re&amp;move from the list</source>
            <translation>Re&amp;move from the list</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="356" />
            <source>Resource needs</source>
            <translation>Resource needs</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="466" />
            <source>Resource needs totals</source>
            <translation>Resource needs totals</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="361" />
            <source>Review answers</source>
            <translation>Review answers</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="274" />
            <source>Review scores by tool</source>
            <translation>Review scores by tool</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="368" />
            <source>Review scores radar</source>
            <translation>Review scores radar</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="371" />
            <source>Reviews</source>
            <translation>Reviews</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="365" />
            <source>Show ra&amp;dar for:</source>
            <translation>Show ra&amp;dar for:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="281" />
            <source>The chosen partnership is the &amp;same as:</source>
            <translation>The chosen partnership is the &amp;same as:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="279" />
            <source>The partnership it is the same as</source>
            <translation>The partnership it is the same as</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="138" />
            <source>The return stops counting (it is kept, marked withdrawn); the collection is backed up first, and the earlier return it replaced counts again.</source>
            <translation>The return stops counting (it is kept, marked withdrawn); the collection is backed up first, and the earlier return it replaced counts again.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="155" />
            <source>These may be the same &amp;group:</source>
            <translation>These may be the same &amp;group:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="328" />
            <source>These may be the same partnership: {pairs}.</source>
            <translation>These may be the same partnership: {pairs}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="156" />
            <source>They are the same group</source>
            <translation>They are the same group</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="461" />
            <source>Total resource needs &amp;by:</source>
            <translation>Total resource needs &amp;by:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="123" />
            <source>Type part of a group's name or a reference</source>
            <translation>Type part of a group's name or a reference</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="262" />
            <source>Type part of a name</source>
            <translation>Type part of a name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="355" />
            <source>Undertakings (statutory and ours)</source>
            <translation>Undertakings (statutory and ours)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="136" />
            <source>Withdraw the chosen return…</source>
            <translation>Withdraw the chosen return…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="456" />
            <source>category</source>
            <translation>category</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="458" />
            <source>group</source>
            <translation>group</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="457" />
            <source>partnership</source>
            <translation>partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="219" />
            <source>“{name}” sent under two ids: {alias}… ({alias_count} returns) and {into}… ({into_count} returns)</source>
            <translation>“{name}” sent under two ids: {alias}… ({alias_count} returns) and {into}… ({into_count} returns)</translation>
        </message>
    </context>
    <context>
        <name>CollectionRunPage</name>
        <message>
            <location filename="../../desktop/ui/collection/run_page.py" line="44" />
            <source>F&amp;ind:</source>
            <translation>F&amp;ind:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/run_page.py" line="34" />
            <source>How each group's partnerships are run, from their latest returns. “Not recorded” means the return was made before Partnerbook asked.</source>
            <translation>How each group's partnerships are run, from their latest returns. “Not recorded” means the return was made before Partnerbook asked.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/run_page.py" line="49" />
            <source>How it is run</source>
            <translation>How it is run</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/run_page.py" line="43" />
            <source>Type part of a group or partnership name</source>
            <translation>Type part of a group or partnership name</translation>
        </message>
    </context>
    <context>
        <name>CollectionSafety</name>
        <message>
            <location filename="../../desktop/ui/collection/safety.py" line="67" />
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/safety.py" line="87" />
            <source>A return is being withdrawn. Wait for it to finish, then restore a backup.</source>
            <translation>A return is being withdrawn. Wait for it to finish, then restore a backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/safety.py" line="90" />
            <source>An import is running. Wait for it to finish, or cancel it, then restore a backup.</source>
            <translation>An import is running. Wait for it to finish, or cancel it, then restore a backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/safety.py" line="108" />
            <source>Choose the backup to go back to. This collection as it is now is backed up first, so you can come back to it from this list.</source>
            <translation>Choose the backup to go back to. This collection as it is now is backed up first, so you can come back to it from this list.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/safety.py" line="43" />
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/safety.py" line="118" />
            <source>Not now</source>
            <translation>Not now</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/safety.py" line="44" />
            <source>Partnerships</source>
            <translation>Partnerships</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/safety.py" line="70" />
            <source>Res&amp;tore from a backup…</source>
            <translation>Res&amp;tore from a backup…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/safety.py" line="121" />
            <source>Restore {name} from a backup</source>
            <translation>Restore {name} from a backup</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/safety.py" line="42" />
            <source>Returns</source>
            <translation>Returns</translation>
        </message>
    </context>
    <context>
        <name>CollectionTrust</name>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="65" />
            <source>&amp;Add a framework file…</source>
            <translation>&amp;Add a framework file…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="101" />
            <source>&amp;Confirm: it is the group's new key</source>
            <translation>&amp;Confirm: it is the group's new key</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="77" />
            <source>&amp;Deadline:</source>
            <translation>&amp;Deadline:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="78" />
            <source>&amp;Message:</source>
            <translation>&amp;Message:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="76" />
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="120" />
            <source>&amp;Save the keys for safe keeping…</source>
            <translation>&amp;Save the keys for safe keeping…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="55" />
            <source>2026-27, 2026-27 Q3 or 2026-10-01..2026-12-31</source>
            <translation>2026-27, 2026-27 Q3 or 2026-10-01..2026-12-31</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="110" />
            <source>&lt;b&gt;Keys groups sign their returns with&lt;/b&gt;</source>
            <translation>&lt;b&gt;Keys groups sign their returns with&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="85" />
            <source>&lt;b&gt;Returns held: signed by a different key&lt;/b&gt;</source>
            <translation>&lt;b&gt;Returns held: signed by a different key&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="114" />
            <source>&lt;b&gt;The CVS's keys and return packs&lt;/b&gt;</source>
            <translation>&lt;b&gt;The CVS's keys and return packs&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="95" />
            <source>A framework file for the groups</source>
            <translation>A framework file for the groups</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="87" />
            <source>A group's later returns must be signed by the same key as its first. A reinstalled laptop or a new computer is the usual reason for a new key and is normal: check with the group (by phone, or an email you know is theirs), then confirm. Someone pretending to be the group: refuse.</source>
            <translation>A group's later returns must be signed by the same key as its first. A reinstalled laptop or a new computer is the usual reason for a new key and is normal: check with the group (by phone, or an email you know is theirs), then confirm. Someone pretending to be the group: refuse.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="74" />
            <source>CVS &amp;name:</source>
            <translation>CVS &amp;name:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="45" />
            <source>Choose a passphrase for the CVS's keys (at least 10 characters; a few words you will remember work well). Write it down and keep it somewhere safe: without it no new pack can be made and sealed contact details cannot be read.</source>
            <translation>Choose a passphrase for the CVS's keys (at least 10 characters; a few words you will remember work well). Write it down and keep it somewhere safe: without it no new pack can be made and sealed contact details cannot be read.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="162" />
            <source>Confirm only after checking with the group that they sent it (a reinstalled laptop or a new computer is normal). Later returns signed by either key will then be imported as usual.</source>
            <translation>Confirm only after checking with the group that they sent it (a reinstalled laptop or a new computer is normal). Later returns signed by either key will then be imported as usual.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="161" />
            <source>Confirm the group's new key</source>
            <translation>Confirm the group's new key</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="178" />
            <source>Confirmed: {group}'s new key is recorded and its return imported.</source>
            <translation>Confirmed: {group}'s new key is recorded and its return imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="53" />
            <source>For example: 01237 000000, returns@ourcvs.org.uk</source>
            <translation>For example: 01237 000000, returns@ourcvs.org.uk</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="95" />
            <source>Framework files (*.toml)</source>
            <translation>Framework files (*.toml)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="63" />
            <source>Frameworks to use</source>
            <translation>Frameworks to use</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="82" />
            <source>Frameworks to use:</source>
            <translation>Frameworks to use:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="75" />
            <source>How groups &amp;reach you:</source>
            <translation>How groups &amp;reach you:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="205" />
            <source>Key files (*.json)</source>
            <translation>Key files (*.json)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="111" />
            <source>Keys groups sign their returns with</source>
            <translation>Keys groups sign their returns with</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="212" />
            <source>Keys saved</source>
            <translation>Keys saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="121" />
            <source>Make &amp;new keys…</source>
            <translation>Make &amp;new keys…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="86" />
            <source>Make &amp;the pack…</source>
            <translation>Make &amp;the pack…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="48" />
            <source>Make a return pack</source>
            <translation>Make a return pack</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="119" />
            <source>Make a return pack…</source>
            <translation>Make a return pack…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="230" />
            <source>New keys made</source>
            <translation>New keys made</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="231" />
            <source>New keys made (fingerprint {fingerprint}). New packs carry them, signed by the old key so your groups accept the change. Returns for earlier packs still open.</source>
            <translation>New keys made (fingerprint {fingerprint}). New packs carry them, signed by the old key so your groups accept the change. Returns for earlier packs still open.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="251" />
            <source>No current return carries sealed contact details.</source>
            <translation>No current return carries sealed contact details.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="154" />
            <source>No keys yet: they are made with the first return pack, under a passphrase you choose then.</source>
            <translation>No keys yet: they are made with the first return pack, under a passphrase you choose then.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="173" />
            <source>Not confirmed</source>
            <translation>Not confirmed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="191" />
            <source>Not refused</source>
            <translation>Not refused</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="53" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="102" />
            <source>Refuse it</source>
            <translation>Refuse it</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="195" />
            <source>Refused: that return stays out of the collection.</source>
            <translation>Refused: that return stays out of the collection.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="152" />
            <source>Return pack made</source>
            <translation>Return pack made</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="117" />
            <source>Return pack not made</source>
            <translation>Return pack not made</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="126" />
            <source>Return packs (*.pbpack)</source>
            <translation>Return packs (*.pbpack)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="97" />
            <source>Returns held for a different key</source>
            <translation>Returns held for a different key</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="205" />
            <source>Save the CVS's keys as</source>
            <translation>Save the CVS's keys as</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="124" />
            <source>Save the return pack as</source>
            <translation>Save the return pack as</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="146" />
            <source>Saved the return pack to {path}. Send it to your groups by email.</source>
            <translation>Saved the return pack to {path}. Send it to your groups by email.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="213" />
            <source>Saved to {path}. They are still locked by the passphrase: keep the file and the passphrase in different safe places.</source>
            <translation>Saved to {path}. They are still locked by the passphrase: keep the file and the passphrase in different safe places.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="250" />
            <source>Sealed contact details</source>
            <translation>Sealed contact details</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="122" />
            <source>Show sealed contact &amp;details…</source>
            <translation>Show sealed contact &amp;details…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="224" />
            <source>The CVS's keys</source>
            <translation>The CVS's keys</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="148" />
            <source>The CVS's keys were made now (fingerprint {fingerprint}): save a copy for safe keeping (Save the keys for safe keeping…), and keep the passphrase somewhere else.</source>
            <translation>The CVS's keys were made now (fingerprint {fingerprint}): save a copy for safe keeping (Save the keys for safe keeping…), and keep the passphrase somewhere else.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="51" />
            <source>The passphrase of the CVS's keys:</source>
            <translation>The passphrase of the CVS's keys:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="58" />
            <source>The same passphrase again:</source>
            <translation>The same passphrase again:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="64" />
            <source>The two passphrases are not the same.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="165" />
            <source>{fingerprint}: current, signs new packs</source>
            <translation>{fingerprint}: current, signs new packs</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="163" />
            <source>{fingerprint}: retired (returns for its packs still open)</source>
            <translation>{fingerprint}: retired (returns for its packs still open)</translation>
        </message>
    </context>
    <context>
        <name>CollectionWindow</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/collection/window.py" line="531" />
            <source>%n file(s): {imported} imported, {duplicate} already here, {supersedes} replaced an earlier return, {rejected} rejected.</source>
            <translation>
                <numerusform>%n file: {imported} imported, {duplicate} already here, {supersedes} replaced an earlier return, {rejected} rejected.</numerusform>
                <numerusform>%n files: {imported} imported, {duplicate} already here, {supersedes} replaced an earlier return, {rejected} rejected.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="162" />
            <source>&amp;Cancel import</source>
            <translation>&amp;Cancel import</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="207" />
            <source>&amp;Close collection</source>
            <translation>&amp;Close collection</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="195" />
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="185" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="146" />
            <source>&amp;Groups</source>
            <translation>&amp;Groups</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="188" />
            <source>&amp;Import returns…</source>
            <translation>&amp;Import returns…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="230" />
            <source>&amp;Kind of period:</source>
            <translation>&amp;Kind of period:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="148" />
            <source>&amp;One partnership</source>
            <translation>&amp;One partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="147" />
            <source>&amp;Partnerships</source>
            <translation>&amp;Partnerships</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="149" />
            <source>&amp;Resources and help</source>
            <translation>&amp;Resources and help</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="199" />
            <source>Area summary &amp;PDF…</source>
            <translation>Area summary &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="354" />
            <source>Cannot merge</source>
            <translation>Cannot merge</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="425" />
            <source>Cannot merge the groups</source>
            <translation>Cannot merge the groups</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="406" />
            <source>Cannot withdraw the return</source>
            <translation>Cannot withdraw the return</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="629" />
            <source>Could not export</source>
            <translation>Could not export</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="150" />
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="178" />
            <source>Drop return PDFs or folders here, or choose File → Import returns…</source>
            <translation>Drop return PDFs or folders here, or choose File → Import returns…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="198" />
            <source>Every view as a &amp;spreadsheet (XLSX)…</source>
            <translation>Every view as a &amp;spreadsheet (XLSX)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="445" />
            <source>Expected groups</source>
            <translation>Expected groups</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="635" />
            <source>Export as CSV into folder</source>
            <translation>Export as CSV into folder</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="680" />
            <source>Export running</source>
            <translation>Export running</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="646" />
            <source>Export spreadsheet</source>
            <translation>Export spreadsheet</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="151" />
            <source>How i&amp;t is run</source>
            <translation>How i&amp;t is run</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="152" />
            <source>Import &amp;log</source>
            <translation>Import &amp;log</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="542" />
            <source>Import cancelled. </source>
            <translation>Import cancelled. </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="160" />
            <source>Import progress</source>
            <translation>Import progress</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="453" />
            <source>Import returns</source>
            <translation>Import returns</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="466" />
            <source>Import running</source>
            <translation>Import running</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="153" />
            <source>Keys and packs</source>
            <translation>Keys and packs</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="235" />
            <source>Latest period</source>
            <translation>Latest period</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="192" />
            <source>Make a return &amp;pack…</source>
            <translation>Make a return &amp;pack…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="671" />
            <source>Making the area summary…</source>
            <translation>Making the area summary…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="651" />
            <source>Making the spreadsheet…</source>
            <translation>Making the spreadsheet…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="360" />
            <source>Merged. New returns will use the same name.</source>
            <translation>Merged. New returns will use the same name.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="432" />
            <source>Merged. Returns from either id now count as one group's, later ones too.</source>
            <translation>Merged. Returns from either id now count as one group's, later ones too.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="309" />
            <source>No returns yet.</source>
            <translation>No returns yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="242" />
            <source>Periods &amp;with returns:</source>
            <translation>Periods &amp;with returns:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="239" />
            <source>Periods with returns</source>
            <translation>Periods with returns</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="453" />
            <source>Return PDFs (*.pdf);;All files (*)</source>
            <translation>Return PDFs (*.pdf);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="663" />
            <source>Save area summary</source>
            <translation>Save area summary</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="614" />
            <source>Saved {file}</source>
            <translation>Saved {file}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="314" />
            <source>Showing {period}: {start} to {end}. Only returns for exactly these dates count; a quarter is never added to its year.</source>
            <translation>Showing {period}: {start} to {end}. Only returns for exactly these dates count; a quarter is never added to its year.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="550" />
            <source>Some files were not imported</source>
            <translation>Some files were not imported</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="481" />
            <source>Starting the import…</source>
            <translation>Starting the import…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="496" />
            <source>Stopping after the file being read…</source>
            <translation>Stopping after the file being read…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="672" />
            <source>The area summary</source>
            <translation>The area summary</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="608" />
            <source>The export</source>
            <translation>The export</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="551" />
            <source>The import log shows each file and the reason.</source>
            <translation>The import log shows each file and the reason.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="488" />
            <source>The import of returns</source>
            <translation>The import of returns</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="570" />
            <source>The import stopped</source>
            <translation>The import stopped</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="565" />
            <source>The import stopped because of an unexpected error ({kind}). The files imported before it are kept; the import log shows them. The details are in Partnerbook's log.</source>
            <translation>The import stopped because of an unexpected error ({kind}). The files imported before it are kept; the import log shows them. The details are in Partnerbook's log.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="234" />
            <source>The period shown</source>
            <translation>The period shown</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="652" />
            <source>The spreadsheet</source>
            <translation>The spreadsheet</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="414" />
            <source>The withdrawal</source>
            <translation>The withdrawal</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="197" />
            <source>This page as &amp;CSV…</source>
            <translation>This page as &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="680" />
            <source>Wait for the export being made to finish.</source>
            <translation>Wait for the export being made to finish.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="371" />
            <source>Wait for the return being withdrawn.</source>
            <translation>Wait for the return being withdrawn.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="466" />
            <source>Wait for this import to finish, or cancel it.</source>
            <translation>Wait for this import to finish, or cancel it.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="378" />
            <source>Why is {reference} withdrawn? The reason is kept in the import log. The earlier return it replaced will count again.</source>
            <translation>Why is {reference} withdrawn? The reason is kept in the import log. The earlier return it replaced will count again.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="377" />
            <source>Withdraw a return</source>
            <translation>Withdraw a return</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="371" />
            <source>Withdrawing</source>
            <translation>Withdrawing</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="411" />
            <source>Withdrawing {reference}…</source>
            <translation>Withdrawing {reference}…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="399" />
            <source>Withdrew {reference}.</source>
            <translation>Withdrew {reference}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="397" />
            <source>Withdrew {reference}. The collection was backed up first.</source>
            <translation>Withdrew {reference}. The collection was backed up first.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="118" />
            <source>{app} — Collection — {name} ({folder})</source>
            <translation>{app} — Collection — {name} ({folder})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="511" />
            <source>{done} of {total}: {file} — {outcome}</source>
            <translation>{done} of {total}: {file} — {outcome}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="621" />
            <source>{file} could not be written: {why}. Choose another place or name.</source>
            <translation>{file} could not be written: {why}. Choose another place or name.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="625" />
            <source>{file} was not made: something went wrong that Partnerbook did not expect. Nothing was saved there. The details are in Partnerbook's log.</source>
            <translation>{file} was not made: something went wrong that Partnerbook did not expect. Nothing was saved there. The details are in Partnerbook's log.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="288" />
            <source>{period} ({start} to {end})</source>
            <translation>{period} ({start} to {end})</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsArea</name>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="61" />
            <source>&amp;Across partnerships</source>
            <translation>&amp;Across partnerships</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="181" />
            <source>&amp;Due by:</source>
            <translation>&amp;Due by:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="102" />
            <source>&amp;Guidance (F1)</source>
            <translation>&amp;Guidance (F1)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="179" />
            <source>&amp;Next action:</source>
            <translation>&amp;Next action:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="60" />
            <source>&amp;One partnership</source>
            <translation>&amp;One partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="92" />
            <source>&amp;Partnership:</source>
            <translation>&amp;Partnership:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="212" />
            <source>(nobody yet)</source>
            <translation>(nobody yet)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="79" />
            <source>Add a partnership first. Then rate, clause by clause, how well we keep our Compact commitments in it.</source>
            <translation>Add a partnership first. Then rate, clause by clause, how well we keep our Compact commitments in it.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="258" />
            <source>Answered against version {v}; rate it again to use the newest wording.</source>
            <translation>Answered against version {v}; rate it again to use the newest wording.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="357" />
            <source>Commitment saved</source>
            <translation>Commitment saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="123" />
            <source>Commitments</source>
            <translation>Commitments</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="97" />
            <source>Commitments f&amp;ramework:</source>
            <translation>Commitments f&amp;ramework:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="178" />
            <source>Ev&amp;idence:</source>
            <translation>Ev&amp;idence:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="103" />
            <source>Guidance</source>
            <translation>Guidance</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="374" />
            <source>Guidance: {ref} {title}</source>
            <translation>Guidance: {ref} {title}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="243" />
            <source>In the table, type {keys}; 0 clears. † marks older wording.</source>
            <translation>In the table, type {keys}; 0 clears. † marks older wording.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="180" />
            <source>O&amp;wner:</source>
            <translation>O&amp;wner:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="91" />
            <source>Partnership</source>
            <translation>Partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="78" />
            <source>Rate your Compact commitments</source>
            <translation>Rate your Compact commitments</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="320" />
            <source>Rating not saved</source>
            <translation>Rating not saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="317" />
            <source>Rating saved</source>
            <translation>Rating saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="100" />
            <source>Review too&amp;l:</source>
            <translation>Review too&amp;l:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="371" />
            <source>There is no extra guidance for this clause.</source>
            <translation>There is no extra guidance for this clause.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="175" />
            <source>for example 28/11/2026</source>
            <translation>for example 28/11/2026</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsMatrix</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/commitments_matrix.py" line="94" />
            <source>%n clause(s)</source>
            <translation>
                <numerusform>%n clause</numerusform>
                <numerusform>%n clauses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/commitments_matrix.py" line="95" />
            <source>%n partnership(s)</source>
            <translation>
                <numerusform>%n partnership</numerusform>
                <numerusform>%n partnerships</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="46" />
            <source>&amp;Show clauses rated:</source>
            <translation>&amp;Show clauses rated:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="79" />
            <source>Any rating (all clauses)</source>
            <translation>Any rating (all clauses)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="109" />
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="48" />
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xport CSV…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="49" />
            <source>Export CSV</source>
            <translation>Export CSV</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="117" />
            <source>Export failed</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="107" />
            <source>Export the matrix as CSV</source>
            <translation>Export the matrix as CSV</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="119" />
            <source>Matrix exported to {path}</source>
            <translation>Matrix exported to {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="61" />
            <source>Ratings across partnerships</source>
            <translation>Ratings across partnerships</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="45" />
            <source>Show clauses rated</source>
            <translation>Show clauses rated</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="92" />
            <source>{title}: {clauses}, {partnerships}.</source>
            <translation>{title}: {clauses}, {partnerships}.</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsModels</name>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="94" />
            <source>Answered against version {v} of the framework.</source>
            <translation>Answered against version {v} of the framework.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="57" />
            <source>Clause</source>
            <translation>Clause</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="153" />
            <source>Commitment</source>
            <translation>Commitment</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="63" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="60" />
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="64" />
            <source>Last updated</source>
            <translation>Last updated</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="61" />
            <source>Next action</source>
            <translation>Next action</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="102" />
            <source>Not rated</source>
            <translation>Not rated</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="62" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="59" />
            <source>Rating</source>
            <translation>Rating</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="56" />
            <source>Section</source>
            <translation>Section</translation>
        </message>
    </context>
    <context>
        <name>CrashNotice</name>
        <message>
            <location filename="../../desktop/ui/crash_notice.py" line="53" />
            <source>A report of what happened was saved to:
{path}
If you ask for help, please send it with your message.</source>
            <translation>A report of what happened was saved to:
{path}
If you ask for help, please send it with your message.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/crash_notice.py" line="83" />
            <source>Partnerbook stopped unexpectedly</source>
            <translation>Partnerbook stopped unexpectedly</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/crash_notice.py" line="49" />
            <source>Partnerbook stopped unexpectedly the last time it was used.</source>
            <translation>Partnerbook stopped unexpectedly the last time it was used.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/crash_notice.py" line="44" />
            <source>Your records are safe: Partnerbook checked them just now.</source>
            <translation>Your records are safe: Partnerbook checked them just now.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/crash_notice.py" line="46" />
            <source>Your records opened as usual, but Partnerbook could not check them just now.</source>
            <translation>Your records opened as usual, but Partnerbook could not check them just now.</translation>
        </message>
    </context>
    <context>
        <name>DataHub</name>
        <message>
            <location filename="../../desktop/ui/data.py" line="125" />
            <source>All changes saved</source>
            <translation>All changes saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/data.py" line="146" />
            <source>Your records are open for reading only, so this change was not saved. The bar at the top of the window says why and how to be able to save again.</source>
            <translation>Your records are open for reading only, so this change was not saved. The bar at the top of the window says why and how to be able to save again.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/data.py" line="136" />
            <source>Your records file was replaced or moved by another program while Partnerbook was open, so this change was not saved (it would have gone into the old copy). Close Partnerbook and start it again to see the file that is there now; your backups are untouched.</source>
            <translation>Your records file was replaced or moved by another program while Partnerbook was open, so this change was not saved (it would have gone into the old copy). Close Partnerbook and start it again to see the file that is there now; your backups are untouched.</translation>
        </message>
    </context>
    <context>
        <name>DialogErrors</name>
        <message>
            <location filename="../../desktop/ui/dialog_errors.py" line="178" />
            <source>Please put right the problem shown below.</source>
            <translation>Please put right the problem shown below.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialog_errors.py" line="180" />
            <source>Please put right the {n} problems shown below.</source>
            <translation>Please put right the {n} problems shown below.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialog_errors.py" line="210" />
            <source>Problem put right.</source>
            <translation>Problem put right.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../desktop/ui/errors.py" line="40" />
            <source>A report was saved to:
{path}
If you ask for help, please attach it.</source>
            <translation>A report was saved to:
{path}
If you ask for help, please attach it.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/errors.py" line="35" />
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/errors.py" line="47" />
            <source>Partnerbook ran into a problem it did not expect. Your data is safe: everything you saved before this is still there, and your backups are untouched.</source>
            <translation>Partnerbook ran into a problem it did not expect. Your data is safe: everything you saved before this is still there, and your backups are untouched.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/errors.py" line="108" />
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/errors.py" line="44" />
            <source>The report could not be saved.</source>
            <translation>The report could not be saved.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <location filename="../../desktop/ui/partnerships/fields.py" line="95" />
            <source>Calendar</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/fields.py" line="88" />
            <source>Calendar…</source>
            <translation>Calendar…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/fields.py" line="89" />
            <source>Pick the date from a calendar</source>
            <translation>Pick the date from a calendar</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/fields.py" line="115" />
            <source>Pick {name} from a calendar</source>
            <translation>Pick {name} from a calendar</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/fields.py" line="84" />
            <source>for example 28/11/2026</source>
            <translation>for example 28/11/2026</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/fields.py" line="171" />
            <source>for example £1,250.00</source>
            <translation>for example £1,250.00</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../desktop/ui/partnerships/forms.py" line="92" />
            <source>(optional)</source>
            <translation>(optional)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/forms.py" line="41" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/forms.py" line="128" />
            <source>Not chosen</source>
            <translation>Not chosen</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/forms.py" line="41" />
            <source>Not known yet</source>
            <translation>Not known yet</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/forms.py" line="257" />
            <source>Not saved: {field}: {why}</source>
            <translation>Not saved: {field}: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/forms.py" line="41" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
    </context>
    <context>
        <name>FrameworkChoice</name>
        <message>
            <location filename="../../desktop/ui/framework_choice.py" line="36" />
            <source>Commitments framework</source>
            <translation>Commitments framework</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_choice.py" line="93" />
            <source>Framework changed</source>
            <translation>Framework changed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_choice.py" line="69" />
            <source>Rate this partnership's commitments against “{title}” from now on? Ratings made against the other framework are kept, and come back if you switch back. Its reviews keep their own tool.</source>
            <translation>Rate this partnership's commitments against “{title}” from now on? Ratings made against the other framework are kept, and come back if you switch back. Its reviews keep their own tool.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_choice.py" line="36" />
            <source>Review tool</source>
            <translation>Review tool</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_choice.py" line="93" />
            <source>Review tool changed</source>
            <translation>Review tool changed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_choice.py" line="39" />
            <source>The framework this partnership's commitments are rated against.</source>
            <translation>The framework this partnership's commitments are rated against.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_choice.py" line="41" />
            <source>The health-check tool new reviews of this partnership use. Reviews already made keep their own questions and answers.</source>
            <translation>The health-check tool new reviews of this partnership use. Reviews already made keep their own questions and answers.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_choice.py" line="81" />
            <source>Use another framework</source>
            <translation>Use another framework</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_choice.py" line="83" />
            <source>Use another review tool</source>
            <translation>Use another review tool</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_choice.py" line="75" />
            <source>Use “{title}” for this partnership's new reviews? Reviews already made keep their own questions, answers and scores. Its commitments keep their framework.</source>
            <translation>Use “{title}” for this partnership's new reviews? Reviews already made keep their own questions, answers and scores. Its commitments keep their framework.</translation>
        </message>
    </context>
    <context>
        <name>FrameworkImport</name>
        <message>
            <location filename="../../desktop/ui/framework_import.py" line="103" />
            <source>Framework already imported</source>
            <translation>Framework already imported</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_import.py" line="45" />
            <source>Framework files (*.toml);;All files (*)</source>
            <translation>Framework files (*.toml);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_import.py" line="63" />
            <source>Framework imported</source>
            <translation>Framework imported</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_import.py" line="70" />
            <source>Framework not imported</source>
            <translation>Framework not imported</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_import.py" line="43" />
            <source>Import a framework file</source>
            <translation>Import a framework file</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_import.py" line="95" />
            <source>Imported {summary}. Choose it for a partnership in the Commitments area. Answers already given keep the wording they were given against.</source>
            <translation>Imported {summary}. Choose it for a partnership in the Commitments area. Answers already given keep the wording they were given against.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_import.py" line="81" />
            <source>The framework import</source>
            <translation>The framework import</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_import.py" line="71" />
            <source>{problem}

Nothing was imported.</source>
            <translation>{problem}

Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_import.py" line="104" />
            <source>{summary} was already imported; nothing changed.</source>
            <translation>{summary} was already imported; nothing changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_import.py" line="88" />
            <source>{title}, version {version}</source>
            <translation>{title}, version {version}</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../desktop/ui/help.py" line="108" />
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/help_menu.py" line="43" />
            <source>&amp;Glossary</source>
            <translation>&amp;Glossary</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/help_menu.py" line="41" />
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/help_menu.py" line="46" />
            <source>&amp;What's this?</source>
            <translation>&amp;What's this?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="106" />
            <source>A Compact's code of practice, written as a file Partnerbook reads. A CVS can give you one for its own Compact.</source>
            <translation>A Compact's code of practice, written as a file Partnerbook reads. A CVS can give you one for its own Compact.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="88" />
            <source>A look, every so often, at how well a partnership is working, using the Compact's questions.</source>
            <translation>A look, every so often, at how well a partnership is working, using the Compact's questions.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="70" />
            <source>A person who goes to a partnership's meetings on your group's behalf.</source>
            <translation>A person who goes to a partnership's meetings on your group's behalf.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="56" />
            <source>Any group of organisations working together towards a shared goal, formal or informal, large or small, for a while or for good.</source>
            <translation>Any group of organisations working together towards a shared goal, formal or informal, large or small, for a while or for good.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="48" />
            <source>CVS</source>
            <translation>CVS</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/help.py" line="109" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="112" />
            <source>Collection</source>
            <translation>Collection</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="73" />
            <source>Commitment</source>
            <translation>Commitment</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="40" />
            <source>Compact</source>
            <translation>Compact</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="49" />
            <source>Council for Voluntary Service: the local body that supports voluntary and community groups. Your group sends its return to its CVS.</source>
            <translation>Council for Voluntary Service: the local body that supports voluntary and community groups. Your group sends its return to its CVS.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="105" />
            <source>Framework</source>
            <translation>Framework</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="87" />
            <source>Health-check review</source>
            <translation>Health-check review</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/help_menu.py" line="36" />
            <source>Help for &amp;this</source>
            <translation>Help for &amp;this</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="94" />
            <source>Joining check</source>
            <translation>Joining check</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/help.py" line="98" />
            <source>Partnerbook user guide</source>
            <translation>Partnerbook user guide</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="55" />
            <source>Partnership</source>
            <translation>Partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="69" />
            <source>Representative</source>
            <translation>Representative</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="80" />
            <source>Resource need</source>
            <translation>Resource need</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="98" />
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="62" />
            <source>Seat</source>
            <translation>Seat</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="74" />
            <source>Something the Compact asks partners to do. You rate how well each one is kept in a partnership, with your evidence.</source>
            <translation>Something the Compact asks partners to do. You rate how well each one is kept in a partnership, with your evidence.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="41" />
            <source>The local agreement between the public sector (councils, the NHS, police, fire service) and the voluntary and community sector about how they work together. Its codes of practice include the Partnership Code.</source>
            <translation>The local agreement between the public sector (councils, the NHS, police, fire service) and the voluntary and community sector about how they work together. Its codes of practice include the Partnership Code.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="63" />
            <source>The place your group holds in a partnership: your role, who you speak for, and who you report back to.</source>
            <translation>The place your group holds in a partnership: your role, who you speak for, and who you report back to.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="95" />
            <source>The questions to ask before your group joins or sets up a partnership.</source>
            <translation>The questions to ask before your group joins or sets up a partnership.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="99" />
            <source>The record of your partnerships for a period, as a PDF you send to your CVS. The records are inside the PDF too, so the CVS need not type them.</source>
            <translation>The record of your partnerships for a period, as a PDF you send to your CVS. The records are inside the PDF too, so the CVS need not type them.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/help.py" line="102" />
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="81" />
            <source>What taking part costs your group (time, travel, expenses, care cover and so on), and whether the partnership has agreed to meet it.</source>
            <translation>What taking part costs your group (time, travel, expenses, care cover and so on), and whether the partnership has agreed to meet it.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="113" />
            <source>Where CVS staff gather the returns that groups send them.</source>
            <translation>Where CVS staff gather the returns that groups send them.</translation>
        </message>
    </context>
    <context>
        <name>HomeArea</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/home.py" line="252" />
            <source>%n action(s) to do, {overdue} overdue.</source>
            <translation>
                <numerusform>%n action to do, {overdue} overdue.</numerusform>
                <numerusform>%n actions to do, {overdue} overdue.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/home.py" line="89" />
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/home.py" line="247" />
            <source>%n partnership(s) ({active} active, {considering} being considered).</source>
            <translation>
                <numerusform>%n partnership ({active} active, {considering} being considered).</numerusform>
                <numerusform>%n partnerships ({active} active, {considering} being considered).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="158" />
            <source>&amp;Overdue actions</source>
            <translation>&amp;Overdue actions</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="185" />
            <source>&amp;Partnership:</source>
            <translation>&amp;Partnership:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="159" />
            <source>&amp;Reviews due</source>
            <translation>&amp;Reviews due</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="195" />
            <source>&amp;Show done actions</source>
            <translation>&amp;Show done actions</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="190" />
            <source>&amp;Who:</source>
            <translation>&amp;Who:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="325" />
            <source>, asked of {who}</source>
            <translation>, asked of {who}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="394" />
            <source>Action not found</source>
            <translation>Action not found</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="266" />
            <source>All partnerships</source>
            <translation>All partnerships</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="389" />
            <source>Back on the list: {what}</source>
            <translation>Back on the list: {what}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="164" />
            <source>Ele&amp;ctions due</source>
            <translation>Ele&amp;ctions due</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="268" />
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="383" />
            <source>Marked done: {what}</source>
            <translation>Marked done: {what}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="157" />
            <source>Next &amp;meetings</source>
            <translation>Next &amp;meetings</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="359" />
            <source>No actions to do. Actions come from meetings, priorities, reviews and commitments; they appear here with who does them and by when.</source>
            <translation>No actions to do. Actions come from meetings, priorities, reviews and commitments; they appear here with who does them and by when.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="164" />
            <source>No elections are due.</source>
            <translation>No elections are due.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="157" />
            <source>No meetings coming up.</source>
            <translation>No meetings coming up.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="161" />
            <source>No resource requests are waiting.</source>
            <translation>No resource requests are waiting.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="159" />
            <source>No reviews are due.</source>
            <translation>No reviews are due.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="158" />
            <source>Nothing is overdue.</source>
            <translation>Nothing is overdue.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="356" />
            <source>Nothing to do for this choice.</source>
            <translation>Nothing to do for this choice.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="245" />
            <source>Our group</source>
            <translation>Our group</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="112" />
            <source>Partnerbook keeps the record of the partnerships your group sits on, on this computer. Start by telling it about your group, then add a partnership.</source>
            <translation>Partnerbook keeps the record of the partnerships your group sits on, on this computer. Start by telling it about your group, then add a partnership.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="316" />
            <source>Partnerships with no health-check review in the last {n} months.</source>
            <translation>Partnerships with no health-check review in the last {n} months.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="161" />
            <source>Re&amp;quests waiting</source>
            <translation>Re&amp;quests waiting</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="116" />
            <source>Set &amp;up our group…</source>
            <translation>Set &amp;up our group…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="188" />
            <source>Show actions of partnership</source>
            <translation>Show actions of partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="193" />
            <source>Show actions of person</source>
            <translation>Show actions of person</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="196" />
            <source>Show done actions</source>
            <translation>Show done actions</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="395" />
            <source>That action is no longer there; it may have been removed. The list is now up to date.</source>
            <translation>That action is no longer there; it may have been removed. The list is now up to date.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="111" />
            <source>Welcome to Partnerbook</source>
            <translation>Welcome to Partnerbook</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="179" />
            <source>What's &amp;due</source>
            <translation>What's &amp;due</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="205" />
            <source>What's due</source>
            <translation>What's due</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="284" />
            <source>general</source>
            <translation>general</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="283" />
            <source>no one named</source>
            <translation>no one named</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="377" />
            <source>the action</source>
            <translation>the action</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="309" />
            <source>{name}: last reviewed {when}</source>
            <translation>{name}: last reviewed {when}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="307" />
            <source>{name}: never reviewed</source>
            <translation>{name}: never reviewed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="294" />
            <source>{office} of {partnership}: was due {when}</source>
            <translation>{office} of {partnership}: was due {when}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="296" />
            <source>{office} of {partnership}: {when}</source>
            <translation>{office} of {partnership}: {when}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="320" />
            <source>{what} ({partnership}): {status}</source>
            <translation>{what} ({partnership}): {status}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="278" />
            <source>{what} ({who}, {partnership}): 1 day overdue</source>
            <translation>{what} ({who}, {partnership}): 1 day overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="280" />
            <source>{what} ({who}, {partnership}): {days} days overdue</source>
            <translation>{what} ({who}, {partnership}): {days} days overdue</translation>
        </message>
    </context>
    <context>
        <name>HowItIsRun</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="165" />
            <source>%n decision(s) found.</source>
            <translation>
                <numerusform>%n decision found.</numerusform>
                <numerusform>%n decisions found.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="167" />
            <source>%n decision(s) recorded.</source>
            <translation>
                <numerusform>%n decision recorded.</numerusform>
                <numerusform>%n decisions recorded.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="219" />
            <source>&amp;Add an office</source>
            <translation>&amp;Add an office</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="33" />
            <source>&amp;Agreed on</source>
            <translation>&amp;Agreed on</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="115" />
            <source>&amp;Find a decision</source>
            <translation>&amp;Find a decision</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="53" />
            <source>&amp;Meetings a year (at least)</source>
            <translation>&amp;Meetings a year (at least)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="172" />
            <source>&amp;Office</source>
            <translation>&amp;Office</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="42" />
            <source>&amp;Quorum is</source>
            <translation>&amp;Quorum is</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="32" />
            <source>&amp;Terms of reference or agreement</source>
            <translation>&amp;Terms of reference or agreement</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="59" />
            <source>&amp;Who may be a member</source>
            <translation>&amp;Who may be a member</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="162" />
            <source>A meeting is quorate when {n} members are present.</source>
            <translation>A meeting is quorate when {n} members are present.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="160" />
            <source>A meeting is quorate when {n}% of the members are present.</source>
            <translation>A meeting is quorate when {n}% of the members are present.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="56" />
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="82" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="55" />
            <source>Apologies</source>
            <translation>Apologies</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="57" />
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="111" />
            <source>Attendance of each partner</source>
            <translation>Attendance of each partner</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="49" />
            <source>Chair decided</source>
            <translation>Chair decided</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="164" />
            <source>Choose whether the quorum is a number of members or a share of them.</source>
            <translation>Choose whether the quorum is a number of members or a share of them.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="46" />
            <source>Consensus</source>
            <translation>Consensus</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="77" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="79" />
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="128" />
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="98" />
            <source>Do all partners attend? (Code 4.8 a). Each partner's attendance at the meetings held while it was a member; these rates are shown beside the health check's question on attendance.</source>
            <translation>Do all partners attend? (Code 4.8 a). Each partner's attendance at the meetings held while it was a member; these rates are shown beside the health check's question on attendance.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="109" />
            <source>Every decision recorded at the partnership's meetings. Record a decision, and the actions that carry it out, with its meeting on the Meetings tab.</source>
            <translation>Every decision recorded at the partnership's meetings. Record a decision, and the actions that carry it out, with its meeting on the Meetings tab.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="120" />
            <source>Find a decision</source>
            <translation>Find a decision</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="175" />
            <source>Held by (&amp;person)</source>
            <translation>Held by (&amp;person)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="174" />
            <source>Held by (o&amp;rganisation)</source>
            <translation>Held by (o&amp;rganisation)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="80" />
            <source>How</source>
            <translation>How</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="180" />
            <source>How &amp;chosen</source>
            <translation>How &amp;chosen</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="46" />
            <source>How &amp;decisions are made</source>
            <translation>How &amp;decisions are made</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="173" />
            <source>Its &amp;name</source>
            <translation>Its &amp;name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="78" />
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="53" />
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="181" />
            <source>Ne&amp;xt election</source>
            <translation>Ne&amp;xt election</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="34" />
            <source>Ne&amp;xt review</source>
            <translation>Ne&amp;xt review</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="169" />
            <source>No decisions recorded yet.</source>
            <translation>No decisions recorded yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="80" />
            <source>No partner's attendance is recorded yet. Mark who was there for each meeting on the Meetings tab.</source>
            <translation>No partner's attendance is recorded yet. Mark who was there for each meeting on the Meetings tab.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="166" />
            <source>No quorum recorded, so meetings are not checked for one.</source>
            <translation>No quorum recorded, so meetings are not checked for one.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="216" />
            <source>Offices</source>
            <translation>Offices</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="50" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="52" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="85" />
            <source>Partners were present at {percent}% of the places recorded.</source>
            <translation>Partners were present at {percent}% of the places recorded.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="54" />
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="87" />
            <source>Present at fewer than half: {names}.</source>
            <translation>Present at fewer than half: {names}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="43" />
            <source>Quorum (&amp;number or per cent)</source>
            <translation>Quorum (&amp;number or per cent)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="220" />
            <source>Remove this office</source>
            <translation>Remove this office</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="131" />
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="178" />
            <source>Term &amp;starts</source>
            <translation>Term &amp;starts</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="179" />
            <source>Term en&amp;ds</source>
            <translation>Term en&amp;ds</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="153" />
            <source>That is fewer than the rules ask for.</source>
            <translation>That is fewer than the rules ask for.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="148" />
            <source>The rules ask for at least {wanted} meetings a year. Held in the last twelve months: {held}.</source>
            <translation>The rules ask for at least {wanted} meetings a year. Held in the last twelve months: {held}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="88" />
            <source>The written rules the partnership runs by. The quorum is used to say whether each meeting was quorate, from the partners' attendance on the Meetings tab.</source>
            <translation>The written rules the partnership runs by. The quorum is used to say whether each meeting was quorate, from the partners' attendance on the Meetings tab.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="176" />
            <source>Their e&amp;mail</source>
            <translation>Their e&amp;mail</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="177" />
            <source>Their phone</source>
            <translation>Their phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="47" />
            <source>Vote</source>
            <translation>Vote</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="48" />
            <source>Vote (casting)</source>
            <translation>Vote (casting)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="37" />
            <source>What they &amp;cover</source>
            <translation>What they &amp;cover</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="206" />
            <source>Who chairs the partnership and holds its other offices, for how long, and how they were chosen. A next election shows on Home when it is near. The person's name and details are kept like our own people's: left out of a return unless contact details are included.</source>
            <translation>Who chairs the partnership and holds its other offices, for how long, and how they were chosen. A next election shows on Home when it is near. The person's name and details are kept like our own people's: left out of a return unless contact details are included.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="81" />
            <source>Who is responsible</source>
            <translation>Who is responsible</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="55" />
            <source>for example 4</source>
            <translation>for example 4</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="173" />
            <source>for example Secretary</source>
            <translation>for example Secretary</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="62" />
            <source>for example any voluntary group working in the district</source>
            <translation>for example any voluntary group working in the district</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="40" />
            <source>for example purpose, membership, meetings, decisions, conflicts</source>
            <translation>for example purpose, membership, meetings, decisions, conflicts</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="39" />
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="194" />
            <source>not filled</source>
            <translation>not filled</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="72" />
            <source>not recorded</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="194" />
            <source>past</source>
            <translation>past</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="118" />
            <source>words in the decision, who is responsible or the meeting</source>
            <translation>words in the decision, who is responsible or the meeting</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="40" />
            <source>{open} to do, {done} done</source>
            <translation>{open} to do, {done} done</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="189" />
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
    </context>
    <context>
        <name>HowItIsRunTab</name>
        <message>
            <location filename="../../desktop/ui/partnerships/run_tab.py" line="43" />
            <source>Chair and officers</source>
            <translation>Chair and officers</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_tab.py" line="57" />
            <source>Closing</source>
            <translation>Closing</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_tab.py" line="45" />
            <source>Decision log</source>
            <translation>Decision log</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_tab.py" line="69" />
            <source>How it is run</source>
            <translation>How it is run</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_tab.py" line="44" />
            <source>Partners' attendance</source>
            <translation>Partners' attendance</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_tab.py" line="75" />
            <source>Parts of how it is run</source>
            <translation>Parts of how it is run</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_tab.py" line="56" />
            <source>Reporting back</source>
            <translation>Reporting back</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_tab.py" line="55" />
            <source>Risks, conflicts, equality and learning</source>
            <translation>Risks, conflicts, equality and learning</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_tab.py" line="54" />
            <source>Structure, vision and goal</source>
            <translation>Structure, vision and goal</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_tab.py" line="42" />
            <source>Terms of reference and rules</source>
            <translation>Terms of reference and rules</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/import_dialog.py" line="426" />
            <source>%n row(s) with problems left out: spreadsheet row(s) {rows}.</source>
            <translation>
                <numerusform>%n row with problems left out: spreadsheet row {rows}.</numerusform>
                <numerusform>%n rows with problems left out: spreadsheet rows {rows}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="136" />
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="95" />
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/import_dialog.py" line="370" />
            <source>&amp;Import %n partnership(s)</source>
            <translation>
                <numerusform>&amp;Import %n partnership</numerusform>
                <numerusform>&amp;Import %n partnerships</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="207" />
            <source>&amp;Leave out the rows with problems and import the rest</source>
            <translation>&amp;Leave out the rows with problems and import the rest</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="94" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="195" />
            <source>&amp;Rows to import:</source>
            <translation>&amp;Rows to import:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="302" />
            <source>(column with no heading)</source>
            <translation>(column with no heading)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="93" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="140" />
            <source>B&amp;rowse…</source>
            <translation>B&amp;rowse…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="96" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="232" />
            <source>Choose a spreadsheet</source>
            <translation>Choose a spreadsheet</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="128" />
            <source>Choose a spreadsheet with one partnership on each row and the column headings in the first row. Partnerbook reads CSV (.csv) and Excel (.xlsx) files of up to 5 MB. Nothing is added until you have checked every row.</source>
            <translation>Choose a spreadsheet with one partnership on each row and the column headings in the first row. Partnerbook reads CSV (.csv) and Excel (.xlsx) files of up to 5 MB. Nothing is added until you have checked every row.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="276" />
            <source>Choose the spreadsheet to import first.</source>
            <translation>Choose the spreadsheet to import first.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="308" />
            <source>Column {name}</source>
            <translation>Column {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="304" />
            <source>Do not import</source>
            <translation>Do not import</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="251" />
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="430" />
            <source>Import finished</source>
            <translation>Import finished</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="85" />
            <source>Import partnerships from a spreadsheet</source>
            <translation>Import partnerships from a spreadsheet</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="111" />
            <source>Import progress</source>
            <translation>Import progress</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/import_dialog.py" line="420" />
            <source>Imported %n partnership(s) from {file}.</source>
            <translation>
                <numerusform>Imported %n partnership from {file}.</numerusform>
                <numerusform>Imported %n partnerships from {file}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="419" />
            <source>Imported partnerships from {file}</source>
            <translation>Imported partnerships from {file}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/import_dialog.py" line="409" />
            <source>Importing %n partnership(s)…</source>
            <translation>
                <numerusform>Importing %n partnership…</numerusform>
                <numerusform>Importing %n partnerships…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="208" />
            <source>Leave out the rows with problems</source>
            <translation>Leave out the rows with problems</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="329" />
            <source>Not imported: {columns}.</source>
            <translation>Not imported: {columns}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="150" />
            <source>Not sure how to lay it out? Save the template, fill it in with your spreadsheet program, then import it here.</source>
            <translation>Not sure how to lay it out? Save the template, fill it in with your spreadsheet program, then import it here.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="437" />
            <source>Nothing was imported</source>
            <translation>Nothing was imported</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="171" />
            <source>Partnerbook has guessed what each column holds. Change any guess that is wrong, or choose “Do not import” for a column you do not need.</source>
            <translation>Partnerbook has guessed what each column holds. Change any guess that is wrong, or choose “Do not import” for a column you do not need.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/import_dialog.py" line="358" />
            <source>Ready to import: %n row(s), with no problems.</source>
            <translation>
                <numerusform>Ready to import: %n row, with no problems.</numerusform>
                <numerusform>Ready to import: %n rows, with no problems.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="199" />
            <source>Rows to import</source>
            <translation>Rows to import</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/import_dialog.py" line="350" />
            <source>Rows with problems: %n of {total} (shown in the last column). Fix them in the spreadsheet and import it again, or leave those rows out.</source>
            <translation>
                <numerusform>Rows with problems: %n of {total} (shown in the last column). Fix them in the spreadsheet and import it again, or leave those rows out.</numerusform>
                <numerusform>Rows with problems: %n of {total} (shown in the last column). Fix them in the spreadsheet and import it again, or leave those rows out.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="156" />
            <source>Save a &amp;template…</source>
            <translation>Save a &amp;template…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="249" />
            <source>Save the template</source>
            <translation>Save the template</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="138" />
            <source>Spreadsheet file</source>
            <translation>Spreadsheet file</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="236" />
            <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
            <translation>Spreadsheets (*.csv *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="259" />
            <source>Template not saved</source>
            <translation>Template not saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="261" />
            <source>Template saved to {path}</source>
            <translation>Template saved to {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="398" />
            <source>The import of the partnerships</source>
            <translation>The import of the partnerships</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <location filename="../../desktop/ui/import_preview_model.py" line="52" />
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_preview_model.py" line="31" />
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_preview_model.py" line="31" />
            <source>Partnership</source>
            <translation>Partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_preview_model.py" line="31" />
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_preview_model.py" line="60" />
            <source>Ready to import</source>
            <translation>Ready to import</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_preview_model.py" line="31" />
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_preview_model.py" line="31" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>JoiningCheck</name>
        <message>
            <location filename="../../desktop/ui/joining.py" line="46" />
            <source>&amp;Why would we join?</source>
            <translation>&amp;Why would we join?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="73" />
            <source>Before joining, ask these questions. A partnership takes time and energy: join when it is clearly the best way to get the result you want. Each answer is saved when you leave its box.</source>
            <translation>Before joining, ask these questions. A partnership takes time and energy: join when it is clearly the best way to get the result you want. Each answer is saved when you leave its box.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="44" />
            <source>Could an e&amp;xisting partnership take it on instead?</source>
            <translation>Could an e&amp;xisting partnership take it on instead?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="127" />
            <source>Date of the decisio&amp;n</source>
            <translation>Date of the decisio&amp;n</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="129" />
            <source>Date of the decision</source>
            <translation>Date of the decision</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="43" />
            <source>Is the work already done &amp;somewhere else?</source>
            <translation>Is the work already done &amp;somewhere else?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="172" />
            <source>No resource needs recorded for this partnership yet (see Resource needs).</source>
            <translation>No resource needs recorded for this partnership yet (see Resource needs).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="119" />
            <source>O&amp;ur decision</source>
            <translation>O&amp;ur decision</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="123" />
            <source>Our decision</source>
            <translation>Our decision</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="166" />
            <source>Resource needs recorded for this partnership: {n}, estimated at {money}.</source>
            <translation>Resource needs recorded for this partnership: {n}, estimated at {money}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="42" />
            <source>What &amp;evidence is there (surveys, research, evaluations)?</source>
            <translation>What &amp;evidence is there (surveys, research, evaluations)?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="45" />
            <source>What &amp;limits us (time, money, rules, skills)?</source>
            <translation>What &amp;limits us (time, money, rules, skills)?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="41" />
            <source>What has been &amp;done already, or is going on now?</source>
            <translation>What has been &amp;done already, or is going on now?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="92" />
            <source>What the framework asks before joining</source>
            <translation>What the framework asks before joining</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="48" />
            <source>What would it c&amp;ost us in time and money?</source>
            <translation>What would it c&amp;ost us in time and money?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="47" />
            <source>What would we &amp;bring?</source>
            <translation>What would we &amp;bring?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="146" />
            <source>What {framework} asks you to think about:</source>
            <translation>What {framework} asks you to think about:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="143" />
            <source>{framework} has no questions of its own for before joining.</source>
            <translation>{framework} has no questions of its own for before joining.</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <location filename="../../desktop/ui/keyboard.py" line="249" />
            <source>Ctrl+Page Down moves to the next part, Ctrl+Tab to the next section</source>
            <translation>Ctrl+Page Down moves to the next part, Ctrl+Tab to the next section</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="231" />
            <source>&amp;About Partnerbook</source>
            <translation>&amp;About Partnerbook</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="205" />
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="202" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="172" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="227" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="173" />
            <source>&amp;New partnership…</source>
            <translation>&amp;New partnership…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="206" />
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="197" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="218" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="286" />
            <source>&lt;h3&gt;Partnerbook {version}&lt;/h3&gt;&lt;p&gt;Keeps the record of the partnerships your group sits on, and sends it to your Council for Voluntary Service as a return.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Partnerbook {version}&lt;/h3&gt;&lt;p&gt;Keeps the record of the partnerships your group sits on, and sends it to your Council for Voluntary Service as a return.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="294" />
            <source>About Partnerbook</source>
            <translation>About Partnerbook</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="63" />
            <source>Areas</source>
            <translation>Areas</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="204" />
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="177" />
            <source>Import &amp;framework…</source>
            <translation>Import &amp;framework…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="186" />
            <source>Import &amp;partnerships from a spreadsheet…</source>
            <translation>Import &amp;partnerships from a spreadsheet…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="237" />
            <source>Not while your records are open for reading only</source>
            <translation>Not while your records are open for reading only</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="180" />
            <source>Open a return &amp;pack…</source>
            <translation>Open a return &amp;pack…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="181" />
            <source>Open the return pack your CVS sent</source>
            <translation>Open the return pack your CVS sent</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="214" />
            <source>Our &amp;group…</source>
            <translation>Our &amp;group…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="101" />
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="207" />
            <source>Select &amp;all</source>
            <translation>Select &amp;all</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="54" />
            <source>{app} — Our group's records (read only) — {file}</source>
            <translation>{app} — Our group's records (read only) — {file}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="56" />
            <source>{app} — Our group's records — {file}</source>
            <translation>{app} — Our group's records — {file}</translation>
        </message>
    </context>
    <context>
        <name>MeetingsTab</name>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="209" />
            <source>Action added</source>
            <translation>Action added</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="89" />
            <source>Actions arising</source>
            <translation>Actions arising</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="78" />
            <source>Add a &amp;meeting</source>
            <translation>Add a &amp;meeting</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="157" />
            <source>Add a decisio&amp;n</source>
            <translation>Add a decisio&amp;n</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="92" />
            <source>Add an a&amp;ction arising</source>
            <translation>Add an a&amp;ction arising</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="161" />
            <source>Add an action to ca&amp;rry it out</source>
            <translation>Add an action to ca&amp;rry it out</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="162" />
            <source>Add an action to carry out this decision</source>
            <translation>Add an action to carry out this decision</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="181" />
            <source>Add our representatives on the Our seat tab to record who went.</source>
            <translation>Add our representatives on the Our seat tab to record who went.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="38" />
            <source>Add the partners on the Partners tab to record who was there.</source>
            <translation>Add the partners on the Partners tab to record who was there.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="68" />
            <source>Add this meeting's time and travel as a resource need</source>
            <translation>Add this meeting's time and travel as a resource need</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="65" />
            <source>Add this meeting's time and travel as a resource need…</source>
            <translation>Add this meeting's time and travel as a resource need…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="129" />
            <source>Attendance is not entered yet for the %n meeting(s) held, so there is no attendance rate (Code 4.8 a).</source>
            <translation>
                <numerusform>Attendance is not entered yet for the %n meeting held, so there is no attendance rate (Code 4.8 a).</numerusform>
                <numerusform>Attendance is not entered yet for the %n meetings held, so there is no attendance rate (Code 4.8 a).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="195" />
            <source>Carried out by: {actions}</source>
            <translation>Carried out by: {actions}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="154" />
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="130" />
            <source>How it was dec&amp;ided</source>
            <translation>How it was dec&amp;ided</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="75" />
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="207" />
            <source>New action</source>
            <translation>New action</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="181" />
            <source>New decision</source>
            <translation>New decision</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="200" />
            <source>No action carries it out yet.</source>
            <translation>No action carries it out yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="135" />
            <source>No meetings held yet, so there is no attendance rate (Code 4.8 a).</source>
            <translation>No meetings held yet, so there is no attendance rate (Code 4.8 a).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="39" />
            <source>No quorum is recorded (How it is run → Terms of reference and rules), so this meeting is not checked for one.</source>
            <translation>No quorum is recorded (How it is run → Terms of reference and rules), so this meeting is not checked for one.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="143" />
            <source>Not counted: %n meeting(s) without attendance entered.</source>
            <translation>
                <numerusform>Not counted: %n meeting without attendance entered.</numerusform>
                <numerusform>Not counted: %n meetings without attendance entered.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="47" />
            <source>Not quorate</source>
            <translation>Not quorate</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="83" />
            <source>Not recorded</source>
            <translation>Not recorded</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="62" />
            <source>Print meeting &amp;brief…</source>
            <translation>Print meeting &amp;brief…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="63" />
            <source>Print meeting brief</source>
            <translation>Print meeting brief</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="47" />
            <source>Quorate</source>
            <translation>Quorate</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="44" />
            <source>Quorum: {needed} of {members} members. Mark who was there below.</source>
            <translation>Quorum: {needed} of {members} members. Mark who was there below.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="93" />
            <source>Remove this action</source>
            <translation>Remove this action</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="158" />
            <source>Remove this decision</source>
            <translation>Remove this decision</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="79" />
            <source>Remove this meeting</source>
            <translation>Remove this meeting</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="116" />
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="137" />
            <source>Someone from us was at {attended} of the %n meeting(s) held: {percent}% (Code 4.8 a).</source>
            <translation>
                <numerusform>Someone from us was at {attended} of the %n meeting held: {percent}% (Code 4.8 a).</numerusform>
                <numerusform>Someone from us was at {attended} of the %n meetings held: {percent}% (Code 4.8 a).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="89" />
            <source>Was {name} there?</source>
            <translation>Was {name} there?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="128" />
            <source>Wh&amp;at was decided</source>
            <translation>Wh&amp;at was decided</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="57" />
            <source>Which partners were there</source>
            <translation>Which partners were there</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="81" />
            <source>Who from us was there</source>
            <translation>Who from us was there</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="132" />
            <source>Who is res&amp;ponsible</source>
            <translation>Who is res&amp;ponsible</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="48" />
            <source>{verdict}: {present} of {members} members present; {needed} needed.</source>
            <translation>{verdict}: {present} of {members} members present; {needed} needed.</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="43" />
            <source>&amp;Area covered</source>
            <translation>&amp;Area covered</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="31" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="34" />
            <source>&amp;Purpose</source>
            <translation>&amp;Purpose</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="49" />
            <source>&amp;Start date</source>
            <translation>&amp;Start date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="52" />
            <source>&amp;Who holds the funds</source>
            <translation>&amp;Who holds the funds</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="91" />
            <source>Before joining (Code 4.1)</source>
            <translation>Before joining (Code 4.1)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="37" />
            <source>C&amp;urrent focus</source>
            <translation>C&amp;urrent focus</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="50" />
            <source>En&amp;d date</source>
            <translation>En&amp;d date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="44" />
            <source>F&amp;ormal or informal</source>
            <translation>F&amp;ormal or informal</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="55" />
            <source>How often &amp;it meets</source>
            <translation>How often &amp;it meets</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="51" />
            <source>Lead or chair &amp;body</source>
            <translation>Lead or chair &amp;body</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="59" />
            <source>Ne&amp;xt meeting</source>
            <translation>Ne&amp;xt meeting</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="195" />
            <source>Not saved: {fields}: {why}</source>
            <translation>Not saved: {fields}: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="47" />
            <source>Ongoin&amp;g or time-limited</source>
            <translation>Ongoin&amp;g or time-limited</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="33" />
            <source>S&amp;tatus</source>
            <translation>S&amp;tatus</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="158" />
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="194" />
            <source>Saved, except {fields}: {why}</source>
            <translation>Saved, except {fields}: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="42" />
            <source>Sca&amp;le</source>
            <translation>Sca&amp;le</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="32" />
            <source>Sho&amp;rt name</source>
            <translation>Sho&amp;rt name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="83" />
            <source>The&amp;mes (optional)</source>
            <translation>The&amp;mes (optional)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="45" />
            <source>Voluntary or &amp;contractual</source>
            <translation>Voluntary or &amp;contractual</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="94" />
            <source>We are still considering this partnership: the questions to ask before joining are at the end of this page.</source>
            <translation>We are still considering this partnership: the questions to ask before joining are at the end of this page.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="34" />
            <source>What is the partnership for?</source>
            <translation>What is the partnership for?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="40" />
            <source>What it is concentrating on for now</source>
            <translation>What it is concentrating on for now</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="62" />
            <source>Where its papers are &amp;kept</source>
            <translation>Where its papers are &amp;kept</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="64" />
            <source>a folder on this computer, or a web link</source>
            <translation>a folder on this computer, or a web link</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="32" />
            <source>for example NDHWP</source>
            <translation>for example NDHWP</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="43" />
            <source>for example Torridge</source>
            <translation>for example Torridge</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="57" />
            <source>for example every two months</source>
            <translation>for example every two months</translation>
        </message>
    </context>
    <context>
        <name>PackChoice</name>
        <message>
            <location filename="../../desktop/ui/pack_choice.py" line="41" />
            <source>A return of our own choosing</source>
            <translation>A return of our own choosing</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_choice.py" line="30" />
            <source>The return is for</source>
            <translation>The return is for</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_choice.py" line="43" />
            <source>{cvs}'s return pack: {period}, due {deadline}</source>
            <translation>{cvs}'s return pack: {period}, due {deadline}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_choice.py" line="49" />
            <source>{pack} (made already)</source>
            <translation>{pack} (made already)</translation>
        </message>
    </context>
    <context>
        <name>PartnersTab</name>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="29" />
            <source>&amp;Date it left</source>
            <translation>&amp;Date it left</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="27" />
            <source>&amp;Joined on</source>
            <translation>&amp;Joined on</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="32" />
            <source>&amp;Reason for leaving</source>
            <translation>&amp;Reason for leaving</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="77" />
            <source>Add a &amp;contact</source>
            <translation>Add a &amp;contact</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="98" />
            <source>Add a &amp;stakeholder</source>
            <translation>Add a &amp;stakeholder</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="71" />
            <source>Add partners: t&amp;ype one organisation on each line</source>
            <translation>Add partners: t&amp;ype one organisation on each line</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="88" />
            <source>Add these &amp;partners</source>
            <translation>Add these &amp;partners</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="89" />
            <source>Add these partners</source>
            <translation>Add these partners</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="81" />
            <source>Add “ - ” and a sector after a name if you know it: {sectors}.</source>
            <translation>Add “ - ” and a sector after a name if you know it: {sectors}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="77" />
            <source>Devon County Council - statutory
Holsworthy Young Farmers - community</source>
            <translation>Devon County Council - statutory
Holsworthy Young Farmers - community</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="62" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="61" />
            <source>Jo&amp;b or role</source>
            <translation>Jo&amp;b or role</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="82" />
            <source>Kept like our own people: left out of a return unless contact details are included, and in Edit → People to export or forget.</source>
            <translation>Kept like our own people: left out of a return unless contact details are included, and in Edit → People to export or forget.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="60" />
            <source>Na&amp;me</source>
            <translation>Na&amp;me</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="106" />
            <source>New contact</source>
            <translation>New contact</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="130" />
            <source>New stakeholder</source>
            <translation>New stakeholder</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="75" />
            <source>Partner organisations, one on each line</source>
            <translation>Partner organisations, one on each line</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="57" />
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="158" />
            <source>Partners added</source>
            <translation>Partners added</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="97" />
            <source>People we deal with at {partner}</source>
            <translation>People we deal with at {partner}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="74" />
            <source>People we deal with there</source>
            <translation>People we deal with there</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="63" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="28" />
            <source>Reason for joinin&amp;g</source>
            <translation>Reason for joinin&amp;g</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="78" />
            <source>Remove this contact</source>
            <translation>Remove this contact</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="63" />
            <source>Remove this partner</source>
            <translation>Remove this partner</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="99" />
            <source>Remove this stakeholder</source>
            <translation>Remove this stakeholder</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="52" />
            <source>Show p&amp;artners that have left</source>
            <translation>Show p&amp;artners that have left</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="53" />
            <source>Show partners that have left</source>
            <translation>Show partners that have left</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="95" />
            <source>Stakeholders: who should be round the table (Code 4.2)</source>
            <translation>Stakeholders: who should be round the table (Code 4.2)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="54" />
            <source>The list shows current partners; tick to see the whole history.</source>
            <translation>The list shows current partners; tick to see the whole history.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="35" />
            <source>for example its funding for this work ended</source>
            <translation>for example its funding for this work ended</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="47" />
            <source>joined {when}</source>
            <translation>joined {when}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="44" />
            <source>leaving {when}</source>
            <translation>leaving {when}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="44" />
            <source>left {when}</source>
            <translation>left {when}</translation>
        </message>
    </context>
    <context>
        <name>PartnershipDialogs</name>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="185" />
            <source>&amp;Add partnership</source>
            <translation>&amp;Add partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="130" />
            <source>&amp;Area we serve</source>
            <translation>&amp;Area we serve</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="169" />
            <source>&amp;Name of the partnership</source>
            <translation>&amp;Name of the partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="136" />
            <source>&amp;Rural or urban</source>
            <translation>&amp;Rural or urban</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="152" />
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="70" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="129" />
            <source>Charity or company n&amp;umber</source>
            <translation>Charity or company n&amp;umber</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="180" />
            <source>Give the partnership's name. You can fill in everything else on the next screen, now or later.</source>
            <translation>Give the partnership's name. You can fill in everything else on the next screen, now or later.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="133" />
            <source>Main contact: &amp;email</source>
            <translation>Main contact: &amp;email</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="134" />
            <source>Main contact: &amp;phone</source>
            <translation>Main contact: &amp;phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="132" />
            <source>Main contact: na&amp;me</source>
            <translation>Main contact: na&amp;me</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="179" />
            <source>New partnership</source>
            <translation>New partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="146" />
            <source>Our group</source>
            <translation>Our group</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="128" />
            <source>Our group's &amp;name</source>
            <translation>Our group's &amp;name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="171" />
            <source>S&amp;tatus</source>
            <translation>S&amp;tatus</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="111" />
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="170" />
            <source>Short na&amp;me</source>
            <translation>Short na&amp;me</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="135" />
            <source>Si&amp;ze (yearly income)</source>
            <translation>Si&amp;ze (yearly income)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="147" />
            <source>Tell Partnerbook about your group. This goes on the returns you send to your CVS, so they know who the return is from.</source>
            <translation>Tell Partnerbook about your group. This goes on the returns you send to your CVS, so they know who the return is from.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="131" />
            <source>The &amp;CVS we report to</source>
            <translation>The &amp;CVS we report to</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="170" />
            <source>for example NDHWP</source>
            <translation>for example NDHWP</translation>
        </message>
    </context>
    <context>
        <name>PartnershipPage</name>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="47" />
            <source>Back to all partnerships</source>
            <translation>Back to all partnerships</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="48" />
            <source>Back to all partnerships (Alt+Left)</source>
            <translation>Back to all partnerships (Alt+Left)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="61" />
            <source>Ctrl+Tab moves to the next section</source>
            <translation>Ctrl+Tab moves to the next section</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="58" />
            <source>Each field is saved when you leave it.</source>
            <translation>Each field is saved when you leave it.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="99" />
            <source>How it is run</source>
            <translation>How it is run</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="196" />
            <source>Leave without saving?</source>
            <translation>Leave without saving?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="97" />
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="96" />
            <source>Our seat</source>
            <translation>Our seat</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="94" />
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="95" />
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="98" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="60" />
            <source>Sections of the partnership</source>
            <translation>Sections of the partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="197" />
            <source>Some of what you typed could not be saved:

{fields}

Choose Yes to leave without it, or No to stay and put it right.</source>
            <translation>Some of what you typed could not be saved:

{fields}

Choose Yes to leave without it, or No to stay and put it right.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="177" />
            <source>{section}, {field}: {why}</source>
            <translation>{section}, {field}: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="46" />
            <source>◀ All partnerships</source>
            <translation>◀ All partnerships</translation>
        </message>
    </context>
    <context>
        <name>PartnershipsArea</name>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="91" />
            <source>&amp;Add a partnership…</source>
            <translation>&amp;Add a partnership…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="173" />
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="170" />
            <source>&amp;New partnership…</source>
            <translation>&amp;New partnership…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="171" />
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="311" />
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="108" />
            <source>&amp;Search</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="174" />
            <source>&amp;Undo delete</source>
            <translation>&amp;Undo delete</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="87" />
            <source>A partnership is any group of organisations working together towards a shared goal. Add the first one your group sits on.</source>
            <translation>A partnership is any group of organisations working together towards a shared goal. Add the first one your group sits on.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="122" />
            <source>Any role</source>
            <translation>Any role</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="116" />
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="119" />
            <source>Any theme</source>
            <translation>Any theme</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="172" />
            <source>Ar&amp;chive</source>
            <translation>Ar&amp;chive</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="312" />
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="360" />
            <source>Archived. Tick “Show archived” to see it again.</source>
            <translation>Archived. Tick “Show archived” to see it again.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="405" />
            <source>Cannot undo</source>
            <translation>Cannot undo</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="370" />
            <source>Delete this partnership?</source>
            <translation>Delete this partnership?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="371" />
            <source>Delete “{name}” and everything recorded about it: partners, meetings, the plan and reviews?

You can undo this until you close Partnerbook. To put a partnership away safely, archive it instead.</source>
            <translation>Delete “{name}” and everything recorded about it: partners, meetings, the plan and reviews?

You can undo this until you close Partnerbook. To put a partnership away safely, archive it instead.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="386" />
            <source>Deleted “{name}”. Undo delete brings it back.</source>
            <translation>Deleted “{name}”. Undo delete brings it back.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="166" />
            <source>Double-click a partnership, or press Enter, to open it.</source>
            <translation>Double-click a partnership, or press Enter, to open it.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="110" />
            <source>Name, area or theme</source>
            <translation>Name, area or theme</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="86" />
            <source>No partnerships yet</source>
            <translation>No partnerships yet</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="121" />
            <source>Our ro&amp;le</source>
            <translation>Our ro&amp;le</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="145" />
            <source>Partnerships</source>
            <translation>Partnerships</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="312" />
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="354" />
            <source>Restored</source>
            <translation>Restored</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="115" />
            <source>S&amp;tatus</source>
            <translation>S&amp;tatus</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="111" />
            <source>Search partnerships</source>
            <translation>Search partnerships</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="125" />
            <source>Show &amp;archived</source>
            <translation>Show &amp;archived</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="126" />
            <source>Show archived partnerships</source>
            <translation>Show archived partnerships</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="280" />
            <source>Showing {shown} of {total}</source>
            <translation>Showing {shown} of {total}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="119" />
            <source>The&amp;me</source>
            <translation>The&amp;me</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="402" />
            <source>“{name}” is back.</source>
            <translation>“{name}” is back.</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <location filename="../../desktop/ui/people.py" line="163" />
            <source> years ago</source>
            <translation> years ago</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="180" />
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="175" />
            <source>&amp;Forget this person…</source>
            <translation>&amp;Forget this person…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="176" />
            <source>&amp;Merge duplicates…</source>
            <translation>&amp;Merge duplicates…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="160" />
            <source>&amp;Remind me about people who left more than</source>
            <translation>&amp;Remind me about people who left more than</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="366" />
            <source>Backups still hold their details</source>
            <translation>Backups still hold their details</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="70" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="70" />
            <source>End of term</source>
            <translation>End of term</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="174" />
            <source>Export as &amp;JSON…</source>
            <translation>Export as &amp;JSON…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="173" />
            <source>Export as &amp;PDF…</source>
            <translation>Export as &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="307" />
            <source>Forget {name}?</source>
            <translation>Forget {name}?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="338" />
            <source>Forgetting</source>
            <translation>Forgetting</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="90" />
            <source>Forgotten</source>
            <translation>Forgotten</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="210" />
            <source>If your group no longer needs their details, forget them.</source>
            <translation>If your group no longer needs their details, forget them.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="259" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="95" />
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="92" />
            <source>Left long ago: review</source>
            <translation>Left long ago: review</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="85" />
            <source>Merge these records?</source>
            <translation>Merge these records?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="96" />
            <source>Merged</source>
            <translation>Merged</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="70" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="130" />
            <source>Names and contact details are kept here and nowhere else. You can give someone a copy of everything held about them, or forget them: their name and details are removed, and the meetings and roles they took part in stay as “Former representative”.</source>
            <translation>Names and contact details are kept here and nowhere else. You can give someone a copy of everything held about them, or forget them: their name and details are removed, and the meetings and roles they took part in stay as “Former representative”.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="41" />
            <source>No: {name} is a new person</source>
            <translation>No: {name} is a new person</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="351" />
            <source>Not forgotten</source>
            <translation>Not forgotten</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="98" />
            <source>Not merged</source>
            <translation>Not merged</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="279" />
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="348" />
            <source>Nothing was changed, because the backup made first failed: {why}</source>
            <translation>Nothing was changed, because the backup made first failed: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="203" />
            <source>One person's term ended more than {years} years ago: {names}.</source>
            <translation>One person's term ended more than {years} years ago: {names}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="259" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="126" />
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="70" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="243" />
            <source>Reminder saved</source>
            <translation>Reminder saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="308" />
            <source>Remove {name}'s name and contact details from Partnerbook? The meetings and roles they took part in stay, as “Former representative”.

A backup is made first. This cannot be undone in the app.</source>
            <translation>Remove {name}'s name and contact details from Partnerbook? The meetings and roles they took part in stay, as “Former representative”.

A backup is made first. This cannot be undone in the app.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="257" />
            <source>Save everything held about {name}</source>
            <translation>Save everything held about {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="119" />
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="275" />
            <source>Saved {path}</source>
            <translation>Saved {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="94" />
            <source>Serving</source>
            <translation>Serving</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="45" />
            <source>Someone already in your records?</source>
            <translation>Someone already in your records?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="70" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="283" />
            <source>The copy</source>
            <translation>The copy</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="73" />
            <source>These may be the same person: {names}.</source>
            <translation>These may be the same person: {names}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="86" />
            <source>These records look like one person:

{listing}

Merge them into one? Every role, meeting, action and review they are named in stays, under the one record; contact details missing from the first are taken from the others.</source>
            <translation>These records look like one person:

{listing}

Merge them into one? Every role, meeting, action and review they are named in stays, under the one record; contact details missing from the first are taken from the others.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="164" />
            <source>Years after which to be reminded</source>
            <translation>Years after which to be reminded</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="42" />
            <source>Yes: {who}</source>
            <translation>Yes: {who}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="363" />
            <source>and {count} more</source>
            <translation>and {count} more</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="205" />
            <source>{count} people's terms ended more than {years} years ago: {names}.</source>
            <translation>{count} people's terms ended more than {years} years ago: {names}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="71" />
            <source>{name} ({count} records)</source>
            <translation>{name} ({count} records)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="378" />
            <source>{name} has been forgotten.</source>
            <translation>{name} has been forgotten.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="367" />
            <source>{name} has been forgotten. These {count} backups still hold their name and contact details:

{listing}

Old backups are removed automatically over the coming months. Delete these backups now? (Your records are not affected.)</source>
            <translation>{name} has been forgotten. These {count} backups still hold their name and contact details:

{listing}

Old backups are removed automatically over the coming months. Delete these backups now? (Your records are not affected.)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="46" />
            <source>{name} is already in your records. Is this the same person? Choosing them keeps one record, so their roles, meetings and details stay together.</source>
            <translation>{name} is already in your records. Is this the same person? Choosing them keeps one record, so their roles, meetings and details stay together.</translation>
        </message>
    </context>
    <context>
        <name>PeriodChooser</name>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="62" />
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="64" />
            <source>&amp;Quarter:</source>
            <translation>&amp;Quarter:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="38" />
            <source>Dates I choose</source>
            <translation>Dates I choose</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="63" />
            <source>Financial &amp;year:</source>
            <translation>Financial &amp;year:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="36" />
            <source>Financial year</source>
            <translation>Financial year</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="65" />
            <source>Fro&amp;m:</source>
            <translation>Fro&amp;m:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="48" />
            <source>Q1: April to June</source>
            <translation>Q1: April to June</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="49" />
            <source>Q2: July to September</source>
            <translation>Q2: July to September</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="50" />
            <source>Q3: October to December</source>
            <translation>Q3: October to December</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="51" />
            <source>Q4: January to March</source>
            <translation>Q4: January to March</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="37" />
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="66" />
            <source>Up &amp;to:</source>
            <translation>Up &amp;to:</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="110" />
            <source>Add a f&amp;unding line</source>
            <translation>Add a f&amp;unding line</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="71" />
            <source>Add a mi&amp;lestone</source>
            <translation>Add a mi&amp;lestone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="85" />
            <source>Add a p&amp;riority</source>
            <translation>Add a p&amp;riority</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="92" />
            <source>Add an action or ste&amp;p</source>
            <translation>Add an action or ste&amp;p</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="78" />
            <source>Add an area for a&amp;ction</source>
            <translation>Add an area for a&amp;ction</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="99" />
            <source>Add an out&amp;come</source>
            <translation>Add an out&amp;come</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="116" />
            <source>Aims and outputs</source>
            <translation>Aims and outputs</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="75" />
            <source>Aims and outputs, one row for each area for action</source>
            <translation>Aims and outputs, one row for each area for action</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="103" />
            <source>Budget for voluntary sector involvement (Code 4.4)</source>
            <translation>Budget for voluntary sector involvement (Code 4.4)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="107" />
            <source>Funding</source>
            <translation>Funding</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="52" />
            <source>How &amp;much</source>
            <translation>How &amp;much</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="89" />
            <source>Immediate actions and future steps for this priority</source>
            <translation>Immediate actions and future steps for this priority</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="51" />
            <source>Is there a &amp;budget for us to take part?</source>
            <translation>Is there a &amp;budget for us to take part?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="115" />
            <source>Milestones</source>
            <translation>Milestones</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="68" />
            <source>Milestones on a clear timescale (Code 4.3)</source>
            <translation>Milestones on a clear timescale (Code 4.3)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="172" />
            <source>New action</source>
            <translation>New action</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="139" />
            <source>New area for action</source>
            <translation>New area for action</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="157" />
            <source>New funding line</source>
            <translation>New funding line</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="133" />
            <source>New milestone</source>
            <translation>New milestone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="151" />
            <source>New outcome</source>
            <translation>New outcome</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="145" />
            <source>New priority</source>
            <translation>New priority</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="53" />
            <source>Notes about the budget</source>
            <translation>Notes about the budget</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="118" />
            <source>Outcomes</source>
            <translation>Outcomes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="96" />
            <source>Outcomes in the short, medium and long term</source>
            <translation>Outcomes in the short, medium and long term</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="62" />
            <source>Parts of the plan</source>
            <translation>Parts of the plan</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="82" />
            <source>Priorities</source>
            <translation>Priorities</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="93" />
            <source>Remove this action</source>
            <translation>Remove this action</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="111" />
            <source>Remove this funding line</source>
            <translation>Remove this funding line</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="72" />
            <source>Remove this milestone</source>
            <translation>Remove this milestone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="100" />
            <source>Remove this outcome</source>
            <translation>Remove this outcome</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="86" />
            <source>Remove this priority</source>
            <translation>Remove this priority</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="79" />
            <source>Remove this row</source>
            <translation>Remove this row</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="198" />
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="352" />
            <source>"bands" needs at least one band, starting at 0.</source>
            <translation>"bands" needs at least one band, starting at 0.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="523" />
            <source>"domain" is only used for questions in sections of kind "scored".</source>
            <translation>"domain" is only used for questions in sections of kind "scored".</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="210" />
            <source>"format" is missing. Put format = 1 at the top of the file.</source>
            <translation>"format" is missing. Put format = 1 at the top of the file.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="213" />
            <source>"format" must be a whole number, such as 1.</source>
            <translation>"format" must be a whole number, such as 1.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="378" />
            <source>"from" must be at least 0 and below 100, not {start}.</source>
            <translation>"from" must be at least 0 and below 100, not {start}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="466" />
            <source>"kind" must be "{expected}" for this section, not "{kind}".</source>
            <translation>"kind" must be "{expected}" for this section, not "{kind}".</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="92" />
            <source>"need_help" names the option "{key}", but the scale has no such option.</source>
            <translation>"need_help" names the option "{key}", but the scale has no such option.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="512" />
            <source>"ref" must be G: followed by the term in lower-case words joined by hyphens, such as "G:added-value", not "{ref}".</source>
            <translation>"ref" must be G: followed by the term in lower-case words joined by hyphens, such as "G:added-value", not "{ref}".</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="521" />
            <source>"ref" must be the clause followed by a letter in brackets, such as "{clause}(a)", not "{ref}".</source>
            <translation>"ref" must be the clause followed by a letter in brackets, such as "{clause}(a)", not "{ref}".</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="481" />
            <source>"reversed" is only used for questions in sections of kind "scored".</source>
            <translation>"reversed" is only used for questions in sections of kind "scored".</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="334" />
            <source>"score" must be from 0 to 100, not {score}.</source>
            <translation>"score" must be from 0 to 100, not {score}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="317" />
            <source>"to" ({end:g}) is below "from" ({start:g}).</source>
            <translation>"to" ({end:g}) is below "from" ({start:g}).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/scoring.py" line="198" />
            <source>"{answer}" is not one of the answers this framework allows ({known}).</source>
            <translation>"{answer}" is not one of the answers this framework allows ({known}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/joining.py" line="84" />
            <source>"{decision}" is not a decision Partnerbook knows.</source>
            <translation>"{decision}" is not a decision Partnerbook knows.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="238" />
            <source>"{key}" cannot be "{value}".</source>
            <translation>"{key}" cannot be "{value}".</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="144" />
            <source>"{key}" contains a control character.</source>
            <translation>"{key}" contains a control character.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="125" />
            <source>"{key}" contains a control character; remove it.</source>
            <translation>"{key}" contains a control character; remove it.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="123" />
            <source>"{key}" is empty.</source>
            <translation>"{key}" is empty.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="107" />
            <source>"{key}" is missing.</source>
            <translation>"{key}" is missing.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="88" />
            <source>"{key}" is not a key Partnerbook knows here.</source>
            <translation>"{key}" is not a key Partnerbook knows here.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="92" />
            <source>"{key}" is not a key Partnerbook knows here; did you mean "{close}"?</source>
            <translation>"{key}" is not a key Partnerbook knows here; did you mean "{close}"?</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="98" />
            <source>"{key}" is not a key Partnerbook knows here; the keys allowed here are {allowed}.</source>
            <translation>"{key}" is not a key Partnerbook knows here; the keys allowed here are {allowed}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="365" />
            <source>"{key}" is not used: a band has only a start ("from") and runs up to where the next band starts.</source>
            <translation>"{key}" is not used: a band has only a start ("from") and runs up to where the next band starts.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="316" />
            <source>"{key}" is only used in sections of kind "scored".</source>
            <translation>"{key}" is only used in sections of kind "scored".</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="127" />
            <source>"{key}" is too long ({length:,} characters; the limit is {limit:,}).</source>
            <translation>"{key}" is too long ({length:,} characters; the limit is {limit:,}).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="294" />
            <source>"{key}" must be a list of section keys.</source>
            <translation>"{key}" must be a list of section keys.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="273" />
            <source>"{key}" must be a list of tables.</source>
            <translation>"{key}" must be a list of tables.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="197" />
            <source>"{key}" must be a number, such as 3 or 3.5.</source>
            <translation>"{key}" must be a number, such as 3 or 3.5.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="158" />
            <source>"{key}" must be a number, such as 50.</source>
            <translation>"{key}" must be a number, such as 50.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="257" />
            <source>"{key}" must be a table.</source>
            <translation>"{key}" must be a table.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="120" />
            <source>"{key}" must be text in quotes.</source>
            <translation>"{key}" must be text in quotes.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="213" />
            <source>"{key}" must be true or false.</source>
            <translation>"{key}" must be true or false.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="147" />
            <source>"{key}" must look like "{example}", not "{value}".</source>
            <translation>"{key}" must look like "{example}", not "{value}".</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="202" />
            <source>"{name}" is named twice in "{use}".</source>
            <translation>"{name}" is named twice in "{use}".</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="70" />
            <source>"{name}" must be a list of tables, each starting with {hint}.</source>
            <translation>"{name}" must be a list of tables, each starting with {hint}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="63" />
            <source>"{name}" must be a table ({hint}).</source>
            <translation>"{name}" must be a table ({hint}).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="213" />
            <source>"{use}" names the section "{name}", but there is no such section.</source>
            <translation>"{use}" names the section "{name}", but there is no such section.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="222" />
            <source>"{use}" names the section "{name}", which is of kind "{found}".</source>
            <translation>"{use}" names the section "{name}", which is of kind "{found}".</translation>
        </message>
        <message>
            <location filename="../../desktop/services/governance/closure.py" line="74" />
            <source>A closure has no field called {name}.</source>
            <translation>A closure has no field called {name}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/partner_contacts.py" line="96" />
            <source>A contact has no such field.</source>
            <translation>A contact has no such field.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/decisions.py" line="113" />
            <source>A decision has no such field.</source>
            <translation>A decision has no such field.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="256" />
            <source>A declined need cannot be marked received. If they changed their mind, mark it agreed first.</source>
            <translation>A declined need cannot be marked received. If they changed their mind, mark it agreed first.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people_merge.py" line="204" />
            <source>A forgotten person cannot be merged.</source>
            <translation>A forgotten person cannot be merged.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/group_merges.py" line="148" />
            <source>A group cannot be merged with itself.</source>
            <translation>A group cannot be merged with itself.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/resources.py" line="235" />
            <source>A part agreement is less than the estimate; for the whole amount choose “Agreed”.</source>
            <translation>A part agreement is less than the estimate; for the whole amount choose “Agreed”.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="146" />
            <source>A partner cannot leave before it joined.</source>
            <translation>A partner cannot leave before it joined.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaires.py" line="142" />
            <source>A partner's name is limited to {limit} characters.</source>
            <translation>A partner's name is limited to {limit} characters.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="367" />
            <source>A partnership called '{name}' has been added since the file was checked, so nothing was imported. Check the file again.</source>
            <translation>A partnership called '{name}' has been added since the file was checked, so nothing was imported. Check the file again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/merges.py" line="53" />
            <source>A partnership cannot be merged with itself.</source>
            <translation>A partnership cannot be merged with itself.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="152" />
            <source>A partnership cannot sit under itself.</source>
            <translation>A partnership cannot sit under itself.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/governance/structure.py" line="75" />
            <source>A partnership has no field called {name}.</source>
            <translation>A partnership has no field called {name}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="103" />
            <source>A quorum is a whole number, 1 or more.</source>
            <translation>A quorum is a whole number, 1 or more.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="108" />
            <source>A quorum of {n} members is more than any partnership has.</source>
            <translation>A quorum of {n} members is more than any partnership has.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/seats.py" line="112" />
            <source>A representative has no such field.</source>
            <translation>A representative has no such field.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/review_checks.py" line="82" />
            <source>A respondent's name is limited to {limit} characters.</source>
            <translation>A respondent's name is limited to {limit} characters.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/review_checks.py" line="71" />
            <source>A review can hold up to {limit} respondents.</source>
            <translation>A review can hold up to {limit} respondents.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="426" />
            <source>A secure connection to the server for {label} could not be made ({why}). Check the server's certificate and the sslmode setting.</source>
            <translation>A secure connection to the server for {label} could not be made ({why}). Check the server's certificate and the sslmode setting.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="105" />
            <source>A share of the members is 100% at most.</source>
            <translation>A share of the members is 100% at most.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/partnership_rules.py" line="100" />
            <source>A time-limited partnership needs an end date.</source>
            <translation>A time-limited partnership needs an end date.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/governance/registers.py" line="69" />
            <source>A {kind} has no field called {name}.</source>
            <translation>A {kind} has no field called {name}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="230" />
            <source>Add [[sections.bands]] with key, label, from, meaning and next_step.</source>
            <translation>Add [[sections.bands]] with key, label, from, meaning and next_step.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="194" />
            <source>Add [[sections.domains]], or use level = "tool".</source>
            <translation>Add [[sections.domains]], or use level = "tool".</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="531" />
            <source>Add a line such as domain = "{example}".</source>
            <translation>Add a line such as domain = "{example}".</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="375" />
            <source>Add a line such as scale = "agreement", naming one of the [scales.…].</source>
            <translation>Add a line such as scale = "agreement", naming one of the [scales.…].</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="107" />
            <source>Add a line such as {example}.</source>
            <translation>Add a line such as {example}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="460" />
            <source>Add at least one [[sections.items]] after it.</source>
            <translation>Add at least one [[sections.items]] after it.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="245" />
            <source>Add at least one [[sections]].</source>
            <translation>Add at least one [[sections]].</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="109" />
            <source>Add at least one.</source>
            <translation>Add at least one.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="463" />
            <source>Agreed</source>
            <translation>Agreed</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="227" />
            <source>Also called</source>
            <translation>Also called</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="114" />
            <source>An induction date is given, but no induction was received.</source>
            <translation>An induction date is given, but no induction was received.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/how_run.py" line="188" />
            <source>An office has no such field.</source>
            <translation>An office has no such field.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/lifecycle.py" line="106" />
            <source>Another partnership is now called '{name}', so the deleted one cannot come back under that name. Rename the other one first.</source>
            <translation>Another partnership is now called '{name}', so the deleted one cannot come back under that name. Rename the other one first.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/opening.py" line="81" />
            <source>Another program is holding your records file, {file}, so Partnerbook cannot open it. Close programs that may be using it (a backup or file-sync program, or Partnerbook on another computer), then try again. Your records have not been changed.</source>
            <translation>Another program is holding your records file, {file}, so Partnerbook cannot open it. Close programs that may be using it (a backup or file-sync program, or Partnerbook on another computer), then try again. Your records have not been changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="108" />
            <source>Another program is using your records</source>
            <translation>Another program is using your records</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="280" />
            <source>Another program is using {database}, so nothing was restored. Close it and try again. Nothing changed.</source>
            <translation>Another program is using {database}, so nothing was restored. Close it and try again. Nothing changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="143" />
            <source>App version</source>
            <translation>App version</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="73" />
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="38" />
            <source>Automatic (while you worked)</source>
            <translation>Automatic (while you worked)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="686" />
            <source>Average score</source>
            <translation>Average score</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="688" />
            <source>Bands given</source>
            <translation>Bands given</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="43" />
            <source>Before a restore</source>
            <translation>Before a restore</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="42" />
            <source>Before an import</source>
            <translation>Before an import</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="41" />
            <source>Before an update</source>
            <translation>Before an update</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="44" />
            <source>Before forgetting a person</source>
            <translation>Before forgetting a person</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="45" />
            <source>Before withdrawing a return</source>
            <translation>Before withdrawing a return</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="282" />
            <source>Both '{first}' and '{second}' are set to {label}. Choose one of them.</source>
            <translation>Both '{first}' and '{second}' are set to {label}. Choose one of them.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="380" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="354" />
            <source>Check the number, and whether the section is scored by sum or by mean.</source>
            <translation>Check the number, and whether the section is scored by sum or by mean.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="156" />
            <source>Choose a category from the list.</source>
            <translation>Choose a category from the list.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="119" />
            <source>Choose a number from 1 (low) to 5 (high).</source>
            <translation>Choose a number from 1 (low) to 5 (high).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/resources.py" line="140" />
            <source>Choose a partnership from the list.</source>
            <translation>Choose a partnership from the list.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/cvs_keys.py" line="59" />
            <source>Choose a passphrase of at least {n} characters (a few words you will remember work well). It protects the CVS's keys; write it down and keep it somewhere safe.</source>
            <translation>Choose a passphrase of at least {n} characters (a few words you will remember work well). It protects the CVS's keys; write it down and keep it somewhere safe.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/partners.py" line="89" />
            <source>Choose a sector from the list.</source>
            <translation>Choose a sector from the list.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="158" />
            <source>Choose a unit from the list.</source>
            <translation>Choose a unit from the list.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="121" />
            <source>Choose attended, sent apologies or did not attend.</source>
            <translation>Choose attended, sent apologies or did not attend.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="168" />
            <source>Choose one of: {allowed}.</source>
            <translation>Choose one of: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="162" />
            <source>Choose present, sent apologies or absent.</source>
            <translation>Choose present, sent apologies or absent.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/commitments.py" line="170" />
            <source>Choose the owner from the list.</source>
            <translation>Choose the owner from the list.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people_merge.py" line="201" />
            <source>Choose two or more people to merge.</source>
            <translation>Choose two or more people to merge.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="481" />
            <source>Clause</source>
            <translation>Clause</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/run_view.py" line="42" />
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="85" />
            <source>Contact: {contact}</source>
            <translation>Contact: {contact}</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="150" />
            <source>Correct the line in a text editor; the rest is checked after that.</source>
            <translation>Correct the line in a text editor; the rest is checked after that.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="70" />
            <source>Current focus</source>
            <translation>Current focus</translation>
        </message>
        <message>
            <location filename="../../desktop/services/review_outcomes.py" line="139" />
            <source>Describe the action for {ref}.</source>
            <translation>Describe the action for {ref}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="61" />
            <source>Describe the outcome.</source>
            <translation>Describe the outcome.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="67" />
            <source>Describe the risk.</source>
            <translation>Describe the risk.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="88" />
            <source>Did you mean "{close}"?</source>
            <translation>Did you mean "{close}"?</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="142" />
            <source>Earlier returns replaced</source>
            <translation>Earlier returns replaced</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="242" />
            <source>Earlier returns signed by</source>
            <translation>Earlier returns signed by</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="108" />
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="327" />
            <source>End the band before lower (its "to"), or start this one higher.</source>
            <translation>End the band before lower (its "to"), or start this one higher.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/money.py" line="34" />
            <source>Enter an amount, for example £12.50.</source>
            <translation>Enter an amount, for example £12.50.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="99" />
            <source>Enter how many, for example 2.5 (hours) or 24 (miles).</source>
            <translation>Enter how many, for example 2.5 (hours) or 24 (miles).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/resources.py" line="231" />
            <source>Enter how much was agreed.</source>
            <translation>Enter how much was agreed.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="178" />
            <source>Enter the estimated cost, or a cost for each unit.</source>
            <translation>Enter the estimated cost, or a cost for each unit.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="462" />
            <source>Estimated</source>
            <translation>Estimated</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="492" />
            <source>Every ref must be different in the whole file: change one of them.</source>
            <translation>Every ref must be different in the whole file: change one of them.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="244" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="76" />
            <source>Formal or informal</source>
            <translation>Formal or informal</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="487" />
            <source>Framework</source>
            <translation>Framework</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="130" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="127" />
            <source>Fundholder</source>
            <translation>Fundholder</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="293" />
            <source>Give each band its own key.</source>
            <translation>Give each band its own key.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="215" />
            <source>Give each domain its own bands ([[sections.domains.bands]]), or set domain_scoring = "mean".</source>
            <translation>Give each domain its own bands ([[sections.domains.bands]]), or set domain_scoring = "mean".</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="433" />
            <source>Give each domain its own key.</source>
            <translation>Give each domain its own key.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="133" />
            <source>Give each option its own key.</source>
            <translation>Give each option its own key.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/review_checks.py" line="79" />
            <source>Give each respondent a name or a role.</source>
            <translation>Give each respondent a name or a role.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="300" />
            <source>Give each section its own key.</source>
            <translation>Give each section its own key.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="119" />
            <source>Give how many meetings a year, 0 to 366.</source>
            <translation>Give how many meetings a year, 0 to 366.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="342" />
            <source>Give some items domain = "{key}", or remove the domain.</source>
            <translation>Give some items domain = "{key}", or remove the domain.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/packs.py" line="139" />
            <source>Give the CVS's name for the first pack (it is shown to groups).</source>
            <translation>Give the CVS's name for the first pack (it is shown to groups).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/governance/closure.py" line="46" />
            <source>Give the date it closed.</source>
            <translation>Give the date it closed.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="53" />
            <source>Give the date of the meeting.</source>
            <translation>Give the date of the meeting.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/review_checks.py" line="25" />
            <source>Give the date of the review.</source>
            <translation>Give the date of the review.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/joining.py" line="95" />
            <source>Give the date the decision was made.</source>
            <translation>Give the date the decision was made.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="91" />
            <source>Give the date you reported back.</source>
            <translation>Give the date you reported back.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="152" />
            <source>Give the name of the person to contact.</source>
            <translation>Give the name of the person to contact.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/how_run.py" line="204" />
            <source>Give the name of whoever holds the office.</source>
            <translation>Give the name of whoever holds the office.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="408" />
            <source>Give the options a score (leave it out only for answers such as “Don't know”).</source>
            <translation>Give the options a score (leave it out only for answers such as “Don't know”).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/partners.py" line="71" />
            <source>Give the partner organisation's name.</source>
            <translation>Give the partner organisation's name.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/partnership_rules.py" line="67" />
            <source>Give the partnership a name.</source>
            <translation>Give the partnership a name.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/partner_contacts.py" line="61" />
            <source>Give the person's name.</source>
            <translation>Give the person's name.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="49" />
            <source>Give the representative's name.</source>
            <translation>Give the representative's name.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="143" />
            <source>Give your group's name.</source>
            <translation>Give your group's name.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/partner_views.py" line="62" />
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="226" />
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/rules_import.py" line="33" />
            <source>How decisions are made</source>
            <translation>How decisions are made</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="132" />
            <source>How often it meets</source>
            <translation>How often it meets</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="162" />
            <source>How often we report back</source>
            <translation>How often we report back</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="92" />
            <source>If you say yes, {cvs} becomes your CVS, the frameworks are added, and the deadline shows on Home.</source>
            <translation>If you say yes, {cvs} becomes your CVS, the frameworks are added, and the deadline shows on Home.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="84" />
            <source>It cannot be resolved before it was raised.</source>
            <translation>It cannot be resolved before it was raised.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/governance/closure.py" line="48" />
            <source>It cannot close before it started.</source>
            <translation>It cannot close before it started.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="157" />
            <source>It cannot sit there: that partnership already sits under this one, so it would go round in a circle. Choose one higher up, or none.</source>
            <translation>It cannot sit there: that partnership already sits under this one, so it would go round in a circle. Choose one higher up, or none.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="87" />
            <source>It sends a framework to use: {file}.</source>
            <translation>It sends a framework to use: {file}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="247" />
            <source>Join some of them.</source>
            <translation>Join some of them.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/partnership_rules.py" line="69" />
            <source>Keep the name under {limit} characters.</source>
            <translation>Keep the name under {limit} characters.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/partnership_rules.py" line="80" />
            <source>Keep the short name under {limit} characters.</source>
            <translation>Keep the short name under {limit} characters.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="223" />
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="483" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/run_view.py" line="40" />
            <source>Last report back</source>
            <translation>Last report back</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="114" />
            <source>Lead or chair</source>
            <translation>Lead or chair</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="239" />
            <source>Line {number}: give the organisation's name.</source>
            <translation>Line {number}: give the organisation's name.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="244" />
            <source>Line {number}: the name is too long.</source>
            <translation>Line {number}: the name is too long.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="227" />
            <source>Line {number}: “{typed}” is not a sector. Use one of: {allowed}.</source>
            <translation>Line {number}: “{typed}” is not a sector. Use one of: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="305" />
            <source>List the bands from lowest to highest; each runs up to where the next one starts.</source>
            <translation>List the bands from lowest to highest; each runs up to where the next one starts.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="40" />
            <source>Made by you</source>
            <translation>Made by you</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="144" />
            <source>Made for</source>
            <translation>Made for</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="366" />
            <source>Make its "to" {high:g}, or leave "to" out.</source>
            <translation>Make its "to" {high:g}, or leave "to" out.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/rules_import.py" line="34" />
            <source>Meetings a year</source>
            <translation>Meetings a year</translation>
        </message>
        <message>
            <location filename="../../desktop/services/frameworks.py" line="275" />
            <source>More than one framework is called “{key}”. Give its id instead: {ids}.</source>
            <translation>More than one framework is called “{key}”. Give its id instead: {ids}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/group_merges.py" line="128" />
            <source>More than one group's id starts with “{typed}”: type more of it.</source>
            <translation>More than one group's id starts with “{typed}”: type more of it.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="263" />
            <source>Moving from “{current}” to “{target}” skips {names}. Confirm that you want to skip it.</source>
            <translation>Moving from “{current}” to “{target}” skips {names}. Confirm that you want to skip it.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="263" />
            <source>Moving from “{current}” to “{target}” skips {names}. Confirm that you want to skip them.</source>
            <translation>Moving from “{current}” to “{target}” skips {names}. Confirm that you want to skip them.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="63" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="202" />
            <source>Name each section once.</source>
            <translation>Name each section once.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="55" />
            <source>Name the area for action.</source>
            <translation>Name the area for action.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="133" />
            <source>Name the office, for example Secretary.</source>
            <translation>Name the office, for example Secretary.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="381" />
            <source>Need</source>
            <translation>Need</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="460" />
            <source>Needs</source>
            <translation>Needs</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/run_view.py" line="38" />
            <source>Next election</source>
            <translation>Next election</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="137" />
            <source>Next meeting</source>
            <translation>Next meeting</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/run_view.py" line="41" />
            <source>Next report back</source>
            <translation>Next report back</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="270" />
            <source>No column holds the partnership name. The first row must hold the column headings (see the template); choose which column holds the name.</source>
            <translation>No column holds the partnership name. The first row must hold the column headings (see the template); choose which column holds the name.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="363" />
            <source>No row can be imported, so nothing was imported.</source>
            <translation>No row can be imported, so nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/resources.py" line="358" />
            <source>Nobody is recorded as attending this meeting, so it cost no time.</source>
            <translation>Nobody is recorded as attending this meeting, so it cost no time.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/run_view.py" line="29" />
            <source>Not recorded</source>
            <translation>Not recorded</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="182" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="238" />
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="243" />
            <source>Offered</source>
            <translation>Offered</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="88" />
            <source>Ongoing or time-limited</source>
            <translation>Ongoing or time-limited</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="222" />
            <source>Only sections of kind "{kind}" can be used for {use}.</source>
            <translation>Only sections of kind "{kind}" can be used for {use}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/run_view.py" line="39" />
            <source>Open high risks</source>
            <translation>Open high risks</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/partner_views.py" line="66" />
            <source>Organisations named</source>
            <translation>Organisations named</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="93" />
            <source>Our role</source>
            <translation>Our role</translation>
        </message>
        <message>
            <location filename="../../desktop/services/seats.py" line="54" />
            <source>Our seat has no such field.</source>
            <translation>Our seat has no such field.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="496" />
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/run_view.py" line="37" />
            <source>Partner attendance</source>
            <translation>Partner attendance</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="145" />
            <source>Partnerbook can read spreadsheets saved as CSV (.csv) or Excel (.xlsx).</source>
            <translation>Partnerbook can read spreadsheets saved as CSV (.csv) or Excel (.xlsx).</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="193" />
            <source>Partnerbook could not look at {database}, so {name} was not restored. Nothing changed: {why}.</source>
            <translation>Partnerbook could not look at {database}, so {name} was not restored. Nothing changed: {why}.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/viewing.py" line="54" />
            <source>Partnerbook could not make a copy of your records to read them ({reason}). Free some space on this computer, then try again. Your records have not been changed.</source>
            <translation>Partnerbook could not make a copy of your records to read them ({reason}). Free some space on this computer, then try again. Your records have not been changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="438" />
            <source>Partnerbook could not reach the server for {label}. Check the server name and that it is running, then try again. ({why})</source>
            <translation>Partnerbook could not reach the server for {label}. Check the server name and that it is running, then try again. ({why})</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="362" />
            <source>Partnerbook could not restore {name}: {why}. Everything was put back as it was: nothing changed, and your records are as they were.</source>
            <translation>Partnerbook could not restore {name}: {why}. Everything was put back as it was: nothing changed, and your records are as they were.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="368" />
            <source>Partnerbook could not restore {name}: {why}. It could not put everything back either: {undo}. Your records are still in {database}. Keep every file in {folder} until they open again.</source>
            <translation>Partnerbook could not restore {name}: {why}. It could not put everything back either: {undo}. Your records are still in {database}. Keep every file in {folder} until they open again.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="266" />
            <source>Partnerbook could not save a copy of your current records first, so nothing was restored and nothing changed: {why}.</source>
            <translation>Partnerbook could not save a copy of your current records first, so nothing was restored and nothing changed: {why}.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server_admin.py" line="137" />
            <source>Partnerbook could not set up the collection {label} ({why}). Nothing was changed. The user you connect as must own the database and may create roles.</source>
            <translation>Partnerbook could not set up the collection {label} ({why}). Nothing was changed. The user you connect as must own the database and may create roles.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/watchdog.py" line="137" />
            <source>Partnerbook could not start the part that reads return files safely. Close other programs and try again.</source>
            <translation>Partnerbook could not start the part that reads return files safely. Close other programs and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="232" />
            <source>Partnerbook could not tell how much room there is, so {name} was not restored. Nothing changed: {why}.</source>
            <translation>Partnerbook could not tell how much room there is, so {name} was not restored. Nothing changed: {why}.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/migrate.py" line="88" />
            <source>Partnerbook could not update the database {name} ({why}). It has been left as it was.</source>
            <translation>Partnerbook could not update the database {name} ({why}). It has been left as it was.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="94" />
            <source>Partnerbook could not write a backup to {folder}: {why}. Your earlier backups are untouched.</source>
            <translation>Partnerbook could not write a backup to {folder}: {why}. Your earlier backups are untouched.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/importer.py" line="333" />
            <source>Partnerbook could not write to the collection ({why}). Nothing from {file} was kept. Check there is free space and the file is not read-only.</source>
            <translation>Partnerbook could not write to the collection ({why}). Nothing from {file} was kept. Check there is free space and the file is not read-only.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/importer.py" line="326" />
            <source>Partnerbook could not write to the collection ({why}). Nothing from {file} was kept. Run the import again when the server is back: the returns already stored will say they are already here.</source>
            <translation>Partnerbook could not write to the collection ({why}). Nothing from {file} was kept. Run the import again when the server is back: the returns already stored will say they are already here.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="47" />
            <source>Partnerbook found damage in your records and has not written to them.

The newest good backup is from {when}. Restore it? Changes made after then will not be in it. The damaged file is kept, untouched, beside your records.</source>
            <translation>Partnerbook found damage in your records and has not written to them.

The newest good backup is from {when}. Restore it? Changes made after then will not be in it. The damaged file is kept, untouched, beside your records.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/opening.py" line="58" />
            <source>Partnerbook found damage inside your records file, {file}, and has not written to it.</source>
            <translation>Partnerbook found damage inside your records file, {file}, and has not written to it.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/storage_errors.py" line="27" />
            <source>Partnerbook is no longer allowed to write to the folder that holds your records, so the last change could not be saved. Check the folder's permissions, or ask whoever looks after this computer. Everything saved before this is safe.</source>
            <translation>Partnerbook is no longer allowed to write to the folder that holds your records, so the last change could not be saved. Check the folder's permissions, or ask whoever looks after this computer. Everything saved before this is safe.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/opening.py" line="66" />
            <source>Partnerbook is not allowed to change the folder that holds your records, {folder}. It may be on a read-only disk or a locked USB stick, or its permissions may have changed. Your records are not damaged.</source>
            <translation>Partnerbook is not allowed to change the folder that holds your records, {folder}. It may be on a read-only disk or a locked USB stick, or its permissions may have changed. Your records are not damaged.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="106" />
            <source>Partnerbook is not allowed to read your records</source>
            <translation>Partnerbook is not allowed to read your records</translation>
        </message>
        <message>
            <location filename="../../desktop/store/opening.py" line="71" />
            <source>Partnerbook is not allowed to read your records file, {file}. Its permissions may have changed: ask whoever looks after this computer to give your account access to it again. Your records have not been changed.</source>
            <translation>Partnerbook is not allowed to read your records file, {file}. Its permissions may have changed: ask whoever looks after this computer to give your account access to it again. Your records have not been changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/atomic_write.py" line="77" />
            <source>Partnerbook is not allowed to save files in {folder}, so {name} was not saved. Choose another folder, such as your Documents folder, and try again.</source>
            <translation>Partnerbook is not allowed to save files in {folder}, so {name} was not saved. Choose another folder, such as your Documents folder, and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="64" />
            <source>Partnerbook is not allowed to write there. Check the folder's permissions</source>
            <translation>Partnerbook is not allowed to write there. Check the folder's permissions</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="148" />
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/partner_views.py" line="65" />
            <source>Partners answered</source>
            <translation>Partners answered</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/partner_views.py" line="61" />
            <source>Partnership</source>
            <translation>Partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="141" />
            <source>Partnerships</source>
            <translation>Partnerships</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="240" />
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="159" />
            <source>Principles</source>
            <translation>Principles</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="68" />
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="372" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/run_view.py" line="36" />
            <source>Quorate meetings</source>
            <translation>Quorate meetings</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/rules_import.py" line="32" />
            <source>Quorum</source>
            <translation>Quorum</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="687" />
            <source>Range</source>
            <translation>Range</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="229" />
            <source>Rated need help</source>
            <translation>Rated need help</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="497" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="464" />
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="223" />
            <source>Recorded from</source>
            <translation>Recorded from</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="140" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="144" />
            <source>Remove it (retype the text if you cannot see it).</source>
            <translation>Remove it (retype the text if you cannot see it).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="316" />
            <source>Remove it, or make the section kind = "scored".</source>
            <translation>Remove it, or make the section kind = "scored".</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="97" />
            <source>Remove it; the keys allowed here are {allowed}.</source>
            <translation>Remove it; the keys allowed here are {allowed}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="111" />
            <source>Remove some.</source>
            <translation>Remove some.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="387" />
            <source>Remove the line.</source>
            <translation>Remove the line.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="145" />
            <source>Replaced for</source>
            <translation>Replaced for</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="230" />
            <source>Resources asked for</source>
            <translation>Resources asked for</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/partner_views.py" line="63" />
            <source>Review date</source>
            <translation>Review date</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="228" />
            <source>Review scores, by tool</source>
            <translation>Review scores, by tool</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/partner_views.py" line="64" />
            <source>Review tool</source>
            <translation>Review tool</translation>
        </message>
        <message>
            <location filename="../../desktop/services/review_recording.py" line="175" />
            <source>Review {review} asks the questions of “{title}” ({id}), not {asked}.</source>
            <translation>Review {review} asks the questions of “{title}” ({id}), not {asked}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/review_recording.py" line="252" />
            <source>Review {review} is finished, so answers are not added to it. Reopen it in the window first (Change this review), or record a new review.</source>
            <translation>Review {review} is finished, so answers are not added to it. Reopen it in the window first (Change this review), or record a new review.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="499" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="58" />
            <source>Say what needs doing.</source>
            <translation>Say what needs doing.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="79" />
            <source>Say what the disagreement is about.</source>
            <translation>Say what the disagreement is about.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="74" />
            <source>Say what the interest is about.</source>
            <translation>Say what the interest is about.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="54" />
            <source>Say what the milestone is.</source>
            <translation>Say what the milestone is.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="152" />
            <source>Say what the need is, in a few words.</source>
            <translation>Say what the need is, in a few words.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/commitments.py" line="173" />
            <source>Say what the next action is before giving it an owner or date.</source>
            <translation>Say what the next action is before giving it an owner or date.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="56" />
            <source>Say what the priority is.</source>
            <translation>Say what the priority is.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="153" />
            <source>Say what was decided.</source>
            <translation>Say what was decided.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="88" />
            <source>Say what was learned.</source>
            <translation>Say what was learned.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="63" />
            <source>Say where the money comes from.</source>
            <translation>Say where the money comes from.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="73" />
            <source>Say who declared the interest.</source>
            <translation>Say who declared the interest.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="87" />
            <source>Say who might be left out.</source>
            <translation>Say who might be left out.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="46" />
            <source>Say who the stakeholder is.</source>
            <translation>Say who the stakeholder is.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="92" />
            <source>Say who you reported back to.</source>
            <translation>Say who you reported back to.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/return_data.py" line="105" />
            <source>Say who your group is first (its name), so the CVS knows whose return this is.</source>
            <translation>Say who your group is first (its name), so the CVS knows whose return this is.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="182" />
            <source>Say who your group is first (its name), then open the pack again.</source>
            <translation>Say who your group is first (its name), then open the pack again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/governance/closure.py" line="50" />
            <source>Say why it closed.</source>
            <translation>Say why it closed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/withdraw.py" line="87" />
            <source>Say why the return is withdrawn: the reason is kept in the log.</source>
            <translation>Say why the return is withdrawn: the reason is kept in the log.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="72" />
            <source>Scale</source>
            <translation>Scale</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="683" />
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="139" />
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="158" />
            <source>Shared goal</source>
            <translation>Shared goal</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="65" />
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="153" />
            <source>Shorten it.</source>
            <translation>Shorten it.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="241" />
            <source>Signed by</source>
            <translation>Signed by</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="56" />
            <source>Signed by (key)</source>
            <translation>Signed by (key)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="223" />
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="154" />
            <source>Sits under</source>
            <translation>Sits under</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_import.py" line="55" />
            <source>Sits under: '{name}' sits under this one (in this file), so it would go round in a circle. Choose one higher up, or leave it empty.</source>
            <translation>Sits under: '{name}' sits under this one (in this file), so it would go round in a circle. Choose one higher up, or leave it empty.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_import.py" line="42" />
            <source>Sits under: a partnership cannot sit under itself.</source>
            <translation>Sits under: a partnership cannot sit under itself.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_import.py" line="46" />
            <source>Sits under: there is no partnership called '{name}' in Partnerbook or in this file.</source>
            <translation>Sits under: there is no partnership called '{name}' in Partnerbook or in this file.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="498" />
            <source>Size (bytes)</source>
            <translation>Size (bytes)</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="258" />
            <source>Split the framework into two files.</source>
            <translation>Split the framework into two files.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="102" />
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="273" />
            <source>Start each one with a line {hint}.</source>
            <translation>Start each one with a line {hint}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="342" />
            <source>Start the first band at {low:g}.</source>
            <translation>Start the first band at {low:g}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="92" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="231" />
            <source>Still unmet</source>
            <translation>Still unmet</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="317" />
            <source>Swap them, or correct one.</source>
            <translation>Swap them, or correct one.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/rules_import.py" line="30" />
            <source>Terms agreed on</source>
            <translation>Terms agreed on</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/rules_import.py" line="29" />
            <source>Terms of reference</source>
            <translation>Terms of reference</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/rules_import.py" line="31" />
            <source>Terms review date</source>
            <translation>Terms review date</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="150" />
            <source>That does not look like an email address.</source>
            <translation>That does not look like an email address.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="110" />
            <source>That is more than {limit:,}; check the quantity.</source>
            <translation>That is more than {limit:,}; check the quantity.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/money.py" line="61" />
            <source>That is more than {limit}; check the amount.</source>
            <translation>That is more than {limit}; check the amount.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="81" />
            <source>That is too long to keep here; shorten it.</source>
            <translation>That is too long to keep here; shorten it.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/resources.py" line="335" />
            <source>That meeting no longer exists.</source>
            <translation>That meeting no longer exists.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="147" />
            <source>That number is too long; check it.</source>
            <translation>That number is too long; check it.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/partner_attendance.py" line="88" />
            <source>That organisation is not a partner in this partnership.</source>
            <translation>That organisation is not a partner in this partnership.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/governance/structure.py" line="63" />
            <source>That partnership is no longer in the list; choose again.</source>
            <translation>That partnership is no longer in the list; choose again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/commitments.py" line="75" />
            <source>That partnership no longer exists.</source>
            <translation>That partnership no longer exists.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/cvs_keys.py" line="97" />
            <source>That passphrase does not open the CVS's keys. Check it (capital letters count) and try again.</source>
            <translation>That passphrase does not open the CVS's keys. Check it (capital letters count) and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people_merge.py" line="102" />
            <source>That person is no longer in your records.</source>
            <translation>That person is no longer in your records.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/resources.py" line="134" />
            <source>That resource need no longer exists; it may have been deleted.</source>
            <translation>That resource need no longer exists; it may have been deleted.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reviews.py" line="312" />
            <source>That respondent is not part of this review.</source>
            <translation>That respondent is not part of this review.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="90" />
            <source>The CVS's key: {key}.</source>
            <translation>The CVS's key: {key}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/money.py" line="36" />
            <source>The amount cannot be negative.</source>
            <translation>The amount cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/review_checks.py" line="55" />
            <source>The answer "{answer}" to question {ref} is not on this review's scale. Choose one of: {known}.</source>
            <translation>The answer "{answer}" to question {ref} is not on this review's scale. Choose one of: {known}.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="119" />
            <source>The backup {name} cannot be read: {why}. Nothing changed.</source>
            <translation>The backup {name} cannot be read: {why}. Nothing changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="161" />
            <source>The backup {name} could not be read back ({problem}); it was not kept. Your earlier backups are untouched.</source>
            <translation>The backup {name} could not be read back ({problem}); it was not kept. Your earlier backups are untouched.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="117" />
            <source>The backup {name} did not pass its check ({problem}); it was not kept.</source>
            <translation>The backup {name} did not pass its check ({problem}); it was not kept.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="127" />
            <source>The backup {name} is damaged, so it was not restored. Nothing changed. Try an older backup.</source>
            <translation>The backup {name} is damaged, so it was not restored. Nothing changed. Try an older backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="135" />
            <source>The backup {name} was made by a newer version of Partnerbook. Install the newer version to restore it. Nothing changed.</source>
            <translation>The backup {name} was made by a newer version of Partnerbook. Install the newer version to restore it. Nothing changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="179" />
            <source>The backup {path} could not be read back ({problem}).</source>
            <translation>The backup {path} could not be read back ({problem}).</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="102" />
            <source>The backup {path} does not exist. Nothing changed.</source>
            <translation>The backup {path} does not exist. Nothing changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server_admin.py" line="93" />
            <source>The collection {label} is not set up for this version of Partnerbook yet. Ask whoever looks after the server to run: partnerbook collect init-server "{label}"</source>
            <translation>The collection {label} is not set up for this version of Partnerbook yet. Ask whoever looks after the server to run: partnerbook collect init-server "{label}"</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server_admin.py" line="88" />
            <source>The collection {label} was set up by a newer Partnerbook. Install the newer version to open it. Nothing was changed.</source>
            <translation>The collection {label} was set up by a newer Partnerbook. Install the newer version to open it. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/opening.py" line="132" />
            <source>The collection {path} is damaged. Nothing has been written to it. Its backups are in {backups}: open it in Partnerbook to restore the newest, or run: partnerbook collect restore "{path}" BACKUP</source>
            <translation>The collection {path} is damaged. Nothing has been written to it. Its backups are in {backups}: open it in Partnerbook to restore the newest, or run: partnerbook collect restore "{path}" BACKUP</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="338" />
            <source>The connection to the server for {label} was lost. What was being saved when it went was not kept; try again when the server is back.</source>
            <translation>The connection to the server for {label} was lost. What was being saved when it went was not kept; try again when the server is back.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/packs.py" line="320" />
            <source>The contact details in this return could not be opened: {why}.</source>
            <translation>The contact details in this return could not be opened: {why}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/packs.py" line="323" />
            <source>The contact details in this return were sealed for another CVS's key, so this collection cannot open them.</source>
            <translation>The contact details in this return were sealed for another CVS's key, so this collection cannot open them.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/copying.py" line="69" />
            <source>The copy in {destination} does not match the collection it was made from (the {tables} differ). Do not use it; make it again.</source>
            <translation>The copy in {destination} does not match the collection it was made from (the {tables} differ). Do not use it; make it again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/safety.py" line="217" />
            <source>The copy in {folder} could not be read back ({problem}), so it was removed. Nothing changed.</source>
            <translation>The copy in {folder} could not be read back ({problem}), so it was removed. Nothing changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/locations.py" line="121" />
            <source>The copy in {folder} did not check out ({problem}).</source>
            <translation>The copy in {folder} did not check out ({problem}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaires.py" line="150" />
            <source>The deadline ({date}) has passed already. Give a date from today on.</source>
            <translation>The deadline ({date}) has passed already. Give a date from today on.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="100" />
            <source>The deadline, {deadline}, has passed. You can still make the return and send it.</source>
            <translation>The deadline, {deadline}, has passed. You can still make the return and send it.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/joining.py" line="90" />
            <source>The decision date is in the future. Use the date it was made.</source>
            <translation>The decision date is in the future. Use the date it was made.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="154" />
            <source>The description is too long; shorten it.</source>
            <translation>The description is too long; shorten it.</translation>
        </message>
        <message>
            <location filename="../../desktop/atomic_write.py" line="69" />
            <source>The disk holding {folder} is full, so {name} was not saved. Free some space or choose another place (a USB stick, say), then try again.</source>
            <translation>The disk holding {folder} is full, so {name} was not saved. Free some space or choose another place (a USB stick, say), then try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="104" />
            <source>The disk is full</source>
            <translation>The disk is full</translation>
        </message>
        <message>
            <location filename="../../desktop/services/storage_errors.py" line="22" />
            <source>The disk is full, so the last change could not be saved. Free some space (empty the wastebasket, or delete large files you no longer need), then try again. Everything saved before this is safe.</source>
            <translation>The disk is full, so the last change could not be saved. Free some space (empty the wastebasket, or delete large files you no longer need), then try again. Everything saved before this is safe.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/storage_errors.py" line="32" />
            <source>The disk that holds your records could not be reached, so the last change could not be saved. If it is a USB stick or a network drive, reconnect it and try again. Everything saved before this is safe.</source>
            <translation>The disk that holds your records could not be reached, so the last change could not be saved. If it is a USB stick or a network drive, reconnect it and try again. Everything saved before this is safe.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/opening.py" line="61" />
            <source>The disk that holds your records is full (only {free} free), so Partnerbook cannot safely save changes. Your records are not damaged. Free some space (empty the wastebasket, or delete large files you no longer need), then start Partnerbook again.</source>
            <translation>The disk that holds your records is full (only {free} free), so Partnerbook cannot safely save changes. Your records are not damaged. Free some space (empty the wastebasket, or delete large files you no longer need), then start Partnerbook again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/returns.py" line="190" />
            <source>The disk that holds your records is full, so the return could not be added to the returns log. Nothing was saved: no file was left at {path}. Free some space (empty the wastebasket, or delete large files you no longer need), then export again.</source>
            <translation>The disk that holds your records is full, so the return could not be added to the returns log. Nothing was saved: no file was left at {path}. Free some space (empty the wastebasket, or delete large files you no longer need), then export again.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/opening.py" line="76" />
            <source>The disk that holds your records, {folder}, could not be read. If it is a USB stick or a network drive, connect it again and start Partnerbook again. If the computer reports a disk error, copy your backups somewhere safe first. Your records have not been changed.</source>
            <translation>The disk that holds your records, {folder}, could not be read. If it is a USB stick or a network drive, connect it again and start Partnerbook again. If the computer reports a disk error, copy your backups somewhere safe first. Your records have not been changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="107" />
            <source>The disk with your records cannot be reached</source>
            <translation>The disk with your records cannot be reached</translation>
        </message>
        <message>
            <location filename="../../desktop/atomic_write.py" line="81" />
            <source>The drive holding {folder} could not be reached, so {name} was not saved. If it is a USB stick or a network drive, reconnect it and try again.</source>
            <translation>The drive holding {folder} could not be reached, so {name} was not saved. If it is a USB stick or a network drive, reconnect it and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/partnership_rules.py" line="98" />
            <source>The end date is before the start date.</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/commitments.py" line="166" />
            <source>The evidence is too long; shorten it.</source>
            <translation>The evidence is too long; shorten it.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="123" />
            <source>The extra copy in {second} could not be made ({why}). The backup in {folder} was made and checked.</source>
            <translation>The extra copy in {second} could not be made ({why}). The backup in {folder} was made and checked.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/answers_file.py" line="371" />
            <source>The file has no answers in it. Add one line for each question.</source>
            <translation>The file has no answers in it. Add one line for each question.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/answers_file.py" line="126" />
            <source>The file is empty. Write a header row, reference,answer,note, then one row for each question.</source>
            <translation>The file is empty. Write a header row, reference,answer,note, then one row for each question.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/answers_file.py" line="266" />
            <source>The file must hold one JSON object, {{"2(a)": "Agree", ...}}, or a list of objects, [{{"reference": "2(a)", "answer": "Agree"}}, ...].</source>
            <translation>The file must hold one JSON object, {{"2(a)": "Agree", ...}}, or a list of objects, [{{"reference": "2(a)", "answer": "Agree"}}, ...].</translation>
        </message>
        <message>
            <location filename="../../desktop/store/opening.py" line="86" />
            <source>The file {file} is not a Partnerbook records file, so Partnerbook has not opened it and has not changed it.</source>
            <translation>The file {file} is not a Partnerbook records file, so Partnerbook has not opened it and has not changed it.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/opening.py" line="148" />
            <source>The file {file} was made by a newer version of Partnerbook. Install the newer version to open it. Your records have not been changed.</source>
            <translation>The file {file} was made by a newer version of Partnerbook. Install the newer version to open it. Your records have not been changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="60" />
            <source>The file {name} could not be read ({why}).</source>
            <translation>The file {name} could not be read ({why}).</translation>
        </message>
        <message>
            <location filename="../../desktop/atomic_write.py" line="73" />
            <source>The folder {folder} does not exist, so {name} was not saved. Choose a folder that does, and try again.</source>
            <translation>The folder {folder} does not exist, so {name} was not saved. Choose a folder that does, and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reviews.py" line="99" />
            <source>The framework {framework} is not on this computer, so this review cannot be scored. Import the framework file from your CVS.</source>
            <translation>The framework {framework} is not on this computer, so this review cannot be scored. Import the framework file from your CVS.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="65" />
            <source>The funding ends before it starts.</source>
            <translation>The funding ends before it starts.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/resources.py" line="338" />
            <source>The hours must be more than zero and at most 24.</source>
            <translation>The hours must be more than zero and at most 24.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/resources.py" line="340" />
            <source>The miles must be zero or more (at most 2,000).</source>
            <translation>The miles must be zero or more (at most 2,000).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="244" />
            <source>The need has a status Partnerbook does not know ({status}).</source>
            <translation>The need has a status Partnerbook does not know ({status}).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="252" />
            <source>The need is already {status}.</source>
            <translation>The need is already {status}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/commitments.py" line="168" />
            <source>The next action is too long; shorten it.</source>
            <translation>The next action is too long; shorten it.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="108" />
            <source>The quantity must be more than zero.</source>
            <translation>The quantity must be more than zero.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/opening.py" line="123" />
            <source>The records in {folder} need updating first. Open Partnerbook once (it backs them up, then updates them), then run this again.</source>
            <translation>The records in {folder} need updating first. Open Partnerbook once (it backs them up, then updates them), then run this again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/opening.py" line="117" />
            <source>The records in {folder} were made by a newer version of Partnerbook. Install the newer version to read them. Nothing was changed.</source>
            <translation>The records in {folder} were made by a newer version of Partnerbook. Install the newer version to read them. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/returns.py" line="195" />
            <source>The return could not be added to the returns log, so nothing was saved: no file was left at {path}. {why}</source>
            <translation>The return could not be added to the returns log, so nothing was saved: no file was left at {path}. {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/returns.py" line="105" />
            <source>The return pack this return was to answer is not in your records any more. Open the pack from your CVS again, then make the return.</source>
            <translation>The return pack this return was to answer is not in your records any more. Open the pack from your CVS again, then make the return.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/withdraw.py" line="70" />
            <source>The return {reference} was withdrawn already.</source>
            <translation>The return {reference} was withdrawn already.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/review_checks.py" line="28" />
            <source>The review date ({date}) is in the future. Use the date the review took place, today or earlier.</source>
            <translation>The review date ({date}) is in the future. Use the date the review took place, today or earlier.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="123" />
            <source>The review date is before the terms were agreed.</source>
            <translation>The review date is before the terms were agreed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaires.py" line="132" />
            <source>The review of {date} is finished, so partners' answers could not be added to it. Start a new review (or change this one) and make the questionnaire from that.</source>
            <translation>The review of {date} is finished, so partners' answers could not be added to it. Start a new review (or change this one) and make the questionnaire from that.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/review_checks.py" line="110" />
            <source>The review period must be a whole number of months from {low} to {high}.</source>
            <translation>The review period must be a whole number of months from {low} to {high}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/how_run.py" line="98" />
            <source>The rules have no such field.</source>
            <translation>The rules have no such field.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="510" />
            <source>The same partnership is on row {row} too. Keep one of them.</source>
            <translation>The same partnership is on row {row} too. Keep one of them.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/packs.py" line="275" />
            <source>The saved keys do not match their own public keys.</source>
            <translation>The saved keys do not match their own public keys.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="401" />
            <source>The server for {label} did not accept the user name and password. Check them (Partnerbook reads the password from your .pgpass or service file, or asks) and try again.</source>
            <translation>The server for {label} did not accept the user name and password. Check them (Partnerbook reads the password from your .pgpass or service file, or asks) and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="419" />
            <source>The server for {label} did not answer within {seconds} seconds. Check the server name and your network, then try again.</source>
            <translation>The server for {label} did not answer within {seconds} seconds. Check the server name and your network, then try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="433" />
            <source>The server for {label} does not let this user in from here. Ask whoever looks after the server to give you access.</source>
            <translation>The server for {label} does not let this user in from here. Ask whoever looks after the server to give you access.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="328" />
            <source>The server for {label} took too long to answer. Nothing was changed by this step; try again in a moment.</source>
            <translation>The server for {label} took too long to answer. Nothing was changed by this step; try again in a moment.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="408" />
            <source>The server has no database called {label}. Check the name, or ask whoever looks after the server to run: partnerbook collect init-server</source>
            <translation>The server has no database called {label}. Check the name, or ask whoever looks after the server to run: partnerbook collect init-server</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/copying.py" line="48" />
            <source>The source and the destination are the same collection.</source>
            <translation>The source and the destination are the same collection.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="139" />
            <source>The term ends before it starts.</source>
            <translation>The term ends before it starts.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/resources.py" line="347" />
            <source>The time and travel for this meeting are already recorded as resource needs.</source>
            <translation>The time and travel for this meeting are already recorded as resource needs.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="204" />
            <source>The {what} looks too high; check it.</source>
            <translation>The {what} looks too high; check it.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="202" />
            <source>The {what} must be more than zero.</source>
            <translation>The {what} must be more than zero.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="89" />
            <source>Their message: {message}</source>
            <translation>Their message: {message}</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="383" />
            <source>Theme “{typed}” is kept as typed; it may be one of ours: {offered}.</source>
            <translation>Theme “{typed}” is kept as typed; it may be one of ours: {offered}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="71" />
            <source>Themes</source>
            <translation>Themes</translation>
        </message>
        <message>
            <location filename="../../desktop/services/locations.py" line="103" />
            <source>There are already Partnerbook records in {folder}, so yours were not moved there (one set of records must never overwrite another). Nothing changed.</source>
            <translation>There are already Partnerbook records in {folder}, so yours were not moved there (one set of records must never overwrite another). Nothing changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/return_data.py" line="204" />
            <source>There are no partnerships to report for {period}. Pick another period, or export an empty return on purpose.</source>
            <translation>There are no partnerships to report for {period}. Pick another period, or export an empty return on purpose.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/opening.py" line="111" />
            <source>There are no records in {folder} yet. Start Partnerbook once, or run 'partnerbook demo', to make some.</source>
            <translation>There are no records in {folder} yet. Start Partnerbook once, or run 'partnerbook demo', to make some.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="337" />
            <source>There are no rows under the headings.</source>
            <translation>There are no rows under the headings.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/safety.py" line="197" />
            <source>There is already a collection called {name} in {folder}, so this one was not copied there (one must never overwrite another). Nothing changed.</source>
            <translation>There is already a collection called {name} in {folder}, so this one was not copied there (one must never overwrite another). Nothing changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="502" />
            <source>There is already a partnership called '{name}' in Partnerbook.</source>
            <translation>There is already a partnership called '{name}' in Partnerbook.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/partnership_rules.py" line="72" />
            <source>There is already a partnership called '{name}'. Use another name.</source>
            <translation>There is already a partnership called '{name}'. Use another name.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/safety.py" line="158" />
            <source>There is no backup at {path}. Check the name. Nothing changed.</source>
            <translation>There is no backup at {path}. Check the name. Nothing changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/opening.py" line="104" />
            <source>There is no collection at {path}. Check the name, or make a new one.</source>
            <translation>There is no collection at {path}. Check the name, or make a new one.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/frameworks.py" line="280" />
            <source>There is no framework with the id or title “{key}”. The frameworks held are: {known}.</source>
            <translation>There is no framework with the id or title “{key}”. The frameworks held are: {known}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/frameworks.py" line="291" />
            <source>There is no framework with the id {id}.</source>
            <translation>There is no framework with the id {id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/group_merges.py" line="128" />
            <source>There is no group with the id “{typed}” in this collection. `partnerbook collect groups` lists them.</source>
            <translation>There is no group with the id “{typed}” in this collection. `partnerbook collect groups` lists them.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="167" />
            <source>There is no held return number {id} waiting; the list of held returns shows the numbers.</source>
            <translation>There is no held return number {id} waiting; the list of held returns shows the numbers.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/partnership_listing.py" line="39" />
            <source>There is no partnership with the id or name “{key}”. 'partnerbook list' shows each one with its id.</source>
            <translation>There is no partnership with the id or name “{key}”. 'partnerbook list' shows each one with its id.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/brief_data.py" line="120" />
            <source>There is no partnership with the id {ids}.</source>
            <translation>There is no partnership with the id {ids}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/return_data.py" line="81" />
            <source>There is no partnership with the id {ids}. Check the list of partnerships.</source>
            <translation>There is no partnership with the id {ids}. Check the list of partnerships.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/person_export.py" line="69" />
            <source>There is no person with the id or name “{key}”. 'partnerbook people list' shows each one with their id.</source>
            <translation>There is no person with the id or name “{key}”. 'partnerbook people list' shows each one with their id.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/withdraw.py" line="63" />
            <source>There is no return “{reference}” in this collection. Copy its reference from the Groups page or from `collect summary`.</source>
            <translation>There is no return “{reference}” in this collection. Copy its reference from the Groups page or from `collect summary`.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="414" />
            <source>There is no service called {label} in your pg_service.conf. Check the name.</source>
            <translation>There is no service called {label} in your pg_service.conf. Check the name.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/framework_export.py" line="44" />
            <source>There is no version {version} of “{title}”. The versions held are: {held}.</source>
            <translation>There is no version {version} of “{title}”. The versions held are: {held}.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="239" />
            <source>There is not enough room to restore {name}: it needs {needed} free on the disk that holds {folder}, and only {free} is free. Free some space and try again. Nothing changed: your records are as they were.</source>
            <translation>There is not enough room to restore {name}: it needs {needed} free on the disk that holds {folder}, and only {free} is free. Free some space and try again. Nothing changed: your records are as they were.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/packs.py" line="216" />
            <source>This collection has no keys yet: they are made with its first pack.</source>
            <translation>This collection has no keys yet: they are made with its first pack.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="198" />
            <source>This data folder already has records in it, so the example data was not added. Use an empty folder (for example --data-dir /tmp/partnerbook-demo).</source>
            <translation>This data folder already has records in it, so the example data was not added. Use an empty folder (for example --data-dir /tmp/partnerbook-demo).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/packs.py" line="263" />
            <source>This file is not a copy of a CVS's keys (saved with Save the keys for safe keeping, or collect export-keys).</source>
            <translation>This file is not a copy of a CVS's keys (saved with Save the keys for safe keeping, or collect export-keys).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/packs.py" line="124" />
            <source>This file is not a return pack (it is not a pack a CVS made).</source>
            <translation>This file is not a return pack (it is not a pack a CVS made).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/packs.py" line="117" />
            <source>This file is too large to be a return pack.</source>
            <translation>This file is too large to be a return pack.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/joining.py" line="138" />
            <source>This is limited to {limit:,} characters.</source>
            <translation>This is limited to {limit:,} characters.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="63" />
            <source>This is not a Partnerbook file</source>
            <translation>This is not a Partnerbook file</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="109" />
            <source>This pack is signed by a different key from {cvs}'s earlier pack ({old} before, {new} now). A CVS can change its keys, but someone could also pretend to be your CVS. Check with {cvs} (by phone, or an email you know is theirs) that they sent it before you open it.</source>
            <translation>This pack is signed by a different key from {cvs}'s earlier pack ({old} before, {new} now). A CVS can change its keys, but someone could also pretend to be your CVS. Check with {cvs} (by phone, or an email you know is theirs) that they sent it before you open it.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="175" />
            <source>This pack was not opened: it is signed by a different key from {cvs}'s earlier pack. Check with {cvs} that they sent it, then open it again and confirm.</source>
            <translation>This pack was not opened: it is signed by a different key from {cvs}'s earlier pack. Check with {cvs} that they sent it, then open it again and confirm.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/governance/closure.py" line="68" />
            <source>This partnership is already closed.</source>
            <translation>This partnership is already closed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/governance/closure.py" line="92" />
            <source>This partnership is not closed.</source>
            <translation>This partnership is not closed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/joining.py" line="133" />
            <source>This partnership no longer exists.</source>
            <translation>This partnership no longer exists.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/packs.py" line="139" />
            <source>This return pack has been changed since the CVS made it (its signature does not match), so it cannot be trusted. Ask your CVS to send it again.</source>
            <translation>This return pack has been changed since the CVS made it (its signature does not match), so it cannot be trusted. Ask your CVS to send it again.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/packs.py" line="135" />
            <source>This return pack is damaged or incomplete. Ask your CVS to send it again.</source>
            <translation>This return pack is damaged or incomplete. Ask your CVS to send it again.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/packs.py" line="147" />
            <source>This return pack says its CVS changed keys, but the change is not signed by the earlier key, so it cannot be trusted. Ask your CVS to send it again.</source>
            <translation>This return pack says its CVS changed keys, but the change is not signed by the earlier key, so it cannot be trusted. Ask your CVS to send it again.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/packs.py" line="126" />
            <source>This return pack was made by a newer version of Partnerbook. Install the latest Partnerbook, then open it again.</source>
            <translation>This return pack was made by a newer version of Partnerbook. Install the latest Partnerbook, then open it again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/returns.py" line="213" />
            <source>This return was not added to the returns log, because your records are open for reading only. Make a note that it was made, so that it is not sent twice.</source>
            <translation>This return was not added to the returns log, because your records are open for reading only. Make a note that it was made, so that it is not sent twice.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reviews.py" line="309" />
            <source>This review has no question {ref}.</source>
            <translation>This review has no question {ref}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reviews.py" line="187" />
            <source>This review no longer exists.</source>
            <translation>This review no longer exists.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="484" />
            <source>Times</source>
            <translation>Times</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="73" />
            <source>Type a whole number, such as 3.</source>
            <translation>Type a whole number, such as 3.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/partners.py" line="26" />
            <source>Type at least one organisation's name.</source>
            <translation>Type at least one organisation's name.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/merges.py" line="121" />
            <source>Type the group's name.</source>
            <translation>Type the group's name.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="130" />
            <source>Up to</source>
            <translation>Up to</translation>
        </message>
        <message>
            <location filename="../../desktop/store/migrate.py" line="97" />
            <source>Updating {name} would have left {count} broken links between records, so it has been left as it was.</source>
            <translation>Updating {name} would have left {count} broken links between records, so it has been left as it was.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="80" />
            <source>Use lower-case letters, digits and _, starting with a letter.</source>
            <translation>Use lower-case letters, digits and _, starting with a letter.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/money.py" line="53" />
            <source>Use no more than two figures after the decimal point (pence).</source>
            <translation>Use no more than two figures after the decimal point (pence).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="542" />
            <source>Use one of its domains ({known}).</source>
            <translation>Use one of its domains ({known}).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="397" />
            <source>Use one of the scales in the file ({known}), or add [scales.{name}].</source>
            <translation>Use one of the scales in the file ({known}), or add [scales.{name}].</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="238" />
            <source>Use one of {allowed}.</source>
            <translation>Use one of {allowed}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="213" />
            <source>Use the key of one of the [[sections]] in the file.</source>
            <translation>Use the key of one of the [[sections]] in the file.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="92" />
            <source>Use the key of the option that means “we need help”, or remove the line.</source>
            <translation>Use the key of the option that means “we need help”, or remove the line.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="682" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="157" />
            <source>Vision</source>
            <translation>Vision</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="82" />
            <source>Voluntary or contractual</source>
            <translation>Voluntary or contractual</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="96" />
            <source>We represent</source>
            <translation>We represent</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="482" />
            <source>What it asks</source>
            <translation>What it asks</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="494" />
            <source>When (UTC)</source>
            <translation>When (UTC)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="39" />
            <source>When Partnerbook closed</source>
            <translation>When Partnerbook closed</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="143" />
            <source>Where papers are kept</source>
            <translation>Where papers are kept</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/partner_views.py" line="67" />
            <source>Where partners disagree most</source>
            <translation>Where partners disagree most</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/rules_import.py" line="35" />
            <source>Who may be a member</source>
            <translation>Who may be a member</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="71" />
            <source>Write it as [scales.{name}] followed by [[scales.{name}.options]].</source>
            <translation>Write it as [scales.{name}] followed by [[scales.{name}.options]].</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="257" />
            <source>Write it as {hint}.</source>
            <translation>Write it as {hint}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="125" />
            <source>Write it as {key} = "…".</source>
            <translation>Write it as {key} = "…".</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="294" />
            <source>Write it as {key} = ["first_section", "second_section"].</source>
            <translation>Write it as {key} = ["first_section", "second_section"].</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="135" />
            <source>Write something between the quotes, or remove the line if it is optional.</source>
            <translation>Write something between the quotes, or remove the line if it is optional.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="197" />
            <source>Write the number without quotes.</source>
            <translation>Write the number without quotes.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="213" />
            <source>Write {key} = true, without quotes.</source>
            <translation>Write {key} = true, without quotes.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="322" />
            <source>You may read the collection {label} but not change it: your login is one of its readers. Ask whoever looks after the server if you should be an officer.</source>
            <translation>You may read the collection {label} but not change it: your login is one of its readers. Ask whoever looks after the server if you should be an officer.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="102" />
            <source>You opened this pack before; opening it again changes nothing that you recorded.</source>
            <translation>You opened this pack before; opening it again changes nothing that you recorded.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/storage_errors.py" line="37" />
            <source>Your records are busy with another task, so the last change could not be saved. Wait a moment and try again. Everything saved before this is safe.</source>
            <translation>Your records are busy with another task, so the last change could not be saved. Wait a moment and try again. Everything saved before this is safe.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="62" />
            <source>Your records are damaged</source>
            <translation>Your records are damaged</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="105" />
            <source>Your records cannot be changed</source>
            <translation>Your records cannot be changed</translation>
        </message>
        <message>
            <location filename="../../desktop/services/locations.py" line="113" />
            <source>Your records could not be copied to {folder} ({why}). Nothing changed.</source>
            <translation>Your records could not be copied to {folder} ({why}). Nothing changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="64" />
            <source>Your records file is missing</source>
            <translation>Your records file is missing</translation>
        </message>
        <message>
            <location filename="../../desktop/store/opening.py" line="90" />
            <source>Your records file, {file}, is missing, but there are backups of it. Partnerbook has not made a new, empty one in its place.</source>
            <translation>Your records file, {file}, is missing, but there are backups of it. Partnerbook has not made a new, empty one in its place.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="170" />
            <source>[source]</source>
            <translation>[source]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="190" />
            <source>[use]</source>
            <translation>[use]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="194" />
            <source>a band is for level "domain", but this section has no domains.</source>
            <translation>a band is for level "domain", but this section has no domains.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/importer.py" line="66" />
            <source>a later return from this group for the same period is already here, so this one is kept as superseded</source>
            <translation>a later return from this group for the same period is already here, so this one is kept as superseded</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="71" />
            <source>a scale must be a table.</source>
            <translation>a scale must be a table.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="230" />
            <source>a scored section needs bands, to say what a score means.</source>
            <translation>a scored section needs bands, to say what a score means.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="387" />
            <source>a section of kind "{kind}" has no scale.</source>
            <translation>a section of kind "{kind}" has no scale.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="375" />
            <source>a section of kind "{kind}" needs a scale.</source>
            <translation>a section of kind "{kind}" needs a scale.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="49" />
            <source>already held, waiting for the officer to confirm or refuse it</source>
            <translation>already held, waiting for the officer to confirm or refuse it</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/importer.py" line="62" />
            <source>another return with the same id but different contents is already in the collection; ask the group which one is right</source>
            <translation>another return with the same id but different contents is already in the collection; ask the group which one is right</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="247" />
            <source>answer scale</source>
            <translation>answer scale</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="253" />
            <source>at least one option needs a score, or no review could be scored.</source>
            <translation>at least one option needs a score, or no review could be scored.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="362" />
            <source>band "{key}"</source>
            <translation>band "{key}"</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="360" />
            <source>band {number}</source>
            <translation>band {number}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/partner_views.py" line="53" />
            <source>fewer than three answered</source>
            <translation>fewer than three answered</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="44" />
            <source>held: signed by a different key ({new}) from this group's earlier returns ({old}). A reinstalled laptop or a new computer is the usual reason and is normal; check with the group, then confirm it (or refuse it) under Held returns</source>
            <translation>held: signed by a different key ({new}) from this group's earlier returns ({old}). A reinstalled laptop or a new computer is the usual reason and is normal; check with the group, then confirm it (or refuse it) under Held returns</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reader.py" line="37" />
            <source>it carries JavaScript, which Partnerbook never runs (a questionnaire Partnerbook made has none)</source>
            <translation>it carries JavaScript, which Partnerbook never runs (a questionnaire Partnerbook made has none)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="69" />
            <source>it carries JavaScript, which Partnerbook never runs (a return Partnerbook made has none)</source>
            <translation>it carries JavaScript, which Partnerbook never runs (a return Partnerbook made has none)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="72" />
            <source>it carries an automatic action (something a PDF reader would do by itself, such as on opening it), which Partnerbook never follows (a return Partnerbook made has none)</source>
            <translation>it carries an automatic action (something a PDF reader would do by itself, such as on opening it), which Partnerbook never follows (a return Partnerbook made has none)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="116" />
            <source>it could not be opened ({reason}).</source>
            <translation>it could not be opened ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="206" />
            <source>it could not be read ({reason}).</source>
            <translation>it could not be read ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="130" />
            <source>it could not be read ({why})</source>
            <translation>it could not be read ({why})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="53" />
            <source>it could not be read because of an error in Partnerbook; nothing was changed. Please try again</source>
            <translation>it could not be read because of an error in Partnerbook; nothing was changed. Please try again</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="44" />
            <source>it does not say which organisation answered (the box is empty), so it cannot be told apart from others. Ask the partner to fill it in, or type the answers in as a viewpoint</source>
            <translation>it does not say which organisation answered (the box is empty), so it cannot be told apart from others. Ask the partner to fill it in, or type the answers in as a viewpoint</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="224" />
            <source>it has more than {limit:,} rows.</source>
            <translation>it has more than {limit:,} rows.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="175" />
            <source>it has more than {limit:,} rows. Split it into smaller files.</source>
            <translation>it has more than {limit:,} rows. Split it into smaller files.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="186" />
            <source>it has no Partnerbook data attached (it may be a printout or a scan of a return rather than the PDF the app exported)</source>
            <translation>it has no Partnerbook data attached (it may be a printout or a scan of a return rather than the PDF the app exported)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reader.py" line="32" />
            <source>it has no form fields left to read: it looks like a printed, scanned or “printed to PDF” copy. Type the answers in on the Viewpoints tab instead, as a new viewpoint</source>
            <translation>it has no form fields left to read: it looks like a printed, scanned or “printed to PDF” copy. Type the answers in on the Viewpoints tab instead, as a new viewpoint</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="460" />
            <source>it has no items.</source>
            <translation>it has no items.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="479" />
            <source>it has no items. Add at least one [[sections.items]] after it.</source>
            <translation>it has no items. Add at least one [[sections.items]] after it.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="297" />
            <source>it has no sheets.</source>
            <translation>it has no sheets.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="313" />
            <source>it has {count} options; the limit is {limit}.</source>
            <translation>it has {count} options; the limit is {limit}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reader.py" line="104" />
            <source>it holds far more form fields than a questionnaire</source>
            <translation>it holds far more form fields than a questionnaire</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="32" />
            <source>it holds form fields the questionnaire never had ({names}), so it may have been changed. Ask the partner to fill in the questionnaire as it was sent</source>
            <translation>it holds form fields the questionnaire never had ({names}), so it may have been changed. Ask the partner to fill in the questionnaire as it was sent</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="254" />
            <source>it holds more than {limit:,} parts; it is not a workbook.</source>
            <translation>it holds more than {limit:,} parts; it is not a workbook.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="51" />
            <source>it holds two attached files with the same name ({name}): a PDF reader shows one of them and the data could be read from the other, so it cannot be trusted; ask the group to export the return again</source>
            <translation>it holds two attached files with the same name ({name}): a PDF reader shows one of them and the data could be read from the other, so it cannot be trusted; ask the group to export the return again</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="119" />
            <source>it is a folder, not a file.</source>
            <translation>it is a folder, not a file.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="209" />
            <source>it is a zip file or a workbook, not CSV. Rename it to .xlsx.</source>
            <translation>it is a zip file or a workbook, not CSV. Rename it to .xlsx.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/watchdog.py" line="80" />
            <source>it is damaged and could not be read</source>
            <translation>it is damaged and could not be read</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="199" />
            <source>it is damaged and could not be read as a PDF</source>
            <translation>it is damaged and could not be read as a PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="293" />
            <source>it is damaged or not a workbook Partnerbook can read.</source>
            <translation>it is damaged or not a workbook Partnerbook can read.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="228" />
            <source>it is not a CSV file we can read ({reason}).</source>
            <translation>it is not a CSV file we can read ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="143" />
            <source>it is not a PDF, so it is not a Partnerbook return</source>
            <translation>it is not a PDF, so it is not a Partnerbook return</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reader.py" line="127" />
            <source>it is not a PDF, so it is not a questionnaire</source>
            <translation>it is not a PDF, so it is not a questionnaire</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="11" />
            <source>it is not a Partnerbook questionnaire (it has form fields, but not ours). Check it is the questionnaire you sent</source>
            <translation>it is not a Partnerbook questionnaire (it has form fields, but not ours). Check it is the questionnaire you sent</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="213" />
            <source>it is not a spreadsheet saved as CSV (it holds binary data).</source>
            <translation>it is not a spreadsheet saved as CSV (it holds binary data).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="198" />
            <source>it is not a spreadsheet saved as CSV (it is not readable text).</source>
            <translation>it is not a spreadsheet saved as CSV (it is not readable text).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="240" />
            <source>it is not an Excel workbook (.xlsx). Open it in your spreadsheet program and save it as an Excel workbook or as CSV.</source>
            <translation>it is not an Excel workbook (.xlsx). Open it in your spreadsheet program and save it as an Excel workbook or as CSV.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="56" />
            <source>it is not signed by the group's Partnerbook, so nobody can tell who made it; ask the group to export the return again with the current Partnerbook</source>
            <translation>it is not signed by the group's Partnerbook, so nobody can tell who made it; ask the group to export the return again with the current Partnerbook</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reader.py" line="135" />
            <source>it is protected by a password, so its answers cannot be read; ask the partner to save it without a password</source>
            <translation>it is protected by a password, so its answers cannot be read; ask the partner to save it without a password</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="28" />
            <source>it is the questionnaire for another review ({partnership}, review of {date}). Bring it back on that review's page</source>
            <translation>it is the questionnaire for another review ({partnership}, review of {date}). Bring it back on that review's page</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reader.py" line="120" />
            <source>it is too large ({size} MB; a questionnaire is at most {limit} MB)</source>
            <translation>it is too large ({size} MB; a questionnaire is at most {limit} MB)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="134" />
            <source>it is too large ({size} MB; a return is at most {limit} MB)</source>
            <translation>it is too large ({size} MB; a return is at most {limit} MB)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="123" />
            <source>it is {size:.1f} MB, and a list of partnerships is never more than {limit} MB. Check it is the right file.</source>
            <translation>it is {size:.1f} MB, and a list of partnerships is never more than {limit} MB. Check it is the right file.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="311" />
            <source>it must contain at least one option.</source>
            <translation>it must contain at least one option.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/return_rules.py" line="38" />
            <source>it says it was made at {made}, more than a day after the time on this computer; check this computer's clock, or ask the group to export the return again</source>
            <translation>it says it was made at {made}, more than a day after the time on this computer; check this computer's clock, or ask the group to export the return again</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="354" />
            <source>it starts at {start:g}, above the highest {level} score possible ({high:g}), so no score could fall in it.</source>
            <translation>it starts at {start:g}, above the highest {level} score possible ({high:g}), so no score could fall in it.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="327" />
            <source>it starts at {start:g}, but the band before it runs to {end:g}: they overlap.</source>
            <translation>it starts at {start:g}, but the band before it runs to {end:g}: they overlap.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="305" />
            <source>it starts at {start:g}, which is not above where the band before it starts ({before:g}).</source>
            <translation>it starts at {start:g}, which is not above where the band before it starts ({before:g}).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="389" />
            <source>it starts at {start}, which is not above where the band before it starts ({before}). List the bands from lowest to highest; each runs up to where the next one starts, so they cannot overlap or leave gaps.</source>
            <translation>it starts at {start}, which is not above where the band before it starts ({before}). List the bands from lowest to highest; each runs up to where the next one starts, so they cannot overlap or leave gaps.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="340" />
            <source>it was made by a newer version of Partnerbook (format {version}); install the latest Partnerbook to import it</source>
            <translation>it was made by a newer version of Partnerbook (format {version}); install the latest Partnerbook to import it</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="19" />
            <source>it was not made for any review in these records (it may be from another group, or its questionnaire was deleted)</source>
            <translation>it was not made for any review in these records (it may be from another group, or its questionnaire was deleted)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="262" />
            <source>it would unpack to {size:,.0f} MB, far more than any list of partnerships needs. It may be damaged or made to cause harm.</source>
            <translation>it would unpack to {size:,.0f} MB, far more than any list of partnerships needs. It may be damaged or made to cause harm.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="496" />
            <source>item {number} in section "{section}"</source>
            <translation>item {number} in section "{section}"</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="505" />
            <source>item {ref} in section "{section}"</source>
            <translation>item {ref} in section "{section}"</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="36" />
            <source>its answer to {refs} is not one the questionnaire offered, so the form was changed. Ask the partner to fill in the questionnaire as it was sent</source>
            <translation>its answer to {refs} is not one the questionnaire offered, so the form was changed. Ask the partner to fill in the questionnaire as it was sent</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="203" />
            <source>its attached data could not be read</source>
            <translation>its attached data could not be read</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="219" />
            <source>its attached data is larger than {limit} MB</source>
            <translation>its attached data is larger than {limit} MB</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="335" />
            <source>its attached data is not a Partnerbook return</source>
            <translation>its attached data is not a Partnerbook return</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="259" />
            <source>its attached data is not readable text</source>
            <translation>its attached data is not readable text</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="267" />
            <source>its attached data is not valid JSON</source>
            <translation>its attached data is not valid JSON</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="353" />
            <source>its data could not be checked</source>
            <translation>its data could not be checked</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/importer.py" line="73" />
            <source>its data could not be stored in the collection ({why}); the rest of the import went on</source>
            <translation>its data could not be stored in the collection ({why}); the rest of the import went on</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="338" />
            <source>its data does not say which version of the format it uses</source>
            <translation>its data does not say which version of the format it uses</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="347" />
            <source>its data has no check code (SHA-256)</source>
            <translation>its data has no check code (SHA-256)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/return_rules.py" line="46" />
            <source>its data holds a date more than {years} years from now ({where})</source>
            <translation>its data holds a date more than {years} years from now ({where})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="239" />
            <source>its data holds a field name that is too long</source>
            <translation>its data holds a field name that is too long</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="302" />
            <source>its data holds a number that is out of range</source>
            <translation>its data holds a number that is out of range</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="288" />
            <source>its data holds a piece of text longer than {limit:,} characters</source>
            <translation>its data holds a piece of text longer than {limit:,} characters</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="247" />
            <source>its data holds the value {name}, which a return never has</source>
            <translation>its data holds the value {name}, which a return never has</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="273" />
            <source>its data is nested more than {limit} levels deep</source>
            <translation>its data is nested more than {limit} levels deep</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="362" />
            <source>its data is not a valid return ({problem})</source>
            <translation>its data is not a valid return ({problem})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="241" />
            <source>its data names the field '{key}' twice</source>
            <translation>its data names the field '{key}' twice</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="355" />
            <source>its data was changed after it was exported (the check code does not match); ask the group to export the return again</source>
            <translation>its data was changed after it was exported (the check code does not match); ask the group to export the return again</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="23" />
            <source>its questionnaire code does not match (the form was changed after it was made), so its answers cannot be trusted. Ask the partner to fill in the questionnaire as it was sent</source>
            <translation>its questionnaire code does not match (the form was changed after it was made), so its answers cannot be trusted. Ask the partner to fill in the questionnaire as it was sent</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="15" />
            <source>its questionnaire code is missing or unreadable, so it may have been changed. Ask the partner to fill in the questionnaire as it was sent</source>
            <translation>its questionnaire code is missing or unreadable, so it may have been changed. Ask the partner to fill in the questionnaire as it was sent</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="60" />
            <source>its signature is not good ({why}): it was changed after the group signed it, or it was not made by the group's Partnerbook; ask the group to export the return again</source>
            <translation>its signature is not good ({why}): it was changed after the group signed it, or it was not made by the group's Partnerbook; ask the group to export the return again</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="342" />
            <source>no item belongs to this domain.</source>
            <translation>no item belongs to this domain.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="408" />
            <source>no option of the scale "{name}" has a score, so nothing could be scored.</source>
            <translation>no option of the scale "{name}" has a score, so nothing could be scored.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="40" />
            <source>no question is answered in it. Perhaps it was sent before being saved: ask the partner to save the filled form and send it again</source>
            <translation>no question is answered in it. Perhaps it was sent before being saved: ask the partner to save the filled form and send it again</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reader.py" line="97" />
            <source>one of its answers is longer than {limit:,} characters</source>
            <translation>one of its answers is longer than {limit:,} characters</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="273" />
            <source>one of its parts is packed far more tightly than a real workbook. It may be damaged or made to cause harm.</source>
            <translation>one of its parts is packed far more tightly than a real workbook. It may be damaged or made to cause harm.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="310" />
            <source>part of it is damaged and cannot be read.</source>
            <translation>part of it is damaged and cannot be read.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="247" />
            <source>rating scale</source>
            <translation>rating scale</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/watchdog.py" line="203" />
            <source>reading it made the reader stop; the file is damaged</source>
            <translation>reading it made the reader stop; the file is damaged</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/watchdog.py" line="79" />
            <source>reading it needed more memory than allowed</source>
            <translation>reading it needed more memory than allowed</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/watchdog.py" line="182" />
            <source>reading it took longer than {seconds:g} seconds, so it was stopped (the file may be damaged or made to cause trouble)</source>
            <translation>reading it took longer than {seconds:g} seconds, so it was stopped (the file may be damaged or made to cause trouble)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="160" />
            <source>row {number} has more than {limit} columns. Keep only the columns about partnerships (see the template).</source>
            <translation>row {number} has more than {limit} columns. Keep only the columns about partnerships (see the template).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="69" />
            <source>scale "{name}"</source>
            <translation>scale "{name}"</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="285" />
            <source>section "{key}"</source>
            <translation>section "{key}"</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="283" />
            <source>section {number}</source>
            <translation>section {number}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="64" />
            <source>the PDF was changed after the group's Partnerbook signed it ({why}); ask the group to send the file again, exactly as Partnerbook saved it</source>
            <translation>the PDF was changed after the group's Partnerbook signed it ({why}); ask the group to send the file again, exactly as Partnerbook saved it</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="117" />
            <source>the copy could not be read back ({problem})</source>
            <translation>the copy could not be read back ({problem})</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="385" />
            <source>the copy it made did not read back correctly; the disk may be failing</source>
            <translation>the copy it made did not read back correctly; the disk may be failing</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="353" />
            <source>the copy it made did not read back correctly; the disk may be failing, or the backup may have changed while it was read</source>
            <translation>the copy it made did not read back correctly; the disk may be failing, or the backup may have changed while it was read</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="66" />
            <source>the disk could not be reached. If it is a USB stick, put it back and try again</source>
            <translation>the disk could not be reached. If it is a USB stick, put it back and try again</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="62" />
            <source>the disk is full. Free some space and try again</source>
            <translation>the disk is full. Free some space and try again</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="433" />
            <source>the domain key "{key}" is used twice in this section.</source>
            <translation>the domain key "{key}" is used twice in this section.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="215" />
            <source>the domains have different numbers of questions ({sizes}), so one set of domain bands cannot fit them all.</source>
            <translation>the domains have different numbers of questions ({sizes}), so one set of domain bands cannot fit them all.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/frameworks.py" line="138" />
            <source>the file cannot be read ({why}).</source>
            <translation>the file cannot be read ({why}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="131" />
            <source>the file is empty.</source>
            <translation>the file is empty.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/frameworks.py" line="156" />
            <source>the file is not saved as UTF-8 text (the first unreadable character is on line {line}). Open it in a text editor and save it as UTF-8.</source>
            <translation>the file is not saved as UTF-8 text (the first unreadable character is on line {line}). Open it in a text editor and save it as UTF-8.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="93" />
            <source>the file is too large to be a framework ({size:,} bytes; the limit is {limit:,} bytes, which is 1 MB).</source>
            <translation>the file is too large to be a framework ({size:,} bytes; the limit is {limit:,} bytes, which is 1 MB).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="382" />
            <source>the first band starts at {start}, but it must start at 0 so that every score from 0 to 100 has a band.</source>
            <translation>the first band starts at {start}, but it must start at 0 so that every score from 0 to 100 has a band.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="293" />
            <source>the key "{key}" is used by more than one band at this level.</source>
            <translation>the key "{key}" is used by more than one band at this level.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="374" />
            <source>the key "{key}" is used by more than one band.</source>
            <translation>the key "{key}" is used by more than one band.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="328" />
            <source>the key "{key}" is used by more than one option.</source>
            <translation>the key "{key}" is used by more than one option.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="366" />
            <source>the last band runs to {end:g}, but a {level} score can be as high as {high:g}.</source>
            <translation>the last band runs to {end:g}, but a {level} score can be as high as {high:g}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="342" />
            <source>the lowest {level} score possible is {low:g}, but the first band starts at {start:g}, so a score from {low:g} to below {start:g} would have no band.</source>
            <translation>the lowest {level} score possible is {low:g}, but the first band starts at {start:g}, so a score from {low:g} to below {start:g} would have no band.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="53" />
            <source>the officer refused this return before (signed by a key the group did not confirm), so it stays out</source>
            <translation>the officer refused this return before (signed by a key the group did not confirm), so it stays out</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/return_rules.py" line="31" />
            <source>the period it covers ends ({end}) before it starts ({start})</source>
            <translation>the period it covers ends ({end}) before it starts ({start})</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="492" />
            <source>the ref "{ref}" is used twice; it is also in section "{other}".</source>
            <translation>the ref "{ref}" is used twice; it is also in section "{other}".</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="529" />
            <source>the ref belongs to clause {found}, but this section is clause {clause}.</source>
            <translation>the ref belongs to clause {found}, but this section is clause {clause}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="536" />
            <source>the ref {ref} is used twice; it is also in section "{section}".</source>
            <translation>the ref {ref} is used twice; it is also in section "{section}".</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="52" />
            <source>the review already holds {limit} viewpoints, the most it can hold</source>
            <translation>the review already holds {limit} viewpoints, the most it can hold</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="48" />
            <source>the review is finished, so answers are not added to it. Change the review first (it becomes a draft again), then bring the answers back</source>
            <translation>the review is finished, so answers are not added to it. Change the review first (it becomes a draft again), then bring the answers back</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="109" />
            <source>the scale has no options.</source>
            <translation>the scale has no options.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="80" />
            <source>the scale name "{name}" is not allowed.</source>
            <translation>the scale name "{name}" is not allowed.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="300" />
            <source>the section key "{key}" is used twice.</source>
            <translation>the section key "{key}" is used twice.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="245" />
            <source>there are no sections.</source>
            <translation>there are no sections.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="258" />
            <source>there are {count:,} items; the limit is {limit}.</source>
            <translation>there are {count:,} items; the limit is {limit}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="354" />
            <source>there are {count} bands; the limit is {limit}.</source>
            <translation>there are {count} bands; the limit is {limit}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="247" />
            <source>there are {count} sections; the limit is {limit}.</source>
            <translation>there are {count} sections; the limit is {limit}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/frameworks.py" line="199" />
            <source>there is no built-in framework with the id {id} (built in: {known}).</source>
            <translation>there is no built-in framework with the id {id} (built in: {known}).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="542" />
            <source>there is no domain "{domain}" in this section.</source>
            <translation>there is no domain "{domain}" in this section.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="397" />
            <source>there is no scale called "{name}".</source>
            <translation>there is no scale called "{name}".</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/frameworks.py" line="136" />
            <source>there is no such file ({path}).</source>
            <translation>there is no such file ({path}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="181" />
            <source>there is nothing in it.</source>
            <translation>there is nothing in it.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="109" />
            <source>these keys are missing: {keys}.</source>
            <translation>these keys are missing: {keys}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="438" />
            <source>these sections are missing: {names}.</source>
            <translation>these sections are missing: {names}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="215" />
            <source>this framework was made for a newer version of Partnerbook (it uses file format {format}; this version reads format {supported}). Update Partnerbook to use it.</source>
            <translation>this framework was made for a newer version of Partnerbook (it uses file format {format}; this version reads format {supported}). Update Partnerbook to use it.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/frameworks.py" line="140" />
            <source>this is not a file.</source>
            <translation>this is not a file.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="457" />
            <source>this is not a section Partnerbook knows. The sections are {known}.</source>
            <translation>this is not a section Partnerbook knows. The sections are {known}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="88" />
            <source>this is not a valid TOML file. At the end of the file: {what}.</source>
            <translation>this is not a valid TOML file. At the end of the file: {what}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="80" />
            <source>this is not a valid TOML file. Line {line}, column {column}: {what}.</source>
            <translation>this is not a valid TOML file. Line {line}, column {column}: {what}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="89" />
            <source>this is not a valid TOML file: {what}.</source>
            <translation>this is not a valid TOML file: {what}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/importer.py" line="61" />
            <source>this return is already in the collection</source>
            <translation>this return is already in the collection</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/importer.py" line="70" />
            <source>this return is already in the collection and was withdrawn; it stays withdrawn</source>
            <translation>this return is already in the collection and was withdrawn; it stays withdrawn</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="463" />
            <source>this section appears twice.</source>
            <translation>this section appears twice.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="531" />
            <source>this section has domains, but the item does not say which it is in.</source>
            <translation>this section has domains, but the item does not say which it is in.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="43" />
            <source>unsigned (older Partnerbook)</source>
            <translation>unsigned (older Partnerbook)</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="239" />
            <source>write it as [source]</source>
            <translation>write it as [source]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="306" />
            <source>write its options as [[{name}.options]]</source>
            <translation>write its options as [[{name}.options]]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="356" />
            <source>{bad} of the {total} rows have problems, so nothing was imported. Fix them in the spreadsheet, or choose to leave those rows out.</source>
            <translation>{bad} of the {total} rows have problems, so nothing was imported. Fix them in the spreadsheet, or choose to leave those rows out.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/review_checks.py" line="96" />
            <source>{count} question(s) have no answer yet ({refs}). Answer them ("Don't know" is an answer), or save the review as a draft and finish it later.</source>
            <translation>{count} question(s) have no answer yet ({refs}). Answer them ("Don't know" is an answer), or save the review as a draft and finish it later.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="75" />
            <source>{cvs} asks for your return for {period} ({start} to {end}), by {deadline}.</source>
            <translation>{cvs} asks for your return for {period} ({start} to {end}), by {deadline}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/copying.py" line="82" />
            <source>{destination} already holds a collection, so nothing was copied into it. Copy into a new file, or a new server database set up by init-server.</source>
            <translation>{destination} already holds a collection, so nothing was copied into it. Copy into a new file, or a new server database set up by init-server.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="69" />
            <source>{error}. Check there is free space and that the folder can be written to</source>
            <translation>{error}. Check there is free space and that the folder can be written to</translation>
        </message>
        <message>
            <location filename="../../desktop/services/return_reader.py" line="72" />
            <source>{file} cannot be used as a return: {reason}.</source>
            <translation>{file} cannot be used as a return: {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_lines.py" line="104" />
            <source>{file}, line {line}: {problem}</source>
            <translation>{file}, line {line}: {problem}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/frameworks.py" line="169" />
            <source>{file}: a different file with the same id and version ({id} {version}) was imported before. Answers already given rely on its wording, so ask whoever sent it for a file with a new version number.</source>
            <translation>{file}: a different file with the same id and version ({id} {version}) was imported before. Answers already given rely on its wording, so ask whoever sent it for a file with a new version number.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/frameworks.py" line="206" />
            <source>{file}: the file says its id is "{id}", but built-in framework files must be named after their id.</source>
            <translation>{file}: the file says its id is "{id}", but built-in framework files must be named after their id.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/frameworks.py" line="153" />
            <source>{file}: version {version} of “{title}” is built into Partnerbook already. Ask whoever sent it for a file with a new version number.</source>
            <translation>{file}: version {version} of “{title}” is built into Partnerbook already. Ask whoever sent it for a file with a new version number.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_lines.py" line="126" />
            <source>{first} (and {more} more problems: run “partnerbook frameworks check {file}” to see them all)</source>
            <translation>{first} (and {more} more problems: run “partnerbook frameworks check {file}” to see them all)</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/frameworks.py" line="195" />
            <source>{id} is not a valid framework id.</source>
            <translation>{id} is not a valid framework id.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="443" />
            <source>{label}: '{typed}' is not one we know. Use one of: {allowed}.</source>
            <translation>{label}: '{typed}' is not one we know. Use one of: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="419" />
            <source>{label}: keep it under {limit:,} characters.</source>
            <translation>{label}: keep it under {limit:,} characters.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="378" />
            <source>{location} is not a connection string Partnerbook understands ({why}). Write it as postgresql://user@server/database or service=NAME.</source>
            <translation>{location} is not a connection string Partnerbook understands ({why}). Write it as postgresql://user@server/database or service=NAME.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people_merge.py" line="112" />
            <source>{name} already sits in this seat.</source>
            <translation>{name} already sits in this seat.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/review_recording.py" line="108" />
            <source>{name} cannot be read ({why}). Check the name and that the file is there.</source>
            <translation>{name} cannot be read ({why}). Check the name and that the file is there.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/safety.py" line="208" />
            <source>{name} could not be copied to {folder} ({why}). Nothing changed.</source>
            <translation>{name} could not be copied to {folder} ({why}). Nothing changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/atomic_write.py" line="92" />
            <source>{name} could not be saved in {folder} ({why}). Nothing was changed there.</source>
            <translation>{name} could not be saved in {folder} ({why}). Nothing was changed there.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/safety.py" line="172" />
            <source>{name} is a backup of a group's records, not of a collection of returns, so it was not restored. Nothing changed. Choose one of this collection's backups.</source>
            <translation>{name} is a backup of a group's records, not of a collection of returns, so it was not restored. Nothing changed. Choose one of this collection's backups.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people_merge.py" line="135" />
            <source>{name} is already a contact here.</source>
            <translation>{name} is already a contact here.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/partners.py" line="82" />
            <source>{name} is already a partner here.</source>
            <translation>{name} is already a partner here.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="105" />
            <source>{name} is not a Partnerbook backup (not an SQLite file). Nothing changed.</source>
            <translation>{name} is not a Partnerbook backup (not an SQLite file). Nothing changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="133" />
            <source>{name} is not a Partnerbook backup. Nothing changed.</source>
            <translation>{name} is not a Partnerbook backup. Nothing changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/review_recording.py" line="123" />
            <source>{name} is not saved as UTF-8 text (the first unreadable character is on line {line}). Save it as UTF-8 and try again.</source>
            <translation>{name} is not saved as UTF-8 text (the first unreadable character is on line {line}). Save it as UTF-8 and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/atomic_write.py" line="85" />
            <source>{name} is open in another program, so it was not replaced. Close it there, or choose another name, and try again.</source>
            <translation>{name} is open in another program, so it was not replaced. Close it there, or choose another name, and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/review_recording.py" line="94" />
            <source>{name} is {size:,} bytes; an answers file may be at most {limit:,}. Check it is the right file.</source>
            <translation>{name} is {size:,} bytes; an answers file may be at most {limit:,}. Check it is the right file.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/review_recording.py" line="81" />
            <source>{name}: the answers file must be a .csv or a .json file. Save it as one of those and give its name again.</source>
            <translation>{name}: the answers file must be a .csv or a .json file. Save it as one of those and give its name again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/review_recording.py" line="240" />
            <source>{partnership} has no review {review}. Give the number printed when its draft was recorded (or the id in the list of reviews).</source>
            <translation>{partnership} has no review {review}. Give the number printed when its draft was recorded (or the id in the list of reviews).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/review_recording.py" line="165" />
            <source>{partnership} uses “{title}” ({id}) for its reviews, not {asked}. Make {asked} its review tool first, or give answers for {id}.</source>
            <translation>{partnership} uses “{title}” ({id}) for its reviews, not {asked}. Make {asked} its review tool first, or give answers for {id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="174" />
            <source>{path} already exists. Choose a new file name.</source>
            <translation>{path} already exists. Choose a new file name.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/demo.py" line="44" />
            <source>{path} already has returns in it. Choose a new file for the example.</source>
            <translation>{path} already has returns in it. Choose a new file for the example.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/safety.py" line="141" />
            <source>{path} is a database of another program, not a collection of returns, so nothing was restored over it. Nothing changed.</source>
            <translation>{path} is a database of another program, not a collection of returns, so nothing was restored over it. Nothing changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/atomic_write.py" line="89" />
            <source>{path} is a folder, so the file was not saved. Choose another name, and try again.</source>
            <translation>{path} is a folder, so the file was not saved. Choose another name, and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/safety.py" line="135" />
            <source>{path} is a group's Partnerbook database, not a collection of returns, so nothing was restored over it.</source>
            <translation>{path} is a group's Partnerbook database, not a collection of returns, so nothing was restored over it.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/opening.py" line="145" />
            <source>{path} is a group's Partnerbook database, not a collection of returns. Open it as a group's data instead. Nothing was changed.</source>
            <translation>{path} is a group's Partnerbook database, not a collection of returns. Open it as a group's data instead. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/opening.py" line="141" />
            <source>{path} is not a Partnerbook collection. Nothing was changed.</source>
            <translation>{path} is not a Partnerbook collection. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/safety.py" line="116" />
            <source>{path} is not a collection of returns (it is not an SQLite file), so nothing was restored over it. Nothing changed.</source>
            <translation>{path} is not a collection of returns (it is not an SQLite file), so nothing was restored over it. Nothing changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/safety.py" line="147" />
            <source>{path} was made by a newer version of Partnerbook, so nothing was restored over it. Install the newer version to open it. Nothing changed.</source>
            <translation>{path} was made by a newer version of Partnerbook, so nothing was restored over it. Install the newer version to open it. Nothing changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="56" />
            <source>{problem}

The newest good backup is from {when}. Put it back? Changes made after then will not be in it.</source>
            <translation>{problem}

The newest good backup is from {when}. Put it back? Changes made after then will not be in it.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="52" />
            <source>{problem}

The newest good backup of your records is from {when}. Put it back? The file that is there now is kept, untouched, beside your records.</source>
            <translation>{problem}

The newest good backup of your records is from {when}. Put it back? The file that is there now is kept, untouched, beside your records.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/commitments.py" line="85" />
            <source>{ref} is not a clause that is rated in “{framework}”.</source>
            <translation>{ref} is not a clause that is rated in “{framework}”.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="324" />
            <source>{scale} option "{key}"</source>
            <translation>{scale} option "{key}"</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="322" />
            <source>{scale} option {number}</source>
            <translation>{scale} option {number}</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="269" />
            <source>{section}, band "{key}"</source>
            <translation>{section}, band "{key}"</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="181" />
            <source>{section}, band {number}</source>
            <translation>{section}, band {number}</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="427" />
            <source>{section}, domain {number}</source>
            <translation>{section}, domain {number}</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="470" />
            <source>{section}, item {number}</source>
            <translation>{section}, item {number}</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="473" />
            <source>{section}, item {ref}</source>
            <translation>{section}, item {ref}</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/dates.py" line="60" />
            <source>{typed} is not a date we can read. Type it like 28/11/2026.</source>
            <translation>{typed} is not a date we can read. Type it like 28/11/2026.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/dates.py" line="59" />
            <source>{typed} is not a real date.</source>
            <translation>{typed} is not a real date.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="105" />
            <source>“{file}” cannot be imported: {reason}</source>
            <translation>“{file}” cannot be imported: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/partnership_listing.py" line="33" />
            <source>“{key}” could be any of these partnerships:
{matches}
Give its id, or more of its name.</source>
            <translation>“{key}” could be any of these partnerships:
{matches}
Give its id, or more of its name.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/person_export.py" line="64" />
            <source>“{key}” could be any of these people:
{matches}
Give their id, or more of the name.</source>
            <translation>“{key}” could be any of these people:
{matches}
Give their id, or more of the name.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/merges.py" line="63" />
            <source>“{name}” is not in the list any more: someone else merged it a moment ago. Nothing was changed; look at the list again as it is now.</source>
            <translation>“{name}” is not in the list any more: someone else merged it a moment ago. Nothing was changed; look at the list again as it is now.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/commitments.py" line="100" />
            <source>“{rating}” is not a rating in this framework. Choose {labels}.</source>
            <translation>“{rating}” is not a rating in this framework. Choose {labels}.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="248" />
            <source>“{status}” is not a status. Choose one from the list.</source>
            <translation>“{status}” is not a status. Choose one from the list.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/return_period.py" line="46" />
            <source>“{typed}” has a date that does not exist ({why}).</source>
            <translation>“{typed}” has a date that does not exist ({why}).</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/periods.py" line="69" />
            <source>“{typed}” is not a financial year. Write it like 2026-27.</source>
            <translation>“{typed}” is not a financial year. Write it like 2026-27.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/periods.py" line="77" />
            <source>“{typed}” is not a financial year: the second year must follow the first.</source>
            <translation>“{typed}” is not a financial year: the second year must follow the first.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="106" />
            <source>“{typed}” is not a number. Write it like 2.5.</source>
            <translation>“{typed}” is not a number. Write it like 2.5.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/return_period.py" line="56" />
            <source>“{typed}” is not a period Partnerbook understands. Write a financial year like 2026-27, a quarter like 2026-27 Q3, or two dates like 2026-10-01..2026-12-31.</source>
            <translation>“{typed}” is not a period Partnerbook understands. Write a financial year like 2026-27, a quarter like 2026-27 Q3, or two dates like 2026-10-01..2026-12-31.</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/money.py" line="48" />
            <source>“{typed}” is not an amount of money. Write it like £12.50.</source>
            <translation>“{typed}” is not an amount of money. Write it like £12.50.</translation>
        </message>
    </context>
    <context>
        <name>ReadOnly</name>
        <message>
            <location filename="../../desktop/ui/read_only_banner.py" line="29" />
            <source>&lt;b&gt;Read only: Partnerbook is not allowed to change the folder that holds your records&lt;/b&gt; ({folder}). You can still look at everything and export returns and briefs to another folder. To save again: if your records are on a USB stick or a memory card, check its lock switch; otherwise ask whoever looks after this computer to let your account change that folder. Then close Partnerbook and start it again.</source>
            <translation>&lt;b&gt;Read only: Partnerbook is not allowed to change the folder that holds your records&lt;/b&gt; ({folder}). You can still look at everything and export returns and briefs to another folder. To save again: if your records are on a USB stick or a memory card, check its lock switch; otherwise ask whoever looks after this computer to let your account change that folder. Then close Partnerbook and start it again.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/read_only_banner.py" line="22" />
            <source>&lt;b&gt;Read only: the disk is full.&lt;/b&gt; The disk that holds your records has only {free} left, so changes cannot be saved. You can still look at everything and export returns and briefs to another disk, such as a USB stick. To save again, free some space (empty the wastebasket, or delete large files you no longer need), then close Partnerbook and start it again.</source>
            <translation>&lt;b&gt;Read only: the disk is full.&lt;/b&gt; The disk that holds your records has only {free} left, so changes cannot be saved. You can still look at everything and export returns and briefs to another disk, such as a USB stick. To save again, free some space (empty the wastebasket, or delete large files you no longer need), then close Partnerbook and start it again.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/read_only_banner.py" line="52" />
            <source>Read only</source>
            <translation>Read only</translation>
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <location filename="../../desktop/ui/partnerships/register_model.py" line="130" />
            <source>(archived)</source>
            <translation>(archived)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register_model.py" line="48" />
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register_model.py" line="51" />
            <source>Last review</source>
            <translation>Last review</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register_model.py" line="45" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register_model.py" line="50" />
            <source>Next meeting</source>
            <translation>Next meeting</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register_model.py" line="47" />
            <source>Our role</source>
            <translation>Our role</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register_model.py" line="119" />
            <source>Reviewed on {when}</source>
            <translation>Reviewed on {when}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register_model.py" line="46" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register_model.py" line="49" />
            <source>Themes</source>
            <translation>Themes</translation>
        </message>
    </context>
    <context>
        <name>ResourceDialogs</name>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="205" />
            <source>&amp;Amount (£):</source>
            <translation>&amp;Amount (£):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="70" />
            <source>&amp;Category:</source>
            <translation>&amp;Category:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="72" />
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="82" />
            <source>&amp;Estimated cost (£):</source>
            <translation>&amp;Estimated cost (£):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="55" />
            <source>&amp;Hourly value of volunteer time (£):</source>
            <translation>&amp;Hourly value of volunteer time (£):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="97" />
            <source>&amp;Hours per meeting:</source>
            <translation>&amp;Hours per meeting:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="53" />
            <source>&amp;Mileage rate (£ a mile):</source>
            <translation>&amp;Mileage rate (£ a mile):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="100" />
            <source>&amp;Miles per round trip:</source>
            <translation>&amp;Miles per round trip:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="201" />
            <source>&amp;Move to:</source>
            <translation>&amp;Move to:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="88" />
            <source>&amp;Noticed on:</source>
            <translation>&amp;Noticed on:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="203" />
            <source>&amp;On:</source>
            <translation>&amp;On:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="68" />
            <source>&amp;Partnership:</source>
            <translation>&amp;Partnership:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="74" />
            <source>&amp;Quantity:</source>
            <translation>&amp;Quantity:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="76" />
            <source>&amp;Unit:</source>
            <translation>&amp;Unit:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="60" />
            <source>Add a resource need</source>
            <translation>Add a resource need</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="85" />
            <source>Add this meeting's time and travel</source>
            <translation>Add this meeting's time and travel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="86" />
            <source>As&amp;ked of:</source>
            <translation>As&amp;ked of:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="79" />
            <source>Cost of eac&amp;h (£):</source>
            <translation>Cost of eac&amp;h (£):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="60" />
            <source>Edit resource need</source>
            <translation>Edit resource need</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="66" />
            <source>General (not one partnership)</source>
            <translation>General (not one partnership)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="110" />
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="145" />
            <source>Meeting's time and travel added as resource needs</source>
            <translation>Meeting's time and travel added as resource needs</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="187" />
            <source>Move status</source>
            <translation>Move status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="92" />
            <source>N&amp;otes:</source>
            <translation>N&amp;otes:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="140" />
            <source>Quantity × cost of each = {total}</source>
            <translation>Quantity × cost of each = {total}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="42" />
            <source>Rates for costing</source>
            <translation>Rates for costing</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="74" />
            <source>Rates saved</source>
            <translation>Rates saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="164" />
            <source>Resource need added</source>
            <translation>Resource need added</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="171" />
            <source>Resource need saved</source>
            <translation>Resource need saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="236" />
            <source>Skip a step?</source>
            <translation>Skip a step?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="237" />
            <source>Skip and record the same date for the skipped steps?</source>
            <translation>Skip and record the same date for the skipped steps?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="268" />
            <source>Status changed</source>
            <translation>Status changed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="102" />
            <source>That meeting no longer exists.</source>
            <translation>That meeting no longer exists.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="121" />
            <source>The time and travel for this meeting are already recorded as needs.</source>
            <translation>The time and travel for this meeting are already recorded as needs.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="45" />
            <source>Used to cost travel and volunteer time. 45p a mile is the usual rate for a car; set the hourly value your funders accept.</source>
            <translation>Used to cost travel and volunteer time. 45p a mile is the usual rate for a car; set the hourly value your funders accept.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="99" />
            <source>blank: the miles recorded for each person</source>
            <translation>blank: the miles recorded for each person</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="215" />
            <source>blank: what was agreed</source>
            <translation>blank: what was agreed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="78" />
            <source>for example 0.45</source>
            <translation>for example 0.45</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="81" />
            <source>worked out from quantity × cost of each</source>
            <translation>worked out from quantity × cost of each</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="106" />
            <source>{title} on {date} ({partnership}): {n} of us attended. This adds a time need and a travel need for each, at {hourly} an hour and {mileage} a mile.</source>
            <translation>{title} on {date} ({partnership}): {n} of us attended. This adds a time need and a travel need for each, at {hourly} an hour and {mileage} a mile.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="191" />
            <source>“{description}” is now {status}.</source>
            <translation>“{description}” is now {status}.</translation>
        </message>
    </context>
    <context>
        <name>ResourcesArea</name>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="53" />
            <source>&amp;Add a resource need…</source>
            <translation>&amp;Add a resource need…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="86" />
            <source>&amp;Add need…</source>
            <translation>&amp;Add need…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="89" />
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="88" />
            <source>&amp;Move status…</source>
            <translation>&amp;Move status…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="72" />
            <source>&amp;Partnership:</source>
            <translation>&amp;Partnership:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="90" />
            <source>&amp;Rates…</source>
            <translation>&amp;Rates…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="139" />
            <source>&amp;Totals by:</source>
            <translation>&amp;Totals by:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="75" />
            <source>All needs</source>
            <translation>All needs</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="185" />
            <source>All partnerships and general</source>
            <translation>All partnerships and general</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="136" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="290" />
            <source>Delete resource need</source>
            <translation>Delete resource need</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="291" />
            <source>Delete “{description}”? This cannot be undone.</source>
            <translation>Delete “{description}”? This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="87" />
            <source>Ed&amp;it…</source>
            <translation>Ed&amp;it…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="137" />
            <source>Financial year (April to March)</source>
            <translation>Financial year (April to March)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="186" />
            <source>General needs only</source>
            <translation>General needs only</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="300" />
            <source>Need deleted</source>
            <translation>Need deleted</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="71" />
            <source>Partnership</source>
            <translation>Partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="49" />
            <source>Record the time, travel and other costs of taking part in a partnership, and follow each request until it is agreed or declined.</source>
            <translation>Record the time, travel and other costs of taking part in a partnership, and follow each request until it is agreed or declined.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="107" />
            <source>Resource needs</source>
            <translation>Resource needs</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="78" />
            <source>Sho&amp;w:</source>
            <translation>Sho&amp;w:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="77" />
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="150" />
            <source>Totals</source>
            <translation>Totals</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="138" />
            <source>Totals by</source>
            <translation>Totals by</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="76" />
            <source>Unmet: waiting for a decision or the money</source>
            <translation>Unmet: waiting for a decision or the money</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="217" />
            <source>Unmet: {unmet} (waiting for a decision {decision}; for the money {money})</source>
            <translation>Unmet: {unmet} (waiting for a decision {decision}; for the money {money})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="48" />
            <source>What does taking part cost us?</source>
            <translation>What does taking part cost us?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="61" />
            <source>What taking part costs us: time, travel and other needs, costed, and each request followed until it is agreed or declined.</source>
            <translation>What taking part costs us: time, travel and other needs, costed, and each request followed until it is agreed or declined.</translation>
        </message>
    </context>
    <context>
        <name>ResourcesModels</name>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="38" />
            <source>A decision</source>
            <translation>A decision</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="60" />
            <source>Agreed</source>
            <translation>Agreed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="143" />
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="135" />
            <source>Asked for</source>
            <translation>Asked for</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="66" />
            <source>Asked of</source>
            <translation>Asked of</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="64" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="57" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="59" />
            <source>Estimate</source>
            <translation>Estimate</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="135" />
            <source>Estimated</source>
            <translation>Estimated</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="103" />
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="135" />
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="135" />
            <source>Needs</source>
            <translation>Needs</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="67" />
            <source>Noticed</source>
            <translation>Noticed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="56" />
            <source>Partnership</source>
            <translation>Partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="65" />
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="61" />
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="58" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="40" />
            <source>The money</source>
            <translation>The money</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="63" />
            <source>Unmet</source>
            <translation>Unmet</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="62" />
            <source>Waiting for</source>
            <translation>Waiting for</translation>
        </message>
    </context>
    <context>
        <name>Restore</name>
        <message>
            <location filename="../../desktop/ui/restore.py" line="204" />
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="201" />
            <source>&amp;Restore this backup</source>
            <translation>&amp;Restore this backup</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="55" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="178" />
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="147" />
            <source>Cannot be read</source>
            <translation>Cannot be read</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="233" />
            <source>Choose a backup file</source>
            <translation>Choose a backup file</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="168" />
            <source>Choose the backup to go back to. Your records as they are now are backed up first, so you can come back to them from this list.</source>
            <translation>Choose the backup to go back to. Your records as they are now are backed up first, so you can come back to them from this list.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="119" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="250" />
            <source>Go back to the records in {name}?

Your records as they are now will be backed up first.</source>
            <translation>Go back to the records in {name}?

Your records as they are now will be backed up first.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="119" />
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="54" />
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="245" />
            <source>Not now</source>
            <translation>Not now</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="290" />
            <source>Not restored</source>
            <translation>Not restored</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="235" />
            <source>Partnerbook backups (*.db);;All files (*)</source>
            <translation>Partnerbook backups (*.db);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="52" />
            <source>Partnerships</source>
            <translation>Partnerships</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="53" />
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="202" />
            <source>Restore from &amp;another file…</source>
            <translation>Restore from &amp;another file…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="163" />
            <source>Restore from a backup</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="194" />
            <source>Restore progress</source>
            <translation>Restore progress</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="249" />
            <source>Restore this backup?</source>
            <translation>Restore this backup?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="306" />
            <source>Restored</source>
            <translation>Restored</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="273" />
            <source>Restoring {name}…</source>
            <translation>Restoring {name}…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="119" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="307" />
            <source>The backup {name} was restored.</source>
            <translation>The backup {name} was restored.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="267" />
            <source>The restore</source>
            <translation>The restore</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="188" />
            <source>There are no backups yet. Use File → Back up now.</source>
            <translation>There are no backups yet. Use File → Back up now.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="298" />
            <source>Your records from just before are kept in {path}.</source>
            <translation>Your records from just before are kept in {path}.</translation>
        </message>
    </context>
    <context>
        <name>ReturnPack</name>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="77" />
            <source>&amp;Not now</source>
            <translation>&amp;Not now</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="76" />
            <source>&amp;Set it up</source>
            <translation>&amp;Set it up</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="66" />
            <source>A return pack from {cvs}</source>
            <translation>A return pack from {cvs}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="73" />
            <source>I checked with {cvs} that they sent this pack</source>
            <translation>I checked with {cvs} that they sent this pack</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="48" />
            <source>Open a return pack from your CVS</source>
            <translation>Open a return pack from your CVS</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="120" />
            <source>Opening the return pack</source>
            <translation>Opening the return pack</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="61" />
            <source>Return pack not opened</source>
            <translation>Return pack not opened</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="96" />
            <source>Return pack opened</source>
            <translation>Return pack opened</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="50" />
            <source>Return packs (*.pbpack);;All files (*)</source>
            <translation>Return packs (*.pbpack);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="100" />
            <source>{cvs} is now your CVS. The deadline, {deadline}, shows on Home. When you are ready, make the return in the Returns area: it is set up for this pack.</source>
            <translation>{cvs} is now your CVS. The deadline, {deadline}, shows on Home. When you are ready, make the return in the Returns area: it is set up for this pack.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="62" />
            <source>{problem}

Nothing was changed.</source>
            <translation>{problem}

Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>ReturnsArea</name>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="151" />
            <source>&amp;All partnerships</source>
            <translation>&amp;All partnerships</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="205" />
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="207" />
            <source>&amp;Show in folder</source>
            <translation>&amp;Show in folder</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="109" />
            <source>A return is a PDF of your partnership records for your CVS, with the same records inside it as data they can import. Choose what goes in, then export.</source>
            <translation>A return is a PDF of your partnership records for your CVS, with the same records inside it as data they can import. Choose what goes in, then export.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="177" />
            <source>Also save a &amp;web page and spreadsheet (CSV) copies beside it</source>
            <translation>Also save a &amp;web page and spreadsheet (CSV) copies beside it</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="93" />
            <source>At the end of a period, export a return: a PDF with your records inside it that your CVS can read and import. Add a partnership first.</source>
            <translation>At the end of a period, export a return: a PDF with your records inside it that your CVS can read and import. Add a partnership first.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="284" />
            <source>Check the dates</source>
            <translation>Check the dates</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="296" />
            <source>Choose partnerships</source>
            <translation>Choose partnerships</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="379" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="377" />
            <source>Drawing the PDF</source>
            <translation>Drawing the PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="203" />
            <source>E&amp;xport return…</source>
            <translation>E&amp;xport return…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="138" />
            <source>Export a return</source>
            <translation>Export a return</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="418" />
            <source>Export an empty return anyway?</source>
            <translation>Export an empty return anyway?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="217" />
            <source>Export progress</source>
            <translation>Export progress</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="185" />
            <source>For example: Chair of trustees</source>
            <translation>For example: Chair of trustees</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="376" />
            <source>Gathering the records for the return</source>
            <translation>Gathering the records for the return</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="171" />
            <source>Include people's names and &amp;contact details</source>
            <translation>Include people's names and &amp;contact details</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="236" />
            <source>Include people's names and &amp;contact details (sealed for {cvs})</source>
            <translation>Include people's names and &amp;contact details (sealed for {cvs})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="402" />
            <source>It replaces return {old} for the same period, for all the group's partnerships.</source>
            <translation>It replaces return {old} for the same period, for all the group's partnerships.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="397" />
            <source>It replaces return {old} for the same period, for {names} only; the CVS keeps the earlier return's word on the other partnerships.</source>
            <translation>It replaces return {old} for the same period, for {names} only; the CVS keeps the earlier return's word on the other partnerships.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="173" />
            <source>Left out unless you tick this: representatives then appear by their role.</source>
            <translation>Left out unless you tick this: representatives then appear by their role.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="359" />
            <source>Making the return…</source>
            <translation>Making the return…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="411" />
            <source>Not in the returns log</source>
            <translation>Not in the returns log</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="418" />
            <source>Nothing to report</source>
            <translation>Nothing to report</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="152" />
            <source>Only the ones I tic&amp;k</source>
            <translation>Only the ones I tic&amp;k</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="327" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="158" />
            <source>Partnerships to include</source>
            <translation>Partnerships to include</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="167" />
            <source>Partnerships:</source>
            <translation>Partnerships:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="105" />
            <source>Returns</source>
            <translation>Returns</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="118" />
            <source>Returns already exported</source>
            <translation>Returns already exported</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="327" />
            <source>Save the return as</source>
            <translation>Save the return as</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/returns_area.py" line="391" />
            <source>Saved return {reference} (%n partnership(s)) to {path}.</source>
            <translation>
                <numerusform>Saved return {reference} (%n partnership) to {path}.</numerusform>
                <numerusform>Saved return {reference} (%n partnerships) to {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="378" />
            <source>Saving</source>
            <translation>Saving</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="92" />
            <source>Send your return to the CVS</source>
            <translation>Send your return to the CVS</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="193" />
            <source>Sign-off &amp;date:</source>
            <translation>Sign-off &amp;date:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="191" />
            <source>Signed off by (&amp;name):</source>
            <translation>Signed off by (&amp;name):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="182" />
            <source>Signed off by: name</source>
            <translation>Signed off by: name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="184" />
            <source>Signed off by: role</source>
            <translation>Signed off by: role</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="395" />
            <source>Signed with your group's key {key}.</source>
            <translation>Signed with your group's key {key}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="413" />
            <source>Some characters will not print</source>
            <translation>Some characters will not print</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="367" />
            <source>The return</source>
            <translation>The return</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="143" />
            <source>The return is &amp;for:</source>
            <translation>The return is &amp;for:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="430" />
            <source>The return was not saved</source>
            <translation>The return was not saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="192" />
            <source>Their &amp;role:</source>
            <translation>Their &amp;role:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="239" />
            <source>They go in encrypted so that only {cvs}'s Partnerbook can read them; the printed pages say so and do not show them.</source>
            <translation>They go in encrypted so that only {cvs}'s Partnerbook can read them; the printed pages say so and do not show them.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="297" />
            <source>Tick at least one partnership, or choose all of them.</source>
            <translation>Tick at least one partnership, or choose all of them.</translation>
        </message>
    </context>
    <context>
        <name>ReturnsLog</name>
        <message>
            <location filename="../../desktop/ui/returns_log.py" line="36" />
            <source>Contact details</source>
            <translation>Contact details</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_log.py" line="39" />
            <source>File checksum</source>
            <translation>File checksum</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_log.py" line="56" />
            <source>Included</source>
            <translation>Included</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_log.py" line="56" />
            <source>Left out</source>
            <translation>Left out</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_log.py" line="34" />
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_log.py" line="35" />
            <source>Partnerships</source>
            <translation>Partnerships</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_log.py" line="33" />
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_log.py" line="32" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_log.py" line="37" />
            <source>Replaced by</source>
            <translation>Replaced by</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_log.py" line="38" />
            <source>Saved to</source>
            <translation>Saved to</translation>
        </message>
    </context>
    <context>
        <name>ReviewPartners</name>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="104" />
            <source>&amp;Bring back answers…</source>
            <translation>&amp;Bring back answers…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="48" />
            <source>&amp;For:</source>
            <translation>&amp;For:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="102" />
            <source>&amp;Make a questionnaire…</source>
            <translation>&amp;Make a questionnaire…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="55" />
            <source>&amp;Send back to:</source>
            <translation>&amp;Send back to:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="33" />
            <source>A fillable PDF form with the review's questions, for a partner to answer in any PDF reader (or on paper). Make one for each partner organisation, or one that any partner may fill in.</source>
            <translation>A fillable PDF form with the review's questions, for a partner to answer in any PDF reader (or on paper). Make one for each partner organisation, or one that any partner may fill in.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="58" />
            <source>Also save the questions as &amp;plain text (for partners who cannot use forms)</source>
            <translation>Also save the questions as &amp;plain text (for partners who cannot use forms)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="51" />
            <source>Answer &amp;by:</source>
            <translation>Answer &amp;by:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="118" />
            <source>Answer by</source>
            <translation>Answer by</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="118" />
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="181" />
            <source>Any partner</source>
            <translation>Any partner</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="44" />
            <source>Any partner (one questionnaire for everyone)</source>
            <translation>Any partner (one questionnaire for everyone)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="326" />
            <source>Bring back filled questionnaires</source>
            <translation>Bring back filled questionnaires</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="363" />
            <source>Bringing back the answers</source>
            <translation>Bringing back the answers</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="105" />
            <source>Choose filled questionnaires (PDF), or drop them here</source>
            <translation>Choose filled questionnaires (PDF), or drop them here</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="50" />
            <source>Deadline for the answers</source>
            <translation>Deadline for the answers</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="112" />
            <source>Drop filled questionnaires (PDF) anywhere on this tab to bring the answers back.</source>
            <translation>Drop filled questionnaires (PDF) anywhere on this tab to bring the answers back.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="133" />
            <source>Each partner's answers side by side</source>
            <translation>Each partner's answers side by side</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="195" />
            <source>Each partner's own answers side by side, with the spread: the distance between the lowest and highest score given (the questions partners disagree on most are marked). The agreed answer is still the group's to choose, on the Viewpoints tab.</source>
            <translation>Each partner's own answers side by side, with the spread: the distance between the lowest and highest score given (the questions partners disagree on most are marked). The agreed answer is still the group's to choose, on the Viewpoints tab.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="30" />
            <source>Make a questionnaire</source>
            <translation>Make a questionnaire</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="210" />
            <source>No partner has answered yet.</source>
            <translation>No partner has answered yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="178" />
            <source>Not yet</source>
            <translation>Not yet</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="275" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="215" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="303" />
            <source>Questionnaire saved</source>
            <translation>Questionnaire saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="120" />
            <source>Questionnaires sent and answers received</source>
            <translation>Questionnaires sent and answers received</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="356" />
            <source>Reading {n} file(s)…</source>
            <translation>Reading {n} file(s)…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="275" />
            <source>Save the questionnaire</source>
            <translation>Save the questionnaire</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="118" />
            <source>Sent on</source>
            <translation>Sent on</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="118" />
            <source>Sent to</source>
            <translation>Sent to</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="215" />
            <source>Spread</source>
            <translation>Spread</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="237" />
            <source>Subtotal: {title}</source>
            <translation>Subtotal: {title}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="314" />
            <source>The questionnaire</source>
            <translation>The questionnaire</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="158" />
            <source>This review is finished. To ask partners for their answers, start a new review, or change this one (it becomes a draft again).</source>
            <translation>This review is finished. To ask partners for their answers, start a new review, or change this one (it becomes a draft again).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="125" />
            <source>What happened to the files brought back</source>
            <translation>What happened to the files brought back</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="54" />
            <source>Where to send the answers back</source>
            <translation>Where to send the answers back</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="47" />
            <source>Who the questionnaire is for</source>
            <translation>Who the questionnaire is for</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="176" />
            <source>answered, anonymously</source>
            <translation>answered, anonymously</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="53" />
            <source>for example: reviews@ourgroup.org.uk</source>
            <translation>for example: reviews@ourgroup.org.uk</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="183" />
            <source>no deadline</source>
            <translation>no deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="390" />
            <source>{file}: added as the viewpoint “{who}”.</source>
            <translation>{file}: added as the viewpoint “{who}”.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="392" />
            <source>{file}: already brought back (“{who}”); nothing changed.</source>
            <translation>{file}: already brought back (“{who}”); nothing changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="396" />
            <source>{file}: not brought back: {why}.</source>
            <translation>{file}: not brought back: {why}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="394" />
            <source>{file}: replaces the earlier answers of “{who}”.</source>
            <translation>{file}: replaces the earlier answers of “{who}”.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="204" />
            <source>{n} partner(s) asked to stay anonymous: their answers are shown once at least {min} partners have answered.</source>
            <translation>{n} partner(s) asked to stay anonymous: their answers are shown once at least {min} partners have answered.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="174" />
            <source>{who} on {date}</source>
            <translation>{who} on {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="184" />
            <source>⚠ Not yet: the deadline has passed</source>
            <translation>⚠ Not yet: the deadline has passed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="229" />
            <source>⚠ {n}</source>
            <translation>⚠ {n}</translation>
        </message>
    </context>
    <context>
        <name>ReviewResults</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/review_results.py" line="510" />
            <source>%n action(s) added to What's due</source>
            <translation>
                <numerusform>%n action added to What's due</numerusform>
                <numerusform>%n actions added to What's due</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="204" />
            <source>&amp;New viewpoint:</source>
            <translation>&amp;New viewpoint:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="371" />
            <source>(no answer)</source>
            <translation>(no answer)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="209" />
            <source>A&amp;dd</source>
            <translation>A&amp;dd</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="242" />
            <source>Ac&amp;tions</source>
            <translation>Ac&amp;tions</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="231" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="457" />
            <source>Action for {ref}</source>
            <translation>Action for {ref}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="453" />
            <source>Add an action for {ref}</source>
            <translation>Add an action for {ref}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="231" />
            <source>Add?</source>
            <translation>Add?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="362" />
            <source>Agreed answer</source>
            <translation>Agreed answer</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="450" />
            <source>Already an action</source>
            <translation>Already an action</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="176" />
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="321" />
            <source>Average of the viewpoints</source>
            <translation>Average of the viewpoints</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="231" />
            <source>By when</source>
            <translation>By when</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="188" />
            <source>C&amp;harts</source>
            <translation>C&amp;harts</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="264" />
            <source>Choose a review to see its results.</source>
            <translation>Choose a review to see its results.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="285" />
            <source>Draft: not finished yet</source>
            <translation>Draft: not finished yet</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="468" />
            <source>Due date of the action for {ref}</source>
            <translation>Due date of the action for {ref}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="193" />
            <source>Each viewpoint's answers side by side. Where they differ, the row is marked: talk it through and record the answer you agree. The score uses the agreed answer; without one, the average of the viewpoints.</source>
            <translation>Each viewpoint's answers side by side. Where they differ, the row is marked: talk it through and record the answer you agree. The score uses the agreed answer; without one, the average of the viewpoints.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="287" />
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="301" />
            <source>Made with {framework}.</source>
            <translation>Made with {framework}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="207" />
            <source>Name of the new viewpoint</source>
            <translation>Name of the new viewpoint</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="387" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="444" />
            <source>No answer is weak enough to suggest an action: none is in the lowest band.</source>
            <translation>No answer is weak enough to suggest an action: none is in the lowest band.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="323" />
            <source>Not answered</source>
            <translation>Not answered</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="91" />
            <source>Not scored</source>
            <translation>Not scored</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="223" />
            <source>Partners' answ&amp;ers</source>
            <translation>Partners' answ&amp;ers</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="176" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="290" />
            <source>Review of {date} ({status}). Overall: {score}.</source>
            <translation>Review of {date} ({status}). Overall: {score}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="171" />
            <source>Review results</source>
            <translation>Review results</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="180" />
            <source>Sco&amp;res</source>
            <translation>Sco&amp;res</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="176" />
            <source>Score and band</source>
            <translation>Score and band</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="163" />
            <source>Scores of each part of the review</source>
            <translation>Scores of each part of the review</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="178" />
            <source>Scores question by question</source>
            <translation>Scores question by question</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="176" />
            <source>Since last review</source>
            <translation>Since last review</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="233" />
            <source>Suggested actions</source>
            <translation>Suggested actions</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="436" />
            <source>These answers are weak (in the band {band}). Each suggests the next step its band gives. Tick the ones to act on, say who will do it and by when; they join the What's due list.</source>
            <translation>These answers are weak (in the band {band}). Each suggests the next step its band gives. Tick the ones to act on, say who will do it and by when; they join the What's due list.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="504" />
            <source>Tick at least one action to add.</source>
            <translation>Tick at least one action to add.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="235" />
            <source>Turn weak answers into &amp;actions</source>
            <translation>Turn weak answers into &amp;actions</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="219" />
            <source>Vie&amp;wpoints</source>
            <translation>Vie&amp;wpoints</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="201" />
            <source>Viewpoints side by side</source>
            <translation>Viewpoints side by side</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="366" />
            <source>Views differ?</source>
            <translation>Views differ?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="168" />
            <source>Where the scale and bands come from</source>
            <translation>Where the scale and bands come from</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="231" />
            <source>Who will do it</source>
            <translation>Who will do it</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="464" />
            <source>Who will do the action for {ref}</source>
            <translation>Who will do the action for {ref}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="206" />
            <source>for example: District council</source>
            <translation>for example: District council</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="114" />
            <source>not scored</source>
            <translation>not scored</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="319" />
            <source>{answer} (every viewpoint)</source>
            <translation>{answer} (every viewpoint)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="68" />
            <source>{mark} Better than the review of {date}.</source>
            <translation>{mark} Better than the review of {date}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="72" />
            <source>{mark} No score yet to compare with the review of {date}.</source>
            <translation>{mark} No score yet to compare with the review of {date}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="71" />
            <source>{mark} The review of {date} had no score to compare with.</source>
            <translation>{mark} The review of {date} had no score to compare with.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="70" />
            <source>{mark} The same as the review of {date}.</source>
            <translation>{mark} The same as the review of {date}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="69" />
            <source>{mark} Worse than the review of {date}.</source>
            <translation>{mark} Worse than the review of {date}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="116" />
            <source>{score} (from {low} to {high})</source>
            <translation>{score} (from {low} to {high})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="121" />
            <source>{title}: {total}</source>
            <translation>{title}: {total}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="387" />
            <source>⚠ Yes: agree an answer</source>
            <translation>⚠ Yes: agree an answer</translation>
        </message>
    </context>
    <context>
        <name>ReviewWizard</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/review_pages.py" line="328" />
            <source>%n question(s) not answered yet. You can finish only when every question has an answer ("Don't know" counts); until then, save the review as a draft.</source>
            <translation>
                <numerusform>%n question not answered yet. You can finish only when every question has an answer ("Don't know" counts); until then, save the review as a draft.</numerusform>
                <numerusform>%n questions not answered yet. You can finish only when every question has an answer ("Don't know" counts); until then, save the review as a draft.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="186" />
            <source>&amp;Comment (optional): why, and what would help</source>
            <translation>&amp;Comment (optional): why, and what would help</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="131" />
            <source>&amp;Date of the review</source>
            <translation>&amp;Date of the review</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="95" />
            <source>&amp;Finish</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="93" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="92" />
            <source>&amp;Save as draft</source>
            <translation>&amp;Save as draft</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="135" />
            <source>&amp;Who took part? One person, role or organisation a line</source>
            <translation>&amp;Who took part? One person, role or organisation a line</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="94" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="125" />
            <source>A health check asks how well {name} is working (Code 4.8). Answer together if you can. You can stop at any point and carry on later.</source>
            <translation>A health check asks how well {name} is working (Code 4.8). Answer together if you can. You can stop at any point and carry on later.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="64" />
            <source>All partners together: {percent}%.</source>
            <translation>All partners together: {percent}%.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="282" />
            <source>Check your answers</source>
            <translation>Check your answers</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="232" />
            <source>Comment (optional)</source>
            <translation>Comment (optional)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="188" />
            <source>Comment on {ref}</source>
            <translation>Comment on {ref}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="307" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="133" />
            <source>Date of the review</source>
            <translation>Date of the review</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="218" />
            <source>Does the way the partnership checks its progress meet these criteria? (Code 4.8)</source>
            <translation>Does the way the partnership checks its progress meet these criteria? (Code 4.8)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="54" />
            <source>From the record, partners present at the last year's meetings:</source>
            <translation>From the record, partners present at the last year's meetings:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="49" />
            <source>From the record: no partner's attendance is marked for the last year's meetings (Meetings tab, Which partners were there).</source>
            <translation>From the record: no partner's attendance is marked for the last year's meetings (Meetings tab, Which partners were there).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="230" />
            <source>Give the date of the review.</source>
            <translation>Give the date of the review.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="284" />
            <source>Go back to change anything. Finish when all is right, or save it as a draft.</source>
            <translation>Go back to change anything. Finish when all is right, or save it as a draft.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="123" />
            <source>Health check review</source>
            <translation>Health check review</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="88" />
            <source>Health check review: {name}</source>
            <translation>Health check review: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="216" />
            <source>How the partnership measures success</source>
            <translation>How the partnership measures success</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="261" />
            <source>In your own words. Both are optional.</source>
            <translation>In your own words. Both are optional.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="313" />
            <source>Not answered yet</source>
            <translation>Not answered yet</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="165" />
            <source>Question {n} of {total}</source>
            <translation>Question {n} of {total}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="334" />
            <source>Review finished</source>
            <translation>Review finished</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="334" />
            <source>Review saved as a draft</source>
            <translation>Review saved as a draft</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="263" />
            <source>What do we need to &amp;change?</source>
            <translation>What do we need to &amp;change?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="265" />
            <source>What do we need to change?</source>
            <translation>What do we need to change?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="267" />
            <source>What else should we &amp;link with?</source>
            <translation>What else should we &amp;link with?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="269" />
            <source>What else should we link with?</source>
            <translation>What else should we link with?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="260" />
            <source>What next?</source>
            <translation>What next?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="138" />
            <source>Who took part</source>
            <translation>Who took part</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="290" />
            <source>Your answers</source>
            <translation>Your answers</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="137" />
            <source>for example: Our trustee
Our representative</source>
            <translation>for example: Our trustee
Our representative</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="308" />
            <source>not given</source>
            <translation>not given</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="56" />
            <source>• {partner}: {percent}% ({present} of {marked})</source>
            <translation>• {partner}: {percent}% ({present} of {marked})</translation>
        </message>
    </context>
    <context>
        <name>ReviewsArea</name>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="231" />
            <source> (considering)</source>
            <translation> (considering)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="155" />
            <source> months</source>
            <translation> months</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="139" />
            <source>&amp;Joining check…</source>
            <translation>&amp;Joining check…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="134" />
            <source>&amp;Partnership:</source>
            <translation>&amp;Partnership:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="188" />
            <source>&amp;Start a review…</source>
            <translation>&amp;Start a review…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="125" />
            <source>A health-check review asks how well a partnership is working. Add a partnership first, then start its first review here.</source>
            <translation>A health-check review asks how well a partnership is working. Add a partnership first, then start its first review here.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="156" />
            <source>A review is due after this many months</source>
            <translation>A review is due after this many months</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="61" />
            <source>Band</source>
            <translation>Band</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="190" />
            <source>C&amp;ontinue the draft…</source>
            <translation>C&amp;ontinue the draft…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="292" />
            <source>Chan&amp;ge this review…</source>
            <translation>Chan&amp;ge this review…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="326" />
            <source>Change this review</source>
            <translation>Change this review</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="61" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="192" />
            <source>De&amp;lete review</source>
            <translation>De&amp;lete review</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="344" />
            <source>Delete review</source>
            <translation>Delete review</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="345" />
            <source>Delete the review of {date}? Its answers are deleted too.</source>
            <translation>Delete the review of {date}? Its answers are deleted too.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="84" />
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="360" />
            <source>Joining check: {name}</source>
            <translation>Joining check: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="124" />
            <source>No reviews yet</source>
            <translation>No reviews yet</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="89" />
            <source>Not scored</source>
            <translation>Not scored</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="327" />
            <source>Open the review of {date} again to change it?

It becomes a draft until you finish it again. While it is a draft it is left out of the charts, What's due and returns.</source>
            <translation>Open the review of {date} again to change it?

It becomes a draft until you finish it again. While it is a draft it is left out of the charts, What's due and returns.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="136" />
            <source>Partnership</source>
            <translation>Partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="158" />
            <source>Partnerships with no finished review for this long are flagged.</source>
            <translation>Partnerships with no finished review for this long are flagged.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="351" />
            <source>Review deleted</source>
            <translation>Review deleted</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="152" />
            <source>Review due &amp;after</source>
            <translation>Review due &amp;after</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="335" />
            <source>Review reopened</source>
            <translation>Review reopened</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="61" />
            <source>Review tool</source>
            <translation>Review tool</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="143" />
            <source>Review tool (&amp;used by new reviews):</source>
            <translation>Review tool (&amp;used by new reviews):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="178" />
            <source>Reviews of this partnership</source>
            <translation>Reviews of this partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="61" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="61" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="268" />
            <source>We are still considering this partnership: use the joining check first.</source>
            <translation>We are still considering this partnership: use the joining check first.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="61" />
            <source>Who took part</source>
            <translation>Who took part</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="273" />
            <source>⚠ A review is due: none finished since {date}.</source>
            <translation>⚠ A review is due: none finished since {date}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="275" />
            <source>⚠ A review is due: this partnership has never been reviewed.</source>
            <translation>⚠ A review is due: this partnership has never been reviewed.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="84" />
            <source>⚠ Draft: not finished</source>
            <translation>⚠ Draft: not finished</translation>
        </message>
    </context>
    <context>
        <name>RowsView</name>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="196" />
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="160" />
            <source>Leave without saving?</source>
            <translation>Leave without saving?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="81" />
            <source>None yet.</source>
            <translation>None yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="85" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="86" />
            <source>Remove the chosen one</source>
            <translation>Remove the chosen one</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="209" />
            <source>Remove this?</source>
            <translation>Remove this?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="210" />
            <source>Remove “{what}”? This cannot be undone.</source>
            <translation>Remove “{what}”? This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="215" />
            <source>Removed</source>
            <translation>Removed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="227" />
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="161" />
            <source>Some of what you typed in “{what}” could not be saved:

{fields}

Choose Yes to leave without it, or No to stay and put it right.</source>
            <translation>Some of what you typed in “{what}” could not be saved:

{fields}

Choose Yes to leave without it, or No to stay and put it right.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="153" />
            <source>{field}: {why}</source>
            <translation>{field}: {why}</translation>
        </message>
    </context>
    <context>
        <name>RunClosing</name>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="62" />
            <source>&amp;Close it…</source>
            <translation>&amp;Close it…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="37" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="42" />
            <source>&amp;Lessons</source>
            <translation>&amp;Lessons</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="36" />
            <source>&amp;What is closing</source>
            <translation>&amp;What is closing</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="117" />
            <source>Close it on {day}? Its record is kept as it is, read-only, and nothing more will be due for it. You can reopen it if this was a mistake.</source>
            <translation>Close it on {day}? Its record is kept as it is, read-only, and nothing more will be due for it. You can reopen it if this was a mistake.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="116" />
            <source>Close it?</source>
            <translation>Close it?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="63" />
            <source>Close the partnership, or our part in it</source>
            <translation>Close the partnership, or our part in it</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="129" />
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="99" />
            <source>Closed on {day} ({what}). The other tabs are read-only now; this note and the learning log can still be changed.</source>
            <translation>Closed on {day} ({what}). The other tabs are read-only now; this note and the learning log can still be changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="64" />
            <source>Reo&amp;pen it…</source>
            <translation>Reo&amp;pen it…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="142" />
            <source>Reopen it?</source>
            <translation>Reopen it?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="143" />
            <source>Reopen it? Its closing note is removed and its status goes back as it was.</source>
            <translation>Reopen it? Its closing note is removed and its status goes back as it was.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="65" />
            <source>Reopen the partnership</source>
            <translation>Reopen the partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="149" />
            <source>Reopened</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="167" />
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="38" />
            <source>Wh&amp;y</source>
            <translation>Wh&amp;y</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="40" />
            <source>What happens to its &amp;money</source>
            <translation>What happens to its &amp;money</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="41" />
            <source>What happens to its &amp;records</source>
            <translation>What happens to its &amp;records</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="39" />
            <source>What happens to its w&amp;ork</source>
            <translation>What happens to its w&amp;ork</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="89" />
            <source>When the partnership ends, or we leave it, say why and what happens to its work, money and records, then choose Close it. The record stays complete: it can still be read, put in a return and exported.</source>
            <translation>When the partnership ends, or we leave it, say why and what happens to its work, money and records, then choose Close it. The record stays complete: it can still be read, put in a return and exported.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="59" />
            <source>Whether it is closed</source>
            <translation>Whether it is closed</translation>
        </message>
    </context>
    <context>
        <name>RunReadOnly</name>
        <message>
            <location filename="../../desktop/ui/partnerships/run_readonly.py" line="71" />
            <source>Closed on {day}: {what}. Its record is kept as it was: read it, put it in a return, export it. To change it, reopen it (How it is run, Closing).</source>
            <translation>Closed on {day}: {what}. Its record is kept as it was: read it, put it in a return, export it. To change it, reopen it (How it is run, Closing).</translation>
        </message>
    </context>
    <context>
        <name>RunRegisters</name>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="40" />
            <source>&amp;Risk</source>
            <translation>&amp;Risk</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="135" />
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="50" />
            <source>About what</source>
            <translation>About what</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="106" />
            <source>Add a de&amp;claration</source>
            <translation>Add a de&amp;claration</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="111" />
            <source>Add a disa&amp;greement</source>
            <translation>Add a disa&amp;greement</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="103" />
            <source>Add a ris&amp;k</source>
            <translation>Add a ris&amp;k</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="116" />
            <source>Add an e&amp;quality note</source>
            <translation>Add an e&amp;quality note</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="121" />
            <source>Add what we lear&amp;ned</source>
            <translation>Add what we lear&amp;ned</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="56" />
            <source>Between</source>
            <translation>Between</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="105" />
            <source>Conflicts of interest declared</source>
            <translation>Conflicts of interest declared</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="49" />
            <source>Declared &amp;by</source>
            <translation>Declared &amp;by</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="52" />
            <source>Declared on</source>
            <translation>Declared on</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="110" />
            <source>Disagreements and how they were resolved</source>
            <translation>Disagreements and how they were resolved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="115" />
            <source>Equality impact: who might be left out</source>
            <translation>Equality impact: who might be left out</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="51" />
            <source>How it was handled</source>
            <translation>How it was handled</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="58" />
            <source>How it was resolved</source>
            <translation>How it was resolved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="42" />
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="165" />
            <source>Keep a note of what could go wrong, interests declared, disagreements, who might be left out, and what the partnership has learned. A risk scoring 15 or more (likelihood × impact) shows in the brief.</source>
            <translation>Keep a note of what could go wrong, interests declared, disagreements, who might be left out, and what the partnership has learned. A risk scoring 15 or more (likelihood × impact) shows in the brief.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="120" />
            <source>Learning log</source>
            <translation>Learning log</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="41" />
            <source>Likelihood</source>
            <translation>Likelihood</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="136" />
            <source>New disagreement</source>
            <translation>New disagreement</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="134" />
            <source>New risk</source>
            <translation>New risk</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="64" />
            <source>Noted on</source>
            <translation>Noted on</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="43" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="57" />
            <source>Raised on</source>
            <translation>Raised on</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="107" />
            <source>Remove this declaration</source>
            <translation>Remove this declaration</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="112" />
            <source>Remove this disagreement</source>
            <translation>Remove this disagreement</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="122" />
            <source>Remove this entry</source>
            <translation>Remove this entry</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="117" />
            <source>Remove this note</source>
            <translation>Remove this note</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="103" />
            <source>Remove this risk</source>
            <translation>Remove this risk</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="59" />
            <source>Resolved on</source>
            <translation>Resolved on</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="45" />
            <source>Review by</source>
            <translation>Review by</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="103" />
            <source>Risks</source>
            <translation>Risks</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="69" />
            <source>Shared with</source>
            <translation>Shared with</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="46" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="63" />
            <source>What is being done</source>
            <translation>What is being done</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="55" />
            <source>What the &amp;disagreement is about</source>
            <translation>What the &amp;disagreement is about</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="67" />
            <source>What we &amp;learned</source>
            <translation>What we &amp;learned</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="44" />
            <source>What we do about it</source>
            <translation>What we do about it</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="138" />
            <source>What we learned</source>
            <translation>What we learned</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="68" />
            <source>What we will do differently</source>
            <translation>What we will do differently</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="62" />
            <source>Who &amp;might be left out</source>
            <translation>Who &amp;might be left out</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="135" />
            <source>Who declared it</source>
            <translation>Who declared it</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="137" />
            <source>Who might be left out</source>
            <translation>Who might be left out</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="49" />
            <source>a role or an organisation</source>
            <translation>a role or an organisation</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="33" />
            <source>high</source>
            <translation>high</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="33" />
            <source>low</source>
            <translation>low</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="33" />
            <source>medium</source>
            <translation>medium</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="93" />
            <source>not resolved yet</source>
            <translation>not resolved yet</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="93" />
            <source>resolved</source>
            <translation>resolved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="77" />
            <source>score {score} of 25</source>
            <translation>score {score} of 25</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="33" />
            <source>very high</source>
            <translation>very high</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="33" />
            <source>very low</source>
            <translation>very low</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="56" />
            <source>who disagreed</source>
            <translation>who disagreed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="43" />
            <source>who watches it</source>
            <translation>who watches it</translation>
        </message>
    </context>
    <context>
        <name>RunReporting</name>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="29" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="30" />
            <source>&amp;To whom</source>
            <translation>&amp;To whom</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="32" />
            <source>A short &amp;note</source>
            <translation>A short &amp;note</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="73" />
            <source>Add a &amp;report back</source>
            <translation>Add a &amp;report back</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="31" />
            <source>Ho&amp;w</source>
            <translation>Ho&amp;w</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="62" />
            <source>How &amp;often we report back</source>
            <translation>How &amp;often we report back</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="61" />
            <source>How often we report back</source>
            <translation>How often we report back</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="66" />
            <source>Next report back due</source>
            <translation>Next report back due</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="114" />
            <source>No duty to report back is written on Our seat, and no rhythm is chosen.</source>
            <translation>No duty to report back is written on Our seat, and no rhythm is chosen.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="58" />
            <source>Not chosen (after each meeting, if a duty is written)</source>
            <translation>Not chosen (after each meeting, if a duty is written)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="111" />
            <source>Nothing due until the next meeting is set.</source>
            <translation>Nothing due until the next meeting is set.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="50" />
            <source>Record each time you reported back to the people you represent. The next one due shows in What's due on Home.</source>
            <translation>Record each time you reported back to the people you represent. The next one due shows in What's due on Home.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="74" />
            <source>Remove this report back</source>
            <translation>Remove this report back</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="129" />
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="92" />
            <source>The people we represent</source>
            <translation>The people we represent</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="70" />
            <source>Times we reported back</source>
            <translation>Times we reported back</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="30" />
            <source>for example our trustees</source>
            <translation>for example our trustees</translation>
        </message>
    </context>
    <context>
        <name>RunStructure</name>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="30" />
            <source>&amp;Principles</source>
            <translation>&amp;Principles</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="49" />
            <source>A task force or working group can sit under a board, and outcome boards under one shared goal. Choose the partnership this one sits under.</source>
            <translation>A task force or working group can sit under a board, and outcome boards under one shared goal. Choose the partnership this one sits under.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="33" />
            <source>How the partners agree to work together</source>
            <translation>How the partners agree to work together</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="93" />
            <source>None.</source>
            <translation>None.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="107" />
            <source>Not saved: Sits under: {why}</source>
            <translation>Not saved: Sits under: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="85" />
            <source>Nothing: it is at the top</source>
            <translation>Nothing: it is at the top</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="67" />
            <source>Partnerships under this one</source>
            <translation>Partnerships under this one</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="102" />
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="26" />
            <source>Shared &amp;goal</source>
            <translation>Shared &amp;goal</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="58" />
            <source>Sits &amp;under</source>
            <translation>Sits &amp;under</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="57" />
            <source>Sits under</source>
            <translation>Sits under</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="26" />
            <source>The one goal the boards share</source>
            <translation>The one goal the boards share</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="68" />
            <source>Under it</source>
            <translation>Under it</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="24" />
            <source>Visi&amp;on</source>
            <translation>Visi&amp;on</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="24" />
            <source>What the area will be like</source>
            <translation>What the area will be like</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <location filename="../../desktop/ui/safety.py" line="252" />
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/safety.py" line="255" />
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restore from backup…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/safety.py" line="224" />
            <source>Backed up</source>
            <translation>Backed up</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/safety.py" line="217" />
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/safety.py" line="236" />
            <source>Backup not made</source>
            <translation>Backup not made</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/safety.py" line="287" />
            <source>Choose a second folder for backups (for example a USB stick)</source>
            <translation>Choose a second folder for backups (for example a USB stick)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/safety.py" line="263" />
            <source>Pe&amp;ople…</source>
            <translation>Pe&amp;ople…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/safety.py" line="257" />
            <source>Second backup &amp;folder…</source>
            <translation>Second backup &amp;folder…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/safety.py" line="98" />
            <source>The automatic backup</source>
            <translation>The automatic backup</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/safety.py" line="106" />
            <source>The backup</source>
            <translation>The backup</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/safety.py" line="225" />
            <source>Your records were backed up and checked:
{path}</source>
            <translation>Your records were backed up and checked:
{path}</translation>
        </message>
    </context>
    <context>
        <name>SeatTab</name>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="63" />
            <source>&amp;Add a representative</source>
            <translation>&amp;Add a representative</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="36" />
            <source>&amp;Induction received</source>
            <translation>&amp;Induction received</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="26" />
            <source>&amp;Our role</source>
            <translation>&amp;Our role</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="35" />
            <source>&amp;Who we report back to</source>
            <translation>&amp;Who we report back to</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="51" />
            <source>Code 4.5: everyone round the table should know their role, and new members should be given an induction.</source>
            <translation>Code 4.5: everyone round the table should know their role, and new members should be given an induction.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="37" />
            <source>Induction da&amp;te</source>
            <translation>Induction da&amp;te</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="38" />
            <source>Induction notes</source>
            <translation>Induction notes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="85" />
            <source>New representative</source>
            <translation>New representative</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="60" />
            <source>Our representatives</source>
            <translation>Our representatives</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="64" />
            <source>Remove this representative</source>
            <translation>Remove this representative</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="100" />
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="27" />
            <source>We &amp;speak for</source>
            <translation>We &amp;speak for</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="30" />
            <source>What we must &amp;report back</source>
            <translation>What we must &amp;report back</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="33" />
            <source>for example a short written report after each meeting</source>
            <translation>for example a short written report after each meeting</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="193" />
            <source>&amp;Achieved</source>
            <translation>&amp;Achieved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="206" />
            <source>&amp;Amount</source>
            <translation>&amp;Amount</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="172" />
            <source>&amp;Area for action</source>
            <translation>&amp;Area for action</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="114" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="139" />
            <source>&amp;Immediate or future</source>
            <translation>&amp;Immediate or future</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="81" />
            <source>&amp;Involved so far</source>
            <translation>&amp;Involved so far</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="211" />
            <source>&amp;Kind of funding</source>
            <translation>&amp;Kind of funding</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="78" />
            <source>&amp;Kind of stakeholder</source>
            <translation>&amp;Kind of stakeholder</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="157" />
            <source>&amp;Milestone</source>
            <translation>&amp;Milestone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="94" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="62" />
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="191" />
            <source>&amp;Outcome</source>
            <translation>&amp;Outcome</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="174" />
            <source>&amp;Outputs</source>
            <translation>&amp;Outputs</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="212" />
            <source>&amp;Period</source>
            <translation>&amp;Period</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="99" />
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="183" />
            <source>&amp;Priority</source>
            <translation>&amp;Priority</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="213" />
            <source>&amp;Starts</source>
            <translation>&amp;Starts</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="190" />
            <source>&amp;Term</source>
            <translation>&amp;Term</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="115" />
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="116" />
            <source>&amp;Where</source>
            <translation>&amp;Where</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="205" />
            <source>&amp;Where the money comes from</source>
            <translation>&amp;Where the money comes from</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="80" />
            <source>&amp;Who they are</source>
            <translation>&amp;Who they are</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="64" />
            <source>A kind of organisation, not one named</source>
            <translation>A kind of organisation, not one named</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="173" />
            <source>A&amp;ims</source>
            <translation>A&amp;ims</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="158" />
            <source>D&amp;ue by</source>
            <translation>D&amp;ue by</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="132" />
            <source>Done on</source>
            <translation>Done on</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="129" />
            <source>Due b&amp;y</source>
            <translation>Due b&amp;y</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="214" />
            <source>E&amp;nds</source>
            <translation>E&amp;nds</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="98" />
            <source>Emai&amp;l</source>
            <translation>Emai&amp;l</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="192" />
            <source>How we will &amp;know</source>
            <translation>How we will &amp;know</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="95" />
            <source>Lead or dep&amp;uty</source>
            <translation>Lead or dep&amp;uty</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="117" />
            <source>N&amp;otes</source>
            <translation>N&amp;otes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="160" />
            <source>No&amp;tes</source>
            <translation>No&amp;tes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="82" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="65" />
            <source>Sec&amp;tor</source>
            <translation>Sec&amp;tor</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="130" />
            <source>Stat&amp;us</source>
            <translation>Stat&amp;us</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="209" />
            <source>Support &amp;in kind: the amount is its estimated value</source>
            <translation>Support &amp;in kind: the amount is its estimated value</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="96" />
            <source>Ter&amp;m starts</source>
            <translation>Ter&amp;m starts</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="97" />
            <source>Term en&amp;ds</source>
            <translation>Term en&amp;ds</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="66" />
            <source>Their ro&amp;le</source>
            <translation>Their ro&amp;le</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="176" />
            <source>Use of &amp;support or coaching</source>
            <translation>Use of &amp;support or coaching</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="175" />
            <source>Use of f&amp;unding</source>
            <translation>Use of f&amp;unding</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="127" />
            <source>What needs doin&amp;g</source>
            <translation>What needs doin&amp;g</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="177" />
            <source>What we can &amp;build on</source>
            <translation>What we can &amp;build on</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="215" />
            <source>Who hol&amp;ds it</source>
            <translation>Who hol&amp;ds it</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="128" />
            <source>Who wi&amp;ll do it</source>
            <translation>Who wi&amp;ll do it</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="71" />
            <source>a kind of organisation</source>
            <translation>a kind of organisation</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="198" />
            <source>achieved</source>
            <translation>achieved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="166" />
            <source>done {when}</source>
            <translation>done {when}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="145" />
            <source>due {when}</source>
            <translation>due {when}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="212" />
            <source>for example 2026-27</source>
            <translation>for example 2026-27</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="66" />
            <source>for example Chair</source>
            <translation>for example Chair</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="115" />
            <source>for example Partnership board</source>
            <translation>for example Partnership board</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="223" />
            <source>in kind, worth about {amount}</source>
            <translation>in kind, worth about {amount}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="87" />
            <source>not involved yet</source>
            <translation>not involved yet</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="106" />
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
    </context>
    <context>
        <name>SharedCollection</name>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="95" />
            <source>&amp;Database:</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="94" />
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="120" />
            <source>&amp;Recent shared collections:</source>
            <translation>&amp;Recent shared collections:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="92" />
            <source>&amp;Service name:</source>
            <translation>&amp;Service name:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="96" />
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="179" />
            <source>Cannot open the shared collection</source>
            <translation>Cannot open the shared collection</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="86" />
            <source>Encrypted if the server offers it</source>
            <translation>Encrypted if the server offers it</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="84" />
            <source>Encrypted, certificate checked</source>
            <translation>Encrypted, certificate checked</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="83" />
            <source>Encrypted, server checked (recommended)</source>
            <translation>Encrypted, server checked (recommended)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="85" />
            <source>Encrypted, server not checked</source>
            <translation>Encrypted, server not checked</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="147" />
            <source>Give a service name, or a server and a database.</source>
            <translation>Give a service name, or a server and a database.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="99" />
            <source>Give a service name, or the server, database and user name. Partnerbook never stores a password: it uses your .pgpass or service file, or asks.</source>
            <translation>Give a service name, or the server, database and user name. Partnerbook never stores a password: it uses your .pgpass or service file, or asks.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="87" />
            <source>Not encrypted (this computer or a trusted network only)</source>
            <translation>Not encrypted (this computer or a trusted network only)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="266" />
            <source>Officer: you may import, merge and withdraw</source>
            <translation>Officer: you may import, merge and withdraw</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="71" />
            <source>Open shared collection</source>
            <translation>Open shared collection</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="207" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="208" />
            <source>Password for {label} (used for this window only, never stored):</source>
            <translation>Password for {label} (used for this window only, never stored):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="268" />
            <source>Reader: you may view and export</source>
            <translation>Reader: you may view and export</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="106" />
            <source>Recent shared collections</source>
            <translation>Recent shared collections</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="97" />
            <source>Se&amp;curity:</source>
            <translation>Se&amp;curity:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="93" />
            <source>Ser&amp;ver:</source>
            <translation>Ser&amp;ver:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="295" />
            <source>The server cannot be reached just now; the pages show what was there.</source>
            <translation>The server cannot be reached just now; the pages show what was there.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="183" />
            <source>Wrong password</source>
            <translation>Wrong password</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="270" />
            <source>Your role in this collection</source>
            <translation>Your role in this collection</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="73" />
            <source>for example cvs-area (from pg_service.conf)</source>
            <translation>for example cvs-area (from pg_service.conf)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="75" />
            <source>for example db.cvs.example.org</source>
            <translation>for example db.cvs.example.org</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="254" />
            <source>officer</source>
            <translation>officer</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="254" />
            <source>reader</source>
            <translation>reader</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="260" />
            <source>{app} — Shared collection — {name} — you are a reader</source>
            <translation>{app} — Shared collection — {name} — you are a reader</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="256" />
            <source>{app} — Shared collection — {name} — you are an {role}</source>
            <translation>{app} — Shared collection — {name} — you are an {role}</translation>
        </message>
    </context>
    <context>
        <name>StartupSafety</name>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="187" />
            <source>&amp;Keep it here</source>
            <translation>&amp;Keep it here</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="186" />
            <source>&amp;Move to this computer</source>
            <translation>&amp;Move to this computer</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="207" />
            <source>Moved</source>
            <translation>Moved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="202" />
            <source>Not moved</source>
            <translation>Not moved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="152" />
            <source>Not restored</source>
            <translation>Not restored</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="182" />
            <source>Partnerbook can copy them to {folder} on this computer and use them there.</source>
            <translation>Partnerbook can copy them to {folder} on this computer and use them there.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="132" />
            <source>Partnerbook cannot open your records</source>
            <translation>Partnerbook cannot open your records</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="208" />
            <source>Your records are now in {new}. The old copy in {old} has not been changed; once you are happy, you can delete it.</source>
            <translation>Your records are now in {new}. The old copy in {old} has not been changed; once you are happy, you can delete it.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="180" />
            <source>Your records may not be safe here</source>
            <translation>Your records may not be safe here</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="79" />
            <source>{problem}

There is no usable backup in {folder}.</source>
            <translation>{problem}

There is no usable backup in {folder}.</translation>
        </message>
    </context>
    <context>
        <name>ThemePicker</name>
        <message>
            <location filename="../../desktop/ui/partnerships/themes.py" line="40" />
            <source>A theme of your own</source>
            <translation>A theme of your own</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/themes.py" line="41" />
            <source>A theme of your own, for example Food poverty</source>
            <translation>A theme of your own, for example Food poverty</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/themes.py" line="42" />
            <source>Add &amp;your own theme</source>
            <translation>Add &amp;your own theme</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/themes.py" line="43" />
            <source>Add your own theme</source>
            <translation>Add your own theme</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/themes.py" line="35" />
            <source>Themes</source>
            <translation>Themes</translation>
        </message>
    </context>
    <context>
        <name>Themes</name>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Children and young people</source>
            <translation>Children and young people</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Community safety and antisocial behaviour</source>
            <translation>Community safety and antisocial behaviour</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Culture</source>
            <translation>Culture</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Early years</source>
            <translation>Early years</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Education</source>
            <translation>Education</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Employment</source>
            <translation>Employment</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Environment</source>
            <translation>Environment</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Health and wellbeing</source>
            <translation>Health and wellbeing</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Housing</source>
            <translation>Housing</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Leisure</source>
            <translation>Leisure</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Mental health</source>
            <translation>Mental health</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Older people</source>
            <translation>Older people</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Skills</source>
            <translation>Skills</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Transport</source>
            <translation>Transport</translation>
        </message>
    </context>
    <context>
        <name>Vocab</name>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>A number of members</source>
            <translation>A number of members</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>A share of the members (per cent)</source>
            <translation>A share of the members (per cent)</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Accessibility and interpretation</source>
            <translation>Accessibility and interpretation</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Agreed</source>
            <translation>Agreed</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Another office</source>
            <translation>Another office</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Another way</source>
            <translation>Another way</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Appointed</source>
            <translation>Appointed</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Attended</source>
            <translation>Attended</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Backfill or cover</source>
            <translation>Backfill or cover</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Both rural and urban</source>
            <translation>Both rural and urban</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>By a vote</source>
            <translation>By a vote</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>By a vote, the chair having a casting vote</source>
            <translation>By a vote, the chair having a casting vote</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>By consensus</source>
            <translation>By consensus</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Chair</source>
            <translation>Chair</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Chair or co-chair</source>
            <translation>Chair or co-chair</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Commitment</source>
            <translation>Commitment</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Complete</source>
            <translation>Complete</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Considering</source>
            <translation>Considering</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Contractual</source>
            <translation>Contractual</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>County</source>
            <translation>County</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Decide later</source>
            <translation>Decide later</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Delivery</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Deputy</source>
            <translation>Deputy</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Development</source>
            <translation>Development</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Did not attend</source>
            <translation>Did not attend</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Do not join</source>
            <translation>Do not join</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Education</source>
            <translation>Education</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Elected</source>
            <translation>Elected</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Elements of a successful partnership</source>
            <translation>Elements of a successful partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Faith</source>
            <translation>Faith</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Formal</source>
            <translation>Formal</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Fundholder</source>
            <translation>Fundholder</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Future step</source>
            <translation>Future step</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>IT and equipment</source>
            <translation>IT and equipment</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Identified</source>
            <translation>Identified</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Immediate action</source>
            <translation>Immediate action</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Informal</source>
            <translation>Informal</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Join</source>
            <translation>Join</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Lead partner</source>
            <translation>Lead partner</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Long term</source>
            <translation>Long term</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Medium term</source>
            <translation>Medium term</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>National</source>
            <translation>National</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Neighbourhood</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>No longer needed</source>
            <translation>No longer needed</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Not decided yet</source>
            <translation>Not decided yet</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Not known</source>
            <translation>Not known</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Observer</source>
            <translation>Observer</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Ongoing</source>
            <translation>Ongoing</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Our commitments as a partner</source>
            <translation>Our commitments as a partner</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Our own group</source>
            <translation>Our own group</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Our undertakings as a voluntary sector body</source>
            <translation>Our undertakings as a voluntary sector body</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Out-of-pocket expenses</source>
            <translation>Out-of-pocket expenses</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Over £1 million a year</source>
            <translation>Over £1 million a year</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Partly agreed</source>
            <translation>Partly agreed</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Private</source>
            <translation>Private</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Replacement care or childcare</source>
            <translation>Replacement care or childcare</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Requested</source>
            <translation>Requested</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Rotating</source>
            <translation>Rotating</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Rural</source>
            <translation>Rural</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Secretary</source>
            <translation>Secretary</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Sent apologies</source>
            <translation>Sent apologies</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Short term</source>
            <translation>Short term</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Statutory</source>
            <translation>Statutory</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Sub-group member</source>
            <translation>Sub-group member</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>The chair decides after discussion</source>
            <translation>The chair decides after discussion</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>The statutory partners' undertakings, as we see them</source>
            <translation>The statutory partners' undertakings, as we see them</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>The wider voluntary sector</source>
            <translation>The wider voluntary sector</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Time-limited</source>
            <translation>Time-limited</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>To do</source>
            <translation>To do</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Town</source>
            <translation>Town</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Training and skills</source>
            <translation>Training and skills</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Travel and mileage</source>
            <translation>Travel and mileage</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Treasurer</source>
            <translation>Treasurer</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Under £10,000 a year</source>
            <translation>Under £10,000 a year</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Urban</source>
            <translation>Urban</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Venue and refreshments</source>
            <translation>Venue and refreshments</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Vice-chair</source>
            <translation>Vice-chair</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Voluntary</source>
            <translation>Voluntary</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Voluntary and community</source>
            <translation>Voluntary and community</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Volunteer or staff time</source>
            <translation>Volunteer or staff time</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>days</source>
            <translation>days</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>hours</source>
            <translation>hours</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>items</source>
            <translation>items</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>miles</source>
            <translation>miles</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>sessions</source>
            <translation>sessions</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>£10,000 to £100,000 a year</source>
            <translation>£10,000 to £100,000 a year</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>£100,000 to £1 million a year</source>
            <translation>£100,000 to £1 million a year</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="127" />
            <source>&amp;Later</source>
            <translation>&amp;Later</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="99" />
            <source>&amp;Set up our group</source>
            <translation>&amp;Set up our group</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="105" />
            <source>&amp;Try it with example data</source>
            <translation>&amp;Try it with example data</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="116" />
            <source>&lt;b&gt;Your records stay on this computer.&lt;/b&gt; Partnerbook does not use the internet: nothing leaves this computer unless you send a return or copy a backup yourself. Your records are kept in:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;</source>
            <translation>&lt;b&gt;Your records stay on this computer.&lt;/b&gt; Partnerbook does not use the internet: nothing leaves this computer unless you send a return or copy a backup yourself. Your records are kept in:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="128" />
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="106" />
            <source>Opens a made-up group in a second window, with its own folder ({folder}), so the example never mixes with your own records.</source>
            <translation>Opens a made-up group in a second window, with its own folder ({folder}), so the example never mixes with your own records.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="191" />
            <source>Partnerbook could not start a second window for the example. You can open it yourself with: partnerbook --data-dir "{folder}"</source>
            <translation>Partnerbook could not start a second window for the example. You can open it yourself with: partnerbook --data-dir "{folder}"</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="87" />
            <source>Partnerbook keeps the record of the local partnerships your group sits on: who the partners are, who goes to the meetings, what was agreed, what taking part costs you, and how well each partnership is working. At the end of a period it makes a return, a PDF you send to your Council for Voluntary Service (CVS).</source>
            <translation>Partnerbook keeps the record of the local partnerships your group sits on: who the partners are, who goes to the meetings, what was agreed, what taking part costs you, and how well each partnership is working. At the end of a period it makes a return, a PDF you send to your Council for Voluntary Service (CVS).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="102" />
            <source>Set up our group</source>
            <translation>Set up our group</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="100" />
            <source>Start your own record: your group's name and your CVS, then your partnerships.</source>
            <translation>Start your own record: your group's name and your CVS, then your partnerships.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="185" />
            <source>The example could not be opened</source>
            <translation>The example could not be opened</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="111" />
            <source>Try it with example data</source>
            <translation>Try it with example data</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="73" />
            <source>Welcome to Partnerbook</source>
            <translation>Welcome to Partnerbook</translation>
        </message>
    </context>
    <context>
        <name>WhatsDue</name>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="67" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="66" />
            <source>Done {date}</source>
            <translation>Done {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="85" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="85" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="209" />
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="175" />
            <source>Goes when the report back is recorded</source>
            <translation>Goes when the report back is recorded</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="177" />
            <source>Goes when the return for the pack is made</source>
            <translation>Goes when the return for the pack is made</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="59" />
            <source>In progress: {due}</source>
            <translation>In progress: {due}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="71" />
            <source>No date</source>
            <translation>No date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="69" />
            <source>No longer needed</source>
            <translation>No longer needed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="178" />
            <source>Not done</source>
            <translation>Not done</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="207" />
            <source>Not given</source>
            <translation>Not given</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="85" />
            <source>Partnership</source>
            <translation>Partnership</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="228" />
            <source>Report back to the people we represent</source>
            <translation>Report back to the people we represent</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="227" />
            <source>Report back to {whom}</source>
            <translation>Report back to {whom}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="214" />
            <source>Reporting back</source>
            <translation>Reporting back</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="216" />
            <source>Return pack from the CVS</source>
            <translation>Return pack from the CVS</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="223" />
            <source>Send the return to {cvs}</source>
            <translation>Send the return to {cvs}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="85" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="85" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="75" />
            <source>{date} (overdue by 1 day)</source>
            <translation>{date} (overdue by 1 day)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="77" />
            <source>{date} (overdue by {days} days)</source>
            <translation>{date} (overdue by {days} days)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="79" />
            <source>{date} (today)</source>
            <translation>{date} (today)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="187" />
            <source>{what}
{due}
Make it in the Returns area.</source>
            <translation>{what}
{due}
Make it in the Returns area.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="182" />
            <source>{what}
{due}
Record it in the partnership's How it is run tab, Reporting back.</source>
            <translation>{what}
{due}
Record it in the partnership's How it is run tab, Reporting back.</translation>
        </message>
    </context>
</TS>
