using System;
using Microsoft.CodeAnalysis;

namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// The "(category, sensitive under PIPL Art. 28)" part of messages, localized with the rest of
/// the message: a <see cref="LocalizableString"/> used as a message argument.
/// </summary>
internal sealed class PersonalDataText : LocalizableString
{
    private readonly PersonalDataFinding _finding;

    private PersonalDataText(PersonalDataFinding finding) => _finding = finding;

    public static LocalizableString Describe(PersonalDataFinding finding) => new PersonalDataText(finding);

    /// <summary>Message argument for the data itself: the expression, and for carriers the members that leak.</summary>
    public static string DescribeSource(PersonalDataFinding finding) =>
        finding.IsCarrier ? finding.Display + " {" + string.Join(", ", finding.CarrierMembers) + "}" : finding.Display;

    protected override string GetText(IFormatProvider? formatProvider)
    {
        var culture = formatProvider as System.Globalization.CultureInfo;
        var category = Resources.ResourceManager.GetString("Category_" + _finding.Classification.Category, culture)
            ?? _finding.Classification.Category.ToString();
        if (_finding.Classification.IsSensitive)
        {
            var format = Resources.ResourceManager.GetString("SensitiveSuffix", culture) ?? "{0}";
            category = string.Format(formatProvider, format, category);
        }

        return category;
    }

    protected override bool AreEqual(object? other) =>
        other is PersonalDataText text
        && text._finding.Classification.Category == _finding.Classification.Category
        && text._finding.Classification.IsSensitive == _finding.Classification.IsSensitive;

    protected override int GetHash() => ((int)_finding.Classification.Category * 2) + (_finding.Classification.IsSensitive ? 1 : 0);
}
