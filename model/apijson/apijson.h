#pragma once

#include "model/core/result.h"
#include "model/klantinteracties/actor.h"
#include "model/klantinteracties/actorklantcontact.h"
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/bijlage.h"
#include "model/klantinteracties/digitaaladres.h"
#include "model/klantinteracties/internetaak.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/klantinteracties/onderwerpobject.h"
#include "model/klantinteracties/partij.h"
#include "model/klantinteracties/partijidentificator.h"
#include "model/klantinteracties/rekeningnummer.h"
#include "model/klantinteracties/vertegenwoordiging.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace kcc {

// The resources of Klantinteracties API v1, as they appear in the URL path.
enum class ApiResource
{
    Partijen,
    PartijIdentificatoren,
    DigitaleAdressen,
    Rekeningnummers,
    Vertegenwoordigingen,
    Klantcontacten,
    Betrokkenen,
    Onderwerpobjecten,
    Bijlagen,
    Actoren,
    ActorKlantcontacten,
    InterneTaken
};

// "partijen", "partij-identificatoren", ... (klantinteracties-model.md §1.1).
QString resourcePath(ApiResource resource);

// The read-only reverse relations that the Partij response schema requires, looked up by the
// caller (export, sync). Lists are written in the order given.
struct PartijRelaties
{
    QList<QUuid> digitaleAdressen;
    QList<QUuid> rekeningnummers;
    QList<QUuid> betrokkenen;
    // The partijen THIS partij represents (vertegenwoordigendePartij == this).
    QList<QUuid> vertegenwoordigden;
    // Full nested objects, as the API embeds them.
    QList<PartijIdentificator> partijIdentificatoren;
};

struct KlantcontactRelaties
{
    QList<QUuid> gingOverOnderwerpobjecten;
    QList<Actor> hadBetrokkenActoren; // full objects, in ActorKlantcontact order
    QList<QUuid> omvatteBijlagen;
    QList<QUuid> hadBetrokkenen;
    QList<QUuid> leiddeTotInterneTaken;
};

struct BetrokkeneRelaties
{
    QList<QUuid> digitaleAdressen;
};

// What a Partij document carries besides the Partij itself that a client may WRITE
// (klantinteracties-model.md §4.1 rules 2 and 3). Filled by ApiJson::partijFromJson on request.
struct PartijInvoer
{
    bool heeftDigitaleAdressen = false; // key present and not null
    QList<QUuid> digitaleAdressen;
    bool heeftRekeningnummers = false;
    QList<QUuid> rekeningnummers;
    bool heeftPartijIdentificatoren = false;
    // identificeerdePartij is set to the partij's uuid, as the server does for nested items.
    QList<PartijIdentificator> partijIdentificatoren;
};

// Maps the domain types to and from the JSON of Klantinteracties API v1 (Open Klant 2.18).
//
// Writers produce the RESPONSE schema of each resource: every required property present,
// camelCase keys, references as {"uuid", "url"} with url = {base}/{resource}/{uuid} (no trailing
// slash), a nullable value written as null exactly when the domain value is nullopt (a value
// group that is nullopt -> null, an empty group -> an object of blanks). Datetimes are UTC with
// "Z": seconds only when the millisecond part is 0, otherwise exactly three fraction digits
// ("2024-03-01T10:15:22Z", "2024-03-01T10:15:22.120Z"). Dates are YYYY-MM-DD.
//
// Blank optional strings whose schema has a pattern, a format or a minimum length that "" fails
// (address nummeraanduidingId/postcode/land, referentie, bic, hoofdOnderwerpType, actor
// emailadres, organisatorische eenheid telefoonnummer) are left OUT by default, so that an export
// validates against the published spec. Open Klant itself writes "" there and accepts "" in a
// request; setWriteBlankPatternFields(true) writes "" as Open Klant does (e.g. for a PUT body
// where a left-out key would mean "unchanged").
//
// Readers take a response-shaped (or request-shaped) object, ignore read-only and derived keys
// (url, betrokkenen, volledigeNaam, _expand, ...) and unknown keys, accept "" for blank optional
// strings and "" or null for a blank nummer/referentienummer, reject a wrong JSON type with a
// field error, and finally run the domain validators with Strictness::Import. Error fields are
// the camelCase path ("partijIdentificatie.contactnaam.voornaam", "partijIdentificatoren[1].
// partijIdentificator.objectId"). Date-times may carry any number of fraction digits and any
// UTC offset; they are converted to UTC and kept to the microsecond (milliseconds in the
// QDateTime, the rest in the record's *Micros field); further digits are truncated.
//
// Real Open Klant output is read as well as the spec's: blank groups as objects of empty
// strings, null subtypes (partijIdentificatie, actorIdentificatie), _expand on items, and older
// API versions without later fields.
class ApiJson
{
public:
    static QUrl defaultBaseUrl(); // http://localhost:8000/klantinteracties/api/v1

