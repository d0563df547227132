#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <memory>

namespace kcc::demo {

class DemoSink;

// Deterministic Dutch demo data of every Klantinteracties resource (QtCore only: it makes domain
// objects and hands them to a DemoSink; storage/demoloader.h writes them to a database).
//
// The same seed and sizes always give the same records, uuids included: all randomness comes
// from DemoRandom, and every date is relative to referenceDateTime(), never to the clock.
// What is made (shares are approximate):
//  * actors: 30 medewerkers (2 inactive and never linked), 8 afdelingen, 1 chatbot;
//  * partijen: 80% personen (unique 11-proef BSNs starting with 9), 15% organisaties (KvK,
//    vestigingsnummer under the KvK, some RSINs), 5% contactpersonen working for an organisatie;
//    addresses, digitale adressen with one voorkeur of the partij's own, rekeningnummers,
//    a few inactive or with geheimhouding;
//  * vertegenwoordigingen for about 3% of the partijen;
//  * klantcontacten spread over the two years before the reference date on six kanalen, each
//    with at least one active medewerker and one betrokkene (variants A, B, B with a one-off
//    phone number, vertegenwoordiger, contactpersoon), zaak onderwerpobjecten, bijlagen,
//    interne taken in both statuses, and callbacks (initiator false, onderwerpobject
//    wasKlantcontact pointing at the contact that asked for them).
class DemoGenerator
{
public:
    DemoGenerator(quint64 seed, qint64 partijen, qint64 klantcontacten);
    ~DemoGenerator();
    DemoGenerator(const DemoGenerator &) = delete;
    DemoGenerator &operator=(const DemoGenerator &) = delete;

    // The fixed "now" of the demo data (UTC). All klantcontacten lie in the two years before it.
    static QDateTime referenceDateTime();
    static constexpr int medewerkerCount = 30;
    static constexpr int inactiveMedewerkerCount = 2;

    // Makes everything and hands it to the sink in the order documented in DemoSink. Returns
    // false when the sink stopped it. Call once per generator.
    bool run(DemoSink &sink);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kcc::demo
