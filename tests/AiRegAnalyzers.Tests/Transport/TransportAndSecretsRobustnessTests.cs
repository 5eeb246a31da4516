using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading.Tasks;
using AiRegAnalyzers.Secrets;
using AiRegAnalyzers.Tests.Verifiers;
using AiRegAnalyzers.Transport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace AiRegAnalyzers.Tests.Transport;

/// <summary>The six transport and secrets analyzers on empty and half-typed code: no analyzer exception.</summary>
public class TransportAndSecretsRobustnessTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
        new CertificateValidationDisabledAnalyzer(),
        new ObsoleteTlsProtocolAnalyzer(),
        new ClearTextProtocolAnalyzer(),
        new InsecureCookieAnalyzer(),
        new HardCodedCredentialAnalyzer(),
        new HardCodedApiKeyAnalyzer());

    [Theory]
    [InlineData("")]
    [InlineData("class C { void M() { var handler = new System.Net.Http.HttpClientHandler { ServerCertificateCustomValidationCallback = (a, b, c, d) => ")]
    [InlineData("class C { void M() { System.Net.ServicePointManager.SecurityProtocol = System.Net.SecurityProtocolType. ; var x = System.Security.Authentication.SslProtocols.Tls | ")]
    [InlineData("class C { void M(System.Net.Http.HttpClient c) { c.GetAsync(\"http://api.partner.cn/\" + ; new System.Uri(\"ftp://")]
    [InlineData("class C { void M(Microsoft.AspNetCore.Http.HttpResponse r) { var o = new Microsoft.AspNetCore.Http.CookieOptions { Secure = , HttpOnly = }; r.Cookies.Append(\"a\", , o); o.Secure = false")]
    [InlineData("class C { const string Password = \"Sa!2024clinic\" + Missing; string ApiKey = \"sk-test0000000000000000000000000000000000000000FAKE\"; void M() { new System.Net.NetworkCredential(\"u\", \"Pw#2024x\", ); new Azure.AzureKeyCredential(); new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes()); } }")]
    [InlineData("class C { void M() { var smtp = new System.Net.Mail.SmtpClient(\"smtp.partner.cn\") { EnableSsl = ; }; smtp. ; using var s2 = new System.Net.Mail.SmtpClient( } }")]
    [InlineData("[System.Xml.Serialization.XmlRoot(Namespace = \"http://schemas.partner.cn\")] class C { string Url = $\"http://api.partner.cn/{\" ; string pwd = @\"")]
    public async Task Half_typed_code_does_not_throw(string source)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var compilation = CSharpCompilation.Create(
            "Broken",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAllDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
