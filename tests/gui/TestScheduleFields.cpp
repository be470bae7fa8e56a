// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulePageFixture.h"

/** The Schedule page's fields: the delta column and its date format, the next runs, partial ingestion, the keyboard,
 * Back and Next. */
class TestScheduleFields : public SchedulePageFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

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

QTEST_MAIN(TestScheduleFields)
#include "TestScheduleFields.moc"
