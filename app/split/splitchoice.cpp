#include "app/split/splitchoice.h"

#include "app/screens/favorites/favoritesscreen.h"
#include "app/screens/transfer/transferscreen.h"
#include "models/profile/profileread.h"

using namespace Qt::StringLiterals;

QStringList SplitChoice::screens()
{
    return {u"favorites"_s, u"profile"_s, u"transfer"_s};
}

QStringList SplitChoice::patternKeys(const QString &screen)
{
    QStringList keys;
    if (screen == "favorites"_L1) {
        for (auto pattern :
             {FavoritesModel::Pattern::WaitForServer, FavoritesModel::Pattern::Optimistic,
              FavoritesModel::Pattern::OfflineFirst})
            keys << FavoritesScreen::patternKey(pattern);
    } else if (screen == "profile"_L1) {
        for (ProfilePattern pattern : ProfilePatterns::all)
            keys << ProfilePatterns::key(pattern);
    } else if (screen == "transfer"_L1) {
        for (auto pattern :
             {TransferModel::Pattern::Transparent, TransferModel::Pattern::Optimistic})
            keys << TransferScreen::patternKey(pattern);
    }
    return keys;
}

std::optional<SplitChoice> SplitChoice::make(const QString &screen, const QString &left,
                                             const QString &right, QString *error)
{
    SplitChoice choice {screen.trimmed().toLower(), left.trimmed().toLower(),
                        right.trimmed().toLower()};
    if (!screens().contains(choice.screen)) {
        *error = tr("There is no screen \"%1\" to show side by side (favorites, profile or "
                    "transfer).")
                     .arg(screen);
        return std::nullopt;
    }
    const QStringList keys = patternKeys(choice.screen);
    for (const QString &key : {choice.left, choice.right}) {
        if (!keys.contains(key)) {
            *error = tr("The %1 screen has no pattern \"%2\" (%3).")
                         .arg(choice.screen, key, keys.join(u", "_s));
            return std::nullopt;
        }
    }
    return choice;
}

std::optional<SplitChoice> SplitChoice::parse(const QString &text, QString *error)
{
    QString screen = u"favorites"_s;
    QString patterns = text;
    const qsizetype colon = text.indexOf(u':');
    if (colon >= 0) {
        screen = text.left(colon);
        patterns = text.mid(colon + 1);
    }
    const QStringList parts = patterns.split(u',');
    if (parts.size() != 2) {
        *error = tr("Side by side needs two patterns, like wait,optimistic or "
                    "profile:naive,read-your-writes, not \"%1\".")
                     .arg(text);
        return std::nullopt;
    }
    return make(screen, parts.at(0), parts.at(1), error);
}
