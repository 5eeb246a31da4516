namespace AiRegAnalyzers.CodeFixes.Privacy;

/// <summary>
/// AIREG105 fix: take the personal data out of the exception message. An interpolation hole is
/// removed from its interpolated string; an operand of a string concatenation is removed and the
/// string literals around it joined. A value passed as a whole argument has no mechanical fix
/// (the exception's own constructor decides what the argument means).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PersonalDataInExceptionMessageCodeFixProvider)), Shared]
public sealed class PersonalDataInExceptionMessageCodeFixProvider() : RemoveOrRedactCodeFixProvider(ImmutableArray.Create(RuleIds.PersonalDataInExceptionMessage), canWrap: false)
{
    private protected override bool CanRemove(FixDocument document, Diagnostic diagnostic) =>
        IsHole(diagnostic) ? base.CanRemove(document, diagnostic) : ConcatenationOperand(document.Root, diagnostic) is not null;

    /// <summary>Holes go through the shared remover; the operands of one concatenation are removed together.</summary>
    private protected override void AddRemovals(FixDocument document, IReadOnlyList<Diagnostic> diagnostics, SyntaxEdits edits)
    {
        var holes = new List<Diagnostic>();
        var operandsByChain = new Dictionary<BinaryExpressionSyntax, HashSet<int>>();
        foreach (var diagnostic in diagnostics)
        {
            if (IsHole(diagnostic))
            {
                holes.Add(diagnostic);
            }
            else if (ConcatenationOperand(document.Root, diagnostic) is { Parent: BinaryExpressionSyntax parent } operand)
            {
                var top = Top(parent);
                (operandsByChain.TryGetValue(top, out var set) ? set : operandsByChain[top] = new HashSet<int>()).Add(Operands(top).IndexOf(operand));
            }
        }

        LoggedValueRemover.AddEdits(document.Root, holes, edits);
        foreach (var pair in operandsByChain)
        {
            edits.Edit(pair.Key, rewritten => Rebuild((BinaryExpressionSyntax)rewritten, pair.Value));
        }
    }

    private static bool IsHole(Diagnostic diagnostic) => diagnostic.Has(DiagnosticProperties.InterpolationHole);

    /// <summary>The operand named by the diagnostic when it can be taken out of a string concatenation that keeps a string literal.</summary>
    private static ExpressionSyntax? ConcatenationOperand(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Has(DiagnosticProperties.ConcatenationOperand)
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

    /// <summary>
    /// The concatenation without the removed operands, the literals on either side of each joined and
    /// tidied like the text around a removed hole: <c>"No booking for " + id + " today"</c> → <c>"No booking today"</c>.
    /// </summary>
    private static ExpressionSyntax Rebuild(BinaryExpressionSyntax original, HashSet<int> removed)
    {
        const string Other = "\uFFFF";
        var kept = new List<ExpressionSyntax>();
        var operands = Operands(original);
        for (var i = 0; i < operands.Count; i++)
        {
            if (!removed.Contains(i))
            {
                kept.Add(operands[i]);
                continue;
            }

            var left = kept.Count > 0 ? AsRegularString(kept[kept.Count - 1]) : null;
            var right = i + 1 < operands.Count && !removed.Contains(i + 1) ? AsRegularString(operands[i + 1]) : null;
            if (left is null && right is null)
            {
                continue;
            }

            var joined = HoleText.Join(left ?? (kept.Count > 0 ? Other : string.Empty), right ?? (i + 1 < operands.Count ? Other : string.Empty)).Replace(Other, string.Empty);
            if (left is not null)
            {
                kept.RemoveAt(kept.Count - 1);
            }

            if (right is not null)
            {
                i++;
            }

            kept.Add(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(joined)));
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
}
