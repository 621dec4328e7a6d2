// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QCommandLineParser;

namespace crmsync::cli {

/*!
 * \brief One `crmsync` subcommand: parse its arguments, then run on the event loop
 * and report an exit code (cli/exitcode.h) with done().
 */
class Command : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    //! Returns -1 to go on with start(), or the exit code to leave with (help, bad usage).
    virtual int parse(const QStringList &arguments) = 0;
    virtual void start() = 0;

signals:
    void done(int exitCode);

protected:
    //! Parses with --help handling; prints the error and returns 2 on bad usage.
    static int parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &usage);
};

} // namespace crmsync::cli
