// Precompiled for the GUI tests (see cmake/Precompiled.cmake): all of Qt Widgets and Qt Gui, since a
// GUI test reaches into many widget classes and each one parsed again costs more than a larger
// precompiled header.
#pragma once
#include "widgets.h"
#include <QtGui/QtGui>
#include <QtWidgets/QtWidgets>
