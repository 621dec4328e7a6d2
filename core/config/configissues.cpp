// SPDX-License-Identifier: GPL-3.0-or-later
#include "configissues.h"

#include <QCoreApplication>

namespace crmsync {

void ConfigIssues::add(const QString &keyPath, const QString &message)
{
    //: %1 is the config file, %2 the key path (profiles[1].direction), %3 the problem
    m_messages << QCoreApplication::translate("ConfigLoader", "%1: %2: %3").arg(m_sourceName, keyPath, message);
}

void ConfigIssues::addGeneral(const QString &message)
{
    m_messages << QCoreApplication::translate("ConfigLoader", "%1: %2").arg(m_sourceName, message);
}

Error ConfigIssues::toError() const
{
    return Error::make(Error::Category::Config, m_messages.join(QLatin1Char('\n')));
}

} // namespace crmsync
