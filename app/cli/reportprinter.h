// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncreport.h"

#include <QCoreApplication>

namespace crmsync::cli {

//! Prints a run report as a few human-readable, translated lines.
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)
public:
    static void print(const SyncReport &report);
    static QString statusText(SyncReport::Status status);
};

} // namespace crmsync::cli
