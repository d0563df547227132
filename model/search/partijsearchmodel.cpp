#include "model/search/partijsearchmodel.h"

namespace kcc {

PartijSearchModel::PartijSearchModel(AsyncPartijSearch *search, QObject *parent)
    : QAbstractTableModel(parent)
    , m_search(search)
{
    Q_ASSERT(m_search);
    connect(m_search, &AsyncPartijSearch::pageReady, this, &PartijSearchModel::receive);
    connect(m_search, &AsyncPartijSearch::failed, this, &PartijSearchModel::fail);
}

PartijSearchModel::~PartijSearchModel()
{
    if (m_ticket != 0)
        m_search->cancel(m_ticket);
}

int PartijSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartijSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartijSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartijFinderRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case RawValueRole:
        switch (index.column()) {
        case SoortColumn:
            return toCode(row.soortPartij);
        case NummerColumn: {
            bool ok = false;
            const qlonglong number = row.nummer.toLongLong(&ok);
            return ok ? QVariant(number) : QVariant(row.nummer);
        }
        default:
            return displayValue(row, index.column());
        }
    case UuidRole:
        return row.uuid;
    case ViaBetrokkeneRole:
        return row.viaBetrokkene;
    case UitOpenKlantRole:
        return m_uitOpenKlant.contains(row.uuid);
    case Qt::ToolTipRole:
        return toolTip(row);
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

QVariant PartijSearchModel::displayValue(const PartijFinderRow &row, int column) const
{
    switch (column) {
    case NaamColumn:
        return row.naam.isEmpty() ? tr("(no name)") : row.naam;
    case SoortColumn:
        return label(row.soortPartij);
    case NummerColumn:
        return row.nummer;
    case GevondenViaColumn:
        return row.matched;
    case LetOpColumn:
        return letOp(row);
    default:
        return {};
    }
}

QString PartijSearchModel::letOp(const PartijFinderRow &row) const
{
    QStringList words;
    if (m_uitOpenKlant.contains(row.uuid))
        //: Not translated: the name of the municipality's klantinteracties register
        words << tr("Open Klant");
    if (row.geheimhouding.value_or(false))
        words << tr("Geheimhouding");
    if (!row.actief)
        words << tr("Inactive");
    if (row.viaBetrokkene)
        //: Found through contact details given once for one klantcontact
        words << tr("One-off contact details");
    return words.join(QStringLiteral(" · "));
}

QString PartijSearchModel::toolTip(const PartijFinderRow &row) const
{
    QStringList lines;
    if (row.geheimhouding.value_or(false))
        lines << tr("Geheimhouding: this partij's details are secret. Do not share them.");
    if (!row.actief)
        lines << tr("Inactive partij: do not use these details for contact.");
    if (row.viaBetrokkene)
        lines << tr("Found through contact details given once for a klantcontact, not the partij's own.");
    if (m_uitOpenKlant.contains(row.uuid))
        lines << tr("%1 came from the municipality's Open Klant.").arg(row.naam);
    if (lines.isEmpty())
        return row.matched.isEmpty() ? row.naam : tr("%1 — found via %2").arg(row.naam, row.matched);
    return lines.join(QLatin1Char('\n'));
}

QVariant PartijSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NaamColumn:
        return tr("Name");
    case SoortColumn:
        //: Column header: person, organisation or contact person
        return tr("Type");
    case NummerColumn:
        //: Column header: the partij's number
        return tr("Number");
    case GevondenViaColumn:
        //: Column header: what the search text matched (BSN, phone number, name, ...)
        return tr("Found via");
    case LetOpColumn:
        //: Column header: warnings such as geheimhouding or an inactive partij
        return tr("Attention");
    }
    return {};
}

bool PartijSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_state == State::Ready && !m_atEnd && m_ticket == 0;
}

void PartijSearchModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(pageSize);
}

void PartijSearchModel::setQuery(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text && m_state != State::Failed)
        return;
    if (m_ticket != 0) {
        m_search->cancel(m_ticket);
        m_ticket = 0;
    }
    beginResetModel();
    m_text = trimmed;
    m_rows.clear();
    m_seen.clear();
    m_uitOpenKlant.clear();
    m_cursor = {};
    m_atEnd = true;
    m_lastError.clear();
    endResetModel();
    if (m_text.size() < minimumLength) {
        setState(State::Idle);
        return;
    }
    m_atEnd = false;
    setState(State::Searching);
    request(firstPageSize);
}

void PartijSearchModel::reload()
{
    const QString text = m_text;
    m_text.clear();
    setQuery(text);
}

bool PartijSearchModel::isUitOpenKlant(int row) const
{
    return row >= 0 && row < m_rows.size() && m_uitOpenKlant.contains(m_rows.at(row).uuid);
}

const PartijFinderRow *PartijSearchModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void PartijSearchModel::request(int limit)
{
    m_ticket = m_search->request(m_text, m_cursor, limit);
}

void PartijSearchModel::receive(quint64 ticket, const Page<PartijFinderRow> &page)
{
    if (ticket == 0 || ticket != m_ticket)
        return; // another client's answer, or one for a text that has changed since
    m_ticket = 0;
    QList<PartijFinderRow> fresh;
    for (const PartijFinderRow &row : page.rows) {
        if (!m_seen.contains(row.uuid)) {
            m_seen.insert(row.uuid);
            fresh.append(row);
        }
    }
    m_cursor = page.next;
    m_atEnd = page.atEnd;
    if (m_herkomst && !fresh.isEmpty()) {
        QList<QUuid> uuids;
        for (const PartijFinderRow &row : std::as_const(fresh))
            uuids.append(row.uuid);
        // A mark that cannot be read leaves the row unmarked; the hit itself matters more.
        if (const Result<QSet<QUuid>> uit = m_herkomst->uitOpenKlant(ApiResource::Partijen, uuids))
            m_uitOpenKlant.unite(uit.value());
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.append(fresh);
        endInsertRows();
    }
    const bool firstPage = m_state == State::Searching;
    // A page of partijen already listed says nothing new: read on, or nobody would ask for more.
    if (fresh.isEmpty() && !m_atEnd) {
        request(firstPage ? firstPageSize : pageSize);
        return;
    }
    if (firstPage) {
        setState(State::Ready);
        emit searchFinished();
    }
}

void PartijSearchModel::fail(quint64 ticket, const QString &message)
{
    if (ticket == 0 || ticket != m_ticket)
        return;
    m_ticket = 0;
    m_atEnd = true;
    m_lastError = message;
    const bool firstPage = m_state == State::Searching;
    setState(State::Failed);
    emit fetchFailed(message);
    if (firstPage)
        emit searchFinished();
}

void PartijSearchModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace kcc
