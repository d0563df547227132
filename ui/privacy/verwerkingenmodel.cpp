#include "ui/privacy/verwerkingenmodel.h"

#include <QLocale>
#include <QStringList>

namespace kcc::ui {

VerwerkingenModel::VerwerkingenModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

VerwerkingenModel::~VerwerkingenModel() = default;

void VerwerkingenModel::setVerwerkingen(const QList<Verwerkingsactie> &acties,
                                        const QHash<QString, QString> &gebruikers)
{
    beginResetModel();
    m_acties = acties;
    m_gebruikers = gebruikers;
    endResetModel();
}

void VerwerkingenModel::clear()
{
    setVerwerkingen({}, {});
}

int VerwerkingenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_acties.size());
}

int VerwerkingenModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VerwerkingenModel::raw(const Verwerkingsactie &actie, int column) const
{
    switch (column) {
    case TijdstipColumn:
        return actie.tijdstip;
    case GebruikerColumn:
        return actie.gebruiker;
    case VerwerkingColumn:
        return actie.verwerkingId.toString(QUuid::WithoutBraces);
    case ActiviteitColumn:
        return actie.verwerkingsactiviteitId.toString(QUuid::WithoutBraces);
    case VertrouwelijkheidColumn:
        return vertrouwelijkheidCode(actie.vertrouwelijkheid);
    default:
        return shown(actie, column);
    }
}

QString VerwerkingenModel::shown(const Verwerkingsactie &actie, int column) const
{
    switch (column) {
    case TijdstipColumn:
        // In the seat's zone, with seconds: the officer matches it against other logs.
        return QLocale().toString(actie.tijdstip.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ActieColumn:
        return actie.actieNaam;
    case HandelingColumn:
        return actie.handelingNaam;
    case BetrokkenheidColumn: {
        QStringList betrokkenheid;
        for (const VerwerktObject &object : actie.verwerkteObjecten)
            betrokkenheid << object.betrokkenheid;
        betrokkenheid.removeDuplicates();
        return betrokkenheid.join(QStringLiteral(", "));
    }
    case GebruikerColumn:
        return m_gebruikers.value(actie.gebruiker, actie.gebruiker);
    case VerwerkingColumn:
        return actie.verwerkingNaam;
    case ActiviteitColumn:
        return actie.verwerkingsactiviteitUrl.isEmpty() ? actie.verwerkingsactiviteitId.toString(QUuid::WithoutBraces)
                                                        : actie.verwerkingsactiviteitUrl;
    case VertrouwelijkheidColumn:
        return vertrouwelijkheidCode(actie.vertrouwelijkheid);
    case BewaartermijnColumn:
        return actie.bewaartermijn;
    case SysteemColumn:
        return actie.systeem;
    default:
        return {};
    }
}

QVariant VerwerkingenModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Verwerkingsactie &actie = m_acties.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return shown(actie, index.column());
    case RawRole:
        return raw(actie, index.column());
    case Qt::ToolTipRole:
        // The key behind a name, and the ids behind a verwerking: what another log can be searched by.
        if (index.column() == GebruikerColumn)
            return actie.gebruiker;
        if (index.column() == VerwerkingColumn)
            return actie.verwerkingId.toString(QUuid::WithoutBraces);
        return {};
    default:
        return {};
    }
}

QVariant VerwerkingenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TijdstipColumn:
        return tr("Time");
    case ActieColumn:
        return tr("Actie");
    case HandelingColumn:
        return tr("Handeling");
    case BetrokkenheidColumn:
        return tr("Betrokkenheid");
    case GebruikerColumn:
        return tr("Gebruiker");
    case VerwerkingColumn:
        return tr("Verwerking");
    case ActiviteitColumn:
        return tr("Verwerkingsactiviteit");
    case VertrouwelijkheidColumn:
        return tr("Vertrouwelijkheid");
    case BewaartermijnColumn:
        return tr("Bewaartermijn");
    case SysteemColumn:
        return tr("Systeem");
    default:
        return {};
    }
}

} // namespace kcc::ui
