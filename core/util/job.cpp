// SPDX-License-Identifier: GPL-3.0-or-later
#include "job.h"

#include <QMetaObject>

namespace crmsync {

void Job::emitResult()
{
    if (m_done)
        return;
    m_done = true;
    QMetaObject::invokeMethod(this, [this] { emit finished(this); }, Qt::QueuedConnection);
}

} // namespace crmsync
