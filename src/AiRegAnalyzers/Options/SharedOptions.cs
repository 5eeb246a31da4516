namespace AiRegAnalyzers.Options;

/// <summary>Options read by more than one rule. Rule-specific options live in the analyzer that reads them.</summary>
internal static class SharedOptions
{
    /// <summary>Static method used by the "wrap in redaction" fixes, e.g. <c>MyCompany.Privacy.Pii.Mask</c>.</summary>
    public static readonly StringOption RedactionMethod = new("redaction_method");

    /// <summary>Static method used by the "wrap in protection" fix of storage rules.</summary>
    public static readonly StringOption ProtectionMethod = new("protection_method");

    /// <summary>Also analyze test projects and test code, which the rules about literal data skip by default.</summary>
    public static readonly BoolOption IncludeTests = new("include_tests", defaultValue: false);
}
