// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QStringList>

namespace crmsync {

/*!
 * \brief Collects the problems found in one config file, each as
 * "<file>: <key path>: <message>", so a user sees all of them at once instead of fixing
 * one per run.
 */
class ConfigIssues
{
public:
    explicit ConfigIssues(QString sourceName) : m_sourceName(std::move(sourceName)) {}

    //! \a message is already translated; \a keyPath like "profiles[1].direction".
    void add(const QString &keyPath, const QString &message);
    //! A problem that belongs to the file as a whole (invalid JSON).
    void addGeneral(const QString &message);

    bool isEmpty() const { return m_messages.isEmpty(); }
    const QStringList &messages() const { return m_messages; }
    //! One Config error listing every message, one per line.
    Error toError() const;

private:
    QString m_sourceName;
    QStringList m_messages;
};

} // namespace crmsync
