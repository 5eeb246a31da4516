using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiRegAnalyzers.CodeFixes.AI;

/// <summary>AIREG203 fix: remove the prompt or response (and its message-template hole) from the log call.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AiContentInLogCodeFixProvider)), Shared]
public sealed class AiContentInLogCodeFixProvider : CodeFixProvider
{
    internal const string RemoveKey = "AIREG203.Remove";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("AIREG203");

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
        context.CodeActionEquivalenceKey == RemoveKey
            ? await LoggedValueRemover.RemoveAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false)
            : null);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (LoggedValueRemover.CanRemove(root, diagnostic))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        CodeFixResources.Get("AIREG203_RemoveTitle"),
                        ct => LoggedValueRemover.RemoveAsync(context.Document, [diagnostic], ct),
                        RemoveKey),
                    diagnostic);
            }
        }
    }
}
