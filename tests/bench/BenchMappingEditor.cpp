// SPDX-License-Identifier: GPL-3.0-or-later
// The visual mapping editor on a profile schema made of every profile field group of the standard XDM definitions
// (AEP_XDM_DIR; else a generated schema of 4000 fields, which a "# " note says) and 500 HubSpot-like columns:
//   BENCH mapping_open_ms 95.0 ms goal 150          the rules' model given the table and schema, the editor filled,
//                                                   shown and painted; median of 9 runs
//   BENCH mapping_filter_p95_ms 8.0 ms goal 16      one keystroke in the field search, processed and painted; 95th
//                                                   percentile of 200 keystrokes
//   BENCH rss_delta_mb 20.0 MB goal 40              peak resident memory with the editor open, minus that of an
//                                                   empty wizard shown before it
#include "BenchSchema.h"
#include "MappingPane.h"
#include "VisualMappingEditor.h"
#include "core/MappingModel.h"
#include "core/SuggestionModel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTest>
#include <QTextStream>
#include <QTreeView>
#include <QWizard>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

constexpr int kColumns = 500;
constexpr int kOpenRuns = 9;
constexpr int kKeystrokes = 200;

/** A /proc/self/status figure in MB ("VmRSS", "VmHWM"). */
double statusMb(const char* key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key)) + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

/** Paints of a widget, counted. */
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        paints += event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};

struct Editor
{
    std::unique_ptr<QWidget> window = std::make_unique<QWidget>();
    MappingModel* rules = new MappingModel(window.get());
    SuggestionModel* suggestions = new SuggestionModel(window.get());
    VisualMappingEditor* editor = nullptr;
};

/** Opens the editor in an 820×600 window; returns the milliseconds until its field tree was painted. */
double open(Editor& e, const QJsonArray& columns, const QJsonArray& rows, const QJsonObject& schema,
            const QList<MappingRule>& rules)
{
    QElapsedTimer timer;
    timer.start();
    e.editor = new VisualMappingEditor(e.rules, e.suggestions, e.window.get());
    e.rules->setContext(columns, schema, DataflowDraft());
    e.rules->setRules(rules);
    e.editor->setContext(columns, rows);
    e.window->resize(820, 600);
    e.editor->resize(820, 600);
    PaintCounter painted;
    e.editor->fieldsPane()->view()->viewport()->installEventFilter(&painted);
    e.window->show();
    while (painted.paints == 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    e.editor->fieldsPane()->view()->viewport()->removeEventFilter(&painted);
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString dir = BenchSchema::xdmDir();
    int groups = 0;
    QJsonObject schema;
    if (!dir.isEmpty() && QDir(dir + QStringLiteral("/components/fieldgroups")).exists())
        schema = BenchSchema::profileSchema(dir, &groups);
    QString note;
    if (schema.isEmpty()) {
        schema = BenchSchema::generatedSchema(4000);
        note = QStringLiteral("# mapping editor: the standard XDM field groups were skipped (none found at \"%1\"): "
                              "measured on a generated schema of 4000 fields")
                   .arg(dir);
    }
    // The schema as the Platform would send it: bytes, read when the page opens (so the library is not counted).
    const QByteArray schemaBytes = QJsonDocument(schema).toJson(QJsonDocument::Compact);
    schema = {};
    QJsonArray columns;
    QJsonArray rows;
    const QList<AutoMap::SourceColumn> hubSpot = BenchSchema::hubSpotColumns(kColumns);
    for (const AutoMap::SourceColumn& column : hubSpot)
        columns.append(QJsonObject{{QStringLiteral("name"), column.name}, {QStringLiteral("type"), column.type}});
    for (int r = 0; r < 100; ++r) {
        QJsonObject row;
        for (const AutoMap::SourceColumn& column : hubSpot)
            row.insert(column.name, QStringLiteral("value %1 of %2").arg(r).arg(column.name.left(12)));
        rows.append(row);
    }

    // The memory of an empty wizard, shown and painted: the baseline.
    {
        QWizard empty;
        empty.addPage(new QWizardPage);
        empty.resize(820, 600);
        empty.show();
        if (!QTest::qWaitForWindowExposed(&empty))
            return 1;
        QCoreApplication::processEvents();
    }
    const double baseline = statusMb("VmHWM:");

    std::vector<double> openMs;
    std::unique_ptr<Editor> kept;
    int fields = 0;
    for (int run = 0; run < kOpenRuns; ++run) {
        auto e = std::make_unique<Editor>();
        const QJsonObject tree = QJsonDocument::fromJson(schemaBytes).object();
        QList<MappingRule> rules;
        if (run > 0) // the auto-map's sure rules, as the page proposes them (its time is automap_ms)
            for (const AutoMap::Suggestion& s : kept->rules->matcher().suggest(kept->rules->sourceColumns()))
                if (s.score >= AutoMap::kAcceptThreshold)
                    rules << s.rule();
        openMs.push_back(open(*e, columns, rows, tree, rules));
        fields = int(e->rules->targetFields().size());
        kept = std::move(e); // the previous one goes: one editor open at a time
    }
    const double peak = statusMb("VmHWM:");
    std::sort(openMs.begin(), openMs.end());

    // Keystrokes in the field search: words typed, then erased.
    QLineEdit* search = kept->editor->fieldsPane()->search();
    search->setFocus();
    const QString words[] = {QStringLiteral("address"),    QStringLiteral("email"),   QStringLiteral("phone"),
                             QStringLiteral("birth date"), QStringLiteral("loyalty"), QStringLiteral("country code")};
    std::vector<double> keyMs;
    PaintCounter painted;
    kept->editor->fieldsPane()->view()->viewport()->installEventFilter(&painted);
    for (int w = 0; keyMs.size() < kKeystrokes; ++w) {
        const QString& word = words[w % 6];
        QList<std::pair<Qt::Key, QChar>> keys;
        for (QChar c : word)
            keys << std::pair(Qt::Key_unknown, c);
        for (qsizetype i = 0; i < word.size(); ++i)
            keys << std::pair(Qt::Key_Backspace, QChar());
        for (const auto& [key, c] : keys) {
            QElapsedTimer timer;
            timer.start();
            if (key == Qt::Key_Backspace)
                QTest::keyClick(search, Qt::Key_Backspace);
            else
                QTest::keyClicks(search, QString(c));
            QCoreApplication::processEvents(); // the filter's layout and the repaint
            keyMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (keyMs.size() == kKeystrokes)
                break;
        }
    }
    std::sort(keyMs.begin(), keyMs.end());
    const double p95 = keyMs[size_t(double(keyMs.size()) * 0.95)];

    QTextStream err(stderr);
    err << "mapping editor: " << kColumns << " columns, " << fields << " fields (" << groups
        << " profile field groups); open " << openMs.front() << ".." << openMs.back() << " ms; keystrokes "
        << keyMs.front() << ".." << keyMs.back() << " ms (" << painted.paints << " paints); memory " << baseline
        << " -> " << peak << " MB" << Qt::endl;
    QTextStream out(stdout);
    out << "BENCH mapping_open_ms " << QString::number(openMs[openMs.size() / 2], 'f', 1) << " ms goal 150" << Qt::endl;
    out << "BENCH mapping_filter_p95_ms " << QString::number(p95, 'f', 1) << " ms goal 16" << Qt::endl;
    out << "BENCH rss_delta_mb " << QString::number(peak - baseline, 'f', 1) << " MB goal 40" << Qt::endl;
    if (!note.isEmpty())
        out << note << Qt::endl;
    return 0;
}
