#pragma once

#include "model/privacy/verwerkingsactie.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace kcc::ui {

// The verwerkingenlog about one person as the privacy officer reads it: one row per entry, oldest
// first. The raw value (a QDateTime, a code) is under RawRole for sorting and tests.
class VerwerkingenModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerwerkingenModel)

public:
    enum Column
    {
        TijdstipColumn,
        ActieColumn,
        HandelingColumn,
        BetrokkenheidColumn,
        GebruikerColumn,
        VerwerkingColumn,
        ActiviteitColumn,
        VertrouwelijkheidColumn,
        BewaartermijnColumn,
        SysteemColumn,
        ColumnCount
    };
    enum Role
    {
        RawRole = Qt::UserRole + 1
    };

    explicit VerwerkingenModel(QObject *parent = nullptr);
    ~VerwerkingenModel() override;

    // `gebruikers`: the medewerkers' names by their key in the log (the actor's uuid); a key not
    // in it is shown as it is.
    void setVerwerkingen(const QList<Verwerkingsactie> &acties, const QHash<QString, QString> &gebruikers);
    void clear();
    const QList<Verwerkingsactie> &verwerkingen() const { return m_acties; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant raw(const Verwerkingsactie &actie, int column) const;
    QString shown(const Verwerkingsactie &actie, int column) const;

    QList<Verwerkingsactie> m_acties;
    QHash<QString, QString> m_gebruikers;
};

} // namespace kcc::ui
