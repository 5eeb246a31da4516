using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiRegAnalyzers.Options;

/// <summary>A whole number; underscores are allowed as digit separators. Invalid values fall back to the default.</summary>
internal sealed class IntOption : AiRegOption
{
    public IntOption(string name, int defaultValue)
        : base(name) => DefaultValue = defaultValue;

    public int DefaultValue { get; }

    public int Read(AnalyzerConfigOptions options, string? ruleId = null) =>
        GetRaw(options, ruleId) is { } raw
        && int.TryParse(raw.Replace("_", string.Empty).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : DefaultValue;
}
