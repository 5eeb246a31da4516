using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AiRegAnalyzers.AI;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.CodeFixes.AI;

/// <summary>AIREG202 fix: replace the <c>true</c> (or <c>"true"</c>) that turns sensitive capture on with <c>false</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AiTelemetrySensitiveDataCodeFixProvider)), Shared]
public sealed class AiTelemetrySensitiveDataCodeFixProvider : CodeFixProvider
{
    internal const string DisableKey = "AIREG202.Disable";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("AIREG202");

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
        context.CodeActionEquivalenceKey == DisableKey ? await DisableAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false) : null);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (FindValue(root, diagnostic) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(CodeFixResources.Get("AIREG202_DisableTitle"), ct => DisableAsync(context.Document, [diagnostic], ct), DisableKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> DisableAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var replacements = new Dictionary<ExpressionSyntax, ExpressionSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            if (FindValue(root, diagnostic) is { } value)
            {
                var isString = diagnostic.Properties.TryGetValue(AiTelemetrySensitiveDataAnalyzer.ValueKindProperty, out var kind) && kind == "string";
                ExpressionSyntax replacement = isString
                    ? SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("false"))
                    : SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression);
                replacements[value] = replacement.WithTriviaFrom(value);
            }
        }

        return document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
    }

    private static ExpressionSyntax? FindValue(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) switch
        {
            ArgumentSyntax argument => argument.Expression,
            ExpressionSyntax expression => expression,
            _ => null,
        };
}
