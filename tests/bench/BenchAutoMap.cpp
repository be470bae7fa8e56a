// SPDX-License-Identifier: GPL-3.0-or-later
// The auto-map of 500 HubSpot-like columns onto a profile schema made of every profile field group of the standard
// XDM definitions (thousands of fields): the schema index built, then every column's suggestion; median of 15 runs.
//   BENCH automap_ms 12.3 ms goal 50
// The standard definitions are read at run time from AEP_XDM_DIR (environment, else the folder CMake names); when
// they are not there, the figure is measured on a generated schema of the same size and a "# " note says so.
#include "BenchSchema.h"
#include "core/AutoMap.h"
#include "core/FieldChoices.h"
#include "core/XdmFields.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {
constexpr double kGoalMs = 50;
constexpr int kColumns = 500;
constexpr int kRuns = 15;
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString dir = BenchSchema::xdmDir();
    int groups = 0;
    QList<XdmField> leaves;
    if (!dir.isEmpty() && QDir(dir + QStringLiteral("/components/fieldgroups")).exists())
        leaves = FieldChoices::mappable(XdmFields::flatten(BenchSchema::profileSchema(dir, &groups)));
    QString note;
    if (leaves.isEmpty()) {
        leaves = BenchSchema::generatedFields(4000);
        note = QStringLiteral("# automap_ms: the standard XDM field groups were skipped (none found at \"%1\"): "
                              "measured on a generated schema of %2 fields")
                   .arg(dir)
                   .arg(leaves.size());
    }
    const QList<AutoMap::SourceColumn> columns = BenchSchema::hubSpotColumns(kColumns);
    std::vector<double> times;
    QList<AutoMap::Suggestion> suggestions;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const AutoMap::Matcher matcher(leaves); // the first auto-map on a schema pays for its index
        suggestions = matcher.suggest(columns);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    int sure = 0;
    for (const AutoMap::Suggestion& s : suggestions)
        sure += s.score >= AutoMap::kAcceptThreshold ? 1 : 0;
    QTextStream err(stderr);
    err << "automap: " << columns.size() << " columns onto " << leaves.size() << " fields (" << groups
        << " profile field groups): " << suggestions.size() << " suggestions, " << sure << " from "
        << AutoMap::kAcceptThreshold << "; runs " << times.front() << ".." << times.back() << " ms" << Qt::endl;
    for (const AutoMap::Suggestion& s : suggestions.mid(0, argc > 1 && QByteArray(argv[1]) == "-v" ? 500 : 0))
        err << "  " << s.score << ' ' << s.column << " -> " << s.destination << ": " << s.why() << Qt::endl;
    QTextStream out(stdout);
    out << "BENCH automap_ms " << QString::number(median, 'f', 1) << " ms goal " << kGoalMs << Qt::endl;
    if (!note.isEmpty())
        out << note << Qt::endl;
    return 0;
}
