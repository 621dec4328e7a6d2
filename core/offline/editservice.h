// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editoutcome.h"
#include "config/config.h"
#include "model/moduleinfo.h"
#include "util/result.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace crmsync {

class ProfileRunner;

/*!
 * \brief The one path by which the user's creates and edits reach the CRM: record in the
 * outbox first (durable), then try to apply it at once (docs/offline.md).
 *
 * Used by `crmsync new/edit` and by the app's editors. It opens the state database and
 * the network on the thread it lives on, so the app moves it to a worker thread before
 * calling prepare(). One submit() per instance.
 */
class EditService : public QObject
{
    Q_OBJECT
public:
    EditService(Config config, QString stateDir, QObject *parent = nullptr);
    ~EditService() override;

    //! Opens the state database for \a profile; a Config error for an unknown profile.
    Status prepare(const QString &profile);
    /*!
     * Records \a fields (CRM API name → value in Zoho's request shape) as a new record
     * (\a crmId empty) or an edit of \a crmId, then replays the profile's outbox once.
     * finished() follows, always from the event loop.
     */
    void submit(const QString &crmId, const QJsonObject &fields);

    /*!
     * Canonical values (CanonicalValue, the offline copy's form) in Zoho's request shape
     * for \a module: Participants as e-mail participants, an all-day event as the local
     * midnight to 23:59 of its last day (reference/zoho-crm-api.md §3.2), Tasks' reminder
     * as an ALARM. \a utcOffsetSeconds is the user's offset for all-day dates.
     */
    static QJsonObject requestFields(ModuleInfo::Module module, const QJsonObject &canonical, int utcOffsetSeconds);

signals:
    void finished(const crmsync::EditOutcome &outcome);

private:
    void finish(qint64 entryId);
    void fail(const Error &error);

    Config m_config;
    QString m_stateDir;
    std::unique_ptr<ProfileRunner> m_runner;
    QString m_profile;
};

} // namespace crmsync
