using System.Composition;
using AiRegAnalyzers.AI;
using AiRegAnalyzers.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.CodeFixes.AI;

/// <summary>AIREG202 fix: replace the <c>true</c> (or <c>"true"</c>) that turns sensitive capture on with <c>false</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AiTelemetrySensitiveDataCodeFixProvider)), Shared]
public sealed class AiTelemetrySensitiveDataCodeFixProvider : ReplaceValueCodeFixProvider
{
    internal const string DisableKey = "AIREG202.Disable";

    public AiTelemetrySensitiveDataCodeFixProvider()
        : base("AIREG202", DisableKey, "AIREG202_DisableTitle")
    {
    }

    protected override ExpressionSyntax? FindValue(SyntaxNode root, Diagnostic diagnostic) => DiagnosticSyntax.FindExpression(root, diagnostic);

    protected override ExpressionSyntax CreateReplacement(ExpressionSyntax value, Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(AiTelemetrySensitiveDataAnalyzer.ValueKindProperty, out var kind) && kind == "string"
            ? SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("false"))
            : SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression);
}
