// The API's one route table.
#pragma once

#include <vector>

#include "needlepoint/http/router.h"

namespace needlepoint::http {

// Every route the server answers: method, path, who may call it, whether it touches patient
// data, its body type, its audit action, and its handler.
std::vector<Route> ApiRoutes();

}  // namespace needlepoint::http
