#include "core/jsonpath.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace JsonPath {

namespace {

struct Step
{
    QString key;
    int index = -1; // a list entry of key
};

QList<Step> steps(const QString &path)
{
    QList<Step> list;
    for (const QString &part : path.split(u'.', Qt::SkipEmptyParts)) {
        const qsizetype open = part.indexOf(u'[');
        if (open < 0) {
            list.append({part});
            continue;
        }
        bool ok = false;
        const int index = part.mid(open + 1, part.size() - open - 2).toInt(&ok);
        list.append({part.left(open), ok ? index : -1});
    }
    return list;
}

QJsonValue with(const QJsonValue &node, const QList<Step> &path, qsizetype at,
                const QJsonValue &value)
{
    if (at == path.size())
        return value;
    const Step &step = path.at(at);
    QJsonObject object = node.toObject();
    if (step.index < 0) {
        object.insert(step.key, with(object.value(step.key), path, at + 1, value));
        return object;
    }
    QJsonArray array = object.value(step.key).toArray();
    while (array.size() <= step.index)
        array.append(QJsonObject {});
    array.replace(step.index, with(array.at(step.index), path, at + 1, value));
    object.insert(step.key, array);
    return object;
}

} // namespace

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QJsonValue valueAt(const QJsonObject &root, const QString &path)
{
    QJsonValue node = root;
    for (const Step &step : steps(path)) {
        if (!node.isObject())
            return QJsonValue::Undefined;
        node = node.toObject().value(step.key);
        if (step.index >= 0) {
            const QJsonArray array = node.toArray();
            if (!node.isArray() || step.index >= array.size())
                return QJsonValue::Undefined;
            node = array.at(step.index);
        }
    }
    return node;
}

QJsonObject withValue(const QJsonObject &root, const QString &path, const QJsonValue &value)
{
    return with(root, steps(path), 0, value).toObject();
}

QStringList leafPaths(const QJsonValue &value, const QString &path)
{
    QStringList out;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out += leafPaths(it.value(), join(path, it.key()));
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            out.append(path);
        for (qsizetype i = 0; i < array.size(); ++i)
            out += leafPaths(array.at(i), path + u"[%1]"_s.arg(i));
    } else {
        out.append(path);
    }
    return out;
}

QString generic(const QString &path, int *index)
{
    static const QRegularExpression entry(u"\\[(\\d+)\\]"_s);
    const QRegularExpressionMatch match = entry.match(path);
    if (index)
        *index = match.hasMatch() ? match.captured(1).toInt() : -1;
    QString out = path;
    return out.replace(entry, u"[]"_s);
}

QJsonObject mergePatch(const QJsonObject &target, const QJsonObject &patch)
{
    QJsonObject result = target;
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isNull()) {
            result.remove(it.key());
        } else if (it.value().isObject() && result.value(it.key()).isObject()) {
            result.insert(it.key(),
                          mergePatch(result.value(it.key()).toObject(), it.value().toObject()));
        } else {
            result.insert(it.key(), it.value());
        }
    }
    return result;
}

} // namespace JsonPath
