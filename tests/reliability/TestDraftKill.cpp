// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DraftAutosave.h"
#include "core/RecipeFile.h"

#include <QDateTime>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/**
 * The wizard killed with SIGKILL while the user types loses at most the last two seconds of edits: a driver program
 * (tests/reliability/AutosaveDriver.cpp: the real wizard and its autosave, offscreen, on an in-process emulator) types
 * an edit every 250 ms into the dataflow's name and says so on stdout; it is killed in the middle of its typing, and
 * the draft it left in its state folder ($XDG_STATE_HOME, a temporary folder) must hold every edit announced more than
 * two seconds before the kill.
 */
class TestDraftKill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWhileTyping()
    {
        QTemporaryDir state;
        QVERIFY(state.isValid());
        QProcess driver;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_STATE_HOME"), state.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        driver.setProcessEnvironment(env);
        driver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QMap<int, qint64> edits; // edit -> when it was typed (ms since the epoch)
        QByteArray pending;
        bool failed = false;
        connect(&driver, &QProcess::readyReadStandardOutput, this, [&] {
            pending += driver.readAllStandardOutput();
            qsizetype end;
            while ((end = pending.indexOf('\n')) >= 0) {
                const QList<QByteArray> words = pending.left(end).trimmed().split(' ');
                pending.remove(0, end + 1);
                if (words.value(0) == "EDIT" && words.size() == 3)
                    edits.insert(words[1].toInt(), words[2].toLongLong());
                else if (words.value(0) == "FAILED")
                    failed = true;
            }
        });
        driver.start(QStringLiteral(AEP_AUTOSAVE_DRIVER), {});
        QVERIFY2(driver.waitForStarted(), qPrintable(driver.errorString()));
        // Killed while typing: after 3 s of edits (twelve of them), the thirteenth about to come.
        const int killAfter = 12;
        QTRY_VERIFY_WITH_TIMEOUT(failed || edits.size() > killAfter || driver.state() != QProcess::Running, 60000);
        QVERIFY2(!failed && driver.state() == QProcess::Running, "the driver did not reach the Schedule page");
        driver.kill(); // SIGKILL: no event loop, no destructor, no flush
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(driver.waitForFinished(5000));
        QCOMPARE(driver.exitStatus(), QProcess::CrashExit);

        const QString path = state.path() + QStringLiteral("/aep-dataflow-wizard/draft.json");
        const std::optional<DraftAutosave::Saved> saved = DraftAutosave::read(path);
        QVERIFY2(saved && saved->ok(), qPrintable(path));
        QCOMPARE(saved->page, 6); // the Schedule page
        const RecipeFile::Opened opened = RecipeFile::open(saved->recipe);
        QVERIFY2(opened.ok(), qPrintable(opened.problems.join(QLatin1Char('\n'))));
        const QString name = opened.draft.dataflow.name;
        qint64 lost = 0; // how long before the kill the oldest edit missing from the file was made
        int kept = 0;
        for (auto edit = edits.cbegin(); edit != edits.cend(); ++edit) {
            const bool inFile = name.contains(QStringLiteral("[e%1]").arg(edit.key()));
            if (inFile)
                ++kept;
            else
                lost = std::max(lost, killedAt - edit.value());
            if (killedAt - edit.value() > 2000)
                QVERIFY2(inFile,
                         qPrintable(QStringLiteral("edit %1, made %2 ms before the kill, is not in \"%3\"")
                                        .arg(edit.key())
                                        .arg(killedAt - edit.value())
                                        .arg(name)));
        }
        qInfo("SIGKILL: %d of %d edits kept; the oldest edit lost was made %lld ms before the kill (limit 2000)", kept,
              int(edits.size()), lost);
        QVERIFY(lost <= 2000);
    }
};

QTEST_GUILESS_MAIN(TestDraftKill)
#include "TestDraftKill.moc"
