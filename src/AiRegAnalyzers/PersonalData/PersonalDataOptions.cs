namespace AiRegAnalyzers.PersonalData;

/// <summary>The options of the personal data model, read by every rule that uses it (rule override: <c>aireg.&lt;ID&gt;.&lt;name&gt;</c>).</summary>
internal static class PersonalDataOptions
{
    /// <summary>Extra names (identifier words, <c>member_no</c> or <c>member_no:identity</c>) that mark personal data.</summary>
    public static readonly ListOption PersonalDataNames = new("personal_data_names");

    /// <summary>Identifiers (<c>SupportEmail</c>) or <c>Type.Member</c> that are never personal data.</summary>
    public static readonly ListOption ExcludedNames = new("excluded_names");

    /// <summary>Attribute names (<c>Sensitive</c>, <c>SensitiveAttribute</c> or fully qualified) that mark personal data.</summary>
    public static readonly ListOption PersonalDataAttributes = new("personal_data_attributes");

    /// <summary>Methods (<c>Mask</c>, <c>Pii.Mask</c> or <c>MyApp.Pii.Mask</c>) whose result is no longer personal data.</summary>
    public static readonly ListOption SanitizerMethods = new("sanitizer_methods");

    /// <summary>Treat record keys (<c>Id</c>, <c>UserId</c> of Guid, integer or string type) as personal data; off: they are pseudonymous.</summary>
    public static readonly BoolOption TreatIdsAsPersonalData = new("treat_ids_as_personal_data", defaultValue: false);

    /// <summary>Assembly names (<c>Contoso.Core</c>, or a prefix <c>Contoso.*</c>) that belong to the application: their names classify their members.</summary>
    public static readonly ListOption ApplicationAssemblies = new("application_assemblies");
}
