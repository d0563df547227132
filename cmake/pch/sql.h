// Precompiled for targets that use Qt Sql (see cmake/Precompiled.cmake).
#pragma once
#include "core.h"
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
