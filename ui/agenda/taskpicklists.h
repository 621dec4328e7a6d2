// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace crmsync {

/*!
 * \brief Zoho's standard Tasks picklists (reference/zoho-crm-api.md §3.2): the values the
 * API stores, each with the label the user reads in the editor and the agenda.
 *
 * An org may add values of its own; those have no label here and are shown as they are.
 */
class TaskPicklists
{
    Q_DECLARE_TR_FUNCTIONS(TaskPicklists)
public:
    using Choices = QList<QPair<QString, QString>>; // API value, label

    static Choices statuses();
    static Choices priorities();
    //! The label of \a value in \a choices, else \a value itself.
    static QString label(const Choices &choices, const QString &value);
};

} // namespace crmsync
