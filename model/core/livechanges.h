#pragma once

#include <QObject>
#include <QString>

namespace kcc {

// Other seats' changes, as the shared database reports them (issue 13, item 5): what shows shared
// data (the work queues, their counts in the status bar, the supervisor's view) refreshes on
// `changed` instead of polling. On one desk's SQLite file no other seat writes, so nothing comes.
class LiveChanges : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    // `onderwerp` names what changed: the table ("interne_taak", "klantcontact", ...).
    void changed(const QString &onderwerp);
    // The server went away (restart, failover, network): the status bar says so plainly.
    void lost(const QString &reason);
    // It is back; everything that shows shared data refreshes once to catch up.
    void restored();
};

} // namespace kcc
