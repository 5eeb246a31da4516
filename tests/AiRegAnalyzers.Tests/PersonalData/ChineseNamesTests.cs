using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using AiRegAnalyzers.PersonalData;
using Xunit;

namespace AiRegAnalyzers.Tests.PersonalData;

/// <summary>
/// Identifiers in Chinese characters, pinyin and pinyin initials, as Chinese code bases write them
/// (entities generated from columns named 姓名, 身份证号, 联系电话), and the business words that look alike.
/// </summary>
public sealed class ChineseNamesTests
{
    [Theory]
    // Chinese characters, one row of each annex at least
    [InlineData("身份证号", "Identity", true)]
    [InlineData("身份证号码", "Identity", true)]
    [InlineData("患者身份证号", "Identity", true)]
    [InlineData("护照号码", "Identity", true)]
    [InlineData("出入证", "Identity", false)]
    [InlineData("姓名", "Identity", false)]
    [InlineData("客户姓名", "Identity", false)]
    [InlineData("手机号码", "Contact", false)]
    [InlineData("联系电话", "Contact", false)]
    [InlineData("家庭住址", "Contact", false)]
    [InlineData("收货地址", "Contact", false)]
    [InlineData("电子邮箱", "Contact", false)]
    [InlineData("出生日期", "Demographic", false)]
    [InlineData("出生时间", "Demographic", false)]
    [InlineData("性别", "Demographic", false)]
    [InlineData("学历", "Demographic", false)]
    [InlineData("工作单位", "Demographic", false)]
    [InlineData("婚史", "Demographic", true)]
    [InlineData("民族", "Belief", true)]
    [InlineData("宗教信仰", "Belief", true)]
    [InlineData("指纹", "Biometric", true)]
    [InlineData("人脸照片", "Biometric", true)]
    [InlineData("面部识别特征", "Biometric", true)]
    [InlineData("用户名", "OnlineIdentifier", false)]
    [InlineData("硬件序列号", "OnlineIdentifier", false)]
    [InlineData("网页浏览记录", "OnlineIdentifier", true)]
    [InlineData("病历号", "Health", true)]
    [InlineData("过敏史", "Health", true)]
    [InlineData("诊断结果", "Health", true)]
    [InlineData("体重", "Health", false)]
    [InlineData("银行卡号", "Financial", true)]
    [InlineData("征信报告", "Financial", true)]
    [InlineData("月薪", "Financial", true)]
    [InlineData("支付密码", "Credential", true)]
    [InlineData("通讯录", "Contact", true)]
    [InlineData("聊天记录", "Contact", true)]
    [InlineData("行踪轨迹", "Location", true)]
    [InlineData("经纬度", "Location", true)]
    [InlineData("位置信息", "Location", false)]
    [InlineData("犯罪记录", "Identity", true)]
    [InlineData("儿童姓名", "Minor", true)]
    // fields, locals and parameters as written: prefixes, underscores, camelCase
    [InlineData("_身份证号", "Identity", true)]
    [InlineData("m_手机号", "Contact", false)]
    // mixed names
    [InlineData("Patient身份证号", "Identity", true)]
    [InlineData("patient身份证号", "Identity", true)]
    [InlineData("客户Phone", "Contact", false)]
    [InlineData("IP地址", "OnlineIdentifier", false)]
    [InlineData("Email地址", "Contact", false)]
    [InlineData("ClientIP地址", "OnlineIdentifier", false)]
    [InlineData("设备MAC地址", "OnlineIdentifier", false)]
    [InlineData("sfz_no", "Identity", true)]
    // pinyin: full, one syllable per capital, initials; the gaps the issue names
    [InlineData("YongHuMing", "OnlineIdentifier", false)]
    [InlineData("yonghuming", "OnlineIdentifier", false)]
    [InlineData("HuZhaoHao", "Identity", true)]
    [InlineData("JiaShiZheng", "Identity", true)]
    [InlineData("SheBaoKaHao", "Identity", true)]
    [InlineData("XueXing", "Health", true)]
    [InlineData("TongXunLu", "Contact", true)]
    [InlineData("XinYongKaHao", "Financial", true)]
    [InlineData("ZongJiaoXinYang", "Belief", true)]
    [InlineData("JingWeiDu", "Location", true)]
    [InlineData("sfzhm", "Identity", true)]
    [InlineData("sjh", "Contact", false)]
    public void Classifies_chinese_names(string name, string category, bool sensitive)
    {
        var classification = NameClassifier.Default.Classify(name);
        Assert.True(classification is not null, name + " is not classified");
        Assert.Equal(category, classification!.Category.ToString());
        Assert.Equal(sensitive, classification.IsSensitive);
    }

