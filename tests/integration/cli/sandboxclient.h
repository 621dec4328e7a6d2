// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

/*!
 * \brief Plays "another CRM user" in tests: reads and edits records in crm-sandbox over
 * its Zoho API, like `curl` in the README's walkthrough. Waits with QSignalSpy (tests only).
 */
class SandboxClient
{
public:
    explicit SandboxClient(const QUrl &base);

    QJsonArray list(const QString &module, const QString &fields);
    //! Returns the new record ids in order.
    QStringList create(const QString &module, const QJsonArray &records);
    bool update(const QString &module, const QString &id, const QJsonObject &fields);
    bool remove(const QString &module, const QString &id);
    QJsonObject stats();

private:
    QByteArray call(const QByteArray &verb, const QString &path, const QByteArray &body = {}, int *status = nullptr);
    void ensureToken();

    QUrl m_base;
    QString m_token;
    QNetworkAccessManager m_nam;
};
