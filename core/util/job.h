// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QObject>

namespace crmsync {

/*!
 * \brief One asynchronous operation (STYLE.md point 3, after KDAV's DavJobBase):
 * start() once, exactly one finished() later, error() tells how it went.
 *
 * Jobs never block and never spin a nested event loop; the caller owns the job and
 * deletes it (deleteLater) after finished().
 */
class Job : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    const Error &error() const { return m_error; }
    bool hasError() const { return m_error.isError(); }

signals:
    void finished(crmsync::Job *job);

protected:
    void setError(const Error &error) { m_error = error; }
    //! Emits finished() from the event loop, so a job that completes at once still
    //! reports after start() has returned.
    void emitResult();

private:
    Error m_error;
    bool m_done = false;
};

} // namespace crmsync
