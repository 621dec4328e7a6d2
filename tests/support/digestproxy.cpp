// SPDX-License-Identifier: GPL-3.0-or-later
#include "digestproxy.h"
#include "httpforwarding.h"
#include "rawhttpserver.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>

namespace {

QByteArray randomToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 6);
    return bytes.toBase64();
}

//! The fields of "Digest a=b, c="d"" (quoted values unescaped).
QHash<QByteArray, QByteArray> digestFields(const QByteArray &header)
{
    QHash<QByteArray, QByteArray> out;
    static const QRegularExpression field(QStringLiteral(R"re((\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]+)))re"));
    const QString text = QString::fromLatin1(header.mid(header.indexOf(' ') + 1));
    auto it = field.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        QString value = m.captured(2).isNull() ? m.captured(3) : m.captured(2);
        value.replace(QRegularExpression(QStringLiteral(R"(\\(.))")), QStringLiteral("\\1"));
        out.insert(m.captured(1).toLower().toLatin1(), value.toLatin1());
    }
    return out;
}

QByteArray h(const QByteArray &algorithm, const QByteArray &data)
{
    const auto a = algorithm.compare("SHA-256", Qt::CaseInsensitive) == 0 ? QCryptographicHash::Sha256
                                                                            : QCryptographicHash::Md5;
    return QCryptographicHash::hash(data, a).toHex();
}

} // namespace

DigestProxy::DigestProxy(const QUrl &upstream, const QString &upstreamUser, const QByteArrayList &algorithms,
                         QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
    , m_upstreamUser(upstreamUser)
    , m_algorithms(algorithms)
    , m_opaque(randomToken())
    , m_nonce(randomToken())
    , m_server(new RawHttpServer([this](QTcpSocket *socket, const Request &request) { handle(socket, request); },
                                 this))
    , m_nam(new QNetworkAccessManager(this))
{
}

DigestProxy::~DigestProxy() = default;

void DigestProxy::setCredentials(const QByteArray &user, const QByteArray &password)
{
    m_user = user;
    m_password = password;
}

bool DigestProxy::listen()
{
    return m_server->listen();
}

QUrl DigestProxy::urlFor(const QUrl &upstreamUrl) const
{
    return m_server->urlFor(upstreamUrl);
}

void DigestProxy::expireNonce()
{
    m_staleNonces.append(m_nonce);
    m_nonce = randomToken();
}

void DigestProxy::handle(QTcpSocket *socket, const Request &request)
{
    ++m_requests;
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Basic ")) {
        ++m_basicSeen;
        challenge(socket, false);
        return;
    }
    if (!authorization.startsWith("Digest ")) {
        challenge(socket, false);
        return;
    }
    bool stale = false;
    const QString why = verify(request, authorization, &stale);
    if (!why.isEmpty()) {
        if (!stale)
            m_rejections.append(why);
        challenge(socket, stale);
        return;
    }
    ++m_accepted;
    forward(socket, request);
}

QString DigestProxy::verify(const Request &request, const QByteArray &authorization, bool *stale)
{
    const QHash<QByteArray, QByteArray> f = digestFields(authorization);
    const QByteArray algorithm = f.value("algorithm", "MD5");
    if (!m_algorithms.contains(algorithm))
        return QStringLiteral("algorithm %1 was not offered").arg(QString::fromLatin1(algorithm));
    if (m_staleNonces.contains(f.value("nonce"))) {
        *stale = true;
        return QStringLiteral("stale nonce");
    }
    if (f.value("nonce") != m_nonce)
        return QStringLiteral("unknown nonce");
    if (f.value("realm") != m_realm || f.value("opaque") != m_opaque)
        return QStringLiteral("realm or opaque changed");
    if (f.value("uri") != request.target)
        return QStringLiteral("uri %1 is not the request-target %2")
            .arg(QString::fromLatin1(f.value("uri")), QString::fromLatin1(request.target));
    if (f.value("qop") != "auth" || f.value("cnonce").isEmpty())
        return QStringLiteral("qop must be auth with a cnonce");
    bool ok = false;
    const quint32 nc = f.value("nc").toUInt(&ok, 16);
    if (!ok || f.value("nc").size() != 8 || nc <= m_lastNc.value(m_nonce))
        return QStringLiteral("nc %1 does not grow").arg(QString::fromLatin1(f.value("nc")));
    m_lastNc.insert(m_nonce, nc);
    if (f.value("username") != m_user)
        return QStringLiteral("unknown user");
    const QByteArray ha1 = h(algorithm, m_user + ':' + m_realm + ':' + m_password);
    const QByteArray ha2 = h(algorithm, request.method + ':' + request.target);
    const QByteArray expected =
        h(algorithm, ha1 + ':' + m_nonce + ':' + f.value("nc") + ':' + f.value("cnonce") + ":auth:" + ha2);
    if (f.value("response") != expected)
        return QStringLiteral("wrong response (wrong password?)");
    m_acceptedAlgorithms.append(algorithm);
    return {};
}

void DigestProxy::challenge(QTcpSocket *socket, bool stale)
{
    ++m_challenges;
    QByteArray out = "HTTP/1.1 401 Unauthorized\r\n";
    for (const QByteArray &algorithm : m_algorithms) {
        out += "WWW-Authenticate: Digest realm=\"" + m_realm + "\", qop=\"auth\", algorithm=" + algorithm
            + ", nonce=\"" + m_nonce + "\", opaque=\"" + m_opaque + "\"" + (stale ? ", stale=true" : "") + "\r\n";
    }
    out += "Content-Type: text/plain\r\nContent-Length: 12\r\n\r\nUnauthorized";
    socket->write(out);
}

void DigestProxy::forward(QTcpSocket *socket, const Request &request)
{
    QNetworkRequest upstream = HttpForwarding::upstreamRequest(request, m_upstream);
    upstream.setRawHeader("Authorization", HttpForwarding::basicAuthorization(m_upstreamUser));
    QPointer<QTcpSocket> client(socket);
    QNetworkReply *reply = m_nam->sendCustomRequest(upstream, request.method, request.body);
    connect(reply, &QNetworkReply::finished, this, [reply, client] {
        reply->deleteLater();
        if (!client)
            return;
        const QByteArray body = reply->readAll();
        QByteArray out = "HTTP/1.1 " + QByteArray::number(HttpForwarding::statusOf(*reply)) + " Proxied\r\n";
        for (const auto &hdr : HttpForwarding::endToEndHeaders(*reply))
            out += hdr.first + ": " + hdr.second + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        client->write(out);
    });
}
