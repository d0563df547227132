#pragma once

// The supervisor's tab (ui/taken/supervisorwidget.h) and its figures (taakcijferswidget.h) as a
// GUI test reaches them: by objectName (tests/support/findwidget.h). Header-only.

#include "model/taken/taakqueuemodel.h"
#include "tests/support/findwidget.h"
#include "ui/taken/taakcijferswidget.h"
#include "ui/widgets/listtableview.h"
#include "ui/widgets/messagebanner.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QWidget>

namespace kcc::test {

// The figures page (TaakCijfersWidget, objectName "taakCijfers").
class CijfersPage
{
public:
    // `root` holds the figures: the supervisor's tab.
    explicit CijfersPage(const QWidget *root)
        : m_cijfers(findNamed<ui::TaakCijfersWidget>(root, QStringLiteral("taakCijfers")))
    {
    }

    ui::TaakCijfersWidget *widget() const { return m_cijfers; }
    QSpinBox *weeksSpin() const { return findNamed<QSpinBox>(m_cijfers, QStringLiteral("weeksSpin")); }
    QPushButton *exportButton() const { return findNamed<QPushButton>(m_cijfers, QStringLiteral("exportCsvButton")); }
    QLabel *periodLabel() const { return findNamed<QLabel>(m_cijfers, QStringLiteral("cijfersPeriodLabel")); }
    ui::MessageBanner *banner() const
    {
        return findNamed<ui::MessageBanner>(m_cijfers, QStringLiteral("cijfersBanner"));
    }
    QChart *kanaalChart() const { return chart("kanaalChart"); }
    QChart *afdelingChart() const { return chart("afdelingChart"); }
    QChart *doorlooptijdChart() const { return chart("doorlooptijdChart"); }

private:
    QChart *chart(const char *name) const
    {
        const auto *view = findNamed<QChartView>(m_cijfers, QLatin1String(name));
        return view ? view->chart() : nullptr;
    }

    ui::TaakCijfersWidget *m_cijfers;
};

class SupervisorPage
{
public:
    explicit SupervisorPage(const QWidget *supervisor)
        : m_supervisor(supervisor)
    {
    }

    QTabWidget *tabs() const { return findNamed<QTabWidget>(m_supervisor, QStringLiteral("supervisorTabs")); }
    QTableWidget *backlogTable() const { return findNamed<QTableWidget>(m_supervisor, QStringLiteral("backlogTable")); }
    ui::ListTableView *takenView() const
    {
        return findNamed<ui::ListTableView>(m_supervisor, QStringLiteral("supervisorTakenView"));
    }
    // The open tasks of the chosen backlog row: the model under the tasks view.
    TaakQueueModel *takenModel() const
    {
        ui::ListTableView *view = takenView();
        return view ? qobject_cast<TaakQueueModel *>(view->model()) : nullptr;
    }
    QComboBox *toewijzenCombo() const { return findNamed<QComboBox>(m_supervisor, QStringLiteral("toewijzenCombo")); }
    QLineEdit *toewijzenToelichting() const
    {
        return findNamed<QLineEdit>(m_supervisor, QStringLiteral("toewijzenToelichting"));
    }
    ui::MessageBanner *banner() const
    {
        return findNamed<ui::MessageBanner>(m_supervisor, QStringLiteral("supervisorBanner"));
    }
    CijfersPage cijfers() const { return CijfersPage(m_supervisor); }

private:
    const QWidget *m_supervisor;
};

} // namespace kcc::test