    explicit ApiJson(QUrl baseUrl = defaultBaseUrl());

    QUrl baseUrl() const { return m_baseUrl; }
    void setWriteBlankPatternFields(bool write) { m_writeBlankPatternFields = write; }
    bool writeBlankPatternFields() const { return m_writeBlankPatternFields; }

    QString url(ApiResource resource, const QUuid &uuid) const;
    QJsonObject reference(ApiResource resource, const QUuid &uuid) const;

    QJsonObject toJson(const Partij &partij, const PartijRelaties &relaties) const;
    QJsonObject toJson(const PartijIdentificator &identificator) const;
    QJsonObject toJson(const DigitaalAdres &adres) const;
    QJsonObject toJson(const Rekeningnummer &rekeningnummer) const;
    QJsonObject toJson(const Vertegenwoordiging &vertegenwoordiging) const;
    QJsonObject toJson(const Klantcontact &klantcontact, const KlantcontactRelaties &relaties) const;
    QJsonObject toJson(const Betrokkene &betrokkene, const BetrokkeneRelaties &relaties) const;
    QJsonObject toJson(const Onderwerpobject &onderwerpobject) const;
    QJsonObject toJson(const Bijlage &bijlage) const;
    QJsonObject toJson(const Actor &actor) const;
    QJsonObject toJson(const ActorKlantcontact &link) const;
    QJsonObject toJson(const InterneTaak &taak) const;

    // `invoer`, when given, receives the writable relation lists of the document.
    static Result<Partij> partijFromJson(const QJsonObject &json, PartijInvoer *invoer = nullptr);
    static Result<PartijIdentificator> partijIdentificatorFromJson(const QJsonObject &json);
    static Result<DigitaalAdres> digitaalAdresFromJson(const QJsonObject &json);
    static Result<Rekeningnummer> rekeningnummerFromJson(const QJsonObject &json);
    static Result<Vertegenwoordiging> vertegenwoordigingFromJson(const QJsonObject &json);
    static Result<Klantcontact> klantcontactFromJson(const QJsonObject &json);
    static Result<Betrokkene> betrokkeneFromJson(const QJsonObject &json);
    static Result<Onderwerpobject> onderwerpobjectFromJson(const QJsonObject &json);
    static Result<Bijlage> bijlageFromJson(const QJsonObject &json);
    static Result<Actor> actorFromJson(const QJsonObject &json);
    static Result<ActorKlantcontact> actorKlantcontactFromJson(const QJsonObject &json);
    static Result<InterneTaak> interneTaakFromJson(const QJsonObject &json);

    // `micros` (0..999) are the microseconds below the millisecond: when not 0 the time is
    // written with six fraction digits, as Open Klant writes it.
    static QString formatDateTime(const QDateTime &dateTime, int micros = 0);
    // nullopt for anything that is not an RFC 3339 date-time with an offset or "Z". `micros`,
    // when given, receives the 4th to 6th fraction digits (0..999); later digits are dropped.
    static std::optional<QDateTime> parseDateTime(const QString &text, int *micros = nullptr);
    static QString formatDate(const QDate &date);
    static std::optional<QDate> parseDate(const QString &text);

private:
    QUrl m_baseUrl;
    QString m_base; // m_baseUrl as text without a trailing slash
    bool m_writeBlankPatternFields = false;
};

} // namespace kcc
