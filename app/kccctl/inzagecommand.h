#pragma once

#include "app/kccctl/kccctlcommand.h"
#include "model/beheer/accountservice.h"
#include "model/privacy/verwerkingeninzage.h"

#include <QCommandLineParser>

#include <optional>

namespace kcc::ctl {

// kccctl inzage --bsn BSN|--partij UUID --gebruiker NAME [--base-url URL] [--log-base-url URL] DIR:
// everything about one person (AVG art. 15) as DIR/inzage.json and DIR/inzage.pdf (0600), for a
// privacy officer (password on the first line of stdin); logged first. The PDF is in Dutch
// unless --taal says otherwise.
int runInzage(const CommandContext &context);

// True when the command line asks for a command that renders with QtGui (inzage): main() then
// makes a QGuiApplication on the offscreen platform instead of a QCoreApplication.
bool needsGuiApplication(const QStringList &arguments);

// The options inzage and vergeet share: whom (--bsn or --partij) and who asks (--gebruiker).
void addPersoonOptions(QCommandLineParser &parser);
// False (after saying why on stderr) when they are missing or malformed.
bool readPersoonOptions(const QCommandLineParser &parser, const CommandContext &context, InzageVraag &vraag,
                        QString &gebruiker);
// Signs `naam` in with the password on the first line of stdin; nullopt after printing why not.
std::optional<SignedInActor> signInFromStdin(AccountService &accounts, const QString &naam,
                                             const CommandContext &context);

} // namespace kcc::ctl
