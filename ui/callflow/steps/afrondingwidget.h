#pragma once

#include "ui/callflow/callflowcontext.h"
#include "ui/callflow/callflowstep.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kcc::ui {

// Step 7: what will be recorded (RegistrationPlan::summary), what is still missing, and the one
// button that writes it all in one transaction - or closes without registration under rule 1.
class AfrondingWidget final : public CallFlowStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AfrondingWidget)

public:
    AfrondingWidget(const CallFlowContext &context, QWidget *parent = nullptr);
    ~AfrondingWidget() override;

    void refresh() override;
    int showErrors(const FieldErrors &errors) override;
    void clearErrors() override;

    QPushButton *registerButton() const { return m_register; }

signals:
    void registerRequested();

private:
    CallFlowContext m_context;
    QPlainTextEdit *m_summary;
    QLabel *m_missing;
    QPushButton *m_register;
};

} // namespace kcc::ui
