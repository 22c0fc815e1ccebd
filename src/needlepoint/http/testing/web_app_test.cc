// The web app the server carries (static_files.h): its page is answered for the app's own
// paths with the security headers of every response, a CSP without 'unsafe-inline', no inline
// script or style, and revalidation on every load; the hashed assets it names are served with
// their media type and cached for good; an unchanged page answers 304; anything else outside
// the API stays a 404, and the API is untouched.
#include <gtest/gtest.h>

#include <regex>

#include "needlepoint/http/testing/test_server.h"

namespace needlepoint::http::testing {
namespace {

class WebApp : public ::testing::Test {
 protected:
  void SetUp() override {
    auto server = TestServer::Start();
    ASSERT_TRUE(server.has_value()) << server.error().ToString();
    server_ = std::move(*server);
  }
  Client client() const { return Client(server_->port()); }

  std::unique_ptr<TestServer> server_;
};

// The /assets/ URLs that `html` loads.
std::vector<std::string> AssetsOf(const std::string& html) {
  std::vector<std::string> assets;
  const std::regex reference(R"re((?:src|href)="(/assets/[^"]+)")re");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), reference);
       it != std::sregex_iterator(); ++it) {
    assets.push_back((*it)[1]);
  }
  return assets;
}

TEST_F(WebApp, ThePageIsServedForTheAppsPathsWithAStrictPolicy) {
  for (const std::string path : {"/", "/login", "/invite", "/staff", "/staff/patients/12",
                                 "/portal", "/portal/plans/3", "/book/harbour-skin"}) {
    const HttpResult page = client().Send("GET", path);
    ASSERT_EQ(page.status, 200) << path;
    EXPECT_EQ(page.Header("content-type"), "text/html; charset=utf-8") << path;
    EXPECT_EQ(page.Header("cache-control"), "no-cache") << path;
    EXPECT_FALSE(page.Header("etag").empty()) << path;
    const std::string csp = page.Header("content-security-policy");
    EXPECT_NE(csp.find("default-src 'self'"), std::string::npos) << csp;
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << csp;
    EXPECT_EQ(csp.find("unsafe-eval"), std::string::npos) << csp;
    EXPECT_EQ(page.Header("x-content-type-options"), "nosniff");
    EXPECT_EQ(page.Header("x-frame-options"), "DENY");
    EXPECT_FALSE(page.Header("x-request-id").empty());
    EXPECT_NE(page.body.find("<html lang=\"en\">"), std::string::npos);
  }
}

TEST_F(WebApp, ThePageHasNoInlineScriptOrStyleAndLoadsOnlyItsOwnAssets) {
  const std::string html = client().Send("GET", "/").body;
  // Every <script> has a src; there is no <style> element and no style or on* attribute.
  const std::regex script(R"(<script\b[^>]*>)");
  int scripts = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), script);
       it != std::sregex_iterator(); ++it, ++scripts) {
    EXPECT_NE(it->str().find("src=\"/assets/"), std::string::npos) << it->str();
  }
  EXPECT_GE(scripts, 1);
  EXPECT_FALSE(std::regex_search(html, std::regex(R"(<style\b)")));
  EXPECT_FALSE(std::regex_search(html, std::regex(R"(\s(style|on[a-z]+)=)")));
  EXPECT_FALSE(std::regex_search(html, std::regex(R"((src|href)="(https?:)?//)")))
      << "the page loads something from another origin";
}

TEST_F(WebApp, HashedAssetsAreServedWithTheirTypeAndCachedForGood) {
  const std::vector<std::string> assets = AssetsOf(client().Send("GET", "/").body);
  ASSERT_GE(assets.size(), 2u);  // the script and the stylesheet at least
  bool script = false, style = false;
  for (const std::string& asset : assets) {
    const HttpResult file = client().Send("GET", asset);
    ASSERT_EQ(file.status, 200) << asset;
    EXPECT_FALSE(file.body.empty()) << asset;
    EXPECT_EQ(file.Header("cache-control"), "public, max-age=31536000, immutable") << asset;
    EXPECT_TRUE(std::regex_search(asset, std::regex(R"(-[A-Z0-9]{8}\.[a-z]+$)")))
        << asset << " has no content hash in its name";
    EXPECT_FALSE(file.Header("content-security-policy").empty()) << asset;
    const std::string type = file.Header("content-type");
    if (asset.ends_with(".js")) {
      script = true;
      EXPECT_EQ(type, "text/javascript; charset=utf-8") << asset;
    } else if (asset.ends_with(".css")) {
      style = true;
      EXPECT_EQ(type, "text/css; charset=utf-8") << asset;
    }
  }
  EXPECT_TRUE(script && style);
}

TEST_F(WebApp, AnUnchangedPageIsNotSentAgain) {
  const HttpResult first = client().Send("GET", "/staff");
  const std::string etag = first.Header("etag");
  ASSERT_FALSE(etag.empty());
  const HttpResult again = client().Send("GET", "/staff", "", {{"If-None-Match", etag}});
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  EXPECT_EQ(again.Header("etag"), etag);
  EXPECT_EQ(client().Send("GET", "/staff", "", {{"If-None-Match", "\"other\""}}).status, 200);
}

TEST_F(WebApp, EverythingElseIsLeftToTheApi) {
  for (const std::string path :
       {"/index.html", "/assets/", "/assets/index.html", "/assets/missing-ABCDEFGH.js",
        "/staffroom", "/portals", "/invites", "/invite/1", "/assets/../index.html"}) {
    const HttpResult result = client().Send("GET", path);
    EXPECT_EQ(result.status, 404) << path << ": " << result.body;
    EXPECT_EQ(result.Header("content-type"), "application/problem+json; charset=utf-8") << path;
  }
  EXPECT_EQ(client().Send("POST", "/staff", "{}", {{"Content-Type", "application/json"}}).status,
            404);
  const HttpResult health = client().Send("GET", "/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(health.Header("cache-control"), "no-store");
}

}  // namespace
}  // namespace needlepoint::http::testing
