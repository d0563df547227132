#include "ui/callflow/contactswitcher.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace kcc::ui {

ContactSwitcher::ContactSwitcher(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_combo(new QComboBox(this))
{
    setObjectName(QStringLiteral("contactSwitcher"));
    m_label->setObjectName(QStringLiteral("switcherLabel"));
    m_label->setBuddy(m_combo);
    m_combo->setObjectName(QStringLiteral("openContactsCombo"));
    m_combo->setToolTip(tr("The open contacts; choose one to bring it to the front (F4)"));
    // Never wider than the header: the names are cut off in the closed box, whole in the list.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(22);
    setFocusProxy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo, 1);
    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { emit chosen(QUuid(m_combo->itemData(index).toString())); });
}

ContactSwitcher::~ContactSwitcher() = default;

void ContactSwitcher::setEntries(const QList<Entry> &entries)
{
    //: The switcher of the open contacts (KISS: "Actief (n)")
    m_label->setText(tr("Active (%1):").arg(entries.size()));
    // Rewritten every second for the durations: the chosen row and an open list stay as they are.
    const QSignalBlocker blocker(m_combo);
    while (m_combo->count() > entries.size())
        m_combo->removeItem(m_combo->count() - 1);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries.at(i);
        const QString duration = QStringLiteral("%1:%2")
                                     .arg(entry.seconds / 60, 2, 10, QLatin1Char('0'))
                                     .arg(entry.seconds % 60, 2, 10, QLatin1Char('0'));
        //: An open contact in the switcher: caller, kanaal, duration
        QString text = tr("%1 · %2 · %3").arg(entry.caller, entry.kanaal, duration);
        if (entry.onHold) {
            //: A parked contact in the switcher: caller, kanaal, duration; the caller is on hold
            text = tr("%1 · %2 · %3 (on hold)").arg(entry.caller, entry.kanaal, duration);
        }
        const QString uuid = entry.session.toString(QUuid::WithoutBraces);
        if (i < m_combo->count()) {
            m_combo->setItemText(int(i), text);
            m_combo->setItemData(int(i), uuid);
        } else {
            m_combo->addItem(text, uuid);
        }
        if (!entry.onHold)
            m_combo->setCurrentIndex(int(i));
    }
}

void ContactSwitcher::popup()
{
    m_combo->setFocus(Qt::ShortcutFocusReason);
    m_combo->showPopup();
}

} // namespace kcc::ui
