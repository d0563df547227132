#pragma once

// The state and steps of DemoGenerator (model/demo/demogenerator.h), shared by its source files:
// demogenerator.cpp (actors, the run), demopartijen.cpp (partijen, vertegenwoordigingen) and
// demoklantcontacten.cpp (klantcontacten, taken, callbacks). Private to the generator.

#include "model/demo/demogenerator.h"
#include "model/demo/demorandom.h"
#include "model/demo/demosink.h"
#include "model/demo/demotables.h"
#include "model/demo/demovalues.h"
#include "model/demo/uniquenumbersequence.h"

#include <QList>

#include <deque>
#include <vector>

namespace kcc::demo {
namespace generation {

// Independent PRNG streams, so that e.g. the number of klantcontacten does not change the partijen.
enum Stream : quint64
{
    ActorStream = 1,
    PartijStream = 2,
    VertegenwoordigingStream = 3,
    KlantcontactStream = 4,
    NumberStream = 5,
};

enum PartijFlag : quint8
{
    PersoonFlag = 0x1,
    OrganisatieFlag = 0x2,
    ContactpersoonFlag = 0x4,
    ActiveFlag = 0x8,
};

inline constexpr qint64 kDays = 730;
inline constexpr qint64 kDay = 86400;
inline constexpr int kKccAfdeling = 7; // index of "KCC" in tables::afdelingen()

inline QString municipalDomain()
{
    return QStringLiteral("voorbeeldgemeente.nl");
}

enum class Variant
{
    Anoniem,           // A: not a partij; contactnaam and a one-off address for the follow-up
    Partij,            // B: a known partij, its own default contact details
    PartijEenmalig,    // B with a one-off phone number for this contact
    Vertegenwoordiger, // someone representing a partij (vertegenwoordiging)
    Contactpersoon,    // a contactpersoon speaking for their organisatie
};

// A "Terugbellen" task waiting for its callback. The task itself is added to the sink only when
// it is closed (or at the end, still open), so that its status and afgehandeldOp are final.
struct PendingCallback
{
    InterneTaak taak;
    QDateTime plaatsgevondenOp; // of the request, later of the last failed attempt
    QDate gevraagdOp;
    qint32 partij = -1; // -1: variant A, use contactnaam and telefoon
    Contactnaam contactnaam;
    QString telefoon;
    int onderwerp = 0;
    std::optional<QUuid> medewerker; // the assigned medewerker who calls back, if any
    int attempts = 0;
};

struct BetrokkeneMetAdres
{
    Betrokkene betrokkene;
    std::optional<DigitaalAdres> adres;
};

// Who took part in one klantcontact on the klant's side, and what a follow-up needs of them.
struct KlantBetrokkenen
{
    Variant variant = Variant::Partij;
    QList<BetrokkeneMetAdres> betrokkenen;
    qint32 klantPartij = -1;
    Contactnaam anoniemeNaam;
    QString terugbelnummer;
};

// The identifier sequences of the partijen.
struct PartijNumbers
{
    UniqueNumberSequence &bsn;
    UniqueNumberSequence &rsin;
    UniqueNumberSequence &kvk;
    UniqueNumberSequence &vestiging;
};

} // namespace generation

struct DemoGenerator::Private
{
    using PendingCallback = generation::PendingCallback;
    using Variant = generation::Variant;
    using BetrokkeneMetAdres = generation::BetrokkeneMetAdres;
    using KlantBetrokkenen = generation::KlantBetrokkenen;
    using PartijNumbers = generation::PartijNumbers;

    quint64 seed;
    qint64 partijCount;
    qint64 klantcontactCount;
    DemoSink *sink = nullptr;
    bool ok = true;
    qint64 done = 0;
    DemoValues values;
    QDateTime start; // midnight UTC, kDays before the reference date

    // Actors
    QList<QUuid> afdelingen;
    QUuid chatbot;
    QList<QUuid> actieveMedewerkers;

    // What the klantcontacten need to know about the partijen (kept compact: a million of them).
    std::vector<QUuid> partijUuid;
    std::vector<quint8> partijFlags;
    std::vector<qint32> organisaties;     // partij indexes of the organisaties
    std::vector<QString> organisatieNaam; // parallel to organisaties
    std::vector<QString> organisatieDomein;
    std::vector<qint32> contactpersonen; // partij indexes of active contactpersonen
    std::vector<qint32> werkteVoor;      // per contactpersoon (parallel): position in organisaties
    std::vector<std::pair<qint32, qint32>> vertegenwoordigingen;

