<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>QMessageBox</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
</context>
<context>
    <name>kcc::ApiJson</name>
    <message>
        <source>a string</source>
        <translation>een tekst</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false of null</translation>
    </message>
    <message>
        <source>a whole number or null</source>
        <translation>een geheel getal of null</translation>
    </message>
    <message>
        <source>a UUID string</source>
        <translation>een UUID als tekst</translation>
    </message>
    <message>
        <source>an object {"uuid", "url"}</source>
        <translation>een object {"uuid", "url"}</translation>
    </message>
    <message>
        <source>an array of {"uuid", "url"} objects</source>
        <translation>een array van {"uuid", "url"}-objecten</translation>
    </message>
    <message>
        <source>a date-time string</source>
        <translation>een datum-tijd als tekst</translation>
    </message>
    <message>
        <source>a date string or null</source>
        <translation>een datum als tekst of null</translation>
    </message>
    <message>
        <source>a code string</source>
        <translation>een code als tekst</translation>
    </message>
    <message>
        <source>an object or null</source>
        <translation>een object of null</translation>
    </message>
    <message>
        <source>This field may not be null.</source>
        <translation>Dit veld mag niet null zijn.</translation>
    </message>
    <message>
        <source>an array of objects</source>
        <translation>een array van objecten</translation>
    </message>
    <message>
        <source>an object of strings</source>
        <translation>een object met teksten</translation>
    </message>
    <message>
        <source>Expected %1, got %2.</source>
        <translation>Verwacht: %1, gekregen: %2.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>Not a valid UUID: "%1".</source>
        <translation>Geen geldige UUID: "%1".</translation>
    </message>
    <message>
        <source>Not a valid date-time (ISO 8601 with a time zone, e.g. 2024-03-01T10:15:22Z): "%1".</source>
        <translation>Geen geldige datum-tijd (ISO 8601 met tijdzone, bijv. 2024-03-01T10:15:22Z): "%1".</translation>
    </message>
    <message>
        <source>Not a valid date (YYYY-MM-DD): "%1".</source>
        <translation>Geen geldige datum (JJJJ-MM-DD): "%1".</translation>
    </message>
    <message>
        <source>Unknown code "%1"; allowed are: %2.</source>
        <translation>Onbekende code "%1"; toegestaan zijn: %2.</translation>
    </message>
</context>
<context>
    <name>kcc::BrpInstellingen</name>
    <message>
        <source>No file with the BRP API key is set; the beheerder sets it under Beheer, BRP.</source>
        <translation>Er is geen bestand met de BRP-API-sleutel ingesteld; de beheerder stelt het in onder Beheer, BRP.</translation>
    </message>
    <message>
        <source>The file with the BRP API key (%1) does not exist.</source>
        <translation>Het bestand met de BRP-API-sleutel (%1) bestaat niet.</translation>
    </message>
    <message>
        <source>The file with the BRP API key (%1) may be read by others; make it readable by its owner only (chmod 600).</source>
        <translation>Het bestand met de BRP-API-sleutel (%1) is door anderen te lezen; maak het alleen leesbaar voor de eigenaar (chmod 600).</translation>
    </message>
    <message>
        <source>The file with the BRP API key (%1) cannot be read: %2</source>
        <translation>Het bestand met de BRP-API-sleutel (%1) kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The file with the BRP API key (%1) must hold the key on one line.</source>
        <translation>Het bestand met de BRP-API-sleutel (%1) moet de sleutel op één regel bevatten.</translation>
    </message>
    <message>
        <source>Line %1 is not "name: value" with a valid header name.</source>
        <translation>Regel %1 is geen "naam: waarde" met een geldige headernaam.</translation>
    </message>
</context>
<context>
    <name>kcc::BrpZoekvraag</name>
    <message>
        <source>Enter the BSN.</source>
        <translation>Vul het BSN in.</translation>
    </message>
    <message>
        <source>Enter the geslachtsnaam (without voorvoegsel).</source>
        <translation>Vul de geslachtsnaam in (zonder voorvoegsel).</translation>
    </message>
    <message>
        <source>The geslachtsnaam may hold letters, digits, spaces, . - and ', and a * at the end after at least three letters.</source>
        <translation>De geslachtsnaam mag letters, cijfers, spaties, . - en ' bevatten, en een * aan het eind na ten minste drie letters.</translation>
    </message>
    <message>
        <source>The voorvoegsel may hold at most 10 letters, spaces and '.</source>
        <translation>Het voorvoegsel mag ten hoogste 10 letters, spaties en ' bevatten.</translation>
    </message>
    <message>
        <source>Enter the full geboortedatum (day, month and year).</source>
        <translation>Vul de volledige geboortedatum in (dag, maand en jaar).</translation>
    </message>
</context>
<context>
    <name>kcc::ContactController</name>
    <message>
        <source>Incoming call from %1: nobody known with this number. The number is ready as contact detail for this contact.</source>
        <translation>Inkomend gesprek van %1: niemand bekend met dit nummer. Het nummer staat klaar als contactgegeven voor dit contact.</translation>
    </message>
    <message>
        <source>Contact cancelled; nothing was recorded.</source>
        <translation>Contact geannuleerd; er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Het concept kon niet worden bewaard: %1</translation>
    </message>
    <message>
        <source>Nothing was registered: %1</source>
        <translation>Er is niets vastgelegd: %1</translation>
    </message>
    <message>
        <source>Contact closed without registration: %1</source>
        <translation>Contact afgesloten zonder registratie: %1</translation>
    </message>
    <message>
        <source>Registered: klantcontact %1.</source>
        <translation>Vastgelegd: klantcontact %1.</translation>
    </message>
    <message>
        <source>Interne taak %1.</source>
        <translation>Interne taak %1.</translation>
    </message>
    <message>
        <source>New partij %1.</source>
        <translation>Nieuwe partij %1.</translation>
    </message>
    <message numerus="yes">
        <source>Incoming call from %1: %n partijen have this number; choose one.</source>
        <translation>
            <numerusform>Inkomend gesprek van %1: %n partij heeft dit nummer; kies die.</numerusform>
            <numerusform>Inkomend gesprek van %1: %n partijen hebben dit nummer; kies er één.</numerusform>
        </translation>
    </message>
    <message>
        <source>Caller not known yet</source>
        <translation>Beller nog niet bekend</translation>
    </message>
    <message>
        <source>%1 is parked (on hold); switch back with F4.</source>
        <translation>%1 is geparkeerd (in de wacht); terug met F4.</translation>
    </message>
    <message>
        <source>%1 Back to %2.</source>
        <translation>%1 Terug naar %2.</translation>
    </message>
    <message>
        <source>Nothing was registered: %1 %2</source>
        <translation>Er is niets vastgelegd: %1 %2</translation>
    </message>
    <message>
        <source>Saved on this desk; it will be sent as soon as the KCC database is back. The referentienummer follows then, in the status bar.</source>
        <translation>Opgeslagen op deze werkplek; wordt verzonden zodra de KCC-database terug is. Het referentienummer volgt dan in de statusbalk.</translation>
    </message>
</context>
<context>
    <name>kcc::DeskDraftStore</name>
    <message>
        <source>The draft could not be kept on this desk: the folder %1 cannot be made.</source>
        <translation>Het concept kon niet op deze werkplek worden bewaard: de map %1 kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The draft could not be kept on this desk (%1): %2</source>
        <translation>Het concept kon niet op deze werkplek worden bewaard (%1): %2</translation>
    </message>
</context>
<context>
    <name>kcc::Enums</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Vertegenwoordiger</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Automated actor</source>
        <translation>Geautomatiseerde actor</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Te verwerken</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Verwerkt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Branch number</source>
        <translation>Vestigingsnummer</translation>
    </message>
    <message>
        <source>Chamber of Commerce number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>RSIN</source>
        <translation>RSIN</translation>
    </message>
</context>
<context>
    <name>kcc::KlantbeeldContactModel</name>
    <message>
        <source>Confidential klantcontact: only the medewerkers involved and supervisors see the subject.</source>
        <translation>Vertrouwelijk klantcontact: alleen de betrokken medewerkers en supervisors zien het onderwerp.</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>Column header: the klantcontact's reference number</extracomment>
        <translation>Referentienummer</translation>
    </message>
    <message>
        <source>Registered elsewhere (for example a web form) and fetched from the municipality's Open Klant.</source>
        <translation>Elders geregistreerd (bijvoorbeeld via een webformulier) en opgehaald uit Open Klant van de gemeente.</translation>
    </message>
    <message>
        <source>Open Klant</source>
        <extracomment>Not translated: the name of the municipality's klantinteracties register</extracomment>
        <translation>Open Klant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kcc::KlantcontactTableModel</name>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>No betrokkene known for this klantcontact</extracomment>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>This klantcontact is confidential: its subject is not shown in lists.</source>
        <translation>Dit klantcontact is vertrouwelijk: het onderwerp wordt niet in lijsten getoond.</translation>
    </message>
    <message>
        <source>Not recorded whether the contact succeeded</source>
        <translation>Niet vastgelegd of het contact gelukt is</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Date and time</source>
        <extracomment>Column header: when the klantcontact took place</extracomment>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <extracomment>Column header: the person or organisation involved in the klantcontact</extracomment>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <extracomment>Column header: whether the contact succeeded</extracomment>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Reference number of the klantcontact</source>
        <translation>Referentienummer van het klantcontact</translation>
    </message>
    <message>
        <source>When the contact took place (local time)</source>
        <translation>Wanneer het contact plaatsvond (lokale tijd)</translation>
    </message>
    <message>
        <source>Whether the contact succeeded</source>
        <translation>Of het contact gelukt is</translation>
    </message>
</context>
<context>
    <name>kcc::PartijSearchModel</name>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Geheimhouding</source>
        <translation>Geheimhouding</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Niet actief</translation>
    </message>
    <message>
        <source>One-off contact details</source>
        <extracomment>Found through contact details given once for one klantcontact</extracomment>
        <translation>Eenmalig contactgegeven</translation>
    </message>
    <message>
        <source>Geheimhouding: this partij's details are secret. Do not share them.</source>
        <translation>Geheimhouding: de gegevens van deze partij zijn geheim. Deel ze niet.</translation>
    </message>
    <message>
        <source>Inactive partij: do not use these details for contact.</source>
        <translation>Niet-actieve partij: gebruik deze gegevens niet voor contact.</translation>
    </message>
    <message>
        <source>Found through contact details given once for a klantcontact, not the partij's own.</source>
        <translation>Gevonden via contactgegevens die eenmalig voor een klantcontact zijn opgegeven, niet via de eigen gegevens van de partij.</translation>
    </message>
    <message>
        <source>%1 — found via %2</source>
        <translation>%1 — gevonden via %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header: person, organisation or contact person</extracomment>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>Column header: the partij's number</extracomment>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Found via</source>
        <extracomment>Column header: what the search text matched (BSN, phone number, name, ...)</extracomment>
        <translation>Gevonden via</translation>
    </message>
    <message>
        <source>Attention</source>
        <extracomment>Column header: warnings such as geheimhouding or an inactive partij</extracomment>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Open Klant</source>
        <extracomment>Not translated: the name of the municipality's klantinteracties register</extracomment>
        <translation>Open Klant</translation>
    </message>
    <message>
        <source>%1 came from the municipality's Open Klant.</source>
        <translation>%1 komt uit Open Klant van de gemeente.</translation>
    </message>
</context>
<context>
    <name>kcc::PartijTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>BSN %1</source>
        <translation>BSN %1</translation>
    </message>
    <message>
        <source>KvK %1</source>
        <translation>KvK %1</translation>
    </message>
    <message>
        <source>RSIN %1</source>
        <translation>RSIN %1</translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation>Vestiging %1</translation>
    </message>
    <message>
        <source>Geheimhouding: this partij's details are secret. Do not share them.</source>
        <translation>Geheimhouding: de gegevens van deze partij zijn geheim. Deel ze niet.</translation>
    </message>
    <message>
        <source>Inactive partij: do not use these details for contact.</source>
        <translation>Niet-actieve partij: gebruik deze gegevens niet voor contact.</translation>
    </message>
    <message>
        <source>The BSN is masked in lists.</source>
        <translation>Het BSN wordt in lijsten afgeschermd.</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>Column header: the partij's number</extracomment>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header: person, organisation or contact person</extracomment>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>BSN / KvK</source>
        <translation>BSN / KvK</translation>
    </message>
    <message>
        <source>Phone / e-mail</source>
        <translation>Telefoon / e-mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Geheimhouding</translation>
    </message>
    <message>
        <source>BSN (masked), KvK number, RSIN or branch number</source>
        <translation>BSN (afgeschermd), KvK-nummer, RSIN of vestigingsnummer</translation>
    </message>
    <message>
        <source>The preferred digital address</source>
        <translation>Het digitale voorkeursadres</translation>
    </message>
    <message>
        <source>City of the visiting address</source>
        <translation>Plaats van het bezoekadres</translation>
    </message>
    <message>
        <source>Geheimhouding: the partij's details are secret</source>
        <translation>Geheimhouding: de gegevens van de partij zijn geheim</translation>
    </message>
</context>
<context>
    <name>kcc::PersoonsVerwerkingen</name>
    <message>
        <source>The klantbeeld is not shown</source>
        <translation>Het klantbeeld wordt niet getoond</translation>
    </message>
    <message>
        <source>The BSN is not shown</source>
        <translation>Het BSN wordt niet getoond</translation>
    </message>
    <message>
        <source>The search results are not shown</source>
        <translation>De zoekresultaten worden niet getoond</translation>
    </message>
    <message>
        <source>The verwerkingenlog is not shown</source>
        <translation>Het verwerkingenlog wordt niet getoond</translation>
    </message>
    <message>
        <source>%1: looking at personal data must be recorded in the verwerkingenlog first, and that failed (%2). Try again; if it keeps failing, tell the beheerder.</source>
        <extracomment>%1: what is not shown ("The klantbeeld is not shown"), %2: the database's reason</extracomment>
        <translation>%1: het inzien van persoonsgegevens moet eerst in het verwerkingenlog worden vastgelegd, en dat is mislukt (%2). Probeer het opnieuw; lukt het blijvend niet, meld het dan aan de beheerder.</translation>
    </message>
    <message>
        <source>The verwerkingenlog is not exported</source>
        <translation>Het verwerkingenlog wordt niet geëxporteerd</translation>
    </message>
    <message>
        <source>The persons found in the BRP are not shown</source>
        <translation>De in de BRP gevonden personen worden niet getoond</translation>
    </message>
    <message>
        <source>The inzage is not made</source>
        <translation>De inzage is niet gemaakt</translation>
    </message>
    <message>
        <source>Nothing was erased: the erasure must be recorded in the verwerkingenlog first, and that failed (%1).</source>
        <extracomment>%1: the database's reason</extracomment>
        <translation>Er is niets gewist: het wissen moet eerst in het verwerkingenlog worden vastgelegd, en dat is mislukt (%1).</translation>
    </message>
    <message>
        <source>The task is not shown</source>
        <translation>De taak wordt niet getoond</translation>
    </message>
    <message>
        <source>The tasks are not shown</source>
        <translation>De taken worden niet getoond</translation>
    </message>
</context>
<context>
    <name>kcc::RegistrationPlan</name>
    <message>
        <source>Enter the BSN with which the caller was identified.</source>
        <translation>Vul het BSN in waarmee de beller is geïdentificeerd.</translation>
    </message>
    <message>
        <source>Enter at least one phone number or e-mail address to keep for the partij.</source>
        <translation>Vul ten minste één telefoonnummer of e-mailadres in om bij de partij te bewaren.</translation>
    </message>
    <message>
        <source>Choose the colleague the call was transferred to.</source>
        <translation>Kies de collega naar wie het gesprek is doorverbonden.</translation>
    </message>
    <message>
        <source>The call cannot be transferred to yourself.</source>
        <translation>Het gesprek kan niet naar uzelf worden doorverbonden.</translation>
    </message>
    <message>
        <source>Enter the number of the zaak or object.</source>
        <translation>Vul het nummer van de zaak of het object in.</translation>
    </message>
    <message>
        <source>Enter the number of the document or object.</source>
        <translation>Vul het nummer van het document of object in.</translation>
    </message>
    <message>
        <source>The assigned colleague or department no longer exists.</source>
        <translation>De toegewezen collega of afdeling bestaat niet meer.</translation>
    </message>
    <message>
        <source>Sign in before registering a contact.</source>
        <translation>Meld u aan voordat u een contact registreert.</translation>
    </message>
    <message>
        <source>Add at least one subject.</source>
        <translation>Voeg ten minste één onderwerp toe.</translation>
    </message>
    <message>
        <source>Choose how the identity of the caller was established.</source>
        <translation>Kies hoe de identiteit van de beller is vastgesteld.</translation>
    </message>
    <message>
        <source>Enter the name the caller gave.</source>
        <translation>Vul de naam in die de beller opgaf.</translation>
    </message>
    <message>
        <source>The chosen partij no longer exists.</source>
        <translation>De gekozen partij bestaat niet meer.</translation>
    </message>
    <message>
        <source>This BSN is already registered for %1; choose that partij instead.</source>
        <translation>Dit BSN is al geregistreerd bij %1; kies die partij.</translation>
    </message>
    <message numerus="yes">
        <source>The contact cannot be registered yet: %n problem(s) to solve.</source>
        <translation>
            <numerusform>Het contact kan nog niet worden geregistreerd: er is %n probleem op te lossen.</numerusform>
            <numerusform>Het contact kan nog niet worden geregistreerd: er zijn %n problemen op te lossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the channel of the contact.</source>
        <translation>Kies het kanaal van het contact.</translation>
    </message>
    <message>
        <source>Subject %1 has no subject yet.</source>
        <translation>Onderwerp %1 heeft nog geen omschrijving.</translation>
    </message>
    <message>
        <source>The task of subject %1 does not say what should be done.</source>
        <translation>De taak bij onderwerp %1 vermeldt niet wat er moet gebeuren.</translation>
    </message>
    <message>
        <source>The task of subject %1 is not assigned to anyone yet.</source>
        <translation>De taak bij onderwerp %1 is nog aan niemand toegewezen.</translation>
    </message>
    <message>
        <source>Choose the colleague subject %1 was transferred to.</source>
        <translation>Kies de collega naar wie onderwerp %1 is doorverbonden.</translation>
    </message>
    <message numerus="yes">
        <source>A new partij is registered: %1, BSN %2, with %n contact detail(s).</source>
        <translation>
            <numerusform>Er wordt een nieuwe partij geregistreerd: %1, BSN %2, met %n contactgegeven.</numerusform>
            <numerusform>Er wordt een nieuwe partij geregistreerd: %1, BSN %2, met %n contactgegevens.</numerusform>
        </translation>
    </message>
    <message>
        <source>A partij holding only BSN %1 is registered.</source>
        <translation>Er wordt een partij geregistreerd met alleen BSN %1.</translation>
    </message>
    <message>
        <source>The contact is linked to the existing partij.</source>
        <translation>Het contact wordt gekoppeld aan de bestaande partij.</translation>
    </message>
    <message>
        <source>The contact is not linked to a partij.</source>
        <translation>Het contact wordt niet aan een partij gekoppeld.</translation>
    </message>
    <message>
        <source>Klantcontact “%1”.</source>
        <translation>Klantcontact “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact detail(s) kept for this contact only.</source>
        <translation>
            <numerusform>%n contactgegeven alleen bij dit contact bewaard.</numerusform>
            <numerusform>%n contactgegevens alleen bij dit contact bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The colleague the call was transferred to is linked as well.</source>
        <translation>De collega naar wie het gesprek is doorverbonden, wordt ook gekoppeld.</translation>
    </message>
    <message numerus="yes">
        <source>%n related object(s).</source>
        <translation>
            <numerusform>%n onderwerpobject.</numerusform>
            <numerusform>%n onderwerpobjecten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s).</source>
        <translation>
            <numerusform>%n bijlage.</numerusform>
            <numerusform>%n bijlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Task “%1” for %n colleague(s) or department(s).</source>
        <translation>
            <numerusform>Taak “%1” voor %n collega of afdeling.</numerusform>
            <numerusform>Taak “%1” voor %n collega’s of afdelingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The partij this person represents no longer exists; choose it again.</source>
        <translation>De partij die deze persoon vertegenwoordigt bestaat niet meer; kies die opnieuw.</translation>
    </message>
    <message>
        <source>A partij cannot represent itself; choose the partij that is represented.</source>
        <translation>Een partij kan zichzelf niet vertegenwoordigen; kies de partij die wordt vertegenwoordigd.</translation>
    </message>
    <message>
        <source>The represented partij is linked as klant: the contact shows in both klantbeelden.</source>
        <translation>De vertegenwoordigde partij wordt als klant gekoppeld: het contact staat in beide klantbeelden.</translation>
    </message>
</context>
<context>
    <name>kcc::RegistrationRules</name>
    <message>
        <source>Nothing will be registered, because the caller was not identified and no follow-up is needed: a record could neither be shown to the customer later nor help a colleague.</source>
        <translation>Er wordt niets geregistreerd, omdat de beller niet is geïdentificeerd en er geen vervolg nodig is: een registratie zou later niet aan de klant getoond kunnen worden en ook geen collega helpen.</translation>
    </message>
    <message>
        <source>The caller was not identified, but follow-up is needed: the contact is registered with the name and contact details given for this contact only, without a partij.</source>
        <translation>De beller is niet geïdentificeerd, maar er is vervolg nodig: het contact wordt geregistreerd met de naam en contactgegevens die alleen voor dit contact zijn opgegeven, zonder partij.</translation>
    </message>
    <message>
        <source>Enter a phone number or e-mail address so that a colleague can follow up.</source>
        <translation>Vul een telefoonnummer of e-mailadres in, zodat een collega het vervolg kan oppakken.</translation>
    </message>
    <message>
        <source>The caller was identified and is known as a partij: the contact is linked to that partij.</source>
        <translation>De beller is geïdentificeerd en bekend als partij: het contact wordt aan die partij gekoppeld.</translation>
    </message>
    <message>
        <source>The caller was identified and agreed to the reuse of their contact details: a new partij with these details is registered and the contact is linked to it.</source>
        <translation>De beller is geïdentificeerd en gaf toestemming om de contactgegevens te hergebruiken: er wordt een nieuwe partij met deze gegevens geregistreerd en het contact wordt daaraan gekoppeld.</translation>
    </message>
    <message>
        <source>The caller was identified but did not agree to the reuse of contact details: the contact is linked to a partij that holds only the BSN and a number; contact details are kept with this contact only.</source>
        <translation>De beller is geïdentificeerd maar gaf geen toestemming om contactgegevens te hergebruiken: het contact wordt gekoppeld aan een partij met alleen het BSN en een nummer; contactgegevens worden alleen bij dit contact bewaard.</translation>
    </message>
    <message>
        <source>Nothing to register</source>
        <translation>Niets te registreren</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>Onbekende persoon</translation>
    </message>
    <message>
        <source>Known partij</source>
        <translation>Bekende partij</translation>
    </message>
    <message>
        <source>New partij with contact details</source>
        <translation>Nieuwe partij met contactgegevens</translation>
    </message>
    <message>
        <source>Partij with only the BSN</source>
        <translation>Partij met alleen het BSN</translation>
    </message>
</context>
<context>
    <name>kcc::RegistrationSpool</name>
    <message>
        <source>The registration could not be kept on this desk: the folder %1 cannot be made.</source>
        <translation>De registratie kon niet op deze werkplek worden bewaard: de map %1 kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The registration could not be kept on this desk (%1): %2</source>
        <translation>De registratie kon niet op deze werkplek worden bewaard (%1): %2</translation>
    </message>
    <message>
        <source>The sent registration could not be removed from this desk (%1): %2</source>
        <translation>De verzonden registratie kon niet van deze werkplek worden verwijderd (%1): %2</translation>
    </message>
</context>
<context>
    <name>kcc::SearchQuery</name>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>RSIN</source>
        <translation>RSIN</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>establishment number</source>
        <translation>vestigingsnummer</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>e-mail domain</source>
        <translation>e-maildomein</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
</context>
<context>
    <name>kcc::SpoolSender</name>
    <message>
        <source>The contact with %1 was closed without registration.</source>
        <translation>Het contact met %1 is gesloten zonder registratie.</translation>
    </message>
    <message>
        <source>The registration of the contact with %1 was sent: klantcontact %2.</source>
        <translation>De registratie van het contact met %1 is verzonden: klantcontact %2.</translation>
    </message>
    <message>
        <source>Interne taak %1.</source>
        <translation>Interne taak %1.</translation>
    </message>
    <message>
        <source>New partij %1.</source>
        <translation>Nieuwe partij %1.</translation>
    </message>
    <message>
        <source>The registration of the contact with %1 could not be sent: %2 It is back among your open contacts.</source>
        <translation>De registratie van het contact met %1 kon niet worden verzonden: %2 Het contact staat weer bij uw open contacten.</translation>
    </message>
</context>
<context>
    <name>kcc::SyncLogRegel</name>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Opgehaald</translation>
    </message>
    <message>
        <source>Sent to server</source>
        <extracomment>the direction of a sync: from the desk to the server</extracomment>
        <translation>Naar de server</translation>
    </message>
    <message>
        <source>Fetched from server</source>
        <translation>Van de server</translation>
    </message>
</context>
<context>
    <name>kcc::TaakLog</name>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Taken up</source>
        <translation>Opgepakt</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Doorgestuurd</translation>
    </message>
    <message>
        <source>Sent back for re-routing</source>
        <translation>Teruggestuurd om opnieuw te routeren</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Opnieuw toegewezen</translation>
    </message>
    <message>
        <source>Contact attempt</source>
        <translation>Contactpoging</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Heropend</translation>
    </message>
</context>
<context>
    <name>kcc::TaakQueueModel</name>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>Age of a task: days and hours, e.g. "3 d 4 h"</extracomment>
        <translation>%1 d %2 u</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Age of a task: hours and minutes, e.g. "5 h 20 min"</extracomment>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>Age of a task in minutes, e.g. "45 min"</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>No klant known for this task</extracomment>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>This klantcontact is confidential: you may not see its subject.</source>
        <translation>Dit klantcontact is vertrouwelijk: u mag het onderwerp niet zien.</translation>
    </message>
    <message>
        <source>Assigned %1 — overdue</source>
        <translation>Toegewezen %1 — te laat</translation>
    </message>
    <message>
        <source>Assigned %1</source>
        <translation>Toegewezen %1</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Column header: how long the task has been waiting</extracomment>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column header: the gevraagde handeling of the task</extracomment>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentienummer</translation>
    </message>
    <message>
        <source>Time since the task was assigned; overdue tasks are highlighted</source>
        <translation>Tijd sinds de taak is toegewezen; taken die te laat zijn, zijn gemarkeerd</translation>
    </message>
    <message>
        <source>Channel of the klantcontact that led to the task</source>
        <translation>Kanaal van het klantcontact dat tot de taak leidde</translation>
    </message>
    <message>
        <source>Created %1, last assigned %2 — overdue</source>
        <translation>Aangemaakt %1, laatst toegewezen %2 — te laat</translation>
    </message>
    <message>
        <source>Created %1, last assigned %2</source>
        <translation>Aangemaakt %1, laatst toegewezen %2</translation>
    </message>
</context>
<context>
    <name>kcc::TaakToegang</name>
    <message>
        <source>Choose the afdeling whose tasks you want to see.</source>
        <translation>Kies de afdeling waarvan u de taken wilt zien.</translation>
    </message>
    <message>
        <source>You can only see the tasks of the afdelingen you belong to.</source>
        <translation>U kunt alleen de taken zien van de afdelingen waar u lid van bent.</translation>
    </message>
    <message>
        <source>Only a supervisor can see all tasks.</source>
        <translation>Alleen een supervisor kan alle taken zien.</translation>
    </message>
    <message>
        <source>This task is not assigned to you or to one of your afdelingen.</source>
        <translation>Deze taak is niet aan u of aan een van uw afdelingen toegewezen.</translation>
    </message>
    <message>
        <source>You can only work on tasks assigned to you or to one of your afdelingen.</source>
        <translation>U kunt alleen werken aan taken die aan u of aan een van uw afdelingen zijn toegewezen.</translation>
    </message>
    <message>
        <source>This task is not assigned to an afdeling, so it cannot be taken up.</source>
        <translation>Deze taak is niet aan een afdeling toegewezen en kan dus niet worden opgepakt.</translation>
    </message>
    <message>
        <source>You can only take up tasks of the afdelingen you belong to.</source>
        <translation>U kunt alleen taken oppakken van de afdelingen waar u lid van bent.</translation>
    </message>
    <message>
        <source>Choose at least one colleague or afdeling.</source>
        <translation>Kies minstens één collega of afdeling.</translation>
    </message>
    <message>
        <source>You can only forward a task within your own afdelingen. Send it back to the KCC for re-routing, or ask a supervisor.</source>
        <translation>U kunt een taak alleen doorsturen binnen uw eigen afdelingen. Stuur de taak terug naar het KCC om opnieuw te routeren, of vraag het een supervisor.</translation>
    </message>
    <message>
        <source>Only a supervisor can reopen a task.</source>
        <translation>Alleen een supervisor kan een taak heropenen.</translation>
    </message>
    <message>
        <source>Only a supervisor can reassign tasks.</source>
        <translation>Alleen een supervisor kan taken opnieuw toewijzen.</translation>
    </message>
    <message>
        <source>Only a supervisor can see the overview of all tasks.</source>
        <translation>Alleen een supervisor kan het overzicht van alle taken zien.</translation>
    </message>
    <message>
        <source>Only a supervisor or a beheerder can change the norms.</source>
        <translation>Alleen een supervisor of een beheerder kan de normen wijzigen.</translation>
    </message>
    <message>
        <source>Only a beheerder can manage colleagues, afdelingen and code lists.</source>
        <translation>Alleen een beheerder kan collega's, afdelingen en codelijsten beheren.</translation>
    </message>
    <message>
        <source>This task has already been taken up by %1.</source>
        <extracomment>%1 = the name(s) of the medewerker(s) who took the task up</extracomment>
        <translation>Deze taak is al opgepakt door %1.</translation>
    </message>
