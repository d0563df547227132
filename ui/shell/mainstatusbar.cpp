#include "ui/shell/mainstatusbar.h"

#include "ui/widgets/palette.h"

#include "ui/widgets/elidedlabel.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>

namespace kcc::ui {

MainStatusBar::MainStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_demoBadge(new QLabel(this))
    , m_database(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_lastRegistration(new QLabel(this))
{
    setObjectName(QStringLiteral("mainStatusBar"));
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setText(tr("DEMO — not real data"));
    // Loud on purpose: nobody should register a real caller in the demo database.
    m_demoBadge->setStyleSheet(
        QStringLiteral("QLabel { background: %1; %2; font-weight: bold; padding: 1px 8px; border-radius: 3px; }")
            .arg(Palette::css(Palette::demoBadgeBackground()), Palette::textStyle(Palette::demoBadgeText())));
    m_demoBadge->hide();
    m_database->setObjectName(QStringLiteral("databaseLabel"));
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts->setObjectName(QStringLiteral("countsLabel"));

    m_lastRegistration->setObjectName(QStringLiteral("lastRegistrationLabel"));
    m_lastRegistration->setTextFormat(Qt::PlainText);
    m_lastRegistration->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_lastRegistration->setToolTip(tr("Copy with Ctrl+Shift+C"));
    m_lastRegistration->hide();
    // The messages are shown by a label of our own rather than painted by QStatusBar, which cuts a
    // long one off at the permanent labels without a sign: this one takes the room they leave
    // (never theirs), ends in "…" and has the whole message as its tooltip.
    auto *message = new ElidedLabel(this);
    message->setObjectName(QStringLiteral("statusMessageLabel"));
    connect(this, &QStatusBar::messageChanged, message, &ElidedLabel::setFullText);
    // The database's name is also in the window title: it makes way while a message is shown.
    connect(this, &QStatusBar::messageChanged, m_database,
            [this](const QString &text) { m_database->setVisible(text.isEmpty()); });
    addPermanentWidget(message, 1);
    addPermanentWidget(m_lastRegistration);
    addPermanentWidget(m_demoBadge);
    addPermanentWidget(m_database);
    addPermanentWidget(m_counts);
}

MainStatusBar::~MainStatusBar() = default;

void MainStatusBar::setDatabase(const QString &path, bool demo)
{
    m_database->setText(tr("Database: %1").arg(QFileInfo(path).fileName()));
    m_database->setToolTip(QDir::toNativeSeparators(path));
    m_demoBadge->setVisible(demo);
}

void MainStatusBar::setCounts(qint64 partijen, qint64 klantcontacten)
{
    const QLocale locale;
    m_counts->setText(
        tr("Partijen: %1 · Klantcontacten: %2").arg(locale.toString(partijen), locale.toString(klantcontacten)));
}

void MainStatusBar::setLastRegistration(const QStringList &referentienummers)
{
    const QString numbers = referentienummers.join(QStringLiteral(", "));
    m_lastNumbers = numbers;
    //: Status bar after a registration; %1 the klantcontact reference number(s)
    m_lastRegistration->setText(tr("Last registration: %1").arg(numbers));
    m_lastRegistration->setVisible(!numbers.isEmpty());
}

QString MainStatusBar::lastRegistration() const
{
    return m_lastNumbers;
}

} // namespace kcc::ui
