using AiRegAnalyzers.Options;

namespace AiRegAnalyzers.CodeFixes.Common;

/// <summary>
/// The "wrap the value in the project's redaction/protection method" fix shared by the data-flow
/// rules: <c>user.Email</c> → <c>Pii.Mask(user.Email)</c>, with the method named by a
/// <see cref="StringOption"/> such as <c>aireg.redaction_method = MyCompany.Privacy.Pii.Mask</c>.
/// </summary>
internal static class WrapInMethod
{
    /// <summary>The configured static method for this document and rule, or <see langword="null"/> when unset or not found.</summary>
    public static IMethodSymbol? Resolve(FixDocument document, StringOption option, string ruleId)
    {
        var qualifiedName = document.Read(option, ruleId);
        var dot = qualifiedName?.LastIndexOf('.') ?? -1;
        if (qualifiedName is null || dot <= 0 || document.Compilation.GetTypeByMetadataName(qualifiedName.Substring(0, dot)) is not { } type)
        {
            return null;
        }

        foreach (var member in type.GetMembers(qualifiedName.Substring(dot + 1)))
        {
            if (member is IMethodSymbol { IsStatic: true, Parameters.Length: >= 1, ReturnsVoid: false } method
                && (method.Parameters.Length == 1 || method.Parameters[1].IsOptional))
            {
                return method;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the wrapped value still fits where <paramref name="expression"/> stands: a hole of an
    /// interpolated string, or a position whose type the method's result converts to (a string
    /// argument, an <c>object</c> parameter). A whole record where its own type is expected (a
    /// tool returning <c>Customer</c>, a vector store's <c>UpsertAsync(record)</c>) would not
    /// compile as <c>Pii.Mask(customer?.ToString())</c>: no wrap is offered there.
    /// </summary>
    public static bool Fits(FixDocument document, ExpressionSyntax expression, IMethodSymbol method)
    {
        if (expression.Parent is InterpolationSyntax)
        {
            return true;
        }

        var target = document.Model.GetTypeInfo(expression, document.CancellationToken).ConvertedType;
        return target is not null && target.TypeKind != TypeKind.Error
            && document.Compilation.ClassifyConversion(method.ReturnType, target).IsImplicit;
    }

    /// <summary>Wraps <paramref name="expression"/> in a call to <paramref name="method"/>.</summary>
    public static void AddEdit(FixDocument document, ExpressionSyntax expression, IMethodSymbol method, SyntaxEdits edits)
    {
        var type = document.Model.GetTypeInfo(expression, document.CancellationToken).Type;
        edits.Edit(expression, rewritten => Wrap((ExpressionSyntax)rewritten, type, method));
    }

    private static ExpressionSyntax Wrap(ExpressionSyntax expression, ITypeSymbol? type, IMethodSymbol method)
    {
        var argument = expression.WithoutTrivia();
        var parameterType = method.Parameters[0].Type;
        if (parameterType.SpecialType == SpecialType.System_String && type is not null && type.SpecialType != SpecialType.System_String)
        {
            // Mask(string) over a date or an object: format it first, null-safe for references.
            var receiver = NeedsParentheses(argument) ? SyntaxFactory.ParenthesizedExpression(argument) : argument;
            var toString = SyntaxFactory.IdentifierName("ToString");
            argument = type.IsValueType && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T
                ? SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, toString))
                : SyntaxFactory.ConditionalAccessExpression(receiver, SyntaxFactory.InvocationExpression(SyntaxFactory.MemberBindingExpression(toString)));
        }

        var target = SyntaxFactory.ParseExpression("global::" + method.ContainingType.ToDisplayString() + "." + method.Name)
            .WithAdditionalAnnotations(Simplifier.Annotation);
        return SyntaxFactory.InvocationExpression(target, SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(argument))))
            .WithTriviaFrom(expression);
    }

    private static bool NeedsParentheses(ExpressionSyntax expression) =>
        expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
            or LiteralExpressionSyntax or ParenthesizedExpressionSyntax or ThisExpressionSyntax);

    /// <summary>Short display of the method for fix titles: <c>Pii.Mask</c>.</summary>
    public static string DisplayName(IMethodSymbol method) => method.ContainingType.Name + "." + method.Name;
}
