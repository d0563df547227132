#pragma once

#include <QWidget>

#include <initializer_list>

namespace kcc::ui {

// Sets the Tab order to the given reading order, whatever order the widgets were made in.
inline void setTabChain(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *next : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, next);
        previous = next;
    }
}

} // namespace kcc::ui
