#pragma once

// The work-queue GUI tests' fixture: TakenData (accounts, afdelingen, Carl, tasks on a real
// SQLite database) plus the call flow context a window over it gets, as app/ wires it.

#include "app/werkplek/callflowwiring.h"
#include "tests/support/takendata.h"
#include "ui/callflow/callflowcontext.h"

#include <QDir>
#include <QString>
#include <QWidget>

namespace kcc::test {

// For looking at the layout: with KCC_SCREENSHOT_DIR set, saves the widget as <name>.png there.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KCC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

class TakenFixture : public TakenData
{
public:
    ui::CallFlowContext context(const SignedInActor &user)
    {
        ui::CallFlowContext c = app::callFlowContext(services, nullptr);
        c.user = user;
        return c;
    }
};

} // namespace kcc::test
