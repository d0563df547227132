#include "ui/taken/taakcontactgegevensview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kcc::ui {

TaakContactgegevensView::TaakContactgegevensView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_empty(new QLabel(tr("No contact details known: use the klantcontact or the klant's file."), this))
{
    setObjectName(QStringLiteral("taakContactgegevens"));
    m_list->setObjectName(QStringLiteral("contactgegevensList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Address"), tr("Kind"), tr("Source")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    // The number or address is what the medewerker dials or copies: never elided.
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->setToolTip(tr("In the order to use them. Ctrl+C or Enter copies the selected one."));
    m_list->setMaximumHeight(120);
    m_copy->setObjectName(QStringLiteral("copyContactButton"));
    m_copy->setToolTip(tr("Copy the selected phone number or e-mail address (Ctrl+C)"));
    m_empty->setObjectName(QStringLiteral("contactgegevensEmpty"));
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_empty);
    setFocusProxy(m_list);

    connect(m_copy, &QPushButton::clicked, this, &TaakContactgegevensView::copySelected);
    auto *copyShortcut = new QShortcut(QKeySequence::Copy, m_list);
    copyShortcut->setContext(Qt::WidgetShortcut);
    connect(copyShortcut, &QShortcut::activated, this, &TaakContactgegevensView::copySelected);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { copySelected(); });
}

TaakContactgegevensView::~TaakContactgegevensView() = default;

QString TaakContactgegevensView::bronLabel(TaakContactgegeven::Bron bron)
{
    switch (bron) {
    case TaakContactgegeven::Bron::Betrokkene:
        //: Source of a contact detail: given once for this contact
        return tr("Given for this contact");
    case TaakContactgegeven::Bron::PartijVoorkeur:
        //: Source of a contact detail: the partij's preferred address
        return tr("Klant's preference");
    case TaakContactgegeven::Bron::Partij:
        return tr("Klant's file");
    }
    return QString();
}

void TaakContactgegevensView::setContactgegevens(const QList<TaakContactgegeven> &contactgegevens)
{
    m_list->clear();
    for (const TaakContactgegeven &gegeven : contactgegevens) {
        QString soort = label(gegeven.adres.soortDigitaalAdres);
        if (!gegeven.adres.omschrijving.isEmpty())
            soort = tr("%1 (%2)").arg(soort, gegeven.adres.omschrijving);
        auto *item = new QTreeWidgetItem(m_list, {gegeven.adres.adres, soort, bronLabel(gegeven.bron)});
        item->setData(0, Qt::UserRole, gegeven.adres.adres);
        item->setToolTip(0, tr("Enter or Ctrl+C copies %1").arg(gegeven.adres.adres));
    }
    const bool any = !contactgegevens.isEmpty();
    m_list->setVisible(any);
    m_copy->setVisible(any);
    m_copy->setEnabled(any);
    m_empty->setVisible(!any);
    if (any)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

QString TaakContactgegevensView::copySelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return QString();
    const QString adres = item->data(0, Qt::UserRole).toString();
    QGuiApplication::clipboard()->setText(adres);
    emit copied(adres);
    return adres;
}

} // namespace kcc::ui
