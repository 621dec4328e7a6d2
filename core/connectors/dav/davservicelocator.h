// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "davdnsresolver.h"
#include "util/job.h"

#include <QList>
#include <QPointer>
#include <QUrl>

#include <optional>

namespace crmsync {

/*!
 * \brief Turns an e-mail address or a bare domain into the URLs where CalDAV and CardDAV
 * discovery should start (RFC 6764; reference/protocols.md §4.1).
 *
 * For each service: DNS SRV _caldavs._tcp / _carddavs._tcp with its TXT "path=" (RFC 6764
 * §3, §4), then https://domain/.well-known/caldav|carddav (§5). The non-TLS records
 * (_caldav._tcp, _carddav._tcp) are looked up too, but only targets on loopback are kept:
 * HttpJob sends nothing in clear text elsewhere. A single "." target means the domain
 * does not offer the service (RFC 2782), so its well-known URL is not tried either.
 * A loopback "domain" (localhost:5232, 127.0.0.1:8080) skips DNS and gives the plain-http
 * well-known URLs. candidates() holds the URLs, best first.
 */
class DavServiceLocator : public Job
{
    Q_OBJECT
public:
    struct Address
    {
        QString user;   //!< the part before '@', empty for a bare domain
        QString host;
        int port = -1;
        bool loopback = false;
    };

    //! "user@example.com", "mailto:user@example.com", "example.com", "localhost:5232";
    //! nullopt for anything with a scheme ("https://…") or no host.
    static std::optional<Address> parseAddress(const QString &text);
    /*!
     * The URL a DavCollection carries for \a text: "mailto:<address>" for an address (a
     * bare "user@host:port" is no valid relative URL, so QUrl would drop it), else the URL.
     */
    static QUrl addressUrl(const QString &text);
    /*!
     * The URLs one service's SRV (+ TXT) answer points to, best first: lowest priority,
     * then highest weight (a fixed order in place of RFC 2782's weighted random pick, so
     * runs are repeatable). \a notOffered is set for the single "." target.
     */
    static QList<QUrl> urlsFromSrv(QList<DnsSrvRecord> records, const QList<QByteArray> &txt, bool tls,
                                   const QString &wellKnownPath, bool *notOffered = nullptr);

    //! \a resolver may be null: then the system resolver (DavQtDnsResolver) is used.
    DavServiceLocator(QString address, DavDnsResolver *resolver, QObject *parent = nullptr);
    void start() override;

    const QList<QUrl> &candidates() const { return m_candidates; }
    const Address &address() const { return m_parsed; }

private:
    struct Answers
    {
        QList<DnsSrvRecord> tls, plain;
        QList<QByteArray> tlsTxt, plainTxt;
    };
    void lookedUp();

    QString m_address;
    Address m_parsed;
    QPointer<DavDnsResolver> m_resolver;
    Answers m_answers[2]; // caldav, carddav
    int m_pending = 0;
    QList<QUrl> m_candidates;
};

} // namespace crmsync
