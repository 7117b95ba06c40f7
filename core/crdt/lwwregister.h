#pragma once

#include <QString>

#include <optional>
#include <tuple>

// A last-writer-wins register: the value with the latest stamp (time, then replica, then the
// value itself, so that any two replicas agree even on a tie). What it teaches is what it loses:
// of two concurrent edits, one silently disappears.
template<typename T> class LwwRegister
{
public:
    struct Stamp
    {
        qint64 atMs = 0;
        QString replica;
    };

    void assign(const T &value, qint64 atMs, const QString &replica)
    {
        take(value, Stamp {atMs, replica});
    }
    void merge(const LwwRegister &other)
    {
        if (other.m_value)
            take(*other.m_value, other.m_stamp);
    }
    const std::optional<T> &value() const { return m_value; }
    const Stamp &stamp() const { return m_stamp; }

    friend bool operator==(const LwwRegister &a, const LwwRegister &b)
    {
        return a.m_value == b.m_value
            && (!a.m_value
                || std::tie(a.m_stamp.atMs, a.m_stamp.replica)
                    == std::tie(b.m_stamp.atMs, b.m_stamp.replica));
    }

private:
    void take(const T &value, const Stamp &stamp)
    {
        if (m_value
            && std::tie(stamp.atMs, stamp.replica, value)
                <= std::tie(m_stamp.atMs, m_stamp.replica, *m_value))
            return;
        m_value = value;
        m_stamp = stamp;
    }

    std::optional<T> m_value;
    Stamp m_stamp;
};
