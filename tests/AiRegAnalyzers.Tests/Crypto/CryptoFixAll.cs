using System.Threading.Tasks;
using AiRegAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiRegAnalyzers.Tests.Crypto;

/// <summary>
/// Fix All check with several diagnostics in one document: the standard behaviour of the testing
/// library (fixes applied one by one until none is left, and Fix All in document, project and
/// solution scope) with both results compared to the same fixed source.
/// </summary>
internal static class CryptoFixAll
{
    public static Task VerifyAsync<TAnalyzer, TCodeFix>(string source, string fixedSource, string? editorConfig = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CodeFixVerifier<TAnalyzer, TCodeFix>.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
        };
        test.Configure(editorConfig);
        return test.RunAsync();
    }
}
