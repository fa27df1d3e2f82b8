"""The hotline_12345 sample work orders, as the hotline's work-order system writes them.

Imported by make_fixtures.py, which writes them to examples/payloads/hotline_12345 and builds the
golden cases from them. All people, numbers and addresses are fictional; region codes are real
Chongqing divisions except where a sample says otherwise.
"""
import hashlib


def digest(text):
    return hashlib.sha256(text.encode()).hexdigest()


def work_order(encoding, fields):
    """A work order as the hotline's system exports it: a prolog, then the fields, 2-space indent."""
    return f'<?xml version="1.0" encoding="{encoding}"?>\n<workOrder version="1">\n{fields}</workOrder>\n'


# ---- the samples -------------------------------------------------------------------------------

CONSULTATION_LANDLINE = """\
  <orderNo>CQ12345-20261120-000731</orderNo>
  <createTime>2026-11-20 09:42:17</createTime>
  <source>来电</source>
  <orderType>01</orderType>
  <urgency>一般</urgency>
  <title>咨询灵活就业人员医保缴费标准</title>
  <content>来电人咨询：本人为灵活就业人员，户籍在大足区龙岗街道，想了解2027年度城镇职工基本医疗保险的个人缴费基数和缴费比例，以及能否在线上办理按月缴费。请相关部门予以解答。</content>
  <category>
    <code>0502</code>
    <name>医疗保险</name>
  </category>
  <caller>
    <type>个人</type>
    <name>张三</name>
    <phone>023-43781234</phone>
    <idNumber/>
    <callbackConsent>true</callbackConsent>
  </caller>
  <discloseConsent>false</discloseConsent>
  <location>
    <districtCode>500111</districtCode>
    <townCode>500111001</townCode>
    <villageCode/>
    <address>重庆市大足区龙岗街道</address>
  </location>
  <handling>
    <handlingClass>普通件</handlingClass>
    <assignedUnit>大足区医疗保障局</assignedUnit>
  </handling>
"""

RECORDING_URL = "https://files.12345.cq.example/recordings/2026/11/20/CQ12345-20261120-000802.mp3"
RECORDING_SHA256 = digest("recording CQ12345-20261120-000802")
PHOTO_URL = "https://files.12345.cq.example/attachments/2026/11/20/5b2e9f0c.jpg"
PHOTO_SHA256 = digest("photo CQ12345-20261120-000802")

COMPLAINT_URGENT = f"""\
  <orderNo>CQ12345-20261120-000802</orderNo>
  <createTime>2026-11-20 22:15:03</createTime>
  <source>来电</source>
  <orderType>投诉</orderType>
  <urgency>紧急</urgency>
  <title>小区旁餐馆油烟直排且夜间噪音扰民</title>
  <content><![CDATA[来电人反映：大足区龙岗街道西街社区西街88号附近一家餐馆厨房油烟未经净化直接排放，每天营业至凌晨一点，排风机噪音很大，附近居民无法休息，窗户不敢打开。已多次与店主沟通无果，希望尽快派人到现场核实处理。]]></content>
  <category>
    <code>0304</code>
    <name>餐饮油烟及噪声</name>
  </category>
  <caller>
    <type>个人</type>
    <name>李四</name>
    <phone>13800138000</phone>
    <idNumber>500111198806152310</idNumber>
    <callbackConsent>1</callbackConsent>
  </caller>
  <discloseConsent>false</discloseConsent>
  <location>
    <districtCode>500111</districtCode>
    <townCode>500111001</townCode>
    <villageCode>500111001002</villageCode>
    <address>重庆市大足区龙岗街道西街88号附近</address>
  </location>
  <respondent>
    <type>企业</type>
    <name>大足区某餐饮店</name>
  </respondent>
  <handling>
    <handlingClass>普通件</handlingClass>
    <dueTime>2026-11-21 22:15:03</dueTime>
    <assignedUnit>大足区生态环境局</assignedUnit>
  </handling>
  <attachments>
    <attachment>
      <url>{RECORDING_URL}</url>
      <mimeType>audio/mpeg</mimeType>
      <size>1843200</size>
      <sha256>{RECORDING_SHA256}</sha256>
    </attachment>
    <attachment>
      <url>{PHOTO_URL}</url>
      <mimeType>image/jpeg</mimeType>
      <size>356912</size>
      <sha256>{PHOTO_SHA256.upper()}</sha256>
    </attachment>
  </attachments>
"""

