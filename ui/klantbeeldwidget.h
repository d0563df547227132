#pragma once

#include "model/callflow/callflowservices.h"

#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace kcc::ui {

// C4161: who is on the line, at a glance. Names, addresses, digitale adressen (voorkeur marked),
// identificatoren (BSN masked until asked), the last klantcontacten and open interne taken.
class KlantbeeldWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KlantbeeldWidget)

public:
    explicit KlantbeeldWidget(QWidget *parent = nullptr);
    ~KlantbeeldWidget() override;

    void setKlantbeeld(const Klantbeeld &klantbeeld);
    void clear();
    bool hasKlantbeeld() const { return m_klantbeeld.has_value(); }
    const std::optional<Klantbeeld> &klantbeeld() const { return m_klantbeeld; }
    QString text() const;
    QPushButton *showBsnButton() const { return m_showBsn; }

private:
    void render();

    std::optional<Klantbeeld> m_klantbeeld;
    bool m_bsnVisible = false;
    QTextBrowser *m_view;
    QPushButton *m_showBsn;
};

} // namespace kcc::ui
