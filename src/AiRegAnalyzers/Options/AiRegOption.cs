namespace AiRegAnalyzers.Options;

/// <summary>
/// An <c>aireg.&lt;name&gt;</c> option read from <c>.editorconfig</c> / <c>.globalconfig</c>; a
/// rule-specific <c>aireg.&lt;ID&gt;.&lt;name&gt;</c> wins over the general key. Options are
/// declared as <c>static readonly</c> fields so that the meta tests can find every key by
/// reflection and check that it is documented.
/// </summary>
internal abstract class AiRegOption
{
    protected AiRegOption(string name) => Name = name;

    /// <summary>The key without its prefix, e.g. <c>log_methods</c>.</summary>
    public string Name { get; }

    /// <summary>The general key, e.g. <c>aireg.log_methods</c>.</summary>
    public string Key => "aireg." + Name;

    /// <summary>
    /// What the option accepts, when <paramref name="raw"/> is not among it; <see langword="null"/>
    /// when the value is accepted. Read by the configuration rule (AIREG001).
    /// </summary>
    public virtual LocalizableString? Rejects(string raw) => null;

    /// <summary>The raw value of the rule-specific key, else of the general key, else <see langword="null"/>.</summary>
    protected string? GetRaw(AnalyzerConfigOptions options, string? ruleId)
    {
        if (ruleId is not null && options.TryGetValue("aireg." + ruleId + "." + Name, out var specific))
        {
            return specific;
        }

        return options.TryGetValue(Key, out var general) ? general : null;
    }
}
