#pragma once

// Real registrations for the push tests and the push benchmark (bench/bench_push): written by the
// call flow's RegistrationWriter, so each queues what the desk queues (partij, identificator,
// actoren, klantcontact, betrokkene, onderwerpobject, bijlage, actor links, interne taak), and a
// census that holds the server's store against the local database. Header-only.

#include "model/klantinteracties/actorklantcontact.h"
#include "model/klantinteracties/betrokkene.h"
#include "model/klantinteracties/bijlage.h"
#include "model/klantinteracties/internetaak.h"
#include "model/klantinteracties/klantcontact.h"
#include "model/klantinteracties/onderwerpobject.h"
#include "storage/callflow/registrationwriter.h"
#include "storage/callflow/sqldraftstore.h"
#include "storage/db/writetransaction.h"
#include "storage/resources/repository.h"
#include "storage/sync/sqlsyncstore.h"
#include "tests/support/callflowcases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace kcc::test::push {

using namespace kcc::test::cases;

// Carl (nummer and BSN known locally) and the actors, as a desk has them before its first sync.
inline bool seed(storage::Database &database, const People &people)
{
    storage::WriteTransaction transaction(database);
    storage::Repository<Actor> actors(database);
    for (const Actor &actor : people.all()) {
        if (!actors.insert(actor))
            return false;
    }
    return storage::Repository<Partij>(database).insert(people.carl).ok() &&
           storage::Repository<DigitaalAdres>(database).insert(people.carlTelefoon).ok() &&
           storage::Repository<PartijIdentificator>(database).insert(people.carlBsn).ok() && transaction.commit().ok();
}

// The n-th valid BSN (eleven test) from 100000000 on, for a new partij per registration.
inline QString bsn(int n)
{
    for (qint64 candidate = 100000000 + qint64(n) * 11;; ++candidate) {
        const QString digits = QString::number(candidate);
        int sum = 0;
        for (int i = 0; i < 8; ++i)
            sum += digits.at(i).digitValue() * (9 - i);
        sum -= digits.at(8).digitValue();
        if (sum % 11 == 0)
            return digits;
    }
}

// Registration n of a realistic mix: the known caller answered at once (C4161), a product request
// with a task for the zaak (C9018 A), an unknown caller who wants a callback (C9167 A), and a new
// caller authenticated and kept as a new partij with a BSN of their own (C9167 C).
inline ContactSession session(const People &people, int n)
{
    switch (n % 4) {
    case 0:
        return c4161(people);
    case 1:
        return c9018A(people, true);
    case 2:
        return c9167A(people);
    default: {
        ContactSession s = c9167C(people);
        s.nieuwePartij.bsn = bsn(n);
        return s;
    }
    }
}

inline bool registerCase(storage::Database &database, const ContactSession &session)
{
    storage::RegistrationWriter writer(database);
    if (!storage::SqlDraftStore(database).save(session))
        return false;
    const Result<PlanContext> context = writer.planContext(session);
    if (!context)
        return false;
    const Result<RegistrationPlan> plan = RegistrationPlan::build(session, context.value());
    return plan && writer.registerContact(plan.value()).ok();
}

// One resource on the server against the local database.
struct Count
{
    QString resource;
    int server = 0;     // objects the server stores
    int mapped = 0;     // local records that know their server object
    int missing = 0;    // local records mapped to an object the server does not have (lost)
    int duplicates = 0; // server objects no local record is (posted twice)
};

template<typename T>
Count count(storage::Database &database, ApiResource resource, const QJsonObject &stored)
{
    Count c;
    c.resource = resourcePath(resource);
    QSet<QString> onServer;
    for (const QJsonValue &item : stored.value(c.resource).toArray())
        onServer.insert(item.toObject().value(QStringLiteral("uuid")).toString());
    c.server = int(stored.value(c.resource).toArray().size());
    storage::SqlSyncStore store(database);
    QSet<QString> claimed;
    (void)storage::Repository<T>(database).forEach([&](const T &record) {
        const Result<std::optional<ServerIdentity>> identity = store.serverIdentity(resource, record.uuid);
        if (!identity || !identity.value())
            return;
        const QString uuid = identity.value()->uuid.toString(QUuid::WithoutBraces);
        ++c.mapped;
        claimed.insert(uuid);
        if (!onServer.contains(uuid))
            ++c.missing;
    });
    c.duplicates = int((onServer - claimed).size());
    return c;
}

// Every resource the outbox sends; `stored` is the fixture's GET /_control "stored".
inline QList<Count> census(storage::Database &database, const QJsonObject &stored)
{
    return {count<Partij>(database, ApiResource::Partijen, stored),
            count<PartijIdentificator>(database, ApiResource::PartijIdentificatoren, stored),
            count<DigitaalAdres>(database, ApiResource::DigitaleAdressen, stored),
            count<Actor>(database, ApiResource::Actoren, stored),
            count<Klantcontact>(database, ApiResource::Klantcontacten, stored),
            count<Betrokkene>(database, ApiResource::Betrokkenen, stored),
            count<Onderwerpobject>(database, ApiResource::Onderwerpobjecten, stored),
            count<Bijlage>(database, ApiResource::Bijlagen, stored),
            count<ActorKlantcontact>(database, ApiResource::ActorKlantcontacten, stored),
            count<InterneTaak>(database, ApiResource::InterneTaken, stored)};
}

inline QString describe(const QList<Count> &counts)
{
    QStringList lines;
    for (const Count &c : counts) {
        lines << QStringLiteral("%1: server %2, mapped %3, missing %4, duplicates %5")
                     .arg(c.resource)
                     .arg(c.server)
                     .arg(c.mapped)
                     .arg(c.missing)
                     .arg(c.duplicates);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace kcc::test::push
