#include "model/lists/klantcontacttablemodel.h"

#include <QLocale>

namespace kcc {

KlantcontactTableModel::KlantcontactTableModel(KlantcontactListSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_pages(source)
{
    QList<KlantcontactListRow> first = readPage();
    m_pages.append(first);
}

KlantcontactTableModel::~KlantcontactTableModel() = default;

int KlantcontactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pages.rows().size());
}

int KlantcontactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KlantcontactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KlantcontactListRow &row = m_pages.rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case RawValueRole:
        return rawValue(row, index.column());
    case UuidRole:
        return row.uuid;
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == ReferentienummerColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RowStateRole: {
        RowState state;
        state.setFlag(RowStateFlag::Vertrouwelijk, row.vertrouwelijk);
        return state.toInt();
    }
    default:
        return {};
    }
}

QVariant KlantcontactTableModel::displayValue(const KlantcontactListRow &row, int column) const
{
    switch (column) {
    case ReferentienummerColumn:
        return row.referentienummer;
    case PlaatsgevondenOpColumn:
        if (!row.plaatsgevondenOp.isValid())
            return QString();
        return QLocale().toString(row.plaatsgevondenOp.toLocalTime(), QLocale::ShortFormat);
    case KanaalColumn:
        return row.kanaal;
    case OnderwerpColumn:
        return row.vertrouwelijk ? tr("Confidential") : row.onderwerp;
    case BetrokkeneColumn:
        //: No betrokkene known for this klantcontact
        return row.betrokkeneNaam.isEmpty() ? tr("Unknown") : row.betrokkeneNaam;
    case GeluktColumn:
        if (!row.gelukt)
            return QString();
        return *row.gelukt ? tr("Yes") : tr("No");
    default:
        return {};
    }
}

QVariant KlantcontactTableModel::rawValue(const KlantcontactListRow &row, int column) const
{
    switch (column) {
    case ReferentienummerColumn: {
        bool ok = false;
        const qlonglong number = row.referentienummer.toLongLong(&ok);
        return ok ? QVariant(number) : QVariant(row.referentienummer);
    }
    case PlaatsgevondenOpColumn:
        return row.plaatsgevondenOp;
    case KanaalColumn:
        return row.kanaal;
    case OnderwerpColumn:
        // The same placeholder as on screen: a vertrouwelijk onderwerp leaves the model through no role.
        return displayValue(row, column);
    case BetrokkeneColumn:
        return row.betrokkeneNaam;
    case GeluktColumn:
        return row.gelukt ? QVariant(*row.gelukt) : QVariant();
    default:
        return {};
    }
}

QString KlantcontactTableModel::toolTip(const KlantcontactListRow &row, int column) const
{
    if (row.vertrouwelijk && column == OnderwerpColumn)
        return tr("This klantcontact is confidential: its subject is not shown in lists.");
    if (column == GeluktColumn && !row.gelukt)
        return tr("Not recorded whether the contact succeeded");
    if (column == PlaatsgevondenOpColumn && row.plaatsgevondenOp.isValid())
        return QLocale().toString(row.plaatsgevondenOp.toLocalTime(), QLocale::LongFormat);
    return displayValue(row, column).toString();
}

QVariant KlantcontactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ReferentienummerColumn:
            return tr("Reference");
        case PlaatsgevondenOpColumn:
            //: Column header: when the klantcontact took place
            return tr("Date and time");
        case KanaalColumn:
            return tr("Channel");
        case OnderwerpColumn:
            return tr("Subject");
        case BetrokkeneColumn:
            //: Column header: the person or organisation involved in the klantcontact
            return tr("Betrokkene");
        case GeluktColumn:
            //: Column header: whether the contact succeeded
            return tr("Succeeded");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ReferentienummerColumn:
            return tr("Reference number of the klantcontact");
        case PlaatsgevondenOpColumn:
            return tr("When the contact took place (local time)");
        case GeluktColumn:
            return tr("Whether the contact succeeded");
        default:
            return headerData(section, orientation, Qt::DisplayRole);
        }
    }
    return {};
}

bool KlantcontactTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_pages.atEnd();
}

void KlantcontactTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_pages.atEnd())
        return;
    const QList<KlantcontactListRow> page = readPage();
    if (page.isEmpty())
        return;
    const int first = int(m_pages.rows().size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_pages.append(page);
    endInsertRows();
}

QList<KlantcontactListRow> KlantcontactTableModel::readPage()
{
    QList<KlantcontactListRow> page;
    if (const std::optional<QString> failure = m_pages.readPage(page))
        emit fetchFailed(*failure);
    return page;
}

void KlantcontactTableModel::setPageSize(int rows)
{
    m_pages.setPageSize(rows);
}

void KlantcontactTableModel::reload()
{
    beginResetModel();
    m_pages.restart();
    m_pages.append(readPage());
    endResetModel();
}

qint64 KlantcontactTableModel::totalCount() const
{
    return m_pages.totalCount();
}

const KlantcontactListRow *KlantcontactTableModel::rowAt(int row) const
{
    return m_pages.rowAt(row);
}

} // namespace kcc
