#pragma once

#include "models/control/scenario.h"

#include <optional>

// Behind Scenario::parse(): the first problem of a file, as "file:line: message".
std::optional<Scenario> parseScenario(const QByteArray &text, const QString &fileName,
                                      const ActionRegistry *registry, QString *error);
