// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulePageFixture.h"

/** The Schedule page: the live flow spec and its rules, the start on the server's clock, each frequency's interval, an
 * idle page. */
class TestSchedulePage : public SchedulePageFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void fetchesTheLiveFlowSpec()
    {
        openWizard();
        waitForSpec();
        QCOMPARE(m_server->count("GET", QStringLiteral("/data/foundation/flowservice/flowSpecs")), 1);
        const RecordedRequest& request = m_server->requests().constLast();
        QCOMPARE(request.query.queryItemValue(QStringLiteral("property"), QUrl::FullyDecoded),
                 QStringLiteral("name==\"CRMToAEP\""));
        QCOMPARE(m_state->flowSpec().value(QStringLiteral("name")).toString(), QStringLiteral("CRMToAEP"));
        // Defaults: a future start on the hour, a valid form, a name proposed from the table.
        QVERIFY(next()->isEnabled());
        QCOMPARE(find<QLineEdit>("flowNameLineEdit")->text(),
                 QStringLiteral("Hubspot.Contacts to Experience Platform"));
        QCOMPARE(find<QLineEdit>("dateFormatLineEdit")->text(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QCOMPARE(find<QLineEdit>("timezoneLineEdit")->text(), QStringLiteral("UTC"));
    }

    void fetchesFromTheEmulator()
    {
        // The in-process emulator is what demo mode talks to: its flow spec must satisfy the page too.
        LocalPlatform platform;
        QVERIFY(platform.listen() != 0);
        PlatformConfig config = m_session->config();
        config.platformUrl = platform.baseUrl();
        config.imsUrl = platform.baseUrl();
        config.imsOrg = platform.options().imsOrg;
        config.clientId = platform.options().clientId;
        m_session->setConfig(config);
        m_session->auth()->setStaticToken(platform.mintToken());
        openWizard();
        waitForSpec();
        QCOMPARE(FlowSpec(m_state->flowSpec()).id(), QLatin1String(KnownIds::kCrmToAepFlowSpec));
        QVERIFY(find<InlineMessage>("scheduleMessage")->isHidden());
        QVERIFY(next()->isEnabled());
        m_wizard.reset(); // before the platform goes
    }

    void theStartIsProposedOnTheEmulatorsClock()
    {
        // A demo emulator runs its clock ahead: the first run must not be in its past already.
        LocalPlatform platform;
        QVERIFY(platform.listen() != 0);
        platform.advanceClock(9 * 3600);
        PlatformConfig config = m_session->config();
        config.platformUrl = platform.baseUrl();
        config.imsUrl = platform.baseUrl();
        config.imsOrg = platform.options().imsOrg;
        config.clientId = platform.options().clientId;
        m_session->setConfig(config);
        m_session->auth()->setStaticToken(platform.mintToken());
        // The pages before this one talked to the emulator: the client knows its clock.
        QSignalSpy answered(FlowsService(m_session->client()).flowSpec(), &ServiceJob::finished);
        QVERIFY(answered.wait());
        const ServerClock& clock = m_session->client()->serverClock();
        QVERIFY(clock.isKnown());
        QVERIFY(clock.now() > QDateTime::currentMSecsSinceEpoch() + 8 * 3600'000LL);
        openWizard();
        const qint64 start = find<QDateTimeEdit>("startTimeEdit")->dateTime().toSecsSinceEpoch();
        QVERIFY2(start * 1000 > clock.now(), qPrintable(QDateTime::fromSecsSinceEpoch(start).toString()));
        QCOMPARE(m_page->dataflow().schedule.startTime, start);
        QVERIFY(next()->isEnabled()); // not in the past on the emulator's clock either
        // An hour ahead of this machine is the emulator's past, and said so.
        find<QDateTimeEdit>("startTimeEdit")->setDateTime(QDateTime::currentDateTime().addSecs(3600));
        QTRY_VERIFY(!next()->isEnabled());
        m_wizard.reset(); // before the platform goes
    }

    void knownFlowSpecIsNotFetchedAgain()
    {
        m_state->setFlowSpec(FlowSpec::crmToAep().json());
        openWizard();
        QTest::qWait(100);
        QCOMPARE(m_server->count("GET", QStringLiteral("/data/foundation/flowservice/flowSpecs")), 0);
    }

    void anIdlePageDoesNotSpin()
    {
        // Shown and left alone, the page judged its fields again and again (validate() from showEvent(), its
        // completeChanged() showing the page again): the GUI thread spun at ~90 % CPU. One quiet second here.
        openWizard();
        waitForSpec();
        QSignalSpy completeChanged(m_page, &QWizardPage::completeChanged);
        const int before = m_page->validationCount();
        QTest::qWait(1000); // nothing happens on purpose: what counts is what the page does by itself
        QVERIFY2(completeChanged.count() <= 3, qPrintable(QString::number(completeChanged.count())));
        QVERIFY2(m_page->validationCount() - before <= 3,
                 qPrintable(QString::number(m_page->validationCount() - before)));
        QVERIFY(next()->isEnabled());
        // Leaving and coming back does not start it again.
        m_wizard->next();
        m_wizard->back();
        QCOMPARE(m_wizard->currentId(), kSchedule);
        const int back = m_page->validationCount();
        completeChanged.clear();
        QTest::qWait(500);
        QVERIFY2(completeChanged.count() <= 3, qPrintable(QString::number(completeChanged.count())));
        QVERIFY2(m_page->validationCount() - back <= 3, qPrintable(QString::number(m_page->validationCount() - back)));
    }

    void onceHidesIntervalAndBackfill()
    {
        openWizard();
        waitForSpec();
        QVERIFY(find<QSpinBox>("intervalSpinBox")->isVisibleTo(m_page));
        choose("once");
        QVERIFY(!find<QSpinBox>("intervalSpinBox")->isVisibleTo(m_page));
        QVERIFY(!find<QSpinBox>("intervalSpinBox")->isEnabled());
        QVERIFY(!find<QCheckBox>("backfillCheckBox")->isVisibleTo(m_page));
        QCOMPARE(find<QComboBox>("frequencyComboBox")->currentText(), QStringLiteral("Once"));
        QCOMPARE(find<QListWidget>("nextRunsList")->count(), 1);
        QVERIFY(next()->isEnabled());
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), kAfter);
        const Schedule& schedule = m_state->draft().dataflow.schedule;
        QCOMPARE(schedule.frequency, QStringLiteral("once"));
        QVERIFY(!schedule.interval);
        QVERIFY(!schedule.backfill);
    }

    void minuteBelowFifteenShowsAMessage()
    {
        openWizard();
        waitForSpec();
        choose("minute");
        QCOMPARE(find<QSpinBox>("intervalSpinBox")->value(), 15); // moved to the smallest allowed
        QCOMPARE(error("intervalErrorLabel"), QString());
        find<QSpinBox>("intervalSpinBox")->setValue(10);
        QVERIFY2(error("intervalErrorLabel").contains(QLatin1String("15")), qPrintable(error("intervalErrorLabel")));
        QVERIFY(!next()->isEnabled());
        QVERIFY(!find<QSpinBox>("intervalSpinBox")->accessibleDescription().isEmpty());
        find<QSpinBox>("intervalSpinBox")->setValue(15);
        QCOMPARE(error("intervalErrorLabel"), QString());
        QVERIFY(next()->isEnabled());
    }

    void rulesComeFromTheLiveSpec()
    {
        m_spec = specWithMinuteMinimum(30);
        openWizard();
        waitForSpec();
        choose("minute");
        QCOMPARE(find<QSpinBox>("intervalSpinBox")->value(), 30); // the server's minimum is where it starts
        find<QSpinBox>("intervalSpinBox")->setValue(20); // fine for the shipped copy, not for this server
        QVERIFY(!next()->isEnabled());
        QVERIFY(!m_page->problems().isEmpty());
        QVERIFY(!error("frequencyErrorLabel").isEmpty() || !error("intervalErrorLabel").isEmpty());
    }

    void pastStartShowsAMessage()
    {
        openWizard();
        waitForSpec();
        const QDateTime past = QDateTime::currentDateTime().addDays(-1);
        find<QDateTimeEdit>("startTimeEdit")->setDateTime(past);
        // In the marketer's words and local time: no ISO 8601, no UTC offset.
        const QString message = error("startTimeErrorLabel");
        QVERIFY2(message.contains(DraftValidator::localTime(past.toSecsSinceEpoch())), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("is in the past")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("+00:00")) && !message.contains(past.toUTC().toString(Qt::ISODate)),
                 qPrintable(message));
        QVERIFY(!next()->isEnabled());
        find<QDateTimeEdit>("startTimeEdit")->setDateTime(QDateTime::currentDateTime().addDays(1));
        QCOMPARE(error("startTimeErrorLabel"), QString());
        QVERIFY(next()->isEnabled());
    }

    void eachFrequencyHasItsOwnInterval()
    {
        openWizard();
        waitForSpec();
        auto* interval = find<QSpinBox>("intervalSpinBox");
        auto* combo = find<QComboBox>("frequencyComboBox");
        choose("minute");
        QCOMPARE(interval->value(), 15);
        QCOMPARE(shown("intervalNoteLabel"), QStringLiteral("Interval set to 15 (runs every few minutes)."));
        // What the other items offer is what picking them gives, not "Every 15 hours".
        QCOMPARE(combo->itemText(frequencyIndex("hour")), ScheduleRules::describe(QStringLiteral("hour"), 1));
        choose("hour");
        QCOMPARE(interval->value(), 1);
        QCOMPARE(combo->currentText(), ScheduleRules::describe(QStringLiteral("hour"), 1));
        QCOMPARE(shown("intervalNoteLabel"), QStringLiteral("Interval set to 1 (hourly runs)."));
        QVERIFY(next()->isEnabled());
        // Typed for a frequency, kept for it.
        interval->setValue(3);
        QCOMPARE(shown("intervalNoteLabel"), QString()); // the note was about the pick, not the typing
        choose("minute");
        QCOMPARE(interval->value(), 15);
        choose("day");
        QCOMPARE(interval->value(), 1);
        QCOMPARE(shown("intervalNoteLabel"), QStringLiteral("Interval set to 1 (daily runs)."));
        choose("hour");
        QCOMPARE(interval->value(), 3);
        QCOMPARE(shown("intervalNoteLabel"), QStringLiteral("Interval back to 3, as you set it for hourly runs."));
        choose("once");
        QVERIFY(!interval->isVisibleTo(m_page));
        choose("hour");
        QCOMPARE(interval->value(), 3);
        m_wizard->next();
        QCOMPARE(m_state->draft().dataflow.schedule.interval, std::optional<qint64>(3));
    }

    void eachFrequencyHasItsOwnIntervalInFrench()
    {
        QVERIFY(Translator::install(QStringLiteral("fr")));
        openWizard();
        waitForSpec();
        choose("minute");
        choose("hour");
        QCOMPARE(find<QSpinBox>("intervalSpinBox")->value(), 1);
        QCOMPARE(find<QComboBox>("frequencyComboBox")->currentText(), QStringLiteral("Toutes les heures"));
        QVERIFY(find<QComboBox>("frequencyComboBox")->itemText(frequencyIndex("minute")).contains(QLatin1String("15")));
        // Back to English for the other tests: the translators go, the locale with them.
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::system());
    }
};

QTEST_MAIN(TestSchedulePage)
#include "TestSchedulePage.moc"
