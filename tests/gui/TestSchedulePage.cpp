// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlineMessage.h"
#include "LocalPlatform.h"
#include "SchedulePage.h"
#include "ScriptedServer.h"
#include "TestNetwork.h"
#include "TestSupport.h"
#include "base/Translator.h"
#include "core/ScheduleRules.h"
#include "core/Session.h"
#include "core/WizardState.h"
#include "model/DraftValidator.h"
#include "platform/ImsAuth.h"
#include "platform/PlatformClient.h"
#include "secrets/MemorySecretStore.h"
#include "services/FlowsService.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>
#include <QWizard>

#include <memory>

namespace {

constexpr int kBefore = 5; // PageId::Mapping
constexpr int kSchedule = 6; // PageId::Schedule
constexpr int kAfter = 7; // PageId::Review

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

/** A HubSpot contacts table: two date-time columns (one by meta:xdmType, one by xdm.format) and two others. */
QJsonArray columns()
{
    return QJsonDocument::fromJson(R"json([
        {"name": "Vid", "type": "integer", "xdm": {"type": "integer"}},
        {"name": "Properties_Email_Value", "type": "string", "xdm": {"type": "string"}},
        {"name": "Properties_Createdate_Value", "type": "string", "meta:xdmType": "date-time"},
        {"name": "Properties_Lastmodifieddate_Value", "type": "string",
         "xdm": {"type": "string", "format": "date-time"}}
    ])json")
        .array();
}

QJsonArray rows()
{
    return QJsonDocument::fromJson(R"json([
        {"Vid": 1, "Properties_Email_Value": "a@example.com", "Properties_Createdate_Value": "2024-02-01 10:00:00",
         "Properties_Lastmodifieddate_Value": "2024-06-01 08:00:00"},
        {"Vid": 2, "Properties_Email_Value": "b@example.com", "Properties_Createdate_Value": "2023-11-20 09:30:00",
         "Properties_Lastmodifieddate_Value": "2024-07-15 18:45:00"},
        {"Vid": 3, "Properties_Email_Value": "c@example.com", "Properties_Createdate_Value": null,
         "Properties_Lastmodifieddate_Value": "2024-05-03 12:00:00"}
    ])json")
        .array();
}

/** The shipped CRMToAEP spec with one rule changed, to prove the page follows the server's copy. */
QJsonObject specWithMinuteMinimum(int minimum)
{
    QJsonObject spec = FlowSpec::crmToAep().json();
    QJsonObject scheduleSpec = spec.value(QStringLiteral("scheduleSpec")).toObject();
    QJsonObject schema = scheduleSpec.value(QStringLiteral("spec")).toObject();
    QJsonObject otherwise = schema.value(QStringLiteral("else")).toObject();
    otherwise.insert(
        QStringLiteral("then"),
        QJsonObject{{QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("interval"), QJsonObject{{QStringLiteral("minimum"), minimum}}}}}});
    schema.insert(QStringLiteral("else"), otherwise);
    scheduleSpec.insert(QStringLiteral("spec"), schema);
    spec.insert(QStringLiteral("scheduleSpec"), scheduleSpec);
    return spec;
}

} // namespace

