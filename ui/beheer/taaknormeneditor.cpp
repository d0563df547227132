#include "ui/beheer/taaknormeneditor.h"

#include "ui/widgets/messagebanner.h"

#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kcc::ui {

namespace {

// A handeling without a stored norm counts with the service's default.
const int defaultWerkdagen = TaakNorm{}.werkdagen;

} // namespace

TaakNormenEditor::TaakNormenEditor(const CallFlowContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_banner(new MessageBanner(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("taakNormen"));
    m_table->setObjectName(QStringLiteral("normenTable"));
    m_banner->setObjectName(QStringLiteral("taakNormenBanner"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Requested action"), tr("Overdue after (working days)")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *hint =
        new QLabel(tr("A task that is open longer than its norm is shown as overdue. Changes are saved at once; "
                      "weekends and public holidays do not count."),
                   this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
    reload();
}

TaakNormenEditor::~TaakNormenEditor() = default;

void TaakNormenEditor::reload()
{
    m_loading = true;
    QList<TaakNorm> normen;
    if (const Result<QList<TaakNorm>> stored = m_context.supervisie->normen()) {
        normen = stored.value();
    } else {
        m_banner->showMessage(stored.error().message, MessageBanner::Error);
    }
    // Every handeling of the code list gets a row, also those still on the default.
    if (m_context.codeLists) {
        if (const auto handelingen = m_context.codeLists->entries(CodeList::GevraagdeHandeling)) {
            for (const CodeListEntry &entry : handelingen.value()) {
                const bool known = std::any_of(normen.cbegin(), normen.cend(), [&entry](const TaakNorm &norm) {
                    return norm.gevraagdeHandeling == entry.label;
                });
                if (!known)
                    normen.append(TaakNorm{entry.label, defaultWerkdagen});
            }
        }
    }
    m_table->setRowCount(int(normen.size()));
    for (int row = 0; row < normen.size(); ++row) {
        const TaakNorm &norm = normen.at(row);
        auto *item = new QTableWidgetItem(norm.gevraagdeHandeling);
        m_table->setItem(row, 0, item);
        auto *spin = new QSpinBox(m_table);
        spin->setObjectName(QStringLiteral("normSpin"));
        spin->setRange(0, 60);
        spin->setValue(norm.werkdagen);
        //: Suffix of the norm spin box, e.g. "2 working days"
        spin->setSuffix(tr(" working days"));
        spin->setProperty("handeling", norm.gevraagdeHandeling);
        m_table->setCellWidget(row, 1, spin);
        const QString handeling = norm.gevraagdeHandeling;
        connect(spin, &QSpinBox::valueChanged, this, [this, handeling](int value) {
            if (!m_loading)
                save(handeling, value);
        });
    }
    m_table->resizeColumnToContents(1);
    m_loading = false;
}

void TaakNormenEditor::save(const QString &handeling, int werkdagen)
{
    const TaakNorm norm{handeling, werkdagen};
    const Result<> saved = m_context.supervisie->setNorm(m_context.user, norm);
    if (!saved) {
        m_banner->showMessage(saved.error().message, MessageBanner::Error);
        return;
    }
    m_banner->showMessage(tr("\"%1\" is overdue after %n working day(s).", nullptr, werkdagen).arg(handeling),
                          MessageBanner::Positive);
    emit normChanged(norm);
}

} // namespace kcc::ui
