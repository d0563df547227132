#pragma once

// Counts every key the medewerker presses, for the keyboard-only GUI tests that report how many
// keystrokes a scenario takes (issue 10). A key with modifiers (Alt+3, Ctrl+Enter) counts as one.
// Header-only.

#include <QApplication>
#include <QString>
#include <QtTest>
#include <QWidget>

namespace kcc::test {

struct KeyCounter
{
    int keys = 0;
    int typed = 0; // of `keys`, the characters of text typed (names, questions); the rest steer
    static QWidget *focus() { return QApplication::focusWidget(); }
    // Types `text` into the focused widget, one key per character.
    void type(const QString &text)
    {
        QTest::keyClicks(focus(), text);
        keys += int(text.size());
        typed += int(text.size());
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focus(), key, modifiers);
        ++keys;
    }
};

} // namespace kcc::test
