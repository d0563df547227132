#pragma once

#include "model/sync/synclog.h"

#include <QDialog>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kcc::ui {

class FieldMessage;
class MessageBanner;
class SyncLogModel;

// The beheerder's view of the sync log (issue 14, item 6): what the push and the pull did with each
// record, filtered by outcome, resource, text and period, a page at a time, newest first. Failures
// of the background sync land here and in the status bar, never in a popup.
class SyncLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncLogDialog)

public:
    static constexpr int pageSize = 100;

    explicit SyncLogDialog(SyncLog &log, QWidget *parent = nullptr);
    ~SyncLogDialog() override;

    // The menu action (Ctrl+Shift+O) that opens the log non-modally over `window`, or raises the one
    // already open; someone who is not a beheerder gets `refused` instead. Disabled without a log.
    static QAction *action(QWidget *window, SyncLog *log, bool beheerder, std::function<void()> refused);

    // Reads the first page for the filters as they are now.
    void showLines();

private:
    void showPage(int offset);
    // The filter from the fields; nullopt (with the messages at the fields) when a date is wrong.
    std::optional<SyncLogFilter> filter();

    SyncLog &m_log;
    SyncLogFilter m_shown;
    int m_totaal = 0;
    QComboBox *m_uitkomst;
    QComboBox *m_resource;
    QLineEdit *m_tekst;
    QLineEdit *m_van;
    FieldMessage *m_vanMessage;
    QLineEdit *m_tot;
    FieldMessage *m_totMessage;
    QPushButton *m_show;
    MessageBanner *m_banner;
    QLabel *m_count;
    QPushButton *m_previous;
    QPushButton *m_next;
    SyncLogModel *m_model;
    QTableView *m_view;
};

} // namespace kcc::ui
