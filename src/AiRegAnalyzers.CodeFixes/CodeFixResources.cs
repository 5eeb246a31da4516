using System.Globalization;
using System.Resources;

namespace AiRegAnalyzers.CodeFixes;

/// <summary>
/// Code-fix titles from <c>CodeFixResources.resx</c> and its zh-Hans satellite: one entry
/// <c>&lt;ID&gt;_&lt;kind&gt;</c> per fix a rule offers, with <c>{0}</c>… for what the fix writes.
/// </summary>
internal static class CodeFixResources
{
    private static readonly ResourceManager ResourceManager = new("AiRegAnalyzers.CodeFixes.CodeFixResources", typeof(CodeFixResources).Assembly);

    /// <summary>The resource name of a fix's title.</summary>
    public static string TitleName(string ruleId, FixKind kind) => ruleId + "_" + kind;

    public static string Title(string ruleId, FixKind kind, string[] arguments)
    {
        var format = Get(TitleName(ruleId, kind)) ?? TitleName(ruleId, kind);
        return arguments.Length == 0 ? format : string.Format(CultureInfo.CurrentCulture, format, arguments);
    }

    public static string? Get(string name, CultureInfo? culture = null) => ResourceManager.GetString(name, culture ?? CultureInfo.CurrentUICulture);
}
