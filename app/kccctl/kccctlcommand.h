#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace kcc::ctl {

// What every kccctl subcommand gets: the resolved database path, its own arguments (after the
// subcommand name) and the two output streams. Results go to stdout, problems to stderr.
struct CommandContext
{
    QString databasePath;
    QStringList arguments; // arguments after the subcommand, program name first (for QCommandLineParser)
    QTextStream &out;
    QTextStream &err;
};

// Exit codes shared by all subcommands, so scripts can tell usage errors from failures.
enum ExitCode : int
{
    Success = 0,
    Failure = 1,
    UsageError = 2
};

int runInit(const CommandContext &context);
int runDemo(const CommandContext &context);
int runExport(const CommandContext &context);
int runImport(const CommandContext &context);
int runCheck(const CommandContext &context);

} // namespace kcc::ctl
