// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/folder/folderversion.h"
#include "foldertestutil.h"

#include <QDir>
#include <QTemporaryDir>

#include <unistd.h>

using namespace crmsync;
using namespace crmsync::foldertest;

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
    void racyVersionWithOtherBytesIsAChange();
    void deletes();
    void unreadableNotDeleted();
    void unlistedButPresentNotDeleted();
    void unreadableFolderDeletesNothing();
    void missingFolder_data();
    void missingFolder();
    void fetch();
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
    //! Same bytes under a new version: reported to be recorded, not as a change.
    QTest::addColumn<bool>("expectRestamped");

    QByteArray sameSize = kCardA;
    sameSize.replace("Ann", "Amy");
    QCOMPARE(sameSize.size(), kCardA.size());

    QTest::newRow("unchanged, settled") << Age::Old << kCardA << qint64(0) << false << false;
    QTest::newRow("unchanged, racy") << Age::Future << kCardA << qint64(0) << false << false;
    QTest::newRow("other size") << Age::Old << kCardB + "NOTE:x\r\n" << qint64(0) << true << false;
    QTest::newRow("same size, new mtime") << Age::Old << sameSize << qint64(1000) << true << false;
    QTest::newRow("same size, same mtime, racy version") << Age::Future << sameSize << qint64(0) << true << false;
    QTest::newRow("touched only") << Age::Old << kCardA << qint64(1000) << false << true;
    // Documented limit (FolderVersion): a settled version trusts size + mtime. This row
    // also proves that unchanged files are not read.
    QTest::newRow("same size, mtime set back, settled") << Age::Old << sameSize << qint64(0) << false << false;
}

void TestFolderStore::changeDetection()
{
    QFETCH(Age, age);
    QFETCH(QByteArray, after);
    QFETCH(qint64, mtimeShiftMs);
    QFETCH(bool, expectChanged);
    QFETCH(bool, expectRestamped);

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
    QCOMPARE(second.restamped.size(), expectRestamped ? 1 : 0);
    if (expectRestamped)
        QVERIFY(second.restamped.value("a.vcf") != version);
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
    // Read again because the known version was racy; the bytes are the same, so it is not
    // a change: only its settled version is reported, to be recorded.
    QVERIFY(cs.changed.isEmpty());
    QCOMPARE(cs.restamped.keys(), QStringList{"a.vcf"});
    const auto settled = FolderVersion::parse(cs.restamped.value("a.vcf"));
    QVERIFY(!settled->isRacy());
    QCOMPARE(settled->hash(), racy.hash());
    const ChangeSet again = list(store, {{"a.vcf", cs.restamped.value("a.vcf")}});
    QVERIFY(again.changed.isEmpty());
    QVERIFY(again.restamped.isEmpty());
}

void TestFolderStore::racyVersionWithOtherBytesIsAChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("a.vcf");
    writeRaw(path, kCardB);
    setMtime(path, timeFor(Age::Old));
    // What was seen was kCardA; the file now holds other bytes under a racy version.
    const FolderVersion racy(kCardA.size(), mtimeOf(path).toMSecsSinceEpoch(), FolderVersion::hashOf(kCardA), true);

    FolderStore store(dir.path(), ModuleInfo::of(ModuleInfo::Module::Contacts));
    const ChangeSet cs = list(store, {{"a.vcf", racy.toString()}});
    QCOMPARE(cs.changed.size(), 1);
    QCOMPARE(cs.changed.first().raw, kCardB);
    QVERIFY(cs.restamped.isEmpty());
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

void TestFolderStore::unlistedButPresentNotDeleted()
{
    // A known file the listing did not return (here: hidden, so never listed; in real life a
    // listing cut short) is deleted only once it is really gone.
    QTemporaryDir dir;
    writeRaw(dir.filePath("a.vcf"), kCardA);
    writeRaw(dir.filePath(".b.vcf"), kCardB);
    FolderStore store(dir.path(), ModuleInfo::of(ModuleInfo::Module::Contacts));
    const QString someVersion = QStringLiteral("10-1700000000000-0123456789abcdef");
    const ChangeSet cs = list(store, {{".b.vcf", someVersion}, {"gone.vcf", someVersion}});
    QCOMPARE(cs.deleted, QStringList{"gone.vcf"});
    QCOMPARE(cs.errors.size(), 1);
    QCOMPARE(cs.errors.at(0).item, QStringLiteral(".b.vcf"));
    QVERIFY2(cs.errors.at(0).error.userMessage.contains(QDir::toNativeSeparators(dir.path())),
             qPrintable(cs.errors.at(0).error.userMessage));
}

void TestFolderStore::unreadableFolderDeletesNothing()
{
    if (::geteuid() == 0)
        QSKIP("root reads any folder whatever its permission bits");
    QTemporaryDir dir;
    writeRaw(dir.filePath("a.vcf"), kCardA);
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    FolderStore store(dir.path(), ModuleInfo::of(ModuleInfo::Module::Contacts));
    std::unique_ptr<ListChangesJob> job(store.listChanges({}, {{"a.vcf", "1-2-0123456789abcdef"}}));
    QVERIFY(runJob(job.get()));
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(job->hasError());
    QVERIFY(job->changes().deleted.isEmpty());
    QVERIFY2(job->error().userMessage.contains(QLatin1String("cannot be read")), qPrintable(job->error().userMessage));
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
