using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using AiRegAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace AiRegAnalyzers.Tests.Meta;

/// <summary>Every analyzer: reports only known descriptors, each descriptor has one analyzer, and it never throws.</summary>
public sealed class AnalyzerTests
{
    [Theory]
    [MemberData(nameof(RuleCatalog.Ids), MemberType = typeof(RuleCatalog))]
    public void Rule_is_reported_by_exactly_one_analyzer_named_as_in_release_tracking(string id)
    {
        var reporters = RuleCatalog.AnalyzerTypes
            .Where(t => RuleCatalog.CreateAnalyzer(t).SupportedDiagnostics.Any(d => d.Id == id))
            .ToList();
        var reporter = Assert.Single(reporters);

        var notes = DescriptorTests.ReleaseRows().Single(r => r.Id == id).Notes;
        Assert.Equal(notes, reporter.Name);
    }

    [Theory]
    [MemberData(nameof(RuleCatalog.AnalyzerNames), MemberType = typeof(RuleCatalog))]
    public void Analyzer_is_a_CSharp_analyzer_of_known_descriptors(string analyzerName)
    {
        if (analyzerName == RuleCatalog.NoneYet)
        {
            return;
        }

        var type = RuleCatalog.TypeNamed(analyzerName);
        var attribute = Assert.Single(type.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Cast<DiagnosticAnalyzerAttribute>());
        Assert.Contains(LanguageNames.CSharp, attribute.Languages);

        var analyzer = RuleCatalog.CreateAnalyzer(type);
        if (analyzer is DiagnosticSuppressor suppressor)
        {
            Assert.NotEmpty(suppressor.SupportedSuppressions);
            Assert.All(suppressor.SupportedSuppressions, s => Assert.Contains(s.SuppressedDiagnosticId, RuleCatalog.Descriptors.Select(d => d.Id)));
            return;
        }

        var supported = analyzer.SupportedDiagnostics;
        Assert.NotEmpty(supported);
        Assert.All(supported, d => Assert.Contains(d, RuleCatalog.Descriptors.Concat(RuleCatalog.ToolingDescriptors))); // the same instances, from Descriptors
    }

    public static IEnumerable<object[]> Cases() =>
        from analyzer in RuleCatalog.AnalyzerNames()
        from source in Sources.Keys
        from junkOptions in new[] { false, true }
        select new object[] { analyzer[0], source, junkOptions };

