namespace AiRegAnalyzers.PersonalData;

/// <summary>The well-known types the model looks for, resolved once per compilation; any may be absent.</summary>
internal sealed class PersonalDataTypes
{
    public PersonalDataTypes(Compilation compilation)
    {
        PersonalDataAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Identity.PersonalDataAttribute");
        DataClassificationAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute");
        EmailAddressAttribute = compilation.GetTypeByMetadataName("System.ComponentModel.DataAnnotations.EmailAddressAttribute");
        PhoneAttribute = compilation.GetTypeByMetadataName("System.ComponentModel.DataAnnotations.PhoneAttribute");
        CreditCardAttribute = compilation.GetTypeByMetadataName("System.ComponentModel.DataAnnotations.CreditCardAttribute");
        DataTypeAttribute = compilation.GetTypeByMetadataName("System.ComponentModel.DataAnnotations.DataTypeAttribute");
        IdentityUser = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Identity.IdentityUser`1");
        Redactor = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Redaction.Redactor");
        DataProtector = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.DataProtection.IDataProtector");
        DataProtectionExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions");
    }

    public INamedTypeSymbol? PersonalDataAttribute { get; }

    public INamedTypeSymbol? DataClassificationAttribute { get; }

    public INamedTypeSymbol? EmailAddressAttribute { get; }

    public INamedTypeSymbol? PhoneAttribute { get; }

    public INamedTypeSymbol? CreditCardAttribute { get; }

    public INamedTypeSymbol? DataTypeAttribute { get; }

    public INamedTypeSymbol? IdentityUser { get; }

    public INamedTypeSymbol? Redactor { get; }

    public INamedTypeSymbol? DataProtector { get; }

    public INamedTypeSymbol? DataProtectionExtensions { get; }
}
