using Microsoft.CodeAnalysis.Testing;

namespace AiRegAnalyzers.Tests.Verifiers;

internal static class AiRegTestExtensions
{
    /// <summary>.NET 10 with the watched packages, no test-time downloads; optional <c>.editorconfig</c> content for <c>[*.cs]</c>.</summary>
    public static void Configure(this AnalyzerTest<DefaultVerifier> test, string? editorConfig)
    {
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig));
        }
    }
}