    QList<QUuid> zaaktypen; // one per onderwerp, for hoofdOnderwerpType
    qint64 taakNummer = 0;
    std::deque<PendingCallback> pending;

    // Reused per record so that the hot loops do not allocate lists.
    QList<PartijIdentificator> identificatoren;
    QList<DigitaalAdres> digitaleAdressen;
    QList<Rekeningnummer> rekeningnummers;

    template<typename T>
    void add(const T &item)
    {
        if (ok)
            ok = sink->add(item);
    }
    void step()
    {
        ++done;
        if ((done & 1023) == 0 && ok)
            ok = sink->progress(done, partijCount + klantcontactCount);
    }

    void makeActors(DemoRandom &random);

    // demopartijen.cpp
    void makePartijen(DemoRandom &random, DemoRandom &numbers);
    void makePartij(DemoRandom &random, qint64 index, const PartijNumbers &numbers);
    Partij newPartij(DemoRandom &random, qint64 index);
    quint8 makePersoon(DemoRandom &random, Partij &partij, const tables::City &city, int &standaardMask,
                       UniqueNumberSequence &bsn);
    quint8 makeOrganisatie(DemoRandom &random, qint64 index, Partij &partij, const tables::City &city,
                           int &standaardMask, const PartijNumbers &numbers);
    quint8 makeContactpersoon(DemoRandom &random, qint64 index, Partij &partij, int &standaardMask);
    // One of the partij's own digitale adressen; at most one standaard per soort (`standaardMask`).
    void addOwnAdres(DemoRandom &random, const Partij &partij, int &standaardMask, SoortDigitaalAdres soort,
                     QString adres, const QString &omschrijving);
    void addRekening(DemoRandom &random, const Partij &partij, int permilleBic);
    void chooseVoorkeuren(DemoRandom &random, Partij &partij);
    void makeVertegenwoordigingen(DemoRandom &random);
    qint32 randomPartij(DemoRandom &random, quint8 soortFlags);

    // demoklantcontacten.cpp
    void makeKlantcontacten(DemoRandom &random);
    void makeKlantcontact(DemoRandom &random, qint64 index, const QDateTime &dayStart, bool weekend);
    Klantcontact newKlantcontact(DemoRandom &random, qint64 index, int onderwerpIndex, const QDateTime &dayStart,
                                 bool weekend);
    QList<QUuid> chooseActoren(DemoRandom &random, Klantcontact &kc);
    Variant chooseVariant(DemoRandom &random, const QString &kanaal);
    KlantBetrokkenen makeBetrokkenen(DemoRandom &random, const Klantcontact &kc, Variant variant);
    void anoniemeBetrokkene(DemoRandom &random, const Klantcontact &kc, KlantBetrokkenen &klant);
    void vertegenwoordigerBetrokkenen(DemoRandom &random, const Klantcontact &kc, KlantBetrokkenen &klant);
    void contactpersoonBetrokkenen(DemoRandom &random, const Klantcontact &kc, KlantBetrokkenen &klant);
    BetrokkeneMetAdres nieuweBetrokkene(DemoRandom &random, const Klantcontact &kc);
    void eenmaligAdres(DemoRandom &random, BetrokkeneMetAdres &b, SoortDigitaalAdres soort, QString adres);
    void addBijlagen(DemoRandom &random, const Klantcontact &kc, const tables::Onderwerp &onderwerp);
    void addBijlage(DemoRandom &random, const Klantcontact &kc, const QString &objecttype, const QString &registry);
    QString chooseHandeling(DemoRandom &random, const KlantBetrokkenen &klant);
    void makeTaak(DemoRandom &random, const Klantcontact &kc, int onderwerpIndex, const QString &handeling,
                  const KlantBetrokkenen &klant);
    void makeCallback(DemoRandom &random, qint64 index, PendingCallback callback, const QDateTime &when);
    void closePending(PendingCallback &callback, const QDateTime &afgehandeldOp);

    QUuid randomMedewerker(DemoRandom &random, const QUuid &except = QUuid());
    DigitaalAdres digitaalAdres(DemoRandom &random, SoortDigitaalAdres soort, QString adres);
    QList<QUuid> assignees(DemoRandom &random, int afdeling, const QString &handeling);
    // Work is closed during office hours: moves `moment` to a working hour of the same day, unless
    // that would be before `notBefore`.
    static QDateTime duringOfficeHours(DemoRandom &random, const QDateTime &moment, const QDateTime &notBefore);
    QString nextTaakNummer() { return QString::number(700000 + ++taakNummer); }
};

} // namespace kcc::demo
