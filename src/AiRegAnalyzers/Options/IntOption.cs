using System.Globalization;

namespace AiRegAnalyzers.Options;

/// <summary>A whole number; underscores are allowed as digit separators.</summary>
internal sealed class IntOption(string name, int defaultValue) : ParsedOption<int>(name, defaultValue, "Option_Accepts_WholeNumber")
{
    protected override bool TryParse(string raw, out int value) =>
        int.TryParse(raw.Replace("_", string.Empty), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
}
