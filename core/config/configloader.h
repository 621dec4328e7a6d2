// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace crmsync {

class ConfigIssues;
class ConfigObjectReader;

/*!
 * \brief Reads and writes the JSON config file that the CLI's --config takes and the app
 * keeps its profiles in (docs/configuration.md is the reference for every key).
 *
 * Strict on purpose: unknown keys, wrong types, unknown values and inline secrets are
 * errors, each naming the file and the key path ("config.json: profiles[1].direction:
 * …"), all of them in one Config error, so a typo never silently changes what syncs.
 */
class ConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)
public:
    //! Reads the file at \a path; relative folder paths resolve against its directory.
    static Result<Config> load(const QString &path);
    //! Parses \a json; \a sourceName names it in messages and its directory anchors
    //! relative folder paths.
    static Result<Config> parse(const QByteArray &json, const QString &sourceName);
    //! The config as JSON that parse() reads back to an equal Config (for the app and demo).
    static QByteArray toJson(const Config &config);

private:
    static void parseAccounts(ConfigObjectReader &root, const QString &baseDir, Config &config);
    static void parseProfiles(ConfigObjectReader &root, Config &config);
    static void checkProfileAccounts(const Config &config, const QStringList &profilePaths, ConfigIssues &issues);
};

} // namespace crmsync
