// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DraftAutosave.h"
#include "core/RecipeFile.h"
#include "core/WizardState.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

/** The wizard's draft autosave without widgets: coalesced writes, atomic files, the round trip, no secret. */
class TestDraftAutosave : public QObject
{
    Q_OBJECT

    static DraftDataflow named(const QString& name)
    {
        DraftDataflow dataflow;
        dataflow.name = name;
        return dataflow;
    }
    static QByteArray contentOf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static ino_t inodeOf(const QString& path)
    {
        struct stat info = {};
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
    }

private Q_SLOTS:
    void folderHonoursXdgStateHome()
    {
        const QByteArray before = qgetenv("XDG_STATE_HOME");
        qputenv("XDG_STATE_HOME", "/somewhere/state");
        QCOMPARE(DraftAutosave::defaultFolder(),
                 QStringLiteral("/somewhere/state/%1").arg(QCoreApplication::applicationName()));
        qputenv("XDG_STATE_HOME", "relative/state"); // ignored, as the XDG specification says
        QVERIFY(DraftAutosave::defaultFolder().endsWith(QLatin1String("/.local/state/")
                                                        + QCoreApplication::applicationName()));
        qputenv("XDG_STATE_HOME", before);
    }

    void coalescesChanges()
    {
        QTemporaryDir dir;
        WizardState state;
        DraftAutosave autosave(&state, nullptr);
        autosave.setFolder(dir.path());
        QVERIFY(!autosave.pending()); // nothing changed: no timer
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 10; ++i) {
            state.setDataflow(named(QStringLiteral("Contacts %1").arg(i)));
            QTest::qWait(20); // ten changes in 200 ms, as a user types
        }
        QVERIFY(clock.elapsed() < DraftAutosave::delayMs);
        QTRY_COMPARE(autosave.writeCount(), 1);
        QVERIFY(clock.elapsed() < 1000); // within a second of the first change
        QVERIFY(!autosave.pending()); // and no timer left running: nothing more is written
        QVERIFY(contentOf(autosave.filePath()).contains("Contacts 9"));
        autosave.schedule(); // a change that changes nothing in the file writes nothing
        QTRY_VERIFY(!autosave.pending());
        QCOMPARE(autosave.writeCount(), 1);
    }

    void writesAtomically()
    {
        QTemporaryDir dir;
        WizardState state;
        DraftAutosave autosave(&state, nullptr);
        autosave.setFolder(dir.path() + QStringLiteral("/made/on/demand"));
        state.setDataflow(named(QStringLiteral("First")));
        QVERIFY(autosave.saveNow());
        const ino_t first = inodeOf(autosave.filePath());
        QVERIFY(first != 0);
        state.setDataflow(named(QStringLiteral("Second")));
        QVERIFY(autosave.saveNow());
        // QSaveFile: a new file renamed over the old one (never the old one truncated and rewritten in place)
        QVERIFY(inodeOf(autosave.filePath()) != first);
        QVERIFY(contentOf(autosave.filePath()).contains("Second"));
        QCOMPARE(QFileInfo(autosave.filePath()).dir().entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("draft.json")}); // no temporary file left

        // A folder that cannot be made: the write fails and says so, nothing half-written anywhere.
        QFile blocker(dir.path() + QStringLiteral("/file"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        DraftAutosave blocked(&state, nullptr);
        blocked.setFolder(blocker.fileName() + QStringLiteral("/state"));
        QSignalSpy failed(&blocked, &DraftAutosave::failed);
        QVERIFY(!blocked.saveNow());
        QCOMPARE(failed.count(), 1);
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        WizardState state;
        DraftAutosave autosave(&state, nullptr);
        autosave.setFolder(dir.path());
        DraftSource source;
        source.connectionSpecId = QStringLiteral("cc6a4487-9e91-433e-a3a3-9cf6626c1806");
        source.baseConnectionId = QStringLiteral("base-1");
        state.setSource(source, QStringLiteral("HubSpot"), QStringLiteral("Sales"));
        state.setTable(QStringLiteral("Hubspot.Contacts"), {}, {});
        state.setDataflow(named(QStringLiteral("Contacts to AEP")));
        autosave.setPage(6);
        QVERIFY(autosave.saveNow());
        const std::optional<DraftAutosave::Saved> saved = DraftAutosave::read(autosave.filePath());
        QVERIFY(saved && saved->ok());
        QCOMPARE(saved->page, 6);
        const RecipeFile::Opened opened = RecipeFile::open(saved->recipe); // the content of a recipe file
        QVERIFY2(opened.ok(), qPrintable(opened.problems.join(QLatin1Char('\n'))));
        QCOMPARE(opened.draft.source, state.draft().source);
        QCOMPARE(opened.draft.dataflow.name, QStringLiteral("Contacts to AEP"));

        QVERIFY(!DraftAutosave::read(dir.path() + QStringLiteral("/none.json")));
        QFile other(dir.path() + QStringLiteral("/other.json"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(R"({"version": 1})");
        other.close();
        QVERIFY(!DraftAutosave::read(other.fileName())->ok());
    }

    void holdsNoSecret()
    {
        QTemporaryDir dir;
        WizardState state;
        DraftAutosave autosave(&state, nullptr);
        autosave.setFolder(dir.path());
        DraftPlatform platform;
        platform.clientId = QStringLiteral("client-id-visible");
        platform.imsOrg = QStringLiteral("ORG@AdobeOrg");
        state.setPlatform(platform);
        DraftNewAccount account;
        account.name = QStringLiteral("Sales HubSpot");
        account.authSpecName = QStringLiteral("Basic Authentication");
        account.params.insert(QStringLiteral("clientId"), QStringLiteral("hub-app"));
        DraftSource source;
        source.connectionSpecId = QStringLiteral("cc6a4487-9e91-433e-a3a3-9cf6626c1806");
        source.newAccount = account;
        state.newAccount()->setKeys({source.connectionSpecId, account,
                                     QJsonObject{{QStringLiteral("clientSecret"), QStringLiteral("S3cr3t-Zq81")},
                                                 {QStringLiteral("accessToken"), QStringLiteral("T0ken-Zq82")}}});
        state.setSource(source, QStringLiteral("HubSpot"), account.name);
        state.setDataflow(named(QStringLiteral("Contacts")));
        QVERIFY(autosave.saveNow());
        const QByteArray content = contentOf(autosave.filePath());
        QVERIFY(content.contains("hub-app"));
        QVERIFY(content.contains("client-id-visible"));
        QVERIFY(!content.contains("S3cr3t-Zq81"));
        QVERIFY(!content.contains("T0ken-Zq82"));
    }

    void removedOnceNothingIsLeftToLose()
    {
        QTemporaryDir dir;
        // A draft of an earlier run, not continued: it stays while this run has nothing of its own.
        const QString path = dir.path() + QStringLiteral("/draft.json");
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write(DraftAutosave::content(QJsonObject{{QStringLiteral("version"), 1}}, 2));
        earlier.close();
        WizardState state;
        DraftAutosave autosave(&state, nullptr);
        autosave.setFolder(dir.path());
        QVERIFY(autosave.saveNow());
        QVERIFY(QFile::exists(path));

        state.setDataflow(named(QStringLiteral("Contacts")));
        QTRY_COMPARE(autosave.writeCount(), 1);
        QVERIFY(contentOf(path).contains("Contacts"));
        state.setCreated(QStringLiteral("flow-1"), {}); // the dataflow exists: the draft goes at once
        QVERIFY(!QFile::exists(path));
        QVERIFY(!autosave.pending());

        // Saved as a recipe, then closed: gone too.
        WizardState other;
        DraftAutosave second(&other, nullptr);
        second.setFolder(dir.path());
        other.setDataflow(named(QStringLiteral("Again")));
        QVERIFY(second.saveNow());
        QVERIFY(QFile::exists(path));
        other.markSaved();
        second.stop();
        QVERIFY(!QFile::exists(path));

        // Discarded by the user, or "Start again": removed, or kept once as draft.json.bak.
        other.setDataflow(named(QStringLiteral("Third")));
        QVERIFY(second.saveNow());
        second.discard(true);
        QVERIFY(!QFile::exists(path));
        QVERIFY(contentOf(path + QStringLiteral(".bak")).contains("Third"));
        other.setDataflow(named(QStringLiteral("Fourth")));
        QVERIFY(second.saveNow());
        second.discard();
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestDraftAutosave)
#include "TestDraftAutosave.moc"