</context>
<context>
    <name>kcc::Validation</name>
    <message>
        <source>Enter the BSN (9 digits).</source>
        <translation>Vul het BSN in (9 cijfers).</translation>
    </message>
    <message>
        <source>The BSN may contain only the digits 0-9, without spaces.</source>
        <translation>Het BSN mag alleen de cijfers 0-9 bevatten, zonder spaties.</translation>
    </message>
    <message numerus="yes">
        <source>The BSN must be exactly 9 digits; this one has %n.</source>
        <translation>
            <numerusform>Het BSN moet precies 9 cijfers hebben; dit heeft er %n.</numerusform>
            <numerusform>Het BSN moet precies 9 cijfers hebben; dit heeft er %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the RSIN (9 digits).</source>
        <translation>Vul het RSIN in (9 cijfers).</translation>
    </message>
    <message>
        <source>The RSIN may contain only the digits 0-9, without spaces.</source>
        <translation>Het RSIN mag alleen de cijfers 0-9 bevatten, zonder spaties.</translation>
    </message>
    <message numerus="yes">
        <source>The RSIN must be exactly 9 digits; this one has %n.</source>
        <translation>
            <numerusform>Het RSIN moet precies 9 cijfers hebben; dit heeft er %n.</numerusform>
            <numerusform>Het RSIN moet precies 9 cijfers hebben; dit heeft er %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the Chamber of Commerce (KvK) number (8 digits).</source>
        <translation>Vul het KvK-nummer in (8 cijfers).</translation>
    </message>
    <message>
        <source>The Chamber of Commerce (KvK) number may contain only the digits 0-9, without spaces.</source>
        <translation>Het KvK-nummer mag alleen de cijfers 0-9 bevatten, zonder spaties.</translation>
    </message>
    <message numerus="yes">
        <source>The Chamber of Commerce (KvK) number must be exactly 8 digits; this one has %n.</source>
        <translation>
            <numerusform>Het KvK-nummer moet precies 8 cijfers hebben; dit heeft er %n.</numerusform>
            <numerusform>Het KvK-nummer moet precies 8 cijfers hebben; dit heeft er %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the branch number (vestigingsnummer, 12 digits).</source>
        <translation>Vul het vestigingsnummer in (12 cijfers).</translation>
    </message>
    <message>
        <source>The branch number (vestigingsnummer) may contain only the digits 0-9, without spaces.</source>
        <translation>Het vestigingsnummer mag alleen de cijfers 0-9 bevatten, zonder spaties.</translation>
    </message>
    <message numerus="yes">
        <source>The branch number (vestigingsnummer) must be exactly 12 digits; this one has %n.</source>
        <translation>
            <numerusform>Het vestigingsnummer moet precies 12 cijfers hebben; dit heeft er %n.</numerusform>
            <numerusform>Het vestigingsnummer moet precies 12 cijfers hebben; dit heeft er %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the BAG address ID (nummeraanduiding, 16 digits).</source>
        <translation>Vul de BAG-nummeraanduiding in (16 cijfers).</translation>
    </message>
    <message>
        <source>The BAG address ID (nummeraanduiding) may contain only the digits 0-9, without spaces.</source>
        <translation>De BAG-nummeraanduiding mag alleen de cijfers 0-9 bevatten, zonder spaties.</translation>
    </message>
    <message numerus="yes">
        <source>The BAG address ID (nummeraanduiding) must be exactly 16 digits; this one has %n.</source>
        <translation>
            <numerusform>De BAG-nummeraanduiding moet precies 16 cijfers hebben; deze heeft er %n.</numerusform>
            <numerusform>De BAG-nummeraanduiding moet precies 16 cijfers hebben; deze heeft er %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preferred contact address must be one of this party's own digital addresses; choose one of them or none.</source>
        <translation>Het voorkeursadres moet een van de eigen digitale adressen van deze partij zijn; kies er een of geen.</translation>
    </message>
    <message>
        <source>The preferred bank account must be one of this party's own bank accounts; choose one of them or none.</source>
        <translation>Het voorkeursrekeningnummer moet een van de eigen rekeningnummers van deze partij zijn; kies er een of geen.</translation>
    </message>
    <message>
        <source>This %1 already belongs to another party; search for that party instead of registering it again.</source>
        <translation>Dit %1 hoort al bij een andere partij; zoek die partij op in plaats van haar opnieuw te registreren.</translation>
    </message>
    <message>
        <source>%1 is no longer active and cannot be linked to a new contact or task; choose someone else.</source>
        <translation>%1 is niet meer actief en kan niet aan een nieuw contact of een nieuwe taak worden gekoppeld; kies iemand anders.</translation>
    </message>
    <message>
        <source>The party %1 is no longer active; its details may not be used for a new contact. Choose or register an active party.</source>
        <translation>De partij %1 is niet meer actief; haar gegevens mogen niet voor een nieuw contact worden gebruikt. Kies of registreer een actieve partij.</translation>
    </message>
    <message>
        <source>The organisation this contact person works for does not exist; choose an existing organisation.</source>
        <translation>De organisatie waarvoor deze contactpersoon werkt bestaat niet; kies een bestaande organisatie.</translation>
    </message>
    <message>
        <source>A contact person can only work for an organisation, and %1 is not one; choose an organisation.</source>
        <translation>Een contactpersoon kan alleen voor een organisatie werken, en %1 is geen organisatie; kies een organisatie.</translation>
    </message>
    <message>
        <source>A customer contact needs at least one employee who handled it.</source>
        <translation>Een klantcontact heeft ten minste één medewerker nodig die het heeft behandeld.</translation>
    </message>
    <message>
        <source>A customer contact needs at least one person involved (the customer or their representative).</source>
        <translation>Een klantcontact heeft ten minste één betrokkene nodig (de klant of diens vertegenwoordiger).</translation>
    </message>
    <message>
        <source>%1 must be filled in.</source>
        <translation>%1 moet worden ingevuld.</translation>
    </message>
    <message>
        <source>The record has no identifier (uuid); it cannot be saved like this.</source>
        <translation>Het record heeft geen identificatie (uuid); zo kan het niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The object ID</source>
        <translation>Het object-ID</translation>
    </message>
    <message>
        <source>The object type code</source>
        <translation>De code van het objecttype</translation>
    </message>
    <message>
        <source>The register code</source>
        <translation>De registercode</translation>
    </message>
    <message>
        <source>The object ID kind code</source>
        <translation>De code van de soort object-ID</translation>
    </message>
    <message>
        <source>The street name</source>
        <translation>De straatnaam</translation>
    </message>
    <message>
        <source>The house number addition</source>
        <translation>De huisnummertoevoeging</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>De plaats</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresregel 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresregel 2</translation>
    </message>
    <message>
        <source>Address line 3</source>
        <translation>Adresregel 3</translation>
    </message>
    <message>
        <source>The initials</source>
        <translation>De voorletters</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>De voornaam</translation>
    </message>
    <message>
        <source>The surname prefix</source>
        <translation>Het voorvoegsel van de achternaam</translation>
    </message>
    <message>
        <source>The surname</source>
        <translation>De achternaam</translation>
    </message>
    <message>
        <source>The internal note</source>
        <translation>De interne notitie</translation>
    </message>
    <message>
        <source>The organisation name</source>
        <translation>De organisatienaam</translation>
    </message>
    <message>
        <source>Only a contact person can work for an organisation; change the kind of party to contact person or remove the organisation.</source>
        <translation>Alleen een contactpersoon kan voor een organisatie werken; verander de soort partij in contactpersoon of verwijder de organisatie.</translation>
    </message>
    <message>
        <source>A contact person cannot work for themselves; choose an organisation.</source>
        <translation>Een contactpersoon kan niet voor zichzelf werken; kies een organisatie.</translation>
    </message>
    <message>
        <source>The other identifier</source>
        <translation>De andere identificator</translation>
    </message>
    <message>
        <source>The register %1 only allows the object types %2.</source>
        <translation>Het register %1 staat alleen de objecttypen %2 toe.</translation>
    </message>
    <message>
        <source>The object type %1 only allows the number kinds %2.</source>
        <translation>Het objecttype %1 staat alleen de nummersoorten %2 toe.</translation>
    </message>
    <message>
        <source>Enter the number of the identifier (e.g. the BSN).</source>
        <translation>Vul het nummer van de identificator in (bijv. het BSN).</translation>
    </message>
    <message>
        <source>The identifier number</source>
        <translation>Het nummer van de identificator</translation>
    </message>
    <message>
        <source>A branch number (vestigingsnummer) must belong to a Chamber of Commerce (KvK) number; choose the KvK number.</source>
        <translation>Een vestigingsnummer moet bij een KvK-nummer horen; kies het KvK-nummer.</translation>
    </message>
    <message>
        <source>Only a branch number (vestigingsnummer) can belong to another identifier.</source>
        <translation>Alleen een vestigingsnummer kan bij een andere identificator horen.</translation>
    </message>
    <message>
        <source>An identifier cannot belong to itself.</source>
        <translation>Een identificator kan niet bij zichzelf horen.</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Het adres</translation>
    </message>
    <message>
        <source>Only an address of a party can be its default address; link the address to a party or clear "default".</source>
        <translation>Alleen een adres van een partij kan haar standaardadres zijn; koppel het adres aan een partij of zet "standaard" uit.</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>De omschrijving</translation>
    </message>
    <message>
        <source>Choose the party that represents the other party.</source>
        <translation>Kies de partij die de andere partij vertegenwoordigt.</translation>
    </message>
    <message>
        <source>Choose the party that is represented.</source>
        <translation>Kies de partij die wordt vertegenwoordigd.</translation>
    </message>
    <message>
        <source>A party cannot represent itself; choose another party.</source>
        <translation>Een partij kan zichzelf niet vertegenwoordigen; kies een andere partij.</translation>
    </message>
    <message>
        <source>The channel</source>
        <translation>Het kanaal</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>Het onderwerp</translation>
    </message>
    <message>
        <source>The content</source>
        <translation>De inhoud</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>De reactie</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>De taal</translation>
    </message>
    <message>
        <source>When the contact succeeded, no further action can have been taken; clear "further action taken" or "contact succeeded".</source>
        <translation>Als het contact gelukt is, kan er geen verdere actie zijn ondernomen; zet "verdere actie ondernomen" of "contact gelukt" uit.</translation>
    </message>
    <message>
        <source>Enter the date and time the contact took place.</source>
        <translation>Vul de datum en tijd in waarop het contact plaatsvond.</translation>
    </message>
    <message>
        <source>Every metadata entry needs a name.</source>
        <translation>Elk metadatagegeven heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The metadata name %1 occurs more than once.</source>
        <translation>De metadatanaam %1 komt meer dan eens voor.</translation>
    </message>
    <message>
        <source>The metadata value %1</source>
        <translation>De metadatawaarde %1</translation>
    </message>
    <message>
        <source>The person involved must belong to a customer contact.</source>
        <translation>De betrokkene moet bij een klantcontact horen.</translation>
    </message>
    <message>
        <source>A customer contact cannot be about itself; choose the earlier contact.</source>
        <translation>Een klantcontact kan niet over zichzelf gaan; kies het eerdere contact.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>De naam</translation>
    </message>
    <message>
        <source>The job title</source>
        <translation>De functie</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Het telefoonnummer</translation>
    </message>
    <message>
        <source>The fax number</source>
        <translation>Het faxnummer</translation>
    </message>
    <message>
        <source>Choose the employee or department.</source>
        <translation>Kies de medewerker of afdeling.</translation>
    </message>
    <message>
        <source>Choose the customer contact.</source>
        <translation>Kies het klantcontact.</translation>
    </message>
    <message>
        <source>The requested action</source>
        <translation>De gevraagde handeling</translation>
    </message>
    <message>
        <source>A task must belong to the customer contact it follows up.</source>
        <translation>Een taak moet horen bij het klantcontact dat ze opvolgt.</translation>
    </message>
    <message>
        <source>The explanation</source>
        <translation>De toelichting</translation>
    </message>
    <message>
        <source>Assign the task to at least one employee or department.</source>
        <translation>Wijs de taak toe aan ten minste één medewerker of afdeling.</translation>
    </message>
    <message>
        <source>An assignment has no employee or department; remove it.</source>
        <translation>Een toewijzing heeft geen medewerker of afdeling; verwijder haar.</translation>
    </message>
    <message>
        <source>The same employee or department is assigned twice.</source>
        <translation>Dezelfde medewerker of afdeling is twee keer toegewezen.</translation>
    </message>
    <message>
        <source>A task that is not done cannot have a completion time; set the status to done or clear the completion time.</source>
        <translation>Een taak die niet verwerkt is kan geen afhandeltijd hebben; zet de status op verwerkt of wis de afhandeltijd.</translation>
    </message>
    <message>
        <source>Phone numbers starting with 0800, 0900 or 140 cannot be used as contact details.</source>
        <translation>Telefoonnummers die beginnen met 0800, 0900 of 140 kunnen niet als contactgegeven worden gebruikt.</translation>
    </message>
    <message>
        <source>The phone number is invalid. Enter a Dutch number of 10 digits starting with 0 (e.g. 0612345678) or an international number starting with + or 00 and the country code (e.g. +31612345678).</source>
        <translation>Het telefoonnummer is ongeldig. Vul een Nederlands nummer van 10 cijfers in dat met 0 begint (bijv. 0612345678) of een internationaal nummer dat begint met + of 00 en de landcode (bijv. +31612345678).</translation>
    </message>
    <message>
        <source>000000000 is not a valid BSN.</source>
        <translation>000000000 is geen geldig BSN.</translation>
    </message>
    <message>
        <source>This BSN does not pass the 11-test (elfproef); check the digits for typing errors.</source>
        <translation>Dit BSN voldoet niet aan de elfproef; controleer de cijfers op tikfouten.</translation>
    </message>
    <message>
        <source>000000000 is not a valid RSIN.</source>
        <translation>000000000 is geen geldig RSIN.</translation>
    </message>
    <message>
        <source>This RSIN does not pass the 11-test (elfproef); check the digits for typing errors.</source>
        <translation>Dit RSIN voldoet niet aan de elfproef; controleer de cijfers op tikfouten.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Vul een telefoonnummer in.</translation>
    </message>
    <message>
        <source>The e-mail address is invalid. Enter it as name@domain.nl, without spaces.</source>
        <translation>Het e-mailadres is ongeldig. Vul het in als naam@domein.nl, zonder spaties.</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Vul een e-mailadres in.</translation>
    </message>
    <message>
        <source>An e-mail address may be at most 254 characters long.</source>
        <translation>Een e-mailadres mag hoogstens 254 tekens lang zijn.</translation>
    </message>
    <message>
        <source>Enter the postcode as 4 digits and 2 letters, e.g. 1234 AB; the first digit cannot be 0.</source>
        <translation>Vul de postcode in als 4 cijfers en 2 letters, bijv. 1234 AB; het eerste cijfer kan geen 0 zijn.</translation>
    </message>
    <message>
        <source>The postcode must be 4 digits, a space and 2 capital letters, e.g. 1234 AB.</source>
        <translation>De postcode moet bestaan uit 4 cijfers, een spatie en 2 hoofdletters, bijv. 1234 AB.</translation>
    </message>
    <message>
        <source>Enter the country as a two-letter code, e.g. NL.</source>
        <translation>Vul het land in als code van twee letters, bijv. NL.</translation>
    </message>
    <message>
        <source>The country must be a two-letter ISO 3166 code in capitals, e.g. NL.</source>
        <translation>Het land moet een ISO 3166-code van twee hoofdletters zijn, bijv. NL.</translation>
    </message>
    <message>
        <source>Country codes are written in capitals: did you mean %1?</source>
        <translation>Landcodes worden in hoofdletters geschreven: bedoelt u %1?</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code; use a code such as NL.</source>
        <translation>%1 is geen ISO 3166-landcode; gebruik een code zoals NL.</translation>
    </message>
    <message>
        <source>The house number must be between 1 and 99999.</source>
        <translation>Het huisnummer moet tussen 1 en 99999 liggen.</translation>
    </message>
    <message>
        <source>Enter the language as a three-letter code, e.g. nld.</source>
        <translation>Vul de taal in als code van drie letters, bijv. nld.</translation>
    </message>
    <message>
        <source>The language code may not contain spaces.</source>
        <translation>De taalcode mag geen spaties bevatten.</translation>
    </message>
    <message>
        <source>The language must be a three-letter ISO 639-2 code, e.g. nld for Dutch.</source>
        <translation>De taal moet een ISO 639-2-code van drie letters zijn, bijv. nld voor Nederlands.</translation>
    </message>
    <message>
        <source>Use the ISO 639-2/T language code %1 instead of %2.</source>
        <translation>Gebruik de ISO 639-2/T-taalcode %1 in plaats van %2.</translation>
    </message>
    <message>
        <source>%1 is not an ISO 639-2 language code; use a three-letter code such as nld.</source>
        <translation>%1 is geen ISO 639-2-taalcode; gebruik een code van drie letters zoals nld.</translation>
    </message>
    <message>
        <source>Enter the IBAN.</source>
        <translation>Vul de IBAN in.</translation>
    </message>
    <message>
        <source>The IBAN must be 2 letters, 2 digits and up to 30 letters or digits, without spaces, e.g. NL91ABNA0417164300.</source>
        <translation>De IBAN moet bestaan uit 2 letters, 2 cijfers en hoogstens 30 letters of cijfers, zonder spaties, bijv. NL91ABNA0417164300.</translation>
    </message>
    <message>
        <source>The BIC may not contain spaces.</source>
        <translation>De BIC mag geen spaties bevatten.</translation>
    </message>
    <message>
        <source>The BIC must be 8 to 11 characters long, e.g. ABNANL2A.</source>
        <translation>De BIC moet 8 tot 11 tekens lang zijn, bijv. ABNANL2A.</translation>
    </message>
    <message>
        <source>The reference may contain only letters a-z, digits, hyphens and underscores, at most 50 characters.</source>
        <translation>De referentie mag alleen de letters a-z, cijfers, koppeltekens en liggende streepjes bevatten, hoogstens 50 tekens.</translation>
    </message>
    <message>
        <source>The number must be a whole number of at most 10 digits, e.g. 0000000123.</source>
        <translation>Het nummer moet een geheel getal van hoogstens 10 cijfers zijn, bijv. 0000000123.</translation>
    </message>
    <message>
        <source>Enter a complete web address starting with http:// or https://, at most 200 characters.</source>
        <translation>Vul een volledig webadres in dat begint met http:// of https://, hoogstens 200 tekens.</translation>
    </message>
    <message>
        <source>This text may be at most %1 characters long; it has %2.</source>
        <translation>Deze tekst mag hoogstens %1 tekens lang zijn; nu zijn het er %2.</translation>
    </message>
    <message>
        <source>%1 may be at most %2 characters long; it has %3.</source>
        <translation>%1 mag hoogstens %2 tekens lang zijn; nu zijn het er %3.</translation>
    </message>
</context>
<context>
    <name>kcc::app::CommandLineOptions</name>
    <message>
        <source>Work on the separate demo database, filled with demo data on first use. Real records are never touched.</source>
        <translation>Werk in de aparte demodatabase, die bij het eerste gebruik met demogegevens wordt gevuld. Echte gegevens worden nooit aangeraakt.</translation>
    </message>
    <message>
        <source>Open the database file &lt;path&gt;.</source>
        <translation>Open het databasebestand &lt;pad&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <extracomment>Placeholder in the command line help</extracomment>
        <translation>pad</translation>
    </message>
    <message>
        <source>User interface language: nl (Dutch, the default) or en.</source>
        <translation>Taal van de gebruikersinterface: nl (Nederlands, standaard) of en (Engels).</translation>
    </message>
    <message>
        <source>language</source>
        <extracomment>Placeholder in the command line help</extracomment>
        <translation>taal</translation>
    </message>
    <message>
        <source>KCC Werkplek: the workstation of the customer contact centre.</source>
        <translation>KCC Werkplek: de werkplek van het klantcontactcentrum.</translation>
    </message>
    <message>
        <source>Unknown language '%1'; choose nl or en.</source>
        <translation>Onbekende taal '%1'; kies nl of en.</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>Onverwacht argument '%1'.</translation>
    </message>
    <message>
        <source>--demo uses its own database and cannot be combined with --db.</source>
        <translation>--demo gebruikt een eigen database en kan niet samen met --db worden gebruikt.</translation>
    </message>
    <message>
        <source>An incoming call from &lt;number&gt; (also as a tel: URI): the running KCC Werkplek starts a contact and searches it.</source>
        <translation>Een inkomend gesprek van &lt;nummer&gt; (ook als tel:-URI): de draaiende KCC Werkplek start een contact en zoekt het nummer op.</translation>
    </message>
    <message>
        <source>number</source>
        <extracomment>Placeholder in the command line help</extracomment>
        <translation>nummer</translation>
    </message>
    <message>
        <source>'%1' is not a phone number or tel: URI.</source>
        <translation>'%1' is geen telefoonnummer of tel:-URI.</translation>
    </message>
</context>
<context>
    <name>kcc::app::DemoData</name>
    <message>
        <source>Preparing demo data…</source>
        <translation>Demogegevens voorbereiden…</translation>
    </message>
    <message>
        <source>KCC Werkplek — DEMO</source>
        <translation>KCC Werkplek — DEMO</translation>
    </message>
    <message>
        <source>Preparing demo data: %1</source>
        <translation>Demogegevens voorbereiden: %1</translation>
    </message>
    <message>
        <source>KCC-medewerker (demo)</source>
        <translation>KCC-medewerker (demo)</translation>
    </message>
    <message>
        <source>Teamleider KCC (demo)</source>
        <translation>Teamleider KCC (demo)</translation>
    </message>
    <message>
        <source>Medewerker Vergunningen (demo)</source>
        <translation>Medewerker Vergunningen (demo)</translation>
    </message>
</context>
<context>
    <name>kcc::app::Main</name>
    <message>
        <source>KCC Werkplek</source>
        <translation>KCC Werkplek</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.

%2</source>
        <translation>De database %1 kon niet worden geopend.

%2</translation>
    </message>
    <message>
        <source>The demo data could not be prepared.

%1</source>
        <translation>De demogegevens konden niet worden voorbereid.

%1</translation>
    </message>
    <message>
        <source>Demo: sign in as "%1" with password "%2". For the work queues also "supervisor" and "backoffice", same password.</source>
        <translation>Demo: meld u aan als "%1" met wachtwoord "%2". Voor de werkvoorraad ook "supervisor" en "backoffice", zelfde wachtwoord.</translation>
    </message>
</context>
<context>
    <name>kcc::app::SeatDatabase</name>
    <message>
        <source>Sign in with your own account on the KCC's server %1.</source>
        <translation>Meld u aan met uw eigen account op de server van het KCC (%1).</translation>
    </message>
</context>
<context>
    <name>kcc::ctl::ActiviteitenCommand</name>
    <message>
        <source>List the register of verwerkingsactiviteiten (the doelbinding of the verwerkingenlog), or change it as a beheerder: add or change an activity, or choose one for a kanaal (and onderwerp). The beheerder signs in with the password on the first line of standard input.</source>
        <translation>Toon het register van verwerkingsactiviteiten (de doelbinding van het verwerkingenlog), of wijzig het als beheerder: voeg een activiteit toe of wijzig die, of kies er een voor een kanaal (en onderwerp). De beheerder meldt zich aan met het wachtwoord op de eerste regel van de standaardinvoer.</translation>
    </message>
    <message>
        <source>The sign-in name of the beheerder (to change the register).</source>
        <translation>De aanmeldnaam van de beheerder (om het register te wijzigen).</translation>
    </message>
    <message>
        <source>The activity's id in the municipality's register.</source>
        <translation>Het id van de activiteit in het register van de gemeente.</translation>
    </message>
    <message>
        <source>The activity's name.</source>
        <translation>De naam van de activiteit.</translation>
    </message>
    <message>
        <source>The activity's address in the municipality's register.</source>
        <translation>Het adres van de activiteit in het register van de gemeente.</translation>
    </message>
    <message>
        <source>How long its log entries are kept (ISO 8601, e.g. P2Y).</source>
        <translation>Hoe lang de logvermeldingen ervan bewaard blijven (ISO 8601, bijv. P2Y).</translation>
    </message>
    <message>
        <source>Make it the default activity.</source>
        <translation>Maak het de standaardactiviteit.</translation>
    </message>
    <message>
        <source>Use the activity --id for this kanaal, or kanaal:onderwerp.</source>
        <translation>Gebruik de activiteit --id voor dit kanaal, of kanaal:onderwerp.</translation>
    </message>
    <message>
        <source>kccctl: --id is required to change the register.</source>
        <translation>kccctl: --id is verplicht om het register te wijzigen.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(standaard)</translation>
    </message>
    <message>
        <source>kanaal '%1', onderwerp '%2' -&gt; %3</source>
        <translation>kanaal '%1', onderwerp '%2' -&gt; %3</translation>
    </message>
    <message>
        <source>The register of verwerkingsactiviteiten was changed.</source>
        <translation>Het register van verwerkingsactiviteiten is gewijzigd.</translation>
    </message>
</context>
<context>
    <name>kcc::ctl::CheckCommand</name>
    <message>
        <source>Check the database file and the domain rules (every klantcontact has an actor and a betrokkene, every interne taak an actor, no dangling references). Exit 0 only when clean.</source>
        <translation>Controleer het databasebestand en de domeinregels (elk klantcontact heeft een actor en een betrokkene, elke interne taak een actor, geen verwijzingen naar ontbrekende gegevens). Eindigt alleen met 0 als alles in orde is.</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1: geen problemen gevonden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n probleem gevonden.</numerusform>
            <numerusform>%n problemen gevonden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kcc::ctl::CommandSupport</name>
    <message>
        <source>kccctl: cannot open the database %1: %2</source>
        <translation>kccctl: kan de database %1 niet openen: %2</translation>
    </message>
    <message>
        <source>kccctl: unexpected arguments: %1</source>
        <translation>kccctl: onverwachte argumenten: %1</translation>
    </message>
    <message>
        <source>kccctl: the database %1 is opened for reading only, because %2. Nothing can be saved.</source>
        <translation>kccctl: de database %1 is alleen-lezen geopend, omdat %2. Er kan niets worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>kcc::ctl::CopyCommand</name>
    <message>
        <source>Copy this SQLite database (--db) into an empty PostgreSQL database, in one transaction, and verify the copy (the same number of rows in every table, and the check) before it is committed. The PostgreSQL password comes from PGPASSFILE or ~/.pgpass.</source>
        <translation>Kopieer deze SQLite-database (--db) naar een lege PostgreSQL-database, in één transactie, en controleer de kopie (evenveel rijen in elke tabel, en de controle) voordat die wordt vastgelegd. Het PostgreSQL-wachtwoord komt uit PGPASSFILE of ~/.pgpass.</translation>
    </message>
    <message>
        <source>The PostgreSQL database: postgresql://[user@]host[:port]/dbname.</source>
        <translation>De PostgreSQL-database: postgresql://[gebruiker@]host[:poort]/dbnaam.</translation>
    </message>
    <message>
        <source>kccctl copy: --to postgresql://... is required.</source>
        <translation>kccctl copy: --to postgresql://... is verplicht.</translation>
    </message>
    <message>
        <source>kccctl copy: --to must be a postgresql:// address.</source>
        <translation>kccctl copy: --to moet een postgresql://-adres zijn.</translation>
    </message>
    <message>
        <source>kccctl copy: --db must be a SQLite file.</source>
        <translation>kccctl copy: --db moet een SQLite-bestand zijn.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied to %1 and verified in %2 s.</source>
        <translation>
            <numerusform>%n rij gekopieerd naar %1 en gecontroleerd in %2 s.</numerusform>
            <numerusform>%n rijen gekopieerd naar %1 en gecontroleerd in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The verwerkingenlog was copied with its pseudonyms: give every desk on the new database the key file of this SQLite database (%1) through KCC_PSEUDONIEM_SLEUTEL, or look-ups by BSN will not find the old entries.</source>
        <translation>Het verwerkingenlog is met zijn pseudoniemen gekopieerd: geef elke werkplek op de nieuwe database het sleutelbestand van deze SQLite-database (%1) via KCC_PSEUDONIEM_SLEUTEL, anders vindt zoeken op BSN de oude vermeldingen niet meer.</translation>
    </message>
    <message>
        <source>Accounts were copied, but on PostgreSQL every medewerker signs in with their own login: create it with 'kccctl --db URI user add'.</source>
        <translation>De accounts zijn gekopieerd, maar op PostgreSQL meldt elke medewerker zich aan met een eigen aanmelding: maak die aan met 'kccctl --db URI user add'.</translation>
    </message>
</context>
<context>
    <name>kcc::ctl::DemoCommand</name>
    <message>
        <source>Fill an empty database with deterministic Dutch demo data of every resource type.</source>
        <translation>Vul een lege database met vaste Nederlandse demogegevens van elk resourcetype.</translation>
    </message>
    <message>
        <source>Number of partijen (default %1).</source>
        <translation>Aantal partijen (standaard %1).</translation>
    </message>
    <message>
        <source>Number of klantcontacten (default: derived from --partijen).</source>
        <translation>Aantal klantcontacten (standaard: afgeleid van --partijen).</translation>
    </message>
    <message>
        <source>Seed; the same seed and sizes give the same data (default 1).</source>
        <translation>Startwaarde; dezelfde startwaarde en aantallen geven dezelfde gegevens (standaard 1).</translation>
    </message>
    <message>
        <source>kccctl: --%1 needs a whole number, not '%2'.</source>
        <translation>kccctl: --%1 verwacht een geheel getal, niet '%2'.</translation>
    </message>
    <message>
        <source>Demo data written in %1 s; database file %2 MiB.</source>
        <translation>Demogegevens geschreven in %1 s; databasebestand %2 MiB.</translation>
    </message>
    <message>
        <source>Demo data written to %1 in %2 s.</source>
        <translation>Demogegevens in %2 s naar %1 geschreven.</translation>
    </message>
</context>
<context>
    <name>kcc::ctl::DoorstuurCommand</name>
    <message>
        <source>Forward the verwerkingenlog to the municipality's central log (the Verwerkingenlogging API): turn it on with --instellen and --token-bestand, off with --uit, or send what waits. Exits 0 only when nothing is left to send and nothing was refused.</source>
        <translation>Het verwerkingenlog doorsturen naar het centrale log van de gemeente (de Verwerkingenlogging-API): zet het aan met --instellen en --token-bestand, uit met --uit, of verstuur wat wacht. Eindigt alleen met 0 als er niets meer te versturen is en niets is geweigerd.</translation>
    </message>
    <message>
        <source>Turn forwarding on: the base URL of the central log's API.</source>
        <translation>Doorsturen aanzetten: de basis-URL van de API van het centrale log.</translation>
    </message>
    <message>
        <source>The file holding the bearer token for the central log.</source>
        <translation>Het bestand met het bearer-token voor het centrale log.</translation>
    </message>
    <message>
        <source>Turn forwarding off (what waits stays queued).</source>
        <translation>Doorsturen uitzetten (wat wacht, blijft in de wachtrij).</translation>
    </message>
    <message>
        <source>Keep retrying for at most this many seconds (default 60).</source>
        <translation>Hoogstens zoveel seconden opnieuw proberen (standaard 60).</translation>
    </message>
    <message>
        <source>kccctl: '%1' is not an http(s) URL.</source>
        <translation>kccctl: '%1' is geen http(s)-URL.</translation>
    </message>
    <message>
        <source>kccctl: --instellen needs --token-bestand FILE.</source>
        <translation>kccctl: --instellen vraagt ook --token-bestand BESTAND.</translation>
    </message>
    <message>
        <source>kccctl: --wacht needs a whole number of seconds, not '%1'.</source>
        <translation>kccctl: --wacht verwacht een geheel aantal seconden, niet '%1'.</translation>
    </message>
    <message>
        <source>The verwerkingenlog is forwarded to %1.</source>
        <translation>Het verwerkingenlog wordt doorgestuurd naar %1.</translation>
    </message>
    <message>
        <source>The verwerkingenlog is no longer forwarded.</source>
        <translation>Het verwerkingenlog wordt niet meer doorgestuurd.</translation>
    </message>
    <message>
        <source>kccctl: forwarding is not set up; use --instellen URL --token-bestand FILE.</source>
        <translation>kccctl: doorsturen is niet ingesteld; gebruik --instellen URL --token-bestand BESTAND.</translation>
    </message>
    <message>
        <source>kccctl: cannot read the token file %1: %2</source>
        <translation>kccctl: het tokenbestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Waiting: %1, refused: %2 (requests: %3 sent, %4 look-ups).</source>
        <translation>Wachtend: %1, geweigerd: %2 (verzoeken: %3 verstuurd, %4 opzoekingen).</translation>
    </message>
</context>
<context>
    <name>kcc::ctl::DoorstuurStarter</name>
    <message>
        <source>kccctl: %1 is missing; it is installed next to kccctl.</source>
        <translation>kccctl: %1 ontbreekt; het hoort naast kccctl geïnstalleerd te zijn.</translation>
    </message>
</context>
<context>
    <name>kcc::ctl::ExportCommand</name>
    <message>
        <source>Write every resource to DIR as Klantinteracties API v1 JSON, one file per resource.</source>
        <translation>Schrijf elke resource naar MAP als Klantinteracties API v1-JSON, één bestand per resource.</translation>
    </message>
    <message>
        <source>Directory to write the files into (created when missing).</source>
        <translation>Map waarin de bestanden worden geschreven (wordt aangemaakt als die ontbreekt).</translation>
    </message>
    <message>
        <source>Base URL for the 'url' fields (default %1, or $KCC_API_BASE_URL).</source>
        <translation>Basis-URL voor de 'url'-velden (standaard %1, of $KCC_API_BASE_URL).</translation>
    </message>
    <message>
        <source>kccctl export: name the directory to write to.</source>
        <translation>kccctl export: geef de map op waarin geschreven moet worden.</translation>
    </message>
    <message>
        <source>kccctl export: '%1' is not an http(s) URL.</source>
        <translation>kccctl export: '%1' is geen http(s)-URL.</translation>
    </message>
    <message>
        <source>Exported to %1 in %2 s.</source>
        <translation>Geëxporteerd naar %1 in %2 s.</translation>
    </message>
    <message>
        <source>kccctl export: nothing was exported, because the export must first be recorded in the verwerkingenlog and that failed: %1</source>
        <extracomment>%1: why the entry could not be written</extracomment>
        <translation>kccctl export: er is niets geëxporteerd, omdat de export eerst in het verwerkingenlog moet worden vastgelegd en dat is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>kcc::ctl::ImportCommand</name>
    <message>
        <source>Read Klantinteracties API v1 JSON files (as written by 'export' or dumped from an Open Klant server) in one transaction: valid input is imported whole, invalid input is refused whole.</source>
        <translation>Lees Klantinteracties API v1-JSON-bestanden (zoals geschreven door 'export' of opgehaald van een Open Klant-server) in één transactie: geldige invoer wordt helemaal geïmporteerd, ongeldige invoer helemaal geweigerd.</translation>
    </message>
    <message>
        <source>Directory holding partijen.json, klantcontacten.json, ...</source>
        <translation>Map met partijen.json, klantcontacten.json, ...</translation>
    </message>
    <message>
        <source>kccctl import: name the directory to read from.</source>
        <translation>kccctl import: geef de map op waaruit gelezen moet worden.</translation>
    </message>
    <message>
        <source>Imported %1 in %2 s.</source>
        <translation>%1 geïmporteerd in %2 s.</translation>
    </message>
    <message>
        <source>kccctl import: warning: %1</source>
        <translation>kccctl import: waarschuwing: %1</translation>
    </message>
