// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace crmsync::cli {

//! Writes to stdout / stderr in UTF-8, whatever the console's locale.
void out(const QString &text);
void err(const QString &text);
void outJson(const QJsonObject &object);

} // namespace crmsync::cli
