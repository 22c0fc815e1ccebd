// The dependency rule as a test: every `#include "needlepoint/…"` in src/ must name a module the
// including file's module may use (transitively), per the module table in ARCHITECTURE.md, and
// src/CMakeLists.txt must declare exactly the table's dependencies. Each library's include path
// is all of src/, so without this a wrong include would compile.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const fs::path kSource(NP_SOURCE_DIR);

struct Module {
  std::string folder;  // relative to src/needlepoint, with a trailing '/'
  std::set<std::string> uses;
  std::set<std::string> test_uses;
};

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The backquoted names in one table cell: "`a`, `b`" -> {a, b}.
std::set<std::string> Names(const std::string& cell) {
  std::set<std::string> names;
  static const std::regex name("`([^`]+)`");
  for (auto it = std::sregex_iterator(cell.begin(), cell.end(), name); it != std::sregex_iterator();
       ++it) {
    names.insert((*it)[1].str());
  }
  return names;
}

std::map<std::string, Module> ModuleTable() {
  const std::string text = ReadFile(kSource / "ARCHITECTURE.md");
  const size_t begin = text.find("<!-- modules");
  const size_t end = text.find("<!-- /modules -->");
  std::map<std::string, Module> modules;
  if (begin == std::string::npos || end == std::string::npos) return modules;
  std::istringstream lines(text.substr(begin, end - begin));
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.starts_with("| `")) continue;
    std::vector<std::string> cells;
    std::stringstream row(line.substr(1));
    std::string cell;
    while (std::getline(row, cell, '|')) cells.push_back(cell);
    if (cells.size() < 4) continue;
    const std::set<std::string> name = Names(cells[0]);
    const std::set<std::string> folder = Names(cells[1]);
    if (name.size() != 1 || folder.size() != 1) continue;
    modules[*name.begin()] = {*folder.begin(), Names(cells[2]), Names(cells[3])};
  }
  return modules;
}

// The module whose folder is the longest prefix of `path` (relative to src/needlepoint).
std::string ModuleOf(const std::map<std::string, Module>& modules, const std::string& path) {
  std::string best;
  size_t best_length = 0;
  for (const auto& [name, module] : modules) {
    if (path.starts_with(module.folder) && module.folder.size() > best_length) {
      best = name;
      best_length = module.folder.size();
    }
  }
  return best;
}

std::set<std::string> Closure(const std::map<std::string, Module>& modules,
                              std::set<std::string> start) {
  std::vector<std::string> todo(start.begin(), start.end());
  while (!todo.empty()) {
    const std::string next = todo.back();
    todo.pop_back();
    auto it = modules.find(next);
    if (it == modules.end()) continue;
    for (const std::string& used : it->second.uses) {
      if (start.insert(used).second) todo.push_back(used);
    }
  }
  return start;
}

TEST(LayeringTest, TheModuleTableIsThere) {
  const auto modules = ModuleTable();
  EXPECT_GE(modules.size(), 15u) << "no module table between the markers in ARCHITECTURE.md";
  for (const auto& [name, module] : modules) {
    for (const std::string& used : module.uses) {
      EXPECT_TRUE(modules.contains(used)) << name << " uses an unknown module " << used;
    }
  }
}

TEST(LayeringTest, EveryIncludeIsOfAModuleTheFileMayUse) {
  const auto modules = ModuleTable();
  ASSERT_FALSE(modules.empty());
  const fs::path root = kSource / "src/needlepoint";
  static const std::regex include(R"re(#include "needlepoint/([^"]+)")re");
  int files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(kSource / "src")) {
    const fs::path& path = entry.path();
    if (!entry.is_regular_file() || (path.extension() != ".h" && path.extension() != ".cc")) {
      continue;
    }
    const std::string relative = fs::relative(path, root).generic_string();
    const std::string module = ModuleOf(modules, relative);
    ASSERT_FALSE(module.empty()) << relative << " is in no module of ARCHITECTURE.md's table";
    const bool is_test = path.filename().string().ends_with("_test.cc");
    std::set<std::string> direct = modules.at(module).uses;
    if (is_test)
      direct.insert(modules.at(module).test_uses.begin(), modules.at(module).test_uses.end());
    direct.insert(module);
    const std::set<std::string> allowed = Closure(modules, direct);
    const std::string text = ReadFile(path);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), include);
         it != std::sregex_iterator(); ++it) {
      const std::string target = ModuleOf(modules, (*it)[1].str());
      EXPECT_TRUE(allowed.contains(target))
          << relative << " (module " << module << ") includes needlepoint/" << (*it)[1]
          << " of module " << (target.empty() ? "?" : target)
          << ", which the table in ARCHITECTURE.md does not let it use";
    }
    ++files;
  }
  EXPECT_GT(files, 100);
}

TEST(LayeringTest, CMakeDeclaresExactlyTheTablesDependencies) {
  const auto modules = ModuleTable();
  ASSERT_FALSE(modules.empty());
  const std::string cmake = ReadFile(kSource / "src/CMakeLists.txt");
  static const std::regex call(R"(needlepoint_module\(([^)]*)\))");
  std::set<std::string> declared;
  for (auto it = std::sregex_iterator(cmake.begin(), cmake.end(), call);
       it != std::sregex_iterator(); ++it) {
    std::istringstream words((*it)[1].str());
    std::string word, name, section;
    std::set<std::string> deps, test_deps;
    while (words >> word) {
      if (word == "NAME" || word == "DIR" || word == "DEPS" || word == "TEST_DEPS" ||
          word == "TEST_PROPERTIES") {
        section = word;
      } else if (section == "NAME") {
        name = word;
      } else if (word.starts_with("np_") && section == "DEPS") {
        deps.insert(word.substr(3));
      } else if (word.starts_with("np_") && section == "TEST_DEPS") {
        test_deps.insert(word.substr(3));
      }
    }
    declared.insert(name);
    auto module = modules.find(name);
    ASSERT_NE(module, modules.end()) << name << " is built but not in ARCHITECTURE.md's table";
    EXPECT_EQ(deps, module->second.uses) << "DEPS of " << name;
    EXPECT_EQ(test_deps, module->second.test_uses) << "TEST_DEPS of " << name;
  }
  for (const auto& [name, module] : modules) {
    if (name == "main") continue;  // an executable, not a needlepoint_module
    EXPECT_TRUE(declared.contains(name)) << name << " is not built";
  }
}

}  // namespace
