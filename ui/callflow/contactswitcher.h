#pragma once

#include <QList>
#include <QString>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;

namespace kcc::ui {

// "Active (n)" (issue 10, item 5; KISS's "Actief"): the open contacts by caller, kanaal and
// duration, the one in front chosen; choosing another brings it to the front.
class ContactSwitcher final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactSwitcher)

public:
    struct Entry
    {
        QUuid session;
        QString caller;
        QString kanaal; // the label, not the code
        int seconds = 0;
        bool onHold = false; // parked; the one in front is not
    };

    explicit ContactSwitcher(QWidget *parent = nullptr);
    ~ContactSwitcher() override;

    // The open contacts in the order they started.
    void setEntries(const QList<Entry> &entries);
    // The keyboard in the list, opened (F4): Up/Down and Enter choose.
    void popup();
    QComboBox *combo() const { return m_combo; }

signals:
    // The medewerker chose this open contact (possibly the one in front).
    void chosen(const QUuid &session);

private:
    QLabel *m_label;
    QComboBox *m_combo;
};

} // namespace kcc::ui
