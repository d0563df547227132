#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace kcc {

// What became of one attempt to bring a record in step with Open Klant (issue 14, item 6).
enum class SyncUitkomst
{
    Verzonden, // the server has it (posted, or found there after an uncertain attempt)
    Opnieuw,   // a 5xx or an odd answer: tried again later
    Geweigerd, // a 4xx: the server's reason kept for the beheerder, never sent again by itself
    Offline,   // no connection or no answer in time: tried again later
    Conflict,  // changed on the desk and on the server since the last sync
    Gestopt,   // the run stopped (the token was refused, the database failed)
    Opgehaald  // pulled from the server
};

enum class SyncRichting
{
    Push,
    Pull
};

// One line of the sync log: when, which way, which record, what became of it and why.
struct SyncLogRegel
{
    Q_DECLARE_TR_FUNCTIONS(kcc::SyncLogRegel)

public:
    qint64 id = 0; // given by the log; newer lines have higher ids
    QDateTime tijd;
    SyncRichting richting = SyncRichting::Push;
    QString resource; // the API's path ("klantcontacten"); empty for a line about the whole run
    QUuid lokaal;
    QUuid server;
    SyncUitkomst uitkomst = SyncUitkomst::Verzonden;
    QString bericht;

    static const QList<SyncUitkomst> &alleUitkomsten();
    // The stored code ("verzonden", ...) and back; nullopt for an unknown code.
    static QString code(SyncUitkomst uitkomst);
    static std::optional<SyncUitkomst> uitkomstVanCode(const QString &code);
    static QString code(SyncRichting richting);
    // The words the beheerder reads.
    static QString naam(SyncUitkomst uitkomst);
    static QString naam(SyncRichting richting);

    friend bool operator==(const SyncLogRegel &, const SyncLogRegel &) = default;
};

// Which lines to read: every criterion that is set must hold; newest first, one page at a time.
struct SyncLogFilter
{
    std::optional<SyncUitkomst> uitkomst;
    QString resource; // exact API path; empty = all
    QString tekst;    // part of the message or of a uuid, case folded; empty = all
    QDateTime van;    // from (inclusive); invalid = no lower bound
    QDateTime tot;    // until (exclusive); invalid = no upper bound
    int offset = 0;
    int limit = 100;
};

struct SyncLogPagina
{
    QList<SyncLogRegel> regels;
    int totaal = 0; // lines that match the filter, on all pages
};

} // namespace kcc
