#include "ui/partijsearchwidget.h"

#include "model/callflow/contactsession.h"
#include "ui/klantbeeldwidget.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace kcc::ui {

PartijSearchWidget::PartijSearchWidget(const CallFlowContext &context, QWidget *parent)
    : CallFlowStep(parent)
    , m_context(context)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_notFound(new QPushButton(tr("&Not found — continue without partij"), this))
    , m_klantbeeld(new KlantbeeldWidget(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("partijSearchStep"));
    m_search->setObjectName(QStringLiteral("partijSearchEdit"));
    m_search->setPlaceholderText(tr("BSN, phone number, e-mail, postcode + house number or name"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("partijResults"));
    m_status->setObjectName(QStringLiteral("partijSearchStatus"));
    m_notFound->setObjectName(QStringLiteral("notFoundButton"));
    m_notFound->setToolTip(tr("The caller is not (yet) known: continue without a partij (Alt+N)"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    if (m_context.klantbeeld)
        m_klantbeeld->setService(m_context.klantbeeld, m_context.user);

    auto *label = new QLabel(tr("&Search:"), this);
    label->setBuddy(m_search);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_search, 1);
    topLayout->addLayout(row);
    topLayout->addWidget(m_results, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_notFound);
    topLayout->addLayout(statusRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_klantbeeld);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &PartijSearchWidget::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        search();
        if (m_results->count() == 1)
            openCurrent();
        else if (m_results->count() > 1)
            m_results->setFocus();
    });
    connect(m_results, &QListWidget::itemActivated, this, &PartijSearchWidget::openCurrent);
    connect(m_notFound, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        m_session->partijKeuze = ContactSession::PartijKeuze::Geen;
        m_session->partij.reset();
        m_session->toestemmingEerderGegeven = false;
        m_klantbeeld->clear();
        emit klantbeeldChanged();
        emit edited();
        emit notFound();
    });
    m_search->installEventFilter(this);
}

PartijSearchWidget::~PartijSearchWidget() = default;

bool PartijSearchWidget::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search field goes into the hits, as in any search box.
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_results->count() > 0) {
        m_results->setFocus();
        if (!m_results->currentItem())
            m_results->setCurrentRow(0);
        return true;
    }
    return CallFlowStep::eventFilter(watched, event);
}

void PartijSearchWidget::refresh()
{
    if (!m_session)
        return;
    if (m_session->partijKeuze == ContactSession::PartijKeuze::Gevonden && m_session->partij &&
        (!m_klantbeeld->klantbeeld() || m_klantbeeld->klantbeeld()->partij.uuid != *m_session->partij)) {
        choosePartij(*m_session->partij);
    } else if (m_session->partijKeuze != ContactSession::PartijKeuze::Gevonden && m_klantbeeld->hasKlantbeeld()) {
        m_klantbeeld->clear();
        emit klantbeeldChanged();
    }
}

int PartijSearchWidget::showErrors(const FieldErrors &errors)
{
    int shown = 0;
    for (const FieldError &error : errors) {
        if (error.field == QLatin1String("partij")) {
            m_status->setText(error.message);
            m_status->setStyleSheet(QStringLiteral("color:#b3261e"));
            ++shown;
        }
    }
    return shown;
}

void PartijSearchWidget::clearErrors()
{
    m_status->setStyleSheet(QString());
}

int PartijSearchWidget::searchNow(const QString &text)
{
    m_search->setText(text);
    search();
    if (m_results->count() == 1)
        openCurrent();
    return m_results->count();
}

void PartijSearchWidget::search()
{
    m_results->clear();
    const QString text = m_search->text().trimmed();
    m_status->setStyleSheet(QString());
    if (text.size() < 2) {
        m_status->clear();
        return;
    }
    // Synchronous on purpose: one keyset page of at most 50 from the search indexes (a few ms on
    // a million partijen), and searchNow() must know the number of hits at once for an incoming
    // call. The main window's Zoeken tab searches off the UI thread (PartijZoekenWidget).
    const Result<QList<PartijFinderRow>> found = m_context.finder->search(text, 50);
    if (!found) {
        m_status->setText(found.error().message);
        return;
    }
    for (const PartijFinderRow &row : found.value()) {
        QString line = row.naam;
        if (!row.matched.isEmpty())
            line += QStringLiteral(" — ") + row.matched;
        if (!row.actief)
            line += QStringLiteral(" — ") + tr("inactive");
        if (row.geheimhouding.value_or(false))
            line += QStringLiteral(" — ") + tr("geheimhouding");
        auto *item = new QListWidgetItem(line, m_results);
        item->setData(Qt::UserRole, row.uuid);
    }
    m_results->setCurrentRow(0);
    m_status->setText(found.value().isEmpty()
                          ? tr("Nobody found. Try another search, or continue without partij (Alt+N).")
                          : tr("%n hit(s): Enter opens the klantbeeld.", nullptr, int(found.value().size())));
}

void PartijSearchWidget::openCurrent()
{
    if (QListWidgetItem *item = m_results->currentItem())
        choosePartij(item->data(Qt::UserRole).toUuid());
}

void PartijSearchWidget::choosePartij(const QUuid &partij)
{
    if (!m_session)
        return;
    const Result<Klantbeeld> loaded = m_context.klantbeeld->load(partij, m_context.user, 10);
    if (!loaded) {
        m_status->setText(loaded.error().message);
        m_status->setStyleSheet(QStringLiteral("color:#b3261e"));
        return;
    }
    m_klantbeeld->setKlantbeeld(loaded.value());
    m_session->partijKeuze = ContactSession::PartijKeuze::Gevonden;
    m_session->partij = partij;
    // Default contact details on the partij mean consent for reuse was given before (V6898).
    m_session->toestemmingEerderGegeven = !loaded.value().digitaleAdressen.isEmpty();
    emit klantbeeldChanged();
    emit edited();
}

} // namespace kcc::ui
