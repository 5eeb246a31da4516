namespace AiRegAnalyzers.PersonalData;

/// <summary>Personal data found in a value: where it came from and what it is.</summary>
internal sealed class PersonalDataFinding
{
    public PersonalDataFinding(string display, PersonalDataClassification classification, ImmutableArray<string> carrierMembers)
    {
        Display = display;
        Classification = classification;
        CarrierMembers = carrierMembers;
    }

    /// <summary>The source expression, e.g. <c>patient.IdNumber</c>, for messages.</summary>
    public string Display { get; }

    public PersonalDataClassification Classification { get; }

    /// <summary>For an object that carries personal data: the personal-data members of its type; otherwise empty.</summary>
    public ImmutableArray<string> CarrierMembers { get; }

    public bool IsCarrier => !CarrierMembers.IsDefaultOrEmpty;
}
