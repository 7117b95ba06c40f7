#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Which screen to show side by side and the two panes' patterns, as --split and a scenario's
// "split" name them: "profile:naive,read-your-writes", or "wait,optimistic" for Favorites.
struct SplitChoice
{
    Q_DECLARE_TR_FUNCTIONS(SplitChoice)

public:
    QString screen; // favorites, profile or transfer
    QString left; // pattern keys, as scenarios name them
    QString right;

    friend bool operator==(const SplitChoice &, const SplitChoice &) = default;

    static QStringList screens();
    // The screen's pattern keys ("wait", "optimistic", "offline-first"); none for another name.
    static QStringList patternKeys(const QString &screen);
    // Case and spaces do not matter; on a mistake, nothing and the reason in plain words.
    static std::optional<SplitChoice> parse(const QString &text, QString *error);
    // Checks a choice made of parts (a scenario step's arguments) the same way.
    static std::optional<SplitChoice> make(const QString &screen, const QString &left,
                                           const QString &right, QString *error);
};
