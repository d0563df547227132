#include "ui/sync/conflictdialog.h"

#include "model/taken/taaktoegang.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/palette.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kcc::ui {

namespace {

// A JSON value as lines of "key.path" -> text, so that nested groups (an address, the
// partijIdentificatie) compare and show field by field.
void flatten(const QString &path, const QJsonValue &value, QMap<QString, QString> &into)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(path.isEmpty() ? it.key() : QString(path % QLatin1Char('.') % it.key()), it.value(), into);
        return;
    }
    QString text;
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << (item.isString()
                          ? item.toString()
                          : QString::fromUtf8(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact)));
        text = items.join(QStringLiteral(", "));
    } else if (value.isBool()) {
        text = value.toBool() ? ConflictDialog::tr("yes") : ConflictDialog::tr("no");
    } else if (value.isDouble()) {
        text = QString::number(value.toDouble());
    } else {
        text = value.toString();
    }
    into.insert(path, text);
}

QMap<QString, QString> fieldsOf(const QJsonObject &version)
{
    QMap<QString, QString> fields;
    for (const QString &key : PartijConflicts::syncVelden())
        flatten(key, version.value(key), fields);
    return fields;
}

} // namespace

ConflictDialog::ConflictDialog(PartijConflicts &conflicts, const SignedInActor &viewer, QWidget *parent)
    : QDialog(parent)
    , m_conflicts(conflicts)
    , m_viewer(viewer)
    , m_banner(new MessageBanner(this))
    , m_choice(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_keepDesk(new QPushButton(tr("Keep the &desk's version"), this))
    , m_keepServer(new QPushButton(tr("Keep the &server's version"), this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Conflicts with Open Klant"));
    m_banner->setObjectName(QStringLiteral("conflictBanner"));
    m_banner->hide();
    m_choice->setObjectName(QStringLiteral("conflictChoice"));
    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("At the desk"), tr("On the server")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_keepDesk->setObjectName(QStringLiteral("keepDeskButton"));
    m_keepServer->setObjectName(QStringLiteral("keepServerButton"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_keepDesk, QDialogButtonBox::ActionRole);
    buttons->addButton(m_keepServer, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_choice);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &ConflictDialog::showConflict);
    connect(m_keepDesk, &QPushButton::clicked, this, [this] { resolve(ConflictChoice::KeepDesk); });
    connect(m_keepServer, &QPushButton::clicked, this, [this] { resolve(ConflictChoice::KeepServer); });
    resize(760, 520);
    reload();
}

ConflictDialog::~ConflictDialog() = default;

void ConflictDialog::reload()
{
    m_open.clear();
    if (!TaakToegang::isBeheerder(m_viewer)) {
        m_banner->showMessage(tr("Only a beheerder may see and resolve conflicts with the server."),
                              MessageBanner::Error);
    } else if (const Result<QList<PartijConflict>> open = m_conflicts.open(); !open) {
        m_banner->showMessage(open.error().message, MessageBanner::Error);
    } else {
        m_open = open.value();
    }
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    const QLocale locale;
    for (const PartijConflict &conflict : std::as_const(m_open)) {
        m_choice->addItem(tr("Partij %1, found %2")
                              .arg(conflict.bureau.value(QStringLiteral("nummer")).toString(),
                                   locale.toString(conflict.ontstaanOp.toLocalTime(), QLocale::ShortFormat)));
    }
    m_choice->setEnabled(!m_open.isEmpty());
    showConflict(m_open.isEmpty() ? -1 : 0);
}

void ConflictDialog::showConflict(int index)
{
    m_table->setRowCount(0);
    const bool shown = index >= 0 && index < m_open.size();
    m_keepDesk->setEnabled(shown);
    m_keepServer->setEnabled(shown);
    if (!shown) {
        m_summary->setText(m_open.isEmpty() && TaakToegang::isBeheerder(m_viewer)
                               ? tr("There are no conflicts with the server.")
                               : QString());
        return;
    }
    const PartijConflict &conflict = m_open.at(index);
    const QMap<QString, QString> desk = fieldsOf(conflict.bureau);
    const QMap<QString, QString> server = fieldsOf(conflict.server);
    QStringList keys = desk.keys() + server.keys();
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end());
    int differences = 0;
    for (const QString &key : std::as_const(keys)) {
        const QString mine = desk.value(key);
        const QString theirs = server.value(key);
        if (mine.isEmpty() && theirs.isEmpty())
            continue;
        const bool differs = mine != theirs;
        differences += differs ? 1 : 0;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList texts = {key, mine, theirs};
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setData(Qt::UserRole, differs);
            if (differs) {
                // Colour and weight both, so that the difference does not depend on seeing colour.
                item->setBackground(Palette::warningBackground());
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_summary->setText(tr("This partij was changed at the desk and on the server since the last sync. %n field(s) "
                          "differ (marked). Choose which version stays; the choice is recorded.",
                          nullptr, differences));
}

void ConflictDialog::resolve(ConflictChoice choice)
{
    const int index = m_choice->currentIndex();
    if (index < 0 || index >= m_open.size())
        return;
    if (Result<> resolved = m_conflicts.resolve(m_viewer, m_open.at(index).id, choice); !resolved) {
        m_banner->showMessage(resolved.error().message, MessageBanner::Error);
        return;
    }
    reload();
    m_banner->showMessage(choice == ConflictChoice::KeepDesk
                              ? tr("The desk's version is kept and will be sent to the server again.")
                              : tr("The server's version is kept and written into the partij."),
                          MessageBanner::Positive);
}

QAction *ConflictDialog::action(QWidget *window, PartijConflicts *conflicts, const SignedInActor &viewer,
                                bool beheerder, std::function<void()> refused)
{
    auto *action = new QAction(tr("Sync &conflicts..."), window);
    action->setObjectName(QStringLiteral("syncConflictsAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    action->setEnabled(conflicts != nullptr);
    connect(action, &QAction::triggered, window, [window, conflicts, viewer, beheerder, refused = std::move(refused)] {
        if (!beheerder) {
            refused();
            return;
        }
        if (auto *open = window->findChild<ConflictDialog *>(); open) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto *dialog = new ConflictDialog(*conflicts, viewer, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    return action;
}

} // namespace kcc::ui
