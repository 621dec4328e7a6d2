// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskpicklists.h"

namespace crmsync {

TaskPicklists::Choices TaskPicklists::statuses()
{
    return {{QStringLiteral("Not Started"), tr("Not started")},
            {QStringLiteral("Deferred"), tr("Deferred")},
            {QStringLiteral("In Progress"), tr("In progress")},
            {QStringLiteral("Completed"), tr("Completed")},
            {QStringLiteral("Waiting for input"), tr("Waiting for input")}};
}

TaskPicklists::Choices TaskPicklists::priorities()
{
    return {{QStringLiteral("Highest"), tr("Highest")},
            {QStringLiteral("High"), tr("High")},
            {QStringLiteral("Normal"), tr("Normal")},
            {QStringLiteral("Low"), tr("Low")},
            {QStringLiteral("Lowest"), tr("Lowest")}};
}

QString TaskPicklists::label(const Choices &choices, const QString &value)
{
    for (const auto &[api, text] : choices) {
        if (api.compare(value, Qt::CaseInsensitive) == 0)
            return text;
    }
    return value;
}

} // namespace crmsync
