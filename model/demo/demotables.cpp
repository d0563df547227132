#include "model/demo/demotables.h"

namespace kcc::demo::tables {
namespace {

#define S(text) QStringLiteral(text)

const Surname kDutchSurnames[] = {
    {S("de"), S("Jong")},
    {{}, S("Jansen")},
    {S("de"), S("Vries")},
    {S("van den"), S("Berg")},
    {S("van"), S("Dijk")},
    {{}, S("Bakker")},
    {{}, S("Janssen")},
    {{}, S("Visser")},
    {{}, S("Smit")},
    {{}, S("Meijer")},
    {S("de"), S("Boer")},
    {{}, S("Mulder")},
    {S("de"), S("Groot")},
    {{}, S("Bos")},
    {{}, S("Vos")},
    {{}, S("Peters")},
    {{}, S("Hendriks")},
    {S("van"), S("Leeuwen")},
    {{}, S("Dekker")},
    {{}, S("Brouwer")},
    {S("de"), S("Wit")},
    {{}, S("Dijkstra")},
    {{}, S("Smits")},
    {S("de"), S("Graaf")},
    {S("van der"), S("Meer")},
    {S("van der"), S("Linden")},
    {{}, S("Kok")},
    {{}, S("Jacobs")},
    {S("de"), S("Haan")},
    {{}, S("Vermeulen")},
    {S("van den"), S("Heuvel")},
    {S("van der"), S("Veen")},
    {S("van den"), S("Broek")},
    {S("de"), S("Bruijn")},
    {S("van der"), S("Heijden")},
    {{}, S("Schouten")},
    {S("van"), S("Beek")},
    {{}, S("Willems")},
    {S("van"), S("Vliet")},
    {S("van de"), S("Ven")},
    {{}, S("Hoekstra")},
    {{}, S("Maas")},
    {{}, S("Verhoeven")},
    {{}, S("Koster")},
    {S("van"), S("Dam")},
    {S("van der"), S("Wal")},
    {{}, S("Prins")},
    {{}, S("Blom")},
    {{}, S("Huisman")},
    {{}, S("Peeters")},
    {S("de"), S("Lange")},
    {{}, S("Kuipers")},
    {S("van"), S("Wijk")},
    {{}, S("Postma")},
    {{}, S("Kramer")},
    {S("van den"), S("Bosch")},
    {{}, S("Scholten")},
    {{}, S("Vink")},
    {S("'t"), S("Hart")},
    {S("in 't"), S("Veld")},
    {S("van 't"), S("Hof")},
    {{}, S("Timmermans")},
    {{}, S("Groen")},
    {{}, S("Gerritsen")},
    {{}, S("Jonker")},
    {S("van"), S("Loon")},
    {S("van der"), S("Velde")},
    {{}, S("Willemsen")},
    {{}, S("Evers")},
    {{}, S("Verbeek")},
    {S("de"), S("Ruiter")},
    {{}, S("Wouters")},
    {{}, S("Hermans")},
    {{}, S("Koning")},
    {{}, S("Martens")},
    {{}, S("Sanders")},
    {{}, S("Post")},
    {{}, S("Hoogland")},
    {{}, S("Molenaar")},
    {{}, S("Bosman")},
    {{}, S("Veenstra")},
    {{}, S("Kuiper")},
    {S("de"), S("Kok")},
    {S("van"), S("Rijn")},
    {{}, S("Hofman")},
    {{}, S("Zwart")},
    {S("ter"), S("Horst")},
    {S("van"), S("Os")},
};

const Surname kOtherSurnames[] = {
    {{}, S("Müller")},     {{}, S("Çelik")},      {{}, S("Đorđević")},  {{}, S("Yılmaz")},     {{}, S("Öztürk")},
    {{}, S("Nguyễn")},     {{}, S("El Amrani")},  {{}, S("Bouzid")},    {{}, S("Kaya")},       {{}, S("Demir")},
    {{}, S("Şahin")},      {{}, S("Pereira")},    {{}, S("Kowalski")},  {{}, S("Nowak")},      {{}, S("Aydın")},
    {{}, S("El Idrissi")}, {{}, S("Benali")},     {{}, S("Aït Taleb")}, {{}, S("Wiśniewski")}, {{}, S("Lewandowska")},
    {{}, S("Santos")},     {{}, S("Silva")},      {{}, S("Rodrigues")}, {{}, S("Fernandes")},  {{}, S("Kumar")},
    {{}, S("Singh")},      {{}, S("Chen")},       {{}, S("Wang")},      {{}, S("Trần")},       {{}, S("Phạm")},
    {{}, S("Ramdin")},     {{}, S("Bhagwandin")}, {{}, S("Soekhai")},   {{}, S("Martina")},    {{}, S("Mohamed")},
    {{}, S("Ahmed")},      {{}, S("Hassan")},     {{}, S("Osman")},     {{}, S("Abdi")},       {{}, S("Popescu")},
    {{}, S("Kovačević")},  {{}, S("Horváth")},    {{}, S("Schäfer")},   {{}, S("Jørgensen")},  {{}, S("Lefèvre")},
    {{}, S("García")},     {{}, S("Martínez")},   {{}, S("Bošnjak")},   {{}, S("Doğan")},      {{}, S("Arslan")},
    {{}, S("Ouali")},      {{}, S("Boukhari")},
};

const QString kDutchMaleFirstNames[] = {
    S("Jan"),      S("Pieter"),     S("Kees"),  S("Henk"), S("Johannes"), S("Willem"), S("Hendrik"), S("Cornelis"),
    S("Gerrit"),   S("Dirk"),       S("Bram"),  S("Daan"), S("Sem"),      S("Lucas"),  S("Levi"),    S("Finn"),
    S("Thijs"),    S("Ruben"),      S("Jesse"), S("Lars"), S("Bas"),      S("Tim"),    S("Sander"),  S("Jeroen"),
    S("Maarten"),  S("Wouter"),     S("Mark"),  S("Erik"), S("Joost"),    S("Sven"),   S("Liam"),    S("Noah"),
    S("Gert-Jan"), S("Jan-Willem"), S("Teun"),  S("Luuk"),
};

const QString kDutchFemaleFirstNames[] = {
    S("Anna"),  S("Maria"),    S("Johanna"), S("Elisabeth"), S("Cornelia"), S("Emma"),    S("Julia"), S("Sophie"),
    S("Tess"),  S("Sara"),     S("Lotte"),   S("Fleur"),     S("Eva"),      S("Lisa"),    S("Anouk"), S("Sanne"),
    S("Iris"),  S("Femke"),    S("Marloes"), S("Ingrid"),    S("Petra"),    S("Monique"), S("Wilma"), S("Els"),
    S("Mieke"), S("Annelies"), S("Noor"),    S("Fenna"),     S("Mila"),     S("Nina"),    S("Saar"),  S("Anne-Marie"),
};

// Second names as the BRP often has them (a saint's or grandparent's name).
const QString kMaleSecondNames[] = {S("Johannes"), S("Pieter"), S("Hendrik"),  S("Cornelis"), S("Willem"),
                                    S("Jan"),      S("Maria"),  S("Gerardus"), S("Antonius")};
const QString kFemaleSecondNames[] = {S("Maria"), S("Johanna"),    S("Elisabeth"), S("Cornelia"),
                                      S("Anna"),  S("Wilhelmina"), S("Hendrika")};

const QString kOtherMaleFirstNames[] = {
    S("José"), S("François"), S("Søren"), S("Mohammed"), S("Ahmed"), S("Youssef"), S("Ayoub"),  S("Mehmet"),
    S("Emre"), S("Burak"),    S("Piotr"), S("Tomasz"),   S("Đorđe"), S("Minh"),    S("Rajesh"), S("Joël"),
    S("João"), S("Ángel"),    S("René"),  S("Björn"),    S("Ömer"),  S("Noël"),
};

const QString kOtherFemaleFirstNames[] = {
    S("Zoë"),  S("Chloë"),  S("Anaïs"),     S("Fatima"),    S("Yasmina"),    S("Khadija"), S("Ayşe"),
    S("Elif"), S("Zeynep"), S("Katarzyna"), S("Agnieszka"), S("Milica"),     S("Anh"),     S("Priya"),
    S("Inês"), S("Céline"), S("Kübra"),     S("Loïs"),      S("Małgorzata"), S("Leyla"),
};

const City kCities[] = {
    {S("Amsterdam"), S("0363"), 1011, 1109, S("020")},   {S("Rotterdam"), S("0599"), 3011, 3089, S("010")},
    {S("Den Haag"), S("0518"), 2491, 2599, S("070")},    {S("Utrecht"), S("0344"), 3511, 3585, S("030")},
    {S("Eindhoven"), S("0772"), 5611, 5658, S("040")},   {S("Groningen"), S("0014"), 9711, 9747, S("050")},
    {S("Tilburg"), S("0855"), 5011, 5049, S("013")},     {S("Almere"), S("0034"), 1311, 1365, S("036")},
    {S("Breda"), S("0758"), 4811, 4839, S("076")},       {S("Nijmegen"), S("0268"), 6511, 6546, S("024")},
    {S("Haarlem"), S("0392"), 2011, 2036, S("023")},     {S("Arnhem"), S("0202"), 6811, 6846, S("026")},
    {S("Zwolle"), S("0193"), 8011, 8043, S("038")},      {S("Leiden"), S("0546"), 2311, 2334, S("071")},
    {S("Maastricht"), S("0935"), 6211, 6229, S("043")},  {S("Amersfoort"), S("0307"), 3811, 3829, S("033")},
    {S("Apeldoorn"), S("0200"), 7311, 7339, S("055")},   {S("'s-Hertogenbosch"), S("0796"), 5211, 5248, S("073")},
    {S("Enschede"), S("0153"), 7511, 7548, S("053")},    {S("Delft"), S("0503"), 2611, 2629, S("015")},
    {S("Leeuwarden"), S("0080"), 8911, 8939, S("058")},  {S("Deventer"), S("0150"), 7411, 7429, S("0570")},
    {S("Alkmaar"), S("0361"), 1811, 1827, S("072")},     {S("Zaandam"), S("0479"), 1501, 1509, S("075")},
    {S("Dordrecht"), S("0505"), 3311, 3329, S("078")},   {S("Gouda"), S("0513"), 2801, 2809, S("0182")},
    {S("Hilversum"), S("0402"), 1211, 1223, S("035")},   {S("Venlo"), S("0983"), 5911, 5928, S("077")},
    {S("Emmen"), S("0114"), 7811, 7829, S("0591")},      {S("Assen"), S("0106"), 9401, 9409, S("0592")},
    {S("Middelburg"), S("0687"), 4331, 4339, S("0118")}, {S("Lelystad"), S("0995"), 8211, 8245, S("0320")},
};

const QString kStreets[] = {
    S("Dorpsstraat"),
    S("Kerkstraat"),
    S("Schoolstraat"),
    S("Molenweg"),
    S("Stationsweg"),
    S("Hoofdstraat"),
    S("Julianastraat"),
    S("Beatrixlaan"),
    S("Wilhelminastraat"),
    S("Prins Bernhardlaan"),
    S("Oranjestraat"),
    S("Nieuwstraat"),
    S("Marktplein"),
    S("Kastanjelaan"),
    S("Eikenlaan"),
    S("Beukenlaan"),
    S("Lindelaan"),
    S("Berkenlaan"),
    S("Populierenweg"),
    S("Parkweg"),
    S("Sportlaan"),
    S("Industrieweg"),
    S("Havenstraat"),
    S("Noordsingel"),
    S("Zuidwal"),
    S("Oostsingel"),
    S("Westerstraat"),
    S("Van Goghstraat"),
    S("Rembrandtlaan"),
    S("Vermeerstraat"),
    S("Thorbeckelaan"),
    S("Burgemeester de Withstraat"),
    S("Koningin Julianaweg"),
    S("Prinses Irenestraat"),
    S("Graaf Florislaan"),
    S("Jan van Galenstraat"),
    S("Willem de Zwijgerlaan"),
    S("Tulpstraat"),
    S("Rozenstraat"),
    S("Narcissenlaan"),
    S("Zonnebloemstraat"),
    S("Merelstraat"),
    S("Lijsterbeslaan"),
    S("Spoorstraat"),
    S("Kanaalweg"),
    S("Dijkstraat"),
    S("Polderweg"),
    S("Achterom"),
    S("Langestraat"),
    S("Korte Kerkstraat"),
    S("Brink"),
    S("Ringweg"),
    S("'s-Gravenweg"),
    S("Hoogstraat"),
    S("Gaffelstraat"),
    S("Mient"),
    S("Anne Frankstraat"),
    S("Dr. Schaepmanstraat"),
    S("Kloosterweg"),
    S("Ambachtsweg"),
};

const ForeignAddress kForeignAddresses[] = {
    {S("BE"), S("Rue de la Loi 16"), S("1000 Bruxelles")},
    {S("BE"), S("Meir 45 bus 3"), S("2000 Antwerpen")},
    {S("DE"), S("Hauptstraße 5"), S("10115 Berlin")},
    {S("DE"), S("Königsallee 92"), S("40212 Düsseldorf")},
    {S("TR"), S("Atatürk Caddesi No. 12"), S("06420 Çankaya/Ankara")},
    {S("TR"), S("İstiklal Caddesi No. 101"), S("34430 Beyoğlu/İstanbul")},
    {S("MA"), S("Avenue Mohammed V, 45"), S("10000 Rabat")},
    {S("MA"), S("Rue Ibn Batouta 8"), S("90000 Tanger")},
    {S("PL"), S("ul. Marszałkowska 10/4"), S("00-590 Warszawa")},
    {S("PL"), S("ul. Długa 22"), S("80-827 Gdańsk")},
};

const QString kEmailProviders[] = {
    S("gmail.com"),  S("hotmail.com"), S("outlook.com"), S("live.nl"),     S("ziggo.nl"),
    S("kpnmail.nl"), S("xs4all.nl"),   S("planet.nl"),   S("home.nl"),     S("icloud.com"),
    S("hotmail.nl"), S("gmail.com"),   S("gmail.com"),   S("outlook.com"),
};

const Afdeling kAfdelingen[] = {
    {S("Vergunningen"), S("Omgevings-, parkeer- en evenementenvergunningen"), S("vergunningen")},
    {S("Belastingen"), S("WOZ, gemeentelijke belastingen en kwijtschelding"), S("belastingen")},
    {S("Burgerzaken"), S("Reisdocumenten, rijbewijzen, BRP en verhuizingen"), S("burgerzaken")},
    {S("Wmo"), S("Maatschappelijke ondersteuning en mantelzorg"), S("wmo")},
    {S("Afval en Reiniging"), S("Inzameling huisvuil, grofvuil en zwerfafval"), S("afval")},
    {S("Openbare Ruimte"), S("Straten, verlichting, groen en meldingen openbare ruimte"), S("openbareruimte")},
    {S("Werk en Inkomen"), S("Bijstand, schuldhulpverlening en re-integratie"), S("werkeninkomen")},
    {S("KCC"), S("Klantcontactcentrum: telefoon, balie, e-mail en chat"), S("kcc")},
};

const Onderwerp kOnderwerpen[] = {
    {S("Aanvraag parkeervergunning"),
     S("Klant wil een parkeervergunning voor bewoners aanvragen en vraagt naar de wachttijd in de wijk."),
     S("Uitgelegd dat de aanvraag via Mijn Loket kan; de wachttijd is ongeveer zes weken."), 0, true, true, false},
    {S("Vraag over WOZ-beschikking"),
     S("Klant vindt de WOZ-waarde van de woning te hoog in vergelijking met de buren."),
     S("Taxatieverslag toegelicht en gewezen op de bezwaartermijn van zes weken."), 1, true, false, false},
    {S("Melding kapotte lantaarnpaal"),
     S("Lantaarnpaal voor de deur brandt al een week niet; het is 's avonds erg donker op de stoep."),
     S("Melding doorgezet naar Openbare Ruimte; herstel binnen tien werkdagen."), 5, true, false, false},
    {S("Verhuizing doorgeven"),
     S("Klant verhuist binnen de gemeente en wil weten hoe de verhuizing doorgegeven wordt."),
     S("Verhuizing kan tot vier weken vooraf online met DigiD worden doorgegeven."), 2, true, true, false},
    {S("Paspoort aanvragen"), S("Klant wil een nieuw paspoort aanvragen voor een vakantie over twee maanden."),
     S("Afspraak ingepland; meenemen: oude paspoort en een recente pasfoto."), 2, false, false, false},
    {S("Bezwaar aanslag afvalstoffenheffing"),
     S("Klant woont alleen maar is aangeslagen voor een meerpersoonshuishouden."),
     S("Uitgelegd hoe bezwaar gemaakt kan worden; bezwaarschrift wordt per post nagestuurd."), 1, true, false, false},
    {S("Grofvuil ophalen"), S("Klant wil een bank en een oude kast laten ophalen."),
     S("Ophaalafspraak gemaakt; spullen de avond ervoor aan de straat zetten."), 4, false, true, false},
    {S("Container niet geleegd"), S("De groene container is op de ophaaldag niet geleegd."),
     S("Melding doorgezet; de container wordt binnen twee werkdagen alsnog geleegd."), 4, false, false, false},
    {S("Vraag over kwijtschelding gemeentelijke belastingen"),
     S("Klant heeft een laag inkomen en vraagt of kwijtschelding mogelijk is."),
     S("Voorwaarden uitgelegd en het aanvraagformulier toegestuurd."), 1, true, false, true},
    {S("Aanvraag omgevingsvergunning dakkapel"),
     S("Klant wil een dakkapel plaatsen aan de voorkant en vraagt of een vergunning nodig is."),
     S("Vergunningcheck in het Omgevingsloket toegelicht; voorkant is vergunningplichtig."), 0, true, true, false},
    {S("Status aanvraag bijstandsuitkering"),
     S("Klant heeft vier weken geleden bijstand aangevraagd en nog niets gehoord."),
     S("Aanvraag is in behandeling; klantmanager neemt contact op."), 6, true, false, true},
    {S("Aanvraag huishoudelijke hulp (Wmo)"),
     S("Dochter belt namens haar moeder, die na een heupoperatie hulp in het huishouden nodig heeft."),
     S("Melding Wmo aangemaakt; een consulent plant een keukentafelgesprek."), 3, true, true, true},
    {S("Melding overlast hangjongeren"), S("'s Avonds overlast van een groep jongeren bij het speelveldje."),
     S("Melding geregistreerd en doorgegeven aan de wijkboa."), 5, false, false, false},
    {S("Afspraak maken rijbewijs"), S("Klant wil het rijbewijs verlengen."),
     S("Afspraak gemaakt bij de stadswinkel; gezondheidsverklaring niet nodig."), 2, false, false, false},
    {S("Uittreksel BRP aanvragen"), S("Klant heeft een uittreksel uit de BRP nodig voor een nieuwe werkgever."),
     S("Uitgelegd dat het uittreksel online met DigiD kan worden aangevraagd."), 2, false, true, false},
    {S("Melding zwerfafval"), S("Naast de glasbak liggen al dagen vuilniszakken."),
     S("Melding doorgezet naar Afval en Reiniging."), 4, true, false, false},
    {S("Boom snoeien of kappen"), S("Een boom in de straat hangt over de stoep en raakt de gevel."),
     S("Melding gemaakt; een boomverzorger komt kijken."), 5, true, false, false},
    {S("Vraag over hondenbelasting"), S("Klant heeft geen hond meer en betaalt nog hondenbelasting."),
     S("Afmelding verwerkt; het teveel betaalde wordt teruggestort."), 1, false, false, false},
    {S("Gehandicaptenparkeerkaart aanvragen"),
     S("Klant kan slecht lopen en wil een gehandicaptenparkeerkaart aanvragen."),
     S("Aanvraagprocedure en medische keuring toegelicht."), 3, true, true, true},
    {S("Betalingsregeling aanslag"), S("Klant kan de aanslag gemeentelijke belastingen niet in één keer betalen."),
     S("Betalingsregeling in tien termijnen afgesproken."), 1, false, false, false},
    {S("Evenementenvergunning buurtfeest"), S("Bewonersvereniging wil in juni een straatfeest organiseren."),
     S("Uitgelegd dat een melding volstaat tot 150 bezoekers; formulier toegestuurd."), 0, true, true, false},
    {S("Melding losliggende stoeptegel"), S("Losliggende stoeptegels bij de bushalte; iemand is gestruikeld."),
     S("Spoedmelding gemaakt bij Openbare Ruimte."), 5, true, false, false},
    {S("Vraag over schuldhulpverlening"), S("Klant heeft betalingsachterstanden en zoekt hulp."),
     S("Doorverwezen naar het schuldhulploket; intake wordt ingepland."), 6, true, false, true},
    {S("Aangifte geboorte"), S("Vader wil de geboorte van zijn dochter aangeven."),
     S("Afspraak gemaakt; aangifte binnen drie werkdagen na de geboorte."), 2, false, false, false},
    {S("Klacht over behandeling"), S("Klant is ontevreden over hoe een eerdere vraag is afgehandeld."),
     S("Klacht genoteerd; de klachtencoördinator neemt binnen vijf werkdagen contact op."), 7, true, false, false},
    {S("Vraag over openingstijden stadswinkel"), S("Klant vraagt of de stadswinkel op zaterdag open is."),
     S("Openingstijden doorgegeven; op zaterdag alleen op afspraak."), 7, false, false, false},
    {S("Terrasvergunning aanvragen"), S("Horecaondernemer wil het terras uitbreiden."),
     S("Voorwaarden en leges toegelicht; aanvraag via het ondernemersloket."), 0, true, true, false},
    {S("Ondersteuning mantelzorg"), S("Mantelzorger vraagt naar respijtzorg en de mantelzorgwaardering."),
     S("Informatie over respijtzorg en de mantelzorgwaardering gegeven."), 3, false, false, false},
    {S("Ophalen oud papier"), S("Klant vraagt wanneer het oud papier in de wijk wordt opgehaald."),
     S("Afvalkalender toegelicht en de afvalapp aangeraden."), 4, false, false, false},
    {S("Vraag over energietoeslag"), S("Klant vraagt of hij recht heeft op de energietoeslag."),
     S("Inkomensgrens toegelicht; aanvraag kan online."), 6, true, true, false},
};

const Bank kBanks[] = {
    {S("INGB"), S("INGBNL2A")}, {S("ABNA"), S("ABNANL2A")}, {S("RABO"), S("RABONL2U")}, {S("SNSB"), S("SNSBNL2A")},
    {S("ASNB"), S("ASNBNL21")}, {S("TRIO"), S("TRIONL2U")}, {S("KNAB"), S("KNABNL2H")}, {S("BUNQ"), S("BUNQNL2A")},
    {S("INGB"), S("INGBNL2A")}, {S("RABO"), S("RABONL2U")}, {S("ABNA"), S("ABNANL2A")},
};

const QString kOrganisationPatterns[] = {
    S("Bakkerij %1 B.V."),
    S("%1 Installatietechniek"),
    S("Stichting Buurtwerk %2"),
    S("Autobedrijf %1"),
    S("%1 & Zonen B.V."),
    S("Huisartsenpraktijk %2"),
    S("%1 Advocaten"),
    S("Kinderopvang De Regenboog %2"),
    S("Vereniging van Eigenaren %2"),
    S("Café De Gouden Leeuw"),
    S("Schildersbedrijf %1"),
    S("Bewindvoering %2 B.V."),
    S("Stichting Voedselbank %2"),
    S("%1 Transport B.V."),
    S("Tandartspraktijk %1"),
    S("Woonzorgcentrum %2"),
    S("Fietsenmaker %1"),
    S("Sportvereniging %2"),
};

const QString kDistricts[] = {
    S("Oost"),          S("West"),          S("Noord"),     S("Zuid"),          S("Centrum"),
    S("De Lanen"),      S("Het Hoge Land"), S("Lombok"),    S("Kanaleneiland"), S("Overvecht"),
    S("Leidsche Rijn"), S("Zuilen"),        S("Transwijk"), S("Oog in Al"),
};

const QString kInterneNotities[] = {
    S("Klant is slechthorend; rustig en duidelijk spreken."),
    S("Liever per e-mail benaderen dan telefonisch."),
    S("Spreekt beperkt Nederlands; Engels gaat goed."),
    S("Heeft eerder een klacht ingediend, zie klantcontacten van vorig jaar."),
    S("Bereikbaar na 14.00 uur."),
    S("Correspondentie via bewindvoerder."),
};

const QString kTerugbellenToelichtingen[] = {
    S("Klant is het best bereikbaar tussen 9 en 12 uur."),
    S("Graag voor het eind van de week terugbellen."),
    S("Klant heeft al twee keer gebeld over deze vraag."),
};
const QString kOpzoekenToelichtingen[] = {
    S("Dossier zit bij de vakafdeling; status opvragen."),
    S("Antwoord graag per e-mail sturen."),
};
const QString kZaakToelichtingen[] = {
    S("Zaak aanmaken en de klant een ontvangstbevestiging sturen."),
    S("Documenten zijn als bijlage bij het klantcontact opgeslagen."),
};
const QString kRouterenToelichtingen[] = {
    S("Verkeerd doorgezet, hoort bij een andere afdeling."),
    S("Klant is al eerder naar het KCC verwezen; graag rechtstreeks oppakken."),
};

#undef S

} // namespace

std::span<const Surname> dutchSurnames()
{
    return kDutchSurnames;
}
std::span<const Surname> otherSurnames()
{
    return kOtherSurnames;
}
std::span<const QString> firstNames(bool male, bool dutch)
{
    if (dutch)
        return male ? std::span<const QString>(kDutchMaleFirstNames) : std::span<const QString>(kDutchFemaleFirstNames);
    return male ? std::span<const QString>(kOtherMaleFirstNames) : std::span<const QString>(kOtherFemaleFirstNames);
}
std::span<const QString> secondNames(bool male)
{
    return male ? std::span<const QString>(kMaleSecondNames) : std::span<const QString>(kFemaleSecondNames);
}
std::span<const City> cities()
{
    return kCities;
}
std::span<const QString> streets()
{
    return kStreets;
}
std::span<const ForeignAddress> foreignAddresses()
{
    return kForeignAddresses;
}
std::span<const QString> emailProviders()
{
    return kEmailProviders;
}
std::span<const Onderwerp> onderwerpen()
{
    return kOnderwerpen;
}
std::span<const Afdeling> afdelingen()
{
    return kAfdelingen;
}
std::span<const Bank> banks()
{
    return kBanks;
}
std::span<const QString> organisationPatterns()
{
    return kOrganisationPatterns;
}
std::span<const QString> districts()
{
    return kDistricts;
}
std::span<const QString> interneNotities()
{
    return kInterneNotities;
}
std::span<const QString> toelichtingen(const QString &handeling)
{
    if (handeling == QLatin1String("Terugbellen"))
        return kTerugbellenToelichtingen;
    if (handeling == QLatin1String("Zaak aanmaken"))
        return kZaakToelichtingen;
    if (handeling == QLatin1String("Opnieuw routeren"))
        return kRouterenToelichtingen;
    return kOpzoekenToelichtingen;
}

} // namespace kcc::demo::tables
