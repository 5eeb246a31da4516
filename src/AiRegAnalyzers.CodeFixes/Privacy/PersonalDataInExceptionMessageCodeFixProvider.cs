using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Common;
using AiRegAnalyzers.Privacy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.CodeFixes.Privacy;

/// <summary>
/// AIREG105 fix: take the personal data out of the exception message. An interpolation hole is
/// removed from its interpolated string; an operand of a string concatenation is removed and the
/// string literals around it joined. A value passed as a whole argument has no mechanical fix
/// (the exception's own constructor decides what the argument means).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PersonalDataInExceptionMessageCodeFixProvider)), Shared]
public sealed class PersonalDataInExceptionMessageCodeFixProvider : CodeFixProvider
{
    internal const string RemoveKey = "AIREG105.Remove";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("AIREG105");

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
        context.CodeActionEquivalenceKey == RemoveKey ? await RemoveAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false) : null);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (IsHole(diagnostic) ? LoggedValueRemover.CanRemove(root, diagnostic) : ConcatenationOperand(root, diagnostic) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(CodeFixResources.Get("AIREG105_RemoveTitle"), ct => RemoveAsync(context.Document, [diagnostic], ct), RemoveKey),
                    diagnostic);
            }
        }
    }

    private static bool IsHole(Diagnostic diagnostic) => diagnostic.Properties.ContainsKey(PersonalDataInExceptionMessageAnalyzer.InterpolationHoleProperty);

    private static async Task<Document> RemoveAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // Concatenation operands are marked first (marking keeps every span), then the holes are taken
        // out by the shared remover, then the marked operands.
        var holes = new List<Diagnostic>();
        var operands = new List<ExpressionSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            if (IsHole(diagnostic))
            {
                holes.Add(diagnostic);
            }
            else if (ConcatenationOperand(root, diagnostic) is { } operand)
            {
                operands.Add(operand);
            }
        }

        var marker = new SyntaxAnnotation();
        document = document.WithSyntaxRoot(root.ReplaceNodes(operands, (_, rewritten) => rewritten.WithAdditionalAnnotations(marker)));
        if (holes.Count > 0)
        {
            document = await LoggedValueRemover.RemoveAsync(document, holes, cancellationToken).ConfigureAwait(false);
        }

        root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var marked = new HashSet<SyntaxNode>(root.GetAnnotatedNodes(marker));
        var chains = marked.Select(node => Top((BinaryExpressionSyntax)node.Parent!)).Distinct().ToList();
        return document.WithSyntaxRoot(root.ReplaceNodes(chains, (original, rewritten) => Rebuild(original, marked)));
    }

    /// <summary>The operand named by the diagnostic when it can be taken out of a string concatenation that keeps a string literal.</summary>
    private static ExpressionSyntax? ConcatenationOperand(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.ContainsKey(PersonalDataInExceptionMessageAnalyzer.ConcatenationOperandProperty)
            || DiagnosticSyntax.FindExpression(root, diagnostic) is not { Parent: BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } parent } operand)
        {
            return null;
        }

        // Something must stay a string: at least one string literal among the other operands.
        foreach (var other in Operands(Top(parent)))
        {
            if (other != operand && other is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression })
            {
                return operand;
            }
        }

        return null;
    }

    private static BinaryExpressionSyntax Top(BinaryExpressionSyntax binary)
    {
        while (binary.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } outer)
        {
            binary = outer;
        }

        return binary;
    }

    private static List<ExpressionSyntax> Operands(BinaryExpressionSyntax top)
    {
        var operands = new List<ExpressionSyntax>();
        Collect(top, operands);
        return operands;

        static void Collect(ExpressionSyntax expression, List<ExpressionSyntax> operands)
        {
            if (expression is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } binary)
            {
                Collect(binary.Left, operands);
                Collect(binary.Right, operands);
            }
            else
            {
                operands.Add(expression);
            }
        }
    }

    /// <summary>The concatenation without the marked operands, adjacent string literals joined: <c>"No " + id + " here"</c> → <c>"No here"</c>.</summary>
    private static ExpressionSyntax Rebuild(BinaryExpressionSyntax original, HashSet<SyntaxNode> removed)
    {
        var kept = new List<ExpressionSyntax>();
        foreach (var operand in Operands(original))
        {
            if (removed.Contains(operand))
            {
                continue;
            }

            if (kept.Count > 0 && AsRegularString(kept[kept.Count - 1]) is { } left && AsRegularString(operand) is { } right)
            {
                kept[kept.Count - 1] = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(Join(left, right)));
            }
            else
            {
                kept.Add(operand);
            }
        }

        if (kept.Count > 0 && kept[kept.Count - 1] is var last && AsRegularString(last) is { } lastText && lastText.EndsWith(" ", System.StringComparison.Ordinal))
        {
            // "No booking for " + id → "No booking for"
            kept[kept.Count - 1] = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(lastText.TrimEnd(' ')));
        }

        var result = kept[0].WithoutTrivia();
        for (var i = 1; i < kept.Count; i++)
        {
            result = SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, result, kept[i].WithoutTrivia());
        }

        return result.WithTriviaFrom(original);
    }

    private static string? AsRegularString(ExpressionSyntax expression) =>
        expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal && literal.Token.Text.StartsWith("\"", System.StringComparison.Ordinal)
            && !literal.Token.Text.StartsWith("\"\"\"", System.StringComparison.Ordinal)
            ? literal.Token.ValueText
            : null;

    private static string Join(string left, string right) =>
        left.EndsWith(" ", System.StringComparison.Ordinal) && (right.StartsWith(" ", System.StringComparison.Ordinal) || right.StartsWith(".", System.StringComparison.Ordinal) || right.StartsWith(",", System.StringComparison.Ordinal))
            ? left.Substring(0, left.Length - 1) + right
            : left + right;
}
