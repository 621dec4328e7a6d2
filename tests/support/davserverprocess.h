// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

/*!
 * \brief Runs a real Radicale 3.1.8 or Xandikos 0.2.8 on a free loopback port for a test
 * (reference/protocols.md §4.4), with its data in a QTemporaryDir.
 *
 * Both offer one address book (addressBookUrl()) and one calendar (calendarUrl()).
 * Radicale's are created as folders in its storage before it starts (its "owner_only"
 * rights need a signed-in user named like the parent collection: username() "user",
 * any password, since auth is "none"); Xandikos makes its own with --defaults and has no
 * authentication at all. start() waits (≤ 15 s) until the port accepts connections.
 */
class DavServerProcess
{
public:
    enum class Server { Radicale, Xandikos };

    explicit DavServerProcess(Server server);
    ~DavServerProcess();
    DavServerProcess(const DavServerProcess &) = delete;
    DavServerProcess &operator=(const DavServerProcess &) = delete;

    //! "radicale" / "xandikos" → the server; nullopt-like false in \a ok otherwise.
    static Server fromName(const QString &name, bool *ok = nullptr);
    static QString nameOf(Server server);

    /*!
     * Radicale only: serve https with a self-signed certificate for 127.0.0.1 (CN and
     * subjectAltName IP), made now by openssl in the server's temporary directory, so no
     * key is ever committed. Call before start(); baseUrl() then says https.
     */
    bool useTls();
    bool usesTls() const { return m_tls; }
    //! The PEM certificate useTls() made.
    QString certificateFile() const;

    bool start();
    //! Kills the process by its PID and waits for it.
    void stop();
    //! Starts it again on the same port with the same storage (a server that was down).
    bool restart();

    Server server() const { return m_server; }
    QString name() const { return nameOf(m_server); }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QUrl addressBookUrl() const;
    QUrl calendarUrl() const;
    QString username() const { return QStringLiteral("user"); }
    QString password() const { return QStringLiteral("test-password"); }
    QString errorString() const { return m_error; }

private:
    QTemporaryDir m_dir;
    Server m_server;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    bool m_tls = false;
    QString m_error;
};
