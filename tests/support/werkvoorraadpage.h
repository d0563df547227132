#pragma once

// The filter widgets of the Werkvoorraad tab (ui/taken/werkvoorraadwidget.h) for the GUI tests,
// found by objectName as a user's tools would: the widget itself offers no getters for them.

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QTabBar>
#include <QTimer>
#include <QtTest>
#include <QWidget>

namespace kcc::test {

class WerkvoorraadPage
{
public:
    explicit WerkvoorraadPage(QWidget *werkvoorraad)
        : m_widget(werkvoorraad)
    {
    }

    QTabBar *viewBar() const { return child<QTabBar>("werkvoorraadViews"); }
    QComboBox *afdelingCombo() const { return child<QComboBox>("afdelingCombo"); }
    QComboBox *handelingCombo() const { return child<QComboBox>("handelingFilter"); }
    QComboBox *kanaalCombo() const { return child<QComboBox>("kanaalFilter"); }
    QCheckBox *teLaatBox() const { return child<QCheckBox>("teLaatFilter"); }
    QComboBox *sortCombo() const { return child<QComboBox>("sortCombo"); }
    QPushButton *pakOpButton() const { return child<QPushButton>("pakOpButton"); }
    QTimer *refreshTimer() const { return child<QTimer>("werkvoorraadTimer"); }

private:
    // A missing widget fails the test here, by name, rather than crashing it further on.
    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_widget->findChild<T *>(QLatin1String(name));
        if (!found)
            QTest::qFail(qPrintable(QStringLiteral("no %1 in the Werkvoorraad tab").arg(QLatin1String(name))), __FILE__,
                         __LINE__);
        return found;
    }

    QWidget *m_widget;
};

} // namespace kcc::test