</context>
<context>
    <name>kcc::ctl::InitCommand</name>
    <message>
        <source>Create the database, or migrate it to the current schema.</source>
        <translation>Maak de database aan, of werk het schema bij naar de huidige versie.</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).</source>
        <translation>Database %1 is gereed (schemaversie %2).</translation>
    </message>
</context>
<context>
    <name>kcc::ctl::InzageCommand</name>
    <message>
        <source>Write everything the KCC holds about one person (GDPR art. 15) into DIR: inzage.json in the API's shape and inzage.pdf to hand to the citizen. Only for an account with the privacy officer role; it signs in with the password on the first line of standard input, and the inzage is recorded in the verwerkingenlog first.</source>
        <translation>Schrijf alles wat het KCC over één persoon vastlegt (AVG art. 15) in DIR: inzage.json in de vorm van de API en inzage.pdf om aan de burger te geven. Alleen voor een account met de rol privacyfunctionaris; dat meldt zich aan met het wachtwoord op de eerste regel van de standaardinvoer, en de inzage wordt eerst in het verwerkingenlog vastgelegd.</translation>
    </message>
    <message>
        <source>The person's BSN.</source>
        <translation>Het BSN van de persoon.</translation>
    </message>
    <message>
        <source>The partij's uuid.</source>
        <translation>De uuid van de partij.</translation>
    </message>
    <message>
        <source>The sign-in name of the privacy officer.</source>
        <translation>De aanmeldnaam van de privacyfunctionaris.</translation>
    </message>
    <message>
        <source>The folder to write into (made 0700 when missing).</source>
        <translation>De map om in te schrijven (aangemaakt met 0700 als die ontbreekt).</translation>
    </message>
    <message>
        <source>Base URL of the Klantinteracties API for the 'url' fields (default %1).</source>
        <translation>Basis-URL van de Klantinteracties-API voor de 'url'-velden (standaard %1).</translation>
    </message>
    <message>
        <source>Base URL of the Verwerkingenlogging API for the log's 'url' fields (default %1).</source>
        <translation>Basis-URL van de Verwerkingenlogging-API voor de 'url'-velden van het log (standaard %1).</translation>
    </message>
    <message>
        <source>Language of the PDF: nl (default) or en.</source>
        <translation>Taal van de PDF: nl (standaard) of en.</translation>
    </message>
    <message>
        <source>kccctl: give either --bsn or --partij.</source>
        <translation>kccctl: geef --bsn of --partij op, niet allebei.</translation>
    </message>
    <message>
        <source>kccctl: give one folder (DIR) to write the inzage into.</source>
        <translation>kccctl: geef één map (DIR) op om de inzage in te schrijven.</translation>
    </message>
    <message>
        <source>kccctl: --gebruiker is required: the privacy officer's sign-in name.</source>
        <translation>kccctl: --gebruiker is verplicht: de aanmeldnaam van de privacyfunctionaris.</translation>
    </message>
    <message>
        <source>kccctl: '%1' is not a partij uuid.</source>
        <translation>kccctl: '%1' is geen uuid van een partij.</translation>
    </message>
    <message>
        <source>kccctl: '%1' is not an http(s) URL.</source>
        <translation>kccctl: '%1' is geen http(s)-URL.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschreven: %1</translation>
    </message>
</context>
<context>
    <name>kcc::ctl::Kccctl</name>
    <message>
        <source>kccctl: unknown command '%1'.</source>
        <translation>kccctl: onbekende opdracht '%1'.</translation>
    </message>
    <message>
        <source>kccctl: --db needs a file path or a postgresql:// address.</source>
        <translation>kccctl: --db verwacht een bestandspad of een postgresql://-adres.</translation>
    </message>
    <message>
        <source>Usage: kccctl [--db PATH] &lt;command&gt; [options]

Commands:
  init                      create the database or bring its schema up to date
  demo [--partijen N] [--klantcontacten M] [--seed S]
                            fill an empty database with demo data
  export DIR [--base-url URL]
                            write every resource as Klantinteracties API JSON
  import DIR                read such files into the database (all or nothing)
  check                     integrity check and domain invariants
  search QUERY [--limit N] [--json]
                            find partijen by name, BSN, KvK, phone, e-mail, postcode
  taken [--actor NAME|--afdeling NAME] [--status te_verwerken|verwerkt] [--json]
                            list interne taken, oldest first, overdue ones marked
  verwerkingen --bsn BSN|--partij UUID --gebruiker NAME [--van DATE] [--tot DATE] [--json]
                            the verwerkingenlog about one person (privacy officer)
  verwerkingen-opschonen    remove log entries past their bewaartermijn
  verwerkingen-doorsturen [--instellen URL --token-bestand FILE|--uit] [--wacht S]
                            send the verwerkingenlog on to the municipality's central log
  inzage --bsn BSN|--partij UUID --gebruiker NAME DIR
                            everything about one person as JSON and PDF (privacy officer)
  vergeet --bsn BSN|--partij UUID --gebruiker NAME
                            erase one person's data, keeping anonymous statistics (privacy officer)
  verwerkingsactiviteiten [--gebruiker NAME ...]
                            the register of processing activities (beheerder changes it)
  user add NAME --role ROLE[,ROLE...] --password-file FILE --functie TEXT --telefoon NR [--afdeling NAME]...
                            a medewerker with an account (and, on PostgreSQL, a login)
  copy --to URI             copy this SQLite database into an empty PostgreSQL database
  sync push [--all]|pull|status [--base-url URL] [--token-file FILE]
                            stay in step with the municipality's Open Klant

The database is --db PATH|URI, else $KCC_DB, else the file kcc-werkplek uses:
  %1
Run 'kccctl &lt;command&gt; --help' for the options of a command.
</source>
        <translation>Gebruik: kccctl [--db PAD] &lt;opdracht&gt; [opties]

Opdrachten:
  init                      maak de database aan of breng het schema bij
  demo [--partijen N] [--klantcontacten M] [--seed S]
                            vul een lege database met demogegevens
  export DIR [--base-url URL]
                            schrijf elke resource als Klantinteracties-API-JSON
  import DIR                lees zulke bestanden in de database in (alles of niets)
  check                     integriteitscontrole en domeinregels
  search QUERY [--limit N] [--json]
                            zoek partijen op naam, BSN, KvK, telefoon, e-mail, postcode
  taken [--actor NAAM|--afdeling NAAM] [--status te_verwerken|verwerkt] [--json]
                            toon interne taken, oudste eerst, te late gemarkeerd
  verwerkingen --bsn BSN|--partij UUID --gebruiker NAAM [--van DATUM] [--tot DATUM] [--json]
                            het verwerkingenlog over één persoon (privacyfunctionaris)
  verwerkingen-opschonen    verwijder logvermeldingen waarvan de bewaartermijn is verstreken
  verwerkingen-doorsturen [--instellen URL --token-bestand BESTAND|--uit] [--wacht S]
                            stuur het verwerkingenlog door naar het centrale log van de gemeente
  inzage --bsn BSN|--partij UUID --gebruiker NAAM DIR
                            alles over één persoon als JSON en PDF (privacyfunctionaris)
  vergeet --bsn BSN|--partij UUID --gebruiker NAAM
                            wis de gegevens van één persoon; anonieme statistiek blijft (privacyfunctionaris)
  verwerkingsactiviteiten [--gebruiker NAAM ...]
                            het register van verwerkingsactiviteiten (de beheerder wijzigt het)
  user add NAAM --role ROL[,ROL...] --password-file BESTAND --functie TEKST --telefoon NR [--afdeling NAAM]...
                            een medewerker met een account (en op PostgreSQL een eigen aanmelding)
  copy --to URI             kopieer deze SQLite-database naar een lege PostgreSQL-database
  sync push [--all]|pull|status [--base-url URL] [--token-file BESTAND]
                            blijf gelijk met Open Klant van de gemeente

De database is --db PAD|URI, anders $KCC_DB, anders het bestand dat kcc-werkplek gebruikt:
  %1
Voer 'kccctl &lt;opdracht&gt; --help' uit voor de opties van een opdracht.
</translation>
    </message>
</context>
<context>
    <name>kcc::ctl::SearchCommand</name>
    <message>
        <source>Find partijen by name, BSN, KvK-nummer, phone number, e-mail address, postcode (+ huisnummer) or number, as the werkplek's search box does. Best matches first.</source>
        <translation>Zoek partijen op naam, BSN, KvK-nummer, telefoonnummer, e-mailadres, postcode (+ huisnummer) of nummer, zoals het zoekveld van de werkplek. Beste treffers eerst.</translation>
    </message>
    <message>
        <source>What to look for; several words are one query.</source>
        <translation>Waarnaar gezocht wordt; meerdere woorden vormen één zoekvraag.</translation>
    </message>
    <message>
        <source>At most N results (1..1000, default 20).</source>
        <translation>Hoogstens N resultaten (1..1000, standaard 20).</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Toon een JSON-array in plaats van een tabel.</translation>
    </message>
    <message>
        <source>Rebuild the search index first (after a bulk load that suspended it).</source>
        <translation>Bouw eerst de zoekindex opnieuw op (na een bulklading die de index heeft onderbroken).</translation>
    </message>
    <message>
        <source>kccctl: --limit needs a whole number from 1 to 1000, not '%1'.</source>
        <translation>kccctl: --limit verwacht een geheel getal van 1 tot 1000, niet '%1'.</translation>
    </message>
    <message>
        <source>kccctl: search needs a query, e.g. kccctl search "van den berg".</source>
        <translation>kccctl: search verwacht een zoekvraag, bijv. kccctl search "van den berg".</translation>
    </message>
    <message>
        <source>Search index rebuilt in %1 s.</source>
        <translation>Zoekindex opnieuw opgebouwd in %1 s.</translation>
    </message>
    <message>
        <source>Warning: the search index is suspended (a bulk load did not finish); names added since are not found. Run kccctl search --rebuild-index.</source>
        <translation>Waarschuwing: de zoekindex is onderbroken (een bulklading is niet afgerond); namen die sindsdien zijn toegevoegd worden niet gevonden. Voer kccctl search --rebuild-index uit.</translation>
    </message>
    <message>
        <source>No partij found.</source>
        <translation>Geen partij gevonden.</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Gevonden op</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>niet actief</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>geheimhouding</translation>
    </message>
    <message>
        <source>Open Klant</source>
        <translation>Open Klant</translation>
    </message>
</context>
<context>
    <name>kcc::ctl::SyncCommand</name>
    <message>
        <source>Stay in step with the municipality's Open Klant. push: send what waits (--all: first queue every local record the server does not have yet); exits 0 only when nothing is left. pull: refresh the actoren, the partijen known on the server with their history, and the open interne taken of this desk's actoren and afdelingen. status: what waits and what the server refused, with its reasons.</source>
        <translation>Blijf gelijk met Open Klant van de gemeente. push: verstuur wat wacht (--all: zet eerst elk lokaal record klaar dat de server nog niet heeft); eindigt alleen met 0 als er niets meer over is. pull: haal de actoren, de op de server bekende partijen met hun geschiedenis en de openstaande interne taken van de actoren en afdelingen van deze werkplek opnieuw op. status: wat wacht en wat de server weigerde, met de redenen.</translation>
    </message>
    <message>
        <source>push, pull or status.</source>
        <translation>push, pull of status.</translation>
    </message>
    <message>
        <source>The Klantinteracties API's base URL (else $KCC_SYNC_BASE_URL), e.g. https://openklant.example.nl/klantinteracties/api/v1.</source>
        <translation>De basis-URL van de Klantinteracties-API (anders $KCC_SYNC_BASE_URL), bijvoorbeeld https://openklant.example.nl/klantinteracties/api/v1.</translation>
    </message>
    <message>
        <source>The file holding the API token, readable by its owner only (else $KCC_SYNC_TOKEN_FILE).</source>
        <translation>Het bestand met het API-token, alleen leesbaar voor de eigenaar (anders $KCC_SYNC_TOKEN_FILE).</translation>
    </message>
    <message>
        <source>push: first queue every local record the server does not have yet.</source>
        <translation>push: zet eerst elk lokaal record klaar dat de server nog niet heeft.</translation>
    </message>
    <message>
        <source>push: keep retrying for at most this many seconds (default 60).</source>
        <translation>push: blijf het hoogstens zoveel seconden opnieuw proberen (standaard 60).</translation>
    </message>
    <message>
        <source>kccctl: sync needs push, pull or status, not '%1'.</source>
        <translation>kccctl: sync verwacht push, pull of status, niet '%1'.</translation>
    </message>
    <message>
        <source>kccctl: sync lookup needs bsn, kvk, telefoon or email and a value.</source>
        <translation>kccctl: sync lookup verwacht bsn, kvk, telefoon of email en een waarde.</translation>
    </message>
    <message>
        <source>kccctl: --wacht needs a whole number of seconds, not '%1'.</source>
        <translation>kccctl: --wacht verwacht een geheel aantal seconden, niet '%1'.</translation>
    </message>
    <message>
        <source>kccctl: sync is not set up: give --base-url URL and --token-file FILE (or set KCC_SYNC_BASE_URL and KCC_SYNC_TOKEN_FILE).</source>
        <translation>kccctl: synchronisatie is niet ingesteld: geef --base-url URL en --token-file BESTAND (of zet KCC_SYNC_BASE_URL en KCC_SYNC_TOKEN_FILE).</translation>
    </message>
    <message>
        <source>kccctl: '%1' is not an http(s) URL.</source>
        <translation>kccctl: '%1' is geen http(s)-URL.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n record(s) the server does not have yet.</source>
        <translation>
            <numerusform>%n record klaargezet dat de server nog niet heeft.</numerusform>
            <numerusform>%n records klaargezet die de server nog niet heeft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting: %1, refused: %2, sent: %3.</source>
        <translation>Wachtend: %1, geweigerd: %2, verzonden: %3.</translation>
    </message>
    <message>
        <source>Requests: %1 sent, %2 look-ups.</source>
        <translation>Verzoeken: %1 verzonden, %2 opzoekingen.</translation>
    </message>
    <message>
        <source>Refused: %1 %2: %3</source>
        <translation>Geweigerd: %1 %2: %3</translation>
    </message>
    <message>
        <source>Pulled: %1 record(s) stored or updated (%2 requests).</source>
        <translation>Opgehaald: %1 record(s) opgeslagen of bijgewerkt (%2 verzoeken).</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>kccctl: the token file %1 does not exist.</source>
        <translation>kccctl: het tokenbestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>kccctl: the token file %1 may be read by others; make it readable by its owner only (chmod 600).</source>
        <translation>kccctl: het tokenbestand %1 is ook voor anderen leesbaar; maak het alleen leesbaar voor de eigenaar (chmod 600).</translation>
    </message>
    <message>
        <source>kccctl: the token file %1 cannot be read: %2</source>
        <translation>kccctl: het tokenbestand %1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>kccctl: the token file %1 must hold the token on one line.</source>
        <translation>kccctl: het tokenbestand %1 moet het token op één regel bevatten.</translation>
    </message>
</context>
<context>
    <name>kcc::ctl::SyncStarter</name>
    <message>
        <source>kccctl: %1 is missing; it is installed next to kccctl.</source>
        <translation>kccctl: %1 ontbreekt; het wordt naast kccctl geïnstalleerd.</translation>
    </message>
</context>
<context>
    <name>kcc::ctl::TakenCommand</name>
    <message>
        <source>List interne taken, oldest first, with the same filters as the werkplek's work queues. Overdue tasks (older than the norm of their handeling in working days) are marked.</source>
        <translation>Toon interne taken, oudste eerst, met dezelfde filters als de werkvoorraad van de werkplek. Te late taken (ouder dan de norm van hun handeling in werkdagen) worden gemarkeerd.</translation>
    </message>
    <message>
        <source>Only tasks assigned to this colleague (exact name).</source>
        <translation>Alleen taken die aan deze collega zijn toegewezen (exacte naam).</translation>
    </message>
    <message>
        <source>Only tasks assigned to this afdeling (exact name).</source>
        <translation>Alleen taken die aan deze afdeling zijn toegewezen (exacte naam).</translation>
    </message>
    <message>
        <source>Only tasks with this status: te_verwerken or verwerkt.</source>
        <translation>Alleen taken met deze status: te_verwerken of verwerkt.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Toon een JSON-array in plaats van een tabel.</translation>
    </message>
    <message>
        <source>kccctl: use --actor or --afdeling, not both.</source>
        <translation>kccctl: gebruik --actor of --afdeling, niet allebei.</translation>
    </message>
    <message>
        <source>kccctl: --status must be te_verwerken or verwerkt, not '%1'.</source>
        <translation>kccctl: --status moet te_verwerken of verwerkt zijn, niet '%1'.</translation>
    </message>
    <message>
        <source>kccctl: taken takes no arguments besides its options: %1</source>
        <translation>kccctl: taken verwacht geen argumenten naast de opties: %1</translation>
    </message>
    <message>
        <source>No tasks found.</source>
        <translation>Geen taken gevonden.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>Toegewezen op</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>Gevraagde handeling</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Onderwerp</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n taak</numerusform>
            <numerusform>%n taken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kcc::ctl::UserCommand</name>
    <message>
        <source>Add a medewerker who signs in: the actor, the account and, on PostgreSQL, their own database login in the group roles of their roles.</source>
        <translation>Voeg een medewerker toe die zich aanmeldt: de actor, het account en op PostgreSQL een eigen database-aanmelding in de groepsrollen van zijn of haar rollen.</translation>
    </message>
    <message>
        <source>kccctl: cannot read the password from %1: %2</source>
        <translation>kccctl: kan het wachtwoord niet lezen uit %1: %2</translation>
    </message>
    <message>
        <source>Added %1 (%2) with a PostgreSQL login.</source>
        <translation>%1 (%2) toegevoegd, met een PostgreSQL-aanmelding.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 (%2) toegevoegd.</translation>
    </message>
    <message>
        <source>kccctl (beheer)</source>
        <translation>kccctl (beheer)</translation>
    </message>
    <message>
        <source>kccctl: usage: kccctl user add NAME --role ROLE[,ROLE...] --password-file FILE --functie TEXT --telefoon NUMBER [--afdeling NAME]...</source>
        <translation>kccctl: gebruik: kccctl user add NAAM --role ROL[,ROL...] --password-file BESTAND --functie TEKST --telefoon NUMMER [--afdeling NAAM]...</translation>
    </message>
</context>
<context>
    <name>kcc::ctl::VergeetCommand</name>
    <message>
        <source>Erase one person's data (GDPR art. 17) in one transaction: names, addresses, contact details and identificatoren go, the klantcontacten and taken stay anonymised, so the statistics stay the same. Then the freed space and the WAL are wiped. Only for an account with the privacy officer role; it signs in with the password on the first line of standard input, and the erasure is recorded in the verwerkingenlog first.</source>
        <translation>Wis de gegevens van één persoon (AVG art. 17) in één transactie: namen, adressen, contactgegevens en identificatoren verdwijnen, de klantcontacten en taken blijven geanonimiseerd bestaan, zodat de statistiek gelijk blijft. Daarna worden de vrijgekomen ruimte en de WAL gewist. Alleen voor een account met de rol privacyfunctionaris; dat meldt zich aan met het wachtwoord op de eerste regel van de standaardinvoer, en het wissen wordt eerst in het verwerkingenlog vastgelegd.</translation>
    </message>
    <message>
        <source>Only wipe the freed space and the WAL (when an earlier erasure found the database in use).</source>
        <translation>Wis alleen de vrijgekomen ruimte en de WAL (als de database bij een eerdere wisopdracht in gebruik was).</translation>
    </message>
    <message>
        <source>Erased: partij %1; %2 betrokkenen in %3 klantcontacten anonymised; %4 digitale adressen, %5 identificatoren, %6 rekeningnummers and %7 drafts removed (%8 ms).</source>
        <translation>Gewist: partij %1; %2 betrokkenen in %3 klantcontacten geanonimiseerd; %4 digitale adressen, %5 identificatoren, %6 rekeningnummers en %7 concepten verwijderd (%8 ms).</translation>
    </message>
    <message>
        <source>kccctl: the erasure is done, but the freed space is not wiped yet: %1</source>
        <translation>kccctl: de gegevens zijn gewist, maar de vrijgekomen ruimte nog niet: %1</translation>
    </message>
    <message>
        <source>The freed space and the WAL are wiped.</source>
        <translation>De vrijgekomen ruimte en de WAL zijn gewist.</translation>
    </message>
</context>
<context>
    <name>kcc::ctl::VerwerkingenCommand</name>
    <message>
        <source>Show the verwerkingenlog about one person: who looked at their data, when and why. Only for an account with the privacy officer role; it signs in with the password on the first line of standard input, and this reading is itself recorded in the log.</source>
        <translation>Toon het verwerkingenlog over één persoon: wie hun gegevens heeft ingezien, wanneer en waarom. Alleen voor een account met de rol privacyfunctionaris; dat meldt zich aan met het wachtwoord op de eerste regel van de standaardinvoer, en ook dit inzien wordt in het log vastgelegd.</translation>
    </message>
    <message>
        <source>The person's BSN.</source>
        <translation>Het BSN van de persoon.</translation>
    </message>
    <message>
        <source>The partij's uuid.</source>
        <translation>De uuid van de partij.</translation>
    </message>
    <message>
        <source>The sign-in name of the privacy officer.</source>
        <translation>De aanmeldnaam van de privacyfunctionaris.</translation>
    </message>
    <message>
        <source>Only entries on or after this date (yyyy-MM-dd).</source>
        <translation>Alleen vermeldingen op of na deze datum (jjjj-MM-dd).</translation>
    </message>
    <message>
        <source>Only entries before this date (yyyy-MM-dd).</source>
        <translation>Alleen vermeldingen vóór deze datum (jjjj-MM-dd).</translation>
    </message>
    <message>
        <source>Print the entries as the Verwerkingenlogging API answers them (JSON) instead of a table.</source>
        <translation>Druk de vermeldingen af zoals de Verwerkingenlogging-API ze geeft (JSON) in plaats van een tabel.</translation>
    </message>
    <message>
        <source>Base URL of the log API for the 'url' fields (default %1).</source>
        <translation>Basis-URL van de log-API voor de 'url'-velden (standaard %1).</translation>
    </message>
    <message>
        <source>kccctl: give either --bsn or --partij.</source>
        <translation>kccctl: geef --bsn of --partij op, niet allebei.</translation>
    </message>
    <message>
        <source>kccctl: --gebruiker is required: the privacy officer's sign-in name.</source>
        <translation>kccctl: --gebruiker is verplicht: de aanmeldnaam van de privacyfunctionaris.</translation>
    </message>
    <message>
        <source>kccctl: '%1' is not a date (yyyy-MM-dd).</source>
        <translation>kccctl: '%1' is geen datum (jjjj-MM-dd).</translation>
    </message>
    <message>
        <source>kccctl: '%1' is not a partij uuid.</source>
        <translation>kccctl: '%1' is geen uuid van een partij.</translation>
    </message>
    <message>
        <source>No entries about this person.</source>
        <translation>Geen vermeldingen over deze persoon.</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Vermeldingen: %1</translation>
    </message>
    <message>
        <source>Remove the entries of the verwerkingenlog whose bewaartermijn has passed; the purge is recorded.</source>
        <translation>Verwijder de vermeldingen in het verwerkingenlog waarvan de bewaartermijn is verstreken; de opschoning wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Expired entries removed from the verwerkingenlog: %1</source>
        <translation>Verlopen vermeldingen verwijderd uit het verwerkingenlog: %1</translation>
    </message>
</context>
<context>
    <name>kcc::storage::BulkStatement</name>
    <message>
        <source>A bulk load needs an open SQLite database.</source>
        <translation>Een bulklading heeft een geopende SQLite-database nodig.</translation>
    </message>
</context>
<context>
    <name>kcc::storage::CheckConstraints</name>
    <message>
        <source>checking the rules of the database</source>
        <translation>het controleren van de regels van de database</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1 break a rule of the database.</source>
        <translation>
            <numerusform>%n record in %1 overtreedt een regel van de database.</numerusform>
            <numerusform>%n records in %1 overtreden een regel van de database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kcc::storage::Database</name>
    <message>
        <source>Could not configure the database (%1): %2</source>
        <translation>De database kon niet worden ingesteld (%1): %2</translation>
    </message>
    <message>
        <source>Could not configure the database (%1): the result was "%2".</source>
        <translation>De database kon niet worden ingesteld (%1): het resultaat was "%2".</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>De database %1 kon niet worden geopend: %2</translation>
    </message>
    <message>
        <source>Could not read the database %1 (is it a KCC Werkplek database?): %2</source>
        <translation>De database %1 kon niet worden gelezen (is het een database van KCC Werkplek?): %2</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of KCC Werkplek (schema version %2; this program knows up to version %3). Please update the program. The file was not changed.</source>
        <translation>De database %1 is gemaakt door een nieuwere versie van KCC Werkplek (schemaversie %2; dit programma kent versies tot en met %3). Werk het programma bij. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2 and needs an upgrade to version %3, which was not allowed here. The file was not changed.</source>
        <translation>De database %1 heeft schemaversie %2 en moet worden bijgewerkt naar versie %3, maar dat was hier niet toegestaan. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>the file is not writable for this user (%1)</source>
        <translation>het bestand niet beschrijfbaar is voor deze gebruiker (%1)</translation>
    </message>
    <message>
        <source>%1 is not writable for this user (%2)</source>
        <translation>%1 niet beschrijfbaar is voor deze gebruiker (%2)</translation>
    </message>
    <message>
        <source>its folder %1 is not writable for this user (%2)</source>
        <translation>de map %1 niet beschrijfbaar is voor deze gebruiker (%2)</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: %2. Nothing can be saved; ask the administrator for write access. Commands that only read (check, export, search) still work.</source>
        <translation>De database %1 kan niet worden beschreven, omdat %2. Er kan niets worden opgeslagen; vraag de beheerder om schrijfrechten. Opdrachten die alleen lezen (check, export, search) werken wel.</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>hij alleen-lezen is geopend</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>De database %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read by this user: its newest changes are still in %1-wal, which SQLite can only read for a user who can write there (%2). Ask the administrator to open it once with write access (for example with kccctl check), then try again.</source>
        <translation>De database %1 kan door deze gebruiker niet worden gelezen: de nieuwste wijzigingen staan nog in %1-wal, dat SQLite alleen kan lezen voor een gebruiker die daar mag schrijven (omdat %2). Vraag de beheerder de database eenmaal met schrijfrechten te openen (bijvoorbeeld met kccctl check) en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2 and needs an upgrade to version %3, but it cannot be written: %4. The file was not changed.</source>
        <translation>De database %1 heeft schemaversie %2 en moet worden bijgewerkt naar versie %3, maar hij kan niet worden beschreven, omdat %4. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>the user name or password was not accepted</source>
        <translation>de gebruikersnaam of het wachtwoord werd niet geaccepteerd</translation>
    </message>
    <message>
        <source>the server asks for a password, and none was given or found in PGPASSFILE or ~/.pgpass</source>
        <translation>de server vraagt om een wachtwoord, en er is er geen opgegeven of gevonden in PGPASSFILE of ~/.pgpass</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>de server is niet bereikbaar (%1)</translation>
    </message>
    <message>
        <source>%1; ask the administrator to create it (kccctl init)</source>
        <translation>%1; vraag de beheerder om deze aan te maken (kccctl init)</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: Qt's PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>Deze installatie kan PostgreSQL niet bereiken: het PostgreSQL-stuurprogramma van Qt ontbreekt (Debian-pakket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not connect to the KCC database %1: %2.</source>
        <translation>Kon geen verbinding maken met de KCC-database %1: %2.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of KCC Werkplek (schema version %2; this program knows up to version %3). Please update the program. The database was not changed.</source>
        <translation>De database %1 is gemaakt door een nieuwere versie van KCC Werkplek (schemaversie %2; dit programma kent tot versie %3). Werk het programma bij. De database is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2 and needs an upgrade to version %3, which was not allowed here. The database was not changed.</source>
        <translation>De database %1 heeft schemaversie %2 en moet worden bijgewerkt naar versie %3, maar dat mocht hier niet. De database is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>kcc::storage::DatabaseAddress</name>
    <message>
        <source>"%1" is neither a file nor a PostgreSQL address. Give a file path for a database on this desk, or postgresql://user@host:port/database for the KCC's shared server.</source>
        <translation>"%1" is geen bestand en geen PostgreSQL-adres. Geef een bestandspad voor een database op deze werkplek, of postgresql://gebruiker@host:poort/database voor de gedeelde server van het KCC.</translation>
    </message>
    <message>
        <source>The PostgreSQL address "%1" cannot be read; it should look like postgresql://user@host:5432/database.</source>
        <translation>Het PostgreSQL-adres "%1" is niet leesbaar; het hoort eruit te zien als postgresql://gebruiker@host:5432/database.</translation>
    </message>
    <message>
        <source>The PostgreSQL address contains a password. Leave it out: put it in the file named by PGPASSFILE (or ~/.pgpass), or let the program ask for it.</source>
        <translation>Het PostgreSQL-adres bevat een wachtwoord. Laat het weg: zet het in het bestand dat PGPASSFILE noemt (of ~/.pgpass), of laat het programma erom vragen.</translation>
    </message>
    <message>
        <source>The PostgreSQL address "%1" names no database; add it after the host, e.g. postgresql://%2/kcc.</source>
        <translation>Het PostgreSQL-adres "%1" noemt geen database; zet die achter de host, bijvoorbeeld postgresql://%2/kcc.</translation>
    </message>
    <message>
        <source>The PostgreSQL address has an option this program does not know: %1=%2 (known: sslmode=%3).</source>
        <translation>Het PostgreSQL-adres heeft een optie die dit programma niet kent: %1=%2 (bekend: sslmode=%3).</translation>
    </message>
</context>
<context>
    <name>kcc::storage::DatabaseCopy</name>
    <message>
        <source>Copying %1 failed: %2</source>
        <translation>Het kopiëren van %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>reading the source failed</source>
        <translation>het lezen van de bron is mislukt</translation>
    </message>
    <message>
        <source>count rows</source>
        <translation>rijen tellen</translation>
    </message>
    <message>
        <source>The target database has no table %1; is it at the same version?</source>
        <translation>De doeldatabase heeft geen tabel %1; heeft die dezelfde versie?</translation>
    </message>
    <message numerus="yes">
        <source>The target database already holds records (%n in %1); a copy only fills an empty database.</source>
        <translation>
            <numerusform>De doeldatabase bevat al gegevens (%n in %1); een kopie vult alleen een lege database.</numerusform>
            <numerusform>De doeldatabase bevat al gegevens (%n in %1); een kopie vult alleen een lege database.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source's table %1 has no column %2.</source>
        <translation>De tabel %1 van de bron heeft geen kolom %2.</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 in the target.</source>
        <translation>%1: %2 rijen gelezen, %3 in het doel.</translation>
    </message>
    <message>
        <source>The copy does not pass the check; nothing was written:
%1</source>
        <translation>De kopie doorstaat de controle niet; er is niets geschreven:
%1</translation>
    </message>
    <message>
        <source>A copy goes from a SQLite file to a PostgreSQL database.</source>
        <translation>Een kopie gaat van een SQLite-bestand naar een PostgreSQL-database.</translation>
    </message>
    <message>
        <source>The two databases are at different schema versions (%1 and %2).</source>
        <translation>De twee databases hebben verschillende schemaversies (%1 en %2).</translation>
    </message>
    <message>
        <source>The source does not pass the check (kccctl check); fix it first:
%1</source>
        <translation>De bron doorstaat de controle niet (kccctl check); herstel dat eerst:
