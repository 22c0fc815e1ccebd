// The reference colours of the 24-patch ColorChecker Classic, in the order of the card
// (row by row from "dark skin" to "black", seen with the brown skin patches top left).
//
// Source: the manufacturer's published 8-bit sRGB (D65) values as tabulated in the
// "ColorChecker" article of the English Wikipedia ("Manufacturer's sRGB color values"
// column, e.g. dark skin #735244 … black #343434), which cites X-Rite's data and
// McCamy, Marcus & Davidson, "A color-rendition chart", J. Appl. Photogr. Eng. 2(3), 1976.
// The same values appear in OpenCV mcc's chart model, except that mcc's table has two typos
// (neutral 6.5 as 150,160,160 and neutral 3.5 as 58,85,85 instead of 160,160,160 and
// 85,85,85); we use the published values. Cards made after November 2014 use new pigments
// (BabelColor) and differ by up to a few ΔE: that is part of the residual a real card shows.
#pragma once

#include <array>
#include <string_view>

namespace needlepoint::imaging {

struct CardPatch {
  std::string_view name;
  unsigned char r, g, b;  // sRGB, 8 bits
};

inline constexpr std::array<CardPatch, 24> kColorCheckerClassic = {{
    {"dark skin", 0x73, 0x52, 0x44},    {"light skin", 0xc2, 0x96, 0x82},
    {"blue sky", 0x62, 0x7a, 0x9d},     {"foliage", 0x57, 0x6c, 0x43},
    {"blue flower", 0x85, 0x80, 0xb1},  {"bluish green", 0x67, 0xbd, 0xaa},
    {"orange", 0xd6, 0x7e, 0x2c},       {"purplish blue", 0x50, 0x5b, 0xa6},
    {"moderate red", 0xc1, 0x5a, 0x63}, {"purple", 0x5e, 0x3c, 0x6c},
    {"yellow green", 0x9d, 0xbc, 0x40}, {"orange yellow", 0xe0, 0xa3, 0x2e},
    {"blue", 0x38, 0x3d, 0x96},         {"green", 0x46, 0x94, 0x49},
    {"red", 0xaf, 0x36, 0x3c},          {"yellow", 0xe7, 0xc7, 0x1f},
    {"magenta", 0xbb, 0x56, 0x95},      {"cyan", 0x08, 0x85, 0xa1},
    {"white 9.5", 0xf3, 0xf3, 0xf2},    {"neutral 8", 0xc8, 0xc8, 0xc8},
    {"neutral 6.5", 0xa0, 0xa0, 0xa0},  {"neutral 5", 0x7a, 0x7a, 0x79},
    {"neutral 3.5", 0x55, 0x55, 0x55},  {"black 2", 0x34, 0x34, 0x34},
}};

// The card's geometry in OpenCV mcc's model units: patches 2.5 wide on a 2.75 pitch, the
// detected box spanning 16.75 × 11.25 (6 × 4 patches plus a 0.25 margin).
inline constexpr double kCardModelPitch = 2.75;
inline constexpr double kCardModelPatch = 2.5;
inline constexpr double kCardModelWidth = 16.75;
inline constexpr double kCardModelHeight = 11.25;

}  // namespace needlepoint::imaging
