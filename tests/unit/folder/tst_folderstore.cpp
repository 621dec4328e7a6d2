// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/folder/folderstore.h"
#include "connectors/folder/folderversion.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace crmsync;

namespace {

const QByteArray kCardA = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nN:A;Ann;;;\r\nEND:VCARD\r\n";
const QByteArray kCardB = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob\r\nN:B;Bob;;;\r\nEND:VCARD\r\n";

enum class Age { Fresh, Old, Future };

void writeRaw(const QString &path, const QByteArray &content)
{
    // In place (same inode), like an editor that does not save atomically.
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(f.errorString()));
    QCOMPARE(f.write(content), content.size());
}

void setMtime(const QString &path, const QDateTime &time)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(time, QFileDevice::FileModificationTime));
}

QDateTime mtimeOf(const QString &path)
{
    return QFileInfo(path).lastModified();
}

QDateTime timeFor(Age age)
{
    // Whole seconds so that file systems with coarse timestamps keep the value exactly.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch());
    switch (age) {
    case Age::Fresh: return now;
    case Age::Old: return now.addSecs(-3600);
    case Age::Future: return now.addSecs(3600); // always "racy"
    }
    return now;
}

//! Starts a job and waits for its single finished(), checking it did not finish inside start().
bool runJob(Job *job)
{
    QSignalSpy spy(job, &Job::finished);
    job->start();
    if (spy.count() != 0) {
        qWarning("job finished synchronously inside start()");
        return false;
    }
    if (!spy.wait(5000))
        return false;
    QTest::qWait(0);
    return spy.count() == 1;
}

ChangeSet list(FolderStore &store, const QHash<QString, QString> &known = {})
{
    std::unique_ptr<ListChangesJob> job(store.listChanges({}, known));
    if (!runJob(job.get()))
        return {};
    if (job->hasError())
        qWarning("%s", qPrintable(job->error().userMessage));
    return job->changes();
}

QList<WriteResult> write(FolderStore &store, const QList<WriteRequest> &requests)
{
    std::unique_ptr<WriteJob> job(store.write(requests));
    if (!runJob(job.get()))
        return {};
    return job->results();
}

QStringList ids(const QList<Item> &items)
{
    QStringList out;
    for (const Item &i : items)
        out << i.id;
    out.sort();
    return out;
}

WriteRequest request(WriteRequest::Op op, const QString &id, const QByteArray &raw,
                     const QString &expected = {}, int tag = 0)
{
    WriteRequest r;
    r.op = op;
    if (op == WriteRequest::Op::Create)
        r.suggestedId = id;
    else
        r.id = id;
    r.raw = raw;
    r.expectedVersion = expected;
    r.tag = tag;
    return r;
}

} // namespace

Q_DECLARE_METATYPE(Age)

class TestFolderStore : public QObject
{
    Q_OBJECT

private slots:
    void versionFormat();
    void listing_data();
    void listing();
    void changeDetection_data();
    void changeDetection();
    void racyVersionSettles();
    void deletes();
    void unreadableNotDeleted();
    void missingFolder_data();
    void missingFolder();
    void fetch();
    void createNames_data();
    void createNames();
    void createConflict();
    void updateStaleVersion();
    void updateMissingFile();
    void rewriteWithinOneMillisecond();
    void atomicWrite();
    void writeStorageError();
    void deleteItems();
    void invalidIds();
    void describesItself();
};

void TestFolderStore::versionFormat()
{
    const FolderVersion v(812, 1795331305123, FolderVersion::hashOf("x"), false);
    QCOMPARE(v.toString(), QStringLiteral("812-1795331305123-") + QString::fromLatin1(FolderVersion::hashOf("x")));
    const auto parsed = FolderVersion::parse(v.toString());
    QVERIFY(parsed);
    QCOMPARE(parsed->size(), 812);
    QCOMPARE(parsed->mtimeMs(), 1795331305123);
    QVERIFY(!parsed->isRacy());
    const FolderVersion racy(1, -5, FolderVersion::hashOf("y"), true);
    QVERIFY(FolderVersion::parse(racy.toString())->isRacy());
    QCOMPARE(FolderVersion::parse(racy.toString())->mtimeMs(), -5);
    QVERIFY(!FolderVersion::parse(QStringLiteral("12-34")));
    QVERIFY(!FolderVersion::parse(QStringLiteral("\"etag\"")));
}

