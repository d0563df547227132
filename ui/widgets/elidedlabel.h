#pragma once

#include <QLabel>
#include <QString>

namespace kcc::ui {

// One line of plain text that never asks for more room than it gets: too long, it ends in "…" and
// the whole text is its tooltip. For status lines beside fixed-width neighbours (the status bar's
// messages next to its counts at 1366 px).
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    ~ElidedLabel() override;

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    bool isElided() const;

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace kcc::ui
