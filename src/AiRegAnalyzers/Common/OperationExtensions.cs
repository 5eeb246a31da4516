using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

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