%1</translation>
    </message>
    <message>
        <source>The PostgreSQL connection cannot copy.</source>
        <translation>De PostgreSQL-verbinding kan niet kopiëren.</translation>
    </message>
    <message>
        <source>replace the seeded rows</source>
        <translation>de standaardrijen vervangen</translation>
    </message>
    <message>
        <source>update the statistics</source>
        <translation>de statistieken bijwerken</translation>
    </message>
</context>
<context>
    <name>kcc::storage::DemoLoader</name>
    <message>
        <source>The number of partijen for demo data must be between 1 and %L1.</source>
        <translation>Het aantal partijen voor demogegevens moet tussen 1 en %L1 liggen.</translation>
    </message>
    <message>
        <source>The number of klantcontacten for demo data must be between 0 and %L1.</source>
        <translation>Het aantal klantcontacten voor demogegevens moet tussen 0 en %L1 liggen.</translation>
    </message>
    <message>
        <source>The database already holds records. Demo data is only loaded into an empty database, so that it never mixes with real records.</source>
        <translation>De database bevat al gegevens. Demogegevens worden alleen in een lege database geladen, zodat ze nooit met echte gegevens vermengd raken.</translation>
    </message>
    <message>
        <source>Preparing the database</source>
        <translation>Database voorbereiden</translation>
    </message>
    <message>
        <source>Writing demo records</source>
        <translation>Demogegevens schrijven</translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation>Indexen opbouwen</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>Zoekindex opbouwen</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Checking references</source>
        <translation>Verwijzingen controleren</translation>
    </message>
    <message>
        <source>The demo data refers to records that do not exist; nothing was written. %1</source>
        <translation>De demogegevens verwijzen naar records die niet bestaan; er is niets geschreven. %1</translation>
    </message>
    <message>
        <source>building indexes</source>
        <translation>indexen opbouwen</translation>
    </message>
    <message>
        <source>No scratch folder for the demo data: %1</source>
        <translation>Geen tijdelijke map voor de demogegevens: %1</translation>
    </message>
    <message>
        <source>Copying to PostgreSQL</source>
        <translation>Kopiëren naar PostgreSQL</translation>
    </message>
</context>
<context>
    <name>kcc::storage::DemoWerkvoorraad</name>
    <message>
        <source>preparing the demo work queues</source>
        <translation>voorbereiden van de demowerkvoorraad</translation>
    </message>
    <message>
        <source>The demo data has no afdelingen KCC and Vergunningen.</source>
        <translation>De demogegevens bevatten geen afdelingen KCC en Vergunningen.</translation>
    </message>
</context>
<context>
    <name>kcc::storage::DoorstuurUitbox</name>
    <message>
        <source>read whether the verwerkingenlog is forwarded</source>
        <translation>het lezen of het verwerkingenlog wordt doorgestuurd</translation>
    </message>
    <message>
        <source>queue the verwerkingsactie for the central log</source>
        <translation>het klaarzetten van de verwerkingsactie voor het centrale log</translation>
    </message>
    <message>
        <source>change the forwarding of the verwerkingenlog</source>
        <translation>het wijzigen van het doorsturen van het verwerkingenlog</translation>
    </message>
    <message>
        <source>read the forwarding of the verwerkingenlog</source>
        <translation>het lezen van het doorsturen van het verwerkingenlog</translation>
    </message>
    <message>
        <source>read the queue of the central log</source>
        <translation>het lezen van de wachtrij voor het centrale log</translation>
    </message>
    <message>
        <source>update the queue of the central log</source>
        <translation>het bijwerken van de wachtrij voor het centrale log</translation>
    </message>
</context>
<context>
    <name>kcc::storage::Exporter</name>
    <message>
        <source>reading %1</source>
        <translation>het lezen van %1</translation>
    </message>
    <message>
        <source>The export of %1 was stopped: the related records could not be matched to their owners. Nothing was written.</source>
        <translation>De export van %1 is gestopt: de bijbehorende gegevens konden niet aan hun eigenaren worden gekoppeld. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>A partij identificator could not be read. Nothing was written.</source>
        <translation>Een partij-identificator kon niet worden gelezen. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>An actor of a klantcontact could not be read. Nothing was written.</source>
        <translation>Een actor van een klantcontact kon niet worden gelezen. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>The export folder %1 is not a folder. Nothing was written.</source>
        <translation>De exportmap %1 is geen map. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>The export folder %1 can be changed by other users, who could redirect the files. Choose a folder that only you can write to. Nothing was written.</source>
        <translation>De exportmap %1 kan door andere gebruikers worden gewijzigd, die de bestanden zouden kunnen omleiden. Kies een map waarin alleen u kunt schrijven. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>Could not check %1: %2. Nothing was written.</source>
        <translation>Kon %1 niet controleren: %2. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link. The export writes only files of its own and does not follow links; remove it or choose another folder. Nothing was written.</source>
        <translation>%1 is een symbolische koppeling. De export schrijft alleen eigen bestanden en volgt geen koppelingen; verwijder de koppeling of kies een andere map. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; remove it or choose another folder. Nothing was written.</source>
        <translation>%1 is geen gewoon bestand; verwijder het of kies een andere map. Er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>kcc::storage::Importer</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Het bestand kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1: %2).</source>
        <translation>Het bestand is geen geldige JSON (bij byte %1: %2).</translation>
    </message>
    <message>
        <source>The file must contain a JSON array of objects.</source>
        <translation>Het bestand moet een JSON-array van objecten bevatten.</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Een object verwacht.</translation>
    </message>
    <message>
        <source>The id %1 is used more than once (also at %2).</source>
        <translation>Het id %1 komt meer dan eens voor (ook bij %2).</translation>
    </message>
    <message>
        <source>A record with id %1 already exists in %2 in the database.</source>
        <translation>Er bestaat al een record met id %1 in %2 in de database.</translation>
    </message>
    <message>
        <source>%1 %2 does not exist, neither in this import nor in the database.</source>
        <translation>%1 %2 bestaat niet, niet in deze import en niet in de database.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The import folder %1 does not exist.</source>
        <translation>De importmap %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The number %1 is used more than once (also at %2).</source>
        <translation>Het nummer %1 komt meer dan eens voor (ook bij %2).</translation>
    </message>
    <message>
        <source>The number %1 already belongs to %2 in the database.</source>
        <translation>Het nummer %1 hoort in de database al bij %2.</translation>
    </message>
    <message>
        <source>A subIdentificatorVan must be a kvk_nummer identificator.</source>
        <translation>Een subIdentificatorVan moet een identificator van soort kvk_nummer zijn.</translation>
    </message>
    <message>
        <source>The same identificator already exists under this kvk_nummer (at %1).</source>
        <translation>Dezelfde identificator bestaat al onder dit kvk_nummer (bij %1).</translation>
    </message>
    <message>
        <source>The same identificator already exists under this kvk_nummer in the database.</source>
        <translation>Dezelfde identificator bestaat in de database al onder dit kvk_nummer.</translation>
    </message>
    <message>
        <source>(Also at %1.)</source>
        <translation>(Ook bij %1.)</translation>
    </message>
    <message>
        <source>This identificator already exists in the database.</source>
        <translation>Deze identificator bestaat al in de database.</translation>
    </message>
    <message>
        <source>This partij already has an identificator of soort %1 (at %2).</source>
        <translation>Deze partij heeft al een identificator van soort %1 (bij %2).</translation>
    </message>
    <message>
        <source>This partij already has an identificator of soort %1 in the database.</source>
        <translation>Deze partij heeft in de database al een identificator van soort %1.</translation>
    </message>
    <message>
        <source>This partij already has a %1 address with referentie "%2".</source>
        <translation>Deze partij heeft al een %1-adres met referentie "%2".</translation>
    </message>
    <message>
        <source>This partij already represents that partij.</source>
        <translation>Deze partij vertegenwoordigt die partij al.</translation>
    </message>
    <message>
        <source>This actor is already linked to this klantcontact.</source>
        <translation>Deze actor is al aan dit klantcontact gekoppeld.</translation>
    </message>
    <message>
        <source>This actor is assigned more than once.</source>
        <translation>Deze actor is meer dan eens toegewezen.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s).</source>
        <translation>
            <numerusform>... en nog %n probleem.</numerusform>
            <numerusform>... en nog %n problemen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problem(s) found.</source>
        <translation>
            <numerusform>Er is niets geïmporteerd uit %1: %n probleem gevonden.</numerusform>
            <numerusform>Er is niets geïmporteerd uit %1: %n problemen gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Er is niets geïmporteerd uit %1: %2</translation>
    </message>
    <message>
        <source>This is not a regular file (but a link, folder, pipe or device); only regular files are imported.</source>
        <translation>Dit is geen gewoon bestand (maar een link, map, pipe of apparaat); alleen gewone bestanden worden geïmporteerd.</translation>
    </message>
    <message>
        <source>The file is %1 MiB; at most %2 MiB is imported per file.</source>
        <translation>Het bestand is %1 MiB; per bestand wordt ten hoogste %2 MiB geïmporteerd.</translation>
    </message>
    <message>
        <source>The file could not be examined: %1</source>
        <translation>Het bestand kon niet worden onderzocht: %1</translation>
    </message>
    <message>
        <source>The file grew while it was read; import a dump that is not being written to.</source>
        <translation>Het bestand groeide tijdens het lezen; importeer een dump waarin niet meer wordt geschreven.</translation>
    </message>
    <message>
        <source>The text contains a NUL character.</source>
        <translation>De tekst bevat een NUL-teken.</translation>
    </message>
    <message>
        <source>The text contains the Unicode noncharacter U+%1.</source>
        <translation>De tekst bevat het Unicode-niet-teken U+%1.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (at byte %1).</source>
        <translation>De tekst is geen geldige UTF-8 (bij byte %1).</translation>
    </message>
    <message>
        <source>The text contains a lone UTF-16 surrogate \u%1 (not part of a high+low pair).</source>
        <translation>De tekst bevat een losse UTF-16-surrogaat \u%1 (geen deel van een hoog+laag-paar).</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: it holds none of the dump files (%2).</source>
        <translation>Er is niets geïmporteerd uit %1: de map bevat geen van de dumpbestanden (%2).</translation>
    </message>
    <message>
        <source>%1 is missing: nothing of that kind was imported.</source>
        <translation>%1 ontbreekt: daarvan is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1 is not a dump file and was not read.</source>
        <translation>%1 is geen dumpbestand en is niet gelezen.</translation>
    </message>
    <message numerus="yes">
        <source>The file is missing, but every klantcontact needs an actor and %1 holds %n klantcontact(s).</source>
        <translation>
            <numerusform>Het bestand ontbreekt, maar elk klantcontact heeft een actor nodig en %1 bevat %n klantcontact.</numerusform>
            <numerusform>Het bestand ontbreekt, maar elk klantcontact heeft een actor nodig en %1 bevat %n klantcontacten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The taak is not assigned to any actor.</source>
        <translation>De taak is aan geen enkele actor toegewezen.</translation>
    </message>
    <message numerus="yes">
        <source>The file is missing, but every klantcontact needs a betrokkene and %1 holds %n klantcontact(s).</source>
        <translation>
            <numerusform>Het bestand ontbreekt, maar elk klantcontact heeft een betrokkene nodig en %1 bevat %n klantcontact.</numerusform>
            <numerusform>Het bestand ontbreekt, maar elk klantcontact heeft een betrokkene nodig en %1 bevat %n klantcontacten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Klantcontact %1 has no betrokkene: no element of %2 refers to it.</source>
        <translation>Klantcontact %1 heeft geen betrokkene: geen element van %2 verwijst ernaar.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>Er is niet genoeg geheugen om dit bestand te lezen.</translation>
    </message>
    <message>
        <source>The file changed while it was being imported; import a dump that is not being written to.</source>
        <translation>Het bestand is gewijzigd tijdens het importeren; importeer een dump waarin niet meer wordt geschreven.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: there is not enough memory for this import. Close other programs or import on a computer with more memory.</source>
        <translation>Er is niets geïmporteerd uit %1: er is niet genoeg geheugen voor deze import. Sluit andere programma's of importeer op een computer met meer geheugen.</translation>
    </message>
    <message>
        <source>Element %1 is larger than %2 MiB; no record of the standard is that large.</source>
        <translation>Element %1 is groter dan %2 MiB; geen gegeven uit de standaard is zo groot.</translation>
    </message>
    <message>
        <source>the file holds no JSON value</source>
        <translation>het bestand bevat geen JSON-waarde</translation>
    </message>
    <message>
        <source>the file ends before the array is closed</source>
        <translation>het bestand eindigt voordat de array is gesloten</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>een array verwacht</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>een waarde verwacht</translation>
    </message>
    <message>
        <source>expected a comma or the end of the array</source>
        <translation>een komma of het einde van de array verwacht</translation>
    </message>
    <message>
        <source>data after the end of the array</source>
        <translation>gegevens na het einde van de array</translation>
    </message>
    <message numerus="yes">
        <source>%n klantcontact(s) without any actor were kept as made by another system; kccctl check lists them as warnings.</source>
        <translation>
            <numerusform>%n klantcontact zonder actor is bewaard als gemaakt door een ander systeem; kccctl check noemt het als waarschuwing.</numerusform>
            <numerusform>%n klantcontacten zonder actor zijn bewaard als gemaakt door een ander systeem; kccctl check noemt ze als waarschuwing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kcc::storage::IntegrityCheck</name>
    <message>
        <source>A check could not run: %1</source>
        <translation>Een controle kon niet worden uitgevoerd: %1</translation>
    </message>
    <message>
        <source>There are more problems of the kind above that are not listed.</source>
        <translation>Er zijn meer problemen van deze soort die niet zijn opgesomd.</translation>
    </message>
    <message>
        <source>There are more references to missing records that are not listed.</source>
        <translation>Er zijn meer verwijzingen naar ontbrekende gegevens die niet zijn opgesomd.</translation>
    </message>
    <message>
        <source>%1 %2 refers in %3 to %4 %5, which does not exist.</source>
        <extracomment>e.g. "betrokkene 1b2c... refers in was_partij to partij 9f8e..., which does not exist."</extracomment>
        <translation>%1 %2 verwijst in %3 naar %4 %5, die niet bestaat.</translation>
    </message>
    <message>
        <source>The database file could not be checked: %1</source>
        <translation>Het databasebestand kon niet worden gecontroleerd: %1</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>Het databasebestand is beschadigd: %1</translation>
    </message>
    <message>
        <source>Klantcontact %1 has no actor (medewerker).</source>
        <translation>Klantcontact %1 heeft geen actor (medewerker).</translation>
    </message>
    <message>
        <source>Klantcontact %1 has no betrokkene.</source>
        <translation>Klantcontact %1 heeft geen betrokkene.</translation>
    </message>
    <message>
        <source>Interne taak %1 is not assigned to any actor.</source>
        <translation>Interne taak %1 is aan geen enkele actor toegewezen.</translation>
    </message>
    <message>
        <source>Partij %1 prefers digital address %2, which does not belong to it.</source>
        <translation>Partij %1 heeft digitaal adres %2 als voorkeur, maar dat hoort niet bij deze partij.</translation>
    </message>
    <message>
        <source>Partij %1 prefers bank account %2, which does not belong to it.</source>
        <translation>Partij %1 heeft rekeningnummer %2 als voorkeur, maar dat hoort niet bij deze partij.</translation>
    </message>
    <message>
        <source>Contactpersoon %1 works for partij %2, which is not an organisatie.</source>
        <translation>Contactpersoon %1 werkt voor partij %2, maar dat is geen organisatie.</translation>
    </message>
    <message>
        <source>Branch number %1 (identificator %2) does not belong to a Chamber of Commerce number.</source>
        <translation>Vestigingsnummer %1 (identificator %2) hoort niet bij een KvK-nummer.</translation>
    </message>
    <message>
        <source>Identificator %1 (%2) is placed under identificator %3, which is not a Chamber of Commerce number.</source>
        <translation>Identificator %1 (%2) valt onder identificator %3, maar dat is geen KvK-nummer.</translation>
    </message>
    <message>
        <source>Interne taak %1 has a completion time but is not processed.</source>
        <translation>Interne taak %1 heeft een afhandeltijd maar is niet verwerkt.</translation>
    </message>
    <message>
        <source>Digital address %1 is marked as standard but does not belong to a partij.</source>
        <translation>Digitaal adres %1 is als standaard gemarkeerd maar hoort niet bij een partij.</translation>
    </message>
    <message>
        <source>Klantcontact %1 came from Open Klant without an actor (made by another system).</source>
        <translation>Klantcontact %1 kwam uit Open Klant zonder actor (gemaakt door een ander systeem).</translation>
    </message>
</context>
<context>
    <name>kcc::storage::InzageLezer</name>
    <message>
        <source>read the inzage</source>
        <translation>het lezen van de inzage</translation>
    </message>
    <message>
        <source>A record of the inzage could not be read (%1).</source>
        <translation>Een gegeven van de inzage kon niet worden gelezen (%1).</translation>
    </message>
    <message>
        <source>The partij %1 could not be read.</source>
        <translation>De partij %1 kon niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>kcc::storage::InzagePersoon</name>
    <message>
        <source>look up the partij of the BSN</source>
        <translation>het opzoeken van de partij bij het BSN</translation>
    </message>
    <message>
        <source>look up the partij</source>
        <translation>het opzoeken van de partij</translation>
    </message>
</context>
<context>
    <name>kcc::storage::InzageVerzamelaar</name>
    <message>
        <source>Only a privacy officer may make an inzage.</source>
        <translation>Alleen een privacyfunctionaris mag een inzage maken.</translation>
    </message>
    <message>
        <source>Give either a BSN or a partij.</source>
        <translation>Geef een BSN of een partij op, niet allebei.</translation>
    </message>
    <message>
        <source>No partij %1 is known.</source>
        <translation>Er is geen partij %1 bekend.</translation>
    </message>
</context>
<context>
    <name>kcc::storage::Migrations</name>
    <message>
        <source>Could not prepare the backup of %1: %2</source>
        <translation>De reservekopie van %1 kon niet worden voorbereid: %2</translation>
    </message>
    <message>
        <source>Could not back up %1 because another program is using it. Close the other program and try again.</source>
        <translation>Van %1 kon geen reservekopie worden gemaakt, omdat een ander programma het bestand gebruikt. Sluit het andere programma en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Could not back up %1 to %2: %3</source>
        <translation>Van %1 kon geen reservekopie naar %2 worden gemaakt: %3</translation>
    </message>
    <message>
        <source>Could not start the database upgrade of %1: %2</source>
        <translation>Het bijwerken van de database %1 kon niet worden gestart: %2</translation>
    </message>
    <message>
        <source>Upgrading the database %1 from schema version %2 to %3 failed: %4. Nothing was changed.</source>
        <translation>Het bijwerken van de database %1 van schemaversie %2 naar %3 is mislukt: %4. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Upgrading the database %1 from schema version %2 to %3 failed: %4. Nothing was changed; a backup copy is at %5.</source>
        <translation>Het bijwerken van de database %1 van schemaversie %2 naar %3 is mislukt: %4. Er is niets gewijzigd; een reservekopie staat in %5.</translation>
    </message>
    <message>
        <source>The database %1 was upgraded to schema version %2 by a newer program meanwhile.</source>
        <translation>De database %1 is intussen door een nieuwer programma bijgewerkt naar schemaversie %2.</translation>
    </message>
    <message>
        <source>Could not protect the backup %1: %2</source>
        <translation>Kon de reservekopie %1 niet afschermen: %2</translation>
    </message>
</context>
<context>
    <name>kcc::storage::NumberSequence</name>
    <message>
        <source>choosing a new number</source>
        <translation>het kiezen van een nieuw nummer</translation>
    </message>
    <message>
        <source>No new number can be made: all numbers of 10 digits are in use (highest %1).</source>
        <translation>Er kan geen nieuw nummer worden gemaakt: alle nummers van 10 cijfers zijn in gebruik (hoogste %1).</translation>
    </message>
</context>
<context>
    <name>kcc::storage::PartijSearch</name>
    <message>
        <source>searching partijen</source>
        <translation>het zoeken naar partijen</translation>
    </message>
    <message>
        <source>partij number %1</source>
        <translation>partijnummer %1</translation>
    </message>
    <message>
        <source>phone number %1 (one-off, klantcontact %2)</source>
        <translation>telefoonnummer %1 (eenmalig, klantcontact %2)</translation>
    </message>
    <message>
        <source>phone number %1</source>
        <translation>telefoonnummer %1</translation>
    </message>
    <message>
        <source>e-mail %1 (one-off, klantcontact %2)</source>
        <translation>e-mail %1 (eenmalig, klantcontact %2)</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>e-mail %1</translation>
    </message>
    <message>
        <source>postcode %1</source>
        <translation>postcode %1</translation>
    </message>
    <message>
        <source>address %1 %2</source>
        <translation>adres %1 %2</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>achternaam</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>klantcontact %1</source>
        <translation>klantcontact %1</translation>
    </message>
</context>
<context>
    <name>kcc::storage::PostgresLogin</name>
    <message>
        <source>The name or password is not correct, or the account is not active.</source>
        <translation>De naam of het wachtwoord klopt niet, of het account is niet actief.</translation>
    </message>
    <message>
        <source>reading who signed in</source>
        <translation>het lezen van wie er is aangemeld</translation>
    </message>
    <message>
        <source>reading the roles of who signed in</source>
        <translation>het lezen van de rollen van wie er is aangemeld</translation>
    </message>
</context>
<context>
    <name>kcc::storage::PostgresSearchIndex</name>
    <message>
        <source>updating the search index</source>
        <translation>het bijwerken van de zoekindex</translation>
    </message>
    <message>
        <source>checking the search index</source>
        <translation>het controleren van de zoekindex</translation>
    </message>
</context>
<context>
    <name>kcc::storage::PostgresSeat</name>
    <message>
        <source>Sign in first: on the KCC's server everything runs with the medewerker's own login.</source>
        <translation>Meld u eerst aan: op de server van het KCC gebeurt alles met de eigen aanmelding van de medewerker.</translation>
    </message>
    <message>
        <source>This seat is signed in as %1. Sign out first; the program then starts again for the next medewerker.</source>
        <translation>Deze werkplek is aangemeld als %1. Meld eerst af; het programma start dan opnieuw voor de volgende medewerker.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>Het wachtwoord is niet juist.</translation>
    </message>
</context>
<context>
    <name>kcc::storage::PostgresSecurity</name>
    <message>
        <source>%1 is not a role; known roles: %2.</source>
        <translation>%1 is geen rol; bekende rollen: %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL connection cannot make password verifiers.</source>
        <translation>De PostgreSQL-verbinding kan geen wachtwoordverificatie maken.</translation>
    </message>
    <message>
        <source>Could not prepare the password for PostgreSQL: %1</source>
        <translation>Kon het wachtwoord niet voorbereiden voor PostgreSQL: %1</translation>
    </message>
    <message>
        <source>creating the PostgreSQL login %1</source>
        <translation>het aanmaken van de PostgreSQL-aanmelding %1</translation>
    </message>
</context>
<context>
    <name>kcc::storage::PrivateFiles</name>
    <message>
        <source>Could not create the folder %1: %2</source>
        <translation>Kon de map %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Kon %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>Could not protect %1: %2</source>
        <translation>Kon %1 niet afschermen: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file; its permissions were left as they are.</source>
        <translation>%1 is geen gewoon bestand; de rechten zijn ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>%1 can be read by other users, and it belongs to another user, so KCC Werkplek cannot make it private. Ask its owner or the administrator to run: chmod 600 %1</source>
        <translation>%1 is leesbaar voor andere gebruikers en is van een andere gebruiker, dus KCC Werkplek kan het niet afschermen. Vraag de eigenaar of de beheerder om uit te voeren: chmod 600 %1</translation>
    </message>
    <message>
        <source>%1 can be read by other users and could not be made private: %2</source>
        <translation>%1 is leesbaar voor andere gebruikers en kon niet worden afgeschermd: %2</translation>
    </message>
</context>
<context>
    <name>kcc::storage::PseudoniemSleutel</name>
    <message>
        <source>Could not read the pseudonym key %1: %2</source>
        <translation>Kon de pseudoniemsleutel %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>The pseudonym key %1 is too short: it needs at least %2 bytes as hexadecimal text.</source>
        <translation>De pseudoniemsleutel %1 is te kort: er zijn minstens %2 bytes als hexadecimale tekst nodig.</translation>
    </message>
    <message>
        <source>Could not write the pseudonym key %1: %2</source>
        <translation>Kon de pseudoniemsleutel %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>The verwerkingenlog of the shared database needs the municipality's key for the pseudonyms: set KCC_PSEUDONIEM_SLEUTEL to its file (the same file on every seat).</source>
        <translation>Het verwerkingenlog van de gedeelde database heeft de sleutel van de gemeente voor de pseudoniemen nodig: zet KCC_PSEUDONIEM_SLEUTEL op het bestand ervan (hetzelfde bestand op elke werkplek).</translation>
    </message>
</context>
<context>
    <name>kcc::storage::PulledRecords</name>
    <message>
        <source>%1 refers to %2 %3, which this desk does not have (yet).</source>
        <translation>%1 verwijst naar %2 %3, dat deze werkplek (nog) niet heeft.</translation>
    </message>
    <message>
        <source>The server sent a record of %1 without a uuid.</source>
        <translation>De server stuurde een record van %1 zonder uuid.</translation>
    </message>
    <message>
        <source>Records of %1 are not pulled.</source>
        <translation>Records van %1 worden niet opgehaald.</translation>
    </message>
</context>
<context>
    <name>kcc::storage::RegistrationWriter</name>
    <message>
        <source>The signed-in colleague is not known in this database. Sign in again.</source>
        <translation>De aangemelde collega is niet bekend in deze database. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>A colleague or department of this contact no longer exists.</source>
        <translation>Een collega of afdeling van dit contact bestaat niet meer.</translation>
    </message>
    <message>
        <source>The BSN %1 was registered for another partij in the meantime. Choose that partij.</source>
        <translation>Het BSN %1 is intussen bij een andere partij geregistreerd. Kies die partij.</translation>
    </message>
    <message>
        <source>This BSN was registered in the meantime.</source>
        <translation>Dit BSN is intussen geregistreerd.</translation>
    </message>
    <message>
        <source>The partij of this contact no longer exists.</source>
        <translation>De partij van dit contact bestaat niet meer.</translation>
    </message>
    <message>
        <source>This klantcontact no longer exists.</source>
        <translation>Dit klantcontact bestaat niet meer.</translation>
    </message>
    <message>
        <source>The colleague no longer exists.</source>
        <translation>De collega bestaat niet meer.</translation>
    </message>
    <message>
        <source>The content</source>
        <translation>De inhoud</translation>
    </message>
    <message>
        <source>The text does not fit: the content of a klantcontact may be at most 1000 characters in all.</source>
        <translation>De tekst past niet: de inhoud van een klantcontact mag in totaal hoogstens 1000 tekens lang zijn.</translation>
    </message>
    <message>
        <source>finding the klantcontact</source>
        <translation>het zoeken van het klantcontact</translation>
    </message>
    <message>
        <source>The partij the caller represents no longer exists.</source>
        <translation>De partij die de beller vertegenwoordigt bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>kcc::storage::Repository</name>
    <message>
        <source>the actor link</source>
        <translation>de koppeling met de actor</translation>
    </message>
    <message>
        <source>This actor is already linked to this klantcontact.</source>
        <translation>Deze actor is al aan dit klantcontact gekoppeld.</translation>
    </message>
    <message>
        <source>the actor</source>
        <translation>de actor</translation>
    </message>
    <message>
        <source>the betrokkene</source>
        <translation>de betrokkene</translation>
    </message>
    <message>
        <source>the bijlage</source>
        <translation>de bijlage</translation>
    </message>
    <message>
        <source>the digital address</source>
        <translation>het digitale adres</translation>
    </message>
    <message>
        <source>the interne taak</source>
        <translation>de interne taak</translation>
    </message>
    <message>
        <source>Another interne taak already has number %1.</source>
        <translation>Een andere interne taak heeft al nummer %1.</translation>
    </message>
    <message>
        <source>Another interne taak already has reference number %1.</source>
        <translation>Een andere interne taak heeft al referentienummer %1.</translation>
    </message>
    <message>
        <source>Only a processed task can have a completion time.</source>
        <translation>Alleen een verwerkte taak kan een afhandeltijd hebben.</translation>
    </message>
    <message>
        <source>the klantcontact</source>
        <translation>het klantcontact</translation>
    </message>
    <message>
        <source>Another klantcontact already has number %1.</source>
        <translation>Een ander klantcontact heeft al nummer %1.</translation>
    </message>
    <message>
        <source>Another klantcontact already has reference number %1.</source>
        <translation>Een ander klantcontact heeft al referentienummer %1.</translation>
    </message>
    <message>
        <source>A successful contact cannot also need further action.</source>
        <translation>Een gelukt contact kan niet ook verdere actie nodig hebben.</translation>
    </message>
    <message>
        <source>the onderwerpobject</source>
        <translation>het onderwerpobject</translation>
    </message>
    <message>
        <source>the identificator</source>
        <translation>de identificator</translation>
    </message>
    <message>
        <source>This partij already has a %1.</source>
        <translation>Deze partij heeft al een %1.</translation>
    </message>
    <message>
        <source>This %1 (%2) already exists under the same Chamber of Commerce number.</source>
        <extracomment>%1 is e.g. "Branch number", %2 the number</extracomment>
        <translation>Dit %1 (%2) bestaat al onder hetzelfde KvK-nummer.</translation>
    </message>
    <message>
        <source>Another partij already has this %1 (%2).</source>
        <extracomment>%1 is e.g. "BSN", %2 the number</extracomment>
        <translation>Een andere partij heeft dit %1 (%2) al.</translation>
    </message>
    <message>
        <source>An identificator cannot be its own parent.</source>
        <translation>Een identificator kan niet onder zichzelf vallen.</translation>
    </message>
    <message>
        <source>the partij</source>
        <translation>de partij</translation>
    </message>
    <message>
        <source>Another partij already has number %1.</source>
        <translation>Een andere partij heeft al nummer %1.</translation>
    </message>
    <message>
        <source>the bank account</source>
        <translation>het rekeningnummer</translation>
    </message>
    <message>
        <source>There is already a record with id %1 in %2.</source>
        <translation>Er bestaat al een record met id %1 in %2.</translation>
    </message>
    <message>
        <source>An actor is assigned to this interne taak more than once.</source>
        <translation>Een actor is meer dan eens aan deze interne taak toegewezen.</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>het opslaan van %1</translation>
    </message>
    <message>
        <source>Cannot save %1 without an id.</source>
        <translation>Opslaan van %1 is niet mogelijk zonder id.</translation>
    </message>
    <message>
        <source>Cannot save %1: it no longer exists (id %2).</source>
        <translation>Opslaan van %1 is niet mogelijk: het record bestaat niet meer (id %2).</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>het verwijderen van %1</translation>
    </message>
    <message numerus="yes">
        <source>This identificator cannot be deleted: %n branch number(s) belong to it.</source>
        <translation>
            <numerusform>Deze identificator kan niet worden verwijderd: er hoort %n vestigingsnummer bij.</numerusform>
            <numerusform>Deze identificator kan niet worden verwijderd: er horen %n vestigingsnummers bij.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete %1: it does not exist (id %2).</source>
        <translation>Verwijderen van %1 is niet mogelijk: het record bestaat niet (id %2).</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>het lezen van %1</translation>
    </message>
    <message>
        <source>A stored record in %1 could not be read.</source>
        <translation>Een opgeslagen record in %1 kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>the representation</source>
        <translation>de vertegenwoordiging</translation>
    </message>
    <message>
        <source>This partij already represents that partij.</source>
        <translation>Deze partij vertegenwoordigt die partij al.</translation>
    </message>
    <message>
        <source>A partij cannot represent itself.</source>
        <translation>Een partij kan zichzelf niet vertegenwoordigen.</translation>
    </message>
    <message>
        <source>This partij already has a %1 address with referentie "%2".</source>
        <extracomment>%1 is the soort (email, telefoonnummer, overig), %2 the referentie</extracomment>
        <translation>Deze partij heeft al een %1-adres met referentie "%2".</translation>
    </message>
