#pragma once

#include "ui/callflow/callflowcontext.h"
#include "ui/callflow/callflowstep.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace kcc::ui {

class AdresForm;
class FieldMessage;

// Step 5: who was on the line, as V6898 allows it: variant A (a name and one-off details, no
// partij), B (the known partij; one-off details only if asked), C (a new partij with default
// details, with consent) or rule 3 (a partij with nothing but the BSN).
class BetrokkeneEditor final : public CallFlowStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BetrokkeneEditor)

public:
    BetrokkeneEditor(const CallFlowContext &context, QWidget *parent = nullptr);
    ~BetrokkeneEditor() override;

    void refresh() override;
    void startOver() override;
    int showErrors(const FieldErrors &errors) override;
    void clearErrors() override;

    QLabel *variantLabel() const { return m_variant; }
    QCheckBox *consentBox() const { return m_consent; }
    QList<QLineEdit *> nameEdits() const { return m_name; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *emailEdit() const { return m_email; }
    FieldMessage *phoneMessage() const { return m_phoneMessage; }
    FieldMessage *emailMessage() const { return m_emailMessage; }
    QComboBox *rolCombo() const { return m_rol; }
    QCheckBox *initiatorBox() const { return m_initiator; }
    // Variant C: the new partij's bezoekadres; otherwise where to send the answer of this contact
    // (the betrokkene's correspondentieadres).
    AdresForm *adresForm() const { return m_adres; }
    // Rol vertegenwoordiger (issue 10, item 6): whom the caller represents, found with the same
    // search as the partij (name, BSN, KvK, nummer; Enter searches), and the organisatienaam of an
    // organisation's contactpersoon.
    QLineEdit *organisatienaamEdit() const { return m_organisatienaam; }
    QLineEdit *vertegenwoordigdeZoekEdit() const { return m_vertegenwoordigdeZoek; }
    QComboBox *vertegenwoordigdeCombo() const { return m_vertegenwoordigde; }
    FieldMessage *vertegenwoordigdeMessage() const { return m_vertegenwoordigdeMessage; }

private:
    void write();
    bool registersNewPartij() const;
    void checkFields(bool final);
    void searchVertegenwoordigde();

    CallFlowContext m_context;
    QLabel *m_variant;
    QLabel *m_explanation;
    QCheckBox *m_consent;
    QGroupBox *m_nameGroup;
    QList<QLineEdit *> m_name; // voorletters, voornaam, voorvoegsel, achternaam
    FieldMessage *m_nameMessage;
    QGroupBox *m_detailsGroup;
    QLineEdit *m_phone;
    FieldMessage *m_phoneMessage;
    QLineEdit *m_email;
    FieldMessage *m_emailMessage;
    FieldMessage *m_detailsMessage;
    AdresForm *m_adres;
    QComboBox *m_rol;
    QCheckBox *m_initiator;
    QWidget *m_vertegenwoordigerBox;
    QLineEdit *m_organisatienaam;
    FieldMessage *m_organisatienaamMessage;
    QLineEdit *m_vertegenwoordigdeZoek;
    QComboBox *m_vertegenwoordigde;
    FieldMessage *m_vertegenwoordigdeMessage;
};

} // namespace kcc::ui
