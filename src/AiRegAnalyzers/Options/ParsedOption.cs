namespace AiRegAnalyzers.Options;

/// <summary>
/// An option with one parsed value and a default; a value that does not parse falls back to the
/// default when read and is reported (AIREG001) with what the option accepts.
/// </summary>
internal abstract class ParsedOption<T> : AiRegOption
{
    private readonly string _acceptsResource;

    protected ParsedOption(string name, T defaultValue, string acceptsResource)
        : base(name)
    {
        DefaultValue = defaultValue;
        _acceptsResource = acceptsResource;
    }

    public T DefaultValue { get; }

    public T Read(AnalyzerConfigOptions options, string? ruleId = null) =>
        GetRaw(options, ruleId) is { } raw && TryParse(raw.Trim(), out var value) ? value : DefaultValue;

    public sealed override LocalizableString? Rejects(string raw) => TryParse(raw.Trim(), out _) ? null : Resources.Localizable(_acceptsResource);

    protected abstract bool TryParse(string raw, out T value);
}
