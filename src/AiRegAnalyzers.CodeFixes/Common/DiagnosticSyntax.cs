namespace AiRegAnalyzers.CodeFixes.Common;

/// <summary>Finds the syntax a diagnostic points at, for every fix.</summary>
internal static class DiagnosticSyntax
{
    /// <summary>The expression at the diagnostic's location (the argument's expression when it marks a whole argument).</summary>
    public static ExpressionSyntax? FindExpression(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) switch
        {
            ArgumentSyntax argument => argument.Expression,
            ExpressionSyntax expression => expression,
            _ => null,
        };
}
