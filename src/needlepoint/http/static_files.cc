#include "needlepoint/http/static_files.h"

#include <fmt/format.h>

#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>

#include "needlepoint/base/embedded_file.h"

namespace needlepoint::http {

// web/dist/index.html and web/dist/assets/*, by file name (src/CMakeLists.txt embeds them).
std::span<const base::EmbeddedFile> EmbeddedWebFiles();

namespace {

constexpr std::string_view kIndex = "index.html";
constexpr std::string_view kAssets = "/assets/";

struct Entry {
  std::string_view text;
  std::string etag;
};

// FNV-1a: the entity tag only has to change when the bytes do.
std::string EntityTag(std::string_view text) {
  uint64_t hash = 14695981039346656037ull;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return fmt::format("\"{:016x}\"", hash);
}

const std::unordered_map<std::string_view, Entry>& Files() {
  static const std::unordered_map<std::string_view, Entry> files = [] {
    std::unordered_map<std::string_view, Entry> map;
    for (const base::EmbeddedFile& file : EmbeddedWebFiles()) {
      map.emplace(file.name, Entry{file.text, EntityTag(file.text)});
    }
    return map;
  }();
  return files;
}

// The app's own paths, which all load index.html (the app routes in the browser). "/invite" is
// the set-password page of a one-time link, whose token stays in the URL fragment; "/book/<slug>"
// is a clinic's public booking-request form.
bool IsPagePath(std::string_view path) {
  if (path == "/" || path == "/login" || path == "/invite") return true;
  for (const std::string_view prefix : {"/staff", "/portal", "/book"}) {
    if (path.starts_with(prefix) && (path.size() == prefix.size() || path[prefix.size()] == '/')) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view WebContentType(std::string_view name) {
  const size_t dot = name.rfind('.');
  const std::string_view extension = dot == std::string_view::npos ? "" : name.substr(dot + 1);
  if (extension == "html") return "text/html; charset=utf-8";
  if (extension == "js") return "text/javascript; charset=utf-8";
  if (extension == "css") return "text/css; charset=utf-8";
  if (extension == "svg") return "image/svg+xml";
  if (extension == "png") return "image/png";
  if (extension == "txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

std::optional<WebFile> ServeWebApp(const Request& request) {
  if (request.method != Method::kGet) return std::nullopt;
  std::string_view name;
  std::string cache_control;
  if (IsPagePath(request.path)) {
    name = kIndex;
    cache_control = "no-cache";
  } else if (request.path.starts_with(kAssets)) {
    name = std::string_view(request.path).substr(kAssets.size());
    if (name == kIndex) return std::nullopt;
    cache_control = "public, max-age=31536000, immutable";
  } else {
    return std::nullopt;
  }
  const auto found = Files().find(name);
  if (found == Files().end()) return std::nullopt;
  WebFile file;
  file.cache_control = std::move(cache_control);
  file.response.SetHeader("ETag", found->second.etag);
  if (request.Header("if-none-match") == found->second.etag) {
    file.response.status = 304;
    file.response.content_type.clear();
    return file;
  }
  file.response.content_type = std::string(WebContentType(name));
  file.response.body = std::string(found->second.text);
  return file;
}

}  // namespace needlepoint::http
