#pragma once

#include <functional>

class ActionRegistry;
class DetailsModel;

// The contact details' scenario vocabulary:
//   action      profile.editDetails         {}  the person starts editing: a later save is
//                                               based on the version shown now
//   action      profile.saveDetails         {name?, email?, pattern?: ask | last-write-wins}
//               the person saves; done when the save is settled or the person is asked
//   action      profile.decideConflict      {choice: mine | theirs | merge, name?, email?}
//   expectation profile.detailsPhase        {phase: idle | saving | checking | conflict | refused}
//   expectation profile.detailsShow         {name?, email?}  what the form's fields show
//   expectation profile.detailsOverwritten  {count}  versions the last "last write wins" save
//                                                    replaced unseen
// reveal (may be empty) brings the screen to the front so screenshots show it.
void registerDetailsActions(ActionRegistry *registry, DetailsModel *model,
                            std::function<void()> reveal);
