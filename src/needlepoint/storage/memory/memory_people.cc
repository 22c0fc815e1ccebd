// Clinic settings, staff users, rooms and devices (the twin of sql_people.cc's first half).
#include <algorithm>
#include <cctype>
#include <tuple>

#include "needlepoint/storage/memory/memory_repositories.h"

namespace needlepoint::storage::memory {
namespace {

using base::Result;
using domain::Clinic;
using domain::Resource;
using domain::User;

// The schema's CHECK ((role = 'patient') = (patient_id IS NOT NULL)).
base::Status CheckPatientLink(domain::Role role, const std::optional<base::PatientId>& patient) {
  if ((role == domain::Role::kPatient) != patient.has_value()) return SchemaViolation();
  return base::OkStatus();
}

}  // namespace

// ---- Clinic ---------------------------------------------------------------------------------

Result<Clinic> MemoryClinics::Get() {
  if (!c_.clinic_exists()) return base::Fail(base::NotFound("clinic not found"));
  return c_.data().clinic;
}

Result<Clinic> MemoryClinics::Update(const Clinic& clinic) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  if (!c_.clinic_exists()) return base::Fail(base::NotFound("clinic not found"));
  if (clinic.slug != c_.data().clinic.slug) {
    // clinic_directory's primary key (writers are serialised: no other rename is pending).
    base::Result<base::ClinicId> owner = c_.FindClinic(clinic.slug);
    if (owner && *owner != c_.clinic()) return base::Fail(DuplicateKey());
  }
  Clinic& stored = c_.Mutable().clinic;
  stored.name = clinic.name;
  stored.time_zone = clinic.time_zone;
  stored.slug = clinic.slug;
  stored.phone = clinic.phone;
  return stored;
}

// ---- Users ----------------------------------------------------------------------------------

Result<User> MemoryUsers::Create(const User& user) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  const base::UserId id(c_.NextId());
  // Constraint order as in SQL: CHECK, then UNIQUE, then the foreign keys.
  NP_RETURN_IF_ERROR(CheckPatientLink(user.role, user.patient_id));
  const std::string email = AsciiLower(user.email);
  for (const auto& [other_id, other] : c_.data().users) {
    if (other.email == email) return base::Fail(DuplicateKey());
    // users_one_portal_account
    if (user.patient_id && other.patient_id == user.patient_id) return base::Fail(DuplicateKey());
  }
  if (!c_.clinic_exists()) return base::Fail(MissingReference());
  if (user.patient_id) NP_RETURN_IF_ERROR(CheckReference(c_.data().patients, *user.patient_id));
  User stored = user;
  stored.clinic_id = c_.clinic();
  stored.id = id;
  stored.email = email;
  stored.created_at = c_.Now();
  c_.Mutable().users[id] = stored;
  return stored;
}

Result<User> MemoryUsers::Get(base::UserId id) { return FindRow(c_.data().users, id, "user"); }

Result<User> MemoryUsers::FindByEmail(std::string_view email) {
  const std::string wanted = AsciiLower(email);
  for (const auto& [id, user] : c_.data().users) {
    if (user.email == wanted) return user;
  }
  return base::Fail(base::NotFound("user not found"));
}

Result<std::vector<User>> MemoryUsers::ListStaff() {
  std::vector<User> out;
  for (const auto& [id, user] : c_.data().users) {
    if (user.role != domain::Role::kPatient) out.push_back(user);
  }
  // ORDER BY role (its text), display_name, id.
  std::sort(out.begin(), out.end(), [](const User& a, const User& b) {
    return std::forward_as_tuple(domain::CodeName(a.role), a.display_name, a.id) <
           std::forward_as_tuple(domain::CodeName(b.role), b.display_name, b.id);
  });
  return out;
}

Result<User> MemoryUsers::FindPortalAccount(base::PatientId patient) {
  for (const auto& [id, user] : c_.data().users) {
    if (user.patient_id == patient) return user;
  }
  return base::Fail(base::NotFound("portal account not found"));
}

Result<std::vector<User>> MemoryUsers::ListPortalAccounts() {
  std::vector<User> out;
  for (const auto& [id, user] : c_.data().users) {
    if (user.patient_id) out.push_back(user);
  }
  std::sort(out.begin(), out.end(), [](const User& a, const User& b) {
    return std::tie(a.display_name, a.id) < std::tie(b.display_name, b.id);
  });
  return out;
}

Result<User> MemoryUsers::Update(const User& user) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  NP_ASSIGN_OR_RETURN(User stored, Get(user.id));
  NP_RETURN_IF_ERROR(CheckPatientLink(user.role, stored.patient_id));
  const std::string email = AsciiLower(user.email);
  for (const auto& [other_id, other] : c_.data().users) {
    if (other_id != user.id && other.email == email) return base::Fail(DuplicateKey());
  }
  stored.email = email;
  stored.display_name = user.display_name;
  stored.role = user.role;
  stored.title = user.title;
  stored.password_hash = user.password_hash;
  stored.active = user.active;
  c_.Mutable().users[stored.id] = stored;
  return stored;
}

// ---- Resources ------------------------------------------------------------------------------

Result<Resource> MemoryResources::Create(const Resource& resource) {
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  const base::ResourceId id(c_.NextId());
  if (!c_.clinic_exists()) return base::Fail(MissingReference());
  Resource stored = resource;
  stored.clinic_id = c_.clinic();
  stored.id = id;
  c_.Mutable().resources[id] = stored;
  return stored;
}

Result<Resource> MemoryResources::Get(base::ResourceId id) {
  return FindRow(c_.data().resources, id, "resource");
}

Result<Resource> MemoryResources::Update(const Resource& resource) {
  NP_ASSIGN_OR_RETURN(Resource stored, Get(resource.id));
  NP_RETURN_IF_ERROR(c_.CheckWritable());
  stored.name = resource.name;
  stored.serial = resource.serial;
  stored.active = resource.active;
  c_.Mutable().resources[resource.id] = stored;
  return stored;
}

Result<std::vector<Resource>> MemoryResources::List() {
  std::vector<Resource> out;
  for (const auto& [id, resource] : c_.data().resources) out.push_back(resource);
  // ORDER BY kind (its text), name, id.
  std::sort(out.begin(), out.end(), [](const Resource& a, const Resource& b) {
    return std::forward_as_tuple(domain::CodeName(a.kind), a.name, a.id) <
           std::forward_as_tuple(domain::CodeName(b.kind), b.name, b.id);
  });
  return out;
}

}  // namespace needlepoint::storage::memory
