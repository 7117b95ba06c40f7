#include "app/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Language {

QString key(Choice choice)
{
    switch (choice) {
    case Choice::System:
        return u"system"_s;
    case Choice::English:
        return u"en"_s;
    case Choice::German:
        return u"de"_s;
    }
    return u"system"_s;
}

std::optional<Choice> fromKey(const QString &text)
{
    const QString k = text.trimmed().toLower();
    for (Choice choice : all()) {
        if (k == key(choice))
            return choice;
    }
    return std::nullopt;
}

QString nativeName(Choice choice)
{
    switch (choice) {
    case Choice::System:
        return {};
    case Choice::English:
        return u"English"_s;
    case Choice::German:
        return u"Deutsch"_s;
    }
    return {};
}

QList<Choice> all()
{
    return {Choice::System, Choice::English, Choice::German};
}

Choice saved(const QSettings &settings)
{
    return fromKey(settings.value(QLatin1StringView(settingsKey)).toString())
        .value_or(Choice::System);
}

void save(QSettings &settings, Choice choice)
{
    settings.setValue(QLatin1StringView(settingsKey), key(choice));
}

Choice resolve(const QString &commandLine, const QSettings &settings)
{
    if (const auto given = fromKey(commandLine))
        return *given;
    if (const auto fromEnvironment = fromKey(qEnvironmentVariable("CONVERGE_LANG")))
        return *fromEnvironment;
    return saved(settings);
}

QLocale localeFor(Choice choice, const QLocale &system)
{
    switch (choice) {
    case Choice::System:
        return system;
    case Choice::English:
        return system.language() == QLocale::English
            ? system
            : QLocale(QLocale::English, QLocale::UnitedStates);
    case Choice::German:
        return system.language() == QLocale::German ? system
                                                    : QLocale(QLocale::German, QLocale::Germany);
    }
    return system;
}

QString commandLineValue(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strncmp(arg, "--lang=", 7) == 0)
            return QString::fromLocal8Bit(arg + 7);
        if (std::strcmp(arg, "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return {};
}

} // namespace Language

AppTranslators::AppTranslators(QObject *parent)
    : QObject(parent)
    , m_previousDefault(QLocale())
{
}

AppTranslators::~AppTranslators()
{
    removeAll();
    QLocale::setDefault(m_previousDefault);
}

void AppTranslators::removeAll()
{
    for (const auto &translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
    m_installed.clear();
}

bool AppTranslators::load(const QLocale &locale)
{
    removeAll();
    m_locale = locale;
    QLocale::setDefault(locale);

    auto install = [this, &locale](const QString &name, const QString &directory) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(locale, name, u"_"_s, directory))
            return false;
        QCoreApplication::installTranslator(translator.get());
        m_installed.push_back(std::move(translator));
        return true;
    };
    // The last installed translator is asked first: the language's own catalogue before Qt's.
    // English needs only its plural forms, installed at start (models/sync/englishplurals.cpp).
    install(u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (locale.language() == QLocale::English)
        return true;
    return install(u"converge"_s, u":/converge/i18n"_s);
}