HELP_SMS = """\
  <orderNo>CQ12345-20261121-000015</orderNo>
  <createTime>2026-11-21 08:03:44</createTime>
  <source>短信</source>
  <orderType>02</orderType>
  <title>独居老人家中停水求助</title>
  <content>短信内容：我是龙水镇的独居老人，家里自来水从昨天下午开始就没有水了，问了邻居也一样，自己行动不便没法去挑水，请帮忙联系供水公司尽快恢复供水。</content>
  <category>
    <code>0701</code>
    <name>城市供水</name>
  </category>
  <caller>
    <type>个人</type>
    <name>王五</name>
    <phone>13900139000</phone>
    <callbackConsent>true</callbackConsent>
  </caller>
  <location>
    <districtCode>500111</districtCode>
    <townCode>500111100</townCode>
    <address>重庆市大足区龙水镇</address>
  </location>
"""

REPORT_ANONYMOUS = """\
  <orderNo>CQ12345-20261121-000120</orderNo>
  <createTime>2026-11-21 10:26:51</createTime>
  <source>网络</source>
  <orderType>举报</orderType>
  <urgency>一般</urgency>
  <title>举报宝顶镇某村耕地上违规建房</title>
  <content>网民举报：宝顶镇某村有村民在耕地上浇筑地基修建房屋，施工已近两周，疑似未办理用地审批手续，希望相关部门核查处理。</content>
  <category>
    <code>1203</code>
    <name>违法用地</name>
  </category>
  <caller>
    <type>匿名</type>
    <name/>
    <phone/>
    <callbackConsent>0</callbackConsent>
  </caller>
  <location>
    <districtCode>500111</districtCode>
    <townCode>500111102</townCode>
  </location>
  <respondent>
    <type>个人</type>
    <name>宝顶镇某村村民</name>
  </respondent>
  <handling>
    <handlingClass>核查件</handlingClass>
    <dueTime>2026-12-04 18:00:00</dueTime>
    <assignedUnit>大足区规划和自然资源局</assignedUnit>
  </handling>
"""

SUGGESTION_WECHAT = """\
  <orderNo>CQ12345-20261122-000044</orderNo>
  <createTime>2026-11-22 15:08:30</createTime>
  <source>微信</source>
  <orderType>意见建议</orderType>
  <title>建议在解放碑步行街增设公共饮水点</title>
  <content>市民通过微信留言：解放碑步行街游客和市民很多，夏季天气炎热，但沿线缺少免费的公共饮水点，建议在步行街两端和中段各增设一处直饮水设施，并定期做好水质检测和维护。</content>
  <category>
    <code>0901</code>
    <name>市政设施</name>
  </category>
  <caller>
    <type>个人</type>
    <name>赵六</name>
    <phone>13700137000</phone>
    <callbackConsent>false</callbackConsent>
  </caller>
  <location>
    <districtCode>500103</districtCode>
    <townCode>500103003</townCode>
    <address>重庆市渝中区解放碑步行街</address>
  </location>
"""

PRAISE_EMAIL = """\
  <orderNo>CQ12345-20261123-000009</orderNo>
  <createTime>2026-11-23 11:20:00</createTime>
  <source>邮件</source>
  <orderType>06</orderType>
  <title>表扬学坝社区工作人员热心帮助</title>
  <content>来信人表示：上周家中老人突发疾病，学坝社区网格员得知后第一时间帮忙联系医院并陪同就医，事后还多次上门看望。特来信表扬社区工作人员认真负责、热心为民的工作态度。</content>
  <category>
    <code>1501</code>
    <name>表扬感谢</name>
  </category>
  <caller>
    <type>个人</type>
    <name>孙七</name>
    <phone>13600136000</phone>
    <callbackConsent>true</callbackConsent>
  </caller>
  <discloseConsent>true</discloseConsent>
  <location>
    <districtCode>500111</districtCode>
    <townCode>500111001</townCode>
    <villageCode>500111001001</villageCode>
  </location>
  <respondent>
    <type>单位</type>
    <name>大足区龙岗街道学坝社区居民委员会</name>
  </respondent>
"""

OTHER_LANDLINE = """\
  <orderNo>CQ12345-20261124-000233</orderNo>
  <createTime>2026-11-24 16:45:12</createTime>
  <source>来电</source>
  <orderType>99</orderType>
  <title>市民拾到他人遗失的身份证件希望转交失主</title>
  <content>来电人表示：今天下午在大足区龙岗街道一处公交站台拾到一个钱包，内有他人身份证和银行卡，希望相关部门帮忙联系失主或告知可以交到哪里。</content>
  <category>
    <code>9901</code>
    <name>其他事项</name>
  </category>
  <caller>
    <type>个人</type>
    <name>周八</name>
    <phone>02343785678</phone>
  </caller>
  <location>
    <districtCode>500111</districtCode>
  </location>
"""

