// Boost.Asio and Boost.Beast for the HTTP edge, included in the one order that compiles:
// Boost 1.74's Asio uses std::exchange without including <utility> under C++20/23, so
// <utility> must come first. Include this header instead of the Boost ones.
#pragma once

// clang-format off
#include <utility>
#include <boost/asio.hpp>
#include <boost/beast.hpp>
// clang-format on
