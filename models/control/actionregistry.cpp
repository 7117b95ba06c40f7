#include "models/control/actionregistry.h"

ActionRegistry::ActionRegistry(QObject *parent)
    : QObject(parent)
{
}

void ActionRegistry::registerAction(const QString &name, const QString &description, Action action)
{
    m_actions[name] = {description, std::move(action), {}};
    Q_EMIT registryChanged();
}

void ActionRegistry::registerExpectation(const QString &name, const QString &description,
                                         Expectation expectation)
{
    registerAsyncExpectation(
        name, description,
        [expectation = std::move(expectation)](const QJsonObject &args, Done done) {
            const auto [passed, message] = expectation(args);
            done(passed, message);
        });
}

void ActionRegistry::registerAsyncExpectation(const QString &name, const QString &description,
                                              AsyncExpectation expectation)
{
    m_expectations[name] = {description, {}, std::move(expectation)};
    Q_EMIT registryChanged();
}

bool ActionRegistry::hasAction(const QString &name) const
{
    return m_actions.count(name) > 0;
}

bool ActionRegistry::hasExpectation(const QString &name) const
{
    return m_expectations.count(name) > 0;
}

QStringList ActionRegistry::actionNames() const
{
    QStringList list;
    for (const auto &[name, entry] : m_actions)
        list.append(name);
    return list;
}

QStringList ActionRegistry::expectationNames() const
{
    QStringList list;
    for (const auto &[name, entry] : m_expectations)
        list.append(name);
    return list;
}

QStringList ActionRegistry::names() const
{
    QStringList list = actionNames() + expectationNames();
    list.sort();
    list.removeDuplicates();
    return list;
}

QString ActionRegistry::description(const QString &name) const
{
    if (const auto it = m_actions.find(name); it != m_actions.end())
        return it->second.description;
    if (const auto it = m_expectations.find(name); it != m_expectations.end())
        return it->second.description;
    return {};
}

void ActionRegistry::runAction(const QString &name, const QJsonObject &args, Done done) const
{
    const auto it = m_actions.find(name);
    if (it == m_actions.end()) {
        done(false, tr("There is no action “%1”.").arg(name));
        return;
    }
    it->second.action(args, std::move(done));
}

void ActionRegistry::checkExpectation(const QString &name, const QJsonObject &args, Done done) const
{
    const auto it = m_expectations.find(name);
    if (it == m_expectations.end()) {
        done(false, tr("There is no expectation “%1”.").arg(name));
        return;
    }
    it->second.expectation(args, std::move(done));
}
