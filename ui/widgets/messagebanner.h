#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace kcc::ui {

// A non-modal message above a form (after KeePassXC's MessageWidget): the medewerker on a call
// reads it when it suits them, nothing waits for a click.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum Type
    {
        Positive,
        Information,
        Warning,
        Error
    };

    explicit MessageBanner(QWidget *parent = nullptr);
    ~MessageBanner() override;

    void showMessage(const QString &text, Type type);
    void hideMessage();
    QString text() const;
    Type type() const { return m_type; }

private:
    QLabel *m_label;
    QToolButton *m_close;
    Type m_type = Information;
};

} // namespace kcc::ui