    /// <summary>AD0001 must never happen: empty files, half-typed code, and nonsense option values.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Analyzer_runs_clean(string analyzerName, string sourceName, bool junkOptions)
    {
        if (analyzerName == RuleCatalog.NoneYet)
        {
            return;
        }

        var analyzer = RuleCatalog.CreateAnalyzer(RuleCatalog.TypeNamed(analyzerName));
        var tree = CSharpSyntaxTree.ParseText(Sources[sourceName], new CSharpParseOptions(LanguageVersion.Latest), path: "/src/Broken.cs");
        var compilation = CSharpCompilation.Create(
            "MetaBroken",
            [tree],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var exceptions = new ConcurrentBag<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new FixedOptionsProvider(junkOptions ? JunkOptions() : [])),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers([analyzer], options).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions.Select(e => e.ToString()));
        Assert.DoesNotContain(diagnostics, d => d.Id is "AD0001" or "AD0002");
        var known = analyzer.SupportedDiagnostics.Select(d => d.Id).ToHashSet();
        Assert.All(diagnostics, d => Assert.Contains(d.Id, known));
    }

    /// <summary>Every discovered option key, general and per rule, set to values no parser expects.</summary>
    private static Dictionary<string, string> JunkOptions()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var (_, option) in RuleCatalog.Options)
        {
            var junk = (i++ % 4) switch { 0 => "", 1 => " , ,,", 2 => "-99999999999999999999", _ => "not.a.Method(" };
            values[option.Key] = junk;
            foreach (var d in RuleCatalog.Descriptors)
            {
                values["aireg." + d.Id + "." + option.Name] = junk;
            }
        }

        return values;
    }

    private static readonly Dictionary<string, string> Sources = new(StringComparer.Ordinal)
    {
        ["empty"] = "",
        ["comment only"] = "// nothing here\n#nullable enable\n",
        ["valid code the rules watch"] = """
            using System;
            using System.Net.Http;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.Extensions.Logging;

            public class Patient
            {
                public string IdNumber { get; set; } = "";
                public string Email { get; set; } = "";
                public string Password { get; set; } = "";
            }

            public class Service(ILogger<Service> logger)
            {
                private const string ApiKey = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD";

                public string Handle(Patient patient)
                {
                    logger.LogInformation("Patient {Id} {Email}", patient.IdNumber, patient.Email);
                    using var md5 = MD5.Create();
                    var hash = SHA1.HashData(Encoding.UTF8.GetBytes(patient.Password));
                    using var aes = Aes.Create();
                    aes.Key = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
                    aes.Mode = CipherMode.ECB;
                    using var rsa = RSA.Create(1024);
                    var token = new Random().Next().ToString();
                    var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (a, b, c, d) => true };
                    var client = new HttpClient(handler) { BaseAddress = new Uri("http://api.clinic.cn/") };
                    if (patient.Email.Length == 0)
                    {
                        throw new InvalidOperationException("no email for " + patient.IdNumber);
                    }

                    return token + ApiKey + Convert.ToHexString(hash) + md5.HashSize + client.BaseAddress;
                }
            }
            """,
        ["half-typed members"] = """
            using System;
            using System.Security.Cryptography;
            using Microsoft.Extensions.Logging;

            public class Patient { public string IdNumber { get; set; } public string Email { get; set; } }

            public class Service
            {
                private readonly ILogger<Service> logger;
                public void A(Patient patient) { logger.LogInformation("Patient {Id} {Email}", patient.IdNumber, patient.); }
                public void B() { var h = MD5.Create(; }
                public void C(string password) { var data = SHA1.HashData(; }
                public void D() { using var aes = Aes.Create(); aes.Key = new byte[] { 1, 2, 3, ; aes.Mode = CipherMode.; }
                public void E() { var rsa = RSA.Create(1024 ; }
                public void F() { var token = new Random().Next().ToString(; }
                public void G(Patient patient) { throw new InvalidOperationException("bad " + patient.IdNumber ; }
                public void H(Patient patient) { logger.LogWarning(patient.Email, ; }
                public void I(Patient patient) { logger.LogWarning($"{patient.Email} {
            """,
        ["unresolved types and error symbols"] = """
            using Missing.Namespace;
            public class C : UnknownBase
            {
                [PersonalData] public string Phone { get; set; }
                public void M(UnknownType u, dynamic d)
                {
                    var client = new UnknownClient(apiKey: "sk-1234567890abcdefghijklmnopqrstuv");
                    client.GetChatCompletion(u.Email, d.Phone);
                    Log.Information("{@User}", u);
                    var handler = new System.Net.Http.HttpClientHandler { ServerCertificateCustomValidationCallback = (a, b, c, e) => };
                    System.Net.ServicePointManager.SecurityProtocol = System.Net.SecurityProtocolType.;
                    var url = "http://" + u.Email;
                    new System.Net.Http.HttpClient().GetAsync($"https://x/api?email={u.Email}");
                    var cookie = new Microsoft.AspNetCore.Http.CookieOptions { Secure = };
                    string password = "P@ssw0rd!" +;
                    var settings = new Newtonsoft.Json.JsonSerializerSettings { TypeNameHandling = Newtonsoft.Json.TypeNameHandling. };
                    var k = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes("secret"
                }
            }
            """,
        ["stray tokens"] = "class { void ( => ; } } } namespace ; [Obsolete( public static implicit operator",
    };

    private sealed class FixedOptionsProvider(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options options = new(values);

        public override AnalyzerConfigOptions GlobalOptions => options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
