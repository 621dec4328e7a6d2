// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"
#include "recordrenderer.h"
#include "recordstore.h"
#include "zohotime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace crmsandbox {

namespace {

struct Name
{
    const char *family;
    const char *given;
    const char *familyLatin;
    const char *givenLatin;
    const char *familyKana;
};

// Invented people; any resemblance is coincidence. Japanese names carry kana
// for the Phonetic_* custom fields, English ones leave them empty.
const Name People[] = {
    {"山田", "太郎", "yamada", "taro", "ヤマダ"}, {"佐藤", "花子", "sato", "hanako", "サトウ"},
    {"鈴木", "一郎", "suzuki", "ichiro", "スズキ"}, {"高橋", "美咲", "takahashi", "misaki", "タカハシ"},
    {"田中", "健太", "tanaka", "kenta", "タナカ"}, {"伊藤", "さくら", "ito", "sakura", "イトウ"},
    {"渡辺", "大輔", "watanabe", "daisuke", "ワタナベ"}, {"中村", "陽子", "nakamura", "yoko", "ナカムラ"},
    {"小林", "翔", "kobayashi", "sho", "コバヤシ"}, {"加藤", "由美", "kato", "yumi", "カトウ"},
    {"吉田", "誠", "yoshida", "makoto", "ヨシダ"}, {"山本", "愛", "yamamoto", "ai", "ヤマモト"},
    {"松本", "拓也", "matsumoto", "takuya", "マツモト"}, {"井上", "真由美", "inoue", "mayumi", "イノウエ"},
    {"木村", "隆", "kimura", "takashi", "キムラ"}, {"林", "千尋", "hayashi", "chihiro", "ハヤシ"},
    {"清水", "浩二", "shimizu", "koji", "シミズ"}, {"森", "彩", "mori", "aya", "モリ"},
    {"Smith", "John", "smith", "john", ""}, {"Johnson", "Emily", "johnson", "emily", ""},
    {"Brown", "Michael", "brown", "michael", ""}, {"Garcia", "Sofia", "garcia", "sofia", ""},
    {"Miller", "David", "miller", "david", ""}, {"Davis", "Olivia", "davis", "olivia", ""},
    {"Wilson", "James", "wilson", "james", ""}, {"Taylor", "Emma", "taylor", "emma", ""},
    {"Anderson", "Daniel", "anderson", "daniel", ""}, {"Thomas", "Grace", "thomas", "grace", ""},
};
constexpr int PeopleCount = int(sizeof(People) / sizeof(People[0]));

const char *const Companies[] = {"株式会社青空商事", "有限会社さくら製作所", "株式会社東京テクノロジー",
                                 "みなと物流株式会社", "株式会社北斗システムズ", "Acme Corporation",
                                 "Globex Ltd.", "Initech Inc.", "Northwind Traders", "Blue Harbor LLC"};
const char *const Domains[] = {"aozora.example.co.jp", "sakura-ss.example.jp", "tokyo-tech.example.co.jp",
                               "minato-logi.example.jp", "hokuto.example.co.jp", "acme.example.com",
                               "globex.example.com", "initech.example.com", "northwind.example.com",
                               "blueharbor.example.com"};
struct Address { const char *street; const char *city; const char *state; const char *zip; const char *country; };
const Address Addresses[] = {
    {"千代田区丸の内1-1-1", "千代田区", "東京都", "100-0005", "日本"},
    {"中央区銀座4-2-15", "中央区", "東京都", "104-0061", "日本"},
    {"北区梅田3-3-10", "大阪市", "大阪府", "530-0001", "日本"},
    {"中区栄2-8-12", "名古屋市", "愛知県", "460-0008", "日本"},
    {"中央区北五条西2-5", "札幌市", "北海道", "060-0005", "日本"},
    {"1200 Market Street", "San Francisco", "CA", "94102", "United States"},
    {"350 Fifth Avenue", "New York", "NY", "10118", "United States"},
    {"221 King Street West", "Toronto", "ON", "M5H 1K5", "Canada"},
};
constexpr int AddressCount = int(sizeof(Addresses) / sizeof(Addresses[0]));

QString s(const char *text) { return QString::fromUtf8(text); }

} // namespace

DemoData::DemoData(const SandboxConfig &config, RecordStore &store)
    : m_config(config)
    , m_store(store)
{
}

qint64 DemoData::add(const QString &module, QJsonObject fields, qint64 created)
{
    StoredRecord record;
    record.module = module;
    record.id = m_store.nextId();
    RecordRenderer::applyDerived(module, fields);
    record.fields = fields;
    record.created = created;
    record.modified = created;
    m_store.insertRecord(record);
    ++m_written;
    return record.id;
}

int DemoData::seedIfEmpty()
{
    // Idempotent: a data dir that has ever held records is left alone.
    if (m_store.totalCount() > 0 || !m_store.meta(QStringLiteral("demo_seeded")).isEmpty())
        return 0;
    m_store.begin();
    const qint64 now = m_store.nextStamp();
    seedContacts(now);
    seedLeads(now);
    seedVendors(now);
    seedTasks(now);
    seedEvents(now);
    m_store.setMeta(QStringLiteral("demo_seeded"), QString::number(now));
    m_store.commit();
    return m_written;
}

