#pragma once

#include "ui/callflow/callflowcontext.h"
#include "ui/callflow/callflowstep.h"

class QCheckBox;
class QComboBox;

namespace kcc::ui {

class CountedTextEdit;
class FieldMessage;

// Step 6 (C0534): the call was handed to a colleague within the same contact. The colleague is
// linked as a second actor and their text appended to inhoud; it is not follow-up.
class TransferWidget final : public CallFlowStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferWidget)

public:
    TransferWidget(const CallFlowContext &context, QWidget *parent = nullptr);
    ~TransferWidget() override;

    void refresh() override;
    int showErrors(const FieldErrors &errors) override;
    void clearErrors() override;

private:
    void write();

    CallFlowContext m_context;
    QCheckBox *m_transfer;
    QComboBox *m_colleague;
    FieldMessage *m_colleagueMessage;
    CountedTextEdit *m_text;
};

} // namespace kcc::ui
