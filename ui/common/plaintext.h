// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace crmsync {

/*!
 * \brief Shows text from a server or a file (Zoho messages, DAV errors, item names) exactly
 * as it is written, never interpreted as rich text.
 *
 * Labels and message boxes take Qt::PlainText directly. Tooltips cannot: Qt decides with
 * Qt::mightBeRichText() whether a tooltip is HTML, so a server message that starts with a
 * tag would be rendered, fetching `<img src=…>` and hiding the real message. toolTip()
 * turns any text into HTML that displays the original characters.
 */
class PlainText
{
public:
    //! \a text as a tooltip that shows it literally (line breaks kept); empty stays empty.
    static QString toolTip(const QString &text);
    //! \a text for a system notification body, which freedesktop.org notification servers
    //! may read as markup (Desktop Notifications Specification, "Markup"): escaped there.
    static QString notificationBody(const QString &text);
};

} // namespace crmsync