void DemoData::seedContacts(qint64 now)
{
    for (int i = 0; i < ContactCount; ++i) {
        const Name &p = People[i % PeopleCount];
        const int company = (i * 7) % 10;
        const Address &a = Addresses[company < 5 ? i % 5 : 5 + i % 3];
        const QString local = QStringLiteral("%1.%2%3").arg(s(p.givenLatin), s(p.familyLatin))
                                  .arg(i < PeopleCount ? QString() : QString::number(i / PeopleCount + 1));
        QJsonObject f{{QStringLiteral("First_Name"), s(p.given)},
                      {QStringLiteral("Last_Name"), s(p.family)},
                      {QStringLiteral("Email"), local + QLatin1Char('@') + s(Domains[company])},
                      {QStringLiteral("Phone"), company < 5 ? QStringLiteral("03-%1-%2").arg(5000 + i).arg(1000 + i * 13)
                                                            : QStringLiteral("+1 415 555 %1").arg(1000 + i)},
                      {QStringLiteral("Mobile"), company < 5 ? QStringLiteral("090-%1-%2").arg(1200 + i).arg(3400 + i * 7)
                                                             : QStringLiteral("+1 628 555 %1").arg(2000 + i)},
                      {QStringLiteral("Title"), i % 3 == 0 ? (company < 5 ? QStringLiteral("営業部長") : QStringLiteral("Sales Manager"))
                                                           : (company < 5 ? QStringLiteral("主任") : QStringLiteral("Account Executive"))},
                      {QStringLiteral("Department"), company < 5 ? QStringLiteral("営業部") : QStringLiteral("Sales")},
                      {QStringLiteral("Account_Name"), QJsonObject{{QStringLiteral("name"), s(Companies[company])}, {QStringLiteral("id"), QJsonValue()}}},
                      {QStringLiteral("Mailing_Street"), s(a.street)}, {QStringLiteral("Mailing_City"), s(a.city)},
                      {QStringLiteral("Mailing_State"), s(a.state)}, {QStringLiteral("Mailing_Zip"), s(a.zip)},
                      {QStringLiteral("Mailing_Country"), s(a.country)},
                      {QStringLiteral("Customer_Rank"), QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}.at(i % 3)},
                      {QStringLiteral("Lead_Source"), i % 2 ? QStringLiteral("Trade Show") : QStringLiteral("Employee Referral")}};
        if (*p.familyKana)
            f.insert(QStringLiteral("Phonetic_Last_Name"), s(p.familyKana));
        if (i % 5 == 0)
            f.insert(QStringLiteral("Date_of_Birth"), QDate(1970 + i % 30, 1 + i % 12, 1 + i % 28).toString(Qt::ISODate));
        const qint64 id = add(QStringLiteral("Contacts"), f, now - qint64(i + 1) * 86400 * 3);
        m_contactIds.append(id);
        m_contactNames.append(s(p.family) + QLatin1Char(' ') + s(p.given));
    }
}

void DemoData::seedLeads(qint64 now)
{
    const QStringList statuses = {QStringLiteral("Not Contacted"), QStringLiteral("Attempted to Contact"),
                                  QStringLiteral("Contacted"), QStringLiteral("Pre-Qualified")};
    for (int i = 0; i < LeadCount; ++i) {
        const Name &p = People[(i * 5 + 3) % PeopleCount];
        const int company = (i * 3 + 1) % 10;
        const Address &a = Addresses[i % AddressCount];
        add(QStringLiteral("Leads"),
            {{QStringLiteral("First_Name"), s(p.given)}, {QStringLiteral("Last_Name"), s(p.family)},
             {QStringLiteral("Company"), s(Companies[company])},
             {QStringLiteral("Email"), QStringLiteral("lead%1.%2@%3").arg(i + 1).arg(s(p.familyLatin), s(Domains[company]))},
             {QStringLiteral("Phone"), QStringLiteral("06-%1-%2").arg(6100 + i).arg(2200 + i * 11)},
             {QStringLiteral("Street"), s(a.street)}, {QStringLiteral("City"), s(a.city)},
             {QStringLiteral("State"), s(a.state)}, {QStringLiteral("Zip_Code"), s(a.zip)},
             {QStringLiteral("Country"), s(a.country)}, {QStringLiteral("Lead_Status"), statuses.at(i % 4)},
             {QStringLiteral("Lead_Source"), QStringLiteral("Web Download")}},
            now - qint64(i + 1) * 86400 * 2);
    }
}

