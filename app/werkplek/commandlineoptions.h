#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kcc::app {

// kcc-werkplek [--demo] [--db PATH] [--lang nl|en]
struct CommandLineOptions
{
    Q_DECLARE_TR_FUNCTIONS(kcc::app::CommandLineOptions)

public:
    bool demo = false;
    QString databasePath; // empty: DatabaseLocation decides
    QString language;     // empty: the saved setting, else Dutch
    QString incoming;     // --incoming NUMBER or a tel: URI: a call from the softphone
    bool helpRequested = false;
    bool versionRequested = false;
    QString error; // translated; set when the arguments are not usable

    // Parses without exiting, so that the caller can install the chosen language first and
    // then print help or errors in it.
    static CommandLineOptions parse(const QStringList &arguments);
    // The help text in the currently installed language.
    static QString helpText();
};

} // namespace kcc::app
