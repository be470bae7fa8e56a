// SPDX-License-Identifier: GPL-3.0-or-later
// One emulated run over 100,000 Hubspot.Contacts rows (issue 3: under 2 s), repeated on fresh emulators.
// Usage: bench_emulator_run [rows=100000] [repeats=3]. Prints one line on stdout, the ./bench format:
//   BENCH emulator_run_rows_per_s 192307 rows/s goal 100000
// (rows mapped and written per second, the median of the repeats; higher is better); details go to stderr.
#include "EmulatorClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

// Creates the whole chain on a fresh emulator, then times the flow create (which runs the "once" flow
// synchronously); returns the milliseconds, or -1 when the run did not go through.
qint64 timeOneRun(int rows)
{
    EmulatorOptions options;
    options.rows = rows;
    LocalPlatform platform(options);
    platform.listen(0);
    EmulatorClient client(platform);
    client.signIn();
    const auto id = [&](const QString& path, const QByteArray& body, const QString& key) {
        const auto result = client.call("POST", path, body);
        return result.json.isArray() ? result.json.array().at(0).toString().mid(11)
                                     : result.json.object().value(key).toString();
    };
    const QString base = QStringLiteral("/data/foundation/flowservice");
    const QString connection = id(
        base + QStringLiteral("/connections"),
        R"({"name":"h","auth":{"specName":"Basic Authentication","params":{"clientId":"c","clientSecret":"s","accessToken":"a","refreshToken":"r"}},"connectionSpec":{"id":"cc6a4487-9e91-433e-a3a3-9cf6626c1806","version":"1.0"}})",
        QStringLiteral("id"));
    const QString source = id(
        base + QStringLiteral("/sourceConnections"),
        QStringLiteral(
            R"({"name":"s","baseConnectionId":"%1","data":{"format":"tabular"},"params":{"path":"Hubspot.Contacts"},"connectionSpec":{"id":"cc6a4487-9e91-433e-a3a3-9cf6626c1806","version":"1.0"}})")
            .arg(connection)
            .toUtf8(),
        QStringLiteral("id"));
    const QString schema = id(
        QStringLiteral("/data/foundation/schemaregistry/tenant/schemas"),
        R"({"title":"b","allOf":[{"$ref":"https://ns.adobe.com/xdm/context/profile"},{"$ref":"https://ns.adobe.com/xdm/context/profile-person-details"},{"$ref":"https://ns.adobe.com/xdm/context/profile-personal-details"}]})",
        QStringLiteral("$id"));
    const QString dataSet
        = id(QStringLiteral("/data/foundation/catalog/dataSets"),
             QStringLiteral(
                 R"({"name":"d","schemaRef":{"id":"%1","contentType":"application/vnd.adobe.xed+json;version=1"}})")
                 .arg(schema)
                 .toUtf8(),
             {});
    const QString target = id(
        base + QStringLiteral("/targetConnections"),
        QStringLiteral(
            R"({"name":"t","data":{"schema":{"id":"%1","version":"application/vnd.adobe.xed-full+json;version=1"}},"params":{"dataSetId":"%2"},"connectionSpec":{"id":"c604ff05-7f1a-43c0-8e18-33bf874cb11c","version":"1.0"}})")
            .arg(schema, dataSet)
            .toUtf8(),
        QStringLiteral("id"));
    const QString mapping = id(QStringLiteral("/data/foundation/conversion/mappingSets"),
                               QStringLiteral(R"J({"outputSchema":{"schemaRef":{"id":"%1"}},"mappings":[
        {"sourceType":"ATTRIBUTE","source":"Vid","destination":"_id"},
        {"sourceType":"ATTRIBUTE","source":"Properties_Firstname_Value","destination":"person.name.firstName"},
        {"sourceType":"ATTRIBUTE","source":"Properties_Lastname_Value","destination":"person.name.lastName"},
        {"sourceType":"EXPRESSION","source":"concat(Properties_Firstname_Value, \" \", Properties_Lastname_Value)","destination":"person.name.fullName"},
        {"sourceType":"ATTRIBUTE","source":"Properties_Email_Value","destination":"personalEmail.address"},
        {"sourceType":"ATTRIBUTE","source":"Properties_City_Value","destination":"homeAddress.city"},
        {"sourceType":"ATTRIBUTE","source":"Properties_Phone_Value","destination":"mobilePhone.number"},
        {"sourceType":"ATTRIBUTE","source":"Properties_Createdate_Value","destination":"_repo.createDate"}]})J")
                                   .arg(schema)
                                   .toUtf8(),
                               QStringLiteral("id"));
    // Generate the rows before timing: the benchmark measures the run, not the fixture.
    client.get(base + QStringLiteral("/connections/") + connection
               + QStringLiteral("/explore?objectType=table&object=Hubspot.Contacts&preview=true"));
    const QByteArray flow
        = QStringLiteral(
              R"({"name":"f","flowSpec":{"id":"14518937-270c-4525-bdec-c2ba7cce3860","version":"1.0"},"sourceConnectionIds":["%1"],"targetConnectionIds":["%2"],"options":{"partialIngestionPercent":50},"transformations":[{"name":"Copy","params":{"deltaColumn":{"name":"Properties_Lastmodifieddate_Value"}}},{"name":"Mapping","params":{"mappingId":"%3","mappingVersion":"0"}}],"scheduleParams":{"startTime":%4,"frequency":"once"}})")
              .arg(source, target, mapping)
              .arg(QDateTime::currentSecsSinceEpoch())
              .toUtf8();
    QElapsedTimer timer;
    timer.start();
    const auto created = client.call("POST", base + QStringLiteral("/flows"), flow);
    const qint64 elapsed = timer.elapsed();
    const auto runs = client.get(base + QStringLiteral("/runs"));
    const QJsonObject summary
        = runs.json.object()[QStringLiteral("items")][0][QStringLiteral("metrics")][QStringLiteral("recordSummary")]
              .toObject();
    const int input = summary.value(QStringLiteral("inputRecordCount")).toInt();
    QTextStream(stderr) << "flow create status " << created.status << ", rows read " << input << ", written "
                        << summary.value(QStringLiteral("outputRecordCount")).toInt() << ", failed "
                        << summary.value(QStringLiteral("failedRecordCount")).toInt()
                        << "; create + synchronous run took " << elapsed << " ms" << Qt::endl;
    return created.status == 201 && input == rows ? elapsed : -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    const int repeats = qMax(1, argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 3);
    std::vector<qint64> times;
    for (int i = 0; i < repeats; ++i) {
        const qint64 ms = timeOneRun(rows);
        if (ms < 0) {
            QTextStream(stderr) << "emulator_run: the run did not go through" << Qt::endl;
            return 1;
        }
        times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    const double seconds = double(times[times.size() / 2]) / 1000.0;
    // The goal: 100,000 rows in under a second.
    QTextStream(stdout) << "BENCH emulator_run_rows_per_s " << qRound64(double(rows) / seconds) << " rows/s goal 100000"
                        << Qt::endl;
    return 0;
}
