using System.Collections.Concurrent;
using AiRegAnalyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.Crypto;

/// <summary>
/// Decides whether a byte value (key, IV, nonce, salt) is fixed at compile time: an array of
/// constants (or a zero-filled <c>new byte[16]</c> at the point of use), a collection expression
/// of constants, a UTF-8 string literal, <c>Encoding.*.GetBytes("literal")</c>,
/// <c>Convert.FromBase64String("literal")</c> / <c>FromHexString</c>, or a local or field
/// initialised with one of those and not reassigned or refilled.
/// </summary>
internal sealed class ConstantBytes
{
    private readonly ConcurrentDictionary<IFieldSymbol, bool> _fields = new(SymbolEqualityComparer.Default);

    public bool IsConstant(IOperation value) => IsConstant(value, depth: 0);

    private bool IsConstant(IOperation value, int depth)
    {
        value = CryptoHelpers.Unwrap(value);
        switch (value)
        {
            case IArrayCreationOperation array:
                if (array.Initializer is null)
                {
                    // new byte[16] used directly: all zeros. Through a variable it is usually filled later.
                    return depth == 0 && array.DimensionSizes.Length == 1 && array.DimensionSizes[0].ConstantValue.HasValue;
                }

                foreach (var element in array.Initializer.ElementValues)
                {
                    if (!element.ConstantValue.HasValue)
                    {
                        return false;
                    }
                }

                return array.Initializer.ElementValues.Length > 0;

            case IUtf8StringOperation:
                return true;

            case IInvocationOperation invocation:
                return IsConstantProducer(invocation);

            case ILocalReferenceOperation local when depth < 2:
                return IsConstantLocal(local, depth);

            case IFieldReferenceOperation field:
                return IsConstantField(field);

            default:
                // Collection expressions ([1, 2, 3]) have no dedicated operation in Roslyn 4.8.
                if (value.Syntax is CollectionExpressionSyntax collection && value.SemanticModel is { } model)
                {
                    if (collection.Elements.Count == 0)
                    {
                        return false;
                    }

                    foreach (var element in collection.Elements)
                    {
                        if (element is not ExpressionElementSyntax expression || !model.GetConstantValue(expression.Expression).HasValue)
                        {
                            return false;
                        }
                    }

                    return true;
                }

                return false;
        }
    }

    private static bool IsConstantProducer(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        switch (method.Name)
        {
            case "GetBytes":
                return invocation.Arguments.Length == 1
                    && IsEncoding(method.ContainingType)
                    && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string };
            case "FromBase64String":
            case "FromHexString":
                return invocation.Arguments.Length == 1
                    && method.ContainingType is { Name: "Convert", ContainingNamespace.Name: "System" }
                    && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string };
            case "ToArray":
                return invocation.Instance is { } instance && CryptoHelpers.Unwrap(instance) is IUtf8StringOperation;
            default:
                return false;
        }
    }

    private static bool IsEncoding(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Encoding" && current.ContainingNamespace.IsNamespace("System.Text"))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsConstantLocal(ILocalReferenceOperation reference, int depth)
    {
        var local = reference.Local;
        if (local.IsRef || local.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel is not { } model)
        {
            return false;
        }

        var declarator = local.DeclaringSyntaxReferences[0].GetSyntax() as VariableDeclaratorSyntax;
        if (declarator?.Initializer is null || declarator.SyntaxTree != reference.Syntax.SyntaxTree)
        {
            return false;
        }

        if (model.GetOperation(declarator.Initializer.Value) is not { } initial || !IsConstant(initial, depth + 1))
        {
            return false;
        }

        // Not constant if reassigned, passed by ref/out, or filled by an RNG / stream read later on.
        // Top-level statements: a local is visible in every later statement of the file.
        var scope = declarator.FirstAncestorOrSelf<BlockSyntax>()
            ?? (declarator.FirstAncestorOrSelf<GlobalStatementSyntax>()?.Parent
            ?? declarator.FirstAncestorOrSelf<MemberDeclarationSyntax>());
        if (scope is null)
        {
            return false;
        }

        var name = local.Name;
        foreach (var node in scope.DescendantNodes())
        {
            if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != name)
            {
                continue;
            }

            switch (identifier.Parent)
            {
                case AssignmentExpressionSyntax assignment when assignment.Left == identifier:
                    return false;
                case ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None):
                    return false;
                case ArgumentSyntax argument when argument.Parent?.Parent is InvocationExpressionSyntax call && IsFiller(call):
                    return false;
            }
        }

        return true;
    }

    private static bool IsFiller(InvocationExpressionSyntax call)
    {
        var name = call.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            _ => null,
        };
        return name is "Fill" or "GetBytes" or "GetNonZeroBytes" or "NextBytes" or "Read" or "ReadExactly" or "CopyTo" or "BlockCopy" or "Copy";
    }

    private bool IsConstantField(IFieldReferenceOperation reference)
    {
        var field = reference.Field;
        if (field.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        if (_fields.TryGetValue(field, out var known))
        {
            return known;
        }

        var result = false;
        if (field.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            // A zero-filled array in a field is usually filled later (in the constructor): only element lists,
            // literals and encodings of literals count. In the same file the semantic model also sees constants.
            if (initializer is ArrayCreationExpressionSyntax { Initializer: null })
            {
                result = false;
            }
            else if (initializer.SyntaxTree == reference.Syntax.SyntaxTree && reference.SemanticModel?.GetOperation(initializer) is { } value)
            {
                result = IsConstant(value, depth: 1) || IsConstantSyntax(initializer);
            }
            else
            {
                result = IsConstantSyntax(initializer);
            }
        }

        _fields.TryAdd(field, result);
        return result;
    }

    /// <summary>Syntactic version for field initialisers, which may sit in another syntax tree.</summary>
    private static bool IsConstantSyntax(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                return AllLiterals(initializer.Expressions);
            case ImplicitArrayCreationExpressionSyntax implicitArray:
                return AllLiterals(implicitArray.Initializer.Expressions);
            case InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ArrayInitializerExpression):
                return AllLiterals(initializer.Expressions);
            case CollectionExpressionSyntax collection:
                if (collection.Elements.Count == 0)
                {
                    return false;
                }

                foreach (var element in collection.Elements)
                {
                    if (element is not ExpressionElementSyntax { Expression: { } value } || !IsLiteral(value))
                    {
                        return false;
                    }
                }

                return true;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access, ArgumentList.Arguments.Count: 1 } call
                when call.ArgumentList.Arguments[0].Expression.IsKind(SyntaxKind.StringLiteralExpression):
                return access.Name.Identifier.ValueText is "GetBytes" or "FromBase64String" or "FromHexString";
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: LiteralExpressionSyntax utf8, Name.Identifier.ValueText: "ToArray" } }
                when utf8.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                return true;
            default:
                return false;
        }
    }

    private static bool AllLiterals(SeparatedSyntaxList<ExpressionSyntax> expressions)
    {
        if (expressions.Count == 0)
        {
            return false;
        }

        foreach (var expression in expressions)
        {
            if (!IsLiteral(expression))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLiteral(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax => true,
        CastExpressionSyntax cast => IsLiteral(cast.Expression),
        ParenthesizedExpressionSyntax parenthesized => IsLiteral(parenthesized.Expression),
        PrefixUnaryExpressionSyntax unary => IsLiteral(unary.Operand),
        _ => false,
    };
}
