#include "ui/beheer/codelisteditor.h"

#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/palette.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kcc::ui {

namespace {

const QList<CodeList> lists = {CodeList::Kanaal, CodeList::Authenticatiemethode, CodeList::Afhandeling,
                               CodeList::GevraagdeHandeling};

QString listTitle(CodeList list)
{
    switch (list) {
    case CodeList::Kanaal:
        return CodeListEditor::tr("Channels (kanaal)");
    case CodeList::Authenticatiemethode:
        return CodeListEditor::tr("Authentication methods");
    case CodeList::Afhandeling:
        return CodeListEditor::tr("Outcomes (afhandeling)");
    case CodeList::GevraagdeHandeling:
        return CodeListEditor::tr("Requested actions (gevraagde handeling)");
    }
    return {};
}

} // namespace

CodeListEditor::CodeListEditor(CodeListService &codeLists, QWidget *parent)
    : QWidget(parent)
    , m_codeLists(codeLists)
    , m_listCombo(new QComboBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_code(new QLineEdit(this))
    , m_label(new QLineEdit(this))
    , m_codeMessage(nullptr)
    , m_labelMessage(nullptr)
    , m_generalMessage(new QLabel(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_renameButton(new QPushButton(tr("Re&name selected"), this))
    , m_deactivateButton(new QPushButton(tr("&Deactivate selected"), this))
{
    setObjectName(QStringLiteral("codeListEditor"));
    m_listCombo->setObjectName(QStringLiteral("codeListCombo"));
    m_table->setObjectName(QStringLiteral("codeListTable"));
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_label->setObjectName(QStringLiteral("codeLabelEdit"));
    m_generalMessage->setObjectName(QStringLiteral("codeListGeneralMessage"));
    m_addButton->setObjectName(QStringLiteral("addCodeButton"));
    m_renameButton->setObjectName(QStringLiteral("renameCodeButton"));
    m_deactivateButton->setObjectName(QStringLiteral("deactivateCodeButton"));
    m_codeMessage = new FieldMessage(m_code, this);
    m_labelMessage = new FieldMessage(m_label, this);
    m_generalMessage->setWordWrap(true);
    m_generalMessage->setStyleSheet(Palette::textStyle(Palette::errorText()));
    m_generalMessage->hide();

    for (CodeList list : lists)
        m_listCombo->addItem(listTitle(list), static_cast<int>(list));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Label"), tr("Active")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_code->setPlaceholderText(tr("lowercase letters, digits, - and _"));

    auto *listLabel = new QLabel(tr("&List:"), this);
    listLabel->setBuddy(m_listCombo);
    auto *top = new QHBoxLayout;
    top->addWidget(listLabel);
    top->addWidget(m_listCombo, 1);

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, QLineEdit *field, FieldMessage *message) {
        auto *buddy = new QLabel(label, this);
        buddy->setBuddy(field);
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(message);
        form->addRow(buddy, box);
    };
    addRow(tr("C&ode:"), m_code, m_codeMessage);
    addRow(tr("La&bel:"), m_label, m_labelMessage);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_renameButton);
    buttons->addWidget(m_deactivateButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_generalMessage);
    layout->addLayout(buttons);

    setTabOrder(m_listCombo, m_table);
    setTabOrder(m_table, m_code);
    setTabOrder(m_code, m_label);
    setTabOrder(m_label, m_addButton);
    setTabOrder(m_addButton, m_renameButton);
    setTabOrder(m_renameButton, m_deactivateButton);

    connect(m_listCombo, &QComboBox::currentIndexChanged, this, &CodeListEditor::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        // The label field starts from the selected entry, so renaming is "select, edit, Rename".
        if (const auto entry = selectedEntry())
            m_label->setText(entry->label);
        updateButtons();
    });
    connect(m_addButton, &QPushButton::clicked, this, [this] { addEntry(); });
    connect(m_renameButton, &QPushButton::clicked, this, [this] { renameSelected(); });
    connect(m_deactivateButton, &QPushButton::clicked, this, [this] { deactivateSelected(); });
    reload();
}

