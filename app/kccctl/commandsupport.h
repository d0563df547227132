#pragma once

#include "app/kccctl/kccctlcommand.h"
#include "storage/db/database.h"

#include <QCommandLineParser>

#include <memory>

namespace kcc::ctl {

// Parses a subcommand's own options. Returns false (after printing the reason or the help) when
// the command should stop; `exitCode` then says how.
bool parseCommandLine(QCommandLineParser &parser, const CommandContext &context, int &exitCode);

// Opens (and migrates) the database, printing a plain error on failure.
std::unique_ptr<storage::Database> openDatabase(const CommandContext &context);
// For commands that only read: a database this user cannot write is opened read-only (with a
// note on stderr saying why) instead of refused.
std::unique_ptr<storage::Database> openDatabaseForReading(const CommandContext &context);

// Prints an Error with its field errors, one per line, to stderr.
void printError(const CommandContext &context, const Error &error);

// The language of the messages: $KCC_LANG, else the system locale (nl for Dutch, English otherwise).
QString messageLanguage();

// main() of the programs kccctl runs for its network commands (kcc-sync, kcc-verwerkingen-doorsturen),
// so that kccctl itself loads no network library. Their command line is `DATABASE [options]`;
// `command` ("kccctl sync") names them in messages and help.
int runHelperProgram(int argc, char *argv[], const QString &command, int (*run)(const CommandContext &));

} // namespace kcc::ctl
