#pragma once

#include "model/taken/takenservice.h"
#include "ui/callflow/callflowcontext.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace kcc::ui {

class CountedTextEdit;

// What can be done with one interne taak (C2984, C9708, C6114), each by keyboard: a row of
// buttons with visible shortcuts; a button opens its small form below, Ctrl+Enter confirms,
// Esc closes the form. What was typed stays when the service refuses, so nothing is lost.
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

    QPushButton *actionButton(Actie actie) const { return m_buttons.at(actie); }
    QPushButton *confirmButton() const { return m_confirm; }
    QComboBox *kanaalCombo() const { return m_kanaal; }
    CountedTextEdit *antwoordEdit() const { return m_antwoord; }
    QCheckBox *afhandelenBox() const { return m_afhandelen; }
    CountedTextEdit *pogingNotitieEdit() const { return m_notitie; }
    QListWidget *doorsturenList() const { return m_doorsturen; }
    QComboBox *kccCombo() const { return m_kcc; }
    // The toelichting of Doorsturen, OpnieuwRouteren, Afhandelen or Heropenen.
    CountedTextEdit *toelichtingEdit(Actie actie) const;

signals:
    // The service accepted the action; `message` says what happened (for a banner).
    void done(kcc::ui::TaakActiesPanel::Actie actie, const QString &message);
    // The service refused; nothing typed was cleared.
    void failed(const QString &message);

private:
    QWidget *createContactPage();
    QWidget *createNietBereiktPage();
    QWidget *createDoorsturenPage();
    QWidget *createRouterenPage();
    QWidget *createToelichtingPage(Actie actie, const QString &hint);
    void fillActors();
    void updateButtons();
    void closeForm();
    Result<QString> run(Actie actie);
    void resetForm(Actie actie);

    CallFlowContext m_context;
    std::optional<TaakDetail> m_detail;
    std::array<QPushButton *, ActieCount> m_buttons{};
    std::array<CountedTextEdit *, ActieCount> m_toelichtingen{};
    std::array<int, ActieCount> m_pages{};
    QStackedWidget *m_forms;
    QGroupBox *m_formBox = nullptr;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    QComboBox *m_kanaal = nullptr;
    CountedTextEdit *m_antwoord = nullptr;
    QCheckBox *m_afhandelen = nullptr;
    QComboBox *m_pogingKanaal = nullptr;
    CountedTextEdit *m_notitie = nullptr;
    QListWidget *m_doorsturen = nullptr;
    QComboBox *m_kcc = nullptr;
    Actie m_open = ActieCount;
    bool m_supervisor = false;
};

} // namespace kcc::ui
