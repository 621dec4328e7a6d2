// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/plaintext.h"

#include <QTextDocument>

namespace crmsync {

QString PlainText::toolTip(const QString &text)
{
    // "<p>…</p>" with every character escaped: rich text that shows exactly the input.
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString PlainText::notificationBody(const QString &text)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Qt hands the body to org.freedesktop.Notifications as it is; servers with the
    // "body-markup" capability parse it, including <img> and <a>.
    return text.toHtmlEscaped();
#else
    return text;
#endif
}

} // namespace crmsync
