// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace crmsync {

/*!
 * \brief One change the user made while the CRM may be out of reach, kept in StateDb's
 * outbox until it has been applied (docs/offline.md; after Akonadi's ChangeRecorder,
 * reference/peers.md §4.1).
 *
 * An entry is never dropped: it ends as done (applied) or failed (the CRM refused the
 * data; kept with the reason so the user can fix and retry it).
 */
struct OutboxEntry
{
    enum class Op { Create, Edit };
    //! waiting: not tried yet; sending: a try is under way (a crash here means the CRM
    //! may or may not have it); deferred: the CRM was unreachable, tried again later;
    //! done: applied; failed: refused by the CRM (data error), kept.
    enum class State { Waiting, Sending, Deferred, Done, Failed };

    qint64 id = 0;
    QString profile;
    Op op = Op::Create;
    //! The record changed (edit), or the one created (create, once done).
    QString crmId;
    //! CRM API field name → value to write.
    QJsonObject fields;
    //! The values of \c fields the edit was based on, where known (three-way merge).
    QJsonObject base;
    //! The record's Modified_Time the edit was based on: sent as If-Unmodified-Since.
    QString baseVersion;
    State state = State::Waiting;
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;
    //! A UUID naming a create, so that a retried create can be recognised.
    QString clientRef;

    bool pending() const { return state == State::Waiting || state == State::Sending || state == State::Deferred; }

    static QString opName(Op op) { return op == Op::Create ? QStringLiteral("create") : QStringLiteral("edit"); }
    static std::optional<Op> opFromName(const QString &name)
    {
        if (name == QLatin1String("create"))
            return Op::Create;
        if (name == QLatin1String("edit"))
            return Op::Edit;
        return std::nullopt;
    }
    static QString stateName(State s)
    {
        switch (s) {
        case State::Waiting: return QStringLiteral("waiting");
        case State::Sending: return QStringLiteral("sending");
        case State::Deferred: return QStringLiteral("deferred");
        case State::Done: return QStringLiteral("done");
        case State::Failed: return QStringLiteral("failed");
        }
        return {};
    }
    static std::optional<State> stateFromName(const QString &name)
    {
        for (State s : {State::Waiting, State::Sending, State::Deferred, State::Done, State::Failed}) {
            if (stateName(s) == name)
                return s;
        }
        return std::nullopt;
    }

    friend bool operator==(const OutboxEntry &, const OutboxEntry &) = default;
};

} // namespace crmsync
