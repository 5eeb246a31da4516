using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AiRegAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace AiRegAnalyzers.CodeFixes.Common;

/// <summary>
/// The "wrap the value in the project's redaction/protection method" fix shared by the data-flow
/// rules: <c>user.Email</c> → <c>Pii.Mask(user.Email)</c>, with the method named by a
/// <see cref="StringOption"/> such as <c>aireg.redaction_method = MyCompany.Privacy.Pii.Mask</c>.
/// </summary>
internal static class WrapInMethod
{
    /// <summary>The configured static method for this document and rule, or <see langword="null"/> when unset or not found.</summary>
    public static async Task<IMethodSymbol?> ResolveAsync(Document document, StringOption option, string ruleId, CancellationToken cancellationToken)
    {
        var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
        if (tree is null)
        {
            return null;
        }

        var qualifiedName = option.Read(document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree), ruleId);
        var dot = qualifiedName?.LastIndexOf('.') ?? -1;
        if (qualifiedName is null || dot <= 0)
        {
            return null;
        }

        var compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        var type = compilation?.GetTypeByMetadataName(qualifiedName.Substring(0, dot));
        if (type is null)
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

    /// <summary>Wraps the expression found at each diagnostic's location in a call to <paramref name="method"/>.</summary>
    public static async Task<Document> WrapAsync(Document document, IEnumerable<Diagnostic> diagnostics, IMethodSymbol method, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var targets = new Dictionary<ExpressionSyntax, ITypeSymbol?>();
        foreach (var diagnostic in diagnostics)
        {
            if (DiagnosticSyntax.FindExpression(root, diagnostic) is { } expression)
            {
                targets[expression] = model.GetTypeInfo(expression, cancellationToken).Type;
            }
        }

        var newRoot = root.ReplaceNodes(targets.Keys, (original, rewritten) => Wrap(rewritten, targets[original], method));
        return document.WithSyntaxRoot(newRoot);
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
