#include "model/klantbeeld/klantbeeldcontactmodel.h"

#include <QLocale>

namespace kcc {

KlantbeeldContactModel::KlantbeeldContactModel(KlantbeeldService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    Q_ASSERT(m_service);
}

KlantbeeldContactModel::~KlantbeeldContactModel() = default;

int KlantbeeldContactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KlantbeeldContactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KlantbeeldContactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KlantbeeldContact &row = m_rows.at(index.row());
    const Klantcontact &k = row.klantcontact;
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case RawValueRole:
        if (index.column() == DatumColumn)
            return k.plaatsgevondenOp;
        return displayValue(row, index.column());
    case UuidRole:
        return k.uuid;
    case UitOpenKlantRole:
        return m_uitOpenKlant.contains(k.uuid);
    case Qt::ToolTipRole:
        if (row.verborgen)
            return tr("Confidential klantcontact: only the medewerkers involved and supervisors see the subject.");
        if (m_uitOpenKlant.contains(k.uuid) && index.column() == MedewerkerColumn)
            return tr("Registered elsewhere (for example a web form) and fetched from the municipality's Open Klant.");
        if (index.column() == OnderwerpColumn && !k.inhoud.isEmpty())
            return k.inhoud;
        return displayValue(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == ReferentienummerColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RowStateRole: {
        RowState state;
        state.setFlag(RowStateFlag::Vertrouwelijk, k.vertrouwelijk);
        return state.toInt();
    }
    default:
        return {};
    }
}

QVariant KlantbeeldContactModel::displayValue(const KlantbeeldContact &row, int column) const
{
    const Klantcontact &k = row.klantcontact;
    switch (column) {
    case DatumColumn:
        return k.plaatsgevondenOp.isValid() ? QLocale().toString(k.plaatsgevondenOp.toLocalTime(), QLocale::ShortFormat)
                                            : QString();
    case KanaalColumn:
        return k.kanaal;
    case OnderwerpColumn:
        return row.verborgen ? tr("Confidential") : k.onderwerp;
    case MedewerkerColumn:
        if (m_uitOpenKlant.contains(k.uuid)) {
            //: Not translated: the name of the municipality's klantinteracties register
            const QString openKlant = tr("Open Klant");
            return row.actoren.isEmpty() ? openKlant
                                         : tr("%1 (%2)").arg(row.actoren.join(QStringLiteral(", ")), openKlant);
        }
        return row.actoren.join(QStringLiteral(", "));
    case ReferentienummerColumn:
        return k.referentienummer.value_or(QString());
    default:
        return {};
    }
}

QVariant KlantbeeldContactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DatumColumn:
        return tr("Date");
    case KanaalColumn:
        return tr("Channel");
    case OnderwerpColumn:
        return tr("Subject");
    case MedewerkerColumn:
        return tr("Handled by");
    case ReferentienummerColumn:
        //: Column header: the klantcontact's reference number
        return tr("Reference");
    }
    return {};
}

bool KlantbeeldContactModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_partij.isNull() && !m_atEnd && !m_resetting;
}

void KlantbeeldContactModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<KlantbeeldContact> page = readPage(pageSize);
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

void KlantbeeldContactModel::setPartij(const QUuid &partij, const SignedInActor &viewer, qint64 total)
{
    m_partij = partij;
    m_viewer = viewer;
    m_filter = {};
    restart(total);
}

void KlantbeeldContactModel::setFilter(const KlantbeeldContactFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    restart();
}

void KlantbeeldContactModel::reload()
{
    restart();
}

void KlantbeeldContactModel::clear()
{
    m_partij = QUuid();
    m_filter = {};
    restart();
}

const KlantbeeldContact *KlantbeeldContactModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void KlantbeeldContactModel::restart(qint64 knownTotal)
{
    beginResetModel();
    m_rows.clear();
    m_uitOpenKlant.clear();
    m_cursor = {};
    m_total = 0;
    m_lastError.clear();
    m_atEnd = m_partij.isNull();
    if (!m_partij.isNull()) {
        m_rows = readPage(firstPageSize);
        if (knownTotal >= 0) {
            m_total = knownTotal;
        } else if (m_atEnd) {
            m_total = m_rows.size(); // all there: no need to count
        } else if (const Result<qint64> total = m_service->aantalContacten(m_partij, m_filter)) {
            m_total = total.value();
        }
    }
    // Views and testers ask canFetchMore while modelReset is being delivered; inserting rows
    // inside that notification would nest a change in the reset.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

QList<KlantbeeldContact> KlantbeeldContactModel::readPage(int limit)
{
    Result<Page<KlantbeeldContact>> page = m_service->contacten(m_partij, m_viewer, m_filter, m_cursor, limit);
    if (!page) {
        m_atEnd = true;
        m_lastError = page.error().message;
        emit fetchFailed(m_lastError);
        return {};
    }
    Page<KlantbeeldContact> read = std::move(page).value();
    m_cursor = read.next;
    m_atEnd = read.atEnd;
    if (m_herkomst && !read.rows.isEmpty()) {
        QList<QUuid> uuids;
        for (const KlantbeeldContact &row : std::as_const(read.rows))
            uuids.append(row.klantcontact.uuid);
        // A mark that cannot be read leaves the row unmarked; the history itself matters more.
        if (const Result<QSet<QUuid>> uit = m_herkomst->uitOpenKlant(ApiResource::Klantcontacten, uuids))
            m_uitOpenKlant.unite(uit.value());
    }
    return read.rows;
}

} // namespace kcc
