#include "model/sync/synclogregel.h"

namespace kcc {

const QList<SyncUitkomst> &SyncLogRegel::alleUitkomsten()
{
    static const QList<SyncUitkomst> all = {SyncUitkomst::Verzonden, SyncUitkomst::Opnieuw,  SyncUitkomst::Geweigerd,
                                            SyncUitkomst::Offline,   SyncUitkomst::Conflict, SyncUitkomst::Gestopt,
                                            SyncUitkomst::Opgehaald};
    return all;
}

QString SyncLogRegel::code(SyncUitkomst uitkomst)
{
    switch (uitkomst) {
    case SyncUitkomst::Verzonden:
        return QStringLiteral("verzonden");
    case SyncUitkomst::Opnieuw:
        return QStringLiteral("opnieuw");
    case SyncUitkomst::Geweigerd:
        return QStringLiteral("geweigerd");
    case SyncUitkomst::Offline:
        return QStringLiteral("offline");
    case SyncUitkomst::Conflict:
        return QStringLiteral("conflict");
    case SyncUitkomst::Gestopt:
        return QStringLiteral("gestopt");
    case SyncUitkomst::Opgehaald:
        return QStringLiteral("opgehaald");
    }
    return {};
}

std::optional<SyncUitkomst> SyncLogRegel::uitkomstVanCode(const QString &code)
{
    for (const SyncUitkomst uitkomst : alleUitkomsten()) {
        if (SyncLogRegel::code(uitkomst) == code)
            return uitkomst;
    }
    return std::nullopt;
}

QString SyncLogRegel::code(SyncRichting richting)
{
    return richting == SyncRichting::Push ? QStringLiteral("push") : QStringLiteral("pull");
}

QString SyncLogRegel::naam(SyncUitkomst uitkomst)
{
    switch (uitkomst) {
    case SyncUitkomst::Verzonden:
        return tr("Sent");
    case SyncUitkomst::Opnieuw:
        return tr("Retry");
    case SyncUitkomst::Geweigerd:
        return tr("Refused");
    case SyncUitkomst::Offline:
        return tr("Offline");
    case SyncUitkomst::Conflict:
        return tr("Conflict");
    case SyncUitkomst::Gestopt:
        return tr("Stopped");
    case SyncUitkomst::Opgehaald:
        return tr("Fetched");
    }
    return {};
}

QString SyncLogRegel::naam(SyncRichting richting)
{
    //: the direction of a sync: from the desk to the server
    return richting == SyncRichting::Push ? tr("Sent to server")
                                          //: the direction of a sync: from the server to the desk
                                          : tr("Fetched from server");
}

} // namespace kcc
