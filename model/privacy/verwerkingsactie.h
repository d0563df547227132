#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace kcc {

// The VNG Verwerkingenlogging standard (../shared/reference/verwerkingenlogging-openapi.yaml),
// one field per field of its Verwerkingsactie and VerwerktObject schemas.

enum class Vertrouwelijkheid
{
    Normaal,
    Vertrouwelijk,
    Opgeheven
};

QString vertrouwelijkheidCode(Vertrouwelijkheid vertrouwelijkheid);
std::optional<Vertrouwelijkheid> vertrouwelijkheidFromCode(const QString &code);

// How a person is identified in the log (soortObjectId): by BSN, or, for a partij without one,
// by the partij's uuid in this KCC. Both are stored only as a keyed hash (see Pseudoniemen).
namespace SoortObjectId {
inline QString bsn()
{
    return QStringLiteral("BSN");
}
inline QString partijUuid()
{
    return QStringLiteral("KCC-partij");
}
} // namespace SoortObjectId

struct VerwerktObject
{
    QUuid verwerktObjectId;
    QString objecttype = QStringLiteral("persoon"); // the standard knows only persoon
    QString soortObjectId;
    // In the log: the pseudonym (keyed hash). In an inzage about one person: the identifier asked
    // for (the BSN or the partij's uuid), as the standard's objectId.
    QString objectId;
    QString betrokkenheid; // e.g. "Getoond in zoekresultaat"
    QStringList verwerkteSoortenGegevens;

    friend bool operator==(const VerwerktObject &, const VerwerktObject &) = default;
};

struct Verwerkingsactie
{
    QUuid actieId;
    QString actieNaam;
    QString handelingNaam;
    QString verwerkingNaam;
    QUuid verwerkingId; // one per contact or task
    QUuid verwerkingsactiviteitId;
    QString verwerkingsactiviteitUrl;
    Vertrouwelijkheid vertrouwelijkheid = Vertrouwelijkheid::Normaal;
    QString bewaartermijn; // ISO 8601 duration, e.g. P2Y
    QString uitvoerder;    // the municipality's OIN (20 digits); empty when not configured
    QString systeem;       // "KCC Werkplek 0.9"
    QString gebruiker;     // a meaningless key: the medewerker actor's uuid
    QString gegevensbron;
    QDateTime tijdstip;            // with the offset of the seat's time zone
    QDateTime tijdstipRegistratie; // set by the log
    QList<VerwerktObject> verwerkteObjecten;

    friend bool operator==(const Verwerkingsactie &, const Verwerkingsactie &) = default;
};

// ISO 8601 durations as the standard's bewaartermijn (PnYnMnWnDTnHnMnS).
class Bewaartermijn
{
public:
    static bool isValid(const QString &duration);
    // `from` plus the duration; invalid for an invalid duration.
    static QDateTime einde(const QDateTime &from, const QString &duration);
};

} // namespace kcc
