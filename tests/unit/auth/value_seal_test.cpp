// Values sealed with a module's subkey of the server key open only with the same key,
// context, subkey number and associated data.
#include "domain/auth/value_seal.h"

#include <gtest/gtest.h>

namespace qf::auth {
namespace {

TEST(ValueSeal, OpensOnlyWithTheSameKeyContextNumberAndAssociatedData) {
  ServerKey a, b;
  a.bytes.fill(7);
  b.bytes.fill(8);
  const std::string sealed = seal_value(a, "qftest01", 1, "qf-test:v1:row:5:part", "张三 330106198001010013");
  EXPECT_EQ(sealed.rfind("v1:", 0), 0u);
  EXPECT_EQ(sealed.find("张三"), std::string::npos);
  EXPECT_EQ(open_value(a, "qftest01", 1, "qf-test:v1:row:5:part", sealed), "张三 330106198001010013");
  EXPECT_FALSE(open_value(b, "qftest01", 1, "qf-test:v1:row:5:part", sealed));  // another server key
  EXPECT_FALSE(open_value(a, "qftest02", 1, "qf-test:v1:row:5:part", sealed));  // another module
  EXPECT_FALSE(open_value(a, "qftest01", 2, "qf-test:v1:row:5:part", sealed));  // another subkey
  EXPECT_FALSE(open_value(a, "qftest01", 1, "qf-test:v1:row:6:part", sealed));  // copied onto another row
  EXPECT_FALSE(open_value(a, "qftest01", 1, "qf-test:v1:row:5:part", "plain text"));
  EXPECT_NE(seal_value(a, "qftest01", 1, "x", "same"), seal_value(a, "qftest01", 1, "x", "same"));  // fresh nonce
  EXPECT_NE(derive_subkey(a, "qftest01", 1), derive_subkey(a, "qftest01", 2));
}

}  // namespace
}  // namespace qf::auth
