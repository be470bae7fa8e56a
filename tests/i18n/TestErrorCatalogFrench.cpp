// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmulatorErrorCodes.h"
#include "platform/ErrorCatalog.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

/**
 * Every error code the emulator can send reads as plain words in French too: the built French catalogue translates
 * each text of platform/ErrorCatalog (English checks: tests/unit/TestErrorCatalog.cpp).
 */
class TestErrorCatalogFrench : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The built catalogue; AEP_FR_QM names another one (a catalogue being merged, checked before it is committed).
        const QString path = qEnvironmentVariable("AEP_FR_QM", QStringLiteral(":/i18n/aep_fr.qm"));
        QVERIFY2(m_french.load(path), qPrintable(path));
    }

    void everyTextOfTheTableIsTranslated()
    {
        QStringList untranslated;
        for (const ErrorCatalog::Source& s : ErrorCatalog::sources()) {
            const QString french = m_french.translate(s.context, s.text, nullptr, s.plural ? 2 : -1);
            if (french.isEmpty() || french == QString::fromUtf8(s.text))
                untranslated
                    << QStringLiteral("%1 [%2] %3").arg(s.code, QLatin1String(s.context), QString::fromUtf8(s.text));
        }
        untranslated.removeDuplicates();
        QVERIFY2(
            untranslated.isEmpty(),
            qPrintable(QStringLiteral("%1 texts of platform/ErrorCatalog without French:\n").arg(untranslated.size())
                       + untranslated.join(QLatin1Char('\n'))));
    }

    void everyEmulatorCodeReadsInFrench()
    {
        QStringList problems;
        const QList<EmulatorErrorCodes::Code> codes
            = EmulatorErrorCodes::scan(QStringLiteral(AEP_EMULATOR_DIR), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(codes.size() >= 60);
        QStringList english;
        for (const auto& c : codes)
            english << ErrorCatalog::message(c.code).text();
        QVERIFY(QCoreApplication::installTranslator(&m_french));
        QStringList same;
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const ErrorCatalog::Match match = ErrorCatalog::match(codes.at(i).code);
            if (match.byStatus)
                continue; // the HTTP status's words: PlatformError's, checked by the catalogue test
            const QString french = ErrorCatalog::message(match).text();
            if (french.isEmpty() || french == english.at(i))
                same << QStringLiteral("%1 (%2): %3").arg(codes.at(i).code, codes.at(i).where, english.at(i));
        }
        QCoreApplication::removeTranslator(&m_french);
        QVERIFY2(same.isEmpty(),
                 qPrintable(QStringLiteral("codes whose words are not in French:\n") + same.join(QLatin1Char('\n'))));
    }

    void frenchPluralsAndPlaceholders()
    {
        QVERIFY(QCoreApplication::installTranslator(&m_french));
        const QString one
            = ErrorCatalog::message(QStringLiteral("MAPPER-3700-400"),
                                    QStringLiteral("personalEmail.address: the required field is empty"), 1)
                  .text();
        const QString many
            = ErrorCatalog::message(QStringLiteral("MAPPER-3700-400"),
                                    QStringLiteral("personalEmail.address: the required field is empty"), 43)
                  .text();
        QCoreApplication::removeTranslator(&m_french);
        QVERIFY2(one.startsWith(QLatin1String("1 enregistrement ")), qPrintable(one));
        QVERIFY2(many.startsWith(QLatin1String("43 enregistrements ")), qPrintable(many));
        QVERIFY2(many.contains(QStringLiteral("\u00ab\u202fpersonalEmail.address\u202f\u00bb")), qPrintable(many));
    }

private:
    QTranslator m_french;
};

QTEST_MAIN(TestErrorCatalogFrench)
#include "TestErrorCatalogFrench.moc"
