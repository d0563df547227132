#pragma once

// The partij editor's fields and the address forms' messages, as a GUI test reaches them: by
// objectName (tests/support/findwidget.h). Header-only.

#include "tests/support/findwidget.h"
#include "ui/partij/adresform.h"
#include "ui/partij/digitaleadresseneditor.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/taalcombo.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QList>
#include <QPushButton>
#include <QTabWidget>
#include <QWidget>

namespace kcc::test {

// The message shown at `field` of an address form (the FieldMessage whose field is that edit).
inline ui::FieldMessage *adresMessage(const ui::AdresForm *form, ui::AdresForm::Field field)
{
    const QList<ui::FieldMessage *> messages = form->findChildren<ui::FieldMessage *>();
    for (ui::FieldMessage *message : messages) {
        if (message->field() == form->edit(field))
            return message;
    }
    qWarning().noquote() << "adresMessage: no message for field" << int(field) << "in" << form->objectName();
    return nullptr;
}

class PartijEditorPage
{
public:
    explicit PartijEditorPage(const QWidget *dialog)
        : m_dialog(dialog)
    {
    }

    // Voorletters, voornaam, voorvoegsel, achternaam.
    QList<QLineEdit *> nameEdits() const
    {
        QList<QLineEdit *> edits;
        for (const char *name :
             {"partijVoorlettersEdit", "partijVoornaamEdit", "partijVoorvoegselEdit", "partijAchternaamEdit"})
            edits << findNamed<QLineEdit>(m_dialog, QLatin1String(name));
        return edits;
    }
    QLineEdit *organisatieNaamEdit() const
    {
        return findNamed<QLineEdit>(m_dialog, QStringLiteral("organisatieNaamEdit"));
    }
    ui::TaalCombo *taalCombo() const
    {
        return findNamed<ui::TaalCombo>(m_dialog, QStringLiteral("voorkeurstaalCombo"));
    }
    QCheckBox *geheimhoudingBox() const { return findNamed<QCheckBox>(m_dialog, QStringLiteral("geheimhoudingBox")); }
    ui::AdresForm *bezoekadresForm() const
    {
        return findNamed<ui::AdresForm>(m_dialog, QStringLiteral("bezoekadresForm"));
    }
    ui::AdresForm *correspondentieadresForm() const
    {
        return findNamed<ui::AdresForm>(m_dialog, QStringLiteral("correspondentieadresForm"));
    }
    ui::DigitaleAdressenEditor *digitaleAdressen() const
    {
        return findNamed<ui::DigitaleAdressenEditor>(m_dialog, QStringLiteral("digitaleAdressenEditor"));
    }
    // The message at the digitaal adres being edited.
    ui::FieldMessage *digitaalAdresMessage() const
    {
        return findNamed<ui::FieldMessage>(m_dialog, QStringLiteral("digitaalAdresMessage"));
    }
    QPushButton *saveButton() const { return findNamed<QPushButton>(m_dialog, QStringLiteral("partijSaveButton")); }
    ui::MessageBanner *banner() const
    {
        return findNamed<ui::MessageBanner>(m_dialog, QStringLiteral("partijEditorBanner"));
    }
    QTabWidget *tabs() const { return findNamed<QTabWidget>(m_dialog, QStringLiteral("partijEditorTabs")); }

private:
    const QWidget *m_dialog;
};

} // namespace kcc::test
