#pragma once

#include <QWidget>

namespace kcc::ui {

// What a medewerker sees instead of a screen their roles do not allow (the Supervisor tab, Beheer):
// the refusal and why, so that a missing screen is never a silent mystery. The screen itself is
// not built at all.
class RefusedScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefusedScreen)

public:
    // `title` is short ("Only for supervisors"), `reason` says which role is missing and who gives it.
    RefusedScreen(const QString &title, const QString &reason, QWidget *parent = nullptr);
    ~RefusedScreen() override;
};

} // namespace kcc::ui
