// The OpenAPI 3.1 description of the API (docs/openapi.json, compiled into the binary and
// served at /api/openapi.json). A test checks it against the route table.
#pragma once

#include <string_view>

namespace needlepoint::http {

std::string_view OpenApiDocument();

}  // namespace needlepoint::http
