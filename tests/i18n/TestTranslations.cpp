// SPDX-License-Identifier: GPL-3.0-or-later
#include "TsCatalogue.h"
#include "base/Translator.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QWizard>

namespace {

using TsCatalogue::Message;

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    QSet<QString> found;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

/** The French and English catalogues are complete, consistent, embedded, and follow French typography. */
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void embeddedCatalogues()
    {
        for (const QString& language : Translator::supportedLanguages()) {
            const QString path = QStringLiteral(":/i18n/aep_%1.qm").arg(language);
            QVERIFY2(QFile::exists(path), qPrintable(path));
        }
    }

    void frenchIsComplete()
    {
        const QList<Message> messages = TsCatalogue::read(QStringLiteral(AEP_SOURCE_DIR "/translations/aep_fr.ts"));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
            if (m.unfinished || m.translations.join(QString()).trimmed().isEmpty())
                problems << QStringLiteral("untranslated: ") + where;
            if (m.obsolete)
                problems << QStringLiteral("obsolete: ") + where;
            for (const QString& t : m.translations) {
                if (placeholders(t) != placeholders(m.source) && !(placeholders(m.source).contains("%n")))
                    problems << QStringLiteral("placeholders differ: ") + where;
                // French typography: a no-break space before ':' and a narrow one before ';', '?', '!'.
                static const QRegularExpression plainSpaceBefore(QStringLiteral(" [:;?!](\\s|$)"));
                if (plainSpaceBefore.match(t).hasMatch())
                    problems << QStringLiteral("plain space before punctuation: ") + where;
                static const QRegularExpression glued(QStringLiteral("[\\p{L}\\)»](:|;|\\?|!)(\\s|$)"));
                if (glued.match(t).hasMatch())
                    problems << QStringLiteral("missing space before punctuation: ") + where;
                if (t.contains(QLatin1Char('"')) && !m.source.contains(QLatin1Char('"')))
                    problems << QStringLiteral("straight quotes: ") + where;
                if (t.contains(QLatin1Char('\'')) && !m.source.contains(QLatin1Char('\'')))
                    problems << QStringLiteral("straight apostrophe: ") + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void englishPluralsExist()
    {
        const QList<Message> messages = TsCatalogue::read(QStringLiteral(AEP_SOURCE_DIR "/translations/aep_en.ts"));
        for (const Message& m : messages) {
            if (m.source.contains(QLatin1String("%n")))
                QVERIFY2(m.translations.size() == 2 && !m.translations.at(0).contains(QLatin1String("(s)")),
                         qPrintable(m.source));
        }
    }

    void frenchAtRunTime()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/aep_fr.qm")));
        QCOMPARE(translator.translate("CredentialsPage", "Sign in to Experience Platform"),
                 QStringLiteral("Connexion à Experience Platform"));
        const QString one = translator.translate(
            "PlatformError", "The Platform asks to slow down. Try again in %n second(s).", nullptr, 1);
        const QString many = translator.translate(
            "PlatformError", "The Platform asks to slow down. Try again in %n second(s).", nullptr, 5);
        QVERIFY2(one.contains(QLatin1String("seconde.")), qPrintable(one));
        QVERIFY2(many.contains(QLatin1String("secondes.")), qPrintable(many));
    }

    void englishPluralAtRunTime()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/aep_en.qm")));
        QCOMPARE(translator.translate("PlatformError", "The Platform asks to slow down. Try again in %n second(s).",
                                      nullptr, 1),
                 QStringLiteral("The Platform asks to slow down. Try again in %n second."));
    }

    void qtOwnButtonsInFrench()
    {
        QVERIFY(Translator::install(QStringLiteral("fr")));
        QWizard wizard;
        QVERIFY2(wizard.buttonText(QWizard::NextButton).contains(QLatin1String("Suivant")),
                 qPrintable(wizard.buttonText(QWizard::NextButton)));
        QCOMPARE(QCoreApplication::translate("PlatformError", "Cancelled."), QStringLiteral("Annulé."));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