void TestFolderStore::listing_data()
{
    QTest::addColumn<ModuleInfo::Module>("module");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("expected");

    using M = ModuleInfo::Module;
    QTest::newRow("vcards for contacts") << M::Contacts << QStringList{"a.vcf", "b.ics", "notes.txt"}
                                         << QStringList{"a.vcf"};
    QTest::newRow("ics for events") << M::Events << QStringList{"a.vcf", "b.ics"} << QStringList{"b.ics"};
    QTest::newRow("ics for tasks") << M::Tasks << QStringList{"t1.ics", "t2.ics"} << QStringList{"t1.ics", "t2.ics"};
    QTest::newRow("hidden and temporary skipped")
        << M::Contacts
        << QStringList{".hidden.vcf", ".#lock.vcf", "#auto.vcf", "backup.vcf~", "x.vcf.tmp", "y.tmp.vcf",
                       "a.vcf.Ab12Cd", "real.vcf"}
        << QStringList{"real.vcf", "y.tmp.vcf"};
    QTest::newRow("upper-case suffix") << M::Leads << QStringList{"CARD.VCF"} << QStringList{"CARD.VCF"};
    QTest::newRow("suffix alone is no item") << M::Vendors << QStringList{"vcf", "xvcf"} << QStringList{};
    QTest::newRow("empty folder") << M::Contacts << QStringList{} << QStringList{};
}

void TestFolderStore::listing()
{
    QFETCH(ModuleInfo::Module, module);
    QFETCH(QStringList, files);
    QFETCH(QStringList, expected);

    QTemporaryDir dir;
    for (const QString &name : files)
        writeRaw(dir.filePath(name), name.toUtf8() + "\n");
    FolderStore store(dir.path(), ModuleInfo::of(module));
    const ChangeSet cs = list(store);
    QCOMPARE(ids(cs.changed), expected);
    QVERIFY(cs.fullListing);
    QCOMPARE(cs.totalCount, expected.size());
    QVERIFY(cs.deleted.isEmpty());
    QVERIFY(cs.errors.isEmpty());
    for (const Item &item : cs.changed) {
        QCOMPARE(item.raw, item.id.toUtf8() + "\n");
        const auto v = FolderVersion::parse(item.version);
        QVERIFY2(v, qPrintable(item.version));
        QCOMPARE(v->size(), item.raw.size());
        QCOMPARE(v->hash(), FolderVersion::hashOf(item.raw));
        QCOMPARE(v->mtimeMs(), mtimeOf(dir.filePath(item.id)).toMSecsSinceEpoch());
        QCOMPARE(item.modified, mtimeOf(dir.filePath(item.id))); // for newest-wins
    }
}

void TestFolderStore::changeDetection_data()
{
    QTest::addColumn<Age>("age");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<qint64>("mtimeShiftMs"); // applied after the edit; 0 keeps the exact mtime
    QTest::addColumn<bool>("expectChanged");

    QByteArray sameSize = kCardA;
    sameSize.replace("Ann", "Amy");
    QCOMPARE(sameSize.size(), kCardA.size());

    QTest::newRow("unchanged, settled") << Age::Old << kCardA << qint64(0) << false;
    QTest::newRow("unchanged, racy") << Age::Future << kCardA << qint64(0) << false;
    QTest::newRow("other size") << Age::Old << kCardB + "NOTE:x\r\n" << qint64(0) << true;
    QTest::newRow("same size, new mtime") << Age::Old << sameSize << qint64(1000) << true;
    QTest::newRow("same size, same mtime, racy version") << Age::Future << sameSize << qint64(0) << true;
    QTest::newRow("touched only") << Age::Old << kCardA << qint64(1000) << true;
    // Documented limit (FolderVersion): a settled version trusts size + mtime. This row
    // also proves that unchanged files are not read.
    QTest::newRow("same size, mtime set back, settled") << Age::Old << sameSize << qint64(0) << false;
}