    [Theory]
    // ordinary business words (the look-alikes)
    [InlineData("商品名称")]
    [InlineData("订单号")]
    [InlineData("区划代码")]
    [InlineData("科室")]
    [InlineData("等级")]
    [InlineData("DengJi")]
    [InlineData("DingDanHao")]
    [InlineData("金额")]
    [InlineData("创建时间")]
    [InlineData("状态")]
    // stop terms: protected, or a rule or measure of the data
    [InlineData("身份证号类型")]
    [InlineData("手机号码格式")]
    [InlineData("身份证号长度")]
    [InlineData("身份证编码规则")]
    [InlineData("是否实名手机号")]
    [InlineData("手机号标志")]
    [InlineData("手机号已验证")]
    [InlineData("手机号掩码")]
    [InlineData("脱敏手机号")]
    [InlineData("加密身份证号")]
    [InlineData("密码哈希")]
    [InlineData("邮箱模板")]
    [InlineData("身份证号Hash")]
    [InlineData("MaskedPhone手机号")]
    [InlineData("Email格式")]
    // head nouns after the term: the compound is a setting, a service, a code
    [InlineData("手机号配置")]
    [InlineData("邮箱服务")]
    [InlineData("人脸识别")]
    [InlineData("人脸识别服务")]
    [InlineData("手机验证码")]
    [InlineData("疾病编码")]
    [InlineData("疾病名称")]
    [InlineData("年龄分布")]
    [InlineData("生日提醒")]
    [InlineData("定位权限")]
    [InlineData("密码算法")]
    [InlineData("手机号Type")]
    [InlineData("身份证号Id")]
    [InlineData("Email配置")]
    [InlineData("手机号修改时间")]
    [InlineData("密码修改日期")]
    [InlineData("身份证有效期")]
    [InlineData("身份证签发机关")]
    [InlineData("密码错误次数")]
    // a leading verb: the method acts on the data
    [InlineData("Validate身份证号")]
    [InlineData("Send短信内容")]
    // a term inside a word or a compound that means something else
    [InlineData("密码学")]
    [InlineData("商用密码")]
    [InlineData("地址栏")]
    [InlineData("服务器地址")]
    [InlineData("服务器IP地址")]
    [InlineData("Server地址")]
    [InlineData("CallbackUrl地址")]
    [InlineData("LocalIP地址")]
    [InlineData("ProxyMAC地址")]
    [InlineData("回调地址")]
    [InlineData("下载地址")]
    [InlineData("门店地址")]
    [InlineData("客服电话")]
    [InlineData("电话会议")]
    [InlineData("手机型号")]
    [InlineData("手机端")]
    [InlineData("证书指纹")]
    [InlineData("故障诊断")]
    [InlineData("问题定位")]
    [InlineData("绝对定位")]
    [InlineData("营业收入")]
    [InlineData("网卡号")]
    [InlineData("礼品卡号")]
    [InlineData("会员卡号")]
    [InlineData("门禁卡号")]
    [InlineData("SIM卡号")]
    [InlineData("sim卡号")]
    [InlineData("数据库密码")]
    [InlineData("系统账号")]
    [InlineData("商品体重")]
    [InlineData("动画轨迹")]
    [InlineData("年龄段")]
    public void Leaves_look_alikes_silent(string name)
    {
        Assert.Null(NameClassifier.Default.Classify(name));
    }

