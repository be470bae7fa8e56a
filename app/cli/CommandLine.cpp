// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include "base/Translator.h"

#include <QCommandLineParser>

namespace {

QString valueAfter(const QStringList& arguments, const QString& name)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == name && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(name + QLatin1Char('=')))
            return arg.mid(name.size() + 1);
    }
    return {};
}

} // namespace

QString CommandLine::qtOptionsHelp()
{
    return tr("Options read by Qt before the program sees them (window mode only):\n"
              "  -platform <name>          The windowing system: xcb, wayland or offscreen.\n"
              "  -style <name>             The widget style, e.g. Fusion.\n"
              "  -qwindowgeometry <geom>   Size and position of the first window, e.g. 900x700+0+0.\n"
              "  -reverse                  Lay the window out from right to left.\n");
}

QString CommandLine::scanLanguage(const QStringList& arguments)
{
    return valueAfter(arguments, QStringLiteral("--lang"));
}

bool CommandLine::isHeadless(const QStringList& arguments)
{
    static const QStringList headless
        = {QStringLiteral("--apply"),   QStringLiteral("--validate"), QStringLiteral("--export-curl"),
           QStringLiteral("--help"),    QStringLiteral("-h"),         QStringLiteral("--help-all"),
           QStringLiteral("--version"), QStringLiteral("-v")};
    for (int i = 1; i < arguments.size(); ++i) {
        const QString name = arguments.at(i).section(QLatin1Char('='), 0, 0);
        if (headless.contains(name))
            return true;
    }
    return false;
}

bool CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates Adobe Experience Platform dataflows from marketing-automation sources (HubSpot and others), "
           "step by step in a wizard or headless from a recipe file."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
    const QCommandLineOption helpAll(QStringLiteral("help-all"),
                                     tr("Show this help and the options that Qt itself reads, and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version and exit."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Start the built-in Platform emulator and open the wizard on it."));
    const QCommandLineOption apply(QStringLiteral("apply"),
                                   tr("Create what the recipe describes, without a window, and print the created "
                                      "ids as one JSON object."),
                                   tr("recipe.json"));
    const QCommandLineOption validate(QStringLiteral("validate"),
                                      tr("Check the recipe offline and against the platform; create nothing."),
                                      tr("recipe.json"));
    const QCommandLineOption exportCurl(QStringLiteral("export-curl"),
                                        tr("Print the recipe's plan as a bash script of curl calls."),
                                        tr("recipe.json"));
    const QCommandLineOption platformUrlOption(QStringLiteral("platform-url"),
                                               tr("Platform base URL (default https://platform.adobe.io)."), tr("URL"));
    const QCommandLineOption imsUrlOption(QStringLiteral("ims-url"),
                                          tr("IMS base URL (default https://ims-na1.adobelogin.com)."), tr("URL"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the interface: fr or en."),
                                  QStringLiteral("fr|en"));
    parser.addOptions(
        {help, helpAll, version, demo, apply, validate, exportCurl, platformUrlOption, imsUrlOption, lang});
    parser.addPositionalArgument(tr("recipe.json"), tr("A recipe file to open in the wizard (optional)."),
                                 tr("[recipe.json]"));

    if (!parser.parse(arguments)) {
        errorText = parser.errorText();
        return false;
    }
    if (parser.isSet(help) || parser.isSet(helpAll)) {
        mode = Mode::Help;
        helpText = parser.helpText();
        if (parser.isSet(helpAll))
            helpText += QLatin1Char('\n') + qtOptionsHelp();
        return true;
    }
    if (parser.isSet(version)) {
        mode = Mode::Version;
        return true;
    }

    language = parser.value(lang);
    if (!language.isEmpty() && !Translator::supportedLanguages().contains(language)) {
        errorText = tr("Unknown language \u201c%1\u201d for --lang: use fr or en.").arg(language);
        return false;
    }
    platformUrl = parser.value(platformUrlOption);
    imsUrl = parser.value(imsUrlOption);

    int modes = 0;
    for (const auto& [option, optionMode] : {std::pair{&apply, Mode::Apply}, std::pair{&validate, Mode::Validate},
                                             std::pair{&exportCurl, Mode::ExportCurl}}) {
        if (parser.isSet(*option)) {
            ++modes;
            mode = optionMode;
            recipePath = parser.value(*option);
        }
    }
    if (parser.isSet(demo)) {
        ++modes;
        mode = Mode::Demo;
    }
    if (modes > 1) {
        errorText = tr("Choose only one of --demo, --apply, --validate and --export-curl.");
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        errorText = tr("Give at most one recipe file.");
        return false;
    }
    if (!positional.isEmpty()) {
        if (mode == Mode::Apply || mode == Mode::Validate || mode == Mode::ExportCurl) {
            errorText = tr("The recipe file is already given to --apply, --validate or --export-curl.");
            return false;
        }
        recipePath = positional.first();
    }
    return true;
}
