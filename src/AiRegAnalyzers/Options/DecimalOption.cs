using System.Globalization;

namespace AiRegAnalyzers.Options;

/// <summary>A number with an optional fraction, in invariant notation (<c>3.5</c>).</summary>
internal sealed class DecimalOption(string name, double defaultValue) : ParsedOption<double>(name, defaultValue, "Option_Accepts_Number")
{
    protected override bool TryParse(string raw, out double value) =>
        double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsNaN(value) && !double.IsInfinity(value);
}