    [Theory]
    [InlineData("\uD840\uDC00身份证号")]
    [InlineData("身份证号\uD840")]
    [InlineData("@身份证号")]
    [InlineData("身份证号_2")]
    [InlineData("身_份_证_号")]
    [InlineData("IP")]
    [InlineData("地址IP")]
    [InlineData("ip地")]
    [InlineData("，身份证号")]
    public void Odd_names_never_throw(string name)
    {
        _ = NameClassifier.Default.Classify(name);
        _ = NameClassifier.Default.Classify(name.ToUpperInvariant());
    }

    [Fact]
    public void Long_chinese_names_are_segmented_in_one_pass()
    {
        var name = string.Concat(Enumerable.Repeat("订单商品名称科室", 2_000)) + "身份证号";
        Assert.Equal(PersonalDataCategory.Identity, NameClassifier.Default.Classify(name)?.Category);
        Assert.Null(NameClassifier.Default.Classify(string.Concat(Enumerable.Repeat("手机号码格式", 2_000))));
    }

    [Fact]
    public void Initials_are_kept_only_where_they_are_unambiguous()
    {
        // xm is 项目 (project) as often as 姓名; zjh, sjh and sfz are not ordinary abbreviations of anything else.
        Assert.Null(NameClassifier.Default.Classify("xm"));
        Assert.Null(NameClassifier.Default.Classify("xmId"));
        Assert.NotNull(NameClassifier.Default.Classify("sfz"));
        Assert.NotNull(NameClassifier.Default.Classify("sfzh"));
        Assert.NotNull(NameClassifier.Default.Classify("sjh"));
    }

    [Fact]
    public void Configured_chinese_names_are_matched_inside_identifiers()
    {
        var classifier = new NameClassifier(ImmutableArray.Create("会员编号:identity", "VIP卡号:financial"));
        Assert.Equal(PersonalDataCategory.Identity, classifier.Classify("会员编号")?.Category);
        Assert.Equal(PersonalDataCategory.Identity, classifier.Classify("Member会员编号")?.Category);
        Assert.Null(classifier.Classify("会员编号类型"));
        Assert.Equal(PersonalDataCategory.Financial, classifier.Classify("VIP卡号")?.Category);
        Assert.Null(NameClassifier.Default.Classify("会员编号"));
        Assert.Equal(PersonalDataCategory.Identity, classifier.Classify("身份证号")?.Category);
    }

    [Fact]
    public void Vocabulary_table_rows_have_a_category_and_an_annex_row()
    {
        var annexRows = new[] { "表A.1 ", "表B.1 ", "3.2 注1 ", "PIPL 第二十八条 " };
        var texts = new HashSet<string>();
        foreach (var term in ChineseTerms.Terms)
        {
            Assert.True(term.Text.Length >= 2, term.Text + ": a single character is never a term");
            Assert.True(texts.Add(term.Text), term.Text + " is in the table twice");
            Assert.NotNull(term.Classification);
            Assert.NotEqual(PersonalDataCategory.General, term.Classification.Category);
            var rows = term.Annex.Split("; ");
            Assert.All(rows, row => Assert.True(annexRows.Any(row.StartsWith), term.Text + ": '" + row + "' is not an annex row"));

            // Sensitive exactly when 表B.1 (or PIPL Art. 28, or 3.2 note 1 for children) lists it.
            var listedAsSensitive = rows.Any(row => !row.StartsWith("表A.1 ", System.StringComparison.Ordinal));
            Assert.True(listedAsSensitive == term.Classification.IsSensitive, term.Text + ": sensitive is " + term.Classification.IsSensitive + " but the annex rows are " + term.Annex);

            if (term.Pinyin is { } pinyin)
            {
                Assert.Matches("^[a-z]+( [a-z]+)*$", pinyin);
            }

            Assert.All(term.Abbreviations, abbreviation => Assert.Matches("^[a-z]{3,}$", abbreviation));
        }

        // Every row of 表A.1 and 表B.1 has at least one term.
        string[] rowsA = ["个人基本资料", "个人身份信息", "个人生物识别信息", "网络身份标识信息", "个人健康生理信息", "个人教育工作信息", "个人财产信息", "个人通信信息", "联系人信息", "个人上网记录", "个人常用设备信息", "个人位置信息", "其他信息"];
        string[] rowsB = ["个人财产信息", "个人健康生理信息", "个人生物识别信息", "个人身份信息", "其他信息"];
        Assert.All(rowsA, row => Assert.Contains(ChineseTerms.Terms, t => t.Annex.Contains("表A.1 " + row)));
        Assert.All(rowsB, row => Assert.Contains(ChineseTerms.Terms, t => t.Annex.Contains("表B.1 " + row)));

        // No term is also a stop term, a head noun or a look-alike.
        var others = ChineseTerms.StopTerms.Concat(ChineseTerms.HeadTerms).Concat(ChineseTerms.LookAlikes).ToList();
        Assert.Equal(others.Count, others.Distinct().Count());
        Assert.Empty(others.Intersect(texts));
    }

