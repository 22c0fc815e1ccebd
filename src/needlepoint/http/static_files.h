// The web app: the staff workspace and the patient portal, built from web/ by `make web` into
// web/dist and compiled into the binary, so the server needs no files beside it. The app is
// one page, index.html, answered for the app's own paths (/, /login, /staff/…, /portal/…) so
// that a reload or a bookmark works; the scripts and styles it loads live under /assets/ with
// a content hash in their names, so they may be cached for good, while the page itself is
// revalidated on every load.
#pragma once

#include <optional>
#include <string>

#include "needlepoint/http/message.h"

namespace needlepoint::http {

struct WebFile {
  Response response;          // 200 with the file, or 304 when the client's copy is current
  std::string cache_control;  // "no-cache" for the page, "…, immutable" for hashed assets
};

// The answer for `request` if it is a GET of a page or an asset of the web app; nullopt for
// everything else (the API, unknown paths), which the route table answers.
std::optional<WebFile> ServeWebApp(const Request& request);

// The media type the web app's file `name` is served with, from its extension.
std::string_view WebContentType(std::string_view name);

}  // namespace needlepoint::http
