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
    // Variant C: the new partij's bezoekadres; otherwise where to send the answer of this contact
    // (the betrokkene's correspondentieadres).
    AdresForm *m_adres;
    QComboBox *m_rol;
    QCheckBox *m_initiator;
    QWidget *m_vertegenwoordigerBox;
    // Rol vertegenwoordiger (issue 10, item 6): whom the caller represents, found with the same
    // search as the partij (name, BSN, KvK, nummer; Enter searches), and the organisatienaam of an
    // organisation's contactpersoon.
    QLineEdit *m_organisatienaam;
    FieldMessage *m_organisatienaamMessage;
    QLineEdit *m_vertegenwoordigdeZoek;
    QComboBox *m_vertegenwoordigde;
    FieldMessage *m_vertegenwoordigdeMessage;
};

} // namespace kcc::ui
