using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace AiRegAnalyzers.CodeFixes.AI;

/// <summary>
/// AIREG204 fix for Newtonsoft.Json: set <c>TypeNameHandling</c> to <c>TypeNameHandling.None</c>.
/// The formatters (<c>BinaryFormatter</c> and the like) get no fix: replacing them needs a new
/// data format, which no mechanical edit can choose.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnsafeDeserializerCodeFixProvider)), Shared]
public sealed class UnsafeDeserializerCodeFixProvider : CodeFixProvider
{
    internal const string NoneKey = "AIREG204.TypeNameHandlingNone";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("AIREG204");

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
        context.CodeActionEquivalenceKey == NoneKey ? await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false) : null);

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
                    CodeAction.Create(CodeFixResources.Get("AIREG204_TypeNameHandlingNoneTitle"), ct => FixAsync(context.Document, [diagnostic], ct), NoneKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> FixAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var values = new HashSet<ExpressionSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            if (FindValue(root, diagnostic) is { } value)
            {
                values.Add(value);
            }
        }

        var none = SyntaxFactory.ParseExpression("global::Newtonsoft.Json.TypeNameHandling.None").WithAdditionalAnnotations(Simplifier.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNodes(values, (original, _) => none.WithTriviaFrom(original)));
    }

    /// <summary>The right-hand side of a <c>TypeNameHandling = ...</c> assignment or attribute argument (not a formatter creation).</summary>
    private static ExpressionSyntax? FindValue(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax expression
        && (expression.Parent is AssignmentExpressionSyntax assignment && assignment.Right == expression
            || expression.Parent is AttributeArgumentSyntax { NameEquals: not null })
            ? expression
            : null;
}
