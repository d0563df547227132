#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace kcc::ui {

// A text field with a live "412 / 1000" counter that turns red beyond the limit. The text is never
// cut off: the medewerker decides what to shorten, validation refuses what is too long.
class CountedTextEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountedTextEdit)

public:
    explicit CountedTextEdit(int limit, QWidget *parent = nullptr);
    ~CountedTextEdit() override;

    QString text() const;
    void setText(const QString &text);
    void appendParagraph(const QString &text);
    bool overLimit() const;
    int limit() const { return m_limit; }
    // For a text that is appended to an existing one: the room that is left.
    void setLimit(int limit);
    QPlainTextEdit *editor() const { return m_edit; }

signals:
    void textChanged();

private:
    void updateCounter();

    int m_limit;
    QPlainTextEdit *m_edit;
    QLabel *m_counter;
};

} // namespace kcc::ui