ENTERPRISE_SUPERVISED = """\
  <orderNo>CQ12345-20261125-000057</orderNo>
  <createTime>2026-11-25 14:02:38</createTime>
  <source>网络</source>
  <orderType>03</orderType>
  <urgency>一般</urgency>
  <title>企业反映已竣工验收项目的工程尾款长期未支付</title>
  <content>企业反映：本公司于2025年承建的通桥街道某道路改造工程已于2025年12月竣工验收，按合同约定应在验收后六个月内支付工程尾款，但至今仍未支付，多次与项目业主单位沟通均答复资金未到位。企业资金周转困难，请求协调解决。</content>
  <category>
    <code>1102</code>
    <name>拖欠企业账款</name>
  </category>
  <caller>
    <type>企业</type>
    <name>重庆某某建设工程有限公司</name>
    <phone>023-43721234-8012</phone>
    <creditCode>91500111MA60Q8RT23</creditCode>
    <callbackConsent>true</callbackConsent>
  </caller>
  <discloseConsent>false</discloseConsent>
  <location>
    <districtCode>500111</districtCode>
    <townCode>500111005</townCode>
    <address>重庆市大足区通桥街道</address>
  </location>
  <respondent>
    <type>单位</type>
    <name>通桥街道某道路改造项目业主单位</name>
  </respondent>
  <handling>
    <handlingClass>督办件</handlingClass>
    <dueTime>2026-12-09 17:30:00</dueTime>
    <assignedUnit>大足区住房和城乡建设委员会</assignedUnit>
  </handling>
"""

# name -> (prolog and file encoding, fields)
SAMPLES_VALID = {
    "consultation-landline-gbk": ("GBK", CONSULTATION_LANDLINE),
    "complaint-urgent-gbk": ("GBK", COMPLAINT_URGENT),
    "help-sms": ("UTF-8", HELP_SMS),
    "report-anonymous-verification": ("UTF-8", REPORT_ANONYMOUS),
    "suggestion-wechat": ("UTF-8", SUGGESTION_WECHAT),
    "praise-email": ("UTF-8", PRAISE_EMAIL),
    "other-landline": ("UTF-8", OTHER_LANDLINE),
    "enterprise-complaint-supervised-gbk": ("GBK", ENTERPRISE_SUPERVISED),
}


def body(name):
    encoding, fields = SAMPLES_VALID[name]
    return work_order(encoding, fields)


def replaced(name, old, new):
    text = body(name)
    assert text.count(old) == 1, f"{name}: {old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


XXE = replaced("help-sms", '<workOrder version="1">',
               '<!DOCTYPE workOrder [\n  <!ENTITY secret SYSTEM "file:///etc/passwd">\n]>\n<workOrder version="1">').replace(
    "<title>独居老人家中停水求助</title>", "<title>&secret;</title>")

BILLION_LAUGHS = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE workOrder [\n  <!ENTITY lol "lol">\n'
                  + "".join(f'  <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
                  + ']>\n<workOrder version="1"><title>&lol9;</title></workOrder>\n')

SAMPLES_INVALID = {
    # MALFORMED_BODY: an external entity (XXE) behind a DOCTYPE
    "invalid-doctype-external-entity": ("UTF-8", XXE),
    # INVALID_DATE workOrder.createTime: there is no 30 February
    "invalid-impossible-create-time": ("UTF-8", replaced("help-sms", "2026-11-21 08:03:44", "2026-02-30 08:03:44")),
    # INVALID_REGION_CODE workOrder.location.townCode: well-formed, but no such town in 大足区
    "invalid-nonexistent-town": ("UTF-8", replaced("help-sms", "<townCode>500111100</townCode>", "<townCode>500111999</townCode>")),
    # INVALID_FIELD workOrder.caller.phone: an anonymous caller's number must not be forwarded
    "invalid-anonymous-with-phone": ("UTF-8", replaced("report-anonymous-verification", "<phone/>", "<phone>13800138000</phone>")),
    # DUPLICATE_FIELD workOrder.title
    "invalid-duplicate-title": ("UTF-8", replaced("suggestion-wechat", "<title>", "<title>建议增设饮水点</title>\n  <title>")),
}
