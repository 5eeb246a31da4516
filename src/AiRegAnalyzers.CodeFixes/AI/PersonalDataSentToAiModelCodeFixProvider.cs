using System.Composition;
using AiRegAnalyzers.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiRegAnalyzers.CodeFixes.AI;

/// <summary>
/// AIREG201 fixes: wrap the value in the method named by <c>aireg.redaction_method</c>; or, for a
/// hole of an interpolated prompt, drop the hole from the prompt text. A whole prompt argument is
/// never removed (that would change what the call asks).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PersonalDataSentToAiModelCodeFixProvider)), Shared]
public sealed class PersonalDataSentToAiModelCodeFixProvider() : RemoveOrRedactCodeFixProvider(RuleIds.PersonalDataSentToAiModel, canWrap: true)
{
    internal static readonly string RedactKey = EquivalenceKey(RuleIds.PersonalDataSentToAiModel, FixKind.Wrap);
    internal static readonly string RemoveKey = EquivalenceKey(RuleIds.PersonalDataSentToAiModel, FixKind.Remove);

    private protected override bool CanRemove(FixDocument document, Diagnostic diagnostic) =>
        diagnostic.Has(DiagnosticProperties.InterpolationHole) && base.CanRemove(document, diagnostic);
}
