// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/plannerinput.h"
#include "sync/syncplan.h"

#include <QJsonObject>
#include <QStringList>

//! Small builders for planner inputs in the planner's scenario tests.
namespace crmsync::test {

SideItem item(const QString &id, const QJsonObject &fields, const QString &uid = {});
QJsonObject contact(const QString &last, const QString &first, const QString &email = {});
QJsonObject eventItem(const QString &title, const QString &start);
//! An input for \a module with the default field map and now = 2026-03-15 12:00 UTC.
PlannerInput input(ModuleInfo::Module module);
void addCrm(PlannerInput &in, const SideItem &i);
void addRemote(PlannerInput &in, const SideItem &i);
PairLink link(const QString &crmId, const QString &remoteId, const QJsonObject &base);
//! One line per pair, error and total, enough to compare whole plans.
QStringList describe(const SyncPlan &plan);

} // namespace crmsync::test
