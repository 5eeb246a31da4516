using System.Threading.Tasks;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Transport.InsecureCookieAnalyzer>;

namespace AiRegAnalyzers.Tests.Transport;

/// <summary>AIREG404 names the missing flags in the reader's language.</summary>
public sealed class InsecureCookieMessageTests
{
    private const string Source = """
        using Microsoft.AspNetCore.Http;

        class C
        {
            void M(HttpResponse response, string sessionId) =>
                response.Cookies.Append("clinic_session", sessionId, {|#0:new CookieOptions()|});
        }
        """;

    [Theory]
    [InlineData("en", "Cookie 'clinic_session' does not set Secure and HttpOnly")]
    [InlineData("zh-Hans", "Cookie“clinic_session”未设置 Secure 和 HttpOnly")]
    public Task Both_missing_flags_are_joined_in_the_language_of_the_message(string culture, string message) =>
        Verify.VerifyMessageAsync(Source, editorConfig: null, "AIREG404", culture, message);
}
