namespace AiRegAnalyzers.Options;

/// <summary><c>true</c> or <c>false</c>; anything else falls back to the default.</summary>
internal sealed class BoolOption : AiRegOption
{
    public BoolOption(string name, bool defaultValue)
        : base(name) => DefaultValue = defaultValue;

    public bool DefaultValue { get; }

    public bool Read(AnalyzerConfigOptions options, string? ruleId = null) =>
        GetRaw(options, ruleId) is { } raw && bool.TryParse(raw.Trim(), out var value) ? value : DefaultValue;

    public override LocalizableString? Rejects(string raw) => bool.TryParse(raw.Trim(), out _) ? null : Resources.Localizable("Option_Accepts_Boolean");
}
