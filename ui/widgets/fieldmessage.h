#pragma once

#include <QLabel>

namespace kcc::ui {

// The message under one field: says what is wrong and how to fix it, and puts a red border on
// the field, leaving the rest of the form alone. Hidden while there is nothing to say.
class FieldMessage final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessage)

public:
    explicit FieldMessage(QWidget *field, QWidget *parent = nullptr);
    ~FieldMessage() override;

    void setError(const QString &message);
    void clearError();
    bool hasError() const { return !text().isEmpty(); }
    QWidget *field() const { return m_field; }

private:
    QWidget *m_field;
};

} // namespace kcc::ui
