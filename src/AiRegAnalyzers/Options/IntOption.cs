using System.Globalization;

namespace AiRegAnalyzers.Options;

/// <summary>A whole number; underscores are allowed as digit separators. Invalid values fall back to the default.</summary>
internal sealed class IntOption : AiRegOption
{
    public IntOption(string name, int defaultValue)
        : base(name) => DefaultValue = defaultValue;

    public int DefaultValue { get; }

    public int Read(AnalyzerConfigOptions options, string? ruleId = null) =>
        GetRaw(options, ruleId) is { } raw && TryParse(raw, out var value) ? value : DefaultValue;

    public override LocalizableString? Rejects(string raw) => TryParse(raw, out _) ? null : Resources.Localizable("Option_Accepts_WholeNumber");

    private static bool TryParse(string raw, out int value) =>
        int.TryParse(raw.Replace("_", string.Empty).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
}
