<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
<context>
    <name>App</name>
    <message>
        <location filename="../../jobcenter_bench/gui/app.py" line="103"/>
        <source>Bygger eksempeldatabase</source>
        <extracomment>File name of the sample database in the per-user data folder.</extracomment>
        <translation>Building sample database</translation>
    </message>
</context>
<context>
    <name>AssumptionsPanel</name>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="68"/>
        <source>Valgt forslag (klik i tabellen)</source>
        <extracomment>Spin box range, step and decimals per parameter unit.</extracomment>
        <translation>Selected lever (click in the table)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="80"/>
        <source>Scenarie</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="89"/>
        <source>Gem som…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="91"/>
        <source>Omdøb…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="99"/>
        <source>Generelle antagelser</source>
        <translation>General assumptions</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="103"/>
        <source>Effektive timer pr. årsværk</source>
        <translation>Effective hours per FTE</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="104"/>
        <source>Timer pr. årsværk til jobcenteropgaver (figur 4: 1.255)</source>
        <translation>Hours per FTE for job-centre tasks (figure 4: 1,255)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="105"/>
        <source>Overhead pr. årsværk (kr.)</source>
        <translation>Overhead per FTE (DKK)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="106"/>
        <source>Lægges til lønnen i timeprisen (KL/KOMBIT-notatet bruger 120.000 kr.)</source>
        <translation>Added to the salary in the hourly cost (the KL/KOMBIT note uses DKK 120,000)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="107"/>
        <source>Arbejdsuger pr. år</source>
        <translation>Working weeks per year</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="108"/>
        <source>Arbejdsdage pr. år</source>
        <translation>Working days per year</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="109"/>
        <source>Timer pr. arbejdsdag</source>
        <translation>Hours per working day</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="119"/>
        <source>forskellig</source>
        <translation>mixed</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="120"/>
        <source>Sætter realiseringsgraden for alle forslag på én gang</source>
        <translation>Sets the realisation share of every lever at once</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="122"/>
        <source>Realiseringsgrad, alle forslag</source>
        <translation>Realisation share, all levers</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="124"/>
        <source>Landsgennemsnit</source>
        <translation>National average</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="125"/>
        <source>Klyngegennemsnit</source>
        <translation>Cluster average</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="127"/>
        <source>Ned til gennemsnittet af:</source>
        <translation>Down to the average of:</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="144"/>
        <source>Ændret – gem under et navn for at beholde ændringerne.</source>
        <translation>Changed – save under a name to keep the changes.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="170"/>
        <source>Ikke kvantificeret i rapporten: {reason}</source>
        <translation>Not quantified in the report: {reason}</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="177"/>
        <source>Realiseringsgrad</source>
        <translation>Realisation share</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="187"/>
        <source>lav</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="189"/>
        <source>høj</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="251"/>
        <source>Gem scenarie</source>
        <translation>Save scenario</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="251"/>
        <source>Navn på scenariet:</source>
        <translation>Name of the scenario:</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="261"/>
        <source>Omdøb scenarie</source>
        <translation>Rename scenario</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="261"/>
        <source>Nyt navn:</source>
        <translation>New name:</translation>
    </message>
</context>
<context>
    <name>BusinessCaseView</name>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="47"/>
        <source>Business case</source>
        <extracomment>Editable number columns of the lever table (input fields, from column 3). Text inputs of a lever, edited in the panel below the table for the selected lever.</extracomment>
        <translation>Business case</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="52"/>
        <source>Skøn:</source>
        <translation>Estimate:</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="54"/>
        <source>Lavt (forsigtigt)</source>
        <translation>Low (cautious)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="54"/>
        <source>Midt</source>
        <translation>Middle</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="54"/>
        <source>Højt</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="76"/>
        <source>Indfasning (andel af fuld gevinst pr. år, 0–1)</source>
        <translation>Phase-in (share of the full gain per year, 0–1)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="84"/>
        <source>Fem års business case</source>
        <translation>Five-year business case</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="84"/>
        <source>Mio. kr.</source>
        <translation>DKK m</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="88"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="154"/>
        <source>Ingen data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="89"/>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="171"/>
        <source>Brutto</source>
        <translation>Gross</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="172"/>
        <source>Investeringer</source>
        <translation>Investments</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="92"/>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="173"/>
        <source>Netto</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="62"/>
        <source>Forslag i business casen (markér for at vælge; alle beløb i kr.)</source>
        <translation>Levers in the business case (tick to choose; all amounts in DKK)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="86"/>
        <source>Fem års tabel (mio. kr.)</source>
        <translation>Five-year table (DKK m)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="90"/>
        <source>Overlap</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="91"/>
        <source>Invest.</source>
        <translation>Invest.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="93"/>
        <source>Akkum.</source>
        <translation>Cumul.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="113"/>
        <source>Gevinstansvarlig:</source>
        <translation>Benefit owner:</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="114"/>
        <source>Succesmål:</source>
        <translation>Success measure:</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="133"/>
        <source>Markér et forslag i tabellen for at angive gevinstansvarlig og succesmål.</source>
        <translation>Select a lever in the table to enter its benefit owner and success measure.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="175"/>
        <source>mio. kr.</source>
        <translation>DKK m</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="176"/>
        <source>Akkumuleret netto</source>
        <translation>Cumulative net</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="179"/>
        <source>– (ingen investering angivet: skriv engangsinvestering eller årlig udgift i tabellen)</source>
        <translation>– (no investment entered: type a one-off investment or a yearly cost in the table)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="185"/>
        <source>{centre}: {n} forslag, netto år 5: {net} mio. kr.; tilbagebetalt: {year}</source>
        <translation>{centre}: {n} levers, net in year 5: DKK {net} m; paid back: {year}</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="184"/>
        <source>ikke inden for fem år</source>
        <translation>not within five years</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="193"/>
        <source>0–2 år</source>
        <translation>0–2 years</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="193"/>
        <source>3–4 år</source>
        <translation>3–4 years</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="193"/>
        <source>5+ år</source>
        <translation>5+ years</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="197"/>
        <source>Forslag</source>
        <translation>Lever</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="197"/>
        <source>Forslag (markér for at vælge)</source>
        <translation>Lever (tick to choose)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="198"/>
        <source>Tidshorisont</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="198"/>
        <source>Horisont</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="200"/>
        <source>Engangsinvest.</source>
        <translation>One-off inv.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="200"/>
        <source>Engangsinvestering (kr.)</source>
        <translation>One-off investment (DKK)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="202"/>
        <source>Årlig udgift (kr.)</source>
        <translation>Yearly cost (DKK)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="201"/>
        <source>Investeringsår (1–5)</source>
        <translation>Investment year (1–5)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="199"/>
        <source>Potentiale, kr.</source>
        <translation>Potential, DKK</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="199"/>
        <source>Potentiale lav–høj (kr. pr. år)</source>
        <translation>Potential low–high (DKK per year)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="201"/>
        <source>År (1–5)</source>
        <translation>Year (1–5)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="202"/>
        <source>Årlig udgift</source>
        <translation>Yearly cost</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="240"/>
        <source>År {n}</source>
        <translation>Year {n}</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/business_case.py" line="272"/>
        <source>Ugyldigt tal: {error}</source>
        <translation>Invalid number: {error}</translation>
    </message>
