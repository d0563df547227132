#pragma once

#include "ui/callflow/callflowcontext.h"

#include <QDialog>

class QTabWidget;

namespace kcc::ui {

class AfdelingForm;
class CodeListEditor;
class MedewerkerForm;

// Beheer (administration) for a beheerder: medewerkers with their accounts, afdelingen and the
// code lists. Each tab writes through the services at once; the dialog itself holds no state.
class BeheerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BeheerDialog)

public:
    enum Tab
    {
        MedewerkersTab,
        AfdelingenTab,
        CodelijstenTab,
        BrpTab,
        OpenKlantTab // only when the context has openKlant
    };

    // The context's accounts, actors and codeLists must be set.
    explicit BeheerDialog(const CallFlowContext &context, QWidget *parent = nullptr);
    ~BeheerDialog() override;

private:
    QTabWidget *m_tabs;
    MedewerkerForm *m_medewerkers;
    AfdelingForm *m_afdelingen;
    CodeListEditor *m_codeLists;
};

} // namespace kcc::ui
