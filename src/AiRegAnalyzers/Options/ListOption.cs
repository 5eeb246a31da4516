namespace AiRegAnalyzers.Options;

/// <summary>A comma-separated list; entries are trimmed and empty entries dropped.</summary>
internal sealed class ListOption : AiRegOption
{
    private static readonly char[] Separators = [','];

    public ListOption(string name)
        : base(name)
    {
    }

    public ImmutableArray<string> Read(AnalyzerConfigOptions options, string? ruleId = null)
    {
        var raw = GetRaw(options, ruleId);
        if (raw is null || string.IsNullOrWhiteSpace(raw))
        {
            return ImmutableArray<string>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var part in raw.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var entry = part.Trim();
            if (entry.Length > 0)
            {
                builder.Add(entry);
            }
        }

        return builder.ToImmutable();
    }
}
