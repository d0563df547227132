#pragma once

#include <QString>

namespace kcc {

// The kanaal a new contact starts with at this seat (issue 10, item 4). A balie desk takes balie
// visitors whoever signs in there, a phone desk takes calls: so the choice belongs to the seat, not
// to the medewerker. Kept in the seat's QSettings, it survives restarts and sign-outs; the
// medewerker's last kanaal in the database is only the fallback for a seat that never chose.
//
// Where it is kept is set once per process: app/ uses the application's QSettings at start-up, a
// test an INI file of its own. Until then nothing is remembered per seat, so that tests never share
// a choice through the user's settings.
class SeatKanaal
{
public:
    static void useSettings(const QString &iniFile = {}); // empty: the application's QSettings
    static void forget();                                 // back to "not remembered per seat"
    static bool isEnabled();

    static QString kanaal(); // the code list code; empty when the seat never chose
    static void setKanaal(const QString &code);
};

} // namespace kcc
