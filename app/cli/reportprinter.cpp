// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportprinter.h"

#include "cli/cliio.h"

#include <QLocale>

namespace crmsync::cli {

QString ReportPrinter::statusText(SyncReport::Status status)
{
    switch (status) {
    case SyncReport::Status::Ok: return tr("synced");
    case SyncReport::Status::Errors: return tr("finished with errors");
    case SyncReport::Status::SafetyStop: return tr("stopped for safety");
    case SyncReport::Status::Offline: return tr("offline");
    case SyncReport::Status::AuthError: return tr("sign-in failed");
    }
    return {};
}

void ReportPrinter::print(const SyncReport &r)
{
    const QString prefix = r.dryRun ? tr("%1 (dry run): %2") : tr("%1: %2");
    out(prefix.arg(r.profile, statusText(r.status)));
    out(tr("  CRM:        %1 created, %2 updated, %3 deleted").arg(r.crm.created).arg(r.crm.updated).arg(r.crm.deleted));
    out(tr("  other side: %1 created, %2 updated, %3 deleted").arg(r.remote.created).arg(r.remote.updated).arg(r.remote.deleted));
    out(tr("  %1 conflicts resolved, %2 skipped, %3 requests, %4 s")
            .arg(r.conflicts).arg(r.skipped).arg(r.requests)
            .arg(QLocale().toString(double(r.durationMs) / 1000.0, 'f', 1)));
    if (!r.message.isEmpty())
        out(QStringLiteral("  ") + r.message);
    for (const ItemError &e : r.errors) {
        if (e.error.userMessage != r.message) // a run-level error is already the message above
            out(tr("  error: %1: %2").arg(e.item, e.error.userMessage));
    }
}

} // namespace crmsync::cli
