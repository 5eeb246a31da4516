namespace AiRegAnalyzers.CodeFixes.Common;

/// <summary>
/// AIREG101 (personal data in a log), AIREG201 (personal data in a prompt) and AIREG203 (a prompt
/// or response in a log): wrap the value in the method named by <c>aireg.redaction_method</c>, or
/// take it out of the call. A whole prompt argument is never removed (that would change what the
/// call asks): only a hole of an interpolated prompt, which the analyzer marks. AIREG203 offers the
/// wrap only for a redaction method its analyzer counts as clearing AI content (a name with Mask,
/// Redact, Hash, ..., or one listed in <c>aireg.sanitizer_methods</c>): a wrapped value it would still report is no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LogAndPromptValueCodeFixProvider)), Shared]
public sealed class LogAndPromptValueCodeFixProvider()
    : RemoveOrRedactCodeFixProvider(ImmutableArray.Create(RuleIds.PersonalDataInLog, RuleIds.PersonalDataSentToAiModel, RuleIds.AiContentInLog), canWrap: true)
{
    private protected override bool CanWrap(FixDocument document, Diagnostic diagnostic, IMethodSymbol method) =>
        diagnostic.Id != RuleIds.AiContentInLog || AiRegAnalyzers.PersonalData.PersonalDataScope.HasSanitizerWord(method.Name)
        || new global::AiRegAnalyzers.Common.MethodNameList(AiRegAnalyzers.PersonalData.PersonalDataOptions.SanitizerMethods.Read(document.Options, diagnostic.Id)).Contains(method);

    private protected override bool CanRemove(FixDocument document, Diagnostic diagnostic) =>
        (diagnostic.Id != RuleIds.PersonalDataSentToAiModel || diagnostic.Has(DiagnosticProperties.InterpolationHole))
        && base.CanRemove(document, diagnostic);
}