void TestFolderStore::changeDetection()
{
    QFETCH(Age, age);
    QFETCH(QByteArray, after);
    QFETCH(qint64, mtimeShiftMs);
    QFETCH(bool, expectChanged);

    QTemporaryDir dir;
    const QString path = dir.filePath("a.vcf");
    writeRaw(path, kCardA);
    setMtime(path, timeFor(age));
    const QDateTime before = mtimeOf(path);

    FolderStore store(dir.path(), ModuleInfo::of(ModuleInfo::Module::Contacts));
    const ChangeSet first = list(store);
    QCOMPARE(first.changed.size(), 1);
    const QString version = first.changed.first().version;
    QCOMPARE(FolderVersion::parse(version)->isRacy(), age != Age::Old);

    writeRaw(path, after);
    setMtime(path, before.addMSecs(mtimeShiftMs));

    const ChangeSet second = list(store, {{"a.vcf", version}});
    QCOMPARE(second.changed.size(), expectChanged ? 1 : 0);
    QVERIFY(second.deleted.isEmpty());
    QCOMPARE(second.totalCount, 1);
    if (expectChanged) {
        QCOMPARE(second.changed.first().raw, after);
        QVERIFY(second.changed.first().version != version);
    }
}

void TestFolderStore::racyVersionSettles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("a.vcf");
    writeRaw(path, kCardA);
    setMtime(path, timeFor(Age::Old));
    const FolderVersion racy(kCardA.size(), mtimeOf(path).toMSecsSinceEpoch(), FolderVersion::hashOf(kCardA), true);

    FolderStore store(dir.path(), ModuleInfo::of(ModuleInfo::Module::Contacts));
    const ChangeSet cs = list(store, {{"a.vcf", racy.toString()}});
    // Read again because the known version was racy; reported once with the settled version.
    QCOMPARE(cs.changed.size(), 1);
    const auto settled = FolderVersion::parse(cs.changed.first().version);
    QVERIFY(!settled->isRacy());
    QCOMPARE(settled->hash(), racy.hash());
    QCOMPARE(list(store, {{"a.vcf", cs.changed.first().version}}).changed.size(), 0);
}

void TestFolderStore::deletes()
{
    QTemporaryDir dir;
    writeRaw(dir.filePath("a.vcf"), kCardA);
    writeRaw(dir.filePath("b.vcf"), kCardB);
    FolderStore store(dir.path(), ModuleInfo::of(ModuleInfo::Module::Contacts));
    const ChangeSet first = list(store);
    QHash<QString, QString> known;
    for (const Item &i : first.changed)
        known.insert(i.id, i.version);
    known.insert("gone.vcf", "12-1700000000000-0123456789abcdef");
    QVERIFY(QFile::remove(dir.filePath("b.vcf")));

    const ChangeSet cs = list(store, known);
    QCOMPARE(cs.deleted, QStringList({"b.vcf", "gone.vcf"}));
    QCOMPARE(cs.totalCount, 1);
    QVERIFY(cs.errors.isEmpty());
}

