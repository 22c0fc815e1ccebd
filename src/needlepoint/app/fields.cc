#include "needlepoint/app/fields.h"

namespace needlepoint::app {

bool IsEmailAddress(std::string_view text) {
  return !text.empty() && text.size() <= 254 && text.find('@') != std::string_view::npos &&
         text.find_first_of(" \t\r\n<>") == std::string_view::npos;
}

}  // namespace needlepoint::app
