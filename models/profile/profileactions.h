#pragma once

#include <functional>

class ActionRegistry;
class ProfileModel;

// The profile screen's scenario vocabulary, so QA can run its story headless:
//   action      profile.upload        {sample, pattern?, preview?}  upload a bundled sample photo
//   action      profile.reload        {pattern?}                    the person reloads the page
//   expectation profile.showsOwnPhoto {expected?: true}             this session's upload is shown
//   expectation profile.showsVersion  {version | atLeast}           the version on screen
//   expectation profile.showedOldPhoto {expected?: true}            the page presented an older
//                                                                    version after the upload
// reveal (may be empty) brings the screen to the front so screenshots show it.
void registerProfileActions(ActionRegistry *registry, ProfileModel *model,
                            std::function<void()> reveal);
