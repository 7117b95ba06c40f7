#pragma once

class Shots;

// docs/images/backend-controls.png: the control room's backend knobs against a live backend,
// after the Instant preset; control-room-held-answers.png: the Held answers tab.
void shootControls(Shots &shots);
