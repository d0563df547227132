#pragma once

#include "model/taken/werkvoorraadservice.h"
#include "ui/callflow/callflowcontext.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QShortcut;
class QSplitter;
class QTabBar;
class QTimer;

namespace kcc {
class TaakQueueModel;
}

namespace kcc::ui {

class ListTableView;
class MessageBanner;
class TaakDetailWidget;

// The work queues (issue 5): "My tasks", "Afdeling" (with "Pick up") and "History", filtered
// and sorted by the service, with the task being handled beside the list. Enter opens a task;
// the counts are refreshed after every action and on a timer, and announced to the main window.
class WerkvoorraadWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WerkvoorraadWidget)

public:
    enum View
    {
        MijnView,
        AfdelingView,
        HistorieView,
        ViewCount
    };

    explicit WerkvoorraadWidget(const CallFlowContext &context, QWidget *parent = nullptr);
    ~WerkvoorraadWidget() override;

    void showView(View view);
    View currentView() const;
    // Re-reads the list (keeping the current task), the counts and the open task.
    void refresh();
    // Opens the current row's task in the detail pane and puts the keyboard there.
    bool openCurrent();
    // "Pick up": the current Afdeling task becomes the viewer's; opened at once.
    bool pakOp();

    const TaakCounts &counts() const { return m_counts; }
    // "Work queue (12 · 3 overdue)", for the main window's tab.
    QString tabTitle() const;
    // Alt+1…3 choose the view, except while a contact is open: then they are its steps.
    void setViewShortcutsEnabled(bool enabled);
    // "My tasks 3 (1 overdue) · Afdelingen 9 (2 overdue)", for the status bar.
    QString countsText() const;

    // The filters, the view tabs and the refresh timer have objectNames (tests find them so).
    ListTableView *view() const { return m_view; }
    TaakQueueModel *model() const { return m_model; }
    TaakDetailWidget *detail() const { return m_detail; }
    MessageBanner *banner() const { return m_banner; }

signals:
    void countsChanged(const kcc::TaakCounts &counts);

private:
    void fillFilters();
    void fillAfdelingen();
    TaakQueueFilter currentFilter() const;
    void applyFilter();
    void refreshCounts();
    void updateViewTitles();
    void updateButtons();
    void selectTaak(const QUuid &taak);

    CallFlowContext m_context;
    TaakCounts m_counts;
    MessageBanner *m_banner;
    QTabBar *m_views;
    QLabel *m_afdelingLabel;
    QComboBox *m_afdeling;
    QComboBox *m_handeling;
    QComboBox *m_kanaal;
    QCheckBox *m_teLaat;
    QComboBox *m_sort;
    QPushButton *m_pakOp;
    QPushButton *m_open;
    QPushButton *m_refresh;
    QLabel *m_empty;
    ListTableView *m_view;
    TaakQueueModel *m_model;
    TaakDetailWidget *m_detail;
    QSplitter *m_splitter;
    QTimer *m_timer;
    bool m_applying = false;
    QList<QShortcut *> m_viewShortcuts;
};

} // namespace kcc::ui
