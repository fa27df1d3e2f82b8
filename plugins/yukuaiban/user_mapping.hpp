// data.user -> unified reporter. Every 渝快办 user has passed real-name verification (实名认证)
// before they can submit, so there is no anonymous user; there are two kinds:
//   PERSONAL   个人用户: name, mobile and certificate (certType, default 111 居民身份证; certNo)
//   CORPORATE  法人用户: the enterprise's name, its contact mobile and its unified social credit code
// A field of the other kind is refused rather than dropped: it means the platform mixed up two
// people's data, which must not travel on. Personal data never appears in a message.
#pragma once

#include <casegw/sdk/case_builder.hpp>
#include <casegw/sdk/json/json_object.hpp>

namespace casegw::yukuaiban {

void map_user(const sdk::json::json_object& user, sdk::case_builder& out);

}  // namespace casegw::yukuaiban
