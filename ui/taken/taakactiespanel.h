#pragma once

#include "model/taken/taakactiesservice.h"
#include "ui/callflow/callflowcontext.h"

#include <QWidget>

#include <array>

class QGroupBox;
class QPushButton;
class QStackedWidget;

namespace kcc::ui {

class ContactPogingForm;
class DoorsturenForm;
class OpnieuwRouterenForm;
class TaakActieForm;

// What can be done with one interne taak (C2984, C9708, C6114), each by keyboard: a row of
// buttons with visible shortcuts; a button opens its small form below (one TaakActieForm per
// action, taakactieforms.h), Ctrl+Enter confirms, Esc closes the form. What was typed stays when
// the service refuses, so nothing is lost. Tests find the widgets by objectName.
class TaakActiesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaakActiesPanel)

public:
    enum Actie
    {
        ContactGelegd,   // call back / answer succeeded (C9708)
        NietBereikt,     // call back failed: the attempt is recorded, the task stays open
        Doorsturen,      // C6114 B
        OpnieuwRouteren, // C6114 A
        Afhandelen,
        Heropenen, // supervisor only
        ActieCount
    };
    Q_ENUM(Actie)

    // The action shortcuts work anywhere inside `parent` (the task pane).
    explicit TaakActiesPanel(const CallFlowContext &context, QWidget *parent = nullptr);
    ~TaakActiesPanel() override;

    // Shows what may be done with this task. The same task again keeps the typed text.
    void setTaak(const TaakDetail &detail);
    void clear();

    // Opens the form of this action (if enabled) and puts the keyboard in it.
    void open(Actie actie);
    // Runs the open form's action; true when the service accepted it.
    bool confirm();
    // The open form, or ActieCount when none is open.
    Actie openActie() const { return m_open; }

signals:
    // The service accepted the action; `message` says what happened (for a banner).
    void done(kcc::ui::TaakActiesPanel::Actie actie, const QString &message);
    // The service refused; nothing typed was cleared.
    void failed(const QString &message);

private:
    void fillActors();
    void updateButtons();
    void closeForm();

    CallFlowContext m_context;
    std::optional<TaakDetail> m_detail;
    std::array<QPushButton *, ActieCount> m_buttons{};
    std::array<TaakActieForm *, ActieCount> m_formOf{}; // also their index in m_forms
    ContactPogingForm *m_contactGelegd;
    ContactPogingForm *m_nietBereikt;
    DoorsturenForm *m_doorsturen;
    OpnieuwRouterenForm *m_routeren;
    QStackedWidget *m_forms;
    QGroupBox *m_formBox = nullptr;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    Actie m_open = ActieCount;
    bool m_supervisor = false;
};

} // namespace kcc::ui
