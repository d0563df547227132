#include "sync/settings/syncsettingsloader.h"

#include <QSettings>

namespace kcc::sync {

namespace {

const auto baseUrlKey = QStringLiteral("openklant/baseUrl");
const auto actorKey = QStringLiteral("openklant/actor");
const auto actorNaamKey = QStringLiteral("openklant/actorNaam");
const auto tokenBestandKey = QStringLiteral("openklant/tokenBestand");

} // namespace

SyncSettingsLoader::SyncSettingsLoader(QSettings &user, const QSettings &system, TokenOpslag tokens)
    : m_user(user)
    , m_system(system)
    , m_tokens(std::move(tokens))
{
}

QVariant SyncSettingsLoader::value(const QString &key) const
{
    // IT's value wins over the desk's own.
    const QVariant fixed = m_system.value(key);
    return fixed.isValid() && !fixed.toString().trimmed().isEmpty() ? fixed : m_user.value(key);
}

bool SyncSettingsLoader::baseUrlVastgezet() const
{
    return !m_system.value(baseUrlKey).toString().trimmed().isEmpty();
}

bool SyncSettingsLoader::actorVastgezet() const
{
    return !m_system.value(actorKey).toString().trimmed().isEmpty();
}

QString SyncSettingsLoader::tokenBestandVanIT() const
{
    return m_system.value(tokenBestandKey).toString().trimmed();
}

SyncSettings SyncSettingsLoader::load()
{
    SyncSettings settings;
    settings.baseUrl = QUrl(value(baseUrlKey).toString().trimmed());
    settings.actor = QUuid::fromString(value(actorKey).toString().trimmed());
    settings.actorNaam = actorVastgezet() ? QString() : m_user.value(actorNaamKey).toString();
    Result<QString> token = Error{};
    if (const QString file = tokenBestandVanIT(); !file.isEmpty()) {
        token = TokenOpslag::leesBestand(file);
        settings.tokenHerkomst = tr("the token file %1 set by IT").arg(file);
    } else {
        token = m_tokens.lees();
        const std::optional<TokenPlek> plek = token ? m_tokens.plek() : std::nullopt;
        settings.tokenHerkomst =
            plek && plek->inSleutelbos ? tr("the keyring") : tr("the file %1").arg(m_tokens.bestand());
    }
    if (token)
        settings.token = token.value();
    else
        settings.tokenFout = token.error().message;
    return settings;
}

Result<QString> SyncSettingsLoader::save(const QUrl &baseUrl, const QString &token, const QUuid &actor,
                                         const QString &actorNaam)
{
    if (baseUrlVastgezet() && QUrl(m_system.value(baseUrlKey).toString().trimmed()) != baseUrl)
        return Error{tr("IT has fixed the server address for every desk; it cannot be changed here."), {}};
    if (!token.isEmpty() && !tokenBestandVanIT().isEmpty())
        return Error{tr("IT gives the token in the file %1; it cannot be changed here.").arg(tokenBestandVanIT()), {}};
    QString plek;
    if (!token.isEmpty()) {
        const Result<TokenPlek> bewaard = m_tokens.bewaar(token);
        if (!bewaard)
            return bewaard.error();
        plek = bewaard.value().beschrijving();
    }
    if (!baseUrlVastgezet())
        m_user.setValue(baseUrlKey, baseUrl.toString());
    if (!actorVastgezet()) {
        m_user.setValue(actorKey, actor.isNull() ? QString() : actor.toString(QUuid::WithoutBraces));
        m_user.setValue(actorNaamKey, actorNaam);
    }
    m_user.sync();
    if (m_user.status() != QSettings::NoError)
        return Error{tr("The settings could not be saved in %1.").arg(m_user.fileName()), {}};
    return plek.isEmpty() ? tokenPlek() : plek;
}

QString SyncSettingsLoader::tokenPlek()
{
    if (const QString file = tokenBestandVanIT(); !file.isEmpty()) {
        const Result<QString> token = TokenOpslag::leesBestand(file);
        return token ? tr("Given by IT in the file %1.").arg(file) : token.error().message;
    }
    const std::optional<TokenPlek> plek = m_tokens.plek();
    return plek ? plek->beschrijving() : QString();
}

SyncSettings loadSyncSettings()
{
    QSettings user(QSettings::UserScope, SyncSettingsLoader::organisatie(), SyncSettingsLoader::applicatie());
    const QSettings system(QSettings::SystemScope, SyncSettingsLoader::organisatie(), SyncSettingsLoader::applicatie());
    return SyncSettingsLoader(user, system).load();
}

} // namespace kcc::sync
