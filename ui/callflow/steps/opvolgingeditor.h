#pragma once

#include "ui/callflow/callflowcontext.h"
#include "ui/callflow/callflowstep.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace kcc::ui {

class CountedTextEdit;
class FieldMessage;

// Step 4: per onderwerp an optional interne taak for a colleague or afdeling (C9167 step 2).
class OpvolgingEditor final : public CallFlowStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpvolgingEditor)

public:
    OpvolgingEditor(const CallFlowContext &context, QWidget *parent = nullptr);
    ~OpvolgingEditor() override;

    void refresh() override;
    int showErrors(const FieldErrors &errors) override;
    void clearErrors() override;

private:
    void write();

    CallFlowContext m_context;
    int m_current = 0;
    QComboBox *m_onderwerp;
    QCheckBox *m_taak;
    QComboBox *m_handelingCode;
    QLineEdit *m_handeling;
    FieldMessage *m_handelingMessage;
    QListWidget *m_actors;
    FieldMessage *m_actorsMessage;
    CountedTextEdit *m_toelichting;
    FieldMessage *m_toelichtingMessage;
};

} // namespace kcc::ui
