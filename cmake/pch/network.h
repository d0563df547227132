// Precompiled for targets that use Qt Network (see cmake/Precompiled.cmake).
#pragma once
#include "core.h"
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>
