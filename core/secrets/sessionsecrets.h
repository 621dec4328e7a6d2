// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace crmsync {

/*!
 * \brief Sign-ins kept for this process only ("Keep me signed in" unchecked), by the same
 * key as the keychain (CredentialStore::keyFor).
 *
 * Process-wide and thread-safe: the sign-in dialog writes on the GUI thread, the sync
 * thread reads. In memory only; nothing is ever written anywhere, and the process's end
 * forgets everything (ARCHITECTURE.md "Credentials and settings").
 */
class SessionSecrets
{
public:
    SessionSecrets() = delete;

    static void set(const QString &key, const QString &secret);
    //! The secret for \a key, or nullopt when this session has none.
    static std::optional<QString> value(const QString &key);
    static void remove(const QString &key);
    static void clear();
};

} // namespace crmsync