void TestFolderStore::unreadableNotDeleted()
{
    // Tests run as root, which ignores permission bits: a directory and a dangling symlink
    // where item files should be are unreadable for anyone.
    QTemporaryDir dir;
    writeRaw(dir.filePath("a.vcf"), kCardA);
    QVERIFY(QDir(dir.path()).mkdir("b.vcf"));
    QVERIFY(QFile::link(dir.filePath("nowhere/x"), dir.filePath("c.vcf")));
    FolderStore store(dir.path(), ModuleInfo::of(ModuleInfo::Module::Contacts));
    const QString someVersion = QStringLiteral("10-1700000000000-0123456789abcdef");
    const ChangeSet cs = list(store, {{"b.vcf", someVersion}, {"c.vcf", someVersion}});

    QCOMPARE(ids(cs.changed), QStringList{"a.vcf"});
    QVERIFY2(cs.deleted.isEmpty(), qPrintable(cs.deleted.join(',')));
    QCOMPARE(cs.errors.size(), 2);
    QCOMPARE(cs.errors.at(0).item, QStringLiteral("b.vcf"));
    QCOMPARE(cs.errors.at(1).item, QStringLiteral("c.vcf"));
    for (const ItemError &e : cs.errors) {
        QCOMPARE(e.error.category, Error::Category::Storage);
        QVERIFY2(e.error.userMessage.contains(dir.filePath(e.item)), qPrintable(e.error.userMessage));
    }
    QCOMPARE(cs.totalCount, 3);
}

void TestFolderStore::missingFolder_data()
{
    QTest::addColumn<bool>("fileInstead");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("missing") << false << QStringLiteral("does not exist");
    QTest::newRow("a file where the folder should be") << true << QStringLiteral("is not a folder");
}

void TestFolderStore::missingFolder()
{
    QFETCH(bool, fileInstead);
    QFETCH(QString, expectedText);

    QTemporaryDir dir;
    const QString path = dir.filePath("contacts");
    if (fileInstead)
        writeRaw(path, "not a folder");
    FolderStore store(path, ModuleInfo::of(ModuleInfo::Module::Contacts));
    const QHash<QString, QString> known{{"a.vcf", "1-2-0123456789abcdef"}};

    std::unique_ptr<ListChangesJob> listJob(store.listChanges({}, known));
    std::unique_ptr<FetchJob> fetchJob(store.fetch({"a.vcf"}));
    std::unique_ptr<WriteJob> writeJob(store.write({request(WriteRequest::Op::Create, "a", kCardA)}));
    for (Job *job : {static_cast<Job *>(listJob.get()), static_cast<Job *>(fetchJob.get()),
                     static_cast<Job *>(writeJob.get())}) {
        QVERIFY(runJob(job));
        QCOMPARE(job->error().category, Error::Category::Storage);
        QVERIFY2(job->error().userMessage.contains(path), qPrintable(job->error().userMessage));
        QVERIFY2(job->error().userMessage.contains(expectedText), qPrintable(job->error().userMessage));
    }
    // Never "everything was deleted", never a created folder.
    QVERIFY(listJob->changes().deleted.isEmpty());
    QVERIFY(writeJob->results().isEmpty());
    QCOMPARE(QFileInfo(path).isDir(), false);
}

void TestFolderStore::fetch()
{
    QTemporaryDir dir;
    writeRaw(dir.filePath("a.vcf"), kCardA);
    QVERIFY(QDir(dir.path()).mkdir("b.vcf"));
    FolderStore store(dir.path(), ModuleInfo::of(ModuleInfo::Module::Contacts));
    std::unique_ptr<FetchJob> job(store.fetch({"a.vcf", "missing.vcf", "b.vcf", "../a.vcf"}));
    QVERIFY(runJob(job.get()));
    QVERIFY(!job->hasError());
    QCOMPARE(ids(job->items()), QStringList{"a.vcf"});
    QCOMPARE(job->items().first().raw, kCardA);
    QCOMPARE(FolderVersion::parse(job->items().first().version)->hash(), FolderVersion::hashOf(kCardA));
    QCOMPARE(job->missing(), QStringList{"missing.vcf"});
    QCOMPARE(job->itemErrors().size(), 2);
    QCOMPARE(job->itemErrors().at(0).item, QStringLiteral("b.vcf"));
    QCOMPARE(job->itemErrors().at(0).error.category, Error::Category::Storage);
    QCOMPARE(job->itemErrors().at(1).item, QStringLiteral("../a.vcf"));
    QCOMPARE(job->itemErrors().at(1).error.category, Error::Category::Data);
}

