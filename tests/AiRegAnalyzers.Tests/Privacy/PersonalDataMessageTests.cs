using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace AiRegAnalyzers.Tests.Privacy;

/// <summary>
/// The personal-data messages read naturally in both languages: the category in parentheses only
/// when it says more than "personal data", Chinese with half-width spaces around Latin words.
/// </summary>
public sealed class PersonalDataMessageTests
{
    private static Task VerifyMessage<TAnalyzer>(string source, string id, string culture, string message)
        where TAnalyzer : DiagnosticAnalyzer, new()
        => Verifiers.AnalyzerVerifier<TAnalyzer>.VerifyMessageAsync(source, editorConfig: null, id, culture, message);

    private const string LogOfAttributedMember = """
        using Microsoft.AspNetCore.Identity;
        using Microsoft.Extensions.Logging;

        public class Member
        {
            [PersonalData] public string Motto { get; set; } = "";
        }

        class C
        {
            void M(ILogger logger, Member member) => logger.LogInformation("Motto changed to {Motto}", {|#0:member.Motto|});
        }
        """;

    [Theory]
    [InlineData("en", "Personal data 'member.Motto' is written to a log by 'LogInformation'")]
    [InlineData("zh-Hans", "个人信息“member.Motto”被“LogInformation”写入日志")]
    public Task Plain_personal_data_is_not_followed_by_its_own_category(string culture, string message) =>
        VerifyMessage<AiRegAnalyzers.Privacy.PersonalDataInLogAnalyzer>(LogOfAttributedMember, "AIREG101", culture, message);

    private const string CookieOfIdNumber = """
        class C
        {
            void M(Microsoft.AspNetCore.Http.HttpResponse response, Patient patient) => response.Cookies.Append("id", {|#0:patient.IdNumber|});
        }
        """ + PrivacyTestTypes.Patient;

    [Theory]
    [InlineData("en", "Personal data 'patient.IdNumber' (identity data, sensitive under PIPL Art. 28) is stored without encryption by 'IResponseCookies.Append'")]
    [InlineData("zh-Hans", "个人信息“patient.IdNumber”（个人身份信息，属于《个人信息保护法》第二十八条规定的敏感个人信息）由“IResponseCookies.Append”以未加密形式存储")]
    public Task Stored_unencrypted_names_the_category_and_reads_as_a_sentence(string culture, string message) =>
        VerifyMessage<AiRegAnalyzers.Privacy.PersonalDataStoredUnencryptedAnalyzer>(CookieOfIdNumber, "AIREG102", culture, message);
}
