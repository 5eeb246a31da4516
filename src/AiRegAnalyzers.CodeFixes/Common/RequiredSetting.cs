using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiRegAnalyzers.CodeFixes.Common;

/// <summary>
/// Reads of a setting that must be there, for the fixes that move a secret out of the code:
/// <c>Environment.GetEnvironmentVariable("X") ?? throw new InvalidOperationException("…")</c> and
/// <c>configuration["A:B"] ?? throw …</c>. Never <see langword="null"/>, so the value goes where the
/// literal went without a nullable warning, and a missing setting fails at once with its name.
/// Names are written in full and simplified, with the using directive added.
/// </summary>
internal static class RequiredSetting
{
    public static ExpressionSyntax FromEnvironment(string variable) =>
        OrThrow(
            InvocationExpression(
                Member("System.Environment", "GetEnvironmentVariable"),
                ArgumentList(SingletonSeparatedList(Argument(String(variable))))),
            "Set the environment variable " + variable + ".");

    public static ExpressionSyntax FromConfiguration(ExpressionSyntax configuration, string key) =>
        OrThrow(
            ElementAccessExpression(configuration, BracketedArgumentList(SingletonSeparatedList(Argument(String(key))))),
            "Set the configuration value " + key + ".");

    /// <summary><c>System.Convert.FromBase64String(<paramref name="text"/>)</c>, for keys kept as Base64 text.</summary>
    public static ExpressionSyntax FromBase64(ExpressionSyntax text) =>
        InvocationExpression(Member("System.Convert", "FromBase64String"), ArgumentList(SingletonSeparatedList(Argument(text))));

    /// <summary>The expression in parentheses unless it stands where a <c>??</c> needs none (an argument, an initializer, an assignment's right side).</summary>
    public static ExpressionSyntax InPlaceOf(ExpressionSyntax original, ExpressionSyntax replacement) =>
        original.Parent is ArgumentSyntax or EqualsValueClauseSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax or ParenthesizedExpressionSyntax
            or AssignmentExpressionSyntax or BracketedArgumentListSyntax or AttributeArgumentSyntax or InitializerExpressionSyntax
            ? replacement
            : ParenthesizedExpression(replacement);

    private static ExpressionSyntax OrThrow(ExpressionSyntax value, string message) =>
        BinaryExpression(
            SyntaxKind.CoalesceExpression,
            value,
            ThrowExpression(ObjectCreationExpression(Type("System.InvalidOperationException"))
                .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(String(message)))))));

    private static LiteralExpressionSyntax String(string text) => LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(text));

    private static ExpressionSyntax Member(string type, string member) =>
        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Type(type), IdentifierName(member));

    private static TypeSyntax Type(string name) =>
        ParseTypeName("global::" + name).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
}
