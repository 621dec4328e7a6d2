// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsebodyguard.h"

#include <QNetworkReply>
#include <QTimer>

namespace crmsync {

ResponseBodyGuard::ResponseBodyGuard(QObject *parent)
    : QObject(parent)
{
}

qint64 ResponseBodyGuard::defaultMaxBodyBytes(ResponseKind kind)
{
    switch (kind) {
    case ResponseKind::Listing:
        return 64LL * 1024 * 1024;
    case ResponseKind::Items:
        return 32LL * 1024 * 1024;
    case ResponseKind::Token:
        return 64LL * 1024;
    case ResponseKind::Default:
        break;
    }
    return 32LL * 1024 * 1024;
}

void ResponseBodyGuard::setResponseKind(ResponseKind kind)
{
    m_kind = kind;
    m_maxBodyBytes = defaultMaxBodyBytes(kind);
}

QString ResponseBodyGuard::kindName() const
{
    switch (m_kind) {
    case ResponseKind::Listing:
        return tr("a listing");
    case ResponseKind::Items:
        return tr("items");
    case ResponseKind::Token:
        return tr("a sign-in token");
    case ResponseKind::Default:
        break;
    }
    return tr("an answer");
}

void ResponseBodyGuard::begin(QNetworkReply *reply, const QString &host, const QByteArray &method,
                              const QString &path, qint64 minBytesPerWindow, int rateWindowMs)
{
    m_reply = reply;
    m_host = host;
    m_method = method;
    m_path = path;
    m_minBytesPerWindow = minBytesPerWindow;
    m_rateWindowMs = rateWindowMs;
    m_body.clear();
    m_windowBytes = 0;
}

bool ResponseBodyGuard::acceptDeclaredLength(qint64 declared)
{
    // A declared size over the cap is refused before any of it is read.
    if (m_maxBodyBytes > 0 && declared > m_maxBodyBytes) {
        cutOff(Error());
        return false;
    }
    return true;
}

bool ResponseBodyGuard::acceptChunk(const QByteArray &chunk)
{
    m_windowBytes += chunk.size();
    if (m_maxBodyBytes > 0 && m_body.size() + chunk.size() > m_maxBodyBytes) {
        cutOff(Error());
        return false;
    }
    m_body += chunk;
    if (m_minBytesPerWindow > 0 && !m_rateTimer) {
        // From the first byte on; silence before it is the transfer timeout's business.
        m_rateTimer = new QTimer(this);
        connect(m_rateTimer, &QTimer::timeout, this, &ResponseBodyGuard::onRateCheck);
    }
    if (m_rateTimer && !m_rateTimer->isActive()) {
        m_windowBytes = chunk.size();
        m_rateTimer->start(m_rateWindowMs);
    }
    return true;
}

bool ResponseBodyGuard::acceptRest(const QByteArray &rest)
{
    if (m_maxBodyBytes > 0 && m_body.size() + rest.size() > m_maxBodyBytes) {
        cutOff(Error());
        return false;
    }
    m_body += rest;
    return true;
}

void ResponseBodyGuard::stop()
{
    if (m_rateTimer)
        m_rateTimer->stop();
}

void ResponseBodyGuard::onRateCheck()
{
    if (!m_reply || m_reply->isFinished()) {
        m_rateTimer->stop();
        return;
    }
    if (m_windowBytes < m_minBytesPerWindow) {
        Error e = Error::make(Error::Category::Server,
            tr("%1 sent its answer too slowly (less than %2 bytes in %3 seconds); the transfer was stopped.")
                .arg(m_host)
                .arg(m_minBytesPerWindow)
                .arg(m_rateWindowMs / 1000.0),
            QStringLiteral("%1 bytes in the last %2 ms, %3 in all").arg(m_windowBytes).arg(m_rateWindowMs).arg(m_body.size()));
        cutOff(e);
        emit tooSlow();
        return;
    }
    m_windowBytes = 0;
}

void ResponseBodyGuard::cutOff(const Error &error)
{
    m_error = error;
    if (!m_error.isError()) {
        const double mib = double(m_maxBodyBytes) / (1024.0 * 1024.0);
        m_error = Error::make(Error::Category::Server,
            tr("The answer from %1 is larger than %2 MiB, the limit for %3; the transfer was stopped.")
                .arg(m_host)
                .arg(mib, 0, 'g', 3)
                .arg(kindName()),
            QStringLiteral("%1 %2: more than %3 bytes").arg(QString::fromUtf8(m_method), m_path).arg(m_maxBodyBytes));
    }
    stop();
    m_body.clear();
    m_body.squeeze();
}

} // namespace crmsync
