namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// The "category, sensitive under PIPL Art. 28" part of messages, localized with the rest of
/// the message: a <see cref="LocalizableString"/> used as a message argument.
/// </summary>
internal sealed class PersonalDataText : LocalizableString
{
    private readonly PersonalDataFinding _finding;
    private readonly bool _inParentheses;

    private PersonalDataText(PersonalDataFinding finding, bool inParentheses)
    {
        _finding = finding;
        _inParentheses = inParentheses;
    }

    /// <summary>The category, for messages that name it in the sentence.</summary>
    public static LocalizableString Describe(PersonalDataFinding finding) => new PersonalDataText(finding, inParentheses: false);

    /// <summary>
    /// " (category)" after "Personal data 'x'"; nothing for plain personal data, which would only
    /// repeat the words before it.
    /// </summary>
    public static LocalizableString InParentheses(PersonalDataFinding finding) => new PersonalDataText(finding, inParentheses: true);

    /// <summary>Message argument for the data itself: the expression, and for carriers the members that leak.</summary>
    public static string DescribeSource(PersonalDataFinding finding) =>
        finding.IsCarrier ? finding.Display + " {" + string.Join(", ", finding.CarrierMembers) + "}" : finding.Display;

    protected override string GetText(IFormatProvider? formatProvider)
    {
        var culture = formatProvider as System.Globalization.CultureInfo;
        if (_inParentheses && _finding.Classification.Category == PersonalDataCategory.General && !_finding.Classification.IsSensitive)
        {
            return string.Empty;
        }

        var category = Resources.ResourceManager.GetString("Category_" + _finding.Classification.Category, culture)
            ?? _finding.Classification.Category.ToString();
        if (_finding.Classification.IsSensitive)
        {
            var format = Resources.ResourceManager.GetString("SensitiveSuffix", culture) ?? "{0}";
            category = string.Format(formatProvider, format, category);
        }

        return _inParentheses
            ? string.Format(formatProvider, Resources.ResourceManager.GetString("CategoryInParentheses", culture) ?? " ({0})", category)
            : category;
    }

    protected override bool AreEqual(object? other) =>
        other is PersonalDataText text
        && text._inParentheses == _inParentheses
        && text._finding.Classification.Category == _finding.Classification.Category
        && text._finding.Classification.IsSensitive == _finding.Classification.IsSensitive;

    protected override int GetHash() => ((int)_finding.Classification.Category * 4) + (_finding.Classification.IsSensitive ? 2 : 0) + (_inParentheses ? 1 : 0);
}
