// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsfingerprint.h"

#include <QCoreApplication>

namespace crmsync {

QString TlsFingerprint::format(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

Result<QByteArray> TlsFingerprint::parse(const QString &text)
{
    QString hex = text.trimmed();
    if (const qsizetype eq = hex.lastIndexOf(QLatin1Char('=')); eq >= 0)
        hex = hex.mid(eq + 1);
    hex.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    bool allHex = hex.size() == 64;
    for (const QChar c : hex)
        allHex = allHex && c.isLetterOrNumber() && c.toLatin1() != 0 && QByteArray("0123456789abcdefABCDEF").contains(c.toLatin1());
    if (!allHex) {
        return Error::make(Error::Category::Config,
                           QCoreApplication::translate("TlsFingerprint",
                                                       "\"%1\" is not a SHA-256 fingerprint: expected 32 pairs of "
                                                       "hex digits like \"AB:CD:…\".")
                               .arg(text));
    }
    return QByteArray::fromHex(hex.toLatin1());
}

} // namespace crmsync
