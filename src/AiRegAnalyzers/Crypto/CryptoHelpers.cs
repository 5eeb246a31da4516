using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.Crypto;

/// <summary>Small, allocation-free helpers shared by the cryptography analyzers.</summary>
internal static class CryptoHelpers
{
    public const string CryptoNamespace = "System.Security.Cryptography.";

    public static bool IsOrDerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsAny(ITypeSymbol? type, ImmutableArray<INamedTypeSymbol> candidates)
    {
        if (type is null)
        {
            return false;
        }

        foreach (var candidate in candidates)
        {
            if (SymbolEqualityComparer.Default.Equals(type, candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first of <paramref name="roots"/> that <paramref name="type"/> is or derives from.</summary>
    public static INamedTypeSymbol? FindRoot(ITypeSymbol? type, ImmutableArray<INamedTypeSymbol> roots)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var root in roots)
            {
                if (SymbolEqualityComparer.Default.Equals(current, root))
                {
                    return root;
                }
            }
        }

        return null;
    }

    /// <summary>Resolves the types that exist in this compilation (some are .NET Framework only).</summary>
    public static ImmutableArray<INamedTypeSymbol> Resolve(Compilation compilation, params string[] metadataNames)
    {
        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>(metadataNames.Length);
        foreach (var name in metadataNames)
        {
            if (compilation.GetTypeByMetadataName(name) is { } type)
            {
                builder.Add(type);
            }
        }

        return builder.ToImmutable();
    }

    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            if (operation is IConversionOperation { OperatorMethod: null } conversion)
            {
                operation = conversion.Operand;
            }
            else if (operation is IParenthesizedOperation parenthesized)
            {
                operation = parenthesized.Operand;
            }
            else
            {
                break;
            }
        }

        return operation;
    }

    /// <summary>The parent of <paramref name="operation"/>, skipping conversions and parentheses.</summary>
    public static IOperation? ParentSkippingConversions(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent;
    }

    /// <summary>The argument that <paramref name="operation"/> is the value of (through conversions), if any.</summary>
    public static IArgumentOperation? AsArgument(IOperation operation) => ParentSkippingConversions(operation) as IArgumentOperation;

    /// <summary>Whether the value is used as a value (argument, assignment, initializer, return) rather than compared.</summary>
    public static bool IsUsedAsValue(IOperation operation)
    {
        var parent = ParentSkippingConversions(operation);
        return parent switch
        {
            IArgumentOperation => true,
            IVariableInitializerOperation => true,
            IFieldInitializerOperation => true,
            IPropertyInitializerOperation => true,
            IReturnOperation => true,
            ISimpleAssignmentOperation assignment => !ReferenceEquals(assignment.Target, operation),
            IConditionalOperation conditional => !ReferenceEquals(conditional.Condition, operation) && IsUsedAsValue(conditional),
            ICoalesceOperation coalesce => IsUsedAsValue(coalesce),
            _ => false,
        };
    }

    /// <summary>The constant string value of an argument, if it is one.</summary>
    public static string? ConstantString(IOperation? operation) =>
        operation is not null && operation.ConstantValue is { HasValue: true, Value: string text } ? text : null;

    public static int? ConstantInt(IOperation? operation)
    {
        if (operation is null || !operation.ConstantValue.HasValue)
        {
            return null;
        }

        return operation.ConstantValue.Value switch
        {
            int i => i,
            short s => s,
            long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
            _ => null,
        };
    }

    public static IArgumentOperation? FindArgument(ImmutableArray<IArgumentOperation> arguments, string parameterName)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && string.Equals(parameter.Name, parameterName, StringComparison.Ordinal))
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>Short text of an expression for a message: the source text, cut at 60 characters.</summary>
    public static string Describe(SyntaxNode syntax)
    {
        var text = syntax.ToString();
        var newline = text.IndexOfAny(['\r', '\n']);
        if (newline >= 0)
        {
            text = text.Substring(0, newline).TrimEnd() + "…";
        }

        return text.Length > 60 ? text.Substring(0, 57) + "…" : text;
    }

    /// <summary>Name of the method (or local function) that contains <paramref name="operation"/>.</summary>
    public static string? EnclosingMemberName(IOperation operation, ISymbol containingSymbol)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is ILocalFunctionOperation localFunction)
            {
                return localFunction.Symbol.Name;
            }
        }

        return containingSymbol switch
        {
            IMethodSymbol { AssociatedSymbol: { } associated } => associated.Name,
            IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } method => method.ContainingType.Name,
            _ => containingSymbol.Name,
        };
    }

    public static bool IsLiteralSyntax(ExpressionSyntax expression) =>
        expression.IsKind(SyntaxKind.NumericLiteralExpression);
}
