using AiRegAnalyzers.CodeFixes.Common;
using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Secrets;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Secrets.HardCodedApiKeyAnalyzer>;
using VerifyFix = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<
    AiRegAnalyzers.Secrets.HardCodedApiKeyAnalyzer,
    AiRegAnalyzers.CodeFixes.Secrets.HardCodedSecretCodeFixProvider>;

namespace AiRegAnalyzers.Tests.Secrets;

/// <summary>
/// Every secret-format literal here is fake on sight: zero-filled, marked FAKE, and (for AWS, Slack)
/// built outside the character classes that secret scanners match, so no scanner mistakes them for keys.
/// </summary>
public class HardCodedApiKeyAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.ClientModel;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Security.Cryptography;
        using System.Text;
        using Azure;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        using OpenAI;

        """;

    [Fact]
    public Task Known_formats_are_flagged_anywhere() => Verify.VerifyAsync(Usings + """
        class C
        {
            void M()
            {
                var a = {|AIREG502:"sk-test0000000000000000000000000000000000000000FAKE"|};
                var b = {|AIREG502:"sk-proj-test000000000000000000000000FAKE"|};
                var c = {|AIREG502:"sk-ant-test00000000000000000000000000000000FAKE"|};
                var d = {|AIREG502:"AKIA0000FAKE0000FAKE"|};
                var e = {|AIREG502:"ghp_00000000000000000000000000000000FAKE"|};
                var f = {|AIREG502:"github_pat_0000000000000000000000FAKE"|};
                var g = {|AIREG502:"AIzaFAKE0000000000000000000000000000000"|};
                var h = {|AIREG502:"xoxb-0000000000-FAKE"|};
                var i = {|AIREG502:"DefaultEndpointsProtocol=https;AccountName=fakeclinic;AccountKey=RkFLRUZBS0VGQUtFRkFLRUZBS0VGQUtFRkFLRUZBS0U=;EndpointSuffix=core.windows.net"|};
                var j = {|AIREG502:"-----BEGIN PRIVATE KEY-----\nTk9UIEEgUkVBTCBLRVk=\n-----END PRIVATE KEY-----"|};
                var k = {|AIREG502:"Authorization: Bearer sk-test0000000000000000000000000000000000000000FAKE"|};
            }
        }
        """);

    [Fact]
    public Task Message_names_the_format_and_the_receiver() => Verify.VerifyAsync(Usings + """
        class C
        {
            private const string OpenAiKey = "sk-test0000000000000000000000000000000000000000FAKE";
        }
        """, Verify.Diagnostic("AIREG502").WithSpan(13, 38, 13, 91).WithArguments("OpenAI API key", "OpenAiKey"));

    [Fact]
    public Task Public_keys_and_public_key_tokens_are_not_secrets() => Verify.VerifyAsync(Usings + """
        class StrongName
        {
            const string PublicKeyToken = "9c4e2a17f03b6d58";
            static readonly string SigningPublicKey = "Xq3v9TzR2mWk7LpN4sYb8HdC1fGj6uAe";
            static readonly string PrivateSigningKey = {|AIREG502:"Xq3v9TzR2mWk7LpN4sYb8HdC1fGj6uAe"|};
        }
        """);

    [Fact]
    public Task Broken_code_does_not_throw() => Verify.VerifyAsync(Usings + """
        class C
        {
            void M()
            {
                var key = new {|CS0246:Missing|}({|AIREG502:"sk-test0000000000000000000000000000000000000000FAKE"|});
                var secret = {|CS0103:Undefined|}("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
                var apiKey = new ApiKeyCredential({|CS1503:42|});
            }
        }
        """);

    [Fact]
    public Task Constant_keys_for_credential_types_are_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            void M()
            {
                var a = new ApiKeyCredential({|AIREG502:"clinic-openai-key"|});
                var b = new AzureKeyCredential({|AIREG502:"0f1e2d3c4b5a69788796a5b4c3d2e1f0"|});
                var c = new SymmetricSecurityKey(Encoding.UTF8.GetBytes({|AIREG502:"clinic-jwt-signing-key-please-change"|}));
                var d = new SymmetricSecurityKey(Convert.FromBase64String({|AIREG502:"RkFLRUZBS0VGQUtFRkFLRUZBS0VGQUtFRkFLRUZBS0U="|}));
                var e = new OpenAIClient({|AIREG502:"clinic-openai-key"|});
                var f = new HMACSHA256(Encoding.UTF8.GetBytes({|AIREG502:"report-signature-key"|}));
            }
        }
        """);

    [Fact]
    public Task High_entropy_literals_in_secret_named_symbols_are_flagged() => Verify.VerifyAsync(Usings + """
        class JwtSettings
        {
            private const string JwtSigningKey = {|AIREG502:"0f1e2d3c4b5a69788796a5b4c3d2e1f0"|};
            public string ClientSecret { get; set; } = {|AIREG502:"Fk3.q9~Zx0-FAKE_secret_value"|};
            public static string access_token = {|AIREG502:"RkFLRUZBS0VGQUtFRkFLRUZBS0U="|};

            void M()
            {
                var apiKey = {|AIREG502:"0f1e2d3c4b5a6978FAKE8796a5b4c3d2"|};
            }
        }
        """);

    [Fact]
    public Task Any_literal_given_to_a_key_or_credential_api_is_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            byte[] M(HttpClient client, HttpRequestMessage request, byte[] payload)
            {
                using var hmac = new HMACSHA256();
                hmac.Key = Encoding.UTF8.GetBytes({|AIREG502:"ReportSignatureKey"|});
                using var aes = Aes.Create();
                aes.Key = Convert.FromBase64String({|AIREG502:"AAECAwQFBgcICQoLDA0ODw=="|});
                using var gcm = new AesGcm(Encoding.ASCII.GetBytes({|AIREG502:"clinic-records-aes-gcm-key-32byt"|}), 16);
                var incremental = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes({|AIREG502:"abc"|}));
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", {|AIREG502:"eyJhbGciOiJIUzI1NiJ9.e30.FAKE"|});
                client.DefaultRequestHeaders.Add("X-Api-Key", {|AIREG502:"clinic-partner-key"|});
                request.Headers.TryAddWithoutValidation("Authorization", {|AIREG502:"Basic Y2xpbmljOkZBS0U="|});
                var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes({|AIREG502:"clinic:FAKE"|})));
                var openAi = new OpenAIClient({|AIREG502:"abc"|});
                return HMACSHA256.HashData(Encoding.UTF8.GetBytes({|AIREG502:"webhook"|}), payload);
            }
        }
        """);

    [Fact]
    public Task Placeholders_and_other_headers_given_to_apis_are_not_flagged() => Verify.VerifyAsync(Usings + """
        class C
        {
            void M(HttpClient client, string token, IConfiguration configuration)
            {
                client.DefaultRequestHeaders.Add("Accept", "application/json");
                client.DefaultRequestHeaders.Add("User-Agent", "ClinicAssistant/1.0");
                client.DefaultRequestHeaders.Add("Authorization", "Bearer ");
                client.DefaultRequestHeaders.Add("Authorization", "Bearer {0}");
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "<token>");
                using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(configuration["Webhook:Key"]!));
                using var empty = new HMACSHA256(Encoding.UTF8.GetBytes(""));
                var azure = new AzureKeyCredential("your-azure-key");
                var bytes = Encoding.UTF8.GetBytes("clinic-records-export");
            }
        }
        """);

    /// <summary>
    /// Whether a method can take a secret is decided once per method; for a header collection's <c>Add</c> the header's
    /// name decides at each call, in whatever order the calls come.
    /// </summary>
    [Fact]
    public Task One_header_method_is_judged_at_each_call_by_the_header_name() => Verify.VerifyAsync(Usings + """
        using System.Collections.Generic;

        class C
        {
            void M(HttpClient client, HttpRequestMessage request, Dictionary<string, string> values)
            {
                client.DefaultRequestHeaders.Add("Accept", "application/json-clinic");
                client.DefaultRequestHeaders.Add("X-Api-Key", {|AIREG502:"clinic-partner-key"|});
                client.DefaultRequestHeaders.Add("User-Agent", "ClinicAssistant/1.0");
                request.Headers.TryAddWithoutValidation("Accept-Language", "zh-CN,zh;q=0.9");
                request.Headers.TryAddWithoutValidation("Authorization", {|AIREG502:"Basic Y2xpbmljOkZBS0U="|});
                values.Add("key", "clinic-partner-key");
                values["value"] = "clinic-partner-key";
            }
        }
        """);

    [Fact]
    public Task Names_slugs_and_paths_in_secret_named_symbols_are_not_flagged() => Verify.VerifyAsync(Usings + """
        class FeatureFlags
        {
            public const string DeviceApprovalToken = "pm-12345-device-approval-flow";
            public const string ResetToken = "EmailVerificationTokenProvider";
            public const string PartnerApiKey = "Partner-Api-Subscription-Key";
            public const string AccessToken = "urn:ietf:params:oauth:token-type:access_token";
            public const string RefreshToken = "/api/v2/session/refresh-token";
            public const string BearerToken = "clinic.assistant.bearer.token";
            public const string DeviceSecret = "feature_flag_device_secret_2024";
            public const string MaxTokens = "gen_ai.request.max_tokens";
            public const string ClientSecretKey = "Authentication:Partner:ClientSecret";

            void Configure(string apiKey) { }

            void M() => Configure("Partner-Subscription-Header-Value");
        }
        """);

    [Fact]
    public Task Machine_made_and_hand_made_keys_in_secret_named_symbols_are_flagged() => Verify.VerifyAsync(Usings + """
        class JwtSettings
        {
            public string SigningSecret { get; set; } = {|AIREG502:"ThisIsMySuperSecretKeyForJwtSigning2024!"|};
            public string WebhookToken { get; set; } = {|AIREG502:"q9ZxF0kT7vLm2RbW8yNc"|};
            public string PartnerApiKey { get; set; } = {|AIREG502:"9F86D081884C7D659A2FEAA0C55AD015"|};
        }
        """);

    [Fact]
    public Task Secrets_compared_with_a_literal_are_flagged() => Verify.VerifyAsync(Usings + """
        class WebhookGuard
        {
            bool Check(string token, string apiKey, string tokenType)
            {
                if (token == {|AIREG502:"q9ZxF0kT7vLm2RbW8yNc"|}) return true;
                if (string.Equals(apiKey, {|AIREG502:"0f1e2d3c4b5a69788796a5b4c3d2e1f0"|})) return true;
                if (tokenType == "Bearer" || token == "EmailVerificationTokenProvider") return false;
                return token != "";
            }
        }
        """);

    [Fact]
    public Task False_positive_classics_are_not_flagged() => Verify.VerifyAsync(Usings + """
        class Settings
        {
            public const string ApiKeyHeaderName = "X-Api-Key";
            private const string TokenEndpoint = "https://login.partner-clinic.cn/oauth2/token";
            private const string AccessTokenClaimType = "urn:clinic:access_token";
            private const string CacheKey = "patient:{0}:profile:0f1e2d3c";
            private const string ExpectedSha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
            private const string ClientSecretSectionName = "Authentication:Microsoft:ClientSecret";
            private const string SigningKeyId = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
            public string ClientSecret { get; set; } = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
            public string JwtSecret { get; set; } = "your-jwt-secret-here";
            public string ApiToken { get; set; } = "clinic-assistant-jwt";
            public string Secret { get; set; } = "<secret>";
            public string BearerToken { get; set; } = "Bearer {0}";

            void M(IConfiguration configuration)
            {
                var apiKey = configuration["OpenAI:ApiKey"];
                var model = "gpt-4o-mini-2024-07-18";
                var task = "sk-something";
                var credential = new ApiKeyCredential(apiKey ?? "");
                var azure = new AzureKeyCredential("<your-key>");
            }
        }

        class TokenServiceTests
        {
            private const string SigningSecret = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
        }
        """);

    [Fact]
    public Task Entropy_and_length_options_change_the_outcome() => Verify.VerifyAsync(Usings + """
        class Settings
        {
            public string ApiToken { get; set; } = {|AIREG502:"k3XfK3xFk3XfP9wq"|};
            public string AppSecret { get; set; } = "short-Secret1";
        }
        """, "aireg.AIREG502.secret_min_entropy = 3.0\n");

    [Fact]
    public Task Default_entropy_leaves_low_entropy_values_alone() => Verify.VerifyAsync(Usings + """
        class Settings
        {
            public string ApiToken { get; set; } = "k3XfK3xFk3XfP9wq";
        }
        """);

    [Fact]
    public Task Min_length_option_is_read() => Verify.VerifyAsync(Usings + """
        class Settings
        {
            public string AppSecret { get; set; } = {|AIREG502:"x7#Qp2!vL9mZ"|};
        }
        """, "aireg.secret_min_length = 8\n");

    [Fact]
    public Task Include_test_code_flags_fixture_secrets() => Verify.VerifyAsync(Usings + """
        class TokenServiceTests
        {
            private const string SigningSecret = {|AIREG502:"0f1e2d3c4b5a69788796a5b4c3d2e1f0"|};
        }
        """, "aireg.AIREG502.include_tests = true\n");

    [Fact]
    public Task Text_tests_before_symbols_keep_their_boundaries() => Verify.VerifyAsync(Usings + """
        class C
        {
            // Formats without '-', '_' or '=' are long runs of letters and digits: 20 for an AWS key ID, 39 for a Google key.
            private const string AwsKeyId = {|AIREG502:"AKIA0000FAKE0000FAKE"|};
            private const string GoogleKey = {|AIREG502:"AIzaFAKE0000000000000000000000000000000"|};
            private const string NotAwsKeyId = "AKIA0000FAKE0000FAK";
            private const string NotGoogleKey = "AIzaFAKE000000000000000000000000000000";

            // A random-looking value in a secret-named symbol has no space; a phrase is not one.
            private static readonly string ClientSecret = {|AIREG502:"Xq3v9TzR2mWk7LpN4sYb8HdC1fGj6uAe"|};
            private static readonly string AppSecret = "Xq3v9TzR 2mWk7LpN4sYb8HdC1fGj6uAe";
        }
        """);

    [Fact]
    public Task Fix_reads_configuration_or_environment() => VerifyFix.VerifyFixAsync(Usings + """
        class AssistantFactory
        {
            OpenAIClient Create(IConfiguration configuration) => new OpenAIClient(new ApiKeyCredential({|AIREG502:"sk-test0000000000000000000000000000000000000000FAKE"|}));
        }
        """, Usings + """
        class AssistantFactory
        {
            OpenAIClient Create(IConfiguration configuration) => new OpenAIClient(new ApiKeyCredential(configuration["AssistantFactory:Key"] ?? throw new InvalidOperationException("Set the configuration value AssistantFactory:Key.")));
        }
        """, equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.HardCodedApiKey, FixKind.FromConfiguration));

    [Fact]
    public Task Fix_all_reads_the_environment() => VerifyFix.VerifyFixAllAsync(Usings + """
        class JwtSettings
        {
            private const string JwtSigningKey = {|AIREG502:"0f1e2d3c4b5a69788796a5b4c3d2e1f0"|};

            SymmetricSecurityKey Key() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes({|AIREG502:"clinic-jwt-signing-key-please-change"|}));

            OpenAIClient Client()
            {
                var openAiApiKey = {|AIREG502:"sk-test0000000000000000000000000000000000000000FAKE"|};
                return new OpenAIClient(openAiApiKey);
            }
        }
        """, Usings + """
        class JwtSettings
        {
            private static readonly string JwtSigningKey = Environment.GetEnvironmentVariable("JWT_SIGNING_KEY") ?? throw new InvalidOperationException("Set the environment variable JWT_SIGNING_KEY.");

            SymmetricSecurityKey Key() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("JWT_KEY") ?? throw new InvalidOperationException("Set the environment variable JWT_KEY.")));

            OpenAIClient Client()
            {
                var openAiApiKey = Environment.GetEnvironmentVariable("OPEN_AI_API_KEY") ?? throw new InvalidOperationException("Set the environment variable OPEN_AI_API_KEY.");
                return new OpenAIClient(openAiApiKey);
            }
        }
        """, equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.HardCodedApiKey, FixKind.FromEnvironment));
}
