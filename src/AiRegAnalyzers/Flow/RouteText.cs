namespace AiRegAnalyzers.Flow;

/// <summary>
/// The last message argument of the flow rules: empty for a direct call, and
/// " (through ILogger.LogInformation)" when an application method forwards the value to the sink.
/// </summary>
internal sealed class RouteText : LocalizableString
{
    private static readonly RouteText Direct = new(null);

    private readonly string? _sink;

    private RouteText(string? sink) => _sink = sink;

    public static LocalizableString Through(string? sink) => sink is null ? Direct : new RouteText(sink);

    protected override string GetText(IFormatProvider? formatProvider)
    {
        if (_sink is null)
        {
            return string.Empty;
        }

        var format = Resources.ResourceManager.GetString("RouteSuffix", formatProvider as System.Globalization.CultureInfo) ?? " (through {0})";
        return string.Format(formatProvider, format, _sink);
    }

    protected override bool AreEqual(object? other) => other is RouteText text && text._sink == _sink;

    protected override int GetHash() => _sink?.GetHashCode() ?? 0;
}
