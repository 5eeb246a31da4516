using System.Threading.Tasks;
using AiRegAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AiRegAnalyzers.Tests.Transport;

/// <summary>
/// Fix All where the diagnostics of one document take fixes with different equivalence keys
/// (AIREG403: "use https" and "enable SSL"): Fix All applies one key per pass, so it needs
/// <c>fixAllIterations</c> passes. The shared <c>CodeFixVerifier.VerifyFixAllAsync</c> allows one.
/// </summary>
internal static class FixAllVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task VerifyAsync(string source, string fixedSource, string? editorConfig = null, string? equivalenceKey = null, int fixAllIterations = 1)
    {
        var test = new CodeFixVerifier<TAnalyzer, TCodeFix>.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            BatchFixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
            NumberOfFixAllIterations = fixAllIterations,
            NumberOfFixAllInDocumentIterations = fixAllIterations,
            NumberOfFixAllInProjectIterations = fixAllIterations,
        };
        test.Configure(editorConfig);
        return test.RunAsync();
    }
}
