namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// The Chinese vocabulary, built from GB/T 35273-2020 表A.1 (个人信息举例) and 表B.1 (个人敏感信息举例):
/// one row per term with its pinyin, its initials and the annex row it comes from. A row marked
/// 等 extends the row's list with a term of the same kind (the annex lists end in 等). Also the
/// words that cancel a match (stop terms, head nouns) and the longer words that contain a term
/// but mean something else (look-alikes).
/// </summary>
internal static class ChineseTerms
{
    // The annex rows, in the standard's words.
    private const string BasicA = "表A.1 个人基本资料";
    private const string IdentityA = "表A.1 个人身份信息";
    private const string IdentityB = "表A.1 个人身份信息; 表B.1 个人身份信息";
    private const string IdentityMoreB = "表A.1 个人身份信息（等）; 表B.1 个人身份信息（等）";
    private const string BiometricB = "表A.1 个人生物识别信息; 表B.1 个人生物识别信息";
    private const string BiometricMoreB = "表A.1 个人生物识别信息（等）; 表B.1 个人生物识别信息（等）";
    private const string OnlineA = "表A.1 网络身份标识信息";
    private const string OnlineMoreA = "表A.1 网络身份标识信息（等）";
    private const string HealthB = "表A.1 个人健康生理信息; 表B.1 个人健康生理信息";
    private const string HealthMoreB = "表A.1 个人健康生理信息（等）; 表B.1 个人健康生理信息（等）";
    private const string PhysiqueA = "表A.1 个人健康生理信息（体重、身高、肺活量）";
    private const string WorkA = "表A.1 个人教育工作信息";
    private const string PropertyB = "表A.1 个人财产信息; 表B.1 个人财产信息";
    private const string PropertyMoreB = "表A.1 个人财产信息（等）; 表B.1 个人财产信息（等）";
    private const string AuthenticationB = "表A.1 个人财产信息（鉴别信息（口令））; 表B.1 个人财产信息（鉴别信息（口令））";
    private const string CommunicationB = "表A.1 个人通信信息; 表B.1 其他信息（通信记录和内容）";
    private const string ContactsA = "表A.1 联系人信息";
    private const string ContactsB = "表A.1 联系人信息; 表B.1 其他信息（通讯录、好友列表、群组列表）";
    private const string BrowsingA = "表A.1 个人上网记录";
    private const string BrowsingB = "表A.1 个人上网记录; 表B.1 其他信息（网页浏览记录）";
    private const string DeviceA = "表A.1 个人常用设备信息";
    private const string DeviceMoreA = "表A.1 个人常用设备信息（等）";
    private const string PlaceA = "表A.1 个人位置信息";
    private const string PreciseLocationB = "表A.1 个人位置信息; 表B.1 其他信息（行踪轨迹、精准定位信息、住宿信息）";
    private const string OtherB = "表A.1 其他信息; 表B.1 其他信息";
    private const string OtherMoreB = "表A.1 其他信息（等）; 表B.1 其他信息（等）";
    private const string EthnicityA = "表A.1 个人基本资料（民族）; PIPL 第二十八条 特定身份";
    private const string ChildB = "3.2 注1 14岁以下（含）儿童的个人信息; PIPL 第二十八条 不满十四周岁未成年人的个人信息";