void TestFolderStore::createNames_data()
{
    QTest::addColumn<ModuleInfo::Module>("module");
    QTest::addColumn<QString>("suggested");
    QTest::addColumn<QString>("expected"); // a regular expression

    using M = ModuleInfo::Module;
    QTest::newRow("plain") << M::Contacts << "3f9a-uid" << "^3f9a-uid\\.vcf$";
    QTest::newRow("suffix kept") << M::Contacts << "abc.vcf" << "^abc\\.vcf$";
    QTest::newRow("suffix case") << M::Contacts << "abc.VCF" << "^abc\\.vcf$";
    QTest::newRow("spaces") << M::Leads << "John Doe" << "^John_Doe\\.vcf$";
    QTest::newRow("path traversal") << M::Contacts << "../etc/passwd" << "^___etc_passwd\\.vcf$";
    QTest::newRow("hidden") << M::Contacts << ".hidden" << "^_hidden\\.vcf$";
    QTest::newRow("non-ascii") << M::Vendors << "Müller" << "^M_ller\\.vcf$";
    QTest::newRow("event uid") << M::Events << "abc@example.com" << "^abc_example\\.com\\.ics$";
    QTest::newRow("empty gets a uuid") << M::Tasks << "" << "^[0-9a-f-]{36}\\.ics$";
    QTest::newRow("long name truncated") << M::Contacts << QString(300, 'x') << "^x{200}\\.vcf$";
}

void TestFolderStore::createNames()
{
    QFETCH(ModuleInfo::Module, module);
    QFETCH(QString, suggested);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    FolderStore store(dir.path(), ModuleInfo::of(module));
    const QList<WriteResult> results = write(store, {request(WriteRequest::Op::Create, suggested, kCardA, {}, 7)});
    QCOMPARE(results.size(), 1);
    const WriteResult &r = results.first();
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage));
    QCOMPARE(r.tag, 7);
    QVERIFY2(QRegularExpression(expected).match(r.id).hasMatch(), qPrintable(r.id));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{r.id});

    QFile f(dir.filePath(r.id));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), kCardA);
    QCOMPARE(r.raw, kCardA);
    // The write's version describes the file exactly as a listing sees it.
    const ChangeSet cs = list(store);
    QCOMPARE(cs.changed.size(), 1);
    const auto listed = FolderVersion::parse(cs.changed.first().version);
    const auto written = FolderVersion::parse(r.version);
    QVERIFY(written);
    QCOMPARE(written->hash(), listed->hash());
    QCOMPARE(written->size(), listed->size());
    QCOMPARE(written->mtimeMs(), listed->mtimeMs());
}

void TestFolderStore::createConflict()
{
    QTemporaryDir dir;
    writeRaw(dir.filePath("a.vcf"), kCardA);
    FolderStore store(dir.path(), ModuleInfo::of(ModuleInfo::Module::Contacts));
    const QList<WriteResult> results = write(store, {request(WriteRequest::Op::Create, "a", kCardB, {}, 1),
                                                     request(WriteRequest::Op::Create, "b", kCardB, {}, 2)});
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).tag, 1);
    QCOMPARE(results.at(0).error.category, Error::Category::Conflict);
    QVERIFY(results.at(0).error.userMessage.contains(dir.filePath("a.vcf")));
    QVERIFY2(results.at(1).ok(), qPrintable(results.at(1).error.userMessage));
    QCOMPARE(results.at(1).tag, 2);

    QFile f(dir.filePath("a.vcf"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), kCardA); // untouched
}

