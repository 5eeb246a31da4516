namespace AiRegAnalyzers.Options;

/// <summary>A single value, e.g. a method name; empty means unset.</summary>
internal sealed class StringOption : AiRegOption
{
    public StringOption(string name)
        : base(name)
    {
    }

    public string? Read(AnalyzerConfigOptions options, string? ruleId = null) =>
        GetRaw(options, ruleId) is { } raw && !string.IsNullOrWhiteSpace(raw) ? raw.Trim() : null;
}