</context>
<context>
    <name>kcc::storage::Schema</name>
    <message>
        <source>partij %1 has several %2 addresses with referentie "%3" (digitale adressen %4)</source>
        <translation>partij %1 heeft meerdere %2-adressen met referentie "%3" (digitale adressen %4)</translation>
    </message>
    <message>
        <source>and more</source>
        <translation>en meer</translation>
    </message>
    <message>
        <source>a digitaal adres must be unique per partij, soort and referentie, but %1. Give those addresses different referenties (or remove the duplicates) with the previous version, then start this one again</source>
        <translation>een digitaal adres moet uniek zijn per partij, soort en referentie, maar %1. Geef die adressen verschillende referenties (of verwijder de dubbele) met de vorige versie en start deze daarna opnieuw</translation>
    </message>
</context>
<context>
    <name>kcc::storage::SearchFunctions</name>
    <message>
        <source>Could not prepare the search functions of the database: %1</source>
        <translation>De zoekfuncties van de database konden niet worden voorbereid: %1</translation>
    </message>
</context>
<context>
    <name>kcc::storage::SearchIndex</name>
    <message>
        <source>updating the search index</source>
        <translation>het bijwerken van de zoekindex</translation>
    </message>
    <message>
        <source>checking the search index</source>
        <translation>het controleren van de zoekindex</translation>
    </message>
</context>
<context>
    <name>kcc::storage::Sql</name>
    <message>
        <source>Could not %1: the database returned no value.</source>
        <translation>Fout bij %1: de database gaf geen waarde terug.</translation>
    </message>
    <message>
        <source>Could not %1: the database is busy with another program; please try again.</source>
        <translation>Fout bij %1: de database is bezig met een ander programma; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <extracomment>%1 is what was being done ("create the schema"), %2 the database's own message</extracomment>
        <translation>Fout bij %1: %2</translation>
    </message>
</context>
<context>
    <name>kcc::storage::SqlAccountService</name>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Het wachtwoord moet ten minste %n teken hebben.</numerusform>
            <numerusform>Het wachtwoord moet ten minste %n tekens hebben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Kies ten minste één rol.</translation>
    </message>
    <message>
        <source>%1 is not a known role.</source>
        <translation>%1 is geen bekende rol.</translation>
    </message>
    <message>
        <source>The name or password is not correct, or the account is not active.</source>
        <translation>De naam of het wachtwoord klopt niet, of het account is niet actief.</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>het aanmelden</translation>
    </message>
    <message>
        <source>There is already an account with the name %1.</source>
        <translation>Er bestaat al een account met de naam %1.</translation>
    </message>
    <message>
        <source>creating the account</source>
        <translation>het aanmaken van het account</translation>
    </message>
    <message>
        <source>changing the password</source>
        <translation>het wijzigen van het wachtwoord</translation>
    </message>
    <message>
        <source>This colleague has no account.</source>
        <translation>Deze collega heeft geen account.</translation>
    </message>
    <message>
        <source>changing the roles</source>
        <translation>het wijzigen van de rollen</translation>
    </message>
    <message>
        <source>counting the accounts</source>
        <translation>het tellen van de accounts</translation>
    </message>
    <message numerus="yes">
        <source>After %n failed sign-ins in a row this account is locked until %1. Try again then, or ask a beheerder to set a new password.</source>
        <translation>
            <numerusform>Na %n mislukte aanmelding op rij is dit account geblokkeerd tot %1. Probeer het dan opnieuw, of vraag een beheerder om een nieuw wachtwoord in te stellen.</numerusform>
            <numerusform>Na %n mislukte aanmeldingen op rij is dit account geblokkeerd tot %1. Probeer het dan opnieuw, of vraag een beheerder om een nieuw wachtwoord in te stellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until %1 before you try to sign in again.</source>
        <translation>Wacht tot %1 voordat u opnieuw probeert aan te melden.</translation>
    </message>
    <message numerus="yes">
        <source>The name or password is not correct. After %n failed sign-ins in a row this account is locked until %1.</source>
        <translation>
            <numerusform>De naam of het wachtwoord klopt niet. Na %n mislukte aanmelding op rij is dit account geblokkeerd tot %1.</numerusform>
            <numerusform>De naam of het wachtwoord klopt niet. Na %n mislukte aanmeldingen op rij is dit account geblokkeerd tot %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name or password is not correct, or the account is not active. Wait until %1 before you try again; after %n failed sign-ins in a row the account is locked for a while.</source>
        <translation>
            <numerusform>De naam of het wachtwoord klopt niet, of het account is niet actief. Wacht tot %1 voordat u het opnieuw probeert; na %n mislukte aanmelding op rij wordt het account een tijd geblokkeerd.</numerusform>
            <numerusform>De naam of het wachtwoord klopt niet, of het account is niet actief. Wacht tot %1 voordat u het opnieuw probeert; na %n mislukte aanmeldingen op rij wordt het account een tijd geblokkeerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>Het wachtwoord is niet juist.</translation>
    </message>
</context>
<context>
    <name>kcc::storage::SqlActorDirectory</name>
    <message>
        <source>reading the colleagues</source>
        <translation>het lezen van de collega’s</translation>
    </message>
</context>
<context>
    <name>kcc::storage::SqlCodeListService</name>
    <message>
        <source>A code consists of 1 to 50 lowercase letters, digits, '-' or '_'.</source>
        <translation>Een code bestaat uit 1 tot 50 kleine letters, cijfers, '-' of '_'.</translation>
    </message>
    <message>
        <source>Enter the text to show for this code.</source>
        <translation>Vul de tekst in die voor deze code wordt getoond.</translation>
    </message>
    <message>
        <source>The label</source>
        <translation>De omschrijving</translation>
    </message>
    <message>
        <source>This code already exists in the list.</source>
        <translation>Deze code staat al in de lijst.</translation>
    </message>
    <message>
        <source>changing the code list</source>
        <translation>het wijzigen van de codelijst</translation>
    </message>
    <message>
        <source>This code does not exist in the list.</source>
        <translation>Deze code staat niet in de lijst.</translation>
    </message>
    <message>
        <source>reading the code list</source>
        <translation>het lezen van de codelijst</translation>
    </message>
</context>
<context>
    <name>kcc::storage::SqlDraftStore</name>
    <message>
        <source>A draft needs a session and a signed-in colleague.</source>
        <translation>Een concept heeft een sessie en een aangemelde collega nodig.</translation>
    </message>
    <message>
        <source>saving the draft</source>
        <translation>het opslaan van het concept</translation>
    </message>
    <message>
        <source>reading the drafts</source>
        <translation>het lezen van de concepten</translation>
    </message>
    <message>
        <source>removing the draft</source>
        <translation>het verwijderen van het concept</translation>
    </message>
</context>
<context>
    <name>kcc::storage::SqlKlantbeeldService</name>
    <message>
        <source>This partij no longer exists.</source>
        <translation>Deze partij bestaat niet meer.</translation>
    </message>
    <message>
        <source>reading the contact history</source>
        <translation>het lezen van de contacthistorie</translation>
    </message>
    <message>
        <source>(confidential)</source>
        <translation>(vertrouwelijk)</translation>
    </message>
    <message>
        <source>reading the open tasks</source>
        <translation>het lezen van de open taken</translation>
    </message>
    <message>
        <source>counting the contact history</source>
        <translation>het tellen van de contacthistorie</translation>
    </message>
    <message>
        <source>reading the contactpersonen</source>
        <translation>het lezen van de contactpersonen</translation>
    </message>
    <message>
        <source>reading the related partijen</source>
        <translation>het lezen van de gerelateerde partijen</translation>
    </message>
    <message>
        <source>The contact history could not be continued: the position is not valid.</source>
        <translation>De contacthistorie kan niet verder worden gelezen: de positie is ongeldig.</translation>
    </message>
    <message>
        <source>reading the kanalen</source>
        <translation>het lezen van de kanalen</translation>
    </message>
</context>
<context>
    <name>kcc::storage::SqlKlantcontactDetailService</name>
    <message>
        <source>This klantcontact no longer exists.</source>
        <translation>Dit klantcontact bestaat niet meer.</translation>
    </message>
    <message>
        <source>reading the klantcontact</source>
        <translation>het lezen van het klantcontact</translation>
    </message>
    <message>
        <source>reading the interne taken</source>
        <translation>het lezen van de interne taken</translation>
    </message>
    <message>
        <source>reading the task log</source>
        <translation>het lezen van het taaklogboek</translation>
    </message>
</context>
<context>
    <name>kcc::storage::SqlKlantcontactListSource</name>
    <message>
        <source>reading the klantcontacten list</source>
        <translation>het lezen van de lijst met klantcontacten</translation>
    </message>
</context>
<context>
    <name>kcc::storage::SqlPartijConflicts</name>
    <message>
        <source>reading the sync conflicts</source>
        <translation>de conflicten met de server lezen</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>Dit conflict is al opgelost.</translation>
    </message>
    <message>
        <source>This partij no longer exists.</source>
        <translation>Deze partij bestaat niet meer.</translation>
    </message>
    <message>
        <source>Only a beheerder may resolve a conflict with the server.</source>
        <translation>Alleen een beheerder mag een conflict met de server oplossen.</translation>
    </message>
    <message>
        <source>updating the sync outbox</source>
        <translation>de wachtrij voor de server bijwerken</translation>
    </message>
    <message>
        <source>recording the choice</source>
        <translation>de keuze vastleggen</translation>
    </message>
</context>
<context>
    <name>kcc::storage::SqlPartijEditService</name>
    <message>
        <source>This partij no longer exists.</source>
        <translation>Deze partij bestaat niet meer.</translation>
    </message>
    <message>
        <source>Only a beheerder may change the geheimhouding of a partij.</source>
        <translation>Alleen een beheerder mag de geheimhouding van een partij wijzigen.</translation>
    </message>
    <message>
        <source>A digital address of this edit belongs to someone else.</source>
        <translation>Een digitaal adres in deze wijziging hoort bij iemand anders.</translation>
    </message>
</context>
<context>
    <name>kcc::storage::SqlPartijFinder</name>
    <message>
        <source>The search could not be continued: the position is not valid.</source>
        <translation>Het zoeken kan niet worden voortgezet: de positie is ongeldig.</translation>
    </message>
</context>
<context>
    <name>kcc::storage::SqlPartijListSource</name>
    <message>
        <source>reading the partijen list</source>
        <translation>het lezen van de lijst met partijen</translation>
    </message>
</context>
<context>
    <name>kcc::storage::SqlSyncLog</name>
    <message>
        <source>writing the sync log</source>
        <translation>het schrijven van het synchronisatielog</translation>
    </message>
    <message>
        <source>reading the sync log</source>
        <translation>het lezen van het synchronisatielog</translation>
    </message>
</context>
<context>
    <name>kcc::storage::SqlSyncStore</name>
    <message>
        <source>reading the sync outbox</source>
        <translation>de synchronisatiewachtrij lezen</translation>
    </message>
    <message>
        <source>The local record no longer exists.</source>
        <translation>Het lokale gegeven bestaat niet meer.</translation>
    </message>
    <message>
        <source>reading the server identities</source>
        <translation>de identiteiten op de server lezen</translation>
    </message>
    <message>
        <source>updating the sync outbox</source>
        <translation>de synchronisatiewachtrij bijwerken</translation>
    </message>
    <message>
        <source>recording a server identity</source>
        <translation>een identiteit op de server vastleggen</translation>
    </message>
    <message>
        <source>recording a conflict</source>
        <translation>een conflict vastleggen</translation>
    </message>
    <message>
        <source>Never on the server: nothing to remove.</source>
        <translation>Nooit op de server geweest: niets te verwijderen.</translation>
    </message>
    <message>
        <source>Removed at the desk after an attempt that got no answer; it may be on the server and must be removed there.</source>
        <translation>Aan de balie verwijderd na een poging zonder antwoord; het staat mogelijk op de server en moet daar verwijderd worden.</translation>
    </message>
    <message>
        <source>Removed at the desk before it was sent.</source>
        <translation>Aan de balie verwijderd voordat het verzonden was.</translation>
    </message>
    <message>
        <source>forgetting a removed record's server identity</source>
        <translation>de serveridentiteit van een verwijderd gegeven vergeten</translation>
    </message>
</context>
<context>
    <name>kcc::storage::SqlTakenService</name>
    <message>
        <source>reading the tasks</source>
        <translation>lezen van de taken</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>Deze taak bestaat niet meer.</translation>
    </message>
    <message>
        <source>A colleague or afdeling of this task no longer exists.</source>
        <translation>Een collega of afdeling van deze taak bestaat niet meer.</translation>
    </message>
    <message>
        <source>writing the task log</source>
        <translation>bijwerken van het taaklogboek</translation>
    </message>
    <message>
        <source>The explanation does not fit: the explanation of a task may be at most 1000 characters in all.</source>
        <translation>De toelichting past niet: de toelichting van een taak mag in totaal hoogstens 1000 tekens lang zijn.</translation>
    </message>
    <message>
        <source>The explanation may be at most 1000 characters.</source>
        <translation>De toelichting mag hoogstens 1000 tekens lang zijn.</translation>
    </message>
    <message>
        <source>This task has already been closed.</source>
        <translation>Deze taak is al afgehandeld.</translation>
    </message>
    <message>
        <source>Choose at least one colleague or afdeling.</source>
        <translation>Kies minstens één collega of afdeling.</translation>
    </message>
    <message>
        <source>The klantcontact of this task no longer exists.</source>
        <translation>Het klantcontact van deze taak bestaat niet meer.</translation>
    </message>
    <message>
        <source>The klantcontact of this task has no betrokkene to contact.</source>
        <translation>Het klantcontact van deze taak heeft geen betrokkene om contact mee op te nemen.</translation>
    </message>
    <message>
        <source>The partij of this task's klantcontact no longer exists.</source>
        <translation>De partij van het klantcontact van deze taak bestaat niet meer.</translation>
    </message>
    <message>
        <source>Say why the task goes back to the KCC.</source>
        <translation>Geef aan waarom de taak terug gaat naar het KCC.</translation>
    </message>
    <message>
        <source>A task for re-routing goes to an afdeling such as the KCC, not to a person.</source>
        <translation>Een taak om opnieuw te routeren gaat naar een afdeling zoals het KCC, niet naar een persoon.</translation>
    </message>
    <message>
        <source>This task is still open.</source>
        <translation>Deze taak staat nog open.</translation>
    </message>
    <message>
        <source>Choose at least one task.</source>
        <translation>Kies minstens één taak.</translation>
    </message>
    <message>
        <source>Task %1 has already been closed; reopen it first.</source>
        <translation>Taak %1 is al afgehandeld; heropen die eerst.</translation>
    </message>
    <message>
        <source>Choose a period of at most a year, the first day before the last.</source>
        <translation>Kies een periode van hoogstens een jaar, met de eerste dag vóór de laatste.</translation>
    </message>
    <message>
        <source>Give the requested action (at most 200 characters).</source>
        <translation>Geef de gevraagde handeling op (hoogstens 200 tekens).</translation>
    </message>
    <message>
        <source>The norm is a number of working days from 0 to 250.</source>
        <translation>De norm is een aantal werkdagen van 0 tot 250.</translation>
    </message>
    <message>
        <source>saving the norm</source>
        <translation>opslaan van de norm</translation>
    </message>
    <message>
        <source>Only a medewerker can be a member of an afdeling.</source>
        <translation>Alleen een medewerker kan lid zijn van een afdeling.</translation>
    </message>
    <message>
        <source>%1 is not an afdeling.</source>
        <translation>%1 is geen afdeling.</translation>
    </message>
    <message>
        <source>saving the afdelingen</source>
        <translation>opslaan van de afdelingen</translation>
    </message>
    <message>
        <source>There is no colleague or afdeling named '%1'.</source>
        <translation>Er is geen collega of afdeling met de naam '%1'.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n actors named '%1'.</source>
        <translation>
            <numerusform>Er is %n actor met de naam '%1'.</numerusform>
            <numerusform>Er zijn %n actoren met de naam '%1'.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kcc::storage::SqlVerwerkingenCorrecties</name>
    <message>
        <source>'%1' is not a bewaartermijn (an ISO 8601 duration such as P10Y).</source>
        <translation>'%1' is geen bewaartermijn (een ISO 8601-duur zoals P10Y).</translation>
    </message>
    <message>
        <source>read the verwerking</source>
        <translation>het lezen van de verwerking</translation>
    </message>
    <message>
        <source>append the correction</source>
        <translation>het toevoegen van de correctie</translation>
    </message>
    <message>
        <source>mark the verwerkingsactie vervallen</source>
        <translation>het laten vervallen van de verwerkingsactie</translation>
    </message>
    <message>
        <source>There is no verwerkingsactie %1.</source>
        <translation>Er is geen verwerkingsactie %1.</translation>
    </message>
</context>
<context>
    <name>kcc::storage::SqlVerwerkingenInzage</name>
    <message>
        <source>look up the partij of the BSN</source>
        <translation>het opzoeken van de partij bij het BSN</translation>
    </message>
    <message>
        <source>look up the BSN of the partij</source>
        <translation>het opzoeken van het BSN van de partij</translation>
    </message>
    <message>
        <source>read the verwerkingenlog</source>
        <translation>het lezen van het verwerkingenlog</translation>
    </message>
    <message>
        <source>Only a privacy officer may read the verwerkingenlog.</source>
        <translation>Alleen een privacyfunctionaris mag het verwerkingenlog inzien.</translation>
    </message>
    <message>
        <source>Give either a BSN or a partij.</source>
        <translation>Geef een BSN of een partij op, niet allebei.</translation>
    </message>
    <message>
        <source>The key for the pseudonyms in the verwerkingenlog is missing or too short.</source>
        <translation>De sleutel voor de pseudoniemen in het verwerkingenlog ontbreekt of is te kort.</translation>
    </message>
</context>
<context>
    <name>kcc::storage::SqlVerwerkingenLog</name>
    <message>
        <source>look up the persons for the verwerkingenlog</source>
        <translation>het opzoeken van de personen voor het verwerkingenlog</translation>
    </message>
    <message>
        <source>choose the verwerkingsactiviteit</source>
        <translation>het kiezen van de verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>The register of verwerkingsactiviteiten has no default activity; the beheerder must set one.</source>
        <translation>Het register van verwerkingsactiviteiten heeft geen standaardactiviteit; de beheerder moet er een instellen.</translation>
    </message>
    <message>
        <source>write the verwerkte objecten</source>
        <translation>het schrijven van de verwerkte objecten</translation>
    </message>
    <message>
        <source>The key for the pseudonyms in the verwerkingenlog is missing or too short.</source>
        <translation>De sleutel voor de pseudoniemen in het verwerkingenlog ontbreekt of is te kort.</translation>
    </message>
    <message>
        <source>The verwerkingsactiviteit has no valid bewaartermijn (%1).</source>
        <translation>De verwerkingsactiviteit heeft geen geldige bewaartermijn (%1).</translation>
    </message>
    <message>
        <source>write the verwerkingsactie</source>
        <translation>het schrijven van de verwerkingsactie</translation>
    </message>
</context>
<context>
    <name>kcc::storage::SqlVerwerkingsactiviteitenRegister</name>
    <message>
        <source>read the verwerkingsactiviteiten</source>
        <translation>het lezen van de verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>read the choices of verwerkingsactiviteit</source>
        <translation>het lezen van de keuzes van verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>Only a beheerder may change the register of verwerkingsactiviteiten.</source>
        <translation>Alleen een beheerder mag het register van verwerkingsactiviteiten wijzigen.</translation>
    </message>
    <message>
        <source>A verwerkingsactiviteit needs an id and a name.</source>
        <translation>Een verwerkingsactiviteit heeft een id en een naam nodig.</translation>
    </message>
    <message>
        <source>'%1' is not a bewaartermijn (an ISO 8601 duration such as P10Y).</source>
        <translation>'%1' is geen bewaartermijn (een ISO 8601-duur zoals P10Y).</translation>
    </message>
    <message>
        <source>'%1' is not an http(s) address.</source>
        <translation>'%1' is geen http(s)-adres.</translation>
    </message>
    <message>
        <source>change the default verwerkingsactiviteit</source>
        <translation>het wijzigen van de standaardverwerkingsactiviteit</translation>
    </message>
    <message>
        <source>save the verwerkingsactiviteit</source>
        <translation>het opslaan van de verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>look up the verwerkingsactiviteit</source>
        <translation>het opzoeken van de verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>There is no verwerkingsactiviteit %1.</source>
        <translation>Er is geen verwerkingsactiviteit %1.</translation>
    </message>
    <message>
        <source>save the choice of verwerkingsactiviteit</source>
        <translation>het opslaan van de keuze van verwerkingsactiviteit</translation>
    </message>
</context>
<context>
    <name>kcc::storage::StorageError</name>
    <message>
        <source>The database reported an error: %1</source>
        <translation>De database meldde een fout: %1</translation>
    </message>
    <message>
        <source>The database reported an error while %1: %2</source>
        <extracomment>%1 is what was being done ("saving the partij"), %2 the database's own message</extracomment>
        <translation>De database meldde een fout bij %1: %2</translation>
    </message>
    <message>
        <source>Another seat changed the same records at the same moment; please try again.</source>
        <translation>Een andere werkplek wijzigde op hetzelfde moment dezelfde gegevens; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; nothing was saved. What you entered stays on this desk: save again when the connection is back.</source>
        <translation>De verbinding met de databaseserver is verbroken; er is niets opgeslagen. Wat u hebt ingevoerd blijft op deze werkplek: sla opnieuw op zodra de verbinding terug is.</translation>
    </message>
</context>
<context>
    <name>kcc::storage::SyncBasis</name>
    <message>
        <source>recording the server's version</source>
        <translation>de versie van de server vastleggen</translation>
    </message>
    <message>
        <source>reading the server's version</source>
        <translation>de versie van de server lezen</translation>
    </message>
</context>
<context>
    <name>kcc::storage::VergeetOpdracht</name>
    <message>
        <source>erase the person's data</source>
        <translation>het wissen van de gegevens van de persoon</translation>
    </message>
    <message>
        <source>Only a privacy officer may erase a person's data.</source>
        <translation>Alleen een privacyfunctionaris mag de gegevens van een persoon wissen.</translation>
    </message>
    <message>
        <source>Give either a BSN or a partij.</source>
        <translation>Geef een BSN of een partij op, niet allebei.</translation>
    </message>
    <message>
        <source>Not found: no partij holds this BSN or uuid; nothing was erased.</source>
        <translation>Niet gevonden: geen partij heeft dit BSN of deze uuid; er is niets gewist.</translation>
    </message>
    <message>
        <source>An organisation is not a natural person: its data is not erased this way.</source>
        <translation>Een organisatie is geen natuurlijk persoon: haar gegevens worden niet op deze manier gewist.</translation>
    </message>
    <message>
        <source>Not found: the KCC holds no personal data of this partij (any more); nothing was erased.</source>
        <translation>Niet gevonden: het KCC legt geen persoonsgegevens (meer) vast van deze partij; er is niets gewist.</translation>
    </message>
    <message>
        <source>wipe the freed space (VACUUM)</source>
        <translation>het wissen van de vrijgekomen ruimte (VACUUM)</translation>
    </message>
    <message>
        <source>check the search index</source>
        <translation>het controleren van de zoekindex</translation>
    </message>
    <message>
        <source>empty the WAL</source>
        <translation>het legen van de WAL</translation>
    </message>
    <message>
        <source>The WAL file could not be emptied: another program is reading the database. Close the werkplekken and run 'kccctl vergeet --opruimen'.</source>
        <translation>Het WAL-bestand kon niet worden geleegd: een ander programma leest de database. Sluit de werkplekken en voer 'kccctl vergeet --opruimen' uit.</translation>
    </message>
</context>
<context>
    <name>kcc::storage::VerwerkingenOpschoning</name>
    <message>
        <source>remove the expired verwerkte objecten</source>
        <translation>het verwijderen van de verlopen verwerkte objecten</translation>
    </message>
    <message>
        <source>remove the expired verwerkingsacties</source>
        <translation>het verwijderen van de verlopen verwerkingsacties</translation>
    </message>
    <message>
        <source>remove the corrections of expired verwerkingsacties</source>
        <translation>het verwijderen van de correcties van verlopen verwerkingsacties</translation>
    </message>
    <message>
        <source>record the purge of the verwerkingenlog</source>
        <translation>het vastleggen van de opschoning van het verwerkingenlog</translation>
    </message>
</context>
<context>
    <name>kcc::storage::WriteTransaction</name>
    <message>
        <source>The database is busy with another program; please try again.</source>
        <translation>De database is bezig met een ander programma; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Could not start saving: %1</source>
        <translation>Het opslaan kon niet worden gestart: %1</translation>
    </message>
    <message>
        <source>This change was already saved.</source>
        <translation>Deze wijziging is al opgeslagen.</translation>
    </message>
    <message>
        <source>Nothing was saved, because a reference points to a record that does not exist: %1</source>
        <translation>Er is niets opgeslagen, omdat een verwijzing naar een record wijst dat niet bestaat: %1</translation>
    </message>
    <message>
        <source>Nothing was saved, because the database is busy with another program; please try again.</source>
        <translation>Er is niets opgeslagen, omdat de database bezig is met een ander programma; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Er is niets opgeslagen: %1</translation>
    </message>
    <message>
        <source>Nothing can be saved: the database %1 is open for reading only, because %2.</source>
        <translation>Er kan niets worden opgeslagen: de database %1 is alleen-lezen geopend, omdat %2.</translation>
    </message>
    <message>
        <source>Nothing was saved, because another seat changed the same records at the same moment; please try again.</source>
        <translation>Er is niets opgeslagen, omdat een andere werkplek op hetzelfde moment dezelfde gegevens wijzigde; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while saving; whether it was saved is not known yet.</source>
        <translation>De verbinding met de databaseserver viel weg tijdens het opslaan; of het is opgeslagen, is nog niet bekend.</translation>
    </message>
