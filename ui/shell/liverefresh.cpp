#include "ui/shell/liverefresh.h"

#include "model/core/livechanges.h"
#include "ui/taken/supervisorwidget.h"
#include "ui/taken/taakdetailwidget.h"
#include "ui/taken/werkvoorraadwidget.h"
#include "ui/widgets/palette.h"

#include <QDateTime>
#include <QLabel>
#include <QStatusBar>

#include <utility>

namespace kcc::ui {

LiveRefresh::LiveRefresh(LiveChanges *changes, WerkvoorraadWidget *werkvoorraad, SupervisorWidget *supervisor,
                         QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_werkvoorraad(werkvoorraad)
    , m_supervisor(supervisor)
    , m_statusBar(statusBar)
    , m_serverLabel(new QLabel(statusBar))
{
    m_serverLabel->setObjectName(QStringLiteral("serverStatusLabel"));
    m_serverLabel->setStyleSheet(
        QStringLiteral("QLabel{%1;font-weight:bold}").arg(Palette::textStyle(Palette::overdueText())));
    m_serverLabel->hide();
    statusBar->insertPermanentWidget(0, m_serverLabel);
    m_gather.setSingleShot(true);
    m_gather.setInterval(gatherMilliseconds);
    connect(&m_gather, &QTimer::timeout, this, &LiveRefresh::gathered);
    connect(changes, &LiveChanges::changed, this, [this](const QString &onderwerp) {
        m_onlyGeopend = m_onlyGeopend && onderwerp == QLatin1String("taak_geopend");
        m_gather.start();
    });
    connect(changes, &LiveChanges::lost, this, &LiveRefresh::serverLost);
    connect(changes, &LiveChanges::restored, this, &LiveRefresh::serverBack);
}

void LiveRefresh::gathered()
{
    // Another seat opened or closed a task, nothing changed in the queues: only "open by" is new.
    if (std::exchange(m_onlyGeopend, true)) {
        if (m_werkvoorraad)
            m_werkvoorraad->detail()->refreshGeopend();
        return;
    }
    refresh();
}

void LiveRefresh::refresh()
{
    if (m_werkvoorraad)
        m_werkvoorraad->refresh();
    if (m_supervisor)
        m_supervisor->refresh();
}

void LiveRefresh::serverLost()
{
    m_serverLabel->setText(tr("No connection to the KCC database since %1; reconnecting. Your open contact stays "
                              "on this desk.")
                               .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm"))));
    m_serverLabel->show();
}

void LiveRefresh::serverBack()
{
    m_serverLabel->hide();
    m_statusBar->showMessage(tr("The connection to the KCC database is back."), 5000);
    refresh();
}

} // namespace kcc::ui
