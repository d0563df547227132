#pragma once

#include "model/core/result.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <functional>

namespace kcc {

// What the beheerder sees of this desk's Open Klant settings (the token itself never).
struct OpenKlantInstellingen
{
    QUrl baseUrl;
    QUuid actor; // the actor the desk's registrations are sent as; null = none chosen
    QString actorNaam;
    QString tokenPlek; // "Stored in the keyring." / "Stored in the file ..." / empty: no token
    // Fixed by IT in the system-wide settings: shown, not editable.
    bool baseUrlVastgezet = false;
    bool actorVastgezet = false;
    bool tokenVastgezet = false;
};

struct ServerActor
{
    QUuid uuid; // the server's uuid
    QString naam;
};

// What "verbinding testen" found, in plain words, and the server's actoren when it answered.
struct VerbindingsTest
{
    bool ok = false;
    int status = 0; // HTTP status; 0 when no answer came
    QString bericht;
    int aantalActoren = 0;
    QList<ServerActor> actoren;
};

// The beheerder's side of the Open Klant settings (issue 14, item 1): read, test and save.
// Implemented in sync/settings (keyring, QSettings, the HTTP client); ui/ sees only this.
class OpenKlantBeheer
{
public:
    virtual ~OpenKlantBeheer() = default;

    virtual OpenKlantInstellingen instellingen() = 0;
    // `token` empty: the stored one is used. Answers on the caller's thread through `klaar`.
    virtual void testVerbinding(const QUrl &baseUrl, const QString &token,
                                std::function<void(const VerbindingsTest &)> klaar) = 0;
    // `token` empty: the stored one is kept. Returns where the token is, in words.
    virtual Result<QString> bewaar(const QUrl &baseUrl, const QString &token, const QUuid &actor,
                                   const QString &actorNaam) = 0;
};

} // namespace kcc
