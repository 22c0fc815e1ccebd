// Checks of free-text fields that several use cases accept.
#pragma once

#include <string>
#include <string_view>

namespace needlepoint::app {

// Whether `text` can be an e-mail address: at most 254 bytes, an '@', no spaces or angle
// brackets. (Deliverability is the mail server's business; this keeps junk out.)
bool IsEmailAddress(std::string_view text);

// `text` without ASCII white space (space, tab, CR, LF, FF, VT) at either end.
std::string Trimmed(std::string_view text);

// What is wrong with `slug` as a clinic's login name, or "" if nothing: 2 to 63 characters,
// lower-case ASCII letters, digits and hyphens, starting and ending with a letter or digit.
std::string SlugProblem(std::string_view slug);

}  // namespace needlepoint::app
