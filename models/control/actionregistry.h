#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <utility>

// The user actions and expectations a scenario may name. Each screen registers its own
// ("favorites.toggle", "profile.upload", "transfer.send"; "favorites.itemFavorite", …) when it is
// composed, so scenarios can drive the real screens the way a person would and check what the
// person would see. Names are "<screen>.<verb>"; args are the step's "args" object.
class ActionRegistry final : public QObject
{
    Q_OBJECT

public:
    // Call done exactly once, when the action has had its visible effect (or failed); message is
    // plain words for the run's summary.
    using Done = std::function<void(bool ok, const QString &message)>;
    using Action = std::function<void(const QJsonObject &args, Done done)>;
    // Checked synchronously against what the screen shows now: {passed, what was found}.
    using Expectation = std::function<std::pair<bool, QString>(const QJsonObject &args)>;
    // For checks that must ask the backend first (e.g. replica LSNs).
    using AsyncExpectation = std::function<void(const QJsonObject &args, Done done)>;

    explicit ActionRegistry(QObject *parent = nullptr);

    // A later registration under the same name replaces the earlier one.
    void registerAction(const QString &name, const QString &description, Action action);
    void registerExpectation(const QString &name, const QString &description,
                             Expectation expectation);
    void registerAsyncExpectation(const QString &name, const QString &description,
                                  AsyncExpectation expectation);

    bool hasAction(const QString &name) const;
    bool hasExpectation(const QString &name) const;
    // Every registered name, actions and expectations, sorted.
    QStringList names() const;
    QStringList actionNames() const;
    QStringList expectationNames() const;
    QString description(const QString &name) const;

    // Unknown names finish at once with ok = false.
    void runAction(const QString &name, const QJsonObject &args, Done done) const;
    void checkExpectation(const QString &name, const QJsonObject &args, Done done) const;

Q_SIGNALS:
    void registryChanged();

private:
    struct Entry
    {
        QString description;
        Action action;
        AsyncExpectation expectation;
    };
    std::map<QString, Entry> m_actions;
    std::map<QString, Entry> m_expectations;
};
