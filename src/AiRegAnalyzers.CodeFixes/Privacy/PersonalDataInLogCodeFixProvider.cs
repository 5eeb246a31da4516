using System.Composition;
using AiRegAnalyzers.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiRegAnalyzers.CodeFixes.Privacy;

/// <summary>
/// AIREG101 fixes: wrap the value in the method named by <c>aireg.redaction_method</c>, or remove
/// it (and its template hole) from the log call.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PersonalDataInLogCodeFixProvider)), Shared]
public sealed class PersonalDataInLogCodeFixProvider() : RemoveOrRedactCodeFixProvider(RuleIds.PersonalDataInLog, canWrap: true)
{
    internal static readonly string RemoveKey = EquivalenceKey(RuleIds.PersonalDataInLog, FixKind.Remove);
    internal static readonly string RedactKey = EquivalenceKey(RuleIds.PersonalDataInLog, FixKind.Wrap);
}
