// Precompiled for the tests (see cmake/Precompiled.cmake): QtTest on top of what the layer's
// libraries use. QtTest reads QT_WIDGETS_LIB and QT_GUI_LIB, so each test layer has its own.
#pragma once
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
