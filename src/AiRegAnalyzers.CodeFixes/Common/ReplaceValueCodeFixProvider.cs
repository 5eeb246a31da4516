using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.CodeFixes.Common;

/// <summary>
/// A fix that replaces the value a diagnostic points at with a safe one (<c>true</c> → <c>false</c>,
/// <c>TypeNameHandling.All</c> → <c>TypeNameHandling.None</c>). Fix All replaces every value of a
/// document in one pass.
/// </summary>
public abstract class ReplaceValueCodeFixProvider : CodeFixProvider
{
    private readonly string _equivalenceKey;
    private readonly string _titleResource;

    private protected ReplaceValueCodeFixProvider(string ruleId, string equivalenceKey, string titleResource)
    {
        _equivalenceKey = equivalenceKey;
        _titleResource = titleResource;
        FixableDiagnosticIds = ImmutableArray.Create(ruleId);
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
        context.CodeActionEquivalenceKey == _equivalenceKey ? await ReplaceAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false) : null);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
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
                    CodeAction.Create(CodeFixResources.Get(_titleResource), ct => ReplaceAsync(context.Document, [diagnostic], ct), _equivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The value to replace, or <see langword="null"/> when this diagnostic has no safe replacement.</summary>
    protected abstract ExpressionSyntax? FindValue(SyntaxNode root, Diagnostic diagnostic);

    /// <summary>The safe value (trivia is copied from the original by the caller).</summary>
    protected abstract ExpressionSyntax CreateReplacement(ExpressionSyntax value, Diagnostic diagnostic);

    private async Task<Document> ReplaceAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
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
                replacements[value] = CreateReplacement(value, diagnostic).WithTriviaFrom(value);
            }
        }

        return document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
    }
}
