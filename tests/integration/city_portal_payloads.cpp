#include "city_portal_payloads.hpp"

#include <boost/json.hpp>

namespace casegw::integration {

const std::vector<test_reporter>& test_reporters() {
  static const std::vector<test_reporter> reporters = {
      {"欧阳娜娜", "13987654321", "500103199001011232", "重庆市渝中区七星岗街道中山一路77号3单元",
       "测试投诉内容甲：楼下烧烤店油烟直排，每晚持续到凌晨两点，门窗关闭也挡不住。"},
      {"李建国", "15823456789", "500112197806154326", "重庆市渝北区双龙湖街道五星路社区12栋",
       "测试投诉内容乙：小区电梯连续三周故障，物业一直没有维修，老人上下楼非常困难。"},
      {"王芳", "18623001234", "500105198811112228", "重庆市江北区观音桥街道建新北路9号",
       "测试投诉内容丙：公交站台雨棚破损漏雨，候车乘客只能站在雨里等车。"},
  };
  return reporters;
}

std::string city_portal_payload(const std::string& submission_no, const test_reporter& r, const std::string& title) {
  namespace json = boost::json;
  json::object submission{
      {"submissionNo", submission_no},
      {"subChannel", "wechat"},
      {"submittedAt", "2026-11-20T09:30:12+08:00"},
      {"type", "complaint"},
      {"title", title},
      {"content", r.content},
      {"category", json::object{{"code", "CS0101"}, {"name", "占道经营"}}},
      {"location", json::object{{"regionCode", "500103003"}, {"address", r.address}}},
      {"reporter", json::object{{"type", "person"}, {"name", r.name}, {"mobile", r.phone}, {"idNumber", r.id_number},
                                {"contactConsent", true}}},
      {"discloseConsent", false},
  };
  return json::serialize(json::object{{"version", "1.0"}, {"pushId", "PUSH-" + submission_no},
                                      {"submission", std::move(submission)}});
}

std::vector<std::string> confidential_strings() {
  std::vector<std::string> out;
  for (const auto& r : test_reporters()) {
    out.push_back(r.name);
    out.push_back(r.phone);
    out.push_back(r.id_number);
    out.push_back(r.address);
    out.push_back(r.content.substr(0, 30));  // a distinctive run of the complaint text
  }
  return out;
}

}  // namespace casegw::integration
