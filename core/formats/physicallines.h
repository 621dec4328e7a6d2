// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace crmsync {

/*!
 * \brief Walks text line by line without copying it: each line is a view into the data.
 *
 * The vCard and iCalendar readers used to split their input into a list of copied lines
 * first; a body of millions of empty lines then cost a hundred bytes of memory per byte
 * of input. A view per line keeps the memory of a read proportional to what it keeps.
 */
class PhysicalLines
{
public:
    struct Line
    {
        QByteArrayView content; //!< without the line break (LF or CRLF)
        QByteArrayView bytes;   //!< with it, exactly as in the source
        qsizetype end = 0;      //!< offset just past the line break: where the next line starts
    };

    explicit PhysicalLines(QByteArrayView data) : m_data(data) { }

    bool atEnd(qsizetype pos) const { return pos >= m_data.size(); }

    //! The line that starts at \a pos (which must not be at the end).
    Line at(qsizetype pos) const
    {
        const qsizetype nl = m_data.indexOf('\n', pos);
        Line l;
        l.end = nl < 0 ? m_data.size() : nl + 1;
        l.bytes = m_data.sliced(pos, l.end - pos);
        l.content = l.bytes;
        if (l.content.endsWith('\n'))
            l.content.chop(1);
        if (l.content.endsWith('\r'))
            l.content.chop(1);
        return l;
    }

private:
    QByteArrayView m_data;
};

} // namespace crmsync
