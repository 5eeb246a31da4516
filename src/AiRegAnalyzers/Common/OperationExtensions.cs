namespace AiRegAnalyzers.Common;

internal static class OperationExtensions
{
    /// <summary>The first ancestor that is not a conversion or parentheses: what the value is really handed to.</summary>
    public static IOperation? WalkUpConversions(this IOperation? parent)
    {
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent;
    }

    /// <summary>Whether <paramref name="node"/> lies inside one of the code blocks an operation-block action is analysing.</summary>
    public static bool IsInBlocks(this SyntaxNode node, System.Collections.Immutable.ImmutableArray<IOperation> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.Syntax.SyntaxTree == node.SyntaxTree && block.Syntax.FullSpan.Contains(node.Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The outermost operation of the body <paramref name="operation"/> is in.</summary>
    public static IOperation Root(this IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }
}
