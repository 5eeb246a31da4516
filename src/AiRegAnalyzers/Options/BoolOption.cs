namespace AiRegAnalyzers.Options;

/// <summary><c>true</c> or <c>false</c>, in any case.</summary>
internal sealed class BoolOption(string name, bool defaultValue) : ParsedOption<bool>(name, defaultValue, "Option_Accepts_Boolean")
{
    protected override bool TryParse(string raw, out bool value) => bool.TryParse(raw, out value);
}
