#pragma once

class Shots;

// The Help menu's windows: keyboard shortcuts, the pattern guide of the Favorites screen, About.
void shootHelp(Shots &shots);