</context>
<context>
    <name>kcc::sync::ApiReply</name>
    <message>
        <source>The server did not answer in time (%1).</source>
        <translation>De server antwoordde niet op tijd (%1).</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>De server is niet bereikbaar: %1</translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation>Het verzoek is niet verstuurd: %1</translation>
    </message>
    <message>
        <source>The server refused the token (HTTP %1).</source>
        <translation>De server weigerde het token (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>De server antwoordde HTTP %1.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>De server weigerde het verzoek (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1): %2</source>
        <translation>De server gaf een fout (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The server asked to try again later (HTTP %1).</source>
        <translation>De server vraagt het later opnieuw te proberen (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>kcc::sync::BrpAntwoord</name>
    <message>
        <source>The BRP answered with something that is not a list of persons.</source>
        <translation>De BRP antwoordde met iets dat geen lijst van personen is.</translation>
    </message>
    <message>
        <source>The BRP found too many persons for this question. Add the voorvoegsel, or ask the caller for the BSN.</source>
        <translation>De BRP vond te veel personen bij deze zoekvraag. Vul het voorvoegsel aan, of vraag de beller om het BSN.</translation>
    </message>
    <message>
        <source>The BRP refused the question (HTTP 400): %1</source>
        <extracomment>%1: the BRP's own reason (in Dutch), per parameter where it gives them</extracomment>
        <translation>De BRP weigerde de zoekvraag (HTTP 400): %1</translation>
    </message>
    <message>
        <source>The BRP gateway did not accept the API key (HTTP 401). Ask the beheerder to check the key file under Beheer, BRP.</source>
        <translation>De BRP-gateway accepteerde de API-sleutel niet (HTTP 401). Vraag de beheerder het sleutelbestand te controleren onder Beheer, BRP.</translation>
    </message>
    <message>
        <source>This workstation is not authorised for this BRP question (HTTP 403): %1 Ask the beheerder to check the doelbinding headers under Beheer, BRP.</source>
        <translation>Deze werkplek is niet geautoriseerd voor deze BRP-vraag (HTTP 403): %1 Vraag de beheerder de doelbindingheaders te controleren onder Beheer, BRP.</translation>
    </message>
    <message>
        <source>The BRP gateway is busy (too many requests). Try again in a moment.</source>
        <translation>De BRP-gateway is druk (te veel verzoeken). Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The BRP is not available now (HTTP %1): %2 Try again later; the contact can be registered without the BRP.</source>
        <translation>De BRP is nu niet beschikbaar (HTTP %1): %2 Probeer het later opnieuw; het contact kan zonder de BRP worden geregistreerd.</translation>
    </message>
    <message>
        <source>The BRP answered HTTP %1: %2</source>
        <translation>De BRP antwoordde HTTP %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The BRP did not answer within %n second(s). Try again later.</source>
        <translation>
            <numerusform>De BRP antwoordde niet binnen %n seconde. Probeer het later opnieuw.</numerusform>
            <numerusform>De BRP antwoordde niet binnen %n seconden. Probeer het later opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>The BRP gateway could not be reached: %1</source>
        <translation>De BRP-gateway is niet bereikbaar: %1</translation>
    </message>
</context>
<context>
    <name>kcc::sync::BrpClient</name>
    <message>
        <source>No address of the BRP gateway is set; the beheerder sets it under Beheer, BRP.</source>
        <translation>Er is geen adres van de BRP-gateway ingesteld; de beheerder stelt het in onder Beheer, BRP.</translation>
    </message>
</context>
<context>
    <name>kcc::sync::OpenKlantBeheerDienst</name>
    <message numerus="yes">
        <source>Connected to %1: the server accepted the token and knows %n actor(s).</source>
        <translation>
            <numerusform>Verbonden met %1: de server heeft het token aanvaard en kent %n actor.</numerusform>
            <numerusform>Verbonden met %1: de server heeft het token aanvaard en kent %n actoren.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered, but refused the token (HTTP %2). Check the token with the beheerder of Open Klant.</source>
        <translation>%1 antwoordde, maar weigerde het token (HTTP %2). Controleer het token met de beheerder van Open Klant.</translation>
    </message>
    <message>
        <source>%1 answered, but has no Klantinteracties API at this address (HTTP 404). The address usually ends in /klantinteracties/api/v1.</source>
        <translation>%1 antwoordde, maar heeft op dit adres geen Klantinteracties-API (HTTP 404). Het adres eindigt meestal op /klantinteracties/api/v1.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 antwoordde HTTP %2: %3</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (TLS): %2. The server's certificate is not trusted by this desk.</source>
        <translation>De beveiligde verbinding met %1 is mislukt (TLS): %2. Deze werkplek vertrouwt het certificaat van de server niet.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 is niet bereikbaar: %2</translation>
    </message>
    <message>
        <source>No token is set.</source>
        <translation>Er is geen token ingesteld.</translation>
    </message>
</context>
<context>
    <name>kcc::sync::OpenKlantClient</name>
    <message>
        <source>the server does not declare the query parameter(s) %1 for %2.</source>
        <translation>de server kent de zoekparameter(s) %1 voor %2 niet.</translation>
    </message>
    <message>
        <source>No server address or token is set.</source>
        <translation>Er is geen serveradres of token ingesteld.</translation>
    </message>
    <message>
        <source>Connected to %1: the server answered HTTP %2 and accepted the token.</source>
        <translation>Verbonden met %1: de server antwoordde HTTP %2 en accepteerde het token.</translation>
    </message>
    <message>
        <source>%1 is reachable, but refused the token (HTTP %2).</source>
        <translation>%1 is bereikbaar, maar weigerde het token (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 is reachable, but answered HTTP %2: %3</source>
        <translation>%1 is bereikbaar, maar antwoordde HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 is not reachable: %2</source>
        <translation>%1 is niet bereikbaar: %2</translation>
    </message>
</context>
<context>
    <name>kcc::sync::Puller</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 was not stored: %3</source>
        <translation>%1 %2 is niet opgeslagen: %3</translation>
    </message>
</context>
<context>
    <name>kcc::sync::PushWorker</name>
    <message>
        <source>Found on the server after an attempt without an answer; not sent again.</source>
        <translation>Na een poging zonder antwoord op de server gevonden; niet opnieuw verzonden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Next attempt in %n second(s).</source>
        <translation>
            <numerusform>%1 Volgende poging over %n seconde.</numerusform>
            <numerusform>%1 Volgende poging over %n seconden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record is not on the server, so its change cannot be sent.</source>
        <translation>Het gegeven staat niet op de server; de wijziging kan daarom niet worden verstuurd.</translation>
    </message>
    <message>
        <source>Changed on the desk and on the server since the last sync; the beheerder chooses.</source>
        <translation>Gewijzigd op de werkplek en op de server sinds de laatste synchronisatie; de beheerder kiest.</translation>
    </message>
    <message>
        <source>The record is not on the server, so its removal cannot be sent.</source>
        <translation>Het gegeven staat niet op de server, dus de verwijdering kan niet verzonden worden.</translation>
    </message>
    <message>
        <source>Removed on the server (it was already gone).</source>
        <translation>Verwijderd op de server (het was er al niet meer).</translation>
    </message>
    <message>
        <source>Removed on the server.</source>
        <translation>Verwijderd op de server.</translation>
    </message>
</context>
<context>
    <name>kcc::sync::RequestBody</name>
    <message>
        <source>%1 refers to a %2 record that is not on the server (%3).</source>
        <translation>%1 verwijst naar een gegeven in %2 dat nog niet op de server staat (%3).</translation>
    </message>
    <message>
        <source>Not on the server yet.</source>
        <translation>Staat nog niet op de server.</translation>
    </message>
</context>
<context>
    <name>kcc::sync::Sleutelbos</name>
    <message>
        <source>The keyring did not answer.</source>
        <translation>De sleutelbos antwoordde niet.</translation>
    </message>
    <message>
        <source>The keyring refused: %1</source>
        <translation>De sleutelbos weigerde: %1</translation>
    </message>
</context>
<context>
    <name>kcc::sync::SyncLoop</name>
    <message>
        <source>No outbox to send from.</source>
        <translation>Er is geen uitbox om uit te verzenden.</translation>
    </message>
    <message>
        <source>The sync with Open Klant has stopped.</source>
        <translation>De synchronisatie met Open Klant is gestopt.</translation>
    </message>
    <message>
        <source>This desk cannot store what Open Klant answers.</source>
        <translation>Deze werkplek kan niet opslaan wat Open Klant antwoordt.</translation>
    </message>
</context>
<context>
    <name>kcc::sync::SyncRunner</name>
    <message>
        <source>The sync with Open Klant is not running.</source>
        <translation>De synchronisatie met Open Klant loopt niet.</translation>
    </message>
</context>
<context>
    <name>kcc::sync::SyncSettingsLoader</name>
    <message>
        <source>the token file %1 set by IT</source>
        <translation>het tokenbestand %1 dat IT heeft ingesteld</translation>
    </message>
    <message>
        <source>the keyring</source>
        <translation>de sleutelbos</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>het bestand %1</translation>
    </message>
    <message>
        <source>IT has fixed the server address for every desk; it cannot be changed here.</source>
        <translation>IT heeft het serveradres voor alle werkplekken vastgezet; het kan hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>IT gives the token in the file %1; it cannot be changed here.</source>
        <translation>IT levert het token in het bestand %1; het kan hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>The settings could not be saved in %1.</source>
        <translation>De instellingen konden niet worden opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Given by IT in the file %1.</source>
        <translation>Door IT geleverd in het bestand %1.</translation>
    </message>
</context>
<context>
    <name>kcc::sync::TokenOpslag</name>
    <message>
        <source>Stored in the keyring.</source>
        <translation>Opgeslagen in de sleutelbos.</translation>
    </message>
    <message>
        <source>Stored in the file %1 (readable by its owner only).</source>
        <translation>Opgeslagen in bestand %1 (alleen leesbaar voor de eigenaar).</translation>
    </message>
    <message>
        <source>Stored in the file %1 (readable by its owner only), because there is no keyring: %2</source>
        <translation>Opgeslagen in bestand %1 (alleen leesbaar voor de eigenaar), omdat er geen sleutelbos is: %2</translation>
    </message>
    <message>
        <source>switched off for this desk (KCC_GEEN_SLEUTELBOS=1)</source>
        <translation>uitgezet voor deze werkplek (KCC_GEEN_SLEUTELBOS=1)</translation>
    </message>
    <message>
        <source>no D-Bus session to reach a secret service</source>
        <translation>geen D-Bus-sessie om een sleutelbos (secret service) te bereiken</translation>
    </message>
    <message>
        <source>The token is in the keyring, but the old file %1 could not be removed.</source>
        <translation>Het token staat in de sleutelbos, maar het oude bestand %1 kon niet worden verwijderd.</translation>
    </message>
    <message>
        <source>No Open Klant token is set (no file %1, and no keyring: %2).</source>
        <translation>Er is geen token voor Open Klant ingesteld (geen bestand %1, en geen sleutelbos: %2).</translation>
    </message>
    <message>
        <source>No Open Klant token is set; the beheerder sets it under Administration, Open Klant.</source>
        <translation>Er is geen token voor Open Klant ingesteld; de beheerder stelt het in onder Beheer, Open Klant.</translation>
    </message>
    <message>
        <source>The token file %1 does not exist.</source>
        <translation>Het tokenbestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The token file %1 may be read by others; make it readable by its owner only (chmod 600). It is not used.</source>
        <translation>Het tokenbestand %1 is leesbaar voor anderen; maak het alleen leesbaar voor de eigenaar (chmod 600). Het wordt niet gebruikt.</translation>
    </message>
    <message>
        <source>The token file %1 cannot be read: %2</source>
        <translation>Het tokenbestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The token file %1 must hold the token on one line.</source>
        <translation>Het tokenbestand %1 moet het token op één regel bevatten.</translation>
    </message>
    <message>
        <source>The folder %1 for the token file cannot be made.</source>
        <translation>De map %1 voor het tokenbestand kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The token file %1 cannot be written: %2</source>
        <translation>Het tokenbestand %1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The token file %1 cannot be made readable by its owner only.</source>
        <translation>Het tokenbestand %1 kan niet alleen leesbaar voor de eigenaar worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>kcc::ui::AdresForm</name>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>NL</source>
        <translation>NL</translation>
    </message>
    <message>
        <source>Country: two capital letters (ISO 3166), e.g. NL, BE, DE</source>
        <translation>Land: twee hoofdletters (ISO 3166), bijv. NL, BE, DE</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 cijfers</translation>
    </message>
    <message>
        <source>The nummeraanduiding-id of the address in the BAG</source>
        <translation>Het nummeraanduiding-id van het adres in de BAG</translation>
    </message>
    <message>
        <source>For an address the BAG does not hold, such as an address abroad</source>
        <translation>Voor een adres dat niet in de BAG staat, zoals een adres in het buitenland</translation>
    </message>
    <message>
        <source>House number:</source>
        <translation>Huisnummer:</translation>
    </message>
    <message>
        <source>Addition:</source>
        <translation>Toevoeging:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Straat:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Plaats:</translation>
    </message>
    <message>
        <source>BAG id:</source>
        <translation>BAG-id:</translation>
    </message>
    <message>
        <source>Address line %1:</source>
        <extracomment>An address line for what the BAG does not hold; %1 is 1, 2 or 3</extracomment>
        <translation>Adresregel %1:</translation>
    </message>
    <message>
        <source>The house number is a whole number from 1 to 99999; type letters such as "a" or "bis" in Addition.</source>
        <translation>Het huisnummer is een heel getal van 1 tot en met 99999; typ letters zoals "a" of "bis" bij Toevoeging.</translation>
    </message>
</context>
<context>
    <name>kcc::ui::AfdelingForm</name>
    <message>
        <source>Crea&amp;te afdeling</source>
        <translation>Afdeling &amp;aanmaken</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Acti&amp;ve afdelingen:</source>
        <translation>Act&amp;ieve afdelingen:</translation>
    </message>
</context>
<context>
    <name>kcc::ui::AfrondingWidget</name>
    <message>
        <source>What will be recorded:</source>
        <translation>Wat wordt vastgelegd:</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Nog nodig:</translation>
    </message>
    <message>
        <source>Close &amp;without registration (Ctrl+Enter)</source>
        <translation>Afsluiten &amp;zonder registratie (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Register (Ctrl+Enter)</source>
        <translation>Re&amp;gistreren (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>kcc::ui::AuthenticationWidget</name>
    <message>
        <source>Identity of the caller &amp;established</source>
        <translation>Identiteit van de beller &amp;vastgesteld</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 cijfers</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Not authenticated: a partij plays no role; a klantcontact is only recorded when follow-up is needed.</source>
        <translation>Niet geauthenticeerd: een partij speelt geen rol; een klantcontact wordt alleen vastgelegd als er opvolging nodig is.</translation>
    </message>
    <message>
        <source>No partij was chosen: enter the BSN the caller was identified with.</source>
        <translation>Er is geen partij gekozen: vul het BSN in waarmee de beller is geïdentificeerd.</translation>
    </message>
    <message>
        <source>The chosen partij is linked to the klantcontact.</source>
        <translation>De gekozen partij wordt aan het klantcontact gekoppeld.</translation>
    </message>
    <message>
        <source>%1 Check the number with the caller; a BSN has 9 digits and passes the elfproef.</source>
        <translation>%1 Controleer het nummer met de beller; een BSN heeft 9 cijfers en voldoet aan de elfproef.</translation>
    </message>
    <message>
        <source>BS&amp;N:</source>
        <translation>BS&amp;N:</translation>
    </message>
</context>
<context>
    <name>kcc::ui::BeheerDialog</name>
    <message>
        <source>Beheer</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <source>&amp;Medewerkers</source>
        <translation>&amp;Medewerkers</translation>
    </message>
    <message>
        <source>A&amp;fdelingen</source>
        <translation>A&amp;fdelingen</translation>
    </message>
    <message>
        <source>&amp;Codelijsten</source>
        <translation>&amp;Codelijsten</translation>
    </message>
    <message>
        <source>&amp;BRP</source>
        <translation>&amp;BRP</translation>
    </message>
    <message>
        <source>Open &amp;Klant</source>
        <translation>Open &amp;Klant</translation>
    </message>
</context>
<context>
    <name>kcc::ui::BetrokkeneEditor</name>
    <message>
        <source>e.g. 06 1234 5678</source>
        <translation>bijv. 06 1234 5678</translation>
    </message>
    <message>
        <source>name@example.nl</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Vertegenwoordiger</source>
        <translation>Vertegenwoordiger</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Voorletters:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>Voorv&amp;oegsel:</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Achternaam:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Ro&amp;l:</translation>
    </message>
    <message>
        <source>Name the caller gave</source>
        <translation>Naam die de beller opgaf</translation>
    </message>
    <message>
        <source>Contact details for the follow-up (not kept for later)</source>
        <translation>Contactgegevens voor de opvolging (niet bewaard voor later)</translation>
    </message>
    <message>
        <source>Name of the new partij</source>
        <translation>Naam van de nieuwe partij</translation>
    </message>
    <message>
        <source>Default contact details of the new partij</source>
        <translation>Standaardcontactgegevens van de nieuwe partij</translation>
    </message>
    <message>
        <source>Different form of address for this contact only (optional)</source>
        <translation>Afwijkende aanspreekvorm, alleen voor dit contact (optioneel)</translation>
    </message>
    <message>
        <source>Different contact details for this contact only (optional)</source>
        <translation>Afwijkende contactgegevens, alleen voor dit contact (optioneel)</translation>
    </message>
    <message>
        <source>The caller took the initiativ&amp;e</source>
        <translation>De beller nam het &amp;initiatief</translation>
    </message>
    <message>
        <source>First &amp;name:</source>
        <translation>Voor&amp;naam:</translation>
    </message>
    <message>
        <source>The caller &amp;consents to keeping these details</source>
        <translation>De beller geeft &amp;toestemming deze gegevens te bewaren</translation>
    </message>
    <message>
        <source>The organisation the caller speaks for, when they are its contactpersoon</source>
        <translation>De organisatie namens wie de beller spreekt, als die daar contactpersoon is</translation>
    </message>
    <message>
        <source>Name, BSN, KvK or partij number, then Enter</source>
        <translation>Naam, BSN, KvK- of partijnummer, dan Enter</translation>
    </message>
    <message>
        <source>The partij the caller represents: the contact also shows in its klantbeeld</source>
        <translation>De partij die de beller vertegenwoordigt: het contact staat ook in haar klantbeeld</translation>
    </message>
    <message>
        <source>Or&amp;ganisation name:</source>
        <translation>Or&amp;ganisatienaam:</translation>
    </message>
    <message>
        <source>On &amp;behalf of:</source>
        <translation>Vertegenwoordigt &amp;partij:</translation>
    </message>
    <message>
        <source>%1 (partij %2)</source>
        <translation>%1 (partij %2)</translation>
    </message>
    <message>
        <source>Nobody found for “%1”.</source>
        <translation>Niemand gevonden voor “%1”.</translation>
    </message>
    <message>
        <source>&amp;Where to send the answer of this contact (optional)</source>
        <translation>Adres voor het antwoord op dit &amp;contact (optioneel)</translation>
    </message>
    <message>
        <source>Visiting address of the ne&amp;w partij (optional)</source>
        <translation>Bezoekadres van de nie&amp;uwe partij (optioneel)</translation>
    </message>
</context>
<context>
    <name>kcc::ui::BrpInstellingenForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>/etc/kcc-werkplek/brp.key (readable by its owner only)</source>
        <translation>/etc/kcc-werkplek/brp.key (alleen leesbaar voor de eigenaar)</translation>
    </message>
    <message>
        <source>One header per line, e.g.
x-doelbinding: BRPKCC
x-verwerking: Klantcontact</source>
        <translation>Eén header per regel, bijv.
x-doelbinding: BRPKCC
x-verwerking: Klantcontact</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The BRP look-up (Haal Centraal BRP Personen bevragen) of this workstation. The API key is read from the file named here; it is never stored in the settings. Every look-up is recorded in the verwerkingenlog.</source>
        <translation>Het raadplegen van de BRP (Haal Centraal BRP Personen bevragen) vanaf deze werkplek. De API-sleutel wordt gelezen uit het bestand dat hier staat; hij wordt nooit in de instellingen bewaard. Elke raadpleging wordt vastgelegd in het verwerkingenlog.</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>API key &amp;header:</source>
        <translation>&amp;Header voor de API-sleutel:</translation>
    </message>
    <message>
        <source>API &amp;key file:</source>
        <translation>&amp;Sleutelbestand:</translation>
    </message>
    <message>
        <source>&amp;Doelbinding headers:</source>
        <translation>&amp;Doelbindingheaders:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Time-out:</translation>
    </message>
    <message>
        <source>The key file can be read and is protected.</source>
        <translation>Het sleutelbestand is leesbaar en afgeschermd.</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address.</source>
        <translation>De basis-URL moet een http://- of https://-adres zijn.</translation>
    </message>
    <message>
        <source>The API key header must be a valid header name.</source>
        <translation>De header voor de API-sleutel moet een geldige headernaam zijn.</translation>
    </message>
    <message>
        <source>Saved. The next BRP look-up uses these settings.</source>
        <translation>Opgeslagen. De volgende raadpleging van de BRP gebruikt deze instellingen.</translation>
    </message>
</context>
<context>
    <name>kcc::ui::BrpZoekenDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Take over as new partij</source>
        <translation>&amp;Overnemen als nieuwe partij</translation>
    </message>
    <message>
        <source>Search in the BRP</source>
        <translation>Zoeken in BRP</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 cijfers</translation>
    </message>
    <message>
        <source>without voorvoegsel; Jans* after three letters</source>
        <translation>zonder voorvoegsel; Jans* na drie letters</translation>
    </message>
    <message>
        <source>optional, e.g. van der</source>
        <translation>optioneel, bijv. van der</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Starts a contact with this person as a new partij: the name, the BSN and geheimhouding are taken over; contact details and consent come from the caller.</source>
        <translation>Start een contact met deze persoon als nieuwe partij: de naam, het BSN en de geheimhouding worden overgenomen; contactgegevens en toestemming komen van de beller.</translation>
    </message>
    <message>
        <source>The BRP values are for verifying what the caller tells you. Never read them out to the caller.</source>
        <translation>De gegevens uit de BRP dienen om te controleren wat de beller zegt. Lees ze nooit voor aan de beller.</translation>
    </message>
    <message>
        <source>&amp;BSN:</source>
        <translation>&amp;BSN:</translation>
    </message>
    <message>
        <source>or sur&amp;name:</source>
        <translation>of geslachts&amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Voorvoegsel:</translation>
    </message>
    <message>
        <source>and &amp;date of birth:</source>
        <translation>en geboorte&amp;datum:</translation>
    </message>
    <message>
        <source>Search by BSN, or by surname and full date of birth.</source>
        <translation>Zoek op BSN, of op geslachtsnaam en volledige geboortedatum.</translation>
    </message>
    <message>
        <source>Searching the BRP…</source>
        <translation>Zoeken in de BRP…</translation>
    </message>
    <message>
        <source>Nobody found in the BRP.</source>
        <translation>Niemand gevonden in de BRP.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found in the BRP. Check what the caller says against these values.</source>
        <translation>
            <numerusform>%n persoon gevonden in de BRP. Controleer wat de beller zegt aan deze gegevens.</numerusform>
            <numerusform>%n personen gevonden in de BRP. Controleer wat de beller zegt aan deze gegevens.</numerusform>
        </translation>
    </message>
    <message>
        <source>DECEASED</source>
        <translation>OVERLEDEN</translation>
    </message>
    <message>
        <source>IN ONDERZOEK</source>
        <translation>IN ONDERZOEK</translation>
    </message>
    <message>
        <source>LIVES ABROAD</source>
        <translation>WOONT IN BUITENLAND</translation>
    </message>
    <message>
        <source>GEHEIMHOUDING</source>
        <translation>GEHEIMHOUDING</translation>
    </message>
    <message>
        <source>Deceased according to the BRP.</source>
        <translation>Overleden volgens de BRP.</translation>
    </message>
    <message>
        <source>Deceased according to the BRP on %1.</source>
        <translation>Overleden volgens de BRP op %1.</translation>
    </message>
    <message>
        <source>In onderzoek: the BRP doubts these data (%1). Verify with extra care.</source>
        <translation>In onderzoek: de BRP twijfelt aan deze gegevens (%1). Controleer extra zorgvuldig.</translation>
    </message>
    <message>
        <source>Lives abroad according to the BRP.</source>
        <translation>Woont in het buitenland volgens de BRP.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Voorletters</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Not shown: geheimhouding persoonsgegevens</source>
        <translation>Niet getoond: geheimhouding persoonsgegevens</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>kcc::ui::CodeListEditor</name>
    <message>
        <source>Channels (kanaal)</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Authentication methods</source>
        <translation>Authenticatiemethoden</translation>
    </message>
    <message>
        <source>Outcomes (afhandeling)</source>
        <translation>Afhandelingen</translation>
    </message>
    <message>
        <source>Requested actions (gevraagde handeling)</source>
        <translation>Gevraagde handelingen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Re&amp;name selected</source>
        <translation>Label &amp;wijzigen</translation>
    </message>
    <message>
        <source>&amp;Deactivate selected</source>
        <translation>&amp;Deactiveren</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>lowercase letters, digits, - and _</source>
        <translation>kleine letters, cijfers, - en _</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lijst:</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>La&amp;bel:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Enter a code.</source>
        <translation>Vul een code in.</translation>
    </message>
    <message>
        <source>Enter a label.</source>
        <translation>Vul een label in.</translation>
    </message>
</context>
<context>
    <name>kcc::ui::ConflictDialog</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Keep the &amp;desk's version</source>
        <translation>&amp;Versie van de werkplek houden</translation>
    </message>
    <message>
        <source>Keep the &amp;server's version</source>
        <translation>Versie van de &amp;server houden</translation>
    </message>
    <message>
        <source>Conflicts with Open Klant</source>
        <translation>Conflicten met Open Klant</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Op de werkplek</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Op de server</translation>
    </message>
    <message>
        <source>Only a beheerder may see and resolve conflicts with the server.</source>
        <translation>Alleen een beheerder mag conflicten met de server zien en oplossen.</translation>
    </message>
    <message>
        <source>Partij %1, found %2</source>
        <translation>Partij %1, gevonden %2</translation>
    </message>
    <message>
        <source>There are no conflicts with the server.</source>
        <translation>Er zijn geen conflicten met de server.</translation>
    </message>
    <message numerus="yes">
        <source>This partij was changed at the desk and on the server since the last sync. %n field(s) differ (marked). Choose which version stays; the choice is recorded.</source>
        <translation>
            <numerusform>Deze partij is sinds de laatste synchronisatie op de werkplek én op de server gewijzigd. %n veld verschilt (gemarkeerd). Kies welke versie blijft; de keuze wordt vastgelegd.</numerusform>
            <numerusform>Deze partij is sinds de laatste synchronisatie op de werkplek én op de server gewijzigd. %n velden verschillen (gemarkeerd). Kies welke versie blijft; de keuze wordt vastgelegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The desk's version is kept and will be sent to the server again.</source>
        <translation>De versie van de werkplek blijft en wordt opnieuw naar de server gestuurd.</translation>
    </message>
    <message>
        <source>The server's version is kept and written into the partij.</source>
        <translation>De versie van de server blijft en is in de partij overgenomen.</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts...</source>
        <translation>Synchronisatie&amp;conflicten...</translation>
    </message>
</context>
<context>
    <name>kcc::ui::ContactPanel</name>
    <message>
        <source>Call en&amp;ded (F9)</source>
        <translation>Gesprek beëin&amp;digd (F9)</translation>
    </message>
    <message>
        <source>The caller hung up: the timer now counts nawerk (F9)</source>
        <translation>De beller heeft opgehangen: de timer telt nu nawerk (F9)</translation>
    </message>
    <message>
        <source>Notes during the call (never registered as such)</source>
        <translation>Notities tijdens het gesprek (worden zelf nooit vastgelegd)</translation>
    </message>
    <message>
        <source>Appends the notes to the question of the current subject</source>
        <translation>Voegt de notities toe aan de vraag van het huidige onderwerp</translation>
    </message>
    <message>
        <source>Appends the notes to the explanation of the current subject's task</source>
        <translation>Voegt de notities toe aan de toelichting van de taak van het huidige onderwerp</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Notitie&amp;s:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>vertrouwelijk</source>
        <translation>vertrouwelijk</translation>
    </message>
    <message>
        <source>Unfinished contact</source>
        <translation>Niet afgerond contact</translation>
    </message>
    <message>
        <source>The contact of %1 (%2) was not finished. Continue it now?

No discards it.</source>
        <translation>Het contact van %1 (%2) is niet afgerond. Nu verdergaan?

Nee gooit het weg.</translation>
    </message>
    <message>
        <source>no subject yet</source>
        <translation>nog geen onderwerp</translation>
    </message>
    <message>
        <source>The unfinished contact is restored.</source>
        <translation>Het niet afgeronde contact is hersteld.</translation>
    </message>
    <message>
        <source>Cancel contact?</source>
        <translation>Contact annuleren?</translation>
    </message>
    <message>
        <source>Cancel this contact? Everything typed for it is discarded.</source>
        <translation>Dit contact annuleren? Alles wat ervoor is ingevuld, wordt weggegooid.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authenticatie</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Doorverbinden</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Afronding</translation>
    </message>
    <message>
        <source>%1 %2. %3</source>
        <extracomment>Step in the side list: mark, number (Alt+number), title</extracomment>
        <translation>%1 %2. %3</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Call %1 · nawerk %2</source>
        <translation>Gesprek %1 · nawerk %2</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Gesprek %1</translation>
    </message>
    <message>
        <source>Subject %1 has no task yet: create one under Follow-up first (Alt+4).</source>
        <translation>Onderwerp %1 heeft nog geen taak: maak die eerst aan onder Opvolging (Alt+4).</translation>
    </message>
    <message>
        <source>Notes → question</source>
        <translation>Notities → vraag</translation>
    </message>
    <message>
        <source>Notes → task explanation</source>
        <translation>Notities → toelichting taak</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>Klant: %1</source>
        <extracomment>Always visible in the contact panel's header: who the contact is with</extracomment>
        <translation>Klant: %1</translation>
    </message>
    <message>
        <source>Klant: not chosen yet</source>
        <translation>Klant: nog niet gekozen</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>%1 contacts were not finished, the last one in front of %2 (%3). Continue them now?

No discards them all.</source>
        <translation>%1 contacten zijn niet afgerond; het laatst getoonde is van %2 (%3). Nu verdergaan?

Nee gooit ze allemaal weg.</translation>
    </message>
    <message>
        <source>The %1 unfinished contacts are restored; F4 switches between them.</source>
        <translation>De %1 niet afgeronde contacten zijn hersteld; F4 wisselt ertussen.</translation>
    </message>
</context>
<context>
    <name>kcc::ui::ContactSwitcher</name>
    <message>
        <source>The open contacts; choose one to bring it to the front (F4)</source>
        <translation>De open contacten; kies er een om het naar voren te halen (F4)</translation>
    </message>
    <message>
        <source>Active (%1):</source>
        <extracomment>The switcher of the open contacts (KISS: "Actief (n)")</extracomment>
        <translation>Actief (%1):</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>An open contact in the switcher: caller, kanaal, duration</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (on hold)</source>
        <extracomment>A parked contact in the switcher: caller, kanaal, duration; the caller is on hold</extracomment>
        <translation>%1 · %2 · %3 (in de wacht)</translation>
    </message>
</context>
<context>
    <name>kcc::ui::CountedTextEdit</name>
    <message>
        <source>%1 / %2</source>
        <extracomment>Character counter under a text field: used / maximum</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many: shorten the text.</source>
        <translation>
            <numerusform>%n teken te veel: maak de tekst korter.</numerusform>
            <numerusform>%n tekens te veel: maak de tekst korter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kcc::ui::DigitaleAdressenEditor</name>
    <message>
        <source>&amp;Digital addresses</source>
        <translation>&amp;Digitale adressen</translation>
    </message>
    <message>
        <source>Ne&amp;w address</source>
        <translation>Nie&amp;uw adres</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Pr&amp;eferred address of this partij</source>
        <translation>Voor&amp;keursadres van deze partij</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>e.g. mobile, work</source>
        <translation>bijv. mobiel, werk</translation>
    </message>
    <message>
        <source>The address to use first; at most one address is the preferred one</source>
        <translation>Het adres om eerst te gebruiken; hoogstens één adres is het voorkeursadres</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Adr&amp;es:</translation>
    </message>
    <message>
        <source>Descrip&amp;tion:</source>
        <translation>Omsch&amp;rijving:</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source> — preferred</source>
        <extracomment>Marks the preferred digital address in the list</extracomment>
        <translation> — voorkeur</translation>
    </message>
</context>
<context>
    <name>kcc::ui::InzageBestanden</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 kon niet worden opgeslagen: %2</translation>
    </message>
</context>
<context>
    <name>kcc::ui::InzageDocument</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Visiting address</source>
        <translation>Bezoekadres</translation>
    </message>
    <message>
        <source>Correspondence address</source>
        <translation>Correspondentieadres</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Voorkeurstaal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Rekeningnummer</translation>
    </message>
    <message>
        <source>As given in a contact</source>
        <translation>Zoals opgegeven bij een contact</translation>
    </message>
    <message>
        <source>Representations</source>
        <translation>Vertegenwoordigingen</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Uw gegevens</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Your contacts with the municipality</source>
        <translation>Uw contacten met de gemeente</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Tasks arising from them</source>
        <translation>Taken die daaruit voortkwamen</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>Gevraagde handeling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Who processed your data</source>
        <translation>Wie uw gegevens heeft verwerkt</translation>
    </message>
    <message>
        <source>Every look at your data is recorded. Employees are named by a code; the municipality can tell you which department a code belongs to.</source>
        <translation>Elke keer dat iemand uw gegevens bekijkt, wordt vastgelegd. Medewerkers staan er met een code; de gemeente kan u vertellen bij welke afdeling een code hoort.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Employee code</source>
        <translation>Code medewerker</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Access to your personal data</source>
        <translation>Inzage in uw persoonsgegevens</translation>
    </message>
    <message>
        <source>Drawn up on %1. This overview holds everything the customer contact centre (KCC) of the municipality records about you, and who processed your data, when and why (GDPR article 15).</source>
        <translation>Opgesteld op %1. Dit overzicht bevat alles wat het Klantcontactcentrum (KCC) van de gemeente over u vastlegt, en wie uw gegevens wanneer en waarom heeft verwerkt (AVG artikel 15).</translation>
    </message>
</context>
<context>
    <name>kcc::ui::InzageKnop</name>
    <message>
        <source>Make inzage…</source>
        <translation>Inzage maken…</translation>
    </message>
    <message>
        <source>Writes everything the KCC holds about this person, and who processed it, as JSON and PDF into a folder (GDPR art. 15); the inzage is recorded in the verwerkingenlog</source>
        <translation>Schrijft alles wat het KCC over deze persoon vastlegt, en wie het heeft verwerkt, als JSON en PDF in een map (AVG art. 15); de inzage wordt in het verwerkingenlog vastgelegd</translation>
    </message>
    <message>
        <source>Folder for the inzage</source>
        <translation>Map voor de inzage</translation>
    </message>
    <message>
        <source>Inzage written to %1.</source>
        <translation>Inzage geschreven naar %1.</translation>
    </message>
</context>
<context>
    <name>kcc::ui::KeyOverviewDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Toets</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wat het doet</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Hoofdvenster</translation>
    </message>
    <message>
        <source>New contact: the contact panel with kanaal, timer and the steps</source>
        <translation>Nieuw contact: het contactpaneel met kanaal, timer en de stappen</translation>
    </message>
    <message>
        <source>Search partij (Zoeken tab)</source>
        <translation>Partij zoeken (tabblad Zoeken)</translation>
    </message>
    <message>
        <source>Down, Enter</source>
        <translation>Omlaag, Enter</translation>
    </message>
    <message>
        <source>In the search: into the hits; Enter opens the klantbeeld</source>
        <translation>In het zoekveld: naar de treffers; Enter opent het klantbeeld</translation>
    </message>
    <message>
        <source>Partijen list</source>
        <translation>Lijst Partijen</translation>
    </message>
    <message>
        <source>Klantcontacten list</source>
        <translation>Lijst Klantcontacten</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>Werkvoorraad</translation>
    </message>
    <message>
        <source>Supervisor (role supervisor)</source>
        <translation>Supervisor (rol supervisor)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>On a klantcontact (list or history in the klantbeeld): read it; Esc closes it</source>
        <translation>Op een klantcontact (lijst of historie in het klantbeeld): lezen; Esc sluit het</translation>
    </message>
    <message>
        <source>Refresh the lists</source>
        <translation>Lijsten vernieuwen</translation>
    </message>
    <message>
        <source>Add to a transferred call</source>
        <translation>Doorverbonden gesprek aanvullen</translation>
    </message>
    <message>
        <source>Administration (role beheerder)</source>
        <translation>Beheer (rol beheerder)</translation>
    </message>
    <message>
        <source>Sign out: another medewerker can sign in</source>
        <translation>Afmelden: een andere medewerker kan zich aanmelden</translation>
    </message>
    <message>
        <source>This overview</source>
        <translation>Dit overzicht</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Contact panel</source>
        <translation>Contactpaneel</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+7</source>
        <translation>Alt+1 … Alt+7</translation>
    </message>
    <message>
        <source>Next / previous step</source>
        <translation>Volgende / vorige stap</translation>
    </message>
    <message>
        <source>The caller hung up: talk time stops, nawerk time starts</source>
        <translation>De beller heeft opgehangen: de gesprekstijd stopt, de nawerktijd begint</translation>
    </message>
    <message>
        <source>Register the contact (or close it when nothing is recorded)</source>
        <translation>Het contact registreren (of sluiten als er niets wordt vastgelegd)</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+3</source>
        <translation>Alt+1 … Alt+3</translation>
    </message>
    <message>
        <source>Mijn taken, Afdeling, Historie</source>
        <translation>Mijn taken, Afdeling, Historie</translation>
    </message>
    <message>
        <source>Take up the task (from an afdeling's queue)</source>
        <translation>De taak oppakken (uit de werkvoorraad van een afdeling)</translation>
    </message>
    <message>
        <source>Open the task beside the list; Esc goes back</source>
        <translation>De taak naast de lijst openen; Esc gaat terug</translation>
    </message>
    <message>
        <source>In a task: contact made / called back</source>
        <translation>In een taak: contact gelegd / teruggebeld</translation>
    </message>
    <message>
        <source>In a task: not reached (the attempt is recorded)</source>
        <translation>In een taak: niet bereikt (de poging wordt vastgelegd)</translation>
    </message>
    <message>
        <source>In a task: forward</source>
        <translation>In een taak: doorsturen</translation>
    </message>
    <message>
        <source>In a task: send back to the KCC for re-routing</source>
        <translation>In een taak: terug naar het KCC om opnieuw te routeren</translation>
    </message>
    <message>
        <source>In a task: close</source>
        <translation>In een taak: afhandelen</translation>
    </message>
    <message>
        <source>In a task: reopen (supervisor)</source>
        <translation>In een taak: heropenen (supervisor)</translation>
    </message>
    <message>
        <source>Confirm the open form</source>
        <translation>Het geopende formulier bevestigen</translation>
    </message>
    <message>
        <source>Cancel the open form</source>
        <translation>Het geopende formulier annuleren</translation>
    </message>
    <message>
        <source>Copy the chosen contact detail (Enter does the same)</source>
        <translation>Het gekozen contactgegeven kopiëren (Enter doet hetzelfde)</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Assign the chosen tasks</source>
        <translation>De gekozen taken toewijzen</translation>
    </message>
    <message>
        <source>Confirm the assignment</source>
        <translation>Het toewijzen bevestigen</translation>
    </message>
    <message>
        <source>Cancel the assignment</source>
        <translation>Het toewijzen annuleren</translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation>De cijfers exporteren als CSV</translation>
    </message>
    <message>
        <source>Everything in KCC Werkplek works without a mouse. Tab moves to the next field, Alt with the underlined letter to a field or button.</source>
        <translation>Alles in KCC Werkplek werkt zonder muis. Tab gaat naar het volgende veld, Alt met de onderstreepte letter naar een veld of knop.</translation>
    </message>
    <message>
        <source>Copy the reference number of the last registration</source>
        <translation>Het referentienummer van de laatste registratie kopiëren</translation>
    </message>
    <message>
        <source>The steps: klant, authenticatie, onderwerpen, opvolging, betrokkene, doorverbinden, afronding (from anywhere in the window while a contact is open)</source>
        <translation>De stappen: klant, authenticatie, onderwerpen, opvolging, betrokkene, doorverbinden, afronding (overal in het venster zolang een contact open is)</translation>
    </message>
    <message>
        <source>Edit the partij of the klantbeeld: names, addresses, digital addresses, language</source>
        <translation>De partij van het klantbeeld wijzigen: namen, adressen, digitale adressen, taal</translation>
    </message>
    <message>
        <source>A call is waiting: park the open contact (the caller on hold) and take the call</source>
        <translation>Er wacht een gesprek: het open contact parkeren (de beller in de wacht) en het gesprek aannemen</translation>
    </message>
    <message>
        <source>Active (n): the open contacts; Enter brings the chosen one to the front, the other is parked</source>
        <translation>Actief (n): de open contacten; Enter haalt het gekozen contact naar voren, het andere wordt geparkeerd</translation>
    </message>
    <message>
        <source>Lock the desk when you leave it: nothing personal shows until your password is given</source>
        <translation>De werkplek vergrendelen als u weggaat: er is niets persoonlijks te zien tot uw wachtwoord is gegeven</translation>
    </message>
    <message>
        <source>Verwerkingenlog: who looked at a person's data (role privacyfunctionaris)</source>
        <translation>Verwerkingenlog: wie de gegevens van een persoon heeft bekeken (rol privacyfunctionaris)</translation>
    </message>
    <message>
        <source>Search in the BRP a caller who is not yet a partij (once the beheerder has set up the BRP)</source>
        <translation>Zoek in de BRP een beller die nog geen partij is (zodra de beheerder de BRP heeft ingesteld)</translation>
    </message>
    <message>
        <source>Sync log: what was sent to and fetched from Open Klant (role beheerder)</source>
        <translation>Synchronisatielog: wat naar Open Klant is verzonden en ervan is opgehaald (rol beheerder)</translation>
    </message>
    <message>
        <source>Sync conflicts: a partij changed at the desk and in Open Klant (role beheerder)</source>
        <translation>Synchronisatieconflicten: een partij gewijzigd op de werkplek en in Open Klant (rol beheerder)</translation>
    </message>
</context>
<context>
    <name>kcc::ui::KlantKeuzeWidget</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Not found — continue without partij</source>
        <translation>&amp;Niet gevonden — verder zonder partij</translation>
    </message>
    <message>
        <source>Puts the keyboard in the search box beside this panel</source>
        <translation>Zet het toetsenbord in het zoekvak naast dit paneel</translation>
    </message>
    <message>
        <source>The caller is not (yet) known: continue without a partij (Alt+N)</source>
        <translation>De beller is (nog) niet bekend: verder zonder partij (Alt+N)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>The partij chosen for the contact: name, then its identificatoren (BSN masked)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The klantbeeld beside this panel is this caller's. Another search there chooses someone else. Next: authenticate the caller (Alt+2).</source>
        <translation>Het klantbeeld naast dit paneel is dat van deze beller. Een nieuwe zoekopdracht daar kiest iemand anders. Volgende stap: de beller authenticeren (Alt+2).</translation>
    </message>
    <message>
        <source>No partij chosen yet</source>
        <translation>Nog geen partij gekozen</translation>
    </message>
    <message>
        <source>Search the caller beside this panel (Ctrl+F): by name, BSN, phone number, e-mail, postcode + house number or number. Enter on a hit chooses the partij for this contact. Nobody found? Continue without partij (Alt+N).</source>
        <translation>Zoek de beller in het zoekvak naast dit paneel (Ctrl+F): op naam, BSN, telefoonnummer, e-mail, postcode + huisnummer of nummer. Enter op een treffer kiest de partij voor dit contact. Niemand gevonden? Ga verder zonder partij (Alt+N).</translation>
    </message>
    <message>
        <source>New partij from the BRP: %1 — BSN %2</source>
        <extracomment>A person found in the BRP becomes a new partij: name, masked BSN</extracomment>
        <translation>Nieuwe partij uit de BRP: %1 — BSN %2</translation>
    </message>
    <message>
        <source>Next: establish the identity of the caller (Alt+2). The BRP values are for verifying what the caller says; never read them out.</source>
        <translation>Volgende stap: stel de identiteit van de beller vast (Alt+2). De gegevens uit de BRP dienen om te controleren wat de beller zegt; lees ze nooit voor.</translation>
    </message>
</context>
<context>
    <name>kcc::ui::KlantbeeldWidget</name>
    <message>
        <source>No partij chosen. Search above and press Enter to open the klantbeeld.</source>
        <translation>Geen partij gekozen. Zoek hierboven en druk op Enter om het klantbeeld te openen.</translation>
    </message>
    <message>
        <source>nummer %1</source>
        <translation>nummer %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>This partij is inactive.</source>
        <translation>Deze partij is niet actief.</translation>
    </message>
    <message>
        <source>Geheimhouding: do not give out personal details.</source>
        <translation>Geheimhouding: geef geen persoonsgegevens door.</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Bezoekadres</source>
        <translation>Bezoekadres</translation>
    </message>
    <message>
        <source>Correspondentieadres</source>
        <translation>Correspondentieadres</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <source>voorkeur</source>
        <translation>voorkeur</translation>
    </message>
    <message>
        <source>none — no consent for reuse given</source>
        <translation>geen — geen toestemming voor hergebruik gegeven</translation>
    </message>
    <message>
        <source>Identificatoren</source>
        <translation>Identificatoren</translation>
    </message>
    <message>
        <source>Recent klantcontacten</source>
        <translation>Recente klantcontacten</translation>
    </message>
    <message>
        <source>vertrouwelijk</source>
        <translation>vertrouwelijk</translation>
    </message>
    <message>
        <source>Open interne taken</source>
        <translation>Open interne taken</translation>
    </message>
    <message>
        <source>Show only the klantcontacten through this channel</source>
        <translation>Toon alleen de klantcontacten via dit kanaal</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>A period edit with no date chosen: the period is open on this side</extracomment>
        <translation>alle</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Eerste dag van de periode</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Laatste dag van de periode</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contact history&lt;/b&gt;: none</source>
        <translation>&lt;b&gt;Contacthistorie&lt;/b&gt;: geen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contact history&lt;/b&gt;: %1 of %2 (scroll for more)</source>
        <extracomment>%1 klantcontacten shown of %2; more are read when scrolling down</extracomment>
        <translation>&lt;b&gt;Contacthistorie&lt;/b&gt;: %1 van %2 (scroll voor meer)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contact history&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Contacthistorie&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>voorkeurstaal %1</source>
        <translation>voorkeurstaal %1</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>niet actief</translation>
    </message>
    <message>
        <source>Works for</source>
        <translation>Werkt voor</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Vertegenwoordigt</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Vertegenwoordigd door</translation>
    </message>
    <message>
        <source>Contactpersonen</source>
        <translation>Contactpersonen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Show BSN</source>
        <translation>Volledig BSN tonen</translation>
    </message>
    <message>
        <source>Shows the full BSN; only when the caller's identity requires it</source>
        <translation>Toont het volledige BSN; alleen als de identificatie van de beller dat vraagt</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanaal:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Tot en met:</translation>
    </message>
    <message>
        <source>Hide BSN</source>
        <translation>Volledig BSN verbergen</translation>
    </message>
    <message>
        <source>Addresses, contact details and the contact history are shown once the caller is authenticated (step 2, Alt+2).</source>
        <translation>Adressen, contactgegevens en de contacthistorie verschijnen zodra de beller is geauthenticeerd (stap 2, Alt+2).</translation>
    </message>
    <message>
        <source>The BSN cannot be shown here.</source>
        <translation>Het BSN kan hier niet worden getoond.</translation>
    </message>
</context>
<context>
    <name>kcc::ui::KlantcontactDetailDialog</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A language by name with its ISO 639-2 code, e.g. "Nederlands (nld)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Bezoekadres: %1</source>
        <translation>Bezoekadres: %1</translation>
    </message>
    <message>
        <source>Correspondentieadres: %1</source>
        <translation>Correspondentieadres: %1</translation>
    </message>
    <message>
        <source>Klantcontact</source>
        <translation>Klantcontact</translation>
    </message>
    <message>
        <source>Klantcontact %1</source>
        <extracomment>Title of the read-only view of a klantcontact; %1 is its referentienummer</extracomment>
        <translation>Klantcontact %1</translation>
    </message>
    <message>
        <source>This klantcontact is vertrouwelijk. Only the medewerkers linked to it, those its tasks are assigned to and supervisors can read it.</source>
        <translation>Dit klantcontact is vertrouwelijk. Alleen de medewerkers die eraan gekoppeld zijn, de medewerkers aan wie een taak ervan is toegewezen en supervisors kunnen het lezen.</translation>
    </message>
    <message>
        <source>Reference number:</source>
        <translation>Referentienummer:</translation>
    </message>
    <message>
        <source>Took place:</source>
        <translation>Plaatsgevonden op:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanaal:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <source>Contact succeeded:</source>
        <translation>Contact gelukt:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Confidential:</source>
        <translation>Vertrouwelijk:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Inhoud:</translation>
    </message>
    <message>
        <source>Reaction:</source>
        <translation>Reactie:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Betrokkenen</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Initiatiefnemer</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <source>Onderwerpobjecten</source>
        <translation>Onderwerpobjecten</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Earlier klantcontact %1</source>
        <extracomment>An onderwerpobject that is an earlier klantcontact; %1 is its referentienummer</extracomment>
        <translation>Eerder klantcontact %1</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Actoren</source>
        <translation>Actoren</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Interne taken</source>
        <translation>Interne taken</translation>
    </message>
    <message>
        <source>Task / log</source>
        <translation>Taak / logboek</translation>
    </message>
    <message>
        <source>Status / who</source>
        <translation>Status / wie</translation>
    </message>
    <message>
        <source>Assigned to / explanation</source>
        <translation>Toegewezen aan / toelichting</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>%1 – closed %2</source>
        <extracomment>When a task was assigned and when it was closed</extracomment>
        <translation>%1 – afgehandeld %2</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>aan %1</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>bereikt</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>niet bereikt</translation>
    </message>
</context>
<context>
    <name>kcc::ui::LiveRefresh</name>
    <message>
        <source>No connection to the KCC database since %1; reconnecting. Your open contact stays on this desk.</source>
        <translation>Geen verbinding met de KCC-database sinds %1; er wordt opnieuw verbonden. Uw open contact blijft op deze werkplek staan.</translation>
    </message>
    <message>
        <source>The connection to the KCC database is back.</source>
        <translation>De verbinding met de KCC-database is hersteld.</translation>
    </message>
</context>
<context>
    <name>kcc::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Af&amp;melden</translation>
    </message>
    <message>
        <source>KCC Werkplek is locked</source>
        <translation>KCC Werkplek is vergrendeld</translation>
    </message>
    <message>
        <source>Locked by %1. Give your password to continue where you were; an open contact and its notes are kept. Someone else signs out first (the open contact is kept as a draft).</source>
        <translation>Vergrendeld door %1. Geef uw wachtwoord om verder te gaan waar u was; een open contact en de notities blijven bewaard. Iemand anders meldt eerst af (het open contact blijft bewaard als concept).</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>Het wachtwoord is niet juist.</translation>
    </message>
</context>
<context>
    <name>kcc::ui::MainStatusBar</name>
    <message>
        <source>DEMO — not real data</source>
        <translation>DEMO — geen echte gegevens</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Partijen: %1 · Klantcontacten: %2</source>
        <translation>Partijen: %1 · Klantcontacten: %2</translation>
    </message>
    <message>
        <source>Copy with Ctrl+Shift+C</source>
        <translation>Kopiëren met Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Last registration: %1</source>
        <extracomment>Status bar after a registration; %1 the klantcontact reference number(s)</extracomment>
        <translation>Laatst vastgelegd: %1</translation>
    </message>
</context>
<context>
    <name>kcc::ui::MainWindow</name>
    <message>
        <source>&amp;Partijen</source>
        <translation>&amp;Partijen</translation>
    </message>
    <message>
        <source>&amp;Klantcontacten</source>
        <translation>&amp;Klantcontacten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>B&amp;eeld</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About KCC Werkplek</source>
        <translation>&amp;Over KCC Werkplek</translation>
    </message>
    <message>
        <source>Lists refreshed</source>
        <translation>Lijsten vernieuwd</translation>
    </message>
    <message>
        <source>KCC Werkplek — %1 — DEMO</source>
        <extracomment>Window title on demo data; %1 is the database file name</extracomment>
        <translation>KCC Werkplek — %1 — DEMO</translation>
    </message>
    <message>
        <source>KCC Werkplek — %1</source>
        <extracomment>Window title; %1 is the database file name</extracomment>
        <translation>KCC Werkplek — %1</translation>
    </message>
    <message>
        <source>The database is still empty. Start with --demo to try KCC Werkplek on demo data.</source>
        <translation>De database is nog leeg. Start met --demo om KCC Werkplek met demogegevens te proberen.</translation>
    </message>
    <message>
        <source>About KCC Werkplek</source>
        <translation>Over KCC Werkplek</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KCC Werkplek %1&lt;/h3&gt;&lt;p&gt;The workstation of the municipality's customer contact centre (KCC), built on the VNG Klantinteracties API.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KCC Werkplek %1&lt;/h3&gt;&lt;p&gt;De werkplek van het klantcontactcentrum (KCC) van de gemeente, gebouwd op de VNG Klantinteracties API.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>De lijst kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;Nieuw contact</translation>
    </message>
    <message>
        <source>Start registering a contact (F2)</source>
        <translation>Begin met het vastleggen van een contact (F2)</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Aangemeld: %1</translation>
    </message>
    <message>
        <source>&amp;Administration...</source>
        <translation>&amp;Beheer…</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>Behee&amp;r</translation>
    </message>
    <message>
        <source>Add to a &amp;transferred call...</source>
        <translation>Doorverbonden gesprek &amp;aanvullen...</translation>
    </message>
    <message>
        <source>&amp;Search partij</source>
        <translation>&amp;Zoek partij</translation>
    </message>
    <message>
        <source>Search a partij by name, BSN, phone number, e-mail or postcode (Ctrl+F)</source>
        <translation>Zoek een partij op naam, BSN, telefoonnummer, e-mail of postcode (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finish or cancel the open contact first.</source>
        <translation>Rond eerst het open contact af of annuleer het.</translation>
    </message>
    <message>
        <source>&amp;Work queue</source>
        <translation>&amp;Werkvoorraad</translation>
    </message>
    <message>
        <source>S&amp;upervisor</source>
        <translation>S&amp;upervisor</translation>
    </message>
    <message>
        <source>Partijen</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Klantcontacten</source>
        <translation>Klantcontacten</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Af&amp;melden</translation>
    </message>
    <message>
        <source>Sign out; an unfinished contact is kept as a draft (Ctrl+Shift+L)</source>
        <translation>Afmelden; een onafgemaakt contact blijft bewaard als concept (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <source>Only for beheerders</source>
        <translation>Alleen voor beheerders</translation>
    </message>
    <message>
        <source>Administration (medewerkers, afdelingen and code lists) needs the role beheerder, which your account does not have. Ask a beheerder if you need it.</source>
        <translation>Beheer (medewerkers, afdelingen en codelijsten) vraagt de rol beheerder, en die heeft uw account niet. Vraag een beheerder als u die nodig hebt.</translation>
    </message>
    <message>
        <source>Only for supervisors</source>
        <translation>Alleen voor supervisors</translation>
    </message>
    <message>
        <source>The Supervisor screen (backlog per afdeling and medewerker, assigning tasks, figures) needs the role supervisor, which your account does not have. A beheerder can give it under Administration.</source>
        <translation>Het scherm Supervisor (achterstand per afdeling en medewerker, taken toewijzen, cijfers) vraagt de rol supervisor, en die heeft uw account niet. Een beheerder kan die rol toekennen onder Beheer.</translation>
    </message>
    <message>
        <source>&amp;Copy the last reference number</source>
        <translation>Laatste referentienummer &amp;kopiëren</translation>
    </message>
    <message>
        <source>Reference number %1 copied.</source>
        <translation>Referentienummer %1 gekopieerd.</translation>
    </message>
    <message>
        <source>The partij was saved.</source>
        <translation>De partij is opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Park and take the waiting call</source>
        <translation>&amp;Parkeren en wachtend gesprek aannemen</translation>
    </message>
    <message>
        <source>Park the open contact (the caller on hold) and take the waiting call (Ctrl+Shift+A)</source>
        <translation>Het open contact parkeren (de beller in de wacht) en het wachtende gesprek aannemen (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>%1 A call is waiting: Ctrl+Shift+A takes it.</source>
        <translation>%1 Er wacht een gesprek: Ctrl+Shift+A neemt het aan.</translation>
    </message>
    <message>
        <source>Incoming call from %1 while a contact is open: Ctrl+Shift+A parks it and takes the call.</source>
        <translation>Inkomend gesprek van %1 terwijl een contact open is: Ctrl+Shift+A parkeert dat en neemt het gesprek aan.</translation>
    </message>
    <message>
        <source>No call is waiting.</source>
        <translation>Er wacht geen gesprek.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Lock the desk when you leave it; your password unlocks it (Ctrl+L)</source>
        <translation>Vergrendel de werkplek als u weggaat; uw wachtwoord ontgrendelt hem (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Verwerkingenlog...</source>
        <translation>&amp;Verwerkingenlog…</translation>
    </message>
    <message>
        <source>Verwerkingenlog</source>
        <translation>Verwerkingenlog</translation>
    </message>
    <message>
        <source>Only for the privacy officer</source>
        <translation>Alleen voor de privacyfunctionaris</translation>
    </message>
    <message>
        <source>The verwerkingenlog (who looked at whose data) needs the role privacyfunctionaris, which your account does not have. Ask a beheerder if you need it.</source>
        <translation>Het verwerkingenlog (wie welke gegevens heeft bekeken) vraagt de rol privacyfunctionaris, die uw account niet heeft. Vraag een beheerder als u die nodig hebt.</translation>
    </message>
</context>
<context>
    <name>kcc::ui::MedewerkerAccountEditor</name>
    <message>
        <source>Save roles and afdelingen</source>
        <translation>Rollen en afdelingen opslaan</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Wachtwoord instellen</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Minimaal 8 tekens</translation>
    </message>
    <message>
        <source>Medewerker</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Balie</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Beheerder</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Member of &amp;afdelingen:</source>
        <translation>Lid van &amp;afdelingen:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>Choose a medewerker in the list to change their account</source>
        <translation>Kies een medewerker in de lijst om het account te wijzigen</translation>
    </message>
    <message>
        <source>Account of %1</source>
        <translation>Account van %1</translation>
    </message>
    <message>
        <source>You cannot remove your own role Beheerder. Ask another beheerder to do it.</source>
        <translation>U kunt uw eigen rol Beheerder niet intrekken. Vraag een andere beheerder dit te doen.</translation>
    </message>
    <message>
        <source>Roles and afdelingen saved.</source>
        <translation>Rollen en afdelingen opgeslagen.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Wachtwoord gewijzigd.</translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation>Privacyfunctionaris</translation>
    </message>
</context>
<context>
    <name>kcc::ui::MedewerkerForm</name>
    <message>
        <source>Crea&amp;te medewerker</source>
        <translation>Medewerker &amp;aanmaken</translation>
    </message>
    <message>
        <source>Me&amp;dewerker</source>
        <translation>Me&amp;dewerker</translation>
    </message>
    <message>
        <source>&amp;Balie</source>
        <translation>&amp;Balie</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Supervisor</translation>
    </message>
    <message>
        <source>Be&amp;heerder</source>
        <translation>Behee&amp;rder</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>F&amp;unctie:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Telefoonnummer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Wachtwoord &amp;herhalen:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Acti&amp;ve medewerkers:</source>
        <translation>Act&amp;ieve medewerkers:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The passwords are not the same. Type the same password twice.</source>
        <translation>De wachtwoorden zijn niet gelijk. Typ twee keer hetzelfde wachtwoord.</translation>
    </message>
    <message>
        <source>Privac&amp;y officer</source>
        <translation>Privac&amp;yfunctionaris</translation>
    </message>
</context>
<context>
    <name>kcc::ui::MessageBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Verberg dit bericht</translation>
    </message>
</context>
<context>
    <name>kcc::ui::OnderwerpEditor</name>
    <message>
        <source>Add sub&amp;ject</source>
        <translation>Onderwerp &amp;toevoegen</translation>
    </message>
    <message>
        <source>Remove subject</source>
        <translation>Onderwerp verwijderen</translation>
    </message>
    <message>
        <source>&amp;Confidential</source>
        <translation>Vertrou&amp;welijk</translation>
    </message>
    <message>
        <source>Contact &amp;was successful</source>
        <translation>Contact &amp;gelukt</translation>
    </message>
    <message>
        <source>What is it about, in a few words</source>
        <translation>Waar gaat het over, in een paar woorden</translation>
    </message>
    <message>
        <source>zaaknummer or uuid, optional</source>
        <translation>zaaknummer of uuid, optioneel</translation>
    </message>
    <message>
        <source>The question of the caller</source>
        <translation>De vraag van de beller</translation>
    </message>
    <message>
        <source>The answer given</source>
        <translation>Het gegeven antwoord</translation>
    </message>
    <message>
        <source>— automatic —</source>
        <translation>— automatisch —</translation>
    </message>
    <message>
        <source>object id</source>
        <translation>object-id</translation>
    </message>
    <message>
        <source>object type</source>
        <translation>objecttype</translation>
    </message>
    <message>
        <source>register</source>
        <translation>register</translation>
    </message>
    <message>
        <source>soort object-id</source>
        <translation>soort object-id</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>&amp;Question (inhoud):</source>
        <translation>&amp;Vraag (inhoud):</translation>
    </message>
    <message>
        <source>&amp;Took place:</source>
        <translation>&amp;Plaatsgevonden:</translation>
    </message>
    <message>
        <source>&amp;Zaak:</source>
        <translation>&amp;Zaak:</translation>
    </message>
    <message>
        <source>&amp;Earlier contact:</source>
        <translation>Eerder &amp;contact:</translation>
    </message>
    <message>
        <source>Attach&amp;ment:</source>
        <translation>Bi&amp;jlage:</translation>
    </message>
    <message>
        <source>Handl&amp;ing:</source>
        <translation>A&amp;fhandeling:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— geen —</translation>
    </message>
    <message>
        <source>Subject %1</source>
        <extracomment>Tab of one subject; %1 its number, %2 the start of its text</extracomment>
        <translation>Onderwerp %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>— automatic: %1 —</source>
        <extracomment>Shown in the automatic entry: what will be used</extracomment>
        <translation>— automatisch: %1 —</translation>
    </message>
    <message>
        <source>The subject has %1 characters; at most %2 fit. Shorten it and put details in the question.</source>
        <translation>Het onderwerp heeft %1 tekens; er passen er hoogstens %2. Maak het korter en zet details in de vraag.</translation>
    </message>
    <message>
        <source>The question has more than 1000 characters: shorten it.</source>
        <translation>De vraag heeft meer dan 1000 tekens: maak hem korter.</translation>
    </message>
    <message>
        <source>Answe&amp;r (reactie):</source>
        <translation>&amp;Antwoord (reactie):</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <source>Another subject in the same conversation becomes its own klantcontact (Alt+J)</source>
        <translation>Een ander onderwerp in hetzelfde gesprek wordt een eigen klantcontact (Alt+T)</translation>
    </message>
</context>
<context>
    <name>kcc::ui::OpenKlantInstellingenForm</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding te&amp;sten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Laat leeg om het opgeslagen token te houden</translation>
    </message>
    <message>
        <source>How this workstation reaches the municipality's Open Klant (the Klantinteracties API). The token is kept in the keyring of the operating system, or in a file only you can read where there is none; never in the settings.</source>
        <translation>Hoe deze werkplek Open Klant van de gemeente bereikt (de Klantinteracties-API). Het token staat in de sleutelbos van het besturingssysteem, of waar die er niet is in een bestand dat alleen u kunt lezen; nooit in de instellingen.</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>API t&amp;oken:</source>
        <translation>API-&amp;token:</translation>
    </message>
    <message>
        <source>Send registrations as &amp;actor:</source>
        <translation>Registraties versturen als &amp;actor:</translation>
    </message>
    <message>
        <source>Fixed by IT for every workstation.</source>
        <translation>Door IT vastgezet voor alle werkplekken.</translation>
    </message>
    <message>
        <source>No token is stored yet.</source>
        <translation>Er is nog geen token opgeslagen.</translation>
    </message>
    <message>
        <source>The actoren of this workstation; test the connection to choose from the server's.</source>
        <translation>De actoren van deze werkplek; test de verbinding om uit die van de server te kiezen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Fill in the address of Open Klant's Klantinteracties API.</source>
        <translation>Vul het adres van de Klantinteracties-API van Open Klant in.</translation>
    </message>
    <message>
        <source>This is not an http:// or https:// address, e.g. https://openklant.gemeente.nl/klantinteracties/api/v1.</source>
        <translation>Dit is geen http://- of https://-adres, bijvoorbeeld https://openklant.gemeente.nl/klantinteracties/api/v1.</translation>
    </message>
    <message>
        <source>A token is 8 to 200 characters without spaces, as Open Klant's beheerder gave it.</source>
        <translation>Een token is 8 tot 200 tekens zonder spaties, zoals de beheerder van Open Klant het gaf.</translation>
    </message>
    <message>
        <source>Asking %1 ...</source>
        <translation>%1 wordt gevraagd ...</translation>
    </message>
    <message numerus="yes">
        <source>The actoren on the server (%n in all).</source>
        <translation>
            <numerusform>De actoren op de server (%n in totaal).</numerusform>
            <numerusform>De actoren op de server (%n in totaal).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. The next sync uses these settings.</source>
        <translation>Opgeslagen. De volgende synchronisatie gebruikt deze instellingen.</translation>
    </message>
</context>
<context>
    <name>kcc::ui::OpvolgingEditor</name>
    <message>
        <source>Create an interne &amp;task for follow-up</source>
        <translation>Maak een interne &amp;taak aan voor opvolging</translation>
    </message>
    <message>
        <source>Space ticks the medewerker or afdeling the task is for; at least one</source>
        <translation>Spatie vinkt de medewerker of afdeling aan voor wie de taak is; minstens één</translation>
    </message>
    <message>
        <source>%1 (afdeling)</source>
        <translation>%1 (afdeling)</translation>
    </message>
    <message>
        <source>For &amp;subject:</source>
        <translation>Bij &amp;onderwerp:</translation>
    </message>
    <message>
        <source>&amp;Requested action:</source>
        <translation>&amp;Gevraagde handeling:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Omschr&amp;ijving:</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>Toegewezen &amp;aan:</translation>
    </message>
    <message>
        <source>Expla&amp;nation:</source>
        <translation>Toe&amp;lichting:</translation>
    </message>
    <message>
        <source>Subject %1</source>
        <translation>Onderwerp %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The explanation has more than 1000 characters: shorten it.</source>
        <translation>De toelichting heeft meer dan 1000 tekens: maak hem korter.</translation>
    </message>
</context>
<context>
    <name>kcc::ui::PartijEditorDialog</name>
    <message>
        <source>Confidential (&amp;geheimhouding)</source>
        <translation>&amp;Geheimhouding</translation>
    </message>
    <message>
        <source>V&amp;isiting address</source>
        <translation>&amp;Bezoekadres</translation>
    </message>
    <message>
        <source>C&amp;orrespondence address</source>
        <translation>C&amp;orrespondentieadres</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>O&amp;pslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Edit partij</source>
        <translation>Partij wijzigen</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Voorletters:</translation>
    </message>
    <message>
        <source>First &amp;name:</source>
        <translation>Voor&amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>Voorv&amp;oegsel:</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>Ac&amp;hternaam:</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>Organisatie&amp;naam:</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>Voorkeurs&amp;taal:</translation>
    </message>
    <message>
        <source>Name and &amp;contact details</source>
        <translation>Naam en &amp;contactgegevens</translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation>&amp;Adressen</translation>
    </message>
    <message>
        <source>Contactpersoon of %1</source>
        <translation>Contactpersoon van %1</translation>
    </message>
    <message>
        <source>The partij's data are secret: show them only to whom may see them</source>
        <translation>De gegevens van de partij zijn geheim: toon ze alleen aan wie ze mag zien</translation>
    </message>
    <message>
        <source>Only a beheerder may change the geheimhouding</source>
        <translation>Alleen een beheerder mag de geheimhouding wijzigen</translation>
    </message>
    <message>
        <source>Edit partij %1</source>
        <translation>Partij %1 wijzigen</translation>
    </message>
    <message>
        <source>Edit partij %1 (%2)</source>
        <translation>Partij %1 (%2) wijzigen</translation>
    </message>
    <message>
        <source>The partij was not saved: %1</source>
        <translation>De partij is niet opgeslagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The partij was not saved: %n field(s) need attention, see the messages.</source>
        <translation>
            <numerusform>De partij is niet opgeslagen: %n veld vraagt aandacht, zie de melding.</numerusform>
            <numerusform>De partij is niet opgeslagen: %n velden vragen aandacht, zie de meldingen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kcc::ui::PartijZoekenWidget</name>
    <message>
        <source>&amp;New contact with this partij</source>
        <translation>&amp;Nieuw contact met deze partij</translation>
    </message>
    <message>
        <source>Search partij: name, BSN, phone number, e-mail, postcode…</source>
        <translation>Zoek partij: naam, BSN, telefoonnummer, e-mail, postcode…</translation>
    </message>
    <message>
        <source>Also KvK number, vestigingsnummer, RSIN, postcode with house number, partij number and klantcontact reference number (Ctrl+F)</source>
        <translation>Ook KvK-nummer, vestigingsnummer, RSIN, postcode met huisnummer, partijnummer en referentienummer van een klantcontact (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Klantbeeld&lt;/b&gt;</source>
        <translation>&lt;b&gt;Klantbeeld&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Starts registering a contact with this partij already chosen (Alt+N)</source>
        <translation>Begint de registratie van een contact met deze partij al gekozen (Alt+N)</translation>
    </message>
    <message>
        <source>Search partij:</source>
        <translation>Zoek partij:</translation>
    </message>
    <message>
        <source>Type at least two characters: a name, BSN, KvK number, phone number, e-mail address, postcode (with house number), partij number or klantcontact reference number.</source>
        <translation>Typ minstens twee tekens: een naam, BSN, KvK-nummer, telefoonnummer, e-mailadres, postcode (met huisnummer), partijnummer of referentienummer van een klantcontact.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Bezig met zoeken…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Zoeken is mislukt: %1</translation>
    </message>
    <message>
        <source>Nobody found for “%1”.</source>
        <translation>Niemand gevonden voor “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n partij(en) found. Down and Enter open the klantbeeld.</source>
        <translation>
            <numerusform>%n partij gevonden. Pijl omlaag en Enter openen het klantbeeld.</numerusform>
            <numerusform>%n partijen gevonden. Pijl omlaag en Enter openen het klantbeeld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n partij(en) found (more when scrolling). Down and Enter open the klantbeeld.</source>
        <translation>
            <numerusform>Meer dan %n partij gevonden (meer bij scrollen). Pijl omlaag en Enter openen het klantbeeld.</numerusform>
            <numerusform>Meer dan %n partijen gevonden (meer bij scrollen). Pijl omlaag en Enter openen het klantbeeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit partij…</source>
        <translation>Partij wijzigen…</translation>
    </message>
    <message>
        <source>Correct the names, addresses, digital addresses and language of this partij (Ctrl+Shift+E); during a contact after the caller is authenticated</source>
        <translation>Corrigeer de namen, adressen, digitale adressen en taal van deze partij (Ctrl+Shift+E); tijdens een contact nadat de beller is geauthenticeerd</translation>
    </message>
    <message>
        <source>Search in the BRP…</source>
        <translation>Zoeken in BRP…</translation>
    </message>
    <message>
        <source>A caller who is not yet a partij: look them up in the BRP by BSN, or by surname and date of birth (Ctrl+Shift+P)</source>
        <translation>Een beller die nog geen partij is: zoek hem op in de BRP op BSN, of op geslachtsnaam en geboortedatum (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Nobody found for “%1”. Not a partij yet? Search in the BRP (Ctrl+Shift+P).</source>
        <translation>Niemand gevonden voor “%1”. Nog geen partij? Zoek in de BRP (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <source>Nobody found here for “%1”. Searching in Open Klant…</source>
        <translation>Niemand gevonden op deze werkplek voor “%1”. Zoeken in Open Klant…</translation>
    </message>
    <message>
        <source>Nobody found for “%1”, also not in Open Klant. Not a partij yet? Search in the BRP (Ctrl+Shift+P).</source>
        <translation>Niemand gevonden voor “%1”, ook niet in Open Klant. Nog geen partij? Zoek in de BRP (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <source>Nobody found for “%1”, also not in Open Klant.</source>
        <translation>Niemand gevonden voor “%1”, ook niet in Open Klant.</translation>
    </message>
    <message>
        <source>Fetching the contact history from Open Klant…</source>
        <translation>Contacthistorie ophalen uit Open Klant…</translation>
    </message>
    <message>
        <source>Nobody found here for “%1”. Asking Open Klant failed: %2</source>
        <translation>Niemand gevonden op deze werkplek voor “%1”. Navragen bij Open Klant lukte niet: %2</translation>
    </message>
    <message>
        <source>Asking Open Klant failed: %1 The history shows what this desk knows.</source>
        <translation>Navragen bij Open Klant lukte niet: %1 De historie toont wat deze werkplek kent.</translation>
    </message>
</context>
<context>
    <name>kcc::ui::SessionLock</name>
    <message>
        <source>KCC Werkplek — locked</source>
        <extracomment>Window title while the desk is locked: no database, partij or medewerker in it</extracomment>
        <translation>KCC Werkplek — vergrendeld</translation>
    </message>
</context>
<context>
    <name>kcc::ui::SignInDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>KCC Werkplek — first beheerder</source>
        <translation>KCC Werkplek — eerste beheerder</translation>
    </message>
    <message>
        <source>No one can sign in yet. Create the account of the first beheerder; they can then add the other medewerkers under Beheer.</source>
        <translation>Er kan nog niemand aanmelden. Maak het account van de eerste beheerder aan; die kan daarna onder Beheer de andere medewerkers toevoegen.</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Herhaal wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Telephone number:</source>
        <translation>&amp;Telefoonnummer:</translation>
    </message>
    <message>
        <source>e.g. 020 123 4567</source>
        <translation>bijv. 020 123 4567</translation>
    </message>
    <message>
        <source>KCC Werkplek — sign in</source>
        <translation>KCC Werkplek — aanmelden</translation>
    </message>
    <message>
        <source>Sign in with your name and password.</source>
        <translation>Meld u aan met uw naam en wachtwoord.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Aanmaken en aanmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>The passwords differ: type the same password twice.</source>
        <translation>De wachtwoorden verschillen: typ twee keer hetzelfde wachtwoord.</translation>
    </message>
    <message>
        <source>Beheerder</source>
        <translation>Beheerder</translation>
    </message>
</context>
<context>
    <name>kcc::ui::SpoolIndicator</name>
    <message numerus="yes">
        <source>%n registration(s) waiting for the KCC database</source>
        <translation>
            <numerusform>%n registratie wacht op de KCC-database</numerusform>
            <numerusform>%n registraties wachten op de KCC-database</numerusform>
        </translation>
    </message>
    <message>
        <source>Made while the KCC database could not be reached. They are kept on this desk and sent by themselves when it is back; nothing needs to be done.</source>
        <translation>Gemaakt terwijl de KCC-database niet bereikbaar was. Ze worden op deze werkplek bewaard en vanzelf verzonden zodra die terug is; u hoeft niets te doen.</translation>
    </message>
</context>
<context>
    <name>kcc::ui::SupervisorWidget</name>
    <message>
        <source>&amp;Assign… (Ctrl+T)</source>
        <translation>&amp;Toewijzen… (Ctrl+T)</translation>
    </message>
    <message>
        <source>Assign the selected tasks</source>
        <translation>Geselecteerde taken toewijzen</translation>
    </message>
    <message>
        <source>Assign (Ctrl+Enter)</source>
        <translation>Toewijzen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Backlog</source>
        <translation>&amp;Achterstand</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>&amp;Cijfers</translation>
    </message>
    <message>
        <source>&amp;Norms</source>
        <translation>&amp;Normen</translation>
    </message>
    <message>
        <source>Afdeling or medewerker</source>
        <translation>Afdeling of medewerker</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Wacht het langst</translation>
    </message>
    <message>
        <source>Oldest first; rows with overdue tasks are highlighted</source>
        <translation>Oudste eerst; rijen met taken die te laat zijn, zijn gemarkeerd</translation>
    </message>
    <message>
        <source>Assign the selected tasks (Shift or Ctrl for several) to another medewerker or afdeling</source>
        <translation>Wijs de geselecteerde taken (Shift of Ctrl voor meer) toe aan een andere medewerker of afdeling</translation>
    </message>
    <message>
        <source>Why (kept in the task log)</source>
        <translation>Waarom (komt in het logboek van de taak)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuleren (Esc)</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Naa&amp;r:</translation>
    </message>
    <message>
        <source>E&amp;xplanation:</source>
        <translation>Toe&amp;lichting:</translation>
    </message>
    <message>
        <source>%1 (afdeling)</source>
        <translation>%1 (afdeling)</translation>
    </message>
    <message>
        <source>Afdeling</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Open tasks of %1: %2 (%3 overdue)</source>
        <translation>Openstaande taken van %1: %2 (%3 te laat)</translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation>Er wacht niets.</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n selected task(s)</source>
        <translation>
            <numerusform>%n geselecteerde taak toewijzen</numerusform>
            <numerusform>%n geselecteerde taken toewijzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the tasks to assign first.</source>
        <translation>Selecteer eerst de taken die u wilt toewijzen.</translation>
    </message>
    <message>
        <source>Choose who gets the tasks.</source>
        <translation>Kies wie de taken krijgt.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) assigned to %1.</source>
        <translation>
            <numerusform>%n taak toegewezen aan %1.</numerusform>
            <numerusform>%n taken toegewezen aan %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kcc::ui::SyncLogDialog</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>V&amp;orige</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Volgen&amp;de</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Synchronisatielog</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle uitkomsten</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>Alle resources</translation>
    </message>
    <message>
        <source>Part of the message or of a uuid</source>
        <translation>Deel van het bericht of van een uuid</translation>
    </message>
    <message>
        <source>yyyy-mm-dd, empty: from the start</source>
        <translation>jjjj-mm-dd, leeg: vanaf het begin</translation>
    </message>
    <message>
        <source>yyyy-mm-dd, empty: until now</source>
        <translation>jjjj-mm-dd, leeg: tot nu</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Resource:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;Until (inclusive):</source>
        <translation>Tot en &amp;met:</translation>
    </message>
    <message>
        <source>S&amp;ync log...</source>
        <translation>S&amp;ynchronisatielog...</translation>
    </message>
    <message>
        <source>Give a date as yyyy-mm-dd, or leave it empty.</source>
        <translation>Geef een datum als jjjj-mm-dd, of laat het veld leeg.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>Het einde ligt vóór het begin.</translation>
    </message>
    <message>
        <source>The sync log cannot be read: %1</source>
        <translation>Het synchronisatielog kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>No lines</source>
        <translation>Geen regels</translation>
    </message>
    <message numerus="yes">
        <source>%1-%2 of %n line(s)</source>
        <translation>
            <numerusform>%1-%2 van %n regel</numerusform>
            <numerusform>%1-%2 van %n regels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kcc::ui::SyncLogModel</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Local uuid</source>
        <translation>Lokale uuid</translation>
    </message>
    <message>
        <source>Server uuid</source>
        <translation>Server-uuid</translation>
    </message>
</context>
<context>
    <name>kcc::ui::SyncStatusIndicator</name>
    <message>
        <source>Open Klant: connecting…</source>
        <translation>Open Klant: verbinden…</translation>
    </message>
    <message>
        <source>Open Klant: offline since %1</source>
        <extracomment>Status bar; %1 the time (or date and time) the server stopped answering</extracomment>
        <translation>Open Klant: offline sinds %1</translation>
    </message>
    <message>
        <source>Open Klant: stopped</source>
        <translation>Open Klant: gestopt</translation>
    </message>
    <message>
        <source>Open Klant: %1, %2</source>
        <extracomment>Status bar; %1 "n refused", %2 "n waiting"</extracomment>
        <translation>Open Klant: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n geweigerd</numerusform>
            <numerusform>%n geweigerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wachtend</numerusform>
            <numerusform>%n wachtend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open Klant: %n refused</source>
        <translation>
            <numerusform>Open Klant: %n geweigerd</numerusform>
            <numerusform>Open Klant: %n geweigerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open Klant: %n waiting</source>
        <translation>
            <numerusform>Open Klant: %n wachtend</numerusform>
            <numerusform>Open Klant: %n wachtend</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Klant: up to date</source>
        <extracomment>Status bar: everything the desk registered is on the server</extracomment>
        <translation>Open Klant: bijgewerkt</translation>
    </message>
    <message>
        <source>The server does not answer; the desk keeps trying. Nothing is lost: what waits is sent in order when the server is back.</source>
        <translation>De server antwoordt niet; de werkplek blijft het proberen. Er gaat niets verloren: wat wacht, wordt op volgorde verzonden zodra de server terug is.</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n record(s); the beheerder can see why and send them again.</source>
        <translation>
            <numerusform>De server heeft %n record geweigerd; de beheerder kan zien waarom en het opnieuw verzenden.</numerusform>
            <numerusform>De server heeft %n records geweigerd; de beheerder kan zien waarom en ze opnieuw verzenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n record wacht op verzending.</numerusform>
            <numerusform>%n records wachten op verzending.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Laatste fout: %1</translation>
    </message>
    <message>
        <source>Everything registered at this desk is on the Open Klant server.</source>
        <translation>Alles wat op deze werkplek is geregistreerd, staat op de Open Klant-server.</translation>
    </message>
    <message>
        <source>The server is busy and asked the desk to wait; the desk tries again then. Nothing is lost: what waits is sent in order.</source>
        <translation>De server is druk en vraagt de werkplek te wachten; de werkplek probeert het dan opnieuw. Er gaat niets verloren: wat wacht, wordt op volgorde verzonden.</translation>
    </message>
    <message>
        <source>Open Klant: busy until %1</source>
        <extracomment>Status bar; the server answered 408/429 with Retry-After. %1 the time (or date and time) of the next attempt</extracomment>
        <translation>Open Klant: bezet tot %1</translation>
    </message>
</context>
<context>
    <name>kcc::ui::TaakActiesPanel</name>
    <message>
        <source>Confirm (Ctrl+Enter)</source>
        <translation>Bevestigen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuleren (Esc)</translation>
    </message>
    <message>
        <source>Contact made</source>
        <translation>Contact gelegd</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Niet bereikt</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Doorsturen</translation>
    </message>
    <message>
        <source>Re-route to KCC</source>
        <translation>Opnieuw routeren naar KCC</translation>
    </message>
    <message>
        <source>Close task</source>
        <translation>Afhandelen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>The klant was reached: register the answer as a new klantcontact and close the task</source>
        <translation>De klant is bereikt: leg het antwoord vast als nieuw klantcontact en handel de taak af</translation>
    </message>
    <message>
        <source>The klant could not be reached: record the attempt, the task stays open</source>
        <translation>De klant is niet bereikt: leg de poging vast, de taak blijft open</translation>
    </message>
    <message>
        <source>Assign the task to other medewerkers or afdelingen</source>
        <translation>Wijs de taak toe aan andere medewerkers of afdelingen</translation>
    </message>
    <message>
        <source>Hand the task back to the KCC with a new task "Opnieuw routeren"; this one is closed</source>
        <translation>Geef de taak terug aan het KCC met een nieuwe taak "Opnieuw routeren"; deze taak wordt afgehandeld</translation>
    </message>
    <message>
        <source>Close the task (status verwerkt)</source>
        <translation>Handel de taak af (status verwerkt)</translation>
    </message>
    <message>
        <source>Open a closed task again (supervisor)</source>
        <translation>Open een afgehandelde taak opnieuw (supervisor)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Action button with its keyboard shortcut, e.g. "Forward (Ctrl+D)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Why the task is closed (optional)</source>
        <translation>Waarom de taak wordt afgehandeld (niet verplicht)</translation>
    </message>
    <message>
        <source>Why the task is reopened</source>
        <translation>Waarom de taak opnieuw wordt geopend</translation>
    </message>
    <message>
        <source>The answer given to the klant</source>
        <translation>Het antwoord dat de klant heeft gekregen</translation>
    </message>
    <message>
        <source>Close the &amp;task as well</source>
        <translation>&amp;Taak ook afhandelen</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>Antwoor&amp;d:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Kanaa&amp;l:</translation>
    </message>
    <message>
        <source>E.g. no answer, voicemail left</source>
        <translation>Bijv. geen gehoor, voicemail ingesproken</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Space ticks the medewerker or afdeling the task goes to</source>
        <translation>Spatie vinkt de medewerker of afdeling aan waar de taak naartoe gaat</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Naar:</translation>
    </message>
    <message>
        <source>E&amp;xplanation:</source>
        <translation>Toe&amp;lichting:</translation>
    </message>
    <message>
        <source>Why the task does not belong here</source>
        <translation>Waarom de taak hier niet thuishoort</translation>
    </message>
    <message>
        <source>&amp;KCC:</source>
        <translation>K&amp;CC:</translation>
    </message>
    <message>
        <source>%1 (afdeling)</source>
        <translation>%1 (afdeling)</translation>
    </message>
    <message>
        <source>Call-back succeeded</source>
        <translation>Terugbellen gelukt</translation>
    </message>
    <message>
        <source>The task service is not available.</source>
        <translation>De takenservice is niet beschikbaar.</translation>
    </message>
    <message>
        <source>The answer is longer than %1 characters.</source>
        <translation>Het antwoord is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>De notitie is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>Attempt recorded as klantcontact %1; task %2 stays open.</source>
        <translation>Poging vastgelegd als klantcontact %1; taak %2 blijft open.</translation>
    </message>
    <message>
        <source>Klantcontact %1 registered; task %2 is closed.</source>
        <translation>Klantcontact %1 geregistreerd; taak %2 is afgehandeld.</translation>
    </message>
    <message>
        <source>Klantcontact %1 registered; task %2 stays open.</source>
        <translation>Klantcontact %1 geregistreerd; taak %2 blijft open.</translation>
    </message>
    <message>
        <source>Tick at least one medewerker or afdeling to forward the task to.</source>
        <translation>Vink ten minste één medewerker of afdeling aan om de taak naar door te sturen.</translation>
    </message>
    <message>
        <source>Task %1 forwarded to %2.</source>
        <translation>Taak %1 doorgestuurd naar %2.</translation>
    </message>
    <message>
        <source>Choose the KCC afdeling.</source>
        <translation>Kies de afdeling KCC.</translation>
    </message>
    <message>
        <source>Task %1 handed back to %2 and closed.</source>
        <translation>Taak %1 teruggegeven aan %2 en afgehandeld.</translation>
    </message>
    <message>
        <source>Task %1 is closed.</source>
        <translation>Taak %1 is afgehandeld.</translation>
    </message>
    <message>
        <source>Task %1 is open again.</source>
        <translation>Taak %1 is weer open.</translation>
    </message>
</context>
<context>
    <name>kcc::ui::TaakCijfersWidget</name>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Export CSV… (Ctrl+Shift+S)</source>
        <translation>&amp;Exporteer CSV… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Klantcontacten per channel per day</source>
        <translation>Klantcontacten per kanaal per dag</translation>
    </message>
    <message>
        <source>Tasks created and closed per afdeling</source>
        <translation>Aangemaakte en afgehandelde taken per afdeling</translation>
    </message>
    <message>
        <source>Median time to close per day (hours)</source>
        <translation>Mediane doorlooptijd per dag (uren)</translation>
    </message>
    <message>
        <source> weeks</source>
        <extracomment>Suffix of the spin box "last N weeks"</extracomment>
        <translation> weken</translation>
    </message>
    <message>
        <source>Save the figures per day as a CSV file for a spreadsheet</source>
        <translation>Sla de cijfers per dag op als CSV-bestand voor een spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Last:</source>
        <translation>&amp;Laatste:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>Klantcontacten</source>
        <translation>Klantcontacten</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Median (hours)</source>
        <translation>Mediaan (uren)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>taken-cijfers-%1-%2.csv</source>
        <extracomment>Suggested file name of the figures export; %1 and %2 are ISO dates</extracomment>
        <translation>taken-cijfers-%1-%2.csv</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Cijfers exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Figures saved to %1.</source>
        <translation>Cijfers opgeslagen in %1.</translation>
    </message>
</context>
<context>
    <name>kcc::ui::TaakContactgegevensView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>Kop&amp;iëren</translation>
    </message>
    <message>
        <source>No contact details known: use the klantcontact or the klant's file.</source>
        <translation>Geen contactgegevens bekend: gebruik het klantcontact of het klantbeeld.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>In the order to use them. Ctrl+C or Enter copies the selected one.</source>
        <translation>In de volgorde van gebruik. Ctrl+C of Enter kopieert het geselecteerde gegeven.</translation>
    </message>
    <message>
        <source>Copy the selected phone number or e-mail address (Ctrl+C)</source>
        <translation>Kopieer het geselecteerde telefoonnummer of e-mailadres (Ctrl+C)</translation>
    </message>
    <message>
        <source>Given for this contact</source>
        <extracomment>Source of a contact detail: given once for this contact</extracomment>
        <translation>Opgegeven bij dit contact</translation>
    </message>
    <message>
        <source>Klant's preference</source>
        <extracomment>Source of a contact detail: the partij's preferred address</extracomment>
        <translation>Voorkeur van de klant</translation>
    </message>
    <message>
        <source>Klant's file</source>
        <translation>Klantgegevens</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter or Ctrl+C copies %1</source>
        <translation>Enter of Ctrl+C kopieert %1</translation>
    </message>
</context>
<context>
    <name>kcc::ui::TaakDetailWidget</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentienummer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>Toegewezen op</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Choose a task in the list and press Enter to handle it.</source>
        <translation>Kies een taak in de lijst en druk op Enter om die te behandelen.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Toegewezen aan:</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>Toelichting:</translation>
    </message>
    <message>
        <source>Klantcontact:</source>
        <translation>Klantcontact:</translation>
    </message>
    <message>
        <source>Klant:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <source>Con&amp;tact details:</source>
        <translation>Con&amp;tactgegevens:</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Keten</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 gekopieerd naar het klembord.</translation>
    </message>
    <message>
        <source>Task %1 — %2</source>
        <extracomment>Title of the task pane: "Task 1234 — Terugbellen"</extracomment>
        <translation>Taak %1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 since %3</source>
        <translation>%1 · %2 sinds %3</translation>
    </message>
    <message>
        <source>%1 · closed %2 after %3</source>
        <translation>%1 · afgehandeld %2 na %3</translation>
    </message>
    <message>
        <source> · OVERDUE</source>
        <translation> · TE LAAT</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>%1 of %2 via %3</source>
        <translation>%1 van %2 via %3</translation>
    </message>
    <message>
        <source>Confidential: you may not see the subject and content.</source>
        <translation>Vertrouwelijk: u mag het onderwerp en de inhoud niet zien.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>%1 (partij %2)</source>
        <translation>%1 (partij %2)</translation>
    </message>
    <message>
        <source>Contact person for this contact: %1</source>
        <translation>Contactpersoon bij dit contact: %1</translation>
    </message>
    <message>
        <source>Geheimhouding: handle this klant's details with care.</source>
        <translation>Geheimhouding: ga zorgvuldig om met de gegevens van deze klant.</translation>
    </message>
    <message>
        <source>%1: reached</source>
        <translation>%1: bereikt</translation>
    </message>
    <message>
        <source>%1: not reached</source>
        <translation>%1: niet bereikt</translation>
    </message>
    <message>
        <source>Enter opens this task</source>
        <translation>Enter opent deze taak</translation>
    </message>
    <message>
        <source>Chain (%1)</source>
        <translation>Keten (%1)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Attempts (%1)</source>
        <translation>Pogingen (%1)</translation>
    </message>
    <message>
        <source>Created %1 · assigned to %2 on %3</source>
        <extracomment>%1 = when the task was created, %2 = the current assignees, %3 = when it was last assigned</extracomment>
        <translation>Aangemaakt op %1 · aan %2 toegewezen op %3</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <extracomment>Who else has the task open: %1 = medewerker, %2 = time (hh:mm)</extracomment>
        <translation>%1 sinds %2</translation>
    </message>
    <message>
        <source>Open by %1</source>
        <extracomment>Shown above a task that other seats have open: %1 = "Piet since 10:02, Bas since 10:05"</extracomment>
        <translation>Open bij %1</translation>
    </message>
</context>
<context>
    <name>kcc::ui::TaakNormenEditor</name>
    <message>
        <source>Requested action</source>
        <translation>Gevraagde handeling</translation>
    </message>
    <message>
        <source>Overdue after (working days)</source>
        <translation>Te laat na (werkdagen)</translation>
    </message>
    <message>
        <source>A task that is open longer than its norm is shown as overdue. Changes are saved at once; weekends and public holidays do not count.</source>
        <translation>Een taak die langer openstaat dan de norm, wordt als te laat getoond. Wijzigingen worden direct opgeslagen; weekenden en feestdagen tellen niet mee.</translation>
    </message>
    <message>
        <source> working days</source>
        <extracomment>Suffix of the norm spin box, e.g. "2 working days"</extracomment>
        <translation> werkdagen</translation>
    </message>
    <message numerus="yes">
        <source>"%1" is overdue after %n working day(s).</source>
        <translation>
            <numerusform>"%1" is te laat na %n werkdag.</numerusform>
            <numerusform>"%1" is te laat na %n werkdagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kcc::ui::TaalCombo</name>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Type the first letters of the language's name to find it</source>
        <translation>Typ de eerste letters van de naam van de taal om die te vinden</translation>
    </message>
</context>
<context>
    <name>kcc::ui::TransferAppendDialog</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Add to klantcontact</source>
        <translation>&amp;Toevoegen aan klantcontact</translation>
    </message>
    <message>
        <source>Add to a transferred call</source>
        <translation>Doorverbonden gesprek aanvullen</translation>
    </message>
    <message>
        <source>Reference number the KCC gave, e.g. 1000123</source>
        <translation>Referentienummer dat het KCC gaf, bijv. 1000123</translation>
    </message>
    <message>
        <source>Adds your answer to the content and links you to the klantcontact (Ctrl+Enter)</source>
        <translation>Voegt uw antwoord toe aan de inhoud en koppelt u aan het klantcontact (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reference number:</source>
        <translation>&amp;Referentienummer:</translation>
    </message>
    <message>
        <source>Klantcontact:</source>
        <translation>Klantcontact:</translation>
    </message>
    <message>
        <source>&amp;Your answer:</source>
        <translation>&amp;Uw antwoord:</translation>
    </message>
    <message>
        <source>Type the reference number the KCC medewerker gave you.</source>
        <translation>Typ het referentienummer dat de KCC-medewerker u gaf.</translation>
    </message>
    <message>
        <source>There is no klantcontact with reference number %1. Check the number with the KCC.</source>
        <translation>Er is geen klantcontact met referentienummer %1. Controleer het nummer bij het KCC.</translation>
    </message>
    <message>
        <source>Find the klantcontact by its reference number first.</source>
        <translation>Zoek eerst het klantcontact op met het referentienummer.</translation>
    </message>
    <message>
        <source>Klant:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <source>Confidential klantcontact: the subject and content are not shown to you. You can still add your answer.</source>
        <translation>Vertrouwelijk klantcontact: onderwerp en inhoud worden u niet getoond. U kunt uw antwoord wel toevoegen.</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>Behandeld door:</translation>
    </message>
    <message>
        <source>Added to klantcontact %1; you are linked to it.</source>
        <translation>Toegevoegd aan klantcontact %1; u bent eraan gekoppeld.</translation>
    </message>
</context>
<context>
    <name>kcc::ui::TransferWidget</name>
    <message>
        <source>The call was &amp;transferred to a colleague</source>
        <translation>Het gesprek is door&amp;verbonden met een collega</translation>
    </message>
    <message>
        <source>What the colleague adds to the question (appended to it)</source>
        <translation>Wat de collega aan de vraag toevoegt (wordt eraan toegevoegd)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <source>&amp;Colleague:</source>
        <translation>&amp;Collega:</translation>
    </message>
    <message>
        <source>Their t&amp;ext:</source>
        <translation>&amp;Tekst van de collega:</translation>
    </message>
</context>
<context>
    <name>kcc::ui::VerwerkingenDialog</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>&amp;Export as JSON...</source>
        <translation>&amp;Exporteren als JSON…</translation>
    </message>
    <message>
        <source>Verwerkingenlog</source>
        <translation>Verwerkingenlog</translation>
    </message>
    <message>
        <source>BSN or the partij's uuid</source>
        <translation>BSN of de uuid van de partij</translation>
    </message>
    <message>
        <source>yyyy-mm-dd, empty: from the start</source>
        <translation>jjjj-mm-dd, leeg: vanaf het begin</translation>
    </message>
    <message>
        <source>yyyy-mm-dd, empty: until now</source>
        <translation>jjjj-mm-dd, leeg: tot nu</translation>
    </message>
    <message>
        <source>Who looked at one person's data, when and why. Showing the entries is itself recorded in the verwerkingenlog, before they are shown.</source>
        <translation>Wie de gegevens van één persoon heeft bekeken, wanneer en waarom. Het tonen wordt zelf in het verwerkingenlog vastgelegd, voordat de regels verschijnen.</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;Until (inclusive):</source>
        <translation>T&amp;ot en met:</translation>
    </message>
    <message>
        <source>Give a BSN (9 digits) or the uuid of a partij.</source>
        <translation>Geef een BSN (9 cijfers) of de uuid van een partij.</translation>
    </message>
    <message>
        <source>Give a date as yyyy-mm-dd, or leave it empty.</source>
        <translation>Geef een datum als jjjj-mm-dd, of laat het veld leeg.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>Het einde ligt vóór het begin.</translation>
    </message>
    <message>
        <source>The verwerkingenlog is not available here.</source>
        <translation>Het verwerkingenlog is hier niet beschikbaar.</translation>
    </message>
    <message>
        <source>Nothing in the verwerkingenlog about this person in this period.</source>
        <translation>Niets in het verwerkingenlog over deze persoon in deze periode.</translation>
    </message>
    <message>
        <source>Export the verwerkingenlog</source>
        <translation>Het verwerkingenlog exporteren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>De export kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Regels: %1</translation>
    </message>
    <message>
        <source>Exported to %1 (entries: %2).</source>
        <translation>Geëxporteerd naar %1 (regels: %2).</translation>
    </message>
</context>
<context>
    <name>kcc::ui::VerwerkingenModel</name>
    <message>
        <source>Time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Handeling</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Betrokkenheid</source>
        <translation>Betrokkenheid</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Verwerking</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Verwerkingsactiviteit</source>
        <translation>Verwerkingsactiviteit</translation>
    </message>
    <message>
        <source>Vertrouwelijkheid</source>
        <translation>Vertrouwelijkheid</translation>
    </message>
    <message>
        <source>Bewaartermijn</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Systeem</source>
        <translation>Systeem</translation>
    </message>
</context>
<context>
    <name>kcc::ui::WaitingCallNotice</name>
    <message>
        <source>Park and take call (Ctrl+Shift+A)</source>
        <translation>Parkeren en aannemen (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>The open contact is parked with its draft and timers (the caller on hold); the waiting call becomes a new contact</source>
        <translation>Het open contact wordt geparkeerd met concept en timers (de beller in de wacht); het wachtende gesprek wordt een nieuw contact</translation>
    </message>
    <message>
        <source>Call waiting: %1</source>
        <extracomment>%1: the waiting numbers, longest waiting first</extracomment>
        <translation>Wachtend gesprek: %1</translation>
    </message>
</context>
<context>
    <name>kcc::ui::WerkvoorraadWidget</name>
    <message>
        <source>Open (Enter)</source>
        <translation>Openen (Enter)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Vernieuwen (F5)</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Mijn taken</translation>
    </message>
    <message>
        <source>Afdeling</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Open tasks assigned to you (Alt+1)</source>
        <translation>Openstaande taken die aan u zijn toegewezen (Alt+1)</translation>
    </message>
    <message>
        <source>Open tasks of an afdeling you belong to; pick one up (Alt+2)</source>
        <translation>Openstaande taken van een afdeling waar u lid van bent; pak er een op (Alt+2)</translation>
    </message>
    <message>
        <source>Tasks you handled (Alt+3)</source>
        <translation>Taken die u hebt behandeld (Alt+3)</translation>
    </message>
    <message>
        <source>Take the selected task from the afdeling's queue: it becomes yours</source>
        <translation>Haal de geselecteerde taak uit de werkvoorraad van de afdeling: de taak wordt van u</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handelingen</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oudste eerst</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <source>By action</source>
        <translation>Op handeling</translation>
    </message>
    <message>
        <source>By klant</source>
        <translation>Op klant</translation>
    </message>
    <message>
        <source>You are not a member of any afdeling.</source>
        <translation>U bent geen lid van een afdeling.</translation>
    </message>
    <message>
        <source>My tasks (%1)</source>
        <extracomment>Sub-view of the work queue with the number of open tasks</extracomment>
        <translation>Mijn taken (%1)</translation>
    </message>
    <message>
        <source>Afdeling (%1)</source>
        <translation>Afdeling (%1)</translation>
    </message>
    <message>
        <source>You have not handled any task yet.</source>
        <translation>U hebt nog geen taken behandeld.</translation>
    </message>
    <message>
        <source>No tasks waiting here.</source>
        <translation>Hier wachten geen taken.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) in this list</source>
        <translation>
            <numerusform>%n taak in deze lijst</numerusform>
            <numerusform>%n taken in deze lijst</numerusform>
        </translation>
    </message>
    <message>
        <source>My tasks: %1 (%2 overdue) · Afdelingen: %3 (%4 overdue)</source>
        <translation>Mijn taken: %1 (%2 te laat) · Afdelingen: %3 (%4 te laat)</translation>
    </message>
    <message>
        <source>Task %1 is yours now and is listed under My tasks.</source>
        <translation>Taak %1 is nu van u en staat onder Mijn taken.</translation>
    </message>
    <message>
        <source>Work queue (%1 · %2 overdue)</source>
        <extracomment>Main window tab: open tasks and how many are overdue</extracomment>
        <translation>Werkvoorraad (%1 · %2 te laat)</translation>
    </message>
    <message>
        <source>Work queue (%1)</source>
        <extracomment>Main window tab with the number of open tasks</extracomment>
        <translation>Werkvoorraad (%1)</translation>
    </message>
    <message>
        <source>Afdeling:</source>
        <translation>Afdeling:</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>Alleen te laat</translation>
    </message>
    <message>
        <source>Pick up (Ctrl+P)</source>
        <translation>Pak op (Ctrl+P)</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Handeling:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanaal:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Sorteren:</translation>
    </message>
</context>
</TS>
