// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/credentialscope.h"
#include "net/httpchallenge.h"

#include <optional>

namespace crmsync {

/*!
 * \brief What one login has learnt about how its server signs in: the last Digest
 * challenge and how often its nonce was used.
 *
 * Shared (std::shared_ptr) by every request of a collection, so after the first 401 the
 * next requests answer the remembered challenge at once instead of sending Basic and
 * paying a 401 round trip each time. The nonce count must grow with every use of a
 * nonce (RFC 7616 §3.4: servers may refuse a repeated nc as a replay). One thread only,
 * like the jobs that use it.
 *
 * It also holds the login's CredentialScope: the origin (or, during discovery, the
 * domain) its password belongs to; HttpJob sends the password nowhere else.
 */
class HttpAuthState
{
public:
    bool hasDigest() const { return m_digest.has_value(); }
    const HttpChallenge &digest() const { return *m_digest; }
    void setDigest(const HttpChallenge &challenge)
    {
        if (!m_digest || m_digest->param("nonce") != challenge.param("nonce"))
            m_nonceCount = 0;
        m_digest = challenge;
    }
    //! The nc for the next request with the remembered nonce: 1, 2, …
    quint32 nextNonceCount() { return ++m_nonceCount; }

    const CredentialScope &scope() const { return m_scope; }
    void setScope(const CredentialScope &scope) { m_scope = scope; }

private:
    std::optional<HttpChallenge> m_digest;
    quint32 m_nonceCount = 0;
    CredentialScope m_scope;
};

} // namespace crmsync