    // The same classifications as the English and pinyin vocabulary; sensitive exactly when a 表B.1 row or PIPL Art. 28 says so.
    private static readonly PersonalDataClassification Identity = new(PersonalDataCategory.Identity, isSensitive: true);
    private static readonly PersonalDataClassification IdentityPlain = new(PersonalDataCategory.Identity, isSensitive: false);
    private static readonly PersonalDataClassification Name = new(PersonalDataCategory.Identity, isSensitive: false);
    private static readonly PersonalDataClassification Contact = new(PersonalDataCategory.Contact, isSensitive: false);
    private static readonly PersonalDataClassification Communication = new(PersonalDataCategory.Contact, isSensitive: true);
    private static readonly PersonalDataClassification Financial = new(PersonalDataCategory.Financial, isSensitive: true);
    private static readonly PersonalDataClassification Health = new(PersonalDataCategory.Health, isSensitive: true);
    private static readonly PersonalDataClassification Physique = new(PersonalDataCategory.Health, isSensitive: false);
    private static readonly PersonalDataClassification Biometric = new(PersonalDataCategory.Biometric, isSensitive: true);
    private static readonly PersonalDataClassification Location = new(PersonalDataCategory.Location, isSensitive: true);
    private static readonly PersonalDataClassification Place = new(PersonalDataCategory.Location, isSensitive: false);
    private static readonly PersonalDataClassification Belief = new(PersonalDataCategory.Belief, isSensitive: true);
    private static readonly PersonalDataClassification Minor = new(PersonalDataCategory.Minor, isSensitive: true);
    private static readonly PersonalDataClassification Credential = new(PersonalDataCategory.Credential, isSensitive: true);
    private static readonly PersonalDataClassification Online = new(PersonalDataCategory.OnlineIdentifier, isSensitive: false);
    private static readonly PersonalDataClassification Browsing = new(PersonalDataCategory.OnlineIdentifier, isSensitive: true);
    private static readonly PersonalDataClassification Demographic = new(PersonalDataCategory.Demographic, isSensitive: false);
    private static readonly PersonalDataClassification MarriageHistory = new(PersonalDataCategory.Demographic, isSensitive: true);
    private static readonly PersonalDataClassification CriminalRecord = new(PersonalDataCategory.Identity, isSensitive: true);

    // Modifiers that make a term about a thing rather than a person (服务器地址, 客服电话, 证书指纹).
    private static readonly string[] AddressUnless =
    [
        "服务器", "主机", "网关", "内存", "接口", "回调", "代理", "网络", "网址", "链接", "跳转", "下载", "上传", "访问", "请求",
        "文件", "存储", "仓库", "门店", "店铺", "商家", "公司", "企业", "机构", "医院", "学校", "发货", "网站", "官网", "图片",
        "视频", "资源", "服务", "监听", "绑定", "数据库", "节点", "集群", "广播", "组播", "物理", "虚拟", "钱包", "合约", "区块",
        "server", "host", "proxy", "gateway", "callback", "redirect", "webhook", "url", "http",
    ];

    private static readonly string[] PhoneUnless = ["客服", "热线", "服务", "官方", "公司", "门店", "店铺", "商家", "企业", "机构", "医院", "会议", "投诉", "办公"];

    private static readonly string[] HandsetUnless =
    [
        "型号", "品牌", "厂商", "系统", "版本", "手机端", "手机版", "手机壳", "屏幕", "应用", "浏览器", "适配", "平台", "客户端", "网站",
        "页面", "银行", "支付", "游戏",
    ];

    private static readonly string[] MailboxUnless = ["服务器", "服务", "配置", "客服", "官方", "公司", "企业", "系统", "主机", "端口", "协议"];

    private static readonly string[] AccountUnless = ["系统", "数据库", "管理员", "服务", "公众号", "平台", "测试", "服务器", "商户", "公司", "企业", "对公"];

    private static readonly string[] SystemCredentialUnless = ["数据库", "服务器", "证书", "密钥库", "应用", "系统", "管理员", "连接", "代理", "邮件服务器", "邮件", "缓存"];

    // Cards that are not payment cards (as in the English vocabulary): membership, access, gift, SIM cards.
    private static readonly string[] CardUnless = ["会员", "礼品", "优惠", "购物", "积分", "停车", "门禁", "考勤", "工牌", "借书", "充值", "游戏", "网卡", "显卡", "房卡", "SIM", "VIP"];

    private static readonly string[] IncomeUnless = ["营业", "销售", "公司", "企业", "门店", "店铺", "商户", "商家", "平台", "项目", "财政", "税收", "总收入", "广告", "订单"];

