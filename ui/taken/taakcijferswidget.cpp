#include "ui/taken/taakcijferswidget.h"

#include "model/taken/taakcijfers.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/savefiledialog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QKeySequence>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScatterSeries>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace kcc::ui {

namespace {

QChartView *makeChartView(const QString &name, const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 260);
    return view;
}

// Removes the series and axes of the previous figures.
void resetChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// A vertical axis from zero with whole-number ticks (at most about six), so that small counts
// are not labelled 0, 0, 1, 1, 2.
QValueAxis *valueAxis(QChart *chart, double maximum, const QString &title, const QString &format,
                      Qt::Alignment alignment = Qt::AlignLeft)
{
    const double step = qMax(1.0, std::ceil(maximum / 5.0));
    auto *axis = new QValueAxis;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, qMax(1.0, std::ceil(maximum / step)) * step);
    axis->setLabelFormat(format);
    axis->setTitleText(title);
    chart->addAxis(axis, alignment);
    return axis;
}

QValueAxis *countAxis(QChart *chart, double maximum, const QString &title, Qt::Alignment alignment = Qt::AlignLeft)
{
    return valueAxis(chart, maximum, title, QStringLiteral("%d"), alignment);
}

} // namespace

TaakCijfersWidget::TaakCijfersWidget(const CallFlowContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_banner(new MessageBanner(this))
    , m_weeks(new QSpinBox(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_export(new QPushButton(tr("&Export CSV… (Ctrl+Shift+S)"), this))
    , m_period(new QLabel(this))
    , m_kanaalView(makeChartView(QStringLiteral("kanaalChart"), tr("Klantcontacten per channel per day"), this))
    , m_afdelingView(makeChartView(QStringLiteral("afdelingChart"), tr("Tasks created and closed per afdeling"), this))
    , m_doorlooptijdView(
          makeChartView(QStringLiteral("doorlooptijdChart"), tr("Median time to close per day (hours)"), this))
{
    setObjectName(QStringLiteral("taakCijfers"));
    m_banner->setObjectName(QStringLiteral("cijfersBanner"));
    m_weeks->setObjectName(QStringLiteral("weeksSpin"));
    m_weeks->setRange(1, 26);
    m_weeks->setValue(4);
    //: Suffix of the spin box "last N weeks"
    m_weeks->setSuffix(tr(" weeks"));
    m_refresh->setObjectName(QStringLiteral("refreshCijfersButton"));
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_export->setToolTip(tr("Save the figures per day as a CSV file for a spreadsheet"));
    m_period->setObjectName(QStringLiteral("cijfersPeriodLabel"));

    if (context.codeLists) {
        if (const auto kanalen = context.codeLists->entries(CodeList::Kanaal, true)) {
            for (const CodeListEntry &entry : kanalen.value())
                m_kanaalLabels.insert(entry.code, entry.label);
        }
    }

    auto *top = new QHBoxLayout;
    auto *weeksLabel = new QLabel(tr("&Last:"), this);
    weeksLabel->setBuddy(m_weeks);
    top->addWidget(weeksLabel);
    top->addWidget(m_weeks);
    top->addWidget(m_period, 1);
    top->addWidget(m_refresh);
    top->addWidget(m_export);
    auto *charts = new QGridLayout;
    charts->addWidget(m_kanaalView, 0, 0, 1, 2);
    charts->addWidget(m_afdelingView, 1, 0);
    charts->addWidget(m_doorlooptijdView, 1, 1);
    charts->setRowStretch(0, 1);
    charts->setRowStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addLayout(charts, 1);

    connect(m_weeks, &QSpinBox::valueChanged, this, [this] { refresh(); });
    connect(m_refresh, &QPushButton::clicked, this, [this] { refresh(); });
    connect(m_export, &QPushButton::clicked, this, [this] { exportCsv(); });
    auto *exportShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    exportShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportShortcut, &QShortcut::activated, this, [this] { exportCsv(); });
    refresh();
}

TaakCijfersWidget::~TaakCijfersWidget() = default;

QChart *TaakCijfersWidget::kanaalChart() const
{
    return m_kanaalView->chart();
}

QChart *TaakCijfersWidget::afdelingChart() const
{
    return m_afdelingView->chart();
}

QChart *TaakCijfersWidget::doorlooptijdChart() const
{
    return m_doorlooptijdView->chart();
}

QDate TaakCijfersWidget::tot() const
{
    return m_context.now().toLocalTime().date();
}

QDate TaakCijfersWidget::van() const
{
    return tot().addDays(-(7 * m_weeks->value()) + 1);
}

bool TaakCijfersWidget::refresh()
{
    const Result<QList<DagCijfers>> cijfers = m_context.supervisie->cijfers(m_context.user, van(), tot());
    if (!cijfers) {
        m_banner->showMessage(cijfers.error().message, MessageBanner::Error);
        return false;
    }
    m_banner->hideMessage();
    m_dagen = cijfers.value();
    m_period->setText(
        tr("%1 to %2")
            .arg(QLocale().toString(van(), QLocale::ShortFormat), QLocale().toString(tot(), QLocale::ShortFormat)));
    fillKanaalChart();
    fillAfdelingChart();
    fillDoorlooptijdChart();
    m_export->setEnabled(!m_dagen.isEmpty());
    return true;
}

QStringList TaakCijfersWidget::dayCategories() const
{
    QStringList days;
    for (const DagCijfers &dag : m_dagen)
        days.append(dag.dag.toString(QStringLiteral("dd-MM")));
    return days;
}

void TaakCijfersWidget::fillKanaalChart()
{
    QChart *chart = kanaalChart();
    resetChart(chart);
    QStringList kanalen;
    for (const DagCijfers &dag : m_dagen) {
        for (auto it = dag.klantcontactenPerKanaal.cbegin(); it != dag.klantcontactenPerKanaal.cend(); ++it) {
            if (!kanalen.contains(it.key()))
                kanalen.append(it.key());
        }
    }
    std::sort(kanalen.begin(), kanalen.end());
    auto *series = new QStackedBarSeries;
    series->setObjectName(QStringLiteral("klantcontactenPerKanaal"));
    QList<int> totals(m_dagen.size(), 0);
    for (const QString &kanaal : kanalen) {
        auto *set = new QBarSet(m_kanaalLabels.value(kanaal, kanaal));
        set->setObjectName(kanaal);
        for (int i = 0; i < m_dagen.size(); ++i) {
            const int count = m_dagen.at(i).klantcontactenPerKanaal.value(kanaal);
            set->append(count);
            totals[i] += count;
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto *days = new QBarCategoryAxis;
    days->append(dayCategories());
    days->setLabelsAngle(-90);
    chart->addAxis(days, Qt::AlignBottom);
    series->attachAxis(days);
    const int maximum = totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend());
    series->attachAxis(countAxis(chart, maximum, tr("Klantcontacten")));
    chart->legend()->setVisible(!kanalen.isEmpty());
}

void TaakCijfersWidget::fillAfdelingChart()
{
    QChart *chart = afdelingChart();
    resetChart(chart);
    QMap<QString, int> aangemaakt;
    QMap<QString, int> afgehandeld;
    for (const DagCijfers &dag : m_dagen) {
        for (auto it = dag.takenAangemaaktPerAfdeling.cbegin(); it != dag.takenAangemaaktPerAfdeling.cend(); ++it)
            aangemaakt[it.key()] += it.value();
        for (auto it = dag.takenAfgehandeldPerAfdeling.cbegin(); it != dag.takenAfgehandeldPerAfdeling.cend(); ++it)
            afgehandeld[it.key()] += it.value();
    }
    QStringList afdelingen = aangemaakt.keys();
    for (const QString &afdeling : afgehandeld.keys()) {
        if (!afdelingen.contains(afdeling))
            afdelingen.append(afdeling);
    }
    // Horizontal bar categories run bottom-up: sorted backwards, the list reads A to Z from the top.
    std::sort(afdelingen.begin(), afdelingen.end(), std::greater<QString>());
    auto *created = new QBarSet(tr("Created"));
    created->setObjectName(QStringLiteral("aangemaakt"));
    auto *closed = new QBarSet(tr("Closed"));
    closed->setObjectName(QStringLiteral("afgehandeld"));
    int maximum = 0;
    for (const QString &afdeling : afdelingen) {
        created->append(aangemaakt.value(afdeling));
        closed->append(afgehandeld.value(afdeling));
        maximum = qMax(maximum, qMax(aangemaakt.value(afdeling), afgehandeld.value(afdeling)));
    }
    // Horizontal bars: the afdeling names stay readable however many there are.
    auto *series = new QHorizontalBarSeries;
    series->setObjectName(QStringLiteral("takenPerAfdeling"));
    series->append(created);
    series->append(closed);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(afdelingen);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    series->attachAxis(countAxis(chart, maximum, tr("Tasks"), Qt::AlignBottom));
}

void TaakCijfersWidget::fillDoorlooptijdChart()
{
    QChart *chart = doorlooptijdChart();
    resetChart(chart);
    // A line through the days that closed a task, with a dot on each: a day without closed
    // tasks has no median and is left out rather than drawn as zero.
    auto *line = new QLineSeries;
    line->setObjectName(QStringLiteral("medianeDoorlooptijd"));
    line->setName(tr("Median (hours)"));
    auto *points = new QScatterSeries;
    points->setMarkerSize(7);
    double maximum = 0;
    // x: the day at local noon (msecs since the epoch), on a date axis with a few labels.
    const auto x = [](const QDate &dag) { return double(QDateTime(dag, QTime(12, 0)).toMSecsSinceEpoch()); };
    for (const DagCijfers &dag : m_dagen) {
        if (const std::optional<double> uren = dag.medianeDoorlooptijdUren) {
            line->append(x(dag.dag), *uren);
            points->append(x(dag.dag), *uren);
            maximum = qMax(maximum, *uren);
        }
    }
    chart->addSeries(line);
    chart->addSeries(points);
    auto *days = new QDateTimeAxis;
    days->setFormat(QStringLiteral("dd-MM"));
    days->setTickCount(qBound(2, int(m_dagen.size()), 8));
    if (!m_dagen.isEmpty())
        days->setRange(QDateTime(m_dagen.first().dag, QTime(0, 0)), QDateTime(m_dagen.last().dag, QTime(23, 59)));
    chart->addAxis(days, Qt::AlignBottom);
    line->attachAxis(days);
    points->attachAxis(days);
    QValueAxis *hours = valueAxis(chart, maximum, tr("Hours"), QStringLiteral("%d"));
    line->attachAxis(hours);
    points->attachAxis(hours);
    chart->legend()->setVisible(false);
}

bool TaakCijfersWidget::exportCsv()
{
    if (m_dagen.isEmpty() && !refresh())
        return false;
    //: Suggested file name of the figures export; %1 and %2 are ISO dates
    const QString suggested =
        tr("taken-cijfers-%1-%2.csv").arg(van().toString(Qt::ISODate), tot().toString(Qt::ISODate));
    const QString fileName =
        SaveFileDialog::getSaveFileName(this, tr("Export figures"), suggested, tr("CSV files (*.csv);;All files (*)"));
    if (fileName.isEmpty())
        return false;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        m_banner->showMessage(
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()),
            MessageBanner::Error);
        return false;
    }
    // Names of medewerkers and their workload: for the supervisor's eyes only (issue 11).
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(TaakCijfers::csv(m_dagen).toUtf8());
    if (!file.commit()) {
        m_banner->showMessage(
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()),
            MessageBanner::Error);
        return false;
    }
    m_banner->showMessage(tr("Figures saved to %1.").arg(QDir::toNativeSeparators(fileName)), MessageBanner::Positive);
    return true;
}

} // namespace kcc::ui
