// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "offline/editoutcome.h"

#include <QJsonObject>
#include <QObject>

namespace crmsync {

/*!
 * \brief Runs one EditService (outbox + replay) on its own worker thread and reports the
 * outcome on the GUI thread, so saving never blocks the window on disk or network.
 */
class EditSaver : public QObject
{
    Q_OBJECT
public:
    explicit EditSaver(QObject *parent = nullptr);

    //! \a request: CRM API field → value in Zoho's shape (EditService::requestFields);
    //! \a crmId empty for a new record. finished() follows once.
    void save(const Config &config, const QString &stateDir, const QString &profile, const QString &crmId,
              const QJsonObject &request);

    //! The sentence the user reads about \a outcome.
    static QString describe(const EditOutcome &outcome);

signals:
    void finished(const crmsync::EditOutcome &outcome);
};

} // namespace crmsync
