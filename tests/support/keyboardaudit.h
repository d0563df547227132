#pragma once

// Generic keyboard checks for any screen (issue 10): which widgets a Tab reaches and in which
// order, whether that order follows what the eye reads, and which Alt-mnemonics are visible
// together. Header-only; used by the keyboard and layout GUI tests.

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QShortcut>
#include <QStringList>
#include <QTabBar>
#include <QTest>
#include <QToolButton>
#include <QWidget>

namespace kcc::test {

struct KeyboardAudit
{
    // The widgets a Tab can stop at inside `root`: shown, enabled, accepting Tab focus. The inner
    // line edit of a combo box or spin box is part of its owner (focus lands on the owner).
    static QList<QWidget *> tabStops(QWidget *root)
    {
        QList<QWidget *> stops;
        const QList<QWidget *> all = root->findChildren<QWidget *>();
        for (QWidget *w : all) {
            if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
                continue;
            if (qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue;
            stops.append(w);
        }
        return stops;
    }

    // Presses Tab (or Shift+Tab) `count` times from `start` and records where the focus lands.
    static QList<QWidget *> walk(QWidget *start, int count, bool backward = false)
    {
        start->setFocus(Qt::TabFocusReason);
        QList<QWidget *> seen{QApplication::focusWidget()};
        for (int i = 0; i < count; ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus)
                break;
            QTest::keyClick(focus, backward ? Qt::Key_Backtab : Qt::Key_Tab,
                            backward ? Qt::ShiftModifier : Qt::NoModifier);
            seen.append(QApplication::focusWidget());
        }
        return seen;
    }

    static QString describe(const QWidget *w)
    {
        if (!w)
            return QStringLiteral("(nothing)");
        QString text;
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            text = button->text();
        return QStringLiteral("%1[%2%3]")
            .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                 text.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(text));
    }

    // True when `a` comes before `b` when reading `root` top to bottom, left to right: a ends
    // above b, or the two share a line and a starts left of b.
    static bool readsBefore(QWidget *root, QWidget *a, QWidget *b)
    {
        const QRect ra(a->mapTo(root, QPoint(0, 0)), a->size());
        const QRect rb(b->mapTo(root, QPoint(0, 0)), b->size());
        if (ra.bottom() < rb.top() + 4)
            return true;
        if (rb.bottom() < ra.top() + 4)
            return false;
        return ra.left() < rb.left();
    }

    // The stop that comes first when reading `root`.
    static QWidget *firstStop(QWidget *root)
    {
        const QList<QWidget *> stops = tabStops(root);
        QWidget *first = stops.value(0);
        for (QWidget *w : stops) {
            if (readsBefore(root, w, first))
                first = w;
        }
        return first;
    }

    // The Tab order of `root` from its first stop: every stop reached, in reading order, before
    // the focus leaves `root`; Shift+Tab the same way back. Returns what is wrong (empty = fine).
    static QStringList tabOrderProblems(QWidget *root)
    {
        QStringList problems;
        const QList<QWidget *> stops = tabStops(root);
        QWidget *start = firstStop(root);
        if (!start)
            return problems;
        const QList<QWidget *> forward = walk(start, int(stops.size()) + 3);
        QList<QWidget *> inside;
        bool left = false;
        for (QWidget *w : forward) {
            const bool isInside = w && (w == root || root->isAncestorOf(w));
            if (!isInside) {
                left = true;
                continue;
            }
            if (left && !inside.contains(w))
                problems << QStringLiteral("Tab left the form before %1").arg(describe(w));
            if (inside.contains(w))
                break; // wrapped around
            inside.append(w);
        }
        for (QWidget *stop : stops) {
            if (!inside.contains(stop))
                problems << QStringLiteral("never reached by Tab: %1").arg(describe(stop));
        }
        for (qsizetype i = 1; i < inside.size(); ++i) {
            if (!readsBefore(root, inside.at(i - 1), inside.at(i)))
                problems << QStringLiteral("Tab goes back from %1 to %2")
                                .arg(describe(inside.at(i - 1)), describe(inside.at(i)));
        }
        // Shift+Tab from the last stop retraces the same path.
        if (!inside.isEmpty()) {
            const QList<QWidget *> backward = walk(inside.last(), int(inside.size()) - 1, true);
            QList<QWidget *> expected(inside.crbegin(), inside.crend());
            if (backward != expected) {
                QStringList got;
                for (QWidget *w : backward)
                    got << describe(w);
                problems << QStringLiteral("Shift+Tab does not retrace Tab: %1").arg(got.join(QStringLiteral(" → ")));
            }
        }
        return problems;
    }

    // Every Alt-key that does something in `window` as it is shown now: mnemonics of buttons,
    // buddied labels, group boxes, tab bars and menus, and Alt-shortcuts. Returns the clashes.
    static QStringList mnemonicClashes(QWidget *window)
    {
        QMap<QKeySequence, QStringList> owners;
        auto add = [&owners](const QString &text, const QString &owner) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty())
                owners[key].append(owner);
        };
        const QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible() || w->window() != window)
                continue;
            if (auto *tool = qobject_cast<QToolButton *>(w); tool && tool->defaultAction())
                continue; // a toolbar button shows its action's text without the mnemonic
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                add(button->text(), describe(w));
            else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                add(label->text(), QStringLiteral("label \"%1\"").arg(label->text()));
            else if (auto *group = qobject_cast<QGroupBox *>(w))
                add(group->title(), QStringLiteral("group \"%1\"").arg(group->title()));
            else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    if (tabs->isTabVisible(i))
                        add(tabs->tabText(i), QStringLiteral("tab \"%1\"").arg(tabs->tabText(i)));
                }
            } else if (auto *menuBar = qobject_cast<QMenuBar *>(w)) {
                const QList<QAction *> actions = menuBar->actions();
                for (QAction *a : actions) {
                    if (a->isVisible())
                        add(a->text(), QStringLiteral("menu \"%1\"").arg(a->text()));
                }
            }
        }
        const QList<QShortcut *> shortcuts = window->findChildren<QShortcut *>();
        for (QShortcut *s : shortcuts) {
            auto *parent = qobject_cast<QWidget *>(s->parent());
            if (!s->isEnabled() || (parent && !parent->isVisible()))
                continue;
            const QKeySequence key = s->key();
            if (key.count() == 1 && key[0].keyboardModifiers() == Qt::AltModifier)
                owners[key].append(QStringLiteral("shortcut %1").arg(key.toString()));
        }
        QStringList clashes;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            if (it.value().size() > 1)
                clashes << QStringLiteral("%1: %2").arg(it.key().toString(), it.value().join(QStringLiteral(", ")));
        }
        return clashes;
    }
};

} // namespace kcc::test
