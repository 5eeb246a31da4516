namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// What kind of personal information a value holds (GB/T 35273-2020 Appendix A/B). Each value has
/// a resource string <c>Category_&lt;name&gt;</c> used in diagnostic messages.
/// </summary>
internal enum PersonalDataCategory
{
    /// <summary>Personal data with no more specific category (e.g. a bare <c>[PersonalData]</c>).</summary>
    General,
    Identity,
    Contact,
    Financial,
    Health,
    Biometric,
    Location,
    Belief,
    Minor,
    Credential,
    OnlineIdentifier,
    Demographic,
}