CodeListEditor::~CodeListEditor() = default;

CodeList CodeListEditor::currentList() const
{
    return static_cast<CodeList>(m_listCombo->currentData().toInt());
}

void CodeListEditor::setCurrentList(CodeList list)
{
    m_listCombo->setCurrentIndex(m_listCombo->findData(static_cast<int>(list)));
}

void CodeListEditor::reload()
{
    showError(QString());
    m_table->setRowCount(0);
    const Result<QList<CodeListEntry>> entries = m_codeLists.entries(currentList(), true);
    m_entries = entries ? entries.value() : QList<CodeListEntry>();
    if (!entries)
        showError(entries.error().message);
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const CodeListEntry &entry = m_entries.at(row);
        m_table->setItem(row, CodeColumn, new QTableWidgetItem(entry.code));
        m_table->setItem(row, LabelColumn, new QTableWidgetItem(entry.label));
        m_table->setItem(row, ActiefColumn, new QTableWidgetItem(entry.actief ? tr("yes") : tr("no")));
    }
    m_table->resizeColumnToContents(CodeColumn);
    updateButtons();
}

bool CodeListEditor::selectCode(const QString &code)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).code == code) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

std::optional<CodeListEntry> CodeListEditor::selectedEntry() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_entries.size())
        return std::nullopt;
    return m_entries.at(rows.first().row());
}

void CodeListEditor::showError(const QString &message)
{
    m_generalMessage->setText(message);
    m_generalMessage->setVisible(!message.isEmpty());
}

void CodeListEditor::updateButtons()
{
    const auto entry = selectedEntry();
    m_renameButton->setEnabled(entry.has_value());
    m_deactivateButton->setEnabled(entry && entry->actief);
}

bool CodeListEditor::addEntry()
{
    m_codeMessage->clearError();
    m_labelMessage->clearError();
    showError(QString());
    CodeListEntry entry;
    entry.code = m_code->text().trimmed();
    entry.label = m_label->text().trimmed();
    entry.actief = true;
    // New entries go last; the seeded lists count their volgorde upwards.
    for (const CodeListEntry &existing : std::as_const(m_entries))
        entry.volgorde = std::max(entry.volgorde, existing.volgorde + 1);
    if (entry.code.isEmpty()) {
        m_codeMessage->setError(tr("Enter a code."));
        m_code->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (entry.label.isEmpty()) {
        m_labelMessage->setError(tr("Enter a label."));
        m_label->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (const Result<> added = m_codeLists.add(currentList(), entry); !added) {
        // The service names what is wrong (a code that exists, characters that are not allowed).
        m_codeMessage->setError(added.error().message);
        m_code->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_code->clear();
    m_label->clear();
    reload();
    selectCode(entry.code);
    return true;
}

bool CodeListEditor::renameSelected()
{
    m_labelMessage->clearError();
    showError(QString());
    std::optional<CodeListEntry> entry = selectedEntry();
    if (!entry)
        return false;
    entry->label = m_label->text().trimmed();
    if (entry->label.isEmpty()) {
        m_labelMessage->setError(tr("Enter a label."));
        m_label->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (const Result<> updated = m_codeLists.update(currentList(), *entry); !updated) {
        m_labelMessage->setError(updated.error().message);
        return false;
    }
    reload();
    selectCode(entry->code);
    return true;
}

bool CodeListEditor::deactivateSelected()
{
    showError(QString());
    const std::optional<CodeListEntry> entry = selectedEntry();
    if (!entry)
        return false;
    if (const Result<> deactivated = m_codeLists.deactivate(currentList(), entry->code); !deactivated) {
        showError(deactivated.error().message);
        return false;
    }
    reload();
    selectCode(entry->code);
    return true;
}

} // namespace kcc::ui
