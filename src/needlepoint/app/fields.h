// Checks of free-text fields that several use cases accept.
#pragma once

#include <string_view>

namespace needlepoint::app {

// Whether `text` can be an e-mail address: at most 254 bytes, an '@', no spaces or angle
// brackets. (Deliverability is the mail server's business; this keeps junk out.)
bool IsEmailAddress(std::string_view text);

}  // namespace needlepoint::app
