// A registered pair's changes (over the region both photos show) and its overlays.
#pragma once

#include <vector>

#include "needlepoint/imaging/opencv/analysis.h"
#include "needlepoint/imaging/photo.h"

namespace needlepoint::imaging::cvimpl {

// The changes of every contract metric from `before` to `after` (both usable, registered by
// `r`). Field-of-view totals count only what lies in the region both photos show; the after
// photo's redness is measured over the baseline's red area mapped into it.
std::vector<Change> ComputeChanges(const Analysed& before, const Analysed& after,
                                   const Registration& r);

// side_by_side.jpg, wipe.jpg (before and the after photo warped onto it) and the feature
// maps (spots turquoise, lines green, pores purple) of each photo.
Overlays MakeOverlays(const Analysed& before, const Analysed& after, const Registration& r);

}  // namespace needlepoint::imaging::cvimpl
