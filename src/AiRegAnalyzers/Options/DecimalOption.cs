using System.Globalization;

namespace AiRegAnalyzers.Options;

/// <summary>A number with an optional fraction (invariant culture: <c>3.5</c>). Invalid values fall back to the default.</summary>
internal sealed class DecimalOption : AiRegOption
{
    public DecimalOption(string name, double defaultValue)
        : base(name) => DefaultValue = defaultValue;

    public double DefaultValue { get; }

    public double Read(AnalyzerConfigOptions options, string? ruleId = null) =>
        GetRaw(options, ruleId) is { } raw && TryParse(raw, out var value) ? value : DefaultValue;

    public override LocalizableString? Rejects(string raw) => TryParse(raw, out _) ? null : Resources.Localizable("Option_Accepts_Number");

    private static bool TryParse(string raw, out double value) =>
        double.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsNaN(value) && !double.IsInfinity(value);
}
