using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Common;
using AiRegAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiRegAnalyzers.CodeFixes.Privacy;

/// <summary>
/// AIREG101 fixes: remove the value (and its template hole) from the log call, or wrap it in the
/// method named by <c>aireg.redaction_method</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PersonalDataInLogCodeFixProvider)), Shared]
public sealed class PersonalDataInLogCodeFixProvider : CodeFixProvider
{
    internal const string RemoveKey = "AIREG101.Remove";
    internal const string RedactKey = "AIREG101.Redact";
    private const string RuleId = "AIREG101";

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
            if (LoggedValueRemover.CanRemove(root, diagnostic))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        CodeFixResources.RemoveFromLogTitle,
                        ct => LoggedValueRemover.RemoveAsync(context.Document, [diagnostic], ct),
                        RemoveKey),
                    diagnostic);
            }

            if (redaction is not null && WrapInMethod.FindExpression(root, diagnostic) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        string.Format(System.Globalization.CultureInfo.CurrentCulture, CodeFixResources.WrapInTitle, WrapInMethod.DisplayName(redaction)),
                        ct => WrapInMethod.WrapAsync(context.Document, [diagnostic], redaction, ct),
                        RedactKey),
                    diagnostic);
            }
        }
    }
}
