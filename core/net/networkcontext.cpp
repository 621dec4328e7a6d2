// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkcontext.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QThreadStorage>

namespace crmsync {

NetworkContext::NetworkContext(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    if (!m_manager) {
        m_manager = new QNetworkAccessManager(this);
        m_ownsManager = true;
    }
}

NetworkContext::~NetworkContext() = default;

NetworkContext *NetworkContext::forCurrentThread()
{
    // QThreadStorage deletes the context when its thread ends.
    static QThreadStorage<NetworkContext *> storage;
    if (!storage.hasLocalData())
        storage.setLocalData(new NetworkContext);
    return storage.localData();
}

bool NetworkContext::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Status NetworkContext::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return Error::make(Error::Category::Config,
                           QCoreApplication::translate("HttpJob", "The address \"%1\" is not a valid web address.")
                               .arg(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
    }
    if (!url.userInfo().isEmpty()) {
        // QNetworkAccessManager would sign in with a user:password@ from the URL, past every
        // rule about where a password goes; the message never shows it.
        return Error::make(Error::Category::Config,
                           QCoreApplication::translate("HttpJob",
                                                       "The address %1 contains a user name or password; give the "
                                                       "user name in \"username\" and sign in instead.")
                               .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return success();
    if (scheme == QLatin1String("http") && isLoopback(url))
        return success();
    return Error::make(Error::Category::Config,
                       QCoreApplication::translate("HttpJob",
                                                   "Refusing to connect to %1 without encryption: only https "
                                                   "addresses are allowed (plain http only to this computer).")
                           .arg(url.host()));
}

} // namespace crmsync
