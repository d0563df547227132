#pragma once

#include "model/taken/takentypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kcc::ui {

// The ways to reach the klant for one task, in the order to use them (C2984): the betrokkene's
// one-off details first, then the partij's voorkeur, then the others, each with its source.
// "Copy" (button, Ctrl+C or Enter on the selected line) puts the address on the clipboard.
class TaakContactgegevensView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaakContactgegevensView)

public:
    explicit TaakContactgegevensView(QWidget *parent = nullptr);
    ~TaakContactgegevensView() override;

    void setContactgegevens(const QList<TaakContactgegeven> &contactgegevens);
    // The list itself, for the task pane's "Con&tact details" buddy and focus.
    QTreeWidget *list() const { return m_list; }
    // Copies the selected address; returns it (empty when nothing is selected).
    QString copySelected();

    static QString bronLabel(TaakContactgegeven::Bron bron);

signals:
    void copied(const QString &adres);

private:
    QTreeWidget *m_list;
    QPushButton *m_copy;
    QLabel *m_empty;
};

} // namespace kcc::ui
