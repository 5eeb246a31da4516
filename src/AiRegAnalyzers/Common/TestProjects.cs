namespace AiRegAnalyzers.Common;

/// <summary>Recognises test projects, whose fixtures are fake data by nature (AIREG106, AIREG501, AIREG502).</summary>
internal static class TestProjects
{
    /// <summary>An assembly named <c>*Test</c>/<c>*Tests</c>, or one that references xUnit, NUnit, MSTest or TUnit.</summary>
    public static bool IsTestProject(Compilation compilation)
    {
        var name = compilation.AssemblyName ?? string.Empty;
        if (name.EndsWith("Tests", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Test", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var reference in compilation.ReferencedAssemblyNames)
        {
            if (reference.Name is "xunit.core" or "xunit.v3.core" or "xunit.assert" or "nunit.framework" or "Microsoft.VisualStudio.TestPlatform.TestFramework"
                or "MSTest.TestFramework" or "TUnit.Core")
            {
                return true;
            }
        }

        return false;
    }
}