    [Fact]
    public void Vocabulary_page_lists_every_row_of_the_table()
    {
        var page = System.IO.File.ReadAllText(AiRegAnalyzers.Tests.Meta.RuleCatalog.RepoFile("docs", "chinese-vocabulary.md"));
        foreach (var term in ChineseTerms.Terms)
        {
            Assert.True(page.Contains("| " + term.Text + " ") && page.Contains(" | " + term.Annex + " |"), "docs/chinese-vocabulary.md has no row for " + term.Text + " (" + term.Annex + ")");
        }

        Assert.All(ChineseTerms.StopTerms.Concat(ChineseTerms.HeadTerms).Concat(ChineseTerms.LookAlikes), word => Assert.Contains(word, page));
    }

    [Fact]
    public void Pinyin_of_the_table_agrees_with_the_pinyin_vocabulary()
    {
        // A spelling both tables know must mean the same thing in both.
        var vocabulary = PersonalDataVocabulary.Terms.GroupBy(t => string.Concat(t.Words)).ToDictionary(g => g.Key, g => g.First().Classification);
        foreach (var term in ChineseTerms.Terms)
        {
            foreach (var spelling in term.Abbreviations.Append(term.Pinyin?.Replace(" ", "")).OfType<string>())
            {
                if (vocabulary.TryGetValue(spelling, out var known))
                {
                    Assert.True(known.Category == term.Classification.Category, $"{spelling}: {known.Category} in the vocabulary, {term.Classification.Category} for {term.Text}");
                }
            }
        }
    }

    [Fact]
    public void Every_chinese_term_classifies_as_its_row_says()
    {
        foreach (var term in ChineseTerms.Terms)
        {
            var classification = NameClassifier.Default.Classify(term.Text);
            Assert.True(classification is not null, term.Text + " is not classified");
            Assert.Equal(term.Classification.Category, classification!.Category);
            Assert.Equal(term.Classification.IsSensitive, classification.IsSensitive);
        }
    }

    [Theory]
    [InlineData("Identity", true, "个人身份信息，属于《个人信息保护法》第二十八条规定的敏感个人信息")]
    [InlineData("Financial", true, "个人财产信息，属于《个人信息保护法》第二十八条规定的敏感个人信息")]
    [InlineData("Health", true, "个人健康生理信息，属于《个人信息保护法》第二十八条规定的敏感个人信息")]
    [InlineData("Biometric", true, "个人生物识别信息，属于《个人信息保护法》第二十八条规定的敏感个人信息")]
    [InlineData("Location", false, "个人位置信息")]
    [InlineData("OnlineIdentifier", false, "网络身份标识信息")]
    [InlineData("Demographic", false, "个人基本资料")]
    public void Chinese_messages_name_the_category_in_the_standards_words(string category, bool sensitive, string expected)
    {
        var finding = new PersonalDataFinding("x", new PersonalDataClassification((PersonalDataCategory)System.Enum.Parse(typeof(PersonalDataCategory), category), sensitive), ImmutableArray<string>.Empty);
        Assert.Equal(expected, PersonalDataText.Describe(finding).ToString(CultureInfo.GetCultureInfo("zh-Hans")));
    }
}
