"""The complaints the foreign_investment samples and golden cases are made of (make_payloads.py).

Fictional enterprises, people and numbers; real Chongqing division codes; credit codes with
correct check characters. Every value is text, as the complaint system's form posts it.
"""

FILES = "https://fdi-complaint.example.gov.cn/files/2026/11/"

ADMINISTRATIVE_ACT = {
    "version": "1.0",
    "complaintNo": "CQWT2026111600017",
    "submitTime": "1794791560000",  # 2026-11-16 09:12:40 Beijing time
    "complaintType": "1",
    "enterpriseName": "重庆樱川精密机械有限公司",
    "creditCode": "91500112MA61B3K7X9",
    "investorCountry": "JP",
    "contactName": "李明",
    "contactMobile": "13800138000",
    "contactEmail": "li.ming@sakuragawa-cq.example.com",
    "contactConsent": "1",
    "respondentType": "1",
    "respondentName": "重庆市渝北区某行政审批部门",
    "title": "扩建厂房建设工程规划许可超过法定期限未作决定",
    "facts": ("我公司于2026年8月3日通过政务服务平台提交二期厂房扩建项目建设工程规划许可申请，"
              "材料经窗口确认齐全并出具受理回执。\r\n"
              "至今已超过法定办理期限，审批部门既未作出许可决定，也未书面告知需要补正的材料或延期理由，"
              "多次电话询问均答复“正在研究”。因许可迟迟未办，设备进场和新产线投产计划被迫推迟，"
              "已向日本母公司报告可能影响后续增资。"),
    "requests": ("1. 请督促审批部门依法在期限内作出许可决定；\r\n"
                 "2. 如确需补正材料，请一次性书面告知。"),
    "categoryCode": "XZ01",
    "categoryName": "行政许可",
    "regionCode": "500112017",
    "address": "重庆市渝北区双凤桥街道空港工业园区某路18号",
    "discloseConsent": "0",
    "attachment1": FILES + "CQWT2026111600017/acceptance-receipt.pdf",
    "attachment2": FILES + "CQWT2026111600017/site-photos.zip",
}

INVESTMENT_ENVIRONMENT = {
    "version": "1.0",
    "complaintNo": "CQWT2026111700023",
    "submitTime": "1794895385000",  # 2026-11-17 14:03:05
    "complaintType": "2",
    "enterpriseName": "重庆莱茵智能装备有限公司",
    "creditCode": "91500106MA5YH2C8N3",
    "investorCountry": "DE",
    "contactName": "王芳",
    "contactMobile": "13912345678",
    "contactEmail": "wang.fang@rhein-equip.example.de",
    "contactConsent": "1",
    "title": "进口零部件通关查验等待时间较长",
    "facts": ("我公司生产所需的进口精密零部件经西永综合保税区通关，近三个月平均查验等待时间约五个工作日，"
              "较往年明显延长，影响了按订单交货。"),
    "requests": "建议增加查验时段或推行预约查验，并公开查验等待时间。",
    "categoryCode": "TZ04",
    "categoryName": "通关与外汇便利",
    "regionCode": "500106017",
    "discloseConsent": "1",
}

POLICY_CONSULTATION = {
    "version": "1.0",
    "complaintNo": "CQWT2026111800031",
    "submitTime": "1794968493000",  # 2026-11-18 10:21:33
    "complaintType": "3",
    "enterpriseName": "重庆狮城数据服务有限公司",
    "creditCode": "91500000MA60JK4R2Q",
    "investorCountry": "SG",
    "contactName": "陈思远",
    "contactMobile": "13600001234",
    "contactConsent": "0",
    "title": "外资研发中心认定条件及申报时间咨询",
    "facts": "我公司计划在渝中区设立研发中心，想了解外资研发中心的认定条件、申报材料和今年的申报截止时间。",
    "categoryCode": "ZX01",
    "categoryName": "政策咨询",
    "regionCode": "500103",
}

