<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA" sourcelanguage="en_GB">
    <context>
        <name>Application</name>
        <message>
            <location filename="../../desktop/ui/application.py" line="172" />
            <source>Partnerbook is already open</source>
            <translation>[Þåŕţñéŕƀööķ îš åļŕéåđý öþéñ ~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <location filename="../../desktop/ui/areas.py" line="65" />
            <source>&amp;Commitments</source>
            <translation>[&amp;Cöɱɱîţɱéñţš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/areas.py" line="63" />
            <source>&amp;Home</source>
            <translation>[&amp;Höɱé ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/areas.py" line="64" />
            <source>&amp;Partnerships</source>
            <translation>[&amp;Påŕţñéŕšĥîþš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/areas.py" line="66" />
            <source>&amp;Resource needs</source>
            <translation>[&amp;Réšöûŕçé ñééđš ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/areas.py" line="68" />
            <source>Re&amp;turns</source>
            <translation>[Ŕé&amp;tûŕñš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/areas.py" line="67" />
            <source>Re&amp;views</source>
            <translation>[Ŕé&amp;vîéŵš ~~]</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <location filename="../../desktop/ui/background.py" line="223" />
            <source>Not done</source>
            <translation>[Ñöţ đöñé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/background.py" line="115" />
            <source>The work</source>
            <translation>[Ţĥé ŵöŕķ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/background.py" line="112" />
            <source>{what} could not be finished because of an unexpected error ({kind}). Nothing was saved. Please try again, and tell us if it happens again.</source>
            <translation>[{what} çöûļđ ñöţ ƀé ƒîñîšĥéđ ƀéçåûšé öƒ åñ ûñéẋþéçţéđ éŕŕöŕ ({kind}). Ñöţĥîñĝ ŵåš šåṽéđ. Þļéåšé ţŕý åĝåîñ, åñđ ţéļļ ûš îƒ îţ ĥåþþéñš åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>BriefAction</name>
        <message>
            <location filename="../../desktop/ui/brief_action.py" line="66" />
            <source>Brief saved</source>
            <translation>[Ɓŕîéƒ šåṽéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/brief_action.py" line="42" />
            <source>No such partnership</source>
            <translation>[Ñö šûçĥ þåŕţñéŕšĥîþ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/brief_action.py" line="49" />
            <source>PDF files (*.pdf)</source>
            <translation>[ÞĐƑ ƒîļéš (*.þđƒ) ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/brief_action.py" line="49" />
            <source>Save the meeting brief as</source>
            <translation>[Šåṽé ţĥé ɱééţîñĝ ƀŕîéƒ åš ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/brief_action.py" line="67" />
            <source>Saved the brief to {path}. Open it now?</source>
            <translation>[Šåṽéđ ţĥé ƀŕîéƒ ţö {path}. Öþéñ îţ ñöŵ? ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/brief_action.py" line="42" />
            <source>That partnership no longer exists.</source>
            <translation>[Ţĥåţ þåŕţñéŕšĥîþ ñö ļöñĝéŕ éẋîšţš. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/brief_action.py" line="74" />
            <source>The brief was not saved</source>
            <translation>[Ţĥé ƀŕîéƒ ŵåš ñöţ šåṽéđ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/brief_action.py" line="83" />
            <source>The meeting brief</source>
            <translation>[Ţĥé ɱééţîñĝ ƀŕîéƒ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <location filename="../../desktop/ui/charts.py" line="127" />
            <source>Gap: no score (Don't know) for {refs}</source>
            <translation>[Ĝåþ: ñö šçöŕé (Đöñ'ţ ķñöŵ) ƒöŕ {refs} ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/charts.py" line="308" />
            <source>No finished reviews yet</source>
            <translation>[Ñö ƒîñîšĥéđ ŕéṽîéŵš ýéţ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/charts.py" line="36" />
            <source>Radar chart of the scores</source>
            <translation>[Ŕåđåŕ çĥåŕţ öƒ ţĥé šçöŕéš ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/charts.py" line="53" />
            <source>Ring: {band} from {score}</source>
            <translation>[Ŕîñĝ: {band} ƒŕöɱ {score} ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/charts.py" line="204" />
            <source>Trend of the overall score</source>
            <translation>[Ţŕéñđ öƒ ţĥé öṽéŕåļļ šçöŕé ~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>CollectionDashboard</name>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="187" />
            <source>Area dashboard charts</source>
            <translation>[Åŕéå đåšĥƀöåŕđ çĥåŕţš ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="178" />
            <source>Clauses most often rated as needing help</source>
            <translation>[Çļåûšéš ɱöšţ öƒţéñ ŕåţéđ åš ñééđîñĝ ĥéļþ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="256" />
            <source>Clauses most often rated as needing help (times)</source>
            <translation>[Çļåûšéš ɱöšţ öƒţéñ ŕåţéđ åš ñééđîñĝ ĥéļþ (ţîɱéš) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="213" />
            <source>Each bar's figure comes first in its label. Review bands are each tool's own: scores from different tools are never put together.</source>
            <translation>[Éåçĥ ƀåŕ'š ƒîĝûŕé çöɱéš ƒîŕšţ îñ îţš ļåƀéļ. Ŕéṽîéŵ ƀåñđš åŕé éåçĥ ţööļ'š öŵñ: šçöŕéš ƒŕöɱ đîƒƒéŕéñţ ţööļš åŕé ñéṽéŕ þûţ ţöĝéţĥéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="224" />
            <source>Expected groups with a return</source>
            <translation>[Éẋþéçţéđ ĝŕöûþš ŵîţĥ å ŕéţûŕñ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="222" />
            <source>Groups expected</source>
            <translation>[Ĝŕöûþš éẋþéçţéđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="228" />
            <source>Groups with a return</source>
            <translation>[Ĝŕöûþš ŵîţĥ å ŕéţûŕñ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="177" />
            <source>Needs by category</source>
            <translation>[Ñééđš ƀý çåţéĝöŕý ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="250" />
            <source>Needs by category (estimated cost)</source>
            <translation>[Ñééđš ƀý çåţéĝöŕý (éšţîɱåţéđ çöšţ) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="176" />
            <source>Needs by partnership</source>
            <translation>[Ñééđš ƀý þåŕţñéŕšĥîþ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="242" />
            <source>Needs by partnership (estimated cost)</source>
            <translation>[Ñééđš ƀý þåŕţñéŕšĥîþ (éšţîɱåţéđ çöšţ) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="211" />
            <source>Nothing to show for this period yet: no returns and no expected groups.</source>
            <translation>[Ñöţĥîñĝ ţö šĥöŵ ƒöŕ ţĥîš þéŕîöđ ýéţ: ñö ŕéţûŕñš åñđ ñö éẋþéçţéđ ĝŕöûþš. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="175" />
            <source>Returns received against expected</source>
            <translation>[Ŕéţûŕñš ŕéçéîṽéđ åĝåîñšţ éẋþéçţéđ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="179" />
            <source>Review bands by partnership</source>
            <translation>[Ŕéṽîéŵ ƀåñđš ƀý þåŕţñéŕšĥîþ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="265" />
            <source>Review bands by partnership (groups in each band, each tool's own bands)</source>
            <translation>[Ŕéṽîéŵ ƀåñđš ƀý þåŕţñéŕšĥîþ (ĝŕöûþš îñ éåçĥ ƀåñđ, éåçĥ ţööļ'š öŵñ ƀåñđš) ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="218" />
            <source>none in this period</source>
            <translation>[ñöñé îñ ţĥîš þéŕîöđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/dashboard.py" line="236" />
            <source>{title} (the {shown} largest of {total})</source>
            <translation>[{title} (ţĥé {shown} ļåŕĝéšţ öƒ {total}) ~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>CollectionMenu</name>
        <message>
            <location filename="../../desktop/ui/collection/menu.py" line="153" />
            <source>&amp;Open collection…</source>
            <translation>[&amp;Oþéñ çöļļéçţîöñ… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/menu.py" line="174" />
            <source>(none yet)</source>
            <translation>[(ñöñé ýéţ) ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/menu.py" line="87" />
            <source>Cannot open the collection</source>
            <translation>[Çåññöţ öþéñ ţĥé çöļļéçţîöñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/menu.py" line="151" />
            <source>New co&amp;llection…</source>
            <translation>[Ñéŵ çö&amp;lļéçţîöñ… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/menu.py" line="131" />
            <source>New collection</source>
            <translation>[Ñéŵ çöļļéçţîöñ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/menu.py" line="161" />
            <source>Open &amp;recent collection</source>
            <translation>[Öþéñ &amp;réçéñţ çöļļéçţîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/menu.py" line="157" />
            <source>Open &amp;shared collection…</source>
            <translation>[Öþéñ &amp;sĥåŕéđ çöļļéçţîöñ… ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/menu.py" line="147" />
            <source>Open collection</source>
            <translation>[Öþéñ çöļļéçţîöñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/menu.py" line="100" />
            <source>The collection is already open</source>
            <translation>[Ţĥé çöļļéçţîöñ îš åļŕéåđý öþéñ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/menu.py" line="141" />
            <source>{file} already exists. Use Open collection… to open it.</source>
            <translation>[{file} åļŕéåđý éẋîšţš. Ûšé Öþéñ çöļļéçţîöñ… ţö öþéñ îţ. ~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>CollectionOpening</name>
        <message>
            <location filename="../../desktop/ui/collection/opening_checks.py" line="93" />
            <source>&amp;Copy to this computer</source>
            <translation>[&amp;Cöþý ţö ţĥîš çöɱþûţéŕ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/opening_checks.py" line="94" />
            <source>&amp;Keep it here</source>
            <translation>[&amp;Kééþ îţ ĥéŕé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/opening_checks.py" line="78" />
            <source>Not copied</source>
            <translation>[Ñöţ çöþîéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/opening_checks.py" line="88" />
            <source>Partnerbook can copy it to {folder} on this computer and open the copy. The file where it is now is left as it is.</source>
            <translation>[Þåŕţñéŕƀööķ çåñ çöþý îţ ţö {folder} öñ ţĥîš çöɱþûţéŕ åñđ öþéñ ţĥé çöþý. Ţĥé ƒîļé ŵĥéŕé îţ îš ñöŵ îš ļéƒţ åš îţ îš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/opening_checks.py" line="51" />
            <source>Partnerbook found damage in {file} and has not written to it.

The newest good backup is from {when}. Restore it? Returns imported after then will need importing again. The damaged file is kept, untouched, beside it.</source>
            <translation>[Þåŕţñéŕƀööķ ƒöûñđ đåɱåĝé îñ {file} åñđ ĥåš ñöţ ŵŕîţţéñ ţö îţ.

Ţĥé ñéŵéšţ ĝööđ ƀåçķûþ îš ƒŕöɱ {when}. Ŕéšţöŕé îţ? Ŕéţûŕñš îɱþöŕţéđ åƒţéŕ ţĥéñ ŵîļļ ñééđ îɱþöŕţîñĝ åĝåîñ. Ţĥé đåɱåĝéđ ƒîļé îš ķéþţ, ûñţöûçĥéđ, ƀéšîđé îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/opening_checks.py" line="41" />
            <source>The collection is damaged</source>
            <translation>[Ţĥé çöļļéçţîöñ îš đåɱåĝéđ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/opening_checks.py" line="85" />
            <source>This collection may not be safe here</source>
            <translation>[Ţĥîš çöļļéçţîöñ ɱåý ñöţ ƀé šåƒé ĥéŕé ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/opening_checks.py" line="42" />
            <source>{problem}

There is no usable backup of it in {folder}.</source>
            <translation>[{problem}

Ţĥéŕé îš ñö ûšåƀļé ƀåçķûþ öƒ îţ îñ {folder}. ~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>CollectionPages</name>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="173" />
            <source>&amp;Add to the list</source>
            <translation>[&amp;Ađđ ţö ţĥé ļîšţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="171" />
            <source>&amp;Expect a return from:</source>
            <translation>[&amp;Eẋþéçţ å ŕéţûŕñ ƒŕöɱ: ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="284" />
            <source>&amp;Merge the names</source>
            <translation>[&amp;Méŕĝé ţĥé ñåɱéš ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="119" />
            <source>&lt;b&gt;Groups and their latest return for each period&lt;/b&gt;</source>
            <translation>[&lt;b&gt;Ĝŕöûþš åñđ ţĥéîŕ ļåţéšţ ŕéţûŕñ ƒöŕ éåçĥ þéŕîöđ&lt;/b&gt; ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="164" />
            <source>&lt;b&gt;Groups you expect a return from, who have not sent one&lt;/b&gt;</source>
            <translation>[&lt;b&gt;Ĝŕöûþš ýöû éẋþéçţ å ŕéţûŕñ ƒŕöɱ, ŵĥö ĥåṽé ñöţ šéñţ öñé&lt;/b&gt; ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="271" />
            <source>&lt;b&gt;Review scores by tool&lt;/b&gt;</source>
            <translation>[&lt;b&gt;Ŕéṽîéŵ šçöŕéš ƀý ţööļ&lt;/b&gt; ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="468" />
            <source>&lt;b&gt;The clauses most often rated "need help"&lt;/b&gt;</source>
            <translation>[&lt;b&gt;Ţĥé çļåûšéš ɱöšţ öƒţéñ ŕåţéđ "ñééđ ĥéļþ"&lt;/b&gt; ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="417" />
            <source>All groups together</source>
            <translation>[Åļļ ĝŕöûþš ţöĝéţĥéŕ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="472" />
            <source>Clauses rated "need help"</source>
            <translation>[Çļåûšéš ŕåţéđ "ñééđ ĥéļþ" ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="354" />
            <source>Commitment ratings</source>
            <translation>[Çöɱɱîţɱéñţ ŕåţîñĝš ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="286" />
            <source>Compare gro&amp;ups…</source>
            <translation>[Çöɱþåŕé ĝŕö&amp;uþš… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="166" />
            <source>Expected groups with no return</source>
            <translation>[Éẋþéçţéđ ĝŕöûþš ŵîţĥ ñö ŕéţûŕñ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="124" />
            <source>F&amp;ind:</source>
            <translation>[Ƒ&amp;iñđ: ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="505" />
            <source>Fi&amp;nd in the log:</source>
            <translation>[Ƒî&amp;nđ îñ ţĥé ļöĝ: ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="170" />
            <source>Group name</source>
            <translation>[Ĝŕöûþ ñåɱé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="130" />
            <source>Groups and their latest returns</source>
            <translation>[Ĝŕöûþš åñđ ţĥéîŕ ļåţéšţ ŕéţûŕñš ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="149" />
            <source>Groups that may be the same</source>
            <translation>[Ĝŕöûþš ţĥåţ ɱåý ƀé ţĥé šåɱé ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="509" />
            <source>Import log</source>
            <translation>[Îɱþöŕţ ļöĝ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="347" />
            <source>Partners&amp;hip:</source>
            <translation>[Þåŕţñéŕš&amp;hîþ: ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="267" />
            <source>Partnerships across the area</source>
            <translation>[Þåŕţñéŕšĥîþš åçŕöšš ţĥé åŕéå ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="174" />
            <source>Re&amp;move from the list</source>
            <translation>[Ŕé&amp;möṽé ƒŕöɱ ţĥé ļîšţ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="356" />
            <source>Resource needs</source>
            <translation>[Ŕéšöûŕçé ñééđš ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="466" />
            <source>Resource needs totals</source>
            <translation>[Ŕéšöûŕçé ñééđš ţöţåļš ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="361" />
            <source>Review answers</source>
            <translation>[Ŕéṽîéŵ åñšŵéŕš ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="274" />
            <source>Review scores by tool</source>
            <translation>[Ŕéṽîéŵ šçöŕéš ƀý ţööļ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="368" />
            <source>Review scores radar</source>
            <translation>[Ŕéṽîéŵ šçöŕéš ŕåđåŕ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="371" />
            <source>Reviews</source>
            <translation>[Ŕéṽîéŵš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="365" />
            <source>Show ra&amp;dar for:</source>
            <translation>[Šĥöŵ ŕå&amp;dåŕ ƒöŕ: ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="281" />
            <source>The chosen partnership is the &amp;same as:</source>
            <translation>[Ţĥé çĥöšéñ þåŕţñéŕšĥîþ îš ţĥé &amp;såɱé åš: ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="279" />
            <source>The partnership it is the same as</source>
            <translation>[Ţĥé þåŕţñéŕšĥîþ îţ îš ţĥé šåɱé åš ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="138" />
            <source>The return stops counting (it is kept, marked withdrawn); the collection is backed up first, and the earlier return it replaced counts again.</source>
            <translation>[Ţĥé ŕéţûŕñ šţöþš çöûñţîñĝ (îţ îš ķéþţ, ɱåŕķéđ ŵîţĥđŕåŵñ); ţĥé çöļļéçţîöñ îš ƀåçķéđ ûþ ƒîŕšţ, åñđ ţĥé éåŕļîéŕ ŕéţûŕñ îţ ŕéþļåçéđ çöûñţš åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="155" />
            <source>These may be the same &amp;group:</source>
            <translation>[Ţĥéšé ɱåý ƀé ţĥé šåɱé &amp;gŕöûþ: ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="328" />
            <source>These may be the same partnership: {pairs}.</source>
            <translation>[Ţĥéšé ɱåý ƀé ţĥé šåɱé þåŕţñéŕšĥîþ: {pairs}. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="156" />
            <source>They are the same group</source>
            <translation>[Ţĥéý åŕé ţĥé šåɱé ĝŕöûþ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="461" />
            <source>Total resource needs &amp;by:</source>
            <translation>[Ţöţåļ ŕéšöûŕçé ñééđš &amp;bý: ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="123" />
            <source>Type part of a group's name or a reference</source>
            <translation>[Ţýþé þåŕţ öƒ å ĝŕöûþ'š ñåɱé öŕ å ŕéƒéŕéñçé ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="262" />
            <source>Type part of a name</source>
            <translation>[Ţýþé þåŕţ öƒ å ñåɱé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="355" />
            <source>Undertakings (statutory and ours)</source>
            <translation>[Ûñđéŕţåķîñĝš (šţåţûţöŕý åñđ öûŕš) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="136" />
            <source>Withdraw the chosen return…</source>
            <translation>[Ŵîţĥđŕåŵ ţĥé çĥöšéñ ŕéţûŕñ… ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="456" />
            <source>category</source>
            <translation>[çåţéĝöŕý ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="458" />
            <source>group</source>
            <translation>[ĝŕöûþ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="457" />
            <source>partnership</source>
            <translation>[þåŕţñéŕšĥîþ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/pages.py" line="219" />
            <source>“{name}” sent under two ids: {alias}… ({alias_count} returns) and {into}… ({into_count} returns)</source>
            <translation>[“{name}” šéñţ ûñđéŕ ţŵö îđš: {alias}… ({alias_count} ŕéţûŕñš) åñđ {into}… ({into_count} ŕéţûŕñš) ~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>CollectionRunPage</name>
        <message>
            <location filename="../../desktop/ui/collection/run_page.py" line="44" />
            <source>F&amp;ind:</source>
            <translation>[Ƒ&amp;iñđ: ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/run_page.py" line="34" />
            <source>How each group's partnerships are run, from their latest returns. “Not recorded” means the return was made before Partnerbook asked.</source>
            <translation>[Ĥöŵ éåçĥ ĝŕöûþ'š þåŕţñéŕšĥîþš åŕé ŕûñ, ƒŕöɱ ţĥéîŕ ļåţéšţ ŕéţûŕñš. “Ñöţ ŕéçöŕđéđ” ɱéåñš ţĥé ŕéţûŕñ ŵåš ɱåđé ƀéƒöŕé Þåŕţñéŕƀööķ åšķéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/run_page.py" line="49" />
            <source>How it is run</source>
            <translation>[Ĥöŵ îţ îš ŕûñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/run_page.py" line="43" />
            <source>Type part of a group or partnership name</source>
            <translation>[Ţýþé þåŕţ öƒ å ĝŕöûþ öŕ þåŕţñéŕšĥîþ ñåɱé ~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>CollectionSafety</name>
        <message>
            <location filename="../../desktop/ui/collection/safety.py" line="67" />
            <source>&amp;Back up now</source>
            <translation>[&amp;Båçķ ûþ ñöŵ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/safety.py" line="87" />
            <source>A return is being withdrawn. Wait for it to finish, then restore a backup.</source>
            <translation>[Å ŕéţûŕñ îš ƀéîñĝ ŵîţĥđŕåŵñ. Ŵåîţ ƒöŕ îţ ţö ƒîñîšĥ, ţĥéñ ŕéšţöŕé å ƀåçķûþ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/safety.py" line="90" />
            <source>An import is running. Wait for it to finish, or cancel it, then restore a backup.</source>
            <translation>[Åñ îɱþöŕţ îš ŕûññîñĝ. Ŵåîţ ƒöŕ îţ ţö ƒîñîšĥ, öŕ çåñçéļ îţ, ţĥéñ ŕéšţöŕé å ƀåçķûþ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/safety.py" line="108" />
            <source>Choose the backup to go back to. This collection as it is now is backed up first, so you can come back to it from this list.</source>
            <translation>[Çĥööšé ţĥé ƀåçķûþ ţö ĝö ƀåçķ ţö. Ţĥîš çöļļéçţîöñ åš îţ îš ñöŵ îš ƀåçķéđ ûþ ƒîŕšţ, šö ýöû çåñ çöɱé ƀåçķ ţö îţ ƒŕöɱ ţĥîš ļîšţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/safety.py" line="43" />
            <source>Groups</source>
            <translation>[Ĝŕöûþš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/safety.py" line="118" />
            <source>Not now</source>
            <translation>[Ñöţ ñöŵ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/safety.py" line="44" />
            <source>Partnerships</source>
            <translation>[Þåŕţñéŕšĥîþš ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/safety.py" line="70" />
            <source>Res&amp;tore from a backup…</source>
            <translation>[Ŕéš&amp;töŕé ƒŕöɱ å ƀåçķûþ… ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/safety.py" line="121" />
            <source>Restore {name} from a backup</source>
            <translation>[Ŕéšţöŕé {name} ƒŕöɱ å ƀåçķûþ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/safety.py" line="42" />
            <source>Returns</source>
            <translation>[Ŕéţûŕñš ~~~]</translation>
        </message>
    </context>
    <context>
        <name>CollectionTrust</name>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="65" />
            <source>&amp;Add a framework file…</source>
            <translation>[&amp;Ađđ å ƒŕåɱéŵöŕķ ƒîļé… ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="101" />
            <source>&amp;Confirm: it is the group's new key</source>
            <translation>[&amp;Cöñƒîŕɱ: îţ îš ţĥé ĝŕöûþ'š ñéŵ ķéý ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="77" />
            <source>&amp;Deadline:</source>
            <translation>[&amp;Déåđļîñé: ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="78" />
            <source>&amp;Message:</source>
            <translation>[&amp;Méššåĝé: ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="76" />
            <source>&amp;Period:</source>
            <translation>[&amp;Péŕîöđ: ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="120" />
            <source>&amp;Save the keys for safe keeping…</source>
            <translation>[&amp;Såṽé ţĥé ķéýš ƒöŕ šåƒé ķééþîñĝ… ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="55" />
            <source>2026-27, 2026-27 Q3 or 2026-10-01..2026-12-31</source>
            <translation>[2026-27, 2026-27 Ǫ3 öŕ 2026-10-01..2026-12-31 ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="110" />
            <source>&lt;b&gt;Keys groups sign their returns with&lt;/b&gt;</source>
            <translation>[&lt;b&gt;Ķéýš ĝŕöûþš šîĝñ ţĥéîŕ ŕéţûŕñš ŵîţĥ&lt;/b&gt; ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="85" />
            <source>&lt;b&gt;Returns held: signed by a different key&lt;/b&gt;</source>
            <translation>[&lt;b&gt;Ŕéţûŕñš ĥéļđ: šîĝñéđ ƀý å đîƒƒéŕéñţ ķéý&lt;/b&gt; ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="114" />
            <source>&lt;b&gt;The CVS's keys and return packs&lt;/b&gt;</source>
            <translation>[&lt;b&gt;Ţĥé ÇṼŠ'š ķéýš åñđ ŕéţûŕñ þåçķš&lt;/b&gt; ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="95" />
            <source>A framework file for the groups</source>
            <translation>[Å ƒŕåɱéŵöŕķ ƒîļé ƒöŕ ţĥé ĝŕöûþš ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="87" />
            <source>A group's later returns must be signed by the same key as its first. A reinstalled laptop or a new computer is the usual reason for a new key and is normal: check with the group (by phone, or an email you know is theirs), then confirm. Someone pretending to be the group: refuse.</source>
            <translation>[Å ĝŕöûþ'š ļåţéŕ ŕéţûŕñš ɱûšţ ƀé šîĝñéđ ƀý ţĥé šåɱé ķéý åš îţš ƒîŕšţ. Å ŕéîñšţåļļéđ ļåþţöþ öŕ å ñéŵ çöɱþûţéŕ îš ţĥé ûšûåļ ŕéåšöñ ƒöŕ å ñéŵ ķéý åñđ îš ñöŕɱåļ: çĥéçķ ŵîţĥ ţĥé ĝŕöûþ (ƀý þĥöñé, öŕ åñ éɱåîļ ýöû ķñöŵ îš ţĥéîŕš), ţĥéñ çöñƒîŕɱ. Šöɱéöñé þŕéţéñđîñĝ ţö ƀé ţĥé ĝŕöûþ: ŕéƒûšé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="74" />
            <source>CVS &amp;name:</source>
            <translation>[ÇṼŠ &amp;nåɱé: ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="45" />
            <source>Choose a passphrase for the CVS's keys (at least 10 characters; a few words you will remember work well). Write it down and keep it somewhere safe: without it no new pack can be made and sealed contact details cannot be read.</source>
            <translation>[Çĥööšé å þåššþĥŕåšé ƒöŕ ţĥé ÇṼŠ'š ķéýš (åţ ļéåšţ 10 çĥåŕåçţéŕš; å ƒéŵ ŵöŕđš ýöû ŵîļļ ŕéɱéɱƀéŕ ŵöŕķ ŵéļļ). Ŵŕîţé îţ đöŵñ åñđ ķééþ îţ šöɱéŵĥéŕé šåƒé: ŵîţĥöûţ îţ ñö ñéŵ þåçķ çåñ ƀé ɱåđé åñđ šéåļéđ çöñţåçţ đéţåîļš çåññöţ ƀé ŕéåđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="162" />
            <source>Confirm only after checking with the group that they sent it (a reinstalled laptop or a new computer is normal). Later returns signed by either key will then be imported as usual.</source>
            <translation>[Çöñƒîŕɱ öñļý åƒţéŕ çĥéçķîñĝ ŵîţĥ ţĥé ĝŕöûþ ţĥåţ ţĥéý šéñţ îţ (å ŕéîñšţåļļéđ ļåþţöþ öŕ å ñéŵ çöɱþûţéŕ îš ñöŕɱåļ). Ļåţéŕ ŕéţûŕñš šîĝñéđ ƀý éîţĥéŕ ķéý ŵîļļ ţĥéñ ƀé îɱþöŕţéđ åš ûšûåļ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="161" />
            <source>Confirm the group's new key</source>
            <translation>[Çöñƒîŕɱ ţĥé ĝŕöûþ'š ñéŵ ķéý ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="178" />
            <source>Confirmed: {group}'s new key is recorded and its return imported.</source>
            <translation>[Çöñƒîŕɱéđ: {group}'š ñéŵ ķéý îš ŕéçöŕđéđ åñđ îţš ŕéţûŕñ îɱþöŕţéđ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="53" />
            <source>For example: 01237 000000, returns@ourcvs.org.uk</source>
            <translation>[Ƒöŕ éẋåɱþļé: 01237 000000, ŕéţûŕñš@öûŕçṽš.öŕĝ.ûķ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="95" />
            <source>Framework files (*.toml)</source>
            <translation>[Ƒŕåɱéŵöŕķ ƒîļéš (*.ţöɱļ) ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="63" />
            <source>Frameworks to use</source>
            <translation>[Ƒŕåɱéŵöŕķš ţö ûšé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="82" />
            <source>Frameworks to use:</source>
            <translation>[Ƒŕåɱéŵöŕķš ţö ûšé: ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="75" />
            <source>How groups &amp;reach you:</source>
            <translation>[Ĥöŵ ĝŕöûþš &amp;réåçĥ ýöû: ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="205" />
            <source>Key files (*.json)</source>
            <translation>[Ķéý ƒîļéš (*.ĵšöñ) ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="111" />
            <source>Keys groups sign their returns with</source>
            <translation>[Ķéýš ĝŕöûþš šîĝñ ţĥéîŕ ŕéţûŕñš ŵîţĥ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="212" />
            <source>Keys saved</source>
            <translation>[Ķéýš šåṽéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="121" />
            <source>Make &amp;new keys…</source>
            <translation>[Ṁåķé &amp;néŵ ķéýš… ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="86" />
            <source>Make &amp;the pack…</source>
            <translation>[Ṁåķé &amp;tĥé þåçķ… ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="48" />
            <source>Make a return pack</source>
            <translation>[Ṁåķé å ŕéţûŕñ þåçķ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="119" />
            <source>Make a return pack…</source>
            <translation>[Ṁåķé å ŕéţûŕñ þåçķ… ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="230" />
            <source>New keys made</source>
            <translation>[Ñéŵ ķéýš ɱåđé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="231" />
            <source>New keys made (fingerprint {fingerprint}). New packs carry them, signed by the old key so your groups accept the change. Returns for earlier packs still open.</source>
            <translation>[Ñéŵ ķéýš ɱåđé (ƒîñĝéŕþŕîñţ {fingerprint}). Ñéŵ þåçķš çåŕŕý ţĥéɱ, šîĝñéđ ƀý ţĥé öļđ ķéý šö ýöûŕ ĝŕöûþš åççéþţ ţĥé çĥåñĝé. Ŕéţûŕñš ƒöŕ éåŕļîéŕ þåçķš šţîļļ öþéñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="251" />
            <source>No current return carries sealed contact details.</source>
            <translation>[Ñö çûŕŕéñţ ŕéţûŕñ çåŕŕîéš šéåļéđ çöñţåçţ đéţåîļš. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="154" />
            <source>No keys yet: they are made with the first return pack, under a passphrase you choose then.</source>
            <translation>[Ñö ķéýš ýéţ: ţĥéý åŕé ɱåđé ŵîţĥ ţĥé ƒîŕšţ ŕéţûŕñ þåçķ, ûñđéŕ å þåššþĥŕåšé ýöû çĥööšé ţĥéñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="173" />
            <source>Not confirmed</source>
            <translation>[Ñöţ çöñƒîŕɱéđ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="191" />
            <source>Not refused</source>
            <translation>[Ñöţ ŕéƒûšéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="53" />
            <source>Passphrase</source>
            <translation>[Þåššþĥŕåšé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="102" />
            <source>Refuse it</source>
            <translation>[Ŕéƒûšé îţ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="195" />
            <source>Refused: that return stays out of the collection.</source>
            <translation>[Ŕéƒûšéđ: ţĥåţ ŕéţûŕñ šţåýš öûţ öƒ ţĥé çöļļéçţîöñ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="152" />
            <source>Return pack made</source>
            <translation>[Ŕéţûŕñ þåçķ ɱåđé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="117" />
            <source>Return pack not made</source>
            <translation>[Ŕéţûŕñ þåçķ ñöţ ɱåđé ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="126" />
            <source>Return packs (*.pbpack)</source>
            <translation>[Ŕéţûŕñ þåçķš (*.þƀþåçķ) ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="97" />
            <source>Returns held for a different key</source>
            <translation>[Ŕéţûŕñš ĥéļđ ƒöŕ å đîƒƒéŕéñţ ķéý ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="205" />
            <source>Save the CVS's keys as</source>
            <translation>[Šåṽé ţĥé ÇṼŠ'š ķéýš åš ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="124" />
            <source>Save the return pack as</source>
            <translation>[Šåṽé ţĥé ŕéţûŕñ þåçķ åš ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="146" />
            <source>Saved the return pack to {path}. Send it to your groups by email.</source>
            <translation>[Šåṽéđ ţĥé ŕéţûŕñ þåçķ ţö {path}. Šéñđ îţ ţö ýöûŕ ĝŕöûþš ƀý éɱåîļ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="213" />
            <source>Saved to {path}. They are still locked by the passphrase: keep the file and the passphrase in different safe places.</source>
            <translation>[Šåṽéđ ţö {path}. Ţĥéý åŕé šţîļļ ļöçķéđ ƀý ţĥé þåššþĥŕåšé: ķééþ ţĥé ƒîļé åñđ ţĥé þåššþĥŕåšé îñ đîƒƒéŕéñţ šåƒé þļåçéš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="250" />
            <source>Sealed contact details</source>
            <translation>[Šéåļéđ çöñţåçţ đéţåîļš ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="122" />
            <source>Show sealed contact &amp;details…</source>
            <translation>[Šĥöŵ šéåļéđ çöñţåçţ &amp;déţåîļš… ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="224" />
            <source>The CVS's keys</source>
            <translation>[Ţĥé ÇṼŠ'š ķéýš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_actions.py" line="148" />
            <source>The CVS's keys were made now (fingerprint {fingerprint}): save a copy for safe keeping (Save the keys for safe keeping…), and keep the passphrase somewhere else.</source>
            <translation>[Ţĥé ÇṼŠ'š ķéýš ŵéŕé ɱåđé ñöŵ (ƒîñĝéŕþŕîñţ {fingerprint}): šåṽé å çöþý ƒöŕ šåƒé ķééþîñĝ (Šåṽé ţĥé ķéýš ƒöŕ šåƒé ķééþîñĝ…), åñđ ķééþ ţĥé þåššþĥŕåšé šöɱéŵĥéŕé éļšé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="51" />
            <source>The passphrase of the CVS's keys:</source>
            <translation>[Ţĥé þåššþĥŕåšé öƒ ţĥé ÇṼŠ'š ķéýš: ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="58" />
            <source>The same passphrase again:</source>
            <translation>[Ţĥé šåɱé þåššþĥŕåšé åĝåîñ: ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="64" />
            <source>The two passphrases are not the same.</source>
            <translation>[Ţĥé ţŵö þåššþĥŕåšéš åŕé ñöţ ţĥé šåɱé. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="165" />
            <source>{fingerprint}: current, signs new packs</source>
            <translation>[{fingerprint}: çûŕŕéñţ, šîĝñš ñéŵ þåçķš ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/trust_page.py" line="163" />
            <source>{fingerprint}: retired (returns for its packs still open)</source>
            <translation>[{fingerprint}: ŕéţîŕéđ (ŕéţûŕñš ƒöŕ îţš þåçķš šţîļļ öþéñ) ~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>CollectionWindow</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/collection/window.py" line="531" />
            <source>%n file(s): {imported} imported, {duplicate} already here, {supersedes} replaced an earlier return, {rejected} rejected.</source>
            <translation>
                <numerusform>[%n ƒîļé: {imported} îɱþöŕţéđ, {duplicate} åļŕéåđý ĥéŕé, {supersedes} ŕéþļåçéđ åñ éåŕļîéŕ ŕéţûŕñ, {rejected} ŕéĵéçţéđ. ~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n ƒîļéš: {imported} îɱþöŕţéđ, {duplicate} åļŕéåđý ĥéŕé, {supersedes} ŕéþļåçéđ åñ éåŕļîéŕ ŕéţûŕñ, {rejected} ŕéĵéçţéđ. ~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="162" />
            <source>&amp;Cancel import</source>
            <translation>[&amp;Cåñçéļ îɱþöŕţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="207" />
            <source>&amp;Close collection</source>
            <translation>[&amp;Cļöšé çöļļéçţîöñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="195" />
            <source>&amp;Export</source>
            <translation>[&amp;Eẋþöŕţ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="185" />
            <source>&amp;File</source>
            <translation>[&amp;Fîļé ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="146" />
            <source>&amp;Groups</source>
            <translation>[&amp;Gŕöûþš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="188" />
            <source>&amp;Import returns…</source>
            <translation>[&amp;Iɱþöŕţ ŕéţûŕñš… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="230" />
            <source>&amp;Kind of period:</source>
            <translation>[&amp;Kîñđ öƒ þéŕîöđ: ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="148" />
            <source>&amp;One partnership</source>
            <translation>[&amp;Oñé þåŕţñéŕšĥîþ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="147" />
            <source>&amp;Partnerships</source>
            <translation>[&amp;Påŕţñéŕšĥîþš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="149" />
            <source>&amp;Resources and help</source>
            <translation>[&amp;Réšöûŕçéš åñđ ĥéļþ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="199" />
            <source>Area summary &amp;PDF…</source>
            <translation>[Åŕéå šûɱɱåŕý &amp;PĐƑ… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="354" />
            <source>Cannot merge</source>
            <translation>[Çåññöţ ɱéŕĝé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="425" />
            <source>Cannot merge the groups</source>
            <translation>[Çåññöţ ɱéŕĝé ţĥé ĝŕöûþš ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="406" />
            <source>Cannot withdraw the return</source>
            <translation>[Çåññöţ ŵîţĥđŕåŵ ţĥé ŕéţûŕñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="629" />
            <source>Could not export</source>
            <translation>[Çöûļđ ñöţ éẋþöŕţ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="150" />
            <source>Dashboard</source>
            <translation>[Đåšĥƀöåŕđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="178" />
            <source>Drop return PDFs or folders here, or choose File → Import returns…</source>
            <translation>[Đŕöþ ŕéţûŕñ ÞĐƑš öŕ ƒöļđéŕš ĥéŕé, öŕ çĥööšé Ƒîļé → Îɱþöŕţ ŕéţûŕñš… ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="198" />
            <source>Every view as a &amp;spreadsheet (XLSX)…</source>
            <translation>[Éṽéŕý ṽîéŵ åš å &amp;sþŕéåđšĥééţ (ẊĻŠẊ)… ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="445" />
            <source>Expected groups</source>
            <translation>[Éẋþéçţéđ ĝŕöûþš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="635" />
            <source>Export as CSV into folder</source>
            <translation>[Éẋþöŕţ åš ÇŠṼ îñţö ƒöļđéŕ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="680" />
            <source>Export running</source>
            <translation>[Éẋþöŕţ ŕûññîñĝ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="646" />
            <source>Export spreadsheet</source>
            <translation>[Éẋþöŕţ šþŕéåđšĥééţ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="151" />
            <source>How i&amp;t is run</source>
            <translation>[Ĥöŵ î&amp;t îš ŕûñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="152" />
            <source>Import &amp;log</source>
            <translation>[Îɱþöŕţ &amp;löĝ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="542" />
            <source>Import cancelled. </source>
            <translation>[Îɱþöŕţ çåñçéļļéđ.  ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="160" />
            <source>Import progress</source>
            <translation>[Îɱþöŕţ þŕöĝŕéšš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="453" />
            <source>Import returns</source>
            <translation>[Îɱþöŕţ ŕéţûŕñš ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="466" />
            <source>Import running</source>
            <translation>[Îɱþöŕţ ŕûññîñĝ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="153" />
            <source>Keys and packs</source>
            <translation>[Ķéýš åñđ þåçķš ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="235" />
            <source>Latest period</source>
            <translation>[Ļåţéšţ þéŕîöđ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="192" />
            <source>Make a return &amp;pack…</source>
            <translation>[Ṁåķé å ŕéţûŕñ &amp;påçķ… ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="671" />
            <source>Making the area summary…</source>
            <translation>[Ṁåķîñĝ ţĥé åŕéå šûɱɱåŕý… ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="651" />
            <source>Making the spreadsheet…</source>
            <translation>[Ṁåķîñĝ ţĥé šþŕéåđšĥééţ… ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="360" />
            <source>Merged. New returns will use the same name.</source>
            <translation>[Ṁéŕĝéđ. Ñéŵ ŕéţûŕñš ŵîļļ ûšé ţĥé šåɱé ñåɱé. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="432" />
            <source>Merged. Returns from either id now count as one group's, later ones too.</source>
            <translation>[Ṁéŕĝéđ. Ŕéţûŕñš ƒŕöɱ éîţĥéŕ îđ ñöŵ çöûñţ åš öñé ĝŕöûþ'š, ļåţéŕ öñéš ţöö. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="309" />
            <source>No returns yet.</source>
            <translation>[Ñö ŕéţûŕñš ýéţ. ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="242" />
            <source>Periods &amp;with returns:</source>
            <translation>[Þéŕîöđš &amp;wîţĥ ŕéţûŕñš: ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="239" />
            <source>Periods with returns</source>
            <translation>[Þéŕîöđš ŵîţĥ ŕéţûŕñš ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="453" />
            <source>Return PDFs (*.pdf);;All files (*)</source>
            <translation>[Ŕéţûŕñ ÞĐƑš (*.þđƒ);;Åļļ ƒîļéš (*) ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="663" />
            <source>Save area summary</source>
            <translation>[Šåṽé åŕéå šûɱɱåŕý ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="614" />
            <source>Saved {file}</source>
            <translation>[Šåṽéđ {file} ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="314" />
            <source>Showing {period}: {start} to {end}. Only returns for exactly these dates count; a quarter is never added to its year.</source>
            <translation>[Šĥöŵîñĝ {period}: {start} ţö {end}. Öñļý ŕéţûŕñš ƒöŕ éẋåçţļý ţĥéšé đåţéš çöûñţ; å ǫûåŕţéŕ îš ñéṽéŕ åđđéđ ţö îţš ýéåŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="550" />
            <source>Some files were not imported</source>
            <translation>[Šöɱé ƒîļéš ŵéŕé ñöţ îɱþöŕţéđ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="481" />
            <source>Starting the import…</source>
            <translation>[Šţåŕţîñĝ ţĥé îɱþöŕţ… ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="496" />
            <source>Stopping after the file being read…</source>
            <translation>[Šţöþþîñĝ åƒţéŕ ţĥé ƒîļé ƀéîñĝ ŕéåđ… ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="672" />
            <source>The area summary</source>
            <translation>[Ţĥé åŕéå šûɱɱåŕý ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="608" />
            <source>The export</source>
            <translation>[Ţĥé éẋþöŕţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="551" />
            <source>The import log shows each file and the reason.</source>
            <translation>[Ţĥé îɱþöŕţ ļöĝ šĥöŵš éåçĥ ƒîļé åñđ ţĥé ŕéåšöñ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="488" />
            <source>The import of returns</source>
            <translation>[Ţĥé îɱþöŕţ öƒ ŕéţûŕñš ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="570" />
            <source>The import stopped</source>
            <translation>[Ţĥé îɱþöŕţ šţöþþéđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="565" />
            <source>The import stopped because of an unexpected error ({kind}). The files imported before it are kept; the import log shows them. The details are in Partnerbook's log.</source>
            <translation>[Ţĥé îɱþöŕţ šţöþþéđ ƀéçåûšé öƒ åñ ûñéẋþéçţéđ éŕŕöŕ ({kind}). Ţĥé ƒîļéš îɱþöŕţéđ ƀéƒöŕé îţ åŕé ķéþţ; ţĥé îɱþöŕţ ļöĝ šĥöŵš ţĥéɱ. Ţĥé đéţåîļš åŕé îñ Þåŕţñéŕƀööķ'š ļöĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="234" />
            <source>The period shown</source>
            <translation>[Ţĥé þéŕîöđ šĥöŵñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="652" />
            <source>The spreadsheet</source>
            <translation>[Ţĥé šþŕéåđšĥééţ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="414" />
            <source>The withdrawal</source>
            <translation>[Ţĥé ŵîţĥđŕåŵåļ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="197" />
            <source>This page as &amp;CSV…</source>
            <translation>[Ţĥîš þåĝé åš &amp;CŠṼ… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="680" />
            <source>Wait for the export being made to finish.</source>
            <translation>[Ŵåîţ ƒöŕ ţĥé éẋþöŕţ ƀéîñĝ ɱåđé ţö ƒîñîšĥ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="371" />
            <source>Wait for the return being withdrawn.</source>
            <translation>[Ŵåîţ ƒöŕ ţĥé ŕéţûŕñ ƀéîñĝ ŵîţĥđŕåŵñ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="466" />
            <source>Wait for this import to finish, or cancel it.</source>
            <translation>[Ŵåîţ ƒöŕ ţĥîš îɱþöŕţ ţö ƒîñîšĥ, öŕ çåñçéļ îţ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="378" />
            <source>Why is {reference} withdrawn? The reason is kept in the import log. The earlier return it replaced will count again.</source>
            <translation>[Ŵĥý îš {reference} ŵîţĥđŕåŵñ? Ţĥé ŕéåšöñ îš ķéþţ îñ ţĥé îɱþöŕţ ļöĝ. Ţĥé éåŕļîéŕ ŕéţûŕñ îţ ŕéþļåçéđ ŵîļļ çöûñţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="377" />
            <source>Withdraw a return</source>
            <translation>[Ŵîţĥđŕåŵ å ŕéţûŕñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="371" />
            <source>Withdrawing</source>
            <translation>[Ŵîţĥđŕåŵîñĝ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="411" />
            <source>Withdrawing {reference}…</source>
            <translation>[Ŵîţĥđŕåŵîñĝ {reference}… ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="399" />
            <source>Withdrew {reference}.</source>
            <translation>[Ŵîţĥđŕéŵ {reference}. ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="397" />
            <source>Withdrew {reference}. The collection was backed up first.</source>
            <translation>[Ŵîţĥđŕéŵ {reference}. Ţĥé çöļļéçţîöñ ŵåš ƀåçķéđ ûþ ƒîŕšţ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="118" />
            <source>{app} — Collection — {name} ({folder})</source>
            <translation>[{app} — Çöļļéçţîöñ — {name} ({folder}) ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="511" />
            <source>{done} of {total}: {file} — {outcome}</source>
            <translation>[{done} öƒ {total}: {file} — {outcome} ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="621" />
            <source>{file} could not be written: {why}. Choose another place or name.</source>
            <translation>[{file} çöûļđ ñöţ ƀé ŵŕîţţéñ: {why}. Çĥööšé åñöţĥéŕ þļåçé öŕ ñåɱé. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="625" />
            <source>{file} was not made: something went wrong that Partnerbook did not expect. Nothing was saved there. The details are in Partnerbook's log.</source>
            <translation>[{file} ŵåš ñöţ ɱåđé: šöɱéţĥîñĝ ŵéñţ ŵŕöñĝ ţĥåţ Þåŕţñéŕƀööķ đîđ ñöţ éẋþéçţ. Ñöţĥîñĝ ŵåš šåṽéđ ţĥéŕé. Ţĥé đéţåîļš åŕé îñ Þåŕţñéŕƀööķ'š ļöĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/window.py" line="288" />
            <source>{period} ({start} to {end})</source>
            <translation>[{period} ({start} ţö {end}) ~]</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsArea</name>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="61" />
            <source>&amp;Across partnerships</source>
            <translation>[&amp;Açŕöšš þåŕţñéŕšĥîþš ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="181" />
            <source>&amp;Due by:</source>
            <translation>[&amp;Dûé ƀý: ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="102" />
            <source>&amp;Guidance (F1)</source>
            <translation>[&amp;Gûîđåñçé (Ƒ1) ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="179" />
            <source>&amp;Next action:</source>
            <translation>[&amp;Néẋţ åçţîöñ: ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="60" />
            <source>&amp;One partnership</source>
            <translation>[&amp;Oñé þåŕţñéŕšĥîþ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="92" />
            <source>&amp;Partnership:</source>
            <translation>[&amp;Påŕţñéŕšĥîþ: ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="212" />
            <source>(nobody yet)</source>
            <translation>[(ñöƀöđý ýéţ) ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="79" />
            <source>Add a partnership first. Then rate, clause by clause, how well we keep our Compact commitments in it.</source>
            <translation>[Åđđ å þåŕţñéŕšĥîþ ƒîŕšţ. Ţĥéñ ŕåţé, çļåûšé ƀý çļåûšé, ĥöŵ ŵéļļ ŵé ķééþ öûŕ Çöɱþåçţ çöɱɱîţɱéñţš îñ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="258" />
            <source>Answered against version {v}; rate it again to use the newest wording.</source>
            <translation>[Åñšŵéŕéđ åĝåîñšţ ṽéŕšîöñ {v}; ŕåţé îţ åĝåîñ ţö ûšé ţĥé ñéŵéšţ ŵöŕđîñĝ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="357" />
            <source>Commitment saved</source>
            <translation>[Çöɱɱîţɱéñţ šåṽéđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="123" />
            <source>Commitments</source>
            <translation>[Çöɱɱîţɱéñţš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="97" />
            <source>Commitments f&amp;ramework:</source>
            <translation>[Çöɱɱîţɱéñţš ƒ&amp;råɱéŵöŕķ: ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="178" />
            <source>Ev&amp;idence:</source>
            <translation>[Éṽ&amp;iđéñçé: ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="103" />
            <source>Guidance</source>
            <translation>[Ĝûîđåñçé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="374" />
            <source>Guidance: {ref} {title}</source>
            <translation>[Ĝûîđåñçé: {ref} {title} ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="243" />
            <source>In the table, type {keys}; 0 clears. † marks older wording.</source>
            <translation>[Îñ ţĥé ţåƀļé, ţýþé {keys}; 0 çļéåŕš. † ɱåŕķš öļđéŕ ŵöŕđîñĝ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="180" />
            <source>O&amp;wner:</source>
            <translation>[Ö&amp;wñéŕ: ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="91" />
            <source>Partnership</source>
            <translation>[Þåŕţñéŕšĥîþ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="78" />
            <source>Rate your Compact commitments</source>
            <translation>[Ŕåţé ýöûŕ Çöɱþåçţ çöɱɱîţɱéñţš ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="320" />
            <source>Rating not saved</source>
            <translation>[Ŕåţîñĝ ñöţ šåṽéđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="317" />
            <source>Rating saved</source>
            <translation>[Ŕåţîñĝ šåṽéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="100" />
            <source>Review too&amp;l:</source>
            <translation>[Ŕéṽîéŵ ţöö&amp;l: ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="371" />
            <source>There is no extra guidance for this clause.</source>
            <translation>[Ţĥéŕé îš ñö éẋţŕå ĝûîđåñçé ƒöŕ ţĥîš çļåûšé. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_area.py" line="175" />
            <source>for example 28/11/2026</source>
            <translation>[ƒöŕ éẋåɱþļé 28/11/2026 ~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsMatrix</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/commitments_matrix.py" line="94" />
            <source>%n clause(s)</source>
            <translation>
                <numerusform>[%n çļåûšé ~~]</numerusform>
                <numerusform>[%n çļåûšéš ~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/commitments_matrix.py" line="95" />
            <source>%n partnership(s)</source>
            <translation>
                <numerusform>[%n þåŕţñéŕšĥîþ ~~~~]</numerusform>
                <numerusform>[%n þåŕţñéŕšĥîþš ~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="46" />
            <source>&amp;Show clauses rated:</source>
            <translation>[&amp;Sĥöŵ çļåûšéš ŕåţéđ: ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="79" />
            <source>Any rating (all clauses)</source>
            <translation>[Åñý ŕåţîñĝ (åļļ çļåûšéš) ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="109" />
            <source>CSV files (*.csv)</source>
            <translation>[ÇŠṼ ƒîļéš (*.çšṽ) ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="48" />
            <source>E&amp;xport CSV…</source>
            <translation>[É&amp;xþöŕţ ÇŠṼ… ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="49" />
            <source>Export CSV</source>
            <translation>[Éẋþöŕţ ÇŠṼ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="117" />
            <source>Export failed</source>
            <translation>[Éẋþöŕţ ƒåîļéđ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="107" />
            <source>Export the matrix as CSV</source>
            <translation>[Éẋþöŕţ ţĥé ɱåţŕîẋ åš ÇŠṼ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="119" />
            <source>Matrix exported to {path}</source>
            <translation>[Ṁåţŕîẋ éẋþöŕţéđ ţö {path} ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="61" />
            <source>Ratings across partnerships</source>
            <translation>[Ŕåţîñĝš åçŕöšš þåŕţñéŕšĥîþš ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="45" />
            <source>Show clauses rated</source>
            <translation>[Šĥöŵ çļåûšéš ŕåţéđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_matrix.py" line="92" />
            <source>{title}: {clauses}, {partnerships}.</source>
            <translation>[{title}: {clauses}, {partnerships}. ~]</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsModels</name>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="94" />
            <source>Answered against version {v} of the framework.</source>
            <translation>[Åñšŵéŕéđ åĝåîñšţ ṽéŕšîöñ {v} öƒ ţĥé ƒŕåɱéŵöŕķ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="57" />
            <source>Clause</source>
            <translation>[Çļåûšé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="153" />
            <source>Commitment</source>
            <translation>[Çöɱɱîţɱéñţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="63" />
            <source>Due</source>
            <translation>[Đûé ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="60" />
            <source>Evidence</source>
            <translation>[Éṽîđéñçé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="64" />
            <source>Last updated</source>
            <translation>[Ļåšţ ûþđåţéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="61" />
            <source>Next action</source>
            <translation>[Ñéẋţ åçţîöñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="102" />
            <source>Not rated</source>
            <translation>[Ñöţ ŕåţéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="62" />
            <source>Owner</source>
            <translation>[Öŵñéŕ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="59" />
            <source>Rating</source>
            <translation>[Ŕåţîñĝ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/commitments_models.py" line="56" />
            <source>Section</source>
            <translation>[Šéçţîöñ ~~~]</translation>
        </message>
    </context>
    <context>
        <name>CrashNotice</name>
        <message>
            <location filename="../../desktop/ui/crash_notice.py" line="53" />
            <source>A report of what happened was saved to:
{path}
If you ask for help, please send it with your message.</source>
            <translation>[Å ŕéþöŕţ öƒ ŵĥåţ ĥåþþéñéđ ŵåš šåṽéđ ţö:
{path}
Îƒ ýöû åšķ ƒöŕ ĥéļþ, þļéåšé šéñđ îţ ŵîţĥ ýöûŕ ɱéššåĝé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/crash_notice.py" line="83" />
            <source>Partnerbook stopped unexpectedly</source>
            <translation>[Þåŕţñéŕƀööķ šţöþþéđ ûñéẋþéçţéđļý ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/crash_notice.py" line="49" />
            <source>Partnerbook stopped unexpectedly the last time it was used.</source>
            <translation>[Þåŕţñéŕƀööķ šţöþþéđ ûñéẋþéçţéđļý ţĥé ļåšţ ţîɱé îţ ŵåš ûšéđ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/crash_notice.py" line="44" />
            <source>Your records are safe: Partnerbook checked them just now.</source>
            <translation>[Ýöûŕ ŕéçöŕđš åŕé šåƒé: Þåŕţñéŕƀööķ çĥéçķéđ ţĥéɱ ĵûšţ ñöŵ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/crash_notice.py" line="46" />
            <source>Your records opened as usual, but Partnerbook could not check them just now.</source>
            <translation>[Ýöûŕ ŕéçöŕđš öþéñéđ åš ûšûåļ, ƀûţ Þåŕţñéŕƀööķ çöûļđ ñöţ çĥéçķ ţĥéɱ ĵûšţ ñöŵ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>DataHub</name>
        <message>
            <location filename="../../desktop/ui/data.py" line="125" />
            <source>All changes saved</source>
            <translation>[Åļļ çĥåñĝéš šåṽéđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/data.py" line="146" />
            <source>Your records are open for reading only, so this change was not saved. The bar at the top of the window says why and how to be able to save again.</source>
            <translation>[Ýöûŕ ŕéçöŕđš åŕé öþéñ ƒöŕ ŕéåđîñĝ öñļý, šö ţĥîš çĥåñĝé ŵåš ñöţ šåṽéđ. Ţĥé ƀåŕ åţ ţĥé ţöþ öƒ ţĥé ŵîñđöŵ šåýš ŵĥý åñđ ĥöŵ ţö ƀé åƀļé ţö šåṽé åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/data.py" line="136" />
            <source>Your records file was replaced or moved by another program while Partnerbook was open, so this change was not saved (it would have gone into the old copy). Close Partnerbook and start it again to see the file that is there now; your backups are untouched.</source>
            <translation>[Ýöûŕ ŕéçöŕđš ƒîļé ŵåš ŕéþļåçéđ öŕ ɱöṽéđ ƀý åñöţĥéŕ þŕöĝŕåɱ ŵĥîļé Þåŕţñéŕƀööķ ŵåš öþéñ, šö ţĥîš çĥåñĝé ŵåš ñöţ šåṽéđ (îţ ŵöûļđ ĥåṽé ĝöñé îñţö ţĥé öļđ çöþý). Çļöšé Þåŕţñéŕƀööķ åñđ šţåŕţ îţ åĝåîñ ţö šéé ţĥé ƒîļé ţĥåţ îš ţĥéŕé ñöŵ; ýöûŕ ƀåçķûþš åŕé ûñţöûçĥéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>DialogErrors</name>
        <message>
            <location filename="../../desktop/ui/dialog_errors.py" line="178" />
            <source>Please put right the problem shown below.</source>
            <translation>[Þļéåšé þûţ ŕîĝĥţ ţĥé þŕöƀļéɱ šĥöŵñ ƀéļöŵ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialog_errors.py" line="180" />
            <source>Please put right the {n} problems shown below.</source>
            <translation>[Þļéåšé þûţ ŕîĝĥţ ţĥé {n} þŕöƀļéɱš šĥöŵñ ƀéļöŵ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/dialog_errors.py" line="210" />
            <source>Problem put right.</source>
            <translation>[Þŕöƀļéɱ þûţ ŕîĝĥţ. ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../desktop/ui/errors.py" line="40" />
            <source>A report was saved to:
{path}
If you ask for help, please attach it.</source>
            <translation>[Å ŕéþöŕţ ŵåš šåṽéđ ţö:
{path}
Îƒ ýöû åšķ ƒöŕ ĥéļþ, þļéåšé åţţåçĥ îţ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/errors.py" line="35" />
            <source>Not saved</source>
            <translation>[Ñöţ šåṽéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/errors.py" line="47" />
            <source>Partnerbook ran into a problem it did not expect. Your data is safe: everything you saved before this is still there, and your backups are untouched.</source>
            <translation>[Þåŕţñéŕƀööķ ŕåñ îñţö å þŕöƀļéɱ îţ đîđ ñöţ éẋþéçţ. Ýöûŕ đåţå îš šåƒé: éṽéŕýţĥîñĝ ýöû šåṽéđ ƀéƒöŕé ţĥîš îš šţîļļ ţĥéŕé, åñđ ýöûŕ ƀåçķûþš åŕé ûñţöûçĥéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/errors.py" line="108" />
            <source>Something went wrong</source>
            <translation>[Šöɱéţĥîñĝ ŵéñţ ŵŕöñĝ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/errors.py" line="44" />
            <source>The report could not be saved.</source>
            <translation>[Ţĥé ŕéþöŕţ çöûļđ ñöţ ƀé šåṽéđ. ~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <location filename="../../desktop/ui/partnerships/fields.py" line="95" />
            <source>Calendar</source>
            <translation>[Çåļéñđåŕ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/fields.py" line="88" />
            <source>Calendar…</source>
            <translation>[Çåļéñđåŕ… ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/fields.py" line="89" />
            <source>Pick the date from a calendar</source>
            <translation>[Þîçķ ţĥé đåţé ƒŕöɱ å çåļéñđåŕ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/fields.py" line="115" />
            <source>Pick {name} from a calendar</source>
            <translation>[Þîçķ {name} ƒŕöɱ å çåļéñđåŕ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/fields.py" line="84" />
            <source>for example 28/11/2026</source>
            <translation>[ƒöŕ éẋåɱþļé 28/11/2026 ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/fields.py" line="171" />
            <source>for example £1,250.00</source>
            <translation>[ƒöŕ éẋåɱþļé £1,250.00 ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../desktop/ui/partnerships/forms.py" line="92" />
            <source>(optional)</source>
            <translation>[(öþţîöñåļ) ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/forms.py" line="41" />
            <source>No</source>
            <translation>[Ñö ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/forms.py" line="128" />
            <source>Not chosen</source>
            <translation>[Ñöţ çĥöšéñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/forms.py" line="41" />
            <source>Not known yet</source>
            <translation>[Ñöţ ķñöŵñ ýéţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/forms.py" line="257" />
            <source>Not saved: {field}: {why}</source>
            <translation>[Ñöţ šåṽéđ: {field}: {why} ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/forms.py" line="41" />
            <source>Yes</source>
            <translation>[Ýéš ~]</translation>
        </message>
    </context>
    <context>
        <name>FrameworkChoice</name>
        <message>
            <location filename="../../desktop/ui/framework_choice.py" line="36" />
            <source>Commitments framework</source>
            <translation>[Çöɱɱîţɱéñţš ƒŕåɱéŵöŕķ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_choice.py" line="93" />
            <source>Framework changed</source>
            <translation>[Ƒŕåɱéŵöŕķ çĥåñĝéđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_choice.py" line="69" />
            <source>Rate this partnership's commitments against “{title}” from now on? Ratings made against the other framework are kept, and come back if you switch back. Its reviews keep their own tool.</source>
            <translation>[Ŕåţé ţĥîš þåŕţñéŕšĥîþ'š çöɱɱîţɱéñţš åĝåîñšţ “{title}” ƒŕöɱ ñöŵ öñ? Ŕåţîñĝš ɱåđé åĝåîñšţ ţĥé öţĥéŕ ƒŕåɱéŵöŕķ åŕé ķéþţ, åñđ çöɱé ƀåçķ îƒ ýöû šŵîţçĥ ƀåçķ. Îţš ŕéṽîéŵš ķééþ ţĥéîŕ öŵñ ţööļ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_choice.py" line="36" />
            <source>Review tool</source>
            <translation>[Ŕéṽîéŵ ţööļ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_choice.py" line="93" />
            <source>Review tool changed</source>
            <translation>[Ŕéṽîéŵ ţööļ çĥåñĝéđ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_choice.py" line="39" />
            <source>The framework this partnership's commitments are rated against.</source>
            <translation>[Ţĥé ƒŕåɱéŵöŕķ ţĥîš þåŕţñéŕšĥîþ'š çöɱɱîţɱéñţš åŕé ŕåţéđ åĝåîñšţ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_choice.py" line="41" />
            <source>The health-check tool new reviews of this partnership use. Reviews already made keep their own questions and answers.</source>
            <translation>[Ţĥé ĥéåļţĥ-çĥéçķ ţööļ ñéŵ ŕéṽîéŵš öƒ ţĥîš þåŕţñéŕšĥîþ ûšé. Ŕéṽîéŵš åļŕéåđý ɱåđé ķééþ ţĥéîŕ öŵñ ǫûéšţîöñš åñđ åñšŵéŕš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_choice.py" line="81" />
            <source>Use another framework</source>
            <translation>[Ûšé åñöţĥéŕ ƒŕåɱéŵöŕķ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_choice.py" line="83" />
            <source>Use another review tool</source>
            <translation>[Ûšé åñöţĥéŕ ŕéṽîéŵ ţööļ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_choice.py" line="75" />
            <source>Use “{title}” for this partnership's new reviews? Reviews already made keep their own questions, answers and scores. Its commitments keep their framework.</source>
            <translation>[Ûšé “{title}” ƒöŕ ţĥîš þåŕţñéŕšĥîþ'š ñéŵ ŕéṽîéŵš? Ŕéṽîéŵš åļŕéåđý ɱåđé ķééþ ţĥéîŕ öŵñ ǫûéšţîöñš, åñšŵéŕš åñđ šçöŕéš. Îţš çöɱɱîţɱéñţš ķééþ ţĥéîŕ ƒŕåɱéŵöŕķ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>FrameworkImport</name>
        <message>
            <location filename="../../desktop/ui/framework_import.py" line="103" />
            <source>Framework already imported</source>
            <translation>[Ƒŕåɱéŵöŕķ åļŕéåđý îɱþöŕţéđ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_import.py" line="45" />
            <source>Framework files (*.toml);;All files (*)</source>
            <translation>[Ƒŕåɱéŵöŕķ ƒîļéš (*.ţöɱļ);;Åļļ ƒîļéš (*) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_import.py" line="63" />
            <source>Framework imported</source>
            <translation>[Ƒŕåɱéŵöŕķ îɱþöŕţéđ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_import.py" line="70" />
            <source>Framework not imported</source>
            <translation>[Ƒŕåɱéŵöŕķ ñöţ îɱþöŕţéđ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_import.py" line="43" />
            <source>Import a framework file</source>
            <translation>[Îɱþöŕţ å ƒŕåɱéŵöŕķ ƒîļé ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_import.py" line="95" />
            <source>Imported {summary}. Choose it for a partnership in the Commitments area. Answers already given keep the wording they were given against.</source>
            <translation>[Îɱþöŕţéđ {summary}. Çĥööšé îţ ƒöŕ å þåŕţñéŕšĥîþ îñ ţĥé Çöɱɱîţɱéñţš åŕéå. Åñšŵéŕš åļŕéåđý ĝîṽéñ ķééþ ţĥé ŵöŕđîñĝ ţĥéý ŵéŕé ĝîṽéñ åĝåîñšţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_import.py" line="81" />
            <source>The framework import</source>
            <translation>[Ţĥé ƒŕåɱéŵöŕķ îɱþöŕţ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_import.py" line="71" />
            <source>{problem}

Nothing was imported.</source>
            <translation>[{problem}

Ñöţĥîñĝ ŵåš îɱþöŕţéđ. ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_import.py" line="104" />
            <source>{summary} was already imported; nothing changed.</source>
            <translation>[{summary} ŵåš åļŕéåđý îɱþöŕţéđ; ñöţĥîñĝ çĥåñĝéđ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/framework_import.py" line="88" />
            <source>{title}, version {version}</source>
            <translation>[{title}, ṽéŕšîöñ {version} ~~~]</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../desktop/ui/help.py" line="108" />
            <source>&amp;Close</source>
            <translation>[&amp;Cļöšé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/help_menu.py" line="43" />
            <source>&amp;Glossary</source>
            <translation>[&amp;Gļöššåŕý ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/help_menu.py" line="41" />
            <source>&amp;User guide</source>
            <translation>[&amp;Ušéŕ ĝûîđé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/help_menu.py" line="46" />
            <source>&amp;What's this?</source>
            <translation>[&amp;Wĥåţ'š ţĥîš? ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="106" />
            <source>A Compact's code of practice, written as a file Partnerbook reads. A CVS can give you one for its own Compact.</source>
            <translation>[Å Çöɱþåçţ'š çöđé öƒ þŕåçţîçé, ŵŕîţţéñ åš å ƒîļé Þåŕţñéŕƀööķ ŕéåđš. Å ÇṼŠ çåñ ĝîṽé ýöû öñé ƒöŕ îţš öŵñ Çöɱþåçţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="88" />
            <source>A look, every so often, at how well a partnership is working, using the Compact's questions.</source>
            <translation>[Å ļööķ, éṽéŕý šö öƒţéñ, åţ ĥöŵ ŵéļļ å þåŕţñéŕšĥîþ îš ŵöŕķîñĝ, ûšîñĝ ţĥé Çöɱþåçţ'š ǫûéšţîöñš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="70" />
            <source>A person who goes to a partnership's meetings on your group's behalf.</source>
            <translation>[Å þéŕšöñ ŵĥö ĝöéš ţö å þåŕţñéŕšĥîþ'š ɱééţîñĝš öñ ýöûŕ ĝŕöûþ'š ƀéĥåļƒ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="56" />
            <source>Any group of organisations working together towards a shared goal, formal or informal, large or small, for a while or for good.</source>
            <translation>[Åñý ĝŕöûþ öƒ öŕĝåñîšåţîöñš ŵöŕķîñĝ ţöĝéţĥéŕ ţöŵåŕđš å šĥåŕéđ ĝöåļ, ƒöŕɱåļ öŕ îñƒöŕɱåļ, ļåŕĝé öŕ šɱåļļ, ƒöŕ å ŵĥîļé öŕ ƒöŕ ĝööđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="48" />
            <source>CVS</source>
            <translation>[ÇṼŠ ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/help.py" line="109" />
            <source>Close</source>
            <translation>[Çļöšé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="112" />
            <source>Collection</source>
            <translation>[Çöļļéçţîöñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="73" />
            <source>Commitment</source>
            <translation>[Çöɱɱîţɱéñţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="40" />
            <source>Compact</source>
            <translation>[Çöɱþåçţ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="49" />
            <source>Council for Voluntary Service: the local body that supports voluntary and community groups. Your group sends its return to its CVS.</source>
            <translation>[Çöûñçîļ ƒöŕ Ṽöļûñţåŕý Šéŕṽîçé: ţĥé ļöçåļ ƀöđý ţĥåţ šûþþöŕţš ṽöļûñţåŕý åñđ çöɱɱûñîţý ĝŕöûþš. Ýöûŕ ĝŕöûþ šéñđš îţš ŕéţûŕñ ţö îţš ÇṼŠ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="105" />
            <source>Framework</source>
            <translation>[Ƒŕåɱéŵöŕķ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="87" />
            <source>Health-check review</source>
            <translation>[Ĥéåļţĥ-çĥéçķ ŕéṽîéŵ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/help_menu.py" line="36" />
            <source>Help for &amp;this</source>
            <translation>[Ĥéļþ ƒöŕ &amp;tĥîš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="94" />
            <source>Joining check</source>
            <translation>[Ĵöîñîñĝ çĥéçķ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/help.py" line="98" />
            <source>Partnerbook user guide</source>
            <translation>[Þåŕţñéŕƀööķ ûšéŕ ĝûîđé ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="55" />
            <source>Partnership</source>
            <translation>[Þåŕţñéŕšĥîþ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="69" />
            <source>Representative</source>
            <translation>[Ŕéþŕéšéñţåţîṽé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="80" />
            <source>Resource need</source>
            <translation>[Ŕéšöûŕçé ñééđ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="98" />
            <source>Return</source>
            <translation>[Ŕéţûŕñ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="62" />
            <source>Seat</source>
            <translation>[Šéåţ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="74" />
            <source>Something the Compact asks partners to do. You rate how well each one is kept in a partnership, with your evidence.</source>
            <translation>[Šöɱéţĥîñĝ ţĥé Çöɱþåçţ åšķš þåŕţñéŕš ţö đö. Ýöû ŕåţé ĥöŵ ŵéļļ éåçĥ öñé îš ķéþţ îñ å þåŕţñéŕšĥîþ, ŵîţĥ ýöûŕ éṽîđéñçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="41" />
            <source>The local agreement between the public sector (councils, the NHS, police, fire service) and the voluntary and community sector about how they work together. Its codes of practice include the Partnership Code.</source>
            <translation>[Ţĥé ļöçåļ åĝŕééɱéñţ ƀéţŵééñ ţĥé þûƀļîç šéçţöŕ (çöûñçîļš, ţĥé ÑĤŠ, þöļîçé, ƒîŕé šéŕṽîçé) åñđ ţĥé ṽöļûñţåŕý åñđ çöɱɱûñîţý šéçţöŕ åƀöûţ ĥöŵ ţĥéý ŵöŕķ ţöĝéţĥéŕ. Îţš çöđéš öƒ þŕåçţîçé îñçļûđé ţĥé Þåŕţñéŕšĥîþ Çöđé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="63" />
            <source>The place your group holds in a partnership: your role, who you speak for, and who you report back to.</source>
            <translation>[Ţĥé þļåçé ýöûŕ ĝŕöûþ ĥöļđš îñ å þåŕţñéŕšĥîþ: ýöûŕ ŕöļé, ŵĥö ýöû šþéåķ ƒöŕ, åñđ ŵĥö ýöû ŕéþöŕţ ƀåçķ ţö. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="95" />
            <source>The questions to ask before your group joins or sets up a partnership.</source>
            <translation>[Ţĥé ǫûéšţîöñš ţö åšķ ƀéƒöŕé ýöûŕ ĝŕöûþ ĵöîñš öŕ šéţš ûþ å þåŕţñéŕšĥîþ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="99" />
            <source>The record of your partnerships for a period, as a PDF you send to your CVS. The records are inside the PDF too, so the CVS need not type them.</source>
            <translation>[Ţĥé ŕéçöŕđ öƒ ýöûŕ þåŕţñéŕšĥîþš ƒöŕ å þéŕîöđ, åš å ÞĐƑ ýöû šéñđ ţö ýöûŕ ÇṼŠ. Ţĥé ŕéçöŕđš åŕé îñšîđé ţĥé ÞĐƑ ţöö, šö ţĥé ÇṼŠ ñééđ ñöţ ţýþé ţĥéɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/help.py" line="102" />
            <source>User guide</source>
            <translation>[Ûšéŕ ĝûîđé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="81" />
            <source>What taking part costs your group (time, travel, expenses, care cover and so on), and whether the partnership has agreed to meet it.</source>
            <translation>[Ŵĥåţ ţåķîñĝ þåŕţ çöšţš ýöûŕ ĝŕöûþ (ţîɱé, ţŕåṽéļ, éẋþéñšéš, çåŕé çöṽéŕ åñđ šö öñ), åñđ ŵĥéţĥéŕ ţĥé þåŕţñéŕšĥîþ ĥåš åĝŕééđ ţö ɱééţ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/terms.py" line="113" />
            <source>Where CVS staff gather the returns that groups send them.</source>
            <translation>[Ŵĥéŕé ÇṼŠ šţåƒƒ ĝåţĥéŕ ţĥé ŕéţûŕñš ţĥåţ ĝŕöûþš šéñđ ţĥéɱ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>HomeArea</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/home.py" line="252" />
            <source>%n action(s) to do, {overdue} overdue.</source>
            <translation>
                <numerusform>[%n åçţîöñ ţö đö, {overdue} öṽéŕđûé. ~~~~~~~]</numerusform>
                <numerusform>[%n åçţîöñš ţö đö, {overdue} öṽéŕđûé. ~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/home.py" line="89" />
            <source>%n item(s)</source>
            <translation>
                <numerusform>[%n îţéɱ ~~]</numerusform>
                <numerusform>[%n îţéɱš ~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/home.py" line="247" />
            <source>%n partnership(s) ({active} active, {considering} being considered).</source>
            <translation>
                <numerusform>[%n þåŕţñéŕšĥîþ ({active} åçţîṽé, {considering} ƀéîñĝ çöñšîđéŕéđ). ~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n þåŕţñéŕšĥîþš ({active} åçţîṽé, {considering} ƀéîñĝ çöñšîđéŕéđ). ~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="158" />
            <source>&amp;Overdue actions</source>
            <translation>[&amp;Oṽéŕđûé åçţîöñš ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="185" />
            <source>&amp;Partnership:</source>
            <translation>[&amp;Påŕţñéŕšĥîþ: ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="159" />
            <source>&amp;Reviews due</source>
            <translation>[&amp;Réṽîéŵš đûé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="195" />
            <source>&amp;Show done actions</source>
            <translation>[&amp;Sĥöŵ đöñé åçţîöñš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="190" />
            <source>&amp;Who:</source>
            <translation>[&amp;Wĥö: ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="325" />
            <source>, asked of {who}</source>
            <translation>[, åšķéđ öƒ {who} ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="394" />
            <source>Action not found</source>
            <translation>[Åçţîöñ ñöţ ƒöûñđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="266" />
            <source>All partnerships</source>
            <translation>[Åļļ þåŕţñéŕšĥîþš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="389" />
            <source>Back on the list: {what}</source>
            <translation>[Ɓåçķ öñ ţĥé ļîšţ: {what} ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="164" />
            <source>Ele&amp;ctions due</source>
            <translation>[Éļé&amp;cţîöñš đûé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="268" />
            <source>Everyone</source>
            <translation>[Éṽéŕýöñé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="383" />
            <source>Marked done: {what}</source>
            <translation>[Ṁåŕķéđ đöñé: {what} ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="157" />
            <source>Next &amp;meetings</source>
            <translation>[Ñéẋţ &amp;mééţîñĝš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="359" />
            <source>No actions to do. Actions come from meetings, priorities, reviews and commitments; they appear here with who does them and by when.</source>
            <translation>[Ñö åçţîöñš ţö đö. Åçţîöñš çöɱé ƒŕöɱ ɱééţîñĝš, þŕîöŕîţîéš, ŕéṽîéŵš åñđ çöɱɱîţɱéñţš; ţĥéý åþþéåŕ ĥéŕé ŵîţĥ ŵĥö đöéš ţĥéɱ åñđ ƀý ŵĥéñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="164" />
            <source>No elections are due.</source>
            <translation>[Ñö éļéçţîöñš åŕé đûé. ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="157" />
            <source>No meetings coming up.</source>
            <translation>[Ñö ɱééţîñĝš çöɱîñĝ ûþ. ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="161" />
            <source>No resource requests are waiting.</source>
            <translation>[Ñö ŕéšöûŕçé ŕéǫûéšţš åŕé ŵåîţîñĝ. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="159" />
            <source>No reviews are due.</source>
            <translation>[Ñö ŕéṽîéŵš åŕé đûé. ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="158" />
            <source>Nothing is overdue.</source>
            <translation>[Ñöţĥîñĝ îš öṽéŕđûé. ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="356" />
            <source>Nothing to do for this choice.</source>
            <translation>[Ñöţĥîñĝ ţö đö ƒöŕ ţĥîš çĥöîçé. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="245" />
            <source>Our group</source>
            <translation>[Öûŕ ĝŕöûþ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="112" />
            <source>Partnerbook keeps the record of the partnerships your group sits on, on this computer. Start by telling it about your group, then add a partnership.</source>
            <translation>[Þåŕţñéŕƀööķ ķééþš ţĥé ŕéçöŕđ öƒ ţĥé þåŕţñéŕšĥîþš ýöûŕ ĝŕöûþ šîţš öñ, öñ ţĥîš çöɱþûţéŕ. Šţåŕţ ƀý ţéļļîñĝ îţ åƀöûţ ýöûŕ ĝŕöûþ, ţĥéñ åđđ å þåŕţñéŕšĥîþ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="316" />
            <source>Partnerships with no health-check review in the last {n} months.</source>
            <translation>[Þåŕţñéŕšĥîþš ŵîţĥ ñö ĥéåļţĥ-çĥéçķ ŕéṽîéŵ îñ ţĥé ļåšţ {n} ɱöñţĥš. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="161" />
            <source>Re&amp;quests waiting</source>
            <translation>[Ŕé&amp;qûéšţš ŵåîţîñĝ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="116" />
            <source>Set &amp;up our group…</source>
            <translation>[Šéţ &amp;uþ öûŕ ĝŕöûþ… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="188" />
            <source>Show actions of partnership</source>
            <translation>[Šĥöŵ åçţîöñš öƒ þåŕţñéŕšĥîþ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="193" />
            <source>Show actions of person</source>
            <translation>[Šĥöŵ åçţîöñš öƒ þéŕšöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="196" />
            <source>Show done actions</source>
            <translation>[Šĥöŵ đöñé åçţîöñš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="395" />
            <source>That action is no longer there; it may have been removed. The list is now up to date.</source>
            <translation>[Ţĥåţ åçţîöñ îš ñö ļöñĝéŕ ţĥéŕé; îţ ɱåý ĥåṽé ƀééñ ŕéɱöṽéđ. Ţĥé ļîšţ îš ñöŵ ûþ ţö đåţé. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="111" />
            <source>Welcome to Partnerbook</source>
            <translation>[Ŵéļçöɱé ţö Þåŕţñéŕƀööķ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="179" />
            <source>What's &amp;due</source>
            <translation>[Ŵĥåţ'š &amp;dûé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="205" />
            <source>What's due</source>
            <translation>[Ŵĥåţ'š đûé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="284" />
            <source>general</source>
            <translation>[ĝéñéŕåļ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="283" />
            <source>no one named</source>
            <translation>[ñö öñé ñåɱéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="377" />
            <source>the action</source>
            <translation>[ţĥé åçţîöñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="309" />
            <source>{name}: last reviewed {when}</source>
            <translation>[{name}: ļåšţ ŕéṽîéŵéđ {when} ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="307" />
            <source>{name}: never reviewed</source>
            <translation>[{name}: ñéṽéŕ ŕéṽîéŵéđ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="294" />
            <source>{office} of {partnership}: was due {when}</source>
            <translation>[{office} öƒ {partnership}: ŵåš đûé {when} ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="296" />
            <source>{office} of {partnership}: {when}</source>
            <translation>[{office} öƒ {partnership}: {when} ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="320" />
            <source>{what} ({partnership}): {status}</source>
            <translation>[{what} ({partnership}): {status} ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="278" />
            <source>{what} ({who}, {partnership}): 1 day overdue</source>
            <translation>[{what} ({who}, {partnership}): 1 đåý öṽéŕđûé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/home.py" line="280" />
            <source>{what} ({who}, {partnership}): {days} days overdue</source>
            <translation>[{what} ({who}, {partnership}): {days} đåýš öṽéŕđûé ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>HowItIsRun</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="165" />
            <source>%n decision(s) found.</source>
            <translation>
                <numerusform>[%n đéçîšîöñ ƒöûñđ. ~~~~~]</numerusform>
                <numerusform>[%n đéçîšîöñš ƒöûñđ. ~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="167" />
            <source>%n decision(s) recorded.</source>
            <translation>
                <numerusform>[%n đéçîšîöñ ŕéçöŕđéđ. ~~~~~~]</numerusform>
                <numerusform>[%n đéçîšîöñš ŕéçöŕđéđ. ~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="219" />
            <source>&amp;Add an office</source>
            <translation>[&amp;Ađđ åñ öƒƒîçé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="33" />
            <source>&amp;Agreed on</source>
            <translation>[&amp;Aĝŕééđ öñ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="115" />
            <source>&amp;Find a decision</source>
            <translation>[&amp;Fîñđ å đéçîšîöñ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="53" />
            <source>&amp;Meetings a year (at least)</source>
            <translation>[&amp;Mééţîñĝš å ýéåŕ (åţ ļéåšţ) ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="172" />
            <source>&amp;Office</source>
            <translation>[&amp;Oƒƒîçé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="42" />
            <source>&amp;Quorum is</source>
            <translation>[&amp;Qûöŕûɱ îš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="32" />
            <source>&amp;Terms of reference or agreement</source>
            <translation>[&amp;Téŕɱš öƒ ŕéƒéŕéñçé öŕ åĝŕééɱéñţ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="59" />
            <source>&amp;Who may be a member</source>
            <translation>[&amp;Wĥö ɱåý ƀé å ɱéɱƀéŕ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="162" />
            <source>A meeting is quorate when {n} members are present.</source>
            <translation>[Å ɱééţîñĝ îš ǫûöŕåţé ŵĥéñ {n} ɱéɱƀéŕš åŕé þŕéšéñţ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="160" />
            <source>A meeting is quorate when {n}% of the members are present.</source>
            <translation>[Å ɱééţîñĝ îš ǫûöŕåţé ŵĥéñ {n}% öƒ ţĥé ɱéɱƀéŕš åŕé þŕéšéñţ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="56" />
            <source>Absent</source>
            <translation>[Åƀšéñţ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="82" />
            <source>Actions</source>
            <translation>[Åçţîöñš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="55" />
            <source>Apologies</source>
            <translation>[Åþöļöĝîéš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="57" />
            <source>Attendance</source>
            <translation>[Åţţéñđåñçé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="111" />
            <source>Attendance of each partner</source>
            <translation>[Åţţéñđåñçé öƒ éåçĥ þåŕţñéŕ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="49" />
            <source>Chair decided</source>
            <translation>[Çĥåîŕ đéçîđéđ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="164" />
            <source>Choose whether the quorum is a number of members or a share of them.</source>
            <translation>[Çĥööšé ŵĥéţĥéŕ ţĥé ǫûöŕûɱ îš å ñûɱƀéŕ öƒ ɱéɱƀéŕš öŕ å šĥåŕé öƒ ţĥéɱ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="46" />
            <source>Consensus</source>
            <translation>[Çöñšéñšûš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="77" />
            <source>Date</source>
            <translation>[Đåţé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="79" />
            <source>Decided</source>
            <translation>[Đéçîđéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="128" />
            <source>Decisions</source>
            <translation>[Đéçîšîöñš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="98" />
            <source>Do all partners attend? (Code 4.8 a). Each partner's attendance at the meetings held while it was a member; these rates are shown beside the health check's question on attendance.</source>
            <translation>[Đö åļļ þåŕţñéŕš åţţéñđ? (Çöđé 4.8 å). Éåçĥ þåŕţñéŕ'š åţţéñđåñçé åţ ţĥé ɱééţîñĝš ĥéļđ ŵĥîļé îţ ŵåš å ɱéɱƀéŕ; ţĥéšé ŕåţéš åŕé šĥöŵñ ƀéšîđé ţĥé ĥéåļţĥ çĥéçķ'š ǫûéšţîöñ öñ åţţéñđåñçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="109" />
            <source>Every decision recorded at the partnership's meetings. Record a decision, and the actions that carry it out, with its meeting on the Meetings tab.</source>
            <translation>[Éṽéŕý đéçîšîöñ ŕéçöŕđéđ åţ ţĥé þåŕţñéŕšĥîþ'š ɱééţîñĝš. Ŕéçöŕđ å đéçîšîöñ, åñđ ţĥé åçţîöñš ţĥåţ çåŕŕý îţ öûţ, ŵîţĥ îţš ɱééţîñĝ öñ ţĥé Ṁééţîñĝš ţåƀ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="120" />
            <source>Find a decision</source>
            <translation>[Ƒîñđ å đéçîšîöñ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="175" />
            <source>Held by (&amp;person)</source>
            <translation>[Ĥéļđ ƀý (&amp;péŕšöñ) ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="174" />
            <source>Held by (o&amp;rganisation)</source>
            <translation>[Ĥéļđ ƀý (ö&amp;rĝåñîšåţîöñ) ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="80" />
            <source>How</source>
            <translation>[Ĥöŵ ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="180" />
            <source>How &amp;chosen</source>
            <translation>[Ĥöŵ &amp;cĥöšéñ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="46" />
            <source>How &amp;decisions are made</source>
            <translation>[Ĥöŵ &amp;déçîšîöñš åŕé ɱåđé ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="173" />
            <source>Its &amp;name</source>
            <translation>[Îţš &amp;nåɱé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="78" />
            <source>Meeting</source>
            <translation>[Ṁééţîñĝ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="53" />
            <source>Meetings</source>
            <translation>[Ṁééţîñĝš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="181" />
            <source>Ne&amp;xt election</source>
            <translation>[Ñé&amp;xţ éļéçţîöñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="34" />
            <source>Ne&amp;xt review</source>
            <translation>[Ñé&amp;xţ ŕéṽîéŵ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="169" />
            <source>No decisions recorded yet.</source>
            <translation>[Ñö đéçîšîöñš ŕéçöŕđéđ ýéţ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="80" />
            <source>No partner's attendance is recorded yet. Mark who was there for each meeting on the Meetings tab.</source>
            <translation>[Ñö þåŕţñéŕ'š åţţéñđåñçé îš ŕéçöŕđéđ ýéţ. Ṁåŕķ ŵĥö ŵåš ţĥéŕé ƒöŕ éåçĥ ɱééţîñĝ öñ ţĥé Ṁééţîñĝš ţåƀ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="166" />
            <source>No quorum recorded, so meetings are not checked for one.</source>
            <translation>[Ñö ǫûöŕûɱ ŕéçöŕđéđ, šö ɱééţîñĝš åŕé ñöţ çĥéçķéđ ƒöŕ öñé. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="216" />
            <source>Offices</source>
            <translation>[Öƒƒîçéš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="50" />
            <source>Other</source>
            <translation>[Öţĥéŕ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="52" />
            <source>Partner</source>
            <translation>[Þåŕţñéŕ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="85" />
            <source>Partners were present at {percent}% of the places recorded.</source>
            <translation>[Þåŕţñéŕš ŵéŕé þŕéšéñţ åţ {percent}% öƒ ţĥé þļåçéš ŕéçöŕđéđ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="54" />
            <source>Present</source>
            <translation>[Þŕéšéñţ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="87" />
            <source>Present at fewer than half: {names}.</source>
            <translation>[Þŕéšéñţ åţ ƒéŵéŕ ţĥåñ ĥåļƒ: {names}. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="43" />
            <source>Quorum (&amp;number or per cent)</source>
            <translation>[Ǫûöŕûɱ (&amp;nûɱƀéŕ öŕ þéŕ çéñţ) ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="220" />
            <source>Remove this office</source>
            <translation>[Ŕéɱöṽé ţĥîš öƒƒîçé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="131" />
            <source>Saved</source>
            <translation>[Šåṽéđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="178" />
            <source>Term &amp;starts</source>
            <translation>[Ţéŕɱ &amp;sţåŕţš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="179" />
            <source>Term en&amp;ds</source>
            <translation>[Ţéŕɱ éñ&amp;dš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="153" />
            <source>That is fewer than the rules ask for.</source>
            <translation>[Ţĥåţ îš ƒéŵéŕ ţĥåñ ţĥé ŕûļéš åšķ ƒöŕ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="148" />
            <source>The rules ask for at least {wanted} meetings a year. Held in the last twelve months: {held}.</source>
            <translation>[Ţĥé ŕûļéš åšķ ƒöŕ åţ ļéåšţ {wanted} ɱééţîñĝš å ýéåŕ. Ĥéļđ îñ ţĥé ļåšţ ţŵéļṽé ɱöñţĥš: {held}. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="88" />
            <source>The written rules the partnership runs by. The quorum is used to say whether each meeting was quorate, from the partners' attendance on the Meetings tab.</source>
            <translation>[Ţĥé ŵŕîţţéñ ŕûļéš ţĥé þåŕţñéŕšĥîþ ŕûñš ƀý. Ţĥé ǫûöŕûɱ îš ûšéđ ţö šåý ŵĥéţĥéŕ éåçĥ ɱééţîñĝ ŵåš ǫûöŕåţé, ƒŕöɱ ţĥé þåŕţñéŕš' åţţéñđåñçé öñ ţĥé Ṁééţîñĝš ţåƀ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="176" />
            <source>Their e&amp;mail</source>
            <translation>[Ţĥéîŕ é&amp;måîļ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="177" />
            <source>Their phone</source>
            <translation>[Ţĥéîŕ þĥöñé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="47" />
            <source>Vote</source>
            <translation>[Ṽöţé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="48" />
            <source>Vote (casting)</source>
            <translation>[Ṽöţé (çåšţîñĝ) ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="37" />
            <source>What they &amp;cover</source>
            <translation>[Ŵĥåţ ţĥéý &amp;cöṽéŕ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="206" />
            <source>Who chairs the partnership and holds its other offices, for how long, and how they were chosen. A next election shows on Home when it is near. The person's name and details are kept like our own people's: left out of a return unless contact details are included.</source>
            <translation>[Ŵĥö çĥåîŕš ţĥé þåŕţñéŕšĥîþ åñđ ĥöļđš îţš öţĥéŕ öƒƒîçéš, ƒöŕ ĥöŵ ļöñĝ, åñđ ĥöŵ ţĥéý ŵéŕé çĥöšéñ. Å ñéẋţ éļéçţîöñ šĥöŵš öñ Ĥöɱé ŵĥéñ îţ îš ñéåŕ. Ţĥé þéŕšöñ'š ñåɱé åñđ đéţåîļš åŕé ķéþţ ļîķé öûŕ öŵñ þéöþļé'š: ļéƒţ öûţ öƒ å ŕéţûŕñ ûñļéšš çöñţåçţ đéţåîļš åŕé îñçļûđéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="81" />
            <source>Who is responsible</source>
            <translation>[Ŵĥö îš ŕéšþöñšîƀļé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="55" />
            <source>for example 4</source>
            <translation>[ƒöŕ éẋåɱþļé 4 ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="173" />
            <source>for example Secretary</source>
            <translation>[ƒöŕ éẋåɱþļé Šéçŕéţåŕý ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="62" />
            <source>for example any voluntary group working in the district</source>
            <translation>[ƒöŕ éẋåɱþļé åñý ṽöļûñţåŕý ĝŕöûþ ŵöŕķîñĝ îñ ţĥé đîšţŕîçţ ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="40" />
            <source>for example purpose, membership, meetings, decisions, conflicts</source>
            <translation>[ƒöŕ éẋåɱþļé þûŕþöšé, ɱéɱƀéŕšĥîþ, ɱééţîñĝš, đéçîšîöñš, çöñƒļîçţš ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="39" />
            <source>none</source>
            <translation>[ñöñé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="194" />
            <source>not filled</source>
            <translation>[ñöţ ƒîļļéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_attendance.py" line="72" />
            <source>not recorded</source>
            <translation>[ñöţ ŕéçöŕđéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="194" />
            <source>past</source>
            <translation>[þåšţ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="118" />
            <source>words in the decision, who is responsible or the meeting</source>
            <translation>[ŵöŕđš îñ ţĥé đéçîšîöñ, ŵĥö îš ŕéšþöñšîƀļé öŕ ţĥé ɱééţîñĝ ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_decisions.py" line="40" />
            <source>{open} to do, {done} done</source>
            <translation>[{open} ţö đö, {done} đöñé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="189" />
            <source>{start} to {end}</source>
            <translation>[{start} ţö {end} ~]</translation>
        </message>
    </context>
    <context>
        <name>HowItIsRunTab</name>
        <message>
            <location filename="../../desktop/ui/partnerships/run_tab.py" line="43" />
            <source>Chair and officers</source>
            <translation>[Çĥåîŕ åñđ öƒƒîçéŕš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_tab.py" line="57" />
            <source>Closing</source>
            <translation>[Çļöšîñĝ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_tab.py" line="45" />
            <source>Decision log</source>
            <translation>[Đéçîšîöñ ļöĝ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_tab.py" line="69" />
            <source>How it is run</source>
            <translation>[Ĥöŵ îţ îš ŕûñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_tab.py" line="44" />
            <source>Partners' attendance</source>
            <translation>[Þåŕţñéŕš' åţţéñđåñçé ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_tab.py" line="75" />
            <source>Parts of how it is run</source>
            <translation>[Þåŕţš öƒ ĥöŵ îţ îš ŕûñ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_tab.py" line="56" />
            <source>Reporting back</source>
            <translation>[Ŕéþöŕţîñĝ ƀåçķ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_tab.py" line="55" />
            <source>Risks, conflicts, equality and learning</source>
            <translation>[Ŕîšķš, çöñƒļîçţš, éǫûåļîţý åñđ ļéåŕñîñĝ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_tab.py" line="54" />
            <source>Structure, vision and goal</source>
            <translation>[Šţŕûçţûŕé, ṽîšîöñ åñđ ĝöåļ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_tab.py" line="42" />
            <source>Terms of reference and rules</source>
            <translation>[Ţéŕɱš öƒ ŕéƒéŕéñçé åñđ ŕûļéš ~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/import_dialog.py" line="426" />
            <source>%n row(s) with problems left out: spreadsheet row(s) {rows}.</source>
            <translation>
                <numerusform>[%n ŕöŵ ŵîţĥ þŕöƀļéɱš ļéƒţ öûţ: šþŕéåđšĥééţ ŕöŵ {rows}. ~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n ŕöŵš ŵîţĥ þŕöƀļéɱš ļéƒţ öûţ: šþŕéåđšĥééţ ŕöŵš {rows}. ~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="136" />
            <source>&amp;File:</source>
            <translation>[&amp;Fîļé: ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="95" />
            <source>&amp;Import</source>
            <translation>[&amp;Iɱþöŕţ ~~]</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/import_dialog.py" line="370" />
            <source>&amp;Import %n partnership(s)</source>
            <translation>
                <numerusform>[&amp;Iɱþöŕţ %n þåŕţñéŕšĥîþ ~~~~~~]</numerusform>
                <numerusform>[&amp;Iɱþöŕţ %n þåŕţñéŕšĥîþš ~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="207" />
            <source>&amp;Leave out the rows with problems and import the rest</source>
            <translation>[&amp;Léåṽé öûţ ţĥé ŕöŵš ŵîţĥ þŕöƀļéɱš åñđ îɱþöŕţ ţĥé ŕéšţ ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="94" />
            <source>&amp;Next &gt;</source>
            <translation>[&amp;Néẋţ &gt; ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="195" />
            <source>&amp;Rows to import:</source>
            <translation>[&amp;Röŵš ţö îɱþöŕţ: ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="302" />
            <source>(column with no heading)</source>
            <translation>[(çöļûɱñ ŵîţĥ ñö ĥéåđîñĝ) ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="93" />
            <source>&lt; &amp;Back</source>
            <translation>[&lt; &amp;Båçķ ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="140" />
            <source>B&amp;rowse…</source>
            <translation>[Ɓ&amp;röŵšé… ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="96" />
            <source>Cancel</source>
            <translation>[Çåñçéļ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="232" />
            <source>Choose a spreadsheet</source>
            <translation>[Çĥööšé å šþŕéåđšĥééţ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="128" />
            <source>Choose a spreadsheet with one partnership on each row and the column headings in the first row. Partnerbook reads CSV (.csv) and Excel (.xlsx) files of up to 5 MB. Nothing is added until you have checked every row.</source>
            <translation>[Çĥööšé å šþŕéåđšĥééţ ŵîţĥ öñé þåŕţñéŕšĥîþ öñ éåçĥ ŕöŵ åñđ ţĥé çöļûɱñ ĥéåđîñĝš îñ ţĥé ƒîŕšţ ŕöŵ. Þåŕţñéŕƀööķ ŕéåđš ÇŠṼ (.çšṽ) åñđ Éẋçéļ (.ẋļšẋ) ƒîļéš öƒ ûþ ţö 5 ṀƁ. Ñöţĥîñĝ îš åđđéđ ûñţîļ ýöû ĥåṽé çĥéçķéđ éṽéŕý ŕöŵ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="276" />
            <source>Choose the spreadsheet to import first.</source>
            <translation>[Çĥööšé ţĥé šþŕéåđšĥééţ ţö îɱþöŕţ ƒîŕšţ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="308" />
            <source>Column {name}</source>
            <translation>[Çöļûɱñ {name} ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="304" />
            <source>Do not import</source>
            <translation>[Đö ñöţ îɱþöŕţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="251" />
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>[Éẋçéļ ŵöŕķƀööķ (*.ẋļšẋ);;ÇŠṼ (*.çšṽ) ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="430" />
            <source>Import finished</source>
            <translation>[Îɱþöŕţ ƒîñîšĥéđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="85" />
            <source>Import partnerships from a spreadsheet</source>
            <translation>[Îɱþöŕţ þåŕţñéŕšĥîþš ƒŕöɱ å šþŕéåđšĥééţ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="111" />
            <source>Import progress</source>
            <translation>[Îɱþöŕţ þŕöĝŕéšš ~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/import_dialog.py" line="420" />
            <source>Imported %n partnership(s) from {file}.</source>
            <translation>
                <numerusform>[Îɱþöŕţéđ %n þåŕţñéŕšĥîþ ƒŕöɱ {file}. ~~~~~~~~~]</numerusform>
                <numerusform>[Îɱþöŕţéđ %n þåŕţñéŕšĥîþš ƒŕöɱ {file}. ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="419" />
            <source>Imported partnerships from {file}</source>
            <translation>[Îɱþöŕţéđ þåŕţñéŕšĥîþš ƒŕöɱ {file} ~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/import_dialog.py" line="409" />
            <source>Importing %n partnership(s)…</source>
            <translation>
                <numerusform>[Îɱþöŕţîñĝ %n þåŕţñéŕšĥîþ… ~~~~~~~~]</numerusform>
                <numerusform>[Îɱþöŕţîñĝ %n þåŕţñéŕšĥîþš… ~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="208" />
            <source>Leave out the rows with problems</source>
            <translation>[Ļéåṽé öûţ ţĥé ŕöŵš ŵîţĥ þŕöƀļéɱš ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="329" />
            <source>Not imported: {columns}.</source>
            <translation>[Ñöţ îɱþöŕţéđ: {columns}. ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="150" />
            <source>Not sure how to lay it out? Save the template, fill it in with your spreadsheet program, then import it here.</source>
            <translation>[Ñöţ šûŕé ĥöŵ ţö ļåý îţ öûţ? Šåṽé ţĥé ţéɱþļåţé, ƒîļļ îţ îñ ŵîţĥ ýöûŕ šþŕéåđšĥééţ þŕöĝŕåɱ, ţĥéñ îɱþöŕţ îţ ĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="437" />
            <source>Nothing was imported</source>
            <translation>[Ñöţĥîñĝ ŵåš îɱþöŕţéđ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="171" />
            <source>Partnerbook has guessed what each column holds. Change any guess that is wrong, or choose “Do not import” for a column you do not need.</source>
            <translation>[Þåŕţñéŕƀööķ ĥåš ĝûéššéđ ŵĥåţ éåçĥ çöļûɱñ ĥöļđš. Çĥåñĝé åñý ĝûéšš ţĥåţ îš ŵŕöñĝ, öŕ çĥööšé “Đö ñöţ îɱþöŕţ” ƒöŕ å çöļûɱñ ýöû đö ñöţ ñééđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/import_dialog.py" line="358" />
            <source>Ready to import: %n row(s), with no problems.</source>
            <translation>
                <numerusform>[Ŕéåđý ţö îɱþöŕţ: %n ŕöŵ, ŵîţĥ ñö þŕöƀļéɱš. ~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ŕéåđý ţö îɱþöŕţ: %n ŕöŵš, ŵîţĥ ñö þŕöƀļéɱš. ~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="199" />
            <source>Rows to import</source>
            <translation>[Ŕöŵš ţö îɱþöŕţ ~~~~~]</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/import_dialog.py" line="350" />
            <source>Rows with problems: %n of {total} (shown in the last column). Fix them in the spreadsheet and import it again, or leave those rows out.</source>
            <translation>
                <numerusform>[Ŕöŵš ŵîţĥ þŕöƀļéɱš: %n öƒ {total} (šĥöŵñ îñ ţĥé ļåšţ çöļûɱñ). Ƒîẋ ţĥéɱ îñ ţĥé šþŕéåđšĥééţ åñđ îɱþöŕţ îţ åĝåîñ, öŕ ļéåṽé ţĥöšé ŕöŵš öûţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ŕöŵš ŵîţĥ þŕöƀļéɱš: %n öƒ {total} (šĥöŵñ îñ ţĥé ļåšţ çöļûɱñ). Ƒîẋ ţĥéɱ îñ ţĥé šþŕéåđšĥééţ åñđ îɱþöŕţ îţ åĝåîñ, öŕ ļéåṽé ţĥöšé ŕöŵš öûţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="156" />
            <source>Save a &amp;template…</source>
            <translation>[Šåṽé å &amp;téɱþļåţé… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="249" />
            <source>Save the template</source>
            <translation>[Šåṽé ţĥé ţéɱþļåţé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="138" />
            <source>Spreadsheet file</source>
            <translation>[Šþŕéåđšĥééţ ƒîļé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="236" />
            <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
            <translation>[Šþŕéåđšĥééţš (*.çšṽ *.ẋļšẋ);;Åļļ ƒîļéš (*) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="259" />
            <source>Template not saved</source>
            <translation>[Ţéɱþļåţé ñöţ šåṽéđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="261" />
            <source>Template saved to {path}</source>
            <translation>[Ţéɱþļåţé šåṽéđ ţö {path} ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="398" />
            <source>The import of the partnerships</source>
            <translation>[Ţĥé îɱþöŕţ öƒ ţĥé þåŕţñéŕšĥîþš ~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <location filename="../../desktop/ui/import_preview_model.py" line="52" />
            <source>(no name)</source>
            <translation>[(ñö ñåɱé) ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_preview_model.py" line="31" />
            <source>Partners</source>
            <translation>[Þåŕţñéŕš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_preview_model.py" line="31" />
            <source>Partnership</source>
            <translation>[Þåŕţñéŕšĥîþ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_preview_model.py" line="31" />
            <source>Problems</source>
            <translation>[Þŕöƀļéɱš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_preview_model.py" line="60" />
            <source>Ready to import</source>
            <translation>[Ŕéåđý ţö îɱþöŕţ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_preview_model.py" line="31" />
            <source>Row</source>
            <translation>[Ŕöŵ ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_preview_model.py" line="31" />
            <source>Status</source>
            <translation>[Šţåţûš ~~]</translation>
        </message>
    </context>
    <context>
        <name>JoiningCheck</name>
        <message>
            <location filename="../../desktop/ui/joining.py" line="46" />
            <source>&amp;Why would we join?</source>
            <translation>[&amp;Wĥý ŵöûļđ ŵé ĵöîñ? ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="73" />
            <source>Before joining, ask these questions. A partnership takes time and energy: join when it is clearly the best way to get the result you want. Each answer is saved when you leave its box.</source>
            <translation>[Ɓéƒöŕé ĵöîñîñĝ, åšķ ţĥéšé ǫûéšţîöñš. Å þåŕţñéŕšĥîþ ţåķéš ţîɱé åñđ éñéŕĝý: ĵöîñ ŵĥéñ îţ îš çļéåŕļý ţĥé ƀéšţ ŵåý ţö ĝéţ ţĥé ŕéšûļţ ýöû ŵåñţ. Éåçĥ åñšŵéŕ îš šåṽéđ ŵĥéñ ýöû ļéåṽé îţš ƀöẋ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="44" />
            <source>Could an e&amp;xisting partnership take it on instead?</source>
            <translation>[Çöûļđ åñ é&amp;xîšţîñĝ þåŕţñéŕšĥîþ ţåķé îţ öñ îñšţéåđ? ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="127" />
            <source>Date of the decisio&amp;n</source>
            <translation>[Đåţé öƒ ţĥé đéçîšîö&amp;n ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="129" />
            <source>Date of the decision</source>
            <translation>[Đåţé öƒ ţĥé đéçîšîöñ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="43" />
            <source>Is the work already done &amp;somewhere else?</source>
            <translation>[Îš ţĥé ŵöŕķ åļŕéåđý đöñé &amp;söɱéŵĥéŕé éļšé? ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="172" />
            <source>No resource needs recorded for this partnership yet (see Resource needs).</source>
            <translation>[Ñö ŕéšöûŕçé ñééđš ŕéçöŕđéđ ƒöŕ ţĥîš þåŕţñéŕšĥîþ ýéţ (šéé Ŕéšöûŕçé ñééđš). ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="119" />
            <source>O&amp;ur decision</source>
            <translation>[Ö&amp;uŕ đéçîšîöñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="123" />
            <source>Our decision</source>
            <translation>[Öûŕ đéçîšîöñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="166" />
            <source>Resource needs recorded for this partnership: {n}, estimated at {money}.</source>
            <translation>[Ŕéšöûŕçé ñééđš ŕéçöŕđéđ ƒöŕ ţĥîš þåŕţñéŕšĥîþ: {n}, éšţîɱåţéđ åţ {money}. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="42" />
            <source>What &amp;evidence is there (surveys, research, evaluations)?</source>
            <translation>[Ŵĥåţ &amp;eṽîđéñçé îš ţĥéŕé (šûŕṽéýš, ŕéšéåŕçĥ, éṽåļûåţîöñš)? ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="45" />
            <source>What &amp;limits us (time, money, rules, skills)?</source>
            <translation>[Ŵĥåţ &amp;lîɱîţš ûš (ţîɱé, ɱöñéý, ŕûļéš, šķîļļš)? ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="41" />
            <source>What has been &amp;done already, or is going on now?</source>
            <translation>[Ŵĥåţ ĥåš ƀééñ &amp;döñé åļŕéåđý, öŕ îš ĝöîñĝ öñ ñöŵ? ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="92" />
            <source>What the framework asks before joining</source>
            <translation>[Ŵĥåţ ţĥé ƒŕåɱéŵöŕķ åšķš ƀéƒöŕé ĵöîñîñĝ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="48" />
            <source>What would it c&amp;ost us in time and money?</source>
            <translation>[Ŵĥåţ ŵöûļđ îţ ç&amp;ošţ ûš îñ ţîɱé åñđ ɱöñéý? ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="47" />
            <source>What would we &amp;bring?</source>
            <translation>[Ŵĥåţ ŵöûļđ ŵé &amp;bŕîñĝ? ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="146" />
            <source>What {framework} asks you to think about:</source>
            <translation>[Ŵĥåţ {framework} åšķš ýöû ţö ţĥîñķ åƀöûţ: ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/joining.py" line="143" />
            <source>{framework} has no questions of its own for before joining.</source>
            <translation>[{framework} ĥåš ñö ǫûéšţîöñš öƒ îţš öŵñ ƒöŕ ƀéƒöŕé ĵöîñîñĝ. ~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <location filename="../../desktop/ui/keyboard.py" line="249" />
            <source>Ctrl+Page Down moves to the next part, Ctrl+Tab to the next section</source>
            <translation>[Çţŕļ+Þåĝé Đöŵñ ɱöṽéš ţö ţĥé ñéẋţ þåŕţ, Çţŕļ+Ţåƀ ţö ţĥé ñéẋţ šéçţîöñ ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="231" />
            <source>&amp;About Partnerbook</source>
            <translation>[&amp;Aƀöûţ Þåŕţñéŕƀööķ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="205" />
            <source>&amp;Copy</source>
            <translation>[&amp;Cöþý ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="202" />
            <source>&amp;Edit</source>
            <translation>[&amp;Eđîţ ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="172" />
            <source>&amp;File</source>
            <translation>[&amp;Fîļé ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="227" />
            <source>&amp;Help</source>
            <translation>[&amp;Héļþ ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="173" />
            <source>&amp;New partnership…</source>
            <translation>[&amp;Néŵ þåŕţñéŕšĥîþ… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="206" />
            <source>&amp;Paste</source>
            <translation>[&amp;Påšţé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="197" />
            <source>&amp;Quit</source>
            <translation>[&amp;Qûîţ ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="218" />
            <source>&amp;View</source>
            <translation>[&amp;Vîéŵ ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="286" />
            <source>&lt;h3&gt;Partnerbook {version}&lt;/h3&gt;&lt;p&gt;Keeps the record of the partnerships your group sits on, and sends it to your Council for Voluntary Service as a return.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</source>
            <translation>[&lt;h3&gt;Þåŕţñéŕƀööķ {version}&lt;/h3&gt;&lt;p&gt;Ķééþš ţĥé ŕéçöŕđ öƒ ţĥé þåŕţñéŕšĥîþš ýöûŕ ĝŕöûþ šîţš öñ, åñđ šéñđš îţ ţö ýöûŕ Çöûñçîļ ƒöŕ Ṽöļûñţåŕý Šéŕṽîçé åš å ŕéţûŕñ.&lt;/p&gt;&lt;p&gt;Ýöûŕ đåţå šţåýš öñ ţĥîš çöɱþûţéŕ, îñ:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt; ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="294" />
            <source>About Partnerbook</source>
            <translation>[Åƀöûţ Þåŕţñéŕƀööķ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="63" />
            <source>Areas</source>
            <translation>[Åŕéåš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="204" />
            <source>Cu&amp;t</source>
            <translation>[Çû&amp;t ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="177" />
            <source>Import &amp;framework…</source>
            <translation>[Îɱþöŕţ &amp;fŕåɱéŵöŕķ… ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="186" />
            <source>Import &amp;partnerships from a spreadsheet…</source>
            <translation>[Îɱþöŕţ &amp;påŕţñéŕšĥîþš ƒŕöɱ å šþŕéåđšĥééţ… ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="237" />
            <source>Not while your records are open for reading only</source>
            <translation>[Ñöţ ŵĥîļé ýöûŕ ŕéçöŕđš åŕé öþéñ ƒöŕ ŕéåđîñĝ öñļý ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="180" />
            <source>Open a return &amp;pack…</source>
            <translation>[Öþéñ å ŕéţûŕñ &amp;påçķ… ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="181" />
            <source>Open the return pack your CVS sent</source>
            <translation>[Öþéñ ţĥé ŕéţûŕñ þåçķ ýöûŕ ÇṼŠ šéñţ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="214" />
            <source>Our &amp;group…</source>
            <translation>[Öûŕ &amp;gŕöûþ… ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="101" />
            <source>Ready</source>
            <translation>[Ŕéåđý ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="207" />
            <source>Select &amp;all</source>
            <translation>[Šéļéçţ &amp;aļļ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="54" />
            <source>{app} — Our group's records (read only) — {file}</source>
            <translation>[{app} — Öûŕ ĝŕöûþ'š ŕéçöŕđš (ŕéåđ öñļý) — {file} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="56" />
            <source>{app} — Our group's records — {file}</source>
            <translation>[{app} — Öûŕ ĝŕöûþ'š ŕéçöŕđš — {file} ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>MeetingsTab</name>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="209" />
            <source>Action added</source>
            <translation>[Åçţîöñ åđđéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="89" />
            <source>Actions arising</source>
            <translation>[Åçţîöñš åŕîšîñĝ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="78" />
            <source>Add a &amp;meeting</source>
            <translation>[Åđđ å &amp;mééţîñĝ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="157" />
            <source>Add a decisio&amp;n</source>
            <translation>[Åđđ å đéçîšîö&amp;n ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="92" />
            <source>Add an a&amp;ction arising</source>
            <translation>[Åđđ åñ å&amp;cţîöñ åŕîšîñĝ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="161" />
            <source>Add an action to ca&amp;rry it out</source>
            <translation>[Åđđ åñ åçţîöñ ţö çå&amp;rŕý îţ öûţ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="162" />
            <source>Add an action to carry out this decision</source>
            <translation>[Åđđ åñ åçţîöñ ţö çåŕŕý öûţ ţĥîš đéçîšîöñ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="181" />
            <source>Add our representatives on the Our seat tab to record who went.</source>
            <translation>[Åđđ öûŕ ŕéþŕéšéñţåţîṽéš öñ ţĥé Öûŕ šéåţ ţåƀ ţö ŕéçöŕđ ŵĥö ŵéñţ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="38" />
            <source>Add the partners on the Partners tab to record who was there.</source>
            <translation>[Åđđ ţĥé þåŕţñéŕš öñ ţĥé Þåŕţñéŕš ţåƀ ţö ŕéçöŕđ ŵĥö ŵåš ţĥéŕé. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="68" />
            <source>Add this meeting's time and travel as a resource need</source>
            <translation>[Åđđ ţĥîš ɱééţîñĝ'š ţîɱé åñđ ţŕåṽéļ åš å ŕéšöûŕçé ñééđ ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="65" />
            <source>Add this meeting's time and travel as a resource need…</source>
            <translation>[Åđđ ţĥîš ɱééţîñĝ'š ţîɱé åñđ ţŕåṽéļ åš å ŕéšöûŕçé ñééđ… ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="129" />
            <source>Attendance is not entered yet for the %n meeting(s) held, so there is no attendance rate (Code 4.8 a).</source>
            <translation>
                <numerusform>[Åţţéñđåñçé îš ñöţ éñţéŕéđ ýéţ ƒöŕ ţĥé %n ɱééţîñĝ ĥéļđ, šö ţĥéŕé îš ñö åţţéñđåñçé ŕåţé (Çöđé 4.8 å). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Åţţéñđåñçé îš ñöţ éñţéŕéđ ýéţ ƒöŕ ţĥé %n ɱééţîñĝš ĥéļđ, šö ţĥéŕé îš ñö åţţéñđåñçé ŕåţé (Çöđé 4.8 å). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="195" />
            <source>Carried out by: {actions}</source>
            <translation>[Çåŕŕîéđ öûţ ƀý: {actions} ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="154" />
            <source>Decisions</source>
            <translation>[Đéçîšîöñš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="130" />
            <source>How it was dec&amp;ided</source>
            <translation>[Ĥöŵ îţ ŵåš đéç&amp;iđéđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="75" />
            <source>Meetings</source>
            <translation>[Ṁééţîñĝš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="207" />
            <source>New action</source>
            <translation>[Ñéŵ åçţîöñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="181" />
            <source>New decision</source>
            <translation>[Ñéŵ đéçîšîöñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="200" />
            <source>No action carries it out yet.</source>
            <translation>[Ñö åçţîöñ çåŕŕîéš îţ öûţ ýéţ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="135" />
            <source>No meetings held yet, so there is no attendance rate (Code 4.8 a).</source>
            <translation>[Ñö ɱééţîñĝš ĥéļđ ýéţ, šö ţĥéŕé îš ñö åţţéñđåñçé ŕåţé (Çöđé 4.8 å). ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="39" />
            <source>No quorum is recorded (How it is run → Terms of reference and rules), so this meeting is not checked for one.</source>
            <translation>[Ñö ǫûöŕûɱ îš ŕéçöŕđéđ (Ĥöŵ îţ îš ŕûñ → Ţéŕɱš öƒ ŕéƒéŕéñçé åñđ ŕûļéš), šö ţĥîš ɱééţîñĝ îš ñöţ çĥéçķéđ ƒöŕ öñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="143" />
            <source>Not counted: %n meeting(s) without attendance entered.</source>
            <translation>
                <numerusform>[Ñöţ çöûñţéđ: %n ɱééţîñĝ ŵîţĥöûţ åţţéñđåñçé éñţéŕéđ. ~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ñöţ çöûñţéđ: %n ɱééţîñĝš ŵîţĥöûţ åţţéñđåñçé éñţéŕéđ. ~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="47" />
            <source>Not quorate</source>
            <translation>[Ñöţ ǫûöŕåţé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="83" />
            <source>Not recorded</source>
            <translation>[Ñöţ ŕéçöŕđéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="62" />
            <source>Print meeting &amp;brief…</source>
            <translation>[Þŕîñţ ɱééţîñĝ &amp;bŕîéƒ… ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="63" />
            <source>Print meeting brief</source>
            <translation>[Þŕîñţ ɱééţîñĝ ƀŕîéƒ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="47" />
            <source>Quorate</source>
            <translation>[Ǫûöŕåţé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="44" />
            <source>Quorum: {needed} of {members} members. Mark who was there below.</source>
            <translation>[Ǫûöŕûɱ: {needed} öƒ {members} ɱéɱƀéŕš. Ṁåŕķ ŵĥö ŵåš ţĥéŕé ƀéļöŵ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="93" />
            <source>Remove this action</source>
            <translation>[Ŕéɱöṽé ţĥîš åçţîöñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="158" />
            <source>Remove this decision</source>
            <translation>[Ŕéɱöṽé ţĥîš đéçîšîöñ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="79" />
            <source>Remove this meeting</source>
            <translation>[Ŕéɱöṽé ţĥîš ɱééţîñĝ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="116" />
            <source>Saved</source>
            <translation>[Šåṽéđ ~~]</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="137" />
            <source>Someone from us was at {attended} of the %n meeting(s) held: {percent}% (Code 4.8 a).</source>
            <translation>
                <numerusform>[Šöɱéöñé ƒŕöɱ ûš ŵåš åţ {attended} öƒ ţĥé %n ɱééţîñĝ ĥéļđ: {percent}% (Çöđé 4.8 å). ~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Šöɱéöñé ƒŕöɱ ûš ŵåš åţ {attended} öƒ ţĥé %n ɱééţîñĝš ĥéļđ: {percent}% (Çöđé 4.8 å). ~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="89" />
            <source>Was {name} there?</source>
            <translation>[Ŵåš {name} ţĥéŕé? ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="128" />
            <source>Wh&amp;at was decided</source>
            <translation>[Ŵĥ&amp;aţ ŵåš đéçîđéđ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="57" />
            <source>Which partners were there</source>
            <translation>[Ŵĥîçĥ þåŕţñéŕš ŵéŕé ţĥéŕé ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meetings_tab.py" line="81" />
            <source>Who from us was there</source>
            <translation>[Ŵĥö ƒŕöɱ ûš ŵåš ţĥéŕé ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="132" />
            <source>Who is res&amp;ponsible</source>
            <translation>[Ŵĥö îš ŕéš&amp;pöñšîƀļé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/meeting_governance.py" line="48" />
            <source>{verdict}: {present} of {members} members present; {needed} needed.</source>
            <translation>[{verdict}: {present} öƒ {members} ɱéɱƀéŕš þŕéšéñţ; {needed} ñééđéđ. ~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="43" />
            <source>&amp;Area covered</source>
            <translation>[&amp;Aŕéå çöṽéŕéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="31" />
            <source>&amp;Name</source>
            <translation>[&amp;Nåɱé ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="34" />
            <source>&amp;Purpose</source>
            <translation>[&amp;Pûŕþöšé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="49" />
            <source>&amp;Start date</source>
            <translation>[&amp;Sţåŕţ đåţé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="52" />
            <source>&amp;Who holds the funds</source>
            <translation>[&amp;Wĥö ĥöļđš ţĥé ƒûñđš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="91" />
            <source>Before joining (Code 4.1)</source>
            <translation>[Ɓéƒöŕé ĵöîñîñĝ (Çöđé 4.1) ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="37" />
            <source>C&amp;urrent focus</source>
            <translation>[Ç&amp;uŕŕéñţ ƒöçûš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="50" />
            <source>En&amp;d date</source>
            <translation>[Éñ&amp;d đåţé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="44" />
            <source>F&amp;ormal or informal</source>
            <translation>[Ƒ&amp;oŕɱåļ öŕ îñƒöŕɱåļ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="55" />
            <source>How often &amp;it meets</source>
            <translation>[Ĥöŵ öƒţéñ &amp;iţ ɱééţš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="51" />
            <source>Lead or chair &amp;body</source>
            <translation>[Ļéåđ öŕ çĥåîŕ &amp;böđý ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="59" />
            <source>Ne&amp;xt meeting</source>
            <translation>[Ñé&amp;xţ ɱééţîñĝ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="195" />
            <source>Not saved: {fields}: {why}</source>
            <translation>[Ñöţ šåṽéđ: {fields}: {why} ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="47" />
            <source>Ongoin&amp;g or time-limited</source>
            <translation>[Öñĝöîñ&amp;g öŕ ţîɱé-ļîɱîţéđ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="33" />
            <source>S&amp;tatus</source>
            <translation>[Š&amp;tåţûš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="158" />
            <source>Saved</source>
            <translation>[Šåṽéđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="194" />
            <source>Saved, except {fields}: {why}</source>
            <translation>[Šåṽéđ, éẋçéþţ {fields}: {why} ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="42" />
            <source>Sca&amp;le</source>
            <translation>[Šçå&amp;lé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="32" />
            <source>Sho&amp;rt name</source>
            <translation>[Šĥö&amp;rţ ñåɱé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="83" />
            <source>The&amp;mes (optional)</source>
            <translation>[Ţĥé&amp;méš (öþţîöñåļ) ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="45" />
            <source>Voluntary or &amp;contractual</source>
            <translation>[Ṽöļûñţåŕý öŕ &amp;cöñţŕåçţûåļ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="94" />
            <source>We are still considering this partnership: the questions to ask before joining are at the end of this page.</source>
            <translation>[Ŵé åŕé šţîļļ çöñšîđéŕîñĝ ţĥîš þåŕţñéŕšĥîþ: ţĥé ǫûéšţîöñš ţö åšķ ƀéƒöŕé ĵöîñîñĝ åŕé åţ ţĥé éñđ öƒ ţĥîš þåĝé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="34" />
            <source>What is the partnership for?</source>
            <translation>[Ŵĥåţ îš ţĥé þåŕţñéŕšĥîþ ƒöŕ? ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="40" />
            <source>What it is concentrating on for now</source>
            <translation>[Ŵĥåţ îţ îš çöñçéñţŕåţîñĝ öñ ƒöŕ ñöŵ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="62" />
            <source>Where its papers are &amp;kept</source>
            <translation>[Ŵĥéŕé îţš þåþéŕš åŕé &amp;kéþţ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="64" />
            <source>a folder on this computer, or a web link</source>
            <translation>[å ƒöļđéŕ öñ ţĥîš çöɱþûţéŕ, öŕ å ŵéƀ ļîñķ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="32" />
            <source>for example NDHWP</source>
            <translation>[ƒöŕ éẋåɱþļé ÑĐĤŴÞ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="43" />
            <source>for example Torridge</source>
            <translation>[ƒöŕ éẋåɱþļé Ţöŕŕîđĝé ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/overview_tab.py" line="57" />
            <source>for example every two months</source>
            <translation>[ƒöŕ éẋåɱþļé éṽéŕý ţŵö ɱöñţĥš ~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>PackChoice</name>
        <message>
            <location filename="../../desktop/ui/pack_choice.py" line="41" />
            <source>A return of our own choosing</source>
            <translation>[Å ŕéţûŕñ öƒ öûŕ öŵñ çĥööšîñĝ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_choice.py" line="30" />
            <source>The return is for</source>
            <translation>[Ţĥé ŕéţûŕñ îš ƒöŕ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_choice.py" line="43" />
            <source>{cvs}'s return pack: {period}, due {deadline}</source>
            <translation>[{cvs}'š ŕéţûŕñ þåçķ: {period}, đûé {deadline} ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_choice.py" line="49" />
            <source>{pack} (made already)</source>
            <translation>[{pack} (ɱåđé åļŕéåđý) ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>PartnersTab</name>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="29" />
            <source>&amp;Date it left</source>
            <translation>[&amp;Dåţé îţ ļéƒţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="27" />
            <source>&amp;Joined on</source>
            <translation>[&amp;Jöîñéđ öñ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="32" />
            <source>&amp;Reason for leaving</source>
            <translation>[&amp;Réåšöñ ƒöŕ ļéåṽîñĝ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="77" />
            <source>Add a &amp;contact</source>
            <translation>[Åđđ å &amp;cöñţåçţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="98" />
            <source>Add a &amp;stakeholder</source>
            <translation>[Åđđ å &amp;sţåķéĥöļđéŕ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="71" />
            <source>Add partners: t&amp;ype one organisation on each line</source>
            <translation>[Åđđ þåŕţñéŕš: ţ&amp;yþé öñé öŕĝåñîšåţîöñ öñ éåçĥ ļîñé ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="88" />
            <source>Add these &amp;partners</source>
            <translation>[Åđđ ţĥéšé &amp;påŕţñéŕš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="89" />
            <source>Add these partners</source>
            <translation>[Åđđ ţĥéšé þåŕţñéŕš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="81" />
            <source>Add “ - ” and a sector after a name if you know it: {sectors}.</source>
            <translation>[Åđđ “ - ” åñđ å šéçţöŕ åƒţéŕ å ñåɱé îƒ ýöû ķñöŵ îţ: {sectors}. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="77" />
            <source>Devon County Council - statutory
Holsworthy Young Farmers - community</source>
            <translation>[Đéṽöñ Çöûñţý Çöûñçîļ - šţåţûţöŕý
Ĥöļšŵöŕţĥý Ýöûñĝ Ƒåŕɱéŕš - çöɱɱûñîţý ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="62" />
            <source>Email</source>
            <translation>[Éɱåîļ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="61" />
            <source>Jo&amp;b or role</source>
            <translation>[Ĵö&amp;b öŕ ŕöļé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="82" />
            <source>Kept like our own people: left out of a return unless contact details are included, and in Edit → People to export or forget.</source>
            <translation>[Ķéþţ ļîķé öûŕ öŵñ þéöþļé: ļéƒţ öûţ öƒ å ŕéţûŕñ ûñļéšš çöñţåçţ đéţåîļš åŕé îñçļûđéđ, åñđ îñ Éđîţ → Þéöþļé ţö éẋþöŕţ öŕ ƒöŕĝéţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="60" />
            <source>Na&amp;me</source>
            <translation>[Ñå&amp;mé ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="106" />
            <source>New contact</source>
            <translation>[Ñéŵ çöñţåçţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="130" />
            <source>New stakeholder</source>
            <translation>[Ñéŵ šţåķéĥöļđéŕ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="75" />
            <source>Partner organisations, one on each line</source>
            <translation>[Þåŕţñéŕ öŕĝåñîšåţîöñš, öñé öñ éåçĥ ļîñé ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="57" />
            <source>Partners</source>
            <translation>[Þåŕţñéŕš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="158" />
            <source>Partners added</source>
            <translation>[Þåŕţñéŕš åđđéđ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="97" />
            <source>People we deal with at {partner}</source>
            <translation>[Þéöþļé ŵé đéåļ ŵîţĥ åţ {partner} ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="74" />
            <source>People we deal with there</source>
            <translation>[Þéöþļé ŵé đéåļ ŵîţĥ ţĥéŕé ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="63" />
            <source>Phone</source>
            <translation>[Þĥöñé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="28" />
            <source>Reason for joinin&amp;g</source>
            <translation>[Ŕéåšöñ ƒöŕ ĵöîñîñ&amp;g ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="78" />
            <source>Remove this contact</source>
            <translation>[Ŕéɱöṽé ţĥîš çöñţåçţ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="63" />
            <source>Remove this partner</source>
            <translation>[Ŕéɱöṽé ţĥîš þåŕţñéŕ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="99" />
            <source>Remove this stakeholder</source>
            <translation>[Ŕéɱöṽé ţĥîš šţåķéĥöļđéŕ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="52" />
            <source>Show p&amp;artners that have left</source>
            <translation>[Šĥöŵ þ&amp;aŕţñéŕš ţĥåţ ĥåṽé ļéƒţ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="53" />
            <source>Show partners that have left</source>
            <translation>[Šĥöŵ þåŕţñéŕš ţĥåţ ĥåṽé ļéƒţ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/partners_tab.py" line="95" />
            <source>Stakeholders: who should be round the table (Code 4.2)</source>
            <translation>[Šţåķéĥöļđéŕš: ŵĥö šĥöûļđ ƀé ŕöûñđ ţĥé ţåƀļé (Çöđé 4.2) ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="54" />
            <source>The list shows current partners; tick to see the whole history.</source>
            <translation>[Ţĥé ļîšţ šĥöŵš çûŕŕéñţ þåŕţñéŕš; ţîçķ ţö šéé ţĥé ŵĥöļé ĥîšţöŕý. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="35" />
            <source>for example its funding for this work ended</source>
            <translation>[ƒöŕ éẋåɱþļé îţš ƒûñđîñĝ ƒöŕ ţĥîš ŵöŕķ éñđéđ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="47" />
            <source>joined {when}</source>
            <translation>[ĵöîñéđ {when} ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="44" />
            <source>leaving {when}</source>
            <translation>[ļéåṽîñĝ {when} ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/membership.py" line="44" />
            <source>left {when}</source>
            <translation>[ļéƒţ {when} ~~]</translation>
        </message>
    </context>
    <context>
        <name>PartnershipDialogs</name>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="185" />
            <source>&amp;Add partnership</source>
            <translation>[&amp;Ađđ þåŕţñéŕšĥîþ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="130" />
            <source>&amp;Area we serve</source>
            <translation>[&amp;Aŕéå ŵé šéŕṽé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="169" />
            <source>&amp;Name of the partnership</source>
            <translation>[&amp;Nåɱé öƒ ţĥé þåŕţñéŕšĥîþ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="136" />
            <source>&amp;Rural or urban</source>
            <translation>[&amp;Rûŕåļ öŕ ûŕƀåñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="152" />
            <source>&amp;Save</source>
            <translation>[&amp;Såṽé ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="70" />
            <source>Cancel</source>
            <translation>[Çåñçéļ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="129" />
            <source>Charity or company n&amp;umber</source>
            <translation>[Çĥåŕîţý öŕ çöɱþåñý ñ&amp;uɱƀéŕ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="180" />
            <source>Give the partnership's name. You can fill in everything else on the next screen, now or later.</source>
            <translation>[Ĝîṽé ţĥé þåŕţñéŕšĥîþ'š ñåɱé. Ýöû çåñ ƒîļļ îñ éṽéŕýţĥîñĝ éļšé öñ ţĥé ñéẋţ šçŕééñ, ñöŵ öŕ ļåţéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="133" />
            <source>Main contact: &amp;email</source>
            <translation>[Ṁåîñ çöñţåçţ: &amp;eɱåîļ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="134" />
            <source>Main contact: &amp;phone</source>
            <translation>[Ṁåîñ çöñţåçţ: &amp;pĥöñé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="132" />
            <source>Main contact: na&amp;me</source>
            <translation>[Ṁåîñ çöñţåçţ: ñå&amp;mé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="179" />
            <source>New partnership</source>
            <translation>[Ñéŵ þåŕţñéŕšĥîþ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="146" />
            <source>Our group</source>
            <translation>[Öûŕ ĝŕöûþ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="128" />
            <source>Our group's &amp;name</source>
            <translation>[Öûŕ ĝŕöûþ'š &amp;nåɱé ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="171" />
            <source>S&amp;tatus</source>
            <translation>[Š&amp;tåţûš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="111" />
            <source>Saved</source>
            <translation>[Šåṽéđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="170" />
            <source>Short na&amp;me</source>
            <translation>[Šĥöŕţ ñå&amp;mé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="135" />
            <source>Si&amp;ze (yearly income)</source>
            <translation>[Šî&amp;zé (ýéåŕļý îñçöɱé) ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="147" />
            <source>Tell Partnerbook about your group. This goes on the returns you send to your CVS, so they know who the return is from.</source>
            <translation>[Ţéļļ Þåŕţñéŕƀööķ åƀöûţ ýöûŕ ĝŕöûþ. Ţĥîš ĝöéš öñ ţĥé ŕéţûŕñš ýöû šéñđ ţö ýöûŕ ÇṼŠ, šö ţĥéý ķñöŵ ŵĥö ţĥé ŕéţûŕñ îš ƒŕöɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="131" />
            <source>The &amp;CVS we report to</source>
            <translation>[Ţĥé &amp;CṼŠ ŵé ŕéþöŕţ ţö ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/dialogs.py" line="170" />
            <source>for example NDHWP</source>
            <translation>[ƒöŕ éẋåɱþļé ÑĐĤŴÞ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>PartnershipPage</name>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="47" />
            <source>Back to all partnerships</source>
            <translation>[Ɓåçķ ţö åļļ þåŕţñéŕšĥîþš ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="48" />
            <source>Back to all partnerships (Alt+Left)</source>
            <translation>[Ɓåçķ ţö åļļ þåŕţñéŕšĥîþš (Åļţ+Ļéƒţ) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="61" />
            <source>Ctrl+Tab moves to the next section</source>
            <translation>[Çţŕļ+Ţåƀ ɱöṽéš ţö ţĥé ñéẋţ šéçţîöñ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="58" />
            <source>Each field is saved when you leave it.</source>
            <translation>[Éåçĥ ƒîéļđ îš šåṽéđ ŵĥéñ ýöû ļéåṽé îţ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="99" />
            <source>How it is run</source>
            <translation>[Ĥöŵ îţ îš ŕûñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="196" />
            <source>Leave without saving?</source>
            <translation>[Ļéåṽé ŵîţĥöûţ šåṽîñĝ? ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="97" />
            <source>Meetings</source>
            <translation>[Ṁééţîñĝš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="96" />
            <source>Our seat</source>
            <translation>[Öûŕ šéåţ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="94" />
            <source>Overview</source>
            <translation>[Öṽéŕṽîéŵ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="95" />
            <source>Partners</source>
            <translation>[Þåŕţñéŕš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="98" />
            <source>Plan</source>
            <translation>[Þļåñ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="60" />
            <source>Sections of the partnership</source>
            <translation>[Šéçţîöñš öƒ ţĥé þåŕţñéŕšĥîþ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="197" />
            <source>Some of what you typed could not be saved:

{fields}

Choose Yes to leave without it, or No to stay and put it right.</source>
            <translation>[Šöɱé öƒ ŵĥåţ ýöû ţýþéđ çöûļđ ñöţ ƀé šåṽéđ:

{fields}

Çĥööšé Ýéš ţö ļéåṽé ŵîţĥöûţ îţ, öŕ Ñö ţö šţåý åñđ þûţ îţ ŕîĝĥţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="177" />
            <source>{section}, {field}: {why}</source>
            <translation>[{section}, {field}: {why} ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/page.py" line="46" />
            <source>◀ All partnerships</source>
            <translation>[◀ Åļļ þåŕţñéŕšĥîþš ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>PartnershipsArea</name>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="91" />
            <source>&amp;Add a partnership…</source>
            <translation>[&amp;Ađđ å þåŕţñéŕšĥîþ… ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="173" />
            <source>&amp;Delete…</source>
            <translation>[&amp;Déļéţé… ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="170" />
            <source>&amp;New partnership…</source>
            <translation>[&amp;Néŵ þåŕţñéŕšĥîþ… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="171" />
            <source>&amp;Open</source>
            <translation>[&amp;Oþéñ ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="311" />
            <source>&amp;Restore</source>
            <translation>[&amp;Réšţöŕé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="108" />
            <source>&amp;Search</source>
            <translation>[&amp;Séåŕçĥ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="174" />
            <source>&amp;Undo delete</source>
            <translation>[&amp;Uñđö đéļéţé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="87" />
            <source>A partnership is any group of organisations working together towards a shared goal. Add the first one your group sits on.</source>
            <translation>[Å þåŕţñéŕšĥîþ îš åñý ĝŕöûþ öƒ öŕĝåñîšåţîöñš ŵöŕķîñĝ ţöĝéţĥéŕ ţöŵåŕđš å šĥåŕéđ ĝöåļ. Åđđ ţĥé ƒîŕšţ öñé ýöûŕ ĝŕöûþ šîţš öñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="122" />
            <source>Any role</source>
            <translation>[Åñý ŕöļé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="116" />
            <source>Any status</source>
            <translation>[Åñý šţåţûš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="119" />
            <source>Any theme</source>
            <translation>[Åñý ţĥéɱé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="172" />
            <source>Ar&amp;chive</source>
            <translation>[Åŕ&amp;cĥîṽé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="312" />
            <source>Archive</source>
            <translation>[Åŕçĥîṽé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="360" />
            <source>Archived. Tick “Show archived” to see it again.</source>
            <translation>[Åŕçĥîṽéđ. Ţîçķ “Šĥöŵ åŕçĥîṽéđ” ţö šéé îţ åĝåîñ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="405" />
            <source>Cannot undo</source>
            <translation>[Çåññöţ ûñđö ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="370" />
            <source>Delete this partnership?</source>
            <translation>[Đéļéţé ţĥîš þåŕţñéŕšĥîþ? ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="371" />
            <source>Delete “{name}” and everything recorded about it: partners, meetings, the plan and reviews?

You can undo this until you close Partnerbook. To put a partnership away safely, archive it instead.</source>
            <translation>[Đéļéţé “{name}” åñđ éṽéŕýţĥîñĝ ŕéçöŕđéđ åƀöûţ îţ: þåŕţñéŕš, ɱééţîñĝš, ţĥé þļåñ åñđ ŕéṽîéŵš?

Ýöû çåñ ûñđö ţĥîš ûñţîļ ýöû çļöšé Þåŕţñéŕƀööķ. Ţö þûţ å þåŕţñéŕšĥîþ åŵåý šåƒéļý, åŕçĥîṽé îţ îñšţéåđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="386" />
            <source>Deleted “{name}”. Undo delete brings it back.</source>
            <translation>[Đéļéţéđ “{name}”. Ûñđö đéļéţé ƀŕîñĝš îţ ƀåçķ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="166" />
            <source>Double-click a partnership, or press Enter, to open it.</source>
            <translation>[Đöûƀļé-çļîçķ å þåŕţñéŕšĥîþ, öŕ þŕéšš Éñţéŕ, ţö öþéñ îţ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="110" />
            <source>Name, area or theme</source>
            <translation>[Ñåɱé, åŕéå öŕ ţĥéɱé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="86" />
            <source>No partnerships yet</source>
            <translation>[Ñö þåŕţñéŕšĥîþš ýéţ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="121" />
            <source>Our ro&amp;le</source>
            <translation>[Öûŕ ŕö&amp;lé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="145" />
            <source>Partnerships</source>
            <translation>[Þåŕţñéŕšĥîþš ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="312" />
            <source>Restore</source>
            <translation>[Ŕéšţöŕé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="354" />
            <source>Restored</source>
            <translation>[Ŕéšţöŕéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="115" />
            <source>S&amp;tatus</source>
            <translation>[Š&amp;tåţûš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="111" />
            <source>Search partnerships</source>
            <translation>[Šéåŕçĥ þåŕţñéŕšĥîþš ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="125" />
            <source>Show &amp;archived</source>
            <translation>[Šĥöŵ &amp;aŕçĥîṽéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="126" />
            <source>Show archived partnerships</source>
            <translation>[Šĥöŵ åŕçĥîṽéđ þåŕţñéŕšĥîþš ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="280" />
            <source>Showing {shown} of {total}</source>
            <translation>[Šĥöŵîñĝ {shown} öƒ {total} ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="119" />
            <source>The&amp;me</source>
            <translation>[Ţĥé&amp;mé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register.py" line="402" />
            <source>“{name}” is back.</source>
            <translation>[“{name}” îš ƀåçķ. ~~]</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <location filename="../../desktop/ui/people.py" line="163" />
            <source> years ago</source>
            <translation>[ ýéåŕš åĝö ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="180" />
            <source>&amp;Close</source>
            <translation>[&amp;Cļöšé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="175" />
            <source>&amp;Forget this person…</source>
            <translation>[&amp;Föŕĝéţ ţĥîš þéŕšöñ… ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="176" />
            <source>&amp;Merge duplicates…</source>
            <translation>[&amp;Méŕĝé đûþļîçåţéš… ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="160" />
            <source>&amp;Remind me about people who left more than</source>
            <translation>[&amp;Réɱîñđ ɱé åƀöûţ þéöþļé ŵĥö ļéƒţ ɱöŕé ţĥåñ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="366" />
            <source>Backups still hold their details</source>
            <translation>[Ɓåçķûþš šţîļļ ĥöļđ ţĥéîŕ đéţåîļš ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="70" />
            <source>Email</source>
            <translation>[Éɱåîļ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="70" />
            <source>End of term</source>
            <translation>[Éñđ öƒ ţéŕɱ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="174" />
            <source>Export as &amp;JSON…</source>
            <translation>[Éẋþöŕţ åš &amp;JŠÖÑ… ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="173" />
            <source>Export as &amp;PDF…</source>
            <translation>[Éẋþöŕţ åš &amp;PĐƑ… ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="307" />
            <source>Forget {name}?</source>
            <translation>[Ƒöŕĝéţ {name}? ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="338" />
            <source>Forgetting</source>
            <translation>[Ƒöŕĝéţţîñĝ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="90" />
            <source>Forgotten</source>
            <translation>[Ƒöŕĝöţţéñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="210" />
            <source>If your group no longer needs their details, forget them.</source>
            <translation>[Îƒ ýöûŕ ĝŕöûþ ñö ļöñĝéŕ ñééđš ţĥéîŕ đéţåîļš, ƒöŕĝéţ ţĥéɱ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="259" />
            <source>JSON (*.json)</source>
            <translation>[ĴŠÖÑ (*.ĵšöñ) ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="95" />
            <source>Left</source>
            <translation>[Ļéƒţ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="92" />
            <source>Left long ago: review</source>
            <translation>[Ļéƒţ ļöñĝ åĝö: ŕéṽîéŵ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="85" />
            <source>Merge these records?</source>
            <translation>[Ṁéŕĝé ţĥéšé ŕéçöŕđš? ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="96" />
            <source>Merged</source>
            <translation>[Ṁéŕĝéđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="70" />
            <source>Name</source>
            <translation>[Ñåɱé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="130" />
            <source>Names and contact details are kept here and nowhere else. You can give someone a copy of everything held about them, or forget them: their name and details are removed, and the meetings and roles they took part in stay as “Former representative”.</source>
            <translation>[Ñåɱéš åñđ çöñţåçţ đéţåîļš åŕé ķéþţ ĥéŕé åñđ ñöŵĥéŕé éļšé. Ýöû çåñ ĝîṽé šöɱéöñé å çöþý öƒ éṽéŕýţĥîñĝ ĥéļđ åƀöûţ ţĥéɱ, öŕ ƒöŕĝéţ ţĥéɱ: ţĥéîŕ ñåɱé åñđ đéţåîļš åŕé ŕéɱöṽéđ, åñđ ţĥé ɱééţîñĝš åñđ ŕöļéš ţĥéý ţööķ þåŕţ îñ šţåý åš “Ƒöŕɱéŕ ŕéþŕéšéñţåţîṽé”. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="41" />
            <source>No: {name} is a new person</source>
            <translation>[Ñö: {name} îš å ñéŵ þéŕšöñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="351" />
            <source>Not forgotten</source>
            <translation>[Ñöţ ƒöŕĝöţţéñ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="98" />
            <source>Not merged</source>
            <translation>[Ñöţ ɱéŕĝéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="279" />
            <source>Not saved</source>
            <translation>[Ñöţ šåṽéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="348" />
            <source>Nothing was changed, because the backup made first failed: {why}</source>
            <translation>[Ñöţĥîñĝ ŵåš çĥåñĝéđ, ƀéçåûšé ţĥé ƀåçķûþ ɱåđé ƒîŕšţ ƒåîļéđ: {why} ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="203" />
            <source>One person's term ended more than {years} years ago: {names}.</source>
            <translation>[Öñé þéŕšöñ'š ţéŕɱ éñđéđ ɱöŕé ţĥåñ {years} ýéåŕš åĝö: {names}. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="259" />
            <source>PDF (*.pdf)</source>
            <translation>[ÞĐƑ (*.þđƒ) ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="126" />
            <source>People</source>
            <translation>[Þéöþļé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="70" />
            <source>Phone</source>
            <translation>[Þĥöñé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="243" />
            <source>Reminder saved</source>
            <translation>[Ŕéɱîñđéŕ šåṽéđ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="308" />
            <source>Remove {name}'s name and contact details from Partnerbook? The meetings and roles they took part in stay, as “Former representative”.

A backup is made first. This cannot be undone in the app.</source>
            <translation>[Ŕéɱöṽé {name}'š ñåɱé åñđ çöñţåçţ đéţåîļš ƒŕöɱ Þåŕţñéŕƀööķ? Ţĥé ɱééţîñĝš åñđ ŕöļéš ţĥéý ţööķ þåŕţ îñ šţåý, åš “Ƒöŕɱéŕ ŕéþŕéšéñţåţîṽé”.

Å ƀåçķûþ îš ɱåđé ƒîŕšţ. Ţĥîš çåññöţ ƀé ûñđöñé îñ ţĥé åþþ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="257" />
            <source>Save everything held about {name}</source>
            <translation>[Šåṽé éṽéŕýţĥîñĝ ĥéļđ åƀöûţ {name} ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="119" />
            <source>Saved</source>
            <translation>[Šåṽéđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="275" />
            <source>Saved {path}</source>
            <translation>[Šåṽéđ {path} ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="94" />
            <source>Serving</source>
            <translation>[Šéŕṽîñĝ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="45" />
            <source>Someone already in your records?</source>
            <translation>[Šöɱéöñé åļŕéåđý îñ ýöûŕ ŕéçöŕđš? ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="70" />
            <source>Status</source>
            <translation>[Šţåţûš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="283" />
            <source>The copy</source>
            <translation>[Ţĥé çöþý ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="73" />
            <source>These may be the same person: {names}.</source>
            <translation>[Ţĥéšé ɱåý ƀé ţĥé šåɱé þéŕšöñ: {names}. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="86" />
            <source>These records look like one person:

{listing}

Merge them into one? Every role, meeting, action and review they are named in stays, under the one record; contact details missing from the first are taken from the others.</source>
            <translation>[Ţĥéšé ŕéçöŕđš ļööķ ļîķé öñé þéŕšöñ:

{listing}

Ṁéŕĝé ţĥéɱ îñţö öñé? Éṽéŕý ŕöļé, ɱééţîñĝ, åçţîöñ åñđ ŕéṽîéŵ ţĥéý åŕé ñåɱéđ îñ šţåýš, ûñđéŕ ţĥé öñé ŕéçöŕđ; çöñţåçţ đéţåîļš ɱîššîñĝ ƒŕöɱ ţĥé ƒîŕšţ åŕé ţåķéñ ƒŕöɱ ţĥé öţĥéŕš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="164" />
            <source>Years after which to be reminded</source>
            <translation>[Ýéåŕš åƒţéŕ ŵĥîçĥ ţö ƀé ŕéɱîñđéđ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="42" />
            <source>Yes: {who}</source>
            <translation>[Ýéš: {who} ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="363" />
            <source>and {count} more</source>
            <translation>[åñđ {count} ɱöŕé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="205" />
            <source>{count} people's terms ended more than {years} years ago: {names}.</source>
            <translation>[{count} þéöþļé'š ţéŕɱš éñđéđ ɱöŕé ţĥåñ {years} ýéåŕš åĝö: {names}. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="71" />
            <source>{name} ({count} records)</source>
            <translation>[{name} ({count} ŕéçöŕđš) ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="378" />
            <source>{name} has been forgotten.</source>
            <translation>[{name} ĥåš ƀééñ ƒöŕĝöţţéñ. ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people.py" line="367" />
            <source>{name} has been forgotten. These {count} backups still hold their name and contact details:

{listing}

Old backups are removed automatically over the coming months. Delete these backups now? (Your records are not affected.)</source>
            <translation>[{name} ĥåš ƀééñ ƒöŕĝöţţéñ. Ţĥéšé {count} ƀåçķûþš šţîļļ ĥöļđ ţĥéîŕ ñåɱé åñđ çöñţåçţ đéţåîļš:

{listing}

Öļđ ƀåçķûþš åŕé ŕéɱöṽéđ åûţöɱåţîçåļļý öṽéŕ ţĥé çöɱîñĝ ɱöñţĥš. Đéļéţé ţĥéšé ƀåçķûþš ñöŵ? (Ýöûŕ ŕéçöŕđš åŕé ñöţ åƒƒéçţéđ.) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/people_duplicates.py" line="46" />
            <source>{name} is already in your records. Is this the same person? Choosing them keeps one record, so their roles, meetings and details stay together.</source>
            <translation>[{name} îš åļŕéåđý îñ ýöûŕ ŕéçöŕđš. Îš ţĥîš ţĥé šåɱé þéŕšöñ? Çĥööšîñĝ ţĥéɱ ķééþš öñé ŕéçöŕđ, šö ţĥéîŕ ŕöļéš, ɱééţîñĝš åñđ đéţåîļš šţåý ţöĝéţĥéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>PeriodChooser</name>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="62" />
            <source>&amp;Period:</source>
            <translation>[&amp;Péŕîöđ: ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="64" />
            <source>&amp;Quarter:</source>
            <translation>[&amp;Qûåŕţéŕ: ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="38" />
            <source>Dates I choose</source>
            <translation>[Đåţéš Î çĥööšé ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="63" />
            <source>Financial &amp;year:</source>
            <translation>[Ƒîñåñçîåļ &amp;yéåŕ: ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="36" />
            <source>Financial year</source>
            <translation>[Ƒîñåñçîåļ ýéåŕ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="65" />
            <source>Fro&amp;m:</source>
            <translation>[Ƒŕö&amp;m: ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="48" />
            <source>Q1: April to June</source>
            <translation>[Ǫ1: Åþŕîļ ţö Ĵûñé ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="49" />
            <source>Q2: July to September</source>
            <translation>[Ǫ2: Ĵûļý ţö Šéþţéɱƀéŕ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="50" />
            <source>Q3: October to December</source>
            <translation>[Ǫ3: Öçţöƀéŕ ţö Đéçéɱƀéŕ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="51" />
            <source>Q4: January to March</source>
            <translation>[Ǫ4: Ĵåñûåŕý ţö Ṁåŕçĥ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="37" />
            <source>Quarter</source>
            <translation>[Ǫûåŕţéŕ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/period_chooser.py" line="66" />
            <source>Up &amp;to:</source>
            <translation>[Ûþ &amp;tö: ~]</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="110" />
            <source>Add a f&amp;unding line</source>
            <translation>[Åđđ å ƒ&amp;uñđîñĝ ļîñé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="71" />
            <source>Add a mi&amp;lestone</source>
            <translation>[Åđđ å ɱî&amp;léšţöñé ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="85" />
            <source>Add a p&amp;riority</source>
            <translation>[Åđđ å þ&amp;rîöŕîţý ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="92" />
            <source>Add an action or ste&amp;p</source>
            <translation>[Åđđ åñ åçţîöñ öŕ šţé&amp;p ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="78" />
            <source>Add an area for a&amp;ction</source>
            <translation>[Åđđ åñ åŕéå ƒöŕ å&amp;cţîöñ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="99" />
            <source>Add an out&amp;come</source>
            <translation>[Åđđ åñ öûţ&amp;cöɱé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="116" />
            <source>Aims and outputs</source>
            <translation>[Åîɱš åñđ öûţþûţš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="75" />
            <source>Aims and outputs, one row for each area for action</source>
            <translation>[Åîɱš åñđ öûţþûţš, öñé ŕöŵ ƒöŕ éåçĥ åŕéå ƒöŕ åçţîöñ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="103" />
            <source>Budget for voluntary sector involvement (Code 4.4)</source>
            <translation>[Ɓûđĝéţ ƒöŕ ṽöļûñţåŕý šéçţöŕ îñṽöļṽéɱéñţ (Çöđé 4.4) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="107" />
            <source>Funding</source>
            <translation>[Ƒûñđîñĝ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="52" />
            <source>How &amp;much</source>
            <translation>[Ĥöŵ &amp;mûçĥ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="89" />
            <source>Immediate actions and future steps for this priority</source>
            <translation>[Îɱɱéđîåţé åçţîöñš åñđ ƒûţûŕé šţéþš ƒöŕ ţĥîš þŕîöŕîţý ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="51" />
            <source>Is there a &amp;budget for us to take part?</source>
            <translation>[Îš ţĥéŕé å &amp;bûđĝéţ ƒöŕ ûš ţö ţåķé þåŕţ? ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="115" />
            <source>Milestones</source>
            <translation>[Ṁîļéšţöñéš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="68" />
            <source>Milestones on a clear timescale (Code 4.3)</source>
            <translation>[Ṁîļéšţöñéš öñ å çļéåŕ ţîɱéšçåļé (Çöđé 4.3) ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="172" />
            <source>New action</source>
            <translation>[Ñéŵ åçţîöñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="139" />
            <source>New area for action</source>
            <translation>[Ñéŵ åŕéå ƒöŕ åçţîöñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="157" />
            <source>New funding line</source>
            <translation>[Ñéŵ ƒûñđîñĝ ļîñé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="133" />
            <source>New milestone</source>
            <translation>[Ñéŵ ɱîļéšţöñé ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="151" />
            <source>New outcome</source>
            <translation>[Ñéŵ öûţçöɱé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="145" />
            <source>New priority</source>
            <translation>[Ñéŵ þŕîöŕîţý ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="53" />
            <source>Notes about the budget</source>
            <translation>[Ñöţéš åƀöûţ ţĥé ƀûđĝéţ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="118" />
            <source>Outcomes</source>
            <translation>[Öûţçöɱéš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="96" />
            <source>Outcomes in the short, medium and long term</source>
            <translation>[Öûţçöɱéš îñ ţĥé šĥöŕţ, ɱéđîûɱ åñđ ļöñĝ ţéŕɱ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="62" />
            <source>Parts of the plan</source>
            <translation>[Þåŕţš öƒ ţĥé þļåñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="82" />
            <source>Priorities</source>
            <translation>[Þŕîöŕîţîéš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="93" />
            <source>Remove this action</source>
            <translation>[Ŕéɱöṽé ţĥîš åçţîöñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="111" />
            <source>Remove this funding line</source>
            <translation>[Ŕéɱöṽé ţĥîš ƒûñđîñĝ ļîñé ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="72" />
            <source>Remove this milestone</source>
            <translation>[Ŕéɱöṽé ţĥîš ɱîļéšţöñé ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="100" />
            <source>Remove this outcome</source>
            <translation>[Ŕéɱöṽé ţĥîš öûţçöɱé ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="86" />
            <source>Remove this priority</source>
            <translation>[Ŕéɱöṽé ţĥîš þŕîöŕîţý ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="79" />
            <source>Remove this row</source>
            <translation>[Ŕéɱöṽé ţĥîš ŕöŵ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/plan_tab.py" line="198" />
            <source>Saved</source>
            <translation>[Šåṽéđ ~~]</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="352" />
            <source>"bands" needs at least one band, starting at 0.</source>
            <translation>["ƀåñđš" ñééđš åţ ļéåšţ öñé ƀåñđ, šţåŕţîñĝ åţ 0. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="523" />
            <source>"domain" is only used for questions in sections of kind "scored".</source>
            <translation>["đöɱåîñ" îš öñļý ûšéđ ƒöŕ ǫûéšţîöñš îñ šéçţîöñš öƒ ķîñđ "šçöŕéđ". ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="210" />
            <source>"format" is missing. Put format = 1 at the top of the file.</source>
            <translation>["ƒöŕɱåţ" îš ɱîššîñĝ. Þûţ ƒöŕɱåţ = 1 åţ ţĥé ţöþ öƒ ţĥé ƒîļé. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="213" />
            <source>"format" must be a whole number, such as 1.</source>
            <translation>["ƒöŕɱåţ" ɱûšţ ƀé å ŵĥöļé ñûɱƀéŕ, šûçĥ åš 1. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="378" />
            <source>"from" must be at least 0 and below 100, not {start}.</source>
            <translation>["ƒŕöɱ" ɱûšţ ƀé åţ ļéåšţ 0 åñđ ƀéļöŵ 100, ñöţ {start}. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="466" />
            <source>"kind" must be "{expected}" for this section, not "{kind}".</source>
            <translation>["ķîñđ" ɱûšţ ƀé "{expected}" ƒöŕ ţĥîš šéçţîöñ, ñöţ "{kind}". ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="92" />
            <source>"need_help" names the option "{key}", but the scale has no such option.</source>
            <translation>["ñééđ_ĥéļþ" ñåɱéš ţĥé öþţîöñ "{key}", ƀûţ ţĥé šçåļé ĥåš ñö šûçĥ öþţîöñ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="512" />
            <source>"ref" must be G: followed by the term in lower-case words joined by hyphens, such as "G:added-value", not "{ref}".</source>
            <translation>["ŕéƒ" ɱûšţ ƀé Ĝ: ƒöļļöŵéđ ƀý ţĥé ţéŕɱ îñ ļöŵéŕ-çåšé ŵöŕđš ĵöîñéđ ƀý ĥýþĥéñš, šûçĥ åš "Ĝ:åđđéđ-ṽåļûé", ñöţ "{ref}". ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="521" />
            <source>"ref" must be the clause followed by a letter in brackets, such as "{clause}(a)", not "{ref}".</source>
            <translation>["ŕéƒ" ɱûšţ ƀé ţĥé çļåûšé ƒöļļöŵéđ ƀý å ļéţţéŕ îñ ƀŕåçķéţš, šûçĥ åš "{clause}(å)", ñöţ "{ref}". ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="481" />
            <source>"reversed" is only used for questions in sections of kind "scored".</source>
            <translation>["ŕéṽéŕšéđ" îš öñļý ûšéđ ƒöŕ ǫûéšţîöñš îñ šéçţîöñš öƒ ķîñđ "šçöŕéđ". ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="334" />
            <source>"score" must be from 0 to 100, not {score}.</source>
            <translation>["šçöŕé" ɱûšţ ƀé ƒŕöɱ 0 ţö 100, ñöţ {score}. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="317" />
            <source>"to" ({end:g}) is below "from" ({start:g}).</source>
            <translation>["ţö" ({end:g}) îš ƀéļöŵ "ƒŕöɱ" ({start:g}). ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/scoring.py" line="198" />
            <source>"{answer}" is not one of the answers this framework allows ({known}).</source>
            <translation>["{answer}" îš ñöţ öñé öƒ ţĥé åñšŵéŕš ţĥîš ƒŕåɱéŵöŕķ åļļöŵš ({known}). ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/joining.py" line="84" />
            <source>"{decision}" is not a decision Partnerbook knows.</source>
            <translation>["{decision}" îš ñöţ å đéçîšîöñ Þåŕţñéŕƀööķ ķñöŵš. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="238" />
            <source>"{key}" cannot be "{value}".</source>
            <translation>["{key}" çåññöţ ƀé "{value}". ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="144" />
            <source>"{key}" contains a control character.</source>
            <translation>["{key}" çöñţåîñš å çöñţŕöļ çĥåŕåçţéŕ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="125" />
            <source>"{key}" contains a control character; remove it.</source>
            <translation>["{key}" çöñţåîñš å çöñţŕöļ çĥåŕåçţéŕ; ŕéɱöṽé îţ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="123" />
            <source>"{key}" is empty.</source>
            <translation>["{key}" îš éɱþţý. ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="107" />
            <source>"{key}" is missing.</source>
            <translation>["{key}" îš ɱîššîñĝ. ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="88" />
            <source>"{key}" is not a key Partnerbook knows here.</source>
            <translation>["{key}" îš ñöţ å ķéý Þåŕţñéŕƀööķ ķñöŵš ĥéŕé. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="92" />
            <source>"{key}" is not a key Partnerbook knows here; did you mean "{close}"?</source>
            <translation>["{key}" îš ñöţ å ķéý Þåŕţñéŕƀööķ ķñöŵš ĥéŕé; đîđ ýöû ɱéåñ "{close}"? ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="98" />
            <source>"{key}" is not a key Partnerbook knows here; the keys allowed here are {allowed}.</source>
            <translation>["{key}" îš ñöţ å ķéý Þåŕţñéŕƀööķ ķñöŵš ĥéŕé; ţĥé ķéýš åļļöŵéđ ĥéŕé åŕé {allowed}. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="365" />
            <source>"{key}" is not used: a band has only a start ("from") and runs up to where the next band starts.</source>
            <translation>["{key}" îš ñöţ ûšéđ: å ƀåñđ ĥåš öñļý å šţåŕţ ("ƒŕöɱ") åñđ ŕûñš ûþ ţö ŵĥéŕé ţĥé ñéẋţ ƀåñđ šţåŕţš. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="316" />
            <source>"{key}" is only used in sections of kind "scored".</source>
            <translation>["{key}" îš öñļý ûšéđ îñ šéçţîöñš öƒ ķîñđ "šçöŕéđ". ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="127" />
            <source>"{key}" is too long ({length:,} characters; the limit is {limit:,}).</source>
            <translation>["{key}" îš ţöö ļöñĝ ({length:,} çĥåŕåçţéŕš; ţĥé ļîɱîţ îš {limit:,}). ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="294" />
            <source>"{key}" must be a list of section keys.</source>
            <translation>["{key}" ɱûšţ ƀé å ļîšţ öƒ šéçţîöñ ķéýš. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="273" />
            <source>"{key}" must be a list of tables.</source>
            <translation>["{key}" ɱûšţ ƀé å ļîšţ öƒ ţåƀļéš. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="197" />
            <source>"{key}" must be a number, such as 3 or 3.5.</source>
            <translation>["{key}" ɱûšţ ƀé å ñûɱƀéŕ, šûçĥ åš 3 öŕ 3.5. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="158" />
            <source>"{key}" must be a number, such as 50.</source>
            <translation>["{key}" ɱûšţ ƀé å ñûɱƀéŕ, šûçĥ åš 50. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="257" />
            <source>"{key}" must be a table.</source>
            <translation>["{key}" ɱûšţ ƀé å ţåƀļé. ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="120" />
            <source>"{key}" must be text in quotes.</source>
            <translation>["{key}" ɱûšţ ƀé ţéẋţ îñ ǫûöţéš. ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="213" />
            <source>"{key}" must be true or false.</source>
            <translation>["{key}" ɱûšţ ƀé ţŕûé öŕ ƒåļšé. ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="147" />
            <source>"{key}" must look like "{example}", not "{value}".</source>
            <translation>["{key}" ɱûšţ ļööķ ļîķé "{example}", ñöţ "{value}". ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="202" />
            <source>"{name}" is named twice in "{use}".</source>
            <translation>["{name}" îš ñåɱéđ ţŵîçé îñ "{use}". ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="70" />
            <source>"{name}" must be a list of tables, each starting with {hint}.</source>
            <translation>["{name}" ɱûšţ ƀé å ļîšţ öƒ ţåƀļéš, éåçĥ šţåŕţîñĝ ŵîţĥ {hint}. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="63" />
            <source>"{name}" must be a table ({hint}).</source>
            <translation>["{name}" ɱûšţ ƀé å ţåƀļé ({hint}). ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="213" />
            <source>"{use}" names the section "{name}", but there is no such section.</source>
            <translation>["{use}" ñåɱéš ţĥé šéçţîöñ "{name}", ƀûţ ţĥéŕé îš ñö šûçĥ šéçţîöñ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="222" />
            <source>"{use}" names the section "{name}", which is of kind "{found}".</source>
            <translation>["{use}" ñåɱéš ţĥé šéçţîöñ "{name}", ŵĥîçĥ îš öƒ ķîñđ "{found}". ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/governance/closure.py" line="74" />
            <source>A closure has no field called {name}.</source>
            <translation>[Å çļöšûŕé ĥåš ñö ƒîéļđ çåļļéđ {name}. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/partner_contacts.py" line="96" />
            <source>A contact has no such field.</source>
            <translation>[Å çöñţåçţ ĥåš ñö šûçĥ ƒîéļđ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/decisions.py" line="113" />
            <source>A decision has no such field.</source>
            <translation>[Å đéçîšîöñ ĥåš ñö šûçĥ ƒîéļđ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="256" />
            <source>A declined need cannot be marked received. If they changed their mind, mark it agreed first.</source>
            <translation>[Å đéçļîñéđ ñééđ çåññöţ ƀé ɱåŕķéđ ŕéçéîṽéđ. Îƒ ţĥéý çĥåñĝéđ ţĥéîŕ ɱîñđ, ɱåŕķ îţ åĝŕééđ ƒîŕšţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people_merge.py" line="204" />
            <source>A forgotten person cannot be merged.</source>
            <translation>[Å ƒöŕĝöţţéñ þéŕšöñ çåññöţ ƀé ɱéŕĝéđ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/group_merges.py" line="148" />
            <source>A group cannot be merged with itself.</source>
            <translation>[Å ĝŕöûþ çåññöţ ƀé ɱéŕĝéđ ŵîţĥ îţšéļƒ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/resources.py" line="235" />
            <source>A part agreement is less than the estimate; for the whole amount choose “Agreed”.</source>
            <translation>[Å þåŕţ åĝŕééɱéñţ îš ļéšš ţĥåñ ţĥé éšţîɱåţé; ƒöŕ ţĥé ŵĥöļé åɱöûñţ çĥööšé “Åĝŕééđ”. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="146" />
            <source>A partner cannot leave before it joined.</source>
            <translation>[Å þåŕţñéŕ çåññöţ ļéåṽé ƀéƒöŕé îţ ĵöîñéđ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaires.py" line="142" />
            <source>A partner's name is limited to {limit} characters.</source>
            <translation>[Å þåŕţñéŕ'š ñåɱé îš ļîɱîţéđ ţö {limit} çĥåŕåçţéŕš. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="367" />
            <source>A partnership called '{name}' has been added since the file was checked, so nothing was imported. Check the file again.</source>
            <translation>[Å þåŕţñéŕšĥîþ çåļļéđ '{name}' ĥåš ƀééñ åđđéđ šîñçé ţĥé ƒîļé ŵåš çĥéçķéđ, šö ñöţĥîñĝ ŵåš îɱþöŕţéđ. Çĥéçķ ţĥé ƒîļé åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/merges.py" line="53" />
            <source>A partnership cannot be merged with itself.</source>
            <translation>[Å þåŕţñéŕšĥîþ çåññöţ ƀé ɱéŕĝéđ ŵîţĥ îţšéļƒ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="152" />
            <source>A partnership cannot sit under itself.</source>
            <translation>[Å þåŕţñéŕšĥîþ çåññöţ šîţ ûñđéŕ îţšéļƒ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/governance/structure.py" line="75" />
            <source>A partnership has no field called {name}.</source>
            <translation>[Å þåŕţñéŕšĥîþ ĥåš ñö ƒîéļđ çåļļéđ {name}. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="103" />
            <source>A quorum is a whole number, 1 or more.</source>
            <translation>[Å ǫûöŕûɱ îš å ŵĥöļé ñûɱƀéŕ, 1 öŕ ɱöŕé. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="108" />
            <source>A quorum of {n} members is more than any partnership has.</source>
            <translation>[Å ǫûöŕûɱ öƒ {n} ɱéɱƀéŕš îš ɱöŕé ţĥåñ åñý þåŕţñéŕšĥîþ ĥåš. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/seats.py" line="112" />
            <source>A representative has no such field.</source>
            <translation>[Å ŕéþŕéšéñţåţîṽé ĥåš ñö šûçĥ ƒîéļđ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/review_checks.py" line="82" />
            <source>A respondent's name is limited to {limit} characters.</source>
            <translation>[Å ŕéšþöñđéñţ'š ñåɱé îš ļîɱîţéđ ţö {limit} çĥåŕåçţéŕš. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/review_checks.py" line="71" />
            <source>A review can hold up to {limit} respondents.</source>
            <translation>[Å ŕéṽîéŵ çåñ ĥöļđ ûþ ţö {limit} ŕéšþöñđéñţš. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="426" />
            <source>A secure connection to the server for {label} could not be made ({why}). Check the server's certificate and the sslmode setting.</source>
            <translation>[Å šéçûŕé çöññéçţîöñ ţö ţĥé šéŕṽéŕ ƒöŕ {label} çöûļđ ñöţ ƀé ɱåđé ({why}). Çĥéçķ ţĥé šéŕṽéŕ'š çéŕţîƒîçåţé åñđ ţĥé ššļɱöđé šéţţîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="105" />
            <source>A share of the members is 100% at most.</source>
            <translation>[Å šĥåŕé öƒ ţĥé ɱéɱƀéŕš îš 100% åţ ɱöšţ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/partnership_rules.py" line="100" />
            <source>A time-limited partnership needs an end date.</source>
            <translation>[Å ţîɱé-ļîɱîţéđ þåŕţñéŕšĥîþ ñééđš åñ éñđ đåţé. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/governance/registers.py" line="69" />
            <source>A {kind} has no field called {name}.</source>
            <translation>[Å {kind} ĥåš ñö ƒîéļđ çåļļéđ {name}. ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="230" />
            <source>Add [[sections.bands]] with key, label, from, meaning and next_step.</source>
            <translation>[Åđđ [[šéçţîöñš.ƀåñđš]] ŵîţĥ ķéý, ļåƀéļ, ƒŕöɱ, ɱéåñîñĝ åñđ ñéẋţ_šţéþ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="194" />
            <source>Add [[sections.domains]], or use level = "tool".</source>
            <translation>[Åđđ [[šéçţîöñš.đöɱåîñš]], öŕ ûšé ļéṽéļ = "ţööļ". ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="531" />
            <source>Add a line such as domain = "{example}".</source>
            <translation>[Åđđ å ļîñé šûçĥ åš đöɱåîñ = "{example}". ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="375" />
            <source>Add a line such as scale = "agreement", naming one of the [scales.…].</source>
            <translation>[Åđđ å ļîñé šûçĥ åš šçåļé = "åĝŕééɱéñţ", ñåɱîñĝ öñé öƒ ţĥé [šçåļéš.…]. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="107" />
            <source>Add a line such as {example}.</source>
            <translation>[Åđđ å ļîñé šûçĥ åš {example}. ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="460" />
            <source>Add at least one [[sections.items]] after it.</source>
            <translation>[Åđđ åţ ļéåšţ öñé [[šéçţîöñš.îţéɱš]] åƒţéŕ îţ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="245" />
            <source>Add at least one [[sections]].</source>
            <translation>[Åđđ åţ ļéåšţ öñé [[šéçţîöñš]]. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="109" />
            <source>Add at least one.</source>
            <translation>[Åđđ åţ ļéåšţ öñé. ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="463" />
            <source>Agreed</source>
            <translation>[Åĝŕééđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="227" />
            <source>Also called</source>
            <translation>[Åļšö çåļļéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="114" />
            <source>An induction date is given, but no induction was received.</source>
            <translation>[Åñ îñđûçţîöñ đåţé îš ĝîṽéñ, ƀûţ ñö îñđûçţîöñ ŵåš ŕéçéîṽéđ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/how_run.py" line="188" />
            <source>An office has no such field.</source>
            <translation>[Åñ öƒƒîçé ĥåš ñö šûçĥ ƒîéļđ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/lifecycle.py" line="106" />
            <source>Another partnership is now called '{name}', so the deleted one cannot come back under that name. Rename the other one first.</source>
            <translation>[Åñöţĥéŕ þåŕţñéŕšĥîþ îš ñöŵ çåļļéđ '{name}', šö ţĥé đéļéţéđ öñé çåññöţ çöɱé ƀåçķ ûñđéŕ ţĥåţ ñåɱé. Ŕéñåɱé ţĥé öţĥéŕ öñé ƒîŕšţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/opening.py" line="81" />
            <source>Another program is holding your records file, {file}, so Partnerbook cannot open it. Close programs that may be using it (a backup or file-sync program, or Partnerbook on another computer), then try again. Your records have not been changed.</source>
            <translation>[Åñöţĥéŕ þŕöĝŕåɱ îš ĥöļđîñĝ ýöûŕ ŕéçöŕđš ƒîļé, {file}, šö Þåŕţñéŕƀööķ çåññöţ öþéñ îţ. Çļöšé þŕöĝŕåɱš ţĥåţ ɱåý ƀé ûšîñĝ îţ (å ƀåçķûþ öŕ ƒîļé-šýñç þŕöĝŕåɱ, öŕ Þåŕţñéŕƀööķ öñ åñöţĥéŕ çöɱþûţéŕ), ţĥéñ ţŕý åĝåîñ. Ýöûŕ ŕéçöŕđš ĥåṽé ñöţ ƀééñ çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="108" />
            <source>Another program is using your records</source>
            <translation>[Åñöţĥéŕ þŕöĝŕåɱ îš ûšîñĝ ýöûŕ ŕéçöŕđš ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="280" />
            <source>Another program is using {database}, so nothing was restored. Close it and try again. Nothing changed.</source>
            <translation>[Åñöţĥéŕ þŕöĝŕåɱ îš ûšîñĝ {database}, šö ñöţĥîñĝ ŵåš ŕéšţöŕéđ. Çļöšé îţ åñđ ţŕý åĝåîñ. Ñöţĥîñĝ çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="143" />
            <source>App version</source>
            <translation>[Åþþ ṽéŕšîöñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="73" />
            <source>Area</source>
            <translation>[Åŕéå ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="38" />
            <source>Automatic (while you worked)</source>
            <translation>[Åûţöɱåţîç (ŵĥîļé ýöû ŵöŕķéđ) ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="686" />
            <source>Average score</source>
            <translation>[Åṽéŕåĝé šçöŕé ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="688" />
            <source>Bands given</source>
            <translation>[Ɓåñđš ĝîṽéñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="43" />
            <source>Before a restore</source>
            <translation>[Ɓéƒöŕé å ŕéšţöŕé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="42" />
            <source>Before an import</source>
            <translation>[Ɓéƒöŕé åñ îɱþöŕţ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="41" />
            <source>Before an update</source>
            <translation>[Ɓéƒöŕé åñ ûþđåţé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="44" />
            <source>Before forgetting a person</source>
            <translation>[Ɓéƒöŕé ƒöŕĝéţţîñĝ å þéŕšöñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="45" />
            <source>Before withdrawing a return</source>
            <translation>[Ɓéƒöŕé ŵîţĥđŕåŵîñĝ å ŕéţûŕñ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="282" />
            <source>Both '{first}' and '{second}' are set to {label}. Choose one of them.</source>
            <translation>[Ɓöţĥ '{first}' åñđ '{second}' åŕé šéţ ţö {label}. Çĥööšé öñé öƒ ţĥéɱ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="380" />
            <source>Category</source>
            <translation>[Çåţéĝöŕý ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="354" />
            <source>Check the number, and whether the section is scored by sum or by mean.</source>
            <translation>[Çĥéçķ ţĥé ñûɱƀéŕ, åñđ ŵĥéţĥéŕ ţĥé šéçţîöñ îš šçöŕéđ ƀý šûɱ öŕ ƀý ɱéåñ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="156" />
            <source>Choose a category from the list.</source>
            <translation>[Çĥööšé å çåţéĝöŕý ƒŕöɱ ţĥé ļîšţ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="119" />
            <source>Choose a number from 1 (low) to 5 (high).</source>
            <translation>[Çĥööšé å ñûɱƀéŕ ƒŕöɱ 1 (ļöŵ) ţö 5 (ĥîĝĥ). ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/resources.py" line="140" />
            <source>Choose a partnership from the list.</source>
            <translation>[Çĥööšé å þåŕţñéŕšĥîþ ƒŕöɱ ţĥé ļîšţ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/cvs_keys.py" line="59" />
            <source>Choose a passphrase of at least {n} characters (a few words you will remember work well). It protects the CVS's keys; write it down and keep it somewhere safe.</source>
            <translation>[Çĥööšé å þåššþĥŕåšé öƒ åţ ļéåšţ {n} çĥåŕåçţéŕš (å ƒéŵ ŵöŕđš ýöû ŵîļļ ŕéɱéɱƀéŕ ŵöŕķ ŵéļļ). Îţ þŕöţéçţš ţĥé ÇṼŠ'š ķéýš; ŵŕîţé îţ đöŵñ åñđ ķééþ îţ šöɱéŵĥéŕé šåƒé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/partners.py" line="89" />
            <source>Choose a sector from the list.</source>
            <translation>[Çĥööšé å šéçţöŕ ƒŕöɱ ţĥé ļîšţ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="158" />
            <source>Choose a unit from the list.</source>
            <translation>[Çĥööšé å ûñîţ ƒŕöɱ ţĥé ļîšţ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="121" />
            <source>Choose attended, sent apologies or did not attend.</source>
            <translation>[Çĥööšé åţţéñđéđ, šéñţ åþöļöĝîéš öŕ đîđ ñöţ åţţéñđ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="168" />
            <source>Choose one of: {allowed}.</source>
            <translation>[Çĥööšé öñé öƒ: {allowed}. ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="162" />
            <source>Choose present, sent apologies or absent.</source>
            <translation>[Çĥööšé þŕéšéñţ, šéñţ åþöļöĝîéš öŕ åƀšéñţ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/commitments.py" line="170" />
            <source>Choose the owner from the list.</source>
            <translation>[Çĥööšé ţĥé öŵñéŕ ƒŕöɱ ţĥé ļîšţ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people_merge.py" line="201" />
            <source>Choose two or more people to merge.</source>
            <translation>[Çĥööšé ţŵö öŕ ɱöŕé þéöþļé ţö ɱéŕĝé. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="481" />
            <source>Clause</source>
            <translation>[Çļåûšé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/run_view.py" line="42" />
            <source>Closed</source>
            <translation>[Çļöšéđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="85" />
            <source>Contact: {contact}</source>
            <translation>[Çöñţåçţ: {contact} ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="150" />
            <source>Correct the line in a text editor; the rest is checked after that.</source>
            <translation>[Çöŕŕéçţ ţĥé ļîñé îñ å ţéẋţ éđîţöŕ; ţĥé ŕéšţ îš çĥéçķéđ åƒţéŕ ţĥåţ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="70" />
            <source>Current focus</source>
            <translation>[Çûŕŕéñţ ƒöçûš ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/review_outcomes.py" line="139" />
            <source>Describe the action for {ref}.</source>
            <translation>[Đéšçŕîƀé ţĥé åçţîöñ ƒöŕ {ref}. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="61" />
            <source>Describe the outcome.</source>
            <translation>[Đéšçŕîƀé ţĥé öûţçöɱé. ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="67" />
            <source>Describe the risk.</source>
            <translation>[Đéšçŕîƀé ţĥé ŕîšķ. ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="88" />
            <source>Did you mean "{close}"?</source>
            <translation>[Đîđ ýöû ɱéåñ "{close}"? ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="142" />
            <source>Earlier returns replaced</source>
            <translation>[Éåŕļîéŕ ŕéţûŕñš ŕéþļåçéđ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="242" />
            <source>Earlier returns signed by</source>
            <translation>[Éåŕļîéŕ ŕéţûŕñš šîĝñéđ ƀý ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="108" />
            <source>End date</source>
            <translation>[Éñđ đåţé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="327" />
            <source>End the band before lower (its "to"), or start this one higher.</source>
            <translation>[Éñđ ţĥé ƀåñđ ƀéƒöŕé ļöŵéŕ (îţš "ţö"), öŕ šţåŕţ ţĥîš öñé ĥîĝĥéŕ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/money.py" line="34" />
            <source>Enter an amount, for example £12.50.</source>
            <translation>[Éñţéŕ åñ åɱöûñţ, ƒöŕ éẋåɱþļé £12.50. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="99" />
            <source>Enter how many, for example 2.5 (hours) or 24 (miles).</source>
            <translation>[Éñţéŕ ĥöŵ ɱåñý, ƒöŕ éẋåɱþļé 2.5 (ĥöûŕš) öŕ 24 (ɱîļéš). ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/resources.py" line="231" />
            <source>Enter how much was agreed.</source>
            <translation>[Éñţéŕ ĥöŵ ɱûçĥ ŵåš åĝŕééđ. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="178" />
            <source>Enter the estimated cost, or a cost for each unit.</source>
            <translation>[Éñţéŕ ţĥé éšţîɱåţéđ çöšţ, öŕ å çöšţ ƒöŕ éåçĥ ûñîţ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="462" />
            <source>Estimated</source>
            <translation>[Éšţîɱåţéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="492" />
            <source>Every ref must be different in the whole file: change one of them.</source>
            <translation>[Éṽéŕý ŕéƒ ɱûšţ ƀé đîƒƒéŕéñţ îñ ţĥé ŵĥöļé ƒîļé: çĥåñĝé öñé öƒ ţĥéɱ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="244" />
            <source>File</source>
            <translation>[Ƒîļé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="76" />
            <source>Formal or informal</source>
            <translation>[Ƒöŕɱåļ öŕ îñƒöŕɱåļ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="487" />
            <source>Framework</source>
            <translation>[Ƒŕåɱéŵöŕķ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="130" />
            <source>From</source>
            <translation>[Ƒŕöɱ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="127" />
            <source>Fundholder</source>
            <translation>[Ƒûñđĥöļđéŕ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="293" />
            <source>Give each band its own key.</source>
            <translation>[Ĝîṽé éåçĥ ƀåñđ îţš öŵñ ķéý. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="215" />
            <source>Give each domain its own bands ([[sections.domains.bands]]), or set domain_scoring = "mean".</source>
            <translation>[Ĝîṽé éåçĥ đöɱåîñ îţš öŵñ ƀåñđš ([[šéçţîöñš.đöɱåîñš.ƀåñđš]]), öŕ šéţ đöɱåîñ_šçöŕîñĝ = "ɱéåñ". ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="433" />
            <source>Give each domain its own key.</source>
            <translation>[Ĝîṽé éåçĥ đöɱåîñ îţš öŵñ ķéý. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="133" />
            <source>Give each option its own key.</source>
            <translation>[Ĝîṽé éåçĥ öþţîöñ îţš öŵñ ķéý. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/review_checks.py" line="79" />
            <source>Give each respondent a name or a role.</source>
            <translation>[Ĝîṽé éåçĥ ŕéšþöñđéñţ å ñåɱé öŕ å ŕöļé. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="300" />
            <source>Give each section its own key.</source>
            <translation>[Ĝîṽé éåçĥ šéçţîöñ îţš öŵñ ķéý. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="119" />
            <source>Give how many meetings a year, 0 to 366.</source>
            <translation>[Ĝîṽé ĥöŵ ɱåñý ɱééţîñĝš å ýéåŕ, 0 ţö 366. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="342" />
            <source>Give some items domain = "{key}", or remove the domain.</source>
            <translation>[Ĝîṽé šöɱé îţéɱš đöɱåîñ = "{key}", öŕ ŕéɱöṽé ţĥé đöɱåîñ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/packs.py" line="139" />
            <source>Give the CVS's name for the first pack (it is shown to groups).</source>
            <translation>[Ĝîṽé ţĥé ÇṼŠ'š ñåɱé ƒöŕ ţĥé ƒîŕšţ þåçķ (îţ îš šĥöŵñ ţö ĝŕöûþš). ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/governance/closure.py" line="46" />
            <source>Give the date it closed.</source>
            <translation>[Ĝîṽé ţĥé đåţé îţ çļöšéđ. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="53" />
            <source>Give the date of the meeting.</source>
            <translation>[Ĝîṽé ţĥé đåţé öƒ ţĥé ɱééţîñĝ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/review_checks.py" line="25" />
            <source>Give the date of the review.</source>
            <translation>[Ĝîṽé ţĥé đåţé öƒ ţĥé ŕéṽîéŵ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/joining.py" line="95" />
            <source>Give the date the decision was made.</source>
            <translation>[Ĝîṽé ţĥé đåţé ţĥé đéçîšîöñ ŵåš ɱåđé. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="91" />
            <source>Give the date you reported back.</source>
            <translation>[Ĝîṽé ţĥé đåţé ýöû ŕéþöŕţéđ ƀåçķ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="152" />
            <source>Give the name of the person to contact.</source>
            <translation>[Ĝîṽé ţĥé ñåɱé öƒ ţĥé þéŕšöñ ţö çöñţåçţ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/how_run.py" line="204" />
            <source>Give the name of whoever holds the office.</source>
            <translation>[Ĝîṽé ţĥé ñåɱé öƒ ŵĥöéṽéŕ ĥöļđš ţĥé öƒƒîçé. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="408" />
            <source>Give the options a score (leave it out only for answers such as “Don't know”).</source>
            <translation>[Ĝîṽé ţĥé öþţîöñš å šçöŕé (ļéåṽé îţ öûţ öñļý ƒöŕ åñšŵéŕš šûçĥ åš “Đöñ'ţ ķñöŵ”). ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/partners.py" line="71" />
            <source>Give the partner organisation's name.</source>
            <translation>[Ĝîṽé ţĥé þåŕţñéŕ öŕĝåñîšåţîöñ'š ñåɱé. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/partnership_rules.py" line="67" />
            <source>Give the partnership a name.</source>
            <translation>[Ĝîṽé ţĥé þåŕţñéŕšĥîþ å ñåɱé. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/partner_contacts.py" line="61" />
            <source>Give the person's name.</source>
            <translation>[Ĝîṽé ţĥé þéŕšöñ'š ñåɱé. ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="49" />
            <source>Give the representative's name.</source>
            <translation>[Ĝîṽé ţĥé ŕéþŕéšéñţåţîṽé'š ñåɱé. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="143" />
            <source>Give your group's name.</source>
            <translation>[Ĝîṽé ýöûŕ ĝŕöûþ'š ñåɱé. ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/partner_views.py" line="62" />
            <source>Group</source>
            <translation>[Ĝŕöûþ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="226" />
            <source>Groups</source>
            <translation>[Ĝŕöûþš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/rules_import.py" line="33" />
            <source>How decisions are made</source>
            <translation>[Ĥöŵ đéçîšîöñš åŕé ɱåđé ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="132" />
            <source>How often it meets</source>
            <translation>[Ĥöŵ öƒţéñ îţ ɱééţš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="162" />
            <source>How often we report back</source>
            <translation>[Ĥöŵ öƒţéñ ŵé ŕéþöŕţ ƀåçķ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="92" />
            <source>If you say yes, {cvs} becomes your CVS, the frameworks are added, and the deadline shows on Home.</source>
            <translation>[Îƒ ýöû šåý ýéš, {cvs} ƀéçöɱéš ýöûŕ ÇṼŠ, ţĥé ƒŕåɱéŵöŕķš åŕé åđđéđ, åñđ ţĥé đéåđļîñé šĥöŵš öñ Ĥöɱé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="84" />
            <source>It cannot be resolved before it was raised.</source>
            <translation>[Îţ çåññöţ ƀé ŕéšöļṽéđ ƀéƒöŕé îţ ŵåš ŕåîšéđ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/governance/closure.py" line="48" />
            <source>It cannot close before it started.</source>
            <translation>[Îţ çåññöţ çļöšé ƀéƒöŕé îţ šţåŕţéđ. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="157" />
            <source>It cannot sit there: that partnership already sits under this one, so it would go round in a circle. Choose one higher up, or none.</source>
            <translation>[Îţ çåññöţ šîţ ţĥéŕé: ţĥåţ þåŕţñéŕšĥîþ åļŕéåđý šîţš ûñđéŕ ţĥîš öñé, šö îţ ŵöûļđ ĝö ŕöûñđ îñ å çîŕçļé. Çĥööšé öñé ĥîĝĥéŕ ûþ, öŕ ñöñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="87" />
            <source>It sends a framework to use: {file}.</source>
            <translation>[Îţ šéñđš å ƒŕåɱéŵöŕķ ţö ûšé: {file}. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="247" />
            <source>Join some of them.</source>
            <translation>[Ĵöîñ šöɱé öƒ ţĥéɱ. ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/partnership_rules.py" line="69" />
            <source>Keep the name under {limit} characters.</source>
            <translation>[Ķééþ ţĥé ñåɱé ûñđéŕ {limit} çĥåŕåçţéŕš. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/partnership_rules.py" line="80" />
            <source>Keep the short name under {limit} characters.</source>
            <translation>[Ķééþ ţĥé šĥöŕţ ñåɱé ûñđéŕ {limit} çĥåŕåçţéŕš. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="223" />
            <source>Key</source>
            <translation>[Ķéý ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="483" />
            <source>Kind</source>
            <translation>[Ķîñđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/run_view.py" line="40" />
            <source>Last report back</source>
            <translation>[Ļåšţ ŕéþöŕţ ƀåçķ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="114" />
            <source>Lead or chair</source>
            <translation>[Ļéåđ öŕ çĥåîŕ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="239" />
            <source>Line {number}: give the organisation's name.</source>
            <translation>[Ļîñé {number}: ĝîṽé ţĥé öŕĝåñîšåţîöñ'š ñåɱé. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="244" />
            <source>Line {number}: the name is too long.</source>
            <translation>[Ļîñé {number}: ţĥé ñåɱé îš ţöö ļöñĝ. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="227" />
            <source>Line {number}: “{typed}” is not a sector. Use one of: {allowed}.</source>
            <translation>[Ļîñé {number}: “{typed}” îš ñöţ å šéçţöŕ. Ûšé öñé öƒ: {allowed}. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="305" />
            <source>List the bands from lowest to highest; each runs up to where the next one starts.</source>
            <translation>[Ļîšţ ţĥé ƀåñđš ƒŕöɱ ļöŵéšţ ţö ĥîĝĥéšţ; éåçĥ ŕûñš ûþ ţö ŵĥéŕé ţĥé ñéẋţ öñé šţåŕţš. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="40" />
            <source>Made by you</source>
            <translation>[Ṁåđé ƀý ýöû ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="144" />
            <source>Made for</source>
            <translation>[Ṁåđé ƒöŕ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="366" />
            <source>Make its "to" {high:g}, or leave "to" out.</source>
            <translation>[Ṁåķé îţš "ţö" {high:g}, öŕ ļéåṽé "ţö" öûţ. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/rules_import.py" line="34" />
            <source>Meetings a year</source>
            <translation>[Ṁééţîñĝš å ýéåŕ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/frameworks.py" line="275" />
            <source>More than one framework is called “{key}”. Give its id instead: {ids}.</source>
            <translation>[Ṁöŕé ţĥåñ öñé ƒŕåɱéŵöŕķ îš çåļļéđ “{key}”. Ĝîṽé îţš îđ îñšţéåđ: {ids}. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/group_merges.py" line="128" />
            <source>More than one group's id starts with “{typed}”: type more of it.</source>
            <translation>[Ṁöŕé ţĥåñ öñé ĝŕöûþ'š îđ šţåŕţš ŵîţĥ “{typed}”: ţýþé ɱöŕé öƒ îţ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="263" />
            <source>Moving from “{current}” to “{target}” skips {names}. Confirm that you want to skip it.</source>
            <translation>[Ṁöṽîñĝ ƒŕöɱ “{current}” ţö “{target}” šķîþš {names}. Çöñƒîŕɱ ţĥåţ ýöû ŵåñţ ţö šķîþ îţ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="263" />
            <source>Moving from “{current}” to “{target}” skips {names}. Confirm that you want to skip them.</source>
            <translation>[Ṁöṽîñĝ ƒŕöɱ “{current}” ţö “{target}” šķîþš {names}. Çöñƒîŕɱ ţĥåţ ýöû ŵåñţ ţö šķîþ ţĥéɱ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="63" />
            <source>Name</source>
            <translation>[Ñåɱé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="202" />
            <source>Name each section once.</source>
            <translation>[Ñåɱé éåçĥ šéçţîöñ öñçé. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="55" />
            <source>Name the area for action.</source>
            <translation>[Ñåɱé ţĥé åŕéå ƒöŕ åçţîöñ. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="133" />
            <source>Name the office, for example Secretary.</source>
            <translation>[Ñåɱé ţĥé öƒƒîçé, ƒöŕ éẋåɱþļé Šéçŕéţåŕý. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="381" />
            <source>Need</source>
            <translation>[Ñééđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="460" />
            <source>Needs</source>
            <translation>[Ñééđš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/run_view.py" line="38" />
            <source>Next election</source>
            <translation>[Ñéẋţ éļéçţîöñ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="137" />
            <source>Next meeting</source>
            <translation>[Ñéẋţ ɱééţîñĝ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/run_view.py" line="41" />
            <source>Next report back</source>
            <translation>[Ñéẋţ ŕéþöŕţ ƀåçķ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="270" />
            <source>No column holds the partnership name. The first row must hold the column headings (see the template); choose which column holds the name.</source>
            <translation>[Ñö çöļûɱñ ĥöļđš ţĥé þåŕţñéŕšĥîþ ñåɱé. Ţĥé ƒîŕšţ ŕöŵ ɱûšţ ĥöļđ ţĥé çöļûɱñ ĥéåđîñĝš (šéé ţĥé ţéɱþļåţé); çĥööšé ŵĥîçĥ çöļûɱñ ĥöļđš ţĥé ñåɱé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="363" />
            <source>No row can be imported, so nothing was imported.</source>
            <translation>[Ñö ŕöŵ çåñ ƀé îɱþöŕţéđ, šö ñöţĥîñĝ ŵåš îɱþöŕţéđ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/resources.py" line="358" />
            <source>Nobody is recorded as attending this meeting, so it cost no time.</source>
            <translation>[Ñöƀöđý îš ŕéçöŕđéđ åš åţţéñđîñĝ ţĥîš ɱééţîñĝ, šö îţ çöšţ ñö ţîɱé. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/run_view.py" line="29" />
            <source>Not recorded</source>
            <translation>[Ñöţ ŕéçöŕđéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="182" />
            <source>Note</source>
            <translation>[Ñöţé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="238" />
            <source>Number</source>
            <translation>[Ñûɱƀéŕ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="243" />
            <source>Offered</source>
            <translation>[Öƒƒéŕéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="88" />
            <source>Ongoing or time-limited</source>
            <translation>[Öñĝöîñĝ öŕ ţîɱé-ļîɱîţéđ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="222" />
            <source>Only sections of kind "{kind}" can be used for {use}.</source>
            <translation>[Öñļý šéçţîöñš öƒ ķîñđ "{kind}" çåñ ƀé ûšéđ ƒöŕ {use}. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/run_view.py" line="39" />
            <source>Open high risks</source>
            <translation>[Öþéñ ĥîĝĥ ŕîšķš ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/partner_views.py" line="66" />
            <source>Organisations named</source>
            <translation>[Öŕĝåñîšåţîöñš ñåɱéđ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="93" />
            <source>Our role</source>
            <translation>[Öûŕ ŕöļé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/seats.py" line="54" />
            <source>Our seat has no such field.</source>
            <translation>[Öûŕ šéåţ ĥåš ñö šûçĥ ƒîéļđ. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="496" />
            <source>Outcome</source>
            <translation>[Öûţçöɱé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/run_view.py" line="37" />
            <source>Partner attendance</source>
            <translation>[Þåŕţñéŕ åţţéñđåñçé ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="145" />
            <source>Partnerbook can read spreadsheets saved as CSV (.csv) or Excel (.xlsx).</source>
            <translation>[Þåŕţñéŕƀööķ çåñ ŕéåđ šþŕéåđšĥééţš šåṽéđ åš ÇŠṼ (.çšṽ) öŕ Éẋçéļ (.ẋļšẋ). ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="193" />
            <source>Partnerbook could not look at {database}, so {name} was not restored. Nothing changed: {why}.</source>
            <translation>[Þåŕţñéŕƀööķ çöûļđ ñöţ ļööķ åţ {database}, šö {name} ŵåš ñöţ ŕéšţöŕéđ. Ñöţĥîñĝ çĥåñĝéđ: {why}. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/viewing.py" line="54" />
            <source>Partnerbook could not make a copy of your records to read them ({reason}). Free some space on this computer, then try again. Your records have not been changed.</source>
            <translation>[Þåŕţñéŕƀööķ çöûļđ ñöţ ɱåķé å çöþý öƒ ýöûŕ ŕéçöŕđš ţö ŕéåđ ţĥéɱ ({reason}). Ƒŕéé šöɱé šþåçé öñ ţĥîš çöɱþûţéŕ, ţĥéñ ţŕý åĝåîñ. Ýöûŕ ŕéçöŕđš ĥåṽé ñöţ ƀééñ çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="438" />
            <source>Partnerbook could not reach the server for {label}. Check the server name and that it is running, then try again. ({why})</source>
            <translation>[Þåŕţñéŕƀööķ çöûļđ ñöţ ŕéåçĥ ţĥé šéŕṽéŕ ƒöŕ {label}. Çĥéçķ ţĥé šéŕṽéŕ ñåɱé åñđ ţĥåţ îţ îš ŕûññîñĝ, ţĥéñ ţŕý åĝåîñ. ({why}) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="362" />
            <source>Partnerbook could not restore {name}: {why}. Everything was put back as it was: nothing changed, and your records are as they were.</source>
            <translation>[Þåŕţñéŕƀööķ çöûļđ ñöţ ŕéšţöŕé {name}: {why}. Éṽéŕýţĥîñĝ ŵåš þûţ ƀåçķ åš îţ ŵåš: ñöţĥîñĝ çĥåñĝéđ, åñđ ýöûŕ ŕéçöŕđš åŕé åš ţĥéý ŵéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="368" />
            <source>Partnerbook could not restore {name}: {why}. It could not put everything back either: {undo}. Your records are still in {database}. Keep every file in {folder} until they open again.</source>
            <translation>[Þåŕţñéŕƀööķ çöûļđ ñöţ ŕéšţöŕé {name}: {why}. Îţ çöûļđ ñöţ þûţ éṽéŕýţĥîñĝ ƀåçķ éîţĥéŕ: {undo}. Ýöûŕ ŕéçöŕđš åŕé šţîļļ îñ {database}. Ķééþ éṽéŕý ƒîļé îñ {folder} ûñţîļ ţĥéý öþéñ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="266" />
            <source>Partnerbook could not save a copy of your current records first, so nothing was restored and nothing changed: {why}.</source>
            <translation>[Þåŕţñéŕƀööķ çöûļđ ñöţ šåṽé å çöþý öƒ ýöûŕ çûŕŕéñţ ŕéçöŕđš ƒîŕšţ, šö ñöţĥîñĝ ŵåš ŕéšţöŕéđ åñđ ñöţĥîñĝ çĥåñĝéđ: {why}. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server_admin.py" line="137" />
            <source>Partnerbook could not set up the collection {label} ({why}). Nothing was changed. The user you connect as must own the database and may create roles.</source>
            <translation>[Þåŕţñéŕƀööķ çöûļđ ñöţ šéţ ûþ ţĥé çöļļéçţîöñ {label} ({why}). Ñöţĥîñĝ ŵåš çĥåñĝéđ. Ţĥé ûšéŕ ýöû çöññéçţ åš ɱûšţ öŵñ ţĥé đåţåƀåšé åñđ ɱåý çŕéåţé ŕöļéš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/watchdog.py" line="137" />
            <source>Partnerbook could not start the part that reads return files safely. Close other programs and try again.</source>
            <translation>[Þåŕţñéŕƀööķ çöûļđ ñöţ šţåŕţ ţĥé þåŕţ ţĥåţ ŕéåđš ŕéţûŕñ ƒîļéš šåƒéļý. Çļöšé öţĥéŕ þŕöĝŕåɱš åñđ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="232" />
            <source>Partnerbook could not tell how much room there is, so {name} was not restored. Nothing changed: {why}.</source>
            <translation>[Þåŕţñéŕƀööķ çöûļđ ñöţ ţéļļ ĥöŵ ɱûçĥ ŕööɱ ţĥéŕé îš, šö {name} ŵåš ñöţ ŕéšţöŕéđ. Ñöţĥîñĝ çĥåñĝéđ: {why}. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/migrate.py" line="88" />
            <source>Partnerbook could not update the database {name} ({why}). It has been left as it was.</source>
            <translation>[Þåŕţñéŕƀööķ çöûļđ ñöţ ûþđåţé ţĥé đåţåƀåšé {name} ({why}). Îţ ĥåš ƀééñ ļéƒţ åš îţ ŵåš. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="94" />
            <source>Partnerbook could not write a backup to {folder}: {why}. Your earlier backups are untouched.</source>
            <translation>[Þåŕţñéŕƀööķ çöûļđ ñöţ ŵŕîţé å ƀåçķûþ ţö {folder}: {why}. Ýöûŕ éåŕļîéŕ ƀåçķûþš åŕé ûñţöûçĥéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/importer.py" line="333" />
            <source>Partnerbook could not write to the collection ({why}). Nothing from {file} was kept. Check there is free space and the file is not read-only.</source>
            <translation>[Þåŕţñéŕƀööķ çöûļđ ñöţ ŵŕîţé ţö ţĥé çöļļéçţîöñ ({why}). Ñöţĥîñĝ ƒŕöɱ {file} ŵåš ķéþţ. Çĥéçķ ţĥéŕé îš ƒŕéé šþåçé åñđ ţĥé ƒîļé îš ñöţ ŕéåđ-öñļý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/importer.py" line="326" />
            <source>Partnerbook could not write to the collection ({why}). Nothing from {file} was kept. Run the import again when the server is back: the returns already stored will say they are already here.</source>
            <translation>[Þåŕţñéŕƀööķ çöûļđ ñöţ ŵŕîţé ţö ţĥé çöļļéçţîöñ ({why}). Ñöţĥîñĝ ƒŕöɱ {file} ŵåš ķéþţ. Ŕûñ ţĥé îɱþöŕţ åĝåîñ ŵĥéñ ţĥé šéŕṽéŕ îš ƀåçķ: ţĥé ŕéţûŕñš åļŕéåđý šţöŕéđ ŵîļļ šåý ţĥéý åŕé åļŕéåđý ĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="47" />
            <source>Partnerbook found damage in your records and has not written to them.

The newest good backup is from {when}. Restore it? Changes made after then will not be in it. The damaged file is kept, untouched, beside your records.</source>
            <translation>[Þåŕţñéŕƀööķ ƒöûñđ đåɱåĝé îñ ýöûŕ ŕéçöŕđš åñđ ĥåš ñöţ ŵŕîţţéñ ţö ţĥéɱ.

Ţĥé ñéŵéšţ ĝööđ ƀåçķûþ îš ƒŕöɱ {when}. Ŕéšţöŕé îţ? Çĥåñĝéš ɱåđé åƒţéŕ ţĥéñ ŵîļļ ñöţ ƀé îñ îţ. Ţĥé đåɱåĝéđ ƒîļé îš ķéþţ, ûñţöûçĥéđ, ƀéšîđé ýöûŕ ŕéçöŕđš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/opening.py" line="58" />
            <source>Partnerbook found damage inside your records file, {file}, and has not written to it.</source>
            <translation>[Þåŕţñéŕƀööķ ƒöûñđ đåɱåĝé îñšîđé ýöûŕ ŕéçöŕđš ƒîļé, {file}, åñđ ĥåš ñöţ ŵŕîţţéñ ţö îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/storage_errors.py" line="27" />
            <source>Partnerbook is no longer allowed to write to the folder that holds your records, so the last change could not be saved. Check the folder's permissions, or ask whoever looks after this computer. Everything saved before this is safe.</source>
            <translation>[Þåŕţñéŕƀööķ îš ñö ļöñĝéŕ åļļöŵéđ ţö ŵŕîţé ţö ţĥé ƒöļđéŕ ţĥåţ ĥöļđš ýöûŕ ŕéçöŕđš, šö ţĥé ļåšţ çĥåñĝé çöûļđ ñöţ ƀé šåṽéđ. Çĥéçķ ţĥé ƒöļđéŕ'š þéŕɱîššîöñš, öŕ åšķ ŵĥöéṽéŕ ļööķš åƒţéŕ ţĥîš çöɱþûţéŕ. Éṽéŕýţĥîñĝ šåṽéđ ƀéƒöŕé ţĥîš îš šåƒé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/opening.py" line="66" />
            <source>Partnerbook is not allowed to change the folder that holds your records, {folder}. It may be on a read-only disk or a locked USB stick, or its permissions may have changed. Your records are not damaged.</source>
            <translation>[Þåŕţñéŕƀööķ îš ñöţ åļļöŵéđ ţö çĥåñĝé ţĥé ƒöļđéŕ ţĥåţ ĥöļđš ýöûŕ ŕéçöŕđš, {folder}. Îţ ɱåý ƀé öñ å ŕéåđ-öñļý đîšķ öŕ å ļöçķéđ ÛŠƁ šţîçķ, öŕ îţš þéŕɱîššîöñš ɱåý ĥåṽé çĥåñĝéđ. Ýöûŕ ŕéçöŕđš åŕé ñöţ đåɱåĝéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="106" />
            <source>Partnerbook is not allowed to read your records</source>
            <translation>[Þåŕţñéŕƀööķ îš ñöţ åļļöŵéđ ţö ŕéåđ ýöûŕ ŕéçöŕđš ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/opening.py" line="71" />
            <source>Partnerbook is not allowed to read your records file, {file}. Its permissions may have changed: ask whoever looks after this computer to give your account access to it again. Your records have not been changed.</source>
            <translation>[Þåŕţñéŕƀööķ îš ñöţ åļļöŵéđ ţö ŕéåđ ýöûŕ ŕéçöŕđš ƒîļé, {file}. Îţš þéŕɱîššîöñš ɱåý ĥåṽé çĥåñĝéđ: åšķ ŵĥöéṽéŕ ļööķš åƒţéŕ ţĥîš çöɱþûţéŕ ţö ĝîṽé ýöûŕ åççöûñţ åççéšš ţö îţ åĝåîñ. Ýöûŕ ŕéçöŕđš ĥåṽé ñöţ ƀééñ çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/atomic_write.py" line="77" />
            <source>Partnerbook is not allowed to save files in {folder}, so {name} was not saved. Choose another folder, such as your Documents folder, and try again.</source>
            <translation>[Þåŕţñéŕƀööķ îš ñöţ åļļöŵéđ ţö šåṽé ƒîļéš îñ {folder}, šö {name} ŵåš ñöţ šåṽéđ. Çĥööšé åñöţĥéŕ ƒöļđéŕ, šûçĥ åš ýöûŕ Đöçûɱéñţš ƒöļđéŕ, åñđ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="64" />
            <source>Partnerbook is not allowed to write there. Check the folder's permissions</source>
            <translation>[Þåŕţñéŕƀööķ îš ñöţ åļļöŵéđ ţö ŵŕîţé ţĥéŕé. Çĥéçķ ţĥé ƒöļđéŕ'š þéŕɱîššîöñš ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="148" />
            <source>Partners</source>
            <translation>[Þåŕţñéŕš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/partner_views.py" line="65" />
            <source>Partners answered</source>
            <translation>[Þåŕţñéŕš åñšŵéŕéđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/partner_views.py" line="61" />
            <source>Partnership</source>
            <translation>[Þåŕţñéŕšĥîþ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="141" />
            <source>Partnerships</source>
            <translation>[Þåŕţñéŕšĥîþš ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="240" />
            <source>Period</source>
            <translation>[Þéŕîöđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="159" />
            <source>Principles</source>
            <translation>[Þŕîñçîþļéš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="68" />
            <source>Purpose</source>
            <translation>[Þûŕþöšé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="372" />
            <source>Question</source>
            <translation>[Ǫûéšţîöñ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/run_view.py" line="36" />
            <source>Quorate meetings</source>
            <translation>[Ǫûöŕåţé ɱééţîñĝš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/rules_import.py" line="32" />
            <source>Quorum</source>
            <translation>[Ǫûöŕûɱ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="687" />
            <source>Range</source>
            <translation>[Ŕåñĝé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="229" />
            <source>Rated need help</source>
            <translation>[Ŕåţéđ ñééđ ĥéļþ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="497" />
            <source>Reason</source>
            <translation>[Ŕéåšöñ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="464" />
            <source>Received</source>
            <translation>[Ŕéçéîṽéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="223" />
            <source>Recorded from</source>
            <translation>[Ŕéçöŕđéđ ƒŕöɱ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="140" />
            <source>Reference</source>
            <translation>[Ŕéƒéŕéñçé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="144" />
            <source>Remove it (retype the text if you cannot see it).</source>
            <translation>[Ŕéɱöṽé îţ (ŕéţýþé ţĥé ţéẋţ îƒ ýöû çåññöţ šéé îţ). ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="316" />
            <source>Remove it, or make the section kind = "scored".</source>
            <translation>[Ŕéɱöṽé îţ, öŕ ɱåķé ţĥé šéçţîöñ ķîñđ = "šçöŕéđ". ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="97" />
            <source>Remove it; the keys allowed here are {allowed}.</source>
            <translation>[Ŕéɱöṽé îţ; ţĥé ķéýš åļļöŵéđ ĥéŕé åŕé {allowed}. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="111" />
            <source>Remove some.</source>
            <translation>[Ŕéɱöṽé šöɱé. ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="387" />
            <source>Remove the line.</source>
            <translation>[Ŕéɱöṽé ţĥé ļîñé. ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="145" />
            <source>Replaced for</source>
            <translation>[Ŕéþļåçéđ ƒöŕ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="230" />
            <source>Resources asked for</source>
            <translation>[Ŕéšöûŕçéš åšķéđ ƒöŕ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/partner_views.py" line="63" />
            <source>Review date</source>
            <translation>[Ŕéṽîéŵ đåţé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="228" />
            <source>Review scores, by tool</source>
            <translation>[Ŕéṽîéŵ šçöŕéš, ƀý ţööļ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/partner_views.py" line="64" />
            <source>Review tool</source>
            <translation>[Ŕéṽîéŵ ţööļ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/review_recording.py" line="175" />
            <source>Review {review} asks the questions of “{title}” ({id}), not {asked}.</source>
            <translation>[Ŕéṽîéŵ {review} åšķš ţĥé ǫûéšţîöñš öƒ “{title}” ({id}), ñöţ {asked}. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/review_recording.py" line="252" />
            <source>Review {review} is finished, so answers are not added to it. Reopen it in the window first (Change this review), or record a new review.</source>
            <translation>[Ŕéṽîéŵ {review} îš ƒîñîšĥéđ, šö åñšŵéŕš åŕé ñöţ åđđéđ ţö îţ. Ŕéöþéñ îţ îñ ţĥé ŵîñđöŵ ƒîŕšţ (Çĥåñĝé ţĥîš ŕéṽîéŵ), öŕ ŕéçöŕđ å ñéŵ ŕéṽîéŵ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="499" />
            <source>SHA-256</source>
            <translation>[ŠĤÅ-256 ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="58" />
            <source>Say what needs doing.</source>
            <translation>[Šåý ŵĥåţ ñééđš đöîñĝ. ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="79" />
            <source>Say what the disagreement is about.</source>
            <translation>[Šåý ŵĥåţ ţĥé đîšåĝŕééɱéñţ îš åƀöûţ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="74" />
            <source>Say what the interest is about.</source>
            <translation>[Šåý ŵĥåţ ţĥé îñţéŕéšţ îš åƀöûţ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="54" />
            <source>Say what the milestone is.</source>
            <translation>[Šåý ŵĥåţ ţĥé ɱîļéšţöñé îš. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="152" />
            <source>Say what the need is, in a few words.</source>
            <translation>[Šåý ŵĥåţ ţĥé ñééđ îš, îñ å ƒéŵ ŵöŕđš. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/commitments.py" line="173" />
            <source>Say what the next action is before giving it an owner or date.</source>
            <translation>[Šåý ŵĥåţ ţĥé ñéẋţ åçţîöñ îš ƀéƒöŕé ĝîṽîñĝ îţ åñ öŵñéŕ öŕ đåţé. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="56" />
            <source>Say what the priority is.</source>
            <translation>[Šåý ŵĥåţ ţĥé þŕîöŕîţý îš. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="153" />
            <source>Say what was decided.</source>
            <translation>[Šåý ŵĥåţ ŵåš đéçîđéđ. ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="88" />
            <source>Say what was learned.</source>
            <translation>[Šåý ŵĥåţ ŵåš ļéåŕñéđ. ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="63" />
            <source>Say where the money comes from.</source>
            <translation>[Šåý ŵĥéŕé ţĥé ɱöñéý çöɱéš ƒŕöɱ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="73" />
            <source>Say who declared the interest.</source>
            <translation>[Šåý ŵĥö đéçļåŕéđ ţĥé îñţéŕéšţ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="87" />
            <source>Say who might be left out.</source>
            <translation>[Šåý ŵĥö ɱîĝĥţ ƀé ļéƒţ öûţ. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="46" />
            <source>Say who the stakeholder is.</source>
            <translation>[Šåý ŵĥö ţĥé šţåķéĥöļđéŕ îš. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_registers.py" line="92" />
            <source>Say who you reported back to.</source>
            <translation>[Šåý ŵĥö ýöû ŕéþöŕţéđ ƀåçķ ţö. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/return_data.py" line="105" />
            <source>Say who your group is first (its name), so the CVS knows whose return this is.</source>
            <translation>[Šåý ŵĥö ýöûŕ ĝŕöûþ îš ƒîŕšţ (îţš ñåɱé), šö ţĥé ÇṼŠ ķñöŵš ŵĥöšé ŕéţûŕñ ţĥîš îš. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="182" />
            <source>Say who your group is first (its name), then open the pack again.</source>
            <translation>[Šåý ŵĥö ýöûŕ ĝŕöûþ îš ƒîŕšţ (îţš ñåɱé), ţĥéñ öþéñ ţĥé þåçķ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/governance/closure.py" line="50" />
            <source>Say why it closed.</source>
            <translation>[Šåý ŵĥý îţ çļöšéđ. ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/withdraw.py" line="87" />
            <source>Say why the return is withdrawn: the reason is kept in the log.</source>
            <translation>[Šåý ŵĥý ţĥé ŕéţûŕñ îš ŵîţĥđŕåŵñ: ţĥé ŕéåšöñ îš ķéþţ îñ ţĥé ļöĝ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="72" />
            <source>Scale</source>
            <translation>[Šçåļé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="683" />
            <source>Section</source>
            <translation>[Šéçţîöñ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="139" />
            <source>Sent</source>
            <translation>[Šéñţ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="158" />
            <source>Shared goal</source>
            <translation>[Šĥåŕéđ ĝöåļ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="65" />
            <source>Short name</source>
            <translation>[Šĥöŕţ ñåɱé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="153" />
            <source>Shorten it.</source>
            <translation>[Šĥöŕţéñ îţ. ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="241" />
            <source>Signed by</source>
            <translation>[Šîĝñéđ ƀý ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="56" />
            <source>Signed by (key)</source>
            <translation>[Šîĝñéđ ƀý (ķéý) ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="223" />
            <source>Since</source>
            <translation>[Šîñçé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="154" />
            <source>Sits under</source>
            <translation>[Šîţš ûñđéŕ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_import.py" line="55" />
            <source>Sits under: '{name}' sits under this one (in this file), so it would go round in a circle. Choose one higher up, or leave it empty.</source>
            <translation>[Šîţš ûñđéŕ: '{name}' šîţš ûñđéŕ ţĥîš öñé (îñ ţĥîš ƒîļé), šö îţ ŵöûļđ ĝö ŕöûñđ îñ å çîŕçļé. Çĥööšé öñé ĥîĝĥéŕ ûþ, öŕ ļéåṽé îţ éɱþţý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_import.py" line="42" />
            <source>Sits under: a partnership cannot sit under itself.</source>
            <translation>[Šîţš ûñđéŕ: å þåŕţñéŕšĥîþ çåññöţ šîţ ûñđéŕ îţšéļƒ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/run_import.py" line="46" />
            <source>Sits under: there is no partnership called '{name}' in Partnerbook or in this file.</source>
            <translation>[Šîţš ûñđéŕ: ţĥéŕé îš ñö þåŕţñéŕšĥîþ çåļļéđ '{name}' îñ Þåŕţñéŕƀööķ öŕ îñ ţĥîš ƒîļé. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="498" />
            <source>Size (bytes)</source>
            <translation>[Šîžé (ƀýţéš) ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="258" />
            <source>Split the framework into two files.</source>
            <translation>[Šþļîţ ţĥé ƒŕåɱéŵöŕķ îñţö ţŵö ƒîļéš. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="102" />
            <source>Start date</source>
            <translation>[Šţåŕţ đåţé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="273" />
            <source>Start each one with a line {hint}.</source>
            <translation>[Šţåŕţ éåçĥ öñé ŵîţĥ å ļîñé {hint}. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="342" />
            <source>Start the first band at {low:g}.</source>
            <translation>[Šţåŕţ ţĥé ƒîŕšţ ƀåñđ åţ {low:g}. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="92" />
            <source>Status</source>
            <translation>[Šţåţûš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="231" />
            <source>Still unmet</source>
            <translation>[Šţîļļ ûñɱéţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="317" />
            <source>Swap them, or correct one.</source>
            <translation>[Šŵåþ ţĥéɱ, öŕ çöŕŕéçţ öñé. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/rules_import.py" line="30" />
            <source>Terms agreed on</source>
            <translation>[Ţéŕɱš åĝŕééđ öñ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/rules_import.py" line="29" />
            <source>Terms of reference</source>
            <translation>[Ţéŕɱš öƒ ŕéƒéŕéñçé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/rules_import.py" line="31" />
            <source>Terms review date</source>
            <translation>[Ţéŕɱš ŕéṽîéŵ đåţé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="150" />
            <source>That does not look like an email address.</source>
            <translation>[Ţĥåţ đöéš ñöţ ļööķ ļîķé åñ éɱåîļ åđđŕéšš. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="110" />
            <source>That is more than {limit:,}; check the quantity.</source>
            <translation>[Ţĥåţ îš ɱöŕé ţĥåñ {limit:,}; çĥéçķ ţĥé ǫûåñţîţý. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/money.py" line="61" />
            <source>That is more than {limit}; check the amount.</source>
            <translation>[Ţĥåţ îš ɱöŕé ţĥåñ {limit}; çĥéçķ ţĥé åɱöûñţ. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="81" />
            <source>That is too long to keep here; shorten it.</source>
            <translation>[Ţĥåţ îš ţöö ļöñĝ ţö ķééþ ĥéŕé; šĥöŕţéñ îţ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/resources.py" line="335" />
            <source>That meeting no longer exists.</source>
            <translation>[Ţĥåţ ɱééţîñĝ ñö ļöñĝéŕ éẋîšţš. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="147" />
            <source>That number is too long; check it.</source>
            <translation>[Ţĥåţ ñûɱƀéŕ îš ţöö ļöñĝ; çĥéçķ îţ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/partner_attendance.py" line="88" />
            <source>That organisation is not a partner in this partnership.</source>
            <translation>[Ţĥåţ öŕĝåñîšåţîöñ îš ñöţ å þåŕţñéŕ îñ ţĥîš þåŕţñéŕšĥîþ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/governance/structure.py" line="63" />
            <source>That partnership is no longer in the list; choose again.</source>
            <translation>[Ţĥåţ þåŕţñéŕšĥîþ îš ñö ļöñĝéŕ îñ ţĥé ļîšţ; çĥööšé åĝåîñ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/commitments.py" line="75" />
            <source>That partnership no longer exists.</source>
            <translation>[Ţĥåţ þåŕţñéŕšĥîþ ñö ļöñĝéŕ éẋîšţš. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/cvs_keys.py" line="97" />
            <source>That passphrase does not open the CVS's keys. Check it (capital letters count) and try again.</source>
            <translation>[Ţĥåţ þåššþĥŕåšé đöéš ñöţ öþéñ ţĥé ÇṼŠ'š ķéýš. Çĥéçķ îţ (çåþîţåļ ļéţţéŕš çöûñţ) åñđ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people_merge.py" line="102" />
            <source>That person is no longer in your records.</source>
            <translation>[Ţĥåţ þéŕšöñ îš ñö ļöñĝéŕ îñ ýöûŕ ŕéçöŕđš. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/resources.py" line="134" />
            <source>That resource need no longer exists; it may have been deleted.</source>
            <translation>[Ţĥåţ ŕéšöûŕçé ñééđ ñö ļöñĝéŕ éẋîšţš; îţ ɱåý ĥåṽé ƀééñ đéļéţéđ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reviews.py" line="312" />
            <source>That respondent is not part of this review.</source>
            <translation>[Ţĥåţ ŕéšþöñđéñţ îš ñöţ þåŕţ öƒ ţĥîš ŕéṽîéŵ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="90" />
            <source>The CVS's key: {key}.</source>
            <translation>[Ţĥé ÇṼŠ'š ķéý: {key}. ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/money.py" line="36" />
            <source>The amount cannot be negative.</source>
            <translation>[Ţĥé åɱöûñţ çåññöţ ƀé ñéĝåţîṽé. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/review_checks.py" line="55" />
            <source>The answer "{answer}" to question {ref} is not on this review's scale. Choose one of: {known}.</source>
            <translation>[Ţĥé åñšŵéŕ "{answer}" ţö ǫûéšţîöñ {ref} îš ñöţ öñ ţĥîš ŕéṽîéŵ'š šçåļé. Çĥööšé öñé öƒ: {known}. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="119" />
            <source>The backup {name} cannot be read: {why}. Nothing changed.</source>
            <translation>[Ţĥé ƀåçķûþ {name} çåññöţ ƀé ŕéåđ: {why}. Ñöţĥîñĝ çĥåñĝéđ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="161" />
            <source>The backup {name} could not be read back ({problem}); it was not kept. Your earlier backups are untouched.</source>
            <translation>[Ţĥé ƀåçķûþ {name} çöûļđ ñöţ ƀé ŕéåđ ƀåçķ ({problem}); îţ ŵåš ñöţ ķéþţ. Ýöûŕ éåŕļîéŕ ƀåçķûþš åŕé ûñţöûçĥéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="117" />
            <source>The backup {name} did not pass its check ({problem}); it was not kept.</source>
            <translation>[Ţĥé ƀåçķûþ {name} đîđ ñöţ þåšš îţš çĥéçķ ({problem}); îţ ŵåš ñöţ ķéþţ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="127" />
            <source>The backup {name} is damaged, so it was not restored. Nothing changed. Try an older backup.</source>
            <translation>[Ţĥé ƀåçķûþ {name} îš đåɱåĝéđ, šö îţ ŵåš ñöţ ŕéšţöŕéđ. Ñöţĥîñĝ çĥåñĝéđ. Ţŕý åñ öļđéŕ ƀåçķûþ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="135" />
            <source>The backup {name} was made by a newer version of Partnerbook. Install the newer version to restore it. Nothing changed.</source>
            <translation>[Ţĥé ƀåçķûþ {name} ŵåš ɱåđé ƀý å ñéŵéŕ ṽéŕšîöñ öƒ Þåŕţñéŕƀööķ. Îñšţåļļ ţĥé ñéŵéŕ ṽéŕšîöñ ţö ŕéšţöŕé îţ. Ñöţĥîñĝ çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="179" />
            <source>The backup {path} could not be read back ({problem}).</source>
            <translation>[Ţĥé ƀåçķûþ {path} çöûļđ ñöţ ƀé ŕéåđ ƀåçķ ({problem}). ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="102" />
            <source>The backup {path} does not exist. Nothing changed.</source>
            <translation>[Ţĥé ƀåçķûþ {path} đöéš ñöţ éẋîšţ. Ñöţĥîñĝ çĥåñĝéđ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server_admin.py" line="93" />
            <source>The collection {label} is not set up for this version of Partnerbook yet. Ask whoever looks after the server to run: partnerbook collect init-server "{label}"</source>
            <translation>[Ţĥé çöļļéçţîöñ {label} îš ñöţ šéţ ûþ ƒöŕ ţĥîš ṽéŕšîöñ öƒ Þåŕţñéŕƀööķ ýéţ. Åšķ ŵĥöéṽéŕ ļööķš åƒţéŕ ţĥé šéŕṽéŕ ţö ŕûñ: þåŕţñéŕƀööķ çöļļéçţ îñîţ-šéŕṽéŕ "{label}" ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server_admin.py" line="88" />
            <source>The collection {label} was set up by a newer Partnerbook. Install the newer version to open it. Nothing was changed.</source>
            <translation>[Ţĥé çöļļéçţîöñ {label} ŵåš šéţ ûþ ƀý å ñéŵéŕ Þåŕţñéŕƀööķ. Îñšţåļļ ţĥé ñéŵéŕ ṽéŕšîöñ ţö öþéñ îţ. Ñöţĥîñĝ ŵåš çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/opening.py" line="132" />
            <source>The collection {path} is damaged. Nothing has been written to it. Its backups are in {backups}: open it in Partnerbook to restore the newest, or run: partnerbook collect restore "{path}" BACKUP</source>
            <translation>[Ţĥé çöļļéçţîöñ {path} îš đåɱåĝéđ. Ñöţĥîñĝ ĥåš ƀééñ ŵŕîţţéñ ţö îţ. Îţš ƀåçķûþš åŕé îñ {backups}: öþéñ îţ îñ Þåŕţñéŕƀööķ ţö ŕéšţöŕé ţĥé ñéŵéšţ, öŕ ŕûñ: þåŕţñéŕƀööķ çöļļéçţ ŕéšţöŕé "{path}" ƁÅÇĶÛÞ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="338" />
            <source>The connection to the server for {label} was lost. What was being saved when it went was not kept; try again when the server is back.</source>
            <translation>[Ţĥé çöññéçţîöñ ţö ţĥé šéŕṽéŕ ƒöŕ {label} ŵåš ļöšţ. Ŵĥåţ ŵåš ƀéîñĝ šåṽéđ ŵĥéñ îţ ŵéñţ ŵåš ñöţ ķéþţ; ţŕý åĝåîñ ŵĥéñ ţĥé šéŕṽéŕ îš ƀåçķ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/packs.py" line="320" />
            <source>The contact details in this return could not be opened: {why}.</source>
            <translation>[Ţĥé çöñţåçţ đéţåîļš îñ ţĥîš ŕéţûŕñ çöûļđ ñöţ ƀé öþéñéđ: {why}. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/packs.py" line="323" />
            <source>The contact details in this return were sealed for another CVS's key, so this collection cannot open them.</source>
            <translation>[Ţĥé çöñţåçţ đéţåîļš îñ ţĥîš ŕéţûŕñ ŵéŕé šéåļéđ ƒöŕ åñöţĥéŕ ÇṼŠ'š ķéý, šö ţĥîš çöļļéçţîöñ çåññöţ öþéñ ţĥéɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/copying.py" line="69" />
            <source>The copy in {destination} does not match the collection it was made from (the {tables} differ). Do not use it; make it again.</source>
            <translation>[Ţĥé çöþý îñ {destination} đöéš ñöţ ɱåţçĥ ţĥé çöļļéçţîöñ îţ ŵåš ɱåđé ƒŕöɱ (ţĥé {tables} đîƒƒéŕ). Đö ñöţ ûšé îţ; ɱåķé îţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/safety.py" line="217" />
            <source>The copy in {folder} could not be read back ({problem}), so it was removed. Nothing changed.</source>
            <translation>[Ţĥé çöþý îñ {folder} çöûļđ ñöţ ƀé ŕéåđ ƀåçķ ({problem}), šö îţ ŵåš ŕéɱöṽéđ. Ñöţĥîñĝ çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/locations.py" line="121" />
            <source>The copy in {folder} did not check out ({problem}).</source>
            <translation>[Ţĥé çöþý îñ {folder} đîđ ñöţ çĥéçķ öûţ ({problem}). ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaires.py" line="150" />
            <source>The deadline ({date}) has passed already. Give a date from today on.</source>
            <translation>[Ţĥé đéåđļîñé ({date}) ĥåš þåššéđ åļŕéåđý. Ĝîṽé å đåţé ƒŕöɱ ţöđåý öñ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="100" />
            <source>The deadline, {deadline}, has passed. You can still make the return and send it.</source>
            <translation>[Ţĥé đéåđļîñé, {deadline}, ĥåš þåššéđ. Ýöû çåñ šţîļļ ɱåķé ţĥé ŕéţûŕñ åñđ šéñđ îţ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/joining.py" line="90" />
            <source>The decision date is in the future. Use the date it was made.</source>
            <translation>[Ţĥé đéçîšîöñ đåţé îš îñ ţĥé ƒûţûŕé. Ûšé ţĥé đåţé îţ ŵåš ɱåđé. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="154" />
            <source>The description is too long; shorten it.</source>
            <translation>[Ţĥé đéšçŕîþţîöñ îš ţöö ļöñĝ; šĥöŕţéñ îţ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/atomic_write.py" line="69" />
            <source>The disk holding {folder} is full, so {name} was not saved. Free some space or choose another place (a USB stick, say), then try again.</source>
            <translation>[Ţĥé đîšķ ĥöļđîñĝ {folder} îš ƒûļļ, šö {name} ŵåš ñöţ šåṽéđ. Ƒŕéé šöɱé šþåçé öŕ çĥööšé åñöţĥéŕ þļåçé (å ÛŠƁ šţîçķ, šåý), ţĥéñ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="104" />
            <source>The disk is full</source>
            <translation>[Ţĥé đîšķ îš ƒûļļ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/storage_errors.py" line="22" />
            <source>The disk is full, so the last change could not be saved. Free some space (empty the wastebasket, or delete large files you no longer need), then try again. Everything saved before this is safe.</source>
            <translation>[Ţĥé đîšķ îš ƒûļļ, šö ţĥé ļåšţ çĥåñĝé çöûļđ ñöţ ƀé šåṽéđ. Ƒŕéé šöɱé šþåçé (éɱþţý ţĥé ŵåšţéƀåšķéţ, öŕ đéļéţé ļåŕĝé ƒîļéš ýöû ñö ļöñĝéŕ ñééđ), ţĥéñ ţŕý åĝåîñ. Éṽéŕýţĥîñĝ šåṽéđ ƀéƒöŕé ţĥîš îš šåƒé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/storage_errors.py" line="32" />
            <source>The disk that holds your records could not be reached, so the last change could not be saved. If it is a USB stick or a network drive, reconnect it and try again. Everything saved before this is safe.</source>
            <translation>[Ţĥé đîšķ ţĥåţ ĥöļđš ýöûŕ ŕéçöŕđš çöûļđ ñöţ ƀé ŕéåçĥéđ, šö ţĥé ļåšţ çĥåñĝé çöûļđ ñöţ ƀé šåṽéđ. Îƒ îţ îš å ÛŠƁ šţîçķ öŕ å ñéţŵöŕķ đŕîṽé, ŕéçöññéçţ îţ åñđ ţŕý åĝåîñ. Éṽéŕýţĥîñĝ šåṽéđ ƀéƒöŕé ţĥîš îš šåƒé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/opening.py" line="61" />
            <source>The disk that holds your records is full (only {free} free), so Partnerbook cannot safely save changes. Your records are not damaged. Free some space (empty the wastebasket, or delete large files you no longer need), then start Partnerbook again.</source>
            <translation>[Ţĥé đîšķ ţĥåţ ĥöļđš ýöûŕ ŕéçöŕđš îš ƒûļļ (öñļý {free} ƒŕéé), šö Þåŕţñéŕƀööķ çåññöţ šåƒéļý šåṽé çĥåñĝéš. Ýöûŕ ŕéçöŕđš åŕé ñöţ đåɱåĝéđ. Ƒŕéé šöɱé šþåçé (éɱþţý ţĥé ŵåšţéƀåšķéţ, öŕ đéļéţé ļåŕĝé ƒîļéš ýöû ñö ļöñĝéŕ ñééđ), ţĥéñ šţåŕţ Þåŕţñéŕƀööķ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/returns.py" line="190" />
            <source>The disk that holds your records is full, so the return could not be added to the returns log. Nothing was saved: no file was left at {path}. Free some space (empty the wastebasket, or delete large files you no longer need), then export again.</source>
            <translation>[Ţĥé đîšķ ţĥåţ ĥöļđš ýöûŕ ŕéçöŕđš îš ƒûļļ, šö ţĥé ŕéţûŕñ çöûļđ ñöţ ƀé åđđéđ ţö ţĥé ŕéţûŕñš ļöĝ. Ñöţĥîñĝ ŵåš šåṽéđ: ñö ƒîļé ŵåš ļéƒţ åţ {path}. Ƒŕéé šöɱé šþåçé (éɱþţý ţĥé ŵåšţéƀåšķéţ, öŕ đéļéţé ļåŕĝé ƒîļéš ýöû ñö ļöñĝéŕ ñééđ), ţĥéñ éẋþöŕţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/opening.py" line="76" />
            <source>The disk that holds your records, {folder}, could not be read. If it is a USB stick or a network drive, connect it again and start Partnerbook again. If the computer reports a disk error, copy your backups somewhere safe first. Your records have not been changed.</source>
            <translation>[Ţĥé đîšķ ţĥåţ ĥöļđš ýöûŕ ŕéçöŕđš, {folder}, çöûļđ ñöţ ƀé ŕéåđ. Îƒ îţ îš å ÛŠƁ šţîçķ öŕ å ñéţŵöŕķ đŕîṽé, çöññéçţ îţ åĝåîñ åñđ šţåŕţ Þåŕţñéŕƀööķ åĝåîñ. Îƒ ţĥé çöɱþûţéŕ ŕéþöŕţš å đîšķ éŕŕöŕ, çöþý ýöûŕ ƀåçķûþš šöɱéŵĥéŕé šåƒé ƒîŕšţ. Ýöûŕ ŕéçöŕđš ĥåṽé ñöţ ƀééñ çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="107" />
            <source>The disk with your records cannot be reached</source>
            <translation>[Ţĥé đîšķ ŵîţĥ ýöûŕ ŕéçöŕđš çåññöţ ƀé ŕéåçĥéđ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/atomic_write.py" line="81" />
            <source>The drive holding {folder} could not be reached, so {name} was not saved. If it is a USB stick or a network drive, reconnect it and try again.</source>
            <translation>[Ţĥé đŕîṽé ĥöļđîñĝ {folder} çöûļđ ñöţ ƀé ŕéåçĥéđ, šö {name} ŵåš ñöţ šåṽéđ. Îƒ îţ îš å ÛŠƁ šţîçķ öŕ å ñéţŵöŕķ đŕîṽé, ŕéçöññéçţ îţ åñđ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/partnership_rules.py" line="98" />
            <source>The end date is before the start date.</source>
            <translation>[Ţĥé éñđ đåţé îš ƀéƒöŕé ţĥé šţåŕţ đåţé. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/commitments.py" line="166" />
            <source>The evidence is too long; shorten it.</source>
            <translation>[Ţĥé éṽîđéñçé îš ţöö ļöñĝ; šĥöŕţéñ îţ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="123" />
            <source>The extra copy in {second} could not be made ({why}). The backup in {folder} was made and checked.</source>
            <translation>[Ţĥé éẋţŕå çöþý îñ {second} çöûļđ ñöţ ƀé ɱåđé ({why}). Ţĥé ƀåçķûþ îñ {folder} ŵåš ɱåđé åñđ çĥéçķéđ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/answers_file.py" line="371" />
            <source>The file has no answers in it. Add one line for each question.</source>
            <translation>[Ţĥé ƒîļé ĥåš ñö åñšŵéŕš îñ îţ. Åđđ öñé ļîñé ƒöŕ éåçĥ ǫûéšţîöñ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/answers_file.py" line="126" />
            <source>The file is empty. Write a header row, reference,answer,note, then one row for each question.</source>
            <translation>[Ţĥé ƒîļé îš éɱþţý. Ŵŕîţé å ĥéåđéŕ ŕöŵ, ŕéƒéŕéñçé,åñšŵéŕ,ñöţé, ţĥéñ öñé ŕöŵ ƒöŕ éåçĥ ǫûéšţîöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/answers_file.py" line="266" />
            <source>The file must hold one JSON object, {{"2(a)": "Agree", ...}}, or a list of objects, [{{"reference": "2(a)", "answer": "Agree"}}, ...].</source>
            <translation>[Ţĥé ƒîļé ɱûšţ ĥöļđ öñé ĴŠÖÑ öƀĵéçţ, {{"2(a)": "Agree", ...}}, öŕ å ļîšţ öƒ öƀĵéçţš, [{{"reference": "2(a)", "answer": "Agree"}}, ...]. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/opening.py" line="86" />
            <source>The file {file} is not a Partnerbook records file, so Partnerbook has not opened it and has not changed it.</source>
            <translation>[Ţĥé ƒîļé {file} îš ñöţ å Þåŕţñéŕƀööķ ŕéçöŕđš ƒîļé, šö Þåŕţñéŕƀööķ ĥåš ñöţ öþéñéđ îţ åñđ ĥåš ñöţ çĥåñĝéđ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/opening.py" line="148" />
            <source>The file {file} was made by a newer version of Partnerbook. Install the newer version to open it. Your records have not been changed.</source>
            <translation>[Ţĥé ƒîļé {file} ŵåš ɱåđé ƀý å ñéŵéŕ ṽéŕšîöñ öƒ Þåŕţñéŕƀööķ. Îñšţåļļ ţĥé ñéŵéŕ ṽéŕšîöñ ţö öþéñ îţ. Ýöûŕ ŕéçöŕđš ĥåṽé ñöţ ƀééñ çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="60" />
            <source>The file {name} could not be read ({why}).</source>
            <translation>[Ţĥé ƒîļé {name} çöûļđ ñöţ ƀé ŕéåđ ({why}). ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/atomic_write.py" line="73" />
            <source>The folder {folder} does not exist, so {name} was not saved. Choose a folder that does, and try again.</source>
            <translation>[Ţĥé ƒöļđéŕ {folder} đöéš ñöţ éẋîšţ, šö {name} ŵåš ñöţ šåṽéđ. Çĥööšé å ƒöļđéŕ ţĥåţ đöéš, åñđ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reviews.py" line="99" />
            <source>The framework {framework} is not on this computer, so this review cannot be scored. Import the framework file from your CVS.</source>
            <translation>[Ţĥé ƒŕåɱéŵöŕķ {framework} îš ñöţ öñ ţĥîš çöɱþûţéŕ, šö ţĥîš ŕéṽîéŵ çåññöţ ƀé šçöŕéđ. Îɱþöŕţ ţĥé ƒŕåɱéŵöŕķ ƒîļé ƒŕöɱ ýöûŕ ÇṼŠ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/record_rules.py" line="65" />
            <source>The funding ends before it starts.</source>
            <translation>[Ţĥé ƒûñđîñĝ éñđš ƀéƒöŕé îţ šţåŕţš. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/resources.py" line="338" />
            <source>The hours must be more than zero and at most 24.</source>
            <translation>[Ţĥé ĥöûŕš ɱûšţ ƀé ɱöŕé ţĥåñ žéŕö åñđ åţ ɱöšţ 24. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/resources.py" line="340" />
            <source>The miles must be zero or more (at most 2,000).</source>
            <translation>[Ţĥé ɱîļéš ɱûšţ ƀé žéŕö öŕ ɱöŕé (åţ ɱöšţ 2,000). ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="244" />
            <source>The need has a status Partnerbook does not know ({status}).</source>
            <translation>[Ţĥé ñééđ ĥåš å šţåţûš Þåŕţñéŕƀööķ đöéš ñöţ ķñöŵ ({status}). ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="252" />
            <source>The need is already {status}.</source>
            <translation>[Ţĥé ñééđ îš åļŕéåđý {status}. ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/commitments.py" line="168" />
            <source>The next action is too long; shorten it.</source>
            <translation>[Ţĥé ñéẋţ åçţîöñ îš ţöö ļöñĝ; šĥöŕţéñ îţ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="108" />
            <source>The quantity must be more than zero.</source>
            <translation>[Ţĥé ǫûåñţîţý ɱûšţ ƀé ɱöŕé ţĥåñ žéŕö. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/opening.py" line="123" />
            <source>The records in {folder} need updating first. Open Partnerbook once (it backs them up, then updates them), then run this again.</source>
            <translation>[Ţĥé ŕéçöŕđš îñ {folder} ñééđ ûþđåţîñĝ ƒîŕšţ. Öþéñ Þåŕţñéŕƀööķ öñçé (îţ ƀåçķš ţĥéɱ ûþ, ţĥéñ ûþđåţéš ţĥéɱ), ţĥéñ ŕûñ ţĥîš åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/opening.py" line="117" />
            <source>The records in {folder} were made by a newer version of Partnerbook. Install the newer version to read them. Nothing was changed.</source>
            <translation>[Ţĥé ŕéçöŕđš îñ {folder} ŵéŕé ɱåđé ƀý å ñéŵéŕ ṽéŕšîöñ öƒ Þåŕţñéŕƀööķ. Îñšţåļļ ţĥé ñéŵéŕ ṽéŕšîöñ ţö ŕéåđ ţĥéɱ. Ñöţĥîñĝ ŵåš çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/returns.py" line="195" />
            <source>The return could not be added to the returns log, so nothing was saved: no file was left at {path}. {why}</source>
            <translation>[Ţĥé ŕéţûŕñ çöûļđ ñöţ ƀé åđđéđ ţö ţĥé ŕéţûŕñš ļöĝ, šö ñöţĥîñĝ ŵåš šåṽéđ: ñö ƒîļé ŵåš ļéƒţ åţ {path}. {why} ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/returns.py" line="105" />
            <source>The return pack this return was to answer is not in your records any more. Open the pack from your CVS again, then make the return.</source>
            <translation>[Ţĥé ŕéţûŕñ þåçķ ţĥîš ŕéţûŕñ ŵåš ţö åñšŵéŕ îš ñöţ îñ ýöûŕ ŕéçöŕđš åñý ɱöŕé. Öþéñ ţĥé þåçķ ƒŕöɱ ýöûŕ ÇṼŠ åĝåîñ, ţĥéñ ɱåķé ţĥé ŕéţûŕñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/withdraw.py" line="70" />
            <source>The return {reference} was withdrawn already.</source>
            <translation>[Ţĥé ŕéţûŕñ {reference} ŵåš ŵîţĥđŕåŵñ åļŕéåđý. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/review_checks.py" line="28" />
            <source>The review date ({date}) is in the future. Use the date the review took place, today or earlier.</source>
            <translation>[Ţĥé ŕéṽîéŵ đåţé ({date}) îš îñ ţĥé ƒûţûŕé. Ûšé ţĥé đåţé ţĥé ŕéṽîéŵ ţööķ þļåçé, ţöđåý öŕ éåŕļîéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="123" />
            <source>The review date is before the terms were agreed.</source>
            <translation>[Ţĥé ŕéṽîéŵ đåţé îš ƀéƒöŕé ţĥé ţéŕɱš ŵéŕé åĝŕééđ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaires.py" line="132" />
            <source>The review of {date} is finished, so partners' answers could not be added to it. Start a new review (or change this one) and make the questionnaire from that.</source>
            <translation>[Ţĥé ŕéṽîéŵ öƒ {date} îš ƒîñîšĥéđ, šö þåŕţñéŕš' åñšŵéŕš çöûļđ ñöţ ƀé åđđéđ ţö îţ. Šţåŕţ å ñéŵ ŕéṽîéŵ (öŕ çĥåñĝé ţĥîš öñé) åñđ ɱåķé ţĥé ǫûéšţîöññåîŕé ƒŕöɱ ţĥåţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/review_checks.py" line="110" />
            <source>The review period must be a whole number of months from {low} to {high}.</source>
            <translation>[Ţĥé ŕéṽîéŵ þéŕîöđ ɱûšţ ƀé å ŵĥöļé ñûɱƀéŕ öƒ ɱöñţĥš ƒŕöɱ {low} ţö {high}. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/how_run.py" line="98" />
            <source>The rules have no such field.</source>
            <translation>[Ţĥé ŕûļéš ĥåṽé ñö šûçĥ ƒîéļđ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="510" />
            <source>The same partnership is on row {row} too. Keep one of them.</source>
            <translation>[Ţĥé šåɱé þåŕţñéŕšĥîþ îš öñ ŕöŵ {row} ţöö. Ķééþ öñé öƒ ţĥéɱ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/packs.py" line="275" />
            <source>The saved keys do not match their own public keys.</source>
            <translation>[Ţĥé šåṽéđ ķéýš đö ñöţ ɱåţçĥ ţĥéîŕ öŵñ þûƀļîç ķéýš. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="401" />
            <source>The server for {label} did not accept the user name and password. Check them (Partnerbook reads the password from your .pgpass or service file, or asks) and try again.</source>
            <translation>[Ţĥé šéŕṽéŕ ƒöŕ {label} đîđ ñöţ åççéþţ ţĥé ûšéŕ ñåɱé åñđ þåššŵöŕđ. Çĥéçķ ţĥéɱ (Þåŕţñéŕƀööķ ŕéåđš ţĥé þåššŵöŕđ ƒŕöɱ ýöûŕ .þĝþåšš öŕ šéŕṽîçé ƒîļé, öŕ åšķš) åñđ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="419" />
            <source>The server for {label} did not answer within {seconds} seconds. Check the server name and your network, then try again.</source>
            <translation>[Ţĥé šéŕṽéŕ ƒöŕ {label} đîđ ñöţ åñšŵéŕ ŵîţĥîñ {seconds} šéçöñđš. Çĥéçķ ţĥé šéŕṽéŕ ñåɱé åñđ ýöûŕ ñéţŵöŕķ, ţĥéñ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="433" />
            <source>The server for {label} does not let this user in from here. Ask whoever looks after the server to give you access.</source>
            <translation>[Ţĥé šéŕṽéŕ ƒöŕ {label} đöéš ñöţ ļéţ ţĥîš ûšéŕ îñ ƒŕöɱ ĥéŕé. Åšķ ŵĥöéṽéŕ ļööķš åƒţéŕ ţĥé šéŕṽéŕ ţö ĝîṽé ýöû åççéšš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="328" />
            <source>The server for {label} took too long to answer. Nothing was changed by this step; try again in a moment.</source>
            <translation>[Ţĥé šéŕṽéŕ ƒöŕ {label} ţööķ ţöö ļöñĝ ţö åñšŵéŕ. Ñöţĥîñĝ ŵåš çĥåñĝéđ ƀý ţĥîš šţéþ; ţŕý åĝåîñ îñ å ɱöɱéñţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="408" />
            <source>The server has no database called {label}. Check the name, or ask whoever looks after the server to run: partnerbook collect init-server</source>
            <translation>[Ţĥé šéŕṽéŕ ĥåš ñö đåţåƀåšé çåļļéđ {label}. Çĥéçķ ţĥé ñåɱé, öŕ åšķ ŵĥöéṽéŕ ļööķš åƒţéŕ ţĥé šéŕṽéŕ ţö ŕûñ: þåŕţñéŕƀööķ çöļļéçţ îñîţ-šéŕṽéŕ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/copying.py" line="48" />
            <source>The source and the destination are the same collection.</source>
            <translation>[Ţĥé šöûŕçé åñđ ţĥé đéšţîñåţîöñ åŕé ţĥé šåɱé çöļļéçţîöñ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="139" />
            <source>The term ends before it starts.</source>
            <translation>[Ţĥé ţéŕɱ éñđš ƀéƒöŕé îţ šţåŕţš. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/resources.py" line="347" />
            <source>The time and travel for this meeting are already recorded as resource needs.</source>
            <translation>[Ţĥé ţîɱé åñđ ţŕåṽéļ ƒöŕ ţĥîš ɱééţîñĝ åŕé åļŕéåđý ŕéçöŕđéđ åš ŕéšöûŕçé ñééđš. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="204" />
            <source>The {what} looks too high; check it.</source>
            <translation>[Ţĥé {what} ļööķš ţöö ĥîĝĥ; çĥéçķ îţ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="202" />
            <source>The {what} must be more than zero.</source>
            <translation>[Ţĥé {what} ɱûšţ ƀé ɱöŕé ţĥåñ žéŕö. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="89" />
            <source>Their message: {message}</source>
            <translation>[Ţĥéîŕ ɱéššåĝé: {message} ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="383" />
            <source>Theme “{typed}” is kept as typed; it may be one of ours: {offered}.</source>
            <translation>[Ţĥéɱé “{typed}” îš ķéþţ åš ţýþéđ; îţ ɱåý ƀé öñé öƒ öûŕš: {offered}. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="71" />
            <source>Themes</source>
            <translation>[Ţĥéɱéš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/locations.py" line="103" />
            <source>There are already Partnerbook records in {folder}, so yours were not moved there (one set of records must never overwrite another). Nothing changed.</source>
            <translation>[Ţĥéŕé åŕé åļŕéåđý Þåŕţñéŕƀööķ ŕéçöŕđš îñ {folder}, šö ýöûŕš ŵéŕé ñöţ ɱöṽéđ ţĥéŕé (öñé šéţ öƒ ŕéçöŕđš ɱûšţ ñéṽéŕ öṽéŕŵŕîţé åñöţĥéŕ). Ñöţĥîñĝ çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/return_data.py" line="204" />
            <source>There are no partnerships to report for {period}. Pick another period, or export an empty return on purpose.</source>
            <translation>[Ţĥéŕé åŕé ñö þåŕţñéŕšĥîþš ţö ŕéþöŕţ ƒöŕ {period}. Þîçķ åñöţĥéŕ þéŕîöđ, öŕ éẋþöŕţ åñ éɱþţý ŕéţûŕñ öñ þûŕþöšé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/opening.py" line="111" />
            <source>There are no records in {folder} yet. Start Partnerbook once, or run 'partnerbook demo', to make some.</source>
            <translation>[Ţĥéŕé åŕé ñö ŕéçöŕđš îñ {folder} ýéţ. Šţåŕţ Þåŕţñéŕƀööķ öñçé, öŕ ŕûñ 'þåŕţñéŕƀööķ đéɱö', ţö ɱåķé šöɱé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="337" />
            <source>There are no rows under the headings.</source>
            <translation>[Ţĥéŕé åŕé ñö ŕöŵš ûñđéŕ ţĥé ĥéåđîñĝš. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/safety.py" line="197" />
            <source>There is already a collection called {name} in {folder}, so this one was not copied there (one must never overwrite another). Nothing changed.</source>
            <translation>[Ţĥéŕé îš åļŕéåđý å çöļļéçţîöñ çåļļéđ {name} îñ {folder}, šö ţĥîš öñé ŵåš ñöţ çöþîéđ ţĥéŕé (öñé ɱûšţ ñéṽéŕ öṽéŕŵŕîţé åñöţĥéŕ). Ñöţĥîñĝ çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="502" />
            <source>There is already a partnership called '{name}' in Partnerbook.</source>
            <translation>[Ţĥéŕé îš åļŕéåđý å þåŕţñéŕšĥîþ çåļļéđ '{name}' îñ Þåŕţñéŕƀööķ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/partnership_rules.py" line="72" />
            <source>There is already a partnership called '{name}'. Use another name.</source>
            <translation>[Ţĥéŕé îš åļŕéåđý å þåŕţñéŕšĥîþ çåļļéđ '{name}'. Ûšé åñöţĥéŕ ñåɱé. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/safety.py" line="158" />
            <source>There is no backup at {path}. Check the name. Nothing changed.</source>
            <translation>[Ţĥéŕé îš ñö ƀåçķûþ åţ {path}. Çĥéçķ ţĥé ñåɱé. Ñöţĥîñĝ çĥåñĝéđ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/opening.py" line="104" />
            <source>There is no collection at {path}. Check the name, or make a new one.</source>
            <translation>[Ţĥéŕé îš ñö çöļļéçţîöñ åţ {path}. Çĥéçķ ţĥé ñåɱé, öŕ ɱåķé å ñéŵ öñé. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/frameworks.py" line="280" />
            <source>There is no framework with the id or title “{key}”. The frameworks held are: {known}.</source>
            <translation>[Ţĥéŕé îš ñö ƒŕåɱéŵöŕķ ŵîţĥ ţĥé îđ öŕ ţîţļé “{key}”. Ţĥé ƒŕåɱéŵöŕķš ĥéļđ åŕé: {known}. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/frameworks.py" line="291" />
            <source>There is no framework with the id {id}.</source>
            <translation>[Ţĥéŕé îš ñö ƒŕåɱéŵöŕķ ŵîţĥ ţĥé îđ {id}. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/group_merges.py" line="128" />
            <source>There is no group with the id “{typed}” in this collection. `partnerbook collect groups` lists them.</source>
            <translation>[Ţĥéŕé îš ñö ĝŕöûþ ŵîţĥ ţĥé îđ “{typed}” îñ ţĥîš çöļļéçţîöñ. `þåŕţñéŕƀööķ çöļļéçţ ĝŕöûþš` ļîšţš ţĥéɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="167" />
            <source>There is no held return number {id} waiting; the list of held returns shows the numbers.</source>
            <translation>[Ţĥéŕé îš ñö ĥéļđ ŕéţûŕñ ñûɱƀéŕ {id} ŵåîţîñĝ; ţĥé ļîšţ öƒ ĥéļđ ŕéţûŕñš šĥöŵš ţĥé ñûɱƀéŕš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/partnership_listing.py" line="39" />
            <source>There is no partnership with the id or name “{key}”. 'partnerbook list' shows each one with its id.</source>
            <translation>[Ţĥéŕé îš ñö þåŕţñéŕšĥîþ ŵîţĥ ţĥé îđ öŕ ñåɱé “{key}”. 'þåŕţñéŕƀööķ ļîšţ' šĥöŵš éåçĥ öñé ŵîţĥ îţš îđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/brief_data.py" line="120" />
            <source>There is no partnership with the id {ids}.</source>
            <translation>[Ţĥéŕé îš ñö þåŕţñéŕšĥîþ ŵîţĥ ţĥé îđ {ids}. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/return_data.py" line="81" />
            <source>There is no partnership with the id {ids}. Check the list of partnerships.</source>
            <translation>[Ţĥéŕé îš ñö þåŕţñéŕšĥîþ ŵîţĥ ţĥé îđ {ids}. Çĥéçķ ţĥé ļîšţ öƒ þåŕţñéŕšĥîþš. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/person_export.py" line="69" />
            <source>There is no person with the id or name “{key}”. 'partnerbook people list' shows each one with their id.</source>
            <translation>[Ţĥéŕé îš ñö þéŕšöñ ŵîţĥ ţĥé îđ öŕ ñåɱé “{key}”. 'þåŕţñéŕƀööķ þéöþļé ļîšţ' šĥöŵš éåçĥ öñé ŵîţĥ ţĥéîŕ îđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/withdraw.py" line="63" />
            <source>There is no return “{reference}” in this collection. Copy its reference from the Groups page or from `collect summary`.</source>
            <translation>[Ţĥéŕé îš ñö ŕéţûŕñ “{reference}” îñ ţĥîš çöļļéçţîöñ. Çöþý îţš ŕéƒéŕéñçé ƒŕöɱ ţĥé Ĝŕöûþš þåĝé öŕ ƒŕöɱ `çöļļéçţ šûɱɱåŕý`. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="414" />
            <source>There is no service called {label} in your pg_service.conf. Check the name.</source>
            <translation>[Ţĥéŕé îš ñö šéŕṽîçé çåļļéđ {label} îñ ýöûŕ þĝ_šéŕṽîçé.çöñƒ. Çĥéçķ ţĥé ñåɱé. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/framework_export.py" line="44" />
            <source>There is no version {version} of “{title}”. The versions held are: {held}.</source>
            <translation>[Ţĥéŕé îš ñö ṽéŕšîöñ {version} öƒ “{title}”. Ţĥé ṽéŕšîöñš ĥéļđ åŕé: {held}. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="239" />
            <source>There is not enough room to restore {name}: it needs {needed} free on the disk that holds {folder}, and only {free} is free. Free some space and try again. Nothing changed: your records are as they were.</source>
            <translation>[Ţĥéŕé îš ñöţ éñöûĝĥ ŕööɱ ţö ŕéšţöŕé {name}: îţ ñééđš {needed} ƒŕéé öñ ţĥé đîšķ ţĥåţ ĥöļđš {folder}, åñđ öñļý {free} îš ƒŕéé. Ƒŕéé šöɱé šþåçé åñđ ţŕý åĝåîñ. Ñöţĥîñĝ çĥåñĝéđ: ýöûŕ ŕéçöŕđš åŕé åš ţĥéý ŵéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/packs.py" line="216" />
            <source>This collection has no keys yet: they are made with its first pack.</source>
            <translation>[Ţĥîš çöļļéçţîöñ ĥåš ñö ķéýš ýéţ: ţĥéý åŕé ɱåđé ŵîţĥ îţš ƒîŕšţ þåçķ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="198" />
            <source>This data folder already has records in it, so the example data was not added. Use an empty folder (for example --data-dir /tmp/partnerbook-demo).</source>
            <translation>[Ţĥîš đåţå ƒöļđéŕ åļŕéåđý ĥåš ŕéçöŕđš îñ îţ, šö ţĥé éẋåɱþļé đåţå ŵåš ñöţ åđđéđ. Ûšé åñ éɱþţý ƒöļđéŕ (ƒöŕ éẋåɱþļé --đåţå-đîŕ /ţɱþ/þåŕţñéŕƀööķ-đéɱö). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/packs.py" line="263" />
            <source>This file is not a copy of a CVS's keys (saved with Save the keys for safe keeping, or collect export-keys).</source>
            <translation>[Ţĥîš ƒîļé îš ñöţ å çöþý öƒ å ÇṼŠ'š ķéýš (šåṽéđ ŵîţĥ Šåṽé ţĥé ķéýš ƒöŕ šåƒé ķééþîñĝ, öŕ çöļļéçţ éẋþöŕţ-ķéýš). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/packs.py" line="124" />
            <source>This file is not a return pack (it is not a pack a CVS made).</source>
            <translation>[Ţĥîš ƒîļé îš ñöţ å ŕéţûŕñ þåçķ (îţ îš ñöţ å þåçķ å ÇṼŠ ɱåđé). ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/packs.py" line="117" />
            <source>This file is too large to be a return pack.</source>
            <translation>[Ţĥîš ƒîļé îš ţöö ļåŕĝé ţö ƀé å ŕéţûŕñ þåçķ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/joining.py" line="138" />
            <source>This is limited to {limit:,} characters.</source>
            <translation>[Ţĥîš îš ļîɱîţéđ ţö {limit:,} çĥåŕåçţéŕš. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="63" />
            <source>This is not a Partnerbook file</source>
            <translation>[Ţĥîš îš ñöţ å Þåŕţñéŕƀööķ ƒîļé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="109" />
            <source>This pack is signed by a different key from {cvs}'s earlier pack ({old} before, {new} now). A CVS can change its keys, but someone could also pretend to be your CVS. Check with {cvs} (by phone, or an email you know is theirs) that they sent it before you open it.</source>
            <translation>[Ţĥîš þåçķ îš šîĝñéđ ƀý å đîƒƒéŕéñţ ķéý ƒŕöɱ {cvs}'š éåŕļîéŕ þåçķ ({old} ƀéƒöŕé, {new} ñöŵ). Å ÇṼŠ çåñ çĥåñĝé îţš ķéýš, ƀûţ šöɱéöñé çöûļđ åļšö þŕéţéñđ ţö ƀé ýöûŕ ÇṼŠ. Çĥéçķ ŵîţĥ {cvs} (ƀý þĥöñé, öŕ åñ éɱåîļ ýöû ķñöŵ îš ţĥéîŕš) ţĥåţ ţĥéý šéñţ îţ ƀéƒöŕé ýöû öþéñ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="175" />
            <source>This pack was not opened: it is signed by a different key from {cvs}'s earlier pack. Check with {cvs} that they sent it, then open it again and confirm.</source>
            <translation>[Ţĥîš þåçķ ŵåš ñöţ öþéñéđ: îţ îš šîĝñéđ ƀý å đîƒƒéŕéñţ ķéý ƒŕöɱ {cvs}'š éåŕļîéŕ þåçķ. Çĥéçķ ŵîţĥ {cvs} ţĥåţ ţĥéý šéñţ îţ, ţĥéñ öþéñ îţ åĝåîñ åñđ çöñƒîŕɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/governance/closure.py" line="68" />
            <source>This partnership is already closed.</source>
            <translation>[Ţĥîš þåŕţñéŕšĥîþ îš åļŕéåđý çļöšéđ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/governance/closure.py" line="92" />
            <source>This partnership is not closed.</source>
            <translation>[Ţĥîš þåŕţñéŕšĥîþ îš ñöţ çļöšéđ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/joining.py" line="133" />
            <source>This partnership no longer exists.</source>
            <translation>[Ţĥîš þåŕţñéŕšĥîþ ñö ļöñĝéŕ éẋîšţš. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/packs.py" line="139" />
            <source>This return pack has been changed since the CVS made it (its signature does not match), so it cannot be trusted. Ask your CVS to send it again.</source>
            <translation>[Ţĥîš ŕéţûŕñ þåçķ ĥåš ƀééñ çĥåñĝéđ šîñçé ţĥé ÇṼŠ ɱåđé îţ (îţš šîĝñåţûŕé đöéš ñöţ ɱåţçĥ), šö îţ çåññöţ ƀé ţŕûšţéđ. Åšķ ýöûŕ ÇṼŠ ţö šéñđ îţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/packs.py" line="135" />
            <source>This return pack is damaged or incomplete. Ask your CVS to send it again.</source>
            <translation>[Ţĥîš ŕéţûŕñ þåçķ îš đåɱåĝéđ öŕ îñçöɱþļéţé. Åšķ ýöûŕ ÇṼŠ ţö šéñđ îţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/packs.py" line="147" />
            <source>This return pack says its CVS changed keys, but the change is not signed by the earlier key, so it cannot be trusted. Ask your CVS to send it again.</source>
            <translation>[Ţĥîš ŕéţûŕñ þåçķ šåýš îţš ÇṼŠ çĥåñĝéđ ķéýš, ƀûţ ţĥé çĥåñĝé îš ñöţ šîĝñéđ ƀý ţĥé éåŕļîéŕ ķéý, šö îţ çåññöţ ƀé ţŕûšţéđ. Åšķ ýöûŕ ÇṼŠ ţö šéñđ îţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/packs.py" line="126" />
            <source>This return pack was made by a newer version of Partnerbook. Install the latest Partnerbook, then open it again.</source>
            <translation>[Ţĥîš ŕéţûŕñ þåçķ ŵåš ɱåđé ƀý å ñéŵéŕ ṽéŕšîöñ öƒ Þåŕţñéŕƀööķ. Îñšţåļļ ţĥé ļåţéšţ Þåŕţñéŕƀööķ, ţĥéñ öþéñ îţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/returns.py" line="213" />
            <source>This return was not added to the returns log, because your records are open for reading only. Make a note that it was made, so that it is not sent twice.</source>
            <translation>[Ţĥîš ŕéţûŕñ ŵåš ñöţ åđđéđ ţö ţĥé ŕéţûŕñš ļöĝ, ƀéçåûšé ýöûŕ ŕéçöŕđš åŕé öþéñ ƒöŕ ŕéåđîñĝ öñļý. Ṁåķé å ñöţé ţĥåţ îţ ŵåš ɱåđé, šö ţĥåţ îţ îš ñöţ šéñţ ţŵîçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reviews.py" line="309" />
            <source>This review has no question {ref}.</source>
            <translation>[Ţĥîš ŕéṽîéŵ ĥåš ñö ǫûéšţîöñ {ref}. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reviews.py" line="187" />
            <source>This review no longer exists.</source>
            <translation>[Ţĥîš ŕéṽîéŵ ñö ļöñĝéŕ éẋîšţš. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="484" />
            <source>Times</source>
            <translation>[Ţîɱéš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_rules.py" line="73" />
            <source>Type a whole number, such as 3.</source>
            <translation>[Ţýþé å ŵĥöļé ñûɱƀéŕ, šûçĥ åš 3. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/partners.py" line="26" />
            <source>Type at least one organisation's name.</source>
            <translation>[Ţýþé åţ ļéåšţ öñé öŕĝåñîšåţîöñ'š ñåɱé. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/merges.py" line="121" />
            <source>Type the group's name.</source>
            <translation>[Ţýþé ţĥé ĝŕöûþ'š ñåɱé. ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="130" />
            <source>Up to</source>
            <translation>[Ûþ ţö ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/migrate.py" line="97" />
            <source>Updating {name} would have left {count} broken links between records, so it has been left as it was.</source>
            <translation>[Ûþđåţîñĝ {name} ŵöûļđ ĥåṽé ļéƒţ {count} ƀŕöķéñ ļîñķš ƀéţŵééñ ŕéçöŕđš, šö îţ ĥåš ƀééñ ļéƒţ åš îţ ŵåš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="80" />
            <source>Use lower-case letters, digits and _, starting with a letter.</source>
            <translation>[Ûšé ļöŵéŕ-çåšé ļéţţéŕš, đîĝîţš åñđ _, šţåŕţîñĝ ŵîţĥ å ļéţţéŕ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/money.py" line="53" />
            <source>Use no more than two figures after the decimal point (pence).</source>
            <translation>[Ûšé ñö ɱöŕé ţĥåñ ţŵö ƒîĝûŕéš åƒţéŕ ţĥé đéçîɱåļ þöîñţ (þéñçé). ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="542" />
            <source>Use one of its domains ({known}).</source>
            <translation>[Ûšé öñé öƒ îţš đöɱåîñš ({known}). ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="397" />
            <source>Use one of the scales in the file ({known}), or add [scales.{name}].</source>
            <translation>[Ûšé öñé öƒ ţĥé šçåļéš îñ ţĥé ƒîļé ({known}), öŕ åđđ [šçåļéš.{name}]. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="238" />
            <source>Use one of {allowed}.</source>
            <translation>[Ûšé öñé öƒ {allowed}. ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="213" />
            <source>Use the key of one of the [[sections]] in the file.</source>
            <translation>[Ûšé ţĥé ķéý öƒ öñé öƒ ţĥé [[šéçţîöñš]] îñ ţĥé ƒîļé. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="92" />
            <source>Use the key of the option that means “we need help”, or remove the line.</source>
            <translation>[Ûšé ţĥé ķéý öƒ ţĥé öþţîöñ ţĥåţ ɱéåñš “ŵé ñééđ ĥéļþ”, öŕ ŕéɱöṽé ţĥé ļîñé. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="682" />
            <source>Version</source>
            <translation>[Ṽéŕšîöñ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="157" />
            <source>Vision</source>
            <translation>[Ṽîšîöñ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="82" />
            <source>Voluntary or contractual</source>
            <translation>[Ṽöļûñţåŕý öŕ çöñţŕåçţûåļ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="96" />
            <source>We represent</source>
            <translation>[Ŵé ŕéþŕéšéñţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="482" />
            <source>What it asks</source>
            <translation>[Ŵĥåţ îţ åšķš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/views.py" line="494" />
            <source>When (UTC)</source>
            <translation>[Ŵĥéñ (ÛŢÇ) ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="39" />
            <source>When Partnerbook closed</source>
            <translation>[Ŵĥéñ Þåŕţñéŕƀööķ çļöšéđ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="143" />
            <source>Where papers are kept</source>
            <translation>[Ŵĥéŕé þåþéŕš åŕé ķéþţ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/partner_views.py" line="67" />
            <source>Where partners disagree most</source>
            <translation>[Ŵĥéŕé þåŕţñéŕš đîšåĝŕéé ɱöšţ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/rules_import.py" line="35" />
            <source>Who may be a member</source>
            <translation>[Ŵĥö ɱåý ƀé å ɱéɱƀéŕ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="71" />
            <source>Write it as [scales.{name}] followed by [[scales.{name}.options]].</source>
            <translation>[Ŵŕîţé îţ åš [šçåļéš.{name}] ƒöļļöŵéđ ƀý [[šçåļéš.{name}.öþţîöñš]]. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="257" />
            <source>Write it as {hint}.</source>
            <translation>[Ŵŕîţé îţ åš {hint}. ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="125" />
            <source>Write it as {key} = "…".</source>
            <translation>[Ŵŕîţé îţ åš {key} = "…". ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="294" />
            <source>Write it as {key} = ["first_section", "second_section"].</source>
            <translation>[Ŵŕîţé îţ åš {key} = ["ƒîŕšţ_šéçţîöñ", "šéçöñđ_šéçţîöñ"]. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="135" />
            <source>Write something between the quotes, or remove the line if it is optional.</source>
            <translation>[Ŵŕîţé šöɱéţĥîñĝ ƀéţŵééñ ţĥé ǫûöţéš, öŕ ŕéɱöṽé ţĥé ļîñé îƒ îţ îš öþţîöñåļ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="197" />
            <source>Write the number without quotes.</source>
            <translation>[Ŵŕîţé ţĥé ñûɱƀéŕ ŵîţĥöûţ ǫûöţéš. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_reader.py" line="213" />
            <source>Write {key} = true, without quotes.</source>
            <translation>[Ŵŕîţé {key} = ţŕûé, ŵîţĥöûţ ǫûöţéš. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="322" />
            <source>You may read the collection {label} but not change it: your login is one of its readers. Ask whoever looks after the server if you should be an officer.</source>
            <translation>[Ýöû ɱåý ŕéåđ ţĥé çöļļéçţîöñ {label} ƀûţ ñöţ çĥåñĝé îţ: ýöûŕ ļöĝîñ îš öñé öƒ îţš ŕéåđéŕš. Åšķ ŵĥöéṽéŕ ļööķš åƒţéŕ ţĥé šéŕṽéŕ îƒ ýöû šĥöûļđ ƀé åñ öƒƒîçéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="102" />
            <source>You opened this pack before; opening it again changes nothing that you recorded.</source>
            <translation>[Ýöû öþéñéđ ţĥîš þåçķ ƀéƒöŕé; öþéñîñĝ îţ åĝåîñ çĥåñĝéš ñöţĥîñĝ ţĥåţ ýöû ŕéçöŕđéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/storage_errors.py" line="37" />
            <source>Your records are busy with another task, so the last change could not be saved. Wait a moment and try again. Everything saved before this is safe.</source>
            <translation>[Ýöûŕ ŕéçöŕđš åŕé ƀûšý ŵîţĥ åñöţĥéŕ ţåšķ, šö ţĥé ļåšţ çĥåñĝé çöûļđ ñöţ ƀé šåṽéđ. Ŵåîţ å ɱöɱéñţ åñđ ţŕý åĝåîñ. Éṽéŕýţĥîñĝ šåṽéđ ƀéƒöŕé ţĥîš îš šåƒé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="62" />
            <source>Your records are damaged</source>
            <translation>[Ýöûŕ ŕéçöŕđš åŕé đåɱåĝéđ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="105" />
            <source>Your records cannot be changed</source>
            <translation>[Ýöûŕ ŕéçöŕđš çåññöţ ƀé çĥåñĝéđ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/locations.py" line="113" />
            <source>Your records could not be copied to {folder} ({why}). Nothing changed.</source>
            <translation>[Ýöûŕ ŕéçöŕđš çöûļđ ñöţ ƀé çöþîéđ ţö {folder} ({why}). Ñöţĥîñĝ çĥåñĝéđ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="64" />
            <source>Your records file is missing</source>
            <translation>[Ýöûŕ ŕéçöŕđš ƒîļé îš ɱîššîñĝ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/opening.py" line="90" />
            <source>Your records file, {file}, is missing, but there are backups of it. Partnerbook has not made a new, empty one in its place.</source>
            <translation>[Ýöûŕ ŕéçöŕđš ƒîļé, {file}, îš ɱîššîñĝ, ƀûţ ţĥéŕé åŕé ƀåçķûþš öƒ îţ. Þåŕţñéŕƀööķ ĥåš ñöţ ɱåđé å ñéŵ, éɱþţý öñé îñ îţš þļåçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="170" />
            <source>[source]</source>
            <translation>[[šöûŕçé] ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="190" />
            <source>[use]</source>
            <translation>[[ûšé] ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="194" />
            <source>a band is for level "domain", but this section has no domains.</source>
            <translation>[å ƀåñđ îš ƒöŕ ļéṽéļ "đöɱåîñ", ƀûţ ţĥîš šéçţîöñ ĥåš ñö đöɱåîñš. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/importer.py" line="66" />
            <source>a later return from this group for the same period is already here, so this one is kept as superseded</source>
            <translation>[å ļåţéŕ ŕéţûŕñ ƒŕöɱ ţĥîš ĝŕöûþ ƒöŕ ţĥé šåɱé þéŕîöđ îš åļŕéåđý ĥéŕé, šö ţĥîš öñé îš ķéþţ åš šûþéŕšéđéđ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="71" />
            <source>a scale must be a table.</source>
            <translation>[å šçåļé ɱûšţ ƀé å ţåƀļé. ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="230" />
            <source>a scored section needs bands, to say what a score means.</source>
            <translation>[å šçöŕéđ šéçţîöñ ñééđš ƀåñđš, ţö šåý ŵĥåţ å šçöŕé ɱéåñš. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="387" />
            <source>a section of kind "{kind}" has no scale.</source>
            <translation>[å šéçţîöñ öƒ ķîñđ "{kind}" ĥåš ñö šçåļé. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="375" />
            <source>a section of kind "{kind}" needs a scale.</source>
            <translation>[å šéçţîöñ öƒ ķîñđ "{kind}" ñééđš å šçåļé. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="49" />
            <source>already held, waiting for the officer to confirm or refuse it</source>
            <translation>[åļŕéåđý ĥéļđ, ŵåîţîñĝ ƒöŕ ţĥé öƒƒîçéŕ ţö çöñƒîŕɱ öŕ ŕéƒûšé îţ ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/importer.py" line="62" />
            <source>another return with the same id but different contents is already in the collection; ask the group which one is right</source>
            <translation>[åñöţĥéŕ ŕéţûŕñ ŵîţĥ ţĥé šåɱé îđ ƀûţ đîƒƒéŕéñţ çöñţéñţš îš åļŕéåđý îñ ţĥé çöļļéçţîöñ; åšķ ţĥé ĝŕöûþ ŵĥîçĥ öñé îš ŕîĝĥţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="247" />
            <source>answer scale</source>
            <translation>[åñšŵéŕ šçåļé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="253" />
            <source>at least one option needs a score, or no review could be scored.</source>
            <translation>[åţ ļéåšţ öñé öþţîöñ ñééđš å šçöŕé, öŕ ñö ŕéṽîéŵ çöûļđ ƀé šçöŕéđ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="362" />
            <source>band "{key}"</source>
            <translation>[ƀåñđ "{key}" ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="360" />
            <source>band {number}</source>
            <translation>[ƀåñđ {number} ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/partner_views.py" line="53" />
            <source>fewer than three answered</source>
            <translation>[ƒéŵéŕ ţĥåñ ţĥŕéé åñšŵéŕéđ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="44" />
            <source>held: signed by a different key ({new}) from this group's earlier returns ({old}). A reinstalled laptop or a new computer is the usual reason and is normal; check with the group, then confirm it (or refuse it) under Held returns</source>
            <translation>[ĥéļđ: šîĝñéđ ƀý å đîƒƒéŕéñţ ķéý ({new}) ƒŕöɱ ţĥîš ĝŕöûþ'š éåŕļîéŕ ŕéţûŕñš ({old}). Å ŕéîñšţåļļéđ ļåþţöþ öŕ å ñéŵ çöɱþûţéŕ îš ţĥé ûšûåļ ŕéåšöñ åñđ îš ñöŕɱåļ; çĥéçķ ŵîţĥ ţĥé ĝŕöûþ, ţĥéñ çöñƒîŕɱ îţ (öŕ ŕéƒûšé îţ) ûñđéŕ Ĥéļđ ŕéţûŕñš ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reader.py" line="37" />
            <source>it carries JavaScript, which Partnerbook never runs (a questionnaire Partnerbook made has none)</source>
            <translation>[îţ çåŕŕîéš ĴåṽåŠçŕîþţ, ŵĥîçĥ Þåŕţñéŕƀööķ ñéṽéŕ ŕûñš (å ǫûéšţîöññåîŕé Þåŕţñéŕƀööķ ɱåđé ĥåš ñöñé) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="69" />
            <source>it carries JavaScript, which Partnerbook never runs (a return Partnerbook made has none)</source>
            <translation>[îţ çåŕŕîéš ĴåṽåŠçŕîþţ, ŵĥîçĥ Þåŕţñéŕƀööķ ñéṽéŕ ŕûñš (å ŕéţûŕñ Þåŕţñéŕƀööķ ɱåđé ĥåš ñöñé) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="72" />
            <source>it carries an automatic action (something a PDF reader would do by itself, such as on opening it), which Partnerbook never follows (a return Partnerbook made has none)</source>
            <translation>[îţ çåŕŕîéš åñ åûţöɱåţîç åçţîöñ (šöɱéţĥîñĝ å ÞĐƑ ŕéåđéŕ ŵöûļđ đö ƀý îţšéļƒ, šûçĥ åš öñ öþéñîñĝ îţ), ŵĥîçĥ Þåŕţñéŕƀööķ ñéṽéŕ ƒöļļöŵš (å ŕéţûŕñ Þåŕţñéŕƀööķ ɱåđé ĥåš ñöñé) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="116" />
            <source>it could not be opened ({reason}).</source>
            <translation>[îţ çöûļđ ñöţ ƀé öþéñéđ ({reason}). ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="206" />
            <source>it could not be read ({reason}).</source>
            <translation>[îţ çöûļđ ñöţ ƀé ŕéåđ ({reason}). ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="130" />
            <source>it could not be read ({why})</source>
            <translation>[îţ çöûļđ ñöţ ƀé ŕéåđ ({why}) ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="53" />
            <source>it could not be read because of an error in Partnerbook; nothing was changed. Please try again</source>
            <translation>[îţ çöûļđ ñöţ ƀé ŕéåđ ƀéçåûšé öƒ åñ éŕŕöŕ îñ Þåŕţñéŕƀööķ; ñöţĥîñĝ ŵåš çĥåñĝéđ. Þļéåšé ţŕý åĝåîñ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="44" />
            <source>it does not say which organisation answered (the box is empty), so it cannot be told apart from others. Ask the partner to fill it in, or type the answers in as a viewpoint</source>
            <translation>[îţ đöéš ñöţ šåý ŵĥîçĥ öŕĝåñîšåţîöñ åñšŵéŕéđ (ţĥé ƀöẋ îš éɱþţý), šö îţ çåññöţ ƀé ţöļđ åþåŕţ ƒŕöɱ öţĥéŕš. Åšķ ţĥé þåŕţñéŕ ţö ƒîļļ îţ îñ, öŕ ţýþé ţĥé åñšŵéŕš îñ åš å ṽîéŵþöîñţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="224" />
            <source>it has more than {limit:,} rows.</source>
            <translation>[îţ ĥåš ɱöŕé ţĥåñ {limit:,} ŕöŵš. ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="175" />
            <source>it has more than {limit:,} rows. Split it into smaller files.</source>
            <translation>[îţ ĥåš ɱöŕé ţĥåñ {limit:,} ŕöŵš. Šþļîţ îţ îñţö šɱåļļéŕ ƒîļéš. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="186" />
            <source>it has no Partnerbook data attached (it may be a printout or a scan of a return rather than the PDF the app exported)</source>
            <translation>[îţ ĥåš ñö Þåŕţñéŕƀööķ đåţå åţţåçĥéđ (îţ ɱåý ƀé å þŕîñţöûţ öŕ å šçåñ öƒ å ŕéţûŕñ ŕåţĥéŕ ţĥåñ ţĥé ÞĐƑ ţĥé åþþ éẋþöŕţéđ) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reader.py" line="32" />
            <source>it has no form fields left to read: it looks like a printed, scanned or “printed to PDF” copy. Type the answers in on the Viewpoints tab instead, as a new viewpoint</source>
            <translation>[îţ ĥåš ñö ƒöŕɱ ƒîéļđš ļéƒţ ţö ŕéåđ: îţ ļööķš ļîķé å þŕîñţéđ, šçåññéđ öŕ “þŕîñţéđ ţö ÞĐƑ” çöþý. Ţýþé ţĥé åñšŵéŕš îñ öñ ţĥé Ṽîéŵþöîñţš ţåƀ îñšţéåđ, åš å ñéŵ ṽîéŵþöîñţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="460" />
            <source>it has no items.</source>
            <translation>[îţ ĥåš ñö îţéɱš. ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="479" />
            <source>it has no items. Add at least one [[sections.items]] after it.</source>
            <translation>[îţ ĥåš ñö îţéɱš. Åđđ åţ ļéåšţ öñé [[šéçţîöñš.îţéɱš]] åƒţéŕ îţ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="297" />
            <source>it has no sheets.</source>
            <translation>[îţ ĥåš ñö šĥééţš. ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="313" />
            <source>it has {count} options; the limit is {limit}.</source>
            <translation>[îţ ĥåš {count} öþţîöñš; ţĥé ļîɱîţ îš {limit}. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reader.py" line="104" />
            <source>it holds far more form fields than a questionnaire</source>
            <translation>[îţ ĥöļđš ƒåŕ ɱöŕé ƒöŕɱ ƒîéļđš ţĥåñ å ǫûéšţîöññåîŕé ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="32" />
            <source>it holds form fields the questionnaire never had ({names}), so it may have been changed. Ask the partner to fill in the questionnaire as it was sent</source>
            <translation>[îţ ĥöļđš ƒöŕɱ ƒîéļđš ţĥé ǫûéšţîöññåîŕé ñéṽéŕ ĥåđ ({names}), šö îţ ɱåý ĥåṽé ƀééñ çĥåñĝéđ. Åšķ ţĥé þåŕţñéŕ ţö ƒîļļ îñ ţĥé ǫûéšţîöññåîŕé åš îţ ŵåš šéñţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="254" />
            <source>it holds more than {limit:,} parts; it is not a workbook.</source>
            <translation>[îţ ĥöļđš ɱöŕé ţĥåñ {limit:,} þåŕţš; îţ îš ñöţ å ŵöŕķƀööķ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="51" />
            <source>it holds two attached files with the same name ({name}): a PDF reader shows one of them and the data could be read from the other, so it cannot be trusted; ask the group to export the return again</source>
            <translation>[îţ ĥöļđš ţŵö åţţåçĥéđ ƒîļéš ŵîţĥ ţĥé šåɱé ñåɱé ({name}): å ÞĐƑ ŕéåđéŕ šĥöŵš öñé öƒ ţĥéɱ åñđ ţĥé đåţå çöûļđ ƀé ŕéåđ ƒŕöɱ ţĥé öţĥéŕ, šö îţ çåññöţ ƀé ţŕûšţéđ; åšķ ţĥé ĝŕöûþ ţö éẋþöŕţ ţĥé ŕéţûŕñ åĝåîñ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="119" />
            <source>it is a folder, not a file.</source>
            <translation>[îţ îš å ƒöļđéŕ, ñöţ å ƒîļé. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="209" />
            <source>it is a zip file or a workbook, not CSV. Rename it to .xlsx.</source>
            <translation>[îţ îš å žîþ ƒîļé öŕ å ŵöŕķƀööķ, ñöţ ÇŠṼ. Ŕéñåɱé îţ ţö .ẋļšẋ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/watchdog.py" line="80" />
            <source>it is damaged and could not be read</source>
            <translation>[îţ îš đåɱåĝéđ åñđ çöûļđ ñöţ ƀé ŕéåđ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="199" />
            <source>it is damaged and could not be read as a PDF</source>
            <translation>[îţ îš đåɱåĝéđ åñđ çöûļđ ñöţ ƀé ŕéåđ åš å ÞĐƑ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="293" />
            <source>it is damaged or not a workbook Partnerbook can read.</source>
            <translation>[îţ îš đåɱåĝéđ öŕ ñöţ å ŵöŕķƀööķ Þåŕţñéŕƀööķ çåñ ŕéåđ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="228" />
            <source>it is not a CSV file we can read ({reason}).</source>
            <translation>[îţ îš ñöţ å ÇŠṼ ƒîļé ŵé çåñ ŕéåđ ({reason}). ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="143" />
            <source>it is not a PDF, so it is not a Partnerbook return</source>
            <translation>[îţ îš ñöţ å ÞĐƑ, šö îţ îš ñöţ å Þåŕţñéŕƀööķ ŕéţûŕñ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reader.py" line="127" />
            <source>it is not a PDF, so it is not a questionnaire</source>
            <translation>[îţ îš ñöţ å ÞĐƑ, šö îţ îš ñöţ å ǫûéšţîöññåîŕé ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="11" />
            <source>it is not a Partnerbook questionnaire (it has form fields, but not ours). Check it is the questionnaire you sent</source>
            <translation>[îţ îš ñöţ å Þåŕţñéŕƀööķ ǫûéšţîöññåîŕé (îţ ĥåš ƒöŕɱ ƒîéļđš, ƀûţ ñöţ öûŕš). Çĥéçķ îţ îš ţĥé ǫûéšţîöññåîŕé ýöû šéñţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="213" />
            <source>it is not a spreadsheet saved as CSV (it holds binary data).</source>
            <translation>[îţ îš ñöţ å šþŕéåđšĥééţ šåṽéđ åš ÇŠṼ (îţ ĥöļđš ƀîñåŕý đåţå). ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="198" />
            <source>it is not a spreadsheet saved as CSV (it is not readable text).</source>
            <translation>[îţ îš ñöţ å šþŕéåđšĥééţ šåṽéđ åš ÇŠṼ (îţ îš ñöţ ŕéåđåƀļé ţéẋţ). ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="240" />
            <source>it is not an Excel workbook (.xlsx). Open it in your spreadsheet program and save it as an Excel workbook or as CSV.</source>
            <translation>[îţ îš ñöţ åñ Éẋçéļ ŵöŕķƀööķ (.ẋļšẋ). Öþéñ îţ îñ ýöûŕ šþŕéåđšĥééţ þŕöĝŕåɱ åñđ šåṽé îţ åš åñ Éẋçéļ ŵöŕķƀööķ öŕ åš ÇŠṼ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="56" />
            <source>it is not signed by the group's Partnerbook, so nobody can tell who made it; ask the group to export the return again with the current Partnerbook</source>
            <translation>[îţ îš ñöţ šîĝñéđ ƀý ţĥé ĝŕöûþ'š Þåŕţñéŕƀööķ, šö ñöƀöđý çåñ ţéļļ ŵĥö ɱåđé îţ; åšķ ţĥé ĝŕöûþ ţö éẋþöŕţ ţĥé ŕéţûŕñ åĝåîñ ŵîţĥ ţĥé çûŕŕéñţ Þåŕţñéŕƀööķ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reader.py" line="135" />
            <source>it is protected by a password, so its answers cannot be read; ask the partner to save it without a password</source>
            <translation>[îţ îš þŕöţéçţéđ ƀý å þåššŵöŕđ, šö îţš åñšŵéŕš çåññöţ ƀé ŕéåđ; åšķ ţĥé þåŕţñéŕ ţö šåṽé îţ ŵîţĥöûţ å þåššŵöŕđ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="28" />
            <source>it is the questionnaire for another review ({partnership}, review of {date}). Bring it back on that review's page</source>
            <translation>[îţ îš ţĥé ǫûéšţîöññåîŕé ƒöŕ åñöţĥéŕ ŕéṽîéŵ ({partnership}, ŕéṽîéŵ öƒ {date}). Ɓŕîñĝ îţ ƀåçķ öñ ţĥåţ ŕéṽîéŵ'š þåĝé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reader.py" line="120" />
            <source>it is too large ({size} MB; a questionnaire is at most {limit} MB)</source>
            <translation>[îţ îš ţöö ļåŕĝé ({size} ṀƁ; å ǫûéšţîöññåîŕé îš åţ ɱöšţ {limit} ṀƁ) ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="134" />
            <source>it is too large ({size} MB; a return is at most {limit} MB)</source>
            <translation>[îţ îš ţöö ļåŕĝé ({size} ṀƁ; å ŕéţûŕñ îš åţ ɱöšţ {limit} ṀƁ) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="123" />
            <source>it is {size:.1f} MB, and a list of partnerships is never more than {limit} MB. Check it is the right file.</source>
            <translation>[îţ îš {size:.1f} ṀƁ, åñđ å ļîšţ öƒ þåŕţñéŕšĥîþš îš ñéṽéŕ ɱöŕé ţĥåñ {limit} ṀƁ. Çĥéçķ îţ îš ţĥé ŕîĝĥţ ƒîļé. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="311" />
            <source>it must contain at least one option.</source>
            <translation>[îţ ɱûšţ çöñţåîñ åţ ļéåšţ öñé öþţîöñ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/return_rules.py" line="38" />
            <source>it says it was made at {made}, more than a day after the time on this computer; check this computer's clock, or ask the group to export the return again</source>
            <translation>[îţ šåýš îţ ŵåš ɱåđé åţ {made}, ɱöŕé ţĥåñ å đåý åƒţéŕ ţĥé ţîɱé öñ ţĥîš çöɱþûţéŕ; çĥéçķ ţĥîš çöɱþûţéŕ'š çļöçķ, öŕ åšķ ţĥé ĝŕöûþ ţö éẋþöŕţ ţĥé ŕéţûŕñ åĝåîñ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="354" />
            <source>it starts at {start:g}, above the highest {level} score possible ({high:g}), so no score could fall in it.</source>
            <translation>[îţ šţåŕţš åţ {start:g}, åƀöṽé ţĥé ĥîĝĥéšţ {level} šçöŕé þöššîƀļé ({high:g}), šö ñö šçöŕé çöûļđ ƒåļļ îñ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="327" />
            <source>it starts at {start:g}, but the band before it runs to {end:g}: they overlap.</source>
            <translation>[îţ šţåŕţš åţ {start:g}, ƀûţ ţĥé ƀåñđ ƀéƒöŕé îţ ŕûñš ţö {end:g}: ţĥéý öṽéŕļåþ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="305" />
            <source>it starts at {start:g}, which is not above where the band before it starts ({before:g}).</source>
            <translation>[îţ šţåŕţš åţ {start:g}, ŵĥîçĥ îš ñöţ åƀöṽé ŵĥéŕé ţĥé ƀåñđ ƀéƒöŕé îţ šţåŕţš ({before:g}). ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="389" />
            <source>it starts at {start}, which is not above where the band before it starts ({before}). List the bands from lowest to highest; each runs up to where the next one starts, so they cannot overlap or leave gaps.</source>
            <translation>[îţ šţåŕţš åţ {start}, ŵĥîçĥ îš ñöţ åƀöṽé ŵĥéŕé ţĥé ƀåñđ ƀéƒöŕé îţ šţåŕţš ({before}). Ļîšţ ţĥé ƀåñđš ƒŕöɱ ļöŵéšţ ţö ĥîĝĥéšţ; éåçĥ ŕûñš ûþ ţö ŵĥéŕé ţĥé ñéẋţ öñé šţåŕţš, šö ţĥéý çåññöţ öṽéŕļåþ öŕ ļéåṽé ĝåþš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="340" />
            <source>it was made by a newer version of Partnerbook (format {version}); install the latest Partnerbook to import it</source>
            <translation>[îţ ŵåš ɱåđé ƀý å ñéŵéŕ ṽéŕšîöñ öƒ Þåŕţñéŕƀööķ (ƒöŕɱåţ {version}); îñšţåļļ ţĥé ļåţéšţ Þåŕţñéŕƀööķ ţö îɱþöŕţ îţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="19" />
            <source>it was not made for any review in these records (it may be from another group, or its questionnaire was deleted)</source>
            <translation>[îţ ŵåš ñöţ ɱåđé ƒöŕ åñý ŕéṽîéŵ îñ ţĥéšé ŕéçöŕđš (îţ ɱåý ƀé ƒŕöɱ åñöţĥéŕ ĝŕöûþ, öŕ îţš ǫûéšţîöññåîŕé ŵåš đéļéţéđ) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="262" />
            <source>it would unpack to {size:,.0f} MB, far more than any list of partnerships needs. It may be damaged or made to cause harm.</source>
            <translation>[îţ ŵöûļđ ûñþåçķ ţö {size:,.0f} ṀƁ, ƒåŕ ɱöŕé ţĥåñ åñý ļîšţ öƒ þåŕţñéŕšĥîþš ñééđš. Îţ ɱåý ƀé đåɱåĝéđ öŕ ɱåđé ţö çåûšé ĥåŕɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="496" />
            <source>item {number} in section "{section}"</source>
            <translation>[îţéɱ {number} îñ šéçţîöñ "{section}" ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="505" />
            <source>item {ref} in section "{section}"</source>
            <translation>[îţéɱ {ref} îñ šéçţîöñ "{section}" ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="36" />
            <source>its answer to {refs} is not one the questionnaire offered, so the form was changed. Ask the partner to fill in the questionnaire as it was sent</source>
            <translation>[îţš åñšŵéŕ ţö {refs} îš ñöţ öñé ţĥé ǫûéšţîöññåîŕé öƒƒéŕéđ, šö ţĥé ƒöŕɱ ŵåš çĥåñĝéđ. Åšķ ţĥé þåŕţñéŕ ţö ƒîļļ îñ ţĥé ǫûéšţîöññåîŕé åš îţ ŵåš šéñţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="203" />
            <source>its attached data could not be read</source>
            <translation>[îţš åţţåçĥéđ đåţå çöûļđ ñöţ ƀé ŕéåđ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="219" />
            <source>its attached data is larger than {limit} MB</source>
            <translation>[îţš åţţåçĥéđ đåţå îš ļåŕĝéŕ ţĥåñ {limit} ṀƁ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="335" />
            <source>its attached data is not a Partnerbook return</source>
            <translation>[îţš åţţåçĥéđ đåţå îš ñöţ å Þåŕţñéŕƀööķ ŕéţûŕñ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="259" />
            <source>its attached data is not readable text</source>
            <translation>[îţš åţţåçĥéđ đåţå îš ñöţ ŕéåđåƀļé ţéẋţ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="267" />
            <source>its attached data is not valid JSON</source>
            <translation>[îţš åţţåçĥéđ đåţå îš ñöţ ṽåļîđ ĴŠÖÑ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="353" />
            <source>its data could not be checked</source>
            <translation>[îţš đåţå çöûļđ ñöţ ƀé çĥéçķéđ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/importer.py" line="73" />
            <source>its data could not be stored in the collection ({why}); the rest of the import went on</source>
            <translation>[îţš đåţå çöûļđ ñöţ ƀé šţöŕéđ îñ ţĥé çöļļéçţîöñ ({why}); ţĥé ŕéšţ öƒ ţĥé îɱþöŕţ ŵéñţ öñ ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="338" />
            <source>its data does not say which version of the format it uses</source>
            <translation>[îţš đåţå đöéš ñöţ šåý ŵĥîçĥ ṽéŕšîöñ öƒ ţĥé ƒöŕɱåţ îţ ûšéš ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="347" />
            <source>its data has no check code (SHA-256)</source>
            <translation>[îţš đåţå ĥåš ñö çĥéçķ çöđé (ŠĤÅ-256) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/return_rules.py" line="46" />
            <source>its data holds a date more than {years} years from now ({where})</source>
            <translation>[îţš đåţå ĥöļđš å đåţé ɱöŕé ţĥåñ {years} ýéåŕš ƒŕöɱ ñöŵ ({where}) ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="239" />
            <source>its data holds a field name that is too long</source>
            <translation>[îţš đåţå ĥöļđš å ƒîéļđ ñåɱé ţĥåţ îš ţöö ļöñĝ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="302" />
            <source>its data holds a number that is out of range</source>
            <translation>[îţš đåţå ĥöļđš å ñûɱƀéŕ ţĥåţ îš öûţ öƒ ŕåñĝé ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="288" />
            <source>its data holds a piece of text longer than {limit:,} characters</source>
            <translation>[îţš đåţå ĥöļđš å þîéçé öƒ ţéẋţ ļöñĝéŕ ţĥåñ {limit:,} çĥåŕåçţéŕš ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="247" />
            <source>its data holds the value {name}, which a return never has</source>
            <translation>[îţš đåţå ĥöļđš ţĥé ṽåļûé {name}, ŵĥîçĥ å ŕéţûŕñ ñéṽéŕ ĥåš ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="273" />
            <source>its data is nested more than {limit} levels deep</source>
            <translation>[îţš đåţå îš ñéšţéđ ɱöŕé ţĥåñ {limit} ļéṽéļš đééþ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="362" />
            <source>its data is not a valid return ({problem})</source>
            <translation>[îţš đåţå îš ñöţ å ṽåļîđ ŕéţûŕñ ({problem}) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="241" />
            <source>its data names the field '{key}' twice</source>
            <translation>[îţš đåţå ñåɱéš ţĥé ƒîéļđ '{key}' ţŵîçé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="355" />
            <source>its data was changed after it was exported (the check code does not match); ask the group to export the return again</source>
            <translation>[îţš đåţå ŵåš çĥåñĝéđ åƒţéŕ îţ ŵåš éẋþöŕţéđ (ţĥé çĥéçķ çöđé đöéš ñöţ ɱåţçĥ); åšķ ţĥé ĝŕöûþ ţö éẋþöŕţ ţĥé ŕéţûŕñ åĝåîñ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="23" />
            <source>its questionnaire code does not match (the form was changed after it was made), so its answers cannot be trusted. Ask the partner to fill in the questionnaire as it was sent</source>
            <translation>[îţš ǫûéšţîöññåîŕé çöđé đöéš ñöţ ɱåţçĥ (ţĥé ƒöŕɱ ŵåš çĥåñĝéđ åƒţéŕ îţ ŵåš ɱåđé), šö îţš åñšŵéŕš çåññöţ ƀé ţŕûšţéđ. Åšķ ţĥé þåŕţñéŕ ţö ƒîļļ îñ ţĥé ǫûéšţîöññåîŕé åš îţ ŵåš šéñţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="15" />
            <source>its questionnaire code is missing or unreadable, so it may have been changed. Ask the partner to fill in the questionnaire as it was sent</source>
            <translation>[îţš ǫûéšţîöññåîŕé çöđé îš ɱîššîñĝ öŕ ûñŕéåđåƀļé, šö îţ ɱåý ĥåṽé ƀééñ çĥåñĝéđ. Åšķ ţĥé þåŕţñéŕ ţö ƒîļļ îñ ţĥé ǫûéšţîöññåîŕé åš îţ ŵåš šéñţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="60" />
            <source>its signature is not good ({why}): it was changed after the group signed it, or it was not made by the group's Partnerbook; ask the group to export the return again</source>
            <translation>[îţš šîĝñåţûŕé îš ñöţ ĝööđ ({why}): îţ ŵåš çĥåñĝéđ åƒţéŕ ţĥé ĝŕöûþ šîĝñéđ îţ, öŕ îţ ŵåš ñöţ ɱåđé ƀý ţĥé ĝŕöûþ'š Þåŕţñéŕƀööķ; åšķ ţĥé ĝŕöûþ ţö éẋþöŕţ ţĥé ŕéţûŕñ åĝåîñ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="342" />
            <source>no item belongs to this domain.</source>
            <translation>[ñö îţéɱ ƀéļöñĝš ţö ţĥîš đöɱåîñ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="408" />
            <source>no option of the scale "{name}" has a score, so nothing could be scored.</source>
            <translation>[ñö öþţîöñ öƒ ţĥé šçåļé "{name}" ĥåš å šçöŕé, šö ñöţĥîñĝ çöûļđ ƀé šçöŕéđ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="40" />
            <source>no question is answered in it. Perhaps it was sent before being saved: ask the partner to save the filled form and send it again</source>
            <translation>[ñö ǫûéšţîöñ îš åñšŵéŕéđ îñ îţ. Þéŕĥåþš îţ ŵåš šéñţ ƀéƒöŕé ƀéîñĝ šåṽéđ: åšķ ţĥé þåŕţñéŕ ţö šåṽé ţĥé ƒîļļéđ ƒöŕɱ åñđ šéñđ îţ åĝåîñ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reader.py" line="97" />
            <source>one of its answers is longer than {limit:,} characters</source>
            <translation>[öñé öƒ îţš åñšŵéŕš îš ļöñĝéŕ ţĥåñ {limit:,} çĥåŕåçţéŕš ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="273" />
            <source>one of its parts is packed far more tightly than a real workbook. It may be damaged or made to cause harm.</source>
            <translation>[öñé öƒ îţš þåŕţš îš þåçķéđ ƒåŕ ɱöŕé ţîĝĥţļý ţĥåñ å ŕéåļ ŵöŕķƀööķ. Îţ ɱåý ƀé đåɱåĝéđ öŕ ɱåđé ţö çåûšé ĥåŕɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="310" />
            <source>part of it is damaged and cannot be read.</source>
            <translation>[þåŕţ öƒ îţ îš đåɱåĝéđ åñđ çåññöţ ƀé ŕéåđ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="247" />
            <source>rating scale</source>
            <translation>[ŕåţîñĝ šçåļé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/watchdog.py" line="203" />
            <source>reading it made the reader stop; the file is damaged</source>
            <translation>[ŕéåđîñĝ îţ ɱåđé ţĥé ŕéåđéŕ šţöþ; ţĥé ƒîļé îš đåɱåĝéđ ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/watchdog.py" line="79" />
            <source>reading it needed more memory than allowed</source>
            <translation>[ŕéåđîñĝ îţ ñééđéđ ɱöŕé ɱéɱöŕý ţĥåñ åļļöŵéđ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/watchdog.py" line="182" />
            <source>reading it took longer than {seconds:g} seconds, so it was stopped (the file may be damaged or made to cause trouble)</source>
            <translation>[ŕéåđîñĝ îţ ţööķ ļöñĝéŕ ţĥåñ {seconds:g} šéçöñđš, šö îţ ŵåš šţöþþéđ (ţĥé ƒîļé ɱåý ƀé đåɱåĝéđ öŕ ɱåđé ţö çåûšé ţŕöûƀļé) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="160" />
            <source>row {number} has more than {limit} columns. Keep only the columns about partnerships (see the template).</source>
            <translation>[ŕöŵ {number} ĥåš ɱöŕé ţĥåñ {limit} çöļûɱñš. Ķééþ öñļý ţĥé çöļûɱñš åƀöûţ þåŕţñéŕšĥîþš (šéé ţĥé ţéɱþļåţé). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="69" />
            <source>scale "{name}"</source>
            <translation>[šçåļé "{name}" ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="285" />
            <source>section "{key}"</source>
            <translation>[šéçţîöñ "{key}" ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="283" />
            <source>section {number}</source>
            <translation>[šéçţîöñ {number} ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/intake.py" line="64" />
            <source>the PDF was changed after the group's Partnerbook signed it ({why}); ask the group to send the file again, exactly as Partnerbook saved it</source>
            <translation>[ţĥé ÞĐƑ ŵåš çĥåñĝéđ åƒţéŕ ţĥé ĝŕöûþ'š Þåŕţñéŕƀööķ šîĝñéđ îţ ({why}); åšķ ţĥé ĝŕöûþ ţö šéñđ ţĥé ƒîļé åĝåîñ, éẋåçţļý åš Þåŕţñéŕƀööķ šåṽéđ îţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="117" />
            <source>the copy could not be read back ({problem})</source>
            <translation>[ţĥé çöþý çöûļđ ñöţ ƀé ŕéåđ ƀåçķ ({problem}) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="385" />
            <source>the copy it made did not read back correctly; the disk may be failing</source>
            <translation>[ţĥé çöþý îţ ɱåđé đîđ ñöţ ŕéåđ ƀåçķ çöŕŕéçţļý; ţĥé đîšķ ɱåý ƀé ƒåîļîñĝ ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="353" />
            <source>the copy it made did not read back correctly; the disk may be failing, or the backup may have changed while it was read</source>
            <translation>[ţĥé çöþý îţ ɱåđé đîđ ñöţ ŕéåđ ƀåçķ çöŕŕéçţļý; ţĥé đîšķ ɱåý ƀé ƒåîļîñĝ, öŕ ţĥé ƀåçķûþ ɱåý ĥåṽé çĥåñĝéđ ŵĥîļé îţ ŵåš ŕéåđ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="66" />
            <source>the disk could not be reached. If it is a USB stick, put it back and try again</source>
            <translation>[ţĥé đîšķ çöûļđ ñöţ ƀé ŕéåçĥéđ. Îƒ îţ îš å ÛŠƁ šţîçķ, þûţ îţ ƀåçķ åñđ ţŕý åĝåîñ ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="62" />
            <source>the disk is full. Free some space and try again</source>
            <translation>[ţĥé đîšķ îš ƒûļļ. Ƒŕéé šöɱé šþåçé åñđ ţŕý åĝåîñ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="433" />
            <source>the domain key "{key}" is used twice in this section.</source>
            <translation>[ţĥé đöɱåîñ ķéý "{key}" îš ûšéđ ţŵîçé îñ ţĥîš šéçţîöñ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="215" />
            <source>the domains have different numbers of questions ({sizes}), so one set of domain bands cannot fit them all.</source>
            <translation>[ţĥé đöɱåîñš ĥåṽé đîƒƒéŕéñţ ñûɱƀéŕš öƒ ǫûéšţîöñš ({sizes}), šö öñé šéţ öƒ đöɱåîñ ƀåñđš çåññöţ ƒîţ ţĥéɱ åļļ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/frameworks.py" line="138" />
            <source>the file cannot be read ({why}).</source>
            <translation>[ţĥé ƒîļé çåññöţ ƀé ŕéåđ ({why}). ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="131" />
            <source>the file is empty.</source>
            <translation>[ţĥé ƒîļé îš éɱþţý. ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/frameworks.py" line="156" />
            <source>the file is not saved as UTF-8 text (the first unreadable character is on line {line}). Open it in a text editor and save it as UTF-8.</source>
            <translation>[ţĥé ƒîļé îš ñöţ šåṽéđ åš ÛŢƑ-8 ţéẋţ (ţĥé ƒîŕšţ ûñŕéåđåƀļé çĥåŕåçţéŕ îš öñ ļîñé {line}). Öþéñ îţ îñ å ţéẋţ éđîţöŕ åñđ šåṽé îţ åš ÛŢƑ-8. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="93" />
            <source>the file is too large to be a framework ({size:,} bytes; the limit is {limit:,} bytes, which is 1 MB).</source>
            <translation>[ţĥé ƒîļé îš ţöö ļåŕĝé ţö ƀé å ƒŕåɱéŵöŕķ ({size:,} ƀýţéš; ţĥé ļîɱîţ îš {limit:,} ƀýţéš, ŵĥîçĥ îš 1 ṀƁ). ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="382" />
            <source>the first band starts at {start}, but it must start at 0 so that every score from 0 to 100 has a band.</source>
            <translation>[ţĥé ƒîŕšţ ƀåñđ šţåŕţš åţ {start}, ƀûţ îţ ɱûšţ šţåŕţ åţ 0 šö ţĥåţ éṽéŕý šçöŕé ƒŕöɱ 0 ţö 100 ĥåš å ƀåñđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="293" />
            <source>the key "{key}" is used by more than one band at this level.</source>
            <translation>[ţĥé ķéý "{key}" îš ûšéđ ƀý ɱöŕé ţĥåñ öñé ƀåñđ åţ ţĥîš ļéṽéļ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="374" />
            <source>the key "{key}" is used by more than one band.</source>
            <translation>[ţĥé ķéý "{key}" îš ûšéđ ƀý ɱöŕé ţĥåñ öñé ƀåñđ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="328" />
            <source>the key "{key}" is used by more than one option.</source>
            <translation>[ţĥé ķéý "{key}" îš ûšéđ ƀý ɱöŕé ţĥåñ öñé öþţîöñ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="366" />
            <source>the last band runs to {end:g}, but a {level} score can be as high as {high:g}.</source>
            <translation>[ţĥé ļåšţ ƀåñđ ŕûñš ţö {end:g}, ƀûţ å {level} šçöŕé çåñ ƀé åš ĥîĝĥ åš {high:g}. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="342" />
            <source>the lowest {level} score possible is {low:g}, but the first band starts at {start:g}, so a score from {low:g} to below {start:g} would have no band.</source>
            <translation>[ţĥé ļöŵéšţ {level} šçöŕé þöššîƀļé îš {low:g}, ƀûţ ţĥé ƒîŕšţ ƀåñđ šţåŕţš åţ {start:g}, šö å šçöŕé ƒŕöɱ {low:g} ţö ƀéļöŵ {start:g} ŵöûļđ ĥåṽé ñö ƀåñđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="53" />
            <source>the officer refused this return before (signed by a key the group did not confirm), so it stays out</source>
            <translation>[ţĥé öƒƒîçéŕ ŕéƒûšéđ ţĥîš ŕéţûŕñ ƀéƒöŕé (šîĝñéđ ƀý å ķéý ţĥé ĝŕöûþ đîđ ñöţ çöñƒîŕɱ), šö îţ šţåýš öûţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/return_rules.py" line="31" />
            <source>the period it covers ends ({end}) before it starts ({start})</source>
            <translation>[ţĥé þéŕîöđ îţ çöṽéŕš éñđš ({end}) ƀéƒöŕé îţ šţåŕţš ({start}) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="492" />
            <source>the ref "{ref}" is used twice; it is also in section "{other}".</source>
            <translation>[ţĥé ŕéƒ "{ref}" îš ûšéđ ţŵîçé; îţ îš åļšö îñ šéçţîöñ "{other}". ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="529" />
            <source>the ref belongs to clause {found}, but this section is clause {clause}.</source>
            <translation>[ţĥé ŕéƒ ƀéļöñĝš ţö çļåûšé {found}, ƀûţ ţĥîš šéçţîöñ îš çļåûšé {clause}. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="536" />
            <source>the ref {ref} is used twice; it is also in section "{section}".</source>
            <translation>[ţĥé ŕéƒ {ref} îš ûšéđ ţŵîçé; îţ îš åļšö îñ šéçţîöñ "{section}". ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="52" />
            <source>the review already holds {limit} viewpoints, the most it can hold</source>
            <translation>[ţĥé ŕéṽîéŵ åļŕéåđý ĥöļđš {limit} ṽîéŵþöîñţš, ţĥé ɱöšţ îţ çåñ ĥöļđ ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/questionnaire_reasons.py" line="48" />
            <source>the review is finished, so answers are not added to it. Change the review first (it becomes a draft again), then bring the answers back</source>
            <translation>[ţĥé ŕéṽîéŵ îš ƒîñîšĥéđ, šö åñšŵéŕš åŕé ñöţ åđđéđ ţö îţ. Çĥåñĝé ţĥé ŕéṽîéŵ ƒîŕšţ (îţ ƀéçöɱéš å đŕåƒţ åĝåîñ), ţĥéñ ƀŕîñĝ ţĥé åñšŵéŕš ƀåçķ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="109" />
            <source>the scale has no options.</source>
            <translation>[ţĥé šçåļé ĥåš ñö öþţîöñš. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="80" />
            <source>the scale name "{name}" is not allowed.</source>
            <translation>[ţĥé šçåļé ñåɱé "{name}" îš ñöţ åļļöŵéđ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="300" />
            <source>the section key "{key}" is used twice.</source>
            <translation>[ţĥé šéçţîöñ ķéý "{key}" îš ûšéđ ţŵîçé. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="245" />
            <source>there are no sections.</source>
            <translation>[ţĥéŕé åŕé ñö šéçţîöñš. ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="258" />
            <source>there are {count:,} items; the limit is {limit}.</source>
            <translation>[ţĥéŕé åŕé {count:,} îţéɱš; ţĥé ļîɱîţ îš {limit}. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="354" />
            <source>there are {count} bands; the limit is {limit}.</source>
            <translation>[ţĥéŕé åŕé {count} ƀåñđš; ţĥé ļîɱîţ îš {limit}. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="247" />
            <source>there are {count} sections; the limit is {limit}.</source>
            <translation>[ţĥéŕé åŕé {count} šéçţîöñš; ţĥé ļîɱîţ îš {limit}. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/frameworks.py" line="199" />
            <source>there is no built-in framework with the id {id} (built in: {known}).</source>
            <translation>[ţĥéŕé îš ñö ƀûîļţ-îñ ƒŕåɱéŵöŕķ ŵîţĥ ţĥé îđ {id} (ƀûîļţ îñ: {known}). ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="542" />
            <source>there is no domain "{domain}" in this section.</source>
            <translation>[ţĥéŕé îš ñö đöɱåîñ "{domain}" îñ ţĥîš šéçţîöñ. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="397" />
            <source>there is no scale called "{name}".</source>
            <translation>[ţĥéŕé îš ñö šçåļé çåļļéđ "{name}". ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/frameworks.py" line="136" />
            <source>there is no such file ({path}).</source>
            <translation>[ţĥéŕé îš ñö šûçĥ ƒîļé ({path}). ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="181" />
            <source>there is nothing in it.</source>
            <translation>[ţĥéŕé îš ñöţĥîñĝ îñ îţ. ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_checker.py" line="109" />
            <source>these keys are missing: {keys}.</source>
            <translation>[ţĥéšé ķéýš åŕé ɱîššîñĝ: {keys}. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="438" />
            <source>these sections are missing: {names}.</source>
            <translation>[ţĥéšé šéçţîöñš åŕé ɱîššîñĝ: {names}. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="215" />
            <source>this framework was made for a newer version of Partnerbook (it uses file format {format}; this version reads format {supported}). Update Partnerbook to use it.</source>
            <translation>[ţĥîš ƒŕåɱéŵöŕķ ŵåš ɱåđé ƒöŕ å ñéŵéŕ ṽéŕšîöñ öƒ Þåŕţñéŕƀööķ (îţ ûšéš ƒîļé ƒöŕɱåţ {format}; ţĥîš ṽéŕšîöñ ŕéåđš ƒöŕɱåţ {supported}). Ûþđåţé Þåŕţñéŕƀööķ ţö ûšé îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/frameworks.py" line="140" />
            <source>this is not a file.</source>
            <translation>[ţĥîš îš ñöţ å ƒîļé. ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="457" />
            <source>this is not a section Partnerbook knows. The sections are {known}.</source>
            <translation>[ţĥîš îš ñöţ å šéçţîöñ Þåŕţñéŕƀööķ ķñöŵš. Ţĥé šéçţîöñš åŕé {known}. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="88" />
            <source>this is not a valid TOML file. At the end of the file: {what}.</source>
            <translation>[ţĥîš îš ñöţ å ṽåļîđ ŢÖṀĻ ƒîļé. Åţ ţĥé éñđ öƒ ţĥé ƒîļé: {what}. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="80" />
            <source>this is not a valid TOML file. Line {line}, column {column}: {what}.</source>
            <translation>[ţĥîš îš ñöţ å ṽåļîđ ŢÖṀĻ ƒîļé. Ļîñé {line}, çöļûɱñ {column}: {what}. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="89" />
            <source>this is not a valid TOML file: {what}.</source>
            <translation>[ţĥîš îš ñöţ å ṽåļîđ ŢÖṀĻ ƒîļé: {what}. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/importer.py" line="61" />
            <source>this return is already in the collection</source>
            <translation>[ţĥîš ŕéţûŕñ îš åļŕéåđý îñ ţĥé çöļļéçţîöñ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/importer.py" line="70" />
            <source>this return is already in the collection and was withdrawn; it stays withdrawn</source>
            <translation>[ţĥîš ŕéţûŕñ îš åļŕéåđý îñ ţĥé çöļļéçţîöñ åñđ ŵåš ŵîţĥđŕåŵñ; îţ šţåýš ŵîţĥđŕåŵñ ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="463" />
            <source>this section appears twice.</source>
            <translation>[ţĥîš šéçţîöñ åþþéåŕš ţŵîçé. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="531" />
            <source>this section has domains, but the item does not say which it is in.</source>
            <translation>[ţĥîš šéçţîöñ ĥåš đöɱåîñš, ƀûţ ţĥé îţéɱ đöéš ñöţ šåý ŵĥîçĥ îţ îš îñ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/trust.py" line="43" />
            <source>unsigned (older Partnerbook)</source>
            <translation>[ûñšîĝñéđ (öļđéŕ Þåŕţñéŕƀööķ) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="239" />
            <source>write it as [source]</source>
            <translation>[ŵŕîţé îţ åš [šöûŕçé] ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="306" />
            <source>write its options as [[{name}.options]]</source>
            <translation>[ŵŕîţé îţš öþţîöñš åš [[{name}.öþţîöñš]] ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="356" />
            <source>{bad} of the {total} rows have problems, so nothing was imported. Fix them in the spreadsheet, or choose to leave those rows out.</source>
            <translation>[{bad} öƒ ţĥé {total} ŕöŵš ĥåṽé þŕöƀļéɱš, šö ñöţĥîñĝ ŵåš îɱþöŕţéđ. Ƒîẋ ţĥéɱ îñ ţĥé šþŕéåđšĥééţ, öŕ çĥööšé ţö ļéåṽé ţĥöšé ŕöŵš öûţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/review_checks.py" line="96" />
            <source>{count} question(s) have no answer yet ({refs}). Answer them ("Don't know" is an answer), or save the review as a draft and finish it later.</source>
            <translation>[{count} ǫûéšţîöñ(š) ĥåṽé ñö åñšŵéŕ ýéţ ({refs}). Åñšŵéŕ ţĥéɱ ("Đöñ'ţ ķñöŵ" îš åñ åñšŵéŕ), öŕ šåṽé ţĥé ŕéṽîéŵ åš å đŕåƒţ åñđ ƒîñîšĥ îţ ļåţéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/packs.py" line="75" />
            <source>{cvs} asks for your return for {period} ({start} to {end}), by {deadline}.</source>
            <translation>[{cvs} åšķš ƒöŕ ýöûŕ ŕéţûŕñ ƒöŕ {period} ({start} ţö {end}), ƀý {deadline}. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/copying.py" line="82" />
            <source>{destination} already holds a collection, so nothing was copied into it. Copy into a new file, or a new server database set up by init-server.</source>
            <translation>[{destination} åļŕéåđý ĥöļđš å çöļļéçţîöñ, šö ñöţĥîñĝ ŵåš çöþîéđ îñţö îţ. Çöþý îñţö å ñéŵ ƒîļé, öŕ å ñéŵ šéŕṽéŕ đåţåƀåšé šéţ ûþ ƀý îñîţ-šéŕṽéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="69" />
            <source>{error}. Check there is free space and that the folder can be written to</source>
            <translation>[{error}. Çĥéçķ ţĥéŕé îš ƒŕéé šþåçé åñđ ţĥåţ ţĥé ƒöļđéŕ çåñ ƀé ŵŕîţţéñ ţö ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/return_reader.py" line="72" />
            <source>{file} cannot be used as a return: {reason}.</source>
            <translation>[{file} çåññöţ ƀé ûšéđ åš å ŕéţûŕñ: {reason}. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_lines.py" line="104" />
            <source>{file}, line {line}: {problem}</source>
            <translation>[{file}, ļîñé {line}: {problem} ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/frameworks.py" line="169" />
            <source>{file}: a different file with the same id and version ({id} {version}) was imported before. Answers already given rely on its wording, so ask whoever sent it for a file with a new version number.</source>
            <translation>[{file}: å đîƒƒéŕéñţ ƒîļé ŵîţĥ ţĥé šåɱé îđ åñđ ṽéŕšîöñ ({id} {version}) ŵåš îɱþöŕţéđ ƀéƒöŕé. Åñšŵéŕš åļŕéåđý ĝîṽéñ ŕéļý öñ îţš ŵöŕđîñĝ, šö åšķ ŵĥöéṽéŕ šéñţ îţ ƒöŕ å ƒîļé ŵîţĥ å ñéŵ ṽéŕšîöñ ñûɱƀéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/frameworks.py" line="206" />
            <source>{file}: the file says its id is "{id}", but built-in framework files must be named after their id.</source>
            <translation>[{file}: ţĥé ƒîļé šåýš îţš îđ îš "{id}", ƀûţ ƀûîļţ-îñ ƒŕåɱéŵöŕķ ƒîļéš ɱûšţ ƀé ñåɱéđ åƒţéŕ ţĥéîŕ îđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/frameworks.py" line="153" />
            <source>{file}: version {version} of “{title}” is built into Partnerbook already. Ask whoever sent it for a file with a new version number.</source>
            <translation>[{file}: ṽéŕšîöñ {version} öƒ “{title}” îš ƀûîļţ îñţö Þåŕţñéŕƀööķ åļŕéåđý. Åšķ ŵĥöéṽéŕ šéñţ îţ ƒöŕ å ƒîļé ŵîţĥ å ñéŵ ṽéŕšîöñ ñûɱƀéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_lines.py" line="126" />
            <source>{first} (and {more} more problems: run “partnerbook frameworks check {file}” to see them all)</source>
            <translation>[{first} (åñđ {more} ɱöŕé þŕöƀļéɱš: ŕûñ “þåŕţñéŕƀööķ ƒŕåɱéŵöŕķš çĥéçķ {file}” ţö šéé ţĥéɱ åļļ) ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/frameworks.py" line="195" />
            <source>{id} is not a valid framework id.</source>
            <translation>[{id} îš ñöţ å ṽåļîđ ƒŕåɱéŵöŕķ îđ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="443" />
            <source>{label}: '{typed}' is not one we know. Use one of: {allowed}.</source>
            <translation>[{label}: '{typed}' îš ñöţ öñé ŵé ķñöŵ. Ûšé öñé öƒ: {allowed}. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/spreadsheet_rows.py" line="419" />
            <source>{label}: keep it under {limit:,} characters.</source>
            <translation>[{label}: ķééþ îţ ûñđéŕ {limit:,} çĥåŕåçţéŕš. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/server.py" line="378" />
            <source>{location} is not a connection string Partnerbook understands ({why}). Write it as postgresql://user@server/database or service=NAME.</source>
            <translation>[{location} îš ñöţ å çöññéçţîöñ šţŕîñĝ Þåŕţñéŕƀööķ ûñđéŕšţåñđš ({why}). Ŵŕîţé îţ åš þöšţĝŕéšǫļ://ûšéŕ@šéŕṽéŕ/đåţåƀåšé öŕ šéŕṽîçé=ÑÅṀÉ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people_merge.py" line="112" />
            <source>{name} already sits in this seat.</source>
            <translation>[{name} åļŕéåđý šîţš îñ ţĥîš šéåţ. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/review_recording.py" line="108" />
            <source>{name} cannot be read ({why}). Check the name and that the file is there.</source>
            <translation>[{name} çåññöţ ƀé ŕéåđ ({why}). Çĥéçķ ţĥé ñåɱé åñđ ţĥåţ ţĥé ƒîļé îš ţĥéŕé. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/safety.py" line="208" />
            <source>{name} could not be copied to {folder} ({why}). Nothing changed.</source>
            <translation>[{name} çöûļđ ñöţ ƀé çöþîéđ ţö {folder} ({why}). Ñöţĥîñĝ çĥåñĝéđ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/atomic_write.py" line="92" />
            <source>{name} could not be saved in {folder} ({why}). Nothing was changed there.</source>
            <translation>[{name} çöûļđ ñöţ ƀé šåṽéđ îñ {folder} ({why}). Ñöţĥîñĝ ŵåš çĥåñĝéđ ţĥéŕé. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/safety.py" line="172" />
            <source>{name} is a backup of a group's records, not of a collection of returns, so it was not restored. Nothing changed. Choose one of this collection's backups.</source>
            <translation>[{name} îš å ƀåçķûþ öƒ å ĝŕöûþ'š ŕéçöŕđš, ñöţ öƒ å çöļļéçţîöñ öƒ ŕéţûŕñš, šö îţ ŵåš ñöţ ŕéšţöŕéđ. Ñöţĥîñĝ çĥåñĝéđ. Çĥööšé öñé öƒ ţĥîš çöļļéçţîöñ'š ƀåçķûþš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people_merge.py" line="135" />
            <source>{name} is already a contact here.</source>
            <translation>[{name} îš åļŕéåđý å çöñţåçţ ĥéŕé. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/partners.py" line="82" />
            <source>{name} is already a partner here.</source>
            <translation>[{name} îš åļŕéåđý å þåŕţñéŕ ĥéŕé. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="105" />
            <source>{name} is not a Partnerbook backup (not an SQLite file). Nothing changed.</source>
            <translation>[{name} îš ñöţ å Þåŕţñéŕƀööķ ƀåçķûþ (ñöţ åñ ŠǪĻîţé ƒîļé). Ñöţĥîñĝ çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/restore.py" line="133" />
            <source>{name} is not a Partnerbook backup. Nothing changed.</source>
            <translation>[{name} îš ñöţ å Þåŕţñéŕƀööķ ƀåçķûþ. Ñöţĥîñĝ çĥåñĝéđ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/review_recording.py" line="123" />
            <source>{name} is not saved as UTF-8 text (the first unreadable character is on line {line}). Save it as UTF-8 and try again.</source>
            <translation>[{name} îš ñöţ šåṽéđ åš ÛŢƑ-8 ţéẋţ (ţĥé ƒîŕšţ ûñŕéåđåƀļé çĥåŕåçţéŕ îš öñ ļîñé {line}). Šåṽé îţ åš ÛŢƑ-8 åñđ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/atomic_write.py" line="85" />
            <source>{name} is open in another program, so it was not replaced. Close it there, or choose another name, and try again.</source>
            <translation>[{name} îš öþéñ îñ åñöţĥéŕ þŕöĝŕåɱ, šö îţ ŵåš ñöţ ŕéþļåçéđ. Çļöšé îţ ţĥéŕé, öŕ çĥööšé åñöţĥéŕ ñåɱé, åñđ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/review_recording.py" line="94" />
            <source>{name} is {size:,} bytes; an answers file may be at most {limit:,}. Check it is the right file.</source>
            <translation>[{name} îš {size:,} ƀýţéš; åñ åñšŵéŕš ƒîļé ɱåý ƀé åţ ɱöšţ {limit:,}. Çĥéçķ îţ îš ţĥé ŕîĝĥţ ƒîļé. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/review_recording.py" line="81" />
            <source>{name}: the answers file must be a .csv or a .json file. Save it as one of those and give its name again.</source>
            <translation>[{name}: ţĥé åñšŵéŕš ƒîļé ɱûšţ ƀé å .çšṽ öŕ å .ĵšöñ ƒîļé. Šåṽé îţ åš öñé öƒ ţĥöšé åñđ ĝîṽé îţš ñåɱé åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/review_recording.py" line="240" />
            <source>{partnership} has no review {review}. Give the number printed when its draft was recorded (or the id in the list of reviews).</source>
            <translation>[{partnership} ĥåš ñö ŕéṽîéŵ {review}. Ĝîṽé ţĥé ñûɱƀéŕ þŕîñţéđ ŵĥéñ îţš đŕåƒţ ŵåš ŕéçöŕđéđ (öŕ ţĥé îđ îñ ţĥé ļîšţ öƒ ŕéṽîéŵš). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/review_recording.py" line="165" />
            <source>{partnership} uses “{title}” ({id}) for its reviews, not {asked}. Make {asked} its review tool first, or give answers for {id}.</source>
            <translation>[{partnership} ûšéš “{title}” ({id}) ƒöŕ îţš ŕéṽîéŵš, ñöţ {asked}. Ṁåķé {asked} îţš ŕéṽîéŵ ţööļ ƒîŕšţ, öŕ ĝîṽé åñšŵéŕš ƒöŕ {id}. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/backups.py" line="174" />
            <source>{path} already exists. Choose a new file name.</source>
            <translation>[{path} åļŕéåđý éẋîšţš. Çĥööšé å ñéŵ ƒîļé ñåɱé. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/demo.py" line="44" />
            <source>{path} already has returns in it. Choose a new file for the example.</source>
            <translation>[{path} åļŕéåđý ĥåš ŕéţûŕñš îñ îţ. Çĥööšé å ñéŵ ƒîļé ƒöŕ ţĥé éẋåɱþļé. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/safety.py" line="141" />
            <source>{path} is a database of another program, not a collection of returns, so nothing was restored over it. Nothing changed.</source>
            <translation>[{path} îš å đåţåƀåšé öƒ åñöţĥéŕ þŕöĝŕåɱ, ñöţ å çöļļéçţîöñ öƒ ŕéţûŕñš, šö ñöţĥîñĝ ŵåš ŕéšţöŕéđ öṽéŕ îţ. Ñöţĥîñĝ çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/atomic_write.py" line="89" />
            <source>{path} is a folder, so the file was not saved. Choose another name, and try again.</source>
            <translation>[{path} îš å ƒöļđéŕ, šö ţĥé ƒîļé ŵåš ñöţ šåṽéđ. Çĥööšé åñöţĥéŕ ñåɱé, åñđ ţŕý åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/safety.py" line="135" />
            <source>{path} is a group's Partnerbook database, not a collection of returns, so nothing was restored over it.</source>
            <translation>[{path} îš å ĝŕöûþ'š Þåŕţñéŕƀööķ đåţåƀåšé, ñöţ å çöļļéçţîöñ öƒ ŕéţûŕñš, šö ñöţĥîñĝ ŵåš ŕéšţöŕéđ öṽéŕ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/opening.py" line="145" />
            <source>{path} is a group's Partnerbook database, not a collection of returns. Open it as a group's data instead. Nothing was changed.</source>
            <translation>[{path} îš å ĝŕöûþ'š Þåŕţñéŕƀööķ đåţåƀåšé, ñöţ å çöļļéçţîöñ öƒ ŕéţûŕñš. Öþéñ îţ åš å ĝŕöûþ'š đåţå îñšţéåđ. Ñöţĥîñĝ ŵåš çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/store/collection/opening.py" line="141" />
            <source>{path} is not a Partnerbook collection. Nothing was changed.</source>
            <translation>[{path} îš ñöţ å Þåŕţñéŕƀööķ çöļļéçţîöñ. Ñöţĥîñĝ ŵåš çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/safety.py" line="116" />
            <source>{path} is not a collection of returns (it is not an SQLite file), so nothing was restored over it. Nothing changed.</source>
            <translation>[{path} îš ñöţ å çöļļéçţîöñ öƒ ŕéţûŕñš (îţ îš ñöţ åñ ŠǪĻîţé ƒîļé), šö ñöţĥîñĝ ŵåš ŕéšţöŕéđ öṽéŕ îţ. Ñöţĥîñĝ çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/safety.py" line="147" />
            <source>{path} was made by a newer version of Partnerbook, so nothing was restored over it. Install the newer version to open it. Nothing changed.</source>
            <translation>[{path} ŵåš ɱåđé ƀý å ñéŵéŕ ṽéŕšîöñ öƒ Þåŕţñéŕƀööķ, šö ñöţĥîñĝ ŵåš ŕéšţöŕéđ öṽéŕ îţ. Îñšţåļļ ţĥé ñéŵéŕ ṽéŕšîöñ ţö öþéñ îţ. Ñöţĥîñĝ çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="56" />
            <source>{problem}

The newest good backup is from {when}. Put it back? Changes made after then will not be in it.</source>
            <translation>[{problem}

Ţĥé ñéŵéšţ ĝööđ ƀåçķûþ îš ƒŕöɱ {when}. Þûţ îţ ƀåçķ? Çĥåñĝéš ɱåđé åƒţéŕ ţĥéñ ŵîļļ ñöţ ƀé îñ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="52" />
            <source>{problem}

The newest good backup of your records is from {when}. Put it back? The file that is there now is kept, untouched, beside your records.</source>
            <translation>[{problem}

Ţĥé ñéŵéšţ ĝööđ ƀåçķûþ öƒ ýöûŕ ŕéçöŕđš îš ƒŕöɱ {when}. Þûţ îţ ƀåçķ? Ţĥé ƒîļé ţĥåţ îš ţĥéŕé ñöŵ îš ķéþţ, ûñţöûçĥéđ, ƀéšîđé ýöûŕ ŕéçöŕđš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/commitments.py" line="85" />
            <source>{ref} is not a clause that is rated in “{framework}”.</source>
            <translation>[{ref} îš ñöţ å çļåûšé ţĥåţ îš ŕåţéđ îñ “{framework}”. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="324" />
            <source>{scale} option "{key}"</source>
            <translation>[{scale} öþţîöñ "{key}" ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_parser.py" line="322" />
            <source>{scale} option {number}</source>
            <translation>[{scale} öþţîöñ {number} ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="269" />
            <source>{section}, band "{key}"</source>
            <translation>[{section}, ƀåñđ "{key}" ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_scales.py" line="181" />
            <source>{section}, band {number}</source>
            <translation>[{section}, ƀåñđ {number} ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="427" />
            <source>{section}, domain {number}</source>
            <translation>[{section}, đöɱåîñ {number} ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="470" />
            <source>{section}, item {number}</source>
            <translation>[{section}, îţéɱ {number} ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/framework_format2.py" line="473" />
            <source>{section}, item {ref}</source>
            <translation>[{section}, îţéɱ {ref} ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/dates.py" line="60" />
            <source>{typed} is not a date we can read. Type it like 28/11/2026.</source>
            <translation>[{typed} îš ñöţ å đåţé ŵé çåñ ŕéåđ. Ţýþé îţ ļîķé 28/11/2026. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/dates.py" line="59" />
            <source>{typed} is not a real date.</source>
            <translation>[{typed} îš ñöţ å ŕéåļ đåţé. ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/spreadsheet_import.py" line="105" />
            <source>“{file}” cannot be imported: {reason}</source>
            <translation>[“{file}” çåññöţ ƀé îɱþöŕţéđ: {reason} ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/partnership_listing.py" line="33" />
            <source>“{key}” could be any of these partnerships:
{matches}
Give its id, or more of its name.</source>
            <translation>[“{key}” çöûļđ ƀé åñý öƒ ţĥéšé þåŕţñéŕšĥîþš:
{matches}
Ĝîṽé îţš îđ, öŕ ɱöŕé öƒ îţš ñåɱé. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/person_export.py" line="64" />
            <source>“{key}” could be any of these people:
{matches}
Give their id, or more of the name.</source>
            <translation>[“{key}” çöûļđ ƀé åñý öƒ ţĥéšé þéöþļé:
{matches}
Ĝîṽé ţĥéîŕ îđ, öŕ ɱöŕé öƒ ţĥé ñåɱé. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/collection/merges.py" line="63" />
            <source>“{name}” is not in the list any more: someone else merged it a moment ago. Nothing was changed; look at the list again as it is now.</source>
            <translation>[“{name}” îš ñöţ îñ ţĥé ļîšţ åñý ɱöŕé: šöɱéöñé éļšé ɱéŕĝéđ îţ å ɱöɱéñţ åĝö. Ñöţĥîñĝ ŵåš çĥåñĝéđ; ļööķ åţ ţĥé ļîšţ åĝåîñ åš îţ îš ñöŵ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/commitments.py" line="100" />
            <source>“{rating}” is not a rating in this framework. Choose {labels}.</source>
            <translation>[“{rating}” îš ñöţ å ŕåţîñĝ îñ ţĥîš ƒŕåɱéŵöŕķ. Çĥööšé {labels}. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="248" />
            <source>“{status}” is not a status. Choose one from the list.</source>
            <translation>[“{status}” îš ñöţ å šţåţûš. Çĥööšé öñé ƒŕöɱ ţĥé ļîšţ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/return_period.py" line="46" />
            <source>“{typed}” has a date that does not exist ({why}).</source>
            <translation>[“{typed}” ĥåš å đåţé ţĥåţ đöéš ñöţ éẋîšţ ({why}). ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/periods.py" line="69" />
            <source>“{typed}” is not a financial year. Write it like 2026-27.</source>
            <translation>[“{typed}” îš ñöţ å ƒîñåñçîåļ ýéåŕ. Ŵŕîţé îţ ļîķé 2026-27. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/periods.py" line="77" />
            <source>“{typed}” is not a financial year: the second year must follow the first.</source>
            <translation>[“{typed}” îš ñöţ å ƒîñåñçîåļ ýéåŕ: ţĥé šéçöñđ ýéåŕ ɱûšţ ƒöļļöŵ ţĥé ƒîŕšţ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/ledger.py" line="106" />
            <source>“{typed}” is not a number. Write it like 2.5.</source>
            <translation>[“{typed}” îš ñöţ å ñûɱƀéŕ. Ŵŕîţé îţ ļîķé 2.5. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/return_period.py" line="56" />
            <source>“{typed}” is not a period Partnerbook understands. Write a financial year like 2026-27, a quarter like 2026-27 Q3, or two dates like 2026-10-01..2026-12-31.</source>
            <translation>[“{typed}” îš ñöţ å þéŕîöđ Þåŕţñéŕƀööķ ûñđéŕšţåñđš. Ŵŕîţé å ƒîñåñçîåļ ýéåŕ ļîķé 2026-27, å ǫûåŕţéŕ ļîķé 2026-27 Ǫ3, öŕ ţŵö đåţéš ļîķé 2026-10-01..2026-12-31. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/money.py" line="48" />
            <source>“{typed}” is not an amount of money. Write it like £12.50.</source>
            <translation>[“{typed}” îš ñöţ åñ åɱöûñţ öƒ ɱöñéý. Ŵŕîţé îţ ļîķé £12.50. ~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ReadOnly</name>
        <message>
            <location filename="../../desktop/ui/read_only_banner.py" line="29" />
            <source>&lt;b&gt;Read only: Partnerbook is not allowed to change the folder that holds your records&lt;/b&gt; ({folder}). You can still look at everything and export returns and briefs to another folder. To save again: if your records are on a USB stick or a memory card, check its lock switch; otherwise ask whoever looks after this computer to let your account change that folder. Then close Partnerbook and start it again.</source>
            <translation>[&lt;b&gt;Ŕéåđ öñļý: Þåŕţñéŕƀööķ îš ñöţ åļļöŵéđ ţö çĥåñĝé ţĥé ƒöļđéŕ ţĥåţ ĥöļđš ýöûŕ ŕéçöŕđš&lt;/b&gt; ({folder}). Ýöû çåñ šţîļļ ļööķ åţ éṽéŕýţĥîñĝ åñđ éẋþöŕţ ŕéţûŕñš åñđ ƀŕîéƒš ţö åñöţĥéŕ ƒöļđéŕ. Ţö šåṽé åĝåîñ: îƒ ýöûŕ ŕéçöŕđš åŕé öñ å ÛŠƁ šţîçķ öŕ å ɱéɱöŕý çåŕđ, çĥéçķ îţš ļöçķ šŵîţçĥ; öţĥéŕŵîšé åšķ ŵĥöéṽéŕ ļööķš åƒţéŕ ţĥîš çöɱþûţéŕ ţö ļéţ ýöûŕ åççöûñţ çĥåñĝé ţĥåţ ƒöļđéŕ. Ţĥéñ çļöšé Þåŕţñéŕƀööķ åñđ šţåŕţ îţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/read_only_banner.py" line="22" />
            <source>&lt;b&gt;Read only: the disk is full.&lt;/b&gt; The disk that holds your records has only {free} left, so changes cannot be saved. You can still look at everything and export returns and briefs to another disk, such as a USB stick. To save again, free some space (empty the wastebasket, or delete large files you no longer need), then close Partnerbook and start it again.</source>
            <translation>[&lt;b&gt;Ŕéåđ öñļý: ţĥé đîšķ îš ƒûļļ.&lt;/b&gt; Ţĥé đîšķ ţĥåţ ĥöļđš ýöûŕ ŕéçöŕđš ĥåš öñļý {free} ļéƒţ, šö çĥåñĝéš çåññöţ ƀé šåṽéđ. Ýöû çåñ šţîļļ ļööķ åţ éṽéŕýţĥîñĝ åñđ éẋþöŕţ ŕéţûŕñš åñđ ƀŕîéƒš ţö åñöţĥéŕ đîšķ, šûçĥ åš å ÛŠƁ šţîçķ. Ţö šåṽé åĝåîñ, ƒŕéé šöɱé šþåçé (éɱþţý ţĥé ŵåšţéƀåšķéţ, öŕ đéļéţé ļåŕĝé ƒîļéš ýöû ñö ļöñĝéŕ ñééđ), ţĥéñ çļöšé Þåŕţñéŕƀööķ åñđ šţåŕţ îţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/read_only_banner.py" line="52" />
            <source>Read only</source>
            <translation>[Ŕéåđ öñļý ~~~]</translation>
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <location filename="../../desktop/ui/partnerships/register_model.py" line="130" />
            <source>(archived)</source>
            <translation>[(åŕçĥîṽéđ) ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register_model.py" line="48" />
            <source>Area</source>
            <translation>[Åŕéå ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register_model.py" line="51" />
            <source>Last review</source>
            <translation>[Ļåšţ ŕéṽîéŵ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register_model.py" line="45" />
            <source>Name</source>
            <translation>[Ñåɱé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register_model.py" line="50" />
            <source>Next meeting</source>
            <translation>[Ñéẋţ ɱééţîñĝ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register_model.py" line="47" />
            <source>Our role</source>
            <translation>[Öûŕ ŕöļé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register_model.py" line="119" />
            <source>Reviewed on {when}</source>
            <translation>[Ŕéṽîéŵéđ öñ {when} ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register_model.py" line="46" />
            <source>Status</source>
            <translation>[Šţåţûš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/register_model.py" line="49" />
            <source>Themes</source>
            <translation>[Ţĥéɱéš ~~]</translation>
        </message>
    </context>
    <context>
        <name>ResourceDialogs</name>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="205" />
            <source>&amp;Amount (£):</source>
            <translation>[&amp;Aɱöûñţ (£): ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="70" />
            <source>&amp;Category:</source>
            <translation>[&amp;Cåţéĝöŕý: ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="72" />
            <source>&amp;Description:</source>
            <translation>[&amp;Déšçŕîþţîöñ: ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="82" />
            <source>&amp;Estimated cost (£):</source>
            <translation>[&amp;Ešţîɱåţéđ çöšţ (£): ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="55" />
            <source>&amp;Hourly value of volunteer time (£):</source>
            <translation>[&amp;Höûŕļý ṽåļûé öƒ ṽöļûñţééŕ ţîɱé (£): ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="97" />
            <source>&amp;Hours per meeting:</source>
            <translation>[&amp;Höûŕš þéŕ ɱééţîñĝ: ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="53" />
            <source>&amp;Mileage rate (£ a mile):</source>
            <translation>[&amp;Mîļéåĝé ŕåţé (£ å ɱîļé): ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="100" />
            <source>&amp;Miles per round trip:</source>
            <translation>[&amp;Mîļéš þéŕ ŕöûñđ ţŕîþ: ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="201" />
            <source>&amp;Move to:</source>
            <translation>[&amp;Möṽé ţö: ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="88" />
            <source>&amp;Noticed on:</source>
            <translation>[&amp;Nöţîçéđ öñ: ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="203" />
            <source>&amp;On:</source>
            <translation>[&amp;Oñ: ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="68" />
            <source>&amp;Partnership:</source>
            <translation>[&amp;Påŕţñéŕšĥîþ: ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="74" />
            <source>&amp;Quantity:</source>
            <translation>[&amp;Qûåñţîţý: ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="76" />
            <source>&amp;Unit:</source>
            <translation>[&amp;Uñîţ: ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="60" />
            <source>Add a resource need</source>
            <translation>[Åđđ å ŕéšöûŕçé ñééđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="85" />
            <source>Add this meeting's time and travel</source>
            <translation>[Åđđ ţĥîš ɱééţîñĝ'š ţîɱé åñđ ţŕåṽéļ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="86" />
            <source>As&amp;ked of:</source>
            <translation>[Åš&amp;kéđ öƒ: ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="79" />
            <source>Cost of eac&amp;h (£):</source>
            <translation>[Çöšţ öƒ éåç&amp;h (£): ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="60" />
            <source>Edit resource need</source>
            <translation>[Éđîţ ŕéšöûŕçé ñééđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="66" />
            <source>General (not one partnership)</source>
            <translation>[Ĝéñéŕåļ (ñöţ öñé þåŕţñéŕšĥîþ) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="110" />
            <source>Meeting</source>
            <translation>[Ṁééţîñĝ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="145" />
            <source>Meeting's time and travel added as resource needs</source>
            <translation>[Ṁééţîñĝ'š ţîɱé åñđ ţŕåṽéļ åđđéđ åš ŕéšöûŕçé ñééđš ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="187" />
            <source>Move status</source>
            <translation>[Ṁöṽé šţåţûš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="92" />
            <source>N&amp;otes:</source>
            <translation>[Ñ&amp;oţéš: ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="140" />
            <source>Quantity × cost of each = {total}</source>
            <translation>[Ǫûåñţîţý × çöšţ öƒ éåçĥ = {total} ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="42" />
            <source>Rates for costing</source>
            <translation>[Ŕåţéš ƒöŕ çöšţîñĝ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="74" />
            <source>Rates saved</source>
            <translation>[Ŕåţéš šåṽéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="164" />
            <source>Resource need added</source>
            <translation>[Ŕéšöûŕçé ñééđ åđđéđ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="171" />
            <source>Resource need saved</source>
            <translation>[Ŕéšöûŕçé ñééđ šåṽéđ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="236" />
            <source>Skip a step?</source>
            <translation>[Šķîþ å šţéþ? ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="237" />
            <source>Skip and record the same date for the skipped steps?</source>
            <translation>[Šķîþ åñđ ŕéçöŕđ ţĥé šåɱé đåţé ƒöŕ ţĥé šķîþþéđ šţéþš? ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="268" />
            <source>Status changed</source>
            <translation>[Šţåţûš çĥåñĝéđ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="102" />
            <source>That meeting no longer exists.</source>
            <translation>[Ţĥåţ ɱééţîñĝ ñö ļöñĝéŕ éẋîšţš. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="121" />
            <source>The time and travel for this meeting are already recorded as needs.</source>
            <translation>[Ţĥé ţîɱé åñđ ţŕåṽéļ ƒöŕ ţĥîš ɱééţîñĝ åŕé åļŕéåđý ŕéçöŕđéđ åš ñééđš. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="45" />
            <source>Used to cost travel and volunteer time. 45p a mile is the usual rate for a car; set the hourly value your funders accept.</source>
            <translation>[Ûšéđ ţö çöšţ ţŕåṽéļ åñđ ṽöļûñţééŕ ţîɱé. 45þ å ɱîļé îš ţĥé ûšûåļ ŕåţé ƒöŕ å çåŕ; šéţ ţĥé ĥöûŕļý ṽåļûé ýöûŕ ƒûñđéŕš åççéþţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="99" />
            <source>blank: the miles recorded for each person</source>
            <translation>[ƀļåñķ: ţĥé ɱîļéš ŕéçöŕđéđ ƒöŕ éåçĥ þéŕšöñ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="215" />
            <source>blank: what was agreed</source>
            <translation>[ƀļåñķ: ŵĥåţ ŵåš åĝŕééđ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="78" />
            <source>for example 0.45</source>
            <translation>[ƒöŕ éẋåɱþļé 0.45 ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="81" />
            <source>worked out from quantity × cost of each</source>
            <translation>[ŵöŕķéđ öûţ ƒŕöɱ ǫûåñţîţý × çöšţ öƒ éåçĥ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/cost_dialogs.py" line="106" />
            <source>{title} on {date} ({partnership}): {n} of us attended. This adds a time need and a travel need for each, at {hourly} an hour and {mileage} a mile.</source>
            <translation>[{title} öñ {date} ({partnership}): {n} öƒ ûš åţţéñđéđ. Ţĥîš åđđš å ţîɱé ñééđ åñđ å ţŕåṽéļ ñééđ ƒöŕ éåçĥ, åţ {hourly} åñ ĥöûŕ åñđ {mileage} å ɱîļé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resource_dialogs.py" line="191" />
            <source>“{description}” is now {status}.</source>
            <translation>[“{description}” îš ñöŵ {status}. ~~]</translation>
        </message>
    </context>
    <context>
        <name>ResourcesArea</name>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="53" />
            <source>&amp;Add a resource need…</source>
            <translation>[&amp;Ađđ å ŕéšöûŕçé ñééđ… ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="86" />
            <source>&amp;Add need…</source>
            <translation>[&amp;Ađđ ñééđ… ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="89" />
            <source>&amp;Delete</source>
            <translation>[&amp;Déļéţé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="88" />
            <source>&amp;Move status…</source>
            <translation>[&amp;Möṽé šţåţûš… ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="72" />
            <source>&amp;Partnership:</source>
            <translation>[&amp;Påŕţñéŕšĥîþ: ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="90" />
            <source>&amp;Rates…</source>
            <translation>[&amp;Råţéš… ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="139" />
            <source>&amp;Totals by:</source>
            <translation>[&amp;Töţåļš ƀý: ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="75" />
            <source>All needs</source>
            <translation>[Åļļ ñééđš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="185" />
            <source>All partnerships and general</source>
            <translation>[Åļļ þåŕţñéŕšĥîþš åñđ ĝéñéŕåļ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="136" />
            <source>Category</source>
            <translation>[Çåţéĝöŕý ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="290" />
            <source>Delete resource need</source>
            <translation>[Đéļéţé ŕéšöûŕçé ñééđ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="291" />
            <source>Delete “{description}”? This cannot be undone.</source>
            <translation>[Đéļéţé “{description}”? Ţĥîš çåññöţ ƀé ûñđöñé. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="87" />
            <source>Ed&amp;it…</source>
            <translation>[Éđ&amp;iţ… ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="137" />
            <source>Financial year (April to March)</source>
            <translation>[Ƒîñåñçîåļ ýéåŕ (Åþŕîļ ţö Ṁåŕçĥ) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="186" />
            <source>General needs only</source>
            <translation>[Ĝéñéŕåļ ñééđš öñļý ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="300" />
            <source>Need deleted</source>
            <translation>[Ñééđ đéļéţéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="71" />
            <source>Partnership</source>
            <translation>[Þåŕţñéŕšĥîþ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="49" />
            <source>Record the time, travel and other costs of taking part in a partnership, and follow each request until it is agreed or declined.</source>
            <translation>[Ŕéçöŕđ ţĥé ţîɱé, ţŕåṽéļ åñđ öţĥéŕ çöšţš öƒ ţåķîñĝ þåŕţ îñ å þåŕţñéŕšĥîþ, åñđ ƒöļļöŵ éåçĥ ŕéǫûéšţ ûñţîļ îţ îš åĝŕééđ öŕ đéçļîñéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="107" />
            <source>Resource needs</source>
            <translation>[Ŕéšöûŕçé ñééđš ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="78" />
            <source>Sho&amp;w:</source>
            <translation>[Šĥö&amp;w: ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="77" />
            <source>Show</source>
            <translation>[Šĥöŵ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="150" />
            <source>Totals</source>
            <translation>[Ţöţåļš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="138" />
            <source>Totals by</source>
            <translation>[Ţöţåļš ƀý ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="76" />
            <source>Unmet: waiting for a decision or the money</source>
            <translation>[Ûñɱéţ: ŵåîţîñĝ ƒöŕ å đéçîšîöñ öŕ ţĥé ɱöñéý ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="217" />
            <source>Unmet: {unmet} (waiting for a decision {decision}; for the money {money})</source>
            <translation>[Ûñɱéţ: {unmet} (ŵåîţîñĝ ƒöŕ å đéçîšîöñ {decision}; ƒöŕ ţĥé ɱöñéý {money}) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="48" />
            <source>What does taking part cost us?</source>
            <translation>[Ŵĥåţ đöéš ţåķîñĝ þåŕţ çöšţ ûš? ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_area.py" line="61" />
            <source>What taking part costs us: time, travel and other needs, costed, and each request followed until it is agreed or declined.</source>
            <translation>[Ŵĥåţ ţåķîñĝ þåŕţ çöšţš ûš: ţîɱé, ţŕåṽéļ åñđ öţĥéŕ ñééđš, çöšţéđ, åñđ éåçĥ ŕéǫûéšţ ƒöļļöŵéđ ûñţîļ îţ îš åĝŕééđ öŕ đéçļîñéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ResourcesModels</name>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="38" />
            <source>A decision</source>
            <translation>[Å đéçîšîöñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="60" />
            <source>Agreed</source>
            <translation>[Åĝŕééđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="143" />
            <source>All</source>
            <translation>[Åļļ ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="135" />
            <source>Asked for</source>
            <translation>[Åšķéđ ƒöŕ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="66" />
            <source>Asked of</source>
            <translation>[Åšķéđ öƒ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="64" />
            <source>Category</source>
            <translation>[Çåţéĝöŕý ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="57" />
            <source>Description</source>
            <translation>[Đéšçŕîþţîöñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="59" />
            <source>Estimate</source>
            <translation>[Éšţîɱåţé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="135" />
            <source>Estimated</source>
            <translation>[Éšţîɱåţéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="103" />
            <source>General</source>
            <translation>[Ĝéñéŕåļ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="135" />
            <source>Group</source>
            <translation>[Ĝŕöûþ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="135" />
            <source>Needs</source>
            <translation>[Ñééđš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="67" />
            <source>Noticed</source>
            <translation>[Ñöţîçéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="56" />
            <source>Partnership</source>
            <translation>[Þåŕţñéŕšĥîþ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="65" />
            <source>Quantity</source>
            <translation>[Ǫûåñţîţý ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="61" />
            <source>Received</source>
            <translation>[Ŕéçéîṽéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="58" />
            <source>Status</source>
            <translation>[Šţåţûš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="40" />
            <source>The money</source>
            <translation>[Ţĥé ɱöñéý ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="63" />
            <source>Unmet</source>
            <translation>[Ûñɱéţ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/resources_models.py" line="62" />
            <source>Waiting for</source>
            <translation>[Ŵåîţîñĝ ƒöŕ ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Restore</name>
        <message>
            <location filename="../../desktop/ui/restore.py" line="204" />
            <source>&amp;Close</source>
            <translation>[&amp;Cļöšé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="201" />
            <source>&amp;Restore this backup</source>
            <translation>[&amp;Réšţöŕé ţĥîš ƀåçķûþ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="55" />
            <source>Actions</source>
            <translation>[Åçţîöñš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="178" />
            <source>Backups</source>
            <translation>[Ɓåçķûþš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="147" />
            <source>Cannot be read</source>
            <translation>[Çåññöţ ƀé ŕéåđ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="233" />
            <source>Choose a backup file</source>
            <translation>[Çĥööšé å ƀåçķûþ ƒîļé ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="168" />
            <source>Choose the backup to go back to. Your records as they are now are backed up first, so you can come back to them from this list.</source>
            <translation>[Çĥööšé ţĥé ƀåçķûþ ţö ĝö ƀåçķ ţö. Ýöûŕ ŕéçöŕđš åš ţĥéý åŕé ñöŵ åŕé ƀåçķéđ ûþ ƒîŕšţ, šö ýöû çåñ çöɱé ƀåçķ ţö ţĥéɱ ƒŕöɱ ţĥîš ļîšţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="119" />
            <source>Date</source>
            <translation>[Đåţé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="250" />
            <source>Go back to the records in {name}?

Your records as they are now will be backed up first.</source>
            <translation>[Ĝö ƀåçķ ţö ţĥé ŕéçöŕđš îñ {name}?

Ýöûŕ ŕéçöŕđš åš ţĥéý åŕé ñöŵ ŵîļļ ƀé ƀåçķéđ ûþ ƒîŕšţ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="119" />
            <source>Made</source>
            <translation>[Ṁåđé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="54" />
            <source>Meetings</source>
            <translation>[Ṁééţîñĝš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="245" />
            <source>Not now</source>
            <translation>[Ñöţ ñöŵ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="290" />
            <source>Not restored</source>
            <translation>[Ñöţ ŕéšţöŕéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="235" />
            <source>Partnerbook backups (*.db);;All files (*)</source>
            <translation>[Þåŕţñéŕƀööķ ƀåçķûþš (*.đƀ);;Åļļ ƒîļéš (*) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="52" />
            <source>Partnerships</source>
            <translation>[Þåŕţñéŕšĥîþš ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="53" />
            <source>People</source>
            <translation>[Þéöþļé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="202" />
            <source>Restore from &amp;another file…</source>
            <translation>[Ŕéšţöŕé ƒŕöɱ &amp;añöţĥéŕ ƒîļé… ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="163" />
            <source>Restore from a backup</source>
            <translation>[Ŕéšţöŕé ƒŕöɱ å ƀåçķûþ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="194" />
            <source>Restore progress</source>
            <translation>[Ŕéšţöŕé þŕöĝŕéšš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="249" />
            <source>Restore this backup?</source>
            <translation>[Ŕéšţöŕé ţĥîš ƀåçķûþ? ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="306" />
            <source>Restored</source>
            <translation>[Ŕéšţöŕéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="273" />
            <source>Restoring {name}…</source>
            <translation>[Ŕéšţöŕîñĝ {name}… ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="119" />
            <source>Size</source>
            <translation>[Šîžé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="307" />
            <source>The backup {name} was restored.</source>
            <translation>[Ţĥé ƀåçķûþ {name} ŵåš ŕéšţöŕéđ. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="267" />
            <source>The restore</source>
            <translation>[Ţĥé ŕéšţöŕé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="188" />
            <source>There are no backups yet. Use File → Back up now.</source>
            <translation>[Ţĥéŕé åŕé ñö ƀåçķûþš ýéţ. Ûšé Ƒîļé → Ɓåçķ ûþ ñöŵ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/restore.py" line="298" />
            <source>Your records from just before are kept in {path}.</source>
            <translation>[Ýöûŕ ŕéçöŕđš ƒŕöɱ ĵûšţ ƀéƒöŕé åŕé ķéþţ îñ {path}. ~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ReturnPack</name>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="77" />
            <source>&amp;Not now</source>
            <translation>[&amp;Nöţ ñöŵ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="76" />
            <source>&amp;Set it up</source>
            <translation>[&amp;Séţ îţ ûþ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="66" />
            <source>A return pack from {cvs}</source>
            <translation>[Å ŕéţûŕñ þåçķ ƒŕöɱ {cvs} ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="73" />
            <source>I checked with {cvs} that they sent this pack</source>
            <translation>[Î çĥéçķéđ ŵîţĥ {cvs} ţĥåţ ţĥéý šéñţ ţĥîš þåçķ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="48" />
            <source>Open a return pack from your CVS</source>
            <translation>[Öþéñ å ŕéţûŕñ þåçķ ƒŕöɱ ýöûŕ ÇṼŠ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="120" />
            <source>Opening the return pack</source>
            <translation>[Öþéñîñĝ ţĥé ŕéţûŕñ þåçķ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="61" />
            <source>Return pack not opened</source>
            <translation>[Ŕéţûŕñ þåçķ ñöţ öþéñéđ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="96" />
            <source>Return pack opened</source>
            <translation>[Ŕéţûŕñ þåçķ öþéñéđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="50" />
            <source>Return packs (*.pbpack);;All files (*)</source>
            <translation>[Ŕéţûŕñ þåçķš (*.þƀþåçķ);;Åļļ ƒîļéš (*) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="100" />
            <source>{cvs} is now your CVS. The deadline, {deadline}, shows on Home. When you are ready, make the return in the Returns area: it is set up for this pack.</source>
            <translation>[{cvs} îš ñöŵ ýöûŕ ÇṼŠ. Ţĥé đéåđļîñé, {deadline}, šĥöŵš öñ Ĥöɱé. Ŵĥéñ ýöû åŕé ŕéåđý, ɱåķé ţĥé ŕéţûŕñ îñ ţĥé Ŕéţûŕñš åŕéå: îţ îš šéţ ûþ ƒöŕ ţĥîš þåçķ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/pack_open.py" line="62" />
            <source>{problem}

Nothing was changed.</source>
            <translation>[{problem}

Ñöţĥîñĝ ŵåš çĥåñĝéđ. ~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ReturnsArea</name>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="151" />
            <source>&amp;All partnerships</source>
            <translation>[&amp;Aļļ þåŕţñéŕšĥîþš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="205" />
            <source>&amp;Open</source>
            <translation>[&amp;Oþéñ ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="207" />
            <source>&amp;Show in folder</source>
            <translation>[&amp;Sĥöŵ îñ ƒöļđéŕ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="109" />
            <source>A return is a PDF of your partnership records for your CVS, with the same records inside it as data they can import. Choose what goes in, then export.</source>
            <translation>[Å ŕéţûŕñ îš å ÞĐƑ öƒ ýöûŕ þåŕţñéŕšĥîþ ŕéçöŕđš ƒöŕ ýöûŕ ÇṼŠ, ŵîţĥ ţĥé šåɱé ŕéçöŕđš îñšîđé îţ åš đåţå ţĥéý çåñ îɱþöŕţ. Çĥööšé ŵĥåţ ĝöéš îñ, ţĥéñ éẋþöŕţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="177" />
            <source>Also save a &amp;web page and spreadsheet (CSV) copies beside it</source>
            <translation>[Åļšö šåṽé å &amp;wéƀ þåĝé åñđ šþŕéåđšĥééţ (ÇŠṼ) çöþîéš ƀéšîđé îţ ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="93" />
            <source>At the end of a period, export a return: a PDF with your records inside it that your CVS can read and import. Add a partnership first.</source>
            <translation>[Åţ ţĥé éñđ öƒ å þéŕîöđ, éẋþöŕţ å ŕéţûŕñ: å ÞĐƑ ŵîţĥ ýöûŕ ŕéçöŕđš îñšîđé îţ ţĥåţ ýöûŕ ÇṼŠ çåñ ŕéåđ åñđ îɱþöŕţ. Åđđ å þåŕţñéŕšĥîþ ƒîŕšţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="284" />
            <source>Check the dates</source>
            <translation>[Çĥéçķ ţĥé đåţéš ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="296" />
            <source>Choose partnerships</source>
            <translation>[Çĥööšé þåŕţñéŕšĥîþš ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="379" />
            <source>Done</source>
            <translation>[Đöñé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="377" />
            <source>Drawing the PDF</source>
            <translation>[Đŕåŵîñĝ ţĥé ÞĐƑ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="203" />
            <source>E&amp;xport return…</source>
            <translation>[É&amp;xþöŕţ ŕéţûŕñ… ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="138" />
            <source>Export a return</source>
            <translation>[Éẋþöŕţ å ŕéţûŕñ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="418" />
            <source>Export an empty return anyway?</source>
            <translation>[Éẋþöŕţ åñ éɱþţý ŕéţûŕñ åñýŵåý? ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="217" />
            <source>Export progress</source>
            <translation>[Éẋþöŕţ þŕöĝŕéšš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="185" />
            <source>For example: Chair of trustees</source>
            <translation>[Ƒöŕ éẋåɱþļé: Çĥåîŕ öƒ ţŕûšţééš ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="376" />
            <source>Gathering the records for the return</source>
            <translation>[Ĝåţĥéŕîñĝ ţĥé ŕéçöŕđš ƒöŕ ţĥé ŕéţûŕñ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="171" />
            <source>Include people's names and &amp;contact details</source>
            <translation>[Îñçļûđé þéöþļé'š ñåɱéš åñđ &amp;cöñţåçţ đéţåîļš ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="236" />
            <source>Include people's names and &amp;contact details (sealed for {cvs})</source>
            <translation>[Îñçļûđé þéöþļé'š ñåɱéš åñđ &amp;cöñţåçţ đéţåîļš (šéåļéđ ƒöŕ {cvs}) ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="402" />
            <source>It replaces return {old} for the same period, for all the group's partnerships.</source>
            <translation>[Îţ ŕéþļåçéš ŕéţûŕñ {old} ƒöŕ ţĥé šåɱé þéŕîöđ, ƒöŕ åļļ ţĥé ĝŕöûþ'š þåŕţñéŕšĥîþš. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="397" />
            <source>It replaces return {old} for the same period, for {names} only; the CVS keeps the earlier return's word on the other partnerships.</source>
            <translation>[Îţ ŕéþļåçéš ŕéţûŕñ {old} ƒöŕ ţĥé šåɱé þéŕîöđ, ƒöŕ {names} öñļý; ţĥé ÇṼŠ ķééþš ţĥé éåŕļîéŕ ŕéţûŕñ'š ŵöŕđ öñ ţĥé öţĥéŕ þåŕţñéŕšĥîþš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="173" />
            <source>Left out unless you tick this: representatives then appear by their role.</source>
            <translation>[Ļéƒţ öûţ ûñļéšš ýöû ţîçķ ţĥîš: ŕéþŕéšéñţåţîṽéš ţĥéñ åþþéåŕ ƀý ţĥéîŕ ŕöļé. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="359" />
            <source>Making the return…</source>
            <translation>[Ṁåķîñĝ ţĥé ŕéţûŕñ… ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="411" />
            <source>Not in the returns log</source>
            <translation>[Ñöţ îñ ţĥé ŕéţûŕñš ļöĝ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="418" />
            <source>Nothing to report</source>
            <translation>[Ñöţĥîñĝ ţö ŕéþöŕţ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="152" />
            <source>Only the ones I tic&amp;k</source>
            <translation>[Öñļý ţĥé öñéš Î ţîç&amp;k ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="327" />
            <source>PDF files (*.pdf)</source>
            <translation>[ÞĐƑ ƒîļéš (*.þđƒ) ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="158" />
            <source>Partnerships to include</source>
            <translation>[Þåŕţñéŕšĥîþš ţö îñçļûđé ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="167" />
            <source>Partnerships:</source>
            <translation>[Þåŕţñéŕšĥîþš: ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="105" />
            <source>Returns</source>
            <translation>[Ŕéţûŕñš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="118" />
            <source>Returns already exported</source>
            <translation>[Ŕéţûŕñš åļŕéåđý éẋþöŕţéđ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="327" />
            <source>Save the return as</source>
            <translation>[Šåṽé ţĥé ŕéţûŕñ åš ~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/ui/returns_area.py" line="391" />
            <source>Saved return {reference} (%n partnership(s)) to {path}.</source>
            <translation>
                <numerusform>[Šåṽéđ ŕéţûŕñ {reference} (%n þåŕţñéŕšĥîþ) ţö {path}. ~~~~~~~~~~]</numerusform>
                <numerusform>[Šåṽéđ ŕéţûŕñ {reference} (%n þåŕţñéŕšĥîþš) ţö {path}. ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="378" />
            <source>Saving</source>
            <translation>[Šåṽîñĝ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="92" />
            <source>Send your return to the CVS</source>
            <translation>[Šéñđ ýöûŕ ŕéţûŕñ ţö ţĥé ÇṼŠ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="193" />
            <source>Sign-off &amp;date:</source>
            <translation>[Šîĝñ-öƒƒ &amp;dåţé: ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="191" />
            <source>Signed off by (&amp;name):</source>
            <translation>[Šîĝñéđ öƒƒ ƀý (&amp;nåɱé): ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="182" />
            <source>Signed off by: name</source>
            <translation>[Šîĝñéđ öƒƒ ƀý: ñåɱé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="184" />
            <source>Signed off by: role</source>
            <translation>[Šîĝñéđ öƒƒ ƀý: ŕöļé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="395" />
            <source>Signed with your group's key {key}.</source>
            <translation>[Šîĝñéđ ŵîţĥ ýöûŕ ĝŕöûþ'š ķéý {key}. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="413" />
            <source>Some characters will not print</source>
            <translation>[Šöɱé çĥåŕåçţéŕš ŵîļļ ñöţ þŕîñţ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="367" />
            <source>The return</source>
            <translation>[Ţĥé ŕéţûŕñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="143" />
            <source>The return is &amp;for:</source>
            <translation>[Ţĥé ŕéţûŕñ îš &amp;föŕ: ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="430" />
            <source>The return was not saved</source>
            <translation>[Ţĥé ŕéţûŕñ ŵåš ñöţ šåṽéđ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="192" />
            <source>Their &amp;role:</source>
            <translation>[Ţĥéîŕ &amp;röļé: ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="239" />
            <source>They go in encrypted so that only {cvs}'s Partnerbook can read them; the printed pages say so and do not show them.</source>
            <translation>[Ţĥéý ĝö îñ éñçŕýþţéđ šö ţĥåţ öñļý {cvs}'š Þåŕţñéŕƀööķ çåñ ŕéåđ ţĥéɱ; ţĥé þŕîñţéđ þåĝéš šåý šö åñđ đö ñöţ šĥöŵ ţĥéɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_area.py" line="297" />
            <source>Tick at least one partnership, or choose all of them.</source>
            <translation>[Ţîçķ åţ ļéåšţ öñé þåŕţñéŕšĥîþ, öŕ çĥööšé åļļ öƒ ţĥéɱ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ReturnsLog</name>
        <message>
            <location filename="../../desktop/ui/returns_log.py" line="36" />
            <source>Contact details</source>
            <translation>[Çöñţåçţ đéţåîļš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_log.py" line="39" />
            <source>File checksum</source>
            <translation>[Ƒîļé çĥéçķšûɱ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_log.py" line="56" />
            <source>Included</source>
            <translation>[Îñçļûđéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_log.py" line="56" />
            <source>Left out</source>
            <translation>[Ļéƒţ öûţ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_log.py" line="34" />
            <source>Made</source>
            <translation>[Ṁåđé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_log.py" line="35" />
            <source>Partnerships</source>
            <translation>[Þåŕţñéŕšĥîþš ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_log.py" line="33" />
            <source>Period</source>
            <translation>[Þéŕîöđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_log.py" line="32" />
            <source>Reference</source>
            <translation>[Ŕéƒéŕéñçé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_log.py" line="37" />
            <source>Replaced by</source>
            <translation>[Ŕéþļåçéđ ƀý ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/returns_log.py" line="38" />
            <source>Saved to</source>
            <translation>[Šåṽéđ ţö ~~~]</translation>
        </message>
    </context>
    <context>
        <name>ReviewPartners</name>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="104" />
            <source>&amp;Bring back answers…</source>
            <translation>[&amp;Bŕîñĝ ƀåçķ åñšŵéŕš… ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="48" />
            <source>&amp;For:</source>
            <translation>[&amp;Föŕ: ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="102" />
            <source>&amp;Make a questionnaire…</source>
            <translation>[&amp;Måķé å ǫûéšţîöññåîŕé… ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="55" />
            <source>&amp;Send back to:</source>
            <translation>[&amp;Séñđ ƀåçķ ţö: ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="33" />
            <source>A fillable PDF form with the review's questions, for a partner to answer in any PDF reader (or on paper). Make one for each partner organisation, or one that any partner may fill in.</source>
            <translation>[Å ƒîļļåƀļé ÞĐƑ ƒöŕɱ ŵîţĥ ţĥé ŕéṽîéŵ'š ǫûéšţîöñš, ƒöŕ å þåŕţñéŕ ţö åñšŵéŕ îñ åñý ÞĐƑ ŕéåđéŕ (öŕ öñ þåþéŕ). Ṁåķé öñé ƒöŕ éåçĥ þåŕţñéŕ öŕĝåñîšåţîöñ, öŕ öñé ţĥåţ åñý þåŕţñéŕ ɱåý ƒîļļ îñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="58" />
            <source>Also save the questions as &amp;plain text (for partners who cannot use forms)</source>
            <translation>[Åļšö šåṽé ţĥé ǫûéšţîöñš åš &amp;pļåîñ ţéẋţ (ƒöŕ þåŕţñéŕš ŵĥö çåññöţ ûšé ƒöŕɱš) ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="51" />
            <source>Answer &amp;by:</source>
            <translation>[Åñšŵéŕ &amp;bý: ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="118" />
            <source>Answer by</source>
            <translation>[Åñšŵéŕ ƀý ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="118" />
            <source>Answered</source>
            <translation>[Åñšŵéŕéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="181" />
            <source>Any partner</source>
            <translation>[Åñý þåŕţñéŕ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="44" />
            <source>Any partner (one questionnaire for everyone)</source>
            <translation>[Åñý þåŕţñéŕ (öñé ǫûéšţîöññåîŕé ƒöŕ éṽéŕýöñé) ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="326" />
            <source>Bring back filled questionnaires</source>
            <translation>[Ɓŕîñĝ ƀåçķ ƒîļļéđ ǫûéšţîöññåîŕéš ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="363" />
            <source>Bringing back the answers</source>
            <translation>[Ɓŕîñĝîñĝ ƀåçķ ţĥé åñšŵéŕš ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="105" />
            <source>Choose filled questionnaires (PDF), or drop them here</source>
            <translation>[Çĥööšé ƒîļļéđ ǫûéšţîöññåîŕéš (ÞĐƑ), öŕ đŕöþ ţĥéɱ ĥéŕé ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="50" />
            <source>Deadline for the answers</source>
            <translation>[Đéåđļîñé ƒöŕ ţĥé åñšŵéŕš ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="112" />
            <source>Drop filled questionnaires (PDF) anywhere on this tab to bring the answers back.</source>
            <translation>[Đŕöþ ƒîļļéđ ǫûéšţîöññåîŕéš (ÞĐƑ) åñýŵĥéŕé öñ ţĥîš ţåƀ ţö ƀŕîñĝ ţĥé åñšŵéŕš ƀåçķ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="133" />
            <source>Each partner's answers side by side</source>
            <translation>[Éåçĥ þåŕţñéŕ'š åñšŵéŕš šîđé ƀý šîđé ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="195" />
            <source>Each partner's own answers side by side, with the spread: the distance between the lowest and highest score given (the questions partners disagree on most are marked). The agreed answer is still the group's to choose, on the Viewpoints tab.</source>
            <translation>[Éåçĥ þåŕţñéŕ'š öŵñ åñšŵéŕš šîđé ƀý šîđé, ŵîţĥ ţĥé šþŕéåđ: ţĥé đîšţåñçé ƀéţŵééñ ţĥé ļöŵéšţ åñđ ĥîĝĥéšţ šçöŕé ĝîṽéñ (ţĥé ǫûéšţîöñš þåŕţñéŕš đîšåĝŕéé öñ ɱöšţ åŕé ɱåŕķéđ). Ţĥé åĝŕééđ åñšŵéŕ îš šţîļļ ţĥé ĝŕöûþ'š ţö çĥööšé, öñ ţĥé Ṽîéŵþöîñţš ţåƀ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="30" />
            <source>Make a questionnaire</source>
            <translation>[Ṁåķé å ǫûéšţîöññåîŕé ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="210" />
            <source>No partner has answered yet.</source>
            <translation>[Ñö þåŕţñéŕ ĥåš åñšŵéŕéđ ýéţ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="178" />
            <source>Not yet</source>
            <translation>[Ñöţ ýéţ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="275" />
            <source>PDF files (*.pdf)</source>
            <translation>[ÞĐƑ ƒîļéš (*.þđƒ) ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="215" />
            <source>Question</source>
            <translation>[Ǫûéšţîöñ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="303" />
            <source>Questionnaire saved</source>
            <translation>[Ǫûéšţîöññåîŕé šåṽéđ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="120" />
            <source>Questionnaires sent and answers received</source>
            <translation>[Ǫûéšţîöññåîŕéš šéñţ åñđ åñšŵéŕš ŕéçéîṽéđ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="356" />
            <source>Reading {n} file(s)…</source>
            <translation>[Ŕéåđîñĝ {n} ƒîļé(š)… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="275" />
            <source>Save the questionnaire</source>
            <translation>[Šåṽé ţĥé ǫûéšţîöññåîŕé ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="118" />
            <source>Sent on</source>
            <translation>[Šéñţ öñ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="118" />
            <source>Sent to</source>
            <translation>[Šéñţ ţö ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="215" />
            <source>Spread</source>
            <translation>[Šþŕéåđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="237" />
            <source>Subtotal: {title}</source>
            <translation>[Šûƀţöţåļ: {title} ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="314" />
            <source>The questionnaire</source>
            <translation>[Ţĥé ǫûéšţîöññåîŕé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="158" />
            <source>This review is finished. To ask partners for their answers, start a new review, or change this one (it becomes a draft again).</source>
            <translation>[Ţĥîš ŕéṽîéŵ îš ƒîñîšĥéđ. Ţö åšķ þåŕţñéŕš ƒöŕ ţĥéîŕ åñšŵéŕš, šţåŕţ å ñéŵ ŕéṽîéŵ, öŕ çĥåñĝé ţĥîš öñé (îţ ƀéçöɱéš å đŕåƒţ åĝåîñ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="125" />
            <source>What happened to the files brought back</source>
            <translation>[Ŵĥåţ ĥåþþéñéđ ţö ţĥé ƒîļéš ƀŕöûĝĥţ ƀåçķ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="54" />
            <source>Where to send the answers back</source>
            <translation>[Ŵĥéŕé ţö šéñđ ţĥé åñšŵéŕš ƀåçķ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="47" />
            <source>Who the questionnaire is for</source>
            <translation>[Ŵĥö ţĥé ǫûéšţîöññåîŕé îš ƒöŕ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="176" />
            <source>answered, anonymously</source>
            <translation>[åñšŵéŕéđ, åñöñýɱöûšļý ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/questionnaire_dialog.py" line="53" />
            <source>for example: reviews@ourgroup.org.uk</source>
            <translation>[ƒöŕ éẋåɱþļé: ŕéṽîéŵš@öûŕĝŕöûþ.öŕĝ.ûķ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="183" />
            <source>no deadline</source>
            <translation>[ñö đéåđļîñé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="390" />
            <source>{file}: added as the viewpoint “{who}”.</source>
            <translation>[{file}: åđđéđ åš ţĥé ṽîéŵþöîñţ “{who}”. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="392" />
            <source>{file}: already brought back (“{who}”); nothing changed.</source>
            <translation>[{file}: åļŕéåđý ƀŕöûĝĥţ ƀåçķ (“{who}”); ñöţĥîñĝ çĥåñĝéđ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="396" />
            <source>{file}: not brought back: {why}.</source>
            <translation>[{file}: ñöţ ƀŕöûĝĥţ ƀåçķ: {why}. ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="394" />
            <source>{file}: replaces the earlier answers of “{who}”.</source>
            <translation>[{file}: ŕéþļåçéš ţĥé éåŕļîéŕ åñšŵéŕš öƒ “{who}”. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="204" />
            <source>{n} partner(s) asked to stay anonymous: their answers are shown once at least {min} partners have answered.</source>
            <translation>[{n} þåŕţñéŕ(š) åšķéđ ţö šţåý åñöñýɱöûš: ţĥéîŕ åñšŵéŕš åŕé šĥöŵñ öñçé åţ ļéåšţ {min} þåŕţñéŕš ĥåṽé åñšŵéŕéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="174" />
            <source>{who} on {date}</source>
            <translation>[{who} öñ {date} ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="184" />
            <source>⚠ Not yet: the deadline has passed</source>
            <translation>[⚠ Ñöţ ýéţ: ţĥé đéåđļîñé ĥåš þåššéđ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_partners.py" line="229" />
            <source>⚠ {n}</source>
            <translation>[⚠ {n} ~]</translation>
        </message>
    </context>
    <context>
        <name>ReviewResults</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/review_results.py" line="510" />
            <source>%n action(s) added to What's due</source>
            <translation>
                <numerusform>[%n åçţîöñ åđđéđ ţö Ŵĥåţ'š đûé ~~~~~~~~]</numerusform>
                <numerusform>[%n åçţîöñš åđđéđ ţö Ŵĥåţ'š đûé ~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="204" />
            <source>&amp;New viewpoint:</source>
            <translation>[&amp;Néŵ ṽîéŵþöîñţ: ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="371" />
            <source>(no answer)</source>
            <translation>[(ñö åñšŵéŕ) ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="209" />
            <source>A&amp;dd</source>
            <translation>[Å&amp;dđ ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="242" />
            <source>Ac&amp;tions</source>
            <translation>[Åç&amp;tîöñš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="231" />
            <source>Action</source>
            <translation>[Åçţîöñ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="457" />
            <source>Action for {ref}</source>
            <translation>[Åçţîöñ ƒöŕ {ref} ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="453" />
            <source>Add an action for {ref}</source>
            <translation>[Åđđ åñ åçţîöñ ƒöŕ {ref} ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="231" />
            <source>Add?</source>
            <translation>[Åđđ? ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="362" />
            <source>Agreed answer</source>
            <translation>[Åĝŕééđ åñšŵéŕ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="450" />
            <source>Already an action</source>
            <translation>[Åļŕéåđý åñ åçţîöñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="176" />
            <source>Answer</source>
            <translation>[Åñšŵéŕ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="321" />
            <source>Average of the viewpoints</source>
            <translation>[Åṽéŕåĝé öƒ ţĥé ṽîéŵþöîñţš ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="231" />
            <source>By when</source>
            <translation>[Ɓý ŵĥéñ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="188" />
            <source>C&amp;harts</source>
            <translation>[Ç&amp;håŕţš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="264" />
            <source>Choose a review to see its results.</source>
            <translation>[Çĥööšé å ŕéṽîéŵ ţö šéé îţš ŕéšûļţš. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="285" />
            <source>Draft: not finished yet</source>
            <translation>[Đŕåƒţ: ñöţ ƒîñîšĥéđ ýéţ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="468" />
            <source>Due date of the action for {ref}</source>
            <translation>[Đûé đåţé öƒ ţĥé åçţîöñ ƒöŕ {ref} ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="193" />
            <source>Each viewpoint's answers side by side. Where they differ, the row is marked: talk it through and record the answer you agree. The score uses the agreed answer; without one, the average of the viewpoints.</source>
            <translation>[Éåçĥ ṽîéŵþöîñţ'š åñšŵéŕš šîđé ƀý šîđé. Ŵĥéŕé ţĥéý đîƒƒéŕ, ţĥé ŕöŵ îš ɱåŕķéđ: ţåļķ îţ ţĥŕöûĝĥ åñđ ŕéçöŕđ ţĥé åñšŵéŕ ýöû åĝŕéé. Ţĥé šçöŕé ûšéš ţĥé åĝŕééđ åñšŵéŕ; ŵîţĥöûţ öñé, ţĥé åṽéŕåĝé öƒ ţĥé ṽîéŵþöîñţš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="287" />
            <source>Finished</source>
            <translation>[Ƒîñîšĥéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="301" />
            <source>Made with {framework}.</source>
            <translation>[Ṁåđé ŵîţĥ {framework}. ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="207" />
            <source>Name of the new viewpoint</source>
            <translation>[Ñåɱé öƒ ţĥé ñéŵ ṽîéŵþöîñţ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="387" />
            <source>No</source>
            <translation>[Ñö ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="444" />
            <source>No answer is weak enough to suggest an action: none is in the lowest band.</source>
            <translation>[Ñö åñšŵéŕ îš ŵéåķ éñöûĝĥ ţö šûĝĝéšţ åñ åçţîöñ: ñöñé îš îñ ţĥé ļöŵéšţ ƀåñđ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="323" />
            <source>Not answered</source>
            <translation>[Ñöţ åñšŵéŕéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="91" />
            <source>Not scored</source>
            <translation>[Ñöţ šçöŕéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="223" />
            <source>Partners' answ&amp;ers</source>
            <translation>[Þåŕţñéŕš' åñšŵ&amp;eŕš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="176" />
            <source>Question</source>
            <translation>[Ǫûéšţîöñ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="290" />
            <source>Review of {date} ({status}). Overall: {score}.</source>
            <translation>[Ŕéṽîéŵ öƒ {date} ({status}). Öṽéŕåļļ: {score}. ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="171" />
            <source>Review results</source>
            <translation>[Ŕéṽîéŵ ŕéšûļţš ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="180" />
            <source>Sco&amp;res</source>
            <translation>[Šçö&amp;réš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="176" />
            <source>Score and band</source>
            <translation>[Šçöŕé åñđ ƀåñđ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="163" />
            <source>Scores of each part of the review</source>
            <translation>[Šçöŕéš öƒ éåçĥ þåŕţ öƒ ţĥé ŕéṽîéŵ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="178" />
            <source>Scores question by question</source>
            <translation>[Šçöŕéš ǫûéšţîöñ ƀý ǫûéšţîöñ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="176" />
            <source>Since last review</source>
            <translation>[Šîñçé ļåšţ ŕéṽîéŵ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="233" />
            <source>Suggested actions</source>
            <translation>[Šûĝĝéšţéđ åçţîöñš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="436" />
            <source>These answers are weak (in the band {band}). Each suggests the next step its band gives. Tick the ones to act on, say who will do it and by when; they join the What's due list.</source>
            <translation>[Ţĥéšé åñšŵéŕš åŕé ŵéåķ (îñ ţĥé ƀåñđ {band}). Éåçĥ šûĝĝéšţš ţĥé ñéẋţ šţéþ îţš ƀåñđ ĝîṽéš. Ţîçķ ţĥé öñéš ţö åçţ öñ, šåý ŵĥö ŵîļļ đö îţ åñđ ƀý ŵĥéñ; ţĥéý ĵöîñ ţĥé Ŵĥåţ'š đûé ļîšţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="504" />
            <source>Tick at least one action to add.</source>
            <translation>[Ţîçķ åţ ļéåšţ öñé åçţîöñ ţö åđđ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="235" />
            <source>Turn weak answers into &amp;actions</source>
            <translation>[Ţûŕñ ŵéåķ åñšŵéŕš îñţö &amp;açţîöñš ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="219" />
            <source>Vie&amp;wpoints</source>
            <translation>[Ṽîé&amp;wþöîñţš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="201" />
            <source>Viewpoints side by side</source>
            <translation>[Ṽîéŵþöîñţš šîđé ƀý šîđé ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="366" />
            <source>Views differ?</source>
            <translation>[Ṽîéŵš đîƒƒéŕ? ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="168" />
            <source>Where the scale and bands come from</source>
            <translation>[Ŵĥéŕé ţĥé šçåļé åñđ ƀåñđš çöɱé ƒŕöɱ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="231" />
            <source>Who will do it</source>
            <translation>[Ŵĥö ŵîļļ đö îţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="464" />
            <source>Who will do the action for {ref}</source>
            <translation>[Ŵĥö ŵîļļ đö ţĥé åçţîöñ ƒöŕ {ref} ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="206" />
            <source>for example: District council</source>
            <translation>[ƒöŕ éẋåɱþļé: Đîšţŕîçţ çöûñçîļ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="114" />
            <source>not scored</source>
            <translation>[ñöţ šçöŕéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="319" />
            <source>{answer} (every viewpoint)</source>
            <translation>[{answer} (éṽéŕý ṽîéŵþöîñţ) ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="68" />
            <source>{mark} Better than the review of {date}.</source>
            <translation>[{mark} Ɓéţţéŕ ţĥåñ ţĥé ŕéṽîéŵ öƒ {date}. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="72" />
            <source>{mark} No score yet to compare with the review of {date}.</source>
            <translation>[{mark} Ñö šçöŕé ýéţ ţö çöɱþåŕé ŵîţĥ ţĥé ŕéṽîéŵ öƒ {date}. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="71" />
            <source>{mark} The review of {date} had no score to compare with.</source>
            <translation>[{mark} Ţĥé ŕéṽîéŵ öƒ {date} ĥåđ ñö šçöŕé ţö çöɱþåŕé ŵîţĥ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="70" />
            <source>{mark} The same as the review of {date}.</source>
            <translation>[{mark} Ţĥé šåɱé åš ţĥé ŕéṽîéŵ öƒ {date}. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="69" />
            <source>{mark} Worse than the review of {date}.</source>
            <translation>[{mark} Ŵöŕšé ţĥåñ ţĥé ŕéṽîéŵ öƒ {date}. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="116" />
            <source>{score} (from {low} to {high})</source>
            <translation>[{score} (ƒŕöɱ {low} ţö {high}) ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="121" />
            <source>{title}: {total}</source>
            <translation>[{title}: {total} ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_results.py" line="387" />
            <source>⚠ Yes: agree an answer</source>
            <translation>[⚠ Ýéš: åĝŕéé åñ åñšŵéŕ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ReviewWizard</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/review_pages.py" line="328" />
            <source>%n question(s) not answered yet. You can finish only when every question has an answer ("Don't know" counts); until then, save the review as a draft.</source>
            <translation>
                <numerusform>[%n ǫûéšţîöñ ñöţ åñšŵéŕéđ ýéţ. Ýöû çåñ ƒîñîšĥ öñļý ŵĥéñ éṽéŕý ǫûéšţîöñ ĥåš åñ åñšŵéŕ ("Đöñ'ţ ķñöŵ" çöûñţš); ûñţîļ ţĥéñ, šåṽé ţĥé ŕéṽîéŵ åš å đŕåƒţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n ǫûéšţîöñš ñöţ åñšŵéŕéđ ýéţ. Ýöû çåñ ƒîñîšĥ öñļý ŵĥéñ éṽéŕý ǫûéšţîöñ ĥåš åñ åñšŵéŕ ("Đöñ'ţ ķñöŵ" çöûñţš); ûñţîļ ţĥéñ, šåṽé ţĥé ŕéṽîéŵ åš å đŕåƒţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="186" />
            <source>&amp;Comment (optional): why, and what would help</source>
            <translation>[&amp;Cöɱɱéñţ (öþţîöñåļ): ŵĥý, åñđ ŵĥåţ ŵöûļđ ĥéļþ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="131" />
            <source>&amp;Date of the review</source>
            <translation>[&amp;Dåţé öƒ ţĥé ŕéṽîéŵ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="95" />
            <source>&amp;Finish</source>
            <translation>[&amp;Fîñîšĥ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="93" />
            <source>&amp;Next &gt;</source>
            <translation>[&amp;Néẋţ &gt; ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="92" />
            <source>&amp;Save as draft</source>
            <translation>[&amp;Såṽé åš đŕåƒţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="135" />
            <source>&amp;Who took part? One person, role or organisation a line</source>
            <translation>[&amp;Wĥö ţööķ þåŕţ? Öñé þéŕšöñ, ŕöļé öŕ öŕĝåñîšåţîöñ å ļîñé ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="94" />
            <source>&lt; &amp;Back</source>
            <translation>[&lt; &amp;Båçķ ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="125" />
            <source>A health check asks how well {name} is working (Code 4.8). Answer together if you can. You can stop at any point and carry on later.</source>
            <translation>[Å ĥéåļţĥ çĥéçķ åšķš ĥöŵ ŵéļļ {name} îš ŵöŕķîñĝ (Çöđé 4.8). Åñšŵéŕ ţöĝéţĥéŕ îƒ ýöû çåñ. Ýöû çåñ šţöþ åţ åñý þöîñţ åñđ çåŕŕý öñ ļåţéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="64" />
            <source>All partners together: {percent}%.</source>
            <translation>[Åļļ þåŕţñéŕš ţöĝéţĥéŕ: {percent}%. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="282" />
            <source>Check your answers</source>
            <translation>[Çĥéçķ ýöûŕ åñšŵéŕš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="232" />
            <source>Comment (optional)</source>
            <translation>[Çöɱɱéñţ (öþţîöñåļ) ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="188" />
            <source>Comment on {ref}</source>
            <translation>[Çöɱɱéñţ öñ {ref} ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="307" />
            <source>Date</source>
            <translation>[Đåţé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="133" />
            <source>Date of the review</source>
            <translation>[Đåţé öƒ ţĥé ŕéṽîéŵ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="218" />
            <source>Does the way the partnership checks its progress meet these criteria? (Code 4.8)</source>
            <translation>[Đöéš ţĥé ŵåý ţĥé þåŕţñéŕšĥîþ çĥéçķš îţš þŕöĝŕéšš ɱééţ ţĥéšé çŕîţéŕîå? (Çöđé 4.8) ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="54" />
            <source>From the record, partners present at the last year's meetings:</source>
            <translation>[Ƒŕöɱ ţĥé ŕéçöŕđ, þåŕţñéŕš þŕéšéñţ åţ ţĥé ļåšţ ýéåŕ'š ɱééţîñĝš: ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="49" />
            <source>From the record: no partner's attendance is marked for the last year's meetings (Meetings tab, Which partners were there).</source>
            <translation>[Ƒŕöɱ ţĥé ŕéçöŕđ: ñö þåŕţñéŕ'š åţţéñđåñçé îš ɱåŕķéđ ƒöŕ ţĥé ļåšţ ýéåŕ'š ɱééţîñĝš (Ṁééţîñĝš ţåƀ, Ŵĥîçĥ þåŕţñéŕš ŵéŕé ţĥéŕé). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="230" />
            <source>Give the date of the review.</source>
            <translation>[Ĝîṽé ţĥé đåţé öƒ ţĥé ŕéṽîéŵ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="284" />
            <source>Go back to change anything. Finish when all is right, or save it as a draft.</source>
            <translation>[Ĝö ƀåçķ ţö çĥåñĝé åñýţĥîñĝ. Ƒîñîšĥ ŵĥéñ åļļ îš ŕîĝĥţ, öŕ šåṽé îţ åš å đŕåƒţ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="123" />
            <source>Health check review</source>
            <translation>[Ĥéåļţĥ çĥéçķ ŕéṽîéŵ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="88" />
            <source>Health check review: {name}</source>
            <translation>[Ĥéåļţĥ çĥéçķ ŕéṽîéŵ: {name} ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="216" />
            <source>How the partnership measures success</source>
            <translation>[Ĥöŵ ţĥé þåŕţñéŕšĥîþ ɱéåšûŕéš šûççéšš ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="261" />
            <source>In your own words. Both are optional.</source>
            <translation>[Îñ ýöûŕ öŵñ ŵöŕđš. Ɓöţĥ åŕé öþţîöñåļ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="313" />
            <source>Not answered yet</source>
            <translation>[Ñöţ åñšŵéŕéđ ýéţ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="165" />
            <source>Question {n} of {total}</source>
            <translation>[Ǫûéšţîöñ {n} öƒ {total} ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="334" />
            <source>Review finished</source>
            <translation>[Ŕéṽîéŵ ƒîñîšĥéđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="334" />
            <source>Review saved as a draft</source>
            <translation>[Ŕéṽîéŵ šåṽéđ åš å đŕåƒţ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="263" />
            <source>What do we need to &amp;change?</source>
            <translation>[Ŵĥåţ đö ŵé ñééđ ţö &amp;cĥåñĝé? ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="265" />
            <source>What do we need to change?</source>
            <translation>[Ŵĥåţ đö ŵé ñééđ ţö çĥåñĝé? ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="267" />
            <source>What else should we &amp;link with?</source>
            <translation>[Ŵĥåţ éļšé šĥöûļđ ŵé &amp;lîñķ ŵîţĥ? ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="269" />
            <source>What else should we link with?</source>
            <translation>[Ŵĥåţ éļšé šĥöûļđ ŵé ļîñķ ŵîţĥ? ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="260" />
            <source>What next?</source>
            <translation>[Ŵĥåţ ñéẋţ? ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="138" />
            <source>Who took part</source>
            <translation>[Ŵĥö ţööķ þåŕţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="290" />
            <source>Your answers</source>
            <translation>[Ýöûŕ åñšŵéŕš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="137" />
            <source>for example: Our trustee
Our representative</source>
            <translation>[ƒöŕ éẋåɱþļé: Öûŕ ţŕûšţéé
Öûŕ ŕéþŕéšéñţåţîṽé ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_pages.py" line="308" />
            <source>not given</source>
            <translation>[ñöţ ĝîṽéñ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review_wizard.py" line="56" />
            <source>• {partner}: {percent}% ({present} of {marked})</source>
            <translation>[• {partner}: {percent}% ({present} öƒ {marked}) ~]</translation>
        </message>
    </context>
    <context>
        <name>ReviewsArea</name>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="231" />
            <source> (considering)</source>
            <translation>[ (çöñšîđéŕîñĝ) ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="155" />
            <source> months</source>
            <translation>[ ɱöñţĥš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="139" />
            <source>&amp;Joining check…</source>
            <translation>[&amp;Jöîñîñĝ çĥéçķ… ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="134" />
            <source>&amp;Partnership:</source>
            <translation>[&amp;Påŕţñéŕšĥîþ: ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="188" />
            <source>&amp;Start a review…</source>
            <translation>[&amp;Sţåŕţ å ŕéṽîéŵ… ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="125" />
            <source>A health-check review asks how well a partnership is working. Add a partnership first, then start its first review here.</source>
            <translation>[Å ĥéåļţĥ-çĥéçķ ŕéṽîéŵ åšķš ĥöŵ ŵéļļ å þåŕţñéŕšĥîþ îš ŵöŕķîñĝ. Åđđ å þåŕţñéŕšĥîþ ƒîŕšţ, ţĥéñ šţåŕţ îţš ƒîŕšţ ŕéṽîéŵ ĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="156" />
            <source>A review is due after this many months</source>
            <translation>[Å ŕéṽîéŵ îš đûé åƒţéŕ ţĥîš ɱåñý ɱöñţĥš ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="61" />
            <source>Band</source>
            <translation>[Ɓåñđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="190" />
            <source>C&amp;ontinue the draft…</source>
            <translation>[Ç&amp;oñţîñûé ţĥé đŕåƒţ… ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="292" />
            <source>Chan&amp;ge this review…</source>
            <translation>[Çĥåñ&amp;gé ţĥîš ŕéṽîéŵ… ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="326" />
            <source>Change this review</source>
            <translation>[Çĥåñĝé ţĥîš ŕéṽîéŵ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="61" />
            <source>Date</source>
            <translation>[Đåţé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="192" />
            <source>De&amp;lete review</source>
            <translation>[Đé&amp;léţé ŕéṽîéŵ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="344" />
            <source>Delete review</source>
            <translation>[Đéļéţé ŕéṽîéŵ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="345" />
            <source>Delete the review of {date}? Its answers are deleted too.</source>
            <translation>[Đéļéţé ţĥé ŕéṽîéŵ öƒ {date}? Îţš åñšŵéŕš åŕé đéļéţéđ ţöö. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="84" />
            <source>Finished</source>
            <translation>[Ƒîñîšĥéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="360" />
            <source>Joining check: {name}</source>
            <translation>[Ĵöîñîñĝ çĥéçķ: {name} ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="124" />
            <source>No reviews yet</source>
            <translation>[Ñö ŕéṽîéŵš ýéţ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="89" />
            <source>Not scored</source>
            <translation>[Ñöţ šçöŕéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="327" />
            <source>Open the review of {date} again to change it?

It becomes a draft until you finish it again. While it is a draft it is left out of the charts, What's due and returns.</source>
            <translation>[Öþéñ ţĥé ŕéṽîéŵ öƒ {date} åĝåîñ ţö çĥåñĝé îţ?

Îţ ƀéçöɱéš å đŕåƒţ ûñţîļ ýöû ƒîñîšĥ îţ åĝåîñ. Ŵĥîļé îţ îš å đŕåƒţ îţ îš ļéƒţ öûţ öƒ ţĥé çĥåŕţš, Ŵĥåţ'š đûé åñđ ŕéţûŕñš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="136" />
            <source>Partnership</source>
            <translation>[Þåŕţñéŕšĥîþ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="158" />
            <source>Partnerships with no finished review for this long are flagged.</source>
            <translation>[Þåŕţñéŕšĥîþš ŵîţĥ ñö ƒîñîšĥéđ ŕéṽîéŵ ƒöŕ ţĥîš ļöñĝ åŕé ƒļåĝĝéđ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="351" />
            <source>Review deleted</source>
            <translation>[Ŕéṽîéŵ đéļéţéđ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="152" />
            <source>Review due &amp;after</source>
            <translation>[Ŕéṽîéŵ đûé &amp;aƒţéŕ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="335" />
            <source>Review reopened</source>
            <translation>[Ŕéṽîéŵ ŕéöþéñéđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="61" />
            <source>Review tool</source>
            <translation>[Ŕéṽîéŵ ţööļ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="143" />
            <source>Review tool (&amp;used by new reviews):</source>
            <translation>[Ŕéṽîéŵ ţööļ (&amp;ušéđ ƀý ñéŵ ŕéṽîéŵš): ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="178" />
            <source>Reviews of this partnership</source>
            <translation>[Ŕéṽîéŵš öƒ ţĥîš þåŕţñéŕšĥîþ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="61" />
            <source>Score</source>
            <translation>[Šçöŕé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="61" />
            <source>Status</source>
            <translation>[Šţåţûš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="268" />
            <source>We are still considering this partnership: use the joining check first.</source>
            <translation>[Ŵé åŕé šţîļļ çöñšîđéŕîñĝ ţĥîš þåŕţñéŕšĥîþ: ûšé ţĥé ĵöîñîñĝ çĥéçķ ƒîŕšţ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="61" />
            <source>Who took part</source>
            <translation>[Ŵĥö ţööķ þåŕţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="273" />
            <source>⚠ A review is due: none finished since {date}.</source>
            <translation>[⚠ Å ŕéṽîéŵ îš đûé: ñöñé ƒîñîšĥéđ šîñçé {date}. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="275" />
            <source>⚠ A review is due: this partnership has never been reviewed.</source>
            <translation>[⚠ Å ŕéṽîéŵ îš đûé: ţĥîš þåŕţñéŕšĥîþ ĥåš ñéṽéŕ ƀééñ ŕéṽîéŵéđ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/reviews.py" line="84" />
            <source>⚠ Draft: not finished</source>
            <translation>[⚠ Đŕåƒţ: ñöţ ƒîñîšĥéđ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>RowsView</name>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="196" />
            <source>Added</source>
            <translation>[Åđđéđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="160" />
            <source>Leave without saving?</source>
            <translation>[Ļéåṽé ŵîţĥöûţ šåṽîñĝ? ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="81" />
            <source>None yet.</source>
            <translation>[Ñöñé ýéţ. ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="85" />
            <source>Remove</source>
            <translation>[Ŕéɱöṽé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="86" />
            <source>Remove the chosen one</source>
            <translation>[Ŕéɱöṽé ţĥé çĥöšéñ öñé ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="209" />
            <source>Remove this?</source>
            <translation>[Ŕéɱöṽé ţĥîš? ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="210" />
            <source>Remove “{what}”? This cannot be undone.</source>
            <translation>[Ŕéɱöṽé “{what}”? Ţĥîš çåññöţ ƀé ûñđöñé. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="215" />
            <source>Removed</source>
            <translation>[Ŕéɱöṽéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="227" />
            <source>Saved</source>
            <translation>[Šåṽéđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="161" />
            <source>Some of what you typed in “{what}” could not be saved:

{fields}

Choose Yes to leave without it, or No to stay and put it right.</source>
            <translation>[Šöɱé öƒ ŵĥåţ ýöû ţýþéđ îñ “{what}” çöûļđ ñöţ ƀé šåṽéđ:

{fields}

Çĥööšé Ýéš ţö ļéåṽé ŵîţĥöûţ îţ, öŕ Ñö ţö šţåý åñđ þûţ îţ ŕîĝĥţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/rows_view.py" line="153" />
            <source>{field}: {why}</source>
            <translation>[{field}: {why} ~]</translation>
        </message>
    </context>
    <context>
        <name>RunClosing</name>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="62" />
            <source>&amp;Close it…</source>
            <translation>[&amp;Cļöšé îţ… ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="37" />
            <source>&amp;Date</source>
            <translation>[&amp;Dåţé ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="42" />
            <source>&amp;Lessons</source>
            <translation>[&amp;Léššöñš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="36" />
            <source>&amp;What is closing</source>
            <translation>[&amp;Wĥåţ îš çļöšîñĝ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="117" />
            <source>Close it on {day}? Its record is kept as it is, read-only, and nothing more will be due for it. You can reopen it if this was a mistake.</source>
            <translation>[Çļöšé îţ öñ {day}? Îţš ŕéçöŕđ îš ķéþţ åš îţ îš, ŕéåđ-öñļý, åñđ ñöţĥîñĝ ɱöŕé ŵîļļ ƀé đûé ƒöŕ îţ. Ýöû çåñ ŕéöþéñ îţ îƒ ţĥîš ŵåš å ɱîšţåķé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="116" />
            <source>Close it?</source>
            <translation>[Çļöšé îţ? ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="63" />
            <source>Close the partnership, or our part in it</source>
            <translation>[Çļöšé ţĥé þåŕţñéŕšĥîþ, öŕ öûŕ þåŕţ îñ îţ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="129" />
            <source>Closed</source>
            <translation>[Çļöšéđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="99" />
            <source>Closed on {day} ({what}). The other tabs are read-only now; this note and the learning log can still be changed.</source>
            <translation>[Çļöšéđ öñ {day} ({what}). Ţĥé öţĥéŕ ţåƀš åŕé ŕéåđ-öñļý ñöŵ; ţĥîš ñöţé åñđ ţĥé ļéåŕñîñĝ ļöĝ çåñ šţîļļ ƀé çĥåñĝéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="64" />
            <source>Reo&amp;pen it…</source>
            <translation>[Ŕéö&amp;péñ îţ… ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="142" />
            <source>Reopen it?</source>
            <translation>[Ŕéöþéñ îţ? ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="143" />
            <source>Reopen it? Its closing note is removed and its status goes back as it was.</source>
            <translation>[Ŕéöþéñ îţ? Îţš çļöšîñĝ ñöţé îš ŕéɱöṽéđ åñđ îţš šţåţûš ĝöéš ƀåçķ åš îţ ŵåš. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="65" />
            <source>Reopen the partnership</source>
            <translation>[Ŕéöþéñ ţĥé þåŕţñéŕšĥîþ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="149" />
            <source>Reopened</source>
            <translation>[Ŕéöþéñéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="167" />
            <source>Saved</source>
            <translation>[Šåṽéđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="38" />
            <source>Wh&amp;y</source>
            <translation>[Ŵĥ&amp;y ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="40" />
            <source>What happens to its &amp;money</source>
            <translation>[Ŵĥåţ ĥåþþéñš ţö îţš &amp;möñéý ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="41" />
            <source>What happens to its &amp;records</source>
            <translation>[Ŵĥåţ ĥåþþéñš ţö îţš &amp;réçöŕđš ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="39" />
            <source>What happens to its w&amp;ork</source>
            <translation>[Ŵĥåţ ĥåþþéñš ţö îţš ŵ&amp;oŕķ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="89" />
            <source>When the partnership ends, or we leave it, say why and what happens to its work, money and records, then choose Close it. The record stays complete: it can still be read, put in a return and exported.</source>
            <translation>[Ŵĥéñ ţĥé þåŕţñéŕšĥîþ éñđš, öŕ ŵé ļéåṽé îţ, šåý ŵĥý åñđ ŵĥåţ ĥåþþéñš ţö îţš ŵöŕķ, ɱöñéý åñđ ŕéçöŕđš, ţĥéñ çĥööšé Çļöšé îţ. Ţĥé ŕéçöŕđ šţåýš çöɱþļéţé: îţ çåñ šţîļļ ƀé ŕéåđ, þûţ îñ å ŕéţûŕñ åñđ éẋþöŕţéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_closing.py" line="59" />
            <source>Whether it is closed</source>
            <translation>[Ŵĥéţĥéŕ îţ îš çļöšéđ ~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>RunReadOnly</name>
        <message>
            <location filename="../../desktop/ui/partnerships/run_readonly.py" line="71" />
            <source>Closed on {day}: {what}. Its record is kept as it was: read it, put it in a return, export it. To change it, reopen it (How it is run, Closing).</source>
            <translation>[Çļöšéđ öñ {day}: {what}. Îţš ŕéçöŕđ îš ķéþţ åš îţ ŵåš: ŕéåđ îţ, þûţ îţ îñ å ŕéţûŕñ, éẋþöŕţ îţ. Ţö çĥåñĝé îţ, ŕéöþéñ îţ (Ĥöŵ îţ îš ŕûñ, Çļöšîñĝ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>RunRegisters</name>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="40" />
            <source>&amp;Risk</source>
            <translation>[&amp;Rîšķ ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="135" />
            <source>About</source>
            <translation>[Åƀöûţ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="50" />
            <source>About what</source>
            <translation>[Åƀöûţ ŵĥåţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="106" />
            <source>Add a de&amp;claration</source>
            <translation>[Åđđ å đé&amp;cļåŕåţîöñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="111" />
            <source>Add a disa&amp;greement</source>
            <translation>[Åđđ å đîšå&amp;gŕééɱéñţ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="103" />
            <source>Add a ris&amp;k</source>
            <translation>[Åđđ å ŕîš&amp;k ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="116" />
            <source>Add an e&amp;quality note</source>
            <translation>[Åđđ åñ é&amp;qûåļîţý ñöţé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="121" />
            <source>Add what we lear&amp;ned</source>
            <translation>[Åđđ ŵĥåţ ŵé ļéåŕ&amp;néđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="56" />
            <source>Between</source>
            <translation>[Ɓéţŵééñ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="105" />
            <source>Conflicts of interest declared</source>
            <translation>[Çöñƒļîçţš öƒ îñţéŕéšţ đéçļåŕéđ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="49" />
            <source>Declared &amp;by</source>
            <translation>[Đéçļåŕéđ &amp;bý ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="52" />
            <source>Declared on</source>
            <translation>[Đéçļåŕéđ öñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="110" />
            <source>Disagreements and how they were resolved</source>
            <translation>[Đîšåĝŕééɱéñţš åñđ ĥöŵ ţĥéý ŵéŕé ŕéšöļṽéđ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="115" />
            <source>Equality impact: who might be left out</source>
            <translation>[Éǫûåļîţý îɱþåçţ: ŵĥö ɱîĝĥţ ƀé ļéƒţ öûţ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="51" />
            <source>How it was handled</source>
            <translation>[Ĥöŵ îţ ŵåš ĥåñđļéđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="58" />
            <source>How it was resolved</source>
            <translation>[Ĥöŵ îţ ŵåš ŕéšöļṽéđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="42" />
            <source>Impact</source>
            <translation>[Îɱþåçţ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="165" />
            <source>Keep a note of what could go wrong, interests declared, disagreements, who might be left out, and what the partnership has learned. A risk scoring 15 or more (likelihood × impact) shows in the brief.</source>
            <translation>[Ķééþ å ñöţé öƒ ŵĥåţ çöûļđ ĝö ŵŕöñĝ, îñţéŕéšţš đéçļåŕéđ, đîšåĝŕééɱéñţš, ŵĥö ɱîĝĥţ ƀé ļéƒţ öûţ, åñđ ŵĥåţ ţĥé þåŕţñéŕšĥîþ ĥåš ļéåŕñéđ. Å ŕîšķ šçöŕîñĝ 15 öŕ ɱöŕé (ļîķéļîĥööđ × îɱþåçţ) šĥöŵš îñ ţĥé ƀŕîéƒ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="120" />
            <source>Learning log</source>
            <translation>[Ļéåŕñîñĝ ļöĝ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="41" />
            <source>Likelihood</source>
            <translation>[Ļîķéļîĥööđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="136" />
            <source>New disagreement</source>
            <translation>[Ñéŵ đîšåĝŕééɱéñţ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="134" />
            <source>New risk</source>
            <translation>[Ñéŵ ŕîšķ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="64" />
            <source>Noted on</source>
            <translation>[Ñöţéđ öñ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="43" />
            <source>Owner</source>
            <translation>[Öŵñéŕ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="57" />
            <source>Raised on</source>
            <translation>[Ŕåîšéđ öñ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="107" />
            <source>Remove this declaration</source>
            <translation>[Ŕéɱöṽé ţĥîš đéçļåŕåţîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="112" />
            <source>Remove this disagreement</source>
            <translation>[Ŕéɱöṽé ţĥîš đîšåĝŕééɱéñţ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="122" />
            <source>Remove this entry</source>
            <translation>[Ŕéɱöṽé ţĥîš éñţŕý ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="117" />
            <source>Remove this note</source>
            <translation>[Ŕéɱöṽé ţĥîš ñöţé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="103" />
            <source>Remove this risk</source>
            <translation>[Ŕéɱöṽé ţĥîš ŕîšķ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="59" />
            <source>Resolved on</source>
            <translation>[Ŕéšöļṽéđ öñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="45" />
            <source>Review by</source>
            <translation>[Ŕéṽîéŵ ƀý ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="103" />
            <source>Risks</source>
            <translation>[Ŕîšķš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="69" />
            <source>Shared with</source>
            <translation>[Šĥåŕéđ ŵîţĥ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="46" />
            <source>Status</source>
            <translation>[Šţåţûš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="63" />
            <source>What is being done</source>
            <translation>[Ŵĥåţ îš ƀéîñĝ đöñé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="55" />
            <source>What the &amp;disagreement is about</source>
            <translation>[Ŵĥåţ ţĥé &amp;dîšåĝŕééɱéñţ îš åƀöûţ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="67" />
            <source>What we &amp;learned</source>
            <translation>[Ŵĥåţ ŵé &amp;léåŕñéđ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="44" />
            <source>What we do about it</source>
            <translation>[Ŵĥåţ ŵé đö åƀöûţ îţ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="138" />
            <source>What we learned</source>
            <translation>[Ŵĥåţ ŵé ļéåŕñéđ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="68" />
            <source>What we will do differently</source>
            <translation>[Ŵĥåţ ŵé ŵîļļ đö đîƒƒéŕéñţļý ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="62" />
            <source>Who &amp;might be left out</source>
            <translation>[Ŵĥö &amp;mîĝĥţ ƀé ļéƒţ öûţ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="135" />
            <source>Who declared it</source>
            <translation>[Ŵĥö đéçļåŕéđ îţ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="137" />
            <source>Who might be left out</source>
            <translation>[Ŵĥö ɱîĝĥţ ƀé ļéƒţ öûţ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="49" />
            <source>a role or an organisation</source>
            <translation>[å ŕöļé öŕ åñ öŕĝåñîšåţîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="33" />
            <source>high</source>
            <translation>[ĥîĝĥ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="33" />
            <source>low</source>
            <translation>[ļöŵ ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="33" />
            <source>medium</source>
            <translation>[ɱéđîûɱ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="93" />
            <source>not resolved yet</source>
            <translation>[ñöţ ŕéšöļṽéđ ýéţ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="93" />
            <source>resolved</source>
            <translation>[ŕéšöļṽéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="77" />
            <source>score {score} of 25</source>
            <translation>[šçöŕé {score} öƒ 25 ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="33" />
            <source>very high</source>
            <translation>[ṽéŕý ĥîĝĥ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="33" />
            <source>very low</source>
            <translation>[ṽéŕý ļöŵ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="56" />
            <source>who disagreed</source>
            <translation>[ŵĥö đîšåĝŕééđ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_registers_ui.py" line="43" />
            <source>who watches it</source>
            <translation>[ŵĥö ŵåţçĥéš îţ ~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>RunReporting</name>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="29" />
            <source>&amp;Date</source>
            <translation>[&amp;Dåţé ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="30" />
            <source>&amp;To whom</source>
            <translation>[&amp;Tö ŵĥöɱ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="32" />
            <source>A short &amp;note</source>
            <translation>[Å šĥöŕţ &amp;nöţé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="73" />
            <source>Add a &amp;report back</source>
            <translation>[Åđđ å &amp;réþöŕţ ƀåçķ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="31" />
            <source>Ho&amp;w</source>
            <translation>[Ĥö&amp;w ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="62" />
            <source>How &amp;often we report back</source>
            <translation>[Ĥöŵ &amp;oƒţéñ ŵé ŕéþöŕţ ƀåçķ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="61" />
            <source>How often we report back</source>
            <translation>[Ĥöŵ öƒţéñ ŵé ŕéþöŕţ ƀåçķ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="66" />
            <source>Next report back due</source>
            <translation>[Ñéẋţ ŕéþöŕţ ƀåçķ đûé ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="114" />
            <source>No duty to report back is written on Our seat, and no rhythm is chosen.</source>
            <translation>[Ñö đûţý ţö ŕéþöŕţ ƀåçķ îš ŵŕîţţéñ öñ Öûŕ šéåţ, åñđ ñö ŕĥýţĥɱ îš çĥöšéñ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="58" />
            <source>Not chosen (after each meeting, if a duty is written)</source>
            <translation>[Ñöţ çĥöšéñ (åƒţéŕ éåçĥ ɱééţîñĝ, îƒ å đûţý îš ŵŕîţţéñ) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="111" />
            <source>Nothing due until the next meeting is set.</source>
            <translation>[Ñöţĥîñĝ đûé ûñţîļ ţĥé ñéẋţ ɱééţîñĝ îš šéţ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="50" />
            <source>Record each time you reported back to the people you represent. The next one due shows in What's due on Home.</source>
            <translation>[Ŕéçöŕđ éåçĥ ţîɱé ýöû ŕéþöŕţéđ ƀåçķ ţö ţĥé þéöþļé ýöû ŕéþŕéšéñţ. Ţĥé ñéẋţ öñé đûé šĥöŵš îñ Ŵĥåţ'š đûé öñ Ĥöɱé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="74" />
            <source>Remove this report back</source>
            <translation>[Ŕéɱöṽé ţĥîš ŕéþöŕţ ƀåçķ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="129" />
            <source>Saved</source>
            <translation>[Šåṽéđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="92" />
            <source>The people we represent</source>
            <translation>[Ţĥé þéöþļé ŵé ŕéþŕéšéñţ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="70" />
            <source>Times we reported back</source>
            <translation>[Ţîɱéš ŵé ŕéþöŕţéđ ƀåçķ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_reporting.py" line="30" />
            <source>for example our trustees</source>
            <translation>[ƒöŕ éẋåɱþļé öûŕ ţŕûšţééš ~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>RunStructure</name>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="30" />
            <source>&amp;Principles</source>
            <translation>[&amp;Pŕîñçîþļéš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="49" />
            <source>A task force or working group can sit under a board, and outcome boards under one shared goal. Choose the partnership this one sits under.</source>
            <translation>[Å ţåšķ ƒöŕçé öŕ ŵöŕķîñĝ ĝŕöûþ çåñ šîţ ûñđéŕ å ƀöåŕđ, åñđ öûţçöɱé ƀöåŕđš ûñđéŕ öñé šĥåŕéđ ĝöåļ. Çĥööšé ţĥé þåŕţñéŕšĥîþ ţĥîš öñé šîţš ûñđéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="33" />
            <source>How the partners agree to work together</source>
            <translation>[Ĥöŵ ţĥé þåŕţñéŕš åĝŕéé ţö ŵöŕķ ţöĝéţĥéŕ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="93" />
            <source>None.</source>
            <translation>[Ñöñé. ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="107" />
            <source>Not saved: Sits under: {why}</source>
            <translation>[Ñöţ šåṽéđ: Šîţš ûñđéŕ: {why} ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="85" />
            <source>Nothing: it is at the top</source>
            <translation>[Ñöţĥîñĝ: îţ îš åţ ţĥé ţöþ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="67" />
            <source>Partnerships under this one</source>
            <translation>[Þåŕţñéŕšĥîþš ûñđéŕ ţĥîš öñé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="102" />
            <source>Saved</source>
            <translation>[Šåṽéđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="26" />
            <source>Shared &amp;goal</source>
            <translation>[Šĥåŕéđ &amp;göåļ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="58" />
            <source>Sits &amp;under</source>
            <translation>[Šîţš &amp;uñđéŕ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="57" />
            <source>Sits under</source>
            <translation>[Šîţš ûñđéŕ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="26" />
            <source>The one goal the boards share</source>
            <translation>[Ţĥé öñé ĝöåļ ţĥé ƀöåŕđš šĥåŕé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="68" />
            <source>Under it</source>
            <translation>[Ûñđéŕ îţ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="24" />
            <source>Visi&amp;on</source>
            <translation>[Ṽîšî&amp;oñ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/run_structure.py" line="24" />
            <source>What the area will be like</source>
            <translation>[Ŵĥåţ ţĥé åŕéå ŵîļļ ƀé ļîķé ~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <location filename="../../desktop/ui/safety.py" line="252" />
            <source>&amp;Back up now</source>
            <translation>[&amp;Båçķ ûþ ñöŵ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/safety.py" line="255" />
            <source>&amp;Restore from backup…</source>
            <translation>[&amp;Réšţöŕé ƒŕöɱ ƀåçķûþ… ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/safety.py" line="224" />
            <source>Backed up</source>
            <translation>[Ɓåçķéđ ûþ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/safety.py" line="217" />
            <source>Backing up…</source>
            <translation>[Ɓåçķîñĝ ûþ… ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/safety.py" line="236" />
            <source>Backup not made</source>
            <translation>[Ɓåçķûþ ñöţ ɱåđé ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/safety.py" line="287" />
            <source>Choose a second folder for backups (for example a USB stick)</source>
            <translation>[Çĥööšé å šéçöñđ ƒöļđéŕ ƒöŕ ƀåçķûþš (ƒöŕ éẋåɱþļé å ÛŠƁ šţîçķ) ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/safety.py" line="263" />
            <source>Pe&amp;ople…</source>
            <translation>[Þé&amp;oþļé… ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/safety.py" line="257" />
            <source>Second backup &amp;folder…</source>
            <translation>[Šéçöñđ ƀåçķûþ &amp;föļđéŕ… ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/safety.py" line="98" />
            <source>The automatic backup</source>
            <translation>[Ţĥé åûţöɱåţîç ƀåçķûþ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/safety.py" line="106" />
            <source>The backup</source>
            <translation>[Ţĥé ƀåçķûþ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/safety.py" line="225" />
            <source>Your records were backed up and checked:
{path}</source>
            <translation>[Ýöûŕ ŕéçöŕđš ŵéŕé ƀåçķéđ ûþ åñđ çĥéçķéđ:
{path} ~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>SeatTab</name>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="63" />
            <source>&amp;Add a representative</source>
            <translation>[&amp;Ađđ å ŕéþŕéšéñţåţîṽé ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="36" />
            <source>&amp;Induction received</source>
            <translation>[&amp;Iñđûçţîöñ ŕéçéîṽéđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="26" />
            <source>&amp;Our role</source>
            <translation>[&amp;Oûŕ ŕöļé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="35" />
            <source>&amp;Who we report back to</source>
            <translation>[&amp;Wĥö ŵé ŕéþöŕţ ƀåçķ ţö ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="51" />
            <source>Code 4.5: everyone round the table should know their role, and new members should be given an induction.</source>
            <translation>[Çöđé 4.5: éṽéŕýöñé ŕöûñđ ţĥé ţåƀļé šĥöûļđ ķñöŵ ţĥéîŕ ŕöļé, åñđ ñéŵ ɱéɱƀéŕš šĥöûļđ ƀé ĝîṽéñ åñ îñđûçţîöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="37" />
            <source>Induction da&amp;te</source>
            <translation>[Îñđûçţîöñ đå&amp;té ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="38" />
            <source>Induction notes</source>
            <translation>[Îñđûçţîöñ ñöţéš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="85" />
            <source>New representative</source>
            <translation>[Ñéŵ ŕéþŕéšéñţåţîṽé ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="60" />
            <source>Our representatives</source>
            <translation>[Öûŕ ŕéþŕéšéñţåţîṽéš ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="64" />
            <source>Remove this representative</source>
            <translation>[Ŕéɱöṽé ţĥîš ŕéþŕéšéñţåţîṽé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="100" />
            <source>Saved</source>
            <translation>[Šåṽéđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="27" />
            <source>We &amp;speak for</source>
            <translation>[Ŵé &amp;sþéåķ ƒöŕ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="30" />
            <source>What we must &amp;report back</source>
            <translation>[Ŵĥåţ ŵé ɱûšţ &amp;réþöŕţ ƀåçķ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/seat_tab.py" line="33" />
            <source>for example a short written report after each meeting</source>
            <translation>[ƒöŕ éẋåɱþļé å šĥöŕţ ŵŕîţţéñ ŕéþöŕţ åƒţéŕ éåçĥ ɱééţîñĝ ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="193" />
            <source>&amp;Achieved</source>
            <translation>[&amp;Açĥîéṽéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="206" />
            <source>&amp;Amount</source>
            <translation>[&amp;Aɱöûñţ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="172" />
            <source>&amp;Area for action</source>
            <translation>[&amp;Aŕéå ƒöŕ åçţîöñ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="114" />
            <source>&amp;Date</source>
            <translation>[&amp;Dåţé ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="139" />
            <source>&amp;Immediate or future</source>
            <translation>[&amp;Iɱɱéđîåţé öŕ ƒûţûŕé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="81" />
            <source>&amp;Involved so far</source>
            <translation>[&amp;Iñṽöļṽéđ šö ƒåŕ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="211" />
            <source>&amp;Kind of funding</source>
            <translation>[&amp;Kîñđ öƒ ƒûñđîñĝ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="78" />
            <source>&amp;Kind of stakeholder</source>
            <translation>[&amp;Kîñđ öƒ šţåķéĥöļđéŕ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="157" />
            <source>&amp;Milestone</source>
            <translation>[&amp;Mîļéšţöñé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="94" />
            <source>&amp;Name</source>
            <translation>[&amp;Nåɱé ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="62" />
            <source>&amp;Organisation</source>
            <translation>[&amp;Oŕĝåñîšåţîöñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="191" />
            <source>&amp;Outcome</source>
            <translation>[&amp;Oûţçöɱé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="174" />
            <source>&amp;Outputs</source>
            <translation>[&amp;Oûţþûţš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="212" />
            <source>&amp;Period</source>
            <translation>[&amp;Péŕîöđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="99" />
            <source>&amp;Phone</source>
            <translation>[&amp;Pĥöñé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="183" />
            <source>&amp;Priority</source>
            <translation>[&amp;Pŕîöŕîţý ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="213" />
            <source>&amp;Starts</source>
            <translation>[&amp;Sţåŕţš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="190" />
            <source>&amp;Term</source>
            <translation>[&amp;Téŕɱ ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="115" />
            <source>&amp;Title</source>
            <translation>[&amp;Tîţļé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="116" />
            <source>&amp;Where</source>
            <translation>[&amp;Wĥéŕé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="205" />
            <source>&amp;Where the money comes from</source>
            <translation>[&amp;Wĥéŕé ţĥé ɱöñéý çöɱéš ƒŕöɱ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="80" />
            <source>&amp;Who they are</source>
            <translation>[&amp;Wĥö ţĥéý åŕé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="64" />
            <source>A kind of organisation, not one named</source>
            <translation>[Å ķîñđ öƒ öŕĝåñîšåţîöñ, ñöţ öñé ñåɱéđ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="173" />
            <source>A&amp;ims</source>
            <translation>[Å&amp;iɱš ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="158" />
            <source>D&amp;ue by</source>
            <translation>[Đ&amp;ué ƀý ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="132" />
            <source>Done on</source>
            <translation>[Đöñé öñ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="129" />
            <source>Due b&amp;y</source>
            <translation>[Đûé ƀ&amp;y ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="214" />
            <source>E&amp;nds</source>
            <translation>[É&amp;nđš ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="98" />
            <source>Emai&amp;l</source>
            <translation>[Éɱåî&amp;l ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="192" />
            <source>How we will &amp;know</source>
            <translation>[Ĥöŵ ŵé ŵîļļ &amp;kñöŵ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="95" />
            <source>Lead or dep&amp;uty</source>
            <translation>[Ļéåđ öŕ đéþ&amp;uţý ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="117" />
            <source>N&amp;otes</source>
            <translation>[Ñ&amp;oţéš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="160" />
            <source>No&amp;tes</source>
            <translation>[Ñö&amp;téš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="82" />
            <source>Notes</source>
            <translation>[Ñöţéš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="65" />
            <source>Sec&amp;tor</source>
            <translation>[Šéç&amp;töŕ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="130" />
            <source>Stat&amp;us</source>
            <translation>[Šţåţ&amp;uš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="209" />
            <source>Support &amp;in kind: the amount is its estimated value</source>
            <translation>[Šûþþöŕţ &amp;iñ ķîñđ: ţĥé åɱöûñţ îš îţš éšţîɱåţéđ ṽåļûé ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="96" />
            <source>Ter&amp;m starts</source>
            <translation>[Ţéŕ&amp;m šţåŕţš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="97" />
            <source>Term en&amp;ds</source>
            <translation>[Ţéŕɱ éñ&amp;dš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="66" />
            <source>Their ro&amp;le</source>
            <translation>[Ţĥéîŕ ŕö&amp;lé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="176" />
            <source>Use of &amp;support or coaching</source>
            <translation>[Ûšé öƒ &amp;sûþþöŕţ öŕ çöåçĥîñĝ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="175" />
            <source>Use of f&amp;unding</source>
            <translation>[Ûšé öƒ ƒ&amp;uñđîñĝ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="127" />
            <source>What needs doin&amp;g</source>
            <translation>[Ŵĥåţ ñééđš đöîñ&amp;g ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="177" />
            <source>What we can &amp;build on</source>
            <translation>[Ŵĥåţ ŵé çåñ &amp;bûîļđ öñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="215" />
            <source>Who hol&amp;ds it</source>
            <translation>[Ŵĥö ĥöļ&amp;dš îţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="128" />
            <source>Who wi&amp;ll do it</source>
            <translation>[Ŵĥö ŵî&amp;lļ đö îţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="71" />
            <source>a kind of organisation</source>
            <translation>[å ķîñđ öƒ öŕĝåñîšåţîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="198" />
            <source>achieved</source>
            <translation>[åçĥîéṽéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="166" />
            <source>done {when}</source>
            <translation>[đöñé {when} ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="145" />
            <source>due {when}</source>
            <translation>[đûé {when} ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="212" />
            <source>for example 2026-27</source>
            <translation>[ƒöŕ éẋåɱþļé 2026-27 ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="66" />
            <source>for example Chair</source>
            <translation>[ƒöŕ éẋåɱþļé Çĥåîŕ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="115" />
            <source>for example Partnership board</source>
            <translation>[ƒöŕ éẋåɱþļé Þåŕţñéŕšĥîþ ƀöåŕđ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="223" />
            <source>in kind, worth about {amount}</source>
            <translation>[îñ ķîñđ, ŵöŕţĥ åƀöûţ {amount} ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="87" />
            <source>not involved yet</source>
            <translation>[ñöţ îñṽöļṽéđ ýéţ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/sections.py" line="106" />
            <source>{start} to {end}</source>
            <translation>[{start} ţö {end} ~]</translation>
        </message>
    </context>
    <context>
        <name>SharedCollection</name>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="95" />
            <source>&amp;Database:</source>
            <translation>[&amp;Dåţåƀåšé: ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="94" />
            <source>&amp;Port:</source>
            <translation>[&amp;Pöŕţ: ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="120" />
            <source>&amp;Recent shared collections:</source>
            <translation>[&amp;Réçéñţ šĥåŕéđ çöļļéçţîöñš: ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="92" />
            <source>&amp;Service name:</source>
            <translation>[&amp;Séŕṽîçé ñåɱé: ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="96" />
            <source>&amp;User name:</source>
            <translation>[&amp;Ušéŕ ñåɱé: ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="179" />
            <source>Cannot open the shared collection</source>
            <translation>[Çåññöţ öþéñ ţĥé šĥåŕéđ çöļļéçţîöñ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="86" />
            <source>Encrypted if the server offers it</source>
            <translation>[Éñçŕýþţéđ îƒ ţĥé šéŕṽéŕ öƒƒéŕš îţ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="84" />
            <source>Encrypted, certificate checked</source>
            <translation>[Éñçŕýþţéđ, çéŕţîƒîçåţé çĥéçķéđ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="83" />
            <source>Encrypted, server checked (recommended)</source>
            <translation>[Éñçŕýþţéđ, šéŕṽéŕ çĥéçķéđ (ŕéçöɱɱéñđéđ) ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="85" />
            <source>Encrypted, server not checked</source>
            <translation>[Éñçŕýþţéđ, šéŕṽéŕ ñöţ çĥéçķéđ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="147" />
            <source>Give a service name, or a server and a database.</source>
            <translation>[Ĝîṽé å šéŕṽîçé ñåɱé, öŕ å šéŕṽéŕ åñđ å đåţåƀåšé. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="99" />
            <source>Give a service name, or the server, database and user name. Partnerbook never stores a password: it uses your .pgpass or service file, or asks.</source>
            <translation>[Ĝîṽé å šéŕṽîçé ñåɱé, öŕ ţĥé šéŕṽéŕ, đåţåƀåšé åñđ ûšéŕ ñåɱé. Þåŕţñéŕƀööķ ñéṽéŕ šţöŕéš å þåššŵöŕđ: îţ ûšéš ýöûŕ .þĝþåšš öŕ šéŕṽîçé ƒîļé, öŕ åšķš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="87" />
            <source>Not encrypted (this computer or a trusted network only)</source>
            <translation>[Ñöţ éñçŕýþţéđ (ţĥîš çöɱþûţéŕ öŕ å ţŕûšţéđ ñéţŵöŕķ öñļý) ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="266" />
            <source>Officer: you may import, merge and withdraw</source>
            <translation>[Öƒƒîçéŕ: ýöû ɱåý îɱþöŕţ, ɱéŕĝé åñđ ŵîţĥđŕåŵ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="71" />
            <source>Open shared collection</source>
            <translation>[Öþéñ šĥåŕéđ çöļļéçţîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="207" />
            <source>Password</source>
            <translation>[Þåššŵöŕđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="208" />
            <source>Password for {label} (used for this window only, never stored):</source>
            <translation>[Þåššŵöŕđ ƒöŕ {label} (ûšéđ ƒöŕ ţĥîš ŵîñđöŵ öñļý, ñéṽéŕ šţöŕéđ): ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="268" />
            <source>Reader: you may view and export</source>
            <translation>[Ŕéåđéŕ: ýöû ɱåý ṽîéŵ åñđ éẋþöŕţ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="106" />
            <source>Recent shared collections</source>
            <translation>[Ŕéçéñţ šĥåŕéđ çöļļéçţîöñš ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="97" />
            <source>Se&amp;curity:</source>
            <translation>[Šé&amp;cûŕîţý: ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="93" />
            <source>Ser&amp;ver:</source>
            <translation>[Šéŕ&amp;véŕ: ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="295" />
            <source>The server cannot be reached just now; the pages show what was there.</source>
            <translation>[Ţĥé šéŕṽéŕ çåññöţ ƀé ŕéåçĥéđ ĵûšţ ñöŵ; ţĥé þåĝéš šĥöŵ ŵĥåţ ŵåš ţĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="183" />
            <source>Wrong password</source>
            <translation>[Ŵŕöñĝ þåššŵöŕđ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="270" />
            <source>Your role in this collection</source>
            <translation>[Ýöûŕ ŕöļé îñ ţĥîš çöļļéçţîöñ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="73" />
            <source>for example cvs-area (from pg_service.conf)</source>
            <translation>[ƒöŕ éẋåɱþļé çṽš-åŕéå (ƒŕöɱ þĝ_šéŕṽîçé.çöñƒ) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="75" />
            <source>for example db.cvs.example.org</source>
            <translation>[ƒöŕ éẋåɱþļé đƀ.çṽš.éẋåɱþļé.öŕĝ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="254" />
            <source>officer</source>
            <translation>[öƒƒîçéŕ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="254" />
            <source>reader</source>
            <translation>[ŕéåđéŕ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="260" />
            <source>{app} — Shared collection — {name} — you are a reader</source>
            <translation>[{app} — Šĥåŕéđ çöļļéçţîöñ — {name} — ýöû åŕé å ŕéåđéŕ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/collection/shared.py" line="256" />
            <source>{app} — Shared collection — {name} — you are an {role}</source>
            <translation>[{app} — Šĥåŕéđ çöļļéçţîöñ — {name} — ýöû åŕé åñ {role} ~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>StartupSafety</name>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="187" />
            <source>&amp;Keep it here</source>
            <translation>[&amp;Kééþ îţ ĥéŕé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="186" />
            <source>&amp;Move to this computer</source>
            <translation>[&amp;Möṽé ţö ţĥîš çöɱþûţéŕ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="207" />
            <source>Moved</source>
            <translation>[Ṁöṽéđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="202" />
            <source>Not moved</source>
            <translation>[Ñöţ ɱöṽéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="152" />
            <source>Not restored</source>
            <translation>[Ñöţ ŕéšţöŕéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="182" />
            <source>Partnerbook can copy them to {folder} on this computer and use them there.</source>
            <translation>[Þåŕţñéŕƀööķ çåñ çöþý ţĥéɱ ţö {folder} öñ ţĥîš çöɱþûţéŕ åñđ ûšé ţĥéɱ ţĥéŕé. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="132" />
            <source>Partnerbook cannot open your records</source>
            <translation>[Þåŕţñéŕƀööķ çåññöţ öþéñ ýöûŕ ŕéçöŕđš ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="208" />
            <source>Your records are now in {new}. The old copy in {old} has not been changed; once you are happy, you can delete it.</source>
            <translation>[Ýöûŕ ŕéçöŕđš åŕé ñöŵ îñ {new}. Ţĥé öļđ çöþý îñ {old} ĥåš ñöţ ƀééñ çĥåñĝéđ; öñçé ýöû åŕé ĥåþþý, ýöû çåñ đéļéţé îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="180" />
            <source>Your records may not be safe here</source>
            <translation>[Ýöûŕ ŕéçöŕđš ɱåý ñöţ ƀé šåƒé ĥéŕé ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/startup_safety.py" line="79" />
            <source>{problem}

There is no usable backup in {folder}.</source>
            <translation>[{problem}

Ţĥéŕé îš ñö ûšåƀļé ƀåçķûþ îñ {folder}. ~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ThemePicker</name>
        <message>
            <location filename="../../desktop/ui/partnerships/themes.py" line="40" />
            <source>A theme of your own</source>
            <translation>[Å ţĥéɱé öƒ ýöûŕ öŵñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/themes.py" line="41" />
            <source>A theme of your own, for example Food poverty</source>
            <translation>[Å ţĥéɱé öƒ ýöûŕ öŵñ, ƒöŕ éẋåɱþļé Ƒööđ þöṽéŕţý ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/themes.py" line="42" />
            <source>Add &amp;your own theme</source>
            <translation>[Åđđ &amp;yöûŕ öŵñ ţĥéɱé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/themes.py" line="43" />
            <source>Add your own theme</source>
            <translation>[Åđđ ýöûŕ öŵñ ţĥéɱé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/partnerships/themes.py" line="35" />
            <source>Themes</source>
            <translation>[Ţĥéɱéš ~~]</translation>
        </message>
    </context>
    <context>
        <name>Themes</name>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Children and young people</source>
            <translation>[Çĥîļđŕéñ åñđ ýöûñĝ þéöþļé ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Community safety and antisocial behaviour</source>
            <translation>[Çöɱɱûñîţý šåƒéţý åñđ åñţîšöçîåļ ƀéĥåṽîöûŕ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Culture</source>
            <translation>[Çûļţûŕé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Early years</source>
            <translation>[Éåŕļý ýéåŕš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Education</source>
            <translation>[Éđûçåţîöñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Employment</source>
            <translation>[Éɱþļöýɱéñţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Environment</source>
            <translation>[Éñṽîŕöñɱéñţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Health and wellbeing</source>
            <translation>[Ĥéåļţĥ åñđ ŵéļļƀéîñĝ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Housing</source>
            <translation>[Ĥöûšîñĝ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Leisure</source>
            <translation>[Ļéîšûŕé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Mental health</source>
            <translation>[Ṁéñţåļ ĥéåļţĥ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Older people</source>
            <translation>[Öļđéŕ þéöþļé ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Skills</source>
            <translation>[Šķîļļš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Transport</source>
            <translation>[Ţŕåñšþöŕţ ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Vocab</name>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>A number of members</source>
            <translation>[Å ñûɱƀéŕ öƒ ɱéɱƀéŕš ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>A share of the members (per cent)</source>
            <translation>[Å šĥåŕé öƒ ţĥé ɱéɱƀéŕš (þéŕ çéñţ) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Absent</source>
            <translation>[Åƀšéñţ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Accessibility and interpretation</source>
            <translation>[Åççéššîƀîļîţý åñđ îñţéŕþŕéţåţîöñ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Active</source>
            <translation>[Åçţîṽé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Agreed</source>
            <translation>[Åĝŕééđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Another office</source>
            <translation>[Åñöţĥéŕ öƒƒîçé ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Another way</source>
            <translation>[Åñöţĥéŕ ŵåý ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Appointed</source>
            <translation>[Åþþöîñţéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Attended</source>
            <translation>[Åţţéñđéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Backfill or cover</source>
            <translation>[Ɓåçķƒîļļ öŕ çöṽéŕ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Both rural and urban</source>
            <translation>[Ɓöţĥ ŕûŕåļ åñđ ûŕƀåñ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>By a vote</source>
            <translation>[Ɓý å ṽöţé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>By a vote, the chair having a casting vote</source>
            <translation>[Ɓý å ṽöţé, ţĥé çĥåîŕ ĥåṽîñĝ å çåšţîñĝ ṽöţé ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>By consensus</source>
            <translation>[Ɓý çöñšéñšûš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Chair</source>
            <translation>[Çĥåîŕ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Chair or co-chair</source>
            <translation>[Çĥåîŕ öŕ çö-çĥåîŕ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>City</source>
            <translation>[Çîţý ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Commitment</source>
            <translation>[Çöɱɱîţɱéñţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Community</source>
            <translation>[Çöɱɱûñîţý ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Complete</source>
            <translation>[Çöɱþļéţé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Considering</source>
            <translation>[Çöñšîđéŕîñĝ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Contractual</source>
            <translation>[Çöñţŕåçţûåļ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>County</source>
            <translation>[Çöûñţý ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Decide later</source>
            <translation>[Đéçîđé ļåţéŕ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Declined</source>
            <translation>[Đéçļîñéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Delivery</source>
            <translation>[Đéļîṽéŕý ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Deputy</source>
            <translation>[Đéþûţý ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Development</source>
            <translation>[Đéṽéļöþɱéñţ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Did not attend</source>
            <translation>[Đîđ ñöţ åţţéñđ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>District</source>
            <translation>[Đîšţŕîçţ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Do not join</source>
            <translation>[Đö ñöţ ĵöîñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Done</source>
            <translation>[Đöñé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Draft</source>
            <translation>[Đŕåƒţ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Education</source>
            <translation>[Éđûçåţîöñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Elected</source>
            <translation>[Éļéçţéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Elements of a successful partnership</source>
            <translation>[Éļéɱéñţš öƒ å šûççéššƒûļ þåŕţñéŕšĥîþ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Ended</source>
            <translation>[Éñđéđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Faith</source>
            <translation>[Ƒåîţĥ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Formal</source>
            <translation>[Ƒöŕɱåļ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Fundholder</source>
            <translation>[Ƒûñđĥöļđéŕ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Future step</source>
            <translation>[Ƒûţûŕé šţéþ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>IT and equipment</source>
            <translation>[ÎŢ åñđ éǫûîþɱéñţ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Identified</source>
            <translation>[Îđéñţîƒîéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Immediate action</source>
            <translation>[Îɱɱéđîåţé åçţîöñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>In progress</source>
            <translation>[Îñ þŕöĝŕéšš ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Informal</source>
            <translation>[Îñƒöŕɱåļ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Join</source>
            <translation>[Ĵöîñ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Lead</source>
            <translation>[Ļéåđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Lead partner</source>
            <translation>[Ļéåđ þåŕţñéŕ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Long term</source>
            <translation>[Ļöñĝ ţéŕɱ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Medium term</source>
            <translation>[Ṁéđîûɱ ţéŕɱ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Meeting</source>
            <translation>[Ṁééţîñĝ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Member</source>
            <translation>[Ṁéɱƀéŕ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>National</source>
            <translation>[Ñåţîöñåļ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Neighbourhood</source>
            <translation>[Ñéîĝĥƀöûŕĥööđ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>No longer needed</source>
            <translation>[Ñö ļöñĝéŕ ñééđéđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Not decided yet</source>
            <translation>[Ñöţ đéçîđéđ ýéţ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Not known</source>
            <translation>[Ñöţ ķñöŵñ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Observer</source>
            <translation>[Öƀšéŕṽéŕ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Ongoing</source>
            <translation>[Öñĝöîñĝ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Other</source>
            <translation>[Öţĥéŕ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Our commitments as a partner</source>
            <translation>[Öûŕ çöɱɱîţɱéñţš åš å þåŕţñéŕ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Our own group</source>
            <translation>[Öûŕ öŵñ ĝŕöûþ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Our undertakings as a voluntary sector body</source>
            <translation>[Öûŕ ûñđéŕţåķîñĝš åš å ṽöļûñţåŕý šéçţöŕ ƀöđý ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Out-of-pocket expenses</source>
            <translation>[Öûţ-öƒ-þöçķéţ éẋþéñšéš ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Over £1 million a year</source>
            <translation>[Öṽéŕ £1 ɱîļļîöñ å ýéåŕ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Partly agreed</source>
            <translation>[Þåŕţļý åĝŕééđ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Paused</source>
            <translation>[Þåûšéđ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Present</source>
            <translation>[Þŕéšéñţ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Priority</source>
            <translation>[Þŕîöŕîţý ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Private</source>
            <translation>[Þŕîṽåţé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Received</source>
            <translation>[Ŕéçéîṽéđ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Region</source>
            <translation>[Ŕéĝîöñ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Replacement care or childcare</source>
            <translation>[Ŕéþļåçéɱéñţ çåŕé öŕ çĥîļđçåŕé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Requested</source>
            <translation>[Ŕéǫûéšţéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Review</source>
            <translation>[Ŕéṽîéŵ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Rotating</source>
            <translation>[Ŕöţåţîñĝ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Rural</source>
            <translation>[Ŕûŕåļ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Secretary</source>
            <translation>[Šéçŕéţåŕý ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Sent apologies</source>
            <translation>[Šéñţ åþöļöĝîéš ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Short term</source>
            <translation>[Šĥöŕţ ţéŕɱ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Statutory</source>
            <translation>[Šţåţûţöŕý ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Sub-group member</source>
            <translation>[Šûƀ-ĝŕöûþ ɱéɱƀéŕ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>The chair decides after discussion</source>
            <translation>[Ţĥé çĥåîŕ đéçîđéš åƒţéŕ đîšçûššîöñ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>The statutory partners' undertakings, as we see them</source>
            <translation>[Ţĥé šţåţûţöŕý þåŕţñéŕš' ûñđéŕţåķîñĝš, åš ŵé šéé ţĥéɱ ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>The wider voluntary sector</source>
            <translation>[Ţĥé ŵîđéŕ ṽöļûñţåŕý šéçţöŕ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Time-limited</source>
            <translation>[Ţîɱé-ļîɱîţéđ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>To do</source>
            <translation>[Ţö đö ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Town</source>
            <translation>[Ţöŵñ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Training and skills</source>
            <translation>[Ţŕåîñîñĝ åñđ šķîļļš ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Travel and mileage</source>
            <translation>[Ţŕåṽéļ åñđ ɱîļéåĝé ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Treasurer</source>
            <translation>[Ţŕéåšûŕéŕ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Under £10,000 a year</source>
            <translation>[Ûñđéŕ £10,000 å ýéåŕ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Urban</source>
            <translation>[Ûŕƀåñ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Venue and refreshments</source>
            <translation>[Ṽéñûé åñđ ŕéƒŕéšĥɱéñţš ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/how_run.py" line="0" />
            <source>Vice-chair</source>
            <translation>[Ṽîçé-çĥåîŕ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Voluntary</source>
            <translation>[Ṽöļûñţåŕý ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Voluntary and community</source>
            <translation>[Ṽöļûñţåŕý åñđ çöɱɱûñîţý ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>Volunteer or staff time</source>
            <translation>[Ṽöļûñţééŕ öŕ šţåƒƒ ţîɱé ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>days</source>
            <translation>[đåýš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>hours</source>
            <translation>[ĥöûŕš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>items</source>
            <translation>[îţéɱš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>miles</source>
            <translation>[ɱîļéš ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>sessions</source>
            <translation>[šéššîöñš ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>£10,000 to £100,000 a year</source>
            <translation>[£10,000 ţö £100,000 å ýéåŕ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/vocab.py" line="0" />
            <source>£100,000 to £1 million a year</source>
            <translation>[£100,000 ţö £1 ɱîļļîöñ å ýéåŕ ~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="127" />
            <source>&amp;Later</source>
            <translation>[&amp;Låţéŕ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="99" />
            <source>&amp;Set up our group</source>
            <translation>[&amp;Séţ ûþ öûŕ ĝŕöûþ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="105" />
            <source>&amp;Try it with example data</source>
            <translation>[&amp;Tŕý îţ ŵîţĥ éẋåɱþļé đåţå ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="116" />
            <source>&lt;b&gt;Your records stay on this computer.&lt;/b&gt; Partnerbook does not use the internet: nothing leaves this computer unless you send a return or copy a backup yourself. Your records are kept in:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;</source>
            <translation>[&lt;b&gt;Ýöûŕ ŕéçöŕđš šţåý öñ ţĥîš çöɱþûţéŕ.&lt;/b&gt; Þåŕţñéŕƀööķ đöéš ñöţ ûšé ţĥé îñţéŕñéţ: ñöţĥîñĝ ļéåṽéš ţĥîš çöɱþûţéŕ ûñļéšš ýöû šéñđ å ŕéţûŕñ öŕ çöþý å ƀåçķûþ ýöûŕšéļƒ. Ýöûŕ ŕéçöŕđš åŕé ķéþţ îñ:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt; ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="128" />
            <source>Later</source>
            <translation>[Ļåţéŕ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="106" />
            <source>Opens a made-up group in a second window, with its own folder ({folder}), so the example never mixes with your own records.</source>
            <translation>[Öþéñš å ɱåđé-ûþ ĝŕöûþ îñ å šéçöñđ ŵîñđöŵ, ŵîţĥ îţš öŵñ ƒöļđéŕ ({folder}), šö ţĥé éẋåɱþļé ñéṽéŕ ɱîẋéš ŵîţĥ ýöûŕ öŵñ ŕéçöŕđš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="191" />
            <source>Partnerbook could not start a second window for the example. You can open it yourself with: partnerbook --data-dir "{folder}"</source>
            <translation>[Þåŕţñéŕƀööķ çöûļđ ñöţ šţåŕţ å šéçöñđ ŵîñđöŵ ƒöŕ ţĥé éẋåɱþļé. Ýöû çåñ öþéñ îţ ýöûŕšéļƒ ŵîţĥ: þåŕţñéŕƀööķ --đåţå-đîŕ "{folder}" ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="87" />
            <source>Partnerbook keeps the record of the local partnerships your group sits on: who the partners are, who goes to the meetings, what was agreed, what taking part costs you, and how well each partnership is working. At the end of a period it makes a return, a PDF you send to your Council for Voluntary Service (CVS).</source>
            <translation>[Þåŕţñéŕƀööķ ķééþš ţĥé ŕéçöŕđ öƒ ţĥé ļöçåļ þåŕţñéŕšĥîþš ýöûŕ ĝŕöûþ šîţš öñ: ŵĥö ţĥé þåŕţñéŕš åŕé, ŵĥö ĝöéš ţö ţĥé ɱééţîñĝš, ŵĥåţ ŵåš åĝŕééđ, ŵĥåţ ţåķîñĝ þåŕţ çöšţš ýöû, åñđ ĥöŵ ŵéļļ éåçĥ þåŕţñéŕšĥîþ îš ŵöŕķîñĝ. Åţ ţĥé éñđ öƒ å þéŕîöđ îţ ɱåķéš å ŕéţûŕñ, å ÞĐƑ ýöû šéñđ ţö ýöûŕ Çöûñçîļ ƒöŕ Ṽöļûñţåŕý Šéŕṽîçé (ÇṼŠ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="102" />
            <source>Set up our group</source>
            <translation>[Šéţ ûþ öûŕ ĝŕöûþ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="100" />
            <source>Start your own record: your group's name and your CVS, then your partnerships.</source>
            <translation>[Šţåŕţ ýöûŕ öŵñ ŕéçöŕđ: ýöûŕ ĝŕöûþ'š ñåɱé åñđ ýöûŕ ÇṼŠ, ţĥéñ ýöûŕ þåŕţñéŕšĥîþš. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="185" />
            <source>The example could not be opened</source>
            <translation>[Ţĥé éẋåɱþļé çöûļđ ñöţ ƀé öþéñéđ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="111" />
            <source>Try it with example data</source>
            <translation>[Ţŕý îţ ŵîţĥ éẋåɱþļé đåţå ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/welcome.py" line="73" />
            <source>Welcome to Partnerbook</source>
            <translation>[Ŵéļçöɱé ţö Þåŕţñéŕƀööķ ~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>WhatsDue</name>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="67" />
            <source>Done</source>
            <translation>[Đöñé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="66" />
            <source>Done {date}</source>
            <translation>[Đöñé {date} ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="85" />
            <source>Due</source>
            <translation>[Đûé ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="85" />
            <source>From</source>
            <translation>[Ƒŕöɱ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="209" />
            <source>General</source>
            <translation>[Ĝéñéŕåļ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="175" />
            <source>Goes when the report back is recorded</source>
            <translation>[Ĝöéš ŵĥéñ ţĥé ŕéþöŕţ ƀåçķ îš ŕéçöŕđéđ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="177" />
            <source>Goes when the return for the pack is made</source>
            <translation>[Ĝöéš ŵĥéñ ţĥé ŕéţûŕñ ƒöŕ ţĥé þåçķ îš ɱåđé ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="59" />
            <source>In progress: {due}</source>
            <translation>[Îñ þŕöĝŕéšš: {due} ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="71" />
            <source>No date</source>
            <translation>[Ñö đåţé ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="69" />
            <source>No longer needed</source>
            <translation>[Ñö ļöñĝéŕ ñééđéđ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="178" />
            <source>Not done</source>
            <translation>[Ñöţ đöñé ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="207" />
            <source>Not given</source>
            <translation>[Ñöţ ĝîṽéñ ~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="85" />
            <source>Partnership</source>
            <translation>[Þåŕţñéŕšĥîþ ~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="228" />
            <source>Report back to the people we represent</source>
            <translation>[Ŕéþöŕţ ƀåçķ ţö ţĥé þéöþļé ŵé ŕéþŕéšéñţ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="227" />
            <source>Report back to {whom}</source>
            <translation>[Ŕéþöŕţ ƀåçķ ţö {whom} ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="214" />
            <source>Reporting back</source>
            <translation>[Ŕéþöŕţîñĝ ƀåçķ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="216" />
            <source>Return pack from the CVS</source>
            <translation>[Ŕéţûŕñ þåçķ ƒŕöɱ ţĥé ÇṼŠ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="223" />
            <source>Send the return to {cvs}</source>
            <translation>[Šéñđ ţĥé ŕéţûŕñ ţö {cvs} ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="85" />
            <source>What</source>
            <translation>[Ŵĥåţ ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="85" />
            <source>Who</source>
            <translation>[Ŵĥö ~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="75" />
            <source>{date} (overdue by 1 day)</source>
            <translation>[{date} (öṽéŕđûé ƀý 1 đåý) ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="77" />
            <source>{date} (overdue by {days} days)</source>
            <translation>[{date} (öṽéŕđûé ƀý {days} đåýš) ~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="79" />
            <source>{date} (today)</source>
            <translation>[{date} (ţöđåý) ~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="187" />
            <source>{what}
{due}
Make it in the Returns area.</source>
            <translation>[{what}
{due}
Ṁåķé îţ îñ ţĥé Ŕéţûŕñš åŕéå. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/whats_due_model.py" line="182" />
            <source>{what}
{due}
Record it in the partnership's How it is run tab, Reporting back.</source>
            <translation>[{what}
{due}
Ŕéçöŕđ îţ îñ ţĥé þåŕţñéŕšĥîþ'š Ĥöŵ îţ îš ŕûñ ţåƀ, Ŕéþöŕţîñĝ ƀåçķ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
</TS>
