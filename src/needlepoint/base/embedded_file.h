// A text file compiled into the binary (cmake/embed_files.cmake), such as an SQL migration.
#pragma once

#include <string_view>

namespace needlepoint::base {

struct EmbeddedFile {
  std::string_view name;  // file name without directory ("0001_init.sql")
  std::string_view text;
};

}  // namespace needlepoint::base
