#include "ui/sync/syncstatusindicator.h"

#include "ui/widgets/palette.h"

#include <QLocale>
#include <QStringList>

namespace kcc::ui {

namespace {

// Today only the time, the medewerker knows the date; after midnight the date too.
QString moment(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QStringLiteral("HH:mm"));
    return locale.toString(local, QStringLiteral("d MMM HH:mm"));
}

} // namespace

SyncStatusIndicator::SyncStatusIndicator(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("syncStatusIndicator"));
    setTextFormat(Qt::PlainText);
    setStatus({});
}

SyncStatusIndicator::~SyncStatusIndicator() = default;

QString SyncStatusIndicator::textFor(const SyncStatus &status)
{
    using State = SyncStatus::State;
    switch (status.state) {
    case State::Starting:
        return tr("Open Klant: connecting…");
    case State::Offline:
        //: Status bar; %1 the time (or date and time) the server stopped answering
        return tr("Open Klant: offline since %1").arg(moment(status.offlineSince));
    case State::Waiting:
        //: Status bar; the server answered 408/429 with Retry-After. %1 the time (or date and time)
        //: of the next attempt
        return tr("Open Klant: busy until %1").arg(moment(status.waitUntil));
    case State::Stopped:
        return tr("Open Klant: stopped");
    case State::Sending:
    case State::InStep:
        break;
    }
    if (status.geweigerd > 0 && status.wachtend > 0) {
        //: Status bar; %1 "n refused", %2 "n waiting"
        return tr("Open Klant: %1, %2")
            .arg(tr("%n refused", nullptr, status.geweigerd), tr("%n waiting", nullptr, status.wachtend));
    }
    if (status.geweigerd > 0)
        return tr("Open Klant: %n refused", nullptr, status.geweigerd);
    if (status.wachtend > 0)
        return tr("Open Klant: %n waiting", nullptr, status.wachtend);
    //: Status bar: everything the desk registered is on the server
    return tr("Open Klant: up to date");
}

QString SyncStatusIndicator::toolTipFor(const SyncStatus &status)
{
    QStringList lines;
    if (status.state == SyncStatus::State::Offline)
        lines << tr("The server does not answer; the desk keeps trying. Nothing is lost: what waits is sent "
                    "in order when the server is back.");
    if (status.state == SyncStatus::State::Waiting)
        lines << tr("The server is busy and asked the desk to wait; the desk tries again then. Nothing is lost: "
                    "what waits is sent in order.");
    if (status.geweigerd > 0)
        lines << tr("The server refused %n record(s); the beheerder can see why and send them again.", nullptr,
                    status.geweigerd);
    if (status.wachtend > 0)
        lines << tr("%n record(s) waiting to be sent.", nullptr, status.wachtend);
    if (!status.lastError.isEmpty())
        lines << tr("Last error: %1").arg(status.lastError);
    if (lines.isEmpty())
        lines << tr("Everything registered at this desk is on the Open Klant server.");
    return lines.join(QLatin1Char('\n'));
}

void SyncStatusIndicator::setStatus(const SyncStatus &status)
{
    setText(textFor(status));
    setToolTip(toolTipFor(status));
    const bool trouble = status.state == SyncStatus::State::Offline || status.state == SyncStatus::State::Stopped ||
                         status.geweigerd > 0;
    setStyleSheet(trouble ? QStringLiteral("QLabel { %1; }").arg(Palette::textStyle(Palette::errorText())) : QString());
}

} // namespace kcc::ui
