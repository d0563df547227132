#pragma once

#include "ui/callflow/callflowcontext.h"
#include "ui/callflow/callflowstep.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace kcc::ui {

class FieldMessage;

// Step 2: was the caller's identity established, and how. When no partij was found, the BSN the
// caller was identified with is entered here and checked at once (variant C, rule 3).
class AuthenticationWidget final : public CallFlowStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthenticationWidget)

public:
    AuthenticationWidget(const CallFlowContext &context, QWidget *parent = nullptr);
    ~AuthenticationWidget() override;

    void refresh() override;
    int showErrors(const FieldErrors &errors) override;
    void clearErrors() override;

private:
    void write();
    void checkBsnField(bool final);

    CallFlowContext m_context;
    QCheckBox *m_authenticated;
    QComboBox *m_method;
    FieldMessage *m_methodMessage;
    QLabel *m_bsnLabel;
    QLineEdit *m_bsn;
    FieldMessage *m_bsnMessage;
    QLabel *m_hint;
};

} // namespace kcc::ui
