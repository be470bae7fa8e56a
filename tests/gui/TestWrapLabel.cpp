// SPDX-License-Identifier: GPL-3.0-or-later
// WrapLabel: the heights it remembers are the ones QLabel gives, and they are asked again of QLabel as soon as
// anything they depend on changes.
#include "WrapLabel.h"

#include <QApplication>
#include <QTest>

namespace {

const QString kText = QStringLiteral(
    "Demo mode: the wizard talks to the built-in Platform emulator at http://127.0.0.1:40000, not to Adobe. Its "
    "credential is filled in.");

/** A plain QLabel set up as @p label is: the reference. */
void copyInto(const WrapLabel& label, QLabel* plain)
{
    plain->setWordWrap(true);
    plain->setText(label.text());
    plain->setFont(label.font());
    plain->setContentsMargins(label.contentsMargins());
    plain->setIndent(label.indent());
    plain->setMargin(label.margin());
    plain->setTextInteractionFlags(label.textInteractionFlags());
}

} // namespace

class TestWrapLabel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void givesQLabelsHeights_data()
    {
        QTest::addColumn<bool>("selectable");
        QTest::newRow("plain") << false;
        QTest::newRow("selectable") << true;
    }

    void givesQLabelsHeights()
    {
        QFETCH(bool, selectable);
        WrapLabel label;
        label.setText(kText);
        if (selectable)
            label.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        QLabel plain;
        copyInto(label, &plain);
        for (int width : {80, 200, 350, 600, 1200})
            QCOMPARE(label.heightForWidth(width), plain.heightForWidth(width));
        QVERIFY(label.heightForWidth(80) > label.heightForWidth(1200)); // it does wrap
    }

    void aWidthAskedAgainIsNotLaidOutAgain()
    {
        WrapLabel label;
        label.setText(kText);
        for (int round = 0; round < 3; ++round) {
            for (int width : {200, 350, 600})
                label.heightForWidth(width);
        }
        QCOMPARE(label.layoutCount(), 3);
    }

    void onlyTheLastFewWidthsAreKept()
    {
        WrapLabel label;
        label.setText(kText);
        for (int width = 100; width < 100 + 9 * 10; width += 10) // nine widths: the first one is forgotten
            label.heightForWidth(width);
        QCOMPARE(label.layoutCount(), 9);
        label.heightForWidth(100);
        QCOMPARE(label.layoutCount(), 10);
        label.heightForWidth(180); // the last one is still known
        QCOMPARE(label.layoutCount(), 10);
    }

    void aChangeIsLaidOutAgain()
    {
        WrapLabel label;
        label.setText(QStringLiteral("Short."));
        QLabel plain;
        const int shortHeight = label.heightForWidth(200);

        label.setText(kText);
        copyInto(label, &plain);
        QVERIFY(label.heightForWidth(200) > shortHeight);
        QCOMPARE(label.heightForWidth(200), plain.heightForWidth(200));

        QFont big = label.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        label.setFont(big);
        copyInto(label, &plain);
        QCOMPARE(label.heightForWidth(200), plain.heightForWidth(200));

        label.setContentsMargins(40, 10, 40, 10);
        copyInto(label, &plain);
        QCOMPARE(label.heightForWidth(200), plain.heightForWidth(200));

        label.setIndent(30);
        copyInto(label, &plain);
        QCOMPARE(label.heightForWidth(200), plain.heightForWidth(200));

        label.setWordWrap(false);
        QCOMPARE(label.heightForWidth(200), label.sizeHint().height()); // one line: QLabel's own answer
        QCOMPARE(label.layoutCount(), 6);
    }
};

QTEST_MAIN(TestWrapLabel)
#include "TestWrapLabel.moc"
