#pragma once

#include "model/taken/supervisieservice.h"
#include "ui/callflow/callflowcontext.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace kcc {
class TaakQueueModel;
}

namespace kcc::ui {

class ListTableView;
class MessageBanner;
class TaakCijfersWidget;
class TaakNormenEditor;

// The supervisor's view (issue 5): what is waiting, where and for how long — open tasks per
// afdeling and per medewerker, oldest first, overdue highlighted — the open tasks of the chosen
// row, reassigned one or many at once ("Assign…"), the figures of the last weeks and the norms.
class SupervisorWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisorWidget)

public:
    enum BacklogColumn
    {
        NaamColumn,
        SoortColumn,
        OpenColumn,
        TeLaatColumn,
        OudsteColumn,
        BacklogColumnCount
    };

    explicit SupervisorWidget(const CallFlowContext &context, QWidget *parent = nullptr);
    ~SupervisorWidget() override;

    // Re-reads the backlog (keeping the chosen row) and its tasks.
    void refresh();
    // Shows the open tasks of this backlog row.
    void selectBacklogRow(int row);
    // Opens the assign form for the selected tasks; false when none is selected.
    bool startToewijzen();
    // Assigns the selected tasks to the chosen actor; true when the service accepted it.
    bool toewijzen();

signals:
    // Tasks were reassigned: other lists (the work queue) refresh.
    void takenChanged();
    // Enter on a task: open it for handling (the main window shows it in the work queue's pane).
    void taakActivated(const QUuid &taak);

private:
    QWidget *createBacklogPage();
    void fillBacklog();
    void fillActors();
    void updateButtons();

    CallFlowContext m_context;
    QList<TaakBacklogRow> m_rows;
    MessageBanner *m_banner;
    QTabWidget *m_tabs;
    QTableWidget *m_backlog;
    QLabel *m_takenTitle;
    ListTableView *m_takenView;
    TaakQueueModel *m_takenModel;
    QPushButton *m_toewijzen;
    QGroupBox *m_toewijzenBox;
    QComboBox *m_naar;
    QLineEdit *m_toelichting;
    QPushButton *m_confirm;
    TaakCijfersWidget *m_cijfers;
    TaakNormenEditor *m_normen;
};

} // namespace kcc::ui
