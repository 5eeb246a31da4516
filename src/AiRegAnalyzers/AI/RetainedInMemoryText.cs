namespace AiRegAnalyzers.AI;

/// <summary>
/// AIREG201's last message argument for a memory or vector store: the route, then
/// " (and stored in an AI memory or vector store, where it stays retained and searchable: PIPL Art. 19)".
/// </summary>
internal sealed class RetainedInMemoryText : LocalizableString
{
    private readonly LocalizableString _route;

    public RetainedInMemoryText(LocalizableString route) => _route = route;

    protected override string GetText(IFormatProvider? formatProvider) =>
        _route.ToString(formatProvider)
        + (Resources.ResourceManager.GetString("AIREG201_RetainedSuffix", formatProvider as System.Globalization.CultureInfo) ?? string.Empty);

    protected override bool AreEqual(object? other) => other is RetainedInMemoryText text && text._route.Equals(_route);

    protected override int GetHash() => _route.GetHashCode() ^ 19;
}
