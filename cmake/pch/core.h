// Precompiled for every target (see cmake/Precompiled.cmake): the Qt Core and standard headers that
// most sources include. Only stable system headers belong here, never a project header, so that an
// edit in the project never rebuilds a precompiled header.
#pragma once
#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>
#include <QVariant>
#include <vector>
