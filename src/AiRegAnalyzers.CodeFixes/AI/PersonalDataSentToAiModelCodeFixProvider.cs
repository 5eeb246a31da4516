using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Common;
using AiRegAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiRegAnalyzers.CodeFixes.AI;

/// <summary>
/// AIREG201 fixes: wrap the value in the method named by <c>aireg.redaction_method</c>; or, for a
/// hole of an interpolated prompt, drop the hole from the prompt text. A whole prompt argument is
/// never removed (that would change what the call asks).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PersonalDataSentToAiModelCodeFixProvider)), Shared]
public sealed class PersonalDataSentToAiModelCodeFixProvider : CodeFixProvider
{
    internal const string RedactKey = "AIREG201.Redact";
    internal const string RemoveKey = "AIREG201.Remove";
    private const string RuleId = "AIREG201";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleId);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
        context.CodeActionEquivalenceKey switch
        {
            RemoveKey => await LoggedValueRemover.RemoveAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false),
            RedactKey when await WrapInMethod.ResolveAsync(document, SharedOptions.RedactionMethod, RuleId, context.CancellationToken).ConfigureAwait(false) is { } method
                => await WrapInMethod.WrapAsync(document, diagnostics, method, context.CancellationToken).ConfigureAwait(false),
            _ => null,
        });

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        var redaction = await WrapInMethod.ResolveAsync(context.Document, SharedOptions.RedactionMethod, RuleId, context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (redaction is not null && WrapInMethod.FindExpression(root, diagnostic) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        string.Format(CultureInfo.CurrentCulture, CodeFixResources.WrapInTitle, WrapInMethod.DisplayName(redaction)),
                        ct => WrapInMethod.WrapAsync(context.Document, [diagnostic], redaction, ct),
                        RedactKey),
                    diagnostic);
            }

            // Only a hole of an interpolated prompt (the analyzer marks those) can be dropped.
            if (diagnostic.Properties.ContainsKey(AiRegAnalyzers.AI.PersonalDataSentToAiModelAnalyzer.InterpolationHoleProperty)
                && LoggedValueRemover.CanRemove(root, diagnostic))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        CodeFixResources.Get("AIREG201_RemoveTitle"),
                        ct => LoggedValueRemover.RemoveAsync(context.Document, [diagnostic], ct),
                        RemoveKey),
                    diagnostic);
            }
        }
    }
}
