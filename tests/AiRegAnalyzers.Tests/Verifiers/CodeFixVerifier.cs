using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AiRegAnalyzers.Tests.Verifiers;

/// <summary>
/// Code-fix tests. The fixed source must compile (the testing library checks compiler
/// diagnostics of the result). <see cref="VerifyFixAllAsync"/> applies the fix to every
/// diagnostic at once through the Fix All provider, in document, project and solution scope.
/// </summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticSeverity.Warning);

    /// <summary>One fix at a time; <paramref name="equivalenceKey"/> picks the fix when several are offered.</summary>
    public static Task VerifyFixAsync(string source, string fixedSource, string? editorConfig = null, string? equivalenceKey = null)
    {
        var test = Create(source, fixedSource, editorConfig, equivalenceKey);
        test.CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllCheck;
        return test.RunAsync();
    }

    /// <summary>
    /// All diagnostics fixed one after another and, in one pass each, through the Fix All provider
    /// in document, project and solution scope; every path must reach <paramref name="fixedSource"/>.
    /// </summary>
    public static Task VerifyFixAllAsync(string source, string fixedSource, string? editorConfig = null, string? equivalenceKey = null)
    {
        var test = Create(source, fixedSource, editorConfig, equivalenceKey);
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        test.NumberOfFixAllInProjectIterations = 1;
        return test.RunAsync();
    }

    /// <summary>Asserts that no fix is offered (for example when no redaction method is configured).</summary>
    public static Task VerifyNoFixAsync(string source, string? editorConfig = null, string? equivalenceKey = null) =>
        Create(source, source, editorConfig, equivalenceKey).RunAsync();

    private static Test Create(string source, string fixedSource, string? editorConfig, string? equivalenceKey)
    {
        var test = new Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        test.Configure(editorConfig);
        return test;
    }

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}
