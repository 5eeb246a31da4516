namespace AiRegAnalyzers.Options;

/// <summary>A list-of-methods option (<c>log_methods</c>, <c>ai_methods</c>, <c>sanitizer_methods</c>) as the rules read it per call.</summary>
internal static class ConfiguredMethods
{
    /// <summary>
    /// The list of each file, or <see langword="null"/> when no file of <paramref name="compilation"/>
    /// lists a method: read once per distinct options here, so that calls need no lookup in the common case.
    /// </summary>
    public static PerTreeCache<MethodNameList>? Read(Compilation compilation, AnalyzerOptions options, ListOption option, string ruleId)
    {
        var lists = new PerTreeCache<MethodNameList>(options, options => new MethodNameList(option.Read(options, ruleId)));
        return lists.Any(compilation.SyntaxTrees, list => !list.IsEmpty) ? lists : null;
    }
}
