#include "needlepoint/storage/sql/sql_session.h"

#include <stdexcept>

namespace needlepoint::storage::sql {

int64_t SqlRow::Int(std::size_t i) const {
  if (const int64_t* v = std::get_if<int64_t>(&values_.at(i))) return *v;
  throw std::logic_error("column " + std::to_string(i) + " is not an integer");
}

std::optional<int64_t> SqlRow::OptInt(std::size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Int(i);
}

const std::string& SqlRow::Text(std::size_t i) const {
  if (const std::string* v = std::get_if<std::string>(&values_.at(i))) return *v;
  throw std::logic_error("column " + std::to_string(i) + " is not text");
}

base::Timestamp SqlRow::Time(std::size_t i) const {
  return base::Timestamp(std::chrono::microseconds(Int(i)));
}

base::CivilDate SqlRow::Date(std::size_t i) const {
  base::Result<base::CivilDate> date = base::CivilDate::Parse(Text(i));
  if (!date) throw std::logic_error("column " + std::to_string(i) + " is not a date");
  return *date;
}

std::optional<base::CivilDate> SqlRow::OptDate(std::size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Date(i);
}

}  // namespace needlepoint::storage::sql
