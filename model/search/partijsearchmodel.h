#pragma once

#include "model/lists/tablemodelroles.h"
#include "model/search/asyncpartijsearch.h"
#include "model/sync/openklantherkomst.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

namespace kcc {

// The results of the instant search box, read lazily from an AsyncPartijSearch: the first page as
// soon as the text is set, more pages on canFetchMore/fetchMore (scrolling). Pages arrive
// asynchronously; an answer for an older text is dropped. The best match is row 0. A partij that
// matches twice (say by phone and by name) is listed once, where it was found first.
class PartijSearchModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartijSearchModel)

public:
    enum Column
    {
        NaamColumn,
        SoortColumn,
        NummerColumn,
        GevondenViaColumn,
        LetOpColumn, // geheimhouding, inactief, eenmalig contactgegeven: in words
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        // bool: found through a digitaal adres a betrokkene gave once, not the partij's own.
        ViaBetrokkeneRole = Qt::UserRole + 100,
        // bool: the partij came from the municipality's Open Klant (issue 14).
        UitOpenKlantRole,
    };

    enum class State
    {
        Idle,      // no (or too short a) search text
        Searching, // waiting for the first page
        Ready,     // the first page is in; more may follow on fetchMore
        Failed,
    };
    Q_ENUM(State)

    static constexpr int firstPageSize = 30;
    static constexpr int pageSize = 100;
    // Fewer characters than this do not search (one letter matches half the municipality).
    static constexpr int minimumLength = 2;

    // `search` must outlive the model.
    explicit PartijSearchModel(AsyncPartijSearch *search, QObject *parent = nullptr);
    ~PartijSearchModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Marks the partijen that came from Open Klant ("Open Klant" under Attention); `herkomst` must
    // outlive the model. Null: no marks.
    void setHerkomst(OpenKlantHerkomst *herkomst) { m_herkomst = herkomst; }
    bool isUitOpenKlant(int row) const;

    // Starts a new search (the old results go at once); the same text again does nothing.
    void setQuery(const QString &text);
    // Searches the current text again (after the data changed).
    void reload();
    QString query() const { return m_text; }
    State state() const { return m_state; }
    // A page is on its way.
    bool isFetching() const { return m_ticket != 0; }
    bool atEnd() const { return m_atEnd; }
    const PartijFinderRow *rowAt(int row) const;
    QString lastError() const { return m_lastError; }

signals:
    // The first page of the current text is in (rowCount() may be 0).
    void searchFinished();
    void stateChanged(kcc::PartijSearchModel::State state);
    void fetchFailed(const QString &message);

private:
    void request(int limit);
    void receive(quint64 ticket, const Page<PartijFinderRow> &page);
    void fail(quint64 ticket, const QString &message);
    void setState(State state);
    QVariant displayValue(const PartijFinderRow &row, int column) const;
    QString letOp(const PartijFinderRow &row) const;
    QString toolTip(const PartijFinderRow &row) const;

    AsyncPartijSearch *m_search;
    QString m_text;
    QList<PartijFinderRow> m_rows;
    QSet<QUuid> m_seen;
    OpenKlantHerkomst *m_herkomst = nullptr;
    QSet<QUuid> m_uitOpenKlant;
    PageCursor m_cursor;
    quint64 m_ticket = 0; // the request in flight, 0 when none
    bool m_atEnd = true;
    State m_state = State::Idle;
    QString m_lastError;
};

} // namespace kcc
