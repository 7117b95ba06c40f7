#include "app/split/panemirror.h"

#include <QScopedValueRollback>

void PaneMirror::forward(const std::function<void()> &apply)
{
    if (m_applying)
        return;
    const QScopedValueRollback guard(m_applying, true);
    ++m_forwarded;
    apply();
}
