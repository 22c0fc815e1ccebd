// Reading the data-file cases the contract tests run (tests/*_cases, the shared vignettes):
// every .json file under the given directories, in a stable order, and a name gtest accepts.
// Header-only: only the contract module's tests include it.
#pragma once

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

namespace needlepoint::contract::case_files {

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::stringstream content;
  content << file.rdbuf();
  return content.str();
}

// The .json files in `directories` (missing ones are skipped), sorted; with `recursive`, also
// those in their subdirectories.
inline std::vector<std::filesystem::path> CaseFiles(
    std::initializer_list<std::filesystem::path> directories, bool recursive = false) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  const auto add = [&files](const fs::directory_entry& entry) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") {
      files.push_back(entry.path());
    }
  };
  for (const fs::path& directory : directories) {
    if (!fs::is_directory(directory)) continue;
    if (recursive) {
      for (const auto& entry : fs::recursive_directory_iterator(directory)) add(entry);
    } else {
      for (const auto& entry : fs::directory_iterator(directory)) add(entry);
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// `name` with every character gtest refuses in a test name replaced by '_'.
inline std::string TestNameOf(std::string name) {
  std::replace_if(
      name.begin(), name.end(), [](unsigned char c) { return !std::isalnum(c); }, '_');
  return name;
}

}  // namespace needlepoint::contract::case_files
