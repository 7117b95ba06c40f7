#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QSettings;
class QTranslator;

// The languages Converge speaks, and which one this start uses: --lang, then CONVERGE_LANG, then
// View → Language (remembered), then the desktop's language. A choice applies from the next
// start: the windows are built once, in the language of their start.
namespace Language {

enum class Choice { System, English, German };

inline constexpr char settingsKey[] = "view/language";

// "system", "en", "de": what --lang, CONVERGE_LANG and the settings file hold.
QString key(Choice choice);
std::optional<Choice> fromKey(const QString &key);
// A language's own name ("Deutsch"), as language menus show it; System has no name of its own.
QString nativeName(Choice choice);
QList<Choice> all();

Choice saved(const QSettings &settings);
void save(QSettings &settings, Choice choice);
// commandLine is --lang's value (empty when not given); an unknown key counts as not given.
Choice resolve(const QString &commandLine, const QSettings &settings);

// The locale that formats money, numbers and dates and picks the catalogue. The system's own
// locale when it speaks the chosen language (de_AT stays de_AT), else that language's home.
QLocale localeFor(Choice choice, const QLocale &system = QLocale::system());

// The value of --lang in argv, read before the command line parser exists (it is translated).
QString commandLineValue(int argc, char **argv);

} // namespace Language

// Converge's catalogue and Qt's own (standard buttons, dialogs) for one locale, installed on the
// application for as long as this object lives. Also makes the locale the default QLocale, so
// money, numbers and dates follow the language in use.
class AppTranslators final : public QObject
{
public:
    explicit AppTranslators(QObject *parent = nullptr);
    ~AppTranslators() override;

    // Replaces what was installed; true when Converge has a catalogue for the locale (English
    // needs none: it is the source language).
    bool load(const QLocale &locale);
    QLocale locale() const { return m_locale; }

private:
    void removeAll();

    std::vector<std::unique_ptr<QTranslator>> m_installed;
    QLocale m_locale;
    QLocale m_previousDefault;
};
