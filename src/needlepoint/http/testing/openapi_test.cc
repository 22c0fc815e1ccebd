// The served OpenAPI document agrees with the route table (§7 L1, A1): /api/openapi.json
// parses; its (method, path) operations are exactly the routes; each operation's x-roles are
// the route's roles (empty for public routes), its x-phi the route's patient-data class, and
// only public operations waive the session requirement — so the documented access model
// cannot drift from the enforced one.
#include <gtest/gtest.h>

#include <set>

#include "needlepoint/http/routes.h"
#include "needlepoint/http/testing/test_server.h"

namespace needlepoint::http::testing {
namespace {

using nlohmann::json;

std::string PhiName(Phi phi) {
  switch (phi) {
    case Phi::kNone:
      return "none";
    case Phi::kRead:
      return "read";
    case Phi::kWrite:
      return "write";
  }
  return "?";
}

std::set<std::string> RoleNames(RoleSet roles) {
  std::set<std::string> names;
  roles.ForEach([&](domain::Role role) { names.insert(std::string(domain::CodeName(role))); });
  return names;
}

class OpenApiDocument : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto server = TestServer::Start();
    ASSERT_TRUE(server.has_value()) << server.error().ToString();
    response_ = new HttpResult(Client((*server)->port()).Send("GET", "/api/openapi.json"));
  }
  static void TearDownTestSuite() {
    delete response_;
    response_ = nullptr;
  }
  void SetUp() override {
    ASSERT_NE(response_, nullptr);
    ASSERT_EQ(response_->status, 200) << response_->body;
    document_ = response_->Json();
    ASSERT_FALSE(document_.is_discarded()) << "the OpenAPI document does not parse";
    ASSERT_TRUE(document_.contains("paths") && document_["paths"].is_object());
  }

  // "GET /api/v1/patients/{id}" -> the operation object.
  std::map<std::string, json> Operations() const {
    static const std::set<std::string> kMethods = {"get",   "put",  "post",    "delete",
                                                   "patch", "head", "options", "trace"};
    std::map<std::string, json> operations;
    for (const auto& [path, item] : document_["paths"].items()) {
      for (const auto& [method, operation] : item.items()) {
        if (!kMethods.contains(method)) continue;
        std::string upper = method;
        for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        operations[upper + " " + path] = operation;
      }
    }
    return operations;
  }

  static inline HttpResult* response_ = nullptr;
  json document_;
};

TEST_F(OpenApiDocument, IsServedAsJsonAndIsOpenApi31) {
  EXPECT_TRUE(response_->Header("content-type").starts_with("application/json"));
  EXPECT_TRUE(document_.value("openapi", "").starts_with("3.1")) << document_.value("openapi", "");
}

TEST_F(OpenApiDocument, DescribesExactlyTheRouteTable) {
  std::set<std::string> documented;
  for (const auto& [key, operation] : Operations()) documented.insert(key);
  std::set<std::string> routed;
  for (const Route& route : ApiRoutes()) routed.insert(RouteKey(route));
  EXPECT_EQ(documented, routed);
  for (const std::string& key : routed) {
    EXPECT_TRUE(documented.contains(key)) << key << " is routed but not documented";
  }
  for (const std::string& key : documented) {
    EXPECT_TRUE(routed.contains(key)) << key << " is documented but not routed";
  }
}

TEST_F(OpenApiDocument, RolesAndPatientDataMatchTheRoutes) {
  const std::map<std::string, json> operations = Operations();
  for (const Route& route : ApiRoutes()) {
    const std::string key = RouteKey(route);
    auto it = operations.find(key);
    if (it == operations.end()) continue;  // reported above
    const json& operation = it->second;
    ASSERT_TRUE(operation.contains("x-roles") && operation["x-roles"].is_array())
        << key << " has no x-roles";
    std::set<std::string> documented;
    for (const json& role : operation["x-roles"]) documented.insert(role.get<std::string>());
    EXPECT_EQ(documented.size(), operation["x-roles"].size()) << key << " repeats a role";
    EXPECT_EQ(documented, RoleNames(route.roles)) << key;
    EXPECT_EQ(route.is_public(), documented.empty()) << key;
    ASSERT_TRUE(operation.contains("x-phi")) << key << " has no x-phi";
    EXPECT_EQ(operation["x-phi"], PhiName(route.phi)) << key;
    // Public operations opt out of the document's session requirement; no other does.
    const json& security =
        operation.contains("security") ? operation["security"] : document_["security"];
    EXPECT_EQ(security.is_array() && security.empty(), route.is_public())
        << key << " security " << security.dump();
  }
}

}  // namespace
}  // namespace needlepoint::http::testing
