#pragma once

#include "model/apijson/apijson.h"
#include "model/core/fielderror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace kcc {

// Where a record lives on the Open Klant server: the uuid and url the server assigned (both are
// readOnly in the API, so they differ from the desk's own uuid).
struct ServerIdentity
{
    QUuid uuid;
    QString url;

    friend bool operator==(const ServerIdentity &, const ServerIdentity &) = default;
};

// One record waiting to be sent to the server (issue 14, item 2). `document` is the record in the
// API's response shape with the desk's own uuids (ApiJson::toJson); the push worker turns it into
// a request body with the server's uuids.
struct OutboxEntry
{
    qint64 id = 0; // queue order, which is dependency order
    ApiResource resource = ApiResource::Klantcontacten;
    QUuid lokaal;
    QJsonObject document;
    int pogingen = 0;
    // A POST was started and no answer arrived (timeout, dropped connection, crash): the server
    // may have stored the object, so the worker looks it up before it sends again.
    bool onzeker = false;
    // Create the record on the server (POST), send a change of a record it has (PATCH), or remove
    // a record the desk removed (DELETE; `document` is then empty: the local row is gone).
    enum class Bewerking
    {
        Aanmaken,
        Wijzigen,
        Verwijderen
    };
    Bewerking bewerking = Bewerking::Aanmaken;
};

// What the outbox holds, for the status line and `kccctl sync status`.
struct OutboxStatus
{
    int wachtend = 0;
    int geweigerd = 0;
    int verzonden = 0;
    // Held for the beheerder: changes whose record the server refused to create, or that wait
    // behind a conflict (not counted in `wachtend`: the worker cannot send them).
    int vastgehouden = 0;
    int conflicten = 0;
};

// A refusal the beheerder must see: the server's reason and its invalidParams, field by field.
struct OutboxRefusal
{
    qint64 id = 0;
    ApiResource resource = ApiResource::Klantcontacten;
    QUuid lokaal;
    QString reden;
    FieldErrors velden;
};

} // namespace kcc
