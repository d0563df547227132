#pragma once

#include "model/lists/pagedlistsource.h"
#include "model/search/partijfinder.h"

#include <QObject>
#include <QString>

namespace kcc {

// The instant partij search off the UI thread (issue 4: typing never stalls the UI). request()
// returns a ticket at once; the page arrives later as pageReady (or failed) with that ticket, on
// the thread this object lives in. A client that no longer wants an answer (the text changed)
// cancels its ticket: a request not yet started is then skipped, and one already running is
// stopped where the implementation can (storage interrupts its SQL) and never answered. Implemented in storage/ (its
// own connection on its own thread); ui/ and models see only this.
class AsyncPartijSearch : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AsyncPartijSearch)

public:
    using QObject::QObject;
    ~AsyncPartijSearch() override = default;

    // The same text and cursor rules as PartijFinder::searchPage. Tickets are unique and increase.
    virtual quint64 request(const QString &text, const PageCursor &cursor, int limit) = 0;
    virtual void cancel(quint64 ticket) = 0;

signals:
    void pageReady(quint64 ticket, const kcc::Page<kcc::PartijFinderRow> &page);
    void failed(quint64 ticket, const QString &message);
};

} // namespace kcc
