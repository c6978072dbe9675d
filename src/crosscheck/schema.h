#pragma once
// The twelve input files of FORMATS.md and their columns: English name, Chinese
// alias, and how each value is normalised and typed. This table is the single place
// where the contract's file layout lives; the loader and the rules index columns by
// the enumerators below, so a column's position in the file never matters.
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace qf::crosscheck {

enum class FileId : uint8_t {
  kCadres, kRelatives, kDeclaredBusinesses, kEnterprises, kEnterprisePersons, kContracts,
  kBids, kProperties, kDeclaredProperties, kTravels, kDeclaredTrips, kSideJobApprovals,
};
inline constexpr size_t kFileCount = 12;

// How a column's text becomes a value.
enum class ColumnKind : uint8_t {
  kLabel,        // NFKC + trim (ids, department, category, budget project, method...)
  kPersonName,   // person-name normalisation
  kCompanyName,  // company-name normalisation
  kAddress,      // address normalisation
  kCertificate,  // NFKC, no white space, upper case
  kPhone,        // digits only, +86 removed
  kResidentId,   // ResidentId (packed), invalid -> data-quality row
  kCreditCode,   // CreditCode (interned), invalid -> data-quality row
  kDate,         // days since 1970, unparseable -> data-quality row
  kAmount,       // fen, unparseable -> data-quality row
  kArea,         // hundredths of m², unparseable -> data-quality row
  kPercent,      // validated only (unparseable -> data-quality row); no rule reads it, not stored
  kBool,         // 0 unknown, 1 false, 2 true
  kEnum,         // 1 + index into ColumnSpec::enum_values, 0 unknown
  kText,         // kept as written after NFKC + trim, not compared (port, destination)
  kUnused,       // free text no rule reads and that cannot be invalid: not parsed
};

struct ColumnSpec {
  std::string_view name;   // English header
  std::string_view alias;  // Chinese header
  ColumnKind kind;
  bool optional = false;   // the file is usable without this column
  std::vector<std::string_view> enum_values = {};  // for kEnum, in the contract's words
};

struct FileSpec {
  FileId id;
  std::string_view file_name;  // e.g. "cadres.csv"
  std::string_view title_zh;   // e.g. "干部名册"
  bool required;
  std::vector<ColumnSpec> columns;
};

const std::array<FileSpec, kFileCount>& file_specs();
inline const FileSpec& spec_of(FileId f) { return file_specs()[static_cast<size_t>(f)]; }

// Column indexes per file (positions in FileSpec::columns).
namespace col {
enum Cadres { kCadreId, kCadreName, kCadreResidentId, kCadreDepartment, kCadrePosition, kCadreIsLeading };
enum Relatives { kRelCadreId, kRelRelation, kRelName, kRelResidentId, kRelBirthDate };
enum DeclaredBusinesses { kDbCadreId, kDbHolderName, kDbCompanyName, kDbCreditCode };
enum Enterprises { kEntCreditCode, kEntName, kEntRegisteredDate, kEntAddress, kEntPhone, kEntStatus };
enum EnterprisePersons { kEpCreditCode, kEpName, kEpResidentId, kEpRole, kEpShare, kEpStart, kEpEnd };
enum Contracts {
  kConId, kConBuyer, kConSupplierCode, kConSupplierName, kConMethod, kConAmount, kConSigned,
  kConCategory, kConHandler, kConBudgetProject
};
enum Bids { kBidTender, kBidCreditCode, kBidCompanyName, kBidPhone, kBidAddress, kBidAmount };
enum Properties { kPropResidentId, kPropOwner, kPropCertificate, kPropAddress, kPropArea, kPropRegistered };
enum DeclaredProperties { kDpCadreId, kDpOwner, kDpCertificate, kDpAddress, kDpArea };
enum Travels { kTrResidentId, kTrName, kTrDirection, kTrDate, kTrPort, kTrDestination };
enum DeclaredTrips { kDtCadreId, kDtDepart, kDtReturn, kDtDestination };
enum SideJobApprovals { kSjCadreId, kSjCreditCode, kSjCompanyName, kSjApproved };
}  // namespace col

// Enumeration values (1-based codes as stored in kEnum columns).
namespace enums {
enum Relation { kSpouse = 1, kChild, kChildSpouse, kFather, kMother, kOther };
enum Status { kActive = 1, kOperating, kMovedOut, kDeregistered, kRevoked };
enum Role { kLegalRep = 1, kShareholder, kDirector, kSupervisor, kManager, kOtherRole };
enum Method { kOpenTender = 1, kInvitedTender, kNegotiation, kConsultation, kInquiry, kSingleSource,
              kFramework, kDirect };
enum Direction { kExit = 1, kEntry };
}  // namespace enums

}  // namespace qf::crosscheck
