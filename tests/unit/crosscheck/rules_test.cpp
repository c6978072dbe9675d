// Every rule of FORMATS.md on small hand-made data sets, including the boundaries the
// contract states. Identities used throughout:
//   C1 张三 330106198001010013, 办公室, not leading
//     spouse 王芳 330106198202020023; child 张小明 (no ID, born 2010-03-03, registry
//     ID 330106201003030039); father 张老 330106196006060061
//   C2 李四 330106197004040045, 财务处, leading
//   a stranger also named 王芳: 33010619900505005X
//   credit codes A..E: 91330100000000001C 91330100000000002F 91330100000000003J
//                      91330100000000004M 91330100000000005Q
#include <gtest/gtest.h>

#include "test_support.h"

namespace qf::crosscheck::testing {
namespace {

const std::string A = "91330100000000001C", B = "91330100000000002F", C = "91330100000000003J",
                  D = "91330100000000004M", E = "91330100000000005Q";

const char* kCadres =
    "cadre_id,name,resident_id,department,position,is_leading\n"
    "C1,张三,330106198001010013,办公室,科长,否\n"
    "C2,李四,330106197004040045,财务处,处长,是\n";
const char* kRelatives =
    "cadre_id,relation,name,resident_id,birth_date\n"
    "C1,配偶,王芳,330106198202020023,\n"
    "C1,子女,张小明,,2010-03-03\n"
    "C1,父亲,张老,330106196006060061,\n";

std::string enterprises(const std::string& extra = "") {
  return "credit_code,company_name,registered_date,address,phone,status\n" + A +
         ",甲公司,2010-01-01,杭州市甲路1号,0571-1111111,存续\n" + B + ",乙公司,2010-01-01,杭州市乙路2号,,在业\n" + C +
         ",丙公司,2010-01-01,杭州市丙路3号,,存续\n" + D + ",丁公司,2010-01-01,杭州市丁路4号,,存续\n" + E +
         ",戊公司,2010-01-01,杭州市戊路5号,,注销\n" + extra;
}

const char* kPersonsHeader = "credit_code,person_name,resident_id,role,share_ratio,start_date,end_date\n";

Triple T(const char* rule, const std::string& key, const std::string& cadre = "") { return {rule, key, cadre}; }

TEST(RuleR1, UndeclaredBusinessOfSpouseAndChild) {
  TempDataSet t;
  t.write("cadres.csv", kCadres);
  t.write("relatives.csv", kRelatives);
  t.write("enterprises.csv", enterprises());
  t.write("declared_businesses.csv", "cadre_id,holder_name,company_name,credit_code\nC1,王芳,丁公司,\n");
  t.write("enterprise_persons.csv",
          std::string(kPersonsHeader) +
              A + ",王芳,330106198202020023,法定代表人,,2020-01-01,\n" +        // spouse: finding
              B + ",张小明,330106201003030039,股东,10,,\n" +                    // child by name + birth date
              C + ",张老,330106196006060061,股东,10,,\n" +                      // father: not in R1
              C + ",王芳,33010619900505005X,股东,10,,\n" +                      // same name, other ID
              C + ",张小明,330106201003040034,股东,10,,\n" +                    // child's name, born a day later
              D + ",王芳,330106198202020023,监事,,,\n" +                        // declared by name
              E + ",王芳,330106198202020023,股东,,,\n" +                        // 注销 today
              A + ",王芳,330106198202020023,监事,,2010-01-01,2024-06-29\n");   // ended before as-of
  ASSERT_TRUE(t.run().ok());
  EXPECT_EQ(t.findings_of("R1"), (std::set<Triple>{T("R1", "C1|" + A, "C1"), T("R1", "C1|" + B, "C1")}));
}

TEST(RuleR1, EndedRoleAndEndDateInclusive) {
  TempDataSet t;
  t.write("cadres.csv", kCadres);
  t.write("relatives.csv", kRelatives);
  t.write("declared_businesses.csv", "cadre_id,holder_name,company_name,credit_code\n");
  t.write("enterprise_persons.csv", std::string(kPersonsHeader) +
                                        A + ",王芳,330106198202020023,股东,,2010-01-01,2024-06-30\n" +  // ends on as-of
                                        B + ",王芳,330106198202020023,股东,,2010-01-01,2024-06-29\n" +  // ended
                                        C + ",王芳,330106198202020023,股东,,2024-07-01,\n");           // not yet
  ASSERT_TRUE(t.run().ok());
  EXPECT_EQ(t.findings_of("R1"), (std::set<Triple>{T("R1", "C1|" + A, "C1")}));
}

TEST(RuleR2, SupplierConflictOnSignedDateEvenIfDeregisteredToday) {
  TempDataSet t;
  t.write("cadres.csv", kCadres);
  t.write("relatives.csv", kRelatives);
  t.write("enterprises.csv", enterprises());
  t.write("enterprise_persons.csv", std::string(kPersonsHeader) +
                                        E + ",王芳,330106198202020023,股东,,2020-01-01,2023-01-01\n" +
                                        B + ",张老,330106196006060061,监事,,,\n" +
                                        C + ",李四,330106197004040045,股东,,,\n");
  t.write("contracts.csv",
          "contract_id,buyer_department,supplier_credit_code,supplier_name,method,amount,signed_date,category,handler_cadre_id\n"
          "K1,办公室," + E + ",戊公司,询价,50000,2022-05-01,办公用品,\n"   // 注销 company, role active then, same dept
          "K2,办公室," + E + ",戊公司,询价,50000,2023-01-02,办公用品,\n"   // role ended the day before
          "K3,规划处,,乙公司,询价,50000,2022-05-01,办公用品,\n"           // father, by unique name; other dept
          "K4,规划处,,乙公司,询价,50000,2022-05-01,办公用品,C1\n"         // ... but C1 is the handler
          "K5,规划处," + C + ",丙公司,询价,50000,2022-05-01,办公用品,\n");  // C2 is leading
  ASSERT_TRUE(t.run().ok());
  EXPECT_EQ(t.findings_of("R2"),
            (std::set<Triple>{T("R2", "C1|K1", "C1"), T("R2", "C1|K4", "C1"), T("R2", "C2|K5", "C2")}));
}

TEST(RuleR3, CertificateOrAddressWithAreaTolerance) {
  TempDataSet t;
  t.write("cadres.csv", kCadres);
  t.write("relatives.csv", kRelatives);
  t.write("properties.csv",
          "resident_id,owner_name,certificate_no,address,area,registered_date\n"
          "330106198001010013,张三,CERT-1,杭州市一路1号,90.00,2015-01-01\n"   // declared by certificate
          "330106198202020023,王芳,CERT-2,杭州市二路2号,91.00,2015-01-01\n"   // address + area +1.00: ok
          "330106198202020023,王芳,CERT-3,杭州市三路3号,91.01,2015-01-01\n"   // area +1.01: finding
          "330106201003030039,张小明,CERT-4,杭州市四路4号,50,2015-01-01\n"    // child by name+birth: finding
          "330106196006060061,张老,CERT-5,杭州市五路5号,50,2015-01-01\n"      // father: not in R3
          "330106198001010013,张三,CERT-6,杭州市六路6号,60,2015-01-01\n");   // declared with other cert
  t.write("declared_properties.csv",
          "cadre_id,owner_name,certificate_no,address,area\n"
          "C1,张三,cert-1,,\n"
          "C1,王芳,,杭州市 二路2号,90\n"
          "C1,王芳,,杭州市三路3号,90\n"
          "C1,张三,CERT-9,杭州市六路6号,60\n");
  ASSERT_TRUE(t.run().ok());
  EXPECT_EQ(t.findings_of("R3"), (std::set<Triple>{T("R3", "C1|CERT-3", "C1"), T("R3", "C1|CERT-4", "C1"),
                                                    T("R3", "C1|CERT-6", "C1")}));
}

TEST(RuleR4, BothTripEndsInclusive) {
  TempDataSet t;
  t.write("cadres.csv", kCadres);
  t.write("declared_trips.csv", "cadre_id,depart_date,return_date,destination\nC1,2023-06-04,2023-06-18,日本\n");
  t.write("travels.csv",
          "resident_id,name,direction,date,port,destination\n"
          "330106198001010013,张三,出境,2023-06-04,浦东,日本\n"
          "330106198001010013,张三,出境,2023-06-18,浦东,日本\n"
          "330106198001010013,张三,出境,2023-06-03,浦东,日本\n"
          "330106198001010013,张三,出境,2023-06-19,浦东,日本\n"
          "330106198001010013,张三,入境,2023-07-19,浦东,\n"
          "330106198202020023,王芳,出境,2023-08-01,浦东,日本\n");
  ASSERT_TRUE(t.run().ok());
  EXPECT_EQ(t.findings_of("R4"), (std::set<Triple>{T("R4", "C1|2023-06-03", "C1"), T("R4", "C1|2023-06-19", "C1")}));
}

const char* kContractsHeader =
    "contract_id,buyer_department,supplier_credit_code,supplier_name,method,amount,signed_date,category,handler_cadre_id,budget_project\n";

TEST(RuleR5, SplitPurchaseExactlyThresholdVersusOneYuanMore) {
  TempDataSet t;
  t.write("cadres.csv", kCadres);
  t.write("contracts.csv", std::string(kContractsHeader) +
                               "K1,办公室,,甲,询价,1000000,2023-01-10,软件,,P1\n"
                               "K2,办公室,,乙,竞争性谈判,1000000,2023-03-10,软件,,P1\n"   // sum exactly 2,000,000
                               "K3,办公室,,甲,询价,1000000,2023-01-10,硬件,,P1\n"
                               "K4,办公室,,乙,,1000001,2023-12-31,硬件,,P1\n"               // unknown method counts
                               "K5,办公室,,乙,公开招标,5000000,2023-12-31,硬件,,P1\n"       // open tender excluded
                               "K6,办公室,,乙,询价,1000001,2024-01-01,硬件,,P1\n"           // other year
                               "K7,办公室,,乙,询价,1500000,2023-05-01,硬件,,P2\n"           // other project
                               "K8,办公室,,乙,单一来源,2500000,2023-05-01,服务,,\n");       // a group of one
  ASSERT_TRUE(t.run().ok());
  EXPECT_EQ(t.findings_of("R5"), (std::set<Triple>{T("R5", "K3"), T("R5", "K4"), T("R5", "K8")}));
}

TEST(RuleR5, WithoutBudgetProjectColumnProjectsDoNotSplitGroups) {
  TempDataSet t;
  t.write("cadres.csv", kCadres);
  t.write("contracts.csv",
          "contract_id,buyer_department,supplier_credit_code,supplier_name,method,amount,signed_date,category,handler_cadre_id\n"
          "K1,办公室,,甲,询价,1000000,2023-01-10,软件,\n"
          "K2,办公室,,乙,询价,1000000.01,2023-03-10,软件,\n");
  ASSERT_TRUE(t.run().ok());
  EXPECT_EQ(t.findings_of("R5"), (std::set<Triple>{T("R5", "K1"), T("R5", "K2")}));
}

TEST(RuleR6, NearThresholdBounds) {
  TempDataSet t;
  t.write("cadres.csv", kCadres);
  t.write("contracts.csv", std::string(kContractsHeader) +
                               "K1,办公室,,甲,询价,950000,2023-01-10,a,,\n"       // lower bound, inclusive
                               "K2,办公室,,甲,询价,949999.99,2023-01-10,b,,\n"
                               "K3,办公室,,甲,询价,999999.99,2023-01-10,c,,\n"
                               "K4,办公室,,甲,询价,1000000,2023-01-10,d,,\n"      // at the threshold: not below
                               "K5,办公室,,甲,公开招标,960000,2023-01-10,e,,\n"
                               "K6,办公室,,甲,单一来源,1999999,2023-01-10,f,,\n");
  ASSERT_TRUE(t.run().ok());
  EXPECT_EQ(t.findings_of("R6"), (std::set<Triple>{T("R6", "K1"), T("R6", "K3"), T("R6", "K6")}));
  // Configured thresholds replace the defaults.
  RuleConfig config;
  config.thresholds = {500000};
  config.near_threshold_margin = 0.1;
  ASSERT_TRUE(t.run("2024-06-30", config).ok());
  EXPECT_TRUE(t.findings_of("R6").empty());
}

TEST(RuleR7, SingleSourceShareAndMinimumTotal) {
  TempDataSet t;
  t.write("cadres.csv", kCadres);
  t.write("enterprises.csv", enterprises());
  t.write("contracts.csv", std::string(kContractsHeader) +
                               "K1,办公室," + A + ",甲公司,单一来源,100000,2023-01-10,a,,\n"
                               "K2,办公室,,乙公司,单一来源,100000,2023-02-10,a,,\n"        // key via unique name
                               "K3,办公室,,无名公司,询价,900000,2023-02-10,a,,\n"           // not single source
                               "K4,财务处,,甲公司,单一来源,199999.99,2023-02-10,a,,\n");    // below the minimum
  ASSERT_TRUE(t.run().ok());
  EXPECT_EQ(t.findings_of("R7"), (std::set<Triple>{T("R7", "办公室|2023|" + A), T("R7", "办公室|2023|" + B)}));
}

TEST(RuleR8, SharedPhoneAddressOrPerson) {
  TempDataSet t;
  t.write("cadres.csv", kCadres);
  t.write("enterprises.csv", enterprises());
  t.write("enterprise_persons.csv", std::string(kPersonsHeader) +
                                        C + ",某甲,33010619900505005X,法定代表人,,,\n" +
                                        D + ",某甲,33010619900505005X,股东,,,\n" +
                                        E + ",某甲,33010619900505005X,股东,,,\n" +   // E is 注销
                                        A + ",某乙,330106196006060061,董事,,,\n" +
                                        B + ",某乙,330106196006060061,董事,,,\n");   // directors do not count
  t.write("bids.csv",
          "tender_id,credit_code,company_name,contact_phone,contact_address,bid_amount\n"
          "T1," + A + ",甲公司,+86 0571-1111 111,杭州市甲路1号,100\n"
          "T1," + B + ",乙公司,0571 1111111,杭州市乙路2号,100\n"        // same phone as A
          "T2,,丙公司,1,杭州市 丙路3号,100\n"
          "T2,,某某公司,2,杭州市丙路3号,100\n"                            // same address, name key
          "T3," + C + ",丙公司,3,x,100\n"
          "T3," + D + ",丁公司,4,y,100\n"                                 // same legal rep / shareholder
          "T3," + E + ",戊公司,5,z,100\n"                                 // 注销: roles not active
          "T4," + A + ",甲公司,0571-1111111,,100\n"
          "T4," + A + ",甲公司,0571-1111111,,100\n"                      // the same bidder twice
          "T5," + A + ",甲公司,6,p,100\n"
          "T5," + B + ",乙公司,7,q,100\n");                               // only a shared director
  ASSERT_TRUE(t.run().ok());
  EXPECT_EQ(t.findings_of("R8"), (std::set<Triple>{T("R8", "T1|" + A + "|" + B), T("R8", "T2|" + C + "|某某公司"),
                                                    T("R8", "T3|" + C + "|" + D)}));
}

TEST(RuleConfigFile, ConfigFileOverridesDefaults) {
  TempDataSet t;
  t.write("cadres.csv", kCadres);
  t.write("enterprises.csv", "credit_code,company_name,registered_date,address,phone,status\n" + A +
                                 ",甲公司,2023-01-01,,,存续\n");
  t.write("contracts.csv", std::string(kContractsHeader) +
                               "K1,办公室," + A + ",甲公司,公开招标,100000,2023-04-01,a,,\n");  // 90 days
  {
    std::ofstream cfg(t.root() / "rules.toml");
    cfg << "[crosscheck]\nnew_company_days = 89\n";
  }
  RunOptions o;
  o.data_dir = t.data();
  o.out_dir = t.out();
  o.as_of = "2024-06-30";
  o.config_path = (t.root() / "rules.toml").string();
  o.config_required = true;
  ASSERT_TRUE(run_crosscheck(o).ok());
  EXPECT_TRUE(t.findings_of("R9").empty());
  o.config_path = (t.root() / "absent.toml").string();
  EXPECT_FALSE(run_crosscheck(o).ok());  // an explicit --config must exist
  o.config_required = false;             // the global qingfeng.toml may be absent
  ASSERT_TRUE(run_crosscheck(o).ok());
  EXPECT_EQ(t.findings_of("R9").size(), 1u);
}

TEST(RuleR9, NinetyVersusNinetyOneDays) {
  TempDataSet t;
  t.write("cadres.csv", kCadres);
  t.write("enterprises.csv", "credit_code,company_name,registered_date,address,phone,status\n" + A +
                                 ",甲公司,2023-01-01,,,存续\n");
  t.write("contracts.csv", std::string(kContractsHeader) +
                               "K1,办公室," + A + ",甲公司,公开招标,100000,2023-04-01,a,,\n"     // 90 days
                               "K2,办公室," + A + ",甲公司,公开招标,100000,2023-04-02,a,,\n"     // 91 days
                               "K3,办公室,,甲公司,询价,100000,2023-01-01,a,,\n"                 // day 0, by name
                               "K4,办公室," + A + ",甲公司,询价,99999.99,2023-02-01,a,,\n"       // below minimum
                               "K5,办公室," + A + ",甲公司,询价,500000,2022-12-31,a,,\n");       // before registration
  ASSERT_TRUE(t.run().ok());
  EXPECT_EQ(t.findings_of("R9"), (std::set<Triple>{T("R9", "K1"), T("R9", "K3")}));
}

TEST(RuleR9, AmbiguousNameLinksToNoEnterprise) {
  TempDataSet t;
  t.write("cadres.csv", kCadres);
  t.write("enterprises.csv", "credit_code,company_name,registered_date,address,phone,status\n" + A +
                                 ",同名公司,2023-01-01,,,存续\n" + B + ",同名公司,2023-01-01,,,存续\n");
  t.write("contracts.csv", std::string(kContractsHeader) + "K1,办公室,,同名公司,询价,100000,2023-02-01,a,,\n" +
                               "K2,办公室," + B + ",同名公司,询价,100000,2023-02-01,a,,\n");
  ASSERT_TRUE(t.run().ok());
  EXPECT_EQ(t.findings_of("R9"), (std::set<Triple>{T("R9", "K2")}));
}

TEST(RuleR10, CadreInBusinessWithoutApproval) {
  TempDataSet t;
  t.write("cadres.csv", kCadres);
  t.write("relatives.csv", kRelatives);
  t.write("enterprises.csv", enterprises());
  t.write("side_job_approvals.csv", "cadre_id,credit_code,company_name,approved_date\nC2,,乙公司,2020-01-01\n");
  t.write("enterprise_persons.csv", std::string(kPersonsHeader) +
                                        A + ",李四,330106197004040045,董事,,,\n" +      // no approval
                                        B + ",李四,330106197004040045,董事,,,\n" +      // approved by name
                                        E + ",李四,330106197004040045,董事,,,\n" +      // 注销
                                        C + ",王芳,330106198202020023,董事,,,\n" +      // a relative, not the cadre
                                        D + ",李四,33010619900505005X,董事,,,\n");      // same name, other ID
  ASSERT_TRUE(t.run().ok());
  EXPECT_EQ(t.findings_of("R10"), (std::set<Triple>{T("R10", "C2|" + A, "C2")}));
}

TEST(Findings, OneRowPerKeyWithEvidenceAndBom) {
  TempDataSet t;
  t.write("cadres.csv", kCadres);
  t.write("relatives.csv", kRelatives);
  t.write("declared_businesses.csv", "cadre_id,holder_name,company_name,credit_code\n");
  // The spouse holds two roles in A: one finding, evidence from both rows.
  t.write("enterprise_persons.csv", std::string(kPersonsHeader) + A + ",王芳,330106198202020023,股东,,,\n" + A +
                                        ",王芳,330106198202020023,监事,,,\n");
  ASSERT_TRUE(t.run().ok());
  std::string csv = read_text(std::filesystem::path(t.out()) / "findings.csv");
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF" "rule,key,cadre_id,severity,summary,evidence", 0), 0u);
  auto rows = read_csv(std::filesystem::path(t.out()) / "findings.csv");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_NE(rows[1][5].find("\"file\":\"enterprise_persons.csv\",\"line\":2"), std::string::npos);
  EXPECT_NE(rows[1][5].find("\"file\":\"enterprise_persons.csv\",\"line\":3"), std::string::npos);
  EXPECT_NE(rows[1][5].find("\"file\":\"relatives.csv\",\"line\":2"), std::string::npos);
  EXPECT_FALSE(rows[1][4].empty());
  std::string jsonl = read_text(std::filesystem::path(t.out()) / "findings.jsonl");
  EXPECT_NE(jsonl.find("\"rule\":\"R1\""), std::string::npos);
  EXPECT_EQ(std::count(jsonl.begin(), jsonl.end(), '\n'), 1);
}

}  // namespace
}  // namespace qf::crosscheck::testing
