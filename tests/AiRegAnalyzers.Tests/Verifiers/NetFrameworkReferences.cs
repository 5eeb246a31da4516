using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace AiRegAnalyzers.Tests.Verifiers;

/// <summary>
/// The real .NET Framework 4.6.2 reference assemblies, restored with the test project
/// (compile-time metadata only; nothing is downloaded at test time), for rules whose APIs or
/// defaults exist only there (the legacy formatters, <c>RSA.Create()</c> as a CAPI key).
/// </summary>
public static class NetFrameworkReferences
{
    private static readonly string Folder = typeof(NetFrameworkReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "Net462ReferenceAssemblies").Value!;

    /// <summary>Makes <paramref name="test"/> a .NET Framework compilation that references <paramref name="assemblies"/> (file names).</summary>
    public static void Use(AnalyzerTest<DefaultVerifier> test, params string[] assemblies)
    {
        test.ReferenceAssemblies = new ReferenceAssemblies("net462");
        test.TestState.AdditionalReferences.AddRange(assemblies.Select(name => MetadataReference.CreateFromFile(Path.Combine(Folder, name))));
    }
}
