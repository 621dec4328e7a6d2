// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/item.h"
#include "model/itemerror.h"
#include "util/job.h"

#include <QList>

namespace crmsync {

//! Fetches items by id. Ids that no longer exist are listed in missing().
class FetchJob : public Job
{
    Q_OBJECT
public:
    using Job::Job;
    const QList<Item> &items() const { return m_items; }
    const QStringList &missing() const { return m_missing; }
    const QList<ItemError> &itemErrors() const { return m_itemErrors; }

protected:
    QList<Item> m_items;
    QStringList m_missing;
    QList<ItemError> m_itemErrors;
};

} // namespace crmsync
