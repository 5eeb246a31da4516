namespace AiRegAnalyzers.AI;

/// <summary>A list-of-methods option (<c>ai_methods</c>, <c>sanitizer_methods</c>) as the AI rules read it.</summary>
internal static class ConfiguredMethods
{
    /// <summary>
    /// The list of each file, or <see langword="null"/> when no file of <paramref name="compilation"/>
    /// lists a method: read once per tree here, so that calls need no lookup in the common case.
    /// </summary>
    public static PerTreeCache<MethodNameList>? Read(Compilation compilation, AnalyzerOptions options, ListOption option, string ruleId)
    {
        var lists = new PerTreeCache<MethodNameList>(options, options => new MethodNameList(option.Read(options, ruleId)));
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (!lists.Get(tree).IsEmpty)
            {
                return lists;
            }
        }

        return null;
    }
}
