#pragma once

#include <QStatusBar>
#include <QString>

class QLabel;

namespace kcc::ui {

// The main window's status bar: which database is open (with an unmistakable DEMO badge on demo
// data) and how many partijen and klantcontacten it holds. Transient messages use the left side.
class MainStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainStatusBar)

public:
    explicit MainStatusBar(QWidget *parent = nullptr);
    ~MainStatusBar() override;

    void setDatabase(const QString &path, bool demo);
    void setCounts(qint64 partijen, qint64 klantcontacten);
    // The referentienummers of the last registration stay in view (selectable) until the next.
    void setLastRegistration(const QStringList &referentienummers);
    QString lastRegistration() const;

private:
    QLabel *m_demoBadge;
    QLabel *m_database;
    QLabel *m_counts;
    QLabel *m_lastRegistration;
    QString m_lastNumbers;
};

} // namespace kcc::ui
