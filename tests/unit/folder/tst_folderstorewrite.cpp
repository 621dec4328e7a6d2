// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/folder/folderversion.h"
#include "foldertestutil.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace crmsync;
using namespace crmsync::foldertest;

class TestFolderStoreWrite : public QObject
{
    Q_OBJECT

private slots:
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
};

void TestFolderStoreWrite::createNames_data()
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

void TestFolderStoreWrite::createNames()
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

void TestFolderStoreWrite::createConflict()
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

void TestFolderStoreWrite::updateStaleVersion()
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

void TestFolderStoreWrite::updateMissingFile()
{
    QTemporaryDir dir;
    FolderStore store(dir.path(), ModuleInfo::of(ModuleInfo::Module::Contacts));
    const WriteResult r =
        write(store, {request(WriteRequest::Op::Update, "a.vcf", kCardB, "1-2-0123456789abcdef")}).value(0);
    QCOMPARE(r.error.category, Error::Category::Conflict);
    QVERIFY(!QFile::exists(dir.filePath("a.vcf")));
}

void TestFolderStoreWrite::rewriteWithinOneMillisecond()
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

void TestFolderStoreWrite::atomicWrite()
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

void TestFolderStoreWrite::writeStorageError()
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

void TestFolderStoreWrite::deleteItems()
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

void TestFolderStoreWrite::invalidIds()
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

QTEST_GUILESS_MAIN(TestFolderStoreWrite)
#include "tst_folderstorewrite.moc"