OPERATING_DIFFICULTY = {
    "version": "1.1",
    "complaintNo": "CQWT2026111900046",
    "submitTime": "1795077910000",  # 2026-11-19 16:45:10
    "complaintType": "4",
    "enterpriseName": "重庆港龙五金制品有限公司",
    "creditCode": "91500111MA61Q8L3EN",
    "investorCountry": "HK",
    "contactName": "张三",
    "contactMobile": "15000001111",
    "contactConsent": "1",
    "urgent": "1",
    "title": "厂区专用变压器故障急需协调抢修",
    "facts": "我公司厂区专用变压器昨晚发生故障，全厂停产，供电部门答复排队抢修需一周，在手出口订单面临违约。",
    "requests": "恳请协调供电部门尽快安排抢修或临时供电。",
    "categoryCode": "TZ03",
    "categoryName": "要素保障",
    "regionCode": "500111100",
    "address": "重庆市大足区龙水镇五金工业园",
}

TRANSFERRED = {  # sent as GB18030 bytes
    "version": "1.0",
    "complaintNo": "CQWT2026112000052",
    "submitTime": "1795138212000",  # 2026-11-20 09:30:12
    "complaintType": "1",
    "handleType": "1",
    "parentNo": "QGWT2026111300128",
    "dueTime": "1798711200000",  # 2026-12-31 18:00:00
    "urgent": "1",
    "enterpriseName": "重庆韩江食品有限公司",
    "creditCode": "91500105MA5U9TW6P8",
    "investorCountry": "KR",
    "contactName": "朴敏浩",
    "contactMobile": "18623456789",
    "contactConsent": "1",
    "respondentType": "2",
    "respondentName": "万州区某执法大队工作人员",
    "title": "执法人员以未备案为由扣押冷链货物",
    "facts": "我公司冷链配送车辆在万州区高笋塘街道卸货时，执法人员以进口冷链食品未备案为由扣押整车货物，但我公司已按规定完成备案并出示了备案凭证。",
    "requests": "请求依法核实并返还被扣押货物，赔偿货物变质损失。",
    "categoryCode": "XZ03",
    "categoryName": "行政强制",
    "regionCode": "500101001001",
    "address": "重庆市万州区高笋塘街道东方广场附近",
    "discloseConsent": "0",
    "attachment1": FILES + "CQWT2026112000052/filing-certificate.jpg",
}

SUPERVISED = {  # sent as GBK-labelled bytes
    "version": "1.0",
    "complaintNo": "CQWT2026112000058",
    "submitTime": "1795143778000",  # 2026-11-20 11:02:58
    "complaintType": "1",
    "handleType": "2",
    "enterpriseName": "重庆美联医疗器械有限公司",
    "creditCode": "91500107MA61DF2H7X",
    "investorCountry": "US",
    "contactName": "赵磊",
    "contactMobile": "13700002222",
    "contactConsent": "1",
    "respondentType": "1",
    "respondentName": "江北区某产业园区管理机构",
    "title": "招商引资协议约定的设备补贴逾期未兑现",
    "facts": "2024年签订的投资协议约定设备投资补贴分两期拨付，第二期已逾期十个月未拨付，多次书面催告未获答复。",
    "requests": "请求督促按协议兑现第二期设备补贴。",
    "categoryCode": "XZ07",
    "categoryName": "政策承诺与合同履行",
    "regionCode": "500105006",
    "discloseConsent": "1",
}

VERIFICATION = {
    "version": "1.0",
    "complaintNo": "CQWT2026112300061",
    "submitTime": "1795395301000",  # 2026-11-23 08:55:01
    "complaintType": "1",
    "handleType": "3",
    "parentNo": "HC20261120003",
    "enterpriseName": "重庆不列颠教育咨询有限公司",
    "creditCode": "91500112MA60TT2W4Q",
    "investorCountry": "GB",
    "contactName": "孙丽",
    "contactMobile": "19900003333",
    "contactEmail": "sun.li@britannia-edu.example.co.uk",
    "contactConsent": "0",
    "respondentType": "1",
    "respondentName": "九龙坡区某收费单位",
    "title": "办理经营场所消防检查被收取无依据费用",
    "facts": "办理经营场所消防安全检查时，被要求缴纳“技术服务费”三千元，未出具收费依据和正式票据。",
    "requests": "请求核查收费依据，退还不合理收费。",
    "categoryCode": "XZ05",
    "categoryName": "行政收费",
    "regionCode": "500107005",
    "address": "重庆市九龙坡区石桥铺街道科园一路",
    "attachment1": FILES + "CQWT2026112300061/receipt.jpg",
    "attachment2": FILES + "CQWT2026112300061/chat-record.png",
    "attachment3": FILES + "CQWT2026112300061/notice.pdf",
}
