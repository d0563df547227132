#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace kcc::sync {

// Where the Open Klant API token was put, in words the beheerder reads.
struct TokenPlek
{
    bool inSleutelbos = false;
    QString bestand;              // the 0600 file when not in the keyring
    QString waaromGeenSleutelbos; // why the file was chosen (no D-Bus session, no secret service, ...)

    QString beschrijving() const;
};

// Keeps the Open Klant API token out of the settings: in the operating system's keyring through
// QtKeychain (the Secret Service over D-Bus on Linux), or - where there is none, as in CI and on
// a desk without a session bus - in a file in the user's config folder that only its owner may
// read (0600, folder 0700). The fallback is chosen by itself and says so (TokenPlek). A token file
// that others may read is refused, never used.
class TokenOpslag
{
    Q_DECLARE_TR_FUNCTIONS(kcc::sync::TokenOpslag)

public:
    // `map` holds the fallback file; empty = the user's config folder of the desk (~/.config/KCC Werkplek).
    explicit TokenOpslag(QString map = {});

    // Stores the token; in the keyring when one answers, else in the file (a keyring entry then
    // removes an older file, so that one place holds the token).
    Result<TokenPlek> bewaar(const QString &token);
    // The token from the file when there is one, else from the keyring; an error says why none.
    Result<QString> lees();
    // Where lees() would take the token from, without reading it; nullopt when nothing is stored.
    std::optional<TokenPlek> plek();
    QString bestand() const;

    // A D-Bus session to ask for a keyring; the reason when there is none. KCC_GEEN_SLEUTELBOS=1
    // switches the keyring off (a desk or test that must use the file).
    static std::optional<QString> waaromGeenSleutelbos();
    // One line of text from a file only its owner may read.
    static Result<QString> leesBestand(const QString &path);
    static Result<> schrijfBestand(const QString &path, const QString &token);

private:
    QString m_map;
};

} // namespace kcc::sync