    private static readonly string[] DiagnosisUnless = ["故障", "系统", "网络", "性能", "问题", "错误", "异常", "日志", "设备", "程序", "代码"];

    private static readonly string[] LocateUnless =
    [
        "问题", "故障", "错误", "异常", "元素", "光标", "日志", "性能", "瓶颈", "代码", "样式", "绝对", "相对", "固定", "页面", "滚动",
        "市场", "产品", "品牌",
    ];

    private static readonly string[] TrackUnless = ["动画", "鼠标", "曲线", "画笔", "绘制", "拖拽", "滑动", "手势"];

    private static readonly string[] WeightUnless = ["商品", "包裹", "货物", "产品", "宠物", "快递", "物品", "模型"];

    private static readonly string[] AgeUnless = ["宠物", "车辆", "设备", "房屋", "账号", "缓存"];

    private static readonly string[] FingerprintUnless = ["证书", "文件", "公钥", "密钥", "代码", "版本", "数据包", "内容", "服务器", "主机"];

    private static readonly string[] ServerUnless = ["服务器", "本地", "网关", "代理", "主机", "白名单", "黑名单", "监听", "绑定", "内网", "路由器", "交换机", "server", "local", "host", "proxy", "gateway"];

    /// <summary>Every Chinese term, grouped by the row of the annex it comes from.</summary>
    public static readonly ChineseTerm[] Terms =
    [
        // 表A.1 个人基本资料: 个人姓名、生日、年龄、性别、民族、国籍、家庭关系、住址、个人电话号码、电子邮件地址等
        C("姓名", "xing ming", Name, BasicA), C("真实姓名", "zhen shi xing ming", Name, BasicA, "zsxm"),
        C("生日", "sheng ri", Demographic, BasicA), C("出生日期", "chu sheng ri qi", Demographic, BasicA, "csrq"),
        C("出生年月", "chu sheng nian yue", Demographic, BasicA), C("出生时间", "chu sheng shi jian", Demographic, BasicA), CU("年龄", "nian ling", Demographic, BasicA, AgeUnless),
        C("性别", "xing bie", Demographic, BasicA), C("民族", "min zu", Belief, EthnicityA), C("国籍", null, Demographic, BasicA),
        C("籍贯", "ji guan", Demographic, BasicA + "（等）"), C("家庭关系", "jia ting guan xi", Demographic, BasicA),
        C("婚姻状况", "hun yin zhuang kuang", Demographic, BasicA + "（家庭关系）"),
        C("住址", "zhu zhi", Contact, BasicA), C("家庭住址", "jia ting zhu zhi", Contact, BasicA, "jtzz"),
        C("家庭地址", "jia ting di zhi", Contact, BasicA), C("居住地址", "ju zhu di zhi", Contact, BasicA),
        C("户籍地址", "hu ji di zhi", Contact, BasicA), C("联系地址", "lian xi di zhi", Contact, BasicA),
        C("收货地址", "shou huo di zhi", Contact, BasicA), C("详细地址", "xiang xi di zhi", Contact, BasicA),
        CU("地址", "di zhi", Contact, BasicA, AddressUnless), C("邮政编码", "you zheng bian ma", Contact, BasicA + "（住址）"),
        C("邮编", "you bian", Contact, BasicA + "（住址）"),
        CU("电话", "dian hua", Contact, BasicA, PhoneUnless), C("电话号码", "dian hua hao ma", Contact, BasicA),
        C("联系电话", "lian xi dian hua", Contact, BasicA, "lxdh"), C("联系方式", "lian xi fang shi", Contact, BasicA),
        CU("手机", "shou ji", Contact, BasicA, HandsetUnless), C("手机号", "shou ji hao", Contact, BasicA, "sjh"),
        C("手机号码", "shou ji hao ma", Contact, BasicA, "sjhm"), C("移动电话", "yi dong dian hua", Contact, BasicA),
        C("固定电话", "gu ding dian hua", Contact, BasicA), C("座机", "zuo ji", Contact, BasicA),
        C("电子邮件地址", "dian zi you jian di zhi", Contact, BasicA), C("电子邮件", "dian zi you jian", Contact, BasicA),
        C("电子邮箱", "dian zi you xiang", Contact, BasicA), CU("邮箱", "you xiang", Contact, BasicA, MailboxUnless),
        C("邮箱地址", "you xiang di zhi", Contact, BasicA), C("邮件地址", "you jian di zhi", Contact, BasicA),
        C("收货人", "shou huo ren", Name, BasicA + "（个人姓名）"), C("收件人", "shou jian ren", Name, BasicA + "（个人姓名）"),

        // 表A.1 / 表B.1 个人身份信息: 身份证、军官证、护照、驾驶证、工作证、出入证（仅表A.1）、社保卡、居住证等
        C("身份证", "shen fen zheng", Identity, IdentityB, "sfz"), C("身份证号", "shen fen zheng hao", Identity, IdentityB, "sfzh"),
        C("身份证号码", "shen fen zheng hao ma", Identity, IdentityB, "sfzhm"), C("身份证件", "shen fen zheng jian", Identity, IdentityB),
        C("居民身份证", "ju min shen fen zheng", Identity, IdentityB), C("证件号", "zheng jian hao", Identity, IdentityMoreB, "zjh"),
        C("证件号码", "zheng jian hao ma", Identity, IdentityMoreB, "zjhm"), C("军官证", "jun guan zheng", Identity, IdentityB),
        C("护照", "hu zhao", Identity, IdentityB), C("护照号", "hu zhao hao", Identity, IdentityB), C("护照号码", "hu zhao hao ma", Identity, IdentityB),
        C("驾驶证", "jia shi zheng", Identity, IdentityB), C("驾照", "jia zhao", Identity, IdentityB), C("驾驶证号", "jia shi zheng hao", Identity, IdentityB),
        C("工作证", "gong zuo zheng", Identity, IdentityB), C("出入证", "chu ru zheng", IdentityPlain, IdentityA),
        C("社保卡", "she bao ka", Identity, IdentityB), C("社保卡号", "she bao ka hao", Identity, IdentityB),
        C("居住证", "ju zhu zheng", Identity, IdentityB), C("户口本", "hu kou ben", Identity, IdentityMoreB), C("户口簿", "hu kou bu", Identity, IdentityMoreB),

        // 表A.1 / 表B.1 个人生物识别信息: 个人基因、指纹、声纹、掌纹、耳廓、虹膜、面部识别特征等
        C("基因", "ji yin", Biometric, BiometricB), CU("指纹", "zhi wen", Biometric, BiometricB, FingerprintUnless),
        C("声纹", "sheng wen", Biometric, BiometricB), C("掌纹", "zhang wen", Biometric, BiometricB), C("耳廓", "er kuo", Biometric, BiometricB),
        C("虹膜", "hong mo", Biometric, BiometricB), C("面部识别特征", "mian bu shi bie te zheng", Biometric, BiometricB),
        C("人脸识别特征", "ren lian shi bie te zheng", Biometric, BiometricMoreB), C("面部特征", "mian bu te zheng", Biometric, BiometricMoreB),
        C("人脸", "ren lian", Biometric, BiometricMoreB), C("人脸特征", "ren lian te zheng", Biometric, BiometricMoreB),
        C("人脸照片", "ren lian zhao pian", Biometric, BiometricMoreB), C("人脸图像", "ren lian tu xiang", Biometric, BiometricMoreB),

        // 表A.1 网络身份标识信息: 个人信息主体账号、IP地址、个人数字证书等
        CU("账号", "zhang hao", Online, OnlineA, AccountUnless), CU("用户名", "yong hu ming", Online, OnlineA, SystemCredentialUnless),
        C("登录名", "deng lu ming", Online, OnlineA), C("登录账号", "deng lu zhang hao", Online, OnlineA),
        C("用户账号", "yong hu zhang hao", Online, OnlineA), C("昵称", "ni cheng", Online, OnlineMoreA),
        CU("IP地址", null, Online, OnlineA, ServerUnless), C("个人数字证书", "ge ren shu zi zheng shu", Online, OnlineA),
        C("微信号", "wei xin hao", Contact, OnlineMoreA), C("QQ号", null, Contact, OnlineMoreA), C("QQ号码", null, Contact, OnlineMoreA),

        // 表A.1 / 表B.1 个人健康生理信息: 病症、住院志、医嘱单、检验报告、手术及麻醉记录、护理记录、用药记录、药物食物过敏信息、
        // 生育信息、以往病史、诊治情况、家族病史、现病史、传染病史等，以及与个人身体健康状况相关的信息（表A.1: 如体重、身高、肺活量等）
        C("病症", "bing zheng", Health, HealthB), C("住院志", "zhu yuan zhi", Health, HealthB), C("住院记录", "zhu yuan ji lu", Health, HealthMoreB),
        C("医嘱", null, Health, HealthB), C("医嘱单", "yi zhu dan", Health, HealthB), C("检验报告", "jian yan bao gao", Health, HealthB),
        C("手术记录", "shou shu ji lu", Health, HealthB), C("麻醉记录", "ma zui ji lu", Health, HealthB), C("护理记录", "hu li ji lu", Health, HealthB),
        C("用药记录", "yong yao ji lu", Health, HealthB), C("用药", "yong yao", Health, HealthMoreB), C("过敏", null, Health, HealthB),
        C("过敏史", "guo min shi", Health, HealthB), C("药物过敏", "yao wu guo min", Health, HealthB), C("食物过敏", "shi wu guo min", Health, HealthB),
        C("生育信息", "sheng yu xin xi", Health, HealthB), C("病史", "bing shi", Health, HealthB), C("以往病史", "yi wang bing shi", Health, HealthB),
        C("既往病史", "ji wang bing shi", Health, HealthB), C("既往史", "ji wang shi", Health, HealthB), C("家族病史", "jia zu bing shi", Health, HealthB),
        C("现病史", "xian bing shi", Health, HealthB), C("传染病史", "chuan ran bing shi", Health, HealthB),
        C("诊治情况", "zhen zhi qing kuang", Health, HealthB), CU("诊断", "zhen duan", Health, HealthMoreB, DiagnosisUnless),
        C("诊断结果", "zhen duan jie guo", Health, HealthMoreB), C("病历", "bing li", Health, HealthMoreB), C("病历号", "bing li hao", Health, HealthMoreB),
        C("病情", "bing qing", Health, HealthMoreB), C("疾病", "ji bing", Health, HealthMoreB), C("主诉", "zhu su", Health, HealthMoreB),
        C("体检报告", "ti jian bao gao", Health, HealthMoreB), C("血型", "xue xing", Health, HealthMoreB),
        C("健康状况", "jian kang zhuang kuang", Health, HealthB), CU("体重", "ti zhong", Physique, PhysiqueA, WeightUnless),
        C("身高", "shen gao", Physique, PhysiqueA), C("肺活量", "fei huo liang", Physique, PhysiqueA),

        // 表A.1 个人教育工作信息: 个人职业、职位、工作单位、学历、学位、教育经历、工作经历、培训记录、成绩单等
        C("职业", "zhi ye", Demographic, WorkA), C("工作单位", "gong zuo dan wei", Demographic, WorkA), C("学历", "xue li", Demographic, WorkA),
        C("学位", null, Demographic, WorkA), C("教育经历", "jiao yu jing li", Demographic, WorkA), C("工作经历", "gong zuo jing li", Demographic, WorkA),
        C("培训记录", "pei xun ji lu", Demographic, WorkA), C("成绩单", "cheng ji dan", Demographic, WorkA),

        // 表A.1 / 表B.1 个人财产信息: 银行账户、鉴别信息（口令）、存款信息、房产信息、信贷记录、征信信息、交易和消费记录、流水记录等
        C("银行账户", "yin hang zhang hu", Financial, PropertyB), C("银行账号", "yin hang zhang hao", Financial, PropertyB),
        C("银行卡", "yin hang ka", Financial, PropertyMoreB), C("银行卡号", "yin hang ka hao", Financial, PropertyMoreB, "yhkh"),
        CU("卡号", "ka hao", Financial, PropertyMoreB, CardUnless), C("信用卡", "xin yong ka", Financial, PropertyMoreB),
        C("信用卡号", "xin yong ka hao", Financial, PropertyMoreB), C("存款", "cun kuan", Financial, PropertyB),
        C("存款信息", "cun kuan xin xi", Financial, PropertyB), C("房产信息", "fang chan xin xi", Financial, PropertyB),
        C("信贷记录", "xin dai ji lu", Financial, PropertyB), C("征信", "zheng xin", Financial, PropertyB), C("征信报告", "zheng xin bao gao", Financial, PropertyB),
        C("交易记录", "jiao yi ji lu", Financial, PropertyB), C("消费记录", "xiao fei ji lu", Financial, PropertyB),
        C("流水记录", "liu shui ji lu", Financial, PropertyB), C("银行流水", "yin hang liu shui", Financial, PropertyB),
        C("支付记录", "zhi fu ji lu", Financial, PropertyB), C("收款记录", "shou kuan ji lu", Financial, PropertyB),
        CU("收入", "shou ru", Financial, PropertyMoreB, IncomeUnless), C("工资", "gong zi", Financial, PropertyMoreB),
        C("薪资", "xin zi", Financial, PropertyMoreB), C("薪水", "xin shui", Financial, PropertyMoreB), C("月薪", "yue xin", Financial, PropertyMoreB),
        C("年薪", "nian xin", Financial, PropertyMoreB),
        CU("密码", "mi ma", Credential, AuthenticationB, SystemCredentialUnless), CU("口令", "kou ling", Credential, AuthenticationB, SystemCredentialUnless),
        C("登录密码", "deng lu mi ma", Credential, AuthenticationB), C("支付密码", "zhi fu mi ma", Credential, AuthenticationB),
        C("交易密码", "jiao yi mi ma", Credential, AuthenticationB), C("密保答案", "mi bao da an", Credential, AuthenticationB),

        // 表A.1 个人通信信息: 通信记录和内容、短信、彩信、电子邮件，以及描述个人通信的数据（元数据）等
        C("通信记录", "tong xin ji lu", Communication, CommunicationB), C("通信内容", "tong xin nei rong", Communication, CommunicationB),
        C("通话记录", "tong hua ji lu", Communication, CommunicationB), C("聊天记录", "liao tian ji lu", Communication, CommunicationB),
        C("短信内容", "duan xin nei rong", Communication, CommunicationB), C("短信记录", "duan xin ji lu", Communication, CommunicationB),
        C("邮件内容", "you jian nei rong", Communication, CommunicationB),

        // 表A.1 联系人信息: 通讯录、好友列表、群列表、电子邮件地址列表等
        C("通讯录", "tong xun lu", Communication, ContactsB), C("好友列表", "hao you lie biao", Communication, ContactsB),
        C("群列表", "qun lie biao", Communication, ContactsB), C("群组列表", "qun zu lie biao", Communication, ContactsB),
        C("联系人列表", "lian xi ren lie biao", Communication, ContactsB), C("电子邮件地址列表", "dian zi you jian di zhi lie biao", Communication, ContactsB),
        C("联系人", "lian xi ren", Name, ContactsA), C("紧急联系人", "jin ji lian xi ren", Name, ContactsA),

        // 表A.1 个人上网记录: 网站浏览记录、软件使用记录、点击记录、收藏列表等（表B.1: 网页浏览记录）
        C("网站浏览记录", "wang zhan liu lan ji lu", Browsing, BrowsingB), C("网页浏览记录", "wang ye liu lan ji lu", Browsing, BrowsingB),
        C("浏览记录", "liu lan ji lu", Browsing, BrowsingB), C("浏览历史", "liu lan li shi", Browsing, BrowsingB),
        C("软件使用记录", "ruan jian shi yong ji lu", Online, BrowsingA), C("点击记录", "dian ji ji lu", Online, BrowsingA),
        C("收藏列表", "shou cang lie biao", Online, BrowsingA), C("搜索记录", "sou suo ji lu", Online, BrowsingA + "（等）"),

        // 表A.1 个人常用设备信息: 硬件序列号、设备MAC地址、软件列表、唯一设备识别码（IMEI/Android ID/IDFA/OpenUDID/GUID/IMSI）等
        C("硬件序列号", "ying jian xu lie hao", Online, DeviceA), CU("MAC地址", null, Online, DeviceA, ServerUnless),
        C("唯一设备识别码", "wei yi she bei shi bie ma", Online, DeviceA), C("设备识别码", "she bei shi bie ma", Online, DeviceA),
        C("设备标识", "she bei biao shi", Online, DeviceMoreA), C("设备指纹", "she bei zhi wen", Online, DeviceMoreA),
        C("浏览器指纹", "liu lan qi zhi wen", Online, DeviceMoreA), C("IMEI号", null, Online, DeviceA),

        // 表A.1 个人位置信息: 行踪轨迹、精准定位信息、住宿信息、经纬度等（表B.1 其他信息: 行踪轨迹、住宿信息、精准定位信息）
        C("行踪轨迹", "xing zong gui ji", Location, PreciseLocationB), C("行踪", "xing zong", Location, PreciseLocationB),
        CU("轨迹", "gui ji", Location, PreciseLocationB, TrackUnless), C("精准定位信息", "jing zhun ding wei xin xi", Location, PreciseLocationB),
        C("精准定位", "jing zhun ding wei", Location, PreciseLocationB), C("精确定位", "jing que ding wei", Location, PreciseLocationB),
        CU("定位", "ding wei", Location, PreciseLocationB, LocateUnless), C("定位信息", "ding wei xin xi", Location, PreciseLocationB),
        C("住宿信息", "zhu su xin xi", Location, PreciseLocationB), C("住宿记录", "zhu su ji lu", Location, PreciseLocationB),
        C("入住记录", "ru zhu ji lu", Location, PreciseLocationB), C("经纬度", "jing wei du", Location, PreciseLocationB),
        C("经度", "jing du", Location, PreciseLocationB), C("纬度", "wei du", Location, PreciseLocationB),
        C("实时位置", "shi shi wei zhi", Location, PreciseLocationB), C("当前位置", "dang qian wei zhi", Location, PreciseLocationB),
        C("GPS坐标", null, Location, PreciseLocationB), C("GPS定位", null, Location, PreciseLocationB),
        C("位置信息", "wei zhi xin xi", Place, PlaceA), C("地理位置", "di li wei zhi", Place, PlaceA),

        // 表A.1 / 表B.1 其他信息: 婚史、宗教信仰、性取向、未公开的违法犯罪记录等
        C("婚史", "hun shi", MarriageHistory, OtherB), C("宗教信仰", "zong jiao xin yang", Belief, OtherB),
        C("宗教", "zong jiao", Belief, OtherMoreB), C("信仰", "xin yang", Belief, OtherMoreB),
        C("性取向", "xing qu xiang", Health, OtherB), C("违法犯罪记录", "wei fa fan zui ji lu", CriminalRecord, OtherB),
        C("犯罪记录", "fan zui ji lu", CriminalRecord, OtherB), C("违法记录", "wei fa ji lu", CriminalRecord, OtherMoreB),
        C("前科", "qian ke", CriminalRecord, OtherMoreB),

        // 3.2 注1 / PIPL 第二十八条: 14岁以下（含）儿童的个人信息
        C("儿童姓名", "er tong xing ming", Minor, ChildB), C("儿童信息", "er tong xin xi", Minor, ChildB),
        C("未成年人", "wei cheng nian ren", Minor, ChildB), C("未成年人信息", "wei cheng nian ren xin xi", Minor, ChildB),
        C("监护人姓名", "jian hu ren xing ming", Minor, ChildB),
    ];

