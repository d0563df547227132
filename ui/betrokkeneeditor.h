#pragma once

#include "ui/callflowcontext.h"
#include "ui/callflowstep.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace kcc::ui {

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

private:
    void write();
    bool registersNewPartij() const;
    void checkFields(bool final);

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
    QComboBox *m_rol;
    QCheckBox *m_initiator;
};

} // namespace kcc::ui
