// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The offline copy the agenda tests read: a real StateDb with links whose base JSON is
// written here, around one fixed day (Tuesday 2026-03-10) seen from Tokyo (UTC+9).

#include "state/statedb.h"
#include "sync/syncprofile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace agendatest {

using namespace crmsync;

inline const QDate Day(2026, 3, 10);
inline QTimeZone tokyo() { return QTimeZone(QByteArrayLiteral("Asia/Tokyo")); }

inline QJsonObject event(const QString &title, const QString &start, const QString &end, bool allDay = false)
{
    QJsonObject f{{"Event_Title", title}, {"Start_DateTime", start}, {"End_DateTime", end}};
    if (allDay)
        f.insert("All_day", true);
    return f;
}

inline QJsonObject with(QJsonObject f, const QString &key, const QJsonValue &value)
{
    f.insert(key, value);
    return f;
}

inline QJsonObject task(const QString &subject, const QString &due, const QString &status)
{
    QJsonObject f{{"Subject", subject}, {"Status", status}, {"Priority", "High"}};
    if (!due.isEmpty())
        f.insert("Due_Date", due);
    return f;
}

inline QJsonObject contact(const QString &last, const QString &first, const QString &company, const QString &email,
                           const QString &companyKey = QStringLiteral("Account_Name"))
{
    QJsonObject f{{"Last_Name", last}, {"Email", email}, {"Phone", "03-1234-5678"}};
    if (!first.isEmpty())
        f.insert("First_Name", first);
    if (!company.isEmpty())
        f.insert(companyKey, company);
    return f;
}

inline QList<SyncProfile> profiles()
{
    QList<SyncProfile> out;
    const QList<QPair<QString, ModuleInfo::Module>> list{{"ev", ModuleInfo::Module::Events},
                                                          {"tk", ModuleInfo::Module::Tasks},
                                                          {"ct", ModuleInfo::Module::Contacts},
                                                          {"ld", ModuleInfo::Module::Leads}};
    for (const auto &[name, module] : list) {
        SyncProfile p;
        p.name = name;
        p.module = module;
        p.crmAccount = "zoho";
        p.remoteAccount = "folder";
        out << p;
    }
    return out;
}

//! Profile name → the bases of its links.
inline QMap<QString, QList<QJsonObject>> bases()
{
    QMap<QString, QList<QJsonObject>> b;
    b["ev"] = {
        with(event("Standup", "2026-03-10T00:30:00+00:00", "2026-03-10T00:45:00+00:00"), "Venue", "会議室A"),
        event("Lunch", "2026-03-10T03:00:00+00:00", "2026-03-10T04:00:00+00:00"),
        event("Holiday", "2026-03-10T00:00:00+00:00", "2026-03-11T00:00:00+00:00", true),
        event("Yesterday", "2026-03-09T01:00:00+00:00", "2026-03-09T02:00:00+00:00"),
        event("Tomorrow", "2026-03-11T01:00:00+00:00", "2026-03-11T02:00:00+00:00"),
        // 01:00 in Tokyo on the day, still the day before in UTC.
        event("Early call", "2026-03-09T16:00:00+00:00", "2026-03-09T16:30:00+00:00"),
        with(with(event("Weekly review", "2026-03-03T05:00:00+00:00", "2026-03-03T06:00:00+00:00"),
                  "Recurring_Activity", "FREQ=WEEKLY;BYDAY=TU"),
             "Remind_At", "2026-03-03T04:45:00+00:00"),
        // Zoho's UNTIL spelling (a date with dashes), ended before the day.
        with(event("Ended series", "2026-03-01T02:00:00+00:00", "2026-03-01T03:00:00+00:00"), "Recurring_Activity",
             "FREQ=DAILY;UNTIL=2026-03-05"),
        event("Conference", "2026-03-09T00:00:00+00:00", "2026-03-12T00:00:00+00:00", true),
        event("Yesterday all day", "2026-03-09T00:00:00+00:00", "2026-03-10T00:00:00+00:00", true),
    };
    b["tk"] = {
        task("Overdue report", "2026-03-01", "Not Started"), task("Call back", "2026-03-10", "In Progress"),
        task("Someday", "", "Not Started"),                  task("Done", "2026-03-08", "Completed"),
        task("Future", "2026-03-20", "Not Started"),         task("Older overdue", "2026-02-15", "Deferred"),
    };
    b["ct"] = {
        with(contact("山田", "太郎", "ACME株式会社", "taro.yamada@acme.co.jp"), "Last_Name_Kana", "ヤマダ"),
        contact("Doe", "Jane", "Acme Corp", "jane@example.com"),
        contact("Yamada", "Hanako", "Globex", "hanako@globex.example"),
        contact("Smith", "John", "", "john@smith.example"),
    };
    b["ld"] = {contact("佐藤", "花子", "ＡＣＭＥ商事", "sato@shoji.jp", "Company")};
    return b;
}

//! Writes the bases into a StateDb at \a path; false on any failure.
inline bool seed(const QString &path)
{
    auto db = StateDb::open(path);
    if (!db)
        return false;
    const auto all = bases();
    int n = 0;
    for (auto it = all.begin(); it != all.end(); ++it) {
        for (const QJsonObject &base : it.value()) {
            Link link;
            link.crmId = QString::number(5000 + ++n);
            link.crmVersion = "2026-03-01T00:00:00+00:00";
            link.remoteId = QStringLiteral("item-%1").arg(n);
            link.remoteVersion = "1";
            link.uid = link.remoteId;
            link.base = base;
            link.baseHash = Link::hashOf(base);
            link.syncedAt = QDateTime::currentDateTimeUtc();
            if (!db.value()->insertLink(it.key(), link))
                return false;
        }
    }
    return true;
}

//! A config file with the four profiles, a Zoho account at \a crmUrl and a folder.
inline QByteArray configJson(const QString &crmUrl, const QString &folder)
{
    QJsonArray profiles;
    for (const SyncProfile &p : agendatest::profiles()) {
        profiles.append(QJsonObject{{"name", p.name}, {"module", ModuleInfo::of(p.module).apiName()}, {"crm", "zoho"},
                                    {"remote", "folder"}, {"direction", "two-way"}, {"conflict", "crm-wins"}});
    }
    const QJsonObject accounts{
        {"zoho", QJsonObject{{"type", "zoho"}, {"accounts_url", crmUrl}, {"api_url", crmUrl}, {"client_id", "test-client"},
                             {"client_secret", "test-secret"},
                             {"refresh_token_command", QJsonArray{"printf", "%s", "test-refresh"}}}},
        {"folder", QJsonObject{{"type", "folder"}, {"path", folder}}}};
    return QJsonDocument(QJsonObject{{"accounts", accounts}, {"profiles", profiles}}).toJson();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace agendatest
