// SPDX-License-Identifier: GPL-3.0-or-later
#include "davservicelocator.h"

#include "davqtdnsresolver.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace crmsync {

namespace {
const char *const kServices[2] = {"caldav", "carddav"};

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl urlOn(const QString &host, int port, bool tls, const QString &path)
{
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host);
    if (port > 0 && port != (tls ? 443 : 80))
        url.setPort(port);
    url.setPath(path);
    return url;
}
} // namespace

std::optional<DavServiceLocator::Address> DavServiceLocator::parseAddress(const QString &text)
{
    QString rest = text.trimmed();
    if (rest.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        rest = rest.mid(7);
    if (rest.contains(QLatin1String("://")) || rest.isEmpty())
        return std::nullopt;
    while (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);
    Address out;
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        out.user = rest.left(at);
        rest = rest.mid(at + 1);
    }
    // host, host:port, [v6]:port; nothing else (a path means the user gave a URL).
    static const QRegularExpression hostPort(QStringLiteral(R"(^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+)(?::(\d{1,5}))?$)"));
    const QRegularExpressionMatch m = hostPort.match(rest);
    // A ':' in the user part reads as "user:password@host": never an address to look up.
    if (!m.hasMatch() || (at >= 0 && (out.user.isEmpty() || out.user.contains(QLatin1Char(':')))))
        return std::nullopt;
    out.host = m.captured(1);
    if (out.host.startsWith(QLatin1Char('[')))
        out.host = out.host.mid(1, out.host.size() - 2);
    if (!m.captured(2).isEmpty())
        out.port = m.captured(2).toInt();
    if (out.port > 65535)
        return std::nullopt;
    out.loopback = isLoopbackHost(out.host);
    return out;
}

QUrl DavServiceLocator::addressUrl(const QString &text)
{
    if (!parseAddress(text))
        return QUrl(text);
    QString address = text.trimmed();
    if (!address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        address.prepend(QLatin1String("mailto:"));
    return QUrl(address);
}

QList<QUrl> DavServiceLocator::urlsFromSrv(QList<DnsSrvRecord> records, const QList<QByteArray> &txt, bool tls,
                                           const QString &wellKnownPath, bool *notOffered)
{
    if (notOffered)
        *notOffered = records.size() == 1 && (records.constFirst().target == QLatin1String(".")
                                              || records.constFirst().target.isEmpty());
    if (notOffered && *notOffered)
        return {};
    std::stable_sort(records.begin(), records.end(), [](const DnsSrvRecord &a, const DnsSrvRecord &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.weight > b.weight;
    });
    // RFC 6764 §4: a TXT "path=" names the context path; without one, the target's
    // well-known URL (§5) is where to start.
    QString path = wellKnownPath;
    for (const QByteArray &s : txt) {
        if (s.startsWith("path=") && s.size() > 5 && s.at(5) == '/') {
            path = QString::fromUtf8(s.mid(5));
            break;
        }
    }
    QList<QUrl> out;
    for (const DnsSrvRecord &r : std::as_const(records)) {
        QString host = r.target;
        while (host.endsWith(QLatin1Char('.')))
            host.chop(1);
        if (host.isEmpty() || r.port == 0)
            continue;
        const QUrl url = urlOn(host, r.port, tls, path);
        if (!out.contains(url))
            out.append(url);
    }
    return out;
}

DavServiceLocator::DavServiceLocator(QString address, DavDnsResolver *resolver, QObject *parent)
    : Job(parent), m_address(std::move(address)), m_resolver(resolver)
{
}

void DavServiceLocator::start()
{
    const std::optional<Address> parsed = parseAddress(m_address);
    if (!parsed) {
        setError(Error::make(Error::Category::Config,
                             tr("\"%1\" is neither an e-mail address nor a domain name.")
                                 .arg(m_address.section(QLatin1Char('@'), -1))));
        emitResult();
        return;
    }
    m_parsed = *parsed;
    if (m_parsed.loopback) {
        // Loopback names have no DNS records (RFC 6761 §6.3); test servers speak plain http.
        for (const char *service : kServices)
            m_candidates.append(urlOn(m_parsed.host, m_parsed.port, false,
                                      QStringLiteral("/.well-known/") + QLatin1String(service)));
        emitResult();
        return;
    }
    if (!m_resolver)
        m_resolver = new DavQtDnsResolver(this);
    m_pending = 8;
    for (int i = 0; i < 2; ++i) {
        for (const bool tls : {true, false}) {
            const QString name = QStringLiteral("_%1%2._tcp.%3")
                                     .arg(QLatin1String(kServices[i]), tls ? QStringLiteral("s") : QString(), m_parsed.host);
            Answers *a = &m_answers[i];
            // An injected resolver may answer after this job is gone.
            const QPointer<DavServiceLocator> self(this);
            m_resolver->lookupSrv(name, [self, a, tls](const QList<DnsSrvRecord> &records) {
                if (!self)
                    return;
                (tls ? a->tls : a->plain) = records;
                self->lookedUp();
            });
            m_resolver->lookupTxt(name, [self, a, tls](const QList<QByteArray> &strings) {
                if (!self)
                    return;
                (tls ? a->tlsTxt : a->plainTxt) = strings;
                self->lookedUp();
            });
        }
    }
}

void DavServiceLocator::lookedUp()
{
    if (--m_pending > 0)
        return;
    for (int i = 0; i < 2; ++i) {
        const QString wellKnown = QStringLiteral("/.well-known/") + QLatin1String(kServices[i]);
        bool notOffered = false;
        const Answers &a = m_answers[i];
        for (const QUrl &url : urlsFromSrv(a.tls, a.tlsTxt, true, wellKnown, &notOffered)) {
            if (!m_candidates.contains(url))
                m_candidates.append(url);
        }
        for (const QUrl &url : urlsFromSrv(a.plain, a.plainTxt, false, wellKnown)) {
            if (isLoopbackHost(url.host()) && !m_candidates.contains(url))
                m_candidates.append(url);
        }
        if (!notOffered)
            m_candidates.append(urlOn(m_parsed.host, m_parsed.port, true, wellKnown));
    }
    if (m_candidates.isEmpty()) {
        setError(Error::make(Error::Category::Config,
                             tr("%1 offers neither CalDAV nor CardDAV: its DNS SRV records say so (RFC 6764).")
                                 .arg(m_parsed.host)));
    }
    emitResult();
}

} // namespace crmsync