void TestFolderStore::updateStaleVersion()
{
    QTemporaryDir dir;
    FolderStore store(dir.path(), ModuleInfo::of(ModuleInfo::Module::Contacts));
    const WriteResult created = write(store, {request(WriteRequest::Op::Create, "a", kCardA)}).value(0);
    QVERIFY(created.ok());

    const QByteArray external = "BEGIN:VCARD\r\nFN:edited elsewhere\r\nEND:VCARD\r\n";
    writeRaw(dir.filePath("a.vcf"), external);

    WriteResult r = write(store, {request(WriteRequest::Op::Update, "a.vcf", kCardB, created.version)}).value(0);
    QCOMPARE(r.error.category, Error::Category::Conflict);
    QVERIFY(r.error.userMessage.contains(dir.filePath("a.vcf")));
    QFile f(dir.filePath("a.vcf"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), external);
    f.close();

    // With the version the file really has, the update goes through.
    const QString current = list(store).changed.value(0).version;
    r = write(store, {request(WriteRequest::Op::Update, "a.vcf", kCardB, current)}).value(0);
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), kCardB);
}

void TestFolderStore::updateMissingFile()
{
    QTemporaryDir dir;
    FolderStore store(dir.path(), ModuleInfo::of(ModuleInfo::Module::Contacts));
    const WriteResult r =
        write(store, {request(WriteRequest::Op::Update, "a.vcf", kCardB, "1-2-0123456789abcdef")}).value(0);
    QCOMPARE(r.error.category, Error::Category::Conflict);
    QVERIFY(!QFile::exists(dir.filePath("a.vcf")));
}

void TestFolderStore::rewriteWithinOneMillisecond()
{
    // Same size, written back to back: size and mtime may well be equal, the versions
    // must not be, and each update's precondition must accept the previous result.
    QTemporaryDir dir;
    FolderStore store(dir.path(), ModuleInfo::of(ModuleInfo::Module::Contacts));
    QStringList versions;
    WriteResult r = write(store, {request(WriteRequest::Op::Create, "a", "AAAA")}).value(0);
    QVERIFY(r.ok());
    versions << r.version;
    for (const QByteArray &content : {QByteArray("BBBB"), QByteArray("CCCC"), QByteArray("AAAA")}) {
        r = write(store, {request(WriteRequest::Op::Update, "a.vcf", content, versions.last())}).value(0);
        QVERIFY2(r.ok(), qPrintable(r.error.userMessage));
        versions << r.version;
    }
    QCOMPARE(versions.size(), 4);
    for (int i = 1; i < versions.size(); ++i)
        QVERIFY2(versions.at(i) != versions.at(i - 1), qPrintable(versions.at(i)));

    // A listing that knows the second version sees the change to the last one.
    const ChangeSet cs = list(store, {{"a.vcf", versions.at(1)}});
    QCOMPARE(cs.changed.size(), 1);
    QCOMPARE(cs.changed.first().raw, QByteArray("AAAA"));
}

void TestFolderStore::atomicWrite()
{
    QTemporaryDir dir;
    FolderStore store(dir.path(), ModuleInfo::of(ModuleInfo::Module::Contacts));
    const WriteResult created = write(store, {request(WriteRequest::Op::Create, "a", kCardA)}).value(0);
    QVERIFY(created.ok());
    const QString path = dir.filePath("a.vcf");

    // A reader that opened the old file keeps seeing it whole: the new content arrives by
    // rename, not by truncating and rewriting the file in place.
    QFile reader(path);
    QVERIFY(reader.open(QIODevice::ReadOnly));
    const WriteResult updated =
        write(store, {request(WriteRequest::Op::Update, "a.vcf", kCardB + kCardB, created.version)}).value(0);
    QVERIFY2(updated.ok(), qPrintable(updated.error.userMessage));
    QCOMPARE(reader.readAll(), kCardA);

    QFile now(path);
    QVERIFY(now.open(QIODevice::ReadOnly));
    QCOMPARE(now.readAll(), kCardB + kCardB);
    // No temporary files left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             QStringList{"a.vcf"});
}

