#pragma once

#include "model/taken/supervisieservice.h"
#include "ui/callflow/callflowcontext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace kcc::ui {

class MessageBanner;

// The supervisor's figures per day over the last weeks (SupervisieService::cijfers) as charts —
// klantcontacten per kanaal per day (stacked bars), tasks created and closed per afdeling, the
// median time to close per day — and "Export CSV…" of the same figures (QSaveFile).
class TaakCijfersWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaakCijfersWidget)

public:
    explicit TaakCijfersWidget(const CallFlowContext &context, QWidget *parent = nullptr);
    ~TaakCijfersWidget() override;

    // Reads the figures for the chosen number of weeks, up to today, and redraws the charts.
    bool refresh();
    // Asks for a file (SaveFileDialog) and writes the figures as CSV; false when cancelled or failed.
    bool exportCsv();

private:
    // The period shown: the chosen number of weeks up to today (the context's clock).
    QDate van() const;
    QDate tot() const;
    QChart *kanaalChart() const;
    QChart *afdelingChart() const;
    QChart *doorlooptijdChart() const;
    void fillKanaalChart();
    void fillAfdelingChart();
    void fillDoorlooptijdChart();
    QStringList dayCategories() const;

    CallFlowContext m_context;
    QList<DagCijfers> m_dagen;
    QHash<QString, QString> m_kanaalLabels;
    MessageBanner *m_banner;
    QSpinBox *m_weeks;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QLabel *m_period;
    QChartView *m_kanaalView;
    QChartView *m_afdelingView;
    QChartView *m_doorlooptijdView;
};

} // namespace kcc::ui
