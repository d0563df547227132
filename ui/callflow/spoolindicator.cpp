#include "ui/callflow/spoolindicator.h"

#include "model/callflow/registrationspool.h"
#include "model/callflow/spoolsender.h"
#include "ui/widgets/palette.h"

#include <QStatusBar>

namespace kcc::ui {

SpoolIndicator::SpoolIndicator(RegistrationSpool &spool, SpoolSender &sender, QStatusBar *statusBar)
    : QLabel(statusBar)
{
    setObjectName(QStringLiteral("spoolIndicator"));
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("QLabel{%1;font-weight:bold}").arg(Palette::textStyle(Palette::overdueText())));
    statusBar->addPermanentWidget(this);
    connect(&spool, &RegistrationSpool::countChanged, this, &SpoolIndicator::showCount);
    connect(&sender, &SpoolSender::sent, statusBar,
            [statusBar](const QString &message) { statusBar->showMessage(message, messageMilliseconds); });
    connect(&sender, &SpoolSender::returned, statusBar, [statusBar](const OpenContact &, const QString &message) {
        statusBar->showMessage(message, messageMilliseconds);
    });
    showCount(spool.count());
}

SpoolIndicator::~SpoolIndicator() = default;

QString SpoolIndicator::textFor(int waiting)
{
    return tr("%n registration(s) waiting for the KCC database", nullptr, waiting);
}

void SpoolIndicator::showCount(int waiting)
{
    setText(textFor(waiting));
    setToolTip(tr("Made while the KCC database could not be reached. They are kept on this desk and sent by "
                  "themselves when it is back; nothing needs to be done."));
    setVisible(waiting > 0);
}

} // namespace kcc::ui