void DemoData::seedVendors(qint64 now)
{
    const char *const names[] = {"株式会社丸の内印刷", "日本オフィス用品株式会社", "株式会社グリーン電力",
                                 "東都クリーンサービス", "株式会社みらい通信", "Pacific Paper Supply",
                                 "Contoso Hardware", "Fabrikam Logistics", "Litware Software", "Tailspin Catering"};
    for (int i = 0; i < VendorCount; ++i) {
        const Address &a = Addresses[i % AddressCount];
        const QString name = s(names[i % 10]) + (i < 10 ? QString() : QStringLiteral(" (%1)").arg(s(a.city)));
        add(QStringLiteral("Vendors"),
            {{QStringLiteral("Vendor_Name"), name},
             {QStringLiteral("Email"), QStringLiteral("orders%1@vendor%2.example.com").arg(i + 1).arg(i % 10)},
             {QStringLiteral("Phone"), QStringLiteral("03-%1-%2").arg(3300 + i).arg(4400 + i)},
             {QStringLiteral("Website"), QStringLiteral("https://vendor%1.example.com").arg(i % 10)},
             {QStringLiteral("Category"), i % 2 ? QStringLiteral("Office") : QStringLiteral("Services")},
             {QStringLiteral("Street"), s(a.street)}, {QStringLiteral("City"), s(a.city)},
             {QStringLiteral("State"), s(a.state)}, {QStringLiteral("Zip_Code"), s(a.zip)},
             {QStringLiteral("Country"), s(a.country)}},
            now - qint64(i + 1) * 86400 * 5);
    }
}

void DemoData::seedTasks(qint64 now)
{
    const QStringList subjects = {QStringLiteral("見積書を送付"), QStringLiteral("契約書の確認"),
                                  QStringLiteral("Follow up on proposal"), QStringLiteral("訪問日程の調整"),
                                  QStringLiteral("Prepare quarterly report"), QStringLiteral("請求書の発行")};
    const QStringList statuses = {QStringLiteral("Not Started"), QStringLiteral("In Progress"),
                                  QStringLiteral("Completed"), QStringLiteral("Deferred"), QStringLiteral("Waiting for input")};
    const QStringList priorities = {QStringLiteral("High"), QStringLiteral("Normal"), QStringLiteral("Low")};
    const QDate today = QDateTime::fromSecsSinceEpoch(now, QTimeZone(m_config.utcOffsetSecs)).date();
    for (int i = 0; i < TaskCount; ++i) {
        const int contact = (i * 3) % m_contactIds.size();
        add(QStringLiteral("Tasks"),
            {{QStringLiteral("Subject"), QStringLiteral("%1 (%2)").arg(subjects.at(i % subjects.size()), m_contactNames.at(contact))},
             {QStringLiteral("Due_Date"), today.addDays(i - 10).toString(Qt::ISODate)},
             {QStringLiteral("Status"), statuses.at(i % statuses.size())},
             {QStringLiteral("Priority"), priorities.at(i % priorities.size())},
             {QStringLiteral("Who_Id"), QJsonObject{{QStringLiteral("name"), m_contactNames.at(contact)},
                                                    {QStringLiteral("id"), QString::number(m_contactIds.at(contact))}}},
             {QStringLiteral("Description"), QStringLiteral("Demo task %1").arg(i + 1)}},
            now - qint64(30 - i) * 3600 * 6);
    }
}

void DemoData::seedEvents(qint64 now)
{
    const QStringList titles = {QStringLiteral("定例ミーティング"), QStringLiteral("Product demo"),
                                QStringLiteral("商談"), QStringLiteral("Lunch with client"),
                                QStringLiteral("展示会"), QStringLiteral("Contract review")};
    const QStringList venues = {QStringLiteral("本社 会議室A"), QStringLiteral("Zoom"),
                                QStringLiteral("大阪支店"), QStringLiteral("Client office")};
    const QTimeZone zone(m_config.utcOffsetSecs);
    const QDate today = QDateTime::fromSecsSinceEpoch(now, zone).date();
    for (int i = 0; i < EventCount; ++i) {
        const QDate day = today.addDays(i - 12);
        const bool allDay = i % 7 == 4;
        const QDateTime start = allDay ? QDateTime(day, QTime(0, 0), zone) : QDateTime(day, QTime(9 + i % 8, i % 2 ? 30 : 0), zone);
        const QDateTime end = allDay ? QDateTime(day, QTime(23, 59), zone) : start.addSecs(3600);
        const int contact = (i * 5) % m_contactIds.size();
        add(QStringLiteral("Events"),
            {{QStringLiteral("Event_Title"), titles.at(i % titles.size())},
             {QStringLiteral("Start_DateTime"), ZohoTime::format(start.toSecsSinceEpoch(), m_config.utcOffsetSecs)},
             {QStringLiteral("End_DateTime"), ZohoTime::format(end.toSecsSinceEpoch(), m_config.utcOffsetSecs)},
             {QStringLiteral("All_day"), allDay},
             {QStringLiteral("Venue"), venues.at(i % venues.size())},
             {QStringLiteral("Meeting_Venue__s"), i % 4 == 1 ? QStringLiteral("Online") : QStringLiteral("In-office")},
             {QStringLiteral("Participants"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("contact")},
                                                                     {QStringLiteral("participant"), QString::number(m_contactIds.at(contact))},
                                                                     {QStringLiteral("name"), m_contactNames.at(contact)}}}},
             {QStringLiteral("Description"), QStringLiteral("Demo event %1").arg(i + 1)}},
            now - qint64(30 - i) * 3600 * 4);
    }
}

} // namespace crmsandbox
