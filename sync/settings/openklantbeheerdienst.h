#pragma once

#include "model/sync/openklantbeheer.h"
#include "sync/settings/syncsettingsloader.h"

#include <QObject>
#include <QSettings>

#include <memory>

namespace kcc::sync {

struct ApiReply;

// OpenKlantBeheer over the desk's settings (SyncSettingsLoader) and the HTTP client: the beheerder's
// form reads, tests and saves through it. "Verbinding testen" asks for the actoren - the one list
// every token may read - and says in plain words what the server answered.
class OpenKlantBeheerDienst final : public QObject, public OpenKlantBeheer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenKlantBeheerDienst)

public:
    // The desk's own and the system-wide settings (see loadSyncSettings).
    explicit OpenKlantBeheerDienst(QObject *parent = nullptr);
    // For tests: given settings files and token folder.
    OpenKlantBeheerDienst(std::unique_ptr<QSettings> user, std::unique_ptr<QSettings> system, TokenOpslag tokens,
                          QObject *parent = nullptr);
    ~OpenKlantBeheerDienst() override;

    OpenKlantInstellingen instellingen() override;
    void testVerbinding(const QUrl &baseUrl, const QString &token,
                        std::function<void(const VerbindingsTest &)> klaar) override;
    Result<QString> bewaar(const QUrl &baseUrl, const QString &token, const QUuid &actor,
                           const QString &actorNaam) override;

    // The verdict on the first page of /actoren, in plain words (public for its test).
    static VerbindingsTest oordeel(const QUrl &baseUrl, const ApiReply &reply);

private:
    std::unique_ptr<QSettings> m_user;
    std::unique_ptr<QSettings> m_system;
    SyncSettingsLoader m_loader;
};

} // namespace kcc::sync