    /// <summary>Terms that cancel a match wherever they stand: the value is protected, or is a rule or a measure of the data.</summary>
    public static readonly string[] StopTerms =
    [
        "类型", "模板", "格式", "长度", "编码规则", "是否", "标志", "已验证", "验证", "校验", "掩码", "脱敏", "加密", "哈希", "散列",
        "摘要", "密文", "盐值", "正则", "规则", "策略", "强度", "最大", "最小", "数量", "个数", "必填", "占位符", "提示", "标签",
        "示例", "样例", "开关", "启用", "禁用", "已认证", "已实名", "已绑定", "打码", "隐藏", "星号", "列名", "字段名", "前缀", "后缀",
    ];

    /// <summary>Head nouns that cancel a match when they follow the term: Chinese compounds end in what the thing is (手机号配置 is a setting).</summary>
    public static readonly string[] HeadTerms =
    [
        "配置", "设置", "服务", "服务器", "接口", "算法", "模块", "组件", "插件", "控件", "按钮", "页面", "选项", "验证码", "管理",
        "管理器", "处理器", "解析器", "生成器", "识别", "检测", "比对", "采集", "编码", "代码", "字典", "目录", "分类", "名称",
        "统计", "分布", "范围", "区间", "比例", "总数", "人数", "提醒", "祝福", "通知", "权限", "授权", "工具", "表单", "输入框",
        "文本框", "图标", "设备", "模型", "字段", "登录", "注册", "绑定", "解绑",
        // about the data, not the data: when it changed, how often, who issued it (密码修改时间, 身份证有效期)
        "时间", "日期", "有效期", "签发机关", "发证机关", "次数",
    ];

