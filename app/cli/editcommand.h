// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "offline/editservice.h"

#include <QJsonObject>

#include <memory>

namespace crmsync::cli {

/*!
 * \brief `crmsync new` and `crmsync edit`: record a create or an edit in the outbox
 * first, then try to apply it at once (docs/offline.md "CLI"), through EditService, the
 * same path the app's editors take.
 *
 * Exit codes: 0 applied, 4 queued because the CRM is unreachable, 1 refused by the CRM
 * (the entry is kept as failed), 2 usage or config, 3 sign-in failed.
 */
class EditCommand : public Command
{
    Q_OBJECT
public:
    //! \a create: `new` (a new record); otherwise `edit` (an existing one, --id).
    explicit EditCommand(bool create, QObject *parent = nullptr);
    int parse(const QStringList &arguments) override;
    void start() override;

private:
    void finish(const EditOutcome &outcome);

    bool m_create;
    std::unique_ptr<EditService> m_service;
    QString m_profile;
    QString m_crmId;
    QJsonObject m_fields;
    bool m_json = false;
};

} // namespace crmsync::cli
