using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.CodeFixes.Crypto;

/// <summary>
/// A crypto fix that replaces the flagged expression (and, when it must, the declared type of the
/// local or field it initialises) with one that may need new using directives. Fix All rewrites a
/// document in one pass, so the using directives that several fixes add do not conflict.
/// </summary>
public abstract class ReplaceExpressionCodeFixProvider : CodeFixProvider
{
    private readonly string _equivalenceKey;

    private protected ReplaceExpressionCodeFixProvider(string ruleId, string equivalenceKey)
    {
        _equivalenceKey = equivalenceKey;
        FixableDiagnosticIds = ImmutableArray.Create(ruleId);
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
        context.CodeActionEquivalenceKey == _equivalenceKey ? await ApplyAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false) : null);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Plan(root, model, diagnostic, context.CancellationToken) is { } plan)
            {
                context.RegisterCodeFix(CodeAction.Create(plan.Title, ct => ApplyAsync(context.Document, [diagnostic], ct), _equivalenceKey), diagnostic);
            }
        }
    }

    /// <summary>What replaces the flagged expression, or <see langword="null"/> when no fix is safe.</summary>
    private protected abstract Replacement? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken);

    /// <summary>
    /// Under the national profile (AIREG301, AIREG308): the one-shot <c>HashData</c> forms become
    /// <c>DigestUtilities.CalculateDigest("SM3", …)</c> / <c>MacUtilities.CalculateMac("HMAC-SM3", …)</c>.
    /// </summary>
    private protected static Replacement? NationalOneShot(SemanticModel model, ExpressionSyntax expression, string kind, CancellationToken cancellationToken) =>
        model.GetOperation(expression, cancellationToken) is Microsoft.CodeAnalysis.Operations.IInvocationOperation invocation
        && BouncyCastleSyntax.OneShot(invocation, kind) is { } call
            ? new Replacement(expression, call, CodeFixResources.Get(kind == AiRegAnalyzers.Crypto.NationalFixes.KindHmacSm3 ? "UseHmacSm3Title" : "UseSm3Title"))
            : null;

    private async Task<Document> ApplyAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            if (Plan(root, model, diagnostic, cancellationToken) is { } plan)
            {
                replacements[plan.Expression] = plan.NewExpression.WithTriviaFrom(plan.Expression);
                if (plan.DeclaredType is { } declared && plan.NewDeclaredType is { } newDeclared)
                {
                    replacements[declared] = newDeclared.WithTriviaFrom(declared);
                }
            }
        }

        var newRoot = root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
        return await CryptoFixHelpers.WithRootAndImportsAsync(document, newRoot, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One planned fix: the expression and its replacement, the declared type to change (if any), the title.</summary>
    private protected sealed class Replacement
    {
        public Replacement(ExpressionSyntax expression, ExpressionSyntax newExpression, string title, TypeSyntax? declaredType = null, TypeSyntax? newDeclaredType = null)
        {
            Expression = expression;
            NewExpression = newExpression;
            Title = title;
            DeclaredType = declaredType;
            NewDeclaredType = newDeclaredType;
        }

        public ExpressionSyntax Expression { get; }

        public ExpressionSyntax NewExpression { get; }

        public string Title { get; }

        public TypeSyntax? DeclaredType { get; }

        public TypeSyntax? NewDeclaredType { get; }
    }
}
