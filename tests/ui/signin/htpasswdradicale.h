// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

/*!
 * \brief A Radicale 3.1.8 on a free loopback port that checks passwords (htpasswd, plain),
 * with one address book and one calendar for user(), so a wrong password gets a 401.
 * (tests/support's DavServerProcess runs Radicale with auth "none".)
 */
class HtpasswdRadicale
{
public:
    HtpasswdRadicale() = default;
    ~HtpasswdRadicale();

    bool start();
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port)); }
    QString username() const { return QStringLiteral("user"); }
    QString password() const { return QStringLiteral("right-password"); }
    QString errorString() const { return m_error; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};