</context>
<context>
    <name>CentreSelector</name>
    <message>
        <location filename="../../jobcenter_bench/gui/widgets/centre_selector.py" line="33"/>
        <source>Søg jobcenter…</source>
        <translation>Search job centre…</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/widgets/centre_selector.py" line="34"/>
        <source>Vælg jobcenter (skriv en del af navnet)</source>
        <translation>Choose a job centre (type part of the name)</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../jobcenter_bench/gui/widgets/charts.py" line="169"/>
        <source>Gem som PNG…</source>
        <extracomment>Okabe &amp; Ito (2008) colour-blind-safe palette, in the order charts use it.</extracomment>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/widgets/charts.py" line="170"/>
        <source>Kopiér billede</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/widgets/charts.py" line="174"/>
        <source>Gem diagram</source>
        <translation>Save chart</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="34"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="40"/>
        <source>Importér filer…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="44"/>
        <source>eller træk spørgeskemaer (xlsx) og registerdata (csv, xlsx) hertil – flere filer ad gangen</source>
        <translation>or drag surveys (xlsx) and register data (csv, xlsx) here – several files at once</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="52"/>
        <source>Valideringsrapport (fejl og advarsler – Ctrl+C kopierer)</source>
        <translation>Validation report (errors and warnings – Ctrl+C copies)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="56"/>
        <source>Importhistorik</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="58"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="59"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="60"/>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="86"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="61"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="62"/>
        <source>Rækker</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="63"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="64"/>
        <source>Erstattede</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="65"/>
        <source>Advarsler</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="66"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="69"/>
        <source>Databasens indhold pr. år</source>
        <translation>Database contents per year</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="71"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="72"/>
        <source>Jobcentre med besvarelse</source>
        <translation>Job centres with an answer</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="73"/>
        <source>Kommuner med registerdata</source>
        <translation>Municipalities with register data</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="74"/>
        <source>Registervariable</source>
        <translation>Register variables</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="85"/>
        <source>Alvor</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="85"/>
        <source>Fejl</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="85"/>
        <source>Advarsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="87"/>
        <source>Ark</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="88"/>
        <source>Række</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="89"/>
        <source>Kolonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="90"/>
        <source>Værdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="91"/>
        <source>Forventet</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="92"/>
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="99"/>
        <source>Ingen database er åben. Vælg Filer → Ny eller Åbn.</source>
        <translation>No database is open. Choose File → New or Open.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="109"/>
        <source>Importér filer</source>
        <translation>Import files</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="110"/>
        <source>Spørgeskemaer og registerdata (*.xlsx *.xlsm *.csv *.txt);;Alle filer (*)</source>
        <translation>Surveys and register data (*.xlsx *.xlsm *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="118"/>
        <source>Importerer {n} fil(er)…</source>
        <translation>Importing {n} file(s)…</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="121"/>
        <source>Importerer</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="127"/>
        <source>Import gennemført: {files} fil(er), {warnings} advarsel(er).</source>
        <translation>Import completed: {files} file(s), {warnings} warning(s).</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/data.py" line="135"/>
        <source>Intet blev importeret: {message}</source>
        <translation>Nothing was imported: {message}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../jobcenter_bench/gui/errors.py" line="55"/>
        <source>Der opstod en uventet fejl: {error}. Programmet kører videre.</source>
        <extracomment>The messages shown so far (newest last): tests read it; dialogs may be closed already.</extracomment>
        <translation>An unexpected error occurred: {error}. The program keeps running.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/errors.py" line="58"/>
        <source>Detaljerne er gemt i {path}.</source>
        <translation>The details are saved in {path}.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/errors.py" line="74"/>
        <source>Jobcenter Bench</source>
        <translation>Jobcenter Bench</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../jobcenter_bench/gui/export.py" line="35"/>
        <source>Rapport for valgt jobcenter (PDF)…</source>
        <extracomment>Export kinds in menu order.</extracomment>
        <translation>Report for the selected job centre (PDF)…</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/export.py" line="36"/>
        <source>Landsrapport (PDF)…</source>
        <translation>National report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/export.py" line="37"/>
        <source>Rapporter for alle jobcentre (PDF)…</source>
        <translation>Reports for all job centres (PDF)…</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/export.py" line="38"/>
        <source>Sammenligningsregneark (Excel)…</source>
        <translation>Comparison workbook (Excel)…</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/export.py" line="53"/>
        <source>Vælg mappe til rapporterne</source>
        <translation>Choose a folder for the reports</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/export.py" line="64"/>
        <source>Eksportér</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/export.py" line="95"/>
        <source>Gemt: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/export.py" line="97"/>
        <source>{n} rapporter skrevet, {f} fejlede.</source>
        <translation>{n} reports written, {f} failed.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/export.py" line="101"/>
        <source>Eksport</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>FetchDialog</name>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="53"/>
        <source>Hent registerdata</source>
        <extracomment>Other addresses of the services (a mirror; the tests&apos; local server); None = the real ones.</extracomment>
        <translation>Fetch register data</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="57"/>
        <source>Jobindsats (fuldtidspersoner pr. ydelse, Y30R21)</source>
        <translation>Jobindsats (full-time persons per benefit, Y30R21)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="58"/>
        <source>Statistikbanken (befolkning 16-64 og 16-66 år)</source>
        <translation>Statistikbanken (population aged 16-64 and 16-66)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="61"/>
        <source>tom: nøglefilen eller nøgleringen bruges</source>
        <translation>empty: the key file or the keyring is used</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="63"/>
        <source>Vælg…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="68"/>
        <source>Gem nøglen i styresystemets nøglering</source>
        <translation>Save the key in the operating system&apos;s keyring</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="69"/>
        <source>Jobindsats kræver en gratis personlig API-nøgle, som bestilles på jobindsats.dk. Statistikbanken kræver ingen nøgle.</source>
        <translation>Jobindsats needs a free personal API key, ordered at jobindsats.dk. Statistikbanken needs no key.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="73"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="74"/>
        <source>Tjenester</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="76"/>
        <source>API-nøgle</source>
        <translation>API key</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="77"/>
        <source>Nøglefil</source>
        <translation>Key file</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="85"/>
        <source>Vis forespørgsler</source>
        <translation>Show requests</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="87"/>
        <source>Hent og importér</source>
        <translation>Fetch and import</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="90"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="93"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="111"/>
        <source>Vælg nøglefil</source>
        <translation>Choose key file</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="112"/>
        <source>Tekstfiler (*.txt);;Alle filer (*)</source>
        <translation>Text files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="132"/>
        <source>Nøglen blev ikke gemt: der er ingen nøglering på denne computer. Brug en nøglefil.</source>
        <translation>The key was not saved: this computer has no keyring. Use a key file.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="150"/>
        <source>i mellemlageret</source>
        <translation>cached</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="150"/>
        <source>hentes</source>
        <translation>to fetch</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="153"/>
        <source>{n} tabeller; intet er sendt.</source>
        <translation>{n} tables; nothing was sent.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="157"/>
        <source>Åbn eller opret en projektdatabase først.</source>
        <translation>Open or create a project database first.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="166"/>
        <source>Henter {year}…</source>
        <translation>Fetching {year}…</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="168"/>
        <source>Henter registerdata</source>
        <translation>Fetching register data</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="176"/>
        <source>Annulleret: intet er importeret.</source>
        <translation>Cancelled: nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="197"/>
        <source>Importeret: {files} tabeller, {rows} værdier, {warnings} advarsler.</source>
        <translation>Imported: {files} tables, {rows} values, {warnings} warnings.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="210"/>
        <location filename="../../jobcenter_bench/gui/dialogs/fetch.py" line="212"/>
        <source>Intet blev importeret: {message}</source>
        <translation>Nothing was imported: {message}</translation>
    </message>
</context>
<context>
    <name>HomeCentreDialog</name>
    <message>
        <location filename="../../jobcenter_bench/gui/widgets/home_centre.py" line="30"/>
        <source>Velkommen til Jobcenter Bench</source>
        <extracomment>Data of the consultant&apos;s list entry (every centre, none is &quot;mine&quot;).</extracomment>
        <translation>Welcome to Jobcenter Bench</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/widgets/home_centre.py" line="32"/>
        <source>Hvilket jobcenter er dit?</source>
        <translation>Which job centre is yours?</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/widgets/home_centre.py" line="35"/>
        <source>Programmet åbner på dit jobcenters placering. Du kan altid vælge et andet jobcenter i værktøjslinjen.</source>
        <translation>The application opens on where your job centre stands. You can always choose another centre in the toolbar.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/widgets/home_centre.py" line="40"/>
        <source>Søg jobcenter…</source>
        <translation>Search job centre…</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/widgets/home_centre.py" line="44"/>
        <source>Jeg er konsulent – alle jobcentre</source>
        <translation>I&apos;m a consultant – all job centres</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/widgets/home_centre.py" line="50"/>
        <source>Vælg</source>
        <translation>Choose</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../jobcenter_bench/gui/views/home.py" line="43"/>
        <source>Mit jobcenter</source>
        <extracomment>The cards of the key-figure strip, in order.</extracomment>
        <translation>My job centre</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/home.py" line="103"/>
        <source>{name}: hvor står jobcentret? ({year})</source>
        <translation>{name}: where does the centre stand? ({year})</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/home.py" line="134"/>
        <source>Nettopotentiale pr. år (forbedringsforslag)</source>
        <translation>Net potential per year (improvement levers)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/home.py" line="144"/>
        <source>nr. {rank} af {n} (1 = flest) · landsmedian {median}</source>
        <translation>no. {rank} of {n} (1 = most) · national median {median}</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/home.py" line="150"/>
        <source>landsgennemsnit {mean} {unit}</source>
        <translation>national mean {mean} {unit}</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/home.py" line="169"/>
        <source>Ingen beregning af forbedringsforslag</source>
        <translation>No lever results</translation>
    </message>
</context>
<context>
    <name>LeversView</name>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="37"/>
        <source>Forbedringsforslag</source>
        <translation>Levers</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="46"/>
        <source>Valgt jobcenter</source>
        <translation>Selected job centre</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="47"/>
        <source>Hele landet</source>
        <translation>Whole country</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="68"/>
        <source>Efter område (figur 8)</source>
        <translation>By area (figure 8)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="68"/>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="71"/>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="73"/>
        <source>Mio. kr. pr. år</source>
        <translation>DKK m per year</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="70"/>
        <source>Efter bindingstype (figur 21)</source>
        <translation>By binding type (figure 21)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="72"/>
        <source>Efter tidshorisont (figur 22)</source>
        <translation>By horizon (figure 22)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="90"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="91"/>
        <source>Forslag</source>
        <translation>Lever</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="103"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="95"/>
        <source>Bindingstype</source>
        <translation>Binding type</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="97"/>
        <source>Tidshorisont</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="93"/>
        <source>Lav (mio. kr.)</source>
        <translation>Low (DKK m)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="94"/>
        <source>Høj (mio. kr.)</source>
        <translation>High (DKK m)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="99"/>
        <source>Timer, lav</source>
        <translation>Hours, low</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="100"/>
        <source>Timer, høj</source>
        <translation>Hours, high</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="101"/>
        <source>Årsværk, lav</source>
        <translation>FTE, low</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="102"/>
        <source>Årsværk, høj</source>
        <translation>FTE, high</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="105"/>
        <source>Beregnet</source>
        <translation>Quantified</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="106"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="106"/>
        <source>nej (ikke kvantificeret)</source>
        <translation>no (not quantified)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="129"/>
        <source>Ingen data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="133"/>
        <source>hele landet</source>
        <translation>the whole country</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="136"/>
        <source>Netto potentiale for {who}: {low}–{high} mio. kr. pr. år (brutto {glow}–{ghigh}, overlap {olow}–{ohigh}); {slow}–{shigh} % af omkostningsbasen. Timepris {rate} kr.</source>
        <translation>Net potential for {who}: DKK {low}–{high} m per year (gross {glow}–{ghigh}, overlap {olow}–{ohigh}); {slow}–{shigh} % of the cost base. Hourly cost DKK {rate}.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="143"/>
        <source>Lav</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="143"/>
        <source>Høj</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="145"/>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="145"/>
        <source>Ledelse</source>
        <translation>Management</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="145"/>
        <source>Lov</source>
        <translation>Law</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="146"/>
        <source>0–2 år</source>
        <translation>0–2 years</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="146"/>
        <source>3–4 år</source>
        <translation>3–4 years</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="146"/>
        <source>5+ år</source>
        <translation>5+ years</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="152"/>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="177"/>
        <source>mio. kr.</source>
        <translation>DKK m</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="172"/>
        <source>Netto</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="172"/>
        <source>Overlap</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="173"/>
        <source>Overlap (fradrag)</source>
        <translation>Overlap (deduction)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/levers.py" line="174"/>
        <source>Netto i alt</source>
        <translation>Net total</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="106"/>
        <source>Eksempeldata – syntetiske tal, ikke rigtige jobcentres data</source>
        <extracomment>View modules and their classes, in sidebar order. Sidebar titles of the views built only when first shown (each the view&apos;s own ``title()``, translated in the view class&apos;s context); a view not listed here is built at once.</extracomment>
        <translation>Sample data – synthetic numbers, not real job centres&apos; data</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="142"/>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="143"/>
        <source>&amp;Ny projektdatabase…</source>
        <translation>&amp;New project database…</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="144"/>
        <source>&amp;Åbn projektdatabase…</source>
        <translation>&amp;Open project database…</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="145"/>
        <source>&amp;Gem som…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="148"/>
        <source>&amp;Importér filer…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="150"/>
        <source>&amp;Hent registerdata…</source>
        <translation>&amp;Fetch register data…</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="151"/>
        <source>&amp;Seneste filer</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="153"/>
        <source>&amp;Eksportér</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="156"/>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="157"/>
        <source>&amp;Indstillinger</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="158"/>
        <source>&amp;Sprog</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="165"/>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="166"/>
        <source>&amp;Om Jobcenter Bench</source>
        <translation>&amp;About Jobcenter Bench</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="185"/>
        <source>Valg</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="188"/>
        <source>År:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="194"/>
        <source>Jobcenter:</source>
        <translation>Job centre:</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="209"/>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="310"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="222"/>
        <source>ingen database</source>
        <translation>no database</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="302"/>
        <source>Ændringer er ikke gemt</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="303"/>
        <source>Scenariet »{name}« har ændringer, der ikke er gemt. Vil du gemme dem?</source>
        <translation>The scenario “{name}” has changes that are not saved. Do you want to save them?</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="308"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="309"/>
        <source>Kassér</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="326"/>
        <source>Gem scenarie</source>
        <translation>Save scenario</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="326"/>
        <source>Navn på scenariet:</source>
        <translation>Name of the scenario:</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="355"/>
        <source>Projektdatabase (*{suffix})</source>
        <translation>Project database (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="358"/>
        <source>Åbn projektdatabase</source>
        <translation>Open project database</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="365"/>
        <source>Ny projektdatabase</source>
        <translation>New project database</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="379"/>
        <source>Gem projektdatabase som</source>
        <translation>Save project database as</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="410"/>
        <source>Jobcenter Bench {version}
Benchmark af jobcentres produktivitet og effekt, og prissætning af forbedringsforslag.</source>
        <translation>Jobcenter Bench {version}
Benchmarks the productivity and effect of job centres and costs improvement levers.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="414"/>
        <source>Medfølgende komponenter og licenser (teksterne ligger i {folder}):</source>
        <translation>Bundled components and their licences (the texts are in {folder}):</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/main_window.py" line="417"/>
        <source>Om Jobcenter Bench</source>
        <translation>About Jobcenter Bench</translation>
    </message>
</context>
<context>
    <name>ModelView</name>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="38"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="42"/>
        <source>Modelvalg</source>
        <translation>Model choices</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="45"/>
        <source>Automatisk (publiceret hvis importeret)</source>
        <translation>Automatic (published if imported)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="46"/>
        <source>Publicerede forudsigelser</source>
        <translation>Published predictions</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="46"/>
        <source>Egen regressionsmodel</source>
        <translation>Own regression model</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="48"/>
        <source>Forventet forsørgelsesgrad:</source>
        <translation>Predicted dependency rate:</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="50"/>
        <source>Uvægtet (OLS)</source>
        <translation>Unweighted (OLS)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="51"/>
        <source>Befolkningsvægtet (WLS)</source>
        <translation>Population-weighted (WLS)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="52"/>
        <source>Vægte:</source>
        <translation>Weights:</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="54"/>
        <source>ADP+KTH+SDP</source>
        <translation>ADP+KTH+SDP</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="55"/>
        <source>Alle ydelser</source>
        <translation>All benefits</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="57"/>
        <source>Vis tabel for:</source>
        <translation>Show table for:</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="65"/>
        <source>Rammevilkår:</source>
        <translation>Framework conditions:</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="69"/>
        <source>Genberegn model</source>
        <translation>Refit model</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="73"/>
        <source>Regressionstabel</source>
        <translation>Regression table</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="79"/>
        <source>Variabel</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="80"/>
        <source>Koefficient</source>
        <translation>Coefficient</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="81"/>
        <source>Standardfejl</source>
        <translation>Standard error</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="82"/>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="83"/>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="105"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="84"/>
        <source>95 % KI, nedre</source>
        <translation>95% CI, lower</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="85"/>
        <source>95 % KI, øvre</source>
        <translation>95% CI, upper</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="89"/>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="192"/>
        <source>Residualer mod forventede værdier (egen OLS-model)</source>
        <translation>Residuals against fitted values (own OLS model)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="90"/>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="197"/>
        <source>Forventet forsørgelsesgrad, egen model (%)</source>
        <translation>Fitted dependency rate, own model (%)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="91"/>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="198"/>
        <source>Residual = observeret − forventet (pp)</source>
        <translation>Residual = observed − fitted (pp)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="103"/>
        <source>95 % KI</source>
        <translation>95% CI</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="104"/>
        <source>95 % konfidensinterval for hældningen</source>
        <translation>95% confidence interval of the slope</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="105"/>
        <source>p-værdi for hældningen</source>
        <translation>p-value of the slope</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="106"/>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="106"/>
        <source>Pearsons korrelationskoefficient r</source>
        <translation>Pearson&apos;s correlation coefficient r</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="107"/>
        <source>ρ</source>
        <translation>ρ</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="107"/>
        <source>Spearmans rangkorrelation ρ</source>
        <translation>Spearman&apos;s rank correlation ρ</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="130"/>
        <source>{low} til {high}</source>
        <translation>{low} to {high}</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="135"/>
        <source>forudsagt forsørgelsesgrad, alle ydelser</source>
        <translation>predicted dependency rate, all benefits</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="136"/>
        <source>forudsagt forsørgelsesgrad</source>
        <translation>predicted dependency rate</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="139"/>
        <source>{y} mod {x}</source>
        <translation>{y} vs {x}</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="161"/>
        <source>Beregner regressionstabellen …</source>
        <translation>Computing the regression table …</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="193"/>
        <source>Egen model kan ikke estimeres (ingen rammevilkår eller for få jobcentre)</source>
        <translation>The own model cannot be fitted (no framework conditions or too few job centres)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="195"/>
        <source>egen WLS-model, befolkningsvægtet</source>
        <translation>own WLS model, population-weighted</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="195"/>
        <source>egen OLS-model</source>
        <translation>own OLS model</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="196"/>
        <source>Residualer mod forventede værdier ({model})</source>
        <translation>Residuals against fitted values ({model})</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="199"/>
        <source>{name}
forventet {fitted} %, residual {residual} pp</source>
        <translation>{name}
fitted {fitted} %, residual {residual} pp</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="95"/>
        <source>Indflydelsesrige jobcentre</source>
        <translation>Influential job centres</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="96"/>
        <source>Cooks afstand</source>
        <translation>Cook&apos;s distance</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="100"/>
        <source>Sammenhæng</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="101"/>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="117"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="102"/>
        <source>Hældning</source>
        <translation>Slope</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="114"/>
        <source>Sammenhænge</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="116"/>
        <source>Alternativ definition</source>
        <translation>Alternative definition</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="118"/>
        <source>Spearman ρ mod hoveddefinition</source>
        <translation>Spearman ρ with the main definition</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="119"/>
        <source>Skifter kvadrant</source>
        <translation>Changes quadrant</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="121"/>
        <source>Robusthed</source>
        <translation>Robustness</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="145"/>
        <source>Konstant</source>
        <translation>Intercept</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="158"/>
        <source>publicerede forudsigelser</source>
        <translation>published predictions</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="159"/>
        <source>egen regressionsmodel</source>
        <translation>own regression model</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="166"/>
        <source>Ingen regressionstabel: {note}</source>
        <translation>No regression table: {note}</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="171"/>
        <source>Kilde til forventet forsørgelsesgrad i analysen: {source}.
N = {n}, R² = {r2}, justeret R² = {r2a}, F-test p = {fp}. Indflydelsesrig: Cooks afstand over {cook}.</source>
        <translation>Source of the predicted dependency rate in the analysis: {source}.
N = {n}, R² = {r2}, adjusted R² = {r2a}, F-test p = {fp}. Influential: Cook&apos;s distance above {cook}.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="137"/>
        <source>sager pr. årsværk</source>
        <translation>cases per FTE</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/model.py" line="137"/>
        <source>effekt</source>
        <translation>effect</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="28"/>
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="123"/>
        <source>Produktivitet og rammevilkår (figur 6)</source>
        <translation>Productivity and framework conditions (figure 6)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="122"/>
        <source>Sager pr. årsværk (fuldtidspersoner pr. årsværk)</source>
        <translation>Cases per FTE (full-time persons per FTE)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="125"/>
        <source>Produktivitet og effekt (figur 7)</source>
        <translation>Productivity and effect (figure 7)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="46"/>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="125"/>
        <source>Effekt (procentpoint)</source>
        <translation>Effect (percentage points)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="43"/>
        <source>Produktivitet efter klynge</source>
        <translation>Productivity by cluster</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="43"/>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="45"/>
        <source>Jobcentre ordnet efter klynge (1 = sværeste rammevilkår)</source>
        <translation>Job centres ordered by cluster (1 = hardest conditions)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="44"/>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="87"/>
        <source>Sager pr. årsværk</source>
        <translation>Cases per FTE</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="45"/>
        <source>Effekt efter klynge</source>
        <translation>Effect by cluster</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="49"/>
        <source>Figur 6 og 7</source>
        <translation>Figures 6 and 7</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="50"/>
        <source>Efter klynge</source>
        <translation>By cluster</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="124"/>
        <source>Forventet forsørgelsesgrad, alle ydelser (%)</source>
        <translation>Predicted dependency rate, all benefits (%)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="156"/>
        <source>{name} (klynge {cluster}, placering {place})
Sager pr. årsværk: {prod}
Forventet forsørgelsesgrad, alle ydelser: {pred} %
Effekt: {effect} pp
Kvadrant: {quadrant}</source>
        <translation>{name} (cluster {cluster}, placement {place})
Cases per FTE: {prod}
Predicted dependency rate, all benefits: {pred} %
Effect: {effect} pp
Quadrant: {quadrant}</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="176"/>
        <source>Jobcenter</source>
        <translation>Job centre</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="179"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="179"/>
        <source>Kommunekoder</source>
        <translation>Municipality codes</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="92"/>
        <source>Effekt (pp)</source>
        <translation>Effect (pp)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="144"/>
        <source>Øvrige jobcentre</source>
        <translation>Other job centres</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="144"/>
        <source>Samme klynge</source>
        <translation>Same cluster</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="98"/>
        <source>publicerede forudsigelser</source>
        <translation>published predictions</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="99"/>
        <source>egen regressionsmodel</source>
        <translation>own regression model</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/overview.py" line="101"/>
        <source>{year}: {n} jobcentre sammenlignet. Forventet forsørgelsesgrad fra {source}. Stiplede linjer: median produktivitet ({median}) og gennemsnitlig effekt ({mean} pp). Klik på et punkt for at vælge jobcentret.</source>
        <translation>{year}: {n} job centres compared. Predicted dependency rate from {source}. Dashed lines: median productivity ({median}) and mean effect ({mean} pp). Click a point to select the job centre.</translation>
    </message>
</context>
<context>
    <name>PeersView</name>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="60"/>
        <source>Sammenlignelige og forbilleder</source>
        <translation>Comparable centres and role models</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="69"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="70"/>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="169"/>
        <source>Jobcenter</source>
        <translation>Job centre</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="71"/>
        <source>Effektivitet (DEA), 0–1</source>
        <translation>Efficiency (DEA), 0–1</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="72"/>
        <source>Supereff.</source>
        <translation>Super-eff.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="73"/>
        <source>Mulig besparelse</source>
        <translation>Possible saving</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="75"/>
        <source>Dobbeltklik for at vælge jobcentret</source>
        <translation>Double-click to select the job centre</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="97"/>
        <source>Figur: input</source>
        <translation>Chart: input</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="99"/>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="103"/>
        <source>Effektivitetsfront</source>
        <translation>Efficiency frontier</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="117"/>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="124"/>
        <source>Sammenlign med:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="127"/>
        <source>Profilen, PDF-rapporten og regnearket sammenligner med dette i stedet for klyngen</source>
        <translation>The profile, the PDF report and the workbook compare with this instead of the cluster</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="156"/>
        <source>Navn på gruppen</source>
        <translation>Name of the group</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="158"/>
        <source>Gem som sammenligningsgruppe</source>
        <translation>Save as peer group</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="163"/>
        <source>Variabel</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="163"/>
        <source>Vægt</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="170"/>
        <source>Afstand</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="172"/>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="280"/>
        <source>Sager pr. årsværk</source>
        <translation>Cases per FTE</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="173"/>
        <source>Effekt (pp)</source>
        <translation>Effect (pp)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="174"/>
        <source>Omk. pr. årsværk (kr.)</source>
        <translation>Cost per FTE (DKK)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="223"/>
        <source>Beregner effektivitetsfronten …</source>
        <translation>Computing the efficiency frontier …</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="224"/>
        <source>Beregner effektivitetsfront</source>
        <translation>Computing efficiency frontier</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="267"/>
        <source>{name} er ikke med: {reason}</source>
        <translation>{name} is not included: {reason}</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="273"/>
        <source>{name}: θ = {theta}, målinput {target} {unit} (har {input})</source>
        <translation>{name}: θ = {theta}, target input {target} {unit} (has {input})</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="276"/>
        <source>Forbillede</source>
        <translation>Peer</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="277"/>
        <source>Forbilledets vægt</source>
        <translation>The peer&apos;s weight</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="286"/>
        <source>{name} (selv)</source>
        <translation>{name} (itself)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="298"/>
        <source>Vælg et input og et output</source>
        <translation>Choose one input and one output</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="313"/>
        <source>Effektivitetsfront: ét input, ét output</source>
        <translation>Efficiency frontier: one input, one output</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="316"/>
        <source>Øvrige</source>
        <translation>Others</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="316"/>
        <source>Forbilleder (valgt model)</source>
        <translation>Peers (chosen model)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="322"/>
        <source>Front</source>
        <translation>Frontier</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="363"/>
        <source>De {n} mest sammenlignelige med {name}</source>
        <translation>The {n} most similar to {name}</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="390"/>
        <source>Skriv et navn på sammenligningsgruppen.</source>
        <translation>Type a name for the peer group.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="400"/>
        <source>Gemt: {name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/peers.py" line="409"/>
        <source>Klyngen</source>
        <translation>Cluster</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="29"/>
        <source>Jobcenterprofil</source>
        <translation>Centre profile</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="58"/>
        <source>Tidsforbrug pr. årsværk (figur 4)</source>
        <translation>Time use per FTE (figure 4)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="58"/>
        <source>Timer pr. årsværk pr. år</source>
        <translation>Hours per FTE per year</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="62"/>
        <source>Jobcenter</source>
        <translation>Job centre</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="63"/>
        <source>Sammenligning</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="100"/>
        <source>Placering {place}: {definition} Jobcentrets grad: {rate} %.</source>
        <translation>Placement {place}: {definition} The centre&apos;s rate: {rate} %.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="147"/>
        <source>Klyngen og landet: {parts}. Samlet tal = gruppen som én organisation (i alt / i alt).</source>
        <translation>Cluster and country: {parts}. Aggregate = the group as one organisation (total / total).</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="162"/>
        <source>Klynge</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="55"/>
        <source>Personalegrupper, andel af årsværk</source>
        <translation>Staff groups, share of FTE</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="56"/>
        <source>Andel af årsværk i alt (%)</source>
        <translation>Share of total FTE (%)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="65"/>
        <source>Afstand</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="66"/>
        <source>Afstand i rammevilkår (standardafvigelser)</source>
        <translation>Distance in framework conditions (standard deviations)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="70"/>
        <source>Dobbeltklik for at vælge jobcentret</source>
        <translation>Double-click to select the job centre</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="80"/>
        <source>Nøgletal</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="81"/>
        <source>Jobcentret</source>
        <translation>The centre</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="82"/>
        <source>Klyngen</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="83"/>
        <source>Landet</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="84"/>
        <source>Året før</source>
        <translation>Year before</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="96"/>
        <source>{name} – {region}, klynge {cluster}, placering {place} ({year})</source>
        <translation>{name} – {region}, cluster {cluster}, placement {place} ({year})</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="135"/>
        <source>Bemærkning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="153"/>
        <source>Ingen besvarelse</source>
        <translation>No survey answer</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="164"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="173"/>
        <source>Ingen tidsregistrering</source>
        <translation>No time registration</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="179"/>
        <source>Landsgennemsnit</source>
        <translation>National average</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="180"/>
        <source>timer</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="190"/>
        <source>Nærmeste rammevilkår</source>
        <translation>Nearest framework conditions</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/profile.py" line="193"/>
        <source>Samme klynge</source>
        <translation>Same cluster</translation>
    </message>
</context>
<context>
    <name>RealisationView</name>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="55"/>
        <source>Gevinstrealisering</source>
        <extracomment>Fill and border colour per node kind (economic red, service green as in the note&apos;s figures). Editable columns of the criteria table: column -&gt; criterion field.</extracomment>
        <translation>Benefit realisation</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="63"/>
        <source>Foreslå succeskriterier</source>
        <translation>Propose success criteria</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="64"/>
        <source>Foreslå succeskriterier for de valgte forslag ud fra hvert forslags driver, med udgangspunkt i det viste år</source>
        <translation>Propose success criteria for the chosen levers from each lever&apos;s driver, with the year shown as the baseline</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="84"/>
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="93"/>
        <source>Vision og mål (ét pr. linje):</source>
        <translation>Vision and goals (one per line):</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="97"/>
        <source>Brug målene</source>
        <translation>Use the goals</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="101"/>
        <source>Gevinsttræ</source>
        <translation>Benefit tree</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="129"/>
        <source>{centre} har ingen succeskriterier i scenariet {scenario}. Vælg forslagene under Business case, og tryk Foreslå succeskriterier.</source>
        <translation>{centre} has no success criteria in scenario {scenario}. Choose the levers under Business case and press Propose success criteria.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="135"/>
        <source>{centre}: business case fra {base}, opfølgning {year}. {reached} nået, {on_track} på sporet, {behind} bagud. Planlagt gevinst {planned} kr., realiseret {realised} kr. (pr. år, før overlap)</source>
        <translation>{centre}: business case of {base}, follow-up {year}. {reached} reached, {on_track} on track, {behind} behind. Planned gain DKK {planned}, realised DKK {realised} (per year, before overlap)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="147"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="147"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="147"/>
        <source>Udgangspunkt</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="147"/>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="147"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="148"/>
        <source>Faktisk</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="148"/>
        <source>Andel af vejen</source>
        <translation>Share of the way</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="148"/>
        <source>Forventet</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="148"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="149"/>
        <source>Gevinstansvarlig</source>
        <translation>Benefit owner</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="179"/>
        <source>Forslag</source>
        <translation>Lever</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="179"/>
        <source>Planlagt (kr.)</source>
        <translation>Planned (DKK)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="179"/>
        <source>Realiseret (kr.)</source>
        <translation>Realised (DKK)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="180"/>
        <source>Realiseret af planlagt</source>
        <translation>Realised of planned</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="180"/>
        <source>Metode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/realisation.py" line="268"/>
        <source>Ugyldigt tal: {error}</source>
        <translation>Invalid number: {error}</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../jobcenter_bench/gui/widgets/table.py" line="288"/>
        <source>Filtrér…</source>
        <extracomment>Background of the highlighted row (the selected centre): a light tint of the charts&apos; orange. Widest a column is made to fit its contents (px); longer texts are elided (tooltip shows all). Narrowest a shrinkable (``elide``) column becomes when nothing else can give (px). Tooltip of the header (a short header such as &quot;ρ&quot; explained); ``None``: the header itself. Never cut the text: it wraps onto more lines (at most ``max_width`` px wide, at least ``min_width``) and each row is as tall as its longest wrapped text. Reads a cell&apos;s tooltip from the record (e.g. a measure&apos;s definition); default: its text. Source row drawn highlighted (the user&apos;s own centre), or ``None``.</extracomment>
        <translation>Filter…</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/widgets/table.py" line="427"/>
        <source>Kopiér markerede rækker</source>
        <translation>Copy selected rows</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/widgets/table.py" line="428"/>
        <source>Kopiér hele tabellen</source>
        <translation>Copy the whole table</translation>
    </message>
</context>
<context>
    <name>SurveyStatusView</name>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="85"/>
        <source>Status for spørgeskemarunden</source>
        <translation>Survey round status</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="90"/>
        <source>besvaret</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="91"/>
        <source>besvaret med advarsler</source>
        <translation>answered with warnings</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="92"/>
        <source>med fejl</source>
        <translation>with errors</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="93"/>
        <source>mangler</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="98"/>
        <source>Jobcenter</source>
        <translation>Job centre</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="99"/>
        <source>Kommuner</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="101"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="102"/>
        <source>Fejl</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="103"/>
        <source>Advarsler</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="104"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="105"/>
        <source>Importeret</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="106"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="106"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="112"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="113"/>
        <source>Fejl</source>
        <comment>type</comment>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="113"/>
        <source>Advarsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="114"/>
        <source>Ark</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="115"/>
        <source>Celle</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="116"/>
        <source>Hvad er galt, og hvordan rettes det</source>
        <translation>What is wrong and how to fix it</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="128"/>
        <source>{n} jobcentre: {answered} besvaret, {warnings} besvaret med advarsler, {errors} med fejl, {missing} mangler.</source>
        <translation>{n} job centres: {answered} answered, {warnings} answered with warnings, {errors} with errors, {missing} missing.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="135"/>
        <source>Vælg et jobcenter for at se dets problemer.</source>
        <translation>Select a job centre to see its problems.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/survey_status.py" line="139"/>
        <source>{centre}: {status}</source>
        <translation>{centre}: {status}</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="38"/>
        <source>Udvikling</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="53"/>
        <source>Nøgletal:</source>
        <translation>Measure:</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="58"/>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="162"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="81"/>
        <source>Hvad ændrede sig</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="82"/>
        <source>Året før</source>
        <translation>Year before</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="82"/>
        <source>Året</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="83"/>
        <source>Ændring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="100"/>
        <source>Beregner udvikling</source>
        <translation>Computing the trend</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="119"/>
        <source>Ingen data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="126"/>
        <source>Beregner udviklingen over årene …</source>
        <translation>Computing the trend over the years …</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="130"/>
        <source>{name} er ikke med i nogen af databasens år.</source>
        <translation>{name} is not in any year of the database.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="135"/>
        <source>{name}: udvikling {first}–{last}</source>
        <translation>{name}: trend {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="160"/>
        <source>{measure}; klynge og land: {bench}</source>
        <translation>{measure}; cluster and country: {bench}</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="164"/>
        <source>Klyngen</source>
        <translation>The cluster</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="165"/>
        <source>Landet</source>
        <translation>The country</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="180"/>
        <source>skift</source>
        <translation>change</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="200"/>
        <source>Nøgletal</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="204"/>
        <source>  klyngen</source>
        <translation>  cluster</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="204"/>
        <source>  landet</source>
        <translation>  country</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="218"/>
        <source>Intet tidligere år at sammenligne med.</source>
        <translation>No earlier year to compare with.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="226"/>
        <source>Forslag der flyttede sig mest (middelskøn, mio. kr.):</source>
        <translation>Levers that moved most (mid estimate, DKK m):</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="238"/>
        <source>Årgange (forudsigelse og definitioner)</source>
        <translation>Vintages (prediction and definitions)</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="238"/>
        <source>Skift</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="243"/>
        <source>Tallene før og efter er ikke beregnet på samme måde.</source>
        <translation>The figures before and after are not computed the same way.</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/trend.py" line="245"/>
        <source>Sager pr. årsværk deles præcist i en del fra sagsmængden og en del fra personalet (logaritmisk middelværdi); effekten i forventet og observeret forsørgelsesgrad.</source>
        <translation>Cases per FTE are split exactly into a part from the caseload and a part from the staff (logarithmic mean); the effect into the predicted and the observed dependency rate.</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../jobcenter_bench/gui/views/_base.py" line="59"/>
        <location filename="../../jobcenter_bench/gui/views/_base.py" line="66"/>
        <source>Ingen data</source>
        <extracomment>Workspace signals this view redraws on.</extracomment>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/_base.py" line="65"/>
        <source>Beregner analysen …</source>
        <translation>Computing the analysis …</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../jobcenter_bench/gui/workspace.py" line="210"/>
        <source>Beregner analyse</source>
        <extracomment>A message for the user (a core error while recomputing); the main window shows it. The latest ``Results`` of the selected year; ``None`` until computed (views say &quot;Ingen data&quot;). True while ``Session.compute`` runs in the worker (views say so instead of &quot;Ingen data&quot;). The working scenario before the first results arrive (then ``results.scenario``). Scenario to load first (the one used last, from the settings), if the database has it. ``AnalysisOptions`` the user chose (``None`` = the report&apos;s defaults). Runs long core work (analysis, import, export) off the GUI thread, one job at a time.</extracomment>
        <translation>Computing analysis</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="273"/>
        <source>andel 0–1</source>
        <translation>share 0–1</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="273"/>
        <source>minutter</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="273"/>
        <source>minutter pr. dag</source>
        <translation>minutes per day</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="274"/>
        <source>minutter pr. uge</source>
        <translation>minutes per week</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="274"/>
        <source>timer pr. uge</source>
        <translation>hours per week</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="275"/>
        <source>timer</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../jobcenter_bench/gui/views/assumptions.py" line="275"/>
        <source>samtaler</source>
        <translation>interviews</translation>
    </message>
</context>
</TS>
