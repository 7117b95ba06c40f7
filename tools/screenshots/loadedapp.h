#pragma once

#include "mock_backend/postgres/postgressettings.h"

#include <functional>

class ConvergeApp;
class Shots;

// Runs the whole app (embedded backend, seed 42, the default layout, the chosen palette) and
// hands it over once every screen has loaded.
void withLoadedApp(Shots &shots, const std::function<void(ConvergeApp &)> &use,
                   const mock::PostgresSettings &postgres = {});
