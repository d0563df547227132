#pragma once

#include "model/beheer/accountservice.h"
#include "model/core/result.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/enums.h"
#include "model/klantinteracties/internetaak.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/klantinteracties/partij.h"
#include "model/klantinteracties/partijidentificator.h"
#include "model/lists/pagedlistsource.h"

#include <optional>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace kcc {

struct KlantbeeldContact
{
    Klantcontact klantcontact; // onderwerp, inhoud and reactie blanked when `verborgen`
    bool verborgen = false;    // vertrouwelijk and the viewer may not see it (see KlantbeeldService)
    QStringList actoren;       // names of the linked actors
};

// Another partij in the klantbeeld: a representative, a represented partij, a contactpersoon.
struct KlantbeeldRelatie
{
    QUuid partij;
    QString naam;
    SoortPartij soortPartij = SoortPartij::Persoon;
    bool actief = true;
};

struct Klantbeeld
{
    Partij partij;
    QList<DigitaalAdres> digitaleAdressen; // the partij's own; voorkeur = partij.voorkeursDigitaalAdres
    QList<PartijIdentificator> identificatoren;
    QList<KlantbeeldContact> klantcontacten;       // newest first, at most the requested number
    QList<InterneTaak> openTaken;                  // te_verwerken, from this partij's klantcontacten
    QList<KlantbeeldRelatie> vertegenwoordigt;     // the partijen this partij represents
    QList<KlantbeeldRelatie> vertegenwoordigdDoor; // the partijen that represent this partij
    // An organisatie: its contactpersonen (at most maxContactpersonen, by name).
    QList<KlantbeeldRelatie> contactpersonen;
    qint64 aantalContactpersonen = 0;
    std::optional<KlantbeeldRelatie> werktVoor; // a contactpersoon: the organisatie
    qint64 aantalKlantcontacten = 0;            // all of this partij's klantcontacten
    QStringList kanalen;                        // the kanalen of those klantcontacten, sorted

    static constexpr int maxContactpersonen = 50;

    bool isVoorkeur(const DigitaalAdres &adres) const { return partij.voorkeursDigitaalAdres == adres.uuid; }
};

// Which klantcontacten of the history to show. Empty / invalid members do not filter.
struct KlantbeeldContactFilter
{
    QString kanaal;
    QDateTime van; // UTC, inclusive
    QDateTime tot; // UTC, exclusive

    friend bool operator==(const KlantbeeldContactFilter &, const KlantbeeldContactFilter &) = default;
};

// The klantbeeld (C4161). Vertrouwelijke klantcontacten show only that they exist (onderwerp,
// inhoud and reactie blanked, `verborgen` set) unless the viewer is linked to the klantcontact
// as an actor, is assigned to one of its interne taken, or has the supervisor role.
class KlantbeeldService
{
public:
    virtual ~KlantbeeldService() = default;

    virtual Result<Klantbeeld> load(const QUuid &partij, const SignedInActor &viewer, int lastContacts = 10) = 0;
    // The contact history newest first, one keyset page at a time.
    virtual Result<Page<KlantbeeldContact>> contacten(const QUuid &partij, const SignedInActor &viewer,
                                                      const KlantbeeldContactFilter &filter, const PageCursor &cursor,
                                                      int limit) = 0;
    // How many klantcontacten of the partij pass the filter.
    virtual Result<qint64> aantalContacten(const QUuid &partij, const KlantbeeldContactFilter &filter) = 0;
    // The kanalen of the partij's klantcontacten, for the filter (sorted).
    virtual Result<QStringList> kanalen(const QUuid &partij) = 0;
    // Asked before a partij's full BSN is shown (it is masked otherwise); the BSN stays masked
    // when this fails. The logging service (model/privacy) records the reveal here.
    virtual Result<> bsnTonen(const QUuid &partij, const SignedInActor &viewer) = 0;
};

} // namespace kcc
