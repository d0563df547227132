#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace kcc::ui {

// A call comes in while a contact is open (issue 10, item 5): said plainly above the contact, with
// the number written as people read it, until the medewerker takes it or the contacts end. Not
// modal and not a fading status-bar line; the open contact goes on undisturbed.
class WaitingCallNotice final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaitingCallNotice)

public:
    explicit WaitingCallNotice(QWidget *parent = nullptr);
    ~WaitingCallNotice() override;

    // The numbers waiting, longest first; hidden when there are none.
    void setNumbers(const QStringList &numbers);
    QString text() const;
    QPushButton *takeButton() const { return m_take; }

    // A Dutch number grouped for reading aloud ("06 12 34 56 78", "020 123 4567"); anything else
    // as given.
    static QString formatted(const QString &number);

signals:
    // "Park and take call": the open contact goes on hold, the first waiting call becomes a contact.
    void takeRequested();

private:
    QLabel *m_label;
    QPushButton *m_take;
};

} // namespace kcc::ui