    /// <summary>Longer words that contain a term and mean something else; the segmentation takes them whole (密码学 is cryptography).</summary>
    public static readonly string[] LookAlikes =
    [
        "密码学", "商用密码", "密码机", "密码技术", "密码产品", "密码应用", "密码设备", "密码体制", "密码杂凑", "地址栏", "电话会议",
        "年龄段", "手机壳", "生日快乐", "人脸检测",
    ];

    /// <summary>The pinyin of every term (full and initials) as vocabulary terms, except those the English and pinyin vocabulary already has.</summary>
    public static PersonalDataVocabulary.Term[] PinyinTerms { get; } = BuildPinyinTerms();

    private static PersonalDataVocabulary.Term[] BuildPinyinTerms()
    {
        var known = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var term in PersonalDataVocabulary.Terms)
        {
            known.Add(string.Concat(term.Words));
        }

        var result = new List<PersonalDataVocabulary.Term>();
        foreach (var term in Terms)
        {
            if (term.Pinyin is { } pinyin)
            {
                AddIfNew(pinyin.Replace(" ", string.Empty), term.Classification);
            }

            foreach (var abbreviation in term.Abbreviations)
            {
                AddIfNew(abbreviation, term.Classification);
            }
        }

        return result.ToArray();

        void AddIfNew(string word, PersonalDataClassification classification)
        {
            if (known.Add(word))
            {
                result.Add(new PersonalDataVocabulary.Term([word], classification, unless: null));
            }
        }
    }

    private static ChineseTerm C(string text, string? pinyin, PersonalDataClassification classification, string annex, params string[] abbreviations) =>
        new(text, pinyin, abbreviations, classification, annex, unless: null);

    private static ChineseTerm CU(string text, string? pinyin, PersonalDataClassification classification, string annex, string[] unless) =>
        new(text, pinyin, [], classification, annex, unless);
}
