using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Common;
using AiRegAnalyzers.CodeFixes.Secrets;
using AiRegAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Secrets.HardCodedApiKeyAnalyzer>;
using VerifyFix = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<
    AiRegAnalyzers.Secrets.HardCodedApiKeyAnalyzer,
    AiRegAnalyzers.CodeFixes.Secrets.HardCodedSecretCodeFixProvider>;

namespace AiRegAnalyzers.Tests.Secrets;

/// <summary>AIREG502 on the flow core: constants that reach a key or credential API through locals, fields, getters and methods.</summary>
public class HardCodedApiKeyFlowTests
{
    private const string Usings = """
        using System;
        using System.ClientModel;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Security.Cryptography;
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;

        """;

    [Fact]
    public Task Constants_reaching_a_key_api_are_flagged_at_the_literal() => Verify.VerifyAsync(Usings + """
        class TokenService
        {
            private static readonly string Signing = {|AIREG502:"clinic-jwt-signing-key-2024"|};
            private const string Partner = {|AIREG502:"clinic-partner-2024"|};
            private static string Upstream => {|AIREG502:"upstream-2024"|};
            private const string Relay = {|AIREG502:"relay-2024"|};

            static string Load() => {|AIREG502:"loaded-2024"|};

            object[] M(HttpClient client)
            {
                var raw = {|AIREG502:"aG1hYy1rZXktMjAyNA=="|};
                client.DefaultRequestHeaders.Add("X-Api-Key", Partner);
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Upstream);
                client.DefaultRequestHeaders.Add("Authorization", "Bearer " + Relay);
                return
                [
                    new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Signing)),
                    new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Signing)),
                    new ApiKeyCredential(Load()),
                    new HMACSHA256(Convert.FromBase64String(raw)),
                ];
            }
        }
        """);

    [Fact]
    public Task Keys_from_outside_and_placeholders_are_not_flagged() => Verify.VerifyAsync(Usings + """
        class TokenService
        {
            private readonly string _signing;
            private const string Template = "<your-api-key>";

            public TokenService(IConfiguration configuration) => _signing = configuration["Jwt:Key"]!;

            object[] M(HttpClient client, IConfiguration configuration, string token)
            {
                var fromConfig = configuration["Partner:Key"]!;
                client.DefaultRequestHeaders.Add("X-Api-Key", fromConfig);
                client.DefaultRequestHeaders.Add("Authorization", "Bearer " + token);
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", configuration["Upstream:Token"]);
                var scheme = "Bearer";
                client.DefaultRequestHeaders.Add("X-Request-Id", "request-2024");
                return
                [
                    new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_signing)),
                    new ApiKeyCredential(Template),
                    new ApiKeyCredential(scheme + " " + token),
                ];
            }
        }
        """);

    [Fact]
    public Task High_entropy_literals_bound_by_compound_assignment_and_parameter_default_are_flagged() => Verify.VerifyAsync(Usings + """
        class Client
        {
            private string _authToken = "";
            public string ServiceCredential { get; set; } = {|AIREG502:"q9ZxF0kT7vLm2RbW8yNc"|};

            void M(string basicAuth = {|AIREG502:"Y2xpbmljOkZBS0VGQUtFRkFLRQ=="|})
            {
                _authToken += {|AIREG502:"Fk3q9Zx0T7vLm2RbW8yN"|};
                var credentialType = "PasswordCredentialProvider";
                var authority = "https://login.partner-clinic.cn/tenant-2024";
            }
        }
        """);

    [Fact]
    public Task Fix_all_replaces_the_literals_key_apis_reach() => FixFoundElsewhere(fixAll: true, Usings + """
        class TokenService
        {
            private static readonly string Signing = {|AIREG502:"clinic-jwt-signing-key-2024"|};

            SymmetricSecurityKey Key() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Signing));

            HMACSHA256 Hmac()
            {
                var raw = {|AIREG502:"aG1hYy1rZXktMjAyNA=="|};
                return new HMACSHA256(Convert.FromBase64String(raw));
            }
        }
        """, Usings + """
        class TokenService
        {
            private static readonly string Signing = Environment.GetEnvironmentVariable("TOKEN_SERVICE_KEY") ?? throw new InvalidOperationException("Set the environment variable TOKEN_SERVICE_KEY.");

            SymmetricSecurityKey Key() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Signing));

            HMACSHA256 Hmac()
            {
                var raw = Environment.GetEnvironmentVariable("TOKEN_SERVICE_KEY") ?? throw new InvalidOperationException("Set the environment variable TOKEN_SERVICE_KEY.");
                return new HMACSHA256(Convert.FromBase64String(raw));
            }
        }
        """, equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.HardCodedApiKey, FixKind.FromEnvironment));

    /// <summary>
    /// The finding is made at a use elsewhere (the sink) and reported at the literal: a non-local diagnostic in
    /// Roslyn's terms (builds and full-solution analysis show it), so the local-diagnostic check is skipped.
    /// </summary>
    private static Task FixFoundElsewhere(bool fixAll, string source, string fixedSource, string equivalenceKey)
    {
        var test = new VerifyFix.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey };
        test.Configure(null);
        test.CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck | (fixAll ? CodeFixTestBehaviors.None : CodeFixTestBehaviors.SkipFixAllCheck);
        if (fixAll)
        {
            test.NumberOfFixAllIterations = 1;
            test.NumberOfFixAllInDocumentIterations = 1;
            test.NumberOfFixAllInProjectIterations = 1;
        }

        return test.RunAsync();
    }
}
