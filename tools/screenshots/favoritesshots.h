#pragma once

class Shots;

// docs/favorites.md: optimistic with rollback on the left, waiting for the server on the right,
// through saving, rollback, a lost answer, another device, replica lag and offline.
void shootFavorites(Shots &shots);