/** The Schedule page in a bare wizard: rules beside the fields, next runs, delta columns, Back/Next round trip. */
class TestSchedulePage : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedServer> m_server;
    TestNetwork m_network;
    MemorySecretStore m_secrets;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<WizardState> m_state;
    std::unique_ptr<QWizard> m_wizard;
    SchedulePage* m_page = nullptr;
    QJsonObject m_spec;
    int m_specStatus = 200;

    template <typename T>
    T* find(const char* name) const
    {
        T* widget = m_wizard->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    QAbstractButton* next() const { return m_wizard->button(QWizard::NextButton); }

    void openWizard()
    {
        m_wizard = std::make_unique<QWizard>();
        m_page = new SchedulePage(m_session.get(), m_state.get(), m_wizard.get());
        m_wizard->setPage(kBefore, new QWizardPage(m_wizard.get()));
        m_wizard->setPage(kSchedule, m_page);
        m_wizard->setPage(kAfter, new QWizardPage(m_wizard.get()));
        m_wizard->setStartId(kBefore);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), kSchedule);
    }

    void waitForSpec() { QTRY_VERIFY(!m_state->flowSpec().isEmpty()); }

    void choose(const char* frequency)
    {
        auto* combo = find<QComboBox>("frequencyComboBox");
        const int index = combo->findData(QLatin1String(frequency));
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }

    int frequencyIndex(const char* frequency) const
    {
        return find<QComboBox>("frequencyComboBox")->findData(QLatin1String(frequency));
    }

    QString shown(const char* name) const
    {
        auto* label = find<QLabel>(name);
        return label->isVisibleTo(m_page) ? label->text() : QString();
    }

    QString error(const char* name) const
    {
        auto* label = find<QLabel>(name);
        return label->isVisibleTo(m_page) ? label->text() : QString();
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void init()
    {
        m_spec = FlowSpec::crmToAep().json();
        m_specStatus = 200;
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->start());
        m_server->setFallback([this](const RecordedRequest& r) {
            if (r.path == QLatin1String("/data/foundation/flowservice/flowSpecs")) {
                if (m_specStatus != 200)
                    return ScriptedResponse::json(m_specStatus, "{\"error_code\":\"500\",\"message\":\"down\"}");
                return ScriptedResponse::json(
                    200, QJsonDocument(QJsonObject{{QStringLiteral("items"), QJsonArray{m_spec}}}).toJson());
            }
            return ScriptedResponse::json(404, "{}");
        });
        m_session = std::make_unique<Session>(m_network.get(), &m_secrets);
        PlatformConfig config;
        config.platformUrl = m_server->url();
        config.imsUrl = m_server->url();
        config.imsOrg = QStringLiteral("ABCDEF0123456789ABCDEF01@AdobeOrg");
        config.clientId = QStringLiteral("client");
        config.maxRetries = 0;
        m_session->setConfig(config);
        m_session->auth()->setStaticToken(QStringLiteral("token"));
        m_state = std::make_unique<WizardState>();
        m_state->setSource(m_state->draft().source, QStringLiteral("HubSpot"), {});
        m_state->setTable(QStringLiteral("Hubspot.Contacts"), columns(), rows());
    }

    void cleanup()
    {
        m_wizard.reset();
        m_state.reset();
        m_session.reset();
        m_server.reset();
    }

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

    void dateFormatCheckedAgainstThePreview()
    {
        openWizard();
        waitForSpec();
        auto* format = find<QLineEdit>("dateFormatLineEdit");
        auto* use = find<QPushButton>("useDetectedFormatButton");
        // The default format fits the preview's values.
        QCOMPARE(shown("dateFormatCheckLabel"), QStringLiteral("All 3 sample values match this format."));
        QVERIFY(!use->isVisibleTo(m_page));
        // The marketer's case: a format that fits none of them.
        format->setText(QStringLiteral("dd/MM"));
        QCOMPARE(shown("dateFormatCheckLabel"), QStringLiteral("0 of 3 sample values match this format."));
        QVERIFY(use->isVisibleTo(m_page));
        QCOMPARE(use->text(), QStringLiteral("Use yyyy-MM-dd HH:mm:ss"));
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(format->text(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QCOMPARE(shown("dateFormatCheckLabel"), QStringLiteral("All 3 sample values match this format."));
        QVERIFY(!use->isVisibleTo(m_page));
        // The other column has one empty value: only the two with a value count.
        find<QComboBox>("deltaColumnComboBox")->setCurrentIndex(0);
        QCOMPARE(shown("dateFormatCheckLabel"), QStringLiteral("All 2 sample values match this format."));
        format->setText(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
        QCOMPARE(shown("dateFormatCheckLabel"), QStringLiteral("0 of 2 sample values match this format."));
        QVERIFY(next()->isEnabled()); // a warning, not an error: the preview is only a sample
    }

    void dateFormatWithoutPreviewSaysNothing()
    {
        m_state->setTable(m_state->draft().source.path, m_state->columns(), QJsonArray());
        openWizard();
        waitForSpec();
        find<QLineEdit>("dateFormatLineEdit")->setText(QStringLiteral("dd/MM"));
        QCOMPARE(shown("dateFormatCheckLabel"), QString());
        QVERIFY(!find<QPushButton>("useDetectedFormatButton")->isVisibleTo(m_page));
    }

    void combosOpenWithTheMouseAndF4_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("mouse");
        QTest::newRow("frequency, click") << "frequencyComboBox" << true;
        QTest::newRow("frequency, F4") << "frequencyComboBox" << false;
        QTest::newRow("delta column, click") << "deltaColumnComboBox" << true;
        QTest::newRow("delta column, F4") << "deltaColumnComboBox" << false;
    }

    void combosOpenWithTheMouseAndF4()
    {
        QFETCH(QString, name);
        QFETCH(bool, mouse);
        openWizard();
        waitForSpec();
        m_wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
        auto* combo = find<QComboBox>(qPrintable(name));
        QVERIFY(combo->isEnabled());
        if (mouse) {
            QTest::mouseClick(combo, Qt::LeftButton);
        } else {
            combo->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(combo->hasFocus());
            QTest::keyClick(combo, Qt::Key_F4);
        }
        QTRY_VERIFY(combo->view()->isVisible());
        combo->hidePopup();
        QTRY_VERIFY(!combo->view()->isVisible());
    }

    void aFirstClickIntoStartTimeTakesFocus()
    {
        openWizard();
        waitForSpec();
        m_wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
        find<QLineEdit>("flowNameLineEdit")->setFocus();
        QTRY_VERIFY(find<QLineEdit>("flowNameLineEdit")->hasFocus());
        auto* start = find<QDateTimeEdit>("startTimeEdit");
        // On the text, away from the calendar button at the right.
        QTest::mouseClick(start, Qt::LeftButton, {}, QPoint(10, start->height() / 2));
        QTRY_VERIFY(start->hasFocus());
    }

    void nextFiveRunsEveryTwoHours()
    {
        // The test runs in Europe/Paris (pages.cmake): the clocks go forward on 2030-03-31 at 01:00 UTC.
        QCOMPARE(QDateTime(QDate(2030, 1, 15), QTime(12, 0)).offsetFromUtc(), 3600);
        openWizard();
        waitForSpec();
        choose("hour");
        find<QSpinBox>("intervalSpinBox")->setValue(2);
        const QDateTime start = utc(2030, 3, 30, 23);
        find<QDateTimeEdit>("startTimeEdit")->setDateTime(start.toLocalTime());
        const QLocale locale;
        QCOMPARE(find<QLabel>("startTimeUtcLabel")->text(),
                 locale.toString(start, QLocale::ShortFormat) + QStringLiteral(" UTC"));

        auto* list = find<QListWidget>("nextRunsList");
        QCOMPARE(list->count(), 5);
        const QList<QDateTime> expectedUtc
            = {start, utc(2030, 3, 31, 1), utc(2030, 3, 31, 3), utc(2030, 3, 31, 5), utc(2030, 3, 31, 7)};
        const QList<QTime> expectedLocal = {QTime(0, 0), QTime(3, 0), QTime(5, 0), QTime(7, 0), QTime(9, 0)};
        for (int i = 0; i < 5; ++i) {
            const QListWidgetItem* item = list->item(i);
            QCOMPARE(item->data(Qt::UserRole).toLongLong(), expectedUtc.at(i).toSecsSinceEpoch());
            const QDateTime local(QDate(2030, 3, 31), expectedLocal.at(i), Qt::LocalTime);
            QVERIFY2(item->text().contains(locale.toString(local, QLocale::ShortFormat)), qPrintable(item->text()));
            QVERIFY2(
                item->text().contains(locale.toString(expectedUtc.at(i), QLocale::ShortFormat) + QLatin1String(" UTC")),
                qPrintable(item->text()));
        }
    }

    void onlyDateTimeColumnsWithTheirRanges()
    {
        openWizard();
        auto* combo = find<QComboBox>("deltaColumnComboBox");
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->itemData(0).toString(), QStringLiteral("Properties_Createdate_Value"));
        QCOMPARE(combo->itemData(1).toString(), QStringLiteral("Properties_Lastmodifieddate_Value"));
        QVERIFY(combo->itemText(0).contains(QLatin1String("2023-11-20 09:30:00")));
        QVERIFY(combo->itemText(0).contains(QLatin1String("2024-02-01 10:00:00")));
        QVERIFY(combo->itemText(1).contains(QLatin1String("2024-05-03 12:00:00")));
        QVERIFY(combo->itemText(1).contains(QLatin1String("2024-07-15 18:45:00")));
        // The "last modified" column is the one proposed.
        QCOMPARE(combo->currentData().toString(), QStringLiteral("Properties_Lastmodifieddate_Value"));
        QVERIFY(find<QLabel>("deltaRangeLabel")->text().contains(QLatin1String("2024-07-15 18:45:00")));
        QVERIFY(!find<QLabel>("deltaRangeLabel")->text().contains(QLatin1String("no value")));
        // The creation date is empty in one sample row: such rows would never be picked up, and the page says so.
        combo->setCurrentIndex(0);
        const QString hint = find<QLabel>("deltaRangeLabel")->text();
        QVERIFY2(hint.contains(QLatin1String("2023-11-20 09:30:00")) && hint.contains(QLatin1String("1 row")),
                 qPrintable(hint));
    }

    void noDateTimeColumnIsAnError()
    {
        m_state->setTable(m_state->draft().source.path, QJsonArray{columns().at(0), columns().at(1)}, rows());
        openWizard();
        waitForSpec();
        QVERIFY(!find<QComboBox>("deltaColumnComboBox")->isEnabled());
        QVERIFY(!error("deltaColumnErrorLabel").isEmpty());
        QVERIFY(!next()->isEnabled());
    }

    void badDateFormatAndTimezoneShownBesideThem()
    {
        openWizard();
        waitForSpec();
        find<QLineEdit>("dateFormatLineEdit")->setText(QStringLiteral("YYYY-MM-DD"));
        QVERIFY(!error("dateFormatErrorLabel").isEmpty());
        find<QLineEdit>("dateFormatLineEdit")->setText(QStringLiteral("yyyy-MM-dd"));
        QCOMPARE(error("dateFormatErrorLabel"), QString());
        find<QLineEdit>("timezoneLineEdit")->setText(QStringLiteral("Mars/Olympus"));
        QVERIFY(!error("timezoneErrorLabel").isEmpty());
        find<QLineEdit>("timezoneLineEdit")->setText(QStringLiteral("Europe/Paris"));
        QCOMPARE(error("timezoneErrorLabel"), QString());
        find<QLineEdit>("flowNameLineEdit")->clear();
        QVERIFY(!error("flowNameErrorLabel").isEmpty());
        QVERIFY(!next()->isEnabled());
    }

    void partialIngestionThreshold()
    {
        openWizard();
        waitForSpec();
        auto* percent = find<QDoubleSpinBox>("partialIngestionSpinBox");
        // A new dataflow starts with partial ingestion at 5 %, so that a few bad rows do not fail a whole run.
        QVERIFY(find<QCheckBox>("partialIngestionCheckBox")->isChecked());
        QVERIFY(percent->isEnabled());
        QCOMPARE(percent->value(), 5.0);
        QTest::mouseClick(find<QCheckBox>("partialIngestionCheckBox"), Qt::LeftButton);
        QVERIFY(!percent->isEnabled());
        QTest::mouseClick(find<QCheckBox>("partialIngestionCheckBox"), Qt::LeftButton);
        QVERIFY(percent->isEnabled());
        // With partial ingestion the Platform keeps the diagnostics.
        QVERIFY(find<QCheckBox>("errorDiagnosticsCheckBox")->isChecked());
        percent->setValue(0);
        QVERIFY(!error("partialIngestionErrorLabel").isEmpty());
        QVERIFY(!next()->isEnabled());
        percent->setValue(7.5);
        QVERIFY(next()->isEnabled());
        m_wizard->next();
        QCOMPARE(m_state->draft().dataflow.partialIngestionPercent, std::optional<double>(7.5));
        QVERIFY(m_state->draft().dataflow.errorDiagnostics);
    }

    void backAndNextKeepTheValues()
    {
        openWizard();
        waitForSpec();
        const QDateTime start = utc(2031, 5, 6, 7, 30);
        choose("day");
        find<QSpinBox>("intervalSpinBox")->setValue(3);
        find<QDateTimeEdit>("startTimeEdit")->setDateTime(start.toLocalTime());
        find<QCheckBox>("backfillCheckBox")->setChecked(false);
        find<QComboBox>("deltaColumnComboBox")->setCurrentIndex(0);
        find<QLineEdit>("dateFormatLineEdit")->setText(QStringLiteral("yyyy-MM-dd"));
        find<QLineEdit>("timezoneLineEdit")->setText(QStringLiteral("Europe/Paris"));
        find<QCheckBox>("errorDiagnosticsCheckBox")->setChecked(true);
        find<QLineEdit>("flowNameLineEdit")->setText(QStringLiteral("Contacts every 3 days"));
        find<QLineEdit>("descriptionLineEdit")->setText(QStringLiteral("For the newsletter"));

        // Back before Next: what was typed goes into the draft all the same.
        m_wizard->back();
        QCOMPARE(m_wizard->currentId(), kBefore);
        QCOMPARE(m_state->draft().dataflow.name, QStringLiteral("Contacts every 3 days"));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), kSchedule);
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), kAfter);

        DraftDataflow expected;
        expected.name = QStringLiteral("Contacts every 3 days");
        expected.description = QStringLiteral("For the newsletter");
        expected.deltaColumn = DeltaColumn{QStringLiteral("Properties_Createdate_Value"), QStringLiteral("yyyy-MM-dd"),
                                           QStringLiteral("Europe/Paris")};
        expected.schedule.frequency = QStringLiteral("day");
        expected.schedule.interval = 3;
        expected.schedule.startTime = start.toSecsSinceEpoch();
        expected.schedule.backfill = false;
        expected.errorDiagnostics = true;
        expected.partialIngestionPercent = 5.0; // on by default for a new dataflow
        QCOMPARE(m_state->draft().dataflow.schedule.toJson(), expected.schedule.toJson());
        QVERIFY(m_state->draft().dataflow == expected);

        // A new wizard on the same state (a reopened recipe) shows the same values.
        m_wizard.reset();
        openWizard();
        QCOMPARE(m_page->dataflow().schedule.toJson(), expected.schedule.toJson());
        QVERIFY(m_page->dataflow() == expected);
        QVERIFY(!find<QCheckBox>("backfillCheckBox")->isChecked());
        QCOMPARE(find<QComboBox>("deltaColumnComboBox")->currentData().toString(),
                 QStringLiteral("Properties_Createdate_Value"));
    }

    void specFailureKeepsTheBuiltInRules()
    {
        m_specStatus = 500;
        openWizard();
        auto* banner = find<InlineMessage>("scheduleMessage");
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->type(), InlineMessage::Type::Warning);
        QVERIFY(next()->isEnabled()); // the shipped copy still judges
        find<QSpinBox>("intervalSpinBox")->setValue(1);
        choose("minute");
        find<QSpinBox>("intervalSpinBox")->setValue(5);
        QVERIFY(!error("intervalErrorLabel").isEmpty());
        m_specStatus = 200;
        QTest::mouseClick(find<QPushButton>("retryFlowSpecButton"), Qt::LeftButton);
        waitForSpec();
        QTRY_VERIFY(!banner->isVisible());
    }

    void keyboardAndAccessibility()
    {
        openWizard();
        const char* fields[]
            = {"frequencyComboBox",        "intervalSpinBox",         "startTimeEdit",    "backfillCheckBox",
               "deltaColumnComboBox",      "dateFormatLineEdit",      "timezoneLineEdit", "errorDiagnosticsCheckBox",
               "partialIngestionCheckBox", "partialIngestionSpinBox", "nextRunsList",     "flowNameLineEdit",
               "descriptionLineEdit"};
        for (const char* name : fields) {
            auto* widget = find<QWidget>(name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
        }
        // Every label with a mnemonic points at its field.
        const QList<QLabel*> labels = m_page->findChildren<QLabel*>();
        int mnemonics = 0;
        for (QLabel* label : labels) {
            if (!label->text().contains(QLatin1Char('&')) || label->textFormat() == Qt::RichText)
                continue;
            ++mnemonics;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        QVERIFY(mnemonics >= 8);
        // Tab goes from one field to the next in reading order.
        auto* frequency = find<QComboBox>("frequencyComboBox");
        frequency->setFocus();
        QTRY_VERIFY(frequency->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(find<QSpinBox>("intervalSpinBox")->isAncestorOf(QApplication::focusWidget())
                || QApplication::focusWidget() == find<QSpinBox>("intervalSpinBox"));
    }
};

QTEST_MAIN(TestSchedulePage)
#include "TestSchedulePage.moc"
