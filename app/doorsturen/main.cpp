// kcc-verwerkingen-doorsturen: what `kccctl verwerkingen-doorsturen` runs. A program of its own,
// because it is the only command that talks to a server: kccctl itself stays QtCore (+ Sql), with
// no network libraries in its address space (see tests/storage/tst_importrefusals.cpp).
// Usage: kcc-verwerkingen-doorsturen DATABASE [options of verwerkingen-doorsturen]

#include "app/doorsturen/doorstuurcommand.h"
#include "app/kccctl/commandsupport.h"

int main(int argc, char *argv[])
{
    return kcc::ctl::runHelperProgram(argc, argv, QStringLiteral("kccctl verwerkingen-doorsturen"),
                                      kcc::ctl::runVerwerkingenDoorsturen);
}
