using System.Threading.Tasks;
using AiRegAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AiRegAnalyzers.Tests.Transport;

/// <summary>
/// Fix All check for the transport and secrets rules: every diagnostic fixed one after another
/// (iterative) and all at once through the Fix All provider (document, project, solution), both
/// giving <c>fixedSource</c>. Fixes with different equivalence keys need one Fix All pass each. (The shared <c>CodeFixVerifier.VerifyFixAllAsync</c> sets
/// <c>FixOne</c>, which makes the iterative pass stop after the first fix.)
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
