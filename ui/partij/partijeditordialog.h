#pragma once

#include "model/beheer/accountservice.h"
#include "model/klantbeeld/klantbeeldservice.h"
#include "model/partij/partijeditservice.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QFormLayout;
class QTabWidget;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kcc::ui {

class AdresForm;
class DigitaleAdressenEditor;
class FieldMessage;
class MessageBanner;
class TaalCombo;

// "Edit partij" from the klantbeeld (issue 10, item 6): the names (persoon and contactpersoon:
// voorletters, voornaam, voorvoegsel, achternaam; organisatie: naam), voorkeurstaal by name,
// geheimhouding (a beheerder only), bezoek- and correspondentieadres and the digitale adressen with
// their voorkeur. Loads a copy of the klantbeeld, saves in one transaction through the service;
// a refused save keeps the dialog open with every message at its field and everything typed.
class PartijEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartijEditorDialog)

public:
    // `service` must outlive the dialog.
    PartijEditorDialog(PartijEditService *service, const Klantbeeld &klantbeeld, const SignedInActor &user,
                       QWidget *parent = nullptr);
    ~PartijEditorDialog() override;

    // The edit as the form holds it now (phone numbers and postcodes in their stored notation).
    PartijEdit edit() const;
    // Checks, saves and closes; on a problem shows it and stays open. True when saved.
    bool save();

signals:
    void saved(const QUuid &partij);

private:
    void load(const Klantbeeld &klantbeeld);
    int showErrors(const FieldErrors &errors);
    void clearErrors();

    PartijEditService *m_service;
    SignedInActor m_user;
    Partij m_loaded;
    MessageBanner *m_banner;
    QList<QLineEdit *> m_name; // voorletters, voornaam, voorvoegsel, achternaam
    QList<FieldMessage *> m_nameMessages;
    QLineEdit *m_organisatieNaam;
    FieldMessage *m_organisatieNaamMessage;
    QLabel *m_werktVoor;
    TaalCombo *m_taal;
    FieldMessage *m_taalMessage;
    QCheckBox *m_geheimhouding;
    FieldMessage *m_geheimhoudingMessage;
    AdresForm *m_bezoekadres;
    AdresForm *m_correspondentieadres;
    DigitaleAdressenEditor *m_digitaleAdressen;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QTabWidget *m_tabs;
    QFormLayout *m_nameForm = nullptr;
};

} // namespace kcc::ui
