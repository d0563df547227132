#include "ui/widgets/fieldmessage.h"

#include "ui/widgets/palette.h"

namespace kcc::ui {

FieldMessage::FieldMessage(QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
{
    setWordWrap(true);
    setStyleSheet(Palette::textStyle(Palette::errorText()));
    if (!field->objectName().isEmpty())
        setObjectName(field->objectName() + QStringLiteral("Message"));
    hide();
}

FieldMessage::~FieldMessage() = default;

void FieldMessage::setError(const QString &message)
{
    if (message.isEmpty()) {
        clearError();
        return;
    }
    setText(message);
    show();
    // A property, not a fixed colour: the style sheet keeps the field's own look otherwise.
    m_field->setProperty("invalid", true);
    m_field->setStyleSheet(
        QStringLiteral("border:2px solid %1;border-radius:2px").arg(Palette::css(Palette::invalidFieldBorder())));
    m_field->setToolTip(message);
}

void FieldMessage::clearError()
{
    clear();
    hide();
    m_field->setProperty("invalid", false);
    m_field->setStyleSheet(QString());
    m_field->setToolTip(QString());
}

} // namespace kcc::ui
