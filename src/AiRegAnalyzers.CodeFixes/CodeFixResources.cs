using System.Globalization;
using System.Resources;

namespace AiRegAnalyzers.CodeFixes;

/// <summary>Code-fix titles from <c>CodeFixResources.resx</c> and its zh-Hans satellite.</summary>
internal static class CodeFixResources
{
    private static readonly ResourceManager ResourceManager = new("AiRegAnalyzers.CodeFixes.CodeFixResources", typeof(CodeFixResources).Assembly);

    /// <summary>"Remove the personal data from the log call".</summary>
    public static string RemoveFromLogTitle => Get(nameof(RemoveFromLogTitle));

    /// <summary>"Wrap in '{0}'", {0} the method.</summary>
    public static string WrapInTitle => Get(nameof(WrapInTitle));

    public static string Get(string name) => ResourceManager.GetString(name, CultureInfo.CurrentUICulture) ?? name;
}
