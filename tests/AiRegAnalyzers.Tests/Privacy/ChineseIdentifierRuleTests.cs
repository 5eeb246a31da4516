using System.Threading.Tasks;
using Xunit;
using AiVerify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.AI.PersonalDataSentToAiModelAnalyzer>;
using EntityVerify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Privacy.SensitiveDataPersistedInClearTextAnalyzer>;
using ExceptionVerify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataInExceptionMessageAnalyzer>;
using FileVerify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataStoredUnencryptedAnalyzer>;
using LogVerify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataInLogAnalyzer>;
using UrlVerify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Privacy.PersonalDataInUrlAnalyzer>;

namespace AiRegAnalyzers.Tests.Privacy;

/// <summary>
/// Personal data named in Chinese characters (an entity generated from Chinese database columns,
/// fields, locals, parameters, mixed names) through every rule that uses the personal data model.
/// </summary>
public class ChineseIdentifierRuleTests
{
    private const string Entity = """

        public class 患者
        {
            public int Id { get; set; }
            public string 姓名 { get; set; } = "";
            public string 身份证号 { get; set; } = "";
            public string 手机号码 { get; set; } = "";
            public string 家庭住址 { get; set; } = "";
            public string 诊断结果 { get; set; } = "";
            public string 科室 { get; set; } = "";
            public string 订单号 { get; set; } = "";
            public string 商品名称 { get; set; } = "";
            public string 区划代码 { get; set; } = "";
            public int 等级 { get; set; }
            public string 身份证号类型 { get; set; } = "";
            public string 脱敏手机号 { get; set; } = "";
            public string PatientMobile手机号 { get; set; } = "";
            public string sfz_no { get; set; } = "";
            public string DingDanHao { get; set; } = "";
            public string YongHuMing { get; set; } = "";
        }
        """;

    [Fact]
    public async Task Logs_flag_chinese_properties_fields_locals_and_parameters()
    {
        await LogVerify.VerifyAsync("using Microsoft.Extensions.Logging;\n" + Entity + """

            class 挂号服务
            {
                private string _联系电话 = "";
                private string _服务器地址 = "";

                void 记录(ILogger logger, 患者 患者, string 银行卡号, string 科室名称)
                {
                    logger.LogInformation("挂号 {Id}", {|AIREG101:患者.身份证号|});
                    logger.LogInformation("电话 {Phone}", {|AIREG101:患者.手机号码|});
                    logger.LogInformation("电话 {Phone}", {|AIREG101:_联系电话|});
                    logger.LogInformation("卡 {Card}", {|AIREG101:银行卡号|});
                    logger.LogInformation("混合 {A} {B} {C}", {|AIREG101:患者.PatientMobile手机号|}, {|AIREG101:患者.sfz_no|}, {|AIREG101:患者.YongHuMing|});
                    var 家庭住址 = 患者.家庭住址;
                    logger.LogInformation("住址 {Address}", {|AIREG101:家庭住址|});

                    logger.LogInformation("科室 {D} 订单 {O} 商品 {P} 区划 {R} 等级 {L}", 患者.科室, 患者.订单号, 患者.商品名称, 患者.区划代码, 患者.等级);
                    logger.LogInformation("{T} {M} {S} {N} {X}", 患者.身份证号类型, 患者.脱敏手机号, _服务器地址, 科室名称, 患者.DingDanHao);
                }
            }
            """);
    }

    [Fact]
    public async Task Log_message_names_the_category()
    {
        await LogVerify.VerifyAsync(
            "using Microsoft.Extensions.Logging;\n" + Entity + """

            class C
            {
                void M(ILogger logger, 患者 患者) => logger.LogInformation("挂号 {Id}", {|#0:患者.身份证号|});
            }
            """,
            LogVerify.Diagnostic("AIREG101").WithLocation(0)
                .WithArguments("患者.身份证号", " (identity data, sensitive under PIPL Art. 28)", "LogInformation", ""));
    }

    [Fact]
    public async Task Files_flag_chinese_names()
    {
        await FileVerify.VerifyAsync("using System.IO;\n" + Entity + """

            class 导出
            {
                void M(患者 患者, string path, string 诊断)
                {
                    File.WriteAllText(path, {|AIREG102:患者.身份证号|});
                    File.AppendAllText(path, {|AIREG102:$"{患者.姓名},{患者.手机号码}"|});
                    File.WriteAllText(path, {|AIREG102:诊断|});
                    File.WriteAllText(path, 患者.科室 + 患者.订单号 + 患者.商品名称);
                }
            }
            """);
    }

    [Fact]
    public async Task Urls_flag_chinese_names()
    {
        await UrlVerify.VerifyAsync("using System.Net.Http;\nusing System.Threading.Tasks;\n" + Entity + """

            class 医保客户端
            {
                async Task M(HttpClient http, 患者 患者, string 身份证号码)
                {
                    await http.GetAsync({|AIREG104:$"/policies?sfz={身份证号码}"|});
                    await http.GetAsync({|AIREG104:"/patients/" + 患者.手机号码|});
                    await http.GetAsync($"/orders/{患者.订单号}?dept={患者.科室}");
                }
            }
            """);
    }

    [Fact]
    public async Task Exceptions_flag_chinese_names()
    {
        await ExceptionVerify.VerifyAsync("using System;\n" + Entity + """

            class C
            {
                void M(患者 患者, int n)
                {
                    if (n == 0) throw new InvalidOperationException($"重复挂号 {{|AIREG105:患者.身份证号|}}");
                    if (n == 1) throw new ArgumentException("未知手机号 " + {|AIREG105:患者.手机号码|});
                    throw new InvalidOperationException($"订单 {患者.订单号} 科室 {患者.科室} 不存在");
                }
            }
            """);
    }

    [Fact]
    public async Task Ai_prompts_flag_chinese_names()
    {
        await AiVerify.VerifyAsync("using System.Threading.Tasks;\nusing Microsoft.Extensions.AI;\n" + Entity + """

            public class 分诊
            {
                public async Task M(IChatClient chat, 患者 患者)
                {
                    await chat.GetResponseAsync($"患者 {{|AIREG201:患者.姓名|}} 诊断 {{|AIREG201:患者.诊断结果|}}");
                    await chat.GetResponseAsync($"科室 {患者.科室}，等级 {患者.等级}");
                }
            }
            """);
    }

    [Fact]
    public async Task Entities_generated_from_chinese_columns_flag_sensitive_columns()
    {
        await EntityVerify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public class 患者信息
            {
                public int 编号 { get; set; }
                public string 姓名 { get; set; } = "";
                public string {|AIREG103:身份证号|} { get; set; } = "";
                public string 手机号码 { get; set; } = "";
                public string {|AIREG103:病历号|} { get; set; } = "";
                public string {|AIREG103:银行卡号|} { get; set; } = "";
                public string {|AIREG103:Patient身份证号|} { get; set; } = "";
                public string 科室 { get; set; } = "";
                public string 身份证号哈希 { get; set; } = "";
                public string 加密身份证号 { get; set; } = "";
                public string 区划代码 { get; set; } = "";
            }

            public class 医院DbContext : DbContext
            {
                public DbSet<患者信息> 患者 => Set<患者信息>();
            }
            """);
    }
}
