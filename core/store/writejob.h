// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/writerequest.h"
#include "model/writeresult.h"
#include "util/job.h"

#include <QList>

namespace crmsync {

/*!
 * \brief Writes a batch. Every request gets a WriteResult with its tag, success or not;
 * error() is set only when the whole batch failed (offline, auth), in which case results
 * may be empty and nothing was written.
 */
class WriteJob : public Job
{
    Q_OBJECT
public:
    using Job::Job;
    const QList<WriteResult> &results() const { return m_results; }

protected:
    QList<WriteResult> m_results;
};

} // namespace crmsync
