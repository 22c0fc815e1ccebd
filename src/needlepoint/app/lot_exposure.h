// A recall (issue: lot exposure): given a cartridge lot, a GTIN or a product lot, every
// session and patient exposed, with what the clinic needs to reach them, in pages or as one
// CSV file. Owner and provider only; each search or export leaves one read-audit row naming
// the patients it disclosed.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "needlepoint/app/context.h"
#include "needlepoint/app/env.h"
#include "needlepoint/base/ids.h"
#include "needlepoint/base/status.h"
#include "needlepoint/domain/treatment_session.h"
#include "needlepoint/storage/repositories.h"

namespace needlepoint::app {

struct LotSearch {
  domain::LotKind kind = domain::LotKind::kCartridge;
  std::string lot;
  std::string gtin;
  std::optional<domain::ProductCode> product;
  std::string barcode;  // a scanned GS1 element string: its GTIN and lot are searched
  storage::ExposureCursor cursor;
};

struct LotExposure {
  domain::LotQuery query;
  storage::ExposurePage page;
  // The adverse events recorded for each listed session, by session id.
  std::map<int64_t, std::vector<base::AdverseEventId>> events;
  bool more = false;  // rows after the page's last
};

// The most rows one page of a search answers.
inline constexpr int kMaxSearchRows = 1000;

// Bad searches are kInvalidArgument at ?barcode, ?gtin (14 digits with its check digit),
// ?lot (a cartridge search needs a lot or a GTIN, a product search a lot) or ?limit (1 to
// kMaxSearchRows).
base::Result<LotExposure> SearchLotExposure(AppEnv& env, RequestContext& context,
                                            const LotSearch& search);

// The whole search as RFC 4180 CSV (UTF-8, CRLF), at most kMaxExportRows rows (more:
// kFailedPrecondition, narrow the search). Cells a spreadsheet would run as a formula
// (starting = + - @, tab or CR) are prefixed with '.
inline constexpr int kMaxExportRows = 100'000;
base::Result<std::string> ExportLotExposure(AppEnv& env, RequestContext& context,
                                            const LotSearch& search);

}  // namespace needlepoint::app
