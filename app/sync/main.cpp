// kcc-sync: what `kccctl sync` (and `kccctl search` for a server look-up) runs. A program of its
// own, because it talks to Open Klant: kccctl itself loads no network library (see
// app/doorsturen/main.cpp for the same split).
// Usage: kcc-sync DATABASE push|pull|status|lookup [options of kccctl sync]

#include "app/kccctl/commandsupport.h"
#include "app/sync/synccommand.h"

int main(int argc, char *argv[])
{
    return kcc::ctl::runHelperProgram(argc, argv, QStringLiteral("kccctl sync"), kcc::ctl::runSync);
}
