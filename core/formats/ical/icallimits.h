// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace crmsync {

/*!
 * \brief Checks a calendar object's text against ParseLimits before libical sees it.
 *
 * libical reads whatever it is given: a line of any length, any number of properties and
 * components nested as deep as the text says (its component tree is freed recursively).
 * One pass over the text, copying at most one unfolded line at a time, refuses what is
 * over a limit with an error naming the item, the line and the limit (docs/icalendar.md
 * "Limits").
 */
class ICalLimits
{
public:
    //! An error when \a raw is over a limit; \a what names the item in it.
    static std::optional<Error> check(QByteArrayView raw, const QString &what);
};

} // namespace crmsync
