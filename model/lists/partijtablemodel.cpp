#include "model/lists/partijtablemodel.h"

namespace kcc {

namespace {

QString yesNo(bool value)
{
    return value ? PartijTableModel::tr("Yes") : PartijTableModel::tr("No");
}

} // namespace

PartijTableModel::PartijTableModel(PartijListSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_pages(source)
{
    QList<PartijListRow> first = readPage();
    m_pages.append(first);
}

PartijTableModel::~PartijTableModel() = default;

int PartijTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pages.rows().size());
}

int PartijTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartijTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartijListRow &row = m_pages.rows().at(index.row());
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
        if (index.column() == NummerColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RowStateRole: {
        RowState state;
        state.setFlag(RowStateFlag::Inactive, !row.actief);
        state.setFlag(RowStateFlag::Geheimhouding, row.geheimhouding.value_or(false));
        return state.toInt();
    }
    default:
        return {};
    }
}

QVariant PartijTableModel::displayValue(const PartijListRow &row, int column) const
{
    switch (column) {
    case NummerColumn:
        return row.nummer;
    case SoortColumn:
        return label(row.soort);
    case NaamColumn:
        return row.naam.isEmpty() ? tr("(no name)") : row.naam;
    case IdentificatorColumn:
        if (!row.identificatorSoort)
            return QString();
        switch (*row.identificatorSoort) {
        case CodeSoortObjectId::Bsn:
            return tr("BSN %1").arg(maskBsn(row.identificatorWaarde));
        case CodeSoortObjectId::KvkNummer:
            return tr("KvK %1").arg(row.identificatorWaarde);
        case CodeSoortObjectId::Rsin:
            return tr("RSIN %1").arg(row.identificatorWaarde);
        case CodeSoortObjectId::Vestigingsnummer:
            return tr("Branch %1").arg(row.identificatorWaarde);
        }
        return QString();
    case DigitaalAdresColumn:
        return row.digitaalAdres;
    case PlaatsColumn:
        return row.plaats;
    case ActiefColumn:
        return yesNo(row.actief);
    case GeheimhoudingColumn:
        // Only the rows that need care are marked; "no" and "not indicated" would be noise.
        return row.geheimhouding.value_or(false) ? tr("Yes") : QString();
    default:
        return {};
    }
}

QVariant PartijTableModel::rawValue(const PartijListRow &row, int column) const
{
    switch (column) {
    case NummerColumn: {
        bool ok = false;
        const qlonglong number = row.nummer.toLongLong(&ok);
        return ok ? QVariant(number) : QVariant(row.nummer);
    }
    case SoortColumn:
        return toCode(row.soort);
    case NaamColumn:
        return row.naam;
    case IdentificatorColumn:
        // Deliberately the displayed (masked) text: no role hands out a full BSN.
        return displayValue(row, column);
    case DigitaalAdresColumn:
        return row.digitaalAdres;
    case PlaatsColumn:
        return row.plaats;
    case ActiefColumn:
        return row.actief;
    case GeheimhoudingColumn:
        return row.geheimhouding ? QVariant(*row.geheimhouding) : QVariant();
    default:
        return {};
    }
}

QString PartijTableModel::toolTip(const PartijListRow &row, int column) const
{
    QStringList lines;
    if (row.geheimhouding.value_or(false))
        lines << tr("Geheimhouding: this partij's details are secret. Do not share them.");
    if (!row.actief)
        lines << tr("Inactive partij: do not use these details for contact.");
    if (column == IdentificatorColumn && row.identificatorSoort == CodeSoortObjectId::Bsn)
        lines << tr("The BSN is masked in lists.");
    if (lines.isEmpty()) {
        const QVariant text = displayValue(row, column);
        return text.toString();
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant PartijTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NummerColumn:
            //: Column header: the partij's number
            return tr("Number");
        case SoortColumn:
            //: Column header: person, organisation or contact person
            return tr("Type");
        case NaamColumn:
            return tr("Name");
        case IdentificatorColumn:
            return tr("BSN / KvK");
        case DigitaalAdresColumn:
            return tr("Phone / e-mail");
        case PlaatsColumn:
            return tr("City");
        case ActiefColumn:
            return tr("Active");
        case GeheimhoudingColumn:
            return tr("Secrecy");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case IdentificatorColumn:
            return tr("BSN (masked), KvK number, RSIN or branch number");
        case DigitaalAdresColumn:
            return tr("The preferred digital address");
        case PlaatsColumn:
            return tr("City of the visiting address");
        case GeheimhoudingColumn:
            return tr("Geheimhouding: the partij's details are secret");
        default:
            return headerData(section, orientation, Qt::DisplayRole);
        }
    }
    return {};
}

bool PartijTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_pages.atEnd();
}

void PartijTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_pages.atEnd())
        return;
    const QList<PartijListRow> page = readPage();
    if (page.isEmpty())
        return;
    const int first = int(m_pages.rows().size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_pages.append(page);
    endInsertRows();
}

QList<PartijListRow> PartijTableModel::readPage()
{
    QList<PartijListRow> page;
    if (const std::optional<QString> failure = m_pages.readPage(page))
        emit fetchFailed(*failure);
    return page;
}

void PartijTableModel::setPageSize(int rows)
{
    m_pages.setPageSize(rows);
}

void PartijTableModel::reload()
{
    beginResetModel();
    m_pages.restart();
    m_pages.append(readPage());
    endResetModel();
}

qint64 PartijTableModel::totalCount() const
{
    return m_pages.totalCount();
}

const PartijListRow *PartijTableModel::rowAt(int row) const
{
    return m_pages.rowAt(row);
}

QString PartijTableModel::maskBsn(const QString &bsn)
{
    constexpr int visible = 4;
    if (bsn.size() <= visible)
        return QString(bsn.size(), QLatin1Char('*'));
    return QString(bsn.size() - visible, QLatin1Char('*')) + bsn.right(visible);
}

} // namespace kcc
