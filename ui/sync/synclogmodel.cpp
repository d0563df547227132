#include "ui/sync/synclogmodel.h"

#include "ui/widgets/palette.h"

namespace kcc::ui {

namespace {

QString uuidText(const QUuid &uuid)
{
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

} // namespace

SyncLogModel::SyncLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

SyncLogModel::~SyncLogModel() = default;

void SyncLogModel::setRegels(const QList<SyncLogRegel> &regels)
{
    beginResetModel();
    m_regels = regels;
    endResetModel();
}

int SyncLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_regels.size());
}

int SyncLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_regels.size())
        return {};
    const SyncLogRegel &regel = m_regels.at(index.row());
    const int column = index.column();
    if (role == RawRole) {
        switch (column) {
        case TijdColumn:
            return regel.tijd;
        case UitkomstColumn:
            return SyncLogRegel::code(regel.uitkomst);
        case RichtingColumn:
            return SyncLogRegel::code(regel.richting);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && column == UitkomstColumn &&
        (regel.uitkomst == SyncUitkomst::Geweigerd || regel.uitkomst == SyncUitkomst::Gestopt ||
         regel.uitkomst == SyncUitkomst::Conflict))
        return Palette::errorText();
    if (role == Qt::ToolTipRole && column == BerichtColumn)
        return regel.bericht;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case TijdColumn:
        return QLocale().toString(regel.tijd.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case RichtingColumn:
        return SyncLogRegel::naam(regel.richting);
    case ResourceColumn:
        return regel.resource;
    case UitkomstColumn:
        return SyncLogRegel::naam(regel.uitkomst);
    case BerichtColumn:
        return regel.bericht;
    case LokaalColumn:
        return uuidText(regel.lokaal);
    case ServerColumn:
        return uuidText(regel.server);
    default:
        return {};
    }
}

QVariant SyncLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TijdColumn:
        return tr("Time");
    case RichtingColumn:
        return tr("Direction");
    case ResourceColumn:
        return tr("Resource");
    case UitkomstColumn:
        return tr("Outcome");
    case BerichtColumn:
        return tr("Message");
    case LokaalColumn:
        return tr("Local uuid");
    case ServerColumn:
        return tr("Server uuid");
    default:
        return {};
    }
}

} // namespace kcc::ui
