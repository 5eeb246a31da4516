using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiRegAnalyzers.CodeFixes.Transport;

/// <summary>Adds <c>Name = true</c> members to an object creation's initializer, creating the initializer when there is none.</summary>
internal static class ObjectInitializerEditor
{
    public static BaseObjectCreationExpressionSyntax AddTrueAssignments(BaseObjectCreationExpressionSyntax creation, IReadOnlyList<string> names)
    {
        var additions = new List<ExpressionSyntax>(names.Count);
        foreach (var name in names)
        {
            additions.Add(AssignmentExpression(
                SyntaxKind.SimpleAssignmentExpression,
                IdentifierName(name),
                LiteralExpression(SyntaxKind.TrueLiteralExpression)));
        }

        var initializer = creation.Initializer;
        if (initializer is null)
        {
            // Move the creation's trailing trivia after the new initializer.
            var trailing = creation.GetTrailingTrivia();
            var bare = creation.WithoutTrailingTrivia();
            var created = InitializerExpression(SyntaxKind.ObjectInitializerExpression, SeparatedList(additions))
                .WithOpenBraceToken(Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(Space).WithTrailingTrivia(Space))
                .WithCloseBraceToken(Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(Space))
                .WithTrailingTrivia(trailing);
            if (bare is ObjectCreationExpressionSyntax { ArgumentList: null } explicitCreation)
            {
                bare = explicitCreation.WithType(explicitCreation.Type.WithoutTrailingTrivia());
            }

            return bare.WithInitializer(created);
        }

        var expressions = initializer.Expressions;
        var multiLine = initializer.OpenBraceToken.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia)
            || (expressions.Count > 0 && expressions[0].GetLeadingTrivia().Any(SyntaxKind.EndOfLineTrivia));
        if (!multiLine)
        {
            var list = expressions;
            foreach (var addition in additions)
            {
                list = list.Add(addition);
            }

            return creation.WithInitializer(initializer.WithExpressions(list));
        }

        // One member per line, indented like the existing first member.
        var indentation = expressions.Count > 0 ? expressions[0].GetLeadingTrivia() : initializer.CloseBraceToken.LeadingTrivia;
        var nodes = new List<SyntaxNodeOrToken>();
        for (var i = 0; i < expressions.Count; i++)
        {
            nodes.Add(expressions[i]);
            nodes.Add(i < expressions.SeparatorCount
                ? expressions.GetSeparator(i)
                : Token(SyntaxKind.CommaToken).WithTrailingTrivia(LineFeed));
        }

        for (var i = 0; i < additions.Count; i++)
        {
            nodes.Add(additions[i].WithLeadingTrivia(indentation));
            nodes.Add(Token(SyntaxKind.CommaToken).WithTrailingTrivia(LineFeed));
        }

        // The last existing member may have had no separator and its newline in the close brace's trivia.
        if (expressions.Count > 0 && expressions.SeparatorCount < expressions.Count && expressions[expressions.Count - 1].GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia))
        {
            nodes[2 * expressions.Count - 2] = expressions[expressions.Count - 1].WithoutTrailingTrivia();
        }

        return creation.WithInitializer(initializer.WithExpressions(SeparatedList<ExpressionSyntax>(nodes)));
    }
}
