namespace AiRegAnalyzers.PersonalData;

/// <summary>The verdict on one symbol or name: its category and whether PIPL Art. 28 calls it sensitive.</summary>
internal sealed class PersonalDataClassification
{
    public PersonalDataClassification(PersonalDataCategory category, bool isSensitive)
    {
        Category = category;
        IsSensitive = isSensitive;
    }

    public PersonalDataCategory Category { get; }

    public bool IsSensitive { get; }

    public static PersonalDataClassification General { get; } = new(PersonalDataCategory.General, isSensitive: false);
}
