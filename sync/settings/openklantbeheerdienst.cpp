#include "sync/settings/openklantbeheerdienst.h"

#include "sync/apireply.h"
#include "sync/openklantclient.h"

#include <QJsonArray>
#include <QPointer>
#include <QUrlQuery>

namespace kcc::sync {

namespace {

QList<ServerActor> actorenUit(const QJsonArray &results)
{
    QList<ServerActor> actoren;
    for (const QJsonValue &value : results) {
        const QJsonObject object = value.toObject();
        const QUuid uuid = QUuid::fromString(object.value(QStringLiteral("uuid")).toString());
        if (!uuid.isNull())
            actoren.append({uuid, object.value(QStringLiteral("naam")).toString()});
    }
    return actoren;
}

} // namespace

OpenKlantBeheerDienst::OpenKlantBeheerDienst(QObject *parent)
    : OpenKlantBeheerDienst(std::make_unique<QSettings>(QSettings::UserScope, SyncSettingsLoader::organisatie(),
                                                        SyncSettingsLoader::applicatie()),
                            std::make_unique<QSettings>(QSettings::SystemScope, SyncSettingsLoader::organisatie(),
                                                        SyncSettingsLoader::applicatie()),
                            TokenOpslag(), parent)
{
}

OpenKlantBeheerDienst::OpenKlantBeheerDienst(std::unique_ptr<QSettings> user, std::unique_ptr<QSettings> system,
                                             TokenOpslag tokens, QObject *parent)
    : QObject(parent)
    , m_user(std::move(user))
    , m_system(std::move(system))
    , m_loader(*m_user, *m_system, std::move(tokens))
{
}

OpenKlantBeheerDienst::~OpenKlantBeheerDienst() = default;

OpenKlantInstellingen OpenKlantBeheerDienst::instellingen()
{
    m_user->sync();
    m_system->sync();
    const SyncSettings settings = m_loader.load();
    OpenKlantInstellingen instellingen;
    instellingen.baseUrl = settings.baseUrl;
    instellingen.actor = settings.actor;
    instellingen.actorNaam = settings.actorNaam;
    instellingen.tokenPlek = m_loader.tokenPlek();
    instellingen.baseUrlVastgezet = m_loader.baseUrlVastgezet();
    instellingen.actorVastgezet = m_loader.actorVastgezet();
    instellingen.tokenVastgezet = !m_loader.tokenBestandVanIT().isEmpty();
    return instellingen;
}

Result<QString> OpenKlantBeheerDienst::bewaar(const QUrl &baseUrl, const QString &token, const QUuid &actor,
                                              const QString &actorNaam)
{
    return m_loader.save(baseUrl, token, actor, actorNaam);
}

VerbindingsTest OpenKlantBeheerDienst::oordeel(const QUrl &baseUrl, const ApiReply &reply)
{
    VerbindingsTest test;
    test.status = reply.status;
    const QString waar = baseUrl.toString();
    if (reply.isSuccess()) {
        test.ok = true;
        test.aantalActoren = reply.object().value(QStringLiteral("count")).toInt();
        test.actoren = actorenUit(reply.object().value(QStringLiteral("results")).toArray());
        test.bericht =
            tr("Connected to %1: the server accepted the token and knows %n actor(s).", nullptr, test.aantalActoren)
                .arg(waar);
    } else if (reply.isAuthError()) {
        test.bericht = tr("%1 answered, but refused the token (HTTP %2). Check the token with the beheerder of "
                          "Open Klant.")
                           .arg(waar)
                           .arg(reply.status);
    } else if (reply.outcome == ApiReply::Outcome::Answered && reply.status == 404) {
        test.bericht = tr("%1 answered, but has no Klantinteracties API at this address (HTTP 404). The address "
                          "usually ends in /klantinteracties/api/v1.")
                           .arg(waar);
    } else if (reply.outcome == ApiReply::Outcome::Answered) {
        test.bericht = tr("%1 answered HTTP %2: %3").arg(waar).arg(reply.status).arg(reply.describe());
    } else if (reply.tlsFailure) {
        test.bericht = tr("The secure connection to %1 failed (TLS): %2. The server's certificate is not trusted "
                          "by this desk.")
                           .arg(waar, reply.networkError);
    } else if (reply.outcome == ApiReply::Outcome::TimedOut) {
        test.bericht = tr("%1 did not answer in time.").arg(waar);
    } else {
        test.bericht = tr("%1 cannot be reached: %2").arg(waar, reply.networkError);
    }
    return test;
}

void OpenKlantBeheerDienst::testVerbinding(const QUrl &baseUrl, const QString &token,
                                           std::function<void(const VerbindingsTest &)> klaar)
{
    SyncSettings settings = m_loader.load();
    settings.baseUrl = baseUrl;
    if (!token.isEmpty())
        settings.token = token;
    if (settings.token.isEmpty()) {
        VerbindingsTest test;
        test.bericht = settings.tokenFout.isEmpty() ? tr("No token is set.") : settings.tokenFout;
        klaar(test);
        return;
    }
    auto *client = new OpenKlantClient(settings, this);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
    client->getPage(ApiResource::Actoren, query, [client, baseUrl, klaar = std::move(klaar)](const ApiReply &reply) {
        client->deleteLater();
        klaar(oordeel(baseUrl, reply));
    });
}

} // namespace kcc::sync
