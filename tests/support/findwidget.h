#pragma once

// How a GUI test reaches a widget: by its objectName under a root, the way the keyboard audit
// and a screen reader see the form, instead of through an accessor that exists only for tests
// (issue 12, item 5). Header-only; the page helpers (mainwindowpage.h, zoekenpage.h, ...) build
// on it.

#include <QDebug>
#include <QObject>
#include <QString>

namespace kcc::test {

// The child of type T called `name` under `root`, or nullptr. A missing child is logged with its
// name, so the QVERIFY (or the crash) that follows is explained in the test output.
template<typename T>
T *findNamed(const QObject *root, const QString &name)
{
    T *found = root ? root->template findChild<T *>(name) : nullptr;
    if (!found) {
        qWarning().noquote() << "findNamed: no" << T::staticMetaObject.className() << "named" << name << "under"
                             << (root ? root->objectName() : QStringLiteral("(null)"));
    }
    return found;
}

} // namespace kcc::test