void TestFolderStore::writeStorageError()
{
    // Root ignores permission bits, so make the write impossible for anyone: a directory
    // occupies the file's name.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("d.vcf"));
    FolderStore store(dir.path(), ModuleInfo::of(ModuleInfo::Module::Contacts));
    const QList<WriteResult> results =
        write(store, {request(WriteRequest::Op::Update, "d.vcf", kCardA, {}, 1),
                      request(WriteRequest::Op::Update, "d.vcf", kCardA, "1-2-0123456789abcdef", 2),
                      request(WriteRequest::Op::Delete, "d.vcf", {}, "1-2-0123456789abcdef", 3),
                      request(WriteRequest::Op::Create, "ok", kCardA, {}, 4)});
    QCOMPARE(results.size(), 4);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(results.at(i).error.category, Error::Category::Storage);
        QVERIFY2(results.at(i).error.userMessage.contains(dir.filePath("d.vcf")),
                 qPrintable(results.at(i).error.userMessage));
    }
    QVERIFY(results.at(0).error.userMessage.startsWith("Could not write"));
    QVERIFY(results.at(3).ok()); // one bad item does not stop the batch
    QVERIFY(QFileInfo(dir.filePath("d.vcf")).isDir());
}

void TestFolderStore::deleteItems()
{
    QTemporaryDir dir;
    FolderStore store(dir.path(), ModuleInfo::of(ModuleInfo::Module::Contacts));
    const WriteResult a = write(store, {request(WriteRequest::Op::Create, "a", kCardA)}).value(0);
    const WriteResult b = write(store, {request(WriteRequest::Op::Create, "b", kCardB)}).value(0);
    QVERIFY(a.ok() && b.ok());

    const QList<WriteResult> results =
        write(store, {request(WriteRequest::Op::Delete, "a.vcf", {}, b.version, 1),
                      request(WriteRequest::Op::Delete, "b.vcf", {}, b.version, 2),
                      request(WriteRequest::Op::Delete, "never.vcf", {}, "1-2-0123456789abcdef", 3)});
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).error.category, Error::Category::Conflict); // stale version
    QVERIFY(QFile::exists(dir.filePath("a.vcf")));
    QVERIFY2(results.at(1).ok(), qPrintable(results.at(1).error.userMessage));
    QVERIFY(!QFile::exists(dir.filePath("b.vcf")));
    QVERIFY(results.at(2).ok()); // already gone
}

void TestFolderStore::invalidIds()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("sub"));
    writeRaw(dir.filePath("sub/x.vcf"), kCardA);
    FolderStore store(dir.path() + "/sub/..", ModuleInfo::of(ModuleInfo::Module::Contacts));
    const QList<WriteResult> results = write(store, {request(WriteRequest::Op::Update, "sub/x.vcf", kCardB),
                                                     request(WriteRequest::Op::Delete, "../x.vcf", {}),
                                                     request(WriteRequest::Op::Update, ".hidden.vcf", kCardB),
                                                     request(WriteRequest::Op::Update, "x.txt", kCardB)});
    QCOMPARE(results.size(), 4);
    for (const WriteResult &r : results)
        QCOMPARE(r.error.category, Error::Category::Data);
    QFile f(dir.filePath("sub/x.vcf"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), kCardA);
    QCOMPARE(store.path(), dir.path()); // cleaned
}

void TestFolderStore::describesItself()
{
    FolderStore store("/srv/cards", ModuleInfo::of(ModuleInfo::Module::Contacts));
    QCOMPARE(store.displayName(), QStringLiteral("folder /srv/cards"));
    QVERIFY(!store.capabilities().incremental);
    QVERIFY(store.capabilities().maxWriteBatch >= 100);
    QVERIFY(store.capabilities().maxFetchBatch >= 100);
}

QTEST_GUILESS_MAIN(TestFolderStore)
#include "tst_folderstore.moc"
