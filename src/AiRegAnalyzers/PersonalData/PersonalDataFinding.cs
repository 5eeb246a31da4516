namespace AiRegAnalyzers.PersonalData;

/// <summary>Personal data found in a value: what it is, and how it is named in messages.</summary>
internal sealed class PersonalDataFinding
{
    private readonly IOperation? _source;
    private string? _display;

    public PersonalDataFinding(string display, PersonalDataClassification classification, ImmutableArray<string> carrierMembers)
    {
        _display = display;
        Classification = classification;
        CarrierMembers = carrierMembers;
    }

    /// <summary>A finding named by the source expression's text, made only when a message needs it (most findings are intermediate steps of a trace).</summary>
    public PersonalDataFinding(IOperation source, PersonalDataClassification classification, ImmutableArray<string> carrierMembers)
    {
        _source = source;
        Classification = classification;
        CarrierMembers = carrierMembers;
    }

    /// <summary>The source expression, e.g. <c>patient.IdNumber</c>, for messages.</summary>
    public string Display => _display ??= ValueDisplay.Of(_source!);

    public PersonalDataClassification Classification { get; }

    /// <summary>For an object that carries personal data: the personal-data members of its type; otherwise empty.</summary>
    public ImmutableArray<string> CarrierMembers { get; }

    public bool IsCarrier => !CarrierMembers.IsDefaultOrEmpty;
}
