using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiRegAnalyzers.CodeFixes.Transport;

/// <summary>
/// AIREG401: removes the assignment that installs the always-true callback (a statement in a block,
/// or a member of an object initializer), or passes <c>null</c> instead of the callback to
/// <c>SslStream</c>, so the platform's default validation applies.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CertificateValidationDisabledCodeFixProvider)), Shared]
public sealed class CertificateValidationDisabledCodeFixProvider() : AiRegCodeFixProvider(RuleIds.CertificateValidationDisabled, FixKind.Assignment, FixKind.Argument)
{
    private protected override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        switch (diagnostic.GetFixKind())
        {
            case FixKind.Assignment when document.NodeAt(diagnostic).FirstAncestorOrSelf<AssignmentExpressionSyntax>() is { } assignment:
                if (assignment.Parent is ExpressionStatementSyntax { Parent: BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax } statement)
                {
                    var removable = statement.Parent is GlobalStatementSyntax global ? (SyntaxNode)global : statement;
                    offers.Add(new FixOffer(FixKind.Assignment, edits => edits.Remove(removable)));
                }
                else if (assignment.Parent is InitializerExpressionSyntax initializer)
                {
                    offers.Add(new FixOffer(FixKind.Assignment, edits => edits.Replace(initializer, RemoveMember(initializer, assignment))));
                }

                break;
            case FixKind.Argument when document.NodeAt(diagnostic).FirstAncestorOrSelf<ArgumentSyntax>() is { } argument:
                offers.Add(new FixOffer(FixKind.Argument, edits => edits.Replace(argument.Expression, LiteralExpression(SyntaxKind.NullLiteralExpression))));
                break;
        }
    }

    private static InitializerExpressionSyntax RemoveMember(InitializerExpressionSyntax initializer, ExpressionSyntax member)
    {
        var expressions = initializer.Expressions;
        var nodes = expressions.GetWithSeparators();
        // Remove the member and the separator after it (or before it, when it is the last one without a trailing comma).
        var position = nodes.IndexOf(member);
        if (position + 1 < nodes.Count)
        {
            nodes = nodes.RemoveAt(position + 1).RemoveAt(position);
        }
        else if (position > 0)
        {
            var previous = nodes[position - 1];
            nodes = nodes.RemoveAt(position).RemoveAt(position - 1);
            if (nodes.Count > 0 && previous.HasTrailingTrivia)
            {
                var last = nodes[nodes.Count - 1];
                nodes = nodes.Replace(last, last.WithTrailingTrivia(member.GetTrailingTrivia()));
            }
        }
        else
        {
            nodes = nodes.RemoveAt(position);
        }

        return initializer.WithExpressions(SeparatedList<ExpressionSyntax>(nodes));
    }
}
