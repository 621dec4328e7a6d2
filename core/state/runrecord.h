// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>

namespace crmsync {

//! \brief One finished sync run of a profile, with its JSON report (dashboard, `--json`).
struct RunRecord
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QJsonObject report;

    friend bool operator==(const RunRecord &, const RunRecord &) = default;
};

} // namespace crmsync
