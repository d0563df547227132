#include "model/taken/taakqueuemodel.h"

#include <QLocale>

namespace kcc {

TaakQueueSource::TaakQueueSource(WerkvoorraadService *service, SignedInActor viewer, TaakQueueFilter filter)
    : m_service(service)
    , m_viewer(std::move(viewer))
    , m_filter(std::move(filter))
{
    Q_ASSERT(m_service);
}

qint64 TaakQueueSource::count()
{
    if (!m_count) {
        const Result<qint64> counted = m_service->queueCount(m_viewer, m_filter);
        m_count = counted ? counted.value() : 0;
    }
    return *m_count;
}

Result<Page<TaakQueueRow>> TaakQueueSource::fetch(const PageCursor &cursor, int limit)
{
    return m_service->queue(m_viewer, m_filter, cursor, limit);
}

void TaakQueueSource::setFilter(const TaakQueueFilter &filter)
{
    m_filter = filter;
    m_count.reset();
}

TaakQueueModel::TaakQueueModel(WerkvoorraadService *service, const SignedInActor &viewer, const TaakQueueFilter &filter,
                               Clock now, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(service, viewer, filter)
    , m_pages(&m_source)
    , m_now(std::move(now))
{
    m_pages.append(readPage());
}

TaakQueueModel::~TaakQueueModel() = default;

int TaakQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pages.rows().size());
}

int TaakQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaakQueueModel::formatAge(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return QString();
    const qint64 minutes = qMax<qint64>(0, from.secsTo(to) / 60);
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    if (days > 0) {
        //: Age of a task: days and hours, e.g. "3 d 4 h"
        return tr("%1 d %2 h").arg(days).arg(hours);
    }
    if (hours > 0) {
        //: Age of a task: hours and minutes, e.g. "5 h 20 min"
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    }
    //: Age of a task in minutes, e.g. "45 min"
    return tr("%1 min").arg(minutes);
}

QDateTime TaakQueueModel::ageEnd(const TaakQueueRow &row) const
{
    // A closed task stops ageing when it was handled: its age is then the time it took.
    return row.afgehandeldOp && row.afgehandeldOp->isValid() ? *row.afgehandeldOp : m_now();
}

QVariant TaakQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaakQueueRow &row = m_pages.rows().at(index.row());
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
        if (index.column() == ReferentienummerColumn || index.column() == LeeftijdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RowStateRole: {
        RowState state;
        state.setFlag(RowStateFlag::Vertrouwelijk, row.vertrouwelijkVerborgen);
        state.setFlag(RowStateFlag::TeLaat, row.teLaat);
        return state.toInt();
    }
    default:
        return {};
    }
}

QVariant TaakQueueModel::displayValue(const TaakQueueRow &row, int column) const
{
    switch (column) {
    case LeeftijdColumn:
        return formatAge(row.toegewezenOp, ageEnd(row));
    case HandelingColumn:
        return row.gevraagdeHandeling;
    case OnderwerpColumn:
        return row.vertrouwelijkVerborgen ? tr("Confidential") : row.onderwerp;
    case KlantColumn:
        //: No klant known for this task
        return row.klantNaam.isEmpty() ? tr("Unknown") : row.klantNaam;
    case KanaalColumn:
        return m_kanaalLabels.value(row.kanaal, row.kanaal);
    case ToegewezenAanColumn:
        return row.toegewezenAan.join(QStringLiteral(", "));
    case ReferentienummerColumn:
        return row.referentienummer;
    default:
        return {};
    }
}

QVariant TaakQueueModel::rawValue(const TaakQueueRow &row, int column) const
{
    switch (column) {
    case LeeftijdColumn:
        return row.toegewezenOp;
    case OnderwerpColumn:
        // The placeholder: a hidden onderwerp leaves the model through no role.
        return displayValue(row, column);
    case KanaalColumn:
        return row.kanaal;
    case ReferentienummerColumn: {
        bool ok = false;
        const qlonglong number = row.referentienummer.toLongLong(&ok);
        return ok ? QVariant(number) : QVariant(row.referentienummer);
    }
    case KlantColumn:
        return row.klantNaam;
    default:
        return displayValue(row, column);
    }
}

QString TaakQueueModel::toolTip(const TaakQueueRow &row, int column) const
{
    if (row.vertrouwelijkVerborgen && column == OnderwerpColumn)
        return tr("This klantcontact is confidential: you may not see its subject.");
    if (column == LeeftijdColumn && row.toegewezenOp.isValid()) {
        const QString since = QLocale().toString(row.toegewezenOp.toLocalTime(), QLocale::ShortFormat);
        // Reassigned since: the age still counts from the creation (the API's toegewezenOp), but
        // the medewerker should see that the task reached its current assignee later.
        if (row.laatstToegewezenOp.isValid() && row.laatstToegewezenOp != row.toegewezenOp) {
            const QString last = QLocale().toString(row.laatstToegewezenOp.toLocalTime(), QLocale::ShortFormat);
            if (row.teLaat)
                return tr("Created %1, last assigned %2 — overdue").arg(since, last);
            return tr("Created %1, last assigned %2").arg(since, last);
        }
        if (row.teLaat)
            return tr("Assigned %1 — overdue").arg(since);
        return tr("Assigned %1").arg(since);
    }
    return displayValue(row, column).toString();
}

QVariant TaakQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case LeeftijdColumn:
            //: Column header: how long the task has been waiting
            return tr("Age");
        case HandelingColumn:
            //: Column header: the gevraagde handeling of the task
            return tr("Action");
        case OnderwerpColumn:
            return tr("Subject");
        case KlantColumn:
            return tr("Klant");
        case KanaalColumn:
            return tr("Channel");
        case ToegewezenAanColumn:
            return tr("Assigned to");
        case ReferentienummerColumn:
            return tr("Reference");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LeeftijdColumn:
            return tr("Time since the task was assigned; overdue tasks are highlighted");
        case KanaalColumn:
            return tr("Channel of the klantcontact that led to the task");
        default:
            return headerData(section, orientation, Qt::DisplayRole);
        }
    }
    return {};
}

bool TaakQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_pages.atEnd();
}

void TaakQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_pages.atEnd())
        return;
    const QList<TaakQueueRow> page = readPage();
    if (page.isEmpty())
        return;
    const int first = int(m_pages.rows().size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_pages.append(page);
    endInsertRows();
}

QList<TaakQueueRow> TaakQueueModel::readPage()
{
    QList<TaakQueueRow> page;
    if (const std::optional<QString> failure = m_pages.readPage(page))
        emit fetchFailed(*failure);
    return page;
}

void TaakQueueModel::setFilter(const TaakQueueFilter &filter)
{
    beginResetModel();
    m_source.setFilter(filter);
    m_pages.restart();
    m_pages.append(readPage());
    endResetModel();
}

void TaakQueueModel::setPageSize(int rows)
{
    m_pages.setPageSize(rows);
}

void TaakQueueModel::reload()
{
    beginResetModel();
    m_pages.restart();
    m_pages.append(readPage());
    endResetModel();
}

qint64 TaakQueueModel::totalCount()
{
    return m_pages.totalCount();
}

const TaakQueueRow *TaakQueueModel::rowAt(int row) const
{
    return m_pages.rowAt(row);
}

void TaakQueueModel::setKanaalLabels(const QHash<QString, QString> &labels)
{
    m_kanaalLabels = labels;
    if (!m_pages.rows().isEmpty())
        emit dataChanged(index(0, KanaalColumn), index(rowCount() - 1, KanaalColumn), {Qt::DisplayRole});
}

} // namespace kcc
