#include "ui/shell/keyoverviewdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kcc::ui {

namespace {

struct KeyRow
{
    QList<QKeySequence> keys; // empty: a key that is no shortcut (Enter in a list, Esc, ...)
    QString shown;            // how the keys are written when `keys` does not say it well
    QString what;
};

QList<QKeySequence> range(Qt::KeyboardModifiers modifiers, int count)
{
    QList<QKeySequence> keys;
    for (int i = 0; i < count; ++i)
        keys << QKeySequence(modifiers | Qt::Key(Qt::Key_1 + i));
    return keys;
}

QString native(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts << key.toString(QKeySequence::NativeText);
    return texts.join(QStringLiteral(" / "));
}

} // namespace

KeyOverviewDialog::KeyOverviewDialog(QWidget *parent)
    : QDialog(parent)
    , m_keys(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("keyOverviewDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_keys->setObjectName(QStringLiteral("keyOverview"));
    m_keys->setHeaderLabels({tr("Key"), tr("What it does")});
    m_keys->setRootIsDecorated(false);
    m_keys->setWordWrap(true);
    m_keys->setUniformRowHeights(false);

    const auto ctrl = Qt::ControlModifier;
    const auto ctrlShift = Qt::ControlModifier | Qt::ShiftModifier;
    const QKeySequence ctrlEnter(ctrl | Qt::Key_Enter);
    const QKeySequence ctrlReturn(ctrl | Qt::Key_Return);
    const QKeySequence escape(Qt::Key_Escape);
    const QList<std::pair<QString, QList<KeyRow>>> groups = {
        {tr("Main window"),
         {
             {{QKeySequence(Qt::Key_F2)}, {}, tr("New contact: the contact panel with kanaal, timer and the steps")},
             {{QKeySequence(ctrlShift | Qt::Key_A)},
              {},
              tr("A call is waiting: park the open contact (the caller on hold) and take the call")},
             {{QKeySequence(ctrl | Qt::Key_F), QKeySequence(Qt::Key_F3)}, {}, tr("Search partij (Zoeken tab)")},
             {{}, tr("Down, Enter"), tr("In the search: into the hits; Enter opens the klantbeeld")},
             {{QKeySequence(ctrlShift | Qt::Key_E)},
              {},
              tr("Edit the partij of the klantbeeld: names, addresses, digital addresses, language")},
             {{QKeySequence(ctrlShift | Qt::Key_P)},
              {},
              tr("Search in the BRP a caller who is not yet a partij (once the beheerder has set up the BRP)")},
             {{QKeySequence(ctrl | Qt::Key_1)}, {}, tr("Partijen list")},
             {{QKeySequence(ctrl | Qt::Key_2)}, {}, tr("Klantcontacten list")},
             {{QKeySequence(ctrl | Qt::Key_3)}, {}, tr("Work queue")},
             {{QKeySequence(ctrl | Qt::Key_4)}, {}, tr("Supervisor (role supervisor)")},
             {{}, tr("Enter"), tr("On a klantcontact (list or history in the klantbeeld): read it; Esc closes it")},
             {{QKeySequence(Qt::Key_F5)}, {}, tr("Refresh the lists")},
             {{QKeySequence(ctrlShift | Qt::Key_T)}, {}, tr("Add to a transferred call")},
             {{QKeySequence(ctrlShift | Qt::Key_C)}, {}, tr("Copy the reference number of the last registration")},
             {{QKeySequence(ctrlShift | Qt::Key_B)}, {}, tr("Administration (role beheerder)")},
             {{QKeySequence(ctrlShift | Qt::Key_V)},
              {},
              tr("Verwerkingenlog: who looked at a person's data (role privacyfunctionaris)")},
             {{QKeySequence(ctrlShift | Qt::Key_O)},
              {},
              tr("Sync log: what was sent to and fetched from Open Klant (role beheerder)")},
             {{QKeySequence(ctrlShift | Qt::Key_K)},
              {},
              tr("Sync conflicts: a partij changed at the desk and in Open Klant (role beheerder)")},
             {{QKeySequence(ctrl | Qt::Key_L)},
              {},
              tr("Lock the desk when you leave it: nothing personal shows until your password is given")},
             {{QKeySequence(ctrlShift | Qt::Key_L)}, {}, tr("Sign out: another medewerker can sign in")},
             {{QKeySequence(Qt::Key_F1)}, {}, tr("This overview")},
             {{QKeySequence(ctrl | Qt::Key_Q)}, {}, tr("Quit")},
         }},
        {tr("Contact panel"),
         {
             {range(Qt::AltModifier, 7), tr("Alt+1 … Alt+7"),
              tr("The steps: klant, authenticatie, onderwerpen, opvolging, betrokkene, doorverbinden, afronding "
                 "(from anywhere in the window while a contact is open)")},
             {{QKeySequence(ctrl | Qt::Key_PageDown), QKeySequence(ctrl | Qt::Key_PageUp)},
              {},
              tr("Next / previous step")},
             {{QKeySequence(Qt::Key_F9)}, {}, tr("The caller hung up: talk time stops, nawerk time starts")},
             {{QKeySequence(Qt::Key_F4)},
              {},
              tr("Active (n): the open contacts; Enter brings the chosen one to the front, the other is parked")},
             {{ctrlEnter, ctrlReturn}, {}, tr("Register the contact (or close it when nothing is recorded)")},
         }},
        {tr("Work queue"),
         {
             {range(Qt::AltModifier, 3), tr("Alt+1 … Alt+3"), tr("Mijn taken, Afdeling, Historie")},
             {{QKeySequence(ctrl | Qt::Key_P)}, {}, tr("Take up the task (from an afdeling's queue)")},
             {{}, tr("Enter"), tr("Open the task beside the list; Esc goes back")},
             {{QKeySequence(ctrl | Qt::Key_G)}, {}, tr("In a task: contact made / called back")},
             {{QKeySequence(ctrl | Qt::Key_N)}, {}, tr("In a task: not reached (the attempt is recorded)")},
             {{QKeySequence(ctrl | Qt::Key_D)}, {}, tr("In a task: forward")},
             {{QKeySequence(ctrl | Qt::Key_R)}, {}, tr("In a task: send back to the KCC for re-routing")},
             {{QKeySequence(ctrl | Qt::Key_E)}, {}, tr("In a task: close")},
             {{QKeySequence(ctrl | Qt::Key_H)}, {}, tr("In a task: reopen (supervisor)")},
             {{ctrlEnter, ctrlReturn}, {}, tr("Confirm the open form")},
             {{escape}, {}, tr("Cancel the open form")},
             {{QKeySequence(QKeySequence::Copy)}, {}, tr("Copy the chosen contact detail (Enter does the same)")},
         }},
        {tr("Supervisor"),
         {
             {{QKeySequence(ctrl | Qt::Key_T)}, {}, tr("Assign the chosen tasks")},
             {{ctrlEnter, ctrlReturn}, {}, tr("Confirm the assignment")},
             {{escape}, {}, tr("Cancel the assignment")},
             {{QKeySequence(ctrlShift | Qt::Key_S)}, {}, tr("Export the figures as CSV")},
         }},
    };

    QFont bold = font();
    bold.setBold(true);
    for (const auto &[title, rows] : groups) {
        auto *heading = new QTreeWidgetItem(m_keys, {title});
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        for (const KeyRow &row : rows) {
            QStringList portable;
            for (const QKeySequence &key : row.keys)
                portable << key.toString(QKeySequence::PortableText);
            auto *item = new QTreeWidgetItem(m_keys, {row.shown.isEmpty() ? native(row.keys) : row.shown, row.what});
            item->setData(0, Qt::UserRole, portable);
            item->setToolTip(1, row.what); // the whole text where the column elides it
        }
    }
    m_keys->resizeColumnToContents(0);

    auto *intro = new QLabel(tr("Everything in KCC Werkplek works without a mouse. Tab moves to the next field, "
                                "Alt with the underlined letter to a field or button."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_keys, 1);
    layout->addWidget(buttons);
    resize(720, 640);
    m_keys->setFocus(Qt::OtherFocusReason);
}

KeyOverviewDialog::~KeyOverviewDialog() = default;

} // namespace kcc::ui
